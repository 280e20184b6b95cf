/**
 * A version's agent started ahead (AgentPool.prestart): adopted by the first session of that
 * version, replaced by a newer version's, stopped with its version, its time, and the pool;
 * a failed pre-start is silent and the invocation reports its failure as before.
 */
import { BedrockAgentCoreClient, InvokeAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore';
import { BedrockAgentCoreControlClient, CreateAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import type { AgentTarget } from '../../../src/emulator/agents/pool.js';
import { invokeAgent } from '../../../src/emulator/agents/invocation.js';
import { startEmulator } from '../../../src/emulator/server.js';
import { alive, pushImage } from '../../helpers/agent-image.js';
import { clientOptions } from '../../helpers/emulator.js';
import { eventually, ROLE_ARN } from '../services/agentcore/fixtures.js';
import { agentTarget, usePoolWithNodeAgent } from './image-source.js';

/** Answers /ping, and /invocations with its pid and the time it started. */
const AGENT = `
const startedAt = Date.now();
require('node:http').createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/ping') return res.end('{"status":"Healthy"}');
  req.resume();
  req.on('end', () => res.end(JSON.stringify({ pid: process.pid, startedAt })));
}).listen(Number(process.env.PORT || 8080), '127.0.0.1');
`;

const s = usePoolWithNodeAgent(AGENT);

const SESSION = 'session-a-0000000000000000000000000000001';

function target(overrides: Partial<AgentTarget> = {}): AgentTarget {
  return agentTarget(s.images, s.digest, SESSION, { alive: () => s.versionExists, ...overrides });
}

async function call(t: AgentTarget): Promise<{ pid: number; startedAt: number }> {
  const answer = await invokeAgent(s.pool, t, { headers: { 'content-type': 'application/json' }, body: Buffer.from('{}'), allowlist: [] });
  const chunks: Buffer[] = [];
  for await (const chunk of answer!.body as AsyncIterable<Buffer>) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as { pid: number; startedAt: number };
}

/** The pool's pre-started agents (its internals, read for the tests only). */
function warm(): Map<string, { launching: Promise<{ agent: { pid: number } } | undefined> }> {
  return (s.pool as unknown as { warm: ReturnType<typeof warm> }).warm;
}

/** The pid of the latest pre-started agent, once it answers /ping. */
async function warmPid(): Promise<number> {
  const launched = await [...warm().values()].at(-1)!.launching;
  return launched!.agent.pid;
}

test('the first invocation of a session is answered by the agent started ahead; no second process', async () => {
  s.pool.prestart(target({ session: 'placeholder' }));
  const pid = await warmPid();
  expect(s.pool.list()).toEqual([]);
  const answer = await call(target());
  expect(answer.pid).toBe(pid);
  expect(s.pool.list().map((a) => a.pid)).toEqual([pid]);
});

test('an invocation while the agent is still starting adopts it', async () => {
  s.pool.prestart(target());
  const [answer, again] = await Promise.all([call(target()), call(target())]);
  expect(again.pid).toBe(answer.pid);
  expect(warm().size).toBe(0);
  expect(s.pool.list().map((a) => a.pid)).toEqual([answer.pid]);
});

test("a newer version's pre-start stops the previous version's agent; a session of the older version starts its own", async () => {
  s.pool.prestart(target());
  const first = await warmPid();
  s.pool.prestart(target({ version: '2' }));
  await eventually(async () => (alive(first) ? undefined : true));
  const second = await warmPid();
  expect((await call(target({ version: '2' }))).pid).toBe(second);
  expect((await call(target({ session: 'session-b-0000000000000000000000000000002' }))).pid).not.toBe(first);
});

test("a pre-started agent of a deleted version is stopped by the sweep, and one never adopted after its time (the idle timeout)", async () => {
  s.pool.prestart(target());
  const deleted = await warmPid();
  s.versionExists = false;
  await eventually(async () => (alive(deleted) ? undefined : true));
  s.versionExists = true;
  s.pool.prestart(target({ version: '2', idleTimeoutSeconds: 0.3 }));
  const unused = await warmPid();
  await eventually(async () => (alive(unused) ? undefined : true));
});

test('stopAll stops a pre-started agent, whether it answers already or is still starting', async () => {
  s.pool.prestart(target());
  const started = await warmPid();
  const other = { ...target(), runtimeId: 'agent-9876543210' };
  s.pool.prestart(other);
  const starting = warmPid();
  await s.pool.stopAll();
  expect(alive(started)).toBe(false);
  const pid = await starting.catch(() => undefined);
  if (pid !== undefined) expect(alive(pid)).toBe(false);
});

test('a pre-start whose image cannot run is silent; the invocation reports the failure as before', async () => {
  const broken = await s.images.image([{ 'srv/': null }], { Entrypoint: ['node', '/srv/missing.js'], WorkingDir: '/srv' });
  const t = agentTarget(s.images, broken, SESSION);
  s.pool.prestart(t);
  await expect(call(t)).rejects.toThrow(/The agent of runtime agent version 1 \(session session-a-.*\) did not start: it exited with code 1\./);
  expect(s.pool.list()).toEqual([]);
});

test('through the HTTP API: CreateAgentRuntime starts the agent, which answers the first InvokeAgentRuntime', async () => {
  const where = { account: '000000000000', region: 'us-east-1' };
  const emulator = await startEmulator({ port: 0, agents: { startTimeoutMs: 10_000 } });
  try {
    const image = await pushImage(emulator, where, 'prestarted', { files: { 'srv/agent.js': AGENT }, entrypoint: ['node', '/srv/agent.js'], platform: 'linux/arm64' }, 'v1');
    const created = await new BedrockAgentCoreControlClient(clientOptions(emulator, where.account, where.region)).send(
      new CreateAgentRuntimeCommand({
        agentRuntimeName: 'prestarted',
        agentRuntimeArtifact: { containerConfiguration: { containerUri: image } },
        roleArn: ROLE_ARN,
        networkConfiguration: { networkMode: 'PUBLIC' },
      }),
    );
    // Long enough for a Node agent to start (tens of milliseconds), so that it is not started by the invocation.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const invokedAt = Date.now();
    const answer = await new BedrockAgentCoreClient(clientOptions(emulator, where.account, where.region)).send(
      new InvokeAgentRuntimeCommand({ agentRuntimeArn: created.agentRuntimeArn, runtimeSessionId: SESSION, payload: Buffer.from('{}'), contentType: 'application/json' }),
    );
    const body = JSON.parse(await answer.response!.transformToString()) as { startedAt: number };
    expect(body.startedAt).toBeLessThan(invokedAt);
  } finally {
    await emulator.stop();
  }
});
