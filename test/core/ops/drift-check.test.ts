import {
  BedrockAgentCoreControlClient,
  GetAgentRuntimeCommand,
  ListAgentRuntimeEndpointsCommand,
  ListAgentRuntimesCommand,
} from '@aws-sdk/client-bedrock-agentcore-control';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { GetParametersByPathCommand, SSMClient } from '@aws-sdk/client-ssm';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { CancelledError } from '../../../src/core/cancel.js';
import { UserError } from '../../../src/core/errors.js';
import type { LedgerEntry } from '../../../src/core/ledger.js';
import { concludeDriftCheck, driftCheck, type DriftCheckRequest } from '../../../src/core/ops/drift-check.js';
import { FakeClock } from '../../../src/testing/fake-clock.js';
import { RecordingLogger } from '../../../src/testing/recording-logger.js';
import { awsError, callerIdentity, expectAnotherAccountRefused, recordingFactory, type RecordingFactory } from '../../helpers/mocked-aws.js';
import { mockDeployedBot } from '../../helpers/deployed-bot.js';
import { testConfig } from '../sync/config-fixture.js';

// dev is account 111111111111 in us-west-2, prod 333333333333 in us-east-1; one client of each kind per region.
const west = {
  sts: new STSClient({ region: 'us-west-2' }),
  ssm: new SSMClient({ region: 'us-west-2' }),
  agentcore: new BedrockAgentCoreControlClient({ region: 'us-west-2' }),
  cloudformation: new CloudFormationClient({ region: 'us-west-2' }),
};
const east = { sts: new STSClient({ region: 'us-east-1' }) };
const stsWest = mockClient(west.sts);
const stsEast = mockClient(east.sts);
const ssm = mockClient(west.ssm);
const agentcore = mockClient(west.agentcore);
const cfn = mockClient(west.cloudformation);
const MOCKS = [stsWest, stsEast, ssm, agentcore, cfn];

const ACCOUNT = '111111111111';
const IMAGE = `${ACCOUNT}.dkr.ecr.us-west-2.amazonaws.com/support-bot@sha256:${'a'.repeat(64)}`;
const NOW = Date.parse('2030-01-02T03:04:05Z');
const SKIPPED = 'credentials are for account 111111111111, environment "prod" is account 333333333333';

const config = testConfig((c) => {
  c.environments.dev.agent_runtimes = { bot: { ecr_repository: 'support-bot', iam_role: 'support-bot-runtime', environment_variables: { MODEL_ID: 'model-a' } } };
  c.environments.dev.default_agent_runtime = 'bot';
});
const dev = config.environment('dev');

const recorded: LedgerEntry[] = [
  { type: 'version', version: '1', imageDigest: `sha256:${'a'.repeat(64)}`, imageUri: IMAGE, configHash: 'h', commit: 'c', actor: 'a', runUrl: '', time: 't' },
  { type: 'endpoint', endpoint: 'live', to: '1', kind: 'promote', result: 'succeeded', actor: 'a', runUrl: '', time: 't' },
];

/** dev as the pipeline left it: the SSM copy, the ledger, and runtime bot_dev at version 1 with live on it. */
function deployedAsRecorded(): void {
  mockDeployedBot(agentcore, ssm, {
    environment: dev,
    account: ACCOUNT,
    image: IMAGE,
    version: '1',
    endpoints: [{ name: 'DEFAULT', liveVersion: '1', status: 'READY' }, { name: 'live', liveVersion: '1', status: 'READY' }],
    versions: ['1'],
    ledger: recorded,
    lastUpdatedAt: new Date(0),
  });
}

/** Every command any mocked client was sent, by name. */
function sentCommands(): string[] {
  return MOCKS.flatMap((mock) => mock.calls().map((call) => (call.args[0] as object).constructor.name));
}

let factory: RecordingFactory;
let clock: FakeClock;
let logger: RecordingLogger;

function request(overrides: Partial<DriftCheckRequest> = {}): DriftCheckRequest {
  return { config, environments: [], clientsFor: factory.clientsFor, run: { commit: 'abc1234', runUrl: 'https://github.example/run/1' }, clock, logger, ...overrides };
}

beforeEach(() => {
  for (const mock of MOCKS) mock.reset();
  stsWest.on(GetCallerIdentityCommand).resolves(callerIdentity(ACCOUNT));
  stsEast.on(GetCallerIdentityCommand).resolves(callerIdentity(ACCOUNT));
  factory = recordingFactory({ 'us-west-2': west, 'us-east-1': east });
  clock = new FakeClock(NOW);
  logger = new RecordingLogger();
});

