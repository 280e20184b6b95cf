import { execFile, execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { packTar, type TarEntry } from 'modern-tar';
import { AgentFailure } from './process.js';
import type { Command } from './launch.js';
import { blobBytes, manifestBytes, type ImageRecord, type ImageSource } from './unpack.js';

/**
 * The `--container docker|podman` option: the image runs in a real container. The image goes
 * from the emulator's registry to the engine as an OCI archive (`<engine> load`), and
 * `<engine> run` in the foreground is the agent's process, so starting, /ping, logs and
 * stopping work as for an unpacked image.
 */
export type ContainerEngine = 'docker' | 'podman';
export const CONTAINER_ENGINES: readonly ContainerEngine[] = ['docker', 'podman'];

const run = promisify(execFile);
/** The port agents listen on inside a container: AgentCore's contract. */
const CONTAINER_PORT = 8080;

/** Throws a message saying what to do when the engine cannot run containers here. */
export function checkEngine(engine: ContainerEngine): void {
  try {
    execFileSync(engine, ['info'], { stdio: 'pipe', timeout: 15_000 });
  } catch (error) {
    const detail = (error as { stderr?: Buffer }).stderr?.toString('utf8').trim() || (error instanceof Error ? error.message : String(error));
    throw new Error(
      `--container ${engine}: ${engine} cannot run containers on this machine (${detail.split('\n')[0]}). ` +
        'Install and start it, or leave the option out: the emulator then runs the agent\'s code from the unpacked image.',
    );
  }
}

/** The local name an image is loaded under. */
function localName(digest: string): string {
  return `localhost/agentcore-emulator:${digest.slice('sha256:'.length, 'sha256:'.length + 16)}`;
}

async function loadImage(engine: ContainerEngine, source: ImageSource, image: ImageRecord, workDir: string): Promise<string> {
  const name = localName(image.digest);
  const manifest = manifestBytes(source, image.digest);
  const blobs = [image.configDigest, ...image.layers].map((d) => ({ digest: d, bytes: blobBytes(source, d) }));
  // docker reads the name from containerd's annotation, podman from the OCI one.
  const index = {
    schemaVersion: 2,
    manifests: [
      {
        mediaType: manifest.mediaType,
        digest: image.digest,
        size: manifest.bytes.length,
        annotations: { 'io.containerd.image.name': name, 'org.opencontainers.image.ref.name': name.split(':')[1] },
      },
    ],
  };
  const file = (path: string, body: Uint8Array | string): TarEntry => {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    return { header: { name: path, type: 'file', size: bytes.length, mode: 0o644 }, body: bytes };
  };
  const entries = [
    file('oci-layout', JSON.stringify({ imageLayoutVersion: '1.0.0' })),
    file('index.json', JSON.stringify(index)),
    file(`blobs/sha256/${image.digest.slice(7)}`, manifest.bytes),
    ...blobs.map((b) => file(`blobs/sha256/${b.digest.slice(7)}`, b.bytes)),
  ];
  const archive = join(workDir, `${image.digest.slice(7, 23)}.oci.tar`);
  await writeFile(archive, await packTar(entries));
  try {
    await run(engine, ['load', '-i', archive], { timeout: 300_000 });
  } catch (error) {
    throw new AgentFailure(`${engine} load failed: ${(error as { stderr?: string }).stderr?.trim() || String(error)}`);
  }
  return name;
}

/** `<engine> run` for the image, with the runtime's variables and the agent's port published on the machine. */
export async function engineCommand(
  engine: ContainerEngine,
  source: ImageSource,
  image: ImageRecord,
  env: Record<string, string>,
  port: number,
  workDir: string,
): Promise<Command> {
  const name = await loadImage(engine, source, image, workDir);
  const inner = { ...env, PORT: String(CONTAINER_PORT) };
  // `-e NAME` takes the value from the CLI's environment, so no value shows in the process list.
  const variables = Object.keys(inner).flatMap((key) => ['-e', key]);
  const machine = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
  return {
    command: engine,
    args: ['run', '--rm', '--init', '-p', `127.0.0.1:${port}:${CONTAINER_PORT}`, ...variables, name],
    cwd: workDir,
    env: { ...machine, ...inner },
  };
}
