import {
  CloudFormationClient,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  GetTemplateCommand,
  type Parameter,
  type StackStatus,
} from '@aws-sdk/client-cloudformation';
import { CognitoIdentityProviderClient, DescribeUserPoolClientCommand, DescribeUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { GetRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { resolve } from 'node:path';
import { mockClient } from 'aws-sdk-client-mock';
import { parse as parseYaml } from 'yaml';
import { CancelledError } from '../../../src/core/cancel.js';
import { parseConfig, type LoadedConfig } from '../../../src/core/config/index.js';
import { UserError } from '../../../src/core/errors.js';
import { setupEnv, type ConcernResult, type SetupEnvRequest } from '../../../src/core/ops/setup-env.js';
import { FakeClock } from '../../../src/testing/fake-clock.js';
import { RecordingLogger } from '../../../src/testing/recording-logger.js';
import { supportBotConfig, type ConfigJson } from '../../helpers/configs.js';
import { awsError, callerIdentity, expectAnotherAccountRefused } from '../../helpers/mocked-aws.js';
import { cancelOnSleep } from '../../helpers/cancel.js';

const sts = mockClient(STSClient);
const cfn = mockClient(CloudFormationClient);
const iam = mockClient(IAMClient);
const cognito = mockClient(CognitoIdentityProviderClient);

const ACCOUNT = '111111111111';
const REGION = 'us-west-2';
const ECR_STACK = 'agentcore-dev-ecr-support-bot';
const ROLE_STACK = 'agentcore-dev-role-support-bot-runtime';
const REPOSITORY_ARN = `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/support-bot`;
const REPOSITORY_URI = `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/support-bot`;
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/agentcore-dev-support-bot-runtime`;
/** The support-bot runtime's outputs in dev: no Cognito. */
const DEV_OUTPUTS = { 'ecr-repository-uri': REPOSITORY_URI, 'role-arn': ROLE_ARN, 'cognito-user-pool-id': '', 'cognito-client-id': '', 'cognito-discovery-url': '' };

/** Polls of DescribeStacks that a stack stays *_IN_PROGRESS after its change set runs. */
const POLLS_IN_PROGRESS = 2;

interface FakeStack {
  status: StackStatus;
  template: string;
  parameters: Parameter[];
  outputs: Record<string, string>;
  pendingPolls: number;
}

/** What the stacks' templates output, from their parameters, as CloudFormation would. */
function outputsFor(parameters: Record<string, string>): Record<string, string> {
  if ('GatewayName' in parameters) {
    const id = `${parameters.GatewayName!}-abcdefghij`;
    return { GatewayId: id, GatewayArn: `arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:gateway/${id}`, GatewayUrl: `https://${id}.gateway.example` };
  }
  if ('RepositoryName' in parameters) return { RepositoryName: parameters.RepositoryName!, RepositoryUri: REPOSITORY_URI, RepositoryArn: REPOSITORY_ARN };
  if ('RoleName' in parameters) return { RoleArn: `arn:aws:iam::${ACCOUNT}:role/${parameters.RoleName}`, RoleName: parameters.RoleName! };
  return { UserPoolId: `${REGION}_Pool`, UserPoolArn: 'arn:pool', AppClientId: 'client-1' };
}

/**
 * A CloudFormation account in memory: change sets become stacks that settle after a few polls,
 * and stacks report every parameter (defaults included) and their template, as CloudFormation does.
 */
