import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EmulatorState } from '../../state.js';
import type { EcrRepository } from './store.js';
import { resourcePolicyAllows, type PolicyCaller } from '../iam/resource-policy.js';

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

/** Does the repository's policy let this caller (of another account) do `action`, e.g. "ecr:BatchGetImage"? */
export function policyAllows(repository: EcrRepository, caller: PolicyCaller, action: string): boolean {
  return resourcePolicyAllows(repository.policyText, caller, action);
}
