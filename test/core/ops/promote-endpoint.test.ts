import { InvokeAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore';
import { UpdateAgentRuntimeEndpointCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { PutImageCommand } from '@aws-sdk/client-ecr';
import { promoteEndpoint, type PromoteRequest } from '../../../src/core/ops/promote-endpoint.js';
import { PromotionFailure } from '../../../src/core/promotion/promote-result.js';
import { IMAGE_A, IMAGE_B } from '../fixtures.js';
import { FakeAws, LIVE_WHERE, LOCK, RUN, START, alarm, alarmStates, cloudwatch, control, data, ecr, sessionBase, tools, withPromotion, seedLiveOnFirst } from './runtime-fakes.js';

const aws = new FakeAws();
const ALARM_NAME = 'support-bot-errors';
const PROMOTION = { smoke_test: { payload: { prompt: 'ping' }, expect_body: 'pong', attempts: 2 }, bake_minutes: 1, alarms: [ALARM_NAME] };

beforeEach(() => {
  seedLiveOnFirst(aws, [IMAGE_A, IMAGE_B]);
  alarmStates([alarm(ALARM_NAME, 'OK')]);
});

function answer(body: string, statusCode = 200) {
  // The one method of the SDK's streaming body that the smoke test reads.
  return { statusCode, contentType: 'application/json', response: { transformToString: async () => body }, $metadata: { httpStatusCode: statusCode } } as never;
}

function request(extra: Partial<PromoteRequest> = {}, promotion: Record<string, unknown> = PROMOTION) {
  const { base, changes } = sessionBase(withPromotion(promotion));
  return { req: { ...base, smokeTest: true, autoRollback: true, ...extra, ...tools() } satisfies PromoteRequest, changes };
}

async function failure(promise: Promise<unknown>): Promise<PromotionFailure> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PromotionFailure);
  return error as PromotionFailure;
}

const liveUpdates = () => control.commandCalls(UpdateAgentRuntimeEndpointCommand, { endpointName: 'live' });

test('moves the candidate, smoke tests it, swaps live after checking it is unchanged, bakes and records', async () => {
  const liveDuringSmoke: (string | undefined)[] = [];
  data.on(InvokeAgentRuntimeCommand).callsFake(() => {
    liveDuringSmoke.push(aws.serving('live'));
    return answer('{"reply":"pong"}');
  });
  const { req, changes } = request();
  const result = await promoteEndpoint(req);

  expect(result).toMatchObject({
    endpoint: 'live',
    candidateEndpoint: 'candidate',
    version: '2',
    previousVersion: '1',
    outcome: 'succeeded',
    changed: true,
    rolledBack: false,
    serving: 'version 2 (READY)',
    headline: 'Endpoint "live" serves version 2 (was 1).',
    smoke: { outcome: 'passed' },
    bake: { outcome: 'passed', durationMs: 60_000, alarms: [ALARM_NAME] },
    resumed: false,
  });
  // The candidate is created on the version, the smoke test runs while live still serves 1, then live moves.
  expect(aws.moves()).toEqual([
    ['candidate', '2'],
    ['live', '2'],
  ]);
  expect(liveDuringSmoke).toEqual(['1']);
  expect(data.commandCalls(InvokeAgentRuntimeCommand)[0]!.args[0].input).toMatchObject({ qualifier: 'candidate', agentRuntimeArn: expect.stringContaining('support_bot_dev') });
  expect(liveUpdates()[0]!.args[0].input.description).toBe(`agentcore-actions promote 1->2 by ${RUN.runUrl}`);
  expect(changes).toEqual([{ from: '1', to: '2' }]);

  // The bake watched the alarm for its whole minute on the fake clock.
  expect(cloudwatch.commandCalls(DescribeAlarmsCommand).length).toBeGreaterThan(2);
  expect(req.clock.now() - START).toBeGreaterThanOrEqual(60_000);

  expect(aws.ledger()!.entries.at(-1)).toEqual({
    type: 'endpoint',
    endpoint: 'live',
    from: '1',
    to: '2',
    kind: 'promote',
    result: 'succeeded',
    actor: RUN.actor,
    runUrl: RUN.runUrl,
    time: new Date(req.clock.now()).toISOString(),
  });
  expect(result.ledger?.entries).toBe(2);
  expect(aws.parameters.has(LOCK)).toBe(false);
  expect(ecr.commandCalls(PutImageCommand).map((c) => c.args[0].input.imageTag)).toEqual(['keep-support_bot_dev-candidate', 'keep-support_bot_dev-live']);
});

