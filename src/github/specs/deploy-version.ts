import { defineAction } from './types.js';
import { agentRuntimeInput, configFileInput, environmentInput, timeoutMinutesInput } from './common.js';

export const deployVersionSpec = defineAction({
  name: 'deploy-version',
  title: 'AgentCore deploy-version',
  description:
    'Makes one immutable AgentCore runtime version from the config and an image (by digest), waits for it to be READY and records it in the ledger; does nothing when the newest version already runs that image and config. Images from another account or region are copied into this environment\'s registry first.',
  inputs: {
    'config-file': configFileInput,
    environment: environmentInput,
    'agent-runtime': agentRuntimeInput,
    'image-uri': {
      kind: 'string',
      description:
        'Image to deploy: <account>.dkr.ecr.<region>.amazonaws.com/<repository>@sha256:<digest> (a :tag is resolved to its digest). An image in another account\'s or region\'s registry is copied by digest into this environment\'s repository. Give this or from-environment.',
    },
    'from-environment': {
      kind: 'string',
      description: 'Deploy exactly the image another environment serves (its endpoint\'s live version), instead of image-uri.',
    },
    'from-endpoint': {
      kind: 'string',
      description: "With from-environment: the endpoint whose live version to take. Default: the source runtime's promotion.live_endpoint.",
      pattern: /^[a-zA-Z][a-zA-Z0-9_]{0,47}$/,
      rule: 'an endpoint name: letters, digits and underscores, starting with a letter',
    },
    'from-role-arn': {
      kind: 'string',
      description: "With from-environment in another account: a role there, assumed with STS to read that environment's runtime, ledger and registry.",
      pattern: /^arn:aws[a-z-]*:iam::\d{12}:role\/\S+$/,
      rule: 'an IAM role ARN such as arn:aws:iam::123456789012:role/reader',
    },
    wait: {
      kind: 'boolean',
      description: 'Wait until the new version is READY (a failed version fails the step).',
      default: true,
    },
    'timeout-minutes': timeoutMinutesInput,
  },
  outputs: {
    'agent-runtime-id': 'The AgentCore runtime id.',
    'agent-runtime-arn': 'The AgentCore runtime ARN.',
    version: 'The newest version: the one made, or (created false) the one already running this image and config.',
    created: 'true when a new version was made, false when nothing changed.',
    'previous-version': 'The newest version before this run; empty when the runtime was created.',
    'image-uri': "The image the version runs, by digest, in this environment's registry.",
  },
  leased: true,
});
