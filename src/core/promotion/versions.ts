/**
 * A runtime's versions as promotion sees them: which are READY, the newest READY one, and a
 * clear refusal (listing what is available) when the version asked for is not servable.
 */
import { paginateListAgentRuntimeVersions, type AgentRuntime } from '@aws-sdk/client-bedrock-agentcore-control';
import { UserError, explain } from '../errors.js';
import { describeRuntime, type RuntimeHandle } from './handle.js';

/** How many READY versions an error lists before "and N more". */
const LISTED_VERSIONS = 15;

export async function listVersions(handle: RuntimeHandle): Promise<AgentRuntime[]> {
  const versions: AgentRuntime[] = [];
  try {
    for await (const page of paginateListAgentRuntimeVersions({ client: handle.control }, { agentRuntimeId: handle.runtimeId, maxResults: 100 })) {
      versions.push(...(page.agentRuntimes ?? []));
    }
  } catch (error) {
    throw explain(`Listing the versions of ${describeRuntime(handle)} (AgentCore ListAgentRuntimeVersions)`, error);
  }
  return versions;
}

/** READY version numbers, oldest first. */
export function readyVersions(versions: AgentRuntime[]): string[] {
  return versions
    .filter((v) => v.status === 'READY' && v.agentRuntimeVersion)
    .map((v) => v.agentRuntimeVersion!)
    .sort((a, b) => Number(a) - Number(b));
}

/** "1, 2, 5" (newest last), capped. */
export function listReady(versions: AgentRuntime[]): string {
  const ready = readyVersions(versions);
  if (ready.length === 0) return 'none';
  const shown = ready.slice(-LISTED_VERSIONS);
  return `${ready.length > shown.length ? `… (${ready.length - shown.length} older), ` : ''}${shown.join(', ')}`;
}

export function newestReadyVersion(handle: RuntimeHandle, versions: AgentRuntime[]): string {
  const newest = readyVersions(versions).at(-1);
  if (!newest) {
    throw new UserError(`${describeRuntime(handle)} has no READY version to promote. Deploy one with deploy-version first.`);
  }
  return newest;
}

/** Refuses a version that does not exist or is not READY, listing the READY ones. */
export function requireReadyVersion(handle: RuntimeHandle, versions: AgentRuntime[], version: string, input: string): void {
  const found = versions.find((v) => v.agentRuntimeVersion === version);
  const available = `READY versions: ${listReady(versions)}.`;
  if (!found) {
    const newest = Math.max(0, ...versions.map((v) => Number(v.agentRuntimeVersion)));
    const why =
      Number(version) <= newest
        ? 'it was deleted (AgentCore deletes versions that no endpoint has served for 45 days, and versions can be deleted by hand)'
        : `no such version was ever made (the newest is ${newest || 'none'})`;
    throw new UserError(`Version ${version} (${input}) of ${describeRuntime(handle)} does not exist: ${why}. ${available}`);
  }
  if (found.status !== 'READY') {
    throw new UserError(`Version ${version} (${input}) of ${describeRuntime(handle)} is ${found.status}, and an endpoint can only serve a READY version. ${available}`);
  }
}
