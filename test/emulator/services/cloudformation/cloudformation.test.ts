import {
  CloudFormationClient,
  CreateChangeSetCommand,
  CreateStackCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStackResourcesCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  GetTemplateCommand,
  ListChangeSetsCommand,
  ListStacksCommand,
  UpdateStackCommand,
  ValidateTemplateCommand,
  waitUntilChangeSetCreateComplete,
  waitUntilStackCreateComplete,
  waitUntilStackDeleteComplete,
  waitUntilStackUpdateComplete,
  type Capability,
  type Parameter,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import { DescribeRepositoriesCommand, ECRClient } from '@aws-sdk/client-ecr';
import { CognitoIdentityProviderClient, DescribeUserPoolClientCommand, DescribeUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { GetRoleCommand, GetRolePolicyCommand, IAMClient, ListRolePoliciesCommand } from '@aws-sdk/client-iam';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { clientOptions, control, useTestEmulator } from '../../../helpers/emulator.js';
import { rejectionOf } from '../../../helpers/targets.js';
import type { RunningEmulator } from '../../../../src/emulator/server.js';
import { providers } from '../../../../src/emulator/services/cloudformation/providers/index.js';

const ACCOUNT = '111111111111';
const REGION = 'us-west-2';
const WAIT = { minDelay: 1, maxDelay: 1, maxWaitTime: 20 };

let emulator: RunningEmulator;
let cfn: CloudFormationClient;
let ecr: ECRClient;
let iam: IAMClient;

useTestEmulator((started) => (emulator = started), { reset: true });
beforeEach(() => {
  cfn = new CloudFormationClient(clientOptions(emulator, ACCOUNT, REGION));
  ecr = new ECRClient(clientOptions(emulator, ACCOUNT, REGION));
  iam = new IAMClient(clientOptions(emulator, ACCOUNT, 'us-east-1'));
});

async function describe1(name: string): Promise<Stack> {
  const { Stacks } = await cfn.send(new DescribeStacksCommand({ StackName: name }));
  return Stacks![0]!;
}

function outputsOf(stack: Stack): Record<string, string> {
  return Object.fromEntries((stack.Outputs ?? []).map((o) => [o.OutputKey!, o.OutputValue!]));
}

async function createAndWait(name: string, body: string, extra: { Parameters?: Parameter[]; Capabilities?: Capability[] } = {}): Promise<Stack> {
  await cfn.send(new CreateStackCommand({ StackName: name, TemplateBody: body, ...extra }));
  await waitUntilStackCreateComplete({ client: cfn, ...WAIT }, { StackName: name });
  return describe1(name);
}

async function events(name: string): Promise<Array<[string, string, string]>> {
  const { StackEvents } = await cfn.send(new DescribeStackEventsCommand({ StackName: name }));
  return StackEvents!.map((e) => [e.LogicalResourceId!, e.ResourceStatus!, e.ResourceStatusReason ?? '']);
}

async function repositoryNames(): Promise<string[]> {
  const { repositories } = await ecr.send(new DescribeRepositoriesCommand({}));
  return repositories!.map((r) => r.repositoryName!).sort();
}

const REPO_TEMPLATE = `
AWSTemplateFormatVersion: '2010-09-09'
Description: one repository
Parameters:
  Name:
    Type: String
  Mutability:
    Type: String
    Default: IMMUTABLE
    AllowedValues: [MUTABLE, IMMUTABLE]
Resources:
  Repo:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: !Ref Name
      ImageTagMutability: !Ref Mutability
      ImageScanningConfiguration: { ScanOnPush: true }
Outputs:
  Uri:
    Value: !GetAtt Repo.RepositoryUri
    Export: { Name: !Sub '\${AWS::StackName}-Uri' }
  Arn:
    Value: !GetAtt Repo.Arn
`;

/** Two repositories, the second referring to the first, so a failure of the second rolls the first back. */
const TWO_REPOS = `
Resources:
  First:
    Type: AWS::ECR::Repository
    Properties: { RepositoryName: first-repo }
  Second:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: !Sub '\${First}-second'
`;

describe('stacks', () => {
  test('CreateStack shows CREATE_IN_PROGRESS, then the waiter sees CREATE_COMPLETE with outputs, and ECR sees the repository', async () => {
    await control(emulator, 'POST', 'settings', { provisioningDelayMs: 1500 });
    const { StackId } = await cfn.send(
      new CreateStackCommand({ StackName: 'repo', TemplateBody: REPO_TEMPLATE, Parameters: [{ ParameterKey: 'Name', ParameterValue: 'support-bot' }] }),
    );
    expect(StackId).toMatch(new RegExp(`^arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/repo/[0-9a-f-]{36}$`));
    expect((await describe1('repo')).StackStatus).toBe('CREATE_IN_PROGRESS');
    const waited = await waitUntilStackCreateComplete({ client: cfn, ...WAIT }, { StackName: 'repo' });
    expect(waited.state).toBe('SUCCESS');
    const stack = await describe1('repo');
    expect(stack).toMatchObject({ StackStatus: 'CREATE_COMPLETE', StackName: 'repo', StackId, Description: 'one repository' });
    expect(stack.Parameters).toEqual([
      { ParameterKey: 'Name', ParameterValue: 'support-bot' },
      { ParameterKey: 'Mutability', ParameterValue: 'IMMUTABLE' },
    ]);
    expect(stack.Outputs).toEqual(
      expect.arrayContaining([
        { OutputKey: 'Uri', OutputValue: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/support-bot`, ExportName: 'repo-Uri' },
        { OutputKey: 'Arn', OutputValue: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/support-bot` },
      ]),
    );
    const { repositories } = await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['support-bot'] }));
    expect(repositories![0]).toMatchObject({ imageTagMutability: 'IMMUTABLE', imageScanningConfiguration: { scanOnPush: true } });
    const { StackResources } = await cfn.send(new DescribeStackResourcesCommand({ StackName: 'repo' }));
    expect(StackResources).toEqual([
      expect.objectContaining({ LogicalResourceId: 'Repo', PhysicalResourceId: 'support-bot', ResourceType: 'AWS::ECR::Repository', ResourceStatus: 'CREATE_COMPLETE' }),
    ]);
  });

  test('events come newest first and name the stack and each resource', async () => {
    await createAndWait('repo', REPO_TEMPLATE, { Parameters: [{ ParameterKey: 'Name', ParameterValue: 'a-repo' }] });
    expect(await events('repo')).toEqual([
      ['repo', 'CREATE_COMPLETE', ''],
      ['Repo', 'CREATE_COMPLETE', ''],
      ['Repo', 'CREATE_IN_PROGRESS', 'Resource creation Initiated'],
      ['Repo', 'CREATE_IN_PROGRESS', ''],
      ['repo', 'CREATE_IN_PROGRESS', 'User Initiated'],
    ]);
  });

  test('UpdateStack applies a change in place; the same update again is the ValidationError "No updates are to be performed."', async () => {
    await createAndWait('repo', REPO_TEMPLATE, { Parameters: [{ ParameterKey: 'Name', ParameterValue: 'a-repo' }] });
    const update = { StackName: 'repo', UsePreviousTemplate: true, Parameters: [{ ParameterKey: 'Name', UsePreviousValue: true }, { ParameterKey: 'Mutability', ParameterValue: 'MUTABLE' }] };
    await cfn.send(new UpdateStackCommand(update));
    await waitUntilStackUpdateComplete({ client: cfn, ...WAIT }, { StackName: 'repo' });
    const stack = await describe1('repo');
    expect(stack.StackStatus).toBe('UPDATE_COMPLETE');
    expect(stack.LastUpdatedTime).toBeInstanceOf(Date);
    const { repositories } = await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['a-repo'] }));
    expect(repositories![0]!.imageTagMutability).toBe('MUTABLE');
    expect((await events('repo')).slice(0, 4)).toEqual([
      ['repo', 'UPDATE_COMPLETE', ''],
      ['repo', 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS', ''],
      ['Repo', 'UPDATE_COMPLETE', ''],
      ['Repo', 'UPDATE_IN_PROGRESS', ''],
    ]);

    const error = await rejectionOf(cfn.send(new UpdateStackCommand(update)));
    expect(error.name).toBe('ValidationError');
    expect(error.message).toBe('No updates are to be performed.');
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  test('changing an immutable property replaces the resource: the new one is created, the old one deleted', async () => {
    await createAndWait('repo', REPO_TEMPLATE, { Parameters: [{ ParameterKey: 'Name', ParameterValue: 'old-name' }] });
    await cfn.send(new UpdateStackCommand({ StackName: 'repo', UsePreviousTemplate: true, Parameters: [{ ParameterKey: 'Name', ParameterValue: 'new-name' }] }));
    await waitUntilStackUpdateComplete({ client: cfn, ...WAIT }, { StackName: 'repo' });
    expect(await repositoryNames()).toEqual(['new-name']);
    expect(outputsOf(await describe1('repo')).Uri).toBe(`${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/new-name`);
    const reasons = (await events('repo')).map(([id, status, reason]) => `${id} ${status} ${reason}`.trim());
    expect(reasons).toContain('Repo UPDATE_IN_PROGRESS Requested update requires the creation of a new physical resource; hence creating one.');
    expect(reasons).toContain('Repo DELETE_COMPLETE');
  });

  test('a missing stack is the ValidationError "Stack with id X does not exist"; CreateStack twice is AlreadyExistsException', async () => {
    const missing = await rejectionOf(cfn.send(new DescribeStacksCommand({ StackName: 'nope' })));
    expect(missing).toMatchObject({ name: 'ValidationError', message: 'Stack with id nope does not exist' });
    await createAndWait('repo', REPO_TEMPLATE, { Parameters: [{ ParameterKey: 'Name', ParameterValue: 'a-repo' }] });
    const twice = await rejectionOf(cfn.send(new CreateStackCommand({ StackName: 'repo', TemplateBody: REPO_TEMPLATE })));
    expect(twice).toMatchObject({ name: 'AlreadyExistsException', message: 'Stack [repo] already exists' });
    expect((await cfn.send(new DescribeStacksCommand({}))).Stacks!.map((s) => s.StackName)).toEqual(['repo']);
  });

  test('parameters: NoEcho is hidden, AllowedValues and missing values are refused with CloudFormation messages', async () => {
    const template = `
Parameters:
  Secret: { Type: String, NoEcho: true }
  Size: { Type: Number, MinValue: 1 }
  Flavour: { Type: String, AllowedValues: [a, b] }
Resources:
  Repo: { Type: AWS::ECR::Repository }
`;
    const values = (secret: string, size: string, flavour: string) => [
      { ParameterKey: 'Secret', ParameterValue: secret },
      { ParameterKey: 'Size', ParameterValue: size },
      { ParameterKey: 'Flavour', ParameterValue: flavour },
    ];
    expect(await rejectionOf(cfn.send(new CreateStackCommand({ StackName: 'p', TemplateBody: template, Parameters: values('s', '1', 'c') })))).toMatchObject({
      name: 'ValidationError',
      message: "Parameter 'Flavour' must be one of AllowedValues",
    });
    expect(await rejectionOf(cfn.send(new CreateStackCommand({ StackName: 'p', TemplateBody: template, Parameters: values('s', 'x', 'a') })))).toMatchObject({
      message: "Parameter 'Size' must be a number.",
    });
    expect(await rejectionOf(cfn.send(new CreateStackCommand({ StackName: 'p', TemplateBody: template, Parameters: values('s', '1', 'a').slice(1) })))).toMatchObject({
      message: 'Parameters: [Secret] must have values',
    });
    expect(
      await rejectionOf(cfn.send(new CreateStackCommand({ StackName: 'p', TemplateBody: template, Parameters: [...values('s', '1', 'a'), { ParameterKey: 'Extra', ParameterValue: 'x' }] }))),
    ).toMatchObject({ message: 'Parameters: [Extra] do not exist in the template' });
    const stack = await createAndWait('p', template, { Parameters: values('hunter2', '3', 'b') });
    expect(stack.Parameters).toContainEqual({ ParameterKey: 'Secret', ParameterValue: '****' });
    const { Parameters } = await cfn.send(new ValidateTemplateCommand({ TemplateBody: template }));
    expect(Parameters).toContainEqual(expect.objectContaining({ ParameterKey: 'Secret', NoEcho: true }));
  });

  test('IAM resources need CAPABILITY_IAM, named ones CAPABILITY_NAMED_IAM', async () => {
    const role = (named: boolean) => `
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      ${named ? 'RoleName: my-role' : ''}
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement: [{ Effect: Allow, Principal: { Service: bedrock-agentcore.amazonaws.com }, Action: sts:AssumeRole }]
`;
    const named = await rejectionOf(cfn.send(new CreateStackCommand({ StackName: 'r', TemplateBody: role(true), Capabilities: ['CAPABILITY_IAM'] })));
    expect(named).toMatchObject({ name: 'InsufficientCapabilitiesException', message: 'Requires capabilities : [CAPABILITY_NAMED_IAM]' });
    expect(named.$metadata.httpStatusCode).toBe(400);
    const unnamed = await rejectionOf(cfn.send(new CreateStackCommand({ StackName: 'r', TemplateBody: role(false) })));
    expect(unnamed).toMatchObject({ name: 'InsufficientCapabilitiesException', message: 'Requires capabilities : [CAPABILITY_IAM]' });
    const stack = await createAndWait('r', role(false), { Capabilities: ['CAPABILITY_IAM'] });
    expect(stack.Capabilities).toEqual(['CAPABILITY_IAM']);
    const { StackResources } = await cfn.send(new DescribeStackResourcesCommand({ StackName: 'r' }));
    const { Role } = await iam.send(new GetRoleCommand({ RoleName: StackResources![0]!.PhysicalResourceId! }));
    expect(Role!.RoleName).toMatch(/^r-Role-[A-Z0-9]{12}$/);
  });

  test('an unknown resource type is a template format error, and so is a reference to nothing', async () => {
    const unknown = await rejectionOf(cfn.send(new CreateStackCommand({ StackName: 'u', TemplateBody: 'Resources:\n  X:\n    Type: AWS::Foo::Bar\n' })));
    expect(unknown).toMatchObject({ name: 'ValidationError', message: 'Template format error: Unrecognized resource types: [AWS::Foo::Bar]' });
    const dangling = await rejectionOf(
      cfn.send(new CreateStackCommand({ StackName: 'u', TemplateBody: 'Resources:\n  X:\n    Type: AWS::ECR::Repository\n    Properties: { RepositoryName: !Ref Nothing }\n' })),
    );
    expect(dangling.message).toBe('Template format error: Unresolved resource dependencies [Nothing] in the Resources block of the template');
    const yaml = await rejectionOf(cfn.send(new CreateStackCommand({ StackName: 'u', TemplateBody: 'Resources: [\n' })));
    expect(yaml.message).toMatch(/^Template format error: YAML not well-formed\. \(line \d+, column \d+\)$/);
    expect(await rejectionOf(cfn.send(new ListChangeSetsCommand({ StackName: 'u' })))).toMatchObject({ message: 'Stack with id u does not exist' });
  });

  test('intrinsic functions, conditions and pseudo parameters, in a JSON template', async () => {
    const template = {
      Parameters: { Env: { Type: 'String', Default: 'dev' }, Accounts: { Type: 'CommaDelimitedList', Default: '' }, Names: { Type: 'CommaDelimitedList', Default: 'a, b ,c' } },
      Mappings: { Sizes: { dev: { Keep: '10' } } },
      Conditions: {
        IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
        HasAccounts: { 'Fn::Not': [{ 'Fn::Equals': [{ 'Fn::Join': ['', { Ref: 'Accounts' }] }, ''] }] },
        Either: { 'Fn::Or': [{ Condition: 'IsProd' }, { Condition: 'HasAccounts' }] },
      },
      Resources: {
        Repo: { Type: 'AWS::ECR::Repository', Properties: { RepositoryName: { 'Fn::Sub': '${AWS::StackName}-${Env}' } } },
        ProdOnly: { Type: 'AWS::ECR::Repository', Condition: 'IsProd', Properties: { RepositoryName: 'prod-only' } },
      },
      Outputs: {
        Sub2: { Value: { 'Fn::Sub': ['${Name}@${AWS::Region}/${Repo}:${!Literal}', { Name: { 'Fn::Select': [1, { Ref: 'Names' }] } }] } },
        Joined: { Value: { 'Fn::Join': ['|', [{ Ref: 'AWS::AccountId' }, { Ref: 'AWS::Partition' }, { Ref: 'AWS::URLSuffix' }]] } },
        Split: { Value: { 'Fn::Select': [1, { 'Fn::Split': ['/', { 'Fn::GetAtt': ['Repo', 'Arn'] }] }] } },
        If: { Value: { 'Fn::If': ['Either', 'yes', 'no'] } },
        Zone: { Value: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] } },
        Keep: { Value: { 'Fn::FindInMap': ['Sizes', { Ref: 'Env' }, 'Keep'] } },
        Id: { Value: { Ref: 'AWS::StackId' } },
        Hidden: { Condition: 'IsProd', Value: { Ref: 'ProdOnly' } },
      },
    };
    const stack = await createAndWait('fx', JSON.stringify(template));
    expect(outputsOf(stack)).toEqual({
      Sub2: `b@${REGION}/fx-dev:\${Literal}`,
      Joined: `${ACCOUNT}|aws|amazonaws.com`,
      Split: 'fx-dev',
      If: 'no',
      Zone: `${REGION}a`,
      Keep: '10',
      Id: stack.StackId,
    });
    expect(await repositoryNames()).toEqual(['fx-dev']);
  });

  test('AWS::IAM::Policy puts an inline policy on roles and takes it away on delete; Fn::ToJsonString with the language extensions', async () => {
    const template = `
Transform: AWS::LanguageExtensions
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { Service: bedrock-agentcore.amazonaws.com }, Action: sts:AssumeRole }] }
  Extra:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: extra
      Roles: [!Ref Role]
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: ssm:GetParameter, Resource: !Sub 'arn:aws:ssm:\${AWS::Region}:\${AWS::AccountId}:parameter/x' }] }
Outputs:
  Json:
    Value: !ToJsonString { region: !Ref AWS::Region, names: [a, b] }
  RoleName:
    Value: !Ref Role
`;
    const stack = await createAndWait('pol', template, { Capabilities: ['CAPABILITY_IAM'] });
    const outputs = outputsOf(stack);
    expect(JSON.parse(outputs.Json!)).toEqual({ region: REGION, names: ['a', 'b'] });
    const roleName = outputs.RoleName!;
    expect((await iam.send(new ListRolePoliciesCommand({ RoleName: roleName }))).PolicyNames).toEqual(['extra']);
    const withoutPolicy = template.replace(/ {2}Extra:[\s\S]*?Outputs:/, 'Outputs:');
    await cfn.send(new UpdateStackCommand({ StackName: 'pol', TemplateBody: withoutPolicy, Capabilities: ['CAPABILITY_IAM'] }));
    expect((await iam.send(new ListRolePoliciesCommand({ RoleName: roleName }))).PolicyNames).toEqual([]);
    const noTransform = await rejectionOf(cfn.send(new ValidateTemplateCommand({ TemplateBody: template.replace('Transform: AWS::LanguageExtensions', '') })));
    expect(noTransform.message).toBe('Template format error: Encountered unsupported function: Fn::ToJsonString');
  });

  test('GetTemplate returns the body as sent; ListStacks lists deleted stacks too', async () => {
    await createAndWait('repo', REPO_TEMPLATE, { Parameters: [{ ParameterKey: 'Name', ParameterValue: 'a-repo' }] });
    expect((await cfn.send(new GetTemplateCommand({ StackName: 'repo' }))).TemplateBody).toBe(REPO_TEMPLATE);
    await cfn.send(new DeleteStackCommand({ StackName: 'repo' }));
    await waitUntilStackDeleteComplete({ client: cfn, ...WAIT }, { StackName: 'repo' });
    const { StackSummaries } = await cfn.send(new ListStacksCommand({ StackStatusFilter: ['DELETE_COMPLETE'] }));
    expect(StackSummaries!.map((s) => [s.StackName, s.StackStatus])).toEqual([['repo', 'DELETE_COMPLETE']]);
    expect(await repositoryNames()).toEqual([]);
  });
});

