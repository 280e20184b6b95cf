import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateRoleCommand, GetRolePolicyCommand, IAMClient } from '@aws-sdk/client-iam';
import { CognitoIdentityProviderClient, CreateUserPoolClientCommand, CreateUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { emulatorAwsEnv } from '../helpers/action-env.js';
import { runDistAction } from '../helpers/action-runner.js';
import { agentConfig, writeAgentConfig, type ConfigInput, type EnvironmentInput } from '../helpers/configs.js';
import { clientOptions, control, useTestEmulator } from '../helpers/emulator.js';
import type { RunningEmulator } from '../../src/emulator/server.js';

const MODEL_A = 'arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-a';
const MODEL_B = 'arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-b';
const MODEL_C = 'arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-c';
const ENVIRONMENTS = { dev: ['111111111111', 'us-west-2'], staging: ['222222222222', 'eu-west-1'], prod: ['333333333333', 'us-east-1'] } as const;
type EnvName = keyof typeof ENVIRONMENTS;

const workspace = mkdtempSync(join(tmpdir(), 'setup-env-infra-'));
let emulator: RunningEmulator;
// Stack operations take a moment, so each run polls and streams events as it would against AWS.
useTestEmulator((started) => (emulator = started), { provisioningDelayMs: 300 });

function config(models: string[], extra: Record<string, EnvironmentInput> = {}) {
  return agentConfig({
    dev: { default_agent_runtime: 'support-bot', cognito: { managed: true } },
    runtime: { model_arns: models },
    environments: {
      staging: { extends: 'dev', region: 'eu-west-1', account_id: '222222222222' },
      prod: { extends: 'dev', region: 'us-east-1', account_id: '333333333333' },
      ...extra,
    },
    global: { ecr_repositories: { 'support-bot': { keep_images: 30, cross_account_pull: ['333333333333'] } } },
  });
}

let files = 0;
async function setupEnv(environment: string, document: ConfigInput, options: { account?: string; inputs?: Record<string, string> } = {}) {
  const file = writeAgentConfig(workspace, document, `agentcore-${++files}.json`);
  const account = options.account ?? ENVIRONMENTS[environment as EnvName][0];
  return runDistAction('setup-env', {
    cwd: workspace,
    inputs: { 'config-file': file, environment, ...options.inputs },
    env: emulatorAwsEnv(emulator, account),
  });
}

async function requests(service = 'cloudformation'): Promise<Array<{ operation: string; account: string; region: string }>> {
  return control(emulator, 'GET', `requests?service=${service}`);
}
const clearRequests = () => control(emulator, 'DELETE', 'requests');

async function invokePolicy(account: string, roleName: string): Promise<string> {
  const iam = new IAMClient(clientOptions(emulator, account, 'us-east-1'));
  const answer = await iam.send(new GetRolePolicyCommand({ RoleName: roleName, PolicyName: 'invoke-models' }));
  return decodeURIComponent(answer.PolicyDocument ?? '');
}

async function stackStatus(account: string, region: string, name: string): Promise<string | undefined> {
  const state = await control<{ services: { cloudformation?: Record<string, { stacks: Array<{ name: string; phases: Array<{ status: string }>; deletedAt?: number }> }> } }>(
    emulator,
    'GET',
    'state',
  );
  const stacks = state.services.cloudformation?.[`${account}/${region}`]?.stacks ?? [];
  return stacks.filter((s) => s.name === name && s.deletedAt === undefined).at(-1)?.phases.at(-1)?.status;
}

describe('one environment over several runs', () => {
  beforeAll(() => control(emulator, 'POST', 'reset').then(() => control(emulator, 'POST', 'settings', { provisioningDelayMs: 300 })));

  test('the first run creates every stack, streams their events and outputs the values', async () => {
    const run = await setupEnv('dev', config([MODEL_A]));
    expect(run.stdout).not.toContain('::error');
    expect(run.code).toBe(0);
    const pool = run.outputs['cognito-user-pool-id']!;
    expect(pool).toMatch(/^us-west-2_\w+$/);
    expect(run.outputs).toMatchObject({
      'ecr-repository-uri': '111111111111.dkr.ecr.us-west-2.amazonaws.com/support-bot',
      'role-arn': 'arn:aws:iam::111111111111:role/agentcore-dev-support-bot-runtime',
      'cognito-discovery-url': `https://cognito-idp.us-west-2.amazonaws.com/${pool}/.well-known/openid-configuration`,
      'stacks-changed': 'true',
    });
    expect(run.outputs['cognito-client-id']).toMatch(/^\w+$/);
    // Each stack event is printed as it appears, with the time elapsed.
    expect(run.stdout).toMatch(/\[\d+s\] Repository \(AWS::ECR::Repository\) CREATE_COMPLETE/);
    expect(run.stdout).toMatch(/\[\d+s\] Role \(AWS::IAM::Role\) CREATE_IN_PROGRESS/);
    expect(run.stdout).toContain('Add AppClient (AWS::Cognito::UserPoolClient)');
    expect(run.summary).toContain('| ecr | support-bot | `agentcore-dev-ecr-support-bot` | created | 1 |');
    expect(run.summary).toContain('| role | support-bot-runtime | `agentcore-dev-role-support-bot-runtime` | created | 1 |');
    expect(run.summary).toContain('| cognito | cognito | `agentcore-dev-cognito` | created | 4 |');
    expect(await invokePolicy('111111111111', 'agentcore-dev-support-bot-runtime')).toContain(MODEL_A);
  });

  test('a second run changes nothing and says so', async () => {
    await clearRequests();
    const run = await setupEnv('dev', config([MODEL_A]));
    expect(run.code).toBe(0);
    expect(run.outputs['stacks-changed']).toBe('false');
    expect(run.outputs['role-arn']).toBe('arn:aws:iam::111111111111:role/agentcore-dev-support-bot-runtime');
    for (const stack of ['ecr-support-bot', 'role-support-bot-runtime', 'cognito']) {
      expect(run.stdout).toContain(`No change to stack agentcore-dev-${stack}: it already matches the template and parameters.`);
    }
    // One notice for the no-op run, not one per stack as well.
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::notice'))).toEqual(['::notice::Infrastructure of dev: no change, every stack already matches.']);
    const operations = (await requests()).map((r) => r.operation);
    // Template body and parameters are compared first: a re-run makes no change set at all.
    expect(operations.filter((o) => o === 'GetTemplate')).toHaveLength(3);
    expect(operations).not.toContain('CreateChangeSet');
    expect(operations).not.toContain('DeleteChangeSet');
    expect(operations).not.toContain('ExecuteChangeSet');
    expect(run.summary).toContain('| role | support-bot-runtime | `agentcore-dev-role-support-bot-runtime` | no change | 0 |');
  });

  test('a new model ARN updates exactly the role stack, and the summary lists the change', async () => {
    await clearRequests();
    const run = await setupEnv('dev', config([MODEL_A, MODEL_B]));
    expect(run.code).toBe(0);
    expect(run.outputs['stacks-changed']).toBe('true');
    expect((await requests()).filter((r) => r.operation === 'ExecuteChangeSet')).toHaveLength(1);
    expect(run.summary).toContain('| role | support-bot-runtime | `agentcore-dev-role-support-bot-runtime` | updated | 1 |');
    expect(run.summary).toContain('| ecr | support-bot | `agentcore-dev-ecr-support-bot` | no change | 0 |');
    expect(run.summary).toContain('Changes to `agentcore-dev-role-support-bot-runtime`:\n\n- Modify Role (AWS::IAM::Role): Policies; replacement False');
    expect(run.stdout).toContain('Modify Role (AWS::IAM::Role): Policies; replacement False');
    expect(await invokePolicy('111111111111', 'agentcore-dev-support-bot-runtime')).toContain(MODEL_B);
  });

  test('a resource failure fails the step naming resource, type and reason, and the previous state stays', async () => {
    await control(emulator, 'POST', 'cloudformation/fail-resource', {
      account: '111111111111',
      stackName: 'agentcore-dev-role-support-bot-runtime',
      logicalId: 'Role',
      reason: 'Maximum policy size of 10240 bytes exceeded',
    });
    const run = await setupEnv('dev', config([MODEL_A, MODEL_B, MODEL_C]));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::Stack agentcore-dev-role-support-bot-runtime failed to update (UPDATE_ROLLBACK_COMPLETE): ' +
        'Role (AWS::IAM::Role) UPDATE_FAILED: Maximum policy size of 10240 bytes exceeded. CloudFormation rolled the stack back: its previous state is unchanged.',
    );
    expect(run.summary).toContain('Failed');
    const policy = await invokePolicy('111111111111', 'agentcore-dev-support-bot-runtime');
    expect(policy).toContain(MODEL_B);
    expect(policy).not.toContain(MODEL_C);
    expect(await stackStatus('111111111111', 'us-west-2', 'agentcore-dev-role-support-bot-runtime')).toBe('UPDATE_ROLLBACK_COMPLETE');
  });
});

