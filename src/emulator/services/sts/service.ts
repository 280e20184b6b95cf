import { createHash, randomBytes } from 'node:crypto';
import type { EmulatorState } from '../../state.js';
import { AwsError, type ServiceModule } from '../../types.js';
import { findRoleByArn } from '../iam/store.js';
import { resourcePolicyAllows } from '../iam/resource-policy.js';
import { constraintMessage } from '../../protocols/wire.js';
import { queryRouter, type QueryHandler, type QueryInput } from '../../protocols/query-rpc.js';

/**
 * STS (awsQuery): who am I, and role assumption. Issued keys go into `state.credentials`, so a
 * request signed with them acts in the role's account (see `EmulatorState.accountFor`).
 */
const XMLNS = 'https://sts.amazonaws.com/doc/2011-06-15/';
const ROLE_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]{1,64})$/;
const SESSION_NAME = /^[\w+=,.@-]*$/;
const DEFAULT_DURATION_SECONDS = 3600;
/** The most any role allows; a role the emulator's IAM knows may allow less (its MaxSessionDuration). */
const MAX_DURATION_SECONDS = 43200;

export interface CallerIdentity {
  account: string;
  arn: string;
  userId: string;
}

/** The identity behind an access key id: STS-issued credentials, else the account's `emulator` user. */
export function callerIdentity(state: EmulatorState, accessKeyId: string): CallerIdentity {
  const issued = state.credentials[accessKeyId];
  if (issued) return { account: issued.account, arn: issued.arn, userId: issued.userId };
  const account = state.accountFor(accessKeyId);
  return { account, arn: `arn:aws:iam::${account}:user/emulator`, userId: `AIDA${stableId(account, 17)}` };
}

/** Uppercase alphanumerics derived from a seed: an IAM unique id that stays the same for the same principal. */
function stableId(seed: string, length: number): string {
  return createHash('sha256').update(seed).digest('base64').replace(/[^A-Za-z0-9]/g, '').toUpperCase().slice(0, length);
}

function randomKeyPart(length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  return Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join('');
}

function validationError(member: string, value: string | undefined, constraint: string): AwsError {
  return new AwsError('ValidationError', constraintMessage(member, value ?? null, constraint));
}

interface RoleTarget {
  roleArn: string;
  account: string;
  roleName: string;
  /** The IAM role's id when the role exists in the emulator's IAM. */
  roleId: string;
  sessionName: string;
  durationSeconds: number;
}

