import { randomUUID } from 'node:crypto';
import type { EmulatorState } from '../../state.js';
import { AwsError } from '../../types.js';
import {
  Evaluator,
  canonical,
  containsPending,
  pendingValue,
  templateError,
  type Json,
  type JsonObject,
  type ResourceLookup,
  type Template,
} from './template.js';
import { Props, ResourceFailure, checkPropertyNames, providers, type ProviderContext, type Provisioned } from './providers.js';

/**
 * Stack operations. An operation does all its work on the emulated services when it starts, and
 * writes a timeline: stack phases and events stamped between its start and start +
 * provisioningDelayMs. What DescribeStacks and DescribeStackEvents show is read from that
 * timeline at the time of the call, so statuses move (CREATE_IN_PROGRESS → CREATE_COMPLETE)
 * without timers.
 */
export interface Tag {
  Key: string;
  Value: string;
}

export interface StackEvent {
  id: string;
  at: number;
  logicalId: string;
  physicalId: string;
  type: string;
  status: string;
  reason?: string;
  properties?: string;
}

export interface StackResource extends Provisioned {
  logicalId: string;
  type: string;
  properties: JsonObject;
  updatedAt: number;
}

export interface StackPhase {
  at: number;
  status: string;
  reason?: string;
}

export interface StackOutput {
  key: string;
  value: string;
  description?: string;
  exportName?: string;
}

export interface Stack {
  id: string;
  name: string;
  createdAt: number;
  updatedAt?: number;
  /** When its DELETE_COMPLETE phase is reached. */
  deletedAt?: number;
  /** '' while a CREATE change set has not been executed. */
  templateBody: string;
  description?: string;
  parameters: Record<string, string>;
  /** Parameters whose values are never shown. */
  noEcho: string[];
  capabilities: string[];
  tags: Tag[];
  /** In deployment order, so deletion runs in reverse. */
  resources: Record<string, StackResource>;
  outputs: StackOutput[];
  /** What DescribeStacks shows while an operation is in progress. */
  outputsBefore: StackOutput[];
  phases: StackPhase[];
  events: StackEvent[];
}

export interface ResourceChange {
  action: 'Add' | 'Modify' | 'Remove';
  logicalId: string;
  physicalId?: string;
  type: string;
  replacement?: 'True' | 'False' | 'Conditional';
  scope: string[];
  details: Array<{ name: string; attribute: string; requiresRecreation: 'Never' | 'Always' | 'Conditionally'; evaluation: 'Static' | 'Dynamic'; changeSource: string }>;
}

export interface ChangeSet {
  id: string;
  name: string;
  stackId: string;
  stackName: string;
  type: 'CREATE' | 'UPDATE';
  createdAt: number;
  /** When its creation finishes (CREATE_COMPLETE or FAILED). */
  readyAt: number;
  description?: string;
  templateBody: string;
  parameters: Record<string, string>;
  noEcho: string[];
  capabilities: string[];
  tags: Tag[];
  changes: ResourceChange[];
  failureReason?: string;
  /** Set by ExecuteChangeSet: when the stack operation ends and whether it succeeded. */
  execution?: { doneAt: number; ok: boolean };
  /** The stack was updated some other way after this change set was made. */
  obsolete?: boolean;
}

export interface CfnData {
  stacks: Stack[];
  changeSets: ChangeSet[];
}

export function cfnData(state: EmulatorState, account: string, region: string): CfnData {
  return state.scope<CfnData>('cloudformation', account, region, () => ({ stacks: [], changeSets: [] }));
}

export interface EngineContext {
  state: EmulatorState;
  account: string;
  region: string;
  now: number;
  delay: number;
}

/** A stack operation's wanted end state. */
export interface Desired {
  templateBody: string;
  template: Template;
  parameters: Record<string, string>;
  noEcho: string[];
  capabilities: string[];
  tags: Tag[];
}

const STACK_TYPE = 'AWS::CloudFormation::Stack';

export function currentPhase(stack: Stack, now: number): StackPhase {
  let current = stack.phases[0]!;
  for (const phase of stack.phases) if (phase.at <= now) current = phase;
  return current;
}

