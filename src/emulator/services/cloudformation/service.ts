import { randomUUID } from 'node:crypto';
import { AwsError, type EmuContext, type EmuRequest, type ServiceModule } from '../../types.js';
import { isoTime } from '../../protocols/wire.js';
import {
  MAX_TEMPLATE_BODY,
  checkCapabilities,
  isNoEcho,
  parseTemplate,
  requiredCapabilities,
  resolveParameters,
  type GivenParameter,
  type Template,
} from './template.js';
import {
  cfnData,
  currentPhase,
  evaluator,
  failureRules,
  findStack,
  isBusy,
  isDeleted,
  newStack,
  planChanges,
  requireStack,
  startCreate,
  startDelete,
  startReview,
  startUpdate,
  type ChangeSet,
  type Desired,
  type EngineContext,
  type ResourceChange,
  type Stack,
  type Tag,
} from './engine.js';
import { providers } from './providers.js';
import { constraintMessage, decodePageToken, page } from '../../protocols/json-rpc.js';
import { queryRouter, type QueryHandler, type QueryInput, type XmlValue } from '../../protocols/query-rpc.js';

/**
 * CloudFormation (awsQuery): stacks, change sets and the resource types our templates use,
 * provisioned into the emulated ECR, IAM and Cognito. See engine.ts for how
 * operations and their statuses unfold.
 */
