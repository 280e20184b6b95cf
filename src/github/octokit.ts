import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../core/logger.js';

/** The Octokit every action uses for the GitHub API (pull-request comments, deployments). */
export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  token: string;
  logger: Logger;
  /** Default: GITHUB_API_URL, which @actions/github reads (GitHub Enterprise, the test fixture). */
  baseUrl?: string;
  /** How often a rate-limited request is retried before it fails (default 2). */
  rateLimitRetries?: number;
}

/**
 * One factory, so every call gets the same retries (5xx and network errors, by
 * @octokit/plugin-retry; 4xx other than rate limits are not retried) and the same
 * handling of primary and secondary rate limits (@octokit/plugin-throttling), each
 * retry logged as a warning naming the request.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const limit = options.rateLimitRetries ?? 2;
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const again = retryCount < limit;
    options.logger.warning(
      `GitHub ${kind} rate limit hit by ${request.method} ${request.url}` + (again ? `: retrying in ${retryAfter} s.` : ': giving up.'),
    );
    return again;
  };
  return getOctokit(
    options.token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    },
    retry,
    throttling,
  );
}

/** The HTTP status of an Octokit RequestError, or undefined for anything else. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
