import { CreateRepositoryCommand, DescribeImagesCommand, ECRClient, SetRepositoryPolicyCommand } from '@aws-sdk/client-ecr';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../src/core/errors.js';
import { parseImageUri, resolveTag, stageImage } from '../../src/core/images.js';
import { RecordingLogger } from '../../src/testing/recording-logger.js';
import { loginToEcr, pushOciLayout, writeOciLayout } from '../../src/core/registry/index.js';
import type { RunningEmulator } from '../../src/emulator/server.js';
import { clientOptions, control, startTestEmulator } from '../helpers/emulator.js';
import { DIGEST_A } from './fixtures.js';

const STAGING = { account: '222222222222', region: 'eu-west-1' };
const PROD = { account: '333333333333', region: 'us-east-1' };

describe('parseImageUri', () => {
  test('digest, tag, and both', () => {
    expect(parseImageUri(`111111111111.dkr.ecr.us-west-2.amazonaws.com/team/bot@${DIGEST_A}`)).toEqual({
      account: '111111111111',
      region: 'us-west-2',
      repository: 'team/bot',
      digest: DIGEST_A,
    });
    expect(parseImageUri('111111111111.dkr.ecr.us-west-2.amazonaws.com/bot:v1.2')).toEqual({
      account: '111111111111',
      region: 'us-west-2',
      repository: 'bot',
      tag: 'v1.2',
    });
    expect(parseImageUri(`111111111111.dkr.ecr.us-west-2.amazonaws.com/bot:v1@${DIGEST_A}`)).toMatchObject({ tag: 'v1', digest: DIGEST_A });
  });

  test('anything else is refused with the expected form', () => {
    for (const bad of ['111111111111.dkr.ecr.us-west-2.amazonaws.com/bot', 'docker.io/library/alpine:3', '1111.dkr.ecr.us-west-2.amazonaws.com/bot:v1']) {
      expect(() => parseImageUri(bad, 'Input "image-uri"')).toThrow(
        `Input "image-uri" "${bad}" is not an ECR image reference: expected <account>.dkr.ecr.<region>.amazonaws.com/<repository>@sha256:<digest> (or :<tag>, which is resolved to its digest).`,
      );
    }
  });
});