const XMLNS = 'http://cloudformation.amazonaws.com/doc/2010-05-15/';
const NAME_PATTERN = /^[a-zA-Z][-a-zA-Z0-9]*$/;
const STACK_NAME_OR_ID = /^([a-zA-Z][-a-zA-Z0-9]*|arn:[-a-zA-Z0-9:/._+]*)$/;
const UPDATABLE = ['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'UPDATE_ROLLBACK_COMPLETE'];
const NO_CHANGES = "The submitted information didn't contain changes. Submit different information to create a change set.";
const EVENTS_PAGE = 100;

function engineContext(req: EmuRequest, ctx: EmuContext): EngineContext {
  return { state: ctx.state, account: req.account, region: req.region, now: ctx.now(), delay: ctx.state.settings.provisioningDelayMs };
}

function validation(message: string): AwsError {
  return new AwsError('ValidationError', message);
}

function checkName(member: string, value: string, pattern: RegExp, source: string): void {
  if (value.length > 128) throw validation(constraintMessage(member, value, 'Member must have length less than or equal to 128'));
  if (!pattern.test(value)) throw validation(constraintMessage(member, value, `Member must satisfy regular expression pattern: ${source}`));
}

function stackNameInput(input: QueryInput, forCreate: boolean): string {
  const name = input.string('StackName');
  if (forCreate) checkName('stackName', name, NAME_PATTERN, '[a-zA-Z][-a-zA-Z0-9]*');
  else checkName('stackName', name, STACK_NAME_OR_ID, '[a-zA-Z][-a-zA-Z0-9]*|arn:[-a-zA-Z0-9:/._+]*');
  return name;
}

/** TemplateBody, or the stack's current template when UsePreviousTemplate is set. */
function templateBodyInput(input: QueryInput, stack: Stack | undefined): string {
  if (input.optString('TemplateURL') !== undefined) {
    throw validation('TemplateURL is not supported by the emulator (it has no S3): pass the template as TemplateBody.');
  }
  if (input.optBoolean('UsePreviousTemplate')) {
    if (!stack || stack.templateBody === '') throw validation('UsePreviousTemplate requires an existing stack with a template.');
    return stack.templateBody;
  }
  const body = input.optString('TemplateBody');
  if (body === undefined) throw validation('Either Template URL or Template Body must be specified.');
  if (body.length > MAX_TEMPLATE_BODY) {
    throw validation(constraintMessage('templateBody', '…', `Member must have length less than or equal to ${MAX_TEMPLATE_BODY}`));
  }
  return body;
}

function parse(body: string): Template {
  return parseTemplate(body, providers);
}

function tagsInput(input: QueryInput): Tag[] | undefined {
  return input.optStructList('Tags')?.map((tag) => ({ Key: tag.Key ?? '', Value: tag.Value ?? '' }));
}

/**
 * Everything an operation needs, checked up front as CloudFormation checks it before it starts:
 * template, capabilities, parameters, conditions and dependency order.
 */
function desiredState(ctx: EngineContext, input: QueryInput, stack: Stack): Desired {
  const templateBody = templateBodyInput(input, stack);
  const template = parse(templateBody);
  const capabilities = input.optList('Capabilities') ?? [];
  checkCapabilities(template, capabilities);
  const given = (input.optStructList('Parameters') ?? []) as GivenParameter[];
  const parameters = resolveParameters(template, given, stack.parameters);
  const noEcho = Object.entries(template.Parameters ?? {})
    .filter(([, definition]) => isNoEcho(definition))
    .map(([key]) => key);
  const desired: Desired = { templateBody, template, parameters, noEcho, capabilities, tags: tagsInput(input) ?? stack.tags };
  evaluator(ctx, stack, desired, { ref: () => '', getAtt: () => '', importValue: () => '' }).resourceOrder();
  return desired;
}

function rejectUnsupportedOptions(input: QueryInput): void {
  const onFailure = input.optString('OnFailure');
  if (input.optBoolean('DisableRollback') || (onFailure !== undefined && onFailure !== 'ROLLBACK')) {
    throw validation('The emulator always rolls back a failed stack operation: DisableRollback and OnFailure other than ROLLBACK are not supported.');
  }
}

function checkUpdatable(stack: Stack, now: number): void {
  const status = currentPhase(stack, now).status;
  if (isBusy(stack, now) || !UPDATABLE.includes(status)) {
    throw validation(`Stack:${stack.id} is in ${status} state and can not be updated.`);
  }
}

function previousTemplate(stack: Stack): Template | undefined {
  return stack.templateBody === '' ? undefined : parse(stack.templateBody);
}

function tagsChanged(stack: Stack, desired: Desired): boolean {
  return JSON.stringify(stack.tags) !== JSON.stringify(desired.tags);
}

// ---- Rendering --------------------------------------------------------------------------------

function parametersXml(values: Record<string, string>, noEcho: string[]): XmlValue {
  const entries = Object.entries(values);
  return entries.length === 0 ? undefined : entries.map(([key, value]) => ({ ParameterKey: key, ParameterValue: noEcho.includes(key) ? '****' : value }));
}

/** Lists AWS leaves out when empty (Outputs, Parameters, Capabilities); a result's own list, Tags and NotificationARNs are always sent. */
function nonEmpty<T extends XmlValue>(list: T[]): T[] | undefined {
  return list.length === 0 ? undefined : list;
}

function stackXml(stack: Stack, now: number): XmlValue {
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

/** A resource's status is that of its latest event the caller can see yet. */
function visibleResources(stack: Stack, now: number): Array<{ resource: Stack['resources'][string]; status: string; reason?: string; at: number }> {
  const result = [];
  for (const resource of Object.values(stack.resources)) {
    const event = stack.events.findLast((e) => e.logicalId === resource.logicalId && e.at <= now && e.type === resource.type);
    if (!event) continue;
    result.push({ resource, status: event.status, at: event.at, ...(event.reason ? { reason: event.reason } : {}) });
  }
  return result;
}

function changeSetStatus(changeSet: ChangeSet, now: number): { Status: string; ExecutionStatus: string; StatusReason?: string } {
  if (now < changeSet.readyAt) return { Status: 'CREATE_IN_PROGRESS', ExecutionStatus: 'UNAVAILABLE' };
  if (changeSet.failureReason !== undefined) return { Status: 'FAILED', ExecutionStatus: 'UNAVAILABLE', StatusReason: changeSet.failureReason };
  if (changeSet.execution) {
    const done = now >= changeSet.execution.doneAt;
    return { Status: 'CREATE_COMPLETE', ExecutionStatus: !done ? 'EXECUTE_IN_PROGRESS' : changeSet.execution.ok ? 'EXECUTE_COMPLETE' : 'EXECUTE_FAILED' };
  }
  return { Status: 'CREATE_COMPLETE', ExecutionStatus: changeSet.obsolete ? 'OBSOLETE' : 'AVAILABLE' };
}

// ---- Change sets ------------------------------------------------------------------------------

function findChangeSet(ctx: EngineContext, input: QueryInput): ChangeSet {
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

function changeXml(change: ResourceChange): XmlValue {
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

// ---- Handlers ---------------------------------------------------------------------------------

const handlers: Record<string, QueryHandler> = {
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
      StackResources: resources.map(({ resource, status, reason, at }) => ({
        StackName: stack.name,
        StackId: stack.id,
        LogicalResourceId: resource.logicalId,
        PhysicalResourceId: resource.physicalId,
        ResourceType: resource.type,
        Timestamp: isoTime(at),
        ResourceStatus: status,
        ResourceStatusReason: reason,
        DriftInformation: { StackResourceDriftStatus: 'NOT_CHECKED' },
      })),
    };
  },
  ListStackResources: (input, req, emu) => {
    const ctx = engineContext(req, emu);
    const stack = requireStack(cfnData(ctx.state, ctx.account, ctx.region), stackNameInput(input, false), ctx.now);
    return {
      StackResourceSummaries: visibleResources(stack, ctx.now).map(({ resource, status, reason, at }) => ({
        LogicalResourceId: resource.logicalId,
        PhysicalResourceId: resource.physicalId,
        ResourceType: resource.type,
        LastUpdatedTimestamp: isoTime(at),
        ResourceStatus: status,
        ResourceStatusReason: reason,
        DriftInformation: { StackResourceDriftStatus: 'NOT_CHECKED' },
      })),
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

interface FailResourceBody {
  account?: unknown;
  region?: unknown;
  stackName?: unknown;
  logicalId?: unknown;
  reason?: unknown;
  count?: unknown;
}

function optionalText(body: FailResourceBody, key: keyof FailResourceBody): string | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw new Error(`fail-resource: "${key}" must be a non-empty string`);
  return value;
}

export const cloudformationService: ServiceModule = {
  name: 'cloudformation',
  protocol: 'query',
  signingNames: ['cloudformation'],
  throttlingCode: 'Throttling',
  route: queryRouter(XMLNS, handlers),
  control: {
    /** Fails the next create or update of a logical resource (optionally only in one account, region or stack). */
    'POST cloudformation/fail-resource': (raw, ctx) => {
      const body = (typeof raw === 'object' && raw !== null ? raw : {}) as FailResourceBody;
      const logicalId = optionalText(body, 'logicalId');
      if (logicalId === undefined) throw new Error('fail-resource needs "logicalId"');
      const count = body.count ?? 1;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) throw new Error('fail-resource: "count" must be an integer >= 1');
      const account = optionalText(body, 'account');
      const region = optionalText(body, 'region');
      const stackName = optionalText(body, 'stackName');
      const rule = {
        ...(account !== undefined ? { account } : {}),
        ...(region !== undefined ? { region } : {}),
        ...(stackName !== undefined ? { stackName } : {}),
        logicalId,
        reason: optionalText(body, 'reason') ?? `Injected failure for ${logicalId} (emulator fail-resource)`,
        remaining: count,
      };
      failureRules(ctx.state).push(rule);
      return rule;
    },
  },
};
