import { existsSync, readFileSync } from 'node:fs';

/** Who and what started this run, as plain values core code records (ledger, descriptions). */
export interface RunInfo {
  repository: string;
  commit: string;
  shortCommit: string;
  actor: string;
  runUrl: string;
  eventName: string;
  pullRequest?: number;
  ref: string;
}

/**
 * Read from the runner's variables directly rather than through @actions/github's context, so
 * an action that needs no GitHub API never loads Octokit (cold start), and a local rehearsal
 * without GITHUB_REPOSITORY works.
 */
export function runInfo(env: NodeJS.ProcessEnv = process.env): RunInfo {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const commit = env.GITHUB_SHA ?? '';
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
  const pullRequest = pullRequestNumber(env.GITHUB_EVENT_PATH);
  return {
    repository,
    commit,
    shortCommit: commit.slice(0, 7),
    actor: env.GITHUB_ACTOR ?? '',
    runUrl: repository && env.GITHUB_RUN_ID ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ...(pullRequest ? { pullRequest } : {}),
    ref: env.GITHUB_REF ?? '',
  };
}

function pullRequestNumber(eventPath: string | undefined): number | undefined {
  if (!eventPath || !existsSync(eventPath)) return undefined;
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as { pull_request?: { number?: unknown } };
    return typeof event.pull_request?.number === 'number' ? event.pull_request.number : undefined;
  } catch {
    return undefined;
  }
}
