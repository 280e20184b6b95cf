/**
 * The action entries as GitHub's own @github/local-action runs them: it loads src/actions/<name>.ts
 * with tsx, swaps @actions/core for its stand-in, reads INPUT_* from a dotenv file and calls the
 * exported run(). setup-env, build-push (oci-layout) and deploy-version against the emulator.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { writeOciLayout } from '../../src/core/registry/index.js';
import type { RunningEmulator } from '../../src/emulator/server.js';
import { supportBotConfig } from '../helpers/configs.js';
import { startTestEmulator } from '../helpers/emulator.js';

const run = promisify(execFile);
const LOCAL_ACTION = resolve('node_modules/@github/local-action/bin/local-action.js');
const DEV_ACCOUNT = '111111111111';

let emulator: RunningEmulator;
let workspace: string;
beforeAll(async () => {
  emulator = await startTestEmulator();
  workspace = mkdtempSync(join(tmpdir(), 'local-action-'));
  const config = supportBotConfig(DEV_ACCOUNT);
  delete config.environments.dev.agent_runtimes['support-bot'].secrets;
  writeFileSync(join(workspace, 'agentcore.json'), JSON.stringify(config, null, 2));
});
afterAll(() => emulator.stop());

/** Runs one entry through local-action and returns the outputs it printed in its "Action Outputs" table. */
async function localAction(entry: string, inputs: Record<string, string>): Promise<{ outputs: Record<string, string>; stdout: string }> {
  const dotenv = join(workspace, `${entry.replaceAll('/', '-')}.env`);
  const lines = Object.entries(inputs).map(([key, value]) => `INPUT_${key.toUpperCase()}=${value}`);
  lines.push(`AWS_ENDPOINT_URL=${emulator.url}`, `AWS_ACCESS_KEY_ID=${DEV_ACCOUNT}`, 'AWS_SECRET_ACCESS_KEY=x', 'AWS_REGION=us-west-2');
  writeFileSync(dotenv, `${lines.join('\n')}\n`);
  // local-action finds the @actions/core to replace with `npm ls` in its working directory: the repository.
  const { stdout } = await run(process.execPath, [LOCAL_ACTION, 'run', process.cwd(), `src/${entry}.ts`, dotenv], {
    cwd: process.cwd(),
    // The dotenv file is the only source of AWS settings, as it would be for a user.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('AWS_'))), FORCE_COLOR: '0', NO_COLOR: '1' },
    maxBuffer: 16 * 1024 * 1024,
    timeout: 120_000,
  });
  const outputs: Record<string, string> = {};
  const table = stdout.slice(stdout.lastIndexOf('Action Outputs'));
  for (const match of table.matchAll(/│\s*\d+\s*│\s*'([^']+)'\s*│\s*'([^']*)'\s*│/g)) outputs[match[1]!] = match[2]!;
  return { outputs, stdout };
}

test('setup-env, build-push (oci-layout) and deploy-version run through local-action against the emulator', async () => {
  const setup = await localAction('actions/setup-env', { 'config-file': join(workspace, 'agentcore.json'), environment: 'dev' });
  expect(setup.outputs).toMatchObject({ environment: 'dev', region: 'us-west-2', 'account-id': DEV_ACCOUNT, 'agent-runtime': 'support-bot' });
  expect(setup.outputs['ecr-repository-uri']).toBe(`${DEV_ACCOUNT}.dkr.ecr.us-west-2.amazonaws.com/support-bot`);

  const layout = mkdtempSync(join(tmpdir(), 'local-action-layout-'));
  const built = await writeOciLayout(layout, { files: { 'app/main.py': 'print("local action")\n' }, platform: 'linux/arm64' });
  const push = await localAction('actions/build-push', { 'config-file': join(workspace, 'agentcore.json'), environment: 'dev', builder: 'oci-layout', 'oci-layout': layout, tag: 'local-1' });
  expect(push.outputs['image-digest']).toBe(built.digest);
  expect(push.outputs['image-uri']).toBe(`${DEV_ACCOUNT}.dkr.ecr.us-west-2.amazonaws.com/support-bot@${built.digest}`);
  expect(push.outputs.pushed).toBe('true');

  const deploy = await localAction('actions/deploy-version', { 'config-file': join(workspace, 'agentcore.json'), environment: 'dev', 'image-uri': push.outputs['image-uri']! });
  expect(deploy.outputs).toMatchObject({ version: '1', created: 'true', 'image-uri': push.outputs['image-uri'] });
  expect(deploy.outputs['agent-runtime-arn']).toMatch(/^arn:aws:bedrock-agentcore:us-west-2:111111111111:runtime\//);
}, 300_000);

test('the root action runs through local-action too, dispatching on its command input', async () => {
  const setup = await localAction('entry', { command: 'setup-env', 'config-file': join(workspace, 'agentcore.json'), environment: 'dev', 'deploy-infrastructure': 'false' });
  expect(setup.outputs).toMatchObject({ environment: 'dev', region: 'us-west-2', 'account-id': DEV_ACCOUNT, 'agent-runtime-name': 'support_bot_dev' });
}, 120_000);
