import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { EmulatorState } from '../../state.js';
import { AwsError, type EmuContext, type EmuRequest, type ServiceModule } from '../../types.js';
import { constraintMessage, epochSeconds } from '../../protocols/wire.js';
import { InputReader, jsonRpcRouter, readTagList, type JsonHandler, type JsonInput, type TagList } from '../../protocols/json-rpc.js';
import { decodePageToken, page } from '../../protocols/paging.js';
import { callerIdentity } from '../sts/service.js';

/** SSM Parameter Store (awsJson1_1, target prefix AmazonSSM). */
type ParameterType = 'String' | 'StringList' | 'SecureString';
type Tier = 'Standard' | 'Advanced';

export interface ParameterVersion {
  version: number;
  type: ParameterType;
  /** Plain text; for SecureString the aes-256-gcm ciphertext (base64), so /_emulator/state never shows a secret. */
  value: string;
  description?: string;
  allowedPattern?: string;
  keyId?: string;
  tier: Tier;
  dataType: string;
  labels: string[];
  lastModified: number;
  lastModifiedUser: string;
}

export interface SsmParameter {
  /** The name as first created ("/a/b", or "name" / "/name" for a top-level parameter). */
  name: string;
  versions: ParameterVersion[];
  tags: TagList;
}

export interface SsmData {
  /** By normalized name: a top-level "/name" and "name" are the same parameter in AWS. */
  parameters: Record<string, SsmParameter>;
}

const TYPES: readonly ParameterType[] = ['String', 'StringList', 'SecureString'];
const DATA_TYPES = ['text', 'aws:ec2:image', 'aws:ssm:integration'];
const STANDARD_MAX_VALUE = 4096;
const ADVANCED_MAX_VALUE = 8192;
const MAX_NAME_LENGTH = 2048;
const MAX_LEVELS = 15;
const MAX_VERSIONS = 100;
const MAX_LABELS_PER_VERSION = 10;
const MAX_TAGS = 50;
const DEFAULT_KEY_ID = 'alias/aws/ssm';
const ADVANCED_TIER_DOCS = 'https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html';

// A per-process key: SecureString values are opaque everywhere but a decrypting read.
const SECURE_KEY = randomBytes(32);

