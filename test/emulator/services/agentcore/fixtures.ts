import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RunningEmulator } from '../../../../src/emulator/server.js';
import { createRepository, ecrRegistry } from '../../../../src/emulator/services/ecr/store.js';

/** Puts an image into the emulated ECR registry of that account and region; returns its tag URI and digest. */
export function putImage(
  emulator: RunningEmulator,
  account: string,
  region: string,
  repositoryName: string,
  tag: string,
): { uri: string; digest: string; digestUri: string } {
  const repository =
    ecrRegistry(emulator.state, account, region).repositories[repositoryName] ??
    createRepository(emulator.state, account, region, { name: repositoryName });
  const manifest = JSON.stringify({ schemaVersion: 2, tag, nonce: randomUUID() });
  const digest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`;
  repository.images[digest] = {
    digest,
    tags: [tag],
    pushedAt: Date.now(),
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    manifest: Buffer.from(manifest).toString('base64'),
    sizeInBytes: manifest.length,
  };
  repository.tagIndex[tag] = digest;
  return { uri: `${repository.uri}:${tag}`, digest, digestUri: `${repository.uri}@${digest}` };
}

/** A raw request carrying a SigV4-shaped Authorization header (the emulator reads only its scope). */
export function signedFetch(
  emulator: { url: string },
  method: string,
  path: string,
  options: { account?: string; region?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  const scope = `${options.account ?? '000000000000'}/20260101/${options.region ?? 'us-east-1'}/bedrock-agentcore/aws4_request`;
  return fetch(`${emulator.url}${path}`, {
    method,
    headers: { authorization: `AWS4-HMAC-SHA256 Credential=${scope}, SignedHeaders=host, Signature=0`, ...options.headers },
    ...(options.body !== undefined ? { body: options.body } : {}),
  });
}

/** Polls until the check returns a value that is not undefined, or fails after the timeout. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(25);
  }
}

/** The account and region the AgentCore suites run in. */
export const ACCOUNT = '000000000000';
export const REGION = 'us-east-1';
/** A runtime session id of the length AgentCore requires (at least 33 characters). */
export const SESSION = 'session-0123456789-0123456789-0123456789';
export const ROLE_ARN = 'arn:aws:iam::000000000000:role/agent-runtime';

/** Rejects with the client package's typed exception and the modelled HTTP status. */
export async function expectError<E extends Error>(call: Promise<unknown>, type: new (...args: never[]) => E, status: number): Promise<E> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  expect((error as { $metadata: { httpStatusCode?: number } }).$metadata.httpStatusCode).toBe(status);
  return error as E;
}
