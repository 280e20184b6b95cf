/**
 * `from-environment`: the image another environment's endpoint serves, read from AWS (the
 * endpoint's liveVersion → that version's containerUri) and cross-checked with that
 * environment's ledger. Reading another account takes credentials there: an assumed role.
 */
import type { BedrockAgentCoreControlClient } from '@aws-sdk/client-bedrock-agentcore-control';
import type { SSMClient } from '@aws-sdk/client-ssm';
import { AssumeRoleCommand, type STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import type { ResolvedEnvironment, ResolvedRuntime } from '../config/index.js';
import { UserError, explain, isAwsError } from '../errors.js';
import { parseImageUri, type ImageRef } from '../images.js';
import { latestVersionEntry, readLedger } from '../ledger.js';
import type { Logger } from '../logger.js';
import { ledgerPath } from '../ssm/paths.js';
import { findRuntimeByName, getEndpoint, getRuntimeVersion } from './lookup.js';

export interface ServedImage {
  image: ImageRef;
  imageUri: string;
  endpoint: string;
  version: string;
}

export interface SourceOptions {
  environment: ResolvedEnvironment;
  runtime: ResolvedRuntime;
  /** Default: the runtime's promotion.live_endpoint there. */
  endpoint?: string;
  control: BedrockAgentCoreControlClient;
  ssm: SSMClient;
  logger: Logger;
}

/**
 * STS refuses alike a role that does not exist and one whose trust policy does not name the
 * caller; its message names the caller, which is what the trust policy must allow.
 */
function trustRefusal(roleArn: string, awsMessage: string): UserError {
  const caller = /^User: (\S+) is not authorized/.exec(awsMessage)?.[1];
  const account = /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/.exec(caller ?? '')?.[1];
  const principal = caller ? `"${caller.replace(/^arn:(aws[a-z-]*):sts::(\d{12}):assumed-role\/([^/]+)\/.*$/, 'arn:$1:iam::$2:role/$3')}"` : 'the deploy role of this job';
  return new UserError(
    `STS refused to let this job assume the role "${roleArn}" (input "from-role-arn"): ${awsMessage}. ` +
      `Check that the role exists, and that its trust policy (AssumeRolePolicyDocument) allows "sts:AssumeRole" to ${principal}` +
      `${account ? ` or to the account ${account}` : ''}.`,
  );
}

/** Credentials of a role (another environment's account), for reading only. */
export async function assumeRoleCredentials(sts: STSClient, roleArn: string, sessionName: string, mask: (secret: string) => void): Promise<AwsCredentialIdentity> {
  let credentials;
  try {
    credentials = (await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: sessionName.replace(/[^\w+=,.@-]/g, '-').slice(0, 64) }))).Credentials;
  } catch (error) {
    if (isAwsError(error) && error.name === 'AccessDenied') throw trustRefusal(roleArn, error.message);
    throw explain(`Assuming ${roleArn} (STS AssumeRole)`, error, 'The role must trust the deploy role of this job (sts:AssumeRole).');
  }
  if (!credentials?.AccessKeyId || !credentials.SecretAccessKey) throw new UserError(`STS AssumeRole of ${roleArn} returned no credentials.`);
  mask(credentials.SecretAccessKey);
  if (credentials.SessionToken) mask(credentials.SessionToken);
  return {
    accessKeyId: credentials.AccessKeyId,
    secretAccessKey: credentials.SecretAccessKey,
    ...(credentials.SessionToken ? { sessionToken: credentials.SessionToken } : {}),
    ...(credentials.Expiration ? { expiration: credentials.Expiration } : {}),
  };
}

/** The image the source environment's endpoint serves right now, by digest. */
export async function readServedImage(options: SourceOptions): Promise<ServedImage> {
  const { environment, runtime, control, logger } = options;
  const endpointName = options.endpoint || runtime.promotion.live_endpoint;
  const where = `runtime "${runtime.key}" (${runtime.aws_name}) of environment "${environment.name}" (${environment.region})`;
  const found = await findRuntimeByName(control, runtime.aws_name);
  if (!found) throw new UserError(`${where} does not exist, so it serves nothing to deploy from. Deploy and promote it there first.`);
  const endpoint = await getEndpoint(control, found.agentRuntimeId!, endpointName);
  if (!endpoint) {
    throw new UserError(`Endpoint "${endpointName}" of ${where} does not exist. Promote a version there first, or name another endpoint with "from-endpoint".`);
  }
  const version = endpoint.liveVersion;
  if (!version) throw new UserError(`Endpoint "${endpointName}" of ${where} serves no version yet (status ${endpoint.status}).`);
  const served = await getRuntimeVersion(control, found.agentRuntimeId!, version);
  const imageUri = served.agentRuntimeArtifact?.containerConfiguration?.containerUri;
  if (!imageUri) throw new UserError(`Version ${version} of ${where} runs no container image (it may be a code deployment), so there is no image to deploy.`);
  const image = parseImageUri(imageUri, `The image of version ${version} of ${where}`);
  if (!image.digest) {
    throw new UserError(`Version ${version} of ${where} runs ${imageUri}, a tag that may have moved since. Deploy it there by digest first.`);
  }
  logger.info(`Endpoint "${endpointName}" of ${where} serves version ${version}: ${imageUri}`);

  const ledger = await readLedger(options.ssm, ledgerPath(environment.global_resources.sync_config.parameter_store_prefix, environment.name, runtime.key));
  const recorded = latestVersionEntry(ledger, version);
  if (!recorded) {
    logger.warning(`The ledger of ${where} has no entry for version ${version}: it was not deployed by deploy-version, or its entry was trimmed.`);
  } else if (recorded.imageDigest !== image.digest) {
    logger.warning(`The ledger of ${where} says version ${version} runs ${recorded.imageDigest}, but AgentCore says ${image.digest}; deploying what AgentCore runs.`);
  }
  return { image, imageUri, endpoint: endpointName, version };
}
