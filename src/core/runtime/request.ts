/**
 * The Create/UpdateAgentRuntime request a runtime's resolved config asks for. An update replaces
 * the whole configuration (agentcore-api.md §4.3), so every field is always sent.
 *
 * Two views of one request: `settings` carries secret values (for the AWS call only), while the
 * config hash is computed over the same settings with each secret replaced by its `ssm:`
 * reference and without the image, so it identifies the configuration and never a secret.
 */
import { canonicalJson, sha256Hex, type ResolvedEnvironment, type ResolvedRuntime } from '../config/index.js';
import { isRoleArn } from '../config/index.js';
import { roleArn, runtimeRoleName } from '../naming.js';

export interface JwtAuthorizer {
  discoveryUrl: string;
  allowedClients: string[];
}

/** The request members that make up a version's configuration (not its name, description or token). */
export interface RuntimeSettings {
  agentRuntimeArtifact: { containerConfiguration: { containerUri: string } };
  roleArn: string;
  networkConfiguration: { networkMode: 'PUBLIC' | 'VPC'; networkModeConfig?: { subnets: string[]; securityGroups: string[] } };
  protocolConfiguration: { serverProtocol: 'HTTP' | 'MCP' | 'A2A' };
  lifecycleConfiguration: { idleRuntimeSessionTimeout: number; maxLifetime: number };
  environmentVariables: Record<string, string>;
  authorizerConfiguration?: { customJWTAuthorizer: JwtAuthorizer };
}

export interface DesiredRuntime {
  /** The AgentCore runtime name. */
  name: string;
  /** What to send; environment variables include secret values. Never log it. */
  settings: RuntimeSettings;
  description: string;
  /** sha256 hex of the configuration with secret references instead of values, image excluded. */
  configHash: string;
  /** Environment variables that hold secrets: their values are shown nowhere. */
  secretNames: string[];
}

export interface DesiredRuntimeInput {
  runtime: ResolvedRuntime;
  /** `<registry>/<repository>@sha256:…` in the environment's own registry. */
  imageUri: string;
  roleArn: string;
  authorizer?: JwtAuthorizer;
  /** Variable name → secret value, from resolveSecrets. */
  secretValues: Record<string, string>;
  /** Full commit SHA, for the description; may be empty outside a workflow. */
  commit: string;
}

const MAX_DESCRIPTION = 1200;

/** runtime.iam_role when it is an ARN, else the role templates/agent-runtime-role.yaml creates in this account. */
export function runtimeRoleArn(environment: ResolvedEnvironment, runtime: ResolvedRuntime, account: string): string {
  return isRoleArn(runtime.iam_role) ? runtime.iam_role : roleArn(account, runtimeRoleName(environment.name, runtime.iam_role));
}

/** The Cognito authorizer AgentCore validates tokens with (agentcore-api.md §6). */
export function cognitoAuthorizer(region: string, userPoolId: string, appClientId: string): JwtAuthorizer {
  return {
    discoveryUrl: `https://cognito-idp.${region}.amazonaws.com/${userPoolId}/.well-known/openid-configuration`,
    allowedClients: [appClientId],
  };
}

function settingsFor(input: DesiredRuntimeInput, variables: Record<string, string>): RuntimeSettings {
  const { runtime } = input;
  return {
    agentRuntimeArtifact: { containerConfiguration: { containerUri: input.imageUri } },
    roleArn: input.roleArn,
    networkConfiguration:
      runtime.network_mode === 'VPC' && runtime.vpc
        ? { networkMode: 'VPC', networkModeConfig: { subnets: runtime.vpc.subnets, securityGroups: runtime.vpc.security_groups } }
        : { networkMode: 'PUBLIC' },
    protocolConfiguration: { serverProtocol: runtime.protocol },
    lifecycleConfiguration: {
      idleRuntimeSessionTimeout: runtime.lifecycle.idle_timeout_seconds,
      maxLifetime: runtime.lifecycle.max_lifetime_seconds,
    },
    // A secret overrides a plain variable of the same name (e.g. one layered in from the environment).
    environmentVariables: { ...runtime.environment_variables, ...variables },
    ...(input.authorizer ? { authorizerConfiguration: { customJWTAuthorizer: input.authorizer } } : {}),
  };
}

/** sha256 of the configuration a runtime asks for, with secret references; the image is not part of it. */
export function configHashOf(settings: RuntimeSettings, description: string | undefined): string {
  const { agentRuntimeArtifact: _image, ...configuration } = settings;
  return sha256Hex(canonicalJson({ ...configuration, description: description ?? '' }));
}

/** `<description> (commit abc1234 config 0123456789ab)`, within AWS's 1200 characters. */
export function versionDescription(userDescription: string | undefined, commit: string, configHash: string): string {
  const marker = `${commit ? `commit ${commit.slice(0, 7)} ` : ''}config ${configHash.slice(0, 12)}`;
  if (!userDescription) return marker;
  const room = MAX_DESCRIPTION - marker.length - 3;
  const text = userDescription.length > room ? `${userDescription.slice(0, room - 1)}…` : userDescription;
  return `${text} (${marker})`;
}

export function buildDesiredRuntime(input: DesiredRuntimeInput): DesiredRuntime {
  const { runtime } = input;
  const secretNames = Object.keys(runtime.secrets).sort();
  const configHash = configHashOf(settingsFor(input, runtime.secrets), runtime.description);
  return {
    name: runtime.aws_name,
    settings: settingsFor(input, input.secretValues),
    description: versionDescription(runtime.description, input.commit, configHash),
    configHash,
    secretNames,
  };
}
