/** rollback's job summary: the moves table, how the version was chosen, what a canary's gateway routes, and the diagram. */
import { escapeCell, mermaid } from '../../core/markdown.js';
import type { RollbackResult } from '../../core/ops/rollback.js';
import { endpointDiagram, type DiagramInput } from './diagram.js';
import { movesTable } from './endpoint-moves.js';

export function rollbackDiagram(result: RollbackResult): string {
  const input: DiagramInput = {
    before: result.before,
    after: result.after,
    versions: [result.version, ...(result.previousVersion ? [result.previousVersion] : [])],
    notes: { [result.endpoint]: result.outcome === 'unchanged' ? 'already serving' : result.outcome === 'failed' ? 'rollback failed' : `rolled back${result.reason ? `: ${result.reason}` : ''}` },
  };
  if (result.outcome === 'succeeded' && result.previousVersion) {
    input.rejected = [{ endpoint: result.endpoint, version: result.previousVersion, note: 'was serving' }];
    input.bad = [result.previousVersion];
    input.good = [result.version];
  }
  return endpointDiagram(input);
}

export function rollbackSummary(result: RollbackResult): string[] {
  const lines = [
    `- Version chosen ${result.chosenBy === 'input' ? 'by the input "to-version"' : result.chosenBy === 'resumed' ? 'by an earlier attempt of this run (finished now)' : 'from the ledger: the last good version this endpoint served'}` +
      `${result.skipped.length ? `, skipping rolled-back version(s) ${result.skipped.join(', ')}` : ''}.`,
  ];
  if (result.reason) lines.push(`- Reason: ${escapeCell(result.reason)}`);
  if (result.ledger) lines.push(`- Recorded in the ledger (SSM ${result.ledger.tier} tier).`);
  const gateway = result.gateway;
  if (gateway?.warning) lines.push(`- ⚠️ ${escapeCell(gateway.warning)}`);
  else if (gateway) lines.push(`- Traffic through the ${escapeCell(gateway.route)}${gateway.changed ? ` (this run removed ${escapeCell(gateway.was ?? 'the old route')})` : ''}.`);
  return [movesTable(result), `**${escapeCell(result.headline)}**`, lines.join('\n'), `### Versions and endpoints\n\n${mermaid(rollbackDiagram(result))}`];
}
