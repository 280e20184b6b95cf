import type { RuntimeConfig } from './store.js';
import { FieldErrors, isJson, type Json } from '../../protocols/rest-json.js';

/**
 * Request validation for the AgentCore control plane: every pattern, length and bound of the
 * API model, reported through FieldErrors in AWS's ValidationException shape.
 */

export const NAME = { pattern: /^[a-zA-Z][a-zA-Z0-9_]{0,47}$/, text: '[a-zA-Z][a-zA-Z0-9_]{0,47}' };
export const VERSION = { pattern: /^[1-9][0-9]{0,4}$/, text: '[1-9][0-9]{0,4}' };
export const ROLE_ARN = { pattern: /^arn:aws(-[^:]+)?:iam::([0-9]{12})?:role\/.+$/, text: 'arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+' };
const CONTAINER_URI = {
  pattern: /^\d{12}\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com\/((?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)([:@]\S+)$/,
  text: '^\\d{12}\\.dkr\\.ecr\\.([a-z0-9-]+)\\.amazonaws\\.com/((?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)([:@]\\S+)$',
};
const CLIENT_TOKEN = { pattern: /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,256}$/, text: '[a-zA-Z0-9](-*[a-zA-Z0-9]){0,256}' };
const DISCOVERY_URL = { pattern: /^.+\/\.well-known\/openid-configuration$/, text: '^.+/\\.well-known/openid-configuration$' };
const ALLOWED_HEADER = {
  pattern: /^(Authorization|X-Amzn-Bedrock-AgentCore-Runtime-Custom-[a-zA-Z0-9-]+)$/i,
  text: '(Authorization|X-Amzn-Bedrock-AgentCore-Runtime-Custom-[a-zA-Z0-9-]+)',
};
const SUBNET_ID = { pattern: /^subnet-[0-9a-zA-Z]{8,17}$/, text: 'subnet-[0-9a-zA-Z]{8,17}' };
const SECURITY_GROUP_ID = { pattern: /^sg-[0-9a-zA-Z]{8,17}$/, text: 'sg-[0-9a-zA-Z]{8,17}' };
const MOUNT_PATH = { pattern: /^\/mnt\/[a-zA-Z0-9._-]+\/?$/, text: '/mnt/<one directory level>' };

export const LIFECYCLE_DEFAULTS = { idleRuntimeSessionTimeout: 900, maxLifetime: 28800 };
const LIFECYCLE_BOUNDS = { min: 60, max: 28800 };
/** Not documented by AWS; the limits the agentcore CLI enforces. */
const ENV_LIMITS = { count: 50, keyLength: 100, valueLength: 5000 };
const MAX_TAGS = 50;

export function clientToken(errors: FieldErrors, value: unknown): string | undefined {
  return errors.string('clientToken', value, { min: 33, max: 256, pattern: CLIENT_TOKEN });
}

export function tagMap(errors: FieldErrors, path: string, value: unknown): Record<string, string> {
  const tags = errors.object(path, value);
  if (!tags) return {};
  if (Object.keys(tags).length > MAX_TAGS) errors.rule(path, `A resource can have at most ${MAX_TAGS} tags.`);
  for (const [key, tagValue] of Object.entries(tags)) {
    errors.string(`${path}.key`, key, { min: 1, max: 128 });
    errors.string(`${path}.${key}`, tagValue, { required: true, max: 256 });
  }
  return tags as Record<string, string>;
}

