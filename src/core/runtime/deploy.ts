/**
 * One immutable AgentCore version per change:
 *
 *   const plan = await planDeployment(options);            // reads only
 *   if (plan.action !== 'none') result = await applyPlan(options, plan);   // under the lease
 *   // or both at once: deployRuntime(options)
 *
 * The plan creates the runtime when absent (version 1), else updates it (version N+1) — but
 * only when the newest version differs from the desired request or is not READY; otherwise it is
 * 'none' with the reason, and nothing mutating is called. A version still CREATING/UPDATING from
 * an earlier run is waited for first. The clientToken is derived from the request and the version
 * it replaces, so a retried call never makes a second version. Applying waits for READY;
 * *_FAILED fails with AWS's failureReason. Plan again after taking the lease: another run may
 * have deployed meanwhile.
 */
import {
  CreateAgentRuntimeCommand,
  GetAgentRuntimeCommand,
  UpdateAgentRuntimeCommand,
  ValidationException,
  type BedrockAgentCoreControlClient,
  type GetAgentRuntimeResponse,
} from '@aws-sdk/client-bedrock-agentcore-control';
import type { Clock } from '../clock.js';
import { canonicalJson, sha256Hex } from '../config/index.js';
import { UserError, describeError, explain, isAwsErrorNamed } from '../errors.js';
import type { Logger } from '../logger.js';
import { isTransientAwsError, statusCheck, waitUntil } from '../wait.js';
import { describeChanges } from './compare.js';
import { findRuntimeByName, getRuntimeVersion } from './lookup.js';
import type { DesiredRuntime } from './request.js';

/** Which environment and runtime, for messages. */
export interface DeployWhere {
  environment: string;
  runtime: string;
  region: string;
  /** JSON path of the runtime in the config. */
  configPath: string;
}

export interface DeployOptions {
  control: BedrockAgentCoreControlClient;
  desired: DesiredRuntime;
  wait: boolean;
  timeoutMs: number;
  /** Told of the version AgentCore accepted, before the wait for it (a cancelled wait still made it). */
  onAccepted?: (version: string) => void;
  clock: Clock;
  logger: Logger;
  where: DeployWhere;
}

export interface DeployResult {
  runtimeId: string;
  runtimeArn: string;
  /** The version now newest: the new one, or for a no-op the one already running the request. */
  version: string;
  /** The newest version before this run; undefined when the runtime was created. */
  previousVersion?: string;
  created: boolean;
  /** READY, or the status when not waited for. */
  status: string;
  /** What made the new version, or why none was made. */
  changes: string[];
  noopReason?: string;
}

export type DeployPlan =
  | { action: 'none'; result: DeployResult }
  | { action: 'create' }
  | { action: 'update'; runtimeId: string; newest: GetAgentRuntimeResponse; changes: string[] };

/** What deploying would do, from reads only. */
export async function planDeployment(options: DeployOptions): Promise<DeployPlan> {
  const { control, desired, logger } = options;
  const summary = await findRuntimeByName(control, desired.name);
  if (!summary) return { action: 'create' };
  const runtimeId = summary.agentRuntimeId!;
  let newest = await getRuntimeVersion(control, runtimeId);
  if (statusCheck(newest.status).state === 'pending') {
    logger.info(`Version ${newest.agentRuntimeVersion} of ${desired.name} is still ${newest.status} from an earlier run; waiting for it to settle.`);
    newest = (await waitForVersion(options, runtimeId, newest.agentRuntimeVersion!, false)).value;
  }
  const changes = describeChanges(desired, newest);
  if (changes.length === 0 && newest.status === 'READY') {
    const result: DeployResult = {
      runtimeId,
      runtimeArn: newest.agentRuntimeArn!,
      version: newest.agentRuntimeVersion!,
      previousVersion: newest.agentRuntimeVersion!,
      created: false,
      status: 'READY',
      changes: [],
      noopReason: `version ${newest.agentRuntimeVersion} is READY and already runs this image and configuration (config ${desired.configHash.slice(0, 12)})`,
    };
    return { action: 'none', result };
  }
  if (changes.length === 0) changes.push(`the newest version ${newest.agentRuntimeVersion} is ${newest.status}: deploying the same request again`);
  return { action: 'update', runtimeId, newest, changes };
}

/** Carries out a plan: Create or Update, then (with options.wait) waits for READY. */
export async function applyPlan(options: DeployOptions, plan: DeployPlan): Promise<DeployResult> {
  const { desired, logger } = options;
  switch (plan.action) {
    case 'none':
      return plan.result;
    case 'create':
      logger.info(`Agent runtime ${desired.name} does not exist in ${options.where.region}: creating it (version 1).`);
      return create(options);
    case 'update':
      logger.info(`Updating ${desired.name} (newest version ${plan.newest.agentRuntimeVersion}):\n  ${plan.changes.join('\n  ')}`);
      return update(options, plan.runtimeId, plan.newest, plan.changes);
  }
}

export async function deployRuntime(options: DeployOptions): Promise<DeployResult> {
  return applyPlan(options, await planDeployment(options));
}

/** Same request on the same base version → same token, so only the first attempt makes a version. */
function clientToken(desired: DesiredRuntime, base: string): string {
  const image = desired.settings.agentRuntimeArtifact.containerConfiguration.containerUri;
  return sha256Hex(canonicalJson({ name: desired.name, base, configHash: desired.configHash, image }));
}

