/**
 * An in-memory AgentCore gateway on an aws-sdk-client-mock of the control client, for the unit
 * tests of the canary, its gateway route, rollback and drift-check: one gateway, its targets and
 * rules. A target created is CREATING until the next GetGatewayTarget, then READY; a rule changed
 * by Create/UpdateGatewayRule is CREATING/UPDATING until the next GetGatewayRule, then ACTIVE, as
 * AgentCore reports a change only after it has provisioned it.
 */
import { CreateGatewayRuleCommand, CreateGatewayTargetCommand, GetGatewayCommand, GetGatewayRuleCommand, GetGatewayTargetCommand, ListGatewayRulesCommand, ListGatewayTargetsCommand, ListGatewaysCommand, UpdateGatewayRuleCommand, type BedrockAgentCoreControlClient, type GatewayRuleDetail, type GetGatewayTargetResponse } from '@aws-sdk/client-bedrock-agentcore-control';
import type { AwsClientStub } from 'aws-sdk-client-mock';

type ControlMock = AwsClientStub<BedrockAgentCoreControlClient>;

const NOT_FOUND = (what: string) => Object.assign(new Error(`${what} not found.`), { name: 'ResourceNotFoundException', $fault: 'client', $metadata: { httpStatusCode: 404 } });

/** The id of gateway agentcore-dev-front, the default name. */
export const GATEWAY_ID = 'agentcore-dev-front-abcdefghij';

/** What a change leaves to settle: the Get calls that still show it in progress. */
type Settling = { polls: number };

export class FakeGateway {
  /** Set false for a gateway that does not exist (setup-env not run). */
  exists = true;
  readonly targets = new Map<string, GetGatewayTargetResponse & Settling>();
  readonly rules = new Map<string, GatewayRuleDetail & Settling>();
  /** Called on each UpdateGatewayRule, before it is applied (a test aborts or changes the rule there). */
  onRuleChange?: (input: GatewayRuleDetail) => void;
  /** As setup-env names it: `<name>-<suffix>`. */
  readonly id: string;
  private nextRule = 1;

  constructor(
    private readonly control: ControlMock,
    readonly name = 'agentcore-dev-front',
  ) {
    this.id = `${name}-abcdefghij`;
  }

  /** Installs the handlers (after the control mock's reset) on an empty gateway that exists. */
  install(): void {
    const { control } = this;
    this.exists = true;
    this.targets.clear();
    this.rules.clear();
    this.nextRule = 1;
    this.onRuleChange = undefined;
    control.on(ListGatewaysCommand).callsFake(async () => ({ items: this.exists ? [{ gatewayId: this.id, name: this.name, status: 'READY' }] : [] }));
    control.on(GetGatewayCommand).callsFake(async (input: { gatewayIdentifier: string }) => {
      if (!this.exists || input.gatewayIdentifier !== this.id) throw NOT_FOUND(`Gateway ${input.gatewayIdentifier}`);
      return { gatewayId: this.id, name: this.name, status: 'READY' };
    });
    control.on(ListGatewayTargetsCommand).callsFake(async () => ({ items: [...this.targets.values()].map((t) => ({ targetId: t.targetId, name: t.name, status: t.status })) }));
    control.on(GetGatewayTargetCommand).callsFake(async (input: { targetId: string }) => {
      const target = [...this.targets.values()].find((t) => t.targetId === input.targetId);
      if (!target) throw NOT_FOUND(`Target ${input.targetId}`);
      if (target.polls > 0) target.polls--;
      else target.status = 'READY';
      return shown(target);
    });
    control.on(CreateGatewayTargetCommand).callsFake(async (input: { name: string; targetConfiguration: GetGatewayTargetResponse['targetConfiguration'] }) => {
      const targetId = `t-${input.name}`;
      this.targets.set(input.name, { targetId, name: input.name, status: 'CREATING', targetConfiguration: structuredClone(input.targetConfiguration), polls: 1 } as GetGatewayTargetResponse & Settling);
      return { targetId, name: input.name, status: 'CREATING' };
    });
    control.on(ListGatewayRulesCommand).callsFake(async () => ({ gatewayRules: [...this.rules.values()].map(shown) }));
    control.on(GetGatewayRuleCommand).callsFake(async (input: { ruleId: string }) => {
      const rule = this.rules.get(input.ruleId);
      if (!rule) throw NOT_FOUND(`Rule ${input.ruleId}`);
      if (rule.polls > 0) rule.polls--;
      else rule.status = 'ACTIVE';
      return shown(rule);
    });
    control.on(UpdateGatewayRuleCommand).callsFake(async (input: GatewayRuleDetail) => {
      const rule = this.rules.get(input.ruleId!);
      if (!rule) throw NOT_FOUND(`Rule ${input.ruleId}`);
      this.onRuleChange?.(input);
      Object.assign(rule, { actions: structuredClone(input.actions), ...(input.conditions ? { conditions: structuredClone(input.conditions) } : {}), status: 'UPDATING', polls: 1 });
      return { ruleId: rule.ruleId, status: 'UPDATING' };
    });
    control.on(CreateGatewayRuleCommand).callsFake(async (input: Pick<GatewayRuleDetail, 'priority' | 'description' | 'actions' | 'conditions'>) => {
      const ruleId = this.seedRule(input, 'CREATING');
      return { ruleId, status: 'CREATING' };
    });
  }

