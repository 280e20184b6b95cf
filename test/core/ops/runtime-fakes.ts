/**
 * In-memory AWS for the mutating orchestrators (deploy-version, promote-endpoint, rollback and
 * their session), on aws-sdk-client-mock: an SSM parameter store (lease, ledger, secrets, config
 * copies), one AgentCore runtime with versions and endpoints that settle one poll after each
 * change, and plain mocks of STS, ECR, CloudWatch and the AgentCore data plane for tests to
 * program. Every wait polls through a FakeClock, so nothing really waits.
 */
import { BedrockAgentCoreClient } from '@aws-sdk/client-bedrock-agentcore';
import {
  BedrockAgentCoreControlClient,
  CreateAgentRuntimeCommand,
  CreateAgentRuntimeEndpointCommand,
  GetAgentRuntimeCommand,
  GetAgentRuntimeEndpointCommand,
  ListAgentRuntimeEndpointsCommand,
  ListAgentRuntimeVersionsCommand,
  ListAgentRuntimesCommand,
  UpdateAgentRuntimeCommand,
  UpdateAgentRuntimeEndpointCommand,
  type GetAgentRuntimeEndpointResponse,
  type GetAgentRuntimeResponse,
} from '@aws-sdk/client-bedrock-agentcore-control';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { BatchGetImageCommand, DescribeImagesCommand, ECRClient, PutImageCommand } from '@aws-sdk/client-ecr';
import {
  DeleteParameterCommand,
  GetParameterCommand,
  GetParametersByPathCommand,
  GetParametersCommand,
  PutParameterCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import type { EnvironmentClients } from '../../../src/core/aws/clients.js';
import { parseConfig, type LoadedConfig } from '../../../src/core/config/index.js';
import { parseLedger, type Ledger, type LedgerEntry } from '../../../src/core/ledger.js';
import { FakeClock } from '../../../src/testing/fake-clock.js';
import { RecordingLogger } from '../../../src/testing/recording-logger.js';
import { supportBotConfig, type ConfigJson } from '../../helpers/configs.js';

export const ACCOUNT = '111111111111';
export const REGION = 'us-west-2';
export const RUNTIME_NAME = 'support_bot_dev';
export const RUNTIME_ID = 'support_bot_dev-abcdefghij';
export const RUNTIME_ARN = `arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:runtime/${RUNTIME_ID}`;
export const RUN = { commit: 'abcdef0123456789', actor: 'octocat', runUrl: 'https://github.com/o/r/actions/runs/42' };
export const LEDGER = '/agentcore/dev/runtimes/support-bot/ledger';
export const LOCK = '/agentcore/dev/runtimes/support-bot/lock';
export const SECRET_VALUE = 'the-api-key-value-5f2';
export const START = Date.parse('2026-03-01T12:00:00Z');

export const sts = mockClient(STSClient);
export const ssm = mockClient(SSMClient);
export const control = mockClient(BedrockAgentCoreControlClient);
export const data = mockClient(BedrockAgentCoreClient);
export const ecr = mockClient(ECRClient);
export const cloudwatch = mockClient(CloudWatchClient);
export const cognito = mockClient(CognitoIdentityProviderClient);

/** An SDK service error as the clients throw it. */
export function awsError(name: string, message = name, httpStatusCode = 400): Error {
  return Object.assign(new Error(message), { name, $fault: 'client', $metadata: { httpStatusCode } });
}

/** The shared support-bot config, edited per test, through the config loader. */
export function loadConfig(edit: (json: ConfigJson) => void = () => {}): LoadedConfig {
  const json = supportBotConfig(ACCOUNT, REGION);
  edit(json);
  return parseConfig(JSON.stringify(json, null, 2), 'agentcore.json');
}

/** The live runtime's promotion settings, set on dev's support-bot. */
export function withPromotion(promotion: Record<string, unknown>): (json: ConfigJson) => void {
  return (json) => {
    json.environments.dev.agent_runtimes['support-bot'].promotion = promotion;
  };
}

/** Clients for the request: plain SDK clients, answered by the mocks above. */
export function clients(): Pick<EnvironmentClients, 'sts' | 'ssm' | 'agentcore' | 'agentcoreData' | 'ecr' | 'cloudwatch' | 'cloudformation' | 'cognito'> {
  return {
    sts: new STSClient({ region: REGION }),
    ssm: new SSMClient({ region: REGION }),
    agentcore: new BedrockAgentCoreControlClient({ region: REGION }),
    agentcoreData: new BedrockAgentCoreClient({ region: REGION }),
    ecr: new ECRClient({ region: REGION }),
    cloudwatch: new CloudWatchClient({ region: REGION }),
    cloudformation: new CloudFormationClient({ region: REGION }),
    cognito: new CognitoIdentityProviderClient({ region: REGION }),
  };
}

export function tools(start = START): { clock: FakeClock; logger: RecordingLogger } {
  return { clock: new FakeClock(start), logger: new RecordingLogger() };
}

export type Change = { from?: string; to: string };

/** What every session request holds, for dev's support-bot, with an onChange that keeps what it is told. */
export function sessionBase(edit?: (json: ConfigJson) => void) {
  const environment = loadConfig(edit).environment('dev');
  const changes: Change[] = [];
  const base = {
    environment,
    runtime: environment.agent_runtimes['support-bot']!,
    timeoutMs: 10 * 60_000,
    run: RUN,
    clients: clients(),
    onChange: async (change: Change) => {
      changes.push(change);
    },
  };
  return { base, changes };
}

/** STS answers for another account; returns the refusal every environment action gives then. */
export function credentialsForAnotherAccount(): string {
  sts.on(GetCallerIdentityCommand).resolves({ Account: '999999999999', Arn: 'arn:aws:sts::999999999999:assumed-role/deploy/gha' });
  return (
    'Environment "dev" belongs to account 111111111111 (environments.dev.account_id), but the credentials are for account 999999999999 ' +
    '(arn:aws:sts::999999999999:assumed-role/deploy/gha). Nothing was changed. Use credentials for account 111111111111, e.g. that account\'s deploy role.'
  );
}

interface Stored {
  value: string;
  type: string;
}

interface FakeVersion {
  response: GetAgentRuntimeResponse;
  /** GetAgentRuntime polls left before it leaves CREATING/UPDATING. */
  polls: number;
  /** The status it settles to, and AWS's reason when that is a failure. */
  settlesTo: string;
  failureReason?: string;
}

interface FakeEndpoint {
  response: GetAgentRuntimeEndpointResponse;
  /** GetAgentRuntimeEndpoint polls left before a move lands. */
  polls: number;
  /** Set when the move in flight is to fail with this reason (UPDATE_FAILED, live unchanged). */
  failWith?: string;
}

function endpointResponse(name: string): GetAgentRuntimeEndpointResponse {
  return {
    name,
    id: name,
    agentRuntimeEndpointArn: `${RUNTIME_ARN}/runtime-endpoint/${name}`,
    agentRuntimeArn: RUNTIME_ARN,
    status: 'READY',
    createdAt: new Date(START),
    lastUpdatedAt: new Date(START),
  };
}

/** The in-memory AWS; `reset()` before each test. */
export class FakeAws {
  readonly parameters = new Map<string, Stored>();
  readonly versions = new Map<string, FakeVersion>();
  readonly endpoints = new Map<string, FakeEndpoint>();
  runtimeExists = false;
  /** The next move of this endpoint fails with the reason. */
  readonly failNextMove = new Map<string, string>();
  /** The next new version settles to this status and reason instead of READY. */
  nextVersionFails?: { status: string; reason: string };
  /** Called on each endpoint move request, before it is applied. */
  onMove?: (name: string, version: string) => void;

  reset(): void {
    for (const mock of [sts, ssm, control, data, ecr, cloudwatch, cognito]) mock.reset();
    this.parameters.clear();
    this.versions.clear();
    this.endpoints.clear();
    this.runtimeExists = false;
    this.failNextMove.clear();
    this.nextVersionFails = undefined;
    this.onMove = undefined;
    sts.on(GetCallerIdentityCommand).resolves({ Account: ACCOUNT, Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/deploy/gha` });
    ecr.on(BatchGetImageCommand).resolves({ images: [{ imageId: { imageDigest: `sha256:${'0'.repeat(64)}` }, imageManifest: '{"schemaVersion":2}' }] });
    ecr.on(PutImageCommand).resolves({});
    // Every digest asked for is in the registry; a test of a missing one overrides this.
    ecr.on(DescribeImagesCommand).callsFake((input: { imageIds?: Array<{ imageDigest?: string }> }) => ({
      imageDetails: (input.imageIds ?? []).filter((id) => id.imageDigest).map((id) => ({ imageDigest: id.imageDigest })),
    }));
    this.parameters.set('/team/api-key', { value: SECRET_VALUE, type: 'SecureString' });
    this.installSsm();
    this.installControl();
  }

  /** A runtime with READY versions running the given images, and endpoints serving versions. */
  seedRuntime(images: string[], endpoints: Record<string, string>): void {
    this.runtimeExists = true;
    images.forEach((image, index) => {
      const version = String(index + 1);
      this.versions.set(version, { response: this.versionResponse(version, 'READY', { agentRuntimeArtifact: { containerConfiguration: { containerUri: image } } }), polls: 0, settlesTo: 'READY' });
    });
    for (const [name, version] of Object.entries(endpoints)) {
      this.endpoints.set(name, { response: { ...endpointResponse(name), status: 'READY', liveVersion: version, targetVersion: version, description: 'seeded' }, polls: 0 });
    }
  }

  seedLedger(entries: LedgerEntry[]): void {
    this.parameters.set(LEDGER, { value: JSON.stringify({ schema: 1, entries }), type: 'String' });
  }

  ledger(): Ledger | undefined {
    const stored = this.parameters.get(LEDGER);
    return stored ? parseLedger(stored.value, LEDGER) : undefined;
  }

  /** What live (or another endpoint) serves now. */
  serving(name: string): string | undefined {
    return this.endpoints.get(name)?.response.liveVersion;
  }

  /** Names of the parameters PutParameter wrote, in order. */
  puts(): string[] {
    return ssm.commandCalls(PutParameterCommand).map((call) => call.args[0].input.Name!);
  }

  /** [endpoint, version] of each UpdateAgentRuntimeEndpoint and CreateAgentRuntimeEndpoint, in order. */
  moves(): [string, string][] {
    return control.calls().flatMap(({ args: [command] }): [string, string][] => {
      if (command instanceof UpdateAgentRuntimeEndpointCommand) return [[command.input.endpointName!, command.input.agentRuntimeVersion!]];
      if (command instanceof CreateAgentRuntimeEndpointCommand) return [[command.input.name!, command.input.agentRuntimeVersion!]];
      return [];
    });
  }

  private installSsm(): void {
    const { parameters } = this;
    ssm.on(GetParameterCommand).callsFake((input: { Name: string }) => {
      const found = parameters.get(input.Name);
      if (!found) throw awsError('ParameterNotFound', `Parameter ${input.Name} not found.`);
      return { Parameter: { Name: input.Name, Value: found.value, Type: found.type } };
    });
    ssm.on(PutParameterCommand).callsFake((input: { Name: string; Value: string; Type?: string; Overwrite?: boolean }) => {
      if (parameters.has(input.Name) && !input.Overwrite) throw awsError('ParameterAlreadyExists', 'The parameter already exists.');
      parameters.set(input.Name, { value: input.Value, type: input.Type ?? 'String' });
      return { Version: 1, Tier: 'Standard' };
    });
    ssm.on(DeleteParameterCommand).callsFake((input: { Name: string }) => {
      if (!parameters.delete(input.Name)) throw awsError('ParameterNotFound', `Parameter ${input.Name} not found.`);
      return {};
    });
    ssm.on(GetParametersCommand).callsFake((input: { Names: string[] }) => ({
      Parameters: input.Names.filter((name) => parameters.has(name)).map((name) => ({ Name: name, Value: parameters.get(name)!.value, Type: parameters.get(name)!.type })),
      InvalidParameters: input.Names.filter((name) => !parameters.has(name)),
    }));
    ssm.on(GetParametersByPathCommand).callsFake((input: { Path: string }) => ({
      Parameters: [...parameters].filter(([name]) => name.startsWith(`${input.Path}/`)).map(([name, stored]) => ({ Name: name, Value: stored.value, Type: stored.type })),
    }));
  }

  private versionResponse(version: string, status: string, settings: Record<string, unknown>): GetAgentRuntimeResponse {
    return {
      agentRuntimeArn: RUNTIME_ARN,
      agentRuntimeId: RUNTIME_ID,
      agentRuntimeName: RUNTIME_NAME,
      agentRuntimeVersion: version,
      status: status as GetAgentRuntimeResponse['status'],
      createdAt: new Date(START),
      lastUpdatedAt: new Date(START),
      roleArn: `arn:aws:iam::${ACCOUNT}:role/agentcore-dev-support-bot-runtime`,
      ...structuredClone(settings),
    } as GetAgentRuntimeResponse;
  }

  private newVersion(input: Record<string, unknown>, status: 'CREATING' | 'UPDATING') {
    const version = String(this.versions.size + 1);
    const { clientToken: _token, agentRuntimeName: _name, agentRuntimeId: _id, ...settings } = input;
    const fails = this.nextVersionFails;
    this.nextVersionFails = undefined;
    this.versions.set(version, { response: this.versionResponse(version, status, settings), polls: 1, settlesTo: fails?.status ?? 'READY', ...(fails ? { failureReason: fails.reason } : {}) });
    this.runtimeExists = true;
    return { agentRuntimeArn: RUNTIME_ARN, agentRuntimeId: RUNTIME_ID, agentRuntimeVersion: version, status };
  }

  private getVersion(version: string | undefined): GetAgentRuntimeResponse {
    const key = version ?? String(this.versions.size);
    const found = this.versions.get(key);
    if (!found) throw awsError('ResourceNotFoundException', `Version ${key} not found.`, 404);
    if (found.polls > 0) found.polls--;
    else if (found.response.status === 'CREATING' || found.response.status === 'UPDATING') {
      found.response.status = found.settlesTo as GetAgentRuntimeResponse['status'];
      if (found.failureReason) found.response.failureReason = found.failureReason;
    }
    return structuredClone(found.response);
  }

  private move(name: string, version: string, description: string | undefined, create: boolean): Record<string, never> {
    this.onMove?.(name, version);
    const existing = this.endpoints.get(name);
    if (create && existing) throw awsError('ConflictException', `Endpoint ${name} already exists.`, 409);
    if (!create && !existing) throw awsError('ResourceNotFoundException', `Endpoint ${name} not found.`, 404);
    const failWith = this.failNextMove.get(name);
    this.failNextMove.delete(name);
    const response: GetAgentRuntimeEndpointResponse = {
      ...(existing?.response ?? endpointResponse(name)),
      status: create ? 'CREATING' : 'UPDATING',
      targetVersion: version,
      ...(description ? { description } : {}),
    };
    this.endpoints.set(name, { response, polls: 1, ...(failWith ? { failWith } : {}) });
    return {};
  }

  private getEndpoint(name: string): GetAgentRuntimeEndpointResponse {
    const found = this.endpoints.get(name);
    if (!found) throw awsError('ResourceNotFoundException', `Endpoint ${name} not found.`, 404);
    const { response } = found;
    if (found.polls > 0) found.polls--;
    else if (response.status === 'UPDATING' || response.status === 'CREATING') {
      if (found.failWith) {
        response.status = response.status === 'CREATING' ? 'CREATE_FAILED' : 'UPDATE_FAILED';
        response.failureReason = found.failWith;
      } else {
        response.status = 'READY';
        response.liveVersion = response.targetVersion!;
        delete response.failureReason;
      }
    }
    return structuredClone(response);
  }

  private installControl(): void {
    control.on(ListAgentRuntimesCommand).callsFake(() => ({
      agentRuntimes: [
        { agentRuntimeName: 'other_bot_dev', agentRuntimeId: 'other_bot_dev-0123456789', agentRuntimeArn: 'arn:other' },
        ...(this.runtimeExists ? [{ agentRuntimeName: RUNTIME_NAME, agentRuntimeId: RUNTIME_ID, agentRuntimeArn: RUNTIME_ARN }] : []),
      ],
    }));
    control.on(CreateAgentRuntimeCommand).callsFake((input: Record<string, unknown>) => this.newVersion(input, 'CREATING'));
    control.on(UpdateAgentRuntimeCommand).callsFake((input: Record<string, unknown>) => this.newVersion(input, 'UPDATING'));
    control.on(GetAgentRuntimeCommand).callsFake((input: { agentRuntimeVersion?: string }) => this.getVersion(input.agentRuntimeVersion));
    control.on(ListAgentRuntimeVersionsCommand).callsFake(() => ({
      agentRuntimes: [...this.versions.values()].map(({ response }) => ({ ...response, agentRuntimeVersion: response.agentRuntimeVersion, status: response.status })),
    }));
    control.on(GetAgentRuntimeEndpointCommand).callsFake((input: { endpointName: string }) => this.getEndpoint(input.endpointName));
    control.on(ListAgentRuntimeEndpointsCommand).callsFake(() => ({ runtimeEndpoints: [...this.endpoints.values()].map(({ response }) => structuredClone(response)) }));
    control.on(UpdateAgentRuntimeEndpointCommand).callsFake((input: { endpointName: string; agentRuntimeVersion: string; description?: string }) =>
      this.move(input.endpointName, input.agentRuntimeVersion, input.description, false),
    );
    control.on(CreateAgentRuntimeEndpointCommand).callsFake((input: { name: string; agentRuntimeVersion: string; description?: string }) =>
      this.move(input.name, input.agentRuntimeVersion, input.description, true),
    );
  }
}

/** An alarm as DescribeAlarms returns it. */
export function alarm(name: string, state: 'OK' | 'ALARM', reason = '') {
  return { AlarmName: name, StateValue: state, StateReason: reason, StateUpdatedTimestamp: new Date(START) };
}

/** CloudWatch answers each DescribeAlarms with the states in turn; the last one repeats. */
export function alarmStates(...states: ReturnType<typeof alarm>[][]): void {
  const stub = cloudwatch.on(DescribeAlarmsCommand);
  for (const metric of states.slice(0, -1)) stub.resolvesOnce({ MetricAlarms: metric });
  stub.resolves({ MetricAlarms: states.at(-1)! });
}

/** How messages name dev's live endpoint of support-bot. */
export const LIVE_WHERE = 'endpoint "live" of runtime "support-bot" (support_bot_dev) of environment "dev" (us-west-2)';

/** Versions 1 and 2 of images A and B; live serves 1, promoted a day ago; no candidate endpoint yet. */
export function seedLiveOnFirst(aws: FakeAws, images: [string, string]): void {
  aws.reset();
  aws.seedRuntime(images, { live: '1' });
  aws.seedLedger([{ type: 'endpoint', endpoint: 'live', to: '1', kind: 'promote', result: 'succeeded', actor: 'someone', runUrl: 'https://github.com/o/r/actions/runs/1', time: new Date(START - 86_400_000).toISOString() }]);
}
