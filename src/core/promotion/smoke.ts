/**
 * The smoke test: the config's payload sent to one endpoint (the candidate) with
 * InvokeAgentRuntime, judged by status, body regex, JSON values at dot paths and latency;
 * tried up to `attempts` times with a short backoff, since a fresh version may answer its
 * first calls slowly or with an error while it starts (cold start).
 *
 * The SDK throws for a non-2xx answer: a runtime's own error arrives as RuntimeClientError
 * ("Received error (500) from runtime: …"), which is turned back into that status and body.
 */
import { InvokeAgentRuntimeCommand, type BedrockAgentCoreClient } from '@aws-sdk/client-bedrock-agentcore';
import type { Clock } from '../clock.js';
import { canonicalJson, type SmokeTestConfig } from '../config/index.js';
import { describeError, isAwsError } from '../errors.js';
import type { Logger } from '../logger.js';
import { excerpt } from '../markdown.js';
import { useBearer, type BearerToken } from './smoke-auth.js';

export interface SmokeAttempt {
  attempt: number;
  /** HTTP status of the answer (the runtime's own, for its errors); undefined when none came. */
  status?: number;
  latencyMs: number;
  /** The start of the body or error text. */
  body: string;
  /** Why the attempt failed; undefined when it passed. */
  problem?: string;
}

export interface SmokeResult {
  outcome: 'passed' | 'failed';
  endpoint: string;
  version: string;
  attempts: SmokeAttempt[];
}

export interface SmokeOptions {
  data: BedrockAgentCoreClient;
  runtimeArn: string;
  endpoint: string;
  /** The version the endpoint serves, for messages. */
  version: string;
  test: SmokeTestConfig;
  clock: Clock;
  /** A cancel cuts the attempt in flight short. */
  signal?: AbortSignal;
  logger: Logger;
  /** For a version behind a JWT authorizer: the bearer token sent instead of SigV4 (smoke-auth.ts). */
  bearer?: BearerToken | undefined;
}

/** Longest body text kept per attempt. */
export const BODY_EXCERPT = 500;
const FIRST_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 5000;
const RUNTIME_ERROR = /^Received error \((\d{3})\) from runtime: ([\s\S]*?)(?:\. Please check your CloudWatch logs[\s\S]*)?$/;

export async function runSmokeTest(options: SmokeOptions): Promise<SmokeResult> {
  const { test, logger, clock } = options;
  const attempts: SmokeAttempt[] = [];
  let backoff = FIRST_BACKOFF_MS;
  for (let attempt = 1; attempt <= test.attempts; attempt++) {
    const result = await invokeOnce(options, attempt);
    attempts.push(result);
    const shown = `status ${result.status ?? 'none'}, ${result.latencyMs} ms`;
    if (!result.problem) {
      logger.info(`Smoke test of endpoint "${options.endpoint}" (version ${options.version}), attempt ${attempt}/${test.attempts}: passed (${shown}).`);
      return { outcome: 'passed', endpoint: options.endpoint, version: options.version, attempts };
    }
    logger.info(`Smoke test of endpoint "${options.endpoint}" (version ${options.version}), attempt ${attempt}/${test.attempts}: ${result.problem} (${shown}).`);
    if (attempt < test.attempts) {
      await clock.sleep(backoff);
      backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
    }
  }
  return { outcome: 'failed', endpoint: options.endpoint, version: options.version, attempts };
}

async function invokeOnce(options: SmokeOptions, attempt: number): Promise<SmokeAttempt> {
  const { test, clock } = options;
  const started = clock.now();
  let status: number | undefined;
  let body: string;
  try {
    const command = new InvokeAgentRuntimeCommand({
      agentRuntimeArn: options.runtimeArn,
      qualifier: options.endpoint,
      contentType: 'application/json',
      accept: 'application/json',
      payload: Buffer.from(JSON.stringify(test.payload ?? {})),
    });
    if (options.bearer) useBearer(command, await options.bearer());
    const timeout = AbortSignal.timeout(test.timeout_seconds * 1000);
    const answer = await options.data.send(command, { abortSignal: options.signal ? AbortSignal.any([timeout, options.signal]) : timeout });
    status = answer.statusCode ?? answer.$metadata.httpStatusCode ?? 200;
    body = (await answer.response?.transformToString()) ?? '';
  } catch (error) {
    const latencyMs = clock.now() - started;
    if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) {
      return { attempt, latencyMs, body: '', problem: `no answer within ${test.timeout_seconds} s (timeout_seconds)` };
    }
    const failed = errorAnswer(error);
    return { attempt, latencyMs, ...failed, body: excerpt(failed.body, BODY_EXCERPT), problem: judge(test, failed.status, failed.body, latencyMs) ?? `error ${describeError(error)}` };
  }
  const latencyMs = clock.now() - started;
  const problem = judge(test, status, body, latencyMs);
  return { attempt, status, latencyMs, body: excerpt(body, BODY_EXCERPT), ...(problem ? { problem } : {}) };
}

/** The status and text of a failed invocation: the runtime's own for RuntimeClientError, else the service's. */
function errorAnswer(error: unknown): { status?: number; body: string } {
  if (isAwsError(error)) {
    const own = error.name === 'RuntimeClientError' ? RUNTIME_ERROR.exec(error.message) : null;
    if (own) return { status: Number(own[1]), body: own[2]! };
    const status = error.$metadata?.httpStatusCode;
    return { ...(status ? { status } : {}), body: describeError(error) };
  }
  return { body: describeError(error) };
}

/** Why an answer fails the test, or undefined when it passes. */
export function judge(test: SmokeTestConfig, status: number | undefined, body: string, latencyMs: number): string | undefined {
  if (status !== test.expect_status) return `status ${status ?? 'none'}, expected ${test.expect_status}`;
  if (test.expect_body !== undefined && !new RegExp(test.expect_body).test(body)) return `the body does not match expect_body /${test.expect_body}/`;
  if (test.expect_json) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return 'the body is not JSON, and expect_json needs JSON';
    }
    for (const [path, expected] of Object.entries(test.expect_json)) {
      const found = valueAt(parsed, path);
      if (!found.present) return `expect_json: the body has nothing at "${path}"`;
      if (canonicalJson(found.value) !== canonicalJson(expected)) {
        return `expect_json: "${path}" is ${excerpt(JSON.stringify(found.value), 100)}, expected ${excerpt(JSON.stringify(expected), 100)}`;
      }
    }
  }
  if (test.max_latency_ms !== undefined && latencyMs > test.max_latency_ms) return `took ${latencyMs} ms, more than max_latency_ms ${test.max_latency_ms}`;
  return undefined;
}

/** The value at a dot path ("result.items.0.id"; a number indexes an array). */
export function valueAt(value: unknown, path: string): { present: boolean; value?: unknown } {
  let current = value;
  for (const key of path.split('.')) {
    if (Array.isArray(current) && /^\d+$/.test(key) && Number(key) < current.length) current = current[Number(key)];
    else if (typeof current === 'object' && current !== null && !Array.isArray(current) && Object.hasOwn(current, key)) current = (current as Record<string, unknown>)[key];
    else return { present: false };
  }
  return { present: true, value: current };
}
