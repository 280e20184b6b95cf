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
// EXTERNAL MODULE: ./src/core/config/index.ts + 9 modules
var core_config = __webpack_require__(2359);
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
        const config = await (0,core_config/* loadConfigFile */._e)(inputs['config-file']);
        const { environment, runtime } = (0,target/* selectTarget */._c)(config, inputs.environment, inputs['agent-runtime']);
        const deploy = inputs['deploy-infrastructure'];
        // Loaded only now, so a bad input or config fails before the AWS SDK is even read from disk.
        const [{ setupEnv }, { findTemplatesDir }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695), __webpack_require__.e(805), __webpack_require__.e(705), __webpack_require__.e(764), __webpack_require__.e(815), __webpack_require__.e(434)]).then(__webpack_require__.bind(__webpack_require__, 434)), __webpack_require__.e(/* import() */ 533).then(__webpack_require__.bind(__webpack_require__, 8533))]);
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
                clients: await (0,clients/* createClients */.hP)({ region: environment.region }, ['sts', 'cloudformation', 'iam', 'cognito']),
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
