/**
 * rollback: one fast, verified switch of an endpoint back to a version that was good.
 *
 *   account check → read the endpoint, the ledger and the versions → choose the version
 *   (to-version, or the one the ledger says the endpoint served before, skipping versions whose
 *   promotion was rolled back) → nothing to do when it already serves it, when this run
 *   already rolled back (a re-run), or when the endpoint's latest move is a rollback to the
 *   version it still serves (a second rollback for the same incident) → under the runtime's lease: decide again, move, wait until
 *   it serves the version, ledger, config sync.
 *
 * A version AgentCore deleted (inactive versions go after 45 days) is refused with the list of
 * READY versions. A failed move is repaired back to what the endpoint served, and reported.
 * For a runtime with promotion.canary, rolling back live also puts all of the gateway's traffic
 * on it (live-route.ts): a split left by a canary is removed even when live needs no move.
 */
import type { AgentRuntime } from '@aws-sdk/client-bedrock-agentcore-control';
import { isCancelled, throwIfCancelled } from '../cancel.js';
import { UserError, describeError } from '../errors.js';
import type { Ledger, LedgerWrite } from '../ledger.js';
import {
  DEFAULT_ENDPOINT,
  describeRestored,
  describeServing,
  isServing,
  listEndpoints,
  pointEndpoint,
  readEndpoint,
  restoreEndpoint,
  settleEndpoint,
  waitServing,
  type Endpoint,
  type EndpointView,
} from '../promotion/endpoints.js';
import { describeEndpoint, describeRuntime, type RuntimeHandle } from '../promotion/handle.js';
import { needsChange, readLiveRoute, routeAllToLive, type LiveRoute, type LiveRouteView } from '../promotion/live-route.js';
import { formatMarker, lastMove, lastMoveByRun, pendingMove, rollbackTarget, servedVersions } from '../promotion/history.js';
import { openSession, recordQuietly, type SessionRequest } from './session.js';
import { listReady, listVersions, requireReadyVersion } from '../promotion/versions.js';

export interface RollbackRequest extends SessionRequest {
  /** Default: promotion.live_endpoint. */
  endpoint?: string;
  /** Default: from the ledger. */
  toVersion?: string;
  reason?: string;
  /** Called once, right before the endpoint moves. */
  onChange?: (change: { from?: string; to: string }) => Promise<void>;
}

export interface RollbackResult {
  environment: string;
  region: string;
  runtimeKey: string;
  runtimeName: string;
  endpoint: string;
  /** The version rolled back to. */
  version: string;
  /** What the endpoint served before. */
  previousVersion?: string;
  outcome: 'succeeded' | 'unchanged' | 'failed' | 'cancelled';
  changed: boolean;
  /** How the version was chosen. */
  chosenBy: 'input' | 'ledger' | 'resumed';
  /** Versions the ledger choice passed over because they were rolled back. */
  skipped: string[];
  reason?: string;
  serving: string;
  headline: string;
  before: EndpointView[];
  after: EndpointView[];
  ledger?: LedgerWrite;
  /** For a runtime that promotes by canary: what its gateway routes now. */
  gateway?: LiveRoute;
}

export class RollbackFailure extends UserError {
  constructor(
    message: string,
    readonly result: RollbackResult,
  ) {
    super(message);
  }
}

type Decision =
  | { kind: 'unchanged'; target: string; why: string; next?: string; chosenBy: RollbackResult['chosenBy']; skipped: string[] }
  | { kind: 'move'; target: string; chosenBy: RollbackResult['chosenBy']; skipped: string[] }
  | { kind: 'resume'; target: string; from?: string };

