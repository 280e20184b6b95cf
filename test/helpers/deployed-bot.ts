/**
 * Mocked clients answering as AgentCore and SSM do for runtime `bot` of dev (us-west-2) deployed
 * from the config: shared by the drift tests of the check and of the drift-check orchestrator.
 */
import { BedrockAgentCoreControlClient, GetAgentRuntimeCommand, ListAgentRuntimeEndpointsCommand, ListAgentRuntimeVersionsCommand, ListAgentRuntimesCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { GetParameterCommand, GetParametersByPathCommand, GetParametersCommand, SSMClient } from '@aws-sdk/client-ssm';
import { mockClient, type AwsClientStub } from 'aws-sdk-client-mock';
import type { ResolvedEnvironment } from '../../src/core/config/index.js';
import type { LedgerEntry } from '../../src/core/ledger.js';
import { buildDesiredRuntime, runtimeRoleArn } from '../../src/core/runtime/request.js';
import { desiredParameters } from '../../src/core/sync/parameters.js';

/** Mocks of AgentCore's control plane, SSM and CloudFormation, and the us-west-2 clients the check sends through them. */
export function mockDriftClients() {
  return {
    agentcoreMock: mockClient(BedrockAgentCoreControlClient),
    ssmMock: mockClient(SSMClient),
    cfnMock: mockClient(CloudFormationClient),
    clients: {
      agentcore: new BedrockAgentCoreControlClient({ region: 'us-west-2' }),
      ssm: new SSMClient({ region: 'us-west-2' }),
      cloudformation: new CloudFormationClient({ region: 'us-west-2' }),
    },
  };
}

export interface DeployedBot {
  environment: ResolvedEnvironment;
  account: string;
  image: string;
  /** The version GetAgentRuntime reports (the newest). */
  version: string;
  /** As ListAgentRuntimeEndpoints answers. */
  endpoints: object[];
  versions: string[];
  ledger: LedgerEntry[];
  /** More runtimes the account lists besides bot_dev. */
  others?: string[];
  lastUpdatedAt?: Date;
}

export function mockDeployedBot(agentcore: AwsClientStub<BedrockAgentCoreControlClient>, ssm: AwsClientStub<SSMClient>, bot: DeployedBot): void {
  const runtime = bot.environment.agent_runtimes.bot!;
  const desired = buildDesiredRuntime({ runtime, imageUri: bot.image, roleArn: runtimeRoleArn(bot.environment, runtime, bot.account), secretValues: {}, commit: '' });
  agentcore.on(ListAgentRuntimesCommand).resolves({
    agentRuntimes: ['bot_dev', ...(bot.others ?? [])].map((name) => ({
      agentRuntimeName: name,
      agentRuntimeId: `${name}-0123456789`,
      agentRuntimeArn: `arn:aws:bedrock-agentcore:us-west-2:${bot.account}:runtime/${name}-0123456789`,
      agentRuntimeVersion: '1',
      description: '',
      lastUpdatedAt: bot.lastUpdatedAt ?? new Date(),
      status: 'READY',
    })),
  });
  agentcore.on(GetAgentRuntimeCommand).resolves({ ...desired.settings, agentRuntimeVersion: bot.version } as never);
  agentcore.on(ListAgentRuntimeEndpointsCommand).resolves({ runtimeEndpoints: bot.endpoints as never });
  agentcore.on(ListAgentRuntimeVersionsCommand).resolves({ agentRuntimes: bot.versions.map((v) => ({ agentRuntimeVersion: v })) as never });
  const copies = desiredParameters(bot.environment).map((p) => ({ Name: p.name, Value: p.value, Type: 'String' as const }));
  ssm.on(GetParametersCommand).resolves({ Parameters: copies.filter((p) => p.Name === '/agentcore/dev/config') });
  ssm.on(GetParametersByPathCommand).resolves({ Parameters: copies.filter((p) => p.Name !== '/agentcore/dev/config') });
  ssm.on(GetParameterCommand, { Name: '/agentcore/dev/runtimes/bot/ledger' }).resolves({ Parameter: { Value: JSON.stringify({ schema: 1, entries: bot.ledger }) } });
}
