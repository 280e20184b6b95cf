import { parseConfig } from '../../src/core/config/index.js';
import { ConfigError, formatIssue } from '../../src/core/errors.js';

/** The formatted issues of a config that must not load. */
export function problemsOf(text: string): string[] {
  try {
    parseConfig(text, 'agentcore.json');
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map(formatIssue);
    throw error;
  }
  throw new Error('the config loaded');
}
