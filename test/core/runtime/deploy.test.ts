import {
  BedrockAgentCoreControlClient,
  CreateAgentRuntimeCommand,
  GetAgentRuntimeCommand,
  ListAgentRuntimesCommand,
  UpdateAgentRuntimeCommand,
  ValidationException,
  type GetAgentRuntimeResponse,
} from '@aws-sdk/client-bedrock-agentcore-control';
import { mockClient } from 'aws-sdk-client-mock';
import { FakeClock } from '../../../src/testing/fake-clock.js';
import { UserError } from '../../../src/core/errors.js';
import { RecordingLogger } from '../../../src/testing/recording-logger.js';
import { deployRuntime, type DeployOptions } from '../../../src/core/runtime/deploy.js';
import { buildDesiredRuntime, type DesiredRuntime } from '../../../src/core/runtime/request.js';
import { IMAGE_A, IMAGE_B, testConfig } from '../fixtures.js';

const SECRET = 'the-secret-value-9d1';
const ID = 'support_bot_dev-abcdefghij';
const ARN = `arn:aws:bedrock-agentcore:us-west-2:111111111111:runtime/${ID}`;
const control = mockClient(BedrockAgentCoreControlClient);

function desired(imageUri = IMAGE_A, variables: Record<string, string> = {}): DesiredRuntime {
  const runtime = testConfig({ secrets: { API_KEY: 'ssm:/team/api-key' }, environment_variables: { MODEL_ID: 'model-a', ...variables } }).environment('dev')
    .agent_runtimes['support-bot']!;
  return buildDesiredRuntime({ runtime, imageUri, roleArn: 'arn:aws:iam::111111111111:role/r', secretValues: { API_KEY: SECRET }, commit: 'abcdef0123' });
}

function version(of: DesiredRuntime, number: string, status = 'READY', failureReason?: string): GetAgentRuntimeResponse {
  return {
    agentRuntimeArn: ARN,
    agentRuntimeId: ID,
    agentRuntimeName: of.name,
    agentRuntimeVersion: number,
    createdAt: new Date(),
    lastUpdatedAt: new Date(),
    status: status as GetAgentRuntimeResponse['status'],
    description: of.description,
    ...(failureReason ? { failureReason } : {}),
    ...structuredClone(of.settings),
  };
}

function options(want: DesiredRuntime, extra: Partial<DeployOptions> = {}): DeployOptions & { logger: RecordingLogger; clock: FakeClock } {
  return {
    control: new BedrockAgentCoreControlClient({ region: 'us-west-2' }),
    desired: want,
    wait: true,
    timeoutMs: 60_000,
    clock: new FakeClock(0),
    logger: new RecordingLogger(),
    where: { environment: 'dev', runtime: 'support-bot', region: 'us-west-2', configPath: 'environments.dev.agent_runtimes.support-bot' },
    ...extra,
  } as DeployOptions & { logger: RecordingLogger; clock: FakeClock };
}

const listed = (name = 'support_bot_dev') => ({
  agentRuntimes: [{ agentRuntimeName: 'other', agentRuntimeId: 'other-0123456789' } as never, { agentRuntimeName: name, agentRuntimeId: ID, agentRuntimeArn: ARN } as never],
});

beforeEach(() => control.reset());

