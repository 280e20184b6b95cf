import type { EmulatorState } from '../../state.js';
import { AwsError, type EmuContext, type EmuRequest, type ServiceModule } from '../../types.js';
import { epochSeconds } from '../../protocols/wire.js';
import {
  DIGEST,
  ImageProblem,
  createRepository,
  deleteRepository,
  ecrRegistry,
  getRepository,
  isIndexMediaType,
  issuePassword,
  parseManifest,
  policyAllows,
  putManifest,
  type EcrImage,
  type EcrRepository,
  type TagMutability,
  type TagMutabilityExclusionFilter,
} from './store.js';
import { InputReader, jsonRpcRouter, readTagList, type JsonHandler, type JsonInput } from '../../protocols/json-rpc.js';
import { decodePageToken, page } from '../../protocols/paging.js';
import { callerIdentity } from '../sts/service.js';

/**
 * Amazon ECR's control API (awsJson1.1). Image bytes arrive through the registry API
 * (registry/); both share store.ts.
 */
const TOKEN_LIFETIME_MS = 12 * 60 * 60 * 1000;
const MUTABILITIES: readonly TagMutability[] = ['MUTABLE', 'IMMUTABLE', 'MUTABLE_WITH_EXCLUSION', 'IMMUTABLE_WITH_EXCLUSION'];
const EXCLUSION_FILTER = /^[0-9a-zA-Z._*-]{1,128}$/;
const REPOSITORY_ARN = /^arn:aws[a-z-]*:ecr:([a-z0-9-]+):(\d{12}):repository\/(.+)$/;
const MAX_TAGS = 50;

function reader(input: JsonInput): InputReader {
  return new InputReader(input, 'InvalidParameterException');
}

function invalid(member: string, constraint: string): AwsError {
  return new AwsError('InvalidParameterException', `Invalid parameter at '${member}' failed to satisfy constraint: '${constraint}'`);
}

interface Caller {
  account: string;
  arn: string;
}

/** The registry a request names (`registryId`, default the caller's own) and the repository in it. */
function resolve(state: EmulatorState, req: EmuRequest, input: InputReader, action: string): { repository: EcrRepository; registryId: string } {
  const registryId = readRegistryId(input) ?? req.account;
  const repository = getRepository(state, registryId, req.region, input.string('repositoryName'));
  if (registryId !== req.account) {
    const caller: Caller = { account: req.account, arn: callerIdentity(state, req.accessKeyId).arn };
    if (!policyAllows(repository, caller, `ecr:${action}`)) {
      throw new AwsError(
        'AccessDeniedException',
        `User: ${caller.arn} is not authorized to perform: ecr:${action} on resource: ${repository.arn} because no resource-based policy allows the ecr:${action} action`,
      );
    }
  }
  return { repository, registryId };
}

function readRegistryId(input: InputReader): string | undefined {
  const registryId = input.optString('registryId');
  if (registryId !== undefined && !/^\d{12}$/.test(registryId)) {
    throw new AwsError('InvalidParameterException', `Invalid parameter at 'registryId' failed to satisfy constraint: 'must satisfy regular expression '[0-9]{12}''`);
  }
  return registryId;
}

function readMaxResults(input: InputReader, max: number): number {
  const value = input.optNumber('maxResults') ?? 100;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new AwsError('InvalidParameterException', `1 validation error detected: Value '${value}' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and ${max}`);
  }
  return value;
}

function readPageOffset(input: InputReader): number {
  return decodePageToken(input.optString('nextToken'), () => new AwsError('InvalidParameterException', 'Invalid parameter at \'nextToken\' failed to satisfy constraint: \'The nextToken is invalid\''));
}