function readRoleTarget(state: EmulatorState, input: QueryInput): RoleTarget {
  const roleArn = input.string('RoleArn');
  const sessionName = input.string('RoleSessionName');
  if (roleArn.length < 20) throw validationError('roleArn', roleArn, 'Member must have length greater than or equal to 20');
  if (roleArn.length > 2048) throw validationError('roleArn', roleArn, 'Member must have length less than or equal to 2048');
  if (sessionName.length < 2) throw validationError('roleSessionName', sessionName, 'Member must have length greater than or equal to 2');
  if (sessionName.length > 64) throw validationError('roleSessionName', sessionName, 'Member must have length less than or equal to 64');
  if (!SESSION_NAME.test(sessionName)) {
    throw validationError('roleSessionName', sessionName, 'Member must satisfy regular expression pattern: [\\w+=,.@-]*');
  }
  const match = ROLE_ARN.exec(roleArn);
  if (!match) throw new AwsError('ValidationError', `Request ARN is invalid: ${roleArn} is not an IAM role ARN (arn:aws:iam::<account>:role/<name>)`);
  const durationSeconds = input.optInteger('DurationSeconds') ?? DEFAULT_DURATION_SECONDS;
  if (durationSeconds < 900) throw validationError('durationSeconds', String(durationSeconds), 'Member must have value greater than or equal to 900');
  if (durationSeconds > MAX_DURATION_SECONDS) {
    throw validationError('durationSeconds', String(durationSeconds), `Member must have value less than or equal to ${MAX_DURATION_SECONDS}`);
  }
  // A role the emulator's IAM knows brings its id and MaxSessionDuration; AssumeRoleWithWebIdentity takes any other role as is.
  const role = findRoleByArn(state, roleArn);
  if (role && durationSeconds > role.maxSessionDuration) {
    throw new AwsError('ValidationError', 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');
  }
  return { roleArn, account: match[1]!, roleName: match[2]!, roleId: role?.id ?? `AROA${stableId(roleArn, 17)}`, sessionName, durationSeconds };
}

/**
 * AssumeRole succeeds only into a role that exists and whose trust policy names the caller (its
 * account, its ARN or, for a session, its role). AWS answers a missing role and an untrusted
 * caller alike, so as not to tell which roles exist.
 */
function checkTrust(state: EmulatorState, caller: CallerIdentity, roleArn: string): void {
  const role = findRoleByArn(state, roleArn);
  if (!role || !resourcePolicyAllows(role.assumeRolePolicyDocument, caller, 'sts:AssumeRole')) {
    throw new AwsError('AccessDenied', `User: ${caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`, 403);
  }
}

/** Issues session credentials for a role and registers the key id, so requests signed with it act as the role. */
function issueRoleCredentials(state: EmulatorState, target: RoleTarget, now: number) {
  const accessKeyId = `ASIA${randomKeyPart(16)}`;
  const arn = `arn:aws:sts::${target.account}:assumed-role/${target.roleName}/${target.sessionName}`;
  const userId = `${target.roleId}:${target.sessionName}`;
  state.credentials[accessKeyId] = { accessKeyId, account: target.account, arn, userId };
  return {
    Credentials: {
      AccessKeyId: accessKeyId,
      SecretAccessKey: randomBytes(30).toString('base64'),
      SessionToken: randomBytes(180).toString('base64'),
      Expiration: new Date(now + target.durationSeconds * 1000).toISOString(),
    },
    AssumedRoleUser: { AssumedRoleId: userId, Arn: arn },
  };
}

/** The claims of a JWT, unverified: the emulator trusts any token (see the README). */
function readJwtClaims(token: string): Record<string, unknown> {
  const parts = token.split('.');
  if (parts.length === 3) {
    try {
      const claims: unknown = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
      if (typeof claims === 'object' && claims !== null && !Array.isArray(claims)) return claims as Record<string, unknown>;
    } catch {
      // answered below as AWS answers a token it cannot parse
    }
  }
  throw new AwsError('InvalidIdentityToken', 'The web identity token that was passed could not be validated by AWS: it is not a JWT.');
}

function claimText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return undefined;
}

const handlers: Record<string, QueryHandler> = {
  GetCallerIdentity: (_input, req, ctx) => {
    const identity = callerIdentity(ctx.state, req.accessKeyId);
    return { Arn: identity.arn, UserId: identity.userId, Account: identity.account };
  },
  AssumeRole: (input, req, ctx) => {
    const target = readRoleTarget(ctx.state, input);
    checkTrust(ctx.state, callerIdentity(ctx.state, req.accessKeyId), target.roleArn);
    return { ...issueRoleCredentials(ctx.state, target, ctx.now()), PackedPolicySize: 0 };
  },
  AssumeRoleWithWebIdentity: (input, _req, ctx) => {
    const target = readRoleTarget(ctx.state, input);
    const token = input.string('WebIdentityToken');
    if (token.length < 4 || token.length > 20000) {
      throw validationError('webIdentityToken', '***', 'Member must have length between 4 and 20000');
    }
    const claims = readJwtClaims(token);
    return {
      ...issueRoleCredentials(ctx.state, target, ctx.now()),
      SubjectFromWebIdentityToken: claimText(claims.sub) ?? '',
      Provider: input.optString('ProviderId') ?? claimText(claims.iss) ?? '',
      Audience: claimText(claims.aud) ?? claimText(claims.client_id) ?? '',
      PackedPolicySize: 0,
    };
  },
};

const route = queryRouter(XMLNS, handlers);

export const stsService: ServiceModule = {
  name: 'sts',
  protocol: 'query',
  signingNames: ['sts'],
  throttlingCode: 'Throttling',
  // AssumeRoleWithWebIdentity is unsigned in the SDK: the token is the credential.
  claimsUnsigned: (req) => req.method === 'POST' && route(req)?.name === 'AssumeRoleWithWebIdentity',
  route,
};
