import { randomUUID } from 'node:crypto';
import { AwsError } from '../../../types.js';
import { constraintMessage, isoTime } from '../../../protocols/wire.js';
import type { QueryHandler, QueryInput, XmlValue } from '../../../protocols/query-rpc.js';
import { startCreate, startReview, startUpdate } from '../engine/operations.js';
import { planChanges } from '../engine/plan.js';
import { cfnData, currentPhase, findStack, newStack, requireStack, type ChangeSet, type Desired, type EngineContext, type Stack } from '../engine/stacks.js';
import { NAME_PATTERN, checkName, checkUpdatable, desiredState, engineContext, parse, previousTemplate, rejectUnsupportedOptions, stackNameInput, tagsChanged, validation } from './inputs.js';
import { changeSetStatus, changeXml, nonEmpty, parametersXml } from './render.js';

/** Change sets: CreateChangeSet plans an update without touching anything; ExecuteChangeSet runs it. */

const NO_CHANGES = "The submitted information didn't contain changes. Submit different information to create a change set.";

export function findChangeSet(ctx: EngineContext, input: QueryInput): ChangeSet {
  const name = input.string('ChangeSetName');
  const data = cfnData(ctx.state, ctx.account, ctx.region);
  let found: ChangeSet | undefined;
  if (name.startsWith('arn:')) {
    found = data.changeSets.find((changeSet) => changeSet.id === name);
  } else {
    const stackName = input.optString('StackName');
    if (stackName === undefined) throw validation('StackName must be specified if ChangeSetName is not specified as an ARN.');
    const stack = findStack(data, stackName, ctx.now);
    found = stack && data.changeSets.find((changeSet) => changeSet.stackId === stack.id && changeSet.name === name);
  }
  if (!found) throw new AwsError('ChangeSetNotFound', `ChangeSet [${name}] does not exist`, 404);
  return found;
}

function createChangeSet(ctx: EngineContext, input: QueryInput): XmlValue {
  const stackName = stackNameInput(input, true);
  const name = input.string('ChangeSetName');
  checkName('changeSetName', name, NAME_PATTERN, '[a-zA-Z][-a-zA-Z0-9]*');
  const type = input.optString('ChangeSetType') ?? 'UPDATE';
  if (type !== 'CREATE' && type !== 'UPDATE') {
    throw validation(type === 'IMPORT' ? 'ChangeSetType IMPORT is not supported by the emulator.' : constraintMessage('changeSetType', type, 'Member must satisfy enum value set: [CREATE, UPDATE, IMPORT]'));
  }
  const data = cfnData(ctx.state, ctx.account, ctx.region);
  const existing = findStack(data, stackName, ctx.now);
  let stack: Stack;
  if (type === 'CREATE') {
    if (existing && currentPhase(existing, ctx.now).status !== 'REVIEW_IN_PROGRESS') {
      throw new AwsError('AlreadyExistsException', `Stack [${stackName}] already exists and cannot be created again with the changeSet [${name}].`);
    }
    stack = existing ?? newStack(ctx, stackName);
  } else {
    if (!existing) throw validation(`Stack [${stackName}] does not exist`);
    checkUpdatable(existing, ctx.now);
    stack = existing;
  }
  if (data.changeSets.some((changeSet) => changeSet.stackId === stack.id && changeSet.name === name)) {
    throw new AwsError('AlreadyExistsException', `ChangeSet [${name}] already exists`);
  }
  const desired = desiredState(ctx, input, stack);
  if (!existing) {
    data.stacks.push(stack);
    startReview(ctx, stack);
  }
  const { changes, outputsChanged } = planChanges(ctx, stack, desired);
  const empty = changes.length === 0 && !outputsChanged && !tagsChanged(stack, desired);
  const description = input.optString('Description');
  const changeSet: ChangeSet = {
    id: `arn:aws:cloudformation:${ctx.region}:${ctx.account}:changeSet/${name}/${randomUUID()}`,
    name,
    stackId: stack.id,
    stackName: stack.name,
    type,
    createdAt: ctx.now,
    readyAt: ctx.now + ctx.delay,
    ...(description !== undefined ? { description } : {}),
    templateBody: desired.templateBody,
    parameters: desired.parameters,
    noEcho: desired.noEcho,
    capabilities: desired.capabilities,
    tags: desired.tags,
    changes,
    ...(empty ? { failureReason: NO_CHANGES } : {}),
  };
  data.changeSets.push(changeSet);
  return { Id: changeSet.id, StackId: stack.id };
}

