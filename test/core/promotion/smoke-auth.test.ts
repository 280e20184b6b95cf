import { BedrockAgentCoreControlClient, GetAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { CognitoIdentityProviderClient, DescribeUserPoolClientCommand, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { UserError } from '../../../src/core/errors.js';
import { prepareSmokeAuth, type SmokeAuthRequest } from '../../../src/core/promotion/smoke-auth.js';
import { FakeClock } from '../../../src/testing/fake-clock.js';
import { RecordingLogger } from '../../../src/testing/recording-logger.js';
import { loadConfig } from '../ops/runtime-fakes.js';
import type { ConfigJson } from '../../helpers/configs.js';

const REGION = 'us-west-2';
const POOL = 'us-west-2_AbCdEf123';
const CLIENT = 'abcdefghijklmnopqrstuvwxyz';
const SECRET = 'the-client-secret-0123456789';
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJjbGllbnRfaWQiOiJhYmMifQ.signature-part';
const DISCOVERY = `https://cognito-idp.${REGION}.amazonaws.com/${POOL}/.well-known/openid-configuration`;
const TOKEN_ENDPOINT = 'https://agents-dev.auth.us-west-2.amazoncognito.com/oauth2/token';

const control = mockClient(BedrockAgentCoreControlClient);
const cognito = mockClient(CognitoIdentityProviderClient);
const ssm = mockClient(SSMClient);

interface Call {
  url: string;
  init: RequestInit;
}

let calls: Call[] = [];
let clock: FakeClock;
let logger: RecordingLogger;

beforeEach(() => {
  control.reset();
  cognito.reset();
  ssm.reset();
  calls = [];
  clock = new FakeClock(Date.parse('2026-03-01T12:00:00Z'));
  logger = new RecordingLogger();
  control.on(GetAgentRuntimeCommand).resolves({ authorizerConfiguration: { customJWTAuthorizer: { discoveryUrl: DISCOVERY, allowedClients: [CLIENT] } } } as never);
  cognito.on(DescribeUserPoolClientCommand).resolves({ UserPoolClient: { ClientId: CLIENT, ClientSecret: SECRET } });
});

/** An OAuth server that answers the discovery document and client-credentials tokens valid for `lifetime` seconds. */
function oauthServer(lifetime = 3600, tokenStatus = 200): typeof fetch {
  return (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, init });
    if (url.endsWith('/.well-known/openid-configuration')) return new Response(JSON.stringify({ issuer: 'x', token_endpoint: TOKEN_ENDPOINT }));
    if (tokenStatus !== 200) return new Response(JSON.stringify({ error: 'invalid_client' }), { status: tokenStatus });
    return new Response(JSON.stringify({ access_token: `${TOKEN}${calls.length}`, expires_in: lifetime, token_type: 'Bearer' }));
  }) as typeof fetch;
}

function request(cognitoConfig: ConfigJson['environments']['dev']['cognito'], auth?: Record<string, string>, fetcher = oauthServer()): SmokeAuthRequest {
  const config = loadConfig((json) => {
    json.environments.dev.cognito = cognitoConfig;
    json.environments.dev.agent_runtimes['support-bot'].promotion = { smoke_test: { payload: {}, ...(auth ? { auth } : {}) } };
  });
  const environment = config.environment('dev');
  const handle = {
    control: new BedrockAgentCoreControlClient({ region: REGION }),
    environment: 'dev',
    region: REGION,
    runtimeKey: 'support-bot',
    runtimeName: 'support_bot_dev',
    runtimeId: 'support_bot_dev-abcdefghij',
    runtimeArn: 'arn:aws:bedrock-agentcore:us-west-2:111111111111:runtime/support_bot_dev-abcdefghij',
    clock,
    logger,
    timeoutMs: 60_000,
  };
  return {
    handle,
    version: '2',
    environment,
    runtime: environment.agent_runtimes['support-bot']!,
    clients: { cognito: new CognitoIdentityProviderClient({ region: REGION }), ssm: new SSMClient({ region: REGION }) },
    clock,
    logger,
    fetch: fetcher,
  };
}

test('managed pool: the app client secret from DescribeUserPoolClient buys a client-credentials token at the discovery document\'s token endpoint', async () => {
  const bearer = await prepareSmokeAuth(request({ managed: true }));
  expect(bearer).toBeDefined();
  expect(cognito.commandCalls(DescribeUserPoolClientCommand)[0]!.args[0].input).toEqual({ UserPoolId: POOL, ClientId: CLIENT });
  // The discovery URL's host is Cognito's API endpoint, which the SDK resolves (the same host in AWS).
  expect(calls[0]!.url).toBe(DISCOVERY);
  expect(calls[1]!.url).toBe(TOKEN_ENDPOINT);
  expect(calls[1]!.init.method).toBe('POST');
  expect(calls[1]!.init.body).toBe('grant_type=client_credentials');
  expect((calls[1]!.init.headers as Record<string, string>).authorization).toBe(`Basic ${Buffer.from(`${CLIENT}:${SECRET}`).toString('base64')}`);
  expect(await bearer!()).toBe(`${TOKEN}2`);
  expect(logger.secrets).toEqual(expect.arrayContaining([SECRET, `${TOKEN}2`]));
});

