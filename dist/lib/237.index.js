export const id = 237;
export const ids = [237];
export const modules = {

/***/ 4237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RollbackFailure: () => (/* binding */ RollbackFailure),
/* harmony export */   rollbackEndpoint: () => (/* binding */ rollbackEndpoint)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _endpoints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8996);
/* harmony import */ var _handle_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1783);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3953);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6116);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3404);






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
    if (name === _endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ENDPOINT */ .mP)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('Input "endpoint" is DEFAULT: AgentCore always points DEFAULT at the newest version, so it cannot be rolled back. Name a named endpoint.');
    const where = (0,_handle_js__WEBPACK_IMPORTED_MODULE_4__/* .describeEndpoint */ .N)(handle, name);
    const first = await logger.group(`Reading ${where}`, async () => {
        const [versions, ledger, endpoint, before] = await Promise.all([(0,_versions_js__WEBPACK_IMPORTED_MODULE_3__/* .listVersions */ .yO)(handle), session.readLedger(), (0,_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .readEndpoint */ .KW)(handle, name), (0,_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .listEndpoints */ .v9)(handle)]);
        if (!endpoint)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The ${where} does not exist, so there is nothing to roll back. Promote a version with promote-endpoint first.`);
        logger.info(`It serves ${(0,_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .describeServing */ .Yh)(endpoint)}.`);
        return { versions, before, decision: decide(handle, name, endpoint, ledger, versions, request) };
    });
    const base = { handle, name, before: first.before, request };
    if (first.decision.kind === 'unchanged')
        return unchanged(base, first.decision);
    const decision = first.decision;
    return session.locked(3 * handle.timeoutMs, async () => {
        const endpoint = await (0,_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .settleEndpoint */ .J3)(handle, name);
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
        const marker = (0,_history_js__WEBPACK_IMPORTED_MODULE_5__/* .formatMarker */ .gJ)({ kind: 'rollback', ...(from ? { from } : {}), to: target, rollingBack: false, runUrl: run.runUrl });
        const moved = await logger.group(`Moving endpoint "${name}" from ${from ? `version ${from}` : 'nothing'} to version ${target}`, () => {
            if (again.kind === 'resume') {
                logger.info(`An earlier attempt of this run started moving "${name}" to version ${target} and stopped before recording it: finishing that.`);
                return (0,_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .waitServing */ .Gw)(handle, name, target);
            }
            return (0,_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .pointEndpoint */ .a8)(handle, name, target, marker, true);
        });
        const entry = { endpoint: name, ...(from ? { from } : {}), to: target, kind: 'rollback', ...(request.reason ? { reason: request.reason } : {}) };
        if (!moved.ok) {
            const restored = await (0,_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .restoreEndpoint */ .uE)(handle, name, from, marker);
            await session.keepImage(name, restored.serving);
            const problem = `moving it from ${from ? `version ${from}` : 'nothing'} to version ${target} failed: ${moved.reason}. It serves ${(0,_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRestored */ .yX)(restored)} now` +
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
    const pending = (0,_history_js__WEBPACK_IMPORTED_MODULE_5__/* .pendingMove */ .zJ)(endpoint.description, ledger, name, runUrl, 'rollback');
    if (pending)
        return { kind: 'resume', target: pending.to, ...(pending.from ? { from: pending.from } : {}) };
    const current = endpoint.liveVersion;
    if (request.toVersion) {
        if ((0,_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .isServing */ .PA)(endpoint, request.toVersion))
            return { kind: 'unchanged', target: request.toVersion, why: 'it already serves it', chosenBy: 'input', skipped: [] };
        (0,_versions_js__WEBPACK_IMPORTED_MODULE_3__/* .requireReadyVersion */ .D$)(handle, versions, request.toVersion, 'input "to-version"');
        return { kind: 'move', target: request.toVersion, chosenBy: 'input', skipped: [] };
    }
    // A re-run of a run that rolled back already: done, not a second step back.
    const mine = (0,_history_js__WEBPACK_IMPORTED_MODULE_5__/* .lastMoveByRun */ .sY)(ledger, name, runUrl);
    if (mine?.kind === 'rollback' && mine.result === 'succeeded' && (0,_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .isServing */ .PA)(endpoint, mine.to)) {
        return { kind: 'unchanged', target: mine.to, why: 'this run already rolled it back', chosenBy: 'ledger', skipped: [] };
    }
    const choice = (0,_history_js__WEBPACK_IMPORTED_MODULE_5__/* .rollbackTarget */ .es)(ledger, name, current);
    if (!choice.version) {
        const served = (0,_history_js__WEBPACK_IMPORTED_MODULE_5__/* .servedVersions */ .RI)(ledger, name);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The ledger of ${(0,_handle_js__WEBPACK_IMPORTED_MODULE_4__/* .describeRuntime */ .m)(handle)} knows no earlier good version of endpoint "${name}" to return to ` +
            `(it serves ${current ? `version ${current}` : 'nothing'}; recorded: ${served.length ? served.join(' → ') : 'no promotions'}` +
            `${choice.skipped.length ? `; rolled back: ${choice.skipped.join(', ')}` : ''}). ` +
            `Name the version with the input "to-version". READY versions: ${(0,_versions_js__WEBPACK_IMPORTED_MODULE_3__/* .listReady */ .kD)(versions)}.`);
    }
    if (choice.skipped.length)
        handle.logger.info(`Skipping version(s) ${choice.skipped.join(', ')}: their promotion was rolled back.`);
    (0,_versions_js__WEBPACK_IMPORTED_MODULE_3__/* .requireReadyVersion */ .D$)(handle, versions, choice.version, `the version "${name}" served before ${current ?? 'now'}, from the ledger`);
    return { kind: 'move', target: choice.version, chosenBy: 'ledger', skipped: choice.skipped };
}
function unchanged(base, decision) {
    const headline = `Endpoint "${base.name}" already serves version ${decision.target}: ${decision.why}.`;
    base.handle.logger.notice(`${headline} Nothing to do.`);
    const from = base.before.find((e) => e.name === base.name)?.liveVersion;
    return result(base, { target: decision.target, from, outcome: 'unchanged', headline, chosenBy: decision.chosenBy, skipped: decision.skipped, after: base.before });
}
async function result(base, what) {
    const { handle, name } = base;
    const after = what.after ?? (await (0,_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .listEndpoints */ .v9)(handle).catch(() => []));
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
        serving: now ? (0,_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .describeServing */ .Yh)(now) : 'unknown',
        headline: what.headline,
        before: base.before,
        after,
        ...(what.ledger ? { ledger: what.ledger } : {}),
    };
}


/***/ })

};
