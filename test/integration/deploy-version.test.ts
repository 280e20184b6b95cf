/**
 * deploy-version as a bundled process (dist/deploy-version) against the in-process emulator:
 * versions made, no-ops, failures, throttling, concurrency, cross-account promotion, secrets.
 * Run `npm run build` first.
 */
import {
  BedrockAgentCoreControlClient,
  CreateAgentRuntimeEndpointCommand,
  GetAgentRuntimeCommand,
  GetAgentRuntimeEndpointCommand,
  ListAgentRuntimeVersionsCommand,
  ListAgentRuntimesCommand,
} from '@aws-sdk/client-bedrock-agentcore-control';
import { CloudFormationClient, CreateStackCommand, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { CreateRepositoryCommand, ECRClient, SetRepositoryPolicyCommand } from '@aws-sdk/client-ecr';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { GetParameterCommand, GetParametersByPathCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseLedger } from '../../src/core/ledger.js';
import { RecordingLogger } from '../../src/testing/recording-logger.js';
import { loginToEcr, pushOciLayout, writeOciLayout } from '../../src/core/registry/index.js';
import type { RequestLogEntry } from '../../src/emulator/state.js';
import type { RunningEmulator } from '../../src/emulator/server.js';
import { actionEnv } from '../helpers/action-env.js';
import { runDistAction, type ActionRun } from '../helpers/action-runner.js';
import { agentConfig, writeAgentConfig, type EnvironmentInput, type RuntimeInput } from '../helpers/configs.js';
import { clientOptions, control, useTestEmulator } from '../helpers/emulator.js';

const DEV = { account: '111111111111', region: 'us-west-2' };
const STAGING = { account: '222222222222', region: 'eu-west-1' };
const PROD = { account: '333333333333', region: 'us-east-1' };
type Where = typeof DEV;
const SECRET = 'sk-live-7f3a9c1e55d04b2a';
const LEDGER = '/agentcore/dev/runtimes/support-bot/ledger';
const READ_ONLY = /^(Get|List|Describe|BatchGet|Invoke|Head|Ping)/;

let emulator: RunningEmulator;
let workspace: string;

// endpointEnv: the test pushes images with the product's registry client, which finds the emulator like the actions do.
useTestEmulator((started) => {
  emulator = started;
  workspace = mkdtempSync(join(tmpdir(), 'deploy-version-'));
}, { endpointEnv: true });

function writeConfig(runtime: RuntimeInput = {}, prod: EnvironmentInput = {}): string {
  const config = agentConfig({
    account: DEV.account,
    region: DEV.region,
    dev: { environment_variables: { LOG_LEVEL: 'debug' }, default_agent_runtime: 'support-bot' },
    runtime: { environment_variables: { MODEL_ID: 'model-a' }, secrets: { API_KEY: 'ssm:/team/api-key' }, ...runtime },
    environments: {
      staging: { extends: 'dev', region: STAGING.region, account_id: STAGING.account },
      prod: { extends: 'dev', region: PROD.region, account_id: PROD.account, ...prod },
    },
    global: { ecr_repositories: { 'support-bot': { cross_account_pull: [PROD.account] } } },
  });
  return writeAgentConfig(workspace, config);
}

function deploy(inputs: Record<string, string>, where: Where = DEV, runId = '4242', entry?: 'root'): Promise<ActionRun> {
  return runDistAction('deploy-version', {
    ...(entry ? { entry } : {}),
    cwd: workspace,
    inputs: { 'config-file': 'agentcore.json', 'timeout-minutes': '2', ...inputs },
    env: actionEnv(emulator, where.account, runId),
  });
}

const control$ = (where: Where) => new BedrockAgentCoreControlClient(clientOptions(emulator, where.account, where.region));
const ssm = (where: Where) => new SSMClient(clientOptions(emulator, where.account, where.region));
const ecr = (where: Where) => new ECRClient(clientOptions(emulator, where.account, where.region));

/** Pushes a tiny image built in process into `where`'s repository; returns its digest URI. */
async function pushImage(where: Where, content: string, tag?: string): Promise<{ uri: string; digest: string }> {
  await ecr(where)
    .send(new CreateRepositoryCommand({ repositoryName: 'support-bot' }))
    .catch(() => undefined);
  const dir = mkdtempSync(join(tmpdir(), 'layout-'));
  await writeOciLayout(dir, { files: { 'app/main.py': `print(${JSON.stringify(content)})\n` }, platform: 'linux/arm64' });
  const client = await loginToEcr(
    { ecr: new ECRClient(clientOptions(emulator, where.account, where.region)), region: where.region },
    { registryId: where.account, mask: () => undefined, logger: new RecordingLogger() },
  );
  const pushed = await pushOciLayout(client, 'support-bot', dir, { ...(tag ? { tag } : {}), logger: new RecordingLogger() });
  return { uri: pushed.imageUri, digest: pushed.digest };
}

async function reset(where: Where = DEV): Promise<void> {
  await control(emulator, 'POST', 'reset');
  await control(emulator, 'POST', 'settings', { provisioningDelayMs: 300 });
  await ssm(where).send(new PutParameterCommand({ Name: '/team/api-key', Value: SECRET, Type: 'SecureString' }));
}

async function runtimeId(where: Where = DEV, name = 'support_bot_dev'): Promise<string> {
  const { agentRuntimes } = await control$(where).send(new ListAgentRuntimesCommand({}));
  return agentRuntimes!.find((r) => r.agentRuntimeName === name)!.agentRuntimeId!;
}

async function versions(where: Where = DEV, name = 'support_bot_dev'): Promise<string[]> {
  const { agentRuntimes } = await control$(where).send(new ListAgentRuntimeVersionsCommand({ agentRuntimeId: await runtimeId(where, name) }));
  return agentRuntimes!.map((v) => v.agentRuntimeVersion!).sort((a, b) => Number(a) - Number(b));
}

function expectSuccess(run: ActionRun): void {
  if (run.code !== 0) throw new Error(`deploy-version failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
}

/** A version's READY state is computed lazily; give the emulator its delay. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

describe('versions in one environment', () => {
  let imageA: { uri: string; digest: string };
  let imageB: { uri: string; digest: string };
  let first: ActionRun;

  beforeAll(async () => {
    await reset();
    writeConfig();
    imageA = await pushImage(DEV, 'agent a', 'a');
    imageB = await pushImage(DEV, 'agent b', 'b');
    first = await deploy({ 'image-uri': imageA.uri });
  });

  test('the first deploy creates version 1, waits for READY and records it in the ledger', async () => {
    expectSuccess(first);
    expect(first.outputs).toEqual({
      'agent-runtime-id': expect.stringMatching(/^support_bot_dev-[a-zA-Z0-9]{10}$/),
      'agent-runtime-arn': expect.stringMatching(/^arn:aws:bedrock-agentcore:us-west-2:111111111111:runtime\/support_bot_dev-/),
      version: '1',
      created: 'true',
      'previous-version': '',
      'image-uri': imageA.uri,
    });
    expect(first.stdout).toMatch(/support_bot_dev version 1: CREATING \(0s elapsed\)/);
    expect(first.stdout).toMatch(/support_bot_dev version 1: READY/);
    const runtime = await control$(DEV).send(new GetAgentRuntimeCommand({ agentRuntimeId: first.outputs['agent-runtime-id']! }));
    expect(runtime.status).toBe('READY');
    expect(runtime.roleArn).toBe('arn:aws:iam::111111111111:role/agentcore-dev-support-bot-runtime');
    expect(runtime.description).toMatch(/^commit 0123456 config [0-9a-f]{12}$/);
    expect(runtime.environmentVariables).toEqual({ LOG_LEVEL: 'debug', MODEL_ID: 'model-a', API_KEY: SECRET });
    const ledger = parseLedger((await ssm(DEV).send(new GetParameterCommand({ Name: LEDGER }))).Parameter!.Value!, LEDGER);
    expect(ledger.entries).toEqual([
      {
        type: 'version',
        version: '1',
        imageDigest: imageA.digest,
        imageUri: imageA.uri,
        configHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        commit: '0123456789abcdef0123456789abcdef01234567',
        actor: 'octocat',
        runUrl: 'https://github.com/octo/agents/actions/runs/4242',
        time: expect.any(String),
      },
    ]);
    await expect(ssm(DEV).send(new GetParameterCommand({ Name: '/agentcore/dev/runtimes/support-bot/lock' }))).rejects.toMatchObject({ name: 'ParameterNotFound' });
    // auto_sync_enabled (the default): the config copy is recorded after the change.
    await expect(ssm(DEV).send(new GetParameterCommand({ Name: '/agentcore/dev/config/runtimes/support-bot' }))).resolves.toBeDefined();
    expect(first.summary).toContain('✅ Version 1 is READY.');
    expect(first.summary).toContain('- new runtime');
  });

  test('a new digest makes version 2; live stays where it was and DEFAULT moves', async () => {
    const id = first.outputs['agent-runtime-id']!;
    await control$(DEV).send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'live', agentRuntimeVersion: '1' }));
    const run = await deploy({ 'image-uri': imageB.uri });
    expectSuccess(run);
    expect(run.outputs).toMatchObject({ version: '2', created: 'true', 'previous-version': '1', 'image-uri': imageB.uri });
    expect(run.summary).toContain(`image: ${imageA.uri} → ${imageB.uri}`);
    await settle();
    const endpoint = (name: string) => control$(DEV).send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: id, endpointName: name }));
    expect(await endpoint('live')).toMatchObject({ liveVersion: '1' });
    expect(await endpoint('DEFAULT')).toMatchObject({ liveVersion: '2' });
  });

  test('the same inputs again make no version and no mutating call, and say why', async () => {
    await control(emulator, 'DELETE', 'requests');
    const run = await deploy({ 'image-uri': imageB.uri });
    expectSuccess(run);
    expect(run.outputs).toMatchObject({ version: '2', created: 'false', 'previous-version': '2', 'image-uri': imageB.uri });
    const requests = await control<RequestLogEntry[]>(emulator, 'GET', 'requests');
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => !READ_ONLY.test(r.operation)).map((r) => `${r.service}:${r.operation}`)).toEqual([]);
    expect(run.summary).toContain('✅ No new version: version 2 is READY and already runs this image and configuration');
    expect(run.summary).toContain('| Current version | Image |');
    expect(run.summary).not.toContain('Previous version');
    expect(run.stdout).toContain('::notice::No new version of support_bot_dev: version 2 is READY');
    expect(await versions()).toEqual(['1', '2']);
  });

  test('a version deployed but not recorded (a run killed before the ledger write) is recorded by the no-op re-run', async () => {
    const readLedger = async () => parseLedger((await ssm(DEV).send(new GetParameterCommand({ Name: LEDGER }))).Parameter!.Value!, LEDGER);
    const before = await readLedger();
    const unrecorded = { ...before, entries: before.entries.filter((e) => !(e.type === 'version' && e.version === '2')) };
    await ssm(DEV).send(new PutParameterCommand({ Name: LEDGER, Value: JSON.stringify(unrecorded), Type: 'String', Overwrite: true }));
    await control(emulator, 'DELETE', 'requests');
    const run = await deploy({ 'image-uri': imageB.uri });
    expectSuccess(run);
    expect(run.outputs).toMatchObject({ version: '2', created: 'false' });
    expect(run.stdout).toContain('recorded version 2 that an earlier run deployed but did not record');
    const requests = await control<RequestLogEntry[]>(emulator, 'GET', 'requests');
    // Only the lease and the ledger are written: the runtime is not touched.
    expect(requests.filter((r) => r.service !== 'ssm' && !READ_ONLY.test(r.operation))).toEqual([]);
    const entry = (await readLedger()).entries.find((e) => e.type === 'version' && e.version === '2');
    expect(entry).toMatchObject({ type: 'version', version: '2', imageUri: imageB.uri });
    expect(await versions()).toEqual(['1', '2']);
  });

  test('a tag is resolved to its digest, so deploying it (through the root action) is the same no-op', async () => {
    const run = await deploy({ command: 'deploy-version', 'image-uri': imageB.uri.replace(/@sha256:.*$/, ':b') }, DEV, '4242', 'root');
    expectSuccess(run);
    expect(run.outputs).toMatchObject({ version: '2', created: 'false', 'image-uri': imageB.uri });
  });

  test('an environment variable change alone makes a new version', async () => {
    writeConfig({ environment_variables: { MODEL_ID: 'model-b' } });
    const run = await deploy({ 'image-uri': imageB.uri });
    expectSuccess(run);
    expect(run.outputs).toMatchObject({ version: '3', created: 'true', 'previous-version': '2' });
    expect(run.summary).toContain('environment variables: MODEL_ID changed');
    const runtime = await control$(DEV).send(new GetAgentRuntimeCommand({ agentRuntimeId: run.outputs['agent-runtime-id']! }));
    expect(runtime.environmentVariables?.MODEL_ID).toBe('model-b');
    writeConfig();
  });
});

test('a digest missing from the registry fails with the URI before AgentCore is asked, and leaves no FAILED version', async () => {
  await reset();
  writeConfig();
  const other = await pushImage(DEV, 'something else');
  expectSuccess(await deploy({ 'image-uri': other.uri }));
  await control(emulator, 'DELETE', 'requests');
  const missing = `111111111111.dkr.ecr.us-west-2.amazonaws.com/support-bot@sha256:${'0'.repeat(64)}`;
  const run = await deploy({ 'image-uri': missing });
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(
    `::error::The image ${missing} is not in the registry: repository support-bot of account 111111111111 in us-west-2 has no image with digest sha256:${'0'.repeat(64)}. ` +
      'No version was made. Push the image with build-push first and pass the image-uri it outputs, or check the account, region, repository and digest.',
  );
  expect(run.stdout).not.toContain('Image found');
  const requests = await control<RequestLogEntry[]>(emulator, 'GET', 'requests');
  expect(requests.filter((r) => r.service === 'ecr').map((r) => r.operation)).toContain('DescribeImages');
  expect(requests.filter((r) => /^(Create|Update)AgentRuntime$/.test(r.operation))).toEqual([]);
  const { agentRuntimes } = await control$(DEV).send(new ListAgentRuntimeVersionsCommand({ agentRuntimeId: await runtimeId() }));
  expect(agentRuntimes!.map((v) => `${v.agentRuntimeVersion} ${v.status}`)).toEqual(['1 READY']);
  expect(run.summary).toContain('### ❌ Failed');
  expect(run.summary).toContain('| dev | us-west-2 | support-bot | `support_bot_dev` |');
});

test('with AgentCore throttling half its calls, a deploy still makes exactly one version', async () => {
  await reset();
  writeConfig();
  const a = await pushImage(DEV, 'agent a');
  const b = await pushImage(DEV, 'agent b');
  expectSuccess(await deploy({ 'image-uri': a.uri }));
  await control(emulator, 'POST', 'faults', { service: 'agentcore', kind: 'throttle', rate: 0.5 });
  const run = await deploy({ 'image-uri': b.uri });
  await control(emulator, 'DELETE', 'faults');
  expectSuccess(run);
  expect(run.outputs).toMatchObject({ version: '2', created: 'true' });
  expect(await versions()).toEqual(['1', '2']);
  const throttled = (await control<RequestLogEntry[]>(emulator, 'GET', 'requests')).filter((r) => r.fault === 'throttle');
  expect(throttled.length).toBeGreaterThan(0);
  // The SDK's jittered backoff for throttling grows to 20 s between attempts: allow for an unlucky streak.
}, 180_000);

test('two concurrent deploys of one runtime make one version each, in turn', async () => {
  await reset();
  writeConfig();
  const a = await pushImage(DEV, 'agent a');
  const b = await pushImage(DEV, 'agent b');
  const c = await pushImage(DEV, 'agent c');
  expectSuccess(await deploy({ 'image-uri': a.uri }));
  // Each deploy holds the lease for at least this long, so the two certainly overlap.
  await control(emulator, 'POST', 'settings', { provisioningDelayMs: 3000 });
  const [one, two] = await Promise.all([deploy({ 'image-uri': b.uri }, DEV, '501'), deploy({ 'image-uri': c.uri }, DEV, '502')]);
  expectSuccess(one);
  expectSuccess(two);
  expect([one.outputs.version, two.outputs.version].sort()).toEqual(['2', '3']);
  // The later one waited: for the lease, or (when it arrived after the other's update) for that version to settle.
  const waited = [one, two].filter(
    (run) => run.stdout.includes('held by https://github.com/octo/agents/actions/runs/50') || /Version 2 of support_bot_dev is still UPDATING/.test(run.stdout),
  );
  expect(waited).toHaveLength(1);
  expect(await versions()).toEqual(['1', '2', '3']);
  const ledger = parseLedger((await ssm(DEV).send(new GetParameterCommand({ Name: LEDGER }))).Parameter!.Value!, LEDGER);
  expect(ledger.entries.map((e) => (e.type === 'version' ? e.version : ''))).toEqual(['1', '2', '3']);
});

describe('promotion across accounts', () => {
  const stagingUri = (digest: string) => `222222222222.dkr.ecr.eu-west-1.amazonaws.com/support-bot@${digest}`;

  async function stagingImage(allowProd: boolean) {
    const image = await pushImage(STAGING, 'release 1', 'r1');
    if (allowProd) {
      const policyText = JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${PROD.account}:root` }, Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }],
      });
      await ecr(STAGING).send(new SetRepositoryPolicyCommand({ repositoryName: 'support-bot', policyText }));
    }
    await ecr(PROD).send(new CreateRepositoryCommand({ repositoryName: 'support-bot' }));
    return image;
  }

  test("an image-uri in staging's registry is copied into prod's repository and runs there by the same digest", async () => {
    await reset(PROD);
    writeConfig();
    const image = await stagingImage(true);
    const run = await deploy({ environment: 'prod', 'image-uri': stagingUri(image.digest) }, PROD);
    expectSuccess(run);
    const prodUri = `333333333333.dkr.ecr.us-east-1.amazonaws.com/support-bot@${image.digest}`;
    expect(run.outputs).toMatchObject({ version: '1', created: 'true', 'image-uri': prodUri });
    const runtime = await control$(PROD).send(new GetAgentRuntimeCommand({ agentRuntimeId: run.outputs['agent-runtime-id']! }));
    expect(runtime.agentRuntimeArtifact?.containerConfiguration?.containerUri).toBe(prodUri);
    expect(runtime.status).toBe('READY');
    expect(run.summary).toContain(`Copied \`${stagingUri(image.digest)}\` into this environment's registry`);

    await control(emulator, 'DELETE', 'requests');
    const again = await deploy({ environment: 'prod', 'image-uri': stagingUri(image.digest) }, PROD);
    expectSuccess(again);
    expect(again.outputs).toMatchObject({ version: '1', created: 'false' });
    const requests = await control<RequestLogEntry[]>(emulator, 'GET', 'requests');
    expect(requests.filter((r) => !READ_ONLY.test(r.operation)).map((r) => `${r.service}:${r.operation}`)).toEqual([]);
  });

  test('a source repository that does not let prod pull fails pointing at cross_account_pull', async () => {
    await reset(PROD);
    writeConfig();
    const image = await stagingImage(false);
    const run = await deploy({ environment: 'prod', 'image-uri': stagingUri(image.digest) }, PROD);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('add it to global_resources.ecr_repositories.support-bot.cross_account_pull in the config');
    await expect(control$(PROD).send(new ListAgentRuntimesCommand({}))).resolves.toMatchObject({ agentRuntimes: [] });
  });

  test('from-environment deploys the digest the source endpoint serves, reading it through an assumed role that trusts prod', async () => {
    await reset(PROD);
    await ssm(STAGING).send(new PutParameterCommand({ Name: '/team/api-key', Value: SECRET, Type: 'SecureString' }));
    writeConfig();
    const image = await stagingImage(true);
    const newer = await pushImage(STAGING, 'release 2', 'r2');
    expectSuccess(await deploy({ environment: 'staging', 'image-uri': image.uri }, STAGING));
    const id = await runtimeId(STAGING, 'support_bot_staging');
    await control$(STAGING).send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'live', agentRuntimeVersion: '1' }));
    expectSuccess(await deploy({ environment: 'staging', 'image-uri': newer.uri }, STAGING));

    const refused = await deploy({ environment: 'prod', 'from-environment': 'staging' }, PROD);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('Set the input "from-role-arn" to a role in 222222222222');

    // The reader role a platform team creates in staging: one that trusts dev, by mistake, and one that trusts prod.
    const iam = new IAMClient(clientOptions(emulator, STAGING.account, STAGING.region));
    const trusting = (account: string) =>
      JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole' }] });
    await iam.send(new CreateRoleCommand({ RoleName: 'agentcore-reader-for-dev', AssumeRolePolicyDocument: trusting(DEV.account) }));
    await iam.send(new CreateRoleCommand({ RoleName: 'agentcore-reader', AssumeRolePolicyDocument: trusting(PROD.account) }));
    const untrusted = await deploy({ environment: 'prod', 'from-environment': 'staging', 'from-role-arn': 'arn:aws:iam::222222222222:role/agentcore-reader-for-dev' }, PROD);
    expect(untrusted.code).toBe(1);
    expect(untrusted.stdout).toContain(
      'STS refused to let this job assume the role "arn:aws:iam::222222222222:role/agentcore-reader-for-dev" (input "from-role-arn"): ' +
        'User: arn:aws:iam::333333333333:user/emulator is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::222222222222:role/agentcore-reader-for-dev. ' +
        'Check that the role exists, and that its trust policy (AssumeRolePolicyDocument) allows "sts:AssumeRole" to "arn:aws:iam::333333333333:user/emulator" or to the account 333333333333.',
    );
    await expect(control$(PROD).send(new ListAgentRuntimesCommand({}))).resolves.toMatchObject({ agentRuntimes: [] });

    const run = await deploy({ environment: 'prod', 'from-environment': 'staging', 'from-role-arn': 'arn:aws:iam::222222222222:role/agentcore-reader' }, PROD);
    expectSuccess(run);
    // live serves version 1 (release 1), not the newer version 2 that DEFAULT serves.
    expect(run.outputs['image-uri']).toBe(`333333333333.dkr.ecr.us-east-1.amazonaws.com/support-bot@${image.digest}`);
    expect(run.stdout).toContain('Endpoint "live" of runtime "support-bot" (support_bot_staging) of environment "staging" (eu-west-1) serves version 1');
    expect(run.summary).toContain('The image is what endpoint `live` of `staging` serves (version 1).');
  });
});