test('the token is reused while it lasts and taken again a minute before it expires', async () => {
  const bearer = (await prepareSmokeAuth(request({ managed: true }, undefined, oauthServer(300))))!;
  expect(await bearer()).toBe(`${TOKEN}2`);
  await clock.sleep(200_000);
  expect(await bearer()).toBe(`${TOKEN}2`);
  await clock.sleep(50_000);
  expect(await bearer()).toBe(`${TOKEN}4`);
});

test('a version without a JWT authorizer takes SigV4: no token, no Cognito call', async () => {
  control.on(GetAgentRuntimeCommand).resolves({} as never);
  expect(await prepareSmokeAuth(request({ managed: true }))).toBeUndefined();
  expect(cognito.calls()).toHaveLength(0);
  expect(calls).toHaveLength(0);
});

test('a pool given by hand without promotion.smoke_test.auth is refused before anything moves, saying what to set', async () => {
  const error = await prepareSmokeAuth(request({ user_pool_id: POOL, app_client_id: CLIENT })).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toContain('accepts only JWT bearer tokens');
  expect((error as Error).message).toContain('Nothing was moved');
  expect((error as Error).message).toContain('environments.dev.agent_runtimes.support-bot.promotion.smoke_test.auth');
});

test('auth with client id and secret references: read from SSM with decryption, masked, used at the token endpoint', async () => {
  ssm.on(GetParameterCommand, { Name: '/smoke/client-id' }).resolves({ Parameter: { Value: 'handclient', Type: 'SecureString' } });
  ssm.on(GetParameterCommand, { Name: '/smoke/client-secret' }).resolves({ Parameter: { Value: 'hand-secret', Type: 'SecureString' } });
  const auth = { client_id: 'ssm:/smoke/client-id', client_secret: 'ssm:/smoke/client-secret' };
  const bearer = await prepareSmokeAuth(request({ user_pool_id: POOL, app_client_id: CLIENT }, auth));
  expect(await bearer!()).toMatch(/^eyJ/);
  expect(ssm.commandCalls(GetParameterCommand).map((c) => c.args[0].input)).toEqual([
    { Name: '/smoke/client-id', WithDecryption: true },
    { Name: '/smoke/client-secret', WithDecryption: true },
  ]);
  expect((calls[1]!.init.headers as Record<string, string>).authorization).toBe(`Basic ${Buffer.from('handclient:hand-secret').toString('base64')}`);
  expect(logger.secrets).toEqual(expect.arrayContaining(['handclient', 'hand-secret']));
  expect(cognito.commandCalls(DescribeUserPoolClientCommand)).toHaveLength(0);
});

test('auth with a test user: InitiateAuth USER_PASSWORD_AUTH with the authorizer\'s client; a challenge is a clear error', async () => {
  ssm.on(GetParameterCommand, { Name: '/smoke/user' }).resolves({ Parameter: { Value: 'smoke-user', Type: 'SecureString' } });
  ssm.on(GetParameterCommand, { Name: '/smoke/password' }).resolves({ Parameter: { Value: 'Sm0ke-Pass!', Type: 'SecureString' } });
  cognito.on(InitiateAuthCommand).resolves({ AuthenticationResult: { AccessToken: 'user-access-token', ExpiresIn: 3600, TokenType: 'Bearer' } });
  const auth = { username: 'ssm:/smoke/user', password: 'ssm:/smoke/password' };
  const bearer = await prepareSmokeAuth(request({ user_pool_id: POOL, app_client_id: CLIENT }, auth));
  expect(await bearer!()).toBe('user-access-token');
  expect(cognito.commandCalls(InitiateAuthCommand)[0]!.args[0].input).toEqual({
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: CLIENT,
    AuthParameters: { USERNAME: 'smoke-user', PASSWORD: 'Sm0ke-Pass!' },
  });
  expect(logger.secrets).toEqual(expect.arrayContaining(['Sm0ke-Pass!', 'user-access-token']));

  cognito.on(InitiateAuthCommand).resolves({ ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: 's' });
  await expect(prepareSmokeAuth(request({ user_pool_id: POOL, app_client_id: CLIENT }, auth))).rejects.toThrow(/challenge NEW_PASSWORD_REQUIRED instead of tokens/);
});

test('a refused client names the token endpoint and the OAuth error, never the secret', async () => {
  const error = (await prepareSmokeAuth(request({ managed: true }, undefined, oauthServer(3600, 400))).catch((e: unknown) => e)) as Error;
  expect(error).toBeInstanceOf(UserError);
  expect(error.message).toContain(`The token endpoint ${TOKEN_ENDPOINT} refused app client ${CLIENT} (status 400: invalid_client)`);
  expect(error.message).not.toContain(SECRET);
});
