/**
 * One run of the bundled demo shared by demo.test.ts and demo-page.test.ts, which Jest runs in
 * separate workers: the first to take the lock runs it, the other waits for its result.
 * Keyed by the bundle's mtime, so a rebuild runs it again.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface DemoRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outDir: string;
}

const repoRoot = resolve(import.meta.dirname, '..', '..');
export const demoBundle = join(repoRoot, 'dist', 'demo', 'index.js');

export async function sharedDemoRun(): Promise<DemoRun> {
  if (!existsSync(demoBundle)) throw new Error('dist/demo/index.js is missing: run npm run build first');
  const dir = join(tmpdir(), `agentcore-demo-test-${Math.floor(statSync(demoBundle).mtimeMs)}`);
  const resultFile = join(dir, 'result.json');
  try {
    mkdirSync(dir);
  } catch {
    // Another worker runs it: wait for its result.
    for (;;) {
      if (existsSync(resultFile)) return JSON.parse(readFileSync(resultFile, 'utf8')) as DemoRun;
      await new Promise((done) => setTimeout(done, 250));
    }
  }
  const outDir = join(dir, 'demo-output');
  const child = spawn(process.env.ACTION_NODE || process.execPath, [demoBundle, '--out', outDir], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const result: DemoRun = { code, stdout, stderr, outDir };
  writeFileSync(resultFile, JSON.stringify(result));
  return result;
}
