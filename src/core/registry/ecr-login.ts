import { GetAuthorizationTokenCommand, type ECRClient } from '@aws-sdk/client-ecr';
import type { Clock } from '../clock.js';
import { UserError, explain } from '../errors.js';
import type { Logger } from '../logger.js';
import { OciRegistry } from './client.js';

export interface EcrLoginOptions {
  /** The account whose registry (in the target's region) to open; another account's is for pulls its policies allow. */
  registryId: string;
  /** Hides a secret from all later output (core.setSecret on GitHub); called before anything is logged. */
  mask(secret: string): void;
  logger: Logger;
  clock?: Clock;
  chunkSize?: number;
}

/** The ECR API of the region whose registry to open. */
export interface EcrTarget {
  ecr: ECRClient;
  region: string;
}

export function ecrRegistryHost(account: string, region: string): string {
  return `${account}.dkr.ecr.${region}.amazonaws.com`;
}

/**
 * Logs in to an ECR registry with GetAuthorizationToken: the token is `AWS:<password>` in base64,
 * and requests go to its proxyEndpoint (the emulator's own URL when AWS_ENDPOINT_URL points there).
 */
export async function loginToEcr(target: EcrTarget, options: EcrLoginOptions): Promise<OciRegistry> {
  const registry = ecrRegistryHost(options.registryId, target.region);
  let data;
  try {
    const answer = await target.ecr.send(new GetAuthorizationTokenCommand({ registryIds: [options.registryId] }));
    data = answer.authorizationData?.[0];
  } catch (error) {
    throw explain(`Logging in to ${registry} (ECR GetAuthorizationToken in ${target.region})`, error, 'The credentials need ecr:GetAuthorizationToken.');
  }
  const token = data?.authorizationToken;
  if (!token || !data?.proxyEndpoint) throw new UserError(`ECR GetAuthorizationToken in ${target.region} returned no authorization data for ${registry}.`);
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  const password = decoded.slice(separator + 1);
  // Both the token and the password inside it would open the registry: mask them before any log line.
  options.mask(token);
  options.mask(password);
  if (separator <= 0) throw new UserError(`The ECR authorization token for ${registry} is not "user:password" in base64.`);
  const expires = data.expiresAt ? ` (token expires ${data.expiresAt.toISOString()})` : '';
  options.logger.info(`Logged in to ${registry} at ${data.proxyEndpoint}${expires}`);
  return new OciRegistry({
    endpoint: data.proxyEndpoint,
    registry,
    username: decoded.slice(0, separator),
    password,
    logger: options.logger,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.chunkSize ? { chunkSize: options.chunkSize } : {}),
  });
}
