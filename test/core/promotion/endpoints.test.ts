import {
  BedrockAgentCoreControlClient,
  CreateAgentRuntimeEndpointCommand,
  GetAgentRuntimeEndpointCommand,
  UpdateAgentRuntimeEndpointCommand,
  type GetAgentRuntimeEndpointResponse,
} from '@aws-sdk/client-bedrock-agentcore-control';
import { mockClient } from 'aws-sdk-client-mock';
import { FakeClock } from '../../../src/testing/fake-clock.js';
import { RecordingLogger } from '../../../src/testing/recording-logger.js';
import { pointEndpoint, restoreEndpoint, settleEndpoint } from '../../../src/core/promotion/endpoints.js';
import type { RuntimeHandle } from '../../../src/core/promotion/handle.js';

const control = mockClient(BedrockAgentCoreControlClient);
const serverError = () => Object.assign(new Error('We encountered an internal error.'), { name: 'InternalServerException', $fault: 'server', $metadata: { httpStatusCode: 500 } });

function handle(): RuntimeHandle & { clock: FakeClock; logger: RecordingLogger } {
  return {
    control: new BedrockAgentCoreControlClient({ region: 'us-west-2' }),
    environment: 'dev',
    region: 'us-west-2',
    runtimeKey: 'support-bot',
    runtimeName: 'support_bot_dev',
    runtimeId: 'support_bot_dev-abcdefghij',
    runtimeArn: 'arn:aws:bedrock-agentcore:us-west-2:111111111111:runtime/support_bot_dev-abcdefghij',
    clock: new FakeClock(0),
    logger: new RecordingLogger(),
    timeoutMs: 60_000,
  };
}

const endpoint = (status: string, liveVersion: string | undefined, targetVersion: string, failureReason?: string) =>
  ({ name: 'live', status, targetVersion, ...(liveVersion ? { liveVersion } : {}), ...(failureReason ? { failureReason } : {}) }) as GetAgentRuntimeEndpointResponse;

beforeEach(() => control.reset());

test('a move counts only once the endpoint is READY with liveVersion equal to the target', async () => {
  control.on(UpdateAgentRuntimeEndpointCommand).resolves({});
  control
    .on(GetAgentRuntimeEndpointCommand)
    .resolvesOnce(endpoint('UPDATING', '2', '3'))
    .rejectsOnce(serverError())
    .resolves(endpoint('READY', '3', '3'));
  const h = handle();
  const moved = await pointEndpoint(h, 'live', '3', 'agentcore-actions promote 2->3', true);
  expect(moved).toMatchObject({ ok: true, endpoint: { liveVersion: '3' } });
  expect(control.commandCalls(UpdateAgentRuntimeEndpointCommand)[0]!.args[0].input).toEqual({
    agentRuntimeId: 'support_bot_dev-abcdefghij',
    endpointName: 'live',
    agentRuntimeVersion: '3',
    description: 'agentcore-actions promote 2->3',
  });
  expect(h.logger.lines).toContain('endpoint "live" → version 3: UPDATING, live 2, target 3 (0s elapsed)');
});

test('a missing endpoint is created with an explicit version', async () => {
  control.on(CreateAgentRuntimeEndpointCommand).resolves({});
  control.on(GetAgentRuntimeEndpointCommand).resolves(endpoint('READY', '1', '1'));
  expect(await pointEndpoint(handle(), 'live', '1', 'x', false)).toMatchObject({ ok: true });
  expect(control.commandCalls(CreateAgentRuntimeEndpointCommand)[0]!.args[0].input).toMatchObject({ name: 'live', agentRuntimeVersion: '1' });
});

test('UPDATE_FAILED, a READY endpoint on another version, and a refused call come back as reasons', async () => {
  control.on(UpdateAgentRuntimeEndpointCommand).resolves({});
  control.on(GetAgentRuntimeEndpointCommand).resolves(endpoint('UPDATE_FAILED', '2', '3', 'Capacity unavailable.'));
  expect(await pointEndpoint(handle(), 'live', '3', 'x', true)).toEqual({ ok: false, reason: 'UPDATE_FAILED: Capacity unavailable.' });
  control.on(GetAgentRuntimeEndpointCommand).resolves(endpoint('READY', '4', '4'));
  expect(await pointEndpoint(handle(), 'live', '3', 'x', true)).toEqual({ ok: false, reason: 'it is READY serving version 4, not 3: another change moved it' });
  control.on(UpdateAgentRuntimeEndpointCommand).rejects(serverError());
  expect(await pointEndpoint(handle(), 'live', '3', 'x', true)).toEqual({
    ok: false,
    reason: 'AgentCore UpdateAgentRuntimeEndpoint failed: InternalServerException: We encountered an internal error. (HTTP 500)',
  });
});

describe('restoreEndpoint', () => {
  test('a failed update that kept serving the old version is pointed back there, to READY', async () => {
    control.on(UpdateAgentRuntimeEndpointCommand).resolves({});
    control
      .on(GetAgentRuntimeEndpointCommand)
      .resolvesOnce(endpoint('UPDATE_FAILED', '2', '3', 'boom'))
      .resolvesOnce(endpoint('UPDATING', '2', '2'))
      .resolves(endpoint('READY', '2', '2'));
    expect(await restoreEndpoint(handle(), 'live', '2', 'marker')).toEqual({ serving: '2', status: 'READY', restored: true });
    expect(control.commandCalls(UpdateAgentRuntimeEndpointCommand)[0]!.args[0].input).toMatchObject({ agentRuntimeVersion: '2', description: 'marker' });
  });

  test('an update that never reached AgentCore (a 500 storm) leaves nothing to repair', async () => {
    control.on(GetAgentRuntimeEndpointCommand).resolves(endpoint('READY', '2', '2'));
    expect(await restoreEndpoint(handle(), 'live', '2', 'marker')).toEqual({ serving: '2', status: 'READY', restored: false });
    expect(control.commandCalls(UpdateAgentRuntimeEndpointCommand)).toHaveLength(0);
  });

  test('says what serves when it cannot return (no earlier version, or the move back fails)', async () => {
    control.on(GetAgentRuntimeEndpointCommand).resolves(endpoint('CREATE_FAILED', undefined, '1', 'no capacity'));
    expect(await restoreEndpoint(handle(), 'live', undefined, 'marker')).toEqual({
      status: 'CREATE_FAILED',
      restored: false,
      problem: 'this run created the endpoint, so there is no earlier version to return to',
    });
    control.reset();
    control.on(GetAgentRuntimeEndpointCommand).resolves(endpoint('READY', '3', '3'));
    control.on(UpdateAgentRuntimeEndpointCommand).rejects(serverError());
    expect(await restoreEndpoint(handle(), 'live', '2', 'marker')).toMatchObject({ serving: '3', status: 'READY', restored: false, problem: expect.stringContaining('InternalServerException') });
  });
});

test('settleEndpoint waits for a change in flight to finish', async () => {
  control.on(GetAgentRuntimeEndpointCommand).resolvesOnce(endpoint('UPDATING', '1', '2')).resolvesOnce(endpoint('UPDATING', '1', '2')).resolves(endpoint('READY', '2', '2'));
  const h = handle();
  expect(await settleEndpoint(h, 'live')).toMatchObject({ status: 'READY', liveVersion: '2' });
  expect(h.logger.lines[0]).toBe('Endpoint "live" is UPDATING (version 1, moving to 2 (UPDATING)): waiting for that change to finish first.');
});
