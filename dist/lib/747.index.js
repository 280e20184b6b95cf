export const id = 747;
export const ids = [747];
export const modules = {

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

/***/ 3953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RI: () => (/* binding */ servedVersions),
/* harmony export */   es: () => (/* binding */ rollbackTarget),
/* harmony export */   gJ: () => (/* binding */ formatMarker),
/* harmony export */   sY: () => (/* binding */ lastMoveByRun),
/* harmony export */   zJ: () => (/* binding */ pendingMove)
/* harmony export */ });
/* unused harmony exports parseMarker, rejectedVersions */
/** AgentCore's limit on an endpoint description. */
const MAX_DESCRIPTION = 256;
const MARKER = /^agentcore-actions (promote|rollback) (\d+|new)->(\d+)( rolling back)? by (\S+)$/;
/** The description that records a move; without a run URL (or too long) it records no run, so nothing resumes it. */
function formatMarker(marker) {
    const text = `agentcore-actions ${marker.kind} ${marker.from ?? 'new'}->${marker.to}${marker.rollingBack ? ' rolling back' : ''}`;
    const withRun = `${text} by ${marker.runUrl}`;
    return marker.runUrl && withRun.length <= MAX_DESCRIPTION ? withRun : text;
}
function parseMarker(description) {
    const match = MARKER.exec(description ?? '');
    if (!match)
        return undefined;
    const [, kind, from, to, rollingBack, runUrl] = match;
    return { kind, ...(from !== 'new' ? { from } : {}), to, rollingBack: rollingBack !== undefined, runUrl };
}
function endpointEntries(ledger, endpoint) {
    return ledger?.entries.filter((e) => e.type === 'endpoint' && e.endpoint === endpoint) ?? [];
}
/**
 * A move this run (same run URL: a re-run of a job keeps it) started on the endpoint and never
 * recorded in the ledger: the job was cancelled or died between moving and recording.
 */
function pendingMove(description, ledger, endpoint, runUrl, kind) {
    const marker = parseMarker(description);
    if (!marker || !runUrl || marker.runUrl !== runUrl || marker.kind !== kind)
        return undefined;
    const last = endpointEntries(ledger, endpoint).at(-1);
    const recorded = last?.runUrl === runUrl && last.kind === kind && last.from === marker.from && last.to === marker.to;
    return recorded ? undefined : marker;
}
/** The ledger's newest entry for the endpoint when this run wrote it: a re-run finds its own work done. */
function lastMoveByRun(ledger, endpoint, runUrl) {
    const last = endpointEntries(ledger, endpoint).at(-1);
    return runUrl && last?.runUrl === runUrl ? last : undefined;
}
/** The versions the endpoint served, oldest first, from its successful moves. */
function servedVersions(ledger, endpoint) {
    const served = [];
    for (const entry of endpointEntries(ledger, endpoint)) {
        if (entry.result !== 'succeeded')
            continue;
        if (entry.from !== undefined && served.at(-1) !== entry.from)
            served.push(entry.from);
        if (served.at(-1) !== entry.to)
            served.push(entry.to);
    }
    return served;
}
/**
 * Versions found bad on the endpoint: promotions that were rolled back, and versions a rollback
 * moved away from. A later successful promotion of the same version clears it.
 */
function rejectedVersions(ledger, endpoint) {
    const rejected = new Set();
    for (const entry of endpointEntries(ledger, endpoint)) {
        if (entry.kind === 'promote' && entry.result === 'rolled-back')
            rejected.add(entry.to);
        else if (entry.kind === 'rollback' && entry.result === 'succeeded' && entry.from !== undefined)
            rejected.add(entry.from);
        else if (entry.kind === 'promote' && entry.result === 'succeeded')
            rejected.delete(entry.to);
    }
    return rejected;
}
/** rollback's default to-version: the newest version the endpoint served before `current`, skipping rejected ones. */
function rollbackTarget(ledger, endpoint, current) {
    const rejected = rejectedVersions(ledger, endpoint);
    const skipped = [];
    for (const version of servedVersions(ledger, endpoint).reverse()) {
        if (version === current)
            continue;
        if (rejected.has(version)) {
            if (!skipped.includes(version))
                skipped.push(version);
            continue;
        }
        return { version, skipped };
    }
    return { skipped };
}


/***/ }),

/***/ 5881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w6: () => (/* binding */ promotionSummary),
  j0: () => (/* binding */ rollbackSummary)
});

// UNUSED EXPORTS: bakeNote, promotionDiagram, rollbackDiagram, smokeNote

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

/***/ 6116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fA: () => (/* binding */ openSession),
  be: () => (/* binding */ recordQuietly)
});

