/**
 * Moving one endpoint and proving where it landed:
 *
 *   const moved = await pointEndpoint(handle, 'live', '3', description, existing);
 *   if (!moved.ok) { const now = await restoreEndpoint(handle, 'live', '2', description); … }
 *
 * A move counts only when the endpoint is READY with liveVersion equal to the version asked for
 * (targetVersion alone says where AgentCore is going, not what serves). Endpoints are always
 * created with an explicit version: one created without pins whatever is newest at that moment.
 */
import {
  CreateAgentRuntimeEndpointCommand,
  GetAgentRuntimeEndpointCommand,
  UpdateAgentRuntimeEndpointCommand,
  paginateListAgentRuntimeEndpoints,
  type GetAgentRuntimeEndpointResponse,
} from '@aws-sdk/client-bedrock-agentcore-control';
import { isCancelled } from '../cancel.js';
import { UserError, describeError, explain, isAwsErrorNamed } from '../errors.js';
import { getEndpoint } from '../runtime/lookup.js';
import { isTransientAwsError, statusCheck, waitUntil, type WaitCheck } from '../wait.js';
import { describeEndpoint, describeRuntime, type RuntimeHandle } from './handle.js';

/** Where one endpoint stands, for diagrams and summaries. */
export interface EndpointView {
  name: string;
  liveVersion?: string;
  targetVersion?: string;
  status: string;
}

export type Endpoint = GetAgentRuntimeEndpointResponse;

export type MoveResult = { ok: true; endpoint: Endpoint } | { ok: false; reason: string };

/** What an endpoint serves after a failed move was repaired (or could not be). */
export interface Restored {
  /** The version it serves; undefined when it serves none (or is gone). */
  serving?: string;
  status: string;
  /** True when this call moved it back. */
  restored: boolean;
  /** Why it could not be brought back to `from`. */
  problem?: string;
}

export const DEFAULT_ENDPOINT = 'DEFAULT';

/** A promotion's live and candidate endpoints: two, and neither DEFAULT. */
export function requirePromotionEndpoints(live: string, candidate: string): void {
  for (const [input, name] of [['endpoint', live], ['candidate-endpoint', candidate]] as const) {
    if (name === DEFAULT_ENDPOINT) {
      throw new UserError(`Input "${input}" is DEFAULT: AgentCore moves DEFAULT to every new version by itself, so nothing is promoted through it. Name another endpoint.`);
    }
  }
  if (live === candidate) {
    throw new UserError(`The live and candidate endpoints are both "${live}": the candidate must be another endpoint, so the smoke test never touches what users call.`);
  }
}

export async function readEndpoint(handle: RuntimeHandle, name: string): Promise<Endpoint | undefined> {
  return getEndpoint(handle.control, handle.runtimeId, name);
}

/** Every endpoint of the runtime (DEFAULT included), by name. */
export async function listEndpoints(handle: RuntimeHandle): Promise<EndpointView[]> {
  const views: EndpointView[] = [];
  try {
    for await (const page of paginateListAgentRuntimeEndpoints({ client: handle.control }, { agentRuntimeId: handle.runtimeId, maxResults: 100 })) {
      for (const e of page.runtimeEndpoints ?? []) {
        views.push({
          name: e.name ?? '?',
          status: e.status ?? 'UNKNOWN',
          ...(e.liveVersion ? { liveVersion: e.liveVersion } : {}),
          ...(e.targetVersion ? { targetVersion: e.targetVersion } : {}),
        });
      }
    }
  } catch (error) {
    throw explain(`Listing the endpoints of ${describeRuntime(handle)} (AgentCore ListAgentRuntimeEndpoints)`, error);
  }
  return views;
}

/** "version 2 (READY)", "version 2, moving to 3 (UPDATING)", "no version (CREATE_FAILED)". */
export function describeServing(endpoint: { liveVersion?: string; targetVersion?: string; status?: string } | undefined): string {
  if (!endpoint) return 'nothing (the endpoint does not exist)';
  const live = endpoint.liveVersion ? `version ${endpoint.liveVersion}` : 'no version';
  const moving = endpoint.targetVersion && endpoint.targetVersion !== endpoint.liveVersion ? `, moving to ${endpoint.targetVersion}` : '';
  return `${live}${moving} (${endpoint.status ?? 'UNKNOWN'})`;
}

/** The endpoint, or undefined when it does not exist; other errors are the SDK's own (for isTransientAwsError). */
export async function peekEndpoint(handle: RuntimeHandle, name: string): Promise<Endpoint | undefined> {
  try {
    return await poll(handle, name)();
  } catch (error) {
    if (isAwsErrorNamed(error, 'ResourceNotFoundException')) return undefined;
    throw error;
  }
}

/** Not CREATING/UPDATING. */
export function isSettled(endpoint: Endpoint): boolean {
  return statusCheck(endpoint.status).state !== 'pending';
}

/** READY, serving the version and going nowhere else. */
export function isServing(endpoint: Endpoint | undefined, version: string): boolean {
  return endpoint?.status === 'READY' && endpoint.liveVersion === version && (endpoint.targetVersion ?? version) === version;
}

export function describeRestored(restored: Restored): string {
  return `${restored.serving ? `version ${restored.serving}` : 'no version'} (${restored.status})`;
}

function poll(handle: RuntimeHandle, name: string): () => Promise<Endpoint> {
  // Raw SDK errors, so that `transient` can tell throttling from a refusal.
  return () => handle.control.send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: handle.runtimeId, endpointName: name }));
}

