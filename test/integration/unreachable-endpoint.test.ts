/**
 * Nothing listening at the endpoint: every bundled action (dist/<name>) exits 1 within a few
 * seconds, naming the endpoint and asking whether the emulator runs, never blaming credentials.
 * The seven run in parallel. Run `npm run build` first.
 */
import { createServer } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorLines, expectCleanFailure, makeWorkspace, runAction, DIST_ACTIONS } from '../reliability/harness.js';

/** Inputs each action needs to get as far as its first AWS call. */
const INPUTS: Record<string, Record<string, string>> = {
  'deploy-version': { 'image-uri': '111111111111.dkr.ecr.us-west-2.amazonaws.com/support-bot@sha256:' + 'a'.repeat(64) },
  'drift-check': { comment: 'never' },
  'promote-endpoint': { version: '1' },
};

/** A port that was free a moment ago and has nothing listening now: connecting is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

test('every action, with nothing listening at AWS_ENDPOINT_URL, exits 1 within a few seconds naming the endpoint', async () => {
  const port = await closedPort();
  const endpoint = `http://127.0.0.1:${port}`;
  const workspace = makeWorkspace();
  writeFileSync(join(workspace, 'Dockerfile'), 'FROM scratch\n');
  expect(DIST_ACTIONS).toHaveLength(7);
  const started = Date.now();
  const runs = await Promise.all(
    DIST_ACTIONS.map(async (name) => {
      const begun = Date.now();
      const run = await runAction({ url: endpoint }, name, workspace, INPUTS[name] ?? {});
      return { name, run, seconds: (Date.now() - begun) / 1000 };
    }),
  );
  const wall = (Date.now() - started) / 1000;
  console.log(`unreachable endpoint: ${runs.map((r) => `${r.name} ${r.seconds.toFixed(1)} s`).join(', ')}; all seven in ${wall.toFixed(1)} s`);
  for (const { name, run, seconds } of runs) {
    const context = `${name} (${seconds.toFixed(1)} s):\n${run.stdout}\n${run.stderr}`;
    expectCleanFailure(run);
    const errors = errorLines(run).join('\n');
    if (!errors.includes(`endpoint ${endpoint} (an endpoint override: AWS_ENDPOINT_URL or AWS_ENDPOINT_URL_<SERVICE>) cannot be reached (connect ECONNREFUSED 127.0.0.1:${port}). Is the emulator running?`)) {
      throw new Error(`${context}\nno error naming the endpoint`);
    }
    if (/credentials/i.test(errors)) throw new Error(`${context}\nthe error blames credentials`);
    // Seven processes share the machine; alone, each fails in well under two seconds.
    if (seconds > 10) throw new Error(`${context}\ntook ${seconds} s`);
  }
}, 60_000);
