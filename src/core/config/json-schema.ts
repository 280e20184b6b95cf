import { z } from 'zod';
import { ConfigFileSchema } from './schema.js';

/** The schema's identifier; the repository has no published URL yet, so a URN names it. */
export const CONFIG_SCHEMA_ID = 'urn:agentcore-actions:schema:agentcore';

/**
 * The JSON Schema of agentcore.json for editors, from the zod file schema in input
 * mode (defaulted keys optional). Identity keys come first; the rest keeps zod's
 * order, which follows the schema source, so regenerating gives the same text.
 */
export function configJsonSchema(): Record<string, unknown> {
  const { $schema, description, ...generated } = z.toJSONSchema(ConfigFileSchema, { io: 'input', target: 'draft-2020-12' });
  return { $schema, $id: CONFIG_SCHEMA_ID, title: 'agentcore.json', description, ...generated };
}

/** The committed file's exact text: 2-space indent and a final newline. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
