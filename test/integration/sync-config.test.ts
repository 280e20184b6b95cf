/**
 * sync-config as a bundled process against the emulator, and against moto's SSM where
 * `moto_server` is on PATH (the same tests: they observe SSM only through the SDK).
 */
import { DescribeParametersCommand, GetParameterCommand, GetParametersByPathCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDistAction } from '../helpers/action-runner.js';
import { control } from '../helpers/emulator.js';
import { describeTargets, type RunningTarget } from '../helpers/targets.js';
import { emulatorAwsEnv } from '../helpers/action-env.js';
import { supportBotConfig } from '../helpers/configs.js';

const KEY = '111111111111';
const REGION = 'us-west-2';
const ROOT = '/agentcore/dev/config';
const SUPPORT = `${ROOT}/runtimes/support-bot`;
const TRIAGE = `${ROOT}/runtimes/triage`;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests edit arbitrary config paths

const baseConfig = (account: string): Json => supportBotConfig(account, REGION);

/** Parameters that are not config copies and must survive every sync, prune included. */
const UNRELATED: Array<[string, string]> = [
  ['/agentcore/dev/runtimes/support-bot/ledger', '{"schema":1,"entries":[]}'],
  ['/agentcore/dev/runtimes/triage/lock', '{"holder":"someone"}'],
  ['/agentcore/devx/config', 'another environment'],
  ['/agentcore-old/dev/config/runtimes/triage', 'another prefix'],
  ['/team/api-key', 'not-a-real-secret'],
];

