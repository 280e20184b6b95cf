/**
 * Races: N concurrent deploys, then concurrent promotions, on one runtime. The lease makes them
 * take turns (no interleaving damage: one version per image, ledger entries that chain), and
 * compare-and-swap refuses a promotion whose view of live went stale while it waited.
 */
import { GetAgentRuntimeEndpointCommand, ListAgentRuntimeVersionsCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { GetParameterCommand, PutParameterCommand } from '@aws-sdk/client-ssm';
import type { EndpointEntry, VersionEntry } from '../../src/core/ledger.js';
import type { RunningEmulator } from '../../src/emulator/server.js';
import { control, startTestEmulator } from '../helpers/emulator.js';
import {
  CANARY,
  LEDGER,
  agentcore,
  expectCleanFailure,
  expectSuccess,
  expectTruthfulLedger,
  invoke,
  ledgerEntries,
  makeWorkspace,
  pushImage,
  runAction,
  runtimeId,
  ssm,
} from './harness.js';

const N = 4;
const LOCK = LEDGER.replace(/ledger$/, 'lock');

let emulator: RunningEmulator;
let workspace: string;

beforeAll(async () => {
  emulator = await startTestEmulator();
  await control(emulator, 'POST', 'settings', { provisioningDelayMs: 200 });
  await ssm(emulator).send(new PutParameterCommand({ Name: '/team/api-key', Value: CANARY, Type: 'SecureString' }));
  workspace = makeWorkspace();
});
afterAll(async () => {
  await emulator.stop();
});

async function expectLockReleased(): Promise<void> {
  await expect(ssm(emulator).send(new GetParameterCommand({ Name: LOCK }))).rejects.toMatchObject({ name: 'ParameterNotFound' });
}

test(`${N} concurrent deploys of different images make one version each, recorded once each`, async () => {
  const images = await Promise.all(Array.from({ length: N }, (_, i) => pushImage(emulator, `race ${i}`)));
  const runs = await Promise.all(images.map((image) => runAction(emulator, 'deploy-version', workspace, { 'image-uri': image.uri, 'timeout-minutes': '1' })));
  runs.forEach((run, i) => expectSuccess(run, `deploy ${i}`));
  const { agentRuntimes = [] } = await agentcore(emulator).send(new ListAgentRuntimeVersionsCommand({ agentRuntimeId: (await runtimeId(emulator))! }));
  expect(agentRuntimes.map((v) => v.agentRuntimeVersion).sort()).toEqual(['1', '2', '3', '4']);
  const entries = (await ledgerEntries(emulator)).filter((e): e is VersionEntry => e.type === 'version');
  expect(entries.map((e) => e.imageDigest).sort()).toEqual(images.map((image) => image.digest).sort());
  expect(runs.map((run) => run.outputs.version).sort()).toEqual(['1', '2', '3', '4']);
  await expectTruthfulLedger(emulator);
  await expectLockReleased();
});

test(`${N - 1} concurrent promotions to different versions: each wins or is refused by compare-and-swap; the ledger chains`, async () => {
  const versions = ['2', '3', '4'];
  const runs = await Promise.all(
    versions.map((version) => runAction(emulator, 'promote-endpoint', workspace, { version, 'bake-minutes': '0', 'timeout-minutes': '1' })),
  );
  // A run that read live before another moved it must refuse rather than overwrite what it never saw.
  const winners = runs.filter((run) => run.code === 0);
  expect(winners.length).toBeGreaterThanOrEqual(1);
  for (const run of runs.filter((r) => r.code !== 0)) {
    expectCleanFailure(run);
    expect(run.stdout).toMatch(/another promotion/);
  }
  const moves = (await ledgerEntries(emulator)).filter((e): e is EndpointEntry => e.type === 'endpoint' && e.endpoint === 'live' && e.result === 'succeeded');
  expect(moves.map((m) => m.to).sort()).toEqual(winners.map((run) => run.outputs.version).sort());
  for (let i = 1; i < moves.length; i++) expect(moves[i]!.from).toBe(moves[i - 1]!.to);
  const live = await agentcore(emulator).send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: (await runtimeId(emulator))!, endpointName: 'live' }));
  expect(live.liveVersion).toBe(moves.at(-1)!.to);
  expect(await invoke(emulator, 'live')).toBe(200);
  await expectLockReleased();
});

test('two promotions expecting the same live version: compare-and-swap lets exactly one move live', async () => {
  const id = (await runtimeId(emulator))!;
  const before = (await agentcore(emulator).send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: id, endpointName: 'live' }))).liveVersion!;
  const targets = ['1', '2', '3', '4'].filter((v) => v !== before).slice(0, 2);
  const runs = await Promise.all(
    targets.map((version) =>
      runAction(emulator, 'promote-endpoint', workspace, { version, 'expected-version': before, 'bake-minutes': '0', 'timeout-minutes': '1' }),
    ),
  );
  const winners = runs.filter((run) => run.code === 0);
  expect(winners).toHaveLength(1);
  expectCleanFailure(runs.find((run) => run.code !== 0)!);
  const live = await agentcore(emulator).send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: id, endpointName: 'live' }));
  expect(live.liveVersion).toBe(winners[0]!.outputs.version);
  await expectTruthfulLedger(emulator);
  await expectLockReleased();
});
