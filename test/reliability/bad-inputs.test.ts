/**
 * Bad inputs: every input of every bundled action, read from the action specs, gets a value it
 * must refuse (a typo'd boolean, a negative number of minutes, version 0, endpoint DEFAULT, an
 * unknown environment, a malformed image URI…). Each run fails with one error line naming that
 * input (or, for a lookup, the value given), no stack trace, and no mutating AWS call.
 */
import type { RunningEmulator } from '../../src/emulator/server.js';
import type { InputSpec } from '../../src/github/inputs.js';
import { actionSpecs } from '../../src/github/specs/index.js';
import { control, useTestEmulator } from '../helpers/emulator.js';
import { DIST_ACTIONS, errorLines, expectCleanFailure, isMutating, makeWorkspace, requestLog, runAction } from './harness.js';

let emulator: RunningEmulator;
let workspace: string;

useTestEmulator((started) => {
  emulator = started;
  workspace = makeWorkspace();
});

/** Values no check can catch before use (a token, free text, paths read later) have no case. */
const SEMANTIC: Record<string, string> = {
  'config-file': 'missing.json',
  environment: 'nowhere',
  environments: 'nowhere',
  'agent-runtime': 'ghost',
  'image-uri': 'not-an-image',
  'from-environment': 'nowhere',
};
/** What the issue names, where a pattern alone would pick something blander. */
const NAMED: Record<string, string[]> = {
  version: ['0'],
  'to-version': ['0'],
  'expected-version': ['0'],
  endpoint: ['DEFAULT', 'bad name'],
  'candidate-endpoint': ['DEFAULT'],
  'timeout-minutes': ['-5', '0'],
  'bake-minutes': ['-1'],
};

function badValues(name: string, spec: InputSpec): string[] {
  if (NAMED[name]) return NAMED[name];
  switch (spec.kind) {
    case 'boolean':
      return ['yes'];
    case 'number':
      return ['-1', 'ten'];
    case 'choice':
      return ['bogus'];
    case 'string':
      if (spec.pattern) return ['not valid!'];
      return SEMANTIC[name] !== undefined ? [SEMANTIC[name]] : [];
    case 'list':
      return SEMANTIC[name] !== undefined ? [SEMANTIC[name]] : [];
  }
}

/** Valid inputs an action needs to get as far as the input under test. */
const BASE: Record<string, Record<string, string>> = {
  'deploy-version': { 'image-uri': '111111111111.dkr.ecr.us-west-2.amazonaws.com/support-bot@sha256:' + 'a'.repeat(64) },
};

const cases = actionSpecs
  .filter((spec) => DIST_ACTIONS.includes(spec.name))
  .flatMap((spec) =>
    Object.entries(spec.inputs).flatMap(([name, input]) => badValues(name, input).map((value) => [spec.name, name, value] as [string, string, string])),
  );

test('every bundled action has bad-input cases', () => {
  expect(new Set(cases.map(([action]) => action))).toEqual(new Set(DIST_ACTIONS));
});

test.each(cases)('%s refuses %s=%j with one line naming the input', async (action, name, value) => {
  await control(emulator, 'DELETE', 'requests');
  const run = await runAction(emulator, action, workspace, { ...BASE[action], [name]: value });
  expectCleanFailure(run);
  const errors = errorLines(run);
  expect(errors).toHaveLength(1);
  expect(errors[0]).not.toContain('%0A');
  // Rule checks name the input; lookups (an unknown environment, a missing file) name the value given.
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  expect(errors[0]).toMatch(new RegExp(`"${escape(name)}"|${escape(value)}`));
  expect((await requestLog(emulator)).filter(isMutating)).toEqual([]);
});
