/**
 * An in-memory AgentCore gateway on the mocked control client: gateways, targets (READY after one
 * poll) and rules (UPDATING for one GetGatewayRule after a change, then ACTIVE), enough for the
 * canary and gateway-route tests.
 */
import {
  CreateGatewayRuleCommand,
  CreateGatewayTargetCommand,
  GetGatewayCommand,
  GetGatewayRuleCommand,
  GetGatewayTargetCommand,
  ListGatewayRulesCommand,
  ListGatewaysCommand,
  ListGatewayTargetsCommand,
  UpdateGatewayRuleCommand,
  type ServiceInputTypes,
  type ServiceOutputTypes,
  type BedrockAgentCoreControlClientResolvedConfig,
  type GatewayRuleDetail,
  type GetGatewayTargetResponse,
} from '@aws-sdk/client-bedrock-agentcore-control';
import type { AwsStub } from 'aws-sdk-client-mock';

type ControlMock = AwsStub<ServiceInputTypes, ServiceOutputTypes, BedrockAgentCoreControlClientResolvedConfig>;

export const GATEWAY_ID = 'agentcore-dev-main-abcdefghij';
export const GATEWAY_NAME = 'agentcore-dev-main';

function notFound(what: string): Error {
  return Object.assign(new Error(`${what} not found`), { name: 'ResourceNotFoundException', $fault: 'client', $metadata: { httpStatusCode: 404 } });
}

/** Handlers answer with promises, as the SDK does: the code under test chains .catch on send. */
export class FakeGateway {
  readonly targets = new Map<string, GetGatewayTargetResponse & { polls: number }>();
  readonly rules = new Map<string, GatewayRuleDetail & { polls: number }>();
  /** Called on each UpdateGatewayRule, before it is applied (a test aborts or fires an alarm there). */
  onRuleChange?: (input: GatewayRuleDetail) => void;
  private nextRule = 1;

  install(control: ControlMock): void {
    control.on(ListGatewaysCommand).resolves({ items: [{ gatewayId: GATEWAY_ID, name: GATEWAY_NAME, status: 'READY' } as never] });
    control.on(GetGatewayCommand).callsFake(async (input: { gatewayIdentifier: string }) => {
      if (input.gatewayIdentifier !== GATEWAY_ID) throw notFound(`Gateway ${input.gatewayIdentifier}`);
      return { gatewayId: GATEWAY_ID, name: GATEWAY_NAME };
    });
    control.on(ListGatewayTargetsCommand).callsFake(async () => ({ items: [...this.targets.values()].map((t) => ({ targetId: t.targetId, name: t.name, status: t.status })) }));
    control.on(GetGatewayTargetCommand).callsFake(async (input: { targetId: string }) => {
      const target = [...this.targets.values()].find((t) => t.targetId === input.targetId);
      if (!target) throw notFound(`Target ${input.targetId}`);
      if (target.polls > 0) target.polls--;
      else target.status = 'READY';
      const { polls: _polls, ...shown } = target;
      return structuredClone(shown);
    });
    control.on(CreateGatewayTargetCommand).callsFake(async (input: { name: string; targetConfiguration: GetGatewayTargetResponse['targetConfiguration'] }) => {
      const targetId = `T${this.targets.size + 1}`.padEnd(10, '0');
      this.targets.set(input.name, { targetId, name: input.name, status: 'CREATING', targetConfiguration: input.targetConfiguration, polls: 1 } as never);
      return { targetId, name: input.name, status: 'CREATING' };
    });
    control.on(ListGatewayRulesCommand).callsFake(async () => ({ gatewayRules: [...this.rules.values()].map((r) => this.shown(r)) }));
    control.on(GetGatewayRuleCommand).callsFake(async (input: { ruleId: string }) => {
      const rule = this.rules.get(input.ruleId);
      if (!rule) throw notFound(`Rule ${input.ruleId}`);
      if (rule.polls > 0) rule.polls--;
      else rule.status = 'ACTIVE';
      return this.shown(rule);
    });
    control.on(CreateGatewayRuleCommand).callsFake(async (input: GatewayRuleDetail) => {
      const ruleId = `R${this.nextRule++}`.padEnd(10, '0');
      this.rules.set(ruleId, { ...structuredClone(input), ruleId, status: 'CREATING', polls: 1 });
      return { ruleId, status: 'CREATING' };
    });
    control.on(UpdateGatewayRuleCommand).callsFake(async (input: GatewayRuleDetail) => {
      const rule = this.rules.get(input.ruleId!);
      if (!rule) throw notFound(`Rule ${input.ruleId}`);
      this.onRuleChange?.(input);
      Object.assign(rule, { actions: structuredClone(input.actions), conditions: structuredClone(input.conditions), status: 'UPDATING', polls: 1 });
      return { ruleId: rule.ruleId, status: 'UPDATING' };
    });
  }

  /** A target that exists already. */
  seedTarget(name: string, arn: string, qualifier: string): void {
    const targetId = `S${this.targets.size + 1}`.padEnd(10, '0');
    this.targets.set(name, { targetId, name, status: 'READY', targetConfiguration: { http: { agentcoreRuntime: { arn, qualifier } } }, polls: 0 } as never);
  }

  /** A rule that exists already, ACTIVE. */
  seedRule(rule: Pick<GatewayRuleDetail, 'description' | 'conditions' | 'actions'>): string {
    const ruleId = `R${this.nextRule++}`.padEnd(10, '0');
    this.rules.set(ruleId, { ...structuredClone(rule), priority: 100, gatewayArn: `arn:gateway/${GATEWAY_ID}`, createdAt: new Date(0), ruleId, status: 'ACTIVE', polls: 0 });
    return ruleId;
  }

  private shown(rule: GatewayRuleDetail & { polls: number }): GatewayRuleDetail {
    const { polls: _polls, ...shown } = rule;
    return structuredClone(shown);
  }
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
