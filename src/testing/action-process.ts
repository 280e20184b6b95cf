/**
 * Runs the bundled actions as processes with the runner's contract; shared by the integration
 * tests (test/helpers/action-runner.ts) and `npm run demo`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** Variables exported through GITHUB_ENV. */
  exported: Record<string, string>;
  summary: string;
  /** What the step saved for its post step (GITHUB_STATE). */
  state: Record<string, string>;
  /** Everything the process wrote, for secret searches. */
  files: string;
  /** With `cancel`: the signals sent, and the time from the first one to the exit (undefined when none was sent). */
  signals: NodeJS.Signals[];
  cancelToExitMs?: number;
}

/**
 * A cancel the way the runner does it: `signal` (SIGINT by default; SIGKILL for a step killed
 * outright) once `when` holds for the output so far, then SIGTERM 7.5 s later and SIGKILL 2.5 s
 * after that, to a process still alive.
 */
export interface CancelPlan {
  when: (stdout: string) => boolean;
  signal?: 'SIGINT' | 'SIGTERM' | 'SIGKILL';
}

export const RUNNER_TERM_AFTER_MS = 7500;
export const RUNNER_KILL_AFTER_MS = 2500;

export interface RunOptions {
  inputs?: Record<string, string>;
  /** Extra environment (AWS_ENDPOINT_URL, credentials, GITHUB_* context). */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** dist/<name>/index.js by default; 'root' runs dist/index.js (the command dispatcher). */
  entry?: string;
  /** Called with each chunk of stdout as it arrives, e.g. to act when a phase starts. */
  onStdout?: (chunk: string) => void;
  cancel?: CancelPlan;
  /** Run the post entry (post.js) with what the main step saved, as the runner runs post steps. */
  post?: { state: Record<string, string> };
}

// Two levels up from src/demo/ (tests) and from dist/demo/ (the bundled demo) alike.
const repoRoot = resolve(import.meta.dirname, '..', '..');

/** Parses the runner's file-command format: `name=value` lines or `name<<DELIM` heredocs. */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) body.push(lines[i]!);
      values[name!] = body.join('\n');
    } else if (line.includes('=')) {
      values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return values;
}

/**
 * Runs a bundled action as a process the way the runner does: INPUT_<NAME> (upper-cased,
 * hyphens kept) and the GITHUB_OUTPUT/ENV/STATE/STEP_SUMMARY files. Async, so an
 * in-process emulator keeps serving while the action runs.
 */
export async function runDistAction(name: string, options: RunOptions = {}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), `action-${name}-`));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_PATH: join(dir, 'path'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const inputEnv = Object.fromEntries(Object.entries(options.inputs ?? {}).map(([key, value]) => [`INPUT_${key.toUpperCase()}`, value]));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries({
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    AWS_EC2_METADATA_DISABLED: 'true',
    // The SDK warns on Node < 22 about its future releases: that is the harness's Node, not node24, the actions' runtime.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    GITHUB_WORKSPACE: options.cwd ?? process.cwd(),
    ...files,
    ...inputEnv,
    ...options.env,
  })) {
    if (value !== undefined) env[key] = value;
  }
  for (const [key, value] of Object.entries(options.post?.state ?? {})) env[`STATE_${key}`] = value;
  const file = options.post ? 'post.js' : 'index.js';
  const script = options.entry === 'root' ? join(repoRoot, 'dist', file) : join(repoRoot, 'dist', name, file);
  const node = process.env.ACTION_NODE || process.execPath;
  const child = spawn(node, [script], { cwd: options.cwd ?? process.cwd(), env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const signals: NodeJS.Signals[] = [];
  let cancelledAt: number | undefined;
  let exitedAt: number | undefined;
  const timers: NodeJS.Timeout[] = [];
  const send = (signal: NodeJS.Signals) => {
    if (exitedAt !== undefined) return;
    signals.push(signal);
    child.kill(signal);
  };
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    options.onStdout?.(chunk.toString());
    if (options.cancel && cancelledAt === undefined && options.cancel.when(stdout)) {
      cancelledAt = Date.now();
      send(options.cancel.signal ?? 'SIGINT');
      timers.push(setTimeout(() => send('SIGTERM'), RUNNER_TERM_AFTER_MS));
      timers.push(setTimeout(() => send('SIGKILL'), RUNNER_TERM_AFTER_MS + RUNNER_KILL_AFTER_MS));
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.on('exit', () => (exitedAt = Date.now()));
  const code = await new Promise<number | null>((resolveExit) => child.on('close', resolveExit));
  for (const timer of timers) clearTimeout(timer);
  const read = (file: string) => readFileSync(file, 'utf8');
  try {
    return {
      code,
      stdout,
      stderr,
      outputs: parseFileCommands(read(files.GITHUB_OUTPUT)),
      exported: parseFileCommands(read(files.GITHUB_ENV)),
      summary: read(files.GITHUB_STEP_SUMMARY),
      state: parseFileCommands(read(files.GITHUB_STATE)),
      files: Object.values(files).map(read).join('\n'),
      signals,
      ...(cancelledAt !== undefined && exitedAt !== undefined ? { cancelToExitMs: exitedAt - cancelledAt } : {}),
    };
  } finally {
    // The run's files are in the result: leave no directory per run behind.
    rmSync(dir, { recursive: true, force: true });
  }
}
