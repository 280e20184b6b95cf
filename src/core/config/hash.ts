import { createHash } from 'node:crypto';
import type { ResolvedEnvironment } from './resolve.js';

/** JSON with object keys sorted and no whitespace, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Identifies an environment's resolved settings; secrets are `ssm:` references, so no value is hashed. */
export function environmentHash(environment: ResolvedEnvironment): string {
  return sha256Hex(canonicalJson(environment));
}
