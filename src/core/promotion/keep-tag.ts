/**
 * Protects the image an endpoint serves from ECR lifecycle expiry: tags it
 * `keep-<runtime name>-<endpoint>` (templates/ecr-repository.yaml never expires `keep-*` images,
 * and its repositories are immutable except for `keep-*` tags, so the tag moves with the
 * endpoint). The runtime name carries the environment, so environments and runtimes sharing a
 * repository never move each other's tags. ECR has no "add tag" call: the image's manifest is
 * read (BatchGetImage) and put again under the tag (PutImage).
 *
 * Best effort: a failure is a warning, never a failed promotion (what serves is already right).
 */
import { BatchGetImageCommand, PutImageCommand, type ECRClient } from '@aws-sdk/client-ecr';
import { describeError, isAwsErrorNamed } from '../errors.js';
import { parseImageUri, type ImageRef } from '../images.js';
import type { Logger } from '../logger.js';

export function keepTag(runtimeName: string, endpoint: string): string {
  return `keep-${runtimeName}-${endpoint}`;
}

export interface KeepTagOptions {
  ecr: ECRClient;
  /** This environment's account and region: images elsewhere are not ours to tag. */
  account: string;
  region: string;
  /** The containerUri of the version the endpoint serves. */
  imageUri: string | undefined;
  tag: string;
  logger: Logger;
}

/** Tags the image; returns true when the tag now marks it. */
export async function tagServedImage(options: KeepTagOptions): Promise<boolean> {
  const { ecr, tag, logger } = options;
  let image: ImageRef;
  try {
    image = parseImageUri(options.imageUri ?? '');
  } catch {
    logger.debug(`Not tagging ${tag}: the version runs ${options.imageUri ?? 'no container image'}, not an ECR image.`);
    return false;
  }
  if (image.account !== options.account || image.region !== options.region) {
    logger.debug(`Not tagging ${tag}: the image is in ${image.account}/${image.region}, not this environment's registry.`);
    return false;
  }
  const where = `${image.repository}@${image.digest ?? image.tag}`;
  try {
    const got = await ecr.send(
      new BatchGetImageCommand({
        registryId: image.account,
        repositoryName: image.repository,
        imageIds: [image.digest ? { imageDigest: image.digest } : { imageTag: image.tag }],
      }),
    );
    const found = got.images?.[0];
    if (!found?.imageManifest) {
      logger.warning(`Could not tag ${where} as ${tag}: ECR has no such image (${got.failures?.[0]?.failureReason ?? 'no reason given'}). Lifecycle rules may expire it.`);
      return false;
    }
    await ecr.send(
      new PutImageCommand({
        registryId: image.account,
        repositoryName: image.repository,
        imageManifest: found.imageManifest,
        ...(found.imageManifestMediaType ? { imageManifestMediaType: found.imageManifestMediaType } : {}),
        ...(found.imageId?.imageDigest ? { imageDigest: found.imageId.imageDigest } : {}),
        imageTag: tag,
      }),
    );
    logger.info(`Tagged ${where} as ${tag}, so lifecycle rules keep it.`);
    return true;
  } catch (error) {
    // The same image already carries the tag: nothing to do.
    if (isAwsErrorNamed(error, 'ImageAlreadyExistsException')) return true;
    const hint = isAwsErrorNamed(error, 'ImageTagAlreadyExistsException')
      ? ' The repository makes every tag immutable: exclude keep-* (IMMUTABLE_WITH_EXCLUSION, as templates/ecr-repository.yaml does).'
      : '';
    logger.warning(`Could not tag ${where} as ${tag}: ${describeError(error)}.${hint} Lifecycle rules may expire the image an endpoint serves.`);
    return false;
  }
}
