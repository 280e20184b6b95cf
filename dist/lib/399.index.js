export const id = 399;
export const ids = [399,845];
export const modules = {

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

/***/ 399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  concludeDriftCheck: () => (/* binding */ concludeDriftCheck),
  driftCheck: () => (/* binding */ driftCheck)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-bedrock-agentcore-control/dist-cjs/index.js
var dist_cjs = __webpack_require__(7508);
// EXTERNAL MODULE: ./src/core/config/index.ts + 2 modules
var config = __webpack_require__(4544);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/ledger.ts + 1 modules
var core_ledger = __webpack_require__(6030);
// EXTERNAL MODULE: ./src/core/runtime/authorizer.ts
var runtime_authorizer = __webpack_require__(4221);
// EXTERNAL MODULE: ./src/core/runtime/request.ts
var request = __webpack_require__(1317);
// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __webpack_require__(8198);
// EXTERNAL MODULE: ./src/core/ssm/paths.ts
var paths = __webpack_require__(2513);
// EXTERNAL MODULE: ./src/core/sync/parameters.ts
var parameters = __webpack_require__(991);
// EXTERNAL MODULE: ./src/core/sync/sync.ts
var sync = __webpack_require__(2988);
;// CONCATENATED MODULE: ./src/core/drift/compare.ts
/**
 * The pure comparisons of drift-check: two JSON documents leaf by leaf, and the repo's
 * config with its copy in SSM. The AWS-reading side is in check.ts.
 */



function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A dot path; keys that are not plain identifiers go in brackets, as config errors show them. */
function joinPath(base, key) {
    const part = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : `[${JSON.stringify(key)}]`;
    return !base ? part : part.startsWith('[') ? `${base}${part}` : `${base}.${part}`;
}
/** Leaf differences between two JSON documents; objects are walked, arrays and scalars compared whole. */
function diffJson(left, right, base = '') {
    if (isObject(left) && isObject(right)) {
        const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort();
        return keys.flatMap((key) => diffJson(left[key], right[key], joinPath(base, key)));
    }
    if (left === undefined && right === undefined)
        return [];
    if (left !== undefined && right !== undefined && (0,config/* canonicalJson */.dj)(left) === (0,config/* canonicalJson */.dj)(right))
        return [];
    return [{ path: base, left: left, right: right }];
}
const SYNC_PUSH = 'Run sync-config (mode: push) to update the SSM copy, or revert the change in the repo if SSM holds what you meant.';
/**
 * Repo config vs its copy in SSM: a finding per differing setting, per copy missing from SSM
 * and per copy the config no longer produces. Secret references are not secrets: shown as they are.
 */
function compareSsmCopies(environment, stored) {
    const findings = [];
    const desired = (0,parameters/* desiredParameters */.bN)(environment);
    for (const parameter of desired) {
        const base = { kind: 'ssm-copy', environment: environment.name, ...(parameter.runtime ? { runtime: parameter.runtime } : {}) };
        const current = stored.get(parameter.name);
        if (!current) {
            findings.push({ ...base, path: parameter.name, repo: 'present', ssm: null, action: SYNC_PUSH });
            continue;
        }
        if (current.value === parameter.value)
            continue;
        const copy = (0,parameters/* parseCopy */.pM)(current.value);
        if (!copy) {
            findings.push({ ...base, path: parameter.name, repo: 'present', ssm: 'not a config copy', action: SYNC_PUSH });
            continue;
        }
        const wanted = (0,parameters/* parseCopy */.pM)(parameter.value);
        for (const difference of diffJson(wanted.config, copy.config)) {
            findings.push({
                ...base,
                path: difference.path || parameter.name,
                repo: difference.left === undefined ? null : difference.left,
                ssm: difference.right === undefined ? null : difference.right,
                action: SYNC_PUSH,
            });
        }
    }
    const produced = new Set(desired.map((p) => p.name));
    const runtimesRoot = (0,paths/* runtimeConfigPath */.s2)((0,parameters/* syncPrefix */.ub)(environment), environment.name, '');
    for (const name of [...stored.keys()].filter((n) => !produced.has(n)).sort()) {
        findings.push({
            kind: 'ssm-copy',
            environment: environment.name,
            ...(name.startsWith(runtimesRoot) ? { runtime: name.slice(runtimesRoot.length) } : {}),
            path: name,
            repo: null,
            ssm: 'present',
            action: 'Run sync-config with prune: true to delete this stale copy.',
        });
    }
    return findings;
}

// EXTERNAL MODULE: ./src/core/runtime/compare.ts
var compare = __webpack_require__(8931);
// EXTERNAL MODULE: ./src/core/drift/report.ts
var report = __webpack_require__(8669);
;// CONCATENATED MODULE: ./src/core/drift/deployed.ts



/**
 * Compared members, by the label deploy-version's describeChanges() gives a changed one and
 * the name a reader of the config knows it by.
 */
const MEMBERS = [
    ['environment variables', 'environmentVariables', 'environment_variables'],
    ['role', 'roleArn', 'role'],
    ['network', 'networkConfiguration', 'network'],
    ['protocol', 'protocolConfiguration', 'protocol'],
    ['lifecycle', 'lifecycleConfiguration', 'lifecycle'],
    ['authorizer', 'authorizerConfiguration', 'authorizer'],
];
const ACTION = 'Run deploy-version to make AgentCore run the repo config, or put the change made in AWS into the repo.';
/**
 * `desired` is deploy-version's own request for the runtime (src/core/runtime/request.ts) and
 * whether a member differs is decided by deploy-version's own comparison (describeChanges, which
 * ignores list order and empty lists), so drift here means exactly "deploy-version would make a
 * new version". The findings then name each differing leaf with both values.
 */
function compareDeployed(base, desired, actual) {
    const changed = new Set((0,compare/* describeChanges */.D)(desired, actual).map((line) => line.slice(0, line.indexOf(':'))));
    const secrets = new Set(desired.secretNames);
    const findings = [];
    for (const [label, member, name] of MEMBERS) {
        if (!changed.has(label))
            continue;
        // An empty map and no map are the same to AgentCore.
        const empty = member === 'environmentVariables' ? {} : undefined;
        for (const difference of diffJson(desired.settings[member] ?? empty, actual[member] ?? empty, name)) {
            const finding = {
                ...base,
                kind: 'deployed-config',
                path: difference.path,
                repo: difference.left ?? null,
                aws: difference.right ?? null,
                action: ACTION,
            };
            // Config env var names are plain identifiers, so the key is what follows "environment_variables.".
            const secret = member === 'environmentVariables' && secrets.has(difference.path.slice(name.length + 1));
            findings.push(secret ? (0,report/* hideSecret */.DL)(finding) : finding);
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/core/drift/pool.ts
/**
 * Runs async work over items with at most `limit` in flight, keeping the results in item
 * order: drift-check reads many runtimes at once without flooding the AWS APIs.
 */
async function mapConcurrent(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/core/drift/check.ts
/**
 * drift-check's engine for one environment: reads SSM and AgentCore (concurrently, at most
 * `concurrency` runtimes at a time) and compares them with the resolved repo config.
 *
 *   const report = await checkEnvironment({ environment, account, logger, clients });
 *
 * Legs: repo vs SSM copy (skipped when cloud_config_enabled is false), repo vs the newest
 * deployed version, endpoints vs the ledger's last promotion, unmanaged runtimes, and
 * ledger versions AgentCore no longer has.
 */













const DEFAULT_CONCURRENCY = 8;
const DEFAULT_ENDPOINT = 'DEFAULT';
/** One environment's findings. */
async function checkEnvironment(request) {
    const { environment, logger } = request;
    const { agentcore, ssm } = request.clients;
    const cloudformationClient = () => request.clients.cloudformation;
    const prefix = (0,parameters/* syncPrefix */.ub)(environment);
    const notes = [];
    const findings = [];
    if (environment.global_resources.sync_config.cloud_config_enabled) {
        findings.push(...compareSsmCopies(environment, await (0,sync/* readConfigCopies */.qN)(ssm, prefix, environment.name)));
    }
    else {
        notes.push('cloud_config_enabled is false: no config copy is kept in SSM, so repo vs SSM was not compared.');
    }
    const deployed = await listRuntimes(agentcore, environment);
    const runtimes = Object.values(environment.agent_runtimes).sort((a, b) => a.key.localeCompare(b.key));
    const perRuntime = await mapConcurrent(runtimes, request.concurrency ?? DEFAULT_CONCURRENCY, async (runtime) => {
        const summary = deployed.get(runtime.aws_name);
        if (!summary) {
            return [
                {
                    kind: 'not-deployed',
                    environment: environment.name,
                    runtime: runtime.key,
                    path: 'aws_name',
                    repo: runtime.aws_name,
                    aws: null,
                    action: `Run deploy-version for runtime "${runtime.key}" in "${environment.name}": AgentCore has no runtime named ${runtime.aws_name}.`,
                },
            ];
        }
        return checkRuntime({ ...request, agentcore, ssm, cloudformation: cloudformationClient, prefix, runtime, runtimeId: summary.agentRuntimeId });
    });
    findings.push(...perRuntime.flat());
    findings.push(...unmanaged(environment, deployed));
    logger.info(`${environment.name}: ${runtimes.length} runtime(s) compared, ${findings.length} finding(s).`);
    return {
        name: environment.name,
        region: environment.region,
        account: request.account,
        status: 'checked',
        runtimes: runtimes.map((r) => r.key),
        notes,
        findings,
    };
}
/** Every runtime in the environment's region, by AWS name. */
async function listRuntimes(agentcore, environment) {
    const byName = new Map();
    try {
        for await (const page of (0,dist_cjs.paginateListAgentRuntimes)({ client: agentcore }, { maxResults: 100 })) {
            for (const runtime of page.agentRuntimes ?? [])
                if (runtime.agentRuntimeName)
                    byName.set(runtime.agentRuntimeName, runtime);
        }
    }
    catch (error) {
        throw (0,errors/* explain */.WE)(`Listing the agent runtimes of "${environment.name}" in ${environment.region} (AgentCore ListAgentRuntimes)`, error);
    }
    return byName;
}
/** Runtimes named like ours for this environment (`<key>_<env>`) that the config does not declare. */
function unmanaged(environment, deployed) {
    const suffix = (0,config/* defaultRuntimeName */.Hf)('', environment.name);
    const managed = new Set(Object.values(environment.agent_runtimes).map((r) => r.aws_name));
    return [...deployed.keys()]
        .filter((name) => name.endsWith(suffix) && !managed.has(name))
        .sort()
        .map((name) => ({
        kind: 'unmanaged-runtime',
        environment: environment.name,
        runtime: name,
        path: `environments.${environment.name}.agent_runtimes`,
        repo: null,
        aws: deployed.get(name).agentRuntimeArn ?? name,
        action: `Declare it under environments.${environment.name}.agent_runtimes, or delete it (its endpoints first) if it is left over.`,
    }));
}
async function checkRuntime(check) {
    const { agentcore, environment, runtime, runtimeId } = check;
    const where = `runtime "${runtime.key}" (${runtimeId}) in "${environment.name}"`;
    const [newest, endpoints, versions, ledger] = await Promise.all([
        agentcore.send(new dist_cjs.GetAgentRuntimeCommand({ agentRuntimeId: runtimeId })).catch((error) => {
            throw (0,errors/* explain */.WE)(`Reading ${where} (AgentCore GetAgentRuntime)`, error);
        }),
        collect((0,dist_cjs.paginateListAgentRuntimeEndpoints)({ client: agentcore }, { agentRuntimeId: runtimeId, maxResults: 100 }), (p) => p.runtimeEndpoints).catch((error) => {
            throw (0,errors/* explain */.WE)(`Listing the endpoints of ${where} (AgentCore ListAgentRuntimeEndpoints)`, error);
        }),
        collect((0,dist_cjs.paginateListAgentRuntimeVersions)({ client: agentcore }, { agentRuntimeId: runtimeId, maxResults: 100 }), (p) => p.agentRuntimes).catch((error) => {
            throw (0,errors/* explain */.WE)(`Listing the versions of ${where} (AgentCore ListAgentRuntimeVersions)`, error);
        }),
        (0,core_ledger/* readLedger */.SC)(check.ssm, (0,paths/* ledgerPath */.tf)(check.prefix, environment.name, runtime.key)),
    ]);
    const base = { environment: environment.name, runtime: runtime.key };
    // The config names no image: the deployed one is used, and judged against the ledger instead.
    const image = newest.agentRuntimeArtifact?.containerConfiguration?.containerUri ?? '';
    const desired = await desiredRuntime(check, image);
    return [
        ...compareDeployed(base, desired, newest),
        ...compareImage(base, newest, ledger),
        ...compareEndpoints(base, endpoints, ledger),
        ...missingVersions(base, new Set(versions.map((v) => v.agentRuntimeVersion ?? '')), ledger),
    ];
}
/** deploy-version's request for the runtime, built the same way: role, secrets (resolved and masked), Cognito authorizer. */
async function desiredRuntime(check, imageUri) {
    const { environment, runtime } = check;
    const authorizer = await (0,runtime_authorizer/* resolveAuthorizer */.Q)(environment, runtime, check.cloudformation);
    return (0,request/* buildDesiredRuntime */.RO)({
        runtime,
        imageUri,
        roleArn: (0,request/* runtimeRoleArn */.C$)(environment, runtime, check.account),
        ...(authorizer ? { authorizer } : {}),
        secretValues: await (0,secrets/* resolveSecrets */.M)(check.ssm, runtime.secrets, check.logger, { configPath: runtime.config_path, region: environment.region }),
        commit: '',
    });
}
async function collect(pages, items) {
    const all = [];
    for await (const page of pages)
        all.push(...(items(page) ?? []));
    return all;
}
/** The newest version's image against the image the pipeline last deployed (the ledger's newest version entry). */
function compareImage(base, newest, ledger) {
    const image = newest.agentRuntimeArtifact?.containerConfiguration?.containerUri;
    const recorded = ledger?.entries.findLast((e) => e.type === 'version');
    if (!recorded || !image || recorded.imageUri === image)
        return [];
    const sameVersion = (0,core_ledger/* latestVersionEntry */.yD)(ledger, newest.agentRuntimeVersion ?? '');
    return [
        {
            ...base,
            kind: 'deployed-config',
            path: 'image',
            ssm: recorded.imageUri,
            aws: image,
            action: sameVersion
                ? 'The ledger recorded another image for this version: check who changed it.'
                : `Version ${newest.agentRuntimeVersion} was not made by the pipeline: deploy the intended image with deploy-version.`,
        },
    ];
}
/** Each endpoint the ledger has moved: its live and target version against the last successful promotion or rollback. */
function compareEndpoints(base, endpoints, ledger) {
    if (!ledger)
        return [];
    const names = [...new Set(ledger.entries.flatMap((e) => (e.type === 'endpoint' && e.endpoint !== DEFAULT_ENDPOINT ? [e.endpoint] : [])))].sort();
    const findings = [];
    const action = 'Someone moved this endpoint outside the pipeline: promote the intended version with promote-endpoint, or return to the recorded one with rollback.';
    for (const name of names) {
        const expected = (0,core_ledger/* lastSuccessfulPromotion */.kF)(ledger, name)?.to;
        if (!expected)
            continue;
        const endpoint = endpoints.find((e) => e.name === name);
        if (!endpoint) {
            findings.push({ ...base, kind: 'endpoint-moved', path: `endpoints.${name}`, ssm: expected, aws: null, action: 'The endpoint was deleted outside the pipeline: promote-endpoint creates it again.' });
            continue;
        }
        // While an endpoint is UPDATING, live still serves the old version: only the target says where it is going.
        if (endpoint.status !== 'UPDATING' && endpoint.liveVersion !== expected) {
            findings.push({ ...base, kind: 'endpoint-moved', path: `endpoints.${name}.live_version`, ssm: expected, aws: endpoint.liveVersion ?? null, action });
        }
        if (endpoint.targetVersion !== undefined && endpoint.targetVersion !== expected && endpoint.targetVersion !== endpoint.liveVersion) {
            findings.push({ ...base, kind: 'endpoint-moved', path: `endpoints.${name}.target_version`, ssm: expected, aws: endpoint.targetVersion, action });
        }
    }
    return findings;
}
/** Versions the ledger records as deployed that AgentCore no longer has. */
function missingVersions(base, existing, ledger) {
    const recorded = [...new Set(ledger?.entries.flatMap((e) => (e.type === 'version' ? [e.version] : [])) ?? [])];
    return recorded
        .filter((version) => !existing.has(version))
        .sort((a, b) => Number(a) - Number(b))
        .map((version) => {
        const entry = (0,core_ledger/* latestVersionEntry */.yD)(ledger, version);
        return {
            ...base,
            kind: 'missing-version',
            path: `versions.${version}`,
            ssm: { version, image: entry.imageUri, deployed: entry.time },
            aws: null,
            action: `Version ${version} was deleted (or expired after 45 days inactive): rollback cannot return to it. Nothing to do unless it was meant to be kept.`,
        };
    });
}

// EXTERNAL MODULE: ./src/core/sync/environments.ts
var sync_environments = __webpack_require__(5393);
;// CONCATENATED MODULE: ./src/core/ops/drift-check.ts




async function driftCheck(request) {
    const { config, clientsFor, logger } = request;
    const stsFor = async (region) => (await clientsFor({ region }, ['sts'])).sts;
    const access = await (0,sync_environments/* checkEnvironments */.p)((0,sync_environments/* selectEnvironments */.f)(config, request.environments), stsFor, logger);
    const environments = [];
    for (const entry of access) {
        const { environment } = entry;
        if ('skipped' in entry) {
            environments.push({ name: environment.name, region: environment.region, status: 'skipped', reason: entry.skipped, runtimes: [], notes: [], findings: [] });
            continue;
        }
        const account = entry.identity.account;
        const report = await logger.group(`Checking ${environment.name} (${environment.region}, account ${account})`, async () => {
            try {
                const clients = await clientsFor({ region: environment.region }, ['agentcore', 'ssm', 'cloudformation']);
                return await checkEnvironment({ environment, account, logger, clients, ...(request.concurrency ? { concurrency: request.concurrency } : {}) });
            }
            catch (error) {
                logger.error(`Environment "${environment.name}" could not be checked: ${(0,errors/* describeError */.Uc)(error)}`);
                return { name: environment.name, region: environment.region, account, status: 'error', reason: (0,errors/* describeError */.Uc)(error), runtimes: [], notes: [], findings: [] };
            }
        });
        for (const finding of report.findings) {
            logger.info(`${[finding.environment, finding.runtime, finding.kind, finding.path].filter(Boolean).join(' ')}: ${finding.action}`);
        }
        environments.push(report);
    }
    return (0,report/* buildReport */.FK)(config.file, environments, { generatedAt: new Date(request.clock.now()).toISOString(), commit: request.run.commit, runUrl: request.run.runUrl });
}
/** How the step ends: environments that could not be checked fail it, and so does drift with fail-on-drift. */
function concludeDriftCheck(report, options, logger) {
    const failed = report.environments.filter((env) => env.status === 'error');
    if (failed.length) {
        throw new errors/* UserError */.yo(`Drift check failed for ${failed.map((env) => `"${env.name}" (${env.reason})`).join(', ')}. The report lists what was checked.`);
    }
    if (report.drifted && options.failOnDrift) {
        throw new errors/* UserError */.yo(`Drift found: ${report.drift_count} finding(s) in ${report.config_file} (fail-on-drift is true). See the job summary or ${options.reportFile}.`);
    }
    if (!report.drifted)
        logger.notice(`No drift: the repo, SSM and AgentCore agree (${report.config_file}).`);
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


/***/ })

};
