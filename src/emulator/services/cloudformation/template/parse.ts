import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { checkReferences, checkStructure, checkTransform } from './checks.js';
import { allResources, deploymentOrder } from './dependencies.js';
import { isObject, templateFormatError, type Json, type JsonObject, type ResourceTypeInfo, type Template } from './types.js';

/**
 * Parsing a TemplateBody: JSON, or YAML with the short-form tags. Nothing here knows about
 * stacks or resource providers beyond their type names.
 */

const TEMPLATE_SECTIONS = new Set([
  'AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Rules', 'Mappings', 'Conditions', 'Transform', 'Resources', 'Outputs',
]);

/** Largest TemplateBody CloudFormation accepts inline. */
export const MAX_TEMPLATE_BODY = 51200;

/** Parses a TemplateBody (JSON or YAML) and makes the structural checks CloudFormation makes up front. */
export function parseTemplate(body: string, types: Record<string, ResourceTypeInfo>): Template {
  const value = parseBody(body);
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

/**
 * Bodies parsed before, by their text. A template is parsed at its change set and again at its
 * execution, and most stacks are deployed again with the same one; YAML parsing was most of those
 * requests' time. Callers get a copy, as the engine may build on what it is handed.
 */
const parsedBodies = new Map<string, Json>();
const PARSED_BODIES_KEPT = 32;

function parseBody(body: string): Json {
  let value = parsedBodies.get(body);
  if (value === undefined) {
    value = body.trimStart().startsWith('{') ? parseJson(body) : parseYaml(body);
    if (parsedBodies.size >= PARSED_BODIES_KEPT) parsedBodies.delete(parsedBodies.keys().next().value!);
    parsedBodies.set(body, value);
  }
  return structuredClone(value);
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
