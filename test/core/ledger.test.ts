import { GetParameterCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import type { RunningEmulator } from '../../src/emulator/server.js';
import {
  appendLedger,
  lastSuccessfulPromotion,
  latestVersionEntry,
  ledgerPagePath,
  MAX_REASON_CHARS,
  readLedger,
  STANDARD_TIER_BYTES,
  type EndpointEntry,
  type LedgerEntry,
  type VersionEntry,
} from '../../src/core/ledger.js';
import { KEEP_MOVES, KEEP_VERSIONS } from '../../src/core/ledger-retention.js';
import { RecordingLogger } from '../../src/testing/recording-logger.js';
import { control } from '../helpers/emulator.js';
import { useEmulatorSsm } from '../helpers/emulator-ssm.js';
import { ledgerParameters } from '../helpers/ledger.js';

const PATH = '/agentcore/dev/runtimes/bot/ledger';

function versionEntry(version: number): VersionEntry {
  const digest = `sha256:${String(version).padStart(64, '0')}`;
  return {
    type: 'version',
    version: String(version),
    imageDigest: digest,
    imageUri: `111111111111.dkr.ecr.us-west-2.amazonaws.com/support-bot@${digest}`,
    configHash: 'c'.repeat(64),
    commit: 'a'.repeat(40),
    actor: 'octocat',
    runUrl: `https://github.com/o/r/actions/runs/${1000 + version}`,
    time: new Date(Date.UTC(2026, 0, 1, 0, version)).toISOString(),
  };
}

function endpointEntry(endpoint: string, to: number, result: EndpointEntry['result'] = 'succeeded'): EndpointEntry {
  return {
    type: 'endpoint',
    endpoint,
    from: String(to - 1),
    to: String(to),
    kind: 'promote',
    result,
    actor: 'octocat',
    runUrl: `https://github.com/o/r/actions/runs/${5000 + to}`,
    time: '2026-01-01T00:00:00.000Z',
  };
}

describe('against SSM', () => {
  let emulator: RunningEmulator;
  let ssm: SSMClient;
  useEmulatorSsm((client, started) => ((ssm = client), (emulator = started)));

  /** Every parameter of the ledger: the head, then its pages. */
  async function storedValues(): Promise<{ name: string; value: string }[]> {
    return (await ledgerParameters(ssm, PATH)).map((p) => ({ name: p.Name!, value: p.Value! }));
  }

  /** Appends `batch` entries per write (a few, to keep the test fast; one write may seal several pages). */
  async function appendAll(entries: LedgerEntry[], logger = new RecordingLogger(), batch = 1) {
    let write;
    for (let i = 0; i < entries.length; i += batch) write = await appendLedger(ssm, PATH, entries.slice(i, i + batch), logger);
    return write!;
  }

  test('a runtime without a ledger reads as undefined; appends create and extend it', async () => {
    expect(await readLedger(ssm, PATH)).toBeUndefined();
    const logger = new RecordingLogger();
    await appendLedger(ssm, PATH, [versionEntry(1)], logger);
    const write = await appendLedger(ssm, PATH, [versionEntry(2)], logger);
    expect(write).toEqual({ tier: 'Standard', parameters: 1, entries: 2, dropped: 0 });
    const ledger = await readLedger(ssm, PATH);
    expect(ledger).toEqual({ entries: [versionEntry(1), versionEntry(2)], dropped: 0 });
    const stored = await ssm.send(new GetParameterCommand({ Name: PATH }));
    expect(stored.Parameter?.Type).toBe('String');
    expect(JSON.parse(stored.Parameter!.Value!)).toEqual({ schema: 2, pages: [], sealed: 0, dropped: 0, entries: [versionEntry(1), versionEntry(2)] });
    expect(latestVersionEntry(ledger, '2')?.runUrl).toBe('https://github.com/o/r/actions/runs/1002');
  });

  test('many deployments stay within the Standard tier: pages of 4 KB, the last 100 versions kept, older pages dropped and said so', async () => {
    const logger = new RecordingLogger();
    const write = await appendAll(Array.from({ length: 150 }, (_, i) => versionEntry(i + 1)), logger, 4);
    expect(write.tier).toBe('Standard');
    const values = await storedValues();
    expect(values.length).toBeGreaterThan(10);
    for (const { value } of values) expect(Buffer.byteLength(value)).toBeLessThanOrEqual(STANDARD_TIER_BYTES);
    expect(write.parameters).toBe(values.length);
    const ledger = (await readLedger(ssm, PATH))!;
    expect(ledger.entries.at(-1)).toEqual(versionEntry(150));
    for (let v = 150 - KEEP_VERSIONS + 1; v <= 150; v++) expect(latestVersionEntry(ledger, String(v))).toEqual(versionEntry(v));
    expect(latestVersionEntry(ledger, '1')).toBeUndefined();
    // Oldest first, none lost in between: the dropped ones are the oldest, and counted.
    const versions = ledger.entries.map((e) => Number((e as VersionEntry).version));
    expect(versions).toEqual(Array.from({ length: versions.length }, (_, i) => 150 - versions.length + 1 + i));
    expect(ledger.dropped).toBe(150 - ledger.entries.length);
    expect(write.entries).toBe(ledger.entries.length);
    expect(logger.lines.some((l) => /dropped \d+ entries older than the last 100 versions and 100 promotions and rollbacks \(\/agentcore\/dev\/runtimes\/bot\/ledger-pages\/1\b/.test(l))).toBe(true);
    // Dropped pages are deleted: only the kept ones are left.
    expect(values.map((v) => v.name).sort()).toEqual([PATH, ...JSON.parse(values[0]!.value).pages.map((n: number) => ledgerPagePath(PATH, n))].sort());
  });

  test('100 versions and 100 promotions with actor, commit and run URL are all kept, and so is an endpoint\'s only promotion however old', async () => {
    const entries: LedgerEntry[] = [endpointEntry('candidate', 1)];
    for (let v = 2; v <= 160; v++) entries.push(versionEntry(v), endpointEntry('live', v));
    const write = await appendAll(entries, new RecordingLogger(), 8);
    const ledger = (await readLedger(ssm, PATH))!;
    for (let v = 160 - KEEP_VERSIONS + 1; v <= 160; v++) expect(latestVersionEntry(ledger, String(v))).toMatchObject({ actor: 'octocat', commit: 'a'.repeat(40), runUrl: `https://github.com/o/r/actions/runs/${1000 + v}` });
    const moves = ledger.entries.filter((e): e is EndpointEntry => e.type === 'endpoint' && e.endpoint === 'live');
    expect(moves.length).toBeGreaterThanOrEqual(KEEP_MOVES);
    expect(moves.at(-1)).toEqual(endpointEntry('live', 160));
    expect(lastSuccessfulPromotion(ledger, 'candidate')).toEqual(endpointEntry('candidate', 1));
    expect(ledger.entries[0]).toEqual(endpointEntry('candidate', 1));
    expect(ledger.dropped).toBeGreaterThan(0);
    expect(ledger.dropped + ledger.entries.length).toBe(entries.length);
    expect(write.tier).toBe('Standard');
  });

  test('a ledger written by earlier releases (one parameter, schema 1) is read whole and moved to pages on the next write', async () => {
    const old: LedgerEntry[] = [endpointEntry('live', 2)];
    for (let v = 3; v <= 14; v++) old.push(versionEntry(v));
    // Earlier releases let it grow into the Advanced tier (8 KB).
    await ssm.send(new PutParameterCommand({ Name: PATH, Value: JSON.stringify({ schema: 1, entries: old }), Type: 'String', Tier: 'Intelligent-Tiering' }));
    expect(await readLedger(ssm, PATH)).toEqual({ entries: old, dropped: 0 });
    const logger = new RecordingLogger();
    const write = await appendLedger(ssm, PATH, [endpointEntry('live', 14)], logger);
    expect(await readLedger(ssm, PATH)).toEqual({ entries: [...old, endpointEntry('live', 14)], dropped: 0 });
    const head = JSON.parse((await ssm.send(new GetParameterCommand({ Name: PATH }))).Parameter!.Value!);
    expect(head).toMatchObject({ schema: 2, sealed: 1, pages: [1], dropped: 0 });
    expect(write).toMatchObject({ tier: 'Advanced', parameters: 2, dropped: 0 });
    expect(logger.lines).toContain(`Ledger ${PATH}: moved to the paged layout (schema 2, see docs/ssm-layout.md).`);
    expect(logger.lines.some((l) => l.startsWith(`warning: Ledger ${PATH} is an Advanced parameter (an earlier release made it one`))).toBe(true);
  });

  test('a write stopped after sealing a page and before the head loses nothing', async () => {
    await appendAll(Array.from({ length: 7 }, (_, i) => versionEntry(i + 1)));
    const failing = {
      send: (command: unknown) => {
        if (command instanceof PutParameterCommand && command.input.Name === PATH) return Promise.reject(Object.assign(new Error('stopped'), { name: 'InternalServerError' }));
        return ssm.send(command as GetParameterCommand);
      },
    } as unknown as SSMClient;
    await expect(appendLedger(failing, PATH, [versionEntry(8)], new RecordingLogger())).rejects.toThrow(`Writing the ledger ${PATH} (SSM PutParameter) failed`);
    expect((await readLedger(ssm, PATH))!.entries).toEqual(Array.from({ length: 7 }, (_, i) => versionEntry(i + 1)));
    await appendLedger(ssm, PATH, [versionEntry(8)], new RecordingLogger());
    expect((await readLedger(ssm, PATH))!.entries).toEqual(Array.from({ length: 8 }, (_, i) => versionEntry(i + 1)));
  });

  test('long reasons are cut so that every entry fits a Standard page; many of them need no Advanced tier', async () => {
    const logger = new RecordingLogger();
    const long = Array.from({ length: 10 }, (_, i): EndpointEntry => ({ ...endpointEntry(`ep${i}`, 2), reason: 'r'.repeat(5000) }));
    const write = await appendAll(long, logger);
    expect(write).toMatchObject({ tier: 'Standard', dropped: 0 });
    const ledger = (await readLedger(ssm, PATH))!;
    expect(ledger.entries).toHaveLength(10);
    expect((ledger.entries[0] as EndpointEntry).reason).toHaveLength(MAX_REASON_CHARS);
    for (let i = 0; i < 10; i++) expect(lastSuccessfulPromotion(ledger, `ep${i}`)?.to).toBe('2');
    for (const { value } of await storedValues()) expect(Buffer.byteLength(value)).toBeLessThanOrEqual(STANDARD_TIER_BYTES);
    expect(logger.lines).toContain(`The ledger keeps the first ${MAX_REASON_CHARS} characters of the reason (5000); the job log has it whole.`);
  });

  test('a page the head lists that is gone is an error naming it and what to do', async () => {
    await appendAll(Array.from({ length: 12 }, (_, i) => versionEntry(i + 1)));
    await control(emulator, 'POST', 'reset');
    await ssm.send(new PutParameterCommand({ Name: PATH, Value: JSON.stringify({ schema: 2, pages: [1], sealed: 1, dropped: 0, entries: [] }), Type: 'String' }));
    await expect(readLedger(ssm, PATH)).rejects.toThrow(
      `The ledger ${PATH} lists page(s) ${PATH}-pages/1 that do not exist in SSM. They are written only by agentcore-actions: restore them, or delete the ledger and its pages to start a new one.`,
    );
  });

  test('a ledger of another schema is refused with what to do', async () => {
    await ssm.send(new PutParameterCommand({ Name: PATH, Value: '{"schema":9,"entries":[]}', Type: 'String' }));
    await expect(readLedger(ssm, PATH)).rejects.toThrow(
      `The ledger ${PATH} has schema 9, this version of agentcore-actions reads schema 1 and 2. Use the agentcore-actions release that wrote it, or delete the parameter to start a new ledger.`,
    );
  });
});
