import type { IncomingHttpHeaders } from 'node:http';
import { AwsError, type EmuResponse } from '../types.js';
import { SESSION_HEADER, agentHeaders, forwardInvocation, readSome, type AgentAnswer } from './forward.js';
import { AgentFailure } from './process.js';
import type { AgentPool, AgentTarget } from './pool.js';

/**
 * InvokeAgentRuntime answered by the agent itself: the session's process (started on its first
 * invocation), or the agent the user runs for a forwarded runtime.
 */
export interface AgentRequest {
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The runtime's requestHeaderConfiguration.requestHeaderAllowlist. */
  allowlist: readonly string[];
}

const LOGS_HINT = 'Please check your CloudWatch logs for more information.';

/** AgentCore's answer when the agent answers an error status. */
export function runtimeClientError(status: number, body: string): AwsError {
  return new AwsError('RuntimeClientError', `Received error (${status}) from runtime: ${body.slice(0, 200)}. ${LOGS_HINT}`, 424);
}

/** AgentCore's answer when the agent cannot start, crashes or cannot be reached. */
function unreachable(message: string): AwsError {
  return new AwsError('RuntimeClientError', message, 424);
}

async function send(url: string, target: AgentTarget, request: AgentRequest, timeoutMs: number): Promise<AgentAnswer> {
  return forwardInvocation(url, agentHeaders(request.headers, target.session, request.allowlist, request.body.length), request.body, timeoutMs);
}

/** The agent's answer as AgentCore passes it back: its status, content type and (streamed) body. */
async function passBack(answer: AgentAnswer, session: string, done: () => void): Promise<EmuResponse> {
  if (answer.status >= 400) {
    const text = await readSome(answer.body);
    done();
    throw runtimeClientError(answer.status, text);
  }
  answer.body.once('close', done);
  const contentType = answer.headers['content-type'];
  return {
    status: answer.status,
    headers: { 'content-type': typeof contentType === 'string' ? contentType : 'application/json', [SESSION_HEADER]: session },
    body: answer.body,
  };
}

/** The agent's answer, or undefined when the version's image holds nothing to run (the caller answers canned). */
export async function invokeAgent(pool: AgentPool, target: AgentTarget, request: AgentRequest): Promise<EmuResponse | undefined> {
  const forwardUrl = pool.forwardUrl(target.runtimeName);
  if (forwardUrl !== undefined) {
    let answer: AgentAnswer;
    try {
      answer = await send(forwardUrl, target, request, pool.invocationTimeoutMs);
    } catch (error) {
      throw unreachable(
        `The agent of runtime ${target.runtimeName} at ${forwardUrl} (--agent) cannot be reached: ${error instanceof Error ? error.message : String(error)}. Start it, or drop --agent.`,
      );
    }
    return passBack(answer, target.session, () => undefined);
  }
  let agent;
  try {
    agent = await pool.agentFor(target);
  } catch (error) {
    if (error instanceof AgentFailure) throw unreachable(error.message);
    throw error;
  }
  if (!agent) return undefined;
  const done = pool.begin(target);
  let answer: AgentAnswer;
  try {
    answer = await send(agent.url, target, request, pool.invocationTimeoutMs);
  } catch (error) {
    done();
    // A process that died mid-request says why; give the moment to be noticed.
    await new Promise((resolve) => setTimeout(resolve, 50).unref());
    const reason = agent.exitReason;
    throw unreachable(
      agent.failure(reason !== undefined ? `${reason} while answering an invocation` : `failed to answer: ${error instanceof Error ? error.message : String(error)}`).message,
    );
  }
  return passBack(answer, target.session, done);
}
