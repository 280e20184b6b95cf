import { parseConfig, type LoadedConfig } from '../../src/core/config/index.js';

type Json = Record<string, unknown>;

/** A small three-environment config; `runtime` is merged into dev's support-bot. */
export function testConfig(runtime: Json = {}, dev: Json = {}): LoadedConfig {
  const config = {
    current_environment: 'dev',
    environments: {
      dev: {
        region: 'us-west-2',
        account_id: '111111111111',
        environment_variables: { LOG_LEVEL: 'debug' },
        default_agent_runtime: 'support-bot',
        agent_runtimes: {
          'support-bot': {
            ecr_repository: 'support-bot',
            iam_role: 'support-bot-runtime',
            environment_variables: { MODEL_ID: 'model-a' },
            ...runtime,
          },
        },
        ...dev,
      },
      staging: { extends: 'dev', region: 'eu-west-1', account_id: '222222222222' },
      prod: { extends: 'dev', region: 'us-east-1', account_id: '333333333333', cognito: { managed: true } },
    },
    global_resources: { ecr_repositories: { 'support-bot': {} }, iam_roles: { 'support-bot-runtime': {} } },
  };
  return parseConfig(JSON.stringify(config, null, 2), 'agentcore.json');
}

export const DIGEST_A = `sha256:${'a'.repeat(64)}`;
export const DIGEST_B = `sha256:${'b'.repeat(64)}`;
export const IMAGE_A = `111111111111.dkr.ecr.us-west-2.amazonaws.com/support-bot@${DIGEST_A}`;
export const IMAGE_B = `111111111111.dkr.ecr.us-west-2.amazonaws.com/support-bot@${DIGEST_B}`;
