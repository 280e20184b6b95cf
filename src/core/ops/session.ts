/**
 * What the mutating actions (deploy-version, promote-endpoint, rollback) share: who runs this,
 * the runtime's ledger and lease, and the auto sync after a change. promote-endpoint and
 * rollback open a session: the account check (before anything else) and the runtime, which
 * must exist; deploy-version, which may create it, uses the runtime's records alone.
 */
import type { SSMClient } from '@aws-sdk/client-ssm';
import type { EnvironmentClients } from '../aws/clients.js';
import { CANCEL_WAIT_MS, cancellableClock } from '../cancel.js';
import type { Clock } from '../clock.js';
import type { ResolvedEnvironment, ResolvedRuntime } from '../config/index.js';
import { UserError, describeError } from '../errors.js';
import { checkCredentials } from '../identity.js';
import { withLease, type HeldLease } from '../lease.js';
import { appendLedger, readLedger, type EndpointEntry, type Ledger, type LedgerEntry, type LedgerWrite } from '../ledger.js';
import type { Logger } from '../logger.js';
import { describeRuntime, type RuntimeHandle } from '../promotion/handle.js';
import { keepTag, tagServedImage } from '../promotion/keep-tag.js';
import { findRuntimeByName, getRuntimeVersion } from '../runtime/lookup.js';
import { ledgerPath, lockPath } from '../ssm/paths.js';
import { autoSyncEnvironment } from '../sync/sync.js';
import type { RuntimeRequest } from './request.js';

/** Who runs this, for the ledger and the lease. */
export interface RunIdentity {
  commit: string;
  actor: string;
  runUrl: string;
}

/** The lease is short-lived and renewed while its holder works: a holder that vanished is taken over within minutes. */
export const LEASE_TTL_MS = 2 * 60_000;
export const LEASE_RENEW_MS = 30_000;

/** One runtime of one environment, as a mutating action works on it. */
export interface RuntimeScope {
  environment: ResolvedEnvironment;
  runtime: ResolvedRuntime;
  ssm: SSMClient;
  /** How long each wait may take; also how long to wait for the lease. */
  timeoutMs: number;
  run: RunIdentity;
  clock: Clock;
  logger: Logger;
  signal?: AbortSignal | undefined;
  onLease?: ((held: HeldLease | undefined) => void) | undefined;
  /** Whether a lease holder's run has ended (rollback asks GitHub); such a lease is taken over. */
  holderEnded?: ((holder: string) => Promise<boolean>) | undefined;
}

/** The runtime's ledger and lease in SSM, and the config copy's auto sync. */
export interface RuntimeRecords {
  ledgerPath: string;
  readLedger(): Promise<Ledger | undefined>;
  /** Appends to the ledger (call while holding the lease). */
  append(entries: LedgerEntry[]): Promise<LedgerWrite>;
  /** Runs fn holding the runtime's lease, renewed while fn works; a cancel stops the wait for it. */
  locked<T>(fn: () => Promise<T>): Promise<T>;
  /** The config copy in SSM, when auto_sync_enabled; never fails the change it follows. */
  autoSync(): Promise<void>;
}

export function runtimeRecords(scope: RuntimeScope): RuntimeRecords {
  const { environment, runtime, ssm, run, clock, logger } = scope;
  const prefix = environment.global_resources.sync_config.parameter_store_prefix;
  const path = ledgerPath(prefix, environment.name, runtime.key);
  return {
    ledgerPath: path,
    readLedger: () => readLedger(ssm, path),
    append: (entries) => appendLedger(ssm, path, entries, logger),
    locked: (fn) =>
      withLease(
        {
          ssm,
          path: lockPath(prefix, environment.name, runtime.key),
          holder: run.runUrl || `${run.actor || 'someone'} at commit ${run.commit.slice(0, 7) || 'unknown'}`,
          ttlMs: LEASE_TTL_MS,
          renewMs: LEASE_RENEW_MS,
          waitMs: scope.timeoutMs,
          clock: cancellableClock(clock, scope.signal),
          logger,
          ...(scope.onLease ? { onHeld: scope.onLease } : {}),
          ...(scope.holderEnded ? { holderEnded: scope.holderEnded } : {}),
        },
        fn,
      ),
    autoSync: async () => {
      await autoSyncEnvironment({ ssm, environment, logger, clock });
    },
  };
}

export interface SessionRequest extends RuntimeRequest {
  run: RunIdentity;
  holderEnded?: (holder: string) => Promise<boolean>;
  clients: Pick<EnvironmentClients, 'sts' | 'ssm' | 'agentcore' | 'ecr'>;
}

export interface Session extends RuntimeRecords {
  /** Its waits stop when the step is cancelled. */
  handle: RuntimeHandle;
  /** The handle for the clean-up after a cancel: its waits ignore the cancel and are short (CANCEL_WAIT_MS). */
  graceHandle: RuntimeHandle;
  account: string;
  /** Appends one endpoint move to the ledger (call while holding the lease). */
  record(entry: Omit<EndpointEntry, 'type' | 'actor' | 'runUrl' | 'time'>): Promise<LedgerWrite>;
  /** Tags the image of the version the endpoint serves keep-… (best effort, see keep-tag.ts). */
  keepImage(endpoint: string, version: string | undefined): Promise<void>;
}

export async function openSession(request: SessionRequest): Promise<Session> {
  const { environment, runtime, logger, clock, run, clients } = request;
  const region = environment.region;
  const identity = await (request.identity ?? checkCredentials(clients.sts, environment, logger));
  const control = clients.agentcore;
  const where = { environment: environment.name, region, runtimeKey: runtime.key, runtimeName: runtime.aws_name };
  const found = await findRuntimeByName(control, runtime.aws_name);
  if (!found?.agentRuntimeId || !found.agentRuntimeArn) {
    throw new UserError(`${describeRuntime(where)} does not exist in account ${identity.account}. Deploy a version with deploy-version first.`);
  }
  const base = { ...where, control, runtimeId: found.agentRuntimeId, runtimeArn: found.agentRuntimeArn, logger };
  const handle: RuntimeHandle = { ...base, clock: cancellableClock(clock, request.signal), timeoutMs: request.timeoutMs };
  const records = runtimeRecords({ ...request, ssm: clients.ssm });
  return {
    ...records,
    handle,
    graceHandle: { ...base, clock, timeoutMs: CANCEL_WAIT_MS },
    account: identity.account,
    record: (entry) => records.append([{ type: 'endpoint', ...entry, actor: run.actor, runUrl: run.runUrl, time: new Date(clock.now()).toISOString() }]),
    keepImage: async (endpoint, version) => {
      if (!version) return;
      try {
        const served = await getRuntimeVersion(control, handle.runtimeId, version);
        await tagServedImage({
          ecr: clients.ecr,
          account: identity.account,
          region,
          imageUri: served.agentRuntimeArtifact?.containerConfiguration?.containerUri,
          tag: keepTag(runtime.aws_name, endpoint),
          logger,
        });
      } catch (error) {
        logger.warning(`Could not protect the image of version ${version} from lifecycle expiry: ${describeError(error)}`);
      }
    },
  };
}

/**
 * Records a failed or rolled-back move without hiding the failure being reported: a ledger
 * that cannot be written is a warning here.
 */
export async function recordQuietly(session: Session, entry: Parameters<Session['record']>[0]): Promise<LedgerWrite | undefined> {
  try {
    return await session.record(entry);
  } catch (error) {
    session.handle.logger.warning(`Could not record the ${entry.result} ${entry.kind} in the ledger: ${describeError(error)}`);
    return undefined;
  }
}
