import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EmulatorState } from '../../state.js';
import { matchesWildcard, type EcrRepository } from './store.js';

/** Authorization tokens (what the registry trusts) and repository policies (who of another account may pull). */

export interface TokenClaims {
  /** The registry's account and region. */
  registryAccount: string;
  region: string;
  /** The caller GetAuthorizationToken was called by. */
  callerAccount: string;
  callerArn: string;
  expiresAt: number;
}

function tokenKey(state: EmulatorState): Buffer {
  return state.global('ecr-token-key', () => randomBytes(32));
}

/** An HMAC-signed password, so the registry can trust what it says without any stored session. */
export function issuePassword(state: EmulatorState, claims: TokenClaims): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const mac = createHmac('sha256', tokenKey(state)).update(payload).digest('base64url');
  return `${payload}.${mac}`;
}

/** The claims of a password this emulator issued, or undefined when it did not issue it. */
export function verifyPassword(state: EmulatorState, password: string): TokenClaims | undefined {
  const [payload, mac] = password.split('.');
  if (!payload || !mac) return undefined;
  const expected = createHmac('sha256', tokenKey(state)).update(payload).digest();
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenClaims;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function actionMatches(pattern: unknown, action: string): boolean {
  return typeof pattern === 'string' && matchesWildcard(pattern.toLowerCase(), action.toLowerCase());
}

function principalMatches(principal: unknown, account: string, arn: string): boolean {
  if (principal === '*') return true;
  const aws = typeof principal === 'object' && principal !== null ? (principal as { AWS?: unknown }).AWS : undefined;
  // An assumed-role session is named in policies by its role's ARN.
  const session = /^arn:aws:sts::(\d{12}):assumed-role\/([^/]+)\//.exec(arn);
  const role = session ? `arn:aws:iam::${session[1]}:role/${session[2]}` : undefined;
  return asList(aws).some((p) => p === '*' || p === account || p === `arn:aws:iam::${account}:root` || p === arn || p === role);
}

/**
 * Does the repository's policy let this caller (of another account) do `action`, e.g.
 * "ecr:BatchGetImage"? Explicit Deny wins; conditions are not evaluated.
 */
export function policyAllows(repository: EcrRepository, caller: { account: string; arn: string }, action: string): boolean {
  if (!repository.policyText) return false;
  let statements: unknown[];
  try {
    statements = asList((JSON.parse(repository.policyText) as { Statement?: unknown }).Statement);
  } catch {
    return false;
  }
  let allowed = false;
  for (const raw of statements) {
    const statement = raw as { Effect?: unknown; Principal?: unknown; Action?: unknown };
    if (!principalMatches(statement.Principal, caller.account, caller.arn)) continue;
    if (!asList(statement.Action).some((a) => actionMatches(a, action))) continue;
    if (statement.Effect === 'Deny') return false;
    if (statement.Effect === 'Allow') allowed = true;
  }
  return allowed;
}
