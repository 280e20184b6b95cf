import { CancelledError, cancellableClock, throwIfCancelled } from '../../src/core/cancel.js';
import { systemClock } from '../../src/core/clock.js';
import { FakeClock } from '../../src/testing/fake-clock.js';

test('a sleep on the cancellable clock ends with a CancelledError when the signal aborts', async () => {
  const controller = new AbortController();
  // The base clock's timer is unref'd: the 60 s it still runs after the abort must not hold the test worker open.
  const base = { ...systemClock, sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref()) };
  const clock = cancellableClock(base, controller.signal);
  const started = Date.now();
  const sleeping = clock.sleep(60_000).catch((e: unknown) => e);
  setTimeout(() => controller.abort(), 20);
  expect(await sleeping).toBeInstanceOf(CancelledError);
  expect(Date.now() - started).toBeLessThan(5000);
  // Once aborted, every further sleep ends at once.
  await expect(clock.sleep(1)).rejects.toBeInstanceOf(CancelledError);
});

test('without a signal the clock is the one given; throwIfCancelled throws only once aborted', () => {
  const fake = new FakeClock();
  expect(cancellableClock(fake, undefined)).toBe(fake);
  const controller = new AbortController();
  expect(() => throwIfCancelled(controller.signal)).not.toThrow();
  controller.abort();
  expect(() => throwIfCancelled(controller.signal)).toThrow(CancelledError);
});

test("FakeClock fires every() timers as its time passes, in order, until stopped", async () => {
  const clock = new FakeClock(0);
  const fired: number[] = [];
  const stop = clock.every(30, () => fired.push(clock.now()));
  await clock.sleep(100);
  expect(fired).toEqual([30, 60, 90]);
  stop();
  await clock.sleep(100);
  expect(fired).toEqual([30, 60, 90]);
  expect(clock.now()).toBe(200);
});
