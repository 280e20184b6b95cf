import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClients } from '../core/aws/clients.js';
import { systemClock } from '../core/clock.js';
import { loadConfigFile } from '../core/config/file.js';
import type { ConcernResult } from '../core/ops/setup-env.js';
import { selectTarget } from '../core/target.js';
import { readInputs } from '../github/inputs.js';
import { runAction } from '../github/run.js';
import { setupEnvSpec } from '../github/specs/setup-env.js';
import { renderInfraResults, setupEnvTable } from '../github/summaries/setup-env.js';

export async function run(): Promise<void> {
  await runAction(setupEnvSpec, async ({ logger, summary, setOutput, exportVariable, signal }) => {
    const inputs = readInputs(setupEnvSpec.inputs);
    const config = await loadConfigFile(inputs['config-file']);
    const { environment, runtime } = selectTarget(config, inputs.environment, inputs['agent-runtime']);
    const deploy = inputs['deploy-infrastructure'];
    // Loaded only now, so a bad input or config fails before the AWS SDK is even read from disk.
    // The account check goes out first, and the rest of the SDK loads during its round trip.
    const { sts, identity } = await (await import('../core/identity.js')).startCredentialCheck(createClients, environment, logger);
    const [{ setupEnv }, { findTemplatesDir }] = await Promise.all([import('../core/ops/setup-env.js'), import('../core/infra/templates.js')]);
    const results: ConcernResult[] = [];
    let checked = false;
    try {
      const result = await setupEnv({
        environment,
        runtime,
        deployInfrastructure: deploy,
        // The bundle runs from dist/lib, the sources from src/actions: templates/ is found above either.
        templatesDir: deploy ? findTemplatesDir(dirname(fileURLToPath(import.meta.url))) : '',
        recreateFailedStacks: inputs['recreate-failed-stacks'],
        timeoutMs: inputs['stack-timeout-minutes'] * 60_000,
        identity,
        clients: { sts, ...(await createClients({ region: environment.region }, ['cloudformation', 'iam', 'cognito'])) },
        clock: systemClock,
        logger,
        signal,
        onAccount: ({ account, configHash }) => {
          checked = true;
          exportVariable('AWS_REGION', environment.region);
          exportVariable('AWS_DEFAULT_REGION', environment.region);
          const where = { environment: environment.name, region: environment.region, 'account-id': account, 'agent-runtime': runtime.key, 'agent-runtime-name': runtime.aws_name, 'config-hash': configHash };
          for (const [name, value] of Object.entries(where)) setOutput(name, value);
          summary.add(setupEnvTable(environment, runtime, account, configHash));
        },
        onResult: (concern) => results.push(concern),
      });
      for (const [name, value] of Object.entries(result.outputs)) setOutput(name, value);
      setOutput('stacks-changed', result.changed);
    } finally {
      // Once the account is checked, the summary shows what was done, also when a stack failed.
      if (checked && deploy) summary.add(renderInfraResults(results));
    }
  });
}
