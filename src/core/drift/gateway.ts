/**
 * drift-check's gateway leg, for a runtime with promotion.canary: its rule on the gateway
 * against what the pipeline leaves between promotions, a static route to the live target that
 * matches `/<runtime key>/*` (gateway-route.ts). Reads only (List and Get calls).
 *
 *   gateway missing                 drift: setup-env creates it (or the id in the config is wrong)
 *   weighted split                  drift: an interrupted canary
 *   another route, other conditions drift: the rule was changed by hand
 *   no rule, live target present    drift: the rule was deleted by hand
 *   no rule, no target              a note: no canary has run yet
 */
import { paginateListGatewayTargets, type BedrockAgentCoreControlClient, type GatewayRuleDetail } from '@aws-sdk/client-bedrock-agentcore-control';
import type { ResolvedEnvironment, ResolvedRuntime } from '../config/index.js';
import { explain } from '../errors.js';
import { GatewayNotFound, describeRoute, findGateway, findRouteRule, routeNames, routeOf, type Gateway, type RouteNames } from '../promotion/gateway-route.js';
import type { Finding, JsonValue } from './report.js';

/** Finds each gateway once per environment, however many runtimes name it. */
export type GatewayLookup = (reference: string) => Promise<Gateway | GatewayNotFound>;

export function gatewayLookup(agentcore: BedrockAgentCoreControlClient, environment: ResolvedEnvironment): GatewayLookup {
  const found = new Map<string, Promise<Gateway | GatewayNotFound>>();
  return (reference) => {
    let lookup = found.get(reference);
    if (!lookup) {
      lookup = findGateway(agentcore, environment, reference).catch((error: unknown) => {
        if (error instanceof GatewayNotFound) return error;
        throw error;
      });
      found.set(reference, lookup);
    }
    return lookup;
  };
}

export interface GatewayCheck {
  agentcore: BedrockAgentCoreControlClient;
  environment: ResolvedEnvironment;
  runtime: ResolvedRuntime;
  /** The version the live endpoint serves, for the suggested rollback. */
  liveVersion: string | undefined;
  gateways: GatewayLookup;
}

/** The runtime's findings and notes; none when it has no promotion.canary. */
export async function compareGatewayRoute(check: GatewayCheck): Promise<{ findings: Finding[]; notes: string[] }> {
  const { runtime, environment } = check;
  const canary = runtime.promotion.canary;
  if (!canary) return { findings: [], notes: [] };
  const base = { environment: environment.name, runtime: runtime.key };
  const gateway = await check.gateways(canary.gateway);
  if (gateway instanceof GatewayNotFound) {
    return { findings: [{ ...base, kind: 'gateway-missing', path: 'promotion.canary.gateway', repo: canary.gateway, aws: null, action: gateway.message }], notes: [] };
  }
  const names = routeNames(runtime.key, runtime.promotion.live_endpoint, runtime.promotion.candidate_endpoint);
  const rule = await findRouteRule(check.agentcore, gateway, names).catch((error: unknown) => {
    throw explain(`Listing the rules of gateway ${gateway.name} for runtime "${runtime.key}" in "${environment.name}" (ListGatewayRules)`, error);
  });
  const expected = `a static route to target "${names.liveTarget}"`;
  const path = `gateways.${gateway.name}.route`;
  if (!rule) {
    if (!(await hasTarget(check.agentcore, gateway, names.liveTarget))) {
      return { findings: [], notes: [`Runtime "${runtime.key}": gateway ${gateway.name} has no rule for ${names.path} yet; the first canary of promote-endpoint creates it.`] };
    }
    const action = `The rule of gateway ${gateway.name} for ${names.path} was deleted outside the pipeline (its target "${names.liveTarget}" is there), so the gateway routes nothing to this runtime: the next canary of promote-endpoint creates it again.`;
    return { findings: [{ ...base, kind: 'gateway-route', path, repo: expected, aws: null, action }], notes: [] };
  }
  return { findings: [...compareRoute(base, check, gateway, names, rule, path, expected), ...compareConditions(base, gateway, names, rule)], notes: [] };
}

function compareRoute(base: Pick<Finding, 'environment' | 'runtime'>, check: GatewayCheck, gateway: Gateway, names: RouteNames, rule: GatewayRuleDetail, path: string, expected: string): Finding[] {
  const route = routeOf(rule, names);
  if (route?.kind === 'static' && route.target === names.liveTarget) return [];
  const shown = `${describeRoute(route, names)}${rule.status && rule.status !== 'ACTIVE' ? ` (${rule.status})` : ''}`;
  const live = check.runtime.promotion.live_endpoint;
  const toLive = `rollback${check.liveVersion ? ` with to-version ${check.liveVersion}` : ''} to return all traffic to ${live}`;
  if (route?.kind === 'split') {
    const candidate = `${check.runtime.promotion.candidate_endpoint}${route.version ? ` (version ${route.version})` : ''}`;
    return [
      {
        ...base,
        kind: 'canary-interrupted',
        path,
        repo: expected,
        aws: shown,
        action:
          `An interrupted canary: ${route.candidatePercent} % of ${names.path} goes to ${candidate}; run promote-endpoint again to finish it, or ${toLive}. ` +
          'If a promotion of this runtime is running now, this is its canary step: let it finish.',
      },
    ];
  }
  return [{ ...base, kind: 'gateway-route', path, repo: expected, aws: shown, action: `The rule of gateway ${gateway.name} for ${names.path} was changed outside the pipeline: run ${toLive} (${expected}).` }];
}

/** The rule must match exactly the runtime's path: anything else sends its traffic elsewhere, or other traffic to it. */
function compareConditions(base: Pick<Finding, 'environment' | 'runtime'>, gateway: Gateway, names: RouteNames, rule: GatewayRuleDetail): Finding[] {
  const conditions = rule.conditions ?? [];
  const paths = conditions.length === 1 ? conditions[0]?.matchPaths?.anyOf : undefined;
  if (paths?.length === 1 && paths[0] === names.path) return [];
  const expected = [{ matchPaths: { anyOf: [names.path] } }];
  return [
    {
      ...base,
      kind: 'gateway-route',
      path: `gateways.${gateway.name}.conditions`,
      repo: expected,
      aws: JSON.parse(JSON.stringify(conditions)) as JsonValue,
      action: `The conditions of the rule of gateway ${gateway.name} for ${names.path} were changed outside the pipeline: put them back to that one path, or delete the rule (the next canary of promote-endpoint creates it again).`,
    },
  ];
}

async function hasTarget(agentcore: BedrockAgentCoreControlClient, gateway: Gateway, name: string): Promise<boolean> {
  try {
    for await (const page of paginateListGatewayTargets({ client: agentcore }, { gatewayIdentifier: gateway.id, maxResults: 100 })) {
      if (page.items?.some((target) => target.name === name)) return true;
    }
    return false;
  } catch (error) {
    throw explain(`Listing the targets of gateway ${gateway.name} (ListGatewayTargets)`, error);
  }
}