/** The endpoint once it is no longer CREATING/UPDATING (another change may be in flight), or undefined when absent. */
export async function settleEndpoint(handle: RuntimeHandle, name: string): Promise<Endpoint | undefined> {
  const endpoint = await readEndpoint(handle, name);
  if (!endpoint || isSettled(endpoint)) return endpoint;
  handle.logger.info(`Endpoint "${name}" is ${endpoint.status} (${describeServing(endpoint)}): waiting for that change to finish first.`);
  try {
    const settled = await waitUntil({
      what: `endpoint "${name}" of ${handle.runtimeName}`,
      poll: poll(handle, name),
      check: (e) => ({ status: e.status ?? 'UNKNOWN', state: statusCheck(e.status).state === 'pending' ? 'pending' : 'done' }),
      transient: isTransientAwsError,
      timeoutMs: handle.timeoutMs,
      clock: handle.clock,
      logger: handle.logger,
    });
    return settled.value;
  } catch (error) {
    throw explain(`Waiting for ${describeEndpoint(handle, name)} to finish its change (AgentCore GetAgentRuntimeEndpoint)`, error);
  }
}

function servingCheck(endpoint: Endpoint, version: string): WaitCheck {
  const base = statusCheck(endpoint.status, endpoint.failureReason);
  const status = `${endpoint.status ?? 'UNKNOWN'}, live ${endpoint.liveVersion ?? 'none'}, target ${endpoint.targetVersion ?? 'none'}`;
  if (base.state === 'failed') return { status, state: 'failed', reason: `${endpoint.status}: ${base.reason}` };
  if (base.state === 'pending') return { status, state: 'pending' };
  if (endpoint.liveVersion === version) return { status, state: 'done' };
  return { status, state: 'failed', reason: `it is READY serving version ${endpoint.liveVersion ?? 'none'}, not ${version}: another change moved it` };
}

/** Waits until the endpoint is READY with liveVersion = version. */
export async function waitServing(handle: RuntimeHandle, name: string, version: string): Promise<MoveResult> {
  try {
    const result = await waitUntil({
      what: `endpoint "${name}" → version ${version}`,
      poll: poll(handle, name),
      check: (e) => servingCheck(e, version),
      transient: isTransientAwsError,
      timeoutMs: handle.timeoutMs,
      timeoutHint: 'Raise the input "timeout-minutes" if AgentCore is slow today.',
      clock: handle.clock,
      logger: handle.logger,
    });
    return result.outcome === 'done' ? { ok: true, endpoint: result.value } : { ok: false, reason: result.reason };
  } catch (error) {
    if (isCancelled(error)) throw error;
    return { ok: false, reason: describeError(error) };
  }
}

/**
 * Points the endpoint at a version (creating it when `exists` is false) and waits until it
 * serves it. Refusals and failures come back as a reason, for the caller to repair and report.
 */
export async function pointEndpoint(handle: RuntimeHandle, name: string, version: string, description: string, exists: boolean): Promise<MoveResult> {
  const { logger } = handle;
  try {
    if (exists) {
      logger.info(`Moving endpoint "${name}" to version ${version}.`);
      await handle.control.send(
        new UpdateAgentRuntimeEndpointCommand({ agentRuntimeId: handle.runtimeId, endpointName: name, agentRuntimeVersion: version, description }),
      );
    } else {
      logger.info(`Creating endpoint "${name}" on version ${version}.`);
      await handle.control.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: handle.runtimeId, name, agentRuntimeVersion: version, description }));
    }
  } catch (error) {
    const operation = exists ? 'UpdateAgentRuntimeEndpoint' : 'CreateAgentRuntimeEndpoint';
    const hint = isAwsErrorNamed(error, 'AccessDeniedException') ? ` (the deploy role needs bedrock-agentcore:${operation})` : '';
    return { ok: false, reason: `AgentCore ${operation} failed: ${describeError(error)}${hint}` };
  }
  return waitServing(handle, name, version);
}

/**
 * After a failed move, brings the endpoint back to serving `from`, READY (a failed update leaves
 * it UPDATE_FAILED, or the move may have landed after all). Never throws: it reports what serves.
 */
export async function restoreEndpoint(handle: RuntimeHandle, name: string, from: string | undefined, description: string): Promise<Restored> {
  let endpoint: Endpoint | undefined;
  try {
    endpoint = await settleEndpoint(handle, name);
  } catch (error) {
    if (isCancelled(error)) throw error;
    return { status: 'UNKNOWN', restored: false, problem: describeError(error) };
  }
  if (!endpoint) return { status: 'missing', restored: false, problem: 'the endpoint does not exist' };
  const current = { ...(endpoint.liveVersion ? { serving: endpoint.liveVersion } : {}), status: endpoint.status ?? 'UNKNOWN' };
  if (from === undefined) return { ...current, restored: false, problem: 'this run created the endpoint, so there is no earlier version to return to' };
  if (endpoint.status === 'READY' && endpoint.liveVersion === from && endpoint.targetVersion === from) return { ...current, restored: false };
  handle.logger.info(`Returning ${describeEndpoint(handle, name)} to version ${from} (it is ${describeServing(endpoint)}).`);
  const moved = await pointEndpoint(handle, name, from, description, true);
  if (moved.ok) return { serving: from, status: 'READY', restored: true };
  const after = await readEndpoint(handle, name).catch(() => endpoint);
  return { ...(after?.liveVersion ? { serving: after.liveVersion } : {}), status: after?.status ?? 'UNKNOWN', restored: false, problem: moved.reason };
}
