import { DescribeRepositoriesCommand, ECRClient, GetAuthorizationTokenCommand, type Repository } from '@aws-sdk/client-ecr';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mockClient } from 'aws-sdk-client-mock';
import type { CommandRunner } from '../../../src/core/build/command.js';
import { CancelledError } from '../../../src/core/cancel.js';
import { parseConfig } from '../../../src/core/config/index.js';
import { UserError } from '../../../src/core/errors.js';
import { buildPush, type BuildPushRequest } from '../../../src/core/ops/build-push.js';
import { writeOciLayout, type BuiltLayout } from '../../../src/core/registry/build-layout.js';
import { FakeClock } from '../../../src/testing/fake-clock.js';
import { RecordingLogger } from '../../../src/testing/recording-logger.js';
import { supportBotConfig } from '../../helpers/configs.js';
import { awsError, callerIdentity, expectAnotherAccountRefused } from '../../helpers/mocked-aws.js';
import { cancelOnSleep } from '../../helpers/cancel.js';

const sts = mockClient(STSClient);
const ecr = mockClient(ECRClient);

const ACCOUNT = '111111111111';
const REGION = 'us-west-2';
const REGISTRY = `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com`;
const ENDPOINT = `https://${REGISTRY}`;
const PASSWORD = 'registry-password-1';
const TOKEN = Buffer.from(`AWS:${PASSWORD}`).toString('base64');
const config = parseConfig(JSON.stringify(supportBotConfig(), null, 2), 'agentcore.json');
const environment = config.environment('dev');

interface RegistryRequest {
  method: string;
  path: string;
}

/**
 * One repository of an OCI registry in memory, answering the registry client through `fetch`:
 * blobs, manifests by tag and digest, monolithic uploads. `failNext` answers the next request
 * of a method and path prefix with an HTTP status instead.
 */
class FakeRegistry {
  readonly requests: RegistryRequest[] = [];
  readonly blobs = new Map<string, Buffer>();
  readonly manifests = new Map<string, { bytes: Buffer; mediaType: string; digest: string }>();
  private failures: Array<{ method: string; prefix: string; status: number }> = [];

  failNext(method: string, prefix: string, status: number): void {
    this.failures.push({ method, prefix, status });
  }

  writes(): RegistryRequest[] {
    return this.requests.filter((r) => r.method !== 'HEAD' && r.method !== 'GET');
  }

  readonly fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input));
    const method = init.method ?? 'GET';
    const headers = new Headers(init.headers);
    this.requests.push({ method, path: url.pathname });
    if (url.origin !== ENDPOINT) throw new TypeError(`fetch failed: unexpected host ${url.origin}`);
    if (headers.get('authorization') !== `Basic ${TOKEN}`) return new Response('', { status: 401 });
    const failure = this.failures.find((f) => f.method === method && url.pathname.startsWith(f.prefix));
    if (failure) {
      this.failures = this.failures.filter((f) => f !== failure);
      return Response.json({ errors: [{ code: 'UNAVAILABLE', message: 'try later' }] }, { status: failure.status });
    }
    const [, , repository, kind, ...rest] = url.pathname.split('/');
    const reference = rest.join('/');
    if (repository !== 'support-bot') return Response.json({ errors: [{ code: 'NAME_UNKNOWN', message: 'no such repository' }] }, { status: 404 });
    const body = init.body ? Buffer.from(init.body as Uint8Array) : Buffer.alloc(0);
    if (kind === 'blobs' && method === 'HEAD') return new Response(null, { status: this.blobs.has(reference) ? 200 : 404 });
    if (kind === 'blobs' && method === 'POST') return new Response(null, { status: 202, headers: { location: `/v2/support-bot/blobs/uploads/${this.requests.length}` } });
    if (kind === 'blobs' && method === 'PUT') {
      const digest = url.searchParams.get('digest')!;
      if (sha256(body) !== digest) return Response.json({ errors: [{ code: 'DIGEST_INVALID', message: 'digest mismatch' }] }, { status: 400 });
      this.blobs.set(digest, body);
      return new Response(null, { status: 201 });
    }
    if (kind === 'manifests' && method === 'HEAD') {
      const manifest = this.manifests.get(reference);
      return manifest ? new Response(null, { status: 200, headers: { 'docker-content-digest': manifest.digest } }) : new Response(null, { status: 404 });
    }
    if (kind === 'manifests' && method === 'PUT') {
      const manifest = { bytes: body, mediaType: headers.get('content-type') ?? '', digest: sha256(body) };
      this.manifests.set(reference, manifest);
      this.manifests.set(manifest.digest, manifest);
      return new Response(null, { status: 201, headers: { 'docker-content-digest': manifest.digest } });
    }
    return new Response('unsupported', { status: 405 });
  };
}

