export const id = 551;
export const ids = [551];
export const modules = {

/***/ 9551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ drift_check_run)
});

// EXTERNAL MODULE: ./src/core/aws/clients.ts
var clients = __webpack_require__(6285);
// EXTERNAL MODULE: ./src/core/clock.ts
var clock = __webpack_require__(2257);
// EXTERNAL MODULE: ./src/core/config/index.ts + 9 modules
var core_config = __webpack_require__(2359);
// EXTERNAL MODULE: ./src/core/drift/report.ts
var drift_report = __webpack_require__(8669);
// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(6706);
;// CONCATENATED MODULE: ./src/github/summaries/drift-check.ts
/** drift-check's job summary and its pull-request comment, from the same report. */


/** The hidden first line that finds a config file's drift comment again on the next run. */
function driftCommentMarker(configFile) {
    // "--" may not appear inside an HTML comment; no real path needs it.
    return `<!-- agentcore-drift: ${configFile.replace(/--+/g, '-')} -->`;
}
/** A value in a table cell: blank when not compared, "(absent)" for null, else inline code. */
function formatValue(value) {
    if (value === undefined)
        return (0,markdown/* raw */.lS)('');
    if (value === null)
        return (0,markdown/* raw */.lS)('_(absent)_');
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return (0,markdown/* raw */.lS)((0,markdown/* code */.aY)((0,markdown/* excerpt */.Kb)(text, 120)).replace(/\r?\n/g, ' '));
}
function findingsTable(findings, withEnvironment = false) {
    const headers = [...(withEnvironment ? ['Environment'] : []), 'Runtime', 'Kind', 'Path', 'Repo', 'SSM', 'AWS'];
    const rows = findings.map((f) => [
        ...(withEnvironment ? [f.environment] : []),
        f.runtime ?? '',
        drift_report/* FINDING_KINDS */.mH[f.kind],
        (0,markdown/* raw */.lS)((0,markdown/* code */.aY)(f.path)),
        formatValue(f.repo),
        formatValue(f.ssm),
        formatValue(f.aws),
    ]);
    return (0,markdown/* table */.tp)(headers, rows);
}
/** Each distinct suggested action once, with the findings it answers. */
function actionList(findings) {
    const byAction = new Map();
    for (const f of findings) {
        const where = [f.runtime, f.path].filter(Boolean).join(' ');
        byAction.set(f.action, [...(byAction.get(f.action) ?? []), where]);
    }
    return [...byAction.entries()]
        .map(([action, where]) => `- ${(0,markdown/* escapeCell */.kq)(action)} (${where.map((w) => (0,markdown/* code */.aY)(w)).join(', ')})`)
        .join('\n');
}
function statusText(env) {
    if (env.status === 'skipped')
        return `⏭️ skipped: ${env.reason ?? ''}`;
    if (env.status === 'error')
        return `❌ error: ${env.reason ?? ''}`;
    return env.findings.length === 0 ? '✅ no drift' : `⚠️ ${plural(env.findings.length, 'finding')}`;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function overview(report) {
    return (0,markdown/* table */.tp)(['Environment', 'Region', 'Account', 'Runtimes', 'Status'], report.environments.map((env) => [env.name, env.region, env.account ?? '', env.runtimes.length, statusText(env)]));
}
function headline(report) {
    const errors = report.environments.filter((env) => env.status === 'error').length;
    const checked = report.environments.filter((env) => env.status === 'checked').map((env) => env.name);
    const file = (0,markdown/* code */.aY)(report.config_file);
    const parts = [
        report.drifted
            ? `⚠️ **${plural(report.drift_count, 'drift finding')}** in ${file}: the repo, SSM and AgentCore disagree.`
            : `✅ **No drift** in ${file}: the repo, SSM and AgentCore agree${checked.length ? ` for ${checked.join(', ')}` : ''}.`,
    ];
    if (errors)
        parts.push(`❌ ${plural(errors, 'environment')} could not be checked.`);
    return parts.join(' ');
}
function footer(report) {
    const bits = [`schema v${report.schema_version}`, report.commit ? `commit ${(0,markdown/* code */.aY)(report.commit.slice(0, 7))}` : '', report.run_url ? `[run](${report.run_url})` : ''];
    return `<sub>agentcore drift-check · ${bits.filter(Boolean).join(' · ')}</sub>`;
}
function environmentSection(env, open) {
    const body = [];
    if (env.findings.length)
        body.push(findingsTable(env.findings), `**Suggested actions**\n\n${actionList(env.findings)}`);
    else if (env.status === 'checked')
        body.push('No drift.');
    else
        body.push((0,markdown/* escapeCell */.kq)(env.reason ?? ''));
    if (env.notes.length)
        body.push(env.notes.map((note) => `- ℹ️ ${(0,markdown/* escapeCell */.kq)(note)}`).join('\n'));
    return (0,markdown/* details */.zH)(`${env.name}: ${statusText(env)}`, body.join('\n\n'), open);
}
/** The job summary: the overview table, then a collapsible section per environment (open when it drifted). */
function renderSummary(report) {
    return [
        headline(report),
        overview(report),
        ...report.environments.map((env) => `### ${(0,markdown/* escapeCell */.kq)(env.name)}\n\n${environmentSection(env, env.findings.length > 0)}`),
        footer(report),
    ].join('\n\n');
}
/** The pull-request comment: headline, overview, and details only for environments with something to say. */
function renderComment(report) {
    const sections = report.environments.filter((env) => env.findings.length > 0 || env.status === 'error').map((env) => environmentSection(env, false));
    return [`### AgentCore drift: ${(0,markdown/* code */.aY)(report.config_file)}`, headline(report), overview(report), ...sections, footer(report)].join('\n\n');
}

;// CONCATENATED MODULE: ./src/github/drift-comment.ts


const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
/** Keeps the config file's sticky pull-request comment up to date; never fails the step. */
async function commentDrift(mode, token, report, run, logger) {
    if (mode === 'never')
        return;
    const onPullRequest = PULL_REQUEST_EVENTS.includes(run.eventName) && run.pullRequest !== undefined;
    if (mode === 'auto' && !onPullRequest) {
        logger.debug(`No pull-request comment: event "${run.eventName}" is not a pull request (comment: auto).`);
        return;
    }
    const [owner, repo] = run.repository.split('/');
    if (!token || !owner || !repo) {
        logger.warning(`No pull-request comment: ${token ? 'the repository is unknown' : 'the input "github-token" is empty'}. The job summary has the report.`);
        return;
    }
    // Octokit loads only when there is a comment to write.
    const [{ createGitHubClient }, { pullRequestsForCommit, upsertStickyComment }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(702)]).then(__webpack_require__.bind(__webpack_require__, 6702)), Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 6645))]);
    const client = createGitHubClient({ token, logger });
    try {
        const numbers = run.pullRequest !== undefined ? [run.pullRequest] : await pullRequestsForCommit(client, owner, repo, run.commit);
        if (numbers.length === 0)
            logger.info(`No open pull request has commit ${run.shortCommit}: no comment written.`);
        for (const number of numbers) {
            const outcome = await upsertStickyComment(client, { owner, repo, number }, {
                marker: driftCommentMarker(report.config_file),
                body: renderComment(report),
                createIfMissing: report.drifted,
            });
            if (outcome.action === 'refused') {
                logger.warning(`Could not write the drift comment on pull request #${number} (${outcome.message}). A fork's pull request or a read-only token cannot comment; ` +
                    'give the workflow `permissions: pull-requests: write`. The job summary has the report.');
            }
            else if (outcome.action === 'not-needed') {
                logger.info(`No drift and no earlier comment on #${number}: nothing to write.`);
            }
            else {
                logger.info(`Drift comment ${outcome.action} on #${number}: ${outcome.url}`);
            }
        }
    }
    catch (error) {
        logger.warning(`Could not write the drift comment: ${(0,errors/* describeError */.Uc)(error)}. The job summary has the report.`);
    }
}

