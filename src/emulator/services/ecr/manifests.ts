import { createHash } from 'node:crypto';
import { matchesWildcard, type EcrImage, type EcrRepository } from './store.js';

/** Image manifests and indexes: what ECR accepts, how tags move, and tag immutability. */

const MediaTypes = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
} as const;

const IMAGE_MANIFESTS: readonly string[] = [MediaTypes.ociManifest, MediaTypes.dockerManifest];
const INDEXES: readonly string[] = [MediaTypes.ociIndex, MediaTypes.dockerManifestList];

export const DIGEST = /^sha256:[a-f0-9]{64}$/;

export function isIndexMediaType(mediaType: string): boolean {
  return INDEXES.includes(mediaType);
}

export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/**
 * Why a manifest was refused, independent of the API that was called: the ECR API and the
 * registry API each answer it with their own error code.
 */
export class ImageProblem extends Error {
  constructor(
    readonly kind: 'invalid' | 'unsupportedMediaType' | 'blobUnknown' | 'manifestUnknown' | 'digestMismatch' | 'tagImmutable' | 'alreadyTagged',
    message: string,
    /** What is missing, for blobUnknown and manifestUnknown. */
    readonly missing: string[] = [],
  ) {
    super(message);
  }
}

interface Descriptor {
  mediaType?: string;
  digest: string;
  size: number;
}

function isDescriptor(value: unknown): value is Descriptor {
  const d = value as Partial<Descriptor> | null;
  return typeof d === 'object' && d !== null && typeof d.digest === 'string' && DIGEST.test(d.digest) && typeof d.size === 'number';
}

/** Clients often send a generic content type; those say nothing about the manifest. */
function declaredType(value: string | undefined): string | undefined {
  const type = value?.split(';')[0]?.trim();
  return !type || type === 'application/json' || type === 'application/octet-stream' ? undefined : type;
}

/** Parses and classifies a manifest; throws ImageProblem when it is not one ECR stores. */
export function parseManifest(bytes: Buffer, declaredMediaType: string | undefined): { mediaType: string; config?: Descriptor; references: Descriptor[] } {
  let body: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(bytes.toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    body = parsed as Record<string, unknown>;
  } catch {
    throw new ImageProblem('invalid', 'The manifest is not a JSON object.');
  }
  const declared = declaredType(declaredMediaType);
  const inBody = typeof body.mediaType === 'string' ? body.mediaType : undefined;
  if (declared && inBody && declared !== inBody) {
    throw new ImageProblem('invalid', `The manifest's mediaType '${inBody}' does not match the declared media type '${declared}'.`);
  }
  const mediaType = declared ?? inBody ?? (Array.isArray(body.manifests) ? MediaTypes.ociIndex : MediaTypes.ociManifest);
  if (body.schemaVersion !== 2) throw new ImageProblem('invalid', 'The manifest must have schemaVersion 2.');
  if (IMAGE_MANIFESTS.includes(mediaType)) {
    const layers = body.layers;
    if (!isDescriptor(body.config) || !Array.isArray(layers) || !layers.every(isDescriptor)) {
      throw new ImageProblem('invalid', 'An image manifest needs a config descriptor and a list of layer descriptors (digest sha256:…, size).');
    }
    return { mediaType, config: body.config, references: [body.config, ...layers] };
  }
  if (INDEXES.includes(mediaType)) {
    const manifests = body.manifests;
    if (!Array.isArray(manifests) || !manifests.every(isDescriptor)) {
      throw new ImageProblem('invalid', 'An image index needs a list of manifest descriptors (digest sha256:…, size).');
    }
    return { mediaType, references: manifests };
  }
  throw new ImageProblem('unsupportedMediaType', `Unsupported manifest media type '${mediaType}'.`);
}

export function isTagImmutable(repository: EcrRepository, tag: string): boolean {
  const excluded = (repository.tagMutabilityExclusionFilters ?? []).some((f) => matchesWildcard(f.filter, tag));
  switch (repository.tagMutability) {
    case 'MUTABLE':
      return false;
    case 'IMMUTABLE':
      return true;
    case 'MUTABLE_WITH_EXCLUSION':
      return excluded;
    case 'IMMUTABLE_WITH_EXCLUSION':
      return !excluded;
  }
}

export interface PutManifestInput {
  manifest: Buffer;
  mediaType?: string;
  tag?: string;
  /** When given, the manifest's digest must be this. */
  digest?: string;
  now: number;
}

/**
 * Stores a manifest (pushed through the registry or PutImage): checks its references against
 * what the repository holds, applies tag immutability and moves the tag.
 * `alreadyTagged` is reported only when `refuseSameTag` is set (PutImage's rule).
 */
export function putManifest(repository: EcrRepository, input: PutManifestInput, refuseSameTag = false): EcrImage {
  const parsed = parseManifest(input.manifest, input.mediaType);
  const digest = sha256Digest(input.manifest);
  if (input.digest && input.digest !== digest) {
    throw new ImageProblem('digestMismatch', `The manifest's digest is ${digest}, not ${input.digest}.`);
  }
  let size: number;
  if (parsed.config) {
    const missing = parsed.references.filter((d) => repository.blobs[d.digest] === undefined).map((d) => d.digest);
    if (missing.length) throw new ImageProblem('blobUnknown', `The manifest references blobs that are not in the repository: ${missing.join(', ')}`, missing);
    size = parsed.references.reduce((sum, d) => sum + (repository.blobs[d.digest] ?? 0), 0);
  } else {
    const missing = parsed.references.filter((d) => !repository.images[d.digest]).map((d) => d.digest);
    if (missing.length) throw new ImageProblem('manifestUnknown', `The index references manifests that are not in the repository: ${missing.join(', ')}`, missing);
    size = parsed.references.reduce((sum, d) => sum + (repository.images[d.digest]?.sizeInBytes ?? 0), 0);
  }
  const tag = input.tag;
  const current = tag ? repository.tagIndex[tag] : undefined;
  if (tag && current === digest && refuseSameTag) {
    throw new ImageProblem('alreadyTagged', `Image with digest '${digest}' and tag '${tag}' already exists in the repository with name '${repository.name}' in registry with id '${repository.registryId}'`);
  }
  if (tag && current && current !== digest && isTagImmutable(repository, tag)) {
    throw new ImageProblem(
      'tagImmutable',
      `The image tag '${tag}' already exists in the '${repository.name}' repository and cannot be overwritten because the repository is immutable.`,
    );
  }
  const image = (repository.images[digest] ??= {
    digest,
    tags: [],
    pushedAt: input.now,
    mediaType: parsed.mediaType,
    ...(parsed.config?.mediaType ? { artifactMediaType: parsed.config.mediaType } : {}),
    manifest: input.manifest.toString('base64'),
    sizeInBytes: size,
  });
  if (tag && current !== digest) {
    const previous = current ? repository.images[current] : undefined;
    if (previous) previous.tags = previous.tags.filter((t) => t !== tag);
    repository.tagIndex[tag] = digest;
    image.tags.push(tag);
  }
  return image;
}
