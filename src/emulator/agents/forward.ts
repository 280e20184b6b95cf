import { request, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';

/**
 * `POST /invocations` on an agent, as AgentCore's data plane sends it: the session id, the
 * content type and accept of the caller, and only the custom headers the runtime allows.
 */
export const SESSION_HEADER = 'x-amzn-bedrock-agentcore-runtime-session-id';
const CUSTOM_PREFIX = 'x-amzn-bedrock-agentcore-runtime-custom-';
/** Largest error body kept for the RuntimeClientError message. */
const ERROR_BODY_BYTES = 64 * 1024;

export interface AgentAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The agent's body as it arrives, so server-sent events stream through. */
  body: Readable;
}

/**
 * The headers the agent receives. Assumption: a custom header reaches the agent only when the
 * runtime's requestHeaderAllowlist names it (case-insensitive), as does Authorization.
 */
export function agentHeaders(incoming: IncomingHttpHeaders, session: string, allowlist: readonly string[], bodyLength: number): Record<string, string> {
  const allowed = new Set(allowlist.map((name) => name.toLowerCase()));
  const headers: Record<string, string> = {
    'content-type': single(incoming['content-type']) ?? 'application/json',
    accept: single(incoming.accept) ?? '*/*',
    [SESSION_HEADER]: session,
    'content-length': String(bodyLength),
  };
  for (const [name, value] of Object.entries(incoming)) {
    const text = single(value);
    if (text === undefined || !allowed.has(name)) continue;
    if (name === 'authorization' || name.startsWith(CUSTOM_PREFIX)) headers[name] = text;
  }
  return headers;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Sends the invocation; rejects when the agent cannot be reached or drops the connection before answering. */
export function forwardInvocation(baseUrl: string, headers: Record<string, string>, body: Buffer, timeoutMs: number): Promise<AgentAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}/invocations`, { method: 'POST', headers, timeout: timeoutMs }, (res: IncomingMessage) => {
      resolve({ status: res.statusCode ?? 502, headers: res.headers, body: res });
    });
    req.once('timeout', () => req.destroy(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`)));
    req.once('error', reject);
    req.end(body);
  });
}

/** The first bytes of an answer's body, for an error message. */
export async function readSome(body: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      chunks.push(bytes);
      size += bytes.length;
      if (size >= ERROR_BODY_BYTES) break;
    }
  } catch {
    // A connection cut mid-body still leaves what arrived.
  }
  body.destroy();
  return Buffer.concat(chunks).toString('utf8');
}
