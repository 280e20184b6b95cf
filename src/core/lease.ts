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
 * - The lease is short-lived (`ttlMs`, minutes) and renewed every `renewMs` while its holder
 *   works (on the clock's `every`), so a holder that vanished is taken over soon after.
 * - An expired lease (its holder crashed) is taken over with a warning: overwritten, then read
 *   back, so two runs taking over at once see which one won. So is a live one when
 *   `holderEnded` says its holder's run has ended.
 * - Release (in finally) stops the renewal and deletes the parameter only when it is still ours.
 * - `onHeld` hears of the lease when it is taken and when it is let go, so the entry can leave
 *   a note for a clean-up step should this process be killed.
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
  /** How long the lease is valid, from its taking or its last renewal, before others may take it over. */
  ttlMs: number;
  /** How often the holder renews it; default a quarter of ttlMs. */
  renewMs?: number;
  /** How long to wait for another holder before failing. */
  waitMs: number;
  clock: Clock;
  logger: Logger;
  /** Longest pause between attempts while waiting; default 5 s. */
  maxPollMs?: number;
  /** True when the run named by a holder has ended (then its unexpired lease is taken over); never throws. */
  holderEnded?: (holder: string) => Promise<boolean>;
  /** Told of the lease once it is held, and with undefined once it is released or lost. */
  onHeld?: (held: HeldLease | undefined) => void;
}

/** What identifies our lease: enough for a clean-up step to delete it only when it is still ours. */
export interface HeldLease {
  path: string;
  owner: string;
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
  if (Date.parse(current.record.expiresAt) > options.clock.now()) {
    if (!(await options.holderEnded?.(current.record.holder))) return { heldBy: current.record };
    logger.warning(`Taking over the lease ${path} of ${describeHolder(current.record)} before it expires: that run has ended without releasing it.`);
  } else {
    logger.warning(`Taking over the expired lease ${path} of ${describeHolder(current.record)}: that run ended without releasing it.`);
  }
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
  const { ssm, path, logger, clock } = options;
  logger.info(`Holding the lease ${path} until ${record.expiresAt}, renewing it while this run works.`);
  options.onHeld?.({ path, owner: record.owner });
  let renewing: Promise<void> | undefined;
  let released = false;
  const renew = async () => {
    try {
      const current = await readRecord(ssm, path);
      if (released) return;
      if (current?.record.owner !== record.owner) {
        logger.warning(`The lease ${path} is no longer ours (${current ? `now held by ${describeHolder(current.record)}` : 'it is gone'}); no longer renewing it.`);
        stop();
        return;
      }
      const expiresAt = new Date(clock.now() + options.ttlMs).toISOString();
      await put(ssm, path, { ...record, expiresAt }, true);
      record.expiresAt = expiresAt;
      logger.debug(`Renewed the lease ${path} until ${expiresAt}.`);
    } catch (error) {
      logger.warning(`Could not renew the lease ${path}: ${describeError(error)}. It expires at ${record.expiresAt}; trying again.`);
    }
  };
  const stop = clock.every(options.renewMs ?? Math.round(options.ttlMs / 4), () => {
    // One renewal at a time: a slow one is not doubled by the next beat.
    renewing ??= renew().finally(() => (renewing = undefined));
  });
  return {
    path,
    record,
    async release() {
      released = true;
      stop();
      // A renewal in flight must land before the delete, or it would write the lease back.
      await renewing;
      if (await releaseHeldLease(ssm, { path, owner: record.owner }, logger)) options.onHeld?.(undefined);
    },
  };
}

/**
 * Deletes the lease when it is still the one taken as `held` (a clean-up step releasing what a
 * killed holder left). True when it is gone or no longer ours; never throws (a lease left behind expires).
 */
export async function releaseHeldLease(ssm: SSMClient, held: HeldLease, logger: Logger): Promise<boolean> {
  const { path } = held;
  try {
    const current = await readRecord(ssm, path);
    if (current?.record.owner !== held.owner) {
      if (current) logger.warning(`The lease ${path} is no longer ours (now held by ${describeHolder(current.record)}); leaving it.`);
      else logger.info(`The lease ${path} is already released.`);
      return true;
    }
    await ssm.send(new DeleteParameterCommand({ Name: path }));
    logger.info(`Released the lease ${path}.`);
    return true;
  } catch (error) {
    logger.warning(`Could not release the lease ${path}: ${describeError(error)}. Nothing renews it now, so it expires on its own.`);
    return false;
  }
}