function describeChangeSet(ctx: EngineContext, input: QueryInput): XmlValue {
  const changeSet = findChangeSet(ctx, input);
  const status = changeSetStatus(changeSet, ctx.now);
  const ready = status.Status !== 'CREATE_IN_PROGRESS';
  return {
    ChangeSetName: changeSet.name,
    ChangeSetId: changeSet.id,
    StackId: changeSet.stackId,
    StackName: changeSet.stackName,
    Description: changeSet.description,
    Parameters: parametersXml(changeSet.parameters, changeSet.noEcho),
    CreationTime: isoTime(changeSet.createdAt),
    ...status,
    Capabilities: nonEmpty(changeSet.capabilities),
    Tags: nonEmpty(changeSet.tags.map((tag) => ({ Key: tag.Key, Value: tag.Value }))),
    Changes: ready ? changeSet.changes.map(changeXml) : undefined,
    IncludeNestedStacks: false,
  };
}

function executeChangeSet(ctx: EngineContext, input: QueryInput): XmlValue {
  const changeSet = findChangeSet(ctx, input);
  const status = changeSetStatus(changeSet, ctx.now);
  if (status.ExecutionStatus !== 'AVAILABLE') {
    throw new AwsError('InvalidChangeSetStatus', `ChangeSet [${changeSet.id}] cannot be executed in its current status of [${status.Status}] and execution status of [${status.ExecutionStatus}]`);
  }
  rejectUnsupportedOptions(input);
  const data = cfnData(ctx.state, ctx.account, ctx.region);
  const stack = requireStack(data, changeSet.stackId, ctx.now);
  const template = parse(changeSet.templateBody);
  const desired: Desired = {
    templateBody: changeSet.templateBody,
    template,
    parameters: changeSet.parameters,
    noEcho: changeSet.noEcho,
    capabilities: changeSet.capabilities,
    tags: changeSet.tags,
  };
  if (changeSet.type === 'CREATE') {
    if (currentPhase(stack, ctx.now).status !== 'REVIEW_IN_PROGRESS') {
      throw validation(`Stack:${stack.id} is in ${currentPhase(stack, ctx.now).status} state and can not be created with a CREATE change set.`);
    }
    changeSet.execution = startCreate(ctx, stack, desired);
  } else {
    checkUpdatable(stack, ctx.now);
    changeSet.execution = startUpdate(ctx, stack, desired, previousTemplate(stack)!);
  }
  // CloudFormation removes a stack's other change sets once one is executed.
  data.changeSets = data.changeSets.filter((other) => other.stackId !== stack.id || other === changeSet);
  return undefined;
}

export const changeSetHandlers: Record<string, QueryHandler> = {
  CreateChangeSet: (input, req, emu) => createChangeSet(engineContext(req, emu), input),
  DescribeChangeSet: (input, req, emu) => describeChangeSet(engineContext(req, emu), input),
  ExecuteChangeSet: (input, req, emu) => executeChangeSet(engineContext(req, emu), input),
  DeleteChangeSet: (input, req, emu) => {
    const ctx = engineContext(req, emu);
    const changeSet = findChangeSet(ctx, input);
    if (changeSetStatus(changeSet, ctx.now).ExecutionStatus === 'EXECUTE_IN_PROGRESS') {
      throw new AwsError('InvalidChangeSetStatus', `ChangeSet [${changeSet.id}] cannot be deleted while it is being executed`);
    }
    const data = cfnData(ctx.state, ctx.account, ctx.region);
    data.changeSets = data.changeSets.filter((other) => other !== changeSet);
    return undefined;
  },
  ListChangeSets: (input, req, emu) => {
    const ctx = engineContext(req, emu);
    const data = cfnData(ctx.state, ctx.account, ctx.region);
    const stack = requireStack(data, stackNameInput(input, false), ctx.now);
    return {
      Summaries: data.changeSets
        .filter((changeSet) => changeSet.stackId === stack.id)
        .map((changeSet) => ({
          StackId: changeSet.stackId,
          StackName: changeSet.stackName,
          ChangeSetId: changeSet.id,
          ChangeSetName: changeSet.name,
          ...changeSetStatus(changeSet, ctx.now),
          CreationTime: isoTime(changeSet.createdAt),
          Description: changeSet.description,
          IncludeNestedStacks: false,
        })),
    };
  },
};
