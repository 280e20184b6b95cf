/** setup-env's job summary: where it runs, then what became of each infrastructure concern. */
import type { ResolvedEnvironment, ResolvedRuntime } from '../../core/config/index.js';
import { code, escapeCell, raw, table } from '../../core/markdown.js';
import type { ConcernResult } from '../../core/ops/setup-env.js';

const ACTIONS: Record<ConcernResult['action'], string> = {
  created: 'created',
  recreated: 'deleted (ROLLBACK_COMPLETE) and created',
  updated: 'updated',
  unchanged: 'no change',
  given: 'given by hand, exists',
};

/** The job summary's infrastructure section: one row per concern, then each stack's resource changes. */
export function renderInfraResults(results: ConcernResult[]): string {
  if (results.length === 0) return 'Infrastructure: nothing done.';
  const rows = results.map((result) => [result.concern, result.key, raw(code(result.name)), ACTIONS[result.action], result.changes.length]);
  const sections = [table(['Concern', 'Key', 'Stack or value', 'Result', 'Resource changes'], rows)];
  for (const result of results.filter((r) => r.changes.length > 0)) {
    sections.push(`Changes to ${code(result.name)}:\n\n${result.changes.map((change) => `- ${escapeCell(change)}`).join('\n')}`);
  }
  return sections.join('\n\n');
}

export function setupEnvTable(environment: ResolvedEnvironment, runtime: ResolvedRuntime, account: string, configHash: string): string {
  return table(
    ['Environment', 'Region', 'Account', 'Runtime', 'AWS name', 'Config hash'],
    [[environment.name, environment.region, account, runtime.key, raw(code(runtime.aws_name)), raw(code(configHash.slice(0, 12)))]],
  );
}
