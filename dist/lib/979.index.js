export const id = 979;
export const ids = [979];
export const modules = {

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
        for await (const page of (0,_aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_3__/* .paginateListAgentRuntimeEndpoints */ .hfN)({ client: handle.control }, { agentRuntimeId: handle.runtimeId, maxResults: 100 })) {
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
    return () => handle.control.send(new _aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_3__/* .GetAgentRuntimeEndpointCommand */ .cKc({ agentRuntimeId: handle.runtimeId, endpointName: name }));
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
            await handle.control.send(new _aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_3__/* .UpdateAgentRuntimeEndpointCommand */ .HMq({ agentRuntimeId: handle.runtimeId, endpointName: name, agentRuntimeVersion: version, description }));
        }
        else {
            logger.info(`Creating endpoint "${name}" on version ${version}.`);
            await handle.control.send(new _aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_3__/* .CreateAgentRuntimeEndpointCommand */ .wRW({ agentRuntimeId: handle.runtimeId, name, agentRuntimeVersion: version, description }));
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

/***/ 1783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ describeEndpoint),
/* harmony export */   m: () => (/* binding */ describeRuntime)
/* harmony export */ });
/** `runtime "support-bot" (support_bot_dev) of environment "dev" (us-west-2)` */
function describeRuntime(handle) {
    return `runtime "${handle.runtimeKey}" (${handle.runtimeName}) of environment "${handle.environment}" (${handle.region})`;
}
/** `endpoint "live" of runtime "support-bot" (support_bot_dev) of environment "dev" (us-west-2)` */
function describeEndpoint(handle, endpoint) {
    return `endpoint "${endpoint}" of ${describeRuntime(handle)}`;
}


/***/ }),

/***/ 3953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RI: () => (/* binding */ servedVersions),
/* harmony export */   es: () => (/* binding */ rollbackTarget),
/* harmony export */   gJ: () => (/* binding */ formatMarker),
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
/** The ledger's newest entry for the endpoint when this run wrote it: a re-run finds its own work done. */
function lastMoveByRun(ledger, endpoint, runUrl) {
    const last = endpointEntries(ledger, endpoint).at(-1);
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

/***/ 6116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fA: () => (/* binding */ openSession),
  be: () => (/* binding */ recordQuietly)
});

// UNUSED EXPORTS: AGENTCORE_MAX_ATTEMPTS

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-bedrock-agentcore-control/dist-cjs/index.js
var dist_cjs = __webpack_require__(7508);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var client_ecr_dist_cjs = __webpack_require__(8249);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var client_ssm_dist_cjs = __webpack_require__(4736);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/core/aws/clients.ts
var clients = __webpack_require__(6285);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/identity.ts
var core_identity = __webpack_require__(4845);
// EXTERNAL MODULE: ./src/core/lease.ts
var lease = __webpack_require__(6733);
// EXTERNAL MODULE: ./src/core/ledger.ts
var core_ledger = __webpack_require__(2558);
// EXTERNAL MODULE: ./src/core/runtime/lookup.ts
var lookup = __webpack_require__(2764);
// EXTERNAL MODULE: ./src/core/ssm/paths.ts
var paths = __webpack_require__(2513);
// EXTERNAL MODULE: ./src/core/sync/sync.ts
var sync = __webpack_require__(2988);
// EXTERNAL MODULE: ./src/core/promotion/handle.ts
var promotion_handle = __webpack_require__(1783);
// EXTERNAL MODULE: ./src/core/images.ts
var core_images = __webpack_require__(6881);
;// CONCATENATED MODULE: ./src/core/promotion/keep-tag.ts
/**
 * Protects the image an endpoint serves from ECR lifecycle expiry: tags it
 * `keep-<runtime name>-<endpoint>` (templates/ecr-repository.yaml never expires `keep-*` images,
 * and its repositories are immutable except for `keep-*` tags, so the tag moves with the
 * endpoint). The runtime name carries the environment, so environments and runtimes sharing a
 * repository never move each other's tags. ECR has no "add tag" call: the image's manifest is
 * read (BatchGetImage) and put again under the tag (PutImage).
 *
 * Best effort: a failure is a warning, never a failed promotion (what serves is already right).
 */



function keepTag(runtimeName, endpoint) {
    return `keep-${runtimeName}-${endpoint}`;
}
/** Tags the image; returns true when the tag now marks it. */
async function tagServedImage(options) {
    const { ecr, tag, logger } = options;
    let image;
    try {
        image = (0,core_images/* parseImageUri */.f9)(options.imageUri ?? '');
    }
    catch {
        logger.debug(`Not tagging ${tag}: the version runs ${options.imageUri ?? 'no container image'}, not an ECR image.`);
        return false;
    }
    if (image.account !== options.account || image.region !== options.region) {
        logger.debug(`Not tagging ${tag}: the image is in ${image.account}/${image.region}, not this environment's registry.`);
        return false;
    }
    const where = `${image.repository}@${image.digest ?? image.tag}`;
    try {
        const got = await ecr.send(new client_ecr_dist_cjs/* BatchGetImageCommand */.P8n({
            registryId: image.account,
            repositoryName: image.repository,
            imageIds: [image.digest ? { imageDigest: image.digest } : { imageTag: image.tag }],
        }));
        const found = got.images?.[0];
        if (!found?.imageManifest) {
            logger.warning(`Could not tag ${where} as ${tag}: ECR has no such image (${got.failures?.[0]?.failureReason ?? 'no reason given'}). Lifecycle rules may expire it.`);
            return false;
        }
        await ecr.send(new client_ecr_dist_cjs/* PutImageCommand */.SUU({
            registryId: image.account,
            repositoryName: image.repository,
            imageManifest: found.imageManifest,
            ...(found.imageManifestMediaType ? { imageManifestMediaType: found.imageManifestMediaType } : {}),
            ...(found.imageId?.imageDigest ? { imageDigest: found.imageId.imageDigest } : {}),
            imageTag: tag,
        }));
        logger.info(`Tagged ${where} as ${tag}, so lifecycle rules keep it.`);
        return true;
    }
    catch (error) {
        // The same image already carries the tag: nothing to do.
        if ((0,errors/* isAwsErrorNamed */.X1)(error, 'ImageAlreadyExistsException'))
            return true;
        const hint = (0,errors/* isAwsErrorNamed */.X1)(error, 'ImageTagAlreadyExistsException')
            ? ' The repository makes every tag immutable: exclude keep-* (IMMUTABLE_WITH_EXCLUSION, as templates/ecr-repository.yaml does).'
            : '';
        logger.warning(`Could not tag ${where} as ${tag}: ${(0,errors/* describeError */.Uc)(error)}.${hint} Lifecycle rules may expire the image an endpoint serves.`);
        return false;
    }
}

