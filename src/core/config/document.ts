import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { PathSegment, Problem } from './json-path.js';

export interface Position {
  line: number;
  column: number;
}

/** A syntax error, already worded, at 1-based line and column. */
export interface SyntaxProblem extends Position {
  message: string;
}

/**
 * Parsed JSON text that remembers where every value sits, so any JSON path can be
 * turned back into a line and column. Strict JSON: no comments, no trailing commas.
 */
export class JsonDocument {
  /** Duplicate and forbidden keys: valid JSON, but a mistake in a config. */
  readonly problems: Problem[] = [];
  readonly value: unknown;
  private readonly lineStarts: number[];

  private constructor(
    text: string,
    private readonly root: Node,
  ) {
    this.lineStarts = lineStartsOf(text);
    this.value = this.build(root, []);
  }

  static parse(text: string): JsonDocument | SyntaxProblem {
    // Editors do not count a byte order mark as a column.
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    const errors: ParseError[] = [];
    const root = parseTree(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first || !root) {
      const offset = first?.offset ?? 0;
      return { ...positionIn(lineStartsOf(body), offset), message: `invalid JSON: ${syntaxMessage(body, first)}` };
    }
    return new JsonDocument(body, root);
  }

  /** The node of the value at `path`, or undefined when the file has nothing there. */
  node(path: readonly PathSegment[]): Node | undefined {
    let current: Node | undefined = this.root;
    for (const segment of path) {
      if (!current) return undefined;
      if (current.type === 'object' && typeof segment === 'string') {
        // The last property with a name wins, as in JSON.parse.
        current = current.children?.findLast((property) => property.children?.[0]?.value === segment)?.children?.[1];
      } else if (current.type === 'array' && typeof segment === 'number') {
        current = current.children?.[segment];
      } else {
        return undefined;
      }
    }
    return current;
  }

  /** The node of the key that holds the value at `path`, when that value is an object property. */
  keyNode(path: readonly PathSegment[]): Node | undefined {
    const property = this.node(path)?.parent;
    return property?.type === 'property' ? property.children?.[0] : undefined;
  }

  position(node: Node): Position {
    return positionIn(this.lineStarts, node.offset);
  }

  private build(node: Node, path: PathSegment[]): unknown {
    if (node.type === 'array') return (node.children ?? []).map((child, index) => this.build(child, [...path, index]));
    if (node.type !== 'object') return node.value;
    const result: Record<string, unknown> = {};
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode || !valueNode) continue;
      const key = String(keyNode.value);
      if (key === '__proto__') {
        // Assigning it would change the object's prototype instead of adding a key.
        this.problems.push({ path: [...path, key], at: 'key', message: '"__proto__" cannot be used as a key' });
        continue;
      }
      if (Object.hasOwn(result, key)) {
        this.problems.push({ path: [...path, key], at: 'key', message: `duplicate key ${JSON.stringify(key)}: JSON keeps only the last one` });
      }
      result[key] = this.build(valueNode, [...path, key]);
    }
    return result;
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length);
  return starts;
}

function positionIn(lineStarts: number[], offset: number): Position {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (lineStarts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low] + 1 };
}

function syntaxMessage(text: string, error: ParseError | undefined): string {
  if (!error) return 'expected a value';
  const { offset, length } = error;
  const atEnd = text.slice(offset).trim() === '';
  const container = enclosingBracket(text, offset) === '[' ? 'bracket' : 'brace';
  const code = printParseErrorCode(error.error);
  switch (code) {
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return 'comments are not allowed in JSON';
    case 'UnexpectedEndOfString':
      return 'unterminated string';
    case 'InvalidUnicode':
      return 'invalid \\u escape in a string';
    case 'InvalidEscapeCharacter':
      return 'invalid escape sequence in a string';
    case 'InvalidCharacter':
      return 'control character in a string (write it as an escape such as \\n or \\t)';
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return 'invalid number';
    case 'InvalidSymbol': {
      const token = text.slice(offset, offset + length);
      return token.startsWith("'") ? `unexpected ${token}: JSON strings use double quotes` : `unexpected ${JSON.stringify(token)}`;
    }
    case 'PropertyNameExpected':
    case 'ValueExpected':
      if (/[}\]]/.test(text[offset] ?? '') && text.slice(0, offset).trimEnd().endsWith(',')) return `trailing comma before the closing ${container}`;
      if (atEnd) return text.trim() === '' ? 'the file is empty' : 'unexpected end of file';
      return code === 'PropertyNameExpected' ? 'expected a property name in double quotes' : 'expected a value';
    case 'ColonExpected':
      return 'expected a colon after the property name';
    case 'CommaExpected':
      return `expected a comma or closing ${container}`;
    case 'CloseBraceExpected':
    case 'CloseBracketExpected': {
      const closing = code === 'CloseBraceExpected' ? 'brace' : 'bracket';
      return atEnd ? `unexpected end of file: expected a closing ${closing}` : `expected a comma or closing ${closing}`;
    }
    case 'EndOfFileExpected':
      return 'unexpected text after the end of the JSON value';
    default:
      return code;
  }
}

/** The innermost `{` or `[` still open at `offset` (strings skipped). */
function enclosingBracket(text: string, offset: number): string | undefined {
  const stack: string[] = [];
  let inString = false;
  for (let i = 0; i < offset && i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') stack.push(char);
    else if (char === '}' || char === ']') stack.pop();
  }
  return stack.at(-1);
}
