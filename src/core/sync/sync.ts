/**
 * sync-config's engine: compare the config copies in SSM with what the config produces,
 * then write only what differs, and delete stale copies only when asked. Only the
 * `<prefix>/<env>/config` subtree is ever read for comparison or touched: ledgers and
 * leases live beside it, never under it.
 *
 *   const result = await syncEnvironment({ ssm, environment, logger });          // push
 *   await syncEnvironment({ ssm, environment, logger, mode: 'check' });          // compare only
 *   await autoSyncEnvironment({ ssm, environment, logger });                     // after a deploy/promote/rollback
 */
import {
  DeleteParameterCommand,
  GetParametersCommand,
  PutParameterCommand,
  paginateGetParametersByPath,
  type SSMClient,
} from '@aws-sdk/client-ssm';
import type { ResolvedEnvironment } from '../config/index.js';
import { systemClock, type Clock } from '../clock.js';
import { describeError, explain, isAwsErrorNamed } from '../errors.js';
import type { Logger } from '../logger.js';
import { configRoot } from '../ssm/paths.js';
import { diffJson } from '../drift/compare.js';
import { desiredParameters, inConfigSubtree, parseCopy, syncPrefix, type DesiredParameter } from './parameters.js';

export interface StoredParameter {
  name: string;
  value: string;
  type: string;
}

export type ParameterAction = 'create' | 'update' | 'unchanged' | 'delete' | 'stale';

export interface ParameterChange {
  name: string;
  action: ParameterAction;
  /** For writes: the tier and size of the new value. */
  tier?: DesiredParameter['tier'];
  bytes?: number;
  /** For an update: the config keys whose values differ (empty when the stored value is not a config copy). */
  keys?: string[];
}

export interface SyncResult {
  environment: string;
  prefix: string;
  /** False when cloud_config_enabled is false: nothing was read or written. */
  enabled: boolean;
  /** True when the changes were made (push without dry-run); false when they were only planned. */
  applied: boolean;
  changes: ParameterChange[];
  /** Created or updated (or, when not applied, that would be). */
  written: string[];
  /** Deleted with prune (or, when not applied, that would be). */
  deleted: string[];
  /** No longer produced by the config and left in place (prune is off). */
  stale: string[];
  /** The SSM copy differs from the config (anything to write, delete or stale). */
  changed: boolean;
}

export interface SyncRequest {
  ssm: SSMClient;
  environment: ResolvedEnvironment;
  logger: Logger;
  clock?: Clock;
  /** push (default) writes; check only compares. */
  mode?: 'push' | 'check';
  /** Delete copies the config no longer produces (default false: list them as stale). */
  prune?: boolean;
  dryRun?: boolean;
  /** For jitter; injectable so tests are deterministic. */
  random?: () => number;
}

/** TooManyUpdates: SSM allows one update at a time per parameter; back off with full jitter. */
const TOO_MANY_UPDATES_ATTEMPTS = 6;
const BACKOFF_BASE_MS = 250;
const BACKOFF_CAP_MS = 8000;

/** Every parameter of the environment's config copy: the root and everything under it (paginated). */
export async function readConfigCopies(ssm: SSMClient, prefix: string, environment: string): Promise<Map<string, StoredParameter>> {
  const root = configRoot(prefix, environment);
  const found = new Map<string, StoredParameter>();
  const keep = (p: { Name?: string; Value?: string; Type?: string }) => {
    if (p.Name && inConfigSubtree(prefix, environment, p.Name)) found.set(p.Name, { name: p.Name, value: p.Value ?? '', type: p.Type ?? '' });
  };
  try {
    // The root is a parameter and a path at once: GetParametersByPath lists only what is below it.
    const rootAnswer = await ssm.send(new GetParametersCommand({ Names: [root] }));
    rootAnswer.Parameters?.forEach(keep);
    for await (const page of paginateGetParametersByPath({ client: ssm }, { Path: root, Recursive: true })) page.Parameters?.forEach(keep);
  } catch (error) {
    throw explain(`Reading the config copy of environment "${environment}" under ${root} (SSM GetParametersByPath)`, error, 'The credentials need ssm:GetParameters and ssm:GetParametersByPath on that path.');
  }
  return found;
}

/** What a sync would change, from the desired and the stored parameters. Pure. */
export function planSync(desired: DesiredParameter[], stored: Map<string, StoredParameter>, prune: boolean): ParameterChange[] {
  const changes: ParameterChange[] = desired.map((parameter) => {
    const current = stored.get(parameter.name);
    const action: ParameterAction = !current ? 'create' : current.value === parameter.value && current.type === parameter.type ? 'unchanged' : 'update';
    if (action === 'unchanged') return { name: parameter.name, action };
    return { name: parameter.name, action, tier: parameter.tier, bytes: parameter.bytes, ...(current ? { keys: differingKeys(parameter.value, current.value) } : {}) };
  });
  const wanted = new Set(desired.map((p) => p.name));
  const leftovers = [...stored.keys()].filter((name) => !wanted.has(name)).sort();
  return [...changes, ...leftovers.map((name): ParameterChange => ({ name, action: prune ? 'delete' : 'stale' }))];
}

/** The config keys in which two copies differ, as dot paths; none when the stored value is not a copy. */
function differingKeys(desired: string, stored: string): string[] {
  const [wanted, current] = [parseCopy(desired), parseCopy(stored)];
  if (!wanted || !current) return [];
  return diffJson(wanted.config, current.config).map((difference) => difference.path || '(the whole copy)');
}

