export const id = 395;
export const ids = [395];
export const modules = {

/***/ 7616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pn: () => (/* binding */ pathKey),
/* harmony export */   fK: () => (/* binding */ valueAt),
/* harmony export */   jV: () => (/* binding */ formatPath)
/* harmony export */ });
const PLAIN_KEY = /^[A-Za-z0-9_$-]+$/;
/**
 * The dot form users read in messages: `environments.prod.agent_runtimes.my-bot.region`,
 * with array indices and odd keys in brackets (`alarms[0]`, `environment_variables["a.b"]`).
 */
function formatPath(path) {
    let text = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            text += `[${segment}]`;
        else if (PLAIN_KEY.test(segment))
            text += text ? `.${segment}` : segment;
        else
            text += `[${JSON.stringify(segment)}]`;
    }
    return text;
}
/** A Map key for a path; segments keep their type, so `["0"]` and `[0]` differ. */
function pathKey(path) {
    return JSON.stringify(path);
}
/** The value at a path inside plain JSON data, or undefined when any step is missing. */
function valueAt(data, path) {
    let current = data;
    for (const segment of path) {
        if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment))
            return undefined;
        current = current[segment];
    }
    return current;
}


/***/ }),

/***/ 1395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseConfig: () => (/* binding */ parseConfig)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./src/core/config/document.ts

/**
 * Parsed JSON text that remembers where every value sits, so any JSON path can be
 * turned back into a line and column. Strict JSON: no comments, no trailing commas.
 */
