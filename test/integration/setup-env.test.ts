import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emulatorAwsEnv } from '../helpers/action-env.js';
import { runDistAction } from '../helpers/action-runner.js';
import { agentConfig, writeAgentConfig } from '../helpers/configs.js';
import { startTestEmulator } from '../helpers/emulator.js';
import type { RunningEmulator } from '../../src/emulator/server.js';

let emulator: RunningEmulator;
let workspace: string;
beforeAll(async () => {
  emulator = await startTestEmulator();
  workspace = mkdtempSync(join(tmpdir(), 'setup-env-'));
});
afterAll(() => emulator.stop());

const goodConfig = agentConfig({
  dev: { default_agent_runtime: 'support-bot' },
  environments: { prod: { extends: 'dev', region: 'us-east-1', account_id: '333333333333' } },
});

function writeConfig(name: string, text: string): string {
  writeFileSync(join(workspace, name), text);
  return name;
}

const awsEnv = (account: string) => emulatorAwsEnv(emulator, account);
/** setup-env for prod, with credentials of `account`. */
const setupProd = (file: string, account: string) => runDistAction('setup-env', { cwd: workspace, inputs: { 'config-file': file, environment: 'prod' }, env: awsEnv(account) });

test('a good config and matching account: outputs, exports and a summary', async () => {
  const run = await setupProd(writeAgentConfig(workspace, goodConfig, 'good.json'), '333333333333');
  // Under Node 20 the SDK warns on stderr that it wants Node 22; the runner uses node24.
  expect(run.stderr).not.toMatch(/error/i);
  expect(run.code).toBe(0);
  expect(run.outputs).toMatchObject({
    environment: 'prod',
    region: 'us-east-1',
    'account-id': '333333333333',
    'agent-runtime': 'support-bot',
    'agent-runtime-name': 'support_bot_prod',
  });
  expect(run.outputs['config-hash']).toMatch(/^[0-9a-f]{64}$/);
  expect(run.exported).toEqual({ AWS_REGION: 'us-east-1', AWS_DEFAULT_REGION: 'us-east-1' });
  expect(run.summary).toContain('| prod | us-east-1 | 333333333333 | support-bot |');
});

test('credentials for another account are refused before anything else, naming both accounts', async () => {
  const run = await setupProd(writeAgentConfig(workspace, goodConfig, 'good2.json'), '111111111111');
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(
    '::error::Environment "prod" belongs to account 333333333333 (environments.prod.account_id), but the credentials are for account 111111111111',
  );
  expect(run.outputs).toEqual({});
  expect(run.exported).toEqual({});
  expect(run.summary).toContain('Failed');
});

test('a bad config prints annotations at file, line and column, exits 1 and shows no stack trace', async () => {
  const bad = JSON.stringify(goodConfig, null, 2).replace('"us-east-1"', '"us-east"');
  const file = writeConfig('bad.json', bad);
  const line = bad.split('\n').findIndex((l) => l.includes('"us-east"')) + 1;
  const run = await runDistAction('setup-env', { cwd: workspace, inputs: { 'config-file': file }, env: awsEnv('111111111111') });
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(new RegExp(`::error title=agentcore config,file=bad\\.json,line=${line},col=\\d+::environments\\.prod\\.region: expected an AWS region`));
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  const requests = (await (await fetch(`${emulator.url}/_emulator/requests`)).json()) as Array<{ operation: string }>;
  expect(requests.filter((r) => r.operation === 'GetCallerIdentity').length).toBeGreaterThan(0);
});

test('the root action dispatches by command and names the valid commands for an unknown one', async () => {
  const run = await runDistAction('root', { entry: 'root', cwd: workspace, inputs: { command: 'deploy-everything' } });
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/::error::Input "command": unknown command "deploy-everything"\. Valid commands: setup-env/);
});
