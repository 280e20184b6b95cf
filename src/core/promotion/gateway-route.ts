/**
 * A runtime's route through an AgentCore gateway, shared by promote-endpoint's canary, rollback
 * and drift-check:
 *
 *   targets  `<runtime key>-<endpoint>`: http.agentcoreRuntime { arn: the runtime, qualifier: the endpoint },
 *            one for live and one for the candidate
 *   rule     one per runtime, matching `/<runtime key>/*`, told apart by its description; a static
 *            route on live between promotions, a weighted split live/candidate during a canary
 *
 * Every change waits until the gateway reports it (the rule ACTIVE with the definition asked for),
 * because a rule routes by its old definition while it is UPDATING.
 */
import {
  CreateGatewayRuleCommand,
  CreateGatewayTargetCommand,
  GetGatewayCommand,
  GetGatewayRuleCommand,
  GetGatewayTargetCommand,
  ListGatewayRulesCommand,
  ListGatewaysCommand,
  ListGatewayTargetsCommand,
  UpdateGatewayRuleCommand,
  type BedrockAgentCoreControlClient,
  type GatewayRuleDetail,
  type RouteToTargetAction,
} from '@aws-sdk/client-bedrock-agentcore-control';
import { isGatewayId, type ResolvedEnvironment } from '../config/index.js';
import { UserError, describeError, explain, isAwsErrorNamed } from '../errors.js';
import { gatewayName, gatewayTargetName } from '../naming.js';
import { isTransientAwsError, waitUntil } from '../wait.js';
import { describeRuntime, type RuntimeHandle } from './handle.js';

export interface Gateway {
  id: string;
  name: string;
}

/** The targets, path and rule description of one runtime's route. */
export interface RouteNames {
  liveTarget: string;
  candidateTarget: string;
  path: string;
  description: string;
}

/** Where a rule sends traffic: all to one target, or a share to the candidate. */
/** A split's version and run (the run URL that set it, so a re-run of that run can resume) ride in the candidate entry's metadata. */
export type Route = { kind: 'static'; target: string } | { kind: 'split'; candidatePercent: number; version?: string; run?: string };

/** The gateway a canary names does not exist (setup-env not run, or a wrong id): rollback and drift-check tell it from other failures. */
export class GatewayNotFound extends UserError {
  override name = 'GatewayNotFound';
}

const RULE_MARKER = 'agentcore-actions route of runtime';
const FIRST_PRIORITY = 100;

export function routeNames(runtimeKey: string, live: string, candidate: string): RouteNames {
  return {
    liveTarget: gatewayTargetName(runtimeKey, live),
    candidateTarget: gatewayTargetName(runtimeKey, candidate),
    path: `/${runtimeKey}/*`,
    description: `${RULE_MARKER} ${runtimeKey}`,
  };
}

/**
 * The gateway a canary names: global_resources.gateways.<key> is the gateway setup-env created
 * in this environment (found by its name); anything else is an existing gateway's id.
 */
export async function findGateway(control: BedrockAgentCoreControlClient, environment: ResolvedEnvironment, reference: string): Promise<Gateway> {
  const where = `environment "${environment.name}" (${environment.region})`;
  if (reference in environment.global_resources.gateways || !isGatewayId(reference)) {
    const name = gatewayName(environment.name, reference);
    let nextToken: string | undefined;
    do {
      const page = await control.send(new ListGatewaysCommand({ maxResults: 100, ...(nextToken ? { nextToken } : {}) })).catch((error: unknown) => {
        throw explain(`Looking for gateway ${name} in ${where} (ListGateways)`, error);
      });
      const found = page.items?.find((item) => item.name === name);
      if (found?.gatewayId) return { id: found.gatewayId, name };
      nextToken = page.nextToken;
    } while (nextToken);
    throw new GatewayNotFound(`Gateway "${reference}" (${name}) does not exist in ${where}. Run setup-env for this environment to create it.`);
  }
  try {
    const gateway = await control.send(new GetGatewayCommand({ gatewayIdentifier: reference }));
    return { id: reference, name: gateway.name ?? reference };
  } catch (error) {
    if (isAwsErrorNamed(error, 'ResourceNotFoundException')) throw new GatewayNotFound(`Gateway ${reference} does not exist in ${where}: check promotion.canary.gateway.`);
    throw explain(`Reading gateway ${reference} in ${where} (GetGateway)`, error);
  }
}