function fakeCloudFormation(stacks = new Map<string, FakeStack>()) {
  const changeSets = new Map<string, { stack: string; template: string; parameters: Record<string, string>; polls: number }>();
  cfn.on(DescribeStacksCommand).callsFake((input: { StackName: string }) => {
    const stack = stacks.get(input.StackName);
    if (!stack) throw awsError('ValidationError', `Stack with id ${input.StackName} does not exist`);
    if (stack.status.endsWith('_IN_PROGRESS') && stack.pendingPolls-- <= 0) stack.status = stack.status === 'CREATE_IN_PROGRESS' ? 'CREATE_COMPLETE' : 'UPDATE_COMPLETE';
    const done = stack.status.endsWith('_COMPLETE');
    return {
      Stacks: [{
        StackName: input.StackName, StackStatus: stack.status, CreationTime: new Date(0), Parameters: stack.parameters,
        Outputs: done ? Object.entries(stack.outputs).map(([OutputKey, OutputValue]) => ({ OutputKey, OutputValue })) : [],
      }],
    };
  });
  cfn.on(GetTemplateCommand).callsFake((input: { StackName: string }) => ({ TemplateBody: stacks.get(input.StackName)?.template }));
  cfn.on(CreateChangeSetCommand).callsFake((input: { StackName: string; TemplateBody: string; Parameters: Parameter[] }) => {
    const id = `arn:aws:cloudformation:${REGION}:${ACCOUNT}:changeSet/${input.StackName}/1`;
    const parameters = Object.fromEntries(input.Parameters.map((p) => [p.ParameterKey!, p.ParameterValue!]));
    changeSets.set(id, { stack: input.StackName, template: input.TemplateBody, parameters, polls: 0 });
    return { Id: id, StackId: `stack/${input.StackName}` };
  });
  cfn.on(DescribeChangeSetCommand).callsFake((input: { ChangeSetName: string }) => {
    const changeSet = changeSets.get(input.ChangeSetName)!;
    // Pending on the first poll, so the change-set wait sleeps once.
    if (changeSet.polls++ === 0) return { Status: 'CREATE_PENDING' };
    return { Status: 'CREATE_COMPLETE', Changes: [{ Type: 'Resource', ResourceChange: { Action: 'Add', LogicalResourceId: 'Resource', ResourceType: 'AWS::Test::Resource' } }] };
  });
  cfn.on(DescribeStackEventsCommand).callsFake((input: { StackName: string }) => {
    const stack = stacks.get(input.StackName);
    return { StackEvents: stack ? [{ EventId: `${input.StackName}-${stack.status}`, StackName: input.StackName, LogicalResourceId: input.StackName, ResourceType: 'AWS::CloudFormation::Stack', ResourceStatus: stack.status, Timestamp: new Date(0) }] : [] };
  });
  cfn.on(ExecuteChangeSetCommand).callsFake((input: { ChangeSetName: string }) => {
    const changeSet = changeSets.get(input.ChangeSetName)!;
    const template = parseYaml(changeSet.template, { logLevel: 'silent' }) as { Parameters?: Record<string, { Default?: unknown }> };
    const defaults = Object.fromEntries(Object.entries(template.Parameters ?? {}).flatMap(([key, p]) => (p.Default === undefined ? [] : [[key, String(p.Default)]])));
    const all = { ...defaults, ...changeSet.parameters };
    const existing = stacks.get(changeSet.stack);
    stacks.set(changeSet.stack, {
      status: existing ? 'UPDATE_IN_PROGRESS' : 'CREATE_IN_PROGRESS',
      template: changeSet.template,
      parameters: Object.entries(all).map(([ParameterKey, ParameterValue]) => ({ ParameterKey, ParameterValue })),
      outputs: outputsFor(all),
      pendingPolls: POLLS_IN_PROGRESS,
    });
    return {};
  });
  return stacks;
}

function configWith(edit: (config: ConfigJson) => void = () => undefined): LoadedConfig {
  const config = supportBotConfig();
  edit(config);
  return parseConfig(JSON.stringify(config, null, 2), 'agentcore.json');
}

let clock: FakeClock;
let logger: RecordingLogger;

function request(config = configWith(), overrides: Partial<SetupEnvRequest> = {}): SetupEnvRequest {
  const environment = config.environment('dev');
  return {
    environment,
    runtime: environment.agent_runtimes['support-bot']!,
    deployInfrastructure: true,
    templatesDir: resolve('templates'),
    recreateFailedStacks: false,
    timeoutMs: 10 * 60_000,
    clients: {
      sts: new STSClient({ region: REGION }),
      cloudformation: new CloudFormationClient({ region: REGION }),
      iam: new IAMClient({ region: REGION }),
      cognito: new CognitoIdentityProviderClient({ region: REGION }),
    },
    clock,
    logger,
    ...overrides,
  };
}

/** Calls that change something in CloudFormation. */
const mutatingCalls = () =>
  cfn.commandCalls(CreateChangeSetCommand).length +
  cfn.commandCalls(ExecuteChangeSetCommand).length +
  cfn.commandCalls(DeleteChangeSetCommand).length +
  cfn.commandCalls(DeleteStackCommand).length;

