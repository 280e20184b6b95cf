import { defineAction } from './types.js';
import {
  agentRuntimeInput,
  configFileInput,
  endpointInput,
  environmentInput,
  githubDeploymentsInput,
  githubTokenInput,
  timeoutMinutesInput,
  versionNumber,
} from './common.js';

export const rollbackSpec = defineAction({
  name: 'rollback',
  title: 'AgentCore rollback',
  description:
    'Switches an endpoint back to a version that was good (by default the one it served before, from the ledger, skipping versions whose promotion was rolled back), waits until it really serves it and records the rollback. Re-running it changes nothing, and neither does a second rollback while the endpoint still serves the version the latest rollback returned to: name to-version to go further back. For a runtime with promotion.canary, rolling back live also puts all of its gateway traffic on live (a static route), removing a split an interrupted canary left, even when live needs no move.',
  inputs: {
    'config-file': configFileInput,
    environment: environmentInput,
    'agent-runtime': agentRuntimeInput,
    endpoint: endpointInput,
    'to-version': {
      kind: 'string',
      description: 'Version to return to. Default: the version the endpoint served before the current one (from the ledger), skipping versions whose promotion was rolled back.',
      ...versionNumber,
    },
    reason: {
      kind: 'string',
      description: 'Why, for the ledger, the job summary and the GitHub Deployment.',
    },
    'github-deployments': githubDeploymentsInput,
    'github-token': githubTokenInput,
    'timeout-minutes': timeoutMinutesInput,
  },
  outputs: {
    version: 'The version the endpoint serves after the rollback.',
    'previous-version': 'The version it served before.',
    changed: 'true when the endpoint moved; false when it already served that version (a re-run, say).',
  },
  leased: true,
});
