import { createClients } from '../core/aws/clients.js';
import { systemClock } from '../core/clock.js';
import { loadConfigFile } from '../core/config/file.js';
import { writeReportFile } from '../core/drift/report.js';
import { runInfo } from '../github/context.js';
import { commentDrift } from '../github/drift-comment.js';
import { readInputs } from '../github/inputs.js';
import { runAction } from '../github/run.js';
import { driftCheckSpec } from '../github/specs/drift-check.js';
import { renderSummary } from '../github/summaries/drift-check.js';

export async function run(): Promise<void> {
  await runAction(driftCheckSpec, async ({ logger, summary, setOutput, signal }) => {
    const inputs = readInputs(driftCheckSpec.inputs);
    const config = await loadConfigFile(inputs['config-file']);
    const info = runInfo();
    // Loaded only now, so a bad input or config fails before the AWS SDK is even read from disk;
    // the account checks are made before the orchestrator and its clients load (their compiling would hold the requests back).
    const access = (await import('../core/sync/environments.js')).startEnvironmentChecks(config, inputs.environments, createClients, logger);
    await access.catch(() => undefined);
    const { concludeDriftCheck, driftCheck } = await import('../core/ops/drift-check.js');
    const report = await driftCheck({
      config,
      environments: inputs.environments,
      clientsFor: createClients,
      access,
      run: { commit: info.commit, runUrl: info.runUrl },
      clock: systemClock,
      logger,
      signal,
    });

    const reportPath = await writeReportFile(report, inputs['report-file']);
    setOutput('drifted', report.drifted);
    setOutput('drift-count', report.drift_count);
    setOutput('report-file', reportPath);
    summary.add(renderSummary(report));
    await commentDrift(inputs.comment, inputs['github-token'], report, info, logger);
    concludeDriftCheck(report, { failOnDrift: inputs['fail-on-drift'], reportFile: inputs['report-file'] }, logger);
  });
}
