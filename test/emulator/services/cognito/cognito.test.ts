import {
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  CreateUserPoolDomainCommand,
  DeleteUserPoolClientCommand,
  DeleteUserPoolCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  DescribeUserPoolDomainCommand,
  InvalidOAuthFlowException,
  InvalidParameterException,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  ResourceNotFoundException,
  UpdateUserPoolClientCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { describeTargets, rejectionOf } from '../../../helpers/targets.js';
import { clientOptions, control, startTestEmulator } from '../../../helpers/emulator.js';
import type { RunningEmulator } from '../../../../src/emulator/server.js';
import { createUserPool, createUserPoolClient, deleteUserPool, discoveryUrl, findUserPool } from '../../../../src/emulator/services/cognito/store.js';


const REGION = 'us-west-2';

describeTargets('Cognito user pools conformance', (target, name) => {
  const cognito = () => new CognitoIdentityProviderClient(target().clientOptions('111111111111', REGION));
  const newPool = async (PoolName = 'agents') => (await cognito().send(new CreateUserPoolCommand({ PoolName }))).UserPool!;

  test('CreateUserPool returns an id <region>_<alnum>, an ARN, and DescribeUserPool reads it back', async () => {
    const pool = await newPool('support-bot-users');
    expect(pool.Id).toMatch(/^us-west-2_[0-9a-zA-Z]+$/);
    expect(pool.Arn).toBe(`arn:aws:cognito-idp:us-west-2:${target().accountFor('111111111111')}:userpool/${pool.Id}`);
    const described = (await cognito().send(new DescribeUserPoolCommand({ UserPoolId: pool.Id }))).UserPool!;
    expect(described).toMatchObject({ Id: pool.Id, Name: 'support-bot-users', Arn: pool.Arn, MfaConfiguration: 'OFF' });
    expect(described.CreationDate).toBeInstanceOf(Date);
  });

  test('a pool that does not exist is ResourceNotFoundException (400)', async () => {
    const error = await rejectionOf(cognito().send(new DescribeUserPoolCommand({ UserPoolId: 'us-west-2_NoSuchPool' })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  test('ListUserPools pages with MaxResults and NextToken', async () => {
    const ids = [(await newPool('a')).Id, (await newPool('b')).Id, (await newPool('c')).Id];
    const seen: string[] = [];
    let NextToken: string | undefined;
    let pages = 0;
    do {
      const result = await cognito().send(new ListUserPoolsCommand({ MaxResults: 2, ...(NextToken ? { NextToken } : {}) }));
      expect(result.UserPools!.length).toBeLessThanOrEqual(2);
      seen.push(...result.UserPools!.map((p) => p.Id!));
      NextToken = result.NextToken;
      pages++;
    } while (NextToken);
    expect(seen.sort()).toEqual([...ids].sort());
    expect(pages).toBe(2);
  });

  test('an app client with a secret and the code flow keeps its OAuth settings', async () => {
    const pool = await newPool();
    const created = (
      await cognito().send(
        new CreateUserPoolClientCommand({
          UserPoolId: pool.Id,
          ClientName: 'web',
          GenerateSecret: true,
          AllowedOAuthFlowsUserPoolClient: true,
          AllowedOAuthFlows: ['code'],
          AllowedOAuthScopes: ['openid', 'email'],
          CallbackURLs: ['https://app.example.com/callback'],
          SupportedIdentityProviders: ['COGNITO'],
        }),
      )
    ).UserPoolClient!;
    expect(created.ClientId).toMatch(/^[\w+]+$/);
    expect(created.ClientSecret).toBeTruthy();
    const described = (await cognito().send(new DescribeUserPoolClientCommand({ UserPoolId: pool.Id, ClientId: created.ClientId }))).UserPoolClient!;
    expect(described).toMatchObject({
      ClientId: created.ClientId,
      ClientName: 'web',
      UserPoolId: pool.Id,
      ClientSecret: created.ClientSecret,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email'],
      CallbackURLs: ['https://app.example.com/callback'],
      AllowedOAuthFlowsUserPoolClient: true,
    });
    const plain = (await cognito().send(new CreateUserPoolClientCommand({ UserPoolId: pool.Id, ClientName: 'cli' }))).UserPoolClient!;
    expect(plain.ClientSecret).toBeUndefined();
  });

  test('UpdateUserPoolClient: AWS resets what the request leaves out; moto merges', async () => {
    const pool = await newPool();
    const { ClientId } = (
      await cognito().send(
        new CreateUserPoolClientCommand({
          UserPoolId: pool.Id,
          ClientName: 'web',
          AllowedOAuthFlowsUserPoolClient: true,
          AllowedOAuthFlows: ['code'],
          AllowedOAuthScopes: ['openid'],
          CallbackURLs: ['https://app.example.com/callback'],
        }),
      )
    ).UserPoolClient!;
    const updated = (await cognito().send(new UpdateUserPoolClientCommand({ UserPoolId: pool.Id, ClientId, ClientName: 'web-2' }))).UserPoolClient!;
    expect(updated.ClientName).toBe('web-2');
    if (name === 'emulator') {
      expect(updated.AllowedOAuthFlows).toBeUndefined();
      expect(updated.AllowedOAuthFlowsUserPoolClient).toBe(false);
    } else {
      expect(updated.AllowedOAuthFlows).toEqual(['code']);
    }
  });

  test('DeleteUserPoolClient removes the client from Describe and List', async () => {
    const pool = await newPool();
    const keep = (await cognito().send(new CreateUserPoolClientCommand({ UserPoolId: pool.Id, ClientName: 'keep' }))).UserPoolClient!;
    const drop = (await cognito().send(new CreateUserPoolClientCommand({ UserPoolId: pool.Id, ClientName: 'drop' }))).UserPoolClient!;
    await cognito().send(new DeleteUserPoolClientCommand({ UserPoolId: pool.Id, ClientId: drop.ClientId }));
    const error = await rejectionOf(cognito().send(new DescribeUserPoolClientCommand({ UserPoolId: pool.Id, ClientId: drop.ClientId })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    const listed = await cognito().send(new ListUserPoolClientsCommand({ UserPoolId: pool.Id, MaxResults: 10 }));
    expect(listed.UserPoolClients).toEqual([{ ClientId: keep.ClientId, ClientName: 'keep', UserPoolId: pool.Id }]);
  });

  test('a domain prefix shows in DescribeUserPoolDomain and on the pool; an unknown domain is an empty description', async () => {
    const pool = await newPool();
    const domain = `agents-${Date.now()}`;
    await cognito().send(new CreateUserPoolDomainCommand({ UserPoolId: pool.Id, Domain: domain }));
    const { DomainDescription } = await cognito().send(new DescribeUserPoolDomainCommand({ Domain: domain }));
    expect(DomainDescription).toMatchObject({ Domain: domain, UserPoolId: pool.Id, Status: 'ACTIVE' });
    expect((await cognito().send(new DescribeUserPoolCommand({ UserPoolId: pool.Id }))).UserPool?.Domain).toBe(domain);
    expect((await cognito().send(new DescribeUserPoolDomainCommand({ Domain: 'no-such-prefix-here' }))).DomainDescription).toEqual({});
  });

  test('DeleteUserPool removes the pool', async () => {
    const pool = await newPool();
    await cognito().send(new DeleteUserPoolCommand({ UserPoolId: pool.Id }));
    expect(await rejectionOf(cognito().send(new DescribeUserPoolCommand({ UserPoolId: pool.Id })))).toBeInstanceOf(ResourceNotFoundException);
  });

  // Checks AWS documents and moto skips: deletion protection, OAuth flow rules.
  test('deletion protection and OAuth flow rules', async () => {
    const protectedPool = (await cognito().send(new CreateUserPoolCommand({ PoolName: 'kept', DeletionProtection: 'ACTIVE' }))).UserPool!;
    const deleting = cognito().send(new DeleteUserPoolCommand({ UserPoolId: protectedPool.Id }));
    const pool = await newPool();
    const machine = cognito().send(
      new CreateUserPoolClientCommand({
        UserPoolId: pool.Id,
        ClientName: 'machine',
        AllowedOAuthFlowsUserPoolClient: true,
        AllowedOAuthFlows: ['client_credentials'],
        AllowedOAuthScopes: ['agents/invoke'],
      }),
    );
    if (name === 'emulator') {
      expect(await rejectionOf(deleting)).toBeInstanceOf(InvalidParameterException);
      const error = await rejectionOf(machine);
      expect(error).toBeInstanceOf(InvalidOAuthFlowException);
      expect(error.message).toMatch(/client secret/);
    } else {
      await expect(deleting).resolves.toBeDefined();
      await expect(machine).resolves.toBeDefined();
    }
  });
});

describe('Cognito emulator specifics', () => {
  let emulator: RunningEmulator;
  const cognito = (account = '111111111111') => new CognitoIdentityProviderClient(clientOptions(emulator, account, REGION));
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.stop());
  beforeEach(() => control(emulator, 'POST', 'reset'));

  test('OIDC discovery and JWKS are served unsigned under the pool id', async () => {
    const pool = (await cognito().send(new CreateUserPoolCommand({ PoolName: 'agents' }))).UserPool!;
    await cognito().send(new CreateUserPoolDomainCommand({ UserPoolId: pool.Id, Domain: 'acme-agents' }));
    const config = (await (await fetch(`${emulator.url}/${pool.Id}/.well-known/openid-configuration`)).json()) as Record<string, string>;
    expect(config.issuer).toBe(`https://cognito-idp.us-west-2.amazonaws.com/${pool.Id}`);
    expect(discoveryUrl(REGION, pool.Id!)).toBe(`${config.issuer}/.well-known/openid-configuration`);
    expect(config.jwks_uri).toBe(`${config.issuer}/.well-known/jwks.json`);
    // Reached at the emulator's address, the hosted endpoints are named there: amazoncognito.com is out of reach.
    expect(config.token_endpoint).toBe(`${emulator.url}/oauth2/token`);
    const jwks = (await (await fetch(`${emulator.url}/${pool.Id}/.well-known/jwks.json`)).json()) as { keys: Array<Record<string, string>> };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', e: 'AQAB' });
    expect(jwks.keys[0]!.kid).toBeTruthy();
    expect(jwks.keys[0]!.n!.length).toBeGreaterThan(300);
    const missing = await fetch(`${emulator.url}/us-west-2_Missing99/.well-known/jwks.json`);
    expect(missing.status).toBe(404);
  });

  test('the store functions CloudFormation uses create what the API then describes', async () => {
    const pool = createUserPool(emulator.state, '111111111111', REGION, { name: 'from-stack', tags: { stack: 'cognito' } });
    const client = createUserPoolClient(emulator.state, '111111111111', REGION, pool.id, {
      name: 'runtime',
      generateSecret: true,
      settings: { AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ['client_credentials'], AllowedOAuthScopes: ['agents/invoke'] },
    });
    const described = await cognito().send(new DescribeUserPoolClientCommand({ UserPoolId: pool.id, ClientId: client.clientId }));
    expect(described.UserPoolClient).toMatchObject({ ClientName: 'runtime', ClientSecret: client.clientSecret, AllowedOAuthFlows: ['client_credentials'] });
    expect((await cognito().send(new DescribeUserPoolCommand({ UserPoolId: pool.id }))).UserPool?.UserPoolTags).toEqual({ stack: 'cognito' });
    deleteUserPool(emulator.state, '111111111111', REGION, pool.id);
    expect(findUserPool(emulator.state, '111111111111', REGION, pool.id)).toBeUndefined();
  });

  test('a new domain is CREATING for the provisioning delay, then ACTIVE', async () => {
    await control(emulator, 'POST', 'settings', { provisioningDelayMs: 200 });
    const pool = (await cognito().send(new CreateUserPoolCommand({ PoolName: 'slow' }))).UserPool!;
    await cognito().send(new CreateUserPoolDomainCommand({ UserPoolId: pool.Id, Domain: 'slow-domain' }));
    expect((await cognito().send(new DescribeUserPoolDomainCommand({ Domain: 'slow-domain' }))).DomainDescription?.Status).toBe('CREATING');
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await cognito().send(new DescribeUserPoolDomainCommand({ Domain: 'slow-domain' }))).DomainDescription?.Status).toBe('ACTIVE');
  });

  test('pools are per account; domain prefixes are unique across accounts in a region', async () => {
    const pool = (await cognito('111111111111').send(new CreateUserPoolCommand({ PoolName: 'dev' }))).UserPool!;
    expect(await rejectionOf(cognito('333333333333').send(new DescribeUserPoolCommand({ UserPoolId: pool.Id })))).toBeInstanceOf(ResourceNotFoundException);
    await cognito('111111111111').send(new CreateUserPoolDomainCommand({ UserPoolId: pool.Id, Domain: 'shared-name' }));
    const other = (await cognito('333333333333').send(new CreateUserPoolCommand({ PoolName: 'prod' }))).UserPool!;
    const error = await rejectionOf(cognito('333333333333').send(new CreateUserPoolDomainCommand({ UserPoolId: other.Id, Domain: 'shared-name' })));
    expect(error).toBeInstanceOf(InvalidParameterException);
  });

  test('validation: pool names, OAuth flow values, callback URLs, reserved domain words', async () => {
    expect(await rejectionOf(cognito().send(new CreateUserPoolCommand({ PoolName: 'bad/name' })))).toBeInstanceOf(InvalidParameterException);
    const pool = (await cognito().send(new CreateUserPoolCommand({ PoolName: 'ok' }))).UserPool!;
    const flow = await rejectionOf(cognito().send(new CreateUserPoolClientCommand({ UserPoolId: pool.Id, ClientName: 'c', AllowedOAuthFlows: ['token' as 'code'] })));
    expect(flow).toBeInstanceOf(InvalidParameterException);
    expect(flow.message).toMatch(/enum value set: \[implicit, client_credentials, code\]/);
    const http = await rejectionOf(
      cognito().send(new CreateUserPoolClientCommand({ UserPoolId: pool.Id, ClientName: 'c', CallbackURLs: ['http://app.example.com/cb'] })),
    );
    expect(http).toBeInstanceOf(InvalidParameterException);
    await expect(
      cognito().send(new CreateUserPoolClientCommand({ UserPoolId: pool.Id, ClientName: 'local', CallbackURLs: ['http://localhost:3000/cb'] })),
    ).resolves.toBeDefined();
    expect(await rejectionOf(cognito().send(new CreateUserPoolDomainCommand({ UserPoolId: pool.Id, Domain: 'my-cognito-app' })))).toBeInstanceOf(
      InvalidParameterException,
    );
  });
});