class JsonDocument {
    root;
    /** Duplicate and forbidden keys: valid JSON, but a mistake in a config. */
    problems = [];
    value;
    lineStarts;
    constructor(text, root) {
        this.root = root;
        this.lineStarts = lineStartsOf(text);
        this.value = this.build(root, []);
    }
    static parse(text) {
        // Editors do not count a byte order mark as a column.
        const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
        const errors = [];
        const root = (0,main.parseTree)(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
        const first = errors[0];
        if (first || !root) {
            const offset = first?.offset ?? 0;
            return { ...positionIn(lineStartsOf(body), offset), message: `invalid JSON: ${syntaxMessage(body, first)}` };
        }
        return new JsonDocument(body, root);
    }
    /** The node of the value at `path`, or undefined when the file has nothing there. */
    node(path) {
        let current = this.root;
        for (const segment of path) {
            if (!current)
                return undefined;
            if (current.type === 'object' && typeof segment === 'string') {
                // The last property with a name wins, as in JSON.parse.
                current = current.children?.findLast((property) => property.children?.[0]?.value === segment)?.children?.[1];
            }
            else if (current.type === 'array' && typeof segment === 'number') {
                current = current.children?.[segment];
            }
            else {
                return undefined;
            }
        }
        return current;
    }
    /** The node of the key that holds the value at `path`, when that value is an object property. */
    keyNode(path) {
        const property = this.node(path)?.parent;
        return property?.type === 'property' ? property.children?.[0] : undefined;
    }
    position(node) {
        return positionIn(this.lineStarts, node.offset);
    }
    build(node, path) {
        if (node.type === 'array')
            return (node.children ?? []).map((child, index) => this.build(child, [...path, index]));
        if (node.type !== 'object')
            return node.value;
        const result = {};
        for (const property of node.children ?? []) {
            const [keyNode, valueNode] = property.children ?? [];
            if (!keyNode || !valueNode)
                continue;
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
function lineStartsOf(text) {
    const starts = [0];
    for (const match of text.matchAll(/\r\n|\r|\n/g))
        starts.push(match.index + match[0].length);
    return starts;
}
function positionIn(lineStarts, offset) {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (lineStarts[middle] <= offset)
            low = middle;
        else
            high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1 };
}
function syntaxMessage(text, error) {
    if (!error)
        return 'expected a value';
    const { offset, length } = error;
    const atEnd = text.slice(offset).trim() === '';
    const container = enclosingBracket(text, offset) === '[' ? 'bracket' : 'brace';
    const code = (0,main.printParseErrorCode)(error.error);
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
            if (/[}\]]/.test(text[offset] ?? '') && text.slice(0, offset).trimEnd().endsWith(','))
                return `trailing comma before the closing ${container}`;
            if (atEnd)
                return text.trim() === '' ? 'the file is empty' : 'unexpected end of file';
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
function enclosingBracket(text, offset) {
    const stack = [];
    let inString = false;
    for (let i = 0; i < offset && i < text.length; i++) {
        const char = text[i];
        if (inString) {
            if (char === '\\')
                i++;
            else if (char === '"')
                inString = false;
        }
        else if (char === '"')
            inString = true;
        else if (char === '{' || char === '[')
            stack.push(char);
        else if (char === '}' || char === ']')
            stack.pop();
    }
    return stack.at(-1);
}

// EXTERNAL MODULE: ./src/core/config/json-path.ts
var json_path = __webpack_require__(7616);
// EXTERNAL MODULE: ./src/core/config/messages.ts
var messages = __webpack_require__(7308);
// EXTERNAL MODULE: ./src/core/config/resolve.ts
var resolve = __webpack_require__(2170);
// EXTERNAL MODULE: ./src/core/config/schema.ts
var schema = __webpack_require__(7967);
// EXTERNAL MODULE: ./src/core/config/zod-issues.ts
var zod_issues = __webpack_require__(2412);
;// CONCATENATED MODULE: ./src/core/config/load.ts







/** Parses and resolves config text; every problem at once in a ConfigError, sorted by position. */
function parseConfig(text, file) {
    const document = JsonDocument.parse(text);
    if (!(document instanceof JsonDocument)) {
        throw new errors/* ConfigError */.xL([{ file, path: '', line: document.line, column: document.column, message: document.message }]);
    }
    const problems = [...document.problems];
    const parsed = schema/* ConfigFileSchema */.Kx.safeParse(document.value, { error: messages/* configErrorMap */.DC });
    if (!parsed.success)
        problems.push(...(0,zod_issues/* zodProblems */.G)(parsed.error.issues, schema/* ConfigFileSchema */.Kx, document.value));
    const resolution = (0,resolve/* resolveConfig */.p)(document.value);
    problems.push(...resolution.problems);
    const locator = new Locator(document, resolution.origins);
    const issues = toIssues(problems, file, locator);
    if (!parsed.success || issues.length > 0)
        throw new errors/* ConfigError */.xL(issues);
    const { environments } = resolution;
    return {
        file,
        config: parsed.data,
        currentEnvironment: parsed.data.current_environment,
        environments,
        environment(name) {
            if (!Object.hasOwn(environments, name)) {
                throw new errors/* UserError */.yo(`Environment "${name}" is not in ${file} (environments: ${(0,messages/* listOf */.c3)(Object.keys(environments))}).`);
            }
            return environments[name];
        },
        position: (path) => locator.locate(path).position,
    };
}
/** Finds where a JSON path sits, following `extends` for values an environment inherited. */
class Locator {
    document;
    origins;
    constructor(document, origins) {
        this.document = document;
        this.origins = origins;
    }
    locate(path, at) {
        const found = this.find(path);
        const node = (at === 'key' && found.exact && this.document.keyNode(found.filePath)) || this.document.node(found.filePath);
        // The root always exists, so some prefix of every path is found.
        const position = node ? this.document.position(node) : { line: 1, column: 1 };
        return found.from ? { position, inheritedFrom: found.from } : { position };
    }
    find(path) {
        // Written where the path says, even when the merge dropped it (a forbidden key, say).
        if (this.document.node(path))
            return { filePath: [...path], exact: true };
        const [head, environment] = path;
        const origins = head === 'environments' && typeof environment === 'string' ? this.origins.get(environment) : undefined;
        if (origins && typeof environment === 'string') {
            const inside = path.slice(2);
            for (let length = inside.length; length >= 0; length--) {
                const prefix = inside.slice(0, length);
                const source = origins.get((0,json_path/* pathKey */.Pn)(prefix));
                if (source === undefined)
                    continue;
                const filePath = ['environments', source, ...prefix];
                if (!this.document.node(filePath))
                    continue;
                return { filePath, exact: length === inside.length, ...(source === environment ? {} : { from: source }) };
            }
        }
        for (let length = path.length; length > 0; length--) {
            const filePath = path.slice(0, length);
            if (this.document.node(filePath))
                return { filePath, exact: length === path.length };
        }
        return { filePath: [], exact: path.length === 0 };
    }
}
/**
 * Positions every problem, then drops repeats: the file-level parse and the parse of
 * each merged environment see the same mistake, and a child sees its parent's mistakes
 * at the parent's position. The environment that wrote the value keeps the report.
 */
function toIssues(problems, file, locator) {
    const located = problems.map((problem, order) => {
        const { position, inheritedFrom } = locator.locate(problem.path, problem.at);
        const message = inheritedFrom ? `${problem.message} (inherited from ${inheritedFrom})` : problem.message;
        return { issue: { file, path: (0,json_path/* formatPath */.jV)(problem.path), ...position, message }, problem, inherited: inheritedFrom !== undefined, order };
    });
    located.sort((a, b) => a.issue.line - b.issue.line || a.issue.column - b.issue.column || Number(a.inherited) - Number(b.inherited) || a.order - b.order);
    const seen = new Set();
    return located
        .filter(({ issue, problem }) => {
        const key = `${issue.line}:${issue.column}:${problem.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    })
        .map(({ issue }) => issue);
}


/***/ }),

/***/ 7308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ configErrorMap),
/* harmony export */   VP: () => (/* binding */ unknownKeyMessage),
/* harmony export */   WU: () => (/* binding */ show),
/* harmony export */   c3: () => (/* binding */ listOf)
/* harmony export */ });
/* unused harmony export kindOf */
/** What a value is, in words: `a string`, `a number`, `an array`, `null`. */
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    switch (typeof value) {
        case 'string':
            return 'a string';
        case 'number':
            return 'a number';
        case 'boolean':
            return 'a boolean';
        case 'object':
            return 'an object';
        case 'undefined':
            return 'nothing';
        default:
            return `a ${typeof value}`;
    }
}
const MAX_SHOWN = 60;
/** A value as a message quotes it: strings in JSON quotes (cut when long), scalars as written, the rest by kind. */
function show(value) {
    if (typeof value === 'string') {
        return value.length > MAX_SHOWN ? `${JSON.stringify(value.slice(0, MAX_SHOWN))}…` : JSON.stringify(value);
    }
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return kindOf(value);
}
/** A sorted, comma-separated list for "(environments: dev, prod)", or `none`. */
function listOf(names) {
    const list = [...names];
    return list.length > 0 ? list.join(', ') : 'none';
}
const EXPECTED = {
    string: 'a string',
    number: 'a number',
    int: 'an integer',
    boolean: 'true or false',
    object: 'an object',
    record: 'an object',
    array: 'an array',
};
/**
 * Our wording for zod's generic issues, passed to every parse. Leaf schemas with a
 * message of their own (regions, account ids, names) take precedence over this.
 */
const configErrorMap = (issue) => {
    switch (issue.code) {
        case 'invalid_type': {
            if (issue.input === undefined) {
                const key = issue.path?.at(-1);
                return typeof key === 'string' ? `missing required key "${key}"` : 'missing required value';
            }
            const expected = EXPECTED[issue.expected] ?? `a ${issue.expected}`;
            const got = issue.expected === 'int' && typeof issue.input === 'number' ? show(issue.input) : kindOf(issue.input);
            return `expected ${expected}, got ${got}`;
        }
        case 'too_small':
            return sizeMessage('at least', issue.minimum, issue.inclusive, issue.origin, issue.input);
        case 'too_big':
            return sizeMessage('at most', issue.maximum, issue.inclusive, issue.origin, issue.input);
        case 'invalid_value': {
            const allowed = issue.values.map(show);
            const expected = allowed.length === 1 ? allowed[0] : `one of ${allowed.join(', ')}`;
            return `expected ${expected}, got ${show(issue.input)}`;
        }
        case 'invalid_format':
            return `${show(issue.input)} is not in the expected format${issue.pattern ? ` ${issue.pattern}` : ''}`;
        case 'invalid_union':
            return `${show(issue.input)} matches none of the allowed forms`;
        default:
            return undefined;
    }
};
function sizeMessage(bound, limit, inclusive, origin, input) {
    if (origin === 'string' && typeof input === 'string') {
        if (bound === 'at least' && Number(limit) === 1)
            return 'must not be empty';
        return `must be ${bound} ${limit} characters long, got ${input.length}`;
    }
    if (origin === 'array' && Array.isArray(input)) {
        return `must list ${bound} ${limit} item${Number(limit) === 1 ? '' : 's'}, got ${input.length}`;
    }
    const relation = inclusive === false ? (bound === 'at least' ? 'greater than' : 'less than') : bound;
    return `must be ${relation} ${limit}, got ${show(input)}`;
}
/** `unknown key "regoin" (did you mean "region"?)`, suggesting only a close match. */
function unknownKeyMessage(key, known) {
    const suggestion = closest(key, known);
    return `unknown key ${JSON.stringify(key)}${suggestion ? ` (did you mean ${JSON.stringify(suggestion)}?)` : ''}`;
}
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    // A third of the word's length keeps "regoin" -> "region" and drops unrelated words.
    return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}
/** Edit distance counting a swap of neighbours as one edit, the commonest typo. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}


/***/ }),

/***/ 2170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ defaultRuntimeName),
/* harmony export */   p: () => (/* binding */ resolveConfig)
/* harmony export */ });
/* harmony import */ var _json_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7616);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7308);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7967);
/* harmony import */ var _zod_issues_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2412);




function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The AWS name a runtime gets without `name`: `<key>_<environment>`, other characters turned into `_`. */
function defaultRuntimeName(key, environment) {
    return `${key}_${environment}`.replace(/[^a-zA-Z0-9_]/g, '_');
}
/**
 * Applies `extends`, validates each environment as merged, and checks what refers to
 * what. Works on the raw JSON so it can report every problem even when the file as a
 * whole does not validate; problems the file-level parse also sees are dropped later
 * by position.
 */
function resolveConfig(root) {
    const resolution = { problems: [], environments: {}, origins: new Map() };
    if (!isObject(root) || !isObject(root.environments))
        return resolution;
    const raw = root.environments;
    const allNames = Object.keys(raw);
    const names = allNames.filter((name) => (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .isEnvironmentName */ .tq)(name) && isObject(raw[name]));
    const current = root.current_environment;
    if (typeof current === 'string' && current !== '' && !Object.hasOwn(raw, current)) {
        resolution.problems.push({
            path: ['current_environment'],
            message: `current_environment names ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(current)}, which is not an environment (environments: ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .listOf */ .c3)(allNames)})`,
        });
    }
    const globalResources = _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .GlobalResourcesSchema */ .Sw.safeParse(root.global_resources === undefined ? {} : root.global_resources);
    const declared = declaredResources(root.global_resources);
    const chains = extendsChains(raw, names, allNames, resolution.problems);
    for (const [name, chain] of chains) {
        const origins = new Map();
        let merged = {};
        for (const layer of chain) {
            const { extends: _parent, ...own } = raw[layer];
            merged = overlay(merged, own, [], layer, origins);
        }
        resolution.origins.set(name, origins);
        const parsed = _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .EnvironmentSchema */ .Tt.safeParse(merged, { error: _messages_js__WEBPACK_IMPORTED_MODULE_0__/* .configErrorMap */ .DC });
        if (!parsed.success)
            resolution.problems.push(...(0,_zod_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .zodProblems */ .G)(parsed.error.issues, _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .EnvironmentSchema */ .Tt, merged, ['environments', name]));
        const problems = checkEnvironment(name, parsed.success ? partsOf(parsed.data) : salvagedParts(merged), declared);
        resolution.problems.push(...problems);
        if (parsed.success && globalResources.success && problems.length === 0) {
            resolution.environments[name] = resolvedEnvironment(name, parsed.data, globalResources.data);
        }
    }
    resolution.problems.push(...sharedNameProblems(resolution.environments));
    return resolution;
}
/** Each environment's `extends` chain, root first; an environment whose chain is broken has none. */
function extendsChains(raw, names, allNames, problems) {
    const chains = new Map();
    const reported = new Set();
    for (const name of names) {
        const chain = [name];
        let broken = false;
        for (let child = name;;) {
            const parent = raw[child].extends;
            if (parent === undefined)
                break;
            if (typeof parent !== 'string' || (Object.hasOwn(raw, parent) && !names.includes(parent))) {
                // A wrong type or a broken parent: reported where it sits.
                broken = true;
                break;
            }
            if (!Object.hasOwn(raw, parent)) {
                if (!reported.has(child)) {
                    reported.add(child);
                    problems.push({
                        path: ['environments', child, 'extends'],
                        message: `extends names ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(parent)}, which is not an environment (environments: ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .listOf */ .c3)(allNames)})`,
                    });
                }
                broken = true;
                break;
            }
            const start = chain.indexOf(parent);
            if (start >= 0) {
                const cycle = chain.slice(start);
                // Reported once, from the member that comes first in the file.
                const first = cycle.reduce((a, b) => (names.indexOf(b) < names.indexOf(a) ? b : a));
                if (!reported.has(`cycle:${first}`)) {
                    reported.add(`cycle:${first}`);
                    const from = cycle.indexOf(first);
                    const ordered = [...cycle.slice(from), ...cycle.slice(0, from), first];
                    problems.push({ path: ['environments', first, 'extends'], message: `extends cycle: ${ordered.join(' -> ')}` });
                }
                broken = true;
                break;
            }
            chain.push(parent);
            child = parent;
        }
        if (!broken)
            chains.set(name, chain.reverse());
    }
    return chains;
}
/** Values replaced whole rather than merged: a cognito choice, and JSON the user means as one piece. */
function isAtomic(path) {
    if (path.length === 1 && path[0] === 'cognito')
        return true;
    return (path.length === 5 &&
        path[0] === 'agent_runtimes' &&
        path[2] === 'promotion' &&
        path[3] === 'smoke_test' &&
        (path[4] === 'payload' || path[4] === 'expect_json'));
}
/** `top` over `base`: objects merge key by key, anything else is replaced; `origins` records who wrote what. */
function overlay(base, top, path, layer, origins) {
    if (isObject(base) && isObject(top) && !isAtomic(path)) {
        const result = { ...base };
        origins.set((0,_json_path_js__WEBPACK_IMPORTED_MODULE_3__/* .pathKey */ .Pn)(path), layer);
        for (const [key, value] of Object.entries(top))
            result[key] = overlay(base[key], value, [...path, key], layer, origins);
        return result;
    }
    const prefix = (0,_json_path_js__WEBPACK_IMPORTED_MODULE_3__/* .pathKey */ .Pn)(path).slice(0, -1);
    for (const key of origins.keys())
        if (key.startsWith(prefix))
            origins.delete(key);
    markOrigins(top, path, layer, origins);
    return top;
}
function markOrigins(value, path, layer, origins) {
    origins.set((0,_json_path_js__WEBPACK_IMPORTED_MODULE_3__/* .pathKey */ .Pn)(path), layer);
    if (Array.isArray(value))
        value.forEach((item, index) => markOrigins(item, [...path, index], layer, origins));
    else if (isObject(value))
        for (const [key, item] of Object.entries(value))
            markOrigins(item, [...path, key], layer, origins);
}
const MAX_ENVIRONMENT_VARIABLES = 50;
function declaredResources(globals) {
    const keys = (list) => (list === undefined ? [] : isObject(list) ? Object.keys(list) : undefined);
    if (globals === undefined)
        return { repositories: [], roles: [] };
    return isObject(globals) ? { repositories: keys(globals.ecr_repositories), roles: keys(globals.iam_roles) } : {};
}
function partsOf(environment) {
    return {
        hasCognito: environment.cognito !== undefined,
        environment_variables: environment.environment_variables,
        default_agent_runtime: environment.default_agent_runtime,
        runtimeKeys: Object.keys(environment.agent_runtimes),
        runtimes: Object.entries(environment.agent_runtimes),
    };
}
/** The valid parts of an environment that failed to parse, so its other problems are reported in the same run. */
function salvagedParts(merged) {
    const environment = isObject(merged) ? merged : {};
    const runtimes = isObject(environment.agent_runtimes) ? environment.agent_runtimes : {};
    const variables = _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .EnvironmentVariablesSchema */ .IH.safeParse(environment.environment_variables ?? {});
    return {
        hasCognito: environment.cognito !== undefined,
        environment_variables: variables.success ? variables.data : undefined,
        default_agent_runtime: typeof environment.default_agent_runtime === 'string' ? environment.default_agent_runtime : undefined,
        runtimeKeys: Object.keys(runtimes),
        runtimes: Object.entries(runtimes).flatMap(([key, value]) => {
            const runtime = _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .RuntimeSchema */ ._y.safeParse(value);
            return (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .isRuntimeKey */ ._Z)(key) && runtime.success ? [[key, runtime.data]] : [];
        }),
    };
}
function checkEnvironment(name, environment, declared) {
    const problems = [];
    const environmentPath = ['environments', name];
    const byAwsName = new Map();
    for (const [key, runtime] of environment.runtimes) {
        const path = [...environmentPath, 'agent_runtimes', key];
        const awsName = runtime.name ?? defaultRuntimeName(key, name);
        if (!(0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .isAwsName */ .XT)(awsName)) {
            problems.push({
                path,
                message: `the AWS name made from <runtime key>_<environment>, ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(awsName)}, is not valid (${(0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .awsNameProblem */ .eO)(awsName)}): set "name" for this runtime`,
            });
        }
        const sameName = byAwsName.get(awsName);
        if (sameName !== undefined) {
            problems.push({
                path: runtime.name ? [...path, 'name'] : path,
                message: `runtimes "${sameName}" and "${key}" would both be named ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(awsName)} in AWS: give one of them a distinct "name"`,
            });
        }
        byAwsName.set(awsName, key);
        if (runtime.authorizer === 'cognito' && !environment.hasCognito) {
            problems.push({
                path: [...path, 'authorizer'],
                message: `authorizer is "cognito" but environment "${name}" has no cognito: add "cognito" to the environment or set "authorizer": "none"`,
            });
        }
        const { repositories, roles } = declared;
        if (repositories && !repositories.includes(runtime.ecr_repository)) {
            problems.push({
                path: [...path, 'ecr_repository'],
                message: `ecr_repository names ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(runtime.ecr_repository)}, which is not in global_resources.ecr_repositories (repositories: ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .listOf */ .c3)(repositories)})`,
            });
        }
        if (roles && !(0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .isRoleArn */ .GW)(runtime.iam_role) && !roles.includes(runtime.iam_role)) {
            problems.push({
                path: [...path, 'iam_role'],
                message: `iam_role names ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(runtime.iam_role)}, which is neither a role ARN nor in global_resources.iam_roles (roles: ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .listOf */ .c3)(roles)})`,
            });
        }
        if (environment.environment_variables)
            problems.push(...variableProblems(path, environment.environment_variables, runtime));
    }
    const fallback = environment.default_agent_runtime;
    if (fallback !== undefined && !environment.runtimeKeys.includes(fallback)) {
        problems.push({
            path: [...environmentPath, 'default_agent_runtime'],
            message: `default_agent_runtime names ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(fallback)}, which is not a runtime of this environment (runtimes: ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .listOf */ .c3)(environment.runtimeKeys)})`,
        });
    }
    return problems;
}
/** The runtime's variables layered over the environment's, with its secrets, must fit AgentCore's limit and not collide. */
function variableProblems(path, inherited, runtime) {
    const problems = [];
    const variables = { ...inherited, ...runtime.environment_variables };
    const secrets = Object.keys(runtime.secrets);
    const count = Object.keys(variables).length + secrets.length;
    if (count > MAX_ENVIRONMENT_VARIABLES) {
        problems.push({
            path: [...path, 'environment_variables'],
            message: `a runtime takes at most ${MAX_ENVIRONMENT_VARIABLES} environment variables, this one has ${count} (the environment's and its own, plus secrets)`,
        });
    }
    for (const secret of secrets.filter((secret) => Object.hasOwn(variables, secret))) {
        problems.push({ path: [...path, 'secrets', secret], at: 'key', message: `${secret} is both an environment variable and a secret: keep one` });
    }
    return problems;
}
function resolvedEnvironment(name, environment, globalResources) {
    const { agent_runtimes: runtimes, ...settings } = environment;
    const agent_runtimes = {};
    for (const [key, runtime] of Object.entries(runtimes)) {
        const { environment_variables: own, authorizer, ...rest } = runtime;
        agent_runtimes[key] = {
            key,
            aws_name: runtime.name ?? defaultRuntimeName(key, name),
            ...rest,
            environment_variables: { ...environment.environment_variables, ...own },
            authorizer: authorizer ?? (environment.cognito ? 'cognito' : 'none'),
            config_path: (0,_json_path_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPath */ .jV)(['environments', name, 'agent_runtimes', key]),
        };
    }
    return { name, ...settings, agent_runtimes, global_resources: globalResources };
}
/** Two environments in one account and region must not give two runtimes the same AWS name. */
function sharedNameProblems(environments) {
    const problems = [];
    const seen = new Map();
    for (const environment of Object.values(environments)) {
        if (environment.account_id === undefined)
            continue;
        for (const runtime of Object.values(environment.agent_runtimes)) {
            const slot = `${environment.account_id}/${environment.region}/${runtime.aws_name}`;
            const other = seen.get(slot);
            if (other === undefined) {
                seen.set(slot, environment.name);
                continue;
            }
            const path = ['environments', environment.name, 'agent_runtimes', runtime.key];
            problems.push({
                path: runtime.name ? [...path, 'name'] : path,
                message: `environments "${other}" and "${environment.name}" share account ${environment.account_id} and region ${environment.region}, and both name a runtime ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(runtime.aws_name)}: give one of them a distinct "name"`,
            });
        }
    }
    return problems;
}


