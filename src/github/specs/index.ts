import type { ActionSpec } from './types.js';
import { setupEnvSpec } from './setup-env.js';
import { deployVersionSpec } from './deploy-version.js';
import { syncConfigSpec } from './sync-config.js';
import { driftCheckSpec } from './drift-check.js';

/** Every action, in pipeline order. The build generates actions/<name>/action.yml from these. */
export const actionSpecs: ActionSpec[] = [setupEnvSpec, deployVersionSpec, syncConfigSpec, driftCheckSpec];
