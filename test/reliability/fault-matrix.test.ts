/**
 * The fault matrix: deploy-version, promote-endpoint and rollback, each under every fault the emulator injects: 30 % throttling, 500 bursts, dropped connections,
 * latency spikes, FAILED statuses, and the action process killed mid-wait. Each run must succeed
 * (retrying) or fail cleanly; afterwards a clean re-run succeeds, `live` serves a READY version
 * that answers, and the ledger is truthful. The matrix is printed with its counts.
 */
import { GetAgentRuntimeCommand, GetAgentRuntimeEndpointCommand, CreateAgentRuntimeEndpointCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { GetParameterCommand, PutParameterCommand } from '@aws-sdk/client-ssm';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningEmulator } from '../../src/emulator/server.js';
import type { ActionRun } from '../helpers/action-runner.js';
import { control, startTestEmulator } from '../helpers/emulator.js';
import {
  CANARY,
  DEV,
  agentcore,
  expectCleanFailure,
  expectSuccess,
  expectTruthfulLedger,
  invoke,
  isMutating,
  ledgerEntries,
  makeWorkspace,
  pushImage,
  requestLog,
  runAction,
  runtimeId,
  ssm,
} from './harness.js';

const LOCK = '/agentcore/dev/runtimes/support-bot/lock';
type Step = 'deploy-version' | 'promote-endpoint' | 'rollback';
const STEPS = ['deploy-version', 'promote-endpoint', 'rollback'] as const;

interface Fault {
  name: string;
  /** Arms the fault before the step runs. */
  arm(step: Step): Promise<unknown>;
  /** Runs the step some other way than to completion (the crash). */
  run?: (step: Step, inputs: Record<string, string>) => Promise<ActionRun>;
}

let emulator: RunningEmulator;
let workspace: string;
let images = 0;

const addFault = (rule: Record<string, unknown>) => control(emulator, 'POST', 'faults', rule);
const FAILABLE: Record<Step, string> = { 'deploy-version': 'UpdateAgentRuntime', 'promote-endpoint': 'UpdateAgentRuntimeEndpoint', rollback: 'UpdateAgentRuntimeEndpoint' };

const FAULTS: Fault[] = [
  { name: 'throttling 30 %', arm: () => addFault({ service: '*', kind: 'throttle', rate: 0.3 }) },
  { name: '500 burst (4)', arm: () => addFault({ service: '*', kind: 'error500', count: 4 }) },
  { name: 'dropped connections (3)', arm: () => addFault({ service: '*', kind: 'drop', count: 3 }) },
  { name: 'latency spikes 800 ms, 15 %', arm: () => addFault({ service: '*', kind: 'latency', latencyMs: 800, rate: 0.15 }) },
  {
    name: 'FAILED status',
    arm: (step) => control(emulator, 'POST', 'agentcore/fail-next', { operation: FAILABLE[step], account: DEV.account, region: DEV.region }),
  },
  { name: 'process killed mid-wait', arm: async () => undefined, run: (step, inputs) => killMidWait(step, inputs) },
];

