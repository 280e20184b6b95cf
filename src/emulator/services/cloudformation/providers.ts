import { randomBytes } from 'node:crypto';
import type { EmulatorState } from '../../state.js';
import { AwsError } from '../../types.js';
import {
  createUserPool,
  createUserPoolClient,
  createUserPoolDomain,
  deleteUserPool,
  deleteUserPoolClient,
  deleteUserPoolDomain,
  findUserPool,
  getUserPool,
  issuerUrl,
  updateUserPoolClient,
} from '../cognito/store.js';
import { createRepository, deleteRepository, ecrRegistry, getRepository, type EcrRepository, type TagMutability } from '../ecr/store.js';
import {
  attachRolePolicy,
  checkPolicyDocument,
  checkThumbprints,
  createOidcProvider,
  createPolicy,
  createRole,
  deleteOidcProvider,
  deletePolicy,
  deleteRole,
  deleteRolePolicy,
  detachRolePolicy,
  getOidcProvider,
  getPolicy,
  getRole,
  putRolePolicy,
} from '../iam/store.js';
import { isObject, type Json, type JsonObject } from './template.js';

/**
 * Resource providers: what CloudFormation does to the emulated services for each resource type.
 * A provider's create is atomic (it undoes its own partial work before throwing); update applies
 * the changes that do not need a new physical resource; the engine handles replacement.
 */
export interface ProviderContext {
  state: EmulatorState;
  account: string;
  region: string;
  stackName: string;
  logicalId: string;
  now: number;
}

export interface Provisioned {
  physicalId: string;
  attributes: Record<string, Json>;
}

export interface PropertySpec {
  required?: boolean;
  /** A change to this property needs a new physical resource. */
  replaces?: boolean;
}

export interface ResourceProvider {
  properties: Record<string, PropertySpec>;
  attributes: readonly string[];
  /** The property that names the resource; replacing it while that name stays the same is impossible. */
  nameProperty?: string;
  create(ctx: ProviderContext, props: Props): Provisioned;
  /** Absent when every property change replaces the resource. */
  update?(ctx: ProviderContext, current: Provisioned, props: Props, previous: Props): Provisioned;
  delete(ctx: ProviderContext, current: Provisioned, props: Props): void;
}

/** A resource failure whose message is the whole reason CloudFormation shows. */
export class ResourceFailure extends Error {}

function propertyFailure(logicalId: string, detail: string): ResourceFailure {
  return new ResourceFailure(`Properties validation failed for resource ${logicalId} with message: ${detail}`);
}

/** Checks the property names against the type: unknown and missing required keys, as the CloudFormation registry reports them. */
export function checkPropertyNames(provider: ResourceProvider, logicalId: string, values: JsonObject): void {
  const extra = Object.keys(values).filter((key) => !Object.hasOwn(provider.properties, key));
  if (extra.length > 0) throw propertyFailure(logicalId, `#: extraneous key [${extra[0]}] is not permitted`);
  const missing = Object.entries(provider.properties)
    .filter(([key, spec]) => spec.required && values[key] === undefined)
    .map(([key]) => key);
  if (missing.length > 0) throw propertyFailure(logicalId, `#: required key [${missing[0]}] not found`);
}

function jsonType(value: Json): string {
  if (Array.isArray(value)) return 'JSONArray';
  if (isObject(value)) return 'JSONObject';
  if (value === null) return 'Null';
  return typeof value === 'number' ? 'Number' : typeof value === 'boolean' ? 'Boolean' : 'String';
}

/** Typed reads of resolved properties; a wrong type fails the resource with the registry's wording. */
export class Props {
  constructor(
    readonly logicalId: string,
    readonly values: JsonObject,
    private readonly path = '#',
  ) {}

  private wrong(key: string, expected: string): ResourceFailure {
    return propertyFailure(this.logicalId, `${this.path}/${key}: expected type: ${expected}, found: ${jsonType(this.values[key]!)}`);
  }

