export const id = 520;
export const ids = [520,845];
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

/***/ 4845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkAccount: () => (/* binding */ checkAccount),
/* harmony export */   checkCredentials: () => (/* binding */ checkCredentials),
/* harmony export */   startCredentialCheck: () => (/* binding */ startCredentialCheck)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1695);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);


/**
 * Asks STS who the credentials are and refuses to go on when they belong to
 * another account than the environment declares: nothing is changed before this.
 */
async function checkAccount(sts, environment) {
    let identity;
    try {
        const answer = await sts.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__.GetCallerIdentityCommand({}));
        identity = { account: answer.Account ?? '', arn: answer.Arn ?? '' };
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(`Checking the AWS credentials for environment "${environment.name}" (STS GetCallerIdentity in ${environment.region})`, error, 'Configure AWS credentials before this step, e.g. with aws-actions/configure-aws-credentials and the role from templates/github-oidc-deploy-role.yaml.');
    }
    if (environment.account_id && identity.account !== environment.account_id) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Environment "${environment.name}" belongs to account ${environment.account_id} (environments.${environment.name}.account_id), ` +
            `but the credentials are for account ${identity.account} (${identity.arn}). ` +
            `Nothing was changed. Use credentials for account ${environment.account_id}, e.g. that account's deploy role.`);
    }
    return identity;
}
/** The "Checking credentials" phase every action that works on one environment starts with. */
async function checkCredentials(sts, environment, logger) {
    const identity = await logger.group(`Checking credentials for ${environment.name} (${environment.region})`, () => checkAccount(sts, environment));
    logger.info(`Credentials: ${identity.arn} in account ${identity.account}`);
    return identity;
}
/**
 * Builds only the STS client and starts the account check on it, before the caller loads its
 * other SDK clients: the first request goes out sooner, and that loading overlaps its round trip.
 * The caller hands `identity` to the orchestrator, which awaits it before anything else.
 */
async function startCredentialCheck(clientsFor, environment, logger) {
    const { sts } = await clientsFor({ region: environment.region }, ['sts']);
    const identity = checkCredentials(sts, environment, logger);
    // Awaited later by the orchestrator; a failure meanwhile is not an unhandled rejection.
    identity.catch(() => undefined);
    return { sts, identity };
}


/***/ }),

/***/ 5520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   concludeSyncConfig: () => (/* binding */ concludeSyncConfig),
/* harmony export */   syncConfig: () => (/* binding */ syncConfig)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _sync_environments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5393);
/* harmony import */ var _sync_sync_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2988);



async function syncConfig(request) {
    const { config, clientsFor, logger, mode, dryRun } = request;
    const stsFor = async (region) => (await clientsFor({ region }, ['sts'])).sts;
    const access = await (0,_sync_environments_js__WEBPACK_IMPORTED_MODULE_1__/* .checkEnvironments */ .p)((0,_sync_environments_js__WEBPACK_IMPORTED_MODULE_1__/* .selectEnvironments */ .f)(config, request.environments), stsFor, logger);
    const environments = [];
    for (const entry of access) {
        const { environment } = entry;
        if ('skipped' in entry) {
            environments.push({ environment, skipped: entry.skipped });
            continue;
        }
        const verb = mode === 'check' ? 'Comparing' : dryRun ? 'Planning' : 'Syncing';
        const result = await logger.group(`${verb} the config copy of ${environment.name} (${environment.region})`, async () => (0,_sync_sync_js__WEBPACK_IMPORTED_MODULE_2__/* .syncEnvironment */ .Rp)({ ssm: (await clientsFor({ region: environment.region }, ['ssm'])).ssm, environment, logger, clock: request.clock, mode, prune: request.prune, dryRun }));
        for (const name of result.stale)
            logger.warning(`Stale config copy ${name}: the config no longer produces it. Run sync-config with prune: true to delete it.`);
        environments.push({ environment, result });
    }
    const results = environments.flatMap((e) => ('result' in e ? [e.result] : []));
    const count = (pick) => results.reduce((sum, r) => sum + pick(r).length, 0);
    return {
        environments,
        changed: results.some((r) => r.changed),
        written: count((r) => r.written),
        deleted: count((r) => r.deleted),
        stale: count((r) => r.stale),
    };
}
/** How the step ends: check mode fails when the copy differs; a push that had nothing to write says so. */
function concludeSyncConfig(result, request) {
    const { mode, config } = request;
    if (!result.changed && mode === 'push' && !request.dryRun)
        request.logger.notice('The SSM config copy already matched the config: nothing was written.');
    if (mode === 'check' && result.changed) {
        const what = result.environments
            .flatMap((e) => ('result' in e && e.result.changed ? [e.result] : []))
            .map((r) => `${r.environment} (${[r.written.length && `${r.written.length} to write`, r.stale.length && `${r.stale.length} stale`].filter(Boolean).join(', ')})`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The SSM config copy differs from ${config.file} for ${what.join(', ')}. Run sync-config with mode: push (and prune: true for stale parameters).`);
    }
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

/***/ 5393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ selectEnvironments),
/* harmony export */   p: () => (/* binding */ checkEnvironments)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4845);


/** The environments named (each must exist), or all of them, in the config's order. */
function selectEnvironments(config, names) {
    if (names.length === 0)
        return Object.values(config.environments);
    return [...new Set(names)].map((name) => config.environment(name));
}
/**
 * Asks STS (in each environment's region) who the credentials are. An environment whose
 * account_id differs is skipped, saying whose credentials these are; when every environment
 * is skipped this throws the account error of the first, as a single-environment action would.
 */
async function checkEnvironments(environments, stsFor, logger) {
    const results = [];
    for (const environment of environments) {
        // The guard is applied here rather than in checkAccount so a mismatch can be a skip, not a failure.
        const identity = await (0,_identity_js__WEBPACK_IMPORTED_MODULE_1__.checkAccount)(await stsFor(environment.region), { ...environment, account_id: undefined });
        if (environment.account_id && identity.account !== environment.account_id) {
            const skipped = `credentials are for account ${identity.account}, environment "${environment.name}" is account ${environment.account_id}`;
            logger.warning(`Skipping environment "${environment.name}": ${skipped}. Run this step again with that account's credentials to cover it.`);
            results.push({ environment, skipped });
        }
        else {
            results.push({ environment, identity });
        }
    }
    if (results.length > 0 && results.every((r) => 'skipped' in r)) {
        const first = results[0];
        // checkAccount with the guard on gives the usual single-environment message.
        await (0,_identity_js__WEBPACK_IMPORTED_MODULE_1__.checkAccount)(await stsFor(first.environment.region), first.environment);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`No environment could be checked: ${results.map((r) => ('skipped' in r ? r.skipped : '')).join('; ')}.`);
    }
    return results;
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
