/**
 * What the promote-endpoint and rollback entries share: the GitHub deployment that starts
 * right before the endpoint moves and ends with the run, and outputs and summary that are
 * written for a failed move too (its failure carries the result).
 */
import { systemClock, type Clock } from '../core/clock.js';
import type { ResolvedEnvironment, ResolvedRuntime } from '../core/config/index.js';
import { describeError } from '../core/errors.js';
import type { HeldLease } from '../core/lease.js';
import type { Logger } from '../core/logger.js';
import { loadConfigFile } from '../core/config/file.js';
import { selectTarget, type Target } from '../core/target.js';
import { runInfo, type RunInfo } from './context.js';
import { deploymentStarterFor, type Deployment } from './deployments.js';
import { noteLease } from './lease-note.js';

export interface EndpointChange {
  from?: string;
  to: string;
}

/** The part of the core request both actions build alike. */
export interface MoveRequestBase {
  environment: ResolvedEnvironment;
  runtime: ResolvedRuntime;
  timeoutMs: number;
  run: { actor: string; runUrl: string; commit: string };
  clock: Clock;
  logger: Logger;
  /** Starts the GitHub deployment, right before the endpoint changes. */
  onChange(change: EndpointChange): Promise<void>;
  signal: AbortSignal;
  onLease: (held: HeldLease | undefined) => void;
}

export interface EndpointMove<R> {
  task: 'promote' | 'rollback';
  /** The step's cancel signal (ActionContext.signal). */
  signal: AbortSignal;
  inputs: { 'github-deployments': boolean; 'github-token'?: string | undefined; endpoint?: string | undefined; 'timeout-minutes': number };
  info: RunInfo;
  environment: ResolvedEnvironment;
  runtime: ResolvedRuntime;
  logger: Logger;
  /** The deployment's description after "<runtime>: ". */
  describe(change: EndpointChange): string;
  /** Runs the move with the request's shared part. */
  move(base: MoveRequestBase): Promise<R>;
  /** The result a failed move carries; undefined for any other error. */
  resultOf(error: unknown): R | undefined;
  /** Sets the outputs and adds the summary. */
  report(result: R): void | Promise<void>;
}

/** What promote-endpoint and rollback read before they move an endpoint: the config, the runtime it names, the run. */
export async function readMoveTarget(inputs: { 'config-file': string; environment?: string; 'agent-runtime'?: string }): Promise<Target & { info: RunInfo }> {
  const config = await loadConfigFile(inputs['config-file']);
  return { ...selectTarget(config, inputs.environment, inputs['agent-runtime']), info: runInfo() };
}

export async function runEndpointMove<R extends { headline: string }>(run: EndpointMove<R>): Promise<void> {
  const { environment, runtime, info, logger } = run;
  // Made before the move: a missing token fails before any change.
  const startDeployment = deploymentStarterFor(run.inputs, info, environment.name, logger);
  let deployment: Deployment | undefined;
  const onChange = async (change: EndpointChange) => {
    deployment = await startDeployment(run.task, `${runtime.key}: ${run.describe(change)}`, {
      runtime: runtime.key,
      endpoint: run.inputs.endpoint || runtime.promotion.live_endpoint,
      from: change.from ?? '',
      to: change.to,
    });
  };
  try {
    const timeoutMs = run.inputs['timeout-minutes'] * 60_000;
    const result = await run.move({
      environment,
      runtime,
      timeoutMs,
      run: { actor: info.actor, runUrl: info.runUrl, commit: info.commit },
      clock: systemClock,
      logger,
      onChange,
      signal: run.signal,
      onLease: noteLease(environment.region),
    });
    await run.report(result);
    await deployment?.finish('success', result.headline);
  } catch (error) {
    const failed = run.resultOf(error);
    if (failed) await run.report(failed);
    await deployment?.finish(failed ? 'failure' : 'error', describeError(error));
    throw error;
  }
}
