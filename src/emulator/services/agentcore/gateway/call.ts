import type { EmuContext, EmuRequest } from '../../../types.js';
import { open, type Call } from '../calls.js';
import { gatewayData, type GatewayData } from './store.js';

/** One gateway request's view: the runtime plane's Call (for idempotency) plus the scope's gateways. */
export interface GatewayCall extends Call {
  gateways: GatewayData;
  baseUrl: string;
}

export function openGateway(req: EmuRequest, ctx: EmuContext): GatewayCall {
  const call = open(req, ctx);
  return { ...call, gateways: gatewayData(ctx.state, req.account, req.region, call.now), baseUrl: ctx.baseUrl };
}