/** An operation is still running until its last phase is reached. */
export function isBusy(stack: Stack, now: number): boolean {
  return stack.phases[stack.phases.length - 1]!.at > now;
}

export function isDeleted(stack: Stack, now: number): boolean {
  return stack.deletedAt !== undefined && stack.deletedAt <= now;
}

/** A stack by name (live stacks only) or by stack id (deleted ones too), as CloudFormation looks them up. */
export function findStack(data: CfnData, nameOrId: string, now: number): Stack | undefined {
  if (nameOrId.startsWith('arn:')) return data.stacks.find((stack) => stack.id === nameOrId);
  return data.stacks.find((stack) => stack.name === nameOrId && !isDeleted(stack, now));
}

export function requireStack(data: CfnData, nameOrId: string, now: number): Stack {
  const stack = findStack(data, nameOrId, now);
  if (!stack) throw new AwsError('ValidationError', `Stack with id ${nameOrId} does not exist`);
  return stack;
}

export function newStack(ctx: EngineContext, name: string): Stack {
  return {
    id: `arn:aws:cloudformation:${ctx.region}:${ctx.account}:stack/${name}/${randomUUID()}`,
    name,
    createdAt: ctx.now,
    templateBody: '',
    parameters: {},
    noEcho: [],
    capabilities: [],
    tags: [],
    resources: {},
    outputs: [],
    outputsBefore: [],
    phases: [],
    events: [],
  };
}

// ---- Injected failures ------------------------------------------------------------------------

export interface FailureRule {
  account?: string;
  region?: string;
  stackName?: string;
  logicalId: string;
  reason: string;
  remaining: number;
}

export function failureRules(state: EmulatorState): FailureRule[] {
  return state.global<FailureRule[]>('cloudformation-failures', () => []);
}

function injectedFailure(ctx: EngineContext, stackName: string, logicalId: string): string | undefined {
  const rule = failureRules(ctx.state).find(
    (r) =>
      r.remaining > 0 &&
      r.logicalId === logicalId &&
      (r.account === undefined || r.account === ctx.account) &&
      (r.region === undefined || r.region === ctx.region) &&
      (r.stackName === undefined || r.stackName === stackName),
  );
  if (!rule) return undefined;
  rule.remaining--;
  return rule.reason;
}

// ---- Timelines --------------------------------------------------------------------------------

/** Collects an operation's phases and events in order, then spreads them over the provisioning delay. */
class Timeline {
  private steps = 0;
  private readonly entries: Array<{ step: number; phase?: StackPhase; event: Omit<StackEvent, 'id' | 'at'> }> = [];

  constructor(private readonly stack: Stack) {}

  /** The next things recorded happen a little later. */
  advance(): void {
    this.steps++;
  }

  phase(status: string, reason?: string): void {
    this.entries.push({
      step: this.steps,
      phase: { at: 0, status, ...(reason ? { reason } : {}) },
      event: { logicalId: this.stack.name, physicalId: this.stack.id, type: STACK_TYPE, status, ...(reason ? { reason } : {}) },
    });
  }

  event(resource: { logicalId: string; physicalId?: string; type: string }, status: string, reason?: string, properties?: JsonObject): void {
    this.entries.push({
      step: this.steps,
      event: {
        logicalId: resource.logicalId,
        physicalId: resource.physicalId ?? '',
        type: resource.type,
        status,
        ...(reason ? { reason } : {}),
        ...(properties ? { properties: JSON.stringify(properties) } : {}),
      },
    });
  }

  /** Writes the timeline into the stack; returns when the operation ends. */
  commit(ctx: EngineContext): number {
    const at = (step: number) => ctx.now + (this.steps === 0 ? 0 : Math.round((ctx.delay * step) / this.steps));
    // Only the phases of the latest operation matter for the status; keep the last one before it.
    this.stack.phases = this.stack.phases.slice(-1);
    for (const entry of this.entries) {
      const time = at(entry.step);
      if (entry.phase) this.stack.phases.push({ ...entry.phase, at: time });
      this.stack.events.push({ ...entry.event, id: randomUUID(), at: time });
    }
    return at(this.steps);
  }
}

