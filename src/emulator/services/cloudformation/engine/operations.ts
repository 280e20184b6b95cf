import type { Template } from '../template/types.js';
import { deploy, removeResource } from './deploy.js';
import { cfnData, type Desired, type EngineContext, type Stack } from './stacks.js';
import { Timeline } from './timeline.js';
import { deletionPolicy } from './evaluation.js';

/**
 * Stack operations. An operation does all its work on the emulated services when it starts, and
 * writes a timeline: stack phases and events stamped between its start and start +
 * provisioningDelayMs. What DescribeStacks and DescribeStackEvents show is read from that
 * timeline at the time of the call, so statuses move (CREATE_IN_PROGRESS → CREATE_COMPLETE)
 * without timers.
 */

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
