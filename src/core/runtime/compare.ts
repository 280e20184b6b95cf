/**
 * What differs between the desired request and what a deployed version really runs
 * (GetAgentRuntime), as lines a person reads. Environment variable values are never shown:
 * a plain one is named, a secret one says "value hidden".
 */
import type { GetAgentRuntimeResponse } from '@aws-sdk/client-bedrock-agentcore-control';
import { canonicalJson } from '../config/index.js';
import type { DesiredRuntime } from './request.js';

/** The marker versionDescription() ends a description with: `(commit abc1234 config 0123456789ab)`. */
const MARKER = /^(?:(.*) \()?(?:commit [0-9a-f]{7,40} )?config ([0-9a-f]{12})\)?$/s;

/** A description's user text and config hash; the commit is left out, as a new commit alone changes nothing. */
function splitDescription(description: string | undefined): { text: string; hash?: string } {
  const match = MARKER.exec(description ?? '');
  return match ? { text: match[1] ?? '', hash: match[2]! } : { text: description ?? '' };
}

function sortedStrings(values: string[] | undefined): string[] {
  return [...(values ?? [])].sort();
}

/** Network config with list order ignored (AWS does not keep it meaningful). */
function network(value: GetAgentRuntimeResponse['networkConfiguration']): unknown {
  if (!value) return { networkMode: 'PUBLIC' };
  const config = value.networkModeConfig;
  return {
    networkMode: value.networkMode,
    ...(config ? { networkModeConfig: { subnets: sortedStrings(config.subnets), securityGroups: sortedStrings(config.securityGroups) } } : {}),
  };
}

/** The JWT authorizer with empty lists dropped and lists sorted; anything else AWS holds stays, so it shows as a change. */
function authorizer(value: GetAgentRuntimeResponse['authorizerConfiguration']): unknown {
  const jwt = value?.customJWTAuthorizer;
  if (!jwt) return value?.$unknown ? { unknown: value.$unknown[0] } : undefined;
  return Object.fromEntries(
    Object.entries(jwt)
      .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => [k, Array.isArray(v) && v.every((item) => typeof item === 'string') ? [...v].sort() : v]),
  );
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function variableChanges(desired: DesiredRuntime, deployed: Record<string, string>): string[] {
  const wanted = desired.settings.environmentVariables;
  const label = (name: string) => (desired.secretNames.includes(name) ? `secret ${name}` : name);
  const added = Object.keys(wanted).filter((name) => !(name in deployed));
  const removed = Object.keys(deployed).filter((name) => !(name in wanted));
  const changed = Object.keys(wanted).filter((name) => name in deployed && deployed[name] !== wanted[name]);
  const parts = [
    ...added.sort().map((name) => `${label(name)} added`),
    ...removed.sort().map((name) => `${name} removed`),
    ...changed.sort().map((name) => `${label(name)} changed${desired.secretNames.includes(name) ? ' (value hidden)' : ''}`),
  ];
  return parts.length ? [`environment variables: ${parts.join(', ')}`] : [];
}

/** Differences from the deployed version; empty when it runs exactly the desired request. */
export function describeChanges(desired: DesiredRuntime, deployed: GetAgentRuntimeResponse): string[] {
  const want = desired.settings;
  const changes: string[] = [];
  const deployedImage = deployed.agentRuntimeArtifact?.containerConfiguration?.containerUri;
  if (deployedImage !== want.agentRuntimeArtifact.containerConfiguration.containerUri) {
    changes.push(`image: ${deployedImage ?? 'none'} → ${want.agentRuntimeArtifact.containerConfiguration.containerUri}`);
  }
  if (deployed.roleArn !== want.roleArn) changes.push(`role: ${deployed.roleArn ?? 'none'} → ${want.roleArn}`);
  if (!same(network(deployed.networkConfiguration), network(want.networkConfiguration))) {
    changes.push(`network: ${canonicalJson(network(deployed.networkConfiguration))} → ${canonicalJson(network(want.networkConfiguration))}`);
  }
  const protocol = deployed.protocolConfiguration?.serverProtocol ?? 'HTTP';
  if (protocol !== want.protocolConfiguration.serverProtocol) changes.push(`protocol: ${protocol} → ${want.protocolConfiguration.serverProtocol}`);
  const lifecycle = deployed.lifecycleConfiguration;
  const wantLifecycle = want.lifecycleConfiguration;
  if (lifecycle?.idleRuntimeSessionTimeout !== wantLifecycle.idleRuntimeSessionTimeout || lifecycle?.maxLifetime !== wantLifecycle.maxLifetime) {
    changes.push(
      `lifecycle: idle ${lifecycle?.idleRuntimeSessionTimeout ?? '?'}s / max ${lifecycle?.maxLifetime ?? '?'}s → ` +
        `idle ${wantLifecycle.idleRuntimeSessionTimeout}s / max ${wantLifecycle.maxLifetime}s`,
    );
  }
  changes.push(...variableChanges(desired, deployed.environmentVariables ?? {}));
  const deployedAuthorizer = authorizer(deployed.authorizerConfiguration);
  const wantAuthorizer = authorizer(want.authorizerConfiguration);
  if (!same(deployedAuthorizer, wantAuthorizer)) {
    changes.push(`authorizer: ${deployedAuthorizer ? canonicalJson(deployedAuthorizer) : 'IAM (none)'} → ${wantAuthorizer ? canonicalJson(wantAuthorizer) : 'IAM (none)'}`);
  }
  const was = splitDescription(deployed.description);
  const now = splitDescription(desired.description);
  if (was.text !== now.text) changes.push(`description: "${was.text}" → "${now.text}"`);
  // Only the hash sees a secret moved to another reference with the same value.
  if (changes.length === 0 && was.hash && was.hash !== now.hash) changes.push(`config hash: ${was.hash} → ${now.hash} (secret references changed)`);
  return changes;
}
