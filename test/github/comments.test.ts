import { RecordingLogger } from '../../src/testing/recording-logger.js';
import { commentBody, MAX_COMMENT_LENGTH, pullRequestsForCommit, upsertStickyComment } from '../../src/github/comments.js';
import { createGitHubClient } from '../../src/github/octokit.js';
import { FIXTURE_SHA, startGitHubFixture, type GitHubFixture } from '../helpers/github-fixture.js';

const MARKER = '<!-- agentcore-drift: agentcore.json -->';
const pr = { owner: 'octo-org', repo: 'agents', number: 7 };
let github: GitHubFixture;
const client = () => createGitHubClient({ token: 'ghs_test', logger: new RecordingLogger(), baseUrl: github.url });
const writes = () => github.requests.filter((r) => r.method !== 'GET');

beforeAll(async () => {
  github = await startGitHubFixture();
});
afterAll(() => github.stop());
beforeEach(() => github.reset());

test('creates the comment once, then edits the same comment in place', async () => {
  const first = await upsertStickyComment(client(), pr, { marker: MARKER, body: 'drift: 2', createIfMissing: true });
  expect(first.action).toBe('created');
  const second = await upsertStickyComment(client(), pr, { marker: MARKER, body: 'drift: 1', createIfMissing: true });
  expect(second).toMatchObject({ action: 'updated', id: (first as { id: number }).id });
  expect(github.comments(7)).toHaveLength(1);
  expect(github.comments(7)[0]!.body).toBe(`${MARKER}\ndrift: 1`);
  expect(github.requests.every((r) => r.authorization === 'token ghs_test')).toBe(true);
});

test('an identical body makes no write', async () => {
  await upsertStickyComment(client(), pr, { marker: MARKER, body: 'same', createIfMissing: true });
  github.requests.length = 0;
  const again = await upsertStickyComment(client(), pr, { marker: MARKER, body: 'same', createIfMissing: true });
  expect(again.action).toBe('unchanged');
  expect(writes()).toEqual([]);
});

test('nothing to say and no earlier comment: no comment is created', async () => {
  const outcome = await upsertStickyComment(client(), pr, { marker: MARKER, body: 'no drift', createIfMissing: false });
  expect(outcome).toEqual({ action: 'not-needed' });
  expect(writes()).toEqual([]);
  expect(github.comments(7)).toEqual([]);
});

test('an earlier comment is edited even when there is nothing new to say', async () => {
  const seeded = github.addComment(7, `${MARKER}\ndrift: 3`);
  const outcome = await upsertStickyComment(client(), pr, { marker: MARKER, body: 'no drift', createIfMissing: false });
  expect(outcome).toMatchObject({ action: 'updated', id: seeded.id });
});

test('finds the marked comment on a later page, ignoring comments of other config files and quotes', async () => {
  for (let i = 0; i < 130; i++) github.addComment(7, `chatter ${i}`, { login: 'someone' });
  github.addComment(7, `> ${MARKER}\nquoted`, { login: 'someone' });
  github.addComment(7, '<!-- agentcore-drift: other/agentcore.json -->\nother file');
  const ours = github.addComment(7, `${MARKER}\nold`);
  const outcome = await upsertStickyComment(client(), pr, { marker: MARKER, body: 'new', createIfMissing: true });
  expect(outcome).toMatchObject({ action: 'updated', id: ours.id });
  expect(github.requests.filter((r) => r.method === 'GET').map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
  expect(github.comments(7)).toHaveLength(133);
});

test('a refused write (read-only token, fork) is reported, not thrown', async () => {
  github.fail({ method: 'POST', path: /\/comments$/, status: 403 });
  const outcome = await upsertStickyComment(client(), pr, { marker: MARKER, body: 'drift', createIfMissing: true });
  expect(outcome).toMatchObject({ action: 'refused', status: 403 });
  expect((outcome as { message: string }).message).toContain('Resource not accessible by integration');
});

test('a server error is retried', async () => {
  github.fail({ method: 'GET', path: /\/comments$/, status: 502 });
  const outcome = await upsertStickyComment(client(), pr, { marker: MARKER, body: 'drift', createIfMissing: true });
  expect(outcome.action).toBe('created');
  expect(github.requests.filter((r) => r.method === 'GET').map((r) => r.status)).toEqual([502, 200]);
});

test('lists the open pull requests of a commit', async () => {
  github.setPullsForCommit(FIXTURE_SHA, [3, 9]);
  await expect(pullRequestsForCommit(client(), 'octo-org', 'agents', FIXTURE_SHA)).resolves.toEqual([3, 9]);
});

describe('commentBody', () => {
  test('puts the marker first and leaves a short body whole', () => {
    expect(commentBody(MARKER, 'hello')).toBe(`${MARKER}\nhello`);
  });

  test('cuts a long body at a line end, closes what was open, and says so', () => {
    const row = '| a | b |\n';
    const body = `<details><summary>x</summary>\n\n\`\`\`text\n${row.repeat(10000)}\`\`\`\n</details>`;
    const posted = commentBody(MARKER, body);
    expect(posted.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    expect(posted.startsWith(MARKER)).toBe(true);
    expect(posted).toMatch(/\| a \| b \|\n```\n<\/details>\n\n---\n> ⚠️ Truncated: this comment is limited to 65536 characters\. The job summary and the JSON report have the rest\.$/);
  });

  test('a posted truncated comment is accepted by the API', async () => {
    const outcome = await upsertStickyComment(client(), pr, { marker: MARKER, body: 'x\n'.repeat(40000), createIfMissing: true });
    expect(outcome.action).toBe('created');
    expect(github.comments(7)[0]!.body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
  });
});
