// The runner lives in src/demo/ because `npm run demo` runs the bundled actions the same way.
export { parseFileCommands, runDistAction, type ActionRun, type RunOptions } from '../../src/demo/action-process.js';
