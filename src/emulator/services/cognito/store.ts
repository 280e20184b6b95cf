import { randomBytes } from 'node:crypto';
import type { EmulatorState } from '../../state.js';
import { AwsError } from '../../types.js';
import { InputReader, type JsonInput } from '../../protocols/json-rpc.js';
import { constraintMessage, memberName } from '../../protocols/wire.js';
import type { PoolUser } from './users.js';

/**
 * Cognito user pools' data, shared by the Cognito IDP API and CloudFormation
 * (AWS::Cognito::UserPool, UserPoolClient, UserPoolDomain). Settings are kept in the
 * API's own member names, so DescribeUserPool / DescribeUserPoolClient echo them.
 */
export interface UserPoolClient {
  clientId: string;
  clientName: string;
  userPoolId: string;
  clientSecret?: string;
  createdAt: number;
  lastModifiedAt: number;
  /** CreateUserPoolClient members other than UserPoolId, ClientName and GenerateSecret, defaults filled in. */
  settings: JsonInput;
}

export interface UserPoolDomain {
  domain: string;
  createdAt: number;
  /** CREATING until then (provisioning delay), ACTIVE after. */
  readyAt: number;
  managedLoginVersion?: number;
  customDomainConfig?: JsonInput;
}

export interface UserPool {
  id: string;
  arn: string;
  name: string;
  account: string;
  region: string;
  createdAt: number;
  lastModifiedAt: number;
  /** CreateUserPool members other than PoolName and UserPoolTags. */
  settings: JsonInput;
  tags: Record<string, string>;
  domain?: UserPoolDomain;
  clients: Record<string, UserPoolClient>;
  /** Users by username (AdminCreateUser); absent until the first. */
  users?: Record<string, PoolUser>;
}

export interface CognitoData {
  pools: Record<string, UserPool>;
}

export interface CreateUserPoolInput {
  name: string;
  /** Other CreateUserPool members, by their API names (Policies, Schema, MfaConfiguration, DeletionProtection…). */
  settings?: JsonInput;
  tags?: Record<string, string>;
}

export interface CreateUserPoolClientInput {
  name: string;
  generateSecret?: boolean;
  /** Other CreateUserPoolClient members, by their API names (AllowedOAuthFlows, CallbackURLs…). */
  settings?: JsonInput;
}

const SERVICE = 'cognito-idp';
const POOL_ID = /^[\w-]+_[0-9a-zA-Z]+$/;
const NAME = /^[\w\s+=,.@-]{1,128}$/;
const CLIENT_ID = /^[\w+]{1,128}$/;
const DOMAIN_PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const OAUTH_FLOWS = ['code', 'implicit', 'client_credentials'];
const STANDARD_SCOPES = ['phone', 'email', 'openid', 'profile', 'aws.cognito.signin.user.admin'];
const AUTH_FLOWS = [
  'ADMIN_NO_SRP_AUTH',
  'CUSTOM_AUTH_FLOW_ONLY',
  'USER_PASSWORD_AUTH',
  'ALLOW_ADMIN_USER_PASSWORD_AUTH',
  'ALLOW_CUSTOM_AUTH',
  'ALLOW_USER_PASSWORD_AUTH',
  'ALLOW_USER_SRP_AUTH',
  'ALLOW_REFRESH_TOKEN_AUTH',
  'ALLOW_USER_AUTH',
];

export function cognitoData(state: EmulatorState, account: string, region: string): CognitoData {
  return state.scope<CognitoData>(SERVICE, account, region, () => ({ pools: {} }));
}

/** The pool's OIDC issuer, as tokens carry it in `iss`. */
export function issuerUrl(region: string, poolId: string): string {
  return `https://cognito-idp.${region}.amazonaws.com/${poolId}`;
}

/** What an AgentCore JWT authorizer is given as `discoveryUrl`. */
export function discoveryUrl(region: string, poolId: string): string {
  return `${issuerUrl(region, poolId)}/.well-known/openid-configuration`;
}

