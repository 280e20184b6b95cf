/**
 * What promote-endpoint and rollback share: the account check (before anything else), the
 * clients of one environment, finding the runtime, the runtime's lease and ledger, and the
 * auto sync after a change.
 */
import { BedrockAgentCoreControlClient } from '@aws-sdk/client-bedrock-agentcore-control';
import { ECRClient } from '@aws-sdk/client-ecr';
import { SSMClient } from '@aws-sdk/client-ssm';
import { STSClient } from '@aws-sdk/client-sts';
import { createClient } from '../aws/clients.js';
import type { Clock } from '../clock.js';
import type { ResolvedEnvironment, ResolvedRuntime } from '../config/index.js';
import { UserError, describeError } from '../errors.js';
import { checkAccount } from '../identity.js';
import { withLease } from '../lease.js';
import { appendLedger, readLedger, type EndpointEntry, type Ledger, type LedgerWrite } from '../ledger.js';
import type { Logger } from '../logger.js';
import { findRuntimeByName, getRuntimeVersion } from '../runtime/lookup.js';
import { ledgerPath, lockPath } from '../ssm/paths.js';
import { autoSyncEnvironment } from '../sync/sync.js';
import { describeRuntime, type RuntimeHandle } from './handle.js';
import { keepTag, tagServedImage } from './keep-tag.js';

/** Who runs this, for the ledger and the lease. */
export interface RunIdentity {
  actor: string;
  runUrl: string;
  commit: string;
}

export interface SessionRequest {
  environment: ResolvedEnvironment;
  runtime: ResolvedRuntime;
  timeoutMs: number;
  run: RunIdentity;
  clock: Clock;
  logger: Logger;
}

export interface Session {
  handle: RuntimeHandle;
  account: string;
  ssm: SSMClient;
  readLedger(): Promise<Ledger | undefined>;
  /** Appends one endpoint move to the ledger (call while holding the lease). */
  record(entry: Omit<EndpointEntry, 'type' | 'actor' | 'runUrl' | 'time'>): Promise<LedgerWrite>;
  /** Runs fn holding the runtime's lease for at least `workMs` plus a margin. */
  locked<T>(workMs: number, fn: () => Promise<T>): Promise<T>;
  autoSync(): Promise<void>;
  /** Tags the image of the version the endpoint serves keep-… (best effort, see keep-tag.ts). */
  keepImage(endpoint: string, version: string | undefined): Promise<void>;
}

/** AgentCore calls get more SDK attempts than the default: a throttling burst must not fail a promotion. */
export const AGENTCORE_MAX_ATTEMPTS = 12;
/** The lease outlives the guarded work by this much: ledger writes and release come after it. */
const LEASE_MARGIN_MS = 10 * 60_000;

export async function openSession(request: SessionRequest): Promise<Session> {
  const { environment, runtime, logger, clock, run } = request;
  const region = environment.region;
  const identity = await logger.group(`Checking credentials for ${environment.name} (${region})`, () =>
    checkAccount(createClient(STSClient, { region }), environment),
  );
  logger.info(`Credentials: ${identity.arn} in account ${identity.account}`);
  const control = createClient(BedrockAgentCoreControlClient, { region, maxAttempts: AGENTCORE_MAX_ATTEMPTS });
  const ssm = createClient(SSMClient, { region });
  const where = { environment: environment.name, region, runtimeKey: runtime.key, runtimeName: runtime.aws_name };
  const found = await findRuntimeByName(control, runtime.aws_name);
  if (!found?.agentRuntimeId || !found.agentRuntimeArn) {
    throw new UserError(`${describeRuntime(where)} does not exist in account ${identity.account}. Deploy a version with deploy-version first.`);
  }
  const handle: RuntimeHandle = { ...where, control, runtimeId: found.agentRuntimeId, runtimeArn: found.agentRuntimeArn, clock, logger, timeoutMs: request.timeoutMs };
  const prefix = environment.global_resources.sync_config.parameter_store_prefix;
  const ledger = ledgerPath(prefix, environment.name, runtime.key);
  return {
    handle,
    account: identity.account,
    ssm,
    readLedger: () => readLedger(ssm, ledger),
    record: (entry) => appendLedger(ssm, ledger, [{ type: 'endpoint', ...entry, actor: run.actor, runUrl: run.runUrl, time: new Date(clock.now()).toISOString() }], logger),
    locked: (workMs, fn) =>
      withLease(
        {
          ssm,
          path: lockPath(prefix, environment.name, runtime.key),
          holder: run.runUrl || `${run.actor || 'someone'} at commit ${run.commit.slice(0, 7) || 'unknown'}`,
          ttlMs: workMs + LEASE_MARGIN_MS,
          waitMs: request.timeoutMs,
          clock,
          logger,
        },
        fn,
      ),
    autoSync: async () => {
      await autoSyncEnvironment({ ssm, environment, logger, clock });
    },
    keepImage: async (endpoint, version) => {
      if (!version) return;
      try {
        const served = await getRuntimeVersion(control, handle.runtimeId, version);
        await tagServedImage({
          ecr: createClient(ECRClient, { region }),
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
