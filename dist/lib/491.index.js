export const id = 491;
export const ids = [491];
export const modules = {

/***/ 3491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _core_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6285);
/* harmony import */ var _core_config_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7802);
/* harmony import */ var _core_target_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4294);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9556);
/* harmony import */ var _github_endpoint_move_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7720);
/* harmony import */ var _github_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5446);
/* harmony import */ var _github_run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4986);
/* harmony import */ var _github_specs_rollback_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5946);








async function run() {
    await (0,_github_run_js__WEBPACK_IMPORTED_MODULE_6__/* .runAction */ .C)(_github_specs_rollback_js__WEBPACK_IMPORTED_MODULE_7__/* .rollbackSpec */ .k, async ({ logger, summary, setOutput }) => {
        const inputs = (0,_github_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readInputs */ .K)(_github_specs_rollback_js__WEBPACK_IMPORTED_MODULE_7__/* .rollbackSpec */ .k.inputs);
        const config = await (0,_core_config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfigFile */ .H)(inputs['config-file']);
        const { environment, runtime } = (0,_core_target_js__WEBPACK_IMPORTED_MODULE_2__/* .selectTarget */ ._c)(config, inputs.environment, inputs['agent-runtime']);
        const info = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_3__/* .runInfo */ .Q)();
        let ops;
        await (0,_github_endpoint_move_js__WEBPACK_IMPORTED_MODULE_4__/* .runEndpointMove */ .k)({
            task: 'rollback',
            inputs,
            info,
            environment,
            runtime,
            logger,
            describe: ({ from, to }) => `rollback ${from ? `${from} → ` : ''}${to}${inputs.reason ? `: ${inputs.reason}` : ''}`,
            move: async (base) => {
                // Loaded only now, after runEndpointMove's checks, so a bad input or config fails before the AWS SDK is
                // read from disk; the account check goes out first, and the rest of the SDK loads during its round trip.
                const { sts, identity } = await (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695), __webpack_require__.e(845)]).then(__webpack_require__.bind(__webpack_require__, 4845))).startCredentialCheck(_core_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .createClients */ .hP, environment, logger);
                ops = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695), __webpack_require__.e(121), __webpack_require__.e(508), __webpack_require__.e(736), __webpack_require__.e(249), __webpack_require__.e(395), __webpack_require__.e(966), __webpack_require__.e(185), __webpack_require__.e(761), __webpack_require__.e(526)]).then(__webpack_require__.bind(__webpack_require__, 6526));
                const clients = { sts, ...(await (0,_core_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .createClients */ .hP)({ region: environment.region }, ['ssm', 'agentcore', 'ecr'])) };
                return ops.rollbackEndpoint({
                    ...base,
                    ...(inputs.endpoint ? { endpoint: inputs.endpoint } : {}),
                    ...(inputs['to-version'] ? { toVersion: inputs['to-version'] } : {}),
                    ...(inputs.reason ? { reason: inputs.reason } : {}),
                    identity,
                    clients,
                });
            },
            resultOf: (error) => (ops && error instanceof ops.RollbackFailure ? error.result : undefined),
            report: async (result) => {
                setOutput('version', result.version);
                setOutput('previous-version', result.previousVersion ?? '');
                setOutput('changed', result.changed);
                const { rollbackSummary } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(508), __webpack_require__.e(720), __webpack_require__.e(742)]).then(__webpack_require__.bind(__webpack_require__, 6742));
                for (const section of rollbackSummary(result))
                    summary.add(section);
            },
        });
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

/***/ 7720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ runEndpointMove)
});

// EXTERNAL MODULE: ./src/core/clock.ts
var clock = __webpack_require__(2257);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/github/deployments.ts
/**
 * GitHub Deployments for promote-endpoint and rollback: one deployment of the commit to the
 * config's environment when the endpoint starts to move (status in_progress), and its final
 * status (success, failure) when the action ends. Deployments are a record for people: a
 * GitHub error is a warning and never fails the step.
 *
 *   const deployment = await startDeployment({ client, repository, ref, environment, … });
 *   await deployment?.finish('success', 'live serves version 3');
 */

