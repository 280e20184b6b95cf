import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClients } from '../core/aws/clients.js';
import { defaultLabels, parseKeyValues } from '../core/build/builders.js';
import { systemClock } from '../core/clock.js';
import { loadConfigFile } from '../core/config/file.js';
import { UserError } from '../core/errors.js';
import { selectTarget } from '../core/target.js';
import { runInfo } from '../github/context.js';
import { actionsCommandRunner } from '../github/exec.js';
import { warnIgnoredBuildInputs } from '../github/image-inputs.js';
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
    // GITHUB_SERVER_URL is not in RunInfo; it makes the source label right on GitHub Enterprise too.
    const sourceUrl = info.repository ? `${process.env.GITHUB_SERVER_URL || 'https://github.com'}/${info.repository}` : '';
    // Loaded only now, so a bad input or config fails before the AWS SDK is even read from disk.
    const { buildPush } = await import('../core/ops/build-push.js');
    const result = await buildPush({
      environment,
      runtime,
      builder: inputs.builder,
      spec: {
        context: inputs.context,
        dockerfile: inputs.dockerfile ?? join(inputs.context, 'Dockerfile'),
        platform: inputs.platform,
        buildArgs: parseKeyValues(inputs['build-args'] ?? '', 'build-args'),
        labels: { ...defaultLabels({ commit: info.commit, sourceUrl, runUrl: info.runUrl }), ...parseKeyValues(inputs.labels ?? '', 'labels') },
      },
      ...(inputs['oci-layout'] ? { ociLayout: inputs['oci-layout'] } : {}),
      tag,
      tempRoot: process.env.RUNNER_TEMP || tmpdir(),
      runner: actionsCommandRunner,
      clients: await createClients({ region: environment.region }, ['sts', 'ecr']),
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
