import type { RunningEmulator } from '../../../../src/emulator/server.js';
import { createUserPool, createUserPoolClient, createUserPoolDomain, discoveryUrl } from '../../../../src/emulator/services/cognito/store.js';

export interface MachineClient {
  poolId: string;
  clientId: string;
  clientSecret: string;
  discoveryUrl: string;
  scope: string;
}

let domains = 0;

/** A pool with a domain and a confidential client allowed client_credentials on one custom scope, as templates/cognito.yaml makes. */
export async function machineClient(emulator: RunningEmulator, account: string, region: string, name = 'agents'): Promise<MachineClient> {
  const pool = createUserPool(emulator.state, account, region, { name });
  createUserPoolDomain(emulator.state, account, region, pool.id, { domain: `test-${name}-${process.pid}-${++domains}` });
  const client = createUserPoolClient(emulator.state, account, region, pool.id, {
    name: `${name}-client`,
    generateSecret: true,
    settings: { AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ['client_credentials'], AllowedOAuthScopes: ['agents/invoke'] },
  });
  return { poolId: pool.id, clientId: client.clientId, clientSecret: client.clientSecret!, discoveryUrl: discoveryUrl(region, pool.id), scope: 'agents/invoke' };
}

/** The token endpoint the pool's discovery document names, as the emulator serves it. */
export async function tokenEndpoint(emulator: RunningEmulator, poolId: string): Promise<string> {
  const document = (await (await fetch(`${emulator.url}/${poolId}/.well-known/openid-configuration`)).json()) as { token_endpoint: string };
  return document.token_endpoint;
}

/** A client-credentials access token from the pool's token endpoint (HTTP Basic client authentication). */
export async function clientCredentialsToken(emulator: RunningEmulator, machine: MachineClient): Promise<string> {
  const response = await fetch(await tokenEndpoint(emulator, machine.poolId), {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${machine.clientId}:${machine.clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  const body = (await response.json()) as { access_token?: string };
  if (!response.ok || !body.access_token) throw new Error(`token endpoint answered ${response.status}: ${JSON.stringify(body)}`);
  return body.access_token;
}
