import type { IncomingHttpHeaders } from 'node:http';
import type { EmulatorState } from './state.js';
import type { AgentPool } from './agents/pool.js';

/** The wire protocol a service speaks; it decides how errors are rendered. */
export type Protocol = 'restJson' | 'json' | 'query' | 'registry' | 'plain';

export interface EmuRequest {
  method: string;
  /** Path without the query string, percent-decoding left to the service (labels are single segments). */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** From the SigV4 credential scope; '' for unsigned requests (registry, OIDC discovery). */
  service: string;
  region: string;
  account: string;
  accessKeyId: string;
}

export interface EmuResponse {
  status: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string or Buffer as is; a Readable is streamed (an agent's answer). */
  body?: unknown;
}

/** A service request and the answer as it went on the wire. */
export interface Exchange {
  /** The module's short name, e.g. "ssm". */
  service: string;
  protocol: Protocol;
  /** The AWS operation name, as in the request log ("Unknown" when none matched). */
  operation: string;
  request: EmuRequest;
  response: { status: number; headers: Record<string, string>; body: Buffer };
}

export interface EmuContext {
  state: EmulatorState;
  now(): number;
  /** The port's base URL, e.g. http://127.0.0.1:4566, for URLs the emulator hands out. */
  baseUrl: string;
  /** The agents that answer InvokeAgentRuntime; absent, invocations get canned answers. */
  agents?: AgentPool;
}

/** A matched operation: its AWS name (for faults and the request log) and its handler. */
export interface Operation {
  name: string;
  handle(req: EmuRequest, ctx: EmuContext): EmuResponse | Promise<EmuResponse>;
}

export interface ServiceModule {
  /** Short name used by faults, the request log and /_emulator/state, e.g. "ssm". */
  name: string;
  protocol: Protocol;
  /** SigV4 signing names this module serves, e.g. ["ssm"]. */
  signingNames: string[];
  /** The error code this service uses for throttling, for injected faults. */
  throttlingCode: string;
  /** For unsigned requests: does this module own the path? */
  claimsUnsigned?(req: EmuRequest): boolean;
  /** The operation a request asks for, or undefined for an unknown operation. */
  route(req: EmuRequest): Operation | undefined;
  /**
   * The account and region of an unsigned request when the module can tell (the registry reads
   * them from its token), so the request log and faults name the right scope.
   */
  identify?(req: EmuRequest, ctx: EmuContext): { account: string; region: string } | undefined;
  /** Extra control routes under /_emulator/, keyed "METHOD path" (path after /_emulator/). */
  control?: Record<string, (body: unknown, ctx: EmuContext) => unknown>;
}

/** An AWS-shaped error. Services throw it; the server renders it in the service's protocol. */
export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    /** Extra members of the error body, e.g. reason and fieldList for ValidationException. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