test('a secret missing in prod, inherited from dev, fails naming both before any image is copied across accounts', async () => {
  await reset(DEV);
  writeConfig();
  const image = await pushImage(STAGING, 'release 1', 'r1');
  await ecr(PROD).send(new CreateRepositoryCommand({ repositoryName: 'support-bot' }));
  await control(emulator, 'DELETE', 'requests');
  const run = await deploy({ environment: 'prod', 'image-uri': `222222222222.dkr.ecr.eu-west-1.amazonaws.com/support-bot@${image.digest}` }, PROD);
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(
    '::error::environments.prod.agent_runtimes.support-bot.secrets.API_KEY (inherited from dev): the SSM parameter /team/api-key does not exist in us-east-1.',
  );
  const requests = await control<RequestLogEntry[]>(emulator, 'GET', 'requests');
  expect(requests.filter((r) => r.service === 'ecr' || r.service === 'registry')).toEqual([]);
  expect(requests.filter((r) => !READ_ONLY.test(r.operation))).toEqual([]);
});

test('a secret stored as a String works, and its warning is in the job summary too', async () => {
  await reset();
  await ssm(DEV).send(new PutParameterCommand({ Name: '/team/api-key', Value: SECRET, Type: 'String', Overwrite: true }));
  writeConfig();
  const image = await pushImage(DEV, 'plain secret');
  const run = await deploy({ 'image-uri': image.uri });
  expectSuccess(run);
  const warning = 'environments.dev.agent_runtimes.support-bot.secrets.API_KEY: /team/api-key is a String, not a SecureString; store secrets encrypted.';
  expect(run.stdout).toContain(`::warning::${warning}`);
  expect(run.summary).toContain(`⚠️ ${warning}`);
  expect(run.summary).not.toContain(SECRET);
});

