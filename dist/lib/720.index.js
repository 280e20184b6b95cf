export const id = 720;
export const ids = [720];
export const modules = {

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

/***/ 8996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gw: () => (/* binding */ waitServing),
/* harmony export */   Is: () => (/* binding */ isSettled),
/* harmony export */   J3: () => (/* binding */ settleEndpoint),
/* harmony export */   KW: () => (/* binding */ readEndpoint),
/* harmony export */   PA: () => (/* binding */ isServing),
/* harmony export */   Yh: () => (/* binding */ describeServing),
/* harmony export */   a8: () => (/* binding */ pointEndpoint),
/* harmony export */   mP: () => (/* binding */ DEFAULT_ENDPOINT),
/* harmony export */   uE: () => (/* binding */ restoreEndpoint),
/* harmony export */   v9: () => (/* binding */ listEndpoints),
/* harmony export */   yX: () => (/* binding */ describeRestored),
/* harmony export */   zy: () => (/* binding */ peekEndpoint)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7508);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _runtime_lookup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2764);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3210);
/* harmony import */ var _handle_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1783);
/**
 * Moving one endpoint and proving where it landed:
 *
 *   const moved = await pointEndpoint(handle, 'live', '3', description, existing);
 *   if (!moved.ok) { const now = await restoreEndpoint(handle, 'live', '2', description); … }
 *
 * A move counts only when the endpoint is READY with liveVersion equal to the version asked for
 * (targetVersion alone says where AgentCore is going, not what serves). Endpoints are always
 * created with an explicit version: one created without pins whatever is newest at that moment.
 */





