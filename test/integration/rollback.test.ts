/**
 * rollback as a bundled process (dist/rollback) against the in-process emulator: the default
 * target from the ledger (skipping a rolled-back version), re-runs of the same run and a second
 * rollback from another run, explicit and deleted versions, a failed move, GitHub Deployments, and the root action's dispatch.
 * Run `npm run build` first.
 */
import { BedrockAgentCoreClient, InvokeAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore';
import {
  BedrockAgentCoreControlClient,
  CreateAgentRuntimeCommand,
  DeleteAgentRuntimeCommand,
  GetAgentRuntimeEndpointCommand,
  UpdateAgentRuntimeCommand,
} from '@aws-sdk/client-bedrock-agentcore-control';
import { SSMClient } from '@aws-sdk/client-ssm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningEmulator } from '../../src/emulator/server.js';
import type { RequestLogEntry } from '../../src/emulator/state.js';
import { actionEnv as runnerEnv } from '../helpers/action-env.js';
import { runDistAction, type ActionRun } from '../helpers/action-runner.js';
import { clientOptions, control, startTestEmulator } from '../helpers/emulator.js';
import { startGitHubFixture, type GitHubFixture } from '../helpers/github-fixture.js';
import { DEV, endpointMoves, pushTestImage, READ_ONLY, RUN_URL, writePromotionConfig } from './promotion-fixtures.js';

let emulator: RunningEmulator;
let github: GitHubFixture;
let workspace: string;
let runtimeId = '';

const agentcore = () => new BedrockAgentCoreControlClient(clientOptions(emulator, DEV.account, DEV.region));
const ssm = () => new SSMClient(clientOptions(emulator, DEV.account, DEV.region));

const actionEnv = (runId: string, extra: Record<string, string> = {}) => runnerEnv(emulator, DEV.account, runId, extra);

function promote(version: string, runId: string): Promise<ActionRun> {
  return runDistAction('promote-endpoint', { cwd: workspace, inputs: { version, 'timeout-minutes': '1' }, env: actionEnv(runId) });
}

function rollback(inputs: Record<string, string>, runId: string, extra: Record<string, string> = {}): Promise<ActionRun> {
  return runDistAction('rollback', { cwd: workspace, inputs: { 'timeout-minutes': '1', ...inputs }, env: actionEnv(runId, extra) });
}

function expectSuccess(run: ActionRun): void {
  if (run.code !== 0) throw new Error(`the action failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
}

const live = () => agentcore().send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: runtimeId, endpointName: 'live' }));

const ledgerMoves = () => endpointMoves(ssm());

beforeAll(async () => {
  emulator = await startTestEmulator();
  github = await startGitHubFixture();
  workspace = mkdtempSync(join(tmpdir(), 'rollback-'));
  writePromotionConfig(workspace);
  await control(emulator, 'POST', 'settings', { provisioningDelayMs: 200 });
  const image = await pushTestImage(emulator, DEV, 'agent');
  const settings = {
    agentRuntimeArtifact: { containerConfiguration: { containerUri: image } },
    roleArn: 'arn:aws:iam::111111111111:role/agentcore-support-bot-runtime-dev',
    networkConfiguration: { networkMode: 'PUBLIC' as const },
  };
  runtimeId = (await agentcore().send(new CreateAgentRuntimeCommand({ agentRuntimeName: 'support_bot_dev', ...settings }))).agentRuntimeId!;
  for (const build of ['2', '3', '4']) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await agentcore().send(new UpdateAgentRuntimeCommand({ agentRuntimeId: runtimeId, ...settings, environmentVariables: { BUILD: build } }));
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const [version, run] of [['1', '101'], ['2', '102'], ['3', '103']] as const) expectSuccess(await promote(version, run));
});
afterAll(async () => {
  await github.stop();
  await emulator.stop();
});

describe('rollback in order', () => {
  test('with no to-version it returns to the version live served before, and records why', async () => {
    const run = await rollback({ reason: 'errors after release 3', 'github-deployments': 'true', 'github-token': 'ghs_test' }, '201', github.actionEnv({ repository: 'octo/agents' }));
    expectSuccess(run);
    expect(run.outputs).toEqual({ version: '2', 'previous-version': '3', changed: 'true' });
    expect(await live()).toMatchObject({ status: 'READY', liveVersion: '2', targetVersion: '2' });
    const answer = await new BedrockAgentCoreClient(clientOptions(emulator, DEV.account, DEV.region)).send(
      new InvokeAgentRuntimeCommand({ agentRuntimeArn: `arn:aws:bedrock-agentcore:${DEV.region}:${DEV.account}:runtime/${runtimeId}`, qualifier: 'live', payload: Buffer.from('{}') }),
    );
    expect(JSON.parse(await answer.response!.transformToString())).toMatchObject({ version: '2' });
    expect((await ledgerMoves()).at(-1)).toEqual({
      type: 'endpoint',
      endpoint: 'live',
      from: '3',
      to: '2',
      kind: 'rollback',
      result: 'succeeded',
      reason: 'errors after release 3',
      actor: 'octocat',
      runUrl: RUN_URL('201'),
      time: expect.any(String),
    });
    expect(run.summary).toContain('| dev | support-bot (`support_bot_dev`) | live | 3 → 2 | ✅ done | version 2 (READY) |');
    expect(run.summary).toContain('- Version chosen from the ledger: the last good version this endpoint served.');
    expect(run.summary).toContain('- Reason: errors after release 3');
    expect(run.summary).toMatch(/```mermaid\nflowchart LR[\s\S]*-->\|"rolled back: errors after release 3"\| a_v2/);
    const [deployment] = github.deployments('octo/agents');
    expect(deployment).toMatchObject({ environment: 'dev', task: 'rollback', description: 'support-bot: rollback 3 → 2: errors after release 3' });
    expect(github.deploymentStatuses(deployment!.id).map((s) => s.state)).toEqual(['in_progress', 'success']);
  });

  test('re-running the same run is a no-op: no mutating call, changed false', async () => {
    await control(emulator, 'DELETE', 'requests');
    const run = await rollback({ reason: 'errors after release 3' }, '201');
    expectSuccess(run);
    expect(run.outputs).toEqual({ version: '2', 'previous-version': '2', changed: 'false' });
    expect(run.stdout).toContain('::notice::Endpoint "live" already serves version 2: this run already rolled it back. Nothing to do.');
    const requests = await control<RequestLogEntry[]>(emulator, 'GET', 'requests');
    expect(requests.filter((r) => !READ_ONLY.test(r.operation)).map((r) => r.operation)).toEqual([]);
  });

  test('a second rollback from another run right after is a no-op too, twice: live already serves the last good version', async () => {
    await control(emulator, 'DELETE', 'requests');
    for (let attempt = 1; attempt <= 2; attempt++) {
      const again = await runDistAction('rollback', { cwd: workspace, entry: 'root', inputs: { command: 'rollback', 'timeout-minutes': '1' }, env: actionEnv('202', { GITHUB_RUN_ATTEMPT: String(attempt) }) });
      expectSuccess(again);
      expect(again.outputs).toEqual({ version: '2', 'previous-version': '2', changed: 'false' });
      expect(again.stdout).toContain(
        `::notice::Endpoint "live" already serves version 2: it is the last good version, which the latest rollback (${RUN_URL('201')}) returned it to. Nothing to do. ` +
          'To go further back, run rollback with the input "to-version" naming the version. READY versions: 1, 2, 3, 4.',
      );
    }
    const requests = await control<RequestLogEntry[]>(emulator, 'GET', 'requests');
    expect(requests.filter((r) => !READ_ONLY.test(r.operation)).map((r) => r.operation)).toEqual([]);
    expect((await ledgerMoves()).at(-1)).toMatchObject({ runUrl: RUN_URL('201'), kind: 'rollback', to: '2' });
  });

  test('a move that ends UPDATE_FAILED leaves the endpoint READY where it was and fails naming both versions', async () => {
    await control(emulator, 'POST', 'agentcore/fail-next', { account: DEV.account, region: DEV.region, operation: 'UpdateAgentRuntimeEndpoint', reason: 'Capacity unavailable.' });
    const run = await rollback({ 'to-version': '4' }, '204');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::Rollback of endpoint "live" of runtime "support-bot" (support_bot_dev) of environment "dev" (us-west-2) failed: ' +
        'moving it from version 2 to version 4 failed: UPDATE_FAILED: Capacity unavailable.. It serves version 2 (READY) now.',
    );
    expect(await live()).toMatchObject({ status: 'READY', liveVersion: '2', targetVersion: '2' });
    expect((await ledgerMoves()).at(-1)).toMatchObject({ from: '2', to: '4', kind: 'rollback', result: 'failed' });
    expect(run.outputs).toMatchObject({ version: '4', 'previous-version': '2', changed: 'false' });
  });

  test('a later rollback (through the root action), after a move that was not a successful rollback, goes further back, skipping the rolled-back version', async () => {
    // Live served 1, 2, 3, then 2 again (3 was rolled back): the version before 2 that was good is 1, not 3.
    const again = await runDistAction('rollback', { cwd: workspace, entry: 'root', inputs: { command: 'rollback', 'timeout-minutes': '1' }, env: actionEnv('203') });
    expectSuccess(again);
    expect(again.outputs).toEqual({ version: '1', 'previous-version': '2', changed: 'true' });
    expect(again.stdout).toContain('Skipping version(s) 3: their promotion was rolled back.');
    expect(again.summary).toContain('skipping rolled-back version(s) 3');
    expect((await live()).liveVersion).toBe('1');
  });

  test('an explicit to-version that AgentCore deleted fails, saying why and listing the READY versions', async () => {
    await agentcore().send(new DeleteAgentRuntimeCommand({ agentRuntimeId: runtimeId, agentRuntimeVersion: '2' }));
    const run = await rollback({ 'to-version': '2' }, '205');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::Version 2 (input "to-version") of runtime "support-bot" (support_bot_dev) of environment "dev" (us-west-2) does not exist: ' +
        'it was deleted (AgentCore deletes versions that no endpoint has served for 45 days, and versions can be deleted by hand). READY versions: 1, 3, 4.',
    );
    expect((await live()).liveVersion).toBe('1');
  });

  test('an explicit to-version already live is a no-op', async () => {
    const run = await rollback({ 'to-version': '1' }, '206');
    expectSuccess(run);
    expect(run.outputs).toEqual({ version: '1', 'previous-version': '1', changed: 'false' });
    expect(run.stdout).toContain('::notice::Endpoint "live" already serves version 1: the version the input "to-version" names. Nothing to do.');
  });
});
