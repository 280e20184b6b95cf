/**
 * promote-endpoint's job summary: the moves table, the smoke test and bake, a canary's steps, and
 * the Mermaid diagram of versions and endpoints before and after.
 */
import { describeAlarm } from '../../core/promotion/bake.js';
import { code, details, escapeCell, mermaid, raw, table } from '../../core/markdown.js';
import type { PromoteResult } from '../../core/promotion/promote-result.js';
import { formatElapsed } from '../../core/wait.js';
import { canarySummary } from './canary.js';
import { endpointDiagram, type DiagramInput } from './diagram.js';
import { movesTable } from './endpoint-moves.js';

/** One line for the smoke test, for the summary and the diagram's arrow. */
export function smokeNote(result: PromoteResult): string {
  const { smoke } = result;
  const last = smoke.result?.attempts.at(-1);
  switch (smoke.outcome) {
    case 'passed':
      return `smoke test passed (${last?.latencyMs ?? '?'} ms${smoke.result!.attempts.length > 1 ? `, attempt ${smoke.result!.attempts.length}` : ''})`;
    case 'failed':
      return `smoke test failed: ${last?.problem ?? 'unknown'}`;
    case 'skipped':
      return `no smoke test (${smoke.reason})`;
    case 'not-run':
      return 'smoke test not reached';
  }
}

/** One line for the bake, for the summary and the diagram's arrow. */
export function bakeNote(result: PromoteResult): string {
  const { bake } = result;
  switch (bake.outcome) {
    case 'passed':
      return `baked ${formatElapsed(bake.durationMs)}, ${bake.alarms.length ? `alarms OK (${bake.alarms.join(', ')})` : 'no alarms'}`;
    case 'alarm':
      return `bake failed: alarm ${bake.alarm.name} fired${bake.alarm.since ? ` at ${bake.alarm.since.toISOString()}` : ''}`;
    case 'endpoint':
    case 'error':
      return `bake failed: ${bake.problem}`;
    case 'skipped':
      return `no bake (${bake.reason})`;
    case 'not-run':
      return 'bake not reached';
  }
}

export function promotionDiagram(result: PromoteResult): string {
  const input: DiagramInput = {
    before: result.before,
    after: result.after,
    versions: [result.version, ...(result.previousVersion ? [result.previousVersion] : [])],
    notes: {},
  };
  const liveNow = result.after.find((e) => e.name === result.endpoint)?.liveVersion;
  if (result.outcome === 'succeeded') {
    input.notes![result.candidateEndpoint] = smokeNote(result);
    input.notes![result.endpoint] = `${result.smoke.outcome === 'passed' ? 'smoke test passed · ' : ''}${bakeNote(result)}`;
    input.good = [result.version];
  } else if (result.outcome === 'unchanged') {
    input.notes![result.endpoint] = 'already live';
  } else {
    input.notes![result.candidateEndpoint] = smokeNote(result);
    if (liveNow !== result.version) {
      const note = result.outcome === 'rolled-back' ? `rolled back · ${bakeNote(result)}` : result.smoke.outcome === 'failed' ? 'not promoted' : 'move failed';
      input.rejected = [{ endpoint: result.endpoint, version: result.version, note }];
    } else {
      input.notes![result.endpoint] = bakeNote(result);
    }
    input.bad = [result.version];
    if (liveNow && liveNow !== result.version) input.good = [liveNow];
  }
  return endpointDiagram(input);
}

export function promotionSummary(result: PromoteResult): string[] {
  const sections = [movesTable(result), `**${escapeCell(result.headline)}**${result.resumed ? ' (finished the move an earlier attempt of this run started)' : ''}`];
  const lines = [`- Smoke test of ${code(result.candidateEndpoint)}: ${escapeCell(smokeNote(result))}`, `- Bake: ${escapeCell(bakeNote(result))}`];
  if (result.bake.outcome === 'alarm') lines.push(`- Alarm: ${escapeCell(describeAlarm(result.bake.alarm))}`);
  if (result.ledger) lines.push(`- Recorded in the ledger (SSM ${result.ledger.tier} tier).`);
  sections.push(lines.join('\n'));
  const attempts = result.smoke.result?.attempts ?? [];
  if (attempts.length) {
    sections.push(
      details(
        `Smoke test attempts (${attempts.length})`,
        table(
          ['Attempt', 'Status', 'Latency', 'Result', 'Response (start)'],
          attempts.map((a) => [a.attempt, a.status ?? '—', `${a.latencyMs} ms`, a.problem ?? 'passed', raw(code(a.body.replace(/\s+/g, ' ')) || '—')]),
        ),
        result.smoke.outcome === 'failed',
      ),
    );
  }
  if (result.canary) sections.push(...canarySummary(result.canary, result.version));
  sections.push(`### Versions and endpoints\n\n${mermaid(promotionDiagram(result))}`);
  return sections;
}