beforeAll(async () => {
  emulator = await startTestEmulator();
  await control(emulator, 'POST', 'settings', { provisioningDelayMs: 300 });
  await ssm(emulator).send(new PutParameterCommand({ Name: '/team/api-key', Value: CANARY, Type: 'SecureString' }));
  workspace = makeWorkspace();
  // The baseline: version 1 serving live, made by hand so every step below starts from a known good state.
  expectSuccess(await runAction(emulator, 'deploy-version', workspace, { 'image-uri': (await pushImage(emulator, 'agent 0')).uri, 'timeout-minutes': '1' }));
  await agentcore(emulator).send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: (await runtimeId(emulator))!, name: 'live', agentRuntimeVersion: '1' }));
  await settle();
});
afterAll(async () => {
  await emulator.stop();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

async function inputsFor(step: Step): Promise<Record<string, string>> {
  const common = { 'timeout-minutes': '1' };
  if (step === 'deploy-version') return { ...common, 'image-uri': (await pushImage(emulator, `agent ${++images}`)).uri };
  if (step === 'promote-endpoint') return { ...common, 'bake-minutes': '0' };
  // Something to roll back from, whatever the row before left: a fresh version promoted over live.
  expectSuccess(await runAction(emulator, 'deploy-version', workspace, { ...common, 'image-uri': (await pushImage(emulator, `agent ${++images}`)).uri }));
  expectSuccess(await runAction(emulator, 'promote-endpoint', workspace, { ...common, 'bake-minutes': '0' }));
  return { ...common, reason: 'fault matrix' };
}

/**
 * Starts the step with a node wrapper that records its pid, kills it (SIGKILL) once its first
 * AgentCore change is logged, then ages its lease past expiry as time would (the lease lives
 * for the timeout plus ten minutes).
 */
async function killMidWait(step: Step, inputs: Record<string, string>): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'kill-'));
  // The runner's `node`: records its pid, then runs the action in the same process.
  const wrapper = join(dir, 'node.mjs');
  writeFileSync(
    wrapper,
    `#!${process.execPath}\nimport { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(join(dir, 'pid'))}, String(process.pid));\nawait import(process.argv[2]);\n`,
  );
  chmodSync(wrapper, 0o755);
  await control(emulator, 'DELETE', 'requests');
  const saved = process.env.ACTION_NODE;
  process.env.ACTION_NODE = wrapper;
  let ended: ActionRun | undefined;
  const running = runAction(emulator, step, workspace, inputs).then((run) => (ended = run));
  if (saved === undefined) delete process.env.ACTION_NODE;
  else process.env.ACTION_NODE = saved;
  const deadline = Date.now() + 20_000;
  while (!(await requestLog(emulator)).some((r) => r.service === 'agentcore' && isMutating(r))) {
    if (ended) throw new Error(`${step} ended (${ended.code}) before any AgentCore change:\n${ended.stdout}\n${ended.stderr}`);
    if (Date.now() > deadline) throw new Error(`${step} made no AgentCore change within 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  process.kill(Number(readFileSync(join(dir, 'pid'), 'utf8')), 'SIGKILL');
  const killed = await running;
  expect(killed.code).toBeNull();
  const lock = await ssm(emulator)
    .send(new GetParameterCommand({ Name: LOCK }))
    .catch(() => undefined);
  if (lock?.Parameter?.Value) {
    const record = { ...JSON.parse(lock.Parameter.Value), expiresAt: new Date(Date.now() - 1000).toISOString() };
    await ssm(emulator).send(new PutParameterCommand({ Name: LOCK, Value: JSON.stringify(record), Type: 'String', Overwrite: true }));
  }
  return killed;
}

/** live serves a READY version that answers, and it is the version the ledger says live got last. */
/**
 * Live serves a READY version that answers; with `checkLedger`, the ledger also says so. A killed
 * process may leave its last change unrecorded (nothing is written before a change is known
 * good), and its re-run records it: so after a kill only the serving half is checked.
 */
async function expectLiveGood(checkLedger = true): Promise<void> {
  await settle();
  const id = (await runtimeId(emulator))!;
  const client = agentcore(emulator);
  const live = await client.send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: id, endpointName: 'live' }));
  expect(live.status).toBe('READY');
  const version = await client.send(new GetAgentRuntimeCommand({ agentRuntimeId: id, agentRuntimeVersion: live.liveVersion! }));
  expect(version.status).toBe('READY');
  expect(await invoke(emulator, 'live')).toBe(200);
  if (!checkLedger) return;
  const moves = (await ledgerEntries(emulator)).filter((e) => e.type === 'endpoint' && e.endpoint === 'live');
  const last = moves.at(-1);
  const recorded = last === undefined ? '1' : last.type === 'endpoint' && last.result === 'succeeded' ? last.to : last.type === 'endpoint' ? last.from : undefined;
  expect(live.liveVersion).toBe(recorded);
  await expectTruthfulLedger(emulator);
}

const matrix: Record<string, Record<string, string>> = {};
const counts = { success: 0, 'success after retries': 0, 'clean failure': 0, killed: 0 };

afterAll(() => {
  const header = ['fault', ...STEPS];
  const rows = Object.entries(matrix).map(([fault, cells]) => [fault, ...STEPS.map((step) => cells[step] ?? '')]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ');
  console.log(['Fault matrix (then a clean re-run each time):', line(header), ...rows.map(line), `counts: ${JSON.stringify(counts)}`].join('\n'));
});

describe.each(FAULTS)('$name', (fault) => {
  test.each(STEPS)('%s succeeds or fails cleanly; a re-run succeeds; live stays good and the ledger true', async (step) => {
    const inputs = await inputsFor(step);
    await control(emulator, 'DELETE', 'requests');
    await fault.arm(step);
    const run = fault.run ? await fault.run(step, inputs) : await runAction(emulator, step, workspace, inputs);
    const hits = (await requestLog(emulator)).filter((r) => r.fault !== undefined && r.fault !== 'latency').length;
    await control(emulator, 'DELETE', 'faults');
    // An injected FAILED status the step never reached would leak into the next case.
    const state = await control<{ services: { agentcore: Record<string, { failNext: unknown[] }> } }>(emulator, 'GET', 'state');
    expect(state.services.agentcore[`${DEV.account}/${DEV.region}`]?.failNext ?? []).toEqual([]);
    let outcome: keyof typeof counts;
    if (run.code === null) outcome = 'killed';
    else if (run.code === 0) outcome = hits > 0 ? 'success after retries' : 'success';
    else {
      expectCleanFailure(run);
      outcome = 'clean failure';
    }
    counts[outcome]++;
    await expectLiveGood(outcome !== 'killed');
    const rerun = await runAction(emulator, step, workspace, inputs);
    expectSuccess(rerun, `${step} re-run after ${fault.name}`);
    await expectLiveGood();
    (matrix[fault.name] ??= {})[step] = `${outcome}${hits ? ` (${hits} faults)` : ''}, re-run ok`;
  });
});
