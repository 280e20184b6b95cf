import { BedrockAgentCoreControlClient, type AgentRuntime } from '@aws-sdk/client-bedrock-agentcore-control';
import { FakeClock } from '../../../src/testing/fake-clock.js';
import { UserError } from '../../../src/core/errors.js';
import { RecordingLogger } from '../../../src/testing/recording-logger.js';
import type { RuntimeHandle } from '../../../src/core/promotion/handle.js';
import { listReady, newestReadyVersion, requireReadyVersion } from '../../../src/core/promotion/versions.js';

const handle: RuntimeHandle = {
  control: new BedrockAgentCoreControlClient({ region: 'us-west-2' }),
  environment: 'prod',
  region: 'us-east-1',
  runtimeKey: 'support-bot',
  runtimeName: 'support_bot_prod',
  runtimeId: 'support_bot_prod-abcdefghij',
  runtimeArn: 'arn',
  clock: new FakeClock(0),
  logger: new RecordingLogger(),
  timeoutMs: 1000,
};
const v = (version: string, status = 'READY') => ({ agentRuntimeVersion: version, status }) as AgentRuntime;
const versions = [v('10'), v('2'), v('7', 'UPDATE_FAILED'), v('9')];

test('the newest READY version counts numerically', () => {
  expect(newestReadyVersion(handle, versions)).toBe('10');
  expect(() => newestReadyVersion(handle, [v('1', 'CREATE_FAILED')])).toThrow(
    new UserError('runtime "support-bot" (support_bot_prod) of environment "prod" (us-east-1) has no READY version to promote. Deploy one with deploy-version first.'),
  );
});

test('a deleted, never-made or not-READY version is refused with the READY ones listed', () => {
  expect(() => requireReadyVersion(handle, versions, '3', 'input "version"')).toThrow(
    'Version 3 (input "version") of runtime "support-bot" (support_bot_prod) of environment "prod" (us-east-1) does not exist: it was deleted ' +
      '(AgentCore deletes versions that no endpoint has served for 45 days, and versions can be deleted by hand). READY versions: 2, 9, 10.',
  );
  expect(() => requireReadyVersion(handle, versions, '11', 'input "version"')).toThrow('does not exist: no such version was ever made (the newest is 10). READY versions: 2, 9, 10.');
  expect(() => requireReadyVersion(handle, versions, '7', 'input "version"')).toThrow('is UPDATE_FAILED, and an endpoint can only serve a READY version. READY versions: 2, 9, 10.');
  expect(() => requireReadyVersion(handle, versions, '9', 'input "version"')).not.toThrow();
});

test('long lists of READY versions are capped to the newest', () => {
  expect(listReady(Array.from({ length: 20 }, (_, i) => v(String(i + 1))))).toBe('… (5 older), 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20');
});
