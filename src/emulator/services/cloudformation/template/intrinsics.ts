import { deploymentOrder, getAttArguments, splitOnce, subArguments } from './dependencies.js';
import { isListType, splitList } from './parameters.js';
import { isObject, templateError, templateFormatError, type Json, type JsonObject, type Template } from './types.js';

/** Conditions and intrinsic functions (Ref, Fn::GetAtt, Fn::Sub, Fn::If, …) evaluated for one stack operation. */
/** The value Ref and GetAtt give for a resource while its real value is not known yet (change-set planning). */
const PENDING_PREFIX = '{{emulator:pending:';

export function pendingValue(logicalId: string, attribute?: string): string {
  return `${PENDING_PREFIX}${logicalId}${attribute ? `.${attribute}` : ''}}}`;
}

export function containsPending(value: unknown): boolean {
  return JSON.stringify(value ?? null).includes(PENDING_PREFIX);
}

/** Where Ref and GetAtt of a resource, and Fn::ImportValue, find their values. */
export interface ResourceLookup {
  ref(logicalId: string): Json;
  getAtt(logicalId: string, attribute: string): Json;
  importValue(name: string): Json;
}

export interface PseudoParameters {
  account: string;
  region: string;
  stackName: string;
  stackId: string;
}

/** Marks a value removed by AWS::NoValue until the enclosing object or list drops it. */
const NO_VALUE: unique symbol = Symbol('AWS::NoValue');
type Evaluated = Json | typeof NO_VALUE;

/** Evaluates conditions and intrinsic functions for one stack operation. */
export class Evaluator {
  private readonly conditionValues = new Map<string, boolean>();

  constructor(
    readonly template: Template,
    private readonly parameters: Record<string, string>,
    private readonly pseudo: PseudoParameters,
    private readonly lookup: ResourceLookup,
  ) {}

  condition(name: string, seen: string[] = []): boolean {
    const known = this.conditionValues.get(name);
    if (known !== undefined) return known;
    if (seen.includes(name)) throw templateError(`circular condition dependency: ${[...seen, name].join(' -> ')}`);
    const definition = this.template.Conditions?.[name];
    if (definition === undefined) throw templateError(`unresolved condition dependency ${name}`);
    const value = this.conditionExpression(definition, [...seen, name]);
    this.conditionValues.set(name, value);
    return value;
  }

  private conditionExpression(expression: Json, seen: string[]): boolean {
    if (isObject(expression) && typeof expression.Condition === 'string' && Object.keys(expression).length === 1) {
      return this.condition(expression.Condition, seen);
    }
    if (isObject(expression) && Object.keys(expression).length === 1) {
      const [name, argument] = Object.entries(expression)[0]!;
      const list = Array.isArray(argument) ? argument : [];
      switch (name) {
        case 'Fn::Equals': {
          if (list.length !== 2) throw templateError('Fn::Equals requires a list of two values.');
          return scalarText(this.evaluate(list[0]!)) === scalarText(this.evaluate(list[1]!));
        }
        case 'Fn::Not':
          if (list.length !== 1) throw templateError('Fn::Not requires a list of one condition.');
          return !this.conditionExpression(list[0]!, seen);
        case 'Fn::And':
          if (list.length < 2 || list.length > 10) throw templateError('Fn::And requires a list of 2 to 10 conditions.');
          return list.every((item) => this.conditionExpression(item, seen));
        case 'Fn::Or':
          if (list.length < 2 || list.length > 10) throw templateError('Fn::Or requires a list of 2 to 10 conditions.');
          return list.some((item) => this.conditionExpression(item, seen));
      }
    }
    throw templateError(`a condition must be Fn::Equals, Fn::Not, Fn::And, Fn::Or or a Condition reference, got ${JSON.stringify(expression)}`);
  }

  /** Whether a resource or output with this Condition attribute exists in this deployment. */
  included(condition: string | undefined): boolean {
    return condition === undefined || this.condition(condition);
  }

  /** The included resources, in deployment order. */
  resourceOrder(): string[] {
    const included = Object.entries(this.template.Resources)
      .filter(([, resource]) => this.included(resource.Condition))
      .map(([id]) => id);
    return deploymentOrder(this.template, included);
  }

  /** A resource's properties with every function evaluated and AWS::NoValue members removed. */
  properties(logicalId: string): JsonObject {
    const value = this.evaluate(this.template.Resources[logicalId]!.Properties ?? {});
    return isObject(value) ? value : {};
  }

  /** A value with every intrinsic function evaluated; a top-level AWS::NoValue becomes null. */
  value(value: Json): Json {
    const result = this.evaluate(value);
    return result === NO_VALUE ? null : result;
  }

