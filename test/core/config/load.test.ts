import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { canonicalJson, environmentHash, loadConfigFile, parseConfig, sha256Hex } from '../../../src/core/config/index.js';
import { ConfigError, UserError } from '../../../src/core/errors.js';
import { problemsOf } from '../../helpers/config-problems.js';

const root = resolve(import.meta.dirname, '..', '..', '..');
const fixture = (name: string) => readFileSync(join(root, 'test', 'fixtures', 'config', name), 'utf8');


const minimal = {
  current_environment: 'dev',
  environments: {
    dev: { region: 'us-west-2', agent_runtimes: { bot: { ecr_repository: 'bot', iam_role: 'bot-role' } } },
  },
  global_resources: { ecr_repositories: { bot: {} }, iam_roles: { 'bot-role': {} } },
};
/** `minimal` with changes, pretty-printed the way the line numbers in the tests expect. */
function withChanges(change: (config: Record<string, any>) => void): string { // eslint-disable-line @typescript-eslint/no-explicit-any -- tests edit arbitrary JSON paths
  const config = structuredClone(minimal);
  change(config);
  return JSON.stringify(config, null, 2);
}

describe('a valid three-environment config', () => {
  const loaded = parseConfig(fixture('valid.json'), 'agentcore.json');
  const { dev, staging, prod } = loaded.environments;

  test('lists every environment, resolved, in file order', () => {
    expect(loaded.file).toBe('agentcore.json');
    expect(loaded.currentEnvironment).toBe('dev');
    expect(Object.keys(loaded.environments)).toEqual(['dev', 'staging', 'prod']);
    expect([dev.region, staging.region, prod.region]).toEqual(['us-west-2', 'eu-west-1', 'us-east-1']);
    expect(prod.account_id).toBe('333333333333');
    expect(loaded.environment('staging')).toBe(staging);
  });

  test('fills defaults and derives names and authorizers', () => {
    const bot = dev.agent_runtimes['support-bot'];
    expect(bot).toMatchObject({
      key: 'support-bot',
      aws_name: 'support_bot_dev',
      protocol: 'HTTP',
      network_mode: 'PUBLIC',
      authorizer: 'cognito',
      lifecycle: { idle_timeout_seconds: 900, max_lifetime_seconds: 28800 },
      config_path: 'environments.dev.agent_runtimes.support-bot',
    });
    expect(bot.promotion).toEqual({
      live_endpoint: 'live',
      candidate_endpoint: 'candidate',
      smoke_test: { payload: { prompt: 'ping', options: { stream: false } }, expect_status: 200, expect_body: 'pong', timeout_seconds: 30, attempts: 3 },
      bake_minutes: 5,
      alarms: ['support-bot-errors'],
      strategy: 'blue-green',
    });
    // The runtime's variables win over the environment's.
    expect(bot.environment_variables).toEqual({ LOG_LEVEL: 'info', TEAM: 'support', MODEL_ID: 'model-a' });
    expect(dev.agent_runtimes.triage).toMatchObject({ aws_name: 'TriageAgent', authorizer: 'none', protocol: 'MCP', promotion: { alarms: [], bake_minutes: 0 } });
    expect(dev.agent_runtimes.triage.lifecycle).toEqual({ idle_timeout_seconds: 300, max_lifetime_seconds: 28800 });
    expect(dev.global_resources).toEqual({
      ecr_repositories: { 'support-bot': { keep_images: 20, cross_account_pull: [] }, triage: { keep_images: 50, cross_account_pull: ['222222222222'] } },
      iam_roles: { 'support-bot-runtime': {} },
      gateways: {},
      sync_config: { cloud_config_enabled: true, auto_sync_enabled: true, parameter_store_prefix: '/teams/support/agentcore' },
    });
  });

  test('extends merges objects and replaces arrays, cognito and smoke-test payloads', () => {
    const bot = staging.agent_runtimes['support-bot'];
    expect(bot.aws_name).toBe('support_bot_staging');
    expect(bot.lifecycle).toEqual({ idle_timeout_seconds: 900, max_lifetime_seconds: 3600 });
    expect(bot.promotion.smoke_test).toEqual({ payload: { prompt: 'hello' }, expect_status: 200, expect_body: 'pong', timeout_seconds: 30, attempts: 3 });
    expect(bot.secrets).toEqual({ API_KEY: 'ssm:/team/support-bot/api-key' });
    // prod extends staging extends dev.
    expect(prod.cognito).toEqual({ managed: true });
    expect(prod.default_agent_runtime).toBe('triage');
    expect(prod.environment_variables).toEqual({ LOG_LEVEL: 'warn', TEAM: 'support' });
    expect(prod.agent_runtimes['support-bot'].environment_variables.LOG_LEVEL).toBe('info');
    expect(prod.agent_runtimes['support-bot'].lifecycle.max_lifetime_seconds).toBe(3600);
    expect(prod.agent_runtimes.triage.aws_name).toBe('TriageAgentProd');
    expect(prod.agent_runtimes.triage.vpc).toEqual({
      subnets: ['subnet-0fedcba9876543210', 'subnet-00000000000000001'],
      security_groups: ['sg-0123456789abcdef0'],
    });
  });

  test('keeps the file as written, without defaults in environments that inherit', () => {
    expect(loaded.config.environments.staging.extends).toBe('dev');
    expect(loaded.config.environments.staging.agent_runtimes?.['support-bot']?.protocol).toBeUndefined();
    expect(loaded.config.global_resources.sync_config.auto_sync_enabled).toBe(true);
  });

  test('positions follow extends to the line that wrote the value', () => {
    expect(loaded.position(['environments', 'dev', 'region'])).toEqual({ line: 6, column: 17 });
    // Inherited from dev.
    expect(loaded.position(['environments', 'prod', 'agent_runtimes', 'support-bot', 'ecr_repository'])).toEqual({ line: 13, column: 29 });
    // Missing: the nearest object that exists.
    expect(loaded.position(['environments', 'prod', 'agent_runtimes', 'triage', 'description'])).toEqual({ line: 56, column: 19 });
    expect(loaded.position(['global_resources', 'nothing', 'here'])).toEqual({ line: 60, column: 23 });
    expect(loaded.position([])).toEqual({ line: 1, column: 1 });
  });

  test('an unknown environment is a user error naming the known ones', () => {
    expect(() => loaded.environment('qa')).toThrow(new UserError('Environment "qa" is not in agentcore.json (environments: dev, staging, prod).'));
    expect(() => loaded.environment('constructor')).toThrow(UserError);
  });

  test('environment hashes are stable, and differ when a setting does', () => {
    const again = parseConfig(fixture('valid.json'), 'other-name.json');
    expect(environmentHash(again.environments.prod)).toBe(environmentHash(prod));
    expect(environmentHash(prod)).toMatch(/^[0-9a-f]{64}$/);
    expect(environmentHash(staging)).not.toBe(environmentHash(prod));
    const edited = parseConfig(fixture('valid.json').replace('"bake_minutes": 5', '"bake_minutes": 6'), 'agentcore.json');
    expect(environmentHash(edited.environments.prod)).not.toBe(environmentHash(prod));
  });
});

