// Bundles an entry with ncc into a directory, as the build does for the actions, the emulator,
// the demo and the tools, and as the bench does for its floor. Plain ESM: it runs before any build.
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');
const esbuild = require('esbuild');

/**
 * ncc's API rather than its CLI, for `mainFields`: with `module` first, webpack takes the SDK
 * packages' ES module builds, so it drops the commands and models no code imports and splits off
 * the credential providers the SDK imports on demand (the CJS builds are one file per package).
 * ncc minifies only the entry file, so the chunks it splits off are minified here, with the same
 * care for names as ncc's own pass (an SDK error or a class may be told by its name).
 *
 * `undiciOnDemand`: `@actions/core` imports undici at start (through `@actions/http-client`, for
 * OIDC tokens and proxies) and evaluating it is most of what `@actions/core` costs a step; the
 * actions use it only for GitHub API calls. So their bundle takes undici from `undici/index.js`
 * beside it (src/github/undici-on-demand.ts), which reads undici's own bundle on first use.
 */
export async function bundle(entry, out, { transpileOnly = false, undiciOnDemand = false } = {}) {
  rmSync(out, { recursive: true, force: true });
  await nccInto(entry, out, { transpileOnly, ...(undiciOnDemand ? { externals: { undici: './undici/index.js' } } : {}) });
  if (!undiciOnDemand) return;
  await nccInto(fileURLToPath(new URL('../src/github/undici-on-demand.ts', import.meta.url)), join(out, 'undici'), { transpileOnly });
  // undici is CommonJS: its bundle keeps that form (.cjs, as dist/ is "type": "module"), for require().
  await nccInto(require.resolve('undici'), join(out, 'undici'), { filename: 'undici.cjs' });
}

async function nccInto(entry, out, { transpileOnly = false, externals = [], filename = 'index.js' }) {
  const { code, assets, symlinks } = await ncc(resolve(entry), {
    minify: true,
    quiet: true,
    sourceMapRegister: false,
    transpileOnly,
    externals,
    mainFields: ['module', 'main'],
    filename,
  });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, filename), code);
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(out, name)), { recursive: true });
    writeFileSync(join(out, name), asset.source, { mode: asset.permissions });
  }
  for (const [name, target] of Object.entries(symlinks)) symlinkSync(target, join(out, name));
  for (const chunk of readdirSync(out).filter((name) => /^\d+\.index\.js$/.test(name))) {
    const path = join(out, chunk);
    writeFileSync(path, (await esbuild.transform(readFileSync(path, 'utf8'), { minify: true, keepNames: true, target: 'node20' })).code);
  }
}

// `node scripts/bundle.mjs <entry> <out> [--undici-on-demand]`: the build runs each bundle in its own
// process, because webpack keeps what it compiled in memory and several bundles in one process exhaust the heap.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await bundle(process.argv[2], process.argv[3], { undiciOnDemand: process.argv.includes('--undici-on-demand') });
}
