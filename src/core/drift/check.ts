/**
 * drift-check's engine for one environment: reads SSM and AgentCore (concurrently, at most
 * `concurrency` runtimes at a time) and compares them with the resolved repo config.
 *
 *   const report = await checkEnvironment({ environment, account, logger, clients });
 *
 * Legs: repo vs SSM copy (skipped when cloud_config_enabled is false), repo vs the newest
 * deployed version, endpoints vs the ledger's last promotion, unmanaged runtimes,
 * ledger versions AgentCore no longer has, and for a runtime with promotion.canary its gateway
 * route (gateway.ts; read in the same pool, each gateway found once).
 */
import {
  GetAgentRuntimeCommand,
  paginateListAgentRuntimeEndpoints,
  paginateListAgentRuntimeVersions,
  paginateListAgentRuntimes,
  type AgentRuntime,
  type BedrockAgentCoreControlClient,
  type AgentRuntimeEndpoint,
  type GetAgentRuntimeResponse,
} from '@aws-sdk/client-bedrock-agentcore-control';
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import type { SSMClient } from '@aws-sdk/client-ssm';
import type { EnvironmentClients } from '../aws/clients.js';
import { defaultRuntimeName, type ResolvedEnvironment, type ResolvedRuntime } from '../config/index.js';
import { explain } from '../errors.js';
import { latestVersionEntry, lastSuccessfulPromotion, readLedger, type Ledger, type VersionEntry } from '../ledger.js';
import type { Logger } from '../logger.js';
import { resolveAuthorizer } from '../runtime/authorizer.js';
import { buildDesiredRuntime, runtimeRoleArn, type DesiredRuntime } from '../runtime/request.js';
import { resolveSecrets } from '../secrets.js';
import { ledgerPath } from '../ssm/paths.js';
import { syncPrefix } from '../sync/parameters.js';
import { readConfigCopies } from '../sync/sync.js';
import { compareSsmCopies } from './compare.js';
import { compareDeployed } from './deployed.js';
import { compareGatewayRoute, gatewayLookup, type GatewayLookup } from './gateway.js';
import { mapConcurrent } from './pool.js';
import type { EnvironmentReport, Finding } from './report.js';

export const DEFAULT_CONCURRENCY = 8;

const DEFAULT_ENDPOINT = 'DEFAULT';

export interface CheckRequest {
  environment: ResolvedEnvironment;
  /** The credentials' account (checked against account_id by the caller). */
  account: string;
  logger: Logger;
  /** CloudFormation is called only for a managed Cognito pool (its ids are stack outputs). */
  clients: Pick<EnvironmentClients, 'agentcore' | 'ssm' | 'cloudformation'>;
  concurrency?: number;
}

/** One environment's findings. */
export async function checkEnvironment(request: CheckRequest): Promise<EnvironmentReport> {
  const { environment, logger } = request;
  const { agentcore, ssm } = request.clients;
  const cloudformationClient = () => request.clients.cloudformation;
  const prefix = syncPrefix(environment);
  const notes: string[] = [];
  const findings: Finding[] = [];

  if (environment.global_resources.sync_config.cloud_config_enabled) {
    findings.push(...compareSsmCopies(environment, await readConfigCopies(ssm, prefix, environment.name)));
  } else {
    notes.push('cloud_config_enabled is false: no config copy is kept in SSM, so repo vs SSM was not compared.');
  }

  const deployed = await listRuntimes(agentcore, environment);
  const runtimes = Object.values(environment.agent_runtimes).sort((a, b) => a.key.localeCompare(b.key));
  const gateways = gatewayLookup(agentcore, environment);
  const perRuntime = await mapConcurrent(runtimes, request.concurrency ?? DEFAULT_CONCURRENCY, async (runtime): Promise<RuntimeFindings> => {
    const summary = deployed.get(runtime.aws_name);
    if (!summary) {
      const findings: Finding[] = [
        {
          kind: 'not-deployed' as const,
          environment: environment.name,
          runtime: runtime.key,
          path: 'aws_name',
          repo: runtime.aws_name,
          aws: null,
          action: `Run deploy-version for runtime "${runtime.key}" in "${environment.name}": AgentCore has no runtime named ${runtime.aws_name}.`,
        },
      ];
      return { findings, notes: [] };
    }
    return checkRuntime({ ...request, agentcore, ssm, cloudformation: cloudformationClient, prefix, runtime, runtimeId: summary.agentRuntimeId!, gateways });
  });
  findings.push(...perRuntime.flatMap((r) => r.findings));
  notes.push(...perRuntime.flatMap((r) => r.notes));
  findings.push(...unmanaged(environment, deployed));

  logger.info(`${environment.name}: ${runtimes.length} runtime(s) compared, ${findings.length} finding(s).`);
  return {
    name: environment.name,
    region: environment.region,
    account: request.account,
    status: 'checked',
    runtimes: runtimes.map((r) => r.key),
    notes,
    findings,
  };
}

