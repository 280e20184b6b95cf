import type { EmuResponse } from '../../types.js';
import { isoTime } from '../../protocols/wire.js';
import { FieldErrors, jsonBody, listed, validationError, type Json } from '../../protocols/rest-json.js';
import { idempotent, mutable, withoutToken, type Call } from './calls.js';
import {
  DEFAULT_ENDPOINT,
  conflict,
  findRuntime,
  isTransitioning,
  newId,
  newestVersion,
  notFound,
  quotaExceeded,
  takeInjectedFailure,
  type AgentRuntime,
  type RuntimeEndpoint,
} from './store.js';
import { NAME, VERSION, clientToken, tagMap } from './validate.js';

/** Runtime endpoints: named pointers at a READY version (DEFAULT follows the newest by itself). */

const MAX_NAMED_ENDPOINTS = 10;

/** Endpoints may only be pointed at a version that exists and is READY. */
function servableVersion(runtime: AgentRuntime, version: string): string {
  const record = runtime.versions[version];
  if (record?.status === 'READY') return version;
  const why = record ? `is ${record.status}` : 'does not exist';
  throw validationError(`Version ${version} of agent runtime ${runtime.id} ${why}; an endpoint can only point at a READY version.`, [
    { name: 'agentRuntimeVersion', message: `Version ${version} ${why}` },
  ]);
}

function endpointView(runtime: AgentRuntime, e: RuntimeEndpoint) {
  return {
    name: e.name,
    id: e.id,
    agentRuntimeEndpointArn: e.arn,
    agentRuntimeArn: runtime.arn,
    status: e.deletingUntil !== undefined ? 'DELETING' : e.status,
    createdAt: isoTime(e.createdAt),
    lastUpdatedAt: isoTime(e.lastUpdatedAt),
    targetVersion: e.targetVersion,
    ...(e.liveVersion !== undefined ? { liveVersion: e.liveVersion } : {}),
    ...(e.description !== undefined ? { description: e.description } : {}),
  };
}

function findEndpoint(runtime: AgentRuntime, name: string): RuntimeEndpoint {
  const endpoint = runtime.endpoints[name];
  if (!endpoint) throw notFound(`Endpoint '${name}' of agent runtime ${runtime.id} was not found.`);
  return endpoint;
}

function endpointFields(errors: FieldErrors, body: Json) {
  return {
    version: errors.string('agentRuntimeVersion', body.agentRuntimeVersion, { pattern: VERSION }),
    description: errors.string('description', body.description, { min: 1, max: 256 }),
    token: clientToken(errors, body.clientToken),
  };
}

export function createEndpoint(call: Call, label: string): EmuResponse {
  const body = jsonBody(call.req);
  const errors = new FieldErrors();
  const name = errors.string('name', body.name, { required: true, pattern: NAME });
  if (name === DEFAULT_ENDPOINT) errors.rule('name', 'DEFAULT is a reserved endpoint name; the DEFAULT endpoint is managed by the service.');
  const { version, description, token } = endpointFields(errors, body);
  const tags = tagMap(errors, 'tags', body.tags);
  errors.throwIfAny();
  return idempotent(call, 'CreateAgentRuntimeEndpoint', token, { label, ...withoutToken(body) }, () => {
    const runtime = mutable(findRuntime(call.data, label, call.req.account, call.req.region));
    if (runtime.endpoints[name!]) throw conflict(`Agent runtime ${runtime.id} already has an endpoint named '${name}'.`);
    if (Object.keys(runtime.endpoints).filter((n) => n !== DEFAULT_ENDPOINT).length >= MAX_NAMED_ENDPOINTS) {
      throw quotaExceeded(`Agent runtime ${runtime.id} already has the maximum of ${MAX_NAMED_ENDPOINTS} endpoints.`);
    }
    // Without a version the endpoint pins the version current now, and never follows updates.
    const target = servableVersion(runtime, version ?? newestVersion(runtime).version);
    const endpoint: RuntimeEndpoint = {
      name: name!,
      id: newId(name!),
      arn: `${runtime.arn}/runtime-endpoint/${name}`,
      ...(description !== undefined ? { description } : {}),
      createdAt: call.now,
      lastUpdatedAt: call.now,
      status: 'CREATING',
      readyAt: call.now + call.state.settings.provisioningDelayMs,
      targetVersion: target,
      tags,
    };
    runtime.endpoints[endpoint.name] = endpoint;
    return {
      status: 202,
      body: {
        targetVersion: target,
        agentRuntimeEndpointArn: endpoint.arn,
        agentRuntimeArn: runtime.arn,
        agentRuntimeId: runtime.id,
        endpointName: endpoint.name,
        status: endpoint.status,
        createdAt: isoTime(call.now),
      },
    };
  });
}

