/** The table promote-endpoint and rollback both start their summary with: what moved where. */
import { code, escapeCell, raw, table } from '../../core/markdown.js';
import type { PromoteResult } from '../../core/promotion/promote-result.js';
import type { RollbackResult } from '../../core/ops/rollback.js';

const RESULT_TEXT: Record<PromoteResult['outcome'] | RollbackResult['outcome'], string> = {
  succeeded: '✅ done',
  unchanged: '➖ no change',
  failed: '❌ failed',
  'rolled-back': '↩️ rolled back',
  cancelled: '⏹️ cancelled',
};

function fromTo(from: string | undefined, to: string): string {
  return `${from ?? '(new endpoint)'} → ${to}`;
}

export function movesTable(result: PromoteResult | RollbackResult): string {
  return table(
    ['Environment', 'Runtime', 'Endpoint', 'From → to', 'Result', 'Serving now'],
    [[result.environment, raw(`${escapeCell(result.runtimeKey)} (${code(result.runtimeName)})`), result.endpoint, fromTo(result.previousVersion, result.version), RESULT_TEXT[result.outcome], result.serving]],
  );
}
