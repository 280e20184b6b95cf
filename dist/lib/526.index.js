export const id = 526;
export const ids = [526];
export const modules = {

/***/ 6526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RollbackFailure: () => (/* binding */ RollbackFailure),
/* harmony export */   rollbackEndpoint: () => (/* binding */ rollbackEndpoint)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _promotion_endpoints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8996);
/* harmony import */ var _promotion_handle_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1783);
/* harmony import */ var _promotion_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3953);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(761);
/* harmony import */ var _promotion_versions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3404);






class RollbackFailure extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    result;
    constructor(message, result) {
        super(message);
        this.result = result;
    }
}
async function rollbackEndpoint(request) {
    const session = await (0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .openSession */ .fA)(request);
    const { handle } = session;
    const { logger, run } = request;
    const name = request.endpoint || request.runtime.promotion.live_endpoint;
    if (name === _promotion_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ENDPOINT */ .mP)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('Input "endpoint" is DEFAULT: AgentCore always points DEFAULT at the newest version, so it cannot be rolled back. Name a named endpoint.');
    const where = (0,_promotion_handle_js__WEBPACK_IMPORTED_MODULE_4__/* .describeEndpoint */ .N)(handle, name);
    const first = await logger.group(`Reading ${where}`, async () => {
        const [versions, ledger, endpoint, before] = await Promise.all([(0,_promotion_versions_js__WEBPACK_IMPORTED_MODULE_3__/* .listVersions */ .yO)(handle), session.readLedger(), (0,_promotion_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .readEndpoint */ .KW)(handle, name), (0,_promotion_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .listEndpoints */ .v9)(handle)]);
        if (!endpoint)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The ${where} does not exist, so there is nothing to roll back. Promote a version with promote-endpoint first.`);
        logger.info(`It serves ${(0,_promotion_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .describeServing */ .Yh)(endpoint)}.`);
        return { versions, before, decision: decide(handle, name, endpoint, ledger, versions, request) };
    });
    const base = { handle, name, before: first.before, request };
    if (first.decision.kind === 'unchanged')
        return unchanged(base, first.decision);
    const decision = first.decision;
    return session.locked(3 * handle.timeoutMs, async () => {
        const endpoint = await (0,_promotion_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .settleEndpoint */ .J3)(handle, name);
        if (!endpoint)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The ${where} was deleted while this run waited for the lease.`);
        const again = decide(handle, name, endpoint, await session.readLedger(), first.versions, request);
        if (again.kind === 'unchanged')
            return unchanged(base, again);
        const from = again.kind === 'resume' ? again.from : endpoint.liveVersion;
        const target = again.target;
        const chosen = again.kind === 'resume' ? { chosenBy: 'resumed', skipped: [] } : { chosenBy: again.chosenBy, skipped: again.skipped };
        if (again.target !== decision.target)
            logger.info(`Under the lease the target is version ${again.target} (it was ${decision.target} before).`);
        await request.onChange?.({ ...(from ? { from } : {}), to: target });
        const marker = (0,_promotion_history_js__WEBPACK_IMPORTED_MODULE_5__/* .formatMarker */ .gJ)({ kind: 'rollback', ...(from ? { from } : {}), to: target, rollingBack: false, runUrl: run.runUrl });
        const moved = await logger.group(`Moving endpoint "${name}" from ${from ? `version ${from}` : 'nothing'} to version ${target}`, () => {
            if (again.kind === 'resume') {
                logger.info(`An earlier attempt of this run started moving "${name}" to version ${target} and stopped before recording it: finishing that.`);
                return (0,_promotion_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .waitServing */ .Gw)(handle, name, target);
            }
            return (0,_promotion_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .pointEndpoint */ .a8)(handle, name, target, marker, true);
        });
        const entry = { endpoint: name, ...(from ? { from } : {}), to: target, kind: 'rollback', ...(request.reason ? { reason: request.reason } : {}) };
        if (!moved.ok) {
            const restored = await (0,_promotion_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .restoreEndpoint */ .uE)(handle, name, from, marker);
            await session.keepImage(name, restored.serving);
            const problem = `moving it from ${from ? `version ${from}` : 'nothing'} to version ${target} failed: ${moved.reason}. It serves ${(0,_promotion_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRestored */ .yX)(restored)} now` +
                (restored.problem ? ` (it could not be returned to version ${from}: ${restored.problem})` : '');
            const ledger = await (0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .recordQuietly */ .be)(session, { ...entry, result: 'failed', reason: [request.reason, problem].filter(Boolean).join(': ') });
            const message = `Rollback of ${where} failed: ${problem}.`;
            throw new RollbackFailure(message, await result(base, { ...chosen, target, from, outcome: 'failed', headline: message, ...(ledger ? { ledger } : {}) }));
        }
        logger.info(`Endpoint "${name}" serves version ${target} (READY).`);
        await session.keepImage(name, target);
        const ledger = await session.record({ ...entry, result: 'succeeded' });
        await session.autoSync();
        const headline = `Endpoint "${name}" rolled back to version ${target}${from ? ` (was ${from})` : ''}.`;
        return result(base, { ...chosen, target, from, outcome: 'succeeded', headline, ledger });
    });
}
/** What to do, from where the endpoint stands, the ledger and the inputs. */
function decide(handle, name, endpoint, ledger, versions, request) {
    const runUrl = request.run.runUrl;
    const pending = (0,_promotion_history_js__WEBPACK_IMPORTED_MODULE_5__/* .pendingMove */ .zJ)(endpoint.description, ledger, name, runUrl, 'rollback');
    if (pending)
        return { kind: 'resume', target: pending.to, ...(pending.from ? { from: pending.from } : {}) };
    const current = endpoint.liveVersion;
    if (request.toVersion) {
        if ((0,_promotion_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .isServing */ .PA)(endpoint, request.toVersion))
            return { kind: 'unchanged', target: request.toVersion, why: 'it already serves it', chosenBy: 'input', skipped: [] };
        (0,_promotion_versions_js__WEBPACK_IMPORTED_MODULE_3__/* .requireReadyVersion */ .D$)(handle, versions, request.toVersion, 'input "to-version"');
        return { kind: 'move', target: request.toVersion, chosenBy: 'input', skipped: [] };
    }
    // A re-run of a run that rolled back already: done, not a second step back.
    const mine = (0,_promotion_history_js__WEBPACK_IMPORTED_MODULE_5__/* .lastMoveByRun */ .sY)(ledger, name, runUrl);
    if (mine?.kind === 'rollback' && mine.result === 'succeeded' && (0,_promotion_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .isServing */ .PA)(endpoint, mine.to)) {
        return { kind: 'unchanged', target: mine.to, why: 'this run already rolled it back', chosenBy: 'ledger', skipped: [] };
    }
    // A second rollback for the same incident (two on-call engineers, or a second dispatch): the first one did it.
    const last = (0,_promotion_history_js__WEBPACK_IMPORTED_MODULE_5__/* .lastMove */ .kf)(ledger, name);
    if (last?.kind === 'rollback' && last.result === 'succeeded' && (0,_promotion_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .isServing */ .PA)(endpoint, last.to)) {
        return {
            kind: 'unchanged',
            target: last.to,
            why: `it is the last good version, which the latest rollback${last.runUrl ? ` (${last.runUrl})` : last.actor ? ` by ${last.actor}` : ''} returned it to`,
            next: `To go further back, run rollback with the input "to-version" naming the version. READY versions: ${(0,_promotion_versions_js__WEBPACK_IMPORTED_MODULE_3__/* .listReady */ .kD)(versions)}.`,
            chosenBy: 'ledger',
            skipped: [],
        };
    }
    const choice = (0,_promotion_history_js__WEBPACK_IMPORTED_MODULE_5__/* .rollbackTarget */ .es)(ledger, name, current);
    if (!choice.version) {
        const served = (0,_promotion_history_js__WEBPACK_IMPORTED_MODULE_5__/* .servedVersions */ .RI)(ledger, name);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The ledger of ${(0,_promotion_handle_js__WEBPACK_IMPORTED_MODULE_4__/* .describeRuntime */ .m)(handle)} knows no earlier good version of endpoint "${name}" to return to ` +
            `(it serves ${current ? `version ${current}` : 'nothing'}; recorded: ${served.length ? served.join(' → ') : 'no promotions'}` +
            `${choice.skipped.length ? `; rolled back: ${choice.skipped.join(', ')}` : ''}). ` +
            `Name the version with the input "to-version". READY versions: ${(0,_promotion_versions_js__WEBPACK_IMPORTED_MODULE_3__/* .listReady */ .kD)(versions)}.`);
    }
    if (choice.skipped.length)
        handle.logger.info(`Skipping version(s) ${choice.skipped.join(', ')}: their promotion was rolled back.`);
    (0,_promotion_versions_js__WEBPACK_IMPORTED_MODULE_3__/* .requireReadyVersion */ .D$)(handle, versions, choice.version, `the version "${name}" served before ${current ?? 'now'}, from the ledger`);
    return { kind: 'move', target: choice.version, chosenBy: 'ledger', skipped: choice.skipped };
}
function unchanged(base, decision) {
    const said = `Endpoint "${base.name}" already serves version ${decision.target}: ${decision.why}.`;
    base.handle.logger.notice(`${said} Nothing to do.${decision.next ? ` ${decision.next}` : ''}`);
    const headline = decision.next ? `${said} ${decision.next}` : said;
    const from = base.before.find((e) => e.name === base.name)?.liveVersion;
    return result(base, { target: decision.target, from, outcome: 'unchanged', headline, chosenBy: decision.chosenBy, skipped: decision.skipped, after: base.before });
}
async function result(base, what) {
    const { handle, name } = base;
    const after = what.after ?? (await (0,_promotion_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .listEndpoints */ .v9)(handle).catch(() => []));
    const now = after.find((e) => e.name === name);
    return {
        environment: handle.environment,
        region: handle.region,
        runtimeKey: handle.runtimeKey,
        runtimeName: handle.runtimeName,
        endpoint: name,
        version: what.target,
        ...(what.from ? { previousVersion: what.from } : {}),
        outcome: what.outcome,
        changed: now?.liveVersion !== undefined && now.liveVersion !== what.from,
        chosenBy: what.chosenBy,
        skipped: what.skipped,
        ...(base.request.reason ? { reason: base.request.reason } : {}),
        serving: now ? (0,_promotion_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .describeServing */ .Yh)(now) : 'unknown',
        headline: what.headline,
        before: base.before,
        after,
        ...(what.ledger ? { ledger: what.ledger } : {}),
    };
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

/***/ 3953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RI: () => (/* binding */ servedVersions),
/* harmony export */   es: () => (/* binding */ rollbackTarget),
/* harmony export */   gJ: () => (/* binding */ formatMarker),
/* harmony export */   kf: () => (/* binding */ lastMove),
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
 * recorded in the ledger: the job was cancelled or died between moving and recording. With `to`,
 * only a move to that version: a re-run asked for another version must not finish the old move.
 */
function pendingMove(description, ledger, endpoint, runUrl, kind, to) {
    const marker = parseMarker(description);
    if (!marker || !runUrl || marker.runUrl !== runUrl || marker.kind !== kind)
        return undefined;
    if (to !== undefined && marker.to !== to)
        return undefined;
    // Any entry of this run for the move, not only the newest: a later refused attempt of the same run URL records a failure after it.
    const recorded = endpointEntries(ledger, endpoint).some((e) => e.runUrl === runUrl && e.kind === kind && e.from === marker.from && e.to === marker.to);
    return recorded ? undefined : marker;
}
/** The ledger's newest entry for the endpoint. */
function lastMove(ledger, endpoint) {
    return endpointEntries(ledger, endpoint).at(-1);
}
/** The ledger's newest entry for the endpoint when this run wrote it: a re-run finds its own work done. */
function lastMoveByRun(ledger, endpoint, runUrl) {
    const last = lastMove(ledger, endpoint);
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
        for await (const page of (0,_aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_1__.paginateListAgentRuntimeVersions)({ client: handle.control }, { agentRuntimeId: handle.runtimeId, maxResults: 100 })) {
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


/***/ })

};
