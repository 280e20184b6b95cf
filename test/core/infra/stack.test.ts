import {
  CloudFormationClient,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  GetTemplateCommand,
  type ResourceStatus,
  type StackEvent,
} from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { FakeClock } from '../../../src/testing/fake-clock.js';
import { UserError } from '../../../src/core/errors.js';
import { RecordingLogger } from '../../../src/testing/recording-logger.js';
import { deployStack, formatChange, type StackDeployment } from '../../../src/core/infra/stack.js';

const cfn = mockClient(CloudFormationClient);
const NAME = 'agentcore-dev-role-bots';
let logger: RecordingLogger;
let clock: FakeClock;

function request(overrides: Partial<StackDeployment> = {}): StackDeployment {
  return {
    stackName: NAME,
    templateBody: 'Resources: {}',
    parameters: { RoleName: 'agentcore-dev-bots' },
    recreateFailed: false,
    timeoutMs: 60_000,
    cloudformation: new CloudFormationClient({ region: 'us-west-2' }),
    clock,
    logger,
    ...overrides,
  };
}

function event(id: string, logicalId: string, status: ResourceStatus, reason?: string): StackEvent {
  return { EventId: id, StackId: 'id', StackName: NAME, LogicalResourceId: logicalId, ResourceType: logicalId === NAME ? 'AWS::CloudFormation::Stack' : 'AWS::IAM::Role', ResourceStatus: status, ResourceStatusReason: reason, Timestamp: new Date() };
}

beforeEach(() => {
  cfn.reset();
  // An older template than any request's: a test that wants the no-change short cut says so.
  cfn.on(GetTemplateCommand).resolves({ TemplateBody: 'Resources: {} # deployed earlier' });
  logger = new RecordingLogger();
  clock = new FakeClock(1_000);
});

test('a stack in ROLLBACK_COMPLETE is refused by name without making a change set', async () => {
  cfn.on(DescribeStacksCommand).resolves({ Stacks: [{ StackName: NAME, StackStatus: 'ROLLBACK_COMPLETE', CreationTime: new Date() }] });
  const failure = deployStack(request());
  await expect(failure).rejects.toThrow(UserError);
  await expect(deployStack(request())).rejects.toThrow(`Stack ${NAME} is in ROLLBACK_COMPLETE: its first create failed, and such a stack can only be deleted.`);
  expect(cfn.commandCalls(CreateChangeSetCommand)).toHaveLength(0);
});

const DEPLOYED = {
  StackName: NAME,
  StackStatus: 'UPDATE_COMPLETE' as const,
  CreationTime: new Date(),
  Parameters: [{ ParameterKey: 'RoleName', ParameterValue: 'agentcore-dev-bots' }, { ParameterKey: 'MaxSession', ParameterValue: '3600' }],
  Outputs: [{ OutputKey: 'RoleArn', OutputValue: 'arn:aws:iam::1:role/x' }],
};
const WITH_DEFAULT = 'Parameters:\n  RoleName: {Type: String}\n  MaxSession: {Type: Number, Default: 3600}\nResources:\n  Role: {Type: AWS::IAM::Role, Properties: {RoleName: !Ref RoleName}}\n';

test('the same template body and parameters (defaults included) are no change, without any change set', async () => {
  cfn.on(DescribeStacksCommand).resolves({ Stacks: [DEPLOYED] });
  cfn.on(GetTemplateCommand).resolves({ TemplateBody: WITH_DEFAULT });
  const outcome = await deployStack(request({ templateBody: WITH_DEFAULT }));
  expect(outcome).toEqual({ action: 'unchanged', changes: [], outputs: { RoleArn: 'arn:aws:iam::1:role/x' } });
  expect(cfn.commandCalls(GetTemplateCommand)[0]!.args[0].input).toEqual({ StackName: NAME, TemplateStage: 'Original' });
  expect(cfn.commandCalls(CreateChangeSetCommand)).toHaveLength(0);
  expect(cfn.commandCalls(DeleteChangeSetCommand)).toHaveLength(0);
  expect(logger.lines).toContain(`No change to stack ${NAME}: it already matches the template and parameters.`);
});

test('a changed parameter on the same template goes through a change set', async () => {
  cfn.on(DescribeStacksCommand).resolves({ Stacks: [DEPLOYED] });
  cfn.on(GetTemplateCommand).resolves({ TemplateBody: WITH_DEFAULT });
  cfn.on(CreateChangeSetCommand).resolves({ Id: 'cs-arn', StackId: 'id' });
  cfn.on(DescribeChangeSetCommand).resolves({ Status: 'FAILED', StatusReason: "The submitted information didn't contain changes." });
  await deployStack(request({ templateBody: WITH_DEFAULT, parameters: { RoleName: 'agentcore-dev-other' } }));
  expect(cfn.commandCalls(CreateChangeSetCommand)).toHaveLength(1);
});

