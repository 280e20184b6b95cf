import type { EmuRequest, EmuResponse, Operation, ServiceModule } from '../../../types.js';
import { pathSegments } from '../store.js';
import { openGateway, type GatewayCall } from './call.js';
import { createGateway, createTarget, deleteGateway, deleteTarget, getGateway, getTarget, listGateways, listTargets } from './gateways.js';
import { createRule, deleteRule, getRule, listRules, updateRule } from './rules.js';
import { gatewayPath, invokeGateway } from './routing.js';

/**
 * AgentCore Gateway: the control-plane operations on gateways, targets and rules (restJson on
 * the bedrock-agentcore-control endpoint, /gateways/…) and the data plane under each gateway's
 * URL (/gateway/<id>/…).
 */

type Handler = (call: GatewayCall, ...ids: string[]) => EmuResponse;

interface Resource {
  /** The collection's path; `*` is an id, passed to the handler in order. */
  path: string;
  noun: string;
  handlers: { create: Handler; list: Handler; get: Handler; remove: Handler; update?: Handler };
}

// Each resource: Create (POST) and List (GET) on its collection; Get, Delete and Update (PATCH) on an item.
const RESOURCES: Resource[] = [
  { path: 'gateways', noun: 'Gateway', handlers: { create: createGateway, list: listGateways, get: getGateway, remove: deleteGateway } },
  { path: 'gateways/*/targets', noun: 'GatewayTarget', handlers: { create: createTarget, list: listTargets, get: getTarget, remove: deleteTarget } },
  { path: 'gateways/*/rules', noun: 'GatewayRule', handlers: { create: createRule, list: listRules, get: getRule, remove: deleteRule, update: updateRule } },
];

const ROUTES: Array<[method: string, path: string, name: string, handle: Handler]> = RESOURCES.flatMap(({ path, noun, handlers: h }) => [
  ['POST', path, `Create${noun}`, h.create],
  ['GET', path, `List${noun}s`, h.list],
  ['GET', `${path}/*`, `Get${noun}`, h.get],
  ['DELETE', `${path}/*`, `Delete${noun}`, h.remove],
  ...(h.update ? [['PATCH', `${path}/*`, `Update${noun}`, h.update] as [string, string, string, Handler]] : []),
]);

function controlRoute(req: EmuRequest): Operation | undefined {
  const segments = pathSegments(req.path);
  if (!segments) return undefined;
  for (const [method, path, name, handle] of ROUTES) {
    const pattern = path.split('/');
    if (method !== req.method || pattern.length !== segments.length) continue;
    if (!pattern.every((part, i) => part === '*' || part === segments[i])) continue;
    const ids = segments.filter((_, i) => pattern[i] === '*');
    return { name, handle: (r, ctx) => handle(openGateway(r, ctx), ...ids) };
  }
  return undefined;
}

export const agentcoreGatewayService: ServiceModule = {
  name: 'agentcore-gateway',
  protocol: 'restJson',
  signingNames: ['bedrock-agentcore'],
  throttlingCode: 'ThrottlingException',
  // A gateway with authorizer NONE (or a bearer token) is called unsigned.
  claimsUnsigned: (req) => gatewayPath(req.path) !== undefined,
  route(req) {
    if (gatewayPath(req.path)) return { name: 'InvokeGateway', handle: invokeGateway };
    return controlRoute(req);
  },
};
