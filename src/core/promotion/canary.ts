/**
 * promote-endpoint's canary: between the candidate's smoke test and the move of live, traffic
 * shifts to the candidate through the runtime's gateway rule, step by step, each step baked.
 *
 *   const canary = planCanary(request, session);         // undefined for blue-green
 *   await canary?.prepare(target, from);                  // before the candidate moves
 *   await canary?.runSteps();                             // after its smoke test
 *   … compare-and-swap, move live …
 *   await canary?.complete(target);                       // static route on live
 *   await canary?.abandon();                              // on any failure: all traffic to live
 *
 * Live never moves during the steps, so the abort (a static route to live, in one call) puts
 * all traffic on the old version. A split left on the rule is an interrupted canary: this run's
 * own (same run URL, same version) resumes at the step it shows; any other is returned to live
 * before this run starts.
 */
import type { EnvironmentClients } from '../aws/clients.js';
import { isCancelled, throwIfCancelled } from '../cancel.js';
import type { CanaryConfig, Strategy } from '../config/index.js';
import { UserError, describeError } from '../errors.js';
import type { CanaryStep, EndpointEntry } from '../ledger.js';
import type { Session, SessionRequest } from '../ops/session.js';
import { formatElapsed } from '../wait.js';
import { bake, bakeProblem } from './bake.js';
import { peekEndpoint } from './endpoints.js';
import { describeRoute, ensureTargets, findGateway, findRouteRule, routeNames, routeOf, setRoute, type Gateway, type Route, type RouteNames } from './gateway-route.js';
import type { RuntimeHandle } from './handle.js';
import { PendingFailure } from './promote-result.js';

/** What the summary shows of a canary. */
export interface CanaryReport {
  gateway: string;
  stepMinutes: number;
  steps: CanaryStep[];
  /** What this run found on the rule and did about it, when it found a split. */
  found?: string;
}

export interface CanaryRequest extends Pick<SessionRequest, 'environment' | 'runtime' | 'run' | 'signal'> {
  /** The input; empty or undefined: the config's promotion.strategy. */
  strategy?: Strategy | undefined;
  clients: Pick<EnvironmentClients, 'cloudwatch'>;
}

/** The canary this promotion runs, or undefined for blue-green; a canary without promotion.canary is refused before any change. */
export function planCanary(request: CanaryRequest, session: Session, endpoints: { live: string; candidate: string; alarms: string[] }): Canary | undefined {
  const { runtime } = request;
  const strategy = request.strategy || runtime.promotion.strategy;
  if (strategy !== 'canary') return undefined;
  const config = runtime.promotion.canary;
  if (!config) {
    throw new UserError(
      `Strategy "canary" (input "strategy") needs a canary block for runtime "${runtime.key}", and its config has none. Nothing was changed. ` +
        `Add ${runtime.config_path}.promotion.canary { "gateway", "steps", "step_minutes" }, or promote with strategy blue-green.`,
    );
  }
  return new Canary(request, session, config, endpoints);
}

export class Canary {
  private readonly names: RouteNames;
  private readonly steps: CanaryStep[];
  private gateway: Gateway | undefined;
  private target = '';
  private from: string | undefined;
  /** The first step to run: later than 0 when this run resumes its own interrupted canary. */
  private firstStep = 0;
  /** The endpoint served nothing: this promotion moves live at once and only sets the route. */
  private first = false;
  /** A split may be on the rule: a failure must return traffic to live. */
  private splitPossible = false;
  private found: string | undefined;

  constructor(
    private readonly request: CanaryRequest,
    private readonly session: Session,
    private readonly config: CanaryConfig,
    private readonly endpoints: { live: string; candidate: string; alarms: string[] },
  ) {
    this.names = routeNames(request.runtime.key, endpoints.live, endpoints.candidate);
    this.steps = config.steps.map((percent) => ({ percent, result: 'not-run' }));
  }

  private get handle(): RuntimeHandle {
    return this.session.handle;
  }

  /** What the ledger entry of the promotion records of it. */
  entry(): Pick<EndpointEntry, 'strategy' | 'steps'> {
    return { strategy: 'canary', steps: this.steps.map((step) => ({ ...step })) };
  }

