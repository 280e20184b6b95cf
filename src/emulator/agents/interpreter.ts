import { execFile } from 'node:child_process';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute } from 'node:path';
import type { Command } from './launch.js';

/**
 * The machine's Python that an entrypoint names (`python3`, found on PATH), resolved to the
 * executable it runs and the environment it runs in. On many machines `python3` on PATH is a
 * version manager's shim (pyenv, asdf): a script that picks the interpreter, sets variables and
 * execs it, at a cost of about 100 ms per start. Asking the interpreter itself once, with the
 * agent's environment, lets later agents start it directly: the same executable, the same
 * environment. Anything that cannot be confirmed keeps the command as the image names it.
 */

/** What the interpreter reports: its executable, its own argv, its directory and the environment it was started with. */
const REPORT = [
  'import json, os, sys',
  'try:',
  '    with open("/proc/self/environ", "rb") as f:',
  '        pairs = [p.split(b"=", 1) for p in f.read().split(b"\\0") if b"=" in p]',
  '    env = {os.fsdecode(k): os.fsdecode(v) for k, v in pairs}',
  // Elsewhere than Linux, os.environ (which may hold Python's own locale coercion).
  'except OSError:',
  '    env = dict(os.environ)',
  'print(json.dumps({"executable": sys.executable, "argv": getattr(sys, "orig_argv", None), "cwd": os.getcwd(), "env": env}))',
].join('\n');
const PYTHON = /^python\d*(\.\d+)?$/;
const RESOLVE_TIMEOUT_MS = 10_000;

/** How a shim's command runs without the shim. */
interface Resolution {
  executable: string;
  /** Variables the shim set or changed, and those it removed. */
  set: Record<string, string>;
  unset: string[];
  /** Variables the shim set to its working directory (as PWD): the agent's directory for the agent. */
  cwdVars: string[];
}

/** Per interpreter name and environment: every session of a runtime shares one. */
const resolutions = new Map<string, { done: Promise<unknown>; value?: Resolution }>();

/**
 * The environment decides what a shim picks (PATH, its own variables), so it is part of the
 * key; PORT is not, as every session has its own. Undefined for a command that is not the
 * machine's Python: an image's own program (a path) or another interpreter.
 */
function keyOf(command: Command): string | undefined {
  if (!PYTHON.test(command.command)) return undefined;
  const env = Object.entries(command.env)
    .filter(([name]) => name !== 'PORT')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${command.command}\0${JSON.stringify(env)}`;
}

/** The command to start: its resolved interpreter when that is known, else the command unchanged. */
export function interpreterCommand(command: Command): Command {
  const key = keyOf(command);
  const resolution = key === undefined ? undefined : resolutions.get(key)?.value;
  if (!resolution) return command;
  const env = { ...command.env, ...resolution.set };
  for (const name of resolution.unset) delete env[name];
  // As the shim would see it: the directory's own path (getcwd), without a trailing slash or links.
  for (const name of resolution.cwdVars) env[name] = realDir(command.cwd);
  return { ...command, command: resolution.executable, env };
}

/**
 * Resolves the command's interpreter, once per name and environment; resolves to
 * interpreterCommand's answer afterwards. Never rejects. It is asked in the temp directory
 * (where images are unpacked by default), outside any image, so that no image's files (a
 * `.python-version`) choose the machine's interpreter for the others, and so that no pool's
 * removed directory fails it.
 */
export async function resolveInterpreter(command: Command): Promise<Command> {
  const key = keyOf(command);
  if (key === undefined) return command;
  let entry = resolutions.get(key);
  if (!entry) {
    const created: { done: Promise<unknown>; value?: Resolution } = {
      done: ask(command, tmpdir()).then((value) => {
        if (value) created.value = value;
      }),
    };
    entry = created;
    resolutions.set(key, entry);
  }
  await entry.done;
  return interpreterCommand(command);
}

function ask(command: Command, resolveIn: string): Promise<Resolution | undefined> {
  return new Promise((resolve) => {
    execFile(command.command, ['-c', REPORT], { cwd: resolveIn, env: command.env, timeout: RESOLVE_TIMEOUT_MS }, (error, stdout) => {
      resolve(error ? undefined : resolution(stdout, command.env, resolveIn));
    });
  });
}

/** The report's resolution, or undefined unless it shows a plain start of an executable: no added arguments, no other directory. */
function resolution(stdout: string, passed: Record<string, string>, resolveIn: string): Resolution | undefined {
  let report: { executable?: unknown; argv?: unknown; cwd?: unknown; env?: unknown };
  try {
    // The last line: a sitecustomize may print before it.
    report = JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as typeof report;
  } catch {
    return undefined;
  }
  const { executable, argv, cwd, env } = report;
  if (typeof executable !== 'string' || !isAbsolute(executable) || !isFile(executable)) return undefined;
  // Before Python 3.10 there is no orig_argv to show that the shim added no option (as -X dev).
  if (!Array.isArray(argv) || argv.length !== 3 || argv[1] !== '-c' || argv[2] !== REPORT) return undefined;
  const dirs = new Set([resolveIn, realDir(resolveIn)]);
  if (typeof cwd !== 'string' || !dirs.has(cwd)) return undefined;
  if (typeof env !== 'object' || env === null) return undefined;
  const seen = env as Record<string, unknown>;
  const result: Resolution = { executable, set: {}, unset: Object.keys(passed).filter((name) => !(name in seen)), cwdVars: [] };
  for (const [name, value] of Object.entries(seen)) {
    if (typeof value !== 'string' || passed[name] === value) continue;
    if (dirs.has(value)) result.cwdVars.push(name);
    else result.set[name] = value;
  }
  return result;
}

/** A directory's own path (no links), or the path as given when it is gone. */
function realDir(path: string): string {
  return existsSync(path) ? realpathSync(path) : path;
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}
