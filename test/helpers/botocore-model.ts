/**
 * botocore's published service models (`service-2.json.gz`, shipped with the AWS CLI) and a
 * validator of decoded values against their shapes: required members, members the model does not
 * know, enums, lengths, ranges, patterns and types. The wire decoding per protocol is in
 * `model-wire.ts`; this file knows only shapes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface ModelMember {
  shape: string;
  location?: 'header' | 'headers' | 'querystring' | 'uri' | 'statusCode';
  locationName?: string;
}

export interface ModelShape {
  type: 'structure' | 'list' | 'map' | 'string' | 'integer' | 'long' | 'float' | 'double' | 'boolean' | 'timestamp' | 'blob';
  members?: Record<string, ModelMember>;
  required?: string[];
  union?: boolean;
  payload?: string;
  member?: ModelMember;
  key?: ModelMember;
  value?: ModelMember;
  enum?: string[];
  min?: number;
  max?: number;
  pattern?: string;
  timestampFormat?: 'iso8601' | 'unixTimestamp' | 'rfc822';
  streaming?: boolean;
  document?: boolean;
  exception?: boolean;
  fault?: boolean;
  error?: { code?: string; httpStatusCode?: number; senderFault?: boolean };
}

export interface ModelOperation {
  name: string;
  http?: { method: string; requestUri: string; responseCode?: number };
  input?: { shape: string };
  output?: { shape: string; resultWrapper?: string };
  errors?: Array<{ shape: string }>;
}

export interface ServiceModel {
  service: string;
  metadata: { protocol: string; protocols?: string[]; awsQueryCompatible?: object };
  operations: Record<string, ModelOperation>;
  shapes: Record<string, ModelShape>;
}

/** The AWS CLI's botocore `data` directory: asked of python3, then at the usual install paths. */
export function botocoreDataDir(): string | undefined {
  try {
    const dir = execFileSync('python3', ['-c', 'import botocore,os;print(os.path.dirname(botocore.__file__))'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10000,
    }).trim();
    if (dir && existsSync(join(dir, 'data'))) return join(dir, 'data');
  } catch {
    // no python3 or no botocore: try the AWS CLI v2 bundle below
  }
  return ['/usr/local/aws-cli/v2/current/dist/botocore/data', '/usr/lib/python3/dist-packages/botocore/data'].find((dir) => existsSync(dir));
}

