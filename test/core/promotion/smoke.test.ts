import { BedrockAgentCoreClient, InvokeAgentRuntimeCommand, RuntimeClientError } from '@aws-sdk/client-bedrock-agentcore';
import { mockClient } from 'aws-sdk-client-mock';
import { FakeClock } from '../../../src/testing/fake-clock.js';
import type { SmokeTestConfig } from '../../../src/core/config/index.js';
import { RecordingLogger } from '../../../src/testing/recording-logger.js';
import { judge, runSmokeTest, valueAt } from '../../../src/core/promotion/smoke.js';

const data = mockClient(BedrockAgentCoreClient);
const ARN = 'arn:aws:bedrock-agentcore:us-west-2:111111111111:runtime/support_bot_dev-abcdefghij';

function test_(overrides: Partial<SmokeTestConfig> = {}): SmokeTestConfig {
  return { payload: { prompt: 'ping' }, expect_status: 200, timeout_seconds: 30, attempts: 3, ...overrides };
}

function answer(body: string, statusCode = 200) {
  // The one method of the SDK's streaming body that the smoke test reads.
  return { statusCode, contentType: 'application/json', response: { transformToString: async () => body }, $metadata: { httpStatusCode: statusCode } };
}

function runtimeError(status: number, body: string) {
  return new RuntimeClientError({
    message: `Received error (${status}) from runtime: ${body}. Please check your CloudWatch logs for more information.`,
    $metadata: { httpStatusCode: 424 },
  });
}

beforeEach(() => data.reset());

async function smoke(config: SmokeTestConfig, clock = new FakeClock(0)) {
  const logger = new RecordingLogger();
  const result = await runSmokeTest({ data: new BedrockAgentCoreClient({ region: 'us-west-2' }), runtimeArn: ARN, endpoint: 'candidate', version: '3', test: config, clock, logger });
  return { result, logger, clock };
}

test('sends the payload to the candidate endpoint and passes on the expected answer', async () => {
  data.on(InvokeAgentRuntimeCommand).resolves(answer('{"message":"pong","result":{"items":[{"id":7}]}}') as never);
  const { result } = await smoke(test_({ expect_body: 'po+ng', expect_json: { 'result.items.0.id': 7 } }));
  expect(result).toMatchObject({ outcome: 'passed', attempts: [{ attempt: 1, status: 200, body: '{"message":"pong","result":{"items":[{"id":7}]}}' }] });
  const sent = data.commandCalls(InvokeAgentRuntimeCommand)[0]!.args[0].input;
  expect(sent).toMatchObject({ agentRuntimeArn: ARN, qualifier: 'candidate', contentType: 'application/json' });
  expect(Buffer.from(sent.payload as Uint8Array).toString()).toBe('{"prompt":"ping"}');
});

test('retries a cold start with a growing pause, then passes', async () => {
  data
    .on(InvokeAgentRuntimeCommand)
    .rejectsOnce(Object.assign(new Error('Version 3 is still CREATING.'), { name: 'RetryableConflictException', $metadata: { httpStatusCode: 409 } }))
    .rejectsOnce(runtimeError(503, 'warming up'))
    .resolves(answer('pong') as never);
  const { result, clock, logger } = await smoke(test_());
  expect(result.outcome).toBe('passed');
  expect(result.attempts.map((a) => [a.status, a.problem])).toEqual([
    [409, 'status 409, expected 200'],
    [503, 'status 503, expected 200'],
    [200, undefined],
  ]);
  expect(clock.sleeps).toEqual([1000, 2000]);
  expect(logger.lines).toContain('Smoke test of endpoint "candidate" (version 3), attempt 2/3: status 503, expected 200 (status 503, 0 ms).');
});

test("a runtime's own error shows its status and body, capped", async () => {
  data.on(InvokeAgentRuntimeCommand).rejects(runtimeError(500, `{"error":"${'x'.repeat(600)}"}`));
  const { result } = await smoke(test_({ attempts: 2 }));
  expect(result.outcome).toBe('failed');
  expect(result.attempts).toHaveLength(2);
  expect(result.attempts[1]!.status).toBe(500);
  expect(result.attempts[1]!.body).toMatch(/^\{"error":"x+… \(\d+ more characters\)$/);
});

test('judges status, body, JSON values and latency, saying what failed', () => {
  const config = test_({ expect_body: '^ok', expect_json: { 'a.b': [1, { c: true }] }, max_latency_ms: 100 });
  expect(judge(config, 500, 'ok', 1)).toBe('status 500, expected 200');
  expect(judge(config, 200, 'not ok', 1)).toBe('the body does not match expect_body /^ok/');
  expect(judge(test_({ expect_json: { a: 1 } }), 200, 'ok', 1)).toBe('the body is not JSON, and expect_json needs JSON');
  expect(judge(test_({ expect_json: { 'a.b': 1 } }), 200, '{"a":{}}', 1)).toBe('expect_json: the body has nothing at "a.b"');
  expect(judge(test_({ expect_json: { 'a.b': [1, { c: true }] } }), 200, '{"a":{"b":[1,{"c":false}]}}', 1)).toBe('expect_json: "a.b" is [1,{"c":false}], expected [1,{"c":true}]');
  // Key order does not matter: values are compared as canonical JSON.
  expect(judge(test_({ expect_json: { a: { x: 1, y: 2 } } }), 200, '{"a":{"y":2,"x":1}}', 1)).toBeUndefined();
  expect(judge(test_({ max_latency_ms: 100 }), 200, '', 101)).toBe('took 101 ms, more than max_latency_ms 100');
});

test('valueAt reads dot paths through objects and arrays, and tells a missing value from null', () => {
  expect(valueAt({ a: [{ b: null }] }, 'a.0.b')).toEqual({ present: true, value: null });
  expect(valueAt({ a: [] }, 'a.0')).toEqual({ present: false });
  expect(valueAt({ a: 'text' }, 'a.length')).toEqual({ present: false });
});
