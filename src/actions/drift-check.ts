import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createClient } from '../core/aws/clients.js';
import { loadConfigFile } from '../core/config/index.js';
import { driftCommentMarker, renderComment, renderSummary } from '../core/drift/render.js';
import { buildReport, type DriftReport, type EnvironmentReport } from '../core/drift/report.js';
import { UserError, describeError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { runInfo, type RunInfo } from '../github/context.js';
import { readInputs } from '../github/inputs.js';
import { runAction } from '../github/run.js';
import { driftCheckSpec } from '../github/specs/drift-check.js';

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

export async function run(): Promise<void> {
  await runAction(driftCheckSpec, async ({ logger, summary, setOutput }) => {
    const inputs = readInputs(driftCheckSpec.inputs);
    const config = await loadConfigFile(inputs['config-file']);
    const info = runInfo();
    // Loaded only now, so a bad input or config fails before the AWS SDK is even read from disk.
    const [{ STSClient }, { checkEnvironments, selectEnvironments }, { checkEnvironment }] = await Promise.all([
      import('@aws-sdk/client-sts'),
      import('../core/sync/environments.js'),
      import('../core/drift/check.js'),
    ]);
    const access = await checkEnvironments(selectEnvironments(config, inputs.environments), (region) => createClient(STSClient, { region }), logger);

    const environments: EnvironmentReport[] = [];
    for (const entry of access) {
      const { environment } = entry;
      if ('skipped' in entry) {
        environments.push({ name: environment.name, region: environment.region, status: 'skipped', reason: entry.skipped, runtimes: [], notes: [], findings: [] });
        continue;
      }
      const report = await logger.group(`Checking ${environment.name} (${environment.region}, account ${entry.identity.account})`, async () => {
        try {
          return await checkEnvironment({ environment, account: entry.identity.account, logger });
        } catch (error) {
          logger.error(`Environment "${environment.name}" could not be checked: ${describeError(error)}`);
          return { name: environment.name, region: environment.region, account: entry.identity.account, status: 'error' as const, reason: describeError(error), runtimes: [], notes: [], findings: [] };
        }
      });
      for (const finding of report.findings) {
        logger.info(`${[finding.environment, finding.runtime, finding.kind, finding.path].filter(Boolean).join(' ')}: ${finding.action}`);
      }
      environments.push(report);
    }

    const report = buildReport(config.file, environments, { generatedAt: new Date().toISOString(), commit: info.commit, runUrl: info.runUrl });
    const reportPath = resolve(inputs['report-file']);
    await mkdir(dirname(reportPath), { recursive: true });
    await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    setOutput('drifted', report.drifted);
    setOutput('drift-count', report.drift_count);
    setOutput('report-file', reportPath);
    summary.add(renderSummary(report));

    await comment(inputs.comment, inputs['github-token'], report, info, logger);

    const failed = environments.filter((env) => env.status === 'error');
    if (failed.length) {
      throw new UserError(`Drift check failed for ${failed.map((env) => `"${env.name}" (${env.reason})`).join(', ')}. The report lists what was checked.`);
    }
    if (report.drifted && inputs['fail-on-drift']) {
      throw new UserError(`Drift found: ${report.drift_count} finding(s) in ${config.file} (fail-on-drift is true). See the job summary or ${inputs['report-file']}.`);
    }
    if (!report.drifted) logger.notice(`No drift: the repo, SSM and AgentCore agree (${config.file}).`);
  });
}

/** Keeps the config file's sticky pull-request comment up to date; never fails the step. */
async function comment(mode: string, token: string | undefined, report: DriftReport, run: RunInfo, logger: Logger): Promise<void> {
  if (mode === 'never') return;
  const onPullRequest = PULL_REQUEST_EVENTS.includes(run.eventName) && run.pullRequest !== undefined;
  if (mode === 'auto' && !onPullRequest) {
    logger.debug(`No pull-request comment: event "${run.eventName}" is not a pull request (comment: auto).`);
    return;
  }
  const [owner, repo] = run.repository.split('/');
  if (!token || !owner || !repo) {
    logger.warning(`No pull-request comment: ${token ? 'the repository is unknown' : 'the input "github-token" is empty'}. The job summary has the report.`);
    return;
  }
  // Octokit loads only when there is a comment to write.
  const [{ createGitHubClient }, { pullRequestsForCommit, upsertStickyComment }] = await Promise.all([
    import('../github/octokit.js'),
    import('../github/comments.js'),
  ]);
  const client = createGitHubClient({ token, logger });
  try {
    const numbers = run.pullRequest !== undefined ? [run.pullRequest] : await pullRequestsForCommit(client, owner, repo, run.commit);
    if (numbers.length === 0) logger.info(`No open pull request has commit ${run.shortCommit}: no comment written.`);
    for (const number of numbers) {
      const outcome = await upsertStickyComment(client, { owner, repo, number }, {
        marker: driftCommentMarker(report.config_file),
        body: renderComment(report),
        createIfMissing: report.drifted,
      });
      if (outcome.action === 'refused') {
        logger.warning(
          `Could not write the drift comment on pull request #${number} (${outcome.message}). A fork's pull request or a read-only token cannot comment; ` +
            'give the workflow `permissions: pull-requests: write`. The job summary has the report.',
        );
      } else if (outcome.action === 'not-needed') {
        logger.info(`No drift and no earlier comment on #${number}: nothing to write.`);
      } else {
        logger.info(`Drift comment ${outcome.action} on #${number}: ${outcome.url}`);
      }
    }
  } catch (error) {
    logger.warning(`Could not write the drift comment: ${describeError(error)}. The job summary has the report.`);
  }
}