/***/ }),

/***/ 7967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ isRoleArn),
/* harmony export */   IH: () => (/* binding */ EnvironmentVariablesSchema),
/* harmony export */   Kx: () => (/* binding */ ConfigFileSchema),
/* harmony export */   Sw: () => (/* binding */ GlobalResourcesSchema),
/* harmony export */   Tt: () => (/* binding */ EnvironmentSchema),
/* harmony export */   XT: () => (/* binding */ isAwsName),
/* harmony export */   _Z: () => (/* binding */ isRuntimeKey),
/* harmony export */   _y: () => (/* binding */ RuntimeSchema),
/* harmony export */   eO: () => (/* binding */ awsNameProblem),
/* harmony export */   tq: () => (/* binding */ isEnvironmentName)
/* harmony export */ });
/* unused harmony exports AWS_NAME_PATTERN, isRegion, parseRegion, LifecycleSchema, VpcSchema, SmokeTestSchema, PromotionSchema, CognitoSchema, EcrRepositorySchema, SyncConfigSchema, EnvironmentFileSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3603);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9396);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7308);



/**
 * The agentcore.json model. Two views of one definition: the *resolved* schemas
 * (EnvironmentSchema, RuntimeSchema…) describe one environment after `extends` is
 * applied, with required keys, defaults and cross-field rules; ConfigFileSchema
 * describes the file as written, where an environment may lean on its parent, so
 * every environment key is optional there and nothing is defaulted (a default in a
 * child would hide what it inherits). The JSON Schema is generated from the file view.
 */
