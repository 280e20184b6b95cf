/**
 * InvokeAgentRuntime answered by the deployed image's own code: the example agent (and small
 * variants) built in process, pushed to the emulator's registry, started on the first
 * invocation, and stopped with its runtime and with the emulator.
 */
import { BedrockAgentCoreClient, InvokeAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore';
import { BedrockAgentCoreControlClient, CreateAgentRuntimeCommand, DeleteAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../../src/emulator/server.js';
import { exampleAgentImage } from '../../../src/testing/example-agent.js';
import { alive, pushImage } from '../../helpers/agent-image.js';
import { clientOptions, control } from '../../helpers/emulator.js';
import { eventually, ROLE_ARN } from '../services/agentcore/fixtures.js';

const WHERE = { account: '000000000000', region: 'us-east-1' };
const agentDir = resolve(import.meta.dirname, '..', '..', '..', 'examples', 'agent');
const SESSION = 'a-session-id-that-is-long-enough-0000001';

let emulator: RunningEmulator;
const controlPlane = () => new BedrockAgentCoreControlClient(clientOptions(emulator, WHERE.account, WHERE.region));
const dataPlane = () => new BedrockAgentCoreClient(clientOptions(emulator, WHERE.account, WHERE.region));

async function deploy(name: string, containerUri: string, environmentVariables: Record<string, string> = {}): Promise<string> {
  const created = await controlPlane().send(
    new CreateAgentRuntimeCommand({
      agentRuntimeName: name,
      agentRuntimeArtifact: { containerConfiguration: { containerUri } },
      roleArn: ROLE_ARN,
      networkConfiguration: { networkMode: 'PUBLIC' },
      environmentVariables,
    }),
  );
  return created.agentRuntimeArn!;
}

async function invoke(arn: string, payload: unknown, session = SESSION) {
  const answer = await dataPlane().send(
    new InvokeAgentRuntimeCommand({ agentRuntimeArn: arn, runtimeSessionId: session, payload: Buffer.from(JSON.stringify(payload)), contentType: 'application/json' }),
  );
  return { status: answer.statusCode, contentType: answer.contentType, body: JSON.parse(await answer.response!.transformToString()) as Record<string, unknown> };
}

const agents = () => control<Array<{ session: string; pid: number }>>(emulator, 'GET', 'agents');

beforeEach(async () => {
  emulator = await startEmulator({ port: 0, agents: { startTimeoutMs: 10_000 } });
});

afterEach(async () => {
  await emulator.stop();
});

test('the example agent answers with its own body, the payload, the session and the runtime environment; its PID is gone after the emulator stops', async () => {
  const image = await pushImage(emulator, WHERE, 'example-agent', await exampleAgentImage(agentDir), 'v1');
  const arn = await deploy('example_agent', image, { LOG_LEVEL: 'debug' });
  const first = await invoke(arn, { prompt: 'ping' });
  expect(first).toEqual({
    status: 200,
    contentType: 'application/json',
    body: { response: 'pong', payload: { prompt: 'ping' }, session: SESSION, env: { AWS_REGION: WHERE.region, LOG_LEVEL: 'debug' } },
  });
  const [agent] = await agents();
  expect(agent?.pid).toEqual(expect.any(Number));
  expect(alive(agent!.pid)).toBe(true);
  // The same session reuses its process; another session gets its own.
  expect((await invoke(arn, { prompt: 'hello' })).body.response).toBe('You said: hello');
  expect(await agents()).toHaveLength(1);
  await invoke(arn, { prompt: 'ping' }, 'another-session-id-that-is-long-enough-02');
  const pids = (await agents()).map((a) => a.pid);
  expect(new Set(pids).size).toBe(2);
  await emulator.stop();
  for (const pid of pids) expect(alive(pid)).toBe(false);
});

test('a second build with a defect answers RuntimeClientError 424 naming the agent status and its error', async () => {
  const image = await pushImage(emulator, WHERE, 'example-agent', await exampleAgentImage(agentDir, 'defective'), 'v2');
  const arn = await deploy('defective_agent', image);
  await expect(invoke(arn, { prompt: 'ping' })).rejects.toMatchObject({
    name: 'RuntimeClientError',
    $metadata: { httpStatusCode: 424 },
    message: expect.stringContaining(`Received error (500) from runtime: {"error": "KeyError: 'input'"}`),
  });
});

test('an agent that cannot start is RuntimeClientError 424 with the tail of its stderr and where its log is', async () => {
  const image = await pushImage(
    emulator,
    WHERE,
    'broken-agent',
    { files: { 'app/main.py': 'import sys\nsys.stderr.write("missing MODEL_ID\\n")\nsys.exit(3)\n' }, platform: 'linux/arm64', entrypoint: ['python3', '/app/main.py'] },
    'v1',
  );
  const arn = await deploy('broken_agent', image);
  const error = await invoke(arn, {}).catch((e: unknown) => e as Error & { $metadata: { httpStatusCode: number } });
  expect(error).toBeInstanceOf(Error);
  expect((error as Error).name).toBe('RuntimeClientError');
  expect((error as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode).toBe(424);
  expect((error as Error).message).toMatch(/The agent of runtime broken_agent version 1 .* did not start: it exited with code 3\. Last stderr: missing MODEL_ID Its log is .*\.log\./);
  expect(await agents()).toEqual([]);
});

test('deleting the runtime stops its agents', async () => {
  const image = await pushImage(emulator, WHERE, 'example-agent', await exampleAgentImage(agentDir), 'v1');
  const arn = await deploy('deleted_agent', image);
  await invoke(arn, { prompt: 'ping' });
  const [agent] = await agents();
  await controlPlane().send(new DeleteAgentRuntimeCommand({ agentRuntimeId: arn.split('/').at(-1)! }));
  await eventually(async () => (alive(agent!.pid) ? undefined : true));
  expect(await agents()).toEqual([]);
});

test('an image without entrypoint or cmd keeps the canned answer; the fault switches work on top of a real agent', async () => {
  const canned = await pushImage(emulator, WHERE, 'files-only', { files: { 'app/main.py': 'print("x")\n' }, platform: 'linux/arm64' }, 'v1');
  const cannedArn = await deploy('files_only', canned);
  expect((await invoke(cannedArn, { prompt: 'ping' })).body).toMatchObject({ message: 'pong', runtime: 'files_only' });
  expect(await agents()).toEqual([]);

  const image = await pushImage(emulator, WHERE, 'example-agent', await exampleAgentImage(agentDir), 'v1');
  const arn = await deploy('switched_agent', image);
  await control(emulator, 'POST', 'agentcore/invocations', { runtime: 'switched_agent', mode: 'failing', status: 503, body: 'injected' });
  await expect(invoke(arn, { prompt: 'ping' })).rejects.toMatchObject({ name: 'RuntimeClientError', message: expect.stringContaining('Received error (503) from runtime: injected') });
  await control(emulator, 'POST', 'agentcore/invocations', { runtime: 'switched_agent', mode: 'slow', delayMs: 300 });
  const started = Date.now();
  expect((await invoke(arn, { prompt: 'ping' })).body.response).toBe('pong');
  expect(Date.now() - started).toBeGreaterThanOrEqual(300);
});

describe('forward mode', () => {
  let agent: Server;
  let seen: Array<{ headers: Record<string, unknown>; body: string }>;

  beforeEach(async () => {
    seen = [];
    agent = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({ headers: req.headers, body });
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write('data: one\n\n');
        setTimeout(() => res.end('data: two\n\n'), 50);
      });
    });
    await new Promise<void>((done) => agent.listen(0, '127.0.0.1', done));
    await emulator.stop();
    emulator = await startEmulator({ port: 0, agents: { forward: { user_agent: `http://127.0.0.1:${(agent.address() as AddressInfo).port}` } } });
  });

  afterEach(() => new Promise<void>((done) => agent.close(() => done())));

  test("a forwarded runtime's invocations reach the user's agent with AgentCore's headers, and its stream comes back", async () => {
    const canned = await pushImage(emulator, WHERE, 'files-only', { files: { 'a.txt': 'x' }, platform: 'linux/arm64' }, 'v1');
    const arn = await deploy('user_agent', canned);
    const answer = await dataPlane().send(
      new InvokeAgentRuntimeCommand({ agentRuntimeArn: arn, runtimeSessionId: SESSION, payload: Buffer.from('{"prompt":"hi"}'), contentType: 'application/json', accept: 'text/event-stream' }),
    );
    expect(answer.contentType).toBe('text/event-stream');
    expect(await answer.response!.transformToString()).toBe('data: one\n\ndata: two\n\n');
    expect(seen).toEqual([
      {
        body: '{"prompt":"hi"}',
        headers: expect.objectContaining({ 'x-amzn-bedrock-agentcore-runtime-session-id': SESSION, 'content-type': 'application/json', accept: 'text/event-stream' }),
      },
    ]);
    expect(seen[0]!.headers.authorization).toBeUndefined();
  });
});
