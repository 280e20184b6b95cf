/** Config JSON shared by tests; edit a fresh copy per test. */
export type ConfigJson = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests edit arbitrary config paths

/** Two environments (dev, prod extending it), two runtimes on one repository, a secret reference. */
export function supportBotConfig(account = '111111111111', region = 'us-west-2'): ConfigJson {
  return {
    current_environment: 'dev',
    environments: {
      dev: {
        region,
        account_id: account,
        environment_variables: { LOG_LEVEL: 'debug' },
        default_agent_runtime: 'support-bot',
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
    global_resources: { ecr_repositories: { 'support-bot': {} }, iam_roles: { 'support-bot-runtime': {} } },
  };
}
