/**
 * `npm run demo [-- --out <dir>]`: the whole blue-green pipeline against an emulator it starts
 * itself. Exits 1 when any step's expected outcome did not happen. Output goes to demo-output/
 * (or --out, or DEMO_OUTPUT_DIR).
 */
import { parseArgs } from 'node:util';
import { runDemo } from './pipeline.js';
import { finalTable, formatStep, writeOutput } from './report.js';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const outDir = values.out ?? process.env.DEMO_OUTPUT_DIR ?? 'demo-output';
const started = Date.now();

try {
  const steps = await runDemo({
    onStep: (step) => console.log(formatStep(step)),
    onNote: (text) => console.log(`… ${text}`),
  });
  const page = writeOutput(outDir, steps);
  console.log(`\n${finalTable(steps)}\n`);
  const failed = steps.filter((step) => !step.ok);
  console.log(`${steps.length - failed.length}/${steps.length} steps as expected in ${((Date.now() - started) / 1000).toFixed(1)} s; summaries and ${page}`);
  process.exitCode = failed.length ? 1 : 0;
} catch (error) {
  console.error(`demo aborted: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
}
