import { defineAction } from './types.js';
import { agentRuntimeInput, configFileInput, environmentInput } from './common.js';
import { BUILDERS } from '../../core/build/builders.js';

export const buildPushSpec = defineAction({
  name: 'build-push',
  title: 'AgentCore build-push',
  description:
    "Builds the agent's image for linux/arm64 (buildah, docker buildx, or a prebuilt OCI layout) and pushes it by digest to the runtime's ECR repository; pushes nothing when that digest is already there.",
  inputs: {
    'config-file': configFileInput,
    environment: environmentInput,
    'agent-runtime': agentRuntimeInput,
    context: {
      kind: 'string',
      description: 'Build context directory, relative to the workspace.',
      default: '.',
    },
    dockerfile: {
      kind: 'string',
      description: 'Dockerfile to build. Default: <context>/Dockerfile.',
    },
    platform: {
      kind: 'string',
      description: 'Platform to build, and the one a prebuilt image must have. AgentCore Runtime runs linux/arm64.',
      default: 'linux/arm64',
      pattern: /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/,
      rule: 'os/architecture[/variant], e.g. linux/arm64',
    },
    builder: {
      kind: 'choice',
      description:
        'auto (buildah when installed, else docker buildx), buildah, docker (docker buildx), or oci-layout (push the prebuilt layout given in oci-layout).',
      default: 'auto',
      choices: BUILDERS,
    },
    'oci-layout': {
      kind: 'string',
      description: 'With builder oci-layout: the directory of a prebuilt OCI image layout to push.',
    },
    tag: {
      kind: 'string',
      description: 'Tag to push the image under. Default: the short commit SHA (required outside GitHub Actions).',
      pattern: /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,
      rule: 'an image tag: letters, digits, _ . -, up to 128 characters, not starting with . or -',
    },
    'build-args': {
      kind: 'string',
      description: 'Build arguments, one KEY=VALUE per line.',
    },
    labels: {
      kind: 'string',
      description:
        'Image labels, one KEY=VALUE per line. org.opencontainers.image.revision (commit), org.opencontainers.image.source (repository) and com.github.actions.run (run URL) are added unless given here.',
    },
  },
  outputs: {
    'image-uri': 'The image by digest: <account>.dkr.ecr.<region>.amazonaws.com/<repository>@sha256:<digest>.',
    'image-digest': 'The image manifest digest, sha256:<hex>.',
    'image-tag': 'The tag pushed.',
    pushed: 'true when the image was uploaded, false when the repository already had that digest.',
  },
});
