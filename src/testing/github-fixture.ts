/**
 * A local stand-in for the GitHub REST API on 127.0.0.1, enough for what the actions call:
 * issue comments (list with pagination, create, update, delete), pull requests of a commit,
 * repository deployments and deployment statuses, workflow runs' status. Every request is recorded. Actions reach it
 * through GITHUB_API_URL; `writeEvent` gives them the event payload the runner would.
 *
 *   const github = await startGitHubFixture();
 *   const env = github.actionEnv({ eventName: 'pull_request', pullRequest: 7 });
 *   … run the action with env …
 *   github.comments(7)          // what is on the pull request now
 *   github.requests             // every call, in order
 *   github.fail({ method: 'POST', path: /comments$/, status: 403 })   // refuse the next matching call
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_COMMENT_LENGTH } from '../github/comments.js';
import {
  HttpFailure,
  paginate,
  requireString,
  type Deployment,
  type DeploymentStatus,
  type FailureRule,
  type IssueComment,
  type RecordedRequest,
} from './github-rest.js';

export interface EventOptions {
  eventName?: string;
  pullRequest?: number;
  repository?: string;
  sha?: string;
  /** Extra fields merged into the payload. */
  payload?: Record<string, unknown>;
}

export interface GitHubFixture {
  url: string;
  requests: RecordedRequest[];
  /** Comments on an issue or pull request, oldest first. */
  comments(issue: number, repository?: string): IssueComment[];
  /** Seeds a comment as if someone had written it. */
  addComment(issue: number, body: string, options?: { repository?: string; login?: string }): IssueComment;
  deployments(repository?: string): Deployment[];
  deploymentStatuses(deploymentId: number): DeploymentStatus[];
  /** Open pull requests whose head is this commit (GET /repos/{o}/{r}/commits/{sha}/pulls). */
  setPullsForCommit(sha: string, numbers: number[], repository?: string): void;
  /** The status GET /repos/{o}/{r}/actions/runs/{id} answers (`completed`, `in_progress`, …); unknown runs are 404. */
  setRunStatus(runId: number, status: string, repository?: string): void;
  fail(rule: FailureRule): void;
  /** Writes an event payload and returns the variables the runner would set. */
  actionEnv(options?: EventOptions): Record<string, string>;
  reset(): void;
  stop(): Promise<void>;
}

