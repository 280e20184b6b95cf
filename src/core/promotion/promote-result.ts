/** What promote-endpoint reports: the result the summary shows, on success and on failure alike. */
import { UserError } from '../errors.js';
import type { LedgerWrite } from '../ledger.js';
import type { BakeResult } from './bake.js';
import type { CanaryReport } from './canary.js';
import type { EndpointView } from './endpoints.js';
import type { RuntimeHandle } from './handle.js';
import type { SmokeResult } from './smoke.js';

export type PromoteOutcome = 'succeeded' | 'unchanged' | 'failed' | 'rolled-back' | 'cancelled';

export interface SmokeReport {
  outcome: 'passed' | 'failed' | 'skipped' | 'not-run';
  reason?: string;
  result?: SmokeResult;
}

export type BakeReport = BakeResult | { outcome: 'skipped' | 'not-run'; reason: string };

export interface PromoteResult {
  environment: string;
  region: string;
  runtimeKey: string;
  runtimeName: string;
  endpoint: string;
  candidateEndpoint: string;
  /** The version promoted (or that was to be). */
  version: string;
  /** What live served before; undefined when this run created it. */
  previousVersion?: string;
  outcome: PromoteOutcome;
  /** Live serves another version than before the run. */
  changed: boolean;
  rolledBack: boolean;
  /** What live serves at the end, as "version 2 (READY)". */
  serving: string;
  smoke: SmokeReport;
  bake: BakeReport;
  /** A re-run that finished a move an earlier attempt of the same run started. */
  resumed: boolean;
  /** One sentence: what happened. */
  headline: string;
  before: EndpointView[];
  after: EndpointView[];
  ledger?: LedgerWrite;
  /** A canary's steps; absent for blue-green. */
  canary?: CanaryReport;
}

/** A failed promotion: the step fails with the message, the summary still shows the result. */
export class PromotionFailure extends UserError {
  constructor(
    message: string,
    readonly result: PromoteResult,
  ) {
    super(message);
  }
}

/** A failure inside the promotion, which the promotion records in the ledger (under the lease) and then reports as a PromotionFailure. */
export class PendingFailure extends Error {
  constructor(
    readonly problem: string,
    readonly result: 'failed' | 'rolled-back' | 'cancelled',
  ) {
    super(problem);
  }
}

/** What the promotion knows when it reports. */
export interface PromotionFacts {
  live: string;
  candidate: string;
  target: string;
  /** What live served before; undefined when this run created it. */
  from: string | undefined;
  smoke: SmokeReport;
  bake: BakeReport;
  resumed: boolean;
  before: EndpointView[];
  canary?: CanaryReport | undefined;
}

/** The result, with where the endpoints stand now (read once more unless given). */
export async function promoteResult(
  handle: RuntimeHandle,
  facts: PromotionFacts,
  outcome: PromoteOutcome,
  headline: string,
  extra: { ledger?: LedgerWrite; changed: boolean; after?: EndpointView[] },
): Promise<PromoteResult> {
  // Imported here: the entry imports PromotionFailure from this module, and endpoints.js brings the SDK, which a bad input must not wait for.
  const { describeServing, listEndpoints } = await import('./endpoints.js');
  const after = extra.after ?? (await listEndpoints(handle).catch(() => []));
  const liveAfter = after.find((e) => e.name === facts.live);
  const changed = extra.changed || (liveAfter?.liveVersion !== undefined && liveAfter.liveVersion !== facts.from);
  return {
    environment: handle.environment,
    region: handle.region,
    runtimeKey: handle.runtimeKey,
    runtimeName: handle.runtimeName,
    endpoint: facts.live,
    candidateEndpoint: facts.candidate,
    version: facts.target,
    ...(facts.from ? { previousVersion: facts.from } : {}),
    outcome,
    changed,
    rolledBack: outcome === 'rolled-back',
    serving: liveAfter ? describeServing(liveAfter) : 'unknown',
    smoke: facts.smoke,
    bake: facts.bake,
    resumed: facts.resumed,
    headline,
    before: facts.before,
    after,
    ...(extra.ledger ? { ledger: extra.ledger } : {}),
    ...(facts.canary ? { canary: facts.canary } : {}),
  };
}