  /** A READY http.agentcoreRuntime target. */
  target(name: string, arn: string, qualifier: string): void {
    this.targets.set(name, { targetId: `t-${name}`, name, status: 'READY', targetConfiguration: { http: { agentcoreRuntime: { arn, qualifier } } }, polls: 0 } as GetGatewayTargetResponse & Settling);
  }

  /** A rule that exists already (ACTIVE), or one a Create call made; priority 100 unless given. Returns its id. */
  seedRule(rule: Pick<GatewayRuleDetail, 'description' | 'conditions' | 'actions'> & Partial<Pick<GatewayRuleDetail, 'priority'>>, status: 'ACTIVE' | 'CREATING' = 'ACTIVE'): string {
    const ruleId = `rule-${this.nextRule++}`;
    this.rules.set(ruleId, { ...structuredClone(rule), priority: rule.priority ?? 100, ruleId, gatewayArn: `arn:gateway/${this.id}`, createdAt: new Date(0), status, polls: status === 'ACTIVE' ? 0 : 1 });
    return ruleId;
  }

  /** An ACTIVE rule as a canary leaves it: `/<key>/*`, with the canary's description. */
  rule(runtimeKey: string, route: GatewayRuleDetail['actions'], conditions: GatewayRuleDetail['conditions'] = [{ matchPaths: { anyOf: [`/${runtimeKey}/*`] } }]): string {
    return this.seedRule({ priority: 100 + this.rules.size, description: `agentcore-actions route of runtime ${runtimeKey}`, conditions, actions: route });
  }

  /** The route of the one rule, as the last Get or List would show it. */
  routeOf(ruleId: string): unknown {
    return this.rules.get(ruleId)?.actions?.[0];
  }
}

/** A copy without the fake's bookkeeping, as AgentCore answers. */
function shown<T extends Settling>(item: T): Omit<T, 'polls'> {
  const { polls: _polls, ...rest } = item;
  return structuredClone(rest);
}

/** A rule action: the split a canary step sets; the candidate entry carries the version and run it names. */
export function split(live: string, candidate: string, percent: number, version?: string, run?: string): GatewayRuleDetail['actions'] {
  const metadata = { ...(version ? { version } : {}), ...(run ? { run } : {}) };
  return [
    {
      routeToTarget: {
        weightedRoute: {
          trafficSplit: [
            { name: 'live', weight: 100 - percent, targetName: live },
            { name: 'candidate', weight: percent, targetName: candidate, ...(Object.keys(metadata).length ? { metadata } : {}) },
          ],
        },
      },
    },
  ];
}

/** A rule action: all traffic to one target. */
export function staticRoute(target: string): GatewayRuleDetail['actions'] {
  return [{ routeToTarget: { staticRoute: { targetName: target } } }];
}

/** What each UpdateGatewayRule/CreateGatewayRule call set, as `split 10` / `static <target>`. */
export function ruleChanges(control: ControlMock): string[] {
  return control.calls().flatMap(({ args: [command] }) => {
    if (!(command instanceof UpdateGatewayRuleCommand) && !(command instanceof CreateGatewayRuleCommand)) return [];
    const route = command.input.actions?.[0]?.routeToTarget;
    if (route?.staticRoute) return [`static ${route.staticRoute.targetName}`];
    const candidate = route?.weightedRoute?.trafficSplit?.find((entry) => entry.name === 'candidate');
    return [`split ${candidate?.weight}`];
  });
}
