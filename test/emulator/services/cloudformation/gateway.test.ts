import {
  CloudFormationClient,
  CreateStackCommand,
  DeleteStackCommand,
  DescribeStackEventsCommand,
  DescribeStackResourcesCommand,
  DescribeStacksCommand,
  UpdateStackCommand,
  waitUntilStackCreateComplete,
  waitUntilStackDeleteComplete,
  waitUntilStackUpdateComplete,
  type Parameter,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import {
  BedrockAgentCoreControlClient,
  CreateGatewayCommand,
  CreateGatewayTargetCommand,
  DeleteGatewayTargetCommand,
  GetGatewayCommand,
  ListGatewaysCommand,
} from '@aws-sdk/client-bedrock-agentcore-control';
import { GetRoleCommand, GetRolePolicyCommand, IAMClient } from '@aws-sdk/client-iam';
import { readFileSync } from 'node:fs';
import { clientOptions, useTestEmulator } from '../../../helpers/emulator.js';
import type { RunningEmulator } from '../../../../src/emulator/server.js';

/** templates/gateway.yaml through the SDK's CloudFormation client, seen through the SDK's AgentCore control client. */

const ACCOUNT = '111111111111';
const REGION = 'us-west-2';
const WAIT = { minDelay: 1, maxDelay: 1, maxWaitTime: 20 };
const STACK = 'agentcore-dev-gateway-canary';
const TEMPLATE = readFileSync('templates/gateway.yaml', 'utf8');
const ROLE_NAME = 'agentcore-dev-gateway-canary';
const RUNTIME_ARN = `arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:runtime/support_bot_dev-abcdefghij`;

let emulator: RunningEmulator;
let cfn: CloudFormationClient;
let control: BedrockAgentCoreControlClient;
let iam: IAMClient;

useTestEmulator((started) => (emulator = started), { reset: true });
beforeEach(() => {
  cfn = new CloudFormationClient(clientOptions(emulator, ACCOUNT, REGION));
  control = new BedrockAgentCoreControlClient(clientOptions(emulator, ACCOUNT, REGION));
  iam = new IAMClient(clientOptions(emulator, ACCOUNT, 'us-east-1'));
});
afterEach(() => {
  for (const client of [cfn, control, iam]) client.destroy();
});

function parameters(authorizer: string, description: string): Parameter[] {
  return [
    { ParameterKey: 'GatewayName', ParameterValue: 'agentcore-dev-canary' },
    { ParameterKey: 'RoleName', ParameterValue: ROLE_NAME },
    { ParameterKey: 'AuthorizerType', ParameterValue: authorizer },
    { ParameterKey: 'Description', ParameterValue: description },
  ];
}

async function describeStack(name: string): Promise<Stack> {
  return (await cfn.send(new DescribeStacksCommand({ StackName: name }))).Stacks![0]!;
}

function outputsOf(stack: Stack): Record<string, string> {
  return Object.fromEntries((stack.Outputs ?? []).map((o) => [o.OutputKey!, o.OutputValue!]));
}

async function createGatewayStack(): Promise<Record<string, string>> {
  await cfn.send(new CreateStackCommand({ StackName: STACK, TemplateBody: TEMPLATE, Parameters: parameters('NONE', 'Canary routes'), Capabilities: ['CAPABILITY_NAMED_IAM'] }));
  await waitUntilStackCreateComplete({ client: cfn, ...WAIT }, { StackName: STACK });
  return outputsOf(await describeStack(STACK));
}

test('the stack makes a gateway that ListGateways and GetGateway show, with the role it assumes, and outputs its id, ARN and URL', async () => {
  const outputs = await createGatewayStack();
  const id = outputs.GatewayId!;
  expect(id).toMatch(/^agentcore-dev-canary-[0-9a-z]{10}$/);
  expect(outputs).toEqual({
    GatewayId: id,
    GatewayArn: `arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:gateway/${id}`,
    GatewayUrl: `${emulator.url}/gateway/${id}`,
  });

  const { items } = await control.send(new ListGatewaysCommand({}));
  expect(items).toEqual([
    expect.objectContaining({ gatewayId: id, name: 'agentcore-dev-canary', status: 'READY', description: 'Canary routes', authorizerType: 'NONE', protocolType: 'MCP' }),
  ]);
  const gateway = await control.send(new GetGatewayCommand({ gatewayIdentifier: id }));
  expect(gateway).toMatchObject({ gatewayArn: outputs.GatewayArn, gatewayUrl: outputs.GatewayUrl, roleArn: `arn:aws:iam::${ACCOUNT}:role/${ROLE_NAME}` });

  // Ref of the gateway is its id: the stack's physical resource id.
  const { StackResources } = await cfn.send(new DescribeStackResourcesCommand({ StackName: STACK }));
  expect(StackResources!.map((r) => [r.LogicalResourceId, r.ResourceType, r.ResourceStatus]).sort()).toEqual([
    ['Gateway', 'AWS::BedrockAgentCore::Gateway', 'CREATE_COMPLETE'],
    ['GatewayRole', 'AWS::IAM::Role', 'CREATE_COMPLETE'],
  ]);
  expect(StackResources!.find((r) => r.LogicalResourceId === 'Gateway')!.PhysicalResourceId).toBe(id);

  // The role: trusted by AgentCore gateways of this account, allowed to invoke its runtimes.
  const { Role } = await iam.send(new GetRoleCommand({ RoleName: ROLE_NAME }));
  expect(JSON.parse(decodeURIComponent(Role!.AssumeRolePolicyDocument!))).toMatchObject({
    Statement: [{ Principal: { Service: 'bedrock-agentcore.amazonaws.com' }, Condition: { ArnLike: { 'aws:SourceArn': `arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:gateway/*` } } }],
  });
  const { PolicyDocument } = await iam.send(new GetRolePolicyCommand({ RoleName: ROLE_NAME, PolicyName: 'invoke-runtimes' }));
  expect(JSON.parse(decodeURIComponent(PolicyDocument!))).toMatchObject({
    Statement: [{ Action: 'bedrock-agentcore:InvokeAgentRuntime', Resource: `arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:runtime/*` }],
  });
});

test('an update changes the gateway in place: same id, new authorizer, no description', async () => {
  const { GatewayId: id } = await createGatewayStack();
  await cfn.send(new UpdateStackCommand({ StackName: STACK, UsePreviousTemplate: true, Parameters: parameters('AWS_IAM', ''), Capabilities: ['CAPABILITY_NAMED_IAM'] }));
  await waitUntilStackUpdateComplete({ client: cfn, ...WAIT }, { StackName: STACK });

  expect(outputsOf(await describeStack(STACK)).GatewayId).toBe(id);
  const gateway = await control.send(new GetGatewayCommand({ gatewayIdentifier: id! }));
  expect(gateway.authorizerType).toBe('AWS_IAM');
  expect(gateway.description).toBeUndefined();
  expect((await control.send(new ListGatewaysCommand({}))).items).toHaveLength(1);
});

test('deleting the stack of a gateway with a target left fails as DeleteGateway does; once the target is gone it deletes', async () => {
  const { GatewayId: id } = await createGatewayStack();
  const { targetId } = await control.send(new CreateGatewayTargetCommand({
    gatewayIdentifier: id!,
    name: 'support-bot-live',
    targetConfiguration: { http: { agentcoreRuntime: { arn: RUNTIME_ARN, qualifier: 'live' } } },
  }));

  await cfn.send(new DeleteStackCommand({ StackName: STACK }));
  expect((await describeStack(STACK)).StackStatus).toBe('DELETE_FAILED');
  const { StackEvents } = await cfn.send(new DescribeStackEventsCommand({ StackName: STACK }));
  const failed = StackEvents!.find((e) => e.LogicalResourceId === 'Gateway' && e.ResourceStatus === 'DELETE_FAILED');
  expect(failed?.ResourceStatusReason).toBe(
    `Resource handler returned message: "Gateway ${id} still has target(s) support-bot-live; delete them before the gateway." (Service: ConflictException, HandlerErrorCode: GeneralServiceException)`,
  );
  expect((await control.send(new GetGatewayCommand({ gatewayIdentifier: id! }))).status).toBe('READY');

  await control.send(new DeleteGatewayTargetCommand({ gatewayIdentifier: id!, targetId: targetId! }));
  await cfn.send(new DeleteStackCommand({ StackName: STACK }));
  await waitUntilStackDeleteComplete({ client: cfn, ...WAIT }, { StackName: STACK });
  expect((await control.send(new ListGatewaysCommand({}))).items).toEqual([]);
});

describe('refused gateways roll the stack back with the reason', () => {
  const inline = (properties: string) => `
Resources:
  Gateway:
    Type: AWS::BedrockAgentCore::Gateway
    Properties:
      RoleArn: arn:aws:iam::${ACCOUNT}:role/agentcore-dev-gateway
      ProtocolType: MCP
      AuthorizerType: NONE
${properties}
`;

  async function failure(name: string, body: string): Promise<string> {
    await cfn.send(new CreateStackCommand({ StackName: name, TemplateBody: body }));
    expect((await describeStack(name)).StackStatus).toBe('ROLLBACK_COMPLETE');
    const { StackEvents } = await cfn.send(new DescribeStackEventsCommand({ StackName: name }));
    return StackEvents!.find((e) => e.LogicalResourceId === 'Gateway' && e.ResourceStatus === 'CREATE_FAILED')!.ResourceStatusReason!;
  }

  test('a name the API refuses', async () => {
    expect(await failure('bad-name', inline('      Name: two--hyphens'))).toMatch(
      /^Resource handler returned message: "1 validation error detected: Value 'two--hyphens' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: .*" \(Service: ValidationException, HandlerErrorCode: InvalidRequest\)$/,
    );
  });

  test('a name another gateway has', async () => {
    await control.send(new CreateGatewayCommand({ name: 'taken', roleArn: `arn:aws:iam::${ACCOUNT}:role/r`, protocolType: 'MCP', authorizerType: 'NONE' }));
    expect(await failure('taken-name', inline('      Name: taken'))).toBe(
      `Resource handler returned message: "A gateway named 'taken' already exists in account ${ACCOUNT}, region ${REGION}." (Service: ConflictException, HandlerErrorCode: GeneralServiceException)`,
    );
  });

  test('a property of the type the emulator does not provision', async () => {
    const body = inline('      Name: jwt\n      ProtocolConfiguration: { Mcp: { SearchType: SEMANTIC } }');
    expect(await failure('unsupported', body)).toBe("The emulator's AWS::BedrockAgentCore::Gateway does not support ProtocolConfiguration (resource Gateway).");
    expect((await control.send(new ListGatewaysCommand({}))).items).toEqual([]);
  });
});
