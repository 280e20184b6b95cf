/**
 * Shared by the promote-endpoint, canary, rollback and ledger-history integration tests: dev's names,
 * its config and ledger, and an image in the emulator's registry, in a repository set up as
 * templates/ecr-repository.yaml does (tags immutable except keep-*), pushed with the product's
 * own registry client.
 */
import { BedrockAgentCoreControlClient, CreateAgentRuntimeCommand, UpdateAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { CreateRepositoryCommand, ECRClient } from '@aws-sdk/client-ecr';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordingLogger } from '../../src/testing/recording-logger.js';
import { loginToEcr, pushOciLayout, writeOciLayout } from '../../src/core/registry/index.js';
import { parseLedger, type EndpointEntry } from '../../src/core/ledger.js';
import { agentConfig, writeAgentConfig, type EnvironmentInput, type RuntimeInput } from '../helpers/configs.js';
import { clientOptions } from '../helpers/emulator.js';

export const DEV = { account: '111111111111', region: 'us-west-2' };
export const LEDGER = '/agentcore/dev/runtimes/support-bot/ledger';
export const RUN_URL = (id: string | number) => `https://github.com/octo/agents/actions/runs/${id}`;
/** What a canary of support-bot names in its gateway: the targets of live and candidate, and its rule's path and description. */
export const CANARY_ROUTE = { live: 'support-bot-live', candidate: 'support-bot-candidate', path: '/support-bot/*', description: 'agentcore-actions route of runtime support-bot' };
/** Read-only by name; every other operation in the emulator's request log changed something. */
export const READ_ONLY = /^(Get|List|Describe|BatchGet|Invoke|Head|Ping)/;

/** dev's SDK clients in the emulator, made on each call (the emulator starts in beforeAll). */
export function devClients(emulator: () => { url: string }) {
  const options = () => clientOptions(emulator(), DEV.account, DEV.region);
  return { agentcore: () => new BedrockAgentCoreControlClient(options()), ssm: () => new SSMClient(options()) };
}

/** Writes agentcore.json with dev's support-bot and its promotion settings (no bake unless given). */
export function writePromotionConfig(workspace: string, runtime: RuntimeInput = { promotion: { bake_minutes: 0 } }, dev: EnvironmentInput = {}): void {
  writeAgentConfig(workspace, agentConfig({ account: DEV.account, region: DEV.region, dev, runtime }));
}

/** The endpoint moves of dev's support-bot ledger, oldest first. */
export async function endpointMoves(ssm: SSMClient): Promise<EndpointEntry[]> {
  const value = (await ssm.send(new GetParameterCommand({ Name: LEDGER }))).Parameter!.Value!;
  return parseLedger(value, LEDGER).entries.filter((e): e is EndpointEntry => e.type === 'endpoint');
}

/** Pushes a tiny linux/arm64 image to `support-bot` in the account and region; returns its URI by digest. */
export async function pushTestImage(emulator: { url: string }, where: { account: string; region: string }, content: string): Promise<string> {
  const ecr = new ECRClient(clientOptions(emulator, where.account, where.region));
  await ecr
    .send(
      new CreateRepositoryCommand({
        repositoryName: 'support-bot',
        imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
        imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'keep-*' }],
      }),
    )
    .catch(() => undefined);
  const dir = mkdtempSync(join(tmpdir(), 'layout-'));
  await writeOciLayout(dir, { files: { 'app/main.py': `print(${JSON.stringify(content)})\n` }, platform: 'linux/arm64' });
  // The registry client finds the emulator the way the actions do: through AWS_ENDPOINT_URL.
  const saved = process.env.AWS_ENDPOINT_URL;
  process.env.AWS_ENDPOINT_URL = emulator.url;
  try {
    const client = await loginToEcr(
      { ecr: new ECRClient(clientOptions(emulator, where.account, where.region)), region: where.region },
      { registryId: where.account, mask: () => undefined, logger: new RecordingLogger() },
    );
    return (await pushOciLayout(client, 'support-bot', dir, { tag: content, logger: new RecordingLogger() })).imageUri;
  } finally {
    if (saved === undefined) delete process.env.AWS_ENDPOINT_URL;
    else process.env.AWS_ENDPOINT_URL = saved;
  }
}

const DEV_RUNTIME = {
  roleArn: 'arn:aws:iam::111111111111:role/agentcore-support-bot-runtime-dev',
  networkConfiguration: { networkMode: 'PUBLIC' as const },
};

/** Creates dev's support_bot_dev runtime (version 1) on `image`, as deploy-version would; returns its id. */
export async function createDevRuntime(agentcore: BedrockAgentCoreControlClient, image: string): Promise<string> {
  const created = await agentcore.send(
    new CreateAgentRuntimeCommand({ agentRuntimeName: 'support_bot_dev', agentRuntimeArtifact: { containerConfiguration: { containerUri: image } }, ...DEV_RUNTIME }),
  );
  return created.agentRuntimeId!;
}

/** Makes the runtime's next version (an environment variable change is enough); returns its number. */
export async function newDevVersion(agentcore: BedrockAgentCoreControlClient, runtimeId: string, image: string): Promise<string> {
  const answer = await agentcore.send(
    new UpdateAgentRuntimeCommand({
      agentRuntimeId: runtimeId,
      agentRuntimeArtifact: { containerConfiguration: { containerUri: image } },
      ...DEV_RUNTIME,
      environmentVariables: { BUILD: String(Date.now()) },
    }),
  );
  return answer.agentRuntimeVersion!;
}
