export const id = 161;
export const ids = [161];
export const modules = {

/***/ 4988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LJ: () => (/* binding */ repositoryUri),
/* harmony export */   Qx: () => (/* binding */ stackName),
/* harmony export */   oz: () => (/* binding */ runtimeRoleName),
/* harmony export */   w3: () => (/* binding */ roleArn)
/* harmony export */ });
/**
 * Names of the AWS resources the templates and actions share, derived the same
 * way everywhere so that deploy-version finds what setup-env created.
 */
/** One CloudFormation stack per concern: agentcore-<env>-<concern>. */
function stackName(environment, concern) {
    return `agentcore-${environment}-${concern}`.replace(/[^a-zA-Z0-9-]/g, '-');
}
/**
 * The IAM role a runtime runs as, created by templates/agent-runtime-role.yaml; per environment so
 * two environments in one account never share it, and prefixed agentcore-<env>- because the deploy
 * role may pass only roles with that prefix (templates/github-oidc-deploy-role.yaml).
 */
function runtimeRoleName(environment, roleKey) {
    return `agentcore-${environment}-${roleKey}`.slice(0, 64);
}
function roleArn(account, roleName, partition = 'aws') {
    return `arn:${partition}:iam::${account}:role/${roleName}`;
}
/** ECR repository URI: the repository's name is its key in global_resources.ecr_repositories. */
function repositoryUri(account, region, repository) {
    return `${account}.dkr.ecr.${region}.amazonaws.com/${repository}`;
}


/***/ }),

/***/ 2161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployVersion: () => (/* binding */ deployVersion)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/identity.ts
var core_identity = __webpack_require__(4845);
// EXTERNAL MODULE: ./src/core/images.ts
var core_images = __webpack_require__(6881);
// EXTERNAL MODULE: ./src/core/ledger.ts + 1 modules
var core_ledger = __webpack_require__(6030);
// EXTERNAL MODULE: ./src/core/runtime/authorizer.ts
var runtime_authorizer = __webpack_require__(4221);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-bedrock-agentcore-control/dist-cjs/index.js
var dist_cjs = __webpack_require__(7508);
// EXTERNAL MODULE: ./src/core/config/index.ts + 2 modules
var config = __webpack_require__(4544);
// EXTERNAL MODULE: ./src/core/wait.ts
var wait = __webpack_require__(3210);
// EXTERNAL MODULE: ./src/core/runtime/compare.ts
var compare = __webpack_require__(8931);
// EXTERNAL MODULE: ./src/core/runtime/lookup.ts
var lookup = __webpack_require__(2764);
;// CONCATENATED MODULE: ./src/core/runtime/deploy.ts
/**
 * One immutable AgentCore version per change:
 *
 *   const plan = await planDeployment(options);            // reads only
 *   if (plan.action !== 'none') result = await applyPlan(options, plan);   // under the lease
 *   // or both at once: deployRuntime(options)
 *
 * The plan creates the runtime when absent (version 1), else updates it (version N+1) — but
 * only when the newest version differs from the desired request or is not READY; otherwise it is
 * 'none' with the reason, and nothing mutating is called. A version still CREATING/UPDATING from
 * an earlier run is waited for first. The clientToken is derived from the request and the version
 * it replaces, so a retried call never makes a second version. Applying waits for READY;
 * *_FAILED fails with AWS's failureReason. Plan again after taking the lease: another run may
 * have deployed meanwhile.
 */






