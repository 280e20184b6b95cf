/**
 * The per-runtime ledger: what was deployed and promoted, oldest entry first, kept in SSM
 * String parameters of the Standard tier (layout and cost: docs/ssm-layout.md):
 *
 *   <ledger>            the head: {schema: 2, pages: [3, 4], sealed: 4, dropped: 17, entries: [...]}
 *   <ledger>-pages/<n>  sealed page n: {schema: 2, page: n, entries: [...]}, never changed again
 *
 *   const ledger = await readLedger(ssm, path);              // undefined when none yet
 *   await appendLedger(ssm, path, [entry], logger);           // while holding the runtime's lease
 *   latestVersionEntry(ledger, '3'); lastSuccessfulPromotion(ledger, 'live');
 *
 * - Entries are `version` (a version deployed) or `endpoint` (an endpoint moved by promote or
 *   rollback). They hold references and digests only, never a secret value.
 * - Written read-modify-write: callers hold the lease (src/core/lease.ts). New entries go into
 *   the head; when it outgrows 4 KB its oldest entries are sealed into a new page, written
 *   before the head that lists it, so a write stopped half-way loses nothing.
 * - Kept (src/core/ledger-retention.ts): at least the last 100 versions and the last 100
 *   promotions and rollbacks, and each endpoint's latest successful move however old. Only
 *   whole pages beyond that are dropped, and that is logged and counted in the head.
 * - Schema 1 (one parameter holding every entry, written by earlier releases) is still read,
 *   and becomes schema 2 on the next write.
 */
import { DeleteParametersCommand, GetParameterCommand, GetParametersCommand, PutParameterCommand, type SSMClient } from '@aws-sdk/client-ssm';
import { UserError, describeError, explain, isAwsErrorNamed } from './errors.js';
import type { Logger } from './logger.js';
import { KEEP_MOVES, KEEP_VERSIONS, droppablePages, sealPages, type Page } from './ledger-retention.js';

export const LEDGER_SCHEMA_VERSION = 2;
/** The one-parameter layout of earlier releases: read, and rewritten as schema 2 on the next write. */
const LEGACY_SCHEMA_VERSION = 1;
export const STANDARD_TIER_BYTES = 4096;
/** Longer reasons are cut in the ledger (the job log has them whole), so that every entry fits a page. */
export const MAX_REASON_CHARS = 1000;

/** Who did it and when; on every entry. */
interface Provenance {
  actor: string;
  runUrl: string;
  /** ISO 8601. */
  time: string;
}

export interface VersionEntry extends Provenance {
  type: 'version';
  version: string;
  /** sha256:… */
  imageDigest: string;
  /** The URI the version runs, by digest. */
  imageUri: string;
  /** sha256 hex of the desired configuration with secret references, never values. */
  configHash: string;
  commit: string;
}

export interface EndpointEntry extends Provenance {
  type: 'endpoint';
  endpoint: string;
  /** The version the endpoint served before; absent when it was created. */
  from?: string;
  to: string;
  kind: 'promote' | 'rollback';
  /** cancelled: the step was cancelled; `reason` says where live was left. */
  result: 'succeeded' | 'failed' | 'rolled-back' | 'cancelled';
  reason?: string;
  /** Set by a canary promotion; blue-green leaves it out. */
  strategy?: 'canary';
  /** A canary's steps, in order. */
  steps?: CanaryStep[];
}

/** One step of a canary: the share of traffic sent to the new version and how its bake went. */
export interface CanaryStep {
  percent: number;
  result: 'passed' | 'failed' | 'cancelled' | 'not-run';
  /** Why it failed, short (the entry's reason has the whole story). */
  reason?: string;
}

export type LedgerEntry = VersionEntry | EndpointEntry;

/** The whole history kept, oldest first. */
export interface Ledger {
  entries: LedgerEntry[];
  /** How many of the oldest entries were dropped over the ledger's life. */
  dropped: number;
}

/** The head parameter, as stored. */
export interface LedgerHead {
  schema: typeof LEDGER_SCHEMA_VERSION;
  /** The sealed pages kept, oldest first. */
  pages: number[];
  /** How many pages were ever sealed: the next one is sealed + 1. */
  sealed: number;
  dropped: number;
  /** The newest entries, not in a page yet. */
  entries: LedgerEntry[];
}

export interface LedgerWrite {
  /** The head's tier, as SSM reports it. */
  tier: 'Standard' | 'Advanced';
  /** Parameters the ledger spans now: the head and its pages. */
  parameters: number;
  /** Entries kept. */
  entries: number;
  /** How many old entries this write dropped. */
  dropped: number;
}

interface StoredLedger extends Ledger {
  head: LedgerHead;
  /** The entries of each sealed page, by number. */
  pages: Map<number, LedgerEntry[]>;
  /** Read from schema 1. */
  legacy: boolean;
}

/** Where page n of the ledger at `path` is. */
export function ledgerPagePath(path: string, page: number): string {
  return `${path}-pages/${page}`;
}

