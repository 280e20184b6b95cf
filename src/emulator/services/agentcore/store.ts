import { randomInt } from 'node:crypto';
import type { EmulatorState } from '../../state.js';
import { AwsError, type EmuResponse } from '../../types.js';
import { FieldErrors } from '../../protocols/rest-json.js';
import { findImage, parseImageUri } from '../ecr/store.js';

/**
 * AgentCore Runtime data shared by the control plane (service.ts) and the data plane
 * (invoke.ts). Plain JSON, so /_emulator/state shows it; statuses move lazily
 * from timestamps whenever a request touches a scope (settle), never by timers.
 */
export type Status = 'CREATING' | 'CREATE_FAILED' | 'UPDATING' | 'UPDATE_FAILED' | 'READY' | 'DELETING' | 'DELETE_FAILED';

/** What one version holds: the whole configuration its request sent, plus AWS's defaults. */
export interface RuntimeConfig {
  agentRuntimeArtifact: Record<string, unknown>;
  roleArn: string;
  networkConfiguration: Record<string, unknown>;
  lifecycleConfiguration: { idleRuntimeSessionTimeout: number; maxLifetime: number };
  authorizerConfiguration?: { customJWTAuthorizer?: Record<string, unknown> };
  /** Pass-through members: description, protocol, environment variables, filesystems… */
  [member: string]: unknown;
}

export interface RuntimeVersion {
  version: string;
  config: RuntimeConfig;
  createdAt: number;
  status: Status;
  /** When CREATING/UPDATING ends. */
  readyAt: number;
  /** Why the version fails once readyAt passes (image missing, injected failure). */
  pendingFailure?: string;
  failureReason?: string;
  /** Resolved from the container URI at deploy time; absent when the image was not found. */
  imageDigest?: string;
  invocations: number;
}

export interface RuntimeEndpoint {
  name: string;
  id: string;
  arn: string;
  description?: string;
  createdAt: number;
  lastUpdatedAt: number;
  status: Status;
  readyAt: number;
  targetVersion: string;
  liveVersion?: string;
  pendingFailure?: string;
  failureReason?: string;
  deletingUntil?: number;
  tags: Record<string, string>;
}

export interface AgentRuntime {
  id: string;
  name: string;
  arn: string;
  createdAt: number;
  tags: Record<string, string>;
  /** Highest version number issued: numbers are not reused after a version is deleted. */
  lastVersion: number;
  versions: Record<string, RuntimeVersion>;
  endpoints: Record<string, RuntimeEndpoint>;
  deletingUntil?: number;
}

export type InvocationMode = 'healthy' | 'failing' | 'slow';

export interface InvocationBehaviour {
  mode: InvocationMode;
  status?: number;
  body?: unknown;
  delayMs?: number;
}

export const FAILABLE_OPERATIONS = ['CreateAgentRuntime', 'UpdateAgentRuntime', 'UpdateAgentRuntimeEndpoint'] as const;
export type FailableOperation = (typeof FAILABLE_OPERATIONS)[number];

export interface AgentCoreData {
  /** By runtime id. */
  runtimes: Record<string, AgentRuntime>;
  /** Runtime name -> version ("*" for every version) -> how invocations answer. */
  behaviours: Record<string, Record<string, InvocationBehaviour>>;
  /** Injected failures, consumed in order by the next matching change. */
  failNext: Array<{ operation: FailableOperation; remaining: number; reason: string }>;
}

/** First answers by "<account>/<region>/<operation>/<clientToken>". Kept out of /_emulator/state: the SDK sends a token with every mutation. */
export function idempotencyRecords(state: EmulatorState): Map<string, { fingerprint: string; response: EmuResponse }> {
  return state.global('agentcore-idempotency', () => new Map<string, { fingerprint: string; response: EmuResponse }>());
}

export const SERVICE = 'agentcore';
export const DEFAULT_ENDPOINT = 'DEFAULT';

/** The AgentCore data of one account and region, with due status transitions applied. */
export function agentcoreData(state: EmulatorState, account: string, region: string, now: number): AgentCoreData {
  const data = state.scope<AgentCoreData>(SERVICE, account, region, () => ({
    runtimes: {},
    behaviours: {},
    failNext: [],
  }));
  settle(data, now);
  return data;
}

