import type { EmuContext, EmuRequest, EmuResponse, Operation, ServiceModule } from '../../types.js';
import { isoTime } from '../../protocols/wire.js';
import {
  DEFAULT_ENDPOINT,
  FAILABLE_OPERATIONS,
  agentcoreData,
  conflict,
  controlScope,
  findRuntime,
  idempotencyRecords,
  isTransitioning,
  newId,
  newVersion,
  newestVersion,
  notFound,
  parseRuntimeArn,
  pathSegments,
  quotaExceeded,
  runtimeArn,
  runtimeStatus,
  takeInjectedFailure,
  workloadIdentityArn,
  type AgentCoreData,
  type AgentRuntime,
  type FailableOperation,
  type RuntimeEndpoint,
  type RuntimeVersion,
} from './store.js';
import {
  FieldErrors,
  NAME,
  VERSION,
  canonicalJson,
  clientToken,
  isJson,
  jsonBody,
  page,
  runtimeConfig,
  tagMap,
  validationError,
  type Json,
} from './validate.js';

/**
 * Amazon Bedrock AgentCore control plane (agent runtimes, versions, endpoints, tags), restJson1.
 * Behaviour follows the project's AgentCore API reference §2, §4, §5 and §7.
 */
const MAX_RUNTIMES = 1000;
const MAX_VERSIONS = 1000;
const MAX_NAMED_ENDPOINTS = 10;

/** One request's view: the caller's scope, with due transitions already applied. */
interface Call {
  req: EmuRequest;
  state: EmuContext['state'];
  now: number;
  data: AgentCoreData;
}

function open(req: EmuRequest, ctx: EmuContext): Call {
  const now = ctx.now();
  return { req, state: ctx.state, now, data: agentcoreData(ctx.state, req.account, req.region, now) };
}

function op(name: string, handler: (call: Call) => EmuResponse): Operation {
  return { name, handle: (req, ctx) => handler(open(req, ctx)) };
}

function route(req: EmuRequest): Operation | undefined {
  const segments = pathSegments(req.path);
  if (!segments) return undefined;
  const [root, label, sub, endpoint] = segments;
  const m = req.method;
  if (root === 'tags' && segments.length >= 2) {
    // An endpoint ARN sent unencoded spans several segments.
    const arn = segments.slice(1).join('/');
    if (m === 'POST') return op('TagResource', (call) => tagResource(call, arn));
    if (m === 'DELETE') return op('UntagResource', (call) => untagResource(call, arn));
    if (m === 'GET') return op('ListTagsForResource', (call) => listTags(call, arn));
    return undefined;
  }
  if (root !== 'runtimes') return undefined;
  if (label === undefined) {
    if (m === 'PUT') return op('CreateAgentRuntime', createRuntime);
    if (m === 'POST') return op('ListAgentRuntimes', listRuntimes);
    return undefined;
  }
  if (sub === undefined) {
    if (m === 'GET') return op('GetAgentRuntime', (call) => getRuntime(call, label));
    if (m === 'PUT') return op('UpdateAgentRuntime', (call) => updateRuntime(call, label));
    if (m === 'DELETE') return op('DeleteAgentRuntime', (call) => deleteRuntime(call, label));
    return undefined;
  }
  if (sub === 'versions' && segments.length === 3 && m === 'POST') {
    return op('ListAgentRuntimeVersions', (call) => listVersions(call, label));
  }
  if (sub !== 'runtime-endpoints' || segments.length > 4) return undefined;
  if (endpoint === undefined) {
    if (m === 'PUT') return op('CreateAgentRuntimeEndpoint', (call) => createEndpoint(call, label));
    if (m === 'POST') return op('ListAgentRuntimeEndpoints', (call) => listEndpoints(call, label));
    return undefined;
  }
  if (m === 'GET') return op('GetAgentRuntimeEndpoint', (call) => getEndpoint(call, label, endpoint));
  if (m === 'PUT') return op('UpdateAgentRuntimeEndpoint', (call) => updateEndpoint(call, label, endpoint));
  if (m === 'DELETE') return op('DeleteAgentRuntimeEndpoint', (call) => deleteEndpoint(call, label, endpoint));
  return undefined;
}

/**
 * clientToken idempotency: the same token with the same request answers what the first call
 * answered; with a different request it is a ValidationException (IdempotentParameterMismatch).
 */
