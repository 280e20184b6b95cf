import { runEntry } from '../lib/index.js';
await runEntry('promote-endpoint');
