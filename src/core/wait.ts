/**
 * Polling until something settles, with an injected clock and logger.
 *
 *   const result = await waitUntil({
 *     what: 'runtime support_bot_dev version 3',
 *     poll: () => getVersion(),                     // one read per attempt
 *     check: (v) => statusCheck(v.status, v.failureReason),
 *     timeoutMs, clock, logger,
 *   });
 *   if (result.outcome === 'failed') throw new UserError(`… ${result.reason}`);
 *
 * Polls quickly at first (250 ms, growing to at most 1 s, so READY is seen within a second),
 * logs the status and elapsed time when it changes and on a steady beat (every 5 s), hands a
 * failure back to the caller (who knows what to tell the user), and throws a UserError naming
 * the last status seen when the deadline passes. Errors thrown by `poll` propagate, except those
 * `transient` accepts (throttling that outlasted the SDK's own retries, say): a read that failed
 * is simply tried again on the next beat, until the deadline.
 */
import type { Clock } from './clock.js';
import { UserError, describeError, isAwsError } from './errors.js';
import type { Logger } from './logger.js';

/** Where a polled value stands: still moving, settled, or failed with a reason. */
export interface WaitCheck {
  status: string;
  state: 'pending' | 'done' | 'failed';
  reason?: string;
}

export interface WaitOptions<T> {
  /** What is awaited, for log lines and the timeout message. */
  what: string;
  poll: () => Promise<T>;
  check: (value: T) => WaitCheck;
  timeoutMs: number;
  clock: Clock;
  logger: Logger;
  /** First pause between polls; default 250 ms. */
  initialDelayMs?: number;
  /** Longest pause between polls; default 1000 ms. */
  maxDelayMs?: number;
  /** How often an unchanged status is logged again; default 5000 ms. */
  beatMs?: number;
  /** Poll errors worth another poll instead of failing the wait. */
  transient?: (error: unknown) => boolean;
  /** What to do about a timeout, appended to the default timeout message. */
  timeoutHint?: string;
  /** Builds the timeout error instead of the default "Timed out after … waiting for <what>; the last status …". */
  onTimeout?: (last: WaitCheck | undefined, elapsedMs: number) => Error;
}

export type WaitResult<T> =
  | { outcome: 'done'; value: T; status: string; elapsedMs: number }
  | { outcome: 'failed'; value: T; status: string; reason: string; elapsedMs: number };

export const DEFAULT_INITIAL_DELAY_MS = 250;
export const DEFAULT_MAX_DELAY_MS = 1000;
export const DEFAULT_BEAT_MS = 5000;
const BACKOFF_FACTOR = 1.5;

/** AgentCore's status enum: READY settles, *_FAILED fails, anything else is still moving. */
export function statusCheck(status: string | undefined, failureReason?: string): WaitCheck {
  const shown = status ?? 'UNKNOWN';
  if (shown === 'READY') return { status: shown, state: 'done' };
  if (shown.endsWith('_FAILED')) return { status: shown, state: 'failed', reason: failureReason || 'AWS gave no failureReason' };
  return { status: shown, state: 'pending' };
}

/** Throttling, 5xx and network errors: the SDK retries them, and a poll may try again after that. */
export function isTransientAwsError(error: unknown): boolean {
  if (!isAwsError(error)) return false;
  const status = error.$metadata?.httpStatusCode;
  return error.$fault === 'server' || status === 429 || (status !== undefined && status >= 500) || /Throttl|TooManyRequests|RequestLimitExceeded/.test(error.name);
}

/** "1m 05s", "12s": elapsed time as a person reads it. */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
}

export async function waitUntil<T>(options: WaitOptions<T>): Promise<WaitResult<T>> {
  const { clock, logger, what } = options;
  const beatMs = options.beatMs ?? DEFAULT_BEAT_MS;
  const maxDelayMs = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
  const start = clock.now();
  const deadline = start + options.timeoutMs;
  let delay = options.initialDelayMs ?? DEFAULT_INITIAL_DELAY_MS;
  let last: WaitCheck | undefined;
  let lastLogged = -Infinity;

  for (;;) {
    const polled = await pollOnce(options);
    if (polled) {
      const { value } = polled;
      const check = options.check(value);
      const elapsedMs = clock.now() - start;
      if (check.status !== last?.status || clock.now() - lastLogged >= beatMs) {
        logger.info(`${what}: ${check.status} (${formatElapsed(elapsedMs)} elapsed)`);
        lastLogged = clock.now();
      }
      last = check;
      if (check.state === 'done') return { outcome: 'done', value, status: check.status, elapsedMs };
      if (check.state === 'failed') {
        return { outcome: 'failed', value, status: check.status, reason: check.reason ?? 'no reason given', elapsedMs };
      }
    }
    const remaining = deadline - clock.now();
    if (remaining <= 0) throw timeoutError(options, last, clock.now() - start);
    // Never sleep past the deadline: the last poll happens at it, so a late READY still counts.
    await clock.sleep(Math.min(delay, remaining));
    delay = Math.min(maxDelayMs, Math.round(delay * BACKOFF_FACTOR));
  }
}

/** One poll; undefined when it failed with an error the caller calls transient. */
async function pollOnce<T>(options: WaitOptions<T>): Promise<{ value: T } | undefined> {
  try {
    return { value: await options.poll() };
  } catch (error) {
    if (!options.transient?.(error)) throw error;
    options.logger.debug(`${options.what}: polling failed (${describeError(error)}); trying again`);
    return undefined;
  }
}

function timeoutError<T>(options: WaitOptions<T>, last: WaitCheck | undefined, elapsedMs: number): Error {
  return (
    options.onTimeout?.(last, elapsedMs) ??
    new UserError(
      `Timed out after ${formatElapsed(elapsedMs)} waiting for ${options.what}; the last status seen was ${last?.status ?? 'none (every poll failed)'}.` +
        (options.timeoutHint ? ` ${options.timeoutHint}` : ''),
    )
  );
}
