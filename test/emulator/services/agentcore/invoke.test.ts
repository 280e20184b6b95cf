import {
  AccessDeniedException,
  BedrockAgentCoreClient,
  InvokeAgentRuntimeCommand,
  ResourceNotFoundException,
  RetryableConflictException,
  RuntimeClientError,
  ThrottlingException,
  ValidationException,
  type InvokeAgentRuntimeCommandInput,
} from '@aws-sdk/client-bedrock-agentcore';
import {
  BedrockAgentCoreControlClient,
  CreateAgentRuntimeCommand,
  CreateAgentRuntimeEndpointCommand,
  GetAgentRuntimeEndpointCommand,
  UpdateAgentRuntimeCommand,
  UpdateAgentRuntimeEndpointCommand,
  type CreateAgentRuntimeCommandInput,
} from '@aws-sdk/client-bedrock-agentcore-control';
import { clientOptions, control, useTestEmulator } from '../../../helpers/emulator.js';
import type { RunningEmulator } from '../../../../src/emulator/server.js';
import { ACCOUNT, eventually, expectError, putImage, REGION, ROLE_ARN, SESSION, signedFetch } from './fixtures.js';
import { clientCredentialsToken, machineClient } from '../cognito/fixtures.js';


let emulator: RunningEmulator;
let controlPlane: BedrockAgentCoreControlClient;
let dataPlane: BedrockAgentCoreClient;
let imageUri: string;

useTestEmulator(
  (started) => {
    emulator = started;
    controlPlane = new BedrockAgentCoreControlClient(clientOptions(emulator, ACCOUNT, REGION));
    dataPlane = new BedrockAgentCoreClient(clientOptions(emulator, ACCOUNT, REGION));
  },
  { reset: true, stopping: () => (controlPlane.destroy(), dataPlane.destroy()) },
);
beforeEach(() => {
  imageUri = putImage(emulator, ACCOUNT, REGION, 'agent', 'v1').uri;
});

function runtimeInput(name: string, overrides: Partial<CreateAgentRuntimeCommandInput> = {}) {
  return {
    agentRuntimeName: name,
    agentRuntimeArtifact: { containerConfiguration: { containerUri: imageUri } },
    roleArn: ROLE_ARN,
    networkConfiguration: { networkMode: 'PUBLIC' as const },
    ...overrides,
  };
}

/** A READY runtime with `versions` versions. */
async function deploy(name: string, versions = 1, overrides: Partial<CreateAgentRuntimeCommandInput> = {}) {
  const created = await controlPlane.send(new CreateAgentRuntimeCommand(runtimeInput(name, overrides)));
  const { agentRuntimeName: _name, tags: _tags, ...update } = runtimeInput(name, overrides);
  for (let i = 2; i <= versions; i++) await controlPlane.send(new UpdateAgentRuntimeCommand({ ...update, agentRuntimeId: created.agentRuntimeId }));
  return { id: created.agentRuntimeId!, arn: created.agentRuntimeArn!, update };
}

async function invoke(input: Partial<InvokeAgentRuntimeCommandInput> & { agentRuntimeArn: string }) {
  const response = await dataPlane.send(new InvokeAgentRuntimeCommand({ runtimeSessionId: SESSION, payload: JSON.stringify({ prompt: 'ping' }), ...input }));
  const text = await response.response!.transformToString();
  return { response, text, json: JSON.parse(text) as Record<string, unknown> };
}

/** A token of a pool and client made for the test (signed by the emulator's Cognito), and the authorizer that accepts it. */
let bearer = '';

