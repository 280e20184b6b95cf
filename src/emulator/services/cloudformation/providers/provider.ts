import { randomBytes } from 'node:crypto';
import type { EmulatorState } from '../../../state.js';
import { isObject, type Json, type JsonObject } from '../template/types.js';

/**
 * Resource providers: what CloudFormation does to the emulated services for each resource type.
 * A provider's create is atomic (it undoes its own partial work before throwing); update applies
 * the changes that do not need a new physical resource; the engine handles replacement.
 */
export interface ProviderContext {
  state: EmulatorState;
  account: string;
  region: string;
  stackName: string;
  logicalId: string;
  now: number;
  /** The emulator's own URL (a gateway's URL is under it). */
  baseUrl: string;
}

export interface Provisioned {
  physicalId: string;
  attributes: Record<string, Json>;
}

export interface PropertySpec {
  required?: boolean;
  /** A change to this property needs a new physical resource. */
  replaces?: boolean;
}

/** A type's properties in schema order, marking the ones that are required or that replace the resource when changed. */
export function propertySpecs(names: readonly string[], rules: { required?: readonly string[]; replaces?: readonly string[] } = {}): Record<string, PropertySpec> {
  return Object.fromEntries(
    names.map((name) => [
      name,
      { ...(rules.required?.includes(name) ? { required: true } : {}), ...(rules.replaces?.includes(name) ? { replaces: true } : {}) },
    ]),
  );
}

export interface ResourceProvider {
  properties: Record<string, PropertySpec>;
  attributes: readonly string[];
  /** The property that names the resource; replacing it while that name stays the same is impossible. */
  nameProperty?: string;
  create(ctx: ProviderContext, props: Props): Provisioned;
  /** Absent when every property change replaces the resource. */
  update?(ctx: ProviderContext, current: Provisioned, props: Props, previous: Props): Provisioned;
  delete(ctx: ProviderContext, current: Provisioned, props: Props): void;
}

/** A resource failure whose message is the whole reason CloudFormation shows. */
export class ResourceFailure extends Error {}

function propertyFailure(logicalId: string, detail: string): ResourceFailure {
  return new ResourceFailure(`Properties validation failed for resource ${logicalId} with message: ${detail}`);
}

/** Checks the property names against the type: unknown and missing required keys, as the CloudFormation registry reports them. */
export function checkPropertyNames(provider: ResourceProvider, logicalId: string, values: JsonObject): void {
  const extra = Object.keys(values).filter((key) => !Object.hasOwn(provider.properties, key));
  if (extra.length > 0) throw propertyFailure(logicalId, `#: extraneous key [${extra[0]}] is not permitted`);
  const missing = Object.entries(provider.properties)
    .filter(([key, spec]) => spec.required && values[key] === undefined)
    .map(([key]) => key);
  if (missing.length > 0) throw propertyFailure(logicalId, `#: required key [${missing[0]}] not found`);
}

function jsonType(value: Json): string {
  if (Array.isArray(value)) return 'JSONArray';
  if (isObject(value)) return 'JSONObject';
  if (value === null) return 'Null';
  return typeof value === 'number' ? 'Number' : typeof value === 'boolean' ? 'Boolean' : 'String';
}

/** Typed reads of resolved properties; a wrong type fails the resource with the registry's wording. */
export class Props {
  constructor(
    readonly logicalId: string,
    readonly values: JsonObject,
    private readonly path = '#',
  ) {}

  private wrong(key: string, expected: string): ResourceFailure {
    return propertyFailure(this.logicalId, `${this.path}/${key}: expected type: ${expected}, found: ${jsonType(this.values[key]!)}`);
  }

  has(key: string): boolean {
    return this.values[key] !== undefined;
  }

  optString(key: string): string | undefined {
    const value = this.values[key];
    if (value === undefined) return undefined;
    // CloudFormation passes scalars through as text.
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (typeof value !== 'string') throw this.wrong(key, 'String');
    return value;
  }

  string(key: string): string {
    const value = this.optString(key);
    if (value === undefined) throw propertyFailure(this.logicalId, `${this.path}: required key [${key}] not found`);
    return value;
  }

  optEnum<T extends string>(key: string, allowed: readonly T[]): T | undefined {
    const value = this.optString(key);
    if (value !== undefined && !(allowed as readonly string[]).includes(value)) {
      throw propertyFailure(this.logicalId, `${this.path}/${key}: failed validation constraint for keyword [enum] (allowed: ${allowed.join(', ')})`);
    }
    return value as T | undefined;
  }

  optBoolean(key: string): boolean | undefined {
    const value = this.values[key];
    if (value === undefined) return undefined;
    if (value === true || value === 'true') return true;
    if (value === false || value === 'false') return false;
    throw this.wrong(key, 'Boolean');
  }

  optInteger(key: string): number | undefined {
    const value = this.values[key];
    if (value === undefined) return undefined;
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isInteger(number)) throw this.wrong(key, 'Integer');
    return number;
  }

  optStringList(key: string): string[] | undefined {
    const value = this.values[key];
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) throw this.wrong(key, 'JSONArray of String');
    return value as string[];
  }

  optObject(key: string): Props | undefined {
    const value = this.values[key];
    if (value === undefined) return undefined;
    if (!isObject(value)) throw this.wrong(key, 'JSONObject');
    return new Props(this.logicalId, value, `${this.path}/${key}`);
  }

  optObjectList(key: string): Props[] | undefined {
    const value = this.values[key];
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || value.some((item) => !isObject(item))) throw this.wrong(key, 'JSONArray of JSONObject');
    return (value as JsonObject[]).map((item, index) => new Props(this.logicalId, item, `${this.path}/${key}/${index}`));
  }

  /** A JSON document given as an object or as JSON text; returned as text. */
  optDocument(key: string): string | undefined {
    const value = this.values[key];
    if (value === undefined) return undefined;
    if (isObject(value)) return JSON.stringify(value);
    if (typeof value === 'string') {
      try {
        JSON.parse(value);
      } catch {
        throw propertyFailure(this.logicalId, `${this.path}/${key}: is not valid JSON`);
      }
      return value;
    }
    throw this.wrong(key, 'JSONObject');
  }

  optTags(key: string): Array<{ Key: string; Value: string }> | undefined {
    return this.optObjectList(key)?.map((tag) => ({ Key: tag.string('Key'), Value: tag.string('Value') }));
  }
}

/**
 * A name for a resource the template does not name: `<stack>-<logicalId>-<random>`, shortened
 * to fit the service's limit the way CloudFormation shortens it.
 */
export function generatedName(ctx: ProviderContext, maxLength: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const suffix = Array.from(randomBytes(12), (byte) => alphabet[byte % alphabet.length]).join('');
  const budget = maxLength - suffix.length - 2;
  const stack = ctx.stackName.slice(0, Math.max(1, Math.ceil(budget / 2)));
  const logical = ctx.logicalId.slice(0, Math.max(1, budget - stack.length));
  return `${stack}-${logical}-${suffix}`;
}
