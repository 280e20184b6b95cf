export const id = 659;
export const ids = [659];
export const modules = {

/***/ 6659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ build_push_run)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/aws/clients.ts
var clients = __webpack_require__(6285);
// EXTERNAL MODULE: ./src/core/build/builders.ts
var builders = __webpack_require__(1826);
// EXTERNAL MODULE: ./src/core/clock.ts
var clock = __webpack_require__(2257);
// EXTERNAL MODULE: ./src/core/config/file.ts
var file = __webpack_require__(7802);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/target.ts
var target = __webpack_require__(4294);
// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(9556);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 5 modules
var exec = __webpack_require__(2876);
;// CONCATENATED MODULE: ./src/github/exec.ts




/**
 * Core's CommandRunner on @actions/exec: output is not echoed by exec itself (silent) but
 * handed to core line by line, which logs it and keeps the last lines for errors.
 */
const actionsCommandRunner = {
    run: (program, args, options) => exec/* exec */.m(program, args, {
        silent: true,
        ignoreReturnCode: true,
        listeners: { stdline: options.onLine, errline: options.onLine },
    }),
    has: async (program) => {
        for (const dir of (process.env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean)) {
            if (await (0,promises_.access)((0,external_node_path_.join)(dir, program), external_node_fs_.constants.X_OK).then(() => true, () => false))
                return true;
        }
        return false;
    },
};

// EXTERNAL MODULE: ./src/github/image-inputs.ts
var image_inputs = __webpack_require__(8698);
// EXTERNAL MODULE: ./src/github/inputs.ts
var github_inputs = __webpack_require__(5446);
// EXTERNAL MODULE: ./src/github/run.ts + 1 modules
var run = __webpack_require__(4986);
// EXTERNAL MODULE: ./src/github/specs/build-push.ts
var build_push = __webpack_require__(2437);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(6706);
;// CONCATENATED MODULE: ./src/github/summaries/build-push.ts

function buildPushTarget(environment, runtime, builder) {
    return (0,markdown/* table */.tp)(['Environment', 'Region', 'Runtime', 'Repository', 'Builder'], [[environment.name, environment.region, runtime.key, runtime.ecr_repository, builder]]);
}
function buildPushSummary(result) {
    return [
        result.pushed
            ? `✅ Pushed ${(0,markdown/* code */.aY)(result.imageUri)} (${result.uploaded.length} blob(s) uploaded, ${result.skipped.length} already there).`
            : `✅ Nothing to push: the repository already had ${(0,markdown/* code */.aY)(result.digest)}${result.tagged ? `; tagged it ${(0,markdown/* code */.aY)(result.tag)}` : ''}.`,
        (0,markdown/* table */.tp)(['Image URI', 'Tag', 'Platform', 'Builder', 'Account'], [[(0,markdown/* raw */.lS)((0,markdown/* code */.aY)(result.imageUri)), result.tag, result.platform, result.builder, result.account]]),
    ];
}

;// CONCATENATED MODULE: ./src/actions/build-push.ts















