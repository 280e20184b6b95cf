import {
  CloudWatchClient,
  DeleteAlarmsCommand,
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
  InvalidFormatFault,
  InvalidParameterCombinationException,
  MissingRequiredParameterException,
  PutMetricAlarmCommand,
  ResourceNotFound,
  SetAlarmStateCommand,
  type PutMetricAlarmCommandInput,
} from '@aws-sdk/client-cloudwatch';
import { clientOptions, control, startTestEmulator } from '../../../helpers/emulator.js';
import { rejectionOf } from '../../../helpers/targets.js';
import type { RunningEmulator } from '../../../../src/emulator/server.js';
import { setAlarmState } from '../../../../src/emulator/services/cloudwatch/service.js';


const ACCOUNT = '111111111111';
const REGION = 'eu-central-1';

function alarm(name: string, extra: Partial<PutMetricAlarmCommandInput> = {}): PutMetricAlarmCommandInput {
  return {
    AlarmName: name,
    Namespace: 'AWS/BedrockAgentCore',
    MetricName: 'Errors',
    Statistic: 'Sum',
    Period: 60,
    EvaluationPeriods: 1,
    Threshold: 1,
    ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    ...extra,
  };
}

let emulator: RunningEmulator;
const cw = () => new CloudWatchClient(clientOptions(emulator, ACCOUNT, REGION));
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
beforeEach(() => control(emulator, 'POST', 'reset'));

test('a new alarm starts INSUFFICIENT_DATA with its ARN and configuration', async () => {
  await cw().send(new PutMetricAlarmCommand(alarm('support-bot-errors', { AlarmDescription: 'errors on live', Dimensions: [{ Name: 'Endpoint', Value: 'live' }] })));
  const { MetricAlarms } = await cw().send(new DescribeAlarmsCommand({ AlarmNames: ['support-bot-errors'] }));
  expect(MetricAlarms).toHaveLength(1);
  expect(MetricAlarms![0]).toMatchObject({
    AlarmName: 'support-bot-errors',
    AlarmArn: `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:support-bot-errors`,
    AlarmDescription: 'errors on live',
    StateValue: 'INSUFFICIENT_DATA',
    MetricName: 'Errors',
    Threshold: 1,
    Dimensions: [{ Name: 'Endpoint', Value: 'live' }],
  });
  expect(MetricAlarms![0]!.StateUpdatedTimestamp).toBeInstanceOf(Date);
});

test('PutMetricAlarm on an existing alarm replaces its configuration and keeps its state', async () => {
  await cw().send(new PutMetricAlarmCommand(alarm('a', { AlarmDescription: 'first' })));
  await cw().send(new SetAlarmStateCommand({ AlarmName: 'a', StateValue: 'ALARM', StateReason: 'test' }));
  await cw().send(new PutMetricAlarmCommand(alarm('a', { Threshold: 5 })));
  const found = (await cw().send(new DescribeAlarmsCommand({ AlarmNames: ['a'] }))).MetricAlarms![0]!;
  expect(found).toMatchObject({ StateValue: 'ALARM', Threshold: 5 });
  expect(found.AlarmDescription).toBeUndefined();
});

test('SetAlarmState moves the state, StateValue filters, and history records the transitions newest first', async () => {
  await cw().send(new PutMetricAlarmCommand(alarm('bake-errors')));
  await cw().send(new PutMetricAlarmCommand(alarm('bake-latency')));
  await cw().send(new SetAlarmStateCommand({ AlarmName: 'bake-errors', StateValue: 'ALARM', StateReason: 'errors above 1', StateReasonData: '{"value":3}' }));
  await cw().send(new SetAlarmStateCommand({ AlarmName: 'bake-errors', StateValue: 'OK', StateReason: 'recovered' }));
  await cw().send(new SetAlarmStateCommand({ AlarmName: 'bake-latency', StateValue: 'ALARM', StateReason: 'slow' }));
  const inAlarm = await cw().send(new DescribeAlarmsCommand({ StateValue: 'ALARM' }));
  expect(inAlarm.MetricAlarms?.map((a) => [a.AlarmName, a.StateReason])).toEqual([['bake-latency', 'slow']]);
  const history = await cw().send(new DescribeAlarmHistoryCommand({ AlarmName: 'bake-errors', HistoryItemType: 'StateUpdate' }));
  expect(history.AlarmHistoryItems?.map((h) => h.HistorySummary)).toEqual([
    'Alarm updated from ALARM to OK',
    'Alarm updated from INSUFFICIENT_DATA to ALARM',
  ]);
  const data = JSON.parse(history.AlarmHistoryItems![1]!.HistoryData!) as { newState: { stateValue: string; stateReasonData: unknown } };
  expect(data.newState).toMatchObject({ stateValue: 'ALARM', stateReasonData: { value: 3 } });
  expect(history.AlarmHistoryItems![0]!.Timestamp).toBeInstanceOf(Date);
  const all = await cw().send(new DescribeAlarmHistoryCommand({ AlarmName: 'bake-errors' }));
  expect(all.AlarmHistoryItems?.at(-1)).toMatchObject({ HistoryItemType: 'ConfigurationUpdate', HistorySummary: 'Alarm "bake-errors" created' });
});

