import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts';
import type { ClientFactory } from './aws/clients.js';
import { UserError, explain } from './errors.js';
import type { ResolvedEnvironment } from './config/index.js';
import type { Logger } from './logger.js';

export interface CallerIdentity {
  account: string;
  arn: string;
}

/**
 * Asks STS who the credentials are and refuses to go on when they belong to
 * another account than the environment declares: nothing is changed before this.
 */
export async function checkAccount(sts: STSClient, environment: ResolvedEnvironment): Promise<CallerIdentity> {
  let identity: CallerIdentity;
  try {
    const answer = await sts.send(new GetCallerIdentityCommand({}));
    identity = { account: answer.Account ?? '', arn: answer.Arn ?? '' };
  } catch (error) {
    throw explain(
      `Checking the AWS credentials for environment "${environment.name}" (STS GetCallerIdentity in ${environment.region})`,
      error,
      'Configure AWS credentials before this step, e.g. with aws-actions/configure-aws-credentials and the role from templates/github-oidc-deploy-role.yaml.',
    );
  }
  if (environment.account_id && identity.account !== environment.account_id) {
    throw new UserError(
      `Environment "${environment.name}" belongs to account ${environment.account_id} (environments.${environment.name}.account_id), ` +
        `but the credentials are for account ${identity.account} (${identity.arn}). ` +
        `Nothing was changed. Use credentials for account ${environment.account_id}, e.g. that account's deploy role.`,
    );
  }
  return identity;
}

/** The "Checking credentials" phase every action that works on one environment starts with. */
export async function checkCredentials(sts: STSClient, environment: ResolvedEnvironment, logger: Logger): Promise<CallerIdentity> {
  const identity = await logger.group(`Checking credentials for ${environment.name} (${environment.region})`, () => checkAccount(sts, environment));
  logger.info(`Credentials: ${identity.arn} in account ${identity.account}`);
  return identity;
}

/** The STS client and the account check already under way on it. */
export interface CredentialCheck {
  sts: STSClient;
  identity: Promise<CallerIdentity>;
}

/**
 * Builds only the STS client and makes the account check on it, before the caller loads its
 * other SDK clients: the first request goes out as soon as the SDK core and STS are loaded.
 * The caller hands `identity` to the orchestrator, which awaits it before anything else.
 */
export async function startCredentialCheck(clientsFor: ClientFactory, environment: ResolvedEnvironment, logger: Logger): Promise<CredentialCheck> {
  const { sts } = await clientsFor({ region: environment.region }, ['sts']);
  const identity = checkCredentials(sts, environment, logger);
  // Settled before the caller loads anything else: compiling its other chunks holds the thread,
  // and the request would only be written after them. A failure is the orchestrator's to report.
  await identity.catch(() => undefined);
  return { sts, identity };
}
