// What every figure of `npm run bench` shares: the bundled emulator, its control API, running a
// script as the runner runs an action, workspaces and images. Plain ESM, like bench/run.mjs.
import { ECRClient, CreateRepositoryCommand, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bundle as bundleWithNcc } from '../scripts/bundle.mjs';

/* global fetch -- Node's own, since Node 18 */

export const root = resolve(import.meta.dirname, '..');
export const dist = join(root, 'dist');
export const ACCOUNT = '111111111111';
export const REGIONS = { dev: 'us-west-2', staging: 'eu-west-1', prod: 'us-east-1' };
/** The Node that runs the actions and the floors: ACTION_NODE (e.g. a Node 24 binary) or this one. */
export const actionNode = process.env.ACTION_NODE || process.execPath;

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
export const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
export const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });
export const round = (x, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export function startEmulator() {
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

export async function control(url, method, path, body) {
  const response = await fetch(`${url}/_emulator/${path}`, {
    method,
    ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`control ${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/**
 * Runs a script as the runner runs an action (INPUT_*, GITHUB_* files); resolves with exit code,
 * wall ms, the epoch ms of the spawn (to compare with the emulator's request log) and outputs.
 */
export function runScript(script, { inputs = {}, env = {}, cwd }) {
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
  const spawnedAt = Date.now();
  const started = performance.now();
  const child = spawn(actionNode, [script], { cwd, env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
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
      done({ code, ms, spawnedAt, stdout, outputs });
    }),
  );
}

/** Bundles a bench entry the way the build bundles the actions (scripts/bundle.mjs); returns the script to run. */
export async function bundle(entry, options = {}) {
  const out = mkdtempSync(join(tmpdir(), 'bench-bundle-'));
  await bundleWithNcc(join(root, 'bench', entry), out, options);
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  return join(out, 'index.js');
}

export const actionScript = (name) => join(dist, name, 'index.js');
export const bundledActions = () =>
  readdirSync(dist)
    .filter((name) => !['lib', 'emulator', 'demo'].includes(name) && existsSync(join(dist, name, 'index.js')))
    .sort();

export async function runAction(url, name, cwd, inputs, region = REGIONS.dev, env = {}) {
  const run = await runScript(actionScript(name), {
    cwd,
    inputs: { 'config-file': 'agentcore.json', 'timeout-minutes': '2', ...inputs },
    env: { AWS_ENDPOINT_URL: url, AWS_REGION: region, ...env },
  });
  if (run.code !== 0) throw new Error(`${name} failed (${run.code}):\n${run.stdout}`);
  return run;
}

const sha256 = (bytes) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** Pushes a one-config, no-layer linux/arm64 image over the registry API; returns its URI by digest. */
export async function pushImage(url, region, label) {
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

/** agentcore.json for `runtimes` in `environments`; `promotion` goes on every runtime when given. */
export function writeConfig(dir, { runtimes = ['support-bot'], environments = ['dev'], promotion } = {}) {
  const agentRuntimes = Object.fromEntries(
    runtimes.map((key) => [key, { ecr_repository: 'support-bot', iam_role: 'support-bot-runtime', ...(promotion ? { promotion } : {}) }]),
  );
  const config = {
    current_environment: environments[0],
    environments: Object.fromEntries(
      environments.map((env) => [env, { region: REGIONS[env], account_id: ACCOUNT, default_agent_runtime: runtimes[0], agent_runtimes: agentRuntimes }]),
    ),
    global_resources: { ecr_repositories: { 'support-bot': {} }, iam_roles: { 'support-bot-runtime': {} } },
  };
  writeFileSync(join(dir, 'agentcore.json'), JSON.stringify(config, null, 2));
}

export const workspace = (options) => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ws-'));
  writeConfig(dir, options);
  return dir;
};

export const requests = (url) => control(url, 'GET', 'requests');
export const fresh = async (url, delayMs) => {
  await control(url, 'POST', 'reset');
  await control(url, 'DELETE', 'faults');
  await control(url, 'POST', 'settings', { provisioningDelayMs: delayMs });
};
