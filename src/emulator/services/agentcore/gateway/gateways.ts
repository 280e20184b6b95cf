import type { EmuResponse } from '../../../types.js';
import { isoTime } from '../../../protocols/wire.js';
import { FieldErrors, jsonBody, listed } from '../../../protocols/rest-json.js';
import { idempotent, withoutToken } from '../calls.js';
import { conflict, workloadIdentityArn } from '../store.js';
import { clientToken } from '../validate.js';
import { addGateway, findGateway, findTarget, gatewayUrl, newTargetId, removeGateway, routedTargets, type Gateway, type GatewayTarget } from './store.js';
import { credentialProviders, GATEWAY_NAME, gatewayRequest, runtimeTarget } from './validate.js';
import type { GatewayCall } from './call.js';

/** CreateGateway, GetGateway, ListGateways, DeleteGateway and the same for gateway targets. */

/** The model's maxResults bound of ListGateways and ListGatewayTargets. */
const MAX_LIST = 1000;

function gatewayView(call: GatewayCall, gateway: Gateway) {
  return {
    ...gateway.config,
    gatewayArn: gateway.arn,
    gatewayId: gateway.id,
    gatewayUrl: gatewayUrl(call.baseUrl, gateway),
    name: gateway.name,
    createdAt: isoTime(gateway.createdAt),
    updatedAt: isoTime(gateway.updatedAt),
    status: gateway.deletingUntil !== undefined ? 'DELETING' : gateway.status,
    statusReasons: [],
    workloadIdentityDetails: { workloadIdentityArn: workloadIdentityArn(call.req.account, call.req.region, gateway.name) },
  };
}

export function createGateway(call: GatewayCall): EmuResponse {
  const body = jsonBody(call.req);
  const errors = new FieldErrors();
  const request = gatewayRequest(errors, body);
  const token = clientToken(errors, body.clientToken);
  errors.throwIfAny();
  return idempotent(call, 'CreateGateway', token, withoutToken(body), () => {
    const gateway = addGateway(call.state, call.req.account, call.req.region, request, call.now);
    return { status: 202, body: gatewayView(call, gateway) };
  });
}

export function getGateway(call: GatewayCall, label: string): EmuResponse {
  return { status: 200, body: gatewayView(call, findGateway(call.gateways, label, call.req.account, call.req.region)) };
}

export function listGateways(call: GatewayCall): EmuResponse {
  const gateways = Object.values(call.gateways.gateways).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  return listed('items', gateways, call.req.query, (g) => {
    const { gatewayId, name, status, description, createdAt, updatedAt, authorizerType, protocolType } = gatewayView(call, g) as Record<string, unknown>;
    return { gatewayId, name, status, description, createdAt, updatedAt, authorizerType, protocolType };
  }, MAX_LIST);
}

export function deleteGateway(call: GatewayCall, label: string): EmuResponse {
  const gateway = findGateway(call.gateways, label, call.req.account, call.req.region);
  removeGateway(call.state, gateway, call.now);
  return { status: 202, body: { gatewayId: gateway.id, status: 'DELETING', statusReasons: [] } };
}

function targetView(gateway: Gateway, target: GatewayTarget) {
  return {
    gatewayArn: gateway.arn,
    targetId: target.id,
    name: target.name,
    ...(target.description !== undefined ? { description: target.description } : {}),
    createdAt: isoTime(target.createdAt),
    updatedAt: isoTime(target.updatedAt),
    status: target.status,
    statusReasons: [],
    targetConfiguration: target.targetConfiguration,
    credentialProviderConfigurations: target.credentialProviderConfigurations,
    protocolType: 'HTTP',
  };
}

export function createTarget(call: GatewayCall, label: string): EmuResponse {
  const body = jsonBody(call.req);
  const errors = new FieldErrors();
  const name = errors.string('name', body.name, { required: true, pattern: GATEWAY_NAME });
  const description = errors.string('description', body.description, { min: 1, max: 200 });
  const runtime = runtimeTarget(errors, body.targetConfiguration);
  const credentials = credentialProviders(errors, body.credentialProviderConfigurations);
  const token = clientToken(errors, body.clientToken);
  errors.throwIfAny();
  return idempotent(call, 'CreateGatewayTarget', token, { label, ...withoutToken(body) }, () => {
    const gateway = findGateway(call.gateways, label, call.req.account, call.req.region);
    if (Object.values(gateway.targets).some((t) => t.name === name)) throw conflict(`Gateway ${gateway.id} already has a target named '${name}'.`);
    const target: GatewayTarget = {
      id: newTargetId(),
      name: name!,
      ...(description !== undefined ? { description } : {}),
      createdAt: call.now,
      updatedAt: call.now,
      status: 'CREATING',
      readyAt: call.now + call.state.settings.provisioningDelayMs,
      targetConfiguration: { http: { agentcoreRuntime: runtime! } },
      credentialProviderConfigurations: credentials,
    };
    gateway.targets[target.id] = target;
    return { status: 202, body: targetView(gateway, target) };
  });
}

export function getTarget(call: GatewayCall, label: string, targetId: string): EmuResponse {
  const gateway = findGateway(call.gateways, label, call.req.account, call.req.region);
  return { status: 200, body: targetView(gateway, findTarget(gateway, targetId)) };
}

export function listTargets(call: GatewayCall, label: string): EmuResponse {
  const gateway = findGateway(call.gateways, label, call.req.account, call.req.region);
  const targets = Object.values(gateway.targets).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  return listed('items', targets, call.req.query, (t) => {
    const { targetId, name, status, description, createdAt, updatedAt } = targetView(gateway, t);
    return { targetId, name, status, description, createdAt, updatedAt };
  }, MAX_LIST);
}

export function deleteTarget(call: GatewayCall, label: string, targetId: string): EmuResponse {
  const gateway = findGateway(call.gateways, label, call.req.account, call.req.region);
  const target = findTarget(gateway, targetId);
  const users = Object.values(gateway.rules).filter((r) => [r.live, r.pending].some((d) => d !== undefined && routedTargets(d).includes(target.name)));
  if (users.length > 0) throw conflict(`Target '${target.name}' of gateway ${gateway.id} is routed to by rule(s) ${users.map((r) => r.id).join(', ')}; change or delete them first.`);
  delete gateway.targets[target.id];
  return { status: 202, body: { gatewayArn: gateway.arn, targetId: target.id, status: 'DELETING', statusReasons: [] } };
}
