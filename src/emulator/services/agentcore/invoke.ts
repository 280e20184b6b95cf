import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { AwsError, type EmuContext, type EmuRequest, type EmuResponse, type ServiceModule } from '../../types.js';
import {
  DEFAULT_ENDPOINT,
  SERVICE,
  agentcoreData,
  controlScope,
  notFound,
  parseRuntimeArn,
  pathSegments,
  type AgentCoreData,
  type AgentRuntime,
  type InvocationBehaviour,
  type InvocationMode,
  type RuntimeVersion,
} from './store.js';
import { isJson, validationError } from '../../protocols/rest-json.js';
import { NAME, VERSION } from './validate.js';
import { invokeAgent, runtimeClientError } from '../../agents/invocation.js';
import { SESSION_HEADER } from '../../agents/forward.js';
import { agentTarget } from './agent-target.js';
import { authorizeInvocation, bearerToken } from './authorize.js';

/**
 * Amazon Bedrock AgentCore data plane: InvokeAgentRuntime (reference §3). A version whose image
 * holds an entrypoint is answered by that agent (src/emulator/agents/); an image with nothing to
 * run answers canned. The switches of /_emulator/agentcore/invocations inject faults on top.
 */
const DEFAULT_SLOW_MS = 3000;
const MODES: InvocationMode[] = ['healthy', 'failing', 'slow'];

/** The runtime label of `POST /runtimes/{arnOrId}/invocations`, or undefined for any other request. */
function invocationLabel(req: EmuRequest): string | undefined {
  if (req.method !== 'POST') return undefined;
  const segments = pathSegments(req.path);
  return segments?.length === 3 && segments[0] === 'runtimes' && segments[2] === 'invocations' ? segments[1] : undefined;
}

/**
 * Finds the runtime an invocation names. A signed call is served in its own region; an OAuth
 * (unsigned) call has no credential scope, so it goes by the ARN, or by the id in any scope.
 */
function locate(req: EmuRequest, ctx: EmuContext, label: string): { data: AgentCoreData; runtime: AgentRuntime } {
  const now = ctx.now();
  const signed = req.service !== '';
  const arn = label.startsWith('arn:') ? parseRuntimeArn(label) : undefined;
  const accountId = req.query.get('accountId') ?? undefined;
  if (accountId !== undefined && !/^\d{12}$/.test(accountId)) {
    throw validationError('accountId must be 12 digits.', [{ name: 'accountId', message: 'Member must satisfy regular expression pattern: [0-9]{12}' }]);
  }
  const missing = notFound(`No agent runtime found for '${label}'.`);
  if (label.startsWith('arn:') && (!arn || arn.endpoint !== undefined)) throw missing;
  const id = arn?.id ?? label;
  const candidates =
    arn || signed
      ? [{ account: arn?.account ?? accountId ?? req.account, region: arn?.region ?? req.region }]
      : ctx.state.scopes(SERVICE).filter((s) => accountId === undefined || s.account === accountId);
  if (arn && signed && arn.region !== req.region) throw missing;
  for (const { account, region } of candidates) {
    const data = agentcoreData(ctx.state, account, region, now);
    const runtime = data.runtimes[id];
    if (runtime && runtime.deletingUntil === undefined) return { data, runtime };
  }
  throw missing;
}

/** The version a qualifier (endpoint name or version number; DEFAULT when absent) is served by. */
function resolve(runtime: AgentRuntime, qualifier: string): RuntimeVersion {
  if (VERSION.pattern.test(qualifier)) {
    const version = runtime.versions[qualifier];
    if (!version) throw notFound(`Version ${qualifier} of agent runtime ${runtime.id} was not found.`);
    return servable(runtime, version);
  }
  const endpoint = runtime.endpoints[qualifier];
  if (!endpoint || endpoint.deletingUntil !== undefined) throw notFound(`Endpoint '${qualifier}' of agent runtime ${runtime.id} was not found.`);
  // liveVersion, not targetVersion: during UPDATING the old version keeps serving.
  if (endpoint.liveVersion === undefined) {
    if (endpoint.status === 'CREATING') {
      throw new AwsError('RetryableConflictException', `Endpoint '${qualifier}' of agent runtime ${runtime.id} is still CREATING.`, 409);
    }
    throw validationError(`Endpoint '${qualifier}' of agent runtime ${runtime.id} is ${endpoint.status}: ${endpoint.failureReason ?? 'it serves no version'}`);
  }
  return servable(runtime, runtime.versions[endpoint.liveVersion]!);
}

