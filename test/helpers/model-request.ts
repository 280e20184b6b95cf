/**
 * Decodes a recorded request into the operation's input as the model describes it (JSON body;
 * restJson URI labels, query string and headers; awsQuery form fields) and checks it against
 * the input shape. The conformance test runs it on requests the emulator accepted: one that
 * breaks a required member, length, range, enum or pattern shows validation AWS does and the
 * emulator does not.
 */
import type { Exchange } from '../../src/emulator/types.js';
import { checkValue, type Findings, type ModelOperation, type ModelShape, type ServiceModel } from './botocore-model.js';

/** Text from the URI, query string, headers or a form field, typed as the member's shape says. */
function typed(shape: ModelShape | undefined, text: string): unknown {
  switch (shape?.type) {
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
      return text.trim() === '' ? text : Number(text);
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
    default:
      return text;
  }
}

/** `{label}` and greedy `{label+}` values of a restJson path, percent-decoded. */
function uriLabels(template: string, path: string): Record<string, string> {
  const names: string[] = [];
  const pattern = template
    .split('?')[0]!
    .replace(/\/$/, '')
    .replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '{' || c === '}' ? c : `\\${c}`))
    .replace(/\{(\w+)(\+?)\}/g, (_, name: string, greedy: string) => {
      names.push(name);
      return greedy ? '(.+)' : '([^/]+)';
    });
  const match = new RegExp(`^${pattern}/?$`).exec(path);
  if (!match) return {};
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
}

function restJsonInput(model: ServiceModel, operation: ModelOperation, exchange: Exchange, findings: Findings): Record<string, unknown> | undefined {
  const shape = model.shapes[operation.input!.shape]!;
  const { request } = exchange;
  const labels = uriLabels(operation.http?.requestUri ?? '/', request.path);
  const input: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(shape.members ?? {})) {
    const wire = member.locationName ?? name;
    const target = model.shapes[member.shape];
    // Keyed by wire name, as checkValue reads members.
    if (member.location === 'uri') {
      if (labels[wire] !== undefined) input[wire] = typed(target, labels[wire]);
    } else if (member.location === 'querystring') {
      const values = request.query.getAll(wire);
      if (values.length) input[wire] = target?.type === 'list' ? values.map((v) => typed(model.shapes[target.member!.shape], v)) : typed(target, values[0]!);
    } else if (member.location === 'header') {
      const value = request.headers[wire.toLowerCase()];
      if (typeof value === 'string') input[wire] = typed(target, value);
    }
  }
  if (shape.payload) {
    // The payload is the body itself (InvokeAgentRuntime's bytes), a blob to the model.
    if (request.body.length > 0) input[shape.payload] = request.body.toString('base64');
    return input;
  }
  const text = request.body.toString('utf8');
  if (!text) return input;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    findings.problems.push('request body is not JSON, and the emulator accepted it');
    return undefined;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  // Body keys outside the body members stay, so checkValue names them as unknown.
  return { ...body, ...input };
}

/** awsQuery form fields (`Key`, `Key.member.N`, `Key.entry.N.key`, `Key.Field`) as the input value. */
function fromForm(model: ServiceModel, shapeName: string, prefix: string, params: URLSearchParams): unknown {
  const shape = model.shapes[shapeName];
  const has = (key: string) => [...params.keys()].some((k) => k === key || k.startsWith(`${key}.`));
  switch (shape?.type) {
    case 'structure': {
      const record: Record<string, unknown> = {};
      const base = prefix === '' ? '' : `${prefix}.`;
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        const key = `${base}${member.locationName ?? name}`;
        if (has(key)) record[name] = fromForm(model, member.shape, key, params);
      }
      return record;
    }
    case 'list': {
      const items: unknown[] = [];
      for (let i = 1; has(`${prefix}.member.${i}`); i++) items.push(fromForm(model, shape.member!.shape, `${prefix}.member.${i}`, params));
      return items;
    }
    case 'map': {
      const map: Record<string, unknown> = {};
      for (let i = 1; has(`${prefix}.entry.${i}`); i++) {
        const key = params.get(`${prefix}.entry.${i}.key`);
        if (key !== null) map[key] = fromForm(model, shape.value!.shape, `${prefix}.entry.${i}.value`, params);
      }
      return map;
    }
    default:
      return typed(shape, params.get(prefix) ?? '');
  }
}

function queryInput(model: ServiceModel, operation: ModelOperation, exchange: Exchange): unknown {
  const params = new URLSearchParams(exchange.request.body.toString('utf8'));
  for (const [key, value] of exchange.request.query) if (!params.has(key)) params.set(key, value);
  return fromForm(model, operation.input!.shape, '', params);
}

/** Problems of an accepted request against the operation's input shape. */
export function checkRequest(model: ServiceModel, operation: ModelOperation, exchange: Exchange, findings: Findings): void {
  if (!operation.input) return;
  const local: Findings = { problems: [], uncompiledPatterns: findings.uncompiledPatterns };
  let input: unknown;
  if (model.metadata.protocol === 'rest-json') input = restJsonInput(model, operation, exchange, local);
  else if (model.metadata.protocol === 'query') input = queryInput(model, operation, exchange);
  else {
    const text = exchange.request.body.toString('utf8');
    try {
      input = text ? JSON.parse(text) : {};
    } catch {
      local.problems.push('request body is not JSON, and the emulator accepted it');
    }
  }
  if (input !== undefined) {
    // Timestamps in these inputs are epoch seconds (JSON) or ISO text (query); the style only picks which.
    checkValue(model, operation.input.shape, input, 'input', { defaultTimestamp: model.metadata.protocol === 'query' ? 'iso8601' : 'unixTimestamp', text: false }, local);
  }
  findings.problems.push(...local.problems.map((problem) => `${model.service} ${operation.name} accepted a request the model refuses: ${problem}`));
}
