import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EmulatorState } from '../../state.js';
import { AwsError } from '../../types.js';

/**
 * ECR's data, shared by the ECR API, the registry (OCI distribution) API,
 * CloudFormation (AWS::ECR::Repository) and AgentCore (does the image exist?).
 */
export interface EcrImage {
  digest: string;
  tags: string[];
  pushedAt: number;
  mediaType: string;
  /** The config's media type, ECR's `artifactMediaType`; absent for indexes. */
  artifactMediaType?: string;
  /** Manifest bytes, base64, so the state stays plain JSON. */
  manifest: string;
  /** Sum of layer and config sizes (of the child images for an index), for DescribeImages. */
  sizeInBytes: number;
}

export type TagMutability = 'MUTABLE' | 'IMMUTABLE' | 'MUTABLE_WITH_EXCLUSION' | 'IMMUTABLE_WITH_EXCLUSION';

export interface TagMutabilityExclusionFilter {
  filterType: 'WILDCARD';
  filter: string;
}

export interface EcrRepository {
  name: string;
  arn: string;
  uri: string;
  registryId: string;
  createdAt: number;
  tagMutability: TagMutability;
  /** Tags that follow the opposite rule of a *_WITH_EXCLUSION mutability. */
  tagMutabilityExclusionFilters?: TagMutabilityExclusionFilter[];
  scanOnPush: boolean;
  encryptionType: 'AES256' | 'KMS';
  policyText?: string;
  lifecyclePolicyText?: string;
  tags: Array<{ Key: string; Value: string }>;
  /** Images by digest. */
  images: Record<string, EcrImage>;
  /** Tag -> digest. */
  tagIndex: Record<string, string>;
  /** Blob digests this repository holds (bytes live in the shared blob store), with sizes. */
  blobs: Record<string, number>;
  /** Completed blob uploads per digest (mounts excluded), so tests can assert nothing was sent twice. */
  blobUploads: Record<string, number>;
}

export interface EcrRegistryData {
  repositories: Record<string, EcrRepository>;
}

export function ecrRegistry(state: EmulatorState, account: string, region: string): EcrRegistryData {
  return state.scope<EcrRegistryData>('ecr', account, region, () => ({ repositories: {} }));
}

export function registryHost(account: string, region: string): string {
  return `${account}.dkr.ecr.${region}.amazonaws.com`;
}

export function repositoryUri(account: string, region: string, name: string): string {
  return `${registryHost(account, region)}/${name}`;
}