function readMutability(input: InputReader, required: boolean): { mutability?: TagMutability; filters?: TagMutabilityExclusionFilter[] } {
  const mutability = required ? input.string('imageTagMutability') : input.optString('imageTagMutability');
  if (mutability !== undefined && !MUTABILITIES.includes(mutability as TagMutability)) {
    throw invalid('imageTagMutability', `must be one of ${MUTABILITIES.map((m) => `'${m}'`).join(', ')}`);
  }
  const rawFilters = input.optObjectList('imageTagMutabilityExclusionFilters');
  const filters = rawFilters?.map((raw) => {
    const item = input.nested(raw);
    const filterType = item.string('filterType');
    const filter = item.string('filter');
    if (filterType !== 'WILDCARD') throw invalid('imageTagMutabilityExclusionFilters', `filterType must be 'WILDCARD', got '${filterType}'`);
    if (!EXCLUSION_FILTER.test(filter)) throw invalid('imageTagMutabilityExclusionFilters', `filter must satisfy regular expression '${EXCLUSION_FILTER.source}'`);
    return { filterType, filter } as const;
  });
  const withExclusion = mutability?.endsWith('_WITH_EXCLUSION') ?? false;
  if (withExclusion !== (filters !== undefined && filters.length > 0)) {
    throw invalid(
      'imageTagMutabilityExclusionFilters',
      withExclusion
        ? `ImageTagMutabilityExclusionFilters can't be null when imageTagMutability is set as ${mutability}`
        : `ImageTagMutabilityExclusionFilters can only be set when imageTagMutability is MUTABLE_WITH_EXCLUSION or IMMUTABLE_WITH_EXCLUSION`,
    );
  }
  if (filters && filters.length > 5) throw invalid('imageTagMutabilityExclusionFilters', 'Member must have length less than or equal to 5');
  return { ...(mutability ? { mutability: mutability as TagMutability } : {}), ...(filters ? { filters } : {}) };
}

function repositoryShape(repository: EcrRepository): Record<string, unknown> {
  return {
    repositoryArn: repository.arn,
    registryId: repository.registryId,
    repositoryName: repository.name,
    repositoryUri: repository.uri,
    createdAt: epochSeconds(repository.createdAt),
    imageTagMutability: repository.tagMutability,
    ...(repository.tagMutabilityExclusionFilters ? { imageTagMutabilityExclusionFilters: repository.tagMutabilityExclusionFilters } : {}),
    imageScanningConfiguration: { scanOnPush: repository.scanOnPush },
    encryptionConfiguration: { encryptionType: repository.encryptionType },
  };
}

function imageDetail(repository: EcrRepository, image: EcrImage): Record<string, unknown> {
  return {
    registryId: repository.registryId,
    repositoryName: repository.name,
    imageDigest: image.digest,
    ...(image.tags.length ? { imageTags: image.tags } : {}),
    imageSizeInBytes: image.sizeInBytes,
    imagePushedAt: epochSeconds(image.pushedAt),
    imageManifestMediaType: image.mediaType,
    ...(image.artifactMediaType ? { artifactMediaType: image.artifactMediaType } : {}),
  };
}

function describeImageId(id: { imageDigest?: string; imageTag?: string }): string {
  return `{imageDigest:'${id.imageDigest ?? 'null'}', imageTag:'${id.imageTag ?? 'null'}'}`;
}

interface ImageId {
  imageDigest?: string;
  imageTag?: string;
}

function readImageIds(input: InputReader, required: boolean): ImageId[] | undefined {
  const list = required ? (input.optObjectList('imageIds') ?? []) : input.optObjectList('imageIds');
  if (required && list!.length === 0) throw new AwsError('InvalidParameterException', `1 validation error detected: Value '[]' at 'imageIds' failed to satisfy constraint: Member must have length greater than or equal to 1`);
  return list?.map((raw) => {
    const item = input.nested(raw);
    const imageDigest = item.optString('imageDigest');
    const imageTag = item.optString('imageTag');
    return { ...(imageDigest !== undefined ? { imageDigest } : {}), ...(imageTag !== undefined ? { imageTag } : {}) };
  });
}

type Lookup = { image: EcrImage } | { failureCode: string; failureReason: string };

/** An image id resolved the way BatchGetImage and BatchDeleteImage report failures. */
function lookup(repository: EcrRepository, id: ImageId): Lookup {
  if (!id.imageDigest && !id.imageTag) return { failureCode: 'MissingDigestAndTag', failureReason: 'Invalid request parameters: both tag and digest cannot be null' };
  if (id.imageDigest && !DIGEST.test(id.imageDigest)) return { failureCode: 'InvalidImageDigest', failureReason: 'Invalid request parameters: image digest should satisfy the regex \'[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+\'' };
  const byTag = id.imageTag !== undefined ? repository.tagIndex[id.imageTag] : undefined;
  if (id.imageDigest && id.imageTag && byTag && byTag !== id.imageDigest) {
    return { failureCode: 'ImageTagDoesNotMatchDigest', failureReason: 'Invalid request parameters: given tag does not map to the given digest' };
  }
  const image = repository.images[id.imageDigest ?? byTag ?? ''];
  return image ? { image } : { failureCode: 'ImageNotFound', failureReason: 'Requested image not found' };
}

