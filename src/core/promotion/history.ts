/**
 * What the ledger and an endpoint's description say about past moves of one endpoint:
 *
 *   rollbackTarget(ledger, 'live', '4')        // the last good version live served before 4
 *   pendingMove(endpoint.description, ledger, 'live', runUrl, 'promote')
 *                                              // a move this run started and never recorded
 *
 * Every move of a promoted endpoint writes a marker into the endpoint's description
 * ("agentcore-actions promote 1->2 by <run URL>"), so a re-run of a cancelled job can tell the
 * move it started (and must finish) from moves made by anyone else.
 */
import type { EndpointEntry, Ledger } from '../ledger.js';

export type MoveKind = EndpointEntry['kind'];

/** One move in flight, as written into the endpoint's description. */
export interface MoveMarker {
  kind: MoveKind;
  /** Undefined when the move created the endpoint. */
  from?: string;
  to: string;
  /** A promotion whose bake failed, while live returns to `from`. */
  rollingBack: boolean;
  runUrl: string;
}

/** AgentCore's limit on an endpoint description. */
const MAX_DESCRIPTION = 256;
const MARKER = /^agentcore-actions (promote|rollback) (\d+|new)->(\d+)( rolling back)? by (\S+)$/;

/** The description that records a move; without a run URL (or too long) it records no run, so nothing resumes it. */
export function formatMarker(marker: MoveMarker): string {
  const text = `agentcore-actions ${marker.kind} ${marker.from ?? 'new'}->${marker.to}${marker.rollingBack ? ' rolling back' : ''}`;
  const withRun = `${text} by ${marker.runUrl}`;
  return marker.runUrl && withRun.length <= MAX_DESCRIPTION ? withRun : text;
}

export function parseMarker(description: string | undefined): MoveMarker | undefined {
  const match = MARKER.exec(description ?? '');
  if (!match) return undefined;
  const [, kind, from, to, rollingBack, runUrl] = match as unknown as [string, MoveKind, string, string, string | undefined, string];
  return { kind, ...(from !== 'new' ? { from } : {}), to, rollingBack: rollingBack !== undefined, runUrl };
}

function endpointEntries(ledger: Ledger | undefined, endpoint: string): EndpointEntry[] {
  return ledger?.entries.filter((e): e is EndpointEntry => e.type === 'endpoint' && e.endpoint === endpoint) ?? [];
}

/**
 * A move this run (same run URL: a re-run of a job keeps it) started on the endpoint and never
 * recorded in the ledger: the job was cancelled or died between moving and recording. With `to`,
 * only a move to that version: a re-run asked for another version must not finish the old move.
 */
export function pendingMove(description: string | undefined, ledger: Ledger | undefined, endpoint: string, runUrl: string, kind: MoveKind, to?: string): MoveMarker | undefined {
  const marker = parseMarker(description);
  if (!marker || !runUrl || marker.runUrl !== runUrl || marker.kind !== kind) return undefined;
  if (to !== undefined && marker.to !== to) return undefined;
  // Any entry of this run for the move, not only the newest: a later refused attempt of the same run URL records a failure after it.
  const recorded = endpointEntries(ledger, endpoint).some((e) => e.runUrl === runUrl && e.kind === kind && e.from === marker.from && e.to === marker.to);
  return recorded ? undefined : marker;
}

/** The ledger's newest entry for the endpoint. */
export function lastMove(ledger: Ledger | undefined, endpoint: string): EndpointEntry | undefined {
  return endpointEntries(ledger, endpoint).at(-1);
}

/** The ledger's newest entry for the endpoint when this run wrote it: a re-run finds its own work done. */
export function lastMoveByRun(ledger: Ledger | undefined, endpoint: string, runUrl: string): EndpointEntry | undefined {
  const last = lastMove(ledger, endpoint);
  return runUrl && last?.runUrl === runUrl ? last : undefined;
}

/** The versions the endpoint served, oldest first, from its successful moves. */
export function servedVersions(ledger: Ledger | undefined, endpoint: string): string[] {
  const served: string[] = [];
  for (const entry of endpointEntries(ledger, endpoint)) {
    if (entry.result !== 'succeeded') continue;
    if (entry.from !== undefined && served.at(-1) !== entry.from) served.push(entry.from);
    if (served.at(-1) !== entry.to) served.push(entry.to);
  }
  return served;
}

/**
 * Versions found bad on the endpoint: promotions that were rolled back, and versions a rollback
 * moved away from. A later successful promotion of the same version clears it.
 */
export function rejectedVersions(ledger: Ledger | undefined, endpoint: string): Set<string> {
  const rejected = new Set<string>();
  for (const entry of endpointEntries(ledger, endpoint)) {
    if (entry.kind === 'promote' && entry.result === 'rolled-back') rejected.add(entry.to);
    else if (entry.kind === 'rollback' && entry.result === 'succeeded' && entry.from !== undefined) rejected.add(entry.from);
    else if (entry.kind === 'promote' && entry.result === 'succeeded') rejected.delete(entry.to);
  }
  return rejected;
}

export interface RollbackChoice {
  /** Undefined when the ledger knows no earlier good version. */
  version?: string;
  /** Earlier versions passed over because they were rolled back. */
  skipped: string[];
}

/** rollback's default to-version: the newest version the endpoint served before `current`, skipping rejected ones. */
export function rollbackTarget(ledger: Ledger | undefined, endpoint: string, current: string | undefined): RollbackChoice {
  const rejected = rejectedVersions(ledger, endpoint);
  const skipped: string[] = [];
  for (const version of servedVersions(ledger, endpoint).reverse()) {
    if (version === current) continue;
    if (rejected.has(version)) {
      if (!skipped.includes(version)) skipped.push(version);
      continue;
    }
    return { version, skipped };
  }
  return { skipped };
}
