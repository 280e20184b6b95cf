import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import {
  awsNameProblem,
  configJsonSchema,
  configJsonSchemaText,
  configSchemaId,
  formatPath,
  isAwsName,
  isRegion,
  parseRegion,
} from '../../../src/core/config/index.js';
import { UserError } from '../../../src/core/errors.js';

const root = resolve(import.meta.dirname, '..', '..', '..');
const read = (...path: string[]) => readFileSync(join(root, ...path), 'utf8');

const pkg = JSON.parse(read('package.json')) as { version: string; repository: { url: string } };
const SCHEMA_ID = configSchemaId(pkg.repository.url, pkg.version);

describe('the generated JSON Schema', () => {
  const schema = configJsonSchema(SCHEMA_ID);
  // The draft the schema declares: 2020-12.
  const validate = new Ajv2020({ allErrors: true }).compile(schema);
  const example = JSON.parse(read('examples', 'agentcore.json')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- edited at arbitrary paths

  test('is committed as generated', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(read('schema', 'agentcore.schema.json')).toBe(configJsonSchemaText(SCHEMA_ID));
  });

  test("its $id is the file at the release tag, from package.json's repository and version, and the README shows it as $schema", () => {
    expect(pkg.repository.url).toBe('https://github.com/my-org/agentcore-actions');
    expect(SCHEMA_ID).toBe(`https://raw.githubusercontent.com/my-org/agentcore-actions/v${pkg.version}/schema/agentcore.schema.json`);
    expect(JSON.parse(read('schema', 'agentcore.schema.json')).$id).toBe(SCHEMA_ID);
    expect(read('README.md')).toContain(`"$schema": "${SCHEMA_ID}"`);
    expect(configSchemaId('git+https://github.com/acme/agent-tools.git', '2.3.4')).toBe(
      'https://raw.githubusercontent.com/acme/agent-tools/v2.3.4/schema/agentcore.schema.json',
    );
    expect(() => configSchemaId('https://gitlab.com/acme/agent-tools', '1.0.0')).toThrow('The repository must be a GitHub URL');
  });

  test('accepts the example and the valid fixture, $schema key included', () => {
    expect(validate(example)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    expect(validate(JSON.parse(read('test', 'fixtures', 'config', 'valid.json')))).toBe(true);
  });

  test.each([
    ['a bad region', (config: typeof example) => (config.environments.prod.region = 'us-east'), '/environments/prod/region', 'pattern'],
    ['an unknown key', (config: typeof example) => (config.environments.dev.regoin = 'us-west-2'), '/environments/dev', 'additionalProperties'],
    [
      'a hyphenated endpoint name',
      (config: typeof example) => (config.environments.dev.agent_runtimes['support-bot'].promotion.live_endpoint = 'my-endpoint'),
      '/environments/dev/agent_runtimes/support-bot/promotion/live_endpoint',
      'pattern',
    ],
    ['a short account id', (config: typeof example) => (config.environments.dev.account_id = '1234'), '/environments/dev/account_id', 'pattern'],
    ['a number for a string', (config: typeof example) => (config.current_environment = 3), '/current_environment', 'type'],
    ['an uppercase environment name', (config: typeof example) => (config.environments.Prod = {}), '/environments', 'pattern'],
    ['a half cognito block', (config: typeof example) => (config.environments.prod.cognito = { user_pool_id: 'us-east-1_abc' }), '/environments/prod/cognito', 'anyOf'],
  ])('rejects %s', (_name, change, instancePath, keyword) => {
    const config = structuredClone(example);
    change(config);
    expect(validate(config)).toBe(false);
    expect(validate.errors).toEqual(expect.arrayContaining([expect.objectContaining({ instancePath, keyword })]));
  });

  test('documents defaults without requiring them', () => {
    const runtime = (schema as any).properties.environments.additionalProperties.properties.agent_runtimes.additionalProperties; // eslint-disable-line @typescript-eslint/no-explicit-any -- walking generated JSON
    expect(runtime.properties.protocol).toMatchObject({ default: 'HTTP', enum: ['HTTP', 'MCP', 'A2A'] });
    expect(runtime.properties.promotion.properties.live_endpoint.default).toBe('live');
    expect(runtime.required).toBeUndefined();
    expect(runtime.properties.name.description).toMatch(/<runtime key>_<environment>/);
  });
});

test('regions, AWS names and paths', () => {
  expect(['us-east-1', 'eu-central-2', 'ap-southeast-7', 'us-gov-west-1', 'cn-northwest-1', 'il-central-1'].every(isRegion)).toBe(true);
  expect(['us-east', 'US-EAST-1', 'us-east-1a', 'mars-north-1', ''].some(isRegion)).toBe(false);
  expect(parseRegion(' eu-west-1 ')).toBe('eu-west-1');
  expect(() => parseRegion('us-east')).toThrow(new UserError('expected an AWS region such as us-east-1, got "us-east"'));
  expect(isAwsName('support_bot_dev')).toBe(true);
  expect(awsNameProblem('support-bot')).toBe('use letters, digits and underscores, starting with a letter (AWS rejects hyphens)');
  expect(awsNameProblem('x'.repeat(49))).toBe('at most 48 characters, got 49');
  expect(awsNameProblem('1bot')).toBe('use letters, digits and underscores, starting with a letter');
  expect(formatPath(['environments', 'prod', 'agent_runtimes', 'my-bot', 'model_arns', 0])).toBe('environments.prod.agent_runtimes.my-bot.model_arns[0]');
  expect(formatPath(['environment_variables', 'a.b', 'c d'])).toBe('environment_variables["a.b"]["c d"]');
});
