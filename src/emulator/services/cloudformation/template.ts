import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { AwsError } from '../../types.js';

/**
 * CloudFormation templates: parsing (JSON, or YAML with the short-form tags), the static checks
 * CloudFormation makes before it touches a resource, parameters, conditions and the intrinsic
 * functions. Nothing here knows about stacks or resource providers beyond their type names.
 */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface ParameterDefinition {
  Type: string;
  Default?: Json;
  AllowedValues?: Json[];
  AllowedPattern?: string;
  MinLength?: number;
  MaxLength?: number;
  MinValue?: number;
  MaxValue?: number;
  NoEcho?: boolean | string;
  Description?: string;
  ConstraintDescription?: string;
}

export interface ResourceDefinition {
  Type: string;
  Properties?: JsonObject;
  DependsOn?: string | string[];
  Condition?: string;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
}

export interface OutputDefinition {
  Value: Json;
  Description?: string;
  Condition?: string;
  Export?: { Name: Json };
}

export interface Template {
  AWSTemplateFormatVersion?: string;
  Description?: string;
  Transform?: string | string[];
  Parameters?: Record<string, ParameterDefinition>;
  Mappings?: Record<string, Record<string, JsonObject>>;
  Conditions?: Record<string, Json>;
  Resources: Record<string, ResourceDefinition>;
  Outputs?: Record<string, OutputDefinition>;
}

/** What the static checks need to know about resource types. */
export interface ResourceTypeInfo {
  attributes: readonly string[];
}

const TEMPLATE_SECTIONS = new Set([
  'AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Rules', 'Mappings', 'Conditions', 'Transform', 'Resources', 'Outputs',
]);
const RESOURCE_KEYS = new Set([
  'Type', 'Properties', 'DependsOn', 'Condition', 'DeletionPolicy', 'UpdateReplacePolicy', 'Metadata', 'CreationPolicy', 'UpdatePolicy',
]);
const PSEUDO_PARAMETERS = new Set([
  'AWS::AccountId', 'AWS::Region', 'AWS::StackName', 'AWS::StackId', 'AWS::Partition', 'AWS::URLSuffix', 'AWS::NoValue', 'AWS::NotificationARNs',
]);
const FUNCTIONS = new Set([
  'Ref', 'Condition', 'Fn::GetAtt', 'Fn::Sub', 'Fn::Join', 'Fn::If', 'Fn::Equals', 'Fn::Not', 'Fn::And', 'Fn::Or', 'Fn::Select',
  'Fn::Split', 'Fn::GetAZs', 'Fn::Base64', 'Fn::FindInMap', 'Fn::ImportValue', 'Fn::ToJsonString',
]);
const LANGUAGE_EXTENSIONS = 'AWS::LanguageExtensions';
/** Largest TemplateBody CloudFormation accepts inline. */
export const MAX_TEMPLATE_BODY = 51200;

export function templateFormatError(message: string): AwsError {
  return new AwsError('ValidationError', `Template format error: ${message}`);
}

export function templateError(message: string): AwsError {
  return new AwsError('ValidationError', `Template error: ${message}`);
}

/** Parses a TemplateBody (JSON or YAML) and makes the structural checks CloudFormation makes up front. */
export function parseTemplate(body: string, types: Record<string, ResourceTypeInfo>): Template {
  const value = body.trimStart().startsWith('{') ? parseJson(body) : parseYaml(body);
  if (!isObject(value)) throw templateFormatError('not a valid template: the top level must be an object');
  const unknown = Object.keys(value).filter((key) => !TEMPLATE_SECTIONS.has(key));
  if (unknown.length > 0) throw templateFormatError(`Invalid template property or properties [${unknown.join(', ')}]`);
  const template = value as unknown as Template;
  checkTransform(template);
  if (!isObject(value.Resources) || Object.keys(value.Resources).length === 0) {
    throw templateFormatError('At least one Resources member must be defined.');
  }
  checkStructure(template, types);
  checkReferences(template, types);
  deploymentOrder(template, allResources(template));
  return template;
}

