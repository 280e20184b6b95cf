import type { EmuResponse } from '../../types.js';
import { isoTime } from '../../protocols/wire.js';
import { FieldErrors, jsonBody, listed } from '../../protocols/rest-json.js';
import { idempotent, mutable, withoutToken, type Call } from './calls.js';
import { moveEndpoint } from './endpoints.js';
import { agentTarget } from './agent-target.js';
import {
  DEFAULT_ENDPOINT,
  conflict,
  findRuntime,
  isTransitioning,
  newId,
  newVersion,
  newestVersion,
  notFound,
  quotaExceeded,
  runtimeArn,
  runtimeStatus,
  workloadIdentityArn,
  type AgentRuntime,
  type RuntimeVersion,
} from './store.js';
import { NAME, VERSION, clientToken, runtimeConfig, tagMap } from './validate.js';

/** Agent runtimes and their versions: create, update (a new version), get, delete and list. */

const MAX_RUNTIMES = 1000;
const MAX_VERSIONS = 1000;

/**
 * A new version's agent starts now, not on its first invocation; without waiting for it, and
 * after this answer is sent (the image's unpack and the spawn would otherwise delay it).
 */
function prestart(call: Call, runtime: AgentRuntime, version: RuntimeVersion): void {
  const agents = call.ctx.agents;
  if (!agents) return;
  const target = agentTarget(call.ctx, runtime, version, 'prestart');
  setTimeout(() => agents.prestart(target), 0).unref();
}

function workloadIdentity(call: Call, runtime: AgentRuntime) {
  return { workloadIdentityArn: workloadIdentityArn(call.req.account, call.req.region, runtime.name) };
}

export function createRuntime(call: Call): EmuResponse {
  const body = jsonBody(call.req);
  const errors = new FieldErrors();
  const name = errors.string('agentRuntimeName', body.agentRuntimeName, { required: true, pattern: NAME });
  const config = runtimeConfig(errors, body, 'create');
  const tags = tagMap(errors, 'tags', body.tags);
  const token = clientToken(errors, body.clientToken);
  errors.throwIfAny();
  return idempotent(call, 'CreateAgentRuntime', token, withoutToken(body), () => {
    const runtimes = Object.values(call.data.runtimes);
    if (runtimes.some((r) => r.name === name)) throw conflict(`An agent runtime named '${name}' already exists.`);
    if (runtimes.length >= MAX_RUNTIMES) throw quotaExceeded(`The account already has the maximum of ${MAX_RUNTIMES} agent runtimes in ${call.req.region}.`);
    const id = newId(name!);
    const arn = runtimeArn(call.req.account, call.req.region, id);
    const version = newVersion(call.state, call.data, '1', config, 'CreateAgentRuntime', call.now);
    const runtime: AgentRuntime = {
      id,
      name: name!,
      arn,
      createdAt: call.now,
      tags,
      lastVersion: 1,
      versions: { '1': version },
      endpoints: {},
    };
    runtime.endpoints[DEFAULT_ENDPOINT] = {
      name: DEFAULT_ENDPOINT,
      id: newId(DEFAULT_ENDPOINT),
      arn: `${arn}/runtime-endpoint/${DEFAULT_ENDPOINT}`,
      createdAt: call.now,
      lastUpdatedAt: call.now,
      status: 'CREATING',
      readyAt: version.readyAt,
      targetVersion: '1',
      tags: {},
    };
    call.data.runtimes[id] = runtime;
    prestart(call, runtime, version);
    return {
      status: 202,
      body: {
        agentRuntimeArn: arn,
        agentRuntimeId: id,
        agentRuntimeVersion: '1',
        createdAt: isoTime(call.now),
        status: version.status,
        workloadIdentityDetails: workloadIdentity(call, runtime),
      },
    };
  });
}

export function updateRuntime(call: Call, label: string): EmuResponse {
  const body = jsonBody(call.req);
  const errors = new FieldErrors();
  const config = runtimeConfig(errors, body, 'update');
  const token = clientToken(errors, body.clientToken);
  errors.throwIfAny();
  return idempotent(call, 'UpdateAgentRuntime', token, { label, ...withoutToken(body) }, () => {
    const runtime = mutable(findRuntime(call.data, label, call.req.account, call.req.region));
    const newest = newestVersion(runtime);
    if (isTransitioning(newest.status)) {
      throw conflict(`Agent runtime ${runtime.id} is ${newest.status} (version ${newest.version}); wait until it is no longer in progress.`);
    }
    if (Object.keys(runtime.versions).length >= MAX_VERSIONS) {
      throw quotaExceeded(`Agent runtime ${runtime.id} already has the maximum of ${MAX_VERSIONS} versions; delete old versions first.`);
    }
    const number = String(++runtime.lastVersion);
    const version = newVersion(call.state, call.data, number, config, 'UpdateAgentRuntime', call.now);
    runtime.versions[number] = version;
    // DEFAULT follows the newest version by itself; named endpoints stay where they are.
    moveEndpoint(runtime.endpoints[DEFAULT_ENDPOINT]!, number, version.readyAt, call.now);
    prestart(call, runtime, version);
    return {
      status: 202,
      body: {
        agentRuntimeArn: runtime.arn,
        agentRuntimeId: runtime.id,
        agentRuntimeVersion: number,
        createdAt: isoTime(runtime.createdAt),
        lastUpdatedAt: isoTime(call.now),
        status: version.status,
        workloadIdentityDetails: workloadIdentity(call, runtime),
      },
    };
  });
}

