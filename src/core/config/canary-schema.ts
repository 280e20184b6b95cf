import { z } from 'zod';
import { show } from './messages.js';
import { intIn, minutesIn } from './fields.js';

/** promotion.strategy and promotion.canary: traffic shifted to the new version in steps through an AgentCore gateway. */

export const PromotionStrategy = z
  .enum(['blue-green', 'canary'])
  .default('blue-green')
  .describe('blue-green moves live in one step after the smoke test; canary first shifts a share of traffic to the candidate through a gateway, step by step.');

export const MAX_CANARY_STEPS = 10;

export const CanarySchema = z
  .strictObject({
    gateway: z.string().min(1).describe('Key in global_resources.gateways, or the id of an existing gateway.'),
    steps: z
      .array(intIn(1, 99))
      .min(1, { error: 'expected at least one step, such as [10, 50]' })
      .max(MAX_CANARY_STEPS, { error: `expected at most ${MAX_CANARY_STEPS} steps` })
      .superRefine((steps, ctx) => {
        steps.forEach((step, index) => {
          const before = steps[index - 1];
          if (index > 0 && before !== undefined && step <= before) {
            ctx.addIssue({ code: 'custom', path: [index], message: `steps must increase: ${show(step)} follows ${show(before)}` });
          }
        });
      })
      .describe('Percentages of traffic sent to the new version, increasing, each from 1 to 99, such as [10, 50].'),
    step_minutes: minutesIn(0, 1440).default(5).describe('Minutes each step bakes on the alarms before the next (fractions allowed).'),
  })
  .describe('Canary through an AgentCore gateway: each step splits traffic between the live and candidate endpoints.');

export type CanaryConfig = z.output<typeof CanarySchema>;
export type Strategy = z.output<typeof PromotionStrategy>;