function parseJson(body: string): Json {
  try {
    return JSON.parse(body) as Json;
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    const where = position === undefined ? '' : ` ${lineColumn(body, Number(position))}`;
    throw templateFormatError(`JSON not well-formed.${where}`);
  }
}

function lineColumn(body: string, offset: number): string {
  const before = body.slice(0, offset).split('\n');
  return `(line ${before.length}, column ${before[before.length - 1]!.length + 1})`;
}

function parseYaml(body: string): Json {
  const doc = parseDocument(body, { uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
    throw templateFormatError(`YAML not well-formed. (line ${line}, column ${column})`);
  }
  return yamlToJson(doc.contents, doc);
}

/** Converts the YAML tree to JSON, turning short-form tags (`!Ref x`, `!GetAtt a.b`, `!Sub …`) into their long forms. */
function yamlToJson(node: unknown, doc: Document): Json {
  if (isAlias(node)) return yamlToJson(node.resolve(doc), doc);
  let value: Json;
  if (isMap(node)) {
    const object: JsonObject = {};
    for (const pair of node.items) {
      const key = yamlToJson(pair.key, doc);
      object[String(key)] = yamlToJson(pair.value, doc);
    }
    value = object;
  } else if (isSeq(node)) {
    value = node.items.map((item) => yamlToJson(item, doc));
  } else if (isScalar(node)) {
    const scalar = node.value;
    value = typeof scalar === 'string' || typeof scalar === 'number' || typeof scalar === 'boolean' ? scalar : scalar === null ? null : String(scalar);
  } else {
    value = null;
  }
  const tag = (node as YamlNode | null)?.tag;
  if (!tag || !tag.startsWith('!') || tag.startsWith('!!')) return value;
  const name = tag.slice(1);
  if (name === 'Ref' || name === 'Condition') return { [name]: value };
  if (name === 'GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    return { 'Fn::GetAtt': dot === -1 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { [`Fn::${name}`]: value };
}

function checkTransform(template: Template): void {
  const transforms = template.Transform === undefined ? [] : Array.isArray(template.Transform) ? template.Transform : [template.Transform];
  const unsupported = transforms.filter((name) => name !== LANGUAGE_EXTENSIONS);
  if (unsupported.length > 0) {
    throw new AwsError('ValidationError', `Transform ${unsupported.join(', ')} is not supported by the emulator (only ${LANGUAGE_EXTENSIONS}).`);
  }
}

function hasLanguageExtensions(template: Template): boolean {
  const transforms = Array.isArray(template.Transform) ? template.Transform : [template.Transform];
  return transforms.includes(LANGUAGE_EXTENSIONS);
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const PARAMETER_TYPES = /^(String|Number|CommaDelimitedList|List<Number>|List<AWS::[A-Za-z0-9:]+>|AWS::(?!SSM::)[A-Za-z0-9:]+)$/;

function checkStructure(template: Template, types: Record<string, ResourceTypeInfo>): void {
  for (const [name, parameter] of Object.entries(template.Parameters ?? {})) {
    if (!isObject(parameter) || typeof parameter.Type !== 'string') {
      throw templateFormatError('Every Parameters object must contain a Type member.');
    }
    if (!PARAMETER_TYPES.test(parameter.Type)) {
      throw templateFormatError(`Unrecognized parameter type: ${parameter.Type} (parameter ${name}; SSM parameter types are not supported by the emulator)`);
    }
    if (parameter.AllowedValues !== undefined && !Array.isArray(parameter.AllowedValues)) {
      throw templateFormatError(`AllowedValues of parameter ${name} must be a list.`);
    }
    if (parameter.AllowedPattern !== undefined) {
      try {
        new RegExp(String(parameter.AllowedPattern));
      } catch {
        throw templateFormatError(`AllowedPattern of parameter ${name} is not a valid regular expression.`);
      }
    }
  }
  const unrecognized: string[] = [];
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    if (!/^[A-Za-z0-9]+$/.test(logicalId)) throw templateFormatError(`Resource name ${logicalId} is non alphanumeric.`);
    if (!isObject(resource) || typeof resource.Type !== 'string') {
      throw templateFormatError(`[/Resources/${logicalId}] Every Resources object must contain a Type member.`);
    }
    const extra = Object.keys(resource).filter((key) => !RESOURCE_KEYS.has(key));
    if (extra.length > 0) throw templateFormatError(`Invalid resource attribute(s) [${extra.join(', ')}] in resource ${logicalId}`);
    if (resource.Properties !== undefined && !isObject(resource.Properties)) {
      throw templateFormatError(`[/Resources/${logicalId}/Properties] Every Properties member must be an object.`);
    }
    if (!Object.hasOwn(types, resource.Type) && !unrecognized.includes(resource.Type)) unrecognized.push(resource.Type);
  }
  if (unrecognized.length > 0) throw templateFormatError(`Unrecognized resource types: [${unrecognized.join(', ')}]`);
  for (const [name, output] of Object.entries(template.Outputs ?? {})) {
    if (!isObject(output) || output.Value === undefined) throw templateFormatError(`Every Outputs member must contain a Value object (${name}).`);
    if (output.Export !== undefined && (!isObject(output.Export) || output.Export.Name === undefined)) {
      throw templateFormatError(`The Export of output ${name} must contain a Name.`);
    }
  }
}

/** Every Ref, GetAtt, Sub variable, DependsOn and condition name points at something that exists. */
function checkReferences(template: Template, types: Record<string, ResourceTypeInfo>): void {
  const parameters = new Set(Object.keys(template.Parameters ?? {}));
  const resources = template.Resources;
  const conditions = template.Conditions ?? {};
  const unresolved = new Set<string>();
  const languageExtensions = hasLanguageExtensions(template);

  const visit = (value: Json, inConditions: boolean): void => {
    if (Array.isArray(value)) {
      value.forEach((item) => visit(item, inConditions));
      return;
    }
    if (!isObject(value)) return;
    const keys = Object.keys(value);
    if (keys.length === 1 && (keys[0]!.startsWith('Fn::') || keys[0] === 'Ref')) {
      const name = keys[0]!;
      const argument = value[name]!;
      if (!FUNCTIONS.has(name) || (name === 'Fn::ToJsonString' && !languageExtensions)) {
        throw templateFormatError(`Encountered unsupported function: ${name}`);
      }
      if (name === 'Ref') {
        if (typeof argument !== 'string') throw templateError('Ref must reference a name (a string).');
        if (inConditions && Object.hasOwn(resources, argument)) {
          throw templateFormatError(`Unresolved dependencies [${argument}]. Cannot reference resources in the Conditions block of the template`);
        }
        if (!parameters.has(argument) && !Object.hasOwn(resources, argument) && !PSEUDO_PARAMETERS.has(argument)) unresolved.add(argument);
        return;
      }
      if (name === 'Fn::GetAtt') {
        const [target, attribute] = getAttArguments(argument);
        const resource = Object.hasOwn(resources, target) ? resources[target] : undefined;
        if (!resource) throw templateError(`instance of Fn::GetAtt references undefined resource ${target}`);
        if (!types[resource.Type]!.attributes.includes(attribute)) {
          throw templateError(`resource ${target} does not support attribute type ${attribute} in Fn::GetAtt`);
        }
        return;
      }
      if (name === 'Fn::Sub') {
        const [text, variables] = subArguments(argument);
        for (const variable of subVariables(text)) {
          if (Object.hasOwn(variables, variable)) continue;
          const [head, attribute] = splitOnce(variable, '.');
          if (attribute !== undefined && Object.hasOwn(resources, head)) {
            if (!types[resources[head]!.Type]!.attributes.includes(attribute)) {
              throw templateError(`resource ${head} does not support attribute type ${attribute} in Fn::Sub`);
            }
            continue;
          }
          if (!parameters.has(variable) && !Object.hasOwn(resources, variable) && !PSEUDO_PARAMETERS.has(variable)) unresolved.add(variable);
        }
        visit(variables, inConditions);
        return;
      }
      if (name === 'Fn::If') {
        if (!Array.isArray(argument) || argument.length !== 3 || typeof argument[0] !== 'string') {
          throw templateError('Fn::If requires a list of three arguments: a condition name, a value if true, a value if false.');
        }
        if (!Object.hasOwn(conditions, argument[0])) throw templateError(`unresolved condition dependency ${argument[0]} in Fn::If`);
      }
      if (name === 'Fn::FindInMap') {
        if (!Array.isArray(argument) || argument.length !== 3) throw templateError('Fn::FindInMap requires three arguments.');
        if (typeof argument[0] === 'string' && !Object.hasOwn(template.Mappings ?? {}, argument[0])) {
          throw templateError(`Unable to get mapping for ${argument[0]}`);
        }
      }
      visit(argument, inConditions);
      return;
    }
    if (keys.length === 1 && keys[0] === 'Condition' && typeof value.Condition === 'string' && inConditions) {
      if (!Object.hasOwn(conditions, value.Condition)) throw templateError(`unresolved condition dependency ${value.Condition} in Fn::Condition`);
      return;
    }
    for (const item of Object.values(value)) visit(item, inConditions);
  };

  for (const definition of Object.values(conditions)) visit(definition, true);
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (resource.Condition !== undefined && !Object.hasOwn(conditions, resource.Condition)) {
      throw templateFormatError(`Unresolved dependencies [${resource.Condition}]. Cannot find the condition of resource ${logicalId}`);
    }
    for (const dependency of dependsOn(resource)) {
      if (!Object.hasOwn(resources, dependency)) unresolved.add(dependency);
    }
    if (resource.Properties) visit(resource.Properties, false);
  }
  for (const output of Object.values(template.Outputs ?? {})) {
    if (output.Condition !== undefined && !Object.hasOwn(conditions, output.Condition)) {
      throw templateFormatError(`Unresolved dependencies [${output.Condition}]. Cannot find the condition of an output`);
    }
    visit(output.Value, false);
    if (output.Export) visit(output.Export.Name, false);
  }
  if (unresolved.size > 0) {
    throw templateFormatError(`Unresolved resource dependencies [${[...unresolved].join(', ')}] in the Resources block of the template`);
  }
}

function dependsOn(resource: ResourceDefinition): string[] {
  if (resource.DependsOn === undefined) return [];
  return Array.isArray(resource.DependsOn) ? resource.DependsOn : [resource.DependsOn];
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const index = text.indexOf(separator);
  return index === -1 ? [text, undefined] : [text.slice(0, index), text.slice(index + 1)];
}

function getAttArguments(argument: Json): [string, string] {
  if (typeof argument === 'string') {
    const [target, attribute] = splitOnce(argument, '.');
    if (attribute !== undefined) return [target, attribute];
  }
  if (Array.isArray(argument) && argument.length === 2 && typeof argument[0] === 'string' && typeof argument[1] === 'string') {
    return [argument[0], argument[1]];
  }
  throw templateError('Fn::GetAtt requires a resource name and an attribute name.');
}

function subArguments(argument: Json): [string, JsonObject] {
  if (typeof argument === 'string') return [argument, {}];
  if (Array.isArray(argument) && argument.length === 2 && typeof argument[0] === 'string' && isObject(argument[1])) {
    return [argument[0], argument[1]];
  }
  throw templateError('Fn::Sub requires a string, or a list of a string and a map of variables.');
}

/** The `${Name}` variables of a Sub string; `${!Literal}` is not one. */
function subVariables(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/\$\{([^}]*)\}/g)) {
    const name = match[1]!.trim();
    if (name.startsWith('!')) continue;
    if (!/^[A-Za-z0-9_.:]+$/.test(name)) {
      throw templateError('variable names in Fn::Sub syntax must contain only alphanumeric characters, underscores, periods, and colons');
    }
    names.push(name);
  }
  return names;
}

