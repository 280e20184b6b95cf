import * as github from '@actions/github';

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

export function runInfo(): RunInfo {
  const ctx = github.context;
  // context.repo throws when GITHUB_REPOSITORY is unset (a local rehearsal): read the variable instead.
  const repository = process.env.GITHUB_REPOSITORY ?? '';
  const commit = ctx.sha ?? '';
  const serverUrl = ctx.serverUrl || 'https://github.com';
  return {
    repository,
    commit,
    shortCommit: commit.slice(0, 7),
    actor: ctx.actor ?? '',
    runUrl: repository && ctx.runId ? `${serverUrl}/${repository}/actions/runs/${ctx.runId}` : '',
    eventName: ctx.eventName ?? '',
    ...(ctx.payload.pull_request?.number ? { pullRequest: ctx.payload.pull_request.number } : {}),
    ref: ctx.ref ?? '',
  };
}