  has(key: string): boolean {
    return this.values[key] !== undefined;
  }

  optString(key: string): string | undefined {
    const value = this.values[key];
    if (value === undefined) return undefined;
    // CloudFormation passes scalars through as text.
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (typeof value !== 'string') throw this.wrong(key, 'String');
    return value;
  }

  string(key: string): string {
    const value = this.optString(key);
    if (value === undefined) throw propertyFailure(this.logicalId, `${this.path}: required key [${key}] not found`);
    return value;
  }

  optEnum<T extends string>(key: string, allowed: readonly T[]): T | undefined {
    const value = this.optString(key);
    if (value !== undefined && !(allowed as readonly string[]).includes(value)) {
      throw propertyFailure(this.logicalId, `${this.path}/${key}: failed validation constraint for keyword [enum] (allowed: ${allowed.join(', ')})`);
    }
    return value as T | undefined;
  }

  optBoolean(key: string): boolean | undefined {
    const value = this.values[key];
    if (value === undefined) return undefined;
    if (value === true || value === 'true') return true;
    if (value === false || value === 'false') return false;
    throw this.wrong(key, 'Boolean');
  }

  optInteger(key: string): number | undefined {
    const value = this.values[key];
    if (value === undefined) return undefined;
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isInteger(number)) throw this.wrong(key, 'Integer');
    return number;
  }

  optStringList(key: string): string[] | undefined {
    const value = this.values[key];
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) throw this.wrong(key, 'JSONArray of String');
    return value as string[];
  }

  optObject(key: string): Props | undefined {
    const value = this.values[key];
    if (value === undefined) return undefined;
    if (!isObject(value)) throw this.wrong(key, 'JSONObject');
    return new Props(this.logicalId, value, `${this.path}/${key}`);
  }

  optObjectList(key: string): Props[] | undefined {
    const value = this.values[key];
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || value.some((item) => !isObject(item))) throw this.wrong(key, 'JSONArray of JSONObject');
    return (value as JsonObject[]).map((item, index) => new Props(this.logicalId, item, `${this.path}/${key}/${index}`));
  }

  /** A JSON document given as an object or as JSON text; returned as text. */
  optDocument(key: string): string | undefined {
    const value = this.values[key];
    if (value === undefined) return undefined;
    if (isObject(value)) return JSON.stringify(value);
    if (typeof value === 'string') {
      try {
        JSON.parse(value);
      } catch {
        throw propertyFailure(this.logicalId, `${this.path}/${key}: is not valid JSON`);
      }
      return value;
    }
    throw this.wrong(key, 'JSONObject');
  }

  optTags(key: string): Array<{ Key: string; Value: string }> | undefined {
    return this.optObjectList(key)?.map((tag) => ({ Key: tag.string('Key'), Value: tag.string('Value') }));
  }
}

/**
 * A name for a resource the template does not name: `<stack>-<logicalId>-<random>`, shortened
 * to fit the service's limit the way CloudFormation shortens it.
 */
export function generatedName(ctx: ProviderContext, maxLength: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const suffix = Array.from(randomBytes(12), (byte) => alphabet[byte % alphabet.length]).join('');
  const budget = maxLength - suffix.length - 2;
  const stack = ctx.stackName.slice(0, Math.max(1, Math.ceil(budget / 2)));
  const logical = ctx.logicalId.slice(0, Math.max(1, budget - stack.length));
  return `${stack}-${logical}-${suffix}`;
}

// ---- AWS::ECR::Repository --------------------------------------------------------------------

const MUTABILITIES: readonly TagMutability[] = ['MUTABLE', 'IMMUTABLE', 'MUTABLE_WITH_EXCLUSION', 'IMMUTABLE_WITH_EXCLUSION'];

