// B0's image: examples/agent as an OCI layout, written with the product's own layout writer so
// build-push pushes what the demo pushes on a machine without buildah. bench/run.mjs bundles this
// with ncc at bench time; usage: node index.js <layout-dir> <agent-dir>.
import { join } from 'node:path';
import { readFileTree, writeOciLayout } from '../src/core/registry/index.js';

async function main(layout: string | undefined, agent: string | undefined): Promise<void> {
  if (!layout || !agent) throw new Error('usage: oci-layout <layout-dir> <agent-dir>');
  const files = Object.fromEntries(Object.entries(await readFileTree(join(agent, 'app'))).map(([path, body]) => [`app/${path}`, body]));
  const built = await writeOciLayout(layout, { files, platform: 'linux/arm64', env: { PORT: '8080' }, entrypoint: ['python3', '/app/main.py'] });
  console.log(built.digest);
}

void main(process.argv[2], process.argv[3]);
