import { z } from 'zod';
import { UserError } from '../errors.js';
import { show } from './messages.js';
import { CanarySchema, PromotionStrategy } from './canary-schema.js';
import { GatewaysSchema } from './gateway-schema.js';
import { intIn, matching, minutesIn } from './fields.js';

/**
 * The agentcore.json model. Two views of one definition: the *resolved* schemas
 * (EnvironmentSchema, RuntimeSchema…) describe one environment after `extends` is
 * applied, with required keys, defaults and cross-field rules; ConfigFileSchema
 * describes the file as written, where an environment may lean on its parent, so
 * every environment key is optional there and nothing is defaulted (a default in a
 * child would hide what it inherits). The JSON Schema is generated from the file view.
 */

/** AgentCore runtime and endpoint names. */
export const AWS_NAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]{0,47}$/;
const AWS_NAME_MAX = 48;
const REGION_PATTERN = /^[a-z]{2}(?:-gov|-iso[a-z]?)?-(?:north|south|east|west|central|northeast|northwest|southeast|southwest)-\d{1,2}$/;
const ACCOUNT_ID_PATTERN = /^\d{12}$/;
const ENVIRONMENT_NAME_PATTERN = /^[a-z][a-z0-9-]{0,31}$/;
const RUNTIME_KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,47}$/;
const ENV_VAR_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SSM_NAME_PATTERN = /^(?:\/[A-Za-z0-9_.-]+)+$/;
const SSM_REFERENCE_PATTERN = /^ssm:(?:\/[A-Za-z0-9_.-]+)+$/;
const ROLE_ARN_PATTERN = /^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const BEDROCK_ARN_PATTERN = /^arn:aws(?:-[a-z]+)*:bedrock:(?:[a-z0-9-]+|\*)?:(?:\d{12}|\*)?:[a-z-]+\/\S+$/;
const ECR_REPOSITORY_PATTERN = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const IAM_ROLE_NAME_PATTERN = /^[\w+=,.@-]{1,64}$/;
const SUBNET_PATTERN = /^subnet-[0-9a-f]{8,17}$/;
const SECURITY_GROUP_PATTERN = /^sg-[0-9a-f]{8,17}$/;
const USER_POOL_ID_PATTERN = /^[\w-]+_[0-9a-zA-Z]+$/;
const APP_CLIENT_ID_PATTERN = /^[\w+]{1,128}$/;

export function isRegion(value: string): boolean {
  return REGION_PATTERN.test(value);
}

function regionMessage(value: unknown): string {
  return `expected an AWS region such as us-east-1, got ${show(value)}`;
}

/** A region from user input, trimmed; a UserError in our wording when it is not one. */
export function parseRegion(value: string): string {
  const region = value.trim();
  if (!isRegion(region)) throw new UserError(regionMessage(value));
  return region;
}

export function isEnvironmentName(name: string): boolean {
  return ENVIRONMENT_NAME_PATTERN.test(name);
}

export function isRuntimeKey(key: string): boolean {
  return RUNTIME_KEY_PATTERN.test(key);
}

export function isAwsName(name: string): boolean {
  return AWS_NAME_PATTERN.test(name);
}

/** Why a runtime or endpoint name is not one AWS accepts, or undefined when it is. */
export function awsNameProblem(name: string): string | undefined {
  if (isAwsName(name)) return undefined;
  if (name.length > AWS_NAME_MAX) return `at most ${AWS_NAME_MAX} characters, got ${name.length}`;
  const rule = 'use letters, digits and underscores, starting with a letter';
  return name.includes('-') ? `${rule} (AWS rejects hyphens)` : rule;
}

export function isRoleArn(value: string): boolean {
  return ROLE_ARN_PATTERN.test(value);
}

function regExpProblem(source: string): string | undefined {
  try {
    new RegExp(source);
    return undefined;
  } catch (error) {
    // V8 repeats the source ("Invalid regular expression: /(/: Unterminated group"); keep the reason.
    return error instanceof Error ? error.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '') : String(error);
  }
}