/** The properties of a repository that an update may change, applied to the store's record. */
function applyRepositorySettings(repository: EcrRepository, props: Props): void {
  repository.tagMutability = props.optEnum('ImageTagMutability', MUTABILITIES) ?? 'MUTABLE';
  const filters = props.optObjectList('ImageTagMutabilityExclusionFilters')?.map((filter) => ({
    filterType: filter.optEnum('ImageTagMutabilityExclusionFilterType', ['WILDCARD'] as const) ?? 'WILDCARD',
    filter: filter.string('ImageTagMutabilityExclusionFilterValue'),
  }));
  if (filters?.length) repository.tagMutabilityExclusionFilters = filters;
  else delete repository.tagMutabilityExclusionFilters;
  repository.scanOnPush = props.optObject('ImageScanningConfiguration')?.optBoolean('ScanOnPush') ?? false;
  const lifecycle = props.optObject('LifecyclePolicy')?.optDocument('LifecyclePolicyText');
  if (lifecycle !== undefined) repository.lifecyclePolicyText = lifecycle;
  else delete repository.lifecyclePolicyText;
  const policy = props.optDocument('RepositoryPolicyText');
  if (policy !== undefined) repository.policyText = policy;
  else delete repository.policyText;
  repository.tags = props.optTags('Tags') ?? [];
}

const ecrRepository: ResourceProvider = {
  properties: {
    RepositoryName: { replaces: true },
    ImageTagMutability: {},
    ImageTagMutabilityExclusionFilters: {},
    ImageScanningConfiguration: {},
    EncryptionConfiguration: { replaces: true },
    LifecyclePolicy: {},
    RepositoryPolicyText: {},
    EmptyOnDelete: {},
    Tags: {},
  },
  attributes: ['Arn', 'RepositoryUri'],
  nameProperty: 'RepositoryName',
  create(ctx, props) {
    const name = props.optString('RepositoryName') ?? generatedName(ctx, 256).toLowerCase();
    const encryptionType = props.optObject('EncryptionConfiguration')?.optEnum('EncryptionType', ['AES256', 'KMS'] as const);
    props.optBoolean('EmptyOnDelete');
    const repository = createRepository(ctx.state, ctx.account, ctx.region, { name, ...(encryptionType ? { encryptionType } : {}) }, ctx.now);
    try {
      applyRepositorySettings(repository, props);
    } catch (error) {
      deleteRepository(ctx.state, ctx.account, ctx.region, name, true);
      throw error;
    }
    return { physicalId: name, attributes: { Arn: repository.arn, RepositoryUri: repository.uri } };
  },
  update(ctx, current, props) {
    applyRepositorySettings(getRepository(ctx.state, ctx.account, ctx.region, current.physicalId), props);
    return current;
  },
  delete(ctx, current, props) {
    // Already gone (deleted by hand) counts as deleted, as CloudFormation treats NotFound on delete.
    if (!ecrRegistry(ctx.state, ctx.account, ctx.region).repositories[current.physicalId]) return;
    deleteRepository(ctx.state, ctx.account, ctx.region, current.physicalId, props.optBoolean('EmptyOnDelete') ?? false);
  },
};

// ---- AWS::IAM::* -----------------------------------------------------------------------------

/** A policy document property, checked as IAM checks it. */
function policyDocument(props: Props, key: string): string {
  const document = props.optDocument(key);
  if (document === undefined) return props.string(key);
  checkPolicyDocument(document);
  return document;
}

function inlinePolicies(props: Props): Map<string, string> {
  const policies = new Map<string, string>();
  for (const policy of props.optObjectList('Policies') ?? []) policies.set(policy.string('PolicyName'), policyDocument(policy, 'PolicyDocument'));
  return policies;
}

/** Ignores NoSuchEntity: the thing to remove is already gone. */
function ignoreMissing(action: () => void): void {
  try {
    action();
  } catch (error) {
    if (!(error instanceof AwsError && error.code === 'NoSuchEntity')) throw error;
  }
}