/** AgentCore runtime and endpoint names. */
const AWS_NAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]{0,47}$/;
const AWS_NAME_MAX = 48;
const REGION_PATTERN = /^[a-z]{2}(?:-gov|-iso[a-z]?)?-(?:north|south|east|west|central|northeast|northwest|southeast|southwest)-\d{1,2}$/;
const ACCOUNT_ID_PATTERN = /^\d{12}$/;
const ENVIRONMENT_NAME_PATTERN = /^[a-z][a-z0-9-]{0,31}$/;
const RUNTIME_KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,47}$/;
const ENV_VAR_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SSM_NAME_PATTERN = /^(?:\/[A-Za-z0-9_.-]+)+$/;
const SSM_REFERENCE_PATTERN = /^ssm:(?:\/[A-Za-z0-9_.-]+)+$/;
const ROLE_ARN_PATTERN = /^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const BEDROCK_ARN_PATTERN = /^arn:aws(?:-[a-z]+)*:bedrock:(?:[a-z0-9-]+|\*)?:(?:\d{12}|\*)?:[a-z-]+\/\S+$/;
const ECR_REPOSITORY_PATTERN = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const IAM_ROLE_NAME_PATTERN = /^[\w+=,.@-]{1,64}$/;
const SUBNET_PATTERN = /^subnet-[0-9a-f]{8,17}$/;
const SECURITY_GROUP_PATTERN = /^sg-[0-9a-f]{8,17}$/;
const USER_POOL_ID_PATTERN = /^[\w-]+_[0-9a-zA-Z]+$/;
const APP_CLIENT_ID_PATTERN = /^[\w+]{1,128}$/;
function isRegion(value) {
    return REGION_PATTERN.test(value);
}
function regionMessage(value) {
    return `expected an AWS region such as us-east-1, got ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(value)}`;
}
/** A region from user input, trimmed; a UserError in our wording when it is not one. */
function parseRegion(value) {
    const region = value.trim();
    if (!isRegion(region))
        throw new UserError(regionMessage(value));
    return region;
}
function isEnvironmentName(name) {
    return ENVIRONMENT_NAME_PATTERN.test(name);
}
function isRuntimeKey(key) {
    return RUNTIME_KEY_PATTERN.test(key);
}
function isAwsName(name) {
    return AWS_NAME_PATTERN.test(name);
}
/** Why a runtime or endpoint name is not one AWS accepts, or undefined when it is. */
function awsNameProblem(name) {
    if (isAwsName(name))
        return undefined;
    if (name.length > AWS_NAME_MAX)
        return `at most ${AWS_NAME_MAX} characters, got ${name.length}`;
    const rule = 'use letters, digits and underscores, starting with a letter';
    return name.includes('-') ? `${rule} (AWS rejects hyphens)` : rule;
}
function isRoleArn(value) {
    return ROLE_ARN_PATTERN.test(value);
}
/** A string matching `pattern`; a mismatch gets `problem`'s wording, a wrong type the generic one. */
function matching(pattern, problem) {
    return zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(pattern, { error: (issue) => (typeof issue.input === 'string' ? problem(issue.input) : undefined) });
}
function intIn(min, max) {
    const error = (issue) => (issue.input === undefined ? undefined : `expected an integer from ${min} to ${max}, got ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(issue.input)}`);
    return zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr({ error }).min(min, { error }).max(max, { error });
}
function regExpProblem(source) {
    try {
        new RegExp(source);
        return undefined;
    }
    catch (error) {
        // V8 repeats the source ("Invalid regular expression: /(/: Unterminated group"); keep the reason.
        return error instanceof Error ? error.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '') : String(error);
    }
}
const Region = matching(REGION_PATTERN, regionMessage).describe('AWS region of this environment, such as us-east-1.');
const AccountId = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP({ error: (issue) => (typeof issue.input === 'number' ? 'expected a 12-digit AWS account id in quotes, got a number' : undefined) })
    .regex(ACCOUNT_ID_PATTERN, { error: (issue) => `expected a 12-digit AWS account id, got ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(issue.input)}` });