/** The newest model of a service in that directory, or undefined when it is not there. */
export function loadModel(dataDir: string, service: string): ServiceModel | undefined {
  const root = join(dataDir, service);
  if (!existsSync(root)) return undefined;
  const version = readdirSync(root).sort().reverse()[0];
  if (!version) return undefined;
  for (const file of ['service-2.json.gz', 'service-2.json']) {
    const path = join(root, version, file);
    if (!existsSync(path)) continue;
    const raw = readFileSync(path);
    const model = JSON.parse((file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')) as Omit<ServiceModel, 'service'>;
    return { service, ...model };
  }
  return undefined;
}

/** What validation found, plus the model patterns JS could not compile (counted, not checked). */
export interface Findings {
  problems: string[];
  uncompiledPatterns: Set<string>;
}

const compiled = new Map<string, RegExp | null>();

/** botocore patterns are Java regexes; the few JS cannot compile are reported, not guessed at. */
function patternOf(source: string, findings: Findings): RegExp | undefined {
  if (!compiled.has(source)) {
    let regex: RegExp | null = null;
    try {
      regex = new RegExp(`^(?:${source})$`, 'u');
    } catch {
      try {
        regex = new RegExp(`^(?:${source})$`);
      } catch {
        regex = null;
      }
    }
    compiled.set(source, regex);
  }
  const regex = compiled.get(source);
  if (!regex) findings.uncompiledPatterns.add(source);
  return regex ?? undefined;
}

/** How a protocol writes the scalars a decoder hands over: JSON keeps types, XML gives text. */
export interface ScalarStyle {
  /** Timestamp format when the shape names none. */
  defaultTimestamp: 'iso8601' | 'unixTimestamp';
  /** Query/XML values arrive as text and are parsed by type. */
  text: boolean;
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Checks a decoded value against a shape, adding `path: problem` lines to the findings. */
export function checkValue(model: ServiceModel, shapeName: string, value: unknown, path: string, style: ScalarStyle, findings: Findings): void {
  const shape = model.shapes[shapeName];
  const problem = (text: string) => findings.problems.push(`${path}: ${text}`);
  if (!shape) {
    problem(`shape ${shapeName} is not in the model`);
    return;
  }
  if (shape.document) return;
  switch (shape.type) {
    case 'structure': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problem(`expected a structure (${shapeName}), got ${describe(value)}`);
        return;
      }
      const record = value as Record<string, unknown>;
      const members = shape.members ?? {};
      const byWireName = new Map(Object.entries(members).map(([name, member]) => [member.locationName ?? name, name]));
      for (const required of shape.required ?? []) {
        const wire = members[required]?.locationName ?? required;
        if (record[wire] === undefined || record[wire] === null) problem(`required member ${wire} is missing`);
      }
      const present = Object.keys(record).filter((key) => record[key] !== undefined && record[key] !== null);
      if (shape.union && present.length !== 1) problem(`a union (${shapeName}) sets exactly one member, got ${present.length}`);
      for (const key of present) {
        const name = byWireName.get(key);
        if (name === undefined) {
          problem(`member ${key} is not in the model's ${shapeName}`);
          continue;
        }
        checkValue(model, members[name]!.shape, record[key], `${path}.${key}`, style, findings);
      }
      return;
    }
    case 'list': {
      if (!Array.isArray(value)) {
        problem(`expected a list (${shapeName}), got ${describe(value)}`);
        return;
      }
      checkSize(shape, value.length, problem);
      value.forEach((item, i) => checkValue(model, shape.member!.shape, item, `${path}[${i}]`, style, findings));
      return;
    }
    case 'map': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problem(`expected a map (${shapeName}), got ${describe(value)}`);
        return;
      }
      const entries = Object.entries(value as Record<string, unknown>);
      checkSize(shape, entries.length, problem);
      for (const [key, item] of entries) {
        checkValue(model, shape.key!.shape, key, `${path}{key ${key}}`, style, findings);
        checkValue(model, shape.value!.shape, item, `${path}.${key}`, style, findings);
      }
      return;
    }
    case 'string': {
      if (typeof value !== 'string') {
        problem(`expected a string (${shapeName}), got ${describe(value)}`);
        return;
      }
      if (shape.enum && !shape.enum.includes(value)) problem(`${describe(value)} is not one of ${shapeName}'s values [${shape.enum.join(', ')}]`);
      const length = [...value].length;
      if (shape.min !== undefined && length < shape.min) problem(`length ${length} is below ${shapeName}'s min ${shape.min}`);
      if (shape.max !== undefined && length > shape.max) problem(`length ${length} is above ${shapeName}'s max ${shape.max}`);
      if (shape.pattern !== undefined) {
        const regex = patternOf(shape.pattern, findings);
        if (regex && !regex.test(value)) problem(`${describe(value)} does not match ${shapeName}'s pattern ${shape.pattern}`);
      }
      return;
    }
    case 'integer':
    case 'long':
    case 'float':
    case 'double': {
      const number = style.text && typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      const whole = shape.type === 'integer' || shape.type === 'long';
      if (typeof number !== 'number' || !Number.isFinite(number) || (whole && !Number.isInteger(number))) {
        problem(`expected ${whole ? 'a whole number' : 'a number'} (${shapeName}), got ${describe(value)}`);
        return;
      }
      if (shape.min !== undefined && number < shape.min) problem(`${number} is below ${shapeName}'s min ${shape.min}`);
      if (shape.max !== undefined && number > shape.max) problem(`${number} is above ${shapeName}'s max ${shape.max}`);
      return;
    }
    case 'boolean': {
      const ok = style.text ? value === 'true' || value === 'false' : typeof value === 'boolean';
      if (!ok) problem(`expected a boolean (${shapeName}), got ${describe(value)}`);
      return;
    }
    case 'timestamp': {
      const format = shape.timestampFormat === 'iso8601' || shape.timestampFormat === 'unixTimestamp' ? shape.timestampFormat : style.defaultTimestamp;
      if (format === 'iso8601') {
        if (typeof value !== 'string' || !ISO_8601.test(value)) problem(`expected an ISO-8601 timestamp (${shapeName}), got ${describe(value)}`);
      } else {
        const number = style.text && typeof value === 'string' ? Number(value) : value;
        if (typeof number !== 'number' || !Number.isFinite(number)) problem(`expected epoch seconds (${shapeName}), got ${describe(value)}`);
      }
      return;
    }
    case 'blob': {
      if (typeof value !== 'string' || !BASE64.test(value)) problem(`expected base64 (${shapeName}), got ${describe(value)}`);
      return;
    }
  }
}

function checkSize(shape: ModelShape, size: number, problem: (text: string) => void): void {
  if (shape.min !== undefined && size < shape.min) problem(`${size} items, below the min ${shape.min}`);
  if (shape.max !== undefined && size > shape.max) problem(`${size} items, above the max ${shape.max}`);
}
