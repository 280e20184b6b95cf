/**
 * Reads a raw emulator answer the way its protocol puts it on the wire and checks it against the
 * operation in botocore's model: a success against the output shape (JSON body, restJson headers
 * and status, or the `<OpResult>` element of awsQuery XML), a refusal against the error codes and
 * HTTP statuses the model lists for that operation plus AWS's common errors.
 */
import { XMLParser } from 'fast-xml-parser';
import type { Exchange } from '../../src/emulator/types.js';
import { checkValue, type Findings, type ModelOperation, type ModelShape, type ScalarStyle, type ServiceModel } from './botocore-model.js';

/**
 * Errors any operation may answer, with their HTTP status: the "Common Errors" page of each
 * service's API reference (for example docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html
 * and docs.aws.amazon.com/AmazonECR/latest/APIReference/CommonErrors.html). `Throttling` is the
 * code query services throttle with (the SDK's THROTTLING_ERROR_CODES in
 * @smithy/service-error-classification list it beside ThrottlingException).
 */
export const COMMON_ERRORS: Record<string, number[]> = {
  AccessDeniedException: [400, 403],
  IncompleteSignature: [400],
  InternalFailure: [500],
  InvalidAction: [400],
  InvalidClientTokenId: [403],
  InvalidParameterCombination: [400],
  InvalidParameterValue: [400],
  InvalidQueryParameter: [400],
  MalformedQueryString: [404],
  MissingAction: [400],
  MissingAuthenticationToken: [403],
  MissingParameter: [400],
  NotAuthorized: [400],
  OptInRequired: [403],
  RequestExpired: [400],
  ServiceUnavailable: [503],
  ThrottlingException: [400],
  Throttling: [400],
  ValidationError: [400],
  // The common ValidationError as the JSON-protocol services send it ("1 validation error detected: …").
  ValidationException: [400],
};

const JSON_STYLE: ScalarStyle = { defaultTimestamp: 'unixTimestamp', text: false };
const TEXT_STYLE: ScalarStyle = { defaultTimestamp: 'iso8601', text: true };

/** Adds an exchange's problems against the model to the findings (none when it conforms). */
export function checkExchange(model: ServiceModel, operation: ModelOperation, exchange: Exchange, findings: Findings): void {
  const { status } = exchange.response;
  const where = `${model.service} ${operation.name} (HTTP ${status})`;
  const local: Findings = { problems: [], uncompiledPatterns: findings.uncompiledPatterns };
  if (status >= 300) checkRefusal(model, operation, exchange, local);
  else if (model.metadata.protocol === 'rest-json') checkRestJson(model, operation, exchange, local);
  else if (model.metadata.protocol === 'query') checkQuery(model, operation, exchange, local);
  else checkJson(model, operation, exchange, local);
  findings.problems.push(...local.problems.map((problem) => `${where} ${problem}`));
}

function jsonBody(exchange: Exchange, findings: Findings): unknown {
  const text = exchange.response.body.toString('utf8');
  if (text === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    findings.problems.push(`body is not JSON: ${text.slice(0, 80)}`);
    return undefined;
  }
}

function checkJson(model: ServiceModel, operation: ModelOperation, exchange: Exchange, findings: Findings): void {
  const body = jsonBody(exchange, findings);
  if (body === undefined) return;
  if (!operation.output) {
    if (JSON.stringify(body) !== '{}') findings.problems.push(`the model has no output, but the body is ${JSON.stringify(body).slice(0, 80)}`);
    return;
  }
  checkValue(model, operation.output.shape, body, 'body', JSON_STYLE, findings);
}

/** A structure of only those members that travel in the body (restJson puts the others in headers). */
function bodyShape(model: ServiceModel, shapeName: string): string {
  const synthetic = `${shapeName}$body`;
  const shape = model.shapes[shapeName]!;
  if (!model.shapes[synthetic]) {
    const members = Object.fromEntries(Object.entries(shape.members ?? {}).filter(([, member]) => member.location === undefined));
    model.shapes[synthetic] = { ...shape, members, required: (shape.required ?? []).filter((name) => name in members) };
  }
  return synthetic;
}