/** Makes sure the gateway has a READY target for each endpoint; a target of that name routing elsewhere is refused. */
export async function ensureTargets(handle: RuntimeHandle, gateway: Gateway, endpoints: Record<string, string>): Promise<void> {
  const { control, logger } = handle;
  const existing = new Map<string, { id: string; status?: string }>();
  let nextToken: string | undefined;
  do {
    const page = await control.send(new ListGatewayTargetsCommand({ gatewayIdentifier: gateway.id, maxResults: 100, ...(nextToken ? { nextToken } : {}) }));
    for (const item of page.items ?? []) if (item.name && item.targetId) existing.set(item.name, { id: item.targetId, ...(item.status ? { status: item.status } : {}) });
    nextToken = page.nextToken;
  } while (nextToken);

  for (const [name, endpoint] of Object.entries(endpoints)) {
    let id = existing.get(name)?.id;
    if (id) {
      const target = await control.send(new GetGatewayTargetCommand({ gatewayIdentifier: gateway.id, targetId: id }));
      const runtime = target.targetConfiguration?.http?.agentcoreRuntime;
      if (runtime?.arn !== handle.runtimeArn || (runtime.qualifier ?? 'DEFAULT') !== endpoint) {
        throw new UserError(
          `Target "${name}" of gateway ${gateway.name} routes to ${runtime?.arn ?? 'something else'} at ${runtime?.qualifier ?? 'DEFAULT'}, not endpoint "${endpoint}" of ${describeRuntime(handle)}. ` +
            'Rename or delete that target: the canary keeps this name for its own.',
        );
      }
    } else {
      logger.info(`Creating target "${name}" of gateway ${gateway.name} for endpoint "${endpoint}".`);
      const created = await control
        .send(
          new CreateGatewayTargetCommand({
            gatewayIdentifier: gateway.id,
            name,
            description: `agentcore-actions: endpoint ${endpoint} of runtime ${handle.runtimeKey}`,
            targetConfiguration: { http: { agentcoreRuntime: { arn: handle.runtimeArn, qualifier: endpoint } } },
          }),
        )
        .catch((error: unknown) => {
          throw explain(`Creating target "${name}" of gateway ${gateway.name} (CreateGatewayTarget)`, error, 'The deploy role needs bedrock-agentcore:CreateGatewayTarget.');
        });
      id = created.targetId!;
    }
    const targetId = id;
    await waitUntil({
      what: `target "${name}" of gateway ${gateway.name}`,
      poll: () => control.send(new GetGatewayTargetCommand({ gatewayIdentifier: gateway.id, targetId })),
      check: (t) => ({ status: t.status ?? 'UNKNOWN', state: t.status === 'READY' ? 'done' : t.status?.endsWith('FAILED') ? 'failed' : 'pending', ...(t.statusReasons?.length ? { reason: t.statusReasons.join('; ') } : {}) }),
      transient: isTransientAwsError,
      timeoutMs: handle.timeoutMs,
      clock: handle.clock,
      logger,
    }).then((result) => {
      if (result.outcome === 'failed') throw new UserError(`Target "${name}" of gateway ${gateway.name} is ${result.status}: ${result.reason}.`);
    });
  }
}

/** The runtime's rule on the gateway, told by its description. */
export async function findRouteRule(control: BedrockAgentCoreControlClient, gateway: Gateway, names: RouteNames): Promise<GatewayRuleDetail | undefined> {
  for (const rule of await listRules(control, gateway)) if (rule.description === names.description) return rule;
  return undefined;
}