beforeEach(() => {
  for (const mock of [sts, cfn, iam, cognito]) mock.reset();
  sts.on(GetCallerIdentityCommand).resolves(callerIdentity(ACCOUNT));
  clock = new FakeClock(1_000_000);
  logger = new RecordingLogger();
});

describe('setupEnv on an empty account', () => {
  test('creates the repository stack, then the role stack fed by its output, and returns the runtime outputs', async () => {
    fakeCloudFormation();
    const progress: string[] = [];
    const result = await setupEnv(request(configWith(), {
      onAccount: ({ account }) => progress.push(`account ${account}`),
      onResult: (concern: ConcernResult) => progress.push(`${concern.name} ${concern.action}`),
    }));

    expect(result).toMatchObject({ account: ACCOUNT, changed: true });
    expect(result.configHash).toMatch(/^[0-9a-f]{64}$/);
    expect(result.outputs).toEqual(DEV_OUTPUTS);
    expect(result.results.map((r) => [r.concern, r.name, r.action, r.changes])).toEqual([
      ['ecr', ECR_STACK, 'created', ['Add Resource (AWS::Test::Resource)']],
      ['role', ROLE_STACK, 'created', ['Add Resource (AWS::Test::Resource)']],
    ]);
    // The account is reported before any stack, each concern as it is done.
    expect(progress).toEqual([`account ${ACCOUNT}`, `${ECR_STACK} created`, `${ROLE_STACK} created`]);

    const created = cfn.commandCalls(CreateChangeSetCommand).map((call) => call.args[0].input);
    expect(created.map((input) => [input.StackName, input.ChangeSetType, input.Capabilities])).toEqual([
      [ECR_STACK, 'CREATE', ['CAPABILITY_NAMED_IAM']],
      [ROLE_STACK, 'CREATE', ['CAPABILITY_NAMED_IAM']],
    ]);
    expect(created[0]!.ChangeSetName).toBe('agentcore-setup-env-1000000');
    expect(created[0]!.TemplateBody).toContain('AWS::ECR::Repository');
    expect(created[0]!.Parameters).toEqual([
      { ParameterKey: 'RepositoryName', ParameterValue: 'support-bot' },
      { ParameterKey: 'KeepImages', ParameterValue: '50' },
      { ParameterKey: 'PullAccountIds', ParameterValue: '' },
    ]);
    // The role stack reads the repository stack's output, deployed first.
    expect(created[1]!.Parameters).toEqual([
      { ParameterKey: 'RoleName', ParameterValue: 'agentcore-dev-support-bot-runtime' },
      { ParameterKey: 'RepositoryArn', ParameterValue: REPOSITORY_ARN },
      { ParameterKey: 'ModelArns', ParameterValue: '' },
    ]);
    expect(cfn.commandCalls(ExecuteChangeSetCommand).map((call) => call.args[0].input.ChangeSetName)).toEqual([
      `arn:aws:cloudformation:${REGION}:${ACCOUNT}:changeSet/${ECR_STACK}/1`,
      `arn:aws:cloudformation:${REGION}:${ACCOUNT}:changeSet/${ROLE_STACK}/1`,
    ]);
    // No role or pool given by hand: nothing to check in IAM or Cognito.
    expect(iam.calls()).toHaveLength(0);
    expect(cognito.calls()).toHaveLength(0);
  });

  test('waits for each change set and stack on the injected clock, logging progress, without really sleeping', async () => {
    fakeCloudFormation();
    await setupEnv(request());
    // Per stack: one pause for the change set, then two while the stack is CREATE_IN_PROGRESS (250 ms growing by 1.5).
    expect(clock.sleeps).toEqual([250, 250, 375, 250, 250, 375]);
    // All of the 1.75 s of waiting passed on the fake clock: the test never sleeps.
    expect(clock.now()).toBe(1_000_000 + 1750);
    expect(logger.lines).toEqual(expect.arrayContaining([
      `change set of ${ECR_STACK}: CREATE_PENDING (0s elapsed)`,
      `stack ${ECR_STACK}: CREATE_IN_PROGRESS (0s elapsed)`,
      `stack ${ECR_STACK}: CREATE_COMPLETE (0s elapsed)`,
      `  [0s] ${ECR_STACK} (AWS::CloudFormation::Stack) CREATE_IN_PROGRESS`,
      `group: Stack ${ROLE_STACK} (agent-runtime-role.yaml)`,
    ]));
  });

  test('a stack that never settles times out on the fake clock, naming the stack and its last status', async () => {
    fakeCloudFormation();
    cfn.on(DescribeStacksCommand).callsFake((input: { StackName: string }) => {
      if (cfn.commandCalls(ExecuteChangeSetCommand).length === 0) throw awsError('ValidationError', `Stack with id ${input.StackName} does not exist`);
      return { Stacks: [{ StackName: input.StackName, StackStatus: 'CREATE_IN_PROGRESS', CreationTime: new Date(0) }] };
    });
    await expect(setupEnv(request(configWith(), { timeoutMs: 60_000 }))).rejects.toThrow(
      `Timed out after 1m 00s waiting for stack ${ECR_STACK}; the last status seen was CREATE_IN_PROGRESS. The stack operation goes on in CloudFormation; run again once it has ended.`,
    );
    expect(clock.sleeps.reduce((sum, ms) => sum + ms, 0)).toBe(250 + 60_000);
    // The role stack needs the repository's output: it is never attempted.
    expect(cfn.commandCalls(CreateChangeSetCommand).map((call) => call.args[0].input.StackName)).toEqual([ECR_STACK]);
  });
});

