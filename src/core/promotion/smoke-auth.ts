/**
 * The smoke test's credentials for a version behind a JWT authorizer (customJWTAuthorizer):
 * AgentCore refuses SigV4 for such a runtime, so the smoke test sends a bearer token instead.
 *
 * - The environment's managed pool (`cognito: {managed: true}`): the authorizer's app client,
 *   whose secret DescribeUserPoolClient gives, takes a client-credentials token.
 * - Any other pool: `promotion.smoke_test.auth` names SecureString references, for an app client
 *   (client credentials) or for a test user (InitiateAuth, USER_PASSWORD_AUTH).
 *
 * The token endpoint is the one the authorizer's discovery document names, fetched from the
 * Cognito endpoint the SDK resolves for the region (as AWS_ENDPOINT_URL redirects it). Every
 * secret and token is masked as soon as it is known.
 */
import { InitiateAuthCommand, DescribeUserPoolClientCommand, type CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { InvokeAgentRuntimeCommand, InvokeAgentRuntimeCommandInput, InvokeAgentRuntimeCommandOutput } from '@aws-sdk/client-bedrock-agentcore';
import type { SSMClient } from '@aws-sdk/client-ssm';
import type { FinalizeHandler, FinalizeHandlerArguments } from '@aws-sdk/types';
import { getEndpointFromInstructions } from '@smithy/core/endpoints';
import type { Clock } from '../clock.js';
import type { ResolvedEnvironment, ResolvedRuntime } from '../config/index.js';
import { UserError, describeError, explain } from '../errors.js';
import type { Logger } from '../logger.js';
import { getRuntimeVersion } from '../runtime/lookup.js';
import { resolveSecrets } from '../secrets.js';
import { describeRuntime, type RuntimeHandle } from './handle.js';

/** A bearer token for the next invocation: cached, taken again shortly before it expires. */
export type BearerToken = () => Promise<string>;

export interface SmokeAuthRequest {
  handle: RuntimeHandle;
  /** The version the smoke test will call. */
  version: string;
  environment: ResolvedEnvironment;
  /** Its promotion.smoke_test.auth, when given, names the credentials. */
  runtime: ResolvedRuntime;
  clients: { cognito: CognitoIdentityProviderClient; ssm: SSMClient };
  clock: Clock;
  logger: Logger;
  /** HTTP for the discovery document and the token endpoint (tests inject their own). */
  fetch?: typeof fetch;
}

interface Token {
  value: string;
  expiresAt: number;
}

const COGNITO_ISSUER_HOST = /^cognito-idp\.[a-z0-9-]+\.amazonaws\.com$/;
const COGNITO_DISCOVERY = /^https:\/\/cognito-idp\.[a-z0-9-]+\.amazonaws\.com\/([\w-]+_[0-9a-zA-Z]+)\/\.well-known\/openid-configuration$/;
/** A token is taken again when it has less than this left. */
const REFRESH_MARGIN_MS = 60_000;
const HTTP_TIMEOUT_MS = 15_000;

/**
 * Undefined when the version takes SigV4 (no JWT authorizer); else a token source, already used
 * once so that missing or wrong credentials stop the promotion before anything moves.
 */
export async function prepareSmokeAuth(request: SmokeAuthRequest): Promise<BearerToken | undefined> {
  const { handle, version, logger } = request;
  const jwt = (await getRuntimeVersion(handle.control, handle.runtimeId, version)).authorizerConfiguration?.customJWTAuthorizer;
  if (!jwt) {
    if (request.runtime.promotion.smoke_test?.auth) logger.info(`Version ${version} takes SigV4 (no JWT authorizer): promotion.smoke_test.auth is not used.`);
    return undefined;
  }
  const where = `version ${version} of ${describeRuntime(handle)}`;
  const discoveryUrl = jwt.discoveryUrl ?? '';
  const take = await tokenTaker(request, discoveryUrl, jwt.allowedClients?.[0], where);
  let current: Token | undefined;
  const token: BearerToken = async () => {
    if (!current || current.expiresAt - request.clock.now() < REFRESH_MARGIN_MS) {
      current = await take();
      logger.secret(current.value);
    }
    return current.value;
  };
  await token();
  logger.info(`The smoke test calls ${where} with a bearer token (its authorizer accepts JWTs from ${discoveryUrl}).`);
  return token;
}

/** How this version's token is taken: from the managed pool's app client, or from the config's references. */
async function tokenTaker(request: SmokeAuthRequest, discoveryUrl: string, allowedClient: string | undefined, where: string): Promise<() => Promise<Token>> {
  const { runtime, environment, clients, logger } = request;
  const auth = runtime.promotion.smoke_test?.auth;
  const authPath = `${runtime.config_path}.promotion.smoke_test`;
  if (auth) {
    const { values } = await resolveSecrets(clients.ssm, { ...auth }, logger, { configPath: authPath, field: 'auth', region: environment.region });
    if ('client_id' in auth) return () => clientCredentials(request, discoveryUrl, values.client_id!, values.client_secret!);
    if (!allowedClient) throw new UserError(`${where} has a JWT authorizer without allowedClients, so ${authPath}.auth (a test user) has no app client to sign in with.`);
    return () => userPassword(request, allowedClient, values.username!, values.password!, authPath);
  }
  const poolId = COGNITO_DISCOVERY.exec(discoveryUrl)?.[1];
  if (!environment.cognito || !('managed' in environment.cognito) || !poolId || !allowedClient) {
    throw new UserError(
      `${where} accepts only JWT bearer tokens (from ${discoveryUrl || 'its authorizer'}), and the smoke test has no credentials for it. Nothing was moved. ` +
        `Set ${authPath}.auth to SecureString references: { "client_id": "ssm:/…", "client_secret": "ssm:/…" } of an app client allowed client_credentials, ` +
        'or { "username": "ssm:/…", "password": "ssm:/…" } of a test user; or set the input "smoke-test" to false.',
    );
  }
  const secret = await managedClientSecret(clients.cognito, poolId, allowedClient, environment.region);
  logger.secret(secret);
  return () => clientCredentials(request, discoveryUrl, allowedClient, secret);
}

async function managedClientSecret(cognito: CognitoIdentityProviderClient, poolId: string, clientId: string, region: string): Promise<string> {
  let secret: string | undefined;
  try {
    secret = (await cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: clientId }))).UserPoolClient?.ClientSecret;
  } catch (error) {
    throw explain(
      `Reading app client ${clientId} of user pool ${poolId} for the smoke test's token (Cognito DescribeUserPoolClient in ${region})`,
      error,
      'The deploy role needs cognito-idp:DescribeUserPoolClient on the managed user pool.',
    );
  }
  if (!secret) throw new UserError(`App client ${clientId} of the managed user pool ${poolId} has no secret, so it cannot take a client-credentials token. Run setup-env again to restore it.`);
  return secret;
}