test('a failed smoke test leaves live untouched and records the failure', async () => {
  data.on(InvokeAgentRuntimeCommand).resolves(answer('upstream exploded', 500));
  const { req, changes } = request();
  const error = await failure(promoteEndpoint(req));

  expect(error.message).toBe(
    `Promotion of version 2 to ${LIVE_WHERE} failed: the smoke test of the candidate endpoint "candidate" (version 2) failed 2 time(s); ` +
      'last: status 500, expected 200. Live was not touched. Response (first 500 characters): upstream exploded.',
  );
  expect(data.commandCalls(InvokeAgentRuntimeCommand)).toHaveLength(2);
  expect(req.clock.sleeps).toContain(1000);
  expect(liveUpdates()).toHaveLength(0);
  expect(aws.moves()).toEqual([['candidate', '2']]);
  expect(aws.serving('live')).toBe('1');
  expect(error.result).toMatchObject({ outcome: 'failed', changed: false, serving: 'version 1 (READY)', smoke: { outcome: 'failed' }, bake: { outcome: 'not-run' } });
  expect(aws.ledger()!.entries.at(-1)).toMatchObject({ endpoint: 'live', from: '1', to: '2', kind: 'promote', result: 'failed', reason: expect.stringContaining('the smoke test of the candidate endpoint') });
  expect(changes).toEqual([{ from: '1', to: '2' }]);
  expect(aws.parameters.has(LOCK)).toBe(false);
});

test('an alarm in ALARM during the bake rolls live back, verified, and the ledger records the rollback', async () => {
  data.on(InvokeAgentRuntimeCommand).resolves(answer('pong'));
  cloudwatch.reset();
  // Quiet before the move and at the bake's first look, firing at its second.
  alarmStates([alarm(ALARM_NAME, 'OK')], [alarm(ALARM_NAME, 'OK')], [alarm(ALARM_NAME, 'ALARM', 'Threshold Crossed: 5 errors')]);
  const { req } = request();
  const error = await failure(promoteEndpoint(req));

  expect(error.message).toBe(
    `Promotion of version 2 to ${LIVE_WHERE} failed: alarm "${ALARM_NAME}" went to ALARM at ${new Date(START).toISOString()} (3s into the bake): Threshold Crossed: 5 errors. ` +
      'Rolled back: endpoint "live" serves version 1 (READY) again.',
  );
  expect(aws.moves()).toEqual([
    ['candidate', '2'],
    ['live', '2'],
    ['live', '1'],
  ]);
  expect(aws.serving('live')).toBe('1');
  expect(liveUpdates()[1]!.args[0].input.description).toBe(`agentcore-actions promote 1->2 rolling back by ${RUN.runUrl}`);
  expect(error.result).toMatchObject({ outcome: 'rolled-back', rolledBack: true, serving: 'version 1 (READY)', bake: { outcome: 'alarm', alarm: { name: ALARM_NAME, state: 'ALARM' } } });
  expect(aws.ledger()!.entries.at(-1)).toMatchObject({
    type: 'endpoint',
    endpoint: 'live',
    from: '1',
    to: '2',
    kind: 'promote',
    result: 'rolled-back',
    reason: expect.stringContaining(`alarm "${ALARM_NAME}" went to ALARM`),
    runUrl: RUN.runUrl,
  });
  expect(req.logger.lines).toContain(
    `warning: Rolling endpoint "live" back from version 2 to 1: alarm "${ALARM_NAME}" went to ALARM at ${new Date(START).toISOString()} (3s into the bake): Threshold Crossed: 5 errors.`,
  );
  expect(aws.parameters.has(LOCK)).toBe(false);
});