test('a re-run over stacks that match sends no change set and reports no change', async () => {
  const stacks = fakeCloudFormation();
  await setupEnv(request());
  cfn.resetHistory();
  logger = new RecordingLogger();
  fakeCloudFormation(stacks);

  const again = await setupEnv(request());
  expect(again.changed).toBe(false);
  expect(again.results.map((r) => [r.name, r.action])).toEqual([[ECR_STACK, 'unchanged'], [ROLE_STACK, 'unchanged']]);
  expect(again.outputs['role-arn']).toBe(ROLE_ARN);
  expect(again.outputs['ecr-repository-uri']).toBe(REPOSITORY_URI);
  expect(mutatingCalls()).toBe(0);
  expect(cfn.commandCalls(GetTemplateCommand).map((call) => call.args[0].input)).toEqual([
    { StackName: ECR_STACK, TemplateStage: 'Original' },
    { StackName: ROLE_STACK, TemplateStage: 'Original' },
  ]);
  expect(clock.sleeps).toHaveLength(6);
  expect(logger.lines).toContain('notice: Infrastructure of dev: no change, every stack already matches.');
  // One notice for the no-op run, not one per stack as well.
  expect(logger.lines.filter((line) => line.startsWith('notice:'))).toEqual(['notice: Infrastructure of dev: no change, every stack already matches.']);
});

