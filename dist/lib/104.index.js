export const id = 104;
export const ids = [104];
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

/***/ 4104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promoteEndpoint: () => (/* binding */ promoteEndpoint)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/wait.ts
var wait = __webpack_require__(3210);
// EXTERNAL MODULE: ./src/core/promotion/bake.ts
var bake = __webpack_require__(780);
// EXTERNAL MODULE: ./src/core/promotion/endpoints.ts
var endpoints = __webpack_require__(8996);
// EXTERNAL MODULE: ./src/core/promotion/handle.ts
var promotion_handle = __webpack_require__(1783);
// EXTERNAL MODULE: ./src/core/promotion/history.ts
var promotion_history = __webpack_require__(3953);
// EXTERNAL MODULE: ./src/core/ops/session.ts + 2 modules
var ops_session = __webpack_require__(761);
// EXTERNAL MODULE: ./src/core/promotion/promote-result.ts
var promote_result = __webpack_require__(9427);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-bedrock-agentcore/dist-cjs/index.js
var dist_cjs = __webpack_require__(2688);
// EXTERNAL MODULE: ./src/core/config/index.ts + 2 modules
var config = __webpack_require__(4544);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(6706);
// EXTERNAL MODULE: ./src/core/runtime/lookup.ts
var lookup = __webpack_require__(2764);
;// CONCATENATED MODULE: ./src/core/promotion/smoke.ts
/**
 * The smoke test: the config's payload sent to one endpoint (the candidate) with
 * InvokeAgentRuntime, judged by status, body regex, JSON values at dot paths and latency;
 * tried up to `attempts` times with a short backoff, since a fresh version may answer its
 * first calls slowly or with an error while it starts (cold start).
 *
 * The SDK throws for a non-2xx answer: a runtime's own error arrives as RuntimeClientError
 * ("Received error (500) from runtime: …"), which is turned back into that status and body.
 */






