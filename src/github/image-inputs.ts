/**
 * Inputs that only make sense together, for build-push and deploy-version: each entry reads
 * them here, so a contradiction fails and an ignored input is warned about before any work.
 */
import { join } from 'node:path';
import { defaultLabels, parseKeyValues, type BuildSpec } from '../core/build/builders.js';
import { UserError } from '../core/errors.js';
import type { ImageSource } from '../core/ops/deploy-version.js';
import type { RunInfo } from './context.js';
import type { Inputs } from './inputs.js';
import type { buildPushSpec } from './specs/build-push.js';
import type { deployVersionSpec } from './specs/deploy-version.js';

/** Inputs that one builder ignores get a warning, so a typo in a workflow is seen. */
export function warnIgnoredBuildInputs(inputs: Inputs<typeof buildPushSpec.inputs>, warn: (message: string) => void): void {
  if (inputs.builder === 'oci-layout') {
    for (const name of ['dockerfile', 'build-args', 'labels'] as const) {
      if (inputs[name]) warn(`Input "${name}" is ignored with builder oci-layout: the image is already built.`);
    }
  } else if (inputs['oci-layout']) {
    warn(`Input "oci-layout" is ignored with builder ${inputs.builder}: set builder: oci-layout to push that layout.`);
  }
}

/** build-push's build: the context, Dockerfile, platform, build args, and labels over the defaults (source, commit, run). */
export function buildSpec(inputs: Inputs<typeof buildPushSpec.inputs>, info: RunInfo): BuildSpec {
  // GITHUB_SERVER_URL is not in RunInfo; it makes the source label right on GitHub Enterprise too.
  const sourceUrl = info.repository ? `${process.env.GITHUB_SERVER_URL || 'https://github.com'}/${info.repository}` : '';
  return {
    context: inputs.context,
    dockerfile: inputs.dockerfile ?? join(inputs.context, 'Dockerfile'),
    platform: inputs.platform,
    buildArgs: parseKeyValues(inputs['build-args'] ?? '', 'build-args'),
    labels: { ...defaultLabels({ commit: info.commit, sourceUrl, runUrl: info.runUrl }), ...parseKeyValues(inputs.labels ?? '', 'labels') },
  };
}

/** deploy-version's image: a URI, or what another environment's endpoint serves. */
export function imageSource(inputs: Inputs<typeof deployVersionSpec.inputs>, warn: (message: string) => void): ImageSource {
  const imageUri = inputs['image-uri'];
  const fromEnvironment = inputs['from-environment'];
  if (imageUri && fromEnvironment) throw new UserError('Give either input "image-uri" or "from-environment", not both.');
  if (!imageUri && !fromEnvironment) {
    throw new UserError('Input "image-uri" or "from-environment" is required: the image to deploy, or the environment whose live image to deploy.');
  }
  if (imageUri) {
    for (const ignored of ['from-endpoint', 'from-role-arn'] as const) {
      if (inputs[ignored]) warn(`Input "${ignored}" is ignored: it applies only with "from-environment".`);
    }
    return { imageUri };
  }
  return {
    fromEnvironment: fromEnvironment!,
    ...(inputs['from-endpoint'] ? { fromEndpoint: inputs['from-endpoint'] } : {}),
    ...(inputs['from-role-arn'] ? { fromRoleArn: inputs['from-role-arn'] } : {}),
  };
}
