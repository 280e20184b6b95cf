/**
 * The builders build-push knows and their command lines, as pure functions (unit-tested: no
 * Docker engine runs where this project is tested, so docker's command line is only tested here).
 */
import { UserError } from '../errors.js';
import type { CommandRunner } from './command.js';

export const BUILDERS = ['auto', 'buildah', 'docker', 'oci-layout'] as const;
export type BuilderChoice = (typeof BUILDERS)[number];
export type Builder = Exclude<BuilderChoice, 'auto'>;

export interface BuildSpec {
  context: string;
  dockerfile: string;
  /** e.g. linux/arm64. */
  platform: string;
  buildArgs: Record<string, string>;
  labels: Record<string, string>;
}

/** Every file and layer time is set to this (the epoch), so the same sources give the same digest on every run. */
export const REPRODUCIBLE_TIMESTAMP = '0';

/**
 * `buildah build`: OCI format, vfs storage and chroot isolation (what works unprivileged and in
 * containers, with no fuse-overlayfs or user namespaces), fixed timestamps.
 */
export function buildahBuildArgs(spec: BuildSpec, localName: string): string[] {
  return [
    '--storage-driver',
    'vfs',
    'build',
    '--platform',
    spec.platform,
    '--format',
    'oci',
    '--isolation',
    'chroot',
    '--timestamp',
    REPRODUCIBLE_TIMESTAMP,
    ...keyValueFlags('--build-arg', spec.buildArgs),
    ...keyValueFlags('--label', spec.labels),
    '-f',
    spec.dockerfile,
    '-t',
    localName,
    spec.context,
  ];
}

/** `buildah push` of the local image into an OCI layout directory, which the registry client then pushes. */
export function buildahPushArgs(localName: string, layoutDir: string, tag: string): string[] {
  return ['--storage-driver', 'vfs', 'push', localName, `oci:${layoutDir}:${tag}`];
}

/**
 * `docker buildx build` to an OCI tar: one single-platform manifest, no provenance or SBOM
 * attestations (an index of them is what some AWS runtimes reject); SOURCE_DATE_EPOCH fixes the
 * image's timestamps as buildah's --timestamp does.
 */
export function dockerBuildArgs(spec: BuildSpec, tarPath: string): string[] {
  return [
    'buildx',
    'build',
    '--platform',
    spec.platform,
    '--provenance=false',
    '--sbom=false',
    '--output',
    `type=oci,dest=${tarPath}`,
    ...keyValueFlags('--build-arg', { SOURCE_DATE_EPOCH: REPRODUCIBLE_TIMESTAMP, ...spec.buildArgs }),
    ...keyValueFlags('--label', spec.labels),
    '-f',
    spec.dockerfile,
    spec.context,
  ];
}

function keyValueFlags(flag: string, values: Record<string, string>): string[] {
  return Object.entries(values).flatMap(([key, value]) => [flag, `${key}=${value}`]);
}

/** `auto`: buildah when installed, else docker with buildx; the others as asked. */
export async function selectBuilder(choice: string, runner: CommandRunner): Promise<Builder> {
  if (!(BUILDERS as readonly string[]).includes(choice)) {
    throw new UserError(`Input "builder": unknown builder "${choice}". Use one of ${BUILDERS.join(', ')}.`);
  }
  if (choice !== 'auto') return choice as Builder;
  if (await runner.has('buildah')) return 'buildah';
  if ((await runner.has('docker')) && (await runner.run('docker', ['buildx', 'version'], { onLine: () => undefined }).catch(() => 1)) === 0) return 'docker';
  throw new UserError(
    'Input "builder" is auto, but neither buildah nor docker buildx is installed. Install buildah (sudo apt-get install -y buildah), ' +
      'set up docker buildx (docker/setup-buildx-action), or push a prebuilt image with builder: oci-layout.',
  );
}

/** Parses `KEY=VALUE` lines (the build-args and labels inputs); values may hold `=` and commas. */
export function parseKeyValues(text: string, input: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const separator = line.indexOf('=');
    if (separator <= 0) throw new UserError(`Input "${input}": expected KEY=VALUE lines, got "${line}".`);
    values[line.slice(0, separator).trim()] = line.slice(separator + 1).trim();
  }
  return values;
}

export interface RunLabels {
  /** Full commit SHA. */
  commit: string;
  /** https://github.com/<owner>/<repo>. */
  sourceUrl: string;
  runUrl: string;
}

/** The label that records the workflow run that built the image; OCI defines no key for it. */
export const RUN_LABEL = 'com.github.actions.run';

/** The OCI labels every build gets (the known ones only); the labels input overrides them key by key. */
export function defaultLabels(run: RunLabels): Record<string, string> {
  return {
    ...(run.commit ? { 'org.opencontainers.image.revision': run.commit } : {}),
    ...(run.sourceUrl ? { 'org.opencontainers.image.source': run.sourceUrl } : {}),
    ...(run.runUrl ? { [RUN_LABEL]: run.runUrl } : {}),
  };
}
