import { GetParameterCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { FakeClock } from '../../src/testing/fake-clock.js';
import { UserError } from '../../src/core/errors.js';
import { acquireLease, releaseHeldLease, withLease, type HeldLease, type LeaseOptions, type LeaseRecord } from '../../src/core/lease.js';
import { RecordingLogger } from '../../src/testing/recording-logger.js';
import { useEmulatorSsm } from '../helpers/emulator-ssm.js';

const PATH = '/agentcore/dev/runtimes/bot/lock';
let ssm: SSMClient;
useEmulatorSsm((client) => (ssm = client));

class SleepHookClock extends FakeClock {
  constructor(
    start: number,
    private readonly onSleep: (sleeps: number) => Promise<void>,
  ) {
    super(start);
  }
  override async sleep(ms: number): Promise<void> {
    await super.sleep(ms);
    await this.onSleep(this.sleeps.length);
  }
}

function leaseOptions(holder: string, clock: FakeClock, logger = new RecordingLogger()): LeaseOptions {
  return { ssm, path: PATH, holder, ttlMs: 30 * 60_000, waitMs: 60_000, clock, logger };
}

async function lockValue(): Promise<LeaseRecord | undefined> {
  try {
    const answer = await ssm.send(new GetParameterCommand({ Name: PATH }));
    return JSON.parse(answer.Parameter!.Value!) as LeaseRecord;
  } catch {
    return undefined;
  }
}

test('takes a free lease, records the holder, and releases it', async () => {
  const clock = new FakeClock(Date.parse('2026-01-01T00:00:00Z'));
  const result = await withLease(leaseOptions('https://github.com/o/r/actions/runs/1', clock), async (lease) => {
    const value = await lockValue();
    expect(value).toEqual({
      holder: 'https://github.com/o/r/actions/runs/1',
      owner: lease.record.owner,
      acquiredAt: '2026-01-01T00:00:00.000Z',
      expiresAt: '2026-01-01T00:30:00.000Z',
    });
    return 'done';
  });
  expect(result).toBe('done');
  expect(await lockValue()).toBeUndefined();
});

test('releases the lease when the guarded work throws', async () => {
  const clock = new FakeClock(Date.now());
  await expect(withLease(leaseOptions('run 1', clock), async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  expect(await lockValue()).toBeUndefined();
});

test('waits for a held lease and takes it once the holder releases', async () => {
  const first = await acquireLease(leaseOptions('run 1', new FakeClock(Date.now())));
  const logger = new RecordingLogger();
  // The holder finishes while the second run sleeps between attempts.
  const clock = new SleepHookClock(Date.now(), async (sleeps) => {
    if (sleeps === 2) await first.release();
  });
  const second = await acquireLease(leaseOptions('run 2', clock, logger));
  expect((await lockValue())?.holder).toBe('run 2');
  expect(logger.lines[0]).toMatch(/^Waiting for the lease \/agentcore\/dev\/runtimes\/bot\/lock: held by run 1 since .* \(0s elapsed\)$/);
  await second.release();
});

test('fails after the bound naming the holder', async () => {
  await acquireLease(leaseOptions('https://github.com/o/r/actions/runs/7', new FakeClock(Date.now())));
  const error = await acquireLease(leaseOptions('run 2', new FakeClock(Date.now()))).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toMatch(
    /^Another run holds the lease on this runtime \(\/agentcore\/dev\/runtimes\/bot\/lock\): https:\/\/github\.com\/o\/r\/actions\/runs\/7 since \S+ \(expires \S+\)\. Waited 1m 00s\./,
  );
});

test('takes over an expired lease with a warning', async () => {
  const old: LeaseRecord = { holder: 'dead run', owner: 'x', acquiredAt: '2020-01-01T00:00:00.000Z', expiresAt: '2020-01-01T00:30:00.000Z' };
  await ssm.send(new PutParameterCommand({ Name: PATH, Value: JSON.stringify(old), Type: 'String' }));
  const logger = new RecordingLogger();
  const lease = await acquireLease(leaseOptions('run 2', new FakeClock(Date.now()), logger));
  expect((await lockValue())?.owner).toBe(lease.record.owner);
  expect(logger.lines).toContain(
    `warning: Taking over the expired lease ${PATH} of dead run since 2020-01-01T00:00:00.000Z (expires 2020-01-01T00:30:00.000Z): that run ended without releasing it.`,
  );
});

test('release leaves a lease that another run has taken over', async () => {
  const logger = new RecordingLogger();
  const lease = await acquireLease(leaseOptions('run 1', new FakeClock(Date.now()), logger));
  const other: LeaseRecord = { holder: 'run 2', owner: 'other', acquiredAt: 'a', expiresAt: '2999-01-01T00:00:00.000Z' };
  await ssm.send(new PutParameterCommand({ Name: PATH, Value: JSON.stringify(other), Type: 'String', Overwrite: true }));
  await lease.release();
  expect((await lockValue())?.owner).toBe('other');
  expect(logger.lines.at(-1)).toMatch(/^warning: The lease .* is no longer ours \(now held by run 2/);
});

test('renews the lease on the clock while held, stops at release, and tells onHeld of both', async () => {
  const clock = new FakeClock(Date.parse('2026-01-01T00:00:00Z'));
  const notes: (HeldLease | undefined)[] = [];
  const lease = await acquireLease({ ...leaseOptions('run 1', clock), ttlMs: 120_000, renewMs: 30_000, onHeld: (held) => notes.push(held) });
  expect((await lockValue())?.expiresAt).toBe('2026-01-01T00:02:00.000Z');
  clock.advance(30_000);
  // The renewal runs in the background: wait for its SSM round trips.
  for (let i = 0; i < 50 && (await lockValue())?.expiresAt !== '2026-01-01T00:02:30.000Z'; i++) await new Promise((r) => setTimeout(r, 20));
  expect(await lockValue()).toMatchObject({ owner: lease.record.owner, expiresAt: '2026-01-01T00:02:30.000Z' });
  await lease.release();
  clock.advance(60_000);
  await new Promise((r) => setTimeout(r, 100));
  expect(await lockValue()).toBeUndefined();
  expect(notes).toEqual([{ path: PATH, owner: lease.record.owner }, undefined]);
});

test('takes over an unexpired lease when holderEnded says its run has ended, with a warning', async () => {
  await acquireLease(leaseOptions('https://github.com/o/r/actions/runs/7', new FakeClock(Date.now())));
  const logger = new RecordingLogger();
  const asked: string[] = [];
  const holderEnded = async (holder: string) => (asked.push(holder), true);
  const lease = await acquireLease({ ...leaseOptions('run 2', new FakeClock(Date.now()), logger), holderEnded });
  expect(asked).toEqual(['https://github.com/o/r/actions/runs/7']);
  expect((await lockValue())?.owner).toBe(lease.record.owner);
  expect(logger.lines[0]).toMatch(/^warning: Taking over the lease \/agentcore\/dev\/runtimes\/bot\/lock of https:\/\/github\.com\/o\/r\/actions\/runs\/7 since .* before it expires: that run has ended without releasing it\.$/);
});

test('an unexpired lease whose run goes on is waited for, as before', async () => {
  await acquireLease(leaseOptions('run 1', new FakeClock(Date.now())));
  const error = await acquireLease({ ...leaseOptions('run 2', new FakeClock(Date.now())), holderEnded: async () => false }).catch((e: unknown) => e);
  expect((error as Error).message).toMatch(/^Another run holds the lease/);
});

test('releaseHeldLease deletes the lease only while it is the one taken', async () => {
  const logger = new RecordingLogger();
  const lease = await acquireLease(leaseOptions('run 1', new FakeClock(Date.now())));
  expect(await releaseHeldLease(ssm, { path: PATH, owner: 'someone else' }, logger)).toBe(true);
  expect((await lockValue())?.owner).toBe(lease.record.owner);
  expect(await releaseHeldLease(ssm, { path: PATH, owner: lease.record.owner }, logger)).toBe(true);
  expect(await lockValue()).toBeUndefined();
  expect(logger.lines).toEqual([expect.stringMatching(/^warning: The lease .* is no longer ours \(now held by run 1/), `Released the lease ${PATH}.`]);
});
