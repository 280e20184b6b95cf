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
// EXTERNAL MODULE: ./src/core/config/file.ts
var file = __webpack_require__(7802);
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
        const config = await (0,file/* loadConfigFile */.H)(inputs['config-file']);
        const info = (0,context/* runInfo */.Q)();
        // Loaded only now, so a bad input or config fails before the AWS SDK is even read from disk.
        const { concludeDriftCheck, driftCheck } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695), __webpack_require__.e(121), __webpack_require__.e(508), __webpack_require__.e(736), __webpack_require__.e(805), __webpack_require__.e(395), __webpack_require__.e(185), __webpack_require__.e(399)]).then(__webpack_require__.bind(__webpack_require__, 399));
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

/***/ 6285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hP: () => (/* binding */ createClients)
/* harmony export */ });
/* unused harmony exports USER_AGENT, DEFAULT_MAX_ATTEMPTS, AGENTCORE_MAX_ATTEMPTS */
const USER_AGENT = ['agentcore-actions', '0.1.0'];
/** SDK attempts per call; throttling, 5xx and network errors are retried with jittered backoff. */
const DEFAULT_MAX_ATTEMPTS = 8;
/** AgentCore calls get more attempts than the default: a throttling burst must not fail a deploy or a promotion. */
const AGENTCORE_MAX_ATTEMPTS = 12;
const KINDS = {
    sts: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695)]).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19))).STSClient, maxAttempts: DEFAULT_MAX_ATTEMPTS },
    ssm: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(736)]).then(__webpack_require__.t.bind(__webpack_require__, 4736, 19))).SSMClient, maxAttempts: DEFAULT_MAX_ATTEMPTS },
    agentcore: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(508)]).then(__webpack_require__.t.bind(__webpack_require__, 7508, 19))).BedrockAgentCoreControlClient, maxAttempts: AGENTCORE_MAX_ATTEMPTS },
    // The smoke test counts and spaces its own attempts: an SDK retry would hide a failing one.
    agentcoreData: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(688)]).then(__webpack_require__.t.bind(__webpack_require__, 2688, 19))).BedrockAgentCoreClient, maxAttempts: 1 },
    ecr: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19))).ECRClient, maxAttempts: DEFAULT_MAX_ATTEMPTS },
    cloudformation: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19))).CloudFormationClient, maxAttempts: DEFAULT_MAX_ATTEMPTS },
    iam: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(764)]).then(__webpack_require__.t.bind(__webpack_require__, 6764, 19))).IAMClient, maxAttempts: DEFAULT_MAX_ATTEMPTS },
    cognito: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(705)]).then(__webpack_require__.t.bind(__webpack_require__, 7705, 19))).CognitoIdentityProviderClient, maxAttempts: DEFAULT_MAX_ATTEMPTS },
    cloudwatch: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(85)]).then(__webpack_require__.t.bind(__webpack_require__, 4085, 19))).CloudWatchClient, maxAttempts: DEFAULT_MAX_ATTEMPTS },
};
async function createClient(name, target) {
    const kind = KINDS[name];
    const Client = await kind.load();
    return new Client({
        region: target.region,
        ...(target.credentials ? { credentials: target.credentials } : {}),
        maxAttempts: kind.maxAttempts,
        customUserAgent: [USER_AGENT],
    });
}
/** The named clients for one target, e.g. `await createClients({ region }, ['sts', 'ssm'])`. */
const createClients = async (target, names) => {
    const built = await Promise.all(names.map(async (name) => [name, await createClient(name, target)]));
    // Object.fromEntries loses the key-to-client pairing that `names` guarantees.
    return Object.fromEntries(built);
};


/***/ }),

/***/ 2257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};


/***/ }),

/***/ 7802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ loadConfigFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/**
 * Reading the config file, apart from parsing it: the entries import this statically, and the
 * parser with zod and the schemas is loaded only when there is a file to parse.
 */


/** Reads and parses a config file; a missing or unreadable file is a UserError naming the path. */
async function loadConfigFile(path, displayName = path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        // Duck-typed: Node's fs errors may come from another realm (as under Jest), where instanceof fails.
        const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(code === 'ENOENT' ? `Config file not found: ${path}` : `Cannot read the config file ${path}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`);
    }
    // The parser (zod and the schemas) loads only once there is text to parse, so a missing file fails fast.
    const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(121), __webpack_require__.e(395)]).then(__webpack_require__.bind(__webpack_require__, 1395));
    return parseConfig(text, displayName);
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


/***/ }),

/***/ 5446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readInputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3360);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