// EXTERNAL MODULE: ./src/github/inputs.ts
var github_inputs = __webpack_require__(5446);
// EXTERNAL MODULE: ./src/github/run.ts + 1 modules
var run = __webpack_require__(4986);
// EXTERNAL MODULE: ./src/github/specs/drift-check.ts
var drift_check = __webpack_require__(6782);
;// CONCATENATED MODULE: ./src/actions/drift-check.ts










async function drift_check_run() {
    await (0,run/* runAction */.C)(drift_check/* driftCheckSpec */.R, async ({ logger, summary, setOutput }) => {
        const inputs = (0,github_inputs/* readInputs */.K)(drift_check/* driftCheckSpec */.R.inputs);
        const config = await (0,core_config/* loadConfigFile */._e)(inputs['config-file']);
        const info = (0,context/* runInfo */.Q)();
        // Loaded only now, so a bad input or config fails before the AWS SDK is even read from disk.
        const { concludeDriftCheck, driftCheck } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695), __webpack_require__.e(508), __webpack_require__.e(736), __webpack_require__.e(805), __webpack_require__.e(399)]).then(__webpack_require__.bind(__webpack_require__, 399));
        const report = await driftCheck({
            config,
            environments: inputs.environments,
            clientsFor: clients/* createClients */.hP,
            run: { commit: info.commit, runUrl: info.runUrl },
            clock: clock/* systemClock */.m,
            logger,
        });
        const reportPath = await (0,drift_report/* writeReportFile */.aS)(report, inputs['report-file']);
        setOutput('drifted', report.drifted);
        setOutput('drift-count', report.drift_count);
        setOutput('report-file', reportPath);
        summary.add(renderSummary(report));
        await commentDrift(inputs.comment, inputs['github-token'], report, info, logger);
        concludeDriftCheck(report, { failOnDrift: inputs['fail-on-drift'], reportFile: inputs['report-file'] }, logger);
    });
}


