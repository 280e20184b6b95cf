import { existsSync, readdirSync, rmSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { arch } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { unpackTar } from 'modern-tar/fs';
import { ImageProblem, isIndexMediaType, parseManifest } from '../services/ecr/manifests.js';
import type { EcrRepository } from '../services/ecr/store.js';

/**
 * An image from the emulator's own registry, turned into a directory the agent can run from:
 * its config (entrypoint, cmd, env, working dir) and its layers unpacked in order, whiteouts
 * applied. Only files: the emulator runs the agent's code, not the image's operating system.
 */
export interface ImageConfig {
  architecture?: string;
  entrypoint: string[];
  cmd: string[];
  /** `NAME=value` pairs in the image's order. */
  env: string[];
  workingDir?: string;
}

export interface UnpackedImage {
  /** The image manifest's digest (the platform's manifest when the version names an index). */
  digest: string;
  rootfs: string;
  config: ImageConfig;
}

/** What the unpacker needs of the registry: manifests by digest and blob bytes. */
export interface ImageSource {
  repository: EcrRepository;
  blob(digest: string): Buffer | undefined;
}

export class ImageError extends Error {}

/** Node's names for architectures, in OCI's words: an index offers the machine's own first. */
const OCI_ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64', arm: 'arm' };

export function manifestBytes(source: ImageSource, digest: string): { mediaType: string; bytes: Buffer } {
  const image = source.repository.images[digest];
  if (!image) throw new ImageError(`The image ${digest} is no longer in the repository '${source.repository.name}'.`);
  return { mediaType: image.mediaType, bytes: Buffer.from(image.manifest, 'base64') };
}

/** The image manifest an index leads to: AgentCore's linux/arm64, else the machine's, else the first. */
function pickManifest(source: ImageSource, digest: string): string {
  const { mediaType, bytes } = manifestBytes(source, digest);
  if (!isIndexMediaType(mediaType)) return digest;
  const entries = (JSON.parse(bytes.toString('utf8')) as { manifests: Array<{ digest: string; platform?: { os?: string; architecture?: string } }> }).manifests;
  const byArch = (architecture: string | undefined) => entries.find((e) => e.platform?.os !== 'unknown' && e.platform?.architecture === architecture);
  const chosen = byArch('arm64') ?? byArch(OCI_ARCH[arch()]) ?? entries.find((e) => e.platform?.os !== 'unknown');
  if (!chosen) throw new ImageError(`The image index ${digest} lists no image manifest.`);
  return pickManifest(source, chosen.digest);
}

export function blobBytes(source: ImageSource, digest: string): Buffer {
  const bytes = source.blob(digest);
  if (!bytes) throw new ImageError(`The blob ${digest} is missing from the registry.`);
  return bytes;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export interface ImageRecord {
  digest: string;
  configDigest: string;
  config: ImageConfig;
  layers: string[];
}

/**
 * Reads an image's manifest and config: what to run, and which layers hold it. Undefined for
 * a manifest that is no runnable image (no config, or not a manifest ECR could hold).
 */
export function readImage(source: ImageSource, digest: string): ImageRecord | undefined {
  const manifestDigest = pickManifest(source, digest);
  const { mediaType, bytes } = manifestBytes(source, manifestDigest);
  let parsed;
  try {
    parsed = parseManifest(bytes, mediaType);
  } catch (error) {
    if (error instanceof ImageProblem) return undefined;
    throw error;
  }
  if (!parsed.config) return undefined;
  let document: { architecture?: unknown; config?: Record<string, unknown> };
  try {
    document = JSON.parse(blobBytes(source, parsed.config.digest).toString('utf8')) as typeof document;
  } catch (error) {
    if (error instanceof ImageError) throw error;
    throw new ImageError(`The image config ${parsed.config.digest} is not JSON.`);
  }
  const run = document.config ?? {};
  const config: ImageConfig = {
    ...(typeof document.architecture === 'string' ? { architecture: document.architecture } : {}),
    entrypoint: strings(run.Entrypoint),
    cmd: strings(run.Cmd),
    env: strings(run.Env),
    ...(typeof run.WorkingDir === 'string' && run.WorkingDir !== '' ? { workingDir: run.WorkingDir } : {}),
  };
  return { digest: manifestDigest, configDigest: parsed.config.digest, config, layers: parsed.references.slice(1).map((d) => d.digest) };
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** A layer path inside rootfs, or undefined for one that would leave it. */
function inside(rootfs: string, name: string): string | undefined {
  const normalized = posix.normalize(`/${name}`);
  return normalized.split('/').includes('..') ? undefined : join(rootfs, normalized);
}

/**
 * Applies an OCI whiteout (`.wh.<name>` deletes name from lower layers, `.wh..wh..opq` empties
 * the directory) and says whether the entry is one; whiteout files themselves are not written.
 */
function applyWhiteout(rootfs: string, name: string): boolean {
  const base = posix.basename(name);
  if (!base.startsWith('.wh.')) return false;
  const directory = inside(rootfs, posix.dirname(name));
  if (directory === undefined) return true;
  if (base === '.wh..wh..opq') {
    if (existsSync(directory)) for (const entry of readdirSync(directory)) rmSync(join(directory, entry), { recursive: true, force: true });
  } else {
    rmSync(join(directory, base.slice('.wh.'.length)), { recursive: true, force: true });
  }
  return true;
}

async function unpackLayer(rootfs: string, bytes: Buffer): Promise<void> {
  const gzipped = bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
  // Device files and the like need privileges the emulator does not have, and no agent needs them.
  const extract = unpackTar(rootfs, {
    filter: (header) => !applyWhiteout(rootfs, header.name) && ['file', 'directory', 'symlink', 'link'].includes(header.type ?? 'file'),
  });
  if (gzipped) await pipeline(Readable.from([bytes]), createGunzip(), extract);
  else await pipeline(Readable.from([bytes]), extract);
}

/** Unpacks each image once per digest under one directory the caller owns and removes. */
export class ImageCache {
  private readonly images = new Map<string, Promise<UnpackedImage>>();

  constructor(private readonly root: string) {}

  /** The unpacked image; a failed unpack is forgotten so the next invocation tries again. */
  unpack(source: ImageSource, image: ImageRecord): Promise<UnpackedImage> {
    let unpacked = this.images.get(image.digest);
    if (!unpacked) {
      unpacked = this.load(source, image);
      this.images.set(image.digest, unpacked);
      unpacked.catch(() => this.images.delete(image.digest));
    }
    return unpacked;
  }

  private async load(source: ImageSource, image: ImageRecord): Promise<UnpackedImage> {
    const rootfs = join(this.root, image.digest.replace(':', '-'));
    const unpacked = { digest: image.digest, rootfs, config: image.config };
    if (existsSync(rootfs)) return unpacked;
    // Unpack beside, then rename: a half-unpacked directory is never taken for a whole one.
    const partial = `${rootfs}.partial`;
    await rm(partial, { recursive: true, force: true });
    await mkdir(partial, { recursive: true });
    try {
      for (const layer of image.layers) await unpackLayer(partial, blobBytes(source, layer));
    } catch (error) {
      await rm(partial, { recursive: true, force: true });
      if (error instanceof ImageError) throw error;
      throw new ImageError(`Cannot unpack the layers of ${image.digest}: ${error instanceof Error ? error.message : String(error)}`);
    }
    await mkdir(dirname(rootfs), { recursive: true });
    await rename(partial, rootfs);
    return unpacked;
  }
}

/** Path of an image path inside rootfs, when the unpacked image holds it. */
export function imagePath(rootfs: string, path: string): string | undefined {
  if (!path.startsWith('/')) return undefined;
  const local = inside(rootfs, path);
  return local !== undefined && existsSync(local) ? local : undefined;
}
