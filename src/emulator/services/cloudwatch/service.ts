import type { EmulatorState } from '../../state.js';
import { AwsError, type EmuRequest } from '../../types.js';
import { constraintMessage, epochSeconds } from '../../protocols/wire.js';
import { InputReader, jsonRpcService, readTagList, type JsonHandler, type JsonInput, type TagList } from '../../protocols/json-rpc.js';
import { decodePageToken, page } from '../../protocols/paging.js';

/**
 * CloudWatch metric alarms (awsJson1_0, target prefix GraniteServiceVersion20100801,
 * awsQueryCompatible). No metrics are evaluated: an alarm changes state only through
 * SetAlarmState or `setAlarmState` from another module, which is how the promotion bake
 * (and its tests) see an alarm fire.
 */
export type AlarmStateValue = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

export interface MetricAlarm {
  name: string;
  arn: string;
  /** The PutMetricAlarm members that describe the alarm, as sent. */
  config: JsonInput;
  tags: TagList;
  stateValue: AlarmStateValue;
  stateReason: string;
  stateReasonData?: string;
  stateUpdatedAt: number;
  stateTransitionedAt: number;
  configurationUpdatedAt: number;
}

export interface AlarmHistoryItem {
  alarmName: string;
  timestamp: number;
  type: 'ConfigurationUpdate' | 'StateUpdate' | 'Action';
  summary: string;
  data: string;
}

export interface CloudWatchData {
  alarms: Record<string, MetricAlarm>;
  /** Newest last; kept after an alarm is deleted, as AWS keeps it. */
  history: AlarmHistoryItem[];
}

const STATES: readonly AlarmStateValue[] = ['OK', 'ALARM', 'INSUFFICIENT_DATA'];
const COMPARISONS = [
  'GreaterThanOrEqualToThreshold',
  'GreaterThanThreshold',
  'LessThanThreshold',
  'LessThanOrEqualToThreshold',
  'LessThanLowerOrGreaterThanUpperThreshold',
  'LessThanLowerThreshold',
  'GreaterThanUpperThreshold',
];
const STATISTICS = ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'];
const TREAT_MISSING = ['breaching', 'notBreaching', 'ignore', 'missing'];
/** JSON error names and the awsQuery codes the SDK also expects (from the client's error schema). */
const QUERY_CODES: Record<string, string> = {
  ValidationException: 'ValidationError',
  InvalidParameterValueException: 'InvalidParameterValue',
  InvalidParameterCombinationException: 'InvalidParameterCombination',
  MissingRequiredParameterException: 'MissingParameter',
  LimitExceededFault: 'LimitExceeded',
  InvalidFormatFault: 'InvalidFormat',
  InternalServiceFault: 'InternalServiceError',
};

export function cloudwatchData(state: EmulatorState, account: string, region: string): CloudWatchData {
  return state.scope<CloudWatchData>('cloudwatch', account, region, () => ({ alarms: {}, history: [] }));
}

function invalidValue(message: string): AwsError {
  return new AwsError('InvalidParameterValueException', message);
}

/**
 * Moves an alarm to a state, recording the transition in its history as AWS does. The API's
 * SetAlarmState and other modules (a failing runtime, a test) both come through here.
 */