  private evaluate(value: Json): Evaluated {
    if (Array.isArray(value)) {
      return value.map((item) => this.evaluate(item)).filter((item): item is Json => item !== NO_VALUE);
    }
    if (!isObject(value)) return value;
    const keys = Object.keys(value);
    if (keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'))) return this.call(keys[0]!, value[keys[0]!]!);
    const result: JsonObject = {};
    for (const [key, item] of Object.entries(value)) {
      const evaluated = this.evaluate(item);
      if (evaluated !== NO_VALUE) result[key] = evaluated;
    }
    return result;
  }

  private ref(name: string): Evaluated {
    switch (name) {
      case 'AWS::NoValue':
        return NO_VALUE;
      case 'AWS::AccountId':
        return this.pseudo.account;
      case 'AWS::Region':
        return this.pseudo.region;
      case 'AWS::StackName':
        return this.pseudo.stackName;
      case 'AWS::StackId':
        return this.pseudo.stackId;
      case 'AWS::Partition':
        return 'aws';
      case 'AWS::URLSuffix':
        return 'amazonaws.com';
      case 'AWS::NotificationARNs':
        return [];
    }
    const definition = this.template.Parameters?.[name];
    if (definition) {
      const value = this.parameters[name] ?? '';
      return isListType(definition.Type) ? splitList(value) : value;
    }
    return this.lookup.ref(name);
  }

  private call(name: string, argument: Json): Evaluated {
    switch (name) {
      case 'Ref':
        return this.ref(String(argument));
      case 'Fn::GetAtt': {
        const [target, attribute] = getAttArguments(argument);
        return this.lookup.getAtt(target, attribute);
      }
      case 'Fn::Sub': {
        const [text, variables] = subArguments(argument);
        const values = new Map(Object.entries(variables).map(([key, item]) => [key, this.evaluate(item)] as const));
        return text.replace(/\$\{([^}]*)\}/g, (_whole, raw: string) => {
          const variable = raw.trim();
          if (variable.startsWith('!')) return `\${${variable.slice(1)}}`;
          if (values.has(variable)) return scalarText(values.get(variable)!);
          const [head, attribute] = splitOnce(variable, '.');
          if (attribute !== undefined && Object.hasOwn(this.template.Resources, head)) return scalarText(this.lookup.getAtt(head, attribute));
          return scalarText(this.ref(variable));
        });
      }
      case 'Fn::Join': {
        if (!Array.isArray(argument) || argument.length !== 2 || typeof argument[0] !== 'string') {
          throw templateError('Fn::Join requires a delimiter and a list of values.');
        }
        const list = this.evaluate(argument[1]!);
        if (!Array.isArray(list)) throw templateError('Fn::Join requires a list of values to join.');
        return list.map(scalarText).join(argument[0]);
      }
      case 'Fn::If': {
        const [condition, whenTrue, whenFalse] = argument as [string, Json, Json];
        return this.evaluate(this.condition(condition) ? whenTrue : whenFalse);
      }
      case 'Fn::Equals':
      case 'Fn::Not':
      case 'Fn::And':
      case 'Fn::Or':
        return this.conditionExpression({ [name]: argument }, []);
      case 'Fn::Select': {
        if (!Array.isArray(argument) || argument.length !== 2) throw templateError('Fn::Select requires an index and a list.');
        const index = Number(this.evaluate(argument[0]!));
        const list = this.evaluate(argument[1]!);
        if (!Array.isArray(list)) throw templateError('Fn::Select requires a list to select from.');
        if (!Number.isInteger(index) || index < 0 || index >= list.length) {
          throw templateError(`Fn::Select cannot select nonexistent value at index ${String(index)}`);
        }
        return list[index]!;
      }
      case 'Fn::Split': {
        if (!Array.isArray(argument) || argument.length !== 2 || typeof argument[0] !== 'string') {
          throw templateError('Fn::Split requires a delimiter and a string.');
        }
        return scalarText(this.evaluate(argument[1]!)).split(argument[0]);
      }
      case 'Fn::GetAZs': {
        const region = scalarText(this.evaluate(argument)) || this.pseudo.region;
        return ['a', 'b', 'c'].map((zone) => `${region}${zone}`);
      }
      case 'Fn::Base64':
        return Buffer.from(scalarText(this.evaluate(argument))).toString('base64');
      case 'Fn::FindInMap': {
        const [map, top, second] = (argument as Json[]).map((item) => scalarText(this.evaluate(item)));
        const found = this.template.Mappings?.[map!]?.[top!]?.[second!];
        if (found === undefined) throw templateError(`Unable to get mapping for ${map}::${top}::${second}`);
        return found;
      }
      case 'Fn::ImportValue':
        return this.lookup.importValue(scalarText(this.evaluate(argument)));
      case 'Fn::ToJsonString':
        return JSON.stringify(this.value(argument));
    }
    throw templateFormatError(`Encountered unsupported function: ${name}`);
  }
}

/** A value used inside a string (Sub, Join, Equals): lists are not allowed, the rest prints as CloudFormation prints it. */
function scalarText(value: Evaluated): string {
  if (value === NO_VALUE || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw templateError(`expected a string value, got ${JSON.stringify(value)}`);
}

/** Stable JSON, keys sorted, for comparing properties and outputs. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    isObject(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : item,
  );
}