/** Longest body text kept per attempt. */
const BODY_EXCERPT = 500;
const FIRST_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 5000;
const RUNTIME_ERROR = /^Received error \((\d{3})\) from runtime: ([\s\S]*?)(?:\. Please check your CloudWatch logs[\s\S]*)?$/;
async function runSmokeTest(options) {
    const { test, logger, clock } = options;
    const attempts = [];
    let backoff = FIRST_BACKOFF_MS;
    for (let attempt = 1; attempt <= test.attempts; attempt++) {
        const result = await invokeOnce(options, attempt);
        attempts.push(result);
        const shown = `status ${result.status ?? 'none'}, ${result.latencyMs} ms`;
        if (!result.problem) {
            logger.info(`Smoke test of endpoint "${options.endpoint}" (version ${options.version}), attempt ${attempt}/${test.attempts}: passed (${shown}).`);
            return { outcome: 'passed', endpoint: options.endpoint, version: options.version, attempts };
        }
        logger.info(`Smoke test of endpoint "${options.endpoint}" (version ${options.version}), attempt ${attempt}/${test.attempts}: ${result.problem} (${shown}).`);
        if (attempt < test.attempts) {
            await clock.sleep(backoff);
            backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
        }
    }
    return { outcome: 'failed', endpoint: options.endpoint, version: options.version, attempts };
}
async function invokeOnce(options, attempt) {
    const { test, clock } = options;
    const started = clock.now();
    let status;
    let body;
    try {
        const answer = await options.data.send(new dist_cjs.InvokeAgentRuntimeCommand({
            agentRuntimeArn: options.runtimeArn,
            qualifier: options.endpoint,
            contentType: 'application/json',
            accept: 'application/json',
            payload: Buffer.from(JSON.stringify(test.payload ?? {})),
        }), { abortSignal: AbortSignal.timeout(test.timeout_seconds * 1000) });
        status = answer.statusCode ?? answer.$metadata.httpStatusCode ?? 200;
        body = (await answer.response?.transformToString()) ?? '';
    }
    catch (error) {
        const latencyMs = clock.now() - started;
        if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) {
            return { attempt, latencyMs, body: '', problem: `no answer within ${test.timeout_seconds} s (timeout_seconds)` };
        }
        const failed = errorAnswer(error);
        return { attempt, latencyMs, ...failed, body: (0,markdown/* excerpt */.Kb)(failed.body, BODY_EXCERPT), problem: judge(test, failed.status, failed.body, latencyMs) ?? `error ${(0,errors/* describeError */.Uc)(error)}` };
    }
    const latencyMs = clock.now() - started;
    const problem = judge(test, status, body, latencyMs);
    return { attempt, status, latencyMs, body: (0,markdown/* excerpt */.Kb)(body, BODY_EXCERPT), ...(problem ? { problem } : {}) };
}
/** The status and text of a failed invocation: the runtime's own for RuntimeClientError, else the service's. */
function errorAnswer(error) {
    if ((0,errors/* isAwsError */.m_)(error)) {
        const own = error.name === 'RuntimeClientError' ? RUNTIME_ERROR.exec(error.message) : null;
        if (own)
            return { status: Number(own[1]), body: own[2] };
        const status = error.$metadata?.httpStatusCode;
        return { ...(status ? { status } : {}), body: (0,errors/* describeError */.Uc)(error) };
    }
    return { body: (0,errors/* describeError */.Uc)(error) };
}
/** Why an answer fails the test, or undefined when it passes. */
function judge(test, status, body, latencyMs) {
    if (status !== test.expect_status)
        return `status ${status ?? 'none'}, expected ${test.expect_status}`;
    if (test.expect_body !== undefined && !new RegExp(test.expect_body).test(body))
        return `the body does not match expect_body /${test.expect_body}/`;
    if (test.expect_json) {
        let parsed;
        try {
            parsed = JSON.parse(body);
        }
        catch {
            return 'the body is not JSON, and expect_json needs JSON';
        }
        for (const [path, expected] of Object.entries(test.expect_json)) {
            const found = valueAt(parsed, path);
            if (!found.present)
                return `expect_json: the body has nothing at "${path}"`;
            if ((0,config/* canonicalJson */.dj)(found.value) !== (0,config/* canonicalJson */.dj)(expected)) {
                return `expect_json: "${path}" is ${(0,markdown/* excerpt */.Kb)(JSON.stringify(found.value), 100)}, expected ${(0,markdown/* excerpt */.Kb)(JSON.stringify(expected), 100)}`;
            }
        }
    }
    if (test.max_latency_ms !== undefined && latencyMs > test.max_latency_ms)
        return `took ${latencyMs} ms, more than max_latency_ms ${test.max_latency_ms}`;
    return undefined;
}
/** The value at a dot path ("result.items.0.id"; a number indexes an array). */
function valueAt(value, path) {
    let current = value;
    for (const key of path.split('.')) {
        if (Array.isArray(current) && /^\d+$/.test(key) && Number(key) < current.length)
            current = current[Number(key)];
        else if (typeof current === 'object' && current !== null && !Array.isArray(current) && Object.hasOwn(current, key))
            current = current[key];
        else
            return { present: false };
    }
    return { present: true, value: current };
}
/**
 * The smoke test calls with the job's AWS credentials (SigV4), which AgentCore refuses for a
 * version that accepts only JWT bearer tokens: such a promotion stops before anything moves.
 */
async function requireSigV4Version(handle, target) {
    const version = await (0,lookup/* getRuntimeVersion */.rm)(handle.control, handle.runtimeId, target);
    if (version.authorizerConfiguration?.customJWTAuthorizer) {
        throw new errors/* UserError */.yo(`Version ${target} of ${(0,promotion_handle/* describeRuntime */.m)(handle)} accepts only JWT bearer tokens (authorizer "cognito"), and the smoke test calls ` +
            'InvokeAgentRuntime with the job\'s AWS credentials (SigV4), which AgentCore refuses for such runtimes. Nothing was moved. ' +
            'Set the input "smoke-test" to false and test the candidate endpoint in a step of your own with a token.');
    }
}

// EXTERNAL MODULE: ./src/core/promotion/versions.ts
var promotion_versions = __webpack_require__(3404);
;// CONCATENATED MODULE: ./src/core/ops/promote-endpoint.ts










