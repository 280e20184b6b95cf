/**
 * What the promote-endpoint and rollback entries share: the GitHub deployment that starts
 * right before the endpoint moves and ends with the run, and outputs and summary that are
 * written for a failed move too (its failure carries the result).
 */
import type { ResolvedRuntime } from '../core/config/index.js';
import { describeError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { RunInfo } from './context.js';
import { deploymentStarterFor, type Deployment } from './deployments.js';

export interface EndpointChange {
  from?: string;
  to: string;
}

export interface EndpointMove<R> {
  task: 'promote' | 'rollback';
  inputs: { 'github-deployments': boolean; 'github-token'?: string | undefined; endpoint?: string | undefined };
  info: RunInfo;
  environment: string;
  runtime: ResolvedRuntime;
  logger: Logger;
  /** The deployment's description after "<runtime>: ". */
  describe(change: EndpointChange): string;
  /** Runs the move; calls onChange right before the endpoint changes. */
  move(onChange: (change: EndpointChange) => Promise<void>): Promise<R>;
  /** The result a failed move carries; undefined for any other error. */
  resultOf(error: unknown): R | undefined;
  /** Sets the outputs and adds the summary. */
  report(result: R): void;
}

export async function runEndpointMove<R extends { headline: string }>(run: EndpointMove<R>): Promise<void> {
  const { runtime } = run;
  // Made before the move: a missing token fails before any change.
  const startDeployment = deploymentStarterFor(run.inputs, run.info, run.environment, run.logger);
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
    const result = await run.move(onChange);
    run.report(result);
    await deployment?.finish('success', result.headline);
  } catch (error) {
    const failed = run.resultOf(error);
    if (failed) run.report(failed);
    await deployment?.finish(failed ? 'failure' : 'error', describeError(error));
    throw error;
  }
}
