/**
 * Bad-config fuzzing: fast-check mutates a valid config (wrong types, missing keys, bad names,
 * huge strings, deep nesting, invalid JSON); every bundled action must exit 1 with each problem
 * at `file:line:col <JSON path>: …`, no stack trace, and no mutating AWS call.
 * Each action run is a process (~0.3 s), so a handful of mutations cover every action.
 */
import fc from 'fast-check';
import type { RunningEmulator } from '../../src/emulator/server.js';
import { control, useTestEmulator } from '../helpers/emulator.js';
import { DIST_ACTIONS, errorLines, expectCleanFailure, isMutating, makeWorkspace, requestLog, runAction, validConfig, writeConfigText } from './harness.js';

type Json = Record<string, unknown>;

let emulator: RunningEmulator;
let workspace: string;

useTestEmulator((started) => {
  emulator = started;
  workspace = makeWorkspace();
});

const RUNTIME = ['environments', 'dev', 'agent_runtimes', 'support-bot'];
const STRING_PATHS = [
  ['current_environment'],
  ['environments', 'dev', 'region'],
  ['environments', 'dev', 'account_id'],
  [...RUNTIME, 'ecr_repository'],
  [...RUNTIME, 'protocol'],
  [...RUNTIME, 'environment_variables', 'MODEL_ID'],
];
const OBJECT_PATHS = [['environments'], ['environments', 'dev'], [...RUNTIME], [...RUNTIME, 'environment_variables'], ['global_resources']];
const REQUIRED_PATHS = [['environments'], ['environments', 'dev', 'region']];

interface Mutation {
  kind: string;
  /** The config's text after the mutation. */
  text: string;
}

function mutate(path: string[], change: (parent: Json, key: string) => void): Json {
  const config = validConfig();
  let parent = config;
  for (const key of path.slice(0, -1)) parent = parent[key] as Json;
  change(parent, path.at(-1)!);
  return config;
}
const setAt = (path: string[], value: unknown) => mutate(path, (parent, key) => (parent[key] = value));
/** fast-check prints a failing mutation by its kind, not its (possibly 200 kB) text. */
const named = (kind: string, text: string): Mutation => Object.assign({ kind, text }, { [fc.toStringMethod]: () => kind });
const asMutation = (kind: string) => (config: Json) => named(kind, JSON.stringify(config, null, 2));

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { deeper: value };
  return value;
}

/** The mutation families; each gets its own property, so every family runs on every action. */
const FAMILIES: Record<string, fc.Arbitrary<Mutation>> = {
  'wrong type': fc.oneof(
    fc
      .tuple(fc.constantFrom(...STRING_PATHS), fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 })))
      .map(([path, value]) => asMutation(`wrong type at ${path.join('.')}`)(setAt(path, value))),
    fc
      .tuple(fc.constantFrom(...OBJECT_PATHS), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant([1, 2])))
      .map(([path, value]) => asMutation(`wrong type at ${path.join('.')}`)(setAt(path, value))),
  ),
  'missing key': fc.constantFrom(...REQUIRED_PATHS).map((path) => asMutation(`missing ${path.join('.')}`)(mutate(path, (parent, key) => delete parent[key]))),
  'bad name': fc
    .oneof(fc.constantFrom('9lives', 'has space', '', 'DEFAULT-ish', 'x'.repeat(49)), fc.stringMatching(/^[0-9-][a-z]{0,6}$/))
    .map((name) => asMutation(`runtime name ${JSON.stringify(name)}`)(setAt([...RUNTIME, 'name'], name))),
  'huge string': fc
    .tuple(fc.constantFrom<string[]>(['environments', 'dev', 'region'], [...RUNTIME, 'name']), fc.integer({ min: 10_000, max: 200_000 }))
    .map(([path, length]) => asMutation(`${length} characters at ${path.join('.')}`)(setAt(path, 'x'.repeat(length)))),
  'deep nesting': fc.integer({ min: 20, max: 3000 }).map((depth) => asMutation(`${depth} levels deep`)(setAt([...RUNTIME, 'environment_variables', 'DEEP'], nested(depth)))),
  'invalid JSON': fc.integer({ min: 1, max: 400 }).map((cut) => {
    const text = JSON.stringify(validConfig(), null, 2);
    return named(`cut at ${cut}`, text.slice(0, Math.min(cut, text.length - 1)));
  }),
};
const RUNS_PER_FAMILY = Number(process.env.FUZZ_RUNS ?? 2);

/** Inputs valid on their own, so only the config can be at fault. */
const INPUTS: Record<string, Record<string, string>> = {
  'deploy-version': { 'image-uri': '111111111111.dkr.ecr.us-west-2.amazonaws.com/support-bot@sha256:' + 'a'.repeat(64) },
  'drift-check': { comment: 'never' },
  'promote-endpoint': { version: '1' },
};

/** Every problem in the final error names the file, a position and a JSON path (or the JSON syntax error). */
const PROBLEM = /^agentcore\.json:\d+:\d+ (invalid JSON: |[A-Za-z0-9_$-]+(?:\.[A-Za-z0-9_$-]+|\[\d+\])*: )/;

const refusals: Record<string, number> = {};
afterAll(() => {
  console.log(`bad-config fuzzing, refusals per family over ${DIST_ACTIONS.join(', ')}: ${JSON.stringify(refusals)}`);
});

test.each(Object.keys(FAMILIES))('every action refuses a config with %s cleanly, naming a JSON path, with no mutating call', async (family) => {
  await fc.assert(
    fc.asyncProperty(FAMILIES[family]!, async (mutation) => {
      writeConfigText(workspace, mutation.text);
      await control(emulator, 'DELETE', 'requests');
      const runs = await Promise.all(DIST_ACTIONS.map((name) => runAction(emulator, name, workspace, INPUTS[name] ?? {})));
      runs.forEach((run, i) => {
        const context = `${DIST_ACTIONS[i]} with ${family}, ${mutation.kind}`;
        expectCleanFailure(run);
        const summary = errorLines(run).at(-1)!.replace(/^::error::/, '').split('%0A');
        if (!/^The config has \d+ problems?:$/.test(summary[0]!)) throw new Error(`${context}: not a config error:\n${run.stdout}`);
        for (const problem of summary.slice(1)) {
          if (!PROBLEM.test(problem)) throw new Error(`${context}: a problem without a JSON path: ${problem}`);
        }
      });
      refusals[family] = (refusals[family] ?? 0) + runs.length;
      expect((await requestLog(emulator)).filter(isMutating)).toEqual([]);
    }),
    { numRuns: RUNS_PER_FAMILY },
  );
});