const SMOKE_BACKOFF_ALLOWANCE_MS = 5000;
async function promoteEndpoint(request) {
    const session = await (0,ops_session/* openSession */.fA)(request);
    return new Promotion(request, session).run();
}
class Promotion {
    request;
    session;
    live;
    candidate;
    bakeMs;
    alarms;
    target = '';
    from;
    smoke = { outcome: 'not-run' };
    bakeReport = { outcome: 'not-run', reason: 'the promotion stopped before it' };
    before = [];
    resumed = false;
    changeAnnounced = false;
    constructor(request, session) {
        this.request = request;
        this.session = session;
        const { promotion } = request.runtime;
        this.live = request.endpoint || promotion.live_endpoint;
        this.candidate = request.candidateEndpoint || promotion.candidate_endpoint;
        this.bakeMs = Math.round((request.bakeMinutes ?? promotion.bake_minutes) * 60_000);
        this.alarms = request.alarms?.length ? request.alarms : promotion.alarms;
        for (const [input, name] of [['endpoint', this.live], ['candidate-endpoint', this.candidate]]) {
            if (name === endpoints/* DEFAULT_ENDPOINT */.mP) {
                throw new errors/* UserError */.yo(`Input "${input}" is DEFAULT: AgentCore moves DEFAULT to every new version by itself, so nothing is promoted through it. Name another endpoint.`);
            }
        }
        if (this.live === this.candidate) {
            throw new errors/* UserError */.yo(`The live and candidate endpoints are both "${this.live}": the candidate must be another endpoint, so the smoke test never touches what users call.`);
        }
    }
    get handle() {
        return this.session.handle;
    }
    get logger() {
        return this.request.logger;
    }
    get where() {
        return (0,promotion_handle/* describeEndpoint */.N)(this.handle, this.live);
    }
    async run() {
        const { handle, logger } = this;
        const plan = await logger.group(`Reading ${(0,promotion_handle/* describeRuntime */.m)(handle)}`, async () => {
            const [versions, ledger, endpoint, before] = await Promise.all([
                (0,promotion_versions/* listVersions */.yO)(handle),
                this.session.readLedger(),
                (0,endpoints/* readEndpoint */.KW)(handle, this.live),
                (0,endpoints/* listEndpoints */.v9)(handle),
            ]);
            this.before = before;
            this.target = this.request.version ?? (0,promotion_versions/* newestReadyVersion */.WN)(handle, versions);
            const pending = this.pendingMove(endpoint?.description, ledger);
            if (pending)
                return { endpoint, pending };
            (0,promotion_versions/* requireReadyVersion */.D$)(handle, versions, this.target, this.request.version ? 'input "version"' : 'the newest READY version');
            logger.info(`Endpoint "${this.live}" serves ${(0,endpoints/* describeServing */.Yh)(endpoint)}; promoting version ${this.target}.`);
            return { endpoint, pending };
        });
        // What this run saw: compare-and-swap holds live to it.
        const seen = plan.endpoint?.liveVersion;
        this.from = seen;
        if (!plan.pending && (0,endpoints/* isServing */.PA)(plan.endpoint, this.target))
            return this.unchanged('');
        await logger.group('Checking before any change', () => this.preflight(Boolean(plan.pending)));
        const smokeMs = this.smokeTest ? this.smokeTest.attempts * (this.smokeTest.timeout_seconds * 1000 + SMOKE_BACKOFF_ALLOWANCE_MS) : 0;
        return this.session.locked(4 * handle.timeoutMs + this.bakeMs + smokeMs, async () => {
            try {
                return await this.promoteLocked(seen);
            }
            catch (error) {
                if (error instanceof promote_result/* PendingFailure */.O)
                    return this.settleFailure(error);
                throw error;
            }
        });
    }
    /** A move of live to the version requested now that an earlier attempt of this run started and did not record. */
    pendingMove(description, ledger) {
        return (0,promotion_history/* pendingMove */.zJ)(description, ledger, this.live, this.request.run.runUrl, 'promote', this.target);
    }
    /** The config's smoke test, when this run is to run it. */
    get smokeTest() {
        return this.request.smokeTest ? this.request.runtime.promotion.smoke_test : undefined;
    }
    /** Alarms exist (and are quiet, unless finishing an earlier attempt); the smoke test can authenticate. */
    async preflight(resuming) {
        if (this.bakeMs > 0 && this.alarms.length) {
            const states = await (0,bake/* checkAlarms */.Tx)(this.request.clients.cloudwatch, this.alarms, (0,promotion_handle/* describeRuntime */.m)(this.handle), !resuming);
            this.logger.info(`Bake alarms: ${states.map(bake/* describeAlarm */.Dd).join('; ')}`);
        }
        if (this.smokeTest && !resuming)
            await requireSigV4Version(this.handle, this.target);
    }
    async promoteLocked(seen) {
        const { handle, logger } = this;
        const state = await logger.group(`Reading endpoint "${this.live}" under the lease`, async () => {
            const endpoint = await (0,endpoints/* settleEndpoint */.J3)(handle, this.live);
            return { endpoint, ledger: await this.session.readLedger() };
        });
        const pending = this.pendingMove(state.endpoint?.description, state.ledger);
        if (pending)
            return this.resume(pending);
        // Another run may have promoted the same version while this one waited for the lease.
        if ((0,endpoints/* isServing */.PA)(state.endpoint, this.target))
            return this.unchanged(' (another run promoted it while this one waited for the lease)');
        const now = state.endpoint?.liveVersion;
        this.from = now;
        this.compareAndSwap(now, seen);
        await this.announce();
        await logger.group(`Moving the candidate endpoint "${this.candidate}" to version ${this.target}`, () => this.moveCandidate());
        await this.runSmoke();
        const again = await (0,endpoints/* readEndpoint */.KW)(handle, this.live);
        if (again && !(0,endpoints/* isSettled */.Is)(again))
            this.fail(`endpoint "${this.live}" started another change (${(0,endpoints/* describeServing */.Yh)(again)}) during the smoke test`);
        this.compareAndSwap(again?.liveVersion, now);
        const marker = (0,promotion_history/* formatMarker */.gJ)({ kind: 'promote', ...(now ? { from: now } : {}), to: this.target, rollingBack: false, runUrl: this.request.run.runUrl });
        const moved = await logger.group(`Moving endpoint "${this.live}" from ${now ? `version ${now}` : 'nothing'} to version ${this.target}`, () => (0,endpoints/* pointEndpoint */.a8)(handle, this.live, this.target, marker, again !== undefined));
        return this.afterMove(moved);
    }
    /** Finishes what an earlier attempt of this run started and did not record. */
    async resume(pending) {
        this.resumed = true;
        this.from = pending.from;
        this.target = pending.to;
        this.smoke = { outcome: 'skipped', reason: 'it passed in the earlier attempt of this run' };
        await this.announce();
        if (pending.rollingBack) {
            this.logger.warning(`An earlier attempt of this run failed its bake and was returning "${this.live}" from version ${pending.to} to ${pending.from}: finishing that.`);
            return this.rollBack(`an earlier attempt of this run failed its bake (see that attempt's log) and was rolling back`);
        }
        this.logger.info(`An earlier attempt of this run moved "${this.live}" from ${pending.from ? `version ${pending.from}` : 'nothing'} to version ${pending.to} and stopped before recording it: finishing the promotion.`);
        const moved = await this.logger.group(`Waiting for endpoint "${this.live}" to serve version ${this.target}`, () => (0,endpoints/* waitServing */.Gw)(this.handle, this.live, this.target));
        return this.afterMove(moved);
    }
    compareAndSwap(now, saw) {
        const shown = (v) => (v ? `version ${v}` : 'nothing (no endpoint)');
        if (now !== saw) {
            this.fail(`endpoint "${this.live}" serves ${shown(now)}, but this run read ${shown(saw)} at its start: another promotion or a hand move changed it. Nothing was moved`);
        }
        const expected = this.request.expectedVersion;
        if (expected !== undefined && now !== expected) {
            this.fail(`endpoint "${this.live}" serves ${shown(now)}, not expected-version ${expected}. Nothing was moved`);
        }
    }
    async announce() {
        if (this.changeAnnounced || !this.request.onChange)
            return;
        this.changeAnnounced = true;
        await this.request.onChange({ ...(this.from ? { from: this.from } : {}), to: this.target });
    }
    async moveCandidate() {
        const { handle } = this;
        const endpoint = await (0,endpoints/* settleEndpoint */.J3)(handle, this.candidate);
        if ((0,endpoints/* isServing */.PA)(endpoint, this.target)) {
            this.logger.info(`The candidate endpoint "${this.candidate}" already serves version ${this.target}.`);
        }
        else {
            const description = `agentcore-actions candidate ${this.target}`;
            const moved = await (0,endpoints/* pointEndpoint */.a8)(handle, this.candidate, this.target, description, endpoint !== undefined);
            if (!moved.ok)
                this.fail(`moving the candidate endpoint "${this.candidate}" to version ${this.target} failed: ${moved.reason}. Live was not touched`);
        }
        await this.tag(this.candidate, this.target);
    }
    async runSmoke() {
        const test = this.smokeTest;
        if (!test) {
            const reason = this.request.smokeTest ? 'the config defines no promotion.smoke_test' : 'the input "smoke-test" is false';
            this.smoke = { outcome: 'skipped', reason };
            this.logger.info(`No smoke test: ${reason}.`);
            return;
        }
        const result = await this.logger.group(`Smoke test of endpoint "${this.candidate}" (version ${this.target})`, () => runSmokeTest({
            data: this.request.clients.agentcoreData,
            runtimeArn: this.handle.runtimeArn,
            endpoint: this.candidate,
            version: this.target,
            test,
            clock: this.request.clock,
            logger: this.logger,
        }));
        this.smoke = { outcome: result.outcome, result };
        if (result.outcome === 'failed') {
            const last = result.attempts.at(-1);
            this.fail(`the smoke test of the candidate endpoint "${this.candidate}" (version ${this.target}) failed ${result.attempts.length} time(s); ` +
                `last: ${last.problem}. Live was not touched. Response (first ${BODY_EXCERPT} characters): ${last.body || '(empty)'}`);
        }
    }
    /** Live was asked to move: verified, baked and recorded, or repaired and reported. */
    async afterMove(moved) {
        const { handle, logger } = this;
        if (!moved.ok) {
            // A failed update leaves live serving the old version (UPDATE_FAILED); bring it back to READY there.
            const liveNow = await (0,endpoints/* readEndpoint */.KW)(handle, this.live).catch(() => undefined);
            const landed = liveNow?.liveVersion === this.target && this.target !== this.from;
            // auto-rollback: false leaves a move that landed where it is; an update that never landed is always repaired.
            const restored = this.request.autoRollback || !landed ? await (0,endpoints/* restoreEndpoint */.uE)(handle, this.live, this.from, this.marker(true)) : undefined;
            const serving = restored ? (0,endpoints/* describeRestored */.yX)(restored) : (0,endpoints/* describeServing */.Yh)(liveNow);
            await this.tag(this.live, restored?.serving ?? liveNow?.liveVersion);
            this.fail(`moving endpoint "${this.live}" from ${this.from ? `version ${this.from}` : 'nothing'} to version ${this.target} failed: ${moved.reason}. ` +
                `It serves ${serving} now${restored?.problem ? ` (it could not be returned to version ${this.from}: ${restored.problem})` : ''}`, landed && restored?.restored && restored.serving === this.from ? 'rolled-back' : 'failed');
        }
        logger.info(`Endpoint "${this.live}" serves version ${this.target} (READY).`);
        await this.tag(this.live, this.target);
        if (this.bakeMs > 0) {
            const result = await logger.group(`Baking version ${this.target} for ${(0,wait/* formatElapsed */.C7)(this.bakeMs)}`, () => (0,bake/* bake */.Wq)({
                cloudwatch: this.request.clients.cloudwatch,
                alarms: this.alarms,
                durationMs: this.bakeMs,
                endpoint: this.live,
                version: this.target,
                readEndpoint: () => (0,endpoints/* peekEndpoint */.zy)(handle, this.live),
                clock: this.request.clock,
                logger,
            }));
            this.bakeReport = result;
            if (result.outcome !== 'passed') {
                const why = (0,bake/* bakeProblem */.fG)(result);
                if (this.request.autoRollback && this.from !== undefined)
                    return this.rollBack(why);
                const noRollback = this.from === undefined ? 'this run created the endpoint, so there is no earlier version to return to' : 'auto-rollback is false';
                this.fail(`the bake failed: ${why}. Live still serves version ${this.target} (${noRollback})`);
            }
        }
        else {
            this.bakeReport = { outcome: 'skipped', reason: 'bake-minutes is 0' };
        }
        const ledger = await this.session.record({ endpoint: this.live, ...(this.from ? { from: this.from } : {}), to: this.target, kind: 'promote', result: 'succeeded' });
        await this.session.autoSync();
        const headline = `Endpoint "${this.live}" serves version ${this.target}${this.from ? ` (was ${this.from})` : ''}.`;
        return this.result('succeeded', headline, { ledger, changed: this.from !== this.target });
    }
    /** The bake failed: live goes back to `from`, verified; the step fails naming why. */
    async rollBack(why) {
        const { handle, logger } = this;
        logger.warning(`Rolling endpoint "${this.live}" back from version ${this.target} to ${this.from}: ${why}.`);
        const restored = await logger.group(`Rolling "${this.live}" back to version ${this.from}`, () => (0,endpoints/* restoreEndpoint */.uE)(handle, this.live, this.from, this.marker(true)));
        await this.tag(this.live, restored.serving);
        if (restored.serving === this.from && restored.status === 'READY') {
            this.fail(`${why}. Rolled back: endpoint "${this.live}" serves version ${this.from} (READY) again`, 'rolled-back');
        }
        this.fail(`${why}. Rolling back to version ${this.from} failed: ${restored.problem ?? 'unknown'}; it serves ${(0,endpoints/* describeRestored */.yX)(restored)}`);
    }
    marker(rollingBack) {
        return (0,promotion_history/* formatMarker */.gJ)({ kind: 'promote', ...(this.from ? { from: this.from } : {}), to: this.target, rollingBack, runUrl: this.request.run.runUrl });
    }
    tag(endpoint, version) {
        return this.session.keepImage(endpoint, version);
    }
    async unchanged(why) {
        this.smoke = { outcome: 'skipped', reason: 'the version is already live' };
        this.bakeReport = { outcome: 'skipped', reason: 'the version is already live' };
        this.logger.notice(`Version ${this.target} is already live on ${this.where}${why}: nothing to do.`);
        return this.result('unchanged', `Version ${this.target} was already live${why}.`, { changed: false, after: this.before });
    }
    /** Stops the promotion; promoteLocked records the failure in the ledger (under the lease) and reports it. */
    fail(problem, result = 'failed') {
        throw new promote_result/* PendingFailure */.O(problem, result);
    }
    async settleFailure(failure) {
        const ledger = await (0,ops_session/* recordQuietly */.be)(this.session, {
            endpoint: this.live,
            ...(this.from ? { from: this.from } : {}),
            to: this.target,
            kind: 'promote',
            result: failure.result,
            reason: failure.problem,
        });
        const message = `Promotion of version ${this.target} to ${this.where} failed: ${failure.problem}.`;
        const result = await this.result(failure.result, message, { ...(ledger ? { ledger } : {}), changed: false });
        throw new promote_result/* PromotionFailure */.Q(message, result);
    }
    async result(outcome, headline, extra) {
        const { handle } = this;
        const after = extra.after ?? (await (0,endpoints/* listEndpoints */.v9)(handle).catch(() => []));
        const liveAfter = after.find((e) => e.name === this.live);
        const changed = extra.changed || (liveAfter?.liveVersion !== undefined && liveAfter.liveVersion !== this.from);
        return {
            environment: handle.environment,
            region: handle.region,
            runtimeKey: handle.runtimeKey,
            runtimeName: handle.runtimeName,
            endpoint: this.live,
            candidateEndpoint: this.candidate,
            version: this.target,
            ...(this.from ? { previousVersion: this.from } : {}),
            outcome,
            changed,
            rolledBack: outcome === 'rolled-back',
            serving: liveAfter ? (0,endpoints/* describeServing */.Yh)(liveAfter) : 'unknown',
            smoke: this.smoke,
            bake: this.bakeReport,
            resumed: this.resumed,
            headline,
            before: this.before,
            after,
            ...(extra.ledger ? { ledger: extra.ledger } : {}),
        };
    }
}


