/**
 * The GitHub REST shapes the fixture serves and records, and what every route shares:
 * GitHub's pagination (Link headers), its error answers and its required-field check.
 */

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
  status: number;
}

export interface IssueComment {
  id: number;
  node_id: string;
  body: string;
  html_url: string;
  url: string;
  issue_url: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
}

export interface Deployment {
  id: number;
  url: string;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  description: string | null;
  payload: unknown;
  transient_environment: boolean;
  production_environment: boolean;
  created_at: string;
  updated_at: string;
  statuses_url: string;
}

export interface DeploymentStatus {
  id: number;
  url: string;
  deployment_url: string;
  state: string;
  description: string;
  environment: string;
  environment_url: string;
  log_url: string;
  created_at: string;
}

export interface FailureRule {
  method?: string;
  path: RegExp;
  status: number;
  /** Fail this many matching requests, then answer normally (default 1). */
  times?: number;
  message?: string;
  /** Extra response headers, e.g. retry-after or x-ratelimit-remaining for rate limits. */
  headers?: Record<string, string>;
}

/** The page size GitHub uses when per_page is not given. */
const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

/** An error answer: the status and GitHub's message. */
export class HttpFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** One page of a list, with GitHub's Link header (rel="next"/"last") when more pages exist. */
export function paginate<T>(items: T[], query: Record<string, string>, url: string, path: string): { body: T[]; headers: Record<string, string> } {
  const perPage = Math.min(MAX_PER_PAGE, Math.max(1, Number(query.per_page ?? DEFAULT_PER_PAGE) || DEFAULT_PER_PAGE));
  const pageNumber = Math.max(1, Number(query.page ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (page: number, rel: string) => {
    const params = new URLSearchParams({ ...query, per_page: String(perPage), page: String(page) });
    return `<${url}${path}?${params.toString()}>; rel="${rel}"`;
  };
  const links = [];
  if (pageNumber < last) links.push(link(pageNumber + 1, 'next'), link(last, 'last'));
  if (pageNumber > 1) links.push(link(1, 'first'), link(pageNumber - 1, 'prev'));
  return { body: items.slice((pageNumber - 1) * perPage, pageNumber * perPage), headers: links.length ? { link: links.join(', ') } : {} };
}

export function requireString(body: unknown, field: string): string {
  const value = (body as Record<string, unknown> | null)?.[field];
  if (typeof value !== 'string') throw new HttpFailure(422, `Invalid request.\n\n"${field}" wasn't supplied.`);
  return value;
}

