/**
 * A long history against the in-process emulator: 30 deploy-and-promote cycles, each with its
 * own run id, then rollback and drift-check over the ledger they wrote (paged across several
 * SSM parameters). The cycles drive the orchestrators in process with real SDK clients (60
 * action processes would take minutes); rollback and drift-check run as bundled processes
 * (dist/), so run `npm run build` first.
 */
import { BedrockAgentCoreClient } from '@aws-sdk/client-bedrock-agentcore';
import { BedrockAgentCoreControlClient, GetAgentRuntimeEndpointCommand, ListAgentRuntimesCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { ECRClient } from '@aws-sdk/client-ecr';
import { SSMClient } from '@aws-sdk/client-ssm';
import { STSClient } from '@aws-sdk/client-sts';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClientFactory, EnvironmentClients } from '../../src/core/aws/clients.js';
import { systemClock } from '../../src/core/clock.js';
import { loadConfigFile } from '../../src/core/config/index.js';
import { readLedger, STANDARD_TIER_BYTES, type EndpointEntry, type VersionEntry } from '../../src/core/ledger.js';
import { deployVersion } from '../../src/core/ops/deploy-version.js';
import { promoteEndpoint } from '../../src/core/ops/promote-endpoint.js';
import { selectTarget } from '../../src/core/target.js';
import type { RunningEmulator } from '../../src/emulator/server.js';
import type { RequestLogEntry } from '../../src/emulator/state.js';
import { RecordingLogger } from '../../src/testing/recording-logger.js';
import { actionEnv } from '../helpers/action-env.js';
import { runDistAction, type ActionRun } from '../helpers/action-runner.js';
import { clientOptions, control, startTestEmulator } from '../helpers/emulator.js';
import { ledgerParameters } from '../helpers/ledger.js';
import { DEV, LEDGER, pushTestImage, READ_ONLY, RUN_URL, writePromotionConfig } from './promotion-fixtures.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const CYCLES = 30;

let emulator: RunningEmulator;
let workspace: string;

function clients(): EnvironmentClients {
  const options = clientOptions(emulator, DEV.account, DEV.region);
  return {
    sts: new STSClient(options),
    ssm: new SSMClient(options),
    agentcore: new BedrockAgentCoreControlClient(options),
    agentcoreData: new BedrockAgentCoreClient(options),
    ecr: new ECRClient(options),
    cloudformation: new CloudFormationClient(options),
    cloudwatch: new CloudWatchClient(options),
  } as EnvironmentClients;
}

const clientsFor: ClientFactory = async () => clients();

function action(name: 'rollback' | 'drift-check', runId: number, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runDistAction(name, {
    cwd: workspace,
    inputs: { 'timeout-minutes': '1', ...inputs },
    env: actionEnv(emulator, DEV.account, String(runId)),
  });
}

