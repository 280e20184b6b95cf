/**
 * gateway-route: the gateway a canary names, the targets of live and candidate, the runtime's
 * rule and its route, set in one call and verified.
 */
import {
  BedrockAgentCoreControlClient,
  CreateGatewayRuleCommand,
  CreateGatewayTargetCommand,
  GetGatewayCommand,
  ListGatewaysCommand,
  UpdateGatewayRuleCommand,
  type GatewayRuleDetail,
} from '@aws-sdk/client-bedrock-agentcore-control';
import { UserError } from '../../../src/core/errors.js';
import { describeRoute, ensureTargets, findGateway, findRouteRule, routeNames, routeOf, setRoute } from '../../../src/core/promotion/gateway-route.js';
import type { RuntimeHandle } from '../../../src/core/promotion/handle.js';
import { FakeClock } from '../../../src/testing/fake-clock.js';
import { RecordingLogger } from '../../../src/testing/recording-logger.js';
import { REGION, RUNTIME_ARN, RUNTIME_ID, RUNTIME_NAME, START, control, loadConfig } from '../ops/runtime-fakes.js';
import { FakeGateway, ruleChanges, split, staticRoute } from '../../helpers/fake-gateway.js';

const NAMES = routeNames('support-bot', 'live', 'candidate');
const gateway = new FakeGateway(control, 'agentcore-dev-main');
const GATEWAY_ID = gateway.id;
const GATEWAY_NAME = gateway.name;
const GATEWAY = { id: GATEWAY_ID, name: GATEWAY_NAME };

function handle(): RuntimeHandle {
  return {
    control: new BedrockAgentCoreControlClient({ region: REGION }),
    environment: 'dev',
    region: REGION,
    runtimeKey: 'support-bot',
    runtimeName: RUNTIME_NAME,
    runtimeId: RUNTIME_ID,
    runtimeArn: RUNTIME_ARN,
    clock: new FakeClock(START),
    logger: new RecordingLogger(),
    timeoutMs: 60_000,
  };
}

const environment = () =>
  loadConfig((json) => {
    json.global_resources.gateways = { main: {} };
  }).environment('dev');

beforeEach(() => {
  control.reset();
  gateway.install();
});

const rule = (actions: GatewayRuleDetail['actions']) => ({ ruleId: 'R1', gatewayArn: 'arn', priority: 100, createdAt: new Date(0), status: 'ACTIVE', actions }) as GatewayRuleDetail;

test('routeNames: targets per endpoint, the path of the runtime key, the rule told by its description', () => {
  expect(NAMES).toEqual({ liveTarget: 'support-bot-live', candidateTarget: 'support-bot-candidate', path: '/support-bot/*', description: 'agentcore-actions route of runtime support-bot' });
});

test('findGateway: a key is the gateway setup-env created (by name, across pages); a missing one says run setup-env', async () => {
  control
    .on(ListGatewaysCommand)
    .resolvesOnce({ items: [{ gatewayId: 'other-abcdefghij', name: 'agentcore-dev-other' } as never], nextToken: 'page2' })
    .resolves({ items: [{ gatewayId: GATEWAY_ID, name: GATEWAY_NAME } as never] });
  await expect(findGateway(new BedrockAgentCoreControlClient({ region: REGION }), environment(), 'main')).resolves.toEqual(GATEWAY);
  expect(control.commandCalls(ListGatewaysCommand)[1]!.args[0].input.nextToken).toBe('page2');

  control.on(ListGatewaysCommand).resolves({ items: [] });
  const missing = await findGateway(new BedrockAgentCoreControlClient({ region: REGION }), environment(), 'main').catch((e: unknown) => e);
  expect(missing).toBeInstanceOf(UserError);
  expect((missing as Error).message).toBe('Gateway "main" (agentcore-dev-main) does not exist in environment "dev" (us-west-2). Run setup-env for this environment to create it.');
});

test('findGateway: an id is read with GetGateway; an unknown id names promotion.canary.gateway', async () => {
  const client = new BedrockAgentCoreControlClient({ region: REGION });
  await expect(findGateway(client, environment(), GATEWAY_ID)).resolves.toEqual(GATEWAY);
  expect(control.commandCalls(GetGatewayCommand)).toHaveLength(1);
  const error = await findGateway(client, environment(), 'nope-0123456789').catch((e: unknown) => e);
  expect((error as Error).message).toBe('Gateway nope-0123456789 does not exist in environment "dev" (us-west-2): check promotion.canary.gateway.');
});