;// CONCATENATED MODULE: ./src/core/promotion/session.ts
/**
 * What promote-endpoint and rollback share: the account check (before anything else), the
 * clients of one environment, finding the runtime, the runtime's lease and ledger, and the
 * auto sync after a change.
 */














/** AgentCore calls get more SDK attempts than the default: a throttling burst must not fail a promotion. */
const AGENTCORE_MAX_ATTEMPTS = 12;
/** The lease outlives the guarded work by this much: ledger writes and release come after it. */
const LEASE_MARGIN_MS = 10 * 60_000;
async function openSession(request) {
    const { environment, runtime, logger, clock, run } = request;
    const region = environment.region;
    const identity = await logger.group(`Checking credentials for ${environment.name} (${region})`, () => (0,core_identity.checkAccount)((0,clients/* createClient */.UU)(client_sts_dist_cjs.STSClient, { region }), environment));
    logger.info(`Credentials: ${identity.arn} in account ${identity.account}`);
    const control = (0,clients/* createClient */.UU)(dist_cjs/* BedrockAgentCoreControlClient */.zdA, { region, maxAttempts: AGENTCORE_MAX_ATTEMPTS });
    const ssm = (0,clients/* createClient */.UU)(client_ssm_dist_cjs.SSMClient, { region });
    const where = { environment: environment.name, region, runtimeKey: runtime.key, runtimeName: runtime.aws_name };
    const found = await (0,lookup/* findRuntimeByName */.Az)(control, runtime.aws_name);
    if (!found?.agentRuntimeId || !found.agentRuntimeArn) {
        throw new errors/* UserError */.yo(`${(0,promotion_handle/* describeRuntime */.m)(where)} does not exist in account ${identity.account}. Deploy a version with deploy-version first.`);
    }
    const handle = { ...where, control, runtimeId: found.agentRuntimeId, runtimeArn: found.agentRuntimeArn, clock, logger, timeoutMs: request.timeoutMs };
    const prefix = environment.global_resources.sync_config.parameter_store_prefix;
    const ledger = (0,paths/* ledgerPath */.tf)(prefix, environment.name, runtime.key);
    return {
        handle,
        account: identity.account,
        ssm,
        readLedger: () => (0,core_ledger/* readLedger */.SC)(ssm, ledger),
        record: (entry) => (0,core_ledger/* appendLedger */.OC)(ssm, ledger, [{ type: 'endpoint', ...entry, actor: run.actor, runUrl: run.runUrl, time: new Date(clock.now()).toISOString() }], logger),
        locked: (workMs, fn) => (0,lease/* withLease */.pS)({
            ssm,
            path: (0,paths/* lockPath */.HZ)(prefix, environment.name, runtime.key),
            holder: run.runUrl || `${run.actor || 'someone'} at commit ${run.commit.slice(0, 7) || 'unknown'}`,
            ttlMs: workMs + LEASE_MARGIN_MS,
            waitMs: request.timeoutMs,
            clock,
            logger,
        }, fn),
        autoSync: async () => {
            await (0,sync.autoSyncEnvironment)({ ssm, environment, logger, clock });
        },
        keepImage: async (endpoint, version) => {
            if (!version)
                return;
            try {
                const served = await (0,lookup/* getRuntimeVersion */.rm)(control, handle.runtimeId, version);
                await tagServedImage({
                    ecr: (0,clients/* createClient */.UU)(client_ecr_dist_cjs/* ECRClient */.S70, { region }),
                    account: identity.account,
                    region,
                    imageUri: served.agentRuntimeArtifact?.containerConfiguration?.containerUri,
                    tag: keepTag(runtime.aws_name, endpoint),
                    logger,
                });
            }
            catch (error) {
                logger.warning(`Could not protect the image of version ${version} from lifecycle expiry: ${(0,errors/* describeError */.Uc)(error)}`);
            }
        },
    };
}
/**
 * Records a failed or rolled-back move without hiding the failure being reported: a ledger
 * that cannot be written is a warning here.
 */
async function recordQuietly(session, entry) {
    try {
        return await session.record(entry);
    }
    catch (error) {
        session.handle.logger.warning(`Could not record the ${entry.result} ${entry.kind} in the ledger: ${(0,errors/* describeError */.Uc)(error)}`);
        return undefined;
    }
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
        for await (const page of (0,_aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_1__/* .paginateListAgentRuntimeVersions */ .KBt)({ client: handle.control }, { agentRuntimeId: handle.runtimeId, maxResults: 100 })) {
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
