import { defineAction } from './types.js';
import {
  agentRuntimeInput,
  configFileInput,
  endpointInput,
  endpointName,
  environmentInput,
  githubDeploymentsInput,
  githubTokenInput,
  timeoutMinutesInput,
  versionNumber,
} from './common.js';

export const promoteEndpointSpec = defineAction({
  name: 'promote-endpoint',
  title: 'AgentCore promote-endpoint',
  description:
    'Blue-green inside one environment: moves the candidate endpoint to a version, smoke-tests it, moves live (compare-and-swap on the version live served), waits until live really serves it, bakes on CloudWatch alarms and rolls back on trouble; records the promotion in the ledger and, when asked, as a GitHub Deployment. With strategy canary, traffic first shifts to the candidate through an AgentCore gateway in steps, each baked, and all of it returns to live in one call on an alarm, a failed step or a cancel. Promoting the version already live changes nothing.',
  inputs: {
    'config-file': configFileInput,
    environment: environmentInput,
    'agent-runtime': agentRuntimeInput,
    version: {
      kind: 'string',
      description: 'Version to promote. Default: the newest READY version.',
      ...versionNumber,
    },
    endpoint: endpointInput,
    'candidate-endpoint': {
      kind: 'string',
      description: "Endpoint that receives the version first, for the smoke test. Default: the runtime's promotion.candidate_endpoint.",
      ...endpointName,
    },
    'expected-version': {
      kind: 'string',
      description: 'Compare-and-swap: refuse (moving nothing) unless the endpoint serves this version when live is about to move.',
      ...versionNumber,
    },
    'smoke-test': {
      kind: 'boolean',
      description: "Run the config's promotion.smoke_test against the candidate endpoint before live moves (nothing runs when the config defines none).",
      default: true,
    },
    'bake-minutes': {
      kind: 'number',
      description: "Minutes to watch the alarms and live's status after live moves (fractions allowed, e.g. 0.5). Default: the runtime's promotion.bake_minutes.",
      min: 0,
      max: 1440,
      integer: false,
      unit: 'minutes',
    },
    alarms: {
      kind: 'list',
      description: "CloudWatch alarm names (comma or newline separated) that roll live back when one goes to ALARM during the bake. Default: the runtime's promotion.alarms.",
    },
    strategy: {
      kind: 'string',
      description:
        "blue-green moves live in one step after the smoke test; canary first shifts the config's promotion.canary.steps of traffic to the candidate through the gateway, each step baked on the alarms, and aborts to live on trouble. Default: the runtime's promotion.strategy.",
      pattern: /^(blue-green|canary)$/,
      rule: 'blue-green or canary',
    },
    'auto-rollback': {
      kind: 'boolean',
      description: 'Return live to the version it served when the bake fails (an alarm, or live leaving READY). With false, live stays on the new version and the step fails.',
      default: true,
    },
    'github-deployments': githubDeploymentsInput,
    'github-token': githubTokenInput,
    'timeout-minutes': timeoutMinutesInput,
  },
  outputs: {
    endpoint: 'The endpoint promoted (live).',
    version: 'The version promoted.',
    'previous-version': 'The version the endpoint served before; empty when this run created it.',
    changed: 'true when the endpoint serves another version than before the run; false for a no-op, a failure or a rollback.',
    'rolled-back': 'true when the bake (or a canary step) failed and live (or all traffic) was returned to the previous version.',
    'smoke-test-result': 'passed, failed, skipped (no smoke test, or the version was already live) or not-run (the promotion stopped before it).',
    strategy: 'blue-green or canary: how this run promoted.',
    'canary-steps': 'Each canary step as percent:result, comma separated (e.g. 10:passed,50:not-run); empty for blue-green.',
  },
  leased: true,
});
