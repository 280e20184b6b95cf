import { randomUUID } from 'node:crypto';
import { AwsError, type EmuContext, type EmuRequest, type EmuResponse, type Operation } from '../types.js';
import { constraintMessage, memberName, xmlEscape } from './wire.js';

/**
 * The plumbing shared by the awsQuery services (CloudFormation, IAM): routing by the `Action`
 * form field, typed reads of the flattened form input, and XML output in the shape the SDK's
 * AwsQueryProtocol parses (`<OpResponse><OpResult>…`, lists as `<member>` items).
 */
export type QueryHandler = (input: QueryInput, req: EmuRequest, ctx: EmuContext) => XmlValue;

/** A value the XML writer renders: objects become elements, arrays `<member>` lists, undefined is left out. */
export type XmlValue = string | number | boolean | undefined | null | XmlValue[] | { [key: string]: XmlValue };

export function queryRouter(xmlns: string, handlers: Record<string, QueryHandler>): (req: EmuRequest) => Operation | undefined {
  return (req) => {
    if (req.method !== 'POST' && req.method !== 'GET') return undefined;
    const params = formParams(req);
    const action = params.get('Action') ?? '';
    const handler = Object.hasOwn(handlers, action) ? handlers[action] : undefined;
    if (!handler) return undefined;
    return {
      name: action,
      handle: (request, ctx): EmuResponse => {
        const result = handler(new QueryInput(params), request, ctx);
        return {
          status: 200,
          headers: { 'content-type': 'text/xml' },
          body:
            `<${action}Response xmlns="${xmlns}"><${action}Result>${toXml(result)}</${action}Result>` +
            `<ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></${action}Response>`,
        };
      },
    };
  };
}

/** The form body, with query-string members as a fallback (GET requests). */
function formParams(req: EmuRequest): URLSearchParams {
  const params = new URLSearchParams(req.body.toString('utf8'));
  for (const [key, value] of req.query) if (!params.has(key)) params.set(key, value);
  return params;
}

function toXml(value: XmlValue): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((item) => `<member>${toXml(item)}</member>`).join('');
  if (typeof value === 'object') {
    return Object.entries(value)
      .filter(([, item]) => item !== undefined && item !== null)
      .map(([key, item]) => `<${key}>${toXml(item)}</${key}>`)
      .join('');
  }
  return xmlEscape(String(value));
}

/** Typed reads of the flattened query input (`Key`, `Key.member.N`, `Key.member.N.Field`). */
export class QueryInput {
  constructor(readonly params: URLSearchParams) {}

  private missing(key: string): AwsError {
    return new AwsError('ValidationError', constraintMessage(memberName(key), null, 'Member must not be null'));
  }

  optString(key: string): string | undefined {
    return this.params.get(key) ?? undefined;
  }

  string(key: string): string {
    const value = this.optString(key);
    if (value === undefined) throw this.missing(key);
    return value;
  }

  optBoolean(key: string): boolean | undefined {
    const value = this.params.get(key);
    if (value === null) return undefined;
    if (value !== 'true' && value !== 'false') {
      throw new AwsError('ValidationError', constraintMessage(memberName(key), value, 'Member must be a boolean'));
    }
    return value === 'true';
  }

  optInteger(key: string): number | undefined {
    const value = this.params.get(key);
    if (value === null) return undefined;
    const number = Number(value);
    if (!Number.isInteger(number)) {
      throw new AwsError('ValidationError', constraintMessage(memberName(key), value, 'Member must be an integer'));
    }
    return number;
  }

  /** `Key.member.N` values in N order; undefined when the list was not sent (an empty list is sent as `Key=`). */
  optList(key: string): string[] | undefined {
    const items = this.members(key).filter((m) => m.field === '');
    if (items.length === 0) return this.params.has(key) ? [] : undefined;
    return items.map((m) => m.value);
  }

  /** `Key.member.N.Field` structures in N order. */
  optStructList(key: string): Array<Record<string, string>> | undefined {
    const byIndex = new Map<number, Record<string, string>>();
    for (const member of this.members(key)) {
      if (member.field === '') continue;
      const item = byIndex.get(member.index) ?? {};
      item[member.field] = member.value;
      byIndex.set(member.index, item);
    }
    if (byIndex.size === 0) return this.params.has(key) ? [] : undefined;
    return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, item]) => item);
  }

  private members(key: string): Array<{ index: number; field: string; value: string }> {
    const prefix = `${key}.member.`;
    const found: Array<{ index: number; field: string; value: string }> = [];
    for (const [name, value] of this.params) {
      if (!name.startsWith(prefix)) continue;
      const rest = name.slice(prefix.length);
      const dot = rest.indexOf('.');
      const index = Number(dot === -1 ? rest : rest.slice(0, dot));
      if (!Number.isInteger(index)) continue;
      found.push({ index, field: dot === -1 ? '' : rest.slice(dot + 1), value });
    }
    return found.sort((a, b) => a.index - b.index);
  }
}
