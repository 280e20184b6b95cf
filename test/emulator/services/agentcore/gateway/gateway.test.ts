import {
  BedrockAgentCoreControlClient,
  ConflictException,
  CreateAgentRuntimeCommand,
  CreateAgentRuntimeEndpointCommand,
  CreateGatewayCommand,
  CreateGatewayRuleCommand,
  CreateGatewayTargetCommand,
  DeleteGatewayCommand,
  DeleteGatewayRuleCommand,
  DeleteGatewayTargetCommand,
  GetGatewayCommand,
  GetGatewayRuleCommand,
  GetGatewayTargetCommand,
  ListGatewayRulesCommand,
  ListGatewayTargetsCommand,
  ListGatewaysCommand,
  ResourceNotFoundException,
  UpdateAgentRuntimeCommand,
  UpdateGatewayRuleCommand,
  ValidationException,
  type Action,
  type CreateGatewayTargetCommandInput,
} from '@aws-sdk/client-bedrock-agentcore-control';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { clientOptions, control, useTestEmulator } from '../../../../helpers/emulator.js';
import type { RunningEmulator } from '../../../../../src/emulator/server.js';
import { ACCOUNT, eventually, expectError, putImage, REGION, ROLE_ARN, SESSION, signedFetch } from '../fixtures.js';


let emulator: RunningEmulator;
let client: BedrockAgentCoreControlClient;

useTestEmulator(
  (started) => {
    emulator = started;
    client = new BedrockAgentCoreControlClient(clientOptions(emulator, ACCOUNT, REGION));
  },
  { reset: true, stopping: () => client.destroy() },
);

/** A READY runtime with versions 1 and 2, endpoint `live` on version 1 and `candidate` on version 2. */
async function runtimeWithTwoVersions(name: string): Promise<string> {
  const { uri } = putImage(emulator, ACCOUNT, REGION, 'agent', 'v1');
  const config = { agentRuntimeArtifact: { containerConfiguration: { containerUri: uri } }, roleArn: ROLE_ARN, networkConfiguration: { networkMode: 'PUBLIC' as const } };
  const created = await client.send(new CreateAgentRuntimeCommand({ agentRuntimeName: name, ...config }));
  await client.send(new UpdateAgentRuntimeCommand({ agentRuntimeId: created.agentRuntimeId!, ...config }));
  await client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: created.agentRuntimeId!, name: 'live', agentRuntimeVersion: '1' }));
  await client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: created.agentRuntimeId!, name: 'candidate', agentRuntimeVersion: '2' }));
  return created.agentRuntimeArn!;
}

function targetInput(gatewayIdentifier: string, name: string, arn: string, qualifier: string): CreateGatewayTargetCommandInput {
  return { gatewayIdentifier, name, targetConfiguration: { http: { agentcoreRuntime: { arn, qualifier } } } };
}

function weighted(first: string, second: string, secondWeight: number): Action {
  return {
    routeToTarget: {
      weightedRoute: {
        trafficSplit: [
          { name: 'stable', targetName: first, weight: 100 - secondWeight },
          { name: 'canary', targetName: second, weight: secondWeight },
        ],
      },
    },
  };
}

/** A READY gateway with targets `blue` (endpoint live) and `green` (endpoint candidate). */
async function gatewayWithTargets(): Promise<string> {
  const arn = await runtimeWithTwoVersions('support_bot');
  const gateway = await client.send(new CreateGatewayCommand({ name: 'canary-gw', roleArn: ROLE_ARN, authorizerType: 'AWS_IAM' }));
  const id = gateway.gatewayId!;
  await client.send(new CreateGatewayTargetCommand(targetInput(id, 'blue', arn, 'live')));
  await client.send(new CreateGatewayTargetCommand(targetInput(id, 'green', arn, 'candidate')));
  return id;
}

