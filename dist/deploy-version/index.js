import { runEntry } from '../lib/index.js';
await runEntry('deploy-version');