const Region = matching(REGION_PATTERN, regionMessage).describe('AWS region of this environment, such as us-east-1.');

const AccountId = z
  .string({ error: (issue) => (typeof issue.input === 'number' ? 'expected a 12-digit AWS account id in quotes, got a number' : undefined) })
  .regex(ACCOUNT_ID_PATTERN, { error: (issue) => `expected a 12-digit AWS account id, got ${show(issue.input)}` });

const EnvironmentName = matching(
  ENVIRONMENT_NAME_PATTERN,
  (value) => `${show(value)} is not a valid environment name: use lowercase letters, digits and hyphens, starting with a letter, at most 32 characters`,
);

const RuntimeKey = matching(
  RUNTIME_KEY_PATTERN,
  (value) => `${show(value)} is not a valid runtime key: use letters, digits, hyphens and underscores, starting with a letter, at most 48 characters`,
);

const RuntimeName = matching(AWS_NAME_PATTERN, (value) => `${show(value)} is not a valid runtime name: ${awsNameProblem(value)}`);

const EndpointName = matching(AWS_NAME_PATTERN, (value) => `${show(value)} is not a valid endpoint name: ${awsNameProblem(value)}`).refine(
  (value) => value !== 'DEFAULT',
  { error: '"DEFAULT" is reserved: AWS moves it to every new version, so nothing is promoted through it; choose another endpoint name' },
);

const EnvVarName = matching(
  ENV_VAR_NAME_PATTERN,
  (value) => `${show(value)} is not a valid environment variable name: use letters, digits and underscores, not starting with a digit`,
).max(100, { error: (issue) => `${show(issue.input)} is too long for an environment variable name: at most 100 characters` });

const EnvVarValue = z
  .string()
  .max(5000, { error: (issue) => `the value is ${typeof issue.input === 'string' ? issue.input.length : '?'} characters long, more than 5000` });

export const EnvironmentVariablesSchema = z
  .record(EnvVarName, EnvVarValue)
  .describe('Environment variables (at most 50 per runtime, after layering the environment\'s under the runtime\'s).');

const SecretReference = matching(SSM_REFERENCE_PATTERN, (value) => `expected an SSM parameter reference such as "ssm:/team/api-key", got ${show(value)}`);

const Description = z.string().min(1).max(1200);

const ModelArn = matching(
  BEDROCK_ARN_PATTERN,
  (value) => `${show(value)} is not a Bedrock ARN such as arn:aws:bedrock:us-east-1::foundation-model/<model id>`,
);

const RoleReference = z
  .string()
  .min(1)
  .refine((value) => !value.startsWith('arn:') || isRoleArn(value), {
    error: (issue) => `${show(issue.input)} is not an IAM role ARN such as arn:aws:iam::123456789012:role/my-role`,
  });

const BodyPattern = z.string().superRefine((value, ctx) => {
  const problem = regExpProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: `${show(value)} is not a valid regular expression: ${problem}` });
});

const ParameterStorePrefix = matching(
  SSM_NAME_PATTERN,
  (value) => `${show(value)} is not a valid parameter prefix: start with "/", no trailing "/" or empty levels, only letters, digits, "_", "." and "-"`,
).refine((value) => !/^\/(aws|ssm)/i.test(value), {
  error: (issue) => `${show(issue.input)} cannot be used: SSM reserves names that begin with "aws" or "ssm"`,
});

export const LifecycleSchema = z
  .strictObject({
    idle_timeout_seconds: intIn(60, 28800).default(900).describe('Seconds an idle session is kept before AgentCore stops it (60-28800).'),
    max_lifetime_seconds: intIn(60, 28800).default(28800).describe('Seconds a session may live at most (60-28800).'),
  })
  .superRefine((value, ctx) => {
    if (value.idle_timeout_seconds > value.max_lifetime_seconds) {
      ctx.addIssue({
        code: 'custom',
        message: `idle_timeout_seconds (${value.idle_timeout_seconds}) must not exceed max_lifetime_seconds (${value.max_lifetime_seconds})`,
      });
    }
  })
  .describe('Session lifecycle; idle_timeout_seconds may not exceed max_lifetime_seconds.');

