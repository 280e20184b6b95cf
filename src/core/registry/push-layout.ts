import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { BlobSource, OciRegistry } from './client.js';
import {
  formatPlatform,
  isIndex,
  manifestMediaType,
  parsePlatform,
  platformMatches,
  sha256,
  type Descriptor,
  type ImageIndex,
  type ImageManifest,
  type Platform,
} from './oci.js';

/** One single-platform image found in an OCI image layout directory. */
export interface LayoutImage {
  dir: string;
  manifest: Buffer;
  mediaType: string;
  digest: string;
  config: Descriptor;
  layers: Descriptor[];
  platform: Platform;
}

export interface PushResult {
  digest: string;
  /** `<registry>/<repository>@<digest>`. */
  imageUri: string;
  uploaded: string[];
  skipped: string[];
  /** False when the repository already had this digest under the tag: nothing was changed. */
  changed: boolean;
}

function blobPath(dir: string, digest: string): string {
  return join(dir, 'blobs', ...digest.split(':'));
}

async function readJson<T>(path: string, what: string): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UserError(`${what} is missing: ${path}. Expected an OCI image layout (oci-layout, index.json, blobs/sha256/…).`);
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new UserError(`${what} is not valid JSON: ${path}.`);
  }
}

/** A blob of the layout whose bytes match its descriptor's digest and size. */
async function readBlob(dir: string, descriptor: Descriptor): Promise<Buffer> {
  const path = blobPath(dir, descriptor.digest);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new UserError(`The OCI layout ${dir} lacks blob ${descriptor.digest} (${path}).`);
  }
  const digest = sha256(bytes);
  if (digest !== descriptor.digest || bytes.length !== descriptor.size) {
    throw new UserError(`Blob ${path} is corrupt: its content is ${digest} (${bytes.length} bytes), its descriptor says ${descriptor.digest} (${descriptor.size} bytes).`);
  }
  return bytes;
}

/** Build attestations (docker buildx) sit in indexes as manifests for platform unknown/unknown. */
function isAttestation(descriptor: Descriptor): boolean {
  return descriptor.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' || descriptor.platform?.os === 'unknown';
}

function describe(descriptor: Descriptor): string {
  return `${descriptor.platform ? formatPlatform(descriptor.platform) : 'no platform'} (${descriptor.digest})`;
}

/** Picks the one image manifest an index leads to, descending through nested indexes. */
async function selectManifest(dir: string, manifests: Descriptor[], wanted: Platform | undefined, where: string): Promise<Descriptor> {
  const candidates = manifests.filter((d) => !isAttestation(d));
  let chosen: Descriptor | undefined;
  if (candidates.length === 1) chosen = candidates[0];
  else if (candidates.length === 0) throw new UserError(`${where} lists no image manifest.`);
  else if (!wanted) {
    throw new UserError(`${where} lists ${candidates.length} manifests (${candidates.map(describe).join(', ')}): choose a platform to push one of them.`);
  } else {
    const matching = candidates.filter((d) => d.platform && platformMatches(d.platform, wanted));
    if (matching.length !== 1) {
      throw new UserError(
        `${where} has ${matching.length === 0 ? 'no' : `${matching.length}`} manifests for ${formatPlatform(wanted)} among ${candidates.map(describe).join(', ')}: ` +
          'push a layout with exactly one image for that platform.',
      );
    }
    chosen = matching[0];
  }
  if (!isIndex(chosen!.mediaType)) return chosen!;
  const nested = JSON.parse((await readBlob(dir, chosen!)).toString('utf8')) as ImageIndex;
  return selectManifest(dir, nested.manifests ?? [], wanted, `Index ${chosen!.digest} in ${dir}`);
}

/**
 * Reads the single-platform image an OCI layout holds. An index with several images needs a
 * platform; an image built for another platform than the one asked for is refused.
 */