function expectSuccess(run: ActionRun): void {
  if (run.code !== 0) throw new Error(`the action failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
}

/** One deploy-version run and one promote-endpoint run of the image, each with its own run id. */
async function cycle(n: number, image: string): Promise<void> {
  const config = await loadConfigFile(join(workspace, 'agentcore.json'));
  const { environment, runtime } = selectTarget(config);
  const base = { environment, runtime, timeoutMs: 60_000, clock: systemClock, logger: new RecordingLogger() };
  const deployed = await deployVersion({ ...base, config, source: { imageUri: image }, wait: true, run: { commit: SHA, actor: `dev-${n}`, runUrl: RUN_URL(1000 + n) }, clients: clients(), clientsFor });
  expect(deployed).toMatchObject({ created: true, version: String(n) });
  const promoted = await promoteEndpoint({ ...base, version: deployed.version, smokeTest: false, autoRollback: true, run: { commit: SHA, actor: `lead-${n}`, runUrl: RUN_URL(2000 + n) }, clients: clients() });
  expect(promoted).toMatchObject({ outcome: 'succeeded', version: String(n) });
}

beforeAll(async () => {
  emulator = await startTestEmulator();
  workspace = mkdtempSync(join(tmpdir(), 'ledger-history-'));
  writePromotionConfig(workspace);
});
afterAll(async () => {
  await emulator.stop();
  rmSync(workspace, { recursive: true, force: true });
});

test('a rollback with nothing earlier to go back to keeps its clear error', async () => {
  await cycle(1, await pushTestImage(emulator, DEV, 'cycle-1'));
  const run = await action('rollback', 3000);
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(
    '::error::The ledger of runtime "support-bot" (support_bot_dev) of environment "dev" (us-west-2) knows no earlier good version of endpoint "live" to return to ' +
      '(it serves version 1; recorded: 1). Name the version with the input "to-version". READY versions: 1.',
  );
});

test(`${CYCLES} deploy-and-promote cycles: every run's URL stays in the ledger, and rollback and drift-check work over it`, async () => {
  for (let n = 2; n <= CYCLES; n++) await cycle(n, await pushTestImage(emulator, DEV, `cycle-${n}`));

  const ssm = new SSMClient(clientOptions(emulator, DEV.account, DEV.region));
  const ledger = (await readLedger(ssm, LEDGER))!;
  expect(ledger.dropped).toBe(0);
  const urls = new Set(ledger.entries.map((e) => e.runUrl));
  for (let n = 1; n <= CYCLES; n++) {
    expect(urls).toContain(RUN_URL(1000 + n));
    expect(urls).toContain(RUN_URL(2000 + n));
  }
  const versions = ledger.entries.filter((e): e is VersionEntry => e.type === 'version');
  expect(versions.map((e) => e.version)).toEqual(Array.from({ length: CYCLES }, (_, i) => String(i + 1)));
  expect(versions.at(-1)).toMatchObject({ actor: `dev-${CYCLES}`, commit: SHA, runUrl: RUN_URL(1000 + CYCLES) });
  // Paged: the head and several pages, each within SSM's Standard tier.
  const parameters = await ledgerParameters(ssm, LEDGER);
  expect(parameters.length).toBeGreaterThanOrEqual(4);
  for (const parameter of parameters) expect(Buffer.byteLength(parameter.Value!)).toBeLessThanOrEqual(STANDARD_TIER_BYTES);

  // Rollback to the last good version, then a second rollback from another run does nothing.
  const back = await action('rollback', 3001, { reason: 'errors after the last release' });
  expectSuccess(back);
  expect(back.outputs).toEqual({ version: String(CYCLES - 1), 'previous-version': String(CYCLES), changed: 'true' });
  await control(emulator, 'DELETE', 'requests');
  const again = await action('rollback', 3002);
  expectSuccess(again);
  expect(again.outputs).toEqual({ version: String(CYCLES - 1), 'previous-version': String(CYCLES - 1), changed: 'false' });
  const requests = await control<RequestLogEntry[]>(emulator, 'GET', 'requests');
  expect(requests.filter((r) => !READ_ONLY.test(r.operation)).map((r) => r.operation)).toEqual([]);
  const agentcore = new BedrockAgentCoreControlClient(clientOptions(emulator, DEV.account, DEV.region));
  const runtimeId = (await agentcore.send(new ListAgentRuntimesCommand({}))).agentRuntimes![0]!.agentRuntimeId!;
  expect((await agentcore.send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: runtimeId, endpointName: 'live' }))).liveVersion).toBe(String(CYCLES - 1));
  expect((await readLedger(ssm, LEDGER))!.entries.at(-1)).toMatchObject({ type: 'endpoint', kind: 'rollback', from: String(CYCLES), to: String(CYCLES - 1), runUrl: RUN_URL(3001) } satisfies Partial<EndpointEntry>);

  // drift-check reads the same paged ledger: live is where the ledger says, nothing recorded is gone.
  const drift = await action('drift-check', 3003, { 'report-file': 'drift.json' });
  expectSuccess(drift);
  const report = JSON.parse(readFileSync(join(workspace, 'drift.json'), 'utf8')) as { environments: { findings: { kind: string }[] }[] };
  expect(report.environments.flatMap((e) => e.findings.map((f) => f.kind)).filter((k) => k === 'endpoint-moved' || k === 'missing-version')).toEqual([]);
}, 90_000);
