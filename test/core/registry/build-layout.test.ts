import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unpackTar } from 'modern-tar';
import { readFileTree, writeOciLayout } from '../../../src/core/registry/build-layout.js';
import { MediaType } from '../../../src/core/registry/oci.js';
import { readOciLayout } from '../../../src/core/registry/push-layout.js';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'layout-'));
});
afterEach(() => rm(work, { recursive: true, force: true }));

const spec = {
  files: { 'app/main.py': 'print("hi")\n', 'app/agent.json': '{"name":"demo"}', 'README.txt': 'x' },
  entrypoint: ['python3', '/app/main.py'],
  env: { PORT: '8080', LOG_LEVEL: 'info' },
  platform: 'linux/arm64',
  labels: { 'org.opencontainers.image.title': 'demo' },
};

test('the same inputs give the same digest, in any key order and any directory', async () => {
  const first = await writeOciLayout(join(work, 'a'), spec);
  const reordered = { ...spec, files: { 'README.txt': 'x', 'app/agent.json': '{"name":"demo"}', 'app/main.py': 'print("hi")\n' }, env: { LOG_LEVEL: 'info', PORT: '8080' } };
  const second = await writeOciLayout(join(work, 'b'), reordered);
  expect(second.digest).toBe(first.digest);
  const changed = await writeOciLayout(join(work, 'c'), { ...spec, files: { ...spec.files, 'app/main.py': 'print("bye")\n' } });
  expect(changed.digest).not.toBe(first.digest);
});

test('the layer is a sorted tar with directories, fixed mtimes and root ownership', async () => {
  const built = await writeOciLayout(work, spec);
  const layer = await readFile(join(work, 'blobs', 'sha256', built.layer.digest.slice(7)));
  const entries = await unpackTar(gunzipSync(layer));
  expect(entries.map((e) => e.header.name)).toEqual(['README.txt', 'app/', 'app/agent.json', 'app/main.py']);
  for (const entry of entries) {
    expect(entry.header.mtime?.getTime()).toBe(0);
    expect([entry.header.uid, entry.header.gid]).toEqual([0, 0]);
  }
  expect(Buffer.from(entries[3]!.data!).toString('utf8')).toBe('print("hi")\n');
});

test('readOciLayout reads back one linux/arm64 image with its config', async () => {
  const built = await writeOciLayout(work, spec);
  const image = await readOciLayout(work, 'linux/arm64');
  expect(image).toMatchObject({ digest: built.digest, mediaType: MediaType.ociManifest, platform: { os: 'linux', architecture: 'arm64' } });
  const config = JSON.parse(await readFile(join(work, 'blobs', 'sha256', image.config.digest.slice(7)), 'utf8')) as { config: Record<string, unknown> };
  expect(config.config).toEqual({ Env: ['LOG_LEVEL=info', 'PORT=8080'], Entrypoint: ['python3', '/app/main.py'], Labels: { 'org.opencontainers.image.title': 'demo' } });
  expect(JSON.parse(await readFile(join(work, 'oci-layout'), 'utf8'))).toEqual({ imageLayoutVersion: '1.0.0' });
});

test('paths that leave the image, or name the same file twice, are refused', async () => {
  await expect(writeOciLayout(work, { ...spec, files: { '../etc/passwd': 'x' } })).rejects.toThrow('Invalid image path "../etc/passwd"');
  await expect(writeOciLayout(work, { ...spec, files: { '/app/a': 'x', 'app/a': 'y' } })).rejects.toThrow('The image path "app/a" is given twice.');
});

test('readFileTree gives the files of a directory keyed by their relative paths', async () => {
  await writeOciLayout(join(work, 'tree'), spec);
  await writeFile(join(work, 'tree', 'extra.txt'), 'extra');
  const files = await readFileTree(join(work, 'tree'));
  expect(Object.keys(files).sort()).toEqual(expect.arrayContaining(['extra.txt', 'index.json', 'oci-layout']));
  expect(files['extra.txt']!.toString('utf8')).toBe('extra');
});