function encrypt(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', SECURE_KEY, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

function decrypt(stored: string): string {
  const bytes = Buffer.from(stored, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', SECURE_KEY, bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
}

function ssmData(state: EmulatorState, req: EmuRequest): SsmData {
  return state.scope<SsmData>('ssm', req.account, req.region, () => ({ parameters: {} }));
}

/** "/name" (one level) and "name" are one parameter; deeper names are kept as given. */
function normalizeName(name: string): string {
  return name.startsWith('/') && name.indexOf('/', 1) === -1 ? name.slice(1) : name;
}

/** The name with its leading slash, for path matching. */
function fullPath(name: string): string {
  return name.startsWith('/') ? name : `/${name}`;
}

function parameterArn(req: EmuRequest, name: string): string {
  return `arn:aws:ssm:${req.region}:${req.account}:parameter/${name.replace(/^\//, '')}`;
}

const INVALID_NAME =
  'Parameter name: can\'t be prefixed with "aws" or "ssm" (case-insensitive). If formed as a path, it can consist of ' +
  'sub-paths divided by slash symbol; each sub-path can be formed as a mix of letters, numbers and the following 3 symbols .-_';

function validateName(name: string): void {
  if (name.length === 0) throw new AwsError('ValidationException', constraintMessage('name', name, 'Member must have length greater than or equal to 1'));
  if (name.length > MAX_NAME_LENGTH) {
    throw new AwsError('ValidationException', constraintMessage('name', name, `Member must have length less than or equal to ${MAX_NAME_LENGTH}`));
  }
  const segments = name.replace(/^\//, '').split('/');
  const hierarchical = name.includes('/');
  if (/^(aws|ssm)/i.test(segments[0]!)) {
    if (hierarchical && /^\/aws\//i.test(name)) throw new AwsError('AccessDeniedException', `No access to reserved parameter name: ${name}.`);
    throw new AwsError('ValidationException', hierarchical ? INVALID_NAME : 'Parameter name: can\'t be prefixed with "aws" or "ssm" (case-insensitive).');
  }
  if (!/^[a-zA-Z0-9_.\-/]+$/.test(name) || segments.some((segment) => segment.length === 0)) {
    throw new AwsError('ValidationException', INVALID_NAME);
  }
  if (hierarchical && !name.startsWith('/')) {
    throw new AwsError('ValidationException', `Parameter name must be a fully qualified name: "${name}" forms a path, so it must begin with "/".`);
  }
  if (segments.length > MAX_LEVELS) {
    throw new AwsError(
      'HierarchyLevelLimitExceededException',
      `A hierarchy can have a maximum of ${MAX_LEVELS} levels; "${name}" has ${segments.length}.`,
    );
  }
}

/** Splits "name", "name:3", "name:label" or an ARN of this account and region into the normalized name and selector. */
function parseReference(req: EmuRequest, reference: string): { key: string; selector?: string } {
  let rest = reference;
  const arnPrefix = `arn:aws:ssm:${req.region}:${req.account}:parameter/`;
  if (rest.startsWith(arnPrefix)) {
    rest = rest.slice(arnPrefix.length);
    if (rest.includes('/')) rest = `/${rest}`;
  }
  const colon = rest.indexOf(':');
  if (colon === -1) return { key: normalizeName(rest) };
  return { key: normalizeName(rest.slice(0, colon)), selector: rest.slice(colon + 1) };
}

function notFound(name: string): AwsError {
  return new AwsError('ParameterNotFound', `Parameter ${name} not found.`);
}

function versionNotFound(name: string, version: string | number): AwsError {
  return new AwsError('ParameterVersionNotFound', `Systems Manager could not find version ${version} of ${name}. Verify the version and try again.`);
}

/** The version a reference names, or an error in AWS's words. */
function resolve(data: SsmData, req: EmuRequest, reference: string): { parameter: SsmParameter; version: ParameterVersion; selector?: string } {
  const { key, selector } = parseReference(req, reference);
  const parameter = data.parameters[key];
  if (!parameter) throw notFound(reference);
  if (selector === undefined) return { parameter, version: parameter.versions.at(-1)! };
  if (/^\d+$/.test(selector)) {
    const version = parameter.versions.find((v) => v.version === Number(selector));
    if (!version) throw versionNotFound(parameter.name, selector);
    return { parameter, version, selector: `:${selector}` };
  }
  const version = parameter.versions.find((v) => v.labels.includes(selector));
  if (!version) throw notFound(reference);
  return { parameter, version, selector: `:${selector}` };
}

function shownValue(version: ParameterVersion, withDecryption: boolean | undefined): string {
  return version.type === 'SecureString' && withDecryption ? decrypt(version.value) : version.value;
}

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

function tooManyUpdates(state: EmulatorState): { remaining: number } {
  return state.global('ssm-too-many-updates', () => ({ remaining: 0 }));
}

function checkTagCount(tags: TagList): void {
  if (tags.length > MAX_TAGS) {
    throw new AwsError('TooManyTagsError', `The resource can have at most ${MAX_TAGS} tags; the request would give it ${tags.length}.`);
  }
}

function mergeTags(existing: TagList, added: TagList): TagList {
  const merged = existing.filter((tag) => !added.some((a) => a.Key === tag.Key));
  return [...merged, ...added];
}

/** The tier a value lands in: Intelligent-Tiering picks Advanced only when the value needs it. */
function resolveTier(requested: string | undefined, previous: Tier | undefined, value: string, name: string): Tier {
  if (requested !== undefined && !['Standard', 'Advanced', 'Intelligent-Tiering'].includes(requested)) {
    throw new AwsError('ValidationException', constraintMessage('tier', requested, 'Member must satisfy enum value set: [Standard, Advanced, Intelligent-Tiering]'));
  }
  let tier: Tier;
  if (requested === 'Intelligent-Tiering') tier = value.length > STANDARD_MAX_VALUE || previous === 'Advanced' ? 'Advanced' : 'Standard';
  else tier = (requested as Tier | undefined) ?? previous ?? 'Standard';
  if (previous === 'Advanced' && tier === 'Standard') {
    throw new AwsError(
      'ValidationException',
      `This parameter uses the advanced-parameter tier. You can't downgrade a parameter from the advanced-parameter tier to the standard-parameter tier. If necessary, you can delete the advanced parameter (${name}) and recreate it as a standard parameter.`,
    );
  }
  if (tier === 'Standard' && value.length > STANDARD_MAX_VALUE) {
    throw new AwsError(
      'ValidationException',
      `Standard tier parameters support a maximum parameter value of ${STANDARD_MAX_VALUE} characters. To create a larger parameter value, upgrade the parameter to use the advanced-parameter tier. For more information, see ${ADVANCED_TIER_DOCS}`,
    );
  }
  if (value.length > ADVANCED_MAX_VALUE) {
    throw new AwsError(
      'ValidationException',
      `Advanced tier parameters support a maximum parameter value of ${ADVANCED_MAX_VALUE} characters; this value has ${value.length}.`,
    );
  }
  return tier;
}

function putParameter(input: JsonInput, req: EmuRequest, ctx: EmuContext) {
  const counter = tooManyUpdates(ctx.state);
  if (counter.remaining > 0) {
    counter.remaining--;
    throw new AwsError('TooManyUpdates', 'There are concurrent updates for a resource that supports one update at a time.');
  }
  const reader = new InputReader(input, 'ValidationException');
  // AWS drops spaces around a name; spaces inside it are invalid.
  const name = reader.string('Name').trim();
  const value = reader.string('Value');
  const requestedType = reader.optString('Type');
  const overwrite = reader.optBoolean('Overwrite') ?? false;
  const tags = readTagList(reader, 'Tags');
  const description = reader.optString('Description');
  const allowedPattern = reader.optString('AllowedPattern');
  const dataType = reader.optString('DataType');
  validateName(name);
  if (value.length === 0) throw new AwsError('ValidationException', constraintMessage('value', '', 'Member must have length greater than or equal to 1'));
  if (requestedType !== undefined && !TYPES.includes(requestedType as ParameterType)) {
    throw new AwsError('ValidationException', constraintMessage('type', requestedType, 'Member must satisfy enum value set: [SecureString, StringList, String]'));
  }
  if (description !== undefined && description.length > 1024) {
    throw new AwsError('ValidationException', constraintMessage('description', description, 'Member must have length less than or equal to 1024'));
  }
  if (dataType !== undefined && !DATA_TYPES.includes(dataType)) {
    throw new AwsError('ValidationException', `The following data type is not supported: ${dataType} (Data type names are all lowercase.)`);
  }
  if (overwrite && tags?.length) {
    throw new AwsError(
      'ValidationException',
      "Invalid request: tags and overwrite can't be used together. To create a parameter with tags, please remove overwrite flag. To update tags for an existing parameter, please use AddTagsToResource or RemoveTagsFromResource.",
    );
  }
  const data = ssmData(ctx.state, req);
  const key = normalizeName(name);
  const existing = data.parameters[key];
  if (existing && !overwrite) {
    throw new AwsError('ParameterAlreadyExists', 'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.');
  }
  const previous = existing?.versions.at(-1);
  const type = (requestedType as ParameterType | undefined) ?? previous?.type;
  if (!type) throw new AwsError('ValidationException', 'A parameter type is required when you create a parameter.');
  const tier = resolveTier(reader.optString('Tier'), previous?.tier, value, name);
  const pattern = allowedPattern ?? previous?.allowedPattern;
  if (pattern !== undefined) {
    let regex: RegExp;
    try {
      regex = new RegExp(pattern);
    } catch {
      throw new AwsError('InvalidAllowedPatternException', `The request does not meet the regular expression requirement: ${pattern} is not a valid regular expression.`);
    }
    if (!regex.test(value)) {
      throw new AwsError('ParameterPatternMismatchException', `Parameter value, cannot be validated against allowedPattern: ${pattern}`);
    }
  }
  if (tags) checkTagCount(tags);
  const versions = existing?.versions ?? [];
  if (versions.length >= MAX_VERSIONS) {
    const oldest = versions[0]!;
    if (oldest.labels.length > 0) {
      throw new AwsError(
        'ParameterMaxVersionLimitExceeded',
        `You attempted to create a new version of ${name} by calling the PutParameter API with the overwrite flag. Version ${oldest.version}, the oldest version, can't be deleted because it has a label associated with it. Move the label to another version of the parameter, and try again.`,
      );
    }
    versions.shift();
  }
  const keyId = type === 'SecureString' ? (reader.optString('KeyId') ?? previous?.keyId ?? DEFAULT_KEY_ID) : undefined;
  const desc = description ?? previous?.description;
  const version: ParameterVersion = {
    version: (previous?.version ?? 0) + 1,
    type,
    value: type === 'SecureString' ? encrypt(value) : value,
    ...(desc !== undefined ? { description: desc } : {}),
    ...(pattern !== undefined ? { allowedPattern: pattern } : {}),
    ...(keyId !== undefined ? { keyId } : {}),
    tier,
    dataType: dataType ?? previous?.dataType ?? 'text',
    labels: [],
    lastModified: ctx.now(),
    lastModifiedUser: callerIdentity(ctx.state, req.accessKeyId).arn,
  };
  versions.push(version);
  data.parameters[key] = existing ?? { name, versions, tags: tags ?? [] };
  return { Version: version.version, Tier: tier };
}

/** Names (for Get/DeleteParameters): 1 to 10 of them. */
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

interface ParameterFilter {
  key: string;
  option: string;
  values: string[];
}

const FILTER_OPTIONS: Record<string, string[]> = {
  Name: ['Equals', 'BeginsWith', 'Contains'],
  Path: ['OneLevel', 'Recursive'],
  Type: ['Equals'],
  KeyId: ['Equals'],
  Tier: ['Equals'],
  DataType: ['Equals'],
  Label: ['Equals'],
};

function readFilters(reader: InputReader, key: string, allowedKeys: string[]): ParameterFilter[] {
  return (reader.optObjectList(key) ?? []).map((raw) => {
    const item = reader.nested(raw);
    const filterKey = item.string('Key');
    const base = filterKey.startsWith('tag:') ? 'tag' : filterKey;
    if (!allowedKeys.includes(base)) throw new AwsError('InvalidFilterKey', `The following filter key is not valid: ${filterKey}. Valid filter keys include: [${allowedKeys.join(', ')}].`);
    const options = base === 'tag' ? ['Equals'] : FILTER_OPTIONS[base]!;
    const option = item.optString('Option') ?? options[0]!;
    if (!options.includes(option)) {
      throw new AwsError('InvalidFilterOption', `The following filter option is not valid: ${option}. Valid options include: [${options.join(', ')}].`);
    }
    return { key: filterKey, option, values: item.optStringList('Values') ?? [] };
  });
}

function matchesFilter(parameter: SsmParameter, version: ParameterVersion, filter: ParameterFilter): boolean {
  const path = fullPath(parameter.name);
  const equalsAny = (actual: string | undefined) => actual !== undefined && filter.values.includes(actual);
  switch (filter.key) {
    case 'Name': {
      const wanted = filter.option === 'Contains' ? filter.values : filter.values.map(fullPath);
      if (filter.option === 'Equals') return wanted.includes(path);
      if (filter.option === 'BeginsWith') return wanted.some((v) => path.startsWith(v));
      return wanted.some((v) => path.includes(v));
    }
    case 'Path':
      return filter.values.some((value) => isUnder(path, value, filter.option === 'Recursive'));
    case 'Type':
      return equalsAny(version.type);
    case 'KeyId':
      return equalsAny(version.keyId);
    case 'Tier':
      return equalsAny(version.tier);
    case 'DataType':
      return equalsAny(version.dataType);
    case 'Label':
      return version.labels.some((label) => filter.values.includes(label));
    default: {
      const tag = parameter.tags.find((t) => t.Key === filter.key.slice('tag:'.length));
      return tag !== undefined && (filter.values.length === 0 || filter.values.includes(tag.Value));
    }
  }
}

/** Is the parameter path under `base`: a direct child, or any descendant when recursive. */
function isUnder(path: string, base: string, recursive: boolean): boolean {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!path.startsWith(prefix)) return false;
  return recursive || !path.slice(prefix.length).includes('/');
}

function sortedParameters(data: SsmData): SsmParameter[] {
  return Object.values(data.parameters).sort((a, b) => (fullPath(a.name) < fullPath(b.name) ? -1 : 1));
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

export const ssmService: ServiceModule = {
  name: 'ssm',
  protocol: 'json',
  signingNames: ['ssm'],
  throttlingCode: 'ThrottlingException',
  route: jsonRpcRouter({ targetPrefix: 'AmazonSSM', version: '1.1' }, handlers),
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
};