/** The ledger at path, or undefined when the runtime has none yet. */
export async function readLedger(ssm: SSMClient, path: string): Promise<Ledger | undefined> {
  const stored = await readStored(ssm, path);
  return stored && { entries: stored.entries, dropped: stored.dropped };
}

async function readStored(ssm: SSMClient, path: string, retry = true): Promise<StoredLedger | undefined> {
  const text = await getValue(ssm, path);
  if (text === undefined) return undefined;
  const { head, legacy } = parseHead(text, path);
  const pages = await getPages(ssm, path, head.pages);
  const missing = head.pages.filter((n) => !pages.has(n));
  if (missing.length > 0) {
    // A writer may have dropped them between the two reads: the head it wrote no longer lists them.
    if (retry) return readStored(ssm, path, false);
    throw new UserError(
      `The ledger ${path} lists page(s) ${missing.map((n) => ledgerPagePath(path, n)).join(', ')} that do not exist in SSM. ` +
        'They are written only by agentcore-actions: restore them, or delete the ledger and its pages to start a new one.',
    );
  }
  const entries = [...head.pages.flatMap((n) => pages.get(n)!), ...head.entries];
  return { entries, dropped: head.dropped, head, pages, legacy };
}

async function getValue(ssm: SSMClient, path: string): Promise<string | undefined> {
  try {
    return (await ssm.send(new GetParameterCommand({ Name: path }))).Parameter?.Value ?? '';
  } catch (error) {
    if (isAwsErrorNamed(error, 'ParameterNotFound')) return undefined;
    throw explain(`Reading the ledger ${path} (SSM GetParameter)`, error);
  }
}

/** The pages that exist, by number; GetParameters takes 10 names at a time. */
async function getPages(ssm: SSMClient, path: string, numbers: number[]): Promise<Map<number, LedgerEntry[]>> {
  const batches = [];
  for (let i = 0; i < numbers.length; i += 10) batches.push(numbers.slice(i, i + 10));
  const byName = new Map(numbers.map((n) => [ledgerPagePath(path, n), n]));
  const found = new Map<number, LedgerEntry[]>();
  const answers = await Promise.all(
    batches.map((batch) =>
      ssm.send(new GetParametersCommand({ Names: batch.map((n) => ledgerPagePath(path, n)) })).catch((error: unknown) => {
        throw explain(`Reading the pages of the ledger ${path} (SSM GetParameters)`, error, 'The role needs ssm:GetParameters on the parameter store prefix.');
      }),
    ),
  );
  for (const parameter of answers.flatMap((a) => a.Parameters ?? [])) {
    const page = byName.get(parameter.Name ?? '');
    if (page !== undefined) found.set(page, parsePage(parameter.Value ?? '', parameter.Name!));
  }
  return found;
}

function parseJson(text: string, name: string): { schema?: unknown } & Record<string, unknown> {
  try {
    return JSON.parse(text) as { schema?: unknown } & Record<string, unknown>;
  } catch {
    throw new UserError(`The ledger parameter ${name} is not JSON. It is written only by agentcore-actions; delete the ledger and its pages to start a new ledger.`);
  }
}

function schemaError(name: string, schema: unknown): UserError {
  return new UserError(
    `The ledger ${name} has schema ${JSON.stringify(schema)}, this version of agentcore-actions reads schema ${LEGACY_SCHEMA_VERSION} and ${LEDGER_SCHEMA_VERSION}. ` +
      'Use the agentcore-actions release that wrote it, or delete the parameter to start a new ledger.',
  );
}

function parseHead(text: string, path: string): { head: LedgerHead; legacy: boolean } {
  const parsed = parseJson(text, path);
  const entries = parsed.entries;
  if (!Array.isArray(entries)) throw schemaError(path, parsed.schema);
  if (parsed.schema === LEGACY_SCHEMA_VERSION) {
    return { head: { schema: LEDGER_SCHEMA_VERSION, pages: [], sealed: 0, dropped: 0, entries: entries as LedgerEntry[] }, legacy: true };
  }
  const { pages, sealed, dropped } = parsed;
  if (parsed.schema !== LEDGER_SCHEMA_VERSION || !Array.isArray(pages) || typeof sealed !== 'number' || typeof dropped !== 'number') throw schemaError(path, parsed.schema);
  return { head: { schema: LEDGER_SCHEMA_VERSION, pages: pages as number[], sealed, dropped, entries: entries as LedgerEntry[] }, legacy: false };
}

function parsePage(text: string, name: string): LedgerEntry[] {
  const parsed = parseJson(text, name);
  if (parsed.schema !== LEDGER_SCHEMA_VERSION || !Array.isArray(parsed.entries)) throw schemaError(name, parsed.schema);
  return parsed.entries as LedgerEntry[];
}

/** One head parameter's value, as a schema 2 head (its own entries only): for tests and tools that read a raw value. */
export function parseLedger(text: string, path: string): LedgerHead {
  return parseHead(text, path).head;
}

