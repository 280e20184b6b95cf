import { FieldErrors, isJson, type Json } from '../../../protocols/rest-json.js';
import { ROLE_ARN, tagMap } from '../validate.js';
import type { Condition, GatewayRequest, RouteAction, RuleDefinition, RuntimeTarget, SplitEntry } from './store.js';

/** Request validation of the gateway operations: the patterns, bounds and unions of the API model. */

export const GATEWAY_NAME = { pattern: /^([0-9a-zA-Z][-]?){1,100}$/, text: '([0-9a-zA-Z][-]?){1,100}' };
const RUNTIME_ARN = {
  pattern: /^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:runtime\/[a-zA-Z][a-zA-Z0-9_]{0,47}-[a-zA-Z0-9]{10}$/,
  text: 'arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:runtime/[a-zA-Z][a-zA-Z0-9_]{0,47}-[a-zA-Z0-9]{10}',
};
const QUALIFIER = { pattern: /^.*([1-9][0-9]{0,4})|([a-zA-Z][a-zA-Z0-9_]{0,47}).*$/, text: '.*([1-9][0-9]{0,4})|([a-zA-Z][a-zA-Z0-9_]{0,47}).*' };
const SPLIT_NAME = { pattern: /^[a-zA-Z0-9]([a-zA-Z0-9-]{0,62}[a-zA-Z0-9])?$/, text: '[a-zA-Z0-9]([a-zA-Z0-9-]{0,62}[a-zA-Z0-9])?' };
const PATH_PATTERN = { pattern: /^\/[\w\-.]+\/\*$/, text: '/[\\w\\-.]+/\\*' };
const PRINCIPAL_ARN = {
  pattern: /^(arn:aws[a-zA-Z-]*:iam::(\d{12}|\*):(user|role)\/[\w+=,.@*?/-]+|arn:aws[a-zA-Z-]*:sts::(\d{12}|\*):assumed-role\/[\w+=,.@*?/-]+)$/,
  text: '(arn:aws[a-zA-Z-]*:iam::(\\d{12}|\\*):(user|role)/[\\w+=,.@*?/-]+|arn:aws[a-zA-Z-]*:sts::(\\d{12}|\\*):assumed-role/[\\w+=,.@*?/-]+)',
};
const CREDENTIAL_TYPES = ['GATEWAY_IAM_ROLE', 'OAUTH', 'API_KEY', 'CALLER_IAM_CREDENTIALS', 'JWT_PASSTHROUGH'] as const;

const AUTHORIZER_TYPES = ['CUSTOM_JWT', 'AWS_IAM', 'NONE', 'AUTHENTICATE_ONLY'] as const;
/** Members of CreateGateway kept as sent and echoed by GetGateway. */
const ECHOED = ['description', 'roleArn', 'protocolType', 'protocolConfiguration', 'authorizerType', 'authorizerConfiguration', 'kmsKeyArn', 'interceptorConfigurations', 'policyEngineConfiguration', 'exceptionLevel'];

/** CreateGateway's members but its client token; the request is complete when `errors` has none. */
export function gatewayRequest(errors: FieldErrors, body: Json): GatewayRequest {
  const name = errors.string('name', body.name, { required: true, pattern: GATEWAY_NAME });
  errors.string('description', body.description, { min: 1, max: 200 });
  errors.string('roleArn', body.roleArn, { required: true, min: 1, max: 2048, pattern: ROLE_ARN });
  errors.oneOf('protocolType', body.protocolType, ['MCP'], false);
  const authorizerType = errors.oneOf('authorizerType', body.authorizerType, AUTHORIZER_TYPES);
  if (authorizerType === 'CUSTOM_JWT' && body.authorizerConfiguration === undefined) {
    errors.rule('authorizerConfiguration', 'authorizerConfiguration.customJWTAuthorizer is required when authorizerType is CUSTOM_JWT.');
  }
  const tags = tagMap(errors, 'tags', body.tags);
  const config: Record<string, unknown> = {};
  for (const member of ECHOED) if (body[member] !== undefined) config[member] = body[member];
  return { name: name ?? '', config, tags };
}

/** The members of a union that are set. */
function setMembers(union: Json): string[] {
  return Object.keys(union).filter((k) => union[k] !== undefined && union[k] !== null);
}

function list(errors: FieldErrors, path: string, value: unknown, min: number, max: number, required = false): unknown[] | undefined {
  if (value === undefined || value === null) {
    if (required) errors.constraint(path, undefined, 'Member must not be null');
    return undefined;
  }
  if (!Array.isArray(value)) {
    errors.constraint(path, JSON.stringify(value), 'Member must be a list');
    return undefined;
  }
  if (value.length < min) errors.constraint(path, JSON.stringify(value), `Member must have length greater than or equal to ${min}`);
  if (value.length > max) errors.constraint(path, JSON.stringify(value), `Member must have length less than or equal to ${max}`);
  return value;
}