async function invokeThrough(gatewayId: string, path = '/invocations', accessKeyId = ACCOUNT): Promise<{ status: number; target: string | null; version?: string }> {
  const response = await signedFetch(emulator, 'POST', `/gateway/${gatewayId}${path}`, {
    account: accessKeyId,
    body: '{"prompt":"hi"}',
    headers: { 'x-amzn-bedrock-agentcore-runtime-session-id': SESSION },
  });
  const text = await response.text();
  const body = response.ok ? (JSON.parse(text) as { version?: string }) : {};
  return { status: response.status, target: response.headers.get('x-emulator-gateway-target'), ...(body.version !== undefined ? { version: body.version } : {}) };
}

describe('gateways', () => {
  test('create, get, list and delete; CREATING turns READY after the provisioning delay', async () => {
    await control(emulator, 'POST', 'settings', { provisioningDelayMs: 150 });
    const created = await client.send(new CreateGatewayCommand({ name: 'Edge-1', roleArn: ROLE_ARN, authorizerType: 'NONE', description: 'front door' }));
    expect(created.status).toBe('CREATING');
    expect(created.gatewayId).toMatch(/^edge-1-[0-9a-z]{10}$/);
    expect(created.gatewayArn).toBe(`arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:gateway/${created.gatewayId}`);
    expect(created.gatewayUrl).toBe(`${emulator.url}/gateway/${created.gatewayId}`);
    // Not READY yet: the gateway's URL refuses to route.
    const early = await fetch(`${created.gatewayUrl}/invocations`, { method: 'POST', body: '{}' });
    expect(early.status).toBe(409);
    expect(await early.text()).toContain('is CREATING; wait until it is READY');
    const ready = await eventually(async () => {
      const got = await client.send(new GetGatewayCommand({ gatewayIdentifier: created.gatewayId! }));
      return got.status === 'READY' ? got : undefined;
    });
    expect(ready).toMatchObject({ name: 'Edge-1', description: 'front door', authorizerType: 'NONE', roleArn: ROLE_ARN });
    const listed = await client.send(new ListGatewaysCommand({}));
    expect(listed.items?.map((g) => g.gatewayId)).toEqual([created.gatewayId]);
    const deleted = await client.send(new DeleteGatewayCommand({ gatewayIdentifier: created.gatewayId! }));
    expect(deleted.status).toBe('DELETING');
    await expectError(client.send(new GetGatewayCommand({ gatewayIdentifier: created.gatewayId! })), ResourceNotFoundException, 404);
  });

  test('a duplicate name is a ConflictException; missing members are a ValidationException naming them', async () => {
    await client.send(new CreateGatewayCommand({ name: 'dup', roleArn: ROLE_ARN, authorizerType: 'NONE' }));
    const conflict = await expectError(client.send(new CreateGatewayCommand({ name: 'dup', roleArn: ROLE_ARN, authorizerType: 'NONE' })), ConflictException, 409);
    expect(conflict.message).toContain("'dup' already exists");
    const invalid = await expectError(client.send(new CreateGatewayCommand({ name: 'bad_name!' } as never)), ValidationException, 400);
    expect(invalid.message).toContain("at 'name'");
    expect(invalid.message).toContain("at 'roleArn' failed to satisfy constraint: Member must not be null");
    expect(invalid.message).toContain("at 'authorizerType'");
  });

  test('a gateway with targets cannot be deleted', async () => {
    const id = await gatewayWithTargets();
    const error = await expectError(client.send(new DeleteGatewayCommand({ gatewayIdentifier: id })), ConflictException, 409);
    expect(error.message).toContain('blue, green');
  });
});

