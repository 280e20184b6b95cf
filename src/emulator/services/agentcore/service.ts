import type { EmuContext, EmuRequest, EmuResponse, Operation, ServiceModule } from '../../types.js';
import { isJson } from '../../protocols/rest-json.js';
import { open, type Call } from './calls.js';
import { createEndpoint, deleteEndpoint, getEndpoint, listEndpoints, updateEndpoint } from './endpoints.js';
import { createRuntime, deleteRuntime, getRuntime, listRuntimes, listVersions, updateRuntime } from './runtimes.js';
import { FAILABLE_OPERATIONS, agentcoreData, controlScope, pathSegments, type FailableOperation } from './store.js';
import { listTags, tagResource, untagResource } from './tags.js';

/**
 * Amazon Bedrock AgentCore control plane (agent runtimes, versions, endpoints, tags), restJson1.
 * Behaviour follows the project's AgentCore API reference §2, §4, §5 and §7.
 */

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
