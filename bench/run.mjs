// `npm run bench [-- B0 B1 B6 …] [--quick]`: the figures of issues 10 and 13, each against a floor
// measured in the same run; with figure names, only those. Runs the bundled actions in dist/ (run
// `npm run build` first) as processes against the bundled emulator started on a free port; prints
// a table and writes bench/results.json. ACTION_NODE=<node binary> runs the actions and the floors
// on another Node (the runner's node24, say). Plain ESM so it needs no build of its own; the floor
// and B0's image writer are bundled, with ncc, at bench time.
import { BedrockAgentCoreControlClient, CreateAgentRuntimeCommand, CreateAgentRuntimeEndpointCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ACCOUNT, control, fresh, median, percentile, pushImage, REGIONS, requests, root, round, runAction, startEmulator, stats, workspace } from './harness.mjs';
import { environmentChain, size, startPerAction, startupFixtures } from './startup.mjs';

const D = 1000; // B2's provisioning delay per version or endpoint change, ms
const READ_ONLY = /^(Get|List|Describe|BatchGet|Invoke|Head|Ping)/; // GetCallerIdentity included
const quick = process.argv.includes('--quick'); // fewer repetitions, for trying the harness
const FIGURES = ['B0', 'B1', 'B2', 'B3', 'B4', 'B5', 'B6'];
const asked = process.argv.slice(2).filter((arg) => !arg.startsWith('--')).map((arg) => arg.toUpperCase());
const unknown = asked.filter((name) => !FIGURES.includes(name));
if (unknown.length) throw new Error(`unknown figure(s) ${unknown.join(', ')}: choose from ${FIGURES.join(', ')}`);
const selected = asked.length ? FIGURES.filter((name) => asked.includes(name)) : FIGURES;

// ---------- B2 pipeline overhead ----------
// Calls that start something the emulator keeps in progress for D (AgentCore versions and endpoints,
// CloudFormation change sets and stack operations).
const TRANSITIONS = new Set([
  'CreateAgentRuntime',
  'UpdateAgentRuntime',
  'CreateAgentRuntimeEndpoint',
  'UpdateAgentRuntimeEndpoint',
  'CreateChangeSet',
  'ExecuteChangeSet',
  'CreateStack',
  'UpdateStack',
  'DeleteStack',
]);

/** How long something was in progress: the union of [start, start + D] over the transitions (parallel ones overlap). */
function delayCovered(log) {
  const starts = log.filter((r) => TRANSITIONS.has(r.operation) && r.status < 300).map((r) => Date.parse(r.time)).sort((a, b) => a - b);
  let covered = 0;
  let end = -Infinity;
  for (const start of starts) {
    covered += Math.max(0, start + D - Math.max(start, end));
    end = Math.max(end, start + D);
  }
  return { covered, changes: starts.length };
}

async function pipeline(url, floorMs) {
  const environments = ['dev', 'staging', 'prod'];
  const results = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    await fresh(url, D);
    const dir = workspace({ environments });
    await control(url, 'DELETE', 'requests');
    let steps = 0;
    let wall = 0;
    const timed = async (name, inputs, region) => {
      wall += (await runAction(url, name, dir, inputs, region)).ms;
      steps++;
    };
    for (const env of environments) {
      const region = REGIONS[env];
      await timed('setup-env', { environment: env }, region);
      // The image build is not the pipeline's overhead: pushed untimed, into the repository setup-env made.
      const image = await pushImage(url, region, `pipeline-${i}`);
      await timed('deploy-version', { environment: env, 'image-uri': image }, region);
      await timed('promote-endpoint', { environment: env, 'bake-minutes': '0' }, region);
    }
    const { covered, changes } = delayCovered(await requests(url));
    results.push({ wall, floor: covered + steps * floorMs, changes, steps });
  }
  const ratios = results.map((r) => r.wall / r.floor);
  const mid = results[ratios.indexOf(median(ratios))];
  return {
    value: round(mid.wall / 1000),
    floor: round(mid.floor / 1000),
    ratio: round(median(ratios)),
    target: 1.1,
    met: median(ratios) <= 1.1,
    unit: 's',
    min: round(Math.min(...results.map((r) => r.wall)) / 1000),
    max: round(Math.max(...results.map((r) => r.wall)) / 1000),
    steps: mid.steps,
    changes: mid.changes,
    delayMs: D,
    ratioRange: [round(Math.min(...ratios)), round(Math.max(...ratios))],
  };
}

