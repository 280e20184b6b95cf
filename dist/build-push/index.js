import { runEntry } from '../lib/index.js';
await runEntry('build-push');
