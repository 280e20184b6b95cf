import { AwsError } from '../../../types.js';
import { providers } from '../providers/index.js';
import { ResourceFailure, type ProviderContext } from '../providers/provider.js';
import { Evaluator, canonical, pendingValue, type ResourceLookup } from '../template/intrinsics.js';
import { templateError, type Json, type JsonObject, type Template } from '../template/types.js';
import { cfnData, isDeleted, type Desired, type EngineContext, type Stack, type StackOutput, type StackResource } from './stacks.js';

/** What the engine asks of a template for one stack: resource lookups, outputs, failure reasons, replacement and deletion policy. */

export function providerContext(ctx: EngineContext, stack: Stack, logicalId: string): ProviderContext {
  return { state: ctx.state, account: ctx.account, region: ctx.region, stackName: stack.name, logicalId, now: ctx.now, baseUrl: ctx.baseUrl };
}

/**
 * Ref, GetAtt and ImportValue over a map of resources; `pending` (change-set planning) names the
 * resources whose values are not known until they are created.
 */
export function lookupOver(ctx: EngineContext, stack: Stack, resources: Record<string, StackResource>, pending = new Set<string>()): ResourceLookup {
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

export function outputText(value: Json): string {
  if (Array.isArray(value)) return value.map(outputText).join(',');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function evaluateOutputs(ctx: EngineContext, stack: Stack, evaluate: Evaluator): StackOutput[] {
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
export function failureReason(error: unknown): string {
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

export function needsReplacement(type: string, before: JsonObject, after: JsonObject): boolean {
  const provider = providers[type]!;
  if (!provider.update) return true;
  return Object.entries(provider.properties).some(([key, spec]) => spec.replaces && canonical(before[key]) !== canonical(after[key]));
}

export function deletionPolicy(template: Template | undefined, logicalId: string, attribute: 'DeletionPolicy' | 'UpdateReplacePolicy'): string {
  return template?.Resources[logicalId]?.[attribute] ?? 'Delete';
}
