export const id = 904;
export const ids = [904];
export const modules = {

/***/ 1904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_aws_clients_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6285);
/* harmony import */ var _core_clock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2257);
/* harmony import */ var _core_config_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2359);
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6706);
/* harmony import */ var _core_target_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4294);
/* harmony import */ var _github_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5446);
/* harmony import */ var _github_run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4986);
/* harmony import */ var _github_specs_setup_env_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(859);










async function run() {
    await (0,_github_run_js__WEBPACK_IMPORTED_MODULE_6__/* .runAction */ .C)(_github_specs_setup_env_js__WEBPACK_IMPORTED_MODULE_7__/* .setupEnvSpec */ .e, async ({ logger, summary, setOutput, exportVariable }) => {
        const inputs = (0,_github_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readInputs */ .K)(_github_specs_setup_env_js__WEBPACK_IMPORTED_MODULE_7__/* .setupEnvSpec */ .e.inputs);
        const config = await (0,_core_config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfigFile */ ._e)(inputs['config-file']);
        const { environment, runtime } = (0,_core_target_js__WEBPACK_IMPORTED_MODULE_4__/* .selectTarget */ ._c)(config, inputs.environment, inputs['agent-runtime']);
        // Loaded only now, so a bad input or config fails before the AWS SDK is even read from disk.
        const [{ STSClient }, { checkAccount }, { derivedOutputs, infraClients, provisionInfrastructure }, { renderInfraResults }, { findTemplatesDir }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695)]).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19)),
            Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695), __webpack_require__.e(845)]).then(__webpack_require__.bind(__webpack_require__, 4845)),
            Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(805), __webpack_require__.e(122), __webpack_require__.e(111)]).then(__webpack_require__.bind(__webpack_require__, 3111)),
            __webpack_require__.e(/* import() */ 950).then(__webpack_require__.bind(__webpack_require__, 5950)),
            __webpack_require__.e(/* import() */ 533).then(__webpack_require__.bind(__webpack_require__, 8533)),
        ]);
        const identity = await logger.group(`Checking credentials for ${environment.name} (${environment.region})`, () => checkAccount((0,_core_aws_clients_js__WEBPACK_IMPORTED_MODULE_8__/* .createClient */ .UU)(STSClient, { region: environment.region }), environment));
        logger.info(`Credentials: ${identity.arn} in account ${identity.account}`);
        const hash = (0,_core_config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .environmentHash */ .SL)(environment);
        exportVariable('AWS_REGION', environment.region);
        exportVariable('AWS_DEFAULT_REGION', environment.region);
        setOutput('environment', environment.name);
        setOutput('region', environment.region);
        setOutput('account-id', identity.account);
        setOutput('agent-runtime', runtime.key);
        setOutput('agent-runtime-name', runtime.aws_name);
        setOutput('config-hash', hash);
        summary.add((0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .table */ .tp)(['Environment', 'Region', 'Account', 'Runtime', 'AWS name', 'Config hash'], [[environment.name, environment.region, identity.account, runtime.key, (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .raw */ .lS)((0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .code */ .aY)(runtime.aws_name)), (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .raw */ .lS)((0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .code */ .aY)(hash.slice(0, 12)))]]));
        let outputs;
        let changed = false;
        if (inputs['deploy-infrastructure']) {
            const results = [];
            try {
                const provisioned = await provisionInfrastructure({
                    environment,
                    runtime,
                    account: identity.account,
                    // The bundle runs from dist/lib, the sources from src/actions: templates/ is found above either.
                    templatesDir: findTemplatesDir((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url))),
                    recreateFailedStacks: inputs['recreate-failed-stacks'],
                    timeoutMs: inputs['stack-timeout-minutes'] * 60_000,
                    clients: infraClients(environment.region),
                    clock: _core_clock_js__WEBPACK_IMPORTED_MODULE_2__/* .systemClock */ .m,
                    logger,
                    onResult: (result) => results.push(result),
                });
                outputs = provisioned.outputs;
                changed = provisioned.changed;
                if (!changed)
                    logger.notice(`Infrastructure of ${environment.name}: no change, every stack already matches.`);
            }
            finally {
                summary.add(renderInfraResults(results));
            }
        }
        else {
            logger.info('deploy-infrastructure is false: no stack is created or updated; outputs come from names and the config.');
            outputs = derivedOutputs(environment, runtime, identity.account);
        }
        for (const [name, value] of Object.entries(outputs))
            setOutput(name, value);
        setOutput('stacks-changed', changed);
    });
}


/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UU: () => (/* binding */ createClient)
/* harmony export */ });
/* unused harmony exports USER_AGENT, DEFAULT_MAX_ATTEMPTS */
const USER_AGENT = ['agentcore-actions', '0.1.0'];
const DEFAULT_MAX_ATTEMPTS = 8;
/** The one place SDK clients are built, so every client gets the same region, retries and user agent. */
function createClient(Client, target) {
    return new Client({
        region: target.region,
        ...(target.credentials ? { credentials: target.credentials } : {}),
        maxAttempts: target.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        customUserAgent: [USER_AGENT],
    });
}


/***/ }),

/***/ 2257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony export FakeClock */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/** A clock whose sleep advances time instantly; for unit tests. */
class FakeClock {
    time;
    constructor(time = 0) {
        this.time = time;
    }
    sleeps = [];
    now() {
        return this.time;
    }
    async sleep(ms) {
        this.sleeps.push(ms);
        this.time += ms;
    }
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


/***/ })

};
