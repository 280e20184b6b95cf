/**
 * A canary's steps in promote-endpoint's summary: a Mermaid gantt chart, one bar per step
 * (its share of traffic, as long as it baked, coloured by its result), and a table with reasons.
 */
import { code, escapeCell, mermaid, table } from '../../core/markdown.js';
import type { CanaryReport } from '../../core/promotion/canary.js';
import type { CanaryStep } from '../../core/ledger.js';

const TAGS: Record<CanaryStep['result'], string> = { passed: 'done, ', failed: 'crit, ', cancelled: 'crit, ', 'not-run': '' };

/** "10:passed,50:not-run", the output canary-steps. */
export function canarySteps(canary: CanaryReport | undefined): string {
  return canary ? canary.steps.map((step) => `${step.percent}:${step.result}`).join(',') : '';
}

export function canaryDiagram(canary: CanaryReport, version: string): string {
  // dateFormat X reads the bars' start and length in seconds; a step of 0 minutes still gets a visible bar.
  const seconds = Math.max(1, Math.round(canary.stepMinutes * 60));
  const lines = ['gantt', `  title Canary of version ${version}`, '  dateFormat X', '  axisFormat %H:%M:%S', `  section Traffic to version ${version}`];
  canary.steps.forEach((step, index) => {
    const start = index === 0 ? '0' : `after s${index}`;
    lines.push(`  ${step.percent} % ${step.result} :${TAGS[step.result]}s${index + 1}, ${start}, ${seconds}s`);
  });
  return lines.join('\n');
}

export function canarySummary(canary: CanaryReport, version: string): string[] {
  const lines = [`- Canary through gateway ${code(canary.gateway)}: ${canary.steps.length} step(s) of ${canary.stepMinutes} minute(s) each.`];
  if (canary.found) lines.push(`- Before it started: ${escapeCell(canary.found)}.`);
  const rows = canary.steps.map((step, index) => [`${index + 1} of ${canary.steps.length}`, `${step.percent} %`, step.result, step.reason ?? '']);
  return [`### Canary steps\n\n${lines.join('\n')}\n\n${mermaid(canaryDiagram(canary, version))}\n\n${table(['Step', 'Traffic to the new version', 'Result', 'Reason'], rows)}`];
}