/** What deploying would do, from reads only. */
async function planDeployment(options) {
    const { control, desired, logger } = options;
    const summary = await (0,lookup/* findRuntimeByName */.Az)(control, desired.name);
    if (!summary)
        return { action: 'create' };
    const runtimeId = summary.agentRuntimeId;
    let newest = await (0,lookup/* getRuntimeVersion */.rm)(control, runtimeId);
    if ((0,wait/* statusCheck */.dq)(newest.status).state === 'pending') {
        logger.info(`Version ${newest.agentRuntimeVersion} of ${desired.name} is still ${newest.status} from an earlier run; waiting for it to settle.`);
        newest = (await waitForVersion(options, runtimeId, newest.agentRuntimeVersion, false)).value;
    }
    const changes = (0,compare/* describeChanges */.D)(desired, newest);
    if (changes.length === 0 && newest.status === 'READY') {
        const result = {
            runtimeId,
            runtimeArn: newest.agentRuntimeArn,
            version: newest.agentRuntimeVersion,
            previousVersion: newest.agentRuntimeVersion,
            created: false,
            status: 'READY',
            changes: [],
            noopReason: `version ${newest.agentRuntimeVersion} is READY and already runs this image and configuration (config ${desired.configHash.slice(0, 12)})`,
        };
        return { action: 'none', result };
    }
    if (changes.length === 0)
        changes.push(`the newest version ${newest.agentRuntimeVersion} is ${newest.status}: deploying the same request again`);
    return { action: 'update', runtimeId, newest, changes };
}
/** Carries out a plan: Create or Update, then (with options.wait) waits for READY. */
async function applyPlan(options, plan) {
    const { desired, logger } = options;
    switch (plan.action) {
        case 'none':
            return plan.result;
        case 'create':
            logger.info(`Agent runtime ${desired.name} does not exist in ${options.where.region}: creating it (version 1).`);
            return create(options);
        case 'update':
            logger.info(`Updating ${desired.name} (newest version ${plan.newest.agentRuntimeVersion}):\n  ${plan.changes.join('\n  ')}`);
            return update(options, plan.runtimeId, plan.newest, plan.changes);
    }
}
async function deployRuntime(options) {
    return applyPlan(options, await planDeployment(options));
}
/** Same request on the same base version → same token, so only the first attempt makes a version. */
function clientToken(desired, base) {
    const image = desired.settings.agentRuntimeArtifact.containerConfiguration.containerUri;
    return (0,config/* sha256Hex */.fg)((0,config/* canonicalJson */.dj)({ name: desired.name, base, configHash: desired.configHash, image }));
}
async function create(options) {
    const { desired } = options;
    const answer = await mutate(options, 'CreateAgentRuntime', () => options.control.send(new dist_cjs.CreateAgentRuntimeCommand({
        agentRuntimeName: desired.name,
        description: desired.description,
        ...desired.settings,
        clientToken: clientToken(desired, 'create'),
    })));
    return finish(options, { runtimeId: answer.agentRuntimeId, runtimeArn: answer.agentRuntimeArn, version: answer.agentRuntimeVersion, status: answer.status }, undefined, ['new runtime']);
}
async function update(options, runtimeId, newest, changes) {
    const { desired } = options;
    const answer = await mutate(options, 'UpdateAgentRuntime', () => options.control.send(new dist_cjs.UpdateAgentRuntimeCommand({
        agentRuntimeId: runtimeId,
        description: desired.description,
        ...desired.settings,
        clientToken: clientToken(desired, newest.agentRuntimeVersion),
    })));
    return finish(options, { runtimeId, runtimeArn: answer.agentRuntimeArn, version: answer.agentRuntimeVersion, status: answer.status }, newest.agentRuntimeVersion, changes);
}
async function finish(options, made, previousVersion, changes) {
    const result = { ...made, ...(previousVersion ? { previousVersion } : {}), created: true, changes };
    options.logger.info(`AgentCore accepted version ${made.version} of ${options.desired.name} (${made.runtimeArn}).`);
    if (!options.wait)
        return result;
    const settled = await waitForVersion(options, made.runtimeId, made.version);
    return { ...result, status: settled.status };
}
/**
 * Waits for a version to leave CREATING/UPDATING. A *_FAILED end fails the step with AWS's reason
 * when the version is ours (`failIfFailed`); an earlier run's failed version is only reported.
 */
