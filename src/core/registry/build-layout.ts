import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { packTar, type TarEntry } from 'modern-tar';
import { UserError } from '../errors.js';
import { MediaType, parsePlatform, sha256, type Descriptor, type ImageIndex, type ImageManifest } from './oci.js';

/**
 * Builds a FROM-scratch OCI image layout in process, for machines without buildah or docker
 * (the demo's fresh-machine path). The same inputs give the same digest: one gzip tar layer
 * with sorted entries, fixed mtimes and owners, and JSON written in a fixed key order.
 */
export interface ImageSpec {
  /** Image paths (e.g. "app/main.py") and their contents. */
  files: Record<string, string | Uint8Array>;
  entrypoint?: string[];
  env?: Record<string, string>;
  /** e.g. "linux/arm64", AgentCore's platform. */
  platform: string;
  labels?: Record<string, string>;
}

export interface BuiltLayout {
  /** The image manifest's digest: what a registry will report after the push. */
  digest: string;
  manifest: Descriptor;
  config: Descriptor;
  layer: Descriptor;
}

/** 1970-01-01: nothing in the image depends on when it was built. */
const EPOCH = new Date(0);

function imagePath(path: string): string {
  const normalized = posix.normalize(path.replace(/\\/g, '/')).replace(/^\/+/, '');
  if (!normalized || normalized === '.' || normalized.split('/').includes('..')) {
    throw new UserError(`Invalid image path "${path}": it must name a file inside the image, without "..".`);
  }
  return normalized;
}

function layerEntries(files: ImageSpec['files']): TarEntry[] {
  const contents = new Map<string, Uint8Array>();
  for (const [path, value] of Object.entries(files)) {
    const name = imagePath(path);
    if (contents.has(name)) throw new UserError(`The image path "${name}" is given twice.`);
    contents.set(name, typeof value === 'string' ? Buffer.from(value, 'utf8') : value);
  }
  const directories = new Set<string>();
  for (const name of contents.keys()) {
    const parts = name.split('/');
    for (let i = 1; i < parts.length; i++) directories.add(parts.slice(0, i).join('/'));
  }
  const owner = { mtime: EPOCH, uid: 0, gid: 0, uname: '', gname: '' };
  const entries: Array<[string, TarEntry]> = [
    ...[...directories].map((d): [string, TarEntry] => [d, { header: { name: `${d}/`, type: 'directory', size: 0, mode: 0o755, ...owner } }]),
    ...[...contents].map(([name, body]): [string, TarEntry] => [name, { header: { name, type: 'file', size: body.length, mode: 0o644, ...owner }, body }]),
  ];
  // Byte order of paths, so a directory precedes its contents and the order never depends on locale.
  return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
}

async function writeBlob(dir: string, bytes: Uint8Array, mediaType: string): Promise<Descriptor> {
  const digest = sha256(bytes);
  await writeFile(join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length)), bytes);
  return { mediaType, digest, size: bytes.length };
}

function sortedObject(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Writes `dir` as an OCI image layout holding one image; replaces its index.json. */
export async function writeOciLayout(dir: string, spec: ImageSpec): Promise<BuiltLayout> {
  const platform = parsePlatform(spec.platform);
  await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
  const tar = await packTar(layerEntries(spec.files));
  const layer = await writeBlob(dir, gzipSync(tar, { level: 9 }), MediaType.ociLayerGzip);
  const configDocument = {
    created: EPOCH.toISOString(),
    architecture: platform.architecture,
    os: platform.os,
    ...(platform.variant ? { variant: platform.variant } : {}),
    config: {
      ...(spec.env ? { Env: Object.entries(sortedObject(spec.env)).map(([k, v]) => `${k}=${v}`) } : {}),
      ...(spec.entrypoint ? { Entrypoint: spec.entrypoint } : {}),
      ...(spec.labels ? { Labels: sortedObject(spec.labels) } : {}),
    },
    rootfs: { type: 'layers', diff_ids: [sha256(tar)] },
    history: [{ created: EPOCH.toISOString(), created_by: 'agentcore-actions writeOciLayout' }],
  };
  const config = await writeBlob(dir, Buffer.from(JSON.stringify(configDocument)), MediaType.ociConfig);
  const manifestDocument: ImageManifest = { schemaVersion: 2, mediaType: MediaType.ociManifest, config, layers: [layer] };
  const manifest = await writeBlob(dir, Buffer.from(JSON.stringify(manifestDocument)), MediaType.ociManifest);
  const index: ImageIndex = { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [{ ...manifest, platform }] };
  await writeFile(join(dir, 'index.json'), JSON.stringify(index));
  await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  return { digest: manifest.digest, manifest, config, layer };
}

/** Every regular file under `root`, keyed by its path relative to root with "/" separators: the `files` of an ImageSpec. */
export async function readFileTree(root: string): Promise<Record<string, Buffer>> {
  const files: Record<string, Buffer> = {};
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files[relative(root, full).split(sep).join('/')] = await readFile(full);
  }
  return files;
}
