import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';

/** OCI image and Docker v2 media types, and the shapes of the documents we read and write. */
export const MediaType = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
} as const;

/** What a registry client accepts when it reads a manifest. */
export const MANIFEST_ACCEPT = [MediaType.ociManifest, MediaType.ociIndex, MediaType.dockerManifest, MediaType.dockerManifestList].join(', ');

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Platform;
  annotations?: Record<string, string>;
}

export interface ImageManifest {
  schemaVersion: 2;
  mediaType?: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

export interface ImageIndex {
  schemaVersion: 2;
  mediaType?: string;
  manifests: Descriptor[];
  annotations?: Record<string, string>;
}

export const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;

export function sha256(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export function isIndex(mediaType: string | undefined): boolean {
  return mediaType === MediaType.ociIndex || mediaType === MediaType.dockerManifestList;
}

/** "linux/arm64" or "linux/arm64/v8" as a Platform; a UserError for anything else. */
export function parsePlatform(value: string): Platform {
  const [os, architecture, variant, ...rest] = value.split('/');
  if (!os || !architecture || rest.length) throw new UserError(`Invalid platform "${value}": expected os/architecture[/variant], e.g. linux/arm64.`);
  return { os, architecture, ...(variant ? { variant } : {}) };
}

export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

/** Does an image's platform satisfy the requested one? A requested variant must match; arm64's v8 is the default. */
export function platformMatches(actual: Platform, wanted: Platform): boolean {
  if (actual.os !== wanted.os || actual.architecture !== wanted.architecture) return false;
  if (!wanted.variant) return true;
  const defaultVariant = wanted.architecture === 'arm64' ? 'v8' : undefined;
  return (actual.variant ?? defaultVariant) === wanted.variant;
}

/** The media type of a manifest document: its own field, else guessed from its shape. */
export function manifestMediaType(document: { mediaType?: unknown; manifests?: unknown }): string {
  if (typeof document.mediaType === 'string') return document.mediaType;
  return Array.isArray(document.manifests) ? MediaType.ociIndex : MediaType.ociManifest;
}