function versionQuery(call: Call, errors: FieldErrors): string | undefined {
  return errors.string('version', call.req.query.get('version') ?? undefined, { pattern: VERSION });
}

function findVersion(runtime: AgentRuntime, version: string): RuntimeVersion {
  const record = runtime.versions[version];
  if (!record) throw notFound(`Version ${version} of agent runtime ${runtime.id} was not found.`);
  return record;
}

export function getRuntime(call: Call, label: string): EmuResponse {
  const errors = new FieldErrors();
  const requested = versionQuery(call, errors);
  errors.throwIfAny();
  const runtime = findRuntime(call.data, label, call.req.account, call.req.region);
  const version = requested === undefined ? newestVersion(runtime) : findVersion(runtime, requested);
  return {
    status: 200,
    body: {
      ...version.config,
      agentRuntimeArn: runtime.arn,
      agentRuntimeName: runtime.name,
      agentRuntimeId: runtime.id,
      agentRuntimeVersion: version.version,
      createdAt: isoTime(runtime.createdAt),
      lastUpdatedAt: isoTime(version.createdAt),
      status: runtime.deletingUntil !== undefined ? 'DELETING' : version.status,
      ...(version.failureReason !== undefined ? { failureReason: version.failureReason } : {}),
      workloadIdentityDetails: workloadIdentity(call, runtime),
    },
  };
}

export function deleteRuntime(call: Call, label: string): EmuResponse {
  const errors = new FieldErrors();
  const requested = versionQuery(call, errors);
  const token = clientToken(errors, call.req.query.get('clientToken') ?? undefined);
  errors.throwIfAny();
  return idempotent(call, 'DeleteAgentRuntime', token, { label, version: requested }, () => {
    const runtime = mutable(findRuntime(call.data, label, call.req.account, call.req.region));
    if (requested !== undefined) {
      findVersion(runtime, requested);
      const users = Object.values(runtime.endpoints).filter((e) => e.liveVersion === requested || e.targetVersion === requested);
      if (users.length > 0) {
        throw conflict(`Version ${requested} of agent runtime ${runtime.id} is used by endpoint(s) ${users.map((e) => e.name).join(', ')}.`);
      }
      delete runtime.versions[requested];
      return { status: 202, body: { status: 'DELETING', agentRuntimeId: runtime.id, agentRuntimeVersion: requested } };
    }
    const named = Object.keys(runtime.endpoints).filter((name) => name !== DEFAULT_ENDPOINT);
    if (named.length > 0) {
      throw conflict(`Agent runtime ${runtime.id} still has endpoint(s) ${named.join(', ')}; delete them before the runtime.`);
    }
    runtime.deletingUntil = call.now + call.state.settings.provisioningDelayMs;
    // agentRuntimeVersion is "present only when you delete a single version" (the SDK's model).
    return { status: 202, body: { status: 'DELETING', agentRuntimeId: runtime.id } };
  });
}

function summary(runtime: AgentRuntime, version: RuntimeVersion, status = version.status) {
  return {
    agentRuntimeArn: runtime.arn,
    agentRuntimeId: runtime.id,
    agentRuntimeVersion: version.version,
    agentRuntimeName: runtime.name,
    description: (version.config.description as string | undefined) ?? '',
    lastUpdatedAt: isoTime(version.createdAt),
    status,
  };
}

export function listRuntimes(call: Call): EmuResponse {
  const runtimes = Object.values(call.data.runtimes).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  return listed('agentRuntimes', runtimes, call.req.query, (r) => summary(r, newestVersion(r), runtimeStatus(r)));
}

export function listVersions(call: Call, label: string): EmuResponse {
  const runtime = findRuntime(call.data, label, call.req.account, call.req.region);
  // Newest first, so the first page holds what a deploy cares about.
  const versions = Object.values(runtime.versions).sort((a, b) => Number(b.version) - Number(a.version));
  return listed('agentRuntimes', versions, call.req.query, (v) => summary(runtime, v));
}