describe('a gateway a canary names', () => {
  const GATEWAY_STACK = 'agentcore-dev-gateway-canary';
  const withGateway = (config: ConfigJson) => {
    config.global_resources.gateways = { canary: { description: 'Canary routes' } };
    config.environments.dev.agent_runtimes.triage.promotion = { strategy: 'canary', canary: { gateway: 'canary', steps: [10, 50] } };
  };

  test('gets its own stack after the role, with its name, role name, authorizer and description; a re-run leaves it unchanged', async () => {
    const stacks = fakeCloudFormation();
    const result = await setupEnv(request(configWith(withGateway)));
    expect(result.results.map((r) => [r.concern, r.key, r.name, r.action])).toEqual([
      ['ecr', 'support-bot', ECR_STACK, 'created'],
      ['role', 'support-bot-runtime', ROLE_STACK, 'created'],
      ['gateway', 'canary', GATEWAY_STACK, 'created'],
    ]);
    const created = cfn.commandCalls(CreateChangeSetCommand).map((call) => call.args[0].input);
    expect(created[2]!.TemplateBody).toContain('AWS::BedrockAgentCore::Gateway');
    expect(created[2]!.Capabilities).toEqual(['CAPABILITY_NAMED_IAM']);
    expect(created[2]!.Parameters).toEqual([
      { ParameterKey: 'GatewayName', ParameterValue: 'agentcore-dev-canary' },
      { ParameterKey: 'RoleName', ParameterValue: 'agentcore-dev-gateway-canary' },
      { ParameterKey: 'AuthorizerType', ParameterValue: 'AWS_IAM' },
      { ParameterKey: 'Description', ParameterValue: 'Canary routes' },
    ]);
    // The selected runtime's outputs are those of the other concerns.
    expect(result.outputs).toEqual(DEV_OUTPUTS);
    expect(logger.lines).toContain(`group: Stack ${GATEWAY_STACK} (gateway.yaml)`);
    expect(logger.lines).toContain('None: every concern has its stack.');

    cfn.resetHistory();
    fakeCloudFormation(stacks);
    const again = await setupEnv(request(configWith(withGateway)));
    expect(again.changed).toBe(false);
    expect(again.results.map((r) => [r.name, r.action])).toEqual([[ECR_STACK, 'unchanged'], [ROLE_STACK, 'unchanged'], [GATEWAY_STACK, 'unchanged']]);
    expect(mutatingCalls()).toBe(0);
  });

  test('a canary through an existing gateway id gets no stack, and the log says so', async () => {
    fakeCloudFormation();
    const byId = (config: ConfigJson) => {
      config.environments.dev.agent_runtimes.triage.promotion = { strategy: 'canary', canary: { gateway: 'shared-gw-abcdefghij', steps: [10, 50] } };
    };
    const result = await setupEnv(request(configWith(byId)));
    expect(result.results.map((r) => r.concern)).toEqual(['ecr', 'role']);
    expect(logger.lines).toContain(
      'Gateway shared-gw-abcdefghij (environments.dev.agent_runtimes.triage.promotion.canary.gateway) is an existing gateway given by id: no stack for it; promote-endpoint checks that it exists.',
    );
    expect(logger.lines).not.toContain('None: every concern has its stack.');
  });

  test('a new authorizer updates the gateway stack only', async () => {
    const stacks = fakeCloudFormation();
    await setupEnv(request(configWith(withGateway)));
    cfn.resetHistory();
    fakeCloudFormation(stacks);
    const open = (config: ConfigJson) => {
      withGateway(config);
      config.global_resources.gateways.canary.authorizer = 'NONE';
    };
    const result = await setupEnv(request(configWith(open)));
    expect(result.results.map((r) => [r.name, r.action])).toEqual([[ECR_STACK, 'unchanged'], [ROLE_STACK, 'unchanged'], [GATEWAY_STACK, 'updated']]);
    const [changeSet] = cfn.commandCalls(CreateChangeSetCommand).map((call) => call.args[0].input);
    expect([changeSet!.StackName, changeSet!.ChangeSetType]).toEqual([GATEWAY_STACK, 'UPDATE']);
    expect(changeSet!.Parameters).toContainEqual({ ParameterKey: 'AuthorizerType', ParameterValue: 'NONE' });
  });
});

test('credentials of another account fail before any stack is read, naming both accounts', async () => {
  const reported: string[] = [];
  await expectAnotherAccountRefused([sts], () => setupEnv(request(configWith(), { onAccount: ({ account }) => reported.push(account) })), { untouched: [cfn, iam, cognito] });
  expect(reported).toEqual([]);
});

