import { GetParameterCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import type { RunningEmulator } from '../../src/emulator/server.js';
import { UserError } from '../../src/core/errors.js';
import {
  appendLedger,
  fitLedger,
  lastSuccessfulPromotion,
  latestVersionEntry,
  readLedger,
  STANDARD_TIER_BYTES,
  type EndpointEntry,
  type Ledger,
  type LedgerEntry,
  type VersionEntry,
} from '../../src/core/ledger.js';
import { RecordingLogger } from '../../src/testing/recording-logger.js';
import { clientOptions, control, startTestEmulator } from '../helpers/emulator.js';

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
    runUrl: 'https://github.com/o/r/actions/runs/9',
    time: '2026-01-01T00:00:00.000Z',
  };
}

describe('against SSM', () => {
  let emulator: RunningEmulator;
  let ssm: SSMClient;
  beforeAll(async () => {
    emulator = await startTestEmulator();
    ssm = new SSMClient(clientOptions(emulator, '111111111111', 'us-west-2'));
  });
  afterAll(async () => {
    ssm.destroy();
    await emulator.stop();
  });
  beforeEach(() => control(emulator, 'POST', 'reset'));

  test('a runtime without a ledger reads as undefined; appends create and extend it', async () => {
    expect(await readLedger(ssm, PATH)).toBeUndefined();
    const logger = new RecordingLogger();
    await appendLedger(ssm, PATH, [versionEntry(1)], logger);
    const write = await appendLedger(ssm, PATH, [versionEntry(2)], logger);
    expect(write).toMatchObject({ tier: 'Standard', dropped: 0 });
    const ledger = await readLedger(ssm, PATH);
    expect(ledger).toEqual({ schema: 1, entries: [versionEntry(1), versionEntry(2)] });
    const stored = await ssm.send(new GetParameterCommand({ Name: PATH }));
    expect(stored.Parameter?.Type).toBe('String');
    expect(latestVersionEntry(ledger, '2')?.runUrl).toBe('https://github.com/o/r/actions/runs/1002');
  });

  test('many deployments stay within the Standard tier, dropping the oldest', async () => {
    const logger = new RecordingLogger();
    for (let v = 1; v <= 30; v++) await appendLedger(ssm, PATH, [versionEntry(v)], logger);
    const stored = await ssm.send(new GetParameterCommand({ Name: PATH }));
    expect(Buffer.byteLength(stored.Parameter!.Value!)).toBeLessThanOrEqual(STANDARD_TIER_BYTES);
    const ledger = await readLedger(ssm, PATH);
    expect(ledger!.entries.at(-1)).toEqual(versionEntry(30));
    expect(latestVersionEntry(ledger, '1')).toBeUndefined();
    expect(logger.lines.some((l) => /dropped the 1 oldest entries to stay within SSM's Standard tier/.test(l))).toBe(true);
  });

  test('a ledger of another schema is refused with what to do', async () => {
    await ssm.send(new PutParameterCommand({ Name: PATH, Value: '{"schema":9,"entries":[]}', Type: 'String' }));
    await expect(readLedger(ssm, PATH)).rejects.toThrow(
      `The ledger ${PATH} has schema 9, this version of agentcore-actions reads schema 1. Use the agentcore-actions release that wrote it, or delete the parameter to start a new ledger.`,
    );
  });
});

describe('fitLedger', () => {
  test('keeps the latest successful promotion of each endpoint however old', () => {
    const entries: LedgerEntry[] = [endpointEntry('live', 2), endpointEntry('candidate', 3), endpointEntry('live', 4, 'rolled-back')];
    for (let v = 5; v <= 40; v++) entries.push(versionEntry(v));
    const fitted = fitLedger({ schema: 1, entries });
    expect(fitted.tier).toBe('Standard');
    expect(fitted.ledger.entries.slice(0, 2)).toEqual([endpointEntry('live', 2), endpointEntry('candidate', 3)]);
    expect(fitted.ledger.entries).not.toContainEqual(endpointEntry('live', 4, 'rolled-back'));
    expect(lastSuccessfulPromotion(fitted.ledger, 'live')?.to).toBe('2');
    expect(Buffer.byteLength(JSON.stringify(fitted.ledger))).toBeLessThanOrEqual(STANDARD_TIER_BYTES);
  });

  test('uses the Advanced tier only when the kept promotions alone exceed 4 KB', () => {
    const long = (name: string, to: number): EndpointEntry => ({ ...endpointEntry(name, to), reason: 'r'.repeat(600) });
    const ledger: Ledger = { schema: 1, entries: Array.from({ length: 8 }, (_, i) => long(`ep${i}`, i + 2)) };
    const fitted = fitLedger(ledger);
    expect(fitted).toMatchObject({ tier: 'Advanced', dropped: 0 });
  });

  test('fails clearly when even the Advanced tier cannot hold the kept entries', () => {
    const entries = Array.from({ length: 10 }, (_, i): EndpointEntry => ({ ...endpointEntry(`ep${i}`, 2), reason: 'r'.repeat(1000) }));
    expect(() => fitLedger({ schema: 1, entries })).toThrow(UserError);
  });
});