async function waitForVersion(options, runtimeId, version, failIfFailed = true) {
    const { where, desired } = options;
    const what = `${desired.name} version ${version}`;
    let result;
    try {
        result = await (0,wait/* waitUntil */.a0)({
            what,
            // Raw SDK errors, so that `transient` can tell throttling from a refusal.
            poll: () => options.control.send(new dist_cjs.GetAgentRuntimeCommand({ agentRuntimeId: runtimeId, agentRuntimeVersion: version })),
            check: (v) => (0,wait/* statusCheck */.dq)(v.status, v.failureReason),
            transient: wait/* isTransientAwsError */.Sc,
            timeoutMs: options.timeoutMs,
            timeoutHint: 'AgentCore may still finish it: raise the input "timeout-minutes", or see the runtime in the AWS console.',
            clock: options.clock,
            logger: options.logger,
        });
    }
    catch (error) {
        throw (0,errors/* explain */.WE)(`Waiting for ${what} (AgentCore GetAgentRuntime)`, error);
    }
    if (result.outcome === 'failed' && failIfFailed) {
        const image = desired.settings.agentRuntimeArtifact.containerConfiguration.containerUri;
        const message = `Version ${version} of agent runtime ${desired.name} (environment "${where.environment}", runtime "${where.runtime}", ${where.region}) ` +
            `ended ${result.status}: ${result.reason.replace(/\.$/, '')}. Check that the image ${image} exists and is linux/arm64, ` +
            `that the role ${desired.settings.roleArn} exists and trusts bedrock-agentcore.amazonaws.com, and the network and authorizer settings.`;
        throw new errors/* UserError */.yo(redactSecrets(desired, message));
    }
    return result;
}
/** Runs a Create/Update call, turning its refusal into what to fix. */
async function mutate(options, operation, call) {
    try {
        return await call();
    }
    catch (error) {
        throw new errors/* UserError */.yo(redactSecrets(options.desired, refusal(options, operation, error)));
    }
}
/** AWS may quote what it refused: secret values never reach a message, masked or not (summaries are not masked). */
function redactSecrets(desired, message) {
    return desired.secretNames.reduce((text, name) => {
        const value = desired.settings.environmentVariables[name];
        return value ? text.split(value).join('***') : text;
    }, message);
}
function refusal(options, operation, error) {
    const { where, desired } = options;
    const what = `${operation} for agent runtime ${desired.name} (environment "${where.environment}", runtime "${where.runtime}", ${where.region})`;
    if (error instanceof dist_cjs.ValidationException) {
        const fields = (error.fieldList ?? []).map((f) => `${f.name}: ${f.message}`);
        return `AgentCore refused ${what}: ${error.message}${fields.length ? ` (${fields.join('; ')})` : ''}. Fix the settings at ${where.configPath} in the config.`;
    }
    if ((0,errors/* isAwsErrorNamed */.X1)(error, 'AccessDeniedException')) {
        return `${what} was denied: ${(0,errors/* describeError */.Uc)(error)}. The deploy role needs bedrock-agentcore:${operation} and iam:PassRole on ${desired.settings.roleArn}.`;
    }
    if ((0,errors/* isAwsErrorNamed */.X1)(error, 'ConflictException')) {
        return `${what} conflicted with another change: ${(0,errors/* describeError */.Uc)(error)}. Something outside agentcore-actions may be changing the runtime; retry when it is done.`;
    }
    if ((0,errors/* isAwsErrorNamed */.X1)(error, 'ServiceQuotaExceededException')) {
        return `${what} exceeded a quota: ${(0,errors/* describeError */.Uc)(error)}. Delete old versions or runtimes, or ask AWS to raise the quota.`;
    }
    return `${what} failed: ${(0,errors/* describeError */.Uc)(error)}`;
}

// EXTERNAL MODULE: ./src/core/runtime/request.ts
var runtime_request = __webpack_require__(1317);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/core/ssm/paths.ts
var paths = __webpack_require__(2513);
;// CONCATENATED MODULE: ./src/core/runtime/source.ts






