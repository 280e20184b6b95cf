/**
 * InvokeAgentRuntime's inbound authorization against the emulator's own Cognito: a runtime with a
 * customJWTAuthorizer takes a valid bearer token and refuses SigV4, an expired token, a token of
 * another pool or another client, or one without an allowed scope; an IAM runtime refuses bearers.
 */
import { AccessDeniedException, BedrockAgentCoreClient, InvokeAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore';
import { BedrockAgentCoreControlClient, CreateAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import type { RunningEmulator } from '../../../../src/emulator/server.js';
import { getUserPool, getUserPoolClient } from '../../../../src/emulator/services/cognito/store.js';
import { accessToken, signPoolToken } from '../../../../src/emulator/services/cognito/tokens.js';
import { clientOptions, control, startTestEmulator } from '../../../helpers/emulator.js';
import { clientCredentialsToken, machineClient, type MachineClient } from '../cognito/fixtures.js';
import { ROLE_ARN, putImage } from './fixtures.js';

const ACCOUNT = '111111111111';
const REGION = 'us-west-2';

let emulator: RunningEmulator;
let machine: MachineClient;
let arn = '';

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());

async function deploy(name: string, customJWTAuthorizer?: Record<string, string[] | string>): Promise<string> {
  const control = new BedrockAgentCoreControlClient(clientOptions(emulator, ACCOUNT, REGION));
  const created = await control.send(
    new CreateAgentRuntimeCommand({
      agentRuntimeName: name,
      agentRuntimeArtifact: { containerConfiguration: { containerUri: putImage(emulator, ACCOUNT, REGION, 'agent', 'v1').uri } },
      roleArn: ROLE_ARN,
      networkConfiguration: { networkMode: 'PUBLIC' },
      ...(customJWTAuthorizer ? { authorizerConfiguration: { customJWTAuthorizer: customJWTAuthorizer as never } } : {}),
    }),
  );
  control.destroy();
  return created.agentRuntimeArn!;
}

beforeEach(async () => {
  await control(emulator, 'POST', 'reset');
  machine = await machineClient(emulator, ACCOUNT, REGION);
  arn = await deploy('jwt_agent', { discoveryUrl: machine.discoveryUrl, allowedClients: [machine.clientId] });
});

async function bearerInvoke(runtimeArn: string, token: string): Promise<{ status: number; type: string | null; message: string }> {
  const response = await fetch(`${emulator.url}/runtimes/${encodeURIComponent(runtimeArn)}/invocations?qualifier=DEFAULT`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ prompt: 'ping' }),
  });
  const body = (await response.json()) as { message?: string; Message?: string };
  return { status: response.status, type: response.headers.get('x-amzn-errortype'), message: body.message ?? body.Message ?? JSON.stringify(body) };
}

function expectDenied(answer: { status: number; type: string | null; message: string }, reason: RegExp): void {
  expect(answer.status).toBe(403);
  expect(answer.type).toMatch(/^AccessDeniedException/);
  expect(answer.message).toMatch(reason);
}

test('a client-credentials token of the allowed client is served', async () => {
  const answer = await bearerInvoke(arn, await clientCredentialsToken(emulator, machine));
  expect(answer.status).toBe(200);
  expect(answer.message).toContain('pong');
});

test('a SigV4 call to the JWT runtime is AccessDeniedException (403), the authorization method mismatch', async () => {
  const data = new BedrockAgentCoreClient(clientOptions(emulator, ACCOUNT, REGION));
  const error = await data.send(new InvokeAgentRuntimeCommand({ agentRuntimeArn: arn, payload: '{}' })).then(() => undefined, (e: unknown) => e);
  data.destroy();
  expect(error).toBeInstanceOf(AccessDeniedException);
  expect((error as Error).message).toMatch(/Authorization method mismatch/);
});

test('an expired token is refused', async () => {
  const pool = getUserPool(emulator.state, ACCOUNT, REGION, machine.poolId);
  const expired = await signPoolToken(emulator.state, pool, { token_use: 'access', client_id: machine.clientId, scope: machine.scope }, -60, Date.now());
  expectDenied(await bearerInvoke(arn, expired), /expired/);
});

test('a token of another pool is refused, even one with the allowed client id in it', async () => {
  const foreign = await machineClient(emulator, ACCOUNT, REGION, 'intruders');
  expectDenied(await bearerInvoke(arn, await clientCredentialsToken(emulator, foreign)), /not signed by user pool/);
  const pool = getUserPool(emulator.state, ACCOUNT, REGION, foreign.poolId);
  const forged = await signPoolToken(emulator.state, pool, { token_use: 'access', client_id: machine.clientId, scope: machine.scope }, 3600, Date.now());
  expectDenied(await bearerInvoke(arn, forged), /not signed by user pool|iss/);
});

test('a token of another client of the same pool is refused (allowedClients)', async () => {
  const pool = getUserPool(emulator.state, ACCOUNT, REGION, machine.poolId);
  const other = { ...getUserPoolClient(emulator.state, ACCOUNT, REGION, machine.poolId, machine.clientId), clientId: 'someotherclient0000000000' };
  expectDenied(await bearerInvoke(arn, await accessToken(emulator.state, pool, other, { scope: machine.scope }, Date.now())), /not in allowedClients/);
});

test('allowedScopes and allowedAudience are checked', async () => {
  const scoped = await deploy('scoped_agent', { discoveryUrl: machine.discoveryUrl, allowedClients: [machine.clientId], allowedScopes: ['agents/admin'] });
  expectDenied(await bearerInvoke(scoped, await clientCredentialsToken(emulator, machine)), /allowedScopes/);
  const audience = await deploy('audience_agent', { discoveryUrl: machine.discoveryUrl, allowedAudience: ['my-api'] });
  expectDenied(await bearerInvoke(audience, await clientCredentialsToken(emulator, machine)), /allowedAudience/);
});

test('a bearer token to an IAM runtime is refused, the authorization method mismatch', async () => {
  const iam = await deploy('iam_agent');
  expectDenied(await bearerInvoke(iam, await clientCredentialsToken(emulator, machine)), /Authorization method mismatch/);
});
