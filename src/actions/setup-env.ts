import { STSClient } from '@aws-sdk/client-sts';
import { createClient } from '../core/aws/clients.js';
import { loadConfigFile, environmentHash } from '../core/config/index.js';
import { checkAccount } from '../core/identity.js';
import { code, raw, table } from '../core/markdown.js';
import { selectTarget } from '../core/target.js';
import { readInputs } from '../github/inputs.js';
import { runAction } from '../github/run.js';
import { setupEnvSpec } from '../github/specs/setup-env.js';

export async function run(): Promise<void> {
  await runAction(setupEnvSpec, async ({ logger, summary, setOutput, exportVariable }) => {
    const inputs = readInputs(setupEnvSpec.inputs);
    const config = await loadConfigFile(inputs['config-file']);
    const { environment, runtime } = selectTarget(config, inputs.environment, inputs['agent-runtime']);
    const identity = await logger.group(`Checking credentials for ${environment.name} (${environment.region})`, () =>
      checkAccount(createClient(STSClient, { region: environment.region }), environment),
    );
    logger.info(`Credentials: ${identity.arn} in account ${identity.account}`);
    const hash = environmentHash(environment);

    exportVariable('AWS_REGION', environment.region);
    exportVariable('AWS_DEFAULT_REGION', environment.region);
    setOutput('environment', environment.name);
    setOutput('region', environment.region);
    setOutput('account-id', identity.account);
    setOutput('agent-runtime', runtime.key);
    setOutput('agent-runtime-name', runtime.aws_name);
    setOutput('config-hash', hash);

    summary.add(
      table(
        ['Environment', 'Region', 'Account', 'Runtime', 'AWS name', 'Config hash'],
        [[environment.name, environment.region, identity.account, runtime.key, raw(code(runtime.aws_name)), raw(code(hash.slice(0, 12)))]],
      ),
    );
  });
}
