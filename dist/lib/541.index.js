export const id = 541;
export const ids = [541];
export const modules = {

/***/ 7541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ deploy_version_run)
});

// EXTERNAL MODULE: ./src/core/clock.ts
var clock = __webpack_require__(2257);
// EXTERNAL MODULE: ./src/core/config/index.ts + 9 modules
var core_config = __webpack_require__(2359);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(6706);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-bedrock-agentcore-control/dist-cjs/index.js
var dist_cjs = __webpack_require__(7508);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var client_cloudformation_dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var client_ecr_dist_cjs = __webpack_require__(8249);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var client_ssm_dist_cjs = __webpack_require__(4736);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/core/aws/clients.ts
var clients = __webpack_require__(6285);
// EXTERNAL MODULE: ./src/core/identity.ts
var core_identity = __webpack_require__(4845);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
function oci_isIndex(mediaType) {
    return mediaType === oci_MediaType.ociIndex || mediaType === oci_MediaType.dockerManifestList;
}
/** "linux/arm64" or "linux/arm64/v8" as a Platform; a UserError for anything else. */
function oci_parsePlatform(value) {
    const [os, architecture, variant, ...rest] = value.split('/');
    if (!os || !architecture || rest.length)
        throw new UserError(`Invalid platform "${value}": expected os/architecture[/variant], e.g. linux/arm64.`);
    return { os, architecture, ...(variant ? { variant } : {}) };
}
function oci_formatPlatform(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
/** Does an image's platform satisfy the requested one? A requested variant must match; arm64's v8 is the default. */
function oci_platformMatches(actual, wanted) {
    if (actual.os !== wanted.os || actual.architecture !== wanted.architecture)
        return false;
    if (!wanted.variant)
        return true;
    const defaultVariant = wanted.architecture === 'arm64' ? 'v8' : undefined;
    return (actual.variant ?? defaultVariant) === wanted.variant;
}
/** The media type of a manifest document: its own field, else guessed from its shape. */
function oci_manifestMediaType(document) {
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
class RegistryClient {
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
    const ecr = (0,clients/* createClient */.UU)(client_ecr_dist_cjs/* ECRClient */.S70, target);
    let data;
    try {
        const answer = await ecr.send(new client_ecr_dist_cjs/* GetAuthorizationTokenCommand */.Eu6({ registryIds: [options.registryId] }));
        data = answer.authorizationData?.[0];
    }
    catch (error) {
        throw (0,errors/* explain */.WE)(`Logging in to ${registry} (ECR GetAuthorizationToken in ${target.region})`, error, 'The credentials need ecr:GetAuthorizationToken.');
    }
    finally {
        ecr.destroy();
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
    return new RegistryClient({
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
    return join(dir, 'blobs', ...digest.split(':'));
}
async function readJson(path, what) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch {
        throw new UserError(`${what} is missing: ${path}. Expected an OCI image layout (oci-layout, index.json, blobs/sha256/…).`);
    }
    try {
        return JSON.parse(text);
    }
    catch {
        throw new UserError(`${what} is not valid JSON: ${path}.`);
    }
}
/** A blob of the layout whose bytes match its descriptor's digest and size. */
async function readBlob(dir, descriptor) {
    const path = blobPath(dir, descriptor.digest);
    let bytes;
    try {
        bytes = await readFile(path);
    }
    catch {
        throw new UserError(`The OCI layout ${dir} lacks blob ${descriptor.digest} (${path}).`);
    }
    const digest = sha256(bytes);
    if (digest !== descriptor.digest || bytes.length !== descriptor.size) {
        throw new UserError(`Blob ${path} is corrupt: its content is ${digest} (${bytes.length} bytes), its descriptor says ${descriptor.digest} (${descriptor.size} bytes).`);
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
        throw new UserError(`${where} lists no image manifest.`);
    else if (!wanted) {
        throw new UserError(`${where} lists ${candidates.length} manifests (${candidates.map(describe).join(', ')}): choose a platform to push one of them.`);
    }
    else {
        const matching = candidates.filter((d) => d.platform && platformMatches(d.platform, wanted));
        if (matching.length !== 1) {
            throw new UserError(`${where} has ${matching.length === 0 ? 'no' : `${matching.length}`} manifests for ${formatPlatform(wanted)} among ${candidates.map(describe).join(', ')}: ` +
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
    const wanted = platform ? parsePlatform(platform) : undefined;
    const layout = await readJson(join(dir, 'oci-layout'), 'The oci-layout file');
    if (layout.imageLayoutVersion !== '1.0.0') {
        throw new UserError(`${join(dir, 'oci-layout')} declares imageLayoutVersion ${JSON.stringify(layout.imageLayoutVersion)}; only 1.0.0 is supported.`);
    }
    const index = await readJson(join(dir, 'index.json'), 'The index.json file');
    const descriptor = await selectManifest(dir, Array.isArray(index.manifests) ? index.manifests : [], wanted, `${join(dir, 'index.json')}`);
    const bytes = await readBlob(dir, descriptor);
    const manifest = JSON.parse(bytes.toString('utf8'));
    if (!manifest.config || !Array.isArray(manifest.layers))
        throw new UserError(`Manifest ${descriptor.digest} in ${dir} is not an image manifest (no config or layers).`);
    const config = JSON.parse((await readBlob(dir, manifest.config)).toString('utf8'));
    const actual = { os: config.os ?? 'unknown', architecture: config.architecture ?? 'unknown', ...(config.variant ? { variant: config.variant } : {}) };
    if (wanted && !platformMatches(actual, wanted)) {
        throw new UserError(`The image in ${dir} (${descriptor.digest}) is built for ${formatPlatform(actual)}, but ${formatPlatform(wanted)} was requested. ` +
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
        if (!(await stat(path).catch(() => undefined))?.isFile())
            throw new UserError(`The OCI layout ${dir} lacks blob ${descriptor.digest} (${path}).`);
        const source = { digest: descriptor.digest, size: descriptor.size, origin: `Blob ${path}`, open: () => createReadStream(path) };
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
        const mediaType = fetched.mediaType || oci_manifestMediaType(document);
        if (oci_isIndex(mediaType)) {
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







;// CONCATENATED MODULE: ./src/core/images.ts
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
        throw new errors/* UserError */.yo(`${source} "${uri}" is not an ECR image reference: expected <account>.dkr.ecr.<region>.amazonaws.com/<repository>@sha256:<digest> ` +
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
        const answer = await ecr.send(new client_ecr_dist_cjs/* DescribeImagesCommand */.ji5({ registryId: ref.account, repositoryName: ref.repository, imageIds: [{ imageTag: ref.tag }] }));
        const digest = answer.imageDetails?.[0]?.imageDigest;
        if (!digest)
            throw new errors/* UserError */.yo(`ECR DescribeImages returned no digest for ${uri}.`);
        return digest;
    }
    catch (error) {
        if ((0,errors/* isAwsErrorNamed */.X1)(error, 'ImageNotFoundException')) {
            throw new errors/* UserError */.yo(`The image ${uri} is not in the registry: no image has tag "${ref.tag}". Push it with build-push first, or pass its digest.`);
        }
        if ((0,errors/* isAwsErrorNamed */.X1)(error, 'RepositoryNotFoundException')) {
            throw new errors/* UserError */.yo(`The repository ${registryOf(ref)}/${ref.repository} does not exist. Run setup-env for this environment to create it.`);
        }
        throw (0,errors/* explain */.WE)(`Resolving ${uri} to a digest (ECR DescribeImages)`, error, 'The credentials need ecr:DescribeImages on the repository.');
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
    const login = (registryId, region, credentials) => loginToEcr({ region, ...(credentials ? { credentials } : {}) }, { registryId, mask: options.mask, logger });
    const source = await login(image.account, image.region, options.sourceCredentials);
    const target = await login(options.account, options.region);
    let digest = image.digest;
    if (!digest) {
        digest = await source.manifestDigest(image.repository, image.tag);
        if (!digest)
            throw new errors/* UserError */.yo(`The image ${sourceUri} is not in its registry: no image has tag "${image.tag}".`);
    }
    logger.info(`${sourceUri} is in another registry: copying ${digest} into ${registryOf(own)}/${options.repository}`);
    let copy;
    try {
        copy = await copyImage({ source: { client: source, repository: image.repository }, target: { client: target, repository: options.repository }, digest, logger });
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo && /HTTP 403/.test(error.message)) {
            throw new errors/* UserError */.yo(`${error.message} To let account ${options.account} pull from ${registryOf(image)}/${image.repository}, add it to ` +
                `global_resources.ecr_repositories.${image.repository}.cross_account_pull in the config and run setup-env for the source environment ` +
                '(templates/ecr-repository.yaml, parameter PullAccountIds, sets the repository policy).');
        }
        throw error;
    }
    return { imageUri: copy.imageUri, digest, copy: { ...copy, from: `${registryOf(image)}/${image.repository}@${digest}` } };
}

;// CONCATENATED MODULE: ./src/core/wait.ts

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
    if (!(0,errors/* isAwsError */.m_)(error))
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
        options.logger.debug(`${options.what}: polling failed (${(0,errors/* describeError */.Uc)(error)}); trying again`);
        return undefined;
    }
}
function timeoutError(options, last, elapsedMs) {
    return (options.onTimeout?.(last, elapsedMs) ??
        new errors/* UserError */.yo(`Timed out after ${formatElapsed(elapsedMs)} waiting for ${options.what}; the last status seen was ${last?.status ?? 'none (every poll failed)'}.` +
            (options.timeoutHint ? ` ${options.timeoutHint}` : '')));
}

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
    const result = await waitUntil({
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
            `Waited ${formatElapsed(elapsedMs)}. Let that run finish and retry, or if it is dead, wait for its lease to expire ` +
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
        await ssm.send(new client_ssm_dist_cjs/* PutParameterCommand */.ihh({ Name: path, Value: JSON.stringify(record), Type: 'String', Overwrite: false }));
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
        await ssm.send(new client_ssm_dist_cjs/* PutParameterCommand */.ihh({ Name: path, Value: JSON.stringify(record), Type: 'String', Overwrite: overwrite }));
    }
    catch (error) {
        throw (0,errors/* explain */.WE)(`Taking the lease ${path} (SSM PutParameter)`, error);
    }
}
/** The lease as it stands, or undefined when there is none. A value we cannot read counts as expired. */
async function readRecord(ssm, path) {
    let value;
    try {
        value = (await ssm.send(new client_ssm_dist_cjs/* GetParameterCommand */.lhy({ Name: path }))).Parameter?.Value;
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
                await ssm.send(new client_ssm_dist_cjs/* DeleteParameterCommand */.Obs({ Name: path }));
                logger.info(`Released the lease ${path}.`);
            }
            catch (error) {
                logger.warning(`Could not release the lease ${path}: ${(0,errors/* describeError */.Uc)(error)}. It expires at ${record.expiresAt}.`);
            }
        },
    };
}

// EXTERNAL MODULE: ./src/core/ledger.ts
var core_ledger = __webpack_require__(2558);
// EXTERNAL MODULE: ./src/core/secrets.ts
var secrets = __webpack_require__(8198);
// EXTERNAL MODULE: ./src/core/ssm/paths.ts
var paths = __webpack_require__(2513);
// EXTERNAL MODULE: ./src/core/sync/sync.ts
var sync = __webpack_require__(2988);
// EXTERNAL MODULE: ./src/core/target.ts
var core_target = __webpack_require__(4294);
// EXTERNAL MODULE: ./src/core/runtime/authorizer.ts
var runtime_authorizer = __webpack_require__(4221);
// EXTERNAL MODULE: ./src/core/runtime/compare.ts
var compare = __webpack_require__(8931);
;// CONCATENATED MODULE: ./src/core/runtime/lookup.ts
/**
 * Reading AgentCore runtimes: by name (ListAgentRuntimes has no filter, so it pages through all),
 * one version, one endpoint. Failures are UserErrors saying what was being read.
 */


/** The runtime with this AgentCore name, or undefined when there is none. */
async function findRuntimeByName(control, name) {
    try {
        for await (const page of (0,dist_cjs/* paginateListAgentRuntimes */.uoq)({ client: control }, { maxResults: 100 })) {
            const found = page.agentRuntimes?.find((runtime) => runtime.agentRuntimeName === name);
            if (found)
                return found;
        }
    }
    catch (error) {
        throw (0,errors/* explain */.WE)(`Looking for agent runtime ${name} (AgentCore ListAgentRuntimes)`, error, 'The credentials need bedrock-agentcore:ListAgentRuntimes.');
    }
    return undefined;
}
/** A runtime's newest version, or the given one. */
async function getRuntimeVersion(control, runtimeId, version) {
    try {
        return await control.send(new dist_cjs/* GetAgentRuntimeCommand */.lW8({ agentRuntimeId: runtimeId, ...(version ? { agentRuntimeVersion: version } : {}) }));
    }
    catch (error) {
        throw (0,errors/* explain */.WE)(`Reading agent runtime ${runtimeId}${version ? ` version ${version}` : ''} (AgentCore GetAgentRuntime)`, error);
    }
}
/** An endpoint of a runtime, or undefined when it does not exist. */
async function getEndpoint(control, runtimeId, endpointName) {
    try {
        return await control.send(new dist_cjs/* GetAgentRuntimeEndpointCommand */.cKc({ agentRuntimeId: runtimeId, endpointName }));
    }
    catch (error) {
        if ((0,errors/* isAwsErrorNamed */.X1)(error, 'ResourceNotFoundException'))
            return undefined;
        throw (0,errors/* explain */.WE)(`Reading endpoint ${endpointName} of agent runtime ${runtimeId} (AgentCore GetAgentRuntimeEndpoint)`, error);
    }
}

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
    const summary = await findRuntimeByName(control, desired.name);
    if (!summary)
        return { action: 'create' };
    const runtimeId = summary.agentRuntimeId;
    let newest = await getRuntimeVersion(control, runtimeId);
    if (statusCheck(newest.status).state === 'pending') {
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
    return (0,core_config/* sha256Hex */.fg)((0,core_config/* canonicalJson */.dj)({ name: desired.name, base, configHash: desired.configHash, image }));
}
async function create(options) {
    const { desired } = options;
    const answer = await mutate(options, 'CreateAgentRuntime', () => options.control.send(new dist_cjs/* CreateAgentRuntimeCommand */.D0S({
        agentRuntimeName: desired.name,
        description: desired.description,
        ...desired.settings,
        clientToken: clientToken(desired, 'create'),
    })));
    return finish(options, { runtimeId: answer.agentRuntimeId, runtimeArn: answer.agentRuntimeArn, version: answer.agentRuntimeVersion, status: answer.status }, undefined, ['new runtime']);
}
async function update(options, runtimeId, newest, changes) {
    const { desired } = options;
    const answer = await mutate(options, 'UpdateAgentRuntime', () => options.control.send(new dist_cjs/* UpdateAgentRuntimeCommand */.gVM({
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
        result = await waitUntil({
            what,
            // Raw SDK errors, so that `transient` can tell throttling from a refusal.
            poll: () => options.control.send(new dist_cjs/* GetAgentRuntimeCommand */.lW8({ agentRuntimeId: runtimeId, agentRuntimeVersion: version })),
            check: (v) => statusCheck(v.status, v.failureReason),
            transient: isTransientAwsError,
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
    if (error instanceof dist_cjs/* ValidationException */.drm) {
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
;// CONCATENATED MODULE: ./src/core/runtime/source.ts






/** Credentials of a role (another environment's account), for reading only. */
async function assumeRoleCredentials(sts, roleArn, sessionName, mask) {
    let credentials;
    try {
        credentials = (await sts.send(new client_sts_dist_cjs/* AssumeRoleCommand */.QL({ RoleArn: roleArn, RoleSessionName: sessionName.replace(/[^\w+=,.@-]/g, '-').slice(0, 64) }))).Credentials;
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
    const found = await findRuntimeByName(control, runtime.aws_name);
    if (!found)
        throw new errors/* UserError */.yo(`${where} does not exist, so it serves nothing to deploy from. Deploy and promote it there first.`);
    const endpoint = await getEndpoint(control, found.agentRuntimeId, endpointName);
    if (!endpoint) {
        throw new errors/* UserError */.yo(`Endpoint "${endpointName}" of ${where} does not exist. Promote a version there first, or name another endpoint with "from-endpoint".`);
    }
    const version = endpoint.liveVersion;
    if (!version)
        throw new errors/* UserError */.yo(`Endpoint "${endpointName}" of ${where} serves no version yet (status ${endpoint.status}).`);
    const served = await getRuntimeVersion(control, found.agentRuntimeId, version);
    const imageUri = served.agentRuntimeArtifact?.containerConfiguration?.containerUri;
    if (!imageUri)
        throw new errors/* UserError */.yo(`Version ${version} of ${where} runs no container image (it may be a code deployment), so there is no image to deploy.`);
    const image = parseImageUri(imageUri, `The image of version ${version} of ${where}`);
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

;// CONCATENATED MODULE: ./src/core/runtime/deploy-version.ts
/**
 * deploy-version end to end, for one environment and runtime:
 *
 *   check the account → find the image (copy it into this registry when it lives in another)
 *   → read secrets (masked) and the authorizer → plan: nothing to do when the newest version
 *   already runs this (then no lease is taken: an idempotent run changes nothing at all) →
 *   under the runtime's lease: plan again, create/update and wait → ledger entry → the config
 *   copy in SSM when auto_sync_enabled.
 *
 * Nothing mutating happens before checkAccount. Secret values go only into the AgentCore request.
 */



















/** AgentCore calls get more SDK attempts than the default: a throttling burst must not fail a deploy. */
const AGENTCORE_MAX_ATTEMPTS = 12;
/** The lease outlives the longest wait by this much: the update, ledger write and release come after it. */
const LEASE_MARGIN_MS = 10 * 60_000;
async function deployVersion(request) {
    const { environment, runtime, logger } = request;
    const region = environment.region;
    const identity = await logger.group(`Checking credentials for ${environment.name} (${region})`, () => (0,core_identity/* checkAccount */.g)((0,clients/* createClient */.UU)(client_sts_dist_cjs/* STSClient */.iM, { region }), environment));
    logger.info(`Credentials: ${identity.arn} in account ${identity.account}`);
    const ssm = (0,clients/* createClient */.UU)(client_ssm_dist_cjs/* SSMClient */.jBj, { region });
    const control = (0,clients/* createClient */.UU)(dist_cjs/* BedrockAgentCoreControlClient */.zdA, { region, maxAttempts: AGENTCORE_MAX_ATTEMPTS });
    const { image, served } = await logger.group('Finding the image', () => findImage(request, identity.account));
    const desired = await logger.group('Building the runtime request', async () => {
        const secretValues = await (0,secrets/* resolveSecrets */.M)(ssm, runtime.secrets, logger, { configPath: runtime.config_path, region });
        const authorizer = await (0,runtime_authorizer/* resolveAuthorizer */.Q)(environment, runtime, () => (0,clients/* createClient */.UU)(client_cloudformation_dist_cjs/* CloudFormationClient */.m1N, { region }));
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
    if (first.action === 'none')
        return finished(first.result);
    const prefix = environment.global_resources.sync_config.parameter_store_prefix;
    const holder = request.run.runUrl || `${request.run.actor || 'someone'} at commit ${request.run.commit.slice(0, 7) || 'unknown'}`;
    const lease = {
        ssm,
        path: (0,paths/* lockPath */.HZ)(prefix, environment.name, runtime.key),
        holder,
        ttlMs: request.timeoutMs + LEASE_MARGIN_MS,
        waitMs: request.timeoutMs,
        clock: request.clock,
        logger,
    };
    const deployed = await withLease(lease, () => logger.group(`Deploying ${desired.name}`, async () => {
        // Another run may have deployed while this one waited for the lease.
        const result = await applyPlan(deployOptions, await planDeployment(deployOptions));
        if (!result.created)
            return finished(result);
        const entry = {
            type: 'version',
            version: result.version,
            imageDigest: image.digest,
            imageUri: image.imageUri,
            configHash: desired.configHash,
            commit: request.run.commit,
            actor: request.run.actor,
            runUrl: request.run.runUrl,
            time: new Date(request.clock.now()).toISOString(),
        };
        return finished(result, await (0,core_ledger/* appendLedger */.OC)(ssm, (0,paths/* ledgerPath */.tf)(prefix, environment.name, runtime.key), [entry], logger));
    }));
    if (deployed.created)
        await (0,sync/* autoSyncEnvironment */.oG)({ ssm, environment, logger, clock: request.clock });
    return deployed;
}
async function findImage(request, account) {
    const { environment, runtime, logger, source } = request;
    const region = environment.region;
    let imageRef;
    let sourceCredentials;
    let served;
    if ('imageUri' in source) {
        imageRef = parseImageUri(source.imageUri, 'Input "image-uri"');
    }
    else {
        const from = request.config.environment(source.fromEnvironment);
        if (from.name === environment.name)
            throw new errors/* UserError */.yo(`Input "from-environment" names the environment being deployed to ("${environment.name}"): name the environment to promote from.`);
        const fromRuntime = (0,core_target/* selectRuntime */.lf)(request.config, from, runtime.key);
        if (source.fromRoleArn) {
            sourceCredentials = await assumeRoleCredentials((0,clients/* createClient */.UU)(client_sts_dist_cjs/* STSClient */.iM, { region: from.region }), source.fromRoleArn, `agentcore-deploy-${environment.name}`, (secret) => logger.secret(secret));
            logger.info(`Reading environment "${from.name}" as ${source.fromRoleArn}`);
        }
        else if (from.account_id && from.account_id !== account) {
            throw new errors/* UserError */.yo(`Environment "${from.name}" is in account ${from.account_id}, and these credentials are for account ${account}. ` +
                `Set the input "from-role-arn" to a role in ${from.account_id} that this job may assume and that can read AgentCore and SSM there.`);
        }
        const target = { region: from.region, ...(sourceCredentials ? { credentials: sourceCredentials } : {}) };
        const found = await readServedImage({
            environment: from,
            runtime: fromRuntime,
            ...(source.fromEndpoint ? { endpoint: source.fromEndpoint } : {}),
            control: (0,clients/* createClient */.UU)(dist_cjs/* BedrockAgentCoreControlClient */.zdA, { ...target, maxAttempts: AGENTCORE_MAX_ATTEMPTS }),
            ssm: (0,clients/* createClient */.UU)(client_ssm_dist_cjs/* SSMClient */.jBj, target),
            logger,
        });
        served = { ...found, environment: from.name };
        imageRef = found.image;
    }
    const image = await stageImage({
        image: imageRef,
        account,
        region,
        repository: runtime.ecr_repository,
        ...(sourceCredentials ? { sourceCredentials } : {}),
        ecr: (0,clients/* createClient */.UU)(client_ecr_dist_cjs/* ECRClient */.S70, { region }),
        mask: (secret) => logger.secret(secret),
        logger,
    });
    return { image, ...(served ? { served } : {}) };
}

// EXTERNAL MODULE: ./src/github/context.ts
var context = __webpack_require__(9556);
// EXTERNAL MODULE: ./src/github/inputs.ts
var github_inputs = __webpack_require__(5446);
// EXTERNAL MODULE: ./src/github/run.ts + 1 modules
var run = __webpack_require__(4986);
// EXTERNAL MODULE: ./src/github/specs/deploy-version.ts
var deploy_version = __webpack_require__(7268);
;// CONCATENATED MODULE: ./src/actions/deploy-version.ts










async function deploy_version_run() {
    await (0,run/* runAction */.C)(deploy_version/* deployVersionSpec */.T, async ({ logger, summary, setOutput }) => {
        const inputs = (0,github_inputs/* readInputs */.K)(deploy_version/* deployVersionSpec */.T.inputs);
        const source = imageSource(inputs, (message) => logger.warning(message));
        const config = await (0,core_config/* loadConfigFile */._e)(inputs['config-file']);
        const { environment, runtime } = (0,core_target/* selectTarget */._c)(config, inputs.environment, inputs['agent-runtime']);
        const info = (0,context/* runInfo */.Q)();
        summary.add((0,markdown/* table */.tp)(['Environment', 'Region', 'Runtime', 'AWS name', 'Image requested'], [[environment.name, environment.region, runtime.key, (0,markdown/* raw */.lS)((0,markdown/* code */.aY)(runtime.aws_name)), (0,markdown/* raw */.lS)((0,markdown/* code */.aY)(requested(source)))]]));
        const result = await deployVersion({
            config,
            environment,
            runtime,
            source,
            wait: inputs.wait,
            timeoutMs: inputs['timeout-minutes'] * 60_000,
            run: { commit: info.commit, actor: info.actor, runUrl: info.runUrl },
            clock: clock/* systemClock */.m,
            logger,
        });
        setOutput('agent-runtime-id', result.runtimeId);
        setOutput('agent-runtime-arn', result.runtimeArn);
        setOutput('version', result.version);
        setOutput('created', result.created);
        setOutput('previous-version', result.previousVersion ?? '');
        setOutput('image-uri', result.image.imageUri);
        if (!result.created)
            logger.notice(`No new version of ${runtime.aws_name}: ${result.noopReason}.`);
        report(summary, result);
    });
}
function imageSource(inputs, warn) {
    const imageUri = inputs['image-uri'];
    const fromEnvironment = inputs['from-environment'];
    if (imageUri && fromEnvironment)
        throw new errors/* UserError */.yo('Give either input "image-uri" or "from-environment", not both.');
    if (!imageUri && !fromEnvironment) {
        throw new errors/* UserError */.yo('Input "image-uri" or "from-environment" is required: the image to deploy, or the environment whose live image to deploy.');
    }
    if (imageUri) {
        for (const ignored of ['from-endpoint', 'from-role-arn']) {
            if (inputs[ignored])
                warn(`Input "${ignored}" is ignored: it applies only with "from-environment".`);
        }
        return { imageUri };
    }
    return {
        fromEnvironment: fromEnvironment,
        ...(inputs['from-endpoint'] ? { fromEndpoint: inputs['from-endpoint'] } : {}),
        ...(inputs['from-role-arn'] ? { fromRoleArn: inputs['from-role-arn'] } : {}),
    };
}
function requested(source) {
    if ('imageUri' in source)
        return source.imageUri;
    return `live image of ${source.fromEnvironment}${source.fromEndpoint ? ` (endpoint ${source.fromEndpoint})` : ''}`;
}
function report(summary, result) {
    const heading = result.created
        ? `✅ Version ${result.version} ${result.status === 'READY' ? 'is READY' : `was created (${result.status}, not waited for)`}.`
        : `✅ No new version: ${result.noopReason}.`;
    summary.add(heading);
    summary.add((0,markdown/* table */.tp)(['Version', 'Previous version', 'Image', 'Config hash', 'Runtime ARN'], [[result.version, result.previousVersion ?? '—', (0,markdown/* raw */.lS)((0,markdown/* code */.aY)(result.image.imageUri)), (0,markdown/* raw */.lS)((0,markdown/* code */.aY)(result.configHash.slice(0, 12))), (0,markdown/* raw */.lS)((0,markdown/* code */.aY)(result.runtimeArn))]]));
    if (result.changes.length)
        summary.add(`What changed:\n\n${result.changes.map((c) => `- ${(0,markdown/* escapeCell */.kq)(c)}`).join('\n')}`);
    if (result.served) {
        summary.add(`The image is what endpoint ${(0,markdown/* code */.aY)(result.served.endpoint)} of ${(0,markdown/* code */.aY)(result.served.environment)} serves (version ${result.served.version}).`);
    }
    if (result.image.copy) {
        const copy = result.image.copy;
        summary.add(`Copied ${(0,markdown/* code */.aY)(copy.from)} into this environment's registry: ${copy.uploaded.length} blob(s) uploaded, ${copy.mounted.length} mounted, ${copy.skipped.length} already there.`);
    }
    if (result.ledger)
        summary.add(`Recorded in the ledger (SSM ${result.ledger.tier} tier).`);
}


/***/ }),

/***/ 4294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _c: () => (/* binding */ selectTarget),
/* harmony export */   lf: () => (/* binding */ selectRuntime)
/* harmony export */ });
/* unused harmony export selectEnvironment */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** Picks the environment (default: current_environment) and its runtime (default: default_agent_runtime, or the only one). */
function selectEnvironment(config, name) {
    return config.environment(name || config.currentEnvironment);
}
function selectRuntime(config, environment, key) {
    const runtimes = environment.agent_runtimes;
    const known = Object.keys(runtimes);
    const chosen = key || environment.default_agent_runtime || (known.length === 1 ? known[0] : undefined);
    if (!chosen) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(known.length === 0
            ? `Environment "${environment.name}" in ${config.file} has no agent_runtimes: add one under environments.${environment.name}.agent_runtimes.`
            : `Environment "${environment.name}" has several runtimes (${known.join(', ')}) and no default_agent_runtime: set the input "agent-runtime" or environments.${environment.name}.default_agent_runtime.`);
    }
    const runtime = runtimes[chosen];
    if (!runtime) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Agent runtime "${chosen}" is not in environment "${environment.name}" of ${config.file} (runtimes: ${known.join(', ') || 'none'}).`);
    }
    return runtime;
}
function selectTarget(config, environmentName, runtimeKey) {
    const environment = selectEnvironment(config, environmentName);
    return { environment, runtime: selectRuntime(config, environment, runtimeKey) };
}


/***/ })

};