/***/ }),

/***/ 8669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DL: () => (/* binding */ hideSecret),
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   aS: () => (/* binding */ writeReportFile),
/* harmony export */   mH: () => (/* binding */ FINDING_KINDS)
/* harmony export */ });
/* unused harmony exports DRIFT_REPORT_SCHEMA_VERSION, SECRET_HIDDEN */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The drift report: what drift-check found, per environment, as one JSON document
 * (written to `report-file`, schema in docs/ssm-layout.md) that the job summary and
 * the pull-request comment are rendered from.
 *
 * Values on a finding are JSON values: omitted = that side was not compared,
 * null = absent there. A secret's values are never in a report: they read SECRET_HIDDEN.
 */


const DRIFT_REPORT_SCHEMA_VERSION = 1;
const SECRET_HIDDEN = 'changed, value hidden';
const FINDING_KINDS = {
    'ssm-copy': 'repo ≠ SSM copy',
    'deployed-config': 'repo ≠ deployed',
    'not-deployed': 'not deployed',
    'endpoint-moved': 'endpoint moved outside the pipeline',
    'unmanaged-runtime': 'unmanaged runtime',
    'missing-version': 'recorded version gone',
};
/** A finding whose values are a secret's: every compared side reads SECRET_HIDDEN, absent sides stay null. */
function hideSecret(finding) {
    const hide = (value) => (value === undefined ? undefined : value === null ? null : SECRET_HIDDEN);
    const { repo, ssm, aws, ...rest } = finding;
    return {
        ...rest,
        ...(repo !== undefined ? { repo: hide(repo) } : {}),
        ...(ssm !== undefined ? { ssm: hide(ssm) } : {}),
        ...(aws !== undefined ? { aws: hide(aws) } : {}),
        secret: true,
    };
}
function buildReport(configFile, environments, meta) {
    const count = environments.reduce((sum, env) => sum + env.findings.length, 0);
    return {
        schema_version: DRIFT_REPORT_SCHEMA_VERSION,
        config_file: configFile,
        generated_at: meta.generatedAt,
        ...(meta.commit ? { commit: meta.commit } : {}),
        ...(meta.runUrl ? { run_url: meta.runUrl } : {}),
        drifted: count > 0,
        drift_count: count,
        environments,
    };
}
/** Writes the report as JSON (making its directory); returns the absolute path. */
async function writeReportFile(report, file) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(file);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, `${JSON.stringify(report, null, 2)}\n`);
    return path;
}


/***/ }),

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


/***/ })

};
