import { compareSsmCopies, diffJson, joinPath } from '../../../src/core/drift/compare.js';
import { compareDeployed } from '../../../src/core/drift/deployed.js';
import { mapConcurrent } from '../../../src/core/drift/pool.js';
import { SECRET_HIDDEN } from '../../../src/core/drift/report.js';
import { buildDesiredRuntime } from '../../../src/core/runtime/request.js';
import { desiredParameters } from '../../../src/core/sync/parameters.js';
import type { StoredParameter } from '../../../src/core/sync/sync.js';
import { testConfig } from '../sync/config-fixture.js';

const stored = (entries: Array<[string, string]>) => new Map(entries.map(([name, value]): [string, StoredParameter] => [name, { name, value, type: 'String' }]));

describe('diffJson', () => {
  test('walks objects, compares arrays and scalars whole, and names absent keys', () => {
    expect(diffJson({ a: { b: 1, c: [1, 2] }, d: 'x' }, { a: { b: 2, c: [1, 2] }, e: true })).toEqual([
      { path: 'a.b', left: 1, right: 2 },
      { path: 'd', left: 'x', right: undefined },
      { path: 'e', left: undefined, right: true },
    ]);
    expect(diffJson({ list: [1, 2] }, { list: [2, 1] })).toEqual([{ path: 'list', left: [1, 2], right: [2, 1] }]);
    expect(diffJson({ a: { z: 1, y: 2 } }, { a: { y: 2, z: 1 } })).toEqual([]);
  });

  test('keys that are not identifiers go in brackets', () => {
    expect(joinPath('environment_variables', 'a.b')).toBe('environment_variables["a.b"]');
    expect(joinPath('', 'support-bot')).toBe('support-bot');
  });
});

describe('compareSsmCopies', () => {
  const env = testConfig().environment('dev');
  const synced = () => stored(desiredParameters(env).map((p) => [p.name, p.value]));

  test('an exact copy has no finding', () => {
    expect(compareSsmCopies(env, synced())).toEqual([]);
  });

  test('names each differing setting with both values, each missing copy, and each stale copy', () => {
    const copies = synced();
    const changed = testConfig((c) => (c.environments.dev.agent_runtimes.triage.environment_variables = { MODE: 'fast' })).environment('dev');
    copies.delete('/agentcore/dev/config/runtimes/support-bot');
    copies.set('/agentcore/dev/config/runtimes/old', { name: '/agentcore/dev/config/runtimes/old', value: '{}', type: 'String' });
    expect(compareSsmCopies(changed, copies).map(({ action: _a, ...f }) => f)).toEqual([
      { kind: 'ssm-copy', environment: 'dev', runtime: 'support-bot', path: '/agentcore/dev/config/runtimes/support-bot', repo: 'present', ssm: null },
      { kind: 'ssm-copy', environment: 'dev', runtime: 'triage', path: 'environment_variables.MODE', repo: 'fast', ssm: null },
      { kind: 'ssm-copy', environment: 'dev', runtime: 'old', path: '/agentcore/dev/config/runtimes/old', repo: null, ssm: 'present' },
    ]);
  });

  test('a parameter that is not a config copy is reported as such', () => {
    const copies = synced();
    copies.set('/agentcore/dev/config', { name: '/agentcore/dev/config', value: 'hand written', type: 'String' });
    expect(compareSsmCopies(env, copies)).toEqual([expect.objectContaining({ path: '/agentcore/dev/config', repo: 'present', ssm: 'not a config copy' })]);
  });
});

describe('compareDeployed', () => {
  const env = testConfig().environment('dev');
  const runtime = env.agent_runtimes['support-bot']!;
  const desired = buildDesiredRuntime({ runtime, imageUri: 'img', roleArn: 'arn:aws:iam::111111111111:role/r', secretValues: { API_KEY: 'the-secret' }, commit: '' });
  const base = { environment: 'dev', runtime: 'support-bot' };

  test('the same settings in AWS: no finding', () => {
    expect(compareDeployed(base, desired, { ...desired.settings } as never)).toEqual([]);
  });

  test('names each member that differs by its config name, and hides secrets on both sides', () => {
    const actual = {
      ...desired.settings,
      roleArn: 'arn:aws:iam::111111111111:role/other',
      lifecycleConfiguration: { idleRuntimeSessionTimeout: 60, maxLifetime: 28800 },
      environmentVariables: { ...desired.settings.environmentVariables, API_KEY: 'typed-by-hand', EXTRA: '1' },
    };
    const findings = compareDeployed(base, desired, actual as never);
    expect(findings.map((f) => [f.path, f.repo, f.aws, f.secret])).toEqual([
      ['environment_variables.API_KEY', SECRET_HIDDEN, SECRET_HIDDEN, true],
      ['environment_variables.EXTRA', null, '1', undefined],
      ['role', 'arn:aws:iam::111111111111:role/r', 'arn:aws:iam::111111111111:role/other', undefined],
      ['lifecycle.idleRuntimeSessionTimeout', 900, 60, undefined],
    ]);
    expect(JSON.stringify(findings)).not.toMatch(/the-secret|typed-by-hand/);
  });

  test('a secret missing in AWS reads as absent, never its value', () => {
    const { API_KEY: _k, ...rest } = desired.settings.environmentVariables;
    const [finding] = compareDeployed(base, desired, { ...desired.settings, environmentVariables: rest } as never);
    expect(finding).toMatchObject({ path: 'environment_variables.API_KEY', repo: SECRET_HIDDEN, aws: null, secret: true });
  });

  test('what deploy-version does not count as a change is not drift (list order, empty lists, default network)', () => {
    const vpc = buildDesiredRuntime({
      runtime: { ...runtime, network_mode: 'VPC', vpc: { subnets: ['subnet-1', 'subnet-2'], security_groups: ['sg-1'] } },
      imageUri: 'img',
      roleArn: 'arn:aws:iam::111111111111:role/r',
      authorizer: { discoveryUrl: 'https://d/.well-known/openid-configuration', allowedClients: ['c'] },
      secretValues: { API_KEY: 'the-secret' },
      commit: '',
    });
    const actual = {
      ...vpc.settings,
      networkConfiguration: { networkMode: 'VPC', networkModeConfig: { subnets: ['subnet-2', 'subnet-1'], securityGroups: ['sg-1'] } },
      authorizerConfiguration: { customJWTAuthorizer: { discoveryUrl: 'https://d/.well-known/openid-configuration', allowedClients: ['c'], allowedAudience: [] } },
    };
    expect(compareDeployed(base, vpc, actual as never)).toEqual([]);
    const moved = { ...actual, authorizerConfiguration: { customJWTAuthorizer: { discoveryUrl: 'https://d/.well-known/openid-configuration', allowedClients: ['other'] } } };
    expect(compareDeployed(base, vpc, moved as never).map((f) => [f.path, f.repo, f.aws])).toEqual([['authorizer.customJWTAuthorizer.allowedClients', ['c'], ['other']]]);
  });
});

test('mapConcurrent keeps order and never runs more than the limit at once', async () => {
  let running = 0;
  let peak = 0;
  const results = await mapConcurrent([5, 1, 4, 2, 3, 0, 6, 7, 8, 9], 3, async (n) => {
    running++;
    peak = Math.max(peak, running);
    await new Promise((resolve) => setTimeout(resolve, n));
    running--;
    return n * 10;
  });
  expect(results).toEqual([50, 10, 40, 20, 30, 0, 60, 70, 80, 90]);
  expect(peak).toBe(3);
});