async function build_push_run() {
    await (0,run/* runAction */.C)(build_push/* buildPushSpec */.U, async ({ logger, summary, setOutput }) => {
        const inputs = (0,github_inputs/* readInputs */.K)(build_push/* buildPushSpec */.U.inputs);
        const info = (0,context/* runInfo */.Q)();
        const tag = inputs.tag ?? info.shortCommit;
        if (!tag)
            throw new errors/* UserError */.yo('Input "tag" is required here: there is no commit SHA (GITHUB_SHA) to tag the image with.');
        (0,image_inputs/* warnIgnoredBuildInputs */.w)(inputs, (message) => logger.warning(message));
        if (inputs.platform !== 'linux/arm64')
            logger.warning(`Input "platform" is ${inputs.platform}: AgentCore Runtime runs linux/arm64 images only.`);
        const config = await (0,file/* loadConfigFile */.H)(inputs['config-file']);
        const { environment, runtime } = (0,target/* selectTarget */._c)(config, inputs.environment, inputs['agent-runtime']);
        summary.add(buildPushTarget(environment, runtime, inputs.builder));
        // GITHUB_SERVER_URL is not in RunInfo; it makes the source label right on GitHub Enterprise too.
        const sourceUrl = info.repository ? `${process.env.GITHUB_SERVER_URL || 'https://github.com'}/${info.repository}` : '';
        // Loaded only now, so a bad input or config fails before the AWS SDK is even read from disk.
        const { buildPush } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695), __webpack_require__.e(249), __webpack_require__.e(897), __webpack_require__.e(966), __webpack_require__.e(7)]).then(__webpack_require__.bind(__webpack_require__, 3007));
        const result = await buildPush({
            environment,
            runtime,
            builder: inputs.builder,
            spec: {
                context: inputs.context,
                dockerfile: inputs.dockerfile ?? (0,external_node_path_.join)(inputs.context, 'Dockerfile'),
                platform: inputs.platform,
                buildArgs: (0,builders/* parseKeyValues */.Hl)(inputs['build-args'] ?? '', 'build-args'),
                labels: { ...(0,builders/* defaultLabels */.Nm)({ commit: info.commit, sourceUrl, runUrl: info.runUrl }), ...(0,builders/* parseKeyValues */.Hl)(inputs.labels ?? '', 'labels') },
            },
            ...(inputs['oci-layout'] ? { ociLayout: inputs['oci-layout'] } : {}),
            tag,
            tempRoot: process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
            runner: actionsCommandRunner,
            clients: await (0,clients/* createClients */.hP)({ region: environment.region }, ['sts', 'ecr']),
            clock: clock/* systemClock */.m,
            logger,
        });
        setOutput('image-uri', result.imageUri);
        setOutput('image-digest', result.digest);
        setOutput('image-tag', result.tag);
        setOutput('pushed', result.pushed);
        if (!result.pushed)
            logger.notice(`${result.imageUri} was already in the repository: no image uploaded${result.tagged ? `, tag ${result.tag} added` : ''}.`);
        for (const section of buildPushSummary(result))
            summary.add(section);
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

/***/ 9556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ runInfo)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Read from the runner's variables directly rather than through @actions/github's context, so
 * an action that needs no GitHub API never loads Octokit (cold start), and a local rehearsal
 * without GITHUB_REPOSITORY works.
 */
function runInfo(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const commit = env.GITHUB_SHA ?? '';
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    const pullRequest = pullRequestNumber(env.GITHUB_EVENT_PATH);
    return {
        repository,
        commit,
        shortCommit: commit.slice(0, 7),
        actor: env.GITHUB_ACTOR ?? '',
        runUrl: repository && env.GITHUB_RUN_ID ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : '',
        eventName: env.GITHUB_EVENT_NAME ?? '',
        ...(pullRequest ? { pullRequest } : {}),
        ref: env.GITHUB_REF ?? '',
    };
}
function pullRequestNumber(eventPath) {
    if (!eventPath || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(eventPath))
        return undefined;
    try {
        const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(eventPath, 'utf8'));
        return typeof event.pull_request?.number === 'number' ? event.pull_request.number : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 8698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ imageSource),
/* harmony export */   w: () => (/* binding */ warnIgnoredBuildInputs)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * Inputs that only make sense together, for build-push and deploy-version: each entry reads
 * them here, so a contradiction fails and an ignored input is warned about before any work.
 */

/** Inputs that one builder ignores get a warning, so a typo in a workflow is seen. */
function warnIgnoredBuildInputs(inputs, warn) {
    if (inputs.builder === 'oci-layout') {
        for (const name of ['dockerfile', 'build-args', 'labels']) {
            if (inputs[name])
                warn(`Input "${name}" is ignored with builder oci-layout: the image is already built.`);
        }
    }
    else if (inputs['oci-layout']) {
        warn(`Input "oci-layout" is ignored with builder ${inputs.builder}: set builder: oci-layout to push that layout.`);
    }
}
/** deploy-version's image: a URI, or what another environment's endpoint serves. */
function imageSource(inputs, warn) {
    const imageUri = inputs['image-uri'];
    const fromEnvironment = inputs['from-environment'];
    if (imageUri && fromEnvironment)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('Give either input "image-uri" or "from-environment", not both.');
    if (!imageUri && !fromEnvironment) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('Input "image-uri" or "from-environment" is required: the image to deploy, or the environment whose live image to deploy.');
    }
    if (imageUri) {
        for (const ignored of ['from-endpoint', 'from-role-arn']) {
            if (inputs[ignored])
                warn(`Input "${ignored}" is ignored: it applies only with "from-environment".`);
        }
        return { imageUri };
    }
    return {
        fromEnvironment: fromEnvironment,
        ...(inputs['from-endpoint'] ? { fromEndpoint: inputs['from-endpoint'] } : {}),
        ...(inputs['from-role-arn'] ? { fromRoleArn: inputs['from-role-arn'] } : {}),
    };
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
