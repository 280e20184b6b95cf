// Writes schema/agentcore.schema.json from the zod schema, its $id from package.json's
// repository and version. Run from the build as `node <bundle> [repository root]`; the root
// defaults to the current directory.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { configJsonSchemaText, configSchemaId } from '../src/core/config/json-schema.js';

const SCHEMA_FILE = join('schema', 'agentcore.schema.json');

const root = process.argv[2] ?? process.cwd();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; repository?: string | { url: string } };
const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
if (!repository) throw new Error('package.json needs a "repository" (https://github.com/<owner>/<name>): the schema\'s $id is its file at the release tag');
const target = join(root, SCHEMA_FILE);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, configJsonSchemaText(configSchemaId(repository, pkg.version)));
console.log(`Wrote ${SCHEMA_FILE}`);