  report(): CanaryReport {
    return { gateway: this.gateway?.name ?? this.config.gateway, stepMinutes: this.config.step_minutes, steps: this.entry().steps!, ...(this.found ? { found: this.found } : {}) };
  }

  /** "step 1 of 2 (10 %)" */
  private stepName(index: number): string {
    return `step ${index + 1} of ${this.steps.length} (${this.steps[index]!.percent} %)`;
  }

  private async route(): Promise<Gateway> {
    this.gateway ??= await findGateway(this.handle.control, this.request.environment, this.config.gateway);
    return this.gateway;
  }

  /** The gateway, its targets, and what a split left on the rule means for this run; before the candidate moves. */
  async prepare(target: string, from: string | undefined): Promise<void> {
    this.target = target;
    this.from = from;
    const { logger } = this.handle;
    const { live, candidate } = this.endpoints;
    const gateway = await this.route();
    await ensureTargets(this.handle, gateway, { [this.names.liveTarget]: live, [this.names.candidateTarget]: candidate });
    if (from === undefined) {
      // Nothing serves yet, so there is no traffic to shift: live moves at once, and the gateway routes to it after.
      this.first = true;
      for (const step of this.steps) Object.assign(step, { result: 'not-run', reason: 'the first version of the endpoint has no traffic to shift' });
      this.found = `endpoint "${live}" served no version yet: no traffic to shift, so live moved at once and the gateway routes to it`;
      logger.notice(`Endpoint "${live}" serves no version yet, so the canary has no traffic to shift: live moves at once, then gateway ${gateway.name} routes ${this.names.path} to it.`);
      return;
    }
    const rule = await findRouteRule(this.handle.control, gateway, this.names);
    if (!rule) return;
    const route = routeOf(rule, this.names);
    if (!route) {
      throw new UserError(
        `Rule ${rule.ruleId} of gateway ${gateway.name} (${this.names.description}) has ${describeRoute(route, this.names)}: it was changed by hand. Nothing was changed. ` +
          `Set it back to a static route to target "${this.names.liveTarget}" (or delete it), then promote again.`,
      );
    }
    if (route.kind === 'static' && route.target === this.names.liveTarget) return;
    const shown = describeRoute(route, this.names);
    if (route.kind === 'split' && route.run === this.request.run.runUrl && route.version === target) {
      const at = this.steps.findIndex((step) => step.percent >= route.candidatePercent);
      this.firstStep = at < 0 ? this.steps.length - 1 : at;
      this.splitPossible = true;
      this.found = `an earlier attempt of this run left ${shown}: resumed at ${this.stepName(this.firstStep)}`;
      logger.info(`The rule of gateway ${gateway.name} has ${shown}, left by an earlier attempt of this run: resuming the canary at ${this.stepName(this.firstStep)}.`);
      return;
    }
    const by = route.kind === 'split' ? `, left by an interrupted canary${route.version ? ` of version ${route.version}` : ''}${route.run ? ` (run ${route.run})` : ''}` : '';
    this.found = `the rule had ${shown}${by}: all traffic was returned to "${live}" before this canary started`;
    logger.warning(`The rule of gateway ${gateway.name} has ${shown}${by}. Returning all traffic to endpoint "${live}" before this canary starts.`);
    this.splitPossible = true;
    await setRoute(this.handle, gateway, this.names, { kind: 'static', target: this.names.liveTarget });
    this.splitPossible = false;
  }

