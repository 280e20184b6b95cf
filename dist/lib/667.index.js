export const id = 667;
export const ids = [667];
export const modules = {

/***/ 8667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ rollback_run)
});

// EXTERNAL MODULE: ./src/core/clock.ts
var clock = __webpack_require__(2257);
// EXTERNAL MODULE: ./src/core/config/index.ts + 9 modules
var core_config = __webpack_require__(2359);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/promotion/report.ts + 1 modules
var promotion_report = __webpack_require__(5881);
// EXTERNAL MODULE: ./src/core/promotion/endpoints.ts
var endpoints = __webpack_require__(8996);
// EXTERNAL MODULE: ./src/core/promotion/handle.ts
var promotion_handle = __webpack_require__(1783);
// EXTERNAL MODULE: ./src/core/promotion/history.ts
var promotion_history = __webpack_require__(3953);
// EXTERNAL MODULE: ./src/core/promotion/session.ts + 1 modules
var promotion_session = __webpack_require__(6116);
// EXTERNAL MODULE: ./src/core/promotion/versions.ts
var promotion_versions = __webpack_require__(3404);
;// CONCATENATED MODULE: ./src/core/promotion/rollback.ts






class RollbackFailure extends errors/* UserError */.yo {
    result;
    constructor(message, result) {
        super(message);
        this.result = result;
    }
}
async function rollbackEndpoint(request) {
    const session = await (0,promotion_session/* openSession */.fA)(request);
    const { handle } = session;
    const { logger, run } = request;
    const name = request.endpoint || request.runtime.promotion.live_endpoint;
    if (name === endpoints/* DEFAULT_ENDPOINT */.mP)
        throw new errors/* UserError */.yo('Input "endpoint" is DEFAULT: AgentCore always points DEFAULT at the newest version, so it cannot be rolled back. Name a named endpoint.');
    const where = (0,promotion_handle/* describeEndpoint */.N)(handle, name);
    const first = await logger.group(`Reading ${where}`, async () => {
        const [versions, ledger, endpoint, before] = await Promise.all([(0,promotion_versions/* listVersions */.yO)(handle), session.readLedger(), (0,endpoints/* readEndpoint */.KW)(handle, name), (0,endpoints/* listEndpoints */.v9)(handle)]);
        if (!endpoint)
            throw new errors/* UserError */.yo(`The ${where} does not exist, so there is nothing to roll back. Promote a version with promote-endpoint first.`);
        logger.info(`It serves ${(0,endpoints/* describeServing */.Yh)(endpoint)}.`);
        return { versions, before, decision: decide(handle, name, endpoint, ledger, versions, request) };
    });
    const base = { handle, name, before: first.before, request };
    if (first.decision.kind === 'unchanged')
        return unchanged(base, first.decision);
    const decision = first.decision;
    return session.locked(3 * handle.timeoutMs, async () => {
        const endpoint = await (0,endpoints/* settleEndpoint */.J3)(handle, name);
        if (!endpoint)
            throw new errors/* UserError */.yo(`The ${where} was deleted while this run waited for the lease.`);
        const again = decide(handle, name, endpoint, await session.readLedger(), first.versions, request);
        if (again.kind === 'unchanged')
            return unchanged(base, again);
        const from = again.kind === 'resume' ? again.from : endpoint.liveVersion;
        const target = again.target;
        const chosen = again.kind === 'resume' ? { chosenBy: 'resumed', skipped: [] } : { chosenBy: again.chosenBy, skipped: again.skipped };
        if (again.target !== decision.target)
            logger.info(`Under the lease the target is version ${again.target} (it was ${decision.target} before).`);
        await request.onChange?.({ ...(from ? { from } : {}), to: target });
        const marker = (0,promotion_history/* formatMarker */.gJ)({ kind: 'rollback', ...(from ? { from } : {}), to: target, rollingBack: false, runUrl: run.runUrl });
        const moved = await logger.group(`Moving endpoint "${name}" from ${from ? `version ${from}` : 'nothing'} to version ${target}`, () => {
            if (again.kind === 'resume') {
                logger.info(`An earlier attempt of this run started moving "${name}" to version ${target} and stopped before recording it: finishing that.`);
                return (0,endpoints/* waitServing */.Gw)(handle, name, target);
            }
            return (0,endpoints/* pointEndpoint */.a8)(handle, name, target, marker, true);
        });
        const entry = { endpoint: name, ...(from ? { from } : {}), to: target, kind: 'rollback', ...(request.reason ? { reason: request.reason } : {}) };
        if (!moved.ok) {
            const restored = await (0,endpoints/* restoreEndpoint */.uE)(handle, name, from, marker);
            await session.keepImage(name, restored.serving);
            const problem = `moving it from ${from ? `version ${from}` : 'nothing'} to version ${target} failed: ${moved.reason}. It serves ${(0,endpoints/* describeRestored */.yX)(restored)} now` +
                (restored.problem ? ` (it could not be returned to version ${from}: ${restored.problem})` : '');
            const ledger = await (0,promotion_session/* recordQuietly */.be)(session, { ...entry, result: 'failed', reason: [request.reason, problem].filter(Boolean).join(': ') });
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
    const pending = (0,promotion_history/* pendingMove */.zJ)(endpoint.description, ledger, name, runUrl, 'rollback');
    if (pending)
        return { kind: 'resume', target: pending.to, ...(pending.from ? { from: pending.from } : {}) };
    const current = endpoint.liveVersion;
    if (request.toVersion) {
        if ((0,endpoints/* isServing */.PA)(endpoint, request.toVersion))
            return { kind: 'unchanged', target: request.toVersion, why: 'it already serves it', chosenBy: 'input', skipped: [] };
        (0,promotion_versions/* requireReadyVersion */.D$)(handle, versions, request.toVersion, 'input "to-version"');
        return { kind: 'move', target: request.toVersion, chosenBy: 'input', skipped: [] };
    }
    // A re-run of a run that rolled back already: done, not a second step back.
    const mine = (0,promotion_history/* lastMoveByRun */.sY)(ledger, name, runUrl);
    if (mine?.kind === 'rollback' && mine.result === 'succeeded' && (0,endpoints/* isServing */.PA)(endpoint, mine.to)) {
        return { kind: 'unchanged', target: mine.to, why: 'this run already rolled it back', chosenBy: 'ledger', skipped: [] };
    }
    const choice = (0,promotion_history/* rollbackTarget */.es)(ledger, name, current);
    if (!choice.version) {
        const served = (0,promotion_history/* servedVersions */.RI)(ledger, name);
        throw new errors/* UserError */.yo(`The ledger of ${(0,promotion_handle/* describeRuntime */.m)(handle)} knows no earlier good version of endpoint "${name}" to return to ` +
            `(it serves ${current ? `version ${current}` : 'nothing'}; recorded: ${served.length ? served.join(' → ') : 'no promotions'}` +
            `${choice.skipped.length ? `; rolled back: ${choice.skipped.join(', ')}` : ''}). ` +
            `Name the version with the input "to-version". READY versions: ${(0,promotion_versions/* listReady */.kD)(versions)}.`);
    }
    if (choice.skipped.length)
        handle.logger.info(`Skipping version(s) ${choice.skipped.join(', ')}: their promotion was rolled back.`);
    (0,promotion_versions/* requireReadyVersion */.D$)(handle, versions, choice.version, `the version "${name}" served before ${current ?? 'now'}, from the ledger`);
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
    const after = what.after ?? (await (0,endpoints/* listEndpoints */.v9)(handle).catch(() => []));
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
        serving: now ? (0,endpoints/* describeServing */.Yh)(now) : 'unknown',
        headline: what.headline,
        before: base.before,
        after,
        ...(what.ledger ? { ledger: what.ledger } : {}),
    };
}

// EXTERNAL MODULE: ./src/core/target.ts
var target = __webpack_require__(4294);
// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/github/deployments.ts
var deployments = __webpack_require__(6887);
// EXTERNAL MODULE: ./src/github/inputs.ts
var github_inputs = __webpack_require__(5446);
// EXTERNAL MODULE: ./src/github/run.ts + 1 modules
var run = __webpack_require__(4986);
// EXTERNAL MODULE: ./src/github/specs/rollback.ts
var rollback = __webpack_require__(5946);
;// CONCATENATED MODULE: ./src/actions/rollback.ts











async function rollback_run() {
    await (0,run/* runAction */.C)(rollback/* rollbackSpec */.k, async ({ logger, summary, setOutput }) => {
        const inputs = (0,github_inputs/* readInputs */.K)(rollback/* rollbackSpec */.k.inputs);
        const config = await (0,core_config/* loadConfigFile */._e)(inputs['config-file']);
        const { environment, runtime } = (0,target/* selectTarget */._c)(config, inputs.environment, inputs['agent-runtime']);
        const info = (0,context/* runInfo */.Q)();
        const startDeployment = (0,deployments/* deploymentStarter */.P)({
            enabled: inputs['github-deployments'],
            token: inputs['github-token'],
            repository: info.repository,
            commit: info.commit,
            runUrl: info.runUrl,
            environment: environment.name,
            logger,
        });
        let deployment;
        const report = (result) => {
            setOutput('version', result.version);
            setOutput('previous-version', result.previousVersion ?? '');
            setOutput('changed', result.changed);
            for (const section of (0,promotion_report/* rollbackSummary */.j0)(result))
                summary.add(section);
        };
        try {
            const result = await rollbackEndpoint({
                environment,
                runtime,
                ...(inputs.endpoint ? { endpoint: inputs.endpoint } : {}),
                ...(inputs['to-version'] ? { toVersion: inputs['to-version'] } : {}),
                ...(inputs.reason ? { reason: inputs.reason } : {}),
                timeoutMs: inputs['timeout-minutes'] * 60_000,
                run: { actor: info.actor, runUrl: info.runUrl, commit: info.commit },
                clock: clock/* systemClock */.m,
                logger,
                onChange: async ({ from, to }) => {
                    const why = inputs.reason ? `: ${inputs.reason}` : '';
                    deployment = await startDeployment('rollback', `${runtime.key}: rollback ${from ? `${from} → ` : ''}${to}${why}`, {
                        runtime: runtime.key,
                        endpoint: inputs.endpoint || runtime.promotion.live_endpoint,
                        from: from ?? '',
                        to,
                    });
                },
            });
            report(result);
            await deployment?.finish('success', result.headline);
        }
        catch (error) {
            if (error instanceof RollbackFailure)
                report(error.result);
            await deployment?.finish(error instanceof RollbackFailure ? 'failure' : 'error', (0,errors/* describeError */.Uc)(error));
            throw error;
        }
    });
}


/***/ })

};
