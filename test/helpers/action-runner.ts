// The runner lives in src/testing/ because `npm run demo` runs the bundled actions the same way.
export { parseFileCommands, runDistAction, type ActionRun, type RunOptions } from '../../src/testing/action-process.js';