// ---- Evaluation -------------------------------------------------------------------------------

function providerContext(ctx: EngineContext, stack: Stack, logicalId: string): ProviderContext {
  return { state: ctx.state, account: ctx.account, region: ctx.region, stackName: stack.name, logicalId, now: ctx.now };
}

/**
 * Ref, GetAtt and ImportValue over a map of resources; `pending` (change-set planning) names the
 * resources whose values are not known until they are created.
 */
function lookupOver(ctx: EngineContext, stack: Stack, resources: Record<string, StackResource>, pending = new Set<string>()): ResourceLookup {
  const resource = (logicalId: string): StackResource => {
    const found = resources[logicalId];
    if (!found) throw templateError(`resource ${logicalId} is not part of this deployment (its Condition is false), so it cannot be referenced`);
    return found;
  };
  return {
    ref: (logicalId) => (pending.has(logicalId) ? pendingValue(logicalId) : resource(logicalId).physicalId),
    getAtt: (logicalId, attribute) => {
      if (pending.has(logicalId)) return pendingValue(logicalId, attribute);
      const value = resource(logicalId).attributes[attribute];
      if (value === undefined) throw templateError(`resource ${logicalId} does not support attribute type ${attribute} in Fn::GetAtt`);
      return value;
    },
    importValue: (name) => {
      for (const other of cfnData(ctx.state, ctx.account, ctx.region).stacks) {
        if (other === stack || isDeleted(other, ctx.now)) continue;
        const output = other.outputs.find((o) => o.exportName === name);
        if (output) return output.value;
      }
      throw templateError(`No export named ${name} found`);
    },
  };
}

export function evaluator(ctx: EngineContext, stack: Stack, desired: Pick<Desired, 'template' | 'parameters'>, lookup: ResourceLookup): Evaluator {
  return new Evaluator(desired.template, desired.parameters, { account: ctx.account, region: ctx.region, stackName: stack.name, stackId: stack.id }, lookup);
}