const REPOSITORY_NAME = /^(?=.{2,256}$)((?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)$/;

export interface CreateRepositoryInput {
  name: string;
  tagMutability?: TagMutability;
  tagMutabilityExclusionFilters?: TagMutabilityExclusionFilter[];
  scanOnPush?: boolean;
  encryptionType?: EcrRepository['encryptionType'];
  tags?: Array<{ Key: string; Value: string }>;
}

export function createRepository(
  state: EmulatorState,
  account: string,
  region: string,
  input: CreateRepositoryInput,
  now = Date.now(),
): EcrRepository {
  if (!REPOSITORY_NAME.test(input.name)) {
    throw new AwsError('InvalidParameterException', `Invalid parameter at 'repositoryName' failed to satisfy constraint: 'must satisfy regular expression '${REPOSITORY_NAME.source}''`);
  }
  const registry = ecrRegistry(state, account, region);
  if (registry.repositories[input.name]) {
    throw new AwsError(
      'RepositoryAlreadyExistsException',
      `The repository with name '${input.name}' already exists in the registry with id '${account}'`,
    );
  }
  const repository: EcrRepository = {
    name: input.name,
    arn: `arn:aws:ecr:${region}:${account}:repository/${input.name}`,
    uri: repositoryUri(account, region, input.name),
    registryId: account,
    createdAt: now,
    tagMutability: input.tagMutability ?? 'MUTABLE',
    ...(input.tagMutabilityExclusionFilters?.length ? { tagMutabilityExclusionFilters: input.tagMutabilityExclusionFilters } : {}),
    scanOnPush: input.scanOnPush ?? false,
    encryptionType: input.encryptionType ?? 'AES256',
    tags: input.tags ?? [],
    images: {},
    tagIndex: {},
    blobs: {},
    blobUploads: {},
  };
  registry.repositories[input.name] = repository;
  return repository;
}

export function getRepository(state: EmulatorState, account: string, region: string, name: string): EcrRepository {
  const repository = ecrRegistry(state, account, region).repositories[name];
  if (!repository) {
    throw new AwsError(
      'RepositoryNotFoundException',
      `The repository with name '${name}' does not exist in the registry with id '${account}'`,
    );
  }
  return repository;
}

export function deleteRepository(state: EmulatorState, account: string, region: string, name: string, force = false): EcrRepository {
  const repository = getRepository(state, account, region, name);
  if (!force && Object.keys(repository.images).length > 0) {
    throw new AwsError(
      'RepositoryNotEmptyException',
      `The repository with name '${name}' in registry with id '${account}' cannot be deleted because it still contains images`,
    );
  }
  delete ecrRegistry(state, account, region).repositories[name];
  return repository;
}

/** An image by tag or by digest ("sha256:…"), or undefined. */
export function findImage(
  state: EmulatorState,
  account: string,
  region: string,
  repositoryName: string,
  reference: string,
): EcrImage | undefined {
  const repository = ecrRegistry(state, account, region).repositories[repositoryName];
  if (!repository) return undefined;
  const digest = reference.startsWith('sha256:') ? reference : repository.tagIndex[reference];
  return digest ? repository.images[digest] : undefined;
}

/** Splits `<acct>.dkr.ecr.<region>.amazonaws.com/<repo>(:tag|@digest)`; undefined when it is not an ECR URI. */
export function parseImageUri(uri: string): { account: string; region: string; repository: string; reference: string } | undefined {
  const match = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com\/([^:@\s]+)(?::([^@\s]+)|@(sha256:[a-f0-9]{64}))$/.exec(uri);
  if (!match) return undefined;
  return { account: match[1]!, region: match[2]!, repository: match[3]!, reference: (match[5] ?? match[4])! };
}

/** The shared content-addressed blob bytes; kept out of /_emulator/state. */
export function blobStore(state: EmulatorState): Map<string, Buffer> {
  return state.global('registry-blobs', () => new Map<string, Buffer>());
}

// ---- Images and manifests -------------------------------------------------------------------

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

/** Does a *_WITH_EXCLUSION filter (`*` wildcards) match this tag? */
function matchesWildcard(filter: string, tag: string): boolean {
  const pattern = filter.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${pattern}$`).test(tag);
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

// ---- Authorization tokens and repository policies --------------------------------------------

/** What an ECR password says: whose registry it opens, and who asked for it. */
export interface TokenClaims {
  /** The registry's account and region. */
  registryAccount: string;
  region: string;
  /** The caller GetAuthorizationToken was called by. */
  callerAccount: string;
  callerArn: string;
  expiresAt: number;
}

function tokenKey(state: EmulatorState): Buffer {
  return state.global('ecr-token-key', () => randomBytes(32));
}

/** An HMAC-signed password, so the registry can trust what it says without any stored session. */
export function issuePassword(state: EmulatorState, claims: TokenClaims): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const mac = createHmac('sha256', tokenKey(state)).update(payload).digest('base64url');
  return `${payload}.${mac}`;
}

/** The claims of a password this emulator issued, or undefined when it did not issue it. */
export function verifyPassword(state: EmulatorState, password: string): TokenClaims | undefined {
  const [payload, mac] = password.split('.');
  if (!payload || !mac) return undefined;
  const expected = createHmac('sha256', tokenKey(state)).update(payload).digest();
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenClaims;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function actionMatches(pattern: unknown, action: string): boolean {
  return typeof pattern === 'string' && matchesWildcard(pattern.toLowerCase(), action.toLowerCase());
}

function principalMatches(principal: unknown, account: string, arn: string): boolean {
  if (principal === '*') return true;
  const aws = typeof principal === 'object' && principal !== null ? (principal as { AWS?: unknown }).AWS : undefined;
  // An assumed-role session is named in policies by its role's ARN.
  const session = /^arn:aws:sts::(\d{12}):assumed-role\/([^/]+)\//.exec(arn);
  const role = session ? `arn:aws:iam::${session[1]}:role/${session[2]}` : undefined;
  return asList(aws).some((p) => p === '*' || p === account || p === `arn:aws:iam::${account}:root` || p === arn || p === role);
}

/**
 * Does the repository's policy let this caller (of another account) do `action`, e.g.
 * "ecr:BatchGetImage"? Explicit Deny wins; conditions are not evaluated.
 */
export function policyAllows(repository: EcrRepository, caller: { account: string; arn: string }, action: string): boolean {
  if (!repository.policyText) return false;
  let statements: unknown[];
  try {
    statements = asList((JSON.parse(repository.policyText) as { Statement?: unknown }).Statement);
  } catch {
    return false;
  }
  let allowed = false;
  for (const raw of statements) {
    const statement = raw as { Effect?: unknown; Principal?: unknown; Action?: unknown };
    if (!principalMatches(statement.Principal, caller.account, caller.arn)) continue;
    if (!asList(statement.Action).some((a) => actionMatches(a, action))) continue;
    if (statement.Effect === 'Deny') return false;
    if (statement.Effect === 'Allow') allowed = true;
  }
  return allowed;
}
