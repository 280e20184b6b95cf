import { defineAction } from './types.js';
import { configFileInput } from './common.js';

/** Shared by sync-config and drift-check, so the root action.yml declares it once. */
export const environmentsInput = {
  kind: 'list',
  description: 'Environments to act on, comma- or newline-separated keys of the config\'s environments. Default: all of them.',
} as const;

export const syncConfigSpec = defineAction({
  name: 'sync-config',
  title: 'AgentCore sync-config',
  description:
    "Copies each environment's resolved config (secret references, never values) to SSM Parameter Store under the config's parameter_store_prefix, writing only what differs; check mode reports differences without writing.",
  inputs: {
    'config-file': configFileInput,
    environments: environmentsInput,
    mode: {
      kind: 'choice',
      description: 'push writes the config copy; check only compares and fails the step when the copy in SSM differs.',
      default: 'push',
      choices: ['push', 'check'],
    },
    prune: {
      kind: 'boolean',
      description: 'Delete config copies under <prefix>/<environment>/config that the config no longer produces. Without it they are listed as stale. Ledgers and leases are never touched.',
      default: false,
    },
    'dry-run': {
      kind: 'boolean',
      description: 'Report what a push would write and delete, and write nothing.',
      default: false,
    },
  },
  outputs: {
    changed: 'true when the SSM copy differed from the config (and, on a push, was brought in line).',
    written: 'How many parameters were written (in check mode or a dry run: would be written).',
    deleted: 'How many stale parameters were deleted by prune (in a dry run: would be deleted).',
    stale: 'How many parameters the config no longer produces were left in place (prune is off).',
  },
});
