/**
 * deploy-version end to end, for one environment and runtime:
 *
 *   check the account → read secrets (masked; a missing one fails before any copy) → find the
 *   image, by digest too (copy it into this registry when it lives in another) → the authorizer →
 *   plan: nothing to do when the newest version already runs this and the ledger records it
 *   (then no lease is taken: an idempotent run changes nothing at all; an unrecorded one is
 *   recorded under the lease) →
 *   under the runtime's lease: plan again, create/update and wait → ledger entry → the config
 *   copy in SSM when auto_sync_enabled.
 *
 * Nothing mutating happens before checkAccount. Secret values go only into the AgentCore request.
 */
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import type { ClientFactory, EnvironmentClients } from '../aws/clients.js';
import type { LoadedConfig } from '../config/index.js';
import { CancelledError, cancellableClock, isCancelled, throwIfCancelled } from '../cancel.js';
import { UserError } from '../errors.js';
import { checkCredentials } from '../identity.js';
import { parseImageUri, stageImage, type StagedImage } from '../images.js';
import { latestVersionEntry, type LedgerWrite, type VersionEntry } from '../ledger.js';
import { resolveAuthorizer } from '../runtime/authorizer.js';
import { applyPlan, planDeployment, type DeployOptions, type DeployResult } from '../runtime/deploy.js';
import { buildDesiredRuntime, runtimeRoleArn } from '../runtime/request.js';
import { assumeRoleCredentials, readServedImage, type ServedImage } from '../runtime/source.js';
import { resolveSecrets } from '../secrets.js';
import { selectRuntime } from '../target.js';
import { runtimeRecords, type RunIdentity } from './session.js';
import type { RuntimeRequest } from './request.js';

/** Where the image comes from: a URI, or what another environment's endpoint serves. */
export type ImageSource = { imageUri: string } | { fromEnvironment: string; fromEndpoint?: string; fromRoleArn?: string };

export interface DeployVersionRequest extends RuntimeRequest {
  config: LoadedConfig;
  source: ImageSource;
  wait: boolean;
  run: RunIdentity;
  clients: Pick<EnvironmentClients, 'sts' | 'ssm' | 'agentcore' | 'ecr' | 'cloudformation'>;
  /** Clients for another target: the from-environment's region, with an assumed role's credentials. */
  clientsFor: ClientFactory;
}

export interface DeployVersionResult extends DeployResult {
  account: string;
  image: StagedImage;
  /** Set for from-environment. */
  served?: ServedImage & { environment: string };
  configHash: string;
  ledger?: LedgerWrite;
  /** Warnings worth the job summary too (a secret stored as a String). */
  warnings: string[];
}

