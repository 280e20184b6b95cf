import { randomUUID } from 'node:crypto';
import type { EmuResponse } from '../../../types.js';
import { isoTime } from '../../../protocols/wire.js';
import { FieldErrors, jsonBody, listed, validationError } from '../../../protocols/rest-json.js';
import { idempotent, withoutToken } from '../calls.js';
import { conflict } from '../store.js';
import { clientToken } from '../validate.js';
import { findGateway, findRule, routedTargets, type Gateway, type GatewayRule, type RuleDefinition } from './store.js';
import { ruleDefinition } from './validate.js';
import type { GatewayCall } from './call.js';

/**
 * Gateway rules: CreateGatewayRule, GetGatewayRule, ListGatewayRules, UpdateGatewayRule and
 * DeleteGatewayRule. A change is UPDATING for the provisioning delay and routes once ACTIVE.
 */

function ruleView(gateway: Gateway, rule: GatewayRule) {
  const shown = rule.pending ?? rule.live;
  return {
    ruleId: rule.id,
    gatewayArn: gateway.arn,
    priority: shown.priority,
    ...(shown.conditions ? { conditions: shown.conditions } : {}),
    actions: shown.actions,
    ...(shown.description !== undefined ? { description: shown.description } : {}),
    createdAt: isoTime(rule.createdAt),
    updatedAt: isoTime(rule.updatedAt),
    status: rule.status,
  };
}

/** A rule may only route to targets of its gateway, and two rules may not share a priority. */
function checkAgainstGateway(gateway: Gateway, definition: RuleDefinition, ruleId?: string): void {
  const names = new Set(Object.values(gateway.targets).map((t) => t.name));
  const unknown = routedTargets(definition).filter((name) => !names.has(name));
  if (unknown.length > 0) {
    throw validationError(
      `Gateway ${gateway.id} has no target named ${unknown.map((n) => `'${n}'`).join(', ')}; create the target before routing to it.`,
      [{ name: 'actions', message: 'targetName must name a target of the gateway' }],
    );
  }
  const clash = Object.values(gateway.rules).find((r) => r.id !== ruleId && (r.pending ?? r.live).priority === definition.priority);
  if (clash) {
    throw validationError(`Gateway ${gateway.id} already has rule ${clash.id} at priority ${definition.priority}; priorities must be unique.`, [
      { name: 'priority', message: 'Priority already in use' },
    ]);
  }
}

function definitionOf(body: Record<string, unknown>, current?: RuleDefinition): RuleDefinition {
  const errors = new FieldErrors();
  const definition = ruleDefinition(errors, body, current);
  errors.throwIfAny();
  return definition!;
}

export function createRule(call: GatewayCall, label: string): EmuResponse {
  const body = jsonBody(call.req);
  const errors = new FieldErrors();
  const token = clientToken(errors, body.clientToken);
  errors.throwIfAny();
  const definition = definitionOf(body);
  return idempotent(call, 'CreateGatewayRule', token, { label, ...withoutToken(body) }, () => {
    const gateway = findGateway(call.gateways, label, call.req.account, call.req.region);
    checkAgainstGateway(gateway, definition);
    const rule: GatewayRule = {
      id: randomUUID(),
      createdAt: call.now,
      updatedAt: call.now,
      status: 'CREATING',
      readyAt: call.now + call.state.settings.provisioningDelayMs,
      live: definition,
    };
    gateway.rules[rule.id] = rule;
    // CreateGatewayRuleResponse alone has no updatedAt.
    const { updatedAt: _updatedAt, ...created } = ruleView(gateway, rule);
    return { status: 202, body: created };
  });
}

export function getRule(call: GatewayCall, label: string, ruleId: string): EmuResponse {
  const gateway = findGateway(call.gateways, label, call.req.account, call.req.region);
  return { status: 200, body: ruleView(gateway, findRule(gateway, ruleId)) };
}

export function listRules(call: GatewayCall, label: string): EmuResponse {
  const gateway = findGateway(call.gateways, label, call.req.account, call.req.region);
  const rules = Object.values(gateway.rules).sort((a, b) => (a.pending ?? a.live).priority - (b.pending ?? b.live).priority);
  return listed('gatewayRules', rules, call.req.query, (r) => ruleView(gateway, r));
}

export function updateRule(call: GatewayCall, label: string, ruleId: string): EmuResponse {
  const gateway = findGateway(call.gateways, label, call.req.account, call.req.region);
  const rule = findRule(gateway, ruleId);
  if (rule.status !== 'ACTIVE') throw conflict(`Rule ${rule.id} of gateway ${gateway.id} is ${rule.status}; wait until it is ACTIVE.`);
  const definition = definitionOf(jsonBody(call.req), rule.live);
  checkAgainstGateway(gateway, definition, rule.id);
  rule.pending = definition;
  rule.status = 'UPDATING';
  rule.updatedAt = call.now;
  rule.readyAt = call.now + call.state.settings.provisioningDelayMs;
  return { status: 202, body: ruleView(gateway, rule) };
}

export function deleteRule(call: GatewayCall, label: string, ruleId: string): EmuResponse {
  const gateway = findGateway(call.gateways, label, call.req.account, call.req.region);
  const rule = findRule(gateway, ruleId);
  delete gateway.rules[rule.id];
  return { status: 202, body: { ruleId: rule.id, status: 'DELETING' } };
}
