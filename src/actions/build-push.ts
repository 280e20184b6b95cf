import { tmpdir } from 'node:os';
import { createClients } from '../core/aws/clients.js';
import { systemClock } from '../core/clock.js';
import { loadConfigFile } from '../core/config/file.js';
import { UserError } from '../core/errors.js';
import { selectTarget } from '../core/target.js';
import { runInfo } from '../github/context.js';
import { actionsCommandRunner } from '../github/exec.js';
import { buildSpec, warnIgnoredBuildInputs } from '../github/image-inputs.js';
import { readInputs } from '../github/inputs.js';
import { runAction } from '../github/run.js';
import { buildPushSpec } from '../github/specs/build-push.js';
import { buildPushSummary, buildPushTarget } from '../github/summaries/build-push.js';

export async function run(): Promise<void> {
  await runAction(buildPushSpec, async ({ logger, summary, setOutput, signal }) => {
    const inputs = readInputs(buildPushSpec.inputs);
    const info = runInfo();
    const tag = inputs.tag ?? info.shortCommit;
    if (!tag) throw new UserError('Input "tag" is required here: there is no commit SHA (GITHUB_SHA) to tag the image with.');
    warnIgnoredBuildInputs(inputs, (message) => logger.warning(message));
    if (inputs.platform !== 'linux/arm64') logger.warning(`Input "platform" is ${inputs.platform}: AgentCore Runtime runs linux/arm64 images only.`);
    const config = await loadConfigFile(inputs['config-file']);
    const { environment, runtime } = selectTarget(config, inputs.environment, inputs['agent-runtime']);
    summary.add(buildPushTarget(environment, runtime, inputs.builder));
    const spec = buildSpec(inputs, info);
    // Loaded only now, so a bad input or config fails before the AWS SDK is even read from disk.
    // The account check goes out first; the orchestrator, the registry client and ECR load after it.
    const { sts, identity } = await (await import('../core/identity.js')).startCredentialCheck(createClients, environment, logger);
    const { buildPush } = await import('../core/ops/build-push.js');
    const result = await buildPush({
      environment,
      runtime,
      builder: inputs.builder,
      spec,
      ...(inputs['oci-layout'] ? { ociLayout: inputs['oci-layout'] } : {}),
      tag,
      tempRoot: process.env.RUNNER_TEMP || tmpdir(),
      runner: actionsCommandRunner,
      identity,
      clients: { sts, ...(await createClients({ region: environment.region }, ['ecr'])) },
      clock: systemClock,
      logger,
      signal,
    });

    setOutput('image-uri', result.imageUri);
    setOutput('image-digest', result.digest);
    setOutput('image-tag', result.tag);
    setOutput('pushed', result.pushed);
    if (!result.pushed) logger.notice(`${result.imageUri} was already in the repository: no image uploaded${result.tagged ? `, tag ${result.tag} added` : ''}.`);
    for (const section of buildPushSummary(result)) summary.add(section);
  });
}