function checkRestJson(model: ServiceModel, operation: ModelOperation, exchange: Exchange, findings: Findings): void {
  const { status, headers } = exchange.response;
  const shape = operation.output ? model.shapes[operation.output.shape] : undefined;
  // An output member bound to the status code (InvokeAgentRuntime's) lets the status vary.
  const statusFree = Object.values(shape?.members ?? {}).some((member) => member.location === 'statusCode');
  const expected = operation.http?.responseCode ?? 200;
  if (!statusFree && status !== expected) findings.problems.push(`status ${status}, the model says ${expected}`);
  if (!operation.output || !shape) return;
  for (const [name, member] of Object.entries(shape.members ?? {})) {
    if (member.location !== 'header') continue;
    const value = headers[(member.locationName ?? name).toLowerCase()];
    if (value === undefined) {
      if (shape.required?.includes(name)) findings.problems.push(`required header ${member.locationName ?? name} is missing`);
      continue;
    }
    const target = model.shapes[member.shape];
    // Header timestamps are HTTP dates, which the scalar check does not parse.
    if (target?.type !== 'timestamp') checkValue(model, member.shape, value, `header ${member.locationName}`, TEXT_STYLE, findings);
  }
  if (shape.payload) {
    const payload = shape.members?.[shape.payload];
    const target = payload ? model.shapes[payload.shape] : undefined;
    // A blob or streaming payload is the agent's own bytes: nothing for the model to check.
    if (target?.type !== 'structure') return;
    const body = jsonBody(exchange, findings);
    if (body !== undefined) checkValue(model, payload!.shape, body, 'body', JSON_STYLE, findings);
    return;
  }
  const body = jsonBody(exchange, findings);
  if (body !== undefined) checkValue(model, bodyShape(model, operation.output.shape), body, 'body', JSON_STYLE, findings);
}

const xml = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: false, isArray: () => true });

type XmlNode = string | { [name: string]: XmlNode[] };

