import { z } from 'zod';
import { show } from './messages.js';
import { matching } from './fields.js';

/**
 * global_resources.gateways: AgentCore gateways setup-env creates, one stack per gateway in each
 * environment whose runtimes' canary names it (templates/gateway.yaml).
 */

/** Gateway keys become part of the gateway's name, `agentcore-<env>-<key>`, whose pattern allows letters, digits and single hyphens. */
export const GATEWAY_KEY_PATTERN = /^[a-zA-Z0-9](?:-?[a-zA-Z0-9]){0,47}$/;
/** An existing gateway's id, the API model's GatewayId. */
export const GATEWAY_ID_PATTERN = /^([0-9a-z][-]?){1,100}-[0-9a-z]{10}$/;

export const GatewaySchema = z
  .strictObject({
    description: z.string().min(1).max(200).optional().describe('Gateway description (1-200 characters).'),
    authorizer: z
      .enum(['AWS_IAM', 'NONE'])
      .default('AWS_IAM')
      .describe('Who may call the gateway: AWS_IAM (SigV4-signed callers the account allows) or NONE (anyone who has its URL).'),
  })
  .describe('An AgentCore gateway that splits traffic between a runtime\'s live and candidate endpoints during a canary.');

export const GatewaysSchema = z
  .record(
    matching(GATEWAY_KEY_PATTERN, (value) => `${show(value)} is not a valid gateway key: letters, digits and single hyphens between them, at most 48 characters`),
    GatewaySchema,
  )
  .default(() => ({}))
  .describe('Gateways by key, created in each environment whose runtimes promote by canary through them.');

export function isGatewayId(value: string): boolean {
  return GATEWAY_ID_PATTERN.test(value);
}

export type GatewayConfig = z.output<typeof GatewaySchema>;
