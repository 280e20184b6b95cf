import { AwsError, type EmuRequest } from '../../types.js';
import { constraintMessage, epochSeconds } from '../../protocols/wire.js';
import { InputReader, jsonRpcService, readTagList, type JsonHandler, type TagList } from '../../protocols/json-rpc.js';
import { decodePageToken, page } from '../../protocols/paging.js';
import { isUnder, matchesFilter, readFilters, sortedParameters, type ParameterFilter } from './filters.js';
import { putParameter, tooManyUpdates } from './put-parameter.js';
import {
  MAX_NAME_LENGTH,
  checkTagCount,
  fullPath,
  normalizeName,
  notFound,
  parameterArn,
  resolve,
  shownValue,
  ssmData,
  versionNotFound,
  type ParameterVersion,
  type SsmData,
  type SsmParameter,
} from './store.js';

/** SSM Parameter Store (awsJson1_1, target prefix AmazonSSM): the reads, deletes, labels and tags; put-parameter.ts writes. */

const MAX_LABELS_PER_VERSION = 10;

function parameterOutput(req: EmuRequest, parameter: SsmParameter, version: ParameterVersion, withDecryption: boolean | undefined, selector?: string) {
  return {
    Name: parameter.name,
    Type: version.type,
    Value: shownValue(version, withDecryption),
    Version: version.version,
    ...(selector !== undefined ? { Selector: selector } : {}),
    LastModifiedDate: epochSeconds(version.lastModified),
    ARN: parameterArn(req, parameter.name),
    DataType: version.dataType,
  };
}

function metadataOutput(req: EmuRequest, parameter: SsmParameter, version: ParameterVersion) {
  return {
    Name: parameter.name,
    ARN: parameterArn(req, parameter.name),
    Type: version.type,
    ...(version.keyId !== undefined ? { KeyId: version.keyId } : {}),
    LastModifiedDate: epochSeconds(version.lastModified),
    LastModifiedUser: version.lastModifiedUser,
    ...(version.description !== undefined ? { Description: version.description } : {}),
    ...(version.allowedPattern !== undefined ? { AllowedPattern: version.allowedPattern } : {}),
    Version: version.version,
    Tier: version.tier,
    Policies: [],
    DataType: version.dataType,
  };
}

function maxResults(reader: InputReader, limit: number, fallback: number): number {
  const value = reader.optNumber('MaxResults');
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new AwsError('ValidationException', constraintMessage('maxResults', String(value), 'Member must have value greater than or equal to 1'));
  }
  if (value > limit) {
    throw new AwsError('ValidationException', constraintMessage('maxResults', String(value), `Member must have value less than or equal to ${limit}`));
  }
  return value;
}

function invalidToken(): AwsError {
  return new AwsError('InvalidNextToken', 'The specified token is not valid.');
}

function mergeTags(existing: TagList, added: TagList): TagList {
  const merged = existing.filter((tag) => !added.some((a) => a.Key === tag.Key));
  return [...merged, ...added];
}

function nameList(reader: InputReader): string[] {
  const names = reader.stringList('Names');
  if (names.length < 1 || names.length > 10) {
    throw new AwsError(
      'ValidationException',
      constraintMessage('names', `[${names.join(', ')}]`, `Member must have length ${names.length < 1 ? 'greater than or equal to 1' : 'less than or equal to 10'}`),
    );
  }
  return names;
}

function requireParameterResource(reader: InputReader, data: SsmData): SsmParameter {
  const type = reader.string('ResourceType');
  const id = reader.string('ResourceId');
  if (type !== 'Parameter') {
    throw new AwsError('InvalidResourceType', `The resource type "${type}" is not valid here: the emulator tags only Parameter resources.`);
  }
  const parameter = data.parameters[normalizeName(id)];
  if (!parameter) throw new AwsError('InvalidResourceId', `The resource ID "${id}" is not valid. Verify the ID and try again.`);
  return parameter;
}

const LABEL = /^[a-zA-Z0-9_.-]{1,100}$/;