export function setAlarmState(
  state: EmulatorState,
  account: string,
  region: string,
  name: string,
  value: AlarmStateValue,
  reason: string,
  reasonData?: string,
  now = Date.now(),
): MetricAlarm {
  const data = cloudwatchData(state, account, region);
  const alarm = data.alarms[name];
  if (!alarm) throw new AwsError('ResourceNotFound', `Alarm ${name} not found`, 404);
  let parsedReasonData: unknown;
  if (reasonData !== undefined) {
    try {
      parsedReasonData = JSON.parse(reasonData);
    } catch {
      throw new AwsError('InvalidFormatFault', 'StateReasonData is not valid JSON.');
    }
  }
  const old = { stateValue: alarm.stateValue, stateReason: alarm.stateReason };
  alarm.stateReason = reason;
  if (reasonData === undefined) delete alarm.stateReasonData;
  else alarm.stateReasonData = reasonData;
  alarm.stateUpdatedAt = now;
  if (old.stateValue !== value) {
    alarm.stateValue = value;
    alarm.stateTransitionedAt = now;
    data.history.push({
      alarmName: name,
      timestamp: now,
      type: 'StateUpdate',
      summary: `Alarm updated from ${old.stateValue} to ${value}`,
      data: JSON.stringify({
        version: '1.0',
        oldState: old,
        newState: { stateValue: value, stateReason: reason, ...(reasonData !== undefined ? { stateReasonData: parsedReasonData } : {}) },
      }),
    });
  }
  return alarm;
}

function validateAlarm(reader: InputReader): void {
  const name = reader.string('AlarmName');
  if (name.length < 1 || name.length > 255) {
    throw new AwsError('ValidationException', constraintMessage('alarmName', name, 'Member must have length between 1 and 255'));
  }
  const evaluationPeriods = reader.number('EvaluationPeriods');
  const comparison = reader.string('ComparisonOperator');
  if (!COMPARISONS.includes(comparison)) {
    throw new AwsError('ValidationException', constraintMessage('comparisonOperator', comparison, `Member must satisfy enum value set: [${COMPARISONS.join(', ')}]`));
  }
  if (!Number.isInteger(evaluationPeriods) || evaluationPeriods < 1) {
    throw new AwsError('ValidationException', constraintMessage('evaluationPeriods', String(evaluationPeriods), 'Member must have value greater than or equal to 1'));
  }
  const datapoints = reader.optNumber('DatapointsToAlarm');
  if (datapoints !== undefined && (datapoints < 1 || datapoints > evaluationPeriods)) {
    throw invalidValue(`DatapointsToAlarm must be between 1 and EvaluationPeriods (${evaluationPeriods}).`);
  }
  const treatMissing = reader.optString('TreatMissingData');
  if (treatMissing !== undefined && !TREAT_MISSING.includes(treatMissing)) {
    throw invalidValue(`TreatMissingData must be one of ${TREAT_MISSING.join(', ')}.`);
  }
  const metrics = reader.optObjectList('Metrics');
  const metricName = reader.optString('MetricName');
  if (metrics?.length) {
    if (metricName !== undefined || reader.optString('Namespace') !== undefined || reader.optString('Statistic') !== undefined) {
      throw new AwsError('InvalidParameterCombinationException', 'Metrics list may not be used together with MetricName, Namespace, Statistic or ExtendedStatistic.');
    }
  } else {
    if (metricName === undefined || reader.optString('Namespace') === undefined) {
      throw new AwsError('MissingRequiredParameterException', 'An alarm needs either Metrics, or MetricName and Namespace.');
    }
    const statistic = reader.optString('Statistic');
    const extended = reader.optString('ExtendedStatistic');
    if ((statistic === undefined) === (extended === undefined)) {
      throw new AwsError('InvalidParameterCombinationException', 'Exactly one element of the statistics and extendedStatistic parameters must be specified.');
    }
    if (statistic !== undefined && !STATISTICS.includes(statistic)) {
      throw new AwsError('ValidationException', constraintMessage('statistic', statistic, `Member must satisfy enum value set: [${STATISTICS.join(', ')}]`));
    }
    const period = reader.optNumber('Period');
    if (period === undefined) throw new AwsError('MissingRequiredParameterException', 'Period is required when the alarm names a metric.');
    if (![10, 20, 30].includes(period) && (period < 60 || period % 60 !== 0)) {
      throw invalidValue('Period must be 10, 20, 30 or a multiple of 60.');
    }
  }
  if (reader.optNumber('Threshold') === undefined && reader.optString('ThresholdMetricId') === undefined) {
    throw new AwsError('ValidationException', 'Comparison operators without a ThresholdMetricId need a Threshold.');
  }
}