/** Credentials of a role (another environment's account), for reading only. */
async function assumeRoleCredentials(sts, roleArn, sessionName, mask) {
    let credentials;
    try {
        credentials = (await sts.send(new client_sts_dist_cjs.AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: sessionName.replace(/[^\w+=,.@-]/g, '-').slice(0, 64) }))).Credentials;
    }
    catch (error) {
        throw (0,errors/* explain */.WE)(`Assuming ${roleArn} (STS AssumeRole)`, error, 'The role must trust the deploy role of this job (sts:AssumeRole).');
    }
    if (!credentials?.AccessKeyId || !credentials.SecretAccessKey)
        throw new errors/* UserError */.yo(`STS AssumeRole of ${roleArn} returned no credentials.`);
    mask(credentials.SecretAccessKey);
    if (credentials.SessionToken)
        mask(credentials.SessionToken);
    return {
        accessKeyId: credentials.AccessKeyId,
        secretAccessKey: credentials.SecretAccessKey,
        ...(credentials.SessionToken ? { sessionToken: credentials.SessionToken } : {}),
        ...(credentials.Expiration ? { expiration: credentials.Expiration } : {}),
    };
}
/** The image the source environment's endpoint serves right now, by digest. */
async function readServedImage(options) {
    const { environment, runtime, control, logger } = options;
    const endpointName = options.endpoint || runtime.promotion.live_endpoint;
    const where = `runtime "${runtime.key}" (${runtime.aws_name}) of environment "${environment.name}" (${environment.region})`;
    const found = await (0,lookup/* findRuntimeByName */.Az)(control, runtime.aws_name);
    if (!found)
        throw new errors/* UserError */.yo(`${where} does not exist, so it serves nothing to deploy from. Deploy and promote it there first.`);
    const endpoint = await (0,lookup/* getEndpoint */.yP)(control, found.agentRuntimeId, endpointName);
    if (!endpoint) {
        throw new errors/* UserError */.yo(`Endpoint "${endpointName}" of ${where} does not exist. Promote a version there first, or name another endpoint with "from-endpoint".`);
    }
    const version = endpoint.liveVersion;
    if (!version)
        throw new errors/* UserError */.yo(`Endpoint "${endpointName}" of ${where} serves no version yet (status ${endpoint.status}).`);
    const served = await (0,lookup/* getRuntimeVersion */.rm)(control, found.agentRuntimeId, version);
    const imageUri = served.agentRuntimeArtifact?.containerConfiguration?.containerUri;
    if (!imageUri)
        throw new errors/* UserError */.yo(`Version ${version} of ${where} runs no container image (it may be a code deployment), so there is no image to deploy.`);
    const image = (0,core_images/* parseImageUri */.f9)(imageUri, `The image of version ${version} of ${where}`);
    if (!image.digest) {
        throw new errors/* UserError */.yo(`Version ${version} of ${where} runs ${imageUri}, a tag that may have moved since. Deploy it there by digest first.`);
    }
    logger.info(`Endpoint "${endpointName}" of ${where} serves version ${version}: ${imageUri}`);
    const ledger = await (0,core_ledger/* readLedger */.SC)(options.ssm, (0,paths/* ledgerPath */.tf)(environment.global_resources.sync_config.parameter_store_prefix, environment.name, runtime.key));
    const recorded = (0,core_ledger/* latestVersionEntry */.yD)(ledger, version);
    if (!recorded) {
        logger.warning(`The ledger of ${where} has no entry for version ${version}: it was not deployed by deploy-version, or its entry was trimmed.`);
    }
    else if (recorded.imageDigest !== image.digest) {
        logger.warning(`The ledger of ${where} says version ${version} runs ${recorded.imageDigest}, but AgentCore says ${image.digest}; deploying what AgentCore runs.`);
    }
    return { image, imageUri, endpoint: endpointName, version };
}

// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __webpack_require__(8198);
// EXTERNAL MODULE: ./src/core/target.ts
var target = __webpack_require__(4294);
// EXTERNAL MODULE: ./src/core/ops/session.ts + 2 modules
var session = __webpack_require__(761);
;// CONCATENATED MODULE: ./src/core/ops/deploy-version.ts











