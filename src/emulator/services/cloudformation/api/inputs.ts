import { AwsError, type EmuContext, type EmuRequest } from '../../../types.js';
import { constraintMessage } from '../../../protocols/wire.js';
import type { QueryInput } from '../../../protocols/query-rpc.js';
import { currentPhase, isBusy, type Desired, type EngineContext, type Stack, type Tag } from '../engine/stacks.js';
import { evaluator } from '../engine/evaluation.js';
import { providers } from '../providers/index.js';
import { checkCapabilities, isNoEcho, resolveParameters, type GivenParameter } from '../template/parameters.js';
import { MAX_TEMPLATE_BODY, parseTemplate } from '../template/parse.js';
import type { Template } from '../template/types.js';

/** Reading CloudFormation requests: names, templates, parameters and the checks made before an operation starts. */
export const NAME_PATTERN = /^[a-zA-Z][-a-zA-Z0-9]*$/;
const STACK_NAME_OR_ID = /^([a-zA-Z][-a-zA-Z0-9]*|arn:[-a-zA-Z0-9:/._+]*)$/;
const UPDATABLE = ['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'UPDATE_ROLLBACK_COMPLETE'];

export function engineContext(req: EmuRequest, ctx: EmuContext): EngineContext {
  return { state: ctx.state, account: req.account, region: req.region, now: ctx.now(), delay: ctx.state.settings.provisioningDelayMs, baseUrl: ctx.baseUrl };
}

export function validation(message: string): AwsError {
  return new AwsError('ValidationError', message);
}

export function checkName(member: string, value: string, pattern: RegExp, source: string): void {
  if (value.length > 128) throw validation(constraintMessage(member, value, 'Member must have length less than or equal to 128'));
  if (!pattern.test(value)) throw validation(constraintMessage(member, value, `Member must satisfy regular expression pattern: ${source}`));
}

export function stackNameInput(input: QueryInput, forCreate: boolean): string {
  const name = input.string('StackName');
  if (forCreate) checkName('stackName', name, NAME_PATTERN, '[a-zA-Z][-a-zA-Z0-9]*');
  else checkName('stackName', name, STACK_NAME_OR_ID, '[a-zA-Z][-a-zA-Z0-9]*|arn:[-a-zA-Z0-9:/._+]*');
  return name;
}

/** TemplateBody, or the stack's current template when UsePreviousTemplate is set. */
export function templateBodyInput(input: QueryInput, stack: Stack | undefined): string {
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

export function parse(body: string): Template {
  return parseTemplate(body, providers);
}

function tagsInput(input: QueryInput): Tag[] | undefined {
  return input.optStructList('Tags')?.map((tag) => ({ Key: tag.Key ?? '', Value: tag.Value ?? '' }));
}

/**
 * Everything an operation needs, checked up front as CloudFormation checks it before it starts:
 * template, capabilities, parameters, conditions and dependency order.
 */
export function desiredState(ctx: EngineContext, input: QueryInput, stack: Stack): Desired {
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

export function rejectUnsupportedOptions(input: QueryInput): void {
  const onFailure = input.optString('OnFailure');
  if (input.optBoolean('DisableRollback') || (onFailure !== undefined && onFailure !== 'ROLLBACK')) {
    throw validation('The emulator always rolls back a failed stack operation: DisableRollback and OnFailure other than ROLLBACK are not supported.');
  }
}

export function checkUpdatable(stack: Stack, now: number): void {
  const status = currentPhase(stack, now).status;
  if (isBusy(stack, now) || !UPDATABLE.includes(status)) {
    throw validation(`Stack:${stack.id} is in ${status} state and can not be updated.`);
  }
}

export function previousTemplate(stack: Stack): Template | undefined {
  return stack.templateBody === '' ? undefined : parse(stack.templateBody);
}

export function tagsChanged(stack: Stack, desired: Desired): boolean {
  return JSON.stringify(stack.tags) !== JSON.stringify(desired.tags);
}
