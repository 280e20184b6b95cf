export const id = 828;
export const ids = [828];
export const modules = {

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

/***/ 7828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   promotionSummary: () => (/* binding */ promotionSummary)
/* harmony export */ });
/* unused harmony exports smokeNote, bakeNote, promotionDiagram */
/* harmony import */ var _core_promotion_bake_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(780);
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6706);
/* harmony import */ var _core_wait_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3210);
/* harmony import */ var _diagram_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7881);
/* harmony import */ var _endpoint_moves_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(328);
/**
 * promote-endpoint's job summary: the moves table, the smoke test and bake, and the Mermaid
 * diagram of versions and endpoints before and after.
 */





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
            return `baked ${(0,_core_wait_js__WEBPACK_IMPORTED_MODULE_1__/* .formatElapsed */ .C7)(bake.durationMs)}, ${bake.alarms.length ? `alarms OK (${bake.alarms.join(', ')})` : 'no alarms'}`;
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
    return (0,_diagram_js__WEBPACK_IMPORTED_MODULE_2__/* .endpointDiagram */ .t)(input);
}
function promotionSummary(result) {
    const sections = [(0,_endpoint_moves_js__WEBPACK_IMPORTED_MODULE_3__/* .movesTable */ .b)(result), `**${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeCell */ .kq)(result.headline)}**${result.resumed ? ' (finished the move an earlier attempt of this run started)' : ''}`];
    const lines = [`- Smoke test of ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(result.candidateEndpoint)}: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeCell */ .kq)(smokeNote(result))}`, `- Bake: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeCell */ .kq)(bakeNote(result))}`];
    if (result.bake.outcome === 'alarm')
        lines.push(`- Alarm: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeCell */ .kq)((0,_core_promotion_bake_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAlarm */ .Dd)(result.bake.alarm))}`);
    if (result.ledger)
        lines.push(`- Recorded in the ledger (SSM ${result.ledger.tier} tier).`);
    sections.push(lines.join('\n'));
    const attempts = result.smoke.result?.attempts ?? [];
    if (attempts.length) {
        sections.push((0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .details */ .zH)(`Smoke test attempts (${attempts.length})`, (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .table */ .tp)(['Attempt', 'Status', 'Latency', 'Result', 'Response (start)'], attempts.map((a) => [a.attempt, a.status ?? '—', `${a.latencyMs} ms`, a.problem ?? 'passed', (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)((0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(a.body.replace(/\s+/g, ' ')) || '—')])), result.smoke.outcome === 'failed'));
    }
    sections.push(`### Versions and endpoints\n\n${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .mermaid */ .a4)(promotionDiagram(result))}`);
    return sections;
}


/***/ })

};
