export const id = 7;
export const ids = [7];
export const modules = {

/***/ 3007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildPush: () => (/* binding */ buildPush)
});

// UNUSED EXPORTS: isTagImmutable

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var dist_cjs = __webpack_require__(8249);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/modern-tar/dist/fs/index.js + 1 modules
var fs = __webpack_require__(2897);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/build/builders.ts
var builders = __webpack_require__(1826);
;// CONCATENATED MODULE: ./src/core/build/command.ts

/** How many of a failed command's last lines its error shows. */
const TAIL_LINES = 20;
/**
 * Runs a command, streaming its output through the logger line by line. A non-zero exit is a
 * UserError with the command's last lines and the advice, never a stack trace.
 */
async function runStreaming(runner, logger, { program, args, step, advice }) {
    const tail = [];
    logger.info(`$ ${[program, ...args].join(' ')}`);
    const onLine = (line) => {
        logger.info(line);
        tail.push(line);
        if (tail.length > TAIL_LINES)
            tail.shift();
    };
    let code;
    try {
        code = await runner.run(program, args, { onLine });
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Could not start ${program}: ${error instanceof Error ? error.message : String(error)}. ${advice}`);
    }
    if (code !== 0) {
        const last = tail.length ? `\nIts last lines:\n${tail.map((line) => `  ${line}`).join('\n')}` : '';
        throw new errors/* UserError */.yo(`${step} failed with exit code ${code}. ${advice}${last}`);
    }
}

;// CONCATENATED MODULE: ./src/core/build/build.ts








const BUILD_ADVICE = 'Fix the Dockerfile or the build context where its last lines show the build stopped; the command logged above reproduces it locally.';
/** Builds the image and returns the OCI image layout directory that holds it: one push path for every builder. */
async function buildLayout(request) {
    const { builder, spec, runner, logger } = request;
    if (builder === 'oci-layout') {
        if (!request.ociLayout)
            throw new errors/* UserError */.yo('Input "oci-layout" is required with builder: oci-layout: the directory of a prebuilt OCI image layout.');
        if (!(await (0,promises_.stat)(request.ociLayout).catch(() => undefined))?.isDirectory()) {
            throw new errors/* UserError */.yo(`Input "oci-layout": ${request.ociLayout} is not a directory. Give the path of an OCI image layout (oci-layout, index.json, blobs/).`);
        }
        logger.info(`Using the prebuilt OCI layout ${request.ociLayout}`);
        return request.ociLayout;
    }
    if (!(await (0,promises_.stat)(spec.dockerfile).catch(() => undefined))?.isFile()) {
        throw new errors/* UserError */.yo(`Dockerfile not found: ${spec.dockerfile}. Set the input "dockerfile" (default <context>/Dockerfile) or "context" to where it is.`);
    }
    const layout = (0,external_node_path_.join)(request.workDir, 'layout');
    if (builder === 'buildah') {
        await runStreaming(runner, logger, { program: 'buildah', args: (0,builders/* buildahBuildArgs */.zW)(spec, request.localName), step: 'buildah build', advice: BUILD_ADVICE });
        await runStreaming(runner, logger, {
            program: 'buildah',
            args: (0,builders/* buildahPushArgs */.Jv)(request.localName, layout, request.tag),
            step: 'buildah push (exporting the build as an OCI layout)',
            advice: "Check the disk space and buildah's storage; its last lines say what failed.",
        });
        return layout;
    }
    const tar = (0,external_node_path_.join)(request.workDir, 'image.tar');
    await runStreaming(runner, logger, { program: 'docker', args: (0,builders/* dockerBuildArgs */.gE)(spec, tar), step: 'docker buildx build', advice: BUILD_ADVICE });
    await extractLayout(tar, layout);
    return layout;
}
/** Unpacks the OCI tar `docker buildx build --output type=oci` writes into a layout directory. */
async function extractLayout(tar, dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    try {
        await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(tar), (0,fs/* unpackTar */.Ag)(dir));
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Could not unpack the builder's OCI archive ${tar}: ${error instanceof Error ? error.message : String(error)}.`);
    }
}

// EXTERNAL MODULE: ./src/core/identity.ts
var core_identity = __webpack_require__(4845);
// EXTERNAL MODULE: ./src/core/registry/index.ts + 6 modules
var registry = __webpack_require__(7954);
;// CONCATENATED MODULE: ./src/core/ops/build-push.ts
/**
 * build-push end to end: check the account → the repository exists (setup-env made it) → build
 * an OCI layout (buildah, docker buildx, or a prebuilt one) → refuse another platform → log in
 * to ECR → push by digest, skipping what the repository already has.
 *
 * Nothing is pushed before the tag is known to be free (or already this image).
 */








