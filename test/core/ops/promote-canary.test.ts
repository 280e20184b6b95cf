/**
 * promote-endpoint with strategy canary: the gateway rule's split moves through the steps, each
 * baked, before live moves; an alarm, a failed step or a cancel returns all traffic to live in one
 * call; a split left on the rule is resumed (same run) or returned to live (another run).
 */
import { InvokeAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore';
import { CreateGatewayRuleCommand, UpdateAgentRuntimeEndpointCommand, UpdateGatewayRuleCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { promoteEndpoint, type PromoteRequest } from '../../../src/core/ops/promote-endpoint.js';
import { UserError } from '../../../src/core/errors.js';
import { formatMarker } from '../../../src/core/promotion/history.js';
import { PromotionFailure } from '../../../src/core/promotion/promote-result.js';
import { promotionSummary } from '../../../src/github/summaries/promote-endpoint.js';
import { IMAGE_A, IMAGE_B } from '../fixtures.js';
import { FakeGateway, ruleChanges, split } from '../../helpers/fake-gateway.js';
import { FakeAws, LIVE_WHERE, LOCK, RUN, RUNTIME_ARN, START, alarm, alarmStates, cloudwatch, control, data, loadConfig, sessionBase, tools, seedLiveOnFirst } from './runtime-fakes.js';

const aws = new FakeAws();
const gateway = new FakeGateway(control, 'agentcore-dev-main');
const ALARM_NAME = 'support-bot-errors';
const CANARY = { gateway: 'main', steps: [10, 50], step_minutes: 1 };
const PROMOTION = { smoke_test: { payload: { prompt: 'ping' }, expect_body: 'pong', attempts: 2 }, bake_minutes: 5, alarms: [ALARM_NAME], strategy: 'canary', canary: CANARY };
const LIVE_TARGET = 'support-bot-live';
const CANDIDATE_TARGET = 'support-bot-candidate';

/** The candidate answers the smoke test. */
function answerPong(): void {
  data.on(InvokeAgentRuntimeCommand).resolves({ statusCode: 200, contentType: 'application/json', response: { transformToString: async () => 'pong' }, $metadata: { httpStatusCode: 200 } } as never);
}

beforeEach(() => {
  seedLiveOnFirst(aws, [IMAGE_A, IMAGE_B]);
  gateway.install();
  answerPong();
});

function request(extra: Partial<PromoteRequest> = {}, promotion: Record<string, unknown> = PROMOTION) {
  const { base } = sessionBase((json) => {
    json.environments.dev.agent_runtimes['support-bot'].promotion = promotion;
    json.global_resources.gateways = { main: {} };
  });
  return { ...base, smokeTest: true, autoRollback: true, ...extra, ...tools() } satisfies PromoteRequest;
}

/** The targets of live and candidate, and the runtime's rule with a split an earlier canary left. */
function leftSplit(percent: number, version: string, run: string): void {
  gateway.target(LIVE_TARGET, RUNTIME_ARN, 'live');
  gateway.target(CANDIDATE_TARGET, RUNTIME_ARN, 'candidate');
  gateway.rule('support-bot', split(LIVE_TARGET, CANDIDATE_TARGET, percent, version, run));
}

async function failure(promise: Promise<unknown>): Promise<PromotionFailure> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PromotionFailure);
  return error as PromotionFailure;
}

/** Rule changes interleaved with live's moves. */
function events(): string[] {
  const rules = ruleChanges(control);
  let next = 0;
  return control.calls().flatMap(({ args: [command] }) => {
    if (command instanceof UpdateGatewayRuleCommand || command instanceof CreateGatewayRuleCommand) return [rules[next++]!];
    if (command instanceof UpdateAgentRuntimeEndpointCommand && command.input.endpointName === 'live') return [`live ${command.input.agentRuntimeVersion}`];
    return [];
  });
}

