/**
 * The machine's python3, resolved once past a version manager's shim: the same executable and
 * the same environment as through the shim, asked once per name and environment, the command
 * unchanged whenever that cannot be confirmed; and the /ping wait, quick at first, still timing out.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { interpreterCommand, resolveInterpreter } from '../../../src/emulator/agents/interpreter.js';
import type { Command } from '../../../src/emulator/agents/launch.js';
import { AgentFailure, AgentProcess, freePort, pingDelay } from '../../../src/emulator/agents/process.js';
import { AgentPool, type AgentTarget } from '../../../src/emulator/agents/pool.js';
import { invokeAgent } from '../../../src/emulator/agents/invocation.js';
import { alive } from '../../helpers/agent-image.js';
import { eventually } from '../services/agentcore/fixtures.js';
import { agentTarget, MemoryImages } from './image-source.js';

/** The executable the machine's python3 runs (itself perhaps behind a shim). */
const REAL_PYTHON = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
/** Prints what a started agent sees: its interpreter, directory and environment. */
const SHOW = 'import json, os, sys; print(json.dumps({"executable": sys.executable, "cwd": os.getcwd(), "env": dict(os.environ)}))';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'interpreter-test-'));
  mkdirSync(join(dir, 'agent'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A `python3` shim in its own directory: logs each start, sets variables as pyenv's does, then `exec`s `line`. */
function shim(name: string, line = `exec "${REAL_PYTHON}" "$@"`): { path: string; starts: () => number } {
  const bin = join(dir, name);
  mkdirSync(bin);
  const log = join(bin, 'starts.log');
  const script = ['#!/bin/sh', `echo started >> "${log}"`, 'export SHIM_VERSION=3.x', 'export SHIM_DIR="$(pwd)"', `PATH="${bin}/versions:$PATH"`, line, ''];
  writeFileSync(join(bin, 'python3'), script.join('\n'));
  chmodSync(join(bin, 'python3'), 0o755);
  return { path: bin, starts: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0) };
}

function command(pathDirs: string, extra: Record<string, string> = {}): Command {
  return { command: 'python3', args: ['-c', SHOW], cwd: join(dir, 'agent'), env: { PATH: `${pathDirs}:${process.env.PATH ?? ''}`, PORT: '8123', GREETING: 'hi', ...extra } };
}

function run(c: Command): unknown {
  return JSON.parse(execFileSync(c.command, c.args, { cwd: c.cwd, env: c.env, encoding: 'utf8' }));
}

test("a shim on PATH is resolved to the executable it runs, in the environment it gives, the agent's own directory included", async () => {
  const { path } = shim('pyenv');
  const plain = command(path);
  expect(interpreterCommand(plain)).toBe(plain);
  const resolved = await resolveInterpreter(plain);
  expect(resolved.command).toBe(REAL_PYTHON);
  expect(resolved).toMatchObject({ args: plain.args, cwd: plain.cwd });
  expect(resolved.env).toMatchObject({ SHIM_VERSION: '3.x', SHIM_DIR: plain.cwd, PORT: '8123', GREETING: 'hi', PATH: `${path}/versions:${plain.env.PATH}` });
  // What the agent sees is what it saw through the shim.
  expect(run(resolved)).toEqual(run(plain));
  expect(interpreterCommand(plain)).toEqual(resolved);
});

test('the interpreter is asked once per name and environment; another PORT shares the answer, another environment asks again', async () => {
  const { path, starts } = shim('cached');
  const plain = command(path);
  const [first, second] = await Promise.all([resolveInterpreter(plain), resolveInterpreter(plain)]);
  expect(starts()).toBe(1);
  expect(second).toEqual(first);
  const otherPort = { ...plain, env: { ...plain.env, PORT: '9000' } };
  expect(interpreterCommand(otherPort)).toEqual({ ...first, env: { ...first.env, PORT: '9000' } });
  expect((await resolveInterpreter(otherPort)).command).toBe(REAL_PYTHON);
  expect(starts()).toBe(1);
  await resolveInterpreter(command(path, { GREETING: 'other' }));
  expect(starts()).toBe(2);
});

test('the command is kept as it is when the interpreter cannot be resolved, or its shim adds an option or changes directory', async () => {
  const missing = command(join(dir, 'nothing-here'), { PATH: join(dir, 'nothing-here') });
  expect(await resolveInterpreter(missing)).toBe(missing);
  const failing = command(shim('failing', 'exit 3').path);
  expect(await resolveInterpreter(failing)).toBe(failing);
  const chatty = command(shim('chatty', 'echo not json').path);
  expect(await resolveInterpreter(chatty)).toBe(chatty);
  const option = command(shim('option', `exec "${REAL_PYTHON}" -X dev "$@"`).path);
  expect(await resolveInterpreter(option)).toBe(option);
  const moving = command(shim('moving', `cd / && exec "${REAL_PYTHON}" "$@"`).path);
  expect(await resolveInterpreter(moving)).toBe(moving);
  // Once tried, it stays as it is: the shim is not asked on every start.
  expect(interpreterCommand(failing)).toBe(failing);
});

test("an image's own program and other interpreters are never resolved or run to ask", async () => {
  const { path, starts } = shim('untouched');
  const inImage = { ...command(path), command: join(path, 'python3') };
  expect(await resolveInterpreter(inImage)).toBe(inImage);
  const node = { ...command(path), command: 'node' };
  expect(await resolveInterpreter(node)).toBe(node);
  expect(starts()).toBe(0);
});

test("the pool's first session starts through the shim; the next ones start the resolved interpreter with the same environment", async () => {
  const { path, starts } = shim('pool');
  const agent = [
    'import json, os, sys',
    'from http.server import BaseHTTPRequestHandler, HTTPServer',
    'class H(BaseHTTPRequestHandler):',
    '    def do_GET(self):',
    '        self.send_response(200); self.end_headers()',
    '    def do_POST(self):',
    '        body = json.dumps({"executable": sys.executable, "shim": os.environ.get("SHIM_VERSION"), "dir": os.environ.get("SHIM_DIR"), "cwd": os.getcwd()}).encode()',
    '        self.send_response(200); self.send_header("content-type", "application/json"); self.send_header("content-length", str(len(body))); self.end_headers(); self.wfile.write(body)',
    'HTTPServer(("127.0.0.1", int(os.environ["PORT"])), H).serve_forever()',
    '',
  ].join('\n');
  const images = new MemoryImages();
  const digest = await images.image([{ 'app/': null, 'app/agent.py': agent }], { Entrypoint: ['python3', '/app/agent.py'] });
  const saved = process.env.PATH;
  process.env.PATH = `${path}:${saved ?? ''}`;
  const pool = new AgentPool({ startTimeoutMs: 10_000, workDir: join(dir, 'pool') });
  try {
    const target = (session: string): AgentTarget => agentTarget(images, digest, session);
    const call = async (session: string) => {
      const answer = await invokeAgent(pool, target(session), { headers: { 'content-type': 'application/json' }, body: Buffer.from('{}'), allowlist: [] });
      const chunks: Buffer[] = [];
      for await (const chunk of answer!.body as AsyncIterable<Buffer>) chunks.push(chunk);
      return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, string>;
    };
    const first = await call('session-a-0000000000000000000000000000001');
    // The resolution, made after the first agent answered, in the environment the pool gives the agent (less PORT).
    const asThePool: Command = { command: 'python3', args: [], cwd: dir, env: { AWS_REGION: 'us-east-1', AWS_DEFAULT_REGION: 'us-east-1', PORT: '0', PATH: process.env.PATH ?? '' } };
    await eventually(async () => (interpreterCommand(asThePool).command === REAL_PYTHON ? true : undefined), 10_000);
    // The first agent's start and the resolution went through the shim.
    expect(starts()).toBe(2);
    const second = await call('session-b-0000000000000000000000000000002');
    expect(starts()).toBe(2);
    expect(first).toMatchObject({ executable: REAL_PYTHON, shim: '3.x', dir: first.cwd });
    expect(second).toMatchObject({ executable: REAL_PYTHON, shim: '3.x', dir: second.cwd });
  } finally {
    process.env.PATH = saved;
    await pool.stopAll();
  }
});

test('the /ping wait retries within a few milliseconds at first, then less often, up to every 50 ms', () => {
  expect(pingDelay(0)).toBeLessThanOrEqual(5);
  const waited = [0, 10, 50, 100, 200, 400, 1000, 5000, 30_000];
  const delays = waited.map(pingDelay);
  expect(delays).toEqual([...delays].sort((a, b) => a - b));
  // An agent that listens after 100 ms is seen within about a tenth of that.
  expect(pingDelay(100)).toBeLessThanOrEqual(15);
  expect(delays.at(-1)).toBe(50);
});

test('an agent that never answers /ping still fails after the start timeout with its message, and is stopped', async () => {
  const pidFile = join(dir, 'pid');
  const port = await freePort();
  const logFile = join(dir, 'agent.log');
  const started = Date.now();
  const failure = await AgentProcess.start(
    {
      command: process.execPath,
      args: ['-e', `require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setInterval(() => {}, 1000);`],
      cwd: dir,
      env: { PATH: process.env.PATH ?? '' },
      port,
      logFile,
      label: 'runtime silent version 1',
    },
    1000,
  ).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(AgentFailure);
  expect((failure as Error).message).toBe(`The agent of runtime silent version 1 did not answer GET /ping on port ${port} within 1 s. Its log is ${logFile}.`);
  expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  expect(alive(Number(readFileSync(pidFile, 'utf8')))).toBe(false);
});
