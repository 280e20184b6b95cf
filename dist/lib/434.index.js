export const id = 434;
export const ids = [434,845,533];
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

/***/ 8533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findTemplatesDir: () => (/* binding */ findTemplatesDir),
/* harmony export */   readTemplate: () => (/* binding */ readTemplate)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** A file every copy of templates/ has, so an unrelated "templates" folder is never taken for ours. */
const MARKER = 'agent-runtime-role.yaml';
/**
 * The action's own templates/ directory: the nearest one above `fromDir`. The bundle runs from
 * dist/lib (two levels below the repository root) and the sources from src/actions, so the
 * directory is found by walking up rather than by a fixed relative path.
 */
function findTemplatesDir(fromDir) {
    for (let dir = fromDir;; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'templates');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(candidate, MARKER)))
            return candidate;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) === dir) {
            throw new Error(`No templates/ directory with ${MARKER} above ${fromDir}: the action was packaged without its CloudFormation templates.`);
        }
    }
}
function readTemplate(templatesDir, file) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(templatesDir, file), 'utf8');
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

/***/ 434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  derivedOutputs: () => (/* binding */ derivedOutputs),
  setupEnv: () => (/* binding */ setupEnv)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cognito-identity-provider/dist-cjs/index.js
var dist_cjs = __webpack_require__(7705);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var client_iam_dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./src/core/config/index.ts + 2 modules
var config = __webpack_require__(4544);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/identity.ts
var core_identity = __webpack_require__(4845);
// EXTERNAL MODULE: ./src/core/naming.ts
var naming = __webpack_require__(4988);
// EXTERNAL MODULE: ./src/core/runtime/request.ts
var runtime_request = __webpack_require__(1317);
;// CONCATENATED MODULE: ./src/core/infra/plan.ts
/**
 * Which CloudFormation stacks an environment needs, with which parameters: one stack per
 * concern, named agentcore-<env>-<concern> (templates/README.md). Pure: no AWS call.
 *
 *   ecr-<repository>  templates/ecr-repository.yaml, per repository the environment's runtimes use
 *   role-<role key>   templates/agent-runtime-role.yaml, per role key used (not for role ARNs)
 *   cognito           templates/cognito.yaml, when cognito is { "managed": true }
 *
 * Values the stacks would own but the config gives by hand (a role ARN, an existing user pool)
 * are listed to be checked instead.
 */



const REPOSITORY_ARN_OUTPUT = 'RepositoryArn';
function ecrStackName(environment, repository) {
    return (0,naming/* stackName */.Qx)(environment, `ecr-${repository}`);
}
function roleStackName(environment, roleKey) {
    return (0,naming/* stackName */.Qx)(environment, `role-${roleKey}`);
}
function cognitoStackName(environment) {
    return (0,naming/* stackName */.Qx)(environment, 'cognito');
}
/**
 * The hosted-domain prefix of a managed pool: unique in the region across all of AWS, so the
 * account is part of it; lowercase letters, digits and hyphens, at most 63 characters.
 */