// ---------- B3 readiness lag ----------
async function readinessLag(url) {
  await fresh(url, 1000);
  const dir = workspace();
  const lags = { version: [], endpoint: [] };
  const waits = quick ? 4 : 10;
  const firstPollAfter = (log, operation, readyAt) => log.find((r) => r.operation === operation && Date.parse(r.time) >= readyAt);
  for (let i = 0; i < waits; i++) {
    const image = await pushImage(url, REGIONS.dev, `lag-${i}`);
    await control(url, 'DELETE', 'requests');
    const deploy = await runAction(url, 'deploy-version', dir, { 'image-uri': image });
    let state = await control(url, 'GET', 'state');
    const runtime = Object.values(state.services.agentcore[`${ACCOUNT}/${REGIONS.dev}`].runtimes)[0];
    const version = runtime.versions[deploy.outputs.version];
    let log = await requests(url);
    lags.version.push(Date.parse(firstPollAfter(log, 'GetAgentRuntime', version.readyAt).time) - version.readyAt);

    await control(url, 'DELETE', 'requests');
    await runAction(url, 'promote-endpoint', dir, { version: deploy.outputs.version, 'bake-minutes': '0' });
    state = await control(url, 'GET', 'state');
    const live = Object.values(state.services.agentcore[`${ACCOUNT}/${REGIONS.dev}`].runtimes)[0].endpoints.live;
    log = await requests(url);
    lags.endpoint.push(Date.parse(firstPollAfter(log, 'GetAgentRuntimeEndpoint', live.readyAt).time) - live.readyAt);
  }
  const all = [...lags.version, ...lags.endpoint];
  const p95 = percentile(all, 95);
  return {
    value: round(p95),
    floor: 0,
    ratio: null,
    target: 1000,
    met: p95 <= 1000,
    unit: 'ms (p95)',
    p50: round(percentile(all, 50)),
    min: round(Math.min(...all)),
    max: round(Math.max(...all)),
    waits: all.length,
    waitMs: 1000,
    versionP50: round(percentile(lags.version, 50)),
    endpointP50: round(percentile(lags.endpoint, 50)),
  };
}

// ---------- B4 calls ----------
async function calls(url) {
  await fresh(url, 200);
  const dir = workspace();
  // Inputs are made just before each action's first run: the image goes into the repository setup-env made.
  const plan = [
    ['setup-env', async () => ({})],
    ['sync-config', async () => ({})],
    ['deploy-version', async () => ({ 'image-uri': await pushImage(url, REGIONS.dev, 'calls') })],
    ['promote-endpoint', async () => ({ 'bake-minutes': '0' })],
    [
      'rollback',
      async () => {
        // Something to roll back from: version 2 promoted over version 1.
        await runAction(url, 'deploy-version', dir, { 'image-uri': await pushImage(url, REGIONS.dev, 'calls-2') });
        await runAction(url, 'promote-endpoint', dir, { 'bake-minutes': '0' });
        return { reason: 'bench' };
      },
    ],
    ['drift-check', async () => ({ comment: 'never' })],
  ];
  const table = {};
  const summarize = (log) => ({
    total: log.length,
    mutating: log.filter((r) => !READ_ONLY.test(r.operation)).map((r) => `${r.service}:${r.operation}`),
    reads: Object.entries(log.filter((r) => READ_ONLY.test(r.operation)).reduce((acc, r) => ({ ...acc, [`${r.service}:${r.operation}`]: (acc[`${r.service}:${r.operation}`] ?? 0) + 1 }), {})).map(([op, n]) => `${op}×${n}`),
  });
  for (const [name, makeInputs] of plan) {
    const inputs = await makeInputs();
    await control(url, 'DELETE', 'requests');
    await runAction(url, name, dir, inputs);
    const first = summarize(await requests(url));
    await control(url, 'DELETE', 'requests');
    await runAction(url, name, dir, inputs);
    table[name] = { first, rerun: summarize(await requests(url)) };
  }
  const rerunMutating = Object.values(table).reduce((n, t) => n + t.rerun.mutating.length, 0);
  return { value: rerunMutating, floor: 0, ratio: null, target: 0, met: rerunMutating === 0, unit: 'mutating calls on re-runs', min: rerunMutating, max: rerunMutating, perAction: table };
}

