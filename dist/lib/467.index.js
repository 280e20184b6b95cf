export const id = 467;
export const ids = [467];
export const modules = {

/***/ 8467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _core_aws_clients_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6285);
/* harmony import */ var _core_config_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2359);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6706);
/* harmony import */ var _github_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5446);
/* harmony import */ var _github_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4986);
/* harmony import */ var _github_specs_sync_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7260);







const ACTION_TEXT = {
    create: ['created', 'to create'],
    update: ['updated', 'to update'],
    delete: ['deleted', 'to delete'],
    stale: ['stale (kept: prune is off)', 'stale (kept: prune is off)'],
};
async function run() {
    await (0,_github_run_js__WEBPACK_IMPORTED_MODULE_3__/* .runAction */ .C)(_github_specs_sync_config_js__WEBPACK_IMPORTED_MODULE_4__/* .syncConfigSpec */ .L, async ({ logger, summary, setOutput }) => {
        const inputs = (0,_github_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readInputs */ .K)(_github_specs_sync_config_js__WEBPACK_IMPORTED_MODULE_4__/* .syncConfigSpec */ .L.inputs);
        const mode = inputs.mode;
        const dryRun = inputs['dry-run'];
        if (mode === 'check' && (inputs.prune || dryRun))
            logger.warning('Inputs "prune" and "dry-run" are ignored in check mode: it never writes.');
        const config = await (0,_core_config_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfigFile */ ._e)(inputs['config-file']);
        // Loaded only now, so a bad input or config fails before the AWS SDK is even read from disk.
        const [{ SSMClient }, { STSClient }, { checkEnvironments, selectEnvironments }, { syncEnvironment }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(736)]).then(__webpack_require__.t.bind(__webpack_require__, 4736, 19)),
            Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695)]).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19)),
            Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695), __webpack_require__.e(393)]).then(__webpack_require__.bind(__webpack_require__, 5393)),
            Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(736), __webpack_require__.e(988)]).then(__webpack_require__.bind(__webpack_require__, 2988)),
        ]);
        const access = await checkEnvironments(selectEnvironments(config, inputs.environments), (region) => (0,_core_aws_clients_js__WEBPACK_IMPORTED_MODULE_5__/* .createClient */ .UU)(STSClient, { region }), logger);
        const results = [];
        const rows = [];
        for (const entry of access) {
            const { environment } = entry;
            if ('skipped' in entry) {
                rows.push([environment.name, environment.region, '', `skipped: ${entry.skipped}`]);
                continue;
            }
            const verb = mode === 'check' ? 'Comparing' : dryRun ? 'Planning' : 'Syncing';
            const result = await logger.group(`${verb} the config copy of ${environment.name} (${environment.region})`, () => syncEnvironment({
                ssm: (0,_core_aws_clients_js__WEBPACK_IMPORTED_MODULE_5__/* .createClient */ .UU)(SSMClient, { region: environment.region }),
                environment,
                logger,
                mode,
                prune: inputs.prune,
                dryRun,
            }));
            results.push(result);
            if (!result.enabled) {
                rows.push([environment.name, environment.region, '', 'cloud_config_enabled is false: no config copy is kept']);
                continue;
            }
            const shown = result.changes.filter((c) => c.action !== 'unchanged');
            if (shown.length === 0)
                rows.push([environment.name, environment.region, (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .raw */ .lS)((0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY)(`${result.prefix}/${environment.name}/config`)), 'up to date']);
            for (const change of shown) {
                const [done, planned] = ACTION_TEXT[change.action];
                const size = change.bytes !== undefined ? ` (${change.bytes} bytes, ${change.tier})` : '';
                rows.push([environment.name, environment.region, (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .raw */ .lS)((0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY)(change.name)), `${result.applied ? done : planned}${size}`]);
            }
            for (const name of result.stale)
                logger.warning(`Stale config copy ${name}: the config no longer produces it. Run sync-config with prune: true to delete it.`);
        }
        const count = (pick) => results.reduce((sum, r) => sum + pick(r).length, 0);
        const changed = results.some((r) => r.changed);
        setOutput('changed', changed);
        setOutput('written', count((r) => r.written));
        setOutput('deleted', count((r) => r.deleted));
        setOutput('stale', count((r) => r.stale));
        const heading = mode === 'check'
            ? changed
                ? '⚠️ The SSM config copy differs from the config.'
                : '✅ The SSM config copy matches the config.'
            : dryRun
                ? '🔎 Dry run: nothing was written.'
                : changed
                    ? '✅ The SSM config copy was brought in line with the config.'
                    : '✅ Nothing to write: the SSM config copy already matches the config.';
        summary.add(`${heading} Config file: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY)(config.file)}.`);
        summary.add((0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .table */ .tp)(['Environment', 'Region', 'Parameter', 'Result'], rows));
        if (!changed && mode === 'push' && !dryRun)
            logger.notice('The SSM config copy already matched the config: nothing was written.');
        if (mode === 'check' && changed) {
            const what = results
                .filter((r) => r.changed)
                .map((r) => `${r.environment} (${[r.written.length && `${r.written.length} to write`, r.stale.length && `${r.stale.length} stale`].filter(Boolean).join(', ')})`);
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The SSM config copy differs from ${config.file} for ${what.join(', ')}. Run sync-config with mode: push (and prune: true for stale parameters).`);
        }
    });
}


/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UU: () => (/* binding */ createClient)
/* harmony export */ });
/* unused harmony exports USER_AGENT, DEFAULT_MAX_ATTEMPTS */
const USER_AGENT = ['agentcore-actions', '0.1.0'];
const DEFAULT_MAX_ATTEMPTS = 8;
/** The one place SDK clients are built, so every client gets the same region, retries and user agent. */
function createClient(Client, target) {
    return new Client({
        region: target.region,
        ...(target.credentials ? { credentials: target.credentials } : {}),
        maxAttempts: target.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        customUserAgent: [USER_AGENT],
    });
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


/***/ })

};
