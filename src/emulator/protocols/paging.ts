import type { AwsError } from '../types.js';

/** Opaque page tokens (awsJson and awsQuery services): base64 of the offset, so a token from elsewhere is recognisably invalid. */
export function encodePageToken(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64');
}

export function decodePageToken(token: string | undefined, invalid: () => AwsError): number {
  if (token === undefined) return 0;
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { offset?: unknown };
    if (typeof parsed.offset === 'number' && Number.isInteger(parsed.offset) && parsed.offset >= 0) return parsed.offset;
  } catch {
    // fall through to the service's own error
  }
  throw invalid();
}

/** One page of items and the token for the next, if any. */
export function page<T>(items: T[], offset: number, size: number): { items: T[]; nextToken?: string } {
  const slice = items.slice(offset, offset + size);
  return offset + size < items.length ? { items: slice, nextToken: encodePageToken(offset + size) } : { items: slice };
}
