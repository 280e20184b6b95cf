import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../../src/core/config/index.js';
import { UserError } from '../../../src/core/errors.js';
import { cognitoDomainPrefix, planInfrastructure } from '../../../src/core/infra/plan.js';
import { findTemplatesDir } from '../../../src/core/infra/templates.js';
import { agentConfig, type EnvironmentInput } from '../../helpers/configs.js';

const MODEL_A = 'arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-a';
const MODEL_B = 'arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-b';
const GIVEN_ROLE = 'arn:aws:iam::111111111111:role/team/existing-runtime-role';

function environment(name: string, override: Record<string, EnvironmentInput> = {}) {
  const config = agentConfig({
    dev: { default_agent_runtime: 'support-bot', cognito: { managed: true } },
    runtime: { iam_role: 'bots', model_arns: [MODEL_B, MODEL_A] },
    runtimes: {
      triage: { ecr_repository: 'support-bot', iam_role: 'bots', model_arns: [MODEL_A] },
      search: { ecr_repository: 'team/search', iam_role: GIVEN_ROLE },
    },
    environments: {
      prod: {
        extends: 'dev',
        region: 'us-east-1',
        account_id: '333333333333',
        cognito: { user_pool_id: 'us-east-1_AbCdEf123', app_client_id: '1example23456789abcdefghij' },
      },
      ...override,
    },
    global: {
      ecr_repositories: { 'support-bot': { keep_images: 20, cross_account_pull: ['333333333333', '222222222222', '333333333333'] }, 'team/search': {} },
      iam_roles: { bots: {}, solo: {} },
    },
  });
  return parseConfig(JSON.stringify(config), 'agentcore.json').environment(name);
}

test('one stack per concern: repositories, then roles with the union of their models, then the managed pool', () => {
  const plan = planInfrastructure(environment('dev'), '111111111111');
  expect(plan.stacks).toEqual([
    {
      concern: 'ecr',
      key: 'support-bot',
      stackName: 'agentcore-dev-ecr-support-bot',
      template: 'ecr-repository.yaml',
      parameters: { RepositoryName: 'support-bot', KeepImages: '20', PullAccountIds: '222222222222,333333333333' },
    },
    {
      concern: 'ecr',
      key: 'team/search',
      stackName: 'agentcore-dev-ecr-team-search',
      template: 'ecr-repository.yaml',
      parameters: { RepositoryName: 'team/search', KeepImages: '50', PullAccountIds: '' },
    },
    {
      concern: 'role',
      key: 'bots',
      stackName: 'agentcore-dev-role-bots',
      template: 'agent-runtime-role.yaml',
      parameters: {
        RoleName: 'agentcore-dev-bots',
        RepositoryArn: { stack: 'agentcore-dev-ecr-support-bot', output: 'RepositoryArn' },
        ModelArns: `${MODEL_A},${MODEL_B}`,
      },
    },
    {
      concern: 'cognito',
      key: 'cognito',
      stackName: 'agentcore-dev-cognito',
      template: 'cognito.yaml',
      parameters: { PoolName: 'agentcore-dev', DomainPrefix: 'agentcore-dev-111111111111' },
    },
  ]);
  // The declared but unused role "solo" gets no stack; the ARN is checked instead of deployed.
  expect(plan.givenRoles).toEqual([{ roleArn: GIVEN_ROLE, paths: ['environments.dev.agent_runtimes.search.iam_role'] }]);
  expect(plan.givenCognito).toBeUndefined();
});

test('a user pool given by hand replaces the Cognito stack with a check', () => {
  const plan = planInfrastructure(environment('prod'), '333333333333');
  expect(plan.stacks.map((stack) => stack.stackName)).toEqual(['agentcore-prod-ecr-support-bot', 'agentcore-prod-ecr-team-search', 'agentcore-prod-role-bots']);
  expect(plan.stacks[2]!.parameters.RoleName).toBe('agentcore-prod-bots');
  expect(plan.givenCognito).toEqual({ userPoolId: 'us-east-1_AbCdEf123', appClientId: '1example23456789abcdefghij' });
});

test('a role shared by runtimes of different repositories is refused, naming both', () => {
  const env = environment('split', {
    split: {
      extends: 'dev',
      agent_runtimes: { triage: { ecr_repository: 'team/search', iam_role: 'bots' } },
    },
  });
  expect(() => planInfrastructure(env, '111111111111')).toThrow(UserError);
  expect(() => planInfrastructure(env, '111111111111')).toThrow(
    'Role "bots" is used by runtimes of environment "split" with different repositories (support-bot: support-bot, triage: team/search)',
  );
});

test('the hosted-domain prefix is lowercase, hyphenated and at most 63 characters', () => {
  expect(cognitoDomainPrefix('Prod_EU', '123456789012')).toBe('agentcore-prod-eu-123456789012');
  const long = cognitoDomainPrefix('a'.repeat(60), '123456789012');
  expect(long.length).toBeLessThanOrEqual(63);
  expect(long).toMatch(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/);
});

