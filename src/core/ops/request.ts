import type { Clock } from '../clock.js';
import type { HeldLease } from '../lease.js';
import type { ResolvedEnvironment, ResolvedRuntime } from '../config/index.js';
import type { CallerIdentity } from '../identity.js';
import type { Logger } from '../logger.js';

/** What every orchestrator that works on one environment's runtime is handed. */
export interface RuntimeRequest {
  environment: ResolvedEnvironment;
  runtime: ResolvedRuntime;
  timeoutMs: number;
  /** The account check, when the entry started it before loading this module (startCredentialCheck); else it is made here. */
  identity?: Promise<CallerIdentity>;
  clock: Clock;
  logger: Logger;
  /** Aborted when the step is cancelled: waits stop, no new change starts, and what was started is left safe. */
  signal?: AbortSignal;
  /** Told of the runtime's lease when it is taken and let go (a clean-up step releases one left behind). */
  onLease?: (held: HeldLease | undefined) => void;
}