function randomAlnum(length: number, alphabet: string): string {
  return Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join('');
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

function invalid(message: string): AwsError {
  return new AwsError('InvalidParameterException', message);
}

function checkPoolId(poolId: string): void {
  if (!POOL_ID.test(poolId) || poolId.length > 55) {
    throw invalid(constraintMessage('userPoolId', poolId, 'Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+'));
  }
}

function checkName(member: string, name: string): void {
  if (!NAME.test(name)) {
    throw invalid(constraintMessage(member, name, 'Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+ and have length between 1 and 128'));
  }
}

function checkEnum(reader: InputReader, key: string, allowed: string[]): void {
  const value = reader.optString(key);
  if (value !== undefined && !allowed.includes(value)) {
    throw invalid(constraintMessage(memberName(key), value, `Member must satisfy enum value set: [${allowed.join(', ')}]`));
  }
}

export function findUserPool(state: EmulatorState, account: string, region: string, poolId: string): UserPool | undefined {
  return cognitoData(state, account, region).pools[poolId];
}

/** The pool, or ResourceNotFoundException as Cognito words it. */
export function getUserPool(state: EmulatorState, account: string, region: string, poolId: string): UserPool {
  checkPoolId(poolId);
  const pool = findUserPool(state, account, region, poolId);
  if (!pool) throw new AwsError('ResourceNotFoundException', `User pool ${poolId} does not exist.`);
  return pool;
}

/** A pool by id in any account: unsigned OIDC discovery requests name the pool and nothing else. */
export function locateUserPool(state: EmulatorState, poolId: string): UserPool | undefined {
  for (const { data } of state.scopes<CognitoData>(SERVICE)) {
    const pool = data.pools[poolId];
    if (pool) return pool;
  }
  return undefined;
}

/** An app client by id in any account: unsigned calls (token endpoint, InitiateAuth) name only the client. */
export function locateUserPoolClient(state: EmulatorState, clientId: string): { pool: UserPool; client: UserPoolClient } | undefined {
  for (const { data } of state.scopes<CognitoData>(SERVICE)) {
    for (const pool of Object.values(data.pools)) {
      const client = pool.clients[clientId];
      if (client) return { pool, client };
    }
  }
  return undefined;
}

export function createUserPool(state: EmulatorState, account: string, region: string, input: CreateUserPoolInput, now = Date.now()): UserPool {
  checkName('poolName', input.name);
  const settings = { ...(input.settings ?? {}) };
  const reader = new InputReader(settings, 'InvalidParameterException');
  checkEnum(reader, 'MfaConfiguration', ['OFF', 'ON', 'OPTIONAL']);
  checkEnum(reader, 'DeletionProtection', ['ACTIVE', 'INACTIVE']);
  checkEnum(reader, 'UserPoolTier', ['LITE', 'ESSENTIALS', 'PLUS']);
  if (reader.optStringList('AliasAttributes')?.length && reader.optStringList('UsernameAttributes')?.length) {
    throw invalid('Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.');
  }
  const id = `${region}_${randomAlnum(9, ALNUM)}`;
  const pool: UserPool = {
    id,
    arn: `arn:aws:cognito-idp:${region}:${account}:userpool/${id}`,
    name: input.name,
    account,
    region,
    createdAt: now,
    lastModifiedAt: now,
    settings: {
      MfaConfiguration: 'OFF',
      DeletionProtection: 'INACTIVE',
      UserPoolTier: 'ESSENTIALS',
      LambdaConfig: {},
      Policies: {
        PasswordPolicy: {
          MinimumLength: 8,
          RequireUppercase: true,
          RequireLowercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
          TemporaryPasswordValidityDays: 7,
        },
      },
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false, UnusedAccountValidityDays: 7 },
      ...settings,
    },
    tags: input.tags ?? {},
    clients: {},
  };
  cognitoData(state, account, region).pools[id] = pool;
  return pool;
}

export function deleteUserPool(state: EmulatorState, account: string, region: string, poolId: string): void {
  const pool = getUserPool(state, account, region, poolId);
  if (pool.settings.DeletionProtection === 'ACTIVE') {
    throw invalid('The user pool cannot be deleted because deletion protection is activated. Deletion protection must be inactivated first.');
  }
  delete cognitoData(state, account, region).pools[poolId];
}

