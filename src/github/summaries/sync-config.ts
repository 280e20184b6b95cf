/** sync-config's job summary: a heading, then one row per parameter written, planned or stale. */
import { code, raw, table } from '../../core/markdown.js';
import type { SyncConfigResult } from '../../core/ops/sync-config.js';

const ACTION_TEXT: Record<string, [done: string, planned: string]> = {
  create: ['created', 'to create'],
  update: ['updated', 'to update'],
  delete: ['deleted', 'to delete'],
  stale: ['stale (kept: prune is off)', 'stale (kept: prune is off)'],
};

export function syncConfigSummary(result: SyncConfigResult, run: { mode: 'push' | 'check'; dryRun: boolean; configFile: string }): string[] {
  const rows: unknown[][] = [];
  for (const entry of result.environments) {
    const { environment } = entry;
    if ('skipped' in entry) {
      rows.push([environment.name, environment.region, '', `skipped: ${entry.skipped}`]);
      continue;
    }
    const sync = entry.result;
    if (!sync.enabled) {
      rows.push([environment.name, environment.region, '', 'cloud_config_enabled is false: no config copy is kept']);
      continue;
    }
    const shown = sync.changes.filter((c) => c.action !== 'unchanged');
    if (shown.length === 0) rows.push([environment.name, environment.region, raw(code(`${sync.prefix}/${environment.name}/config`)), 'up to date']);
    for (const change of shown) {
      const [done, planned] = ACTION_TEXT[change.action]!;
      const size = change.bytes !== undefined ? ` (${change.bytes} bytes, ${change.tier})` : '';
      const keys = change.keys?.length ? `; differs in ${change.keys.join(', ')}` : '';
      rows.push([environment.name, environment.region, raw(code(change.name)), `${sync.applied ? done : planned}${size}${keys}`]);
    }
  }
  const heading =
    run.mode === 'check'
      ? result.changed
        ? '⚠️ The SSM config copy differs from the config.'
        : '✅ The SSM config copy matches the config.'
      : run.dryRun
        ? '🔎 Dry run: nothing was written.'
        : result.changed
          ? '✅ The SSM config copy was brought in line with the config.'
          : '✅ Nothing to write: the SSM config copy already matches the config.';
  return [`${heading} Config file: ${code(run.configFile)}.`, table(['Environment', 'Region', 'Parameter', 'Result'], rows)];
}
