import { z } from 'zod';

// A config is validated once per process: zod's compiled object parsers (built with `new Function`
// at the first parse) cost more to build than they save. Read when each object schema is made, so
// load.ts imports this module before the schemas.
//
// The memoizer zod installs by default lets one parse re-enter an input that holds a reference
// cycle; it wraps every container schema when it is made and walks each one's subtree at its first
// parse. Config values are JSON trees (parsed text, and environments merged from them), so a cycle
// never comes and this one keeps nothing, as zod/mini has none.
const noMemoizer: z.core.$ZodMemoizer = { attach() {}, guard() {}, alloc: (_schema, _payload, empty) => empty };
z.config({ jitless: true, memoizer: noMemoizer });