/** The resources a resource depends on: DependsOn, and every Ref, GetAtt or Sub variable naming one. */
function resourceDependencies(template: Template, logicalId: string): string[] {
  const resources = template.Resources;
  const found = new Set<string>(dependsOn(resources[logicalId]!));
  const visit = (value: Json): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isObject(value)) return;
    const keys = Object.keys(value);
    if (keys.length === 1) {
      const argument = value[keys[0]!]!;
      if (keys[0] === 'Ref' && typeof argument === 'string' && Object.hasOwn(resources, argument)) found.add(argument);
      if (keys[0] === 'Fn::GetAtt') found.add(getAttArguments(argument)[0]);
      if (keys[0] === 'Fn::Sub') {
        const [text, variables] = subArguments(argument);
        for (const variable of subVariables(text)) {
          const head = splitOnce(variable, '.')[0];
          if (!Object.hasOwn(variables, variable) && Object.hasOwn(resources, head)) found.add(head);
        }
      }
    }
    Object.values(value).forEach(visit);
  };
  visit(resources[logicalId]!.Properties ?? {});
  found.delete(logicalId);
  return [...found];
}

/** Every resource of the template, regardless of conditions. */
function allResources(template: Template): string[] {
  return Object.keys(template.Resources);
}

/** The given resources in an order where each comes after what it depends on (template order otherwise). */
function deploymentOrder(template: Template, included: string[]): string[] {
  const set = new Set(included);
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      throw templateFormatError(`Circular dependency between resources: [${path.slice(path.indexOf(id)).sort().join(', ')}]`);
    }
    state.set(id, 'visiting');
    for (const dependency of resourceDependencies(template, id)) if (set.has(dependency)) visit(dependency, [...path, id]);
    state.set(id, 'done');
    order.push(id);
  };
  for (const id of included) visit(id, []);
  return order;
}

