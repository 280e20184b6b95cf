import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { parseConfig, type PathSegment } from '../../../src/core/config/index.js';
import { ConfigError } from '../../../src/core/errors.js';

const root = resolve(import.meta.dirname, '..', '..', '..');
const validText = readFileSync(join(root, 'test', 'fixtures', 'config', 'valid.json'), 'utf8');
const valid = JSON.parse(validText) as unknown;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path inside the valid config but the root. */
function pathsOf(value: unknown, path: PathSegment[] = []): PathSegment[][] {
  const children: Array<[PathSegment, unknown]> = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : typeof value === 'object' && value !== null
      ? Object.entries(value)
      : [];
  return children.flatMap(([segment, child]) => [[...path, segment], ...pathsOf(child, [...path, segment])]);
}
const paths = pathsOf(valid);

type Mutation =
  | { kind: 'replace'; value: Json }
  | { kind: 'delete' }
  | { kind: 'add'; key: string; value: Json }
  | { kind: 'rename'; key: string };

/** Applies a mutation at a path of a copy of the valid config. */
function mutate(path: PathSegment[], mutation: Mutation): unknown {
  const copy = structuredClone(valid) as Record<PathSegment, unknown>;
  const parent = path.slice(0, -1).reduce<Record<PathSegment, unknown>>((node, segment) => node[segment] as Record<PathSegment, unknown>, copy);
  const last = path[path.length - 1];
  const target = parent[last];
  switch (mutation.kind) {
    case 'replace':
      parent[last] = mutation.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
      break;
    case 'add':
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) (target as Record<string, unknown>)[mutation.key] = mutation.value;
      else parent[last] = { [mutation.key]: mutation.value };
      break;
    case 'rename':
      if (!Array.isArray(parent)) {
        delete parent[last];
        parent[mutation.key] = target;
      }
      break;
  }
  return copy;
}

/** Parses, and checks that the only failure is a ConfigError whose every issue points somewhere real. */
function expectParsesOrPoints(text: string, needsPath: boolean): void {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length;
  try {
    parseConfig(text, 'agentcore.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const { issues } = error as ConfigError;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.file).toBe('agentcore.json');
      expect(typeof issue.path).toBe('string');
      if (needsPath) expect(issue.path).not.toBe('');
      expect(issue.line).toBeGreaterThanOrEqual(1);
      expect(issue.line).toBeLessThanOrEqual(lines);
      expect(issue.column).toBeGreaterThanOrEqual(1);
      expect(issue.message).not.toBe('');
    }
  }
}

const json = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;
const key = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('region', 'extends', 'name', '__proto__', 'constructor', 'DEFAULT', 'a.b'));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), value: json }),
  fc.record({ kind: fc.constant('delete' as const) }),
  fc.record({ kind: fc.constant('add' as const), key, value: json }),
  fc.record({ kind: fc.constant('rename' as const), key }),
);

test('a mutated config either loads or fails with positioned issues, never another error', () => {
  fc.assert(
    fc.property(fc.constantFrom(...paths), mutation, fc.boolean(), (path, change, pretty) => {
      const config = mutate(path, change);
      expectParsesOrPoints(pretty ? JSON.stringify(config, null, 2) : JSON.stringify(config), true);
    }),
    { numRuns: 400 },
  );
});

test('mangled text either loads or fails with a positioned issue, never another error', () => {
  fc.assert(
    fc.property(fc.nat(validText.length), fc.nat(12), fc.string({ maxLength: 4 }), (start, length, insert) => {
      expectParsesOrPoints(validText.slice(0, start) + insert + validText.slice(start + length), false);
    }),
    { numRuns: 400 },
  );
});
