import { createClients } from '../core/aws/clients.js';
import { loadConfigFile } from '../core/config/index.js';
import type { RollbackResult } from '../core/ops/rollback.js';
import { selectTarget } from '../core/target.js';
import { runInfo } from '../github/context.js';
import { runEndpointMove } from '../github/endpoint-move.js';
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
    const [{ RollbackFailure, rollbackEndpoint }, { rollbackSummary }] = await Promise.all([import('../core/ops/rollback.js'), import('../github/summaries/rollback.js')]);
    const clients = await createClients({ region: environment.region }, ['sts', 'ssm', 'agentcore', 'ecr']);
    await runEndpointMove({
      task: 'rollback',
      inputs,
      info,
      environment,
      runtime,
      logger,
      describe: ({ from, to }) => `rollback ${from ? `${from} → ` : ''}${to}${inputs.reason ? `: ${inputs.reason}` : ''}`,
      move: (base) =>
        rollbackEndpoint({
          ...base,
          ...(inputs.endpoint ? { endpoint: inputs.endpoint } : {}),
          ...(inputs['to-version'] ? { toVersion: inputs['to-version'] } : {}),
          ...(inputs.reason ? { reason: inputs.reason } : {}),
          clients,
        }),
      resultOf: (error) => (error instanceof RollbackFailure ? error.result : undefined),
      report: (result: RollbackResult) => {
        setOutput('version', result.version);
        setOutput('previous-version', result.previousVersion ?? '');
        setOutput('changed', result.changed);
        for (const section of rollbackSummary(result)) summary.add(section);
      },
    });
  });
}