test('steps [10, 50]: split 10, split 50, each baked, then live moves and the rule becomes a static route to live', async () => {
  alarmStates([alarm(ALARM_NAME, 'OK')]);
  const req = request();
  const result = await promoteEndpoint(req);

  expect(events()).toEqual(['split 10', 'split 50', 'live 2', `static ${LIVE_TARGET}`]);
  expect(aws.serving('live')).toBe('2');
  // Each step baked its step_minutes on the fake clock; the blue-green bake after the move is not repeated.
  expect(req.clock.now() - START).toBeGreaterThanOrEqual(2 * 60_000);
  expect(req.clock.now() - START).toBeLessThan(5 * 60_000);
  expect(result).toMatchObject({
    outcome: 'succeeded',
    rolledBack: false,
    bake: { outcome: 'skipped', reason: 'the canary steps baked it' },
    canary: { gateway: 'agentcore-dev-main', stepMinutes: 1, steps: [{ percent: 10, result: 'passed' }, { percent: 50, result: 'passed' }] },
  });
  // The candidate entry carries the version and the run, so a re-run of this run can resume.
  const split = control.commandCalls(UpdateGatewayRuleCommand)[0]!.args[0].input.actions![0]!.routeToTarget!.weightedRoute!.trafficSplit!;
  expect(split).toEqual([
    { name: 'live', weight: 50, targetName: LIVE_TARGET },
    { name: 'candidate', weight: 50, targetName: CANDIDATE_TARGET, metadata: { version: '2', run: RUN.runUrl } },
  ]);
  expect([...gateway.targets.values()].map((t) => [t.name, t.targetConfiguration?.http?.agentcoreRuntime])).toEqual([
    [LIVE_TARGET, { arn: RUNTIME_ARN, qualifier: 'live' }],
    [CANDIDATE_TARGET, { arn: RUNTIME_ARN, qualifier: 'candidate' }],
  ]);
  const [rule] = gateway.rules.values();
  expect(rule).toMatchObject({ status: 'ACTIVE', conditions: [{ matchPaths: { anyOf: ['/support-bot/*'] } }], actions: [{ routeToTarget: { staticRoute: { targetName: LIVE_TARGET } } }] });
  expect(aws.ledger()!.entries.at(-1)).toMatchObject({
    to: '2',
    result: 'succeeded',
    strategy: 'canary',
    steps: [
      { percent: 10, result: 'passed' },
      { percent: 50, result: 'passed' },
    ],
  });
  const summary = promotionSummary(result).join('\n');
  expect(summary).toContain('```mermaid\ngantt');
  expect(summary).toContain('10 % passed :done, s1, 0, 60s');
  expect(summary).toContain('| 2 of 2 | 50 % | passed |');
});

test('an alarm during step 1: all traffic back to live in one call, 50 % never set, rolled back, live untouched', async () => {
  alarmStates([alarm(ALARM_NAME, 'OK')], [alarm(ALARM_NAME, 'OK')], [alarm(ALARM_NAME, 'ALARM', 'Threshold crossed')]);
  const error = await failure(promoteEndpoint(request()));

  expect(events()).toEqual(['split 10', `static ${LIVE_TARGET}`]);
  expect(control.commandCalls(UpdateAgentRuntimeEndpointCommand, { endpointName: 'live' })).toHaveLength(0);
  expect(aws.serving('live')).toBe('1');
  expect(error.message).toContain(`Promotion of version 2 to ${LIVE_WHERE} failed: canary step 1 of 2 (10 %) failed: alarm "${ALARM_NAME}" went to ALARM`);
  expect(error.message).toContain('All traffic was returned to endpoint "live" (version 1) in one call.');
  expect(error.result).toMatchObject({ outcome: 'rolled-back', rolledBack: true, serving: 'version 1 (READY)', canary: { steps: [{ percent: 10, result: 'failed' }, { percent: 50, result: 'not-run' }] } });
  expect(aws.ledger()!.entries.at(-1)).toMatchObject({ result: 'rolled-back', strategy: 'canary', steps: [{ percent: 10, result: 'failed', reason: expect.stringContaining(ALARM_NAME) }, { percent: 50, result: 'not-run' }] });
  expect(aws.parameters.has(LOCK)).toBe(false);
  expect(promotionSummary(error.result).join('\n')).toContain('10 % failed :crit, s1, 0, 60s');
});

