import { createHash, generateKeyPairSync, randomUUID, type JsonWebKey, type KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import type { EmulatorState } from '../../state.js';
import { issuerUrl, type UserPool, type UserPoolClient } from './store.js';

/**
 * The tokens Cognito issues, signed RS256 with a key pair per user pool (jose does the signing).
 * Claims follow Cognito's access and ID tokens: an access token carries `client_id` and no `aud`,
 * an ID token carries `aud` = the client id.
 */

/** A pool's signing key: the public half is its JWKS; the private half stays out of /_emulator/state. */
export interface PoolSigningKey {
  kid: string;
  privateKey: KeyObject;
  jwk: JsonWebKey & { kid: string; alg: 'RS256'; use: 'sig' };
}

export function poolSigningKey(state: EmulatorState, poolId: string): PoolSigningKey {
  const keys = state.global('cognito-signing-keys', () => new Map<string, PoolSigningKey>());
  let key = keys.get(poolId);
  if (!key) {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const kid = createHash('sha256').update(pair.publicKey.export({ format: 'der', type: 'spki' })).digest('base64url').slice(0, 43);
    key = { kid, privateKey: pair.privateKey, jwk: { ...pair.publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' } };
    keys.set(poolId, key);
  }
  return key;
}

const UNIT_SECONDS: Record<string, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86400 };

/** How long a token of this kind lives for the client: its validity setting in its unit (default minutes). */
export function tokenLifetimeSeconds(client: UserPoolClient, kind: 'AccessToken' | 'IdToken'): number {
  const value = typeof client.settings[`${kind}Validity`] === 'number' ? (client.settings[`${kind}Validity`] as number) : 60;
  const units = client.settings.TokenValidityUnits as Record<string, unknown> | undefined;
  const unit = typeof units?.[kind] === 'string' ? (units[kind] as string) : 'minutes';
  return value * (UNIT_SECONDS[unit] ?? 60);
}

/** A signed JWT of the pool; `lifetimeSeconds` may be negative to make an expired token for tests. */
export async function signPoolToken(state: EmulatorState, pool: UserPool, claims: Record<string, unknown>, lifetimeSeconds: number, nowMs: number): Promise<string> {
  const key = poolSigningKey(state, pool.id);
  const now = Math.floor(nowMs / 1000);
  return new SignJWT({ ...claims, auth_time: now })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid })
    .setIssuer(issuerUrl(pool.region, pool.id))
    .setIssuedAt(now)
    .setExpirationTime(now + lifetimeSeconds)
    .setJti(randomUUID())
    .sign(key.privateKey);
}

/** An access token for the client: for itself (client credentials, sub = client id) or for a user. */
export function accessToken(
  state: EmulatorState,
  pool: UserPool,
  client: UserPoolClient,
  grant: { scope: string; user?: { sub: string; username: string } },
  nowMs: number,
): Promise<string> {
  const claims = {
    sub: grant.user?.sub ?? client.clientId,
    token_use: 'access',
    scope: grant.scope,
    version: 2,
    client_id: client.clientId,
    ...(grant.user ? { username: grant.user.username, origin_jti: randomUUID(), event_id: randomUUID() } : {}),
  };
  return signPoolToken(state, pool, claims, tokenLifetimeSeconds(client, 'AccessToken'), nowMs);
}

/** A user's ID token: `aud` is the client id. */
export function idToken(state: EmulatorState, pool: UserPool, client: UserPoolClient, user: { sub: string; username: string; attributes: Record<string, string> }, nowMs: number): Promise<string> {
  const claims = { ...user.attributes, sub: user.sub, aud: client.clientId, token_use: 'id', 'cognito:username': user.username, origin_jti: randomUUID(), event_id: randomUUID() };
  return signPoolToken(state, pool, claims, tokenLifetimeSeconds(client, 'IdToken'), nowMs);
}