function requiredInteger(errors: FieldErrors, path: string, value: unknown, min: number, max: number): number | undefined {
  if (value === undefined || value === null) {
    errors.constraint(path, undefined, 'Member must not be null');
    return undefined;
  }
  return errors.integer(path, value, min, max);
}

/** `targetConfiguration.http.agentcoreRuntime`, the only target type the emulator serves. */
export function runtimeTarget(errors: FieldErrors, value: unknown): RuntimeTarget | undefined {
  const config = errors.object('targetConfiguration', value, true);
  if (!config) return undefined;
  const http = isJson(config.http) ? config.http : undefined;
  if (setMembers(config).length !== 1 || !http || setMembers(http).join() !== 'agentcoreRuntime') {
    errors.rule(
      'targetConfiguration',
      `The emulator supports only gateway targets of type http.agentcoreRuntime; got ${setMembers(config).map((m) => (m === 'http' && http ? `http.${setMembers(http).join('|') || '(empty)'}` : m)).join(', ') || 'an empty targetConfiguration'}.`,
    );
    return undefined;
  }
  const runtime = errors.object('targetConfiguration.http.agentcoreRuntime', http.agentcoreRuntime, true);
  if (!runtime) return undefined;
  const arn = errors.string('targetConfiguration.http.agentcoreRuntime.arn', runtime.arn, { required: true, pattern: RUNTIME_ARN });
  const qualifier = errors.string('targetConfiguration.http.agentcoreRuntime.qualifier', runtime.qualifier, { pattern: QUALIFIER });
  return arn === undefined ? undefined : { arn, ...(qualifier !== undefined ? { qualifier } : {}) };
}

/** credentialProviderConfigurations: a runtime target defaults to the gateway's IAM role. */
export function credentialProviders(errors: FieldErrors, value: unknown): unknown[] {
  const entries = list(errors, 'credentialProviderConfigurations', value, 1, 1);
  if (!entries) return [{ credentialProviderType: 'GATEWAY_IAM_ROLE' }];
  entries.forEach((entry, i) => {
    const path = `credentialProviderConfigurations.${i + 1}`;
    const config = errors.object(path, entry, true);
    if (config) errors.oneOf(`${path}.credentialProviderType`, config.credentialProviderType, CREDENTIAL_TYPES);
  });
  return entries;
}

function condition(errors: FieldErrors, path: string, value: unknown): Condition | undefined {
  const union = errors.object(path, value, true);
  if (!union) return undefined;
  const members = setMembers(union);
  if (members.length !== 1 || !['matchPaths', 'matchPrincipals'].includes(members[0]!)) {
    errors.rule(path, `${path} must set exactly one of matchPaths or matchPrincipals.`);
    return undefined;
  }
  const member = members[0]!;
  const match = errors.object(`${path}.${member}`, union[member], true);
  const anyOf = match && list(errors, `${path}.${member}.anyOf`, match.anyOf, 1, member === 'matchPaths' ? 10 : 100, true);
  if (!anyOf) return undefined;
  if (member === 'matchPaths') {
    anyOf.forEach((p, i) => errors.string(`${path}.matchPaths.anyOf.${i + 1}`, p, { required: true, max: 512, pattern: PATH_PATTERN }));
    return { matchPaths: { anyOf: anyOf as string[] } };
  }
  anyOf.forEach((entry, i) => {
    const at = `${path}.matchPrincipals.anyOf.${i + 1}`;
    const principal = errors.object(`${at}.iamPrincipal`, isJson(entry) ? entry.iamPrincipal : undefined, true);
    if (!principal) return;
    errors.string(`${at}.iamPrincipal.arn`, principal.arn, { required: true, max: 2048, pattern: PRINCIPAL_ARN });
    errors.oneOf(`${at}.iamPrincipal.operator`, principal.operator, ['StringEquals', 'StringLike'], false);
  });
  return { matchPrincipals: { anyOf: anyOf as NonNullable<Condition['matchPrincipals']>['anyOf'] } };
}

