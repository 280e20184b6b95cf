import { CreateRepositoryCommand, DescribeImagesCommand, ECRClient, GetAuthorizationTokenCommand, SetRepositoryPolicyCommand } from '@aws-sdk/client-ecr';
import { randomBytes } from 'node:crypto';
import { issuePassword } from '../../../../src/emulator/services/ecr/access.js';
import type { EcrRegistryData } from '../../../../src/emulator/services/ecr/store.js';
import type { RunningEmulator } from '../../../../src/emulator/server.js';
import { MediaType, sha256 } from '../../../../src/core/registry/oci.js';
import { clientOptions, control, startTestEmulator } from '../../../helpers/emulator.js';

const OWNER = '111111111111';
const OTHER = '222222222222';
const REGION = 'us-west-2';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
beforeEach(() => control(emulator, 'POST', 'reset'));

const ecr = (account = OWNER, region = REGION) => new ECRClient(clientOptions(emulator, account, region));

/** Basic credentials from GetAuthorizationToken, as `docker login` would use them. */
async function basicAuth(account = OWNER, registryIds?: string[], region = REGION): Promise<string> {
  const { authorizationData } = await ecr(account, region).send(new GetAuthorizationTokenCommand(registryIds ? { registryIds } : {}));
  return `Basic ${authorizationData![0]!.authorizationToken!}`;
}

/** Creates a repository of the owner; returns the owner's registry auth, which every push to it needs. */
async function createRepository(name: string, tagMutability: 'MUTABLE' | 'IMMUTABLE' = 'MUTABLE'): Promise<string> {
  await ecr().send(new CreateRepositoryCommand({ repositoryName: name, imageTagMutability: tagMutability }));
  return basicAuth();
}

function call(method: string, path: string, auth: string | undefined, body?: Buffer | string, headers: Record<string, string> = {}): Promise<Response> {
  const url = path.startsWith('http') ? path : `${emulator.url}${path}`;
  return fetch(url, { method, headers: { ...(auth ? { authorization: auth } : {}), ...headers }, ...(body !== undefined ? { body } : {}) });
}

async function errorCode(response: Response): Promise<string | undefined> {
  return ((await response.json()) as { errors?: Array<{ code: string }> }).errors?.[0]?.code;
}

async function pushBlob(auth: string, repository: string, bytes: Buffer): Promise<string> {
  const digest = sha256(bytes);
  const response = await call('POST', `/v2/${repository}/blobs/uploads/?digest=${digest}`, auth, bytes);
  expect(response.status).toBe(201);
  return digest;
}

/** Pushes a config and a layer, and answers the manifest that uses them. */
async function pushImageBlobs(auth: string, repository: string, label = 'x'): Promise<{ manifest: string; digest: string; layer: string }> {
  const config = Buffer.from(JSON.stringify({ architecture: 'arm64', os: 'linux', config: { Labels: { label } } }));
  const layer = randomBytes(300);
  const configDigest = await pushBlob(auth, repository, config);
  const layerDigest = await pushBlob(auth, repository, layer);
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    config: { mediaType: MediaType.ociConfig, digest: configDigest, size: config.length },
    layers: [{ mediaType: MediaType.ociLayerGzip, digest: layerDigest, size: layer.length }],
  });
  return { manifest, digest: sha256(Buffer.from(manifest)), layer: layerDigest };
}

function repositoryState(account: string, name: string) {
  return emulator.state.scope<EcrRegistryData>('ecr', account, REGION, () => ({ repositories: {} })).repositories[name]!;
}

test('GET /v2/ challenges with Basic auth, and answers 200 to an ECR token', async () => {
  const anonymous = await call('GET', '/v2/', undefined);
  expect(anonymous.status).toBe(401);
  expect(anonymous.headers.get('www-authenticate')).toMatch(/^Basic realm="http:\/\/127\.0\.0\.1:\d+\/"/);
  expect(await errorCode(anonymous)).toBe('UNAUTHORIZED');
  const ok = await call('GET', '/v2/', await basicAuth());
  expect(ok.status).toBe(200);
  expect(ok.headers.get('docker-distribution-api-version')).toBe('registry/2.0');
  const forged = await call('GET', '/v2/', `Basic ${Buffer.from('AWS:made-up.password').toString('base64')}`);
  expect(forged.status).toBe(401);
});