test('cancelled during a step bake: all traffic back to live, the step is recorded as cancelled, the lease is released', async () => {
  const controller = new AbortController();
  let reads = 0;
  cloudwatch.on(DescribeAlarmsCommand).callsFake(() => {
    // Read 1 is the check before any change; read 3 is inside step 1's bake.
    if (++reads === 3) controller.abort();
    return { MetricAlarms: [alarm(ALARM_NAME, 'OK')] };
  });
  const req = request({ signal: controller.signal });
  const error = await failure(promoteEndpoint(req));

  expect(events()).toEqual(['split 10', `static ${LIVE_TARGET}`]);
  expect(aws.serving('live')).toBe('1');
  expect(req.clock.now() - START).toBeLessThan(60_000);
  expect(error.message).toContain('canary step 1 of 2 (10 %) was cancelled. All traffic was returned to endpoint "live" (version 1) in one call.');
  expect(error.result).toMatchObject({ outcome: 'rolled-back', rolledBack: true });
  expect(aws.ledger()!.entries.at(-1)).toMatchObject({ steps: [{ percent: 10, result: 'cancelled', reason: 'it was cancelled' }, { percent: 50, result: 'not-run' }] });
  expect(aws.parameters.has(LOCK)).toBe(false);
});

test('a split left by another run: all traffic goes back to live before this canary starts, and the summary says so', async () => {
  alarmStates([alarm(ALARM_NAME, 'OK')]);
  leftSplit(30, '3', 'https://github.com/o/r/actions/runs/7');
  const req = request();
  const result = await promoteEndpoint(req);

  // Returned to live before the candidate moved to version 2.
  expect(events()).toEqual([`static ${LIVE_TARGET}`, 'split 10', 'split 50', 'live 2', `static ${LIVE_TARGET}`]);
  expect(result.canary?.found).toContain('left by an interrupted canary of version 3 (run https://github.com/o/r/actions/runs/7): all traffic was returned to "live" before this canary started');
  expect(req.logger.lines.join('\n')).toContain('Returning all traffic to endpoint "live" before this canary starts.');
  expect(promotionSummary(result).join('\n')).toContain('- Before it started: the rule had a split of 70 % to');
});

test('a re-run of the same run finds its own split at 50 %: it resumes at step 2 and skips step 1', async () => {
  alarmStates([alarm(ALARM_NAME, 'OK')]);
  leftSplit(50, '2', RUN.runUrl);
  const req = request();
  const result = await promoteEndpoint(req);

  // The 50 % split is already ACTIVE: step 2 bakes on it without a change, then live moves.
  expect(events()).toEqual(['live 2', `static ${LIVE_TARGET}`]);
  expect(req.clock.now() - START).toBeLessThan(2 * 60_000);
  expect(result.canary).toMatchObject({ steps: [{ percent: 10, result: 'passed', reason: 'in an earlier attempt of this run' }, { percent: 50, result: 'passed' }] });
  expect(result.canary?.found).toContain('an earlier attempt of this run left a split of 50 %');
  expect(req.logger.lines.join('\n')).toContain('resuming the canary at step 2 of 2 (50 %)');
});