/** The capabilities a template needs: IAM resources need CAPABILITY_IAM, custom-named ones CAPABILITY_NAMED_IAM. */
const IAM_TYPES: Record<string, string | undefined> = {
  'AWS::IAM::Role': 'RoleName',
  'AWS::IAM::ManagedPolicy': 'ManagedPolicyName',
  'AWS::IAM::User': 'UserName',
  'AWS::IAM::Group': 'GroupName',
  'AWS::IAM::InstanceProfile': 'InstanceProfileName',
  'AWS::IAM::Policy': undefined,
  'AWS::IAM::AccessKey': undefined,
  'AWS::IAM::UserToGroupAddition': undefined,
};

export function requiredCapabilities(template: Template): { capability?: string; types: string[] } {
  let capability: string | undefined;
  const types = new Set<string>();
  for (const resource of Object.values(template.Resources)) {
    if (!Object.hasOwn(IAM_TYPES, resource.Type)) continue;
    types.add(resource.Type);
    const nameProperty = IAM_TYPES[resource.Type];
    if (nameProperty !== undefined && resource.Properties?.[nameProperty] !== undefined) capability = 'CAPABILITY_NAMED_IAM';
    else capability ??= 'CAPABILITY_IAM';
  }
  return { ...(capability ? { capability } : {}), types: [...types] };
}

