/**
 * setup-env for one environment: check the account, then (deploy-infrastructure) check what the
 * config gives by hand (role ARNs, an existing user pool), create or update each planned stack
 * in order, and derive the selected runtime's outputs; without deploying, the outputs come from
 * names and the config. A cancel (request.signal) starts no further stack and stops the waits;
 * a stack operation already under way is left to CloudFormation (see infra/stack.ts).
 */
import { DescribeUserPoolClientCommand, DescribeUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { GetRoleCommand } from '@aws-sdk/client-iam';
import type { EnvironmentClients } from '../aws/clients.js';
import { cancellableClock, throwIfCancelled } from '../cancel.js';
import { environmentHash, type ResolvedEnvironment, type ResolvedRuntime } from '../config/index.js';
import { UserError, explain, isAwsErrorNamed } from '../errors.js';
import { checkCredentials } from '../identity.js';
import { repositoryUri } from '../naming.js';
import { cognitoAuthorizer, runtimeRoleArn } from '../runtime/request.js';
import { ecrStackName, planInfrastructure, roleStackName, cognitoStackName, type InfraPlan, type ParameterValue, type StackPlan } from '../infra/plan.js';
import { deployStack, type StackAction } from '../infra/stack.js';
import { readTemplate } from '../infra/templates.js';
import type { RuntimeRequest } from './request.js';

/** What became of one concern: a stack deployed, or a value given by hand and found to exist. */
export interface ConcernResult {
  concern: StackPlan['concern'];
  key: string;
  /** The stack name, or the value given by hand. */
  name: string;
  action: StackAction | 'given';
  changes: string[];
}

/** setup-env's infrastructure outputs for the selected runtime; empty strings where they do not apply. */
export interface InfraOutputs {
  'ecr-repository-uri': string;
  'role-arn': string;
  'cognito-user-pool-id': string;
  'cognito-client-id': string;
  'cognito-discovery-url': string;
}

export interface SetupEnvRequest extends RuntimeRequest {
  /** False: no stack is created or updated; the outputs come from names and the config. */
  deployInfrastructure: boolean;
  /** The CloudFormation templates; read only when deploying. */
  templatesDir: string;
  recreateFailedStacks: boolean;
  clients: Pick<EnvironmentClients, 'sts' | 'cloudformation' | 'iam' | 'cognito'>;
  /** Called once the account is checked, before any stack changes, so outputs and summary say where this runs even when a stack fails. */
  onAccount?: (checked: { account: string; configHash: string }) => void;
  /** Called as each concern is done, so a summary can show progress even when a later one fails. */
  onResult?: (result: ConcernResult) => void;
}

export interface SetupEnvResult {
  account: string;
  configHash: string;
  results: ConcernResult[];
  outputs: InfraOutputs;
  changed: boolean;
}

interface ProvisionRequest extends SetupEnvRequest {
  account: string;
}

export async function setupEnv(request: SetupEnvRequest): Promise<SetupEnvResult> {
  const { environment, runtime, logger } = request;
  const identity = await (request.identity ?? checkCredentials(request.clients.sts, environment, logger));
  const checked = { account: identity.account, configHash: environmentHash(environment) };
  request.onAccount?.(checked);
  if (!request.deployInfrastructure) {
    logger.info('deploy-infrastructure is false: no stack is created or updated; outputs come from names and the config.');
    return { ...checked, results: [], outputs: derivedOutputs(environment, runtime, identity.account), changed: false };
  }
  const provisioned = await provisionInfrastructure({ ...request, account: identity.account });
  // One notice for the whole no-op run; each stack said its own "no change" as a plain log line.
  if (!provisioned.changed) logger.notice(`Infrastructure of ${environment.name}: no change, every stack already matches.`);
  return { ...checked, ...provisioned };
}

async function provisionInfrastructure(request: ProvisionRequest): Promise<Omit<SetupEnvResult, 'account' | 'configHash'>> {
  const { environment, logger } = request;
  const plan = planInfrastructure(environment, request.account);
  const results: ConcernResult[] = [];
  const done = (result: ConcernResult) => {
    results.push(result);
    request.onResult?.(result);
  };

  // Read-only checks first: a wrong hand-given value fails the run before any stack changes.
  await logger.group('Checking values given by hand', async () => {
    if (plan.givenRoles.length === 0 && plan.givenGateways.length === 0 && !plan.givenCognito) logger.info('None: every concern has its stack.');
    for (const given of plan.givenRoles) {
      await checkRole(request, given.roleArn, given.paths);
      done({ concern: 'role', key: given.roleArn, name: given.roleArn, action: 'given', changes: [] });
    }
    for (const given of plan.givenGateways) {
      logger.info(`Gateway ${given.gatewayId} (${given.paths.join(', ')}) is an existing gateway given by id: no stack for it; promote-endpoint checks that it exists.`);
    }
    if (plan.givenCognito) {
      await checkCognito(request, plan.givenCognito);
      done({ concern: 'cognito', key: 'cognito', name: plan.givenCognito.userPoolId, action: 'given', changes: [] });
    }
  });

  const outputsByStack = new Map<string, Record<string, string>>();
  const clock = cancellableClock(request.clock, request.signal);
  for (const stack of plan.stacks) {
    throwIfCancelled(request.signal);
    const outcome = await logger.group(`Stack ${stack.stackName} (${stack.template})`, () =>
      deployStack({
        stackName: stack.stackName,
        templateBody: readTemplate(request.templatesDir, stack.template),
        parameters: resolveParameters(stack, outputsByStack),
        recreateFailed: request.recreateFailedStacks,
        timeoutMs: request.timeoutMs,
        cloudformation: request.clients.cloudformation,
        clock,
        logger,
        signal: request.signal,
      }),
    );
    outputsByStack.set(stack.stackName, outcome.outputs);
    done({ concern: stack.concern, key: stack.key, name: stack.stackName, action: outcome.action, changes: outcome.changes });
  }

  return {
    results,
    outputs: runtimeOutputs(request, plan, outputsByStack),
    changed: results.some((result) => result.action !== 'unchanged' && result.action !== 'given'),
  };
}

function resolveParameters(stack: StackPlan, outputsByStack: Map<string, Record<string, string>>): Record<string, string> {
  const resolve = ([key, value]: [string, ParameterValue]): [string, string] => {
    if (typeof value === 'string') return [key, value];
    const output = outputsByStack.get(value.stack)?.[value.output];
    // Planning orders stacks so that what is referenced was deployed first: a miss is a bug.
    if (output === undefined) throw new Error(`Parameter ${key} of ${stack.stackName} needs output ${value.output} of ${value.stack}, which is not known`);
    return [key, output];
  };
  return Object.fromEntries(Object.entries(stack.parameters).map(resolve));
}

async function checkRole(request: ProvisionRequest, arn: string, paths: string[]): Promise<void> {
  const where = paths.join(', ');
  const [, , , , account, resource = ''] = arn.split(':');
  if (account !== request.account) {
    throw new UserError(
      `${where}: role ${arn} is in account ${account}, but environment "${request.environment.name}" runs in account ${request.account}; AgentCore can only use a role of its own account.`,
    );
  }
  const name = resource.split('/').pop() ?? '';
  try {
    await request.clients.iam.send(new GetRoleCommand({ RoleName: name }));
  } catch (error) {
    if (isAwsErrorNamed(error, 'NoSuchEntity', 'NoSuchEntityException')) {
      throw new UserError(`${where}: role ${arn} does not exist in account ${request.account}. Create it, or give the role key of global_resources.iam_roles so setup-env creates it.`);
    }
    throw explain(`Checking role ${arn} (IAM GetRole)`, error);
  }
  request.logger.info(`Role ${arn} exists (${where}): no role stack for it.`);
}

async function checkCognito(request: ProvisionRequest, given: NonNullable<InfraPlan['givenCognito']>): Promise<void> {
  const { environment, clients } = request;
  const path = `environments.${environment.name}.cognito`;
  try {
    await clients.cognito.send(new DescribeUserPoolCommand({ UserPoolId: given.userPoolId }));
  } catch (error) {
    if (isAwsErrorNamed(error, 'ResourceNotFoundException')) {
      throw new UserError(`${path}.user_pool_id: user pool ${given.userPoolId} does not exist in ${environment.region}. Fix the id, or set cognito to { "managed": true } so setup-env creates a pool.`);
    }
    throw explain(`Checking user pool ${given.userPoolId} (Cognito DescribeUserPool in ${environment.region})`, error);
  }
  try {
    await clients.cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: given.userPoolId, ClientId: given.appClientId }));
  } catch (error) {
    if (isAwsErrorNamed(error, 'ResourceNotFoundException')) {
      throw new UserError(`${path}.app_client_id: app client ${given.appClientId} does not exist in user pool ${given.userPoolId} (${environment.region}).`);
    }
    throw explain(`Checking app client ${given.appClientId} (Cognito DescribeUserPoolClient in ${environment.region})`, error);
  }
  request.logger.info(`User pool ${given.userPoolId} and app client ${given.appClientId} exist: no Cognito stack.`);
}

