import { join } from 'node:path';
import { readFileTree, type ImageSpec } from '../core/registry/index.js';

/**
 * The image of examples/agent (what its Dockerfile builds), for writeOciLayout, and a second
 * build of it with a real defect: a change that reads the payload's "input" instead of
 * "prompt", so every smoke test of it answers 500 with a KeyError. Shared by the demo and tests.
 */
const GOOD_LINE = 'prompt = str(request.get("prompt", ""))';
const DEFECTIVE_LINE = 'prompt = str(request["input"])';

export async function exampleAgentImage(agentDir: string, build: 'good' | 'defective' = 'good'): Promise<ImageSpec> {
  const files: Record<string, string | Uint8Array> = Object.fromEntries(
    Object.entries(await readFileTree(join(agentDir, 'app'))).map(([path, body]) => [`app/${path}`, body]),
  );
  if (build === 'defective') {
    const source = String(files['app/main.py'] ?? '');
    if (!source.includes(GOOD_LINE)) throw new Error(`${join(agentDir, 'app', 'main.py')} no longer holds the line the defective build changes: ${GOOD_LINE}`);
    files['app/main.py'] = source.replace(GOOD_LINE, DEFECTIVE_LINE);
  }
  return {
    files,
    platform: 'linux/arm64',
    env: { PORT: '8080' },
    entrypoint: ['python3', '/app/main.py'],
    labels: { 'org.opencontainers.image.title': 'agentcore-actions example agent' },
  };
}
