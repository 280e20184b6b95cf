import { UserError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { BlobSource, OciRegistry } from './client.js';
import { DIGEST_PATTERN, isIndex, manifestMediaType, type ImageIndex, type ImageManifest } from './oci.js';
import { imageBlobs } from './push-layout.js';

export interface RepositoryRef {
  client: OciRegistry;
  repository: string;
}

export interface CopyOptions {
  source: RepositoryRef;
  target: RepositoryRef;
  /** The image to copy, `sha256:…`: copies are by digest, never by a tag that may move. */
  digest: string;
  /** Tag to give it in the target; without one it is pushed by digest. */
  tag?: string;
  logger: Logger;
}

export interface CopyResult {
  digest: string;
  /** `<target registry>/<repository>@<digest>`. */
  imageUri: string;
  uploaded: string[];
  mounted: string[];
  skipped: string[];
  /** False when the target already had the digest under the tag. */
  changed: boolean;
}

/**
 * Copies an image by digest between registries (another account or region: two logins), byte
 * for byte so the digest is kept. Blobs the target has are skipped (HEAD first); within one
 * registry the target mounts them from the source repository instead of receiving bytes.
 */
export async function copyImage(options: CopyOptions): Promise<CopyResult> {
  const { source, target, digest, logger } = options;
  if (!DIGEST_PATTERN.test(digest)) throw new UserError(`Cannot copy "${digest}": an image is copied by its digest, sha256:<64 hex digits>.`);
  const targetUri = target.client.repositoryUri(target.repository);
  const result: CopyResult = { digest, imageUri: `${targetUri}@${digest}`, uploaded: [], mounted: [], skipped: [], changed: false };
  const reference = options.tag ?? digest;
  if ((await target.client.manifestDigest(target.repository, reference)) === digest) {
    logger.info(`${target.client.reference(target.repository, reference)} is already ${options.tag ? digest : 'in the registry'}; nothing to copy`);
    return result;
  }
  const sameRegistry = source.client.registry === target.client.registry;

  async function copyBlobs(manifest: ImageManifest): Promise<void> {
    for (const descriptor of imageBlobs(manifest)) {
      if (await target.client.hasBlob(target.repository, descriptor.digest)) {
        result.skipped.push(descriptor.digest);
        continue;
      }
      const blob: BlobSource = {
        digest: descriptor.digest,
        size: descriptor.size,
        origin: `Blob ${descriptor.digest} read from ${source.client.repositoryUri(source.repository)}`,
        open: async function* () {
          yield* await source.client.openBlob(source.repository, descriptor.digest);
        },
      };
      const how = await target.client.uploadBlob(target.repository, blob, sameRegistry ? source.repository : undefined);
      result[how].push(descriptor.digest);
      logger.info(`${how} blob ${descriptor.digest} (${descriptor.size} bytes)`);
    }
  }

  /** Copies one manifest after what it references (blobs, or the images of an index), and pushes it as `pushAs`. */
  async function copyManifest(manifestDigest: string, pushAs: string): Promise<void> {
    if (pushAs === manifestDigest && (await target.client.manifestDigest(target.repository, manifestDigest)) === manifestDigest) return;
    const fetched = await source.client.getManifest(source.repository, manifestDigest);
    const document = JSON.parse(fetched.bytes.toString('utf8')) as ImageManifest & ImageIndex;
    const mediaType = fetched.mediaType || manifestMediaType(document);
    if (isIndex(mediaType)) {
      for (const child of document.manifests ?? []) await copyManifest(child.digest, child.digest);
    } else {
      await copyBlobs(document);
    }
    await target.client.putManifest(target.repository, pushAs, fetched.bytes, mediaType);
  }

  await copyManifest(digest, reference);
  result.changed = true;
  logger.info(`copied ${source.client.repositoryUri(source.repository)}@${digest} to ${targetUri}${options.tag ? ` as ${options.tag}` : ''}`);
  return result;
}
