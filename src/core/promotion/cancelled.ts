/**
 * What a cancelled promotion leaves behind, decided within the runner's grace time:
 *
 *   live not moved yet        → nothing more is changed;
 *   live moved, bake unproven → live goes back to the version it served (auto-rollback), on the
 *                               session's grace handle, whose waits ignore the cancel and are short;
 *   auto-rollback false       → live stays where it is, and the failure says so.
 */
import { describeRestored, restoreEndpoint } from './endpoints.js';
import type { Session } from '../ops/session.js';

export interface CancelledMove {
  session: Session;
  live: string;
  /** What live served before; undefined when this run created it. */
  from: string | undefined;
  target: string;
  /** Live was asked to move (by this attempt or an earlier one of this run). */
  liveMoved: boolean;
  autoRollback: boolean;
  /** The description of the move back. */
  marker: string;
}

/** Leaves live safe and says how, as the clause after "cancelled". */
export async function leaveSafe(move: CancelledMove): Promise<string> {
  const { session, live, from, target } = move;
  const logger = session.graceHandle.logger;
  if (!move.liveMoved) return `it was cancelled before endpoint "${live}" moved: live was not touched`;
  const during = `it was cancelled after endpoint "${live}" moved to version ${target}, before its bake proved it`;
  if (from === undefined) return `${during}; this run created the endpoint, so there is no earlier version to return to`;
  if (!move.autoRollback) return `${during}; live was left there (auto-rollback is false)`;
  logger.warning(`Cancelled: returning endpoint "${live}" from version ${target} to version ${from}.`);
  const restored = await restoreEndpoint(session.graceHandle, live, from, move.marker);
  await session.keepImage(live, restored.serving);
  if (restored.serving === from && restored.status === 'READY') return `${during}; live was returned to version ${from} (READY)`;
  return `${during}; returning live to version ${from} did not finish within the grace time (${restored.problem ?? 'unknown'}): it serves ${describeRestored(restored)}`;
}