describeTargets('sync-config', (target, name) => {
  let workspace: string;
  let ssm: SSMClient;
  let account: string;
  const t = (): RunningTarget => target();

  beforeEach(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'sync-config-'));
    ssm = new SSMClient(t().clientOptions(KEY, REGION));
    account = t().accountFor(KEY);
    for (const [name, value] of UNRELATED) await ssm.send(new PutParameterCommand({ Name: name, Value: value, Type: 'String' }));
  });

  async function sync(config: Json, inputs: Record<string, string> = {}) {
    writeFileSync(join(workspace, 'agentcore.json'), JSON.stringify(config, null, 2));
    return runDistAction('sync-config', {
      cwd: workspace,
      inputs: { environments: 'dev', ...inputs },
      env: emulatorAwsEnv(t(), KEY),
    });
  }

  async function copies(): Promise<Record<string, number>> {
    const found: Record<string, number> = {};
    let token: string | undefined;
    do {
      const page = await ssm.send(new GetParametersByPathCommand({ Path: '/', Recursive: true, ...(token ? { NextToken: token } : {}) }));
      for (const p of page.Parameters ?? []) found[p.Name!] = p.Version!;
      token = page.NextToken;
    } while (token);
    return found;
  }

  async function expectUnrelatedUntouched() {
    for (const [name, value] of UNRELATED) {
      const parameter = (await ssm.send(new GetParameterCommand({ Name: name }))).Parameter!;
      expect([name, parameter.Value, parameter.Version]).toEqual([name, value, 1]);
    }
  }

  test('a push writes the expected parameters; a second push writes nothing', async () => {
    const first = await sync(baseConfig(account));
    expect(first.stderr).not.toMatch(/error/i);
    expect(first.code).toBe(0);
    expect(first.outputs).toEqual({ changed: 'true', written: '3', deleted: '0', stale: '0' });
    const root = JSON.parse((await ssm.send(new GetParameterCommand({ Name: ROOT }))).Parameter!.Value!);
    expect(root.config).toMatchObject({ name: 'dev', region: REGION, environment_variables: { LOG_LEVEL: 'debug' } });
    expect(root.hash).toMatch(/^[0-9a-f]{64}$/);
    const support = JSON.parse((await ssm.send(new GetParameterCommand({ Name: SUPPORT }))).Parameter!.Value!);
    expect(support.config).toMatchObject({ key: 'support-bot', secrets: { API_KEY: 'ssm:/team/api-key' } });
    expect(first.summary).toContain(`| dev | us-west-2 | \`${SUPPORT}\` | created (`);

    const versions = await copies();
    const second = await sync(baseConfig(account));
    expect(second.code).toBe(0);
    expect(second.outputs).toEqual({ changed: 'false', written: '0', deleted: '0', stale: '0' });
    expect(second.stdout).toContain('::notice::The SSM config copy already matched the config: nothing was written.');
    expect(await copies()).toEqual(versions);
    await expectUnrelatedUntouched();
  });

  test('a changed runtime environment variable rewrites exactly one parameter', async () => {
    await sync(baseConfig(account));
    const before = await copies();
    const config = baseConfig(account);
    config.environments.dev.agent_runtimes.triage.environment_variables = { MODE: 'fast' };
    const run = await sync(config);
    expect(run.outputs).toMatchObject({ changed: 'true', written: '1' });
    const after = await copies();
    const changed = Object.keys(after).filter((name) => after[name] !== before[name]);
    expect(changed).toEqual([TRIAGE]);
  });

  test('a removed runtime leaves a stale parameter listed; prune deletes exactly that', async () => {
    await sync(baseConfig(account));
    const config = baseConfig(account);
    delete config.environments.dev.agent_runtimes.triage;
    const listed = await sync(config);
    expect(listed.code).toBe(0);
    expect(listed.outputs).toEqual({ changed: 'true', written: '0', deleted: '0', stale: '1' });
    expect(listed.stdout).toContain(`::warning::Stale config copy ${TRIAGE}: the config no longer produces it. Run sync-config with prune: true to delete it.`);
    expect(await copies()).toHaveProperty([TRIAGE]);

    const before = Object.keys(await copies()).sort();
    const pruned = await sync(config, { prune: 'true' });
    expect(pruned.outputs).toEqual({ changed: 'true', written: '0', deleted: '1', stale: '0' });
    expect(Object.keys(await copies()).sort()).toEqual(before.filter((name) => name !== TRIAGE));
    await expectUnrelatedUntouched();
  });

  test('a copy over 4 KB goes to the Advanced tier; a 9 KB copy fails naming the parameter and writes nothing', async () => {
    const big = baseConfig(account);
    big.environments.dev.agent_runtimes.triage.environment_variables = { PROMPT: 'p'.repeat(4900) };
    expect((await sync(big)).code).toBe(0);
    const described = await ssm.send(new DescribeParametersCommand({ ParameterFilters: [{ Key: 'Name', Values: [TRIAGE] }] }));
    expect(described.Parameters?.[0]?.Tier).toBe('Advanced');

    const before = await copies();
    const huge = baseConfig(account);
    huge.environments.dev.agent_runtimes.triage.environment_variables = { PROMPT: 'p'.repeat(4900), EXTRA: 'e'.repeat(4200) };
    huge.environments.dev.environment_variables.LOG_LEVEL = 'info';
    const run = await sync(huge);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `::error::The config copy of runtime "triage" in environment "dev" \\(SSM parameter ${TRIAGE}\\) is 9\\d{3} bytes; an SSM parameter holds at most 8192 bytes \\(Advanced tier\\)\\. Nothing was written\\.`,
      ),
    );
    expect(await copies()).toEqual(before);
  });

  test('check mode exits 1 when the copy differs and writes nothing; dry-run writes nothing', async () => {
    const missing = await sync(baseConfig(account), { mode: 'check' });
    expect(missing.code).toBe(1);
    expect(missing.outputs).toMatchObject({ changed: 'true', written: '3' });
    expect(missing.stdout).toContain('::error::The SSM config copy differs from agentcore.json for dev (3 to write). Run sync-config with mode: push (and prune: true for stale parameters).');
    expect(Object.keys(await copies()).filter((name) => name.startsWith(ROOT))).toEqual([]);

    const dry = await sync(baseConfig(account), { 'dry-run': 'true' });
    expect(dry.code).toBe(0);
    expect(dry.outputs).toMatchObject({ changed: 'true', written: '3' });
    expect(dry.summary).toContain('Dry run: nothing was written.');
    expect(Object.keys(await copies()).filter((name) => name.startsWith(ROOT))).toEqual([]);

    await sync(baseConfig(account));
    const clean = await sync(baseConfig(account), { mode: 'check' });
    expect(clean.code).toBe(0);
    expect(clean.outputs).toEqual({ changed: 'false', written: '0', deleted: '0', stale: '0' });
  });

  test('check mode names the keys that differ; dry-run prints what it would write', async () => {
    await sync(baseConfig(account));
    const config = baseConfig(account);
    config.environments.dev.agent_runtimes.triage.environment_variables = { MODE: 'fast' };
    const check = await sync(config, { mode: 'check' });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`${TRIAGE} differs: environment_variables.MODE differ`);
    expect(check.stdout).toContain('::error::The SSM config copy differs from agentcore.json for dev (1 to write); keys that differ: environment_variables.MODE.');
    expect(check.summary).toContain('differs in environment_variables.MODE');
    const dry = await sync(config, { 'dry-run': 'true' });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(new RegExp(`${TRIAGE} differs: environment_variables\\.MODE differ \\(\\d+ bytes, Standard tier\\), would write \\{"config":.*"MODE":"fast"`));
  });

  test('cloud_config_enabled false writes no config copy and says so', async () => {
    const config = baseConfig(account);
    config.global_resources.sync_config = { cloud_config_enabled: false };
    const run = await sync(config);
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({ changed: 'false', written: '0', deleted: '0', stale: '0' });
    expect(run.summary).toContain('cloud_config_enabled is false: no config copy is kept');
    expect(Object.keys(await copies()).filter((name) => name.startsWith(ROOT))).toEqual([]);
  });

  test('an environment of another account is skipped with a warning; alone, it fails', async () => {
    const both = await sync(baseConfig(account), { environments: 'dev, prod' });
    expect(both.code).toBe(0);
    expect(both.stdout).toContain(`::warning::Skipping environment "prod": credentials are for account ${account}, environment "prod" is account 333333333333.`);
    expect(both.summary).toContain(`| prod | us-east-1 |  | skipped: credentials are for account ${account}`);
    const alone = await sync(baseConfig(account), { environments: 'prod' });
    expect(alone.code).toBe(1);
    expect(alone.stdout).toContain(`::error::Environment "prod" belongs to account 333333333333 (environments.prod.account_id), but the credentials are for account ${account}`);
  });

  // Only the emulator can be told to answer TooManyUpdates.
  if (name === 'emulator') {
    test('TooManyUpdates is retried until the write goes through', async () => {
      await control({ url: t().url }, 'POST', 'ssm/too-many-updates', { count: 2 });
      const run = await sync(baseConfig(account));
      expect(run.code).toBe(0);
      expect(run.outputs).toMatchObject({ written: '3' });
      expect(run.stdout).toMatch(/SSM TooManyUpdates while writing \/agentcore\/dev\/config \(attempt 1 of 6\): retrying in \d+ ms\./);
    });
  }
});