test("a managed Cognito pool's stack outputs become the runtime's JWT authorizer; without the stack, setup-env is named", async () => {
  await reset(PROD);
  writeConfig({}, { cognito: { managed: true } });
  const image = await pushImage(PROD, 'with cognito');
  const missing = await deploy({ environment: 'prod', 'image-uri': image.uri }, PROD);
  expect(missing.code).toBe(1);
  expect(missing.stdout).toContain('but its stack agentcore-prod-cognito does not exist in us-east-1. Run setup-env for environment "prod" first');

  const cloudformation = new CloudFormationClient(clientOptions(emulator, PROD.account, PROD.region));
  await cloudformation.send(
    new CreateStackCommand({
      StackName: 'agentcore-prod-cognito',
      TemplateBody: readFileSync(join(import.meta.dirname, '..', '..', 'templates', 'cognito.yaml'), 'utf8'),
      Parameters: [
        { ParameterKey: 'PoolName', ParameterValue: 'agentcore-prod' },
        { ParameterKey: 'DomainPrefix', ParameterValue: 'agentcore-prod-test' },
      ],
    }),
  );
  let outputs: Record<string, string> = {};
  for (let i = 0; i < 50 && !outputs.UserPoolId; i++) {
    const [stack] = (await cloudformation.send(new DescribeStacksCommand({ StackName: 'agentcore-prod-cognito' }))).Stacks ?? [];
    outputs = Object.fromEntries((stack?.Outputs ?? []).map((o) => [o.OutputKey!, o.OutputValue!]));
    await settle();
  }
  const run = await deploy({ environment: 'prod', 'image-uri': image.uri }, PROD);
  expectSuccess(run);
  const runtime = await control$(PROD).send(new GetAgentRuntimeCommand({ agentRuntimeId: run.outputs['agent-runtime-id']! }));
  expect(runtime.authorizerConfiguration).toEqual({
    customJWTAuthorizer: {
      discoveryUrl: `https://cognito-idp.us-east-1.amazonaws.com/${outputs.UserPoolId}/.well-known/openid-configuration`,
      allowedClients: [outputs.AppClientId],
    },
  });
});