function settle(data: AgentCoreData, now: number): void {
  for (const runtime of Object.values(data.runtimes)) {
    if (runtime.deletingUntil !== undefined && now >= runtime.deletingUntil) {
      delete data.runtimes[runtime.id];
      continue;
    }
    // Versions first: DEFAULT's outcome depends on its target version's.
    for (const version of Object.values(runtime.versions)) settleVersion(version, now);
    for (const endpoint of Object.values(runtime.endpoints)) {
      if (endpoint.deletingUntil !== undefined && now >= endpoint.deletingUntil) delete runtime.endpoints[endpoint.name];
      else settleEndpoint(endpoint, runtime, now);
    }
  }
}

function settleVersion(version: RuntimeVersion, now: number): void {
  if (!isTransitioning(version.status) || now < version.readyAt) return;
  if (version.pendingFailure === undefined) {
    version.status = 'READY';
    return;
  }
  version.status = version.status === 'CREATING' ? 'CREATE_FAILED' : 'UPDATE_FAILED';
  version.failureReason = version.pendingFailure;
  delete version.pendingFailure;
}

function settleEndpoint(endpoint: RuntimeEndpoint, runtime: AgentRuntime, now: number): void {
  if (!isTransitioning(endpoint.status) || now < endpoint.readyAt) return;
  const target = runtime.versions[endpoint.targetVersion];
  const failure =
    endpoint.pendingFailure ??
    (target?.status === 'READY'
      ? undefined
      : `Version ${endpoint.targetVersion} is ${target?.status ?? 'deleted'}: ${target?.failureReason ?? 'it cannot serve'}`);
  delete endpoint.pendingFailure;
  if (failure === undefined) {
    endpoint.status = 'READY';
    endpoint.liveVersion = endpoint.targetVersion;
    delete endpoint.failureReason;
    return;
  }
  // The endpoint keeps serving what it served before (liveVersion is left alone).
  endpoint.status = endpoint.status === 'CREATING' ? 'CREATE_FAILED' : 'UPDATE_FAILED';
  endpoint.failureReason = failure;
}

