import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BedrockAgentCoreControlClient, GetGatewayCommand, ListGatewaysCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { parseConfig } from '../../src/core/config/index.js';
import { findGateway } from '../../src/core/promotion/gateway-route.js';
import { emulatorAwsEnv } from '../helpers/action-env.js';
import { runDistAction } from '../helpers/action-runner.js';
import { agentConfig, writeAgentConfig } from '../helpers/configs.js';
import { clientOptions, control, useTestEmulator } from '../helpers/emulator.js';
import type { RunningEmulator } from '../../src/emulator/server.js';

/** The bundled setup-env with a gateway a canary runtime names: the gateway's own stack, then a re-run that changes nothing. */

const ACCOUNT = '111111111111';
const REGION = 'us-west-2';
const STACK = 'agentcore-dev-gateway-canary';

const workspace = mkdtempSync(join(tmpdir(), 'setup-env-gateway-'));
let emulator: RunningEmulator;
let gateways: BedrockAgentCoreControlClient;
let file: string;
useTestEmulator(
  (started) => {
    emulator = started;
    file = writeAgentConfig(workspace, config);
    gateways = new BedrockAgentCoreControlClient(clientOptions(emulator, ACCOUNT, REGION));
  },
  // Stack operations and the gateway take a moment, as against AWS.
  { provisioningDelayMs: 300, stopping: () => gateways.destroy() },
);

const config = agentConfig({
  dev: { default_agent_runtime: 'support-bot' },
  runtime: { promotion: { strategy: 'canary', canary: { gateway: 'canary', steps: [10, 50] } } },
  global: { gateways: { canary: { description: 'Canary routes', authorizer: 'NONE' } } },
});

async function setupEnv() {
  return runDistAction('setup-env', { cwd: workspace, inputs: { 'config-file': file, environment: 'dev' }, env: emulatorAwsEnv(emulator, ACCOUNT) });
}

async function operations(service: string): Promise<string[]> {
  return (await control<Array<{ operation: string }>>(emulator, 'GET', `requests?service=${service}`)).map((r) => r.operation);
}

test('the first run creates the gateway in its own stack, after the role; promote-endpoint\'s lookup finds it by name', async () => {
  const run = await setupEnv();
  expect(run.stdout).not.toContain('::error');
  expect(run.code).toBe(0);
  expect(run.outputs['stacks-changed']).toBe('true');
  expect(run.stdout).toMatch(/\[\d+s\] Gateway \(AWS::BedrockAgentCore::Gateway\) CREATE_COMPLETE/);
  expect(run.summary).toContain(`| gateway | canary | \`${STACK}\` | created | 2 |`);
  const rows = run.summary.split('\n').filter((line) => /^\| (ecr|role|gateway) \|/.test(line)).map((line) => line.split('|')[1]!.trim());
  expect(rows).toEqual(['ecr', 'role', 'gateway']);

  const { items } = await gateways.send(new ListGatewaysCommand({}));
  expect(items).toEqual([expect.objectContaining({ name: 'agentcore-dev-canary', status: 'READY', authorizerType: 'NONE', protocolType: 'MCP', description: 'Canary routes' })]);
  const gateway = await gateways.send(new GetGatewayCommand({ gatewayIdentifier: items![0]!.gatewayId! }));
  expect(gateway.roleArn).toBe(`arn:aws:iam::${ACCOUNT}:role/agentcore-dev-gateway-canary`);
  expect(gateway.gatewayUrl).toBe(`${emulator.url}/gateway/${gateway.gatewayId}`);

  const environment = parseConfig(JSON.stringify(config), 'agentcore.json').environment('dev');
  expect(await findGateway(gateways, environment, 'canary')).toEqual({ id: gateway.gatewayId, name: 'agentcore-dev-canary' });
});

test('a second run changes nothing: no change set, no new gateway', async () => {
  const before = (await gateways.send(new ListGatewaysCommand({}))).items!.map((g) => g.gatewayId);
  await control(emulator, 'DELETE', 'requests');
  const run = await setupEnv();
  expect(run.code).toBe(0);
  expect(run.outputs['stacks-changed']).toBe('false');
  expect(run.stdout).toContain(`No change to stack ${STACK}: it already matches the template and parameters.`);
  expect(run.summary).toContain(`| gateway | canary | \`${STACK}\` | no change | 0 |`);
  const cfn = await operations('cloudformation');
  expect(cfn).toContain('GetTemplate');
  expect(cfn.filter((o) => /ChangeSet|CreateStack|UpdateStack/.test(o))).toEqual([]);
  expect(await operations('agentcore-gateway')).toEqual([]);
  expect((await gateways.send(new ListGatewaysCommand({}))).items!.map((g) => g.gatewayId)).toEqual(before);
});
