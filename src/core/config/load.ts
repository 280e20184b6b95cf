import './zod-setup.js';
import { ConfigError, UserError, type ConfigIssue } from '../errors.js';
import { JsonDocument, type Position } from './document.js';
import { formatPath, pathKey, type PathSegment, type Problem } from './json-path.js';
import { configErrorMap, listOf } from './messages.js';
import { resolveConfig, type Origins, type ResolvedEnvironment } from './resolve.js';
import { ConfigFileSchema, type ConfigFile } from './schema.js';
import { zodProblems } from './zod-issues.js';

export interface LoadedConfig {
  /** Display name for messages. */
  file: string;
  /** The file as written, validated (environments as written, before `extends`). */
  config: ConfigFile;
  currentEnvironment: string;
  /** Every environment, resolved. */
  environments: Record<string, ResolvedEnvironment>;
  /** One environment; a UserError listing the known names when there is no such environment. */
  environment(name: string): ResolvedEnvironment;
  /** Where a JSON path sits in the file (an inherited value: where its parent wrote it; a missing one: its nearest container). */
  position(path: Array<string | number>): { line: number; column: number };
  /** The environment whose section wrote an inherited value (through `extends`); undefined for one written where the path says. */
  inheritedFrom(path: Array<string | number>): string | undefined;
}

/** Parses and resolves config text; every problem at once in a ConfigError, sorted by position. */
export function parseConfig(text: string, file: string): LoadedConfig {
  const document = JsonDocument.parse(text);
  if (!(document instanceof JsonDocument)) {
    throw new ConfigError([{ file, path: '', line: document.line, column: document.column, message: document.message }]);
  }
  const problems: Problem[] = [...document.problems];
  const parsed = ConfigFileSchema.safeParse(document.value, { error: configErrorMap });
  if (!parsed.success) problems.push(...zodProblems(parsed.error.issues, ConfigFileSchema, document.value));
  const resolution = resolveConfig(document.value);
  problems.push(...resolution.problems);
  const locator = new Locator(document, resolution.origins);
  const issues = toIssues(problems, file, locator);
  if (!parsed.success || issues.length > 0) throw new ConfigError(issues);

  const { environments } = resolution;
  return {
    file,
    config: parsed.data,
    currentEnvironment: parsed.data.current_environment,
    environments,
    environment(name: string): ResolvedEnvironment {
      if (!Object.hasOwn(environments, name)) {
        throw new UserError(`Environment "${name}" is not in ${file} (environments: ${listOf(Object.keys(environments))}).`);
      }
      return environments[name];
    },
    position: (path) => locator.locate(path).position,
    inheritedFrom: (path) => locator.locate(path).inheritedFrom,
  };
}

interface Location {
  position: Position;
  /** Set when the position lies in the section of another environment, the one `extends` took the value from. */
  inheritedFrom?: string;
}

/** Finds where a JSON path sits, following `extends` for values an environment inherited. */
class Locator {
  constructor(
    private readonly document: JsonDocument,
    private readonly origins: Map<string, Origins>,
  ) {}

  locate(path: readonly PathSegment[], at?: 'key'): Location {
    const found = this.find(path);
    const node = (at === 'key' && found.exact && this.document.keyNode(found.filePath)) || this.document.node(found.filePath);
    // The root always exists, so some prefix of every path is found.
    const position = node ? this.document.position(node) : { line: 1, column: 1 };
    return found.from ? { position, inheritedFrom: found.from } : { position };
  }

  private find(path: readonly PathSegment[]): { filePath: PathSegment[]; exact: boolean; from?: string } {
    // Written where the path says, even when the merge dropped it (a forbidden key, say).
    if (this.document.node(path)) return { filePath: [...path], exact: true };
    const [head, environment] = path;
    const origins = head === 'environments' && typeof environment === 'string' ? this.origins.get(environment) : undefined;
    if (origins && typeof environment === 'string') {
      const inside = path.slice(2);
      for (let length = inside.length; length >= 0; length--) {
        const prefix = inside.slice(0, length);
        const source = origins.get(pathKey(prefix));
        if (source === undefined) continue;
        const filePath = ['environments', source, ...prefix];
        if (!this.document.node(filePath)) continue;
        return { filePath, exact: length === inside.length, ...(source === environment ? {} : { from: source }) };
      }
    }
    for (let length = path.length; length > 0; length--) {
      const filePath = path.slice(0, length);
      if (this.document.node(filePath)) return { filePath, exact: length === path.length };
    }
    return { filePath: [], exact: path.length === 0 };
  }
}

/**
 * Positions every problem, then drops repeats: the file-level parse and the parse of
 * each merged environment see the same mistake, and a child sees its parent's mistakes
 * at the parent's position. The environment that wrote the value keeps the report.
 */
function toIssues(problems: readonly Problem[], file: string, locator: Locator): ConfigIssue[] {
  const located = problems.map((problem, order) => {
    const { position, inheritedFrom } = locator.locate(problem.path, problem.at);
    const message = inheritedFrom ? `${problem.message} (inherited from ${inheritedFrom})` : problem.message;
    return { issue: { file, path: formatPath(problem.path), ...position, message }, problem, inherited: inheritedFrom !== undefined, order };
  });
  located.sort(
    (a, b) =>
      a.issue.line - b.issue.line || a.issue.column - b.issue.column || Number(a.inherited) - Number(b.inherited) || a.order - b.order,
  );
  const seen = new Set<string>();
  return located
    .filter(({ issue, problem }) => {
      const key = `${issue.line}:${issue.column}:${problem.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ issue }) => issue);
}
