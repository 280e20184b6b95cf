import { createClients } from '../core/aws/clients.js';
import { systemClock } from '../core/clock.js';
import { loadConfigFile } from '../core/config/file.js';
import { readInputs } from '../github/inputs.js';
import { runAction } from '../github/run.js';
import { syncConfigSpec } from '../github/specs/sync-config.js';
import { syncConfigSummary } from '../github/summaries/sync-config.js';

export async function run(): Promise<void> {
  await runAction(syncConfigSpec, async ({ logger, summary, setOutput, signal }) => {
    const inputs = readInputs(syncConfigSpec.inputs);
    const mode = inputs.mode as 'push' | 'check';
    const dryRun = inputs['dry-run'];
    if (mode === 'check' && (inputs.prune || dryRun)) logger.warning('Inputs "prune" and "dry-run" are ignored in check mode: it never writes.');
    const config = await loadConfigFile(inputs['config-file']);
    // Loaded only now, so a bad input or config fails before the AWS SDK is even read from disk;
    // the account checks are made before the orchestrator and its clients load (their compiling would hold the requests back).
    const access = (await import('../core/sync/environments.js')).startEnvironmentChecks(config, inputs.environments, createClients, logger);
    await access.catch(() => undefined);
    const { concludeSyncConfig, syncConfig } = await import('../core/ops/sync-config.js');
    const request = { config, environments: inputs.environments, mode, prune: inputs.prune, dryRun, clientsFor: createClients, access, clock: systemClock, logger, signal };
    const result = await syncConfig(request);

    setOutput('changed', result.changed);
    setOutput('written', result.written);
    setOutput('deleted', result.deleted);
    setOutput('stale', result.stale);
    for (const section of syncConfigSummary(result, { mode, dryRun, configFile: config.file })) summary.add(section);
    concludeSyncConfig(result, request);
  });
}