test('DescribeAlarms filters by prefix and pages with MaxRecords', async () => {
  for (const name of ['bot-a', 'bot-b', 'bot-c', 'other']) await cw().send(new PutMetricAlarmCommand(alarm(name)));
  const first = await cw().send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'bot-', MaxRecords: 2 }));
  expect(first.MetricAlarms?.map((a) => a.AlarmName)).toEqual(['bot-a', 'bot-b']);
  const second = await cw().send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'bot-', MaxRecords: 2, NextToken: first.NextToken }));
  expect(second.MetricAlarms?.map((a) => a.AlarmName)).toEqual(['bot-c']);
  expect(second.NextToken).toBeUndefined();
  const error = await rejectionOf(cw().send(new DescribeAlarmsCommand({ AlarmNames: ['bot-a'], AlarmNamePrefix: 'bot-' })));
  expect(error).toBeInstanceOf(InvalidParameterCombinationException);
});

test('DeleteAlarms is all or nothing: an unknown name is ResourceNotFound and nothing goes', async () => {
  await cw().send(new PutMetricAlarmCommand(alarm('keep')));
  const error = await rejectionOf(cw().send(new DeleteAlarmsCommand({ AlarmNames: ['keep', 'missing'] })));
  expect(error).toBeInstanceOf(ResourceNotFound);
  expect(error.$metadata.httpStatusCode).toBe(404);
  expect(error.Code).toBe('ResourceNotFound');
  expect((await cw().send(new DescribeAlarmsCommand({}))).MetricAlarms).toHaveLength(1);
  await cw().send(new DeleteAlarmsCommand({ AlarmNames: ['keep'] }));
  expect((await cw().send(new DescribeAlarmsCommand({}))).MetricAlarms).toEqual([]);
});

test('SetAlarmState refuses an unknown alarm and StateReasonData that is not JSON', async () => {
  expect(await rejectionOf(cw().send(new SetAlarmStateCommand({ AlarmName: 'ghost', StateValue: 'OK', StateReason: 'x' })))).toBeInstanceOf(ResourceNotFound);
  await cw().send(new PutMetricAlarmCommand(alarm('real')));
  const error = await rejectionOf(cw().send(new SetAlarmStateCommand({ AlarmName: 'real', StateValue: 'OK', StateReason: 'x', StateReasonData: 'not json' })));
  expect(error).toBeInstanceOf(InvalidFormatFault);
  expect(error.Code).toBe('InvalidFormat');
});

test('PutMetricAlarm validates the metric, statistic and period', async () => {
  const noPeriod = await rejectionOf(cw().send(new PutMetricAlarmCommand(alarm('x', { Period: undefined }))));
  expect(noPeriod).toBeInstanceOf(MissingRequiredParameterException);
  expect(noPeriod.Code).toBe('MissingParameter');
  const both = await rejectionOf(cw().send(new PutMetricAlarmCommand(alarm('x', { ExtendedStatistic: 'p99' }))));
  expect(both).toBeInstanceOf(InvalidParameterCombinationException);
  const period = await rejectionOf(cw().send(new PutMetricAlarmCommand(alarm('x', { Period: 45 }))));
  expect(period.name).toBe('InvalidParameterValueException');
  expect((await cw().send(new DescribeAlarmsCommand({}))).MetricAlarms).toEqual([]);
});

test('setAlarmState (for other emulator modules) is what DescribeAlarms and the history then show', async () => {
  await cw().send(new PutMetricAlarmCommand(alarm('driven')));
  setAlarmState(emulator.state, ACCOUNT, REGION, 'driven', 'ALARM', 'invocations failing');
  const found = (await cw().send(new DescribeAlarmsCommand({ AlarmNames: ['driven'] }))).MetricAlarms![0]!;
  expect(found).toMatchObject({ StateValue: 'ALARM', StateReason: 'invocations failing' });
  expect(() => setAlarmState(emulator.state, ACCOUNT, 'us-east-1', 'driven', 'OK', 'x')).toThrow(/not found/);
});

test('the wire speaks JSON 1.0 with the awsQuery error code header', async () => {
  const response = await fetch(emulator.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-target': 'GraniteServiceVersion20100801.SetAlarmState',
      authorization: `AWS4-HMAC-SHA256 Credential=${ACCOUNT}/20250101/${REGION}/monitoring/aws4_request, SignedHeaders=host, Signature=x`,
    },
    body: JSON.stringify({ AlarmName: 'none', StateValue: 'OK', StateReason: 'x' }),
  });
  expect(response.status).toBe(404);
  expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.0');
  expect(response.headers.get('x-amzn-query-error')).toBe('ResourceNotFound;Sender');
  expect(await response.json()).toEqual({ __type: 'ResourceNotFound', message: 'Alarm none not found' });
});