test('creates an absent runtime with a deterministic token and waits for READY', async () => {
  const want = desired();
  control.on(ListAgentRuntimesCommand).resolvesOnce({ agentRuntimes: [], nextToken: 'page2' }).resolves({ agentRuntimes: [] });
  control.on(CreateAgentRuntimeCommand).resolves({ agentRuntimeArn: ARN, agentRuntimeId: ID, agentRuntimeVersion: '1', status: 'CREATING' });
  control.on(GetAgentRuntimeCommand).resolvesOnce(version(want, '1', 'CREATING')).resolves(version(want, '1'));
  const opts = options(want);
  const result = await deployRuntime(opts);
  expect(result).toEqual({ runtimeId: ID, runtimeArn: ARN, version: '1', created: true, status: 'READY', changes: ['new runtime'] });
  expect(control.commandCalls(ListAgentRuntimesCommand)).toHaveLength(2);
  const sent = control.commandCalls(CreateAgentRuntimeCommand)[0]!.args[0].input;
  expect(sent).toMatchObject({ agentRuntimeName: 'support_bot_dev', description: want.description, ...want.settings });
  expect(sent.clientToken).toMatch(/^[0-9a-f]{64}$/);
  expect(opts.logger.lines.join('\n')).not.toContain(SECRET);

  control.reset();
  control.on(ListAgentRuntimesCommand).resolves({ agentRuntimes: [] });
  control.on(CreateAgentRuntimeCommand).resolves({ agentRuntimeArn: ARN, agentRuntimeId: ID, agentRuntimeVersion: '1', status: 'CREATING' });
  await deployRuntime(options(want, { wait: false }));
  expect(control.commandCalls(CreateAgentRuntimeCommand)[0]!.args[0].input.clientToken).toBe(sent.clientToken);
  expect(control.commandCalls(GetAgentRuntimeCommand)).toHaveLength(0);
});

test('makes no mutating call when the newest READY version runs the same request', async () => {
  const want = desired();
  control.on(ListAgentRuntimesCommand).resolves(listed());
  control.on(GetAgentRuntimeCommand).resolves(version(want, '4'));
  const result = await deployRuntime(options(want));
  expect(result).toMatchObject({ version: '4', previousVersion: '4', created: false, changes: [] });
  expect(result.noopReason).toBe(`version 4 is READY and already runs this image and configuration (config ${want.configHash.slice(0, 12)})`);
  expect(control.commandCalls(UpdateAgentRuntimeCommand)).toHaveLength(0);
  expect(control.commandCalls(CreateAgentRuntimeCommand)).toHaveLength(0);
});

test('updates when the image changed, with a token tied to the version it replaces', async () => {
  const want = desired(IMAGE_B);
  control.on(ListAgentRuntimesCommand).resolves(listed());
  control.on(GetAgentRuntimeCommand, { agentRuntimeId: ID }).resolves(version(desired(IMAGE_A), '4'));
  control.on(GetAgentRuntimeCommand, { agentRuntimeId: ID, agentRuntimeVersion: '5' }).resolves(version(want, '5'));
  control.on(UpdateAgentRuntimeCommand).resolves({ agentRuntimeArn: ARN, agentRuntimeId: ID, agentRuntimeVersion: '5', status: 'UPDATING' });
  const result = await deployRuntime(options(want));
  expect(result).toMatchObject({ version: '5', previousVersion: '4', created: true, status: 'READY', changes: [`image: ${IMAGE_A} → ${IMAGE_B}`] });
  const sent = control.commandCalls(UpdateAgentRuntimeCommand)[0]!.args[0].input;
  expect(sent).toMatchObject({ agentRuntimeId: ID, ...want.settings });

  // The same change from another base version is another request: another token.
  control.reset();
  control.on(ListAgentRuntimesCommand).resolves(listed());
  control.on(GetAgentRuntimeCommand).resolves(version(desired(IMAGE_A), '7'));
  control.on(UpdateAgentRuntimeCommand).resolves({ agentRuntimeArn: ARN, agentRuntimeId: ID, agentRuntimeVersion: '8', status: 'UPDATING' });
  await deployRuntime(options(want, { wait: false }));
  expect(control.commandCalls(UpdateAgentRuntimeCommand)[0]!.args[0].input.clientToken).not.toBe(sent.clientToken);
});

test('a version still UPDATING from an earlier run is waited for before comparing', async () => {
  const want = desired();
  control.on(ListAgentRuntimesCommand).resolves(listed());
  control.on(GetAgentRuntimeCommand).resolvesOnce(version(want, '3', 'UPDATING')).resolves(version(want, '3'));
  const opts = options(want);
  const result = await deployRuntime(opts);
  expect(result.created).toBe(false);
  expect(opts.logger.lines).toContain('Version 3 of support_bot_dev is still UPDATING from an earlier run; waiting for it to settle.');
});

