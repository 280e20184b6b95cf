export const id = 185;
export const ids = [185];
export const modules = {

/***/ 4544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dj: () => (/* reexport */ canonicalJson),
  Hf: () => (/* reexport */ resolve/* defaultRuntimeName */.H),
  SL: () => (/* reexport */ environmentHash),
  GW: () => (/* reexport */ schema/* isRoleArn */.GW),
  fg: () => (/* reexport */ sha256Hex)
});

// UNUSED EXPORTS: AWS_NAME_PATTERN, CONFIG_SCHEMA_ID, CognitoSchema, ConfigFileSchema, EcrRepositorySchema, EnvironmentFileSchema, EnvironmentSchema, GlobalResourcesSchema, LifecycleSchema, PromotionSchema, RuntimeSchema, SmokeTestSchema, SyncConfigSchema, VpcSchema, awsNameProblem, configJsonSchema, configJsonSchemaText, formatPath, isAwsName, isEnvironmentName, isRegion, loadConfigFile, parseConfig, parseRegion

// EXTERNAL MODULE: ./src/core/config/load.ts + 1 modules
var load = __webpack_require__(1395);
// EXTERNAL MODULE: ./src/core/config/file.ts
var file = __webpack_require__(7802);
// EXTERNAL MODULE: ./src/core/config/resolve.ts
var resolve = __webpack_require__(2170);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/config/hash.ts

/** JSON with object keys sorted and no whitespace, so equal data always gives equal text. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
    if (typeof value === 'object' && value !== null) {
        const entries = Object.keys(value)
            .sort()
            .filter((key) => value[key] !== undefined)
            .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
        return `{${entries.join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
function sha256Hex(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
/** Identifies an environment's resolved settings; secrets are `ssm:` references, so no value is hashed. */
function environmentHash(environment) {
    return sha256Hex(canonicalJson(environment));
}

// EXTERNAL MODULE: ./src/core/config/schema.ts
var schema = __webpack_require__(7967);
;// CONCATENATED MODULE: ./src/core/config/json-schema.ts


/** The schema's identifier; the repository has no published URL yet, so a URN names it. */
const CONFIG_SCHEMA_ID = 'urn:agentcore-actions:schema:agentcore';
/**
 * The JSON Schema of agentcore.json for editors, from the zod file schema in input
 * mode (defaulted keys optional). Identity keys come first; the rest keeps zod's
 * order, which follows the schema source, so regenerating gives the same text.
 */
function configJsonSchema() {
    const { $schema, description, ...generated } = z.toJSONSchema(ConfigFileSchema, { io: 'input', target: 'draft-2020-12' });
    return { $schema, $id: CONFIG_SCHEMA_ID, title: 'agentcore.json', description, ...generated };
}
/** The committed file's exact text: 2-space indent and a final newline. */
function configJsonSchemaText() {
    return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/core/config/index.ts









/***/ }),

/***/ 6030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OC: () => (/* binding */ appendLedger),
  kF: () => (/* binding */ lastSuccessfulPromotion),
  yD: () => (/* binding */ latestVersionEntry),
  SC: () => (/* binding */ readLedger)
});

// UNUSED EXPORTS: LEDGER_SCHEMA_VERSION, MAX_REASON_CHARS, STANDARD_TIER_BYTES, ledgerPagePath, parseLedger

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var dist_cjs = __webpack_require__(4736);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/ledger-retention.ts
const KEEP_VERSIONS = 100;
const KEEP_MOVES = 100;
const bytes = (value) => Buffer.byteLength(JSON.stringify(value), 'utf8');
/**
 * Moves the oldest entries of an oversized head into new pages, each as full as `limit`
 * allows (and at least one entry), until the head fits.
 */
