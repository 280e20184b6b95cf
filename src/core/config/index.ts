export { parseConfig, type LoadedConfig } from './load.js';
export { loadConfigFile } from './file.js';
export { defaultRuntimeName, type ResolvedEnvironment, type ResolvedRuntime } from './resolve.js';
export { canonicalJson, sha256Hex, environmentHash } from './hash.js';
export { formatPath, type PathSegment } from './json-path.js';
export { CanarySchema, MAX_CANARY_STEPS, type CanaryConfig, type Strategy } from './canary-schema.js';
export { GatewaySchema, GATEWAY_ID_PATTERN, isGatewayId, type GatewayConfig } from './gateway-schema.js';
export { configJsonSchema, configJsonSchemaText, configSchemaId } from './json-schema.js';
export {
  AWS_NAME_PATTERN,
  awsNameProblem,
  isAwsName,
  isEnvironmentName,
  isRegion,
  isRoleArn,
  parseRegion,
  ConfigFileSchema,
  EnvironmentFileSchema,
  EnvironmentSchema,
  RuntimeSchema,
  PromotionSchema,
  SmokeTestSchema,
  LifecycleSchema,
  VpcSchema,
  CognitoSchema,
  GlobalResourcesSchema,
  EcrRepositorySchema,
  SyncConfigSchema,
  type ConfigFile,
  type EnvironmentConfig,
  type RuntimeConfig,
  type SmokeTestConfig,
  type GlobalResources,
  type Inheritable,
} from './schema.js';
