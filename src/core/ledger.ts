/**
 * The per-runtime ledger: what was deployed and promoted, kept in one SSM String parameter at
 * ledgerPath(prefix, env, runtime) as JSON `{schema: 1, entries: [...]}`, oldest entry first.
 *
 *   const ledger = await readLedger(ssm, path);              // undefined when none yet
 *   await appendLedger(ssm, path, [entry], logger);           // while holding the runtime's lease
 *   latestVersionEntry(ledger, '3'); lastSuccessfulPromotion(ledger, 'live');
 *
 * - Entries are `version` (a version deployed) or `endpoint` (an endpoint moved by promote or
 *   rollback). They hold references and digests only, never a secret value.
 * - Written read-modify-write with Overwrite=true: callers hold the lease (src/core/lease.ts).
 * - Bounded: the oldest entries are dropped until the JSON fits 4 KB (SSM's Standard tier), but
 *   the latest successful promotion of each endpoint is never dropped. Only when those alone do
 *   not fit is the Advanced tier (8 KB) used. The parameter is written with Tier
 *   Intelligent-Tiering, which picks Standard for values within 4 KB and keeps a parameter that
 *   once became Advanced there (SSM cannot downgrade one).
 */
import { GetParameterCommand, PutParameterCommand, type SSMClient } from '@aws-sdk/client-ssm';
import { UserError, explain, isAwsErrorNamed } from './errors.js';
import type { Logger } from './logger.js';

export const LEDGER_SCHEMA_VERSION = 1;
export const STANDARD_TIER_BYTES = 4096;
export const ADVANCED_TIER_BYTES = 8192;

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
  result: 'succeeded' | 'failed' | 'rolled-back';
  reason?: string;
}

export type LedgerEntry = VersionEntry | EndpointEntry;

export interface Ledger {
  schema: typeof LEDGER_SCHEMA_VERSION;
  entries: LedgerEntry[];
}

export interface LedgerWrite {
  ledger: Ledger;
  tier: 'Standard' | 'Advanced';
  /** How many old entries were dropped to fit. */
  dropped: number;
}

/** The ledger at path, or undefined when the runtime has none yet. */
export async function readLedger(ssm: SSMClient, path: string): Promise<Ledger | undefined> {
  let value: string | undefined;
  try {
    value = (await ssm.send(new GetParameterCommand({ Name: path }))).Parameter?.Value;
  } catch (error) {
    if (isAwsErrorNamed(error, 'ParameterNotFound')) return undefined;
    throw explain(`Reading the ledger ${path} (SSM GetParameter)`, error);
  }
  return parseLedger(value ?? '', path);
}

export function parseLedger(text: string, path: string): Ledger {
  let parsed: Partial<Ledger>;
  try {
    parsed = JSON.parse(text) as Partial<Ledger>;
  } catch {
    throw new UserError(`The ledger ${path} is not JSON. It is written only by agentcore-actions; delete the parameter to start a new ledger.`);
  }
  if (parsed.schema !== LEDGER_SCHEMA_VERSION || !Array.isArray(parsed.entries)) {
    throw new UserError(
      `The ledger ${path} has schema ${JSON.stringify(parsed.schema)}, this version of agentcore-actions reads schema ${LEDGER_SCHEMA_VERSION}. ` +
        'Use the agentcore-actions release that wrote it, or delete the parameter to start a new ledger.',
    );
  }
  return { schema: LEDGER_SCHEMA_VERSION, entries: parsed.entries };
}

/** Adds entries to the ledger (creating it), trims it to fit, writes it. Call while holding the lease. */
export async function appendLedger(ssm: SSMClient, path: string, entries: LedgerEntry[], logger: Logger): Promise<LedgerWrite> {
  const current = (await readLedger(ssm, path)) ?? { schema: LEDGER_SCHEMA_VERSION, entries: [] };
  const write = fitLedger({ schema: LEDGER_SCHEMA_VERSION, entries: [...current.entries, ...entries] });
  let tier: string | undefined;
  try {
    ({ Tier: tier } = await ssm.send(
      new PutParameterCommand({
        Name: path,
        Value: JSON.stringify(write.ledger),
        Type: 'String',
        Overwrite: true,
        Tier: 'Intelligent-Tiering',
        Description: 'agentcore-actions ledger: versions deployed, promotions, rollbacks',
      }),
    ));
  } catch (error) {
    throw explain(`Writing the ledger ${path} (SSM PutParameter)`, error, 'The deploy role needs ssm:PutParameter on the parameter store prefix.');
  }
  if (write.dropped > 0) logger.info(`Ledger ${path}: dropped the ${write.dropped} oldest entries to stay within SSM's ${write.tier} tier.`);
  if (write.tier === 'Advanced') {
    logger.warning(`Ledger ${path} needs SSM's Advanced tier (over 4 KB even after trimming): Advanced parameters are charged.`);
  }
  // SSM keeps a parameter Advanced once it was: report the tier it really has.
  return tier === 'Advanced' ? { ...write, tier } : write;
}

function byteSize(ledger: Ledger): number {
  return Buffer.byteLength(JSON.stringify(ledger), 'utf8');
}

/**
 * Drops the oldest entries until the ledger fits the Standard tier, keeping each endpoint's
 * latest successful promotion or rollback; falls back to the Advanced tier only when those
 * kept entries alone exceed 4 KB.
 */
export function fitLedger(ledger: Ledger): LedgerWrite {
  const pinned = pinnedEntries(ledger.entries);
  for (const [tier, limit] of [['Standard', STANDARD_TIER_BYTES], ['Advanced', ADVANCED_TIER_BYTES]] as const) {
    const kept = [...ledger.entries];
    let index = 0;
    while (byteSize({ schema: ledger.schema, entries: kept }) > limit && index < kept.length) {
      if (pinned.has(kept[index]!)) index++;
      else kept.splice(index, 1);
    }
    if (byteSize({ schema: ledger.schema, entries: kept }) <= limit) {
      return { ledger: { schema: ledger.schema, entries: kept }, tier, dropped: ledger.entries.length - kept.length };
    }
  }
  throw new UserError(
    `The ledger's entries that are never dropped (the latest successful promotion of each of ${pinned.size} endpoints) exceed SSM's 8 KB limit.`,
  );
}

function pinnedEntries(entries: LedgerEntry[]): Set<LedgerEntry> {
  const latest = new Map<string, EndpointEntry>();
  for (const entry of entries) {
    if (entry.type === 'endpoint' && entry.result === 'succeeded') latest.set(entry.endpoint, entry);
  }
  return new Set(latest.values());
}

/** The newest entry recording that version's deployment. */
export function latestVersionEntry(ledger: Ledger | undefined, version: string): VersionEntry | undefined {
  return ledger?.entries.findLast((e): e is VersionEntry => e.type === 'version' && e.version === version);
}

/** The newest successful move of that endpoint (promotion or rollback). */
export function lastSuccessfulPromotion(ledger: Ledger | undefined, endpoint: string): EndpointEntry | undefined {
  return ledger?.entries.findLast((e): e is EndpointEntry => e.type === 'endpoint' && e.endpoint === endpoint && e.result === 'succeeded');
}
