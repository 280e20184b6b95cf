import { randomInt } from 'node:crypto';
import type { EmulatorState } from '../../../state.js';
import { FieldErrors } from '../../../protocols/rest-json.js';
import { conflict, notFound } from '../store.js';

/**
 * AgentCore Gateway data: gateways, their targets and their rules. Plain JSON, so
 * /_emulator/state shows it; statuses move lazily from timestamps when a request touches a
 * scope (settle), like the runtimes'.
 */
export type GatewayStatus = 'CREATING' | 'READY' | 'DELETING';
export type RuleStatus = 'CREATING' | 'ACTIVE' | 'UPDATING';

export interface Gateway {
  id: string;
  name: string;
  arn: string;
  createdAt: number;
  updatedAt: number;
  status: GatewayStatus;
  readyAt: number;
  deletingUntil?: number;
  /** The members of the create request the answers echo (description, roleArn, authorizer…). */
  config: Record<string, unknown>;
  tags: Record<string, string>;
  /** By target id. */
  targets: Record<string, GatewayTarget>;
  /** By rule id. */
  rules: Record<string, GatewayRule>;
}

export interface RuntimeTarget {
  arn: string;
  qualifier?: string;
}

export interface GatewayTarget {
  id: string;
  name: string;
  description?: string;
  createdAt: number;
  updatedAt: number;
  status: 'CREATING' | 'READY';
  readyAt: number;
  targetConfiguration: { http: { agentcoreRuntime: RuntimeTarget } };
  credentialProviderConfigurations: unknown[];
}

export interface Condition {
  matchPaths?: { anyOf: string[] };
  matchPrincipals?: { anyOf: Array<{ iamPrincipal: { arn: string; operator?: 'StringEquals' | 'StringLike' } }> };
}

export interface SplitEntry {
  name: string;
  weight: number;
  targetName: string;
  description?: string;
  metadata?: Record<string, string>;
}

export interface RouteAction {
  routeToTarget: { staticRoute: { targetName: string } } | { weightedRoute: { trafficSplit: SplitEntry[] } };
}

/** What a rule says: the members of Create/UpdateGatewayRule. */
export interface RuleDefinition {
  priority: number;
  conditions?: Condition[];
  actions: RouteAction[];
  description?: string;
}

export interface GatewayRule {
  id: string;
  createdAt: number;
  updatedAt: number;
  status: RuleStatus;
  readyAt: number;
  /** What routes requests now. */
  live: RuleDefinition;
  /** What an update asked for; it routes once readyAt passes (until then the answers show it, UPDATING). */
  pending?: RuleDefinition;
}

export interface GatewayData {
  /** By gateway id. */
  gateways: Record<string, Gateway>;
}

const SERVICE = 'agentcore-gateway';

export function gatewayData(state: EmulatorState, account: string, region: string, now: number): GatewayData {
  const data = state.scope<GatewayData>(SERVICE, account, region, () => ({ gateways: {} }));
  for (const gateway of Object.values(data.gateways)) {
    if (gateway.deletingUntil !== undefined) {
      if (now >= gateway.deletingUntil) delete data.gateways[gateway.id];
      continue;
    }
    if (gateway.status === 'CREATING' && now >= gateway.readyAt) gateway.status = 'READY';
    for (const target of Object.values(gateway.targets)) if (target.status === 'CREATING' && now >= target.readyAt) target.status = 'READY';
    for (const rule of Object.values(gateway.rules)) {
      if (rule.status === 'ACTIVE' || now < rule.readyAt) continue;
      if (rule.pending) rule.live = rule.pending;
      delete rule.pending;
      rule.status = 'ACTIVE';
    }
  }
  return data;
}

const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
const MIXED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomText(alphabet: string, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet[randomInt(alphabet.length)];
  return text;
}

/** `<lower-case name>-<10 lower-case alphanumerics>`, the model's GatewayId. */
export function newGatewayId(name: string): string {
  return `${name.toLowerCase()}-${randomText(LOWER, 10)}`;
}

/** Ten alphanumerics, the model's TargetId. */
export function newTargetId(): string {
  return randomText(MIXED, 10);
}

export function gatewayArn(account: string, region: string, id: string): string {
  return `arn:aws:bedrock-agentcore:${region}:${account}:gateway/${id}`;
}

