import { parseConfig, type LoadedConfig } from '../../src/core/config/index.js';
import { agentConfig, type EnvironmentInput, type RuntimeInput } from '../helpers/configs.js';

/** A small three-environment config; `runtime` is merged into dev's support-bot. */
export function testConfig(runtime: RuntimeInput = {}, dev: EnvironmentInput = {}): LoadedConfig {
  const config = agentConfig({
    dev: { environment_variables: { LOG_LEVEL: 'debug' }, default_agent_runtime: 'support-bot', ...dev },
    runtime: { environment_variables: { MODEL_ID: 'model-a' }, ...runtime },
    environments: {
      staging: { extends: 'dev', region: 'eu-west-1', account_id: '222222222222' },
      prod: { extends: 'dev', region: 'us-east-1', account_id: '333333333333', cognito: { managed: true } },
    },
  });
  return parseConfig(JSON.stringify(config, null, 2), 'agentcore.json');
}

export const DIGEST_A = `sha256:${'a'.repeat(64)}`;
export const DIGEST_B = `sha256:${'b'.repeat(64)}`;
export const IMAGE_A = `111111111111.dkr.ecr.us-west-2.amazonaws.com/support-bot@${DIGEST_A}`;
export const IMAGE_B = `111111111111.dkr.ecr.us-west-2.amazonaws.com/support-bot@${DIGEST_B}`;
