import {
  BedrockAgentCoreControlClient,
  ConflictException,
  CreateAgentRuntimeCommand,
  CreateAgentRuntimeEndpointCommand,
  DeleteAgentRuntimeCommand,
  DeleteAgentRuntimeEndpointCommand,
  GetAgentRuntimeCommand,
  GetAgentRuntimeEndpointCommand,
  ListAgentRuntimeEndpointsCommand,
  ListAgentRuntimeVersionsCommand,
  ListAgentRuntimesCommand,
  ListTagsForResourceCommand,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  TagResourceCommand,
  ThrottlingException,
  UntagResourceCommand,
  UpdateAgentRuntimeCommand,
  UpdateAgentRuntimeEndpointCommand,
  ValidationException,
  paginateListAgentRuntimes,
  type CreateAgentRuntimeCommandInput,
} from '@aws-sdk/client-bedrock-agentcore-control';
import { clientOptions, control, startTestEmulator } from '../../../helpers/emulator.js';
import type { RunningEmulator } from '../../../../src/emulator/server.js';
import { ACCOUNT, eventually, expectError, putImage, REGION, ROLE_ARN, signedFetch } from './fixtures.js';


let emulator: RunningEmulator;
let client: BedrockAgentCoreControlClient;
let image: { uri: string; digest: string; digestUri: string };

beforeAll(async () => {
  emulator = await startTestEmulator();
  client = new BedrockAgentCoreControlClient(clientOptions(emulator, ACCOUNT, REGION));
});
afterAll(async () => {
  client.destroy();
  await emulator.stop();
});
beforeEach(async () => {
  await control(emulator, 'POST', 'reset');
  image = putImage(emulator, ACCOUNT, REGION, 'support-bot', 'v1');
});

function runtimeInput(name: string, overrides: Partial<CreateAgentRuntimeCommandInput> = {}): CreateAgentRuntimeCommandInput {
  return {
    agentRuntimeName: name,
    agentRuntimeArtifact: { containerConfiguration: { containerUri: image.uri } },
    roleArn: ROLE_ARN,
    networkConfiguration: { networkMode: 'PUBLIC' },
    ...overrides,
  };
}

async function createRuntime(name = 'support_bot', overrides: Partial<CreateAgentRuntimeCommandInput> = {}) {
  return client.send(new CreateAgentRuntimeCommand(runtimeInput(name, overrides)));
}

function updateInput(id: string, overrides: Record<string, unknown> = {}) {
  return {
    agentRuntimeId: id,
    agentRuntimeArtifact: { containerConfiguration: { containerUri: image.uri } },
    roleArn: ROLE_ARN,
    networkConfiguration: { networkMode: 'PUBLIC' as const },
    ...overrides,
  };
}

async function waitRuntime(id: string, status: string, version?: string) {
  return eventually(async () => {
    const runtime = await client.send(new GetAgentRuntimeCommand({ agentRuntimeId: id, ...(version ? { agentRuntimeVersion: version } : {}) }));
    return runtime.status === status ? runtime : undefined;
  });
}

async function getEndpoint(id: string, endpointName: string) {
  return client.send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: id, endpointName }));
}

async function waitEndpoint(id: string, name: string, status: string) {
  return eventually(async () => {
    const endpoint = await getEndpoint(id, name);
    return endpoint.status === status ? endpoint : undefined;
  });
}

