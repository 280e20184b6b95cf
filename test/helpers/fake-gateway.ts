/**
 * An in-memory AgentCore gateway on an aws-sdk-client-mock of the control client, for the unit
 * tests of rollback and drift-check with a canary: one gateway, its targets and rules. A rule
 * changed by Create/UpdateGatewayRule is CREATING/UPDATING until the next GetGatewayRule, then
 * ACTIVE, as AgentCore reports a change only after it has provisioned it.
 */
import {
  CreateGatewayRuleCommand,
  CreateGatewayTargetCommand,
  GetGatewayCommand,
  GetGatewayRuleCommand,
  GetGatewayTargetCommand,
  ListGatewayRulesCommand,
  ListGatewayTargetsCommand,
  ListGatewaysCommand,
  UpdateGatewayRuleCommand,
  type BedrockAgentCoreControlClient,
  type GatewayRuleDetail,
  type GetGatewayTargetResponse,
} from '@aws-sdk/client-bedrock-agentcore-control';
import type { AwsClientStub } from 'aws-sdk-client-mock';

const NOT_FOUND = (what: string) => Object.assign(new Error(`${what} not found.`), { name: 'ResourceNotFoundException', $fault: 'client', $metadata: { httpStatusCode: 404 } });

export const GATEWAY_ID = 'agentcore-dev-front-abcdefghij';

export class FakeGateway {
  /** Set false for a gateway that does not exist (setup-env not run). */
  exists = true;
  readonly targets = new Map<string, GetGatewayTargetResponse>();
  readonly rules = new Map<string, GatewayRuleDetail & { settling?: boolean }>();

  constructor(
    private readonly control: AwsClientStub<BedrockAgentCoreControlClient>,
    readonly name = 'agentcore-dev-front',
  ) {}

  /** Installs the handlers (after the control mock's reset). */
  install(): void {
    const { control } = this;
    this.exists = true;
    this.targets.clear();
    this.rules.clear();
    control.on(ListGatewaysCommand).callsFake(async () => ({ items: this.exists ? [{ gatewayId: GATEWAY_ID, name: this.name, status: 'READY' }] : [] }));
    control.on(GetGatewayCommand).callsFake(async (input: { gatewayIdentifier: string }) => {
      if (!this.exists || input.gatewayIdentifier !== GATEWAY_ID) throw NOT_FOUND(`Gateway ${input.gatewayIdentifier}`);
      return { gatewayId: GATEWAY_ID, name: this.name, status: 'READY' };
    });
    control.on(ListGatewayTargetsCommand).callsFake(async () => ({ items: [...this.targets.values()].map((t) => ({ targetId: t.targetId, name: t.name, status: t.status })) }));
    control.on(GetGatewayTargetCommand).callsFake(async (input: { targetId: string }) => {
      const found = [...this.targets.values()].find((t) => t.targetId === input.targetId);
      if (!found) throw NOT_FOUND(`Target ${input.targetId}`);
      return structuredClone(found);
    });
    control.on(CreateGatewayTargetCommand).callsFake(async (input: { name: string; targetConfiguration: GetGatewayTargetResponse['targetConfiguration'] }) => {
      this.target(input.name, input.targetConfiguration!.http!.agentcoreRuntime!.arn!, input.targetConfiguration!.http!.agentcoreRuntime!.qualifier!);
      return { targetId: `t-${input.name}`, status: 'READY' };
    });
    control.on(ListGatewayRulesCommand).callsFake(async () => ({ gatewayRules: [...this.rules.values()].map(({ settling: _settling, ...rule }) => structuredClone(rule)) }));
    control.on(GetGatewayRuleCommand).callsFake(async (input: { ruleId: string }) => {
      const rule = this.rules.get(input.ruleId);
      if (!rule) throw NOT_FOUND(`Rule ${input.ruleId}`);
      if (rule.settling) rule.settling = false;
      else rule.status = 'ACTIVE';
      const { settling: _settling, ...shown } = rule;
      return structuredClone(shown);
    });
    control.on(UpdateGatewayRuleCommand).callsFake(async (input: Pick<GatewayRuleDetail, 'ruleId' | 'actions' | 'conditions'>) => {
      const rule = this.rules.get(input.ruleId!);
      if (!rule) throw NOT_FOUND(`Rule ${input.ruleId}`);
      Object.assign(rule, { actions: input.actions, ...(input.conditions ? { conditions: input.conditions } : {}), status: 'UPDATING', settling: true });
      return { ruleId: rule.ruleId, status: 'UPDATING' };
    });
    control.on(CreateGatewayRuleCommand).callsFake(async (input: Pick<GatewayRuleDetail, 'priority' | 'description' | 'actions' | 'conditions'>) => {
      const ruleId = `rule-${this.rules.size + 1}`;
      this.rules.set(ruleId, { ...structuredClone(input), ruleId, gatewayArn: `arn:gateway/${GATEWAY_ID}`, createdAt: new Date(0), status: 'CREATING', settling: true });
      return { ruleId, status: 'CREATING' };
    });
  }

  /** A READY http.agentcoreRuntime target. */
  target(name: string, arn: string, qualifier: string): void {
    this.targets.set(name, { targetId: `t-${name}`, name, status: 'READY', targetConfiguration: { http: { agentcoreRuntime: { arn, qualifier } } } } as GetGatewayTargetResponse);
  }

  /** An ACTIVE rule as a canary leaves it: `/<key>/*`, with the canary's description. */
  rule(runtimeKey: string, route: GatewayRuleDetail['actions'], conditions: GatewayRuleDetail['conditions'] = [{ matchPaths: { anyOf: [`/${runtimeKey}/*`] } }]): string {
    const ruleId = `rule-${this.rules.size + 1}`;
    this.rules.set(ruleId, {
      ruleId,
      gatewayArn: `arn:gateway/${GATEWAY_ID}`,
      priority: 100 + this.rules.size,
      description: `agentcore-actions route of runtime ${runtimeKey}`,
      conditions,
      actions: route,
      createdAt: new Date(0),
      status: 'ACTIVE',
    });
    return ruleId;
  }

  /** The route of the one rule, as the last Get or List would show it. */
  routeOf(ruleId: string): unknown {
    return this.rules.get(ruleId)?.actions?.[0];
  }
}

/** A rule action: the split a canary step sets. */
export function split(live: string, candidate: string, percent: number, version?: string): GatewayRuleDetail['actions'] {
  return [
    {
      routeToTarget: {
        weightedRoute: {
          trafficSplit: [
            { name: 'live', weight: 100 - percent, targetName: live },
            { name: 'candidate', weight: percent, targetName: candidate, ...(version ? { metadata: { version } } : {}) },
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
