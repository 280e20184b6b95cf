import { z } from 'zod';
import { show } from './messages.js';

/** Field builders the config schemas share, so each kind of value is worded one way everywhere. */

/** A string matching `pattern`; a mismatch gets `problem`'s wording, a wrong type the generic one. */
export function matching(pattern: RegExp, problem: (value: string) => string) {
  return z.string().regex(pattern, { error: (issue) => (typeof issue.input === 'string' ? problem(issue.input) : undefined) });
}

export function intIn(min: number, max: number) {
  const error = (issue: { input?: unknown }) => (issue.input === undefined ? undefined : `expected an integer from ${min} to ${max}, got ${show(issue.input)}`);
  return z.int({ error }).min(min, { error }).max(max, { error });
}

/** Minutes, fractions allowed. */
export function minutesIn(min: number, max: number) {
  const error = (issue: { input?: unknown }) => (issue.input === undefined ? undefined : `expected a number of minutes from ${min} to ${max}, got ${show(issue.input)}`);
  return z.number({ error }).min(min, { error }).max(max, { error });
}
