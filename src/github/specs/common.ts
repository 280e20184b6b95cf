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
  // No expression syntax in a description: the runner evaluates it there and refuses to load the action.
  description: "Token for the GitHub API (pull-request comments, deployments). Usually the workflow's own token, github.token.",
  secret: true,
} as const;

export const timeoutMinutesInput = {
  kind: 'number',
  description: "How long to wait for AgentCore to finish each change (a version or an endpoint becoming READY), and for another run holding the runtime's lease.",
  default: 20,
  min: 1,
  max: 360,
  unit: 'minutes',
} as const;

/** An endpoint name a run may move: AgentCore's own DEFAULT follows the runtime's latest version by itself. */
export const endpointName = {
  pattern: /^(?!DEFAULT$)[a-zA-Z][a-zA-Z0-9_]{0,47}$/,
  rule: 'an endpoint name (letters, digits and underscores, starting with a letter, at most 48 characters), not DEFAULT: AgentCore moves DEFAULT itself',
} as const;

export const endpointInput = {
  kind: 'string',
  description: "Endpoint to move (the one users call). Default: the runtime's promotion.live_endpoint in the config.",
  ...endpointName,
} as const;

export const versionNumber = {
  pattern: /^[1-9][0-9]{0,4}$/,
  rule: 'an AgentCore version number such as 3',
} as const;

export const githubDeploymentsInput = {
  kind: 'boolean',
  description: 'Record a GitHub Deployment of this commit to the environment, with its status (needs github-token with deployments: write).',
  default: false,
} as const;
