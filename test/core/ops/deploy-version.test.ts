import { CreateAgentRuntimeCommand, GetAgentRuntimeCommand, UpdateAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { DescribeImagesCommand } from '@aws-sdk/client-ecr';
import { DeleteParameterCommand, PutParameterCommand } from '@aws-sdk/client-ssm';
import type { ClientFactory } from '../../../src/core/aws/clients.js';
import { CancelledError } from '../../../src/core/cancel.js';
import { UserError } from '../../../src/core/errors.js';
import { deployVersion, type DeployVersionRequest } from '../../../src/core/ops/deploy-version.js';
import { DIGEST_A, DIGEST_B, IMAGE_A, IMAGE_B } from '../fixtures.js';
import { awsError } from '../../helpers/mocked-aws.js';
import { ACCOUNT, FakeAws, LEDGER, LOCK, RUN, SECRET_VALUE, START, clients, control, credentialsForAnotherAccount, ecr, loadConfig, ssm, tools } from './runtime-fakes.js';
import { cancelOnSleep } from '../../helpers/cancel.js';

const aws = new FakeAws();
beforeEach(() => aws.reset());

/** Another target's clients are never needed for an image in this registry: asking for them fails the test. */
const clientsFor: ClientFactory = async (target) => {
  throw new Error(`clientsFor called for ${target.region}`);
};

function request(imageUri: string, extra: Partial<DeployVersionRequest> = {}) {
  const config = loadConfig();
  const environment = config.environment('dev');
  const { clock, logger } = tools();
  return {
    config,
    environment,
    runtime: environment.agent_runtimes['support-bot']!,
    source: { imageUri },
    wait: true,
    timeoutMs: 10 * 60_000,
    run: RUN,
    clients: clients(),
    clientsFor,
    ...extra,
    clock,
    logger,
  } satisfies DeployVersionRequest;
}

const mutating = () => [...control.commandCalls(CreateAgentRuntimeCommand), ...control.commandCalls(UpdateAgentRuntimeCommand)];

test('creates an absent runtime under the lease, waits for READY on the fake clock, records the version and syncs the config copy', async () => {
  const req = request(IMAGE_A);
  const result = await deployVersion(req);

  expect(result).toMatchObject({ account: ACCOUNT, version: '1', created: true, status: 'READY', changes: ['new runtime'], image: { imageUri: IMAGE_A, digest: DIGEST_A } });
  expect(result).not.toHaveProperty('previousVersion');
  const created = control.commandCalls(CreateAgentRuntimeCommand)[0]!.args[0].input;
  expect(created).toMatchObject({ agentRuntimeName: 'support_bot_dev', roleArn: `arn:aws:iam::${ACCOUNT}:role/agentcore-dev-support-bot-runtime` });
  expect(created.agentRuntimeArtifact?.containerConfiguration?.containerUri).toBe(IMAGE_A);
  // The secret value goes into the AgentCore request, masked, and nowhere else.
  expect(created.environmentVariables).toMatchObject({ API_KEY: SECRET_VALUE, MODEL_ID: 'model-a', LOG_LEVEL: 'debug' });
  expect(req.logger.secrets).toContain(SECRET_VALUE);
  expect(req.logger.lines.join('\n')).not.toContain(SECRET_VALUE);

  // Waited through CREATING with the fake clock's sleeps, no real time.
  expect(control.commandCalls(GetAgentRuntimeCommand, { agentRuntimeVersion: '1' }).length).toBeGreaterThanOrEqual(2);
  expect(req.clock.sleeps.length).toBeGreaterThan(0);
  expect(req.clock.now()).toBe(START + req.clock.sleeps.reduce((a, b) => a + b, 0));

  // The lease: taken with Overwrite=false before the create, released after the ledger write.
  const puts = ssm.commandCalls(PutParameterCommand).map((c) => c.args[0].input);
  expect(puts[0]).toMatchObject({ Name: LOCK, Overwrite: false, Type: 'String' });
  expect(JSON.parse(puts[0]!.Value!)).toMatchObject({ holder: RUN.runUrl, acquiredAt: new Date(START).toISOString() });
  expect(puts[1]).toMatchObject({ Name: LEDGER, Overwrite: true });
  expect(ssm.commandCalls(DeleteParameterCommand).map((c) => c.args[0].input.Name)).toEqual([LOCK]);
  expect(aws.parameters.has(LOCK)).toBe(false);
  expect(req.logger.lines).toContain(`Released the lease ${LOCK}.`);

  expect(aws.ledger()!.entries).toEqual([
    {
      type: 'version',
      version: '1',
      imageDigest: DIGEST_A,
      imageUri: IMAGE_A,
      configHash: result.configHash,
      commit: RUN.commit,
      actor: RUN.actor,
      runUrl: RUN.runUrl,
      time: new Date(req.clock.now()).toISOString(),
    },
  ]);
  expect(aws.parameters.get(LEDGER)!.value).not.toContain(SECRET_VALUE);
  expect(result.ledger?.tier).toBe('Standard');

  // Auto sync wrote the config copies after the change, with secret references only.
  expect(puts.slice(2).map((p) => p.Name)).toEqual(['/agentcore/dev/config', '/agentcore/dev/config/runtimes/support-bot', '/agentcore/dev/config/runtimes/triage']);
  expect(aws.parameters.get('/agentcore/dev/config/runtimes/support-bot')!.value).toContain('ssm:/team/api-key');
  expect(aws.parameters.get('/agentcore/dev/config/runtimes/support-bot')!.value).not.toContain(SECRET_VALUE);
  expect(req.logger.lines).toContain('Synced the config copy of "dev" to SSM: 3 parameter(s) written.');
});

test('a new image updates the runtime to the next version, naming the change', async () => {
  await deployVersion(request(IMAGE_A));
  control.resetHistory();
  const req = request(IMAGE_B);
  const result = await deployVersion(req);

  expect(result).toMatchObject({ version: '2', previousVersion: '1', created: true, status: 'READY', changes: [`image: ${IMAGE_A} → ${IMAGE_B}`] });
  expect(control.commandCalls(CreateAgentRuntimeCommand)).toHaveLength(0);
  const update = control.commandCalls(UpdateAgentRuntimeCommand);
  expect(update).toHaveLength(1);
  expect(update[0]!.args[0].input.agentRuntimeArtifact?.containerConfiguration?.containerUri).toBe(IMAGE_B);
  expect(aws.ledger()!.entries.map((e) => e.type === 'version' && [e.version, e.imageDigest])).toEqual([
    ['1', DIGEST_A],
    ['2', DIGEST_B],
  ]);
  expect(req.logger.lines).toContain(`Updating support_bot_dev (newest version 1):\n  image: ${IMAGE_A} → ${IMAGE_B}`);
});

test('the same image and config again is a no-op: no mutating call, no lease, no write', async () => {
  await deployVersion(request(IMAGE_A));
  control.resetHistory();
  ssm.resetHistory();
  const req = request(IMAGE_A);
  const result = await deployVersion(req);

  expect(result).toMatchObject({ version: '1', previousVersion: '1', created: false, changes: [] });
  expect(result.noopReason).toBe(`version 1 is READY and already runs this image and configuration (config ${result.configHash.slice(0, 12)})`);
  expect(result).not.toHaveProperty('ledger');
  expect(mutating()).toHaveLength(0);
  expect(ssm.commandCalls(PutParameterCommand)).toHaveLength(0);
  expect(ssm.commandCalls(DeleteParameterCommand)).toHaveLength(0);
  expect(req.logger.lines.some((line) => line.startsWith('Holding the lease'))).toBe(false);
});

test('a no-op whose version the ledger lacks (an earlier run stopped before recording) is recorded under the lease', async () => {
  await deployVersion(request(IMAGE_A));
  aws.parameters.delete(LEDGER);
  ssm.resetHistory();
  control.resetHistory();
  const req = request(IMAGE_A);
  const result = await deployVersion(req);

  expect(result.created).toBe(false);
  expect(mutating()).toHaveLength(0);
  expect(aws.puts()).toEqual([LOCK, LEDGER]);
  expect(aws.parameters.has(LOCK)).toBe(false);
  expect(aws.ledger()!.entries).toMatchObject([{ type: 'version', version: '1', imageDigest: DIGEST_A }]);
  expect(result.ledger?.entries).toBe(1);
  expect(req.logger.lines).toContain(`notice: Ledger ${LEDGER}: recorded version 1 that an earlier run deployed but did not record.`);
});

test('a version that ends CREATE_FAILED fails with AWS failureReason, records nothing and releases the lease', async () => {
  aws.nextVersionFails = { status: 'CREATE_FAILED', reason: 'Container failed to start: exec format error.' };
  const req = request(IMAGE_A);
  const error = await deployVersion(req).catch((e: unknown) => e);

  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toBe(
    'Version 1 of agent runtime support_bot_dev (environment "dev", runtime "support-bot", us-west-2) ended CREATE_FAILED: ' +
      `Container failed to start: exec format error. Check that the image ${IMAGE_A} exists and is linux/arm64, ` +
      `that the role arn:aws:iam::${ACCOUNT}:role/agentcore-dev-support-bot-runtime exists and trusts bedrock-agentcore.amazonaws.com, and the network and authorizer settings.`,
  );
  expect((error as Error).message).not.toContain(SECRET_VALUE);
  expect(aws.ledger()).toBeUndefined();
  expect(aws.puts()).toEqual([LOCK]);
  expect(aws.parameters.has(LOCK)).toBe(false);
  expect(req.clock.sleeps.length).toBeGreaterThan(0);
});

test('a digest that is not in the repository fails with the URI before any runtime call, and takes no lease', async () => {
  ecr.on(DescribeImagesCommand).rejects(awsError('ImageNotFoundException', "The image with imageId {imageDigest:'x'} does not exist within the repository"));
  const req = request(IMAGE_A);
  const error = await deployVersion(req).catch((e: unknown) => e);

  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toBe(
    `The image ${IMAGE_A} is not in the registry: repository support-bot of account ${ACCOUNT} in us-west-2 has no image with digest ${DIGEST_A}. ` +
      'No version was made. Push the image with build-push first and pass the image-uri it outputs, or check the account, region, repository and digest.',
  );
  expect(ecr.commandCalls(DescribeImagesCommand)[0]!.args[0].input).toEqual({ registryId: ACCOUNT, repositoryName: 'support-bot', imageIds: [{ imageDigest: DIGEST_A }] });
  expect(control.commandCalls(GetAgentRuntimeCommand)).toHaveLength(0);
  expect(mutating()).toHaveLength(0);
  expect(aws.puts()).toEqual([]);
  expect(req.logger.lines.join('\n')).not.toContain('Image found');
});

test('credentials for another account change nothing', async () => {
  const refusal = credentialsForAnotherAccount();
  const error = await deployVersion(request(IMAGE_A)).catch((e: unknown) => e);

  expect((error as Error).message).toBe(refusal);
  expect(control.calls()).toHaveLength(0);
  expect(ssm.calls()).toHaveLength(0);
});

test('from-environment refuses the environment being deployed to, and another account without from-role-arn', async () => {
  const self = await deployVersion({ ...request(IMAGE_A), source: { fromEnvironment: 'dev' } }).catch((e: unknown) => e);
  expect((self as Error).message).toBe('Input "from-environment" names the environment being deployed to ("dev"): name the environment to promote from.');

  const other = await deployVersion({ ...request(IMAGE_A), source: { fromEnvironment: 'prod' } }).catch((e: unknown) => e);
  expect((other as Error).message).toBe(
    'Environment "prod" is in account 333333333333, and these credentials are for account 111111111111. ' +
      'Set the input "from-role-arn" to a role in 333333333333 that this job may assume and that can read AgentCore and SSM there.',
  );
  expect(mutating()).toHaveLength(0);
  expect(ssm.commandCalls(PutParameterCommand)).toHaveLength(0);
});

test('cancelled while AgentCore makes the version: the version is recorded in the ledger, the lease released, and the error says so', async () => {
  const controller = new AbortController();
  const req = request(IMAGE_A, { signal: controller.signal });
  // The cancel lands during the wait for READY, after CreateAgentRuntime was accepted.
  cancelOnSleep(req.clock, controller, () => mutating().length > 0);
  const error = await deployVersion(req).catch((e: unknown) => e);

  expect(error).toBeInstanceOf(CancelledError);
  expect((error as Error).message).toBe('Cancelled while AgentCore was making version 1 of support_bot_dev: the version is recorded in the ledger, and a re-run waits for it.');
  expect(mutating()).toHaveLength(1);
  expect(aws.ledger()!.entries).toEqual([expect.objectContaining({ type: 'version', version: '1', imageDigest: DIGEST_A })]);
  expect(aws.parameters.has(LOCK)).toBe(false);
});

test('cancelled before the lease is taken: nothing is made, nothing recorded', async () => {
  const controller = new AbortController();
  controller.abort();
  const error = await deployVersion(request(IMAGE_A, { signal: controller.signal })).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CancelledError);
  expect(mutating()).toHaveLength(0);
  expect(aws.ledger()).toBeUndefined();
  expect(aws.parameters.has(LOCK)).toBe(false);
});
