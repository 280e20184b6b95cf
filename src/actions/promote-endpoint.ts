import { systemClock } from '../core/clock.js';
import { loadConfigFile } from '../core/config/index.js';
import { describeError } from '../core/errors.js';
import type { PromoteResult } from '../core/promotion/promote.js';
import { selectTarget } from '../core/target.js';
import { runInfo } from '../github/context.js';
import { deploymentStarterFor, type Deployment } from '../github/deployments.js';
import { readInputs } from '../github/inputs.js';
import { runAction } from '../github/run.js';
import { promoteEndpointSpec } from '../github/specs/promote-endpoint.js';

export async function run(): Promise<void> {
  await runAction(promoteEndpointSpec, async ({ logger, summary, setOutput }) => {
    const inputs = readInputs(promoteEndpointSpec.inputs);
    const config = await loadConfigFile(inputs['config-file']);
    const { environment, runtime } = selectTarget(config, inputs.environment, inputs['agent-runtime']);
    const info = runInfo();
    // Loaded only now, so a bad input or config fails before the AWS SDK is even read from disk.
    const [{ PromotionFailure, promoteEndpoint }, { promotionSummary }] = await Promise.all([import('../core/promotion/promote.js'), import('../core/promotion/report.js')]);
    const startDeployment = deploymentStarterFor(inputs, info, environment.name, logger);
    let deployment: Deployment | undefined;
    const report = (result: PromoteResult) => {
      setOutput('endpoint', result.endpoint);
      setOutput('version', result.version);
      setOutput('previous-version', result.previousVersion ?? '');
      setOutput('changed', result.changed);
      setOutput('rolled-back', result.rolledBack);
      setOutput('smoke-test-result', result.smoke.outcome);
      for (const section of promotionSummary(result)) summary.add(section);
    };
    try {
      const result = await promoteEndpoint({
        environment,
        runtime,
        ...(inputs.version ? { version: inputs.version } : {}),
        ...(inputs.endpoint ? { endpoint: inputs.endpoint } : {}),
        ...(inputs['candidate-endpoint'] ? { candidateEndpoint: inputs['candidate-endpoint'] } : {}),
        ...(inputs['expected-version'] ? { expectedVersion: inputs['expected-version'] } : {}),
        smokeTest: inputs['smoke-test'],
        ...(inputs['bake-minutes'] !== undefined ? { bakeMinutes: inputs['bake-minutes'] } : {}),
        alarms: inputs.alarms,
        autoRollback: inputs['auto-rollback'],
        timeoutMs: inputs['timeout-minutes'] * 60_000,
        run: { actor: info.actor, runUrl: info.runUrl, commit: info.commit },
        clock: systemClock,
        logger,
        onChange: async ({ from, to }) => {
          deployment = await startDeployment('promote', `${runtime.key}: ${from ? `version ${from}` : 'new endpoint'} → ${to}`, {
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
      if (error instanceof PromotionFailure) report(error.result);
      await deployment?.finish(error instanceof PromotionFailure ? 'failure' : 'error', describeError(error));
      throw error;
    }
  });
}
