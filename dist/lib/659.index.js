export const id = 659;
export const ids = [659];
export const modules = {

/***/ 6285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hP: () => (/* binding */ createClients)
/* harmony export */ });
/* unused harmony exports USER_AGENT, DEFAULT_MAX_ATTEMPTS, AGENTCORE_MAX_ATTEMPTS */
const USER_AGENT = ['agentcore-actions', '0.1.0'];
/** SDK attempts per call; throttling, 5xx and network errors are retried with jittered backoff. */
const DEFAULT_MAX_ATTEMPTS = 8;
/** AgentCore calls get more attempts than the default: a throttling burst must not fail a deploy or a promotion. */
const AGENTCORE_MAX_ATTEMPTS = 12;
const KINDS = {
    sts: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695)]).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19))).STSClient, maxAttempts: DEFAULT_MAX_ATTEMPTS },
    ssm: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(736)]).then(__webpack_require__.t.bind(__webpack_require__, 4736, 19))).SSMClient, maxAttempts: DEFAULT_MAX_ATTEMPTS },
    agentcore: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(508)]).then(__webpack_require__.t.bind(__webpack_require__, 7508, 19))).BedrockAgentCoreControlClient, maxAttempts: AGENTCORE_MAX_ATTEMPTS },
    // The smoke test counts and spaces its own attempts: an SDK retry would hide a failing one.
    agentcoreData: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(688)]).then(__webpack_require__.t.bind(__webpack_require__, 2688, 19))).BedrockAgentCoreClient, maxAttempts: 1 },
    ecr: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19))).ECRClient, maxAttempts: DEFAULT_MAX_ATTEMPTS },
    cloudformation: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19))).CloudFormationClient, maxAttempts: DEFAULT_MAX_ATTEMPTS },
    iam: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(764)]).then(__webpack_require__.t.bind(__webpack_require__, 6764, 19))).IAMClient, maxAttempts: DEFAULT_MAX_ATTEMPTS },
    cognito: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(705)]).then(__webpack_require__.t.bind(__webpack_require__, 7705, 19))).CognitoIdentityProviderClient, maxAttempts: DEFAULT_MAX_ATTEMPTS },
    cloudwatch: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(85)]).then(__webpack_require__.t.bind(__webpack_require__, 4085, 19))).CloudWatchClient, maxAttempts: DEFAULT_MAX_ATTEMPTS },
};
async function createClient(name, target) {
    const kind = KINDS[name];
    const Client = await kind.load();
    return new Client({
        region: target.region,
        ...(target.credentials ? { credentials: target.credentials } : {}),
        maxAttempts: kind.maxAttempts,
        customUserAgent: [USER_AGENT],
    });
}
/** The named clients for one target, e.g. `await createClients({ region }, ['sts', 'ssm'])`. */
const createClients = async (target, names) => {
    const built = await Promise.all(names.map(async (name) => [name, await createClient(name, target)]));
    // Object.fromEntries loses the key-to-client pairing that `names` guarantees.
    return Object.fromEntries(built);
};


/***/ }),

/***/ 2257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};


/***/ }),

/***/ 2359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dj: () => (/* reexport */ canonicalJson),
  Hf: () => (/* reexport */ defaultRuntimeName),
  SL: () => (/* reexport */ environmentHash),
  GW: () => (/* reexport */ isRoleArn),
  _e: () => (/* reexport */ loadConfigFile),
  fg: () => (/* reexport */ sha256Hex)
});

// UNUSED EXPORTS: AWS_NAME_PATTERN, CONFIG_SCHEMA_ID, CognitoSchema, ConfigFileSchema, EcrRepositorySchema, EnvironmentFileSchema, EnvironmentSchema, GlobalResourcesSchema, LifecycleSchema, PromotionSchema, RuntimeSchema, SmokeTestSchema, SyncConfigSchema, VpcSchema, awsNameProblem, configJsonSchema, configJsonSchemaText, formatPath, isAwsName, isEnvironmentName, isRegion, parseConfig, parseRegion

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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