const EnvironmentName = matching(ENVIRONMENT_NAME_PATTERN, (value) => `${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(value)} is not a valid environment name: use lowercase letters, digits and hyphens, starting with a letter, at most 32 characters`);
const RuntimeKey = matching(RUNTIME_KEY_PATTERN, (value) => `${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(value)} is not a valid runtime key: use letters, digits, hyphens and underscores, starting with a letter, at most 48 characters`);
const RuntimeName = matching(AWS_NAME_PATTERN, (value) => `${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(value)} is not a valid runtime name: ${awsNameProblem(value)}`);
const EndpointName = matching(AWS_NAME_PATTERN, (value) => `${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(value)} is not a valid endpoint name: ${awsNameProblem(value)}`).refine((value) => value !== 'DEFAULT', { error: '"DEFAULT" is reserved: AWS moves it to every new version, so nothing is promoted through it; choose another endpoint name' });
const EnvVarName = matching(ENV_VAR_NAME_PATTERN, (value) => `${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(value)} is not a valid environment variable name: use letters, digits and underscores, not starting with a digit`).max(100, { error: (issue) => `${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(issue.input)} is too long for an environment variable name: at most 100 characters` });
const EnvVarValue = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .max(5000, { error: (issue) => `the value is ${typeof issue.input === 'string' ? issue.input.length : '?'} characters long, more than 5000` });
const EnvironmentVariablesSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(EnvVarName, EnvVarValue)
    .describe('Environment variables (at most 50 per runtime, after layering the environment\'s under the runtime\'s).');
