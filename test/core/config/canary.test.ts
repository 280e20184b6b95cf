import { problemsOf } from '../../helpers/config-problems.js';
import { parseConfig } from '../../../src/core/config/index.js';
import { agentConfig, type RuntimeInput } from '../../helpers/configs.js';


const gateways = { gateways: { front: {} } };

function canaryConfig(promotion: NonNullable<NonNullable<RuntimeInput>['promotion']>): string {
  return JSON.stringify(agentConfig({ runtime: { promotion }, global: gateways }), null, 2);
}

describe('promotion.strategy and promotion.canary', () => {
  test('blue-green is the default, and a canary through a declared gateway resolves with its defaults', () => {
    const plain = parseConfig(JSON.stringify(agentConfig()), 'agentcore.json').environment('dev');
    expect(plain.agent_runtimes['support-bot']!.promotion.strategy).toBe('blue-green');
    expect(plain.global_resources.gateways).toEqual({});

    const dev = parseConfig(canaryConfig({ strategy: 'canary', canary: { gateway: 'front', steps: [10, 50] } }), 'agentcore.json').environment('dev');
    expect(dev.agent_runtimes['support-bot']!.promotion.canary).toEqual({ gateway: 'front', steps: [10, 50], step_minutes: 5 });
    expect(dev.global_resources.gateways).toEqual({ front: { authorizer: 'AWS_IAM' } });
  });

  test('an existing gateway id needs no declaration', () => {
    const text = JSON.stringify(agentConfig({ runtime: { promotion: { strategy: 'canary', canary: { gateway: 'shared-abcdef0123', steps: [25] } } } }));
    expect(parseConfig(text, 'agentcore.json').environment('dev').agent_runtimes['support-bot']!.promotion.canary?.gateway).toBe('shared-abcdef0123');
  });

  test('an unknown gateway is refused at its JSON path and line, naming the declared ones', () => {
    expect(problemsOf(canaryConfig({ strategy: 'canary', canary: { gateway: 'back', steps: [10] } }))).toEqual([
      'agentcore.json:14:26 environments.dev.agent_runtimes.support-bot.promotion.canary.gateway: gateway names "back", which is neither a gateway id nor in global_resources.gateways (gateways: front)',
    ]);
  });

  test('steps must increase and lie within 1-99', () => {
    const problems = problemsOf(canaryConfig({ strategy: 'canary', canary: { gateway: 'front', steps: [50, 10, 100] } }));
    expect(problems).toEqual([
      'agentcore.json:17:17 environments.dev.agent_runtimes.support-bot.promotion.canary.steps[1]: steps must increase: 10 follows 50',
      'agentcore.json:18:17 environments.dev.agent_runtimes.support-bot.promotion.canary.steps[2]: expected an integer from 1 to 99, got 100',
    ]);
    expect(problemsOf(canaryConfig({ strategy: 'canary', canary: { gateway: 'front', steps: [50, 10] } }))).toEqual([
      expect.stringMatching(/ environments\.dev\.agent_runtimes\.support-bot\.promotion\.canary\.steps\[1\]: steps must increase: 10 follows 50$/),
    ]);
    expect(problemsOf(canaryConfig({ strategy: 'canary', canary: { gateway: 'front', steps: [] } }))).toEqual([
      expect.stringMatching(/\.promotion\.canary\.steps: expected at least one step, such as \[10, 50\]$/),
    ]);
    expect(problemsOf(canaryConfig({ strategy: 'canary', canary: { gateway: 'front', steps: [0] } }))).toEqual([
      expect.stringMatching(/\.promotion\.canary\.steps\[0\]: expected an integer from 1 to 99, got 0$/),
    ]);
  });

  test('strategy canary without its canary settings, and an unknown strategy, are refused', () => {
    expect(problemsOf(canaryConfig({ strategy: 'canary' }))).toEqual([
      expect.stringMatching(/ environments\.dev\.agent_runtimes\.support-bot\.promotion\.strategy: strategy is "canary", so "canary" with gateway, steps and step_minutes is required$/),
    ]);
    expect(problemsOf(JSON.stringify(agentConfig({ runtime: { promotion: { strategy: 'linear' as 'canary' } } }), null, 2))).toEqual([
      'agentcore.json:12:25 environments.dev.agent_runtimes.support-bot.promotion.strategy: expected one of "blue-green", "canary", got "linear"',
    ]);
  });

  test('a gateway key the gateway name cannot hold is refused', () => {
    const text = JSON.stringify(agentConfig({ global: { gateways: { 'front_door': {} } } }), null, 2);
    expect(problemsOf(text)).toEqual([expect.stringMatching(/ global_resources\.gateways\.front_door: "front_door" is not a valid gateway key/)]);
  });
});