;// CONCATENATED MODULE: ./src/core/config/json-path.ts
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

;// CONCATENATED MODULE: ./src/core/config/messages.ts
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

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 16 modules
var schemas = __webpack_require__(3603);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/registries.js
var registries = __webpack_require__(9396);
;// CONCATENATED MODULE: ./src/core/config/schema.ts



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
    return `expected an AWS region such as us-east-1, got ${show(value)}`;
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
    return schemas/* string */.YjP().regex(pattern, { error: (issue) => (typeof issue.input === 'string' ? problem(issue.input) : undefined) });
}
function intIn(min, max) {
    const error = (issue) => (issue.input === undefined ? undefined : `expected an integer from ${min} to ${max}, got ${show(issue.input)}`);
    return schemas/* int */.Whr({ error }).min(min, { error }).max(max, { error });
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
const AccountId = schemas/* string */.YjP({ error: (issue) => (typeof issue.input === 'number' ? 'expected a 12-digit AWS account id in quotes, got a number' : undefined) })
    .regex(ACCOUNT_ID_PATTERN, { error: (issue) => `expected a 12-digit AWS account id, got ${show(issue.input)}` });
const EnvironmentName = matching(ENVIRONMENT_NAME_PATTERN, (value) => `${show(value)} is not a valid environment name: use lowercase letters, digits and hyphens, starting with a letter, at most 32 characters`);
const RuntimeKey = matching(RUNTIME_KEY_PATTERN, (value) => `${show(value)} is not a valid runtime key: use letters, digits, hyphens and underscores, starting with a letter, at most 48 characters`);
const RuntimeName = matching(AWS_NAME_PATTERN, (value) => `${show(value)} is not a valid runtime name: ${awsNameProblem(value)}`);
const EndpointName = matching(AWS_NAME_PATTERN, (value) => `${show(value)} is not a valid endpoint name: ${awsNameProblem(value)}`).refine((value) => value !== 'DEFAULT', { error: '"DEFAULT" is reserved: AWS moves it to every new version, so nothing is promoted through it; choose another endpoint name' });
const EnvVarName = matching(ENV_VAR_NAME_PATTERN, (value) => `${show(value)} is not a valid environment variable name: use letters, digits and underscores, not starting with a digit`).max(100, { error: (issue) => `${show(issue.input)} is too long for an environment variable name: at most 100 characters` });
const EnvVarValue = schemas/* string */.YjP()
    .max(5000, { error: (issue) => `the value is ${typeof issue.input === 'string' ? issue.input.length : '?'} characters long, more than 5000` });
const EnvironmentVariablesSchema = schemas/* record */.g1P(EnvVarName, EnvVarValue)
    .describe('Environment variables (at most 50 per runtime, after layering the environment\'s under the runtime\'s).');
const SecretReference = matching(SSM_REFERENCE_PATTERN, (value) => `expected an SSM parameter reference such as "ssm:/team/api-key", got ${show(value)}`);
const Description = schemas/* string */.YjP().min(1).max(1200);
const ModelArn = matching(BEDROCK_ARN_PATTERN, (value) => `${show(value)} is not a Bedrock ARN such as arn:aws:bedrock:us-east-1::foundation-model/<model id>`);
const RoleReference = schemas/* string */.YjP()
    .min(1)
    .refine((value) => !value.startsWith('arn:') || isRoleArn(value), {
    error: (issue) => `${show(issue.input)} is not an IAM role ARN such as arn:aws:iam::123456789012:role/my-role`,
});
const BodyPattern = schemas/* string */.YjP().superRefine((value, ctx) => {
    const problem = regExpProblem(value);
    if (problem)
        ctx.addIssue({ code: 'custom', message: `${show(value)} is not a valid regular expression: ${problem}` });
});
const ParameterStorePrefix = matching(SSM_NAME_PATTERN, (value) => `${show(value)} is not a valid parameter prefix: start with "/", no trailing "/" or empty levels, only letters, digits, "_", "." and "-"`).refine((value) => !/^\/(aws|ssm)/i.test(value), {
    error: (issue) => `${show(issue.input)} cannot be used: SSM reserves names that begin with "aws" or "ssm"`,
});
const LifecycleSchema = schemas/* strictObject */.rej({
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
const VpcSchema = schemas/* strictObject */.rej({
    subnets: schemas/* array */.YOg(matching(SUBNET_PATTERN, (value) => `expected a subnet id such as subnet-0123456789abcdef0, got ${show(value)}`))
        .min(1)
        .max(16)
        .describe('1-16 subnet ids.'),
    security_groups: schemas/* array */.YOg(matching(SECURITY_GROUP_PATTERN, (value) => `expected a security group id such as sg-0123456789abcdef0, got ${show(value)}`))
        .min(1)
        .max(16)
        .describe('1-16 security group ids.'),
})
    .describe('Network placement when network_mode is VPC.');
const SmokeTestSchema = schemas/* strictObject */.rej({
    payload: schemas/* unknown */.L5J().default(() => ({})).describe('JSON sent to the candidate endpoint.'),
    expect_status: intIn(100, 599).default(200).describe('HTTP status the invocation must return.'),
    expect_body: BodyPattern.optional().describe('Regular expression the response body must match.'),
    expect_json: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* unknown */.L5J())
        .optional()
        .describe('Map of dot-path (such as "result.status") to the value the JSON response must hold there.'),
    max_latency_ms: intIn(1, 900000).optional().describe('Slowest acceptable response, in milliseconds.'),
    timeout_seconds: intIn(1, 900).default(30).describe('Seconds to wait for one invocation.'),
    attempts: intIn(1, 10).default(3).describe('Invocations tried before the smoke test fails.'),
})
    .describe('Invocation of the candidate endpoint that must pass before live moves.');
const PromotionSchema = schemas/* strictObject */.rej({
    live_endpoint: EndpointName.default('live').describe('Endpoint users call; moved only after the smoke test and bake pass.'),
    candidate_endpoint: EndpointName.default('candidate').describe('Endpoint that receives each new version for the smoke test.'),
    smoke_test: SmokeTestSchema.optional(),
    bake_minutes: schemas/* number */.aig({ error: (issue) => (issue.input === undefined ? undefined : `expected a number of minutes from 0 to 1440, got ${show(issue.input)}`) })
        .min(0, { error: (issue) => `expected a number of minutes from 0 to 1440, got ${show(issue.input)}` })
        .max(1440, { error: (issue) => `expected a number of minutes from 0 to 1440, got ${show(issue.input)}` })
        .default(0)
        .describe('Minutes to watch the alarms after live moves before the promotion counts as good (fractions allowed).'),
    alarms: schemas/* array */.YOg(schemas/* string */.YjP().min(1).max(255)).default(() => []).describe('CloudWatch alarm names; one in ALARM during the bake rolls live back.'),
})
    .superRefine((value, ctx) => {
    if (value.live_endpoint === value.candidate_endpoint) {
        ctx.addIssue({
            code: 'custom',
            path: ['candidate_endpoint'],
            message: `candidate_endpoint must differ from live_endpoint (both are ${show(value.live_endpoint)})`,
        });
    }
})
    .describe('Blue-green promotion inside the environment.');
const CognitoSchema = schemas/* union */.KCZ([
    schemas/* strictObject */.rej({
        user_pool_id: matching(USER_POOL_ID_PATTERN, (value) => `expected a Cognito user pool id such as us-east-1_AbCdEf123, got ${show(value)}`),
        app_client_id: matching(APP_CLIENT_ID_PATTERN, (value) => `expected a Cognito app client id, got ${show(value)}`),
    })
        .describe('An existing user pool and app client.'),
    schemas/* strictObject */.rej({ managed: schemas/* literal */.euz(true) }).describe('A user pool the actions create and manage.'),
], {
    error: (issue) => issue.code === 'invalid_union'
        ? 'expected { "user_pool_id": …, "app_client_id": … } for an existing user pool, or { "managed": true }'
        : undefined,
})
    .describe('Cognito user pool that authorizes callers of this environment\'s runtimes.');
const RuntimeSchema = schemas/* strictObject */.rej({
    name: RuntimeName.optional().describe('AWS runtime name; defaults to <runtime key>_<environment> with other characters turned into "_".'),
    ecr_repository: schemas/* string */.YjP().min(1).describe('Key in global_resources.ecr_repositories.'),
    iam_role: RoleReference.describe('Key in global_resources.iam_roles, or an IAM role ARN.'),
    description: Description.optional().describe('Runtime description (1-1200 characters).'),
    protocol: schemas/* enum */.k5n(['HTTP', 'MCP', 'A2A']).default('HTTP').describe('Protocol the container serves.'),
    network_mode: schemas/* enum */.k5n(['PUBLIC', 'VPC']).default('PUBLIC').describe('PUBLIC, or VPC with "vpc".'),
    vpc: VpcSchema.optional(),
    lifecycle: LifecycleSchema.prefault({}),
    environment_variables: EnvironmentVariablesSchema.default(() => ({})),
    secrets: schemas/* record */.g1P(EnvVarName, SecretReference)
        .default(() => ({}))
        .describe('Environment variable name -> "ssm:/path" of a SecureString parameter, resolved at deploy time.'),
    authorizer: schemas/* enum */.k5n(['cognito', 'none']).optional().describe('Inbound authorization; defaults to cognito when the environment has cognito, else none.'),
    model_arns: schemas/* array */.YOg(ModelArn).default(() => []).describe('Bedrock model or inference profile ARNs the runtime role may invoke.'),
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
    default_agent_runtime: schemas/* string */.YjP().min(1).optional().describe('Runtime key used when an action names none.'),
    environment_variables: EnvironmentVariablesSchema.default(() => ({})),
    cognito: CognitoSchema.optional(),
    agent_runtimes: schemas/* record */.g1P(RuntimeKey, RuntimeSchema).default(() => ({})).describe('Agent runtimes by key.'),
};
/** One environment after `extends` is applied. */
const EnvironmentSchema = schemas/* strictObject */.rej(environmentShape);
const EcrRepositorySchema = schemas/* strictObject */.rej({
    keep_images: intIn(1, 10000).default(50).describe('Images kept by the lifecycle policy.'),
    cross_account_pull: schemas/* array */.YOg(AccountId).default(() => []).describe('Account ids allowed to pull from this repository.'),
});
const SyncConfigSchema = schemas/* strictObject */.rej({
    cloud_config_enabled: schemas/* boolean */.zMY().default(true).describe('Record the resolved config in SSM Parameter Store.'),
    auto_sync_enabled: schemas/* boolean */.zMY().default(true).describe('Record it on every deploy, not only in sync-config.'),
    parameter_store_prefix: ParameterStorePrefix.default('/agentcore').describe('Parameter Store prefix for recorded state.'),
});
const GlobalResourcesSchema = schemas/* strictObject */.rej({
    ecr_repositories: schemas/* record */.g1P(matching(ECR_REPOSITORY_PATTERN, (value) => `${show(value)} is not a valid ECR repository name: lowercase letters, digits, and ".", "_", "-" or "/" between them`), EcrRepositorySchema)
        .default(() => ({}))
        .describe('ECR repositories by name, created in each environment that uses them.'),
    iam_roles: schemas/* record */.g1P(matching(IAM_ROLE_NAME_PATTERN, (value) => `${show(value)} is not a valid IAM role name: up to 64 letters, digits and "+=,.@_-"`), schemas/* strictObject */.rej({}))
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
    const meta = registries/* globalRegistry */.fd.get(schema);
    const withMeta = (result, extra = {}) => meta || Object.keys(extra).length > 0 ? result.meta({ ...registries/* globalRegistry */.fd.get(result), ...meta, ...extra }) : result;
    if (schema instanceof schemas/* ZodDefault */.XiL) {
        // The default stays visible to editors through the JSON Schema, but is not applied.
        return withMeta(loosen(schema.unwrap()), { default: schema.def.defaultValue });
    }
    if (schema instanceof schemas/* ZodPrefault */.xgV || schema instanceof schemas/* ZodOptional */.IiU)
        return withMeta(loosen(schema.unwrap()));
    if (schema instanceof schemas/* ZodObject */.bvH) {
        const shape = Object.fromEntries(Object.entries(schema.shape).map(([key, field]) => [key, loosen(field).optional()]));
        return withMeta(schemas/* strictObject */.rej(shape));
    }
    if (schema instanceof schemas/* ZodRecord */.b8S)
        return withMeta(schemas/* record */.g1P(schema.keyType, loosen(schema.valueType)));
    return schema;
}
const EnvironmentFileSchema = inheritable(schemas/* strictObject */.rej({
    extends: schemas/* string */.YjP().min(1).optional().describe('Environment whose settings this one inherits; objects merge, other values are replaced.'),
    ...environmentShape,
})
    .describe('One environment. With "extends", only what differs from the parent.'));
const schema_ConfigFileSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional().describe('Path or URL of this JSON Schema, for editors.'),
    current_environment: schemas/* string */.YjP().min(1).describe('Environment used when an action names none.'),
    environments: schemas/* record */.g1P(EnvironmentName, EnvironmentFileSchema).describe('Environments by name.'),
    global_resources: GlobalResourcesSchema.prefault({}),
})
    .describe('Desired state of AgentCore agent runtimes across environments.');

;// CONCATENATED MODULE: ./src/core/config/zod-issues.ts



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
            return issue.keys.map((key) => ({ path: [...path, key], at: 'key', message: unknownKeyMessage(key, known) }));
        }
        case 'invalid_key':
            return [{ path, at: 'key', message: issue.issues[0]?.message ?? issue.message }];
        case 'invalid_union': {
            const union = schemaAt(schema, relative);
            const input = valueAt(data, relative);
            const branch = union instanceof schemas/* ZodUnion */.fZ7 ? intendedBranch(union.options, issue.errors, input) : undefined;
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
    while (current instanceof schemas/* ZodOptional */.IiU || current instanceof schemas/* ZodDefault */.XiL || current instanceof schemas/* ZodPrefault */.xgV) {
        current = current.unwrap();
    }
    return current;
}
function keysOf(schema) {
    return schema instanceof schemas/* ZodObject */.bvH ? Object.keys(schema.shape) : [];
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
    if (schema instanceof schemas/* ZodObject */.bvH) {
        return typeof segment === 'string' && Object.hasOwn(schema.shape, segment) ? schema.shape[segment] : undefined;
    }
    if (schema instanceof schemas/* ZodRecord */.b8S)
        return schema.valueType;
    if (schema instanceof schemas/* ZodArray */.naA)
        return schema.element;
    if (schema instanceof schemas/* ZodUnion */.fZ7) {
        for (const option of schema.options) {
            const child = childSchema(unwrap(option), segment);
            if (child)
                return child;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/config/resolve.ts




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
    const names = allNames.filter((name) => isEnvironmentName(name) && isObject(raw[name]));
    const current = root.current_environment;
    if (typeof current === 'string' && current !== '' && !Object.hasOwn(raw, current)) {
        resolution.problems.push({
            path: ['current_environment'],
            message: `current_environment names ${show(current)}, which is not an environment (environments: ${listOf(allNames)})`,
        });
    }
    const globalResources = GlobalResourcesSchema.safeParse(root.global_resources === undefined ? {} : root.global_resources);
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
        const parsed = EnvironmentSchema.safeParse(merged, { error: configErrorMap });
        if (!parsed.success)
            resolution.problems.push(...zodProblems(parsed.error.issues, EnvironmentSchema, merged, ['environments', name]));
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
                        message: `extends names ${show(parent)}, which is not an environment (environments: ${listOf(allNames)})`,
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
        origins.set(pathKey(path), layer);
        for (const [key, value] of Object.entries(top))
            result[key] = overlay(base[key], value, [...path, key], layer, origins);
        return result;
    }
    const prefix = pathKey(path).slice(0, -1);
    for (const key of origins.keys())
        if (key.startsWith(prefix))
            origins.delete(key);
    markOrigins(top, path, layer, origins);
    return top;
}
function markOrigins(value, path, layer, origins) {
    origins.set(pathKey(path), layer);
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
    const variables = EnvironmentVariablesSchema.safeParse(environment.environment_variables ?? {});
    return {
        hasCognito: environment.cognito !== undefined,
        environment_variables: variables.success ? variables.data : undefined,
        default_agent_runtime: typeof environment.default_agent_runtime === 'string' ? environment.default_agent_runtime : undefined,
        runtimeKeys: Object.keys(runtimes),
        runtimes: Object.entries(runtimes).flatMap(([key, value]) => {
            const runtime = RuntimeSchema.safeParse(value);
            return isRuntimeKey(key) && runtime.success ? [[key, runtime.data]] : [];
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
        if (!isAwsName(awsName)) {
            problems.push({
                path,
                message: `the AWS name made from <runtime key>_<environment>, ${show(awsName)}, is not valid (${awsNameProblem(awsName)}): set "name" for this runtime`,
            });
        }
        const sameName = byAwsName.get(awsName);
        if (sameName !== undefined) {
            problems.push({
                path: runtime.name ? [...path, 'name'] : path,
                message: `runtimes "${sameName}" and "${key}" would both be named ${show(awsName)} in AWS: give one of them a distinct "name"`,
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
                message: `ecr_repository names ${show(runtime.ecr_repository)}, which is not in global_resources.ecr_repositories (repositories: ${listOf(repositories)})`,
            });
        }
        if (roles && !isRoleArn(runtime.iam_role) && !roles.includes(runtime.iam_role)) {
            problems.push({
                path: [...path, 'iam_role'],
                message: `iam_role names ${show(runtime.iam_role)}, which is neither a role ARN nor in global_resources.iam_roles (roles: ${listOf(roles)})`,
            });
        }
        if (environment.environment_variables)
            problems.push(...variableProblems(path, environment.environment_variables, runtime));
    }
    const fallback = environment.default_agent_runtime;
    if (fallback !== undefined && !environment.runtimeKeys.includes(fallback)) {
        problems.push({
            path: [...environmentPath, 'default_agent_runtime'],
            message: `default_agent_runtime names ${show(fallback)}, which is not a runtime of this environment (runtimes: ${listOf(environment.runtimeKeys)})`,
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
            config_path: formatPath(['environments', name, 'agent_runtimes', key]),
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
                message: `environments "${other}" and "${environment.name}" share account ${environment.account_id} and region ${environment.region}, and both name a runtime ${show(runtime.aws_name)}: give one of them a distinct "name"`,
            });
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/core/config/load.ts








/** Parses and resolves config text; every problem at once in a ConfigError, sorted by position. */
function parseConfig(text, file) {
    const document = JsonDocument.parse(text);
    if (!(document instanceof JsonDocument)) {
        throw new errors/* ConfigError */.xL([{ file, path: '', line: document.line, column: document.column, message: document.message }]);
    }
    const problems = [...document.problems];
    const parsed = schema_ConfigFileSchema.safeParse(document.value, { error: configErrorMap });
    if (!parsed.success)
        problems.push(...zodProblems(parsed.error.issues, schema_ConfigFileSchema, document.value));
    const resolution = resolveConfig(document.value);
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
                throw new errors/* UserError */.yo(`Environment "${name}" is not in ${file} (environments: ${listOf(Object.keys(environments))}).`);
            }
            return environments[name];
        },
        position: (path) => locator.locate(path).position,
    };
}
/** Reads and parses a config file; a missing or unreadable file is a UserError naming the path. */
async function loadConfigFile(path, displayName = path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        // Duck-typed: Node's fs errors may come from another realm (as under Jest), where instanceof fails.
        const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
        throw new errors/* UserError */.yo(code === 'ENOENT' ? `Config file not found: ${path}` : `Cannot read the config file ${path}: ${(0,errors/* describeError */.Uc)(error)}`);
    }
    return parseConfig(text, displayName);
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
                const source = origins.get(pathKey(prefix));
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
        return { issue: { file, path: formatPath(problem.path), ...position, message }, problem, inherited: inheritedFrom !== undefined, order };
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/config/hash.ts

/** JSON with object keys sorted and no whitespace, so equal data always gives equal text. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
    if (typeof value === 'object' && value !== null) {
        const entries = Object.keys(value)
            .sort()
            .filter((key) => value[key] !== undefined)
            .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
        return `{${entries.join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
function sha256Hex(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
/** Identifies an environment's resolved settings; secrets are `ssm:` references, so no value is hashed. */
function environmentHash(environment) {
    return sha256Hex(canonicalJson(environment));
}

;// CONCATENATED MODULE: ./src/core/config/json-schema.ts


/** The schema's identifier; the repository has no published URL yet, so a URN names it. */
const CONFIG_SCHEMA_ID = 'urn:agentcore-actions:schema:agentcore';
/**
 * The JSON Schema of agentcore.json for editors, from the zod file schema in input
 * mode (defaulted keys optional). Identity keys come first; the rest keeps zod's
 * order, which follows the schema source, so regenerating gives the same text.
 */
function configJsonSchema() {
    const { $schema, description, ...generated } = z.toJSONSchema(ConfigFileSchema, { io: 'input', target: 'draft-2020-12' });
    return { $schema, $id: CONFIG_SCHEMA_ID, title: 'agentcore.json', description, ...generated };
}
/** The committed file's exact text: 2-space indent and a final newline. */
function configJsonSchemaText() {
    return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/core/config/index.ts








/***/ }),

/***/ 5446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readInputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3360);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


const readRaw = (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
const YAML_TRUE = ['true', 'True', 'TRUE'];
const YAML_FALSE = ['false', 'False', 'FALSE'];
function readInputs(specs, raw = readRaw) {
    const values = {};
    for (const [name, spec] of Object.entries(specs)) {
        values[name] = readInput(name, spec, raw(name).trim());
    }
    return values;
}
function readInput(name, spec, text) {
    const bad = (expected) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input "${name}": expected ${expected}, got "${text}".`);
    switch (spec.kind) {
        case 'string': {
            if (spec.secret && text)
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(text);
            if (!text) {
                if (spec.required)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input "${name}" is required: ${spec.description}`);
                return spec.default;
            }
            if (spec.pattern && !spec.pattern.test(text)) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input "${name}": expected ${spec.rule ?? `a value matching ${spec.pattern}`}, got "${spec.secret ? '***' : text}".`);
            }
            return text;
        }
        case 'boolean':
            // Strict YAML 1.2 booleans: a typo must fail, not quietly read as false.
            if (!text)
                return spec.default;
            if (YAML_TRUE.includes(text))
                return true;
            if (YAML_FALSE.includes(text))
                return false;
            throw bad('true or false');
        case 'number': {
            if (!text)
                return spec.default;
            const value = Number(text);
            const integer = spec.integer ?? true;
            if (!Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < spec.min || (spec.max !== undefined && value > spec.max)) {
                const range = spec.max !== undefined ? `from ${spec.min} to ${spec.max}` : `>= ${spec.min}`;
                throw bad(`${integer ? 'a whole number' : 'a number'} of ${spec.unit} ${range}`);
            }
            return value;
        }
        case 'choice':
            if (!text)
                return spec.default;
            if (!spec.choices.includes(text))
                throw bad(`one of ${spec.choices.join(', ')}`);
            return text;
        case 'list':
            return (text || spec.default || '')
                .split(/[\n,]/)
                .map((item) => item.trim())
                .filter(Boolean);
    }
}


/***/ }),

/***/ 4986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: Summary

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(3360);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/github/logger.ts

/** Masks a secret and the forms it takes when embedded in JSON or base64. */
function maskSecret(value) {
    if (!value)
        return;
    core/* setSecret */.Pq(value);
    const jsonForm = JSON.stringify(value).slice(1, -1);
    if (jsonForm !== value)
        core/* setSecret */.Pq(jsonForm);
    core/* setSecret */.Pq(Buffer.from(value).toString('base64'));
}
function properties(annotation) {
    if (!annotation)
        return undefined;
    return {
        ...(annotation.title ? { title: annotation.title } : {}),
        ...(annotation.file ? { file: annotation.file } : {}),
        ...(annotation.startLine ? { startLine: annotation.startLine } : {}),
        ...(annotation.startColumn ? { startColumn: annotation.startColumn } : {}),
    };
}
/** The runner's logger: annotations, collapsible groups, masking. */
const githubLogger = {
    debug: (message) => core/* debug */.Yz(message),
    info: (message) => core/* info */.pq(message),
    notice: (message, annotation) => core/* notice */.lm(message, properties(annotation)),
    warning: (message, annotation) => core/* warning */.$e(message, properties(annotation)),
    error: (message, annotation) => core/* error */.z3(message, properties(annotation)),
    group: (name, fn) => core/* group */.Os(name, fn),
    secret: maskSecret,
};

;// CONCATENATED MODULE: ./src/github/run.ts



/** Collects one job summary; written once, on success and on failure alike. */
class Summary {
    title;
    sections = [];
    constructor(title) {
        this.title = title;
    }
    add(markdown) {
        this.sections.push(markdown);
        return this;
    }
    get markdown() {
        return [`## ${this.title}`, ...this.sections].join('\n\n') + '\n';
    }
}
/**
 * Runs one action: user errors fail the step with their message (config errors
 * also as annotations at file:line:col); anything else is a bug whose stack
 * shows under debug logging. The summary is written either way.
 */
