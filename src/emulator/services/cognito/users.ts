import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { AwsError, type EmuRequest } from '../../types.js';
import { InputReader, type JsonHandler, type JsonInput } from '../../protocols/json-rpc.js';
import { getUserPool, locateUserPoolClient, type UserPool } from './store.js';
import { accessToken, idToken, tokenLifetimeSeconds } from './tokens.js';

/**
 * A pool's users, as far as a test user needs: AdminCreateUser, AdminSetUserPassword,
 * AdminDeleteUser and InitiateAuth with USER_PASSWORD_AUTH (tokens signed as the pool's).
 */
export interface PoolUser {
  username: string;
  sub: string;
  password: string;
  status: 'FORCE_CHANGE_PASSWORD' | 'CONFIRMED';
  attributes: Record<string, string>;
  createdAt: number;
}

function users(pool: UserPool): Record<string, PoolUser> {
  return (pool.users ??= {});
}

function reader(input: JsonInput): InputReader {
  return new InputReader(input, 'InvalidParameterException');
}

function attributes(input: JsonInput): Record<string, string> {
  const list = Array.isArray(input.UserAttributes) ? (input.UserAttributes as JsonInput[]) : [];
  return Object.fromEntries(list.filter((a) => typeof a.Name === 'string' && typeof a.Value === 'string').map((a) => [a.Name as string, a.Value as string]));
}

/** The pool's password policy (MinimumLength, Require*), as Cognito checks it. */
function checkPassword(pool: UserPool, password: string): void {
  const policies = pool.settings.Policies as { PasswordPolicy?: Record<string, unknown> } | undefined;
  const policy = policies?.PasswordPolicy ?? {};
  const rules: Array<[unknown, RegExp, string]> = [
    [policy.RequireUppercase, /[A-Z]/, 'uppercase characters'],
    [policy.RequireLowercase, /[a-z]/, 'lowercase characters'],
    [policy.RequireNumbers, /\d/, 'numeric characters'],
    [policy.RequireSymbols, /[^A-Za-z0-9\s]/, 'symbol characters'],
  ];
  const minimum = typeof policy.MinimumLength === 'number' ? policy.MinimumLength : 8;
  if (password.length < minimum) throw new AwsError('InvalidPasswordException', `Password did not conform with policy: Password not long enough`);
  const missing = rules.find(([required, pattern]) => required === true && !pattern.test(password));
  if (missing) throw new AwsError('InvalidPasswordException', `Password did not conform with policy: Password must have ${missing[2]}`);
}

function getUser(pool: UserPool, username: string): PoolUser {
  const user = users(pool)[username];
  if (!user) throw new AwsError('UserNotFoundException', 'User does not exist.');
  return user;
}

function userOutput(user: PoolUser) {
  return {
    Username: user.username,
    Attributes: Object.entries({ ...user.attributes, sub: user.sub }).map(([Name, Value]) => ({ Name, Value })),
    UserCreateDate: user.createdAt / 1000,
    UserLastModifiedDate: user.createdAt / 1000,
    Enabled: true,
    UserStatus: user.status,
  };
}

/** Cognito's SECRET_HASH: base64 HMAC-SHA256 of username + client id, keyed by the client secret. */
function secretHashMatches(given: string, username: string, clientId: string, secret: string): boolean {
  const expected = createHmac('sha256', secret).update(username + clientId).digest();
  const received = Buffer.from(given, 'base64');
  return received.length === expected.length && timingSafeEqual(received, expected);
}

const WRONG = () => new AwsError('NotAuthorizedException', 'Incorrect username or password.');