test('canonicalJson sorts keys at every depth and drops undefined members', () => {
  expect(canonicalJson({ b: 1, a: [{ d: 1, c: 'x' }, undefined], e: undefined, f: null })).toBe('{"a":[{"c":"x","d":1},null],"b":1,"f":null}');
  expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
});

test('the example config deploys support-bot to three accounts, with cognito in prod only', () => {
  const loaded = parseConfig(readFileSync(join(root, 'examples', 'agentcore.json'), 'utf8'), 'examples/agentcore.json');
  const targets = Object.values(loaded.environments).map((environment) => {
    const bot = environment.agent_runtimes['support-bot'];
    return [environment.name, environment.region, environment.account_id, bot.aws_name, bot.authorizer, bot.environment_variables.LOG_LEVEL];
  });
  expect(targets).toEqual([
    ['dev', 'us-west-2', '111111111111', 'support_bot_dev', 'none', 'debug'],
    ['staging', 'eu-west-1', '222222222222', 'support_bot_staging', 'none', 'info'],
    ['prod', 'us-east-1', '333333333333', 'support_bot_prod', 'cognito', 'warn'],
  ]);
  const prod = loaded.environment('prod').agent_runtimes['support-bot'];
  expect(prod.secrets).toEqual({ API_KEY: 'ssm:/demo/support-bot/api-key' });
  expect(prod.promotion.smoke_test).toMatchObject({ payload: { prompt: 'ping' }, expect_status: 200, expect_body: 'pong' });
  expect(prod.promotion.alarms).toEqual(['support-bot-errors']);
});