function servable(runtime: AgentRuntime, version: RuntimeVersion): RuntimeVersion {
  if (version.status === 'READY') return version;
  if (version.status === 'CREATING' || version.status === 'UPDATING') {
    throw new AwsError('RetryableConflictException', `Version ${version.version} of agent runtime ${runtime.id} is still ${version.status}.`, 409);
  }
  throw validationError(`Version ${version.version} of agent runtime ${runtime.id} is ${version.status}: ${version.failureReason ?? ''}`);
}

function parsePayload(body: Buffer): unknown {
  const text = body.toString('utf8');
  try {
    const value = JSON.parse(text) as unknown;
    // JSON.parse copes with any depth, JSON.stringify overflows the stack: too deep to echo parsed, echo the text.
    JSON.stringify(value);
    return value;
  } catch {
    return text;
  }
}

function checkQualifier(qualifier: string): void {
  if (!VERSION.pattern.test(qualifier) && !NAME.pattern.test(qualifier)) {
    throw validationError(`Value '${qualifier}' at 'qualifier' failed to satisfy constraint: Member must satisfy regular expression pattern: ([1-9][0-9]{0,4})|(${NAME.text})`, [
      { name: 'qualifier', message: `Member must satisfy regular expression pattern: ([1-9][0-9]{0,4})|(${NAME.text})` },
    ]);
  }
}

async function invoke(req: EmuRequest, ctx: EmuContext, label: string): Promise<EmuResponse> {
  const qualifier = req.query.get('qualifier') ?? DEFAULT_ENDPOINT;
  checkQualifier(qualifier);
  return serve(req, ctx, () => locate(req, ctx, label), qualifier);
}

/**
 * An invocation of the runtime an ARN names, at a qualifier, as a gateway target forwards it:
 * the same path as InvokeAgentRuntime from the qualifier on.
 */
export function invokeRuntimeArn(req: EmuRequest, ctx: EmuContext, arn: string, qualifier = DEFAULT_ENDPOINT): Promise<EmuResponse> {
  checkQualifier(qualifier);
  return serve(req, ctx, () => {
    const parsed = parseRuntimeArn(arn);
    const data = parsed && agentcoreData(ctx.state, parsed.account, parsed.region, ctx.now());
    const runtime = parsed && data?.runtimes[parsed.id];
    if (!data || !runtime || runtime.deletingUntil !== undefined) throw notFound(`No agent runtime found for '${arn}'.`);
    return { data, runtime };
  }, qualifier);
}

type Located = { data: AgentCoreData; runtime: AgentRuntime };

