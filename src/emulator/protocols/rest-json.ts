import { AwsError, type EmuRequest, type EmuResponse } from '../types.js';
import { parseJsonBody } from './wire.js';

/**
 * restJson plumbing (the AgentCore APIs): the JSON body, field validation reported all at once in
 * AWS's ValidationException shape (reason + fieldList), and maxResults / nextToken paging from
 * the query string. The SDK validates nothing client-side, so the services check every member.
 */

export type Json = Record<string, unknown>;

export interface ValidationField {
  name: string;
  message: string;
}

export type ValidationReason = 'CannotParse' | 'FieldValidationFailed' | 'IdempotentParameterMismatchException';

export function validationError(message: string, fieldList: ValidationField[] = [], reason: ValidationReason = 'FieldValidationFailed'): AwsError {
  return new AwsError('ValidationException', message, 400, { reason, fieldList });
}

export function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects every field problem of a request, worded the way AWS words them. */
export class FieldErrors {
  private readonly fields: ValidationField[] = [];
  private readonly parts: string[] = [];

  /** "Value 'v' at 'path' failed to satisfy constraint: …"; pass hide for values that may be secret. */
  constraint(path: string, value: unknown, constraint: string, hide = false): void {
    const shown = value === undefined || value === null ? 'null' : hide ? '(hidden)' : `'${String(value).slice(0, 200)}'`;
    this.fields.push({ name: path, message: constraint });
    this.parts.push(`Value ${shown} at '${path}' failed to satisfy constraint: ${constraint}`);
  }

  /** A rule that spans fields (idle ≤ max, VPC needs subnets), in plain words. */
  rule(path: string, message: string): void {
    this.fields.push({ name: path, message });
    this.parts.push(message);
  }

  throwIfAny(): void {
    const n = this.parts.length;
    if (n === 0) return;
    throw validationError(`${n} validation error${n === 1 ? '' : 's'} detected: ${this.parts.join('; ')}`, this.fields);
  }

  string(
    path: string,
    value: unknown,
    rule: { required?: boolean; pattern?: { pattern: RegExp; text: string }; min?: number; max?: number; hide?: boolean } = {},
  ): string | undefined {
    if (value === undefined || value === null) {
      if (rule.required) this.constraint(path, undefined, 'Member must not be null');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.constraint(path, JSON.stringify(value), 'Member must be a string', rule.hide);
      return undefined;
    }
    const before = this.parts.length;
    if (rule.min !== undefined && value.length < rule.min) {
      this.constraint(path, value, `Member must have length greater than or equal to ${rule.min}`, rule.hide);
    }
    if (rule.max !== undefined && value.length > rule.max) {
      this.constraint(path, value, `Member must have length less than or equal to ${rule.max}`, rule.hide);
    }
    if (rule.pattern && !rule.pattern.pattern.test(value)) {
      this.constraint(path, value, `Member must satisfy regular expression pattern: ${rule.pattern.text}`, rule.hide);
    }
    return this.parts.length === before ? value : undefined;
  }

  integer(path: string, value: unknown, min: number, max: number): number | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      this.constraint(path, JSON.stringify(value), 'Member must be an integer');
      return undefined;
    }
    if (value < min) this.constraint(path, value, `Member must have value greater than or equal to ${min}`);
    else if (value > max) this.constraint(path, value, `Member must have value less than or equal to ${max}`);
    else return value;
    return undefined;
  }

  oneOf<T extends string>(path: string, value: unknown, allowed: readonly T[], required = true): T | undefined {
    if ((value === undefined || value === null) && !required) return undefined;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.constraint(path, value, `Member must satisfy enum value set: [${allowed.join(', ')}]`);
    return undefined;
  }

  object(path: string, value: unknown, required = false): Json | undefined {
    if (value === undefined || value === null) {
      if (required) this.constraint(path, undefined, 'Member must not be null');
      return undefined;
    }
    if (isJson(value)) return value;
    this.constraint(path, JSON.stringify(value), 'Member must be a structure');
    return undefined;
  }

  stringList(path: string, value: unknown, min: number, max: number, item?: { pattern: RegExp; text: string }): string[] | undefined {
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) {
      this.constraint(path, JSON.stringify(value), 'Member must be a list');
      return undefined;
    }
    if (value.length < min) this.constraint(path, JSON.stringify(value), `Member must have length greater than or equal to ${min}`);
    if (value.length > max) this.constraint(path, JSON.stringify(value), `Member must have length less than or equal to ${max}`);
    value.forEach((entry, i) => this.string(`${path}.${i + 1}`, entry, { required: true, min: 1, ...(item ? { pattern: item } : {}) }));
    return value as string[];
  }
}

/** The JSON body of a restJson request; garbage is a ValidationException (CannotParse). */
export function jsonBody(req: EmuRequest): Json {
  try {
    return parseJsonBody(req.body, 'ValidationException');
  } catch (error) {
    if (error instanceof AwsError) throw validationError(error.message, [], 'CannotParse');
    throw error;
  }
}

const MAX_PAGE = 100;
/** AWS does not document a default page size; a small one makes callers that forget to page fail in tests. */
const DEFAULT_PAGE = 10;

/** One page of items per the maxResults / nextToken query parameters. */
export function pageFromQuery<T>(items: T[], query: URLSearchParams, maxPage = MAX_PAGE): { items: T[]; nextToken?: string } {
  const errors = new FieldErrors();
  const rawMax = query.get('maxResults');
  const max = rawMax === null ? DEFAULT_PAGE : errors.integer('maxResults', /^-?\d+$/.test(rawMax) ? Number(rawMax) : rawMax, 1, maxPage);
  const token = errors.string('nextToken', query.get('nextToken') ?? undefined, { min: 1, max: 2048 });
  errors.throwIfAny();
  let offset = 0;
  if (token !== undefined) {
    const text = Buffer.from(token, 'base64url').toString('utf8');
    const decoded = /^\d{1,15}$/.test(text) ? Number(text) : NaN;
    if (Number.isNaN(decoded) || decoded > items.length) {
      throw validationError('The nextToken is not valid.', [{ name: 'nextToken', message: 'Invalid pagination token' }]);
    }
    offset = decoded;
  }
  const end = offset + (max ?? DEFAULT_PAGE);
  return {
    items: items.slice(offset, end),
    ...(end < items.length ? { nextToken: Buffer.from(String(end)).toString('base64url') } : {}),
  };
}

/** A list answer: one page of items under `key`, with the token for the next page; maxPage is the model's maxResults bound. */
export function listed<T>(key: string, items: T[], query: URLSearchParams, view: (item: T) => unknown, maxPage = MAX_PAGE): EmuResponse {
  const result = pageFromQuery(items, query, maxPage);
  return { status: 200, body: { [key]: result.items.map(view), ...(result.nextToken !== undefined ? { nextToken: result.nextToken } : {}) } };
}
