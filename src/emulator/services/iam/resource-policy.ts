import { matchesWildcard } from '../ecr/store.js';

/**
 * Resource-based policies (an ECR repository policy, a role's trust policy): does a statement
 * name this caller as its principal and this action? Explicit Deny wins; conditions, NotPrincipal
 * and NotAction are not evaluated (src/emulator/README.md lists what is supported).
 */

export interface PolicyCaller {
  account: string;
  /** The caller's ARN: an IAM user, or an STS assumed-role session. */
  arn: string;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function actionMatches(pattern: unknown, action: string): boolean {
  return typeof pattern === 'string' && matchesWildcard(pattern.toLowerCase(), action.toLowerCase());
}

function principalMatches(principal: unknown, caller: PolicyCaller): boolean {
  if (principal === '*') return true;
  const aws = typeof principal === 'object' && principal !== null ? (principal as { AWS?: unknown }).AWS : undefined;
  const { account, arn } = caller;
  // An assumed-role session is named in policies by its role's ARN.
  const session = /^arn:aws:sts::(\d{12}):assumed-role\/([^/]+)\//.exec(arn);
  const role = session ? `arn:aws:iam::${session[1]}:role/${session[2]}` : undefined;
  return asList(aws).some((p) => p === '*' || p === account || p === `arn:aws:iam::${account}:root` || p === arn || p === role);
}

/** True when the policy text allows `action` (e.g. "ecr:BatchGetImage", "sts:AssumeRole") to the caller. */
export function resourcePolicyAllows(policyText: string | undefined, caller: PolicyCaller, action: string): boolean {
  if (!policyText) return false;
  let statements: unknown[];
  try {
    statements = asList((JSON.parse(policyText) as { Statement?: unknown }).Statement);
  } catch {
    return false;
  }
  let allowed = false;
  for (const raw of statements) {
    const statement = (typeof raw === 'object' && raw !== null ? raw : {}) as { Effect?: unknown; Principal?: unknown; Action?: unknown };
    if (!principalMatches(statement.Principal, caller)) continue;
    if (!asList(statement.Action).some((a) => actionMatches(a, action))) continue;
    if (statement.Effect === 'Deny') return false;
    if (statement.Effect === 'Allow') allowed = true;
  }
  return allowed;
}
