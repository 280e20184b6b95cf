/**
 * `npm run demo [-- --out <dir>]`: the whole blue-green pipeline against an emulator it starts
 * itself. Exits 1 when any step's expected outcome did not happen, or at once when the bundled
 * actions or node_modules are missing. Output goes to demo-output/ (or --out, or DEMO_OUTPUT_DIR).
 */
import { parseArgs } from 'node:util';
import { repoRoot, runDemo } from './pipeline.js';
import { missingPrerequisites } from './preflight.js';
import { finalTable, formatStep, writeOutput } from './report.js';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const outDir = values.out ?? process.env.DEMO_OUTPUT_DIR ?? 'demo-output';
const started = Date.now();
// The SDK's notice about its future Node support concerns this Node, not node24 the actions run on.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const missing = missingPrerequisites(repoRoot, import.meta.dirname);
if (missing.length > 0) {
  console.error(['The demo cannot start; missing:', ...missing.map((line) => `  - ${line}`)].join('\n'));
  process.exitCode = 1;
} else {
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
}
