/**
 * Reading the config file, apart from parsing it: the entries import this statically, and the
 * parser with zod and the schemas is loaded only when there is a file to parse.
 */
import { readFile } from 'node:fs/promises';
import { describeError, UserError } from '../errors.js';
import type { LoadedConfig } from './load.js';

/** Reads and parses a config file; a missing or unreadable file is a UserError naming the path. */
export async function loadConfigFile(path: string, displayName: string = path): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    // Duck-typed: Node's fs errors may come from another realm (as under Jest), where instanceof fails.
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
    throw new UserError(code === 'ENOENT' ? `Config file not found: ${path}` : `Cannot read the config file ${path}: ${describeError(error)}`);
  }
  // The parser (zod and the schemas) loads only once there is text to parse, so a missing file fails fast.
  const { parseConfig } = await import('./load.js');
  return parseConfig(text, displayName);
}
