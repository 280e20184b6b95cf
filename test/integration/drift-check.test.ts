/**
 * drift-check as a bundled process against the emulator and the local GitHub REST fixture.
 * A "clean deployment" is made the way deploy-version makes it (its own request builder,
 * ledger and sync), then each kind of drift is made by hand and must be found.
 */
import {
  BedrockAgentCoreControlClient,
  CreateAgentRuntimeCommand,
  CreateAgentRuntimeEndpointCommand,
  DeleteAgentRuntimeCommand,
  GetAgentRuntimeCommand,
  UpdateAgentRuntimeCommand,
  UpdateAgentRuntimeEndpointCommand,
} from '@aws-sdk/client-bedrock-agentcore-control';
import { PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../src/core/config/index.js';
import type { DriftReport } from '../../src/core/drift/report.js';
import { appendLedger, type LedgerEntry } from '../../src/core/ledger.js';
import { RecordingLogger } from '../../src/testing/recording-logger.js';
import { buildDesiredRuntime, runtimeRoleArn } from '../../src/core/runtime/request.js';
import { ledgerPath } from '../../src/core/ssm/paths.js';
import { syncEnvironment } from '../../src/core/sync/sync.js';
import type { RunningEmulator } from '../../src/emulator/server.js';
import { putImage } from '../emulator/services/agentcore/fixtures.js';
import { runDistAction } from '../helpers/action-runner.js';
import { clientOptions, control, startTestEmulator } from '../helpers/emulator.js';
import { startGitHubFixture, type GitHubFixture } from '../helpers/github-fixture.js';
import { emulatorAwsEnv } from '../helpers/action-env.js';
import { supportBotConfig } from '../helpers/configs.js';

const ACCOUNT = '111111111111';
const REGION = 'us-west-2';
const SECRET = 'sekrit-value-4f9a1c';
const SECRET_BY_HAND = 'hand-typed-secret-77b2';
const MARKER = '<!-- agentcore-drift: agentcore.json -->';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests edit arbitrary config paths

const baseConfig = (): Json => supportBotConfig(ACCOUNT, REGION);

let emulator: RunningEmulator;
let github: GitHubFixture;
let workspace: string;
let agentcore: BedrockAgentCoreControlClient;
let ssm: SSMClient;
/** Runtime key -> AgentCore runtime id, for the clean deployment. */
let ids: Record<string, string>;

beforeAll(async () => {
  emulator = await startTestEmulator();
  github = await startGitHubFixture();
});
afterAll(async () => {
  await emulator.stop();
  await github.stop();
});

beforeEach(async () => {
  await control(emulator, 'POST', 'reset');
  github.reset();
  workspace = mkdtempSync(join(tmpdir(), 'drift-check-'));
  agentcore = new BedrockAgentCoreControlClient(clientOptions(emulator, ACCOUNT, REGION));
  ssm = new SSMClient(clientOptions(emulator, ACCOUNT, REGION));
  ids = await deployClean(baseConfig());
});

/** What a pipeline leaves behind: each runtime at version 1 with `live` on it, recorded in the ledger, config synced. */
async function deployClean(config: Json): Promise<Record<string, string>> {
  const loaded = parseConfig(JSON.stringify(config), 'agentcore.json');
  const environment = loaded.environment('dev');
  const image = putImage(emulator, ACCOUNT, REGION, 'support-bot', 'v1');
  await ssm.send(new PutParameterCommand({ Name: '/team/api-key', Value: SECRET, Type: 'SecureString' }));
  const created: Record<string, string> = {};
  for (const runtime of Object.values(environment.agent_runtimes)) {
    const desired = buildDesiredRuntime({
      runtime,
      imageUri: image.digestUri,
      roleArn: runtimeRoleArn(environment, runtime, ACCOUNT),
      secretValues: runtime.key === 'support-bot' ? { API_KEY: SECRET } : {},
      commit: 'abc1234',
    });
    const answer = await agentcore.send(new CreateAgentRuntimeCommand({ agentRuntimeName: desired.name, description: desired.description, ...desired.settings }));
    const id = answer.agentRuntimeId!;
    await agentcore.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'live', agentRuntimeVersion: '1' }));
    await record(runtime.key, [
      { type: 'version', version: '1', imageDigest: image.digest, imageUri: image.digestUri, configHash: desired.configHash, commit: 'abc1234', actor: 'octocat', runUrl: 'https://example.test/run/1', time: '2025-01-01T00:00:00Z' },
      { type: 'endpoint', endpoint: 'live', to: '1', kind: 'promote', result: 'succeeded', actor: 'octocat', runUrl: 'https://example.test/run/1', time: '2025-01-01T00:01:00Z' },
    ]);
    created[runtime.key] = id;
  }
  await syncEnvironment({ ssm, environment, logger: new RecordingLogger() });
  return created;
}

