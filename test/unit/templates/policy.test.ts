import { readFileSync, readdirSync } from 'node:fs';
import { parseTemplate } from '../../../src/emulator/services/cloudformation/template/parse.js';
import { isObject, type Json, type Template } from '../../../src/emulator/services/cloudformation/template/types.js';
import { providers } from '../../../src/emulator/services/cloudformation/providers/index.js';

/**
 * Least privilege, checked on the templates themselves: no wildcard actions, no `Resource: "*"`
 * except for actions AWS does not let you scope to a resource, no broad AWS managed policies, and
 * service trust policies that name the account and ARN they trust. templates/README.md lists the
 * same exceptions.
 */
const NOT_RESOURCE_SCOPABLE = new Set([
  'ecr:GetAuthorizationToken',
  'xray:PutTraceSegments',
  'xray:PutTelemetryRecords',
  'xray:GetSamplingRules',
  'xray:GetSamplingTargets',
  'cloudwatch:PutMetricData',
  'bedrock-agentcore:ListAgentRuntimes',
  'bedrock-agentcore:ListGateways',
  'cognito-idp:CreateUserPool',
  'cognito-idp:DescribeUserPoolDomain',
]);
/** `*` with these is allowed only under this condition key. */
const REQUIRED_CONDITION: Record<string, string> = { 'cloudwatch:PutMetricData': 'cloudwatch:namespace' };
const BROAD_MANAGED_POLICY = /FullAccess|ReadOnlyAccess|AdministratorAccess|PowerUserAccess/;

/** The literal strings of a value, through intrinsic functions (both branches of an Fn::If). */
function strings(value: Json | undefined): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (isObject(value)) return Object.values(value).flatMap(strings);
  return [];
}

/** The keys of a value's objects, at any depth. */
function keys(value: Json | undefined): string[] {
  if (Array.isArray(value)) return value.flatMap(keys);
  if (isObject(value)) return Object.entries(value).flatMap(([key, item]) => [key, ...keys(item)]);
  return [];
}

/** Every policy statement in a value: an object with an Effect. */
function statements(value: Json | undefined): Array<Record<string, Json>> {
  if (Array.isArray(value)) return value.flatMap(statements);
  if (!isObject(value)) return [];
  if (typeof value.Effect === 'string') return [value];
  return Object.values(value).flatMap(statements);
}

function principalServices(statement: Record<string, Json>): string[] {
  const principal = statement.Principal;
  return isObject(principal) ? strings(principal.Service ?? null) : [];
}

function policyViolations(template: Template): string[] {
  const found: string[] = [];
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    const where = `${logicalId} (${resource.Type})`;
    for (const arn of strings(resource.Properties?.ManagedPolicyArns)) {
      if (BROAD_MANAGED_POLICY.test(arn)) found.push(`${where}: broad AWS managed policy ${arn}`);
    }
    for (const statement of statements(resource.Properties ?? {})) {
      const sid = typeof statement.Sid === 'string' ? ` ${statement.Sid}` : '';
      const actions = strings(statement.Action);
      if (statement.Effect === 'Allow' && (statement.NotAction !== undefined || statement.NotResource !== undefined)) {
        found.push(`${where}${sid}: Allow with NotAction or NotResource`);
      }
      for (const action of actions) {
        if (action === '*' || action.endsWith(':*')) found.push(`${where}${sid}: wildcard action ${action}`);
      }
      if (statement.Principal !== undefined) {
        if (statement.Effect === 'Allow' && (statement.Principal === '*' || strings(statement.Principal).includes('*'))) {
          found.push(`${where}${sid}: allows any principal`);
        }
        const conditionKeys = keys(statement.Condition);
        if (principalServices(statement).includes('bedrock-agentcore.amazonaws.com')) {
          for (const key of ['aws:SourceAccount', 'aws:SourceArn']) {
            if (!conditionKeys.includes(key)) found.push(`${where}${sid}: bedrock-agentcore trust without ${key}`);
          }
        }
        if (actions.includes('sts:AssumeRoleWithWebIdentity')) {
          for (const key of ['token.actions.githubusercontent.com:aud', 'token.actions.githubusercontent.com:sub']) {
            if (!conditionKeys.includes(key)) found.push(`${where}${sid}: web identity trust without ${key}`);
          }
        }
        continue;
      }
      if (!strings(statement.Resource).includes('*')) continue;
      for (const action of actions) {
        if (!NOT_RESOURCE_SCOPABLE.has(action)) found.push(`${where}${sid}: Resource "*" for ${action}, which can be scoped`);
        const condition = REQUIRED_CONDITION[action];
        if (condition && !keys(statement.Condition).includes(condition)) found.push(`${where}${sid}: ${action} on "*" without a ${condition} condition`);
      }
    }
  }
  return found;
}

function parse(body: string): Template {
  return parseTemplate(body, providers);
}

const templateFiles = readdirSync('templates').filter((name) => name.endsWith('.yaml'));

