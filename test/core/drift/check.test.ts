import { GetAgentRuntimeCommand, ListAgentRuntimeVersionsCommand, ListAgentRuntimesCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { GetParametersByPathCommand, GetParametersCommand } from '@aws-sdk/client-ssm';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { checkEnvironment } from '../../../src/core/drift/check.js';
import type { LedgerEntry } from '../../../src/core/ledger.js';
import { RecordingLogger } from '../../../src/testing/recording-logger.js';
import { buildDesiredRuntime, runtimeRoleArn } from '../../../src/core/runtime/request.js';
import { desiredParameters } from '../../../src/core/sync/parameters.js';
import { mockDeployedBot, mockDriftClients } from '../../helpers/deployed-bot.js';
import { testConfig } from '../sync/config-fixture.js';

const { agentcoreMock, ssmMock, cfnMock, clients } = mockDriftClients();
const ACCOUNT = '111111111111';
const IMAGE = '111111111111.dkr.ecr.us-west-2.amazonaws.com/support-bot@sha256:aaa';

const config = testConfig((c) => {
  c.environments.dev.agent_runtimes = { bot: { ecr_repository: 'support-bot', iam_role: 'support-bot-runtime' } };
  c.environments.dev.default_agent_runtime = 'bot';
});
const env = config.environment('dev');

const versionEntry = (version: string): LedgerEntry => ({ type: 'version', version, imageDigest: 'sha256:aaa', imageUri: IMAGE, configHash: 'h', commit: 'c', actor: 'a', runUrl: '', time: 't' });
const promotion = (endpoint: string, to: string): LedgerEntry => ({ type: 'endpoint', endpoint, to, kind: 'promote', result: 'succeeded', actor: 'a', runUrl: '', time: 't' });

/** A deployed `bot` whose newest version matches the config; `endpoints` as AgentCore lists them. */
function deployed(options: { endpoints?: object[]; versions?: string[]; ledgerEntries?: LedgerEntry[]; others?: string[] } = {}) {
  mockDeployedBot(agentcoreMock, ssmMock, {
    environment: env,
    account: ACCOUNT,
    image: IMAGE,
    version: '2',
    endpoints: options.endpoints ?? [],
    versions: options.versions ?? ['1', '2'],
    ledger: options.ledgerEntries ?? [versionEntry('1'), versionEntry('2'), promotion('live', '2')],
    others: options.others ?? [],
  });
}

beforeEach(() => {
  agentcoreMock.reset();
  ssmMock.reset();
  cfnMock.reset();
});

const check = (environment = env) => checkEnvironment({ environment, account: ACCOUNT, logger: new RecordingLogger(), clients });
const endpoint = (name: string, live: string, target = live, status = 'READY') => ({ name, liveVersion: live, targetVersion: target, status });

test('a runtime that matches everywhere has no finding', async () => {
  deployed({ endpoints: [endpoint('DEFAULT', '2'), endpoint('live', '2')] });
  const report = await check();
  expect(report).toMatchObject({ name: 'dev', status: 'checked', account: ACCOUNT, runtimes: ['bot'], notes: [], findings: [] });
});

test('an endpoint updating towards the recorded version is not drift; one going elsewhere is', async () => {
  deployed({ endpoints: [endpoint('live', '1', '2', 'UPDATING')] });
  expect((await check()).findings).toEqual([]);
  deployed({ endpoints: [endpoint('live', '2', '3', 'UPDATING')] });
  expect((await check()).findings.map((f) => [f.path, f.ssm, f.aws])).toEqual([['endpoints.live.target_version', '2', '3']]);
  deployed({ endpoints: [] });
  expect((await check()).findings.map((f) => [f.path, f.ssm, f.aws])).toEqual([['endpoints.live', '2', null]]);
});

test('only runtimes with this environment\'s suffix are unmanaged; a runtime AgentCore lacks is not deployed', async () => {
  deployed({ endpoints: [endpoint('live', '2')], others: ['bot_prod', 'legacy_dev', 'unrelated'] });
  const findings = (await check()).findings;
  expect(findings.map((f) => `${f.kind} ${f.runtime}`)).toEqual(['unmanaged-runtime legacy_dev']);

  agentcoreMock.on(ListAgentRuntimesCommand).resolves({ agentRuntimes: [] });
  const missing = (await check()).findings;
  expect(missing).toEqual([expect.objectContaining({ kind: 'not-deployed', runtime: 'bot', repo: 'bot_dev', aws: null })]);
});

test('a newest version not made by the pipeline with another image is reported against the ledger', async () => {
  deployed({ endpoints: [endpoint('live', '2')] });
  const desired = buildDesiredRuntime({ runtime: env.agent_runtimes.bot!, imageUri: 'other@sha256:bbb', roleArn: runtimeRoleArn(env, env.agent_runtimes.bot!, ACCOUNT), secretValues: {}, commit: '' });
  agentcoreMock.on(GetAgentRuntimeCommand).resolves({ ...desired.settings, agentRuntimeVersion: '3' } as never);
  agentcoreMock.on(ListAgentRuntimeVersionsCommand).resolves({ agentRuntimes: [{ agentRuntimeVersion: '1' }, { agentRuntimeVersion: '2' }, { agentRuntimeVersion: '3' }] as never });
  const findings = (await check()).findings;
  expect(findings).toEqual([
    expect.objectContaining({ kind: 'deployed-config', path: 'image', ssm: IMAGE, aws: 'other@sha256:bbb', action: 'Version 3 was not made by the pipeline: deploy the intended image with deploy-version.' }),
  ]);
});

test('a managed Cognito pool: the authorizer is compared with the one its stack outputs give', async () => {
  const managed = testConfig((c) => {
    c.environments.dev.agent_runtimes = { bot: { ecr_repository: 'support-bot', iam_role: 'support-bot-runtime' } };
    c.environments.dev.default_agent_runtime = 'bot';
    c.environments.dev.cognito = { managed: true };
  }).environment('dev');
  deployed({ endpoints: [endpoint('live', '2')] });
  const desired = buildDesiredRuntime({ runtime: managed.agent_runtimes.bot!, imageUri: IMAGE, roleArn: runtimeRoleArn(managed, managed.agent_runtimes.bot!, ACCOUNT), secretValues: {}, commit: '' });
  agentcoreMock.on(GetAgentRuntimeCommand).resolves({ ...desired.settings, agentRuntimeVersion: '2', authorizerConfiguration: { customJWTAuthorizer: { discoveryUrl: 'https://x/.well-known/openid-configuration', allowedClients: ['c'] } } } as never);
  const copies = desiredParameters(managed).map((p) => ({ Name: p.name, Value: p.value, Type: 'String' as const }));
  ssmMock.on(GetParametersCommand).resolves({ Parameters: copies.filter((p) => p.Name === '/agentcore/dev/config') });
  ssmMock.on(GetParametersByPathCommand).resolves({ Parameters: copies.filter((p) => p.Name !== '/agentcore/dev/config') });
  cfnMock.on(DescribeStacksCommand).resolves({
    Stacks: [{ StackName: 'agentcore-dev-cognito', StackStatus: 'CREATE_COMPLETE', CreationTime: new Date(), Outputs: [{ OutputKey: 'UserPoolId', OutputValue: 'us-west-2_Pool' }, { OutputKey: 'AppClientId', OutputValue: 'client1' }] }],
  });
  const report = await checkEnvironment({ environment: managed, account: ACCOUNT, logger: new RecordingLogger(), clients: { ...clients, cloudformation: new CloudFormationClient({ region: 'us-west-2' }) } });
  expect(report.notes).toEqual([]);
  expect(report.findings.map((f) => [f.path, f.repo, f.aws])).toEqual([
    ['authorizer.customJWTAuthorizer.allowedClients', ['client1'], ['c']],
    ['authorizer.customJWTAuthorizer.discoveryUrl', 'https://cognito-idp.us-west-2.amazonaws.com/us-west-2_Pool/.well-known/openid-configuration', 'https://x/.well-known/openid-configuration'],
  ]);
});