test('an expired token is refused with ECR\'s message', async () => {
  const password = issuePassword(emulator.state, { registryAccount: OWNER, region: REGION, callerAccount: OWNER, callerArn: `arn:aws:iam::${OWNER}:root`, expiresAt: Date.now() - 1 });
  const response = await call('GET', '/v2/', `Basic ${Buffer.from(`AWS:${password}`).toString('base64')}`);
  expect(response.status).toBe(401);
  expect(await response.text()).toContain('Your authorization token has expired');
});

test('a monolithic upload stores the blob; HEAD and GET serve it by digest', async () => {
  const auth = await createRepository('app');
  const bytes = randomBytes(1000);
  const digest = sha256(bytes);
  const created = await call('POST', `/v2/app/blobs/uploads/?digest=${digest}`, auth, bytes);
  expect(created.status).toBe(201);
  expect(created.headers.get('docker-content-digest')).toBe(digest);
  expect(created.headers.get('location')).toBe(`${emulator.url}/v2/app/blobs/${digest}`);
  const head = await call('HEAD', `/v2/app/blobs/${digest}`, auth);
  expect(head.status).toBe(200);
  expect(head.headers.get('content-length')).toBe('1000');
  const get = await call('GET', `/v2/app/blobs/${digest}`, auth);
  expect(Buffer.from(await get.arrayBuffer()).equals(bytes)).toBe(true);
  const missing = await call('GET', `/v2/app/blobs/${sha256(Buffer.from('nothing'))}`, auth);
  expect(missing.status).toBe(404);
  expect(await errorCode(missing)).toBe('BLOB_UNKNOWN');
});

test('a chunked upload: POST a session, PATCH ranges in order, PUT with the digest', async () => {
  const auth = await createRepository('app');
  const bytes = randomBytes(2500);
  const started = await call('POST', '/v2/app/blobs/uploads/', auth);
  expect(started.status).toBe(202);
  let location = started.headers.get('location')!;
  expect(location).toMatch(/\/v2\/app\/blobs\/uploads\/[0-9a-f-]{36}$/);
  const first = await call('PATCH', location, auth, bytes.subarray(0, 1000), { 'content-range': '0-999', 'content-type': 'application/octet-stream' });
  expect(first.status).toBe(202);
  expect(first.headers.get('range')).toBe('0-999');
  location = first.headers.get('location')!;
  const outOfOrder = await call('PATCH', location, auth, bytes.subarray(2000), { 'content-range': '2000-2499' });
  expect(outOfOrder.status).toBe(416);
  expect(outOfOrder.headers.get('range')).toBe('0-999');
  const second = await call('PATCH', location, auth, bytes.subarray(1000, 2000), { 'content-range': '1000-1999' });
  expect(second.status).toBe(202);
  const done = await call('PUT', `${second.headers.get('location')}?digest=${sha256(bytes)}`, auth, bytes.subarray(2000));
  expect(done.status).toBe(201);
  const get = await call('GET', `/v2/app/blobs/${sha256(bytes)}`, auth);
  expect(Buffer.from(await get.arrayBuffer()).equals(bytes)).toBe(true);
  expect(repositoryState(OWNER, 'app').blobUploads).toEqual({ [sha256(bytes)]: 1 });
});

test('content that does not match its digest is DIGEST_INVALID, monolithic or chunked', async () => {
  const auth = await createRepository('app');
  const wrong = sha256(Buffer.from('something else'));
  const monolithic = await call('POST', `/v2/app/blobs/uploads/?digest=${wrong}`, auth, Buffer.from('payload'));
  expect(monolithic.status).toBe(400);
  expect(await errorCode(monolithic)).toBe('DIGEST_INVALID');
  const started = await call('POST', '/v2/app/blobs/uploads/', auth);
  const finished = await call('PUT', `${started.headers.get('location')}?digest=${wrong}`, auth, Buffer.from('payload'));
  expect(finished.status).toBe(400);
  expect(await errorCode(finished)).toBe('DIGEST_INVALID');
  expect(repositoryState(OWNER, 'app').blobs).toEqual({});
});

test('pushing to a repository that does not exist is 404 NAME_UNKNOWN: ECR creates none on push', async () => {
  const response = await call('POST', '/v2/nope/blobs/uploads/', await basicAuth());
  expect(response.status).toBe(404);
  expect(await errorCode(response)).toBe('NAME_UNKNOWN');
});