describe('gateway targets', () => {
  test('create, get, list and delete a runtime target', async () => {
    const id = await gatewayWithTargets();
    const listed = await client.send(new ListGatewayTargetsCommand({ gatewayIdentifier: id }));
    expect(listed.items?.map((t) => [t.name, t.status])).toEqual([
      ['blue', 'READY'],
      ['green', 'READY'],
    ]);
    const blue = listed.items![0]!;
    const got = await client.send(new GetGatewayTargetCommand({ gatewayIdentifier: id, targetId: blue.targetId! }));
    expect(got.targetConfiguration).toEqual({ http: { agentcoreRuntime: { arn: expect.stringContaining(':runtime/support_bot-'), qualifier: 'live' } } });
    expect(got.credentialProviderConfigurations).toEqual([{ credentialProviderType: 'GATEWAY_IAM_ROLE' }]);
    await client.send(new DeleteGatewayTargetCommand({ gatewayIdentifier: id, targetId: blue.targetId! }));
    await expectError(client.send(new GetGatewayTargetCommand({ gatewayIdentifier: id, targetId: blue.targetId! })), ResourceNotFoundException, 404);
  });

  test('other target types, bad ARNs, duplicate names and unknown gateways are refused', async () => {
    const id = await gatewayWithTargets();
    const lambda = await expectError(
      client.send(new CreateGatewayTargetCommand({ gatewayIdentifier: id, name: 'tools', targetConfiguration: { mcp: { mcpServer: { endpoint: 'https://example.com' } } } })),
      ValidationException,
      400,
    );
    expect(lambda.message).toContain('supports only gateway targets of type http.agentcoreRuntime; got mcp');
    const badArn = await expectError(client.send(new CreateGatewayTargetCommand(targetInput(id, 'x', 'arn:aws:s3:::bucket', 'live'))), ValidationException, 400);
    expect(badArn.message).toContain("at 'targetConfiguration.http.agentcoreRuntime.arn'");
    const arn = (await client.send(new GetGatewayTargetCommand({ gatewayIdentifier: id, targetId: (await client.send(new ListGatewayTargetsCommand({ gatewayIdentifier: id }))).items![0]!.targetId! }))).targetConfiguration!.http!.agentcoreRuntime!.arn!;
    await expectError(client.send(new CreateGatewayTargetCommand(targetInput(id, 'blue', arn, 'live'))), ConflictException, 409);
    await expectError(client.send(new CreateGatewayTargetCommand(targetInput('nope-0123456789', 'x', arn, 'live'))), ResourceNotFoundException, 404);
  });
});

