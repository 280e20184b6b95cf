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

// EXTERNAL MODULE: ./src/core/ledger.ts + 1 modules
var ledger = __webpack_require__(6030);
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
    const identity = await (request.identity ?? (0,core_identity.checkCredentials)(clients.sts, environment, logger));
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
