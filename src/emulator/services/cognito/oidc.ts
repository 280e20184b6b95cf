import { timingSafeEqual } from 'node:crypto';
import { AwsError, type EmuRequest, type EmuResponse, type Operation } from '../../types.js';
import { domainBaseUrl, issuerUrl, locateUserPool, locateUserPoolClient, type UserPool } from './store.js';
import { accessToken, poolSigningKey, tokenLifetimeSeconds } from './tokens.js';

/**
 * What Cognito serves outside its JSON API: the OIDC discovery document and JWKS under the
 * issuer (`/<poolId>/.well-known/…`, unsigned), and the OAuth token endpoint of a pool's domain
 * (`POST /oauth2/token`, client credentials). All arrive at the emulator's one port.
 */
const WELL_KNOWN = /^\/([a-z]{2}(?:-[a-z]+)+-\d_[0-9a-zA-Z]+)\/\.well-known\/(openid-configuration|jwks\.json)$/;
const TOKEN_PATH = '/oauth2/token';
/** A request that names a Cognito domain host (a caller routing it to the emulator) must match the client's pool. */
const DOMAIN_HOST = /^([a-z0-9-]+)\.auth\.[a-z0-9-]+\.amazoncognito\.com$/;

/**
 * The base of the pool's hosted endpoints. A caller that reached the emulator by its own address
 * (http://127.0.0.1:4566) is told to come back there, since it cannot reach amazoncognito.com;
 * a caller using AWS's host names gets AWS's URLs.
 */
function hostedBase(req: EmuRequest, pool: UserPool): string | undefined {
  if (!pool.domain) return undefined;
  const host = req.headers.host;
  if (!host || /\.(amazonaws|amazoncognito)\.com(:\d+)?$/.test(host)) return domainBaseUrl(pool.region, pool.domain.domain);
  return `http://${host}`;
}

function openIdConfiguration(req: EmuRequest, pool: UserPool) {
  const issuer = issuerUrl(pool.region, pool.id);
  const hosted = hostedBase(req, pool);
  return {
    issuer,
    jwks_uri: `${issuer}/.well-known/jwks.json`,
    ...(hosted
      ? {
          authorization_endpoint: `${hosted}/oauth2/authorize`,
          token_endpoint: `${hosted}${TOKEN_PATH}`,
          userinfo_endpoint: `${hosted}/oauth2/userInfo`,
          revocation_endpoint: `${hosted}/oauth2/revoke`,
          end_session_endpoint: `${hosted}/logout`,
        }
      : {}),
    response_types_supported: ['code', 'token'],
    scopes_supported: ['openid', 'email', 'phone', 'profile'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
  };
}

function wellKnownOperation(req: EmuRequest): Operation | undefined {
  const match = req.method === 'GET' ? WELL_KNOWN.exec(req.path) : null;
  if (!match) return undefined;
  const poolId = match[1]!;
  const document = match[2]!;
  return {
    name: document === 'jwks.json' ? 'GetJwks' : 'GetOpenIdConfiguration',
    handle: (request, ctx): EmuResponse => {
      const pool = locateUserPool(ctx.state, poolId);
      if (!pool) throw new AwsError('ResourceNotFoundException', `User pool ${poolId} does not exist.`, 404);
      const body = document === 'jwks.json' ? { keys: [poolSigningKey(ctx.state, pool.id).jwk] } : openIdConfiguration(request, pool);
      return { status: 200, headers: { 'content-type': 'application/json' }, body };
    },
  };
}

/** An OAuth error as the token endpoint answers it: `{"error": …}` with status 400. */
function oauthError(error: string, description: string): EmuResponse {
  return { status: 400, headers: { 'content-type': 'application/json' }, body: { error, error_description: description } };
}

function sameSecret(given: string, expected: string | undefined): boolean {
  if (expected === undefined || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/** Client id and secret from HTTP Basic (client_secret_basic) or the form (client_secret_post). */
function clientCredentials(req: EmuRequest, form: URLSearchParams): { id: string; secret: string } | undefined {
  const basic = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (basic) {
    const decoded = Buffer.from(basic, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon < 0 ? undefined : { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
  }
  const id = form.get('client_id');
  return id ? { id, secret: form.get('client_secret') ?? '' } : undefined;
}

async function issueToken(req: EmuRequest, ctx: Parameters<Operation['handle']>[1]): Promise<EmuResponse> {
  const form = new URLSearchParams(req.body.toString('utf8'));
  const grant = form.get('grant_type');
  if (!grant) return oauthError('invalid_request', 'grant_type is required.');
  if (grant !== 'client_credentials') return oauthError('unsupported_grant_type', `The emulator's token endpoint serves client_credentials only, not ${grant}.`);
  const credentials = clientCredentials(req, form);
  if (!credentials) return oauthError('invalid_client', 'Client authentication failed: no client id.');
  const found = locateUserPoolClient(ctx.state, credentials.id);
  const domainHost = DOMAIN_HOST.exec((req.headers.host ?? '').replace(/:\d+$/, ''))?.[1];
  if (!found || !found.pool.domain || (domainHost !== undefined && found.pool.domain.domain !== domainHost)) {
    return oauthError('invalid_client', `Client ${credentials.id} is not a client of a user pool with this domain.`);
  }
  const { pool, client } = found;
  if (!sameSecret(credentials.secret, client.clientSecret)) return oauthError('invalid_client', 'Client authentication failed: wrong client secret.');
  const flows = Array.isArray(client.settings.AllowedOAuthFlows) ? (client.settings.AllowedOAuthFlows as string[]) : [];
  if (client.settings.AllowedOAuthFlowsUserPoolClient !== true || !flows.includes('client_credentials')) {
    return oauthError('unauthorized_client', `Client ${client.clientId} is not allowed the client_credentials flow.`);
  }
  const allowed = Array.isArray(client.settings.AllowedOAuthScopes) ? (client.settings.AllowedOAuthScopes as string[]) : [];
  const requested = form.get('scope')?.split(/\s+/).filter(Boolean) ?? allowed;
  const refused = requested.find((scope) => !allowed.includes(scope));
  if (refused !== undefined || requested.length === 0) return oauthError('invalid_scope', refused ? `Scope ${refused} is not allowed for this client.` : 'The client has no scopes.');
  const token = await accessToken(ctx.state, pool, client, { scope: requested.join(' ') }, ctx.now());
  return {
    status: 200,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    body: { access_token: token, expires_in: tokenLifetimeSeconds(client, 'AccessToken'), token_type: 'Bearer' },
  };
}

function tokenOperation(req: EmuRequest): Operation | undefined {
  return req.method === 'POST' && req.path === TOKEN_PATH ? { name: 'Token', handle: issueToken } : undefined;
}

/** The unsigned requests Cognito's hosted endpoints receive. */
export function isOidcRequest(req: EmuRequest): boolean {
  return (req.method === 'GET' && WELL_KNOWN.test(req.path)) || (req.method === 'POST' && req.path === TOKEN_PATH);
}

export function oidcOperation(req: EmuRequest): Operation | undefined {
  return wellKnownOperation(req) ?? tokenOperation(req);
}
