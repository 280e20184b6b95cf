import type { EmulatorState } from '../../state.js';
import { AwsError, type EmuContext, type EmuRequest } from '../../types.js';
import { constraintMessage } from '../../protocols/wire.js';
import { InputReader, readTagList, type JsonInput } from '../../protocols/json-rpc.js';
import { callerIdentity } from '../sts/service.js';
import { checkTagCount, encrypt, normalizeName, ssmData, validateName, type ParameterType, type ParameterVersion, type Tier } from './store.js';

/** PutParameter: creating a parameter or a new version of it, with SSM's checks on names, types, tiers, patterns and versions. */

const TYPES: readonly ParameterType[] = ['String', 'StringList', 'SecureString'];
const DATA_TYPES = ['text', 'aws:ec2:image', 'aws:ssm:integration'];
const STANDARD_MAX_VALUE = 4096;
const ADVANCED_MAX_VALUE = 8192;

const MAX_VERSIONS = 100;

const DEFAULT_KEY_ID = 'alias/aws/ssm';
const ADVANCED_TIER_DOCS = 'https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html';

export function tooManyUpdates(state: EmulatorState): { remaining: number } {
  return state.global('ssm-too-many-updates', () => ({ remaining: 0 }));
}

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

export function putParameter(input: JsonInput, req: EmuRequest, ctx: EmuContext) {
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
