// Builds dist/ (one shared action bundle with lazily loaded per-action chunks,
// a stub per action, the emulator and the demo), then regenerates action.yml
// files and the config's JSON Schema. CI fails when the result differs from git.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const bundle = (entry, out, ...flags) => execFileSync(process.execPath, [join('scripts', 'bundle.mjs'), entry, out, ...flags], { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
rmSync(join('build', 'tools'), { recursive: true, force: true });

bundle('src/entry.ts', 'dist/lib', '--undici-on-demand');
const actions = readdirSync('src/actions').filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
// Each stub turns on Node's compile cache (22.1+; absent on 20, hence the ?.) before it loads the
// bundle, in the runner's temp directory: the steps of one job share it, so only the first step
// compiles the shared chunks. The default import, because a named import of a missing export fails
// on Node 20; the bundle is imported dynamically because a static import would load it first.
const stub = (lib, call) =>
  [
    `import module from 'node:module';`,
    `import { tmpdir } from 'node:os';`,
    `import { join } from 'node:path';`,
    `module.enableCompileCache?.(join(process.env.RUNNER_TEMP || tmpdir(), 'agentcore-actions-compile-cache'));`,
    `await (await import('${lib}')).${call};`,
    '',
  ].join('\n');
for (const name of actions) {
  mkdirSync(join('dist', name), { recursive: true });
  writeFileSync(join('dist', name, 'index.js'), stub('../lib/index.js', `runEntry('${name}')`));
  writeFileSync(join('dist', name, 'post.js'), stub('../lib/index.js', 'runPost()'));
}
writeFileSync(join('dist', 'index.js'), stub('./lib/index.js', 'runCommand()'));
writeFileSync(join('dist', 'post.js'), stub('./lib/index.js', 'runPost()'));
writeFileSync(join('dist', 'package.json'), '{ "type": "module" }\n');

bundle('src/emulator/cli.ts', 'dist/emulator');
const emulatorMain = join('dist', 'emulator', 'index.js');
writeFileSync(emulatorMain, `#!/usr/bin/env node\n${readFileSync(emulatorMain, 'utf8')}`);
// writeFileSync's mode applies only to a new file, and ncc has made this one: npx needs it executable.
chmodSync(emulatorMain, 0o755);
if (existsSync('src/demo/cli.ts')) bundle('src/demo/cli.ts', 'dist/demo');

// Tools that generate committed files run from bundles too, so the build needs nothing but ncc.
// readme-actions reads the action.yml files that generate-metadata writes, so it runs last.
for (const tool of ['generate-metadata', 'generate-schema', 'readme-actions']) {
  if (!existsSync(join('scripts', `${tool}.ts`))) continue;
  bundle(join('scripts', `${tool}.ts`), join('build', 'tools', tool));
  execFileSync(process.execPath, [join('build', 'tools', tool, 'index.js'), '.'], { stdio: 'inherit' });
}
console.log(`built dist/ with ${actions.length} action(s): ${actions.join(', ')}`);
