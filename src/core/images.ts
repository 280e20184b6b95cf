/**
 * Container images as deploy-version sees them: ECR URIs, tag → digest, and staging an image
 * into the environment's own repository (copied by digest when it lives in another account's
 * or region's registry), so a runtime always runs `<own registry>/<repo>@sha256:…`.
 */
import { DescribeImagesCommand, type ECRClient } from '@aws-sdk/client-ecr';
import { UserError, explain, isAwsErrorNamed } from './errors.js';
import type { Logger } from './logger.js';
import { copyImage, loginToEcr, type CopyResult, type EcrTarget } from './registry/index.js';

export interface ImageRef {
  account: string;
  region: string;
  repository: string;
  tag?: string;
  digest?: string;
}

const IMAGE_URI = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com\/([a-z0-9._/-]+?)(?::([\w][\w.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/;

/** Parses `<account>.dkr.ecr.<region>.amazonaws.com/<repository>(:tag)(@sha256:…)`. */
export function parseImageUri(uri: string, source = 'The image URI'): ImageRef {
  const match = IMAGE_URI.exec(uri.trim());
  if (!match || (!match[4] && !match[5])) {
    throw new UserError(
      `${source} "${uri}" is not an ECR image reference: expected <account>.dkr.ecr.<region>.amazonaws.com/<repository>@sha256:<digest> ` +
        '(or :<tag>, which is resolved to its digest).',
    );
  }
  return {
    account: match[1]!,
    region: match[2]!,
    repository: match[3]!,
    ...(match[4] ? { tag: match[4] } : {}),
    ...(match[5] ? { digest: match[5] } : {}),
  };
}

export function registryOf(ref: Pick<ImageRef, 'account' | 'region'>): string {
  return `${ref.account}.dkr.ecr.${ref.region}.amazonaws.com`;
}

export function formatImageUri(ref: ImageRef): string {
  return `${registryOf(ref)}/${ref.repository}${ref.tag && !ref.digest ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/**
 * The digest of an image in this account's registry, by tag or by digest (ECR DescribeImages).
 * A digest is looked up too: AgentCore would otherwise make a version that fails to pull it.
 */
export async function findImageDigest(ecr: ECRClient, ref: ImageRef): Promise<string> {
  const uri = formatImageUri(ref);
  const imageId = ref.digest ? { imageDigest: ref.digest } : { imageTag: ref.tag };
  try {
    const answer = await ecr.send(new DescribeImagesCommand({ registryId: ref.account, repositoryName: ref.repository, imageIds: [imageId] }));
    const digest = answer.imageDetails?.[0]?.imageDigest;
    if (!digest) throw new UserError(`ECR DescribeImages returned no digest for ${uri}.`);
    return digest;
  } catch (error) {
    if (isAwsErrorNamed(error, 'ImageNotFoundException')) throw imageNotFound(ref);
    if (isAwsErrorNamed(error, 'RepositoryNotFoundException')) {
      throw new UserError(`The repository ${registryOf(ref)}/${ref.repository} does not exist. Run setup-env for this environment to create it.`);
    }
    throw explain(`Looking up ${uri} (ECR DescribeImages)`, error, 'The credentials need ecr:DescribeImages on the repository.');
  }
}

function imageNotFound(ref: ImageRef): UserError {
  const uri = formatImageUri(ref);
  if (!ref.digest) return new UserError(`The image ${uri} is not in the registry: no image has tag "${ref.tag}". Push it with build-push first, or pass its digest.`);
  return new UserError(
    `The image ${uri} is not in the registry: repository ${ref.repository} of account ${ref.account} in ${ref.region} has no image with digest ${ref.digest}. ` +
      'No version was made. Push the image with build-push first and pass the image-uri it outputs, or check the account, region, repository and digest.',
  );
}

export interface StageImageOptions {
  image: ImageRef;
  /** The environment's registry and the runtime's repository there. */
  account: string;
  region: string;
  repository: string;
  /** Where `repository` is set, for the warning about an image in another repository. */
  repositoryPath: string;
  /** ECR in this environment's region. */
  ecr: ECRClient;
  /**
   * ECR in the region of an image in another registry, asked for only then: with an assumed role's
   * credentials for its account, or this job's, when the source repository's policy lets this account pull.
   */
  sourceEcr(region: string): Promise<ECRClient>;
  mask(secret: string): void;
  logger: Logger;
}

export interface StagedImage {
  /** `<own registry>/<repository>@sha256:…`: what the runtime runs. */
  imageUri: string;
  digest: string;
  /** Set when the image was copied from another registry. */
  copy?: CopyResult & { from: string };
}

/**
 * Makes sure the image is in this environment's registry and returns its digest URI there.
 * An image in this registry is only resolved to its digest; one in another account's or
 * region's registry is copied by digest into `repository`.
 */
export async function stageImage(options: StageImageOptions): Promise<StagedImage> {
  const { image, logger } = options;
  const own = { account: options.account, region: options.region };
  if (registryOf(image) === registryOf(own)) {
    const digest = await findImageDigest(options.ecr, image);
    const imageUri = `${registryOf(image)}/${image.repository}@${digest}`;
    logger.info(`Image found in this environment's registry: ${imageUri}`);
    if (image.repository !== options.repository) {
      logger.warning(
        `The image ${imageUri} is in repository "${image.repository}", not in this runtime's repository "${options.repository}" (${options.repositoryPath}). ` +
          `The runtime's role may not be allowed to pull from "${image.repository}": push the image to "${options.repository}" with build-push, or set ${options.repositoryPath} to "${image.repository}".`,
      );
    }
    return { imageUri, digest };
  }

  const sourceUri = formatImageUri(image);
  const login = (registryId: string, target: EcrTarget) => loginToEcr(target, { registryId, mask: options.mask, logger });
  const source = await login(image.account, { ecr: await options.sourceEcr(image.region), region: image.region });
  const target = await login(options.account, { ecr: options.ecr, region: options.region });
  const pullRefused = (error: unknown) => {
    if (!(error instanceof UserError && /HTTP 403/.test(error.message))) return error;
    return new UserError(
      `${error.message} To let account ${options.account} pull from ${registryOf(image)}/${image.repository}, add it to ` +
        `global_resources.ecr_repositories.${image.repository}.cross_account_pull in the config and run setup-env for the source environment ` +
        '(templates/ecr-repository.yaml, parameter PullAccountIds, sets the repository policy).',
    );
  };
  const digest = await source.manifestDigest(image.repository, image.digest ?? image.tag!).catch((error: unknown) => Promise.reject(pullRefused(error)));
  if (!digest) throw imageNotFound(image);
  logger.info(`Image found: ${sourceUri} is in another registry: copying ${digest} into ${registryOf(own)}/${options.repository}`);
  const copy = await copyImage({ source: { client: source, repository: image.repository }, target: { client: target, repository: options.repository }, digest, logger }).catch(
    (error: unknown) => Promise.reject(pullRefused(error)),
  );
  return { imageUri: copy.imageUri, digest, copy: { ...copy, from: `${registryOf(image)}/${image.repository}@${digest}` } };
}