const DEFAULT_ENDPOINT = 'DEFAULT';
async function readEndpoint(handle, name) {
    return (0,_runtime_lookup_js__WEBPACK_IMPORTED_MODULE_1__/* .getEndpoint */ .yP)(handle.control, handle.runtimeId, name);
}
/** Every endpoint of the runtime (DEFAULT included), by name. */
async function listEndpoints(handle) {
    const views = [];
    try {
        for await (const page of (0,_aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_3__.paginateListAgentRuntimeEndpoints)({ client: handle.control }, { agentRuntimeId: handle.runtimeId, maxResults: 100 })) {
            for (const e of page.runtimeEndpoints ?? []) {
                views.push({
                    name: e.name ?? '?',
                    status: e.status ?? 'UNKNOWN',
                    ...(e.liveVersion ? { liveVersion: e.liveVersion } : {}),
                    ...(e.targetVersion ? { targetVersion: e.targetVersion } : {}),
                });
            }
        }
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(`Listing the endpoints of ${(0,_handle_js__WEBPACK_IMPORTED_MODULE_4__/* .describeRuntime */ .m)(handle)} (AgentCore ListAgentRuntimeEndpoints)`, error);
    }
    return views;
}
/** "version 2 (READY)", "version 2, moving to 3 (UPDATING)", "no version (CREATE_FAILED)". */
function describeServing(endpoint) {
    if (!endpoint)
        return 'nothing (the endpoint does not exist)';
    const live = endpoint.liveVersion ? `version ${endpoint.liveVersion}` : 'no version';
    const moving = endpoint.targetVersion && endpoint.targetVersion !== endpoint.liveVersion ? `, moving to ${endpoint.targetVersion}` : '';
    return `${live}${moving} (${endpoint.status ?? 'UNKNOWN'})`;
}
/** The endpoint, or undefined when it does not exist; other errors are the SDK's own (for isTransientAwsError). */
async function peekEndpoint(handle, name) {
    try {
        return await poll(handle, name)();
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAwsErrorNamed */ .X1)(error, 'ResourceNotFoundException'))
            return undefined;
        throw error;
    }
}
/** Not CREATING/UPDATING. */
function isSettled(endpoint) {
    return (0,_wait_js__WEBPACK_IMPORTED_MODULE_2__/* .statusCheck */ .dq)(endpoint.status).state !== 'pending';
}
/** READY, serving the version and going nowhere else. */
function isServing(endpoint, version) {
    return endpoint?.status === 'READY' && endpoint.liveVersion === version && (endpoint.targetVersion ?? version) === version;
}
function describeRestored(restored) {
    return `${restored.serving ? `version ${restored.serving}` : 'no version'} (${restored.status})`;
}
function poll(handle, name) {
    // Raw SDK errors, so that `transient` can tell throttling from a refusal.
    return () => handle.control.send(new _aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_3__.GetAgentRuntimeEndpointCommand({ agentRuntimeId: handle.runtimeId, endpointName: name }));
}
/** The endpoint once it is no longer CREATING/UPDATING (another change may be in flight), or undefined when absent. */
async function settleEndpoint(handle, name) {
    const endpoint = await readEndpoint(handle, name);
    if (!endpoint || isSettled(endpoint))
        return endpoint;
    handle.logger.info(`Endpoint "${name}" is ${endpoint.status} (${describeServing(endpoint)}): waiting for that change to finish first.`);
    try {
        const settled = await (0,_wait_js__WEBPACK_IMPORTED_MODULE_2__/* .waitUntil */ .a0)({
            what: `endpoint "${name}" of ${handle.runtimeName}`,
            poll: poll(handle, name),
            check: (e) => ({ status: e.status ?? 'UNKNOWN', state: (0,_wait_js__WEBPACK_IMPORTED_MODULE_2__/* .statusCheck */ .dq)(e.status).state === 'pending' ? 'pending' : 'done' }),
            transient: _wait_js__WEBPACK_IMPORTED_MODULE_2__/* .isTransientAwsError */ .Sc,
            timeoutMs: handle.timeoutMs,
            clock: handle.clock,
            logger: handle.logger,
        });
        return settled.value;
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(`Waiting for ${(0,_handle_js__WEBPACK_IMPORTED_MODULE_4__/* .describeEndpoint */ .N)(handle, name)} to finish its change (AgentCore GetAgentRuntimeEndpoint)`, error);
    }
}
function servingCheck(endpoint, version) {
    const base = (0,_wait_js__WEBPACK_IMPORTED_MODULE_2__/* .statusCheck */ .dq)(endpoint.status, endpoint.failureReason);
    const status = `${endpoint.status ?? 'UNKNOWN'}, live ${endpoint.liveVersion ?? 'none'}, target ${endpoint.targetVersion ?? 'none'}`;
    if (base.state === 'failed')
        return { status, state: 'failed', reason: `${endpoint.status}: ${base.reason}` };
    if (base.state === 'pending')
        return { status, state: 'pending' };
    if (endpoint.liveVersion === version)
        return { status, state: 'done' };
    return { status, state: 'failed', reason: `it is READY serving version ${endpoint.liveVersion ?? 'none'}, not ${version}: another change moved it` };
}
/** Waits until the endpoint is READY with liveVersion = version. */
async function waitServing(handle, name, version) {
    try {
        const result = await (0,_wait_js__WEBPACK_IMPORTED_MODULE_2__/* .waitUntil */ .a0)({
            what: `endpoint "${name}" → version ${version}`,
            poll: poll(handle, name),
            check: (e) => servingCheck(e, version),
            transient: _wait_js__WEBPACK_IMPORTED_MODULE_2__/* .isTransientAwsError */ .Sc,
            timeoutMs: handle.timeoutMs,
            timeoutHint: 'Raise the input "timeout-minutes" if AgentCore is slow today.',
            clock: handle.clock,
            logger: handle.logger,
        });
        return result.outcome === 'done' ? { ok: true, endpoint: result.value } : { ok: false, reason: result.reason };
    }
    catch (error) {
        return { ok: false, reason: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error) };
    }
}
/**
 * Points the endpoint at a version (creating it when `exists` is false) and waits until it
 * serves it. Refusals and failures come back as a reason, for the caller to repair and report.
 */
async function pointEndpoint(handle, name, version, description, exists) {
    const { logger } = handle;
    try {
        if (exists) {
            logger.info(`Moving endpoint "${name}" to version ${version}.`);
            await handle.control.send(new _aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_3__.UpdateAgentRuntimeEndpointCommand({ agentRuntimeId: handle.runtimeId, endpointName: name, agentRuntimeVersion: version, description }));
        }
        else {
            logger.info(`Creating endpoint "${name}" on version ${version}.`);
            await handle.control.send(new _aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_3__.CreateAgentRuntimeEndpointCommand({ agentRuntimeId: handle.runtimeId, name, agentRuntimeVersion: version, description }));
        }
    }
    catch (error) {
        const operation = exists ? 'UpdateAgentRuntimeEndpoint' : 'CreateAgentRuntimeEndpoint';
        const hint = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAwsErrorNamed */ .X1)(error, 'AccessDeniedException') ? ` (the deploy role needs bedrock-agentcore:${operation})` : '';
        return { ok: false, reason: `AgentCore ${operation} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}${hint}` };
    }
    return waitServing(handle, name, version);
}
/**
 * After a failed move, brings the endpoint back to serving `from`, READY (a failed update leaves
 * it UPDATE_FAILED, or the move may have landed after all). Never throws: it reports what serves.
 */
