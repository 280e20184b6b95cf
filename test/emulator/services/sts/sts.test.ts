import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  InvalidIdentityTokenException,
  STSClient,
  STSServiceException,
} from '@aws-sdk/client-sts';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { GetParameterCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { describeTargets, rejectionOf } from '../../../helpers/targets.js';
import { clientOptions, useTestEmulator } from '../../../helpers/emulator.js';
import type { RunningEmulator } from '../../../../src/emulator/server.js';
import { createRole } from '../../../../src/emulator/services/iam/store.js';


/** An unsigned JWT, as a CI provider would hand out (the emulator does not verify signatures). */
function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT', kid: 'test' })}.${part(claims)}.${Buffer.from('signature').toString('base64url')}`;
}

const ROLE_ARN = 'arn:aws:iam::222222222222:role/deployer';

/** A trust policy letting these principals (account ids or ARNs) call sts:AssumeRole. */
function trustPolicy(...principals: string[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: principals }, Action: 'sts:AssumeRole' }] });
}

describeTargets('STS conformance', (target, name) => {
  const sts = (credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }) => {
    const options = target().clientOptions('111111111111', 'us-west-2');
    return new STSClient({ ...options, ...(credentials ? { credentials } : {}) });
  };
  /** The role a user creates in 222222222222 for the callers (of 111111111111 by default) to assume. */
  const createRole = (name: string, trust: string) =>
    new IAMClient({ ...target().clientOptions('222222222222', 'us-east-1') }).send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: trust }));
  const callerAccount = () => target().accountFor('111111111111');
  beforeEach(async () => {
    await createRole('deployer', trustPolicy(`arn:aws:iam::${callerAccount()}:root`));
  });

  test('GetCallerIdentity names the account of the signing key', async () => {
    const identity = await sts().send(new GetCallerIdentityCommand({}));
    const account = target().accountFor('111111111111');
    expect(identity.Account).toBe(account);
    expect(identity.Arn).toMatch(new RegExp(`^arn:aws:(iam|sts)::${account}:user/`));
    expect(identity.UserId).toMatch(/^[A-Z0-9]+$/);
    expect(identity.$metadata.httpStatusCode).toBe(200);
  });

  test('AssumeRole issues temporary credentials that act as the role in its account', async () => {
    const before = Date.now();
    const assumed = await sts().send(new AssumeRoleCommand({ RoleArn: ROLE_ARN, RoleSessionName: 'ci-run-42' }));
    const credentials = assumed.Credentials!;
    expect(credentials.AccessKeyId).toMatch(/^ASIA/);
    expect(credentials.SecretAccessKey).toBeTruthy();
    expect(credentials.SessionToken).toBeTruthy();
    expect(credentials.Expiration).toBeInstanceOf(Date);
    const lifetime = credentials.Expiration!.getTime() - before;
    expect(lifetime).toBeGreaterThan(3500_000);
    expect(lifetime).toBeLessThan(3700_000);
    expect(assumed.AssumedRoleUser?.Arn).toBe('arn:aws:sts::222222222222:assumed-role/deployer/ci-run-42');
    expect(assumed.AssumedRoleUser?.AssumedRoleId).toMatch(/:ci-run-42$/);

    const asRole = await sts({
      accessKeyId: credentials.AccessKeyId!,
      secretAccessKey: credentials.SecretAccessKey!,
      sessionToken: credentials.SessionToken!,
    }).send(new GetCallerIdentityCommand({}));
    expect(asRole).toMatchObject({ Account: '222222222222', Arn: 'arn:aws:sts::222222222222:assumed-role/deployer/ci-run-42' });
    // AWS gives the caller the same role id that AssumeRole returned; moto draws a new one (a listed difference).
    if (name === 'emulator') expect(asRole.UserId).toBe(assumed.AssumedRoleUser?.AssumedRoleId);
    else expect(asRole.UserId).toMatch(/^AROA[A-Z0-9]+:ci-run-42$/);
  });

  test('AssumeRole honours DurationSeconds', async () => {
    const before = Date.now();
    const assumed = await sts().send(new AssumeRoleCommand({ RoleArn: ROLE_ARN, RoleSessionName: 'short', DurationSeconds: 900 }));
    const lifetime = assumed.Credentials!.Expiration!.getTime() - before;
    expect(lifetime).toBeGreaterThan(800_000);
    expect(lifetime).toBeLessThan(1000_000);
  });

  test("AssumeRole into a role whose trust policy names the caller's account or ARN is allowed", async () => {
    await createRole('by-arn', trustPolicy(`arn:aws:iam::${callerAccount()}:user/emulator`));
    await createRole('by-account', trustPolicy(callerAccount()));
    for (const role of ['by-arn', 'by-account']) {
      const assumed = await sts().send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::222222222222:role/${role}`, RoleSessionName: 'trusted' }));
      expect(assumed.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::222222222222:assumed-role/${role}/trusted`);
    }
  });

  // moto assumes any role, trusted or not, existing or not (a listed difference).
  test('AssumeRole into a role that does not trust the caller, or does not exist, is AccessDenied (403)', async () => {
    await createRole('other-trust', trustPolicy('arn:aws:iam::444444444444:root'));
    const untrusted = sts().send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::222222222222:role/other-trust', RoleSessionName: 'refused' }));
    const missing = sts().send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::222222222222:role/no-such-role', RoleSessionName: 'refused' }));
    if (name !== 'emulator') {
      await expect(untrusted).resolves.toHaveProperty('Credentials');
      await expect(missing).resolves.toHaveProperty('Credentials');
      return;
    }
    for (const [refusal, role] of [[untrusted, 'other-trust'], [missing, 'no-such-role']] as const) {
      const error = await rejectionOf(refusal);
      expect(error).toBeInstanceOf(STSServiceException);
      expect(error.name).toBe('AccessDenied');
      expect(error.$metadata.httpStatusCode).toBe(403);
      expect(error.message).toBe(`User: arn:aws:iam::111111111111:user/emulator is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::222222222222:role/${role}`);
    }
  });

  test('a RoleSessionName over 64 characters is a ValidationError (400)', async () => {
    const error = await rejectionOf(sts().send(new AssumeRoleCommand({ RoleArn: ROLE_ARN, RoleSessionName: 's'.repeat(65) })));
    expect(error).toBeInstanceOf(STSServiceException);
    expect(error.name).toBe('ValidationError');
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.message).toMatch(/roleSessionName/);
  });

  // moto validates only the session name's length; AWS documents the pattern and the ARN form.
  test('session names outside [\\w+=,.@-] and malformed role ARNs are refused', async () => {
    const badSession = sts().send(new AssumeRoleCommand({ RoleArn: ROLE_ARN, RoleSessionName: 'has space' }));
    const badArn = sts().send(new AssumeRoleCommand({ RoleArn: 'arn:aws:s3:::some-bucket-name', RoleSessionName: 'ok' }));
    if (name === 'emulator') {
      expect((await rejectionOf(badSession)).name).toBe('ValidationError');
      expect((await rejectionOf(badArn)).name).toBe('ValidationError');
    } else {
      await expect(badSession).resolves.toHaveProperty('Credentials');
      await expect(badArn).resolves.toHaveProperty('Credentials');
    }
  });

  test('AssumeRoleWithWebIdentity (unsigned) trades an OIDC token for role credentials', async () => {
    const token = jwt({ iss: 'https://token.actions.githubusercontent.com', sub: 'repo:acme/agents:ref:refs/heads/main', aud: 'sts.amazonaws.com' });
    const assumed = await sts().send(
      new AssumeRoleWithWebIdentityCommand({ RoleArn: 'arn:aws:iam::333333333333:role/github-oidc', RoleSessionName: 'gha', WebIdentityToken: token }),
    );
    expect(assumed.AssumedRoleUser?.Arn).toBe('arn:aws:sts::333333333333:assumed-role/github-oidc/gha');
    const credentials = assumed.Credentials!;
    const asRole = await sts({
      accessKeyId: credentials.AccessKeyId!,
      secretAccessKey: credentials.SecretAccessKey!,
      sessionToken: credentials.SessionToken!,
    }).send(new GetCallerIdentityCommand({}));
    expect(asRole.Account).toBe('333333333333');
    if (name === 'emulator') {
      expect(assumed).toMatchObject({
        SubjectFromWebIdentityToken: 'repo:acme/agents:ref:refs/heads/main',
        Audience: 'sts.amazonaws.com',
        Provider: 'https://token.actions.githubusercontent.com',
      });
    }
  });
});

