import { readInputs, type InputSpecs } from '../../src/github/inputs.js';
import { UserError } from '../../src/core/errors.js';

const specs = {
  'config-file': { kind: 'string', description: 'file', default: 'agentcore.json' },
  wait: { kind: 'boolean', description: 'wait', default: true },
  'timeout-minutes': { kind: 'number', description: 'timeout', default: 20, min: 1, unit: 'minutes' },
  mode: { kind: 'choice', description: 'mode', default: 'push', choices: ['push', 'check'] },
  environments: { kind: 'list', description: 'envs' },
  version: { kind: 'string', description: 'v', pattern: /^[1-9][0-9]{0,4}$/, rule: 'a version number such as 3' },
} satisfies InputSpecs;

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

test('defaults apply to empty inputs', () => {
  expect(readInputs(specs, reader({}))).toEqual({
    'config-file': 'agentcore.json',
    wait: true,
    'timeout-minutes': 20,
    mode: 'push',
    environments: [],
    version: undefined,
  });
});

test('values are parsed and typed', () => {
  const inputs = readInputs(specs, reader({ wait: 'False', 'timeout-minutes': '5', mode: 'check', environments: 'dev, prod\nstaging', version: '12' }));
  expect(inputs).toMatchObject({ wait: false, 'timeout-minutes': 5, mode: 'check', environments: ['dev', 'prod', 'staging'], version: '12' });
});

test.each([
  ['wait', 'yes', 'Input "wait": expected true or false, got "yes".'],
  ['timeout-minutes', '-5', 'Input "timeout-minutes": expected a whole number of minutes >= 1, got "-5".'],
  ['timeout-minutes', '1.5', 'Input "timeout-minutes": expected a whole number of minutes >= 1, got "1.5".'],
  ['mode', 'pull', 'Input "mode": expected one of push, check, got "pull".'],
  ['version', '0', 'Input "version": expected a version number such as 3, got "0".'],
])('input %s=%s is refused with a one-line message', (name, value, message) => {
  expect(() => readInputs(specs, reader({ [name]: value }))).toThrow(new UserError(message));
});
