import { AwsError, type EmuContext, type EmuRequest, type EmuResponse, type Operation } from '../types.js';
import { parseJsonBody, renderError } from './wire.js';

/**
 * The plumbing shared by the awsJson services (SSM, ECR, Cognito IDP, CloudWatch): routing by
 * X-Amz-Target, JSON in and out, and typed reads of the input that answer the service's
 * own validation error for a member of the wrong type.
 */
export type JsonInput = Record<string, unknown>;
export type JsonHandler = (input: JsonInput, req: EmuRequest, ctx: EmuContext) => unknown;

export interface JsonRpcOptions {
  /** `X-Amz-Target` prefix, e.g. "AmazonSSM". */
  targetPrefix: string;
  /** "1.1" for most services, "1.0" for CloudWatch. */
  version: '1.0' | '1.1';
  /**
   * awsQueryCompatible services (CloudWatch) also name the old query error code in an
   * `x-amzn-query-error: Code;Sender` header; this maps a JSON error name to that code.
   */
  queryErrorCode?: (jsonCode: string) => string;
}

export function jsonRpcRouter(options: JsonRpcOptions, handlers: Record<string, JsonHandler>): (req: EmuRequest) => Operation | undefined {
  const contentType = `application/x-amz-json-${options.version}`;
  return (req) => {
    const target = req.headers['x-amz-target'];
    if (req.method !== 'POST' || typeof target !== 'string') return undefined;
    const [prefix, name] = target.split('.', 2);
    const handler = name && prefix === options.targetPrefix && Object.hasOwn(handlers, name) ? handlers[name] : undefined;
    if (!handler || !name) return undefined;
    return {
      name,
      handle: (request, ctx): EmuResponse => {
        try {
          const output = handler(parseJsonBody(request.body), request, ctx);
          return { status: 200, headers: { 'content-type': contentType }, body: output ?? {} };
        } catch (error) {
          if (!(error instanceof AwsError) || !options.queryErrorCode) throw error;
          const response = renderError('json', error, '');
          const type = error.status >= 500 ? 'Receiver' : 'Sender';
          return {
            ...response,
            headers: { 'content-type': contentType, 'x-amzn-query-error': `${options.queryErrorCode(error.code)};${type}` },
          };
        }
      },
    };
  };
}

/** AWS's wording for a member that breaks its model constraint; `member` is the lowerCamel wire name. */
export function constraintMessage(member: string, value: unknown, constraint: string): string {
  const shown = value === undefined || value === null ? 'null' : `'${typeof value === 'string' ? value : JSON.stringify(value)}'`;
  return `1 validation error detected: Value ${shown} at '${member}' failed to satisfy constraint: ${constraint}`;
}

function memberName(key: string): string {
  return key.charAt(0).toLowerCase() + key.slice(1);
}

/** Typed reads of a JSON input; a wrong type or a missing required member is `code` (the service's validation error). */
export class InputReader {
  constructor(
    readonly input: JsonInput,
    readonly code: string,
  ) {}

  private wrongType(key: string, expected: string): AwsError {
    return new AwsError(this.code, constraintMessage(memberName(key), this.input[key], `Member must be ${expected}`));
  }

  private missing(key: string): AwsError {
    return new AwsError(this.code, constraintMessage(memberName(key), null, 'Member must not be null'));
  }

  optString(key: string): string | undefined {
    const value = this.input[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw this.wrongType(key, 'a string');
    return value;
  }

  string(key: string): string {
    const value = this.optString(key);
    if (value === undefined) throw this.missing(key);
    return value;
  }

  optNumber(key: string): number | undefined {
    const value = this.input[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) throw this.wrongType(key, 'a number');
    return value;
  }

  number(key: string): number {
    const value = this.optNumber(key);
    if (value === undefined) throw this.missing(key);
    return value;
  }

  optBoolean(key: string): boolean | undefined {
    const value = this.input[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') throw this.wrongType(key, 'a boolean');
    return value;
  }

  optStringList(key: string): string[] | undefined {
    const value = this.input[key];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) throw this.wrongType(key, 'a list of strings');
    return value as string[];
  }

  stringList(key: string): string[] {
    const value = this.optStringList(key);
    if (value === undefined) throw this.missing(key);
    return value;
  }

  optObjectList(key: string): JsonInput[] | undefined {
    const value = this.input[key];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'object' || item === null || Array.isArray(item))) {
      throw this.wrongType(key, 'a list of structures');
    }
    return value as JsonInput[];
  }

  optObject(key: string): JsonInput | undefined {
    const value = this.input[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) throw this.wrongType(key, 'a structure');
    return value as JsonInput;
  }

  /** A nested structure read with the same error code. */
  nested(value: JsonInput): InputReader {
    return new InputReader(value, this.code);
  }
}

/** Tags as AWS JSON APIs carry them: `[{Key, Value}]`. */
export type TagList = Array<{ Key: string; Value: string }>;

export function readTagList(reader: InputReader, key: string): TagList | undefined {
  const list = reader.optObjectList(key);
  return list?.map((tag) => {
    const item = reader.nested(tag);
    return { Key: item.string('Key'), Value: item.optString('Value') ?? '' };
  });
}

/** Opaque page tokens: base64 of the offset, so a token from elsewhere is recognisably invalid. */
export function encodePageToken(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64');
}

export function decodePageToken(token: string | undefined, invalid: () => AwsError): number {
  if (token === undefined) return 0;
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { offset?: unknown };
    if (typeof parsed.offset === 'number' && Number.isInteger(parsed.offset) && parsed.offset >= 0) return parsed.offset;
  } catch {
    // fall through to the service's own error
  }
  throw invalid();
}

/** One page of items and the token for the next, if any. */
export function page<T>(items: T[], offset: number, size: number): { items: T[]; nextToken?: string } {
  const slice = items.slice(offset, offset + size);
  return offset + size < items.length ? { items: slice, nextToken: encodePageToken(offset + size) } : { items: slice };
}
