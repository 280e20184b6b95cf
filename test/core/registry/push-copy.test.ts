/**
 * The registry client against the in-process emulator: pushes of OCI layouts and copies
 * between registries, with the real ECR SDK for login and for checking the results.
 */
import { CreateRepositoryCommand, DescribeImagesCommand, ECRClient, SetRepositoryPolicyCommand } from '@aws-sdk/client-ecr';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeClock } from '../../../src/testing/fake-clock.js';
import { RecordingLogger } from '../../../src/testing/recording-logger.js';
import { OciRegistry } from '../../../src/core/registry/client.js';
import { writeOciLayout } from '../../../src/core/registry/build-layout.js';
import { copyImage } from '../../../src/core/registry/copy.js';
import { loginToEcr } from '../../../src/core/registry/ecr-login.js';
import { pushOciLayout } from '../../../src/core/registry/push-layout.js';
import type { EcrRegistryData } from '../../../src/emulator/services/ecr/store.js';
import type { RunningEmulator } from '../../../src/emulator/server.js';
import { clientOptions, control, useTestEmulator } from '../../helpers/emulator.js';

const DEV = { account: '111111111111', region: 'us-west-2' };
const PROD = { account: '333333333333', region: 'us-east-1' };

let emulator: RunningEmulator;
let work: string;
// endpointEnv: the product's SDK clients find the emulator the way the actions do, through AWS_ENDPOINT_URL.
useTestEmulator((started) => (emulator = started), { reset: true, endpointEnv: true });
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'push-'));
});
afterEach(() => rm(work, { recursive: true, force: true }));

const ecr = (where: { account: string; region: string }) => new ECRClient(clientOptions(emulator, where.account, where.region));

