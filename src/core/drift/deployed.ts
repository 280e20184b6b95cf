/**
 * Repo config vs the newest version AgentCore has: the settings deploy-version sends
 * (environment variables, role, network, protocol, lifecycle, authorizer), compared member
 * by member in the SDK's own shape. The image is not in the repo config (check.ts compares
 * it with the ledger instead).
 */
import type { GetAgentRuntimeResponse } from '@aws-sdk/client-bedrock-agentcore-control';
import { describeChanges } from '../runtime/compare.js';
import type { DesiredRuntime } from '../runtime/request.js';
import { diffJson } from './compare.js';
import { hideSecret, type Finding } from './report.js';

/**
 * Compared members, by the label deploy-version's describeChanges() gives a changed one and
 * the name a reader of the config knows it by.
 */
const MEMBERS = [
  ['environment variables', 'environmentVariables', 'environment_variables'],
  ['role', 'roleArn', 'role'],
  ['network', 'networkConfiguration', 'network'],
  ['protocol', 'protocolConfiguration', 'protocol'],
  ['lifecycle', 'lifecycleConfiguration', 'lifecycle'],
  ['authorizer', 'authorizerConfiguration', 'authorizer'],
] as const;

const ACTION = 'Run deploy-version to make AgentCore run the repo config, or put the change made in AWS into the repo.';

/**
 * `desired` is deploy-version's own request for the runtime (src/core/runtime/request.ts) and
 * whether a member differs is decided by deploy-version's own comparison (describeChanges, which
 * ignores list order and empty lists), so drift here means exactly "deploy-version would make a
 * new version". The findings then name each differing leaf with both values.
 */
export function compareDeployed(base: { environment: string; runtime: string }, desired: DesiredRuntime, actual: GetAgentRuntimeResponse): Finding[] {
  const changed = new Set(describeChanges(desired, actual).map((line) => line.slice(0, line.indexOf(':'))));
  const secrets = new Set(desired.secretNames);
  const findings: Finding[] = [];
  for (const [label, member, name] of MEMBERS) {
    if (!changed.has(label)) continue;
    // An empty map and no map are the same to AgentCore.
    const empty = member === 'environmentVariables' ? {} : undefined;
    for (const difference of diffJson(desired.settings[member] ?? empty, actual[member] ?? empty, name)) {
      const finding: Finding = {
        ...base,
        kind: 'deployed-config',
        path: difference.path,
        repo: difference.left ?? null,
        aws: difference.right ?? null,
        action: ACTION,
      };
      // Config env var names are plain identifiers, so the key is what follows "environment_variables.".
      const secret = member === 'environmentVariables' && secrets.has(difference.path.slice(name.length + 1));
      findings.push(secret ? hideSecret(finding) : finding);
    }
  }
  return findings;
}
