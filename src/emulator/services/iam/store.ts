import { randomBytes } from 'node:crypto';
import type { EmulatorState } from '../../state.js';
import { AwsError } from '../../types.js';

/**
 * IAM's data, shared by the IAM API and CloudFormation (AWS::IAM::* resources). IAM is global:
 * one scope per account, under the pseudo-region `aws-global`, whatever region a request signs.
 */
const IAM_REGION = 'aws-global';

export interface IamRole {
  name: string;
  id: string;
  arn: string;
  path: string;
  createdAt: number;
  /** JSON text, as it was given. */
  assumeRolePolicyDocument: string;
  description?: string;
  maxSessionDuration: number;
  permissionsBoundary?: string;
  tags: Array<{ Key: string; Value: string }>;
  /** Inline policy name -> JSON text. */
  inlinePolicies: Record<string, string>;
  /** Attached managed policy ARNs. */
  attachedPolicies: string[];
}

export interface IamManagedPolicy {
  name: string;
  id: string;
  arn: string;
  path: string;
  description?: string;
  document: string;
  createdAt: number;
}

export interface IamOidcProvider {
  arn: string;
  url: string;
  clientIds: string[];
  thumbprints: string[];
  createdAt: number;
  tags: Array<{ Key: string; Value: string }>;
}

export interface IamData {
  roles: Record<string, IamRole>;
  /** Customer managed policies by ARN. */
  policies: Record<string, IamManagedPolicy>;
  oidcProviders: Record<string, IamOidcProvider>;
}

export function iamData(state: EmulatorState, account: string): IamData {
  return state.scope<IamData>('iam', account, IAM_REGION, () => ({ roles: {}, policies: {}, oidcProviders: {} }));
}

const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
const POLICY_NAME = /^[\w+=,.@-]{1,128}$/;
const PATH = /^\/$|^\/[\u0021-\u007E]+\/$/;

/** An IAM unique id: a 4-letter prefix naming the kind (AROA role, ANPA policy) and 17 characters. */
function uniqueId(prefix: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  return prefix + Array.from(randomBytes(17), (byte) => alphabet[byte % alphabet.length]).join('');
}

function noSuchEntity(message: string): AwsError {
  return new AwsError('NoSuchEntity', message, 404);
}

/** Checks a policy document is JSON with a Version and a Statement, as IAM does before storing it. */
export function checkPolicyDocument(document: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(document);
  } catch {
    throw new AwsError('MalformedPolicyDocument', 'Syntax errors in policy.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new AwsError('MalformedPolicyDocument', 'Syntax errors in policy.');
  }
  const statement = (parsed as Record<string, unknown>).Statement;
  if (statement === undefined || (typeof statement !== 'object' && !Array.isArray(statement))) {
    throw new AwsError('MalformedPolicyDocument', 'Policy document must contain a Statement.');
  }
  const statements = Array.isArray(statement) ? statement : [statement];
  for (const item of statements as unknown[]) {
    const entry = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (entry.Effect !== 'Allow' && entry.Effect !== 'Deny') {
      throw new AwsError('MalformedPolicyDocument', 'Policy statement must contain a valid Effect (Allow or Deny).');
    }
    if (entry.Action === undefined && entry.NotAction === undefined) {
      throw new AwsError('MalformedPolicyDocument', 'Policy statement must contain actions.');
    }
  }
}

/** The path of a new role or policy ("/" when none is given), checked as IAM checks it. */
function checkedPath(path = '/'): string {
  if (path.length > 512 || !PATH.test(path)) {
    throw new AwsError('ValidationError', `The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.`);
  }
  return path;
}

function checkName(member: 'roleName' | 'policyName', name: string): void {
  if (!(member === 'roleName' ? ROLE_NAME : POLICY_NAME).test(name)) {
    throw new AwsError('ValidationError', `The specified value for ${member} is invalid. It must contain only alphanumeric characters and/or the following: +=,.@_-`);
  }
}

