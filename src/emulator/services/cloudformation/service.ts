import type { ServiceModule } from '../../types.js';
import { queryRouter } from '../../protocols/query-rpc.js';
import { failureRules } from './engine/failures.js';
import { changeSetHandlers } from './api/change-sets.js';
import { stackHandlers } from './api/stacks.js';

/**
 * CloudFormation (awsQuery): stacks, change sets and the resource types our templates use,
 * provisioned into the emulated ECR, IAM and Cognito. template/ is the template language,
 * engine/ runs stack operations (see engine/operations.ts for how their statuses unfold),
 * providers/ holds what each resource type does to the emulated services, api/ the handlers.
 */
const XMLNS = 'http://cloudformation.amazonaws.com/doc/2010-05-15/';

interface FailResourceBody {
  account?: unknown;
  region?: unknown;
  stackName?: unknown;
  logicalId?: unknown;
  reason?: unknown;
  count?: unknown;
}

function optionalText(body: FailResourceBody, key: keyof FailResourceBody): string | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw new Error(`fail-resource: "${key}" must be a non-empty string`);
  return value;
}

export const cloudformationService: ServiceModule = {
  name: 'cloudformation',
  protocol: 'query',
  signingNames: ['cloudformation'],
  throttlingCode: 'Throttling',
  route: queryRouter(XMLNS, { ...stackHandlers, ...changeSetHandlers }),
  control: {
    /** Fails the next create or update of a logical resource (optionally only in one account, region or stack). */
    'POST cloudformation/fail-resource': (raw, ctx) => {
      const body = (typeof raw === 'object' && raw !== null ? raw : {}) as FailResourceBody;
      const logicalId = optionalText(body, 'logicalId');
      if (logicalId === undefined) throw new Error('fail-resource needs "logicalId"');
      const count = body.count ?? 1;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) throw new Error('fail-resource: "count" must be an integer >= 1');
      const account = optionalText(body, 'account');
      const region = optionalText(body, 'region');
      const stackName = optionalText(body, 'stackName');
      const rule = {
        ...(account !== undefined ? { account } : {}),
        ...(region !== undefined ? { region } : {}),
        ...(stackName !== undefined ? { stackName } : {}),
        logicalId,
        reason: optionalText(body, 'reason') ?? `Injected failure for ${logicalId} (emulator fail-resource)`,
        remaining: count,
      };
      failureRules(ctx.state).push(rule);
      return rule;
    },
  },
};
