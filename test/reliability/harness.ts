/**
 * Shared by the reliability suite: a workspace with a valid config, images pushed with the
 * product's registry client, bundled actions run as processes against the in-process emulator,
 * and the checks every reliability test makes (clean failures, mutating calls, the ledger's truth).
 */
import { BedrockAgentCoreClient, InvokeAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore';
import {
  BedrockAgentCoreControlClient,
  GetAgentRuntimeCommand,
  ListAgentRuntimeVersionsCommand,
  ListAgentRuntimesCommand,
} from '@aws-sdk/client-bedrock-agentcore-control';
import { CreateRepositoryCommand, ECRClient } from '@aws-sdk/client-ecr';
import { SSMClient } from '@aws-sdk/client-ssm';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLedger, type LedgerEntry, type VersionEntry } from '../../src/core/ledger.js';
import { RecordingLogger } from '../../src/testing/recording-logger.js';
import { loginToEcr, pushOciLayout, writeOciLayout } from '../../src/core/registry/index.js';
import type { RequestLogEntry } from '../../src/emulator/state.js';
import { actionSpecs } from '../../src/github/specs/index.js';
import { emulatorAwsEnv, githubRunEnv } from '../helpers/action-env.js';
import { runDistAction, type ActionRun, type RunOptions } from '../helpers/action-runner.js';
import { agentConfig, type ConfigJson, type RuntimeInput } from '../helpers/configs.js';
import { clientOptions, control } from '../helpers/emulator.js';

export const DEV = { account: '111111111111', region: 'us-west-2' };
export const RUNTIME_NAME = 'support_bot_dev';
export const LEDGER = '/agentcore/dev/runtimes/support-bot/ledger';
/** The canary: set wherever a secret can enter, searched for everywhere afterwards. */
export const CANARY = 'canary-5ecr3t-9d1f7a2b6c';
export const SHA = '0123456789abcdef0123456789abcdef01234567';

/** Read-only by name; everything else the emulator logs is a mutating call. */
const READ_ONLY = /^(Get|List|Describe|BatchGet|Invoke|Head|Ping)/;
export const isMutating = (entry: RequestLogEntry): boolean => !READ_ONLY.test(entry.operation);

/** Every action, from the specs the build generates action.yml from: each must be in dist/. */
export const DIST_ACTIONS = actionSpecs.map((spec) => spec.name);

export type Emulator = { url: string };

export function validConfig(runtime: RuntimeInput = {}): ConfigJson {
  return agentConfig({
    account: DEV.account,
    region: DEV.region,
    dev: { default_agent_runtime: 'support-bot', environment_variables: { LOG_LEVEL: 'info' } },
    runtime: { environment_variables: { MODEL_ID: 'model-a' }, secrets: { API_KEY: 'ssm:/team/api-key' }, ...runtime },
  });
}

export function makeWorkspace(config: ConfigJson | string = validConfig()): string {
  const workspace = mkdtempSync(join(tmpdir(), 'reliability-'));
  writeConfigText(workspace, typeof config === 'string' ? config : JSON.stringify(config, null, 2));
  return workspace;
}

export function writeConfigText(workspace: string, text: string): void {
  writeFileSync(join(workspace, 'agentcore.json'), text);
}

export const ssm = (emulator: Emulator) => new SSMClient(clientOptions(emulator, DEV.account, DEV.region));
export const agentcore = (emulator: Emulator) => new BedrockAgentCoreControlClient(clientOptions(emulator, DEV.account, DEV.region));

/** Pushes a tiny image into dev's support-bot repository; returns its URI by digest. */
export async function pushImage(emulator: Emulator, content: string): Promise<{ uri: string; digest: string }> {
  await new ECRClient(clientOptions(emulator, DEV.account, DEV.region)).send(new CreateRepositoryCommand({ repositoryName: 'support-bot' })).catch(() => undefined);
  const dir = mkdtempSync(join(tmpdir(), 'layout-'));
  await writeOciLayout(dir, { files: { 'app/main.py': `print(${JSON.stringify(content)})\n` }, platform: 'linux/arm64' });
  // The registry client finds the emulator the way the actions do, through the SDK's own variable.
  process.env.AWS_ENDPOINT_URL = emulator.url;
  const client = await loginToEcr(
    { ecr: new ECRClient(clientOptions(emulator, DEV.account, DEV.region)), region: DEV.region },
    { registryId: DEV.account, mask: () => undefined, logger: new RecordingLogger() },
  );
  const pushed = await pushOciLayout(client, 'support-bot', dir, { logger: new RecordingLogger() });
  return { uri: pushed.imageUri, digest: pushed.digest };
}