// UNUSED EXPORTS: AGENTCORE_MAX_ATTEMPTS

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-bedrock-agentcore-control/dist-cjs/index.js
var dist_cjs = __webpack_require__(7508);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var client_ecr_dist_cjs = __webpack_require__(8249);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var client_ssm_dist_cjs = __webpack_require__(4736);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/core/aws/clients.ts
var clients = __webpack_require__(6285);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/identity.ts
var core_identity = __webpack_require__(4845);
// EXTERNAL MODULE: ./src/core/lease.ts
var lease = __webpack_require__(6733);
// EXTERNAL MODULE: ./src/core/ledger.ts
var core_ledger = __webpack_require__(2558);
// EXTERNAL MODULE: ./src/core/runtime/lookup.ts
var lookup = __webpack_require__(2764);
// EXTERNAL MODULE: ./src/core/ssm/paths.ts
var paths = __webpack_require__(2513);
// EXTERNAL MODULE: ./src/core/sync/sync.ts
var sync = __webpack_require__(2988);
// EXTERNAL MODULE: ./src/core/promotion/handle.ts
var promotion_handle = __webpack_require__(1783);
// EXTERNAL MODULE: ./src/core/images.ts
var core_images = __webpack_require__(6881);
;// CONCATENATED MODULE: ./src/core/promotion/keep-tag.ts
/**
 * Protects the image an endpoint serves from ECR lifecycle expiry: tags it
 * `keep-<runtime name>-<endpoint>` (templates/ecr-repository.yaml never expires `keep-*` images,
 * and its repositories are immutable except for `keep-*` tags, so the tag moves with the
 * endpoint). The runtime name carries the environment, so environments and runtimes sharing a
 * repository never move each other's tags. ECR has no "add tag" call: the image's manifest is
 * read (BatchGetImage) and put again under the tag (PutImage).
 *
 * Best effort: a failure is a warning, never a failed promotion (what serves is already right).
 */



function keepTag(runtimeName, endpoint) {
    return `keep-${runtimeName}-${endpoint}`;
}
/** Tags the image; returns true when the tag now marks it. */
async function tagServedImage(options) {
    const { ecr, tag, logger } = options;
    let image;
    try {
        image = (0,core_images/* parseImageUri */.f9)(options.imageUri ?? '');
    }
    catch {
        logger.debug(`Not tagging ${tag}: the version runs ${options.imageUri ?? 'no container image'}, not an ECR image.`);
        return false;
    }
    if (image.account !== options.account || image.region !== options.region) {
        logger.debug(`Not tagging ${tag}: the image is in ${image.account}/${image.region}, not this environment's registry.`);
        return false;
    }
    const where = `${image.repository}@${image.digest ?? image.tag}`;
    try {
        const got = await ecr.send(new client_ecr_dist_cjs/* BatchGetImageCommand */.P8n({
            registryId: image.account,
            repositoryName: image.repository,
            imageIds: [image.digest ? { imageDigest: image.digest } : { imageTag: image.tag }],
        }));
        const found = got.images?.[0];
        if (!found?.imageManifest) {
            logger.warning(`Could not tag ${where} as ${tag}: ECR has no such image (${got.failures?.[0]?.failureReason ?? 'no reason given'}). Lifecycle rules may expire it.`);
            return false;
        }
        await ecr.send(new client_ecr_dist_cjs/* PutImageCommand */.SUU({
            registryId: image.account,
            repositoryName: image.repository,
            imageManifest: found.imageManifest,
            ...(found.imageManifestMediaType ? { imageManifestMediaType: found.imageManifestMediaType } : {}),
            ...(found.imageId?.imageDigest ? { imageDigest: found.imageId.imageDigest } : {}),
            imageTag: tag,
        }));
        logger.info(`Tagged ${where} as ${tag}, so lifecycle rules keep it.`);
        return true;
    }
    catch (error) {
        // The same image already carries the tag: nothing to do.
        if ((0,errors/* isAwsErrorNamed */.X1)(error, 'ImageAlreadyExistsException'))
            return true;
        const hint = (0,errors/* isAwsErrorNamed */.X1)(error, 'ImageTagAlreadyExistsException')
            ? ' The repository makes every tag immutable: exclude keep-* (IMMUTABLE_WITH_EXCLUSION, as templates/ecr-repository.yaml does).'
            : '';
        logger.warning(`Could not tag ${where} as ${tag}: ${(0,errors/* describeError */.Uc)(error)}.${hint} Lifecycle rules may expire the image an endpoint serves.`);
        return false;
    }
}

