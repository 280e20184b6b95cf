/**
 * Real registry clients against the emulator's registry: buildah builds examples/agent for
 * linux/arm64 and pushes it, skopeo copies OCI layouts in and out. Clients push to
 * `127.0.0.1:<port>/<repo>`; the ECR password in their credentials decides the account and region.
 * CI installs the tools from Debian (`apt-get install -y buildah skopeo`); without them, or
 * without root (buildah needs it here), the tests are skipped with a message saying so.
 */
import { CreateRepositoryCommand, DescribeImagesCommand, ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { RecordingLogger } from '../../src/testing/recording-logger.js';
import { readFileTree, writeOciLayout } from '../../src/core/registry/build-layout.js';
import { OciRegistry } from '../../src/core/registry/client.js';
import { pushOciLayout, readOciLayout } from '../../src/core/registry/push-layout.js';
import type { RunningEmulator } from '../../src/emulator/server.js';
import { clientOptions, startTestEmulator } from '../helpers/emulator.js';
import { onPath } from '../helpers/targets.js';

const run = promisify(execFile);
const ACCOUNT = '444444444444';
const REGION = 'ap-southeast-2';
const AGENT_DIR = resolve('examples/agent');

const missing = ['buildah', 'skopeo'].filter((tool) => !onPath(tool));
const notRoot = process.getuid?.() !== 0;
const skipReason = missing.length
  ? `${missing.join(' and ')} not on PATH: skipping the buildah/skopeo registry tests (apt-get install -y buildah skopeo)`
  : notRoot
    ? 'not running as root: skipping the buildah/skopeo registry tests (rootless buildah needs user namespaces)'
    : undefined;

if (skipReason) {
  console.warn(skipReason);
  test.skip(skipReason, () => undefined);
} else {
  describe('buildah and skopeo against the emulator registry', () => {
    let emulator: RunningEmulator;
    let work: string;
    let creds: string;
    let host: string;
    let storage: string[];
    const ecr = () => new ECRClient(clientOptions(emulator, ACCOUNT, REGION));

    beforeAll(async () => {
      emulator = await startTestEmulator();
      work = await mkdtemp(join(tmpdir(), 'registry-tools-'));
      // A private store, so the tests neither see nor leave images in the machine's own.
      storage = ['--root', join(work, 'root'), '--runroot', join(work, 'runroot'), '--storage-driver', 'vfs'];
      const { authorizationData } = await ecr().send(new GetAuthorizationTokenCommand({}));
      creds = Buffer.from(authorizationData![0]!.authorizationToken!, 'base64').toString('utf8');
      host = new URL(authorizationData![0]!.proxyEndpoint!).host;
      await ecr().send(new CreateRepositoryCommand({ repositoryName: 'agent' }));
      await run('buildah', [...storage, 'build', '--isolation', 'chroot', '--platform', 'linux/arm64', '-t', 'localhost/agent:test', AGENT_DIR], { timeout: 120_000 });
    }, 180_000);

    afterAll(async () => {
      await emulator?.stop();
      if (work) await rm(work, { recursive: true, force: true });
    });

    async function describedDigest(tag: string): Promise<string | undefined> {
      const { imageDetails } = await ecr().send(new DescribeImagesCommand({ repositoryName: 'agent', imageIds: [{ imageTag: tag }] }));
      return imageDetails?.[0]?.imageDigest;
    }

    test('buildah pushes the linux/arm64 build, and DescribeImages shows the digest it reports', async () => {
      const digestFile = join(work, 'buildah.digest');
      await run('buildah', [...storage, 'push', '--tls-verify=false', '--creds', creds, '--digestfile', digestFile, 'localhost/agent:test', `docker://${host}/agent:buildah`], {
        timeout: 120_000,
      });
      const digest = (await readFile(digestFile, 'utf8')).trim();
      expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
      expect(await describedDigest('buildah')).toBe(digest);
    });

    test('skopeo copies the in-process build of the same files unchanged, and copies it back out', async () => {
      const files = Object.fromEntries(Object.entries(await readFileTree(join(AGENT_DIR, 'app'))).map(([path, bytes]) => [`app/${path}`, bytes]));
      const layout = join(work, 'in-process');
      const built = await writeOciLayout(layout, {
        files,
        entrypoint: ['python3', '/app/main.py'],
        env: { PORT: '8080' },
        labels: { 'org.opencontainers.image.title': 'agentcore-actions example agent' },
        platform: 'linux/arm64',
      });
      const digestFile = join(work, 'skopeo.digest');
      await run('skopeo', ['copy', '--dest-tls-verify=false', '--dest-creds', creds, '--digestfile', digestFile, `oci:${layout}`, `docker://${host}/agent:skopeo`], { timeout: 120_000 });
      expect((await readFile(digestFile, 'utf8')).trim()).toBe(built.digest);
      expect(await describedDigest('skopeo')).toBe(built.digest);
      const pulled = join(work, 'pulled');
      await run('skopeo', ['copy', '--src-tls-verify=false', '--src-creds', creds, `docker://${host}/agent@${built.digest}`, `oci:${pulled}`], { timeout: 120_000 });
      expect((await readOciLayout(pulled, 'linux/arm64')).digest).toBe(built.digest);
    });

    test("our client pushes buildah's OCI layout output with the digest buildah gave it", async () => {
      const layout = join(work, 'buildah-layout');
      await run('buildah', [...storage, 'push', 'localhost/agent:test', `oci:${layout}`], { timeout: 120_000 });
      const image = await readOciLayout(layout, 'linux/arm64');
      const [username, password] = creds.split(/:(.*)/s) as [string, string];
      const client = new OciRegistry({ endpoint: emulator.url, registry: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com`, username, password, logger: new RecordingLogger() });
      const result = await pushOciLayout(client, 'agent', layout, { tag: 'layout', platform: 'linux/arm64', logger: new RecordingLogger() });
      expect(result.digest).toBe(image.digest);
      expect(await describedDigest('layout')).toBe(image.digest);
    });
  });
}
