import type { GetAgentRuntimeResponse } from '@aws-sdk/client-bedrock-agentcore-control';
import { describeChanges } from '../../../src/core/runtime/compare.js';
import { buildDesiredRuntime, runtimeRoleArn, versionDescription, type DesiredRuntimeInput } from '../../../src/core/runtime/request.js';
import { IMAGE_A, IMAGE_B, testConfig } from '../fixtures.js';

const SECRET = 'super-secret-value-123';

function input(runtime: Record<string, unknown> = {}, overrides: Partial<DesiredRuntimeInput> = {}): DesiredRuntimeInput {
  const config = testConfig({ secrets: { API_KEY: 'ssm:/team/api-key' }, ...runtime });
  const environment = config.environment('dev');
  return {
    runtime: environment.agent_runtimes['support-bot']!,
    imageUri: IMAGE_A,
    roleArn: runtimeRoleArn(environment, environment.agent_runtimes['support-bot']!, '111111111111'),
    secretValues: { API_KEY: SECRET },
    commit: '0123456789abcdef0123456789abcdef01234567',
    ...overrides,
  };
}

/** What GetAgentRuntime answers for a version made from this request. */
function deployedFrom(desired: ReturnType<typeof buildDesiredRuntime>): GetAgentRuntimeResponse {
  return {
    agentRuntimeArn: 'arn:aws:bedrock-agentcore:us-west-2:111111111111:runtime/support_bot_dev-abcdefghij',
    agentRuntimeName: desired.name,
    agentRuntimeId: 'support_bot_dev-abcdefghij',
    agentRuntimeVersion: '1',
    createdAt: new Date(),
    lastUpdatedAt: new Date(),
    status: 'READY',
    description: desired.description,
    ...structuredClone(desired.settings),
  };
}

test('the request carries every setting, the role from naming, and the secret value only in the environment variables', () => {
  const desired = buildDesiredRuntime(input());
  expect(desired.name).toBe('support_bot_dev');
  expect(desired.settings).toEqual({
    agentRuntimeArtifact: { containerConfiguration: { containerUri: IMAGE_A } },
    roleArn: 'arn:aws:iam::111111111111:role/agentcore-dev-support-bot-runtime',
    networkConfiguration: { networkMode: 'PUBLIC' },
    protocolConfiguration: { serverProtocol: 'HTTP' },
    lifecycleConfiguration: { idleRuntimeSessionTimeout: 900, maxLifetime: 28800 },
    environmentVariables: { LOG_LEVEL: 'debug', MODEL_ID: 'model-a', API_KEY: SECRET },
  });
  expect(desired.secretNames).toEqual(['API_KEY']);
  expect(desired.description).toBe(`commit 0123456 config ${desired.configHash.slice(0, 12)}`);
  expect(JSON.stringify({ hash: desired.configHash, description: desired.description })).not.toContain(SECRET);
});

test('an ARN in iam_role is used as it is; VPC and lifecycle map to AWS members', () => {
  const desired = buildDesiredRuntime(
    input({
      iam_role: 'arn:aws:iam::111111111111:role/custom',
      network_mode: 'VPC',
      vpc: { subnets: ['subnet-0123456789abcdef0'], security_groups: ['sg-0123456789abcdef0'] },
      lifecycle: { idle_timeout_seconds: 120, max_lifetime_seconds: 3600 },
      protocol: 'MCP',
    }),
  );
  const environment = testConfig({ iam_role: 'arn:aws:iam::111111111111:role/custom' }).environment('dev');
  expect(runtimeRoleArn(environment, environment.agent_runtimes['support-bot']!, '111111111111')).toBe('arn:aws:iam::111111111111:role/custom');
  expect(desired.settings.networkConfiguration).toEqual({
    networkMode: 'VPC',
    networkModeConfig: { subnets: ['subnet-0123456789abcdef0'], securityGroups: ['sg-0123456789abcdef0'] },
  });
  expect(desired.settings.lifecycleConfiguration).toEqual({ idleRuntimeSessionTimeout: 120, maxLifetime: 3600 });
  expect(desired.settings.protocolConfiguration).toEqual({ serverProtocol: 'MCP' });
});