async function restoreEndpoint(handle, name, from, description) {
    let endpoint;
    try {
        endpoint = await settleEndpoint(handle, name);
    }
    catch (error) {
        return { status: 'UNKNOWN', restored: false, problem: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error) };
    }
    if (!endpoint)
        return { status: 'missing', restored: false, problem: 'the endpoint does not exist' };
    const current = { ...(endpoint.liveVersion ? { serving: endpoint.liveVersion } : {}), status: endpoint.status ?? 'UNKNOWN' };
    if (from === undefined)
        return { ...current, restored: false, problem: 'this run created the endpoint, so there is no earlier version to return to' };
    if (endpoint.status === 'READY' && endpoint.liveVersion === from && endpoint.targetVersion === from)
        return { ...current, restored: false };
    handle.logger.info(`Returning ${(0,_handle_js__WEBPACK_IMPORTED_MODULE_4__/* .describeEndpoint */ .N)(handle, name)} to version ${from} (it is ${describeServing(endpoint)}).`);
    const moved = await pointEndpoint(handle, name, from, description, true);
    if (moved.ok)
        return { serving: from, status: 'READY', restored: true };
    const after = await readEndpoint(handle, name).catch(() => endpoint);
    return { ...(after?.liveVersion ? { serving: after.liveVersion } : {}), status: after?.status ?? 'UNKNOWN', restored: false, problem: moved.reason };
}


/***/ }),

/***/ 1783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ describeEndpoint),
/* harmony export */   m: () => (/* binding */ describeRuntime)
/* harmony export */ });
/** `runtime "support-bot" (support_bot_dev) of environment "dev" (us-west-2)` */
function describeRuntime(handle) {
    return `runtime "${handle.runtimeKey}" (${handle.runtimeName}) of environment "${handle.environment}" (${handle.region})`;
}
/** `endpoint "live" of runtime "support-bot" (support_bot_dev) of environment "dev" (us-west-2)` */
function describeEndpoint(handle, endpoint) {
    return `endpoint "${endpoint}" of ${describeRuntime(handle)}`;
}


/***/ }),

/***/ 2764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ findRuntimeByName),
/* harmony export */   rm: () => (/* binding */ getRuntimeVersion),
/* harmony export */   yP: () => (/* binding */ getEndpoint)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7508);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * Reading AgentCore runtimes: by name (ListAgentRuntimes has no filter, so it pages through all),
 * one version, one endpoint. Failures are UserErrors saying what was being read.
 */


/** The runtime with this AgentCore name, or undefined when there is none. */
async function findRuntimeByName(control, name) {
    try {
        for await (const page of (0,_aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_1__.paginateListAgentRuntimes)({ client: control }, { maxResults: 100 })) {
            const found = page.agentRuntimes?.find((runtime) => runtime.agentRuntimeName === name);
            if (found)
                return found;
        }
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(`Looking for agent runtime ${name} (AgentCore ListAgentRuntimes)`, error, 'The credentials need bedrock-agentcore:ListAgentRuntimes.');
    }
    return undefined;
}
/** A runtime's newest version, or the given one. */
async function getRuntimeVersion(control, runtimeId, version) {
    try {
        return await control.send(new _aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_1__.GetAgentRuntimeCommand({ agentRuntimeId: runtimeId, ...(version ? { agentRuntimeVersion: version } : {}) }));
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(`Reading agent runtime ${runtimeId}${version ? ` version ${version}` : ''} (AgentCore GetAgentRuntime)`, error);
    }
}
/** An endpoint of a runtime, or undefined when it does not exist. */
async function getEndpoint(control, runtimeId, endpointName) {
    try {
        return await control.send(new _aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_1__.GetAgentRuntimeEndpointCommand({ agentRuntimeId: runtimeId, endpointName }));
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAwsErrorNamed */ .X1)(error, 'ResourceNotFoundException'))
            return undefined;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(`Reading endpoint ${endpointName} of agent runtime ${runtimeId} (AgentCore GetAgentRuntimeEndpoint)`, error);
    }
}


/***/ }),

