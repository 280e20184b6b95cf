/**
 * The emulator's Cognito as an OAuth server: the token endpoint its discovery document names,
 * tokens that verify against its JWKS (checked with jose, as a resource server would), and
 * InitiateAuth for a test user through the SDK, signed and unsigned.
 */
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  InitiateAuthCommand,
  InvalidPasswordException,
  NotAuthorizedException,
} from '@aws-sdk/client-cognito-identity-provider';
import { request as httpRequest } from 'node:http';
import { createLocalJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet } from 'jose';
import type { RunningEmulator } from '../../../../src/emulator/server.js';
import { clientOptions, control, startTestEmulator } from '../../../helpers/emulator.js';
import { clientCredentialsToken, machineClient, tokenEndpoint, type MachineClient } from './fixtures.js';

const ACCOUNT = '111111111111';
const REGION = 'us-west-2';

let emulator: RunningEmulator;
let machine: MachineClient;
const cognito = () => new CognitoIdentityProviderClient(clientOptions(emulator, ACCOUNT, REGION));

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
beforeEach(async () => {
  await control(emulator, 'POST', 'reset');
  machine = await machineClient(emulator, ACCOUNT, REGION);
});

async function jwks(poolId: string): Promise<JSONWebKeySet> {
  return (await (await fetch(`${emulator.url}/${poolId}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
}

function postToken(body: string, headers: Record<string, string> = {}) {
  return tokenEndpoint(emulator, machine.poolId).then((url) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body }),
  );
}

describe('token endpoint (client credentials)', () => {
  test('issues an RS256 access token that verifies against the JWKS, with Cognito access-token claims', async () => {
    const token = await clientCredentialsToken(emulator, machine);
    const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(await jwks(machine.poolId)), {
      issuer: `https://cognito-idp.${REGION}.amazonaws.com/${machine.poolId}`,
    });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload).toMatchObject({ token_use: 'access', client_id: machine.clientId, sub: machine.clientId, scope: 'agents/invoke' });
    expect(payload.aud).toBeUndefined();
    expect(payload.exp! - payload.iat!).toBe(3600);
  });

  test('client_secret_post works too, and answers expires_in and token_type', async () => {
    const response = await postToken(`grant_type=client_credentials&client_id=${machine.clientId}&client_secret=${machine.clientSecret}&scope=agents%2Finvoke`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ token_type: 'Bearer', expires_in: 3600, access_token: expect.stringMatching(/^ey/) });
  });

  test('refusals use OAuth error codes: wrong secret, unknown scope, grant type, a client without the flow', async () => {
    const basic = (secret: string) => ({ authorization: `Basic ${Buffer.from(`${machine.clientId}:${secret}`).toString('base64')}` });
    const wrong = await postToken('grant_type=client_credentials', basic('not-the-secret'));
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_client' });
    expect(await (await postToken('grant_type=client_credentials&scope=other%2Fscope', basic(machine.clientSecret))).json()).toMatchObject({ error: 'invalid_scope' });
    expect(await (await postToken('grant_type=password', basic(machine.clientSecret))).json()).toMatchObject({ error: 'unsupported_grant_type' });
    const plain = await cognito().send(new CreateUserPoolClientCommand({ UserPoolId: machine.poolId, ClientName: 'no-flow', GenerateSecret: true }));
    const client = plain.UserPoolClient!;
    const refused = await postToken('grant_type=client_credentials', { authorization: `Basic ${Buffer.from(`${client.ClientId}:${client.ClientSecret}`).toString('base64')}` });
    expect(await refused.json()).toMatchObject({ error: 'unauthorized_client' });
  });

  test('a request naming another pool\'s domain host is refused', async () => {
    // fetch will not send another Host header; node:http will.
    const body = await new Promise<string>((resolve, reject) => {
      const request = httpRequest(`${emulator.url}/oauth2/token`, {
        method: 'POST',
        headers: {
          host: `someone-else.auth.${REGION}.amazoncognito.com`,
          authorization: `Basic ${Buffer.from(`${machine.clientId}:${machine.clientSecret}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
      });
      request.on('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve(text));
      });
      request.on('error', reject);
      request.end('grant_type=client_credentials');
    });
    expect(JSON.parse(body)).toMatchObject({ error: 'invalid_client' });
  });
});

describe('InitiateAuth (USER_PASSWORD_AUTH)', () => {
  async function userClient(): Promise<string> {
    const answer = await cognito().send(
      new CreateUserPoolClientCommand({ UserPoolId: machine.poolId, ClientName: 'people', ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }),
    );
    await cognito().send(new AdminCreateUserCommand({ UserPoolId: machine.poolId, Username: 'smoke', MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: 'smoke@example.com' }] }));
    return answer.UserPoolClient!.ClientId!;
  }

  test('a confirmed user gets access and ID tokens signed by the pool; a temporary password gets the challenge', async () => {
    const clientId = await userClient();
    const auth = { AuthFlow: 'USER_PASSWORD_AUTH' as const, ClientId: clientId, AuthParameters: { USERNAME: 'smoke', PASSWORD: 'Sm0ke-Test!' } };
    await cognito().send(new AdminSetUserPasswordCommand({ UserPoolId: machine.poolId, Username: 'smoke', Password: 'Sm0ke-Test!', Permanent: false }));
    expect((await cognito().send(new InitiateAuthCommand(auth))).ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    await cognito().send(new AdminSetUserPasswordCommand({ UserPoolId: machine.poolId, Username: 'smoke', Password: 'Sm0ke-Test!', Permanent: true }));
    // The SDK sends InitiateAuth unsigned (noAuth): the client id alone finds the pool.
    const result = (await cognito().send(new InitiateAuthCommand(auth))).AuthenticationResult!;
    expect(result.TokenType).toBe('Bearer');
    expect(result.ExpiresIn).toBe(3600);
    const keys = createLocalJWKSet(await jwks(machine.poolId));
    const access = (await jwtVerify(result.AccessToken!, keys)).payload;
    expect(access).toMatchObject({ token_use: 'access', client_id: clientId, username: 'smoke' });
    const id = (await jwtVerify(result.IdToken!, keys)).payload;
    expect(id).toMatchObject({ token_use: 'id', aud: clientId, 'cognito:username': 'smoke', email: 'smoke@example.com', sub: access.sub });
    expect(decodeJwt(result.IdToken!).iss).toBe(`https://cognito-idp.${REGION}.amazonaws.com/${machine.poolId}`);
  });

  test('a wrong password, a weak password and a client without the flow are refused as Cognito refuses them', async () => {
    const clientId = await userClient();
    await cognito().send(new AdminSetUserPasswordCommand({ UserPoolId: machine.poolId, Username: 'smoke', Password: 'Sm0ke-Test!', Permanent: true }));
    const wrong = cognito().send(new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { USERNAME: 'smoke', PASSWORD: 'Wr0ng-pass!' } }));
    await expect(wrong).rejects.toBeInstanceOf(NotAuthorizedException);
    const weak = cognito().send(new AdminSetUserPasswordCommand({ UserPoolId: machine.poolId, Username: 'smoke', Password: 'short', Permanent: true }));
    await expect(weak).rejects.toBeInstanceOf(InvalidPasswordException);
    const noFlow = cognito().send(new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: machine.clientId, AuthParameters: { USERNAME: 'smoke', PASSWORD: 'Sm0ke-Test!' } }));
    await expect(noFlow).rejects.toThrow(/USER_PASSWORD_AUTH flow not enabled/);
  });
});