test('strategy canary without promotion.canary is refused before any change, naming the JSON path to add', async () => {
  const { canary: _canary, strategy: _strategy, ...blueGreen } = PROMOTION;
  const error = await promoteEndpoint(request({ strategy: 'canary' }, blueGreen)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toContain('Add environments.dev.agent_runtimes.support-bot.promotion.canary { "gateway", "steps", "step_minutes" }');
  expect(aws.moves()).toEqual([]);
  expect(ruleChanges(control)).toEqual([]);
});

test('the input strategy blue-green overrides a canary config: no gateway call, the usual bake', async () => {
  alarmStates([alarm(ALARM_NAME, 'OK')]);
  const result = await promoteEndpoint(request({ strategy: 'blue-green', bakeMinutes: 0 }));
  expect(result.outcome).toBe('succeeded');
  expect(result.canary).toBeUndefined();
  expect(ruleChanges(control)).toEqual([]);
  expect(events()).toEqual(['live 2']);
});

test('the config is read by the loader', () => {
  // Guards the fixture: the canary block resolves with the gateway key.
  const environment = loadConfig((json) => {
    json.environments.dev.agent_runtimes['support-bot'].promotion = PROMOTION;
    json.global_resources.gateways = { main: {} };
  }).environment('dev');
  expect(environment.agent_runtimes['support-bot']!.promotion.canary).toEqual(CANARY);
});

test('a canary when live serves no version yet moves live at once and then routes the gateway to it: there is no traffic to shift', async () => {
  aws.reset();
  gateway.install();
  aws.seedRuntime([IMAGE_A, IMAGE_B], {});
  answerPong();
  alarmStates([alarm(ALARM_NAME, 'OK')]);
  const result = await promoteEndpoint(request());
  expect(result.outcome).toBe('succeeded');
  expect(aws.moves()).toEqual([['candidate', '2'], ['live', '2']]);
  // No split was ever set: the only rule change is the static route to live, after live moved.
  expect(ruleChanges(control)).toEqual([`static ${LIVE_TARGET}`]);
  expect(result.canary?.steps.map((step) => step.result)).toEqual(['not-run', 'not-run']);
  expect(result.canary?.found).toMatch(/served no version yet: no traffic to shift/);
  expect(aws.parameters.has(LOCK)).toBe(false);
});

test('live changed by hand during a step: the step fails naming it, and all traffic goes back to live', async () => {
  let reads = 0;
  cloudwatch.on(DescribeAlarmsCommand).callsFake(() => {
    if (++reads === 3) Object.assign(aws.endpoints.get('live')!, { polls: 1000, response: { ...aws.endpoints.get('live')!.response, status: 'UPDATING', targetVersion: '2' } });
    return { MetricAlarms: [alarm(ALARM_NAME, 'OK')] };
  });
  const error = await failure(promoteEndpoint(request()));

  expect(events()).toEqual(['split 10', `static ${LIVE_TARGET}`]);
  expect(error.message).toContain('canary step 1 of 2 (10 %) failed: endpoint "live" left READY on version 1 during the canary: it is UPDATING, serving 1');
  expect(error.result.canary?.steps.map((step) => step.result)).toEqual(['failed', 'not-run']);
});

test('a re-run that finds the live move its earlier attempt started finishes it and clears the split the steps left', async () => {
  alarmStates([alarm(ALARM_NAME, 'OK')]);
  leftSplit(50, '2', RUN.runUrl);
  const live = aws.endpoints.get('live')!.response;
  Object.assign(live, { liveVersion: '2', targetVersion: '2', description: formatMarker({ kind: 'promote', from: '1', to: '2', rollingBack: false, runUrl: RUN.runUrl }) });
  const result = await promoteEndpoint(request());

  expect(result).toMatchObject({ outcome: 'succeeded', resumed: true, canary: { steps: [{ percent: 10, result: 'passed' }, { percent: 50, result: 'passed' }] } });
  expect(events()).toEqual([`static ${LIVE_TARGET}`]);
  expect(aws.ledger()!.entries.at(-1)).toMatchObject({ from: '1', to: '2', result: 'succeeded', strategy: 'canary' });
});
