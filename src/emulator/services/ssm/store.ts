import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { EmulatorState } from '../../state.js';
import { AwsError, type EmuRequest } from '../../types.js';
import { constraintMessage } from '../../protocols/wire.js';
import type { TagList } from '../../protocols/json-rpc.js';

/** SSM Parameter Store's data: parameters and their versions, names and references, SecureString encryption. */

export type ParameterType = 'String' | 'StringList' | 'SecureString';
export type Tier = 'Standard' | 'Advanced';

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

export const MAX_NAME_LENGTH = 2048;
const MAX_LEVELS = 15;

const MAX_TAGS = 50;

// A per-process key: SecureString values are opaque everywhere but a decrypting read.
const SECURE_KEY = randomBytes(32);

export function encrypt(plain: string): string {
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

export function ssmData(state: EmulatorState, req: EmuRequest): SsmData {
  return state.scope<SsmData>('ssm', req.account, req.region, () => ({ parameters: {} }));
}

/** "/name" (one level) and "name" are one parameter; deeper names are kept as given. */
export function normalizeName(name: string): string {
  return name.startsWith('/') && name.indexOf('/', 1) === -1 ? name.slice(1) : name;
}

/** The name with its leading slash, for path matching. */
export function fullPath(name: string): string {
  return name.startsWith('/') ? name : `/${name}`;
}

export function parameterArn(req: EmuRequest, name: string): string {
  return `arn:aws:ssm:${req.region}:${req.account}:parameter/${name.replace(/^\//, '')}`;
}

const INVALID_NAME =
  'Parameter name: can\'t be prefixed with "aws" or "ssm" (case-insensitive). If formed as a path, it can consist of ' +
  'sub-paths divided by slash symbol; each sub-path can be formed as a mix of letters, numbers and the following 3 symbols .-_';

export function validateName(name: string): void {
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

export function notFound(name: string): AwsError {
  return new AwsError('ParameterNotFound', `Parameter ${name} not found.`);
}

export function versionNotFound(name: string, version: string | number): AwsError {
  return new AwsError('ParameterVersionNotFound', `Systems Manager could not find version ${version} of ${name}. Verify the version and try again.`);
}

/** The version a reference names, or an error in AWS's words. */
export function resolve(data: SsmData, req: EmuRequest, reference: string): { parameter: SsmParameter; version: ParameterVersion; selector?: string } {
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

export function shownValue(version: ParameterVersion, withDecryption: boolean | undefined): string {
  return version.type === 'SecureString' && withDecryption ? decrypt(version.value) : version.value;
}

export function checkTagCount(tags: TagList): void {
  if (tags.length > MAX_TAGS) {
    throw new AwsError('TooManyTagsError', `The resource can have at most ${MAX_TAGS} tags; the request would give it ${tags.length}.`);
  }
}
