export const id = 738;
export const ids = [738];
export const modules = {

/***/ 5738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ setup_env_run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/core/aws/clients.ts
var clients = __webpack_require__(6285);
// EXTERNAL MODULE: ./src/core/clock.ts
var clock = __webpack_require__(2257);
// EXTERNAL MODULE: ./src/core/config/file.ts
var file = __webpack_require__(7802);
// EXTERNAL MODULE: ./src/core/target.ts
var target = __webpack_require__(4294);
// EXTERNAL MODULE: ./src/github/inputs.ts
var github_inputs = __webpack_require__(5446);
// EXTERNAL MODULE: ./src/github/run.ts + 1 modules
var run = __webpack_require__(4986);
// EXTERNAL MODULE: ./src/github/specs/setup-env.ts
var setup_env = __webpack_require__(859);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(6706);
;// CONCATENATED MODULE: ./src/github/summaries/setup-env.ts

const ACTIONS = {
    created: 'created',
    recreated: 'deleted (ROLLBACK_COMPLETE) and created',
    updated: 'updated',
    unchanged: 'no change',
    given: 'given by hand, exists',
};
/** The job summary's infrastructure section: one row per concern, then each stack's resource changes. */
function renderInfraResults(results) {
    if (results.length === 0)
        return 'Infrastructure: nothing done.';
    const rows = results.map((result) => [result.concern, result.key, (0,markdown/* raw */.lS)((0,markdown/* code */.aY)(result.name)), ACTIONS[result.action], result.changes.length]);
    const sections = [(0,markdown/* table */.tp)(['Concern', 'Key', 'Stack or value', 'Result', 'Resource changes'], rows)];
    for (const result of results.filter((r) => r.changes.length > 0)) {
        sections.push(`Changes to ${(0,markdown/* code */.aY)(result.name)}:\n\n${result.changes.map((change) => `- ${(0,markdown/* escapeCell */.kq)(change)}`).join('\n')}`);
    }
    return sections.join('\n\n');
}
function setupEnvTable(environment, runtime, account, configHash) {
    return (0,markdown/* table */.tp)(['Environment', 'Region', 'Account', 'Runtime', 'AWS name', 'Config hash'], [[environment.name, environment.region, account, runtime.key, (0,markdown/* raw */.lS)((0,markdown/* code */.aY)(runtime.aws_name)), (0,markdown/* raw */.lS)((0,markdown/* code */.aY)(configHash.slice(0, 12)))]]);
}

;// CONCATENATED MODULE: ./src/actions/setup-env.ts










async function setup_env_run() {
    await (0,run/* runAction */.C)(setup_env/* setupEnvSpec */.e, async ({ logger, summary, setOutput, exportVariable }) => {
        const inputs = (0,github_inputs/* readInputs */.K)(setup_env/* setupEnvSpec */.e.inputs);
        const config = await (0,file/* loadConfigFile */.H)(inputs['config-file']);
        const { environment, runtime } = (0,target/* selectTarget */._c)(config, inputs.environment, inputs['agent-runtime']);
        const deploy = inputs['deploy-infrastructure'];
        // Loaded only now, so a bad input or config fails before the AWS SDK is even read from disk.
        // The account check goes out first, and the rest of the SDK loads during its round trip.
        const { sts, identity } = await (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695), __webpack_require__.e(845)]).then(__webpack_require__.bind(__webpack_require__, 4845))).startCredentialCheck(clients/* createClients */.hP, environment, logger);
        const [{ setupEnv }, { findTemplatesDir }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695), __webpack_require__.e(121), __webpack_require__.e(805), __webpack_require__.e(705), __webpack_require__.e(764), __webpack_require__.e(815), __webpack_require__.e(395), __webpack_require__.e(434)]).then(__webpack_require__.bind(__webpack_require__, 434)), __webpack_require__.e(/* import() */ 533).then(__webpack_require__.bind(__webpack_require__, 8533))]);
        const results = [];
        let checked = false;
        try {
            const result = await setupEnv({
                environment,
                runtime,
                deployInfrastructure: deploy,
                // The bundle runs from dist/lib, the sources from src/actions: templates/ is found above either.
                templatesDir: deploy ? findTemplatesDir((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url))) : '',
                recreateFailedStacks: inputs['recreate-failed-stacks'],
                timeoutMs: inputs['stack-timeout-minutes'] * 60_000,
                identity,
                clients: { sts, ...(await (0,clients/* createClients */.hP)({ region: environment.region }, ['cloudformation', 'iam', 'cognito'])) },
                clock: clock/* systemClock */.m,
                logger,
                onAccount: ({ account, configHash }) => {
                    checked = true;
                    exportVariable('AWS_REGION', environment.region);
                    exportVariable('AWS_DEFAULT_REGION', environment.region);
                    const where = { environment: environment.name, region: environment.region, 'account-id': account, 'agent-runtime': runtime.key, 'agent-runtime-name': runtime.aws_name, 'config-hash': configHash };
                    for (const [name, value] of Object.entries(where))
                        setOutput(name, value);
                    summary.add(setupEnvTable(environment, runtime, account, configHash));
                },
                onResult: (concern) => results.push(concern),
            });
            for (const [name, value] of Object.entries(result.outputs))
                setOutput(name, value);
            setOutput('stacks-changed', result.changed);
        }
        finally {
            // Once the account is checked, the summary shows what was done, also when a stack failed.
            if (checked && deploy)
                summary.add(renderInfraResults(results));
        }
    });
}


