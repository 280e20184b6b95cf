export const id = 881;
export const ids = [881];
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

/***/ 780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ describeAlarm),
/* harmony export */   Tx: () => (/* binding */ checkAlarms),
/* harmony export */   Wq: () => (/* binding */ bake)
/* harmony export */ });
/* unused harmony export readAlarms */
/* harmony import */ var _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4085);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3210);
/**
 * The bake: after live moves, watch CloudWatch alarms and the endpoint for `bake_minutes`.
 *
 *   const alarms = await checkAlarms(cloudwatch, names, where);   // before any move
 *   const result = await bake({ cloudwatch, alarms: names, durationMs, readEndpoint, … });
 *   if (result.outcome !== 'passed') → roll back
 *
 * An alarm in ALARM, the endpoint leaving READY or serving another version, or a watch that
 * keeps failing ends the bake early. Alarms are read with DescribeAlarms (metric and composite),
 * at most 100 names per call.
 */



const NAMES_PER_CALL = 100;
const MIN_POLL_MS = 1000;
const MAX_POLL_MS = 10_000;
/** How often an unchanged bake is reported. */
const LOG_BEAT_MS = 10_000;
/** Failed reads in a row (non-transient) that end the bake: it cannot vouch for what it cannot see. */
const MAX_READ_FAILURES = 3;
/** Every named alarm's state; names CloudWatch does not know are left out. */
async function readAlarms(cloudwatch, names) {
    const found = [];
    for (let i = 0; i < names.length; i += NAMES_PER_CALL) {
        let nextToken;
        do {
            const page = await cloudwatch.send(new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_2__/* .DescribeAlarmsCommand */ .zWD({ AlarmNames: names.slice(i, i + NAMES_PER_CALL), AlarmTypes: ['MetricAlarm', 'CompositeAlarm'], NextToken: nextToken }));
            for (const alarm of [...(page.MetricAlarms ?? []), ...(page.CompositeAlarms ?? [])]) {
                found.push({
                    name: alarm.AlarmName ?? '?',
                    state: alarm.StateValue ?? 'UNKNOWN',
                    reason: alarm.StateReason ?? '',
                    ...(alarm.StateUpdatedTimestamp ? { since: alarm.StateUpdatedTimestamp } : {}),
                });
            }
            nextToken = page.NextToken;
        } while (nextToken);
    }
    return found;
}
/** "support-bot-errors (ALARM since 2026-01-01T12:00:03.000Z: Threshold crossed…)" */
function describeAlarm(alarm) {
    return `${alarm.name} (${alarm.state}${alarm.since ? ` since ${alarm.since.toISOString()}` : ''}${alarm.reason ? `: ${alarm.reason}` : ''})`;
}
/**
 * Before any move: every alarm must exist, and (with refuseFiring) none may already be in
 * ALARM, since the bake would roll back at once. Names what is wrong.
 */
