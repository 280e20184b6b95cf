import { isoTime } from '../../../protocols/wire.js';
import type { XmlValue } from '../../../protocols/query-rpc.js';
import { currentPhase, isBusy, isDeleted, type ChangeSet, type ResourceChange, type Stack, type StackResource } from '../engine/stacks.js';

/** Stacks, resources and change sets in the shapes CloudFormation's XML answers carry. */
export function parametersXml(values: Record<string, string>, noEcho: string[]): XmlValue {
  const entries = Object.entries(values);
  return entries.length === 0 ? undefined : entries.map(([key, value]) => ({ ParameterKey: key, ParameterValue: noEcho.includes(key) ? '****' : value }));
}

/** Lists AWS leaves out when empty (Outputs, Parameters, Capabilities); a result's own list, Tags and NotificationARNs are always sent. */
export function nonEmpty<T extends XmlValue>(list: T[]): T[] | undefined {
  return list.length === 0 ? undefined : list;
}

export function stackXml(stack: Stack, now: number): XmlValue {
  const phase = currentPhase(stack, now);
  const outputs = isBusy(stack, now) ? stack.outputsBefore : stack.outputs;
  return {
    StackId: stack.id,
    StackName: stack.name,
    Description: stack.description,
    Parameters: parametersXml(stack.parameters, stack.noEcho),
    CreationTime: isoTime(stack.createdAt),
    DeletionTime: isDeleted(stack, now) ? isoTime(stack.deletedAt!) : undefined,
    LastUpdatedTime: stack.updatedAt !== undefined ? isoTime(stack.updatedAt) : undefined,
    StackStatus: phase.status,
    StackStatusReason: phase.reason,
    DisableRollback: false,
    NotificationARNs: [],
    Capabilities: nonEmpty(stack.capabilities),
    Outputs: nonEmpty(
      outputs.map((output) => ({ OutputKey: output.key, OutputValue: output.value, Description: output.description, ExportName: output.exportName })),
    ),
    Tags: stack.tags.map((tag) => ({ Key: tag.Key, Value: tag.Value })),
    EnableTerminationProtection: false,
    DriftInformation: { StackDriftStatus: 'NOT_CHECKED' },
  };
}

export interface VisibleResource {
  resource: StackResource;
  status: string;
  reason?: string;
  at: number;
}

/** A resource's status is that of its latest event the caller can see yet. */
export function visibleResources(stack: Stack, now: number): VisibleResource[] {
  const result = [];
  for (const resource of Object.values(stack.resources)) {
    const event = stack.events.findLast((e) => e.logicalId === resource.logicalId && e.at <= now && e.type === resource.type);
    if (!event) continue;
    result.push({ resource, status: event.status, at: event.at, ...(event.reason ? { reason: event.reason } : {}) });
  }
  return result;
}

/** A stack resource as DescribeStackResources (`Timestamp`) and ListStackResources (`LastUpdatedTimestamp`) show it. */
export function resourceXml({ resource, status, reason, at }: VisibleResource, timestampKey: 'Timestamp' | 'LastUpdatedTimestamp'): Record<string, XmlValue> {
  return {
    LogicalResourceId: resource.logicalId,
    PhysicalResourceId: resource.physicalId,
    ResourceType: resource.type,
    [timestampKey]: isoTime(at),
    ResourceStatus: status,
    ResourceStatusReason: reason,
    DriftInformation: { StackResourceDriftStatus: 'NOT_CHECKED' },
  };
}

export function changeSetStatus(changeSet: ChangeSet, now: number): { Status: string; ExecutionStatus: string; StatusReason?: string } {
  if (now < changeSet.readyAt) return { Status: 'CREATE_IN_PROGRESS', ExecutionStatus: 'UNAVAILABLE' };
  if (changeSet.failureReason !== undefined) return { Status: 'FAILED', ExecutionStatus: 'UNAVAILABLE', StatusReason: changeSet.failureReason };
  if (changeSet.execution) {
    const done = now >= changeSet.execution.doneAt;
    return { Status: 'CREATE_COMPLETE', ExecutionStatus: !done ? 'EXECUTE_IN_PROGRESS' : changeSet.execution.ok ? 'EXECUTE_COMPLETE' : 'EXECUTE_FAILED' };
  }
  return { Status: 'CREATE_COMPLETE', ExecutionStatus: changeSet.obsolete ? 'OBSOLETE' : 'AVAILABLE' };
}

export function changeXml(change: ResourceChange): XmlValue {
  const modify = change.action === 'Modify';
  return {
    Type: 'Resource',
    ResourceChange: {
      Action: change.action,
      LogicalResourceId: change.logicalId,
      PhysicalResourceId: change.physicalId,
      ResourceType: change.type,
      Replacement: change.replacement,
      Scope: modify ? change.scope : undefined,
      Details: modify
        ? change.details.map((detail) => ({
            Target: { Attribute: detail.attribute, Name: detail.name, RequiresRecreation: detail.requiresRecreation },
            Evaluation: detail.evaluation,
            ChangeSource: detail.changeSource,
          }))
        : undefined,
    },
  };
}