test('a stack left in ROLLBACK_COMPLETE is refused by name, and recreated only when asked', async () => {
  await control(emulator, 'POST', 'cloudformation/fail-resource', { account: '222222222222', logicalId: 'Repository', reason: 'Service quota exceeded' });
  const failed = await setupEnv('staging', config([MODEL_A]));
  expect(failed.code).toBe(1);
  expect(failed.stdout).toContain(
    '::error::Stack agentcore-staging-ecr-support-bot failed to create (ROLLBACK_COMPLETE): Repository (AWS::ECR::Repository) CREATE_FAILED: Service quota exceeded.',
  );
  expect(await stackStatus('222222222222', 'eu-west-1', 'agentcore-staging-ecr-support-bot')).toBe('ROLLBACK_COMPLETE');

  await clearRequests();
  const refused = await setupEnv('staging', config([MODEL_A]));
  expect(refused.code).toBe(1);
  expect(refused.stdout).toContain('::error::Stack agentcore-staging-ecr-support-bot is in ROLLBACK_COMPLETE: its first create failed');
  expect(refused.stdout).toContain('Set the input recreate-failed-stacks to true to delete and recreate it');
  expect((await requests()).map((r) => r.operation)).toEqual(['DescribeStacks']);

  const recreated = await setupEnv('staging', config([MODEL_A]), { inputs: { 'recreate-failed-stacks': 'true' } });
  expect(recreated.stdout).not.toContain('::error');
  expect(recreated.code).toBe(0);
  expect(recreated.stdout).toContain('::warning::Stack agentcore-staging-ecr-support-bot is in ROLLBACK_COMPLETE');
  expect(recreated.summary).toContain('| ecr | support-bot | `agentcore-staging-ecr-support-bot` | deleted (ROLLBACK_COMPLETE) and created | 1 |');
  expect(recreated.outputs['ecr-repository-uri']).toBe('222222222222.dkr.ecr.eu-west-1.amazonaws.com/support-bot');
});