export function checkCapabilities(template: Template, given: string[]): void {
  const { capability } = requiredCapabilities(template);
  if (!capability) return;
  const satisfied = given.includes('CAPABILITY_NAMED_IAM') || (capability === 'CAPABILITY_IAM' && given.includes('CAPABILITY_IAM'));
  if (!satisfied) throw new AwsError('InsufficientCapabilitiesException', `Requires capabilities : [${capability}]`);
}

export interface GivenParameter {
  ParameterKey?: string;
  ParameterValue?: string;
  UsePreviousValue?: string;
}

/**
 * The value of each template parameter, as strings: given values, previous values on request,
 * else defaults; checked against the parameter's constraints with CloudFormation's messages.
 */
export function resolveParameters(template: Template, given: GivenParameter[], previous: Record<string, string> = {}): Record<string, string> {
  const definitions = template.Parameters ?? {};
  const unknown = given.map((p) => p.ParameterKey ?? '').filter((key) => !Object.hasOwn(definitions, key));
  if (unknown.length > 0) throw new AwsError('ValidationError', `Parameters: [${unknown.join(', ')}] do not exist in the template`);
  const values: Record<string, string> = {};
  const missing: string[] = [];
  for (const [key, definition] of Object.entries(definitions)) {
    const entry = given.find((p) => p.ParameterKey === key);
    let value: string | undefined;
    if (entry?.UsePreviousValue === 'true') {
      if (!Object.hasOwn(previous, key)) throw new AwsError('ValidationError', `Invalid input for parameter key ${key}. Cannot specify usePreviousValue as true for a parameter key not in the previous template`);
      value = previous[key];
    } else if (entry?.ParameterValue !== undefined) {
      value = entry.ParameterValue;
    } else if (definition.Default !== undefined) {
      value = Array.isArray(definition.Default) ? definition.Default.join(',') : String(definition.Default);
    }
    if (value === undefined) missing.push(key);
    else values[key] = checkParameter(key, definition, value);
  }
  if (missing.length > 0) throw new AwsError('ValidationError', `Parameters: [${missing.join(', ')}] must have values`);
  return values;
}

