/**
 * The runner's cancel (and `timeout-minutes`): SIGINT to the step's node process, SIGTERM 7.5 s
 * later, and a kill of the process tree 2.5 s after that. The first of SIGINT or SIGTERM aborts
 * the signal core waits on; a step still running GIVE_UP_MS later is given up, so that it exits
 * with its summary written before the kill.
 */
import type { Logger } from '../core/logger.js';

export const HANDLED_SIGNALS = ['SIGINT', 'SIGTERM'] as const;
/** From the first signal to giving up: inside the runner's 10 s, with time left to write the summary and exit. */
export const GIVE_UP_MS = 7000;

export interface CancelWatch {
  signal: AbortSignal;
  /** Rejects GIVE_UP_MS after the first signal; never settles otherwise. */
  overdue: Promise<never>;
  /** Removes the handlers and the timer: the step is over. */
  dispose(): void;
}

export function watchCancel(logger: Logger, giveUpMs = GIVE_UP_MS): CancelWatch {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let giveUp: (error: Error) => void = () => undefined;
  const overdue = new Promise<never>((_resolve, reject) => (giveUp = reject));
  // Nobody awaits `overdue` once the step is over; that is not an unhandled rejection.
  overdue.catch(() => undefined);
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      logger.info(`Received ${name} again: still leaving things safe.`);
      return;
    }
    logger.warning(`Received ${name}: the step is cancelled. Waits stop, no new change starts, and what was started is left safe.`);
    controller.abort();
    timer = setTimeout(() => giveUp(new Error(`the step did not stop within ${giveUpMs / 1000} s of ${name}`)), giveUpMs);
  };
  for (const name of HANDLED_SIGNALS) process.on(name, onSignal);
  return {
    signal: controller.signal,
    overdue,
    dispose: () => {
      for (const name of HANDLED_SIGNALS) process.off(name, onSignal);
      clearTimeout(timer);
    },
  };
}
