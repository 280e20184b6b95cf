import type { Clock } from '../../src/core/clock.js';

/** Aborts `controller` at the first sleep of `clock` once `due()` holds: a cancel that comes during a wait. */
export function cancelOnSleep(clock: Clock, controller: AbortController, due: () => boolean = () => true): void {
  const sleep = clock.sleep.bind(clock);
  clock.sleep = async (ms) => {
    if (due()) controller.abort();
    return sleep(ms);
  };
}