/** GitHub's limit on a deployment status description. */
const MAX_STATUS_DESCRIPTION = 140;
function deployments_short(text) {
    return text.length <= MAX_STATUS_DESCRIPTION ? text : `${text.slice(0, MAX_STATUS_DESCRIPTION - 1)}…`;
}
/** Creates the deployment and marks it in_progress; undefined (after a warning) when GitHub refuses. */
async function startDeployment(request) {
    const { client, logger } = request;
    const [owner, repo] = request.repository.split('/');
    if (!owner || !repo) {
        logger.warning('No GitHub deployment recorded: the repository of this run is unknown (GITHUB_REPOSITORY is not set).');
        return undefined;
    }
    let id;
    try {
        const created = await client.rest.repos.createDeployment({
            owner,
            repo,
            ref: request.ref,
            environment: request.environment,
            task: request.task,
            description: deployments_short(request.description),
            payload: request.payload,
            // A record of what happened, not a request to deploy: no merge of the default branch, no status checks.
            auto_merge: false,
            required_contexts: [],
        });
        if (!('id' in created.data))
            throw new Error(created.data.message ?? 'GitHub created no deployment');
        id = created.data.id;
    }
    catch (error) {
        logger.warning(`Could not create a GitHub deployment for environment "${request.environment}": ${(0,errors/* describeError */.Uc)(error)}. The token needs deployments: write.`);
        return undefined;
    }
    const status = async (state, description) => {
        try {
            await client.rest.repos.createDeploymentStatus({
                owner,
                repo,
                deployment_id: id,
                state,
                description: deployments_short(description),
                environment: request.environment,
                ...(request.logUrl ? { log_url: request.logUrl } : {}),
            });
        }
        catch (error) {
            logger.warning(`Could not set GitHub deployment ${id} to ${state}: ${(0,errors/* describeError */.Uc)(error)}`);
        }
    };
    await status('in_progress', request.description);
    logger.info(`GitHub deployment ${id} of ${request.ref.slice(0, 7)} to environment "${request.environment}" is in progress.`);
    return { id, finish: (state, description) => status(state, description) };
}
/**
 * What an action calls when its change starts: creates the deployment when the input
 * "github-deployments" asks for it. Checked up front, so a missing token fails before any change.
 */
function deploymentStarter(settings) {
    if (!settings.enabled)
        return async () => undefined;
    if (!settings.token)
        throw new errors/* UserError */.yo('Input "github-deployments" is true, so "github-token" is required (e.g. ${{ github.token }}, with permissions deployments: write).');
    const token = settings.token;
    // Octokit loads only when a deployment is really recorded: it is a large part of a cold start.
    return async (task, description, payload) => startDeployment({
        client: (await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(702)]).then(__webpack_require__.bind(__webpack_require__, 6702))).createGitHubClient({ token, logger: settings.logger }),
        repository: settings.repository,
        ref: settings.commit,
        environment: settings.environment,
        task,
        description,
        payload,
        logUrl: settings.runUrl,
        logger: settings.logger,
    });
}
/** The starter for an action with the shared "github-deployments" and "github-token" inputs. */
function deploymentStarterFor(inputs, run, environment, logger) {
    return deploymentStarter({
        enabled: inputs['github-deployments'],
        token: inputs['github-token'],
        repository: run.repository,
        commit: run.commit,
        runUrl: run.runUrl,
        environment,
        logger,
    });
}

;// CONCATENATED MODULE: ./src/github/endpoint-move.ts
/**
 * What the promote-endpoint and rollback entries share: the GitHub deployment that starts
 * right before the endpoint moves and ends with the run, and outputs and summary that are
 * written for a failed move too (its failure carries the result).
 */



async function runEndpointMove(run) {
    const { environment, runtime, info, logger } = run;
    // Made before the move: a missing token fails before any change.
    const startDeployment = deploymentStarterFor(run.inputs, info, environment.name, logger);
    let deployment;
    const onChange = async (change) => {
        deployment = await startDeployment(run.task, `${runtime.key}: ${run.describe(change)}`, {
            runtime: runtime.key,
            endpoint: run.inputs.endpoint || runtime.promotion.live_endpoint,
            from: change.from ?? '',
            to: change.to,
        });
    };
    try {
        const timeoutMs = run.inputs['timeout-minutes'] * 60_000;
        const result = await run.move({ environment, runtime, timeoutMs, run: { actor: info.actor, runUrl: info.runUrl, commit: info.commit }, clock: clock/* systemClock */.m, logger, onChange });
        await run.report(result);
        await deployment?.finish('success', result.headline);
    }
    catch (error) {
        const failed = run.resultOf(error);
        if (failed)
            await run.report(failed);
        await deployment?.finish(failed ? 'failure' : 'error', (0,errors/* describeError */.Uc)(error));
        throw error;
    }
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