function parseXml(exchange: Exchange, findings: Findings): Record<string, XmlNode[]> | undefined {
  try {
    return xml.parse(exchange.response.body.toString('utf8')) as Record<string, XmlNode[]>;
  } catch (error) {
    findings.problems.push(`body is not XML: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

function only(nodes: XmlNode[] | undefined, path: string, findings: Findings): XmlNode | undefined {
  if (!nodes || nodes.length === 0) return undefined;
  if (nodes.length > 1) findings.problems.push(`${path}: element repeated ${nodes.length} times`);
  return nodes[0];
}

/** Turns awsQuery XML into the value the model describes: lists of `<member>`, maps of `<entry>`, text scalars. */
function fromXml(model: ServiceModel, shapeName: string, node: XmlNode, path: string, findings: Findings): unknown {
  const shape: ModelShape | undefined = model.shapes[shapeName];
  if (!shape) return node;
  const children = typeof node === 'string' ? {} : node;
  if (typeof node === 'string' && node !== '' && ['structure', 'list', 'map'].includes(shape.type)) {
    findings.problems.push(`${path}: text ${JSON.stringify(node.slice(0, 40))} where the model has a ${shape.type}`);
  }
  switch (shape.type) {
    case 'structure': {
      const record: Record<string, unknown> = {};
      for (const [name, nodes] of Object.entries(children)) {
        const key = Object.entries(shape.members ?? {}).find(([member, m]) => (m.locationName ?? member) === name);
        const value = only(nodes, `${path}.${name}`, findings);
        record[name] = key && value !== undefined ? fromXml(model, key[1].shape, value, `${path}.${name}`, findings) : value;
      }
      return record;
    }
    case 'list': {
      const itemName = shape.member?.locationName ?? 'member';
      const unexpected = Object.keys(children).filter((name) => name !== itemName);
      if (unexpected.length) findings.problems.push(`${path}: list items are <${itemName}>, got <${unexpected.join('>, <')}>`);
      return (children[itemName] ?? []).map((item, i) => fromXml(model, shape.member!.shape, item, `${path}[${i}]`, findings));
    }
    case 'map': {
      const map: Record<string, unknown> = {};
      for (const entry of children.entry ?? []) {
        if (typeof entry === 'string') continue;
        const key = only(entry.key, `${path}.entry.key`, findings);
        const value = only(entry.value, `${path}.entry.value`, findings);
        if (typeof key === 'string' && value !== undefined) map[key] = fromXml(model, shape.value!.shape, value, `${path}.${key}`, findings);
      }
      return map;
    }
    default:
      return typeof node === 'string' ? node : JSON.stringify(node);
  }
}

function checkQuery(model: ServiceModel, operation: ModelOperation, exchange: Exchange, findings: Findings): void {
  const document = parseXml(exchange, findings);
  if (!document) return;
  const response = only(document[`${operation.name}Response`], `${operation.name}Response`, findings);
  if (response === undefined || typeof response === 'string') {
    findings.problems.push(`no <${operation.name}Response> element`);
    return;
  }
  if (!operation.output) return;
  const wrapper = operation.output.resultWrapper ?? `${operation.name}Result`;
  const result = only(response[wrapper], wrapper, findings);
  if (result === undefined) {
    findings.problems.push(`no <${wrapper}> element`);
    return;
  }
  const value = fromXml(model, operation.output.shape, result, wrapper, findings);
  checkValue(model, operation.output.shape, value, wrapper, TEXT_STYLE, findings);
}

/** The code of a refusal and, for awsQueryCompatible JSON, the query code beside it. */
function refusalCode(model: ServiceModel, exchange: Exchange, findings: Findings): { code?: string; queryCode?: string; body?: unknown } {
  const { headers } = exchange.response;
  if (model.metadata.protocol === 'query') {
    const document = parseXml(exchange, findings);
    const error = document ? only(document.ErrorResponse, 'ErrorResponse', findings) : undefined;
    const detail = error && typeof error !== 'string' ? only(error.Error, 'Error', findings) : undefined;
    const code = detail && typeof detail !== 'string' ? only(detail.Code, 'Error.Code', findings) : undefined;
    return typeof code === 'string' ? { code } : {};
  }
  const body = jsonBody(exchange, findings);
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const raw = headers['x-amzn-errortype'] ?? (typeof record.__type === 'string' ? record.__type : undefined) ?? (typeof record.code === 'string' ? record.code : undefined);
  const code = raw?.split(':')[0]?.split('#').pop();
  const queryCode = headers['x-amzn-query-error']?.split(';')[0];
  return { ...(code ? { code } : {}), ...(queryCode ? { queryCode } : {}), body };
}

function checkRefusal(model: ServiceModel, operation: ModelOperation, exchange: Exchange, findings: Findings): void {
  const { status } = exchange.response;
  const { code, queryCode, body } = refusalCode(model, exchange, findings);
  if (!code) {
    findings.problems.push('refusal carries no error code');
    return;
  }
  const listed = (operation.errors ?? []).map((error) => ({ name: error.shape, shape: model.shapes[error.shape] }));
  const match = listed.find(({ name, shape }) => name === code || shape?.error?.code === code);
  if (match?.shape) {
    const expected = match.shape.error?.httpStatusCode ?? (match.shape.fault ? 500 : 400);
    if (status !== expected) findings.problems.push(`${code} with status ${status}, the model says ${expected}`);
    if (queryCode !== undefined && queryCode !== (match.shape.error?.code ?? match.name)) {
      findings.problems.push(`x-amzn-query-error names ${queryCode}, the model's query code for ${code} is ${match.shape.error?.code ?? match.name}`);
    }
    if (model.metadata.protocol !== 'query' && typeof body === 'object' && body !== null) {
      // The error's own members; the type name and message are carried in whichever case the protocol uses.
      const { __type: _type, message, Message, ...rest } = body as Record<string, unknown>;
      const messageName = Object.keys(match.shape.members ?? {}).find((name) => name.toLowerCase() === 'message') ?? 'message';
      const text = message ?? Message;
      checkValue(model, bodyShape(model, match.name), { ...rest, ...(text !== undefined ? { [messageName]: text } : {}) }, `${code} body`, JSON_STYLE, findings);
    }
    return;
  }
  const commonCode = COMMON_ERRORS[code] ? code : queryCode;
  const common = commonCode ? COMMON_ERRORS[commonCode] : undefined;
  if (!common) {
    const names = listed.map(({ name, shape }) => shape?.error?.code ?? name);
    findings.problems.push(`${code} is neither in the model's errors for this operation [${names.join(', ')}] nor a common error`);
  } else if (!common.includes(status)) {
    findings.problems.push(`common error ${commonCode} with status ${status}, AWS documents ${common.join(' or ')}`);
  }
}
