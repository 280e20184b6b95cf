/**
 * rollback's part of a canary: all of the runtime's gateway traffic on live, with no split.
 *
 *   const view = await readLiveRoute(handle, runtime, environment, endpoint);   // reads only
 *   if (needsChange(view)) …under the lease…
 *   const route = await routeAllToLive(handle, view);   // a static route on live, set in one call
 *
 * Live never moves during a canary's steps, so a static route on the live target is the version
 * the rollback left live on. A route that is static on live already is left alone (a re-run
 * makes no mutating call); a gateway that does not exist is a warning, not a failed rollback.
 */
import type { ResolvedEnvironment, ResolvedRuntime } from '../config/index.js';
import { explain } from '../errors.js';
import {
  GatewayNotFound,
  describeRoute,
  ensureTargets,
  findGateway,
  findRouteRule,
  routeNames,
  routeOf,
  setRoute,
  type Gateway,
  type Route,
  type RouteNames,
} from './gateway-route.js';
import type { RuntimeHandle } from './handle.js';

/** What the gateway routes for the runtime after the rollback, for the log, the result and the summary. */
export interface LiveRoute {
  /** The gateway's name (or the reference the config gives, when it does not exist). */
  gateway: string;
  /** `gateway agentcore-dev-front: static route to support-bot-live` */
  route: string;
  /** This run changed the rule. */
  changed: boolean;
  /** What the rule routed before this run changed it. */
  was?: string;
  /** Set when nothing could be checked: the gateway does not exist. */
  warning?: string;
}

export type LiveRouteView =
  | { kind: 'missing'; reference: string; warning: string }
  | { kind: 'no-rule'; gateway: Gateway; names: RouteNames }
  | { kind: 'live'; gateway: Gateway; names: RouteNames }
  | { kind: 'other'; gateway: Gateway; names: RouteNames; route: Route | undefined; live: string };

/**
 * The gateway route of the endpoint rolled back; undefined when there is none to care about:
 * the runtime has no promotion.canary, or the endpoint is not live (only live is routed).
 */
export async function readLiveRoute(handle: RuntimeHandle, runtime: ResolvedRuntime, environment: ResolvedEnvironment, endpoint: string): Promise<LiveRouteView | undefined> {
  const canary = runtime.promotion.canary;
  if (!canary || endpoint !== runtime.promotion.live_endpoint) return undefined;
  let gateway: Gateway;
  try {
    gateway = await findGateway(handle.control, environment, canary.gateway);
  } catch (error) {
    if (error instanceof GatewayNotFound) return { kind: 'missing', reference: canary.gateway, warning: error.message };
    throw error;
  }
  const names = routeNames(runtime.key, endpoint, runtime.promotion.candidate_endpoint);
  const rule = await findRouteRule(handle.control, gateway, names).catch((error: unknown) => {
    throw explain(`Listing the rules of gateway ${gateway.name} (ListGatewayRules)`, error, 'The deploy role needs bedrock-agentcore:ListGatewayRules.');
  });
  if (!rule) return { kind: 'no-rule', gateway, names };
  const route = routeOf(rule, names);
  if (route?.kind === 'static' && route.target === names.liveTarget) return { kind: 'live', gateway, names };
  return { kind: 'other', gateway, names, route, live: endpoint };
}

/** A split, a route to another target, or one agentcore-actions did not set: the rule must change. */
export function needsChange(view: LiveRouteView | undefined): boolean {
  return view?.kind === 'other';
}

/** Puts the rule on a static route to live when it is not (one call, verified), and says what the gateway routes. */
export async function routeAllToLive(handle: RuntimeHandle, view: LiveRouteView): Promise<LiveRoute> {
  const { logger } = handle;
  if (view.kind === 'missing') {
    const warning = `${view.warning} No gateway route was changed; the endpoint's rollback does not depend on it.`;
    logger.warning(warning);
    return { gateway: view.reference, route: `gateway "${view.reference}" does not exist`, changed: false, warning };
  }
  const { gateway, names } = view;
  if (view.kind === 'no-rule') {
    const route = `gateway ${gateway.name}: no rule for ${names.path} yet (no canary has run), so it routes nothing to this runtime`;
    logger.info(`${capitalised(route)}.`);
    return { gateway: gateway.name, route, changed: false };
  }
  const route = `gateway ${gateway.name}: static route to ${names.liveTarget}`;
  if (view.kind === 'live') {
    logger.info(`${capitalised(route)}, as it should be: no split to remove.`);
    return { gateway: gateway.name, route, changed: false };
  }
  logger.info(`Gateway ${gateway.name} has ${describeRoute(view.route, names)} for ${names.path}: returning all of its traffic to "${view.live}".`);
  // The live target exists after any canary; this only creates it when a hand-made route left it out.
  await ensureTargets(handle, gateway, { [names.liveTarget]: view.live });
  await setRoute(handle, gateway, names, { kind: 'static', target: names.liveTarget });
  logger.info(`${capitalised(route)} (no split).`);
  return { gateway: gateway.name, route, changed: true, was: describeRoute(view.route, names) };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
