import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '../core/aws/clients.js';
import { systemClock } from '../core/clock.js';
import { loadConfigFile, environmentHash } from '../core/config/index.js';
import type { ConcernResult, InfraOutputs } from '../core/infra/provision.js';
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
    // Loaded only now, so a bad input or config fails before the AWS SDK is even read from disk.
    const [{ STSClient }, { checkAccount }, { derivedOutputs, infraClients, provisionInfrastructure }, { renderInfraResults }, { findTemplatesDir }] =
      await Promise.all([
        import('@aws-sdk/client-sts'),
        import('../core/identity.js'),
        import('../core/infra/provision.js'),
        import('../core/infra/report.js'),
        import('../core/infra/templates.js'),
      ]);
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

    let outputs: InfraOutputs;
    let changed = false;
    if (inputs['deploy-infrastructure']) {
      const results: ConcernResult[] = [];
      try {
        const provisioned = await provisionInfrastructure({
          environment,
          runtime,
          account: identity.account,
          // The bundle runs from dist/lib, the sources from src/actions: templates/ is found above either.
          templatesDir: findTemplatesDir(dirname(fileURLToPath(import.meta.url))),
          recreateFailedStacks: inputs['recreate-failed-stacks'],
          timeoutMs: inputs['stack-timeout-minutes'] * 60_000,
          clients: infraClients(environment.region),
          clock: systemClock,
          logger,
          onResult: (result) => results.push(result),
        });
        outputs = provisioned.outputs;
        changed = provisioned.changed;
        if (!changed) logger.notice(`Infrastructure of ${environment.name}: no change, every stack already matches.`);
      } finally {
        summary.add(renderInfraResults(results));
      }
    } else {
      logger.info('deploy-infrastructure is false: no stack is created or updated; outputs come from names and the config.');
      outputs = derivedOutputs(environment, runtime, identity.account);
    }
    for (const [name, value] of Object.entries(outputs)) setOutput(name, value);
    setOutput('stacks-changed', changed);
  });
}
