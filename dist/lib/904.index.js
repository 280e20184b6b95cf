export const id = 904;
export const ids = [904];
export const modules = {

/***/ 1904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1695);
/* harmony import */ var _core_aws_clients_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6285);
/* harmony import */ var _core_config_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2359);
/* harmony import */ var _core_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4845);
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6706);
/* harmony import */ var _core_target_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4294);
/* harmony import */ var _github_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5446);
/* harmony import */ var _github_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4986);
/* harmony import */ var _github_specs_setup_env_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(859);









async function run() {
    await (0,_github_run_js__WEBPACK_IMPORTED_MODULE_4__/* .runAction */ .C)(_github_specs_setup_env_js__WEBPACK_IMPORTED_MODULE_5__/* .setupEnvSpec */ .e, async ({ logger, summary, setOutput, exportVariable }) => {
        const inputs = (0,_github_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readInputs */ .K)(_github_specs_setup_env_js__WEBPACK_IMPORTED_MODULE_5__/* .setupEnvSpec */ .e.inputs);
        const config = await (0,_core_config_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfigFile */ ._e)(inputs['config-file']);
        const { environment, runtime } = (0,_core_target_js__WEBPACK_IMPORTED_MODULE_2__/* .selectTarget */ ._c)(config, inputs.environment, inputs['agent-runtime']);
        const identity = await logger.group(`Checking credentials for ${environment.name} (${environment.region})`, () => (0,_core_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .checkAccount */ .g)((0,_core_aws_clients_js__WEBPACK_IMPORTED_MODULE_6__/* .createClient */ .UU)(_aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_7__/* .STSClient */ .iM, { region: environment.region }), environment));
        logger.info(`Credentials: ${identity.arn} in account ${identity.account}`);
        const hash = (0,_core_config_index_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentHash */ .SL)(environment);
        exportVariable('AWS_REGION', environment.region);
        exportVariable('AWS_DEFAULT_REGION', environment.region);
        setOutput('environment', environment.name);
        setOutput('region', environment.region);
        setOutput('account-id', identity.account);
        setOutput('agent-runtime', runtime.key);
        setOutput('agent-runtime-name', runtime.aws_name);
        setOutput('config-hash', hash);
        summary.add((0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .table */ .tp)(['Environment', 'Region', 'Account', 'Runtime', 'AWS name', 'Config hash'], [[environment.name, environment.region, identity.account, runtime.key, (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .raw */ .lS)((0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .code */ .aY)(runtime.aws_name)), (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .raw */ .lS)((0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .code */ .aY)(hash.slice(0, 12)))]]));
    });
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
