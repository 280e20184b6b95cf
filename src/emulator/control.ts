import type { EmuContext, ServiceModule } from './types.js';
import type { FaultRule } from './state.js';

type ControlRoute = (body: unknown, ctx: EmuContext, query: URLSearchParams) => unknown;

const FAULT_KINDS = ['throttle', 'error500', 'drop', 'latency'] as const;

/** The /_emulator/ API: health, state, reset, faults, settings, plus each service's own routes. */
export function controlRoutes(modules: ServiceModule[]): Record<string, ControlRoute> {
  const routes: Record<string, ControlRoute> = {
    'GET health': () => ({ status: 'ok', services: modules.map((m) => m.name) }),
    'GET state': (_body, ctx) => ctx.state.toJSON(),
    'GET requests': (_body, ctx, query) => {
      const service = query.get('service');
      return service ? ctx.state.requests.filter((r) => r.service === service) : ctx.state.requests;
    },
    'DELETE requests': (_body, ctx) => {
      ctx.state.requests = [];
    },
    'POST reset': (_body, ctx) => {
      ctx.state.reset();
    },
    'POST faults': (body, ctx) => {
      const rule = body as Partial<FaultRule>;
      if (!rule || typeof rule.service !== 'string') throw new Error('a fault needs "service" (or "*")');
      if (!FAULT_KINDS.includes(rule.kind as (typeof FAULT_KINDS)[number])) {
        throw new Error(`a fault needs "kind", one of ${FAULT_KINDS.join(', ')}`);
      }
      return ctx.state.addFault({
        service: rule.service,
        kind: rule.kind!,
        ...(rule.operation !== undefined ? { operation: rule.operation } : {}),
        ...(rule.rate !== undefined ? { rate: rule.rate } : {}),
        ...(rule.count !== undefined ? { count: rule.count } : {}),
        ...(rule.latencyMs !== undefined ? { latencyMs: rule.latencyMs } : {}),
      });
    },
    'GET faults': (_body, ctx) => ctx.state.faults,
    'DELETE faults': (_body, ctx) => {
      ctx.state.faults = [];
    },
    'POST settings': (body, ctx) => {
      const settings = body as { provisioningDelayMs?: unknown; gatewaySeed?: unknown };
      const seed = settings?.gatewaySeed;
      if (seed !== undefined && (typeof seed !== 'number' || !Number.isSafeInteger(seed))) throw new Error('"gatewaySeed" must be a whole number');
      if (seed === undefined || settings.provisioningDelayMs !== undefined) {
        if (typeof settings?.provisioningDelayMs !== 'number' || settings.provisioningDelayMs < 0) {
          throw new Error('settings need "provisioningDelayMs", a number of milliseconds >= 0');
        }
        ctx.state.settings.provisioningDelayMs = settings.provisioningDelayMs;
      }
      if (seed !== undefined) {
        ctx.state.settings.gatewaySeed = seed;
        ctx.state.gatewayDraws = 0;
      }
      return ctx.state.settings;
    },
    'GET settings': (_body, ctx) => ctx.state.settings,
    // The agent processes running now, one per runtime session.
    'GET agents': (_body, ctx) => ctx.agents?.list() ?? [],
  };
  for (const module of modules) {
    for (const [key, handler] of Object.entries(module.control ?? {})) routes[key] = handler;
  }
  return routes;
}
