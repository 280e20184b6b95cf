import { CreateRepositoryCommand, DescribeImagesCommand, ECRClient, SetRepositoryPolicyCommand } from '@aws-sdk/client-ecr';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../src/core/errors.js';
import { findImageDigest, parseImageUri, stageImage } from '../../src/core/images.js';
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
    expect(await findImageDigest(ecr(STAGING), ref)).toBe(digest);
    const missing = parseImageUri('222222222222.dkr.ecr.eu-west-1.amazonaws.com/support-bot:nope');
    await expect(findImageDigest(ecr(STAGING), missing)).rejects.toThrow(
      'The image 222222222222.dkr.ecr.eu-west-1.amazonaws.com/support-bot:nope is not in the registry: no image has tag "nope". Push it with build-push first, or pass its digest.',
    );
  });

  /** Stages an image for a runtime of staging whose ecr_repository is `repository`. */
  function stageInStaging(uri: string, logger: RecordingLogger, repository = 'support-bot', runtimeKey = 'support-bot') {
    return stageImage({
      image: parseImageUri(uri),
      ...STAGING,
      repository,
      repositoryPath: `environments.staging.agent_runtimes.${runtimeKey}.ecr_repository`,
      ecr: ecr(STAGING),
      sourceEcr: () => Promise.reject(new Error('an image in this registry needs no other')),
      mask: () => undefined,
      logger,
    });
  }

  test("an image in this environment's registry is deployed from where it is, after DescribeImages found its digest", async () => {
    const digest = await pushToStaging();
    const uri = `222222222222.dkr.ecr.eu-west-1.amazonaws.com/support-bot@${digest}`;
    const logger = new RecordingLogger();
    expect(await stageInStaging(uri, logger)).toEqual({ imageUri: uri, digest });
    expect(logger.lines).toContain(`Image found in this environment's registry: ${uri}`);
    expect(logger.lines.filter((line) => line.startsWith('warning:'))).toEqual([]);
  });

  test("a digest missing from this environment's registry fails with the URI and what to do, and is never said to be found", async () => {
    await pushToStaging();
    const uri = `222222222222.dkr.ecr.eu-west-1.amazonaws.com/support-bot@${DIGEST_A}`;
    const logger = new RecordingLogger();
    const error = await stageInStaging(uri, logger).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(
      `The image ${uri} is not in the registry: repository support-bot of account 222222222222 in eu-west-1 has no image with digest ${DIGEST_A}. ` +
        'No version was made. Push the image with build-push first and pass the image-uri it outputs, or check the account, region, repository and digest.',
    );
    expect(logger.lines.join('\n')).not.toContain('Image found');
  });

  test("an image in another repository of this registry is found there, with a warning naming the runtime's ecr_repository", async () => {
    const digest = await pushToStaging();
    const uri = `222222222222.dkr.ecr.eu-west-1.amazonaws.com/support-bot@${digest}`;
    const logger = new RecordingLogger();
    expect(await stageInStaging(uri, logger, 'orders-agent', 'orders')).toEqual({ imageUri: uri, digest });
    expect(logger.lines).toContain(
      `warning: The image ${uri} is in repository "support-bot", not in this runtime's repository "orders-agent" (environments.staging.agent_runtimes.orders.ecr_repository). ` +
        'The runtime\'s role may not be allowed to pull from "support-bot": push the image to "orders-agent" with build-push, or set environments.staging.agent_runtimes.orders.ecr_repository to "support-bot".',
    );
  });

  test("an image in another account's registry is copied by digest into this environment's repository", async () => {
    const digest = await pushToStaging(PROD.account);
    await ecr(PROD).send(new CreateRepositoryCommand({ repositoryName: 'support-bot' }));
    const masked: string[] = [];
    const staged = await stageImage({
      image: parseImageUri('222222222222.dkr.ecr.eu-west-1.amazonaws.com/support-bot:v1'),
      ...PROD,
      repository: 'support-bot',
      repositoryPath: 'environments.prod.agent_runtimes.support-bot.ecr_repository',
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
      repositoryPath: 'environments.prod.agent_runtimes.support-bot.ecr_repository',
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
