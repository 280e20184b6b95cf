import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The bundled emulator CLI (dist/emulator/index.js, built by `npm run build`) as users start it. */
const repoRoot = resolve(import.meta.dirname, '..', '..');
const cli = resolve(repoRoot, 'dist', 'emulator', 'index.js');

interface Started {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

/** Spawns the CLI and resolves once it prints the URL it listens on. */
function start(command: string, args: string[]): Promise<Started> {
  // Its own process group, so interrupt() can signal it the way Ctrl-C signals a terminal's foreground group.
  const child = spawn(command, args, { cwd: repoRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_offline: 'true' } });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return new Promise((done, fail) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(stdout)?.[1];
      if (url) done({ child, url, stdout: () => stdout, stderr: () => stderr, exit });
    });
    void exit.then((code) => fail(new Error(`${command} exited with ${code} before printing its URL:\n${stdout}\n${stderr}`)));
  });
}

/** Ctrl-C: SIGINT to the whole process group (npx forwards nothing, its child gets it directly). */
function interrupt(started: Started): void {
  process.kill(-started.child.pid!, 'SIGINT');
}

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [cli, ...args], { cwd: repoRoot });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.once('exit', (code) => done({ code, stdout, stderr })));
}

async function health(url: string): Promise<{ status: string; services: string[] }> {
  const response = await fetch(`${url}/_emulator/health`);
  expect(response.status).toBe(200);
  return (await response.json()) as { status: string; services: string[] };
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/emulator/index.js is missing: run `npm run build` first');
});

test('`--port 0` starts, prints its URL, answers health within 2 s of spawn, and stops with 0 on SIGINT', async () => {
  const spawnedAt = performance.now();
  const emulator = await start(process.execPath, [cli, '--port', '0']);
  const body = await health(emulator.url);
  const elapsed = Math.round(performance.now() - spawnedAt);
  // The bound; the measured time goes to the log so a slow start is visible before it fails.
  console.log(`agentcore-emulator answered /_emulator/health ${elapsed} ms after spawn`);
  expect(elapsed).toBeLessThan(2000);
  expect(body.status).toBe('ok');
  expect(body.services).toEqual(expect.arrayContaining(['agentcore', 'registry', 'ssm', 'cloudformation']));
  expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(emulator.stdout()).toContain(`export AWS_ENDPOINT_URL=${emulator.url}`);

  interrupt(emulator);
  expect(await emulator.exit).toBe(0);
  await expect(fetch(`${emulator.url}/_emulator/health`)).rejects.toThrow();
});

test('`--port abc` is a one-line error with exit code 2', async () => {
  const result = await run(['--port', 'abc']);
  expect(result.code).toBe(2);
  // Node 20 may add its own warnings on stderr; the CLI's message is one line of its own.
  const lines = result.stderr.split('\n').filter((line) => line.startsWith('agentcore-emulator:'));
  expect(lines).toEqual(['agentcore-emulator: --port takes a number from 0 to 65535, got "abc"']);
  expect(result.stdout).toBe('');
});

test('an unknown argument is refused with exit code 2 and a hint', async () => {
  const result = await run(['--verbose']);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('agentcore-emulator: unknown argument "--verbose" (try --help)');
});

test('`npx agentcore-emulator --port 0` runs the package\'s own bin from the repository', async () => {
  const emulator = await start('npx', ['--no-install', 'agentcore-emulator', '--port', '0']);
  try {
    expect((await health(emulator.url)).status).toBe('ok');
  } finally {
    interrupt(emulator);
  }
  // npm itself dies of the SIGINT (no exit code); what matters is that the emulator under it stopped.
  await emulator.exit;
  await expect(fetch(`${emulator.url}/_emulator/health`)).rejects.toThrow();
}, 20_000);
