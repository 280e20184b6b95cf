/**
 * The bake: after live moves, watch CloudWatch alarms and the endpoint for `bake_minutes`.
 *
 *   const alarms = await checkAlarms(cloudwatch, names, where);   // before any move
 *   const result = await bake({ cloudwatch, alarms: names, durationMs, readEndpoint, … });
 *   if (result.outcome !== 'passed') → roll back
 *
 * An alarm in ALARM, the endpoint leaving READY or serving another version, or a watch that
 * keeps failing ends the bake early. Alarms are read with DescribeAlarms (metric and composite),
 * at most 100 names per call.
 */
import { DescribeAlarmsCommand, type CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { Clock } from '../clock.js';
import { UserError, describeError, explain } from '../errors.js';
import type { Logger } from '../logger.js';
import { formatElapsed, isTransientAwsError } from '../wait.js';
import type { Endpoint } from './endpoints.js';

export interface AlarmView {
  name: string;
  state: string;
  reason: string;
  /** When the alarm last changed state. */
  since?: Date;
}

export type BakeResult =
  | { outcome: 'passed'; durationMs: number; alarms: string[] }
  | { outcome: 'alarm'; elapsedMs: number; alarms: string[]; alarm: AlarmView }
  | { outcome: 'endpoint'; elapsedMs: number; alarms: string[]; problem: string }
  | { outcome: 'error'; elapsedMs: number; alarms: string[]; problem: string };

export interface BakeOptions {
  cloudwatch: CloudWatchClient;
  alarms: string[];
  durationMs: number;
  endpoint: string;
  version: string;
  readEndpoint: () => Promise<Endpoint | undefined>;
  /** Another condition watched with the endpoint (a canary's live endpoint): a problem ends the bake. */
  check?: () => Promise<string | undefined>;
  clock: Clock;
  logger: Logger;
}

const NAMES_PER_CALL = 100;
const MIN_POLL_MS = 1000;
const MAX_POLL_MS = 10_000;
/** How often an unchanged bake is reported. */
const LOG_BEAT_MS = 10_000;
/** Failed reads in a row (non-transient) that end the bake: it cannot vouch for what it cannot see. */
const MAX_READ_FAILURES = 3;

/** Every named alarm's state; names CloudWatch does not know are left out. */
export async function readAlarms(cloudwatch: CloudWatchClient, names: string[]): Promise<AlarmView[]> {
  const found: AlarmView[] = [];
  for (let i = 0; i < names.length; i += NAMES_PER_CALL) {
    let nextToken: string | undefined;
    do {
      const page = await cloudwatch.send(
        new DescribeAlarmsCommand({ AlarmNames: names.slice(i, i + NAMES_PER_CALL), AlarmTypes: ['MetricAlarm', 'CompositeAlarm'], NextToken: nextToken }),
      );
      for (const alarm of [...(page.MetricAlarms ?? []), ...(page.CompositeAlarms ?? [])]) {
        found.push({
          name: alarm.AlarmName ?? '?',
          state: alarm.StateValue ?? 'UNKNOWN',
          reason: alarm.StateReason ?? '',
          ...(alarm.StateUpdatedTimestamp ? { since: alarm.StateUpdatedTimestamp } : {}),
        });
      }
      nextToken = page.NextToken;
    } while (nextToken);
  }
  return found;
}

/** "support-bot-errors (ALARM since 2026-01-01T12:00:03.000Z: Threshold crossed…)" */
export function describeAlarm(alarm: AlarmView): string {
  return `${alarm.name} (${alarm.state}${alarm.since ? ` since ${alarm.since.toISOString()}` : ''}${alarm.reason ? `: ${alarm.reason}` : ''})`;
}

/**
 * Before any move: every alarm must exist, and (with refuseFiring) none may already be in
 * ALARM, since the bake would roll back at once. Names what is wrong.
 */
export async function checkAlarms(cloudwatch: CloudWatchClient, names: string[], where: string, refuseFiring = true): Promise<AlarmView[]> {
  let alarms: AlarmView[];
  try {
    alarms = await readAlarms(cloudwatch, names);
  } catch (error) {
    throw explain(`Reading the bake alarms of ${where} (CloudWatch DescribeAlarms)`, error, 'The deploy role needs cloudwatch:DescribeAlarms.');
  }
  const missing = names.filter((name) => !alarms.some((a) => a.name === name));
  if (missing.length) {
    throw new UserError(
      `The bake alarm(s) ${missing.map((n) => `"${n}"`).join(', ')} of ${where} do not exist in CloudWatch in this account and region. ` +
        'Nothing was moved. Create them, or fix the names in promotion.alarms or the input "alarms".',
    );
  }
  const firing = alarms.filter((a) => a.state === 'ALARM');
  if (refuseFiring && firing.length) {
    throw new UserError(
      `Bake alarm(s) already in ALARM before the promotion of ${where}: ${firing.map(describeAlarm).join('; ')}. ` +
        'Nothing was moved: the bake would roll back at once. Promote when the alarms are OK, or without them (bake-minutes: 0).',
    );
  }
  return alarms;
}

export async function bake(options: BakeOptions): Promise<BakeResult> {
  const { clock, logger, alarms, durationMs, endpoint, version } = options;
  const start = clock.now();
  const pollMs = Math.min(MAX_POLL_MS, Math.max(MIN_POLL_MS, Math.round(durationMs / 20)));
  const total = formatElapsed(durationMs);
  let lastLog = -Infinity;
  let failures = 0;
  logger.info(`Baking version ${version} on endpoint "${endpoint}" for ${total}, watching ${alarms.length ? `alarm(s) ${alarms.join(', ')}` : 'no alarms'} and the endpoint.`);
  for (;;) {
    const elapsedMs = clock.now() - start;
    let states: AlarmView[] = [];
    let live: Endpoint | undefined;
    let other: string | undefined;
    try {
      [states, live, other] = await Promise.all([alarms.length ? readAlarms(options.cloudwatch, alarms) : Promise.resolve([]), options.readEndpoint(), options.check?.()]);
      failures = 0;
    } catch (error) {
      failures++;
      if ((!isTransientAwsError(error) && failures >= MAX_READ_FAILURES) || elapsedMs >= durationMs) {
        return { outcome: 'error', elapsedMs, alarms, problem: `the bake could not read the alarms or the endpoint (${failures} failed reads in a row): ${describeError(error)}` };
      }
      logger.warning(`Bake: reading the alarms or the endpoint failed (${describeError(error)}); trying again.`);
      await clock.sleep(pollMs);
      continue;
    }
    const firing = states.find((a) => a.state === 'ALARM');
    if (firing) return { outcome: 'alarm', elapsedMs, alarms, alarm: firing };
    if (!live || live.status !== 'READY' || live.liveVersion !== version) {
      const now = live ? `${live.status}, serving ${live.liveVersion ?? 'no version'}` : 'deleted';
      return { outcome: 'endpoint', elapsedMs, alarms, problem: `endpoint "${endpoint}" left READY on version ${version}: it is ${now}` };
    }
    if (other) return { outcome: 'endpoint', elapsedMs, alarms, problem: other };
    const done = elapsedMs >= durationMs;
    if (done || clock.now() - lastLog >= LOG_BEAT_MS) {
      const watched = states.length ? `alarms ${states.map((a) => `${a.name} ${a.state}`).join(', ')}` : 'no alarms';
      logger.info(`Bake of version ${version} on "${endpoint}": ${formatElapsed(elapsedMs)} of ${total}; ${watched}; endpoint READY on ${version}.`);
      lastLog = clock.now();
    }
    if (done) return { outcome: 'passed', durationMs, alarms };
    await clock.sleep(Math.min(pollMs, durationMs - elapsedMs));
  }
}

/** Why a bake failed, in one clause for the failure message. */
export function bakeProblem(result: Exclude<BakeResult, { outcome: 'passed' }>): string {
  switch (result.outcome) {
    case 'alarm':
      return `alarm "${result.alarm.name}" went to ALARM${result.alarm.since ? ` at ${result.alarm.since.toISOString()}` : ''} (${formatElapsed(result.elapsedMs)} into the bake)${result.alarm.reason ? `: ${result.alarm.reason}` : ''}`;
    case 'endpoint':
    case 'error':
      return `${result.problem} (${formatElapsed(result.elapsedMs)} into the bake)`;
  }
}