/** Every runtime in the environment's region, by AWS name. */
async function listRuntimes(agentcore: BedrockAgentCoreControlClient, environment: ResolvedEnvironment): Promise<Map<string, AgentRuntime>> {
  const byName = new Map<string, AgentRuntime>();
  try {
    for await (const page of paginateListAgentRuntimes({ client: agentcore }, { maxResults: 100 })) {
      for (const runtime of page.agentRuntimes ?? []) if (runtime.agentRuntimeName) byName.set(runtime.agentRuntimeName, runtime);
    }
  } catch (error) {
    throw explain(`Listing the agent runtimes of "${environment.name}" in ${environment.region} (AgentCore ListAgentRuntimes)`, error);
  }
  return byName;
}

/** Runtimes named like ours for this environment (`<key>_<env>`) that the config does not declare. */
function unmanaged(environment: ResolvedEnvironment, deployed: Map<string, AgentRuntime>): Finding[] {
  const suffix = defaultRuntimeName('', environment.name);
  const managed = new Set(Object.values(environment.agent_runtimes).map((r) => r.aws_name));
  return [...deployed.keys()]
    .filter((name) => name.endsWith(suffix) && !managed.has(name))
    .sort()
    .map((name) => ({
      kind: 'unmanaged-runtime' as const,
      environment: environment.name,
      runtime: name,
      path: `environments.${environment.name}.agent_runtimes`,
      repo: null,
      aws: deployed.get(name)!.agentRuntimeArn ?? name,
      action: `Declare it under environments.${environment.name}.agent_runtimes, or delete it (its endpoints first) if it is left over.`,
    }));
}

interface RuntimeCheck extends CheckRequest {
  agentcore: BedrockAgentCoreControlClient;
  ssm: SSMClient;
  cloudformation: () => CloudFormationClient;
  prefix: string;
  runtime: ResolvedRuntime;
  runtimeId: string;
  gateways: GatewayLookup;
}

interface RuntimeFindings {
  findings: Finding[];
  /** Comparisons not made and why, for the environment's notes. */
  notes: string[];
}

async function checkRuntime(check: RuntimeCheck): Promise<RuntimeFindings> {
  const { agentcore, environment, runtime, runtimeId } = check;
  const where = `runtime "${runtime.key}" (${runtimeId}) in "${environment.name}"`;
  const [newest, endpoints, versions, ledger] = await Promise.all([
    agentcore.send(new GetAgentRuntimeCommand({ agentRuntimeId: runtimeId })).catch((error: unknown) => {
      throw explain(`Reading ${where} (AgentCore GetAgentRuntime)`, error);
    }),
    collect(paginateListAgentRuntimeEndpoints({ client: agentcore }, { agentRuntimeId: runtimeId, maxResults: 100 }), (p) => p.runtimeEndpoints).catch((error: unknown) => {
      throw explain(`Listing the endpoints of ${where} (AgentCore ListAgentRuntimeEndpoints)`, error);
    }),
    collect(paginateListAgentRuntimeVersions({ client: agentcore }, { agentRuntimeId: runtimeId, maxResults: 100 }), (p) => p.agentRuntimes).catch((error: unknown) => {
      throw explain(`Listing the versions of ${where} (AgentCore ListAgentRuntimeVersions)`, error);
    }),
    readLedger(check.ssm, ledgerPath(check.prefix, environment.name, runtime.key)),
  ]);
  const base = { environment: environment.name, runtime: runtime.key };
  // The config names no image: the deployed one is used, and judged against the ledger instead.
  const image = newest.agentRuntimeArtifact?.containerConfiguration?.containerUri ?? '';
  const liveVersion = endpoints.find((e) => e.name === runtime.promotion.live_endpoint)?.liveVersion;
  const [desired, route] = await Promise.all([desiredRuntime(check, image), compareGatewayRoute({ ...check, liveVersion })]);
  return {
    findings: [
      ...compareDeployed(base, desired, newest),
      ...compareImage(base, newest, ledger),
      ...compareEndpoints(base, endpoints, ledger),
      ...missingVersions(base, new Set(versions.map((v) => v.agentRuntimeVersion ?? '')), ledger),
      ...route.findings,
    ],
    notes: route.notes,
  };
}