/** The selected runtime's values, from the stacks' outputs or the values given by hand. */
function runtimeOutputs(request: ProvisionRequest, plan: InfraPlan, outputsByStack: Map<string, Record<string, string>>): InfraOutputs {
  const { environment, runtime } = request;
  const output = (stack: string, key: string) => outputsByStack.get(stack)?.[key] ?? '';
  const roleArn = plan.givenRoles.some((given) => given.roleArn === runtime.iam_role)
    ? runtime.iam_role
    : output(roleStackName(environment.name, runtime.iam_role), 'RoleArn');
  let cognito = { 'cognito-user-pool-id': '', 'cognito-client-id': '', 'cognito-discovery-url': '' };
  if (runtime.authorizer === 'cognito') {
    if (plan.givenCognito) {
      const { userPoolId, appClientId } = plan.givenCognito;
      cognito = {
        'cognito-user-pool-id': userPoolId,
        'cognito-client-id': appClientId,
        'cognito-discovery-url': cognitoAuthorizer(environment.region, userPoolId, appClientId).discoveryUrl,
      };
    } else {
      const stack = cognitoStackName(environment.name);
      cognito = {
        'cognito-user-pool-id': output(stack, 'UserPoolId'),
        'cognito-client-id': output(stack, 'AppClientId'),
        'cognito-discovery-url': output(stack, 'DiscoveryUrl'),
      };
    }
  }
  return { 'ecr-repository-uri': output(ecrStackName(environment.name, runtime.ecr_repository), 'RepositoryUri'), 'role-arn': roleArn, ...cognito };
}

/**
 * The outputs without deploying (deploy-infrastructure false): names the stacks would give, and
 * values given by hand. A managed user pool's ids are only known from its stack, so they stay empty.
 */
export function derivedOutputs(environment: ResolvedEnvironment, runtime: ResolvedRuntime, account: string): InfraOutputs {
  const cognito = environment.cognito;
  const given = runtime.authorizer === 'cognito' && cognito && 'user_pool_id' in cognito ? cognito : undefined;
  return {
    'ecr-repository-uri': repositoryUri(account, environment.region, runtime.ecr_repository),
    'role-arn': runtimeRoleArn(environment, runtime, account),
    'cognito-user-pool-id': given?.user_pool_id ?? '',
    'cognito-client-id': given?.app_client_id ?? '',
    'cognito-discovery-url': given ? cognitoAuthorizer(environment.region, given.user_pool_id, given.app_client_id).discoveryUrl : '',
  };
}