function login(where: { account: string; region: string }, options: { registryId?: string; logger?: RecordingLogger; chunkSize?: number; clock?: FakeClock } = {}) {
  return loginToEcr(
    { ecr: new ECRClient(clientOptions(emulator, where.account, where.region)), region: where.region },
    {
      registryId: options.registryId ?? where.account,
      logger: options.logger ?? new RecordingLogger(),
      mask: () => undefined,
      ...(options.chunkSize ? { chunkSize: options.chunkSize } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
    },
  );
}

function blobUploads(where: { account: string; region: string }, repository: string): Record<string, number> {
  return emulator.state.scope<EcrRegistryData>('ecr', where.account, where.region, () => ({ repositories: {} })).repositories[repository]!.blobUploads;
}

async function describeDigests(where: { account: string; region: string }, repository: string): Promise<Array<[string, string[]]>> {
  const { imageDetails } = await ecr(where).send(new DescribeImagesCommand({ repositoryName: repository }));
  return (imageDetails ?? []).map((d) => [d.imageDigest!, d.imageTags ?? []]);
}

async function agentLayout(dir = join(work, 'layout'), size = 2048) {
  return writeOciLayout(dir, { files: { 'app/main.py': 'print("agent")\n', 'app/model.bin': randomBytes(size) }, entrypoint: ['/app/main.py'], platform: 'linux/arm64' });
}

test('pushing a layout puts its digest in ECR; a second push uploads nothing and changes nothing', async () => {
  await ecr(DEV).send(new CreateRepositoryCommand({ repositoryName: 'support-bot' }));
  const built = await agentLayout();
  const client = await login(DEV);
  const logger = new RecordingLogger();
  const first = await pushOciLayout(client, 'support-bot', join(work, 'layout'), { tag: 'abc123', platform: 'linux/arm64', logger });
  expect(first).toMatchObject({ digest: built.digest, changed: true, imageUri: `111111111111.dkr.ecr.us-west-2.amazonaws.com/support-bot@${built.digest}` });
  expect(first.uploaded.sort()).toEqual([built.config.digest, built.layer.digest].sort());
  expect(await describeDigests(DEV, 'support-bot')).toEqual([[built.digest, ['abc123']]]);
  const again = await pushOciLayout(client, 'support-bot', join(work, 'layout'), { tag: 'abc123', platform: 'linux/arm64', logger });
  expect(again).toMatchObject({ digest: built.digest, changed: false, uploaded: [] });
  const newTag = await pushOciLayout(client, 'support-bot', join(work, 'layout'), { tag: 'live', platform: 'linux/arm64', logger });
  expect(newTag).toMatchObject({ changed: true, uploaded: [] });
  expect(Object.values(blobUploads(DEV, 'support-bot'))).toEqual([1, 1]);
});

test('blobs over the chunk size go up in chunks and arrive intact', async () => {
  await ecr(DEV).send(new CreateRepositoryCommand({ repositoryName: 'big' }));
  const built = await agentLayout(join(work, 'layout'), 300_000);
  const client = await login(DEV, { chunkSize: 64 * 1024 });
  await pushOciLayout(client, 'big', join(work, 'layout'), { logger: new RecordingLogger() });
  const requests = await control<Array<{ service: string; operation: string }>>(emulator, 'GET', 'requests?service=registry');
  expect(requests.filter((r) => r.operation === 'UploadChunk').length).toBeGreaterThanOrEqual(4);
  expect(await client.hasBlob('big', built.layer.digest)).toBe(true);
  expect(await describeDigests(DEV, 'big')).toEqual([[built.digest, []]]);
});

test('a missing repository says to run setup-env', async () => {
  await agentLayout();
  const client = await login(DEV);
  await expect(pushOciLayout(client, 'nope', join(work, 'layout'), { tag: 'v1', logger: new RecordingLogger() })).rejects.toThrow(
    'repository "nope" does not exist in registry 111111111111.dkr.ecr.us-west-2.amazonaws.com. Run setup-env to create it.',
  );
});

test('an IMMUTABLE tag that points elsewhere is refused, naming both digests', async () => {
  await ecr(DEV).send(new CreateRepositoryCommand({ repositoryName: 'frozen', imageTagMutability: 'IMMUTABLE' }));
  const client = await login(DEV);
  const first = await agentLayout(join(work, 'one'));
  const second = await agentLayout(join(work, 'two'));
  await pushOciLayout(client, 'frozen', join(work, 'one'), { tag: 'v1', logger: new RecordingLogger() });
  await expect(pushOciLayout(client, 'frozen', join(work, 'two'), { tag: 'v1', logger: new RecordingLogger() })).rejects.toThrow(
    `Tag "v1" of 111111111111.dkr.ecr.us-west-2.amazonaws.com/frozen is immutable and already points at ${first.digest}; this image is ${second.digest}.`,
  );
});

test('credentials the registry refuses give a UserError that says to log in again', async () => {
  await ecr(DEV).send(new CreateRepositoryCommand({ repositoryName: 'app' }));
  await agentLayout();
  const client = new OciRegistry({ endpoint: emulator.url, registry: '111111111111.dkr.ecr.us-west-2.amazonaws.com', username: 'AWS', password: 'stale', logger: new RecordingLogger() });
  await expect(pushOciLayout(client, 'app', join(work, 'layout'), { logger: new RecordingLogger() })).rejects.toThrow(
    /failed: HTTP 401\. The registry 111111111111\.dkr\.ecr\.us-west-2\.amazonaws\.com refused the credentials: ECR tokens last 12 hours/,
  );
});

test('a 5xx is retried after a backoff on the injected clock, and the push goes through', async () => {
  await ecr(DEV).send(new CreateRepositoryCommand({ repositoryName: 'flaky' }));
  const built = await agentLayout();
  const clock = new FakeClock();
  const logger = new RecordingLogger();
  const client = await login(DEV, { clock, logger });
  await control(emulator, 'POST', 'faults', { service: 'registry', operation: 'StartUpload', kind: 'error500', count: 1 });
  await control(emulator, 'POST', 'faults', { service: 'registry', operation: 'PutManifest', kind: 'error500', count: 1 });
  await pushOciLayout(client, 'flaky', join(work, 'layout'), { logger });
  expect(clock.sleeps).toHaveLength(2);
  expect(logger.lines.filter((l) => l.includes('retrying in'))).toHaveLength(2);
  expect(await describeDigests(DEV, 'flaky')).toEqual([[built.digest, []]]);
});

test('copying to another account in another region keeps the digest and uploads no blob twice', async () => {
  await ecr(DEV).send(new CreateRepositoryCommand({ repositoryName: 'support-bot' }));
  await ecr(PROD).send(new CreateRepositoryCommand({ repositoryName: 'support-bot' }));
  const built = await agentLayout();
  const dev = await login(DEV);
  await pushOciLayout(dev, 'support-bot', join(work, 'layout'), { tag: 'abc123', logger: new RecordingLogger() });
  const prod = await login(PROD);
  const logger = new RecordingLogger();
  const copied = await copyImage({ source: { client: dev, repository: 'support-bot' }, target: { client: prod, repository: 'support-bot' }, digest: built.digest, tag: 'abc123', logger });
  expect(copied).toMatchObject({ digest: built.digest, changed: true, mounted: [], skipped: [], imageUri: `333333333333.dkr.ecr.us-east-1.amazonaws.com/support-bot@${built.digest}` });
  expect(copied.uploaded).toHaveLength(2);
  expect(await describeDigests(PROD, 'support-bot')).toEqual([[built.digest, ['abc123']]]);
  const again = await copyImage({ source: { client: dev, repository: 'support-bot' }, target: { client: prod, repository: 'support-bot' }, digest: built.digest, tag: 'abc123', logger });
  expect(again.changed).toBe(false);
  const retag = await copyImage({ source: { client: dev, repository: 'support-bot' }, target: { client: prod, repository: 'support-bot' }, digest: built.digest, tag: 'live', logger });
  expect(retag).toMatchObject({ changed: true, uploaded: [] });
  expect(Object.values(blobUploads(PROD, 'support-bot'))).toEqual([1, 1]);
  expect(Object.values(blobUploads(DEV, 'support-bot'))).toEqual([1, 1]);
});

test('within one registry a copy mounts blobs instead of sending them', async () => {
  await ecr(DEV).send(new CreateRepositoryCommand({ repositoryName: 'builds' }));
  await ecr(DEV).send(new CreateRepositoryCommand({ repositoryName: 'releases' }));
  const built = await agentLayout();
  const dev = await login(DEV);
  await pushOciLayout(dev, 'builds', join(work, 'layout'), { logger: new RecordingLogger() });
  const copied = await copyImage({ source: { client: dev, repository: 'builds' }, target: { client: dev, repository: 'releases' }, digest: built.digest, logger: new RecordingLogger() });
  expect(copied).toMatchObject({ uploaded: [], changed: true });
  expect(copied.mounted).toHaveLength(2);
  expect(blobUploads(DEV, 'releases')).toEqual({});
  expect(await describeDigests(DEV, 'releases')).toEqual([[built.digest, []]]);
  // By digest alone, a second copy and a second push name the image as repo@sha256:… and do nothing.
  const logger = new RecordingLogger();
  const again = await copyImage({ source: { client: dev, repository: 'builds' }, target: { client: dev, repository: 'releases' }, digest: built.digest, logger });
  expect(again).toMatchObject({ changed: false, uploaded: [], mounted: [] });
  await pushOciLayout(dev, 'builds', join(work, 'layout'), { logger });
  expect(logger.lines).toEqual([
    `111111111111.dkr.ecr.us-west-2.amazonaws.com/releases@${built.digest} is already in the registry; nothing to copy`,
    `111111111111.dkr.ecr.us-west-2.amazonaws.com/builds@${built.digest} is already in the registry; nothing to push`,
  ]);
});

test("the target account pulls from the source account's registry when its policy allows it", async () => {
  await ecr(DEV).send(new CreateRepositoryCommand({ repositoryName: 'support-bot' }));
  await ecr(PROD).send(new CreateRepositoryCommand({ repositoryName: 'support-bot' }));
  const built = await agentLayout();
  await pushOciLayout(await login(DEV), 'support-bot', join(work, 'layout'), { logger: new RecordingLogger() });
  const prodInDev = { account: PROD.account, region: DEV.region };
  const source = await login(prodInDev, { registryId: DEV.account });
  const target = await login(PROD);
  const copy = () => copyImage({ source: { client: source, repository: 'support-bot' }, target: { client: target, repository: 'support-bot' }, digest: built.digest, logger: new RecordingLogger() });
  await expect(copy()).rejects.toThrow(/HTTP 403 DENIED.*repository policy of 111111111111\.dkr\.ecr\.us-west-2\.amazonaws\.com\/support-bot to allow this account/);
  await ecr(DEV).send(
    new SetRepositoryPolicyCommand({
      repositoryName: 'support-bot',
      policyText: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: PROD.account }, Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }] }),
    }),
  );
  await expect(copy()).resolves.toMatchObject({ digest: built.digest, changed: true });
  expect(await describeDigests(PROD, 'support-bot')).toEqual([[built.digest, []]]);
});