export const VpcSchema = z
  .strictObject({
    subnets: z
      .array(matching(SUBNET_PATTERN, (value) => `expected a subnet id such as subnet-0123456789abcdef0, got ${show(value)}`))
      .min(1)
      .max(16)
      .describe('1-16 subnet ids.'),
    security_groups: z
      .array(matching(SECURITY_GROUP_PATTERN, (value) => `expected a security group id such as sg-0123456789abcdef0, got ${show(value)}`))
      .min(1)
      .max(16)
      .describe('1-16 security group ids.'),
  })
  .describe('Network placement when network_mode is VPC.');

export const SmokeAuthSchema = z
  .union(
    [
      z
        .strictObject({
          client_id: SecretReference.describe('"ssm:/path" of the SecureString holding the app client id.'),
          client_secret: SecretReference.describe('"ssm:/path" of the SecureString holding its secret.'),
        })
        .describe('An app client allowed the client_credentials flow: a token from the token endpoint the discovery document names.'),
      z
        .strictObject({
          username: SecretReference.describe('"ssm:/path" of the SecureString holding the test user\'s name.'),
          password: SecretReference.describe('"ssm:/path" of the SecureString holding its permanent password.'),
        })
        .describe('A test user: InitiateAuth (USER_PASSWORD_AUTH) with the authorizer\'s first allowed client, which must have no secret.'),
    ],
    {
      error: (issue) =>
        issue.code === 'invalid_union'
          ? 'expected { "client_id": "ssm:/…", "client_secret": "ssm:/…" } or { "username": "ssm:/…", "password": "ssm:/…" }'
          : undefined,
    },
  )
  .describe('How the smoke test gets a token for a runtime behind a JWT authorizer whose pool is not managed by the actions.');

export const SmokeTestSchema = z
  .strictObject({
    payload: z.unknown().default(() => ({})).describe('JSON sent to the candidate endpoint.'),
    expect_status: intIn(100, 599).default(200).describe('HTTP status the invocation must return.'),
    expect_body: BodyPattern.optional().describe('Regular expression the response body must match.'),
    expect_json: z
      .record(z.string().min(1), z.unknown())
      .optional()
      .describe('Map of dot-path (such as "result.status") to the value the JSON response must hold there.'),
    max_latency_ms: intIn(1, 900000).optional().describe('Slowest acceptable response, in milliseconds.'),
    timeout_seconds: intIn(1, 900).default(30).describe('Seconds to wait for one invocation.'),
    attempts: intIn(1, 10).default(3).describe('Invocations tried before the smoke test fails.'),
    auth: SmokeAuthSchema.optional(),
  })
  .describe('Invocation of the candidate endpoint that must pass before live moves.');

export const PromotionSchema = z
  .strictObject({
    live_endpoint: EndpointName.default('live').describe('Endpoint users call; moved only after the smoke test and bake pass.'),
    candidate_endpoint: EndpointName.default('candidate').describe('Endpoint that receives each new version for the smoke test.'),
    smoke_test: SmokeTestSchema.optional(),
    bake_minutes: minutesIn(0, 1440)
      .default(0)
      .describe('Minutes to watch the alarms after live moves before the promotion counts as good (fractions allowed).'),
    alarms: z.array(z.string().min(1).max(255)).default(() => []).describe('CloudWatch alarm names; one in ALARM during the bake rolls live back.'),
    strategy: PromotionStrategy,
    canary: CanarySchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.strategy === 'canary' && !value.canary) {
      ctx.addIssue({ code: 'custom', path: ['strategy'], message: 'strategy is "canary", so "canary" with gateway, steps and step_minutes is required' });
    }
    if (value.live_endpoint === value.candidate_endpoint) {
      ctx.addIssue({
        code: 'custom',
        path: ['candidate_endpoint'],
        message: `candidate_endpoint must differ from live_endpoint (both are ${show(value.live_endpoint)})`,
      });
    }
  })
  .describe('Promotion inside the environment: blue-green (the default) or a canary through AgentCore Gateway.');

