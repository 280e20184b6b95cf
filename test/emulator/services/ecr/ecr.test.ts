import {
  BatchCheckLayerAvailabilityCommand,
  BatchDeleteImageCommand,
  BatchGetImageCommand,
  CreateRepositoryCommand,
  DeleteRepositoryCommand,
  DeleteRepositoryPolicyCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  GetLifecyclePolicyCommand,
  GetRepositoryPolicyCommand,
  ImageAlreadyExistsException,
  ImageNotFoundException,
  ImageTagAlreadyExistsException,
  InvalidParameterException,
  LayersNotFoundException,
  LifecyclePolicyNotFoundException,
  ListTagsForResourceCommand,
  PutImageCommand,
  PutImageTagMutabilityCommand,
  PutLifecyclePolicyCommand,
  RepositoryAlreadyExistsException,
  RepositoryNotEmptyException,
  RepositoryNotFoundException,
  RepositoryPolicyNotFoundException,
  SetRepositoryPolicyCommand,
  TagResourceCommand,
} from '@aws-sdk/client-ecr';
import { randomBytes } from 'node:crypto';
import { RecordingLogger } from '../../../../src/testing/recording-logger.js';
import { OciRegistry } from '../../../../src/core/registry/client.js';
import { MediaType, sha256 } from '../../../../src/core/registry/oci.js';
import { describeTargets, rejectionOf, type RunningTarget } from '../../../helpers/targets.js';

const KEY = '111111111111';
const OTHER = '222222222222';
const REGION = 'eu-west-1';

/** A small image: its blobs and a manifest that references them. */
function makeImage(label: string) {
  const config = Buffer.from(JSON.stringify({ architecture: 'arm64', os: 'linux', config: { Labels: { label } }, rootfs: { type: 'layers', diff_ids: [] } }));
  const layer = randomBytes(512);
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    config: { mediaType: MediaType.ociConfig, digest: sha256(config), size: config.length },
    layers: [{ mediaType: MediaType.ociLayerGzip, digest: sha256(layer), size: layer.length }],
  });
  return { config, layer, manifest, digest: sha256(Buffer.from(manifest)), size: config.length + layer.length };
}

/** Puts an image with PutImage; on the emulator its blobs are pushed through the registry first (moto checks no blobs). */
async function seedImage(target: RunningTarget, ecr: ECRClient, repository: string, image: ReturnType<typeof makeImage>, tag: string): Promise<void> {
  if (target.name === 'emulator') {
    const auth = (await ecr.send(new GetAuthorizationTokenCommand({}))).authorizationData![0]!;
    const [username, password] = Buffer.from(auth.authorizationToken!, 'base64').toString('utf8').split(':') as [string, string];
    const client = new OciRegistry({ endpoint: auth.proxyEndpoint!, registry: 'test', username, password, logger: new RecordingLogger() });
    for (const bytes of [image.config, image.layer]) {
      await client.uploadBlob(repository, { digest: sha256(bytes), size: bytes.length, origin: 'test', open: async function* () { yield bytes; } });
    }
  }
  await ecr.send(new PutImageCommand({ repositoryName: repository, imageManifest: image.manifest, imageManifestMediaType: MediaType.ociManifest, imageTag: tag }));
}

