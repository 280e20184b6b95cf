import { UserError } from './errors.js';
import type { LoadedConfig, ResolvedEnvironment, ResolvedRuntime } from './config/index.js';

/** The environment and runtime an action works on. */
export interface Target {
  environment: ResolvedEnvironment;
  runtime: ResolvedRuntime;
}

/** Picks the environment (default: current_environment) and its runtime (default: default_agent_runtime, or the only one). */
export function selectEnvironment(config: LoadedConfig, name: string | undefined): ResolvedEnvironment {
  return config.environment(name || config.currentEnvironment);
}

export function selectRuntime(config: LoadedConfig, environment: ResolvedEnvironment, key: string | undefined): ResolvedRuntime {
  const runtimes = environment.agent_runtimes;
  const known = Object.keys(runtimes);
  const chosen = key || environment.default_agent_runtime || (known.length === 1 ? known[0] : undefined);
  if (!chosen) {
    throw new UserError(
      known.length === 0
        ? `Environment "${environment.name}" in ${config.file} has no agent_runtimes: add one under environments.${environment.name}.agent_runtimes.`
        : `Environment "${environment.name}" has several runtimes (${known.join(', ')}) and no default_agent_runtime: set the input "agent-runtime" or environments.${environment.name}.default_agent_runtime.`,
    );
  }
  const runtime = runtimes[chosen];
  if (!runtime) {
    throw new UserError(
      `Agent runtime "${chosen}" is not in environment "${environment.name}" of ${config.file} (runtimes: ${known.join(', ') || 'none'}).`,
    );
  }
  return runtime;
}

export function selectTarget(config: LoadedConfig, environmentName?: string, runtimeKey?: string): Target {
  const environment = selectEnvironment(config, environmentName);
  return { environment, runtime: selectRuntime(config, environment, runtimeKey) };
}
