/**
 * Builders for orchestrator unit tests on aws-sdk-client-mock: SDK-shaped errors, STS answers,
 * and a ClientFactory that hands out mocked clients and records what it was asked for.
 */
import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts';
import type { AwsClientStub } from 'aws-sdk-client-mock';
import type { AwsTarget, ClientFactory, ClientName, EnvironmentClients } from '../../src/core/aws/clients.js';
import { UserError } from '../../src/core/errors.js';

/** An error shaped like an SDK v3 service exception (what isAwsError and describeError read). */
export function awsError(name: string, message: string, status = 400, requestId?: string): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status, ...(requestId ? { requestId } : {}) } });
}

/** STS GetCallerIdentity's answer for a deploy role of `account`. */
export function callerIdentity(account: string) {
  return { Account: account, Arn: `arn:aws:sts::${account}:assumed-role/deploy/gha`, UserId: 'AROA:gha' };
}

export interface RecordingFactory {
  clientsFor: ClientFactory;
  /** Every request, in order: the region and the client names. */
  requests: Array<{ region: string; names: ClientName[] }>;
}

/**
 * A ClientFactory over already-built clients, by region; mock an instance (`mockClient(client)`)
 * to answer for one region only, or the class to answer for all.
 */
export function recordingFactory(byRegion: Record<string, Partial<EnvironmentClients>>): RecordingFactory {
  const requests: RecordingFactory['requests'] = [];
  const clientsFor = async <K extends ClientName>(target: AwsTarget, names: readonly K[]): Promise<Pick<EnvironmentClients, K>> => {
    requests.push({ region: target.region, names: [...names] });
    const picked = names.map((name) => {
      const client = byRegion[target.region]?.[name];
      if (!client) throw new Error(`The test gave no ${name} client for ${target.region}`);
      return [name, client] as const;
    });
    // Object.fromEntries loses the key-to-client pairing that `names` guarantees.
    return Object.fromEntries(picked) as unknown as Pick<EnvironmentClients, K>;
  };
  return { clientsFor, requests };
}

/** The account guard's message when credentials of `actual` run against an environment of `expected`. */
export function wrongAccountMessage(environment: string, expected: string, actual: string): string {
  return (
    `Environment "${environment}" belongs to account ${expected} (environments.${environment}.account_id), but the credentials are for account ${actual} ` +
    `(${callerIdentity(actual).Arn}). Nothing was changed. Use credentials for account ${expected}, e.g. that account's deploy role.`
  );
}

/** The attempt fails as a user error (not a bug) with the account guard's message. */
export async function expectWrongAccount(attempt: Promise<unknown>, environment: string, expected: string, actual: string): Promise<void> {
  await expect(attempt).rejects.toThrow(UserError);
  await expect(attempt).rejects.toThrow(wrongAccountMessage(environment, expected, actual));
}

/**
 * With credentials of account 999999999999 wherever the `sts` mocks answer, `attempt` fails on
 * the account guard of dev (account 111111111111) before any call to the `untouched` mocks; given
 * `factory`, it asked for STS clients only.
 */
export async function expectAnotherAccountRefused(
  sts: AwsClientStub<STSClient>[],
  attempt: () => Promise<unknown>,
  { untouched = [], factory }: { untouched?: Array<{ calls(): unknown[] }>; factory?: RecordingFactory } = {},
): Promise<void> {
  for (const mock of sts) mock.on(GetCallerIdentityCommand).resolves(callerIdentity('999999999999'));
  await expectWrongAccount(attempt(), 'dev', '111111111111', '999999999999');
  for (const mock of untouched) expect(mock.calls()).toHaveLength(0);
  if (factory) expect(factory.requests.every((r) => r.names.join() === 'sts')).toBe(true);
}
