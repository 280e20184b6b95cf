/**
 * sync-config: for each environment these credentials reach (others are skipped with a reason),
 * brings the config copy in SSM in line with the config (push), or only compares (check).
 * The engine for one environment is sync/sync.ts, which deploy-version, promote-endpoint and
 * rollback also run after a change. A cancel (signal) stops the retry waits and starts no
 * further environment.
 */
import type { ClientFactory } from '../aws/clients.js';
import { cancellableClock, throwIfCancelled } from '../cancel.js';
import type { Clock } from '../clock.js';
import type { LoadedConfig, ResolvedEnvironment } from '../config/index.js';
import { UserError } from '../errors.js';
import type { Logger } from '../logger.js';
import { startEnvironmentChecks, type EnvironmentAccess } from '../sync/environments.js';
import { syncEnvironment, type SyncResult } from '../sync/sync.js';

export interface SyncConfigRequest {
  config: LoadedConfig;
  /** The environments to sync; empty: all of them. */
  environments: string[];
  /** push writes; check only compares (and never writes). */
  mode: 'push' | 'check';
  /** Delete copies the config no longer produces. */
  prune: boolean;
  dryRun: boolean;
  /** Builds each environment's clients, in its region. */
  clientsFor: ClientFactory;
  /** The account checks, when the caller has started them already (startEnvironmentChecks). */
  access?: Promise<EnvironmentAccess[]>;
  clock: Clock;
  logger: Logger;
  /** Aborted when the step is cancelled. */
  signal?: AbortSignal | undefined;
}

export type EnvironmentSync = { environment: ResolvedEnvironment; skipped: string } | { environment: ResolvedEnvironment; result: SyncResult };

export interface SyncConfigResult {
  environments: EnvironmentSync[];
  /** The SSM copy differed from the config somewhere. */
  changed: boolean;
  written: number;
  deleted: number;
  stale: number;
}

export async function syncConfig(request: SyncConfigRequest): Promise<SyncConfigResult> {
  const { config, clientsFor, logger, mode, dryRun } = request;
  const access = await (request.access ?? startEnvironmentChecks(config, request.environments, clientsFor, logger));
  const environments: EnvironmentSync[] = [];
  const clock = cancellableClock(request.clock, request.signal);
  for (const entry of access) {
    throwIfCancelled(request.signal);
    const { environment } = entry;
    if ('skipped' in entry) {
      environments.push({ environment, skipped: entry.skipped });
      continue;
    }
    const verb = mode === 'check' ? 'Comparing' : dryRun ? 'Planning' : 'Syncing';
    const result = await logger.group(`${verb} the config copy of ${environment.name} (${environment.region})`, async () =>
      syncEnvironment({ ssm: (await clientsFor({ region: environment.region }, ['ssm'])).ssm, environment, logger, clock, mode, prune: request.prune, dryRun }),
    );
    for (const name of result.stale) logger.warning(`Stale config copy ${name}: the config no longer produces it. Run sync-config with prune: true to delete it.`);
    environments.push({ environment, result });
  }
  const results = environments.flatMap((e) => ('result' in e ? [e.result] : []));
  const count = (pick: (r: SyncResult) => string[]) => results.reduce((sum, r) => sum + pick(r).length, 0);
  return {
    environments,
    changed: results.some((r) => r.changed),
    written: count((r) => r.written),
    deleted: count((r) => r.deleted),
    stale: count((r) => r.stale),
  };
}

/** How the step ends: check mode fails when the copy differs; a push that had nothing to write says so. */
export function concludeSyncConfig(result: SyncConfigResult, request: Pick<SyncConfigRequest, 'config' | 'mode' | 'dryRun' | 'logger'>): void {
  const { mode, config } = request;
  if (!result.changed && mode === 'push' && !request.dryRun) request.logger.notice('The SSM config copy already matched the config: nothing was written.');
  if (mode === 'check' && result.changed) {
    const differing = result.environments.flatMap((e) => ('result' in e && e.result.changed ? [e.result] : []));
    const what = differing.map((r) => `${r.environment} (${[r.written.length && `${r.written.length} to write`, r.stale.length && `${r.stale.length} stale`].filter(Boolean).join(', ')})`);
    const keys = [...new Set(differing.flatMap((r) => r.changes.flatMap((c) => c.keys ?? [])))];
    throw new UserError(
      `The SSM config copy differs from ${config.file} for ${what.join(', ')}${keys.length ? `; keys that differ: ${keys.join(', ')}` : ''}. ` +
        'Run sync-config with mode: push (and prune: true for stale parameters).',
    );
  }
}