export const CognitoSchema = z
  .union(
    [
      z
        .strictObject({
          user_pool_id: matching(USER_POOL_ID_PATTERN, (value) => `expected a Cognito user pool id such as us-east-1_AbCdEf123, got ${show(value)}`),
          app_client_id: matching(APP_CLIENT_ID_PATTERN, (value) => `expected a Cognito app client id, got ${show(value)}`),
        })
        .describe('An existing user pool and app client.'),
      z.strictObject({ managed: z.literal(true) }).describe('A user pool the actions create and manage.'),
    ],
    {
      error: (issue) =>
        issue.code === 'invalid_union'
          ? 'expected { "user_pool_id": …, "app_client_id": … } for an existing user pool, or { "managed": true }'
          : undefined,
    },
  )
  .describe('Cognito user pool that authorizes callers of this environment\'s runtimes.');

export const RuntimeSchema = z
  .strictObject({
    name: RuntimeName.optional().describe('AWS runtime name; defaults to <runtime key>_<environment> with other characters turned into "_".'),
    ecr_repository: z.string().min(1).describe('Key in global_resources.ecr_repositories.'),
    iam_role: RoleReference.describe('Key in global_resources.iam_roles, or an IAM role ARN.'),
    description: Description.optional().describe('Runtime description (1-1200 characters).'),
    protocol: z.enum(['HTTP', 'MCP', 'A2A']).default('HTTP').describe('Protocol the container serves.'),
    network_mode: z.enum(['PUBLIC', 'VPC']).default('PUBLIC').describe('PUBLIC, or VPC with "vpc".'),
    vpc: VpcSchema.optional(),
    lifecycle: LifecycleSchema.prefault({}),
    environment_variables: EnvironmentVariablesSchema.default(() => ({})),
    secrets: z
      .record(EnvVarName, SecretReference)
      .default(() => ({}))
      .describe('Environment variable name -> "ssm:/path" of a SecureString parameter, resolved at deploy time.'),
    authorizer: z.enum(['cognito', 'none']).optional().describe('Inbound authorization; defaults to cognito when the environment has cognito, else none.'),
    model_arns: z.array(ModelArn).default(() => []).describe('Bedrock model or inference profile ARNs the runtime role may invoke.'),
    promotion: PromotionSchema.prefault({}),
  })
  .superRefine((value, ctx) => {
    if (value.network_mode === 'VPC' && !value.vpc) {
      ctx.addIssue({ code: 'custom', path: ['vpc'], message: 'network_mode is VPC, so "vpc" with subnets and security_groups is required' });
    }
  })
  .describe('One agent runtime.');

const environmentShape = {
  region: Region,
  account_id: AccountId.optional().describe('12-digit account id; actions refuse to run in any other account.'),
  default_agent_runtime: z.string().min(1).optional().describe('Runtime key used when an action names none.'),
  environment_variables: EnvironmentVariablesSchema.default(() => ({})),
  cognito: CognitoSchema.optional(),
  agent_runtimes: z.record(RuntimeKey, RuntimeSchema).default(() => ({})).describe('Agent runtimes by key.'),
};

/** One environment after `extends` is applied. */
export const EnvironmentSchema = z.strictObject(environmentShape);

export const EcrRepositorySchema = z.strictObject({
  keep_images: intIn(1, 10000).default(50).describe('Images kept by the lifecycle policy.'),
  cross_account_pull: z.array(AccountId).default(() => []).describe('Account ids allowed to pull from this repository.'),
});

