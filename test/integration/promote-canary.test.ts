/**
 * promote-endpoint with strategy canary as a bundled process against the emulator, on the real
 * example agent (each version tells itself apart by PROMPT_STYLE, which the agent shows in its
 * answer), through a gateway created here by id: the rule shows the 10 % and then the 50 % split
 * and ends a static route on live, which serves the new version; an alarm at 10 % returns all
 * traffic to live in one call and 50 % is never set; with a 30 % split and a fixed seed, about
 * 30 % of the calls through the gateway reach the candidate's version. Run `npm run build` first.
 */
import {
  BedrockAgentCoreControlClient,
  CreateGatewayCommand,
  GetAgentRuntimeEndpointCommand,
  GetGatewayCommand,
  ListGatewayRulesCommand,
  UpdateAgentRuntimeCommand,
  CreateAgentRuntimeCommand,
  UpdateGatewayRuleCommand,
  type GatewayRuleDetail,
} from '@aws-sdk/client-bedrock-agentcore-control';
import { CloudWatchClient, PutMetricAlarmCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { RunningEmulator } from '../../src/emulator/server.js';
import { exampleAgentImage } from '../../src/testing/example-agent.js';
import { actionEnv } from '../helpers/action-env.js';
import { runDistAction, type ActionRun } from '../helpers/action-runner.js';
import { pushImage } from '../helpers/agent-image.js';
import { clientOptions, control, startTestEmulator } from '../helpers/emulator.js';
import { CANARY_ROUTE, DEV, writePromotionConfig } from './promotion-fixtures.js';

const ALARM = 'support-bot-errors';
const SESSION = 'canary-integration-session-id-long-enough-01';
const agentDir = join(resolve(import.meta.dirname, '..', '..'), 'examples', 'agent');

let emulator: RunningEmulator;
let workspace: string;
let runtimeId = '';
let image = '';
let gatewayId = '';

const agentcore = () => new BedrockAgentCoreControlClient(clientOptions(emulator, DEV.account, DEV.region));
const cloudwatch = () => new CloudWatchClient(clientOptions(emulator, DEV.account, DEV.region));
const ROLE = { roleArn: 'arn:aws:iam::111111111111:role/agentcore-support-bot-runtime-dev', networkConfiguration: { networkMode: 'PUBLIC' as const } };

beforeAll(async () => {
  emulator = await startTestEmulator();
  await control(emulator, 'POST', 'settings', { provisioningDelayMs: 100 });
  workspace = mkdtempSync(join(tmpdir(), 'promote-canary-'));
  image = await pushImage(emulator, DEV, 'support-bot', await exampleAgentImage(agentDir), 'canary-build');
  const created = await agentcore().send(
    new CreateAgentRuntimeCommand({ agentRuntimeName: 'support_bot_dev', agentRuntimeArtifact: { containerConfiguration: { containerUri: image } }, ...ROLE, environmentVariables: { PROMPT_STYLE: 'v1' } }),
  );
  runtimeId = created.agentRuntimeId!;
  const gateway = await agentcore().send(
    new CreateGatewayCommand({ name: 'canary-front', roleArn: 'arn:aws:iam::111111111111:role/gateway', protocolType: 'MCP', authorizerType: 'NONE' }),
  );
  gatewayId = gateway.gatewayId!;
  await until(async () => (await agentcore().send(new GetGatewayCommand({ gatewayIdentifier: gatewayId }))).status === 'READY');
  await cloudwatch().send(
    new PutMetricAlarmCommand({ AlarmName: ALARM, MetricName: 'Errors', Namespace: 'bedrock-agentcore', Statistic: 'Sum', Period: 60, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' }),
  );
  writePromotionConfig(
    workspace,
    { promotion: { bake_minutes: 0, alarms: [ALARM], strategy: 'canary', canary: { gateway: gatewayId, steps: [10, 50], step_minutes: 0.05 } } },
    { default_agent_runtime: 'support-bot' },
  );
  // Live has to serve a version before a canary can shift its traffic.
  expectSuccess(await promote({ version: '1', strategy: 'blue-green' }, '7001'));
});
afterAll(async () => {
  await emulator.stop();
});

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((done) => setTimeout(done, 50));
  }
}

function promote(inputs: Record<string, string>, runId: string): Promise<ActionRun> {
  return runDistAction('promote-endpoint', { cwd: workspace, inputs: { 'timeout-minutes': '1', ...inputs }, env: actionEnv(emulator, DEV.account, runId) });
}

function expectSuccess(run: ActionRun): void {
  if (run.code !== 0) throw new Error(`step failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
}

/** The next version, told apart by what the agent shows of its environment; returns its number. */
async function newVersion(style: string): Promise<string> {
  const answer = await agentcore().send(
    new UpdateAgentRuntimeCommand({ agentRuntimeId: runtimeId, agentRuntimeArtifact: { containerConfiguration: { containerUri: image } }, ...ROLE, environmentVariables: { PROMPT_STYLE: style } }),
  );
  return answer.agentRuntimeVersion!;
}

async function rule(): Promise<GatewayRuleDetail | undefined> {
  const rules = await agentcore().send(new ListGatewayRulesCommand({ gatewayIdentifier: gatewayId }));
  return rules.gatewayRules?.find((r) => r.description === CANARY_ROUTE.description);
}

/** `split 10` or `static <target>`, as the rule shows now. */
function shown(detail: GatewayRuleDetail | undefined): string {
  const route = detail?.actions?.[0] && 'routeToTarget' in detail.actions[0] ? detail.actions[0].routeToTarget : undefined;
  if (route?.staticRoute) return `static ${route.staticRoute.targetName}`;
  const candidate = route?.weightedRoute?.trafficSplit?.find((entry) => entry.name === 'candidate');
  return candidate ? `split ${candidate.weight}` : 'none';
}

/** Polls the rule while the run goes on; returns the distinct routes seen, in order. */
async function watchRoutes(running: Promise<ActionRun>, onRoute: (route: string) => Promise<void> = async () => {}): Promise<{ run: ActionRun; seen: string[] }> {
  const seen: string[] = [];
  let done = false;
  const finished = running.finally(() => {
    done = true;
  });
  while (!done) {
    const now = shown(await rule());
    if (seen.at(-1) !== now) {
      seen.push(now);
      await onRoute(now);
    }
    await new Promise((wake) => setTimeout(wake, 100));
  }
  return { run: await finished, seen };
}

async function liveVersion(): Promise<string | undefined> {
  return (await agentcore().send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: runtimeId, endpointName: 'live' }))).liveVersion;
}

test('steps [10, 50]: the rule shows the 10 % and then the 50 % split; live serves the new version and the rule ends a static route on live', async () => {
  expect(await newVersion('v2')).toBe('2');
  const { run, seen } = await watchRoutes(promote({ version: '2' }, '7002'));
  expectSuccess(run);

  expect(seen.filter((route) => route.startsWith('split'))).toEqual(['split 10', 'split 50']);
  expect(shown(await rule())).toBe(`static ${CANARY_ROUTE.live}`);
  expect(JSON.stringify(await rule())).not.toContain('weightedRoute');
  expect(await liveVersion()).toBe('2');
  expect(run.outputs).toMatchObject({ version: '2', 'previous-version': '1', changed: 'true', 'rolled-back': 'false', strategy: 'canary', 'canary-steps': '10:passed,50:passed' });
  expect(run.stdout).toContain('Canary step 1 of 2 (10 %)');
});

test('an alarm while traffic is at 10 %: the step fails rolled back, 50 % is never set, live serves the previous version, no split remains', async () => {
  expect(await newVersion('v3')).toBe('3');
  const { run, seen } = await watchRoutes(promote({ version: '3' }, '7003'), async (route) => {
    if (route === 'split 10') await cloudwatch().send(new SetAlarmStateCommand({ AlarmName: ALARM, StateValue: 'ALARM', StateReason: 'Threshold Crossed: 3 errors' }));
  });
  await cloudwatch().send(new SetAlarmStateCommand({ AlarmName: ALARM, StateValue: 'OK', StateReason: 'recovered' }));

  expect(run.code).toBe(1);
  expect(seen).toContain('split 10');
  expect(seen).not.toContain('split 50');
  expect(run.outputs).toMatchObject({ version: '3', 'previous-version': '2', changed: 'false', 'rolled-back': 'true', 'canary-steps': '10:failed,50:not-run' });
  // A workflow command's message has its % escaped as %25.
  expect(run.stdout).toMatch(/::error::Promotion of version 3 to endpoint "live" of .* failed: canary step 1 of 2 \(10 %25\) failed: alarm "support-bot-errors" went to ALARM .*Threshold Crossed: 3 errors\. All traffic was returned to endpoint "live" \(version 2\) in one call\./);
  expect(await liveVersion()).toBe('2');
  expect(shown(await rule())).toBe(`static ${CANARY_ROUTE.live}`);
});

test('a 30 % split with a fixed seed: about 30 % of the calls through the gateway reach the candidate, counted by what the agent answers', async () => {
  // After the aborted canary the candidate still serves version 3 (v3) and live version 2 (v2).
  await control(emulator, 'POST', 'settings', { gatewaySeed: 15 });
  const detail = (await rule())!;
  await agentcore().send(
    new UpdateGatewayRuleCommand({
      gatewayIdentifier: gatewayId,
      ruleId: detail.ruleId!,
      actions: [
        {
          routeToTarget: {
            weightedRoute: {
              trafficSplit: [
                { name: 'live', weight: 70, targetName: CANARY_ROUTE.live },
                { name: 'candidate', weight: 30, targetName: CANARY_ROUTE.candidate },
              ],
            },
          },
        },
      ],
    }),
  );
  await until(async () => (await rule())?.status === 'ACTIVE');
  const counts: Record<string, number> = {};
  for (let i = 0; i < 200; i++) {
    const answer = await fetch(`${emulator.url}/gateway/${gatewayId}/support-bot/invocations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Amzn-Bedrock-AgentCore-Runtime-Session-Id': SESSION },
      body: JSON.stringify({ prompt: `call ${i}` }),
    });
    expect(answer.status).toBe(200);
    const style = ((await answer.json()) as { env?: { PROMPT_STYLE?: string } }).env?.PROMPT_STYLE ?? 'unknown';
    counts[style] = (counts[style] ?? 0) + 1;
  }
  expect(Object.keys(counts).sort()).toEqual(['v2', 'v3']);
  // 200 draws at 30 %: the standard deviation is about 6.5 calls, so 40–80 is a wide band.
  expect(counts.v3).toBeGreaterThanOrEqual(40);
  expect(counts.v3).toBeLessThanOrEqual(80);
});