test('templates/ is found by walking up from a bundle two levels down, and a missing one is named', () => {
  const root = mkdtempSync(join(tmpdir(), 'templates-'));
  mkdirSync(join(root, 'templates'));
  writeFileSync(join(root, 'templates', 'agent-runtime-role.yaml'), '');
  mkdirSync(join(root, 'dist', 'lib'), { recursive: true });
  expect(findTemplatesDir(join(root, 'dist', 'lib'))).toBe(join(root, 'templates'));
  const elsewhere = mkdtempSync(join(tmpdir(), 'no-templates-'));
  expect(() => findTemplatesDir(elsewhere)).toThrow(/No templates\/ directory with agent-runtime-role\.yaml above/);
});

describe('gateways', () => {
  const GATEWAY_ID = 'shared-gw-abcdefghij';
  const canary = (gateway: string) => ({ promotion: { strategy: 'canary' as const, canary: { gateway, steps: [10, 50] } } });

  function withGateways(runtimes: Record<string, ReturnType<typeof canary> | Record<string, never>>) {
    const config = agentConfig({
      dev: { cognito: { managed: true } },
      runtime: runtimes['support-bot'] ?? {},
      runtimes: { triage: { ecr_repository: 'support-bot', iam_role: 'support-bot-runtime', ...runtimes.triage }, search: { ecr_repository: 'support-bot', iam_role: 'support-bot-runtime', ...runtimes.search } },
      global: { gateways: { canary: { description: 'Canary routes', authorizer: 'NONE' }, 'eu-edge': {}, unused: {} } },
    });
    return parseConfig(JSON.stringify(config), 'agentcore.json').environment('dev');
  }

  test('one stack per declared gateway a runtime\'s canary names, after the roles and before Cognito, with its name, role name, authorizer and description', () => {
    const plan = planInfrastructure(withGateways({ 'support-bot': canary('canary'), triage: canary('eu-edge'), search: canary('canary') }), '111111111111');
    expect(plan.stacks.map((stack) => [stack.concern, stack.key, stack.stackName])).toEqual([
      ['ecr', 'support-bot', 'agentcore-dev-ecr-support-bot'],
      ['role', 'support-bot-runtime', 'agentcore-dev-role-support-bot-runtime'],
      ['gateway', 'canary', 'agentcore-dev-gateway-canary'],
      ['gateway', 'eu-edge', 'agentcore-dev-gateway-eu-edge'],
      ['cognito', 'cognito', 'agentcore-dev-cognito'],
    ]);
    expect(plan.stacks[2]).toEqual({
      concern: 'gateway',
      key: 'canary',
      stackName: 'agentcore-dev-gateway-canary',
      template: 'gateway.yaml',
      parameters: { GatewayName: 'agentcore-dev-canary', RoleName: 'agentcore-dev-gateway-canary', AuthorizerType: 'NONE', Description: 'Canary routes' },
    });
    // authorizer defaults to AWS_IAM; no description is an empty parameter, which the template leaves out.
    expect(plan.stacks[3]!.parameters).toEqual({ GatewayName: 'agentcore-dev-eu-edge', RoleName: 'agentcore-dev-gateway-eu-edge', AuthorizerType: 'AWS_IAM', Description: '' });
  });

  test('no canary, or a canary through an existing gateway id, needs no gateway stack', () => {
    expect(planInfrastructure(withGateways({}), '111111111111').stacks.map((stack) => stack.concern)).toEqual(['ecr', 'role', 'cognito']);
    const byId = planInfrastructure(withGateways({ 'support-bot': canary(GATEWAY_ID), triage: canary(GATEWAY_ID), search: canary('canary') }), '111111111111');
    expect(byId.stacks.map((stack) => [stack.concern, stack.key])).toEqual([['ecr', 'support-bot'], ['role', 'support-bot-runtime'], ['gateway', 'canary'], ['cognito', 'cognito']]);
    expect(byId.givenGateways).toEqual([
      { gatewayId: GATEWAY_ID, paths: ['environments.dev.agent_runtimes.support-bot.promotion.canary.gateway', 'environments.dev.agent_runtimes.triage.promotion.canary.gateway'] },
    ]);
    expect(planInfrastructure(withGateways({}), '111111111111').givenGateways).toEqual([]);
  });

  test('the gateway role name keeps the agentcore-<env>- prefix and fits IAM\'s 64 characters', () => {
    const key = 'k'.repeat(48);
    const config = agentConfig({ runtime: canary(key), global: { gateways: { [key]: {} } } });
    const plan = planInfrastructure(parseConfig(JSON.stringify(config), 'agentcore.json').environment('dev'), '111111111111');
    const role = plan.stacks.find((stack) => stack.concern === 'gateway')!.parameters.RoleName as string;
    expect(role).toBe(`agentcore-dev-gateway-${key}`.slice(0, 64));
    expect(role).toHaveLength(64);
  });
});
