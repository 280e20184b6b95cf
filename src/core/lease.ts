/**
 * The lease mutating actions hold on one runtime (DESIGN.md §3): an SSM String parameter at
 * lockPath(prefix, env, runtime), created with Overwrite=false so that ParameterAlreadyExists
 * means "held".
 *
 *   await withLease({ ssm, path: lockPath(prefix, env, runtime), holder: runUrl,
 *                     ttlMs, waitMs, clock, logger }, async (lease) => { … mutate … });
 *
 * - A held lease is waited for up to `waitMs`, logging who holds it; past that the call fails
 *   naming the holder (its run URL).
 * - An expired lease (its holder crashed) is taken over with a warning: overwritten, then read
 *   back, so two runs taking over at once see which one won.
 * - Release (in finally) deletes the parameter only when it is still ours.
 * - `ttlMs` must cover the whole guarded work: nothing renews it.
 * Throttling is retried by the SDK client.
 */
import { randomUUID } from 'node:crypto';
import { DeleteParameterCommand, GetParameterCommand, PutParameterCommand, type SSMClient } from '@aws-sdk/client-ssm';
import type { Clock } from './clock.js';
import { UserError, describeError, explain, isAwsErrorNamed } from './errors.js';
import type { Logger } from './logger.js';
import { formatElapsed, waitUntil } from './wait.js';

/** What the lock parameter holds. */
export interface LeaseRecord {
  /** Who holds it: a run URL, or a description when there is none. */
  holder: string;
  /** Random per acquisition: tells our lease from a later one of the same holder. */
  owner: string;
  acquiredAt: string;
  expiresAt: string;
}

export interface LeaseOptions {
  ssm: SSMClient;
  path: string;
  holder: string;
  /** How long the lease is valid before others may take it over. */
  ttlMs: number;
  /** How long to wait for another holder before failing. */
  waitMs: number;
  clock: Clock;
  logger: Logger;
  /** Longest pause between attempts while waiting; default 5 s. */
  maxPollMs?: number;
}

export interface Lease {
  path: string;
  record: LeaseRecord;
  /** Deletes the lease if it is still ours; never throws (a lease left behind expires). */
  release(): Promise<void>;
}

export const DEFAULT_LEASE_POLL_MS = 5000;

type Attempt = { lease: Lease } | { heldBy: LeaseRecord | undefined };

/** Takes the lease, waiting for another holder up to options.waitMs. */
export async function acquireLease(options: LeaseOptions): Promise<Lease> {
  const { clock, logger, path } = options;
  const first = await tryAcquire(options);
  if ('lease' in first) return first.lease;
  const result = await waitUntil<Attempt>({
    what: `Waiting for the lease ${path}`,
    poll: () => tryAcquire(options),
    check: (attempt) =>
      'lease' in attempt
        ? { status: 'acquired', state: 'done' }
        : { status: `held by ${attempt.heldBy ? describeHolder(attempt.heldBy) : 'a holder being released'}`, state: 'pending' },
    timeoutMs: options.waitMs,
    initialDelayMs: 1000,
    maxDelayMs: options.maxPollMs ?? DEFAULT_LEASE_POLL_MS,
    clock,
    logger,
    onTimeout: (last, elapsedMs) =>
      new UserError(
        `Another run holds the lease on this runtime (${path}): ${last?.status.replace(/^held by /, '') ?? 'unknown holder'}. ` +
          `Waited ${formatElapsed(elapsedMs)}. Let that run finish and retry, or if it is dead, wait for its lease to expire ` +
          `or delete the SSM parameter ${path}.`,
      ),
  });
  if (result.outcome !== 'done' || !('lease' in result.value)) throw new Error(`lease ${path}: wait ended without a lease`);
  return result.value.lease;
}

/** Runs fn while holding the lease; releases it afterwards, also when fn throws. */
export async function withLease<T>(options: LeaseOptions, fn: (lease: Lease) => Promise<T>): Promise<T> {
  const lease = await acquireLease(options);
  try {
    return await fn(lease);
  } finally {
    await lease.release();
  }
}