function record(runtime: string, entries: LedgerEntry[]) {
  return appendLedger(ssm, ledgerPath('/agentcore', 'dev', runtime), entries, new RecordingLogger());
}

async function drift(options: { config?: Json; inputs?: Record<string, string>; event?: Parameters<GitHubFixture['actionEnv']>[0] } = {}) {
  writeFileSync(join(workspace, 'agentcore.json'), JSON.stringify(options.config ?? baseConfig(), null, 2));
  const run = await runDistAction('drift-check', {
    cwd: workspace,
    inputs: { 'github-token': 'ghs_fixture', environments: 'dev', ...options.inputs },
    env: {
      ...emulatorAwsEnv(emulator, ACCOUNT),
      ...github.actionEnv(options.event ?? { pullRequest: 7 }),
    },
  });
  const report = JSON.parse(readFileSync(join(workspace, 'agentcore-drift.json'), 'utf8')) as DriftReport;
  const findings = report.environments.flatMap((env) => env.findings);
  return { run, report, findings, kinds: findings.map((f) => `${f.kind} ${f.runtime ?? ''} ${f.path}`) };
}

/** Everything a reader could see: output files, logs, the report, every comment. */
function everythingShown(result: Awaited<ReturnType<typeof drift>>): string {
  // ::add-mask:: lines are the runner's masking commands, never shown in the log.
  const stdout = result.run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
  return [...stdout, result.run.stderr, result.run.files, JSON.stringify(result.report), ...github.comments(7).map((c) => c.body)].join('\n');
}

test('a clean deployment has no drift, and no comment is made', async () => {
  const result = await drift();
  expect(result.run.code).toBe(0);
  expect(result.kinds).toEqual([]);
  expect(result.run.outputs).toEqual({ drifted: 'false', 'drift-count': '0', 'report-file': join(workspace, 'agentcore-drift.json') });
  expect(result.report).toMatchObject({ schema_version: 1, config_file: 'agentcore.json', drifted: false, drift_count: 0 });
  expect(result.report.environments).toEqual([
    { name: 'dev', region: REGION, account: ACCOUNT, status: 'checked', runtimes: ['support-bot', 'triage'], notes: [], findings: [] },
  ]);
  expect(result.run.summary).toContain('✅ **No drift** in `agentcore.json`');
  expect(github.comments(7)).toEqual([]);
  expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([]);
});

test('repo vs SSM: a config change not yet synced', async () => {
  const config = baseConfig();
  config.environments.dev.agent_runtimes.triage.description = 'Routes tickets';
  const result = await drift({ config });
  expect(result.findings).toContainEqual(
    expect.objectContaining({ kind: 'ssm-copy', runtime: 'triage', path: 'description', repo: 'Routes tickets', ssm: null }),
  );
  expect(result.findings.filter((f) => f.kind === 'ssm-copy')).toHaveLength(1);
});