describe('gateway rules', () => {
  test('create, get, list, update and delete; an update is UPDATING until the delay passes', async () => {
    const id = await gatewayWithTargets();
    const created = await client.send(new CreateGatewayRuleCommand({ gatewayIdentifier: id, priority: 10, actions: [{ routeToTarget: { staticRoute: { targetName: 'blue' } } }] }));
    expect(created.ruleId).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.status).toBe('CREATING');
    expect((await client.send(new GetGatewayRuleCommand({ gatewayIdentifier: id, ruleId: created.ruleId! }))).status).toBe('ACTIVE');
    await control(emulator, 'POST', 'settings', { provisioningDelayMs: 150 });
    const updated = await client.send(new UpdateGatewayRuleCommand({ gatewayIdentifier: id, ruleId: created.ruleId!, actions: [weighted('blue', 'green', 10)] }));
    expect(updated.status).toBe('UPDATING');
    expect(updated.priority).toBe(10);
    // A second change while one is under way is refused.
    await expectError(client.send(new UpdateGatewayRuleCommand({ gatewayIdentifier: id, ruleId: created.ruleId!, priority: 5 })), ConflictException, 409);
    const active = await eventually(async () => {
      const got = await client.send(new GetGatewayRuleCommand({ gatewayIdentifier: id, ruleId: created.ruleId! }));
      return got.status === 'ACTIVE' ? got : undefined;
    });
    expect(active.actions).toEqual([weighted('blue', 'green', 10)]);
    const listed = await client.send(new ListGatewayRulesCommand({ gatewayIdentifier: id }));
    expect(listed.gatewayRules?.map((r) => r.ruleId)).toEqual([created.ruleId]);
    await client.send(new DeleteGatewayRuleCommand({ gatewayIdentifier: id, ruleId: created.ruleId! }));
    await expectError(client.send(new GetGatewayRuleCommand({ gatewayIdentifier: id, ruleId: created.ruleId! })), ResourceNotFoundException, 404);
  });

  test('weights, the number of split entries, unknown targets and taken priorities are refused', async () => {
    const id = await gatewayWithTargets();
    const outOfRange = await expectError(client.send(new CreateGatewayRuleCommand({ gatewayIdentifier: id, priority: 1, actions: [weighted('blue', 'green', 100)] })), ValidationException, 400);
    expect(outOfRange.message).toContain("at 'actions.1.routeToTarget.weightedRoute.trafficSplit.2.weight' failed to satisfy constraint: Member must have value less than or equal to 99");
    const one = { routeToTarget: { weightedRoute: { trafficSplit: [{ name: 'only', targetName: 'blue', weight: 50 }] } } };
    const single = await expectError(client.send(new CreateGatewayRuleCommand({ gatewayIdentifier: id, priority: 1, actions: [one] })), ValidationException, 400);
    expect(single.message).toContain('Member must have length greater than or equal to 2');
    const unknown = await expectError(client.send(new CreateGatewayRuleCommand({ gatewayIdentifier: id, priority: 1, actions: [weighted('blue', 'purple', 30)] })), ValidationException, 400);
    expect(unknown.message).toContain("no target named 'purple'");
    const bundle = await expectError(
      client.send(new CreateGatewayRuleCommand({ gatewayIdentifier: id, priority: 1, actions: [{ configurationBundle: { staticOverride: { bundleArn: 'arn:aws:bedrock-agentcore:us-east-1:000000000000:configuration-bundle/b-0123456789', bundleVersion: '00000000-0000-0000-0000-000000000000' } } }] })),
      ValidationException,
      400,
    );
    expect(bundle.message).toContain('actions.1: the emulator supports only routeToTarget actions; got configurationBundle');
    const sum = { routeToTarget: { weightedRoute: { trafficSplit: [{ name: 'a', targetName: 'blue', weight: 50 }, { name: 'b', targetName: 'green', weight: 40 }] } } };
    const notHundred = await expectError(client.send(new CreateGatewayRuleCommand({ gatewayIdentifier: id, priority: 1, actions: [sum] })), ValidationException, 400);
    expect(notHundred.message).toContain('must add up to 100; they add up to 90');
    const noActions = await expectError(client.send(new CreateGatewayRuleCommand({ gatewayIdentifier: id, priority: 0 } as never)), ValidationException, 400);
    expect(noActions.message).toContain("at 'priority' failed to satisfy constraint: Member must have value greater than or equal to 1");
    expect(noActions.message).toContain("at 'actions' failed to satisfy constraint: Member must not be null");
    await client.send(new CreateGatewayRuleCommand({ gatewayIdentifier: id, priority: 1, actions: [{ routeToTarget: { staticRoute: { targetName: 'blue' } } }] }));
    const taken = await expectError(client.send(new CreateGatewayRuleCommand({ gatewayIdentifier: id, priority: 1, actions: [{ routeToTarget: { staticRoute: { targetName: 'green' } } }] })), ValidationException, 400);
    expect(taken.message).toContain('at priority 1');
    // A target a rule routes to cannot be deleted from under it.
    const blue = (await client.send(new ListGatewayTargetsCommand({ gatewayIdentifier: id }))).items!.find((t) => t.name === 'blue')!;
    await expectError(client.send(new DeleteGatewayTargetCommand({ gatewayIdentifier: id, targetId: blue.targetId! })), ConflictException, 409);
  });
});