export const FIXTURE_REPOSITORY = 'octo-org/agents';
export const FIXTURE_SHA = '0123456789abcdef0123456789abcdef01234567';
export async function startGitHubFixture(): Promise<GitHubFixture> {
  let nextId = 1000;
  let comments: Array<IssueComment & { repository: string; issue: number }> = [];
  let deployments: Array<Deployment & { repository: string }> = [];
  let statuses: Array<DeploymentStatus & { deploymentId: number }> = [];
  let pullsForCommit: Record<string, number[]> = {};
  let runStatuses: Record<string, string> = {};
  let failures: Array<FailureRule & { left: number }> = [];
  const requests: RecordedRequest[] = [];
  const eventDir = mkdtempSync(join(tmpdir(), 'github-event-'));
  let url = '';
  const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

  const commentJson = ({ repository: _r, issue: _i, ...comment }: IssueComment & { repository: string; issue: number }): IssueComment => comment;
  const deploymentJson = ({ repository: _r, ...deployment }: Deployment & { repository: string }): Deployment => deployment;
  const statusJson = ({ deploymentId: _d, ...status }: DeploymentStatus & { deploymentId: number }): DeploymentStatus => status;

  function newComment(repository: string, issue: number, body: string, login = 'github-actions[bot]') {
    const id = nextId++;
    const comment = {
      repository,
      issue,
      id,
      node_id: `IC_${id}`,
      body,
      html_url: `https://github.com/${repository}/pull/${issue}#issuecomment-${id}`,
      url: `${url}/repos/${repository}/issues/comments/${id}`,
      issue_url: `${url}/repos/${repository}/issues/${issue}`,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      created_at: now(),
      updated_at: now(),
    };
    comments.push(comment);
    return comment;
  }

  function route(method: string, path: string, query: Record<string, string>, body: unknown): { status: number; body?: unknown; headers?: Record<string, string> } {
    let match: RegExpExecArray | null;
    if ((match = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(path))) {
      const [, repository, issueText] = match as unknown as [string, string, string];
      const issue = Number(issueText);
      if (method === 'GET') {
        return { status: 200, ...paginate(comments.filter((c) => c.repository === repository && c.issue === issue).map(commentJson), query, url, path) };
      }
      if (method === 'POST') {
        const text = requireString(body, 'body');
        if (text.length > MAX_COMMENT_LENGTH) throw new HttpFailure(422, 'Validation Failed: body is too long (maximum is 65536 characters)');
        return { status: 201, body: commentJson(newComment(repository, issue, text)) };
      }
    }
    if ((match = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(path))) {
      const [, repository, idText] = match as unknown as [string, string, string];
      const comment = comments.find((c) => c.repository === repository && c.id === Number(idText));
      if (!comment) throw new HttpFailure(404, 'Not Found');
      if (method === 'GET') return { status: 200, body: commentJson(comment) };
      if (method === 'PATCH') {
        const text = requireString(body, 'body');
        if (text.length > MAX_COMMENT_LENGTH) throw new HttpFailure(422, 'Validation Failed: body is too long (maximum is 65536 characters)');
        comment.body = text;
        comment.updated_at = now();
        return { status: 200, body: commentJson(comment) };
      }
      if (method === 'DELETE') {
        comments = comments.filter((c) => c !== comment);
        return { status: 204 };
      }
    }
    if ((match = /^\/repos\/([^/]+\/[^/]+)\/actions\/runs\/(\d+)$/.exec(path)) && method === 'GET') {
      const status = runStatuses[`${match[1]}#${match[2]}`];
      if (!status) throw new HttpFailure(404, 'Not Found');
      return { status: 200, body: { id: Number(match[2]), status, conclusion: status === 'completed' ? 'cancelled' : null } };
    }
    if ((match = /^\/repos\/([^/]+\/[^/]+)\/commits\/([^/]+)\/pulls$/.exec(path)) && method === 'GET') {
      const [, repository, sha] = match as unknown as [string, string, string];
      const numbers = pullsForCommit[`${repository}@${sha}`] ?? [];
      return { status: 200, ...paginate(numbers.map((number) => ({ number, state: 'open', head: { sha } })), query, url, path) };
    }
    if ((match = /^\/repos\/([^/]+\/[^/]+)\/deployments$/.exec(path))) {
      const [, repository] = match as unknown as [string, string];
      if (method === 'GET') {
        const selected = deployments
          .filter((d) => d.repository === repository)
          .filter((d) => (query.environment ? d.environment === query.environment : true))
          .filter((d) => (query.ref ? d.ref === query.ref : true))
          .filter((d) => (query.sha ? d.sha === query.sha : true))
          .filter((d) => (query.task ? d.task === query.task : true))
          .reverse() // newest first, as GitHub lists them
          .map(deploymentJson);
        return { status: 200, ...paginate(selected, query, url, path) };
      }
      if (method === 'POST') {
        const fields = (body ?? {}) as Record<string, unknown>;
        const ref = requireString(body, 'ref');
        const id = nextId++;
        const environment = typeof fields.environment === 'string' ? fields.environment : 'production';
        const deployment = {
          repository,
          id,
          url: `${url}/repos/${repository}/deployments/${id}`,
          sha: /^[0-9a-f]{40}$/.test(ref) ? ref : FIXTURE_SHA,
          ref,
          task: typeof fields.task === 'string' ? fields.task : 'deploy',
          environment,
          description: typeof fields.description === 'string' ? fields.description : null,
          payload: fields.payload ?? {},
          transient_environment: fields.transient_environment === true,
          production_environment: typeof fields.production_environment === 'boolean' ? fields.production_environment : environment === 'production',
          created_at: now(),
          updated_at: now(),
          statuses_url: `${url}/repos/${repository}/deployments/${id}/statuses`,
        };
        deployments.push(deployment);
        return { status: 201, body: deploymentJson(deployment) };
      }
    }
    if ((match = /^\/repos\/([^/]+\/[^/]+)\/deployments\/(\d+)$/.exec(path))) {
      const [, repository, idText] = match as unknown as [string, string, string];
      const deployment = deployments.find((d) => d.repository === repository && d.id === Number(idText));
      if (!deployment) throw new HttpFailure(404, 'Not Found');
      if (method === 'GET') return { status: 200, body: deploymentJson(deployment) };
      if (method === 'DELETE') {
        deployments = deployments.filter((d) => d !== deployment);
        return { status: 204 };
      }
    }
    if ((match = /^\/repos\/([^/]+\/[^/]+)\/deployments\/(\d+)\/statuses$/.exec(path))) {
      const [, repository, idText] = match as unknown as [string, string, string];
      const deployment = deployments.find((d) => d.repository === repository && d.id === Number(idText));
      if (!deployment) throw new HttpFailure(404, 'Not Found');
      if (method === 'GET') {
        const list = statuses.filter((s) => s.deploymentId === deployment.id).reverse().map(statusJson);
        return { status: 200, ...paginate(list, query, url, path) };
      }
      if (method === 'POST') {
        const fields = (body ?? {}) as Record<string, unknown>;
        const state = requireString(body, 'state');
        if (!['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'].includes(state)) {
          throw new HttpFailure(422, `Validation Failed: state "${state}" is not a valid deployment state`);
        }
        const text = (field: string) => (typeof fields[field] === 'string' ? (fields[field] as string) : '');
        const id = nextId++;
        const status = {
          deploymentId: deployment.id,
          id,
          url: `${deployment.url}/statuses/${id}`,
          deployment_url: deployment.url,
          state,
          description: text('description'),
          environment: text('environment') || deployment.environment,
          environment_url: text('environment_url'),
          log_url: text('log_url'),
          created_at: now(),
        };
        // GitHub marks earlier deployments of the environment inactive on success unless told not to.
        if (state === 'success' && fields.auto_inactive !== false) {
          for (const other of deployments) {
            if (other.repository !== repository || other.environment !== deployment.environment || other === deployment) continue;
            const latest = statuses.filter((s) => s.deploymentId === other.id).at(-1);
            if (latest?.state === 'success') {
              statuses.push({ ...latest, id: nextId++, state: 'inactive', description: '', created_at: now() });
            }
          }
        }
        statuses.push(status);
        return { status: 201, body: statusJson(status) };
      }
    }
    throw new HttpFailure(404, 'Not Found');
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const parsed = new URL(request.url ?? '/', 'http://fixture');
    const method = request.method ?? 'GET';
    const query = Object.fromEntries(parsed.searchParams);
    let body: unknown;
    const record: RecordedRequest = { method, path: parsed.pathname, query, body: undefined, authorization: request.headers.authorization, status: 0 };
    requests.push(record);
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      response.writeHead(status, { ...(payload !== undefined ? { 'content-type': 'application/json; charset=utf-8' } : {}), ...headers });
      response.end(payload !== undefined ? JSON.stringify(payload) : undefined);
    };
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      send(400, { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/rest' });
      return;
    }
    record.body = body;
    const failure = failures.find((rule) => rule.left > 0 && (!rule.method || rule.method === method) && rule.path.test(parsed.pathname));
    if (failure) {
      failure.left--;
      send(failure.status, { message: failure.message ?? (failure.status === 403 ? 'Resource not accessible by integration' : 'Injected failure') }, failure.headers);
      return;
    }
    try {
      const result = route(method, parsed.pathname, query, body);
      send(result.status, result.body, result.headers);
    } catch (error) {
      if (error instanceof HttpFailure) send(error.status, { message: error.message, documentation_url: 'https://docs.github.com/rest' }, error.headers);
      else send(500, { message: error instanceof Error ? error.message : String(error) });
    }
  }

  const server = createServer((request, response) => {
    void handle(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    requests,
    comments: (issue, repository = FIXTURE_REPOSITORY) => comments.filter((c) => c.repository === repository && c.issue === issue).map(commentJson),
    addComment: (issue, body, options = {}) => commentJson(newComment(options.repository ?? FIXTURE_REPOSITORY, issue, body, options.login)),
    deployments: (repository = FIXTURE_REPOSITORY) => deployments.filter((d) => d.repository === repository).map(deploymentJson),
    deploymentStatuses: (deploymentId) => statuses.filter((s) => s.deploymentId === deploymentId).map(statusJson),
    setPullsForCommit: (sha, numbers, repository = FIXTURE_REPOSITORY) => {
      pullsForCommit[`${repository}@${sha}`] = numbers;
    },
    setRunStatus: (runId, status, repository = FIXTURE_REPOSITORY) => {
      runStatuses[`${repository}#${runId}`] = status;
    },
    fail: (rule) => {
      failures.push({ ...rule, left: rule.times ?? 1 });
    },
    actionEnv: (options = {}) => {
      const repository = options.repository ?? FIXTURE_REPOSITORY;
      const eventName = options.eventName ?? (options.pullRequest !== undefined ? 'pull_request' : 'push');
      const sha = options.sha ?? FIXTURE_SHA;
      const [owner, name] = repository.split('/') as [string, string];
      const payload = {
        repository: { full_name: repository, name, owner: { login: owner } },
        ...(options.pullRequest !== undefined ? { number: options.pullRequest, pull_request: { number: options.pullRequest, head: { sha } } } : {}),
        ...options.payload,
      };
      const eventPath = join(eventDir, `event-${nextId++}.json`);
      writeFileSync(eventPath, JSON.stringify(payload));
      return {
        GITHUB_API_URL: url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: repository,
        GITHUB_EVENT_NAME: eventName,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_SHA: sha,
        GITHUB_REF: options.pullRequest !== undefined ? `refs/pull/${options.pullRequest}/merge` : 'refs/heads/main',
        GITHUB_ACTOR: 'octocat',
        GITHUB_RUN_ID: '4242',
      };
    },
    reset: () => {
      comments = [];
      deployments = [];
      statuses = [];
      pullsForCommit = {};
      runStatuses = {};
      failures = [];
      requests.length = 0;
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
