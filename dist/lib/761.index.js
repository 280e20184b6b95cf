export const id = 761;
export const ids = [761];
export const modules = {

/***/ 6881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f9: () => (/* binding */ parseImageUri),
/* harmony export */   ou: () => (/* binding */ stageImage)
/* harmony export */ });
/* unused harmony exports registryOf, formatImageUri, resolveTag */
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8249);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _registry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7954);
/**
 * Container images as deploy-version sees them: ECR URIs, tag → digest, and staging an image
 * into the environment's own repository (copied by digest when it lives in another account's
 * or region's registry), so a runtime always runs `<own registry>/<repo>@sha256:…`.
 */



const IMAGE_URI = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com\/([a-z0-9._/-]+?)(?::([\w][\w.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/;
/** Parses `<account>.dkr.ecr.<region>.amazonaws.com/<repository>(:tag)(@sha256:…)`. */
function parseImageUri(uri, source = 'The image URI') {
    const match = IMAGE_URI.exec(uri.trim());
    if (!match || (!match[4] && !match[5])) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${source} "${uri}" is not an ECR image reference: expected <account>.dkr.ecr.<region>.amazonaws.com/<repository>@sha256:<digest> ` +
            '(or :<tag>, which is resolved to its digest).');
    }
    return {
        account: match[1],
        region: match[2],
        repository: match[3],
        ...(match[4] ? { tag: match[4] } : {}),
        ...(match[5] ? { digest: match[5] } : {}),
    };
}
function registryOf(ref) {
    return `${ref.account}.dkr.ecr.${ref.region}.amazonaws.com`;
}
function formatImageUri(ref) {
    return `${registryOf(ref)}/${ref.repository}${ref.tag && !ref.digest ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** The digest a tag points at in this account's registry (ECR DescribeImages). */
async function resolveTag(ecr, ref) {
    if (ref.digest)
        return ref.digest;
    const uri = formatImageUri(ref);
    try {
        const answer = await ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_2__.DescribeImagesCommand({ registryId: ref.account, repositoryName: ref.repository, imageIds: [{ imageTag: ref.tag }] }));
        const digest = answer.imageDetails?.[0]?.imageDigest;
        if (!digest)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`ECR DescribeImages returned no digest for ${uri}.`);
        return digest;
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAwsErrorNamed */ .X1)(error, 'ImageNotFoundException')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The image ${uri} is not in the registry: no image has tag "${ref.tag}". Push it with build-push first, or pass its digest.`);
        }
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAwsErrorNamed */ .X1)(error, 'RepositoryNotFoundException')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The repository ${registryOf(ref)}/${ref.repository} does not exist. Run setup-env for this environment to create it.`);
        }
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(`Resolving ${uri} to a digest (ECR DescribeImages)`, error, 'The credentials need ecr:DescribeImages on the repository.');
    }
}
/**
 * Makes sure the image is in this environment's registry and returns its digest URI there.
 * An image in this registry is only resolved to its digest; one in another account's or
 * region's registry is copied by digest into `repository`.
 */
async function stageImage(options) {
    const { image, logger } = options;
    const own = { account: options.account, region: options.region };
    if (registryOf(image) === registryOf(own)) {
        const digest = await resolveTag(options.ecr, image);
        const imageUri = `${registryOf(image)}/${image.repository}@${digest}`;
        logger.info(`The image is in this environment's registry: ${imageUri}`);
        return { imageUri, digest };
    }
    const sourceUri = formatImageUri(image);
    const login = (registryId, target) => (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loginToEcr */ .rE)(target, { registryId, mask: options.mask, logger });
    const source = await login(image.account, { ecr: await options.sourceEcr(image.region), region: image.region });
    const target = await login(options.account, { ecr: options.ecr, region: options.region });
    let digest = image.digest;
    if (!digest) {
        digest = await source.manifestDigest(image.repository, image.tag);
        if (!digest)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The image ${sourceUri} is not in its registry: no image has tag "${image.tag}".`);
    }
    logger.info(`${sourceUri} is in another registry: copying ${digest} into ${registryOf(own)}/${options.repository}`);
    let copy;
    try {
        copy = await (0,_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .copyImage */ .L1)({ source: { client: source, repository: image.repository }, target: { client: target, repository: options.repository }, digest, logger });
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo && /HTTP 403/.test(error.message)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${error.message} To let account ${options.account} pull from ${registryOf(image)}/${image.repository}, add it to ` +
                `global_resources.ecr_repositories.${image.repository}.cross_account_pull in the config and run setup-env for the source environment ` +
                '(templates/ecr-repository.yaml, parameter PullAccountIds, sets the repository policy).');
        }
        throw error;
    }
    return { imageUri: copy.imageUri, digest, copy: { ...copy, from: `${registryOf(image)}/${image.repository}@${digest}` } };
}


