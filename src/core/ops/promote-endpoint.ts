/**
 * promote-endpoint: blue-green inside one environment, verified at every step.
 *
 *   account check → read live (the version this run "saw") and the versions → nothing to do when
 *   the version is already live (no lease, no mutating call) → alarms exist and are quiet →
 *   under the runtime's lease: wait for any change in flight, compare-and-swap, move the
 *   candidate and wait until it serves the version → smoke test the candidate → compare-and-swap
 *   again → move live and wait until it serves the version → bake on the alarms and live's
 *   status → ledger → config sync.
 *
 * Live is never left on an unknown version: a failed move is repaired back to the version live
 * served (which a failed update keeps serving), a failed bake rolls back (auto-rollback), and
 * the result says what serves now. A cancel (request.signal) stops every wait: before live moved
 * nothing more changes, after it live goes back (promotion/cancelled.ts). A re-run of a job that
 * was killed finds the move it started (the marker in live's description) and finishes it.
 * strategy canary (promotion/canary.ts) shifts traffic in baked steps before live moves.
 */
import type { EnvironmentClients } from '../aws/clients.js';
import { isCancelled, throwIfCancelled } from '../cancel.js';
import type { Ledger, LedgerWrite } from '../ledger.js';
import { formatElapsed } from '../wait.js';
import { bake, bakeProblem, checkAlarms, describeAlarm } from '../promotion/bake.js';
import { planCanary, type Canary, type CanaryRequest } from '../promotion/canary.js';
import { leaveSafe } from '../promotion/cancelled.js';
import {
  describeRestored,
  describeServing,
  isServing,
  isSettled,
  listEndpoints,
  peekEndpoint,
  pointEndpoint,
  readEndpoint,
  requirePromotionEndpoints,
  restoreEndpoint,
  settleEndpoint,
  waitServing,
  type EndpointView,
  type MoveResult,
} from '../promotion/endpoints.js';
import { describeEndpoint, describeRuntime } from '../promotion/handle.js';
import { formatMarker, pendingMove, type MoveMarker } from '../promotion/history.js';
import { openSession, recordQuietly, type Session, type SessionRequest } from './session.js';
import { PendingFailure, PromotionFailure, promoteResult, type BakeReport, type PromoteOutcome, type PromoteResult, type SmokeReport } from '../promotion/promote-result.js';
import { BODY_EXCERPT, runSmokeTest } from '../promotion/smoke.js';
import { prepareSmokeAuth, type BearerToken } from '../promotion/smoke-auth.js';
import { listVersions, newestReadyVersion, requireReadyVersion } from '../promotion/versions.js';

export interface PromoteRequest extends SessionRequest, CanaryRequest {
  clients: Pick<EnvironmentClients, 'sts' | 'ssm' | 'agentcore' | 'ecr' | 'cloudwatch' | 'agentcoreData' | 'cognito'>;
  /** Default: the newest READY version. */
  version?: string;
  /** Default: promotion.live_endpoint. */
  endpoint?: string;
  /** Default: promotion.candidate_endpoint. */
  candidateEndpoint?: string;
  /** Compare-and-swap: refuse unless live serves this version. */
  expectedVersion?: string;
  /** Run the config's smoke test (when it has one). */
  smokeTest: boolean;
  /** Default: promotion.bake_minutes. */
  bakeMinutes?: number;
  /** Default (undefined or empty): promotion.alarms. */
  alarms?: string[];
  autoRollback: boolean;
  /** Called once, right before the first change (GitHub Deployments start there). */
  onChange?: (change: { from?: string; to: string }) => Promise<void>;
}

export async function promoteEndpoint(request: PromoteRequest): Promise<PromoteResult> {
  const session = await openSession(request);
  return new Promotion(request, session).run();
}