test('an empty change set (template text differs, resources do not) is a notice and is deleted, never executed', async () => {
  cfn.on(DescribeStacksCommand).resolves({ Stacks: [DEPLOYED] });
  cfn.on(CreateChangeSetCommand).resolves({ Id: 'cs-arn', StackId: 'id' });
  cfn.on(DescribeChangeSetCommand).resolvesOnce({ Status: 'CREATE_PENDING' }).resolves({
    Status: 'FAILED',
    StatusReason: "The submitted information didn't contain changes. Submit different information to create a change set.",
  });
  const outcome = await deployStack(request());
  expect(outcome).toEqual({ action: 'unchanged', changes: [], outputs: { RoleArn: 'arn:aws:iam::1:role/x' } });
  expect(cfn.commandCalls(CreateChangeSetCommand)[0]!.args[0].input).toMatchObject({ ChangeSetType: 'UPDATE', Capabilities: ['CAPABILITY_NAMED_IAM'], StackName: NAME });
  expect(cfn.commandCalls(DeleteChangeSetCommand)[0]!.args[0].input).toEqual({ ChangeSetName: 'cs-arn' });
  expect(cfn.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
  expect(logger.lines).toContain(`No change to stack ${NAME}: it already matches the template and parameters.`);
  // Polled on the wait's fast beat, with the injected clock: no real wait.
  expect(clock.sleeps).toEqual([250]);
});

test('an update that rolls back names the failed resource, its type and reason, not the cancellations after it', async () => {
  cfn.on(DescribeStacksCommand)
    .resolvesOnce({ Stacks: [{ StackName: NAME, StackStatus: 'UPDATE_COMPLETE', CreationTime: new Date() }] })
    .resolvesOnce({ Stacks: [{ StackName: NAME, StackStatus: 'UPDATE_IN_PROGRESS', CreationTime: new Date() }] })
    .resolves({ Stacks: [{ StackName: NAME, StackStatus: 'UPDATE_ROLLBACK_COMPLETE', CreationTime: new Date() }] });
  cfn.on(CreateChangeSetCommand).resolves({ Id: 'cs-arn', StackId: 'id' });
  cfn.on(DescribeChangeSetCommand).resolves({
    Status: 'CREATE_COMPLETE',
    Changes: [{ Type: 'Resource', ResourceChange: { Action: 'Modify', LogicalResourceId: 'Role', ResourceType: 'AWS::IAM::Role', Replacement: 'False', Details: [{ Target: { Attribute: 'Properties', Name: 'Policies' } }] } }],
  });
  cfn.on(DescribeStackEventsCommand)
    .resolvesOnce({ StackEvents: [event('e0', NAME, 'UPDATE_COMPLETE')] })
    .resolvesOnce({ StackEvents: [event('e2', 'Role', 'UPDATE_IN_PROGRESS'), event('e1', NAME, 'UPDATE_IN_PROGRESS', 'User Initiated'), event('e0', NAME, 'UPDATE_COMPLETE')] })
    .resolves({
      StackEvents: [
        event('e5', NAME, 'UPDATE_ROLLBACK_COMPLETE'),
        event('e4', 'Other', 'UPDATE_FAILED', 'Resource update cancelled'),
        event('e3', 'Role', 'UPDATE_FAILED', 'Policy too large'),
        event('e2', 'Role', 'UPDATE_IN_PROGRESS'),
      ],
    });
  cfn.on(ExecuteChangeSetCommand).resolves({});

  await expect(deployStack(request())).rejects.toThrow(
    `Stack ${NAME} failed to update (UPDATE_ROLLBACK_COMPLETE): Role (AWS::IAM::Role) UPDATE_FAILED: Policy too large. CloudFormation rolled the stack back: its previous state is unchanged.`,
  );
  expect(logger.lines).toContain('  Modify Role (AWS::IAM::Role): Policies; replacement False');
  // Every event after the mark is printed once, oldest first.
  const printed = logger.lines.filter((line) => /^ {2}\[\d+s\] /.test(line)).map((line) => line.replace(/^ {2}\[\d+s\] /, ''));
  expect(printed).toEqual([
    `${NAME} (AWS::CloudFormation::Stack) UPDATE_IN_PROGRESS: User Initiated`,
    'Role (AWS::IAM::Role) UPDATE_IN_PROGRESS',
    'Role (AWS::IAM::Role) UPDATE_FAILED: Policy too large',
    'Other (AWS::IAM::Role) UPDATE_FAILED: Resource update cancelled',
    `${NAME} (AWS::CloudFormation::Stack) UPDATE_ROLLBACK_COMPLETE`,
  ]);
});

test('a change reads as action, resource, type, and for a modification what changes', () => {
  expect(formatChange({ ResourceChange: { Action: 'Add', LogicalResourceId: 'Repository', ResourceType: 'AWS::ECR::Repository' } })).toBe('Add Repository (AWS::ECR::Repository)');
  expect(
    formatChange({ ResourceChange: { Action: 'Modify', LogicalResourceId: 'Domain', ResourceType: 'AWS::Cognito::UserPoolDomain', Replacement: 'True', Details: [{ Target: { Name: 'Domain' } }] } }),
  ).toBe('Modify Domain (AWS::Cognito::UserPoolDomain): Domain; replacement True');
});
