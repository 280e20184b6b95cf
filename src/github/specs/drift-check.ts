import { defineAction } from './types.js';
import { configFileInput, githubTokenInput } from './common.js';
import { environmentsInput } from './sync-config.js';

export const driftCheckSpec = defineAction({
  name: 'drift-check',
  title: 'AgentCore drift-check',
  description:
    'Compares the repo config, its copy in SSM and what AgentCore runs (versions, endpoints, unmanaged runtimes, and the gateway route of a runtime that promotes by canary) per environment; writes a JSON report, a job summary and one pull-request comment per config file.',
  inputs: {
    'config-file': configFileInput,
    environments: environmentsInput,
    'fail-on-drift': {
      kind: 'boolean',
      description: 'Fail the step when drift is found. Default: report only (errors fail the step either way).',
      default: false,
    },
    comment: {
      kind: 'choice',
      description:
        'auto comments on pull_request events; always also comments from other events on the open pull requests of the commit; never writes no comment. The comment is edited in place, and not created when there is no drift.',
      default: 'auto',
      choices: ['auto', 'always', 'never'],
    },
    'github-token': githubTokenInput,
    'report-file': {
      kind: 'string',
      description: 'Where to write the JSON drift report (schema: docs/ssm-layout.md), relative to the workspace.',
      default: 'agentcore-drift.json',
    },
  },
  outputs: {
    drifted: 'true when any drift was found.',
    'drift-count': 'The number of drift findings.',
    'report-file': 'The path of the JSON report written.',
  },
});