describe('against the emulated registries', () => {
  let emulator: RunningEmulator;
  let work: string;
  const saved = { endpoint: process.env.AWS_ENDPOINT_URL, key: process.env.AWS_ACCESS_KEY_ID };
  const ecr = (where: { account: string; region: string }) => new ECRClient(clientOptions(emulator, where.account, where.region));

  beforeAll(async () => {
    emulator = await startTestEmulator();
    // stageImage logs in the way the action does: default credentials, endpoint from AWS_ENDPOINT_URL.
    process.env.AWS_ENDPOINT_URL = emulator.url;
    process.env.AWS_ACCESS_KEY_ID = PROD.account;
  });
  afterAll(async () => {
    for (const [name, value] of [['AWS_ENDPOINT_URL', saved.endpoint], ['AWS_ACCESS_KEY_ID', saved.key]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await emulator.stop();
  });
  beforeEach(async () => {
    await control(emulator, 'POST', 'reset');
    work = await mkdtemp(join(tmpdir(), 'images-'));
  });
  afterEach(() => rm(work, { recursive: true, force: true }));

  /** Builds and pushes a small image into staging's registry as tag v1; returns its digest. */
  async function pushToStaging(policyFor?: string): Promise<string> {
    await ecr(STAGING).send(new CreateRepositoryCommand({ repositoryName: 'support-bot' }));
    if (policyFor) {
      const policyText = JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${policyFor}:root` }, Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }],
      });
      await ecr(STAGING).send(new SetRepositoryPolicyCommand({ repositoryName: 'support-bot', policyText }));
    }
    const built = await writeOciLayout(join(work, 'layout'), { files: { 'app/main.py': 'print("hi")\n' }, platform: 'linux/arm64' });
    const client = await loginToEcr(
      { ecr: new ECRClient(clientOptions(emulator, STAGING.account, STAGING.region)), region: STAGING.region },
      { registryId: STAGING.account, mask: () => undefined, logger: new RecordingLogger() },
    );
    await pushOciLayout(client, 'support-bot', join(work, 'layout'), { tag: 'v1', logger: new RecordingLogger() });
    return built.digest;
  }

  test('a tag in this registry resolves through DescribeImages; a missing tag says what to do', async () => {
    const digest = await pushToStaging();
    const ref = parseImageUri('222222222222.dkr.ecr.eu-west-1.amazonaws.com/support-bot:v1');
    expect(await resolveTag(ecr(STAGING), ref)).toBe(digest);
    const missing = parseImageUri('222222222222.dkr.ecr.eu-west-1.amazonaws.com/support-bot:nope');
    await expect(resolveTag(ecr(STAGING), missing)).rejects.toThrow(
      'The image 222222222222.dkr.ecr.eu-west-1.amazonaws.com/support-bot:nope is not in the registry: no image has tag "nope". Push it with build-push first, or pass its digest.',
    );
  });

  test("an image in this environment's registry is deployed from where it is", async () => {
    const uri = `333333333333.dkr.ecr.us-east-1.amazonaws.com/other@${DIGEST_A}`;
    const staged = await stageImage({
      image: parseImageUri(uri),
      ...PROD,
      repository: 'support-bot',
      ecr: ecr(PROD),
      sourceEcr: () => Promise.reject(new Error('an image in this registry needs no other')),
      mask: () => undefined,
      logger: new RecordingLogger(),
    });
    expect(staged).toEqual({ imageUri: uri, digest: DIGEST_A });
  });

  test("an image in another account's registry is copied by digest into this environment's repository", async () => {
    const digest = await pushToStaging(PROD.account);
    await ecr(PROD).send(new CreateRepositoryCommand({ repositoryName: 'support-bot' }));
    const masked: string[] = [];
    const staged = await stageImage({
      image: parseImageUri('222222222222.dkr.ecr.eu-west-1.amazonaws.com/support-bot:v1'),
      ...PROD,
      repository: 'support-bot',
      ecr: ecr(PROD),
      // The job's own credentials (this account's) read the source registry too, in its region.
      sourceEcr: async (region) => ecr({ account: PROD.account, region }),
      mask: (secret) => masked.push(secret),
      logger: new RecordingLogger(),
    });
    expect(staged).toMatchObject({ imageUri: `333333333333.dkr.ecr.us-east-1.amazonaws.com/support-bot@${digest}`, digest });
    expect(staged.copy?.from).toBe(`222222222222.dkr.ecr.eu-west-1.amazonaws.com/support-bot@${digest}`);
    expect(masked.length).toBeGreaterThanOrEqual(4);
    const { imageDetails } = await ecr(PROD).send(new DescribeImagesCommand({ repositoryName: 'support-bot' }));
    expect(imageDetails?.map((d) => d.imageDigest)).toEqual([digest]);
  });

  test('a pull the source repository does not allow points at cross_account_pull', async () => {
    const digest = await pushToStaging();
    await ecr(PROD).send(new CreateRepositoryCommand({ repositoryName: 'support-bot' }));
    const error = await stageImage({
      image: parseImageUri(`222222222222.dkr.ecr.eu-west-1.amazonaws.com/support-bot@${digest}`),
      ...PROD,
      repository: 'support-bot',
      ecr: ecr(PROD),
      // The job's own credentials (this account's) read the source registry too, in its region.
      sourceEcr: async (region) => ecr({ account: PROD.account, region }),
      mask: () => undefined,
      logger: new RecordingLogger(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/HTTP 403/);
    expect((error as Error).message).toContain(
      'To let account 333333333333 pull from 222222222222.dkr.ecr.eu-west-1.amazonaws.com/support-bot, add it to global_resources.ecr_repositories.support-bot.cross_account_pull',
    );
  });
});