function cognitoDomainPrefix(environment, account) {
    const prefix = `agentcore-${environment}-${account}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
    return prefix.slice(0, 63).replace(/-+$/, '');
}
function planInfrastructure(environment, account) {
    const runtimes = Object.values(environment.agent_runtimes);
    const repositories = [...new Set(runtimes.map((runtime) => runtime.ecr_repository))].sort();
    const stacks = repositories.map((repository) => {
        // The config model guarantees every repository a runtime names is declared.
        const declared = environment.global_resources.ecr_repositories[repository];
        return {
            concern: 'ecr',
            key: repository,
            stackName: ecrStackName(environment.name, repository),
            template: 'ecr-repository.yaml',
            parameters: {
                RepositoryName: repository,
                KeepImages: String(declared.keep_images),
                PullAccountIds: [...new Set(declared.cross_account_pull)].sort().join(','),
            },
        };
    });
    const givenRoles = new Map();
    const roleUsers = new Map();
    for (const runtime of runtimes) {
        if ((0,config/* isRoleArn */.GW)(runtime.iam_role))
            givenRoles.set(runtime.iam_role, [...(givenRoles.get(runtime.iam_role) ?? []), `${runtime.config_path}.iam_role`]);
        else
            roleUsers.set(runtime.iam_role, [...(roleUsers.get(runtime.iam_role) ?? []), runtime]);
    }
    for (const roleKey of [...roleUsers.keys()].sort()) {
        const users = roleUsers.get(roleKey);
        const repositoriesUsed = [...new Set(users.map((runtime) => runtime.ecr_repository))];
        if (repositoriesUsed.length > 1) {
            throw new errors/* UserError */.yo(`Role "${roleKey}" is used by runtimes of environment "${environment.name}" with different repositories ` +
                `(${users.map((runtime) => `${runtime.key}: ${runtime.ecr_repository}`).join(', ')}), but templates/agent-runtime-role.yaml lets a role pull from one repository only. ` +
                'Give those runtimes separate roles in global_resources.iam_roles.');
        }
        const modelArns = [...new Set(users.flatMap((runtime) => runtime.model_arns))].sort();
        stacks.push({
            concern: 'role',
            key: roleKey,
            stackName: roleStackName(environment.name, roleKey),
            template: 'agent-runtime-role.yaml',
            parameters: {
                RoleName: (0,naming/* runtimeRoleName */.oz)(environment.name, roleKey),
                RepositoryArn: { stack: ecrStackName(environment.name, repositoriesUsed[0]), output: REPOSITORY_ARN_OUTPUT },
                ModelArns: modelArns.join(','),
            },
        });
    }
    const cognito = environment.cognito;
    if (cognito && 'managed' in cognito) {
        stacks.push({
            concern: 'cognito',
            key: 'cognito',
            stackName: cognitoStackName(environment.name),
            template: 'cognito.yaml',
            parameters: { PoolName: `agentcore-${environment.name}`, DomainPrefix: cognitoDomainPrefix(environment.name, account) },
        });
    }
    return {
        stacks,
        givenRoles: [...givenRoles].map(([roleArn, paths]) => ({ roleArn, paths })),
        ...(cognito && 'user_pool_id' in cognito ? { givenCognito: { userPoolId: cognito.user_pool_id, appClientId: cognito.app_client_id } } : {}),
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var client_cloudformation_dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/wait.ts
var wait = __webpack_require__(3210);
;// CONCATENATED MODULE: ./src/core/infra/events.ts


/** Pages read per poll at most when looking for the last event already shown (100 events a page). */
const MAX_PAGES = 10;
/** One event as a log line: "Role (AWS::IAM::Role) UPDATE_FAILED: reason". */
function formatEvent(event) {
    const reason = event.ResourceStatusReason ? `: ${event.ResourceStatusReason}` : '';
    return `${event.LogicalResourceId ?? '?'} (${event.ResourceType ?? '?'}) ${event.ResourceStatus ?? '?'}${reason}`;
}
/**
 * The events of one stack operation, as they appear. DescribeStackEvents lists newest first, so
 * each poll reads until the newest event seen before and hands back the rest oldest first.
 */
class StackEventStream {
    cloudformation;
    stackName;
    clock;
    logger;
    /** Every event of this operation seen so far, oldest first. */
    events = [];
    lastId;
    startedAt;
    constructor(cloudformation, 
    /** By name: an id (ARN) can be longer than the 128 characters StackName allows. */
    stackName, clock, logger) {
        this.cloudformation = cloudformation;
        this.stackName = stackName;
        this.clock = clock;
        this.logger = logger;
        this.startedAt = clock.now();
    }
    /** Remembers the newest event now, so only later ones count as this operation's. */
    async mark() {
        const page = await this.cloudformation.send(new client_cloudformation_dist_cjs.DescribeStackEventsCommand({ StackName: this.stackName }));
        this.lastId = page.StackEvents?.[0]?.EventId;
    }
    /** Reads the events since the last call and logs each with the time elapsed since the stream began. */
    async poll() {
        const fresh = [];
        let token;
        let found = this.lastId === undefined;
        for (let pages = 0; pages < MAX_PAGES; pages++) {
            const page = await this.cloudformation.send(new client_cloudformation_dist_cjs.DescribeStackEventsCommand({ StackName: this.stackName, NextToken: token }));
            for (const event of page.StackEvents ?? []) {
                if (event.EventId === this.lastId) {
                    found = true;
                    break;
                }
                fresh.push(event);
            }
            token = page.NextToken;
            // Without a mark, the first page is the operation's beginning as far as we can tell.
            if (found || !token || this.lastId === undefined)
                break;
        }
        if (fresh[0]?.EventId)
            this.lastId = fresh[0].EventId;
        fresh.reverse();
        const elapsed = (0,wait/* formatElapsed */.C7)(this.clock.now() - this.startedAt);
        for (const event of fresh)
            this.logger.info(`  [${elapsed}] ${formatEvent(event)}`);
        this.events.push(...fresh);
        return fresh;
    }
    /** The first resource failure of the operation: the cause, not the cancellations it led to. */
    firstFailure(stackName) {
        return this.events.find((event) => /_FAILED$/.test(event.ResourceStatus ?? '') &&
            event.LogicalResourceId !== stackName &&
            !/cancelled/i.test(event.ResourceStatusReason ?? ''));
    }
}

;// CONCATENATED MODULE: ./src/core/infra/stack.ts
/**
 * Create-or-update of one stack through a change set, so the resource changes are known (and
 * shown) before anything changes:
 *
 *   DescribeStacks → (ROLLBACK_COMPLETE: delete when allowed) → (existing stack: GetTemplate;
 *   same template and parameters: done, no change set) → CreateChangeSet CREATE|UPDATE
 *   → wait CREATE_COMPLETE → "didn't contain changes": delete it, done → ExecuteChangeSet
 *   → wait for the stack, printing each new event → outputs.
 *
 * A failure names the resource, its type and CloudFormation's reason; CloudFormation has rolled
 * the stack back by then, so its previous state stays.
 */





/** Statuses a change set can be made from with type UPDATE. */
const UPDATABLE = new Set(['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'UPDATE_ROLLBACK_COMPLETE', 'IMPORT_COMPLETE', 'IMPORT_ROLLBACK_COMPLETE']);
const NO_CHANGES = /didn't contain changes|No updates are to be performed/;
const CAPABILITIES = ['CAPABILITY_NAMED_IAM'];
async function deployStack(request) {
    const { stackName, logger } = request;
    let stack = await call(`Reading stack ${stackName} (CloudFormation DescribeStacks)`, () => describeStack(request, stackName));
    if (stack && isSettling(stack.StackStatus))
        stack = await waitSettled(request, stack);
    let recreated = false;
    if (stack?.StackStatus === 'ROLLBACK_COMPLETE') {
        if (!request.recreateFailed) {
            throw new errors/* UserError */.yo(`Stack ${stackName} is in ROLLBACK_COMPLETE: its first create failed${stack.StackStatusReason ? ` (${stack.StackStatusReason})` : ''}, and such a stack can only be deleted. ` +
                'Set the input recreate-failed-stacks to true to delete and recreate it, or delete it yourself.');
        }
        logger.warning(`Stack ${stackName} is in ROLLBACK_COMPLETE from a failed first create: deleting it to create it again (recreate-failed-stacks).`);
        await deleteFailedStack(request);
        stack = undefined;
        recreated = true;
    }
    const status = stack?.StackStatus;
    const type = !stack || status === 'REVIEW_IN_PROGRESS' ? 'CREATE' : 'UPDATE';
    if (type === 'UPDATE' && !UPDATABLE.has(status ?? '')) {
        throw new errors/* UserError */.yo(`Stack ${stackName} is in ${status}${stack?.StackStatusReason ? ` (${stack.StackStatusReason})` : ''} and cannot be updated. ` +
            'Fix it in the CloudFormation console (continue the rollback or delete the stack), then run again.');
    }
    if (stack && type === 'UPDATE' && (await matchesDeployed(request, stack))) {
        logger.notice(`No change to stack ${stackName}: it already matches the template and parameters.`);
        return { action: 'unchanged', changes: [], outputs: outputsOf(stack) };
    }
    const changeSet = await createChangeSet(request, type);
    const described = await waitForChangeSet(request, changeSet.id);
    if (described.status === 'FAILED') {
        if (NO_CHANGES.test(described.reason)) {
            logger.notice(`No change to stack ${stackName}: it already matches the template and parameters.`);
            await call(`Deleting the empty change set of ${stackName} (CloudFormation DeleteChangeSet)`, () => request.cloudformation.send(new client_cloudformation_dist_cjs.DeleteChangeSetCommand({ ChangeSetName: changeSet.id })));
            return { action: 'unchanged', changes: [], outputs: outputsOf(stack) };
        }
        throw new errors/* UserError */.yo(`CloudFormation could not make a change set for stack ${stackName}: ${described.reason}`);
    }
    const changes = described.changes.map(formatChange);
    logger.info(`Change set for ${stackName} (${type}): ${changes.length} resource change(s)`);
    for (const change of changes)
        logger.info(`  ${change}`);
    const events = new StackEventStream(request.cloudformation, stackName, request.clock, logger);
    await call(`Reading the events of stack ${stackName} (CloudFormation DescribeStackEvents)`, () => events.mark());
    await call(`Executing the change set of ${stackName} (CloudFormation ExecuteChangeSet)`, () => request.cloudformation.send(new client_cloudformation_dist_cjs.ExecuteChangeSetCommand({ ChangeSetName: changeSet.id })));
    const final = await waitForStack(request, type === 'CREATE' ? 'create' : 'update', events);
    return { action: recreated ? 'recreated' : type === 'CREATE' ? 'created' : 'updated', changes, outputs: outputsOf(final) };
}
/** Runs one call or wait; its failure says what was attempted (user errors, such as timeouts, stay as they are). */
async function call(attempt, fn) {
    try {
        return await fn();
    }
    catch (error) {
        throw (0,errors/* explain */.WE)(attempt, error);
    }
}
/** The stack, or undefined when there is none by that name. Other errors propagate as the SDK threw them, so a wait can retry throttling. */
async function describeStack(request, nameOrId) {
    try {
        const answer = await request.cloudformation.send(new client_cloudformation_dist_cjs.DescribeStacksCommand({ StackName: nameOrId }));
        return answer.Stacks?.[0];
    }
    catch (error) {
        if ((0,errors/* isAwsErrorNamed */.X1)(error, 'ValidationError') && /does not exist/.test(error.message))
            return undefined;
        throw error;
    }
}
/** Another operation is running on the stack (REVIEW_IN_PROGRESS waits for us, not for time). */
function isSettling(status) {
    return status !== undefined && status.endsWith('_IN_PROGRESS') && status !== 'REVIEW_IN_PROGRESS';
}
async function waitSettled(request, stack) {
    request.logger.info(`Stack ${request.stackName} is ${stack.StackStatus}: waiting for that operation to end first.`);
    const result = await call(`Waiting for stack ${request.stackName}`, () => (0,wait/* waitUntil */.a0)({
        what: `stack ${request.stackName}`,
        poll: async () => (await describeStack(request, request.stackName)) ?? stack,
        check: (current) => ({ status: current.StackStatus ?? 'UNKNOWN', state: isSettling(current.StackStatus) ? 'pending' : 'done' }),
        timeoutMs: request.timeoutMs,
        clock: request.clock,
        logger: request.logger,
        transient: wait/* isTransientAwsError */.Sc,
    }));
    return result.value;
}
async function deleteFailedStack(request) {
    const { stackName } = request;
    await call(`Deleting stack ${stackName} (CloudFormation DeleteStack)`, () => request.cloudformation.send(new client_cloudformation_dist_cjs.DeleteStackCommand({ StackName: stackName })));
    const result = await call(`Waiting for the deletion of stack ${request.stackName}`, () => (0,wait/* waitUntil */.a0)({
        what: `deletion of stack ${request.stackName}`,
        // A deleted stack is no longer found by name: undefined means DELETE_COMPLETE.
        poll: () => describeStack(request, stackName),
        check: (current) => {
            const status = current?.StackStatus ?? 'DELETE_COMPLETE';
            if (status === 'DELETE_COMPLETE')
                return { status, state: 'done' };
            if (status === 'DELETE_FAILED')
                return { status, state: 'failed', reason: current?.StackStatusReason ?? 'no reason given' };
            return { status, state: 'pending' };
        },
        timeoutMs: request.timeoutMs,
        clock: request.clock,
        logger: request.logger,
        transient: wait/* isTransientAwsError */.Sc,
    }));
    if (result.outcome === 'failed')
        throw new errors/* UserError */.yo(`Deleting the failed stack ${request.stackName} failed (DELETE_FAILED): ${result.reason}`);
}
/**
 * The stack already runs this template body with these parameters, so a change set would only
 * be made to be deleted (a re-run stays free of change-set calls). Parameters we leave out take
 * the template's defaults; a NoEcho value reads as **** and so never matches: such a stack
 * goes through a change set.
 */
async function matchesDeployed(request, stack) {
    const deployed = await call(`Reading the template of stack ${request.stackName} (CloudFormation GetTemplate)`, () => request.cloudformation.send(new client_cloudformation_dist_cjs.GetTemplateCommand({ StackName: request.stackName, TemplateStage: 'Original' })));
    if (deployed.TemplateBody !== request.templateBody)
        return false;
    const wanted = { ...templateDefaults(request.templateBody), ...request.parameters };
    const current = Object.fromEntries((stack.Parameters ?? []).map((p) => [p.ParameterKey ?? '', p.ParameterValue ?? '']));
    const keys = new Set([...Object.keys(wanted), ...Object.keys(current)]);
    return [...keys].every((key) => wanted[key] !== undefined && wanted[key] === current[key]);
}
/** The template's parameter defaults as CloudFormation reports them (lists joined by commas). */
function templateDefaults(templateBody) {
    // Intrinsic tags (!Ref, !Sub) are unknown to a plain YAML parse; only Parameters is read here.
    const template = (0,dist/* parse */.qg)(templateBody, { logLevel: 'silent' });
    const defaults = {};
    for (const [key, definition] of Object.entries(template?.Parameters ?? {})) {
        const value = definition?.Default;
        if (value !== undefined && value !== null)
            defaults[key] = Array.isArray(value) ? value.join(',') : String(value);
    }
    return defaults;
}
async function createChangeSet(request, type) {
    const parameters = Object.entries(request.parameters).map(([ParameterKey, ParameterValue]) => ({ ParameterKey, ParameterValue }));
    const answer = await call(`Creating a ${type} change set for stack ${request.stackName} (CloudFormation CreateChangeSet)`, () => request.cloudformation.send(new client_cloudformation_dist_cjs.CreateChangeSetCommand({
        StackName: request.stackName,
        // Unique per run; the name pattern allows letters, digits and hyphens only.
        ChangeSetName: `agentcore-setup-env-${request.clock.now()}`,
        ChangeSetType: type,
        TemplateBody: request.templateBody,
        Parameters: parameters,
        Capabilities: CAPABILITIES,
        Description: 'agentcore-actions setup-env',
    })));
    return { id: answer.Id ?? '' };
}
async function waitForChangeSet(request, id) {
    const result = await call(`Waiting for the change set of ${request.stackName} (CloudFormation DescribeChangeSet)`, () => (0,wait/* waitUntil */.a0)({
        what: `change set of ${request.stackName}`,
        poll: () => describeChangeSet(request, id),
        check: (cs) => {
            if (cs.status === 'CREATE_COMPLETE')
                return { status: cs.status, state: 'done' };
            if (cs.status === 'FAILED')
                return { status: cs.status, state: 'failed', reason: cs.reason };
            return { status: cs.status, state: 'pending' };
        },
        timeoutMs: request.timeoutMs,
        clock: request.clock,
        logger: request.logger,
        transient: wait/* isTransientAwsError */.Sc,
    }));
    return result.value;
}
/** Every page of the change set's resource changes. */
async function describeChangeSet(request, id) {
    const changes = [];
    let token;
    let status = 'UNKNOWN';
    let reason = '';
    do {
        const page = await request.cloudformation.send(new client_cloudformation_dist_cjs.DescribeChangeSetCommand({ ChangeSetName: id, NextToken: token }));
        status = page.Status ?? status;
        reason = page.StatusReason ?? reason;
        changes.push(...(page.Changes ?? []));
        token = page.NextToken;
    } while (token);
    return { status, reason, changes };
}
/** "Add Repository (AWS::ECR::Repository)", "Modify Role (AWS::IAM::Role): Policies, replacement False". */
function formatChange(change) {
    const rc = change.ResourceChange ?? {};
    const head = `${rc.Action ?? '?'} ${rc.LogicalResourceId ?? '?'} (${rc.ResourceType ?? '?'})`;
    if (rc.Action !== 'Modify')
        return head;
    const names = [...new Set((rc.Details ?? []).map((detail) => detail.Target?.Name ?? detail.Target?.Attribute).filter(Boolean))];
    const parts = [names.length ? names.join(', ') : undefined, rc.Replacement ? `replacement ${rc.Replacement}` : undefined].filter(Boolean);
    return parts.length ? `${head}: ${parts.join('; ')}` : head;
}
function stackCheck(stack) {
    const status = stack?.StackStatus ?? 'UNKNOWN';
    if (status === 'CREATE_COMPLETE' || status === 'UPDATE_COMPLETE' || status === 'IMPORT_COMPLETE')
        return { status, state: 'done' };
    if (status.endsWith('_FAILED') || status.endsWith('ROLLBACK_COMPLETE') || status === 'DELETE_COMPLETE') {
        return { status, state: 'failed', reason: stack?.StackStatusReason ?? '' };
    }
    return { status, state: 'pending' };
}
async function waitForStack(request, verb, events) {
    const result = await call(`Waiting for stack ${request.stackName} (CloudFormation DescribeStacks, DescribeStackEvents)`, () => (0,wait/* waitUntil */.a0)({
        what: `stack ${request.stackName}`,
        poll: async () => {
            await events.poll();
            return describeStack(request, request.stackName);
        },
        check: stackCheck,
        timeoutMs: request.timeoutMs,
        clock: request.clock,
        logger: request.logger,
        transient: wait/* isTransientAwsError */.Sc,
        timeoutHint: 'The stack operation goes on in CloudFormation; run again once it has ended.',
    }));
    if (result.outcome === 'done')
        return result.value;
    await call(`Reading the events of stack ${request.stackName} (CloudFormation DescribeStackEvents)`, () => events.poll());
    const failed = events.firstFailure(request.stackName);
    const cause = failed ? `${formatEvent(failed)}` : result.reason || 'CloudFormation gave no reason';
    const after = result.status === 'ROLLBACK_COMPLETE'
        ? 'The stack is left in ROLLBACK_COMPLETE: fix the cause, then run again with recreate-failed-stacks set to true to delete and recreate it.'
        : result.status === 'UPDATE_ROLLBACK_COMPLETE'
            ? 'CloudFormation rolled the stack back: its previous state is unchanged.'
            : 'The rollback did not complete: see the stack events in the CloudFormation console.';
    throw new errors/* UserError */.yo(`Stack ${request.stackName} failed to ${verb} (${result.status}): ${cause}. ${after}`);
}
function outputsOf(stack) {
    return Object.fromEntries((stack?.Outputs ?? []).map((output) => [output.OutputKey ?? '', output.OutputValue ?? '']));
}

// EXTERNAL MODULE: ./src/core/infra/templates.ts
var templates = __webpack_require__(8533);
;// CONCATENATED MODULE: ./src/core/ops/setup-env.ts
/**
 * setup-env for one environment: check the account, then (deploy-infrastructure) check what the
 * config gives by hand (role ARNs, an existing user pool), create or update each planned stack
 * in order, and derive the selected runtime's outputs; without deploying, the outputs come from
 * names and the config.
 */










async function setupEnv(request) {
    const { environment, runtime, logger } = request;
    const identity = await (request.identity ?? (0,core_identity.checkCredentials)(request.clients.sts, environment, logger));
    const checked = { account: identity.account, configHash: (0,config/* environmentHash */.SL)(environment) };
    request.onAccount?.(checked);
    if (!request.deployInfrastructure) {
        logger.info('deploy-infrastructure is false: no stack is created or updated; outputs come from names and the config.');
        return { ...checked, results: [], outputs: derivedOutputs(environment, runtime, identity.account), changed: false };
    }
    const provisioned = await provisionInfrastructure({ ...request, account: identity.account });
    if (!provisioned.changed)
        logger.notice(`Infrastructure of ${environment.name}: no change, every stack already matches.`);
    return { ...checked, ...provisioned };
}
async function provisionInfrastructure(request) {
    const { environment, logger } = request;
    const plan = planInfrastructure(environment, request.account);
    const results = [];
    const done = (result) => {
        results.push(result);
        request.onResult?.(result);
    };
    // Read-only checks first: a wrong hand-given value fails the run before any stack changes.
    await logger.group('Checking values given by hand', async () => {
        if (plan.givenRoles.length === 0 && !plan.givenCognito)
            logger.info('None: every concern has its stack.');
        for (const given of plan.givenRoles) {
            await checkRole(request, given.roleArn, given.paths);
            done({ concern: 'role', key: given.roleArn, name: given.roleArn, action: 'given', changes: [] });
        }
        if (plan.givenCognito) {
            await checkCognito(request, plan.givenCognito);
            done({ concern: 'cognito', key: 'cognito', name: plan.givenCognito.userPoolId, action: 'given', changes: [] });
        }
    });
    const outputsByStack = new Map();
    for (const stack of plan.stacks) {
        const outcome = await logger.group(`Stack ${stack.stackName} (${stack.template})`, () => deployStack({
            stackName: stack.stackName,
            templateBody: (0,templates.readTemplate)(request.templatesDir, stack.template),
            parameters: resolveParameters(stack, outputsByStack),
            recreateFailed: request.recreateFailedStacks,
            timeoutMs: request.timeoutMs,
            cloudformation: request.clients.cloudformation,
            clock: request.clock,
            logger,
        }));
        outputsByStack.set(stack.stackName, outcome.outputs);
        done({ concern: stack.concern, key: stack.key, name: stack.stackName, action: outcome.action, changes: outcome.changes });
    }
    return {
        results,
        outputs: runtimeOutputs(request, plan, outputsByStack),
        changed: results.some((result) => result.action !== 'unchanged' && result.action !== 'given'),
    };
}
function resolveParameters(stack, outputsByStack) {
    const resolve = ([key, value]) => {
        if (typeof value === 'string')
            return [key, value];
        const output = outputsByStack.get(value.stack)?.[value.output];
        // Planning orders stacks so that what is referenced was deployed first: a miss is a bug.
        if (output === undefined)
            throw new Error(`Parameter ${key} of ${stack.stackName} needs output ${value.output} of ${value.stack}, which is not known`);
        return [key, output];
    };
    return Object.fromEntries(Object.entries(stack.parameters).map(resolve));
}
async function checkRole(request, arn, paths) {
    const where = paths.join(', ');
    const [, , , , account, resource = ''] = arn.split(':');
    if (account !== request.account) {
        throw new errors/* UserError */.yo(`${where}: role ${arn} is in account ${account}, but environment "${request.environment.name}" runs in account ${request.account}; AgentCore can only use a role of its own account.`);
    }
    const name = resource.split('/').pop() ?? '';
    try {
        await request.clients.iam.send(new client_iam_dist_cjs.GetRoleCommand({ RoleName: name }));
    }
    catch (error) {
        if ((0,errors/* isAwsErrorNamed */.X1)(error, 'NoSuchEntity', 'NoSuchEntityException')) {
            throw new errors/* UserError */.yo(`${where}: role ${arn} does not exist in account ${request.account}. Create it, or give the role key of global_resources.iam_roles so setup-env creates it.`);
        }
        throw (0,errors/* explain */.WE)(`Checking role ${arn} (IAM GetRole)`, error);
    }
    request.logger.info(`Role ${arn} exists (${where}): no role stack for it.`);
}
async function checkCognito(request, given) {
    const { environment, clients } = request;
    const path = `environments.${environment.name}.cognito`;
    try {
        await clients.cognito.send(new dist_cjs.DescribeUserPoolCommand({ UserPoolId: given.userPoolId }));
    }
    catch (error) {
        if ((0,errors/* isAwsErrorNamed */.X1)(error, 'ResourceNotFoundException')) {
            throw new errors/* UserError */.yo(`${path}.user_pool_id: user pool ${given.userPoolId} does not exist in ${environment.region}. Fix the id, or set cognito to { "managed": true } so setup-env creates a pool.`);
        }
        throw (0,errors/* explain */.WE)(`Checking user pool ${given.userPoolId} (Cognito DescribeUserPool in ${environment.region})`, error);
    }
    try {
        await clients.cognito.send(new dist_cjs.DescribeUserPoolClientCommand({ UserPoolId: given.userPoolId, ClientId: given.appClientId }));
    }
    catch (error) {
        if ((0,errors/* isAwsErrorNamed */.X1)(error, 'ResourceNotFoundException')) {
            throw new errors/* UserError */.yo(`${path}.app_client_id: app client ${given.appClientId} does not exist in user pool ${given.userPoolId} (${environment.region}).`);
        }
        throw (0,errors/* explain */.WE)(`Checking app client ${given.appClientId} (Cognito DescribeUserPoolClient in ${environment.region})`, error);
    }
    request.logger.info(`User pool ${given.userPoolId} and app client ${given.appClientId} exist: no Cognito stack.`);
}
/** The selected runtime's values, from the stacks' outputs or the values given by hand. */
function runtimeOutputs(request, plan, outputsByStack) {
    const { environment, runtime } = request;
    const output = (stack, key) => outputsByStack.get(stack)?.[key] ?? '';
    const roleArn = plan.givenRoles.some((given) => given.roleArn === runtime.iam_role)
        ? runtime.iam_role
        : output(roleStackName(environment.name, runtime.iam_role), 'RoleArn');
    let cognito = { 'cognito-user-pool-id': '', 'cognito-client-id': '', 'cognito-discovery-url': '' };
    if (runtime.authorizer === 'cognito') {
        if (plan.givenCognito) {
            const { userPoolId, appClientId } = plan.givenCognito;
            cognito = {
                'cognito-user-pool-id': userPoolId,
                'cognito-client-id': appClientId,
                'cognito-discovery-url': (0,runtime_request/* cognitoAuthorizer */.jO)(environment.region, userPoolId, appClientId).discoveryUrl,
            };
        }
        else {
            const stack = cognitoStackName(environment.name);
            cognito = {
                'cognito-user-pool-id': output(stack, 'UserPoolId'),
                'cognito-client-id': output(stack, 'AppClientId'),
                'cognito-discovery-url': output(stack, 'DiscoveryUrl'),
            };
        }
    }
    return { 'ecr-repository-uri': output(ecrStackName(environment.name, runtime.ecr_repository), 'RepositoryUri'), 'role-arn': roleArn, ...cognito };
}
/**
 * The outputs without deploying (deploy-infrastructure false): names the stacks would give, and
 * values given by hand. A managed user pool's ids are only known from its stack, so they stay empty.
 */
function derivedOutputs(environment, runtime, account) {
    const cognito = environment.cognito;
    const given = runtime.authorizer === 'cognito' && cognito && 'user_pool_id' in cognito ? cognito : undefined;
    return {
        'ecr-repository-uri': (0,naming/* repositoryUri */.LJ)(account, environment.region, runtime.ecr_repository),
        'role-arn': (0,runtime_request/* runtimeRoleArn */.C$)(environment, runtime, account),
        'cognito-user-pool-id': given?.user_pool_id ?? '',
        'cognito-client-id': given?.app_client_id ?? '',
        'cognito-discovery-url': given ? (0,runtime_request/* cognitoAuthorizer */.jO)(environment.region, given.user_pool_id, given.app_client_id).discoveryUrl : '',
    };
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
