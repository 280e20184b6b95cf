/**
 * drift-check's pull-request comment: one sticky comment per config file, created when drift
 * is found and kept up to date after (also when the drift is gone), never failing the step.
 */
import type { DriftReport } from '../core/drift/report.js';
import { describeError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { RunInfo } from './context.js';
import { driftCommentMarker, renderComment } from './summaries/drift-check.js';

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

/** Keeps the config file's sticky pull-request comment up to date; never fails the step. */
export async function commentDrift(mode: string, token: string | undefined, report: DriftReport, run: RunInfo, logger: Logger): Promise<void> {
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
  const [{ createGitHubClient }, { pullRequestsForCommit, upsertStickyComment }] = await Promise.all([import('./octokit.js'), import('./comments.js')]);
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
