import { defineAction } from './types.js';
import { agentRuntimeInput, configFileInput, environmentInput } from './common.js';

export const setupEnvSpec = defineAction({
  name: 'setup-env',
  title: 'AgentCore setup-env',
  description:
    "Validates agentcore.json, picks the environment and runtime, refuses credentials for the wrong account, creates or updates the environment's CloudFormation stacks (ECR repositories, runtime roles, canary gateways, managed Cognito) through change sets, and exports the region for later steps.",
  inputs: {
    'config-file': configFileInput,
    environment: environmentInput,
    'agent-runtime': agentRuntimeInput,
    'deploy-infrastructure': {
      kind: 'boolean',
      description:
        'Create or update the environment\'s stacks (agentcore-<env>-ecr-<repository>, agentcore-<env>-role-<role key>, agentcore-<env>-gateway-<key>, agentcore-<env>-cognito) from the templates/ of this action, and check role ARNs and user pools given by hand. false: touch no stack; the outputs are derived from names and the config.',
      default: true,
    },
    'recreate-failed-stacks': {
      kind: 'boolean',
      description: 'Delete and recreate a stack left in ROLLBACK_COMPLETE by a failed first create. false: such a stack fails the step, naming it.',
      default: false,
    },
    'stack-timeout-minutes': {
      kind: 'number',
      description: 'How long to wait for each change set and each stack operation (create, update, deletion of a failed stack).',
      default: 30,
      min: 1,
      max: 360,
      unit: 'minutes',
    },
  },
  outputs: {
    environment: 'The environment acted on.',
    region: "The environment's AWS region (also exported as AWS_REGION and AWS_DEFAULT_REGION).",
    'account-id': 'The AWS account of the credentials, checked against the environment\'s account_id.',
    'agent-runtime': 'The agent runtime key chosen.',
    'agent-runtime-name': 'The AWS name of that runtime in this environment.',
    'config-hash': "SHA-256 of the environment's resolved config (secret references, never values).",
    'ecr-repository-uri': "URI of the runtime's ECR repository (<account>.dkr.ecr.<region>.amazonaws.com/<name>).",
    'role-arn': "ARN of the runtime's execution role: the role stack's, or the ARN given in iam_role.",
    'cognito-user-pool-id': "The Cognito user pool id, when the runtime's authorizer is cognito; empty otherwise.",
    'cognito-client-id': "The Cognito app client id, when the runtime's authorizer is cognito; empty otherwise.",
    'cognito-discovery-url': "The OpenID discovery URL for the runtime's JWT authorizer, when its authorizer is cognito; empty otherwise.",
    'stacks-changed': 'true when a stack was created, updated or recreated; false when every stack already matched.',
  },
});
