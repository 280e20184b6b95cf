import { DescribeStacksCommand, type CloudFormationClient } from '@aws-sdk/client-cloudformation';
import type { ResolvedEnvironment, ResolvedRuntime } from '../config/index.js';
import { UserError, explain, isAwsErrorNamed } from '../errors.js';
import { stackName } from '../naming.js';
import { cognitoAuthorizer, type JwtAuthorizer } from './request.js';

/**
 * The JWT authorizer of a runtime whose authorizer is cognito: from the environment's pool and
 * app client, or for `cognito: {managed: true}` from the outputs (UserPoolId, AppClientId) of the
 * stack setup-env deployed from templates/cognito.yaml. Undefined for `authorizer: none` (IAM).
 */
export async function resolveAuthorizer(
  environment: ResolvedEnvironment,
  runtime: ResolvedRuntime,
  cloudformation: () => CloudFormationClient,
): Promise<JwtAuthorizer | undefined> {
  if (runtime.authorizer !== 'cognito') return undefined;
  const cognito = environment.cognito;
  if (!cognito) {
    throw new UserError(`${runtime.config_path}.authorizer is cognito, but environments.${environment.name} has no cognito.`);
  }
  if ('user_pool_id' in cognito) return cognitoAuthorizer(environment.region, cognito.user_pool_id, cognito.app_client_id);

  const stack = stackName(environment.name, 'cognito');
  const setupHint = `Run setup-env for environment "${environment.name}" first: it deploys ${stack} from templates/cognito.yaml.`;
  let outputs;
  try {
    const answer = await cloudformation().send(new DescribeStacksCommand({ StackName: stack }));
    outputs = answer.Stacks?.[0]?.Outputs ?? [];
  } catch (error) {
    if (isAwsErrorNamed(error, 'ValidationError') && /does not exist/.test((error as Error).message)) {
      throw new UserError(`Environment "${environment.name}" has a managed Cognito user pool, but its stack ${stack} does not exist in ${environment.region}. ${setupHint}`);
    }
    throw explain(`Reading the Cognito stack ${stack} (CloudFormation DescribeStacks in ${environment.region})`, error);
  }
  const output = (key: string) => outputs.find((o) => o.OutputKey === key)?.OutputValue;
  const userPoolId = output('UserPoolId');
  const appClientId = output('AppClientId');
  if (!userPoolId || !appClientId) {
    throw new UserError(`The stack ${stack} in ${environment.region} has no UserPoolId and AppClientId outputs (is it still being created?). ${setupHint}`);
  }
  return cognitoAuthorizer(environment.region, userPoolId, appClientId);
}
