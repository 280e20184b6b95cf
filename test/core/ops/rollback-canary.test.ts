import { CreateGatewayRuleCommand, CreateGatewayTargetCommand, ListGatewayRulesCommand, UpdateAgentRuntimeEndpointCommand, UpdateGatewayRuleCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { UserError } from '../../../src/core/errors.js';
import type { EndpointEntry } from '../../../src/core/ledger.js';
import { RollbackFailure, rollbackEndpoint, type RollbackRequest } from '../../../src/core/ops/rollback.js';
import { rollbackSummary } from '../../../src/github/summaries/rollback.js';
import { FakeGateway, split, staticRoute } from '../../helpers/fake-gateway.js';
import { IMAGE_A, IMAGE_B } from '../fixtures.js';
import { FakeAws, LOCK, RUNTIME_ARN, START, awsError, control, sessionBase, ssm, tools } from './runtime-fakes.js';
import type { ConfigJson } from '../../helpers/configs.js';
import { cancelOnSleep } from '../../helpers/cancel.js';

const aws = new FakeAws();
const gateway = new FakeGateway(control);
const LIVE = 'support-bot-live';
const CANDIDATE = 'support-bot-candidate';
const RULE_PATH = '/support-bot/*';

function promoted(from: string | undefined, to: string): EndpointEntry {
  return { type: 'endpoint', endpoint: 'live', ...(from ? { from } : {}), to, kind: 'promote', result: 'succeeded', actor: 'someone', runUrl: 'https://github.com/o/r/actions/runs/7', time: new Date(START - 3_600_000).toISOString() };
}

/** support-bot promotes by canary through gateway "front", which setup-env makes as agentcore-dev-front. */
function canaryConfig(json: ConfigJson): void {
  json.global_resources.gateways = { front: { authorizer: 'AWS_IAM' } };
  json.environments.dev.agent_runtimes['support-bot'].promotion = { strategy: 'canary', canary: { gateway: 'front', steps: [10, 50] } };
}

let ruleId = '';

beforeEach(() => {
  aws.reset();
  gateway.install();
  // Versions 1–4; live went 1 → 2 → 3; a canary of 4 stopped at its 10 % step.
  aws.seedRuntime([IMAGE_A, IMAGE_B, IMAGE_A, IMAGE_B], { live: '3', candidate: '4' });
  aws.seedLedger([promoted(undefined, '1'), promoted('1', '2'), promoted('2', '3')]);
  gateway.target(LIVE, RUNTIME_ARN, 'live');
  gateway.target(CANDIDATE, RUNTIME_ARN, 'candidate');
  ruleId = gateway.rule('support-bot', split(LIVE, CANDIDATE, 10, '4'));
});

function request(extra: Partial<RollbackRequest> = {}) {
  const { base } = sessionBase(canaryConfig);
  return { ...base, ...extra, ...tools() } satisfies RollbackRequest;
}

/** Calls that change something: endpoint moves, gateway changes, SSM writes. */
function mutatingCalls(): number {
  const gatewayChanges = control.commandCalls(UpdateGatewayRuleCommand).length + control.commandCalls(CreateGatewayRuleCommand).length + control.commandCalls(CreateGatewayTargetCommand).length;
  return aws.moves().length + gatewayChanges + aws.puts().length;
}

test('after an interrupted canary, live goes back and the split is replaced by a static route on live, in one call; a re-run changes nothing', async () => {
  const req = request();
  const result = await rollbackEndpoint(req);

  expect(aws.moves()).toEqual([['live', '2']]);
  expect(control.commandCalls(UpdateGatewayRuleCommand).map((call) => call.args[0].input)).toEqual([
    { gatewayIdentifier: 'agentcore-dev-front-abcdefghij', ruleId, actions: staticRoute(LIVE), conditions: [{ matchPaths: { anyOf: [RULE_PATH] } }] },
  ]);
  expect(gateway.rules.get(ruleId)).toMatchObject({ status: 'ACTIVE', actions: staticRoute(LIVE) });
  // The route changes only once live serves the version rolled back to.
  const moveAt = control.calls().findIndex((call) => call.args[0] instanceof UpdateAgentRuntimeEndpointCommand);
  const routeAt = control.calls().findIndex((call) => call.args[0] instanceof UpdateGatewayRuleCommand);
  expect(routeAt).toBeGreaterThan(moveAt);
  expect(result).toMatchObject({
    outcome: 'succeeded',
    version: '2',
    previousVersion: '3',
    gateway: { gateway: 'agentcore-dev-front', route: `gateway agentcore-dev-front: static route to ${LIVE}`, changed: true },
    headline:
      `Endpoint "live" rolled back to version 2 (was 3). Gateway agentcore-dev-front: static route to ${LIVE} now; ` +
      `it had a split of 90 % to "${LIVE}" and 10 % to "${CANDIDATE}" (version 4).`,
  });
  expect(req.logger.lines).toContain(`Gateway agentcore-dev-front: static route to ${LIVE} (no split).`);
  expect(rollbackSummary(result).join('\n')).toContain(
    `- Traffic through the gateway agentcore-dev-front: static route to ${LIVE} (this run removed a split of 90 % to "${LIVE}" and 10 % to "${CANDIDATE}" (version 4)).`,
  );

  control.resetHistory();
  ssm.resetHistory();
  const again = await rollbackEndpoint(request());
  expect(again).toMatchObject({ outcome: 'unchanged', gateway: { route: `gateway agentcore-dev-front: static route to ${LIVE}`, changed: false } });
  expect(mutatingCalls()).toBe(0);
});

test('live already serves the version, but a split is left: the split is removed under the lease, live does not move', async () => {
  const req = request({ toVersion: '3' });
  const result = await rollbackEndpoint(req);

  expect(aws.moves()).toEqual([]);
  expect(control.commandCalls(UpdateGatewayRuleCommand)).toHaveLength(1);
  expect(gateway.routeOf(ruleId)).toEqual(staticRoute(LIVE)![0]);
  expect(aws.puts()[0]).toBe(LOCK);
  expect(aws.parameters.has(LOCK)).toBe(false);
  expect(result).toMatchObject({ outcome: 'succeeded', changed: false, version: '3', gateway: { changed: true } });
  expect(req.logger.lines).toContain('Endpoint "live" already serves version 3: the version the input "to-version" names. Its gateway route is not on it yet.');
  expect(req.logger.lines.some((line) => line.includes('Nothing to do'))).toBe(false);

  control.resetHistory();
  ssm.resetHistory();
  const again = await rollbackEndpoint(request({ toVersion: '3' }));
  expect(again).toMatchObject({ outcome: 'unchanged', gateway: { changed: false } });
  expect(mutatingCalls()).toBe(0);
});

test('a rule changed by hand to a foreign target goes back to live too, creating the live target if it was deleted', async () => {
  gateway.targets.delete(LIVE);
  gateway.target('someone-elses', 'arn:aws:bedrock-agentcore:us-west-2:111111111111:runtime/other', 'prod');
  gateway.rules.get(ruleId)!.actions = staticRoute('someone-elses');
  const result = await rollbackEndpoint(request({ toVersion: '3' }));

  expect(control.commandCalls(CreateGatewayTargetCommand).map((call) => call.args[0].input.targetConfiguration)).toEqual([{ http: { agentcoreRuntime: { arn: RUNTIME_ARN, qualifier: 'live' } } }]);
  expect(gateway.routeOf(ruleId)).toEqual(staticRoute(LIVE)![0]);
  expect(result.gateway).toMatchObject({ changed: true, was: 'a static route to target "someone-elses"' });
});

test('a gateway that does not exist is a warning saying to run setup-env; live is rolled back all the same', async () => {
  gateway.exists = false;
  const req = request();
  const result = await rollbackEndpoint(req);

  const warning =
    'Gateway "front" (agentcore-dev-front) does not exist in environment "dev" (us-west-2). Run setup-env for this environment to create it. ' +
    "No gateway route was changed; the endpoint's rollback does not depend on it.";
  expect(result).toMatchObject({ outcome: 'succeeded', version: '2', gateway: { warning, changed: false } });
  expect(result.headline).toBe(`Endpoint "live" rolled back to version 2 (was 3). ${warning}`);
  expect(req.logger.lines).toContain(`warning: ${warning}`);
  expect(rollbackSummary(result).join('\n')).toContain(`- ⚠️ ${warning}`);
});

test('no rule yet (no canary has run): nothing is created, and the log says so', async () => {
  gateway.rules.clear();
  const req = request();
  const result = await rollbackEndpoint(req);

  expect(result.gateway).toEqual({ gateway: 'agentcore-dev-front', route: `gateway agentcore-dev-front: no rule for ${RULE_PATH} yet (no canary has run), so it routes nothing to this runtime`, changed: false });
  expect(control.commandCalls(CreateGatewayRuleCommand)).toEqual([]);
  expect(result.headline).toBe('Endpoint "live" rolled back to version 2 (was 3).');
});

test('rolling back another endpoint than live leaves the gateway alone', async () => {
  const result = await rollbackEndpoint(request({ endpoint: 'candidate', toVersion: '3' }));
  expect(result.gateway).toBeUndefined();
  expect(control.commandCalls(UpdateGatewayRuleCommand)).toEqual([]);
  expect(gateway.routeOf(ruleId)).toEqual(split(LIVE, CANDIDATE, 10, '4')![0]);
});

test('cancelled while live moves back: the move lands within the grace time and the split is removed on it too', async () => {
  const controller = new AbortController();
  const req = request({ signal: controller.signal });
  cancelOnSleep(req.clock, controller, () => control.commandCalls(UpdateAgentRuntimeEndpointCommand).length > 0);
  const result = await rollbackEndpoint(req);

  expect(controller.signal.aborted).toBe(true);
  expect(result).toMatchObject({ outcome: 'succeeded', version: '2', gateway: { changed: true } });
  expect(gateway.rules.get(ruleId)).toMatchObject({ status: 'ACTIVE', actions: staticRoute(LIVE) });
});

test('a cancel during the route change finishes it within the grace time', async () => {
  const controller = new AbortController();
  const req = request({ signal: controller.signal });
  cancelOnSleep(req.clock, controller, () => control.commandCalls(UpdateGatewayRuleCommand).length > 0);
  const result = await rollbackEndpoint(req);

  expect(result).toMatchObject({ outcome: 'succeeded', gateway: { changed: true } });
  expect(req.logger.lines).toContain('warning: Cancelled while the gateway route returns to live: finishing that within the grace time.');
  expect(gateway.rules.get(ruleId)).toMatchObject({ status: 'ACTIVE', actions: staticRoute(LIVE) });
});

test('a route that cannot be set fails the rollback, saying live is done and a re-run retries the route', async () => {
  control.on(UpdateGatewayRuleCommand).rejects(awsError('AccessDeniedException', 'not allowed: bedrock-agentcore:UpdateGatewayRule', 403));
  const error = await rollbackEndpoint(request()).catch((e: unknown) => e);

  expect(error).toBeInstanceOf(RollbackFailure);
  expect((error as Error).message).toBe(
    'Endpoint "live" rolled back to version 2 (was 3). But the gateway route of the runtime could not be put on live: ' +
      `Setting the rule of gateway agentcore-dev-front to a static route to target "${LIVE}" failed: AccessDeniedException: not allowed: bedrock-agentcore:UpdateGatewayRule (HTTP 403). ` +
      'Run rollback again: it finds the endpoint done and retries the route.',
  );
  expect((error as RollbackFailure).result).toMatchObject({ outcome: 'failed', version: '2', serving: 'version 2 (READY)' });
  expect(aws.serving('live')).toBe('2');
  expect(aws.parameters.has(LOCK)).toBe(false);
});

test('a gateway that cannot be read fails as a user error naming the call and the permission, before any change', async () => {
  control.on(ListGatewayRulesCommand).rejects(awsError('AccessDeniedException', 'not allowed', 403));
  const error = await rollbackEndpoint(request({ toVersion: '3' })).catch((e: unknown) => e);

  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toBe('Listing the rules of gateway agentcore-dev-front (ListGatewayRules) failed: AccessDeniedException: not allowed (HTTP 403). The deploy role needs bedrock-agentcore:ListGatewayRules.');
  expect(mutatingCalls()).toBe(0);
});
