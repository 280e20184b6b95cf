import type { EndpointEntry, Ledger } from '../../../src/core/ledger.js';
import {
  formatMarker,
  lastMoveByRun,
  parseMarker,
  pendingMove,
  rejectedVersions,
  rollbackTarget,
  servedVersions,
} from '../../../src/core/promotion/history.js';

const RUN = 'https://github.com/octo/agents/actions/runs/42';

function move(from: string | undefined, to: string, result: EndpointEntry['result'] = 'succeeded', kind: EndpointEntry['kind'] = 'promote', extra: Partial<EndpointEntry> = {}): EndpointEntry {
  return { type: 'endpoint', endpoint: 'live', ...(from ? { from } : {}), to, kind, result, actor: 'octocat', runUrl: 'https://github.com/octo/agents/actions/runs/1', time: '2026-01-01T00:00:00Z', ...extra };
}

function ledger(...entries: EndpointEntry[]): Ledger {
  return {
    dropped: 0,
    entries: [
      { type: 'version', version: '1', imageDigest: 'sha256:a', imageUri: 'x', configHash: 'h', commit: 'c', actor: 'a', runUrl: '', time: '' },
      ...entries,
      // Moves of another endpoint never count.
      move('9', '8', 'succeeded', 'promote', { endpoint: 'candidate' }),
    ],
  };
}

describe('rollbackTarget', () => {
  test('returns to the version live served before the current one', () => {
    expect(rollbackTarget(ledger(move(undefined, '1'), move('1', '2'), move('2', '3')), 'live', '3')).toEqual({ version: '2', skipped: [] });
  });

  test('counts the version an endpoint served before its first recorded promotion', () => {
    expect(rollbackTarget(ledger(move('1', '2')), 'live', '2')).toEqual({ version: '1', skipped: [] });
  });

  test('ignores failed and rolled-back promotions, which never left live on their version', () => {
    const history = ledger(move('1', '2'), move('2', '3', 'rolled-back'), move('2', '4', 'failed'), move('2', '5'));
    expect(rollbackTarget(history, 'live', '5')).toEqual({ version: '2', skipped: [] });
  });

  test('skips a version that was rolled back away from, even though it once served', () => {
    // 1→2→3→4, then a rollback 4→3, then a second rollback: not back to 4, but to 2.
    const history = ledger(move('1', '2'), move('2', '3'), move('3', '4'), move('4', '3', 'succeeded', 'rollback'));
    expect(rollbackTarget(history, 'live', '3')).toEqual({ version: '2', skipped: ['4'] });
  });

  test('skips a version whose re-promotion was rolled back', () => {
    const history = ledger(move('1', '2'), move('2', '3'), move('3', '2', 'succeeded', 'rollback'), move('2', '3', 'rolled-back'));
    expect(rollbackTarget(history, 'live', '2')).toEqual({ version: '1', skipped: ['3'] });
  });

  test('a later successful promotion clears a rejected version', () => {
    const history = ledger(move('1', '2'), move('2', '3', 'rolled-back'), move('2', '3'), move('3', '4'));
    expect(rejectedVersions(history, 'live')).toEqual(new Set());
    expect(rollbackTarget(history, 'live', '4')).toEqual({ version: '3', skipped: [] });
  });

  test('knows nothing without a ledger or an earlier version', () => {
    expect(rollbackTarget(undefined, 'live', '2')).toEqual({ skipped: [] });
    expect(rollbackTarget(ledger(move(undefined, '2')), 'live', '2')).toEqual({ skipped: [] });
  });

  test('servedVersions lists what live served, in order, without repeats', () => {
    expect(servedVersions(ledger(move(undefined, '1'), move('1', '2'), move('2', '2'), move('2', '1', 'succeeded', 'rollback')), 'live')).toEqual(['1', '2', '1']);
  });
});

describe('markers', () => {
  test('round-trip through the endpoint description', () => {
    const marker = { kind: 'promote' as const, from: '1', to: '2', rollingBack: false, runUrl: RUN };
    expect(formatMarker(marker)).toBe(`agentcore-actions promote 1->2 by ${RUN}`);
    expect(parseMarker(formatMarker(marker))).toEqual(marker);
    const created = { kind: 'rollback' as const, to: '3', rollingBack: true, runUrl: RUN };
    expect(formatMarker(created)).toBe(`agentcore-actions rollback new->3 rolling back by ${RUN}`);
    expect(parseMarker(formatMarker(created))).toEqual(created);
  });

  test('a marker without a run (or too long for AgentCore) names no run, so nothing resumes it', () => {
    expect(formatMarker({ kind: 'promote', from: '1', to: '2', rollingBack: false, runUrl: '' })).toBe('agentcore-actions promote 1->2');
    expect(formatMarker({ kind: 'promote', from: '1', to: '2', rollingBack: false, runUrl: `https://x/${'a'.repeat(300)}` })).toBe('agentcore-actions promote 1->2');
    expect(parseMarker('agentcore-actions promote 1->2')).toBeUndefined();
    expect(parseMarker('hand-made endpoint')).toBeUndefined();
    expect(parseMarker(undefined)).toBeUndefined();
  });

  test('pendingMove finds a move this run started and did not record', () => {
    const description = `agentcore-actions promote 1->2 by ${RUN}`;
    expect(pendingMove(description, ledger(move(undefined, '1')), 'live', RUN, 'promote')).toEqual({ kind: 'promote', from: '1', to: '2', rollingBack: false, runUrl: RUN });
    // Recorded: nothing pending.
    expect(pendingMove(description, ledger(move('1', '2', 'succeeded', 'promote', { runUrl: RUN })), 'live', RUN, 'promote')).toBeUndefined();
    // Another run's move, another kind, or no run URL: not ours to finish.
    expect(pendingMove(description, undefined, 'live', 'https://github.com/octo/agents/actions/runs/43', 'promote')).toBeUndefined();
    expect(pendingMove(description, undefined, 'live', RUN, 'rollback')).toBeUndefined();
    expect(pendingMove(description, undefined, 'live', '', 'promote')).toBeUndefined();
  });

  test('pendingMove with a version finds only a move to that version', () => {
    const description = `agentcore-actions promote 1->2 by ${RUN}`;
    expect(pendingMove(description, undefined, 'live', RUN, 'promote', '2')).toMatchObject({ from: '1', to: '2' });
    // A re-run of the same run asking for version 3 must not finish the move to 2.
    expect(pendingMove(description, undefined, 'live', RUN, 'promote', '3')).toBeUndefined();
  });

  test('pendingMove sees a recorded move behind a later failure of the same run', () => {
    // Concurrent jobs of one run: one created live and recorded it, another was refused and recorded that.
    const description = `agentcore-actions promote new->2 by ${RUN}`;
    const recorded = ledger(move(undefined, '2', 'succeeded', 'promote', { runUrl: RUN }), move('2', '3', 'failed', 'promote', { runUrl: RUN }));
    expect(pendingMove(description, recorded, 'live', RUN, 'promote')).toBeUndefined();
  });

  test('lastMoveByRun finds this run\'s own record', () => {
    const mine = move('3', '2', 'succeeded', 'rollback', { runUrl: RUN });
    expect(lastMoveByRun(ledger(move('1', '3'), mine), 'live', RUN)).toEqual(mine);
    expect(lastMoveByRun(ledger(mine, move('2', '4')), 'live', RUN)).toBeUndefined();
    expect(lastMoveByRun(ledger(mine), 'live', '')).toBeUndefined();
  });
});
