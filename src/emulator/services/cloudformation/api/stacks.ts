import { AwsError } from '../../../types.js';
import { constraintMessage, isoTime } from '../../../protocols/wire.js';
import { decodePageToken, page } from '../../../protocols/paging.js';
import type { QueryHandler } from '../../../protocols/query-rpc.js';
import { startCreate, startDelete, startUpdate } from '../engine/operations.js';
import { planChanges } from '../engine/plan.js';
import { cfnData, currentPhase, findStack, isBusy, isDeleted, newStack, requireStack, type Stack } from '../engine/stacks.js';
import { isNoEcho, requiredCapabilities } from '../template/parameters.js';
import { checkUpdatable, desiredState, engineContext, parse, previousTemplate, rejectUnsupportedOptions, stackNameInput, tagsChanged, templateBodyInput, validation } from './inputs.js';
import { nonEmpty, resourceXml, stackXml, visibleResources } from './render.js';
import { findChangeSet } from './change-sets.js';

/** The stack operations: create, update, delete, describe and list stacks, their events, resources and templates. */

const EVENTS_PAGE = 100;

export const stackHandlers: Record<string, QueryHandler> = {
  CreateStack: (input, req, emu) => {
    const ctx = engineContext(req, emu);
    const name = stackNameInput(input, true);
    rejectUnsupportedOptions(input);
    const data = cfnData(ctx.state, ctx.account, ctx.region);
    if (findStack(data, name, ctx.now)) throw new AwsError('AlreadyExistsException', `Stack [${name}] already exists`);
    const stack = newStack(ctx, name);
    const desired = desiredState(ctx, input, stack);
    data.stacks.push(stack);
    startCreate(ctx, stack, desired);
    return { StackId: stack.id };
  },
  UpdateStack: (input, req, emu) => {
    const ctx = engineContext(req, emu);
    const stack = requireStack(cfnData(ctx.state, ctx.account, ctx.region), stackNameInput(input, false), ctx.now);
    checkUpdatable(stack, ctx.now);
    rejectUnsupportedOptions(input);
    const desired = desiredState(ctx, input, stack);
    const { changes, outputsChanged } = planChanges(ctx, stack, desired);
    if (changes.length === 0 && !outputsChanged && !tagsChanged(stack, desired)) throw validation('No updates are to be performed.');
    const before = previousTemplate(stack)!;
    for (const changeSet of cfnData(ctx.state, ctx.account, ctx.region).changeSets) {
      // A direct update makes the stack's pending change sets stale.
      if (changeSet.stackId === stack.id && !changeSet.execution) changeSet.obsolete = true;
    }
    startUpdate(ctx, stack, desired, before);
    return { StackId: stack.id };
  },
  DeleteStack: (input, req, emu) => {
    const ctx = engineContext(req, emu);
    const stack = findStack(cfnData(ctx.state, ctx.account, ctx.region), stackNameInput(input, false), ctx.now);
    // Deleting a stack that does not exist (or is already deleted) succeeds quietly, as in AWS.
    if (!stack || isDeleted(stack, ctx.now) || currentPhase(stack, ctx.now).status === 'DELETE_COMPLETE') return undefined;
    if (isBusy(stack, ctx.now)) {
      throw validation(`Stack [${stack.name}] cannot be deleted while in status ${currentPhase(stack, ctx.now).status}`);
    }
    startDelete(ctx, stack, previousTemplate(stack));
    return undefined;
  },
  DescribeStacks: (input, req, emu) => {
    const ctx = engineContext(req, emu);
    const data = cfnData(ctx.state, ctx.account, ctx.region);
    const name = input.optString('StackName');
    const stacks = name === undefined ? data.stacks.filter((stack) => !isDeleted(stack, ctx.now)) : [requireStack(data, name, ctx.now)];
    return { Stacks: stacks.map((stack) => stackXml(stack, ctx.now)) };
  },
  ListStacks: (input, req, emu) => {
    const ctx = engineContext(req, emu);
    const filter = input.optList('StackStatusFilter') ?? [];
    const summaries = cfnData(ctx.state, ctx.account, ctx.region)
      .stacks.map((stack) => ({ stack, phase: currentPhase(stack, ctx.now) }))
      .filter(({ phase }) => filter.length === 0 || filter.includes(phase.status))
      .reverse()
      .map(({ stack, phase }) => ({
        StackId: stack.id,
        StackName: stack.name,
        TemplateDescription: stack.description,
        CreationTime: isoTime(stack.createdAt),
        LastUpdatedTime: stack.updatedAt !== undefined ? isoTime(stack.updatedAt) : undefined,
        DeletionTime: isDeleted(stack, ctx.now) ? isoTime(stack.deletedAt!) : undefined,
        StackStatus: phase.status,
        StackStatusReason: phase.reason,
        DriftInformation: { StackDriftStatus: 'NOT_CHECKED' },
      }));
    return { StackSummaries: summaries };
  },
  DescribeStackEvents: (input, req, emu) => {
    const ctx = engineContext(req, emu);
    const stack = requireStack(cfnData(ctx.state, ctx.account, ctx.region), stackNameInput(input, false), ctx.now);
    // Events are stored oldest first; operations never overlap, so reversing gives newest first.
    const events = stack.events.filter((event) => event.at <= ctx.now).reverse();
    const offset = decodePageToken(input.optString('NextToken'), () => validation('Invalid NextToken.'));
    const result = page(events, offset, EVENTS_PAGE);
    return {
      StackEvents: result.items.map((event) => ({
        StackId: stack.id,
        EventId: event.id,
        StackName: stack.name,
        LogicalResourceId: event.logicalId,
        PhysicalResourceId: event.physicalId,
        ResourceType: event.type,
        Timestamp: isoTime(event.at),
        ResourceStatus: event.status,
        ResourceStatusReason: event.reason,
        ResourceProperties: event.properties,
      })),
      NextToken: result.nextToken,
    };
  },
  DescribeStackResources: (input, req, emu) => {
    const ctx = engineContext(req, emu);
    const data = cfnData(ctx.state, ctx.account, ctx.region);
    const stackName = input.optString('StackName');
    const physicalId = input.optString('PhysicalResourceId');
    let stack: Stack | undefined;
    if (stackName !== undefined) stack = requireStack(data, stackName, ctx.now);
    else if (physicalId !== undefined) {
      stack = data.stacks.find((s) => !isDeleted(s, ctx.now) && Object.values(s.resources).some((r) => r.physicalId === physicalId));
      if (!stack) throw validation(`Stack for ${physicalId} does not exist`);
    } else {
      throw validation('Either StackName or PhysicalResourceId must be specified.');
    }
    const logicalId = input.optString('LogicalResourceId');
    const resources = visibleResources(stack, ctx.now).filter(({ resource }) => logicalId === undefined || resource.logicalId === logicalId);
    return {
      StackResources: resources.map((visible) => ({ StackName: stack.name, StackId: stack.id, ...resourceXml(visible, 'Timestamp') })),
    };
  },
  ListStackResources: (input, req, emu) => {
    const ctx = engineContext(req, emu);
    const stack = requireStack(cfnData(ctx.state, ctx.account, ctx.region), stackNameInput(input, false), ctx.now);
    return {
      StackResourceSummaries: visibleResources(stack, ctx.now).map((visible) => resourceXml(visible, 'LastUpdatedTimestamp')),
    };
  },
  GetTemplate: (input, req, emu) => {
    const ctx = engineContext(req, emu);
    const stageInput = input.optString('TemplateStage');
    if (stageInput !== undefined && stageInput !== 'Original' && stageInput !== 'Processed') {
      throw validation(constraintMessage('templateStage', stageInput, 'Member must satisfy enum value set: [Original, Processed]'));
    }
    const body =
      input.optString('ChangeSetName') !== undefined
        ? findChangeSet(ctx, input).templateBody
        : requireStack(cfnData(ctx.state, ctx.account, ctx.region), input.string('StackName'), ctx.now).templateBody;
    return { TemplateBody: body, StagesAvailable: ['Original', 'Processed'] };
  },
  ValidateTemplate: (input) => {
    const template = parse(templateBodyInput(input, undefined));
    const { capability, types } = requiredCapabilities(template);
    const transforms = template.Transform === undefined ? [] : Array.isArray(template.Transform) ? template.Transform : [template.Transform];
    return {
      Parameters: nonEmpty(
        Object.entries(template.Parameters ?? {}).map(([key, definition]) => ({
          ParameterKey: key,
          DefaultValue: definition.Default === undefined ? undefined : Array.isArray(definition.Default) ? definition.Default.join(',') : String(definition.Default),
          NoEcho: isNoEcho(definition),
          Description: definition.Description,
        })),
      ),
      Description: template.Description,
      Capabilities: capability ? [capability] : undefined,
      CapabilitiesReason: capability ? `The following resource(s) require capabilities: [${types.join(', ')}]` : undefined,
      DeclaredTransforms: nonEmpty(transforms),
    };
  },
};
