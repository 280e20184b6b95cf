/** build-push's job summary: where the image goes, then what was pushed. */
import type { ResolvedEnvironment, ResolvedRuntime } from '../../core/config/index.js';
import { code, raw, table } from '../../core/markdown.js';
import type { BuildPushResult } from '../../core/ops/build-push.js';

export function buildPushTarget(environment: ResolvedEnvironment, runtime: ResolvedRuntime, builder: string): string {
  return table(['Environment', 'Region', 'Runtime', 'Repository', 'Builder'], [[environment.name, environment.region, runtime.key, runtime.ecr_repository, builder]]);
}

export function buildPushSummary(result: BuildPushResult): string[] {
  return [
    result.pushed
      ? `✅ Pushed ${code(result.imageUri)} (${result.uploaded.length} blob(s) uploaded, ${result.skipped.length} already there).`
      : `✅ Nothing to push: the repository already had ${code(result.digest)}${result.tagged ? `; tagged it ${code(result.tag)}` : ''}.`,
    table(['Image URI', 'Tag', 'Platform', 'Builder', 'Account'], [[raw(code(result.imageUri)), result.tag, result.platform, result.builder, result.account]]),
  ];
}
