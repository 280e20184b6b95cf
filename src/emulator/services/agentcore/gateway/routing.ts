import { createHash } from 'node:crypto';
import { AwsError, type EmuContext, type EmuRequest, type EmuResponse } from '../../../types.js';
import type { EmulatorState } from '../../../state.js';
import { notFound } from '../store.js';
import { invokeRuntimeArn } from '../invoke.js';
import { gatewayData, type Condition, type Gateway, type RuleDefinition, type SplitEntry } from './store.js';

/**
 * The gateway data plane: `<gatewayUrl>/<path>` is routed by the gateway's rules, lowest priority
 * number first (the SDK's documentation), to a target; a runtime target is invoked at its
 * qualifier through the InvokeAgentRuntime path, and so reaches the agent process.
 */

/** `/gateway/<id>/<path…>`: the gateway id and the path under it ("/" when none). */
export function gatewayPath(path: string): { id: string; rest: string } | undefined {
  const match = /^\/gateway\/([^/]+)(\/.*)?$/.exec(path);
  return match ? { id: match[1]!, rest: match[2] ?? '/' } : undefined;
}

/** A signed call is served in its own scope; an unsigned one (authorizer NONE) by the id in any scope. */
function locate(req: EmuRequest, ctx: EmuContext, id: string): Gateway {
  const scopes = req.service !== '' ? [{ account: req.account, region: req.region }] : ctx.state.scopes('agentcore-gateway');
  for (const { account, region } of scopes) {
    const gateway = gatewayData(ctx.state, account, region, ctx.now()).gateways[id];
    if (gateway && gateway.deletingUntil === undefined) return gateway;
  }
  throw notFound(`No gateway found with id '${id}'.`);
}

function authorize(req: EmuRequest, gateway: Gateway): void {
  const type = gateway.config.authorizerType;
  if (type === 'AWS_IAM' && req.service === '') {
    throw new AwsError('AccessDeniedException', `Gateway ${gateway.id} uses AWS_IAM authorization; sign the request with SigV4.`, 403);
  }
  if ((type === 'CUSTOM_JWT' || type === 'AUTHENTICATE_ONLY') && !/^Bearer\s+\S+$/i.test(req.headers.authorization ?? '')) {
    throw new AwsError('AccessDeniedException', `Gateway ${gateway.id} uses ${String(type)} authorization; send a bearer token.`, 403);
  }
}

/** StringLike: `*` any run of characters, `?` one character. */
function principalMatches(pattern: string, operator: string | undefined, principal: string): boolean {
  if (operator !== 'StringLike') return pattern === principal;
  const regex = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${regex}$`).test(principal);
}

/** Every condition must hold; within one, any entry of anyOf. A path pattern `/p/*` matches `/p/…`. */
function matches(conditions: Condition[] | undefined, path: string, principal: string | undefined): boolean {
  return (conditions ?? []).every((condition) => {
    if (condition.matchPaths) return condition.matchPaths.anyOf.some((p) => path.startsWith(p.slice(0, -1)));
    return principal !== undefined && (condition.matchPrincipals?.anyOf ?? []).some((e) => principalMatches(e.iamPrincipal.arn, e.iamPrincipal.operator, principal));
  });
}

/**
 * A draw in [0, 1): with a gatewaySeed set, the n-th draw since that seed is a hash of the
 * seed and n, so a run is repeatable; without one, Math.random.
 */
function draw(state: EmulatorState): number {
  const seed = state.settings.gatewaySeed;
  if (seed === undefined) return Math.random();
  const digest = createHash('sha256').update(`${seed}:${state.gatewayDraws++}`).digest();
  return digest.readUInt32BE(0) / 2 ** 32;
}

/** The target a weighted split sends this request to: the first entry with probability weight/total. */
function pick(state: EmulatorState, split: SplitEntry[]): string {
  const total = split.reduce((sum, e) => sum + e.weight, 0);
  let point = draw(state) * total;
  for (const entry of split) {
    if (point < entry.weight) return entry.targetName;
    point -= entry.weight;
  }
  return split[split.length - 1]!.targetName;
}

function route(state: EmulatorState, definition: RuleDefinition): string {
  const action = definition.actions[0]!.routeToTarget;
  return 'staticRoute' in action ? action.staticRoute.targetName : pick(state, action.weightedRoute.trafficSplit);
}

export async function invokeGateway(req: EmuRequest, ctx: EmuContext): Promise<EmuResponse> {
  const parsed = gatewayPath(req.path)!;
  const gateway = locate(req, ctx, parsed.id);
  if (gateway.status !== 'READY') throw new AwsError('ConflictException', `Gateway ${gateway.id} is ${gateway.status}; wait until it is READY.`, 409);
  authorize(req, gateway);
  const principal = req.service !== '' ? ctx.state.credentials[req.accessKeyId]?.arn : undefined;
  // CREATING rules do not route yet; an UPDATING rule routes as it was until ACTIVE.
  const rules = Object.values(gateway.rules)
    .filter((r) => r.status !== 'CREATING')
    .sort((a, b) => a.live.priority - b.live.priority);
  const rule = rules.find((r) => matches(r.live.conditions, parsed.rest, principal));
  if (!rule) throw notFound(`No rule of gateway ${gateway.id} matches ${req.method} ${parsed.rest}; add a gateway rule that routes it to a target.`);
  const targetName = route(ctx.state, rule.live);
  const target = Object.values(gateway.targets).find((t) => t.name === targetName);
  if (!target || target.status !== 'READY') {
    throw new AwsError('ConflictException', `Target '${targetName}' of gateway ${gateway.id} is ${target?.status ?? 'deleted'}; rule ${rule.id} cannot route to it.`, 409);
  }
  const { arn, qualifier } = target.targetConfiguration.http.agentcoreRuntime;
  const response = await invokeRuntimeArn(req, ctx, arn, qualifier);
  // Not AWS headers: let a rehearsal count which target and rule served each request.
  return { ...response, headers: { ...response.headers, 'x-emulator-gateway-target': target.name, 'x-emulator-gateway-rule': rule.id } };
}