test('an environment variable and a secret changed in AWS by hand; values of secrets appear nowhere', async () => {
  const current = await agentcore.send(new GetAgentRuntimeCommand({ agentRuntimeId: ids['support-bot']! }));
  await agentcore.send(
    new UpdateAgentRuntimeCommand({
      agentRuntimeId: ids['support-bot']!,
      agentRuntimeArtifact: current.agentRuntimeArtifact!,
      roleArn: current.roleArn!,
      networkConfiguration: current.networkConfiguration!,
      protocolConfiguration: current.protocolConfiguration!,
      lifecycleConfiguration: current.lifecycleConfiguration!,
      environmentVariables: { ...current.environmentVariables, MODEL_ID: 'model-b', API_KEY: SECRET_BY_HAND },
    }),
  );
  const result = await drift();
  expect(result.kinds.sort()).toEqual(['deployed-config support-bot environment_variables.API_KEY', 'deployed-config support-bot environment_variables.MODEL_ID']);
  expect(result.findings).toContainEqual(expect.objectContaining({ path: 'environment_variables.MODEL_ID', repo: 'model-a', aws: 'model-b' }));
  expect(result.findings).toContainEqual(
    expect.objectContaining({ path: 'environment_variables.API_KEY', repo: 'changed, value hidden', aws: 'changed, value hidden', secret: true }),
  );
  expect(result.run.code).toBe(0);
  const shown = everythingShown(result);
  expect(github.comments(7)).toHaveLength(1);
  expect(shown).not.toContain(SECRET);
  expect(shown).not.toContain(SECRET_BY_HAND);
});

test('live moved by hand, an unmanaged runtime, and a ledger version that is gone', async () => {
  const current = await agentcore.send(new GetAgentRuntimeCommand({ agentRuntimeId: ids.triage! }));
  const settings = {
    agentRuntimeArtifact: current.agentRuntimeArtifact!,
    roleArn: current.roleArn!,
    networkConfiguration: current.networkConfiguration!,
    protocolConfiguration: current.protocolConfiguration!,
    lifecycleConfiguration: current.lifecycleConfiguration!,
    environmentVariables: current.environmentVariables ?? {},
  };
  await agentcore.send(new UpdateAgentRuntimeCommand({ agentRuntimeId: ids.triage!, ...settings }));
  await agentcore.send(new UpdateAgentRuntimeEndpointCommand({ agentRuntimeId: ids.triage!, endpointName: 'live', agentRuntimeVersion: '2' }));
  await agentcore.send(new CreateAgentRuntimeCommand({ agentRuntimeName: 'old_bot_dev', ...settings }));
  // support-bot: version 2 deployed and recorded, then deleted after a later version 3.
  const bot = await agentcore.send(new GetAgentRuntimeCommand({ agentRuntimeId: ids['support-bot']! }));
  const botSettings = {
    agentRuntimeId: ids['support-bot']!,
    agentRuntimeArtifact: bot.agentRuntimeArtifact!,
    roleArn: bot.roleArn!,
    networkConfiguration: bot.networkConfiguration!,
    protocolConfiguration: bot.protocolConfiguration!,
    lifecycleConfiguration: bot.lifecycleConfiguration!,
    environmentVariables: bot.environmentVariables ?? {},
  };
  await agentcore.send(new UpdateAgentRuntimeCommand(botSettings));
  const image = bot.agentRuntimeArtifact!.containerConfiguration!.containerUri!;
  await record('support-bot', [
    { type: 'version', version: '2', imageDigest: image.split('@')[1]!, imageUri: image, configHash: '0', commit: 'c', actor: 'a', runUrl: '', time: '2025-01-02T00:00:00Z' },
  ]);
  await agentcore.send(new UpdateAgentRuntimeCommand(botSettings));
  await agentcore.send(new DeleteAgentRuntimeCommand({ agentRuntimeId: ids['support-bot']!, agentRuntimeVersion: '2' }));
  const result = await drift();
  expect(result.kinds.sort()).toEqual([
    'endpoint-moved triage endpoints.live.live_version',
    'missing-version support-bot versions.2',
    'unmanaged-runtime old_bot_dev environments.dev.agent_runtimes',
  ]);
  expect(result.findings).toContainEqual(expect.objectContaining({ kind: 'endpoint-moved', ssm: '1', aws: '2' }));
});

test('the pull-request comment: created once, edited in place, turned to "no drift", and quiet when nothing was said', async () => {
  const config = baseConfig();
  config.environments.dev.environment_variables.LOG_LEVEL = 'info';
  const first = await drift({ config });
  expect(first.run.outputs.drifted).toBe('true');
  const comments = github.comments(7);
  expect(comments).toHaveLength(1);
  expect(comments[0]!.body.startsWith(`${MARKER}\n### AgentCore drift: \`agentcore.json\``)).toBe(true);
  expect(comments[0]!.body).toContain('environment_variables.LOG_LEVEL');

  config.environments.dev.environment_variables.LOG_LEVEL = 'warn';
  await drift({ config });
  expect(github.comments(7).map((c) => c.id)).toEqual([comments[0]!.id]);
  expect(github.comments(7)[0]!.body).toContain('`warn`');

  await drift();
  expect(github.comments(7).map((c) => c.id)).toEqual([comments[0]!.id]);
  expect(github.comments(7)[0]!.body).toContain('✅ **No drift**');
  expect(github.requests.filter((r) => r.method === 'POST')).toHaveLength(1);

  // Another pull request with nothing to say: no comment at all.
  await drift({ event: { pullRequest: 8 } });
  expect(github.comments(8)).toEqual([]);
});