test('manifests: PUT by tag records an image; GET and HEAD by tag and by digest; DescribeImages shows it', async () => {
  const auth = await createRepository('app');
  const image = await pushImageBlobs(auth, 'app');
  const put = await call('PUT', '/v2/app/manifests/v1', auth, image.manifest, { 'content-type': MediaType.ociManifest });
  expect(put.status).toBe(201);
  expect(put.headers.get('docker-content-digest')).toBe(image.digest);
  for (const reference of ['v1', image.digest]) {
    const get = await call('GET', `/v2/app/manifests/${reference}`, auth, undefined, { accept: MediaType.ociManifest });
    expect(get.status).toBe(200);
    expect(get.headers.get('content-type')).toBe(MediaType.ociManifest);
    expect(get.headers.get('docker-content-digest')).toBe(image.digest);
    expect(await get.text()).toBe(image.manifest);
  }
  const head = await call('HEAD', '/v2/app/manifests/v1', auth);
  expect(head.headers.get('docker-content-digest')).toBe(image.digest);
  expect((await call('GET', '/v2/app/manifests/v2', auth)).status).toBe(404);
  const { imageDetails } = await ecr().send(new DescribeImagesCommand({ repositoryName: 'app', imageIds: [{ imageTag: 'v1' }] }));
  expect(imageDetails![0]).toMatchObject({ imageDigest: image.digest, imageTags: ['v1'], imageManifestMediaType: MediaType.ociManifest });
  const tags = await call('GET', '/v2/app/tags/list', auth);
  expect(await tags.json()).toEqual({ name: 'app', tags: ['v1'] });
});

test('a manifest that references a blob the repository lacks is MANIFEST_BLOB_UNKNOWN; garbage is MANIFEST_INVALID', async () => {
  await createRepository('app');
  const auth = await createRepository('other');
  const image = await pushImageBlobs(auth, 'other');
  const orphan = await call('PUT', '/v2/app/manifests/v1', auth, image.manifest, { 'content-type': MediaType.ociManifest });
  expect(orphan.status).toBe(400);
  expect(await errorCode(orphan)).toBe('MANIFEST_BLOB_UNKNOWN');
  const garbage = await call('PUT', '/v2/app/manifests/v1', auth, '{"schemaVersion":', { 'content-type': MediaType.ociManifest });
  expect(garbage.status).toBe(400);
  expect(await errorCode(garbage)).toBe('MANIFEST_INVALID');
});

test('an index pushes after the manifests it lists, and not before', async () => {
  const auth = await createRepository('app');
  const image = await pushImageBlobs(auth, 'app');
  const index = JSON.stringify({
    schemaVersion: 2,
    mediaType: MediaType.ociIndex,
    manifests: [{ mediaType: MediaType.ociManifest, digest: image.digest, size: image.manifest.length, platform: { os: 'linux', architecture: 'arm64' } }],
  });
  const early = await call('PUT', '/v2/app/manifests/multi', auth, index, { 'content-type': MediaType.ociIndex });
  expect(await errorCode(early)).toBe('MANIFEST_BLOB_UNKNOWN');
  await call('PUT', `/v2/app/manifests/${image.digest}`, auth, image.manifest, { 'content-type': MediaType.ociManifest });
  const later = await call('PUT', '/v2/app/manifests/multi', auth, index, { 'content-type': MediaType.ociIndex });
  expect(later.status).toBe(201);
  const { imageDetails } = await ecr().send(new DescribeImagesCommand({ repositoryName: 'app' }));
  expect(imageDetails?.map((d) => [d.imageManifestMediaType, d.imageTags ?? []])).toEqual([
    [MediaType.ociManifest, []],
    [MediaType.ociIndex, ['multi']],
  ]);
});

