export const id = 170;
export const ids = [170];
export const modules = {

/***/ 3170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ drift_check_run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/core/aws/clients.ts
var clients = __webpack_require__(6285);
// EXTERNAL MODULE: ./src/core/config/index.ts + 9 modules
var core_config = __webpack_require__(2359);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-bedrock-agentcore-control/dist-cjs/index.js
var client_bedrock_agentcore_control_dist_cjs = __webpack_require__(7508);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var client_cloudformation_dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var client_ssm_dist_cjs = __webpack_require__(4736);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/ledger.ts
var core_ledger = __webpack_require__(2558);
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
    if (left !== undefined && right !== undefined && (0,core_config/* canonicalJson */.dj)(left) === (0,core_config/* canonicalJson */.dj)(right))
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
;// CONCATENATED MODULE: ./src/core/drift/report.ts
/**
 * The drift report: what drift-check found, per environment, as one JSON document
 * (written to `report-file`, schema in docs/ssm-layout.md) that the job summary and
 * the pull-request comment are rendered from.
 *
 * Values on a finding are JSON values: omitted = that side was not compared,
 * null = absent there. A secret's values are never in a report: they read SECRET_HIDDEN.
 */
const DRIFT_REPORT_SCHEMA_VERSION = 1;
const SECRET_HIDDEN = 'changed, value hidden';
const FINDING_KINDS = {
    'ssm-copy': 'repo ≠ SSM copy',
    'deployed-config': 'repo ≠ deployed',
    'not-deployed': 'not deployed',
    'endpoint-moved': 'endpoint moved outside the pipeline',
    'unmanaged-runtime': 'unmanaged runtime',
    'missing-version': 'recorded version gone',
};
/** A finding whose values are a secret's: every compared side reads SECRET_HIDDEN, absent sides stay null. */
function hideSecret(finding) {
    const hide = (value) => (value === undefined ? undefined : value === null ? null : SECRET_HIDDEN);
    const { repo, ssm, aws, ...rest } = finding;
    return {
        ...rest,
        ...(repo !== undefined ? { repo: hide(repo) } : {}),
        ...(ssm !== undefined ? { ssm: hide(ssm) } : {}),
        ...(aws !== undefined ? { aws: hide(aws) } : {}),
        secret: true,
    };
}
function buildReport(configFile, environments, meta) {
    const count = environments.reduce((sum, env) => sum + env.findings.length, 0);
    return {
        schema_version: DRIFT_REPORT_SCHEMA_VERSION,
        config_file: configFile,
        generated_at: meta.generatedAt,
        ...(meta.commit ? { commit: meta.commit } : {}),
        ...(meta.runUrl ? { run_url: meta.runUrl } : {}),
        drifted: count > 0,
        drift_count: count,
        environments,
    };
}

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
            findings.push(secret ? hideSecret(finding) : finding);
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
 *   const report = await checkEnvironment({ environment, account, logger });
 *
 * Legs: repo vs SSM copy (skipped when cloud_config_enabled is false), repo vs the newest
 * deployed version, endpoints vs the ledger's last promotion, unmanaged runtimes, and
 * ledger versions AgentCore no longer has.
 */
















const DEFAULT_CONCURRENCY = 8;
const DEFAULT_ENDPOINT = 'DEFAULT';
async function checkEnvironment(request) {
    const { environment, logger } = request;
    const agentcore = request.clients?.agentcore ?? (0,clients/* createClient */.UU)(client_bedrock_agentcore_control_dist_cjs/* BedrockAgentCoreControlClient */.zdA, { region: environment.region });
    const ssm = request.clients?.ssm ?? (0,clients/* createClient */.UU)(client_ssm_dist_cjs/* SSMClient */.jBj, { region: environment.region });
    // Only a managed Cognito pool needs CloudFormation (its ids are stack outputs): made on first use.
    let cloudformation = request.clients?.cloudformation;
    const cloudformationClient = () => (cloudformation ??= (0,clients/* createClient */.UU)(client_cloudformation_dist_cjs/* CloudFormationClient */.m1N, { region: environment.region }));
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
        for await (const page of (0,client_bedrock_agentcore_control_dist_cjs/* paginateListAgentRuntimes */.uoq)({ client: agentcore }, { maxResults: 100 })) {
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
    const suffix = (0,core_config/* defaultRuntimeName */.Hf)('', environment.name);
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
        agentcore.send(new client_bedrock_agentcore_control_dist_cjs/* GetAgentRuntimeCommand */.lW8({ agentRuntimeId: runtimeId })).catch((error) => {
            throw (0,errors/* explain */.WE)(`Reading ${where} (AgentCore GetAgentRuntime)`, error);
        }),
        collect((0,client_bedrock_agentcore_control_dist_cjs/* paginateListAgentRuntimeEndpoints */.hfN)({ client: agentcore }, { agentRuntimeId: runtimeId, maxResults: 100 }), (p) => p.runtimeEndpoints).catch((error) => {
            throw (0,errors/* explain */.WE)(`Listing the endpoints of ${where} (AgentCore ListAgentRuntimeEndpoints)`, error);
        }),
        collect((0,client_bedrock_agentcore_control_dist_cjs/* paginateListAgentRuntimeVersions */.KBt)({ client: agentcore }, { agentRuntimeId: runtimeId, maxResults: 100 }), (p) => p.agentRuntimes).catch((error) => {
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

// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(6706);
;// CONCATENATED MODULE: ./src/core/drift/render.ts


/** The hidden first line that finds a config file's drift comment again on the next run. */
function driftCommentMarker(configFile) {
    // "--" may not appear inside an HTML comment; no real path needs it.
    return `<!-- agentcore-drift: ${configFile.replace(/--+/g, '-')} -->`;
}
/** A value in a table cell: blank when not compared, "(absent)" for null, else inline code. */
function formatValue(value) {
    if (value === undefined)
        return (0,markdown/* raw */.lS)('');
    if (value === null)
        return (0,markdown/* raw */.lS)('_(absent)_');
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return (0,markdown/* raw */.lS)((0,markdown/* code */.aY)((0,markdown/* excerpt */.Kb)(text, 120)).replace(/\r?\n/g, ' '));
}
function findingsTable(findings, withEnvironment = false) {
    const headers = [...(withEnvironment ? ['Environment'] : []), 'Runtime', 'Kind', 'Path', 'Repo', 'SSM', 'AWS'];
    const rows = findings.map((f) => [
        ...(withEnvironment ? [f.environment] : []),
        f.runtime ?? '',
        FINDING_KINDS[f.kind],
        (0,markdown/* raw */.lS)((0,markdown/* code */.aY)(f.path)),
        formatValue(f.repo),
        formatValue(f.ssm),
        formatValue(f.aws),
    ]);
    return (0,markdown/* table */.tp)(headers, rows);
}
/** Each distinct suggested action once, with the findings it answers. */
function actionList(findings) {
    const byAction = new Map();
    for (const f of findings) {
        const where = [f.runtime, f.path].filter(Boolean).join(' ');
        byAction.set(f.action, [...(byAction.get(f.action) ?? []), where]);
    }
    return [...byAction.entries()]
        .map(([action, where]) => `- ${(0,markdown/* escapeCell */.kq)(action)} (${where.map((w) => (0,markdown/* code */.aY)(w)).join(', ')})`)
        .join('\n');
}
function statusText(env) {
    if (env.status === 'skipped')
        return `⏭️ skipped: ${env.reason ?? ''}`;
    if (env.status === 'error')
        return `❌ error: ${env.reason ?? ''}`;
    return env.findings.length === 0 ? '✅ no drift' : `⚠️ ${plural(env.findings.length, 'finding')}`;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function overview(report) {
    return (0,markdown/* table */.tp)(['Environment', 'Region', 'Account', 'Runtimes', 'Status'], report.environments.map((env) => [env.name, env.region, env.account ?? '', env.runtimes.length, statusText(env)]));
}
function headline(report) {
    const errors = report.environments.filter((env) => env.status === 'error').length;
    const checked = report.environments.filter((env) => env.status === 'checked').map((env) => env.name);
    const file = (0,markdown/* code */.aY)(report.config_file);
    const parts = [
        report.drifted
            ? `⚠️ **${plural(report.drift_count, 'drift finding')}** in ${file}: the repo, SSM and AgentCore disagree.`
            : `✅ **No drift** in ${file}: the repo, SSM and AgentCore agree${checked.length ? ` for ${checked.join(', ')}` : ''}.`,
    ];
    if (errors)
        parts.push(`❌ ${plural(errors, 'environment')} could not be checked.`);
    return parts.join(' ');
}
function footer(report) {
    const bits = [`schema v${report.schema_version}`, report.commit ? `commit ${(0,markdown/* code */.aY)(report.commit.slice(0, 7))}` : '', report.run_url ? `[run](${report.run_url})` : ''];
    return `<sub>agentcore drift-check · ${bits.filter(Boolean).join(' · ')}</sub>`;
}
function environmentSection(env, open) {
    const body = [];
    if (env.findings.length)
        body.push(findingsTable(env.findings), `**Suggested actions**\n\n${actionList(env.findings)}`);
    else if (env.status === 'checked')
        body.push('No drift.');
    else
        body.push((0,markdown/* escapeCell */.kq)(env.reason ?? ''));
    if (env.notes.length)
        body.push(env.notes.map((note) => `- ℹ️ ${(0,markdown/* escapeCell */.kq)(note)}`).join('\n'));
    return (0,markdown/* details */.zH)(`${env.name}: ${statusText(env)}`, body.join('\n\n'), open);
}
/** The job summary: the overview table, then a collapsible section per environment (open when it drifted). */
function renderSummary(report) {
    return [
        headline(report),
        overview(report),
        ...report.environments.map((env) => `### ${(0,markdown/* escapeCell */.kq)(env.name)}\n\n${environmentSection(env, env.findings.length > 0)}`),
        footer(report),
    ].join('\n\n');
}
/** The pull-request comment: headline, overview, and details only for environments with something to say. */
function renderComment(report) {
    const sections = report.environments.filter((env) => env.findings.length > 0 || env.status === 'error').map((env) => environmentSection(env, false));
    return [`### AgentCore drift: ${(0,markdown/* code */.aY)(report.config_file)}`, headline(report), overview(report), ...sections, footer(report)].join('\n\n');
}

// EXTERNAL MODULE: ./src/core/sync/environments.ts
var sync_environments = __webpack_require__(5393);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/github/octokit.ts



/**
 * One factory, so every call gets the same retries (5xx and network errors, by
 * @octokit/plugin-retry; 4xx other than rate limits are not retried) and the same
 * handling of primary and secondary rate limits (@octokit/plugin-throttling), each
 * retry logged as a warning naming the request.
 */
function createGitHubClient(options) {
    const limit = options.rateLimitRetries ?? 2;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const again = retryCount < limit;
        options.logger.warning(`GitHub ${kind} rate limit hit by ${request.method} ${request.url}` + (again ? `: retrying in ${retryAfter} s.` : ': giving up.'));
        return again;
    };
    return (0,github/* getOctokit */.Q)(options.token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
/** The HTTP status of an Octokit RequestError, or undefined for anything else. */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}

;// CONCATENATED MODULE: ./src/github/comments.ts


/** GitHub refuses comment bodies longer than this many characters. */
const MAX_COMMENT_LENGTH = 65536;
/**
 * The body as posted: the marker first, then the text, cut to GitHub's limit with a note
 * saying so (the note points at the job summary, which always has everything).
 */
function commentBody(marker, body, max = MAX_COMMENT_LENGTH, note = 'The job summary and the JSON report have the rest.') {
    const full = `${marker}\n${body}`;
    if (full.length <= max)
        return full;
    const tail = `\n\n---\n> ⚠️ Truncated: this comment is limited to ${max} characters. ${note}`;
    // Never end inside a code fence or an open <details>: close what the cut left open.
    let length = max - tail.length;
    for (;;) {
        // Cut at a line end, so no tag or table row is left half written.
        const lineEnd = full.lastIndexOf('\n', length);
        const head = full.slice(0, lineEnd > marker.length ? lineEnd : length);
        const fence = (head.match(/^```/gm)?.length ?? 0) % 2 === 1 ? '\n```' : '';
        const closers = fence + '\n</details>'.repeat(Math.max(0, count(head, '<details') - count(head, '</details>')));
        if (head.length + closers.length + tail.length <= max)
            return head + closers + tail;
        length = head.length - closers.length;
    }
}
function count(text, needle) {
    return text.split(needle).length - 1;
}
/** Finds the comment carrying the marker (the oldest, if several do) and creates, edits or leaves it. */
async function upsertStickyComment(client, pr, comment) {
    const body = commentBody(comment.marker, comment.body);
    try {
        const existing = await findMarked(client, pr, comment.marker);
        if (existing) {
            if (existing.body === body)
                return { action: 'unchanged', id: existing.id, url: existing.html_url };
            const { data } = await client.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: existing.id, body });
            return { action: 'updated', id: data.id, url: data.html_url };
        }
        if (!comment.createIfMissing)
            return { action: 'not-needed' };
        const { data } = await client.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body });
        return { action: 'created', id: data.id, url: data.html_url };
    }
    catch (error) {
        const status = httpStatus(error);
        if (status === 403 || status === 404)
            return { action: 'refused', status, message: (0,errors/* describeError */.Uc)(error) };
        throw error;
    }
}
async function findMarked(client, pr, marker) {
    for await (const page of client.paginate.iterator(client.rest.issues.listComments, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 })) {
        const found = page.data.find((c) => (c.body ?? '').startsWith(marker));
        if (found)
            return { id: found.id, body: found.body ?? '', html_url: found.html_url };
    }
    return undefined;
}
/** Open pull requests whose head is this commit: where a non-pull-request run (push, schedule) may comment. */
async function pullRequestsForCommit(client, owner, repo, sha) {
    const pulls = await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, { owner, repo, commit_sha: sha, per_page: 100 });
    return pulls.filter((pull) => pull.state === 'open').map((pull) => pull.number);
}

// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/github/inputs.ts
var github_inputs = __webpack_require__(5446);
// EXTERNAL MODULE: ./src/github/run.ts + 1 modules
var run = __webpack_require__(4986);
// EXTERNAL MODULE: ./src/github/specs/drift-check.ts
var drift_check = __webpack_require__(6782);
;// CONCATENATED MODULE: ./src/actions/drift-check.ts
















const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
async function drift_check_run() {
    await (0,run/* runAction */.C)(drift_check/* driftCheckSpec */.R, async ({ logger, summary, setOutput }) => {
        const inputs = (0,github_inputs/* readInputs */.K)(drift_check/* driftCheckSpec */.R.inputs);
        const config = await (0,core_config/* loadConfigFile */._e)(inputs['config-file']);
        const info = (0,context/* runInfo */.Q)();
        const access = await (0,sync_environments/* checkEnvironments */.p)((0,sync_environments/* selectEnvironments */.f)(config, inputs.environments), (region) => (0,clients/* createClient */.UU)(dist_cjs/* STSClient */.iM, { region }), logger);
        const environments = [];
        for (const entry of access) {
            const { environment } = entry;
            if ('skipped' in entry) {
                environments.push({ name: environment.name, region: environment.region, status: 'skipped', reason: entry.skipped, runtimes: [], notes: [], findings: [] });
                continue;
            }
            const report = await logger.group(`Checking ${environment.name} (${environment.region}, account ${entry.identity.account})`, async () => {
                try {
                    return await checkEnvironment({ environment, account: entry.identity.account, logger });
                }
                catch (error) {
                    logger.error(`Environment "${environment.name}" could not be checked: ${(0,errors/* describeError */.Uc)(error)}`);
                    return { name: environment.name, region: environment.region, account: entry.identity.account, status: 'error', reason: (0,errors/* describeError */.Uc)(error), runtimes: [], notes: [], findings: [] };
                }
            });
            for (const finding of report.findings) {
                logger.info(`${[finding.environment, finding.runtime, finding.kind, finding.path].filter(Boolean).join(' ')}: ${finding.action}`);
            }
            environments.push(report);
        }
        const report = buildReport(config.file, environments, { generatedAt: new Date().toISOString(), commit: info.commit, runUrl: info.runUrl });
        const reportPath = (0,external_node_path_.resolve)(inputs['report-file']);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(reportPath), { recursive: true });
        await (0,promises_.writeFile)(reportPath, `${JSON.stringify(report, null, 2)}\n`);
        setOutput('drifted', report.drifted);
        setOutput('drift-count', report.drift_count);
        setOutput('report-file', reportPath);
        summary.add(renderSummary(report));
        await comment(inputs.comment, inputs['github-token'], report, info, logger);
        const failed = environments.filter((env) => env.status === 'error');
        if (failed.length) {
            throw new errors/* UserError */.yo(`Drift check failed for ${failed.map((env) => `"${env.name}" (${env.reason})`).join(', ')}. The report lists what was checked.`);
        }
        if (report.drifted && inputs['fail-on-drift']) {
            throw new errors/* UserError */.yo(`Drift found: ${report.drift_count} finding(s) in ${config.file} (fail-on-drift is true). See the job summary or ${inputs['report-file']}.`);
        }
        if (!report.drifted)
            logger.notice(`No drift: the repo, SSM and AgentCore agree (${config.file}).`);
    });
}
/** Keeps the config file's sticky pull-request comment up to date; never fails the step. */
async function comment(mode, token, report, run, logger) {
    if (mode === 'never')
        return;
    const onPullRequest = PULL_REQUEST_EVENTS.includes(run.eventName) && run.pullRequest !== undefined;
    if (mode === 'auto' && !onPullRequest) {
        logger.debug(`No pull-request comment: event "${run.eventName}" is not a pull request (comment: auto).`);
        return;
    }
    const [owner, repo] = run.repository.split('/');
    if (!token || !owner || !repo) {
        logger.warning(`No pull-request comment: ${token ? 'the repository is unknown' : 'the input "github-token" is empty'}. The job summary has the report.`);
        return;
    }
    const client = createGitHubClient({ token, logger });
    try {
        const numbers = run.pullRequest !== undefined ? [run.pullRequest] : await pullRequestsForCommit(client, owner, repo, run.commit);
        if (numbers.length === 0)
            logger.info(`No open pull request has commit ${run.shortCommit}: no comment written.`);
        for (const number of numbers) {
            const outcome = await upsertStickyComment(client, { owner, repo, number }, {
                marker: driftCommentMarker(report.config_file),
                body: renderComment(report),
                createIfMissing: report.drifted,
            });
            if (outcome.action === 'refused') {
                logger.warning(`Could not write the drift comment on pull request #${number} (${outcome.message}). A fork's pull request or a read-only token cannot comment; ` +
                    'give the workflow `permissions: pull-requests: write`. The job summary has the report.');
            }
            else if (outcome.action === 'not-needed') {
                logger.info(`No drift and no earlier comment on #${number}: nothing to write.`);
            }
            else {
                logger.info(`Drift comment ${outcome.action} on #${number}: ${outcome.url}`);
            }
        }
    }
    catch (error) {
        logger.warning(`Could not write the drift comment: ${(0,errors/* describeError */.Uc)(error)}. The job summary has the report.`);
    }
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
        const identity = await (0,_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .checkAccount */ .g)(stsFor(environment.region), { ...environment, account_id: undefined });
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
        await (0,_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .checkAccount */ .g)(stsFor(first.environment.region), first.environment);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`No environment could be checked: ${results.map((r) => ('skipped' in r ? r.skipped : '')).join('; ')}.`);
    }
    return results;
}


/***/ })

};
