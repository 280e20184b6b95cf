/**
 * The pure comparisons of drift-check: two JSON documents leaf by leaf, and the repo's
 * config with its copy in SSM. The AWS-reading side is in check.ts.
 */
import { canonicalJson, type ResolvedEnvironment } from '../config/index.js';
import { desiredParameters, parseCopy, syncPrefix } from '../sync/parameters.js';
import { runtimeConfigPath } from '../ssm/paths.js';
import type { StoredParameter } from '../sync/sync.js';
import type { Finding, JsonValue } from './report.js';

export interface Difference {
  path: string;
  /** undefined: the key is absent on that side. */
  left: JsonValue | undefined;
  right: JsonValue | undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A dot path; keys that are not plain identifiers go in brackets, as config errors show them. */
export function joinPath(base: string, key: string): string {
  const part = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : `[${JSON.stringify(key)}]`;
  return !base ? part : part.startsWith('[') ? `${base}${part}` : `${base}.${part}`;
}

/** Leaf differences between two JSON documents; objects are walked, arrays and scalars compared whole. */
export function diffJson(left: unknown, right: unknown, base = ''): Difference[] {
  if (isObject(left) && isObject(right)) {
    const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort();
    return keys.flatMap((key) => diffJson(left[key], right[key], joinPath(base, key)));
  }
  if (left === undefined && right === undefined) return [];
  if (left !== undefined && right !== undefined && canonicalJson(left) === canonicalJson(right)) return [];
  return [{ path: base, left: left as JsonValue | undefined, right: right as JsonValue | undefined }];
}

const SYNC_PUSH = 'Run sync-config (mode: push) to update the SSM copy, or revert the change in the repo if SSM holds what you meant.';

/**
 * Repo config vs its copy in SSM: a finding per differing setting, per copy missing from SSM
 * and per copy the config no longer produces. Secret references are not secrets: shown as they are.
 */
export function compareSsmCopies(environment: ResolvedEnvironment, stored: Map<string, StoredParameter>): Finding[] {
  const findings: Finding[] = [];
  const desired = desiredParameters(environment);
  for (const parameter of desired) {
    const base = { kind: 'ssm-copy' as const, environment: environment.name, ...(parameter.runtime ? { runtime: parameter.runtime } : {}) };
    const current = stored.get(parameter.name);
    if (!current) {
      findings.push({ ...base, path: parameter.name, repo: 'present', ssm: null, action: SYNC_PUSH });
      continue;
    }
    if (current.value === parameter.value) continue;
    const copy = parseCopy(current.value);
    if (!copy) {
      findings.push({ ...base, path: parameter.name, repo: 'present', ssm: 'not a config copy', action: SYNC_PUSH });
      continue;
    }
    const wanted = parseCopy(parameter.value)!;
    for (const difference of diffJson(wanted.config, copy.config)) {
      findings.push({
        ...base,
        path: difference.path || parameter.name,
        repo: difference.left === undefined ? null : difference.left,
        ssm: difference.right === undefined ? null : difference.right,
        action: SYNC_PUSH,
      });
    }
  }
  const produced = new Set(desired.map((p) => p.name));
  const runtimesRoot = runtimeConfigPath(syncPrefix(environment), environment.name, '');
  for (const name of [...stored.keys()].filter((n) => !produced.has(n)).sort()) {
    findings.push({
      kind: 'ssm-copy',
      environment: environment.name,
      ...(name.startsWith(runtimesRoot) ? { runtime: name.slice(runtimesRoot.length) } : {}),
      path: name,
      repo: null,
      ssm: 'present',
      action: 'Run sync-config with prune: true to delete this stale copy.',
    });
  }
  return findings;
}
