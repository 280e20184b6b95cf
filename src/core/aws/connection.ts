/**
 * An endpoint that cannot be reached (connection refused, DNS failure, connect timeout) is not a
 * credentials problem and does not get better by waiting: it is retried once, then fails naming
 * the endpoint. Both pieces are installed on every client by the factory in `clients.ts`.
 */
import { StandardRetryStrategy } from '@smithy/core/retry';
import type { FinalizeRequestMiddleware, HandlerExecutionContext, RetryErrorInfo, RetryStrategyV2, StandardRetryToken } from '@aws-sdk/types';
import { UserError } from '../errors.js';

/**
 * A call that could not connect. `code` is Node's (ETIMEDOUT for the connect timeout), so the
 * SDK's retry classification still sees a transient error, which ConnectionRetryStrategy bounds.
 */
export class UnreachableEndpointError extends UserError {
  override name = 'UnreachableEndpointError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** Retries of a call whose connection failed: one, for a blip; an endpoint that is down stays down. */
export const CONNECTION_RETRIES = 1;
/** How long a TCP (and TLS) connection may take before it counts as a connect timeout. */
export const CONNECT_TIMEOUT_MS = 5_000;

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT']);

interface NodeNetworkError extends Error {
  code?: string;
  address?: string;
  port?: number;
  hostname?: string;
  cause?: unknown;
}

/**
 * What failed, when the call never reached the endpoint: `connect ECONNREFUSED 127.0.0.1:4598`,
 * `getaddrinfo ENOTFOUND host`, or the connect timeout. Undefined for anything else, including
 * an endpoint that answered with an error and a credential provider that found nothing.
 */
export function connectionFailure(error: unknown): string | undefined {
  // Duck-typed: Node's network errors may come from another realm than this module's Error.
  if (typeof error !== 'object' || error === null) return undefined;
  const failure = error as NodeNetworkError;
  if (failure.name === 'CredentialsProviderError') return undefined;
  if (failure.name === 'TimeoutError' && /did not establish a connection/.test(failure.message)) return `no connection within ${CONNECT_TIMEOUT_MS / 1000} s`;
  if (failure.code && CONNECTION_CODES.has(failure.code)) {
    // Node's AggregateError for a host with several addresses carries the code and no message.
    if (failure.message) return failure.message;
    const first = (failure as { errors?: NodeNetworkError[] }).errors?.[0];
    return first?.message || failure.code;
  }
  return failure.cause === undefined ? undefined : connectionFailure(failure.cause);
}

const LOCAL_HOST = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|::1|0\.0\.0\.0|host\.docker\.internal)$/i;
const AWS_HOST = /\.(amazonaws\.com|amazonaws\.com\.cn|api\.aws)$/i;

/** The message for an endpoint that cannot be reached, naming it and what to do. */
export function unreachableMessage(options: { service: string; url: URL | undefined; region: string; failure: string }): string {
  const { service, url, region, failure } = options;
  if (!url) return `The ${service} endpoint for ${region} cannot be reached (${failure}). Check the network and the region.`;
  const endpoint = url.origin;
  if (AWS_HOST.test(url.hostname)) {
    return `The ${service} endpoint ${endpoint} (its regional endpoint in ${region}) cannot be reached (${failure}). Check the runner's network access to AWS and that ${region} is the right region.`;
  }
  const where = `The ${service} endpoint ${endpoint} (an endpoint override: AWS_ENDPOINT_URL or AWS_ENDPOINT_URL_<SERVICE>) cannot be reached (${failure}).`;
  if (LOCAL_HOST.test(url.hostname)) return `${where} Is the emulator running? Start it, or set AWS_ENDPOINT_URL to where it listens.`;
  return `${where} Check the network and the override's address.`;
}

/** The service's name in messages, from the SDK client's name: `STSClient` → `STS`. */
function serviceName(context: HandlerExecutionContext): string {
  const name = (context.clientName ?? 'AWS').replace(/Client$/, '');
  return name === 'BedrockAgentCoreControl' ? 'AgentCore control plane' : name === 'BedrockAgentCore' ? 'AgentCore data plane' : name;
}

/**
 * Below the retry middleware, so each attempt's connection failure becomes an
 * UnreachableEndpointError naming the endpoint, which the endpoint middleware put on the context.
 */
export function unreachableEndpointMiddleware(region: string): FinalizeRequestMiddleware<object, object> {
  return (next, context) => async (args) => {
    try {
      return await next(args);
    } catch (error) {
      const failure = connectionFailure(error);
      if (!failure) throw error;
      const code = (error as NodeNetworkError).code ?? 'ETIMEDOUT';
      throw new UnreachableEndpointError(unreachableMessage({ service: serviceName(context), url: context.endpointV2?.url, region, failure }), code);
    }
  };
}

/** The SDK's standard retries, except that a failed connection is retried only CONNECTION_RETRIES times. */
export class ConnectionRetryStrategy implements RetryStrategyV2 {
  private readonly standard: StandardRetryStrategy;
  readonly mode = 'standard';

  constructor(maxAttempts: number) {
    this.standard = new StandardRetryStrategy(maxAttempts);
  }

  acquireInitialRetryToken(scope: string): Promise<StandardRetryToken> {
    return this.standard.acquireInitialRetryToken(scope);
  }

  refreshRetryTokenForRetry(token: StandardRetryToken, errorInfo: RetryErrorInfo): Promise<StandardRetryToken> {
    if (errorInfo.error instanceof UnreachableEndpointError && token.getRetryCount() >= CONNECTION_RETRIES) return Promise.reject(errorInfo.error);
    return this.standard.refreshRetryTokenForRetry(token, errorInfo);
  }

  recordSuccess(token: StandardRetryToken): void {
    this.standard.recordSuccess(token);
  }
}
