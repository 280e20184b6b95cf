/**
 * The demo's prod canary: a new version goes to prod by canary through the gateway setup-env
 * made. The first attempt meets the alarm while 10 % of the traffic is on the new version and
 * aborts; the second, with the alarm quiet, goes 10 % → 50 % → live. A watcher reads the
 * gateway's rules through the SDK all along, so the report shows the splits the gateway had.
 */
import { BedrockAgentCoreControlClient, GetAgentRuntimeEndpointCommand, ListGatewayRulesCommand, ListGatewaysCommand } from '@aws-sdk/client-bedrock-agentcore-control';
import type { ActionRun } from '../testing/action-process.js';

export interface CanaryDemo {
  control: BedrockAgentCoreControlClient;
  runtimeId: string;
  /** The gateway's name, as setup-env made it. */
  gateway: string;
  /** Runs promote-endpoint in prod with these inputs. */
  promote: (inputs: Record<string, string>) => Promise<ActionRun>;
  setAlarm: (state: 'ALARM' | 'OK', reason: string) => Promise<unknown>;
  record: (slug: string, title: string, expected: string, outcome: { ok: boolean; observed: string; run?: ActionRun }) => void;
  note: (text: string) => void;
  newWorkflowRun: () => void;
}

/** The share of traffic each rule of the gateway sends to a candidate target, in the order seen; 0 for a static route. */
async function candidateShares(control: BedrockAgentCoreControlClient, gatewayId: string): Promise<number[]> {
  const rules = (await control.send(new ListGatewayRulesCommand({ gatewayIdentifier: gatewayId }))).gatewayRules ?? [];
  return rules.map((rule) => {
    const split = rule.actions?.[0]?.routeToTarget?.weightedRoute?.trafficSplit;
    return split?.find((entry) => entry.name === 'candidate')?.weight ?? 0;
  });
}

/** Watches the gateway while `run` goes, calling `onShare` with each new candidate share seen. */
async function watching<T>(control: BedrockAgentCoreControlClient, gatewayId: string, run: () => Promise<T>, onShare: (share: number) => Promise<void>): Promise<{ value: T; seen: number[] }> {
  const seen: number[] = [];
  let done = false;
  const watcher = (async () => {
    while (!done) {
      const share = Math.max(0, ...(await candidateShares(control, gatewayId)));
      if (share > 0 && seen.at(-1) !== share) {
        seen.push(share);
        await onShare(share);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  try {
    return { value: await run(), seen };
  } finally {
    done = true;
    await watcher;
  }
}

export async function canaryStory(demo: CanaryDemo, version: string, previous: string): Promise<void> {
  const { control, runtimeId } = demo;
  const gateways = (await control.send(new ListGatewaysCommand({}))).items ?? [];
  const gatewayId = gateways.find((g) => g.name === demo.gateway)?.gatewayId;
  if (!gatewayId) throw new Error(`setup-env made no gateway ${demo.gateway} in prod`);
  const live = async () => (await control.send(new GetAgentRuntimeEndpointCommand({ agentRuntimeId: runtimeId, endpointName: 'live' }))).liveVersion ?? '';
  const splitLeft = async () => (await candidateShares(control, gatewayId)).some((share) => share > 0);
  const shown = (seen: number[]) => (seen.length ? seen.map((s) => `${s} %`).join(' → ') : 'none');

  // 1. The alarm fires while 10 % of prod's traffic is on the new version.
  demo.newWorkflowRun();
  let alarmed = false;
  const aborted = await watching(control, gatewayId, () => demo.promote({ version }), async (share) => {
    if (alarmed) return;
    alarmed = true;
    await demo.setAlarm('ALARM', `Demo: error rate above threshold with ${share} % on the canary`);
    demo.note(`gateway ${demo.gateway} sends ${share} % to version ${version}: alarm set to ALARM`);
  });
  const liveAfterAbort = await live();
  const leftAfterAbort = await splitLeft();
  demo.record('canary-prod-alarm', 'promote-endpoint prod (canary, alarm at 10 %)', `aborted at 10 %, 50 % never set, live stays ${previous}, no split left`, {
    ok: aborted.value.code !== 0 && aborted.value.outputs['rolled-back'] === 'true' && aborted.seen.join() === '10' && liveAfterAbort === previous && !leftAfterAbort,
    observed: `exit ${aborted.value.code}, rolled-back ${aborted.value.outputs['rolled-back'] ?? '?'}, splits seen ${shown(aborted.seen)}, live ${liveAfterAbort}, split left ${leftAfterAbort}`,
    run: aborted.value,
  });
  await demo.setAlarm('OK', 'Demo: recovered');

  // 2. The alarm is quiet: the same version goes through every step to live.
  demo.newWorkflowRun();
  const completed = await watching(control, gatewayId, () => demo.promote({ version }), async () => {});
  const liveAfter = await live();
  const leftAfter = await splitLeft();
  demo.record('canary-prod', 'promote-endpoint prod (canary)', `10 % → 50 % → live on ${version}, static route left`, {
    ok: completed.value.code === 0 && completed.seen.join() === '10,50' && liveAfter === version && !leftAfter,
    observed: `exit ${completed.value.code}, splits seen ${shown(completed.seen)}, live ${liveAfter}, split left ${leftAfter}`,
    run: completed.value,
  });
}
