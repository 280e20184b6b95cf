import { createClients } from '../core/aws/clients.js';
import type { RollbackResult } from '../core/ops/rollback.js';
import { readMoveTarget, runEndpointMove } from '../github/endpoint-move.js';
import { holderEndedCheck } from '../github/run-status.js';
import { readInputs } from '../github/inputs.js';
import { runAction } from '../github/run.js';
import { rollbackSpec } from '../github/specs/rollback.js';

export async function run(): Promise<void> {
  await runAction(rollbackSpec, async ({ logger, summary, setOutput, signal }) => {
    const inputs = readInputs(rollbackSpec.inputs);
    const { environment, runtime, info } = await readMoveTarget(inputs);
    let ops: typeof import('../core/ops/rollback.js') | undefined;
    await runEndpointMove({
      task: 'rollback',
      signal,
      inputs,
      info,
      environment,
      runtime,
      logger,
      describe: ({ from, to }) => `rollback ${from ? `${from} → ` : ''}${to}${inputs.reason ? `: ${inputs.reason}` : ''}`,
      move: async (base) => {
        // Loaded only now, after runEndpointMove's checks, so a bad input or config fails before the AWS SDK is
        // read from disk; the account check goes out first, and the rest of the SDK loads during its round trip.
        const { sts, identity } = await (await import('../core/identity.js')).startCredentialCheck(createClients, environment, logger);
        ops = await import('../core/ops/rollback.js');
        const clients = { sts, ...(await createClients({ region: environment.region }, ['ssm', 'agentcore', 'ecr'])) };
        return ops.rollbackEndpoint({
          ...base,
          ...(inputs.endpoint ? { endpoint: inputs.endpoint } : {}),
          ...(inputs['to-version'] ? { toVersion: inputs['to-version'] } : {}),
          ...(inputs.reason ? { reason: inputs.reason } : {}),
          ...holderEndedCheck(inputs['github-token'], logger),
          identity,
          clients,
        });
      },
      resultOf: (error) => (ops && error instanceof ops.RollbackFailure ? error.result : undefined),
      report: async (result: RollbackResult) => {
        setOutput('version', result.version);
        setOutput('previous-version', result.previousVersion ?? '');
        setOutput('changed', result.changed);
        const { rollbackSummary } = await import('../github/summaries/rollback.js');
        for (const section of rollbackSummary(result)) summary.add(section);
      },
    });
  });
}
