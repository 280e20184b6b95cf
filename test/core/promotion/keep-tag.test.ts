import { BatchGetImageCommand, ECRClient, PutImageCommand } from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { RecordingLogger } from '../../../src/testing/recording-logger.js';
import { keepTag, tagServedImage } from '../../../src/core/promotion/keep-tag.js';

const ecr = mockClient(ECRClient);
const DIGEST = `sha256:${'a'.repeat(64)}`;
const URI = `111111111111.dkr.ecr.us-west-2.amazonaws.com/support-bot@${DIGEST}`;
const MANIFEST = '{"schemaVersion":2}';

function tag(imageUri: string | undefined) {
  const logger = new RecordingLogger();
  const done = tagServedImage({ ecr: new ECRClient({ region: 'us-west-2' }), account: '111111111111', region: 'us-west-2', imageUri, tag: keepTag('support_bot_dev', 'live'), logger });
  return { done, logger };
}

beforeEach(() => {
  ecr.reset();
  ecr.on(BatchGetImageCommand).resolves({ images: [{ imageId: { imageDigest: DIGEST }, imageManifest: MANIFEST, imageManifestMediaType: 'application/vnd.oci.image.manifest.v1+json' }] });
});

test('puts the served manifest again under keep-<runtime>-<endpoint>', async () => {
  ecr.on(PutImageCommand).resolves({});
  const { done, logger } = tag(URI);
  expect(await done).toBe(true);
  expect(ecr.commandCalls(PutImageCommand)[0]!.args[0].input).toEqual({
    registryId: '111111111111',
    repositoryName: 'support-bot',
    imageManifest: MANIFEST,
    imageManifestMediaType: 'application/vnd.oci.image.manifest.v1+json',
    imageDigest: DIGEST,
    imageTag: 'keep-support_bot_dev-live',
  });
  expect(logger.lines).toContain(`Tagged support-bot@${DIGEST} as keep-support_bot_dev-live, so lifecycle rules keep it.`);
});

test('an image that already has the tag is fine; a repository with every tag immutable is a warning with the fix', async () => {
  ecr.on(PutImageCommand).rejectsOnce(Object.assign(new Error('exists'), { name: 'ImageAlreadyExistsException', $metadata: {} }));
  expect(await tag(URI).done).toBe(true);
  ecr.on(PutImageCommand).rejects(Object.assign(new Error('The image tag already exists'), { name: 'ImageTagAlreadyExistsException', $metadata: { httpStatusCode: 400 } }));
  const { done, logger } = tag(URI);
  expect(await done).toBe(false);
  expect(logger.lines.at(-1)).toMatch(/^warning: Could not tag .* exclude keep-\* \(IMMUTABLE_WITH_EXCLUSION, as templates\/ecr-repository.yaml does\)/);
});

test('images in another registry, and versions without an ECR image, are left alone', async () => {
  expect(await tag(`222222222222.dkr.ecr.us-west-2.amazonaws.com/support-bot@${DIGEST}`).done).toBe(false);
  expect(await tag(undefined).done).toBe(false);
  expect(ecr.commandCalls(BatchGetImageCommand)).toHaveLength(0);
});