/***/ }),

/***/ 2558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OC: () => (/* binding */ appendLedger),
/* harmony export */   SC: () => (/* binding */ readLedger),
/* harmony export */   kF: () => (/* binding */ lastSuccessfulPromotion),
/* harmony export */   yD: () => (/* binding */ latestVersionEntry)
/* harmony export */ });
/* unused harmony exports LEDGER_SCHEMA_VERSION, STANDARD_TIER_BYTES, ADVANCED_TIER_BYTES, parseLedger, fitLedger */
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4736);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * The per-runtime ledger: what was deployed and promoted, kept in one SSM String parameter at
 * ledgerPath(prefix, env, runtime) as JSON `{schema: 1, entries: [...]}`, oldest entry first.
 *
 *   const ledger = await readLedger(ssm, path);              // undefined when none yet
 *   await appendLedger(ssm, path, [entry], logger);           // while holding the runtime's lease
 *   latestVersionEntry(ledger, '3'); lastSuccessfulPromotion(ledger, 'live');
 *
 * - Entries are `version` (a version deployed) or `endpoint` (an endpoint moved by promote or
 *   rollback). They hold references and digests only, never a secret value.
 * - Written read-modify-write with Overwrite=true: callers hold the lease (src/core/lease.ts).
 * - Bounded: the oldest entries are dropped until the JSON fits 4 KB (SSM's Standard tier), but
 *   the latest successful promotion of each endpoint is never dropped. Only when those alone do
 *   not fit is the Advanced tier (8 KB) used. The parameter is written with Tier
 *   Intelligent-Tiering, which picks Standard for values within 4 KB and keeps a parameter that
 *   once became Advanced there (SSM cannot downgrade one).
 */


const LEDGER_SCHEMA_VERSION = 1;
const STANDARD_TIER_BYTES = 4096;
const ADVANCED_TIER_BYTES = 8192;
/** The ledger at path, or undefined when the runtime has none yet. */
async function readLedger(ssm, path) {
    let value;
    try {
        value = (await ssm.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_1__.GetParameterCommand({ Name: path }))).Parameter?.Value;
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAwsErrorNamed */ .X1)(error, 'ParameterNotFound'))
            return undefined;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(`Reading the ledger ${path} (SSM GetParameter)`, error);
    }
    return parseLedger(value ?? '', path);
}
function parseLedger(text, path) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The ledger ${path} is not JSON. It is written only by agentcore-actions; delete the parameter to start a new ledger.`);
    }
    if (parsed.schema !== LEDGER_SCHEMA_VERSION || !Array.isArray(parsed.entries)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The ledger ${path} has schema ${JSON.stringify(parsed.schema)}, this version of agentcore-actions reads schema ${LEDGER_SCHEMA_VERSION}. ` +
            'Use the agentcore-actions release that wrote it, or delete the parameter to start a new ledger.');
    }
    return { schema: LEDGER_SCHEMA_VERSION, entries: parsed.entries };
}
/** Adds entries to the ledger (creating it), trims it to fit, writes it. Call while holding the lease. */
async function appendLedger(ssm, path, entries, logger) {
    const current = (await readLedger(ssm, path)) ?? { schema: LEDGER_SCHEMA_VERSION, entries: [] };
    const write = fitLedger({ schema: LEDGER_SCHEMA_VERSION, entries: [...current.entries, ...entries] });
    let tier;
    try {
        ({ Tier: tier } = await ssm.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_1__.PutParameterCommand({
            Name: path,
            Value: JSON.stringify(write.ledger),
            Type: 'String',
            Overwrite: true,
            Tier: 'Intelligent-Tiering',
            Description: 'agentcore-actions ledger: versions deployed, promotions, rollbacks',
        })));
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(`Writing the ledger ${path} (SSM PutParameter)`, error, 'The deploy role needs ssm:PutParameter on the parameter store prefix.');
    }
    if (write.dropped > 0)
        logger.info(`Ledger ${path}: dropped the ${write.dropped} oldest entries to stay within SSM's ${write.tier} tier.`);
    if (write.tier === 'Advanced') {
        logger.warning(`Ledger ${path} needs SSM's Advanced tier (over 4 KB even after trimming): Advanced parameters are charged.`);
    }
    // SSM keeps a parameter Advanced once it was: report the tier it really has.
    return tier === 'Advanced' ? { ...write, tier } : write;
}
function byteSize(ledger) {
    return Buffer.byteLength(JSON.stringify(ledger), 'utf8');
}
/**
 * Drops the oldest entries until the ledger fits the Standard tier, keeping each endpoint's
 * latest successful promotion or rollback; falls back to the Advanced tier only when those
 * kept entries alone exceed 4 KB.
 */
