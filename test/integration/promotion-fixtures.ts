/**
 * Shared by the promote-endpoint and rollback integration tests: an image in the emulator's
 * registry, in a repository set up as templates/ecr-repository.yaml does (tags immutable
 * except keep-*), pushed with the product's own registry client.
 */
import { CreateRepositoryCommand, ECRClient } from '@aws-sdk/client-ecr';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordingLogger } from '../../src/testing/recording-logger.js';
import { loginToEcr, pushOciLayout, writeOciLayout } from '../../src/core/registry/index.js';
import { clientOptions } from '../helpers/emulator.js';

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