/** Digests of the indexes in the repository that list this image. */
function referencingIndexes(repository: EcrRepository, digest: string): string[] {
  return Object.values(repository.images)
    .filter((image) => isIndexMediaType(image.mediaType))
    .filter((index) => parseManifest(Buffer.from(index.manifest, 'base64'), index.mediaType).references.some((d) => d.digest === digest))
    .map((index) => index.digest);
}

function removeImage(repository: EcrRepository, image: EcrImage): void {
  for (const tag of image.tags) delete repository.tagIndex[tag];
  delete repository.images[image.digest];
}

function validPolicy(text: string, member: string, check: (policy: Record<string, unknown>) => string | undefined): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalid(member, 'Invalid JSON syntax');
  }
  const problem = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? check(parsed as Record<string, unknown>) : 'must be a JSON object';
  if (problem) throw invalid(member, problem);
}

function repositoryPolicyProblem(policy: Record<string, unknown>): string | undefined {
  const statements = Array.isArray(policy.Statement) ? policy.Statement : policy.Statement ? [policy.Statement] : [];
  if (statements.length === 0) return 'Invalid repository policy provided';
  const bad = statements.some((s: unknown) => {
    const statement = s as Record<string, unknown> | null;
    return !statement || (statement.Effect !== 'Allow' && statement.Effect !== 'Deny') || !statement.Action || !statement.Principal;
  });
  return bad ? 'Invalid repository policy provided' : undefined;
}

function lifecyclePolicyProblem(policy: Record<string, unknown>): string | undefined {
  const rules = policy.rules;
  if (!Array.isArray(rules) || rules.length === 0) return 'Lifecycle policy validation failure: object has missing required properties (["rules"])';
  const priorities = new Set<unknown>();
  for (const raw of rules as Array<Record<string, unknown> | null>) {
    const rule = raw ?? {};
    const selection = (rule.selection ?? {}) as Record<string, unknown>;
    const action = (rule.action ?? {}) as Record<string, unknown>;
    if (!Number.isInteger(rule.rulePriority) || (rule.rulePriority as number) < 1) return 'Lifecycle policy validation failure: rulePriority must be an integer >= 1';
    if (priorities.has(rule.rulePriority)) return `Lifecycle policy validation failure: rulePriority ${String(rule.rulePriority)} is used by more than one rule`;
    priorities.add(rule.rulePriority);
    if (!['tagged', 'untagged', 'any'].includes(String(selection.tagStatus))) return 'Lifecycle policy validation failure: selection.tagStatus must be tagged, untagged or any';
    if (!['imageCountMoreThan', 'sinceImagePushed'].includes(String(selection.countType))) {
      return 'Lifecycle policy validation failure: selection.countType must be imageCountMoreThan or sinceImagePushed';
    }
    if (!Number.isInteger(selection.countNumber) || (selection.countNumber as number) < 1) return 'Lifecycle policy validation failure: selection.countNumber must be an integer >= 1';
    if (selection.countType === 'sinceImagePushed' && selection.countUnit !== 'days') return 'Lifecycle policy validation failure: selection.countUnit must be days for sinceImagePushed';
    if (selection.tagStatus === 'tagged' && !Array.isArray(selection.tagPrefixList) && !Array.isArray(selection.tagPatternList)) {
      return 'Lifecycle policy validation failure: tagPrefixList or tagPatternList is required when tagStatus is tagged';
    }
    if (action.type !== 'expire') return 'Lifecycle policy validation failure: action.type must be expire';
  }
  return undefined;
}

/** A repository named by ARN, which must be in the caller's account and the request's region. */
function repositoryByArn(state: EmulatorState, req: EmuRequest, input: InputReader): EcrRepository {
  const arn = input.string('resourceArn');
  const match = REPOSITORY_ARN.exec(arn);
  if (!match || match[1] !== req.region || match[2] !== req.account) {
    throw new AwsError('InvalidParameterException', `Invalid parameter at 'resourceArn' failed to satisfy constraint: 'Invalid ARN: ${arn} is not a repository ARN in account ${req.account} and region ${req.region}'`);
  }
  return getRepository(state, match[2], match[1], match[3]!);
}

