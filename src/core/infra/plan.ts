/**
 * Which CloudFormation stacks an environment needs, with which parameters: one stack per
 * concern, named agentcore-<env>-<concern> (templates/README.md). Pure: no AWS call.
 *
 *   ecr-<repository>  templates/ecr-repository.yaml, per repository the environment's runtimes use
 *   role-<role key>   templates/agent-runtime-role.yaml, per role key used (not for role ARNs)
 *   gateway-<key>     templates/gateway.yaml, per global_resources.gateways key a runtime's canary names
 *   cognito           templates/cognito.yaml, when cognito is { "managed": true }
 *
 * Values the stacks would own but the config gives by hand (a role ARN, an existing user pool)
 * are listed to be checked instead; a canary naming an existing gateway's id needs no stack and is
 * only listed (promote-endpoint reads that gateway).
 */
import { isRoleArn, type ResolvedEnvironment } from '../config/index.js';
import { UserError } from '../errors.js';
import { gatewayName, gatewayRoleName, runtimeRoleName, stackName } from '../naming.js';

export type TemplateFile = 'ecr-repository.yaml' | 'agent-runtime-role.yaml' | 'gateway.yaml' | 'cognito.yaml';
export type Concern = 'ecr' | 'role' | 'gateway' | 'cognito';

/** A parameter taken from an output of a stack deployed earlier in the same run. */
export interface OutputReference {
  stack: string;
  output: string;
}

export type ParameterValue = string | OutputReference;

export interface StackPlan {
  concern: Concern;
  /** The repository name, the role key, the gateway key, or "cognito". */
  key: string;
  stackName: string;
  template: TemplateFile;
  parameters: Record<string, ParameterValue>;
}

/** A role ARN given by hand in agent_runtimes.<key>.iam_role: checked to exist, no stack. */
export interface GivenRole {
  roleArn: string;
  /** JSON paths of the runtimes that name it, for messages. */
  paths: string[];
}

/** An existing gateway's id given in promotion.canary.gateway: no stack, and read by promote-endpoint, not here. */
export interface GivenGateway {
  gatewayId: string;
  /** JSON paths of the runtimes that name it, for messages. */
  paths: string[];
}

export interface InfraPlan {
  /** In deployment order: repositories, then the roles that read their outputs, then gateways, then Cognito. */
  stacks: StackPlan[];
  givenRoles: GivenRole[];
  givenGateways: GivenGateway[];
  /** cognito { user_pool_id, app_client_id } given by hand: checked to exist, no stack. */
  givenCognito?: { userPoolId: string; appClientId: string };
}

const REPOSITORY_ARN_OUTPUT = 'RepositoryArn';

export function ecrStackName(environment: string, repository: string): string {
  return stackName(environment, `ecr-${repository}`);
}

export function roleStackName(environment: string, roleKey: string): string {
  return stackName(environment, `role-${roleKey}`);
}

export function gatewayStackName(environment: string, key: string): string {
  return stackName(environment, `gateway-${key}`);
}

export function cognitoStackName(environment: string): string {
  return stackName(environment, 'cognito');
}

/**
 * The hosted-domain prefix of a managed pool: unique in the region across all of AWS, so the
 * account is part of it; lowercase letters, digits and hyphens, at most 63 characters.
 */