test('comment: never and a push event make no comment; always comments on the open pull requests of the commit', async () => {
  const config = baseConfig();
  config.environments.dev.environment_variables.LOG_LEVEL = 'info';
  await drift({ config, inputs: { comment: 'never' } });
  await drift({ config, event: { eventName: 'push' } });
  expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  github.setPullsForCommit('0123456789abcdef0123456789abcdef01234567', [7]);
  await drift({ config, event: { eventName: 'push' }, inputs: { comment: 'always' } });
  expect(github.comments(7)).toHaveLength(1);
});

test('a comment the token may not write is a warning; the summary still has everything', async () => {
  const config = baseConfig();
  config.environments.dev.environment_variables.LOG_LEVEL = 'info';
  github.fail({ method: 'POST', path: /\/comments$/, status: 403 });
  const result = await drift({ config });
  expect(result.run.code).toBe(0);
  expect(result.run.stdout).toMatch(/::warning::Could not write the drift comment on pull request #7 \(Resource not accessible by integration\)\. A fork's pull request or a read-only token cannot comment/);
  expect(result.run.summary).toContain('environment_variables.LOG_LEVEL');
});

test('fail-on-drift fails the step only when there is drift', async () => {
  expect((await drift({ inputs: { 'fail-on-drift': 'true' } })).run.code).toBe(0);
  const config = baseConfig();
  config.environments.dev.environment_variables.LOG_LEVEL = 'info';
  const result = await drift({ config, inputs: { 'fail-on-drift': 'true' } });
  expect(result.run.code).toBe(1);
  expect(result.run.stdout).toMatch(/::error::Drift found: \d+ finding\(s\) in agentcore\.json \(fail-on-drift is true\)\. See the job summary or agentcore-drift\.json\./);
  expect(result.run.summary).toContain('environment_variables.LOG_LEVEL');
});

test('cloud_config_enabled false skips the SSM leg and says so; another account is skipped', async () => {
  const config = baseConfig();
  config.global_resources.sync_config = { cloud_config_enabled: false };
  const result = await drift({ config, inputs: { environments: 'dev,prod' } });
  expect(result.run.code).toBe(0);
  expect(result.kinds).toEqual([]);
  expect(result.report.environments.map((env) => [env.name, env.status, env.notes, env.reason])).toEqual([
    ['dev', 'checked', ['cloud_config_enabled is false: no config copy is kept in SSM, so repo vs SSM was not compared.'], undefined],
    ['prod', 'skipped', [], `credentials are for account ${ACCOUNT}, environment "prod" is account 333333333333`],
  ]);
  // "No drift" speaks for dev only; prod is named as not checked.
  expect(result.run.summary).toContain('✅ **No drift** in `agentcore.json`: the repo, SSM and AgentCore agree for dev. ⏭️ Not checked (skipped): prod.');
  expect(result.run.stdout).toContain(
    `::notice::No drift in dev: the repo, SSM and AgentCore agree (agentcore.json). Not checked (skipped): "prod" (credentials are for account ${ACCOUNT}, environment "prod" is account 333333333333).`,
  );
});

test('an AWS error fails the step after the report and summary are written', async () => {
  await control(emulator, 'POST', 'faults', { service: 'agentcore', operation: 'ListAgentRuntimes', kind: 'error500', count: 20 });
  const result = await drift();
  expect(result.run.code).toBe(1);
  expect(result.report.environments[0]).toMatchObject({ name: 'dev', status: 'error' });
  expect(result.run.stdout).toContain('::error::Drift check failed for "dev"');
  expect(result.run.summary).toContain('❌ error');
});
