import { providers } from '../providers/index.js';
import { canonical, containsPending } from '../template/intrinsics.js';
import type { JsonObject } from '../template/types.js';
import { evaluateOutputs, evaluator, lookupOver } from './evaluation.js';
import type { Desired, EngineContext, ResourceChange, Stack, StackResource } from './stacks.js';

/**
 * The resource changes an update would make, computed without touching anything: what a change
 * set shows, and how UpdateStack knows there are no updates to perform.
 */
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