test('ensureTargets: creates the missing target and waits until READY; reuses one that routes to the endpoint', async () => {
  gateway.target(NAMES.liveTarget, RUNTIME_ARN, 'live');
  await ensureTargets(handle(), GATEWAY, { [NAMES.liveTarget]: 'live', [NAMES.candidateTarget]: 'candidate' });

  const created = control.commandCalls(CreateGatewayTargetCommand).map((c) => c.args[0].input);
  expect(created).toEqual([expect.objectContaining({ name: NAMES.candidateTarget, targetConfiguration: { http: { agentcoreRuntime: { arn: RUNTIME_ARN, qualifier: 'candidate' } } } })]);
  expect(gateway.targets.get(NAMES.candidateTarget)?.status).toBe('READY');
});

test('ensureTargets: a target of that name routing elsewhere is refused, naming it', async () => {
  gateway.target(NAMES.liveTarget, RUNTIME_ARN, 'candidate');
  const error = await ensureTargets(handle(), GATEWAY, { [NAMES.liveTarget]: 'live' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toContain(`Target "support-bot-live" of gateway ${GATEWAY_NAME} routes to ${RUNTIME_ARN} at candidate, not endpoint "live"`);
  expect(control.commandCalls(CreateGatewayTargetCommand)).toHaveLength(0);
});

test('routeOf: static, a live/candidate split with its version and run, anything else is not the canary route', () => {
  expect(routeOf(rule(staticRoute(NAMES.liveTarget)), NAMES)).toEqual({ kind: 'static', target: NAMES.liveTarget });
  expect(routeOf(rule(split(NAMES.liveTarget, NAMES.candidateTarget, 10, '4', 'https://x/runs/1')), NAMES)).toEqual({ kind: 'split', candidatePercent: 10, version: '4', run: 'https://x/runs/1' });
  expect(routeOf(rule(split(NAMES.liveTarget, NAMES.candidateTarget, 30)), NAMES)).toEqual({ kind: 'split', candidatePercent: 30 });
  const foreign = [{ routeToTarget: { weightedRoute: { trafficSplit: [{ name: 'a', weight: 50, targetName: 'elsewhere' }, { name: 'b', weight: 50, targetName: NAMES.candidateTarget }] } } }];
  expect(routeOf(rule(foreign), NAMES)).toBeUndefined();
  expect(describeRoute({ kind: 'split', candidatePercent: 10, version: '4' }, NAMES)).toBe('a split of 90 % to "support-bot-live" and 10 % to "support-bot-candidate" (version 4)');
  expect(describeRoute(undefined, NAMES)).toBe('a route agentcore-actions did not set');
});

test('setRoute: creates the rule at the first free priority, then updates it in one call each, waiting until ACTIVE with the route', async () => {
  gateway.seedRule({ description: 'someone else', conditions: [], actions: [] });
  const h = handle();
  const ruleId = await setRoute(h, GATEWAY, NAMES, { kind: 'split', candidatePercent: 10, version: '2' });
  expect(control.commandCalls(CreateGatewayRuleCommand)[0]!.args[0].input).toMatchObject({ priority: 101, description: NAMES.description, conditions: [{ matchPaths: { anyOf: ['/support-bot/*'] } }] });
  expect(gateway.rules.get(ruleId)?.status).toBe('ACTIVE');

  await setRoute(h, GATEWAY, NAMES, { kind: 'static', target: NAMES.liveTarget });
  expect(ruleChanges(control)).toEqual(['split 10', `static ${NAMES.liveTarget}`]);
  expect(routeOf((await findRouteRule(h.control, GATEWAY, NAMES))!, NAMES)).toEqual({ kind: 'static', target: NAMES.liveTarget });

  // Already ACTIVE with that route: no call.
  await setRoute(h, GATEWAY, NAMES, { kind: 'static', target: NAMES.liveTarget });
  expect(control.commandCalls(UpdateGatewayRuleCommand)).toHaveLength(1);
});

test('setRoute: a rule another change replaced while it updated is reported, not taken for done', async () => {
  const ruleId = gateway.rule('support-bot', staticRoute(NAMES.liveTarget));
  gateway.onRuleChange = () => {
    // Someone else's change lands instead of this one.
    queueMicrotask(() => Object.assign(gateway.rules.get(ruleId)!, { actions: split(NAMES.liveTarget, NAMES.candidateTarget, 50) }));
  };
  const error = await setRoute(handle(), GATEWAY, NAMES, { kind: 'split', candidatePercent: 10 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toContain(`Rule ${ruleId} of gateway ${GATEWAY_NAME} did not take the route: it is ACTIVE with a split of 50 %`);
});
