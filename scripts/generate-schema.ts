// Writes schema/agentcore.schema.json from the zod schema. Run from the build as
// `node <bundle> [repository root]`; the root defaults to the current directory.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { configJsonSchemaText } from '../src/core/config/json-schema.js';

const SCHEMA_FILE = join('schema', 'agentcore.schema.json');

const root = process.argv[2] ?? process.cwd();
const target = join(root, SCHEMA_FILE);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, configJsonSchemaText());
console.log(`Wrote ${SCHEMA_FILE}`);
