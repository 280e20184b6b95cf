/**
 * promote-endpoint as a bundled process against a runtime behind the environment's managed
 * Cognito authorizer: the smoke test takes a client-credentials token (found through the
 * discovery document the emulator serves at the Cognito endpoint the SDK resolves) and passes;
 * live then refuses SigV4, an expired token and a token of a foreign pool. Run `npm run build` first.
 */
import { AccessDeniedException, BedrockAgentCoreClient, InvokeAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore';
import { BedrockAgentCoreControlClient, CreateAgentRuntimeCommand, UpdateAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningEmulator } from '../../src/emulator/server.js';
import { getUserPool } from '../../src/emulator/services/cognito/store.js';
import { signPoolToken } from '../../src/emulator/services/cognito/tokens.js';
import { runDistAction } from '../helpers/action-runner.js';
import { clientOptions, startTestEmulator } from '../helpers/emulator.js';
import { FIXTURE_SHA } from '../helpers/github-fixture.js';
import { clientCredentialsToken, machineClient, type MachineClient } from '../emulator/services/cognito/fixtures.js';
import { pushTestImage } from './promotion-fixtures.js';

const PROD = { account: '222222222222', region: 'us-east-1' };
const ROLE = `arn:aws:iam::${PROD.account}:role/agentcore-support-bot-runtime-prod`;

let emulator: RunningEmulator;
let workspace: string;
let machine: MachineClient;
let runtimeArn = '';

beforeAll(async () => {
  emulator = await startTestEmulator();
  workspace = mkdtempSync(join(tmpdir(), 'promote-jwt-'));
  writeFileSync(
    join(workspace, 'agentcore.json'),
    JSON.stringify({
      current_environment: 'prod',
      environments: {
        prod: {
          region: PROD.region,
          account_id: PROD.account,
          default_agent_runtime: 'support-bot',
          cognito: { managed: true },
          agent_runtimes: {
            'support-bot': {
              ecr_repository: 'support-bot',
              iam_role: 'support-bot-runtime',
              promotion: { smoke_test: { payload: { prompt: 'ping' }, expect_body: 'pong', attempts: 2, timeout_seconds: 5 }, bake_minutes: 0 },
            },
          },
        },
      },
      global_resources: { ecr_repositories: { 'support-bot': {} }, iam_roles: { 'support-bot-runtime': {} } },
    }),
  );
  // What setup-env's managed Cognito stack makes: a pool with a domain and a client_credentials app client.
  machine = await machineClient(emulator, PROD.account, PROD.region, 'prod');
  const image = await pushTestImage(emulator, PROD, 'agent');
  const control = new BedrockAgentCoreControlClient(clientOptions(emulator, PROD.account, PROD.region));
  const settings = {
    agentRuntimeArtifact: { containerConfiguration: { containerUri: image } },
    roleArn: ROLE,
    networkConfiguration: { networkMode: 'PUBLIC' as const },
    authorizerConfiguration: { customJWTAuthorizer: { discoveryUrl: machine.discoveryUrl, allowedClients: [machine.clientId] } },
  };
  const created = await control.send(new CreateAgentRuntimeCommand({ agentRuntimeName: 'support_bot_prod', ...settings }));
  await control.send(new UpdateAgentRuntimeCommand({ agentRuntimeId: created.agentRuntimeId, ...settings, environmentVariables: { BUILD: '2' } }));
  runtimeArn = created.agentRuntimeArn!;
  control.destroy();
});
afterAll(() => emulator.stop());

function bearerInvoke(token: string) {
  return fetch(`${emulator.url}/runtimes/${encodeURIComponent(runtimeArn)}/invocations?qualifier=live`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: '{"prompt":"who"}',
  });
}

test('the smoke test of a managed-Cognito runtime passes with a token; live then refuses SigV4, an expired token and a foreign one', async () => {
  const run = await runDistAction('promote-endpoint', {
    cwd: workspace,
    inputs: { 'timeout-minutes': '1', version: '2' },
    env: {
      AWS_ENDPOINT_URL: emulator.url,
      AWS_ACCESS_KEY_ID: PROD.account,
      AWS_SECRET_ACCESS_KEY: 'x',
      GITHUB_SHA: FIXTURE_SHA,
      GITHUB_REPOSITORY: 'octo/agents',
      GITHUB_RUN_ID: '77',
      GITHUB_ACTOR: 'octocat',
      GITHUB_SERVER_URL: 'https://github.com',
    },
  });
  if (run.code !== 0) throw new Error(`promote-endpoint failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
  expect(run.outputs).toMatchObject({ version: '2', changed: 'true', 'smoke-test-result': 'passed' });
  expect(run.stdout).toContain('with a bearer token');
  // The client secret and the token are masked before anything could print them.
  expect(run.stdout).toContain(`::add-mask::${machine.clientSecret}`);
  expect(run.stdout).toMatch(/::add-mask::eyJ[\w-]+\.[\w-]+\.[\w-]+/);

  const good = await bearerInvoke(await clientCredentialsToken(emulator, machine));
  expect(good.status).toBe(200);
  expect(await good.json()).toMatchObject({ version: '2', message: 'pong' });

  const data = new BedrockAgentCoreClient(clientOptions(emulator, PROD.account, PROD.region));
  const sigv4 = await data.send(new InvokeAgentRuntimeCommand({ agentRuntimeArn: runtimeArn, qualifier: 'live', payload: '{}' })).catch((e: unknown) => e);
  data.destroy();
  expect(sigv4).toBeInstanceOf(AccessDeniedException);

  const pool = getUserPool(emulator.state, PROD.account, PROD.region, machine.poolId);
  const expired = await signPoolToken(emulator.state, pool, { token_use: 'access', client_id: machine.clientId, scope: machine.scope }, -1, Date.now());
  const stale = await bearerInvoke(expired);
  expect(stale.status).toBe(403);
  expect(await stale.text()).toContain('expired');

  const foreign = await bearerInvoke(await clientCredentialsToken(emulator, await machineClient(emulator, '333333333333', PROD.region, 'other')));
  expect(foreign.status).toBe(403);
  expect(foreign.headers.get('x-amzn-errortype')).toMatch(/^AccessDeniedException/);
});
