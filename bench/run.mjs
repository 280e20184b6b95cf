// `npm run bench`: the six figures of issue 10, each against a floor measured in the same run.
// Runs the bundled actions in dist/ (run `npm run build` first) as processes against the
// bundled emulator started on a free port; prints a table and writes bench/results.json.
// Plain ESM so it needs no build of its own; only B1's floor is bundled, with ncc, at bench time.
import { BedrockAgentCoreControlClient, CreateAgentRuntimeCommand, CreateAgentRuntimeEndpointCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { ECRClient, CreateRepositoryCommand, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

/* global fetch -- Node's own, since Node 18 */

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const ACCOUNT = '111111111111';
const REGIONS = { dev: 'us-west-2', staging: 'eu-west-1', prod: 'us-east-1' };
const D = 1000; // B2's provisioning delay per version or endpoint change, ms
const READ_ONLY = /^(Get|List|Describe|BatchGet|Invoke|Head|Ping)/; // GetCallerIdentity included
const quick = process.argv.includes('--quick'); // fewer repetitions, for trying the harness

// ---------- small helpers ----------
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });
const round = (x, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

function startEmulator() {
  const child = spawn(process.execPath, [join(dist, 'emulator', 'index.js'), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolveUrl, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolveUrl({ url: match[1], stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`the emulator exited (${code}) before listening`)));
  });
}