function applyRoleSettings(ctx: ProviderContext, name: string, props: Props, previous: Props | undefined): void {
  const role = getRole(ctx.state, ctx.account, name);
  role.assumeRolePolicyDocument = policyDocument(props, 'AssumeRolePolicyDocument');
  const description = props.optString('Description');
  if (description !== undefined) role.description = description;
  else delete role.description;
  role.maxSessionDuration = props.optInteger('MaxSessionDuration') ?? 3600;
  const boundary = props.optString('PermissionsBoundary');
  if (boundary !== undefined) role.permissionsBoundary = boundary;
  else delete role.permissionsBoundary;
  role.tags = props.optTags('Tags') ?? [];
  const policies = inlinePolicies(props);
  for (const old of previous ? inlinePolicies(previous).keys() : []) {
    if (!policies.has(old)) ignoreMissing(() => deleteRolePolicy(ctx.state, ctx.account, name, old));
  }
  for (const [policyName, document] of policies) putRolePolicy(ctx.state, ctx.account, name, policyName, document);
  const managed = props.optStringList('ManagedPolicyArns') ?? [];
  for (const old of previous?.optStringList('ManagedPolicyArns') ?? []) {
    if (!managed.includes(old)) ignoreMissing(() => detachRolePolicy(ctx.state, ctx.account, name, old));
  }
  for (const arn of managed) attachRolePolicy(ctx.state, ctx.account, name, arn);
}

function removeRole(ctx: ProviderContext, name: string): void {
  const role = getRole(ctx.state, ctx.account, name);
  role.inlinePolicies = {};
  role.attachedPolicies = [];
  deleteRole(ctx.state, ctx.account, name);
}

const iamRole: ResourceProvider = {
  properties: {
    AssumeRolePolicyDocument: { required: true },
    RoleName: { replaces: true },
    Path: { replaces: true },
    Description: {},
    MaxSessionDuration: {},
    PermissionsBoundary: {},
    Policies: {},
    ManagedPolicyArns: {},
    Tags: {},
  },
  attributes: ['Arn', 'RoleId'],
  nameProperty: 'RoleName',
  create(ctx, props) {
    const name = props.optString('RoleName') ?? generatedName(ctx, 64);
    const path = props.optString('Path');
    const role = createRole(
      ctx.state,
      ctx.account,
      { name, assumeRolePolicyDocument: policyDocument(props, 'AssumeRolePolicyDocument'), ...(path !== undefined ? { path } : {}) },
      ctx.now,
    );
    try {
      applyRoleSettings(ctx, name, props, undefined);
    } catch (error) {
      removeRole(ctx, name);
      throw error;
    }
    return { physicalId: name, attributes: { Arn: role.arn, RoleId: role.id } };
  },
  update(ctx, current, props, previous) {
    applyRoleSettings(ctx, current.physicalId, props, previous);
    return current;
  },
  delete(ctx, current) {
    ignoreMissing(() => removeRole(ctx, current.physicalId));
  },
};

/** The emulated IAM keeps policies on roles only; users and groups are refused rather than ignored. */
function rolesOnly(props: Props): string[] {
  for (const key of ['Users', 'Groups']) {
    if ((props.optStringList(key) ?? []).length > 0) {
      throw new ResourceFailure(`${key} are not supported by the emulator's IAM (resource ${props.logicalId}): attach the policy to Roles.`);
    }
  }
  return props.optStringList('Roles') ?? [];
}

