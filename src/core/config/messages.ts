import type { z } from 'zod';

/** What a value is, in words: `a string`, `a number`, `an array`, `null`. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return `a ${typeof value}`;
  }
}

const MAX_SHOWN = 60;

/** A value as a message quotes it: strings in JSON quotes (cut when long), scalars as written, the rest by kind. */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    return value.length > MAX_SHOWN ? `${JSON.stringify(value.slice(0, MAX_SHOWN))}…` : JSON.stringify(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return kindOf(value);
}

/** A sorted, comma-separated list for "(environments: dev, prod)", or `none`. */
export function listOf(names: Iterable<string>): string {
  const list = [...names];
  return list.length > 0 ? list.join(', ') : 'none';
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'an array',
};

/**
 * Our wording for zod's generic issues, passed to every parse. Leaf schemas with a
 * message of their own (regions, account ids, names) take precedence over this.
 */
export const configErrorMap = (issue: z.core.$ZodRawIssue): string | undefined => {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) {
        const key = issue.path?.at(-1);
        return typeof key === 'string' ? `missing required key "${key}"` : 'missing required value';
      }
      const expected = EXPECTED[issue.expected] ?? `a ${issue.expected}`;
      const got = issue.expected === 'int' && typeof issue.input === 'number' ? show(issue.input) : kindOf(issue.input);
      return `expected ${expected}, got ${got}`;
    }
    case 'too_small':
      return sizeMessage('at least', issue.minimum, issue.inclusive, issue.origin, issue.input);
    case 'too_big':
      return sizeMessage('at most', issue.maximum, issue.inclusive, issue.origin, issue.input);
    case 'invalid_value': {
      const allowed = issue.values.map(show);
      const expected = allowed.length === 1 ? allowed[0] : `one of ${allowed.join(', ')}`;
      return `expected ${expected}, got ${show(issue.input)}`;
    }
    case 'invalid_format':
      return `${show(issue.input)} is not in the expected format${issue.pattern ? ` ${issue.pattern}` : ''}`;
    case 'invalid_union':
      return `${show(issue.input)} matches none of the allowed forms`;
    default:
      return undefined;
  }
};

function sizeMessage(
  bound: 'at least' | 'at most',
  limit: number | bigint,
  inclusive: boolean | undefined,
  origin: string,
  input: unknown,
): string {
  if (origin === 'string' && typeof input === 'string') {
    if (bound === 'at least' && Number(limit) === 1) return 'must not be empty';
    return `must be ${bound} ${limit} characters long, got ${input.length}`;
  }
  if (origin === 'array' && Array.isArray(input)) {
    return `must list ${bound} ${limit} item${Number(limit) === 1 ? '' : 's'}, got ${input.length}`;
  }
  const relation = inclusive === false ? (bound === 'at least' ? 'greater than' : 'less than') : bound;
  return `must be ${relation} ${limit}, got ${show(input)}`;
}

/** `unknown key "regoin" (did you mean "region"?)`, suggesting only a close match. */
export function unknownKeyMessage(key: string, known: readonly string[]): string {
  const suggestion = closest(key, known);
  return `unknown key ${JSON.stringify(key)}${suggestion ? ` (did you mean ${JSON.stringify(suggestion)}?)` : ''}`;
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // A third of the word's length keeps "regoin" -> "region" and drops unrelated words.
  return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

/** Edit distance counting a swap of neighbours as one edit, the commonest typo. */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