export const GATEWAY_ID = { pattern: /^([0-9a-z][-]?){1,100}-[0-9a-z]{10}$/, text: '([0-9a-z][-]?){1,100}-[0-9a-z]{10}' };
export const TARGET_ID = { pattern: /^[0-9a-zA-Z]{10}$/, text: '[0-9a-zA-Z]{10}' };
export const RULE_ID = {
  pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  text: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
};

/** What a gateway is made of: CreateGateway's members, checked (gatewayRequest in validate.ts). */
export interface GatewayRequest {
  name: string;
  /** The members the answers echo (description, roleArn, authorizerType…). */
  config: Record<string, unknown>;
  tags: Record<string, string>;
}

function refuseTakenName(data: GatewayData, name: string, account: string, region: string, except?: Gateway): void {
  if (Object.values(data.gateways).some((g) => g !== except && g.name === name)) {
    throw conflict(`A gateway named '${name}' already exists in account ${account}, region ${region}.`);
  }
}

/** Adds a gateway, CREATING for the provisioning delay; shared by CreateGateway and CloudFormation. */
export function addGateway(state: EmulatorState, account: string, region: string, request: GatewayRequest, now: number): Gateway {
  const data = gatewayData(state, account, region, now);
  refuseTakenName(data, request.name, account, region);
  const id = newGatewayId(request.name);
  const gateway: Gateway = {
    id,
    name: request.name,
    arn: gatewayArn(account, region, id),
    createdAt: now,
    updatedAt: now,
    status: 'CREATING',
    readyAt: now + state.settings.provisioningDelayMs,
    config: request.config,
    tags: request.tags,
    targets: {},
    rules: {},
  };
  data.gateways[id] = gateway;
  return gateway;
}

/** Replaces a gateway's name, echoed members and tags at once (CloudFormation's update; its id stays). */
export function reviseGateway(state: EmulatorState, account: string, region: string, gateway: Gateway, request: GatewayRequest, now: number): void {
  refuseTakenName(gatewayData(state, account, region, now), request.name, account, region, gateway);
  gateway.name = request.name;
  gateway.config = request.config;
  gateway.tags = request.tags;
  gateway.updatedAt = now;
}

/** Starts a gateway's deletion (DELETING for the provisioning delay); refused while it has targets. */
export function removeGateway(state: EmulatorState, gateway: Gateway, now: number): void {
  const targets = Object.values(gateway.targets).map((t) => t.name);
  if (targets.length > 0) throw conflict(`Gateway ${gateway.id} still has target(s) ${targets.join(', ')}; delete them before the gateway.`);
  gateway.deletingUntil = now + state.settings.provisioningDelayMs;
}

/** The URL the gateway's data plane answers on, under the emulator's own address. */
export function gatewayUrl(baseUrl: string, gateway: Gateway): string {
  return `${baseUrl}/gateway/${gateway.id}`;
}

/** The gateway a URI label names; a DELETING gateway is not found. */
export function findGateway(data: GatewayData, label: string, account: string, region: string): Gateway {
  const errors = new FieldErrors();
  errors.string('gatewayIdentifier', label, { pattern: GATEWAY_ID });
  errors.throwIfAny();
  const gateway = data.gateways[label];
  if (!gateway || gateway.deletingUntil !== undefined) throw notFound(`No gateway found with id '${label}' in account ${account}, region ${region}.`);
  return gateway;
}

export function findTarget(gateway: Gateway, targetId: string): GatewayTarget {
  const errors = new FieldErrors();
  errors.string('targetId', targetId, { pattern: TARGET_ID });
  errors.throwIfAny();
  const target = gateway.targets[targetId];
  if (!target) throw notFound(`No target '${targetId}' in gateway ${gateway.id}.`);
  return target;
}

export function findRule(gateway: Gateway, ruleId: string): GatewayRule {
  const errors = new FieldErrors();
  errors.string('ruleId', ruleId, { min: 36, max: 36, pattern: RULE_ID });
  errors.throwIfAny();
  const rule = gateway.rules[ruleId];
  if (!rule) throw notFound(`No rule '${ruleId}' in gateway ${gateway.id}.`);
  return rule;
}

/** The target names a rule definition routes to. */
export function routedTargets(definition: RuleDefinition): string[] {
  return definition.actions.flatMap(({ routeToTarget: route }) =>
    'staticRoute' in route ? [route.staticRoute.targetName] : route.weightedRoute.trafficSplit.map((entry) => entry.targetName),
  );
}
