import {
  DeleteParameterCommand,
  GetParametersByPathCommand,
  GetParametersCommand,
  PutParameterCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { FakeClock } from '../../../src/testing/fake-clock.js';
import { canonicalJson, sha256Hex } from '../../../src/core/config/index.js';
import { UserError } from '../../../src/core/errors.js';
import { RecordingLogger } from '../../../src/testing/recording-logger.js';
import { desiredParameters, parseCopy } from '../../../src/core/sync/parameters.js';
import { autoSyncEnvironment, planSync, syncEnvironment, type StoredParameter } from '../../../src/core/sync/sync.js';
import { testConfig } from './config-fixture.js';

const ssmMock = mockClient(SSMClient);
const ssm = new SSMClient({ region: 'us-west-2' });
const dev = () => testConfig().environment('dev');

function awsError(name: string, message = name) {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400 } });
}

/** Answers reads from `stored` (name -> value) and records writes into it. */
function fakeStore(stored: Record<string, string>) {
  ssmMock.on(GetParametersCommand).callsFake((input: { Names: string[] }) => ({
    Parameters: input.Names.filter((n) => n in stored).map((n) => ({ Name: n, Value: stored[n], Type: 'String' })),
    InvalidParameters: input.Names.filter((n) => !(n in stored)),
  }));
  ssmMock.on(GetParametersByPathCommand).callsFake((input: { Path: string; NextToken?: string }) => {
    const names = Object.keys(stored).filter((n) => n.startsWith(`${input.Path}/`)).sort();
    // Pages of one, so pagination is exercised.
    const index = input.NextToken ? Number(input.NextToken) : 0;
    const name = names[index];
    return {
      Parameters: name ? [{ Name: name, Value: stored[name], Type: 'String' }] : [],
      ...(index + 1 < names.length ? { NextToken: String(index + 1) } : {}),
    };
  });
  ssmMock.on(PutParameterCommand).callsFake((input: { Name: string; Value: string }) => {
    stored[input.Name] = input.Value;
    return { Version: 1, Tier: 'Standard' };
  });
  ssmMock.on(DeleteParameterCommand).callsFake((input: { Name: string }) => {
    delete stored[input.Name];
    return {};
  });
  return stored;
}

const writes = () => ssmMock.commandCalls(PutParameterCommand).map((c) => c.args[0].input.Name);
const deletes = () => ssmMock.commandCalls(DeleteParameterCommand).map((c) => c.args[0].input.Name);

beforeEach(() => ssmMock.reset());

describe('desiredParameters', () => {
  test('one parameter for the environment and one per runtime, canonical JSON with the hash of the config', () => {
    const parameters = desiredParameters(dev());
    expect(parameters.map((p) => p.name)).toEqual(['/agentcore/dev/config', '/agentcore/dev/config/runtimes/support-bot', '/agentcore/dev/config/runtimes/triage']);
    const runtime = parameters[1]!;
    const copy = parseCopy(runtime.value)!;
    expect(copy.hash).toBe(sha256Hex(canonicalJson(copy.config)));
    expect(runtime.value).toBe(canonicalJson(copy));
    expect(copy.config).toMatchObject({
      key: 'support-bot',
      aws_name: 'support_bot_dev',
      environment_variables: { LOG_LEVEL: 'debug', MODEL_ID: 'model-a' },
      secrets: { API_KEY: 'ssm:/team/api-key' },
    });
    expect(copy.config).not.toHaveProperty('config_path');
    expect(parseCopy(parameters[0]!.value)!.config).not.toHaveProperty('agent_runtimes');
    expect(parameters.every((p) => p.type === 'String' && p.tier === 'Standard')).toBe(true);
  });

  test('a copy over 4096 bytes goes to the Advanced tier', () => {
    const env = testConfig((c) => (c.environments.dev.agent_runtimes.triage.environment_variables = { BIG: 'x'.repeat(4500) })).environment('dev');
    const triage = desiredParameters(env).find((p) => p.runtime === 'triage')!;
    expect(triage.tier).toBe('Advanced');
    expect(triage.bytes).toBeGreaterThan(4096);
  });

  test('a copy over 8192 bytes is an error naming the parameter and its size', () => {
    const env = testConfig((c) => (c.environments.dev.agent_runtimes.triage.environment_variables = { A: 'x'.repeat(4800), B: 'y'.repeat(4800) })).environment('dev');
    const bytes = Buffer.byteLength(desiredParametersUnchecked(env), 'utf8');
    expect(() => desiredParameters(env)).toThrow(UserError);
    expect(() => desiredParameters(env)).toThrow(
      `The config copy of runtime "triage" in environment "dev" (SSM parameter /agentcore/dev/config/runtimes/triage) is ${bytes} bytes; ` +
        'an SSM parameter holds at most 8192 bytes (Advanced tier). Nothing was written. Shorten its environment variables or description, ' +
        'or set global_resources.sync_config.cloud_config_enabled to false.',
    );
  });
});