/** Checks a client's OAuth settings the way Cognito does, and fills in its documented defaults. */
function clientSettings(raw: JsonInput, hasSecret: boolean): JsonInput {
  const reader = new InputReader(raw, 'InvalidParameterException');
  const flows = reader.optStringList('AllowedOAuthFlows') ?? [];
  const badFlow = flows.find((flow) => !OAUTH_FLOWS.includes(flow));
  if (badFlow !== undefined) {
    throw invalid(
      constraintMessage('allowedOAuthFlows', `[${flows.join(', ')}]`, 'Member must satisfy constraint: [Member must satisfy enum value set: [implicit, client_credentials, code]]'),
    );
  }
  const scopes = reader.optStringList('AllowedOAuthScopes') ?? [];
  if (flows.includes('client_credentials')) {
    if (flows.length > 1) throw new AwsError('InvalidOAuthFlowException', 'client_credentials flow can not be selected along with code flow or implicit flow.');
    if (!hasSecret) throw new AwsError('InvalidOAuthFlowException', 'client_credentials flow can not be selected if client does not have a client secret.');
    const standard = scopes.find((scope) => STANDARD_SCOPES.includes(scope));
    if (standard) throw new AwsError('InvalidOAuthFlowException', `${standard} is not supported with client_credentials flow.`);
  }
  const unknownScope = scopes.find((scope) => !STANDARD_SCOPES.includes(scope) && !/^[\x21\x23-\x5B\x5D-\x7E]+\/[\x21\x23-\x5B\x5D-\x7E]+$/.test(scope));
  if (unknownScope) throw new AwsError('ScopeDoesNotExistException', `Invalid scope requested: ${unknownScope}`);
  const callbacks = reader.optStringList('CallbackURLs') ?? [];
  for (const url of [...callbacks, ...(reader.optStringList('LogoutURLs') ?? [])]) checkRedirectUrl(url);
  const defaultRedirect = reader.optString('DefaultRedirectURI');
  if (defaultRedirect !== undefined && !callbacks.includes(defaultRedirect)) {
    throw invalid('DefaultRedirectURI must be one of the CallbackURLs.');
  }
  if (reader.optBoolean('AllowedOAuthFlowsUserPoolClient') && (flows.includes('code') || flows.includes('implicit')) && callbacks.length === 0) {
    throw invalid('CallbackURLs are required when the code or implicit OAuth flow is enabled.');
  }
  const authFlows = reader.optStringList('ExplicitAuthFlows');
  const badAuthFlow = authFlows?.find((flow) => !AUTH_FLOWS.includes(flow));
  if (badAuthFlow !== undefined) {
    throw invalid(constraintMessage('explicitAuthFlows', `[${authFlows!.join(', ')}]`, `Member must satisfy constraint: [Member must satisfy enum value set: [${AUTH_FLOWS.join(', ')}]]`));
  }
  checkEnum(reader, 'PreventUserExistenceErrors', ['LEGACY', 'ENABLED']);
  return {
    RefreshTokenValidity: 30,
    AccessTokenValidity: 60,
    IdTokenValidity: 60,
    TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' },
    ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH'],
    AllowedOAuthFlowsUserPoolClient: false,
    PreventUserExistenceErrors: 'ENABLED',
    EnableTokenRevocation: true,
    EnablePropagateAdditionalUserContextData: false,
    AuthSessionValidity: 3,
    ...raw,
  };
}

/** Cognito's rule for redirect URLs: absolute, no fragment, HTTPS except http://localhost. */
function checkRedirectUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalid(`${url} is not a valid URL: a callback or sign-out URL must be absolute.`);
  }
  if (parsed.hash) throw invalid(`${url} is not valid: a callback or sign-out URL must not have a fragment.`);
  if (parsed.protocol === 'http:' && parsed.hostname !== 'localhost') {
    throw invalid(`${url} is not valid: use HTTPS; plain HTTP is allowed only for http://localhost.`);
  }
}

export function createUserPoolClient(
  state: EmulatorState,
  account: string,
  region: string,
  poolId: string,
  input: CreateUserPoolClientInput,
  now = Date.now(),
): UserPoolClient {
  const pool = getUserPool(state, account, region, poolId);
  checkName('clientName', input.name);
  const settings = clientSettings(input.settings ?? {}, input.generateSecret === true);
  const clientId = randomAlnum(26, LOWER_ALNUM);
  const client: UserPoolClient = {
    clientId,
    clientName: input.name,
    userPoolId: pool.id,
    ...(input.generateSecret ? { clientSecret: randomAlnum(51, LOWER_ALNUM) } : {}),
    createdAt: now,
    lastModifiedAt: now,
    settings,
  };
  pool.clients[clientId] = client;
  return client;
}