function sealPages(head, limit) {
    let current = head;
    const written = [];
    while (bytes(current) > limit && current.entries.length > 0) {
        const page = current.sealed + 1;
        let count = 1;
        while (count < current.entries.length && bytes({ schema: head.schema, page, entries: current.entries.slice(0, count + 1) }) <= limit)
            count++;
        written.push({ page, entries: current.entries.slice(0, count) });
        current = { ...current, pages: [...current.pages, page], sealed: page, entries: current.entries.slice(count) };
    }
    return { head: current, written };
}
/** The pages, oldest first, that hold no entry kept (see the note at the top); the head's own entries are always kept. */
function droppablePages(pages, headEntries) {
    const kept = keptEntries([...pages.flatMap((p) => p.entries), ...headEntries]);
    return pages.filter((p) => !p.entries.some((e) => kept.has(e)));
}
function keptEntries(entries) {
    const kept = new Set();
    const pinnedEndpoints = new Set();
    const pinnedVersions = new Set();
    let versions = 0;
    let moves = 0;
    for (const entry of entries.toReversed()) {
        if (entry.type === 'endpoint') {
            if (moves++ < KEEP_MOVES)
                kept.add(entry);
            if (entry.result === 'succeeded' && !pinnedEndpoints.has(entry.endpoint)) {
                pinnedEndpoints.add(entry.endpoint);
                pinnedVersions.add(entry.to);
                kept.add(entry);
            }
        }
        else if (versions++ < KEEP_VERSIONS) {
            kept.add(entry);
        }
    }
    // The newest entry of each version a pinned move went to (it may be older than the move).
    for (const version of pinnedVersions) {
        const entry = entries.findLast((e) => e.type === 'version' && e.version === version);
        if (entry)
            kept.add(entry);
    }
    return kept;
}

;// CONCATENATED MODULE: ./src/core/ledger.ts
/**
 * The per-runtime ledger: what was deployed and promoted, oldest entry first, kept in SSM
 * String parameters of the Standard tier (layout and cost: docs/ssm-layout.md):
 *
 *   <ledger>            the head: {schema: 2, pages: [3, 4], sealed: 4, dropped: 17, entries: [...]}
 *   <ledger>-pages/<n>  sealed page n: {schema: 2, page: n, entries: [...]}, never changed again
 *
 *   const ledger = await readLedger(ssm, path);              // undefined when none yet
 *   await appendLedger(ssm, path, [entry], logger);           // while holding the runtime's lease
 *   latestVersionEntry(ledger, '3'); lastSuccessfulPromotion(ledger, 'live');
 *
 * - Entries are `version` (a version deployed) or `endpoint` (an endpoint moved by promote or
 *   rollback). They hold references and digests only, never a secret value.
 * - Written read-modify-write: callers hold the lease (src/core/lease.ts). New entries go into
 *   the head; when it outgrows 4 KB its oldest entries are sealed into a new page, written
 *   before the head that lists it, so a write stopped half-way loses nothing.
 * - Kept (src/core/ledger-retention.ts): at least the last 100 versions and the last 100
 *   promotions and rollbacks, and each endpoint's latest successful move however old. Only
 *   whole pages beyond that are dropped, and that is logged and counted in the head.
 * - Schema 1 (one parameter holding every entry, written by earlier releases) is still read,
 *   and becomes schema 2 on the next write.
 */