async function runAction(spec, body) {
    const summary = new Summary(spec.title);
    const ctx = {
        logger: githubLogger,
        summary,
        setOutput: (name, value) => {
            if (!(name in spec.outputs))
                throw new Error(`${spec.name} sets output "${name}", which its action.yml does not declare`);
            core/* setOutput */.uH(name, typeof value === 'string' ? value : String(value));
        },
        exportVariable: (name, value) => core/* exportVariable */.dN(name, value),
    };
    try {
        await body(ctx);
    }
    catch (error) {
        fail(error, summary);
    }
    await writeSummary(summary);
}
function fail(error, summary) {
    if (error instanceof errors/* ConfigError */.xL) {
        for (const issue of error.issues) {
            core/* error */.z3(issue.path ? `${issue.path}: ${issue.message}` : issue.message, {
                title: 'agentcore config',
                file: issue.file,
                startLine: issue.line,
                startColumn: issue.column,
            });
        }
        core/* setFailed */.C1(error.message);
    }
    else if (error instanceof errors/* UserError */.yo) {
        if (error.location) {
            core/* error */.z3(error.message, {
                file: error.location.file,
                startLine: error.location.line,
                startColumn: error.location.column,
            });
            process.exitCode = 1;
        }
        else {
            core/* setFailed */.C1(error.message);
        }
    }
    else {
        if (error instanceof Error && error.stack)
            core/* debug */.Yz(error.stack);
        core/* setFailed */.C1(`Unexpected error (a bug in agentcore-actions, please report it): ${(0,errors/* describeError */.Uc)(error)}`);
    }
    summary.add(`### ❌ Failed\n\n${'```'}text\n${error instanceof Error ? error.message : (0,errors/* describeError */.Uc)(error)}\n${'```'}`);
}
async function writeSummary(summary) {
    // Outside a runner (or with the file unset) there is nowhere to write; that is not an error.
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await core/* summary */.z.addRaw(summary.markdown).write();
    }
    catch (error) {
        core/* warning */.$e(`Could not write the job summary: ${(0,errors/* describeError */.Uc)(error)}`);
    }
}


/***/ })

};
