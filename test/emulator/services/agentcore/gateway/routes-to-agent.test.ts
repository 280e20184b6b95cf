/**
 * A gateway's weighted route in front of the real example agent: two versions of one runtime
 * (told apart by the PROMPT_STYLE the agent shows), endpoints `live` and `candidate`, and a
 * 30 % split with a fixed seed, counted by what the agent processes answer.
 */
import {
  BedrockAgentCoreControlClient,
  CreateAgentRuntimeCommand,
  CreateAgentRuntimeEndpointCommand,
  CreateGatewayCommand,
  CreateGatewayRuleCommand,
  CreateGatewayTargetCommand,
  UpdateAgentRuntimeCommand,
} from '@aws-sdk/client-bedrock-agentcore-control';
import { resolve } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../../../../src/emulator/server.js';
import { exampleAgentImage } from '../../../../../src/testing/example-agent.js';
import { pushImage } from '../../../../helpers/agent-image.js';
import { clientOptions, control } from '../../../../helpers/emulator.js';
import { ROLE_ARN, signedFetch } from '../fixtures.js';

const WHERE = { account: '000000000000', region: 'us-east-1' };
const agentDir = resolve(import.meta.dirname, '..', '..', '..', '..', '..', 'examples', 'agent');
const SESSION = 'a-gateway-session-id-long-enough-000001';

let emulator: RunningEmulator;
let client: BedrockAgentCoreControlClient;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, agents: { startTimeoutMs: 10_000 } });
  client = new BedrockAgentCoreControlClient(clientOptions(emulator, WHERE.account, WHERE.region));
});
afterAll(async () => {
  client.destroy();
  await emulator.stop();
});

test('a 30 % weighted route sends about 30 % of 200 invocations to the candidate version, as its agent answers', async () => {
  const image = await pushImage(emulator, WHERE, 'example-agent', await exampleAgentImage(agentDir), 'v1');
  const config = (style: string) => ({
    agentRuntimeArtifact: { containerConfiguration: { containerUri: image } },
    roleArn: ROLE_ARN,
    networkConfiguration: { networkMode: 'PUBLIC' as const },
    environmentVariables: { PROMPT_STYLE: style },
  });
  const runtime = await client.send(new CreateAgentRuntimeCommand({ agentRuntimeName: 'example_agent', ...config('old') }));
  const id = runtime.agentRuntimeId!;
  await client.send(new UpdateAgentRuntimeCommand({ agentRuntimeId: id, ...config('new') }));
  await client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'live', agentRuntimeVersion: '1' }));
  await client.send(new CreateAgentRuntimeEndpointCommand({ agentRuntimeId: id, name: 'candidate', agentRuntimeVersion: '2' }));

  const gateway = (await client.send(new CreateGatewayCommand({ name: 'prod-gw', roleArn: ROLE_ARN, authorizerType: 'AWS_IAM' }))).gatewayId!;
  for (const [name, qualifier] of [
    ['live', 'live'],
    ['candidate', 'candidate'],
  ] as const) {
    await client.send(new CreateGatewayTargetCommand({ gatewayIdentifier: gateway, name, targetConfiguration: { http: { agentcoreRuntime: { arn: runtime.agentRuntimeArn!, qualifier } } } }));
  }
  await client.send(
    new CreateGatewayRuleCommand({
      gatewayIdentifier: gateway,
      priority: 1,
      actions: [
        {
          routeToTarget: {
            weightedRoute: {
              trafficSplit: [
                { name: 'stable', targetName: 'live', weight: 70 },
                { name: 'canary', targetName: 'candidate', weight: 30 },
              ],
            },
          },
        },
      ],
    }),
  );
  await control(emulator, 'POST', 'settings', { gatewaySeed: 2026 });

  const styles: Record<string, number> = {};
  for (let i = 0; i < 200; i++) {
    const response = await signedFetch(emulator, 'POST', `/gateway/${gateway}/invocations`, {
      body: JSON.stringify({ prompt: `hello ${i}` }),
      headers: { 'content-type': 'application/json', 'x-amzn-bedrock-agentcore-runtime-session-id': SESSION },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { response: string; env: { PROMPT_STYLE?: string } };
    expect(body.response).toBe(`You said: hello ${i}`);
    const style = body.env.PROMPT_STYLE ?? 'none';
    styles[style] = (styles[style] ?? 0) + 1;
  }
  expect(Object.keys(styles).sort()).toEqual(['new', 'old']);
  expect(styles.new! + styles.old!).toBe(200);
  // 30 % of 200 is 60; the seed makes the count fixed, the bounds say it is about right.
  expect(styles.new).toBeGreaterThanOrEqual(45);
  expect(styles.new).toBeLessThanOrEqual(75);
  // One agent process per version for the session: both versions really answered.
  expect((await control<unknown[]>(emulator, 'GET', 'agents')).length).toBe(2);
}, 60_000);
