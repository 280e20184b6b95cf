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
/* harmony import */ var _core_config_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2359);
/* harmony import */ var _core_target_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4294);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9556);
/* harmony import */ var _github_endpoint_move_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7720);
/* harmony import */ var _github_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5446);
/* harmony import */ var _github_run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4986);
/* harmony import */ var _github_specs_rollback_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5946);








async function run() {
    await (0,_github_run_js__WEBPACK_IMPORTED_MODULE_6__/* .runAction */ .C)(_github_specs_rollback_js__WEBPACK_IMPORTED_MODULE_7__/* .rollbackSpec */ .k, async ({ logger, summary, setOutput }) => {
        const inputs = (0,_github_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readInputs */ .K)(_github_specs_rollback_js__WEBPACK_IMPORTED_MODULE_7__/* .rollbackSpec */ .k.inputs);
        const config = await (0,_core_config_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfigFile */ ._e)(inputs['config-file']);
        const { environment, runtime } = (0,_core_target_js__WEBPACK_IMPORTED_MODULE_2__/* .selectTarget */ ._c)(config, inputs.environment, inputs['agent-runtime']);
        const info = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_3__/* .runInfo */ .Q)();
        // Loaded only now, so a bad input or config fails before the AWS SDK is even read from disk.
        const [{ RollbackFailure, rollbackEndpoint }, { rollbackSummary }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695), __webpack_require__.e(508), __webpack_require__.e(736), __webpack_require__.e(249), __webpack_require__.e(966), __webpack_require__.e(761), __webpack_require__.e(526)]).then(__webpack_require__.bind(__webpack_require__, 6526)), Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(508), __webpack_require__.e(720), __webpack_require__.e(742)]).then(__webpack_require__.bind(__webpack_require__, 6742))]);
        const clients = await (0,_core_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .createClients */ .hP)({ region: environment.region }, ['sts', 'ssm', 'agentcore', 'ecr']);
        await (0,_github_endpoint_move_js__WEBPACK_IMPORTED_MODULE_4__/* .runEndpointMove */ .k)({
            task: 'rollback',
            inputs,
            info,
            environment,
            runtime,
            logger,
            describe: ({ from, to }) => `rollback ${from ? `${from} → ` : ''}${to}${inputs.reason ? `: ${inputs.reason}` : ''}`,
            move: (base) => rollbackEndpoint({
                ...base,
                ...(inputs.endpoint ? { endpoint: inputs.endpoint } : {}),
                ...(inputs['to-version'] ? { toVersion: inputs['to-version'] } : {}),
                ...(inputs.reason ? { reason: inputs.reason } : {}),
                clients,
            }),
            resultOf: (error) => (error instanceof RollbackFailure ? error.result : undefined),
            report: (result) => {
                setOutput('version', result.version);
                setOutput('previous-version', result.previousVersion ?? '');
                setOutput('changed', result.changed);
                for (const section of rollbackSummary(result))
                    summary.add(section);
            },
        });
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
        run.report(result);
        await deployment?.finish('success', result.headline);
    }
    catch (error) {
        const failed = run.resultOf(error);
        if (failed)
            run.report(failed);
        await deployment?.finish(failed ? 'failure' : 'error', (0,errors/* describeError */.Uc)(error));
        throw error;
    }
}


/***/ })

};