/***/ }),

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

/***/ 7802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ loadConfigFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/**
 * Reading the config file, apart from parsing it: the entries import this statically, and the
 * parser with zod and the schemas is loaded only when there is a file to parse.
 */


/** Reads and parses a config file; a missing or unreadable file is a UserError naming the path. */
async function loadConfigFile(path, displayName = path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        // Duck-typed: Node's fs errors may come from another realm (as under Jest), where instanceof fails.
        const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(code === 'ENOENT' ? `Config file not found: ${path}` : `Cannot read the config file ${path}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`);
    }
    // The parser (zod and the schemas) loads only once there is text to parse, so a missing file fails fast.
    const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(121), __webpack_require__.e(395)]).then(__webpack_require__.bind(__webpack_require__, 1395));
    return parseConfig(text, displayName);
}


/***/ }),

/***/ 6706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   a4: () => (/* binding */ mermaid),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   lS: () => (/* binding */ raw),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony export codeBlock */
/**
 * Markdown for job summaries, pull-request comments and the demo's pages.
 * User text is escaped so a value can never break a table or inject HTML.
 */
function escapeCell(value) {
    return String(value ?? '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
/** Inline code that survives backticks in the value. */
function code(value) {
    const text = String(value ?? '');
    if (!text)
        return '';
    const fence = text.includes('`') ? '``' : '`';
    return `${fence}${text.replace(/\|/g, '\\|')}${fence}`;
}
function table(headers, rows) {
    const head = `| ${headers.map(escapeCell).join(' | ')} |`;
    const rule = `| ${headers.map(() => '---').join(' | ')} |`;
    const body = rows.map((row) => `| ${row.map((cell) => (isRaw(cell) ? cell.raw : escapeCell(cell))).join(' | ')} |`);
    return [head, rule, ...body].join('\n');
}
function raw(markdown) {
    return { raw: markdown };
}
function isRaw(value) {
    return typeof value === 'object' && value !== null && 'raw' in value;
}
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${escapeCell(summary)}</summary>\n\n${body}\n\n</details>`;
}
function codeBlock(text, language = '') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${text}\n${fence}`;
}
function mermaid(diagram) {
    return codeBlock(diagram, 'mermaid');
}
/** Caps long text for display, saying how much was cut. */
function excerpt(text, max = 500) {
    return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}


/***/ }),

/***/ 4294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _c: () => (/* binding */ selectTarget),
/* harmony export */   lf: () => (/* binding */ selectRuntime)
/* harmony export */ });
/* unused harmony export selectEnvironment */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** Picks the environment (default: current_environment) and its runtime (default: default_agent_runtime, or the only one). */
function selectEnvironment(config, name) {
    return config.environment(name || config.currentEnvironment);
}
function selectRuntime(config, environment, key) {
    const runtimes = environment.agent_runtimes;
    const known = Object.keys(runtimes);
    const chosen = key || environment.default_agent_runtime || (known.length === 1 ? known[0] : undefined);
    if (!chosen) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(known.length === 0
            ? `Environment "${environment.name}" in ${config.file} has no agent_runtimes: add one under environments.${environment.name}.agent_runtimes.`
            : `Environment "${environment.name}" has several runtimes (${known.join(', ')}) and no default_agent_runtime: set the input "agent-runtime" or environments.${environment.name}.default_agent_runtime.`);
    }
    const runtime = runtimes[chosen];
    if (!runtime) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Agent runtime "${chosen}" is not in environment "${environment.name}" of ${config.file} (runtimes: ${known.join(', ') || 'none'}).`);
    }
    return runtime;
}
function selectTarget(config, environmentName, runtimeKey) {
    const environment = selectEnvironment(config, environmentName);
    return { environment, runtime: selectRuntime(config, environment, runtimeKey) };
}


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
