import { createHash } from 'node:crypto';
import { AwsError, type ServiceModule } from '../../types.js';
import { constraintMessage, epochSeconds, memberName } from '../../protocols/wire.js';
import {
  cognitoData,
  createUserPool,
  createUserPoolClient,
  createUserPoolDomain,
  deleteUserPool,
  deleteUserPoolClient,
  deleteUserPoolDomain,
  getUserPool,
  getUserPoolClient,
  updateUserPoolClient,
  type UserPool,
  type UserPoolClient,
  type UserPoolDomain,
} from './store.js';
import { InputReader, jsonRpcRouter, type JsonHandler, type JsonInput } from '../../protocols/json-rpc.js';
import { decodePageToken, page } from '../../protocols/paging.js';
import { isOidcRequest, oidcOperation } from './oidc.js';
import { isUnsignedInitiateAuth, userHandlers } from './users.js';

/** Cognito user pools (awsJson1_1, target prefix AWSCognitoIdentityProviderService); OIDC and the token endpoint are in oidc.ts, users in users.ts. */
const STANDARD_ATTRIBUTES = new Set([
  'address', 'birthdate', 'email', 'email_verified', 'family_name', 'gender', 'given_name', 'locale', 'middle_name', 'name',
  'nickname', 'phone_number', 'phone_number_verified', 'picture', 'preferred_username', 'profile', 'sub', 'updated_at', 'website', 'zoneinfo',
]);

const SUB_ATTRIBUTE = {
  Name: 'sub',
  AttributeDataType: 'String',
  DeveloperOnlyAttribute: false,
  Mutable: false,
  Required: true,
  StringAttributeConstraints: { MinLength: '1', MaxLength: '2048' },
};

function schemaAttributes(schema: unknown): unknown[] {
  const declared = Array.isArray(schema) ? (schema as JsonInput[]) : [];
  const named = declared.map((attribute) => {
    const name = typeof attribute.Name === 'string' ? attribute.Name : '';
    return STANDARD_ATTRIBUTES.has(name) || name.startsWith('custom:') ? attribute : { ...attribute, Name: `custom:${name}` };
  });
  return [SUB_ATTRIBUTE, ...named.filter((attribute) => attribute.Name !== 'sub')];
}

function domainFields(pool: UserPool): Record<string, string> {
  if (!pool.domain) return {};
  return pool.domain.customDomainConfig ? { CustomDomain: pool.domain.domain } : { Domain: pool.domain.domain };
}

function poolOutput(pool: UserPool) {
  const { Schema, ...settings } = pool.settings;
  return {
    Id: pool.id,
    Name: pool.name,
    Arn: pool.arn,
    CreationDate: epochSeconds(pool.createdAt),
    LastModifiedDate: epochSeconds(pool.lastModifiedAt),
    ...settings,
    SchemaAttributes: schemaAttributes(Schema),
    UserPoolTags: pool.tags,
    EstimatedNumberOfUsers: 0,
    ...domainFields(pool),
  };
}

function clientOutput(client: UserPoolClient) {
  return {
    UserPoolId: client.userPoolId,
    ClientName: client.clientName,
    ClientId: client.clientId,
    ...(client.clientSecret !== undefined ? { ClientSecret: client.clientSecret } : {}),
    CreationDate: epochSeconds(client.createdAt),
    LastModifiedDate: epochSeconds(client.lastModifiedAt),
    ...client.settings,
  };
}

function domainOutput(pool: UserPool, domain: UserPoolDomain, now: number) {
  const distribution = `${createHash('sha256').update(`${pool.region}/${domain.domain}`).digest('hex').slice(0, 14)}.cloudfront.net`;
  return {
    UserPoolId: pool.id,
    AWSAccountId: pool.account,
    Domain: domain.domain,
    S3Bucket: `aws-cognito-prod-${pool.region}-assets`,
    CloudFrontDistribution: distribution,
    Version: String(domain.createdAt),
    Status: now < domain.readyAt ? 'CREATING' : 'ACTIVE',
    ...(domain.customDomainConfig ? { CustomDomainConfig: domain.customDomainConfig } : {}),
    ...(domain.managedLoginVersion !== undefined ? { ManagedLoginVersion: domain.managedLoginVersion } : {}),
  };
}

/** Everything in a request but the listed members: the settings the store keeps verbatim. */
function without(input: JsonInput, ...keys: string[]): JsonInput {
  return Object.fromEntries(Object.entries(input).filter(([key]) => !keys.includes(key)));
}

function reader(input: JsonInput): InputReader {
  return new InputReader(input, 'InvalidParameterException');
}

function listSize(r: InputReader, required: boolean): number {
  const value = required ? r.number('MaxResults') : r.optNumber('MaxResults');
  if (value === undefined) return 60;
  if (!Number.isInteger(value) || value < 1 || value > 60) {
    throw new AwsError('InvalidParameterException', constraintMessage('maxResults', String(value), 'Member must have value between 1 and 60'));
  }
  return value;
}

function invalidToken(): AwsError {
  return new AwsError('InvalidParameterException', 'The pagination token is not valid.');
}

function stringMap(r: InputReader, key: string): Record<string, string> | undefined {
  const value = r.optObject(key);
  if (value === undefined) return undefined;
  if (Object.values(value).some((v) => typeof v !== 'string')) {
    throw new AwsError('InvalidParameterException', constraintMessage(memberName(key), value, 'Member must be a map of strings'));
  }
  return value as Record<string, string>;
}