describe('failures and rollback', () => {
  test('a failed resource on create rolls back to ROLLBACK_COMPLETE, events name it, and the stack can then be deleted', async () => {
    await control(emulator, 'POST', 'cloudformation/fail-resource', { stackName: 'two', logicalId: 'Second', reason: 'disk on fire' });
    await cfn.send(new CreateStackCommand({ StackName: 'two', TemplateBody: TWO_REPOS }));
    const waited = await rejectionOf(waitUntilStackCreateComplete({ client: cfn, ...WAIT }, { StackName: 'two' }));
    expect(waited.message).toContain('ROLLBACK_COMPLETE');
    const stack = await describe1('two');
    expect(stack.StackStatus).toBe('ROLLBACK_COMPLETE');
    const all = await events('two');
    expect(all).toContainEqual(['Second', 'CREATE_FAILED', 'disk on fire']);
    expect(all).toContainEqual(['two', 'ROLLBACK_IN_PROGRESS', 'The following resource(s) failed to create: [Second]. Rollback requested by user.']);
    expect(all).toContainEqual(['First', 'DELETE_COMPLETE', '']);
    const { StackEvents } = await cfn.send(new DescribeStackEventsCommand({ StackName: 'two' }));
    expect(StackEvents!.find((e) => e.ResourceStatus === 'CREATE_FAILED')).toMatchObject({ LogicalResourceId: 'Second', ResourceType: 'AWS::ECR::Repository' });
    expect(await repositoryNames()).toEqual([]);
    expect((await cfn.send(new DescribeStackResourcesCommand({ StackName: 'two' }))).StackResources).toEqual([]);

    const stuck = await rejectionOf(cfn.send(new UpdateStackCommand({ StackName: 'two', UsePreviousTemplate: true })));
    expect(stuck.message).toBe(`Stack:${stack.StackId} is in ROLLBACK_COMPLETE state and can not be updated.`);
    await cfn.send(new DeleteStackCommand({ StackName: 'two' }));
    await waitUntilStackDeleteComplete({ client: cfn, ...WAIT }, { StackName: 'two' });
    expect(await rejectionOf(cfn.send(new DescribeStacksCommand({ StackName: 'two' })))).toMatchObject({ message: 'Stack with id two does not exist' });
    expect((await describe1(stack.StackId!)).StackStatus).toBe('DELETE_COMPLETE');
    // The name is free again, and the injected failure was used up.
    expect((await createAndWait('two', TWO_REPOS)).StackStatus).toBe('CREATE_COMPLETE');
  });

  test('a property the type does not know fails the resource with the registry message', async () => {
    await cfn.send(new CreateStackCommand({ StackName: 'bad', TemplateBody: 'Resources:\n  Repo:\n    Type: AWS::ECR::Repository\n    Properties: { Colour: blue }\n' }));
    expect((await describe1('bad')).StackStatus).toBe('ROLLBACK_COMPLETE');
    expect(await events('bad')).toContainEqual([
      'Repo',
      'CREATE_FAILED',
      'Properties validation failed for resource Repo with message: #: extraneous key [Colour] is not permitted',
    ]);
  });

  test('a failed update rolls back to UPDATE_ROLLBACK_COMPLETE with the previous resources, parameters and template exactly', async () => {
    const before = await createAndWait('repo', REPO_TEMPLATE, { Parameters: [{ ParameterKey: 'Name', ParameterValue: 'kept' }] });
    const next = `${REPO_TEMPLATE.replace('Outputs:', `  Extra:
    Type: AWS::ECR::Repository
    Properties: { RepositoryName: extra-repo }
  Broken:
    Type: AWS::ECR::Repository
    DependsOn: Extra
    Properties: { RepositoryName: broken-repo }
Outputs:`)}`;
    await control(emulator, 'POST', 'cloudformation/fail-resource', { account: ACCOUNT, region: REGION, logicalId: 'Broken' });
    await cfn.send(
      new UpdateStackCommand({ StackName: 'repo', TemplateBody: next, Parameters: [{ ParameterKey: 'Name', UsePreviousValue: true }, { ParameterKey: 'Mutability', ParameterValue: 'MUTABLE' }] }),
    );
    const waited = await rejectionOf(waitUntilStackUpdateComplete({ client: cfn, ...WAIT }, { StackName: 'repo' }));
    expect(waited.message).toContain('UPDATE_ROLLBACK_COMPLETE');
    const after = await describe1('repo');
    expect(after.StackStatus).toBe('UPDATE_ROLLBACK_COMPLETE');
    expect(after.Parameters).toEqual(before.Parameters);
    expect(after.Outputs).toEqual(before.Outputs);
    expect((await cfn.send(new GetTemplateCommand({ StackName: 'repo' }))).TemplateBody).toBe(REPO_TEMPLATE);
    expect(await repositoryNames()).toEqual(['kept']);
    const { repositories } = await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['kept'] }));
    expect(repositories![0]!.imageTagMutability).toBe('IMMUTABLE');
    const all = await events('repo');
    expect(all).toContainEqual(['Broken', 'CREATE_FAILED', 'Injected failure for Broken (emulator fail-resource)']);
    expect(all).toContainEqual(['repo', 'UPDATE_ROLLBACK_IN_PROGRESS', 'The following resource(s) failed to create: [Broken].']);
    expect(all).toContainEqual(['Extra', 'DELETE_COMPLETE', '']);
    // The stack works after its rollback.
    await cfn.send(new UpdateStackCommand({ StackName: 'repo', TemplateBody: next, Parameters: [{ ParameterKey: 'Name', UsePreviousValue: true }] }));
    await waitUntilStackUpdateComplete({ client: cfn, ...WAIT }, { StackName: 'repo' });
    expect(await repositoryNames()).toEqual(['broken-repo', 'extra-repo', 'kept']);
  });

  test('fail-resource refuses a body without logicalId', async () => {
    await expect(control(emulator, 'POST', 'cloudformation/fail-resource', { reason: 'x' })).rejects.toThrow(/logicalId/);
  });
});

