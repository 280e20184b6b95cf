import { z } from 'zod';
import { ConfigFileSchema } from './schema.js';

/**
 * The schema's `$id`: the committed file at the release tag `v<version>` of the repository, so
 * a config in any repository can name a stable copy in its `$schema`.
 */
export function configSchemaId(repositoryUrl: string, version: string): string {
  const match = /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(repositoryUrl);
  if (!match) throw new Error(`The repository must be a GitHub URL (https://github.com/<owner>/<name>), not "${repositoryUrl}"`);
  return `https://raw.githubusercontent.com/${match[1]}/${match[2]}/v${version}/schema/agentcore.schema.json`;
}

/**
 * The JSON Schema of agentcore.json for editors, from the zod file schema in input
 * mode (defaulted keys optional). Identity keys come first; the rest keeps zod's
 * order, which follows the schema source, so regenerating gives the same text.
 */
export function configJsonSchema(id: string): Record<string, unknown> {
  const { $schema, description, ...generated } = z.toJSONSchema(ConfigFileSchema, { io: 'input', target: 'draft-2020-12' });
  return { $schema, $id: id, title: 'agentcore.json', description, ...generated };
}

/** The committed file's exact text: 2-space indent and a final newline. */
export function configJsonSchemaText(id: string): string {
  return `${JSON.stringify(configJsonSchema(id), null, 2)}\n`;
}
