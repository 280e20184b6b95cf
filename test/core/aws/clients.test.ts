import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createClients, requestSent } from '../../../src/core/aws/clients.js';

/** Whether `promise` has settled within `ms`. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

// One process-wide "first request is out": the tests run in order, before and after that request.
describe('requestSent', () => {
  const received: IncomingMessage[] = [];
  const saved = { endpoint: process.env.AWS_ENDPOINT_URL, key: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
  let server: Server;
  const ended: Array<() => Promise<unknown>> = [];

  beforeAll(async () => {
    // Takes every request and answers none, so a call stays in flight until the test ends it.
    server = createServer((request) => received.push(request));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env.AWS_ENDPOINT_URL = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    process.env.AWS_ACCESS_KEY_ID = '111111111111';
    process.env.AWS_SECRET_ACCESS_KEY = 'x';
  });
  afterAll(async () => {
    // Closed first, so the call's retries are refused and it ends.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    for (const end of ended) await end();
    await closed;
    for (const [name, value] of [['AWS_ENDPOINT_URL', saved.endpoint], ['AWS_ACCESS_KEY_ID', saved.key], ['AWS_SECRET_ACCESS_KEY', saved.secret]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  test('before any request, it waits for the call: settled (a failure, a mocked client) or not', async () => {
    await expect(requestSent(Promise.reject(new Error('no credentials')))).resolves.toBeUndefined();
    await expect(requestSent(Promise.resolve({ Account: '111111111111' }))).resolves.toBeUndefined();
    expect(await settlesWithin(requestSent(new Promise(() => undefined)), 50)).toBe(false);
  });

  test('it settles once the request is handed to the HTTP handler, while the call still waits for its answer', async () => {
    const { sts } = await createClients({ region: 'us-west-2' }, ['sts']);
    const call = sts.send(new GetCallerIdentityCommand({}));
    ended.push(async () => {
      await call.catch(() => undefined);
      sts.destroy();
    });
    expect(await settlesWithin(requestSent(call), 5_000)).toBe(true);
    expect(await settlesWithin(call, 50)).toBe(false);
    // The request reached the endpoint: the call is waiting on the answer, not on anything of ours.
    for (let i = 0; i < 100 && received.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(received.map((request) => request.method)).toEqual(['POST']);
    // From then on it does not wait, whatever the call.
    expect(await settlesWithin(requestSent(new Promise(() => undefined)), 50)).toBe(true);
  });
});
