import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { arch } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { imagePath, type UnpackedImage } from './unpack.js';

/**
 * How an unpacked image's entrypoint and cmd run on this machine. The emulator runs the
 * agent's code, not the image's operating system: image paths that exist in the unpacked image
 * refer into it, and a program the image does not hold (or holds for another CPU, as an arm64
 * python3 on an x86 machine) comes from the machine's PATH.
 */
export interface Command {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
}

/** ELF e_machine of the CPUs Node runs on. */
const ELF_MACHINE: Record<string, number> = { x64: 0x3e, arm64: 0xb7, ia32: 0x03, arm: 0x28 };

/** Is this file a program for a CPU other than the machine's? */
function foreignBinary(path: string): boolean {
  const header = Buffer.alloc(20);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    if (readSync(fd, header, 0, 20, 0) < 20) return false;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (header.readUInt32BE(0) !== 0x7f454c46) return false;
  const machine = ELF_MACHINE[arch()];
  return machine !== undefined && header.readUInt16LE(18) !== machine;
}

function runnable(path: string | undefined): path is string {
  return path !== undefined && statSync(path).isFile() && !foreignBinary(path);
}

/** `NAME=value` pairs as a record; later pairs win, as in a container. */
function parseEnv(pairs: readonly string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at > 0) env[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return env;
}

/** The program argv[0] names: in the image when it holds a runnable one, else the machine's. */
function program(image: UnpackedImage, name: string, imagePathDirs: string[]): string {
  if (name.startsWith('/')) {
    const local = imagePath(image.rootfs, name);
    return runnable(local) ? local : basename(name);
  }
  if (name.includes('/')) return join(image.rootfs, image.config.workingDir ?? '/', name);
  for (const dir of imagePathDirs) {
    const local = imagePath(image.rootfs, `${dir}/${name}`);
    if (runnable(local)) return local;
  }
  return name;
}

/**
 * The command for an image, or undefined when it has neither entrypoint nor cmd (such an
 * image is answered by the emulator's canned behaviour). `env` is what AgentCore adds on top of
 * the image's Env: the runtime's environment variables, the region and PORT.
 */
export function imageCommand(image: UnpackedImage, env: Record<string, string>, machinePath: string): Command | undefined {
  const argv = [...image.config.entrypoint, ...image.config.cmd];
  if (argv.length === 0) return undefined;
  const imageEnv = parseEnv(image.config.env);
  const imagePathDirs = (imageEnv.PATH ?? '').split(':').filter((dir) => dir.startsWith('/'));
  const localPathDirs = imagePathDirs.map((dir) => imagePath(image.rootfs, dir)).filter((dir): dir is string => dir !== undefined);
  const cwd = join(image.rootfs, image.config.workingDir ?? '/');
  // A container runtime creates a missing WorkingDir; so does the emulator.
  if (!existsSync(cwd)) mkdirSync(cwd, { recursive: true });
  return {
    command: program(image, argv[0]!, imagePathDirs),
    args: argv.slice(1).map((arg) => imagePath(image.rootfs, arg) ?? arg),
    cwd,
    env: { ...imageEnv, ...env, PATH: [...localPathDirs, machinePath].filter((p) => p !== '').join(delimiter) },
  };
}
