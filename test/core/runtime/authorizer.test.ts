import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { UserError } from '../../../src/core/errors.js';
import { resolveAuthorizer } from '../../../src/core/runtime/authorizer.js';
import { testConfig } from '../fixtures.js';

const cfn = mockClient(CloudFormationClient);
const client = () => new CloudFormationClient({ region: 'us-east-1' });
beforeEach(() => cfn.reset());

test('an existing pool gives the discovery URL and the app client as allowedClients', async () => {
  const environment = testConfig({}, { cognito: { user_pool_id: 'us-west-2_AbCdEf123', app_client_id: 'client123' } }).environment('dev');
  expect(await resolveAuthorizer(environment, environment.agent_runtimes['support-bot']!, client)).toEqual({
    discoveryUrl: 'https://cognito-idp.us-west-2.amazonaws.com/us-west-2_AbCdEf123/.well-known/openid-configuration',
    allowedClients: ['client123'],
  });
  expect(cfn.calls()).toHaveLength(0);
});

test('no authorizer without cognito (IAM)', async () => {
  const environment = testConfig().environment('dev');
  expect(await resolveAuthorizer(environment, environment.agent_runtimes['support-bot']!, client)).toBeUndefined();
});

test("a managed pool's ids come from the Cognito stack's outputs", async () => {
  cfn.on(DescribeStacksCommand, { StackName: 'agentcore-prod-cognito' }).resolves({
    Stacks: [
      {
        StackName: 'agentcore-prod-cognito',
        StackStatus: 'CREATE_COMPLETE',
        CreationTime: new Date(),
        Outputs: [
          { OutputKey: 'UserPoolId', OutputValue: 'us-east-1_Pool9' },
          { OutputKey: 'AppClientId', OutputValue: 'appclient9' },
        ],
      },
    ],
  });
  const environment = testConfig().environment('prod');
  expect(await resolveAuthorizer(environment, environment.agent_runtimes['support-bot']!, client)).toEqual({
    discoveryUrl: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Pool9/.well-known/openid-configuration',
    allowedClients: ['appclient9'],
  });
});

test('a missing Cognito stack points at setup-env', async () => {
  cfn.on(DescribeStacksCommand).rejects(
    Object.assign(new Error('Stack with id agentcore-prod-cognito does not exist'), { name: 'ValidationError', $metadata: { httpStatusCode: 400 } }),
  );
  const environment = testConfig().environment('prod');
  const error = await resolveAuthorizer(environment, environment.agent_runtimes['support-bot']!, client).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toBe(
    'Environment "prod" has a managed Cognito user pool, but its stack agentcore-prod-cognito does not exist in us-east-1. ' +
      'Run setup-env for environment "prod" first: it deploys agentcore-prod-cognito from templates/cognito.yaml.',
  );
});
