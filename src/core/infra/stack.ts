/**
 * Create-or-update of one stack through a change set, so the resource changes are known (and
 * shown) before anything changes:
 *
 *   DescribeStacks → (ROLLBACK_COMPLETE: delete when allowed) → (existing stack: GetTemplate;
 *   same template and parameters: done, no change set) → CreateChangeSet CREATE|UPDATE
 *   → wait CREATE_COMPLETE → "didn't contain changes": delete it, done → ExecuteChangeSet
 *   → wait for the stack, printing each new event → outputs.
 *
 * A failure names the resource, its type and CloudFormation's reason; CloudFormation has rolled
 * the stack back by then, so its previous state stays. A cancel (signal) stops every wait and
 * starts no new call that changes the stack; a change set already executing is left to
 * CloudFormation, and the cancel says which stack and in what status.
 */
import {
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  GetTemplateCommand,
  type Change,
  type CloudFormationClient,
  type Parameter,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import { parse as parseYaml } from 'yaml';
import { CancelledError, isCancelled, throwIfCancelled } from '../cancel.js';
import type { Clock } from '../clock.js';
import { UserError, explain, isAwsErrorNamed } from '../errors.js';
import type { Logger } from '../logger.js';
import { isTransientAwsError, waitUntil, type WaitCheck, type WaitResult } from '../wait.js';
import { StackEventStream, formatEvent } from './events.js';

export interface StackDeployment {
  stackName: string;
  templateBody: string;
  parameters: Record<string, string>;
  recreateFailed: boolean;
  /** Deadline of each wait (change set, stack operation, deletion). */
  timeoutMs: number;
  cloudformation: CloudFormationClient;
  /** Its sleeps end with a CancelledError once the signal aborts (cancellableClock). */
  clock: Clock;
  logger: Logger;
  /** Aborted when the step is cancelled. */
  signal?: AbortSignal | undefined;
}

export type StackAction = 'created' | 'recreated' | 'updated' | 'unchanged';

export interface StackOutcome {
  action: StackAction;
  /** The change set's resource changes, one line each ("Modify Role (AWS::IAM::Role): Policies"). */
  changes: string[];
  outputs: Record<string, string>;
}

/** Statuses a change set can be made from with type UPDATE. */
const UPDATABLE = new Set(['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'UPDATE_ROLLBACK_COMPLETE', 'IMPORT_COMPLETE', 'IMPORT_ROLLBACK_COMPLETE']);
const NO_CHANGES = /didn't contain changes|No updates are to be performed/;
const CAPABILITIES = ['CAPABILITY_NAMED_IAM' as const];

export async function deployStack(request: StackDeployment): Promise<StackOutcome> {
  const { stackName, logger } = request;
  let stack = await call(`Reading stack ${stackName} (CloudFormation DescribeStacks)`, () => describeStack(request, stackName));
  if (stack && isSettling(stack.StackStatus)) stack = await waitSettled(request, stack);

  let recreated = false;
  if (stack?.StackStatus === 'ROLLBACK_COMPLETE') {
    if (!request.recreateFailed) {
      throw new UserError(
        `Stack ${stackName} is in ROLLBACK_COMPLETE: its first create failed${stack.StackStatusReason ? ` (${stack.StackStatusReason})` : ''}, and such a stack can only be deleted. ` +
          'Set the input recreate-failed-stacks to true to delete and recreate it, or delete it yourself.',
      );
    }
    throwIfCancelled(request.signal);
    logger.warning(`Stack ${stackName} is in ROLLBACK_COMPLETE from a failed first create: deleting it to create it again (recreate-failed-stacks).`);
    await deleteFailedStack(request);
    stack = undefined;
    recreated = true;
  }
  const status = stack?.StackStatus;
  const type = !stack || status === 'REVIEW_IN_PROGRESS' ? 'CREATE' : 'UPDATE';
  if (type === 'UPDATE' && !UPDATABLE.has(status ?? '')) {
    throw new UserError(
      `Stack ${stackName} is in ${status}${stack?.StackStatusReason ? ` (${stack.StackStatusReason})` : ''} and cannot be updated. ` +
        'Fix it in the CloudFormation console (continue the rollback or delete the stack), then run again.',
    );
  }

  if (stack && type === 'UPDATE' && (await matchesDeployed(request, stack))) {
    logger.info(`No change to stack ${stackName}: it already matches the template and parameters.`);
    return { action: 'unchanged', changes: [], outputs: outputsOf(stack) };
  }

  throwIfCancelled(request.signal);
  const changeSet = await createChangeSet(request, type);
  const described = await waitForChangeSet(request, changeSet.id);
  if (described.status === 'FAILED') {
    if (NO_CHANGES.test(described.reason)) {
      logger.info(`No change to stack ${stackName}: it already matches the template and parameters.`);
      await call(`Deleting the empty change set of ${stackName} (CloudFormation DeleteChangeSet)`, () =>
        request.cloudformation.send(new DeleteChangeSetCommand({ ChangeSetName: changeSet.id })),
      );
      return { action: 'unchanged', changes: [], outputs: outputsOf(stack) };
    }
    throw new UserError(`CloudFormation could not make a change set for stack ${stackName}: ${described.reason}`);
  }
  const changes = described.changes.map(formatChange);
  logger.info(`Change set for ${stackName} (${type}): ${changes.length} resource change(s)`);
  for (const change of changes) logger.info(`  ${change}`);

  const events = new StackEventStream(request.cloudformation, stackName, request.clock, logger);
  await call(`Reading the events of stack ${stackName} (CloudFormation DescribeStackEvents)`, () => events.mark());
  if (request.signal?.aborted) throw new CancelledError(`Cancelled before stack ${stackName} changed: its change set ${changeSet.id} was made but not executed.`);
  await call(`Executing the change set of ${stackName} (CloudFormation ExecuteChangeSet)`, () =>
    request.cloudformation.send(new ExecuteChangeSetCommand({ ChangeSetName: changeSet.id })),
  );
  const final = await waitForStack(request, type === 'CREATE' ? 'create' : 'update', events);
  return { action: recreated ? 'recreated' : type === 'CREATE' ? 'created' : 'updated', changes, outputs: outputsOf(final) };
}

/** Runs one call or wait; its failure says what was attempted (user errors, such as timeouts, stay as they are). */
async function call<T>(attempt: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw explain(attempt, error);
  }
}

/** The stack, or undefined when there is none by that name. Other errors propagate as the SDK threw them, so a wait can retry throttling. */
async function describeStack(request: StackDeployment, nameOrId: string): Promise<Stack | undefined> {
  try {
    const answer = await request.cloudformation.send(new DescribeStacksCommand({ StackName: nameOrId }));
    return answer.Stacks?.[0];
  } catch (error) {
    if (isAwsErrorNamed(error, 'ValidationError') && /does not exist/.test((error as Error).message)) return undefined;
    throw error;
  }
}

/** Another operation is running on the stack (REVIEW_IN_PROGRESS waits for us, not for time). */
function isSettling(status: string | undefined): boolean {
  return status !== undefined && status.endsWith('_IN_PROGRESS') && status !== 'REVIEW_IN_PROGRESS';
}

async function waitSettled(request: StackDeployment, stack: Stack): Promise<Stack> {
  request.logger.info(`Stack ${request.stackName} is ${stack.StackStatus}: waiting for that operation to end first.`);
  const result = await call(`Waiting for stack ${request.stackName}`, () => waitUntil({
    what: `stack ${request.stackName}`,
    poll: async () => (await describeStack(request, request.stackName)) ?? stack,
    check: (current) => ({ status: current.StackStatus ?? 'UNKNOWN', state: isSettling(current.StackStatus) ? 'pending' : 'done' }),
    timeoutMs: request.timeoutMs,
    clock: request.clock,
    logger: request.logger,
    transient: isTransientAwsError,
  }));
  return result.value;
}

async function deleteFailedStack(request: StackDeployment): Promise<void> {
  const { stackName } = request;
  await call(`Deleting stack ${stackName} (CloudFormation DeleteStack)`, () => request.cloudformation.send(new DeleteStackCommand({ StackName: stackName })));
  const result = await call(`Waiting for the deletion of stack ${request.stackName}`, () => waitUntil({
    what: `deletion of stack ${request.stackName}`,
    // A deleted stack is no longer found by name: undefined means DELETE_COMPLETE.
    poll: () => describeStack(request, stackName),
    check: (current): WaitCheck => {
      const status = current?.StackStatus ?? 'DELETE_COMPLETE';
      if (status === 'DELETE_COMPLETE') return { status, state: 'done' };
      if (status === 'DELETE_FAILED') return { status, state: 'failed', reason: current?.StackStatusReason ?? 'no reason given' };
      return { status, state: 'pending' };
    },
    timeoutMs: request.timeoutMs,
    clock: request.clock,
    logger: request.logger,
    transient: isTransientAwsError,
  }));
  if (result.outcome === 'failed') throw new UserError(`Deleting the failed stack ${request.stackName} failed (DELETE_FAILED): ${result.reason}`);
}

/**
 * The stack already runs this template body with these parameters, so a change set would only
 * be made to be deleted (a re-run stays free of change-set calls). Parameters we leave out take
 * the template's defaults; a NoEcho value reads as **** and so never matches: such a stack
 * goes through a change set.
 */
async function matchesDeployed(request: StackDeployment, stack: Stack): Promise<boolean> {
  const deployed = await call(`Reading the template of stack ${request.stackName} (CloudFormation GetTemplate)`, () =>
    request.cloudformation.send(new GetTemplateCommand({ StackName: request.stackName, TemplateStage: 'Original' })),
  );
  if (deployed.TemplateBody !== request.templateBody) return false;
  const wanted = { ...templateDefaults(request.templateBody), ...request.parameters };
  const current = Object.fromEntries((stack.Parameters ?? []).map((p) => [p.ParameterKey ?? '', p.ParameterValue ?? '']));
  const keys = new Set([...Object.keys(wanted), ...Object.keys(current)]);
  return [...keys].every((key) => wanted[key] !== undefined && wanted[key] === current[key]);
}

/** The template's parameter defaults as CloudFormation reports them (lists joined by commas). */
function templateDefaults(templateBody: string): Record<string, string> {
  // Intrinsic tags (!Ref, !Sub) are unknown to a plain YAML parse; only Parameters is read here.
  const template = parseYaml(templateBody, { logLevel: 'silent' }) as { Parameters?: Record<string, { Default?: unknown }> } | null;
  const defaults: Record<string, string> = {};
  for (const [key, definition] of Object.entries(template?.Parameters ?? {})) {
    const value = definition?.Default;
    if (value !== undefined && value !== null) defaults[key] = Array.isArray(value) ? value.join(',') : String(value);
  }
  return defaults;
}

async function createChangeSet(request: StackDeployment, type: 'CREATE' | 'UPDATE'): Promise<{ id: string }> {
  const parameters: Parameter[] = Object.entries(request.parameters).map(([ParameterKey, ParameterValue]) => ({ ParameterKey, ParameterValue }));
  const answer = await call(`Creating a ${type} change set for stack ${request.stackName} (CloudFormation CreateChangeSet)`, () =>
    request.cloudformation.send(new CreateChangeSetCommand({
      StackName: request.stackName,
      // Unique per run; the name pattern allows letters, digits and hyphens only.
      ChangeSetName: `agentcore-setup-env-${request.clock.now()}`,
      ChangeSetType: type,
      TemplateBody: request.templateBody,
      Parameters: parameters,
      Capabilities: CAPABILITIES,
      Description: 'agentcore-actions setup-env',
    })),
  );
  return { id: answer.Id ?? '' };
}

interface DescribedChangeSet {
  status: string;
  reason: string;
  changes: Change[];
}

async function waitForChangeSet(request: StackDeployment, id: string): Promise<DescribedChangeSet> {
  const result = await call(`Waiting for the change set of ${request.stackName} (CloudFormation DescribeChangeSet)`, () => waitUntil({
    what: `change set of ${request.stackName}`,
    poll: () => describeChangeSet(request, id),
    check: (cs): WaitCheck => {
      if (cs.status === 'CREATE_COMPLETE') return { status: cs.status, state: 'done' };
      if (cs.status === 'FAILED') return { status: cs.status, state: 'failed', reason: cs.reason };
      return { status: cs.status, state: 'pending' };
    },
    timeoutMs: request.timeoutMs,
    clock: request.clock,
    logger: request.logger,
    transient: isTransientAwsError,
  }));
  return result.value;
}

/** Every page of the change set's resource changes. */
async function describeChangeSet(request: StackDeployment, id: string): Promise<DescribedChangeSet> {
  const changes: Change[] = [];
  let token: string | undefined;
  let status = 'UNKNOWN';
  let reason = '';
  do {
    const page = await request.cloudformation.send(new DescribeChangeSetCommand({ ChangeSetName: id, NextToken: token }));
    status = page.Status ?? status;
    reason = page.StatusReason ?? reason;
    changes.push(...(page.Changes ?? []));
    token = page.NextToken;
  } while (token);
  return { status, reason, changes };
}

/** "Add Repository (AWS::ECR::Repository)", "Modify Role (AWS::IAM::Role): Policies, replacement False". */
export function formatChange(change: Change): string {
  const rc = change.ResourceChange ?? {};
  const head = `${rc.Action ?? '?'} ${rc.LogicalResourceId ?? '?'} (${rc.ResourceType ?? '?'})`;
  if (rc.Action !== 'Modify') return head;
  const names = [...new Set((rc.Details ?? []).map((detail) => detail.Target?.Name ?? detail.Target?.Attribute).filter(Boolean))];
  const parts = [names.length ? names.join(', ') : undefined, rc.Replacement ? `replacement ${rc.Replacement}` : undefined].filter(Boolean);
  return parts.length ? `${head}: ${parts.join('; ')}` : head;
}

function stackCheck(stack: Stack | undefined): WaitCheck {
  const status = stack?.StackStatus ?? 'UNKNOWN';
  if (status === 'CREATE_COMPLETE' || status === 'UPDATE_COMPLETE' || status === 'IMPORT_COMPLETE') return { status, state: 'done' };
  if (status.endsWith('_FAILED') || status.endsWith('ROLLBACK_COMPLETE') || status === 'DELETE_COMPLETE') {
    return { status, state: 'failed', reason: stack?.StackStatusReason ?? '' };
  }
  return { status, state: 'pending' };
}

async function waitForStack(request: StackDeployment, verb: 'create' | 'update', events: StackEventStream): Promise<Stack | undefined> {
  let result: WaitResult<Stack | undefined>;
  // The status last read is what a cancel reports: no call is made after it.
  let status = `${verb.toUpperCase()}_IN_PROGRESS`;
  try {
    result = await call(`Waiting for stack ${request.stackName} (CloudFormation DescribeStacks, DescribeStackEvents)`, () => waitUntil({
      what: `stack ${request.stackName}`,
      poll: async () => {
        await events.poll();
        const stack = await describeStack(request, request.stackName);
        status = stack?.StackStatus ?? status;
        return stack;
      },
      check: stackCheck,
      timeoutMs: request.timeoutMs,
      clock: request.clock,
      logger: request.logger,
      transient: isTransientAwsError,
      timeoutHint: 'The stack operation goes on in CloudFormation; run again once it has ended.',
    }));
  } catch (error) {
    if (isCancelled(error)) throw cancelledDuring(request, verb, status);
    throw error;
  }
  if (result.outcome === 'done') return result.value;

  await call(`Reading the events of stack ${request.stackName} (CloudFormation DescribeStackEvents)`, () => events.poll());
  const failed = events.firstFailure(request.stackName);
  const cause = failed ? `${formatEvent(failed)}` : result.reason || 'CloudFormation gave no reason';
  const after =
    result.status === 'ROLLBACK_COMPLETE'
      ? 'The stack is left in ROLLBACK_COMPLETE: fix the cause, then run again with recreate-failed-stacks set to true to delete and recreate it.'
      : result.status === 'UPDATE_ROLLBACK_COMPLETE'
        ? 'CloudFormation rolled the stack back: its previous state is unchanged.'
        : 'The rollback did not complete: see the stack events in the CloudFormation console.';
  throw new UserError(`Stack ${request.stackName} failed to ${verb} (${result.status}): ${cause}. ${after}`);
}

/** The cancel of a stack operation under way: CloudFormation finishes (or rolls back) what was asked; the error says where it stands. */
function cancelledDuring(request: StackDeployment, verb: 'create' | 'update', status: string): CancelledError {
  return new CancelledError(
    `Cancelled while stack ${request.stackName} was being ${verb === 'create' ? 'created' : 'updated'}: its change set was already executing and is left to CloudFormation, ` +
      `the stack's status when last read was ${status}. Run setup-env again once it has ended.`,
  );
}

function outputsOf(stack: Stack | undefined): Record<string, string> {
  return Object.fromEntries((stack?.Outputs ?? []).map((output) => [output.OutputKey ?? '', output.OutputValue ?? '']));
}
