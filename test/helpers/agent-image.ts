import { CreateRepositoryCommand, ECRClient } from '@aws-sdk/client-ecr';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loginToEcr, pushOciLayout, writeOciLayout, type ImageSpec } from '../../src/core/registry/index.js';
import { RecordingLogger } from '../../src/testing/recording-logger.js';
import { clientOptions } from './emulator.js';

/** Builds an image in process and pushes it to the emulator's registry with the product's client; returns its URI by digest. */
export async function pushImage(emulator: { url: string }, where: { account: string; region: string }, repository: string, spec: ImageSpec, tag: string): Promise<string> {
  const ecr = new ECRClient(clientOptions(emulator, where.account, where.region));
  await ecr.send(new CreateRepositoryCommand({ repositoryName: repository })).catch(() => undefined);
  const dir = mkdtempSync(join(tmpdir(), 'agent-layout-'));
  await writeOciLayout(dir, spec);
  // The registry client finds the emulator the way the actions do: through AWS_ENDPOINT_URL.
  const saved = process.env.AWS_ENDPOINT_URL;
  process.env.AWS_ENDPOINT_URL = emulator.url;
  try {
    const client = await loginToEcr({ ecr, region: where.region }, { registryId: where.account, mask: () => undefined, logger: new RecordingLogger() });
    return (await pushOciLayout(client, repository, dir, { tag, logger: new RecordingLogger() })).imageUri;
  } finally {
    if (saved === undefined) delete process.env.AWS_ENDPOINT_URL;
    else process.env.AWS_ENDPOINT_URL = saved;
  }
}

/** Is a process with this PID still there? */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