function splitEntry(errors: FieldErrors, path: string, value: unknown): SplitEntry | undefined {
  const entry = errors.object(path, value, true);
  if (!entry) return undefined;
  const name = errors.string(`${path}.name`, entry.name, { required: true, min: 1, max: 64, pattern: SPLIT_NAME });
  const weight = requiredInteger(errors, `${path}.weight`, entry.weight, 1, 99);
  const targetName = errors.string(`${path}.targetName`, entry.targetName, { required: true, pattern: GATEWAY_NAME });
  const description = errors.string(`${path}.description`, entry.description, { min: 1, max: 200 });
  const metadata = errors.object(`${path}.metadata`, entry.metadata);
  if (metadata) {
    if (Object.keys(metadata).length > 25) errors.constraint(`${path}.metadata`, Object.keys(metadata).length, 'Member must have length less than or equal to 25');
    for (const [key, value] of Object.entries(metadata)) {
      errors.string(`${path}.metadata.key`, key, { min: 1, max: 128 });
      errors.string(`${path}.metadata.${key}`, value, { required: true, min: 1, max: 256 });
    }
  }
  if (name === undefined || weight === undefined || targetName === undefined) return undefined;
  return {
    name,
    weight,
    targetName,
    ...(description !== undefined ? { description } : {}),
    ...(metadata ? { metadata: metadata as Record<string, string> } : {}),
  };
}

function action(errors: FieldErrors, path: string, value: unknown): RouteAction | undefined {
  const union = errors.object(path, value, true);
  if (!union) return undefined;
  const members = setMembers(union);
  if (members.length !== 1 || members[0] !== 'routeToTarget') {
    // configurationBundle actions need configuration bundles, which the emulator does not model.
    errors.rule(path, `${path}: the emulator supports only routeToTarget actions; got ${members.join(', ') || 'an empty action'}.`);
    return undefined;
  }
  const route = errors.object(`${path}.routeToTarget`, union.routeToTarget, true);
  if (!route) return undefined;
  const routes = setMembers(route);
  if (routes.length !== 1 || !['staticRoute', 'weightedRoute'].includes(routes[0]!)) {
    errors.rule(`${path}.routeToTarget`, `${path}.routeToTarget must set exactly one of staticRoute or weightedRoute.`);
    return undefined;
  }
  if (routes[0] === 'staticRoute') {
    const staticRoute = errors.object(`${path}.routeToTarget.staticRoute`, route.staticRoute, true);
    const targetName = staticRoute && errors.string(`${path}.routeToTarget.staticRoute.targetName`, staticRoute.targetName, { required: true, pattern: GATEWAY_NAME });
    return targetName ? { routeToTarget: { staticRoute: { targetName } } } : undefined;
  }
  const weighted = errors.object(`${path}.routeToTarget.weightedRoute`, route.weightedRoute, true);
  const splitPath = `${path}.routeToTarget.weightedRoute.trafficSplit`;
  const split = weighted && list(errors, splitPath, weighted.trafficSplit, 2, 2, true);
  if (!split) return undefined;
  const entries = split.map((entry, i) => splitEntry(errors, `${splitPath}.${i + 1}`, entry));
  if (entries.some((e) => e === undefined)) return undefined;
  const valid = entries as SplitEntry[];
  const total = valid.reduce((sum, e) => sum + e.weight, 0);
  if (total !== 100) errors.rule(splitPath, `The weights of ${splitPath} must add up to 100; they add up to ${total}.`);
  if (new Set(valid.map((e) => e.name)).size !== valid.length) errors.rule(splitPath, `The entries of ${splitPath} must have different names.`);
  return { routeToTarget: { weightedRoute: { trafficSplit: valid } } };
}

/** The members of Create/UpdateGatewayRule; on update, absent members keep the rule's. */
export function ruleDefinition(errors: FieldErrors, body: Json, current?: RuleDefinition): RuleDefinition | undefined {
  const priority = body.priority === undefined && current ? current.priority : requiredInteger(errors, 'priority', body.priority, 1, 1_000_000);
  const description = errors.string('description', body.description, { min: 1, max: 256 }) ?? current?.description;
  let conditions = current?.conditions;
  const rawConditions = list(errors, 'conditions', body.conditions, 1, 2);
  if (rawConditions) conditions = rawConditions.map((c, i) => condition(errors, `conditions.${i + 1}`, c)) as Condition[];
  let actions = current?.actions;
  const rawActions = list(errors, 'actions', body.actions, 1, 2, !current);
  if (rawActions) {
    actions = rawActions.map((a, i) => action(errors, `actions.${i + 1}`, a)) as RouteAction[];
    if (rawActions.length > 1) errors.rule('actions', 'The emulator supports one routeToTarget action per rule.');
  }
  if (priority === undefined || !actions || actions.some((a) => a === undefined)) return undefined;
  if (conditions?.some((c) => c === undefined)) return undefined;
  return { priority, actions, ...(conditions ? { conditions } : {}), ...(description !== undefined ? { description } : {}) };
}
