import { ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { UserError } from '../../../src/core/errors.js';
import { RecordingLogger } from '../../../src/testing/recording-logger.js';
import { loginToEcr } from '../../../src/core/registry/ecr-login.js';

const ecrMock = mockClient(ECRClient);
afterEach(() => ecrMock.reset());

const PASSWORD = 'eyJwYXlsb2FkIjoic2VjcmV0In0.c2lnbmF0dXJl';
const TOKEN = Buffer.from(`AWS:${PASSWORD}`).toString('base64');

test('masks the token and the password before the first log line, and aims the client at proxyEndpoint', async () => {
  ecrMock.on(GetAuthorizationTokenCommand, { registryIds: ['111111111111'] }).resolves({
    authorizationData: [{ authorizationToken: TOKEN, proxyEndpoint: 'https://111111111111.dkr.ecr.us-west-2.amazonaws.com', expiresAt: new Date('2030-01-01T12:00:00Z') }],
  });
  const logger = new RecordingLogger();
  const client = await loginToEcr({ ecr: new ECRClient({ region: 'us-west-2' }), region: 'us-west-2' }, { registryId: '111111111111', logger, mask: (secret) => logger.lines.push(`mask: ${secret}`) });
  expect(logger.lines).toEqual([
    `mask: ${TOKEN}`,
    `mask: ${PASSWORD}`,
    'Logged in to 111111111111.dkr.ecr.us-west-2.amazonaws.com at https://111111111111.dkr.ecr.us-west-2.amazonaws.com (token expires 2030-01-01T12:00:00.000Z)',
  ]);
  expect(client.endpoint).toBe('https://111111111111.dkr.ecr.us-west-2.amazonaws.com');
  expect(client.repositoryUri('support-bot')).toBe('111111111111.dkr.ecr.us-west-2.amazonaws.com/support-bot');
});

test('a refused GetAuthorizationToken is a UserError that says what was attempted and what is needed', async () => {
  const denied = Object.assign(new Error('User is not authorized to perform: ecr:GetAuthorizationToken'), {
    name: 'AccessDeniedException',
    $metadata: { httpStatusCode: 400, requestId: 'req-1' },
  });
  ecrMock.on(GetAuthorizationTokenCommand).rejects(denied);
  const attempt = loginToEcr({ ecr: new ECRClient({ region: 'eu-west-1' }), region: 'eu-west-1' }, { registryId: '333333333333', logger: new RecordingLogger(), mask: () => undefined });
  await expect(attempt).rejects.toThrow(UserError);
  await expect(attempt).rejects.toThrow(
    'Logging in to 333333333333.dkr.ecr.eu-west-1.amazonaws.com (ECR GetAuthorizationToken in eu-west-1) failed: AccessDeniedException: ' +
      'User is not authorized to perform: ecr:GetAuthorizationToken (HTTP 400, request id req-1). The credentials need ecr:GetAuthorizationToken.',
  );
});

test('an answer without authorization data is a UserError', async () => {
  ecrMock.on(GetAuthorizationTokenCommand).resolves({ authorizationData: [] });
  await expect(loginToEcr({ ecr: new ECRClient({ region: 'eu-west-1' }), region: 'eu-west-1' }, { registryId: '333333333333', logger: new RecordingLogger(), mask: () => undefined })).rejects.toThrow(
    'ECR GetAuthorizationToken in eu-west-1 returned no authorization data for 333333333333.dkr.ecr.eu-west-1.amazonaws.com.',
  );
});