export interface CreateRoleInput {
  name: string;
  assumeRolePolicyDocument: string;
  path?: string;
  description?: string;
  maxSessionDuration?: number;
  permissionsBoundary?: string;
  tags?: Array<{ Key: string; Value: string }>;
}

export function createRole(state: EmulatorState, account: string, input: CreateRoleInput, now = Date.now()): IamRole {
  checkName('roleName', input.name);
  const path = checkedPath(input.path);
  checkPolicyDocument(input.assumeRolePolicyDocument);
  const maxSessionDuration = input.maxSessionDuration ?? 3600;
  if (!Number.isInteger(maxSessionDuration) || maxSessionDuration < 3600 || maxSessionDuration > 43200) {
    throw new AwsError('ValidationError', `1 validation error detected: Value '${maxSessionDuration}' at 'maxSessionDuration' failed to satisfy constraint: Member must have value between 3600 and 43200`);
  }
  const data = iamData(state, account);
  // Role names are unique case-insensitively.
  if (Object.keys(data.roles).some((name) => name.toLowerCase() === input.name.toLowerCase())) {
    throw new AwsError('EntityAlreadyExists', `Role with name ${input.name} already exists.`, 409);
  }
  const role: IamRole = {
    name: input.name,
    id: uniqueId('AROA'),
    arn: `arn:aws:iam::${account}:role${path}${input.name}`,
    path,
    createdAt: now,
    assumeRolePolicyDocument: input.assumeRolePolicyDocument,
    ...(input.description !== undefined ? { description: input.description } : {}),
    maxSessionDuration,
    ...(input.permissionsBoundary !== undefined ? { permissionsBoundary: input.permissionsBoundary } : {}),
    tags: input.tags ?? [],
    inlinePolicies: {},
    attachedPolicies: [],
  };
  data.roles[input.name] = role;
  return role;
}

export function getRole(state: EmulatorState, account: string, name: string): IamRole {
  const role = iamData(state, account).roles[name];
  if (!role) throw noSuchEntity(`The role with name ${name} cannot be found.`);
  return role;
}

/** The role an ARN names, or undefined (the path in the ARN must match too). */
export function findRoleByArn(state: EmulatorState, arn: string): IamRole | undefined {
  const match = /^arn:aws[a-z-]*:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(arn);
  if (!match) return undefined;
  const role = iamData(state, match[1]!).roles[match[2]!];
  return role && role.arn === arn ? role : undefined;
}

export function deleteRole(state: EmulatorState, account: string, name: string): void {
  const role = getRole(state, account, name);
  if (Object.keys(role.inlinePolicies).length > 0 || role.attachedPolicies.length > 0) {
    throw new AwsError('DeleteConflict', 'Cannot delete entity, must delete policies first.', 409);
  }
  delete iamData(state, account).roles[name];
}

export function putRolePolicy(state: EmulatorState, account: string, roleName: string, policyName: string, document: string): void {
  const role = getRole(state, account, roleName);
  checkName('policyName', policyName);
  checkPolicyDocument(document);
  role.inlinePolicies[policyName] = document;
}

export function deleteRolePolicy(state: EmulatorState, account: string, roleName: string, policyName: string): void {
  const role = getRole(state, account, roleName);
  if (!(policyName in role.inlinePolicies)) {
    throw noSuchEntity(`The role policy with name ${policyName} cannot be found.`);
  }
  delete role.inlinePolicies[policyName];
}

/** AWS managed policies (account `aws`) are not catalogued: any such ARN is accepted. */
function policyExists(state: EmulatorState, account: string, arn: string): boolean {
  return /^arn:aws[a-z-]*:iam::aws:policy\/.+/.test(arn) || arn in iamData(state, account).policies;
}

export function attachRolePolicy(state: EmulatorState, account: string, roleName: string, policyArn: string): void {
  const role = getRole(state, account, roleName);
  if (!policyExists(state, account, policyArn)) {
    throw noSuchEntity(`Policy ${policyArn} does not exist or is not attachable.`);
  }
  if (!role.attachedPolicies.includes(policyArn)) role.attachedPolicies.push(policyArn);
}

