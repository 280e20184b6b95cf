import {
  CreateRoleCommand,
  DeleteRoleCommand,
  GetOpenIDConnectProviderCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListOpenIDConnectProvidersCommand,
  ListRolePoliciesCommand,
  ListRolesCommand,
  PutRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { CloudFormationClient, CreateStackCommand } from '@aws-sdk/client-cloudformation';
import { clientOptions, useTestEmulator } from '../../../helpers/emulator.js';
import { rejectionOf } from '../../../helpers/targets.js';
import type { RunningEmulator } from '../../../../src/emulator/server.js';

const ACCOUNT = '111111111111';
const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'bedrock-agentcore.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

let emulator: RunningEmulator;
let iam: IAMClient;

useTestEmulator((started) => (emulator = started), { reset: true });
beforeEach(() => {
  iam = new IAMClient(clientOptions(emulator, ACCOUNT, 'us-east-1'));
});

test('GetRole returns the role with its trust policy URL-encoded, as IAM does', async () => {
  const { Role: created } = await iam.send(
    new CreateRoleCommand({ RoleName: 'agentcore-dev-bot', AssumeRolePolicyDocument: TRUST, Path: '/agents/', Description: 'runtime', Tags: [{ Key: 'team', Value: 'a' }] }),
  );
  expect(created).toMatchObject({ RoleName: 'agentcore-dev-bot', Path: '/agents/', Arn: `arn:aws:iam::${ACCOUNT}:role/agents/agentcore-dev-bot` });
  expect(created!.RoleId).toMatch(/^AROA[A-Z2-7]{17}$/);
  const { Role } = await iam.send(new GetRoleCommand({ RoleName: 'agentcore-dev-bot' }));
  expect(Role).toMatchObject({ RoleName: 'agentcore-dev-bot', RoleId: created!.RoleId, Description: 'runtime', MaxSessionDuration: 3600, Tags: [{ Key: 'team', Value: 'a' }] });
  expect(Role!.CreateDate).toBeInstanceOf(Date);
  expect(Role!.AssumeRolePolicyDocument).toBe(encodeURIComponent(TRUST));
  expect(JSON.parse(decodeURIComponent(Role!.AssumeRolePolicyDocument!))).toEqual(JSON.parse(TRUST));
});

test('IAM is global: a role made through one region is seen from any other', async () => {
  await iam.send(new CreateRoleCommand({ RoleName: 'global-role', AssumeRolePolicyDocument: TRUST }));
  const elsewhere = new IAMClient(clientOptions(emulator, ACCOUNT, 'eu-central-1'));
  await expect(elsewhere.send(new GetRoleCommand({ RoleName: 'global-role' }))).resolves.toMatchObject({ Role: { RoleName: 'global-role' } });
  const otherAccount = new IAMClient(clientOptions(emulator, '222222222222', 'us-east-1'));
  expect((await rejectionOf(otherAccount.send(new GetRoleCommand({ RoleName: 'global-role' })))).name).toBe('NoSuchEntityException');
});

test('a missing role is NoSuchEntity (404) with IAM message; a duplicate is EntityAlreadyExists; a bad trust policy is MalformedPolicyDocument', async () => {
  const missing = await rejectionOf(iam.send(new GetRoleCommand({ RoleName: 'ghost' })));
  expect(missing).toMatchObject({ name: 'NoSuchEntityException', message: 'The role with name ghost cannot be found.' });
  expect(missing.$metadata.httpStatusCode).toBe(404);
  await iam.send(new CreateRoleCommand({ RoleName: 'Twice', AssumeRolePolicyDocument: TRUST }));
  expect((await rejectionOf(iam.send(new CreateRoleCommand({ RoleName: 'twice', AssumeRolePolicyDocument: TRUST })))).name).toBe('EntityAlreadyExistsException');
  expect((await rejectionOf(iam.send(new CreateRoleCommand({ RoleName: 'bad', AssumeRolePolicyDocument: '{"Statement": 1' })))).name).toBe('MalformedPolicyDocumentException');
  // The SDK sends a request without a required member as is; the service answers it.
  expect((await rejectionOf(iam.send(new GetRoleCommand({} as { RoleName: string })))).name).toBe('ValidationError');
});

test('inline policies: PutRolePolicy, ListRolePolicies, GetRolePolicy; a role with policies cannot be deleted', async () => {
  await iam.send(new CreateRoleCommand({ RoleName: 'r', AssumeRolePolicyDocument: TRUST }));
  const document = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ecr:BatchGetImage', Resource: 'arn:aws:ecr:us-east-1:111111111111:repository/x' }] });
  await iam.send(new PutRolePolicyCommand({ RoleName: 'r', PolicyName: 'pull', PolicyDocument: document }));
  expect((await iam.send(new ListRolePoliciesCommand({ RoleName: 'r' }))).PolicyNames).toEqual(['pull']);
  const policy = await iam.send(new GetRolePolicyCommand({ RoleName: 'r', PolicyName: 'pull' }));
  expect(decodeURIComponent(policy.PolicyDocument!)).toBe(document);
  expect((await rejectionOf(iam.send(new GetRolePolicyCommand({ RoleName: 'r', PolicyName: 'nope' })))).message).toBe('The role policy with name nope cannot be found.');
  expect((await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'r' }))).AttachedPolicies).toEqual([]);
  expect((await rejectionOf(iam.send(new DeleteRoleCommand({ RoleName: 'r' })))).name).toBe('DeleteConflictException');
});

