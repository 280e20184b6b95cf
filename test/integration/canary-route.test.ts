/**
 * drift-check and rollback as bundled processes (dist/) against the emulator, for a runtime that
 * promotes by canary through an existing gateway (promotion.canary.gateway is its id): the
 * gateway, its targets and a rule with a weighted split are made with the SDK, as an interrupted
 * canary leaves them. drift-check reports the split and then a rule changed by hand; rollback
 * puts live on the previous version and the rule on a static route to live, and a re-run changes
 * nothing. Run `npm run build` first.
 */
import {
  BedrockAgentCoreControlClient,
  CreateAgentRuntimeEndpointCommand,
  CreateGatewayCommand,
  CreateGatewayRuleCommand,
  CreateGatewayTargetCommand,
  GetAgentRuntimeEndpointCommand,
  GetGatewayRuleCommand,
  UpdateGatewayRuleCommand,
  type Action,
} from '@aws-sdk/client-bedrock-agentcore-control';
import { SSMClient } from '@aws-sdk/client-ssm';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DriftReport } from '../../src/core/drift/report.js';
import { appendLedger, type EndpointEntry } from '../../src/core/ledger.js';
import type { RunningEmulator } from '../../src/emulator/server.js';
import type { RequestLogEntry } from '../../src/emulator/state.js';
import { RecordingLogger } from '../../src/testing/recording-logger.js';
import { actionEnv } from '../helpers/action-env.js';
import { runDistAction, type ActionRun } from '../helpers/action-runner.js';
import { clientOptions, control, useTestEmulator } from '../helpers/emulator.js';
import { CANARY_ROUTE, createDevRuntime, DEV, endpointMoves, LEDGER, newDevVersion, pushTestImage, READ_ONLY, RUN_URL, writePromotionConfig } from './promotion-fixtures.js';

const { live: LIVE, candidate: CANDIDATE, path: PATH, description: DESCRIPTION } = CANARY_ROUTE;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let emulator: RunningEmulator;
let agentcore: BedrockAgentCoreControlClient;
let workspace: string;
let runtimeId = '';
let gatewayId = '';
let ruleId = '';

useTestEmulator(async (started) => {
  emulator = started;
  agentcore = new BedrockAgentCoreControlClient(clientOptions(emulator, DEV.account, DEV.region));
  const image = await pushTestImage(emulator, DEV, 'agent');
  runtimeId = await createDevRuntime(agentcore, image);
  for (let build = 2; build <= 3; build++) {
    await pause(300);
    await newDevVersion(agentcore, runtimeId, image);
  }
  await pause(300);
  // Live went 1 → 2; a canary of version 3 stopped with 10 % of the traffic on the candidate.
  await agentcore.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: runtimeId, name: 'live', agentRuntimeVersion: '2' }));
  await agentcore.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: runtimeId, name: 'candidate', agentRuntimeVersion: '3' }));
  const promoted = (from: string | undefined, to: string): EndpointEntry => ({
    type: 'endpoint', endpoint: 'live', ...(from ? { from } : {}), to, kind: 'promote', result: 'succeeded', actor: 'octocat', runUrl: RUN_URL(to), time: new Date().toISOString(),
  });
  await appendLedger(new SSMClient(clientOptions(emulator, DEV.account, DEV.region)), LEDGER, [promoted(undefined, '1'), promoted('1', '2')], new RecordingLogger());

  gatewayId = (await agentcore.send(new CreateGatewayCommand({ name: 'shared-front', roleArn: 'arn:aws:iam::111111111111:role/gateway', authorizerType: 'AWS_IAM' }))).gatewayId!;
  const runtimeArn = `arn:aws:bedrock-agentcore:${DEV.region}:${DEV.account}:runtime/${runtimeId}`;
  for (const [name, qualifier] of [[LIVE, 'live'], [CANDIDATE, 'candidate'], ['legacy', 'DEFAULT']] as const) {
    await agentcore.send(new CreateGatewayTargetCommand({ gatewayIdentifier: gatewayId, name, targetConfiguration: { http: { agentcoreRuntime: { arn: runtimeArn, qualifier } } } }));
  }
  const split: Action = {
    routeToTarget: {
      weightedRoute: {
        trafficSplit: [
          { name: 'live', weight: 90, targetName: LIVE },
          { name: 'candidate', weight: 10, targetName: CANDIDATE, metadata: { version: '3' } },
        ],
      },
    },
  };
  const rule = await agentcore.send(
    new CreateGatewayRuleCommand({ gatewayIdentifier: gatewayId, priority: 100, description: DESCRIPTION, conditions: [{ matchPaths: { anyOf: [PATH] } }], actions: [split] }),
  );
  ruleId = rule.ruleId!;
  await pause(300);

  workspace = mkdtempSync(join(tmpdir(), 'canary-route-'));
  writePromotionConfig(workspace, { promotion: { bake_minutes: 0, strategy: 'canary', canary: { gateway: gatewayId, steps: [10, 50] } } });
}, { provisioningDelayMs: 200 });

