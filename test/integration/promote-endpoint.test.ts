/**
 * promote-endpoint as a bundled process (dist/promote-endpoint) against the in-process emulator:
 * the happy path proven by invoking live, a no-op, a failing smoke test, an alarm during the
 * bake, failed and stormy endpoint updates, compare-and-swap, two promotions at once, finishing a
 * cancelled run, GitHub Deployments. Run `npm run build` first.
 */
import { BedrockAgentCoreClient, InvokeAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore';
import {
  BedrockAgentCoreControlClient,
  GetAgentRuntimeEndpointCommand,
  UpdateAgentRuntimeEndpointCommand,
} from '@aws-sdk/client-bedrock-agentcore-control';
import { CloudWatchClient, PutMetricAlarmCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import { DescribeImagesCommand, ECRClient } from '@aws-sdk/client-ecr';
import { SSMClient } from '@aws-sdk/client-ssm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningEmulator } from '../../src/emulator/server.js';
import type { RequestLogEntry } from '../../src/emulator/state.js';
import { actionEnv } from '../helpers/action-env.js';
import { runDistAction, type ActionRun } from '../helpers/action-runner.js';
import { clientOptions, control, startTestEmulator } from '../helpers/emulator.js';
import { FIXTURE_SHA, startGitHubFixture, type GitHubFixture } from '../helpers/github-fixture.js';
import { createDevRuntime, DEV, endpointMoves, newDevVersion, pushTestImage, READ_ONLY, RUN_URL, writePromotionConfig } from './promotion-fixtures.js';

const ALARM = 'support-bot-errors';

let emulator: RunningEmulator;
let github: GitHubFixture;
let workspace: string;
let runtimeId = '';
let image = '';

const agentcore = () => new BedrockAgentCoreControlClient(clientOptions(emulator, DEV.account, DEV.region));
const data = () => new BedrockAgentCoreClient(clientOptions(emulator, DEV.account, DEV.region));
const ssm = () => new SSMClient(clientOptions(emulator, DEV.account, DEV.region));
const cloudwatch = () => new CloudWatchClient(clientOptions(emulator, DEV.account, DEV.region));

beforeAll(async () => {
  emulator = await startTestEmulator();
  github = await startGitHubFixture();
  workspace = mkdtempSync(join(tmpdir(), 'promote-endpoint-'));
  writePromotionConfig(
    workspace,
    {
      promotion: {
        smoke_test: { payload: { prompt: 'ping' }, expect_body: 'pong', expect_json: { runtime: 'support_bot_dev' }, attempts: 2, timeout_seconds: 5 },
        bake_minutes: 0,
        alarms: [ALARM],
      },
    },
    { default_agent_runtime: 'support-bot' },
  );
  await control(emulator, 'POST', 'settings', { provisioningDelayMs: 200 });
  image = await pushTestImage(emulator, DEV, 'agent');
  runtimeId = await createDevRuntime(agentcore(), image);
  await cloudwatch().send(
    new PutMetricAlarmCommand({
      AlarmName: ALARM,
      MetricName: 'Errors',
      Namespace: 'bedrock-agentcore',
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    }),
  );
});
afterAll(async () => {
  await github.stop();
  await emulator.stop();
});

/** Makes the next version (an environment variable change is enough) and waits for READY. */
async function newVersion(): Promise<string> {
  const version = await newDevVersion(agentcore(), runtimeId, image);
  await settle();
  return version;
}

const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

function promote(inputs: Record<string, string> = {}, runId = '4242', env: Record<string, string> = {}): Promise<ActionRun> {
  return runDistAction('promote-endpoint', {
    cwd: workspace,
    inputs: { 'timeout-minutes': '1', ...inputs },
    env: actionEnv(emulator, DEV.account, runId, env),
  });
}

function expectSuccess(run: ActionRun): void {
  if (run.code !== 0) throw new Error(`promote-endpoint failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
}

async function endpoint(name: string) {
  return agentcore().send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: runtimeId, endpointName: name }));
}

/** The version that answers an invocation of the endpoint, as the emulator reports it. */
async function servedBy(qualifier: string): Promise<string> {
  const answer = await data().send(
    new InvokeAgentRuntimeCommand({
      agentRuntimeArn: `arn:aws:bedrock-agentcore:${DEV.region}:${DEV.account}:runtime/${runtimeId}`,
      qualifier,
      payload: Buffer.from('{"prompt":"who"}'),
    }),
  );
  return (JSON.parse(await answer.response!.transformToString()) as { version: string }).version;
}

const ledgerMoves = () => endpointMoves(ssm());

async function mutatingCalls(): Promise<string[]> {
  const requests = await control<RequestLogEntry[]>(emulator, 'GET', 'requests');
  return requests.filter((r) => !READ_ONLY.test(r.operation)).map((r) => `${r.service}:${r.operation}`);
}

describe('promotion in order', () => {
  test('the first promotion creates candidate and live on version 1, with an explicit version', async () => {
    const run = await promote({ version: '1' });
    expectSuccess(run);
    expect(run.outputs).toEqual({ endpoint: 'live', version: '1', 'previous-version': '', changed: 'true', 'rolled-back': 'false', 'smoke-test-result': 'passed', strategy: 'blue-green', 'canary-steps': '' });
    expect(await endpoint('live')).toMatchObject({ status: 'READY', liveVersion: '1', targetVersion: '1' });
    expect(await endpoint('candidate')).toMatchObject({ status: 'READY', liveVersion: '1' });
    expect(run.stdout).toContain('Creating endpoint "live" on version 1.');
  });

  test('happy path: version 2 over 1; live serves 2 when invoked; ledger, summary, keep tag and GitHub Deployment show 1 → 2', async () => {
    expect(await newVersion()).toBe('2');
    const run = await promote({ 'github-deployments': 'true', 'github-token': 'ghs_test' }, '4243', { ...github.actionEnv({ repository: 'octo/agents' }), GITHUB_RUN_ID: '4243' });
    expectSuccess(run);
    expect(run.outputs).toEqual({ endpoint: 'live', version: '2', 'previous-version': '1', changed: 'true', 'rolled-back': 'false', 'smoke-test-result': 'passed', strategy: 'blue-green', 'canary-steps': '' });
    // Not only the endpoint record: an invocation of live is answered by version 2.
    expect(await servedBy('live')).toBe('2');
    expect(await endpoint('live')).toMatchObject({ status: 'READY', liveVersion: '2', targetVersion: '2', description: `agentcore-actions promote 1->2 by ${RUN_URL('4243')}` });
    expect((await ledgerMoves()).slice(-1)).toEqual([
      { type: 'endpoint', endpoint: 'live', from: '1', to: '2', kind: 'promote', result: 'succeeded', actor: 'octocat', runUrl: RUN_URL('4243'), time: expect.any(String) },
    ]);
    expect(run.stdout).toMatch(/endpoint "candidate" → version 2: READY, live 2, target 2/);
    expect(run.stdout).toMatch(/endpoint "live" → version 2: UPDATING, live 1, target 2 \(0s elapsed\)/);
    expect(run.summary).toContain('| dev | support-bot (`support_bot_dev`) | live | 1 → 2 | ✅ done | version 2 (READY) |');
    expect(run.summary).toContain('```mermaid\nflowchart LR');
    expect(run.summary).toMatch(/a_e\d+\(\["live"\]\):::endpoint\n {4}a_e\d+ -->\|"smoke test passed · no bake \(bake-minutes is 0\)"\| a_v2/);
    const images = await new ECRClient(clientOptions(emulator, DEV.account, DEV.region)).send(new DescribeImagesCommand({ repositoryName: 'support-bot' }));
    expect(images.imageDetails?.[0]?.imageTags).toEqual(expect.arrayContaining(['keep-support_bot_dev-live', 'keep-support_bot_dev-candidate']));
    const [deployment] = github.deployments('octo/agents');
    expect(deployment).toMatchObject({ environment: 'dev', task: 'promote', sha: FIXTURE_SHA, payload: { runtime: 'support-bot', endpoint: 'live', from: '1', to: '2' } });
    expect(github.deploymentStatuses(deployment!.id).map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(github.deploymentStatuses(deployment!.id)[1]).toMatchObject({ log_url: RUN_URL('4243'), description: 'Endpoint "live" serves version 2 (was 1).' });
  });

  test('promoting the version already live is a no-op: changed false, no mutating call', async () => {
    await control(emulator, 'DELETE', 'requests');
    const run = await promote({ version: '2' });
    expectSuccess(run);
    expect(run.outputs).toMatchObject({ version: '2', 'previous-version': '2', changed: 'false', 'smoke-test-result': 'skipped' });
    expect(await mutatingCalls()).toEqual([]);
    expect(run.stdout).toContain('::notice::Version 2 is already live on endpoint "live" of runtime "support-bot" (support_bot_dev) of environment "dev" (us-west-2): nothing to do.');
    expect(run.summary).toContain('| live | 2 → 2 | ➖ no change |');
  });

  test('a failing smoke test stops before live, with the response excerpt', async () => {
    expect(await newVersion()).toBe('3');
    await control(emulator, 'POST', 'agentcore/invocations', {
      account: DEV.account,
      region: DEV.region,
      runtime: 'support_bot_dev',
      version: '3',
      mode: 'failing',
      status: 500,
      body: { error: 'model not found: claude-nine' },
    });
    const run = await promote({ version: '3' });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ version: '3', 'previous-version': '2', changed: 'false', 'rolled-back': 'false', 'smoke-test-result': 'failed' });
    expect(run.stdout).toContain(
      '::error::Promotion of version 3 to endpoint "live" of runtime "support-bot" (support_bot_dev) of environment "dev" (us-west-2) failed: ' +
        'the smoke test of the candidate endpoint "candidate" (version 3) failed 2 time(s); last: status 500, expected 200. Live was not touched. ' +
        'Response (first 500 characters): {"error":"model not found: claude-nine"}.',
    );
    expect(await endpoint('live')).toMatchObject({ status: 'READY', liveVersion: '2' });
    expect(await servedBy('live')).toBe('2');
    expect((await ledgerMoves()).at(-1)).toMatchObject({ from: '2', to: '3', result: 'failed', reason: expect.stringContaining('smoke test') });
    expect(run.summary).toContain('| live | 2 → 3 | ❌ failed | version 2 (READY) |');
    expect(run.summary).toContain('<details open><summary>Smoke test attempts (2)</summary>');
    // The summary states the failure once: the run wrapper adds no second copy of the message.
    expect(run.summary.split('failed 2 time(s); last: status 500, expected 200. Live was not touched.')).toHaveLength(2);
    expect(run.summary).not.toContain('### ❌ Failed');
    await control(emulator, 'DELETE', 'agentcore/invocations');
  });

  test('an alarm during the bake returns live to the previous version and names the alarm', async () => {
    const running = promote({ version: '3', 'bake-minutes': '0.25' });
    // Fire the alarm once live serves 3, as a real alarm would after bad traffic.
    for (let i = 0; i < 300 && (await endpoint('live')).liveVersion !== '3'; i++) await settle(100);
    if ((await endpoint('live')).liveVersion !== '3') throw new Error(`live never served 3:\n${(await running).stdout}`);
    await cloudwatch().send(new SetAlarmStateCommand({ AlarmName: ALARM, StateValue: 'ALARM', StateReason: 'Threshold Crossed: 5 errors' }));
    const run = await running;
    await cloudwatch().send(new SetAlarmStateCommand({ AlarmName: ALARM, StateValue: 'OK', StateReason: 'recovered' }));
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ version: '3', 'previous-version': '2', changed: 'false', 'rolled-back': 'true', 'smoke-test-result': 'passed' });
    expect(run.stdout).toMatch(
      /::error::Promotion of version 3 to endpoint "live" of .* failed: alarm "support-bot-errors" went to ALARM at \d{4}-\d\d-\d\dT[\d:.]+Z \(\d+s into the bake\): Threshold Crossed: 5 errors\. Rolled back: endpoint "live" serves version 2 \(READY\) again\./,
    );
    expect(run.stdout).toContain('Baking version 3 on endpoint "live" for 15s, watching alarm(s) support-bot-errors and the endpoint.');
    expect(await endpoint('live')).toMatchObject({ status: 'READY', liveVersion: '2', targetVersion: '2' });
    expect(await servedBy('live')).toBe('2');
    expect((await ledgerMoves()).at(-1)).toMatchObject({ from: '2', to: '3', kind: 'promote', result: 'rolled-back' });
    expect(run.summary).toContain('| live | 2 → 3 | ↩️ rolled back | version 2 (READY) |');
    expect(run.summary).toMatch(/-\.->\|"rolled back · bake failed: alarm support-bot-errors fired at [^"]+"\| a_v3/);
  });

  test('alarms that do not exist are an error before any move', async () => {
    await control(emulator, 'DELETE', 'requests');
    const run = await promote({ version: '3', 'bake-minutes': '1', alarms: `${ALARM}, nope-alarm` });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::The bake alarm(s) "nope-alarm" of runtime "support-bot" (support_bot_dev) of environment "dev" (us-west-2) do not exist in CloudWatch in this account and region. Nothing was moved.',
    );
    expect(await mutatingCalls()).toEqual([]);
  });

  test('an endpoint update that ends UPDATE_FAILED leaves live READY on the version that was good, and says so', async () => {
    // The candidate already serves 3, so the injected failure hits live's update.
    await control(emulator, 'POST', 'agentcore/fail-next', { account: DEV.account, region: DEV.region, operation: 'UpdateAgentRuntimeEndpoint', reason: 'Internal failure while routing.' });
    const run = await promote({ version: '3' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'failed: moving endpoint "live" from version 2 to version 3 failed: UPDATE_FAILED: Internal failure while routing.. It serves version 2 (READY) now.',
    );
    expect(await endpoint('live')).toMatchObject({ status: 'READY', liveVersion: '2', targetVersion: '2' });
    expect((await ledgerMoves()).at(-1)).toMatchObject({ from: '2', to: '3', result: 'failed' });
  });

  test('a short 500 storm on endpoint updates is ridden out with the same client token', async () => {
    await control(emulator, 'POST', 'faults', { service: 'agentcore', operation: 'UpdateAgentRuntimeEndpoint', kind: 'error500', count: 2 });
    const run = await promote({ version: '3' });
    await control(emulator, 'DELETE', 'faults');
    expectSuccess(run);
    expect(await servedBy('live')).toBe('3');
  });

  test('compare-and-swap: a stale expected-version moves nothing and names both versions', async () => {
    expect(await newVersion()).toBe('4');
    await control(emulator, 'DELETE', 'requests');
    const run = await promote({ version: '4', 'expected-version': '2' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('failed: endpoint "live" serves version 3, not expected-version 2. Nothing was moved.');
    expect((await mutatingCalls()).filter((call) => call.includes('Endpoint'))).toEqual([]);
    expect((await endpoint('candidate')).liveVersion).toBe('3');
    expect((await ledgerMoves()).at(-1)).toMatchObject({ from: '3', to: '4', result: 'failed', reason: expect.stringContaining('not expected-version 2') });
  });

  test('two promotions at once: one wins, the other fails cleanly, the ledger records both', async () => {
    expect(await newVersion()).toBe('5');
    await control(emulator, 'POST', 'settings', { provisioningDelayMs: 1500 });
    const [four, five] = await Promise.all([promote({ version: '4' }, '601'), promote({ version: '5' }, '602')]);
    await control(emulator, 'POST', 'settings', { provisioningDelayMs: 200 });
    const runs = [four, five];
    const winner = runs.find((r) => r.code === 0)!;
    const loser = runs.find((r) => r.code !== 0)!;
    expect(winner).toBeDefined();
    expect(loser).toBeDefined();
    expect(loser.stdout).toContain(`serves version ${winner.outputs.version}, but this run read version 3 at its start: another promotion or a hand move changed it. Nothing was moved.`);
    expect(loser.stdout).toMatch(/Waiting for the lease .*: held by https:\/\/github.com\/octo\/agents\/actions\/runs\/60[12]/);
    expect((await endpoint('live')).liveVersion).toBe(winner.outputs.version);
    const moves = (await ledgerMoves()).slice(-2);
    expect(moves.map((m) => `${m.runUrl.slice(-3)} ${m.from}->${m.to} ${m.result}`).sort()).toEqual(
      [`${winner === four ? '601' : '602'} 3->${winner.outputs.version} succeeded`, `${loser === four ? '601' : '602'} ${winner.outputs.version}->${loser.outputs.version} failed`].sort(),
    );
  });

  test('a re-run of a job cancelled after moving live finishes the promotion and records it', async () => {
    const live = (await endpoint('live')).liveVersion!;
    const next = await newVersion();
    // What a cancelled attempt of run 777 leaves: live moved (with its marker), nothing recorded.
    await agentcore().send(
      new UpdateAgentRuntimeEndpointCommand({ agentRuntimeId: runtimeId, endpointName: 'live', agentRuntimeVersion: next, description: `agentcore-actions promote ${live}->${next} by ${RUN_URL('777')}` }),
    );
    const run = await promote({}, '777');
    expectSuccess(run);
    expect(run.outputs).toMatchObject({ version: next, 'previous-version': live, changed: 'true', 'smoke-test-result': 'skipped' });
    expect(run.stdout).toContain(`An earlier attempt of this run moved "live" from version ${live} to version ${next} and stopped before recording it: finishing the promotion.`);
    expect((await ledgerMoves()).at(-1)).toMatchObject({ from: live, to: next, result: 'succeeded', runUrl: RUN_URL('777') });
    expect(run.summary).toContain('(finished the move an earlier attempt of this run started)');
  });
});