export async function readOciLayout(dir: string, platform?: string): Promise<LayoutImage> {
  const wanted = platform ? parsePlatform(platform) : undefined;
  const layout = await readJson<{ imageLayoutVersion?: string }>(join(dir, 'oci-layout'), 'The oci-layout file');
  if (layout.imageLayoutVersion !== '1.0.0') {
    throw new UserError(`${join(dir, 'oci-layout')} declares imageLayoutVersion ${JSON.stringify(layout.imageLayoutVersion)}; only 1.0.0 is supported.`);
  }
  const index = await readJson<ImageIndex>(join(dir, 'index.json'), 'The index.json file');
  const descriptor = await selectManifest(dir, Array.isArray(index.manifests) ? index.manifests : [], wanted, `${join(dir, 'index.json')}`);
  const bytes = await readBlob(dir, descriptor);
  const manifest = JSON.parse(bytes.toString('utf8')) as ImageManifest;
  if (!manifest.config || !Array.isArray(manifest.layers)) throw new UserError(`Manifest ${descriptor.digest} in ${dir} is not an image manifest (no config or layers).`);
  const config = JSON.parse((await readBlob(dir, manifest.config)).toString('utf8')) as Partial<Platform>;
  const actual: Platform = { os: config.os ?? 'unknown', architecture: config.architecture ?? 'unknown', ...(config.variant ? { variant: config.variant } : {}) };
  if (wanted && !platformMatches(actual, wanted)) {
    throw new UserError(
      `The image in ${dir} (${descriptor.digest}) is built for ${formatPlatform(actual)}, but ${formatPlatform(wanted)} was requested. ` +
        `Build it for ${formatPlatform(wanted)}, e.g. buildah build --platform ${formatPlatform(wanted)}.`,
    );
  }
  return {
    dir,
    manifest: bytes,
    mediaType: descriptor.mediaType ?? manifestMediaType(manifest),
    digest: descriptor.digest,
    config: manifest.config,
    layers: manifest.layers,
    platform: actual,
  };
}

/** Unique blobs of an image manifest: its config, then its layers. */
export function imageBlobs(manifest: Pick<ImageManifest, 'config' | 'layers'>): Descriptor[] {
  const seen = new Set<string>();
  return [manifest.config, ...manifest.layers].filter((d) => !seen.has(d.digest) && seen.add(d.digest));
}

export interface PushOptions {
  /** Tag to push; without one the manifest is pushed by digest only. */
  tag?: string;
  /** e.g. "linux/arm64": which image of a multi-image layout, and the platform the image must be. */
  platform?: string;
  logger: Logger;
}

/**
 * Pushes the image of an OCI layout: blobs the repository lacks (HEAD first), then the manifest
 * bytes unchanged, so the digest in the registry is the layout's. A tag already on this digest
 * makes it a no-op.
 */
export async function pushOciLayout(client: OciRegistry, repository: string, dir: string, options: PushOptions): Promise<PushResult> {
  const image = await readOciLayout(dir, options.platform);
  const { logger } = options;
  const imageUri = `${client.repositoryUri(repository)}@${image.digest}`;
  const result: PushResult = { digest: image.digest, imageUri, uploaded: [], skipped: [], changed: false };
  const reference = options.tag ?? image.digest;
  if ((await client.manifestDigest(repository, reference)) === image.digest) {
    logger.info(`${client.reference(repository, reference)} is already ${options.tag ? image.digest : 'in the registry'}; nothing to push`);
    result.skipped.push(...imageBlobs(image).map((d) => d.digest));
    return result;
  }
  const present = options.tag ? (await client.manifestDigest(repository, image.digest)) === image.digest : false;
  for (const descriptor of imageBlobs(image)) {
    if (present || (await client.hasBlob(repository, descriptor.digest))) {
      result.skipped.push(descriptor.digest);
      logger.debug(`blob ${descriptor.digest} is already in ${repository}`);
      continue;
    }
    const path = blobPath(dir, descriptor.digest);
    if (!(await stat(path).catch(() => undefined))?.isFile()) throw new UserError(`The OCI layout ${dir} lacks blob ${descriptor.digest} (${path}).`);
    const source: BlobSource = { digest: descriptor.digest, size: descriptor.size, origin: `Blob ${path}`, open: () => createReadStream(path) };
    await client.uploadBlob(repository, source);
    result.uploaded.push(descriptor.digest);
    logger.info(`uploaded blob ${descriptor.digest} (${descriptor.size} bytes)`);
  }
  await client.putManifest(repository, reference, image.manifest, image.mediaType);
  result.changed = true;
  logger.info(`pushed ${imageUri}${options.tag ? ` as ${options.tag}` : ''} (${formatPlatform(image.platform)})`);
  return result;
}