async function buildPush(request) {
    const { environment, runtime, logger, clients } = request;
    const region = environment.region;
    const repository = runtime.ecr_repository;
    const builder = await (0,builders/* selectBuilder */.kv)(request.builder, request.runner);
    const platform = (0,registry/* formatPlatform */.Bq)((0,registry/* parsePlatform */.FL)(request.spec.platform));
    const identity = await (0,core_identity.checkCredentials)(clients.sts, environment, logger);
    const where = { account: identity.account, region, repository, environment: environment.name, runtime: runtime.key };
    const repo = await logger.group(`Checking repository ${repository}`, () => describeRepository(clients.ecr, where));
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(request.tempRoot, 'agentcore-build-'));
    try {
        const layout = await logger.group(`Building with ${builder}`, () => buildLayout({
            builder,
            spec: request.spec,
            ...(request.ociLayout ? { ociLayout: request.ociLayout } : {}),
            tag: request.tag,
            localName: `localhost/agentcore-actions/${repository}:${request.tag}`,
            workDir,
            runner: request.runner,
            logger,
        }));
        const image = await (0,registry/* readOciLayout */.I$)(layout, platform);
        logger.info(`Built ${image.digest} for ${(0,registry/* formatPlatform */.Bq)(image.platform)}`);
        return await logger.group(`Pushing to ${repository} in ${identity.account}/${region}`, async () => {
            const client = await (0,registry/* loginToEcr */.rE)({ ecr: clients.ecr, region }, { registryId: identity.account, mask: (secret) => logger.secret(secret), logger, clock: request.clock });
            const tagged = await client.manifestDigest(repository, request.tag);
            const present = (await client.manifestDigest(repository, image.digest)) === image.digest;
            if (tagged && tagged !== image.digest) {
                if (isTagImmutable(repo, request.tag)) {
                    throw new errors/* UserError */.yo(`Tag "${request.tag}" of ${client.repositoryUri(repository)} is immutable and already points at ${tagged}; this build is ${image.digest}. ` +
                        'Nothing was pushed. Use a new tag (the default is the commit SHA), or rebuild the commit that made the tag.');
                }
                logger.warning(`Tag "${request.tag}" of ${client.repositoryUri(repository)} moves from ${tagged} to ${image.digest}.`);
            }
            const pushed = await (0,registry/* pushOciLayout */.G_)(client, repository, layout, { tag: request.tag, platform, logger });
            return {
                account: identity.account,
                region,
                repository,
                builder,
                imageUri: pushed.imageUri,
                digest: image.digest,
                tag: request.tag,
                platform: (0,registry/* formatPlatform */.Bq)(image.platform),
                pushed: !present,
                tagged: pushed.changed,
                uploaded: pushed.uploaded,
                skipped: pushed.skipped,
            };
        });
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}
async function describeRepository(ecr, where) {
    try {
        const answer = await ecr.send(new dist_cjs.DescribeRepositoriesCommand({ registryId: where.account, repositoryNames: [where.repository] }));
        const repository = answer.repositories?.[0];
        if (!repository)
            throw new errors/* UserError */.yo(`ECR DescribeRepositories returned nothing for repository "${where.repository}" in ${where.account}/${where.region}.`);
        return repository;
    }
    catch (error) {
        if ((0,errors/* isAwsErrorNamed */.X1)(error, 'RepositoryNotFoundException')) {
            throw new errors/* UserError */.yo(`ECR repository "${where.repository}" (ecr_repository of runtime "${where.runtime}") does not exist in account ${where.account}, region ${where.region}. ` +
                `Run setup-env for environment "${where.environment}" first: it creates the repository.`);
        }
        throw (0,errors/* explain */.WE)(`Checking ECR repository "${where.repository}" in ${where.account}/${where.region}`, error, 'The credentials need ecr:DescribeRepositories.');
    }
}
/** Would ECR refuse to move this tag? IMMUTABLE, or one of the *_WITH_EXCLUSION forms and its wildcard filters. */
function isTagImmutable(repository, tag) {
    const excluded = (repository.imageTagMutabilityExclusionFilters ?? []).some((f) => wildcard(f.filter ?? '').test(tag));
    switch (repository.imageTagMutability) {
        case 'IMMUTABLE':
            return true;
        case 'IMMUTABLE_WITH_EXCLUSION':
            return !excluded;
        case 'MUTABLE_WITH_EXCLUSION':
            return excluded;
        default:
            return false;
    }
}
function wildcard(filter) {
    return new RegExp(`^${filter.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}


/***/ })

};
