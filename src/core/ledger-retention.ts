/**
 * How the ledger stays within SSM's Standard tier without forgetting what on-call needs:
 *
 *   sealPages(head, 4096)          // the head's oldest entries moved into new pages until it fits
 *   droppablePages(pages, entries) // the old pages no kept entry is in
 *
 * Kept: the last KEEP_VERSIONS version entries, the last KEEP_MOVES promotions and rollbacks,
 * and each endpoint's latest successful move with its version's entry, however old (rollback
 * and drift-check start from it). Pages are dropped whole, so more than that is usually kept.
 */
import type { LedgerEntry, LedgerHead } from './ledger.js';

export const KEEP_VERSIONS = 100;
export const KEEP_MOVES = 100;

/** One sealed page: its number and entries. */
export interface Page {
  page: number;
  entries: LedgerEntry[];
}

const bytes = (value: object): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

/**
 * Moves the oldest entries of an oversized head into new pages, each as full as `limit`
 * allows (and at least one entry), until the head fits.
 */
export function sealPages(head: LedgerHead, limit: number): { head: LedgerHead; written: Page[] } {
  let current = head;
  const written: Page[] = [];
  while (bytes(current) > limit && current.entries.length > 0) {
    const page = current.sealed + 1;
    let count = 1;
    while (count < current.entries.length && bytes({ schema: head.schema, page, entries: current.entries.slice(0, count + 1) }) <= limit) count++;
    written.push({ page, entries: current.entries.slice(0, count) });
    current = { ...current, pages: [...current.pages, page], sealed: page, entries: current.entries.slice(count) };
  }
  return { head: current, written };
}

/** The pages, oldest first, that hold no entry kept (see the note at the top); the head's own entries are always kept. */
export function droppablePages(pages: Page[], headEntries: LedgerEntry[]): Page[] {
  const kept = keptEntries([...pages.flatMap((p) => p.entries), ...headEntries]);
  return pages.filter((p) => !p.entries.some((e) => kept.has(e)));
}

function keptEntries(entries: LedgerEntry[]): Set<LedgerEntry> {
  const kept = new Set<LedgerEntry>();
  const pinnedEndpoints = new Set<string>();
  const pinnedVersions = new Set<string>();
  let versions = 0;
  let moves = 0;
  for (const entry of entries.toReversed()) {
    if (entry.type === 'endpoint') {
      if (moves++ < KEEP_MOVES) kept.add(entry);
      if (entry.result === 'succeeded' && !pinnedEndpoints.has(entry.endpoint)) {
        pinnedEndpoints.add(entry.endpoint);
        pinnedVersions.add(entry.to);
        kept.add(entry);
      }
    } else if (versions++ < KEEP_VERSIONS) {
      kept.add(entry);
    }
  }
  // The newest entry of each version a pinned move went to (it may be older than the move).
  for (const version of pinnedVersions) {
    const entry = entries.findLast((e) => e.type === 'version' && e.version === version);
    if (entry) kept.add(entry);
  }
  return kept;
}