async function deployVersion(request) {
    const { environment, runtime, logger, clients } = request;
    const region = environment.region;
    const identity = await (request.identity ?? (0,core_identity.checkCredentials)(clients.sts, environment, logger));
    const { ssm, agentcore: control } = clients;
    const { image, served } = await logger.group('Finding the image', () => findImage(request, identity.account));
    const desired = await logger.group('Building the runtime request', async () => {
        const secretValues = await (0,secrets/* resolveSecrets */.M)(ssm, runtime.secrets, logger, { configPath: runtime.config_path, region });
        const authorizer = await (0,runtime_authorizer/* resolveAuthorizer */.Q)(environment, runtime, () => clients.cloudformation);
        const built = (0,runtime_request/* buildDesiredRuntime */.RO)({
            runtime,
            imageUri: image.imageUri,
            roleArn: (0,runtime_request/* runtimeRoleArn */.C$)(environment, runtime, identity.account),
            ...(authorizer ? { authorizer } : {}),
            secretValues,
            commit: request.run.commit,
        });
        logger.info(`Runtime ${built.name}: image ${image.imageUri}, role ${built.settings.roleArn}, config ${built.configHash.slice(0, 12)}`);
        return built;
    });
    const deployOptions = {
        control,
        desired,
        wait: request.wait,
        timeoutMs: request.timeoutMs,
        clock: request.clock,
        logger,
        where: { environment: environment.name, runtime: runtime.key, region, configPath: runtime.config_path },
    };
    const finished = (result, ledger) => ({
        ...result,
        account: identity.account,
        image,
        ...(served ? { served } : {}),
        configHash: desired.configHash,
        ...(ledger ? { ledger } : {}),
    });
    const first = await logger.group(`Comparing with the deployed ${desired.name}`, () => planDeployment(deployOptions));
    const records = (0,session/* runtimeRecords */.LI)({ ...request, ssm });
    // The lease outlives the longest wait by the margin: the update, ledger write and release come after it.
    const locked = (fn) => records.locked(request.timeoutMs, fn);
    const entryFor = (version) => ({
        type: 'version',
        version,
        imageDigest: image.digest,
        imageUri: image.imageUri,
        configHash: desired.configHash,
        commit: request.run.commit,
        actor: request.run.actor,
        runUrl: request.run.runUrl,
        time: new Date(request.clock.now()).toISOString(),
    });
    /**
     * The no-op's version may lack its entry when an earlier run was stopped between the update
     * and the ledger write: record it then. Writing the ledger changes no runtime, and a fully
     * recorded no-op still writes nothing.
     */
    const recordIfMissing = async (result) => {
        if ((0,core_ledger/* latestVersionEntry */.yD)(await records.readLedger(), result.version))
            return undefined;
        const write = await records.append([entryFor(result.version)]);
        logger.notice(`Ledger ${records.ledgerPath}: recorded version ${result.version} that an earlier run deployed but did not record.`);
        return write;
    };
    if (first.action === 'none') {
        // Read before taking the lease, so that a recorded no-op makes no mutating call at all.
        if ((0,core_ledger/* latestVersionEntry */.yD)(await records.readLedger(), first.result.version))
            return finished(first.result);
        return locked(async () => finished(first.result, await recordIfMissing(first.result)));
    }
    const deployed = await locked(() => logger.group(`Deploying ${desired.name}`, async () => {
        // Another run may have deployed while this one waited for the lease.
        const result = await applyPlan(deployOptions, await planDeployment(deployOptions));
        if (!result.created)
            return finished(result, await recordIfMissing(result));
        return finished(result, await records.append([entryFor(result.version)]));
    }));
    if (deployed.created)
        await records.autoSync();
    return deployed;
}
async function findImage(request, account) {
    const { environment, runtime, logger, source } = request;
    const region = environment.region;
    let imageRef;
    let sourceCredentials;
    let served;
    if ('imageUri' in source) {
        imageRef = (0,core_images/* parseImageUri */.f9)(source.imageUri, 'Input "image-uri"');
    }
    else {
        const from = request.config.environment(source.fromEnvironment);
        if (from.name === environment.name)
            throw new errors/* UserError */.yo(`Input "from-environment" names the environment being deployed to ("${environment.name}"): name the environment to promote from.`);
        const fromRuntime = (0,target/* selectRuntime */.lf)(request.config, from, runtime.key);
        if (source.fromRoleArn) {
            sourceCredentials = await assumeRoleCredentials((await request.clientsFor({ region: from.region }, ['sts'])).sts, source.fromRoleArn, `agentcore-deploy-${environment.name}`, (secret) => logger.secret(secret));
            logger.info(`Reading environment "${from.name}" as ${source.fromRoleArn}`);
        }
        else if (from.account_id && from.account_id !== account) {
            throw new errors/* UserError */.yo(`Environment "${from.name}" is in account ${from.account_id}, and these credentials are for account ${account}. ` +
                `Set the input "from-role-arn" to a role in ${from.account_id} that this job may assume and that can read AgentCore and SSM there.`);
        }
        const fromClients = await request.clientsFor({ region: from.region, ...(sourceCredentials ? { credentials: sourceCredentials } : {}) }, ['agentcore', 'ssm']);
        const found = await readServedImage({
            environment: from,
            runtime: fromRuntime,
            ...(source.fromEndpoint ? { endpoint: source.fromEndpoint } : {}),
            control: fromClients.agentcore,
            ssm: fromClients.ssm,
            logger,
        });
        served = { ...found, environment: from.name };
        imageRef = found.image;
    }
    const image = await (0,core_images/* stageImage */.ou)({
        image: imageRef,
        account,
        region,
        repository: runtime.ecr_repository,
        ecr: request.clients.ecr,
        sourceEcr: async (sourceRegion) => (await request.clientsFor({ region: sourceRegion, ...(sourceCredentials ? { credentials: sourceCredentials } : {}) }, ['ecr'])).ecr,
        mask: (secret) => logger.secret(secret),
        logger,
    });
    return { image, ...(served ? { served } : {}) };
}


/***/ }),

/***/ 4221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ resolveAuthorizer)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3805);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4988);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1317);