function idempotent(call: Call, operation: string, token: string | undefined, request: unknown, run: () => EmuResponse): EmuResponse {
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

function withoutToken(body: Json): Json {
  const { clientToken: _token, ...rest } = body;
  return rest;
}

function mutable(runtime: AgentRuntime): AgentRuntime {
  if (runtime.deletingUntil !== undefined) throw conflict(`Agent runtime ${runtime.id} is being deleted.`);
  return runtime;
}

function workloadIdentity(call: Call, runtime: AgentRuntime) {
  return { workloadIdentityArn: workloadIdentityArn(call.req.account, call.req.region, runtime.name) };
}

function createRuntime(call: Call): EmuResponse {
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

function updateRuntime(call: Call, label: string): EmuResponse {
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

function getRuntime(call: Call, label: string): EmuResponse {
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

function deleteRuntime(call: Call, label: string): EmuResponse {
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
    return { status: 202, body: { status: 'DELETING', agentRuntimeId: runtime.id, agentRuntimeVersion: newestVersion(runtime).version } };
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

function listRuntimes(call: Call): EmuResponse {
  const runtimes = Object.values(call.data.runtimes).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  const result = page(runtimes, call.req.query);
  return {
    status: 200,
    body: {
      agentRuntimes: result.items.map((r) => summary(r, newestVersion(r), runtimeStatus(r))),
      ...(result.nextToken !== undefined ? { nextToken: result.nextToken } : {}),
    },
  };
}

function listVersions(call: Call, label: string): EmuResponse {
  const runtime = findRuntime(call.data, label, call.req.account, call.req.region);
  // Newest first, so the first page holds what a deploy cares about.
  const versions = Object.values(runtime.versions).sort((a, b) => Number(b.version) - Number(a.version));
  const result = page(versions, call.req.query);
  return {
    status: 200,
    body: {
      agentRuntimes: result.items.map((v) => summary(runtime, v)),
      ...(result.nextToken !== undefined ? { nextToken: result.nextToken } : {}),
    },
  };
}

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

function createEndpoint(call: Call, label: string): EmuResponse {
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

function updateEndpoint(call: Call, label: string, name: string): EmuResponse {
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
function moveEndpoint(endpoint: RuntimeEndpoint, version: string, readyAt: number, now: number): void {
  endpoint.targetVersion = version;
  endpoint.status = 'UPDATING';
  endpoint.readyAt = readyAt;
  endpoint.lastUpdatedAt = now;
  delete endpoint.failureReason;
}

function getEndpoint(call: Call, label: string, name: string): EmuResponse {
  const runtime = findRuntime(call.data, label, call.req.account, call.req.region);
  const endpoint = findEndpoint(runtime, name);
  return {
    status: 200,
    body: { ...endpointView(runtime, endpoint), ...(endpoint.failureReason !== undefined ? { failureReason: endpoint.failureReason } : {}) },
  };
}

function deleteEndpoint(call: Call, label: string, name: string): EmuResponse {
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

function listEndpoints(call: Call, label: string): EmuResponse {
  const runtime = findRuntime(call.data, label, call.req.account, call.req.region);
  const endpoints = Object.values(runtime.endpoints).sort((a, b) => a.createdAt - b.createdAt || a.name.localeCompare(b.name));
  const result = page(endpoints, call.req.query);
  return {
    status: 200,
    body: {
      runtimeEndpoints: result.items.map((e) => endpointView(runtime, e)),
      ...(result.nextToken !== undefined ? { nextToken: result.nextToken } : {}),
    },
  };
}

/** The runtime or endpoint a tagging ARN names, in the caller's account and region. */
function taggable(call: Call, arn: string): { tags: Record<string, string> } {
  const parts = parseRuntimeArn(arn);
  const runtime = parts && parts.account === call.req.account && parts.region === call.req.region ? call.data.runtimes[parts.id] : undefined;
  const resource = parts?.endpoint !== undefined ? runtime?.endpoints[parts.endpoint] : runtime;
  if (!resource) throw notFound(`The resource '${arn}' was not found.`);
  return resource;
}

function tagResource(call: Call, arn: string): EmuResponse {
  const body = jsonBody(call.req);
  const errors = new FieldErrors();
  if (body.tags === undefined) errors.constraint('tags', undefined, 'Member must not be null');
  const tags = tagMap(errors, 'tags', body.tags);
  errors.throwIfAny();
  const resource = taggable(call, arn);
  const merged = { ...resource.tags, ...tags };
  if (Object.keys(merged).length > 50) throw quotaExceeded(`The resource '${arn}' would have more than 50 tags.`);
  resource.tags = merged;
  return { status: 204 };
}

function untagResource(call: Call, arn: string): EmuResponse {
  const keys = call.req.query.getAll('tagKeys');
  if (keys.length === 0) throw validationError('tagKeys is required.', [{ name: 'tagKeys', message: 'Member must not be null' }]);
  const resource = taggable(call, arn);
  for (const key of keys) delete resource.tags[key];
  return { status: 204 };
}

function listTags(call: Call, arn: string): EmuResponse {
  return { status: 200, body: { tags: taggable(call, arn).tags } };
}

/** POST /_emulator/agentcore/fail-next: the next such change ends *_FAILED with the reason. */
function failNext(body: unknown, ctx: EmuContext): unknown {
  const input = isJson(body) ? body : {};
  const operation = input.operation as FailableOperation;
  if (!FAILABLE_OPERATIONS.includes(operation)) throw new Error(`"operation" must be one of ${FAILABLE_OPERATIONS.join(', ')}`);
  const count = input.count ?? 1;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) throw new Error('"count" must be a whole number >= 1');
  if (input.reason !== undefined && typeof input.reason !== 'string') throw new Error('"reason" must be a string');
  const { account, region } = controlScope(input);
  const data = agentcoreData(ctx.state, account, region, ctx.now());
  data.failNext.push({ operation, remaining: count, reason: (input.reason as string | undefined) ?? `Injected failure for ${operation}.` });
  return { account, region, failNext: data.failNext };
}

export const agentcoreService: ServiceModule = {
  name: 'agentcore',
  protocol: 'restJson',
  signingNames: ['bedrock-agentcore'],
  throttlingCode: 'ThrottlingException',
  route,
  control: { 'POST agentcore/fail-next': failNext },
};
