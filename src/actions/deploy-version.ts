import { createClients } from '../core/aws/clients.js';
import { systemClock } from '../core/clock.js';
import { loadConfigFile } from '../core/config/file.js';
import { selectTarget } from '../core/target.js';
import { runInfo } from '../github/context.js';
import { imageSource } from '../github/image-inputs.js';
import { noteLease } from '../github/lease-note.js';
import { readInputs } from '../github/inputs.js';
import { runAction } from '../github/run.js';
import { deployVersionSpec } from '../github/specs/deploy-version.js';
import { deployVersionSummary, deployVersionTarget } from '../github/summaries/deploy-version.js';

export async function run(): Promise<void> {
  await runAction(deployVersionSpec, async ({ logger, summary, setOutput, signal }) => {
    const inputs = readInputs(deployVersionSpec.inputs);
    const source = imageSource(inputs, (message) => logger.warning(message));
    const config = await loadConfigFile(inputs['config-file']);
    const { environment, runtime } = selectTarget(config, inputs.environment, inputs['agent-runtime']);
    const info = runInfo();
    summary.add(deployVersionTarget(environment, runtime, source));

    // Loaded only now, so a bad input or config fails before the AWS SDK is even read from disk.
    // The account check goes out first, and the rest of the SDK loads during its round trip.
    const { sts, identity } = await (await import('../core/identity.js')).startCredentialCheck(createClients, environment, logger);
    const { deployVersion } = await import('../core/ops/deploy-version.js');
    const result = await deployVersion({
      config,
      environment,
      runtime,
      source,
      wait: inputs.wait,
      timeoutMs: inputs['timeout-minutes'] * 60_000,
      run: { commit: info.commit, actor: info.actor, runUrl: info.runUrl },
      identity,
      clients: { sts, ...(await createClients({ region: environment.region }, ['ssm', 'agentcore', 'ecr', 'cloudformation'])) },
      clientsFor: createClients,
      clock: systemClock,
      logger,
      signal,
      onLease: noteLease(environment.region),
    });

    setOutput('agent-runtime-id', result.runtimeId);
    setOutput('agent-runtime-arn', result.runtimeArn);
    setOutput('version', result.version);
    setOutput('created', result.created);
    setOutput('previous-version', result.previousVersion ?? '');
    setOutput('image-uri', result.image.imageUri);
    if (!result.created) logger.notice(`No new version of ${runtime.aws_name}: ${result.noopReason}.`);
    for (const section of deployVersionSummary(result)) summary.add(section);
  });
}
