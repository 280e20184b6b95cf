/**
 * Whether the run holding a lease has ended, asked of GitHub (GET /repos/{owner}/{repo}/actions/runs/{run_id}):
 * rollback, which on-call runs when a cancelled promotion left its lease, takes over the lease of
 * a run whose status is `completed` instead of waiting for it to expire.
 */
import { describeError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { GitHubClient } from './octokit.js';

const RUN_URL = /^https?:\/\/[^/]+\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)(?:\/|$)/;

/** The request field rollback takes: present only with a github-token. */
export function holderEndedCheck(token: string | undefined, logger: Logger): { holderEnded?: (holder: string) => Promise<boolean> } {
  if (!token) return {};
  // Octokit loads at the first question, not at rollback's start: it is asked only of a held lease.
  let client: Promise<GitHubClient> | undefined;
  return {
    holderEnded: async (holder) => {
      const match = RUN_URL.exec(holder);
      if (!match) return false;
      const [, owner, repo, runId] = match as unknown as [string, string, string, string];
      try {
        client ??= import('./octokit.js').then(({ createGitHubClient }) => createGitHubClient({ token, logger }));
        const { data } = await (await client).rest.actions.getWorkflowRun({ owner, repo, run_id: Number(runId) });
        logger.debug(`The lease holder ${holder} is ${data.status}.`);
        return data.status === 'completed';
      } catch (error) {
        logger.debug(`Could not ask GitHub whether ${holder} has ended: ${describeError(error)}`);
        return false;
      }
    },
  };
}