function fitLedger(ledger) {
    const pinned = pinnedEntries(ledger.entries);
    for (const [tier, limit] of [['Standard', STANDARD_TIER_BYTES], ['Advanced', ADVANCED_TIER_BYTES]]) {
        const kept = [...ledger.entries];
        let index = 0;
        while (byteSize({ schema: ledger.schema, entries: kept }) > limit && index < kept.length) {
            if (pinned.has(kept[index]))
                index++;
            else
                kept.splice(index, 1);
        }
        if (byteSize({ schema: ledger.schema, entries: kept }) <= limit) {
            return { ledger: { schema: ledger.schema, entries: kept }, tier, dropped: ledger.entries.length - kept.length };
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The ledger's entries that are never dropped (the latest successful promotion of each of ${pinned.size} endpoints) exceed SSM's 8 KB limit.`);
}
function pinnedEntries(entries) {
    const latest = new Map();
    for (const entry of entries) {
        if (entry.type === 'endpoint' && entry.result === 'succeeded')
            latest.set(entry.endpoint, entry);
    }
    return new Set(latest.values());
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

/***/ 761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fA: () => (/* binding */ openSession),
  be: () => (/* binding */ recordQuietly),
  LI: () => (/* binding */ runtimeRecords)
});

// UNUSED EXPORTS: LEASE_MARGIN_MS

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/identity.ts
var core_identity = __webpack_require__(4845);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var dist_cjs = __webpack_require__(4736);
// EXTERNAL MODULE: ./src/core/wait.ts
var wait = __webpack_require__(3210);
;// CONCATENATED MODULE: ./src/core/lease.ts
/**
 * The lease mutating actions hold on one runtime (DESIGN.md §3): an SSM String parameter at
 * lockPath(prefix, env, runtime), created with Overwrite=false so that ParameterAlreadyExists
 * means "held".
 *
 *   await withLease({ ssm, path: lockPath(prefix, env, runtime), holder: runUrl,
 *                     ttlMs, waitMs, clock, logger }, async (lease) => { … mutate … });
 *
 * - A held lease is waited for up to `waitMs`, logging who holds it; past that the call fails
 *   naming the holder (its run URL).
 * - An expired lease (its holder crashed) is taken over with a warning: overwritten, then read
 *   back, so two runs taking over at once see which one won.
 * - Release (in finally) deletes the parameter only when it is still ours.
 * - `ttlMs` must cover the whole guarded work: nothing renews it.
 * Throttling is retried by the SDK client.
 */




const DEFAULT_LEASE_POLL_MS = 5000;
/** Takes the lease, waiting for another holder up to options.waitMs. */
async function acquireLease(options) {
    const { clock, logger, path } = options;
    const first = await tryAcquire(options);
    if ('lease' in first)
        return first.lease;
    const result = await (0,wait/* waitUntil */.a0)({
        what: `Waiting for the lease ${path}`,
        poll: () => tryAcquire(options),
        check: (attempt) => 'lease' in attempt
            ? { status: 'acquired', state: 'done' }
            : { status: `held by ${attempt.heldBy ? describeHolder(attempt.heldBy) : 'a holder being released'}`, state: 'pending' },
        timeoutMs: options.waitMs,
        initialDelayMs: 1000,
        maxDelayMs: options.maxPollMs ?? DEFAULT_LEASE_POLL_MS,
        clock,
        logger,
        onTimeout: (last, elapsedMs) => new errors/* UserError */.yo(`Another run holds the lease on this runtime (${path}): ${last?.status.replace(/^held by /, '') ?? 'unknown holder'}. ` +
            `Waited ${(0,wait/* formatElapsed */.C7)(elapsedMs)}. Let that run finish and retry, or if it is dead, wait for its lease to expire ` +
            `or delete the SSM parameter ${path}.`),
    });
    if (result.outcome !== 'done' || !('lease' in result.value))
        throw new Error(`lease ${path}: wait ended without a lease`);
    return result.value.lease;
}
/** Runs fn while holding the lease; releases it afterwards, also when fn throws. */
async function withLease(options, fn) {
    const lease = await acquireLease(options);
    try {
        return await fn(lease);
    }
    finally {
        await lease.release();
    }
}
function describeHolder(record) {
    return `${record.holder} since ${record.acquiredAt} (expires ${record.expiresAt})`;
}
function newRecord(options) {
    const now = options.clock.now();
    return {
        holder: options.holder,
        owner: (0,external_node_crypto_.randomUUID)(),
        acquiredAt: new Date(now).toISOString(),
        expiresAt: new Date(now + options.ttlMs).toISOString(),
    };
}
async function tryAcquire(options) {
    const { ssm, path, logger } = options;
    const record = newRecord(options);
    try {
        await ssm.send(new dist_cjs.PutParameterCommand({ Name: path, Value: JSON.stringify(record), Type: 'String', Overwrite: false }));
        return { lease: makeLease(options, record) };
    }
    catch (error) {
        if (!(0,errors/* isAwsErrorNamed */.X1)(error, 'ParameterAlreadyExists'))
            throw (0,errors/* explain */.WE)(`Taking the lease ${path} (SSM PutParameter)`, error);
    }
    const current = await readRecord(ssm, path);
    if (!current)
        return { heldBy: undefined };
    if (Date.parse(current.record.expiresAt) > options.clock.now())
        return { heldBy: current.record };
    logger.warning(`Taking over the expired lease ${path} of ${describeHolder(current.record)}: that run ended without releasing it.`);
    await put(ssm, path, record, true);
    // Another run may have taken it over at the same moment: whoever wrote last holds it.
    const after = await readRecord(ssm, path);
    if (after?.record.owner !== record.owner)
        return { heldBy: after?.record };
    return { lease: makeLease(options, record) };
}
async function put(ssm, path, record, overwrite) {
    try {
        await ssm.send(new dist_cjs.PutParameterCommand({ Name: path, Value: JSON.stringify(record), Type: 'String', Overwrite: overwrite }));
    }
    catch (error) {
        throw (0,errors/* explain */.WE)(`Taking the lease ${path} (SSM PutParameter)`, error);
    }
}
/** The lease as it stands, or undefined when there is none. A value we cannot read counts as expired. */
async function readRecord(ssm, path) {
    let value;
    try {
        value = (await ssm.send(new dist_cjs.GetParameterCommand({ Name: path }))).Parameter?.Value;
    }
    catch (error) {
        if ((0,errors/* isAwsErrorNamed */.X1)(error, 'ParameterNotFound'))
            return undefined;
        throw (0,errors/* explain */.WE)(`Reading the lease ${path} (SSM GetParameter)`, error);
    }
    try {
        const parsed = JSON.parse(value ?? '');
        if (typeof parsed.owner === 'string' && typeof parsed.expiresAt === 'string') {
            return { record: { holder: String(parsed.holder ?? 'unknown'), owner: parsed.owner, acquiredAt: String(parsed.acquiredAt ?? ''), expiresAt: parsed.expiresAt } };
        }
    }
    catch {
        // fall through: not ours to interpret
    }
    return { record: { holder: 'an unreadable lease value', owner: '', acquiredAt: '', expiresAt: new Date(0).toISOString() } };
}
function makeLease(options, record) {
    const { ssm, path, logger } = options;
    logger.info(`Holding the lease ${path} until ${record.expiresAt}.`);
    return {
        path,
        record,
        async release() {
            try {
                const current = await readRecord(ssm, path);
                if (current?.record.owner !== record.owner) {
                    logger.warning(`The lease ${path} is no longer ours (${current ? `now held by ${describeHolder(current.record)}` : 'it is gone'}); leaving it.`);
                    return;
                }
                await ssm.send(new dist_cjs.DeleteParameterCommand({ Name: path }));
                logger.info(`Released the lease ${path}.`);
            }
            catch (error) {
                logger.warning(`Could not release the lease ${path}: ${(0,errors/* describeError */.Uc)(error)}. It expires at ${record.expiresAt}.`);
            }
        },
    };
}

// EXTERNAL MODULE: ./src/core/ledger.ts
var ledger = __webpack_require__(2558);
// EXTERNAL MODULE: ./src/core/promotion/handle.ts
var promotion_handle = __webpack_require__(1783);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var client_ecr_dist_cjs = __webpack_require__(8249);
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
        const got = await ecr.send(new client_ecr_dist_cjs.BatchGetImageCommand({
            registryId: image.account,
            repositoryName: image.repository,
            imageIds: [image.digest ? { imageDigest: image.digest } : { imageTag: image.tag }],
        }));
        const found = got.images?.[0];
        if (!found?.imageManifest) {
            logger.warning(`Could not tag ${where} as ${tag}: ECR has no such image (${got.failures?.[0]?.failureReason ?? 'no reason given'}). Lifecycle rules may expire it.`);
            return false;
        }
        await ecr.send(new client_ecr_dist_cjs.PutImageCommand({
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

// EXTERNAL MODULE: ./src/core/runtime/lookup.ts
var lookup = __webpack_require__(2764);
// EXTERNAL MODULE: ./src/core/ssm/paths.ts
var paths = __webpack_require__(2513);
// EXTERNAL MODULE: ./src/core/sync/sync.ts
var sync = __webpack_require__(2988);
;// CONCATENATED MODULE: ./src/core/ops/session.ts









/** The lease outlives the guarded work by this much: ledger writes and release come after it. */
const LEASE_MARGIN_MS = 10 * 60_000;
function runtimeRecords(scope) {
    const { environment, runtime, ssm, run, clock, logger } = scope;
    const prefix = environment.global_resources.sync_config.parameter_store_prefix;
    const path = (0,paths/* ledgerPath */.tf)(prefix, environment.name, runtime.key);
    return {
        ledgerPath: path,
        readLedger: () => (0,ledger/* readLedger */.SC)(ssm, path),
        append: (entries) => (0,ledger/* appendLedger */.OC)(ssm, path, entries, logger),
        locked: (workMs, fn) => withLease({
            ssm,
            path: (0,paths/* lockPath */.HZ)(prefix, environment.name, runtime.key),
            holder: run.runUrl || `${run.actor || 'someone'} at commit ${run.commit.slice(0, 7) || 'unknown'}`,
            ttlMs: workMs + LEASE_MARGIN_MS,
            waitMs: scope.timeoutMs,
            clock,
            logger,
        }, fn),
        autoSync: async () => {
            await (0,sync/* autoSyncEnvironment */.oG)({ ssm, environment, logger, clock });
        },
    };
}
async function openSession(request) {
    const { environment, runtime, logger, clock, run, clients } = request;
    const region = environment.region;
    const identity = await (0,core_identity/* checkCredentials */.v)(clients.sts, environment, logger);
    const control = clients.agentcore;
    const where = { environment: environment.name, region, runtimeKey: runtime.key, runtimeName: runtime.aws_name };
    const found = await (0,lookup/* findRuntimeByName */.Az)(control, runtime.aws_name);
    if (!found?.agentRuntimeId || !found.agentRuntimeArn) {
        throw new errors/* UserError */.yo(`${(0,promotion_handle/* describeRuntime */.m)(where)} does not exist in account ${identity.account}. Deploy a version with deploy-version first.`);
    }
    const handle = { ...where, control, runtimeId: found.agentRuntimeId, runtimeArn: found.agentRuntimeArn, clock, logger, timeoutMs: request.timeoutMs };
    const records = runtimeRecords({ ...request, ssm: clients.ssm });
    return {
        ...records,
        handle,
        account: identity.account,
        record: (entry) => records.append([{ type: 'endpoint', ...entry, actor: run.actor, runUrl: run.runUrl, time: new Date(clock.now()).toISOString() }]),
        keepImage: async (endpoint, version) => {
            if (!version)
                return;
            try {
                const served = await (0,lookup/* getRuntimeVersion */.rm)(control, handle.runtimeId, version);
                await tagServedImage({
                    ecr: clients.ecr,
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

/***/ 2764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ findRuntimeByName),
/* harmony export */   rm: () => (/* binding */ getRuntimeVersion),
/* harmony export */   yP: () => (/* binding */ getEndpoint)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7508);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * Reading AgentCore runtimes: by name (ListAgentRuntimes has no filter, so it pages through all),
 * one version, one endpoint. Failures are UserErrors saying what was being read.
 */


/** The runtime with this AgentCore name, or undefined when there is none. */
async function findRuntimeByName(control, name) {
    try {
        for await (const page of (0,_aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_1__.paginateListAgentRuntimes)({ client: control }, { maxResults: 100 })) {
            const found = page.agentRuntimes?.find((runtime) => runtime.agentRuntimeName === name);
            if (found)
                return found;
        }
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(`Looking for agent runtime ${name} (AgentCore ListAgentRuntimes)`, error, 'The credentials need bedrock-agentcore:ListAgentRuntimes.');
    }
    return undefined;
}
/** A runtime's newest version, or the given one. */
async function getRuntimeVersion(control, runtimeId, version) {
    try {
        return await control.send(new _aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_1__.GetAgentRuntimeCommand({ agentRuntimeId: runtimeId, ...(version ? { agentRuntimeVersion: version } : {}) }));
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(`Reading agent runtime ${runtimeId}${version ? ` version ${version}` : ''} (AgentCore GetAgentRuntime)`, error);
    }
}
/** An endpoint of a runtime, or undefined when it does not exist. */
async function getEndpoint(control, runtimeId, endpointName) {
    try {
        return await control.send(new _aws_sdk_client_bedrock_agentcore_control__WEBPACK_IMPORTED_MODULE_1__.GetAgentRuntimeEndpointCommand({ agentRuntimeId: runtimeId, endpointName }));
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAwsErrorNamed */ .X1)(error, 'ResourceNotFoundException'))
            return undefined;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(`Reading endpoint ${endpointName} of agent runtime ${runtimeId} (AgentCore GetAgentRuntimeEndpoint)`, error);
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

/***/ 991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Op: () => (/* binding */ inConfigSubtree),
/* harmony export */   bN: () => (/* binding */ desiredParameters),
/* harmony export */   pM: () => (/* binding */ parseCopy),
/* harmony export */   ub: () => (/* binding */ syncPrefix)
/* harmony export */ });
/* unused harmony exports STANDARD_TIER_MAX_BYTES, ADVANCED_TIER_MAX_BYTES, environmentSettings, runtimeSettings, copyValue */
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2359);
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


/***/ }),

/***/ 3210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ formatElapsed),
/* harmony export */   Sc: () => (/* binding */ isTransientAwsError),
/* harmony export */   a0: () => (/* binding */ waitUntil),
/* harmony export */   dq: () => (/* binding */ statusCheck)
/* harmony export */ });
/* unused harmony exports DEFAULT_INITIAL_DELAY_MS, DEFAULT_MAX_DELAY_MS, DEFAULT_BEAT_MS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const DEFAULT_INITIAL_DELAY_MS = 250;
const DEFAULT_MAX_DELAY_MS = 1000;
const DEFAULT_BEAT_MS = 5000;
const BACKOFF_FACTOR = 1.5;
/** AgentCore's status enum: READY settles, *_FAILED fails, anything else is still moving. */
function statusCheck(status, failureReason) {
    const shown = status ?? 'UNKNOWN';
    if (shown === 'READY')
        return { status: shown, state: 'done' };
    if (shown.endsWith('_FAILED'))
        return { status: shown, state: 'failed', reason: failureReason || 'AWS gave no failureReason' };
    return { status: shown, state: 'pending' };
}
/** Throttling, 5xx and network errors: the SDK retries them, and a poll may try again after that. */
function isTransientAwsError(error) {
    if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAwsError */ .m_)(error))
        return false;
    const status = error.$metadata?.httpStatusCode;
    return error.$fault === 'server' || status === 429 || (status !== undefined && status >= 500) || /Throttl|TooManyRequests|RequestLimitExceeded/.test(error.name);
}
/** "1m 05s", "12s": elapsed time as a person reads it. */
function formatElapsed(ms) {
    const seconds = Math.floor(ms / 1000);
    if (seconds < 60)
        return `${seconds}s`;
    return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
}
async function waitUntil(options) {
    const { clock, logger, what } = options;
    const beatMs = options.beatMs ?? DEFAULT_BEAT_MS;
    const maxDelayMs = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
    const start = clock.now();
    const deadline = start + options.timeoutMs;
    let delay = options.initialDelayMs ?? DEFAULT_INITIAL_DELAY_MS;
    let last;
    let lastLogged = -Infinity;
    for (;;) {
        const polled = await pollOnce(options);
        if (polled) {
            const { value } = polled;
            const check = options.check(value);
            const elapsedMs = clock.now() - start;
            if (check.status !== last?.status || clock.now() - lastLogged >= beatMs) {
                logger.info(`${what}: ${check.status} (${formatElapsed(elapsedMs)} elapsed)`);
                lastLogged = clock.now();
            }
            last = check;
            if (check.state === 'done')
                return { outcome: 'done', value, status: check.status, elapsedMs };
            if (check.state === 'failed') {
                return { outcome: 'failed', value, status: check.status, reason: check.reason ?? 'no reason given', elapsedMs };
            }
        }
        const remaining = deadline - clock.now();
        if (remaining <= 0)
            throw timeoutError(options, last, clock.now() - start);
        // Never sleep past the deadline: the last poll happens at it, so a late READY still counts.
        await clock.sleep(Math.min(delay, remaining));
        delay = Math.min(maxDelayMs, Math.round(delay * BACKOFF_FACTOR));
    }
}
/** One poll; undefined when it failed with an error the caller calls transient. */
async function pollOnce(options) {
    try {
        return { value: await options.poll() };
    }
    catch (error) {
        if (!options.transient?.(error))
            throw error;
        options.logger.debug(`${options.what}: polling failed (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}); trying again`);
        return undefined;
    }
}
function timeoutError(options, last, elapsedMs) {
    return (options.onTimeout?.(last, elapsedMs) ??
        new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Timed out after ${formatElapsed(elapsedMs)} waiting for ${options.what}; the last status seen was ${last?.status ?? 'none (every poll failed)'}.` +
            (options.timeoutHint ? ` ${options.timeoutHint}` : '')));
}


/***/ })

};