  /** Each step: split, wait until the gateway reports it, bake. The first failure returns all traffic to live and fails the promotion. */
  async runSteps(): Promise<void> {
    if (this.first) return;
    const { logger, clock } = this.handle;
    const gateway = await this.route();
    const durationMs = Math.round(this.config.step_minutes * 60_000);
    for (let index = 0; index < this.steps.length; index++) {
      const step = this.steps[index]!;
      if (index < this.firstStep) {
        step.result = 'passed';
        step.reason = 'in an earlier attempt of this run';
        continue;
      }
      const name = this.stepName(index);
      try {
        throwIfCancelled(this.request.signal);
        this.splitPossible = true;
        const split: Route = { kind: 'split', candidatePercent: step.percent, version: this.target, run: this.request.run.runUrl };
        await logger.group(`Canary ${name}: ${describeRoute(split, this.names)}`, async () => {
          await setRoute(this.handle, gateway, this.names, split);
          logger.info(`Gateway ${gateway.name} sends ${step.percent} % of ${this.names.path} to endpoint "${this.endpoints.candidate}" (version ${this.target}).`);
          const result = await bake({
            cloudwatch: this.request.clients.cloudwatch,
            alarms: this.endpoints.alarms,
            durationMs,
            endpoint: this.endpoints.candidate,
            version: this.target,
            readEndpoint: () => peekEndpoint(this.handle, this.endpoints.candidate),
            check: () => this.liveProblem(),
            clock,
            logger,
          });
          if (result.outcome !== 'passed') throw new StepFailure(bakeProblem(result));
          logger.info(`Canary ${name} passed (${formatElapsed(durationMs)}).`);
        });
        step.result = 'passed';
      } catch (error) {
        const cancelled = isCancelled(error);
        step.result = cancelled ? 'cancelled' : 'failed';
        const why = cancelled ? 'it was cancelled' : error instanceof StepFailure ? error.message : describeError(error);
        step.reason = why.slice(0, 200);
        throw await this.abort(cancelled ? `canary ${name} was cancelled` : `canary ${name} failed: ${why}`);
      }
    }
  }

  /** Live must keep serving the old version while the steps run; a canary compares against it. */
  private async liveProblem(): Promise<string | undefined> {
    const live = await peekEndpoint(this.handle, this.endpoints.live);
    if (live?.status === 'READY' && live.liveVersion === this.from) return undefined;
    const now = live ? `${live.status}, serving ${live.liveVersion ?? 'no version'}` : 'deleted';
    return `endpoint "${this.endpoints.live}" left READY on version ${this.from ?? 'none'} during the canary: it is ${now}`;
  }

  /** All traffic back to live in one call (on the grace handle after a cancel); the failure to report. */
  private async abort(what: string): Promise<PendingFailure> {
    const whereTo = `endpoint "${this.endpoints.live}"${this.from ? ` (version ${this.from})` : ''}`;
    const problem = await this.returnToLive();
    if (problem) {
      return new PendingFailure(
        `${what}. Returning all traffic to ${whereTo} failed too: ${problem}. Set rule "${this.names.description}" of the gateway to a static route to target "${this.names.liveTarget}", or run rollback`,
        'failed',
      );
    }
    return new PendingFailure(`${what}. All traffic was returned to ${whereTo} in one call`, 'rolled-back');
  }

  /** Sets the static route to live when a split may be on the rule; returns what went wrong, if anything. */
  private async returnToLive(): Promise<string | undefined> {
    if (!this.splitPossible) return undefined;
    const handle = this.request.signal?.aborted ? this.session.graceHandle : this.handle;
    handle.logger.warning(`Canary: returning all traffic of ${this.names.path} to endpoint "${this.endpoints.live}".`);
    try {
      await setRoute(handle, await this.route(), this.names, { kind: 'static', target: this.names.liveTarget });
      this.splitPossible = false;
      return undefined;
    } catch (error) {
      return describeError(error);
    }
  }

  /** Live serves the version: the rule becomes a static route on it, and no split is left. */
  async complete(target: string): Promise<void> {
    this.target = target;
    // A re-run that finishes the live move an earlier attempt started ran no step here: they passed there.
    if (!this.first && this.steps.every((step) => step.result === 'not-run')) for (const step of this.steps) Object.assign(step, { result: 'passed', reason: 'in an earlier attempt of this run' });
    this.splitPossible = true;
    const problem = await this.returnToLive();
    if (problem) {
      throw new PendingFailure(
        `endpoint "${this.endpoints.live}" serves version ${this.target}, but setting rule "${this.names.description}" to a static route to target "${this.names.liveTarget}" failed: ${problem}. Promote again to finish`,
        'failed',
      );
    }
  }

  /** After a failure outside the steps (compare-and-swap, the live move, a cancel): no split stays on the rule. */
  async abandon(): Promise<void> {
    const problem = await this.returnToLive();
    if (problem) this.session.graceHandle.logger.warning(`Could not return all traffic to endpoint "${this.endpoints.live}": ${problem}. Run rollback to clear the split.`);
  }
}

/** A step's bake failed: the message says why. */
class StepFailure extends Error {}
