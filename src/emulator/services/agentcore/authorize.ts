import { createLocalJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { AwsError, type EmuContext, type EmuRequest } from '../../types.js';
import { issuerUrl, locateUserPool } from '../cognito/store.js';
import { poolSigningKey } from '../cognito/tokens.js';
import type { RuntimeConfig } from './store.js';

/**
 * Inbound authorization of InvokeAgentRuntime: SigV4 for a runtime without an authorizer, a
 * bearer JWT for one with `customJWTAuthorizer`, the other refused as AWS refuses it. A token is
 * checked as AgentCore does (reference §6): signature against the JWKS and issuer of the
 * discovery document, expiry, `client_id` (or an ID token's `aud`) in allowedClients, `aud` in
 * allowedAudience, a scope in allowedScopes. jose does the verifying.
 */
const AUTH_MISMATCH =
  'Authorization method mismatch. The agent is configured for a different authorization method than what was used in your request.';
/** What AgentCore is given for a Cognito pool; only the emulator's own pools can be checked. */
const COGNITO_DISCOVERY = /^https:\/\/cognito-idp\.([a-z0-9-]+)\.amazonaws\.com\/([\w-]+_[0-9a-zA-Z]+)\/\.well-known\/openid-configuration$/;

export function bearerToken(req: EmuRequest): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
}

function denied(problem: string): AwsError {
  return new AwsError('AccessDeniedException', `OAuth authorization failed: ${problem}`, 403);
}

function listOf(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.length > 0 ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

/** Throws AccessDeniedException (403) unless the request authenticates the way the version's authorizer asks. */
export async function authorizeInvocation(req: EmuRequest, ctx: EmuContext, config: RuntimeConfig): Promise<void> {
  const jwt = config.authorizerConfiguration?.customJWTAuthorizer;
  const token = bearerToken(req);
  if ((jwt !== undefined) !== (token !== undefined)) throw new AwsError('AccessDeniedException', AUTH_MISMATCH, 403);
  if (!jwt || !token) return;
  const payload = await verified(ctx, String(jwt.discoveryUrl), token);
  const clients = listOf(jwt.allowedClients);
  const audience = typeof payload.aud === 'string' ? [payload.aud] : (payload.aud ?? []);
  // Cognito access tokens carry client_id and no aud; ID tokens carry aud = the client id.
  const clientId = typeof payload.client_id === 'string' ? payload.client_id : audience[0];
  if (clients && (clientId === undefined || !clients.includes(clientId))) throw denied(`the token's client ${clientId ?? '(none)'} is not in allowedClients.`);
  const audiences = listOf(jwt.allowedAudience);
  if (audiences && !audience.some((a) => audiences.includes(a))) throw denied(`the token's audience ${audience.join(', ') || '(none)'} is not in allowedAudience.`);
  const scopes = listOf(jwt.allowedScopes);
  const granted = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
  if (scopes && !granted.some((s) => scopes.includes(s))) throw denied(`the token has none of the allowedScopes (${scopes.join(', ')}).`);
}

async function verified(ctx: EmuContext, discoveryUrl: string, token: string): Promise<JWTPayload> {
  const match = COGNITO_DISCOVERY.exec(discoveryUrl);
  const pool = match ? locateUserPool(ctx.state, match[2]!) : undefined;
  if (!match || !pool || pool.region !== match[1]) {
    throw denied(`the discovery URL ${discoveryUrl} does not lead to a user pool of this emulator, so no token can be checked against it.`);
  }
  const keys = createLocalJWKSet({ keys: [poolSigningKey(ctx.state, pool.id).jwk] });
  try {
    const { payload } = await jwtVerify(token, keys, { issuer: issuerUrl(pool.region, pool.id), algorithms: ['RS256'], currentDate: new Date(ctx.now()) });
    return payload;
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw denied('the token has expired.');
    if (error instanceof joseErrors.JWTClaimValidationFailed) throw denied(`the token's ${error.claim} claim is not valid (${error.reason}).`);
    if (error instanceof joseErrors.JOSEError) throw denied(`the token is not signed by user pool ${pool.id} (${error.code}).`);
    throw error;
  }
}
