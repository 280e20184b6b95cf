import { z } from 'zod';

// A config is validated once per process: zod's compiled object parsers (built with `new Function`
// at the first parse) cost more to build than they save. Read when each object schema is made, so
// load.ts imports this module before the schemas.
z.config({ jitless: true });