test('ListRoles pages with Marker and filters by path', async () => {
  for (const name of ['c', 'a', 'b']) await iam.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: TRUST, Path: name === 'c' ? '/other/' : '/' }));
  const first = await iam.send(new ListRolesCommand({ MaxItems: 2 }));
  expect(first.Roles!.map((r) => r.RoleName)).toEqual(['a', 'b']);
  expect(first.IsTruncated).toBe(true);
  const second = await iam.send(new ListRolesCommand({ MaxItems: 2, Marker: first.Marker }));
  expect(second).toMatchObject({ IsTruncated: false });
  expect(second.Roles!.map((r) => r.RoleName)).toEqual(['c']);
  expect((await iam.send(new ListRolesCommand({ PathPrefix: '/other/' }))).Roles!.map((r) => r.RoleName)).toEqual(['c']);
});

test('roles, managed policies and the OIDC provider made by CloudFormation are visible through IAM', async () => {
  const cfn = new CloudFormationClient(clientOptions(emulator, ACCOUNT, 'us-west-2'));
  const template = `
Resources:
  Provider:
    Type: AWS::IAM::OIDCProvider
    Properties:
      Url: https://token.actions.githubusercontent.com
      ClientIdList: [sts.amazonaws.com]
  Managed:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      ManagedPolicyName: read-things
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: ssm:GetParameter, Resource: !Sub 'arn:aws:ssm:\${AWS::Region}:\${AWS::AccountId}:parameter/x' }] }
  Role:
    Type: AWS::IAM::Role
    Properties:
      RoleName: deployer
      ManagedPolicyArns: [!Ref Managed]
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement: [{ Effect: Allow, Principal: { Federated: !Ref Provider }, Action: sts:AssumeRoleWithWebIdentity }]
`;
  await cfn.send(new CreateStackCommand({ StackName: 'iam', TemplateBody: template, Capabilities: ['CAPABILITY_NAMED_IAM'] }));
  const providerArn = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`;
  expect((await iam.send(new ListOpenIDConnectProvidersCommand({}))).OpenIDConnectProviderList).toEqual([{ Arn: providerArn }]);
  const provider = await iam.send(new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: providerArn }));
  expect(provider).toMatchObject({ Url: 'token.actions.githubusercontent.com', ClientIDList: ['sts.amazonaws.com'] });
  const { AttachedPolicies } = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'deployer' }));
  expect(AttachedPolicies).toEqual([{ PolicyName: 'read-things', PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/read-things` }]);
  const missing = await rejectionOf(iam.send(new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: `arn:aws:iam::${ACCOUNT}:oidc-provider/example.com` })));
  expect(missing.name).toBe('NoSuchEntityException');
});