export async function rollbackEndpoint(request: RollbackRequest): Promise<RollbackResult> {
  const session = await openSession(request);
  const { handle } = session;
  const { logger, run } = request;
  const name = request.endpoint || request.runtime.promotion.live_endpoint;
  if (name === DEFAULT_ENDPOINT) throw new UserError('Input "endpoint" is DEFAULT: AgentCore always points DEFAULT at the newest version, so it cannot be rolled back. Name a named endpoint.');
  const where = describeEndpoint(handle, name);

  const first = await logger.group(`Reading ${where}`, async () => {
    const [versions, ledger, endpoint, before] = await Promise.all([listVersions(handle), session.readLedger(), readEndpoint(handle, name), listEndpoints(handle)]);
    if (!endpoint) throw new UserError(`The ${where} does not exist, so there is nothing to roll back. Promote a version with promote-endpoint first.`);
    logger.info(`It serves ${describeServing(endpoint)}.`);
    return { versions, before, decision: decide(handle, name, endpoint, ledger, versions, request) };
  });
  const base = { handle, graceHandle: session.graceHandle, name, before: first.before, request };
  const readRoute = (on: RuntimeHandle) => readLiveRoute(on, request.runtime, request.environment, name);
  if (first.decision.kind === 'unchanged') {
    const view = await readRoute(handle);
    // Only a route to change needs the lease (and a fresh decision under it); one already on live is reported as it is.
    if (!needsChange(view)) return unchanged(base, first.decision, async () => view);
  }

  const decision = first.decision;
  return session.locked(async () => {
    const endpoint = await settleEndpoint(handle, name);
    if (!endpoint) throw new UserError(`The ${where} was deleted while this run waited for the lease.`);
    const again = decide(handle, name, endpoint, await session.readLedger(), first.versions, request);
    if (again.kind === 'unchanged') return unchanged(base, again, () => readRoute(handle));
    const from = again.kind === 'resume' ? again.from : endpoint.liveVersion;
    const target = again.target;
    const chosen = again.kind === 'resume' ? { chosenBy: 'resumed' as const, skipped: [] } : { chosenBy: again.chosenBy, skipped: again.skipped };
    if (again.target !== decision.target) logger.info(`Under the lease the target is version ${again.target} (it was ${decision.target} before).`);
    throwIfCancelled(request.signal);
    await request.onChange?.({ ...(from ? { from } : {}), to: target });

    const marker = formatMarker({ kind: 'rollback', ...(from ? { from } : {}), to: target, rollingBack: false, runUrl: run.runUrl });
    let cancelled = false;
    const moved = await logger.group(`Moving endpoint "${name}" from ${from ? `version ${from}` : 'nothing'} to version ${target}`, async () => {
      try {
        if (again.kind === 'resume') {
          logger.info(`An earlier attempt of this run started moving "${name}" to version ${target} and stopped before recording it: finishing that.`);
          return await waitServing(handle, name, target);
        }
        return await pointEndpoint(handle, name, target, marker, true);
      } catch (error) {
        if (!isCancelled(error)) throw error;
        // The move back to a good version is the safe direction: finish it, within the grace time.
        cancelled = true;
        logger.warning(`Cancelled while endpoint "${name}" moves to version ${target}: waiting a little for it to land.`);
        return waitServing(session.graceHandle, name, target);
      }
    });
    const entry = { endpoint: name, ...(from ? { from } : {}), to: target, kind: 'rollback' as const, ...(request.reason ? { reason: request.reason } : {}) };
    if (!moved.ok && cancelled) {
      const now = await readEndpoint(handle, name).catch(() => undefined);
      const problem = `it was cancelled while moving from ${from ? `version ${from}` : 'nothing'} to version ${target}, which did not land within the grace time: it serves ${describeServing(now)}`;
      const ledger = await recordQuietly(session, { ...entry, result: 'cancelled', reason: [request.reason, problem].filter(Boolean).join(': ') });
      const message = `Rollback of ${where} was cancelled: ${problem}.`;
      throw new RollbackFailure(message, await result(base, { ...chosen, target, from, outcome: 'cancelled', headline: message, ...(ledger ? { ledger } : {}) }));
    }
    if (!moved.ok) {
      const restored = await restoreEndpoint(handle, name, from, marker);
      await session.keepImage(name, restored.serving);
      const problem =
        `moving it from ${from ? `version ${from}` : 'nothing'} to version ${target} failed: ${moved.reason}. It serves ${describeRestored(restored)} now` +
        (restored.problem ? ` (it could not be returned to version ${from}: ${restored.problem})` : '');
      const ledger = await recordQuietly(session, { ...entry, result: 'failed', reason: [request.reason, problem].filter(Boolean).join(': ') });
      const message = `Rollback of ${where} failed: ${problem}.`;
      throw new RollbackFailure(message, await result(base, { ...chosen, target, from, outcome: 'failed', headline: message, ...(ledger ? { ledger } : {}) }));
    }
    logger.info(`Endpoint "${name}" serves version ${target} (READY).`);
    await session.keepImage(name, target);
    const ledger = await session.record({ ...entry, result: 'succeeded' });
    await session.autoSync();
    const done = { ...chosen, target, from, outcome: 'succeeded' as const, headline: `Endpoint "${name}" rolled back to version ${target}${from ? ` (was ${from})` : ''}.`, ledger };
    // After a cancel the move landed within the grace time: the route follows on the grace handle too.
    const gateway = await routeLive(base, done, cancelled ? base.graceHandle : handle, readRoute);
    return result(base, { ...done, headline: withRoute(done.headline, gateway), ...(gateway ? { gateway } : {}) });
  });
}

