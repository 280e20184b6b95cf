/** What the SigV4 credential scope says about a request; the signature itself is not checked. */
export interface SignedScope {
  accessKeyId: string;
  region: string;
  service: string;
}

const CREDENTIAL = /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/;

export function parseScope(authorization: string | undefined, query: URLSearchParams): SignedScope | undefined {
  const source = authorization ?? (query.get('X-Amz-Credential') ? `Credential=${query.get('X-Amz-Credential')}` : '');
  const match = CREDENTIAL.exec(source);
  if (!match) return undefined;
  return { accessKeyId: match[1]!, region: match[2]!, service: match[3]! };
}
