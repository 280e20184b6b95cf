import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImageCache, readImage } from '../../../src/emulator/agents/unpack.js';
import { MemoryImages } from './image-source.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'unpack-test-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test('layers are applied in order, with OCI whiteouts and opaque directories; the config gives what to run', async () => {
  const images = new MemoryImages();
  const digest = await images.image(
    [
      { 'app/': null, 'app/main.py': 'v1', 'app/old.py': 'old', 'cache/': null, 'cache/a': 'a', 'cache/b': 'b' },
      { 'app/main.py': 'v2', 'app/.wh.old.py': '', 'cache/.wh..wh..opq': '', 'cache/c': 'c' },
    ],
    { Entrypoint: ['python3'], Cmd: ['/app/main.py'], Env: ['A=1', 'PATH=/usr/bin'], WorkingDir: '/app' },
  );
  const image = readImage(images, digest)!;
  expect(image.config).toEqual({ architecture: 'arm64', entrypoint: ['python3'], cmd: ['/app/main.py'], env: ['A=1', 'PATH=/usr/bin'], workingDir: '/app' });
  const unpacked = await new ImageCache(root).unpack(images, image);
  expect(readFileSync(join(unpacked.rootfs, 'app/main.py'), 'utf8')).toBe('v2');
  expect(existsSync(join(unpacked.rootfs, 'app/old.py'))).toBe(false);
  expect(existsSync(join(unpacked.rootfs, 'app/.wh.old.py'))).toBe(false);
  expect(existsSync(join(unpacked.rootfs, 'cache/a'))).toBe(false);
  expect(readFileSync(join(unpacked.rootfs, 'cache/c'), 'utf8')).toBe('c');
});

test('an image is unpacked once per digest; uncompressed layers work too', async () => {
  const images = new MemoryImages();
  const image = readImage(images, await images.image([{ 'f.txt': 'one' }], { Cmd: ['x'] }, 'arm64', false))!;
  const cache = new ImageCache(root);
  const first = await cache.unpack(images, image);
  rmSync(join(first.rootfs, 'f.txt'));
  const again = await new ImageCache(root).unpack(images, image);
  expect(again.rootfs).toBe(first.rootfs);
  // Not unpacked a second time: the file removed after the first unpack stays removed.
  expect(existsSync(join(again.rootfs, 'f.txt'))).toBe(false);
});

test('an entry that climbs out of the image is refused, and nothing is written outside it', async () => {
  const images = new MemoryImages();
  const image = readImage(images, await images.image([{ '../escaped.txt': 'x', 'ok.txt': 'y' }], { Cmd: ['x'] }))!;
  await expect(new ImageCache(root).unpack(images, image)).rejects.toThrow(/Cannot unpack the layers of sha256:[0-9a-f]{64}: .*escaped\.txt/);
  expect(existsSync(join(root, 'escaped.txt'))).toBe(false);
  expect(existsSync(join(root, 'images', 'escaped.txt'))).toBe(false);
});

test("an index leads to its linux/arm64 image, AgentCore's platform; a manifest without config is nothing to run", async () => {
  const images = new MemoryImages();
  const amd = await images.image([{ 'which': 'amd64' }], { Cmd: ['x'] }, 'amd64');
  const arm = await images.image([{ 'which': 'arm64' }], { Cmd: ['x'] }, 'arm64');
  const index = images.manifest(
    {
      schemaVersion: 2,
      manifests: [
        { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: amd, size: 1, platform: { os: 'linux', architecture: 'amd64' } },
        { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: arm, size: 1, platform: { os: 'linux', architecture: 'arm64' } },
      ],
    },
    'application/vnd.oci.image.index.v1+json',
  );
  expect(readImage(images, index)?.digest).toBe(arm);
  const bare = images.manifest({ schemaVersion: 2, tag: 'x' }, 'application/vnd.oci.image.manifest.v1+json');
  expect(readImage(images, bare)).toBeUndefined();
});

test('a missing layer is an error that names it', async () => {
  const images = new MemoryImages();
  const image = readImage(images, await images.image([{ 'a': 'a' }], { Cmd: ['x'] }))!;
  images.blobs.delete(image.layers[0]!);
  await expect(new ImageCache(root).unpack(images, image)).rejects.toThrow(`The blob ${image.layers[0]} is missing from the registry.`);
});
