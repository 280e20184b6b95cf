import { createHash } from 'node:crypto';
import { systemClock, type Clock } from '../clock.js';
import { UserError } from '../errors.js';
import type { Logger } from '../logger.js';
import { MANIFEST_ACCEPT, sha256 } from './oci.js';

/**
 * A compact OCI distribution (registry v2) client on `fetch`, for ECR's Basic auth.
 * npm has no maintained client that does chunked uploads, cross-repository mounts and
 * registry-to-registry copies with token auth, so this is ours (see the registry README notes).
 */
export interface OciRegistryOptions {
  /** Where requests go: ECR's proxyEndpoint, e.g. https://<acct>.dkr.ecr.<region>.amazonaws.com. */
  endpoint: string;
  /** The registry as image URIs name it, `<acct>.dkr.ecr.<region>.amazonaws.com`; tells registries apart. */
  registry: string;
  username: string;
  password: string;
  logger: Logger;
  clock?: Clock;
  /** Blobs up to this size go in one request, larger ones in chunks of this size; default 8 MiB. */
  chunkSize?: number;
  /** Attempts per request (or per blob upload) on throttling, 5xx and network errors; default 5. */
  maxAttempts?: number;
}

/** A blob to upload: its digest and size, and a way to read it (again, on a retry). */
export interface BlobSource {
  digest: string;
  size: number;
  /** Where the bytes come from, for error messages. */
  origin: string;
  open(): AsyncIterable<Uint8Array>;
}

export interface FetchedManifest {
  bytes: Buffer;
  mediaType: string;
  digest: string;
}

export const DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024;
const DEFAULT_MAX_ATTEMPTS = 5;
const BACKOFF_BASE_MS = 200;
const BACKOFF_CAP_MS = 5000;

interface RegistryErrorBody {
  errors?: Array<{ code?: string; message?: string }>;
}

/** A throttled, 5xx or network failure: worth another attempt. */
class TransientError extends Error {}

interface SendOptions {
  /** What is being done, for messages: "push blob sha256:… to …". */
  attempt: string;
  repository: string;
  headers?: Record<string, string>;
  body?: Uint8Array;
  /** Statuses the caller handles itself besides 2xx. */
  expect?: number[];
  /** Retry transient failures here (the default); upload steps say false, the whole upload is retried instead. */
  retry?: boolean;
}

export class OciRegistry {
  readonly endpoint: string;
  readonly registry: string;
  private readonly authorization: string;
  private readonly logger: Logger;
  private readonly clock: Clock;
  private readonly chunkSize: number;
  private readonly maxAttempts: number;

  constructor(options: OciRegistryOptions) {
    this.endpoint = options.endpoint.replace(/\/+$/, '');
    this.registry = options.registry;
    this.authorization = `Basic ${Buffer.from(`${options.username}:${options.password}`).toString('base64')}`;
    this.logger = options.logger;
    this.clock = options.clock ?? systemClock;
    this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  }

  /** `<registry>/<repository>`, as image URIs spell it. */
  repositoryUri(repository: string): string {
    return `${this.registry}/${repository}`;
  }

  async hasBlob(repository: string, digest: string): Promise<boolean> {
    const response = await this.send('HEAD', this.url(repository, `blobs/${digest}`), {
      attempt: `Checking blob ${digest} in ${this.repositoryUri(repository)}`,
      repository,
      expect: [404],
    });
    return response.status !== 404;
  }

  /** Reads a blob as a stream of chunks; the upload it feeds checks the digest. */
  async openBlob(repository: string, digest: string): Promise<AsyncIterable<Uint8Array>> {
    const response = await this.send('GET', this.url(repository, `blobs/${digest}`), {
      attempt: `Reading blob ${digest} from ${this.repositoryUri(repository)}`,
      repository,
    });
    if (!response.body) return (async function* () {})();
    return response.body;
  }