export function cognitoDomainPrefix(environment: string, account: string): string {
  const prefix = `agentcore-${environment}-${account}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return prefix.slice(0, 63).replace(/-+$/, '');
}

export function planInfrastructure(environment: ResolvedEnvironment, account: string): InfraPlan {
  const runtimes = Object.values(environment.agent_runtimes);
  const repositories = [...new Set(runtimes.map((runtime) => runtime.ecr_repository))].sort();
  const stacks: StackPlan[] = repositories.map((repository) => {
    // The config model guarantees every repository a runtime names is declared.
    const declared = environment.global_resources.ecr_repositories[repository]!;
    return {
      concern: 'ecr',
      key: repository,
      stackName: ecrStackName(environment.name, repository),
      template: 'ecr-repository.yaml',
      parameters: {
        RepositoryName: repository,
        KeepImages: String(declared.keep_images),
        PullAccountIds: [...new Set(declared.cross_account_pull)].sort().join(','),
      },
    };
  });

  const givenRoles = new Map<string, string[]>();
  const roleUsers = new Map<string, typeof runtimes>();
  for (const runtime of runtimes) {
    if (isRoleArn(runtime.iam_role)) givenRoles.set(runtime.iam_role, [...(givenRoles.get(runtime.iam_role) ?? []), `${runtime.config_path}.iam_role`]);
    else roleUsers.set(runtime.iam_role, [...(roleUsers.get(runtime.iam_role) ?? []), runtime]);
  }
  for (const roleKey of [...roleUsers.keys()].sort()) {
    const users = roleUsers.get(roleKey)!;
    const repositoriesUsed = [...new Set(users.map((runtime) => runtime.ecr_repository))];
    if (repositoriesUsed.length > 1) {
      throw new UserError(
        `Role "${roleKey}" is used by runtimes of environment "${environment.name}" with different repositories ` +
          `(${users.map((runtime) => `${runtime.key}: ${runtime.ecr_repository}`).join(', ')}), but templates/agent-runtime-role.yaml lets a role pull from one repository only. ` +
          'Give those runtimes separate roles in global_resources.iam_roles.',
      );
    }
    const modelArns = [...new Set(users.flatMap((runtime) => runtime.model_arns))].sort();
    stacks.push({
      concern: 'role',
      key: roleKey,
      stackName: roleStackName(environment.name, roleKey),
      template: 'agent-runtime-role.yaml',
      parameters: {
        RoleName: runtimeRoleName(environment.name, roleKey),
        RepositoryArn: { stack: ecrStackName(environment.name, repositoriesUsed[0]!), output: REPOSITORY_ARN_OUTPUT },
        ModelArns: modelArns.join(','),
      },
    });
  }

  const gateways = gatewayUse(environment);
  stacks.push(...gatewayStacks(environment, [...gateways.declared.keys()]));

  const cognito = environment.cognito;
  if (cognito && 'managed' in cognito) {
    stacks.push({
      concern: 'cognito',
      key: 'cognito',
      stackName: cognitoStackName(environment.name),
      template: 'cognito.yaml',
      parameters: { PoolName: `agentcore-${environment.name}`, DomainPrefix: cognitoDomainPrefix(environment.name, account) },
    });
  }

  return {
    stacks,
    givenRoles: [...givenRoles].map(([roleArn, paths]) => ({ roleArn, paths })),
    givenGateways: [...gateways.given].map(([gatewayId, paths]) => ({ gatewayId, paths })),
    ...(cognito && 'user_pool_id' in cognito ? { givenCognito: { userPoolId: cognito.user_pool_id, appClientId: cognito.app_client_id } } : {}),
  };
}

/**
 * The gateways the runtimes' canaries name, by key of global_resources.gateways or by an existing
 * gateway's id, each with the JSON paths that name it. Config resolution takes a declared key
 * before an id, so the same test decides here.
 */
function gatewayUse(environment: ResolvedEnvironment): { declared: Map<string, string[]>; given: Map<string, string[]> } {
  const declared = new Map<string, string[]>();
  const given = new Map<string, string[]>();
  for (const runtime of Object.values(environment.agent_runtimes)) {
    const gateway = runtime.promotion.canary?.gateway;
    if (gateway === undefined) continue;
    const uses = Object.hasOwn(environment.global_resources.gateways, gateway) ? declared : given;
    uses.set(gateway, [...(uses.get(gateway) ?? []), `${runtime.config_path}.promotion.canary.gateway`]);
  }
  return { declared, given };
}

/** One stack per declared gateway a runtime's canary names. */
function gatewayStacks(environment: ResolvedEnvironment, keys: string[]): StackPlan[] {
  return [...keys].sort().map((key) => {
    const gateway = environment.global_resources.gateways[key]!;
    return {
      concern: 'gateway',
      key,
      stackName: gatewayStackName(environment.name, key),
      template: 'gateway.yaml',
      parameters: {
        GatewayName: gatewayName(environment.name, key),
        RoleName: gatewayRoleName(environment.name, key),
        AuthorizerType: gateway.authorizer,
        Description: gateway.description ?? '',
      },
    };
  });
}