test('compare-and-swap refuses to move live when it moved during the smoke test', async () => {
  aws.seedRuntime([IMAGE_A, IMAGE_B, IMAGE_B], { live: '1' });
  // Someone moves live by hand while the candidate is tested.
  data.on(InvokeAgentRuntimeCommand).callsFake(() => {
    aws.endpoints.get('live')!.response.liveVersion = '2';
    aws.endpoints.get('live')!.response.targetVersion = '2';
    return answer('pong');
  });
  const { req } = request();
  const error = await failure(promoteEndpoint(req));

  expect(error.message).toBe(
    `Promotion of version 3 to ${LIVE_WHERE} failed: endpoint "live" serves version 2, but this run read version 1 at its start: another promotion or a hand move changed it. Nothing was moved.`,
  );
  expect(liveUpdates()).toHaveLength(0);
  expect(aws.serving('live')).toBe('2');
  expect(aws.ledger()!.entries.at(-1)).toMatchObject({ from: '1', to: '3', kind: 'promote', result: 'failed' });
});

test('expected-version refuses before anything moves when live serves another version', async () => {
  const { req, changes } = request({ expectedVersion: '5' });
  const error = await failure(promoteEndpoint(req));

  expect(error.message).toBe(`Promotion of version 2 to ${LIVE_WHERE} failed: endpoint "live" serves version 1, not expected-version 5. Nothing was moved.`);
  expect(aws.moves()).toEqual([]);
  expect(data.calls()).toHaveLength(0);
  expect(changes).toEqual([]);
});

test('a version already live is nothing to do: no lease, no move', async () => {
  const { req } = request({ version: '1' });
  const result = await promoteEndpoint(req);

  expect(result).toMatchObject({ outcome: 'unchanged', changed: false, headline: 'Version 1 was already live.', smoke: { outcome: 'skipped' }, bake: { outcome: 'skipped' } });
  expect(req.logger.lines).toContain(`notice: Version 1 is already live on ${LIVE_WHERE}: nothing to do.`);
  expect(aws.moves()).toEqual([]);
  expect(aws.puts()).toEqual([]);
});

test('an alarm already firing stops the promotion before the lease and any move', async () => {
  cloudwatch.reset();
  alarmStates([alarm(ALARM_NAME, 'ALARM', 'Threshold Crossed')]);
  const error = await promoteEndpoint(request().req).catch((e: unknown) => e);

  expect((error as Error).message).toBe(
    `Bake alarm(s) already in ALARM before the promotion of runtime "support-bot" (support_bot_dev) of environment "dev" (us-west-2): ` +
      `${ALARM_NAME} (ALARM since ${new Date(START).toISOString()}: Threshold Crossed). ` +
      'Nothing was moved: the bake would roll back at once. Promote when the alarms are OK, or without them (bake-minutes: 0).',
  );
  expect(aws.moves()).toEqual([]);
  expect(aws.puts()).toEqual([]);
});

test('a live move that ends UPDATE_FAILED is repaired back to the version live served', async () => {
  data.on(InvokeAgentRuntimeCommand).resolves(answer('pong'));
  aws.failNextMove.set('live', 'Internal failure while updating the endpoint');
  const { req } = request();
  const error = await failure(promoteEndpoint(req));

  expect(error.message).toBe(
    `Promotion of version 2 to ${LIVE_WHERE} failed: moving endpoint "live" from version 1 to version 2 failed: ` +
      'UPDATE_FAILED: Internal failure while updating the endpoint. It serves version 1 (READY) now.',
  );
  expect(aws.moves()).toEqual([
    ['candidate', '2'],
    ['live', '2'],
    ['live', '1'],
  ]);
  expect(aws.endpoints.get('live')!.response).toMatchObject({ status: 'READY', liveVersion: '1' });
  expect(error.result).toMatchObject({ outcome: 'failed', serving: 'version 1 (READY)', bake: { outcome: 'not-run' } });
  expect(aws.ledger()!.entries.at(-1)).toMatchObject({ from: '1', to: '2', result: 'failed' });
});