test("a secret's value appears in no output, log, summary or String parameter, only in the runtime", async () => {
  await reset();
  writeConfig({ description: 'Support bot' });
  const image = await pushImage(DEV, 'secret test');
  const run = await deploy({ 'image-uri': image.uri });
  expectSuccess(run);
  const again = await deploy({ 'image-uri': image.uri });
  for (const each of [run, again]) {
    // The runner consumes ::add-mask:: commands (that is how a value gets masked) and prints everything else.
    const lines = each.stdout.split('\n');
    expect(lines).toContain(`::add-mask::${SECRET}`);
    expect(lines.filter((line) => !line.startsWith('::add-mask::')).join('\n')).not.toContain(SECRET);
    expect(each.stderr).not.toContain(SECRET);
    expect(each.files).not.toContain(SECRET);
  }
  const all = await ssm(DEV).send(new GetParametersByPathCommand({ Path: '/', Recursive: true }));
  const strings = (all.Parameters ?? []).filter((p) => p.Type !== 'SecureString');
  expect(strings.map((p) => p.Name)).toContain(LEDGER);
  for (const parameter of strings) expect(parameter.Value).not.toContain(SECRET);
  // The value did reach AgentCore, where it belongs.
  const runtime = await control$(DEV).send(new GetAgentRuntimeCommand({ agentRuntimeId: run.outputs['agent-runtime-id']! }));
  expect(runtime.environmentVariables?.API_KEY).toBe(SECRET);
});

test('image-uri and from-environment together are refused before any AWS call', async () => {
  await reset();
  writeConfig();
  await control(emulator, 'DELETE', 'requests');
  const run = await deploy({ 'image-uri': `111111111111.dkr.ecr.us-west-2.amazonaws.com/support-bot@sha256:${'1'.repeat(64)}`, 'from-environment': 'staging' });
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('::error::Give either input "image-uri" or "from-environment", not both.');
  expect(await control<RequestLogEntry[]>(emulator, 'GET', 'requests')).toEqual([]);
});
