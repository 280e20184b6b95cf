import {
  buildahBuildArgs,
  buildahPushArgs,
  defaultLabels,
  dockerBuildArgs,
  parseKeyValues,
  selectBuilder,
  type BuildSpec,
} from '../../../src/core/build/builders.js';
import type { CommandRunner } from '../../../src/core/build/command.js';
import { isTagImmutable } from '../../../src/core/ops/build-push.js';

const spec: BuildSpec = {
  context: 'examples/agent',
  dockerfile: 'examples/agent/Dockerfile',
  platform: 'linux/arm64',
  buildArgs: { PY: '3.12', LIST: 'a,b=c' },
  labels: { 'org.opencontainers.image.revision': 'abc123' },
};

test('buildah builds OCI for the platform with vfs storage, chroot isolation and fixed timestamps', () => {
  expect(buildahBuildArgs(spec, 'localhost/agentcore-actions/bot:abc')).toEqual([
    '--storage-driver', 'vfs', 'build',
    '--platform', 'linux/arm64', '--format', 'oci', '--isolation', 'chroot', '--timestamp', '0',
    '--build-arg', 'PY=3.12', '--build-arg', 'LIST=a,b=c',
    '--label', 'org.opencontainers.image.revision=abc123',
    '-f', 'examples/agent/Dockerfile', '-t', 'localhost/agentcore-actions/bot:abc', 'examples/agent',
  ]);
  expect(buildahPushArgs('localhost/x:1', '/tmp/w/layout', '1')).toEqual(['--storage-driver', 'vfs', 'push', 'localhost/x:1', 'oci:/tmp/w/layout:1']);
});

test('docker buildx writes one single-platform OCI tar, without provenance or SBOM attestations', () => {
  expect(dockerBuildArgs(spec, '/tmp/w/image.tar')).toEqual([
    'buildx', 'build', '--platform', 'linux/arm64', '--provenance=false', '--sbom=false',
    '--output', 'type=oci,dest=/tmp/w/image.tar',
    '--build-arg', 'SOURCE_DATE_EPOCH=0', '--build-arg', 'PY=3.12', '--build-arg', 'LIST=a,b=c',
    '--label', 'org.opencontainers.image.revision=abc123',
    '-f', 'examples/agent/Dockerfile', 'examples/agent',
  ]);
  expect(dockerBuildArgs({ ...spec, buildArgs: { SOURCE_DATE_EPOCH: '1700000000' } }, 'x.tar')).toContain('SOURCE_DATE_EPOCH=1700000000');
});

function runner(installed: string[], buildxWorks = true): CommandRunner & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    has: async (program) => installed.includes(program),
    run: async (program, args) => {
      calls.push([program, ...args].join(' '));
      return buildxWorks ? 0 : 1;
    },
  };
}

describe('selectBuilder', () => {
  test('auto takes buildah first, then docker when buildx answers', async () => {
    expect(await selectBuilder('auto', runner(['buildah', 'docker']))).toBe('buildah');
    const dockerOnly = runner(['docker']);
    expect(await selectBuilder('auto', dockerOnly)).toBe('docker');
    expect(dockerOnly.calls).toEqual(['docker buildx version']);
  });

  test('auto without buildah or a working buildx says what to install', async () => {
    const message =
      'Input "builder" is auto, but neither buildah nor docker buildx is installed. Install buildah (sudo apt-get install -y buildah), ' +
      'set up docker buildx (docker/setup-buildx-action), or push a prebuilt image with builder: oci-layout.';
    await expect(selectBuilder('auto', runner([]))).rejects.toThrow(message);
    await expect(selectBuilder('auto', runner(['docker'], false))).rejects.toThrow(message);
  });

  test('an explicit builder is taken as is, an unknown one is refused naming the valid ones', async () => {
    expect(await selectBuilder('docker', runner([]))).toBe('docker');
    expect(await selectBuilder('oci-layout', runner([]))).toBe('oci-layout');
    await expect(selectBuilder('kaniko', runner(['buildah']))).rejects.toThrow('Input "builder": unknown builder "kaniko". Use one of auto, buildah, docker, oci-layout.');
  });
});

test('KEY=VALUE lines keep "=" and commas in values; a line without a key is refused', () => {
  expect(parseKeyValues('A=1\n\n  B = x=y,z  \n', 'build-args')).toEqual({ A: '1', B: 'x=y,z' });
  expect(parseKeyValues('', 'labels')).toEqual({});
  expect(() => parseKeyValues('A=1\n=2', 'labels')).toThrow('Input "labels": expected KEY=VALUE lines, got "=2".');
  expect(() => parseKeyValues('JUSTKEY', 'build-args')).toThrow('Input "build-args": expected KEY=VALUE lines, got "JUSTKEY".');
});

test('default labels carry the commit, repository and run, and only those known', () => {
  expect(defaultLabels({ commit: 'abc', sourceUrl: 'https://github.com/o/r', runUrl: 'https://github.com/o/r/actions/runs/9' })).toEqual({
    'org.opencontainers.image.revision': 'abc',
    'org.opencontainers.image.source': 'https://github.com/o/r',
    'com.github.actions.run': 'https://github.com/o/r/actions/runs/9',
  });
  expect(defaultLabels({ commit: '', sourceUrl: '', runUrl: '' })).toEqual({});
});

test('tag immutability follows ECR: IMMUTABLE, MUTABLE, and the exclusion forms with wildcards', () => {
  expect(isTagImmutable({ imageTagMutability: 'IMMUTABLE' }, 'v1')).toBe(true);
  expect(isTagImmutable({ imageTagMutability: 'MUTABLE' }, 'v1')).toBe(false);
  expect(isTagImmutable({}, 'v1')).toBe(false);
  const filters = [{ filterType: 'WILDCARD' as const, filter: 'latest*' }];
  expect(isTagImmutable({ imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: filters }, 'latest-dev')).toBe(false);
  expect(isTagImmutable({ imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: filters }, 'abc1234')).toBe(true);
  expect(isTagImmutable({ imageTagMutability: 'MUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: filters }, 'latest')).toBe(true);
  expect(isTagImmutable({ imageTagMutability: 'MUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: filters }, 'v1.2')).toBe(false);
});
