/**
 * build-push as a bundled process (dist/build-push) against the in-process emulator: buildah
 * builds examples/agent for linux/arm64 and pushes it by digest, a second run pushes nothing,
 * prebuilt OCI layouts push with builder oci-layout, the digest moves to another account and
 * region unchanged (through deploy-version), and each bad input fails in one line with nothing
 * pushed. buildah needs root here; without it (or without buildah) its tests are skipped with a
 * message saying so. Run `npm run build` first.
 */
import { CreateRepositoryCommand, DescribeImagesCommand, ECRClient, SetRepositoryPolicyCommand } from '@aws-sdk/client-ecr';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RecordingLogger } from '../../src/testing/recording-logger.js';
import { loginToEcr, writeOciLayout } from '../../src/core/registry/index.js';
import type { RunningEmulator } from '../../src/emulator/server.js';
import type { RequestLogEntry } from '../../src/emulator/state.js';
import { emulatorAwsEnv, githubRunEnv } from '../helpers/action-env.js';
import { runDistAction, type ActionRun } from '../helpers/action-runner.js';
import { agentConfig, writeAgentConfig } from '../helpers/configs.js';
import { clientOptions, control, useTestEmulator } from '../helpers/emulator.js';
import { onPath } from '../helpers/targets.js';

const DEV = { account: '111111111111', region: 'us-west-2' };
const PROD = { account: '333333333333', region: 'us-east-1' };
type Where = typeof DEV;
const REPOSITORY_URI = '111111111111.dkr.ecr.us-west-2.amazonaws.com/support-bot';
const SHA = '0123456789abcdef0123456789abcdef01234567';
const AGENT = resolve('examples/agent');
const UPLOADS = /^(StartUpload|UploadChunk|CompleteUpload|PutManifest)$/;
const WRITES = /^(StartUpload|UploadChunk|CompleteUpload|PutManifest|PutImage|Create|Delete|Set|Put|Tag|Update)/;

const buildahSkip = !onPath('buildah')
  ? 'buildah not on PATH: skipping the build-push buildah tests (apt-get install -y buildah)'
  : process.getuid?.() !== 0
    ? 'not running as root: skipping the build-push buildah tests (rootless buildah needs user namespaces)'
    : undefined;
if (buildahSkip) console.warn(buildahSkip);

let emulator: RunningEmulator;
let workspace: string;
let storageConf: string;

// endpointEnv: the test reads pushed images with the product's registry client, which finds the emulator like the action does.
useTestEmulator(async (started) => {
  emulator = started;
  workspace = mkdtempSync(join(tmpdir(), 'build-push-'));
  mkdirSync(join(workspace, 'tmp'));
  // A private buildah store, so the tests neither see nor leave images in the machine's own.
  storageConf = join(workspace, 'storage.conf');
  writeFileSync(storageConf, `[storage]\ndriver = "vfs"\ngraphroot = "${join(workspace, 'store')}"\nrunroot = "${join(workspace, 'run')}"\n`);
  writeConfig();
  await ecr(DEV).send(new CreateRepositoryCommand({ repositoryName: 'support-bot', imageTagMutability: 'IMMUTABLE' }));
}, { endpointEnv: true });

const ecr = (where: Where) => new ECRClient(clientOptions(emulator, where.account, where.region));

function writeConfig(): void {
  const config = agentConfig({
    account: DEV.account,
    region: DEV.region,
    runtimes: { 'other-bot': { ecr_repository: 'other-bot', iam_role: 'support-bot-runtime' } },
    dev: { default_agent_runtime: 'support-bot' },
    environments: { prod: { extends: 'dev', region: PROD.region, account_id: PROD.account } },
    global: { ecr_repositories: { 'support-bot': { cross_account_pull: [PROD.account] }, 'other-bot': {} } },
  });
  writeAgentConfig(workspace, config);
}

function github(sha: string | undefined = SHA): Record<string, string | undefined> {
  return { ...githubRunEnv('4242'), GITHUB_SHA: sha };
}

