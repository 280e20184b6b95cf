import { AwsError, type EmuResponse, type Protocol } from '../types.js';

/** What every protocol shares: errors in each protocol's shape, JSON bodies, timestamps and AWS's validation wording. */

/** Renders an AwsError the way the service's protocol carries errors. */
export function renderError(protocol: Protocol, error: AwsError, requestId: string): EmuResponse {
  switch (protocol) {
    case 'restJson':
      return {
        status: error.status,
        headers: { 'x-amzn-errortype': error.code, 'content-type': 'application/json' },
        body: { message: error.message, ...error.extra },
      };
    case 'json':
      return {
        status: error.status,
        headers: { 'content-type': 'application/x-amz-json-1.1' },
        body: { __type: error.code, message: error.message, ...error.extra },
      };
    case 'query':
      return {
        status: error.status,
        headers: { 'content-type': 'text/xml' },
        body:
          `<ErrorResponse><Error><Type>${error.status >= 500 ? 'Receiver' : 'Sender'}</Type>` +
          `<Code>${xmlEscape(error.code)}</Code><Message>${xmlEscape(error.message)}</Message></Error>` +
          `<RequestId>${requestId}</RequestId></ErrorResponse>`,
      };
    case 'registry':
      return {
        status: error.status,
        headers: { 'content-type': 'application/json' },
        body: { errors: [{ code: error.code, message: error.message, detail: error.extra }] },
      };
    case 'plain':
      return { status: error.status, headers: { 'content-type': 'application/json' }, body: { message: error.message } };
  }
}

export function xmlEscape(value: string): string {
  return value.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

/** Parses a JSON body, turning garbage into the service's validation error. */
export function parseJsonBody(body: Buffer, code = 'SerializationException'): Record<string, unknown> {
  if (body.length === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    throw new AwsError(code, 'The request body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AwsError(code, 'The request body must be a JSON object.');
  }
  return value as Record<string, unknown>;
}

/** ISO-8601 with Z, as restJson services send timestamps. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

/** Epoch seconds, as JSON 1.1 services send timestamps. */
export function epochSeconds(ms: number): number {
  return ms / 1000;
}

/** The lowerCamel wire name AWS's validation messages use for a member, e.g. `Name` → `name`. */
export function memberName(key: string): string {
  return key.charAt(0).toLowerCase() + key.slice(1);
}

/** AWS's wording for a member that breaks its model constraint; `member` is the lowerCamel wire name. */
export function constraintMessage(member: string, value: unknown, constraint: string): string {
  const shown = value === undefined || value === null ? 'null' : `'${typeof value === 'string' ? value : JSON.stringify(value)}'`;
  return `1 validation error detected: Value ${shown} at '${member}' failed to satisfy constraint: ${constraint}`;
}
