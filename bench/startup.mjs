// The start-up figures of `npm run bench`: B0 (one environment's chain), B1 (each action to its
// first AWS request and to its failure on a bad input) and B6 (what an action run loads), each
// against bare starts of bench/floor.mjs measured in the same run, interleaved with the runs they
// are compared with so that both see the same load.
import { mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { actionNode, actionScript, bundle, bundledActions, control, dist, fresh, median, pushImage, REGIONS, requests, root, round, runAction, runScript, stats, workspace } from './harness.mjs';

// The smoke test promote-endpoint runs in B0: the emulator's runtimes answer "pong" to a ping.
const PROMOTION = { smoke_test: { payload: { prompt: 'ping' }, expect_body: 'pong' }, bake_minutes: 0 };

/** The floor bundle and an OCI layout of examples/agent, made once per bench run. */
export async function startupFixtures() {
  const floorScript = await bundle('floor.mjs');
  // For information: the same floor with undici on demand, as the actions' bundle is made.
  const onDemandScript = await bundle('floor.mjs', { undiciOnDemand: true });
  const layoutScript = await bundle('oci-layout.ts', { transpileOnly: true });
  const layout = join(mkdtempSync(join(tmpdir(), 'bench-layout-')), 'agent');
  execFileSync(process.execPath, [layoutScript, layout, join(root, 'examples', 'agent')], { stdio: ['ignore', 'ignore', 'inherit'] });
  const empty = mkdtempSync(join(tmpdir(), 'bench-empty-'));
  /** One bare start: the floor bundle fails the way the actions fail on a bad input. */
  const start = async (script) => {
    const run = await runScript(script, { cwd: empty, inputs: { 'config-file': 'missing.json' } });
    if (run.code !== 1) throw new Error(`the floor should fail, exited ${run.code}:\n${run.stdout}`);
    return run.ms;
  };
  return { bareStart: () => start(floorScript), bareStartOnDemand: () => start(onDemandScript), layout, empty };
}

/** A fresh RUNNER_TEMP: what the first step of a job on a fresh runner finds (no compile cache yet). */
const runnerTemp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-runner-temp-'));
  mkdirSync(join(dir, 'tmp'));
  return dir;
};

/** setup-env, build-push (OCI layout), deploy-version, promote-endpoint (smoke test, no bake) in dev; ms per step. */
async function chain(url, dir, layout, env) {
  const steps = {};
  const step = async (name, inputs) => {
    const run = await runAction(url, name, dir, { environment: 'dev', ...inputs }, REGIONS.dev, env);
    steps[name] = run.ms;
    return run;
  };
  await step('setup-env', {});
  const build = await step('build-push', { builder: 'oci-layout', 'oci-layout': layout });
  const deploy = await step('deploy-version', { 'image-uri': build.outputs['image-uri'] });
  const promote = await step('promote-endpoint', { version: deploy.outputs.version, 'bake-minutes': '0' });
  if (promote.outputs['smoke-test-result'] !== 'passed') throw new Error(`B0: the smoke test should pass, got ${promote.outputs['smoke-test-result']}:\n${promote.stdout}`);
  return steps;
}

// ---------- B0 one environment's chain ----------
export async function environmentChain(url, fixtures, reps) {
  const runs = [];
  for (let i = 0; i < reps; i++) {
    await fresh(url, 0);
    const dir = workspace({ promotion: PROMOTION });
    let floor = 0;
    for (let k = 0; k < 4; k++) floor += await fixtures.bareStart();
    // One job: its steps share RUNNER_TEMP.
    const steps = await chain(url, dir, fixtures.layout, { RUNNER_TEMP: runnerTemp() });
    const wall = Object.values(steps).reduce((a, b) => a + b, 0);
    runs.push({ wall, floor, ratio: wall / floor, steps });
  }
  const ratios = runs.map((r) => r.ratio);
  const mid = runs[ratios.indexOf(median(ratios))];
  const perStep = Object.fromEntries(Object.keys(mid.steps).map((name) => [name, round(median(runs.map((r) => r.steps[name])), 1)]));
  return {
    value: round(mid.wall, 1),
    floor: round(mid.floor, 1),
    ratio: round(median(ratios)),
    target: 2,
    met: median(ratios) <= 2,
    unit: 'ms',
    min: round(Math.min(...runs.map((r) => r.wall)), 1),
    max: round(Math.max(...runs.map((r) => r.wall)), 1),
    ratioRange: [round(Math.min(...ratios)), round(Math.max(...ratios))],
    runs: reps,
    perStep,
    node: nodeVersion(),
  };
}

// ---------- B1 start-up per action ----------
/** Valid inputs per action, for the state startPerAction sets up: version 2 live, version 1 to roll back to. */
const validInputs = (layout) => ({
  'setup-env': {},
  'build-push': { builder: 'oci-layout', 'oci-layout': layout },
  'deploy-version': {},
  'promote-endpoint': { 'bake-minutes': '0' },
  rollback: { version: '1', reason: 'bench' },
  'sync-config': {},
  'drift-check': { comment: 'never' },
});