type ResultParts = Parameters<typeof result>[1];

/**
 * The gateway step after live is where the rollback wants it. A cancel during it is finished on
 * the grace handle; a failure fails the rollback, saying where live stands and that a re-run
 * (which finds live done) puts the route on it.
 */
async function routeLive(base: Base, parts: ResultParts, handle: RuntimeHandle, read: (on: RuntimeHandle) => Promise<LiveRouteView | undefined>): Promise<LiveRoute | undefined> {
  let view: LiveRouteView | undefined;
  try {
    try {
      view = await read(handle);
      return view && (await routeAllToLive(handle, view));
    } catch (error) {
      if (!isCancelled(error) || handle === base.graceHandle) throw error;
      base.handle.logger.warning('Cancelled while the gateway route returns to live: finishing that within the grace time.');
      // The view read before the cancel: the change may be in flight, and setRoute waits for it.
      view ??= await read(base.graceHandle);
      return view && (await routeAllToLive(base.graceHandle, view));
    }
  } catch (error) {
    const message = `${parts.headline} But the gateway route of the runtime could not be put on live: ${describeError(error).replace(/\.$/, '')}. Run rollback again: it finds the endpoint done and retries the route.`;
    throw new RollbackFailure(message, await result(base, { ...parts, outcome: 'failed', headline: message }));
  }
}

/** The headline, with what the gateway routes when this run changed it or could not check it. */
function withRoute(headline: string, gateway: LiveRoute | undefined): string {
  if (gateway?.changed) return `${headline} ${gateway.route.charAt(0).toUpperCase()}${gateway.route.slice(1)} now; it had ${gateway.was}.`;
  if (gateway?.warning) return `${headline} ${gateway.warning}`;
  return headline;
}

/** What to do, from where the endpoint stands, the ledger and the inputs. */
function decide(handle: RuntimeHandle, name: string, endpoint: Endpoint, ledger: Ledger | undefined, versions: AgentRuntime[], request: RollbackRequest): Decision {
  const runUrl = request.run.runUrl;
  const pending = pendingMove(endpoint.description, ledger, name, runUrl, 'rollback');
  if (pending) return { kind: 'resume', target: pending.to, ...(pending.from ? { from: pending.from } : {}) };
  const current = endpoint.liveVersion;
  if (request.toVersion) {
    if (isServing(endpoint, request.toVersion)) return { kind: 'unchanged', target: request.toVersion, why: 'the version the input "to-version" names', chosenBy: 'input', skipped: [] };
    requireReadyVersion(handle, versions, request.toVersion, 'input "to-version"');
    return { kind: 'move', target: request.toVersion, chosenBy: 'input', skipped: [] };
  }
  // A re-run of a run that rolled back already: done, not a second step back.
  const mine = lastMoveByRun(ledger, name, runUrl);
  if (mine?.kind === 'rollback' && mine.result === 'succeeded' && isServing(endpoint, mine.to)) {
    return { kind: 'unchanged', target: mine.to, why: 'this run already rolled it back', chosenBy: 'ledger', skipped: [] };
  }
  // A second rollback for the same incident (two on-call engineers, or a second dispatch): the first one did it.
  const last = lastMove(ledger, name);
  if (last?.kind === 'rollback' && last.result === 'succeeded' && isServing(endpoint, last.to)) {
    return {
      kind: 'unchanged',
      target: last.to,
      why: `it is the last good version, which the latest rollback${last.runUrl ? ` (${last.runUrl})` : last.actor ? ` by ${last.actor}` : ''} returned it to`,
      next: `To go further back, run rollback with the input "to-version" naming the version. READY versions: ${listReady(versions)}.`,
      chosenBy: 'ledger',
      skipped: [],
    };
  }
  const choice = rollbackTarget(ledger, name, current);
  if (!choice.version) {
    const served = servedVersions(ledger, name);
    throw new UserError(
      `The ledger of ${describeRuntime(handle)} knows no earlier good version of endpoint "${name}" to return to ` +
        `(it serves ${current ? `version ${current}` : 'nothing'}; recorded: ${served.length ? served.join(' → ') : 'no promotions'}` +
        `${choice.skipped.length ? `; rolled back: ${choice.skipped.join(', ')}` : ''}). ` +
        `Name the version with the input "to-version". READY versions: ${listReady(versions)}.`,
    );
  }
  if (choice.skipped.length) handle.logger.info(`Skipping version(s) ${choice.skipped.join(', ')}: their promotion was rolled back.`);
  requireReadyVersion(handle, versions, choice.version, `the version "${name}" served before ${current ?? 'now'}, from the ledger`);
  return { kind: 'move', target: choice.version, chosenBy: 'ledger', skipped: choice.skipped };
}

