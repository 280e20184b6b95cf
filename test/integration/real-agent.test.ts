/**
 * The emulator runs the deployed agent, through the bundled actions (dist/) as processes: an
 * image of the example agent (a Python agent on AgentCore's HTTP contract, reading $PORT) that
 * the test builds itself is deployed and promoted, and live answers with the agent's own body;
 * a second build with a defect fails the smoke test on the candidate and live stays; the
 * emulator CLI leaves no agent process behind when it exits. Run `npm run build` first.
 */
import { BedrockAgentCoreClient, InvokeAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore';
import { BedrockAgentCoreControlClient, CreateAgentRuntimeCommand, GetAgentRuntimeEndpointCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { RunningEmulator } from '../../src/emulator/server.js';
import { exampleAgentImage } from '../../src/testing/example-agent.js';
import { alive, pushImage } from '../helpers/agent-image.js';
import { actionEnv } from '../helpers/action-env.js';
import { runDistAction, type ActionRun } from '../helpers/action-runner.js';
import { clientOptions, control, useTestEmulator } from '../helpers/emulator.js';
import { DEV, writePromotionConfig } from './promotion-fixtures.js';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const agentDir = join(repoRoot, 'examples', 'agent');
const SESSION = 'integration-session-id-long-enough-000001';

const workspace = mkdtempSync(join(tmpdir(), 'real-agent-'));
let emulator: RunningEmulator;

useTestEmulator(
  (started) => {
    emulator = started;
    writePromotionConfig(
      workspace,
      {
        environment_variables: { LOG_LEVEL: 'debug', PROMPT_STYLE: 'terse' },
        promotion: { smoke_test: { payload: { prompt: 'ping' }, expect_status: 200, expect_body: 'pong', attempts: 1, timeout_seconds: 20 }, bake_minutes: 0 },
      },
      { default_agent_runtime: 'support-bot' },
    );
  },
  { provisioningDelayMs: 100 },
);

function act(name: string, inputs: Record<string, string>, runId: string): Promise<ActionRun> {
  return runDistAction(name, {
    cwd: workspace,
    inputs: { 'config-file': 'agentcore.json', 'timeout-minutes': '1', ...inputs },
    env: actionEnv(emulator, DEV.account, runId),
  });
}

function expectSuccess(run: ActionRun): void {
  if (run.code !== 0) throw new Error(`action failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
}

const data = () => new BedrockAgentCoreClient(clientOptions(emulator, DEV.account, DEV.region));
const controlPlane = () => new BedrockAgentCoreControlClient(clientOptions(emulator, DEV.account, DEV.region));

test('the good build deployed and promoted: live answers with the agent itself, showing the payload and the runtime environment', async () => {
  const image = await pushImage(emulator, DEV, 'support-bot', await exampleAgentImage(agentDir), 'good-build');
  const deployed = await act('deploy-version', { 'image-uri': image }, '5001');
  expectSuccess(deployed);
  const promoted = await act('promote-endpoint', { version: deployed.outputs.version! }, '5002');
  expectSuccess(promoted);
  expect(promoted.outputs['smoke-test-result']).toBe('passed');
  const answer = await data().send(
    new InvokeAgentRuntimeCommand({
      agentRuntimeArn: `arn:aws:bedrock-agentcore:${DEV.region}:${DEV.account}:runtime/${deployed.outputs['agent-runtime-id']}`,
      qualifier: 'live',
      runtimeSessionId: SESSION,
      payload: Buffer.from(JSON.stringify({ prompt: 'hello', user: 'ada' })),
    }),
  );
  expect(JSON.parse(await answer.response!.transformToString())).toEqual({
    response: 'You said: hello',
    payload: { prompt: 'hello', user: 'ada' },
    session: SESSION,
    env: { AWS_REGION: DEV.region, LOG_LEVEL: 'debug', PROMPT_STYLE: 'terse' },
  });
});

test('a second build whose /invocations answers 500 fails the smoke test on the candidate, and live stays on the good version', async () => {
  const image = await pushImage(emulator, DEV, 'support-bot', await exampleAgentImage(agentDir, 'defective'), 'defective-build');
  const deployed = await act('deploy-version', { 'image-uri': image }, '5003');
  expectSuccess(deployed);
  expect(deployed.outputs.version).toBe('2');
  const promoted = await act('promote-endpoint', { version: '2' }, '5004');
  expect(promoted.code).not.toBe(0);
  expect(promoted.outputs['smoke-test-result']).toBe('failed');
  expect(promoted.stdout).toContain('the smoke test of the candidate endpoint "candidate" (version 2) failed 1 time(s); last: status 500, expected 200. Live was not touched.');
  expect(promoted.stdout).toContain(`{"error": "KeyError: 'input'"}`);
  const live = await controlPlane().send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: deployed.outputs['agent-runtime-id']!, endpointName: 'live' }));
  expect(live.liveVersion).toBe('1');
});

test('the emulator CLI stops its agent processes when it exits on SIGTERM: their PIDs are gone', async () => {
  const cli = spawn(process.execPath, [join(repoRoot, 'dist', 'emulator', 'index.js'), '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((done) => cli.once('exit', (code) => done(code)));
  try {
    const url = await new Promise<string>((done, fail) => {
      let out = '';
      cli.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /listening on (http:\/\/\S+)/.exec(out);
        if (match) done(match[1]!);
      });
      void exited.then((code) => fail(new Error(`the emulator exited with ${code}`)));
    });
    const where = { account: '000000000000', region: 'us-east-1' };
    const image = await pushImage({ url }, where, 'example-agent', await exampleAgentImage(agentDir), 'v1');
    const created = await new BedrockAgentCoreControlClient(clientOptions({ url })).send(
      new CreateAgentRuntimeCommand({
        agentRuntimeName: 'exiting_agent',
        agentRuntimeArtifact: { containerConfiguration: { containerUri: image } },
        roleArn: 'arn:aws:iam::000000000000:role/agent',
        networkConfiguration: { networkMode: 'PUBLIC' },
      }),
    );
    for (const session of [SESSION, 'a-second-session-id-long-enough-000000002']) {
      await new BedrockAgentCoreClient(clientOptions({ url })).send(
        new InvokeAgentRuntimeCommand({ agentRuntimeArn: created.agentRuntimeArn!, runtimeSessionId: session, payload: Buffer.from('{"prompt":"ping"}') }),
      );
    }
    const pids = (await control<Array<{ pid: number }>>({ url }, 'GET', 'agents')).map((a) => a.pid);
    expect(pids).toHaveLength(2);
    for (const pid of pids) expect(alive(pid)).toBe(true);
    cli.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const pid of pids) expect(alive(pid)).toBe(false);
  } finally {
    cli.kill('SIGKILL');
  }
});
