/** Inputs several actions share; each means the same everywhere (a test checks the action.yml files agree). */
export const configFileInput = {
  kind: 'string',
  description: 'Path of the agentcore.json config file, relative to the workspace.',
  default: 'agentcore.json',
} as const;

export const environmentInput = {
  kind: 'string',
  description: "Environment to act on, a key of the config's environments. Default: the config's current_environment.",
} as const;

export const agentRuntimeInput = {
  kind: 'string',
  description: "Agent runtime to act on, a key of the environment's agent_runtimes. Default: the environment's default_agent_runtime.",
} as const;

export const githubTokenInput = {
  kind: 'string',
  description: 'Token for the GitHub API (pull-request comments, deployments). Usually ${{ github.token }}.',
  secret: true,
} as const;