export const SyncConfigSchema = z.strictObject({
  cloud_config_enabled: z.boolean().default(true).describe('Record the resolved config in SSM Parameter Store.'),
  auto_sync_enabled: z.boolean().default(true).describe('Record it on every deploy, not only in sync-config.'),
  parameter_store_prefix: ParameterStorePrefix.default('/agentcore').describe('Parameter Store prefix for recorded state.'),
});

export const GlobalResourcesSchema = z
  .strictObject({
    ecr_repositories: z
      .record(
        matching(ECR_REPOSITORY_PATTERN, (value) => `${show(value)} is not a valid ECR repository name: lowercase letters, digits, and ".", "_", "-" or "/" between them`),
        EcrRepositorySchema,
      )
      .default(() => ({}))
      .describe('ECR repositories by name, created in each environment that uses them.'),
    iam_roles: z
      .record(
        matching(IAM_ROLE_NAME_PATTERN, (value) => `${show(value)} is not a valid IAM role name: up to 64 letters, digits and "+=,.@_-"`),
        z.strictObject({}),
      )
      .default(() => ({}))
      .describe('Runtime roles by name, created in each environment that uses them.'),
    gateways: GatewaysSchema,
    sync_config: SyncConfigSchema.prefault({}),
  })
  .describe('Resources declared once and created in each environment that uses them.');

/** A schema's input with every object key optional, arrays and scalars as they are. */
export type Inheritable<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: Inheritable<T[K]> } : T;

/** The file view of a resolved schema: see the note at the top. */
function inheritable<T extends z.ZodType>(schema: T): z.ZodType<Inheritable<z.input<T>>> {
  // loosen keeps every leaf and only rebuilds objects and records, so the parsed value has this shape.
  return loosen(schema) as z.ZodType as z.ZodType<Inheritable<z.input<T>>>;
}

function loosen(schema: z.ZodType): z.ZodType {
  const meta = z.globalRegistry.get(schema);
  const withMeta = (result: z.ZodType, extra: Record<string, unknown> = {}): z.ZodType =>
    meta || Object.keys(extra).length > 0 ? result.meta({ ...z.globalRegistry.get(result), ...meta, ...extra }) : result;
  if (schema instanceof z.ZodDefault) {
    // The default stays visible to editors through the JSON Schema, but is not applied.
    return withMeta(loosen(schema.unwrap() as z.ZodType), { default: schema.def.defaultValue });
  }
  if (schema instanceof z.ZodPrefault || schema instanceof z.ZodOptional) return withMeta(loosen(schema.unwrap() as z.ZodType));
  if (schema instanceof z.ZodObject) {
    const shape = Object.fromEntries(Object.entries(schema.shape).map(([key, field]) => [key, loosen(field as z.ZodType).optional()]));
    return withMeta(z.strictObject(shape));
  }
  if (schema instanceof z.ZodRecord) return withMeta(z.record(schema.keyType, loosen(schema.valueType as z.ZodType)));
  return schema;
}

export const EnvironmentFileSchema = inheritable(
  z
    .strictObject({
      extends: z.string().min(1).optional().describe('Environment whose settings this one inherits; objects merge, other values are replaced.'),
      ...environmentShape,
    })
    .describe('One environment. With "extends", only what differs from the parent.'),
);

export const ConfigFileSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path or URL of this JSON Schema, for editors.'),
    current_environment: z.string().min(1).describe('Environment used when an action names none.'),
    environments: z.record(EnvironmentName, EnvironmentFileSchema).describe('Environments by name.'),
    global_resources: GlobalResourcesSchema.prefault({}),
  })
  .describe('Desired state of AgentCore agent runtimes across environments.');

export type ConfigFile = z.output<typeof ConfigFileSchema>;
export type EnvironmentConfig = z.output<typeof EnvironmentSchema>;
export type RuntimeConfig = z.output<typeof RuntimeSchema>;
export type SmokeTestConfig = z.output<typeof SmokeTestSchema>;
export type GlobalResources = z.output<typeof GlobalResourcesSchema>;