interface Base {
  handle: RuntimeHandle;
  /** For the clean-up after a cancel (Session.graceHandle). */
  graceHandle: RuntimeHandle;
  name: string;
  before: EndpointView[];
  request: RollbackRequest;
}

/** Live serves the version already; its gateway route (read by `route`) is put on live if it is not. */
async function unchanged(base: Base, decision: Extract<Decision, { kind: 'unchanged' }>, route: (on: RuntimeHandle) => Promise<LiveRouteView | undefined>): Promise<RollbackResult> {
  const said = `Endpoint "${base.name}" already serves version ${decision.target}: ${decision.why}.`;
  const headline = decision.next ? `${said} ${decision.next}` : said;
  const from = base.before.find((e) => e.name === base.name)?.liveVersion;
  const parts: ResultParts = { target: decision.target, from, outcome: 'unchanged', headline, chosenBy: decision.chosenBy, skipped: decision.skipped, after: base.before };
  const view = await route(base.handle);
  if (needsChange(view)) base.handle.logger.info(`${said} Its gateway route is not on it yet.`);
  else base.handle.logger.notice(`${said} Nothing to do.${decision.next ? ` ${decision.next}` : ''}`);
  const gateway = await routeLive(base, parts, base.handle, async () => view);
  // Removing a split is a change, though the endpoint did not move.
  return result(base, { ...parts, ...(gateway?.changed ? { outcome: 'succeeded' as const } : {}), headline: withRoute(headline, gateway), ...(gateway ? { gateway } : {}) });
}

async function result(
  base: Base,
  what: {
    target: string;
    from: string | undefined;
    outcome: RollbackResult['outcome'];
    headline: string;
    chosenBy: RollbackResult['chosenBy'];
    skipped: string[];
    ledger?: LedgerWrite;
    after?: EndpointView[];
    gateway?: LiveRoute;
  },
): Promise<RollbackResult> {
  const { handle, name } = base;
  const after = what.after ?? (await listEndpoints(handle).catch(() => []));
  const now = after.find((e) => e.name === name);
  return {
    environment: handle.environment,
    region: handle.region,
    runtimeKey: handle.runtimeKey,
    runtimeName: handle.runtimeName,
    endpoint: name,
    version: what.target,
    ...(what.from ? { previousVersion: what.from } : {}),
    outcome: what.outcome,
    changed: now?.liveVersion !== undefined && now.liveVersion !== what.from,
    chosenBy: what.chosenBy,
    skipped: what.skipped,
    ...(base.request.reason ? { reason: base.request.reason } : {}),
    serving: now ? describeServing(now) : 'unknown',
    headline: what.headline,
    before: base.before,
    after,
    ...(what.ledger ? { ledger: what.ledger } : {}),
    ...(what.gateway ? { gateway: what.gateway } : {}),
  };
}