async function control(url, method, path, body) {
  const response = await fetch(`${url}/_emulator/${path}`, {
    method,
    ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`control ${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** Runs a script as the runner runs an action (INPUT_*, GITHUB_* files); resolves with exit code, wall ms and outputs. */
function runScript(script, { inputs = {}, env = {}, cwd }) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-run-'));
  const files = Object.fromEntries(['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'].map((name) => [name, join(dir, name.toLowerCase())]));
  for (const file of Object.values(files)) writeFileSync(file, '');
  const fullEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ACCESS_KEY_ID: ACCOUNT,
    AWS_SECRET_ACCESS_KEY: 'bench',
    GITHUB_WORKSPACE: cwd,
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REPOSITORY: 'octo/agents',
    GITHUB_RUN_ID: '1',
    GITHUB_ACTOR: 'bench',
    ...files,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...env,
  };
  const started = performance.now();
  const child = spawn(process.execPath, [script], { cwd, env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stdout += c));
  return new Promise((done) =>
    child.on('close', (code) => {
      const ms = performance.now() - started;
      // @actions/core writes every output as a `name<<delimiter` heredoc.
      const outputs = {};
      for (const m of readFileSync(files.GITHUB_OUTPUT, 'utf8').matchAll(/^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
      rmSync(dir, { recursive: true, force: true });
      done({ code, ms, stdout, outputs });
    }),
  );
}

const actionScript = (name) => join(dist, name, 'index.js');
const bundledActions = () =>
  readdirSync(dist)
    .filter((name) => !['lib', 'emulator', 'demo'].includes(name) && existsSync(join(dist, name, 'index.js')))
    .sort();

async function runAction(url, name, cwd, inputs, region = REGIONS.dev) {
  const run = await runScript(actionScript(name), {
    cwd,
    inputs: { 'config-file': 'agentcore.json', 'timeout-minutes': '2', ...inputs },
    env: { AWS_ENDPOINT_URL: url, AWS_REGION: region },
  });
  if (run.code !== 0) throw new Error(`${name} failed (${run.code}):\n${run.stdout}`);
  return run;
}

const sha256 = (bytes) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** Pushes a one-config, no-layer linux/arm64 image over the registry API; returns its URI by digest. */
async function pushImage(url, region, label) {
  const options = { endpoint: url, region, credentials: { accessKeyId: ACCOUNT, secretAccessKey: 'bench' } };
  const ecr = new ECRClient(options);
  await ecr.send(new CreateRepositoryCommand({ repositoryName: 'support-bot' })).catch(() => undefined);
  const { authorizationData } = await ecr.send(new GetAuthorizationTokenCommand({}));
  const auth = { authorization: `Basic ${authorizationData[0].authorizationToken}` };
  const config = Buffer.from(JSON.stringify({ architecture: 'arm64', os: 'linux', config: { Labels: { bench: label } }, rootfs: { type: 'layers', diff_ids: [] } }));
  const configDigest = sha256(config);
  const blob = await fetch(`${url}/v2/support-bot/blobs/uploads/?digest=${configDigest}`, { method: 'POST', headers: { ...auth, 'content-type': 'application/octet-stream' }, body: config });
  if (blob.status !== 201) throw new Error(`blob upload: ${blob.status} ${await blob.text()}`);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length },
      layers: [],
    }),
  );
  const put = await fetch(`${url}/v2/support-bot/manifests/${label}`, { method: 'PUT', headers: { ...auth, 'content-type': 'application/vnd.oci.image.manifest.v1+json' }, body: manifest });
  if (put.status !== 201) throw new Error(`manifest push: ${put.status} ${await put.text()}`);
  return `${ACCOUNT}.dkr.ecr.${region}.amazonaws.com/support-bot@${sha256(manifest)}`;
}

function writeConfig(dir, { runtimes = ['support-bot'], environments = ['dev'] } = {}) {
  const agentRuntimes = Object.fromEntries(runtimes.map((key) => [key, { ecr_repository: 'support-bot', iam_role: 'support-bot-runtime' }]));
  const config = {
    current_environment: environments[0],
    environments: Object.fromEntries(
      environments.map((env) => [env, { region: REGIONS[env], account_id: ACCOUNT, default_agent_runtime: runtimes[0], agent_runtimes: agentRuntimes }]),
    ),
    global_resources: { ecr_repositories: { 'support-bot': {} }, iam_roles: { 'support-bot-runtime': {} } },
  };
  writeFileSync(join(dir, 'agentcore.json'), JSON.stringify(config, null, 2));
}

const workspace = (options) => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ws-'));
  writeConfig(dir, options);
  return dir;
};

const requests = (url) => control(url, 'GET', 'requests');
const fresh = async (url, delayMs) => {
  await control(url, 'POST', 'reset');
  await control(url, 'DELETE', 'faults');
  await control(url, 'POST', 'settings', { provisioningDelayMs: delayMs });
};

// ---------- B1 cold start ----------
async function coldStarts() {
  const tmp = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  execFileSync(join(root, 'node_modules', '.bin', 'ncc'), ['build', join(root, 'bench', 'floor.mjs'), '-o', tmp, '-m', '-q', '--no-source-map-register'], { stdio: 'inherit' });
  writeFileSync(join(tmp, 'package.json'), '{ "type": "module" }\n');
  const empty = mkdtempSync(join(tmpdir(), 'bench-empty-'));
  const runs = quick ? 3 : 5;
  const time = async (script) => {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const run = await runScript(script, { cwd: empty, inputs: { 'config-file': 'missing.json' }, env: { AWS_ENDPOINT_URL: 'http://127.0.0.1:9' } });
      if (run.code !== 1) throw new Error(`${script} should fail validation, exited ${run.code}:\n${run.stdout}`);
      times.push(run.ms);
    }
    return stats(times);
  };
  await time(join(tmp, 'index.js')); // warm the file cache for everyone alike
  const floor = await time(join(tmp, 'index.js'));
  const actions = {};
  for (const name of bundledActions()) actions[name] = await time(actionScript(name));
  const worst = Object.entries(actions).sort((a, b) => b[1].median - a[1].median)[0];
  return {
    value: round(worst[1].median, 1),
    floor: round(floor.median, 1),
    ratio: round(worst[1].median / floor.median),
    target: 1.5,
    met: worst[1].median / floor.median <= 1.5,
    unit: 'ms',
    min: round(worst[1].min, 1),
    max: round(worst[1].max, 1),
    worst: worst[0],
    floorRange: [round(floor.min, 1), round(floor.max, 1)],
    perAction: Object.fromEntries(Object.entries(actions).map(([n, s]) => [n, { median: round(s.median, 1), min: round(s.min, 1), max: round(s.max, 1), ratio: round(s.median / floor.median) }])),
  };
}

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

// ---------- B6 size ----------
function size() {
  const bytes = (path) => (statSync(path).isDirectory() ? readdirSync(path).reduce((n, f) => n + bytes(join(path, f)), 0) : statSync(path).size);
  const total = bytes(dist);
  const target = 3 * 1024 * 1024;
  const parts = Object.fromEntries(readdirSync(dist).map((name) => [name, bytes(join(dist, name))]));
  return { value: total, floor: null, ratio: round(total / target), target, met: total <= target, unit: 'bytes', min: total, max: total, parts };
}

// ---------- main ----------
const emulator = await startEmulator();
const results = {};
try {
  const step = async (key, label, fn) => {
    const started = performance.now();
    process.stdout.write(`${key} ${label}… `);
    results[key] = await fn();
    console.log(`${round((performance.now() - started) / 1000, 1)} s`);
  };
  await step('B1', 'cold start', coldStarts);
  await step('B2', 'pipeline overhead', () => pipeline(emulator.url, results.B1.floor));
  await step('B3', 'readiness lag', () => readinessLag(emulator.url));
  await step('B4', 'calls', () => calls(emulator.url));
  await step('B5', 'drift at scale', () => driftAtScale(emulator.url));
  await step('B6', 'size', async () => size());
} finally {
  emulator.stop();
}

const rows = [
  ['B1 cold start (slowest action)', `${results.B1.value} ms (${results.B1.worst})`, `${results.B1.floor} ms`, `${results.B1.ratio}×`, '≤ 1.5×', results.B1.met, `${results.B1.min}–${results.B1.max}`],
  ['B2 pipeline, 3 envs', `${results.B2.value} s`, `${results.B2.floor} s`, `${results.B2.ratio}×`, '≤ 1.10×', results.B2.met, `${results.B2.min}–${results.B2.max} s`],
  ['B3 readiness lag p95', `${results.B3.value} ms (p50 ${results.B3.p50})`, '0', '-', '≤ 1000 ms', results.B3.met, `${results.B3.min}–${results.B3.max} ms`],
  ['B4 re-run mutating calls', String(results.B4.value), '0', '-', '0', results.B4.met, '-'],
  ['B5 drift 3×50×3, 20 ms', `${results.B5.value} s`, `${results.B5.floor} s`, `${results.B5.ratio}×`, '≤ 1.5×', results.B5.ratio <= 1.5, `${results.B5.min}–${results.B5.max} s`],
  ['B5 … with 20 % throttling', `${results.B5.throttled.value} s`, `${results.B5.throttled.floor} s`, `${results.B5.throttled.ratio}×`, '≤ 3×', results.B5.throttled.met, `${results.B5.throttled.min}–${results.B5.throttled.max} s`],
  ['B6 dist/ size', `${round(results.B6.value / 1048576)} MiB`, '-', '-', '≤ 3 MiB', results.B6.met, '-'],
].map((row) => row.map((cell) => (cell === true ? 'met' : cell === false ? 'NOT MET' : cell)));
const header = ['figure', 'value (median)', 'floor', 'ratio', 'target', 'met', 'min–max'];
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => String(r[i]).length)));
const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join(' | ');
console.log(['', line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n'));
console.log('\nB1 per action (median ms, ratio to floor):', Object.entries(results.B1.perAction).map(([n, s]) => `${n} ${s.median} (${s.ratio}×)`).join(', '));
console.log('B4 re-run reads:', Object.entries(results.B4.perAction).map(([n, t]) => `${n}: ${t.rerun.reads.join(' ')}`).join('; '));
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwrote bench/results.json');
