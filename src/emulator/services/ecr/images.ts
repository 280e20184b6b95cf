import { AwsError, type EmuContext, type EmuRequest } from '../../types.js';
import { epochSeconds } from '../../protocols/wire.js';
import type { InputReader, JsonHandler, JsonInput } from '../../protocols/json-rpc.js';
import { page } from '../../protocols/paging.js';
import { DIGEST, ImageProblem, isIndexMediaType, parseManifest, putManifest } from './manifests.js';
import type { EcrImage, EcrRepository } from './store.js';
import { invalid, readMaxResults, readPageOffset, reader, resolve } from './inputs.js';

/** Images: describe, list, get, delete, put, and the layer check registry clients make before a push. */

function imageDetail(repository: EcrRepository, image: EcrImage): Record<string, unknown> {
  return {
    registryId: repository.registryId,
    repositoryName: repository.name,
    imageDigest: image.digest,
    ...(image.tags.length ? { imageTags: image.tags } : {}),
    imageSizeInBytes: image.sizeInBytes,
    imagePushedAt: epochSeconds(image.pushedAt),
    imageManifestMediaType: image.mediaType,
    ...(image.artifactMediaType ? { artifactMediaType: image.artifactMediaType } : {}),
  };
}

function describeImageId(id: { imageDigest?: string; imageTag?: string }): string {
  return `{imageDigest:'${id.imageDigest ?? 'null'}', imageTag:'${id.imageTag ?? 'null'}'}`;
}

interface ImageId {
  imageDigest?: string;
  imageTag?: string;
}

function readImageIds(input: InputReader, required: boolean): ImageId[] | undefined {
  const list = required ? (input.optObjectList('imageIds') ?? []) : input.optObjectList('imageIds');
  if (required && list!.length === 0) throw new AwsError('InvalidParameterException', `1 validation error detected: Value '[]' at 'imageIds' failed to satisfy constraint: Member must have length greater than or equal to 1`);
  return list?.map((raw) => {
    const item = input.nested(raw);
    const imageDigest = item.optString('imageDigest');
    const imageTag = item.optString('imageTag');
    return { ...(imageDigest !== undefined ? { imageDigest } : {}), ...(imageTag !== undefined ? { imageTag } : {}) };
  });
}

type Lookup = { image: EcrImage } | { failureCode: string; failureReason: string };

/** An image id resolved the way BatchGetImage and BatchDeleteImage report failures. */
function lookup(repository: EcrRepository, id: ImageId): Lookup {
  if (!id.imageDigest && !id.imageTag) return { failureCode: 'MissingDigestAndTag', failureReason: 'Invalid request parameters: both tag and digest cannot be null' };
  if (id.imageDigest && !DIGEST.test(id.imageDigest)) return { failureCode: 'InvalidImageDigest', failureReason: 'Invalid request parameters: image digest should satisfy the regex \'[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+\'' };
  const byTag = id.imageTag !== undefined ? repository.tagIndex[id.imageTag] : undefined;
  if (id.imageDigest && id.imageTag && byTag && byTag !== id.imageDigest) {
    return { failureCode: 'ImageTagDoesNotMatchDigest', failureReason: 'Invalid request parameters: given tag does not map to the given digest' };
  }
  const image = repository.images[id.imageDigest ?? byTag ?? ''];
  return image ? { image } : { failureCode: 'ImageNotFound', failureReason: 'Requested image not found' };
}

type Outcome = { entries: unknown[] } | { failureCode: string; failureReason: string };

/**
 * A batch over image ids (BatchGetImage, BatchDeleteImage): `each` answers for an image that was
 * found, with its entries or a failure; an id that does not resolve is a failure as it is.
 */
