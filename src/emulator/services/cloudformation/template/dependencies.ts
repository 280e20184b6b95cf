import { isObject, templateError, templateFormatError, type Json, type JsonObject, type ResourceDefinition, type Template } from './types.js';

/** How resources depend on each other (DependsOn, Ref, GetAtt, Sub), and the order they deploy in. */

export function dependsOn(resource: ResourceDefinition): string[] {
  if (resource.DependsOn === undefined) return [];
  return Array.isArray(resource.DependsOn) ? resource.DependsOn : [resource.DependsOn];
}

export function splitOnce(text: string, separator: string): [string, string | undefined] {
  const index = text.indexOf(separator);
  return index === -1 ? [text, undefined] : [text.slice(0, index), text.slice(index + 1)];
}

export function getAttArguments(argument: Json): [string, string] {
  if (typeof argument === 'string') {
    const [target, attribute] = splitOnce(argument, '.');
    if (attribute !== undefined) return [target, attribute];
  }
  if (Array.isArray(argument) && argument.length === 2 && typeof argument[0] === 'string' && typeof argument[1] === 'string') {
    return [argument[0], argument[1]];
  }
  throw templateError('Fn::GetAtt requires a resource name and an attribute name.');
}

export function subArguments(argument: Json): [string, JsonObject] {
  if (typeof argument === 'string') return [argument, {}];
  if (Array.isArray(argument) && argument.length === 2 && typeof argument[0] === 'string' && isObject(argument[1])) {
    return [argument[0], argument[1]];
  }
  throw templateError('Fn::Sub requires a string, or a list of a string and a map of variables.');
}

/** The `${Name}` variables of a Sub string; `${!Literal}` is not one. */
export function subVariables(text: string): string[] {
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
export function allResources(template: Template): string[] {
  return Object.keys(template.Resources);
}

/** The given resources in an order where each comes after what it depends on (template order otherwise). */
export function deploymentOrder(template: Template, included: string[]): string[] {
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
