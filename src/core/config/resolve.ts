import { isGatewayId } from './gateway-schema.js';
import { formatPath, pathKey, type PathSegment, type Problem } from './json-path.js';
import { configErrorMap, listOf, show } from './messages.js';
import {
  awsNameProblem,
  EnvironmentSchema,
  EnvironmentVariablesSchema,
  GlobalResourcesSchema,
  isAwsName,
  isEnvironmentName,
  isRoleArn,
  isRuntimeKey,
  RuntimeSchema,
  type EnvironmentConfig,
  type GlobalResources,
  type RuntimeConfig,
} from './schema.js';
import { zodProblems } from './zod-issues.js';

/** One runtime of one environment, every default applied and everything derived filled in. */
export interface ResolvedRuntime extends Omit<RuntimeConfig, 'environment_variables' | 'authorizer'> {
  /** Its key under agent_runtimes. */
  key: string;
  /** The AgentCore runtime name: `name`, or `<key>_<environment>` made valid. */
  aws_name: string;
  /** The environment's variables with the runtime's layered over them. */
  environment_variables: Record<string, string>;
  authorizer: 'cognito' | 'none';
  /** JSON path of the runtime in the file, for messages. */
  config_path: string;
}

/** One environment after `extends`, defaults and every cross-reference check. */
export interface ResolvedEnvironment extends Omit<EnvironmentConfig, 'agent_runtimes'> {
  name: string;
  agent_runtimes: Record<string, ResolvedRuntime>;
  global_resources: GlobalResources;
}

/** For each path inside a merged environment (as a pathKey), the environment whose section of the file wrote it. */
export type Origins = Map<string, string>;

