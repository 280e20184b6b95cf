import { z } from 'zod';
import { valueAt, type PathSegment, type Problem } from './json-path.js';
import { unknownKeyMessage } from './messages.js';

/**
 * Turns zod issues into problems at JSON paths: one per unknown key (each at its own
 * key, with a suggestion), record keys pointed at as keys, and a failed union reported
 * through the branch the value was evidently meant for.
 */
export function zodProblems(
  issues: readonly z.core.$ZodIssue[],
  schema: z.ZodType,
  data: unknown,
  prefix: readonly PathSegment[] = [],
): Problem[] {
  return issues.flatMap((issue) => convert(issue, schema, data, prefix));
}

function convert(issue: z.core.$ZodIssue, schema: z.ZodType, data: unknown, prefix: readonly PathSegment[]): Problem[] {
  // JSON data has no symbol keys, so every segment is a string or a number.
  const relative = issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
  const path = [...prefix, ...relative];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = keysOf(schemaAt(schema, relative));
      return issue.keys.map((key) => ({ path: [...path, key], at: 'key', message: unknownKeyMessage(key, known) }));
    }
    case 'invalid_key':
      return [{ path, at: 'key', message: issue.issues[0]?.message ?? issue.message }];
    case 'invalid_union': {
      const union = schemaAt(schema, relative);
      const input = valueAt(data, relative);
      const branch = union instanceof z.ZodUnion ? intendedBranch(union.options as readonly z.ZodType[], issue.errors, input) : undefined;
      if (!branch) return [{ path, message: issue.message }];
      return branch.issues.flatMap((inner) => convert(inner, branch.schema, input, path));
    }
    default:
      return [{ path, message: issue.message }];
  }
}

/**
 * The branch sharing the most keys with the value (fewest issues on a tie), so
 * `{ "user_pool_id": "x" }` is told it lacks app_client_id. None when no key matches.
 */
function intendedBranch(
  options: readonly z.ZodType[],
  errors: readonly (readonly z.core.$ZodIssue[])[],
  input: unknown,
): { schema: z.ZodType; issues: readonly z.core.$ZodIssue[] } | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const inputKeys = Object.keys(input);
  let best: { schema: z.ZodType; issues: readonly z.core.$ZodIssue[]; shared: number } | undefined;
  options.forEach((option, index) => {
    const known = keysOf(unwrap(option));
    const shared = inputKeys.filter((key) => known.includes(key)).length;
    const issues = errors[index] ?? [];
    if (shared > 0 && (!best || shared > best.shared || (shared === best.shared && issues.length < best.issues.length))) {
      best = { schema: option, issues, shared };
    }
  });
  return best;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodPrefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function keysOf(schema: z.ZodType | undefined): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** The schema that validates the value at `path`, unwrapped. */
function schemaAt(schema: z.ZodType, path: readonly PathSegment[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const segment of path) {
    if (!current) return undefined;
    current = childSchema(current, segment);
    current = current && unwrap(current);
  }
  return current;
}

function childSchema(schema: z.ZodType, segment: PathSegment): z.ZodType | undefined {
  if (schema instanceof z.ZodObject) {
    return typeof segment === 'string' && Object.hasOwn(schema.shape, segment) ? (schema.shape[segment] as z.ZodType) : undefined;
  }
  if (schema instanceof z.ZodRecord) return schema.valueType as z.ZodType;
  if (schema instanceof z.ZodArray) return schema.element as z.ZodType;
  if (schema instanceof z.ZodUnion) {
    for (const option of schema.options as readonly z.ZodType[]) {
      const child = childSchema(unwrap(option), segment);
      if (child) return child;
    }
  }
  return undefined;
}