/** deploy-version's request for the runtime, built the same way: role, secrets (resolved and masked), Cognito authorizer. */
async function desiredRuntime(check: RuntimeCheck, imageUri: string): Promise<DesiredRuntime> {
  const { environment, runtime } = check;
  const authorizer = await resolveAuthorizer(environment, runtime, check.cloudformation);
  return buildDesiredRuntime({
    runtime,
    imageUri,
    roleArn: runtimeRoleArn(environment, runtime, check.account),
    ...(authorizer ? { authorizer } : {}),
    secretValues: (await resolveSecrets(check.ssm, runtime.secrets, check.logger, { configPath: runtime.config_path, region: environment.region })).values,
    commit: '',
  });
}

async function collect<P, T>(pages: AsyncIterable<P>, items: (page: P) => T[] | undefined): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(...(items(page) ?? []));
  return all;
}

type Base = { environment: string; runtime: string };

/** The newest version's image against the image the pipeline last deployed (the ledger's newest version entry). */
function compareImage(base: Base, newest: GetAgentRuntimeResponse, ledger: Ledger | undefined): Finding[] {
  const image = newest.agentRuntimeArtifact?.containerConfiguration?.containerUri;
  const recorded = ledger?.entries.findLast((e): e is VersionEntry => e.type === 'version');
  if (!recorded || !image || recorded.imageUri === image) return [];
  const sameVersion = latestVersionEntry(ledger, newest.agentRuntimeVersion ?? '');
  return [
    {
      ...base,
      kind: 'deployed-config',
      path: 'image',
      ssm: recorded.imageUri,
      aws: image,
      action: sameVersion
        ? 'The ledger recorded another image for this version: check who changed it.'
        : `Version ${newest.agentRuntimeVersion} was not made by the pipeline: deploy the intended image with deploy-version.`,
    },
  ];
}

/** Each endpoint the ledger has moved: its live and target version against the last successful promotion or rollback. */
function compareEndpoints(base: Base, endpoints: AgentRuntimeEndpoint[], ledger: Ledger | undefined): Finding[] {
  if (!ledger) return [];
  const names = [...new Set(ledger.entries.flatMap((e) => (e.type === 'endpoint' && e.endpoint !== DEFAULT_ENDPOINT ? [e.endpoint] : [])))].sort();
  const findings: Finding[] = [];
  const action = 'Someone moved this endpoint outside the pipeline: promote the intended version with promote-endpoint, or return to the recorded one with rollback.';
  for (const name of names) {
    const expected = lastSuccessfulPromotion(ledger, name)?.to;
    if (!expected) continue;
    const endpoint = endpoints.find((e) => e.name === name);
    if (!endpoint) {
      findings.push({ ...base, kind: 'endpoint-moved', path: `endpoints.${name}`, ssm: expected, aws: null, action: 'The endpoint was deleted outside the pipeline: promote-endpoint creates it again.' });
      continue;
    }
    // While an endpoint is UPDATING, live still serves the old version: only the target says where it is going.
    if (endpoint.status !== 'UPDATING' && endpoint.liveVersion !== expected) {
      findings.push({ ...base, kind: 'endpoint-moved', path: `endpoints.${name}.live_version`, ssm: expected, aws: endpoint.liveVersion ?? null, action });
    }
    if (endpoint.targetVersion !== undefined && endpoint.targetVersion !== expected && endpoint.targetVersion !== endpoint.liveVersion) {
      findings.push({ ...base, kind: 'endpoint-moved', path: `endpoints.${name}.target_version`, ssm: expected, aws: endpoint.targetVersion, action });
    }
  }
  return findings;
}

/** Versions the ledger records as deployed that AgentCore no longer has. */
function missingVersions(base: Base, existing: Set<string>, ledger: Ledger | undefined): Finding[] {
  const recorded = [...new Set(ledger?.entries.flatMap((e) => (e.type === 'version' ? [e.version] : [])) ?? [])];
  return recorded
    .filter((version) => !existing.has(version))
    .sort((a, b) => Number(a) - Number(b))
    .map((version) => {
      const entry = latestVersionEntry(ledger, version)!;
      return {
        ...base,
        kind: 'missing-version' as const,
        path: `versions.${version}`,
        ssm: { version, image: entry.imageUri, deployed: entry.time },
        aws: null,
        action: `Version ${version} was deleted (or expired after 45 days inactive): rollback cannot return to it. Nothing to do unless it was meant to be kept.`,
      };
    });
}