/** Where the discovery document is read: a Cognito issuer's host is Cognito's API endpoint, so the SDK's resolution of it is used. */
async function discoveryDocumentUrl(discoveryUrl: string, cognito: CognitoIdentityProviderClient): Promise<string> {
  const url = new URL(discoveryUrl);
  if (!COGNITO_ISSUER_HOST.test(url.hostname)) return discoveryUrl;
  const endpoint = (await getEndpointFromInstructions({}, InitiateAuthCommand, cognito.config)).url;
  return `${endpoint.origin}${endpoint.pathname.replace(/\/$/, '')}${url.pathname}`;
}

async function httpJson(request: SmokeAuthRequest, url: string, what: string, init: RequestInit = {}): Promise<{ status: number; body: Record<string, unknown> }> {
  const fetcher = request.fetch ?? fetch;
  let response: Response;
  try {
    response = await fetcher(url, { ...init, signal: AbortSignal.timeout(HTTP_TIMEOUT_MS) });
  } catch (error) {
    throw new UserError(`${what} (${url}) failed: ${describeError(error)}.`);
  }
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as Record<string, unknown> };
  } catch {
    throw new UserError(`${what} (${url}) answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`);
  }
}

async function clientCredentials(request: SmokeAuthRequest, discoveryUrl: string, clientId: string, secret: string): Promise<Token> {
  const documentUrl = await discoveryDocumentUrl(discoveryUrl, request.clients.cognito);
  const discovery = await httpJson(request, documentUrl, 'Reading the authorizer\'s discovery document');
  const endpoint = discovery.body.token_endpoint;
  if (discovery.status !== 200 || typeof endpoint !== 'string') {
    throw new UserError(
      `The authorizer's discovery document ${documentUrl} answered ${discovery.status} without a token_endpoint: the user pool needs a domain for client-credentials tokens.`,
    );
  }
  const answer = await httpJson(request, endpoint, `Taking a client-credentials token for app client ${clientId}`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  const { access_token: token, expires_in: expiresIn } = answer.body;
  if (answer.status !== 200 || typeof token !== 'string') {
    const error = typeof answer.body.error === 'string' ? answer.body.error : 'no access_token';
    throw new UserError(
      `The token endpoint ${endpoint} refused app client ${clientId} (status ${answer.status}: ${error}). ` +
        'Check that the client id and secret are right and that the client may use the client_credentials flow.',
    );
  }
  return { value: token, expiresAt: request.clock.now() + (typeof expiresIn === 'number' ? expiresIn : 3600) * 1000 };
}

async function userPassword(request: SmokeAuthRequest, clientId: string, username: string, password: string, authPath: string): Promise<Token> {
  let answer;
  try {
    answer = await request.clients.cognito.send(
      new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { USERNAME: username, PASSWORD: password } }),
    );
  } catch (error) {
    throw explain(
      `Signing the test user of ${authPath}.auth in with app client ${clientId} (Cognito InitiateAuth, USER_PASSWORD_AUTH)`,
      error,
      'The client must allow ALLOW_USER_PASSWORD_AUTH and have no secret, and the user needs a permanent password.',
    );
  }
  const token = answer.AuthenticationResult?.AccessToken;
  if (!token) {
    throw new UserError(`The test user of ${authPath}.auth got the challenge ${answer.ChallengeName ?? '(none)'} instead of tokens: give it a permanent password (AdminSetUserPassword --permanent).`);
  }
  return { value: token, expiresAt: request.clock.now() + (answer.AuthenticationResult?.ExpiresIn ?? 3600) * 1000 };
}

/** Sends the invocation with the bearer token instead of its SigV4 signature, through the SDK's own serialization and error parsing. */
export function useBearer(command: InvokeAgentRuntimeCommand, token: string): void {
  command.middlewareStack.addRelativeTo(
    (next: FinalizeHandler<InvokeAgentRuntimeCommandInput, InvokeAgentRuntimeCommandOutput>) => async (args: FinalizeHandlerArguments<InvokeAgentRuntimeCommandInput>) => {
      const headers = (args.request as { headers: Record<string, string> }).headers;
      for (const name of Object.keys(headers)) {
        if (/^(authorization|x-amz-date|x-amz-security-token|x-amz-content-sha256)$/i.test(name)) delete headers[name];
      }
      headers.authorization = `Bearer ${token}`;
      return next(args);
    },
    { relation: 'after', toMiddleware: 'httpSigningMiddleware', name: 'agentcoreActionsBearerToken' },
  );
}