const env = (runId: string) => actionEnv(emulator, DEV.account, runId);
const route = async () => (await agentcore.send(new GetGatewayRuleCommand({ gatewayIdentifier: gatewayId, ruleId }))).actions;
const mutatingCalls = async () => (await control<RequestLogEntry[]>(emulator, 'GET', 'requests')).filter((r) => !READ_ONLY.test(r.operation)).map((r) => r.operation);

function expectSuccess(run: ActionRun): void {
  if (run.code !== 0) throw new Error(`the action failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
}

/** drift-check's gateway findings (the rest of this hand-made deployment differs from the config too). */
async function gatewayDrift() {
  const run = await runDistAction('drift-check', { cwd: workspace, inputs: { environments: 'dev', comment: 'never' }, env: env('301') });
  expect(run.code).toBe(0);
  const report = JSON.parse(readFileSync(join(workspace, 'agentcore-drift.json'), 'utf8')) as DriftReport;
  const findings = report.environments.flatMap((e) => e.findings).filter((f) => f.path.startsWith('gateways.') || f.path === 'promotion.canary.gateway');
  return { run, findings };
}

describe('a canary\'s gateway route, in order', () => {
  test('drift-check reports the split an interrupted canary left, with Get and List calls only', async () => {
    await control(emulator, 'DELETE', 'requests');
    const { run, findings } = await gatewayDrift();
    expect(findings).toEqual([
      expect.objectContaining({
        kind: 'canary-interrupted',
        runtime: 'support-bot',
        path: 'gateways.shared-front.route',
        aws: `a split of 90 % to "${LIVE}" and 10 % to "${CANDIDATE}" (version 3)`,
        action: expect.stringContaining(`An interrupted canary: 10 % of ${PATH} goes to candidate (version 3); run promote-endpoint again to finish it, or rollback with to-version 2`),
      }),
    ]);
    expect(run.summary).toContain('| support-bot | interrupted canary | `gateways.shared-front.route` |');
    expect(await mutatingCalls()).toEqual([]);
  });

  test('rollback puts live on the previous version and the rule on a static route to live; a re-run makes no mutating call', async () => {
    const run = await runDistAction('rollback', { cwd: workspace, inputs: { 'timeout-minutes': '1', reason: 'canary of 3 went wrong' }, env: env('401') });
    expectSuccess(run);
    expect(run.outputs).toEqual({ version: '1', 'previous-version': '2', changed: 'true' });
    expect(await agentcore.send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: runtimeId, endpointName: 'live' }))).toMatchObject({ status: 'READY', liveVersion: '1' });
    expect(await agentcore.send(new GetGatewayRuleCommand({ gatewayIdentifier: gatewayId, ruleId }))).toMatchObject({ status: 'ACTIVE', actions: [{ routeToTarget: { staticRoute: { targetName: LIVE } } }] });
    expect(run.stdout).toContain(`Gateway shared-front: static route to ${LIVE} (no split).`);
    expect(run.summary).toContain(`- Traffic through the gateway shared-front: static route to ${LIVE} (this run removed a split of 90 % to "${LIVE}" and 10 % to "${CANDIDATE}" (version 3)).`);
    expect((await endpointMoves(new SSMClient(clientOptions(emulator, DEV.account, DEV.region)))).at(-1)).toMatchObject({ kind: 'rollback', from: '2', to: '1', result: 'succeeded' });

    await control(emulator, 'DELETE', 'requests');
    const again = await runDistAction('rollback', { cwd: workspace, inputs: { 'timeout-minutes': '1' }, env: env('401') });
    expectSuccess(again);
    expect(again.outputs).toEqual({ version: '1', 'previous-version': '1', changed: 'false' });
    expect(again.stdout).toContain(`Gateway shared-front: static route to ${LIVE}, as it should be: no split to remove.`);
    expect(await mutatingCalls()).toEqual([]);
  });

  test('drift-check reports a rule changed by hand to a foreign static target', async () => {
    await agentcore.send(new UpdateGatewayRuleCommand({ gatewayIdentifier: gatewayId, ruleId, actions: [{ routeToTarget: { staticRoute: { targetName: 'legacy' } } }] }));
    await pause(300);
    const { findings } = await gatewayDrift();
    expect(findings).toEqual([
      expect.objectContaining({
        kind: 'gateway-route',
        path: 'gateways.shared-front.route',
        repo: `a static route to target "${LIVE}"`,
        aws: 'a static route to target "legacy"',
        action: `The rule of gateway shared-front for ${PATH} was changed outside the pipeline: run rollback with to-version 1 to return all traffic to live (a static route to target "${LIVE}").`,
      }),
    ]);
    expect(await route()).toEqual([{ routeToTarget: { staticRoute: { targetName: 'legacy' } } }]);
  });
});
