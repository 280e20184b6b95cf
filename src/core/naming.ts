/**
 * Names of the AWS resources the templates and actions share, derived the same
 * way everywhere so that deploy-version finds what setup-env created.
 */

/** One CloudFormation stack per concern: agentcore-<env>-<concern>. */
export function stackName(environment: string, concern: string): string {
  return `agentcore-${environment}-${concern}`.replace(/[^a-zA-Z0-9-]/g, '-');
}

/**
 * The IAM role a runtime runs as, created by templates/agent-runtime-role.yaml; per environment so
 * two environments in one account never share it, and prefixed agentcore-<env>- because the deploy
 * role may pass only roles with that prefix (templates/github-oidc-deploy-role.yaml).
 */
export function runtimeRoleName(environment: string, roleKey: string): string {
  return `agentcore-${environment}-${roleKey}`.slice(0, 64);
}

export function roleArn(account: string, roleName: string, partition = 'aws'): string {
  return `arn:${partition}:iam::${account}:role/${roleName}`;
}

/** ECR repository URI: the repository's name is its key in global_resources.ecr_repositories. */
export function repositoryUri(account: string, region: string, repository: string): string {
  return `${account}.dkr.ecr.${region}.amazonaws.com/${repository}`;
}

/** Gateway names allow letters, digits and single hyphens, so every other run of characters becomes one hyphen. */
function gatewayPart(text: string): string {
  return text.replace(/[^0-9a-zA-Z]+/g, '-').replace(/^-+|-+$/g, '');
}

/** The gateway setup-env creates for global_resources.gateways.<key> in an environment. */
export function gatewayName(environment: string, key: string): string {
  return gatewayPart(`agentcore-${environment}-${key}`);
}

/**
 * The role that gateway assumes (templates/gateway.yaml), prefixed agentcore-<env>- like the
 * runtime roles so the deploy role may create and pass it; IAM allows 64 characters.
 */
export function gatewayRoleName(environment: string, key: string): string {
  return `agentcore-${environment}-gateway-${key}`.slice(0, 64);
}

/** The gateway target that routes to one endpoint of a runtime: `<runtime key>-<endpoint>`, unique per gateway. */
export function gatewayTargetName(runtimeKey: string, endpoint: string): string {
  return gatewayPart(`${runtimeKey}-${endpoint}`).slice(0, 100);
}
