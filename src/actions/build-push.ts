import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildPushResult } from '../core/build/build-push.js';
import { defaultLabels, parseKeyValues } from '../core/build/builders.js';
import { loadConfigFile } from '../core/config/index.js';
import { UserError } from '../core/errors.js';
import { code, raw, table } from '../core/markdown.js';
import { selectTarget } from '../core/target.js';
import { runInfo } from '../github/context.js';
import { actionsCommandRunner } from '../github/exec.js';
import { readInputs, type Inputs } from '../github/inputs.js';
import { runAction, type Summary } from '../github/run.js';
import { buildPushSpec } from '../github/specs/build-push.js';

type BuildPushInputs = Inputs<typeof buildPushSpec.inputs>;

export async function run(): Promise<void> {
  await runAction(buildPushSpec, async ({ logger, summary, setOutput }) => {
    const inputs = readInputs(buildPushSpec.inputs);
    const info = runInfo();
    const tag = inputs.tag ?? info.shortCommit;
    if (!tag) throw new UserError('Input "tag" is required here: there is no commit SHA (GITHUB_SHA) to tag the image with.');
    warnIgnored(inputs, (message) => logger.warning(message));
    if (inputs.platform !== 'linux/arm64') logger.warning(`Input "platform" is ${inputs.platform}: AgentCore Runtime runs linux/arm64 images only.`);
    const config = await loadConfigFile(inputs['config-file']);
    const { environment, runtime } = selectTarget(config, inputs.environment, inputs['agent-runtime']);
    summary.add(table(['Environment', 'Region', 'Runtime', 'Repository', 'Builder'], [[environment.name, environment.region, runtime.key, runtime.ecr_repository, inputs.builder]]));

    // GITHUB_SERVER_URL is not in RunInfo; it makes the source label right on GitHub Enterprise too.
    const sourceUrl = info.repository ? `${process.env.GITHUB_SERVER_URL || 'https://github.com'}/${info.repository}` : '';
    // Loaded only now, so a bad input or config fails before the AWS SDK is even read from disk.
    const { buildPush } = await import('../core/build/build-push.js');
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
      logger,
    });

    setOutput('image-uri', result.imageUri);
    setOutput('image-digest', result.digest);
    setOutput('image-tag', result.tag);
    setOutput('pushed', result.pushed);
    if (!result.pushed) logger.notice(`${result.imageUri} was already in the repository: no image uploaded${result.tagged ? `, tag ${result.tag} added` : ''}.`);
    report(summary, result);
  });
}

/** Inputs that one builder ignores get a warning, so a typo in a workflow is seen. */
function warnIgnored(inputs: BuildPushInputs, warn: (message: string) => void): void {
  if (inputs.builder === 'oci-layout') {
    for (const name of ['dockerfile', 'build-args', 'labels'] as const) {
      if (inputs[name]) warn(`Input "${name}" is ignored with builder oci-layout: the image is already built.`);
    }
  } else if (inputs['oci-layout']) {
    warn(`Input "oci-layout" is ignored with builder ${inputs.builder}: set builder: oci-layout to push that layout.`);
  }
}

function report(summary: Summary, result: BuildPushResult): void {
  summary.add(
    result.pushed
      ? `✅ Pushed ${code(result.imageUri)} (${result.uploaded.length} blob(s) uploaded, ${result.skipped.length} already there).`
      : `✅ Nothing to push: the repository already had ${code(result.digest)}${result.tagged ? `; tagged it ${code(result.tag)}` : ''}.`,
  );
  summary.add(
    table(['Image URI', 'Tag', 'Platform', 'Builder', 'Account'], [[raw(code(result.imageUri)), result.tag, result.platform, result.builder, result.account]]),
  );
}
