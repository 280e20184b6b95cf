/**
 * setup-env cancelled the way the runner does it (SIGINT, src/testing/action-process.ts), run as
 * the bundled action against the emulator: the stack wait stops at once, the change set already
 * executing is left to CloudFormation, no further stack is started, and the summary says
 * "Cancelled" with the stack and its status. Run `npm run build` first.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningEmulator } from '../../src/emulator/server.js';
import { emulatorAwsEnv } from '../helpers/action-env.js';
import { runDistAction } from '../helpers/action-runner.js';
import { agentConfig, writeAgentConfig } from '../helpers/configs.js';
import { control, startTestEmulator } from '../helpers/emulator.js';

const ECR_STACK = 'agentcore-dev-ecr-support-bot';
/** The runner kills the process tree 10 s after its SIGINT. */
const RUNNER_KILL_MS = 10_000;

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
  // Change sets and stack operations each take 4 s: the cancel lands while the first stack is created.
  await control(emulator, 'POST', 'settings', { provisioningDelayMs: 4000 });
});
afterAll(() => emulator.stop());

test('SIGINT during the stack wait: exits well before the kill, the stack under way is named in a "Cancelled" summary, and no other stack is started', async () => {
  const workspace = mkdtempSync(join(tmpdir(), 'setup-env-cancel-'));
  const file = writeAgentConfig(workspace, agentConfig({ dev: { default_agent_runtime: 'support-bot' } }));
  const run = await runDistAction('setup-env', {
    cwd: workspace,
    inputs: { 'config-file': file, environment: 'dev' },
    env: emulatorAwsEnv(emulator, '111111111111'),
    cancel: { when: (out) => out.includes(`stack ${ECR_STACK}: CREATE_IN_PROGRESS`) },
  });

  expect(run.signals).toEqual(['SIGINT']);
  expect(run.code).toBe(1);
  expect(run.cancelToExitMs).toBeLessThan(RUNNER_KILL_MS / 2);
  console.log(`setup-env cancelled during the stack wait: SIGINT to exit in ${run.cancelToExitMs} ms`);
  expect(run.stdout).toContain('::warning::Received SIGINT: the step is cancelled.');
  const message = `Cancelled while stack ${ECR_STACK} was being created: its change set was already executing and is left to CloudFormation, the stack's status when last read was CREATE_IN_PROGRESS.`;
  expect(run.stdout).toContain(`::error::${message}`);
  expect(run.summary).toContain('### ⏹️ Cancelled');
  expect(run.summary).toContain(message);
  const calls = await control<Array<{ operation: string }>>(emulator, 'GET', 'requests?service=cloudformation');
  expect(calls.filter((c) => c.operation === 'CreateChangeSet' || c.operation === 'ExecuteChangeSet').map((c) => c.operation)).toEqual(['CreateChangeSet', 'ExecuteChangeSet']);
});
