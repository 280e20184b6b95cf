import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TemplateFile } from './plan.js';

/** A file every copy of templates/ has, so an unrelated "templates" folder is never taken for ours. */
const MARKER: TemplateFile = 'agent-runtime-role.yaml';

/**
 * The action's own templates/ directory: the nearest one above `fromDir`. The bundle runs from
 * dist/lib (two levels below the repository root) and the sources from src/actions, so the
 * directory is found by walking up rather than by a fixed relative path.
 */
export function findTemplatesDir(fromDir: string): string {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, MARKER))) return candidate;
    if (dirname(dir) === dir) {
      throw new Error(`No templates/ directory with ${MARKER} above ${fromDir}: the action was packaged without its CloudFormation templates.`);
    }
  }
}

export function readTemplate(templatesDir: string, file: TemplateFile): string {
  return readFileSync(join(templatesDir, file), 'utf8');
}