/** One line per planned change, for check mode and dry runs: what differs, and what would be written. */
function describePlanned(change: ParameterChange, parameter: DesiredParameter | undefined, showValue: boolean): string {
  const keys = change.keys?.length ? `: ${change.keys.join(', ')} differ` : '';
  const written = showValue && parameter ? ` (${parameter.bytes} bytes, ${parameter.tier} tier), would write ${parameter.value}` : '';
  const verb = { create: 'missing from SSM', update: 'differs', delete: 'would be deleted', stale: 'is stale', unchanged: 'matches' }[change.action];
  return `${change.name} ${verb}${keys}${written}`;
}

export async function syncEnvironment(request: SyncRequest): Promise<SyncResult> {
  const { ssm, environment, logger } = request;
  const clock = request.clock ?? systemClock;
  const prefix = syncPrefix(environment);
  const mode = request.mode ?? 'push';
  const base = { environment: environment.name, prefix, applied: false, changes: [], written: [], deleted: [], stale: [], changed: false };
  if (!environment.global_resources.sync_config.cloud_config_enabled) {
    logger.info(`Environment "${environment.name}": cloud_config_enabled is false, so no config copy is kept in SSM (the ledger and lease still are).`);
    return { ...base, enabled: false };
  }
  // Sizes are checked before anything is read or written, so a copy that cannot fit changes nothing.
  const desired = desiredParameters(environment);
  const stored = await readConfigCopies(ssm, prefix, environment.name);
  const changes = planSync(desired, stored, mode === 'push' && request.prune === true);
  const named = (...actions: ParameterAction[]) => changes.filter((c) => actions.includes(c.action)).map((c) => c.name);
  const result: SyncResult = {
    ...base,
    enabled: true,
    changes,
    written: named('create', 'update'),
    deleted: named('delete'),
    stale: named('stale'),
    changed: changes.some((c) => c.action !== 'unchanged'),
  };
  const byName = new Map(desired.map((p) => [p.name, p]));
  if (mode === 'check' || request.dryRun) {
    // The copy holds secret references, never values, so what would be written may be printed.
    for (const change of changes.filter((c) => c.action !== 'unchanged')) logger.info(describePlanned(change, byName.get(change.name), mode === 'push'));
    return result;
  }

  for (const change of changes) {
    if (change.action === 'create' || change.action === 'update') {
      const parameter = byName.get(change.name)!;
      await retryTooManyUpdates(clock, logger, request.random ?? Math.random, `writing ${parameter.name}`, () =>
        ssm.send(
          new PutParameterCommand({
            Name: parameter.name,
            Value: parameter.value,
            Type: parameter.type,
            Overwrite: true,
            // Omitted for small values: a parameter already in the Advanced tier stays there (it cannot go back).
            ...(parameter.tier === 'Advanced' ? { Tier: 'Advanced' } : {}),
          }),
        ),
      ).catch((error: unknown) => {
        throw explain(`Writing the config copy of ${parameter.subject} (SSM PutParameter ${parameter.name})`, error, 'The credentials need ssm:PutParameter on that path.');
      });
      logger.info(`${change.action === 'create' ? 'Created' : 'Updated'} ${parameter.name} (${parameter.bytes} bytes, ${parameter.tier} tier).`);
    } else if (change.action === 'delete') {
      await retryTooManyUpdates(clock, logger, request.random ?? Math.random, `deleting ${change.name}`, () => ssm.send(new DeleteParameterCommand({ Name: change.name }))).catch(
        (error: unknown) => {
          // Already gone is what we wanted.
          if (isAwsErrorNamed(error, 'ParameterNotFound')) return;
          throw explain(`Deleting the stale config copy ${change.name} (SSM DeleteParameter)`, error, 'The credentials need ssm:DeleteParameter on that path.');
        },
      );
      logger.info(`Deleted stale ${change.name}.`);
    }
  }
  return { ...result, applied: true };
}

async function retryTooManyUpdates<T>(clock: Clock, logger: Logger, random: () => number, what: string, call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!isAwsErrorNamed(error, 'TooManyUpdates') || attempt >= TOO_MANY_UPDATES_ATTEMPTS) throw error;
      const delay = Math.round(random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt));
      logger.info(`SSM TooManyUpdates while ${what} (attempt ${attempt} of ${TOO_MANY_UPDATES_ATTEMPTS}): retrying in ${delay} ms.`);
      await clock.sleep(delay);
    }
  }
}

/**
 * The automatic sync deploy-version, promote-endpoint and rollback run after a successful
 * change when auto_sync_enabled is true: a push without prune. It never fails the caller
 * (the change it follows already happened); a failure is a warning that drift-check will
 * also show. Returns undefined when auto sync is off.
 */
export async function autoSyncEnvironment(request: Omit<SyncRequest, 'mode' | 'prune' | 'dryRun'>): Promise<SyncResult | undefined> {
  const { environment, logger } = request;
  if (!environment.global_resources.sync_config.auto_sync_enabled) {
    logger.debug(`Environment "${environment.name}": auto_sync_enabled is false; run sync-config to update the SSM config copy.`);
    return undefined;
  }
  try {
    const result = await syncEnvironment(request);
    if (result.enabled) {
      logger.info(
        result.written.length
          ? `Synced the config copy of "${environment.name}" to SSM: ${result.written.length} parameter(s) written.`
          : `The config copy of "${environment.name}" in SSM is up to date.`,
      );
    }
    return result;
  } catch (error) {
    logger.warning(`Could not sync the config copy of "${environment.name}" to SSM (the change itself succeeded): ${describeError(error)}. Run sync-config to retry.`);
    return undefined;
  }
}