const SecretReference = matching(SSM_REFERENCE_PATTERN, (value) => `expected an SSM parameter reference such as "ssm:/team/api-key", got ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(value)}`);
const Description = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(1200);
const ModelArn = matching(BEDROCK_ARN_PATTERN, (value) => `${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(value)} is not a Bedrock ARN such as arn:aws:bedrock:us-east-1::foundation-model/<model id>`);
const RoleReference = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .min(1)
    .refine((value) => !value.startsWith('arn:') || isRoleArn(value), {
    error: (issue) => `${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(issue.input)} is not an IAM role ARN such as arn:aws:iam::123456789012:role/my-role`,
});
const BodyPattern = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().superRefine((value, ctx) => {
    const problem = regExpProblem(value);
    if (problem)
        ctx.addIssue({ code: 'custom', message: `${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(value)} is not a valid regular expression: ${problem}` });
});
const ParameterStorePrefix = matching(SSM_NAME_PATTERN, (value) => `${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(value)} is not a valid parameter prefix: start with "/", no trailing "/" or empty levels, only letters, digits, "_", "." and "-"`).refine((value) => !/^\/(aws|ssm)/i.test(value), {
    error: (issue) => `${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(issue.input)} cannot be used: SSM reserves names that begin with "aws" or "ssm"`,
});
const LifecycleSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    idle_timeout_seconds: intIn(60, 28800).default(900).describe('Seconds an idle session is kept before AgentCore stops it (60-28800).'),
    max_lifetime_seconds: intIn(60, 28800).default(28800).describe('Seconds a session may live at most (60-28800).'),
})
    .superRefine((value, ctx) => {
    if (value.idle_timeout_seconds > value.max_lifetime_seconds) {
        ctx.addIssue({
            code: 'custom',
            message: `idle_timeout_seconds (${value.idle_timeout_seconds}) must not exceed max_lifetime_seconds (${value.max_lifetime_seconds})`,
        });
    }
})
    .describe('Session lifecycle; idle_timeout_seconds may not exceed max_lifetime_seconds.');
const VpcSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    subnets: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(matching(SUBNET_PATTERN, (value) => `expected a subnet id such as subnet-0123456789abcdef0, got ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(value)}`))
        .min(1)
        .max(16)
        .describe('1-16 subnet ids.'),
    security_groups: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(matching(SECURITY_GROUP_PATTERN, (value) => `expected a security group id such as sg-0123456789abcdef0, got ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(value)}`))
        .min(1)
        .max(16)
        .describe('1-16 security group ids.'),
})
    .describe('Network placement when network_mode is VPC.');
const SmokeTestSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    payload: zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J().default(() => ({})).describe('JSON sent to the candidate endpoint.'),
    expect_status: intIn(100, 599).default(200).describe('HTTP status the invocation must return.'),
    expect_body: BodyPattern.optional().describe('Regular expression the response body must match.'),
    expect_json: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J())
        .optional()
        .describe('Map of dot-path (such as "result.status") to the value the JSON response must hold there.'),
    max_latency_ms: intIn(1, 900000).optional().describe('Slowest acceptable response, in milliseconds.'),
    timeout_seconds: intIn(1, 900).default(30).describe('Seconds to wait for one invocation.'),
    attempts: intIn(1, 10).default(3).describe('Invocations tried before the smoke test fails.'),
})
    .describe('Invocation of the candidate endpoint that must pass before live moves.');
const PromotionSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    live_endpoint: EndpointName.default('live').describe('Endpoint users call; moved only after the smoke test and bake pass.'),
    candidate_endpoint: EndpointName.default('candidate').describe('Endpoint that receives each new version for the smoke test.'),
    smoke_test: SmokeTestSchema.optional(),
    bake_minutes: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig({ error: (issue) => (issue.input === undefined ? undefined : `expected a number of minutes from 0 to 1440, got ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(issue.input)}`) })
        .min(0, { error: (issue) => `expected a number of minutes from 0 to 1440, got ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(issue.input)}` })
        .max(1440, { error: (issue) => `expected a number of minutes from 0 to 1440, got ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(issue.input)}` })
        .default(0)
        .describe('Minutes to watch the alarms after live moves before the promotion counts as good (fractions allowed).'),
    alarms: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(255)).default(() => []).describe('CloudWatch alarm names; one in ALARM during the bake rolls live back.'),
})
    .superRefine((value, ctx) => {
    if (value.live_endpoint === value.candidate_endpoint) {
        ctx.addIssue({
            code: 'custom',
            path: ['candidate_endpoint'],
            message: `candidate_endpoint must differ from live_endpoint (both are ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(value.live_endpoint)})`,
        });
    }
})
    .describe('Blue-green promotion inside the environment.');
const CognitoSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        user_pool_id: matching(USER_POOL_ID_PATTERN, (value) => `expected a Cognito user pool id such as us-east-1_AbCdEf123, got ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(value)}`),
        app_client_id: matching(APP_CLIENT_ID_PATTERN, (value) => `expected a Cognito app client id, got ${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(value)}`),
    })
        .describe('An existing user pool and app client.'),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ managed: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(true) }).describe('A user pool the actions create and manage.'),
], {
    error: (issue) => issue.code === 'invalid_union'
        ? 'expected { "user_pool_id": …, "app_client_id": … } for an existing user pool, or { "managed": true }'
        : undefined,
})
    .describe('Cognito user pool that authorizes callers of this environment\'s runtimes.');
const RuntimeSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    name: RuntimeName.optional().describe('AWS runtime name; defaults to <runtime key>_<environment> with other characters turned into "_".'),
    ecr_repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe('Key in global_resources.ecr_repositories.'),
    iam_role: RoleReference.describe('Key in global_resources.iam_roles, or an IAM role ARN.'),
    description: Description.optional().describe('Runtime description (1-1200 characters).'),
    protocol: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['HTTP', 'MCP', 'A2A']).default('HTTP').describe('Protocol the container serves.'),
    network_mode: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['PUBLIC', 'VPC']).default('PUBLIC').describe('PUBLIC, or VPC with "vpc".'),
    vpc: VpcSchema.optional(),
    lifecycle: LifecycleSchema.prefault({}),
    environment_variables: EnvironmentVariablesSchema.default(() => ({})),
    secrets: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(EnvVarName, SecretReference)
        .default(() => ({}))
        .describe('Environment variable name -> "ssm:/path" of a SecureString parameter, resolved at deploy time.'),
    authorizer: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['cognito', 'none']).optional().describe('Inbound authorization; defaults to cognito when the environment has cognito, else none.'),
    model_arns: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ModelArn).default(() => []).describe('Bedrock model or inference profile ARNs the runtime role may invoke.'),
    promotion: PromotionSchema.prefault({}),
})
    .superRefine((value, ctx) => {
    if (value.network_mode === 'VPC' && !value.vpc) {
        ctx.addIssue({ code: 'custom', path: ['vpc'], message: 'network_mode is VPC, so "vpc" with subnets and security_groups is required' });
    }
})
    .describe('One agent runtime.');
const environmentShape = {
    region: Region,
    account_id: AccountId.optional().describe('12-digit account id; actions refuse to run in any other account.'),
    default_agent_runtime: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional().describe('Runtime key used when an action names none.'),
    environment_variables: EnvironmentVariablesSchema.default(() => ({})),
    cognito: CognitoSchema.optional(),
    agent_runtimes: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(RuntimeKey, RuntimeSchema).default(() => ({})).describe('Agent runtimes by key.'),
};
/** One environment after `extends` is applied. */
const EnvironmentSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej(environmentShape);
const EcrRepositorySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    keep_images: intIn(1, 10000).default(50).describe('Images kept by the lifecycle policy.'),
    cross_account_pull: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(AccountId).default(() => []).describe('Account ids allowed to pull from this repository.'),
});
const SyncConfigSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    cloud_config_enabled: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(true).describe('Record the resolved config in SSM Parameter Store.'),
    auto_sync_enabled: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(true).describe('Record it on every deploy, not only in sync-config.'),
    parameter_store_prefix: ParameterStorePrefix.default('/agentcore').describe('Parameter Store prefix for recorded state.'),
});
const GlobalResourcesSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    ecr_repositories: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(matching(ECR_REPOSITORY_PATTERN, (value) => `${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(value)} is not a valid ECR repository name: lowercase letters, digits, and ".", "_", "-" or "/" between them`), EcrRepositorySchema)
        .default(() => ({}))
        .describe('ECR repositories by name, created in each environment that uses them.'),
    iam_roles: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(matching(IAM_ROLE_NAME_PATTERN, (value) => `${(0,_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .show */ .WU)(value)} is not a valid IAM role name: up to 64 letters, digits and "+=,.@_-"`), zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({}))
        .default(() => ({}))
        .describe('Runtime roles by name, created in each environment that uses them.'),
    sync_config: SyncConfigSchema.prefault({}),
})
    .describe('Resources declared once and created in each environment that uses them.');