function outputText(value: Json): string {
  if (Array.isArray(value)) return value.map(outputText).join(',');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function evaluateOutputs(ctx: EngineContext, stack: Stack, evaluate: Evaluator): StackOutput[] {
  const outputs: StackOutput[] = [];
  for (const [key, definition] of Object.entries(evaluate.template.Outputs ?? {})) {
    if (!evaluate.included(definition.Condition)) continue;
    const exportName = definition.Export ? outputText(evaluate.value(definition.Export.Name)) : undefined;
    if (exportName !== undefined) {
      const owner = cfnData(ctx.state, ctx.account, ctx.region).stacks.find(
        (other) => other !== stack && !isDeleted(other, ctx.now) && other.outputs.some((o) => o.exportName === exportName),
      );
      if (owner) throw new ResourceFailure(`Export with name ${exportName} is already exported by stack ${owner.name}`);
    }
    outputs.push({
      key,
      value: outputText(evaluate.value(definition.Value)),
      ...(definition.Description !== undefined ? { description: String(definition.Description) } : {}),
      ...(exportName !== undefined ? { exportName } : {}),
    });
  }
  return outputs;
}

/** What CloudFormation shows as a resource's failure reason. */
function failureReason(error: unknown): string {
  if (error instanceof ResourceFailure) return error.message;
  if (error instanceof AwsError) {
    if (error.message.startsWith('Template error:') || error.message.startsWith('Template format error:')) return error.message;
    const handlerCode = /AlreadyExists/.test(error.code)
      ? 'AlreadyExists'
      : /NotFound|NoSuchEntity/.test(error.code)
        ? 'NotFound'
        : /Invalid|Validation|Malformed/.test(error.code)
          ? 'InvalidRequest'
          : 'GeneralServiceException';
    return `Resource handler returned message: "${error.message}" (Service: ${error.code}, HandlerErrorCode: ${handlerCode})`;
  }
  throw error;
}

function needsReplacement(type: string, before: JsonObject, after: JsonObject): boolean {
  const provider = providers[type]!;
  if (!provider.update) return true;
  return Object.entries(provider.properties).some(([key, spec]) => spec.replaces && canonical(before[key]) !== canonical(after[key]));
}

function deletionPolicy(template: Template | undefined, logicalId: string, attribute: 'DeletionPolicy' | 'UpdateReplacePolicy'): string {
  return template?.Resources[logicalId]?.[attribute] ?? 'Delete';
}

// ---- Create and update ------------------------------------------------------------------------

interface JournalEntry {
  action: 'create' | 'update' | 'replace';
  before?: StackResource;
  after: StackResource;
}

/**
 * Brings the stack's resources to the desired template. On a resource failure it rolls back
 * what it did, in reverse, and leaves the stack's resources, template and parameters exactly as
 * they were. Returns whether it succeeded.
 */
function deploy(ctx: EngineContext, stack: Stack, desired: Desired, timeline: Timeline, previousTemplate: Template | undefined, firstCreate: boolean): boolean {
  const previous = stack.resources;
  const working: Record<string, StackResource> = { ...previous };
  const evaluate = evaluator(ctx, stack, desired, lookupOver(ctx, stack, working));
  const order = evaluate.resourceOrder();
  const journal: JournalEntry[] = [];
  let failure: { logicalId: string; action: JournalEntry['action']; reason: string } | undefined;

  for (const logicalId of order) {
    const type = desired.template.Resources[logicalId]!.Type;
    const provider = providers[type]!;
    const before = previous[logicalId];
    let props: JsonObject;
    try {
      props = evaluate.properties(logicalId);
    } catch (error) {
      timeline.advance();
      failure = { logicalId, action: before ? 'update' : 'create', reason: failureReason(error) };
      timeline.event({ logicalId, type }, before ? 'UPDATE_FAILED' : 'CREATE_FAILED', failure.reason);
      break;
    }
    if (before && before.type !== type) {
      timeline.advance();
      failure = { logicalId, action: 'update', reason: `Update of resource type is not permitted. The new template modifies resource type of the following resources: [${logicalId}]` };
      timeline.event(before, 'UPDATE_FAILED', failure.reason);
      break;
    }
    if (before && canonical(before.properties) === canonical(props)) continue;
    const action: JournalEntry['action'] = !before ? 'create' : needsReplacement(type, before.properties, props) ? 'replace' : 'update';
    const pctx = providerContext(ctx, stack, logicalId);
    timeline.advance();
    if (action === 'create') {
      timeline.event({ logicalId, type }, 'CREATE_IN_PROGRESS', undefined, props);
    } else {
      timeline.event(before!, 'UPDATE_IN_PROGRESS', action === 'replace' ? 'Requested update requires the creation of a new physical resource; hence creating one.' : undefined, props);
    }
    try {
      const injected = injectedFailure(ctx, stack.name, logicalId);
      if (injected !== undefined) throw new ResourceFailure(injected);
      checkPropertyNames(provider, logicalId, props);
      const nameProperty = provider.nameProperty;
      if (action === 'replace' && nameProperty && props[nameProperty] !== undefined && canonical(props[nameProperty]) === canonical(before!.properties[nameProperty])) {
        throw new ResourceFailure(
          `CloudFormation cannot update a stack when a custom-named resource requires replacing. Rename ${outputText(props[nameProperty]!)} and update the stack again.`,
        );
      }
      const result =
        action === 'update'
          ? provider.update!(pctx, before!, new Props(logicalId, props), new Props(logicalId, before!.properties))
          : provider.create(pctx, new Props(logicalId, props));
      const after: StackResource = { logicalId, type, physicalId: result.physicalId, attributes: result.attributes, properties: props, updatedAt: ctx.now };
      working[logicalId] = after;
      journal.push({ action, after, ...(before ? { before } : {}) });
      if (action === 'create') timeline.event(after, 'CREATE_IN_PROGRESS', 'Resource creation Initiated');
      timeline.advance();
      timeline.event(after, action === 'create' ? 'CREATE_COMPLETE' : 'UPDATE_COMPLETE');
    } catch (error) {
      const reason = failureReason(error);
      if (action === 'update') {
        // Put back whatever part of the update the provider managed before it failed.
        try {
          provider.update!(pctx, before!, new Props(logicalId, before!.properties), new Props(logicalId, props));
        } catch {
          // the failure being reported is the one that matters
        }
      }
      timeline.advance();
      timeline.event({ logicalId, type, ...(before ? { physicalId: before.physicalId } : {}) }, action === 'create' ? 'CREATE_FAILED' : 'UPDATE_FAILED', reason);
      failure = { logicalId, action, reason };
      break;
    }
  }

  let outputs: StackOutput[] = [];
  if (!failure) {
    try {
      outputs = evaluateOutputs(ctx, stack, evaluate);
    } catch (error) {
      failure = { logicalId: stack.name, action: firstCreate ? 'create' : 'update', reason: failureReason(error) };
    }
  }

  if (failure) {
    timeline.advance();
    const verb = failure.action === 'update' ? 'update' : 'create';
    const reason =
      failure.logicalId === stack.name
        ? failure.reason
        : `The following resource(s) failed to ${verb}: [${failure.logicalId}]. ${firstCreate ? 'Rollback requested by user.' : ''}`.trimEnd();
    timeline.phase(firstCreate ? 'ROLLBACK_IN_PROGRESS' : 'UPDATE_ROLLBACK_IN_PROGRESS', reason);
    const rollbackOk = rollBack(ctx, stack, desired.template, journal, failure, timeline);
    stack.resources = previous;
    timeline.advance();
    if (firstCreate) {
      timeline.phase(rollbackOk ? 'ROLLBACK_COMPLETE' : 'ROLLBACK_FAILED');
    } else {
      timeline.phase('UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS');
      timeline.advance();
      timeline.phase(rollbackOk ? 'UPDATE_ROLLBACK_COMPLETE' : 'UPDATE_ROLLBACK_FAILED');
    }
    return false;
  }

  // Clean up: resources the template dropped, and the old physical resources of replacements.
  if (!firstCreate) {
    timeline.advance();
    timeline.phase('UPDATE_COMPLETE_CLEANUP_IN_PROGRESS');
  }
  const kept = new Set(order);
  const removals: StackResource[] = [
    ...journal.filter((entry) => entry.action === 'replace').map((entry) => entry.before!),
    ...Object.values(previous).filter((resource) => !kept.has(resource.logicalId)).reverse(),
  ];
  for (const resource of removals) {
    const replaced = kept.has(resource.logicalId);
    const policy = deletionPolicy(previousTemplate, resource.logicalId, replaced ? 'UpdateReplacePolicy' : 'DeletionPolicy');
    removeResource(ctx, stack, resource, policy === 'Delete' || policy === 'Snapshot', timeline);
  }
  stack.resources = Object.fromEntries(order.map((id) => [id, working[id]!]));
  stack.outputs = outputs;
  return true;
}

/** Deletes one resource with its events; a failure is recorded, not thrown. Returns whether it is gone. */
function removeResource(ctx: EngineContext, stack: Stack, resource: StackResource, reallyDelete: boolean, timeline: Timeline): boolean {
  timeline.advance();
  if (!reallyDelete) {
    timeline.event(resource, 'DELETE_SKIPPED');
    return true;
  }
  timeline.event(resource, 'DELETE_IN_PROGRESS');
  try {
    providers[resource.type]!.delete(providerContext(ctx, stack, resource.logicalId), resource, new Props(resource.logicalId, resource.properties));
  } catch (error) {
    timeline.advance();
    timeline.event(resource, 'DELETE_FAILED', failureReason(error));
    return false;
  }
  timeline.advance();
  timeline.event(resource, 'DELETE_COMPLETE');
  return true;
}

/** Undoes a failed operation's journal in reverse. Returns whether every step was undone. */
function rollBack(
  ctx: EngineContext,
  stack: Stack,
  template: Template,
  journal: JournalEntry[],
  failure: { logicalId: string; action: JournalEntry['action'] },
  timeline: Timeline,
): boolean {
  let ok = true;
  const failedType = template.Resources[failure.logicalId]?.Type;
  if (failedType && failure.action !== 'update') {
    // The failed resource never came to exist; CloudFormation still reports its cleanup.
    timeline.advance();
    timeline.event({ logicalId: failure.logicalId, type: failedType }, 'DELETE_COMPLETE');
  }
  for (const entry of [...journal].reverse()) {
    if (entry.action === 'update') {
      const before = entry.before!;
      timeline.advance();
      timeline.event(before, 'UPDATE_IN_PROGRESS');
      try {
        providers[before.type]!.update!(
          providerContext(ctx, stack, before.logicalId),
          entry.after,
          new Props(before.logicalId, before.properties),
          new Props(before.logicalId, entry.after.properties),
        );
        timeline.advance();
        timeline.event(before, 'UPDATE_COMPLETE');
      } catch (error) {
        timeline.advance();
        timeline.event(before, 'UPDATE_FAILED', failureReason(error));
        ok = false;
      }
      continue;
    }
    // A resource this operation created: Retain keeps it, RetainExceptOnCreate does not.
    const policy = deletionPolicy(template, entry.after.logicalId, 'DeletionPolicy');
    if (!removeResource(ctx, stack, entry.after, policy !== 'Retain', timeline)) ok = false;
  }
  return ok;
}

/** Starts creating a stack (new, or REVIEW_IN_PROGRESS from a CREATE change set). Returns when it ends and whether it succeeded. */
export function startCreate(ctx: EngineContext, stack: Stack, desired: Desired): { doneAt: number; ok: boolean } {
  const timeline = new Timeline(stack);
  applyDesired(stack, desired);
  stack.outputsBefore = [];
  timeline.phase('CREATE_IN_PROGRESS', 'User Initiated');
  const ok = deploy(ctx, stack, desired, timeline, undefined, true);
  if (ok) {
    timeline.advance();
    timeline.phase('CREATE_COMPLETE');
  }
  return { doneAt: timeline.commit(ctx), ok };
}

export function startUpdate(ctx: EngineContext, stack: Stack, desired: Desired, previousTemplate: Template): { doneAt: number; ok: boolean } {
  const timeline = new Timeline(stack);
  const before = { templateBody: stack.templateBody, description: stack.description, parameters: stack.parameters, noEcho: stack.noEcho, capabilities: stack.capabilities, tags: stack.tags };
  stack.outputsBefore = stack.outputs;
  stack.updatedAt = ctx.now;
  timeline.phase('UPDATE_IN_PROGRESS', 'User Initiated');
  const ok = deploy(ctx, stack, desired, timeline, previousTemplate, false);
  if (ok) {
    applyDesired(stack, desired);
    timeline.advance();
    timeline.phase('UPDATE_COMPLETE');
  } else {
    Object.assign(stack, before);
    if (before.description === undefined) delete stack.description;
  }
  return { doneAt: timeline.commit(ctx), ok };
}

function applyDesired(stack: Stack, desired: Desired): void {
  stack.templateBody = desired.templateBody;
  if (desired.template.Description !== undefined) stack.description = String(desired.template.Description);
  else delete stack.description;
  stack.parameters = desired.parameters;
  stack.noEcho = desired.noEcho;
  stack.capabilities = desired.capabilities;
  stack.tags = desired.tags;
}

/** Starts deleting a stack: resources in reverse order, honouring DeletionPolicy. */
export function startDelete(ctx: EngineContext, stack: Stack, template: Template | undefined): void {
  const timeline = new Timeline(stack);
  stack.outputsBefore = stack.outputs;
  timeline.phase('DELETE_IN_PROGRESS', 'User Initiated');
  const failed: string[] = [];
  for (const resource of Object.values(stack.resources).reverse()) {
    const policy = deletionPolicy(template, resource.logicalId, 'DeletionPolicy');
    const gone = removeResource(ctx, stack, resource, policy === 'Delete' || policy === 'Snapshot', timeline);
    if (gone) delete stack.resources[resource.logicalId];
    else failed.push(resource.logicalId);
  }
  timeline.advance();
  if (failed.length > 0) {
    timeline.phase('DELETE_FAILED', `The following resource(s) failed to delete: [${failed.join(', ')}]. `);
    timeline.commit(ctx);
    return;
  }
  timeline.phase('DELETE_COMPLETE');
  stack.outputs = [];
  stack.deletedAt = timeline.commit(ctx);
  const data = cfnData(ctx.state, ctx.account, ctx.region);
  data.changeSets = data.changeSets.filter((changeSet) => changeSet.stackId !== stack.id);
}

/** A stack waiting for its first change set to run. */
export function startReview(ctx: EngineContext, stack: Stack): void {
  const timeline = new Timeline(stack);
  timeline.phase('REVIEW_IN_PROGRESS', 'User Initiated');
  timeline.commit(ctx);
}

// ---- Planning (change sets, "No updates are to be performed.") -----------------------------------

/** The resource changes an update would make, computed without touching anything. */
export function planChanges(ctx: EngineContext, stack: Stack, desired: Desired): { changes: ResourceChange[]; outputsChanged: boolean } {
  const pending = new Set<string>();
  const working: Record<string, StackResource> = { ...stack.resources };
  const evaluate = evaluator(ctx, stack, desired, lookupOver(ctx, stack, working, pending));
  const order = evaluate.resourceOrder();
  const changes: ResourceChange[] = [];
  for (const logicalId of order) {
    const type = desired.template.Resources[logicalId]!.Type;
    const before = stack.resources[logicalId];
    if (!before) {
      pending.add(logicalId);
      changes.push({ action: 'Add', logicalId, type, scope: [], details: [] });
      continue;
    }
    let props: JsonObject;
    try {
      props = evaluate.properties(logicalId);
    } catch (error) {
      // A value that depends on a resource not created yet cannot be computed now: it may change.
      if (pending.size === 0) throw error;
      pending.add(logicalId);
      changes.push({ action: 'Modify', logicalId, physicalId: before.physicalId, type, replacement: 'Conditional', scope: ['Properties'], details: [] });
      continue;
    }
    const provider = providers[type]!;
    const keys = [...new Set([...Object.keys(before.properties), ...Object.keys(props)])];
    const changed = keys.filter((key) => canonical(before.properties[key]) !== canonical(props[key]));
    if (changed.length === 0 && before.type === type) continue;
    const details = changed.map((name) => {
      const dynamic = containsPending(props[name]);
      const replaces = !provider.update || provider.properties[name]?.replaces === true;
      return {
        name,
        attribute: name === 'Tags' ? 'Tags' : 'Properties',
        requiresRecreation: replaces ? (dynamic ? 'Conditionally' : 'Always') : 'Never',
        evaluation: dynamic ? 'Dynamic' : 'Static',
        changeSource: dynamic ? 'ResourceReference' : 'DirectModification',
      } as const;
    });
    const replacement =
      before.type !== type || details.some((d) => d.requiresRecreation === 'Always')
        ? 'True'
        : details.some((d) => d.requiresRecreation === 'Conditionally')
          ? 'Conditional'
          : 'False';
    if (replacement !== 'False') pending.add(logicalId);
    changes.push({
      action: 'Modify',
      logicalId,
      physicalId: before.physicalId,
      type,
      replacement,
      scope: [...new Set(details.map((d) => d.attribute))],
      details,
    });
  }
  const kept = new Set(order);
  for (const resource of Object.values(stack.resources).reverse()) {
    if (!kept.has(resource.logicalId)) {
      changes.push({ action: 'Remove', logicalId: resource.logicalId, physicalId: resource.physicalId, type: resource.type, scope: [], details: [] });
    }
  }
  let outputsChanged = true;
  try {
    outputsChanged = canonical(evaluateOutputs(ctx, stack, evaluate)) !== canonical(stack.outputs);
  } catch {
    // an output that cannot be computed yet is a change
  }
  return { changes, outputsChanged };
}