test('an IMMUTABLE repository answers TAG_INVALID when a tag would move, and accepts the same digest again', async () => {
  const auth = await createRepository('frozen', 'IMMUTABLE');
  const first = await pushImageBlobs(auth, 'frozen', 'first');
  const second = await pushImageBlobs(auth, 'frozen', 'second');
  expect((await call('PUT', '/v2/frozen/manifests/v1', auth, first.manifest, { 'content-type': MediaType.ociManifest })).status).toBe(201);
  expect((await call('PUT', '/v2/frozen/manifests/v1', auth, first.manifest, { 'content-type': MediaType.ociManifest })).status).toBe(201);
  const moved = await call('PUT', '/v2/frozen/manifests/v1', auth, second.manifest, { 'content-type': MediaType.ociManifest });
  expect(moved.status).toBe(400);
  const body = (await moved.json()) as { errors: Array<{ code: string; message: string }> };
  expect(body.errors[0]).toMatchObject({ code: 'TAG_INVALID', message: expect.stringContaining('cannot be overwritten because the repository is immutable') });
});

test("another account pulls with a token for the owner's registry only when the repository policy allows it, and never pushes", async () => {
  const ownerAuth = await createRepository('shared');
  const image = await pushImageBlobs(ownerAuth, 'shared');
  await call('PUT', '/v2/shared/manifests/v1', ownerAuth, image.manifest, { 'content-type': MediaType.ociManifest });
  const otherAuth = await basicAuth(OTHER, [OWNER]);
  const denied = await call('GET', '/v2/shared/manifests/v1', otherAuth);
  expect(denied.status).toBe(403);
  expect(await errorCode(denied)).toBe('DENIED');
  await ecr().send(
    new SetRepositoryPolicyCommand({
      repositoryName: 'shared',
      policyText: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: [`arn:aws:iam::${OTHER}:root`] }, Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }],
      }),
    }),
  );
  const manifest = await call('GET', '/v2/shared/manifests/v1', otherAuth);
  expect(manifest.status).toBe(200);
  expect(await manifest.text()).toBe(image.manifest);
  expect((await call('GET', `/v2/shared/blobs/${image.layer}`, otherAuth)).status).toBe(200);
  const push = await call('POST', '/v2/shared/blobs/uploads/', otherAuth);
  expect(push.status).toBe(403);
  expect(await errorCode(push)).toBe('DENIED');
  // The other account's own token opens its own (empty) registry, where "shared" does not exist.
  expect((await call('GET', '/v2/shared/manifests/v1', await basicAuth(OTHER))).status).toBe(404);
});

test('a cross-repository mount shares a blob within one registry without an upload', async () => {
  await createRepository('source');
  const auth = await createRepository('target');
  const digest = await pushBlob(auth, 'source', randomBytes(64));
  const mounted = await call('POST', `/v2/target/blobs/uploads/?mount=${digest}&from=source`, auth);
  expect(mounted.status).toBe(201);
  expect(mounted.headers.get('docker-content-digest')).toBe(digest);
  expect((await call('HEAD', `/v2/target/blobs/${digest}`, auth)).status).toBe(200);
  expect(repositoryState(OWNER, 'target').blobUploads).toEqual({});
  // A blob the source lacks falls back to an upload session.
  const fallback = await call('POST', `/v2/target/blobs/uploads/?mount=${sha256(Buffer.from('absent'))}&from=source`, auth);
  expect(fallback.status).toBe(202);
});

test('a Docker v2 manifest keeps its media type from push to pull and in DescribeImages', async () => {
  const auth = await createRepository('app');
  const oci = JSON.parse((await pushImageBlobs(auth, 'app')).manifest) as { config: object; layers: object[] };
  const manifest = JSON.stringify({ schemaVersion: 2, mediaType: MediaType.dockerManifest, config: oci.config, layers: oci.layers });
  const digest = sha256(Buffer.from(manifest));
  const put = await call('PUT', `/v2/app/manifests/${digest}`, auth, manifest, { 'content-type': MediaType.dockerManifest });
  expect(put.status).toBe(201);
  const get = await call('GET', `/v2/app/manifests/${digest}`, auth, undefined, { accept: MediaType.dockerManifest });
  expect(get.headers.get('content-type')).toBe(MediaType.dockerManifest);
  const wrongDigest = await call('PUT', `/v2/app/manifests/${sha256(Buffer.from('other'))}`, auth, manifest, { 'content-type': MediaType.dockerManifest });
  expect(await errorCode(wrongDigest)).toBe('DIGEST_INVALID');
  const { imageDetails } = await ecr().send(new DescribeImagesCommand({ repositoryName: 'app', imageIds: [{ imageDigest: digest }] }));
  expect(imageDetails![0]!.imageManifestMediaType).toBe(MediaType.dockerManifest);
});