/** The file view of a resolved schema: see the note at the top. */
function inheritable(schema) {
    // loosen keeps every leaf and only rebuilds objects and records, so the parsed value has this shape.
    return loosen(schema);
}
function loosen(schema) {
    const meta = zod__WEBPACK_IMPORTED_MODULE_3__/* .globalRegistry */ .fd.get(schema);
    const withMeta = (result, extra = {}) => meta || Object.keys(extra).length > 0 ? result.meta({ ...zod__WEBPACK_IMPORTED_MODULE_3__/* .globalRegistry */ .fd.get(result), ...meta, ...extra }) : result;
    if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_2__/* .ZodDefault */ .XiL) {
        // The default stays visible to editors through the JSON Schema, but is not applied.
        return withMeta(loosen(schema.unwrap()), { default: schema.def.defaultValue });
    }
    if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_2__/* .ZodPrefault */ .xgV || schema instanceof zod__WEBPACK_IMPORTED_MODULE_2__/* .ZodOptional */ .IiU)
        return withMeta(loosen(schema.unwrap()));
    if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_2__/* .ZodObject */ .bvH) {
        const shape = Object.fromEntries(Object.entries(schema.shape).map(([key, field]) => [key, loosen(field).optional()]));
        return withMeta(zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej(shape));
    }
    if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_2__/* .ZodRecord */ .b8S)
        return withMeta(zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(schema.keyType, loosen(schema.valueType)));
    return schema;
}
const EnvironmentFileSchema = inheritable(zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    extends: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional().describe('Environment whose settings this one inherits; objects merge, other values are replaced.'),
    ...environmentShape,
})
    .describe('One environment. With "extends", only what differs from the parent.'));
const ConfigFileSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('Path or URL of this JSON Schema, for editors.'),
    current_environment: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe('Environment used when an action names none.'),
    environments: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(EnvironmentName, EnvironmentFileSchema).describe('Environments by name.'),
    global_resources: GlobalResourcesSchema.prefault({}),
})
    .describe('Desired state of AgentCore agent runtimes across environments.');


/***/ }),

/***/ 2412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ zodProblems)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3603);
/* harmony import */ var _json_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7616);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7308);



/**
 * Turns zod issues into problems at JSON paths: one per unknown key (each at its own
 * key, with a suggestion), record keys pointed at as keys, and a failed union reported
 * through the branch the value was evidently meant for.
 */
function zodProblems(issues, schema, data, prefix = []) {
    return issues.flatMap((issue) => convert(issue, schema, data, prefix));
}
function convert(issue, schema, data, prefix) {
    // JSON data has no symbol keys, so every segment is a string or a number.
    const relative = issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
    const path = [...prefix, ...relative];
    switch (issue.code) {
        case 'unrecognized_keys': {
            const known = keysOf(schemaAt(schema, relative));
            return issue.keys.map((key) => ({ path: [...path, key], at: 'key', message: (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .unknownKeyMessage */ .VP)(key, known) }));
        }
        case 'invalid_key':
            return [{ path, at: 'key', message: issue.issues[0]?.message ?? issue.message }];
        case 'invalid_union': {
            const union = schemaAt(schema, relative);
            const input = (0,_json_path_js__WEBPACK_IMPORTED_MODULE_1__/* .valueAt */ .fK)(data, relative);
            const branch = union instanceof zod__WEBPACK_IMPORTED_MODULE_2__/* .ZodUnion */ .fZ7 ? intendedBranch(union.options, issue.errors, input) : undefined;
            if (!branch)
                return [{ path, message: issue.message }];
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
function intendedBranch(options, errors, input) {
    if (typeof input !== 'object' || input === null || Array.isArray(input))
        return undefined;
    const inputKeys = Object.keys(input);
    let best;
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
function unwrap(schema) {
    let current = schema;
    while (current instanceof zod__WEBPACK_IMPORTED_MODULE_2__/* .ZodOptional */ .IiU || current instanceof zod__WEBPACK_IMPORTED_MODULE_2__/* .ZodDefault */ .XiL || current instanceof zod__WEBPACK_IMPORTED_MODULE_2__/* .ZodPrefault */ .xgV) {
        current = current.unwrap();
    }
    return current;
}
function keysOf(schema) {
    return schema instanceof zod__WEBPACK_IMPORTED_MODULE_2__/* .ZodObject */ .bvH ? Object.keys(schema.shape) : [];
}
/** The schema that validates the value at `path`, unwrapped. */
function schemaAt(schema, path) {
    let current = unwrap(schema);
    for (const segment of path) {
        if (!current)
            return undefined;
        current = childSchema(current, segment);
        current = current && unwrap(current);
    }
    return current;
}
function childSchema(schema, segment) {
    if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_2__/* .ZodObject */ .bvH) {
        return typeof segment === 'string' && Object.hasOwn(schema.shape, segment) ? schema.shape[segment] : undefined;
    }
    if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_2__/* .ZodRecord */ .b8S)
        return schema.valueType;
    if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_2__/* .ZodArray */ .naA)
        return schema.element;
    if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_2__/* .ZodUnion */ .fZ7) {
        for (const option of schema.options) {
            const child = childSchema(unwrap(option), segment);
            if (child)
                return child;
        }
    }
    return undefined;
}


/***/ })

};