const iamPolicy: ResourceProvider = {
  properties: { PolicyName: { required: true }, PolicyDocument: { required: true }, Roles: {}, Users: {}, Groups: {} },
  attributes: ['Id'],
  create(ctx, props) {
    const roles = rolesOnly(props);
    const name = props.string('PolicyName');
    const document = policyDocument(props, 'PolicyDocument');
    const done: string[] = [];
    try {
      for (const role of roles) {
        putRolePolicy(ctx.state, ctx.account, role, name, document);
        done.push(role);
      }
    } catch (error) {
      for (const role of done) ignoreMissing(() => deleteRolePolicy(ctx.state, ctx.account, role, name));
      throw error;
    }
    const physicalId = generatedName(ctx, 128);
    return { physicalId, attributes: { Id: physicalId } };
  },
  update(ctx, current, props, previous) {
    const roles = rolesOnly(props);
    const name = props.string('PolicyName');
    const document = policyDocument(props, 'PolicyDocument');
    const oldName = previous.string('PolicyName');
    for (const role of previous.optStringList('Roles') ?? []) {
      if (!roles.includes(role) || oldName !== name) ignoreMissing(() => deleteRolePolicy(ctx.state, ctx.account, role, oldName));
    }
    for (const role of roles) putRolePolicy(ctx.state, ctx.account, role, name, document);
    return current;
  },
  delete(ctx, _current, props) {
    const name = props.string('PolicyName');
    for (const role of props.optStringList('Roles') ?? []) ignoreMissing(() => deleteRolePolicy(ctx.state, ctx.account, role, name));
  },
};

function attachToRoles(ctx: ProviderContext, arn: string, roles: string[], previous: string[]): void {
  for (const role of previous) if (!roles.includes(role)) ignoreMissing(() => detachRolePolicy(ctx.state, ctx.account, role, arn));
  for (const role of roles) attachRolePolicy(ctx.state, ctx.account, role, arn);
}

const iamManagedPolicy: ResourceProvider = {
  properties: {
    ManagedPolicyName: { replaces: true },
    Path: { replaces: true },
    Description: { replaces: true },
    PolicyDocument: { required: true },
    Roles: {},
    Users: {},
    Groups: {},
  },
  attributes: ['PolicyArn', 'PolicyId', 'DefaultVersionId', 'AttachmentCount', 'CreateDate', 'UpdateDate', 'IsAttachable'],
  nameProperty: 'ManagedPolicyName',
  create(ctx, props) {
    const roles = rolesOnly(props);
    const path = props.optString('Path');
    const description = props.optString('Description');
    const policy = createPolicy(
      ctx.state,
      ctx.account,
      {
        name: props.optString('ManagedPolicyName') ?? generatedName(ctx, 128),
        document: policyDocument(props, 'PolicyDocument'),
        ...(path !== undefined ? { path } : {}),
        ...(description !== undefined ? { description } : {}),
      },
      ctx.now,
    );
    try {
      attachToRoles(ctx, policy.arn, roles, []);
    } catch (error) {
      attachToRoles(ctx, policy.arn, [], roles);
      deletePolicy(ctx.state, ctx.account, policy.arn);
      throw error;
    }
    return { physicalId: policy.arn, attributes: managedPolicyAttributes(ctx, policy.arn, roles.length) };
  },
  update(ctx, current, props, previous) {
    const roles = rolesOnly(props);
    getPolicy(ctx.state, ctx.account, current.physicalId).document = policyDocument(props, 'PolicyDocument');
    attachToRoles(ctx, current.physicalId, roles, previous.optStringList('Roles') ?? []);
    return { physicalId: current.physicalId, attributes: managedPolicyAttributes(ctx, current.physicalId, roles.length) };
  },
  delete(ctx, current, props) {
    attachToRoles(ctx, current.physicalId, [], props.optStringList('Roles') ?? []);
    ignoreMissing(() => deletePolicy(ctx.state, ctx.account, current.physicalId));
  },
};

function managedPolicyAttributes(ctx: ProviderContext, arn: string, attachments: number): Record<string, Json> {
  const policy = getPolicy(ctx.state, ctx.account, arn);
  const created = new Date(policy.createdAt).toISOString();
  return {
    PolicyArn: arn,
    PolicyId: policy.id,
    DefaultVersionId: 'v1',
    AttachmentCount: attachments,
    CreateDate: created,
    UpdateDate: new Date(ctx.now).toISOString(),
    IsAttachable: true,
  };
}

