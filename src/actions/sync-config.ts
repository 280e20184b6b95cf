import { createClient } from '../core/aws/clients.js';
import { loadConfigFile } from '../core/config/index.js';
import { UserError } from '../core/errors.js';
import { code, raw, table } from '../core/markdown.js';
import type { SyncResult } from '../core/sync/sync.js';
import { readInputs } from '../github/inputs.js';
import { runAction } from '../github/run.js';
import { syncConfigSpec } from '../github/specs/sync-config.js';

const ACTION_TEXT: Record<string, [done: string, planned: string]> = {
  create: ['created', 'to create'],
  update: ['updated', 'to update'],
  delete: ['deleted', 'to delete'],
  stale: ['stale (kept: prune is off)', 'stale (kept: prune is off)'],
};

export async function run(): Promise<void> {
  await runAction(syncConfigSpec, async ({ logger, summary, setOutput }) => {
    const inputs = readInputs(syncConfigSpec.inputs);
    const mode = inputs.mode as 'push' | 'check';
    const dryRun = inputs['dry-run'];
    if (mode === 'check' && (inputs.prune || dryRun)) logger.warning('Inputs "prune" and "dry-run" are ignored in check mode: it never writes.');
    const config = await loadConfigFile(inputs['config-file']);
    // Loaded only now, so a bad input or config fails before the AWS SDK is even read from disk.
    const [{ SSMClient }, { STSClient }, { checkEnvironments, selectEnvironments }, { syncEnvironment }] = await Promise.all([
      import('@aws-sdk/client-ssm'),
      import('@aws-sdk/client-sts'),
      import('../core/sync/environments.js'),
      import('../core/sync/sync.js'),
    ]);
    const access = await checkEnvironments(selectEnvironments(config, inputs.environments), (region) => createClient(STSClient, { region }), logger);

    const results: SyncResult[] = [];
    const rows: unknown[][] = [];
    for (const entry of access) {
      const { environment } = entry;
      if ('skipped' in entry) {
        rows.push([environment.name, environment.region, '', `skipped: ${entry.skipped}`]);
        continue;
      }
      const verb = mode === 'check' ? 'Comparing' : dryRun ? 'Planning' : 'Syncing';
      const result = await logger.group(`${verb} the config copy of ${environment.name} (${environment.region})`, () =>
        syncEnvironment({
          ssm: createClient(SSMClient, { region: environment.region }),
          environment,
          logger,
          mode,
          prune: inputs.prune,
          dryRun,
        }),
      );
      results.push(result);
      if (!result.enabled) {
        rows.push([environment.name, environment.region, '', 'cloud_config_enabled is false: no config copy is kept']);
        continue;
      }
      const shown = result.changes.filter((c) => c.action !== 'unchanged');
      if (shown.length === 0) rows.push([environment.name, environment.region, raw(code(`${result.prefix}/${environment.name}/config`)), 'up to date']);
      for (const change of shown) {
        const [done, planned] = ACTION_TEXT[change.action]!;
        const size = change.bytes !== undefined ? ` (${change.bytes} bytes, ${change.tier})` : '';
        rows.push([environment.name, environment.region, raw(code(change.name)), `${result.applied ? done : planned}${size}`]);
      }
      for (const name of result.stale) logger.warning(`Stale config copy ${name}: the config no longer produces it. Run sync-config with prune: true to delete it.`);
    }

    const count = (pick: (r: SyncResult) => string[]) => results.reduce((sum, r) => sum + pick(r).length, 0);
    const changed = results.some((r) => r.changed);
    setOutput('changed', changed);
    setOutput('written', count((r) => r.written));
    setOutput('deleted', count((r) => r.deleted));
    setOutput('stale', count((r) => r.stale));

    const heading =
      mode === 'check'
        ? changed
          ? '⚠️ The SSM config copy differs from the config.'
          : '✅ The SSM config copy matches the config.'
        : dryRun
          ? '🔎 Dry run: nothing was written.'
          : changed
            ? '✅ The SSM config copy was brought in line with the config.'
            : '✅ Nothing to write: the SSM config copy already matches the config.';
    summary.add(`${heading} Config file: ${code(config.file)}.`);
    summary.add(table(['Environment', 'Region', 'Parameter', 'Result'], rows));
    if (!changed && mode === 'push' && !dryRun) logger.notice('The SSM config copy already matched the config: nothing was written.');

    if (mode === 'check' && changed) {
      const what = results
        .filter((r) => r.changed)
        .map((r) => `${r.environment} (${[r.written.length && `${r.written.length} to write`, r.stale.length && `${r.stale.length} stale`].filter(Boolean).join(', ')})`);
      throw new UserError(`The SSM config copy differs from ${config.file} for ${what.join(', ')}. Run sync-config with mode: push (and prune: true for stale parameters).`);
    }
  });
}
