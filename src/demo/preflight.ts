/**
 * What the demo needs before its first step: the bundled actions (dist/, from `npm run build`)
 * and the installed packages (node_modules, from `npm ci`) that the page takes Mermaid from.
 * Checked up front, so a fresh clone hears what is missing at once rather than after the steps.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The actions the story runs, each from dist/<name>/index.js. */
export const DEMO_ACTIONS = ['setup-env', 'build-push', 'deploy-version', 'promote-endpoint', 'sync-config', 'rollback', 'drift-check'];

const MERMAID = join('node_modules', 'mermaid', 'dist', 'mermaid.min.js');

/** mermaid.min.js of the installed `mermaid` package, looked for from `from` upwards; undefined when absent. */
export function findMermaidScript(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, MERMAID);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** One line per missing prerequisite, saying what to run; empty when the demo can start. */
export function missingPrerequisites(repoRoot: string, bundleDir: string): string[] {
  const missing: string[] = [];
  if (!findMermaidScript(bundleDir)) missing.push(`${MERMAID} (the page's diagrams): run "npm ci" in ${repoRoot}`);
  const bundles = DEMO_ACTIONS.map((name) => join('dist', name, 'index.js')).filter((file) => !existsSync(join(repoRoot, file)));
  if (bundles.length > 0) missing.push(`${bundles.join(', ')} (the bundled actions): run "npm ci" and then "npm run build" in ${repoRoot}`);
  return missing;
}

/** Whether the image can be built with buildah here (it needs root, and the tool). */
export function canBuildWithBuildah(): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('buildah', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
