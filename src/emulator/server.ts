import { STATUS_CODES, createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Readable, type Duplex } from 'node:stream';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { parseScope } from './sigv4.js';
import { EmulatorState, type FaultRule } from './state.js';
import { AwsError, type EmuContext, type EmuRequest, type EmuResponse, type Exchange, type Protocol, type ServiceModule } from './types.js';
import { renderError } from './protocols/wire.js';
import { services as defaultServices } from './services/index.js';
import { controlRoutes } from './control.js';
import { AgentPool, type AgentPoolOptions } from './agents/pool.js';

export interface EmulatorOptions {
  port?: number;
  host?: string;
  services?: ServiceModule[];
  /** Called with every answered service request and its raw answer (model conformance tests read them). */
  onExchange?: (exchange: Exchange) => void;
  /** How deployed agents run (forwarded runtimes, container engine, timeouts). */
  agents?: AgentPoolOptions;
}

export interface RunningEmulator {
  url: string;
  port: number;
  state: EmulatorState;
  stop(): Promise<void>;
}

/** The status each protocol throttles with: registry clients retry only 429, AWS JSON/query send 400. */
const THROTTLE_STATUS: Record<Protocol, number> = { restJson: 429, registry: 429, json: 400, query: 400, plain: 429 };

/** Largest request body accepted; registry blobs are the big ones. */
const MAX_BODY_BYTES = 512 * 1024 * 1024;

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  const modules = options.services ?? defaultServices;
  const state = new EmulatorState();
  const agents = new AgentPool(options.agents);
  const ctx: EmuContext = { state, now: () => Date.now(), baseUrl: '', agents };
  const control = controlRoutes(modules);

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A bug in a handler must not take the emulator down: answer 500 and go on.
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json', 'x-amzn-errortype': 'InternalServerException' });
      }
      res.end(JSON.stringify({ message: `emulator bug: ${error instanceof Error ? error.message : String(error)}` }));
    });
  });

  // Requests Node's HTTP parser refuses (a 1 MB URL, broken framing) get an AWS-shaped answer too.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const [status, code] = error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'RequestHeaderFieldsTooLarge'] : [400, 'BadRequest'];
    const body = JSON.stringify({ message: `The request could not be parsed: ${error.message}` });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json\r\nx-amzn-errortype: ${code}\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const body = await readBody(req);
    if (body === undefined) {
      send(res, { status: 413, body: { message: 'Request entity too large' } });
      return;
    }
    if (url.pathname.startsWith('/_emulator/')) {
      const key = `${req.method} ${url.pathname.slice('/_emulator/'.length).replace(/\/$/, '')}`;
      const route = control[key];
      if (!route) {
        send(res, { status: 404, body: { message: `no control route ${key}` } });
        return;
      }
      let parsed: unknown = undefined;
      try {
        parsed = body.length ? JSON.parse(body.toString('utf8')) : undefined;
      } catch {
        send(res, { status: 400, body: { message: 'control body must be JSON' } });
        return;
      }
      try {
        send(res, { status: 200, body: (await route(parsed, ctx, url.searchParams)) ?? { ok: true } });
      } catch (error) {
        send(res, { status: 400, body: { message: error instanceof Error ? error.message : String(error) } });
      }
      return;
    }

    const scope = parseScope(req.headers.authorization, url.searchParams);
    const emuReq: EmuRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
      service: scope?.service ?? '',
      region: scope?.region ?? 'us-east-1',
      accessKeyId: scope?.accessKeyId ?? '',
      account: scope ? state.accountFor(scope.accessKeyId) : '000000000000',
    };
    const requestId = randomUUID();
    const candidates = scope
      ? modules.filter((m) => m.signingNames.includes(scope.service))
      : modules.filter((m) => m.claimsUnsigned?.(emuReq));
    const module = candidates[0];
    if (!module) {
      const error = scope
        ? new AwsError('UnknownServiceException', `The emulator does not serve "${scope.service}".`, 400)
        : new AwsError('MissingAuthenticationTokenException', 'Request is missing a SigV4 Authorization header.', 403);
      // No service owns the request, so no protocol says where the code goes: name it as restJson does.
      const response = renderError('plain', error, requestId);
      send(res, withRequestId({ ...response, headers: { ...response.headers, 'x-amzn-errortype': error.code } }, requestId));
      return;
    }
    let operation;
    let owner = module;
    for (const candidate of candidates) {
      operation = candidate.route(emuReq);
      if (operation) {
        owner = candidate;
        break;
      }
    }
    const identity = scope ? undefined : owner.identify?.(emuReq, ctx);
    if (identity) Object.assign(emuReq, identity);
    const opName = operation?.name ?? 'Unknown';
    const fault = matchFault(state.faults, owner.name, opName);
    const log = (status: number) =>
      state.requests.push({
        time: new Date().toISOString(),
        service: owner.name,
        operation: opName,
        account: emuReq.account,
        region: emuReq.region,
        status,
        ...(fault ? { fault: fault.kind } : {}),
      });
    if (fault?.kind === 'drop') {
      log(0);
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'latency') await new Promise((r) => setTimeout(r, fault.latencyMs ?? 1000));
    let response: EmuResponse;
    try {
      if (fault?.kind === 'throttle') {
        throw new AwsError(owner.throttlingCode, 'Rate exceeded', THROTTLE_STATUS[owner.protocol]);
      }
      if (fault?.kind === 'error500') {
        throw new AwsError(owner.protocol === 'query' ? 'InternalFailure' : 'InternalServerException', 'Injected server error', 500);
      }
      if (!operation) {
        throw new AwsError(
          owner.protocol === 'query' ? 'InvalidAction' : 'UnknownOperationException',
          `${owner.name} has no operation for ${emuReq.method} ${emuReq.path}${req.headers['x-amz-target'] ? ` (${String(req.headers['x-amz-target'])})` : ''}`,
          owner.protocol === 'restJson' ? 404 : 400,
        );
      }
      response = await operation.handle(emuReq, ctx);
    } catch (error) {
      if (!(error instanceof AwsError)) throw error;
      response = renderError(owner.protocol, error, requestId);
    }
    log(response.status);
    const sent = send(res, withRequestId(response, requestId));
    if (sent) options.onExchange?.({ service: owner.name, protocol: owner.protocol, operation: opName, request: emuReq, response: sent });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4566, host, () => resolve());
  }).catch(async (error: unknown) => {
    await agents.stopAll();
    throw error;
  });
  const port = (server.address() as AddressInfo).port;
  ctx.baseUrl = `http://${host}:${port}`;
  return {
    url: ctx.baseUrl,
    port,
    state,
    stop: async () => {
      await agents.stopAll();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}

function matchFault(rules: FaultRule[], service: string, operation: string): FaultRule | undefined {
  for (const rule of rules) {
    if (rule.service !== service && rule.service !== '*') continue;
    if (rule.operation && rule.operation !== operation) continue;
    if (rule.count !== undefined && rule.hits >= rule.count) continue;
    if (rule.rate !== undefined && Math.random() >= rule.rate) continue;
    rule.hits++;
    return rule;
  }
  return undefined;
}

function withRequestId(response: EmuResponse, requestId: string): EmuResponse {
  return { ...response, headers: { 'x-amzn-requestid': requestId, ...response.headers } };
}

/** The answer as sent, or undefined for a streamed one, whose body is not held. */
function send(res: ServerResponse, response: EmuResponse): Exchange['response'] | undefined {
  const headers = { ...response.headers };
  if (response.body instanceof Readable) {
    // An agent's answer goes on as it arrives (chunked), so server-sent events stream through.
    const body = response.body;
    res.writeHead(response.status, headers);
    body.once('error', () => res.destroy());
    res.once('close', () => body.destroy());
    body.pipe(res);
    return;
  }
  let payload: Buffer | undefined;
  if (Buffer.isBuffer(response.body)) payload = response.body;
  else if (typeof response.body === 'string') payload = Buffer.from(response.body);
  else if (response.body !== undefined) {
    payload = Buffer.from(JSON.stringify(response.body));
    headers['content-type'] ??= 'application/json';
  }
  headers['content-length'] = String(payload?.length ?? 0);
  res.writeHead(response.status, headers);
  res.end(payload);
  return { status: response.status, headers, body: payload ?? Buffer.alloc(0) };
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
