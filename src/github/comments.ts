import { describeError } from '../core/errors.js';
import { httpStatus, type GitHubClient } from './octokit.js';

/**
 * One "sticky" pull-request comment per subject: found again by a hidden marker on its
 * first line and edited in place, so a pull request never collects a pile of reports.
 */
export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

/** GitHub refuses comment bodies longer than this many characters. */
export const MAX_COMMENT_LENGTH = 65536;

export type CommentOutcome =
  | { action: 'created' | 'updated' | 'unchanged'; id: number; url: string }
  /** Nothing to say and nothing said before: no comment was made. */
  | { action: 'not-needed' }
  /** The token may not comment here (fork pull request, read-only token): the caller warns. */
  | { action: 'refused'; status: number; message: string };

export interface StickyComment {
  /** An HTML comment, e.g. `<!-- agentcore-drift: agentcore.json -->`; it becomes the body's first line. */
  marker: string;
  body: string;
  /** False: only edit an existing comment, never start one (the "quiet when nothing drifted" case). */
  createIfMissing: boolean;
}

/**
 * The body as posted: the marker first, then the text, cut to GitHub's limit with a note
 * saying so (the note points at the job summary, which always has everything).
 */
export function commentBody(marker: string, body: string, max = MAX_COMMENT_LENGTH, note = 'The job summary and the JSON report have the rest.'): string {
  const full = `${marker}\n${body}`;
  if (full.length <= max) return full;
  const tail = `\n\n---\n> ⚠️ Truncated: this comment is limited to ${max} characters. ${note}`;
  // Never end inside a code fence or an open <details>: close what the cut left open.
  let length = max - tail.length;
  for (;;) {
    // Cut at a line end, so no tag or table row is left half written.
    const lineEnd = full.lastIndexOf('\n', length);
    const head = full.slice(0, lineEnd > marker.length ? lineEnd : length);
    const fence = (head.match(/^```/gm)?.length ?? 0) % 2 === 1 ? '\n```' : '';
    const closers = fence + '\n</details>'.repeat(Math.max(0, count(head, '<details') - count(head, '</details>')));
    if (head.length + closers.length + tail.length <= max) return head + closers + tail;
    length = head.length - closers.length;
  }
}

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/** Finds the comment carrying the marker (the oldest, if several do) and creates, edits or leaves it. */
export async function upsertStickyComment(client: GitHubClient, pr: PullRequestRef, comment: StickyComment): Promise<CommentOutcome> {
  const body = commentBody(comment.marker, comment.body);
  try {
    const existing = await findMarked(client, pr, comment.marker);
    if (existing) {
      if (existing.body === body) return { action: 'unchanged', id: existing.id, url: existing.html_url };
      const { data } = await client.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: existing.id, body });
      return { action: 'updated', id: data.id, url: data.html_url };
    }
    if (!comment.createIfMissing) return { action: 'not-needed' };
    const { data } = await client.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body });
    return { action: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 404) return { action: 'refused', status, message: describeError(error) };
    throw error;
  }
}

async function findMarked(client: GitHubClient, pr: PullRequestRef, marker: string) {
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 })) {
    const found = page.data.find((c) => (c.body ?? '').startsWith(marker));
    if (found) return { id: found.id, body: found.body ?? '', html_url: found.html_url };
  }
  return undefined;
}

/** Open pull requests whose head is this commit: where a non-pull-request run (push, schedule) may comment. */
export async function pullRequestsForCommit(client: GitHubClient, owner: string, repo: string, sha: string): Promise<number[]> {
  const pulls = await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, { owner, repo, commit_sha: sha, per_page: 100 });
  return pulls.filter((pull) => pull.state === 'open').map((pull) => pull.number);
}