test('a refused CreateChangeSet says which stack and call failed, with the SDK error, and nothing runs after it', async () => {
  fakeCloudFormation();
  cfn.on(CreateChangeSetCommand).rejects(awsError('AccessDenied', 'User is not authorized to perform: cloudformation:CreateChangeSet', 403, 'req-7'));
  const results: ConcernResult[] = [];
  await expect(setupEnv(request(configWith(), { onResult: (r) => results.push(r) }))).rejects.toThrow(
    new UserError(
      `Creating a CREATE change set for stack ${ECR_STACK} (CloudFormation CreateChangeSet) failed: AccessDenied: ` +
        'User is not authorized to perform: cloudformation:CreateChangeSet (HTTP 403, request id req-7)',
    ),
  );
  expect(results).toEqual([]);
  expect(cfn.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
});

describe('values given by hand', () => {
  const GIVEN_ROLE = `arn:aws:iam::${ACCOUNT}:role/existing-runtime`;
  const given = (config: ConfigJson) => {
    config.environments.dev.agent_runtimes['support-bot'].iam_role = GIVEN_ROLE;
    config.environments.dev.agent_runtimes.triage.iam_role = GIVEN_ROLE;
    config.environments.dev.cognito = { user_pool_id: `${REGION}_Given`, app_client_id: 'givenclient1' };
  };

  test('a role ARN and a user pool that exist are checked, not stacked, and become the outputs', async () => {
    fakeCloudFormation();
    iam.on(GetRoleCommand).resolves({ Role: { RoleName: 'existing-runtime', Arn: GIVEN_ROLE, Path: '/', RoleId: 'R', CreateDate: new Date(0) } });
    cognito.on(DescribeUserPoolCommand).resolves({ UserPool: { Id: `${REGION}_Given` } });
    cognito.on(DescribeUserPoolClientCommand).resolves({ UserPoolClient: { ClientId: 'givenclient1' } });

    const result = await setupEnv(request(configWith(given)));
    expect(iam.commandCalls(GetRoleCommand).map((call) => call.args[0].input)).toEqual([{ RoleName: 'existing-runtime' }]);
    expect(cognito.commandCalls(DescribeUserPoolClientCommand)[0]!.args[0].input).toEqual({ UserPoolId: `${REGION}_Given`, ClientId: 'givenclient1' });
    expect(cfn.commandCalls(CreateChangeSetCommand).map((call) => call.args[0].input.StackName)).toEqual([ECR_STACK]);
    expect(result.results.map((r) => [r.concern, r.name, r.action])).toEqual([
      ['role', GIVEN_ROLE, 'given'],
      ['cognito', `${REGION}_Given`, 'given'],
      ['ecr', ECR_STACK, 'created'],
    ]);
    expect(result.outputs).toEqual({
      'ecr-repository-uri': REPOSITORY_URI,
      'role-arn': GIVEN_ROLE,
      'cognito-user-pool-id': `${REGION}_Given`,
      'cognito-client-id': 'givenclient1',
      'cognito-discovery-url': `https://cognito-idp.${REGION}.amazonaws.com/${REGION}_Given/.well-known/openid-configuration`,
    });
  });

  test('a given role that does not exist fails the run before any stack changes, naming the runtimes that use it', async () => {
    fakeCloudFormation();
    iam.on(GetRoleCommand).rejects(awsError('NoSuchEntityException', 'The role with name existing-runtime cannot be found.', 404));
    await expect(setupEnv(request(configWith(given)))).rejects.toThrow(
      new UserError(
        `environments.dev.agent_runtimes.support-bot.iam_role, environments.dev.agent_runtimes.triage.iam_role: role ${GIVEN_ROLE} does not exist in account ${ACCOUNT}. ` +
          'Create it, or give the role key of global_resources.iam_roles so setup-env creates it.',
      ),
    );
    expect(cfn.calls()).toHaveLength(0);
    expect(cognito.calls()).toHaveLength(0);
  });
});

test('deploy-infrastructure false reads no stack and derives the outputs from names and the config', async () => {
  const result = await setupEnv(request(configWith(), { deployInfrastructure: false, templatesDir: '' }));
  expect(result).toMatchObject({ account: ACCOUNT, changed: false, results: [] });
  // The same values the stacks give, without reading them.
  expect(result.outputs).toEqual(DEV_OUTPUTS);
  expect(sts.commandCalls(GetCallerIdentityCommand)).toHaveLength(1);
  expect(cfn.calls()).toHaveLength(0);
});

test('cancelled while a stack is being created: the change set is left to CloudFormation, no further stack is started, and the error names the stack and its status', async () => {
  fakeCloudFormation();
  const controller = new AbortController();
  const req = request(configWith(), { signal: controller.signal });
  // The cancel lands during the stack wait, after the repository stack's change set was executed.
  cancelOnSleep(req.clock, controller, () => cfn.commandCalls(ExecuteChangeSetCommand).length > 0);
  const error = await setupEnv(req).catch((e: unknown) => e);

  expect(error).toBeInstanceOf(CancelledError);
  expect((error as Error).message).toBe(
    `Cancelled while stack ${ECR_STACK} was being created: its change set was already executing and is left to CloudFormation, the stack's status when last read was CREATE_IN_PROGRESS. Run setup-env again once it has ended.`,
  );
  // The repository stack's change set only: the role stack is never started.
  expect(cfn.commandCalls(CreateChangeSetCommand).map((call) => call.args[0].input.StackName)).toEqual([ECR_STACK]);
  expect(mutatingCalls()).toBe(2);
});