export function isTransitioning(status: Status): boolean {
  return status === 'CREATING' || status === 'UPDATING';
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `<name>-<10 alphanumerics>`, the shape of runtime and endpoint ids. */
export function newId(name: string): string {
  let suffix = '';
  for (let i = 0; i < 10; i++) suffix += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  return `${name}-${suffix}`;
}

export function runtimeArn(account: string, region: string, id: string): string {
  return `arn:aws:bedrock-agentcore:${region}:${account}:runtime/${id}`;
}

export function workloadIdentityArn(account: string, region: string, name: string): string {
  return `arn:aws:bedrock-agentcore:${region}:${account}:workload-identity-directory/default/workload-identity/${name}`;
}

const ARN = /^arn:aws(?:-[^:]+)?:bedrock-agentcore:([a-z0-9-]+):(\d{12}):runtime\/([^/]+)(?:\/runtime-endpoint\/([^/]+))?$/;

/** The parts of a runtime or runtime-endpoint ARN, or undefined for anything else. */
export function parseRuntimeArn(arn: string): { region: string; account: string; id: string; endpoint?: string } | undefined {
  const match = ARN.exec(arn);
  if (!match) return undefined;
  return { region: match[1]!, account: match[2]!, id: match[3]!, ...(match[4] !== undefined ? { endpoint: match[4] } : {}) };
}

/**
 * Splits a request path into percent-decoded segments, ignoring a trailing slash. An ARN sent
 * unencoded ("…:runtime/<id>") is joined back into one segment. Undefined for bad encoding.
 */
export function pathSegments(path: string): string[] | undefined {
  let decoded: string[];
  try {
    decoded = path.split('/').filter((s) => s !== '').map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
  const joined: string[] = [];
  for (let i = 0; i < decoded.length; i++) {
    const segment = decoded[i]!;
    if (segment.startsWith('arn:') && segment.endsWith(':runtime') && i + 1 < decoded.length) {
      joined.push(`${segment}/${decoded[++i]}`);
    } else joined.push(segment);
  }
  return joined;
}

export function notFound(message: string): AwsError {
  return new AwsError('ResourceNotFoundException', message, 404);
}

export function conflict(message: string): AwsError {
  return new AwsError('ConflictException', message, 409);
}

export function quotaExceeded(message: string): AwsError {
  return new AwsError('ServiceQuotaExceededException', message, 402);
}

/**
 * The runtime a URI label names: its id, or its ARN (which must be of this account and region).
 * DELETING runtimes are found too; callers decide what they may do with them.
 */
/** The control plane's agentRuntimeId label: an id, never an ARN (the model's AgentRuntimeId pattern). */
const RUNTIME_ID = { pattern: /^[a-zA-Z][a-zA-Z0-9_]{0,99}-[a-zA-Z0-9]{10}$/, text: '[a-zA-Z][a-zA-Z0-9_]{0,99}-[a-zA-Z0-9]{10}' };

export function findRuntime(data: AgentCoreData, label: string, account: string, region: string): AgentRuntime {
  const errors = new FieldErrors();
  errors.string('agentRuntimeId', label, { pattern: RUNTIME_ID });
  errors.throwIfAny();
  const runtime = data.runtimes[label];
  if (!runtime) throw notFound(`No agent runtime found with id '${label}' in account ${account}, region ${region}.`);
  return runtime;
}

/** The newest version still stored (the one DEFAULT follows and the runtime's status reports). */
export function newestVersion(runtime: AgentRuntime): RuntimeVersion {
  const numbers = Object.keys(runtime.versions).map(Number);
  return runtime.versions[String(Math.max(...numbers))]!;
}

export function runtimeStatus(runtime: AgentRuntime): Status {
  return runtime.deletingUntil !== undefined ? 'DELETING' : newestVersion(runtime).status;
}

/** Consumes one injected failure for the operation, if any is queued. */
export function takeInjectedFailure(data: AgentCoreData, operation: FailableOperation): string | undefined {
  const index = data.failNext.findIndex((rule) => rule.operation === operation);
  if (index < 0) return undefined;
  const rule = data.failNext[index]!;
  if (--rule.remaining <= 0) data.failNext.splice(index, 1);
  return rule.reason;
}

/**
 * A new version in CREATING/UPDATING. Its image is looked up now in the registry its URI names:
 * a missing image does not refuse the request, it makes the version fail once its delay passes.
 */
export function newVersion(
  state: EmulatorState,
  data: AgentCoreData,
  version: string,
  config: RuntimeConfig,
  operation: 'CreateAgentRuntime' | 'UpdateAgentRuntime',
  now: number,
): RuntimeVersion {
  const record: RuntimeVersion = {
    version,
    config,
    createdAt: now,
    status: operation === 'CreateAgentRuntime' ? 'CREATING' : 'UPDATING',
    readyAt: now + state.settings.provisioningDelayMs,
    invocations: 0,
  };
  const containerUri = (config.agentRuntimeArtifact.containerConfiguration as { containerUri?: string } | undefined)?.containerUri;
  if (containerUri !== undefined) {
    const ref = parseImageUri(containerUri);
    const image = ref && findImage(state, ref.account, ref.region, ref.repository, ref.reference);
    if (image) record.imageDigest = image.digest;
    else record.pendingFailure = `Image not found: ${containerUri}. Push the image to ECR before deploying.`;
  }
  const injected = takeInjectedFailure(data, operation);
  if (injected !== undefined) record.pendingFailure = injected;
  return record;
}

/** The account and region a /_emulator/agentcore/… call names, defaulting like unsigned requests. */
export function controlScope(input: Record<string, unknown>): { account: string; region: string } {
  const account = input.account ?? '000000000000';
  const region = input.region ?? 'us-east-1';
  if (typeof account !== 'string' || !/^\d{12}$/.test(account)) throw new Error('"account" must be 12 digits');
  if (typeof region !== 'string' || !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) throw new Error('"region" must be an AWS region such as us-east-1');
  return { account, region };
}