export const userHandlers: Record<string, JsonHandler> = {
  AdminCreateUser: (input, req, ctx) => {
    const r = reader(input);
    const pool = getUserPool(ctx.state, req.account, req.region, r.string('UserPoolId'));
    const username = r.string('Username');
    if (users(pool)[username]) throw new AwsError('UsernameExistsException', 'User account already exists');
    const password = r.optString('TemporaryPassword') ?? `Tmp-${randomUUID()}`;
    checkPassword(pool, password);
    const user: PoolUser = { username, sub: randomUUID(), password, status: 'FORCE_CHANGE_PASSWORD', attributes: attributes(input), createdAt: ctx.now() };
    users(pool)[username] = user;
    return { User: userOutput(user) };
  },

  AdminSetUserPassword: (input, req, ctx) => {
    const r = reader(input);
    const pool = getUserPool(ctx.state, req.account, req.region, r.string('UserPoolId'));
    const user = getUser(pool, r.string('Username'));
    const password = r.string('Password');
    checkPassword(pool, password);
    user.password = password;
    user.status = r.optBoolean('Permanent') ? 'CONFIRMED' : 'FORCE_CHANGE_PASSWORD';
    return {};
  },

  AdminGetUser: (input, req, ctx) => {
    const r = reader(input);
    const { Attributes, ...user } = userOutput(getUser(getUserPool(ctx.state, req.account, req.region, r.string('UserPoolId')), r.string('Username')));
    return { ...user, UserAttributes: Attributes };
  },

  AdminDeleteUser: (input, req, ctx) => {
    const r = reader(input);
    const pool = getUserPool(ctx.state, req.account, req.region, r.string('UserPoolId'));
    delete users(pool)[getUser(pool, r.string('Username')).username];
    return {};
  },

  // Unsigned in AWS: the client id names the pool, in whatever account it is.
  InitiateAuth: async (input, _req, ctx) => {
    const r = reader(input);
    const flow = r.string('AuthFlow');
    const clientId = r.string('ClientId');
    const found = locateUserPoolClient(ctx.state, clientId);
    if (!found) throw new AwsError('ResourceNotFoundException', `User pool client ${clientId} does not exist.`);
    const { pool, client } = found;
    if (flow !== 'USER_PASSWORD_AUTH') throw new AwsError('InvalidParameterException', `The emulator serves the USER_PASSWORD_AUTH flow only, not ${flow}.`);
    const flows = Array.isArray(client.settings.ExplicitAuthFlows) ? (client.settings.ExplicitAuthFlows as string[]) : [];
    if (!flows.includes('ALLOW_USER_PASSWORD_AUTH') && !flows.includes('USER_PASSWORD_AUTH')) {
      throw new AwsError('InvalidParameterException', 'USER_PASSWORD_AUTH flow not enabled for this client');
    }
    const parameters = r.optObject('AuthParameters') ?? {};
    const username = typeof parameters.USERNAME === 'string' ? parameters.USERNAME : '';
    const password = typeof parameters.PASSWORD === 'string' ? parameters.PASSWORD : '';
    if (!username || !password) throw new AwsError('InvalidParameterException', 'Missing required parameter USERNAME or PASSWORD');
    if (client.clientSecret !== undefined) {
      const hash = typeof parameters.SECRET_HASH === 'string' ? parameters.SECRET_HASH : undefined;
      if (hash === undefined) throw new AwsError('NotAuthorizedException', `Client ${clientId} is configured with secret but SECRET_HASH was not received`);
      if (!secretHashMatches(hash, username, clientId, client.clientSecret)) throw new AwsError('NotAuthorizedException', `Unable to verify secret hash for client ${clientId}`);
    }
    const user = users(pool)[username];
    if (!user) throw client.settings.PreventUserExistenceErrors === 'LEGACY' ? new AwsError('UserNotFoundException', 'User does not exist.') : WRONG();
    if (user.password !== password) throw WRONG();
    if (user.status === 'FORCE_CHANGE_PASSWORD') {
      return { ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: randomUUID(), ChallengeParameters: { USER_ID_FOR_SRP: user.username, requiredAttributes: '[]', userAttributes: '{}' } };
    }
    const who = { sub: user.sub, username: user.username };
    return {
      ChallengeParameters: {},
      AuthenticationResult: {
        AccessToken: await accessToken(ctx.state, pool, client, { scope: 'aws.cognito.signin.user.admin', user: who }, ctx.now()),
        IdToken: await idToken(ctx.state, pool, client, { ...who, attributes: user.attributes }, ctx.now()),
        RefreshToken: randomUUID(),
        ExpiresIn: tokenLifetimeSeconds(client, 'AccessToken'),
        TokenType: 'Bearer',
      },
    };
  },
};

/** InitiateAuth arrives unsigned from a caller without AWS credentials. */
export function isUnsignedInitiateAuth(req: EmuRequest): boolean {
  return req.method === 'POST' && req.headers['x-amz-target'] === 'AWSCognitoIdentityProviderService.InitiateAuth';
}