const iamOidcProvider: ResourceProvider = {
  properties: { Url: { replaces: true }, ClientIdList: {}, ThumbprintList: {}, Tags: {} },
  attributes: ['Arn'],
  create(ctx, props) {
    const provider = createOidcProvider(
      ctx.state,
      ctx.account,
      {
        url: props.string('Url'),
        clientIds: props.optStringList('ClientIdList') ?? [],
        thumbprints: props.optStringList('ThumbprintList') ?? [],
        tags: props.optTags('Tags') ?? [],
      },
      ctx.now,
    );
    return { physicalId: provider.arn, attributes: { Arn: provider.arn } };
  },
  update(ctx, current, props) {
    const provider = getOidcProvider(ctx.state, ctx.account, current.physicalId);
    const thumbprints = props.optStringList('ThumbprintList') ?? [];
    checkThumbprints(thumbprints);
    provider.clientIds = props.optStringList('ClientIdList') ?? [];
    provider.thumbprints = thumbprints;
    provider.tags = props.optTags('Tags') ?? [];
    return current;
  },
  delete(ctx, current) {
    ignoreMissing(() => deleteOidcProvider(ctx.state, ctx.account, current.physicalId));
  },
};

// ---- AWS::Cognito::* -------------------------------------------------------------------------

/** Properties that are not pool settings: the rest keep their API names in the store. */
const POOL_OWN_PROPERTIES = new Set(['UserPoolName', 'UserPoolTags']);

function poolSettings(props: Props): JsonObject {
  return Object.fromEntries(Object.entries(props.values).filter(([key]) => !POOL_OWN_PROPERTIES.has(key)));
}

function poolTags(props: Props): Record<string, string> {
  const tags = props.optObject('UserPoolTags');
  return Object.fromEntries(Object.keys(tags?.values ?? {}).map((key) => [key, tags!.string(key)]));
}

function poolAttributes(region: string, poolId: string, arn: string): Record<string, Json> {
  return {
    Arn: arn,
    UserPoolId: poolId,
    ProviderName: `cognito-idp.${region}.amazonaws.com/${poolId}`,
    ProviderURL: issuerUrl(region, poolId),
  };
}

const cognitoUserPool: ResourceProvider = {
  properties: Object.fromEntries(
    [
      'UserPoolName', 'UserPoolTags', 'Policies', 'Schema', 'AutoVerifiedAttributes', 'AliasAttributes', 'UsernameAttributes',
      'MfaConfiguration', 'EnabledMfas', 'DeletionProtection', 'UserPoolTier', 'AdminCreateUserConfig', 'AccountRecoverySetting',
      'UsernameConfiguration', 'LambdaConfig', 'EmailConfiguration', 'EmailVerificationMessage', 'EmailVerificationSubject',
      'SmsConfiguration', 'SmsAuthenticationMessage', 'SmsVerificationMessage', 'VerificationMessageTemplate',
      'UserAttributeUpdateSettings', 'DeviceConfiguration', 'UserPoolAddOns', 'WebAuthnRelyingPartyID', 'WebAuthnUserVerification',
    ].map((key) => [key, key === 'AliasAttributes' || key === 'UsernameAttributes' ? { replaces: true } : {}]),
  ),
  attributes: ['Arn', 'UserPoolId', 'ProviderName', 'ProviderURL'],
  create(ctx, props) {
    const pool = createUserPool(
      ctx.state,
      ctx.account,
      ctx.region,
      { name: props.optString('UserPoolName') ?? generatedName(ctx, 128), settings: poolSettings(props), tags: poolTags(props) },
      ctx.now,
    );
    return { physicalId: pool.id, attributes: poolAttributes(ctx.region, pool.id, pool.arn) };
  },
  update(ctx, current, props, previous) {
    const pool = getUserPool(ctx.state, ctx.account, ctx.region, current.physicalId);
    for (const key of Object.keys(poolSettings(previous))) delete pool.settings[key];
    Object.assign(pool.settings, poolSettings(props));
    const name = props.optString('UserPoolName');
    if (name !== undefined) pool.name = name;
    pool.tags = poolTags(props);
    pool.lastModifiedAt = ctx.now;
    return current;
  },
  delete(ctx, current) {
    if (findUserPool(ctx.state, ctx.account, ctx.region, current.physicalId)) deleteUserPool(ctx.state, ctx.account, ctx.region, current.physicalId);
  },
};

