import { DeleteParameterCommand, GetParametersByPathCommand, GetParametersCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { CancelledError } from '../../../src/core/cancel.js';
import { UserError } from '../../../src/core/errors.js';
import { concludeSyncConfig, syncConfig, type SyncConfigRequest } from '../../../src/core/ops/sync-config.js';
import { FakeClock } from '../../../src/testing/fake-clock.js';
import { RecordingLogger } from '../../../src/testing/recording-logger.js';
import { awsError, callerIdentity, expectAnotherAccountRefused, recordingFactory, type RecordingFactory } from '../../helpers/mocked-aws.js';
import { testConfig } from '../sync/config-fixture.js';
import { cancelOnSleep } from '../../helpers/cancel.js';

// dev is account 111111111111 in us-west-2, prod 333333333333 in us-east-1; one client of each kind per region.
const west = { sts: new STSClient({ region: 'us-west-2' }), ssm: new SSMClient({ region: 'us-west-2' }) };
const east = { sts: new STSClient({ region: 'us-east-1' }), ssm: new SSMClient({ region: 'us-east-1' }) };
const stsWest = mockClient(west.sts);
const stsEast = mockClient(east.sts);
const ssmWest = mockClient(west.ssm);
const ssmEast = mockClient(east.ssm);

const DEV_COPIES = ['/agentcore/dev/config', '/agentcore/dev/config/runtimes/support-bot', '/agentcore/dev/config/runtimes/triage'];
const SKIPPED = 'credentials are for account 111111111111, environment "prod" is account 333333333333';

/** An SSM parameter store in memory behind the mocked client: reads by name and path, writes and deletes. */
function parameterStore(initial: Record<string, string> = {}): Map<string, string> {
  const store = new Map(Object.entries(initial));
  const parameter = (name: string) => ({ Name: name, Value: store.get(name), Type: 'String' as const });
  ssmWest.on(GetParametersCommand).callsFake((input: { Names: string[] }) => ({ Parameters: input.Names.filter((name) => store.has(name)).map(parameter) }));
  ssmWest.on(GetParametersByPathCommand).callsFake((input: { Path: string }) => ({
    Parameters: [...store.keys()].filter((name) => name.startsWith(`${input.Path}/`)).sort().map(parameter),
  }));
  ssmWest.on(PutParameterCommand).callsFake((input: { Name: string; Value: string }) => {
    store.set(input.Name, input.Value);
    return { Version: 1, Tier: 'Standard' };
  });
  ssmWest.on(DeleteParameterCommand).callsFake((input: { Name: string }) => {
    store.delete(input.Name);
    return {};
  });
  return store;
}

const writes = () => ssmWest.commandCalls(PutParameterCommand).map((call) => call.args[0].input.Name);
const deletes = () => ssmWest.commandCalls(DeleteParameterCommand).map((call) => call.args[0].input.Name);

let factory: RecordingFactory;
let clock: FakeClock;
let logger: RecordingLogger;

function request(overrides: Partial<SyncConfigRequest> = {}): SyncConfigRequest {
  return { config: testConfig(), environments: [], mode: 'push', prune: false, dryRun: false, clientsFor: factory.clientsFor, clock, logger, ...overrides };
}

beforeEach(() => {
  for (const mock of [stsWest, stsEast, ssmWest, ssmEast]) mock.reset();
  // One set of credentials, for dev's account, whichever region is asked.
  stsWest.on(GetCallerIdentityCommand).resolves(callerIdentity('111111111111'));
  stsEast.on(GetCallerIdentityCommand).resolves(callerIdentity('111111111111'));
  factory = recordingFactory({ 'us-west-2': west, 'us-east-1': east });
  clock = new FakeClock();
  logger = new RecordingLogger();
});

test('push writes each config copy of the environment these credentials reach, and skips the other account\'s, saying why', async () => {
  const store = parameterStore();
  const result = await syncConfig(request());
  expect(result).toMatchObject({ changed: true, written: 3, deleted: 0, stale: 0 });
  expect(result.environments.map((e) => ('skipped' in e ? [e.environment.name, e.skipped] : [e.environment.name, e.result.written]))).toEqual([
    ['dev', DEV_COPIES],
    ['prod', SKIPPED],
  ]);
  expect(writes()).toEqual(DEV_COPIES);
  const put = ssmWest.commandCalls(PutParameterCommand)[1]!.args[0].input;
  expect(put).toMatchObject({ Name: '/agentcore/dev/config/runtimes/support-bot', Type: 'String', Overwrite: true });
  expect(put).not.toHaveProperty('Tier');
  expect(JSON.parse(store.get('/agentcore/dev/config/runtimes/support-bot')!)).toMatchObject({ config: { key: 'support-bot', aws_name: 'support_bot_dev' } });
  // Each environment's account is asked in its own region; only dev's SSM is touched.
  expect(factory.requests).toEqual([
    { region: 'us-west-2', names: ['sts'] },
    { region: 'us-east-1', names: ['sts'] },
    { region: 'us-west-2', names: ['ssm'] },
  ]);
  expect(ssmEast.calls()).toHaveLength(0);
  expect(logger.lines).toContain(`warning: Skipping environment "prod": ${SKIPPED}. Run this step again with that account's credentials to cover it.`);
  expect(() => concludeSyncConfig(result, request())).not.toThrow();
  expect(logger.lines.filter((line) => line.startsWith('notice:'))).toEqual([]);
});

test('a re-run over a copy that matches writes and deletes nothing, and the step says so', async () => {
  parameterStore();
  await syncConfig(request({ environments: ['dev'] }));
  ssmWest.resetHistory();
  const again = await syncConfig(request({ environments: ['dev'] }));
  expect(again).toMatchObject({ changed: false, written: 0, deleted: 0, stale: 0 });
  expect(writes()).toEqual([]);
  expect(deletes()).toEqual([]);
  concludeSyncConfig(again, request());
  expect(logger.lines).toContain('notice: The SSM config copy already matched the config: nothing was written.');
});

test('check mode never writes, and fails the step naming what differs', async () => {
  parameterStore({ '/agentcore/dev/config/runtimes/retired': '{}' });
  const checkRequest = request({ environments: ['dev'], mode: 'check', prune: true });
  const result = await syncConfig(checkRequest);
  expect(result).toMatchObject({ changed: true, written: 3, deleted: 0, stale: 1 });
  expect(writes()).toEqual([]);
  expect(deletes()).toEqual([]);
  expect(() => concludeSyncConfig(result, checkRequest)).toThrow(
    new UserError('The SSM config copy differs from agentcore.json for dev (3 to write, 1 stale). Run sync-config with mode: push (and prune: true for stale parameters).'),
  );
});

test('prune deletes stale copies; without it they stay and are warned about', async () => {
  parameterStore({ '/agentcore/dev/config/runtimes/retired': '{}', '/agentcore/dev/runtimes/retired/ledger': '{}' });
  const kept = await syncConfig(request({ environments: ['dev'] }));
  expect(kept.stale).toBe(1);
  expect(deletes()).toEqual([]);
  expect(logger.lines).toContain('warning: Stale config copy /agentcore/dev/config/runtimes/retired: the config no longer produces it. Run sync-config with prune: true to delete it.');
  const pruned = await syncConfig(request({ environments: ['dev'], prune: true }));
  expect(pruned.deleted).toBe(1);
  // Only the config subtree is pruned: the ledger beside it stays.
  expect(deletes()).toEqual(['/agentcore/dev/config/runtimes/retired']);
});

test('a dry run plans the writes and sends none', async () => {
  parameterStore();
  const result = await syncConfig(request({ environments: ['dev'], dryRun: true }));
  expect(result.written).toBe(3);
  expect(result.environments[0]).toMatchObject({ result: { applied: false, written: DEV_COPIES } });
  expect(writes()).toEqual([]);
});

test('check mode names the keys that differ, in the log, the error and the result', async () => {
  const store = parameterStore();
  await syncConfig(request({ environments: ['dev'] }));
  const name = '/agentcore/dev/config/runtimes/support-bot';
  const copy = JSON.parse(store.get(name)!) as { hash: string; config: Record<string, unknown> };
  store.set(name, JSON.stringify({ ...copy, config: { ...copy.config, ecr_repository: 'edited-in-ssm', extra: true } }));
  logger = new RecordingLogger();
  const checkRequest = request({ environments: ['dev'], mode: 'check' });
  const result = await syncConfig(checkRequest);
  const change = result.environments[0] && 'result' in result.environments[0] ? result.environments[0].result.changes.find((c) => c.name === name) : undefined;
  expect(change).toMatchObject({ action: 'update', keys: ['ecr_repository', 'extra'] });
  expect(logger.lines).toContain(`${name} differs: ecr_repository, extra differ`);
  expect(() => concludeSyncConfig(result, checkRequest)).toThrow(
    new UserError(
      'The SSM config copy differs from agentcore.json for dev (1 to write); keys that differ: ecr_repository, extra. Run sync-config with mode: push (and prune: true for stale parameters).',
    ),
  );
});

test('a dry run prints what it would write', async () => {
  parameterStore();
  await syncConfig(request({ environments: ['dev'], dryRun: true }));
  const planned = logger.lines.filter((line) => line.startsWith('/agentcore/dev/config'));
  expect(planned).toHaveLength(3);
  expect(planned[1]).toMatch(/^\/agentcore\/dev\/config\/runtimes\/support-bot missing from SSM \(\d+ bytes, Standard tier\), would write \{"config":\{.*"ecr_repository":"support-bot".*"secrets":\{"API_KEY":"ssm:\/team\/api-key"\}\},"hash":"[0-9a-f]{64}"\}$/);
  expect(writes()).toEqual([]);
});

test('credentials of another account for every environment fail the step naming both accounts, and read no SSM', async () => {
  await expectAnotherAccountRefused([stsWest, stsEast], () => syncConfig(request()), { untouched: [ssmWest, ssmEast], factory });
});

test('a refused write names the copy, the parameter and the permission needed', async () => {
  parameterStore();
  ssmWest.on(PutParameterCommand).rejects(awsError('AccessDeniedException', 'User is not authorized to perform: ssm:PutParameter'));
  await expect(syncConfig(request({ environments: ['dev'] }))).rejects.toThrow(
    new UserError(
      'Writing the config copy of environment "dev" (SSM PutParameter /agentcore/dev/config) failed: AccessDeniedException: ' +
        'User is not authorized to perform: ssm:PutParameter (HTTP 400). The credentials need ssm:PutParameter on that path.',
    ),
  );
  expect(writes()).toEqual(['/agentcore/dev/config']);
});

test('TooManyUpdates is retried after a backoff on the injected clock, without really waiting', async () => {
  const store = parameterStore();
  const put = ssmWest.on(PutParameterCommand);
  put.rejectsOnce(awsError('TooManyUpdates', 'concurrent updates')).rejectsOnce(awsError('TooManyUpdates', 'concurrent updates'));
  put.callsFake((input: { Name: string; Value: string }) => {
    store.set(input.Name, input.Value);
    return { Version: 1 };
  });
  const result = await syncConfig(request({ environments: ['dev'] }));
  expect(result.written).toBe(3);
  expect(writes()).toEqual(['/agentcore/dev/config', '/agentcore/dev/config', ...DEV_COPIES]);
  expect([...store.keys()].sort()).toEqual(DEV_COPIES);
  expect(clock.sleeps).toHaveLength(2);
  expect(clock.now()).toBe(clock.sleeps[0]! + clock.sleeps[1]!);
  expect(logger.lines.filter((line) => line.startsWith('SSM TooManyUpdates'))).toEqual([
    expect.stringMatching(/^SSM TooManyUpdates while writing \/agentcore\/dev\/config \(attempt 1 of 6\): retrying in \d+ ms\.$/),
    expect.stringMatching(/^SSM TooManyUpdates while writing \/agentcore\/dev\/config \(attempt 2 of 6\): retrying in \d+ ms\.$/),
  ]);
});

test('cancelled during a TooManyUpdates backoff: the wait ends with a cancel and no further copy is written', async () => {
  parameterStore();
  ssmWest.on(PutParameterCommand).rejects(awsError('TooManyUpdates', 'concurrent updates'));
  const controller = new AbortController();
  const req = request({ environments: ['dev'], signal: controller.signal });
  cancelOnSleep(req.clock, controller);
  await expect(syncConfig(req)).rejects.toBeInstanceOf(CancelledError);
  expect(writes()).toEqual(['/agentcore/dev/config']);
  expect(deletes()).toEqual([]);
});