const LEDGER_SCHEMA_VERSION = 2;
/** The one-parameter layout of earlier releases: read, and rewritten as schema 2 on the next write. */
const LEGACY_SCHEMA_VERSION = 1;
const STANDARD_TIER_BYTES = 4096;
/** Longer reasons are cut in the ledger (the job log has them whole), so that every entry fits a page. */
const MAX_REASON_CHARS = 1000;
/** Where page n of the ledger at `path` is. */
function ledgerPagePath(path, page) {
    return `${path}-pages/${page}`;
}
/** The ledger at path, or undefined when the runtime has none yet. */
async function readLedger(ssm, path) {
    const stored = await readStored(ssm, path);
    return stored && { entries: stored.entries, dropped: stored.dropped };
}
async function readStored(ssm, path, retry = true) {
    const text = await getValue(ssm, path);
    if (text === undefined)
        return undefined;
    const { head, legacy } = parseHead(text, path);
    const pages = await getPages(ssm, path, head.pages);
    const missing = head.pages.filter((n) => !pages.has(n));
    if (missing.length > 0) {
        // A writer may have dropped them between the two reads: the head it wrote no longer lists them.
        if (retry)
            return readStored(ssm, path, false);
        throw new errors/* UserError */.yo(`The ledger ${path} lists page(s) ${missing.map((n) => ledgerPagePath(path, n)).join(', ')} that do not exist in SSM. ` +
            'They are written only by agentcore-actions: restore them, or delete the ledger and its pages to start a new one.');
    }
    const entries = [...head.pages.flatMap((n) => pages.get(n)), ...head.entries];
    return { entries, dropped: head.dropped, head, pages, legacy };
}
async function getValue(ssm, path) {
    try {
        return (await ssm.send(new dist_cjs.GetParameterCommand({ Name: path }))).Parameter?.Value ?? '';
    }
    catch (error) {
        if ((0,errors/* isAwsErrorNamed */.X1)(error, 'ParameterNotFound'))
            return undefined;
        throw (0,errors/* explain */.WE)(`Reading the ledger ${path} (SSM GetParameter)`, error);
    }
}
/** The pages that exist, by number; GetParameters takes 10 names at a time. */
async function getPages(ssm, path, numbers) {
    const batches = [];
    for (let i = 0; i < numbers.length; i += 10)
        batches.push(numbers.slice(i, i + 10));
    const byName = new Map(numbers.map((n) => [ledgerPagePath(path, n), n]));
    const found = new Map();
    const answers = await Promise.all(batches.map((batch) => ssm.send(new dist_cjs.GetParametersCommand({ Names: batch.map((n) => ledgerPagePath(path, n)) })).catch((error) => {
        throw (0,errors/* explain */.WE)(`Reading the pages of the ledger ${path} (SSM GetParameters)`, error, 'The role needs ssm:GetParameters on the parameter store prefix.');
    })));
    for (const parameter of answers.flatMap((a) => a.Parameters ?? [])) {
        const page = byName.get(parameter.Name ?? '');
        if (page !== undefined)
            found.set(page, parsePage(parameter.Value ?? '', parameter.Name));
    }
    return found;
}
function parseJson(text, name) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new errors/* UserError */.yo(`The ledger parameter ${name} is not JSON. It is written only by agentcore-actions; delete the ledger and its pages to start a new ledger.`);
    }
}
function schemaError(name, schema) {
    return new errors/* UserError */.yo(`The ledger ${name} has schema ${JSON.stringify(schema)}, this version of agentcore-actions reads schema ${LEGACY_SCHEMA_VERSION} and ${LEDGER_SCHEMA_VERSION}. ` +
        'Use the agentcore-actions release that wrote it, or delete the parameter to start a new ledger.');
}
function parseHead(text, path) {
    const parsed = parseJson(text, path);
    const entries = parsed.entries;
    if (!Array.isArray(entries))
        throw schemaError(path, parsed.schema);
    if (parsed.schema === LEGACY_SCHEMA_VERSION) {
        return { head: { schema: LEDGER_SCHEMA_VERSION, pages: [], sealed: 0, dropped: 0, entries: entries }, legacy: true };
    }
    const { pages, sealed, dropped } = parsed;
    if (parsed.schema !== LEDGER_SCHEMA_VERSION || !Array.isArray(pages) || typeof sealed !== 'number' || typeof dropped !== 'number')
        throw schemaError(path, parsed.schema);
    return { head: { schema: LEDGER_SCHEMA_VERSION, pages: pages, sealed, dropped, entries: entries }, legacy: false };
}
function parsePage(text, name) {
    const parsed = parseJson(text, name);
    if (parsed.schema !== LEDGER_SCHEMA_VERSION || !Array.isArray(parsed.entries))
        throw schemaError(name, parsed.schema);
    return parsed.entries;
}
/** One head parameter's value, as a schema 2 head (its own entries only): for tests and tools that read a raw value. */
function parseLedger(text, path) {
    return parseHead(text, path).head;
}
/** Adds entries to the ledger (creating it), seals and drops pages as needed, writes it. Call while holding the lease. */
async function appendLedger(ssm, path, entries, logger) {
    const stored = await readStored(ssm, path);
    const head = stored?.head ?? { schema: LEDGER_SCHEMA_VERSION, pages: [], sealed: 0, dropped: 0, entries: [] };
    const sealing = sealPages({ ...head, entries: [...head.entries, ...entries.map((e) => clipReason(e, logger))] }, STANDARD_TIER_BYTES);
    const pages = new Map(stored?.pages);
    for (const page of sealing.written)
        pages.set(page.page, page.entries);
    const kept = sealing.head.pages.map((page) => ({ page, entries: pages.get(page) }));
    const drop = droppablePages(kept, sealing.head.entries);
    const dropped = drop.reduce((sum, page) => sum + page.entries.length, 0);
    const next = { ...sealing.head, pages: sealing.head.pages.filter((n) => !drop.some((p) => p.page === n)), dropped: head.dropped + dropped };
    // Pages before the head that lists them, and dropped pages deleted after it: a write stopped anywhere loses no entry.
    for (const page of sealing.written)
        await put(ssm, ledgerPagePath(path, page.page), { schema: LEDGER_SCHEMA_VERSION, page: page.page, entries: page.entries }, logger);
    const tier = await put(ssm, path, next, logger);
    if (stored?.legacy)
        logger.info(`Ledger ${path}: moved to the paged layout (schema ${LEDGER_SCHEMA_VERSION}, see docs/ssm-layout.md).`);
    if (drop.length > 0) {
        logger.info(`Ledger ${path}: dropped ${dropped} entries older than the last ${KEEP_VERSIONS} versions and ${KEEP_MOVES} promotions and rollbacks ` +
            `(${drop.map((p) => ledgerPagePath(path, p.page)).join(', ')}); ${next.dropped} dropped in all.`);
        await deletePages(ssm, path, drop, logger);
    }
    const total = next.entries.length + next.pages.reduce((sum, n) => sum + pages.get(n).length, 0);
    return { tier, parameters: 1 + next.pages.length, entries: total, dropped };
}
function clipReason(entry, logger) {
    if (entry.type !== 'endpoint' || !entry.reason || entry.reason.length <= MAX_REASON_CHARS)
        return entry;
    logger.info(`The ledger keeps the first ${MAX_REASON_CHARS} characters of the reason (${entry.reason.length}); the job log has it whole.`);
    return { ...entry, reason: `${entry.reason.slice(0, MAX_REASON_CHARS - 1)}…` };
}
/** Writes one ledger parameter; Intelligent-Tiering keeps a parameter Standard while it fits 4 KB. */
async function put(ssm, name, value, logger) {
    const text = JSON.stringify(value);
    let tier;
    try {
        ({ Tier: tier } = await ssm.send(new dist_cjs.PutParameterCommand({
            Name: name,
            Value: text,
            Type: 'String',
            Overwrite: true,
            Tier: 'Intelligent-Tiering',
            Description: 'agentcore-actions ledger: versions deployed, promotions, rollbacks',
        })));
    }
    catch (error) {
        throw (0,errors/* explain */.WE)(`Writing the ledger ${name} (SSM PutParameter)`, error, 'The deploy role needs ssm:PutParameter on the parameter store prefix.');
    }
    if (tier === 'Advanced') {
        logger.warning(Buffer.byteLength(text) > STANDARD_TIER_BYTES
            ? `Ledger ${name} holds one entry over 4 KB, so SSM made it an Advanced parameter: Advanced parameters are charged.`
            : `Ledger ${name} is an Advanced parameter (an earlier release made it one; SSM cannot make it Standard again): Advanced parameters are charged. docs/ssm-layout.md says how to return to Standard.`);
    }
    return tier === 'Advanced' ? 'Advanced' : 'Standard';
}
/** Deletes dropped pages; one left behind is listed by no head, so it only takes room. */
async function deletePages(ssm, path, pages, logger) {
    for (let i = 0; i < pages.length; i += 10) {
        const names = pages.slice(i, i + 10).map((p) => ledgerPagePath(path, p.page));
        try {
            await ssm.send(new dist_cjs.DeleteParametersCommand({ Names: names }));
        }
        catch (error) {
            logger.warning(`Could not delete the dropped ledger pages ${names.join(', ')} (SSM DeleteParameters): ${(0,errors/* describeError */.Uc)(error)}. No ledger lists them; delete them by hand.`);
        }
    }
}
/** The newest entry recording that version's deployment. */
function latestVersionEntry(ledger, version) {
    return ledger?.entries.findLast((e) => e.type === 'version' && e.version === version);
}
/** The newest successful move of that endpoint (promotion or rollback). */
function lastSuccessfulPromotion(ledger, endpoint) {
    return ledger?.entries.findLast((e) => e.type === 'endpoint' && e.endpoint === endpoint && e.result === 'succeeded');
}


