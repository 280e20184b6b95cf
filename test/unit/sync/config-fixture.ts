import { parseConfig, type LoadedConfig } from '../../../src/core/config/index.js';

/** A small two-environment config for sync and drift unit tests; `edit` changes the parsed JSON first. */
export function testConfig(edit: (config: Record<string, any>) => void = () => undefined): LoadedConfig { // eslint-disable-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary JSON paths
  const config = {
    current_environment: 'dev',
    environments: {
      dev: {
        region: 'us-west-2',
        account_id: '111111111111',
        default_agent_runtime: 'support-bot',
        environment_variables: { LOG_LEVEL: 'debug' },
        agent_runtimes: {
          'support-bot': {
            ecr_repository: 'support-bot',
            iam_role: 'support-bot-runtime',
            environment_variables: { MODEL_ID: 'model-a' },
            secrets: { API_KEY: 'ssm:/team/api-key' },
          },
          triage: { ecr_repository: 'support-bot', iam_role: 'support-bot-runtime' },
        },
      },
      prod: { extends: 'dev', region: 'us-east-1', account_id: '333333333333' },
    },
    global_resources: {
      ecr_repositories: { 'support-bot': {} },
      iam_roles: { 'support-bot-runtime': {} },
      sync_config: { parameter_store_prefix: '/agentcore' },
    },
  };
  edit(config);
  return parseConfig(JSON.stringify(config, null, 2), 'agentcore.json');
}