function alarmOutput(alarm: MetricAlarm) {
  const { Tags: _tags, ...config } = alarm.config;
  return {
    ActionsEnabled: true,
    OKActions: [],
    AlarmActions: [],
    InsufficientDataActions: [],
    Dimensions: [],
    ...config,
    AlarmName: alarm.name,
    AlarmArn: alarm.arn,
    AlarmConfigurationUpdatedTimestamp: epochSeconds(alarm.configurationUpdatedAt),
    StateValue: alarm.stateValue,
    StateReason: alarm.stateReason,
    ...(alarm.stateReasonData !== undefined ? { StateReasonData: alarm.stateReasonData } : {}),
    StateUpdatedTimestamp: epochSeconds(alarm.stateUpdatedAt),
    StateTransitionedTimestamp: epochSeconds(alarm.stateTransitionedAt),
  };
}

function data(req: EmuRequest, state: EmulatorState): CloudWatchData {
  return cloudwatchData(state, req.account, req.region);
}

function maxRecords(reader: InputReader, fallback: number): number {
  const value = reader.optNumber('MaxRecords');
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > 100) {
    throw new AwsError('ValidationException', constraintMessage('maxRecords', String(value), 'Member must have value between 1 and 100'));
  }
  return value;
}

function invalidToken(): AwsError {
  return new AwsError('InvalidNextToken', 'The next token specified is invalid.');
}