/**
 * The JWT authorizer of a runtime whose authorizer is cognito: from the environment's pool and
 * app client, or for `cognito: {managed: true}` from the outputs (UserPoolId, AppClientId) of the
 * stack setup-env deployed from templates/cognito.yaml. Undefined for `authorizer: none` (IAM).
 */
async function resolveAuthorizer(environment, runtime, cloudformation) {
    if (runtime.authorizer !== 'cognito')
        return undefined;
    const cognito = environment.cognito;
    if (!cognito) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${runtime.config_path}.authorizer is cognito, but environments.${environment.name} has no cognito.`);
    }
    if ('user_pool_id' in cognito)
        return (0,_request_js__WEBPACK_IMPORTED_MODULE_1__/* .cognitoAuthorizer */ .jO)(environment.region, cognito.user_pool_id, cognito.app_client_id);
    const stack = (0,_naming_js__WEBPACK_IMPORTED_MODULE_2__/* .stackName */ .Qx)(environment.name, 'cognito');
    const setupHint = `Run setup-env for environment "${environment.name}" first: it deploys ${stack} from templates/cognito.yaml.`;
    let outputs;
    try {
        const answer = await cloudformation().send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_3__.DescribeStacksCommand({ StackName: stack }));
        outputs = answer.Stacks?.[0]?.Outputs ?? [];
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAwsErrorNamed */ .X1)(error, 'ValidationError') && /does not exist/.test(error.message)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Environment "${environment.name}" has a managed Cognito user pool, but its stack ${stack} does not exist in ${environment.region}. ${setupHint}`);
        }
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(`Reading the Cognito stack ${stack} (CloudFormation DescribeStacks in ${environment.region})`, error);
    }
    const output = (key) => outputs.find((o) => o.OutputKey === key)?.OutputValue;
    const userPoolId = output('UserPoolId');
    const appClientId = output('AppClientId');
    if (!userPoolId || !appClientId) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The stack ${stack} in ${environment.region} has no UserPoolId and AppClientId outputs (is it still being created?). ${setupHint}`);
    }
    return (0,_request_js__WEBPACK_IMPORTED_MODULE_1__/* .cognitoAuthorizer */ .jO)(environment.region, userPoolId, appClientId);
}


/***/ }),

/***/ 8931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ describeChanges)
/* harmony export */ });
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4544);

/** The marker versionDescription() ends a description with: `(commit abc1234 config 0123456789ab)`. */
const MARKER = /^(?:(.*) \()?(?:commit [0-9a-f]{7,40} )?config ([0-9a-f]{12})\)?$/s;
/** A description's user text and config hash; the commit is left out, as a new commit alone changes nothing. */
function splitDescription(description) {
    const match = MARKER.exec(description ?? '');
    return match ? { text: match[1] ?? '', hash: match[2] } : { text: description ?? '' };
}
function sortedStrings(values) {
    return [...(values ?? [])].sort();
}
/** Network config with list order ignored (AWS does not keep it meaningful). */
function network(value) {
    if (!value)
        return { networkMode: 'PUBLIC' };
    const config = value.networkModeConfig;
    return {
        networkMode: value.networkMode,
        ...(config ? { networkModeConfig: { subnets: sortedStrings(config.subnets), securityGroups: sortedStrings(config.securityGroups) } } : {}),
    };
}
/** The JWT authorizer with empty lists dropped and lists sorted; anything else AWS holds stays, so it shows as a change. */
function authorizer(value) {
    const jwt = value?.customJWTAuthorizer;
    if (!jwt)
        return value?.$unknown ? { unknown: value.$unknown[0] } : undefined;
    return Object.fromEntries(Object.entries(jwt)
        .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
        .map(([k, v]) => [k, Array.isArray(v) && v.every((item) => typeof item === 'string') ? [...v].sort() : v]));
}
function same(a, b) {
    return (0,_config_index_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(a) === (0,_config_index_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(b);
}
function variableChanges(desired, deployed) {
    const wanted = desired.settings.environmentVariables;
    const label = (name) => (desired.secretNames.includes(name) ? `secret ${name}` : name);
    const added = Object.keys(wanted).filter((name) => !(name in deployed));
    const removed = Object.keys(deployed).filter((name) => !(name in wanted));
    const changed = Object.keys(wanted).filter((name) => name in deployed && deployed[name] !== wanted[name]);
    const parts = [
        ...added.sort().map((name) => `${label(name)} added`),
        ...removed.sort().map((name) => `${name} removed`),
        ...changed.sort().map((name) => `${label(name)} changed${desired.secretNames.includes(name) ? ' (value hidden)' : ''}`),
    ];
    return parts.length ? [`environment variables: ${parts.join(', ')}`] : [];
}
/** Differences from the deployed version; empty when it runs exactly the desired request. */
function describeChanges(desired, deployed) {
    const want = desired.settings;
    const changes = [];
    const deployedImage = deployed.agentRuntimeArtifact?.containerConfiguration?.containerUri;
    if (deployedImage !== want.agentRuntimeArtifact.containerConfiguration.containerUri) {
        changes.push(`image: ${deployedImage ?? 'none'} → ${want.agentRuntimeArtifact.containerConfiguration.containerUri}`);
    }
    if (deployed.roleArn !== want.roleArn)
        changes.push(`role: ${deployed.roleArn ?? 'none'} → ${want.roleArn}`);
    if (!same(network(deployed.networkConfiguration), network(want.networkConfiguration))) {
        changes.push(`network: ${(0,_config_index_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(network(deployed.networkConfiguration))} → ${(0,_config_index_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(network(want.networkConfiguration))}`);
    }
    const protocol = deployed.protocolConfiguration?.serverProtocol ?? 'HTTP';
    if (protocol !== want.protocolConfiguration.serverProtocol)
        changes.push(`protocol: ${protocol} → ${want.protocolConfiguration.serverProtocol}`);
    const lifecycle = deployed.lifecycleConfiguration;
    const wantLifecycle = want.lifecycleConfiguration;
    if (lifecycle?.idleRuntimeSessionTimeout !== wantLifecycle.idleRuntimeSessionTimeout || lifecycle?.maxLifetime !== wantLifecycle.maxLifetime) {
        changes.push(`lifecycle: idle ${lifecycle?.idleRuntimeSessionTimeout ?? '?'}s / max ${lifecycle?.maxLifetime ?? '?'}s → ` +
            `idle ${wantLifecycle.idleRuntimeSessionTimeout}s / max ${wantLifecycle.maxLifetime}s`);
    }
    changes.push(...variableChanges(desired, deployed.environmentVariables ?? {}));
    const deployedAuthorizer = authorizer(deployed.authorizerConfiguration);
    const wantAuthorizer = authorizer(want.authorizerConfiguration);
    if (!same(deployedAuthorizer, wantAuthorizer)) {
        changes.push(`authorizer: ${deployedAuthorizer ? (0,_config_index_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(deployedAuthorizer) : 'IAM (none)'} → ${wantAuthorizer ? (0,_config_index_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(wantAuthorizer) : 'IAM (none)'}`);
    }
    const was = splitDescription(deployed.description);
    const now = splitDescription(desired.description);
    if (was.text !== now.text)
        changes.push(`description: "${was.text}" → "${now.text}"`);
    // Only the hash sees a secret moved to another reference with the same value.
    if (changes.length === 0 && was.hash && was.hash !== now.hash)
        changes.push(`config hash: ${was.hash} → ${now.hash} (secret references changed)`);
    return changes;
}


/***/ }),

/***/ 1317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ runtimeRoleArn),
/* harmony export */   RO: () => (/* binding */ buildDesiredRuntime),
/* harmony export */   jO: () => (/* binding */ cognitoAuthorizer)
/* harmony export */ });
/* unused harmony exports configHashOf, versionDescription */
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4544);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4988);
/**
 * The Create/UpdateAgentRuntime request a runtime's resolved config asks for. An update replaces
 * the whole configuration (agentcore-api.md §4.3), so every field is always sent.
 *
 * Two views of one request: `settings` carries secret values (for the AWS call only), while the
 * config hash is computed over the same settings with each secret replaced by its `ssm:`
 * reference and without the image, so it identifies the configuration and never a secret.
 */



const MAX_DESCRIPTION = 1200;
/** runtime.iam_role when it is an ARN, else the role templates/agent-runtime-role.yaml creates in this account. */
function runtimeRoleArn(environment, runtime, account) {
    return (0,_config_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isRoleArn */ .GW)(runtime.iam_role) ? runtime.iam_role : (0,_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .roleArn */ .w3)(account, (0,_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .runtimeRoleName */ .oz)(environment.name, runtime.iam_role));
}
/** The Cognito authorizer AgentCore validates tokens with (agentcore-api.md §6). */
function cognitoAuthorizer(region, userPoolId, appClientId) {
    return {
        discoveryUrl: `https://cognito-idp.${region}.amazonaws.com/${userPoolId}/.well-known/openid-configuration`,
        allowedClients: [appClientId],
    };
}
function settingsFor(input, variables) {
    const { runtime } = input;
    return {
        agentRuntimeArtifact: { containerConfiguration: { containerUri: input.imageUri } },
        roleArn: input.roleArn,
        networkConfiguration: runtime.network_mode === 'VPC' && runtime.vpc
            ? { networkMode: 'VPC', networkModeConfig: { subnets: runtime.vpc.subnets, securityGroups: runtime.vpc.security_groups } }
            : { networkMode: 'PUBLIC' },
        protocolConfiguration: { serverProtocol: runtime.protocol },
        lifecycleConfiguration: {
            idleRuntimeSessionTimeout: runtime.lifecycle.idle_timeout_seconds,
            maxLifetime: runtime.lifecycle.max_lifetime_seconds,
        },
        // A secret overrides a plain variable of the same name (e.g. one layered in from the environment).
        environmentVariables: { ...runtime.environment_variables, ...variables },
        ...(input.authorizer ? { authorizerConfiguration: { customJWTAuthorizer: input.authorizer } } : {}),
    };
}
/** sha256 of the configuration a runtime asks for, with secret references; the image is not part of it. */
function configHashOf(settings, description) {
    const { agentRuntimeArtifact: _image, ...configuration } = settings;
    return (0,_config_index_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)((0,_config_index_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)({ ...configuration, description: description ?? '' }));
}
/** `<description> (commit abc1234 config 0123456789ab)`, within AWS's 1200 characters. */
function versionDescription(userDescription, commit, configHash) {
    const marker = `${commit ? `commit ${commit.slice(0, 7)} ` : ''}config ${configHash.slice(0, 12)}`;
    if (!userDescription)
        return marker;
    const room = MAX_DESCRIPTION - marker.length - 3;
    const text = userDescription.length > room ? `${userDescription.slice(0, room - 1)}…` : userDescription;
    return `${text} (${marker})`;
}
function buildDesiredRuntime(input) {
    const { runtime } = input;
    const secretNames = Object.keys(runtime.secrets).sort();
    const configHash = configHashOf(settingsFor(input, runtime.secrets), runtime.description);
    return {
        name: runtime.aws_name,
        settings: settingsFor(input, input.secretValues),
        description: versionDescription(runtime.description, input.commit, configHash),
        configHash,
        secretNames,
    };
}


/***/ }),

