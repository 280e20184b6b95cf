import type { EmulatorState } from '../../../state.js';
import type { EngineContext } from './stacks.js';

/** Failures injected through POST /_emulator/cloudformation/fail-resource. */

export interface FailureRule {
  account?: string;
  region?: string;
  stackName?: string;
  logicalId: string;
  reason: string;
  remaining: number;
}

export function failureRules(state: EmulatorState): FailureRule[] {
  return state.global<FailureRule[]>('cloudformation-failures', () => []);
}

export function injectedFailure(ctx: EngineContext, stackName: string, logicalId: string): string | undefined {
  const rule = failureRules(ctx.state).find(
    (r) =>
      r.remaining > 0 &&
      r.logicalId === logicalId &&
      (r.account === undefined || r.account === ctx.account) &&
      (r.region === undefined || r.region === ctx.region) &&
      (r.stackName === undefined || r.stackName === stackName),
  );
  if (!rule) return undefined;
  rule.remaining--;
  return rule.reason;
}
