/**
 * The agent pool with a small Node agent (node comes from the machine, its script from the
 * image): one process per session, the idle timeout, the max lifetime, deleted versions, a
 * crash mid-request, and nothing left running after stopAll.
 */
import { AgentPool, type AgentTarget } from '../../../src/emulator/agents/pool.js';
import { invokeAgent } from '../../../src/emulator/agents/invocation.js';
import { alive } from '../../helpers/agent-image.js';
import { eventually } from '../services/agentcore/fixtures.js';
import { agentTarget, usePoolWithNodeAgent } from './image-source.js';

/** Answers /ping, echoes /invocations with $GREETING, and dies on a payload of "crash". */
const AGENT = `
const http = require('node:http');
http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/ping') return res.end('{"status":"Healthy"}');
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    if (body === 'crash') { process.stderr.write('boom: the agent fell over\\n'); process.exit(7); }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ greeting: process.env.GREETING, port: process.env.PORT, cwd: process.cwd(), body, session: req.headers['x-amzn-bedrock-agentcore-runtime-session-id'] }));
  });
}).listen(Number(process.env.PORT || 8080), '127.0.0.1');
`;

const s = usePoolWithNodeAgent(AGENT, { Env: ['GREETING=from-image'] });

function target(session: string, overrides: Partial<AgentTarget> = {}): AgentTarget {
  return agentTarget(s.images, s.digest, session, { alive: () => s.versionExists, ...overrides });
}

const SESSION_A = 'session-a-0000000000000000000000000000001';
const SESSION_B = 'session-b-0000000000000000000000000000002';

async function call(t: AgentTarget, body: string) {
  const answer = await invokeAgent(s.pool, t, { headers: { 'content-type': 'application/json' }, body: Buffer.from(body), allowlist: [] });
  const chunks: Buffer[] = [];
  for await (const chunk of answer!.body as AsyncIterable<Buffer>) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, string>;
}

test("the agent runs from the image's working dir with the image's Env under the runtime's, on its own PORT; one process per session", async () => {
  const answer = await call(target(SESSION_A, { environmentVariables: { GREETING: 'from-runtime' } }), 'hi');
  expect(answer).toMatchObject({ greeting: 'from-runtime', body: 'hi', session: SESSION_A });
  expect(answer.cwd).toMatch(/images\/sha256-[0-9a-f]{64}\/srv$/);
  expect(Number(answer.port)).toBeGreaterThan(0);
  expect(Number(answer.port)).not.toBe(8080);
  await call(target(SESSION_A), 'again');
  expect(s.pool.list()).toHaveLength(1);
  expect((await call(target(SESSION_B), 'b')).greeting).toBe('from-image');
  const pids = s.pool.list().map((a) => a.pid!);
  expect(new Set(pids).size).toBe(2);
  await s.pool.stopAll();
  for (const pid of pids) expect(alive(pid)).toBe(false);
});

test('the idle timeout stops a session; the next invocation starts it again (a cold start)', async () => {
  const t = target(SESSION_A, { idleTimeoutSeconds: 0.3 });
  await call(t, 'x');
  const [first] = s.pool.list();
  await eventually(async () => (alive(first!.pid!) ? undefined : true));
  expect(s.pool.list()).toEqual([]);
  await call(t, 'y');
  expect(s.pool.list()[0]!.pid).not.toBe(first!.pid);
});

test('the max lifetime stops a session even while it is used', async () => {
  const t = target(SESSION_A, { maxLifetimeSeconds: 0.5 });
  await call(t, 'x');
  const [first] = s.pool.list();
  await eventually(async () => (alive(first!.pid!) ? undefined : true));
  expect(s.pool.list()).toEqual([]);
});

test('a deleted version stops its sessions', async () => {
  await call(target(SESSION_A), 'x');
  const [first] = s.pool.list();
  s.versionExists = false;
  await eventually(async () => (alive(first!.pid!) ? undefined : true));
  expect(s.pool.list()).toEqual([]);
});

test('a crash while answering is RuntimeClientError 424 with the tail of stderr', async () => {
  await expect(call(target(SESSION_A), 'crash')).rejects.toMatchObject({
    code: 'RuntimeClientError',
    status: 424,
    message: expect.stringMatching(/The agent of runtime agent version 1 \(session session-a-0+1\) exited with code 7 while answering an invocation\. Last stderr: boom: the agent fell over Its log is /),
  });
});

test('an agent that never answers /ping is stopped after the start timeout', async () => {
  await s.pool.stopAll();
  s.pool = new AgentPool({ startTimeoutMs: 500 });
  s.digest = await s.images.image([{ 'srv/': null, 'srv/agent.js': 'setInterval(() => {}, 1000);' }], { Entrypoint: ['node', '/srv/agent.js'] });
  await expect(call(target(SESSION_A), 'x')).rejects.toMatchObject({ status: 424, message: expect.stringContaining('did not answer GET /ping on port') });
  expect(s.pool.list()).toEqual([]);
});