/***/ 8198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ resolveSecrets)
/* harmony export */ });
/* unused harmony export SSM_REFERENCE_PREFIX */
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4736);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * Secret references of a runtime (`secrets: {"API_KEY": "ssm:/team/api-key"}`) resolved to their
 * values for the one place a value may go: the runtime's environment variables in the AWS request.
 * Each value is masked (logger.secret) as soon as SSM returns it, before anything else sees it.
 * Ledger, outputs, summaries and the config hash use the references, never the values.
 */


const SSM_REFERENCE_PREFIX = 'ssm:';
/** Reads every referenced SecureString with decryption; returns variable name → value. */
async function resolveSecrets(ssm, references, logger, context) {
    const values = {};
    for (const [variable, reference] of Object.entries(references)) {
        const where = `${context.configPath}.secrets.${variable}`;
        if (!reference.startsWith(SSM_REFERENCE_PREFIX)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: expected an SSM reference such as "ssm:/team/api-key", got "${reference}".`);
        }
        const name = reference.slice(SSM_REFERENCE_PREFIX.length);
        let parameter;
        try {
            parameter = (await ssm.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_1__.GetParameterCommand({ Name: name, WithDecryption: true }))).Parameter;
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAwsErrorNamed */ .X1)(error, 'ParameterNotFound')) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: the SSM parameter ${name} does not exist in ${context.region}. ` +
                    `Create it as a SecureString in the environment's account and region (aws ssm put-parameter --type SecureString --name ${name} …).`);
            }
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .explain */ .WE)(`${where}: reading the SSM parameter ${name} (GetParameter with decryption)`, error, 'The deploy role needs ssm:GetParameter on it and kms:Decrypt on its key.');
        }
        const value = parameter?.Value ?? '';
        logger.secret(value);
        if (parameter?.Type !== 'SecureString') {
            logger.warning(`${where}: ${name} is a ${parameter?.Type ?? 'parameter of unknown type'}, not a SecureString; store secrets encrypted.`);
        }
        values[variable] = value;
    }
    return values;
}


/***/ })

};