async function create(options: DeployOptions): Promise<DeployResult> {
  const { desired } = options;
  const answer = await mutate(options, 'CreateAgentRuntime', () =>
    options.control.send(
      new CreateAgentRuntimeCommand({
        agentRuntimeName: desired.name,
        description: desired.description,
        ...desired.settings,
        clientToken: clientToken(desired, 'create'),
      }),
    ),
  );
  return finish(options, { runtimeId: answer.agentRuntimeId!, runtimeArn: answer.agentRuntimeArn!, version: answer.agentRuntimeVersion!, status: answer.status! }, undefined, ['new runtime']);
}

async function update(options: DeployOptions, runtimeId: string, newest: GetAgentRuntimeResponse, changes: string[]): Promise<DeployResult> {
  const { desired } = options;
  const answer = await mutate(options, 'UpdateAgentRuntime', () =>
    options.control.send(
      new UpdateAgentRuntimeCommand({
        agentRuntimeId: runtimeId,
        description: desired.description,
        ...desired.settings,
        clientToken: clientToken(desired, newest.agentRuntimeVersion!),
      }),
    ),
  );
  return finish(
    options,
    { runtimeId, runtimeArn: answer.agentRuntimeArn!, version: answer.agentRuntimeVersion!, status: answer.status! },
    newest.agentRuntimeVersion,
    changes,
  );
}

async function finish(
  options: DeployOptions,
  made: { runtimeId: string; runtimeArn: string; version: string; status: string },
  previousVersion: string | undefined,
  changes: string[],
): Promise<DeployResult> {
  const result: DeployResult = { ...made, ...(previousVersion ? { previousVersion } : {}), created: true, changes };
  options.logger.info(`AgentCore accepted version ${made.version} of ${options.desired.name} (${made.runtimeArn}).`);
  options.onAccepted?.(made.version);
  if (!options.wait) return result;
  const settled = await waitForVersion(options, made.runtimeId, made.version);
  return { ...result, status: settled.status };
}

/**
 * Waits for a version to leave CREATING/UPDATING. A *_FAILED end fails the step with AWS's reason
 * when the version is ours (`failIfFailed`); an earlier run's failed version is only reported.
 */
async function waitForVersion(options: DeployOptions, runtimeId: string, version: string, failIfFailed = true) {
  const { where, desired } = options;
  const what = `${desired.name} version ${version}`;
  let result;
  try {
    result = await waitUntil({
      what,
      // Raw SDK errors, so that `transient` can tell throttling from a refusal.
      poll: () => options.control.send(new GetAgentRuntimeCommand({ agentRuntimeId: runtimeId, agentRuntimeVersion: version })),
      check: (v) => statusCheck(v.status, v.failureReason),
      transient: isTransientAwsError,
      timeoutMs: options.timeoutMs,
      timeoutHint: 'AgentCore may still finish it: raise the input "timeout-minutes", or see the runtime in the AWS console.',
      clock: options.clock,
      logger: options.logger,
    });
  } catch (error) {
    throw explain(`Waiting for ${what} (AgentCore GetAgentRuntime)`, error);
  }
  if (result.outcome === 'failed' && failIfFailed) {
    const image = desired.settings.agentRuntimeArtifact.containerConfiguration.containerUri;
    const message =
      `Version ${version} of agent runtime ${desired.name} (environment "${where.environment}", runtime "${where.runtime}", ${where.region}) ` +
      `ended ${result.status}: ${result.reason.replace(/\.$/, '')}. Check that the image ${image} exists and is linux/arm64, ` +
      `that the role ${desired.settings.roleArn} exists and trusts bedrock-agentcore.amazonaws.com, and the network and authorizer settings.`;
    throw new UserError(redactSecrets(desired, message));
  }
  return result;
}

/** Runs a Create/Update call, turning its refusal into what to fix. */
async function mutate<T>(options: DeployOptions, operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new UserError(redactSecrets(options.desired, refusal(options, operation, error)));
  }
}

/** AWS may quote what it refused: secret values never reach a message, masked or not (summaries are not masked). */
function redactSecrets(desired: DesiredRuntime, message: string): string {
  return desired.secretNames.reduce((text, name) => {
    const value = desired.settings.environmentVariables[name];
    return value ? text.split(value).join('***') : text;
  }, message);
}

function refusal(options: DeployOptions, operation: string, error: unknown): string {
  const { where, desired } = options;
  const what = `${operation} for agent runtime ${desired.name} (environment "${where.environment}", runtime "${where.runtime}", ${where.region})`;
  if (error instanceof ValidationException) {
    const fields = (error.fieldList ?? []).map((f) => `${f.name}: ${f.message}`);
    return `AgentCore refused ${what}: ${error.message}${fields.length ? ` (${fields.join('; ')})` : ''}. Fix the settings at ${where.configPath} in the config.`;
  }
  if (isAwsErrorNamed(error, 'AccessDeniedException')) {
    return `${what} was denied: ${describeError(error)}. The deploy role needs bedrock-agentcore:${operation} and iam:PassRole on ${desired.settings.roleArn}.`;
  }
  if (isAwsErrorNamed(error, 'ConflictException')) {
    return `${what} conflicted with another change: ${describeError(error)}. Something outside agentcore-actions may be changing the runtime; retry when it is done.`;
  }
  if (isAwsErrorNamed(error, 'ServiceQuotaExceededException')) {
    return `${what} exceeded a quota: ${describeError(error)}. Delete old versions or runtimes, or ask AWS to raise the quota.`;
  }
  return `${what} failed: ${describeError(error)}`;
}