function isListType(type: string): boolean {
  return type === 'CommaDelimitedList' || type.startsWith('List<');
}

function checkParameter(key: string, definition: ParameterDefinition, value: string): string {
  const fail = (rule: string): never => {
    throw new AwsError(
      'ValidationError',
      definition.ConstraintDescription ? `Parameter '${key}' failed to satisfy constraint: ${definition.ConstraintDescription}` : `Parameter '${key}' ${rule}`,
    );
  };
  const items = isListType(definition.Type) ? splitList(value) : [value];
  for (const item of items) {
    if (definition.Type === 'Number' || definition.Type === 'List<Number>') {
      if (item.trim() === '' || !Number.isFinite(Number(item))) fail('must be a number.');
      if (definition.MinValue !== undefined && Number(item) < Number(definition.MinValue)) fail(`must be a number not less than ${definition.MinValue}`);
      if (definition.MaxValue !== undefined && Number(item) > Number(definition.MaxValue)) fail(`must be a number not greater than ${definition.MaxValue}`);
    }
    if (definition.AllowedValues && !definition.AllowedValues.map(String).includes(item)) fail('must be one of AllowedValues');
    if (definition.AllowedPattern !== undefined && !new RegExp(`^(?:${definition.AllowedPattern})$`).test(item)) {
      fail(`must match pattern ${definition.AllowedPattern}`);
    }
  }
  if (definition.MinLength !== undefined && value.length < Number(definition.MinLength)) fail(`must contain at least ${definition.MinLength} characters`);
  if (definition.MaxLength !== undefined && value.length > Number(definition.MaxLength)) fail(`cannot exceed ${definition.MaxLength} characters`);
  return value;
}

/** A CommaDelimitedList value as Ref returns it: split on commas, each item trimmed. */
function splitList(value: string): string[] {
  return value.split(',').map((item) => item.trim());
}

export function isNoEcho(definition: ParameterDefinition | undefined): boolean {
  return definition?.NoEcho === true || definition?.NoEcho === 'true';
}

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