export function getUserPoolClient(state: EmulatorState, account: string, region: string, poolId: string, clientId: string): UserPoolClient {
  const pool = getUserPool(state, account, region, poolId);
  if (!CLIENT_ID.test(clientId)) throw invalid(constraintMessage('clientId', clientId, 'Member must satisfy regular expression pattern: [\\w+]+'));
  const client = pool.clients[clientId];
  if (!client) throw new AwsError('ResourceNotFoundException', `User pool client ${clientId} does not exist.`);
  return client;
}

/** UpdateUserPoolClient replaces the settings: what the request leaves out goes back to its default. */
export function updateUserPoolClient(
  state: EmulatorState,
  account: string,
  region: string,
  poolId: string,
  clientId: string,
  input: { name?: string; settings?: JsonInput },
  now = Date.now(),
): UserPoolClient {
  const client = getUserPoolClient(state, account, region, poolId, clientId);
  if (input.name !== undefined) checkName('clientName', input.name);
  client.settings = clientSettings(input.settings ?? {}, client.clientSecret !== undefined);
  if (input.name !== undefined) client.clientName = input.name;
  client.lastModifiedAt = now;
  return client;
}

export function deleteUserPoolClient(state: EmulatorState, account: string, region: string, poolId: string, clientId: string): void {
  getUserPoolClient(state, account, region, poolId, clientId);
  delete getUserPool(state, account, region, poolId).clients[clientId];
}

/** The pool that has this domain prefix in a region, in any account: prefixes are unique per region. */
export function findPoolByDomain(state: EmulatorState, region: string, domain: string): UserPool | undefined {
  for (const scope of state.scopes<CognitoData>(SERVICE)) {
    if (scope.region !== region) continue;
    const pool = Object.values(scope.data.pools).find((p) => p.domain?.domain === domain);
    if (pool) return pool;
  }
  return undefined;
}

export function createUserPoolDomain(
  state: EmulatorState,
  account: string,
  region: string,
  poolId: string,
  input: { domain: string; managedLoginVersion?: number; customDomainConfig?: JsonInput },
  now = Date.now(),
): UserPoolDomain {
  const pool = getUserPool(state, account, region, poolId);
  if (!input.customDomainConfig) {
    if (!DOMAIN_PREFIX.test(input.domain)) {
      throw invalid(constraintMessage('domain', input.domain, 'Member must satisfy regular expression pattern: ^[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?$'));
    }
    if (/aws|amazon|cognito/.test(input.domain)) {
      throw invalid(`Domain ${input.domain} is not valid: a domain prefix cannot contain the reserved words aws, amazon or cognito.`);
    }
  }
  if (findPoolByDomain(state, region, input.domain)) throw invalid('Domain already associated with another user pool.');
  if (pool.domain) throw invalid(`User pool ${poolId} already has a domain configured.`);
  const domain: UserPoolDomain = {
    domain: input.domain,
    createdAt: now,
    readyAt: now + state.settings.provisioningDelayMs,
    ...(input.managedLoginVersion !== undefined ? { managedLoginVersion: input.managedLoginVersion } : {}),
    ...(input.customDomainConfig ? { customDomainConfig: input.customDomainConfig } : {}),
  };
  pool.domain = domain;
  return domain;
}

/** The hosted auth base URL of a prefix domain, e.g. https://my-app.auth.us-east-1.amazoncognito.com. */
export function domainBaseUrl(region: string, domain: string): string {
  return domain.includes('.') ? `https://${domain}` : `https://${domain}.auth.${region}.amazoncognito.com`;
}

export function deleteUserPoolDomain(state: EmulatorState, account: string, region: string, poolId: string, domain: string): void {
  const pool = getUserPool(state, account, region, poolId);
  if (pool.domain?.domain !== domain) throw new AwsError('ResourceNotFoundException', `Domain ${domain} does not exist for user pool ${poolId}.`);
  delete pool.domain;
}
