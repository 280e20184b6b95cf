/**
 * The config copies sync-config keeps in SSM (layout: src/core/ssm/paths.ts, docs/ssm-layout.md):
 * one parameter for the environment's own settings and one per runtime, each holding
 * canonical JSON `{"config": …, "hash": …}`, so changing one runtime's environment
 * variable rewrites exactly one parameter. Pure: drift-check reads the same shapes.
 */
import { canonicalJson, sha256Hex, type ResolvedEnvironment } from '../config/index.js';
import { UserError } from '../errors.js';
import { configRoot, runtimeConfigPath } from '../ssm/paths.js';

/** SSM's value limits, in bytes (AWS states 4 KB / 8 KB; bytes are never fewer than characters). */
export const STANDARD_TIER_MAX_BYTES = 4096;
export const ADVANCED_TIER_MAX_BYTES = 8192;

export interface ConfigCopy {
  hash: string;
  config: unknown;
}

export interface DesiredParameter {
  name: string;
  /** What the parameter holds, for messages: `environment dev` or `runtime support-bot`. */
  subject: string;
  /** The runtime's key, for runtime copies. */
  runtime?: string;
  value: string;
  /** Config copies hold secret references, never secret values, so they are plain Strings. */
  type: 'String';
  tier: 'Standard' | 'Advanced';
  bytes: number;
}

export function syncPrefix(environment: ResolvedEnvironment): string {
  return environment.global_resources.sync_config.parameter_store_prefix;
}

/** The environment's settings without its runtimes (each runtime has its own parameter). */
export function environmentSettings(environment: ResolvedEnvironment): unknown {
  const { agent_runtimes: _runtimes, ...settings } = environment;
  return settings;
}

/** A runtime's resolved config as copied: everything but its position in the file, which is not configuration. */
export function runtimeSettings(environment: ResolvedEnvironment, key: string): unknown {
  const runtime = environment.agent_runtimes[key];
  if (!runtime) return undefined;
  const { config_path: _path, ...settings } = runtime;
  return settings;
}

export function copyValue(config: unknown): string {
  const canonical = canonicalJson(config);
  return canonicalJson({ config: JSON.parse(canonical) as unknown, hash: sha256Hex(canonical) });
}

/** The stored copy, or undefined when the text is not one of ours. */
export function parseCopy(value: string): ConfigCopy | undefined {
  try {
    const parsed = JSON.parse(value) as Partial<ConfigCopy> | null;
    if (parsed && typeof parsed === 'object' && typeof parsed.hash === 'string' && 'config' in parsed) return { hash: parsed.hash, config: parsed.config };
  } catch {
    // not JSON: reported as a difference by the caller
  }
  return undefined;
}

function parameter(name: string, subject: string, config: unknown, runtime?: string): DesiredParameter {
  const value = copyValue(config);
  const bytes = Buffer.byteLength(value, 'utf8');
  if (bytes > ADVANCED_TIER_MAX_BYTES) {
    throw new UserError(
      `The config copy of ${subject} (SSM parameter ${name}) is ${bytes} bytes; an SSM parameter holds at most ${ADVANCED_TIER_MAX_BYTES} bytes (Advanced tier). ` +
        'Nothing was written. Shorten its environment variables or description, or set global_resources.sync_config.cloud_config_enabled to false.',
    );
  }
  return { name, subject, ...(runtime ? { runtime } : {}), value, type: 'String', tier: bytes > STANDARD_TIER_MAX_BYTES ? 'Advanced' : 'Standard', bytes };
}

/** Every parameter the environment's config produces; throws a UserError when one cannot fit. */
export function desiredParameters(environment: ResolvedEnvironment): DesiredParameter[] {
  const prefix = syncPrefix(environment);
  return [
    parameter(configRoot(prefix, environment.name), `environment "${environment.name}"`, environmentSettings(environment)),
    ...Object.keys(environment.agent_runtimes)
      .sort()
      .map((key) =>
        parameter(runtimeConfigPath(prefix, environment.name, key), `runtime "${key}" in environment "${environment.name}"`, runtimeSettings(environment, key), key),
      ),
  ];
}

/** Is this parameter name part of the environment's config copy (the root or anything under it)? */
export function inConfigSubtree(prefix: string, environment: string, name: string): boolean {
  const root = configRoot(prefix, environment);
  return name === root || name.startsWith(`${root}/`);
}
