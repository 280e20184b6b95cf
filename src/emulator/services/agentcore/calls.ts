import type { EmuContext, EmuRequest, EmuResponse } from '../../types.js';
import { validationError, type Json } from '../../protocols/rest-json.js';
import { agentcoreData, conflict, idempotencyRecords, type AgentCoreData, type AgentRuntime } from './store.js';
import { canonicalJson } from './validate.js';

/** One request's view: the caller's scope, with due transitions already applied. */
export interface Call {
  req: EmuRequest;
  state: EmuContext['state'];
  now: number;
  data: AgentCoreData;
  /** For the agents a new version starts ahead. */
  ctx: EmuContext;
}

export function open(req: EmuRequest, ctx: EmuContext): Call {
  const now = ctx.now();
  return { req, state: ctx.state, now, data: agentcoreData(ctx.state, req.account, req.region, now), ctx };
}

/**
 * clientToken idempotency: the same token with the same request answers what the first call
 * answered; with a different request it is a ValidationException (IdempotentParameterMismatch).
 */
export function idempotent(call: Call, operation: string, token: string | undefined, request: unknown, run: () => EmuResponse): EmuResponse {
  if (token === undefined) return run();
  const key = `${call.req.account}/${call.req.region}/${operation}/${token}`;
  const fingerprint = canonicalJson(request);
  const records = idempotencyRecords(call.state);
  const seen = records.get(key);
  if (seen) {
    if (seen.fingerprint === fingerprint) return seen.response;
    throw validationError(
      `The client token '${token}' was already used for a different ${operation} request.`,
      [{ name: 'clientToken', message: 'The same client token was used with different request parameters' }],
      'IdempotentParameterMismatchException',
    );
  }
  const response = run();
  records.set(key, { fingerprint, response });
  return response;
}

export function withoutToken(body: Json): Json {
  const { clientToken: _token, ...rest } = body;
  return rest;
}

export function mutable(runtime: AgentRuntime): AgentRuntime {
  if (runtime.deletingUntil !== undefined) throw conflict(`Agent runtime ${runtime.id} is being deleted.`);
  return runtime;
}