/** Adds entries to the ledger (creating it), seals and drops pages as needed, writes it. Call while holding the lease. */
export async function appendLedger(ssm: SSMClient, path: string, entries: LedgerEntry[], logger: Logger): Promise<LedgerWrite> {
  const stored = await readStored(ssm, path);
  const head: LedgerHead = stored?.head ?? { schema: LEDGER_SCHEMA_VERSION, pages: [], sealed: 0, dropped: 0, entries: [] };
  const sealing = sealPages({ ...head, entries: [...head.entries, ...entries.map((e) => clipReason(e, logger))] }, STANDARD_TIER_BYTES);
  const pages = new Map(stored?.pages);
  for (const page of sealing.written) pages.set(page.page, page.entries);
  const kept: Page[] = sealing.head.pages.map((page) => ({ page, entries: pages.get(page)! }));
  const drop = droppablePages(kept, sealing.head.entries);
  const dropped = drop.reduce((sum, page) => sum + page.entries.length, 0);
  const next: LedgerHead = { ...sealing.head, pages: sealing.head.pages.filter((n) => !drop.some((p) => p.page === n)), dropped: head.dropped + dropped };

  // Pages before the head that lists them, and dropped pages deleted after it: a write stopped anywhere loses no entry.
  for (const page of sealing.written) await put(ssm, ledgerPagePath(path, page.page), { schema: LEDGER_SCHEMA_VERSION, page: page.page, entries: page.entries }, logger);
  const tier = await put(ssm, path, next, logger);
  if (stored?.legacy) logger.info(`Ledger ${path}: moved to the paged layout (schema ${LEDGER_SCHEMA_VERSION}, see docs/ssm-layout.md).`);
  if (drop.length > 0) {
    logger.info(
      `Ledger ${path}: dropped ${dropped} entries older than the last ${KEEP_VERSIONS} versions and ${KEEP_MOVES} promotions and rollbacks ` +
        `(${drop.map((p) => ledgerPagePath(path, p.page)).join(', ')}); ${next.dropped} dropped in all.`,
    );
    await deletePages(ssm, path, drop, logger);
  }
  const total = next.entries.length + next.pages.reduce((sum, n) => sum + pages.get(n)!.length, 0);
  return { tier, parameters: 1 + next.pages.length, entries: total, dropped };
}

function clipReason(entry: LedgerEntry, logger: Logger): LedgerEntry {
  if (entry.type !== 'endpoint' || !entry.reason || entry.reason.length <= MAX_REASON_CHARS) return entry;
  logger.info(`The ledger keeps the first ${MAX_REASON_CHARS} characters of the reason (${entry.reason.length}); the job log has it whole.`);
  return { ...entry, reason: `${entry.reason.slice(0, MAX_REASON_CHARS - 1)}…` };
}

/** Writes one ledger parameter; Intelligent-Tiering keeps a parameter Standard while it fits 4 KB. */
async function put(ssm: SSMClient, name: string, value: object, logger: Logger): Promise<LedgerWrite['tier']> {
  const text = JSON.stringify(value);
  let tier: string | undefined;
  try {
    ({ Tier: tier } = await ssm.send(
      new PutParameterCommand({
        Name: name,
        Value: text,
        Type: 'String',
        Overwrite: true,
        Tier: 'Intelligent-Tiering',
        Description: 'agentcore-actions ledger: versions deployed, promotions, rollbacks',
      }),
    ));
  } catch (error) {
    throw explain(`Writing the ledger ${name} (SSM PutParameter)`, error, 'The deploy role needs ssm:PutParameter on the parameter store prefix.');
  }
  if (tier === 'Advanced') {
    logger.warning(
      Buffer.byteLength(text) > STANDARD_TIER_BYTES
        ? `Ledger ${name} holds one entry over 4 KB, so SSM made it an Advanced parameter: Advanced parameters are charged.`
        : `Ledger ${name} is an Advanced parameter (an earlier release made it one; SSM cannot make it Standard again): Advanced parameters are charged. docs/ssm-layout.md says how to return to Standard.`,
    );
  }
  return tier === 'Advanced' ? 'Advanced' : 'Standard';
}

/** Deletes dropped pages; one left behind is listed by no head, so it only takes room. */
async function deletePages(ssm: SSMClient, path: string, pages: Page[], logger: Logger): Promise<void> {
  for (let i = 0; i < pages.length; i += 10) {
    const names = pages.slice(i, i + 10).map((p) => ledgerPagePath(path, p.page));
    try {
      await ssm.send(new DeleteParametersCommand({ Names: names }));
    } catch (error) {
      logger.warning(`Could not delete the dropped ledger pages ${names.join(', ')} (SSM DeleteParameters): ${describeError(error)}. No ledger lists them; delete them by hand.`);
    }
  }
}

/** The newest entry recording that version's deployment. */
export function latestVersionEntry(ledger: Ledger | undefined, version: string): VersionEntry | undefined {
  return ledger?.entries.findLast((e): e is VersionEntry => e.type === 'version' && e.version === version);
}

/** The newest successful move of that endpoint (promotion or rollback). */
export function lastSuccessfulPromotion(ledger: Ledger | undefined, endpoint: string): EndpointEntry | undefined {
  return ledger?.entries.findLast((e): e is EndpointEntry => e.type === 'endpoint' && e.endpoint === endpoint && e.result === 'succeeded');
}
