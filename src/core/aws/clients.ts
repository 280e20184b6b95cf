import type { AwsCredentialIdentity } from '@aws-sdk/types';

/**
 * Everything a client needs to reach one environment. Endpoints are not here on
 * purpose: the SDK reads AWS_ENDPOINT_URL (and AWS_ENDPOINT_URL_<SERVICE>) itself,
 * which is how the emulator is reached without any flag in our code.
 */
export interface AwsTarget {
  region: string;
  credentials?: AwsCredentialIdentity;
  /** SDK attempts per call; throttling, 5xx and network errors are retried with jittered backoff. */
  maxAttempts?: number;
}

export const USER_AGENT: [string, string] = ['agentcore-actions', '0.1.0'];
export const DEFAULT_MAX_ATTEMPTS = 8;

interface ClientConfig {
  region: string;
  credentials?: AwsCredentialIdentity;
  maxAttempts: number;
  customUserAgent: [string, string][];
}

/** The one place SDK clients are built, so every client gets the same region, retries and user agent. */
export function createClient<T>(Client: new (config: ClientConfig) => T, target: AwsTarget): T {
  return new Client({
    region: target.region,
    ...(target.credentials ? { credentials: target.credentials } : {}),
    maxAttempts: target.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    customUserAgent: [USER_AGENT],
  });
}
