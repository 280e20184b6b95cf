import { AwsError, type EmuContext, type EmuRequest, type EmuResponse, type Operation, type ServiceModule } from '../types.js';
import { constraintMessage, memberName, parseJsonBody, renderError } from './wire.js';

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
      handle: async (request, ctx): Promise<EmuResponse> => {
        try {
          // A handler may be async (Cognito signs its tokens with jose, which is).
          const output = await handler(parseJsonBody(request.body), request, ctx);
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

/** An awsJson service: its module fields, and routing by X-Amz-Target to its handlers. */
export function jsonRpcService(
  module: Omit<ServiceModule, 'protocol' | 'route'>,
  options: JsonRpcOptions,
  handlers: Record<string, JsonHandler>,
): ServiceModule {
  return { ...module, protocol: 'json', route: jsonRpcRouter(options, handlers) };
}

function isStructure(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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

  /** The member when it is present and passes `accepts`; absent (or null) is undefined; anything else is the wrong type. */
  private optional<T>(key: string, expected: string, accepts: (value: unknown) => boolean): T | undefined {
    const value = this.input[key];
    if (value === undefined || value === null) return undefined;
    if (!accepts(value)) throw this.wrongType(key, expected);
    return value as T;
  }

  private required<T>(key: string, value: T | undefined): T {
    if (value === undefined) throw this.missing(key);
    return value;
  }

  optString(key: string): string | undefined {
    return this.optional(key, 'a string', (value) => typeof value === 'string');
  }

  string(key: string): string {
    return this.required(key, this.optString(key));
  }

  optNumber(key: string): number | undefined {
    return this.optional(key, 'a number', (value) => typeof value === 'number' && Number.isFinite(value));
  }

  number(key: string): number {
    return this.required(key, this.optNumber(key));
  }

  optBoolean(key: string): boolean | undefined {
    return this.optional(key, 'a boolean', (value) => typeof value === 'boolean');
  }

  optStringList(key: string): string[] | undefined {
    return this.optional(key, 'a list of strings', (value) => Array.isArray(value) && value.every((item) => typeof item === 'string'));
  }

  stringList(key: string): string[] {
    return this.required(key, this.optStringList(key));
  }

  optObjectList(key: string): JsonInput[] | undefined {
    return this.optional(key, 'a list of structures', (value) => Array.isArray(value) && value.every(isStructure));
  }

  optObject(key: string): JsonInput | undefined {
    return this.optional(key, 'a structure', (value) => typeof value === 'object' && !Array.isArray(value));
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