function sha256(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** A runner for builds that must not run a program (oci-layout). */
function recordingRunner(): CommandRunner & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    has: async (program) => (calls.push(['has', program]), false),
    run: async (program, args) => (calls.push([program, ...args]), 1),
  };
}

let work: string;
let layout: BuiltLayout;
let registry: FakeRegistry;
let logger: RecordingLogger;
let clock: FakeClock;
let runner: ReturnType<typeof recordingRunner>;
const realFetch = globalThis.fetch;

beforeEach(async () => {
  sts.reset();
  ecr.reset();
  sts.on(GetCallerIdentityCommand).resolves(callerIdentity(ACCOUNT));
  repository({ imageTagMutability: 'MUTABLE' });
  ecr.on(GetAuthorizationTokenCommand).resolves({ authorizationData: [{ authorizationToken: TOKEN, proxyEndpoint: ENDPOINT }] });
  work = await mkdtemp(join(tmpdir(), 'build-push-unit-'));
  layout = await writeOciLayout(join(work, 'layout'), { files: { 'app/main.py': 'print("agent")\n' }, entrypoint: ['/app/main.py'], platform: 'linux/arm64' });
  registry = new FakeRegistry();
  globalThis.fetch = registry.fetch as typeof fetch;
  logger = new RecordingLogger();
  clock = new FakeClock();
  runner = recordingRunner();
});

afterEach(async () => {
  globalThis.fetch = realFetch;
  await rm(work, { recursive: true, force: true });
});

function repository(settings: Partial<Repository>): void {
  ecr.on(DescribeRepositoriesCommand).resolves({ repositories: [{ repositoryName: 'support-bot', registryId: ACCOUNT, ...settings }] });
}

function request(overrides: Partial<BuildPushRequest> = {}): BuildPushRequest {
  return {
    environment,
    runtime: environment.agent_runtimes['support-bot']!,
    builder: 'oci-layout',
    spec: { context: work, dockerfile: join(work, 'Dockerfile'), platform: 'linux/arm64', buildArgs: {}, labels: {} },
    ociLayout: join(work, 'layout'),
    tag: 'abc1234',
    tempRoot: work,
    runner,
    clients: { sts: new STSClient({ region: REGION }), ecr: new ECRClient({ region: REGION }) },
    clock,
    logger,
    ...overrides,
  };
}

/** The build's scratch directories left in the temp root. */
async function scratchDirs(): Promise<string[]> {
  return (await readdir(work)).filter((name) => name.startsWith('agentcore-build-'));
}

