/**
 * User errors (bad config, bad input, refused operations) fail the step with
 * their message alone; anything else is a bug and shows its stack under debug.
 */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    message: string,
    /** Where the problem sits, for an annotation on the file. */
    readonly location?: { file: string; line: number; column: number },
  ) {
    super(message);
  }
}

/** One problem in a config file, with its JSON path and position. */
export interface ConfigIssue {
  file: string;
  path: string;
  line: number;
  column: number;
  message: string;
}

export const MAX_LISTED_ISSUES = 20;

export class ConfigError extends UserError {
  override name = 'ConfigError';
  constructor(readonly issues: ConfigIssue[]) {
    super(formatIssues(issues));
  }
}

export function formatIssue(issue: ConfigIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  return issue.path ? `${where} ${issue.path}: ${issue.message}` : `${where} ${issue.message}`;
}

function formatIssues(issues: ConfigIssue[]): string {
  const shown = issues.slice(0, MAX_LISTED_ISSUES).map(formatIssue);
  const more = issues.length - shown.length;
  const head = issues.length === 1 ? 'The config has 1 problem:' : `The config has ${issues.length} problems:`;
  return [head, ...shown, ...(more > 0 ? [`and ${more} more`] : [])].join('\n');
}

/** The fields the AWS SDK v3 puts on a service exception. */
export interface AwsErrorShape {
  name: string;
  message: string;
  $metadata?: { httpStatusCode?: number; requestId?: string };
  $fault?: 'client' | 'server';
}

export function isAwsError(error: unknown): error is AwsErrorShape {
  return error instanceof Error && typeof (error as Partial<AwsErrorShape>).$metadata === 'object';
}

/** True for an AWS error with one of the given SDK names. */
export function isAwsErrorNamed(error: unknown, ...names: string[]): boolean {
  return isAwsError(error) && names.includes(error.name);
}

/** One line for any thrown value: SDK name, HTTP status and request id for AWS errors. */
export function describeError(error: unknown): string {
  if (isAwsError(error)) {
    const status = error.$metadata?.httpStatusCode;
    const id = error.$metadata?.requestId;
    const parts = [status ? `HTTP ${status}` : undefined, id ? `request id ${id}` : undefined].filter(Boolean);
    return `${error.name}: ${error.message}${parts.length ? ` (${parts.join(', ')})` : ''}`;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Wraps an AWS call's failure in what was being attempted, keeping user errors as they are. */
export function explain(attempt: string, error: unknown, hint?: string): UserError {
  if (error instanceof UserError) return error;
  return new UserError(`${attempt} failed: ${describeError(error)}${hint ? `. ${hint}` : ''}`);
}