export function detachRolePolicy(state: EmulatorState, account: string, roleName: string, policyArn: string): void {
  const role = getRole(state, account, roleName);
  if (!role.attachedPolicies.includes(policyArn)) throw noSuchEntity(`Policy ${policyArn} was not found.`);
  role.attachedPolicies = role.attachedPolicies.filter((arn) => arn !== policyArn);
}

export interface CreatePolicyInput {
  name: string;
  document: string;
  path?: string;
  description?: string;
}

export function createPolicy(state: EmulatorState, account: string, input: CreatePolicyInput, now = Date.now()): IamManagedPolicy {
  checkName('policyName', input.name);
  const path = checkedPath(input.path);
  checkPolicyDocument(input.document);
  const arn = `arn:aws:iam::${account}:policy${path}${input.name}`;
  const data = iamData(state, account);
  if (data.policies[arn]) throw new AwsError('EntityAlreadyExists', `A policy called ${input.name} already exists. Duplicate names are not allowed.`, 409);
  const policy: IamManagedPolicy = {
    name: input.name,
    id: uniqueId('ANPA'),
    arn,
    path,
    document: input.document,
    createdAt: now,
    ...(input.description !== undefined ? { description: input.description } : {}),
  };
  data.policies[arn] = policy;
  return policy;
}

export function getPolicy(state: EmulatorState, account: string, arn: string): IamManagedPolicy {
  const policy = iamData(state, account).policies[arn];
  if (!policy) throw noSuchEntity(`Policy ${arn} was not found.`);
  return policy;
}

export function deletePolicy(state: EmulatorState, account: string, arn: string): void {
  getPolicy(state, account, arn);
  const attached = Object.values(iamData(state, account).roles).some((role) => role.attachedPolicies.includes(arn));
  if (attached) throw new AwsError('DeleteConflict', 'Cannot delete a policy attached to entities.', 409);
  delete iamData(state, account).policies[arn];
}

export function checkThumbprints(thumbprints: string[]): void {
  if (thumbprints.some((thumbprint) => !/^[0-9a-fA-F]{40}$/.test(thumbprint))) {
    throw new AwsError('ValidationError', 'The specified value for thumbprintList is invalid: each thumbprint is 40 hexadecimal characters.');
  }
}

export interface CreateOidcProviderInput {
  url: string;
  clientIds?: string[];
  thumbprints?: string[];
  tags?: Array<{ Key: string; Value: string }>;
}

export function createOidcProvider(state: EmulatorState, account: string, input: CreateOidcProviderInput, now = Date.now()): IamOidcProvider {
  if (!/^https:\/\/[^\s/]+(\/\S*)?$/.test(input.url)) {
    throw new AwsError('ValidationError', `The specified value for url is invalid. It must begin with https://.`);
  }
  const thumbprints = input.thumbprints ?? [];
  checkThumbprints(thumbprints);
  const arn = `arn:aws:iam::${account}:oidc-provider/${input.url.slice('https://'.length).replace(/\/$/, '')}`;
  const data = iamData(state, account);
  if (data.oidcProviders[arn]) throw new AwsError('EntityAlreadyExists', `Provider with url ${input.url} already exists.`, 409);
  const provider: IamOidcProvider = {
    arn,
    url: input.url,
    clientIds: input.clientIds ?? [],
    thumbprints,
    createdAt: now,
    tags: input.tags ?? [],
  };
  data.oidcProviders[arn] = provider;
  return provider;
}

export function getOidcProvider(state: EmulatorState, account: string, arn: string): IamOidcProvider {
  const provider = iamData(state, account).oidcProviders[arn];
  if (!provider) throw noSuchEntity(`OpenIDConnect Provider not found for arn ${arn}`);
  return provider;
}

export function deleteOidcProvider(state: EmulatorState, account: string, arn: string): void {
  getOidcProvider(state, account, arn);
  delete iamData(state, account).oidcProviders[arn];
}