export async function startPerAction(url, fixtures, reps) {
  await fresh(url, 0);
  const dir = workspace({ promotion: PROMOTION });
  const env = { RUNNER_TEMP: runnerTemp() };
  await chain(url, dir, fixtures.layout, env);
  const image = await pushImage(url, REGIONS.dev, 'second');
  const second = await runAction(url, 'deploy-version', dir, { 'image-uri': image }, REGIONS.dev, env);
  await runAction(url, 'promote-endpoint', dir, { version: second.outputs.version, 'bake-minutes': '0' }, REGIONS.dev, env);
  const inputs = validInputs(fixtures.layout);
  inputs['deploy-version'] = { 'image-uri': image };

  /** ms from the spawn to the first request the emulator logged; RUNNER_TEMP decides whether a compile cache is there. */
  const toFirstRequest = async (name, temp) => {
    await control(url, 'DELETE', 'requests');
    const run = await runScript(actionScript(name), {
      cwd: dir,
      inputs: { 'config-file': 'agentcore.json', environment: 'dev', 'timeout-minutes': '2', ...(inputs[name] ?? {}) },
      env: { AWS_ENDPOINT_URL: url, AWS_REGION: REGIONS.dev, RUNNER_TEMP: temp },
    });
    if (run.code !== 0) throw new Error(`B1: ${name} failed (${run.code}):\n${run.stdout}`);
    const log = await requests(url);
    if (!log.length) throw new Error(`B1: ${name} made no AWS request:\n${run.stdout}`);
    return Math.min(...log.map((r) => Date.parse(r.time))) - run.spawnedAt;
  };
  const floors = [];
  const onDemandFloors = [];
  const perAction = {};
  for (const name of bundledActions()) {
    const first = [];
    const warm = [];
    const failure = [];
    for (let i = 0; i < reps; i++) {
      floors.push(await fixtures.bareStart());
      first.push(await toFirstRequest(name, runnerTemp()));
      floors.push(await fixtures.bareStart());
      warm.push(await toFirstRequest(name, env.RUNNER_TEMP));
      floors.push(await fixtures.bareStart());
      onDemandFloors.push(await fixtures.bareStartOnDemand());
      // A bad input: a config file that is not there (deploy-version stops at its missing image-uri first).
      const bad = await runScript(actionScript(name), { cwd: fixtures.empty, inputs: { 'config-file': 'missing.json' }, env: { AWS_ENDPOINT_URL: 'http://127.0.0.1:9', RUNNER_TEMP: runnerTemp() } });
      if (bad.code !== 1) throw new Error(`B1: ${name} should fail validation, exited ${bad.code}:\n${bad.stdout}`);
      failure.push(bad.ms);
    }
    perAction[name] = { firstRequest: stats(first), warm: stats(warm), failure: stats(failure) };
  }
  const floor = median(floors);
  const worst = (key) => Object.entries(perAction).sort((a, b) => b[1][key].median - a[1][key].median)[0];
  const [firstName, firstWorst] = worst('firstRequest');
  const [failName, failWorst] = worst('failure');
  const [warmName, warmWorst] = worst('warm');
  const ratio = Math.max(firstWorst.firstRequest.median, failWorst.failure.median) / floor;
  return {
    value: round(firstWorst.firstRequest.median, 1),
    floor: round(floor, 1),
    ratio: round(firstWorst.firstRequest.median / floor),
    target: 1.5,
    met: ratio <= 1.5,
    unit: 'ms',
    min: round(firstWorst.firstRequest.min, 1),
    max: round(firstWorst.firstRequest.max, 1),
    worst: firstName,
    warm: { value: round(warmWorst.warm.median, 1), ratio: round(warmWorst.warm.median / floor), worst: warmName },
    failure: { value: round(failWorst.failure.median, 1), ratio: round(failWorst.failure.median / floor), worst: failName },
    floorRange: [round(Math.min(...floors), 1), round(Math.max(...floors), 1)],
    floorUndiciOnDemand: round(median(onDemandFloors), 1),
    runs: reps,
    perAction: Object.fromEntries(
      Object.entries(perAction).map(([n, s]) => [
        n,
        {
          firstRequest: { median: round(s.firstRequest.median, 1), min: round(s.firstRequest.min, 1), max: round(s.firstRequest.max, 1), ratio: round(s.firstRequest.median / floor) },
          warm: { median: round(s.warm.median, 1), min: round(s.warm.min, 1), max: round(s.warm.max, 1), ratio: round(s.warm.median / floor) },
          failure: { median: round(s.failure.median, 1), min: round(s.failure.min, 1), max: round(s.failure.max, 1), ratio: round(s.failure.median / floor) },
        },
      ]),
    ),
    node: nodeVersion(),
  };
}

// ---------- B6 size ----------
const bytes = (path) => (statSync(path).isDirectory() ? readdirSync(path).reduce((n, f) => n + bytes(join(path, f)), 0) : statSync(path).size);

/** What an action run loads or ships (dist/lib, the stubs, dist/index.js); the emulator and the demo apart. */
export function size() {
  const apart = ['emulator', 'demo'];
  const parts = Object.fromEntries(readdirSync(dist).map((name) => [name, bytes(join(dist, name))]));
  const actions = Object.entries(parts).filter(([name]) => !apart.includes(name)).reduce((n, [, b]) => n + b, 0);
  const target = 3 * 1024 * 1024;
  const chunks = readdirSync(join(dist, 'lib'))
    .map((name) => [name, statSync(join(dist, 'lib', name)).size])
    .sort((a, b) => b[1] - a[1]);
  return {
    value: actions,
    floor: null,
    ratio: round(actions / target),
    target,
    met: actions <= target,
    unit: 'bytes',
    min: actions,
    max: actions,
    emulator: parts.emulator ?? 0,
    demo: parts.demo ?? 0,
    total: Object.values(parts).reduce((a, b) => a + b, 0),
    parts,
    largestChunks: Object.fromEntries(chunks.slice(0, 10)),
  };
}

let version;
function nodeVersion() {
  version ??= execFileSync(actionNode, ['--version'], { encoding: 'utf8' }).trim();
  return version;
}