/** Checks the session before finding the runtime, so a bad session id is named whatever the runtime. */
async function serve(req: EmuRequest, ctx: EmuContext, find: () => Located, qualifier: string): Promise<EmuResponse> {
  const sessionHeader = req.headers[SESSION_HEADER];
  const session = typeof sessionHeader === 'string' ? sessionHeader : randomUUID();
  if (session.length < 33 || session.length > 256) {
    throw validationError(`The runtime session id must be 33 to 256 characters long, got ${session.length}.`, [
      { name: 'runtimeSessionId', message: 'Member must have length between 33 and 256' },
    ]);
  }
  const { data, runtime } = find();
  const version = resolve(runtime, qualifier);
  await authorizeInvocation(req, ctx, version.config);

  version.invocations++;
  const behaviour: InvocationBehaviour | undefined = data.behaviours[runtime.name]?.[version.version] ?? data.behaviours[runtime.name]?.['*'];
  if (behaviour?.mode === 'slow') await sleep(behaviour.delayMs ?? DEFAULT_SLOW_MS);
  if (behaviour?.mode === 'failing') {
    const body = behaviour.body === undefined ? 'Internal Server Error' : typeof behaviour.body === 'string' ? behaviour.body : JSON.stringify(behaviour.body);
    throw runtimeClientError(behaviour.status ?? 500, body);
  }
  // A canned body or status set by hand wins over the agent.
  if (ctx.agents && behaviour?.body === undefined && behaviour?.status === undefined) {
    const allowlist = (version.config.requestHeaderConfiguration as { requestHeaderAllowlist?: string[] } | undefined)?.requestHeaderAllowlist ?? [];
    const answer = await invokeAgent(ctx.agents, agentTarget(ctx, runtime, version, session), { headers: req.headers, body: req.body, allowlist });
    if (answer) return withDigest(answer, version);
  }
  const body =
    behaviour?.body ?? { version: version.version, runtime: runtime.name, echo: parsePayload(req.body), message: 'pong' };
  return withDigest(
    {
      status: behaviour?.status ?? 200,
      headers: { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json', [SESSION_HEADER]: session },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    },
    version,
  );
}

/** Not an AWS header: lets a smoke test see which image answered. */
function withDigest(response: EmuResponse, version: RuntimeVersion): EmuResponse {
  if (version.imageDigest === undefined) return response;
  return { ...response, headers: { ...response.headers, 'x-emulator-image-digest': version.imageDigest } };
}

/** The runtime name a control call means: a name, an id or an ARN of a runtime in that scope. */
function runtimeName(data: AgentCoreData, value: string): string {
  const id = value.startsWith('arn:') ? parseRuntimeArn(value)?.id : value;
  return (id !== undefined ? data.runtimes[id]?.name : undefined) ?? value;
}

/** POST /_emulator/agentcore/invocations: how one version (or, without version, every version) answers. */
function setBehaviour(body: unknown, ctx: EmuContext): unknown {
  const input = isJson(body) ? body : {};
  if (typeof input.runtime !== 'string' || input.runtime === '') throw new Error('"runtime" (a name, id or ARN) is required');
  if (input.version !== undefined && (typeof input.version !== 'string' || !VERSION.pattern.test(input.version))) {
    throw new Error('"version" must be a version number as a string, e.g. "3"');
  }
  if (!MODES.includes(input.mode as InvocationMode)) throw new Error(`"mode" must be one of ${MODES.join(', ')}`);
  for (const key of ['status', 'delayMs'] as const) {
    const value = input[key];
    if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < 0)) throw new Error(`"${key}" must be a whole number`);
  }
  if (input.status !== undefined && ((input.status as number) < 100 || (input.status as number) > 599)) throw new Error('"status" must be an HTTP status');
  const { account, region } = controlScope(input);
  const data = agentcoreData(ctx.state, account, region, ctx.now());
  const name = runtimeName(data, input.runtime);
  const behaviour: InvocationBehaviour = {
    mode: input.mode as InvocationMode,
    ...(input.status !== undefined ? { status: input.status as number } : {}),
    ...(input.body !== undefined ? { body: input.body } : {}),
    ...(input.delayMs !== undefined ? { delayMs: input.delayMs as number } : {}),
  };
  const version = (input.version as string | undefined) ?? '*';
  (data.behaviours[name] ??= {})[version] = behaviour;
  return { account, region, runtime: name, version, behaviour };
}

/** DELETE /_emulator/agentcore/invocations: forget behaviours (one runtime/version, a scope, or all). */
function clearBehaviour(body: unknown, ctx: EmuContext): unknown {
  const input = isJson(body) ? body : {};
  if (input.runtime === undefined && input.account === undefined && input.region === undefined) {
    for (const scope of ctx.state.scopes<AgentCoreData>(SERVICE)) scope.data.behaviours = {};
    return { cleared: 'all' };
  }
  const { account, region } = controlScope(input);
  const data = agentcoreData(ctx.state, account, region, ctx.now());
  if (typeof input.runtime !== 'string') {
    data.behaviours = {};
    return { cleared: `${account}/${region}` };
  }
  const name = runtimeName(data, input.runtime);
  if (typeof input.version === 'string') delete data.behaviours[name]?.[input.version];
  else delete data.behaviours[name];
  return { cleared: name, ...(typeof input.version === 'string' ? { version: input.version } : {}) };
}

export const agentcoreRuntimeService: ServiceModule = {
  name: 'agentcore-runtime',
  protocol: 'restJson',
  signingNames: ['bedrock-agentcore'],
  throttlingCode: 'ThrottlingException',
  // OAuth callers send a bearer token instead of a signature; authorize.ts verifies it.
  claimsUnsigned: (req) => invocationLabel(req) !== undefined && bearerToken(req) !== undefined,
  route(req) {
    const label = invocationLabel(req);
    return label === undefined ? undefined : { name: 'InvokeAgentRuntime', handle: (r, ctx) => invoke(r, ctx, label) };
  },
  control: { 'POST agentcore/invocations': setBehaviour, 'DELETE agentcore/invocations': clearBehaviour },
};