function imageBatch(
  input: JsonInput,
  req: EmuRequest,
  ctx: EmuContext,
  operation: string,
  each: (repository: EcrRepository, id: ImageId, image: EcrImage) => Outcome,
): { entries: unknown[]; failures: unknown[] } {
  const r = reader(input);
  const { repository } = resolve(ctx.state, req, r, operation);
  const entries: unknown[] = [];
  const failures: unknown[] = [];
  for (const id of readImageIds(r, true)!) {
    const found = lookup(repository, id);
    const outcome = 'image' in found ? each(repository, id, found.image) : found;
    if ('entries' in outcome) entries.push(...outcome.entries);
    else failures.push({ imageId: id, ...outcome });
  }
  return { entries, failures };
}

/** Digests of the indexes in the repository that list this image. */
function referencingIndexes(repository: EcrRepository, digest: string): string[] {
  return Object.values(repository.images)
    .filter((image) => isIndexMediaType(image.mediaType))
    .filter((index) => parseManifest(Buffer.from(index.manifest, 'base64'), index.mediaType).references.some((d) => d.digest === digest))
    .map((index) => index.digest);
}

function removeImage(repository: EcrRepository, image: EcrImage): void {
  for (const tag of image.tags) delete repository.tagIndex[tag];
  delete repository.images[image.digest];
}

function mapImageProblem(problem: ImageProblem, repository: EcrRepository): AwsError {
  const where = `the repository with name '${repository.name}' in the registry with id '${repository.registryId}'`;
  switch (problem.kind) {
    case 'invalid':
    case 'unsupportedMediaType':
      return invalid('imageManifest', problem.message);
    case 'blobUnknown':
      return new AwsError('LayersNotFoundException', `Layers with digests '[${problem.missing.join(', ')}]' required for pushing image into ${where} do not exist`);
    case 'manifestUnknown':
      return new AwsError('ReferencedImagesNotFoundException', `The manifest list references images that are not in ${where}: ${problem.missing.join(', ')}`);
    case 'digestMismatch':
      return new AwsError('ImageDigestDoesNotMatchException', problem.message);
    case 'tagImmutable':
      return new AwsError('ImageTagAlreadyExistsException', problem.message);
    case 'alreadyTagged':
      return new AwsError('ImageAlreadyExistsException', problem.message);
  }
}

