/**
 * Reading AgentCore runtimes: by name (ListAgentRuntimes has no filter, so it pages through all),
 * one version, one endpoint. Failures are UserErrors saying what was being read.
 */
import {
  GetAgentRuntimeCommand,
  GetAgentRuntimeEndpointCommand,
  paginateListAgentRuntimes,
  type AgentRuntime,
  type BedrockAgentCoreControlClient,
  type GetAgentRuntimeEndpointResponse,
  type GetAgentRuntimeResponse,
} from '@aws-sdk/client-bedrock-agentcore-control';
import { explain, isAwsErrorNamed } from '../errors.js';

/** The runtime with this AgentCore name, or undefined when there is none. */
export async function findRuntimeByName(control: BedrockAgentCoreControlClient, name: string): Promise<AgentRuntime | undefined> {
  try {
    for await (const page of paginateListAgentRuntimes({ client: control }, { maxResults: 100 })) {
      const found = page.agentRuntimes?.find((runtime) => runtime.agentRuntimeName === name);
      if (found) return found;
    }
  } catch (error) {
    throw explain(`Looking for agent runtime ${name} (AgentCore ListAgentRuntimes)`, error, 'The credentials need bedrock-agentcore:ListAgentRuntimes.');
  }
  return undefined;
}

/** A runtime's newest version, or the given one. */
export async function getRuntimeVersion(control: BedrockAgentCoreControlClient, runtimeId: string, version?: string): Promise<GetAgentRuntimeResponse> {
  try {
    return await control.send(new GetAgentRuntimeCommand({ agentRuntimeId: runtimeId, ...(version ? { agentRuntimeVersion: version } : {}) }));
  } catch (error) {
    throw explain(`Reading agent runtime ${runtimeId}${version ? ` version ${version}` : ''} (AgentCore GetAgentRuntime)`, error);
  }
}

/** An endpoint of a runtime, or undefined when it does not exist. */
export async function getEndpoint(
  control: BedrockAgentCoreControlClient,
  runtimeId: string,
  endpointName: string,
): Promise<GetAgentRuntimeEndpointResponse | undefined> {
  try {
    return await control.send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: runtimeId, endpointName }));
  } catch (error) {
    if (isAwsErrorNamed(error, 'ResourceNotFoundException')) return undefined;
    throw explain(`Reading endpoint ${endpointName} of agent runtime ${runtimeId} (AgentCore GetAgentRuntimeEndpoint)`, error);
  }
}
