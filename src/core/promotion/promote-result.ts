/** What promote-endpoint reports: the result the summary shows, on success and on failure alike. */
import { UserError } from '../errors.js';
import type { LedgerWrite } from '../ledger.js';
import type { BakeResult } from './bake.js';
import type { EndpointView } from './endpoints.js';
import type { SmokeResult } from './smoke.js';

export type PromoteOutcome = 'succeeded' | 'unchanged' | 'failed' | 'rolled-back';

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
    readonly result: 'failed' | 'rolled-back',
  ) {
    super(problem);
  }
}
