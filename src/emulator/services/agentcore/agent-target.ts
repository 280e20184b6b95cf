import type { AgentTarget } from '../../agents/pool.js';
import type { EmuContext } from '../../types.js';
import { blobStore, ecrRegistry, parseImageUri } from '../ecr/store.js';
import { SERVICE, parseRuntimeArn, type AgentCoreData, type AgentRuntime, type RuntimeVersion } from './store.js';

/** What the agent pool needs to run a version's image for one session, read from the emulator's state. */
export function agentTarget(ctx: EmuContext, runtime: AgentRuntime, version: RuntimeVersion, session: string): AgentTarget {
  const { account, region } = parseRuntimeArn(runtime.arn)!;
  const containerUri = (version.config.agentRuntimeArtifact.containerConfiguration as { containerUri?: string } | undefined)?.containerUri;
  const ref = containerUri !== undefined ? parseImageUri(containerUri) : undefined;
  const repository = ref && ecrRegistry(ctx.state, ref.account, ref.region).repositories[ref.repository];
  const blobs = blobStore(ctx.state);
  const alive = () => {
    // Read without settling: the sweep must not move statuses on its own timer.
    const data = ctx.state.scopes<AgentCoreData>(SERVICE).find((s) => s.account === account && s.region === region)?.data;
    const current = data?.runtimes[runtime.id];
    return current !== undefined && current.deletingUntil === undefined && current.versions[version.version] !== undefined;
  };
  return {
    account,
    region,
    runtimeId: runtime.id,
    runtimeName: runtime.name,
    version: version.version,
    session,
    image: repository && version.imageDigest !== undefined ? { source: { repository, blob: (digest) => blobs.get(digest) }, digest: version.imageDigest } : undefined,
    environmentVariables: (version.config.environmentVariables as Record<string, string> | undefined) ?? {},
    idleTimeoutSeconds: version.config.lifecycleConfiguration.idleRuntimeSessionTimeout,
    maxLifetimeSeconds: version.config.lifecycleConfiguration.maxLifetime,
    alive,
  };
}