function checkTags(tags: Array<{ Key: string; Value: string }>): void {
  for (const tag of tags) {
    if (tag.Key.length < 1 || tag.Key.length > 128 || tag.Value.length > 256 || tag.Key.startsWith('aws:')) {
      throw new AwsError('InvalidTagParameterException', `Invalid tag '${tag.Key}': keys are 1-128 characters not starting with 'aws:', values at most 256.`);
    }
  }
}

function mapImageProblem(problem: ImageProblem, repository: EcrRepository): AwsError {
  const where = `the repository with name '${repository.name}' in the registry with id '${repository.registryId}'`;
  switch (problem.kind) {
    case 'invalid':
    case 'unsupportedMediaType':
      return invalid('imageManifest', problem.message);
    case 'blobUnknown':
      return new AwsError('LayersNotFoundException', `Layers with digests '[${problem.missing.join(', ')}]' required for pushing image into ${where} do not exist`);
    case 'manifestUnknown':
      return new AwsError('ReferencedImagesNotFoundException', `The manifest list references images that are not in ${where}: ${problem.missing.join(', ')}`);
    case 'digestMismatch':
      return new AwsError('ImageDigestDoesNotMatchException', problem.message);
    case 'tagImmutable':
      return new AwsError('ImageTagAlreadyExistsException', problem.message);
    case 'alreadyTagged':
      return new AwsError('ImageAlreadyExistsException', problem.message);
  }
}

/** The base URL the caller reached us at: registry clients talk to the same port. */
function proxyEndpoint(req: EmuRequest, ctx: EmuContext): string {
  const host = req.headers.host;
  return host ? `http://${host}` : ctx.baseUrl;
}