/** Validates the configuration members of Create/UpdateAgentRuntime and returns the version's configuration. */
export function runtimeConfig(errors: FieldErrors, body: Json, operation: 'create' | 'update'): RuntimeConfig {
  const config: RuntimeConfig = {
    agentRuntimeArtifact: artifact(errors, body.agentRuntimeArtifact),
    roleArn: errors.string('roleArn', body.roleArn, { required: true, min: 1, max: 2048, pattern: ROLE_ARN }) ?? '',
    networkConfiguration: network(errors, body.networkConfiguration),
    lifecycleConfiguration: lifecycle(errors, body.lifecycleConfiguration),
  };
  errors.string('description', body.description, { min: 1, max: 4096 });
  if (body.authorizerConfiguration !== undefined) authorizer(errors, body.authorizerConfiguration);
  const protocol = errors.object('protocolConfiguration', body.protocolConfiguration);
  if (protocol) errors.oneOf('protocolConfiguration.serverProtocol', protocol.serverProtocol, ['HTTP', 'MCP', 'A2A', 'AGUI']);
  const headers = errors.object('requestHeaderConfiguration', body.requestHeaderConfiguration);
  if (headers) errors.stringList('requestHeaderConfiguration.requestHeaderAllowlist', headers.requestHeaderAllowlist, 1, 20, ALLOWED_HEADER);
  environment(errors, body.environmentVariables);
  filesystems(errors, body.filesystemConfigurations);
  errors.object('capacityProviderConfiguration', body.capacityProviderConfiguration);
  errors.string('platformVersion', body.platformVersion, { min: 1 });
  if (operation === 'update') {
    const metadata = errors.object('metadataConfiguration', body.metadataConfiguration);
    if (metadata && typeof metadata.requireMMDSV2 !== 'boolean') {
      errors.constraint('metadataConfiguration.requireMMDSV2', metadata.requireMMDSV2, 'Member must be a boolean');
    }
  }
  const passThrough = [
    'description',
    'authorizerConfiguration',
    'protocolConfiguration',
    'requestHeaderConfiguration',
    'environmentVariables',
    'filesystemConfigurations',
    'capacityProviderConfiguration',
    'platformVersion',
    ...(operation === 'update' ? ['metadataConfiguration'] : []),
  ];
  for (const member of passThrough) if (body[member] !== undefined) config[member] = body[member];
  return config;
}

function artifact(errors: FieldErrors, value: unknown): Json {
  const union = errors.object('agentRuntimeArtifact', value, true);
  if (!union) return {};
  const members = Object.keys(union).filter((k) => union[k] !== undefined && union[k] !== null);
  if (members.length !== 1 || !['containerConfiguration', 'codeConfiguration'].includes(members[0]!)) {
    errors.rule('agentRuntimeArtifact', 'agentRuntimeArtifact must set exactly one of containerConfiguration or codeConfiguration.');
    return union;
  }
  if (members[0] === 'containerConfiguration') {
    const container = errors.object('agentRuntimeArtifact.containerConfiguration', union.containerConfiguration, true);
    if (container) {
      errors.string('agentRuntimeArtifact.containerConfiguration.containerUri', container.containerUri, {
        required: true,
        min: 1,
        max: 1024,
        pattern: CONTAINER_URI,
      });
    }
    return union;
  }
  const code = errors.object('agentRuntimeArtifact.codeConfiguration', union.codeConfiguration, true);
  if (code) {
    const s3 = errors.object('agentRuntimeArtifact.codeConfiguration.code.s3', isJson(code.code) ? code.code.s3 : undefined, true);
    if (s3) {
      errors.string('agentRuntimeArtifact.codeConfiguration.code.s3.bucket', s3.bucket, { required: true, min: 3, max: 63 });
      errors.string('agentRuntimeArtifact.codeConfiguration.code.s3.prefix', s3.prefix, { required: true, min: 1 });
    }
    errors.oneOf('agentRuntimeArtifact.codeConfiguration.runtime', code.runtime, ['NODE_22', 'PYTHON_3_10', 'PYTHON_3_11', 'PYTHON_3_12', 'PYTHON_3_13', 'PYTHON_3_14']);
    if (code.entryPoint === undefined) errors.constraint('agentRuntimeArtifact.codeConfiguration.entryPoint', undefined, 'Member must not be null');
    else errors.stringList('agentRuntimeArtifact.codeConfiguration.entryPoint', code.entryPoint, 1, 2);
  }
  return union;
}