export const imageHandlers: Record<string, JsonHandler> = {
  DescribeImages: (input, req, ctx) => {
    const r = reader(input);
    const { repository } = resolve(ctx.state, req, r, 'DescribeImages');
    const ids = readImageIds(r, false);
    if (ids) {
      const found = new Map<string, EcrImage>();
      for (const id of ids) {
        const result = lookup(repository, id);
        if (!('image' in result)) {
          throw new AwsError(
            'ImageNotFoundException',
            `The image with imageId ${describeImageId(id)} does not exist within the repository with name '${repository.name}' in the registry with id '${repository.registryId}'`,
          );
        }
        found.set(result.image.digest, result.image);
      }
      return { imageDetails: [...found.values()].map((image) => imageDetail(repository, image)) };
    }
    const filter = r.optObject('filter');
    const tagStatus = filter ? (r.nested(filter).optString('tagStatus') ?? 'ANY') : 'ANY';
    if (!['ANY', 'TAGGED', 'UNTAGGED'].includes(tagStatus)) throw invalid('filter.tagStatus', "must be one of 'TAGGED', 'UNTAGGED', 'ANY'");
    const images = Object.values(repository.images).filter(
      (image) => tagStatus === 'ANY' || (tagStatus === 'TAGGED') === image.tags.length > 0,
    );
    const result = page(images, readPageOffset(r), readMaxResults(r, 1000));
    return { imageDetails: result.items.map((image) => imageDetail(repository, image)), ...(result.nextToken ? { nextToken: result.nextToken } : {}) };
  },

  ListImages: (input, req, ctx) => {
    const r = reader(input);
    const { repository } = resolve(ctx.state, req, r, 'ListImages');
    const ids = Object.values(repository.images).flatMap((image) =>
      image.tags.length ? image.tags.map((imageTag) => ({ imageDigest: image.digest, imageTag })) : [{ imageDigest: image.digest }],
    );
    const result = page(ids, readPageOffset(r), readMaxResults(r, 1000));
    return { imageIds: result.items, ...(result.nextToken ? { nextToken: result.nextToken } : {}) };
  },

  BatchGetImage: (input, req, ctx) => {
    const { entries, failures } = imageBatch(input, req, ctx, 'BatchGetImage', (repository, id, image) => ({
      entries: [
        {
          registryId: repository.registryId,
          repositoryName: repository.name,
          imageId: { imageDigest: image.digest, ...(id.imageTag ? { imageTag: id.imageTag } : {}) },
          imageManifest: Buffer.from(image.manifest, 'base64').toString('utf8'),
          imageManifestMediaType: image.mediaType,
        },
      ],
    }));
    return { images: entries, failures };
  },

  BatchDeleteImage: (input, req, ctx) => {
    const { entries, failures } = imageBatch(input, req, ctx, 'BatchDeleteImage', (repository, id, image) => {
      const untagOnly = !id.imageDigest && id.imageTag !== undefined && image.tags.length > 1;
      const indexes = untagOnly ? [] : referencingIndexes(repository, image.digest);
      if (indexes.length) {
        return { failureCode: 'ImageReferencedByManifestList', failureReason: `Requested image referenced by manifest list: [${indexes.join(', ')}]` };
      }
      if (untagOnly) {
        // Removing one of several tags leaves the image; removing its last tag deletes it.
        image.tags = image.tags.filter((t) => t !== id.imageTag);
        delete repository.tagIndex[id.imageTag!];
        return { entries: [{ imageDigest: image.digest, imageTag: id.imageTag }] };
      }
      removeImage(repository, image);
      return { entries: image.tags.length ? image.tags.map((imageTag) => ({ imageDigest: image.digest, imageTag })) : [{ imageDigest: image.digest }] };
    });
    return { imageIds: entries, failures };
  },

  PutImage: (input, req, ctx) => {
    const r = reader(input);
    const { repository } = resolve(ctx.state, req, r, 'PutImage');
    const manifest = r.string('imageManifest');
    const tag = r.optString('imageTag');
    if (tag !== undefined && (tag.length < 1 || tag.length > 300)) throw invalid('imageTag', 'Member must have length between 1 and 300');
    const mediaType = r.optString('imageManifestMediaType');
    const digest = r.optString('imageDigest');
    let image: EcrImage;
    try {
      image = putManifest(
        repository,
        {
          manifest: Buffer.from(manifest, 'utf8'),
          ...(mediaType ? { mediaType } : {}),
          ...(tag ? { tag } : {}),
          ...(digest ? { digest } : {}),
          now: ctx.now(),
        },
        true,
      );
    } catch (error) {
      if (error instanceof ImageProblem) throw mapImageProblem(error, repository);
      throw error;
    }
    return {
      image: {
        registryId: repository.registryId,
        repositoryName: repository.name,
        imageId: { imageDigest: image.digest, ...(tag ? { imageTag: tag } : {}) },
        imageManifest: manifest,
        imageManifestMediaType: image.mediaType,
      },
    };
  },

  BatchCheckLayerAvailability: (input, req, ctx) => {
    const r = reader(input);
    const { repository } = resolve(ctx.state, req, r, 'BatchCheckLayerAvailability');
    const digests = r.stringList('layerDigests');
    if (digests.length < 1 || digests.length > 100) throw invalid('layerDigests', 'Member must have length between 1 and 100');
    const layers: unknown[] = [];
    const failures: unknown[] = [];
    for (const layerDigest of digests) {
      const size = repository.blobs[layerDigest];
      if (!DIGEST.test(layerDigest)) failures.push({ layerDigest, failureCode: 'InvalidLayerDigest', failureReason: 'Invalid layer digest' });
      else if (size === undefined) failures.push({ layerDigest, failureCode: 'MissingLayerDigest', failureReason: 'Could not find layer' });
      else layers.push({ layerDigest, layerAvailability: 'AVAILABLE', layerSize: size });
    }
    return { layers, failures };
  },
};