export function updateEndpoint(call: Call, label: string, name: string): EmuResponse {
  const body = jsonBody(call.req);
  const errors = new FieldErrors();
  const { version, description, token } = endpointFields(errors, body);
  errors.throwIfAny();
  return idempotent(call, 'UpdateAgentRuntimeEndpoint', token, { label, name, ...withoutToken(body) }, () => {
    const runtime = mutable(findRuntime(call.data, label, call.req.account, call.req.region));
    const endpoint = findEndpoint(runtime, name);
    if (name === DEFAULT_ENDPOINT) throw conflict('The DEFAULT endpoint always points at the newest version and cannot be updated.');
    if (endpoint.deletingUntil !== undefined) throw conflict(`Endpoint '${name}' of agent runtime ${runtime.id} is being deleted.`);
    if (isTransitioning(endpoint.status)) {
      throw conflict(`Endpoint '${name}' of agent runtime ${runtime.id} is ${endpoint.status}; wait until it is no longer in progress.`);
    }
    const target = servableVersion(runtime, version ?? endpoint.targetVersion);
    moveEndpoint(endpoint, target, call.now + call.state.settings.provisioningDelayMs, call.now);
    if (description !== undefined) endpoint.description = description;
    const injected = takeInjectedFailure(call.data, 'UpdateAgentRuntimeEndpoint');
    if (injected !== undefined) endpoint.pendingFailure = injected;
    return {
      status: 202,
      body: {
        agentRuntimeEndpointArn: endpoint.arn,
        agentRuntimeArn: runtime.arn,
        status: endpoint.status,
        createdAt: isoTime(endpoint.createdAt),
        lastUpdatedAt: isoTime(call.now),
        targetVersion: target,
        ...(endpoint.liveVersion !== undefined ? { liveVersion: endpoint.liveVersion } : {}),
      },
    };
  });
}

/** Starts moving an endpoint to a version; liveVersion changes only when it turns READY. */
export function moveEndpoint(endpoint: RuntimeEndpoint, version: string, readyAt: number, now: number): void {
  endpoint.targetVersion = version;
  endpoint.status = 'UPDATING';
  endpoint.readyAt = readyAt;
  endpoint.lastUpdatedAt = now;
  delete endpoint.failureReason;
}

export function getEndpoint(call: Call, label: string, name: string): EmuResponse {
  const runtime = findRuntime(call.data, label, call.req.account, call.req.region);
  const endpoint = findEndpoint(runtime, name);
  return {
    status: 200,
    body: { ...endpointView(runtime, endpoint), ...(endpoint.failureReason !== undefined ? { failureReason: endpoint.failureReason } : {}) },
  };
}

export function deleteEndpoint(call: Call, label: string, name: string): EmuResponse {
  const errors = new FieldErrors();
  const token = clientToken(errors, call.req.query.get('clientToken') ?? undefined);
  errors.throwIfAny();
  return idempotent(call, 'DeleteAgentRuntimeEndpoint', token, { label, name }, () => {
    const runtime = findRuntime(call.data, label, call.req.account, call.req.region);
    const endpoint = findEndpoint(runtime, name);
    if (name === DEFAULT_ENDPOINT) throw conflict('Default endpoints are removed when you delete the agent.');
    if (endpoint.deletingUntil !== undefined) throw conflict(`Endpoint '${name}' of agent runtime ${runtime.id} is already being deleted.`);
    endpoint.deletingUntil = call.now + call.state.settings.provisioningDelayMs;
    return { status: 202, body: { status: 'DELETING', agentRuntimeId: runtime.id, endpointName: name } };
  });
}

export function listEndpoints(call: Call, label: string): EmuResponse {
  const runtime = findRuntime(call.data, label, call.req.account, call.req.region);
  const endpoints = Object.values(runtime.endpoints).sort((a, b) => a.createdAt - b.createdAt || a.name.localeCompare(b.name));
  return listed('runtimeEndpoints', endpoints, call.req.query, (e) => endpointView(runtime, e));
}