describe('gateway data plane', () => {
  test('a static route reaches the runtime endpoint at the target qualifier; the lowest priority number wins', async () => {
    const id = await gatewayWithTargets();
    await client.send(new CreateGatewayRuleCommand({ gatewayIdentifier: id, priority: 20, actions: [{ routeToTarget: { staticRoute: { targetName: 'blue' } } }] }));
    expect(await invokeThrough(id)).toEqual({ status: 200, target: 'blue', version: '1' });
    await client.send(
      new CreateGatewayRuleCommand({
        gatewayIdentifier: id,
        priority: 5,
        conditions: [{ matchPaths: { anyOf: ['/beta/*'] } }],
        actions: [{ routeToTarget: { staticRoute: { targetName: 'green' } } }],
      }),
    );
    expect(await invokeThrough(id, '/beta/invocations')).toEqual({ status: 200, target: 'green', version: '2' });
    expect(await invokeThrough(id, '/invocations')).toEqual({ status: 200, target: 'blue', version: '1' });
  });

  test('no matching rule is a 404; an AWS_IAM gateway refuses unsigned calls', async () => {
    const id = await gatewayWithTargets();
    expect((await invokeThrough(id)).status).toBe(404);
    const unsigned = await fetch(`${emulator.url}/gateway/${id}/invocations`, { method: 'POST', body: '{}' });
    expect(unsigned.status).toBe(403);
  });

  test('requests follow an updated rule only once it is ACTIVE again', async () => {
    const id = await gatewayWithTargets();
    const rule = await client.send(new CreateGatewayRuleCommand({ gatewayIdentifier: id, priority: 1, actions: [{ routeToTarget: { staticRoute: { targetName: 'blue' } } }] }));
    expect((await invokeThrough(id)).target).toBe('blue');
    await control(emulator, 'POST', 'settings', { provisioningDelayMs: 300 });
    await client.send(new UpdateGatewayRuleCommand({ gatewayIdentifier: id, ruleId: rule.ruleId!, actions: [{ routeToTarget: { staticRoute: { targetName: 'green' } } }] }));
    expect(await invokeThrough(id)).toEqual({ status: 200, target: 'blue', version: '1' });
    await eventually(async () => ((await client.send(new GetGatewayRuleCommand({ gatewayIdentifier: id, ruleId: rule.ruleId! }))).status === 'ACTIVE' ? true : undefined));
    expect(await invokeThrough(id)).toEqual({ status: 200, target: 'green', version: '2' });
  });

  test('matchPrincipals routes the callers whose assumed role matches', async () => {
    const id = await gatewayWithTargets();
    await client.send(
      new CreateGatewayRuleCommand({
        gatewayIdentifier: id,
        priority: 1,
        conditions: [{ matchPrincipals: { anyOf: [{ iamPrincipal: { arn: `arn:aws:sts::${ACCOUNT}:assumed-role/testers/*`, operator: 'StringLike' } }] } }],
        actions: [{ routeToTarget: { staticRoute: { targetName: 'green' } } }],
      }),
    );
    await client.send(new CreateGatewayRuleCommand({ gatewayIdentifier: id, priority: 2, actions: [{ routeToTarget: { staticRoute: { targetName: 'blue' } } }] }));
    const iam = new IAMClient(clientOptions(emulator, ACCOUNT, REGION));
    const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' }] };
    await iam.send(new CreateRoleCommand({ RoleName: 'testers', AssumeRolePolicyDocument: JSON.stringify(trust) }));
    iam.destroy();
    const sts = new STSClient(clientOptions(emulator, ACCOUNT, REGION));
    const assumed = await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${ACCOUNT}:role/testers`, RoleSessionName: 'qa' }));
    sts.destroy();
    expect((await invokeThrough(id, '/invocations', assumed.Credentials!.AccessKeyId!)).target).toBe('green');
    expect((await invokeThrough(id)).target).toBe('blue');
  });

  test('gatewaySeed must be a whole number', async () => {
    await expect(control(emulator, 'POST', 'settings', { gatewaySeed: 1.5 })).rejects.toThrow(/400 .*must be a whole number/);
  });

  test('a 30 % split with a fixed seed sends about 30 % of 200 requests to the second target, the same way each run', async () => {
    const id = await gatewayWithTargets();
    await client.send(new CreateGatewayRuleCommand({ gatewayIdentifier: id, priority: 1, actions: [weighted('blue', 'green', 30)] }));
    const run = async () => {
      await control(emulator, 'POST', 'settings', { gatewaySeed: 42 });
      const versions: string[] = [];
      for (let i = 0; i < 200; i++) versions.push((await invokeThrough(id)).version!);
      return versions;
    };
    const first = await run();
    const second = first.filter((v) => v === '2').length;
    expect(first.filter((v) => v === '1').length + second).toBe(200);
    expect(second).toBeGreaterThanOrEqual(45);
    expect(second).toBeLessThanOrEqual(75);
    expect(await run()).toEqual(first);
  });
});