test('the config hash ignores the image, the commit and secret values, and follows references and settings', () => {
  const base = buildDesiredRuntime(input()).configHash;
  expect(buildDesiredRuntime(input({}, { imageUri: IMAGE_B, commit: 'f'.repeat(40), secretValues: { API_KEY: 'rotated' } })).configHash).toBe(base);
  expect(buildDesiredRuntime(input({ secrets: { API_KEY: 'ssm:/team/other-key' } })).configHash).not.toBe(base);
  expect(buildDesiredRuntime(input({ environment_variables: { MODEL_ID: 'model-b' } })).configHash).not.toBe(base);
  expect(buildDesiredRuntime(input({ description: 'Support bot' })).configHash).not.toBe(base);
});

test('the description keeps the user text and fits 1200 characters', () => {
  expect(versionDescription('Support bot', 'abcdef0123', 'c'.repeat(64))).toBe('Support bot (commit abcdef0 config cccccccccccc)');
  expect(versionDescription(undefined, '', 'c'.repeat(64))).toBe('config cccccccccccc');
  const long = versionDescription('x'.repeat(1200), 'abcdef0', 'c'.repeat(64));
  expect(long).toHaveLength(1200);
  expect(long.endsWith('… (commit abcdef0 config cccccccccccc)')).toBe(true);
});

describe('describeChanges', () => {
  test('nothing differs from a version made from the same request, whatever its commit', () => {
    const desired = buildDesiredRuntime(input());
    const deployed = deployedFrom(buildDesiredRuntime(input({}, { commit: 'f'.repeat(40) })));
    expect(describeChanges(desired, deployed)).toEqual([]);
  });

  test('an empty map, a missing one and list order are the same to AgentCore', () => {
    const desired = buildDesiredRuntime(
      input(
        { network_mode: 'VPC', vpc: { subnets: ['subnet-0000000000000000a', 'subnet-0000000000000000b'], security_groups: ['sg-0123456789abcdef0'] }, secrets: {} },
        { secretValues: {} },
      ),
    );
    const deployed = deployedFrom(desired);
    deployed.networkConfiguration!.networkModeConfig!.subnets!.reverse();
    expect(describeChanges(desired, deployed)).toEqual([]);
  });

  test('names each difference and never shows a variable value', () => {
    const desired = buildDesiredRuntime(input());
    const deployed = deployedFrom(
      buildDesiredRuntime(input({ environment_variables: { MODEL_ID: 'model-b', OLD: 'x' }, protocol: 'MCP' }, { imageUri: IMAGE_B, secretValues: { API_KEY: 'old-secret' } })),
    );
    const changes = describeChanges(desired, deployed);
    expect(changes).toEqual([
      `image: ${IMAGE_B} → ${IMAGE_A}`,
      'protocol: MCP → HTTP',
      'environment variables: OLD removed, secret API_KEY changed (value hidden), MODEL_ID changed',
    ]);
    expect(changes.join('\n')).not.toMatch(/old-secret|super-secret|model-a|model-b/);
  });

  test('a secret moved to another reference with the same value changes the config hash', () => {
    const desired = buildDesiredRuntime(input({ secrets: { API_KEY: 'ssm:/team/new-key' } }));
    const deployed = deployedFrom(buildDesiredRuntime(input()));
    expect(describeChanges(desired, deployed)).toEqual([
      `config hash: ${deployed.description!.slice(-12)} → ${desired.configHash.slice(0, 12)} (secret references changed)`,
    ]);
  });

  test('the user description counts, the marker does not', () => {
    const desired = buildDesiredRuntime(input({ description: 'New text' }));
    const deployed = deployedFrom(buildDesiredRuntime(input({ description: 'Old text' })));
    expect(describeChanges(desired, deployed)).toEqual(['description: "Old text" → "New text"']);
    deployed.description = 'set by hand';
    expect(describeChanges(desired, deployed)).toEqual(['description: "set by hand" → "New text"']);
  });

  test('an authorizer added or removed is a change', () => {
    const authorizer = { discoveryUrl: 'https://cognito-idp.us-west-2.amazonaws.com/us-west-2_abc/.well-known/openid-configuration', allowedClients: ['client1'] };
    const desired = buildDesiredRuntime(input({}, { authorizer }));
    expect(describeChanges(desired, deployedFrom(buildDesiredRuntime(input())))).toContain(
      `authorizer: IAM (none) → {"allowedClients":["client1"],"discoveryUrl":"${authorizer.discoveryUrl}"}`,
    );
    const deployed = deployedFrom(desired);
    deployed.authorizerConfiguration = { customJWTAuthorizer: { ...authorizer, allowedAudience: [] } };
    expect(describeChanges(desired, deployed)).toEqual([]);
  });
});