async function checkAlarms(cloudwatch, names, where, refuseFiring = true) {
    let alarms;
    try {
        alarms = await readAlarms(cloudwatch, names);
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(`Reading the bake alarms of ${where} (CloudWatch DescribeAlarms)`, error, 'The deploy role needs cloudwatch:DescribeAlarms.');
    }
    const missing = names.filter((name) => !alarms.some((a) => a.name === name));
    if (missing.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The bake alarm(s) ${missing.map((n) => `"${n}"`).join(', ')} of ${where} do not exist in CloudWatch in this account and region. ` +
            'Nothing was moved. Create them, or fix the names in promotion.alarms or the input "alarms".');
    }
    const firing = alarms.filter((a) => a.state === 'ALARM');
    if (refuseFiring && firing.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Bake alarm(s) already in ALARM before the promotion of ${where}: ${firing.map(describeAlarm).join('; ')}. ` +
            'Nothing was moved: the bake would roll back at once. Promote when the alarms are OK, or without them (bake-minutes: 0).');
    }
    return alarms;
}
async function bake(options) {
    const { clock, logger, alarms, durationMs, endpoint, version } = options;
    const start = clock.now();
    const pollMs = Math.min(MAX_POLL_MS, Math.max(MIN_POLL_MS, Math.round(durationMs / 20)));
    const total = (0,_wait_js__WEBPACK_IMPORTED_MODULE_1__/* .formatElapsed */ .C7)(durationMs);
    let lastLog = -Infinity;
    let failures = 0;
    logger.info(`Baking version ${version} on endpoint "${endpoint}" for ${total}, watching ${alarms.length ? `alarm(s) ${alarms.join(', ')}` : 'no alarms'} and the endpoint.`);
    for (;;) {
        const elapsedMs = clock.now() - start;
        let states = [];
        let live;
        try {
            [states, live] = await Promise.all([alarms.length ? readAlarms(options.cloudwatch, alarms) : Promise.resolve([]), options.readEndpoint()]);
            failures = 0;
        }
        catch (error) {
            failures++;
            if ((!(0,_wait_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransientAwsError */ .Sc)(error) && failures >= MAX_READ_FAILURES) || elapsedMs >= durationMs) {
                return { outcome: 'error', elapsedMs, alarms, problem: `the bake could not read the alarms or the endpoint (${failures} failed reads in a row): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}` };
            }
            logger.warning(`Bake: reading the alarms or the endpoint failed (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}); trying again.`);
            await clock.sleep(pollMs);
            continue;
        }
        const firing = states.find((a) => a.state === 'ALARM');
        if (firing)
            return { outcome: 'alarm', elapsedMs, alarms, alarm: firing };
        if (!live || live.status !== 'READY' || live.liveVersion !== version) {
            const now = live ? `${live.status}, serving ${live.liveVersion ?? 'no version'}` : 'deleted';
            return { outcome: 'endpoint', elapsedMs, alarms, problem: `endpoint "${endpoint}" left READY on version ${version}: it is ${now}` };
        }
        const done = elapsedMs >= durationMs;
        if (done || clock.now() - lastLog >= LOG_BEAT_MS) {
            const watched = states.length ? `alarms ${states.map((a) => `${a.name} ${a.state}`).join(', ')}` : 'no alarms';
            logger.info(`Bake of version ${version} on "${endpoint}": ${(0,_wait_js__WEBPACK_IMPORTED_MODULE_1__/* .formatElapsed */ .C7)(elapsedMs)} of ${total}; ${watched}; endpoint READY on ${version}.`);
            lastLog = clock.now();
        }
        if (done)
            return { outcome: 'passed', durationMs, alarms };
        await clock.sleep(Math.min(pollMs, durationMs - elapsedMs));
    }
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
        for await (const page of (0,_aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_3__/* .paginateListAgentRuntimeEndpoints */ .hfN)({ client: handle.control }, { agentRuntimeId: handle.runtimeId, maxResults: 100 })) {
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
    return () => handle.control.send(new _aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_3__/* .GetAgentRuntimeEndpointCommand */ .cKc({ agentRuntimeId: handle.runtimeId, endpointName: name }));
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
            await handle.control.send(new _aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_3__/* .UpdateAgentRuntimeEndpointCommand */ .HMq({ agentRuntimeId: handle.runtimeId, endpointName: name, agentRuntimeVersion: version, description }));
        }
        else {
            logger.info(`Creating endpoint "${name}" on version ${version}.`);
            await handle.control.send(new _aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_3__/* .CreateAgentRuntimeEndpointCommand */ .wRW({ agentRuntimeId: handle.runtimeId, name, agentRuntimeVersion: version, description }));
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

/***/ 5881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bakeNote: () => (/* binding */ bakeNote),
  promotionDiagram: () => (/* binding */ promotionDiagram),
  promotionSummary: () => (/* binding */ promotionSummary),
  rollbackDiagram: () => (/* binding */ rollbackDiagram),
  rollbackSummary: () => (/* binding */ rollbackSummary),
  smokeNote: () => (/* binding */ smokeNote)
});

// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(6706);
// EXTERNAL MODULE: ./src/core/wait.ts
var wait = __webpack_require__(3210);
// EXTERNAL MODULE: ./src/core/promotion/bake.ts
var bake = __webpack_require__(780);
// EXTERNAL MODULE: ./src/core/promotion/endpoints.ts
var promotion_endpoints = __webpack_require__(8996);
;// CONCATENATED MODULE: ./src/core/promotion/diagram.ts
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
    const name = e.name === promotion_endpoints/* DEFAULT_ENDPOINT */.mP ? `${promotion_endpoints/* DEFAULT_ENDPOINT */.mP} (newest)` : e.name;
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
    return [...endpoints].sort((a, b) => Number(a.name === promotion_endpoints/* DEFAULT_ENDPOINT */.mP) - Number(b.name === promotion_endpoints/* DEFAULT_ENDPOINT */.mP) || a.name.localeCompare(b.name));
}

;// CONCATENATED MODULE: ./src/core/promotion/report.ts
/**
 * Job-summary sections of promote-endpoint and rollback: the table (environment, runtime,
 * endpoint, from → to, result), the smoke test and bake, and the Mermaid diagram of versions
 * and endpoints before and after. Markdown only; the action adds it to its summary.
 */




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
    return (0,markdown/* table */.tp)(['Environment', 'Runtime', 'Endpoint', 'From → to', 'Result', 'Serving now'], [[result.environment, (0,markdown/* raw */.lS)(`${(0,markdown/* escapeCell */.kq)(result.runtimeKey)} (${(0,markdown/* code */.aY)(result.runtimeName)})`), result.endpoint, fromTo(result.previousVersion, result.version), RESULT_TEXT[result.outcome], result.serving]]);
}
/** One line for the smoke test, for the summary and the diagram's arrow. */
function smokeNote(result) {
    const { smoke } = result;
    const last = smoke.result?.attempts.at(-1);
    switch (smoke.outcome) {
        case 'passed':
            return `smoke test passed (${last?.latencyMs ?? '?'} ms${smoke.result.attempts.length > 1 ? `, attempt ${smoke.result.attempts.length}` : ''})`;
        case 'failed':
            return `smoke test failed: ${last?.problem ?? 'unknown'}`;
        case 'skipped':
            return `no smoke test (${smoke.reason})`;
        case 'not-run':
            return 'smoke test not reached';
    }
}
/** One line for the bake, for the summary and the diagram's arrow. */
function bakeNote(result) {
    const { bake } = result;
    switch (bake.outcome) {
        case 'passed':
            return `baked ${(0,wait/* formatElapsed */.C7)(bake.durationMs)}, ${bake.alarms.length ? `alarms OK (${bake.alarms.join(', ')})` : 'no alarms'}`;
        case 'alarm':
            return `bake failed: alarm ${bake.alarm.name} fired${bake.alarm.since ? ` at ${bake.alarm.since.toISOString()}` : ''}`;
        case 'endpoint':
        case 'error':
            return `bake failed: ${bake.problem}`;
        case 'skipped':
            return `no bake (${bake.reason})`;
        case 'not-run':
            return 'bake not reached';
    }
}
function promotionDiagram(result) {
    const input = {
        before: result.before,
        after: result.after,
        versions: [result.version, ...(result.previousVersion ? [result.previousVersion] : [])],
        notes: {},
    };
    const liveNow = result.after.find((e) => e.name === result.endpoint)?.liveVersion;
    if (result.outcome === 'succeeded') {
        input.notes[result.candidateEndpoint] = smokeNote(result);
        input.notes[result.endpoint] = `${result.smoke.outcome === 'passed' ? 'smoke test passed · ' : ''}${bakeNote(result)}`;
        input.good = [result.version];
    }
    else if (result.outcome === 'unchanged') {
        input.notes[result.endpoint] = 'already live';
    }
    else {
        input.notes[result.candidateEndpoint] = smokeNote(result);
        if (liveNow !== result.version) {
            const note = result.outcome === 'rolled-back' ? `rolled back · ${bakeNote(result)}` : result.smoke.outcome === 'failed' ? 'not promoted' : 'move failed';
            input.rejected = [{ endpoint: result.endpoint, version: result.version, note }];
        }
        else {
            input.notes[result.endpoint] = bakeNote(result);
        }
        input.bad = [result.version];
        if (liveNow && liveNow !== result.version)
            input.good = [liveNow];
    }
    return endpointDiagram(input);
}
function promotionSummary(result) {
    const sections = [movesTable(result), `**${(0,markdown/* escapeCell */.kq)(result.headline)}**${result.resumed ? ' (finished the move an earlier attempt of this run started)' : ''}`];
    const lines = [`- Smoke test of ${(0,markdown/* code */.aY)(result.candidateEndpoint)}: ${(0,markdown/* escapeCell */.kq)(smokeNote(result))}`, `- Bake: ${(0,markdown/* escapeCell */.kq)(bakeNote(result))}`];
    if (result.bake.outcome === 'alarm')
        lines.push(`- Alarm: ${(0,markdown/* escapeCell */.kq)((0,bake/* describeAlarm */.Dd)(result.bake.alarm))}`);
    if (result.ledger)
        lines.push(`- Recorded in the ledger (SSM ${result.ledger.tier} tier).`);
    sections.push(lines.join('\n'));
    const attempts = result.smoke.result?.attempts ?? [];
    if (attempts.length) {
        sections.push((0,markdown/* details */.zH)(`Smoke test attempts (${attempts.length})`, (0,markdown/* table */.tp)(['Attempt', 'Status', 'Latency', 'Result', 'Response (start)'], attempts.map((a) => [a.attempt, a.status ?? '—', `${a.latencyMs} ms`, a.problem ?? 'passed', (0,markdown/* raw */.lS)((0,markdown/* code */.aY)(a.body.replace(/\s+/g, ' ')) || '—')])), result.smoke.outcome === 'failed'));
    }
    sections.push(`### Versions and endpoints\n\n${(0,markdown/* mermaid */.a4)(promotionDiagram(result))}`);
    return sections;
}
function rollbackDiagram(result) {
    const input = {
        before: result.before,
        after: result.after,
        versions: [result.version, ...(result.previousVersion ? [result.previousVersion] : [])],
        notes: { [result.endpoint]: result.outcome === 'unchanged' ? 'already serving' : result.outcome === 'failed' ? 'rollback failed' : `rolled back${result.reason ? `: ${result.reason}` : ''}` },
    };
    if (result.outcome === 'succeeded' && result.previousVersion) {
        input.rejected = [{ endpoint: result.endpoint, version: result.previousVersion, note: 'was serving' }];
        input.bad = [result.previousVersion];
        input.good = [result.version];
    }
    return endpointDiagram(input);
}
function rollbackSummary(result) {
    const lines = [
        `- Version chosen ${result.chosenBy === 'input' ? 'by the input "to-version"' : result.chosenBy === 'resumed' ? 'by an earlier attempt of this run (finished now)' : 'from the ledger: the last good version this endpoint served'}` +
            `${result.skipped.length ? `, skipping rolled-back version(s) ${result.skipped.join(', ')}` : ''}.`,
    ];
    if (result.reason)
        lines.push(`- Reason: ${(0,markdown/* escapeCell */.kq)(result.reason)}`);
    if (result.ledger)
        lines.push(`- Recorded in the ledger (SSM ${result.ledger.tier} tier).`);
    return [movesTable(result), `**${(0,markdown/* escapeCell */.kq)(result.headline)}**`, lines.join('\n'), `### Versions and endpoints\n\n${(0,markdown/* mermaid */.a4)(rollbackDiagram(result))}`];
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
        for await (const page of (0,_aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_1__/* .paginateListAgentRuntimes */ .uoq)({ client: control }, { maxResults: 100 })) {
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
        return await control.send(new _aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_1__/* .GetAgentRuntimeCommand */ .lW8({ agentRuntimeId: runtimeId, ...(version ? { agentRuntimeVersion: version } : {}) }));
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(`Reading agent runtime ${runtimeId}${version ? ` version ${version}` : ''} (AgentCore GetAgentRuntime)`, error);
    }
}
/** An endpoint of a runtime, or undefined when it does not exist. */
async function getEndpoint(control, runtimeId, endpointName) {
    try {
        return await control.send(new _aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_1__/* .GetAgentRuntimeEndpointCommand */ .cKc({ agentRuntimeId: runtimeId, endpointName }));
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


/***/ })

};
