import { UpdateAgentRuntimeEndpointCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { UserError } from '../../../src/core/errors.js';
import type { EndpointEntry } from '../../../src/core/ledger.js';
import { RollbackFailure, rollbackEndpoint, type RollbackRequest } from '../../../src/core/ops/rollback.js';
import { IMAGE_A, IMAGE_B } from '../fixtures.js';
import { FakeAws, LOCK, RUN, START, control, sessionBase, tools } from './runtime-fakes.js';
import { cancelOnSleep } from '../../helpers/cancel.js';

const aws = new FakeAws();
const RUNTIME = 'runtime "support-bot" (support_bot_dev) of environment "dev" (us-west-2)';
const EARLIER_RUN = 'https://github.com/o/r/actions/runs/7';

function promoted(from: string | undefined, to: string, result: EndpointEntry['result'] = 'succeeded'): EndpointEntry {
  return { type: 'endpoint', endpoint: 'live', ...(from ? { from } : {}), to, kind: 'promote', result, actor: 'someone', runUrl: EARLIER_RUN, time: new Date(START - 3_600_000).toISOString() };
}

beforeEach(() => {
  aws.reset();
  // Versions 1–3; live went 1 → 2 → 3.
  aws.seedRuntime([IMAGE_A, IMAGE_B, IMAGE_A], { live: '3' });
  aws.seedLedger([promoted(undefined, '1'), promoted('1', '2'), promoted('2', '3')]);
});

function request(extra: Partial<RollbackRequest> = {}) {
  const { base, changes } = sessionBase();
  return { req: { ...base, ...extra, ...tools() } satisfies RollbackRequest, changes };
}

test('without to-version, returns live to the version the ledger says it served before, verified and recorded', async () => {
  const { req, changes } = request({ reason: 'errors after the release' });
  const result = await rollbackEndpoint(req);

  expect(result).toMatchObject({
    endpoint: 'live',
    version: '2',
    previousVersion: '3',
    outcome: 'succeeded',
    changed: true,
    chosenBy: 'ledger',
    skipped: [],
    reason: 'errors after the release',
    serving: 'version 2 (READY)',
    headline: 'Endpoint "live" rolled back to version 2 (was 3).',
  });
  expect(aws.moves()).toEqual([['live', '2']]);
  expect(control.commandCalls(UpdateAgentRuntimeEndpointCommand)[0]!.args[0].input.description).toBe(`agentcore-actions rollback 3->2 by ${RUN.runUrl}`);
  expect(aws.serving('live')).toBe('2');
  expect(changes).toEqual([{ from: '3', to: '2' }]);
  expect(aws.ledger()!.entries.at(-1)).toEqual({
    type: 'endpoint',
    endpoint: 'live',
    from: '3',
    to: '2',
    kind: 'rollback',
    reason: 'errors after the release',
    result: 'succeeded',
    actor: RUN.actor,
    runUrl: RUN.runUrl,
    time: new Date(req.clock.now()).toISOString(),
  });
  expect(aws.puts()[0]).toBe(LOCK);
  expect(aws.parameters.has(LOCK)).toBe(false);
  expect(req.logger.lines).toContain('Endpoint "live" serves version 2 (READY).');

  // A re-run of the same run finds its rollback done rather than stepping back again.
  control.resetHistory();
  const again = await rollbackEndpoint(request().req);
  expect(again).toMatchObject({ outcome: 'unchanged', version: '2', headline: 'Endpoint "live" already serves version 2: this run already rolled it back.' });
  expect(aws.moves()).toEqual([]);
});

test('skips a version whose promotion was rolled back', async () => {
  // 2 was rolled back from; a second promotion of 2 was rolled back by its bake; 3 was promoted from 2, moved there by hand.
  aws.seedLedger([
    promoted(undefined, '1'),
    promoted('1', '2'),
    { ...promoted('2', '1'), kind: 'rollback' },
    promoted('1', '2', 'rolled-back'),
    promoted('2', '3'),
  ]);
  const { req } = request();
  const result = await rollbackEndpoint(req);

  expect(result).toMatchObject({ version: '1', chosenBy: 'ledger', skipped: ['2'] });
  expect(aws.moves()).toEqual([['live', '1']]);
  expect(req.logger.lines).toContain('Skipping version(s) 2: their promotion was rolled back.');
});

test('to-version moves live to that version', async () => {
  const { req } = request({ toVersion: '1' });
  const result = await rollbackEndpoint(req);

  expect(result).toMatchObject({ version: '1', previousVersion: '3', outcome: 'succeeded', chosenBy: 'input', headline: 'Endpoint "live" rolled back to version 1 (was 3).' });
  expect(aws.moves()).toEqual([['live', '1']]);
  expect(aws.ledger()!.entries.at(-1)).toMatchObject({ kind: 'rollback', from: '3', to: '1', result: 'succeeded' });
});

test('to-version that live already serves changes nothing and takes no lease', async () => {
  const { req } = request({ toVersion: '3' });
  const result = await rollbackEndpoint(req);

  expect(result).toMatchObject({ outcome: 'unchanged', changed: false, headline: 'Endpoint "live" already serves version 3: the version the input "to-version" names.' });
  expect(req.logger.lines).toContain('notice: Endpoint "live" already serves version 3: the version the input "to-version" names. Nothing to do.');
  expect(aws.moves()).toEqual([]);
  expect(aws.puts()).toEqual([]);
});

test('a deleted to-version is refused with the READY versions, before the lease', async () => {
  aws.versions.delete('2');
  const error = await rollbackEndpoint(request({ toVersion: '2' }).req).catch((e: unknown) => e);

  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toBe(
    `Version 2 (input "to-version") of ${RUNTIME} does not exist: it was deleted ` +
      '(AgentCore deletes versions that no endpoint has served for 45 days, and versions can be deleted by hand). READY versions: 1, 3.',
  );
  expect(aws.moves()).toEqual([]);
  expect(aws.puts()).toEqual([]);
});

test('a ledger with no earlier version asks for to-version', async () => {
  aws.seedLedger([promoted(undefined, '3')]);
  const error = await rollbackEndpoint(request().req).catch((e: unknown) => e);

  expect((error as Error).message).toBe(
    `The ledger of ${RUNTIME} knows no earlier good version of endpoint "live" to return to (it serves version 3; recorded: 3). ` +
      'Name the version with the input "to-version". READY versions: 1, 2, 3.',
  );
  expect(aws.moves()).toEqual([]);
});

test('a move that fails is repaired back to what live served, reported and recorded', async () => {
  aws.failNextMove.set('live', 'Internal failure');
  const error = await rollbackEndpoint(request({ toVersion: '1' }).req).catch((e: unknown) => e);

  expect(error).toBeInstanceOf(RollbackFailure);
  expect((error as Error).message).toBe(
    `Rollback of endpoint "live" of ${RUNTIME} failed: moving it from version 3 to version 1 failed: UPDATE_FAILED: Internal failure. It serves version 3 (READY) now.`,
  );
  expect(aws.moves()).toEqual([
    ['live', '1'],
    ['live', '3'],
  ]);
  expect((error as RollbackFailure).result).toMatchObject({ outcome: 'failed', serving: 'version 3 (READY)', changed: false });
  expect(aws.ledger()!.entries.at(-1)).toMatchObject({ kind: 'rollback', from: '3', to: '1', result: 'failed' });
  expect(aws.parameters.has(LOCK)).toBe(false);
});

test('cancelled while live moves back: the move is finished within the grace time and recorded, not abandoned half-way', async () => {
  const controller = new AbortController();
  const { req } = request({ signal: controller.signal });
  cancelOnSleep(req.clock, controller, () => control.commandCalls(UpdateAgentRuntimeEndpointCommand).length > 0);
  const result = await rollbackEndpoint(req);

  expect(controller.signal.aborted).toBe(true);
  expect(result).toMatchObject({ version: '2', outcome: 'succeeded', serving: 'version 2 (READY)' });
  expect(req.logger.lines).toContain('warning: Cancelled while endpoint "live" moves to version 2: waiting a little for it to land.');
  expect(aws.ledger()!.entries.at(-1)).toMatchObject({ kind: 'rollback', from: '3', to: '2', result: 'succeeded' });
  expect(aws.parameters.has(LOCK)).toBe(false);
});

test('cancelled before the lease: nothing moves', async () => {
  const controller = new AbortController();
  controller.abort();
  const error = await rollbackEndpoint(request({ signal: controller.signal }).req).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).name).toBe('CancelledError');
  expect(aws.moves()).toEqual([]);
  expect(aws.parameters.has(LOCK)).toBe(false);
});