describe('change sets', () => {
  test('a CREATE change set leaves the stack in REVIEW_IN_PROGRESS, lists its additions, and executes into CREATE_COMPLETE', async () => {
    const { Id, StackId } = await cfn.send(
      new CreateChangeSetCommand({ StackName: 'cs', ChangeSetName: 'first', ChangeSetType: 'CREATE', TemplateBody: TWO_REPOS, Description: 'initial' }),
    );
    expect(Id).toMatch(new RegExp(`^arn:aws:cloudformation:${REGION}:${ACCOUNT}:changeSet/first/`));
    expect((await describe1('cs')).StackStatus).toBe('REVIEW_IN_PROGRESS');
    await waitUntilChangeSetCreateComplete({ client: cfn, ...WAIT }, { StackName: 'cs', ChangeSetName: 'first' });
    const described = await cfn.send(new DescribeChangeSetCommand({ StackName: 'cs', ChangeSetName: 'first' }));
    expect(described).toMatchObject({ ChangeSetId: Id, StackId, Status: 'CREATE_COMPLETE', ExecutionStatus: 'AVAILABLE', Description: 'initial' });
    expect(described.Changes!.map((c) => [c.Type, c.ResourceChange!.Action, c.ResourceChange!.LogicalResourceId, c.ResourceChange!.ResourceType])).toEqual([
      ['Resource', 'Add', 'First', 'AWS::ECR::Repository'],
      ['Resource', 'Add', 'Second', 'AWS::ECR::Repository'],
    ]);
    await cfn.send(new ExecuteChangeSetCommand({ ChangeSetName: Id }));
    await waitUntilStackCreateComplete({ client: cfn, ...WAIT }, { StackName: 'cs' });
    expect(await repositoryNames()).toEqual(['first-repo', 'first-repo-second']);
    expect((await cfn.send(new DescribeChangeSetCommand({ ChangeSetName: Id }))).ExecutionStatus).toBe('EXECUTE_COMPLETE');
  });

  test('an UPDATE change set shows Modify with replacement and Remove, and nothing is touched until it runs', async () => {
    await createAndWait('cs', TWO_REPOS);
    const next = `
Resources:
  First:
    Type: AWS::ECR::Repository
    Properties: { RepositoryName: first-repo, ImageTagMutability: IMMUTABLE }
  Third:
    Type: AWS::ECR::Repository
    Properties: { RepositoryName: renamed-repo }
`;
    await cfn.send(new CreateChangeSetCommand({ StackName: 'cs', ChangeSetName: 'second', TemplateBody: next }));
    const described = await cfn.send(new DescribeChangeSetCommand({ StackName: 'cs', ChangeSetName: 'second' }));
    expect(described.Changes!.map((c) => c.ResourceChange)).toEqual([
      expect.objectContaining({
        Action: 'Modify',
        LogicalResourceId: 'First',
        PhysicalResourceId: 'first-repo',
        Replacement: 'False',
        Scope: ['Properties'],
        Details: [{ Target: { Attribute: 'Properties', Name: 'ImageTagMutability', RequiresRecreation: 'Never' }, Evaluation: 'Static', ChangeSource: 'DirectModification' }],
      }),
      expect.objectContaining({ Action: 'Add', LogicalResourceId: 'Third' }),
      expect.objectContaining({ Action: 'Remove', LogicalResourceId: 'Second', PhysicalResourceId: 'first-repo-second' }),
    ]);
    expect(await repositoryNames()).toEqual(['first-repo', 'first-repo-second']);
    const renamed = next.replace('first-repo, ImageTagMutability: IMMUTABLE', 'other-repo');
    await cfn.send(new CreateChangeSetCommand({ StackName: 'cs', ChangeSetName: 'rename', TemplateBody: renamed }));
    const rename = await cfn.send(new DescribeChangeSetCommand({ StackName: 'cs', ChangeSetName: 'rename' }));
    expect(rename.Changes![0]!.ResourceChange).toMatchObject({
      Action: 'Modify',
      Replacement: 'True',
      Details: [{ Target: { Name: 'RepositoryName', RequiresRecreation: 'Always' } }],
    });
    expect((await cfn.send(new ListChangeSetsCommand({ StackName: 'cs' }))).Summaries!.map((s) => s.ChangeSetName)).toEqual(['second', 'rename']);

    await cfn.send(new ExecuteChangeSetCommand({ StackName: 'cs', ChangeSetName: 'second' }));
    await waitUntilStackUpdateComplete({ client: cfn, ...WAIT }, { StackName: 'cs' });
    expect(await repositoryNames()).toEqual(['first-repo', 'renamed-repo']);
    // Executing one change set removes the stack's others.
    expect((await cfn.send(new ListChangeSetsCommand({ StackName: 'cs' }))).Summaries!.map((s) => s.ChangeSetName)).toEqual(['second']);
    const gone = await rejectionOf(cfn.send(new DescribeChangeSetCommand({ StackName: 'cs', ChangeSetName: 'rename' })));
    expect(gone).toMatchObject({ name: 'ChangeSetNotFoundException', message: 'ChangeSet [rename] does not exist' });
    expect(gone.$metadata.httpStatusCode).toBe(404);
  });

  test('a change set without changes ends FAILED with the reason CloudFormation gives, and can be deleted', async () => {
    await createAndWait('cs', TWO_REPOS);
    await cfn.send(new CreateChangeSetCommand({ StackName: 'cs', ChangeSetName: 'same', UsePreviousTemplate: true }));
    const waited = await rejectionOf(waitUntilChangeSetCreateComplete({ client: cfn, ...WAIT }, { StackName: 'cs', ChangeSetName: 'same' }));
    expect(waited.message).toContain('FAILED');
    const described = await cfn.send(new DescribeChangeSetCommand({ StackName: 'cs', ChangeSetName: 'same' }));
    expect(described).toMatchObject({
      Status: 'FAILED',
      ExecutionStatus: 'UNAVAILABLE',
      StatusReason: "The submitted information didn't contain changes. Submit different information to create a change set.",
    });
    const execute = await rejectionOf(cfn.send(new ExecuteChangeSetCommand({ StackName: 'cs', ChangeSetName: 'same' })));
    expect(execute.name).toBe('InvalidChangeSetStatusException');
    await cfn.send(new DeleteChangeSetCommand({ StackName: 'cs', ChangeSetName: 'same' }));
    expect((await cfn.send(new ListChangeSetsCommand({ StackName: 'cs' }))).Summaries).toEqual([]);
  });

  test('a change set checks capabilities up front', async () => {
    const template = readFileSync('templates/agent-runtime-role.yaml', 'utf8');
    const error = await rejectionOf(
      cfn.send(
        new CreateChangeSetCommand({
          StackName: 'role',
          ChangeSetName: 'c',
          ChangeSetType: 'CREATE',
          TemplateBody: template,
          Parameters: [
            { ParameterKey: 'RoleName', ParameterValue: 'agentcore-dev-bot' },
            { ParameterKey: 'RepositoryArn', ParameterValue: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/bot` },
          ],
        }),
      ),
    );
    expect(error).toMatchObject({ name: 'InsufficientCapabilitiesException', message: 'Requires capabilities : [CAPABILITY_NAMED_IAM]' });
    expect(await rejectionOf(cfn.send(new DescribeStacksCommand({ StackName: 'role' })))).toMatchObject({ name: 'ValidationError' });
  });
});

describe('the templates of templates/ deploy', () => {
  const read = (name: string) => readFileSync(`templates/${name}.yaml`, 'utf8');
  const named: Capability[] = ['CAPABILITY_NAMED_IAM'];

  test('ecr-repository.yaml: immutable but for keep-*, scanned, lifecycle keeping keep-* images, pull granted to other accounts', async () => {
    const stack = await createAndWait('agentcore-dev-ecr-support-bot', read('ecr-repository'), {
      Parameters: [
        { ParameterKey: 'RepositoryName', ParameterValue: 'support-bot' },
        { ParameterKey: 'KeepImages', ParameterValue: '20' },
        { ParameterKey: 'PullAccountIds', ParameterValue: '222222222222,333333333333' },
      ],
    });
    expect(outputsOf(stack)).toEqual({
      RepositoryName: 'support-bot',
      RepositoryUri: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/support-bot`,
      RepositoryArn: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/support-bot`,
    });
    const { repositories } = await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['support-bot'] }));
    expect(repositories![0]).toMatchObject({
      imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
      imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'keep-*' }],
      imageScanningConfiguration: { scanOnPush: true },
      encryptionConfiguration: { encryptionType: 'AES256' },
    });
    const state = await control<{ services: { ecr: Record<string, { repositories: Record<string, { lifecyclePolicyText: string; policyText: string }> }> } }>(emulator, 'GET', 'state');
    const repository = state.services.ecr[`${ACCOUNT}/${REGION}`]!.repositories['support-bot']!;
    const lifecycle = JSON.parse(repository.lifecyclePolicyText) as { rules: Array<{ selection: Record<string, unknown> }> };
    expect(lifecycle.rules.map((rule) => rule.selection)).toEqual([
      { tagStatus: 'tagged', tagPrefixList: ['keep-'], countType: 'imageCountMoreThan', countNumber: 9999 },
      { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 20 },
    ]);
    expect(JSON.parse(repository.policyText)).toMatchObject({ Statement: [{ Principal: { AWS: ['222222222222', '333333333333'] } }] });

    // RetainExceptOnCreate: deleting the stack keeps the images' repository.
    await cfn.send(new DeleteStackCommand({ StackName: 'agentcore-dev-ecr-support-bot' }));
    expect(await events(stack.StackId!)).toContainEqual(['Repository', 'DELETE_SKIPPED', '']);
    expect(await repositoryNames()).toEqual(['support-bot']);
  });

  test('ecr-repository.yaml without pull accounts has no repository policy', async () => {
    await createAndWait('agentcore-dev-ecr-solo', read('ecr-repository'), { Parameters: [{ ParameterKey: 'RepositoryName', ParameterValue: 'solo' }] });
    const state = await control<{ services: { ecr: Record<string, { repositories: Record<string, { policyText?: string }> }> } }>(emulator, 'GET', 'state');
    expect(state.services.ecr[`${ACCOUNT}/${REGION}`]!.repositories.solo!.policyText).toBeUndefined();
  });

  test('agent-runtime-role.yaml: trusted by AgentCore of this account only, models only when listed', async () => {
    const params = (models: string) => [
      { ParameterKey: 'RoleName', ParameterValue: 'agentcore-dev-support-bot' },
      { ParameterKey: 'RepositoryArn', ParameterValue: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/support-bot` },
      { ParameterKey: 'ModelArns', ParameterValue: models },
    ];
    const stack = await createAndWait('agentcore-dev-role-support-bot', read('agent-runtime-role'), { Parameters: params(''), Capabilities: named });
    expect(outputsOf(stack).RoleArn).toBe(`arn:aws:iam::${ACCOUNT}:role/agentcore-dev-support-bot`);
    const { Role } = await iam.send(new GetRoleCommand({ RoleName: 'agentcore-dev-support-bot' }));
    const trust = JSON.parse(decodeURIComponent(Role!.AssumeRolePolicyDocument!)) as { Statement: Array<{ Condition: unknown }> };
    expect(trust.Statement[0]!.Condition).toEqual({
      StringEquals: { 'aws:SourceAccount': ACCOUNT },
      ArnLike: { 'aws:SourceArn': `arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:*` },
    });
    const names = async () => (await iam.send(new ListRolePoliciesCommand({ RoleName: 'agentcore-dev-support-bot' }))).PolicyNames;
    expect(await names()).toEqual(['observability', 'pull-image', 'workload-identity']);

    const model = `arn:aws:bedrock:${REGION}::foundation-model/anthropic.claude-test`;
    await cfn.send(new UpdateStackCommand({ StackName: 'agentcore-dev-role-support-bot', UsePreviousTemplate: true, Parameters: params(model), Capabilities: named }));
    await waitUntilStackUpdateComplete({ client: cfn, ...WAIT }, { StackName: 'agentcore-dev-role-support-bot' });
    expect(await names()).toEqual(['invoke-models', 'observability', 'pull-image', 'workload-identity']);
    const { PolicyDocument } = await iam.send(new GetRolePolicyCommand({ RoleName: 'agentcore-dev-support-bot', PolicyName: 'invoke-models' }));
    expect(JSON.parse(decodeURIComponent(PolicyDocument!))).toMatchObject({ Statement: [{ Resource: [model] }] });
  });

  test('cognito.yaml: a pool, a client-credentials client with the resource-server scope, a domain', async () => {
    const stack = await createAndWait('agentcore-dev-cognito', read('cognito'), {
      Parameters: [
        { ParameterKey: 'PoolName', ParameterValue: 'agentcore-dev' },
        { ParameterKey: 'DomainPrefix', ParameterValue: 'agents-dev-example' },
      ],
    });
    const outputs = outputsOf(stack);
    expect(outputs.UserPoolId).toMatch(new RegExp(`^${REGION}_[0-9a-zA-Z]+$`));
    expect(outputs.DiscoveryUrl).toBe(`https://cognito-idp.${REGION}.amazonaws.com/${outputs.UserPoolId}/.well-known/openid-configuration`);
    expect(outputs.TokenEndpoint).toBe(`https://agents-dev-example.auth.${REGION}.amazoncognito.com/oauth2/token`);
    expect(outputs.Scope).toBe('agentcore/invoke');
    const cognito = new CognitoIdentityProviderClient(clientOptions(emulator, ACCOUNT, REGION));
    const { UserPool } = await cognito.send(new DescribeUserPoolCommand({ UserPoolId: outputs.UserPoolId }));
    expect(UserPool).toMatchObject({ Name: 'agentcore-dev', Domain: 'agents-dev-example' });
    const { UserPoolClient } = await cognito.send(new DescribeUserPoolClientCommand({ UserPoolId: outputs.UserPoolId, ClientId: outputs.AppClientId }));
    expect(UserPoolClient).toMatchObject({ AllowedOAuthFlows: ['client_credentials'], AllowedOAuthScopes: ['agentcore/invoke'], AllowedOAuthFlowsUserPoolClient: true });
    expect(UserPoolClient!.ClientSecret).toBeTruthy();
  });

  test('github-oidc-deploy-role.yaml: creates the OIDC provider and a role trusted by one repository environment', async () => {
    const stack = await createAndWait('agentcore-dev-github-deploy-role', read('github-oidc-deploy-role'), {
      Capabilities: named,
      Parameters: [
        { ParameterKey: 'EnvironmentName', ParameterValue: 'dev' },
        { ParameterKey: 'RoleName', ParameterValue: 'agentcore-dev-github-deploy' },
        { ParameterKey: 'GitHubOwner', ParameterValue: 'octo' },
        { ParameterKey: 'GitHubRepository', ParameterValue: 'agents' },
        { ParameterKey: 'GitHubEnvironment', ParameterValue: 'dev' },
        { ParameterKey: 'ExtraRuntimeRoleArns', ParameterValue: `arn:aws:iam::${ACCOUNT}:role/hand-made` },
      ],
    });
    const outputs = outputsOf(stack);
    expect(outputs.OidcProviderArn).toBe(`arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`);
    const { Role } = await iam.send(new GetRoleCommand({ RoleName: 'agentcore-dev-github-deploy' }));
    expect(Role!.Arn).toBe(outputs.RoleArn);
    const trust = JSON.parse(decodeURIComponent(Role!.AssumeRolePolicyDocument!)) as { Statement: Array<Record<string, unknown>> };
    expect(trust.Statement[0]).toMatchObject({
      Principal: { Federated: outputs.OidcProviderArn },
      Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': 'repo:octo/agents:environment:dev' } },
    });
    const { PolicyNames } = await iam.send(new ListRolePoliciesCommand({ RoleName: 'agentcore-dev-github-deploy' }));
    expect(PolicyNames).toEqual(['images', 'parameters', 'runtimes', 'stack-resources', 'stacks']);
    // IAM's quota on a role's inline policies: 10,240 characters, whitespace not counted.
    let total = 0;
    for (const name of PolicyNames!) {
      const { PolicyDocument } = await iam.send(new GetRolePolicyCommand({ RoleName: 'agentcore-dev-github-deploy', PolicyName: name }));
      total += decodeURIComponent(PolicyDocument!).replace(/\s/g, '').length;
    }
    expect(total).toBeLessThan(10240);
  });
});

describe('bad input never breaks the service', () => {
  test('malformed templates are ValidationErrors', async () => {
    const bodies = [
      '[1, 2]',
      '{"Resources": ',
      'Resources: {}',
      'Parameters:\n  P: { Type: String, AllowedPattern: "(" }\nResources:\n  R: { Type: AWS::ECR::Repository }',
      'Parameters:\n  P: { Type: Mystery }\nResources:\n  R: { Type: AWS::ECR::Repository }',
      'Resources:\n  R: { Type: AWS::ECR::Repository, Properties: { RepositoryName: !If [OnlyOne] } }',
      'Resources:\n  R: { Type: AWS::ECR::Repository, Properties: { RepositoryName: !GetAtt R.Nope } }',
      'Resources:\n  A: { Type: AWS::ECR::Repository, Properties: { RepositoryName: !Ref B } }\n  B: { Type: AWS::ECR::Repository, Properties: { RepositoryName: !Ref A } }',
      'Resources:\n  R: { Type: AWS::ECR::Repository }\nOutputs:\n  O: { Value: x, Export: {} }',
      'Resources:\n  R: { Type: AWS::ECR::Repository, Properties: { RepositoryName: { "Fn::Nope": 1 } } }',
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  R: { Type: AWS::ECR::Repository }',
    ];
    for (const body of bodies) {
      const error = await rejectionOf(cfn.send(new CreateStackCommand({ StackName: 'bad', TemplateBody: body })));
      expect([body, error.name, error.$metadata.httpStatusCode]).toEqual([body, 'ValidationError', 400]);
    }
    const cycle = await rejectionOf(cfn.send(new ValidateTemplateCommand({ TemplateBody: bodies[7] })));
    expect(cycle.message).toBe('Template format error: Circular dependency between resources: [A, B]');
  });

  test('random property values end in a stack status, never in a server error', async () => {
    const types = Object.keys(providers);
    const resource = fc.constantFrom(...types).chain((type) =>
      fc.record({ Type: fc.constant(type), Properties: fc.dictionary(fc.constantFrom(...Object.keys(providers[type]!.properties), 'Unknown'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }) }),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('A', 'B', 'C'), resource, { minKeys: 1 }), async (resources) => {
        const name = `fuzz-${run++}`;
        try {
          await cfn.send(new CreateStackCommand({ StackName: name, TemplateBody: JSON.stringify({ Resources: resources }), Capabilities: ['CAPABILITY_NAMED_IAM'] }));
        } catch (error) {
          expect((error as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode).toBe(400);
          return;
        }
        expect(['CREATE_COMPLETE', 'ROLLBACK_COMPLETE']).toContain((await describe1(name)).StackStatus);
        await cfn.send(new DeleteStackCommand({ StackName: name }));
      }),
      { numRuns: 150 },
    );
  });
});
