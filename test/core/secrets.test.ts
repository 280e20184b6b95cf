import { PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { UserError } from '../../src/core/errors.js';
import type { Logger } from '../../src/core/logger.js';
import { RecordingLogger } from '../../src/testing/recording-logger.js';
import { resolveSecrets } from '../../src/core/secrets.js';
import { useEmulatorSsm } from '../helpers/emulator-ssm.js';

let ssm: SSMClient;
const context = { configPath: 'environments.dev.agent_runtimes.bot', region: 'us-west-2' };
useEmulatorSsm((client) => (ssm = client));

test('reads SecureStrings with decryption and masks each value before anything else', async () => {
  await ssm.send(new PutParameterCommand({ Name: '/team/api-key', Value: 'v4lue-1', Type: 'SecureString' }));
  await ssm.send(new PutParameterCommand({ Name: '/team/other', Value: 'v4lue-2', Type: 'SecureString' }));
  const events: string[] = [];
  const recorder = new RecordingLogger();
  // Records the order of calls, so "masked first" is checked, not assumed.
  const logger: Logger = Object.assign(Object.create(recorder) as RecordingLogger, {
    secret: (value: string) => events.push(`secret ${value}`),
    info: (message: string) => events.push(`info ${message}`),
    warning: (message: string) => events.push(`warning ${message}`),
  });
  const { values, warnings } = await resolveSecrets(ssm, { API_KEY: 'ssm:/team/api-key', OTHER: 'ssm:/team/other' }, logger, context);
  expect(values).toEqual({ API_KEY: 'v4lue-1', OTHER: 'v4lue-2' });
  expect(warnings).toEqual([]);
  expect(events).toEqual(['secret v4lue-1', 'secret v4lue-2']);
});

test('a plain String parameter works but warns', async () => {
  await ssm.send(new PutParameterCommand({ Name: '/team/plain', Value: 'visible', Type: 'String' }));
  const logger = new RecordingLogger();
  const { warnings } = await resolveSecrets(ssm, { PLAIN: 'ssm:/team/plain' }, logger, context);
  expect(logger.secrets).toEqual(['visible']);
  expect(logger.lines).toEqual([
    'warning: environments.dev.agent_runtimes.bot.secrets.PLAIN: /team/plain is a String, not a SecureString; store secrets encrypted.',
  ]);
  expect(warnings).toEqual(['environments.dev.agent_runtimes.bot.secrets.PLAIN: /team/plain is a String, not a SecureString; store secrets encrypted.']);
});

test('a missing parameter says where it is referenced and how to create it', async () => {
  const error = await resolveSecrets(ssm, { API_KEY: 'ssm:/team/missing' }, new RecordingLogger(), context).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toBe(
    'environments.dev.agent_runtimes.bot.secrets.API_KEY: the SSM parameter /team/missing does not exist in us-west-2. ' +
      "Create it as a SecureString in the environment's account and region (aws ssm put-parameter --type SecureString --name /team/missing …).",
  );
});

test('a secret inherited through extends says so, where it is named', async () => {
  const inherited = { configPath: 'environments.prod.agent_runtimes.bot', region: 'us-east-1', inheritedFrom: (variable: string) => (variable === 'API_KEY' ? 'dev' : undefined) };
  const error = await resolveSecrets(ssm, { API_KEY: 'ssm:/team/missing' }, new RecordingLogger(), inherited).catch((e: unknown) => e);
  expect((error as Error).message).toBe(
    'environments.prod.agent_runtimes.bot.secrets.API_KEY (inherited from dev): the SSM parameter /team/missing does not exist in us-east-1. ' +
      "Create it as a SecureString in the environment's account and region (aws ssm put-parameter --type SecureString --name /team/missing …).",
  );
});