const handlers: Record<string, JsonHandler> = {
  PutParameter: putParameter,

  GetParameter: (input, req, ctx) => {
    const reader = new InputReader(input, 'ValidationException');
    const { parameter, version, selector } = resolve(ssmData(ctx.state, req), req, reader.string('Name'));
    return { Parameter: parameterOutput(req, parameter, version, reader.optBoolean('WithDecryption'), selector) };
  },

  GetParameters: (input, req, ctx) => {
    const reader = new InputReader(input, 'ValidationException');
    const withDecryption = reader.optBoolean('WithDecryption');
    const data = ssmData(ctx.state, req);
    const parameters: unknown[] = [];
    const invalid: string[] = [];
    for (const name of new Set(nameList(reader))) {
      try {
        const { parameter, version, selector } = resolve(data, req, name);
        parameters.push(parameterOutput(req, parameter, version, withDecryption, selector));
      } catch (error) {
        if (!(error instanceof AwsError)) throw error;
        invalid.push(name);
      }
    }
    return { Parameters: parameters, InvalidParameters: invalid };
  },

  GetParametersByPath: (input, req, ctx) => {
    const reader = new InputReader(input, 'ValidationException');
    const path = reader.string('Path');
    if (!path.startsWith('/') || path.length > MAX_NAME_LENGTH || !/^[a-zA-Z0-9_.\-/]+$/.test(path)) {
      throw new AwsError('ValidationException', `The parameter path "${path}" is not valid: a path begins with "/" and holds only a-zA-Z0-9_.-/`);
    }
    const recursive = reader.optBoolean('Recursive') ?? false;
    const withDecryption = reader.optBoolean('WithDecryption');
    const filters = readFilters(reader, 'ParameterFilters', ['Type', 'KeyId', 'Label', 'DataType', 'tag']);
    const size = maxResults(reader, 10, 10);
    const offset = decodePageToken(reader.optString('NextToken'), invalidToken);
    const matching = sortedParameters(ssmData(ctx.state, req)).filter((parameter) => {
      const latest = parameter.versions.at(-1)!;
      return isUnder(fullPath(parameter.name), path, recursive) && filters.every((f) => matchesFilter(parameter, latest, f));
    });
    const result = page(matching, offset, size);
    return {
      Parameters: result.items.map((parameter) => parameterOutput(req, parameter, parameter.versions.at(-1)!, withDecryption)),
      ...(result.nextToken ? { NextToken: result.nextToken } : {}),
    };
  },

  DeleteParameter: (input, req, ctx) => {
    const name = new InputReader(input, 'ValidationException').string('Name');
    const data = ssmData(ctx.state, req);
    const key = normalizeName(name);
    if (!data.parameters[key]) throw notFound(name);
    delete data.parameters[key];
    return {};
  },

  DeleteParameters: (input, req, ctx) => {
    const data = ssmData(ctx.state, req);
    const deleted: string[] = [];
    const invalid: string[] = [];
    for (const name of nameList(new InputReader(input, 'ValidationException'))) {
      const key = normalizeName(name);
      if (data.parameters[key]) {
        delete data.parameters[key];
        deleted.push(name);
      } else {
        invalid.push(name);
      }
    }
    return { DeletedParameters: deleted, InvalidParameters: invalid };
  },

  GetParameterHistory: (input, req, ctx) => {
    const reader = new InputReader(input, 'ValidationException');
    const name = reader.string('Name');
    const withDecryption = reader.optBoolean('WithDecryption');
    const size = maxResults(reader, 50, 50);
    const offset = decodePageToken(reader.optString('NextToken'), invalidToken);
    const parameter = ssmData(ctx.state, req).parameters[normalizeName(name)];
    if (!parameter) throw notFound(name);
    const result = page(parameter.versions, offset, size);
    return {
      Parameters: result.items.map((version) => {
        const { ARN: _arn, ...metadata } = metadataOutput(req, parameter, version);
        return { ...metadata, Value: shownValue(version, withDecryption), Labels: version.labels };
      }),
      ...(result.nextToken ? { NextToken: result.nextToken } : {}),
    };
  },

  DescribeParameters: (input, req, ctx) => {
    const reader = new InputReader(input, 'ValidationException');
    const filters = readFilters(reader, 'ParameterFilters', ['Name', 'Path', 'Type', 'KeyId', 'Tier', 'DataType', 'tag']);
    const legacy = reader.optObjectList('Filters');
    if (legacy?.length && filters.length) {
      throw new AwsError('ValidationException', 'You can use either Filters or ParameterFilters in a single request.');
    }
    // The older Filters (Name, Type, KeyId) read as ParameterFilters: Name by prefix, the others by equality.
    const legacyFilters = (legacy ?? []).map((raw): ParameterFilter => {
      const item = reader.nested(raw);
      const key = item.string('Key');
      if (!['Name', 'Type', 'KeyId'].includes(key)) throw new AwsError('InvalidFilterKey', `The following filter key is not valid: ${key}. Valid filter keys include: [Name, Type, KeyId].`);
      return { key, option: key === 'Name' ? 'BeginsWith' : 'Equals', values: item.stringList('Values') };
    });
    const size = maxResults(reader, 50, 50);
    const offset = decodePageToken(reader.optString('NextToken'), invalidToken);
    const all = [...filters, ...legacyFilters];
    const matching = sortedParameters(ssmData(ctx.state, req)).filter((parameter) =>
      all.every((f) => matchesFilter(parameter, parameter.versions.at(-1)!, f)),
    );
    const result = page(matching, offset, size);
    return {
      Parameters: result.items.map((parameter) => metadataOutput(req, parameter, parameter.versions.at(-1)!)),
      ...(result.nextToken ? { NextToken: result.nextToken } : {}),
    };
  },

  LabelParameterVersion: (input, req, ctx) => {
    const reader = new InputReader(input, 'ValidationException');
    const name = reader.string('Name');
    const labels = reader.stringList('Labels');
    if (labels.length < 1 || labels.length > MAX_LABELS_PER_VERSION) {
      throw new AwsError('ValidationException', constraintMessage('labels', `[${labels.join(', ')}]`, 'Member must have length less than or equal to 10'));
    }
    const parameter = ssmData(ctx.state, req).parameters[normalizeName(name)];
    if (!parameter) throw notFound(name);
    const requested = reader.optNumber('ParameterVersion');
    const target = requested === undefined ? parameter.versions.at(-1)! : parameter.versions.find((v) => v.version === requested);
    if (!target) throw versionNotFound(name, requested!);
    const invalid = labels.filter((label) => !LABEL.test(label) || /^(aws|ssm)/i.test(label) || /^\d/.test(label));
    const valid = labels.filter((label) => !invalid.includes(label));
    const added = valid.filter((label) => !target.labels.includes(label));
    if (target.labels.length + added.length > MAX_LABELS_PER_VERSION) {
      throw new AwsError(
        'ParameterVersionLabelLimitExceeded',
        'A parameter version can have maximum 10 labels. Move one or more labels to another version and try again.',
      );
    }
    // A label names one version at a time: attaching it here moves it off any other.
    for (const version of parameter.versions) {
      if (version !== target) version.labels = version.labels.filter((label) => !valid.includes(label));
    }
    target.labels.push(...added);
    return { InvalidLabels: invalid, ParameterVersion: target.version };
  },

  AddTagsToResource: (input, req, ctx) => {
    const reader = new InputReader(input, 'ValidationException');
    const parameter = requireParameterResource(reader, ssmData(ctx.state, req));
    const tags = readTagList(reader, 'Tags') ?? [];
    const merged = mergeTags(parameter.tags, tags);
    checkTagCount(merged);
    parameter.tags = merged;
    return {};
  },

  RemoveTagsFromResource: (input, req, ctx) => {
    const reader = new InputReader(input, 'ValidationException');
    const parameter = requireParameterResource(reader, ssmData(ctx.state, req));
    const keys = reader.stringList('TagKeys');
    parameter.tags = parameter.tags.filter((tag) => !keys.includes(tag.Key));
    return {};
  },

  ListTagsForResource: (input, req, ctx) => {
    const reader = new InputReader(input, 'ValidationException');
    return { TagList: requireParameterResource(reader, ssmData(ctx.state, req)).tags };
  },
};

export const ssmService = jsonRpcService(
  {
    name: 'ssm',
    signingNames: ['ssm'],
    throttlingCode: 'ThrottlingException',
    control: {
      // TooManyUpdates only happens under contention, so tests ask for it: the next `count` PutParameter calls fail.
      'POST ssm/too-many-updates': (body, ctx) => {
        const count = (body as { count?: unknown } | undefined)?.count;
        if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
          throw new Error('ssm/too-many-updates needs "count", a whole number >= 0');
        }
        tooManyUpdates(ctx.state).remaining = count;
        return { remaining: count };
      },
    },
  },
  { targetPrefix: 'AmazonSSM', version: '1.1' },
  handlers,
);
