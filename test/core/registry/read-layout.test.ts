import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeOciLayout } from '../../../src/core/registry/build-layout.js';
import { MediaType, sha256 } from '../../../src/core/registry/oci.js';
import { readOciLayout } from '../../../src/core/registry/push-layout.js';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'read-layout-'));
});
afterEach(() => rm(work, { recursive: true, force: true }));

/** A layout holding an arm64 and an amd64 image, both listed in index.json. */
async function twoPlatformLayout(): Promise<{ arm: string; amd: string }> {
  const arm = await writeOciLayout(work, { files: { a: 'arm' }, platform: 'linux/arm64' });
  const amd = await writeOciLayout(work, { files: { a: 'amd' }, platform: 'linux/amd64' });
  await writeFile(
    join(work, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        { ...arm.manifest, platform: { os: 'linux', architecture: 'arm64' } },
        { ...amd.manifest, platform: { os: 'linux', architecture: 'amd64' } },
      ],
    }),
  );
  return { arm: arm.digest, amd: amd.digest };
}

test('an index with several images needs a platform, and then picks that one', async () => {
  const { arm, amd } = await twoPlatformLayout();
  await expect(readOciLayout(work)).rejects.toThrow(
    `${join(work, 'index.json')} lists 2 manifests (linux/arm64 (${arm}), linux/amd64 (${amd})): choose a platform to push one of them.`,
  );
  expect((await readOciLayout(work, 'linux/arm64')).digest).toBe(arm);
  expect((await readOciLayout(work, 'linux/arm64/v8')).digest).toBe(arm);
  await expect(readOciLayout(work, 'linux/s390x')).rejects.toThrow('has no manifests for linux/s390x');
});

test('an image built for another platform is refused, naming both', async () => {
  const built = await writeOciLayout(work, { files: { a: 'amd' }, platform: 'linux/amd64' });
  await expect(readOciLayout(work, 'linux/arm64')).rejects.toThrow(
    `The image in ${work} (${built.digest}) is built for linux/amd64, but linux/arm64 was requested. Build it for linux/arm64, e.g. buildah build --platform linux/arm64.`,
  );
});

test('a nested index (docker buildx) is followed, skipping its attestation manifest', async () => {
  const image = await writeOciLayout(work, { files: { a: 'arm' }, platform: 'linux/arm64' });
  const attestation = await writeOciLayout(join(work, 'scratch'), { files: { b: 'att' }, platform: 'linux/arm64' });
  const nested = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.ociIndex,
      manifests: [
        { ...image.manifest, platform: { os: 'linux', architecture: 'arm64' } },
        { ...attestation.manifest, platform: { os: 'unknown', architecture: 'unknown' }, annotations: { 'vnd.docker.reference.type': 'attestation-manifest' } },
      ],
    }),
  );
  await writeFile(join(work, 'blobs', 'sha256', sha256(nested).slice(7)), nested);
  await writeFile(join(work, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: MediaType.ociIndex, digest: sha256(nested), size: nested.length }] }));
  expect((await readOciLayout(work, 'linux/arm64')).digest).toBe(image.digest);
});

test('a blob whose bytes do not match its digest is refused', async () => {
  const built = await writeOciLayout(work, { files: { a: 'x' }, platform: 'linux/arm64' });
  const path = join(work, 'blobs', 'sha256', built.manifest.digest.slice(7));
  await writeFile(path, (await readFile(path, 'utf8')).replace('"schemaVersion":2', '"schemaVersion": 2'));
  await expect(readOciLayout(work)).rejects.toThrow(`Blob ${path} is corrupt`);
});

test('a directory that is no OCI layout says what is missing', async () => {
  await expect(readOciLayout(work)).rejects.toThrow(`The oci-layout file is missing: ${join(work, 'oci-layout')}. Expected an OCI image layout`);
});