describeTargets('ECR conformance', (target, name) => {
  const client = (key = KEY) => new ECRClient(target().clientOptions(key, REGION));

  /**
   * The digest the target gave an image. AWS's (and the emulator's) is the sha256 of the manifest
   * bytes; moto hashes the layer digests instead (see the emulator README).
   */
  async function digestOf(ecr: ECRClient, repositoryName: string, imageTag: string, image: ReturnType<typeof makeImage>): Promise<string> {
    const { imageDetails } = await ecr.send(new DescribeImagesCommand({ repositoryName, imageIds: [{ imageTag }] }));
    const digest = imageDetails![0]!.imageDigest!;
    if (name === 'emulator') expect(digest).toBe(image.digest);
    return digest;
  }

  /** A new repository holding one image tagged v1: the client that made it, and the image. */
  async function repositoryWithImage(repositoryName: string, label: string) {
    const ecr = client();
    await ecr.send(new CreateRepositoryCommand({ repositoryName }));
    const image = makeImage(label);
    await seedImage(target(), ecr, repositoryName, image, 'v1');
    return { ecr, image };
  }

  test('CreateRepository answers the repository with its URI and ARN; a second create is RepositoryAlreadyExistsException (400)', async () => {
    const ecr = client();
    const account = target().accountFor(KEY);
    const { repository } = await ecr.send(new CreateRepositoryCommand({ repositoryName: 'team/support-bot', imageTagMutability: 'IMMUTABLE' }));
    expect(repository).toMatchObject({
      repositoryName: 'team/support-bot',
      registryId: account,
      repositoryUri: `${account}.dkr.ecr.${REGION}.amazonaws.com/team/support-bot`,
      repositoryArn: `arn:aws:ecr:${REGION}:${account}:repository/team/support-bot`,
      imageTagMutability: 'IMMUTABLE',
    });
    expect(repository?.createdAt).toBeInstanceOf(Date);
    expect(Math.abs(repository!.createdAt!.getTime() - Date.now())).toBeLessThan(60_000);
    const error = await rejectionOf(ecr.send(new CreateRepositoryCommand({ repositoryName: 'team/support-bot' })));
    expect(error).toBeInstanceOf(RepositoryAlreadyExistsException);
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  test('an invalid repository name is InvalidParameterException', async () => {
    const error = await rejectionOf(client().send(new CreateRepositoryCommand({ repositoryName: 'Bad Name' })));
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.message).toMatch(/repositoryName/);
  });

  test('DescribeRepositories finds by name, and a missing name is RepositoryNotFoundException', async () => {
    const ecr = client();
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'alpha' }));
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'beta' }));
    const { repositories } = await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['beta'] }));
    expect(repositories?.map((r) => r.repositoryName)).toEqual(['beta']);
    const all = await ecr.send(new DescribeRepositoriesCommand({}));
    expect(all.repositories?.map((r) => r.repositoryName).sort()).toEqual(['alpha', 'beta']);
    const error = await rejectionOf(ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['gamma'] })));
    expect(error).toBeInstanceOf(RepositoryNotFoundException);
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  test('images: DescribeImages by tag and digest, BatchGetImage returns the manifest, a missing tag is ImageNotFoundException', async () => {
    const { ecr, image } = await repositoryWithImage('app', 'one');
    const digest = await digestOf(ecr, 'app', 'v1', image);
    const byTag = await ecr.send(new DescribeImagesCommand({ repositoryName: 'app', imageIds: [{ imageTag: 'v1' }] }));
    expect(byTag.imageDetails).toHaveLength(1);
    expect(byTag.imageDetails![0]).toMatchObject({ imageTags: ['v1'], repositoryName: 'app', imageManifestMediaType: MediaType.ociManifest });
    expect(byTag.imageDetails![0]!.imagePushedAt).toBeInstanceOf(Date);
    const byDigest = await ecr.send(new DescribeImagesCommand({ repositoryName: 'app', imageIds: [{ imageDigest: digest }] }));
    expect(byDigest.imageDetails![0]!.imageTags).toEqual(['v1']);
    const got = await ecr.send(new BatchGetImageCommand({ repositoryName: 'app', imageIds: [{ imageTag: 'v1' }, { imageTag: 'nope' }] }));
    expect(got.images?.[0]?.imageManifest).toBe(image.manifest);
    expect(got.images?.[0]?.imageId).toMatchObject({ imageDigest: digest, imageTag: 'v1' });
    expect(got.failures?.[0]).toMatchObject({ imageId: { imageTag: 'nope' }, failureCode: 'ImageNotFound' });
    const error = await rejectionOf(ecr.send(new DescribeImagesCommand({ repositoryName: 'app', imageIds: [{ imageTag: 'nope' }] })));
    expect(error).toBeInstanceOf(ImageNotFoundException);
  });

  test('PutImage tags an existing manifest; the same tag again is ImageAlreadyExistsException', async () => {
    const { ecr, image } = await repositoryWithImage('app', 'two');
    const digest = await digestOf(ecr, 'app', 'v1', image);
    await ecr.send(new PutImageCommand({ repositoryName: 'app', imageManifest: image.manifest, imageTag: 'live' }));
    const { imageDetails } = await ecr.send(new DescribeImagesCommand({ repositoryName: 'app', imageIds: [{ imageDigest: digest }] }));
    expect(imageDetails![0]!.imageTags?.sort()).toEqual(['live', 'v1']);
    const error = await rejectionOf(ecr.send(new PutImageCommand({ repositoryName: 'app', imageManifest: image.manifest, imageTag: 'live' })));
    expect(error).toBeInstanceOf(ImageAlreadyExistsException);
  });

  test('an IMMUTABLE repository refuses to move a tag to another image', async () => {
    const ecr = client();
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'frozen' }));
    await ecr.send(new PutImageTagMutabilityCommand({ repositoryName: 'frozen', imageTagMutability: 'IMMUTABLE' }));
    const { repositories } = await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['frozen'] }));
    expect(repositories![0]!.imageTagMutability).toBe('IMMUTABLE');
    await seedImage(target(), ecr, 'frozen', makeImage('first'), 'v1');
    const second = makeImage('second');
    const error = await rejectionOf(seedImage(target(), ecr, 'frozen', second, 'v1'));
    // AWS answers ImageTagAlreadyExistsException; moto answers ImageAlreadyExistsException (see the emulator README).
    expect(error).toBeInstanceOf(name === 'moto' ? ImageAlreadyExistsException : ImageTagAlreadyExistsException);
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  test('BatchDeleteImage by tag deletes an image whose last tag it was; DeleteRepository needs force while images remain', async () => {
    const { ecr, image } = await repositoryWithImage('gc', 'gc');
    const digest = await digestOf(ecr, 'gc', 'v1', image);
    const notEmpty = await rejectionOf(ecr.send(new DeleteRepositoryCommand({ repositoryName: 'gc' })));
    expect(notEmpty).toBeInstanceOf(RepositoryNotEmptyException);
    const deleted = await ecr.send(new BatchDeleteImageCommand({ repositoryName: 'gc', imageIds: [{ imageTag: 'v1' }] }));
    expect(deleted.imageIds).toEqual([{ imageDigest: digest, imageTag: 'v1' }]);
    expect((await ecr.send(new DescribeImagesCommand({ repositoryName: 'gc' }))).imageDetails).toEqual([]);
    await seedImage(target(), ecr, 'gc', makeImage('again'), 'v2');
    await expect(ecr.send(new DeleteRepositoryCommand({ repositoryName: 'gc', force: true }))).resolves.toMatchObject({ repository: { repositoryName: 'gc' } });
    expect(await rejectionOf(ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['gc'] })))).toBeInstanceOf(RepositoryNotFoundException);
  });

  test('repository policies: set, get, delete; none is RepositoryPolicyNotFoundException; invalid JSON is InvalidParameterException', async () => {
    const ecr = client();
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'shared' }));
    expect(await rejectionOf(ecr.send(new GetRepositoryPolicyCommand({ repositoryName: 'shared' })))).toBeInstanceOf(RepositoryPolicyNotFoundException);
    const policyText = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Sid: 'pull', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }],
    });
    await ecr.send(new SetRepositoryPolicyCommand({ repositoryName: 'shared', policyText }));
    const got = await ecr.send(new GetRepositoryPolicyCommand({ repositoryName: 'shared' }));
    expect(JSON.parse(got.policyText!)).toEqual(JSON.parse(policyText));
    await ecr.send(new DeleteRepositoryPolicyCommand({ repositoryName: 'shared' }));
    expect(await rejectionOf(ecr.send(new GetRepositoryPolicyCommand({ repositoryName: 'shared' })))).toBeInstanceOf(RepositoryPolicyNotFoundException);
    expect(await rejectionOf(ecr.send(new SetRepositoryPolicyCommand({ repositoryName: 'shared', policyText: '{not json' })))).toBeInstanceOf(InvalidParameterException);
  });

  test('lifecycle policies: put then get; none is LifecyclePolicyNotFoundException', async () => {
    const ecr = client();
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'kept' }));
    expect(await rejectionOf(ecr.send(new GetLifecyclePolicyCommand({ repositoryName: 'kept' })))).toBeInstanceOf(LifecyclePolicyNotFoundException);
    const lifecyclePolicyText = JSON.stringify({
      rules: [{ rulePriority: 1, description: 'keep 50', selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 50 }, action: { type: 'expire' } }],
    });
    await ecr.send(new PutLifecyclePolicyCommand({ repositoryName: 'kept', lifecyclePolicyText }));
    const got = await ecr.send(new GetLifecyclePolicyCommand({ repositoryName: 'kept' }));
    expect(JSON.parse(got.lifecyclePolicyText!)).toEqual(JSON.parse(lifecyclePolicyText));
  });

  test('TagResource adds tags that ListTagsForResource lists', async () => {
    const ecr = client();
    const { repository } = await ecr.send(new CreateRepositoryCommand({ repositoryName: 'tagged', tags: [{ Key: 'team', Value: 'bots' }] }));
    await ecr.send(new TagResourceCommand({ resourceArn: repository!.repositoryArn, tags: [{ Key: 'env', Value: 'dev' }] }));
    const { tags } = await ecr.send(new ListTagsForResourceCommand({ resourceArn: repository!.repositoryArn }));
    expect(tags?.sort((a, b) => a.Key!.localeCompare(b.Key!))).toEqual([
      { Key: 'env', Value: 'dev' },
      { Key: 'team', Value: 'bots' },
    ]);
  });

  test('GetAuthorizationToken is base64 of AWS:<password>, one per registry asked for', async () => {
    const { authorizationData } = await client().send(new GetAuthorizationTokenCommand({ registryIds: [KEY, OTHER] }));
    expect(authorizationData).toHaveLength(2);
    for (const data of authorizationData!) {
      expect(Buffer.from(data.authorizationToken!, 'base64').toString('utf8')).toMatch(/^AWS:.+/);
      expect(data.expiresAt).toBeInstanceOf(Date);
    }
    expect(authorizationData![0]!.authorizationToken).not.toBe(authorizationData![1]!.authorizationToken);
  });

  // What moto does not model: it checks no layers, has no BatchCheckLayerAvailability, ignores
  // maxResults on DescribeRepositories, and its tokens expire in 2015 and point at the real ECR host.
  if (name === 'emulator') {
    test('DescribeRepositories pages with maxResults and nextToken', async () => {
      const ecr = client();
      for (const repositoryName of ['p1', 'p2', 'p3']) await ecr.send(new CreateRepositoryCommand({ repositoryName }));
      const first = await ecr.send(new DescribeRepositoriesCommand({ maxResults: 2 }));
      expect(first.repositories).toHaveLength(2);
      expect(first.nextToken).toBeDefined();
      const second = await ecr.send(new DescribeRepositoriesCommand({ maxResults: 2, nextToken: first.nextToken }));
      expect(second.nextToken).toBeUndefined();
      expect([...first.repositories!, ...second.repositories!].map((r) => r.repositoryName).sort()).toEqual(['p1', 'p2', 'p3']);
    });

    test('GetAuthorizationToken lasts 12 hours and points at the emulator itself', async () => {
      const { authorizationData } = await client().send(new GetAuthorizationTokenCommand({}));
      const data = authorizationData![0]!;
      expect(Math.abs(data.expiresAt!.getTime() - (Date.now() + 12 * 3600_000))).toBeLessThan(60_000);
      expect(data.proxyEndpoint).toBe(target().url);
    });

    test('PutImage of a manifest whose layers were never pushed is LayersNotFoundException', async () => {
      const ecr = client();
      await ecr.send(new CreateRepositoryCommand({ repositoryName: 'app' }));
      const image = makeImage('orphan');
      const error = await rejectionOf(ecr.send(new PutImageCommand({ repositoryName: 'app', imageManifest: image.manifest, imageTag: 'v1' })));
      expect(error).toBeInstanceOf(LayersNotFoundException);
      expect(error.message).toContain(sha256(image.layer));
    });

    test('BatchCheckLayerAvailability reports pushed layers AVAILABLE with their size, others as failures', async () => {
      const { ecr, image } = await repositoryWithImage('app', 'layers');
      const missing = sha256(Buffer.from('never pushed'));
      const answer = await ecr.send(new BatchCheckLayerAvailabilityCommand({ repositoryName: 'app', layerDigests: [sha256(image.layer), missing, 'md5:zz'] }));
      expect(answer.layers).toEqual([{ layerDigest: sha256(image.layer), layerAvailability: 'AVAILABLE', layerSize: image.layer.length }]);
      expect(answer.failures?.map((f) => f.failureCode)).toEqual(['MissingLayerDigest', 'InvalidLayerDigest']);
    });

    test("DescribeImages on another account's registry needs that repository's policy to allow the caller", async () => {
      const { ecr: owner, image } = await repositoryWithImage('shared', 'shared');
      const other = client(OTHER);
      const denied = await rejectionOf(other.send(new DescribeImagesCommand({ registryId: KEY, repositoryName: 'shared' })));
      expect(denied.name).toBe('AccessDeniedException');
      expect(denied.message).toContain(`arn:aws:iam::${OTHER}`);
      await owner.send(
        new SetRepositoryPolicyCommand({
          repositoryName: 'shared',
          policyText: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: OTHER }, Action: 'ecr:Describe*' }] }),
        }),
      );
      const { imageDetails } = await other.send(new DescribeImagesCommand({ registryId: KEY, repositoryName: 'shared' }));
      expect(imageDetails?.map((d) => [d.imageDigest, d.imageSizeInBytes])).toEqual([[image.digest, image.size]]);
    });

    test('IMMUTABLE_WITH_EXCLUSION lets matching tags move and keeps the others fixed', async () => {
      const ecr = client();
      await ecr.send(
        new CreateRepositoryCommand({
          repositoryName: 'mixed',
          imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
          imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'latest*' }],
        }),
      );
      await seedImage(target(), ecr, 'mixed', makeImage('a'), 'latest');
      await seedImage(target(), ecr, 'mixed', makeImage('b'), 'latest');
      await seedImage(target(), ecr, 'mixed', makeImage('c'), 'v1');
      expect(await rejectionOf(seedImage(target(), ecr, 'mixed', makeImage('d'), 'v1'))).toBeInstanceOf(ImageTagAlreadyExistsException);
      const bad = await rejectionOf(ecr.send(new CreateRepositoryCommand({ repositoryName: 'bad', imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION' })));
      expect(bad).toBeInstanceOf(InvalidParameterException);
    });
  }
});
