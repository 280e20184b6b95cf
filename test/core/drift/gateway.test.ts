import { ListGatewaysCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { checkEnvironment } from '../../../src/core/drift/check.js';
import { gatewayLookup } from '../../../src/core/drift/gateway.js';
import { buildReport } from '../../../src/core/drift/report.js';
import type { LedgerEntry } from '../../../src/core/ledger.js';
import { renderComment } from '../../../src/github/summaries/drift-check.js';
import { RecordingLogger } from '../../../src/testing/recording-logger.js';
import { mockDeployedBot, mockDriftClients } from '../../helpers/deployed-bot.js';
import { FakeGateway, GATEWAY_ID, split, staticRoute } from '../../helpers/fake-gateway.js';
import { testConfig } from '../sync/config-fixture.js';

const { agentcoreMock, ssmMock, clients } = mockDriftClients();
const ACCOUNT = '111111111111';
const IMAGE = '111111111111.dkr.ecr.us-west-2.amazonaws.com/support-bot@sha256:aaa';
const RUNTIME_ARN = 'arn:aws:bedrock-agentcore:us-west-2:111111111111:runtime/bot_dev-0123456789';
const gateway = new FakeGateway(agentcoreMock);
const LIVE = 'bot-live';
const CANDIDATE = 'bot-candidate';
const ROUTE = 'gateways.agentcore-dev-front.route';

const botConfig = (canary: Record<string, unknown> | undefined) =>
  testConfig((c) => {
    c.global_resources.gateways = { front: { authorizer: 'AWS_IAM' } };
    c.environments.dev.agent_runtimes = { bot: { ecr_repository: 'support-bot', iam_role: 'support-bot-runtime', ...(canary ? { promotion: { strategy: 'canary', canary } } : {}) } };
    c.environments.dev.default_agent_runtime = 'bot';
  }).environment('dev');
const env = botConfig({ gateway: 'front', steps: [10, 50] });

const ledger: LedgerEntry[] = [
  { type: 'version', version: '3', imageDigest: 'sha256:aaa', imageUri: IMAGE, configHash: 'h', commit: 'c', actor: 'a', runUrl: '', time: 't' },
  { type: 'endpoint', endpoint: 'live', to: '3', kind: 'promote', result: 'succeeded', actor: 'a', runUrl: '', time: 't' },
];

beforeEach(() => {
  agentcoreMock.reset();
  ssmMock.reset();
  gateway.install();
  gateway.target(LIVE, RUNTIME_ARN, 'live');
  gateway.target(CANDIDATE, RUNTIME_ARN, 'candidate');
});

async function check(environment = env) {
  mockDeployedBot(agentcoreMock, ssmMock, {
    environment,
    account: ACCOUNT,
    image: IMAGE,
    version: '3',
    endpoints: [{ name: 'live', liveVersion: '3', targetVersion: '3', status: 'READY' }],
    versions: ['3'],
    ledger,
  });
  return checkEnvironment({ environment, account: ACCOUNT, logger: new RecordingLogger(), clients });
}

/** Every control-plane operation the check sent, by command name. */
const operations = () => agentcoreMock.calls().map((call) => (call.args[0] as object).constructor.name);

test('a static route on live over the runtime\'s path is no drift, and is read with Get and List calls only', async () => {
  gateway.rule('bot', staticRoute(LIVE));
  const report = await check();
  expect(report.findings).toEqual([]);
  expect(report.notes).toEqual([]);
  expect(operations()).toEqual(expect.arrayContaining(['ListGatewaysCommand', 'ListGatewayRulesCommand']));
  expect(operations().filter((name) => !/^(Get|List)/.test(name))).toEqual([]);
});

test('a weighted split left on the rule is an interrupted canary, with how to finish or undo it', async () => {
  gateway.rule('bot', split(LIVE, CANDIDATE, 10, '4'));
  const report = await check();
  expect(report.findings).toEqual([
    {
      kind: 'canary-interrupted',
      environment: 'dev',
      runtime: 'bot',
      path: ROUTE,
      repo: `a static route to target "${LIVE}"`,
      aws: `a split of 90 % to "${LIVE}" and 10 % to "${CANDIDATE}" (version 4)`,
      action:
        'An interrupted canary: 10 % of /bot/* goes to candidate (version 4); run promote-endpoint again to finish it, or rollback with to-version 3 to return all traffic to live. ' +
        'If a promotion of this runtime is running now, this is its canary step: let it finish.',
    },
  ]);
  const comment = renderComment(buildReport('agentcore.json', [report], { generatedAt: '2030-01-01T00:00:00Z' }));
  expect(comment).toContain('| bot | interrupted canary | `gateways.agentcore-dev-front.route` |');
  expect(comment).toContain('- An interrupted canary: 10 % of /bot/* goes to candidate (version 4)');
});

test('a rule changed by hand: a static route to a foreign target, and conditions on other paths', async () => {
  gateway.target('legacy', 'arn:aws:bedrock-agentcore:us-west-2:111111111111:runtime/legacy', 'prod');
  gateway.rule('bot', staticRoute('legacy'), [{ matchPaths: { anyOf: ['/bot/*', '/legacy/*'] } }]);
  const findings = (await check()).findings;
  expect(findings).toEqual([
    {
      kind: 'gateway-route',
      environment: 'dev',
      runtime: 'bot',
      path: ROUTE,
      repo: `a static route to target "${LIVE}"`,
      aws: 'a static route to target "legacy"',
      action: `The rule of gateway agentcore-dev-front for /bot/* was changed outside the pipeline: run rollback with to-version 3 to return all traffic to live (a static route to target "${LIVE}").`,
    },
    {
      kind: 'gateway-route',
      environment: 'dev',
      runtime: 'bot',
      path: 'gateways.agentcore-dev-front.conditions',
      repo: [{ matchPaths: { anyOf: ['/bot/*'] } }],
      aws: [{ matchPaths: { anyOf: ['/bot/*', '/legacy/*'] } }],
      action:
        'The conditions of the rule of gateway agentcore-dev-front for /bot/* were changed outside the pipeline: put them back to that one path, ' +
        'or delete the rule (the next canary of promote-endpoint creates it again).',
    },
  ]);
});

test('a gateway that does not exist is drift that says to run setup-env', async () => {
  gateway.exists = false;
  expect((await check()).findings).toEqual([
    {
      kind: 'gateway-missing',
      environment: 'dev',
      runtime: 'bot',
      path: 'promotion.canary.gateway',
      repo: 'front',
      aws: null,
      action: 'Gateway "front" (agentcore-dev-front) does not exist in environment "dev" (us-west-2). Run setup-env for this environment to create it.',
    },
  ]);
});

test('no rule before the first canary is a note; no rule while the canary\'s live target exists is a rule deleted by hand', async () => {
  gateway.targets.clear();
  const before = await check();
  expect(before.findings).toEqual([]);
  expect(before.notes).toEqual(['Runtime "bot": gateway agentcore-dev-front has no rule for /bot/* yet; the first canary of promote-endpoint creates it.']);

  gateway.target(LIVE, RUNTIME_ARN, 'live');
  const deleted = await check();
  expect(deleted.findings).toEqual([
    expect.objectContaining({
      kind: 'gateway-route',
      path: ROUTE,
      aws: null,
      action: `The rule of gateway agentcore-dev-front for /bot/* was deleted outside the pipeline (its target "${LIVE}" is there), so the gateway routes nothing to this runtime: the next canary of promote-endpoint creates it again.`,
    }),
  ]);
});

test('a runtime without promotion.canary makes no gateway call', async () => {
  gateway.rule('bot', split(LIVE, CANDIDATE, 10, '4'));
  const report = await check(botConfig(undefined));
  expect(report.findings).toEqual([]);
  expect(operations().filter((name) => name.includes('Gateway'))).toEqual([]);
});

test('a gateway named by several runtimes is looked up once per environment', async () => {
  const lookup = gatewayLookup(clients.agentcore, env);
  const [a, b] = await Promise.all([lookup('front'), lookup('front')]);
  expect(a).toEqual({ id: GATEWAY_ID, name: 'agentcore-dev-front' });
  expect(b).toBe(a);
  expect(agentcoreMock.commandCalls(ListGatewaysCommand)).toHaveLength(1);
});
