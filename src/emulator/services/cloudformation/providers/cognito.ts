import { AwsError } from '../../../types.js';
import * as cognito from '../../cognito/store.js';
import type { Json, JsonObject } from '../template/types.js';
import { generatedName, propertySpecs, type Props, type ResourceProvider } from './provider.js';

/** AWS::Cognito::UserPool, UserPoolClient, UserPoolDomain and UserPoolResourceServer, provisioned into the emulated Cognito IDP. */

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
    ProviderURL: cognito.issuerUrl(region, poolId),
  };
}

export const cognitoUserPool: ResourceProvider = {
  properties: propertySpecs(
    [
      'UserPoolName', 'UserPoolTags', 'Policies', 'Schema', 'AutoVerifiedAttributes', 'AliasAttributes', 'UsernameAttributes',
      'MfaConfiguration', 'EnabledMfas', 'DeletionProtection', 'UserPoolTier', 'AdminCreateUserConfig', 'AccountRecoverySetting',
      'UsernameConfiguration', 'LambdaConfig', 'EmailConfiguration', 'EmailVerificationMessage', 'EmailVerificationSubject',
      'SmsConfiguration', 'SmsAuthenticationMessage', 'SmsVerificationMessage', 'VerificationMessageTemplate',
      'UserAttributeUpdateSettings', 'DeviceConfiguration', 'UserPoolAddOns', 'WebAuthnRelyingPartyID', 'WebAuthnUserVerification',
    ],
    { replaces: ['AliasAttributes', 'UsernameAttributes'] },
  ),
  attributes: ['Arn', 'UserPoolId', 'ProviderName', 'ProviderURL'],
  create(ctx, props) {
    const request = { name: props.optString('UserPoolName') ?? generatedName(ctx, 128), settings: poolSettings(props), tags: poolTags(props) };
    const pool = cognito.createUserPool(ctx.state, ctx.account, ctx.region, request, ctx.now);
    return { physicalId: pool.id, attributes: poolAttributes(ctx.region, pool.id, pool.arn) };
  },
  update(ctx, current, props, previous) {
    const pool = cognito.getUserPool(ctx.state, ctx.account, ctx.region, current.physicalId);
    for (const key of Object.keys(poolSettings(previous))) delete pool.settings[key];
    Object.assign(pool.settings, poolSettings(props));
    const name = props.optString('UserPoolName');
    if (name !== undefined) pool.name = name;
    pool.tags = poolTags(props);
    pool.lastModifiedAt = ctx.now;
    return current;
  },
  delete(ctx, current) {
    if (!cognito.findUserPool(ctx.state, ctx.account, ctx.region, current.physicalId)) return;
    cognito.deleteUserPool(ctx.state, ctx.account, ctx.region, current.physicalId);
  },
};

const CLIENT_OWN_PROPERTIES = new Set(['UserPoolId', 'ClientName', 'GenerateSecret']);

/** Integer properties: CloudFormation passes template scalars as text, the Cognito API takes numbers. */
const CLIENT_INTEGER_PROPERTIES = new Set(['RefreshTokenValidity', 'AccessTokenValidity', 'IdTokenValidity', 'AuthSessionValidity']);

function clientSettings(props: Props): JsonObject {
  return Object.fromEntries(
    Object.entries(props.values)
      .filter(([key]) => !CLIENT_OWN_PROPERTIES.has(key))
      .map(([key, value]) => [key, CLIENT_INTEGER_PROPERTIES.has(key) ? (props.optInteger(key) ?? value) : value]),
  );
}

export const cognitoUserPoolClient: ResourceProvider = {
  properties: propertySpecs(
    [
      'UserPoolId', 'ClientName', 'GenerateSecret', 'AllowedOAuthFlows', 'AllowedOAuthScopes', 'AllowedOAuthFlowsUserPoolClient',
      'CallbackURLs', 'LogoutURLs', 'DefaultRedirectURI', 'ExplicitAuthFlows', 'SupportedIdentityProviders', 'PreventUserExistenceErrors',
      'RefreshTokenValidity', 'AccessTokenValidity', 'IdTokenValidity', 'TokenValidityUnits', 'ReadAttributes', 'WriteAttributes',
      'EnableTokenRevocation', 'EnablePropagateAdditionalUserContextData', 'AuthSessionValidity', 'AnalyticsConfiguration',
      'RefreshTokenRotation',
    ],
    { required: ['UserPoolId'], replaces: ['UserPoolId', 'GenerateSecret'] },
  ),
  attributes: ['ClientId', 'ClientSecret', 'Name'],
  create(ctx, props) {
    const name = props.optString('ClientName') ?? generatedName(ctx, 128);
    const request = { name, generateSecret: props.optBoolean('GenerateSecret') ?? false, settings: clientSettings(props) };
    const client = cognito.createUserPoolClient(ctx.state, ctx.account, ctx.region, props.string('UserPoolId'), request, ctx.now);
    return { physicalId: client.clientId, attributes: clientAttributes(client.clientId, client.clientName, client.clientSecret) };
  },
  update(ctx, current, props) {
    const name = props.optString('ClientName');
    const request = { ...(name !== undefined ? { name } : {}), settings: clientSettings(props) };
    const client = cognito.updateUserPoolClient(ctx.state, ctx.account, ctx.region, props.string('UserPoolId'), current.physicalId, request, ctx.now);
    return { physicalId: client.clientId, attributes: clientAttributes(client.clientId, client.clientName, client.clientSecret) };
  },
  delete(ctx, current, props) {
    const pool = cognito.findUserPool(ctx.state, ctx.account, ctx.region, props.string('UserPoolId'));
    if (pool?.clients[current.physicalId]) cognito.deleteUserPoolClient(ctx.state, ctx.account, ctx.region, pool.id, current.physicalId);
  },
};

function clientAttributes(clientId: string, name: string, secret: string | undefined): Record<string, Json> {
  return { ClientId: clientId, Name: name, ...(secret !== undefined ? { ClientSecret: secret } : {}) };
}

export const cognitoUserPoolDomain: ResourceProvider = {
  properties: propertySpecs(['Domain', 'UserPoolId', 'CustomDomainConfig', 'ManagedLoginVersion'], { required: ['Domain', 'UserPoolId'], replaces: ['Domain', 'UserPoolId'] }),
  attributes: ['CloudFrontDistribution'],
  create(ctx, props) {
    const managedLoginVersion = props.optInteger('ManagedLoginVersion');
    const customDomainConfig = props.optObject('CustomDomainConfig')?.values;
    const domain = cognito.createUserPoolDomain(
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
    const domain = cognito.getUserPool(ctx.state, ctx.account, ctx.region, props.string('UserPoolId')).domain;
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
    const pool = cognito.findUserPool(ctx.state, ctx.account, ctx.region, props.string('UserPoolId'));
    if (pool?.domain?.domain === current.physicalId) cognito.deleteUserPoolDomain(ctx.state, ctx.account, ctx.region, pool.id, current.physicalId);
  },
};

/**
 * The emulated Cognito IDP has no resource servers (it accepts any well-formed custom scope), so
 * this provider only checks the definition and its pool; the definition lives in the stack.
 */
export const cognitoResourceServer: ResourceProvider = {
  properties: propertySpecs(['UserPoolId', 'Identifier', 'Name', 'Scopes'], { required: ['UserPoolId', 'Identifier', 'Name'], replaces: ['UserPoolId', 'Identifier'] }),
  attributes: [],
  create(ctx, props) {
    cognito.getUserPool(ctx.state, ctx.account, ctx.region, props.string('UserPoolId'));
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