const handlers: Record<string, JsonHandler> = {
  PutMetricAlarm: (input, req, ctx) => {
    const reader = new InputReader(input, 'ValidationException');
    validateAlarm(reader);
    const name = reader.string('AlarmName');
    const now = ctx.now();
    const store = data(req, ctx.state);
    const existing = store.alarms[name];
    if (existing) {
      // An update replaces the configuration and leaves the state alone; tags are set only on create.
      existing.config = input;
      existing.configurationUpdatedAt = now;
    } else {
      store.alarms[name] = {
        name,
        arn: `arn:aws:cloudwatch:${req.region}:${req.account}:alarm:${name}`,
        config: input,
        tags: readTagList(reader, 'Tags') ?? [],
        stateValue: 'INSUFFICIENT_DATA',
        stateReason: 'Unchecked: Initial alarm creation',
        stateUpdatedAt: now,
        stateTransitionedAt: now,
        configurationUpdatedAt: now,
      };
    }
    store.history.push({
      alarmName: name,
      timestamp: now,
      type: 'ConfigurationUpdate',
      summary: `Alarm "${name}" ${existing ? 'updated' : 'created'}`,
      data: JSON.stringify({ version: '1.0', type: existing ? 'Update' : 'Create', alarmName: name }),
    });
    return {};
  },

  DescribeAlarms: (input, req, ctx) => {
    const reader = new InputReader(input, 'ValidationException');
    const names = reader.optStringList('AlarmNames');
    const prefix = reader.optString('AlarmNamePrefix');
    if (names?.length && prefix !== undefined) {
      throw new AwsError('InvalidParameterCombinationException', 'AlarmNames and AlarmNamePrefix cannot be used together.');
    }
    if (names && names.length > 100) {
      throw new AwsError('ValidationException', constraintMessage('alarmNames', `[${names.join(', ')}]`, 'Member must have length less than or equal to 100'));
    }
    const stateValue = reader.optString('StateValue');
    if (stateValue !== undefined && !STATES.includes(stateValue as AlarmStateValue)) {
      throw new AwsError('ValidationException', constraintMessage('stateValue', stateValue, 'Member must satisfy enum value set: [INSUFFICIENT_DATA, ALARM, OK]'));
    }
    const actionPrefix = reader.optString('ActionPrefix');
    const types = reader.optStringList('AlarmTypes') ?? ['MetricAlarm'];
    const size = maxRecords(reader, 50);
    const offset = decodePageToken(reader.optString('NextToken'), invalidToken);
    const matching = types.includes('MetricAlarm')
      ? Object.values(data(req, ctx.state).alarms)
          .filter((alarm) => (names?.length ? names.includes(alarm.name) : true))
          .filter((alarm) => (prefix !== undefined ? alarm.name.startsWith(prefix) : true))
          .filter((alarm) => (stateValue !== undefined ? alarm.stateValue === stateValue : true))
          .filter((alarm) => {
            if (actionPrefix === undefined) return true;
            const actions = ['OKActions', 'AlarmActions', 'InsufficientDataActions'].flatMap((key) => (alarm.config[key] as string[] | undefined) ?? []);
            return actions.some((action) => action.startsWith(actionPrefix));
          })
          .sort((a, b) => (a.name < b.name ? -1 : 1))
      : [];
    const result = page(matching, offset, size);
    return {
      MetricAlarms: result.items.map(alarmOutput),
      CompositeAlarms: [],
      ...(result.nextToken ? { NextToken: result.nextToken } : {}),
    };
  },

  SetAlarmState: (input, req, ctx) => {
    const reader = new InputReader(input, 'ValidationException');
    const name = reader.string('AlarmName');
    const value = reader.string('StateValue');
    const reason = reader.string('StateReason');
    if (!STATES.includes(value as AlarmStateValue)) {
      throw new AwsError('ValidationException', constraintMessage('stateValue', value, 'Member must satisfy enum value set: [INSUFFICIENT_DATA, ALARM, OK]'));
    }
    if (reason.length > 1023) throw new AwsError('ValidationException', constraintMessage('stateReason', reason, 'Member must have length less than or equal to 1023'));
    setAlarmState(ctx.state, req.account, req.region, name, value as AlarmStateValue, reason, reader.optString('StateReasonData'), ctx.now());
    return {};
  },

  DeleteAlarms: (input, req, ctx) => {
    const names = new InputReader(input, 'ValidationException').stringList('AlarmNames');
    const store = data(req, ctx.state);
    // All or nothing: one unknown name and no alarm is deleted.
    const missing = names.find((name) => !store.alarms[name]);
    if (missing !== undefined) throw new AwsError('ResourceNotFound', `Alarm ${missing} not found`, 404);
    for (const name of names) delete store.alarms[name];
    return {};
  },

  DescribeAlarmHistory: (input, req, ctx) => {
    const reader = new InputReader(input, 'ValidationException');
    const name = reader.optString('AlarmName');
    const type = reader.optString('HistoryItemType');
    const start = reader.optNumber('StartDate');
    const end = reader.optNumber('EndDate');
    const ascending = reader.optString('ScanBy') === 'TimestampAscending';
    const size = maxRecords(reader, 100);
    const offset = decodePageToken(reader.optString('NextToken'), invalidToken);
    const items = data(req, ctx.state)
      .history.filter((item) => (name !== undefined ? item.alarmName === name : true))
      .filter((item) => (type !== undefined ? item.type === type : true))
      .filter((item) => (start !== undefined ? item.timestamp >= start * 1000 : true))
      .filter((item) => (end !== undefined ? item.timestamp <= end * 1000 : true));
    const ordered = ascending ? items : [...items].reverse();
    const result = page(ordered, offset, size);
    return {
      AlarmHistoryItems: result.items.map((item) => ({
        AlarmName: item.alarmName,
        AlarmType: 'MetricAlarm',
        Timestamp: epochSeconds(item.timestamp),
        HistoryItemType: item.type,
        HistorySummary: item.summary,
        HistoryData: item.data,
      })),
      ...(result.nextToken ? { NextToken: result.nextToken } : {}),
    };
  },
};

export const cloudwatchService = jsonRpcService(
  { name: 'cloudwatch', signingNames: ['monitoring'], throttlingCode: 'Throttling' },
  { targetPrefix: 'GraniteServiceVersion20100801', version: '1.0', queryErrorCode: (code) => QUERY_CODES[code] ?? code },
  handlers,
);
