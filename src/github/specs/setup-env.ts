import { defineAction } from './types.js';
import { agentRuntimeInput, configFileInput, environmentInput } from './common.js';

export const setupEnvSpec = defineAction({
  name: 'setup-env',
  title: 'AgentCore setup-env',
  description:
    'Validates agentcore.json, picks the environment and runtime, refuses credentials for the wrong account, and exports the region for later steps.',
  inputs: {
    'config-file': configFileInput,
    environment: environmentInput,
    'agent-runtime': agentRuntimeInput,
  },
  outputs: {
    environment: 'The environment acted on.',
    region: "The environment's AWS region (also exported as AWS_REGION and AWS_DEFAULT_REGION).",
    'account-id': 'The AWS account of the credentials, checked against the environment\'s account_id.',
    'agent-runtime': 'The agent runtime key chosen.',
    'agent-runtime-name': 'The AWS name of that runtime in this environment.',
    'config-hash': "SHA-256 of the environment's resolved config (secret references, never values).",
  },
});