const CLIENT_OWN_PROPERTIES = new Set(['UserPoolId', 'ClientName', 'GenerateSecret']);

function clientSettings(props: Props): JsonObject {
  return Object.fromEntries(Object.entries(props.values).filter(([key]) => !CLIENT_OWN_PROPERTIES.has(key)));
}

const cognitoUserPoolClient: ResourceProvider = {
  properties: Object.fromEntries(
    [
      'UserPoolId', 'ClientName', 'GenerateSecret', 'AllowedOAuthFlows', 'AllowedOAuthScopes', 'AllowedOAuthFlowsUserPoolClient',
      'CallbackURLs', 'LogoutURLs', 'DefaultRedirectURI', 'ExplicitAuthFlows', 'SupportedIdentityProviders', 'PreventUserExistenceErrors',
      'RefreshTokenValidity', 'AccessTokenValidity', 'IdTokenValidity', 'TokenValidityUnits', 'ReadAttributes', 'WriteAttributes',
      'EnableTokenRevocation', 'EnablePropagateAdditionalUserContextData', 'AuthSessionValidity', 'AnalyticsConfiguration',
      'RefreshTokenRotation',
    ].map((key) => [key, key === 'UserPoolId' ? { required: true, replaces: true } : key === 'GenerateSecret' ? { replaces: true } : {}]),
  ),
  attributes: ['ClientId', 'ClientSecret', 'Name'],
  create(ctx, props) {
    const poolId = props.string('UserPoolId');
    const client = createUserPoolClient(
      ctx.state,
      ctx.account,
      ctx.region,
      poolId,
      { name: props.optString('ClientName') ?? generatedName(ctx, 128), generateSecret: props.optBoolean('GenerateSecret') ?? false, settings: clientSettings(props) },
      ctx.now,
    );
    return { physicalId: client.clientId, attributes: clientAttributes(client.clientId, client.clientName, client.clientSecret) };
  },
  update(ctx, current, props) {
    const name = props.optString('ClientName');
    const client = updateUserPoolClient(
      ctx.state,
      ctx.account,
      ctx.region,
      props.string('UserPoolId'),
      current.physicalId,
      { ...(name !== undefined ? { name } : {}), settings: clientSettings(props) },
      ctx.now,
    );
    return { physicalId: client.clientId, attributes: clientAttributes(client.clientId, client.clientName, client.clientSecret) };
  },
  delete(ctx, current, props) {
    const pool = findUserPool(ctx.state, ctx.account, ctx.region, props.string('UserPoolId'));
    if (pool?.clients[current.physicalId]) deleteUserPoolClient(ctx.state, ctx.account, ctx.region, pool.id, current.physicalId);
  },
};

function clientAttributes(clientId: string, name: string, secret: string | undefined): Record<string, Json> {
  return { ClientId: clientId, Name: name, ...(secret !== undefined ? { ClientSecret: secret } : {}) };
}

