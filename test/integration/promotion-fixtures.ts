/**
 * Shared by the promote-endpoint, rollback and ledger-history integration tests: dev's names,
 * its config and ledger, and an image in the emulator's registry, in a repository set up as
 * templates/ecr-repository.yaml does (tags immutable except keep-*), pushed with the product's
 * own registry client.
 */
import { CreateRepositoryCommand, ECRClient } from '@aws-sdk/client-ecr';
import { GetParameterCommand, type SSMClient } from '@aws-sdk/client-ssm';
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
/** Read-only by name; every other operation in the emulator's request log changed something. */
export const READ_ONLY = /^(Get|List|Describe|BatchGet|Invoke|Head|Ping)/;

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
