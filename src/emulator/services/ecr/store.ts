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

export const TAG_MUTABILITIES: readonly TagMutability[] = ['MUTABLE', 'IMMUTABLE', 'MUTABLE_WITH_EXCLUSION', 'IMMUTABLE_WITH_EXCLUSION'];

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

/** Does an ECR wildcard pattern (`*` matches anything) match the whole text? Tag exclusion filters and policy actions use them. */
export function matchesWildcard(filter: string, tag: string): boolean {
  const pattern = filter.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${pattern}$`).test(tag);
}
