import { systemClock } from '../core/clock.js';
import { loadConfigFile } from '../core/config/index.js';
import { UserError } from '../core/errors.js';
import { code, escapeCell, raw, table } from '../core/markdown.js';
import type { DeployVersionResult, ImageSource } from '../core/runtime/deploy-version.js';
import { selectTarget } from '../core/target.js';
import { runInfo } from '../github/context.js';
import { readInputs, type Inputs } from '../github/inputs.js';
import { runAction, type Summary } from '../github/run.js';
import { deployVersionSpec } from '../github/specs/deploy-version.js';

type DeployInputs = Inputs<typeof deployVersionSpec.inputs>;

export async function run(): Promise<void> {
  await runAction(deployVersionSpec, async ({ logger, summary, setOutput }) => {
    const inputs = readInputs(deployVersionSpec.inputs);
    const source = imageSource(inputs, (message) => logger.warning(message));
    const config = await loadConfigFile(inputs['config-file']);
    const { environment, runtime } = selectTarget(config, inputs.environment, inputs['agent-runtime']);
    const info = runInfo();
    summary.add(
      table(
        ['Environment', 'Region', 'Runtime', 'AWS name', 'Image requested'],
        [[environment.name, environment.region, runtime.key, raw(code(runtime.aws_name)), raw(code(requested(source)))]],
      ),
    );

    // Loaded only now, so a bad input or config fails before the AWS SDK is even read from disk.
    const { deployVersion } = await import('../core/runtime/deploy-version.js');
    const result = await deployVersion({
      config,
      environment,
      runtime,
      source,
      wait: inputs.wait,
      timeoutMs: inputs['timeout-minutes'] * 60_000,
      run: { commit: info.commit, actor: info.actor, runUrl: info.runUrl },
      clock: systemClock,
      logger,
    });

    setOutput('agent-runtime-id', result.runtimeId);
    setOutput('agent-runtime-arn', result.runtimeArn);
    setOutput('version', result.version);
    setOutput('created', result.created);
    setOutput('previous-version', result.previousVersion ?? '');
    setOutput('image-uri', result.image.imageUri);
    if (!result.created) logger.notice(`No new version of ${runtime.aws_name}: ${result.noopReason}.`);
    report(summary, result);
  });
}

function imageSource(inputs: DeployInputs, warn: (message: string) => void): ImageSource {
  const imageUri = inputs['image-uri'];
  const fromEnvironment = inputs['from-environment'];
  if (imageUri && fromEnvironment) throw new UserError('Give either input "image-uri" or "from-environment", not both.');
  if (!imageUri && !fromEnvironment) {
    throw new UserError('Input "image-uri" or "from-environment" is required: the image to deploy, or the environment whose live image to deploy.');
  }
  if (imageUri) {
    for (const ignored of ['from-endpoint', 'from-role-arn'] as const) {
      if (inputs[ignored]) warn(`Input "${ignored}" is ignored: it applies only with "from-environment".`);
    }
    return { imageUri };
  }
  return {
    fromEnvironment: fromEnvironment!,
    ...(inputs['from-endpoint'] ? { fromEndpoint: inputs['from-endpoint'] } : {}),
    ...(inputs['from-role-arn'] ? { fromRoleArn: inputs['from-role-arn'] } : {}),
  };
}

function requested(source: ImageSource): string {
  if ('imageUri' in source) return source.imageUri;
  return `live image of ${source.fromEnvironment}${source.fromEndpoint ? ` (endpoint ${source.fromEndpoint})` : ''}`;
}

function report(summary: Summary, result: DeployVersionResult): void {
  const heading = result.created
    ? `✅ Version ${result.version} ${result.status === 'READY' ? 'is READY' : `was created (${result.status}, not waited for)`}.`
    : `✅ No new version: ${result.noopReason}.`;
  summary.add(heading);
  summary.add(
    table(
      ['Version', 'Previous version', 'Image', 'Config hash', 'Runtime ARN'],
      [[result.version, result.previousVersion ?? '—', raw(code(result.image.imageUri)), raw(code(result.configHash.slice(0, 12))), raw(code(result.runtimeArn))]],
    ),
  );
  if (result.changes.length) summary.add(`What changed:\n\n${result.changes.map((c) => `- ${escapeCell(c)}`).join('\n')}`);
  if (result.served) {
    summary.add(`The image is what endpoint ${code(result.served.endpoint)} of ${code(result.served.environment)} serves (version ${result.served.version}).`);
  }
  if (result.image.copy) {
    const copy = result.image.copy;
    summary.add(
      `Copied ${code(copy.from)} into this environment's registry: ${copy.uploaded.length} blob(s) uploaded, ${copy.mounted.length} mounted, ${copy.skipped.length} already there.`,
    );
  }
  if (result.ledger) summary.add(`Recorded in the ledger (SSM ${result.ledger.tier} tier).`);
}
