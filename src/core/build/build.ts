import { createReadStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { unpackTar } from 'modern-tar/fs';
import { UserError } from '../errors.js';
import type { Logger } from '../logger.js';
import { buildahBuildArgs, buildahPushArgs, dockerBuildArgs, type BuildSpec, type Builder } from './builders.js';
import { runStreaming, type CommandRunner } from './command.js';

export interface BuildRequest {
  builder: Builder;
  spec: BuildSpec;
  /** For builder oci-layout: the prebuilt layout directory. */
  ociLayout?: string;
  tag: string;
  /** The local image name buildah tags the build with. */
  localName: string;
  /** An empty directory the build may write into; the caller removes it. */
  workDir: string;
  runner: CommandRunner;
  logger: Logger;
}

const BUILD_ADVICE = 'Fix the Dockerfile or the build context where its last lines show the build stopped; the command logged above reproduces it locally.';

/** Builds the image and returns the OCI image layout directory that holds it: one push path for every builder. */
export async function buildLayout(request: BuildRequest): Promise<string> {
  const { builder, spec, runner, logger } = request;
  if (builder === 'oci-layout') {
    if (!request.ociLayout) throw new UserError('Input "oci-layout" is required with builder: oci-layout: the directory of a prebuilt OCI image layout.');
    if (!(await stat(request.ociLayout).catch(() => undefined))?.isDirectory()) {
      throw new UserError(`Input "oci-layout": ${request.ociLayout} is not a directory. Give the path of an OCI image layout (oci-layout, index.json, blobs/).`);
    }
    logger.info(`Using the prebuilt OCI layout ${request.ociLayout}`);
    return request.ociLayout;
  }
  if (!(await stat(spec.dockerfile).catch(() => undefined))?.isFile()) {
    throw new UserError(`Dockerfile not found: ${spec.dockerfile}. Set the input "dockerfile" (default <context>/Dockerfile) or "context" to where it is.`);
  }
  const layout = join(request.workDir, 'layout');
  if (builder === 'buildah') {
    await runStreaming(runner, logger, { program: 'buildah', args: buildahBuildArgs(spec, request.localName), step: 'buildah build', advice: BUILD_ADVICE });
    await runStreaming(runner, logger, {
      program: 'buildah',
      args: buildahPushArgs(request.localName, layout, request.tag),
      step: 'buildah push (exporting the build as an OCI layout)',
      advice: "Check the disk space and buildah's storage; its last lines say what failed.",
    });
    return layout;
  }
  const tar = join(request.workDir, 'image.tar');
  await runStreaming(runner, logger, { program: 'docker', args: dockerBuildArgs(spec, tar), step: 'docker buildx build', advice: BUILD_ADVICE });
  await extractLayout(tar, layout);
  return layout;
}

/** Unpacks the OCI tar `docker buildx build --output type=oci` writes into a layout directory. */
export async function extractLayout(tar: string, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  try {
    await pipeline(createReadStream(tar), unpackTar(dir));
  } catch (error) {
    throw new UserError(`Could not unpack the builder's OCI archive ${tar}: ${error instanceof Error ? error.message : String(error)}.`);
  }
}
