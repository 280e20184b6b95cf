import { AwsError } from '../../../types.js';
import type { ParameterDefinition, Template } from './types.js';

/** Template parameters (given, previous or default values, with their constraints) and the capabilities a template needs. */

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

export function isListType(type: string): boolean {
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
export function splitList(value: string): string[] {
  return value.split(',').map((item) => item.trim());
}

export function isNoEcho(definition: ParameterDefinition | undefined): boolean {
  return definition?.NoEcho === true || definition?.NoEcho === 'true';
}