function describeHolder(record: LeaseRecord): string {
  return `${record.holder} since ${record.acquiredAt} (expires ${record.expiresAt})`;
}

function newRecord(options: LeaseOptions): LeaseRecord {
  const now = options.clock.now();
  return {
    holder: options.holder,
    owner: randomUUID(),
    acquiredAt: new Date(now).toISOString(),
    expiresAt: new Date(now + options.ttlMs).toISOString(),
  };
}

async function tryAcquire(options: LeaseOptions): Promise<Attempt> {
  const { ssm, path, logger } = options;
  const record = newRecord(options);
  try {
    await ssm.send(new PutParameterCommand({ Name: path, Value: JSON.stringify(record), Type: 'String', Overwrite: false }));
    return { lease: makeLease(options, record) };
  } catch (error) {
    if (!isAwsErrorNamed(error, 'ParameterAlreadyExists')) throw explain(`Taking the lease ${path} (SSM PutParameter)`, error);
  }
  const current = await readRecord(ssm, path);
  if (!current) return { heldBy: undefined };
  if (Date.parse(current.record.expiresAt) > options.clock.now()) return { heldBy: current.record };

  logger.warning(`Taking over the expired lease ${path} of ${describeHolder(current.record)}: that run ended without releasing it.`);
  await put(ssm, path, record, true);
  // Another run may have taken it over at the same moment: whoever wrote last holds it.
  const after = await readRecord(ssm, path);
  if (after?.record.owner !== record.owner) return { heldBy: after?.record };
  return { lease: makeLease(options, record) };
}

async function put(ssm: SSMClient, path: string, record: LeaseRecord, overwrite: boolean): Promise<void> {
  try {
    await ssm.send(new PutParameterCommand({ Name: path, Value: JSON.stringify(record), Type: 'String', Overwrite: overwrite }));
  } catch (error) {
    throw explain(`Taking the lease ${path} (SSM PutParameter)`, error);
  }
}

/** The lease as it stands, or undefined when there is none. A value we cannot read counts as expired. */
async function readRecord(ssm: SSMClient, path: string): Promise<{ record: LeaseRecord } | undefined> {
  let value: string | undefined;
  try {
    value = (await ssm.send(new GetParameterCommand({ Name: path }))).Parameter?.Value;
  } catch (error) {
    if (isAwsErrorNamed(error, 'ParameterNotFound')) return undefined;
    throw explain(`Reading the lease ${path} (SSM GetParameter)`, error);
  }
  try {
    const parsed = JSON.parse(value ?? '') as Partial<LeaseRecord>;
    if (typeof parsed.owner === 'string' && typeof parsed.expiresAt === 'string') {
      return { record: { holder: String(parsed.holder ?? 'unknown'), owner: parsed.owner, acquiredAt: String(parsed.acquiredAt ?? ''), expiresAt: parsed.expiresAt } };
    }
  } catch {
    // fall through: not ours to interpret
  }
  return { record: { holder: 'an unreadable lease value', owner: '', acquiredAt: '', expiresAt: new Date(0).toISOString() } };
}

function makeLease(options: LeaseOptions, record: LeaseRecord): Lease {
  const { ssm, path, logger } = options;
  logger.info(`Holding the lease ${path} until ${record.expiresAt}.`);
  return {
    path,
    record,
    async release() {
      try {
        const current = await readRecord(ssm, path);
        if (current?.record.owner !== record.owner) {
          logger.warning(`The lease ${path} is no longer ours (${current ? `now held by ${describeHolder(current.record)}` : 'it is gone'}); leaving it.`);
          return;
        }
        await ssm.send(new DeleteParameterCommand({ Name: path }));
        logger.info(`Released the lease ${path}.`);
      } catch (error) {
        logger.warning(`Could not release the lease ${path}: ${describeError(error)}. It expires at ${record.expiresAt}.`);
      }
    },
  };
}