function buildPush(inputs: Record<string, string>, env: Record<string, string | undefined> = {}, entry?: 'root'): Promise<ActionRun> {
  return runDistAction('build-push', {
    ...(entry ? { entry } : {}),
    cwd: workspace,
    inputs: { 'config-file': 'agentcore.json', ...inputs },
    env: {
      ...emulatorAwsEnv(emulator, DEV.account),
      RUNNER_TEMP: join(workspace, 'tmp'),
      CONTAINERS_STORAGE_CONF: storageConf,
      ...github(),
      ...env,
    },
  });
}

function expectSuccess(run: ActionRun): void {
  if (run.code !== 0) throw new Error(`build-push failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
}

/** The step failed with exactly this one-line error and no stack trace. */
function expectOneLineError(run: ActionRun, message: string): void {
  expect(run.code).toBe(1);
  expect(run.stdout.split('\n').filter((line) => line.startsWith('::error::'))).toEqual([`::error::${message}`]);
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
}

async function requests(): Promise<RequestLogEntry[]> {
  return control<RequestLogEntry[]>(emulator, 'GET', 'requests');
}
const clearRequests = () => control(emulator, 'DELETE', 'requests');

async function describedDigest(tag: string, where: Where = DEV): Promise<string | undefined> {
  const { imageDetails } = await ecr(where).send(new DescribeImagesCommand({ repositoryName: 'support-bot', imageIds: [{ imageTag: tag }] }));
  return imageDetails?.[0]?.imageDigest;
}

async function layout(content: string, platform = 'linux/arm64'): Promise<{ dir: string; digest: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'build-push-layout-'));
  const built = await writeOciLayout(dir, { files: { 'app/main.py': `print(${JSON.stringify(content)})\n` }, platform });
  return { dir, digest: built.digest };
}

(buildahSkip ? describe.skip : describe)('buildah', () => {
  test('builds examples/agent for linux/arm64 and pushes it by digest under the short commit SHA, labelled with commit, repository and run', async () => {
    const run = await buildPush({ context: AGENT });
    expectSuccess(run);
    const digest = run.outputs['image-digest']!;
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(run.outputs).toEqual({ 'image-uri': `${REPOSITORY_URI}@${digest}`, 'image-digest': digest, 'image-tag': '0123456', pushed: 'true' });
    expect(await describedDigest('0123456')).toBe(digest);
    expect(run.stdout).toContain('STEP 1/');
    expect(run.summary).toContain(`Pushed \`${REPOSITORY_URI}@${digest}\``);

    const client = await loginToEcr(
      { ecr: new ECRClient(clientOptions(emulator, DEV.account, DEV.region)), region: DEV.region },
      { registryId: DEV.account, mask: () => undefined, logger: new RecordingLogger() },
    );
    const manifest = JSON.parse((await client.getManifest('support-bot', digest)).bytes.toString('utf8')) as { config: { digest: string } };
    const chunks: Buffer[] = [];
    for await (const chunk of await client.openBlob('support-bot', manifest.config.digest)) chunks.push(Buffer.from(chunk));
    const config = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { architecture: string; os: string; config: { Labels: Record<string, string> } };
    expect([config.os, config.architecture]).toEqual(['linux', 'arm64']);
    expect(config.config.Labels).toMatchObject({
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.source': 'https://github.com/octo/agents',
      'com.github.actions.run': 'https://github.com/octo/agents/actions/runs/4242',
      'org.opencontainers.image.title': 'agentcore-actions example agent',
    });
  });

  test('a second run rebuilds the same digest and pushes nothing: pushed=false, no write to the registry', async () => {
    const first = await buildPush({ context: AGENT, tag: 'twice' });
    expectSuccess(first);
    await clearRequests();
    const again = await buildPush({ context: AGENT, tag: 'twice' });
    expectSuccess(again);
    expect(again.outputs).toEqual({ ...first.outputs, pushed: 'false' });
    expect((await requests()).filter((r) => WRITES.test(r.operation)).map((r) => `${r.service}:${r.operation}`)).toEqual([]);
    expect(again.summary).toContain('Nothing to push');
  });

  test("a failed build shows buildah's last lines and what to do, and pushes nothing", async () => {
    const context = mkdtempSync(join(tmpdir(), 'bad-context-'));
    writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\nCOPY missing.txt /missing.txt\n');
    await clearRequests();
    const run = await buildPush({ context, tag: 'broken' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::buildah build failed with exit code');
    expect(run.stdout).toMatch(/Its last lines:%0A.*missing\.txt/);
    expect((await requests()).filter((r) => r.service === 'registry')).toEqual([]);
  });
});
if (buildahSkip) test.skip(buildahSkip, () => undefined);