async function listRules(control: BedrockAgentCoreControlClient, gateway: Gateway): Promise<GatewayRuleDetail[]> {
  const rules: GatewayRuleDetail[] = [];
  let nextToken: string | undefined;
  do {
    const page = await control.send(new ListGatewayRulesCommand({ gatewayIdentifier: gateway.id, maxResults: 100, ...(nextToken ? { nextToken } : {}) }));
    rules.push(...(page.gatewayRules ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return rules;
}

/** What a rule's route is, in the canary's terms; undefined for a route the canary does not make. */
export function routeOf(rule: GatewayRuleDetail, names: RouteNames): Route | undefined {
  const action = rule.actions?.[0];
  const route = action && 'routeToTarget' in action ? action.routeToTarget : undefined;
  if (route?.staticRoute?.targetName) return { kind: 'static', target: route.staticRoute.targetName };
  const split = route?.weightedRoute?.trafficSplit;
  const candidate = split?.find((entry) => entry.targetName === names.candidateTarget);
  if (split?.length === 2 && candidate?.weight !== undefined && split.some((entry) => entry.targetName === names.liveTarget)) {
    const { version, run } = candidate.metadata ?? {};
    return { kind: 'split', candidatePercent: candidate.weight, ...(version ? { version } : {}), ...(run ? { run } : {}) };
  }
  return undefined;
}

/** `static route to "bot-live"`, `90 % "bot-live" / 10 % "bot-candidate" (version 4)` */
export function describeRoute(route: Route | undefined, names: RouteNames): string {
  if (!route) return 'a route agentcore-actions did not set';
  if (route.kind === 'static') return `a static route to target "${route.target}"`;
  return `a split of ${100 - route.candidatePercent} % to "${names.liveTarget}" and ${route.candidatePercent} % to "${names.candidateTarget}"${route.version ? ` (version ${route.version})` : ''}`;
}

function routeAction(route: Route, names: RouteNames): RouteToTargetAction {
  if (route.kind === 'static') return { staticRoute: { targetName: route.target } };
  return {
    weightedRoute: {
      trafficSplit: [
        { name: 'live', weight: 100 - route.candidatePercent, targetName: names.liveTarget },
        { name: 'candidate', weight: route.candidatePercent, targetName: names.candidateTarget, ...(route.version || route.run ? { metadata: splitMetadata(route) } : {}) },
      ],
    },
  };
}

function splitMetadata(route: { version?: string; run?: string }): Record<string, string> {
  return { ...(route.version ? { version: route.version } : {}), ...(route.run ? { run: route.run } : {}) };
}

function sameRoute(a: Route | undefined, b: Route): boolean {
  if (!a || a.kind !== b.kind) return false;
  return a.kind === 'static' ? a.target === (b as { target: string }).target : a.candidatePercent === (b as { candidatePercent: number }).candidatePercent;
}

/**
 * Sets the runtime's rule to `route` in one call (creating the rule the first time) and waits
 * until the gateway reports it ACTIVE with that route. Returns the rule's id.
 */
export async function setRoute(handle: RuntimeHandle, gateway: Gateway, names: RouteNames, route: Route): Promise<string> {
  const { control, logger } = handle;
  const rule = await findRouteRule(control, gateway, names);
  const actions = [{ routeToTarget: routeAction(route, names) }];
  const shown = describeRoute(route, names);
  let ruleId = rule?.ruleId;
  try {
    if (rule && ruleId) {
      if (rule.status === 'ACTIVE' && sameRoute(routeOf(rule, names), route)) return ruleId;
      await waitRule(handle, gateway, ruleId, undefined);
      logger.info(`Setting rule ${ruleId} of gateway ${gateway.name} to ${shown}.`);
      await control.send(new UpdateGatewayRuleCommand({ gatewayIdentifier: gateway.id, ruleId, actions, conditions: [{ matchPaths: { anyOf: [names.path] } }] }));
    } else {
      const used = new Set((await listRules(control, gateway)).map((r) => r.priority));
      let priority = FIRST_PRIORITY;
      while (used.has(priority)) priority++;
      logger.info(`Creating the rule of gateway ${gateway.name} for ${names.path} with ${shown}.`);
      const created = await control.send(
        new CreateGatewayRuleCommand({ gatewayIdentifier: gateway.id, priority, description: names.description, conditions: [{ matchPaths: { anyOf: [names.path] } }], actions }),
      );
      ruleId = created.ruleId!;
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`Setting the rule of gateway ${gateway.name} to ${shown} failed: ${describeError(error)}`);
  }
  await waitRule(handle, gateway, ruleId, route, names);
  return ruleId;
}

/** Waits until the rule is ACTIVE (and, with `route`, routes that way). */
async function waitRule(handle: RuntimeHandle, gateway: Gateway, ruleId: string, route: Route | undefined, names?: RouteNames): Promise<void> {
  const result = await waitUntil({
    what: `rule ${ruleId} of gateway ${gateway.name}`,
    poll: () => handle.control.send(new GetGatewayRuleCommand({ gatewayIdentifier: gateway.id, ruleId })),
    check: (rule) => {
      const status = rule.status ?? 'UNKNOWN';
      if (status !== 'ACTIVE') return { status, state: status.endsWith('FAILED') ? 'failed' : 'pending', reason: status };
      if (route && names && !sameRoute(routeOf(rule, names), route)) {
        return { status, state: 'failed', reason: `it is ACTIVE with ${describeRoute(routeOf(rule, names), names)}: another change replaced it` };
      }
      return { status, state: 'done' };
    },
    transient: isTransientAwsError,
    timeoutMs: handle.timeoutMs,
    clock: handle.clock,
    logger: handle.logger,
  });
  if (result.outcome === 'failed') throw new UserError(`Rule ${ruleId} of gateway ${gateway.name} did not take the route: ${result.reason}.`);
}
