/**
 * build-push end to end: check the account → the repository exists (setup-env made it) → build
 * an OCI layout (buildah, docker buildx, or a prebuilt one) → refuse another platform → log in
 * to ECR → push by digest, skipping what the repository already has.
 *
 * Nothing is pushed before the tag is known to be free (or already this image). A cancel
 * (signal) stops the registry's retry waits and starts no push once the build is done.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DescribeRepositoriesCommand, type ECRClient, type Repository } from '@aws-sdk/client-ecr';
import type { EnvironmentClients } from '../aws/clients.js';
import { cancellableClock, throwIfCancelled } from '../cancel.js';
import { buildLayout } from '../build/build.js';
import { selectBuilder, type BuildSpec, type Builder } from '../build/builders.js';
import type { CommandRunner } from '../build/command.js';
import type { Clock } from '../clock.js';
import type { ResolvedEnvironment, ResolvedRuntime } from '../config/index.js';
import { UserError, explain, isAwsErrorNamed } from '../errors.js';
import { checkCredentials, type CallerIdentity } from '../identity.js';
import type { Logger } from '../logger.js';
import { formatPlatform, loginToEcr, parsePlatform, pushOciLayout, readOciLayout } from '../registry/index.js';

export interface BuildPushRequest {
  environment: ResolvedEnvironment;
  runtime: ResolvedRuntime;
  /** auto, buildah, docker or oci-layout (checked here). */
  builder: string;
  spec: BuildSpec;
  ociLayout?: string;
  tag: string;
  /** Where to make the build's scratch directory (the runner's temp directory). */
  tempRoot: string;
  runner: CommandRunner;
  clients: Pick<EnvironmentClients, 'sts' | 'ecr'>;
  /** The account check, when the entry started it before loading this module (startCredentialCheck); else it is made here. */
  identity?: Promise<CallerIdentity>;
  /** Paces the registry client's retries of throttled and failed requests. */
  clock: Clock;
  logger: Logger;
  /** Aborted when the step is cancelled. */
  signal?: AbortSignal | undefined;
}

export interface BuildPushResult {
  account: string;
  region: string;
  repository: string;
  builder: Builder;
  /** `<account>.dkr.ecr.<region>.amazonaws.com/<repository>@sha256:…`. */
  imageUri: string;
  digest: string;
  tag: string;
  platform: string;
  /** False when the repository already had this digest: no image was uploaded. */
  pushed: boolean;
  /** False when the tag already pointed at this digest: nothing at all was written. */
  tagged: boolean;
  uploaded: string[];
  skipped: string[];
}

export async function buildPush(request: BuildPushRequest): Promise<BuildPushResult> {
  const { environment, runtime, logger, clients } = request;
  const region = environment.region;
  const repository = runtime.ecr_repository;
  const builder = await selectBuilder(request.builder, request.runner);
  const platform = formatPlatform(parsePlatform(request.spec.platform));

  const identity = await (request.identity ?? checkCredentials(clients.sts, environment, logger));
  const where = { account: identity.account, region, repository, environment: environment.name, runtime: runtime.key };
  const repo = await logger.group(`Checking repository ${repository}`, () => describeRepository(clients.ecr, where));

  const workDir = await mkdtemp(join(request.tempRoot, 'agentcore-build-'));
  try {
    const layout = await logger.group(`Building with ${builder}`, () =>
      buildLayout({
        builder,
        spec: request.spec,
        ...(request.ociLayout ? { ociLayout: request.ociLayout } : {}),
        tag: request.tag,
        localName: `localhost/agentcore-actions/${repository}:${request.tag}`,
        workDir,
        runner: request.runner,
        logger,
      }),
    );
    const image = await readOciLayout(layout, platform);
    logger.info(`Built ${image.digest} for ${formatPlatform(image.platform)}`);
    throwIfCancelled(request.signal);

    return await logger.group(`Pushing to ${repository} in ${identity.account}/${region}`, async () => {
      const client = await loginToEcr({ ecr: clients.ecr, region }, { registryId: identity.account, mask: (secret) => logger.secret(secret), logger, clock: cancellableClock(request.clock, request.signal) });
      const tagged = await client.manifestDigest(repository, request.tag);
      const present = (await client.manifestDigest(repository, image.digest)) === image.digest;
      if (tagged && tagged !== image.digest) {
        if (isTagImmutable(repo, request.tag)) {
          throw new UserError(
            `Tag "${request.tag}" of ${client.repositoryUri(repository)} is immutable and already points at ${tagged}; this build is ${image.digest}. ` +
              'Nothing was pushed. Use a new tag (the default is the commit SHA), or rebuild the commit that made the tag.',
          );
        }
        logger.warning(`Tag "${request.tag}" of ${client.repositoryUri(repository)} moves from ${tagged} to ${image.digest}.`);
      }
      throwIfCancelled(request.signal);
      const pushed = await pushOciLayout(client, repository, layout, { tag: request.tag, platform, logger });
      return {
        account: identity.account,
        region,
        repository,
        builder,
        imageUri: pushed.imageUri,
        digest: image.digest,
        tag: request.tag,
        platform: formatPlatform(image.platform),
        pushed: !present,
        tagged: pushed.changed,
        uploaded: pushed.uploaded,
        skipped: pushed.skipped,
      };
    });
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

interface RepositoryWhere {
  account: string;
  region: string;
  repository: string;
  environment: string;
  runtime: string;
}

async function describeRepository(ecr: ECRClient, where: RepositoryWhere): Promise<Repository> {
  try {
    const answer = await ecr.send(new DescribeRepositoriesCommand({ registryId: where.account, repositoryNames: [where.repository] }));
    const repository = answer.repositories?.[0];
    if (!repository) throw new UserError(`ECR DescribeRepositories returned nothing for repository "${where.repository}" in ${where.account}/${where.region}.`);
    return repository;
  } catch (error) {
    if (isAwsErrorNamed(error, 'RepositoryNotFoundException')) {
      throw new UserError(
        `ECR repository "${where.repository}" (ecr_repository of runtime "${where.runtime}") does not exist in account ${where.account}, region ${where.region}. ` +
          `Run setup-env for environment "${where.environment}" first: it creates the repository.`,
      );
    }
    throw explain(`Checking ECR repository "${where.repository}" in ${where.account}/${where.region}`, error, 'The credentials need ecr:DescribeRepositories.');
  }
}

/** Would ECR refuse to move this tag? IMMUTABLE, or one of the *_WITH_EXCLUSION forms and its wildcard filters. */
export function isTagImmutable(repository: Pick<Repository, 'imageTagMutability' | 'imageTagMutabilityExclusionFilters'>, tag: string): boolean {
  const excluded = (repository.imageTagMutabilityExclusionFilters ?? []).some((f) => wildcard(f.filter ?? '').test(tag));
  switch (repository.imageTagMutability) {
    case 'IMMUTABLE':
      return true;
    case 'IMMUTABLE_WITH_EXCLUSION':
      return !excluded;
    case 'MUTABLE_WITH_EXCLUSION':
      return excluded;
    default:
      return false;
  }
}

function wildcard(filter: string): RegExp {
  return new RegExp(`^${filter.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}
