/**
 * What the demo does outside the pipeline, as people would: what a platform team sets up before
 * the first run (the secret the config references, the alarm promotion watches, the role prod's
 * deploy reads staging through), and the change someone makes by hand in prod.
 */
import { BedrockAgentCoreControlClient, GetAgentRuntimeCommand, UpdateAgentRuntimeCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { CloudWatchClient, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import type { DemoEnvironment } from './pipeline.js';

/** SDK client options that reach the emulator as one environment's account. */
export type ClientConfig = (env: DemoEnvironment) => {
  endpoint: string;
  region: string;
  maxAttempts: number;
  credentials: { accessKeyId: string; secretAccessKey: string };
};

export interface PlatformSetup {
  secret: string;
  alarm: string;
  /** The role in `readFrom`'s account that `readBy`'s deploy assumes (from-role-arn). */
  readerRole: { name: string; readFrom: DemoEnvironment; readBy: DemoEnvironment };
}

/** Seeds every environment's secret and alarm, and creates the reader role; returns its ARN. */
export async function setUpPlatform(clientConfig: ClientConfig, environments: DemoEnvironment[], setup: PlatformSetup): Promise<string> {
  for (const env of environments) {
    await new SSMClient(clientConfig(env)).send(new PutParameterCommand({ Name: setup.secret, Type: 'SecureString', Value: `demo-key-${env.name}`, Overwrite: true }));
    await new CloudWatchClient(clientConfig(env)).send(
      new PutMetricAlarmCommand({
        AlarmName: setup.alarm,
        MetricName: 'Errors',
        Namespace: 'AgentCore/Demo',
        Statistic: 'Sum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      }),
    );
  }
  const { name, readFrom, readBy } = setup.readerRole;
  // Its trust policy names the reading account, as STS checks it on AssumeRole.
  const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${readBy.account}:root` }, Action: 'sts:AssumeRole' }] };
  const created = await new IAMClient(clientConfig(readFrom)).send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: JSON.stringify(trust) }));
  return created.Role?.Arn ?? `arn:aws:iam::${readFrom.account}:role/${name}`;
}

/** UpdateAgentRuntime by hand: the runtime's configuration with one environment variable changed. */
export async function changeVariableByHand(control: BedrockAgentCoreControlClient, agentRuntimeId: string, name: string, value: string): Promise<string> {
  const current = await control.send(new GetAgentRuntimeCommand({ agentRuntimeId }));
  await control.send(
    new UpdateAgentRuntimeCommand({
      agentRuntimeId,
      agentRuntimeArtifact: current.agentRuntimeArtifact,
      roleArn: current.roleArn,
      networkConfiguration: current.networkConfiguration,
      ...(current.description !== undefined ? { description: current.description } : {}),
      ...(current.authorizerConfiguration ? { authorizerConfiguration: current.authorizerConfiguration } : {}),
      ...(current.protocolConfiguration ? { protocolConfiguration: current.protocolConfiguration } : {}),
      ...(current.lifecycleConfiguration ? { lifecycleConfiguration: current.lifecycleConfiguration } : {}),
      environmentVariables: { ...current.environmentVariables, [name]: value },
    }),
  );
  return current.agentRuntimeName ?? agentRuntimeId;
}

/** The three environments of examples/agentcore.json. */
export function demoEnvironments(config: { environments: Record<string, { region?: string; account_id?: string }> }): DemoEnvironment[] {
  return ['dev', 'staging', 'prod'].map((name) => {
    const environment = config.environments[name];
    if (!environment?.region || !environment.account_id) throw new Error(`examples/agentcore.json: environment "${name}" needs region and account_id for the demo`);
    return { name, region: environment.region, account: environment.account_id };
  });
}