describe('STS emulator specifics', () => {
  let emulator: RunningEmulator;
  useTestEmulator((started) => (emulator = started), { reset: true });
  beforeEach(() => {
    createRole(emulator.state, '222222222222', { name: 'deployer', assumeRolePolicyDocument: trustPolicy('111111111111', '000000000000') });
  });

  test('the default identity is the account user "emulator"', async () => {
    const identity = await new STSClient(clientOptions(emulator, '444444444444')).send(new GetCallerIdentityCommand({}));
    expect(identity).toMatchObject({ Account: '444444444444', Arn: 'arn:aws:iam::444444444444:user/emulator' });
  });

  test('requests signed with assumed-role keys land in the role account', async () => {
    const assumed = await new STSClient(clientOptions(emulator, '111111111111')).send(new AssumeRoleCommand({ RoleArn: ROLE_ARN, RoleSessionName: 'deploy' }));
    const c = assumed.Credentials!;
    const ssm = new SSMClient({
      ...clientOptions(emulator, '111111111111', 'us-east-2'),
      credentials: { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! },
    });
    await ssm.send(new PutParameterCommand({ Name: '/from/role', Value: 'x', Type: 'String' }));
    await expect(
      new SSMClient(clientOptions(emulator, '222222222222', 'us-east-2')).send(new GetParameterCommand({ Name: '/from/role' })),
    ).resolves.toMatchObject({ Parameter: { Value: 'x' } });
  });

  test("a role the emulator's IAM knows caps DurationSeconds at its MaxSessionDuration", async () => {
    const role = createRole(emulator.state, '222222222222', { name: 'capped', assumeRolePolicyDocument: trustPolicy('000000000000') });
    const sts = new STSClient(clientOptions(emulator));
    const error = await rejectionOf(sts.send(new AssumeRoleCommand({ RoleArn: role.arn, RoleSessionName: 'long', DurationSeconds: 7200 })));
    expect(error.name).toBe('ValidationError');
    expect(error.message).toMatch(/MaxSessionDuration/);
    const assumed = await sts.send(new AssumeRoleCommand({ RoleArn: role.arn, RoleSessionName: 'ok' }));
    expect(assumed.AssumedRoleUser?.AssumedRoleId).toBe(`${role.id}:ok`);
  });

  test("a role session is trusted by its role's ARN; a Deny for the caller wins over an Allow", async () => {
    const hop = createRole(emulator.state, '333333333333', { name: 'hop', assumeRolePolicyDocument: trustPolicy(ROLE_ARN) });
    const denying = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:*' },
        { Effect: 'Deny', Principal: { AWS: '111111111111' }, Action: 'sts:AssumeRole' },
      ],
    });
    const denied = createRole(emulator.state, '333333333333', { name: 'denied', assumeRolePolicyDocument: denying });
    const first = (await new STSClient(clientOptions(emulator, '111111111111')).send(new AssumeRoleCommand({ RoleArn: ROLE_ARN, RoleSessionName: 'first' }))).Credentials!;
    const asDeployer = new STSClient({
      ...clientOptions(emulator, '111111111111'),
      credentials: { accessKeyId: first.AccessKeyId!, secretAccessKey: first.SecretAccessKey!, sessionToken: first.SessionToken! },
    });
    await expect(asDeployer.send(new AssumeRoleCommand({ RoleArn: hop.arn, RoleSessionName: 'second' }))).resolves.toMatchObject({
      AssumedRoleUser: { Arn: 'arn:aws:sts::333333333333:assumed-role/hop/second' },
    });
    const refused = await rejectionOf(new STSClient(clientOptions(emulator, '111111111111')).send(new AssumeRoleCommand({ RoleArn: denied.arn, RoleSessionName: 'x1' })));
    expect(refused.name).toBe('AccessDenied');
    // The session, not its role, is the caller AWS names.
    const sessionRefused = await rejectionOf(asDeployer.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::333333333333:role/missing', RoleSessionName: 'x2' })));
    expect(sessionRefused.message).toBe('User: arn:aws:sts::222222222222:assumed-role/deployer/first is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::333333333333:role/missing');
  });

  test('a web identity token that is not a JWT is InvalidIdentityTokenException', async () => {
    const error = await rejectionOf(
      new STSClient(clientOptions(emulator)).send(new AssumeRoleWithWebIdentityCommand({ RoleArn: ROLE_ARN, RoleSessionName: 'x1', WebIdentityToken: 'not-a-jwt' })),
    );
    expect(error).toBeInstanceOf(InvalidIdentityTokenException);
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  test('an unknown action answers the query error envelope', async () => {
    const response = await fetch(emulator.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: 'AWS4-HMAC-SHA256 Credential=111111111111/20250101/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=x',
      },
      body: 'Action=Bogus&Version=2011-06-15',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/^<ErrorResponse><Error><Type>Sender<\/Type><Code>InvalidAction<\/Code>/);
  });
});
