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

function op(name: string, handler: (call: GatewayCall) => EmuResponse): Operation {
  return { name, handle: (req, ctx) => handler(openGateway(req, ctx)) };
}

function controlRoute(req: EmuRequest): Operation | undefined {
  const segments = pathSegments(req.path);
  if (!segments || segments[0] !== 'gateways' || segments.length > 4) return undefined;
  const [, gateway, kind, id] = segments;
  const m = req.method;
  if (gateway === undefined) {
    if (m === 'POST') return op('CreateGateway', createGateway);
    if (m === 'GET') return op('ListGateways', listGateways);
    return undefined;
  }
  if (kind === undefined) {
    if (m === 'GET') return op('GetGateway', (call) => getGateway(call, gateway));
    if (m === 'DELETE') return op('DeleteGateway', (call) => deleteGateway(call, gateway));
    return undefined;
  }
  if (kind === 'targets') {
    if (id === undefined) {
      if (m === 'POST') return op('CreateGatewayTarget', (call) => createTarget(call, gateway));
      if (m === 'GET') return op('ListGatewayTargets', (call) => listTargets(call, gateway));
      return undefined;
    }
    if (m === 'GET') return op('GetGatewayTarget', (call) => getTarget(call, gateway, id));
    if (m === 'DELETE') return op('DeleteGatewayTarget', (call) => deleteTarget(call, gateway, id));
    return undefined;
  }
  if (kind !== 'rules') return undefined;
  if (id === undefined) {
    if (m === 'POST') return op('CreateGatewayRule', (call) => createRule(call, gateway));
    if (m === 'GET') return op('ListGatewayRules', (call) => listRules(call, gateway));
    return undefined;
  }
  if (m === 'GET') return op('GetGatewayRule', (call) => getRule(call, gateway, id));
  if (m === 'PATCH') return op('UpdateGatewayRule', (call) => updateRule(call, gateway, id));
  if (m === 'DELETE') return op('DeleteGatewayRule', (call) => deleteRule(call, gateway, id));
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
