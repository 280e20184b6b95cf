import { runEntry } from '../lib/index.js';
await runEntry('sync-config');
