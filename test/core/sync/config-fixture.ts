import { supportBotConfig } from '../../helpers/configs.js';
import { parseConfig, type LoadedConfig } from '../../../src/core/config/index.js';

/** A small two-environment config for sync and drift unit tests; `edit` changes the parsed JSON first. */
export function testConfig(edit: (config: Record<string, any>) => void = () => undefined): LoadedConfig { // eslint-disable-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary JSON paths
  const config = supportBotConfig();
  config.global_resources.sync_config = { parameter_store_prefix: '/agentcore' };
  edit(config);
  return parseConfig(JSON.stringify(config, null, 2), 'agentcore.json');
}