;// CONCATENATED MODULE: ./src/core/promotion/session.ts
/**
 * What promote-endpoint and rollback share: the account check (before anything else), the
 * clients of one environment, finding the runtime, the runtime's lease and ledger, and the
 * auto sync after a change.
 */














/** AgentCore calls get more SDK attempts than the default: a throttling burst must not fail a promotion. */
const AGENTCORE_MAX_ATTEMPTS = 12;
/** The lease outlives the guarded work by this much: ledger writes and release come after it. */
const LEASE_MARGIN_MS = 10 * 60_000;
async function openSession(request) {
    const { environment, runtime, logger, clock, run } = request;
    const region = environment.region;
    const identity = await logger.group(`Checking credentials for ${environment.name} (${region})`, () => (0,core_identity/* checkAccount */.g)((0,clients/* createClient */.UU)(client_sts_dist_cjs/* STSClient */.iM, { region }), environment));
    logger.info(`Credentials: ${identity.arn} in account ${identity.account}`);
    const control = (0,clients/* createClient */.UU)(dist_cjs/* BedrockAgentCoreControlClient */.zdA, { region, maxAttempts: AGENTCORE_MAX_ATTEMPTS });
    const ssm = (0,clients/* createClient */.UU)(client_ssm_dist_cjs/* SSMClient */.jBj, { region });
    const where = { environment: environment.name, region, runtimeKey: runtime.key, runtimeName: runtime.aws_name };
    const found = await (0,lookup/* findRuntimeByName */.Az)(control, runtime.aws_name);
    if (!found?.agentRuntimeId || !found.agentRuntimeArn) {
        throw new errors/* UserError */.yo(`${(0,promotion_handle/* describeRuntime */.m)(where)} does not exist in account ${identity.account}. Deploy a version with deploy-version first.`);
    }
    const handle = { ...where, control, runtimeId: found.agentRuntimeId, runtimeArn: found.agentRuntimeArn, clock, logger, timeoutMs: request.timeoutMs };
    const prefix = environment.global_resources.sync_config.parameter_store_prefix;
    const ledger = (0,paths/* ledgerPath */.tf)(prefix, environment.name, runtime.key);
    return {
        handle,
        account: identity.account,
        ssm,
        readLedger: () => (0,core_ledger/* readLedger */.SC)(ssm, ledger),
        record: (entry) => (0,core_ledger/* appendLedger */.OC)(ssm, ledger, [{ type: 'endpoint', ...entry, actor: run.actor, runUrl: run.runUrl, time: new Date(clock.now()).toISOString() }], logger),
        locked: (workMs, fn) => (0,lease/* withLease */.pS)({
            ssm,
            path: (0,paths/* lockPath */.HZ)(prefix, environment.name, runtime.key),
            holder: run.runUrl || `${run.actor || 'someone'} at commit ${run.commit.slice(0, 7) || 'unknown'}`,
            ttlMs: workMs + LEASE_MARGIN_MS,
            waitMs: request.timeoutMs,
            clock,
            logger,
        }, fn),
        autoSync: async () => {
            await (0,sync/* autoSyncEnvironment */.oG)({ ssm, environment, logger, clock });
        },
        keepImage: async (endpoint, version) => {
            if (!version)
                return;
            try {
                const served = await (0,lookup/* getRuntimeVersion */.rm)(control, handle.runtimeId, version);
                await tagServedImage({
                    ecr: (0,clients/* createClient */.UU)(client_ecr_dist_cjs/* ECRClient */.S70, { region }),
                    account: identity.account,
                    region,
                    imageUri: served.agentRuntimeArtifact?.containerConfiguration?.containerUri,
                    tag: keepTag(runtime.aws_name, endpoint),
                    logger,
                });
            }
            catch (error) {
                logger.warning(`Could not protect the image of version ${version} from lifecycle expiry: ${(0,errors/* describeError */.Uc)(error)}`);
            }
        },
    };
}
/**
 * Records a failed or rolled-back move without hiding the failure being reported: a ledger
 * that cannot be written is a warning here.
 */
async function recordQuietly(session, entry) {
    try {
        return await session.record(entry);
    }
    catch (error) {
        session.handle.logger.warning(`Could not record the ${entry.result} ${entry.kind} in the ledger: ${(0,errors/* describeError */.Uc)(error)}`);
        return undefined;
    }
}


/***/ }),