describe('builder oci-layout', () => {
  test('pushes a prebuilt layout by its own digest; the same layout under a new tag uploads no blob', async () => {
    const image = await layout('oci layout');
    const run = await buildPush({ builder: 'oci-layout', 'oci-layout': image.dir, tag: 'layout-1' });
    expectSuccess(run);
    expect(run.outputs).toEqual({ 'image-uri': `${REPOSITORY_URI}@${image.digest}`, 'image-digest': image.digest, 'image-tag': 'layout-1', pushed: 'true' });
    expect(await describedDigest('layout-1')).toBe(image.digest);

    await clearRequests();
    const retag = await buildPush({ builder: 'oci-layout', 'oci-layout': image.dir, tag: 'layout-2' });
    expectSuccess(retag);
    expect(retag.outputs.pushed).toBe('false');
    expect(await describedDigest('layout-2')).toBe(image.digest);
    expect((await requests()).filter((r) => UPLOADS.test(r.operation)).map((r) => r.operation)).toEqual(['PutManifest']);
  });

  test('the root action dispatches command: build-push', async () => {
    const image = await layout('root entry');
    const run = await buildPush({ command: 'build-push', builder: 'oci-layout', 'oci-layout': image.dir, tag: 'root' }, {}, 'root');
    expectSuccess(run);
    expect(run.outputs).toMatchObject({ 'image-digest': image.digest, pushed: 'true' });
    expect(await describedDigest('root')).toBe(image.digest);
  });

  test('the digest is copied to another account and region unchanged by deploy-version, no blob uploaded twice', async () => {
    const image = await layout('release 1');
    expectSuccess(await buildPush({ builder: 'oci-layout', 'oci-layout': image.dir, tag: 'release-1' }));
    const policyText = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${PROD.account}:root` }, Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }],
    });
    await ecr(DEV).send(new SetRepositoryPolicyCommand({ repositoryName: 'support-bot', policyText }));
    await ecr(PROD).send(new CreateRepositoryCommand({ repositoryName: 'support-bot' }));
    const deploy = () =>
      runDistAction('deploy-version', {
        cwd: workspace,
        inputs: { 'config-file': 'agentcore.json', environment: 'prod', 'image-uri': `${REPOSITORY_URI}@${image.digest}`, 'timeout-minutes': '2' },
        env: { ...emulatorAwsEnv(emulator, PROD.account), ...github() },
      });
    await clearRequests();
    const first = await deploy();
    if (first.code !== 0) throw new Error(`deploy-version failed:\n${first.stdout}`);
    expect(first.outputs['image-uri']).toBe(`333333333333.dkr.ecr.us-east-1.amazonaws.com/support-bot@${image.digest}`);
    const uploads = (await requests()).filter((r) => r.operation === 'CompleteUpload');
    // One config blob and one layer, each uploaded once into prod's registry.
    expect(uploads.map((r) => `${r.account}/${r.region}`)).toEqual([`${PROD.account}/${PROD.region}`, `${PROD.account}/${PROD.region}`]);

    await clearRequests();
    expect((await deploy()).code).toBe(0);
    expect((await requests()).filter((r) => UPLOADS.test(r.operation))).toEqual([]);
  });
});

describe('bad input fails in one line and pushes nothing', () => {
  beforeEach(clearRequests);
  afterEach(async () => {
    expect((await requests()).filter((r) => UPLOADS.test(r.operation))).toEqual([]);
  });

  test('an image for another platform than the requested one names both', async () => {
    const image = await layout('amd64', 'linux/amd64');
    const run = await buildPush({ builder: 'oci-layout', 'oci-layout': image.dir, tag: 'amd' });
    expectOneLineError(
      run,
      `The image in ${image.dir} (${image.digest}) is built for linux/amd64, but linux/arm64 was requested. Build it for linux/arm64, e.g. buildah build --platform linux/arm64.`,
    );
  });

  test('an unknown builder', async () => {
    expectOneLineError(await buildPush({ builder: 'kaniko' }), 'Input "builder": expected one of auto, buildah, docker, oci-layout, got "kaniko".');
  });

  test('a missing Dockerfile', async () => {
    const context = mkdtempSync(join(tmpdir(), 'empty-context-'));
    expectOneLineError(
      await buildPush({ context, builder: 'buildah' }),
      `Dockerfile not found: ${join(context, 'Dockerfile')}. Set the input "dockerfile" (default <context>/Dockerfile) or "context" to where it is.`,
    );
  });

  test('a repository that does not exist points to setup-env', async () => {
    const image = await layout('other');
    expectOneLineError(
      await buildPush({ 'agent-runtime': 'other-bot', builder: 'oci-layout', 'oci-layout': image.dir }),
      'ECR repository "other-bot" (ecr_repository of runtime "other-bot") does not exist in account 111111111111, region us-west-2. ' +
        'Run setup-env for environment "dev" first: it creates the repository.',
    );
  });

  test('an immutable tag on another digest names both digests', async () => {
    const first = await layout('first');
    expectSuccess(await buildPush({ builder: 'oci-layout', 'oci-layout': first.dir, tag: 'taken' }));
    await clearRequests();
    const second = await layout('second');
    expectOneLineError(
      await buildPush({ builder: 'oci-layout', 'oci-layout': second.dir, tag: 'taken' }),
      `Tag "taken" of ${REPOSITORY_URI} is immutable and already points at ${first.digest}; this build is ${second.digest}. ` +
        'Nothing was pushed. Use a new tag (the default is the commit SHA), or rebuild the commit that made the tag.',
    );
    expect(await describedDigest('taken')).toBe(first.digest);
  });

  test('no tag and no commit SHA to default to', async () => {
    const image = await layout('untagged');
    expectOneLineError(
      await buildPush({ builder: 'oci-layout', 'oci-layout': image.dir }, { GITHUB_SHA: undefined }),
      'Input "tag" is required here: there is no commit SHA (GITHUB_SHA) to tag the image with.',
    );
  });

  test('the registry refusing the credentials', async () => {
    // An ECR endpoint that hands out a password the registry does not know, and passes every other call on.
    const proxy: Server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        if (String(req.headers['x-amz-target']).endsWith('GetAuthorizationToken')) {
          res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
          res.end(JSON.stringify({ authorizationData: [{ authorizationToken: Buffer.from('AWS:not-a-token').toString('base64'), proxyEndpoint: emulator.url, expiresAt: 4102444800 }] }));
          return;
        }
        const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => name !== 'host' && name !== 'content-length')) as Record<string, string>;
        void fetch(`${emulator.url}${req.url}`, { method: req.method!, headers, body: Buffer.concat(chunks) }).then(async (answer) => {
          res.writeHead(answer.status, Object.fromEntries(answer.headers));
          res.end(Buffer.from(await answer.arrayBuffer()));
        });
      });
    });
    await new Promise<void>((listening) => proxy.listen(0, '127.0.0.1', listening));
    try {
      const image = await layout('auth');
      const run = await buildPush(
        { builder: 'oci-layout', 'oci-layout': image.dir, tag: 'auth' },
        { AWS_ENDPOINT_URL_ECR: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` },
      );
      expectOneLineError(
        run,
        `Checking ${REPOSITORY_URI}:auth failed: HTTP 401. ` +
          `The registry 111111111111.dkr.ecr.us-west-2.amazonaws.com refused the credentials: ECR tokens last 12 hours and open one registry. ` +
          'Log in again with GetAuthorizationToken for that account and region.',
      );
      expect(run.stdout).toContain('::add-mask::not-a-token');
    } finally {
      await new Promise((closed) => proxy.close(closed));
    }
  });
});
