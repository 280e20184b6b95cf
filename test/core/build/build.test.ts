import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { packTar } from 'modern-tar/fs';
import { buildLayout, type BuildRequest } from '../../../src/core/build/build.js';
import type { CommandRunner } from '../../../src/core/build/command.js';
import { RecordingLogger } from '../../../src/testing/recording-logger.js';
import { writeOciLayout } from '../../../src/core/registry/build-layout.js';
import { readOciLayout } from '../../../src/core/registry/push-layout.js';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'build-unit-'));
});
afterEach(() => rm(work, { recursive: true, force: true }));

const AGENT = resolve('examples/agent');
const image = { files: { 'app/main.py': 'print("hi")\n' }, platform: 'linux/arm64' };

interface FakeRunner extends CommandRunner {
  calls: string[][];
}

/** Answers like a builder: prints lines, then does `act` (e.g. writes the output) and exits with `code`. */
function fakeRunner(lines: string[], code = 0, act: (args: string[]) => Promise<void> = async () => undefined): FakeRunner {
  const calls: string[][] = [];
  return {
    calls,
    has: async () => true,
    run: async (program, args, options) => {
      calls.push([program, ...args]);
      for (const line of lines) options.onLine(line);
      await act(args);
      return code;
    },
  };
}

function request(overrides: Partial<BuildRequest>): BuildRequest {
  return {
    builder: 'buildah',
    spec: { context: AGENT, dockerfile: join(AGENT, 'Dockerfile'), platform: 'linux/arm64', buildArgs: {}, labels: {} },
    tag: 'abc1234',
    localName: 'localhost/agentcore-actions/bot:abc1234',
    workDir: work,
    runner: fakeRunner([]),
    logger: new RecordingLogger(),
    ...overrides,
  };
}

test('docker buildx: its OCI tar is unpacked into a layout the registry client reads', async () => {
  const source = join(work, 'source');
  const built = await writeOciLayout(source, image);
  const runner = fakeRunner(['#1 building', '#2 DONE'], 0, async (args) => {
    const dest = /type=oci,dest=(.+)$/.exec(args.find((a) => a.startsWith('type=oci'))!)![1]!;
    await pipeline(packTar(source), createWriteStream(dest));
  });
  const logger = new RecordingLogger();
  const layout = await buildLayout(request({ builder: 'docker', runner, logger }));
  expect(runner.calls.map((c) => c.slice(0, 3))).toEqual([['docker', 'buildx', 'build']]);
  expect((await readOciLayout(layout, 'linux/arm64')).digest).toBe(built.digest);
  expect(logger.lines).toEqual(expect.arrayContaining(['#1 building', '#2 DONE']));
});

test('buildah: build, then push to an OCI layout in the work directory', async () => {
  const runner = fakeRunner([]);
  const layout = await buildLayout(request({ runner }));
  expect(layout).toBe(join(work, 'layout'));
  expect(runner.calls.map((c) => c.slice(0, 4))).toEqual([
    ['buildah', '--storage-driver', 'vfs', 'build'],
    ['buildah', '--storage-driver', 'vfs', 'push'],
  ]);
  expect(runner.calls[1]!.at(-1)).toBe(`oci:${join(work, 'layout')}:abc1234`);
});

test("a failed build shows the builder's last lines and what to do", async () => {
  const lines = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`);
  const runner = fakeRunner(lines, 125);
  const error = (await buildLayout(request({ runner })).catch((e: unknown) => e)) as Error;
  expect(error.name).toBe('UserError');
  const [head, ...rest] = error.message.split('\n');
  expect(head).toBe(
    'buildah build failed with exit code 125. Fix the Dockerfile or the build context where its last lines show the build stopped; the command logged above reproduces it locally.',
  );
  expect(rest).toEqual(['Its last lines:', ...lines.slice(10).map((l) => `  ${l}`)]);
  expect(runner.calls).toHaveLength(1);
});

test('a builder that cannot start is a user error', async () => {
  const runner: CommandRunner = { has: async () => false, run: async () => Promise.reject(new Error('Unable to locate executable file: buildah')) };
  await expect(buildLayout(request({ runner }))).rejects.toThrow('Could not start buildah: Unable to locate executable file: buildah. Fix the Dockerfile');
});

test('a missing Dockerfile fails before any builder runs', async () => {
  const runner = fakeRunner([]);
  const dockerfile = join(work, 'nope', 'Dockerfile');
  await expect(buildLayout(request({ runner, spec: { ...request({}).spec, dockerfile } }))).rejects.toThrow(
    `Dockerfile not found: ${dockerfile}. Set the input "dockerfile" (default <context>/Dockerfile) or "context" to where it is.`,
  );
  expect(runner.calls).toEqual([]);
});

test('oci-layout needs an existing directory and runs nothing', async () => {
  const runner = fakeRunner([]);
  await expect(buildLayout(request({ builder: 'oci-layout', runner }))).rejects.toThrow('Input "oci-layout" is required with builder: oci-layout');
  await expect(buildLayout(request({ builder: 'oci-layout', ociLayout: join(work, 'missing'), runner }))).rejects.toThrow(
    `Input "oci-layout": ${join(work, 'missing')} is not a directory.`,
  );
  expect(await buildLayout(request({ builder: 'oci-layout', ociLayout: work, runner }))).toBe(work);
  expect(runner.calls).toEqual([]);
});