/***/ }),

/***/ 2513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HG: () => (/* binding */ configRoot),
/* harmony export */   HZ: () => (/* binding */ lockPath),
/* harmony export */   s2: () => (/* binding */ runtimeConfigPath),
/* harmony export */   tf: () => (/* binding */ ledgerPath)
/* harmony export */ });
/**
 * Where recorded state lives in SSM Parameter Store, under sync_config.parameter_store_prefix:
 *
 *   <prefix>/<env>/config                       the environment's resolved settings (sync-config)
 *   <prefix>/<env>/config/runtimes/<runtime>    one runtime's resolved config (sync-config)
 *   <prefix>/<env>/runtimes/<runtime>/ledger    versions deployed, promotions, rollbacks
 *   <prefix>/<env>/runtimes/<runtime>/lock      the lease mutating actions hold
 *
 * Config copies sit under config/ so that pruning them can never touch a ledger or a lease.
 */
function configRoot(prefix, environment) {
    return `${prefix}/${environment}/config`;
}
function runtimeConfigPath(prefix, environment, runtime) {
    return `${configRoot(prefix, environment)}/runtimes/${runtime}`;
}
function ledgerPath(prefix, environment, runtime) {
    return `${prefix}/${environment}/runtimes/${runtime}/ledger`;
}
function lockPath(prefix, environment, runtime) {
    return `${prefix}/${environment}/runtimes/${runtime}/lock`;
}


