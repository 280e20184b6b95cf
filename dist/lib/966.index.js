export const id = 966;
export const ids = [966,845];
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

/***/ 7954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L1: () => (/* reexport */ copyImage),
  Bq: () => (/* reexport */ formatPlatform),
  rE: () => (/* reexport */ loginToEcr),
  FL: () => (/* reexport */ oci_parsePlatform),
  G_: () => (/* reexport */ pushOciLayout),
  I$: () => (/* reexport */ readOciLayout)
});

// UNUSED EXPORTS: DEFAULT_CHUNK_SIZE, MediaType, OciRegistry, ecrRegistryHost, readFileTree, writeOciLayout

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/clock.ts
var clock = __webpack_require__(2257);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/registry/oci.ts


/** OCI image and Docker v2 media types, and the shapes of the documents we read and write. */
const oci_MediaType = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
};
/** What a registry client accepts when it reads a manifest. */
const MANIFEST_ACCEPT = [oci_MediaType.ociManifest, oci_MediaType.ociIndex, oci_MediaType.dockerManifest, oci_MediaType.dockerManifestList].join(', ');
const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;
function oci_sha256(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
function isIndex(mediaType) {
    return mediaType === oci_MediaType.ociIndex || mediaType === oci_MediaType.dockerManifestList;
}
/** "linux/arm64" or "linux/arm64/v8" as a Platform; a UserError for anything else. */
function oci_parsePlatform(value) {
    const [os, architecture, variant, ...rest] = value.split('/');
    if (!os || !architecture || rest.length)
        throw new errors/* UserError */.yo(`Invalid platform "${value}": expected os/architecture[/variant], e.g. linux/arm64.`);
    return { os, architecture, ...(variant ? { variant } : {}) };
}
function formatPlatform(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
/** Does an image's platform satisfy the requested one? A requested variant must match; arm64's v8 is the default. */
function platformMatches(actual, wanted) {
    if (actual.os !== wanted.os || actual.architecture !== wanted.architecture)
        return false;
    if (!wanted.variant)
        return true;
    const defaultVariant = wanted.architecture === 'arm64' ? 'v8' : undefined;
    return (actual.variant ?? defaultVariant) === wanted.variant;
}
/** The media type of a manifest document: its own field, else guessed from its shape. */
function manifestMediaType(document) {
    if (typeof document.mediaType === 'string')
        return document.mediaType;
    return Array.isArray(document.manifests) ? oci_MediaType.ociIndex : oci_MediaType.ociManifest;
}

;// CONCATENATED MODULE: ./src/core/registry/client.ts




const DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024;
const DEFAULT_MAX_ATTEMPTS = 5;
const BACKOFF_BASE_MS = 200;
const BACKOFF_CAP_MS = 5000;
/** A throttled, 5xx or network failure: worth another attempt. */
class TransientError extends Error {
}
class OciRegistry {
    endpoint;
    registry;
    authorization;
    logger;
    clock;
    chunkSize;
    maxAttempts;
    constructor(options) {
        this.endpoint = options.endpoint.replace(/\/+$/, '');
        this.registry = options.registry;
        this.authorization = `Basic ${Buffer.from(`${options.username}:${options.password}`).toString('base64')}`;
        this.logger = options.logger;
        this.clock = options.clock ?? clock/* systemClock */.m;
        this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
        this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    }
    /** `<registry>/<repository>`, as image URIs spell it. */
    repositoryUri(repository) {
        return `${this.registry}/${repository}`;
    }
    async hasBlob(repository, digest) {
        const response = await this.send('HEAD', this.url(repository, `blobs/${digest}`), {
            attempt: `Checking blob ${digest} in ${this.repositoryUri(repository)}`,
            repository,
            expect: [404],
        });
        return response.status !== 404;
    }
    /** Reads a blob as a stream of chunks; the upload it feeds checks the digest. */
    async openBlob(repository, digest) {
        const response = await this.send('GET', this.url(repository, `blobs/${digest}`), {
            attempt: `Reading blob ${digest} from ${this.repositoryUri(repository)}`,
            repository,
        });
        if (!response.body)
            return (async function* () { })();
        return response.body;
    }
    /**
     * Uploads a blob: in one request up to the chunk size, in chunks above it. With `mountFrom`
     * (a repository of this same registry) it asks the registry to share the blob instead.
     * Checks the content's digest before committing. Says whether bytes were sent or mounted.
     */
    async uploadBlob(repository, blob, mountFrom) {
        for (let attempt = 1;; attempt++) {
            try {
                return await this.uploadOnce(repository, blob, mountFrom);
            }
            catch (error) {
                if (!(error instanceof TransientError) || attempt >= this.maxAttempts)
                    throw this.final(error);
                await this.backoff(`Uploading blob ${blob.digest}: ${error.message}`, attempt);
            }
        }
    }
    /** The digest a tag (or digest) points at, or undefined when the repository has no such manifest. */
    async manifestDigest(repository, reference) {
        const response = await this.send('HEAD', this.url(repository, `manifests/${reference}`), {
            attempt: `Checking ${this.reference(repository, reference)}`,
            repository,
            headers: { accept: MANIFEST_ACCEPT },
            expect: [404],
        });
        if (response.status === 404)
            return undefined;
        return response.headers.get('docker-content-digest') ?? undefined;
    }
    async getManifest(repository, reference) {
        const what = this.reference(repository, reference);
        const response = await this.send('GET', this.url(repository, `manifests/${reference}`), {
            attempt: `Reading manifest ${what}`,
            repository,
            headers: { accept: MANIFEST_ACCEPT },
        });
        const bytes = Buffer.from(await response.arrayBuffer());
        const digest = oci_sha256(bytes);
        const claimed = reference.startsWith('sha256:') ? reference : response.headers.get('docker-content-digest');
        if (claimed && claimed !== digest) {
            throw new errors/* UserError */.yo(`The manifest of ${what} does not match its digest: the registry sent content with digest ${digest}, not ${claimed}.`);
        }
        return { bytes, mediaType: response.headers.get('content-type')?.split(';')[0] ?? '', digest };
    }
    /**
     * Puts manifest bytes exactly as given (so the digest is preserved) under a tag or digest.
     * A refused tag on an IMMUTABLE repository names both digests.
     */
    async putManifest(repository, reference, bytes, mediaType) {
        const digest = oci_sha256(bytes);
        const what = this.reference(repository, reference);
        const response = await this.send('PUT', this.url(repository, `manifests/${reference}`), {
            attempt: `Pushing manifest ${digest} as ${what}`,
            repository,
            headers: { 'content-type': mediaType },
            body: bytes,
            expect: [400],
        });
        if (response.status === 400) {
            const error = await readError(response);
            if (error.code === 'TAG_INVALID' && !reference.startsWith('sha256:')) {
                const current = await this.manifestDigest(repository, reference);
                if (current && current !== digest) {
                    throw new errors/* UserError */.yo(`Tag "${reference}" of ${this.repositoryUri(repository)} is immutable and already points at ${current}; this image is ${digest}. ` +
                        'Push it under a new tag (e.g. the commit SHA), or make the repository MUTABLE.');
                }
            }
            throw new errors/* UserError */.yo(`Pushing manifest ${digest} as ${what} failed: HTTP 400 ${error.code}: ${error.message}`);
        }
        const returned = response.headers.get('docker-content-digest');
        if (returned && returned !== digest) {
            throw new errors/* UserError */.yo(`The registry stored ${what} under digest ${returned}, but the manifest sent has digest ${digest}.`);
        }
        return digest;
    }
    async uploadOnce(repository, blob, mountFrom) {
        const attempt = `Uploading blob ${blob.digest} (${blob.size} bytes) to ${this.repositoryUri(repository)}`;
        const start = new URL(this.url(repository, 'blobs/uploads/'));
        if (mountFrom) {
            start.searchParams.set('mount', blob.digest);
            start.searchParams.set('from', mountFrom);
        }
        const started = await this.send('POST', start.toString(), { attempt, repository, retry: false });
        if (started.status === 201)
            return 'mounted';
        let location = this.location(started, attempt);
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let offset = 0;
        let body;
        if (blob.size <= this.chunkSize) {
            body = Buffer.concat(await collect(blob.open()));
            hash.update(body);
            offset = body.length;
        }
        else {
            for await (const chunk of rechunk(blob.open(), this.chunkSize)) {
                hash.update(chunk);
                const patched = await this.send('PATCH', location, {
                    attempt,
                    repository,
                    headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${offset + chunk.length - 1}` },
                    body: chunk,
                    retry: false,
                });
                offset += chunk.length;
                location = this.location(patched, attempt);
            }
        }
        const actual = `sha256:${hash.digest('hex')}`;
        if (actual !== blob.digest || offset !== blob.size) {
            await this.send('DELETE', location, { attempt, repository, expect: [404], retry: false }).catch(() => undefined);
            throw new errors/* UserError */.yo(`${blob.origin} is not what its descriptor says: expected ${blob.digest} (${blob.size} bytes), got ${actual} (${offset} bytes). Nothing was committed.`);
        }
        const finish = new URL(location);
        finish.searchParams.set('digest', blob.digest);
        await this.send('PUT', finish.toString(), {
            attempt,
            repository,
            headers: { 'content-type': 'application/octet-stream' },
            ...(body ? { body } : {}),
            retry: false,
        });
        return 'uploaded';
    }
    url(repository, rest) {
        return `${this.endpoint}/v2/${repository}/${rest}`;
    }
    reference(repository, reference) {
        return `${this.repositoryUri(repository)}${reference.startsWith('sha256:') ? '@' : ':'}${reference}`;
    }
    location(response, attempt) {
        const location = response.headers.get('location');
        if (!location)
            throw new errors/* UserError */.yo(`${attempt} failed: the registry answered HTTP ${response.status} without a Location header.`);
        return new URL(location, this.endpoint).toString();
    }
    async backoff(what, attempt) {
        const delay = Math.round(Math.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt));
        this.logger.info(`${what}; retrying in ${(delay / 1000).toFixed(1)}s (attempt ${attempt + 1} of ${this.maxAttempts})`);
        await this.clock.sleep(delay);
    }
    final(error) {
        return error instanceof TransientError ? new errors/* UserError */.yo(error.message) : error;
    }
    async send(method, url, options) {
        for (let attempt = 1;; attempt++) {
            try {
                return await this.sendOnce(method, url, options);
            }
            catch (error) {
                const retry = options.retry ?? true;
                if (!retry || !(error instanceof TransientError) || attempt >= this.maxAttempts)
                    throw retry ? this.final(error) : error;
                await this.backoff(error.message, attempt);
            }
        }
    }
    async sendOnce(method, url, options) {
        let response;
        try {
            response = await fetch(url, {
                method,
                headers: { authorization: this.authorization, ...options.headers },
                ...(options.body ? { body: options.body } : {}),
            });
        }
        catch (error) {
            const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
            throw new TransientError(`${options.attempt} failed: could not reach ${this.endpoint} (${cause})`);
        }
        this.logger.debug(`${method} ${new URL(url).pathname} -> HTTP ${response.status}`);
        if (response.ok || options.expect?.includes(response.status)) {
            // Bodies of HEAD answers and of steps whose content we ignore are drained, so sockets are reused.
            if (method === 'HEAD' || (method !== 'GET' && response.status !== 400))
                await response.arrayBuffer();
            return response;
        }
        const error = await readError(response);
        const detail = `HTTP ${response.status}${error.code ? ` ${error.code}` : ''}${error.message ? `: ${error.message}` : ''}`;
        if (response.status === 429 || response.status >= 500)
            throw new TransientError(`${options.attempt} failed: ${detail}`);
        throw new errors/* UserError */.yo(this.explain(response.status, error.code, detail, options));
    }
    explain(status, code, detail, options) {
        const head = `${options.attempt} failed: ${detail}.`;
        if (status === 401) {
            return `${head} The registry ${this.registry} refused the credentials: ECR tokens last 12 hours and open one registry. Log in again with GetAuthorizationToken for that account and region.`;
        }
        if (status === 403) {
            return (`${head} Pushing needs credentials of the registry's own account; pulling from another account needs the repository policy of ` +
                `${this.repositoryUri(options.repository)} to allow this account ecr:BatchGetImage and ecr:GetDownloadUrlForLayer.`);
        }
        if (status === 404 && code === 'NAME_UNKNOWN') {
            return `${options.attempt} failed: repository "${options.repository}" does not exist in registry ${this.registry}. Run setup-env to create it.`;
        }
        return head;
    }
}
async function readError(response) {
    const text = await response.text().catch(() => '');
    try {
        const first = JSON.parse(text).errors?.[0];
        return { code: first?.code ?? '', message: first?.message ?? '' };
    }
    catch {
        return { code: '', message: text.slice(0, 200) };
    }
}
async function collect(source) {
    const chunks = [];
    for await (const chunk of source)
        chunks.push(Buffer.from(chunk));
    return chunks;
}
/** Regroups a stream into chunks of exactly `size` bytes (the last one shorter). */
async function* rechunk(source, size) {
    let pending = [];
    let pendingBytes = 0;
    for await (const piece of source) {
        let rest = Buffer.from(piece);
        while (pendingBytes + rest.length >= size) {
            const take = size - pendingBytes;
            yield Buffer.concat([...pending, rest.subarray(0, take)]);
            rest = rest.subarray(take);
            pending = [];
            pendingBytes = 0;
        }
        if (rest.length) {
            pending.push(rest);
            pendingBytes += rest.length;
        }
    }
    if (pendingBytes)
        yield Buffer.concat(pending);
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var dist_cjs = __webpack_require__(8249);
;// CONCATENATED MODULE: ./src/core/registry/ecr-login.ts



function ecrRegistryHost(account, region) {
    return `${account}.dkr.ecr.${region}.amazonaws.com`;
}
/**
 * Logs in to an ECR registry with GetAuthorizationToken: the token is `AWS:<password>` in base64,
 * and requests go to its proxyEndpoint (the emulator's own URL when AWS_ENDPOINT_URL points there).
 */
async function loginToEcr(target, options) {
    const registry = ecrRegistryHost(options.registryId, target.region);
    let data;
    try {
        const answer = await target.ecr.send(new dist_cjs.GetAuthorizationTokenCommand({ registryIds: [options.registryId] }));
        data = answer.authorizationData?.[0];
    }
    catch (error) {
        throw (0,errors/* explain */.WE)(`Logging in to ${registry} (ECR GetAuthorizationToken in ${target.region})`, error, 'The credentials need ecr:GetAuthorizationToken.');
    }
    const token = data?.authorizationToken;
    if (!token || !data?.proxyEndpoint)
        throw new errors/* UserError */.yo(`ECR GetAuthorizationToken in ${target.region} returned no authorization data for ${registry}.`);
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const separator = decoded.indexOf(':');
    const password = decoded.slice(separator + 1);
    // Both the token and the password inside it would open the registry: mask them before any log line.
    options.mask(token);
    options.mask(password);
    if (separator <= 0)
        throw new errors/* UserError */.yo(`The ECR authorization token for ${registry} is not "user:password" in base64.`);
    const expires = data.expiresAt ? ` (token expires ${data.expiresAt.toISOString()})` : '';
    options.logger.info(`Logged in to ${registry} at ${data.proxyEndpoint}${expires}`);
    return new OciRegistry({
        endpoint: data.proxyEndpoint,
        registry,
        username: decoded.slice(0, separator),
        password,
        logger: options.logger,
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.chunkSize ? { chunkSize: options.chunkSize } : {}),
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/core/registry/push-layout.ts





function blobPath(dir, digest) {
    return (0,external_node_path_.join)(dir, 'blobs', ...digest.split(':'));
}
async function readJson(path, what) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        throw new errors/* UserError */.yo(`${what} is missing: ${path}. Expected an OCI image layout (oci-layout, index.json, blobs/sha256/…).`);
    }
    try {
        return JSON.parse(text);
    }
    catch {
        throw new errors/* UserError */.yo(`${what} is not valid JSON: ${path}.`);
    }
}
/** A blob of the layout whose bytes match its descriptor's digest and size. */
async function readBlob(dir, descriptor) {
    const path = blobPath(dir, descriptor.digest);
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch {
        throw new errors/* UserError */.yo(`The OCI layout ${dir} lacks blob ${descriptor.digest} (${path}).`);
    }
    const digest = oci_sha256(bytes);
    if (digest !== descriptor.digest || bytes.length !== descriptor.size) {
        throw new errors/* UserError */.yo(`Blob ${path} is corrupt: its content is ${digest} (${bytes.length} bytes), its descriptor says ${descriptor.digest} (${descriptor.size} bytes).`);
    }
    return bytes;
}
/** Build attestations (docker buildx) sit in indexes as manifests for platform unknown/unknown. */
function isAttestation(descriptor) {
    return descriptor.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' || descriptor.platform?.os === 'unknown';
}
function describe(descriptor) {
    return `${descriptor.platform ? formatPlatform(descriptor.platform) : 'no platform'} (${descriptor.digest})`;
}
/** Picks the one image manifest an index leads to, descending through nested indexes. */
async function selectManifest(dir, manifests, wanted, where) {
    const candidates = manifests.filter((d) => !isAttestation(d));
    let chosen;
    if (candidates.length === 1)
        chosen = candidates[0];
    else if (candidates.length === 0)
        throw new errors/* UserError */.yo(`${where} lists no image manifest.`);
    else if (!wanted) {
        throw new errors/* UserError */.yo(`${where} lists ${candidates.length} manifests (${candidates.map(describe).join(', ')}): choose a platform to push one of them.`);
    }
    else {
        const matching = candidates.filter((d) => d.platform && platformMatches(d.platform, wanted));
        if (matching.length !== 1) {
            throw new errors/* UserError */.yo(`${where} has ${matching.length === 0 ? 'no' : `${matching.length}`} manifests for ${formatPlatform(wanted)} among ${candidates.map(describe).join(', ')}: ` +
                'push a layout with exactly one image for that platform.');
        }
        chosen = matching[0];
    }
    if (!isIndex(chosen.mediaType))
        return chosen;
    const nested = JSON.parse((await readBlob(dir, chosen)).toString('utf8'));
    return selectManifest(dir, nested.manifests ?? [], wanted, `Index ${chosen.digest} in ${dir}`);
}
/**
 * Reads the single-platform image an OCI layout holds. An index with several images needs a
 * platform; an image built for another platform than the one asked for is refused.
 */
async function readOciLayout(dir, platform) {
    const wanted = platform ? oci_parsePlatform(platform) : undefined;
    const layout = await readJson((0,external_node_path_.join)(dir, 'oci-layout'), 'The oci-layout file');
    if (layout.imageLayoutVersion !== '1.0.0') {
        throw new errors/* UserError */.yo(`${(0,external_node_path_.join)(dir, 'oci-layout')} declares imageLayoutVersion ${JSON.stringify(layout.imageLayoutVersion)}; only 1.0.0 is supported.`);
    }
    const index = await readJson((0,external_node_path_.join)(dir, 'index.json'), 'The index.json file');
    const descriptor = await selectManifest(dir, Array.isArray(index.manifests) ? index.manifests : [], wanted, `${(0,external_node_path_.join)(dir, 'index.json')}`);
    const bytes = await readBlob(dir, descriptor);
    const manifest = JSON.parse(bytes.toString('utf8'));
    if (!manifest.config || !Array.isArray(manifest.layers))
        throw new errors/* UserError */.yo(`Manifest ${descriptor.digest} in ${dir} is not an image manifest (no config or layers).`);
    const config = JSON.parse((await readBlob(dir, manifest.config)).toString('utf8'));
    const actual = { os: config.os ?? 'unknown', architecture: config.architecture ?? 'unknown', ...(config.variant ? { variant: config.variant } : {}) };
    if (wanted && !platformMatches(actual, wanted)) {
        throw new errors/* UserError */.yo(`The image in ${dir} (${descriptor.digest}) is built for ${formatPlatform(actual)}, but ${formatPlatform(wanted)} was requested. ` +
            `Build it for ${formatPlatform(wanted)}, e.g. buildah build --platform ${formatPlatform(wanted)}.`);
    }
    return {
        dir,
        manifest: bytes,
        mediaType: descriptor.mediaType ?? manifestMediaType(manifest),
        digest: descriptor.digest,
        config: manifest.config,
        layers: manifest.layers,
        platform: actual,
    };
}
/** Unique blobs of an image manifest: its config, then its layers. */
function imageBlobs(manifest) {
    const seen = new Set();
    return [manifest.config, ...manifest.layers].filter((d) => !seen.has(d.digest) && seen.add(d.digest));
}
/**
 * Pushes the image of an OCI layout: blobs the repository lacks (HEAD first), then the manifest
 * bytes unchanged, so the digest in the registry is the layout's. A tag already on this digest
 * makes it a no-op.
 */
async function pushOciLayout(client, repository, dir, options) {
    const image = await readOciLayout(dir, options.platform);
    const { logger } = options;
    const imageUri = `${client.repositoryUri(repository)}@${image.digest}`;
    const result = { digest: image.digest, imageUri, uploaded: [], skipped: [], changed: false };
    const reference = options.tag ?? image.digest;
    if ((await client.manifestDigest(repository, reference)) === image.digest) {
        logger.info(`${client.repositoryUri(repository)}:${reference} is already ${image.digest}; nothing to push`);
        result.skipped.push(...imageBlobs(image).map((d) => d.digest));
        return result;
    }
    const present = options.tag ? (await client.manifestDigest(repository, image.digest)) === image.digest : false;
    for (const descriptor of imageBlobs(image)) {
        if (present || (await client.hasBlob(repository, descriptor.digest))) {
            result.skipped.push(descriptor.digest);
            logger.debug(`blob ${descriptor.digest} is already in ${repository}`);
            continue;
        }
        const path = blobPath(dir, descriptor.digest);
        if (!(await (0,promises_.stat)(path).catch(() => undefined))?.isFile())
            throw new errors/* UserError */.yo(`The OCI layout ${dir} lacks blob ${descriptor.digest} (${path}).`);
        const source = { digest: descriptor.digest, size: descriptor.size, origin: `Blob ${path}`, open: () => (0,external_node_fs_.createReadStream)(path) };
        await client.uploadBlob(repository, source);
        result.uploaded.push(descriptor.digest);
        logger.info(`uploaded blob ${descriptor.digest} (${descriptor.size} bytes)`);
    }
    await client.putManifest(repository, reference, image.manifest, image.mediaType);
    result.changed = true;
    logger.info(`pushed ${imageUri}${options.tag ? ` as ${options.tag}` : ''} (${formatPlatform(image.platform)})`);
    return result;
}

;// CONCATENATED MODULE: ./src/core/registry/copy.ts



/**
 * Copies an image by digest between registries (another account or region: two logins), byte
 * for byte so the digest is kept. Blobs the target has are skipped (HEAD first); within one
 * registry the target mounts them from the source repository instead of receiving bytes.
 */
async function copyImage(options) {
    const { source, target, digest, logger } = options;
    if (!DIGEST_PATTERN.test(digest))
        throw new errors/* UserError */.yo(`Cannot copy "${digest}": an image is copied by its digest, sha256:<64 hex digits>.`);
    const targetUri = target.client.repositoryUri(target.repository);
    const result = { digest, imageUri: `${targetUri}@${digest}`, uploaded: [], mounted: [], skipped: [], changed: false };
    const reference = options.tag ?? digest;
    if ((await target.client.manifestDigest(target.repository, reference)) === digest) {
        logger.info(`${targetUri}:${reference} is already ${digest}; nothing to copy`);
        return result;
    }
    const sameRegistry = source.client.registry === target.client.registry;
    async function copyBlobs(manifest) {
        for (const descriptor of imageBlobs(manifest)) {
            if (await target.client.hasBlob(target.repository, descriptor.digest)) {
                result.skipped.push(descriptor.digest);
                continue;
            }
            const blob = {
                digest: descriptor.digest,
                size: descriptor.size,
                origin: `Blob ${descriptor.digest} read from ${source.client.repositoryUri(source.repository)}`,
                open: async function* () {
                    yield* await source.client.openBlob(source.repository, descriptor.digest);
                },
            };
            const how = await target.client.uploadBlob(target.repository, blob, sameRegistry ? source.repository : undefined);
            result[how].push(descriptor.digest);
            logger.info(`${how} blob ${descriptor.digest} (${descriptor.size} bytes)`);
        }
    }
    /** Copies one manifest after what it references (blobs, or the images of an index), and pushes it as `pushAs`. */
    async function copyManifest(manifestDigest, pushAs) {
        if (pushAs === manifestDigest && (await target.client.manifestDigest(target.repository, manifestDigest)) === manifestDigest)
            return;
        const fetched = await source.client.getManifest(source.repository, manifestDigest);
        const document = JSON.parse(fetched.bytes.toString('utf8'));
        const mediaType = fetched.mediaType || manifestMediaType(document);
        if (isIndex(mediaType)) {
            for (const child of document.manifests ?? [])
                await copyManifest(child.digest, child.digest);
        }
        else {
            await copyBlobs(document);
        }
        await target.client.putManifest(target.repository, pushAs, fetched.bytes, mediaType);
    }
    await copyManifest(digest, reference);
    result.changed = true;
    logger.info(`copied ${source.client.repositoryUri(source.repository)}@${digest} to ${targetUri}${options.tag ? ` as ${options.tag}` : ''}`);
    return result;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/core/registry/build-layout.ts






/** 1970-01-01: nothing in the image depends on when it was built. */
const EPOCH = new Date(0);
function imagePath(path) {
    const normalized = posix.normalize(path.replace(/\\/g, '/')).replace(/^\/+/, '');
    if (!normalized || normalized === '.' || normalized.split('/').includes('..')) {
        throw new UserError(`Invalid image path "${path}": it must name a file inside the image, without "..".`);
    }
    return normalized;
}
function layerEntries(files) {
    const contents = new Map();
    for (const [path, value] of Object.entries(files)) {
        const name = imagePath(path);
        if (contents.has(name))
            throw new UserError(`The image path "${name}" is given twice.`);
        contents.set(name, typeof value === 'string' ? Buffer.from(value, 'utf8') : value);
    }
    const directories = new Set();
    for (const name of contents.keys()) {
        const parts = name.split('/');
        for (let i = 1; i < parts.length; i++)
            directories.add(parts.slice(0, i).join('/'));
    }
    const owner = { mtime: EPOCH, uid: 0, gid: 0, uname: '', gname: '' };
    const entries = [
        ...[...directories].map((d) => [d, { header: { name: `${d}/`, type: 'directory', size: 0, mode: 0o755, ...owner } }]),
        ...[...contents].map(([name, body]) => [name, { header: { name, type: 'file', size: body.length, mode: 0o644, ...owner }, body }]),
    ];
    // Byte order of paths, so a directory precedes its contents and the order never depends on locale.
    return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
}
async function writeBlob(dir, bytes, mediaType) {
    const digest = sha256(bytes);
    await writeFile(join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length)), bytes);
    return { mediaType, digest, size: bytes.length };
}
function sortedObject(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** Writes `dir` as an OCI image layout holding one image; replaces its index.json. */
async function writeOciLayout(dir, spec) {
    const platform = parsePlatform(spec.platform);
    await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
    const tar = await packTar(layerEntries(spec.files));
    const layer = await writeBlob(dir, gzipSync(tar, { level: 9 }), MediaType.ociLayerGzip);
    const configDocument = {
        created: EPOCH.toISOString(),
        architecture: platform.architecture,
        os: platform.os,
        ...(platform.variant ? { variant: platform.variant } : {}),
        config: {
            ...(spec.env ? { Env: Object.entries(sortedObject(spec.env)).map(([k, v]) => `${k}=${v}`) } : {}),
            ...(spec.entrypoint ? { Entrypoint: spec.entrypoint } : {}),
            ...(spec.labels ? { Labels: sortedObject(spec.labels) } : {}),
        },
        rootfs: { type: 'layers', diff_ids: [sha256(tar)] },
        history: [{ created: EPOCH.toISOString(), created_by: 'agentcore-actions writeOciLayout' }],
    };
    const config = await writeBlob(dir, Buffer.from(JSON.stringify(configDocument)), MediaType.ociConfig);
    const manifestDocument = { schemaVersion: 2, mediaType: MediaType.ociManifest, config, layers: [layer] };
    const manifest = await writeBlob(dir, Buffer.from(JSON.stringify(manifestDocument)), MediaType.ociManifest);
    const index = { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [{ ...manifest, platform }] };
    await writeFile(join(dir, 'index.json'), JSON.stringify(index));
    await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    return { digest: manifest.digest, manifest, config, layer };
}
/** Every regular file under `root`, keyed by its path relative to root with "/" separators: the `files` of an ImageSpec. */
async function readFileTree(root) {
    const files = {};
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
        if (!entry.isFile())
            continue;
        const full = join(entry.parentPath, entry.name);
        files[relative(root, full).split(sep).join('/')] = await readFile(full);
    }
    return files;
}

;// CONCATENATED MODULE: ./src/core/registry/index.ts
/** The product's registry side: ECR login, OCI layouts, pushes and registry-to-registry copies. */








/***/ })

};
