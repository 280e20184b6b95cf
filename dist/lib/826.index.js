export const id = 826;
export const ids = [826];
export const modules = {

/***/ 5826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ sync_config_run)
});

// EXTERNAL MODULE: ./src/core/aws/clients.ts
var clients = __webpack_require__(6285);
// EXTERNAL MODULE: ./src/core/clock.ts
var clock = __webpack_require__(2257);
// EXTERNAL MODULE: ./src/core/config/index.ts + 9 modules
var core_config = __webpack_require__(2359);
// EXTERNAL MODULE: ./src/github/inputs.ts
var github_inputs = __webpack_require__(5446);
// EXTERNAL MODULE: ./src/github/run.ts + 1 modules
var run = __webpack_require__(4986);
// EXTERNAL MODULE: ./src/github/specs/sync-config.ts
var sync_config = __webpack_require__(7260);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(6706);
;// CONCATENATED MODULE: ./src/github/summaries/sync-config.ts
/** sync-config's job summary: a heading, then one row per parameter written, planned or stale. */

const ACTION_TEXT = {
    create: ['created', 'to create'],
    update: ['updated', 'to update'],
    delete: ['deleted', 'to delete'],
    stale: ['stale (kept: prune is off)', 'stale (kept: prune is off)'],
};
function syncConfigSummary(result, run) {
    const rows = [];
    for (const entry of result.environments) {
        const { environment } = entry;
        if ('skipped' in entry) {
            rows.push([environment.name, environment.region, '', `skipped: ${entry.skipped}`]);
            continue;
        }
        const sync = entry.result;
        if (!sync.enabled) {
            rows.push([environment.name, environment.region, '', 'cloud_config_enabled is false: no config copy is kept']);
            continue;
        }
        const shown = sync.changes.filter((c) => c.action !== 'unchanged');
        if (shown.length === 0)
            rows.push([environment.name, environment.region, (0,markdown/* raw */.lS)((0,markdown/* code */.aY)(`${sync.prefix}/${environment.name}/config`)), 'up to date']);
        for (const change of shown) {
            const [done, planned] = ACTION_TEXT[change.action];
            const size = change.bytes !== undefined ? ` (${change.bytes} bytes, ${change.tier})` : '';
            rows.push([environment.name, environment.region, (0,markdown/* raw */.lS)((0,markdown/* code */.aY)(change.name)), `${sync.applied ? done : planned}${size}`]);
        }
    }
    const heading = run.mode === 'check'
        ? result.changed
            ? '⚠️ The SSM config copy differs from the config.'
            : '✅ The SSM config copy matches the config.'
        : run.dryRun
            ? '🔎 Dry run: nothing was written.'
            : result.changed
                ? '✅ The SSM config copy was brought in line with the config.'
                : '✅ Nothing to write: the SSM config copy already matches the config.';
    return [`${heading} Config file: ${(0,markdown/* code */.aY)(run.configFile)}.`, (0,markdown/* table */.tp)(['Environment', 'Region', 'Parameter', 'Result'], rows)];
}

;// CONCATENATED MODULE: ./src/actions/sync-config.ts







async function sync_config_run() {
    await (0,run/* runAction */.C)(sync_config/* syncConfigSpec */.L, async ({ logger, summary, setOutput }) => {
        const inputs = (0,github_inputs/* readInputs */.K)(sync_config/* syncConfigSpec */.L.inputs);
        const mode = inputs.mode;
        const dryRun = inputs['dry-run'];
        if (mode === 'check' && (inputs.prune || dryRun))
            logger.warning('Inputs "prune" and "dry-run" are ignored in check mode: it never writes.');
        const config = await (0,core_config/* loadConfigFile */._e)(inputs['config-file']);
        // Loaded only now, so a bad input or config fails before the AWS SDK is even read from disk.
        const { concludeSyncConfig, syncConfig } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695), __webpack_require__.e(736), __webpack_require__.e(520)]).then(__webpack_require__.bind(__webpack_require__, 5520));
        const request = { config, environments: inputs.environments, mode, prune: inputs.prune, dryRun, clientsFor: clients/* createClients */.hP, clock: clock/* systemClock */.m, logger };
        const result = await syncConfig(request);
        setOutput('changed', result.changed);
        setOutput('written', result.written);
        setOutput('deleted', result.deleted);
        setOutput('stale', result.stale);
        for (const section of syncConfigSummary(result, { mode, dryRun, configFile: config.file }))
            summary.add(section);
        concludeSyncConfig(result, request);
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