test('three environments in three accounts and regions provision side by side without touching each other', async () => {
  await control(emulator, 'POST', 'reset');
  const runs = await Promise.all((Object.keys(ENVIRONMENTS) as EnvName[]).map((name) => setupEnv(name, config([MODEL_A]))));
  for (const run of runs) expect(run.code).toBe(0);
  const state = await control<{ services: Record<string, Record<string, unknown>> }>(emulator, 'GET', 'state');
  const cloudformation = state.services.cloudformation as Record<string, { stacks: Array<{ name: string }> }>;
  const ecr = state.services.ecr as Record<string, { repositories: Record<string, unknown> }>;
  const iam = state.services.iam as Record<string, { roles: Record<string, unknown> }>;
  expect(Object.keys(cloudformation).sort()).toEqual(['111111111111/us-west-2', '222222222222/eu-west-1', '333333333333/us-east-1']);
  for (const [name, [account, region]] of Object.entries(ENVIRONMENTS)) {
    expect(cloudformation[`${account}/${region}`]!.stacks.map((s) => s.name).sort()).toEqual([
      `agentcore-${name}-cognito`,
      `agentcore-${name}-ecr-support-bot`,
      `agentcore-${name}-role-support-bot-runtime`,
    ]);
    expect(Object.keys(ecr[`${account}/${region}`]!.repositories)).toEqual(['support-bot']);
    expect(Object.keys(iam[`${account}/aws-global`]!.roles)).toEqual([`agentcore-${name}-support-bot-runtime`]);
    const run = runs[Object.keys(ENVIRONMENTS).indexOf(name)]!;
    expect(run.outputs['ecr-repository-uri']).toBe(`${account}.dkr.ecr.${region}.amazonaws.com/support-bot`);
    expect(run.outputs['cognito-user-pool-id']).toMatch(new RegExp(`^${region}_`));
  }
  // Only the scopes of the three environments were written to.
  expect(Object.keys(ecr).sort()).toEqual(['111111111111/us-west-2', '222222222222/eu-west-1', '333333333333/us-east-1']);
});

