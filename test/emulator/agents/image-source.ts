import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { packTar, type TarEntry } from 'modern-tar';
import type { EcrRepository } from '../../../src/emulator/services/ecr/store.js';
import { AgentPool, type AgentTarget } from '../../../src/emulator/agents/pool.js';
import type { ImageSource } from '../../../src/emulator/agents/unpack.js';

/** An in-memory registry repository for the agent machinery's unit tests. */
export class MemoryImages implements ImageSource {
  readonly blobs = new Map<string, Buffer>();
  readonly repository = { name: 'agents', images: {} } as unknown as EcrRepository;

  blob(digest: string): Buffer | undefined {
    return this.blobs.get(digest);
  }

  private put(bytes: Buffer): { digest: string; size: number } {
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    this.blobs.set(digest, bytes);
    return { digest, size: bytes.length };
  }

  manifest(document: unknown, mediaType: string): string {
    const bytes = Buffer.from(JSON.stringify(document));
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    this.repository.images[digest] = { digest, tags: [], pushedAt: 0, mediaType, manifest: bytes.toString('base64'), sizeInBytes: bytes.length };
    return digest;
  }

  /** An image of tar layers (each a list of entries; a string body is a file) and a config; returns its manifest digest. */
  async image(layers: Array<Record<string, string | null>>, config: Record<string, unknown> = {}, architecture = 'arm64', gzip = true): Promise<string> {
    const layerDescriptors = [];
    for (const files of layers) {
      const entries: TarEntry[] = Object.entries(files).map(([name, body]) =>
        body === null
          ? { header: { name, type: 'directory', size: 0, mode: 0o755 } }
          : { header: { name, type: 'file', size: Buffer.byteLength(body), mode: 0o755 }, body: Buffer.from(body) },
      );
      const tar = Buffer.from(await packTar(entries));
      layerDescriptors.push({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...this.put(gzip ? gzipSync(tar) : tar) });
    }
    const configBlob = this.put(Buffer.from(JSON.stringify({ architecture, os: 'linux', config })));
    return this.manifest(
      { schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...configBlob }, layers: layerDescriptors },
      'application/vnd.oci.image.manifest.v1+json',
    );
  }
}

/** One session of runtime agent-0123456789 version 1 on an image of `images`, for the pool's tests. */
export function agentTarget(images: MemoryImages, digest: string, session: string, overrides: Partial<AgentTarget> = {}): AgentTarget {
  return {
    account: '000000000000',
    region: 'us-east-1',
    runtimeId: 'agent-0123456789',
    runtimeName: 'agent',
    version: '1',
    session,
    image: { source: images, digest },
    environmentVariables: {},
    idleTimeoutSeconds: 900,
    maxLifetimeSeconds: 28800,
    alive: () => true,
    ...overrides,
  };
}

/** What the pool's tests share: a fresh pool per test, an image of one Node script, and whether its version still exists. */
export interface PoolFixture {
  pool: AgentPool;
  images: MemoryImages;
  digest: string;
  versionExists: boolean;
}

/**
 * A fresh pool per test with an image of `script` at /srv/agent.js (`config`: the image's, over its
 * Entrypoint and WorkingDir), stopped after each test.
 */
export function usePoolWithNodeAgent(script: string, config: Record<string, unknown> = {}): PoolFixture {
  const fixture = {} as PoolFixture; // filled before each test
  beforeEach(async () => {
    fixture.images = new MemoryImages();
    fixture.digest = await fixture.images.image([{ 'srv/': null, 'srv/agent.js': script }], { Entrypoint: ['node', '/srv/agent.js'], WorkingDir: '/srv', ...config });
    fixture.pool = new AgentPool({ startTimeoutMs: 10_000 });
    fixture.versionExists = true;
  });
  afterEach(() => fixture.pool.stopAll());
  return fixture;
}
