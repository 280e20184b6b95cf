import type { ActionSpec } from './types.js';
import { setupEnvSpec } from './setup-env.js';
import { buildPushSpec } from './build-push.js';
import { deployVersionSpec } from './deploy-version.js';
import { syncConfigSpec } from './sync-config.js';
import { driftCheckSpec } from './drift-check.js';
import { promoteEndpointSpec } from './promote-endpoint.js';
import { rollbackSpec } from './rollback.js';

/** Every action, in pipeline order. The build generates actions/<name>/action.yml from these. */
export const actionSpecs: ActionSpec[] = [setupEnvSpec, buildPushSpec, deployVersionSpec, promoteEndpointSpec, rollbackSpec, syncConfigSpec, driftCheckSpec];