/** The triage copy's size, computed independently of the size check. */
function desiredParametersUnchecked(env: ReturnType<typeof dev>): string {
  const { config_path: _p, ...settings } = env.agent_runtimes.triage!;
  const canonical = canonicalJson(settings);
  return canonicalJson({ config: JSON.parse(canonical), hash: sha256Hex(canonical) });
}

describe('planSync', () => {
  const desired = desiredParameters(dev());
  const stored = (entries: Array<[string, string]>) => new Map(entries.map(([name, value]): [string, StoredParameter] => [name, { name, value, type: 'String' }]));

  test('creates what is missing, updates what differs, keeps what matches, lists leftovers', () => {
    const plan = planSync(desired, stored([
      [desired[0]!.name, desired[0]!.value],
      [desired[1]!.name, 'old'],
      ['/agentcore/dev/config/runtimes/gone', 'x'],
    ]), false);
    expect(plan.map((c) => [c.name, c.action])).toEqual([
      ['/agentcore/dev/config', 'unchanged'],
      ['/agentcore/dev/config/runtimes/support-bot', 'update'],
      ['/agentcore/dev/config/runtimes/triage', 'create'],
      ['/agentcore/dev/config/runtimes/gone', 'stale'],
    ]);
    expect(planSync(desired, stored([['/agentcore/dev/config/runtimes/gone', 'x']]), true).at(-1)).toEqual({ name: '/agentcore/dev/config/runtimes/gone', action: 'delete' });
  });
});

