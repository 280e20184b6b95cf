/**
 * drift-check: for each environment these credentials reach (others are skipped with a reason),
 * compares SSM and AgentCore with the resolved repo config (drift/check.ts, per environment);
 * an environment that cannot be read is an error in the report, and the others are still checked.
 * A cancel (signal) checks no further environment.
 */
import type { ClientFactory } from '../aws/clients.js';
import { throwIfCancelled } from '../cancel.js';
import type { Clock } from '../clock.js';
import type { LoadedConfig } from '../config/index.js';
import { checkEnvironment } from '../drift/check.js';
import { buildReport, type DriftReport, type EnvironmentReport } from '../drift/report.js';
import { UserError, describeError } from '../errors.js';
import type { Logger } from '../logger.js';
import { startEnvironmentChecks, type EnvironmentAccess } from '../sync/environments.js';

export interface DriftCheckRequest {
  config: LoadedConfig;
  /** The environments to check; empty: all of them. */
  environments: string[];
  /** Builds each environment's clients, in its region. */
  clientsFor: ClientFactory;
  /** The account checks, when the caller has started them already (startEnvironmentChecks). */
  access?: Promise<EnvironmentAccess[]>;
  /** For the report's header; empty strings when unknown. */
  run: { commit: string; runUrl: string };
  clock: Clock;
  logger: Logger;
  concurrency?: number;
  /** Aborted when the step is cancelled. */
  signal?: AbortSignal | undefined;
}

export async function driftCheck(request: DriftCheckRequest): Promise<DriftReport> {
  const { config, clientsFor, logger } = request;
  const access = await (request.access ?? startEnvironmentChecks(config, request.environments, clientsFor, logger));
  const environments: EnvironmentReport[] = [];
  for (const entry of access) {
    throwIfCancelled(request.signal);
    const { environment } = entry;
    if ('skipped' in entry) {
      environments.push({ name: environment.name, region: environment.region, status: 'skipped', reason: entry.skipped, runtimes: [], notes: [], findings: [] });
      continue;
    }
    const account = entry.identity.account;
    const report = await logger.group(`Checking ${environment.name} (${environment.region}, account ${account})`, async () => {
      try {
        const clients = await clientsFor({ region: environment.region }, ['agentcore', 'ssm', 'cloudformation']);
        return await checkEnvironment({ environment, account, logger, clients, ...(request.concurrency ? { concurrency: request.concurrency } : {}) });
      } catch (error) {
        logger.error(`Environment "${environment.name}" could not be checked: ${describeError(error)}`);
        return { name: environment.name, region: environment.region, account, status: 'error' as const, reason: describeError(error), runtimes: [], notes: [], findings: [] };
      }
    });
    for (const finding of report.findings) {
      logger.info(`${[finding.environment, finding.runtime, finding.kind, finding.path].filter(Boolean).join(' ')}: ${finding.action}`);
    }
    environments.push(report);
  }
  return buildReport(config.file, environments, { generatedAt: new Date(request.clock.now()).toISOString(), commit: request.run.commit, runUrl: request.run.runUrl });
}

/** How the step ends: environments that could not be checked fail it, and so does drift with fail-on-drift. */
export function concludeDriftCheck(report: DriftReport, options: { failOnDrift: boolean; reportFile: string }, logger: Logger): void {
  const failed = report.environments.filter((env) => env.status === 'error');
  if (failed.length) {
    throw new UserError(`Drift check failed for ${failed.map((env) => `"${env.name}" (${env.reason})`).join(', ')}. The report lists what was checked.`);
  }
  if (report.drifted && options.failOnDrift) {
    throw new UserError(`Drift found: ${report.drift_count} finding(s) in ${report.config_file} (fail-on-drift is true). See the job summary or ${options.reportFile}.`);
  }
  if (report.drifted) return;
  const checked = report.environments.filter((env) => env.status === 'checked').map((env) => env.name);
  const skipped = report.environments.filter((env) => env.status === 'skipped').map((env) => `"${env.name}" (${env.reason})`);
  const notChecked = skipped.length ? ` Not checked (skipped): ${skipped.join(', ')}.` : '';
  if (checked.length) logger.notice(`No drift in ${checked.join(', ')}: the repo, SSM and AgentCore agree (${report.config_file}).${notChecked}`);
  else logger.warning(`No environment was checked for drift (${report.config_file}).${notChecked}`);
}
