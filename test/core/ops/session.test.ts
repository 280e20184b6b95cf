import { GetAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { PutImageCommand } from '@aws-sdk/client-ecr';
import { PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { UserError } from '../../../src/core/errors.js';
import type { LeaseRecord } from '../../../src/core/lease.js';
import { LEASE_TTL_MS, openSession, recordQuietly, runtimeRecords, type RunIdentity, type SessionRequest } from '../../../src/core/ops/session.js';
import { FakeClock } from '../../../src/testing/fake-clock.js';
import { RecordingLogger } from '../../../src/testing/recording-logger.js';
import { DIGEST_A, IMAGE_A, IMAGE_B } from '../fixtures.js';
import { ACCOUNT, FakeAws, LEDGER, LOCK, RUN, RUNTIME_ARN, RUNTIME_ID, START, awsError, control, credentialsForAnotherAccount, ecr, loadConfig, sessionBase, ssm, tools } from './runtime-fakes.js';

const aws = new FakeAws();
const OTHER_RUN = 'https://github.com/o/r/actions/runs/7';
beforeEach(() => aws.reset());

function sessionRequest(extra: Partial<SessionRequest> = {}) {
  return { ...sessionBase().base, timeoutMs: 60_000, ...extra, ...tools() } satisfies SessionRequest;
}

/** The records of a runtime scope, as deploy-version uses them. */
function records(run: RunIdentity = RUN, clock = new FakeClock(START), logger = new RecordingLogger()) {
  const environment = loadConfig().environment('dev');
  const scope = { environment, runtime: environment.agent_runtimes['support-bot']!, ssm: new SSMClient({ region: 'us-west-2' }), timeoutMs: 60_000, run, clock, logger };
  return { records: runtimeRecords(scope), clock, logger };
}

/** Another run's lease on the runtime, taken a minute ago. */
function holdLease(expiresAt = new Date(START + 29 * 60_000).toISOString()): LeaseRecord {
  const record = { holder: OTHER_RUN, owner: 'other-owner', acquiredAt: new Date(START - 60_000).toISOString(), expiresAt };
  aws.parameters.set(LOCK, { value: JSON.stringify(record), type: 'String' });
  return record;
}

const lockRecord = () => JSON.parse(aws.parameters.get(LOCK)!.value) as LeaseRecord;

describe('openSession', () => {
  test('credentials for another account stop it before anything else is read', async () => {
    aws.seedRuntime([IMAGE_A], { live: '1' });
    const refusal = credentialsForAnotherAccount();
    const error = await openSession(sessionRequest()).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(refusal);
    expect(control.calls()).toHaveLength(0);
    expect(ssm.calls()).toHaveLength(0);
  });

  test('a runtime that does not exist says to deploy it first', async () => {
    const error = await openSession(sessionRequest()).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      `runtime "support-bot" (support_bot_dev) of environment "dev" (us-west-2) does not exist in account ${ACCOUNT}. Deploy a version with deploy-version first.`,
    );
  });

  test('finds the runtime, records endpoint moves with who and when, and tags the image an endpoint serves', async () => {
    aws.seedRuntime([IMAGE_A, IMAGE_B], { live: '1' });
    const request = sessionRequest();
    const session = await openSession(request);

    expect(session.account).toBe(ACCOUNT);
    expect(session.handle).toMatchObject({ environment: 'dev', region: 'us-west-2', runtimeKey: 'support-bot', runtimeName: 'support_bot_dev', runtimeId: RUNTIME_ID, runtimeArn: RUNTIME_ARN, timeoutMs: 60_000 });
    expect(session.ledgerPath).toBe(LEDGER);
    expect(request.logger.lines).toContain(`Credentials: arn:aws:sts::${ACCOUNT}:assumed-role/deploy/gha in account ${ACCOUNT}`);

    await request.clock.sleep(5000);
    const write = await session.record({ endpoint: 'live', from: '1', to: '2', kind: 'promote', result: 'succeeded' });
    const entry = { type: 'endpoint', endpoint: 'live', from: '1', to: '2', kind: 'promote', result: 'succeeded', actor: RUN.actor, runUrl: RUN.runUrl, time: new Date(START + 5000).toISOString() };
    expect(write.entries).toBe(1);
    expect(aws.ledger()!.entries).toEqual([entry]);

    await session.keepImage('live', '1');
    expect(ecr.commandCalls(PutImageCommand).map((c) => c.args[0].input)).toEqual([
      expect.objectContaining({ registryId: ACCOUNT, repositoryName: 'support-bot', imageTag: 'keep-support_bot_dev-live' }),
    ]);
    expect(request.logger.lines).toContain(`Tagged support-bot@${DIGEST_A} as keep-support_bot_dev-live, so lifecycle rules keep it.`);

    // No version: nothing to tag. A version AgentCore cannot read: a warning, never a failure.
    control.resetHistory();
    await session.keepImage('live', undefined);
    expect(control.commandCalls(GetAgentRuntimeCommand)).toHaveLength(0);
    await session.keepImage('live', '9');
    expect(request.logger.lines.at(-1)).toMatch(/^warning: Could not protect the image of version 9 from lifecycle expiry: Reading agent runtime support_bot_dev-abcdefghij version 9 \(AgentCore GetAgentRuntime\)/);
  });
});

describe('the runtime lease', () => {
  test('is held for the short lease time, by the run URL, and released afterwards', async () => {
    const { records: r, logger } = records();
    const seen = await r.locked(async () => lockRecord());

    expect(seen).toMatchObject({ holder: RUN.runUrl, acquiredAt: new Date(START).toISOString(), expiresAt: new Date(START + LEASE_TTL_MS).toISOString() });
    expect(aws.parameters.has(LOCK)).toBe(false);
    expect(logger.lines).toEqual([`Holding the lease ${LOCK} until ${seen.expiresAt}, renewing it while this run works.`, `Released the lease ${LOCK}.`]);
  });

  test('without a run URL the holder is the actor and the commit', async () => {
    const { records: r } = records({ commit: 'abcdef0123456789', actor: 'octocat', runUrl: '' });
    expect((await r.locked(async () => lockRecord())).holder).toBe('octocat at commit abcdef0');
  });

  test('held by another run: waits on the fake clock, then fails naming the holder, and never runs the work', async () => {
    const held = holdLease();
    const { records: r, clock, logger } = records();
    let ran = false;
    const error = await r
      .locked(async () => {
        ran = true;
      })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(
      `Another run holds the lease on this runtime (${LOCK}): ${OTHER_RUN} since ${held.acquiredAt} (expires ${held.expiresAt}). Waited 1m 00s. ` +
        `Let that run finish and retry, or if it is dead, wait for its lease to expire or delete the SSM parameter ${LOCK}.`,
    );
    expect(ran).toBe(false);
    expect(clock.now()).toBe(START + 60_000);
    expect(lockRecord()).toEqual(held);
    expect(logger.lines[0]).toBe(`Waiting for the lease ${LOCK}: held by ${OTHER_RUN} since ${held.acquiredAt} (expires ${held.expiresAt}) (0s elapsed)`);
  });

  test('held by another run that finishes meanwhile: taken once it is released', async () => {
    holdLease();
    const clock = new (class extends FakeClock {
      override async sleep(ms: number): Promise<void> {
        await super.sleep(ms);
        if (this.sleeps.length === 3) aws.parameters.delete(LOCK);
      }
    })(START);
    const { records: r } = records(RUN, clock);
    const holder = await r.locked(async () => lockRecord().holder);

    expect(holder).toBe(RUN.runUrl);
    expect(clock.sleeps).toHaveLength(3);
    expect(aws.parameters.has(LOCK)).toBe(false);
  });

  test('an expired lease is taken over with a warning', async () => {
    const held = holdLease(new Date(START - 1000).toISOString());
    const { records: r, logger } = records();
    expect(await r.locked(async () => lockRecord().holder)).toBe(RUN.runUrl);
    expect(logger.lines[0]).toBe(
      `warning: Taking over the expired lease ${LOCK} of ${OTHER_RUN} since ${held.acquiredAt} (expires ${held.expiresAt}): that run ended without releasing it.`,
    );
  });
});

describe('recordQuietly and autoSync', () => {
  test('a ledger that cannot be written is a warning, not a second failure', async () => {
    aws.seedRuntime([IMAGE_A], { live: '1' });
    const request = sessionRequest();
    const session = await openSession(request);
    ssm.on(PutParameterCommand, { Name: LEDGER }).rejects(awsError('AccessDeniedException', 'not authorized to perform: ssm:PutParameter', 403));

    const write = await recordQuietly(session, { endpoint: 'live', from: '1', to: '2', kind: 'promote', result: 'failed', reason: 'the smoke test failed' });
    expect(write).toBeUndefined();
    expect(request.logger.lines.at(-1)).toMatch(/^warning: Could not record the failed promote in the ledger: Writing the ledger \/agentcore\/dev\/runtimes\/support-bot\/ledger \(SSM PutParameter\)/);
    expect(aws.ledger()).toBeUndefined();
  });

  test('recordQuietly returns the write when the ledger takes it', async () => {
    aws.seedRuntime([IMAGE_A], { live: '1' });
    const session = await openSession(sessionRequest());
    const write = await recordQuietly(session, { endpoint: 'live', to: '1', kind: 'rollback', result: 'succeeded' });
    expect(write?.entries).toBe(1);
    expect(aws.ledger()!.entries).toMatchObject([{ endpoint: 'live', to: '1', kind: 'rollback', result: 'succeeded' }]);
  });

  test('autoSync writes the config copy; when SSM refuses, it warns and does not fail', async () => {
    const { records: r, logger } = records();
    await r.autoSync();
    expect(aws.puts()).toEqual(['/agentcore/dev/config', '/agentcore/dev/config/runtimes/support-bot', '/agentcore/dev/config/runtimes/triage']);

    aws.parameters.clear();
    ssm.on(PutParameterCommand).rejects(awsError('AccessDeniedException', 'denied', 403));
    await expect(r.autoSync()).resolves.toBeUndefined();
    expect(logger.lines.at(-1)).toMatch(/^warning: Could not sync the config copy of "dev" to SSM \(the change itself succeeded\): .*Run sync-config to retry\.$/);
  });
});