/***/ 3210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ formatElapsed),
/* harmony export */   Sc: () => (/* binding */ isTransientAwsError),
/* harmony export */   a0: () => (/* binding */ waitUntil),
/* harmony export */   dq: () => (/* binding */ statusCheck)
/* harmony export */ });
/* unused harmony exports DEFAULT_INITIAL_DELAY_MS, DEFAULT_MAX_DELAY_MS, DEFAULT_BEAT_MS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const DEFAULT_INITIAL_DELAY_MS = 250;
const DEFAULT_MAX_DELAY_MS = 1000;
const DEFAULT_BEAT_MS = 5000;
const BACKOFF_FACTOR = 1.5;
/** AgentCore's status enum: READY settles, *_FAILED fails, anything else is still moving. */
function statusCheck(status, failureReason) {
    const shown = status ?? 'UNKNOWN';
    if (shown === 'READY')
        return { status: shown, state: 'done' };
    if (shown.endsWith('_FAILED'))
        return { status: shown, state: 'failed', reason: failureReason || 'AWS gave no failureReason' };
    return { status: shown, state: 'pending' };
}
/** Throttling, 5xx and network errors: the SDK retries them, and a poll may try again after that. */
function isTransientAwsError(error) {
    if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAwsError */ .m_)(error))
        return false;
    const status = error.$metadata?.httpStatusCode;
    return error.$fault === 'server' || status === 429 || (status !== undefined && status >= 500) || /Throttl|TooManyRequests|RequestLimitExceeded/.test(error.name);
}
/** "1m 05s", "12s": elapsed time as a person reads it. */
function formatElapsed(ms) {
    const seconds = Math.floor(ms / 1000);
    if (seconds < 60)
        return `${seconds}s`;
    return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
}
async function waitUntil(options) {
    const { clock, logger, what } = options;
    const beatMs = options.beatMs ?? DEFAULT_BEAT_MS;
    const maxDelayMs = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
    const start = clock.now();
    const deadline = start + options.timeoutMs;
    let delay = options.initialDelayMs ?? DEFAULT_INITIAL_DELAY_MS;
    let last;
    let lastLogged = -Infinity;
    for (;;) {
        const polled = await pollOnce(options);
        if (polled) {
            const { value } = polled;
            const check = options.check(value);
            const elapsedMs = clock.now() - start;
            if (check.status !== last?.status || clock.now() - lastLogged >= beatMs) {
                logger.info(`${what}: ${check.status} (${formatElapsed(elapsedMs)} elapsed)`);
                lastLogged = clock.now();
            }
            last = check;
            if (check.state === 'done')
                return { outcome: 'done', value, status: check.status, elapsedMs };
            if (check.state === 'failed') {
                return { outcome: 'failed', value, status: check.status, reason: check.reason ?? 'no reason given', elapsedMs };
            }
        }
        const remaining = deadline - clock.now();
        if (remaining <= 0)
            throw timeoutError(options, last, clock.now() - start);
        // Never sleep past the deadline: the last poll happens at it, so a late READY still counts.
        await clock.sleep(Math.min(delay, remaining));
        delay = Math.min(maxDelayMs, Math.round(delay * BACKOFF_FACTOR));
    }
}
/** One poll; undefined when it failed with an error the caller calls transient. */
async function pollOnce(options) {
    try {
        return { value: await options.poll() };
    }
    catch (error) {
        if (!options.transient?.(error))
            throw error;
        options.logger.debug(`${options.what}: polling failed (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}); trying again`);
        return undefined;
    }
}
function timeoutError(options, last, elapsedMs) {
    return (options.onTimeout?.(last, elapsedMs) ??
        new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Timed out after ${formatElapsed(elapsedMs)} waiting for ${options.what}; the last status seen was ${last?.status ?? 'none (every poll failed)'}.` +
            (options.timeoutHint ? ` ${options.timeoutHint}` : '')));
}


/***/ }),

/***/ 7881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ endpointDiagram)
/* harmony export */ });
/* unused harmony export mermaidLabel */
/* harmony import */ var _core_promotion_endpoints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8996);
/**
 * A Mermaid flowchart of a runtime's versions and which endpoint points where, before and after
 * a promotion or rollback, with the smoke-test and bake results on the arrows:
 *
 *   flowchart LR
 *     subgraph before["Before"] … b_e0(["live"]) --> b_v1["version 1"] … end
 *     subgraph after["After"]   … a_e0(["live"]) -->|"smoke test passed · baked 5m 00s"| a_v2["version 2"] … end
 *
 * Node ids are generated (never user text); every label is quoted with Mermaid's entity codes
 * for the characters that would end or break it, so any endpoint name or note renders.
 */

/** A Mermaid label: quoted, with the characters that end or break it as entity codes. */
function mermaidLabel(text) {
    const escaped = text
        .replace(/#/g, '#35;')
        .replace(/"/g, '#quot;')
        .replace(/</g, '#lt;')
        .replace(/>/g, '#gt;')
        .replace(/[\r\n]+/g, ' ');
    return `"${escaped}"`;
}
function versionsOf(endpoints, extra) {
    const all = new Set(extra);
    for (const e of endpoints) {
        if (e.liveVersion)
            all.add(e.liveVersion);
        if (e.targetVersion)
            all.add(e.targetVersion);
    }
    return [...all].sort((a, b) => Number(a) - Number(b));
}
function endpointLabel(e) {
    const name = e.name === _core_promotion_endpoints_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_ENDPOINT */ .mP ? `${_core_promotion_endpoints_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_ENDPOINT */ .mP} (newest)` : e.name;
    return e.status === 'READY' ? name : `${name} · ${e.status}`;
}
function graph(id, title, prefix, endpoints, input, withNotes) {
    const lines = [`  subgraph ${id}[${mermaidLabel(title)}]`, '    direction LR'];
    const versionNode = (v) => `${prefix}_v${v}`;
    for (const v of versionsOf(endpoints, [...(input.versions ?? []), ...(withNotes ? (input.rejected ?? []).map((r) => r.version) : [])])) {
        lines.push(`    ${versionNode(v)}[${mermaidLabel(`version ${v}`)}]`);
    }
    endpoints.forEach((e, index) => {
        const node = `${prefix}_e${index}`;
        lines.push(`    ${node}([${mermaidLabel(endpointLabel(e))}]):::endpoint`);
        const note = withNotes ? input.notes?.[e.name] : undefined;
        if (e.liveVersion)
            lines.push(`    ${node} -->${note ? `|${mermaidLabel(note)}|` : ''} ${versionNode(e.liveVersion)}`);
        if (e.targetVersion && e.targetVersion !== e.liveVersion) {
            lines.push(`    ${node} -.->|${mermaidLabel(`${e.status === 'READY' ? 'target' : e.status}`)}| ${versionNode(e.targetVersion)}`);
        }
        if (withNotes) {
            for (const r of (input.rejected ?? []).filter((r) => r.endpoint === e.name)) {
                lines.push(`    ${node} -.->|${mermaidLabel(r.note)}| ${versionNode(r.version)}`);
            }
        }
    });
    lines.push('  end');
    if (withNotes) {
        const present = new Set(versionsOf(endpoints, [...(input.versions ?? []), ...(input.rejected ?? []).map((r) => r.version)]));
        for (const [cls, versions] of [['good', input.good], ['bad', input.bad]]) {
            const drawn = (versions ?? []).filter((v) => present.has(v));
            if (drawn.length)
                lines.push(`  class ${drawn.map(versionNode).join(',')} ${cls}`);
        }
    }
    return lines;
}
function endpointDiagram(input) {
    return [
        'flowchart LR',
        '  classDef endpoint fill:#ddf4ff,stroke:#0969da,color:#0a3069',
        '  classDef good fill:#dafbe1,stroke:#1a7f37,color:#116329',
        '  classDef bad fill:#ffebe9,stroke:#cf222e,color:#82071e',
        ...graph('before', 'Before', 'b', ordered(input.before), input, false),
        ...graph('after', 'After', 'a', ordered(input.after), input, true),
        // An invisible link: Before is drawn left of After.
        '  before ~~~ after',
    ].join('\n');
}
/** Named endpoints by name, DEFAULT (which follows the newest version by itself) last. */
function ordered(endpoints) {
    return [...endpoints].sort((a, b) => Number(a.name === _core_promotion_endpoints_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_ENDPOINT */ .mP) - Number(b.name === _core_promotion_endpoints_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_ENDPOINT */ .mP) || a.name.localeCompare(b.name));
}


/***/ }),

/***/ 328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ movesTable)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6706);
/** The table promote-endpoint and rollback both start their summary with: what moved where. */

const RESULT_TEXT = {
    succeeded: '✅ done',
    unchanged: '➖ no change',
    failed: '❌ failed',
    'rolled-back': '↩️ rolled back',
};
function fromTo(from, to) {
    return `${from ?? '(new endpoint)'} → ${to}`;
}
function movesTable(result) {
    return (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Environment', 'Runtime', 'Endpoint', 'From → to', 'Result', 'Serving now'], [[result.environment, (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .raw */ .lS)(`${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(result.runtimeKey)} (${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(result.runtimeName)})`), result.endpoint, fromTo(result.previousVersion, result.version), RESULT_TEXT[result.outcome], result.serving]]);
}


/***/ })

};