function network(errors: FieldErrors, value: unknown): Json {
  // Optional in AWS's current model (botocore's older copy requires it); omitted means the public network.
  const config = errors.object('networkConfiguration', value);
  if (!config) return { networkMode: 'PUBLIC' };
  const mode = errors.oneOf('networkConfiguration.networkMode', config.networkMode, ['PUBLIC', 'VPC']);
  const vpc = errors.object('networkConfiguration.networkModeConfig', config.networkModeConfig);
  if (mode === 'VPC' && !vpc) {
    errors.rule('networkConfiguration.networkModeConfig', 'networkModeConfig with subnets and securityGroups is required when networkMode is VPC.');
  }
  if (vpc) {
    const path = 'networkConfiguration.networkModeConfig';
    if (vpc.subnets === undefined) errors.constraint(`${path}.subnets`, undefined, 'Member must not be null');
    else errors.stringList(`${path}.subnets`, vpc.subnets, 1, 16, SUBNET_ID);
    if (vpc.securityGroups === undefined) errors.constraint(`${path}.securityGroups`, undefined, 'Member must not be null');
    else errors.stringList(`${path}.securityGroups`, vpc.securityGroups, 1, 16, SECURITY_GROUP_ID);
    // Only accepted on updates of runtimes created before May 2026; every emulated runtime is newer.
    if (vpc.requireServiceS3Endpoint !== undefined) {
      errors.rule(`${path}.requireServiceS3Endpoint`, 'requireServiceS3Endpoint is only supported for agent runtimes created before May 2026.');
    }
  }
  return config;
}

function lifecycle(errors: FieldErrors, value: unknown): RuntimeConfig['lifecycleConfiguration'] {
  const config = errors.object('lifecycleConfiguration', value) ?? {};
  const { min, max } = LIFECYCLE_BOUNDS;
  const idle = errors.integer('lifecycleConfiguration.idleRuntimeSessionTimeout', config.idleRuntimeSessionTimeout, min, max);
  const lifetime = errors.integer('lifecycleConfiguration.maxLifetime', config.maxLifetime, min, max);
  if (idle !== undefined && lifetime !== undefined && idle > lifetime) {
    errors.rule('lifecycleConfiguration.idleRuntimeSessionTimeout', `idleRuntimeSessionTimeout (${idle}) must be less than or equal to maxLifetime (${lifetime}).`);
  }
  const maxLifetime = lifetime ?? LIFECYCLE_DEFAULTS.maxLifetime;
  return {
    // A maxLifetime below the default idle timeout caps the idle timeout rather than failing.
    idleRuntimeSessionTimeout: idle ?? Math.min(LIFECYCLE_DEFAULTS.idleRuntimeSessionTimeout, maxLifetime),
    maxLifetime,
  };
}

function authorizer(errors: FieldErrors, value: unknown): void {
  const union = errors.object('authorizerConfiguration', value);
  if (!union) return;
  const jwt = errors.object('authorizerConfiguration.customJWTAuthorizer', union.customJWTAuthorizer, true);
  if (!jwt) return;
  const path = 'authorizerConfiguration.customJWTAuthorizer';
  errors.string(`${path}.discoveryUrl`, jwt.discoveryUrl, { required: true, pattern: DISCOVERY_URL });
  for (const list of ['allowedAudience', 'allowedClients', 'allowedScopes']) errors.stringList(`${path}.${list}`, jwt[list], 1, 255);
}

function environment(errors: FieldErrors, value: unknown): void {
  const vars = errors.object('environmentVariables', value);
  if (!vars) return;
  const entries = Object.entries(vars);
  if (entries.length > ENV_LIMITS.count) errors.rule('environmentVariables', `At most ${ENV_LIMITS.count} environment variables are allowed, got ${entries.length}.`);
  for (const [key, envValue] of entries) {
    errors.string('environmentVariables.key', key, { min: 1, max: ENV_LIMITS.keyLength });
    errors.string(`environmentVariables.${key}`, envValue, { required: true, max: ENV_LIMITS.valueLength, hide: true });
  }
}

function filesystems(errors: FieldErrors, value: unknown): void {
  if (value === undefined || value === null) return;
  if (!Array.isArray(value)) {
    errors.constraint('filesystemConfigurations', JSON.stringify(value), 'Member must be a list');
    return;
  }
  if (value.length > 5) errors.constraint('filesystemConfigurations', value.length, 'Member must have length less than or equal to 5');
  value.forEach((entry: unknown, i) => {
    const path = `filesystemConfigurations.${i + 1}`;
    const union = errors.object(path, entry, true);
    const members = union ? Object.values(union).filter(isJson) : [];
    if (union && members.length !== 1) errors.rule(path, `${path} must set exactly one filesystem type.`);
    else if (members[0]) errors.string(`${path}.mountPath`, members[0].mountPath, { required: true, pattern: MOUNT_PATH });
  });
}

/** JSON with object keys sorted, so two equal requests fingerprint the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isJson(value)) {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => value[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
