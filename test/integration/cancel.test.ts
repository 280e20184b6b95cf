/**
 * Cancellation the way the runner does it, against the emulator, with promote-endpoint and
 * rollback run as bundled processes: SIGINT, then SIGTERM 7.5 s later, then SIGKILL 2.5 s after
 * (src/testing/action-process.ts). Cancelled during the bake, live goes back to the version it
 * served, the lease is released and the step exits well before the kill; a rollback right after
 * takes the lease at once. Cancelled during the candidate's smoke test, live is untouched.
 * Killed outright, its post step releases the lease it left. Run `npm run build` first.
 */
import { GetAgentRuntimeEndpointCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { GetParameterCommand, PutParameterCommand } from '@aws-sdk/client-ssm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EndpointEntry } from '../../src/core/ledger.js';
import type { RunningEmulator } from '../../src/emulator/server.js';
import { actionEnv } from '../helpers/action-env.js';
import { runDistAction, type ActionRun, type RunOptions } from '../helpers/action-runner.js';
import { control, startTestEmulator } from '../helpers/emulator.js';
import { startGitHubFixture } from '../helpers/github-fixture.js';
import { createDevRuntime, DEV, devClients, endpointMoves, newDevVersion, pushTestImage, writePromotionConfig } from './promotion-fixtures.js';

const LOCK = '/agentcore/dev/runtimes/support-bot/lock';
/** The runner kills the process tree 10 s after its SIGINT. */
const RUNNER_KILL_MS = 10_000;

let emulator: RunningEmulator;
let workspace: string;
let runtimeId = '';
let image = '';

const { agentcore, ssm } = devClients(() => emulator);

beforeAll(async () => {
  emulator = await startTestEmulator();
  workspace = mkdtempSync(join(tmpdir(), 'cancel-'));
  writePromotionConfig(workspace, {
    promotion: { smoke_test: { payload: { prompt: 'ping' }, expect_json: { runtime: 'support_bot_dev' }, attempts: 2, timeout_seconds: 30 }, bake_minutes: 0 },
  }, { default_agent_runtime: 'support-bot' });
  image = await pushTestImage(emulator, DEV, 'agent');
  runtimeId = await createDevRuntime(agentcore(), image);
  // Versions 1 and 2, both promoted in turn: the ledger knows 1 → 2, so a rollback has a version to return to.
  expectSuccess(await promote({ version: '1' }, '100'));
  expect(await newVersion()).toBe('2');
  expectSuccess(await promote({ version: '2' }, '101'));
  expect(await newVersion()).toBe('3');
});
afterAll(async () => {
  await emulator.stop();
});

function newVersion(): Promise<string> {
  return newDevVersion(agentcore(), runtimeId, image);
}

function env(runId: string): Record<string, string> {
  return actionEnv(emulator, DEV.account, runId);
}

function promote(inputs: Record<string, string>, runId: string, options: Partial<RunOptions> = {}): Promise<ActionRun> {
  return runDistAction('promote-endpoint', { cwd: workspace, inputs: { 'timeout-minutes': '1', ...inputs }, env: env(runId), ...options });
}

function expectSuccess(run: ActionRun): void {
  if (run.code !== 0) throw new Error(`step failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
}

async function live() {
  return agentcore().send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: runtimeId, endpointName: 'live' }));
}

async function lockHeld(): Promise<boolean> {
  return ssm()
    .send(new GetParameterCommand({ Name: LOCK }))
    .then(
      () => true,
      () => false,
    );
}

async function lastMove(): Promise<EndpointEntry | undefined> {
  return (await endpointMoves(ssm())).at(-1);
}

test('SIGINT during the bake: live back on the version it served, summary written, no lease, exit well before the kill; a rollback right after takes the lease at once', async () => {
  const run = await promote({ version: '3', 'bake-minutes': '1' }, '200', { cancel: { when: (out) => out.includes('Baking version 3 on endpoint "live"') } });

  expect(run.signals).toEqual(['SIGINT']);
  expect(run.code).toBe(1);
  expect(run.cancelToExitMs).toBeLessThan(RUNNER_KILL_MS / 2);
  console.log(`promote-endpoint cancelled during the bake: SIGINT to exit in ${run.cancelToExitMs} ms`);
  expect(run.stdout).toContain('::warning::Received SIGINT: the step is cancelled.');
  expect(run.stdout).toContain(
    '::error::Promotion of version 3 to endpoint "live" of runtime "support-bot" (support_bot_dev) of environment "dev" (us-west-2) was cancelled: ' +
      'it was cancelled after endpoint "live" moved to version 3, before its bake proved it; live was returned to version 2 (READY).',
  );
  expect(run.summary).toContain('### ⏹️ Cancelled');
  expect(run.summary).toContain('| live | 2 → 3 | ⏹️ cancelled | version 2 (READY) |');
  expect(await live()).toMatchObject({ status: 'READY', liveVersion: '2', targetVersion: '2' });
  expect(await lockHeld()).toBe(false);
  expect(run.state.lease).toBe('');
  expect(await lastMove()).toMatchObject({ from: '2', to: '3', kind: 'promote', result: 'cancelled', runUrl: 'https://github.com/octo/agents/actions/runs/200' });

  const started = Date.now();
  const rollback = await runDistAction('rollback', { cwd: workspace, inputs: { 'timeout-minutes': '1', reason: 'on-call after a cancel' }, env: env('201') });
  expectSuccess(rollback);
  expect(rollback.stdout).not.toContain('Waiting for the lease');
  expect(Date.now() - started).toBeLessThan(RUNNER_KILL_MS);
  expect(rollback.outputs).toMatchObject({ version: '1', 'previous-version': '2', changed: 'true' });
  expect(await live()).toMatchObject({ status: 'READY', liveVersion: '1' });
});

test('SIGINT during the candidate smoke test: live untouched, no lease, exit well before the kill', async () => {
  // The candidate answers after 8 s: the cancel lands while the smoke test waits on it.
  await control(emulator, 'POST', 'agentcore/invocations', { account: DEV.account, region: DEV.region, runtime: 'support_bot_dev', version: '3', mode: 'slow', delayMs: 8000 });
  const before = await live();
  const run = await promote({ version: '3' }, '300', { cancel: { when: (out) => out.includes('::group::Smoke test of endpoint "candidate" (version 3)') } });
  await control(emulator, 'DELETE', 'agentcore/invocations');

  expect(run.signals).toEqual(['SIGINT']);
  expect(run.code).toBe(1);
  expect(run.cancelToExitMs).toBeLessThan(RUNNER_KILL_MS / 2);
  console.log(`promote-endpoint cancelled during the smoke test: SIGINT to exit in ${run.cancelToExitMs} ms`);
  expect(run.stdout).toContain('was cancelled: it was cancelled before endpoint "live" moved: live was not touched.');
  expect(run.summary).toContain('### ⏹️ Cancelled');
  expect(run.summary).toContain('| live | 1 → 3 | ⏹️ cancelled | version 1 (READY) |');
  expect(await live()).toMatchObject({ status: 'READY', liveVersion: before.liveVersion, description: before.description });
  expect(await lockHeld()).toBe(false);
  expect(await lastMove()).toMatchObject({ from: '1', to: '3', result: 'cancelled' });
});

test('SIGKILL during the bake leaves the lease; the post step, with the state the main step saved, releases it', async () => {
  const run = await promote({ version: '3', 'bake-minutes': '1' }, '400', { cancel: { when: (out) => out.includes('Baking version 3 on endpoint "live"'), signal: 'SIGKILL' } });
  expect(run.code).toBeNull();
  expect(await lockHeld()).toBe(true);
  expect(JSON.parse(run.state.lease!)).toMatchObject({ path: LOCK, region: DEV.region, owner: expect.any(String) });

  const post = await runDistAction('promote-endpoint', { cwd: workspace, env: env('400'), post: { state: run.state } });
  expectSuccess(post);
  expect(post.stdout).toContain(`::warning::The main step ended while holding the lease ${LOCK}: releasing it.`);
  expect(post.stdout).toContain(`Released the lease ${LOCK}.`);
  expect(await lockHeld()).toBe(false);

  // A post step after a main step that released its lease has nothing to do.
  const idle = await runDistAction('promote-endpoint', { cwd: workspace, env: env('400'), post: { state: { lease: '' } } });
  expectSuccess(idle);
  expect(idle.stdout).toContain('No lease left behind by the main step.');
});

test('rollback with a github-token takes over, with a warning, the unexpired lease of a run GitHub says has ended', async () => {
  const github = await startGitHubFixture();
  try {
    const holder = 'https://github.com/octo/agents/actions/runs/500';
    const expiresAt = new Date(Date.now() + 60_000).toISOString();
    await ssm().send(new PutParameterCommand({ Name: LOCK, Type: 'String', Value: JSON.stringify({ holder, owner: 'gone', acquiredAt: new Date().toISOString(), expiresAt }) }));
    github.setRunStatus(500, 'completed', 'octo/agents');
    const run = await runDistAction('rollback', {
      cwd: workspace,
      inputs: { 'timeout-minutes': '1', 'github-token': 'ghs_test' },
      env: { ...env('501'), GITHUB_API_URL: github.url },
    });
    expectSuccess(run);
    expect(run.stdout).toContain(`::warning::Taking over the lease ${LOCK} of ${holder} since`);
    expect(run.stdout).toContain('before it expires: that run has ended without releasing it.');
    expect(github.requests.some((r) => r.method === 'GET' && r.path === '/repos/octo/agents/actions/runs/500')).toBe(true);
    expect(await lockHeld()).toBe(false);
  } finally {
    await github.stop();
  }
});
