import { driftCommentMarker, renderComment, renderSummary } from '../../../src/github/summaries/drift-check.js';
import { buildReport, hideSecret, SECRET_HIDDEN, type EnvironmentReport } from '../../../src/core/drift/report.js';

const meta = { generatedAt: '2025-01-02T03:04:05.000Z', commit: '0123456789abcdef0123456789abcdef01234567', runUrl: 'https://github.com/octo-org/agents/actions/runs/4242' };

const dev: EnvironmentReport = {
  name: 'dev',
  region: 'us-west-2',
  account: '111111111111',
  status: 'checked',
  runtimes: ['support-bot', 'triage'],
  notes: [],
  findings: [
    { kind: 'ssm-copy', environment: 'dev', runtime: 'support-bot', path: 'environment_variables.LOG_LEVEL', repo: 'debug', ssm: 'info', action: 'Run sync-config (mode: push) to update the SSM copy.' },
    { kind: 'deployed-config', environment: 'dev', runtime: 'support-bot', path: 'environment_variables.MODEL_ID', repo: 'model-a', aws: 'model-b|pipe', action: 'Run deploy-version to make AgentCore run the repo config.' },
    hideSecret({ kind: 'deployed-config', environment: 'dev', runtime: 'support-bot', path: 'environment_variables.API_KEY', repo: 'ssm:/team/api-key', aws: 'super-secret-value', action: 'Run deploy-version to make AgentCore run the repo config.' }),
    { kind: 'endpoint-moved', environment: 'dev', runtime: 'support-bot', path: 'endpoints.live.live_version', ssm: '3', aws: '2', action: 'Promote again with promote-endpoint, or roll back with rollback.' },
    { kind: 'unmanaged-runtime', environment: 'dev', runtime: 'old_bot_dev', path: 'agent_runtimes', repo: null, aws: 'old_bot_dev-AbCdEf1234', action: 'Add it to the config or delete it.' },
    { kind: 'missing-version', environment: 'dev', runtime: 'triage', path: 'versions.1', ssm: { version: '1', image: 'repo@sha256:abc' }, aws: null, action: 'Rollback cannot return to this version.' },
  ],
};
const staging: EnvironmentReport = { name: 'staging', region: 'eu-west-1', account: '222222222222', status: 'checked', runtimes: ['support-bot'], notes: ['cloud_config_enabled is false: the SSM copy was not compared.'], findings: [] };
const prod: EnvironmentReport = {
  name: 'prod',
  region: 'us-east-1',
  status: 'skipped',
  reason: 'credentials are for account 111111111111, environment "prod" is account 333333333333',
  runtimes: [],
  notes: [],
  findings: [],
};

test('the marker names the config file and cannot close its HTML comment early', () => {
  expect(driftCommentMarker('deploy/agentcore.json')).toBe('<!-- agentcore-drift: deploy/agentcore.json -->');
  expect(driftCommentMarker('a--b.json')).toBe('<!-- agentcore-drift: a-b.json -->');
});

test('a drifted report: summary and comment', () => {
  const report = buildReport('agentcore.json', [dev, staging, prod], meta);
  expect(report.drift_count).toBe(6);
  expect(renderSummary(report)).toMatchSnapshot('summary');
  expect(renderComment(report)).toMatchSnapshot('comment');
});

test('a clean report: summary and comment', () => {
  const report = buildReport('agentcore.json', [{ ...dev, findings: [] }, staging], meta);
  expect(report.drifted).toBe(false);
  expect(renderSummary(report)).toMatchSnapshot('summary');
  expect(renderComment(report)).toMatchSnapshot('comment');
});

test('no drift speaks only for the environments checked, and names the skipped ones; with none checked it never says "No drift"', () => {
  const some = renderSummary(buildReport('agentcore.json', [{ ...dev, findings: [] }, prod], meta));
  expect(some).toContain('✅ **No drift** in `agentcore.json`: the repo, SSM and AgentCore agree for dev. ⏭️ Not checked (skipped): prod.');
  const none = buildReport('agentcore.json', [prod], meta);
  for (const text of [renderSummary(none), renderComment(none)]) {
    expect(text).toContain('⏭️ **Nothing checked** in `agentcore.json`: no environment could be compared. ⏭️ Not checked (skipped): prod.');
    expect(text).not.toMatch(/no drift/i);
  }
});

test('an environment that could not be checked is shown with its error', () => {
  const report = buildReport('agentcore.json', [{ ...staging, status: 'error', reason: 'AccessDeniedException: no ssm:GetParametersByPath', notes: [] }], meta);
  const comment = renderComment(report);
  expect(comment).toContain('❌ 1 environment could not be checked.');
  expect(comment).toContain('❌ error: AccessDeniedException: no ssm:GetParametersByPath');
});

test('a secret value appears nowhere, and the hidden marker does instead', () => {
  const report = buildReport('agentcore.json', [dev], meta);
  for (const text of [renderSummary(report), renderComment(report), JSON.stringify(report)]) {
    expect(text).not.toContain('super-secret-value');
    expect(text).toContain(SECRET_HIDDEN);
  }
  expect(report.environments[0]!.findings[2]).toMatchObject({ repo: SECRET_HIDDEN, aws: SECRET_HIDDEN, secret: true });
});
