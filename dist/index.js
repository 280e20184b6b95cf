import { runCommand } from './lib/index.js';
await runCommand();