export interface Resolution {
  problems: Problem[];
  /** The environments that resolved without a problem. */
  environments: Record<string, ResolvedEnvironment>;
  /** Per environment that could be merged, where each of its values came from. */
  origins: Map<string, Origins>;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The AWS name a runtime gets without `name`: `<key>_<environment>`, other characters turned into `_`. */
export function defaultRuntimeName(key: string, environment: string): string {
  return `${key}_${environment}`.replace(/[^a-zA-Z0-9_]/g, '_');
}

/**
 * Applies `extends`, validates each environment as merged, and checks what refers to
 * what. Works on the raw JSON so it can report every problem even when the file as a
 * whole does not validate; problems the file-level parse also sees are dropped later
 * by position.
 */
export function resolveConfig(root: unknown): Resolution {
  const resolution: Resolution = { problems: [], environments: {}, origins: new Map() };
  if (!isObject(root) || !isObject(root.environments)) return resolution;
  const raw = root.environments;
  const allNames = Object.keys(raw);
  const names = allNames.filter((name) => isEnvironmentName(name) && isObject(raw[name]));

  const current = root.current_environment;
  if (typeof current === 'string' && current !== '' && !Object.hasOwn(raw, current)) {
    resolution.problems.push({
      path: ['current_environment'],
      message: `current_environment names ${show(current)}, which is not an environment (environments: ${listOf(allNames)})`,
    });
  }

  const globalResources = GlobalResourcesSchema.safeParse(root.global_resources === undefined ? {} : root.global_resources);
  const declared = declaredResources(root.global_resources);
  const chains = extendsChains(raw, names, allNames, resolution.problems);
  for (const [name, chain] of chains) {
    const origins: Origins = new Map();
    let merged: unknown = {};
    for (const layer of chain) {
      const { extends: _parent, ...own } = raw[layer] as JsonObject;
      merged = overlay(merged, own, [], layer, origins);
    }
    resolution.origins.set(name, origins);
    const parsed = EnvironmentSchema.safeParse(merged, { error: configErrorMap });
    if (!parsed.success) resolution.problems.push(...zodProblems(parsed.error.issues, EnvironmentSchema, merged, ['environments', name]));
    const problems = checkEnvironment(name, parsed.success ? partsOf(parsed.data) : salvagedParts(merged), declared);
    resolution.problems.push(...problems);
    if (parsed.success && globalResources.success && problems.length === 0) {
      resolution.environments[name] = resolvedEnvironment(name, parsed.data, globalResources.data);
    }
  }
  resolution.problems.push(...sharedNameProblems(resolution.environments));
  return resolution;
}

/** Each environment's `extends` chain, root first; an environment whose chain is broken has none. */
function extendsChains(raw: JsonObject, names: string[], allNames: string[], problems: Problem[]): Map<string, string[]> {
  const chains = new Map<string, string[]>();
  const reported = new Set<string>();
  for (const name of names) {
    const chain = [name];
    let broken = false;
    for (let child = name; ; ) {
      const parent = (raw[child] as JsonObject).extends;
      if (parent === undefined) break;
      if (typeof parent !== 'string' || (Object.hasOwn(raw, parent) && !names.includes(parent))) {
        // A wrong type or a broken parent: reported where it sits.
        broken = true;
        break;
      }
      if (!Object.hasOwn(raw, parent)) {
        if (!reported.has(child)) {
          reported.add(child);
          problems.push({
            path: ['environments', child, 'extends'],
            message: `extends names ${show(parent)}, which is not an environment (environments: ${listOf(allNames)})`,
          });
        }
        broken = true;
        break;
      }
      const start = chain.indexOf(parent);
      if (start >= 0) {
        const cycle = chain.slice(start);
        // Reported once, from the member that comes first in the file.
        const first = cycle.reduce((a, b) => (names.indexOf(b) < names.indexOf(a) ? b : a));
        if (!reported.has(`cycle:${first}`)) {
          reported.add(`cycle:${first}`);
          const from = cycle.indexOf(first);
          const ordered = [...cycle.slice(from), ...cycle.slice(0, from), first];
          problems.push({ path: ['environments', first, 'extends'], message: `extends cycle: ${ordered.join(' -> ')}` });
        }
        broken = true;
        break;
      }
      chain.push(parent);
      child = parent;
    }
    if (!broken) chains.set(name, chain.reverse());
  }
  return chains;
}

/** Values replaced whole rather than merged: a cognito choice, and JSON the user means as one piece. */
function isAtomic(path: readonly PathSegment[]): boolean {
  if (path.length === 1 && path[0] === 'cognito') return true;
  return (
    path.length === 5 &&
    path[0] === 'agent_runtimes' &&
    path[2] === 'promotion' &&
    path[3] === 'smoke_test' &&
    (path[4] === 'payload' || path[4] === 'expect_json')
  );
}

/** `top` over `base`: objects merge key by key, anything else is replaced; `origins` records who wrote what. */
function overlay(base: unknown, top: unknown, path: PathSegment[], layer: string, origins: Origins): unknown {
  if (isObject(base) && isObject(top) && !isAtomic(path)) {
    const result: JsonObject = { ...base };
    origins.set(pathKey(path), layer);
    for (const [key, value] of Object.entries(top)) result[key] = overlay(base[key], value, [...path, key], layer, origins);
    return result;
  }
  const prefix = pathKey(path).slice(0, -1);
  for (const key of origins.keys()) if (key.startsWith(prefix)) origins.delete(key);
  markOrigins(top, path, layer, origins);
  return top;
}

function markOrigins(value: unknown, path: PathSegment[], layer: string, origins: Origins): void {
  origins.set(pathKey(path), layer);
  if (Array.isArray(value)) value.forEach((item, index) => markOrigins(item, [...path, index], layer, origins));
  else if (isObject(value)) for (const [key, item] of Object.entries(value)) markOrigins(item, [...path, key], layer, origins);
}

const MAX_ENVIRONMENT_VARIABLES = 50;

/** Keys of global_resources that runtimes may name; undefined where the file has no valid list (already reported). */
interface DeclaredResources {
  repositories?: string[];
  roles?: string[];
  gateways?: string[];
}

function declaredResources(globals: unknown): DeclaredResources {
  const keys = (list: unknown) => (list === undefined ? [] : isObject(list) ? Object.keys(list) : undefined);
  if (globals === undefined) return { repositories: [], roles: [], gateways: [] };
  return isObject(globals) ? { repositories: keys(globals.ecr_repositories), roles: keys(globals.iam_roles), gateways: keys(globals.gateways) } : {};
}

/** What the cross-reference checks read from one environment. */
interface CheckedParts {
  hasCognito: boolean;
  /** Undefined when they are invalid (already reported), so nothing is counted. */
  environment_variables?: Record<string, string>;
  default_agent_runtime?: string;
  runtimeKeys: string[];
  runtimes: Array<[string, RuntimeConfig]>;
}

function partsOf(environment: EnvironmentConfig): CheckedParts {
  return {
    hasCognito: environment.cognito !== undefined,
    environment_variables: environment.environment_variables,
    default_agent_runtime: environment.default_agent_runtime,
    runtimeKeys: Object.keys(environment.agent_runtimes),
    runtimes: Object.entries(environment.agent_runtimes),
  };
}

/** The valid parts of an environment that failed to parse, so its other problems are reported in the same run. */
function salvagedParts(merged: unknown): CheckedParts {
  const environment = isObject(merged) ? merged : {};
  const runtimes = isObject(environment.agent_runtimes) ? environment.agent_runtimes : {};
  const variables = EnvironmentVariablesSchema.safeParse(environment.environment_variables ?? {});
  return {
    hasCognito: environment.cognito !== undefined,
    environment_variables: variables.success ? variables.data : undefined,
    default_agent_runtime: typeof environment.default_agent_runtime === 'string' ? environment.default_agent_runtime : undefined,
    runtimeKeys: Object.keys(runtimes),
    runtimes: Object.entries(runtimes).flatMap(([key, value]): Array<[string, RuntimeConfig]> => {
      const runtime = RuntimeSchema.safeParse(value);
      return isRuntimeKey(key) && runtime.success ? [[key, runtime.data]] : [];
    }),
  };
}

function checkEnvironment(name: string, environment: CheckedParts, declared: DeclaredResources): Problem[] {
  const problems: Problem[] = [];
  const environmentPath = ['environments', name];
  const byAwsName = new Map<string, string>();
  for (const [key, runtime] of environment.runtimes) {
    const path = [...environmentPath, 'agent_runtimes', key];
    const awsName = runtime.name ?? defaultRuntimeName(key, name);
    if (!isAwsName(awsName)) {
      problems.push({
        path,
        message: `the AWS name made from <runtime key>_<environment>, ${show(awsName)}, is not valid (${awsNameProblem(awsName)}): set "name" for this runtime`,
      });
    }
    const sameName = byAwsName.get(awsName);
    if (sameName !== undefined) {
      problems.push({
        path: runtime.name ? [...path, 'name'] : path,
        message: `runtimes "${sameName}" and "${key}" would both be named ${show(awsName)} in AWS: give one of them a distinct "name"`,
      });
    }
    byAwsName.set(awsName, key);
    if (runtime.authorizer === 'cognito' && !environment.hasCognito) {
      problems.push({
        path: [...path, 'authorizer'],
        message: `authorizer is "cognito" but environment "${name}" has no cognito: add "cognito" to the environment or set "authorizer": "none"`,
      });
    }
    const { repositories, roles } = declared;
    if (repositories && !repositories.includes(runtime.ecr_repository)) {
      problems.push({
        path: [...path, 'ecr_repository'],
        message: `ecr_repository names ${show(runtime.ecr_repository)}, which is not in global_resources.ecr_repositories (repositories: ${listOf(repositories)})`,
      });
    }
    if (roles && !isRoleArn(runtime.iam_role) && !roles.includes(runtime.iam_role)) {
      problems.push({
        path: [...path, 'iam_role'],
        message: `iam_role names ${show(runtime.iam_role)}, which is neither a role ARN nor in global_resources.iam_roles (roles: ${listOf(roles)})`,
      });
    }
    if (environment.environment_variables) problems.push(...variableProblems(path, environment.environment_variables, runtime));
    const gateway = runtime.promotion.canary?.gateway;
    if (gateway !== undefined && declared.gateways && !declared.gateways.includes(gateway) && !isGatewayId(gateway)) {
      problems.push({
        path: [...path, 'promotion', 'canary', 'gateway'],
        message: `gateway names ${show(gateway)}, which is neither a gateway id nor in global_resources.gateways (gateways: ${listOf(declared.gateways)})`,
      });
    }
  }
  const fallback = environment.default_agent_runtime;
  if (fallback !== undefined && !environment.runtimeKeys.includes(fallback)) {
    problems.push({
      path: [...environmentPath, 'default_agent_runtime'],
      message: `default_agent_runtime names ${show(fallback)}, which is not a runtime of this environment (runtimes: ${listOf(environment.runtimeKeys)})`,
    });
  }
  return problems;
}

/** The runtime's variables layered over the environment's, with its secrets, must fit AgentCore's limit and not collide. */
function variableProblems(path: PathSegment[], inherited: Record<string, string>, runtime: RuntimeConfig): Problem[] {
  const problems: Problem[] = [];
  const variables = { ...inherited, ...runtime.environment_variables };
  const secrets = Object.keys(runtime.secrets);
  const count = Object.keys(variables).length + secrets.length;
  if (count > MAX_ENVIRONMENT_VARIABLES) {
    problems.push({
      path: [...path, 'environment_variables'],
      message: `a runtime takes at most ${MAX_ENVIRONMENT_VARIABLES} environment variables, this one has ${count} (the environment's and its own, plus secrets)`,
    });
  }
  for (const secret of secrets.filter((secret) => Object.hasOwn(variables, secret))) {
    problems.push({ path: [...path, 'secrets', secret], at: 'key', message: `${secret} is both an environment variable and a secret: keep one` });
  }
  return problems;
}

function resolvedEnvironment(name: string, environment: EnvironmentConfig, globalResources: GlobalResources): ResolvedEnvironment {
  const { agent_runtimes: runtimes, ...settings } = environment;
  const agent_runtimes: Record<string, ResolvedRuntime> = {};
  for (const [key, runtime] of Object.entries(runtimes)) {
    const { environment_variables: own, authorizer, ...rest } = runtime;
    agent_runtimes[key] = {
      key,
      aws_name: runtime.name ?? defaultRuntimeName(key, name),
      ...rest,
      environment_variables: { ...environment.environment_variables, ...own },
      authorizer: authorizer ?? (environment.cognito ? 'cognito' : 'none'),
      config_path: formatPath(['environments', name, 'agent_runtimes', key]),
    };
  }
  return { name, ...settings, agent_runtimes, global_resources: globalResources };
}

/** Two environments in one account and region must not give two runtimes the same AWS name. */
function sharedNameProblems(environments: Record<string, ResolvedEnvironment>): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const environment of Object.values(environments)) {
    if (environment.account_id === undefined) continue;
    for (const runtime of Object.values(environment.agent_runtimes)) {
      const slot = `${environment.account_id}/${environment.region}/${runtime.aws_name}`;
      const other = seen.get(slot);
      if (other === undefined) {
        seen.set(slot, environment.name);
        continue;
      }
      const path: PathSegment[] = ['environments', environment.name, 'agent_runtimes', runtime.key];
      problems.push({
        path: runtime.name ? [...path, 'name'] : path,
        message: `environments "${other}" and "${environment.name}" share account ${environment.account_id} and region ${environment.region}, and both name a runtime ${show(runtime.aws_name)}: give one of them a distinct "name"`,
      });
    }
  }
  return problems;
}