test('pushes the layout by digest under the tag: each blob once, then the manifest, after checking the repository and logging in', async () => {
  const result = await buildPush(request());
  expect(result).toEqual({
    account: ACCOUNT,
    region: REGION,
    repository: 'support-bot',
    builder: 'oci-layout',
    imageUri: `${REGISTRY}/support-bot@${layout.digest}`,
    digest: layout.digest,
    tag: 'abc1234',
    platform: 'linux/arm64',
    pushed: true,
    tagged: true,
    uploaded: [layout.config.digest, layout.layer.digest],
    skipped: [],
  });
  expect(ecr.commandCalls(DescribeRepositoriesCommand)[0]!.args[0].input).toEqual({ registryId: ACCOUNT, repositoryNames: ['support-bot'] });
  expect(ecr.commandCalls(GetAuthorizationTokenCommand)[0]!.args[0].input).toEqual({ registryIds: [ACCOUNT] });
  expect(registry.writes()).toEqual([
    { method: 'POST', path: '/v2/support-bot/blobs/uploads/' },
    { method: 'PUT', path: expect.stringMatching(/^\/v2\/support-bot\/blobs\/uploads\//) },
    { method: 'POST', path: '/v2/support-bot/blobs/uploads/' },
    { method: 'PUT', path: expect.stringMatching(/^\/v2\/support-bot\/blobs\/uploads\//) },
    { method: 'PUT', path: '/v2/support-bot/manifests/abc1234' },
  ]);
  expect(registry.manifests.get('abc1234')?.digest).toBe(layout.digest);
  // The registry token and the password in it are masked; a prebuilt layout runs no program.
  expect(logger.secrets).toEqual([TOKEN, PASSWORD]);
  expect(runner.calls).toEqual([]);
  expect(await scratchDirs()).toEqual([]);
});

test('a re-run of the same image and tag writes nothing to the registry and says so', async () => {
  await buildPush(request());
  registry.requests.length = 0;
  const again = await buildPush(request());
  expect(again).toMatchObject({ digest: layout.digest, pushed: false, tagged: false, uploaded: [] });
  expect(again.skipped.sort()).toEqual([layout.config.digest, layout.layer.digest].sort());
  expect(registry.writes()).toEqual([]);
  expect(registry.requests).toEqual([
    { method: 'HEAD', path: '/v2/support-bot/manifests/abc1234' },
    { method: 'HEAD', path: `/v2/support-bot/manifests/${layout.digest}` },
    { method: 'HEAD', path: '/v2/support-bot/manifests/abc1234' },
  ]);
  expect(logger.lines).toContain(`${REGISTRY}/support-bot:abc1234 is already ${layout.digest}; nothing to push`);
});

test('an account check the entry started is used as it is: STS is not asked again', async () => {
  const result = await buildPush(request({ identity: Promise.resolve({ account: ACCOUNT, arn: `arn:aws:sts::${ACCOUNT}:assumed-role/deploy/ci` }) }));
  expect(result.account).toBe(ACCOUNT);
  expect(sts.commandCalls(GetCallerIdentityCommand)).toHaveLength(0);
});

test('credentials of another account fail before the repository is read or anything is built, naming both accounts', async () => {
  await expectAnotherAccountRefused([sts], () => buildPush(request()), { untouched: [ecr] });
  expect(registry.requests).toEqual([]);
  expect(await scratchDirs()).toEqual([]);
});

test('a missing repository says to run setup-env for the environment, and nothing is built or pushed', async () => {
  ecr.on(DescribeRepositoriesCommand).rejects(awsError('RepositoryNotFoundException', "The repository with name 'support-bot' does not exist in the registry with id '111111111111'"));
  await expect(buildPush(request())).rejects.toThrow(
    new UserError(
      'ECR repository "support-bot" (ecr_repository of runtime "support-bot") does not exist in account 111111111111, region us-west-2. ' +
        'Run setup-env for environment "dev" first: it creates the repository.',
    ),
  );
  expect(ecr.commandCalls(GetAuthorizationTokenCommand)).toHaveLength(0);
  expect(registry.requests).toEqual([]);
  expect(await scratchDirs()).toEqual([]);
});

test('an immutable tag already on another image is refused before any blob is pushed, naming both digests', async () => {
  repository({ imageTagMutability: 'IMMUTABLE' });
  const other = `sha256:${'c'.repeat(64)}`;
  registry.manifests.set('abc1234', { bytes: Buffer.from('{}'), mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: other });
  await expect(buildPush(request())).rejects.toThrow(
    new UserError(
      `Tag "abc1234" of ${REGISTRY}/support-bot is immutable and already points at ${other}; this build is ${layout.digest}. ` +
        'Nothing was pushed. Use a new tag (the default is the commit SHA), or rebuild the commit that made the tag.',
    ),
  );
  expect(registry.writes()).toEqual([]);
  expect(await scratchDirs()).toEqual([]);
});

test('a registry that answers 503 is retried after a backoff on the injected clock, and the push goes through', async () => {
  registry.failNext('PUT', '/v2/support-bot/manifests/', 503);
  const result = await buildPush(request());
  expect(result).toMatchObject({ pushed: true, tagged: true });
  expect(registry.manifests.get('abc1234')?.digest).toBe(layout.digest);
  expect(registry.writes().filter((r) => r.path === '/v2/support-bot/manifests/abc1234')).toHaveLength(2);
  // One backoff, taken on the fake clock: the test never waits for it.
  expect(clock.sleeps).toHaveLength(1);
  expect(clock.now()).toBe(clock.sleeps[0]);
  expect(logger.lines.filter((line) => line.includes('retrying in'))).toEqual([
    expect.stringMatching(new RegExp(`^Pushing manifest ${layout.digest} as ${REGISTRY}/support-bot:abc1234 failed: HTTP 503 UNAVAILABLE: try later; retrying in \\d\\.\\ds \\(attempt 2 of 5\\)$`)),
  ]);
});

test('cancelled during a registry retry: the wait ends with a cancel and nothing more is sent to the registry', async () => {
  registry.failNext('PUT', '/v2/support-bot/manifests/', 503);
  const controller = new AbortController();
  const req = request({ signal: controller.signal });
  cancelOnSleep(req.clock, controller);
  const writesBefore = () => registry.writes().filter((r) => r.path === '/v2/support-bot/manifests/abc1234');
  await expect(buildPush(req)).rejects.toBeInstanceOf(CancelledError);
  // The refused manifest PUT only: it is not sent again after the cancel.
  expect(writesBefore()).toHaveLength(1);
  expect(registry.manifests.get('abc1234')).toBeUndefined();
  expect(await scratchDirs()).toEqual([]);
});
