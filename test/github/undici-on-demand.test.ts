import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// The actions' bundle takes undici from dist/lib/undici/index.js (src/github/undici-on-demand.ts),
// which reads undici's own bundle only when a GitHub call or an OIDC token needs it.
const root = resolve(import.meta.dirname, '..', '..');
const shim = join(root, 'dist', 'lib', 'undici', 'index.js');
const node = process.env.ACTION_NODE || process.execPath;

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return /\.(c|m)?js$/.test(name) ? [path] : [];
  });

/** The names each production package imports from undici (package-lock.json marks the dev-only ones). */
function undiciImports(): Map<string, string[]> {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  const found = new Map<string, string[]>();
  for (const [dir, entry] of Object.entries(lock.packages)) {
    if (!dir || entry.dev || dir.endsWith('node_modules/undici') || !existsSync(join(root, dir))) continue;
    for (const file of sources(join(root, dir))) {
      const text = readFileSync(file, 'utf8');
      const names = new Set<string>();
      for (const [, list] of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]undici['"]/g)) {
        for (const part of list!.split(',')) if (part.trim()) names.add(part.trim().split(/\s+as\s+/)[0]!);
      }
      // CommonJS builds (the copy of @actions/http-client under @actions/github): `const x = require("undici")`, then `x.Name`.
      for (const [, binding] of text.matchAll(/(\w+)\s*=\s*require\(['"]undici['"]\)/g)) {
        for (const [, name] of text.matchAll(new RegExp(`\\b${binding}\\.(\\w+)`, 'g'))) names.add(name!);
      }
      if (/import\s*\*\s*as\s+\w+\s+from\s*['"]undici['"]/.test(text)) names.add('* (a namespace import: list its names in the on-demand module)');
      if (names.size) found.set(file.slice(root.length + 1), [...names]);
    }
  }
  return found;
}

test('the on-demand module exports every name the bundled packages import from undici', async () => {
  const imports = undiciImports();
  // @actions/http-client (both copies) for ProxyAgent, @actions/github for fetch.
  expect([...imports.keys()].some((file) => file.includes('@actions/http-client'))).toBe(true);
  expect([...imports.keys()].some((file) => file.startsWith('node_modules/@actions/github/lib'))).toBe(true);
  const exported = Object.keys(await import(pathToFileURL(shim).href));
  for (const [file, names] of imports) {
    for (const name of names) expect({ file, name, exported: exported.includes(name) }).toEqual({ file, name, exported: true });
  }
});

test('undici is read on first use, not when the actions bundle loads', () => {
  const script = `
    import { createRequire } from 'node:module';
    const cache = createRequire(import.meta.url).cache;
    const loaded = () => Object.keys(cache).some((path) => path.endsWith('undici.cjs'));
    await import(${JSON.stringify(pathToFileURL(join(root, 'dist', 'lib', 'index.js')).href)});
    const undici = await import(${JSON.stringify(pathToFileURL(shim).href)});
    const atStart = loaded();
    const response = await undici.fetch('data:text/plain,served');
    const agent = new undici.ProxyAgent('http://127.0.0.1:9');
    console.log(JSON.stringify({ atStart, afterUse: loaded(), body: await response.text(), agent: agent.constructor.name, dispatch: typeof agent.dispatch }));
  `;
  const out = execFileSync(node, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(JSON.parse(out)).toEqual({ atStart: false, afterUse: true, body: 'served', agent: 'ProxyAgent', dispatch: 'function' });
});