/** The environment a runner gives an action in dev, with the canary as the secret access key. */
export function runnerEnv(emulator: Emulator, extra: Record<string, string> = {}): Record<string, string> {
  return { ...emulatorAwsEnv(emulator, DEV.account, CANARY), ...githubRunEnv('4242', SHA), ...extra };
}

export function runAction(emulator: Emulator, name: string, workspace: string, inputs: Record<string, string>, options: RunOptions = {}): Promise<ActionRun> {
  return runDistAction(name, {
    ...options,
    cwd: workspace,
    inputs: { 'config-file': 'agentcore.json', ...inputs },
    env: { ...runnerEnv(emulator), ...options.env },
  });
}

export async function requestLog(emulator: Emulator): Promise<RequestLogEntry[]> {
  return control<RequestLogEntry[]>(emulator, 'GET', 'requests');
}

/** The error lines (`::error…::message`) a run printed. */
export function errorLines(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((line) => line.startsWith('::error'));
}

/** A clean failure: exit 1, at least one error annotation, no stack trace anywhere. */
export function expectCleanFailure(run: ActionRun): void {
  const stack = /^\s+at .+:\d+:\d+\)?$/m;
  if (run.code !== 1 || errorLines(run).length === 0 || stack.test(run.stdout) || stack.test(run.stderr)) {
    throw new Error(`expected a clean failure, got exit ${run.code}:\n${run.stdout}\n${run.stderr}`);
  }
}

export function expectSuccess(run: ActionRun, label = 'action'): void {
  if (run.code !== 0) throw new Error(`${label} failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
}

export async function runtimeId(emulator: Emulator): Promise<string | undefined> {
  const { agentRuntimes } = await agentcore(emulator).send(new ListAgentRuntimesCommand({}));
  return agentRuntimes?.find((r) => r.agentRuntimeName === RUNTIME_NAME)?.agentRuntimeId;
}

/** The whole ledger, across its head and pages. */
export async function ledgerEntries(emulator: Emulator): Promise<LedgerEntry[]> {
  return (await readLedger(ssm(emulator), LEDGER))?.entries ?? [];
}

/**
 * The ledger is truthful: every version entry names a READY version with that image, no
 * version is recorded twice, and every READY version since the oldest entry is recorded. Versions
 * a crashed or failed run left CREATE_FAILED/UPDATE_FAILED need no entry.
 */
export async function expectTruthfulLedger(emulator: Emulator): Promise<void> {
  const id = await runtimeId(emulator);
  const entries = (await ledgerEntries(emulator)).filter((e): e is VersionEntry => e.type === 'version');
  if (!id) {
    expect(entries).toEqual([]);
    return;
  }
  const client = agentcore(emulator);
  const { agentRuntimes = [] } = await client.send(new ListAgentRuntimeVersionsCommand({ agentRuntimeId: id }));
  const recorded = entries.map((e) => e.version);
  expect(new Set(recorded).size).toBe(recorded.length);
  for (const entry of entries) {
    const { version, imageUri } = entry;
    const live = await client.send(new GetAgentRuntimeCommand({ agentRuntimeId: id, agentRuntimeVersion: version }));
    expect(live.status).toBe('READY');
    expect(live.agentRuntimeArtifact?.containerConfiguration?.containerUri).toBe(imageUri);
  }
  // The ledger is bounded (oldest entries go first), so "none lost" covers the versions since its oldest.
  const oldest = Math.min(...recorded.map(Number));
  for (const summary of agentRuntimes) {
    if (summary.status === 'READY' && Number(summary.agentRuntimeVersion) >= oldest) expect(recorded).toContain(summary.agentRuntimeVersion);
  }
}

/** Invokes an endpoint of the dev runtime; returns the HTTP status the agent answered. */
export async function invoke(emulator: Emulator, qualifier: string): Promise<number | undefined> {
  const id = await runtimeId(emulator);
  const arn = `arn:aws:bedrock-agentcore:${DEV.region}:${DEV.account}:runtime/${id}`;
  const client = new BedrockAgentCoreClient(clientOptions(emulator, DEV.account, DEV.region));
  const answer = await client.send(
    new InvokeAgentRuntimeCommand({ agentRuntimeArn: arn, qualifier, runtimeSessionId: 'reliability-session-0000000000000000', payload: new TextEncoder().encode('{"prompt":"ping"}') }),
  );
  return answer.statusCode;
}
