import { CloudWatchClient, DescribeAlarmsCommand, type MetricAlarm } from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import { FakeClock } from '../../../src/testing/fake-clock.js';
import { UserError } from '../../../src/core/errors.js';
import { RecordingLogger } from '../../../src/testing/recording-logger.js';
import { bake, checkAlarms } from '../../../src/core/promotion/bake.js';
import type { Endpoint } from '../../../src/core/promotion/endpoints.js';

const cloudwatch = mockClient(CloudWatchClient);
const FIRED = new Date('2026-01-01T12:00:03Z');
const alarm = (name: string, state: string, extra: Partial<MetricAlarm> = {}): MetricAlarm => ({ AlarmName: name, StateValue: state as MetricAlarm['StateValue'], StateReason: 'reason', ...extra });
const ready = { status: 'READY', liveVersion: '3', targetVersion: '3' } as Endpoint;

beforeEach(() => cloudwatch.reset());

function options(durationMs: number, readEndpoint: () => Promise<Endpoint | undefined> = async () => ready, alarms = ['errors']) {
  return {
    cloudwatch: new CloudWatchClient({ region: 'us-west-2' }),
    alarms,
    durationMs,
    endpoint: 'live',
    version: '3',
    readEndpoint,
    clock: new FakeClock(0),
    logger: new RecordingLogger(),
  };
}

test('passes after the bake time, polling alarms and the endpoint on a beat and saying how far it is', async () => {
  cloudwatch.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [alarm('errors', 'OK')] });
  const opts = options(60_000);
  expect(await bake(opts)).toEqual({ outcome: 'passed', durationMs: 60_000, alarms: ['errors'] });
  expect(opts.clock.sleeps.reduce((a, b) => a + b, 0)).toBe(60_000);
  expect(Math.max(...opts.clock.sleeps)).toBe(3000);
  expect(opts.logger.lines).toContain('Bake of version 3 on "live": 0s of 1m 00s; alarms errors OK; endpoint READY on 3.');
  expect(opts.logger.lines).toContain('Bake of version 3 on "live": 1m 00s of 1m 00s; alarms errors OK; endpoint READY on 3.');
  expect(cloudwatch.commandCalls(DescribeAlarmsCommand)[0]!.args[0].input).toMatchObject({ AlarmNames: ['errors'], AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] });
});

test('an alarm in ALARM ends the bake at once, with the alarm and when it fired', async () => {
  cloudwatch
    .on(DescribeAlarmsCommand)
    .resolvesOnce({ MetricAlarms: [alarm('errors', 'OK')] })
    .resolves({ MetricAlarms: [], CompositeAlarms: [alarm('errors', 'ALARM', { StateUpdatedTimestamp: FIRED, StateReason: 'Threshold Crossed' })] });
  const result = await bake(options(300_000));
  expect(result).toEqual({ outcome: 'alarm', elapsedMs: 10_000, alarms: ['errors'], alarm: { name: 'errors', state: 'ALARM', reason: 'Threshold Crossed', since: FIRED } });
});

test('the endpoint leaving READY or its version ends the bake', async () => {
  cloudwatch.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [alarm('errors', 'OK')] });
  const moved = await bake(options(60_000, async () => ({ ...ready, liveVersion: '2' }) as Endpoint));
  expect(moved).toMatchObject({ outcome: 'endpoint', problem: 'endpoint "live" left READY on version 3: it is READY, serving 2' });
  const gone = await bake(options(60_000, async () => undefined, []));
  expect(gone).toMatchObject({ outcome: 'endpoint', problem: 'endpoint "live" left READY on version 3: it is deleted' });
  expect(cloudwatch.commandCalls(DescribeAlarmsCommand)).toHaveLength(1);
});

test('throttling is tried again; a watch that keeps failing otherwise ends the bake', async () => {
  const throttled = Object.assign(new Error('Rate exceeded'), { name: 'Throttling', $metadata: { httpStatusCode: 400 } });
  cloudwatch.on(DescribeAlarmsCommand).rejectsOnce(throttled).resolves({ MetricAlarms: [alarm('errors', 'OK')] });
  expect((await bake(options(5_000))).outcome).toBe('passed');
  const denied = Object.assign(new Error('not allowed'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
  cloudwatch.reset();
  cloudwatch.on(DescribeAlarmsCommand).rejects(denied);
  const result = await bake(options(300_000));
  expect(result).toMatchObject({ outcome: 'error', problem: expect.stringContaining('3 failed reads in a row): AccessDenied: not allowed (HTTP 403)') });
});

describe('checkAlarms', () => {
  test('names the alarms that do not exist', async () => {
    cloudwatch.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [alarm('errors', 'OK')] });
    await expect(checkAlarms(new CloudWatchClient({ region: 'us-west-2' }), ['errors', 'latency', 'nope'], 'runtime "bot"')).rejects.toThrow(
      new UserError('The bake alarm(s) "latency", "nope" of runtime "bot" do not exist in CloudWatch in this account and region. Nothing was moved. Create them, or fix the names in promotion.alarms or the input "alarms".'),
    );
  });

  test('refuses alarms already in ALARM, unless told to accept them', async () => {
    cloudwatch.on(DescribeAlarmsCommand).resolves({ MetricAlarms: [alarm('errors', 'ALARM', { StateUpdatedTimestamp: FIRED })] });
    const client = new CloudWatchClient({ region: 'us-west-2' });
    await expect(checkAlarms(client, ['errors'], 'runtime "bot"')).rejects.toThrow(/already in ALARM before the promotion of runtime "bot": errors \(ALARM since 2026-01-01T12:00:03.000Z: reason\)/);
    await expect(checkAlarms(client, ['errors'], 'runtime "bot"', false)).resolves.toHaveLength(1);
  });

  test('asks for at most 100 names per call, following NextToken', async () => {
    const names = Array.from({ length: 150 }, (_, i) => `alarm-${i}`);
    cloudwatch.on(DescribeAlarmsCommand).callsFake((input: { AlarmNames: string[]; NextToken?: string }) => {
      const half = input.NextToken ? input.AlarmNames.slice(50) : input.AlarmNames.slice(0, 50);
      return { MetricAlarms: half.map((n) => alarm(n, 'OK')), ...(input.NextToken || input.AlarmNames.length <= 50 ? {} : { NextToken: 'more' }) };
    });
    expect(await checkAlarms(new CloudWatchClient({ region: 'us-west-2' }), names, 'runtime "bot"')).toHaveLength(150);
    expect(cloudwatch.commandCalls(DescribeAlarmsCommand).map((c) => c.args[0].input.AlarmNames!.length)).toEqual([100, 100, 50]);
  });
});
