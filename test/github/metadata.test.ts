import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { actionSpecs } from '../../src/github/specs/index.js';
import { entries } from '../../src/entry.js';
import { actionYaml, misplacedExpressions } from '../../scripts/generate-metadata.js';

const root = resolve(import.meta.dirname, '..', '..');
interface ActionYaml {
  inputs: Record<string, { description: string; required: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post?: string; 'post-if'?: string };
}
const readYaml = (path: string) => parse(readFileSync(join(root, path), 'utf8')) as ActionYaml;
const actionFiles = readdirSync(join(root, 'src', 'actions')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();

test('every action has an entry, a spec and an action.yml, and nothing else does', () => {
  expect(Object.keys(entries).sort()).toEqual(actionFiles);
  expect(actionSpecs.map((s) => s.name).sort()).toEqual(actionFiles);
  expect(readdirSync(join(root, 'actions')).sort()).toEqual(actionFiles);
});

describe.each(actionSpecs.map((spec) => [spec.name, spec] as const))('%s action.yml', (name, spec) => {
  const yaml = readYaml(`actions/${name}/action.yml`);

  test('declares exactly the inputs the code reads, with the same defaults', () => {
    expect(Object.keys(yaml.inputs).sort()).toEqual(Object.keys(spec.inputs).sort());
    for (const [input, declared] of Object.entries(spec.inputs)) {
      expect(yaml.inputs[input]?.default).toEqual(declared.default === undefined ? undefined : String(declared.default));
      expect(yaml.inputs[input]?.description).toBeTruthy();
    }
  });

  test('declares every output with a description', () => {
    expect(Object.keys(yaml.outputs).sort()).toEqual(Object.keys(spec.outputs).sort());
  });

  test('runs on node24 from its dist bundle', () => {
    expect(yaml.runs.using).toBe('node24');
    expect(yaml.runs.main).toBe(`../../dist/${name}/index.js`);
    expect(existsSync(join(root, 'dist', name, 'index.js'))).toBe(true);
  });

  test('shares inputs with the root action.yml declared the same way', () => {
    const rootYaml = readYaml('action.yml');
    for (const input of Object.keys(yaml.inputs)) expect(rootYaml.inputs[input]).toEqual(yaml.inputs[input]);
  });
});

test('the root action.yml dispatches with a required command input on the same runtime', () => {
  const rootYaml = readYaml('action.yml');
  expect(rootYaml.inputs.command?.required).toBe(true);
  expect(rootYaml.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/post.js', 'post-if': 'always()' });
});

test('the actions that take the runtime lease, and only they, have a post step that runs always()', () => {
  const withPost = actionSpecs.filter((spec) => readYaml(`actions/${spec.name}/action.yml`).runs.post).map((spec) => spec.name).sort();
  expect(withPost).toEqual(['deploy-version', 'promote-endpoint', 'rollback']);
  for (const name of withPost) expect(readYaml(`actions/${name}/action.yml`).runs).toMatchObject({ post: `../../dist/${name}/post.js`, 'post-if': 'always()' });
});

test('inputs are read only through the declared specs', () => {
  const offenders: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.ts') && !path.endsWith(join('github', 'inputs.ts')) && !path.endsWith('entry.ts')) {
        if (/\bget(Boolean|Multiline)?Input\(/.test(readFileSync(path, 'utf8'))) offenders.push(path.slice(root.length + 1));
      }
    }
  };
  walk(join(root, 'src'));
  expect(offenders).toEqual([]);
});

describe('expressions in the manifests', () => {
  const manifests = ['action.yml', ...actionFiles.map((name) => `actions/${name}/action.yml`)];

  test.each(manifests)('%s holds "${{" nowhere the action-manifest schema allows no expression', (path) => {
    expect(misplacedExpressions(parse(readFileSync(join(root, path), 'utf8')))).toEqual([]);
  });

  test('the generator refuses "${{" in a description, and keeps one in an input default', () => {
    const spec = { name: 'example', title: 'Example', description: 'An example.', outputs: { result: 'Usually ${{ steps.x.outputs.y }}.' } };
    const token = { kind: 'string', description: 'Usually ${{ github.token }}.' } as const;
    expect(() => actionYaml({ ...spec, inputs: { 'github-token': token } }, 'index.js')).toThrow(
      'The example manifest would hold "${{" at inputs.github-token.description, outputs.result.description, where GitHub allows no expression',
    );
    const defaulted = actionYaml({ ...spec, outputs: {}, inputs: { 'github-token': { kind: 'string', description: 'The token.', default: '${{ github.token }}' } } }, 'index.js');
    expect((parse(defaulted) as ActionYaml).inputs['github-token']?.default).toBe('${{ github.token }}');
    expect(misplacedExpressions({ outputs: { result: { value: '${{ steps.x.outputs.y }}' } }, runs: { main: '${{ x }}' } })).toEqual(['runs.main']);
  });
});

test("the README's Node versions note agrees with the manifests' runtime and package.json's engines", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const note = readme.slice(readme.indexOf('### Node versions'));
  const engines = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
  const runtimes = new Set(actionSpecs.map((spec) => readYaml(`actions/${spec.name}/action.yml`).runs.using));
  expect([...runtimes]).toEqual(['node24']);
  expect(note).toContain('**The actions** run on `node24`: every `action.yml` declares `runs.using: node24`');
  expect(engines).toBe('>=20');
  expect(note).toContain(`needs Node \`${engines}\`, the \`engines\` of\n  \`package.json\``);
  // The harness turns the SDK's notice off for the actions it spawns, as the note says.
  expect(note).toContain('AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true');
  expect(readFileSync(join(root, 'src', 'testing', 'action-process.ts'), 'utf8')).toContain("AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true'");
});