test('there are templates to check', () => {
  expect(templateFiles).toEqual(expect.arrayContaining(['agent-runtime-role.yaml', 'cognito.yaml', 'ecr-repository.yaml', 'gateway.yaml', 'github-oidc-deploy-role.yaml']));
});

test.each(templateFiles)('%s is least-privilege', (name) => {
  expect(policyViolations(parse(readFileSync(`templates/${name}`, 'utf8')))).toEqual([]);
});

test.each(templateFiles)('%s documents every parameter and exports every output', (name) => {
  const template = parse(readFileSync(`templates/${name}`, 'utf8'));
  for (const [key, parameter] of Object.entries(template.Parameters ?? {})) {
    expect([key, typeof parameter.Description === 'string' && parameter.Description.length > 10]).toEqual([key, true]);
  }
  for (const [key, output] of Object.entries(template.Outputs ?? {})) {
    expect([key, output.Export?.Name]).toEqual([key, { 'Fn::Sub': `\${AWS::StackName}-${key}` }]);
  }
});

describe('the policy check bites', () => {
  const role = (trust: string, policy: string, extra = '') => `
Resources:
  Bad:
    Type: AWS::IAM::Role
    Properties:
      ${extra}
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
${trust}
      Policies:
        - PolicyName: p
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
${policy}
`;
  const goodTrust = `          - Effect: Allow
            Principal: { Service: bedrock-agentcore.amazonaws.com }
            Action: sts:AssumeRole
            Condition:
              StringEquals: { aws:SourceAccount: !Ref AWS::AccountId }
              ArnLike: { aws:SourceArn: !Sub 'arn:aws:bedrock-agentcore:\${AWS::Region}:\${AWS::AccountId}:*' }`;
  const goodPolicy = `              - Effect: Allow
                Action: ecr:BatchGetImage
                Resource: !Sub 'arn:aws:ecr:\${AWS::Region}:\${AWS::AccountId}:repository/x'`;

  test('a well-scoped role passes', () => {
    expect(policyViolations(parse(role(goodTrust, goodPolicy)))).toEqual([]);
  });

  test('a wildcard action fails', () => {
    const policy = `              - Effect: Allow
                Action: ['ecr:*', 's3:GetObject']
                Resource: !Sub 'arn:aws:s3:::bucket/*'`;
    expect(policyViolations(parse(role(goodTrust, policy)))).toEqual(['Bad (AWS::IAM::Role): wildcard action ecr:*']);
  });

  test('Resource "*" fails for a scopable action, even inside an Fn::If, and passes for the documented exceptions', () => {
    const policy = `              - !If
                - Never
                - Effect: Allow
                  Action: [ecr:GetAuthorizationToken, ssm:GetParameter]
                  Resource: '*'
                - !Ref AWS::NoValue`;
    const template = parse(role(goodTrust, policy).replace('Resources:', "Conditions:\n  Never: !Equals ['a', 'b']\nResources:"));
    expect(policyViolations(template)).toEqual(['Bad (AWS::IAM::Role): Resource "*" for ssm:GetParameter, which can be scoped']);
  });

  test('PutMetricData on "*" needs its namespace condition', () => {
    const policy = `              - Effect: Allow
                Action: cloudwatch:PutMetricData
                Resource: '*'`;
    expect(policyViolations(parse(role(goodTrust, policy)))).toEqual([
      'Bad (AWS::IAM::Role): cloudwatch:PutMetricData on "*" without a cloudwatch:namespace condition',
    ]);
  });

  test('a broad AWS managed policy fails', () => {
    const extra = 'ManagedPolicyArns: [arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryFullAccess, arn:aws:iam::aws:policy/ReadOnlyAccess]';
    expect(policyViolations(parse(role(goodTrust, goodPolicy, extra)))).toEqual([
      'Bad (AWS::IAM::Role): broad AWS managed policy arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryFullAccess',
      'Bad (AWS::IAM::Role): broad AWS managed policy arn:aws:iam::aws:policy/ReadOnlyAccess',
    ]);
  });

  test('a bedrock-agentcore trust without SourceAccount and SourceArn fails', () => {
    const trust = `          - Effect: Allow
            Principal: { Service: [bedrock-agentcore.amazonaws.com] }
            Action: sts:AssumeRole`;
    expect(policyViolations(parse(role(trust, goodPolicy)))).toEqual([
      'Bad (AWS::IAM::Role): bedrock-agentcore trust without aws:SourceAccount',
      'Bad (AWS::IAM::Role): bedrock-agentcore trust without aws:SourceArn',
    ]);
  });

  test('a GitHub web identity trust without aud and sub conditions fails', () => {
    const trust = `          - Effect: Allow
            Principal: { Federated: !Sub 'arn:aws:iam::\${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com' }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringLike: { token.actions.githubusercontent.com:aud: sts.amazonaws.com }`;
    expect(policyViolations(parse(role(trust, goodPolicy)))).toEqual([
      'Bad (AWS::IAM::Role): web identity trust without token.actions.githubusercontent.com:sub',
    ]);
  });
});