test('an environment that matches the repo reports no drift; the other account\'s is skipped with the reason', async () => {
  deployedAsRecorded();
  const report = await driftCheck(request());
  expect(report).toEqual({
    schema_version: 1,
    config_file: 'agentcore.json',
    generated_at: '2030-01-02T03:04:05.000Z',
    commit: 'abc1234',
    run_url: 'https://github.example/run/1',
    drifted: false,
    drift_count: 0,
    environments: [
      { name: 'dev', region: 'us-west-2', account: ACCOUNT, status: 'checked', runtimes: ['bot'], notes: [], findings: [] },
      { name: 'prod', region: 'us-east-1', status: 'skipped', reason: SKIPPED, runtimes: [], notes: [], findings: [] },
    ],
  });
  expect(factory.requests).toEqual([
    { region: 'us-west-2', names: ['sts'] },
    { region: 'us-east-1', names: ['sts'] },
    { region: 'us-west-2', names: ['agentcore', 'ssm', 'cloudformation'] },
  ]);
  expect(agentcore.commandCalls(GetAgentRuntimeCommand)[0]!.args[0].input).toEqual({ agentRuntimeId: 'bot_dev-0123456789' });
  expect(ssm.commandCalls(GetParametersByPathCommand)[0]!.args[0].input).toMatchObject({ Path: '/agentcore/dev/config', Recursive: true });
  // No managed Cognito pool: no stack outputs to read.
  expect(cfn.calls()).toHaveLength(0);
  concludeDriftCheck(report, { failOnDrift: true, reportFile: 'drift-report.json' }, logger);
  expect(logger.lines).toContain(`notice: No drift in dev: the repo, SSM and AgentCore agree (agentcore.json). Not checked (skipped): "prod" (${SKIPPED}).`);
  // Nothing waits in a drift check.
  expect(clock.sleeps).toEqual([]);
});

test('a re-run only reads and gives the same report', async () => {
  deployedAsRecorded();
  const first = await driftCheck(request());
  const again = await driftCheck(request());
  expect(again).toEqual(first);
  const sent = sentCommands();
  expect(sent.length).toBeGreaterThan(10);
  expect(sent.filter((name) => !/^(Get|List|Describe)\w+Command$/.test(name))).toEqual([]);
});

test('drift fails the step with fail-on-drift, naming the count and where to read it; without it the step passes', async () => {
  deployedAsRecorded();
  agentcore.on(ListAgentRuntimeEndpointsCommand).resolves({ runtimeEndpoints: [{ name: 'live', liveVersion: '2', status: 'READY' }] as never });
  const report = await driftCheck(request({ environments: ['dev'] }));
  expect(report).toMatchObject({ drifted: true, drift_count: 1 });
  expect(report.environments[0]!.findings).toEqual([
    expect.objectContaining({ kind: 'endpoint-moved', environment: 'dev', runtime: 'bot', path: 'endpoints.live.live_version', ssm: '1', aws: '2' }),
  ]);
  const finding = report.environments[0]!.findings[0]!;
  expect(logger.lines).toContain(`dev bot endpoint-moved endpoints.live.live_version: ${finding.action}`);
  expect(() => concludeDriftCheck(report, { failOnDrift: true, reportFile: 'drift-report.json' }, logger)).toThrow(
    new UserError('Drift found: 1 finding(s) in agentcore.json (fail-on-drift is true). See the job summary or drift-report.json.'),
  );
  expect(() => concludeDriftCheck(report, { failOnDrift: false, reportFile: 'drift-report.json' }, logger)).not.toThrow();
});

test('credentials of another account for every environment fail the check naming both accounts, and read nothing else', async () => {
  await expectAnotherAccountRefused([stsWest, stsEast], () => driftCheck(request()), { untouched: [ssm, agentcore], factory });
});

test('an environment AgentCore refuses to list is an error in the report, and the step fails naming it and the reason', async () => {
  deployedAsRecorded();
  agentcore.on(ListAgentRuntimesCommand).rejects(awsError('AccessDeniedException', 'User is not authorized to perform: bedrock-agentcore:ListAgentRuntimes', 403, 'req-9'));
  const report = await driftCheck(request());
  const reason =
    'Listing the agent runtimes of "dev" in us-west-2 (AgentCore ListAgentRuntimes) failed: AccessDeniedException: ' +
    'User is not authorized to perform: bedrock-agentcore:ListAgentRuntimes (HTTP 403, request id req-9)';
  // The skipped environment is still reported as such.
  expect(report.environments.map((e) => [e.name, e.status, e.reason])).toEqual([
    ['dev', 'error', reason],
    ['prod', 'skipped', SKIPPED],
  ]);
  expect(logger.lines).toContain(`error: Environment "dev" could not be checked: ${reason}`);
  expect(() => concludeDriftCheck(report, { failOnDrift: false, reportFile: 'drift-report.json' }, logger)).toThrow(
    new UserError(`Drift check failed for "dev" (${reason}). The report lists what was checked.`),
  );
});

test('cancelled while the accounts are checked: no environment is read, and the cancel is not reported as an environment error', async () => {
  deployedAsRecorded();
  const controller = new AbortController();
  stsWest.on(GetCallerIdentityCommand).callsFake(() => {
    controller.abort();
    return callerIdentity(ACCOUNT);
  });
  await expect(driftCheck(request({ signal: controller.signal }))).rejects.toBeInstanceOf(CancelledError);
  expect(sentCommands().filter((name) => name !== 'GetCallerIdentityCommand')).toEqual([]);
  expect(logger.lines.filter((line) => line.startsWith('error:'))).toEqual([]);
});