class Promotion {
  private readonly live: string;
  private readonly candidate: string;
  private readonly bakeMs: number;
  private readonly alarms: string[];
  private target = '';
  private from: string | undefined;
  private smoke: SmokeReport = { outcome: 'not-run' };
  private bearer: BearerToken | undefined;
  private bakeReport: BakeReport = { outcome: 'not-run', reason: 'the promotion stopped before it' };
  private before: EndpointView[] = [];
  private resumed = false;
  private changeAnnounced = false;
  /** Live was asked to move: from here a cancel sends it back. */
  private liveMoved = false;
  private readonly canary: Canary | undefined;

  constructor(
    private readonly request: PromoteRequest,
    private readonly session: Session,
  ) {
    const { promotion } = request.runtime;
    this.live = request.endpoint || promotion.live_endpoint;
    this.candidate = request.candidateEndpoint || promotion.candidate_endpoint;
    this.bakeMs = Math.round((request.bakeMinutes ?? promotion.bake_minutes) * 60_000);
    this.alarms = request.alarms?.length ? request.alarms : promotion.alarms;
    requirePromotionEndpoints(this.live, this.candidate);
    this.canary = planCanary(request, session, { live: this.live, candidate: this.candidate, alarms: this.alarms });
  }

  private get handle() {
    return this.session.handle;
  }

  private get logger() {
    return this.request.logger;
  }

  private get where(): string {
    return describeEndpoint(this.handle, this.live);
  }

  async run(): Promise<PromoteResult> {
    const { handle, logger } = this;
    const plan = await logger.group(`Reading ${describeRuntime(handle)}`, async () => {
      const [versions, ledger, endpoint, before] = await Promise.all([
        listVersions(handle),
        this.session.readLedger(),
        readEndpoint(handle, this.live),
        listEndpoints(handle),
      ]);
      this.before = before;
      this.target = this.request.version ?? newestReadyVersion(handle, versions);
      const pending = this.pendingMove(endpoint?.description, ledger);
      if (pending) return { endpoint, pending };
      requireReadyVersion(handle, versions, this.target, this.request.version ? 'input "version"' : 'the newest READY version');
      logger.info(`Endpoint "${this.live}" serves ${describeServing(endpoint)}; promoting version ${this.target}.`);
      return { endpoint, pending };
    });
    // What this run saw: compare-and-swap holds live to it.
    const seen = plan.endpoint?.liveVersion;
    this.from = seen;
    if (!plan.pending && isServing(plan.endpoint, this.target)) return this.unchanged('');

    try {
      await logger.group('Checking before any change', () => this.preflight(Boolean(plan.pending)));
      this.checkpoint();
      return await this.session.locked(async () => {
        try {
          return await this.promoteLocked(seen);
        } catch (error) {
          if (isCancelled(error)) return this.settleFailure(new PendingFailure(await this.leaveSafe(), 'cancelled'));
          if (error instanceof PendingFailure) return this.settleFailure(error);
          throw error;
        }
      });
    } catch (error) {
      // Cancelled before the lease: nothing was changed, so nothing goes to the ledger.
      if (!isCancelled(error)) throw error;
      const message = `Promotion of version ${this.target} to ${this.where} was cancelled before any change.`;
      throw new PromotionFailure(message, await this.result('cancelled', message, { changed: false }));
    }
  }

  private leaveSafe(): Promise<string> {
    const { live, from, target, liveMoved, session } = this;
    return leaveSafe({ session, live, from, target, liveMoved, autoRollback: this.request.autoRollback, marker: this.marker(true) });
  }

  /** Before each change: a cancelled step starts nothing new. */
  private checkpoint(): void {
    throwIfCancelled(this.request.signal);
  }

  /** A move of live to the version requested now that an earlier attempt of this run started and did not record. */
  private pendingMove(description: string | undefined, ledger: Ledger | undefined): MoveMarker | undefined {
    return pendingMove(description, ledger, this.live, this.request.run.runUrl, 'promote', this.target);
  }

  /** The config's smoke test, when this run is to run it. */
  private get smokeTest() {
    return this.request.smokeTest ? this.request.runtime.promotion.smoke_test : undefined;
  }

