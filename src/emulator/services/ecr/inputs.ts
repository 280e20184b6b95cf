import type { EmulatorState } from '../../state.js';
import { AwsError, type EmuRequest } from '../../types.js';
import { InputReader, type JsonInput } from '../../protocols/json-rpc.js';
import { decodePageToken } from '../../protocols/paging.js';
import { callerIdentity } from '../sts/service.js';
import { policyAllows } from './access.js';
import { TAG_MUTABILITIES, getRepository, type EcrRepository, type TagMutability, type TagMutabilityExclusionFilter } from './store.js';

/** Reading ECR requests: the registry and repository they name (with cross-account policy checks), pages, mutability and tags. */

const EXCLUSION_FILTER = /^[0-9a-zA-Z._*-]{1,128}$/;
const REPOSITORY_ARN = /^arn:aws[a-z-]*:ecr:([a-z0-9-]+):(\d{12}):repository\/(.+)$/;
export const MAX_TAGS = 50;

export function reader(input: JsonInput): InputReader {
  return new InputReader(input, 'InvalidParameterException');
}

export function invalid(member: string, constraint: string): AwsError {
  return new AwsError('InvalidParameterException', `Invalid parameter at '${member}' failed to satisfy constraint: '${constraint}'`);
}

export interface Caller {
  account: string;
  arn: string;
}

/** The registry a request names (`registryId`, default the caller's own) and the repository in it. */
export function resolve(state: EmulatorState, req: EmuRequest, input: InputReader, action: string): { repository: EcrRepository; registryId: string } {
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

export function readRegistryId(input: InputReader): string | undefined {
  const registryId = input.optString('registryId');
  if (registryId !== undefined && !/^\d{12}$/.test(registryId)) {
    throw new AwsError('InvalidParameterException', `Invalid parameter at 'registryId' failed to satisfy constraint: 'must satisfy regular expression '[0-9]{12}''`);
  }
  return registryId;
}

export function readMaxResults(input: InputReader, max: number): number {
  const value = input.optNumber('maxResults') ?? 100;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new AwsError('InvalidParameterException', `1 validation error detected: Value '${value}' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and ${max}`);
  }
  return value;
}

export function readPageOffset(input: InputReader): number {
  return decodePageToken(input.optString('nextToken'), () => new AwsError('InvalidParameterException', 'Invalid parameter at \'nextToken\' failed to satisfy constraint: \'The nextToken is invalid\''));
}

export function readMutability(input: InputReader, required: boolean): { mutability?: TagMutability; filters?: TagMutabilityExclusionFilter[] } {
  const mutability = required ? input.string('imageTagMutability') : input.optString('imageTagMutability');
  if (mutability !== undefined && !TAG_MUTABILITIES.includes(mutability as TagMutability)) {
    throw invalid('imageTagMutability', `must be one of ${TAG_MUTABILITIES.map((m) => `'${m}'`).join(', ')}`);
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

export function repositoryByArn(state: EmulatorState, req: EmuRequest, input: InputReader): EcrRepository {
  const arn = input.string('resourceArn');
  const match = REPOSITORY_ARN.exec(arn);
  if (!match || match[1] !== req.region || match[2] !== req.account) {
    throw new AwsError('InvalidParameterException', `Invalid parameter at 'resourceArn' failed to satisfy constraint: 'Invalid ARN: ${arn} is not a repository ARN in account ${req.account} and region ${req.region}'`);
  }
  return getRepository(state, match[2], match[1], match[3]!);
}

export function checkTags(tags: Array<{ Key: string; Value: string }>): void {
  for (const tag of tags) {
    if (tag.Key.length < 1 || tag.Key.length > 128 || tag.Value.length > 256 || tag.Key.startsWith('aws:')) {
      throw new AwsError('InvalidTagParameterException', `Invalid tag '${tag.Key}': keys are 1-128 characters not starting with 'aws:', values at most 256.`);
    }
  }
}
