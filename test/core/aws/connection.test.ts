import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { createServer, type Server } from 'node:net';
import { createClients } from '../../../src/core/aws/clients.js';
import { CONNECTION_RETRIES, connectionFailure, unreachableMessage } from '../../../src/core/aws/connection.js';
import { UserError } from '../../../src/core/errors.js';
import { checkAccount } from '../../../src/core/identity.js';
import { testConfig } from '../fixtures.js';
import { awsError } from '../../helpers/mocked-aws.js';

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4598'), { code: 'ECONNREFUSED', address: '127.0.0.1', port: 4598 });

describe('connectionFailure', () => {
  test('connection refused, DNS failure and the connect timeout are connection failures, with what Node said', () => {
    expect(connectionFailure(refused())).toBe('connect ECONNREFUSED 127.0.0.1:4598');
    expect(connectionFailure(Object.assign(new Error('getaddrinfo ENOTFOUND sts.nowhere.example'), { code: 'ENOTFOUND' }))).toBe('getaddrinfo ENOTFOUND sts.nowhere.example');
    expect(connectionFailure(Object.assign(new Error('getaddrinfo EAI_AGAIN sts.us-west-2.amazonaws.com'), { code: 'EAI_AGAIN' }))).toBe('getaddrinfo EAI_AGAIN sts.us-west-2.amazonaws.com');
    const timeout = Object.assign(new Error('@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of 5000 ms.'), { name: 'TimeoutError' });
    expect(connectionFailure(timeout)).toBe('no connection within 5 s');
  });

  test("Node's AggregateError for localhost (both addresses refused) names the first address", () => {
    const both = Object.assign(new AggregateError([refused(), new Error('connect ECONNREFUSED ::1:4598')], ''), { code: 'ECONNREFUSED' });
    expect(connectionFailure(both)).toBe('connect ECONNREFUSED 127.0.0.1:4598');
    expect(connectionFailure(new Error('wrapped', { cause: refused() }))).toBe('connect ECONNREFUSED 127.0.0.1:4598');
  });

  test('an answer from the endpoint, a request timeout and missing credentials are not', () => {
    expect(connectionFailure(awsError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403))).toBeUndefined();
    expect(connectionFailure(Object.assign(new Error('Could not load credentials from any providers', { cause: refused() }), { name: 'CredentialsProviderError' }))).toBeUndefined();
    expect(connectionFailure(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBeUndefined();
    expect(connectionFailure('ECONNREFUSED')).toBeUndefined();
  });
});

describe('unreachableMessage', () => {
  test('a local override asks whether the emulator is running', () => {
    expect(unreachableMessage({ service: 'STS', url: new URL('http://127.0.0.1:4598/'), region: 'us-west-2', failure: 'connect ECONNREFUSED 127.0.0.1:4598' })).toBe(
      'The STS endpoint http://127.0.0.1:4598 (an endpoint override: AWS_ENDPOINT_URL or AWS_ENDPOINT_URL_<SERVICE>) cannot be reached (connect ECONNREFUSED 127.0.0.1:4598). ' +
        'Is the emulator running? Start it, or set AWS_ENDPOINT_URL to where it listens.',
    );
  });

  test('a remote override and the regional endpoint point at the network (and the region)', () => {
    expect(unreachableMessage({ service: 'SSM', url: new URL('https://aws.proxy.example:8443/'), region: 'eu-west-1', failure: 'getaddrinfo ENOTFOUND aws.proxy.example' })).toBe(
      "The SSM endpoint https://aws.proxy.example:8443 (an endpoint override: AWS_ENDPOINT_URL or AWS_ENDPOINT_URL_<SERVICE>) cannot be reached (getaddrinfo ENOTFOUND aws.proxy.example). Check the network and the override's address.",
    );
    expect(unreachableMessage({ service: 'STS', url: new URL('https://sts.us-west-2.amazonaws.com'), region: 'us-west-2', failure: 'no connection within 5 s' })).toBe(
      "The STS endpoint https://sts.us-west-2.amazonaws.com (its regional endpoint in us-west-2) cannot be reached (no connection within 5 s). Check the runner's network access to AWS and that us-west-2 is the right region.",
    );
  });
});

describe('clients from the factory, with nothing listening at the endpoint', () => {
  let port: number;
  const saved = { endpoint: process.env.AWS_ENDPOINT_URL, key: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
  let server: Server;

  beforeAll(async () => {
    // Take a free port, then close it: connecting to it is refused.
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    process.env.AWS_ENDPOINT_URL = `http://127.0.0.1:${port}`;
    process.env.AWS_ACCESS_KEY_ID = '111111111111';
    process.env.AWS_SECRET_ACCESS_KEY = 'x';
  });
  afterAll(() => {
    for (const [name, value] of [['AWS_ENDPOINT_URL', saved.endpoint], ['AWS_ACCESS_KEY_ID', saved.key], ['AWS_SECRET_ACCESS_KEY', saved.secret]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  test('a call fails fast, after one retry, naming the endpoint', async () => {
    const { sts } = await createClients({ region: 'us-west-2' }, ['sts']);
    const started = Date.now();
    const error = await sts.send(new GetCallerIdentityCommand({})).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(
      `The STS endpoint http://127.0.0.1:${port} (an endpoint override: AWS_ENDPOINT_URL or AWS_ENDPOINT_URL_<SERVICE>) cannot be reached (connect ECONNREFUSED 127.0.0.1:${port}). ` +
        'Is the emulator running? Start it, or set AWS_ENDPOINT_URL to where it listens.',
    );
    // The retry middleware counts the attempts on the error it throws.
    expect((error as { $metadata?: { attempts?: number } }).$metadata?.attempts).toBe(1 + CONNECTION_RETRIES);
  });

  test('the account check passes the message on without the credentials hint', async () => {
    const { sts } = await createClients({ region: 'us-west-2' }, ['sts']);
    const error = await checkAccount(sts, testConfig().environment('dev')).catch((e: unknown) => e);
    expect((error as Error).message).toContain(`The STS endpoint http://127.0.0.1:${port}`);
    expect((error as Error).message).not.toMatch(/credentials/i);
  });
});