const readRaw = (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
const YAML_TRUE = ['true', 'True', 'TRUE'];
const YAML_FALSE = ['false', 'False', 'FALSE'];
function readInputs(specs, raw = readRaw) {
    const values = {};
    for (const [name, spec] of Object.entries(specs)) {
        values[name] = readInput(name, spec, raw(name).trim());
    }
    return values;
}
function readInput(name, spec, text) {
    const bad = (expected) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input "${name}": expected ${expected}, got "${text}".`);
    switch (spec.kind) {
        case 'string': {
            if (spec.secret && text)
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(text);
            if (!text) {
                if (spec.required)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input "${name}" is required: ${spec.description}`);
                return spec.default;
            }
            if (spec.pattern && !spec.pattern.test(text)) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input "${name}": expected ${spec.rule ?? `a value matching ${spec.pattern}`}, got "${spec.secret ? '***' : text}".`);
            }
            return text;
        }
        case 'boolean':
            // Strict YAML 1.2 booleans: a typo must fail, not quietly read as false.
            if (!text)
                return spec.default;
            if (YAML_TRUE.includes(text))
                return true;
            if (YAML_FALSE.includes(text))
                return false;
            throw bad('true or false');
        case 'number': {
            if (!text)
                return spec.default;
            const value = Number(text);
            const integer = spec.integer ?? true;
            if (!Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < spec.min || (spec.max !== undefined && value > spec.max)) {
                const range = spec.max !== undefined ? `from ${spec.min} to ${spec.max}` : `>= ${spec.min}`;
                throw bad(`${integer ? 'a whole number' : 'a number'} of ${spec.unit} ${range}`);
            }
            return value;
        }
        case 'choice':
            if (!text)
                return spec.default;
            if (!spec.choices.includes(text))
                throw bad(`one of ${spec.choices.join(', ')}`);
            return text;
        case 'list':
            return (text || spec.default || '')
                .split(/[\n,]/)
                .map((item) => item.trim())
                .filter(Boolean);
    }
}


/***/ }),

/***/ 4986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: Summary

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(3360);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/github/logger.ts

/** Masks a secret and the forms it takes when embedded in JSON or base64. */
function maskSecret(value) {
    if (!value)
        return;
    core/* setSecret */.Pq(value);
    const jsonForm = JSON.stringify(value).slice(1, -1);
    if (jsonForm !== value)
        core/* setSecret */.Pq(jsonForm);
    core/* setSecret */.Pq(Buffer.from(value).toString('base64'));
}
function properties(annotation) {
    if (!annotation)
        return undefined;
    return {
        ...(annotation.title ? { title: annotation.title } : {}),
        ...(annotation.file ? { file: annotation.file } : {}),
        ...(annotation.startLine ? { startLine: annotation.startLine } : {}),
        ...(annotation.startColumn ? { startColumn: annotation.startColumn } : {}),
    };
}
/** The runner's logger: annotations, collapsible groups, masking. */
const githubLogger = {
    debug: (message) => core/* debug */.Yz(message),
    info: (message) => core/* info */.pq(message),
    notice: (message, annotation) => core/* notice */.lm(message, properties(annotation)),
    warning: (message, annotation) => core/* warning */.$e(message, properties(annotation)),
    error: (message, annotation) => core/* error */.z3(message, properties(annotation)),
    group: (name, fn) => core/* group */.Os(name, fn),
    secret: maskSecret,
};

;// CONCATENATED MODULE: ./src/github/run.ts



/** Collects one job summary; written once, on success and on failure alike. */
class Summary {
    title;
    sections = [];
    constructor(title) {
        this.title = title;
    }
    add(markdown) {
        this.sections.push(markdown);
        return this;
    }
    get markdown() {
        return [`## ${this.title}`, ...this.sections].join('\n\n') + '\n';
    }
}
/**
 * Runs one action: user errors fail the step with their message (config errors
 * also as annotations at file:line:col); anything else is a bug whose stack
 * shows under debug logging. The summary is written either way.
 */
async function runAction(spec, body) {
    const summary = new Summary(spec.title);
    const ctx = {
        logger: githubLogger,
        summary,
        setOutput: (name, value) => {
            if (!(name in spec.outputs))
                throw new Error(`${spec.name} sets output "${name}", which its action.yml does not declare`);
            core/* setOutput */.uH(name, typeof value === 'string' ? value : String(value));
        },
        exportVariable: (name, value) => core/* exportVariable */.dN(name, value),
    };
    try {
        await body(ctx);
    }
    catch (error) {
        fail(error, summary);
    }
    await writeSummary(summary);
}
function fail(error, summary) {
    if (error instanceof errors/* ConfigError */.xL) {
        for (const issue of error.issues) {
            core/* error */.z3(issue.path ? `${issue.path}: ${issue.message}` : issue.message, {
                title: 'agentcore config',
                file: issue.file,
                startLine: issue.line,
                startColumn: issue.column,
            });
        }
        core/* setFailed */.C1(error.message);
    }
    else if (error instanceof errors/* UserError */.yo) {
        if (error.location) {
            core/* error */.z3(error.message, {
                file: error.location.file,
                startLine: error.location.line,
                startColumn: error.location.column,
            });
            process.exitCode = 1;
        }
        else {
            core/* setFailed */.C1(error.message);
        }
    }
    else {
        if (error instanceof Error && error.stack)
            core/* debug */.Yz(error.stack);
        core/* setFailed */.C1(`Unexpected error (a bug in agentcore-actions, please report it): ${(0,errors/* describeError */.Uc)(error)}`);
    }
    summary.add(`### ❌ Failed\n\n${'```'}text\n${error instanceof Error ? error.message : (0,errors/* describeError */.Uc)(error)}\n${'```'}`);
}
async function writeSummary(summary) {
    // Outside a runner (or with the file unset) there is nowhere to write; that is not an error.
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await core/* summary */.z.addRaw(summary.markdown).write();
    }
    catch (error) {
        core/* warning */.$e(`Could not write the job summary: ${(0,errors/* describeError */.Uc)(error)}`);
    }
}


/***/ })

};