test('a failed newest version is deployed again even when nothing differs', async () => {
  const want = desired();
  control.on(ListAgentRuntimesCommand).resolves(listed());
  control.on(GetAgentRuntimeCommand, { agentRuntimeId: ID }).resolves(version(want, '3', 'UPDATE_FAILED', 'boom'));
  control.on(GetAgentRuntimeCommand, { agentRuntimeId: ID, agentRuntimeVersion: '4' }).resolves(version(want, '4'));
  control.on(UpdateAgentRuntimeCommand).resolves({ agentRuntimeArn: ARN, agentRuntimeId: ID, agentRuntimeVersion: '4', status: 'UPDATING' });
  const result = await deployRuntime(options(want));
  expect(result.changes).toEqual(['the newest version 3 is UPDATE_FAILED: deploying the same request again']);
});

test('a version that ends FAILED fails with AWS failureReason and what to check', async () => {
  const want = desired();
  control.on(ListAgentRuntimesCommand).resolves({ agentRuntimes: [] });
  control.on(CreateAgentRuntimeCommand).resolves({ agentRuntimeArn: ARN, agentRuntimeId: ID, agentRuntimeVersion: '1', status: 'CREATING' });
  control.on(GetAgentRuntimeCommand).resolves(version(want, '1', 'CREATE_FAILED', `Image not found: ${IMAGE_A}. Push the image to ECR before deploying.`));
  const error = await deployRuntime(options(want)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toBe(
    'Version 1 of agent runtime support_bot_dev (environment "dev", runtime "support-bot", us-west-2) ended CREATE_FAILED: ' +
      `Image not found: ${IMAGE_A}. Push the image to ECR before deploying. Check that the image ${IMAGE_A} exists and is linux/arm64, ` +
      'that the role arn:aws:iam::111111111111:role/r exists and trusts bedrock-agentcore.amazonaws.com, and the network and authorizer settings.',
  );
});

test('a refused request names the fields and never quotes a secret value', async () => {
  const want = desired();
  control.on(ListAgentRuntimesCommand).resolves({ agentRuntimes: [] });
  control.on(CreateAgentRuntimeCommand).rejects(
    new ValidationException({
      message: `Value '${SECRET}' is too long`,
      reason: 'FieldValidationFailed',
      fieldList: [{ name: 'environmentVariables.API_KEY', message: `'${SECRET}' exceeds 5000 characters` }],
      $metadata: { httpStatusCode: 400 },
    }),
  );
  const error = (await deployRuntime(options(want)).catch((e: unknown) => e)) as Error;
  expect(error).toBeInstanceOf(UserError);
  expect(error.message).toBe(
    'AgentCore refused CreateAgentRuntime for agent runtime support_bot_dev (environment "dev", runtime "support-bot", us-west-2): ' +
      "Value '***' is too long (environmentVariables.API_KEY: '***' exceeds 5000 characters). Fix the settings at environments.dev.agent_runtimes.support-bot in the config.",
  );
});

test('the wait times out with the last status seen', async () => {
  const want = desired();
  control.on(ListAgentRuntimesCommand).resolves({ agentRuntimes: [] });
  control.on(CreateAgentRuntimeCommand).resolves({ agentRuntimeArn: ARN, agentRuntimeId: ID, agentRuntimeVersion: '1', status: 'CREATING' });
  control.on(GetAgentRuntimeCommand).resolves(version(want, '1', 'CREATING'));
  await expect(deployRuntime(options(want, { timeoutMs: 120_000 }))).rejects.toThrow(
    'Timed out after 2m 00s waiting for support_bot_dev version 1; the last status seen was CREATING. AgentCore may still finish it: raise the input "timeout-minutes", or see the runtime in the AWS console.',
  );
});

test('a throttled status poll is polled again, not a failed deploy', async () => {
  const want = desired();
  const throttled = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 429 } });
  control.on(ListAgentRuntimesCommand).resolves({ agentRuntimes: [] });
  control.on(CreateAgentRuntimeCommand).resolves({ agentRuntimeArn: ARN, agentRuntimeId: ID, agentRuntimeVersion: '1', status: 'CREATING' });
  control.on(GetAgentRuntimeCommand).rejectsOnce(throttled).resolves(version(want, '1'));
  await expect(deployRuntime(options(want))).resolves.toMatchObject({ version: '1', status: 'READY' });
  expect(control.commandCalls(GetAgentRuntimeCommand)).toHaveLength(2);
});
