import { FakeClock } from '../../src/testing/fake-clock.js';
import { UserError } from '../../src/core/errors.js';
import { RecordingLogger } from '../../src/testing/recording-logger.js';
import { formatElapsed, isTransientAwsError, statusCheck, waitUntil } from '../../src/core/wait.js';

/** A poll that returns the given statuses in turn, then the last one forever. */
function sequence(statuses: Array<{ status: string; failureReason?: string }>) {
  let i = 0;
  return async () => statuses[Math.min(i++, statuses.length - 1)]!;
}

function options(poll: () => Promise<{ status: string; failureReason?: string }>, timeoutMs = 60_000) {
  const clock = new FakeClock(1_000_000);
  const logger = new RecordingLogger();
  return {
    clock,
    logger,
    wait: () =>
      waitUntil({ what: 'runtime bot_dev version 2', poll, check: (v) => statusCheck(v.status, v.failureReason), timeoutMs, clock, logger }),
  };
}

test('polls fast at first, backs off to at most one second, and returns once READY', async () => {
  const statuses = [...Array.from({ length: 12 }, () => ({ status: 'UPDATING' })), { status: 'READY' }];
  const { clock, logger, wait } = options(sequence(statuses));
  const result = await wait();
  expect(result).toMatchObject({ outcome: 'done', status: 'READY' });
  expect(clock.sleeps[0]).toBe(250);
  expect(Math.max(...clock.sleeps)).toBe(1000);
  expect(clock.sleeps).toEqual([...clock.sleeps].sort((a, b) => a - b));
  expect(logger.lines[0]).toBe('runtime bot_dev version 2: UPDATING (0s elapsed)');
  expect(logger.lines.at(-1)).toMatch(/^runtime bot_dev version 2: READY \(\d+s elapsed\)$/);
});

test('logs an unchanged status on a steady beat of about five seconds', async () => {
  const statuses = [...Array.from({ length: 30 }, () => ({ status: 'UPDATING' })), { status: 'READY' }];
  const { logger, wait } = options(sequence(statuses));
  await wait();
  const updating = logger.lines.filter((l) => l.includes('UPDATING'));
  // 30 polls over ~27 s: the first line plus one per 5 s, not one per poll.
  expect(updating.length).toBeGreaterThanOrEqual(5);
  expect(updating.length).toBeLessThanOrEqual(7);
  expect(updating.map((l) => /\((.*) elapsed\)/.exec(l)![1])).toContain('10s');
});

test('hands a *_FAILED status back with the failure reason', async () => {
  const { wait } = options(sequence([{ status: 'UPDATING' }, { status: 'UPDATE_FAILED', failureReason: 'Image not found' }]));
  await expect(wait()).resolves.toMatchObject({ outcome: 'failed', status: 'UPDATE_FAILED', reason: 'Image not found' });
});

test('times out at the deadline naming the last status seen', async () => {
  const { clock, wait } = options(sequence([{ status: 'CREATING' }]), 10_000);
  const error = await wait().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toBe('Timed out after 10s waiting for runtime bot_dev version 2; the last status seen was CREATING.');
  expect(clock.now()).toBe(1_010_000);
});

test('a poll error propagates', async () => {
  const { wait } = options(async () => {
    throw new Error('AccessDenied');
  });
  await expect(wait()).rejects.toThrow('AccessDenied');
});

test('formatElapsed', () => {
  expect(formatElapsed(999)).toBe('0s');
  expect(formatElapsed(59_000)).toBe('59s');
  expect(formatElapsed(65_000)).toBe('1m 05s');
});

test('a poll failing with an error the caller calls transient is tried again', async () => {
  let calls = 0;
  const throttled = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 429 } });
  const clock = new FakeClock(0);
  const logger = new RecordingLogger();
  const result = await waitUntil({
    what: 'v',
    poll: async () => {
      calls++;
      if (calls < 3) throw throttled;
      return { status: 'READY' };
    },
    check: (v) => statusCheck(v.status),
    transient: isTransientAwsError,
    timeoutMs: 10_000,
    clock,
    logger,
  });
  expect(result.outcome).toBe('done');
  expect(calls).toBe(3);
  expect(logger.lines[0]).toBe('debug: v: polling failed (ThrottlingException: Rate exceeded (HTTP 429)); trying again');
  expect(isTransientAwsError(Object.assign(new Error('no'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } }))).toBe(false);
});
