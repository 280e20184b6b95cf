/** One step into a JSON value: an object key or an array index. */
export type PathSegment = string | number;

/** A problem found in the config, before it is given a line and column. */
export interface Problem {
  path: PathSegment[];
  message: string;
  /** Point at the key rather than its value (unknown, invalid or duplicate keys). */
  at?: 'key';
}

const PLAIN_KEY = /^[A-Za-z0-9_$-]+$/;

/**
 * The dot form users read in messages: `environments.prod.agent_runtimes.my-bot.region`,
 * with array indices and odd keys in brackets (`alarms[0]`, `environment_variables["a.b"]`).
 */
export function formatPath(path: readonly PathSegment[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** A Map key for a path; segments keep their type, so `["0"]` and `[0]` differ. */
export function pathKey(path: readonly PathSegment[]): string {
  return JSON.stringify(path);
}

/** The value at a path inside plain JSON data, or undefined when any step is missing. */
export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}