/***/ }),

/***/ 991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Op: () => (/* binding */ inConfigSubtree),
/* harmony export */   bN: () => (/* binding */ desiredParameters),
/* harmony export */   pM: () => (/* binding */ parseCopy),
/* harmony export */   ub: () => (/* binding */ syncPrefix)
/* harmony export */ });
/* unused harmony exports STANDARD_TIER_MAX_BYTES, ADVANCED_TIER_MAX_BYTES, environmentSettings, runtimeSettings, copyValue */
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4544);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _ssm_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2513);
/**
 * The config copies sync-config keeps in SSM (layout: src/core/ssm/paths.ts, docs/ssm-layout.md):
 * one parameter for the environment's own settings and one per runtime, each holding
 * canonical JSON `{"config": …, "hash": …}`, so changing one runtime's environment
 * variable rewrites exactly one parameter. Pure: drift-check reads the same shapes.
 */



/** SSM's value limits, in bytes (AWS states 4 KB / 8 KB; bytes are never fewer than characters). */
const STANDARD_TIER_MAX_BYTES = 4096;
const ADVANCED_TIER_MAX_BYTES = 8192;
function syncPrefix(environment) {
    return environment.global_resources.sync_config.parameter_store_prefix;
}
/** The environment's settings without its runtimes (each runtime has its own parameter). */
function environmentSettings(environment) {
    const { agent_runtimes: _runtimes, ...settings } = environment;
    return settings;
}
/** A runtime's resolved config as copied: everything but its position in the file, which is not configuration. */
function runtimeSettings(environment, key) {
    const runtime = environment.agent_runtimes[key];
    if (!runtime)
        return undefined;
    const { config_path: _path, ...settings } = runtime;
    return settings;
}
function copyValue(config) {
    const canonical = (0,_config_index_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(config);
    return (0,_config_index_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)({ config: JSON.parse(canonical), hash: (0,_config_index_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(canonical) });
}
/** The stored copy, or undefined when the text is not one of ours. */
function parseCopy(value) {
    try {
        const parsed = JSON.parse(value);
        if (parsed && typeof parsed === 'object' && typeof parsed.hash === 'string' && 'config' in parsed)
            return { hash: parsed.hash, config: parsed.config };
    }
    catch {
        // not JSON: reported as a difference by the caller
    }
    return undefined;
}
function parameter(name, subject, config, runtime) {
    const value = copyValue(config);
    const bytes = Buffer.byteLength(value, 'utf8');
    if (bytes > ADVANCED_TIER_MAX_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The config copy of ${subject} (SSM parameter ${name}) is ${bytes} bytes; an SSM parameter holds at most ${ADVANCED_TIER_MAX_BYTES} bytes (Advanced tier). ` +
            'Nothing was written. Shorten its environment variables or description, or set global_resources.sync_config.cloud_config_enabled to false.');
    }
    return { name, subject, ...(runtime ? { runtime } : {}), value, type: 'String', tier: bytes > STANDARD_TIER_MAX_BYTES ? 'Advanced' : 'Standard', bytes };
}
/** Every parameter the environment's config produces; throws a UserError when one cannot fit. */
function desiredParameters(environment) {
    const prefix = syncPrefix(environment);
    return [
        parameter((0,_ssm_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .configRoot */ .HG)(prefix, environment.name), `environment "${environment.name}"`, environmentSettings(environment)),
        ...Object.keys(environment.agent_runtimes)
            .sort()
            .map((key) => parameter((0,_ssm_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .runtimeConfigPath */ .s2)(prefix, environment.name, key), `runtime "${key}" in environment "${environment.name}"`, runtimeSettings(environment, key), key)),
    ];
}
/** Is this parameter name part of the environment's config copy (the root or anything under it)? */
function inConfigSubtree(prefix, environment, name) {
    const root = (0,_ssm_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .configRoot */ .HG)(prefix, environment);
    return name === root || name.startsWith(`${root}/`);
}


/***/ }),

/***/ 2988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rp: () => (/* binding */ syncEnvironment),
/* harmony export */   oG: () => (/* binding */ autoSyncEnvironment),
/* harmony export */   qN: () => (/* binding */ readConfigCopies)
/* harmony export */ });
/* unused harmony export planSync */
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4736);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2257);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _ssm_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2513);
/* harmony import */ var _parameters_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(991);
/**
 * sync-config's engine: compare the config copies in SSM with what the config produces,
 * then write only what differs, and delete stale copies only when asked. Only the
 * `<prefix>/<env>/config` subtree is ever read for comparison or touched: ledgers and
 * leases live beside it, never under it.
 *
 *   const result = await syncEnvironment({ ssm, environment, logger });          // push
 *   await syncEnvironment({ ssm, environment, logger, mode: 'check' });          // compare only
 *   await autoSyncEnvironment({ ssm, environment, logger });                     // after a deploy/promote/rollback
 */





/** TooManyUpdates: SSM allows one update at a time per parameter; back off with full jitter. */
const TOO_MANY_UPDATES_ATTEMPTS = 6;
const BACKOFF_BASE_MS = 250;
const BACKOFF_CAP_MS = 8000;
/** Every parameter of the environment's config copy: the root and everything under it (paginated). */
async function readConfigCopies(ssm, prefix, environment) {
    const root = (0,_ssm_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .configRoot */ .HG)(prefix, environment);
    const found = new Map();
    const keep = (p) => {
        if (p.Name && (0,_parameters_js__WEBPACK_IMPORTED_MODULE_2__/* .inConfigSubtree */ .Op)(prefix, environment, p.Name))
            found.set(p.Name, { name: p.Name, value: p.Value ?? '', type: p.Type ?? '' });
    };
    try {
        // The root is a parameter and a path at once: GetParametersByPath lists only what is below it.
        const rootAnswer = await ssm.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_4__.GetParametersCommand({ Names: [root] }));
        rootAnswer.Parameters?.forEach(keep);
        for await (const page of (0,_aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_4__.paginateGetParametersByPath)({ client: ssm }, { Path: root, Recursive: true }))
            page.Parameters?.forEach(keep);
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .explain */ .WE)(`Reading the config copy of environment "${environment}" under ${root} (SSM GetParametersByPath)`, error, 'The credentials need ssm:GetParameters and ssm:GetParametersByPath on that path.');
    }
    return found;
}
/** What a sync would change, from the desired and the stored parameters. Pure. */
function planSync(desired, stored, prune) {
    const changes = desired.map((parameter) => {
        const current = stored.get(parameter.name);
        const action = !current ? 'create' : current.value === parameter.value && current.type === parameter.type ? 'unchanged' : 'update';
        return { name: parameter.name, action, ...(action === 'unchanged' ? {} : { tier: parameter.tier, bytes: parameter.bytes }) };
    });
    const wanted = new Set(desired.map((p) => p.name));
    const leftovers = [...stored.keys()].filter((name) => !wanted.has(name)).sort();
    return [...changes, ...leftovers.map((name) => ({ name, action: prune ? 'delete' : 'stale' }))];
}
async function syncEnvironment(request) {
    const { ssm, environment, logger } = request;
    const clock = request.clock ?? _clock_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .m;
    const prefix = (0,_parameters_js__WEBPACK_IMPORTED_MODULE_2__/* .syncPrefix */ .ub)(environment);
    const mode = request.mode ?? 'push';
    const base = { environment: environment.name, prefix, applied: false, changes: [], written: [], deleted: [], stale: [], changed: false };
    if (!environment.global_resources.sync_config.cloud_config_enabled) {
        logger.info(`Environment "${environment.name}": cloud_config_enabled is false, so no config copy is kept in SSM (the ledger and lease still are).`);
        return { ...base, enabled: false };
    }
    // Sizes are checked before anything is read or written, so a copy that cannot fit changes nothing.
    const desired = (0,_parameters_js__WEBPACK_IMPORTED_MODULE_2__/* .desiredParameters */ .bN)(environment);
    const stored = await readConfigCopies(ssm, prefix, environment.name);
    const changes = planSync(desired, stored, mode === 'push' && request.prune === true);
    const named = (...actions) => changes.filter((c) => actions.includes(c.action)).map((c) => c.name);
    const result = {
        ...base,
        enabled: true,
        changes,
        written: named('create', 'update'),
        deleted: named('delete'),
        stale: named('stale'),
        changed: changes.some((c) => c.action !== 'unchanged'),
    };
    if (mode === 'check' || request.dryRun)
        return result;
    const byName = new Map(desired.map((p) => [p.name, p]));
    for (const change of changes) {
        if (change.action === 'create' || change.action === 'update') {
            const parameter = byName.get(change.name);
            await retryTooManyUpdates(clock, logger, request.random ?? Math.random, `writing ${parameter.name}`, () => ssm.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_4__.PutParameterCommand({
                Name: parameter.name,
                Value: parameter.value,
                Type: parameter.type,
                Overwrite: true,
                // Omitted for small values: a parameter already in the Advanced tier stays there (it cannot go back).
                ...(parameter.tier === 'Advanced' ? { Tier: 'Advanced' } : {}),
            }))).catch((error) => {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .explain */ .WE)(`Writing the config copy of ${parameter.subject} (SSM PutParameter ${parameter.name})`, error, 'The credentials need ssm:PutParameter on that path.');
            });
            logger.info(`${change.action === 'create' ? 'Created' : 'Updated'} ${parameter.name} (${parameter.bytes} bytes, ${parameter.tier} tier).`);
        }
        else if (change.action === 'delete') {
            await retryTooManyUpdates(clock, logger, request.random ?? Math.random, `deleting ${change.name}`, () => ssm.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_4__.DeleteParameterCommand({ Name: change.name }))).catch((error) => {
                // Already gone is what we wanted.
                if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isAwsErrorNamed */ .X1)(error, 'ParameterNotFound'))
                    return;
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .explain */ .WE)(`Deleting the stale config copy ${change.name} (SSM DeleteParameter)`, error, 'The credentials need ssm:DeleteParameter on that path.');
            });
            logger.info(`Deleted stale ${change.name}.`);
        }
    }
    return { ...result, applied: true };
}
async function retryTooManyUpdates(clock, logger, random, what, call) {
    for (let attempt = 1;; attempt++) {
        try {
            return await call();
        }
        catch (error) {
            if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isAwsErrorNamed */ .X1)(error, 'TooManyUpdates') || attempt >= TOO_MANY_UPDATES_ATTEMPTS)
                throw error;
            const delay = Math.round(random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt));
            logger.info(`SSM TooManyUpdates while ${what} (attempt ${attempt} of ${TOO_MANY_UPDATES_ATTEMPTS}): retrying in ${delay} ms.`);
            await clock.sleep(delay);
        }
    }
}
/**
 * The automatic sync deploy-version, promote-endpoint and rollback run after a successful
 * change when auto_sync_enabled is true: a push without prune. It never fails the caller
 * (the change it follows already happened); a failure is a warning that drift-check will
 * also show. Returns undefined when auto sync is off.
 */
async function autoSyncEnvironment(request) {
    const { environment, logger } = request;
    if (!environment.global_resources.sync_config.auto_sync_enabled) {
        logger.debug(`Environment "${environment.name}": auto_sync_enabled is false; run sync-config to update the SSM config copy.`);
        return undefined;
    }
    try {
        const result = await syncEnvironment(request);
        if (result.enabled) {
            logger.info(result.written.length
                ? `Synced the config copy of "${environment.name}" to SSM: ${result.written.length} parameter(s) written.`
                : `The config copy of "${environment.name}" in SSM is up to date.`);
        }
        return result;
    }
    catch (error) {
        logger.warning(`Could not sync the config copy of "${environment.name}" to SSM (the change itself succeeded): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}. Run sync-config to retry.`);
        return undefined;
    }
}


/***/ })

};
