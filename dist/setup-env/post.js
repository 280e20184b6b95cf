import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
module.enableCompileCache?.(join(process.env.RUNNER_TEMP || tmpdir(), 'agentcore-actions-compile-cache'));
await (await import('../lib/index.js')).runPost();