const handlers: Record<string, JsonHandler> = {
  CreateUserPool: (input, req, ctx) => {
    const r = reader(input);
    const tags = stringMap(r, 'UserPoolTags');
    const pool = createUserPool(
      ctx.state,
      req.account,
      req.region,
      { name: r.string('PoolName'), settings: without(input, 'PoolName', 'UserPoolTags'), ...(tags ? { tags } : {}) },
      ctx.now(),
    );
    return { UserPool: poolOutput(pool) };
  },

  DescribeUserPool: (input, req, ctx) => ({ UserPool: poolOutput(getUserPool(ctx.state, req.account, req.region, reader(input).string('UserPoolId'))) }),

  DeleteUserPool: (input, req, ctx) => {
    deleteUserPool(ctx.state, req.account, req.region, reader(input).string('UserPoolId'));
    return {};
  },

  ListUserPools: (input, req, ctx) => {
    const r = reader(input);
    const size = listSize(r, true);
    const offset = decodePageToken(r.optString('NextToken'), invalidToken);
    const result = page(Object.values(cognitoData(ctx.state, req.account, req.region).pools), offset, size);
    return {
      UserPools: result.items.map((pool) => ({
        Id: pool.id,
        Name: pool.name,
        LambdaConfig: pool.settings.LambdaConfig ?? {},
        LastModifiedDate: epochSeconds(pool.lastModifiedAt),
        CreationDate: epochSeconds(pool.createdAt),
      })),
      ...(result.nextToken ? { NextToken: result.nextToken } : {}),
    };
  },

  CreateUserPoolClient: (input, req, ctx) => {
    const r = reader(input);
    const generateSecret = r.optBoolean('GenerateSecret');
    const settings = without(input, 'UserPoolId', 'ClientName', 'GenerateSecret');
    const request = { name: r.string('ClientName'), ...(generateSecret !== undefined ? { generateSecret } : {}), settings };
    const client = createUserPoolClient(ctx.state, req.account, req.region, r.string('UserPoolId'), request, ctx.now());
    return { UserPoolClient: clientOutput(client) };
  },

  DescribeUserPoolClient: (input, req, ctx) => {
    const r = reader(input);
    return { UserPoolClient: clientOutput(getUserPoolClient(ctx.state, req.account, req.region, r.string('UserPoolId'), r.string('ClientId'))) };
  },

  UpdateUserPoolClient: (input, req, ctx) => {
    const r = reader(input);
    const name = r.optString('ClientName');
    const request = { ...(name !== undefined ? { name } : {}), settings: without(input, 'UserPoolId', 'ClientId', 'ClientName') };
    const client = updateUserPoolClient(ctx.state, req.account, req.region, r.string('UserPoolId'), r.string('ClientId'), request, ctx.now());
    return { UserPoolClient: clientOutput(client) };
  },

  DeleteUserPoolClient: (input, req, ctx) => {
    const r = reader(input);
    deleteUserPoolClient(ctx.state, req.account, req.region, r.string('UserPoolId'), r.string('ClientId'));
    return {};
  },

  ListUserPoolClients: (input, req, ctx) => {
    const r = reader(input);
    const pool = getUserPool(ctx.state, req.account, req.region, r.string('UserPoolId'));
    const size = listSize(r, false);
    const offset = decodePageToken(r.optString('NextToken'), invalidToken);
    const result = page(Object.values(pool.clients), offset, size);
    return {
      UserPoolClients: result.items.map((client) => ({ ClientId: client.clientId, UserPoolId: client.userPoolId, ClientName: client.clientName })),
      ...(result.nextToken ? { NextToken: result.nextToken } : {}),
    };
  },

  CreateUserPoolDomain: (input, req, ctx) => {
    const r = reader(input);
    const managedLoginVersion = r.optNumber('ManagedLoginVersion');
    const customDomainConfig = r.optObject('CustomDomainConfig');
    const pool = getUserPool(ctx.state, req.account, req.region, r.string('UserPoolId'));
    const domain = createUserPoolDomain(
      ctx.state,
      req.account,
      req.region,
      pool.id,
      {
        domain: r.string('Domain'),
        ...(managedLoginVersion !== undefined ? { managedLoginVersion } : {}),
        ...(customDomainConfig ? { customDomainConfig } : {}),
      },
      ctx.now(),
    );
    return {
      ...(domain.customDomainConfig ? { CloudFrontDomain: domainOutput(pool, domain, ctx.now()).CloudFrontDistribution } : {}),
      ...(domain.managedLoginVersion !== undefined ? { ManagedLoginVersion: domain.managedLoginVersion } : {}),
    };
  },

  DescribeUserPoolDomain: (input, req, ctx) => {
    const name = reader(input).string('Domain');
    // Cognito answers an empty description, not an error, for a domain it does not know.
    const pool = Object.values(cognitoData(ctx.state, req.account, req.region).pools).find((p) => p.domain?.domain === name);
    return { DomainDescription: pool?.domain ? domainOutput(pool, pool.domain, ctx.now()) : {} };
  },

  DeleteUserPoolDomain: (input, req, ctx) => {
    const r = reader(input);
    deleteUserPoolDomain(ctx.state, req.account, req.region, r.string('UserPoolId'), r.string('Domain'));
    return {};
  },
};

const jsonRoute = jsonRpcRouter({ targetPrefix: 'AWSCognitoIdentityProviderService', version: '1.1' }, { ...handlers, ...userHandlers });

export const cognitoService: ServiceModule = {
  name: 'cognito-idp',
  protocol: 'json',
  signingNames: ['cognito-idp'],
  throttlingCode: 'TooManyRequestsException',
  claimsUnsigned: (req) => isOidcRequest(req) || isUnsignedInitiateAuth(req),
  route: (req) => oidcOperation(req) ?? jsonRoute(req),
};
