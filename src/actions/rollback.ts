import { systemClock } from '../core/clock.js';
import { loadConfigFile } from '../core/config/index.js';
import { describeError } from '../core/errors.js';
import type { RollbackResult } from '../core/promotion/rollback.js';
import { selectTarget } from '../core/target.js';
import { runInfo } from '../github/context.js';
import { deploymentStarterFor, type Deployment } from '../github/deployments.js';
import { readInputs } from '../github/inputs.js';
import { runAction } from '../github/run.js';
import { rollbackSpec } from '../github/specs/rollback.js';

export async function run(): Promise<void> {
  await runAction(rollbackSpec, async ({ logger, summary, setOutput }) => {
    const inputs = readInputs(rollbackSpec.inputs);
    const config = await loadConfigFile(inputs['config-file']);
    const { environment, runtime } = selectTarget(config, inputs.environment, inputs['agent-runtime']);
    const info = runInfo();
    // Loaded only now, so a bad input or config fails before the AWS SDK is even read from disk.
    const [{ RollbackFailure, rollbackEndpoint }, { rollbackSummary }] = await Promise.all([import('../core/promotion/rollback.js'), import('../core/promotion/report.js')]);
    const startDeployment = deploymentStarterFor(inputs, info, environment.name, logger);
    let deployment: Deployment | undefined;
    const report = (result: RollbackResult) => {
      setOutput('version', result.version);
      setOutput('previous-version', result.previousVersion ?? '');
      setOutput('changed', result.changed);
      for (const section of rollbackSummary(result)) summary.add(section);
    };
    try {
      const result = await rollbackEndpoint({
        environment,
        runtime,
        ...(inputs.endpoint ? { endpoint: inputs.endpoint } : {}),
        ...(inputs['to-version'] ? { toVersion: inputs['to-version'] } : {}),
        ...(inputs.reason ? { reason: inputs.reason } : {}),
        timeoutMs: inputs['timeout-minutes'] * 60_000,
        run: { actor: info.actor, runUrl: info.runUrl, commit: info.commit },
        clock: systemClock,
        logger,
        onChange: async ({ from, to }) => {
          const why = inputs.reason ? `: ${inputs.reason}` : '';
          deployment = await startDeployment('rollback', `${runtime.key}: rollback ${from ? `${from} → ` : ''}${to}${why}`, {
            runtime: runtime.key,
            endpoint: inputs.endpoint || runtime.promotion.live_endpoint,
            from: from ?? '',
            to,
          });
        },
      });
      report(result);
      await deployment?.finish('success', result.headline);
    } catch (error) {
      if (error instanceof RollbackFailure) report(error.result);
      await deployment?.finish(error instanceof RollbackFailure ? 'failure' : 'error', describeError(error));
      throw error;
    }
  });
}
