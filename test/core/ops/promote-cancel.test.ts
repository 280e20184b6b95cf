/**
 * promote-endpoint cancelled (request.signal aborted, as the run wrapper does on SIGINT/SIGTERM):
 * before live moved nothing more changes; during the bake live goes back to the version it
 * served (unless auto-rollback is false); the lease is released and the ledger says what happened.
 */
import { InvokeAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore';
import { UpdateAgentRuntimeEndpointCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { promoteEndpoint, type PromoteRequest } from '../../../src/core/ops/promote-endpoint.js';
import { PromotionFailure } from '../../../src/core/promotion/promote-result.js';
import { IMAGE_A, IMAGE_B } from '../fixtures.js';
import { FakeAws, LIVE_WHERE, LOCK, START, alarm, cloudwatch, control, data, sessionBase, tools, withPromotion, seedLiveOnFirst } from './runtime-fakes.js';

const aws = new FakeAws();
const ALARM_NAME = 'support-bot-errors';
const PROMOTION = { smoke_test: { payload: { prompt: 'ping' }, expect_body: 'pong', attempts: 2 }, bake_minutes: 5, alarms: [ALARM_NAME] };

beforeEach(() => {
  seedLiveOnFirst(aws, [IMAGE_A, IMAGE_B]);
});

function answer(body: string, statusCode = 200) {
  return { statusCode, contentType: 'application/json', response: { transformToString: async () => body }, $metadata: { httpStatusCode: statusCode } } as never;
}

function request(controller: AbortController, extra: Partial<PromoteRequest> = {}) {
  const { base } = sessionBase(withPromotion(PROMOTION));
  return { ...base, smokeTest: true, autoRollback: true, signal: controller.signal, ...extra, ...tools() } satisfies PromoteRequest;
}

/** The bake's DescribeAlarms calls (the first call is the check before any move); aborts at the given one. */
function abortAtAlarmRead(controller: AbortController, call: number): void {
  let calls = 0;
  cloudwatch.on(DescribeAlarmsCommand).callsFake(() => {
    if (++calls === call) controller.abort();
    return { MetricAlarms: [alarm(ALARM_NAME, 'OK')] };
  });
}

async function failure(promise: Promise<unknown>): Promise<PromotionFailure> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PromotionFailure);
  return error as PromotionFailure;
}

const liveUpdates = () => control.commandCalls(UpdateAgentRuntimeEndpointCommand, { endpointName: 'live' }).map((c) => c.args[0].input.agentRuntimeVersion);

test('cancelled during the bake: live goes back to the version it served, the ledger records the cancel, the lease is released', async () => {
  data.on(InvokeAgentRuntimeCommand).resolves(answer('pong'));
  const controller = new AbortController();
  abortAtAlarmRead(controller, 3);
  const req = request(controller);
  const error = await failure(promoteEndpoint(req));

  expect(error.message).toBe(
    `Promotion of version 2 to ${LIVE_WHERE} was cancelled: it was cancelled after endpoint "live" moved to version 2, before its bake proved it; live was returned to version 1 (READY).`,
  );
  expect(liveUpdates()).toEqual(['2', '1']);
  expect(aws.serving('live')).toBe('1');
  // The bake stopped at the cancel, far short of its 5 minutes on the fake clock.
  expect(req.clock.now() - START).toBeLessThan(60_000);
  expect(error.result).toMatchObject({ outcome: 'cancelled', serving: 'version 1 (READY)', smoke: { outcome: 'passed' } });
  expect(aws.ledger()!.entries.at(-1)).toMatchObject({ endpoint: 'live', from: '1', to: '2', kind: 'promote', result: 'cancelled', reason: expect.stringContaining('live was returned to version 1') });
  expect(aws.parameters.has(LOCK)).toBe(false);
});

test('cancelled during the bake with auto-rollback false: live stays on the new version, and the message says so', async () => {
  data.on(InvokeAgentRuntimeCommand).resolves(answer('pong'));
  const controller = new AbortController();
  abortAtAlarmRead(controller, 3);
  const error = await failure(promoteEndpoint(request(controller, { autoRollback: false })));

  expect(error.message).toContain('before its bake proved it; live was left there (auto-rollback is false).');
  expect(liveUpdates()).toEqual(['2']);
  expect(aws.serving('live')).toBe('2');
  expect(aws.ledger()!.entries.at(-1)).toMatchObject({ to: '2', result: 'cancelled' });
  expect(aws.parameters.has(LOCK)).toBe(false);
});

test('cancelled during the smoke test: live is never touched', async () => {
  const controller = new AbortController();
  cloudwatch.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [alarm(ALARM_NAME, 'OK')] });
  data.on(InvokeAgentRuntimeCommand).callsFake(() => {
    controller.abort();
    return answer('pong');
  });
  const req = request(controller);
  const error = await failure(promoteEndpoint(req));

  expect(error.message).toBe(`Promotion of version 2 to ${LIVE_WHERE} was cancelled: it was cancelled before endpoint "live" moved: live was not touched.`);
  expect(liveUpdates()).toEqual([]);
  expect(aws.serving('live')).toBe('1');
  expect(aws.moves()).toEqual([['candidate', '2']]);
  expect(aws.ledger()!.entries.at(-1)).toMatchObject({ to: '2', result: 'cancelled' });
  expect(aws.parameters.has(LOCK)).toBe(false);
});

test('cancelled before the lease: no change, no ledger entry, no lease', async () => {
  const controller = new AbortController();
  controller.abort();
  cloudwatch.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [alarm(ALARM_NAME, 'OK')] });
  const entries = aws.ledger()!.entries.length;
  const error = await failure(promoteEndpoint(request(controller)));

  expect(error.message).toBe(`Promotion of version 2 to ${LIVE_WHERE} was cancelled before any change.`);
  expect(error.result.outcome).toBe('cancelled');
  expect(aws.moves()).toEqual([]);
  expect(aws.ledger()!.entries).toHaveLength(entries);
  expect(aws.parameters.has(LOCK)).toBe(false);
});

test('the lease is renewed while the bake runs, so it never expires under its holder', async () => {
  data.on(InvokeAgentRuntimeCommand).resolves(answer('pong'));
  const expiries: string[] = [];
  cloudwatch.on(DescribeAlarmsCommand).callsFake(() => {
    const lock = aws.parameters.get(LOCK);
    if (lock) expiries.push((JSON.parse(lock.value) as { expiresAt: string }).expiresAt);
    return { MetricAlarms: [alarm(ALARM_NAME, 'OK')] };
  });
  const req = request(new AbortController());
  const result = await promoteEndpoint(req);

  expect(result.outcome).toBe('succeeded');
  // A 5-minute bake under a 2-minute lease: renewed every 30 s, so it always expires after now.
  const distinct = [...new Set(expiries)];
  expect(distinct.length).toBeGreaterThanOrEqual(8);
  expect(Date.parse(distinct.at(-1)!)).toBeGreaterThan(START + 5 * 60_000);
  expect(aws.parameters.has(LOCK)).toBe(false);
});
