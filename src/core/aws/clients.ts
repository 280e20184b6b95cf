/**
 * The one place SDK clients are built, so every client gets the same region, credentials,
 * retries, connect timeout, unreachable-endpoint message and user agent. Endpoints are not configured here on purpose: the SDK reads
 * AWS_ENDPOINT_URL (and AWS_ENDPOINT_URL_<SERVICE>) itself, which is how the emulator is
 * reached without any flag in our code.
 *
 * Each client package is imported only when a client of it is asked for, so an action
 * loads just the SDK packages it uses, and only after its inputs and config are checked.
 */
import type { BedrockAgentCoreClient } from '@aws-sdk/client-bedrock-agentcore';
import type { BedrockAgentCoreControlClient } from '@aws-sdk/client-bedrock-agentcore-control';
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { ECRClient } from '@aws-sdk/client-ecr';
import type { IAMClient } from '@aws-sdk/client-iam';
import type { SSMClient } from '@aws-sdk/client-ssm';
import type { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, FinalizeRequestMiddleware, RetryStrategyV2 } from '@aws-sdk/types';

/** Where clients point: a region, and credentials when not the job's own (an assumed role of another account). */
export interface AwsTarget {
  region: string;
  credentials?: AwsCredentialIdentity;
}

/** Every SDK client an action may use, by the name actions ask for it. */
export interface EnvironmentClients {
  sts: STSClient;
  ssm: SSMClient;
  /** AgentCore control plane: runtimes, versions, endpoints. */
  agentcore: BedrockAgentCoreControlClient;
  /** AgentCore data plane: InvokeAgentRuntime, for the smoke test. */
  agentcoreData: BedrockAgentCoreClient;
  ecr: ECRClient;
  cloudformation: CloudFormationClient;
  iam: IAMClient;
  cognito: CognitoIdentityProviderClient;
  cloudwatch: CloudWatchClient;
}

export type ClientName = keyof EnvironmentClients;

/** Builds the named clients for a target; core receives this to reach another region or account. */
export type ClientFactory = <K extends ClientName>(target: AwsTarget, names: readonly K[]) => Promise<Pick<EnvironmentClients, K>>;

export const USER_AGENT: [string, string] = ['agentcore-actions', '0.1.0'];
/**
 * SDK attempts per call; throttling, 5xx and network errors are retried with jittered backoff,
 * except that a connection that fails is retried once (`connection.ts`): an endpoint that is down fails fast.
 */
export const DEFAULT_MAX_ATTEMPTS = 8;
/** AgentCore calls get more attempts than the default: a throttling burst must not fail a deploy or a promotion. */
export const AGENTCORE_MAX_ATTEMPTS = 12;

interface ClientConfig {
  region: string;
  credentials?: AwsCredentialIdentity;
  maxAttempts: number;
  retryStrategy: RetryStrategyV2;
  requestHandler: { connectionTimeout: number };
  customUserAgent: [string, string][];
}

/** What every built client has: its middleware stack, for the unreachable-endpoint message. */
interface BuiltClient {
  middlewareStack: { add(middleware: FinalizeRequestMiddleware<object, object>, options: { step: 'finalizeRequest'; name: string; priority: 'low' }): void };
}

interface ClientKind<T extends BuiltClient> {
  load(): Promise<new (config: ClientConfig) => T>;
  maxAttempts: number;
}

// Destructured, so the bundler sees that only the client class of each package is used and keeps
// just the commands core imports (an awaited namespace would keep every one).
const KINDS: { [K in ClientName]: ClientKind<EnvironmentClients[K]> } = {
  sts: {
    load: async () => {
      const { STSClient } = await import('@aws-sdk/client-sts');
      return STSClient;
    },
    maxAttempts: DEFAULT_MAX_ATTEMPTS,
  },
  ssm: {
    load: async () => {
      const { SSMClient } = await import('@aws-sdk/client-ssm');
      return SSMClient;
    },
    maxAttempts: DEFAULT_MAX_ATTEMPTS,
  },
  agentcore: {
    load: async () => {
      const { BedrockAgentCoreControlClient } = await import('@aws-sdk/client-bedrock-agentcore-control');
      return BedrockAgentCoreControlClient;
    },
    maxAttempts: AGENTCORE_MAX_ATTEMPTS,
  },
  // The smoke test counts and spaces its own attempts: an SDK retry would hide a failing one.
  agentcoreData: {
    load: async () => {
      const { BedrockAgentCoreClient } = await import('@aws-sdk/client-bedrock-agentcore');
      return BedrockAgentCoreClient;
    },
    maxAttempts: 1,
  },
  ecr: {
    load: async () => {
      const { ECRClient } = await import('@aws-sdk/client-ecr');
      return ECRClient;
    },
    maxAttempts: DEFAULT_MAX_ATTEMPTS,
  },
  cloudformation: {
    load: async () => {
      const { CloudFormationClient } = await import('@aws-sdk/client-cloudformation');
      return CloudFormationClient;
    },
    maxAttempts: DEFAULT_MAX_ATTEMPTS,
  },
  iam: {
    load: async () => {
      const { IAMClient } = await import('@aws-sdk/client-iam');
      return IAMClient;
    },
    maxAttempts: DEFAULT_MAX_ATTEMPTS,
  },
  cognito: {
    load: async () => {
      const { CognitoIdentityProviderClient } = await import('@aws-sdk/client-cognito-identity-provider');
      return CognitoIdentityProviderClient;
    },
    maxAttempts: DEFAULT_MAX_ATTEMPTS,
  },
  cloudwatch: {
    load: async () => {
      const { CloudWatchClient } = await import('@aws-sdk/client-cloudwatch');
      return CloudWatchClient;
    },
    maxAttempts: DEFAULT_MAX_ATTEMPTS,
  },
};

async function createClient<K extends ClientName>(name: K, target: AwsTarget): Promise<EnvironmentClients[K]> {
  const kind: ClientKind<EnvironmentClients[K]> = KINDS[name];
  const [Client, connection] = await Promise.all([kind.load(), import('./connection.js')]);
  const client = new Client({
    region: target.region,
    ...(target.credentials ? { credentials: target.credentials } : {}),
    maxAttempts: kind.maxAttempts,
    retryStrategy: new connection.ConnectionRetryStrategy(kind.maxAttempts),
    requestHandler: { connectionTimeout: connection.CONNECT_TIMEOUT_MS },
    customUserAgent: [USER_AGENT],
  });
  const built: BuiltClient = client;
  built.middlewareStack.add(connection.unreachableEndpointMiddleware(target.region), { step: 'finalizeRequest', name: 'unreachableEndpoint', priority: 'low' });
  return client;
}

/** The named clients for one target, e.g. `await createClients({ region }, ['sts', 'ssm'])`. */
export const createClients: ClientFactory = async <K extends ClientName>(target: AwsTarget, names: readonly K[]) => {
  const built = await Promise.all(names.map(async (name) => [name, await createClient(name, target)] as const));
  // Object.fromEntries loses the key-to-client pairing that `names` guarantees.
  return Object.fromEntries(built) as unknown as Pick<EnvironmentClients, K>;
};