// ---------- B5 drift at scale ----------
async function driftAtScale(url) {
  const concurrency = Number(/DEFAULT_CONCURRENCY = (\d+)/.exec(readFileSync(join(root, 'src', 'core', 'drift', 'check.ts'), 'utf8'))[1]);
  const environments = ['dev', 'staging', 'prod'];
  const runtimes = Array.from({ length: 50 }, (_, i) => `agent${i}`);
  await fresh(url, 0);
  const dir = workspace({ runtimes, environments });
  // Seeded through the SDK directly: 150 runtimes and 450 endpoints would take minutes through actions.
  for (const env of environments) {
    const region = REGIONS[env];
    const image = await pushImage(url, region, 'drift');
    const client = new BedrockAgentCoreControlClient({ endpoint: url, region, credentials: { accessKeyId: ACCOUNT, secretAccessKey: 'bench' } });
    await Promise.all(
      runtimes.map(async (key) => {
        const { agentRuntimeId } = await client.send(
          new CreateAgentRuntimeCommand({
            agentRuntimeName: `${key}_${env}`,
            agentRuntimeArtifact: { containerConfiguration: { containerUri: image } },
            roleArn: `arn:aws:iam::${ACCOUNT}:role/agentcore-support-bot-runtime-${env}`,
            networkConfiguration: { networkMode: 'PUBLIC' },
          }),
        );
        for (const name of ['live', 'candidate', 'canary']) await client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId, name, agentRuntimeVersion: '1' }));
      }),
    );
  }
  const measure = async (faults) => {
    const walls = [];
    let callCount = 0;
    for (let i = 0; i < (quick ? 1 : 3); i++) {
      await control(url, 'DELETE', 'faults');
      for (const fault of faults) await control(url, 'POST', 'faults', fault);
      await control(url, 'DELETE', 'requests');
      const run = await runAction(url, 'drift-check', dir, { comment: 'never' });
      walls.push(run.ms);
      callCount = (await requests(url)).filter((r) => r.service === 'agentcore').length;
    }
    await control(url, 'DELETE', 'faults');
    const floor = (callCount * 20) / concurrency;
    return { walls: stats(walls), calls: callCount, floor };
  };
  const latency = { service: 'agentcore', kind: 'latency', latencyMs: 20 };
  const plain = await measure([latency]);
  const throttled = await measure([latency, { service: 'agentcore', kind: 'throttle', rate: 0.2 }]);
  const ratio = plain.walls.median / plain.floor;
  const throttledRatio = throttled.walls.median / throttled.floor;
  return {
    value: round(plain.walls.median / 1000),
    floor: round(plain.floor / 1000),
    ratio: round(ratio),
    target: 1.5,
    met: ratio <= 1.5 && throttledRatio <= 3,
    unit: 's',
    min: round(plain.walls.min / 1000),
    max: round(plain.walls.max / 1000),
    calls: plain.calls,
    concurrency,
    throttled: {
      value: round(throttled.walls.median / 1000),
      floor: round(throttled.floor / 1000),
      ratio: round(throttledRatio),
      target: 3,
      met: throttledRatio <= 3,
      min: round(throttled.walls.min / 1000),
      max: round(throttled.walls.max / 1000),
      calls: throttled.calls,
    },
  };
}

// ---------- main ----------
const results = {};
const needsEmulator = selected.some((name) => name !== 'B6');
const emulator = needsEmulator ? await startEmulator() : undefined;
try {
  const step = async (key, label, fn) => {
    const started = performance.now();
    process.stdout.write(`${key} ${label}… `);
    results[key] = await fn();
    console.log(`${round((performance.now() - started) / 1000, 1)} s`);
  };
  const fixtures = selected.some((name) => ['B0', 'B1', 'B2'].includes(name)) ? await startupFixtures() : undefined;
  const reps = quick ? 2 : 5;
  const run = {
    B0: () => step('B0', "one environment's chain", () => environmentChain(emulator.url, fixtures, reps)),
    B1: () => step('B1', 'start-up per action', () => startPerAction(emulator.url, fixtures, reps)),
    B2: async () => {
      // B2 counts one bare start per step: B1's floor when it ran, else measured now.
      const starts = [];
      if (!results.B1) for (let i = 0; i < reps; i++) starts.push(await fixtures.bareStart());
      await step('B2', 'pipeline overhead', () => pipeline(emulator.url, results.B1?.floor ?? median(starts)));
    },
    B3: () => step('B3', 'readiness lag', () => readinessLag(emulator.url)),
    B4: () => step('B4', 'calls', () => calls(emulator.url)),
    B5: () => step('B5', 'drift at scale', () => driftAtScale(emulator.url)),
    B6: () => step('B6', 'size', async () => size()),
  };
  for (const name of selected) await run[name]();
} finally {
  emulator?.stop();
}