test('credentials for another account are refused before any CloudFormation call', async () => {
  await clearRequests();
  const run = await setupEnv('prod', config([MODEL_A]), { account: '111111111111' });
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('::error::Environment "prod" belongs to account 333333333333 (environments.prod.account_id), but the credentials are for account 111111111111');
  const all = await control<Array<{ service: string }>>(emulator, 'GET', 'requests');
  expect(all.map((r) => r.service)).toEqual(['sts']);
});

test('a role ARN and a user pool given by hand are checked instead of deployed, and a missing role is named', async () => {
  await control(emulator, 'POST', 'reset');
  const [account, region] = ENVIRONMENTS.prod;
  const iam = new IAMClient(clientOptions(emulator, account, 'us-east-1'));
  const role = await iam.send(new CreateRoleCommand({ RoleName: 'team-runtime', AssumeRolePolicyDocument: '{"Version":"2012-10-17","Statement":[]}' }));
  const cognito = new CognitoIdentityProviderClient(clientOptions(emulator, account, region));
  const pool = await cognito.send(new CreateUserPoolCommand({ PoolName: 'team' }));
  const client = await cognito.send(new CreateUserPoolClientCommand({ UserPoolId: pool.UserPool!.Id!, ClientName: 'team' }));
  const byHand = (roleArn: string) =>
    config([MODEL_A], {
      prod: {
        extends: 'dev',
        region,
        account_id: account,
        cognito: { user_pool_id: pool.UserPool!.Id!, app_client_id: client.UserPoolClient!.ClientId! },
        agent_runtimes: { 'support-bot': { iam_role: roleArn } },
      },
    });

  const run = await setupEnv('prod', byHand(role.Role!.Arn!));
  expect(run.stdout).not.toContain('::error');
  expect(run.outputs).toMatchObject({
    'role-arn': role.Role!.Arn!,
    'cognito-user-pool-id': pool.UserPool!.Id!,
    'cognito-client-id': client.UserPoolClient!.ClientId!,
    'cognito-discovery-url': `https://cognito-idp.${region}.amazonaws.com/${pool.UserPool!.Id!}/.well-known/openid-configuration`,
  });
  expect(run.summary).toContain(`| role | ${role.Role!.Arn!} | \`${role.Role!.Arn!}\` | given by hand, exists | 0 |`);
  const state = await control<{ services: { cloudformation: Record<string, { stacks: Array<{ name: string }> }> } }>(emulator, 'GET', 'state');
  expect(state.services.cloudformation[`${account}/${region}`]!.stacks.map((s) => s.name)).toEqual(['agentcore-prod-ecr-support-bot']);

  await clearRequests();
  const missing = await setupEnv('prod', byHand(`arn:aws:iam::${account}:role/nobody`));
  expect(missing.code).toBe(1);
  expect(missing.stdout).toContain(
    `::error::environments.prod.agent_runtimes.support-bot.iam_role: role arn:aws:iam::${account}:role/nobody does not exist in account ${account}.`,
  );
  expect((await requests()).map((r) => r.operation)).toEqual([]);
});