const handlers: Record<string, JsonHandler> = {
  CreateRepository: (input, req, ctx) => {
    const r = reader(input);
    const registryId = readRegistryId(r);
    if (registryId && registryId !== req.account) {
      throw new AwsError('AccessDeniedException', `A repository can only be created in the caller's own registry (${req.account}), not in ${registryId}.`);
    }
    const { mutability, filters } = readMutability(r, false);
    const encryption = r.optObject('encryptionConfiguration');
    const encryptionType = encryption ? r.nested(encryption).string('encryptionType') : undefined;
    if (encryptionType !== undefined && encryptionType !== 'AES256' && encryptionType !== 'KMS') throw invalid('encryptionConfiguration.encryptionType', "must be one of 'AES256', 'KMS'");
    const tags = readTagList(r, 'tags') ?? [];
    checkTags(tags);
    if (tags.length > MAX_TAGS) throw new AwsError('TooManyTagsException', `A repository can have at most ${MAX_TAGS} tags.`);
    const scanning = r.optObject('imageScanningConfiguration');
    const scanOnPush = scanning ? r.nested(scanning).optBoolean('scanOnPush') : undefined;
    const repository = createRepository(
      ctx.state,
      req.account,
      req.region,
      {
        name: r.string('repositoryName'),
        ...(mutability ? { tagMutability: mutability } : {}),
        ...(filters ? { tagMutabilityExclusionFilters: filters } : {}),
        ...(scanOnPush !== undefined ? { scanOnPush } : {}),
        ...(encryptionType ? { encryptionType: encryptionType as EcrRepository['encryptionType'] } : {}),
        tags,
      },
      ctx.now(),
    );
    return { repository: repositoryShape(repository) };
  },

  DescribeRepositories: (input, req, ctx) => {
    const r = reader(input);
    const names = r.optStringList('repositoryNames');
    if (names) {
      return { repositories: names.map((name) => repositoryShape(resolve(ctx.state, req, r.nested({ ...input, repositoryName: name }), 'DescribeRepositories').repository)) };
    }
    const registryId = readRegistryId(r) ?? req.account;
    const caller: Caller = { account: req.account, arn: callerIdentity(ctx.state, req.accessKeyId).arn };
    // Another account's registry lists only the repositories whose policy lets the caller describe them.
    const all = Object.values(ecrRegistry(ctx.state, registryId, req.region).repositories)
      .filter((repository) => registryId === req.account || policyAllows(repository, caller, 'ecr:DescribeRepositories'))
      .sort((a, b) => a.createdAt - b.createdAt || a.name.localeCompare(b.name));
    const result = page(all, readPageOffset(r), readMaxResults(r, 1000));
    return { repositories: result.items.map(repositoryShape), ...(result.nextToken ? { nextToken: result.nextToken } : {}) };
  },

  DeleteRepository: (input, req, ctx) => {
    const r = reader(input);
    const registryId = readRegistryId(r);
    if (registryId && registryId !== req.account) throw new AwsError('AccessDeniedException', `Only the registry's own account (${registryId}) can delete its repositories.`);
    const repository = deleteRepository(ctx.state, req.account, req.region, r.string('repositoryName'), r.optBoolean('force') ?? false);
    return { repository: repositoryShape(repository) };
  },

  DescribeImages: (input, req, ctx) => {
    const r = reader(input);
    const { repository } = resolve(ctx.state, req, r, 'DescribeImages');
    const ids = readImageIds(r, false);
    if (ids) {
      const found = new Map<string, EcrImage>();
      for (const id of ids) {
        const result = lookup(repository, id);
        if (!('image' in result)) {
          throw new AwsError(
            'ImageNotFoundException',
            `The image with imageId ${describeImageId(id)} does not exist within the repository with name '${repository.name}' in the registry with id '${repository.registryId}'`,
          );
        }
        found.set(result.image.digest, result.image);
      }
      return { imageDetails: [...found.values()].map((image) => imageDetail(repository, image)) };
    }
    const filter = r.optObject('filter');
    const tagStatus = filter ? (r.nested(filter).optString('tagStatus') ?? 'ANY') : 'ANY';
    if (!['ANY', 'TAGGED', 'UNTAGGED'].includes(tagStatus)) throw invalid('filter.tagStatus', "must be one of 'TAGGED', 'UNTAGGED', 'ANY'");
    const images = Object.values(repository.images).filter(
      (image) => tagStatus === 'ANY' || (tagStatus === 'TAGGED') === image.tags.length > 0,
    );
    const result = page(images, readPageOffset(r), readMaxResults(r, 1000));
    return { imageDetails: result.items.map((image) => imageDetail(repository, image)), ...(result.nextToken ? { nextToken: result.nextToken } : {}) };
  },

  ListImages: (input, req, ctx) => {
    const r = reader(input);
    const { repository } = resolve(ctx.state, req, r, 'ListImages');
    const ids = Object.values(repository.images).flatMap((image) =>
      image.tags.length ? image.tags.map((imageTag) => ({ imageDigest: image.digest, imageTag })) : [{ imageDigest: image.digest }],
    );
    const result = page(ids, readPageOffset(r), readMaxResults(r, 1000));
    return { imageIds: result.items, ...(result.nextToken ? { nextToken: result.nextToken } : {}) };
  },

  BatchGetImage: (input, req, ctx) => {
    const r = reader(input);
    const { repository } = resolve(ctx.state, req, r, 'BatchGetImage');
    const images: unknown[] = [];
    const failures: unknown[] = [];
    for (const id of readImageIds(r, true)!) {
      const result = lookup(repository, id);
      if ('image' in result) {
        images.push({
          registryId: repository.registryId,
          repositoryName: repository.name,
          imageId: { imageDigest: result.image.digest, ...(id.imageTag ? { imageTag: id.imageTag } : {}) },
          imageManifest: Buffer.from(result.image.manifest, 'base64').toString('utf8'),
          imageManifestMediaType: result.image.mediaType,
        });
      } else {
        failures.push({ imageId: id, ...result });
      }
    }
    return { images, failures };
  },

  BatchDeleteImage: (input, req, ctx) => {
    const r = reader(input);
    const { repository } = resolve(ctx.state, req, r, 'BatchDeleteImage');
    const deleted: unknown[] = [];
    const failures: unknown[] = [];
    for (const id of readImageIds(r, true)!) {
      const result = lookup(repository, id);
      if (!('image' in result)) {
        failures.push({ imageId: id, ...result });
        continue;
      }
      const image = result.image;
      const untagOnly = !id.imageDigest && id.imageTag !== undefined && image.tags.length > 1;
      const indexes = untagOnly ? [] : referencingIndexes(repository, image.digest);
      if (indexes.length) {
        failures.push({ imageId: id, failureCode: 'ImageReferencedByManifestList', failureReason: `Requested image referenced by manifest list: [${indexes.join(', ')}]` });
        continue;
      }
      if (untagOnly) {
        // Removing one of several tags leaves the image; removing its last tag deletes it.
        image.tags = image.tags.filter((t) => t !== id.imageTag);
        delete repository.tagIndex[id.imageTag!];
        deleted.push({ imageDigest: image.digest, imageTag: id.imageTag });
      } else {
        removeImage(repository, image);
        deleted.push(...(image.tags.length ? image.tags.map((imageTag) => ({ imageDigest: image.digest, imageTag })) : [{ imageDigest: image.digest }]));
      }
    }
    return { imageIds: deleted, failures };
  },

  PutImage: (input, req, ctx) => {
    const r = reader(input);
    const { repository } = resolve(ctx.state, req, r, 'PutImage');
    const manifest = r.string('imageManifest');
    const tag = r.optString('imageTag');
    if (tag !== undefined && (tag.length < 1 || tag.length > 300)) throw invalid('imageTag', 'Member must have length between 1 and 300');
    const mediaType = r.optString('imageManifestMediaType');
    const digest = r.optString('imageDigest');
    let image: EcrImage;
    try {
      image = putManifest(
        repository,
        {
          manifest: Buffer.from(manifest, 'utf8'),
          ...(mediaType ? { mediaType } : {}),
          ...(tag ? { tag } : {}),
          ...(digest ? { digest } : {}),
          now: ctx.now(),
        },
        true,
      );
    } catch (error) {
      if (error instanceof ImageProblem) throw mapImageProblem(error, repository);
      throw error;
    }
    return {
      image: {
        registryId: repository.registryId,
        repositoryName: repository.name,
        imageId: { imageDigest: image.digest, ...(tag ? { imageTag: tag } : {}) },
        imageManifest: manifest,
        imageManifestMediaType: image.mediaType,
      },
    };
  },

  GetAuthorizationToken: (input, req, ctx) => {
    const r = reader(input);
    const registryIds = r.optStringList('registryIds') ?? [req.account];
    if (registryIds.length < 1 || registryIds.length > 10 || registryIds.some((id) => !/^\d{12}$/.test(id))) {
      throw invalid('registryIds', 'must be 1 to 10 registry ids of 12 digits');
    }
    const expiresAt = ctx.now() + TOKEN_LIFETIME_MS;
    const callerArn = callerIdentity(ctx.state, req.accessKeyId).arn;
    return {
      authorizationData: registryIds.map((registryAccount) => {
        const password = issuePassword(ctx.state, { registryAccount, region: req.region, callerAccount: req.account, callerArn, expiresAt });
        return {
          authorizationToken: Buffer.from(`AWS:${password}`).toString('base64'),
          expiresAt: epochSeconds(expiresAt),
          proxyEndpoint: proxyEndpoint(req, ctx),
        };
      }),
    };
  },

  PutImageTagMutability: (input, req, ctx) => {
    const r = reader(input);
    const { repository } = resolve(ctx.state, req, r, 'PutImageTagMutability');
    const { mutability, filters } = readMutability(r, true);
    repository.tagMutability = mutability!;
    if (filters) repository.tagMutabilityExclusionFilters = filters;
    else delete repository.tagMutabilityExclusionFilters;
    return {
      registryId: repository.registryId,
      repositoryName: repository.name,
      imageTagMutability: repository.tagMutability,
      ...(filters ? { imageTagMutabilityExclusionFilters: filters } : {}),
    };
  },

  SetRepositoryPolicy: (input, req, ctx) => {
    const r = reader(input);
    const { repository } = resolve(ctx.state, req, r, 'SetRepositoryPolicy');
    const policyText = r.string('policyText');
    validPolicy(policyText, 'PolicyText', repositoryPolicyProblem);
    repository.policyText = policyText;
    return { registryId: repository.registryId, repositoryName: repository.name, policyText };
  },

  GetRepositoryPolicy: (input, req, ctx) => {
    const r = reader(input);
    const { repository } = resolve(ctx.state, req, r, 'GetRepositoryPolicy');
    if (repository.policyText === undefined) throw policyNotFound(repository);
    return { registryId: repository.registryId, repositoryName: repository.name, policyText: repository.policyText };
  },

  DeleteRepositoryPolicy: (input, req, ctx) => {
    const r = reader(input);
    const { repository } = resolve(ctx.state, req, r, 'DeleteRepositoryPolicy');
    const policyText = repository.policyText;
    if (policyText === undefined) throw policyNotFound(repository);
    delete repository.policyText;
    return { registryId: repository.registryId, repositoryName: repository.name, policyText };
  },

  PutLifecyclePolicy: (input, req, ctx) => {
    const r = reader(input);
    const { repository } = resolve(ctx.state, req, r, 'PutLifecyclePolicy');
    const lifecyclePolicyText = r.string('lifecyclePolicyText');
    validPolicy(lifecyclePolicyText, 'LifecyclePolicyText', lifecyclePolicyProblem);
    repository.lifecyclePolicyText = lifecyclePolicyText;
    return { registryId: repository.registryId, repositoryName: repository.name, lifecyclePolicyText };
  },

  GetLifecyclePolicy: (input, req, ctx) => {
    const r = reader(input);
    const { repository } = resolve(ctx.state, req, r, 'GetLifecyclePolicy');
    if (repository.lifecyclePolicyText === undefined) throw lifecyclePolicyNotFound(repository);
    return { registryId: repository.registryId, repositoryName: repository.name, lifecyclePolicyText: repository.lifecyclePolicyText };
  },

  DeleteLifecyclePolicy: (input, req, ctx) => {
    const r = reader(input);
    const { repository } = resolve(ctx.state, req, r, 'DeleteLifecyclePolicy');
    const lifecyclePolicyText = repository.lifecyclePolicyText;
    if (lifecyclePolicyText === undefined) throw lifecyclePolicyNotFound(repository);
    delete repository.lifecyclePolicyText;
    return { registryId: repository.registryId, repositoryName: repository.name, lifecyclePolicyText };
  },

  TagResource: (input, req, ctx) => {
    const r = reader(input);
    const repository = repositoryByArn(ctx.state, req, r);
    const tags = readTagList(r, 'tags') ?? [];
    checkTags(tags);
    const merged = new Map(repository.tags.map((t) => [t.Key, t.Value]));
    for (const tag of tags) merged.set(tag.Key, tag.Value);
    if (merged.size > MAX_TAGS) throw new AwsError('TooManyTagsException', `A repository can have at most ${MAX_TAGS} tags.`);
    repository.tags = [...merged].map(([Key, Value]) => ({ Key, Value }));
    return {};
  },

  UntagResource: (input, req, ctx) => {
    const r = reader(input);
    const repository = repositoryByArn(ctx.state, req, r);
    const keys = new Set(r.stringList('tagKeys'));
    repository.tags = repository.tags.filter((t) => !keys.has(t.Key));
    return {};
  },

  ListTagsForResource: (input, req, ctx) => {
    const repository = repositoryByArn(ctx.state, req, reader(input));
    return { tags: repository.tags };
  },

  BatchCheckLayerAvailability: (input, req, ctx) => {
    const r = reader(input);
    const { repository } = resolve(ctx.state, req, r, 'BatchCheckLayerAvailability');
    const digests = r.stringList('layerDigests');
    if (digests.length < 1 || digests.length > 100) throw invalid('layerDigests', 'Member must have length between 1 and 100');
    const layers: unknown[] = [];
    const failures: unknown[] = [];
    for (const layerDigest of digests) {
      const size = repository.blobs[layerDigest];
      if (!DIGEST.test(layerDigest)) failures.push({ layerDigest, failureCode: 'InvalidLayerDigest', failureReason: 'Invalid layer digest' });
      else if (size === undefined) failures.push({ layerDigest, failureCode: 'MissingLayerDigest', failureReason: 'Could not find layer' });
      else layers.push({ layerDigest, layerAvailability: 'AVAILABLE', layerSize: size });
    }
    return { layers, failures };
  },
};

function policyNotFound(repository: EcrRepository): AwsError {
  return new AwsError(
    'RepositoryPolicyNotFoundException',
    `Repository policy does not exist for the repository with name '${repository.name}' in the registry with id '${repository.registryId}'`,
  );
}

function lifecyclePolicyNotFound(repository: EcrRepository): AwsError {
  return new AwsError(
    'LifecyclePolicyNotFoundException',
    `Lifecycle policy does not exist for the repository with name '${repository.name}' in the registry with id '${repository.registryId}'`,
  );
}

export const ecrService: ServiceModule = {
  name: 'ecr',
  protocol: 'json',
  signingNames: ['ecr'],
  throttlingCode: 'ThrottlingException',
  route: jsonRpcRouter({ targetPrefix: 'AmazonEC2ContainerRegistry_V20150921', version: '1.1' }, handlers),
};