describe('syncEnvironment', () => {
  test('a first push writes every parameter; a second writes nothing', async () => {
    const stored = fakeStore({});
    const first = await syncEnvironment({ ssm, environment: dev(), logger: new RecordingLogger() });
    expect(first).toMatchObject({ applied: true, changed: true, deleted: [], stale: [] });
    expect(first.written).toHaveLength(3);
    expect(Object.keys(stored).sort()).toEqual(first.written.slice().sort());
    ssmMock.resetHistory();
    const second = await syncEnvironment({ ssm, environment: dev(), logger: new RecordingLogger() });
    expect(second).toMatchObject({ changed: false, written: [] });
    expect(writes()).toEqual([]);
  });

  test('a changed runtime variable rewrites exactly that runtime', async () => {
    fakeStore({});
    await syncEnvironment({ ssm, environment: dev(), logger: new RecordingLogger() });
    ssmMock.resetHistory();
    const changed = testConfig((c) => (c.environments.dev.agent_runtimes.triage.environment_variables = { NEW: '1' })).environment('dev');
    const result = await syncEnvironment({ ssm, environment: changed, logger: new RecordingLogger() });
    expect(result.written).toEqual(['/agentcore/dev/config/runtimes/triage']);
    expect(writes()).toEqual(['/agentcore/dev/config/runtimes/triage']);
  });

  test('writes Advanced only for a value that needs it, and omits the tier otherwise', async () => {
    fakeStore({});
    const env = testConfig((c) => (c.environments.dev.agent_runtimes.triage.environment_variables = { BIG: 'x'.repeat(4500) })).environment('dev');
    await syncEnvironment({ ssm, environment: env, logger: new RecordingLogger() });
    const tiers = Object.fromEntries(ssmMock.commandCalls(PutParameterCommand).map((c) => [c.args[0].input.Name, c.args[0].input.Tier]));
    expect(tiers).toEqual({ '/agentcore/dev/config': undefined, '/agentcore/dev/config/runtimes/support-bot': undefined, '/agentcore/dev/config/runtimes/triage': 'Advanced' });
  });

  test('a removed runtime leaves a stale copy, and prune deletes exactly that', async () => {
    const stored = fakeStore({});
    await syncEnvironment({ ssm, environment: dev(), logger: new RecordingLogger() });
    stored['/agentcore/dev/runtimes/triage/ledger'] = '{"schema":1,"entries":[]}';
    const without = testConfig((c) => delete c.environments.dev.agent_runtimes.triage).environment('dev');
    const listed = await syncEnvironment({ ssm, environment: without, logger: new RecordingLogger() });
    expect(listed).toMatchObject({ stale: ['/agentcore/dev/config/runtimes/triage'], deleted: [], written: [], changed: true });
    expect(deletes()).toEqual([]);
    const pruned = await syncEnvironment({ ssm, environment: without, logger: new RecordingLogger(), prune: true });
    expect(pruned).toMatchObject({ stale: [], deleted: ['/agentcore/dev/config/runtimes/triage'] });
    expect(deletes()).toEqual(['/agentcore/dev/config/runtimes/triage']);
    expect(stored).toHaveProperty(['/agentcore/dev/runtimes/triage/ledger']);
  });

  test('a copy deleted by someone else meanwhile is fine', async () => {
    fakeStore({ '/agentcore/dev/config/runtimes/gone': 'x' });
    ssmMock.on(DeleteParameterCommand).rejects(awsError('ParameterNotFound'));
    const result = await syncEnvironment({ ssm, environment: dev(), logger: new RecordingLogger(), prune: true });
    expect(result.deleted).toEqual(['/agentcore/dev/config/runtimes/gone']);
  });

  test('dry-run and check mode write nothing and report what differs', async () => {
    fakeStore({ '/agentcore/dev/config/runtimes/gone': 'x' });
    const dry = await syncEnvironment({ ssm, environment: dev(), logger: new RecordingLogger(), dryRun: true, prune: true });
    expect(dry).toMatchObject({ applied: false, changed: true, deleted: ['/agentcore/dev/config/runtimes/gone'] });
    expect(dry.written).toHaveLength(3);
    const check = await syncEnvironment({ ssm, environment: dev(), logger: new RecordingLogger(), mode: 'check', prune: true });
    expect(check).toMatchObject({ applied: false, changed: true, stale: ['/agentcore/dev/config/runtimes/gone'], deleted: [] });
    expect(writes()).toEqual([]);
    expect(deletes()).toEqual([]);
  });

  test('cloud_config_enabled false: nothing is read or written, and the log says so', async () => {
    const env = testConfig((c) => (c.global_resources.sync_config.cloud_config_enabled = false)).environment('dev');
    const logger = new RecordingLogger();
    const result = await syncEnvironment({ ssm, environment: env, logger });
    expect(result).toMatchObject({ enabled: false, changed: false, written: [] });
    expect(ssmMock.calls()).toHaveLength(0);
    expect(logger.lines).toContain('Environment "dev": cloud_config_enabled is false, so no config copy is kept in SSM (the ledger and lease still are).');
  });

  test('TooManyUpdates is retried with jittered backoff on the injected clock', async () => {
    fakeStore({});
    const put = ssmMock.on(PutParameterCommand);
    put.rejectsOnce(awsError('TooManyUpdates')).rejectsOnce(awsError('TooManyUpdates'));
    const clock = new FakeClock();
    const result = await syncEnvironment({ ssm, environment: dev(), logger: new RecordingLogger(), clock, random: () => 0.5 });
    expect(result.written).toHaveLength(3);
    expect(clock.sleeps).toEqual([250, 500]);
    expect(ssmMock.commandCalls(PutParameterCommand)).toHaveLength(5);
  });

  test('TooManyUpdates that never clears fails naming the parameter; other errors are not retried', async () => {
    fakeStore({});
    ssmMock.on(PutParameterCommand).rejects(awsError('TooManyUpdates', 'concurrent updates'));
    const clock = new FakeClock();
    await expect(syncEnvironment({ ssm, environment: dev(), logger: new RecordingLogger(), clock, random: () => 1 })).rejects.toThrow(
      'Writing the config copy of environment "dev" (SSM PutParameter /agentcore/dev/config) failed: TooManyUpdates: concurrent updates (HTTP 400). The credentials need ssm:PutParameter on that path.',
    );
    expect(clock.sleeps).toEqual([500, 1000, 2000, 4000, 8000]);
    ssmMock.on(PutParameterCommand).rejects(awsError('AccessDeniedException', 'no'));
    const clock2 = new FakeClock();
    await expect(syncEnvironment({ ssm, environment: dev(), logger: new RecordingLogger(), clock: clock2 })).rejects.toThrow('AccessDeniedException');
    expect(clock2.sleeps).toEqual([]);
  });
});

describe('autoSyncEnvironment', () => {
  test('does nothing when auto_sync_enabled is false', async () => {
    const env = testConfig((c) => (c.global_resources.sync_config.auto_sync_enabled = false)).environment('dev');
    await expect(autoSyncEnvironment({ ssm, environment: env, logger: new RecordingLogger() })).resolves.toBeUndefined();
    expect(ssmMock.calls()).toHaveLength(0);
  });

  test('pushes without pruning, and turns a failure into a warning', async () => {
    fakeStore({ '/agentcore/dev/config/runtimes/gone': 'x' });
    const result = await autoSyncEnvironment({ ssm, environment: dev(), logger: new RecordingLogger() });
    expect(result).toMatchObject({ stale: ['/agentcore/dev/config/runtimes/gone'], deleted: [] });
    expect(result?.written).toHaveLength(3);
    ssmMock.on(GetParametersCommand).rejects(awsError('AccessDeniedException', 'denied'));
    const logger = new RecordingLogger();
    await expect(autoSyncEnvironment({ ssm, environment: dev(), logger })).resolves.toBeUndefined();
    expect(logger.lines.some((l) => l.startsWith('warning: Could not sync the config copy of "dev" to SSM (the change itself succeeded)'))).toBe(true);
  });
});