/** An OAuth caller: a plain POST with a bearer token, no SigV4. */
function bearerInvoke(arnOrId: string, query = '') {
  return fetch(`${emulator.url}/runtimes/${encodeURIComponent(arnOrId)}/invocations${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
    body: JSON.stringify({ prompt: 'ping' }),
  });
}

describe('InvokeAgentRuntime (healthy)', () => {
  test('DEFAULT answers 200 with pong, the version, the runtime name and the echoed payload; the session id comes back', async () => {
    const { arn } = await deploy('echo_agent');
    const { response, json } = await invoke({ agentRuntimeArn: arn });
    expect(response.statusCode).toBe(200);
    expect(response.contentType).toBe('application/json');
    expect(response.runtimeSessionId).toBe(SESSION);
    expect(json).toEqual({ version: '1', runtime: 'echo_agent', echo: { prompt: 'ping' }, message: 'pong' });
  });

  test('a payload that is not JSON is echoed as text', async () => {
    const { arn } = await deploy('text_agent');
    const { json } = await invoke({ agentRuntimeArn: arn, payload: 'hello there' });
    expect(json.echo).toBe('hello there');
  });

  test('the qualifier picks an endpoint or a version; a bare id with accountId works too', async () => {
    const { id, arn } = await deploy('qualified', 3);
    await controlPlane.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'live', agentRuntimeVersion: '2' }));
    expect((await invoke({ agentRuntimeArn: arn, qualifier: 'live' })).json.version).toBe('2');
    expect((await invoke({ agentRuntimeArn: arn, qualifier: '1' })).json.version).toBe('1');
    expect((await invoke({ agentRuntimeArn: arn, qualifier: 'DEFAULT' })).json.version).toBe('3');
    expect((await invoke({ agentRuntimeArn: id, accountId: ACCOUNT, qualifier: 'live' })).json.version).toBe('2');
  });

  test('while an endpoint is UPDATING its liveVersion (the old one) keeps serving', async () => {
    const { id, arn, update } = await deploy('blue_green', 2);
    await controlPlane.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'live', agentRuntimeVersion: '1' }));
    await control(emulator, 'POST', 'settings', { provisioningDelayMs: 200 });
    await controlPlane.send(new UpdateAgentRuntimeEndpointCommand({ agentRuntimeId: id, endpointName: 'live', agentRuntimeVersion: '2' }));
    expect((await invoke({ agentRuntimeArn: arn, qualifier: 'live' })).json.version).toBe('1');
    await eventually(async () => ((await invoke({ agentRuntimeArn: arn, qualifier: 'live' })).json.version === '2' ? true : undefined));

    // DEFAULT too: during a runtime update the previous version answers.
    await controlPlane.send(new UpdateAgentRuntimeCommand({ ...update, agentRuntimeId: id }));
    expect((await invoke({ agentRuntimeArn: arn })).json.version).toBe('2');
    await eventually(async () => ((await invoke({ agentRuntimeArn: arn })).json.version === '3' ? true : undefined));
  });

  test('the image digest that served is visible in a response header', async () => {
    const pushed = putImage(emulator, ACCOUNT, REGION, 'agent', 'v9');
    const { arn } = await deploy('digest_agent', 1, { agentRuntimeArtifact: { containerConfiguration: { containerUri: pushed.uri } } });
    const response = await signedFetch(emulator, 'POST', `/runtimes/${encodeURIComponent(arn)}/invocations`, { body: '{}' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-emulator-image-digest')).toBe(pushed.digest);
  });
});

describe('InvokeAgentRuntime errors', () => {
  test('unknown runtime, endpoint or version is ResourceNotFoundException (404); a bad qualifier is a ValidationException', async () => {
    const { arn } = await deploy('lookup_agent');
    await expectError(invoke({ agentRuntimeArn: arn.replace(/-[A-Za-z0-9]{10}$/, '-AAAAAAAAAA') }), ResourceNotFoundException, 404);
    await expectError(invoke({ agentRuntimeArn: arn, qualifier: 'nobody' }), ResourceNotFoundException, 404);
    await expectError(invoke({ agentRuntimeArn: arn, qualifier: '42' }), ResourceNotFoundException, 404);
    await expectError(invoke({ agentRuntimeArn: arn, qualifier: 'bad-name' }), ValidationException, 400);
    await expectError(invoke({ agentRuntimeArn: arn.replace(REGION, 'eu-west-1') }), ResourceNotFoundException, 404);
  });

  test('an endpoint that is still CREATING is a RetryableConflictException (409)', async () => {
    const { id, arn } = await deploy('young_agent');
    await control(emulator, 'POST', 'settings', { provisioningDelayMs: 500 });
    await controlPlane.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'fresh', agentRuntimeVersion: '1' }));
    await expectError(invoke({ agentRuntimeArn: arn, qualifier: 'fresh' }), RetryableConflictException, 409);
  });

  test('an injected throttle fault arrives as ThrottlingException 429', async () => {
    const { arn } = await deploy('throttled_agent');
    await control(emulator, 'POST', 'faults', { service: 'agentcore-runtime', operation: 'InvokeAgentRuntime', kind: 'throttle', count: 1 });
    await expectError(invoke({ agentRuntimeArn: arn }), ThrottlingException, 429);
    expect((await invoke({ agentRuntimeArn: arn })).response.statusCode).toBe(200);
  });
});

describe('configured behaviour', () => {
  test('a failing version answers RuntimeClientError (424) with the container status and body excerpt; counts are kept per version', async () => {
    const { id, arn } = await deploy('flaky_agent', 2);
    await control(emulator, 'POST', 'agentcore/invocations', { runtime: 'flaky_agent', version: '2', mode: 'failing', status: 503, body: 'model overloaded' });
    const error = await expectError(invoke({ agentRuntimeArn: arn }), RuntimeClientError, 424);
    expect(error.message).toContain('(503)');
    expect(error.message).toContain('model overloaded');
    expect((await invoke({ agentRuntimeArn: arn, qualifier: '1' })).json.message).toBe('pong');

    const state = await control<{ services: { agentcore: Record<string, { runtimes: Record<string, { versions: Record<string, { invocations: number }> }> }> } }>(
      emulator,
      'GET',
      'state',
    );
    const versions = state.services.agentcore[`${ACCOUNT}/${REGION}`]!.runtimes[id]!.versions;
    expect([versions['1']!.invocations, versions['2']!.invocations]).toEqual([1, 1]);
  });

  test('a slow version waits delayMs, then answers healthy', async () => {
    const { id, arn } = await deploy('slow_agent');
    await control(emulator, 'POST', 'agentcore/invocations', { runtime: id, version: '1', mode: 'slow', delayMs: 300 });
    const started = Date.now();
    const { json } = await invoke({ agentRuntimeArn: arn });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(json.message).toBe('pong');
  });

  test('a behaviour without version applies to every version; a custom body and status are served; DELETE restores the default', async () => {
    const { arn } = await deploy('custom_agent', 2);
    await control(emulator, 'POST', 'agentcore/invocations', { runtime: arn, mode: 'healthy', status: 201, body: { answer: 42 } });
    const custom = await invoke({ agentRuntimeArn: arn, qualifier: '1' });
    expect(custom.response.statusCode).toBe(201);
    expect(custom.json).toEqual({ answer: 42 });
    await control(emulator, 'DELETE', 'agentcore/invocations', { runtime: 'custom_agent' });
    expect((await invoke({ agentRuntimeArn: arn, qualifier: '2' })).json.message).toBe('pong');
  });

  test('behaviour settings are validated', async () => {
    await expect(control(emulator, 'POST', 'agentcore/invocations', { runtime: 'x', mode: 'sleepy' })).rejects.toThrow(/mode/);
    await expect(control(emulator, 'POST', 'agentcore/invocations', { mode: 'healthy' })).rejects.toThrow(/runtime/);
    await expect(control(emulator, 'POST', 'agentcore/invocations', { runtime: 'x', version: 'v1', mode: 'healthy' })).rejects.toThrow(/version/);
  });
});

describe('OAuth (JWT authorizer) runtimes', () => {
  let authorizerConfiguration: { customJWTAuthorizer: { discoveryUrl: string; allowedClients: string[] } };
  beforeEach(async () => {
    const machine = await machineClient(emulator, ACCOUNT, REGION);
    authorizerConfiguration = { customJWTAuthorizer: { discoveryUrl: machine.discoveryUrl, allowedClients: [machine.clientId] } };
    bearer = await clientCredentialsToken(emulator, machine);
  });

  test('a bearer-token POST is served; a SigV4 call is AccessDeniedException (403)', async () => {
    const { id, arn } = await deploy('oauth_agent', 1, { authorizerConfiguration });
    const response = await bearerInvoke(arn, '?qualifier=DEFAULT');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ runtime: 'oauth_agent', message: 'pong', echo: { prompt: 'ping' } });
    expect(response.headers.get('x-amzn-bedrock-agentcore-runtime-session-id')).toBeTruthy();
    expect((await bearerInvoke(id, `?accountId=${ACCOUNT}`)).status).toBe(200);
    await expectError(invoke({ agentRuntimeArn: arn }), AccessDeniedException, 403);
  });

  test('a bearer token to an IAM-authorized runtime is refused in AWS error shape', async () => {
    const { arn } = await deploy('iam_agent');
    const response = await bearerInvoke(arn);
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toBe('AccessDeniedException');
  });

  test('the authorizer of the version being served decides, found in any account and region', async () => {
    const account = '333333333333';
    const region = 'eu-central-1';
    const other = new BedrockAgentCoreControlClient(clientOptions(emulator, account, region));
    const otherImage = putImage(emulator, account, region, 'agent', 'v1').uri;
    const created = await other.send(
      new CreateAgentRuntimeCommand({ ...runtimeInput('far_agent', { authorizerConfiguration }), agentRuntimeArtifact: { containerConfiguration: { containerUri: otherImage } } }),
    );
    await eventually(async () => ((await other.send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: created.agentRuntimeId, endpointName: 'DEFAULT' }))).liveVersion ? true : undefined));
    expect((await bearerInvoke(created.agentRuntimeArn!)).status).toBe(200);
    expect((await bearerInvoke(created.agentRuntimeId!)).status).toBe(200);
    other.destroy();
  });
});