const cognitoUserPoolDomain: ResourceProvider = {
  properties: { Domain: { required: true, replaces: true }, UserPoolId: { required: true, replaces: true }, CustomDomainConfig: {}, ManagedLoginVersion: {} },
  attributes: ['CloudFrontDistribution'],
  create(ctx, props) {
    const managedLoginVersion = props.optInteger('ManagedLoginVersion');
    const customDomainConfig = props.optObject('CustomDomainConfig')?.values;
    const domain = createUserPoolDomain(
      ctx.state,
      ctx.account,
      ctx.region,
      props.string('UserPoolId'),
      {
        domain: props.string('Domain'),
        ...(managedLoginVersion !== undefined ? { managedLoginVersion } : {}),
        ...(customDomainConfig ? { customDomainConfig } : {}),
      },
      ctx.now,
    );
    return { physicalId: domain.domain, attributes: { CloudFrontDistribution: `${generatedName(ctx, 30).toLowerCase()}.cloudfront.net` } };
  },
  update(ctx, current, props) {
    const domain = getUserPool(ctx.state, ctx.account, ctx.region, props.string('UserPoolId')).domain;
    if (!domain) throw new AwsError('ResourceNotFoundException', `Domain ${current.physicalId} does not exist.`);
    const managedLoginVersion = props.optInteger('ManagedLoginVersion');
    if (managedLoginVersion !== undefined) domain.managedLoginVersion = managedLoginVersion;
    else delete domain.managedLoginVersion;
    const customDomainConfig = props.optObject('CustomDomainConfig')?.values;
    if (customDomainConfig) domain.customDomainConfig = customDomainConfig;
    else delete domain.customDomainConfig;
    return current;
  },
  delete(ctx, current, props) {
    const pool = findUserPool(ctx.state, ctx.account, ctx.region, props.string('UserPoolId'));
    if (pool?.domain?.domain === current.physicalId) deleteUserPoolDomain(ctx.state, ctx.account, ctx.region, pool.id, current.physicalId);
  },
};

/**
 * The emulated Cognito IDP has no resource servers (it accepts any well-formed custom scope), so
 * this provider only checks the definition and its pool; the definition lives in the stack.
 */
const cognitoResourceServer: ResourceProvider = {
  properties: { UserPoolId: { required: true, replaces: true }, Identifier: { required: true, replaces: true }, Name: { required: true }, Scopes: {} },
  attributes: [],
  create(ctx, props) {
    getUserPool(ctx.state, ctx.account, ctx.region, props.string('UserPoolId'));
    checkResourceServer(props);
    return { physicalId: props.string('Identifier'), attributes: {} };
  },
  update(_ctx, current, props) {
    checkResourceServer(props);
    return current;
  },
  delete() {
    // nothing outside the stack to remove
  },
};

function checkResourceServer(props: Props): void {
  const identifier = props.string('Identifier');
  if (!/^[\x21\x23-\x5B\x5D-\x7E]{1,256}$/.test(identifier)) {
    throw new AwsError('InvalidParameterException', `Invalid resource server identifier: ${identifier}`);
  }
  props.string('Name');
  for (const scope of props.optObjectList('Scopes') ?? []) {
    const name = scope.string('ScopeName');
    scope.string('ScopeDescription');
    if (!/^[\x21\x23-\x2E\x30-\x5B\x5D-\x7E]{1,256}$/.test(name)) throw new AwsError('InvalidParameterException', `Invalid scope name: ${name}`);
  }
}

/** Every resource type the emulator's CloudFormation can provision. */
export const providers: Record<string, ResourceProvider> = {
  'AWS::ECR::Repository': ecrRepository,
  'AWS::IAM::Role': iamRole,
  'AWS::IAM::Policy': iamPolicy,
  'AWS::IAM::ManagedPolicy': iamManagedPolicy,
  'AWS::IAM::OIDCProvider': iamOidcProvider,
  'AWS::Cognito::UserPool': cognitoUserPool,
  'AWS::Cognito::UserPoolClient': cognitoUserPoolClient,
  'AWS::Cognito::UserPoolDomain': cognitoUserPoolDomain,
  'AWS::Cognito::UserPoolResourceServer': cognitoResourceServer,
};
