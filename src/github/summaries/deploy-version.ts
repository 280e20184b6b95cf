/** deploy-version's job summary: what was asked for, then the version and what changed. */
import type { ResolvedEnvironment, ResolvedRuntime } from '../../core/config/index.js';
import { code, escapeCell, raw, table } from '../../core/markdown.js';
import type { DeployVersionResult, ImageSource } from '../../core/ops/deploy-version.js';

export function deployVersionTarget(environment: ResolvedEnvironment, runtime: ResolvedRuntime, source: ImageSource): string {
  return table(
    ['Environment', 'Region', 'Runtime', 'AWS name', 'Image requested'],
    [[environment.name, environment.region, runtime.key, raw(code(runtime.aws_name)), raw(code(requested(source)))]],
  );
}

function requested(source: ImageSource): string {
  if ('imageUri' in source) return source.imageUri;
  return `live image of ${source.fromEnvironment}${source.fromEndpoint ? ` (endpoint ${source.fromEndpoint})` : ''}`;
}

export function deployVersionSummary(result: DeployVersionResult): string[] {
  const image = raw(code(result.image.imageUri));
  const hash = raw(code(result.configHash.slice(0, 12)));
  const sections = result.created
    ? [
        `✅ Version ${result.version} ${result.status === 'READY' ? 'is READY' : `was created (${result.status}, not waited for)`}.`,
        table(['Version', 'Previous version', 'Image', 'Config hash', 'Runtime ARN'], [[result.version, result.previousVersion ?? '—', image, hash, raw(code(result.runtimeArn))]]),
      ]
    : [
        `✅ No new version: ${result.noopReason}.`,
        // A no-op has no previous version: the one it found is the current one.
        table(['Current version', 'Image', 'Config hash', 'Runtime ARN'], [[result.version, image, hash, raw(code(result.runtimeArn))]]),
      ];
  sections.push(...result.warnings.map((warning) => `⚠️ ${escapeCell(warning)}`));
  if (result.changes.length) sections.push(`What changed:\n\n${result.changes.map((c) => `- ${escapeCell(c)}`).join('\n')}`);
  if (result.served) {
    sections.push(`The image is what endpoint ${code(result.served.endpoint)} of ${code(result.served.environment)} serves (version ${result.served.version}).`);
  }
  if (result.image.copy) {
    const copy = result.image.copy;
    sections.push(
      `Copied ${code(copy.from)} into this environment's registry: ${copy.uploaded.length} blob(s) uploaded, ${copy.mounted.length} mounted, ${copy.skipped.length} already there.`,
    );
  }
  if (result.ledger) sections.push(`Recorded in the ledger (SSM ${result.ledger.tier} tier).`);
  return sections;
}
