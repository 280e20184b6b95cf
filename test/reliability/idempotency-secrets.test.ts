/**
 * Every bundled action run twice with the same inputs, in pipeline order: the second run makes no mutating AWS
 * call. The canary secret enters everywhere a secret can (a SecureString the config references,
 * the AWS secret key, the GitHub token for comments and deployments) and afterwards appears in no log, summary, output,
 * comment, report or String parameter. Run `npm run build` first.
 */
import { DescribeParametersCommand, GetParametersCommand, PutParameterCommand } from '@aws-sdk/client-ssm';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeOciLayout } from '../../src/core/registry/index.js';
import type { RunningEmulator } from '../../src/emulator/server.js';
import type { ActionRun } from '../helpers/action-runner.js';
import { control, startTestEmulator } from '../helpers/emulator.js';
import { startGitHubFixture, type GitHubFixture } from '../helpers/github-fixture.js';
import { CANARY, DIST_ACTIONS, expectSuccess, isMutating, makeWorkspace, pushImage, requestLog, runAction, ssm } from './harness.js';

let emulator: RunningEmulator;
let github: GitHubFixture;
let workspace: string;
let image = '';
let layout: string;
const runs: ActionRun[] = [];

beforeAll(async () => {
  emulator = await startTestEmulator();
  github = await startGitHubFixture();
  await control(emulator, 'POST', 'settings', { provisioningDelayMs: 100 });
  await ssm(emulator).send(new PutParameterCommand({ Name: '/team/api-key', Value: CANARY, Type: 'SecureString' }));
  workspace = makeWorkspace();
  layout = mkdtempSync(join(tmpdir(), 'layout-'));
  await writeOciLayout(layout, { files: { 'app/main.py': 'print("v1")\n' }, platform: 'linux/arm64' });
});
afterAll(async () => {
  await emulator.stop();
  await github.stop();
});

async function run(name: string, inputs: Record<string, string>): Promise<ActionRun> {
  const result = await runAction(emulator, name, workspace, inputs, { env: github.actionEnv({ pullRequest: 7 }) });
  runs.push(result);
  return result;
}

/** Pipeline order; each entry makes its inputs (and any state it needs) just before its first run. */
const PLAN: Array<[string, () => Promise<Record<string, string>>]> = [
  ['setup-env', async () => ({})],
  ['build-push', async () => ({ builder: 'oci-layout', 'oci-layout': layout, tag: 'v1' })],
  ['deploy-version', async () => ({ 'image-uri': image, 'timeout-minutes': '1' })],
  ['promote-endpoint', async () => ({ 'bake-minutes': '0', 'timeout-minutes': '1', 'github-deployments': 'true', 'github-token': CANARY })],
  [
    'rollback',
    async () => {
      // Something to roll back from: version 2 promoted over version 1.
      expectSuccess(await run('deploy-version', { 'image-uri': (await pushImage(emulator, 'agent v2')).uri, 'timeout-minutes': '1' }));
      expectSuccess(await run('promote-endpoint', { 'bake-minutes': '0', 'timeout-minutes': '1' }));
      return { 'timeout-minutes': '1', reason: 'idempotency', 'github-deployments': 'true', 'github-token': CANARY };
    },
  ],
  ['sync-config', async () => ({})],
  ['drift-check', async () => ({ comment: 'always', 'github-token': CANARY })],
];

test('the plan covers every action', () => {
  expect(PLAN.map(([name]) => name).sort()).toEqual([...DIST_ACTIONS].sort());
});

describe.each(PLAN)('%s run twice', (name, makeInputs) => {
  test('the second run makes no mutating call', async () => {
    const inputs = await makeInputs();
    const first = await run(name, inputs);
    expectSuccess(first, `${name} (first run)`);
    if (name === 'build-push') image = first.outputs['image-uri']!;
    await control(emulator, 'DELETE', 'requests');
    const second = await run(name, inputs);
    expectSuccess(second, `${name} (second run)`);
    const mutating = (await requestLog(emulator)).filter(isMutating).map((r) => `${r.service}:${r.operation}`);
    expect(mutating).toEqual([]);
  });
});

test('the canary secret appears in no log, summary, output, comment, report or String parameter', async () => {
  // It did enter: the actions that resolve secrets or take the token masked it for the runner.
  expect(runs.some((r) => r.stdout.includes(`::add-mask::${CANARY}`))).toBe(true);
  const places: Array<[string, string]> = runs.flatMap((r, i) => [
    [`run ${i} stdout`, r.stdout],
    [`run ${i} stderr`, r.stderr],
    [`run ${i} outputs, env, state and summary`, r.files],
  ]);
  for (const request of github.requests) places.push([`GitHub ${request.method} ${request.path}`, JSON.stringify(request.body ?? '')]);
  places.push(['drift report', readFileSync(join(workspace, 'agentcore-drift.json'), 'utf8')]);
  const client = ssm(emulator);
  const names: string[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(new DescribeParametersCommand({ NextToken: token, ParameterFilters: [{ Key: 'Type', Values: ['String', 'StringList'] }] }));
    names.push(...(page.Parameters ?? []).map((p) => p.Name!));
    token = page.NextToken;
  } while (token);
  expect(names.length).toBeGreaterThan(0);
  for (let i = 0; i < names.length; i += 10) {
    const { Parameters = [] } = await client.send(new GetParametersCommand({ Names: names.slice(i, i + 10) }));
    for (const parameter of Parameters) places.push([`SSM ${parameter.Name}`, parameter.Value ?? '']);
  }
  // `::add-mask::<value>` is how a secret reaches the runner's masker: the runner consumes that line.
  const visible = (text: string) => text.split('\n').filter((line) => !line.startsWith('::add-mask::'));
  const leaks = places.filter(([, text]) => visible(text).some((line) => line.includes(CANARY))).map(([where]) => where);
  expect(leaks).toEqual([]);
});