  /**
   * Uploads a blob: in one request up to the chunk size, in chunks above it. With `mountFrom`
   * (a repository of this same registry) it asks the registry to share the blob instead.
   * Checks the content's digest before committing. Says whether bytes were sent or mounted.
   */
  async uploadBlob(repository: string, blob: BlobSource, mountFrom?: string): Promise<'uploaded' | 'mounted'> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.uploadOnce(repository, blob, mountFrom);
      } catch (error) {
        if (!(error instanceof TransientError) || attempt >= this.maxAttempts) throw this.final(error);
        await this.backoff(`Uploading blob ${blob.digest}: ${error.message}`, attempt);
      }
    }
  }

  /** The digest a tag (or digest) points at, or undefined when the repository has no such manifest. */
  async manifestDigest(repository: string, reference: string): Promise<string | undefined> {
    const response = await this.send('HEAD', this.url(repository, `manifests/${reference}`), {
      attempt: `Checking ${this.reference(repository, reference)}`,
      repository,
      headers: { accept: MANIFEST_ACCEPT },
      expect: [404],
    });
    if (response.status === 404) return undefined;
    return response.headers.get('docker-content-digest') ?? undefined;
  }

  async getManifest(repository: string, reference: string): Promise<FetchedManifest> {
    const what = this.reference(repository, reference);
    const response = await this.send('GET', this.url(repository, `manifests/${reference}`), {
      attempt: `Reading manifest ${what}`,
      repository,
      headers: { accept: MANIFEST_ACCEPT },
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    const digest = sha256(bytes);
    const claimed = reference.startsWith('sha256:') ? reference : response.headers.get('docker-content-digest');
    if (claimed && claimed !== digest) {
      throw new UserError(`The manifest of ${what} does not match its digest: the registry sent content with digest ${digest}, not ${claimed}.`);
    }
    return { bytes, mediaType: response.headers.get('content-type')?.split(';')[0] ?? '', digest };
  }

  /**
   * Puts manifest bytes exactly as given (so the digest is preserved) under a tag or digest.
   * A refused tag on an IMMUTABLE repository names both digests.
   */
  async putManifest(repository: string, reference: string, bytes: Buffer, mediaType: string): Promise<string> {
    const digest = sha256(bytes);
    const what = this.reference(repository, reference);
    const response = await this.send('PUT', this.url(repository, `manifests/${reference}`), {
      attempt: `Pushing manifest ${digest} as ${what}`,
      repository,
      headers: { 'content-type': mediaType },
      body: bytes,
      expect: [400],
    });
    if (response.status === 400) {
      const error = await readError(response);
      if (error.code === 'TAG_INVALID' && !reference.startsWith('sha256:')) {
        const current = await this.manifestDigest(repository, reference);
        if (current && current !== digest) {
          throw new UserError(
            `Tag "${reference}" of ${this.repositoryUri(repository)} is immutable and already points at ${current}; this image is ${digest}. ` +
              'Push it under a new tag (e.g. the commit SHA), or make the repository MUTABLE.',
          );
        }
      }
      throw new UserError(`Pushing manifest ${digest} as ${what} failed: HTTP 400 ${error.code}: ${error.message}`);
    }
    const returned = response.headers.get('docker-content-digest');
    if (returned && returned !== digest) {
      throw new UserError(`The registry stored ${what} under digest ${returned}, but the manifest sent has digest ${digest}.`);
    }
    return digest;
  }

  private async uploadOnce(repository: string, blob: BlobSource, mountFrom: string | undefined): Promise<'uploaded' | 'mounted'> {
    const attempt = `Uploading blob ${blob.digest} (${blob.size} bytes) to ${this.repositoryUri(repository)}`;
    const start = new URL(this.url(repository, 'blobs/uploads/'));
    if (mountFrom) {
      start.searchParams.set('mount', blob.digest);
      start.searchParams.set('from', mountFrom);
    }
    const started = await this.send('POST', start.toString(), { attempt, repository, retry: false });
    if (started.status === 201) return 'mounted';
    let location = this.location(started, attempt);
    const hash = createHash('sha256');
    let offset = 0;
    let body: Uint8Array | undefined;
    if (blob.size <= this.chunkSize) {
      body = Buffer.concat(await collect(blob.open()));
      hash.update(body);
      offset = body.length;
    } else {
      for await (const chunk of rechunk(blob.open(), this.chunkSize)) {
        hash.update(chunk);
        const patched = await this.send('PATCH', location, {
          attempt,
          repository,
          headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${offset + chunk.length - 1}` },
          body: chunk,
          retry: false,
        });
        offset += chunk.length;
        location = this.location(patched, attempt);
      }
    }
    const actual = `sha256:${hash.digest('hex')}`;
    if (actual !== blob.digest || offset !== blob.size) {
      await this.send('DELETE', location, { attempt, repository, expect: [404], retry: false }).catch(() => undefined);
      throw new UserError(
        `${blob.origin} is not what its descriptor says: expected ${blob.digest} (${blob.size} bytes), got ${actual} (${offset} bytes). Nothing was committed.`,
      );
    }
    const finish = new URL(location);
    finish.searchParams.set('digest', blob.digest);
    await this.send('PUT', finish.toString(), {
      attempt,
      repository,
      headers: { 'content-type': 'application/octet-stream' },
      ...(body ? { body } : {}),
      retry: false,
    });
    return 'uploaded';
  }

  private url(repository: string, rest: string): string {
    return `${this.endpoint}/v2/${repository}/${rest}`;
  }

  /** `repo:tag` or `repo@sha256:…`. */
  reference(repository: string, reference: string): string {
    return `${this.repositoryUri(repository)}${reference.startsWith('sha256:') ? '@' : ':'}${reference}`;
  }

  private location(response: Response, attempt: string): string {
    const location = response.headers.get('location');
    if (!location) throw new UserError(`${attempt} failed: the registry answered HTTP ${response.status} without a Location header.`);
    return new URL(location, this.endpoint).toString();
  }

  private async backoff(what: string, attempt: number): Promise<void> {
    const delay = Math.round(Math.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt));
    this.logger.info(`${what}; retrying in ${(delay / 1000).toFixed(1)}s (attempt ${attempt + 1} of ${this.maxAttempts})`);
    await this.clock.sleep(delay);
  }

  private final(error: unknown): unknown {
    return error instanceof TransientError ? new UserError(error.message) : error;
  }

  private async send(method: string, url: string, options: SendOptions): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.sendOnce(method, url, options);
      } catch (error) {
        const retry = options.retry ?? true;
        if (!retry || !(error instanceof TransientError) || attempt >= this.maxAttempts) throw retry ? this.final(error) : error;
        await this.backoff(error.message, attempt);
      }
    }
  }

  private async sendOnce(method: string, url: string, options: SendOptions): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: { authorization: this.authorization, ...options.headers },
        ...(options.body ? { body: options.body } : {}),
      });
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      throw new TransientError(`${options.attempt} failed: could not reach ${this.endpoint} (${cause})`);
    }
    this.logger.debug(`${method} ${new URL(url).pathname} -> HTTP ${response.status}`);
    if (response.ok || options.expect?.includes(response.status)) {
      // Bodies of HEAD answers and of steps whose content we ignore are drained, so sockets are reused.
      if (method === 'HEAD' || (method !== 'GET' && response.status !== 400)) await response.arrayBuffer();
      return response;
    }
    const error = await readError(response);
    const detail = `HTTP ${response.status}${error.code ? ` ${error.code}` : ''}${error.message ? `: ${error.message}` : ''}`;
    if (response.status === 429 || response.status >= 500) throw new TransientError(`${options.attempt} failed: ${detail}`);
    throw new UserError(this.explain(response.status, error.code, detail, options));
  }

  private explain(status: number, code: string, detail: string, options: SendOptions): string {
    const head = `${options.attempt} failed: ${detail}.`;
    if (status === 401) {
      return `${head} The registry ${this.registry} refused the credentials: ECR tokens last 12 hours and open one registry. Log in again with GetAuthorizationToken for that account and region.`;
    }
    if (status === 403) {
      return (
        `${head} Pushing needs credentials of the registry's own account; pulling from another account needs the repository policy of ` +
        `${this.repositoryUri(options.repository)} to allow this account ecr:BatchGetImage and ecr:GetDownloadUrlForLayer.`
      );
    }
    if (status === 404 && code === 'NAME_UNKNOWN') {
      return `${options.attempt} failed: repository "${options.repository}" does not exist in registry ${this.registry}. Run setup-env to create it.`;
    }
    return head;
  }
}

async function readError(response: Response): Promise<{ code: string; message: string }> {
  const text = await response.text().catch(() => '');
  try {
    const first = (JSON.parse(text) as RegistryErrorBody).errors?.[0];
    return { code: first?.code ?? '', message: first?.message ?? '' };
  } catch {
    return { code: '', message: text.slice(0, 200) };
  }
}

async function collect(source: AsyncIterable<Uint8Array>): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of source) chunks.push(Buffer.from(chunk));
  return chunks;
}

/** Regroups a stream into chunks of exactly `size` bytes (the last one shorter). */
async function* rechunk(source: AsyncIterable<Uint8Array>, size: number): AsyncIterable<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const piece of source) {
    let rest = Buffer.from(piece);
    while (pendingBytes + rest.length >= size) {
      const take = size - pendingBytes;
      yield Buffer.concat([...pending, rest.subarray(0, take)]);
      rest = rest.subarray(take);
      pending = [];
      pendingBytes = 0;
    }
    if (rest.length) {
      pending.push(rest);
      pendingBytes += rest.length;
    }
  }
  if (pendingBytes) yield Buffer.concat(pending);
}