const MiB = (b) => `${round(b / 1048576)} MiB`;
const rows = [];
const r = results;
if (r.B0) rows.push(['B0 one env chain (4 steps)', `${r.B0.value} ms`, `${r.B0.floor} ms (4 starts)`, `${r.B0.ratio}×`, '≤ 2×', r.B0.met, `${r.B0.ratioRange[0]}–${r.B0.ratioRange[1]}×`]);
if (r.B1) {
  rows.push([`B1 to first request (${r.B1.worst})`, `${r.B1.value} ms`, `${r.B1.floor} ms`, `${r.B1.ratio}×`, '≤ 1.5×', r.B1.ratio <= 1.5, `${r.B1.min}–${r.B1.max}`]);
  rows.push([`B1 … later step of a job (${r.B1.warm.worst})`, `${r.B1.warm.value} ms`, `${r.B1.floor} ms`, `${r.B1.warm.ratio}×`, '(info)', '-', '-']);
  rows.push([`B1 to bad-input failure (${r.B1.failure.worst})`, `${r.B1.failure.value} ms`, `${r.B1.floor} ms`, `${r.B1.failure.ratio}×`, '≤ 1.5×', r.B1.failure.ratio <= 1.5, '-']);
  rows.push(['B1 floor with undici on demand', `${r.B1.floorUndiciOnDemand} ms`, `${r.B1.floor} ms`, `${round(r.B1.floorUndiciOnDemand / r.B1.floor)}×`, '(info)', '-', '-']);
}
if (r.B2) rows.push(['B2 pipeline, 3 envs', `${r.B2.value} s`, `${r.B2.floor} s`, `${r.B2.ratio}×`, '≤ 1.10×', r.B2.met, `${r.B2.min}–${r.B2.max} s`]);
if (r.B3) rows.push(['B3 readiness lag p95', `${r.B3.value} ms (p50 ${r.B3.p50})`, '0', '-', '≤ 1000 ms', r.B3.met, `${r.B3.min}–${r.B3.max} ms`]);
if (r.B4) rows.push(['B4 re-run mutating calls', String(r.B4.value), '0', '-', '0', r.B4.met, '-']);
if (r.B5) {
  rows.push(['B5 drift 3×50×3, 20 ms', `${r.B5.value} s`, `${r.B5.floor} s`, `${r.B5.ratio}×`, '≤ 1.5×', r.B5.ratio <= 1.5, `${r.B5.min}–${r.B5.max} s`]);
  rows.push(['B5 … with 20 % throttling', `${r.B5.throttled.value} s`, `${r.B5.throttled.floor} s`, `${r.B5.throttled.ratio}×`, '≤ 3×', r.B5.throttled.met, `${r.B5.throttled.min}–${r.B5.throttled.max} s`]);
}
if (r.B6) rows.push(['B6 actions\' dist/', MiB(r.B6.value), '-', '-', '≤ 3 MiB', r.B6.met, '-']);
const cells = rows.map((row) => row.map((cell) => (cell === true ? 'met' : cell === false ? 'NOT MET' : cell)));
const header = ['figure', 'value (median)', 'floor', 'ratio', 'target', 'met', 'min–max'];
const widths = header.map((_, i) => Math.max(...[header, ...cells].map((c) => String(c[i]).length)));
const line = (c) => c.map((x, i) => String(x).padEnd(widths[i])).join(' | ');
console.log(['', line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n'));
const node = r.B0?.node ?? r.B1?.node;
if (node) console.log(`\nactions and floors ran on Node ${node}`);
if (r.B0) console.log('B0 per step (median ms):', Object.entries(r.B0.perStep).map(([n, ms]) => `${n} ${ms}`).join(', '));
if (r.B1) {
  console.log('B1 to first request (median ms, ratio):', Object.entries(r.B1.perAction).map(([n, s]) => `${n} ${s.firstRequest.median} (${s.firstRequest.ratio}×)`).join(', '));
  console.log('B1 … in a later step of the job (RUNNER_TEMP shared):', Object.entries(r.B1.perAction).map(([n, s]) => `${n} ${s.warm.median} (${s.warm.ratio}×)`).join(', '));
  console.log('B1 to bad-input failure (median ms, ratio):', Object.entries(r.B1.perAction).map(([n, s]) => `${n} ${s.failure.median} (${s.failure.ratio}×)`).join(', '));
}
if (r.B4) console.log('B4 re-run reads:', Object.entries(r.B4.perAction).map(([n, t]) => `${n}: ${t.rerun.reads.join(' ')}`).join('; '));
if (r.B6) console.log(`B6: actions ${MiB(r.B6.value)}; emulator ${MiB(r.B6.emulator)} and demo ${MiB(r.B6.demo)} apart; all of dist/ ${MiB(r.B6.total)}`);
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwrote bench/results.json');