/***/ 3404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D$: () => (/* binding */ requireReadyVersion),
/* harmony export */   WN: () => (/* binding */ newestReadyVersion),
/* harmony export */   kD: () => (/* binding */ listReady),
/* harmony export */   yO: () => (/* binding */ listVersions)
/* harmony export */ });
/* unused harmony export readyVersions */
/* harmony import */ var _aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7508);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _handle_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1783);
/**
 * A runtime's versions as promotion sees them: which are READY, the newest READY one, and a
 * clear refusal (listing what is available) when the version asked for is not servable.
 */



/** How many READY versions an error lists before "and N more". */
const LISTED_VERSIONS = 15;
async function listVersions(handle) {
    const versions = [];
    try {
        for await (const page of (0,_aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_1__/* .paginateListAgentRuntimeVersions */ .KBt)({ client: handle.control }, { agentRuntimeId: handle.runtimeId, maxResults: 100 })) {
            versions.push(...(page.agentRuntimes ?? []));
        }
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(`Listing the versions of ${(0,_handle_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRuntime */ .m)(handle)} (AgentCore ListAgentRuntimeVersions)`, error);
    }
    return versions;
}
/** READY version numbers, oldest first. */
function readyVersions(versions) {
    return versions
        .filter((v) => v.status === 'READY' && v.agentRuntimeVersion)
        .map((v) => v.agentRuntimeVersion)
        .sort((a, b) => Number(a) - Number(b));
}
/** "1, 2, 5" (newest last), capped. */
function listReady(versions) {
    const ready = readyVersions(versions);
    if (ready.length === 0)
        return 'none';
    const shown = ready.slice(-LISTED_VERSIONS);
    return `${ready.length > shown.length ? `… (${ready.length - shown.length} older), ` : ''}${shown.join(', ')}`;
}
function newestReadyVersion(handle, versions) {
    const newest = readyVersions(versions).at(-1);
    if (!newest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${(0,_handle_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRuntime */ .m)(handle)} has no READY version to promote. Deploy one with deploy-version first.`);
    }
    return newest;
}
/** Refuses a version that does not exist or is not READY, listing the READY ones. */
function requireReadyVersion(handle, versions, version, input) {
    const found = versions.find((v) => v.agentRuntimeVersion === version);
    const available = `READY versions: ${listReady(versions)}.`;
    if (!found) {
        const newest = Math.max(0, ...versions.map((v) => Number(v.agentRuntimeVersion)));
        const why = Number(version) <= newest
            ? 'it was deleted (AgentCore deletes versions that no endpoint has served for 45 days, and versions can be deleted by hand)'
            : `no such version was ever made (the newest is ${newest || 'none'})`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Version ${version} (${input}) of ${(0,_handle_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRuntime */ .m)(handle)} does not exist: ${why}. ${available}`);
    }
    if (found.status !== 'READY') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Version ${version} (${input}) of ${(0,_handle_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRuntime */ .m)(handle)} is ${found.status}, and an endpoint can only serve a READY version. ${available}`);
    }
}


/***/ }),

/***/ 6887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ deploymentStarter)
/* harmony export */ });
/* unused harmony export startDeployment */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6702);
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
function short(text) {
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
            description: short(request.description),
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
        logger.warning(`Could not create a GitHub deployment for environment "${request.environment}": ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}. The token needs deployments: write.`);
        return undefined;
    }
    const status = async (state, description) => {
        try {
            await client.rest.repos.createDeploymentStatus({
                owner,
                repo,
                deployment_id: id,
                state,
                description: short(description),
                environment: request.environment,
                ...(request.logUrl ? { log_url: request.logUrl } : {}),
            });
        }
        catch (error) {
            logger.warning(`Could not set GitHub deployment ${id} to ${state}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}`);
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('Input "github-deployments" is true, so "github-token" is required (e.g. ${{ github.token }}, with permissions deployments: write).');
    const client = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_1__/* .createGitHubClient */ .L)({ token: settings.token, logger: settings.logger });
    return (task, description, payload) => startDeployment({
        client,
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


/***/ }),

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient),
/* harmony export */   n: () => (/* binding */ httpStatus)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);



/**
 * One factory, so every call gets the same retries (5xx and network errors, by
 * @octokit/plugin-retry; 4xx other than rate limits are not retried) and the same
 * handling of primary and secondary rate limits (@octokit/plugin-throttling), each
 * retry logged as a warning naming the request.
 */
function createGitHubClient(options) {
    const limit = options.rateLimitRetries ?? 2;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const again = retryCount < limit;
        options.logger.warning(`GitHub ${kind} rate limit hit by ${request.method} ${request.url}` + (again ? `: retrying in ${retryAfter} s.` : ': giving up.'));
        return again;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}
/** The HTTP status of an Octokit RequestError, or undefined for anything else. */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}


/***/ })

};