  /** Alarms exist (and are quiet, unless finishing an earlier attempt); the smoke test can authenticate. */
  private async preflight(resuming: boolean): Promise<void> {
    if ((this.bakeMs > 0 || this.canary) && this.alarms.length) {
      const states = await checkAlarms(this.request.clients.cloudwatch, this.alarms, describeRuntime(this.handle), !resuming);
      this.logger.info(`Bake alarms: ${states.map(describeAlarm).join('; ')}`);
    }
    if (this.smokeTest && !resuming) this.bearer = await prepareSmokeAuth({ ...this.request, handle: this.handle, version: this.target });
  }

  private async promoteLocked(seen: string | undefined): Promise<PromoteResult> {
    const { handle, logger } = this;
    const state = await logger.group(`Reading endpoint "${this.live}" under the lease`, async () => {
      const endpoint = await settleEndpoint(handle, this.live);
      return { endpoint, ledger: await this.session.readLedger() };
    });
    const pending = this.pendingMove(state.endpoint?.description, state.ledger);
    if (pending) return this.resume(pending);
    // Another run may have promoted the same version while this one waited for the lease.
    if (isServing(state.endpoint, this.target)) return this.unchanged(' (another run promoted it while this one waited for the lease)');

    const now = state.endpoint?.liveVersion;
    this.from = now;
    this.compareAndSwap(now, seen);
    this.checkpoint();
    await this.announce();
    await this.canary?.prepare(this.target, now);
    await logger.group(`Moving the candidate endpoint "${this.candidate}" to version ${this.target}`, () => this.moveCandidate());
    this.checkpoint();
    await this.runSmoke();
    await this.canary?.runSteps();
    this.checkpoint();

    const again = await readEndpoint(handle, this.live);
    if (again && !isSettled(again)) this.fail(`endpoint "${this.live}" started another change (${describeServing(again)}) during the smoke test`);
    this.compareAndSwap(again?.liveVersion, now);

    this.checkpoint();
    this.liveMoved = true;
    const moved = await logger.group(`Moving endpoint "${this.live}" from ${now ? `version ${now}` : 'nothing'} to version ${this.target}`, () =>
      pointEndpoint(handle, this.live, this.target, this.marker(false), again !== undefined),
    );
    return this.afterMove(moved);
  }

  /** Finishes what an earlier attempt of this run started and did not record. */
  private async resume(pending: MoveMarker): Promise<PromoteResult> {
    this.resumed = true;
    this.liveMoved = true;
    this.from = pending.from;
    this.target = pending.to;
    this.smoke = { outcome: 'skipped', reason: 'it passed in the earlier attempt of this run' };
    await this.announce();
    if (pending.rollingBack) {
      this.logger.warning(`An earlier attempt of this run failed its bake and was returning "${this.live}" from version ${pending.to} to ${pending.from}: finishing that.`);
      return this.rollBack(`an earlier attempt of this run failed its bake (see that attempt's log) and was rolling back`);
    }
    this.logger.info(
      `An earlier attempt of this run moved "${this.live}" from ${pending.from ? `version ${pending.from}` : 'nothing'} to version ${pending.to} and stopped before recording it: finishing the promotion.`,
    );
    const moved = await this.logger.group(`Waiting for endpoint "${this.live}" to serve version ${this.target}`, () => waitServing(this.handle, this.live, this.target));
    return this.afterMove(moved);
  }

  private compareAndSwap(now: string | undefined, saw: string | undefined): void {
    const shown = (v: string | undefined) => (v ? `version ${v}` : 'nothing (no endpoint)');
    if (now !== saw) this.fail(`endpoint "${this.live}" serves ${shown(now)}, but this run read ${shown(saw)} at its start: another promotion or a hand move changed it. Nothing was moved`);
    const expected = this.request.expectedVersion;
    if (expected !== undefined && now !== expected) this.fail(`endpoint "${this.live}" serves ${shown(now)}, not expected-version ${expected}. Nothing was moved`);
  }

  private async announce(): Promise<void> {
    if (this.changeAnnounced || !this.request.onChange) return;
    this.changeAnnounced = true;
    await this.request.onChange({ ...(this.from ? { from: this.from } : {}), to: this.target });
  }

