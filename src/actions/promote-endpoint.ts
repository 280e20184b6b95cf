import { createClients } from '../core/aws/clients.js';
import type { Strategy } from '../core/config/index.js';
import { PromotionFailure, type PromoteResult } from '../core/promotion/promote-result.js';
import { readMoveTarget, runEndpointMove } from '../github/endpoint-move.js';
import { readInputs } from '../github/inputs.js';
import { runAction } from '../github/run.js';
import { promoteEndpointSpec } from '../github/specs/promote-endpoint.js';

export async function run(): Promise<void> {
  await runAction(promoteEndpointSpec, async ({ logger, summary, setOutput, signal }) => {
    const inputs = readInputs(promoteEndpointSpec.inputs);
    const { environment, runtime, info } = await readMoveTarget(inputs);
    await runEndpointMove({
      task: 'promote',
      signal,
      inputs,
      info,
      environment,
      runtime,
      logger,
      describe: ({ from, to }) => `${from ? `version ${from}` : 'new endpoint'} → ${to}`,
      move: async (base) => {
        // Loaded only now, after runEndpointMove's checks, so a bad input or config fails before the AWS SDK is
        // read from disk; the account check goes out first, and the rest of the SDK loads during its round trip.
        const { sts, identity } = await (await import('../core/identity.js')).startCredentialCheck(createClients, environment, logger);
        const { promoteEndpoint } = await import('../core/ops/promote-endpoint.js');
        const clients = { sts, ...(await createClients({ region: environment.region }, ['ssm', 'agentcore', 'ecr', 'cloudwatch', 'agentcoreData', 'cognito'])) };
        return promoteEndpoint({
          ...base,
          ...(inputs.version ? { version: inputs.version } : {}),
          ...(inputs.endpoint ? { endpoint: inputs.endpoint } : {}),
          ...(inputs['candidate-endpoint'] ? { candidateEndpoint: inputs['candidate-endpoint'] } : {}),
          ...(inputs['expected-version'] ? { expectedVersion: inputs['expected-version'] } : {}),
          smokeTest: inputs['smoke-test'],
          ...(inputs['bake-minutes'] !== undefined ? { bakeMinutes: inputs['bake-minutes'] } : {}),
          alarms: inputs.alarms,
          autoRollback: inputs['auto-rollback'],
          ...(inputs.strategy ? { strategy: inputs.strategy as Strategy } : {}), // the input's pattern allows only these two
          identity,
          clients,
        });
      },
      resultOf: (error) => (error instanceof PromotionFailure ? error.result : undefined),
      report: async (result: PromoteResult) => {
        setOutput('endpoint', result.endpoint);
        setOutput('version', result.version);
        setOutput('previous-version', result.previousVersion ?? '');
        setOutput('changed', result.changed);
        setOutput('rolled-back', result.rolledBack);
        setOutput('smoke-test-result', result.smoke.outcome);
        const { promotionSummary } = await import('../github/summaries/promote-endpoint.js');
        const { canarySteps } = await import('../github/summaries/canary.js');
        setOutput('strategy', result.canary ? 'canary' : 'blue-green');
        setOutput('canary-steps', canarySteps(result.canary));
        for (const section of promotionSummary(result)) summary.add(section);
      },
    });
  });
}
