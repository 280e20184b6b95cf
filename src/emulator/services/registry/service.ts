import { createHash, randomUUID, type Hash } from 'node:crypto';
import type { EmulatorState } from '../../state.js';
import { AwsError, type EmuContext, type EmuRequest, type EmuResponse, type Operation, type ServiceModule } from '../../types.js';
import { renderError } from '../../protocols/wire.js';
import { policyAllows, verifyPassword, type TokenClaims } from '../ecr/access.js';
import { DIGEST, ImageProblem, putManifest, sha256Digest } from '../ecr/manifests.js';
import { blobStore, ecrRegistry, type EcrRepository } from '../ecr/store.js';

/**
 * The OCI distribution API (registry v2) in front of ECR's repositories. Every registry shares
 * this one port: the ECR password in the Basic credentials says which account/region registry a
 * request is for, so clients push to `127.0.0.1:<port>/<repo>` and the token picks the registry.
 */
const API_VERSION_HEADER = { 'docker-distribution-api-version': 'registry/2.0' };
const REPOSITORY_NAME = /^(?=.{2,256}$)((?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)$/;
const TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
const PATH = /^\/v2\/(.+)\/(?:blobs\/uploads\/?([^/]*)|blobs\/([^/]+)|manifests\/([^/]+)|(tags\/list))$/;

interface UploadSession {
  account: string;
  region: string;
  repository: string;
  chunks: Buffer[];
  size: number;
  hash: Hash;
}

function uploads(state: EmulatorState): Map<string, UploadSession> {
  return state.global('registry-uploads', () => new Map<string, UploadSession>());
}

function fail(code: string, message: string, status: number, detail: Record<string, unknown> = {}): AwsError {
  return new AwsError(code, message, status, detail);
}

function baseUrl(req: EmuRequest, ctx: EmuContext): string {
  return req.headers.host ? `http://${req.headers.host}` : ctx.baseUrl;
}

/** The claims of `Basic AWS:<password>` credentials this emulator issued, expired or not. */
function tokenClaims(req: EmuRequest, ctx: EmuContext): TokenClaims | undefined {
  const header = req.headers.authorization;
  const match = header ? /^Basic\s+(\S+)$/i.exec(header) : null;
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  const user = decoded.slice(0, separator);
  return separator > 0 && user === 'AWS' ? verifyPassword(ctx.state, decoded.slice(separator + 1)) : undefined;
}

/** The claims of the request's `Basic AWS:<password>` credentials; 401 without valid ones. */
function authenticate(req: EmuRequest, ctx: EmuContext): TokenClaims {
  if (!/^Basic\s/i.test(req.headers.authorization ?? '')) throw fail('UNAUTHORIZED', 'Not Authorized', 401);
  const claims = tokenClaims(req, ctx);
  if (!claims) throw fail('UNAUTHORIZED', 'Not Authorized: use the user AWS and a password from ECR GetAuthorizationToken', 401);
  if (claims.expiresAt <= ctx.now()) throw fail('UNAUTHORIZED', 'Your authorization token has expired. Reauthenticate and try again.', 401);
  return claims;
}

type Access = { mode: 'push' } | { mode: 'pull'; action: string };

/** The repository a request names, after checking the token may do this there. */
function repositoryFor(ctx: EmuContext, claims: TokenClaims, name: string, access: Access): EcrRepository {
  if (!REPOSITORY_NAME.test(name)) throw fail('NAME_INVALID', `Invalid repository name '${name}'`, 400, { name });
  const ownRegistry = claims.callerAccount === claims.registryAccount;
  if (access.mode === 'push' && !ownRegistry) {
    throw fail('DENIED', `${claims.callerArn} may not push to the registry of account ${claims.registryAccount}: pushes need a token of the registry's own account.`, 403);
  }
  const repository = ecrRegistry(ctx.state, claims.registryAccount, claims.region).repositories[name];
  if (!repository) {
    throw fail('NAME_UNKNOWN', `The repository with name '${name}' does not exist in the registry with id '${claims.registryAccount}'`, 404, { name });
  }
  if (access.mode === 'pull' && !ownRegistry && !policyAllows(repository, { account: claims.callerAccount, arn: claims.callerArn }, access.action)) {
    throw fail(
      'DENIED',
      `User: ${claims.callerArn} is not authorized to perform: ${access.action} on resource: ${repository.arn} because no resource-based policy allows the ${access.action} action`,
      403,
    );
  }
  return repository;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function checkDigest(digest: string | null): string {
  if (!digest || !DIGEST.test(digest)) throw fail('DIGEST_INVALID', `Invalid digest '${digest ?? ''}': expected sha256:<64 hex digits>`, 400, { digest });
  return digest;
}

function rangeHeader(size: number): string {
  return `0-${Math.max(0, size - 1)}`;
}

function storeBlob(ctx: EmuContext, repository: EcrRepository, digest: string, bytes: Buffer): void {
  blobStore(ctx.state).set(digest, bytes);
  repository.blobs[digest] = bytes.length;
  repository.blobUploads[digest] = (repository.blobUploads[digest] ?? 0) + 1;
}

function blobCreated(req: EmuRequest, ctx: EmuContext, name: string, digest: string): EmuResponse {
  return { status: 201, headers: { location: `${baseUrl(req, ctx)}/v2/${name}/blobs/${digest}`, 'docker-content-digest': digest } };
}

function sessionResponse(req: EmuRequest, ctx: EmuContext, name: string, id: string, session: UploadSession, status: number): EmuResponse {
  return {
    status,
    headers: {
      location: `${baseUrl(req, ctx)}/v2/${name}/blobs/uploads/${id}`,
      range: rangeHeader(session.size),
      'docker-upload-uuid': id,
    },
  };
}

function session(ctx: EmuContext, claims: TokenClaims, repository: EcrRepository, id: string): UploadSession {
  const found = uploads(ctx.state).get(id);
  if (!found || found.account !== claims.registryAccount || found.region !== claims.region || found.repository !== repository.name) {
    throw fail('BLOB_UPLOAD_UNKNOWN', `Upload ${id} is not in progress for repository '${repository.name}'`, 404);
  }
  return found;
}

function append(upload: UploadSession, bytes: Buffer): void {
  if (bytes.length === 0) return;
  upload.chunks.push(bytes);
  upload.size += bytes.length;
  upload.hash.update(bytes);
}

function startUpload(req: EmuRequest, ctx: EmuContext, name: string): EmuResponse {
  const claims = authenticate(req, ctx);
  const repository = repositoryFor(ctx, claims, name, { mode: 'push' });
  const mount = req.query.get('mount');
  const from = req.query.get('from');
  if (mount && from) {
    // Mounting needs no bytes: the blob is shared with a repository of the same registry.
    const source = ecrRegistry(ctx.state, claims.registryAccount, claims.region).repositories[from];
    const size = source?.blobs[mount];
    if (size !== undefined && blobStore(ctx.state).has(mount)) {
      repository.blobs[mount] = size;
      return blobCreated(req, ctx, name, mount);
    }
  }
  if (req.query.has('digest')) {
    const digest = checkDigest(req.query.get('digest'));
    const actual = sha256Digest(req.body);
    if (actual !== digest) throw fail('DIGEST_INVALID', `The content's digest is ${actual}, not ${digest}`, 400, { digest });
    storeBlob(ctx, repository, digest, req.body);
    return blobCreated(req, ctx, name, digest);
  }
  const id = randomUUID();
  const upload: UploadSession = { account: claims.registryAccount, region: claims.region, repository: name, chunks: [], size: 0, hash: createHash('sha256') };
  uploads(ctx.state).set(id, upload);
  return sessionResponse(req, ctx, name, id, upload, 202);
}

function uploadChunk(req: EmuRequest, ctx: EmuContext, name: string, id: string): EmuResponse {
  const claims = authenticate(req, ctx);
  const repository = repositoryFor(ctx, claims, name, { mode: 'push' });
  const upload = session(ctx, claims, repository, id);
  const range = req.headers['content-range'];
  if (range !== undefined) {
    const match = /^(?:bytes[ =])?(\d+)-(\d+)$/.exec(range.trim());
    const start = match ? Number(match[1]) : NaN;
    const end = match ? Number(match[2]) : NaN;
    if (start !== upload.size || end - start + 1 !== req.body.length) {
      // The client learns where to resume from the Range header of the refusal.
      const refusal = withRegistryError(fail('BLOB_UPLOAD_INVALID', `Content-Range ${range} does not continue the upload at byte ${upload.size} with ${req.body.length} bytes`, 416));
      return { ...refusal, headers: { ...refusal.headers, ...sessionResponse(req, ctx, name, id, upload, 416).headers } };
    }
  }
  append(upload, req.body);
  return sessionResponse(req, ctx, name, id, upload, 202);
}

function completeUpload(req: EmuRequest, ctx: EmuContext, name: string, id: string): EmuResponse {
  const claims = authenticate(req, ctx);
  const repository = repositoryFor(ctx, claims, name, { mode: 'push' });
  const upload = session(ctx, claims, repository, id);
  const digest = checkDigest(req.query.get('digest'));
  append(upload, req.body);
  uploads(ctx.state).delete(id);
  const actual = `sha256:${upload.hash.digest('hex')}`;
  if (actual !== digest) throw fail('DIGEST_INVALID', `The uploaded content's digest is ${actual}, not ${digest}`, 400, { digest });
  storeBlob(ctx, repository, digest, Buffer.concat(upload.chunks));
  return blobCreated(req, ctx, name, digest);
}

function blob(req: EmuRequest, ctx: EmuContext, name: string, digest: string): EmuResponse {
  const claims = authenticate(req, ctx);
  const repository = repositoryFor(ctx, claims, name, { mode: 'pull', action: 'ecr:GetDownloadUrlForLayer' });
  const bytes = repository.blobs[digest] !== undefined ? blobStore(ctx.state).get(digest) : undefined;
  if (!bytes) throw fail('BLOB_UNKNOWN', `Blob ${digest} is not in repository '${name}'`, 404, { digest });
  // Node sends no body for HEAD but keeps the Content-Length of the one given.
  return { status: 200, headers: { 'content-type': 'application/octet-stream', 'docker-content-digest': digest }, body: bytes };
}

function putManifestOperation(req: EmuRequest, ctx: EmuContext, name: string, reference: string): EmuResponse {
  const claims = authenticate(req, ctx);
  const repository = repositoryFor(ctx, claims, name, { mode: 'push' });
  const byDigest = reference.startsWith('sha256:');
  if (byDigest) checkDigest(reference);
  else if (!TAG.test(reference)) throw fail('TAG_INVALID', `Invalid tag '${reference}'`, 400, { tag: reference });
  const contentType = req.headers['content-type'];
  try {
    const image = putManifest(repository, {
      manifest: req.body,
      ...(contentType ? { mediaType: contentType } : {}),
      ...(byDigest ? { digest: reference } : { tag: reference }),
      now: ctx.now(),
    });
    return {
      status: 201,
      headers: { location: `${baseUrl(req, ctx)}/v2/${name}/manifests/${image.digest}`, 'docker-content-digest': image.digest },
    };
  } catch (error) {
    if (!(error instanceof ImageProblem)) throw error;
    switch (error.kind) {
      case 'blobUnknown':
      case 'manifestUnknown':
        throw fail('MANIFEST_BLOB_UNKNOWN', error.message, 400, { digests: error.missing });
      case 'digestMismatch':
        throw fail('DIGEST_INVALID', error.message, 400);
      case 'tagImmutable':
      case 'alreadyTagged':
        throw fail('TAG_INVALID', error.message, 400, { tag: reference });
      case 'invalid':
      case 'unsupportedMediaType':
        throw fail('MANIFEST_INVALID', error.message, 400);
    }
  }
}

function getManifest(req: EmuRequest, ctx: EmuContext, name: string, reference: string): EmuResponse {
  const claims = authenticate(req, ctx);
  const repository = repositoryFor(ctx, claims, name, { mode: 'pull', action: 'ecr:BatchGetImage' });
  const digest = reference.startsWith('sha256:') ? reference : repository.tagIndex[reference];
  const image = digest ? repository.images[digest] : undefined;
  if (!image) throw fail('MANIFEST_UNKNOWN', `Requested image not found: '${reference}' in repository '${name}'`, 404, { reference });
  return { status: 200, headers: { 'content-type': image.mediaType, 'docker-content-digest': image.digest }, body: Buffer.from(image.manifest, 'base64') };
}

function listTags(req: EmuRequest, ctx: EmuContext, name: string): EmuResponse {
  const claims = authenticate(req, ctx);
  const repository = repositoryFor(ctx, claims, name, { mode: 'pull', action: 'ecr:ListImages' });
  return { status: 200, body: { name, tags: Object.keys(repository.tagIndex).sort() } };
}

/** Registry errors carry headers an AwsError cannot: the Basic challenge and the API version. */
function withRegistryError(error: AwsError, realm = ''): EmuResponse {
  const response = renderError('registry', error, '');
  return {
    ...response,
    headers: {
      ...response.headers,
      ...(error.status === 401 ? { 'www-authenticate': `Basic realm="${realm}",service="ecr.amazonaws.com"` } : {}),
    },
  };
}

function operation(name: string, handler: (req: EmuRequest, ctx: EmuContext) => EmuResponse): Operation {
  return {
    name,
    handle: (req, ctx) => {
      let response: EmuResponse;
      try {
        response = handler(req, ctx);
      } catch (error) {
        if (!(error instanceof AwsError)) throw error;
        response = withRegistryError(error, `${baseUrl(req, ctx)}/`);
      }
      return { ...response, headers: { ...API_VERSION_HEADER, ...response.headers } };
    },
  };
}

function unsupported(method: string, path: string): Operation {
  return operation('Unsupported', () => {
    throw fail('UNSUPPORTED', `${method} ${path} is not supported by this registry`, 405);
  });
}

function route(req: EmuRequest): Operation {
  const { method, path } = req;
  if (path === '/v2' || path === '/v2/') {
    if (method !== 'GET' && method !== 'HEAD') return unsupported(method, path);
    return operation('Ping', (r, ctx) => {
      authenticate(r, ctx);
      return { status: 200, body: {} };
    });
  }
  const match = PATH.exec(path);
  if (!match) return unsupported(method, path);
  const name = decode(match[1]!);
  const [uploadId, blobDigest, manifestRef, tags] = [match[2], match[3], match[4], match[5]];
  if (uploadId !== undefined) {
    if (uploadId === '') {
      return method === 'POST' ? operation('StartUpload', (r, ctx) => startUpload(r, ctx, name)) : unsupported(method, path);
    }
    const id = decode(uploadId);
    switch (method) {
      case 'PATCH':
        return operation('UploadChunk', (r, ctx) => uploadChunk(r, ctx, name, id));
      case 'PUT':
        return operation('CompleteUpload', (r, ctx) => completeUpload(r, ctx, name, id));
      case 'GET':
        return operation('GetUploadStatus', (r, ctx) => {
          const claims = authenticate(r, ctx);
          const repository = repositoryFor(ctx, claims, name, { mode: 'push' });
          return sessionResponse(r, ctx, name, id, session(ctx, claims, repository, id), 204);
        });
      case 'DELETE':
        return operation('CancelUpload', (r, ctx) => {
          const claims = authenticate(r, ctx);
          session(ctx, claims, repositoryFor(ctx, claims, name, { mode: 'push' }), id);
          uploads(ctx.state).delete(id);
          return { status: 204 };
        });
      default:
        return unsupported(method, path);
    }
  }
  if (blobDigest !== undefined) {
    const digest = decode(blobDigest);
    if (method === 'GET' || method === 'HEAD') return operation(method === 'GET' ? 'GetBlob' : 'HeadBlob', (r, ctx) => blob(r, ctx, name, digest));
    return unsupported(method, path);
  }
  if (manifestRef !== undefined) {
    const reference = decode(manifestRef);
    if (method === 'PUT') return operation('PutManifest', (r, ctx) => putManifestOperation(r, ctx, name, reference));
    if (method === 'GET' || method === 'HEAD') return operation(method === 'GET' ? 'GetManifest' : 'HeadManifest', (r, ctx) => getManifest(r, ctx, name, reference));
    return unsupported(method, path);
  }
  if (tags !== undefined && method === 'GET') return operation('ListTags', (r, ctx) => listTags(r, ctx, name));
  return unsupported(method, path);
}

export const registryService: ServiceModule = {
  name: 'registry',
  protocol: 'registry',
  signingNames: [],
  throttlingCode: 'TOOMANYREQUESTS',
  claimsUnsigned: (req) => req.path === '/v2' || req.path.startsWith('/v2/'),
  route,
  identify: (req, ctx) => {
    const claims = tokenClaims(req, ctx);
    return claims && { account: claims.registryAccount, region: claims.region };
  },
};
