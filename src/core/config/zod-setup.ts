import { z } from 'zod';

// A config is validated once per process: zod's compiled object parsers (built with `new Function`
// at the first parse) cost more to build than they save. Read when each object schema is made, so
// load.ts imports this module before the schemas.
//
// zod's default memoizer lets a parse re-enter an input that holds a reference cycle, at a cost:
// it wraps every container schema when it is made and walks each one's subtree at its first parse.
// Config values are JSON trees (the parsed file, and environments merged from it), never cyclic, so
// this memoizer keeps nothing: the parse zod/mini does, which has none.
const noMemoizer: z.core.$ZodMemoizer = { attach() {}, guard() {}, alloc: (_schema, _payload, empty) => empty };
z.config({ jitless: true, memoizer: noMemoizer });
