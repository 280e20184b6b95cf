/**
 * Cancellation, as the runner does it: the entry aborts an AbortSignal when the step is cancelled
 * (SIGINT, then SIGTERM 7.5 s later, then a kill 2.5 s after that). Core never sees the signal
 * handlers; it receives the signal in its request and waits on a clock that stops on it.
 *
 *   const clock = cancellableClock(request.clock, request.signal);   // every wait stops on abort
 *   throwIfCancelled(request.signal);                                // before each new change
 *   catch (error) { if (isCancelled(error)) … leave AgentCore safe, within CANCEL_WAIT_MS … }
 */
import type { Clock } from './clock.js';
import { UserError } from './errors.js';

/** The step was cancelled; thrown by a wait or a checkpoint, caught by the orchestrator that cleans up. */
export class CancelledError extends UserError {
  override name = 'CancelledError';
  constructor(message = 'The step was cancelled') {
    super(message);
  }
}

export function isCancelled(error: unknown): error is CancelledError {
  return error instanceof CancelledError;
}

/**
 * How long each wait of the clean-up after a cancel may take (a move back, say): two of them and
 * the ledger write fit in the 10 s the runner gives before it kills the process.
 */
export const CANCEL_WAIT_MS = 2500;

/** Throws a CancelledError once the signal is aborted: called before each change that could not be finished. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}

/** The clock whose sleep ends early, with a CancelledError, when the signal aborts. */
export function cancellableClock(clock: Clock, signal: AbortSignal | undefined): Clock {
  if (!signal) return clock;
  return {
    now: () => clock.now(),
    every: (ms, fn) => clock.every(ms, fn),
    sleep: (ms) => {
      if (signal.aborted) return Promise.reject(new CancelledError());
      return new Promise<void>((resolve, reject) => {
        const onAbort = () => reject(new CancelledError());
        signal.addEventListener('abort', onAbort, { once: true });
        clock.sleep(ms).then(
          () => {
            signal.removeEventListener('abort', onAbort);
            if (signal.aborted) reject(new CancelledError());
            else resolve();
          },
          (error: unknown) => {
            signal.removeEventListener('abort', onAbort);
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      });
    },
  };
}
