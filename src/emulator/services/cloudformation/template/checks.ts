import { AwsError } from '../../../types.js';
import { dependsOn, getAttArguments, splitOnce, subArguments, subVariables } from './dependencies.js';
import { isObject, templateError, templateFormatError, type Json, type ResourceTypeInfo, type Template } from './types.js';

/** The static checks CloudFormation makes before it touches a resource: sections, types, references. */

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

export function checkTransform(template: Template): void {
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

const PARAMETER_TYPES = /^(String|Number|CommaDelimitedList|List<Number>|List<AWS::[A-Za-z0-9:]+>|AWS::(?!SSM::)[A-Za-z0-9:]+)$/;

export function checkStructure(template: Template, types: Record<string, ResourceTypeInfo>): void {
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
export function checkReferences(template: Template, types: Record<string, ResourceTypeInfo>): void {
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
