import { providers } from '../providers/index.js';
import { Props, ResourceFailure, checkPropertyNames } from '../providers/provider.js';
import { canonical } from '../template/intrinsics.js';
import type { JsonObject, Template } from '../template/types.js';
import { deletionPolicy, evaluateOutputs, evaluator, failureReason, lookupOver, needsReplacement, outputText, providerContext } from './evaluation.js';
import { injectedFailure } from './failures.js';
import type { Desired, EngineContext, Stack, StackOutput, StackResource } from './stacks.js';
import type { Timeline } from './timeline.js';

/** Bringing a stack's resources to a template, rolling back on failure, and removing resources. */

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
export function deploy(ctx: EngineContext, stack: Stack, desired: Desired, timeline: Timeline, previousTemplate: Template | undefined, firstCreate: boolean): boolean {
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
export function removeResource(ctx: EngineContext, stack: Stack, resource: StackResource, reallyDelete: boolean, timeline: Timeline): boolean {
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
