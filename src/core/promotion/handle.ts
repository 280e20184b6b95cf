/**
 * The runtime a promotion or rollback works on, with what every step needs: the AgentCore
 * client, where the runtime is (for messages that name environment, runtime and region), the
 * clock, the logger and the wait deadline.
 */
import type { BedrockAgentCoreControlClient } from '@aws-sdk/client-bedrock-agentcore-control';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';

export interface RuntimeHandle {
  control: BedrockAgentCoreControlClient;
  environment: string;
  region: string;
  /** Key under agent_runtimes in the config. */
  runtimeKey: string;
  /** The AgentCore runtime name. */
  runtimeName: string;
  runtimeId: string;
  runtimeArn: string;
  clock: Clock;
  logger: Logger;
  /** Deadline of each wait for an endpoint. */
  timeoutMs: number;
}

/** `runtime "support-bot" (support_bot_dev) of environment "dev" (us-west-2)` */
export function describeRuntime(handle: Pick<RuntimeHandle, 'environment' | 'region' | 'runtimeKey' | 'runtimeName'>): string {
  return `runtime "${handle.runtimeKey}" (${handle.runtimeName}) of environment "${handle.environment}" (${handle.region})`;
}

/** `endpoint "live" of runtime "support-bot" (support_bot_dev) of environment "dev" (us-west-2)` */
export function describeEndpoint(handle: Pick<RuntimeHandle, 'environment' | 'region' | 'runtimeKey' | 'runtimeName'>, endpoint: string): string {
  return `endpoint "${endpoint}" of ${describeRuntime(handle)}`;
}