/***/ }),

/***/ 780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ describeAlarm),
/* harmony export */   Tx: () => (/* binding */ checkAlarms),
/* harmony export */   Wq: () => (/* binding */ bake),
/* harmony export */   fG: () => (/* binding */ bakeProblem)
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
            const page = await cloudwatch.send(new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_2__.DescribeAlarmsCommand({ AlarmNames: names.slice(i, i + NAMES_PER_CALL), AlarmTypes: ['MetricAlarm', 'CompositeAlarm'], NextToken: nextToken }));
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
/** Why a bake failed, in one clause for the failure message. */
function bakeProblem(result) {
    switch (result.outcome) {
        case 'alarm':
            return `alarm "${result.alarm.name}" went to ALARM${result.alarm.since ? ` at ${result.alarm.since.toISOString()}` : ''} (${(0,_wait_js__WEBPACK_IMPORTED_MODULE_1__/* .formatElapsed */ .C7)(result.elapsedMs)} into the bake)${result.alarm.reason ? `: ${result.alarm.reason}` : ''}`;
        case 'endpoint':
        case 'error':
            return `${result.problem} (${(0,_wait_js__WEBPACK_IMPORTED_MODULE_1__/* .formatElapsed */ .C7)(result.elapsedMs)} into the bake)`;
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
