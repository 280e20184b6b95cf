import { AwsError, type EmuContext, type EmuRequest } from '../../types.js';
import { epochSeconds } from '../../protocols/wire.js';
import { jsonRpcService, readTagList, type JsonHandler } from '../../protocols/json-rpc.js';
import { page } from '../../protocols/paging.js';
import { callerIdentity } from '../sts/service.js';
import { issuePassword, policyAllows } from './access.js';
import { imageHandlers } from './images.js';
import {
  MAX_TAGS,
  checkTags,
  invalid,
  readMaxResults,
  readMutability,
  readPageOffset,
  readRegistryId,
  reader,
  repositoryByArn,
  resolve,
  type Caller,
} from './inputs.js';
import { policyHandlers } from './policies.js';
import { createRepository, deleteRepository, ecrRegistry, type EcrRepository } from './store.js';

/**
 * Amazon ECR's control API (awsJson1.1): repositories, tokens and tags here; images.ts and
 * policies.ts hold the rest. Image bytes arrive through the registry API (registry/); both
 * share store.ts.
 */

const TOKEN_LIFETIME_MS = 12 * 60 * 60 * 1000;

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
  ...imageHandlers,
  ...policyHandlers,
};

export const ecrService = jsonRpcService(
  { name: 'ecr', signingNames: ['ecr'], throttlingCode: 'ThrottlingException' },
  { targetPrefix: 'AmazonEC2ContainerRegistry_V20150921', version: '1.1' },
  handlers,
);
