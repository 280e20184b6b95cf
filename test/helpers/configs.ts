/**
 * The support-bot config the tests share, built from parts so that each test writes only what it
 * changes. Types come from the config schema's input, so a misspelt key fails to compile.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { ConfigFileSchema, EnvironmentFileSchema } from '../../src/core/config/schema.js';

/** Config JSON shared by tests; edit a fresh copy per test. */
export type ConfigJson = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests edit arbitrary config paths

// An environment's file schema is typed by what it accepts (every key optional, for `extends`), so its output is that input.
export type EnvironmentInput = z.output<typeof EnvironmentFileSchema>;
export type ConfigInput = Omit<z.input<typeof ConfigFileSchema>, 'environments'> & { environments: Record<string, EnvironmentInput> };
export type RuntimeInput = NonNullable<EnvironmentInput['agent_runtimes']>[string];
export type GlobalResourcesInput = NonNullable<ConfigInput['global_resources']>;

export interface AgentConfigParts {
  /** dev's account and region (111111111111, us-west-2 unless given). */
  account?: string;
  region?: string;
  /** Merged over support-bot's `{ ecr_repository: 'support-bot', iam_role: 'support-bot-runtime' }`. */
  runtime?: RuntimeInput;
  /** More runtimes in dev, after support-bot. */
  runtimes?: Record<string, RuntimeInput>;
  /** Merged over dev before its runtimes (its default runtime, variables, cognito…). */
  dev?: EnvironmentInput;
  /** More environments, after dev. */
  environments?: Record<string, EnvironmentInput>;
  /** Replaces the default global resources key by key (one repository, one role, both support-bot). */
  global?: GlobalResourcesInput;
}

/** dev with the support-bot runtime, plus what `parts` adds or changes. */
export function agentConfig(parts: AgentConfigParts = {}): ConfigInput {
  return {
    current_environment: 'dev',
    environments: {
      dev: {
        region: parts.region ?? 'us-west-2',
        account_id: parts.account ?? '111111111111',
        ...parts.dev,
        agent_runtimes: { 'support-bot': { ecr_repository: 'support-bot', iam_role: 'support-bot-runtime', ...parts.runtime }, ...parts.runtimes },
      },
      ...parts.environments,
    },
    global_resources: { ecr_repositories: { 'support-bot': {} }, iam_roles: { 'support-bot-runtime': {} }, ...parts.global },
  };
}

/** Writes `config` (pretty-printed, as a user would) to `file` in `dir`; returns the file name. */
export function writeAgentConfig(dir: string, config: ConfigInput | ConfigJson, file = 'agentcore.json'): string {
  writeFileSync(join(dir, file), JSON.stringify(config, null, 2));
  return file;
}

/** Two environments (dev, prod extending it), two runtimes on one repository, a secret reference. */
export function supportBotConfig(account = '111111111111', region = 'us-west-2'): ConfigJson {
  return agentConfig({
    account,
    region,
    dev: { environment_variables: { LOG_LEVEL: 'debug' }, default_agent_runtime: 'support-bot' },
    runtime: { environment_variables: { MODEL_ID: 'model-a' }, secrets: { API_KEY: 'ssm:/team/api-key' } },
    runtimes: { triage: { ecr_repository: 'support-bot', iam_role: 'support-bot-runtime' } },
    environments: { prod: { extends: 'dev', region: 'us-east-1', account_id: '333333333333' } },
  });
}