describe('CreateAgentRuntime / GetAgentRuntime', () => {
  test('creates version 1 with AWS-shaped ids, ARNs and timestamps, CREATING until the delay passes', async () => {
    await control(emulator, 'POST', 'settings', { provisioningDelayMs: 200 });
    const created = await createRuntime('support_bot');
    expect(created.$metadata.httpStatusCode).toBe(202);
    expect(created.agentRuntimeVersion).toBe('1');
    expect(created.status).toBe('CREATING');
    expect(created.agentRuntimeId).toMatch(/^support_bot-[a-zA-Z0-9]{10}$/);
    expect(created.agentRuntimeArn).toBe(`arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:runtime/${created.agentRuntimeId}`);
    expect(created.createdAt).toBeInstanceOf(Date);
    expect(created.workloadIdentityDetails?.workloadIdentityArn).toContain('workload-identity/support_bot');

    const first = await client.send(new GetAgentRuntimeCommand({ agentRuntimeId: created.agentRuntimeId }));
    expect(first.status).toBe('CREATING');
    const ready = await waitRuntime(created.agentRuntimeId!, 'READY');
    expect(ready).toMatchObject({
      agentRuntimeName: 'support_bot',
      agentRuntimeVersion: '1',
      roleArn: ROLE_ARN,
      agentRuntimeArtifact: { containerConfiguration: { containerUri: image.uri } },
      networkConfiguration: { networkMode: 'PUBLIC' },
      lifecycleConfiguration: { idleRuntimeSessionTimeout: 900, maxLifetime: 28800 },
    });
    expect(ready.lastUpdatedAt).toBeInstanceOf(Date);
  });

  test('timestamps are RFC 3339 with Z and errors carry x-amzn-ErrorType and a message body', async () => {
    const created = await createRuntime('raw_check');
    const ok = await signedFetch(emulator, 'GET', `/runtimes/${created.agentRuntimeId}/`);
    const body = (await ok.json()) as { createdAt: string; lastUpdatedAt: string };
    expect(body.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    expect(body.lastUpdatedAt).toMatch(/Z$/);

    const missing = await signedFetch(emulator, 'GET', '/runtimes/nope-0123456789/');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-amzn-errortype')).toBe('ResourceNotFoundException');
    expect(await missing.json()).toEqual({ message: expect.stringContaining('nope-0123456789') });
  });

  test('paths are accepted without the trailing slash, and a runtime is addressed by its id, not its ARN', async () => {
    const created = await createRuntime('addressing');
    const noSlash = await signedFetch(emulator, 'GET', `/runtimes/${created.agentRuntimeId}`);
    expect(noSlash.status).toBe(200);
    // The label is an id: the model's AgentRuntimeId pattern refuses an ARN, encoded or not.
    const byArn = await expectError(client.send(new GetAgentRuntimeCommand({ agentRuntimeId: created.agentRuntimeArn })), ValidationException, 400);
    expect(byArn.message).toContain("at 'agentRuntimeId' failed to satisfy constraint: Member must satisfy regular expression pattern");
    const unencodedArn = await signedFetch(emulator, 'GET', `/runtimes/${created.agentRuntimeArn}/runtime-endpoints/DEFAULT`);
    expect(unencodedArn.status).toBe(400);
    await expectError(client.send(new GetAgentRuntimeCommand({ agentRuntimeId: 'ghost-0123456789' })), ResourceNotFoundException, 404);
  });

  test('records the resolved image digest per version in the emulator state', async () => {
    const created = await createRuntime('digest_check', {
      agentRuntimeArtifact: { containerConfiguration: { containerUri: image.digestUri } },
    });
    const state = await control<{ services: { agentcore: Record<string, { runtimes: Record<string, { versions: Record<string, { imageDigest?: string }> }> }> } }>(
      emulator,
      'GET',
      'state',
    );
    expect(state.services.agentcore[`${ACCOUNT}/${REGION}`]!.runtimes[created.agentRuntimeId!]!.versions['1']!.imageDigest).toBe(image.digest);
  });

  test('a duplicate runtime name is a ConflictException', async () => {
    await createRuntime('twice');
    await expectError(createRuntime('twice'), ConflictException, 409);
  });
});

describe('image check', () => {
  test('a missing image still creates the version, which ends CREATE_FAILED naming the URI', async () => {
    await control(emulator, 'POST', 'settings', { provisioningDelayMs: 100 });
    const uri = `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/support-bot:missing`;
    const created = await createRuntime('no_image', { agentRuntimeArtifact: { containerConfiguration: { containerUri: uri } } });
    expect(created.status).toBe('CREATING');
    const failed = await waitRuntime(created.agentRuntimeId!, 'CREATE_FAILED');
    expect(failed.failureReason).toBe(`Image not found: ${uri}. Push the image to ECR before deploying.`);
    const fallback = await getEndpoint(created.agentRuntimeId!, 'DEFAULT');
    expect(fallback.status).toBe('CREATE_FAILED');
    expect(fallback.liveVersion).toBeUndefined();
  });

  test('an image in another account or region is not found; an update to a missing image ends UPDATE_FAILED and DEFAULT keeps serving', async () => {
    putImage(emulator, '111111111111', REGION, 'support-bot', 'v2');
    const created = await createRuntime('update_missing');
    await waitRuntime(created.agentRuntimeId!, 'READY');
    const wrongAccount = `111111111111.dkr.ecr.${REGION}.amazonaws.com/support-bot:v1`;
    const updated = await client.send(
      new UpdateAgentRuntimeCommand(updateInput(created.agentRuntimeId!, { agentRuntimeArtifact: { containerConfiguration: { containerUri: wrongAccount } } })),
    );
    expect(updated.agentRuntimeVersion).toBe('2');
    const failed = await waitRuntime(created.agentRuntimeId!, 'UPDATE_FAILED');
    expect(failed.failureReason).toContain(wrongAccount);
    const fallback = await waitEndpoint(created.agentRuntimeId!, 'DEFAULT', 'UPDATE_FAILED');
    expect(fallback).toMatchObject({ liveVersion: '1', targetVersion: '2' });
    expect(fallback.failureReason).toContain(wrongAccount);
    expect((await client.send(new GetAgentRuntimeCommand({ agentRuntimeId: created.agentRuntimeId, agentRuntimeVersion: '1' }))).status).toBe('READY');
  });
});

describe('versions and endpoints', () => {
  test('follows the documented versioning sequence (DEFAULT follows, named endpoints move only when told)', async () => {
    const { agentRuntimeId: id } = await createRuntime('sequence', { protocolConfiguration: { serverProtocol: 'HTTP' } });
    expect((await waitEndpoint(id!, 'DEFAULT', 'READY')).liveVersion).toBe('1');

    const v2 = await client.send(new UpdateAgentRuntimeCommand(updateInput(id!, { protocolConfiguration: { serverProtocol: 'MCP' } })));
    expect(v2).toMatchObject({ agentRuntimeVersion: '2', status: 'UPDATING' });
    expect((await waitEndpoint(id!, 'DEFAULT', 'READY')).liveVersion).toBe('2');

    const prod = await client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'PROD', agentRuntimeVersion: '2' }));
    expect(prod).toMatchObject({ targetVersion: '2', status: 'CREATING', endpointName: 'PROD' });
    expect(prod.agentRuntimeEndpointArn).toBe(`arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:runtime/${id}/runtime-endpoint/PROD`);
    expect((await waitEndpoint(id!, 'PROD', 'READY')).liveVersion).toBe('2');

    const v3image = putImage(emulator, ACCOUNT, REGION, 'support-bot', 'v3');
    await client.send(new UpdateAgentRuntimeCommand(updateInput(id!, { agentRuntimeArtifact: { containerConfiguration: { containerUri: v3image.uri } } })));
    expect((await waitEndpoint(id!, 'DEFAULT', 'READY')).liveVersion).toBe('3');
    expect((await getEndpoint(id!, 'PROD')).liveVersion).toBe('2');

    const moved = await client.send(new UpdateAgentRuntimeEndpointCommand({ agentRuntimeId: id, endpointName: 'PROD', agentRuntimeVersion: '3' }));
    expect(moved).toMatchObject({ status: 'UPDATING', targetVersion: '3' });
    expect((await waitEndpoint(id!, 'PROD', 'READY')).liveVersion).toBe('3');

    await client.send(
      new UpdateAgentRuntimeCommand(updateInput(id!, { networkConfiguration: { networkMode: 'VPC', networkModeConfig: { subnets: ['subnet-0123456789abcdef0'], securityGroups: ['sg-0123456789abcdef0'] } } })),
    );
    expect((await waitEndpoint(id!, 'DEFAULT', 'READY')).liveVersion).toBe('4');
    expect((await getEndpoint(id!, 'PROD')).liveVersion).toBe('3');

    const versions = await client.send(new ListAgentRuntimeVersionsCommand({ agentRuntimeId: id }));
    expect(versions.agentRuntimes!.map((v) => v.agentRuntimeVersion)).toEqual(['4', '3', '2', '1']);
    expect(versions.agentRuntimes!.every((v) => v.description === '' && v.status === 'READY')).toBe(true);
  });

  test('an update holds the whole configuration sent, without merging the previous version', async () => {
    const { agentRuntimeId: id } = await createRuntime('no_merge', {
      environmentVariables: { LOG_LEVEL: 'debug' },
      description: 'first',
      lifecycleConfiguration: { idleRuntimeSessionTimeout: 120, maxLifetime: 3600 },
    });
    await client.send(new UpdateAgentRuntimeCommand(updateInput(id!)));
    const latest = await client.send(new GetAgentRuntimeCommand({ agentRuntimeId: id }));
    expect(latest.agentRuntimeVersion).toBe('2');
    expect(latest.environmentVariables).toBeUndefined();
    expect(latest.description).toBeUndefined();
    expect(latest.lifecycleConfiguration).toEqual({ idleRuntimeSessionTimeout: 900, maxLifetime: 28800 });
    const first = await client.send(new GetAgentRuntimeCommand({ agentRuntimeId: id, agentRuntimeVersion: '1' }));
    expect(first).toMatchObject({ agentRuntimeVersion: '1', description: 'first', environmentVariables: { LOG_LEVEL: 'debug' } });
  });

  test('targetVersion is set at once and liveVersion follows when the endpoint turns READY', async () => {
    const { agentRuntimeId: id } = await createRuntime('live_target');
    await client.send(new UpdateAgentRuntimeCommand(updateInput(id!)));
    await client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'live', agentRuntimeVersion: '1' }));
    await waitEndpoint(id!, 'live', 'READY');
    await control(emulator, 'POST', 'settings', { provisioningDelayMs: 200 });
    await client.send(new UpdateAgentRuntimeEndpointCommand({ agentRuntimeId: id, endpointName: 'live', agentRuntimeVersion: '2' }));
    expect(await getEndpoint(id!, 'live')).toMatchObject({ status: 'UPDATING', targetVersion: '2', liveVersion: '1' });
    expect(await waitEndpoint(id!, 'live', 'READY')).toMatchObject({ targetVersion: '2', liveVersion: '2' });
  });

  test('an endpoint created without a version pins the newest version and does not follow updates', async () => {
    const { agentRuntimeId: id } = await createRuntime('pinned');
    await client.send(new UpdateAgentRuntimeCommand(updateInput(id!)));
    const created = await client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'pinned_ep' }));
    expect(created.targetVersion).toBe('2');
    await client.send(new UpdateAgentRuntimeCommand(updateInput(id!)));
    expect((await waitEndpoint(id!, 'pinned_ep', 'READY')).liveVersion).toBe('2');
  });

  test('ConflictException while the runtime is CREATING or UPDATING, and while an endpoint is UPDATING', async () => {
    await control(emulator, 'POST', 'settings', { provisioningDelayMs: 200 });
    const { agentRuntimeId: id } = await createRuntime('busy');
    await expectError(client.send(new UpdateAgentRuntimeCommand(updateInput(id!))), ConflictException, 409);
    await waitRuntime(id!, 'READY');
    await client.send(new UpdateAgentRuntimeCommand(updateInput(id!)));
    await expectError(client.send(new UpdateAgentRuntimeCommand(updateInput(id!))), ConflictException, 409);
    await waitRuntime(id!, 'READY');

    await client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'live', agentRuntimeVersion: '1' }));
    await waitEndpoint(id!, 'live', 'READY');
    await client.send(new UpdateAgentRuntimeEndpointCommand({ agentRuntimeId: id, endpointName: 'live', agentRuntimeVersion: '2' }));
    await expectError(
      client.send(new UpdateAgentRuntimeEndpointCommand({ agentRuntimeId: id, endpointName: 'live', agentRuntimeVersion: '1' })),
      ConflictException,
      409,
    );
  });

  test('an endpoint may only point at a version that exists and is READY', async () => {
    await control(emulator, 'POST', 'settings', { provisioningDelayMs: 200 });
    const { agentRuntimeId: id } = await createRuntime('servable');
    const notReady = await expectError(
      client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'early', agentRuntimeVersion: '1' })),
      ValidationException,
      400,
    );
    expect(notReady.message).toContain('CREATING');
    await waitRuntime(id!, 'READY');
    const missing = await expectError(
      client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'later', agentRuntimeVersion: '7' })),
      ValidationException,
      400,
    );
    expect(missing.fieldList?.[0]?.name).toBe('agentRuntimeVersion');
  });

  test('DEFAULT cannot be deleted, a runtime with named endpoints cannot be deleted, endpoint names are unique', async () => {
    const { agentRuntimeId: id } = await createRuntime('deletions');
    const fallback = await expectError(client.send(new DeleteAgentRuntimeEndpointCommand({ agentRuntimeId: id, endpointName: 'DEFAULT' })), ConflictException, 409);
    expect(fallback.message).toBe('Default endpoints are removed when you delete the agent.');
    await client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'live', agentRuntimeVersion: '1' }));
    await expectError(client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'live', agentRuntimeVersion: '1' })), ConflictException, 409);
    await expectError(client.send(new DeleteAgentRuntimeCommand({ agentRuntimeId: id })), ConflictException, 409);

    const deleted = await client.send(new DeleteAgentRuntimeEndpointCommand({ agentRuntimeId: id, endpointName: 'live' }));
    expect(deleted).toMatchObject({ status: 'DELETING', endpointName: 'live' });
    const gone = await client.send(new DeleteAgentRuntimeCommand({ agentRuntimeId: id }));
    expect(gone.status).toBe('DELETING');
    await expectError(client.send(new GetAgentRuntimeCommand({ agentRuntimeId: id })), ResourceNotFoundException, 404);
  });

  test('deletion goes through DELETING for the provisioning delay', async () => {
    const { agentRuntimeId: id } = await createRuntime('slow_delete');
    await control(emulator, 'POST', 'settings', { provisioningDelayMs: 200 });
    await client.send(new DeleteAgentRuntimeCommand({ agentRuntimeId: id }));
    expect((await client.send(new GetAgentRuntimeCommand({ agentRuntimeId: id }))).status).toBe('DELETING');
    await expectError(client.send(new UpdateAgentRuntimeCommand(updateInput(id!))), ConflictException, 409);
    await eventually(() =>
      client.send(new GetAgentRuntimeCommand({ agentRuntimeId: id })).then(
        () => undefined,
        (e: unknown) => (e instanceof ResourceNotFoundException ? true : undefined),
      ),
    );
  });

  test('DeleteAgentRuntime?version deletes only that version, never one an endpoint uses', async () => {
    const { agentRuntimeId: id } = await createRuntime('version_delete');
    await client.send(new UpdateAgentRuntimeCommand(updateInput(id!)));
    await client.send(new UpdateAgentRuntimeCommand(updateInput(id!)));
    await client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'live', agentRuntimeVersion: '2' }));
    await expectError(client.send(new DeleteAgentRuntimeCommand({ agentRuntimeId: id, agentRuntimeVersion: '2' })), ConflictException, 409);
    await expectError(client.send(new DeleteAgentRuntimeCommand({ agentRuntimeId: id, agentRuntimeVersion: '3' })), ConflictException, 409);
    const deleted = await client.send(new DeleteAgentRuntimeCommand({ agentRuntimeId: id, agentRuntimeVersion: '1' }));
    expect(deleted).toMatchObject({ status: 'DELETING', agentRuntimeVersion: '1' });
    await expectError(client.send(new GetAgentRuntimeCommand({ agentRuntimeId: id, agentRuntimeVersion: '1' })), ResourceNotFoundException, 404);
    await expectError(client.send(new DeleteAgentRuntimeCommand({ agentRuntimeId: id, agentRuntimeVersion: '1' })), ResourceNotFoundException, 404);
    const versions = await client.send(new ListAgentRuntimeVersionsCommand({ agentRuntimeId: id }));
    expect(versions.agentRuntimes!.map((v) => v.agentRuntimeVersion)).toEqual(['3', '2']);
    // Version numbers are never reused.
    expect((await client.send(new UpdateAgentRuntimeCommand(updateInput(id!)))).agentRuntimeVersion).toBe('4');
  });

  test('UpdateAgentRuntimeEndpoint on DEFAULT is a ConflictException', async () => {
    const { agentRuntimeId: id } = await createRuntime('default_update');
    await expectError(
      client.send(new UpdateAgentRuntimeEndpointCommand({ agentRuntimeId: id, endpointName: 'DEFAULT', agentRuntimeVersion: '1' })),
      ConflictException,
      409,
    );
  });
});