describe('each kind of mistake is reported at its path, line and column', () => {
  test.each([
    ['invalid-json.json', 'agentcore.json:3:3 invalid JSON: expected a comma or closing brace'],
    ['wrong-type.json', 'agentcore.json:7:82 environments.dev.agent_runtimes.bot.description: expected a string, got a number'],
    ['bad-region.json', 'agentcore.json:10:43 environments.prod.region: expected an AWS region such as us-east-1, got "us-east"'],
    ['bad-account.json', 'agentcore.json:6:21 environments.dev.account_id: expected a 12-digit AWS account id, got "1234"'],
    [
      'hyphen-endpoint.json',
      'agentcore.json:10:43 environments.dev.agent_runtimes.bot.promotion.live_endpoint: "my-endpoint" is not a valid endpoint name: use letters, digits and underscores, starting with a letter (AWS rejects hyphens)',
    ],
    ['extends-cycle.json', 'agentcore.json:5:26 environments.prod.extends: extends cycle: prod -> staging -> prod'],
    [
      'unknown-parent.json',
      'agentcore.json:6:26 environments.prod.extends: extends names "qa", which is not an environment (environments: dev, staging, prod)',
    ],
    [
      'default-runtime.json',
      'agentcore.json:6:32 environments.dev.default_agent_runtime: default_agent_runtime names "x", which is not a runtime of this environment (runtimes: a, b)',
    ],
  ])('%s', (name, expected) => {
    expect(problemsOf(fixture(name))).toEqual([expected]);
  });

  test('an unknown key, with a suggestion, and the key it displaced', () => {
    expect(problemsOf(fixture('unknown-key.json'))).toEqual([
      'agentcore.json:4:12 environments.dev.region: missing required key "region"',
      'agentcore.json:5:7 environments.dev.regoin: unknown key "regoin" (did you mean "region"?)',
    ]);
  });

  test('runtime names that cannot be made valid', () => {
    expect(problemsOf(fixture('runtime-names.json'))).toEqual([
      'agentcore.json:7:59 environments.production.agent_runtimes.customer-support-assistant-for-enterprise-tier: the AWS name made from <runtime key>_<environment>, "customer_support_assistant_for_enterprise_tier_production", is not valid (at most 48 characters, got 57): set "name" for this runtime',
      'agentcore.json:8:29 environments.production.agent_runtimes.helper.name: "1helper" is not a valid runtime name: use letters, digits and underscores, starting with a letter',
    ]);
  });

  test('the whole message starts with a count', () => {
    const error = (() => {
      try {
        parseConfig(fixture('bad-account.json'), 'agentcore.json');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(
      'The config has 1 problem:\nagentcore.json:6:21 environments.dev.account_id: expected a 12-digit AWS account id, got "1234"',
    );
    expect((error as ConfigError).issues).toEqual([
      { file: 'agentcore.json', path: 'environments.dev.account_id', line: 6, column: 21, message: 'expected a 12-digit AWS account id, got "1234"' },
    ]);
  });
});

test('every problem is reported at once, sorted by position, each once', () => {
  expect(problemsOf(fixture('many-problems.json'))).toEqual([
    'agentcore.json:2:26 current_environment: current_environment names "test", which is not an environment (environments: dev, prod)',
    'agentcore.json:6:21 environments.dev.account_id: expected a 12-digit AWS account id in quotes, got a number',
    'agentcore.json:7:34 environments.dev.environment_variables.LOG-LEVEL: "LOG-LEVEL" is not a valid environment variable name: use letters, digits and underscores, not starting with a digit',
    'agentcore.json:12:23 environments.dev.agent_runtimes.bot.protocol: expected one of "HTTP", "MCP", "A2A", got "http"',
    'agentcore.json:14:50 environments.dev.agent_runtimes.bot.lifecycle.idle_timeout_seconds: expected an integer from 60 to 28800, got 30',
    'agentcore.json:16:73 environments.dev.agent_runtimes.bot.promotion.candidate_endpoint: candidate_endpoint must differ from live_endpoint (both are "main")',
    'agentcore.json:16:112 environments.dev.agent_runtimes.bot.promotion.smoke_test.expect_body: "(" is not a valid regular expression: Unterminated group',
    'agentcore.json:18:39 environments.dev.agent_runtimes.helper.ecr_repository: ecr_repository names "helpers", which is not in global_resources.ecr_repositories (repositories: bot)',
    'agentcore.json:18:62 environments.dev.agent_runtimes.helper.iam_role: iam_role names "helper-role", which is neither a role ARN nor in global_resources.iam_roles (roles: bot-role)',
    'agentcore.json:18:91 environments.dev.agent_runtimes.helper.authorizer: authorizer is "cognito" but environment "dev" has no cognito: add "cognito" to the environment or set "authorizer": "none"',
    'agentcore.json:24:18 environments.prod.cognito.app_client_id: missing required key "app_client_id"',
    'agentcore.json:25:49 environments.prod.agent_runtimes.bot.lifecycle: idle_timeout_seconds (7200) must not exceed max_lifetime_seconds (3600)',
    'agentcore.json:29:51 global_resources.ecr_repositories.bot.keep_images: expected an integer from 1 to 10000, got 0',
    'agentcore.json:31:48 global_resources.sync_config.parameter_store_prefix: "/agentcore/" is not a valid parameter prefix: start with "/", no trailing "/" or empty levels, only letters, digits, "_", "." and "-"',
  ]);
});

test('a long list is capped with "and N more"', () => {
  const text = withChanges((config) => {
    for (let i = 0; i < 25; i++) config.environments.dev[`extra_${i}`] = i;
  });
  try {
    parseConfig(text, 'agentcore.json');
    throw new Error('the config loaded');
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    expect(error.issues).toHaveLength(25);
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('The config has 25 problems:');
    expect(lines[1]).toBe('agentcore.json:12:7 environments.dev.extra_0: unknown key "extra_0"');
    expect(lines).toHaveLength(22);
    expect(lines.at(-1)).toBe('and 5 more');
  }
});

describe('problems an environment inherits', () => {
  test('are reported once, at the parent, when the parent has them too', () => {
    const text = withChanges((config) => {
      config.environments.dev.agent_runtimes.bot.ecr_repository = 'nope';
      config.environments.prod = { extends: 'dev', region: 'us-east-1' };
    });
    expect(problemsOf(text)).toEqual([
      'agentcore.json:8:29 environments.dev.agent_runtimes.bot.ecr_repository: ecr_repository names "nope", which is not in global_resources.ecr_repositories (repositories: bot)',
    ]);
  });

  test('point at the parent\'s line and say so when only the child has them', () => {
    const text = withChanges((config) => {
      config.environments.dev.agent_runtimes.bot.secrets = { API_KEY: 'ssm:/team/api-key' };
      config.environments.prod = { extends: 'dev', region: 'us-east-1', environment_variables: { API_KEY: 'plain' } };
    });
    expect(problemsOf(text)).toEqual([
      'agentcore.json:11:13 environments.prod.agent_runtimes.bot.secrets.API_KEY: API_KEY is both an environment variable and a secret: keep one (inherited from dev)',
    ]);
  });

  test('an environment only valid through its parent is fine, and a required key may come from it', () => {
    const text = withChanges((config) => {
      config.environments.prod = { extends: 'dev', agent_runtimes: { bot: { description: 'prod bot' } } };
    });
    const loaded = parseConfig(text, 'agentcore.json');
    expect(loaded.environment('prod')).toMatchObject({ region: 'us-west-2', agent_runtimes: { bot: { ecr_repository: 'bot', description: 'prod bot' } } });
    const orphan = withChanges((config) => {
      config.environments.qa = { agent_runtimes: { bot: { description: 'no parent' } } };
    });
    expect(problemsOf(orphan)).toEqual([
      'agentcore.json:13:11 environments.qa.region: missing required key "region"',
      'agentcore.json:15:16 environments.qa.agent_runtimes.bot.ecr_repository: missing required key "ecr_repository"',
      'agentcore.json:15:16 environments.qa.agent_runtimes.bot.iam_role: missing required key "iam_role"',
    ]);
  });
});

test('duplicate and forbidden keys, and two runtimes of one environment with one AWS name', () => {
  const text = withChanges((config) => {
    config.environments.dev.agent_runtimes.bot_x = { name: 'bot_dev', ecr_repository: 'bot', iam_role: 'bot-role' };
  }).replace('"region": "us-west-2",', '"region": "us-west-2", "region": "us-west-2", "__proto__": {},');
  expect(problemsOf(text)).toEqual([
    'agentcore.json:5:30 environments.dev.region: duplicate key "region": JSON keeps only the last one',
    'agentcore.json:5:53 environments.dev.__proto__: "__proto__" cannot be used as a key',
    'agentcore.json:12:19 environments.dev.agent_runtimes.bot_x.name: runtimes "bot" and "bot_x" would both be named "bot_dev" in AWS: give one of them a distinct "name"',
  ]);
});

test('two environments in one account and region may not share a runtime name', () => {
  const text = withChanges((config) => {
    config.environments.dev.account_id = '111111111111';
    config.environments.qa = { extends: 'dev', agent_runtimes: { bot: { name: 'bot_dev' } } };
  });
  expect(problemsOf(text)).toEqual([
    'agentcore.json:18:19 environments.qa.agent_runtimes.bot.name: environments "dev" and "qa" share account 111111111111 and region us-west-2, and both name a runtime "bot_dev": give one of them a distinct "name"',
  ]);
  // In another region the names do not meet.
  expect(() => parseConfig(text.replace('"agent_runtimes": {\n        "bot": {\n          "name"', '"region": "eu-west-1",\n      "agent_runtimes": {\n        "bot": {\n          "name"'), 'agentcore.json')).not.toThrow();
});

test.each([
  ['{\n  "a": 1,\n}', 'agentcore.json:3:1 invalid JSON: trailing comma before the closing brace'],
  ['', 'agentcore.json:1:1 invalid JSON: the file is empty'],
  ['{\n  "current_environment": "dev\n}', 'agentcore.json:2:26 invalid JSON: unterminated string'],
  ['// settings\n{}', 'agentcore.json:1:1 invalid JSON: comments are not allowed in JSON'],
  ['{"environments": {"dev": [1, 2}}', 'agentcore.json:1:31 invalid JSON: expected a comma or closing bracket'],
  ['{"environments": {', 'agentcore.json:1:19 invalid JSON: unexpected end of file: expected a closing brace'],
  ["{'a': 1}", "agentcore.json:1:2 invalid JSON: unexpected 'a': JSON strings use double quotes"],
  ['\uFEFF[]', 'agentcore.json:1:1 expected an object, got an array'],
])('syntax: %j', (text, expected) => {
  expect(problemsOf(text)).toEqual([expected]);
});

describe('loadConfigFile', () => {
  const directory = mkdtempSync(join(tmpdir(), 'agentcore-config-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  test('reads a file and names it as asked in messages', async () => {
    const file = join(directory, 'agentcore.json');
    writeFileSync(file, fixture('bad-region.json'));
    await expect(loadConfigFile(file, 'config/agentcore.json')).rejects.toThrow('config/agentcore.json:10:43 environments.prod.region');
    writeFileSync(file, fixture('valid.json'));
    expect((await loadConfigFile(file)).file).toBe(file);
  });

  test('a missing or unreadable file is a user error naming the path', async () => {
    const missing = join(directory, 'missing.json');
    await expect(loadConfigFile(missing)).rejects.toThrow(new UserError(`Config file not found: ${missing}`));
    await expect(loadConfigFile(directory)).rejects.toThrow(`Cannot read the config file ${directory}: `);
    await expect(loadConfigFile(directory)).rejects.toThrow(/EISDIR/);
  });
});