  private async moveCandidate(): Promise<void> {
    const { handle } = this;
    const endpoint = await settleEndpoint(handle, this.candidate);
    if (isServing(endpoint, this.target)) {
      this.logger.info(`The candidate endpoint "${this.candidate}" already serves version ${this.target}.`);
    } else {
      const description = `agentcore-actions candidate ${this.target}`;
      const moved = await pointEndpoint(handle, this.candidate, this.target, description, endpoint !== undefined);
      if (!moved.ok) this.fail(`moving the candidate endpoint "${this.candidate}" to version ${this.target} failed: ${moved.reason}. Live was not touched`);
    }
    await this.session.keepImage(this.candidate, this.target);
  }

  private async runSmoke(): Promise<void> {
    const test = this.smokeTest;
    if (!test) {
      const reason = this.request.smokeTest ? 'the config defines no promotion.smoke_test' : 'the input "smoke-test" is false';
      this.smoke = { outcome: 'skipped', reason };
      this.logger.info(`No smoke test: ${reason}.`);
      return;
    }
    const result = await this.logger.group(`Smoke test of endpoint "${this.candidate}" (version ${this.target})`, () =>
      runSmokeTest({
        data: this.request.clients.agentcoreData,
        runtimeArn: this.handle.runtimeArn,
        endpoint: this.candidate,
        version: this.target,
        test,
        clock: this.handle.clock,
        ...(this.request.signal ? { signal: this.request.signal } : {}),
        logger: this.logger,
        bearer: this.bearer,
      }),
    );
    // An attempt the cancel cut short is no verdict on the version.
    this.checkpoint();
    this.smoke = { outcome: result.outcome, result };
    if (result.outcome === 'failed') {
      const last = result.attempts.at(-1)!;
      this.fail(
        `the smoke test of the candidate endpoint "${this.candidate}" (version ${this.target}) failed ${result.attempts.length} time(s); ` +
          `last: ${last.problem}. Live was not touched. Response (first ${BODY_EXCERPT} characters): ${last.body || '(empty)'}`,
      );
    }
  }

  /** Live was asked to move: verified, baked and recorded, or repaired and reported. */
  private async afterMove(moved: MoveResult): Promise<PromoteResult> {
    const { handle, logger } = this;
    if (!moved.ok) {
      // A failed update leaves live serving the old version (UPDATE_FAILED); bring it back to READY there.
      const liveNow = await readEndpoint(handle, this.live).catch(() => undefined);
      const landed = liveNow?.liveVersion === this.target && this.target !== this.from;
      // auto-rollback: false leaves a move that landed where it is; an update that never landed is always repaired.
      const restored = this.request.autoRollback || !landed ? await restoreEndpoint(handle, this.live, this.from, this.marker(true)) : undefined;
      const serving = restored ? describeRestored(restored) : describeServing(liveNow);
      await this.session.keepImage(this.live, restored?.serving ?? liveNow?.liveVersion);
      this.fail(
        `moving endpoint "${this.live}" from ${this.from ? `version ${this.from}` : 'nothing'} to version ${this.target} failed: ${moved.reason}. ` +
          `It serves ${serving} now${restored?.problem ? ` (it could not be returned to version ${this.from}: ${restored.problem})` : ''}`,
        landed && restored?.restored && restored.serving === this.from ? 'rolled-back' : 'failed',
      );
    }
    logger.info(`Endpoint "${this.live}" serves version ${this.target} (READY).`);
    await this.canary?.complete(this.target);
    await this.session.keepImage(this.live, this.target);

    if (this.bakeMs > 0 && !this.canary) {
      const result = await logger.group(`Baking version ${this.target} for ${formatElapsed(this.bakeMs)}`, () =>
        bake({
          cloudwatch: this.request.clients.cloudwatch,
          alarms: this.alarms,
          durationMs: this.bakeMs,
          endpoint: this.live,
          version: this.target,
          readEndpoint: () => peekEndpoint(handle, this.live),
          clock: handle.clock,
          logger,
        }),
      );
      this.bakeReport = result;
      if (result.outcome !== 'passed') {
        const why = bakeProblem(result);
        if (this.request.autoRollback && this.from !== undefined) return this.rollBack(why);
        const noRollback = this.from === undefined ? 'this run created the endpoint, so there is no earlier version to return to' : 'auto-rollback is false';
        this.fail(`the bake failed: ${why}. Live still serves version ${this.target} (${noRollback})`);
      }
    } else {
      this.bakeReport = { outcome: 'skipped', reason: this.canary ? 'the canary steps baked it' : 'bake-minutes is 0' };
    }

    const ledger = await this.session.record({ endpoint: this.live, ...(this.from ? { from: this.from } : {}), to: this.target, kind: 'promote', result: 'succeeded', ...this.canary?.entry() });
    await this.session.autoSync();
    const headline = `Endpoint "${this.live}" serves version ${this.target}${this.from ? ` (was ${this.from})` : ''}.`;
    return this.result('succeeded', headline, { ledger, changed: this.from !== this.target });
  }