export async function deployVersion(request: DeployVersionRequest): Promise<DeployVersionResult> {
  const { environment, runtime, logger, clients } = request;
  const region = environment.region;
  const identity = await (request.identity ?? checkCredentials(clients.sts, environment, logger));
  const { ssm, agentcore: control } = clients;

  // A malformed image-uri fails before any read; then secrets, as a missing one must fail before an image is copied across accounts.
  if ('imageUri' in request.source) parseImageUri(request.source.imageUri, 'Input "image-uri"');
  const secrets = await logger.group('Reading secrets', () =>
    resolveSecrets(ssm, runtime.secrets, logger, {
      configPath: runtime.config_path,
      region,
      inheritedFrom: (variable) => request.config.inheritedFrom(['environments', environment.name, 'agent_runtimes', runtime.key, 'secrets', variable]),
    }),
  );
  const { image, served } = await logger.group('Finding the image', () => findImage(request, identity.account));
  const desired = await logger.group('Building the runtime request', async () => {
    const authorizer = await resolveAuthorizer(environment, runtime, () => clients.cloudformation);
    const built = buildDesiredRuntime({
      runtime,
      imageUri: image.imageUri,
      roleArn: runtimeRoleArn(environment, runtime, identity.account),
      ...(authorizer ? { authorizer } : {}),
      secretValues: secrets.values,
      commit: request.run.commit,
    });
    logger.info(`Runtime ${built.name}: image ${image.imageUri}, role ${built.settings.roleArn}, config ${built.configHash.slice(0, 12)}`);
    return built;
  });

  let accepted: string | undefined;
  const deployOptions: DeployOptions = {
    control,
    onAccepted: (version) => (accepted = version),
    desired,
    wait: request.wait,
    timeoutMs: request.timeoutMs,
    clock: cancellableClock(request.clock, request.signal),
    logger,
    where: { environment: environment.name, runtime: runtime.key, region, configPath: runtime.config_path },
  };
  const finished = (result: DeployResult, ledger?: LedgerWrite): DeployVersionResult => ({
    ...result,
    account: identity.account,
    image,
    ...(served ? { served } : {}),
    configHash: desired.configHash,
    ...(ledger ? { ledger } : {}),
    warnings: secrets.warnings,
  });
  const first = await logger.group(`Comparing with the deployed ${desired.name}`, () => planDeployment(deployOptions));

  const records = runtimeRecords({ ...request, ssm });
  const locked = <T>(fn: () => Promise<T>) => records.locked(fn);
  const entryFor = (version: string): VersionEntry => ({
    type: 'version',
    version,
    imageDigest: image.digest,
    imageUri: image.imageUri,
    configHash: desired.configHash,
    commit: request.run.commit,
    actor: request.run.actor,
    runUrl: request.run.runUrl,
    time: new Date(request.clock.now()).toISOString(),
  });
  /**
   * The no-op's version may lack its entry when an earlier run was stopped between the update
   * and the ledger write: record it then. Writing the ledger changes no runtime, and a fully
   * recorded no-op still writes nothing.
   */
  const recordIfMissing = async (result: DeployResult): Promise<LedgerWrite | undefined> => {
    if (latestVersionEntry(await records.readLedger(), result.version)) return undefined;
    const write = await records.append([entryFor(result.version)]);
    logger.notice(`Ledger ${records.ledgerPath}: recorded version ${result.version} that an earlier run deployed but did not record.`);
    return write;
  };

  if (first.action === 'none') {
    // Read before taking the lease, so that a recorded no-op makes no mutating call at all.
    if (latestVersionEntry(await records.readLedger(), first.result.version)) return finished(first.result);
    return locked(async () => finished(first.result, await recordIfMissing(first.result)));
  }

  const deployed = await locked(() =>
    logger.group(`Deploying ${desired.name}`, async () => {
      // Another run may have deployed while this one waited for the lease.
      const plan = await planDeployment(deployOptions);
      throwIfCancelled(request.signal);
      try {
        const result = await applyPlan(deployOptions, plan);
        if (!result.created) return finished(result, await recordIfMissing(result));
        return finished(result, await records.append([entryFor(result.version)]));
      } catch (error) {
        if (!isCancelled(error)) throw error;
        if (!accepted) throw new CancelledError(`Cancelled before ${desired.name} changed: no version was made.`);
        // Cancelled while AgentCore makes the version: it is made all the same, so the ledger learns of it now.
        await records.append([entryFor(accepted)]);
        throw new CancelledError(`Cancelled while AgentCore was making version ${accepted} of ${desired.name}: the version is recorded in the ledger, and a re-run waits for it.`);
      }
    }),
  );
  if (deployed.created) await records.autoSync();
  return deployed;
}

async function findImage(request: DeployVersionRequest, account: string): Promise<{ image: StagedImage; served?: DeployVersionResult['served'] }> {
  const { environment, runtime, logger, source } = request;
  const region = environment.region;
  let imageRef;
  let sourceCredentials: AwsCredentialIdentity | undefined;
  let served: DeployVersionResult['served'];
  if ('imageUri' in source) {
    imageRef = parseImageUri(source.imageUri, 'Input "image-uri"');
  } else {
    const from = request.config.environment(source.fromEnvironment);
    if (from.name === environment.name) throw new UserError(`Input "from-environment" names the environment being deployed to ("${environment.name}"): name the environment to promote from.`);
    const fromRuntime = selectRuntime(request.config, from, runtime.key);
    if (source.fromRoleArn) {
      sourceCredentials = await assumeRoleCredentials(
        (await request.clientsFor({ region: from.region }, ['sts'])).sts,
        source.fromRoleArn,
        `agentcore-deploy-${environment.name}`,
        (secret) => logger.secret(secret),
      );
      logger.info(`Reading environment "${from.name}" as ${source.fromRoleArn}`);
    } else if (from.account_id && from.account_id !== account) {
      throw new UserError(
        `Environment "${from.name}" is in account ${from.account_id}, and these credentials are for account ${account}. ` +
          `Set the input "from-role-arn" to a role in ${from.account_id} that this job may assume and that can read AgentCore and SSM there.`,
      );
    }
    const fromClients = await request.clientsFor({ region: from.region, ...(sourceCredentials ? { credentials: sourceCredentials } : {}) }, ['agentcore', 'ssm']);
    const found = await readServedImage({
      environment: from,
      runtime: fromRuntime,
      ...(source.fromEndpoint ? { endpoint: source.fromEndpoint } : {}),
      control: fromClients.agentcore,
      ssm: fromClients.ssm,
      logger,
    });
    served = { ...found, environment: from.name };
    imageRef = found.image;
  }
  const image = await stageImage({
    image: imageRef,
    account,
    region,
    repository: runtime.ecr_repository,
    repositoryPath: `${runtime.config_path}.ecr_repository`,
    ecr: request.clients.ecr,
    sourceEcr: async (sourceRegion) => (await request.clientsFor({ region: sourceRegion, ...(sourceCredentials ? { credentials: sourceCredentials } : {}) }, ['ecr'])).ecr,
    mask: (secret) => logger.secret(secret),
    logger,
  });
  return { image, ...(served ? { served } : {}) };
}