describe('not found', () => {
  test('unknown runtime, endpoint and version are ResourceNotFoundException (404)', async () => {
    const { agentRuntimeId: id } = await createRuntime('lookups');
    await expectError(client.send(new GetAgentRuntimeCommand({ agentRuntimeId: 'ghost-0123456789' })), ResourceNotFoundException, 404);
    await expectError(client.send(new UpdateAgentRuntimeCommand(updateInput('ghost-0123456789'))), ResourceNotFoundException, 404);
    await expectError(client.send(new ListAgentRuntimeVersionsCommand({ agentRuntimeId: 'ghost-0123456789' })), ResourceNotFoundException, 404);
    await expectError(client.send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: id, endpointName: 'ghost' })), ResourceNotFoundException, 404);
    await expectError(
      client.send(new UpdateAgentRuntimeEndpointCommand({ agentRuntimeId: id, endpointName: 'ghost', agentRuntimeVersion: '1' })),
      ResourceNotFoundException,
      404,
    );
    await expectError(client.send(new GetAgentRuntimeCommand({ agentRuntimeId: id, agentRuntimeVersion: '9' })), ResourceNotFoundException, 404);
  });
});

describe('validation', () => {
  async function invalid(call: Promise<unknown>, field: string) {
    const error = await expectError(call, ValidationException, 400);
    expect(error.reason).toBe('FieldValidationFailed');
    expect(error.fieldList?.map((f) => f.name)).toContain(field);
    return error;
  }

  test('runtime names, role ARNs and container URIs are checked against their patterns', async () => {
    const name = await invalid(createRuntime('support-bot'), 'agentRuntimeName');
    expect(name.message).toBe(
      "1 validation error detected: Value 'support-bot' at 'agentRuntimeName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z][a-zA-Z0-9_]{0,47}",
    );
    await invalid(createRuntime('a'.repeat(49)), 'agentRuntimeName');
    await invalid(createRuntime('bad_role', { roleArn: 'arn:aws:iam::000000000000:user/me' }), 'roleArn');
    await invalid(
      createRuntime('no_tag', { agentRuntimeArtifact: { containerConfiguration: { containerUri: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/support-bot` } } }),
      'agentRuntimeArtifact.containerConfiguration.containerUri',
    );
    await invalid(
      createRuntime('docker_hub', { agentRuntimeArtifact: { containerConfiguration: { containerUri: 'docker.io/library/python:3' } } }),
      'agentRuntimeArtifact.containerConfiguration.containerUri',
    );
  });

  test('every problem of a request is reported at once', async () => {
    const error = await expectError(createRuntime('bad-name', { roleArn: 'nope' }), ValidationException, 400);
    expect(error.message).toMatch(/^2 validation errors detected: /);
    expect(error.fieldList?.map((f) => f.name)).toEqual(['agentRuntimeName', 'roleArn']);
  });

  test('lifecycle bounds: 60–28800 seconds each, idle ≤ max', async () => {
    await invalid(createRuntime('too_short', { lifecycleConfiguration: { idleRuntimeSessionTimeout: 59 } }), 'lifecycleConfiguration.idleRuntimeSessionTimeout');
    await invalid(createRuntime('too_long', { lifecycleConfiguration: { maxLifetime: 28801 } }), 'lifecycleConfiguration.maxLifetime');
    await invalid(
      createRuntime('idle_over_max', { lifecycleConfiguration: { idleRuntimeSessionTimeout: 3600, maxLifetime: 600 } }),
      'lifecycleConfiguration.idleRuntimeSessionTimeout',
    );
    const ok = await createRuntime('bounds_ok', { lifecycleConfiguration: { idleRuntimeSessionTimeout: 60, maxLifetime: 28800 } });
    expect(ok.status).toBeDefined();
  });

  test('environment variable limits, description length, an omitted network, VPC ids and VPC without subnets', async () => {
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`VAR_${i}`, 'x']));
    await invalid(createRuntime('many_vars', { environmentVariables: many }), 'environmentVariables');
    const long = await invalid(createRuntime('long_value', { environmentVariables: { SECRET: 's'.repeat(5001) } }), 'environmentVariables.SECRET');
    expect(long.message).not.toContain('sssss');
    await invalid(createRuntime('long_key', { environmentVariables: { ['K'.repeat(101)]: 'v' } }), 'environmentVariables.key');
    await invalid(createRuntime('long_description', { description: 'd'.repeat(4097) }), 'description');
    // The model's Description allows 4096 characters.
    expect((await createRuntime('longest_description', { description: 'd'.repeat(4096) })).status).toBeDefined();
    // Optional in AWS's current model (botocore's copy still marks it required): omitted is the public network.
    const noNetwork = await createRuntime('no_network', { networkConfiguration: undefined });
    expect((await client.send(new GetAgentRuntimeCommand({ agentRuntimeId: noNetwork.agentRuntimeId }))).networkConfiguration).toEqual({ networkMode: 'PUBLIC' });
    await invalid(
      createRuntime('vpc_bad_ids', { networkConfiguration: { networkMode: 'VPC', networkModeConfig: { subnets: ['subnet-1'], securityGroups: ['sg-0123456789abcdef0'] } } }),
      'networkConfiguration.networkModeConfig.subnets.1',
    );
    await invalid(createRuntime('vpc_bare', { networkConfiguration: { networkMode: 'VPC' } }), 'networkConfiguration.networkModeConfig');
    await invalid(
      createRuntime('vpc_no_subnets', { networkConfiguration: { networkMode: 'VPC', networkModeConfig: { subnets: [], securityGroups: ['sg-1'] } } }),
      'networkConfiguration.networkModeConfig.subnets',
    );
  });

  test('endpoint names (DEFAULT reserved), version pattern and description length', async () => {
    const { agentRuntimeId: id } = await createRuntime('endpoint_rules');
    await invalid(client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'DEFAULT' })), 'name');
    await invalid(client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'blue-green' })), 'name');
    await invalid(client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'live', agentRuntimeVersion: 'v1' })), 'agentRuntimeVersion');
    await invalid(client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'live', description: 'd'.repeat(257) })), 'description');
  });

  test('a body that is not JSON is a ValidationException with reason CannotParse', async () => {
    const response = await signedFetch(emulator, 'PUT', '/runtimes/', { body: '{not json', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('ValidationException');
    expect(await response.json()).toMatchObject({ reason: 'CannotParse' });
  });
});

describe('quotas', () => {
  test('past 10 named endpoints per runtime is a ServiceQuotaExceededException (402)', async () => {
    const { agentRuntimeId: id } = await createRuntime('crowded');
    for (let i = 0; i < 10; i++) {
      await client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: `ep${i}`, agentRuntimeVersion: '1' }));
    }
    await expectError(
      client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'ep10', agentRuntimeVersion: '1' })),
      ServiceQuotaExceededException,
      402,
    );
  });

  test('past 1000 versions per runtime is a ServiceQuotaExceededException (402)', async () => {
    const { agentRuntimeId: id } = await createRuntime('many_versions');
    for (let i = 2; i <= 1000; i++) await client.send(new UpdateAgentRuntimeCommand(updateInput(id!)));
    await expectError(client.send(new UpdateAgentRuntimeCommand(updateInput(id!))), ServiceQuotaExceededException, 402);
  });
});

describe('idempotency', () => {
  const token = 'deploy-0123456789-0123456789-0123456789';

  test('the same clientToken with the same request returns the first answer', async () => {
    const first = await createRuntime('idem', { clientToken: token });
    const again = await createRuntime('idem', { clientToken: token });
    expect(again.agentRuntimeId).toBe(first.agentRuntimeId);
    expect((await client.send(new ListAgentRuntimesCommand({}))).agentRuntimes).toHaveLength(1);

    const update = { ...updateInput(first.agentRuntimeId!), clientToken: token };
    const v2 = await client.send(new UpdateAgentRuntimeCommand(update));
    const replay = await client.send(new UpdateAgentRuntimeCommand(update));
    expect(replay.agentRuntimeVersion).toBe(v2.agentRuntimeVersion);
  });

  test('the same clientToken with a different request is IdempotentParameterMismatchException', async () => {
    await createRuntime('idem_a', { clientToken: token });
    const error = await expectError(createRuntime('idem_b', { clientToken: token }), ValidationException, 400);
    expect(error.reason).toBe('IdempotentParameterMismatchException');
  });

  test('a malformed clientToken is a ValidationException', async () => {
    const error = await expectError(createRuntime('short_token', { clientToken: 'short' }), ValidationException, 400);
    expect(error.fieldList?.[0]?.name).toBe('clientToken');
  });
});

describe('paging', () => {
  test('maxResults and nextToken page through runtimes; the SDK paginator sees them all', async () => {
    for (const name of ['r1', 'r2', 'r3', 'r4', 'r5']) await createRuntime(name);
    const first = await client.send(new ListAgentRuntimesCommand({ maxResults: 2 }));
    expect(first.agentRuntimes!.map((r) => r.agentRuntimeName)).toEqual(['r1', 'r2']);
    expect(first.nextToken).toBeDefined();
    const second = await client.send(new ListAgentRuntimesCommand({ maxResults: 2, nextToken: first.nextToken }));
    expect(second.agentRuntimes!.map((r) => r.agentRuntimeName)).toEqual(['r3', 'r4']);
    const names: string[] = [];
    for await (const page of paginateListAgentRuntimes({ client, pageSize: 2 }, {})) {
      names.push(...page.agentRuntimes!.map((r) => r.agentRuntimeName!));
    }
    expect(names).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    const summary = first.agentRuntimes![0]!;
    expect(summary).toMatchObject({ agentRuntimeVersion: '1', description: '', status: 'READY' });
    expect(summary.lastUpdatedAt).toBeInstanceOf(Date);
  });

  test('maxResults outside 1–100 and a forged nextToken are ValidationExceptions', async () => {
    const { agentRuntimeId: id } = await createRuntime('paged');
    await expectError(client.send(new ListAgentRuntimesCommand({ maxResults: 0 })), ValidationException, 400);
    await expectError(client.send(new ListAgentRuntimeVersionsCommand({ agentRuntimeId: id, maxResults: 101 })), ValidationException, 400);
    await expectError(client.send(new ListAgentRuntimeEndpointsCommand({ agentRuntimeId: id, nextToken: 'forged!' })), ValidationException, 400);
  });

  test('ListAgentRuntimeEndpoints includes DEFAULT with its versions', async () => {
    const { agentRuntimeId: id, agentRuntimeArn: arn } = await createRuntime('listed');
    await client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'live', agentRuntimeVersion: '1', description: 'users' }));
    const listed = await client.send(new ListAgentRuntimeEndpointsCommand({ agentRuntimeId: id }));
    expect(listed.runtimeEndpoints!.map((e) => [e.name, e.targetVersion, e.agentRuntimeArn])).toEqual([
      ['DEFAULT', '1', arn],
      ['live', '1', arn],
    ]);
    expect(listed.runtimeEndpoints![1]!.description).toBe('users');
  });
});

describe('tags', () => {
  test('tags on create, TagResource, UntagResource and ListTagsForResource on runtimes and endpoints', async () => {
    const { agentRuntimeId: id, agentRuntimeArn: arn } = await createRuntime('tagged', { tags: { team: 'support' } });
    expect((await client.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags).toEqual({ team: 'support' });
    const tagged = await client.send(new TagResourceCommand({ resourceArn: arn, tags: { env: 'dev', 'cost center': 'a b' } }));
    expect(tagged.$metadata.httpStatusCode).toBe(204);
    await client.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ['team', 'cost center'] }));
    expect((await client.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags).toEqual({ env: 'dev' });

    const endpoint = await client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'live', agentRuntimeVersion: '1', tags: { tier: 'gold' } }));
    expect((await client.send(new ListTagsForResourceCommand({ resourceArn: endpoint.agentRuntimeEndpointArn }))).tags).toEqual({ tier: 'gold' });
    await expectError(client.send(new ListTagsForResourceCommand({ resourceArn: `${arn}x` })), ResourceNotFoundException, 404);
  });
});

describe('injected failures', () => {
  test('fail-next UpdateAgentRuntimeEndpoint ends the endpoint UPDATE_FAILED with the reason, keeping its liveVersion', async () => {
    const { agentRuntimeId: id } = await createRuntime('fail_endpoint');
    await client.send(new UpdateAgentRuntimeCommand(updateInput(id!)));
    await client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'live', agentRuntimeVersion: '1' }));
    await control(emulator, 'POST', 'agentcore/fail-next', { operation: 'UpdateAgentRuntimeEndpoint', reason: 'health check failed' });
    await client.send(new UpdateAgentRuntimeEndpointCommand({ agentRuntimeId: id, endpointName: 'live', agentRuntimeVersion: '2' }));
    const failed = await waitEndpoint(id!, 'live', 'UPDATE_FAILED');
    expect(failed).toMatchObject({ failureReason: 'health check failed', liveVersion: '1', targetVersion: '2' });
    // One failure only: the retry goes through.
    await client.send(new UpdateAgentRuntimeEndpointCommand({ agentRuntimeId: id, endpointName: 'live', agentRuntimeVersion: '2' }));
    expect((await waitEndpoint(id!, 'live', 'READY')).liveVersion).toBe('2');
  });

  test('fail-next CreateAgentRuntime and UpdateAgentRuntime, in another account and region', async () => {
    const account = '222222222222';
    const region = 'eu-west-1';
    const other = new BedrockAgentCoreControlClient(clientOptions(emulator, account, region));
    const otherImage = putImage(emulator, account, region, 'support-bot', 'v1');
    await control(emulator, 'POST', 'agentcore/fail-next', { account, region, operation: 'CreateAgentRuntime', reason: 'no capacity' });
    await control(emulator, 'POST', 'agentcore/fail-next', { account, region, operation: 'UpdateAgentRuntime', count: 1 });
    const input = runtimeInput('elsewhere', { agentRuntimeArtifact: { containerConfiguration: { containerUri: otherImage.uri } } });
    const created = await other.send(new CreateAgentRuntimeCommand(input));
    const runtime = await other.send(new GetAgentRuntimeCommand({ agentRuntimeId: created.agentRuntimeId }));
    expect(runtime).toMatchObject({ status: 'CREATE_FAILED', failureReason: 'no capacity' });
    const { agentRuntimeName: _name, ...update } = input;
    await other.send(new UpdateAgentRuntimeCommand({ ...update, agentRuntimeId: created.agentRuntimeId }));
    const updated = await other.send(new GetAgentRuntimeCommand({ agentRuntimeId: created.agentRuntimeId }));
    expect(updated).toMatchObject({ status: 'UPDATE_FAILED', failureReason: 'Injected failure for UpdateAgentRuntime.' });
    // The default account and region were not affected.
    expect((await createRuntime('unaffected')).status).toBe('CREATING');
    expect((await client.send(new GetAgentRuntimeCommand({ agentRuntimeId: (await client.send(new ListAgentRuntimesCommand({}))).agentRuntimes![0]!.agentRuntimeId }))).status).toBe('READY');
    other.destroy();
  });

  test('fail-next rejects an unknown operation', async () => {
    await expect(control(emulator, 'POST', 'agentcore/fail-next', { operation: 'DeleteAgentRuntime' })).rejects.toThrow(/operation/);
  });

  test('an injected throttle fault arrives as ThrottlingException 429', async () => {
    const { agentRuntimeId: id } = await createRuntime('throttled');
    await client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'live', agentRuntimeVersion: '1' }));
    await control(emulator, 'POST', 'faults', { service: 'agentcore', operation: 'UpdateAgentRuntimeEndpoint', kind: 'throttle', count: 1 });
    await expectError(
      client.send(new UpdateAgentRuntimeEndpointCommand({ agentRuntimeId: id, endpointName: 'live', agentRuntimeVersion: '1' })),
      ThrottlingException,
      429,
    );
    const retried = await client.send(new UpdateAgentRuntimeEndpointCommand({ agentRuntimeId: id, endpointName: 'live', agentRuntimeVersion: '1' }));
    expect(retried.$metadata.httpStatusCode).toBe(202);
  });
});