  /** The bake failed: live goes back to `from`, verified; the step fails naming why. */
  private async rollBack(why: string): Promise<PromoteResult> {
    const { handle, logger } = this;
    logger.warning(`Rolling endpoint "${this.live}" back from version ${this.target} to ${this.from}: ${why}.`);
    const restored = await logger.group(`Rolling "${this.live}" back to version ${this.from}`, () => restoreEndpoint(handle, this.live, this.from, this.marker(true)));
    await this.session.keepImage(this.live, restored.serving);
    if (restored.serving === this.from && restored.status === 'READY') {
      this.fail(`${why}. Rolled back: endpoint "${this.live}" serves version ${this.from} (READY) again`, 'rolled-back');
    }
    this.fail(`${why}. Rolling back to version ${this.from} failed: ${restored.problem ?? 'unknown'}; it serves ${describeRestored(restored)}`);
  }

  private marker(rollingBack: boolean): string {
    return formatMarker({ kind: 'promote', ...(this.from ? { from: this.from } : {}), to: this.target, rollingBack, runUrl: this.request.run.runUrl });
  }

  private async unchanged(why: string): Promise<PromoteResult> {
    this.smoke = { outcome: 'skipped', reason: 'the version is already live' };
    this.bakeReport = { outcome: 'skipped', reason: 'the version is already live' };
    this.logger.notice(`Version ${this.target} is already live on ${this.where}${why}: nothing to do.`);
    return this.result('unchanged', `Version ${this.target} was already live${why}.`, { changed: false, after: this.before });
  }

  /** Stops the promotion; promoteLocked records the failure in the ledger (under the lease) and reports it. */
  private fail(problem: string, result: PendingFailure['result'] = 'failed'): never {
    throw new PendingFailure(problem, result);
  }

  private async settleFailure(failure: PendingFailure): Promise<never> {
    await this.canary?.abandon();
    const ledger = await recordQuietly(this.session, {
      endpoint: this.live,
      ...(this.from ? { from: this.from } : {}),
      to: this.target,
      kind: 'promote',
      result: failure.result,
      reason: failure.problem,
      ...this.canary?.entry(),
    });
    const message = `Promotion of version ${this.target} to ${this.where} ${failure.result === 'cancelled' ? 'was cancelled' : 'failed'}: ${failure.problem}.`;
    const result = await this.result(failure.result, message, { ...(ledger ? { ledger } : {}), changed: false });
    throw new PromotionFailure(message, result);
  }

  private result(outcome: PromoteOutcome, headline: string, extra: { ledger?: LedgerWrite; changed: boolean; after?: EndpointView[] }): Promise<PromoteResult> {
    const { live, candidate, target, from, smoke, bakeReport, resumed, before } = this;
    return promoteResult(this.handle, { live, candidate, target, from, smoke, bake: bakeReport, resumed, before, canary: this.canary?.report() }, outcome, headline, extra);
  }
}
