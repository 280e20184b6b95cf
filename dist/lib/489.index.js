export const id = 489;
export const ids = [489];
export const modules = {

/***/ 9659:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/* eslint-disable @typescript-eslint/no-explicit-any */
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HttpClient = exports.HttpClientResponse = exports.HttpClientError = exports.MediaTypes = exports.Headers = exports.HttpCodes = void 0;
exports.getProxyUrl = getProxyUrl;
exports.isHttps = isHttps;
const http = __importStar(__webpack_require__(8611));
const https = __importStar(__webpack_require__(5692));
const pm = __importStar(__webpack_require__(3335));
const tunnel = __importStar(__webpack_require__(770));
const undici_1 = __webpack_require__(6752);
var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (exports.HttpCodes = HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (exports.Headers = Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (exports.MediaTypes = MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
exports.HttpClientError = HttpClientError;
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
exports.HttpClientResponse = HttpClientResponse;
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? https : http;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new undici_1.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
exports.HttpClient = HttpClient;
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 3335:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getProxyUrl = getProxyUrl;
exports.checkBypass = checkBypass;
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map

/***/ }),

/***/ 7508:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(402);
const { normalizeProvider, getSmithyContext, ServiceException: ServiceException$1, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createWaiter, checkExceptions, WaiterState, createAggregatedClient } = __webpack_require__(2658);
const { Command: $Command } = __webpack_require__(2658);
__webpack_unused_export__ = $Command;
__webpack_unused_export__ = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(7291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(2085);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(3422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(3609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(6890);
const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(7523);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(2430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(1279);
const { AwsRestJsonProtocol } = __webpack_require__(7288);
const { Sha256 } = __webpack_require__(9542);

const defaultBedrockAgentCoreControlHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "bedrock-agentcore",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultBedrockAgentCoreControlHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "bedrock-agentcore",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1141.0";
var packageInfo = {
	version: version};

const k = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://bedrock-agentcore-control-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://bedrock-agentcore-control-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://bedrock-agentcore-control.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://bedrock-agentcore-control.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 12, 3,
    1, 4, r + 11,
    2, 5, r + 11,
    3, 8, 6,
    4, 7, r + 10,
    5, r + 8, r + 9,
    4, 10, 9,
    6, r + 6, r + 7,
    5, 11, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 13,
    4, r + 2, r + 3,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

class BedrockAgentCoreControlServiceException extends ServiceException$1 {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, BedrockAgentCoreControlServiceException.prototype);
    }
}

class AccessDeniedException extends BedrockAgentCoreControlServiceException {
    name = "AccessDeniedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "AccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
    }
}
class ConflictException extends BedrockAgentCoreControlServiceException {
    name = "ConflictException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
    }
}
class InternalServerException extends BedrockAgentCoreControlServiceException {
    name = "InternalServerException";
    $fault = "server";
    constructor(opts) {
        super({
            name: "InternalServerException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalServerException.prototype);
    }
}
class ResourceNotFoundException extends BedrockAgentCoreControlServiceException {
    name = "ResourceNotFoundException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
    }
}
class ServiceQuotaExceededException extends BedrockAgentCoreControlServiceException {
    name = "ServiceQuotaExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ServiceQuotaExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceQuotaExceededException.prototype);
    }
}
class ThrottlingException extends BedrockAgentCoreControlServiceException {
    name = "ThrottlingException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ThrottlingException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ThrottlingException.prototype);
    }
}
class ValidationException extends BedrockAgentCoreControlServiceException {
    name = "ValidationException";
    $fault = "client";
    reason;
    fieldList;
    constructor(opts) {
        super({
            name: "ValidationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ValidationException.prototype);
        this.reason = opts.reason;
        this.fieldList = opts.fieldList;
    }
}
class DecryptionFailure extends BedrockAgentCoreControlServiceException {
    name = "DecryptionFailure";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DecryptionFailure",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DecryptionFailure.prototype);
    }
}
class EncryptionFailure extends BedrockAgentCoreControlServiceException {
    name = "EncryptionFailure";
    $fault = "client";
    constructor(opts) {
        super({
            name: "EncryptionFailure",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, EncryptionFailure.prototype);
    }
}
class ResourceLimitExceededException extends BedrockAgentCoreControlServiceException {
    name = "ResourceLimitExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ResourceLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceLimitExceededException.prototype);
    }
}
class UnauthorizedException extends BedrockAgentCoreControlServiceException {
    name = "UnauthorizedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "UnauthorizedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UnauthorizedException.prototype);
    }
}
class RetryableConflictException extends BedrockAgentCoreControlServiceException {
    name = "RetryableConflictException";
    $fault = "client";
    $retryable = {};
    constructor(opts) {
        super({
            name: "RetryableConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, RetryableConflictException.prototype);
    }
}
class ServiceException extends BedrockAgentCoreControlServiceException {
    name = "ServiceException";
    $fault = "server";
    $retryable = {};
    constructor(opts) {
        super({
            name: "ServiceException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceException.prototype);
    }
}
class ThrottledException extends BedrockAgentCoreControlServiceException {
    name = "ThrottledException";
    $fault = "client";
    $retryable = {};
    constructor(opts) {
        super({
            name: "ThrottledException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ThrottledException.prototype);
    }
}
class SubscriptionRequiredException extends BedrockAgentCoreControlServiceException {
    name = "SubscriptionRequiredException";
    $fault = "client";
    subscriptionUrl;
    productName;
    constructor(opts) {
        super({
            name: "SubscriptionRequiredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SubscriptionRequiredException.prototype);
        this.subscriptionUrl = opts.subscriptionUrl;
        this.productName = opts.productName;
    }
}
class ConcurrentModificationException extends BedrockAgentCoreControlServiceException {
    name = "ConcurrentModificationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ConcurrentModificationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConcurrentModificationException.prototype);
    }
}

const _A = "Actions";
const _AC = "ApprovalConfiguration";
const _ACD = "AgentCardDefinition";
const _ACMVT = "AuthorizingClaimMatchValueType";
const _ACV = "AdditionalClaimValue";
const _ACd = "AdditionalClaims";
const _ACu = "AuthorizerConfiguration";
const _AD = "A2aDescriptor";
const _ADE = "AccessDeniedException";
const _ADER = "AddDatasetExamplesRequest";
const _ADERd = "AddDatasetExamplesResponse";
const _ADEd = "AddDatasetExamples";
const _ADu = "AuthorizationData";
const _AGTC = "ApiGatewayTargetConfiguration";
const _AGTCp = "ApiGatewayToolConfiguration";
const _AGTF = "ApiGatewayToolFilter";
const _AGTFp = "ApiGatewayToolFilters";
const _AGTO = "ApiGatewayToolOverride";
const _AGTOp = "ApiGatewayToolOverrides";
const _AKCP = "ApiKeyCredentialProviders";
const _AKCPI = "ApiKeyCredentialProviderItem";
const _AOPCI = "AtlassianOauth2ProviderConfigInput";
const _AOPCO = "AtlassianOauth2ProviderConfigOutput";
const _AR = "AgentRuntime";
const _ARA = "AgentRuntimeArtifact";
const _ARE = "AgentRuntimeEndpoint";
const _AREg = "AgentRuntimeEndpoints";
const _ARVS = "AgentRuntimeVersionSummary";
const _ARVSL = "AgentRuntimeVersionSummaryList";
const _ARg = "AgentRuntimes";
const _ASC = "ApiSchemaConfiguration";
const _ASD = "AgentSkillsDescriptor";
const _AWC = "AllowedWorkloadConfiguration";
const _Ac = "Action";
const _BEMC = "BedrockEvaluatorModelConfig";
const _BEP = "BrowserEnterprisePolicy";
const _BEPr = "BrowserEnterprisePolicies";
const _BNC = "BrowserNetworkConfiguration";
const _BPGRL = "BatchPutGatewayRateLimits";
const _BPGRLR = "BatchPutGatewayRateLimitsRequest";
const _BPGRLRa = "BatchPutGatewayRateLimitsResponse";
const _BPLE = "BatchPutLimitEntry";
const _BPLEa = "BatchPutLimitEntries";
const _BPS = "BrowserProfileSummary";
const _BPSr = "BrowserProfileSummaries";
const _BS = "BrowserSummary";
const _BSCI = "BrowserSigningConfigInput";
const _BSCO = "BrowserSigningConfigOutput";
const _BSr = "BrowserSummaries";
const _C = "Certificate";
const _CAKCP = "CreateApiKeyCredentialProvider";
const _CAKCPR = "CreateApiKeyCredentialProviderRequest";
const _CAKCPRr = "CreateApiKeyCredentialProviderResponse";
const _CAR = "CreateAgentRuntime";
const _CARE = "CreateAgentRuntimeEndpoint";
const _CARER = "CreateAgentRuntimeEndpointRequest";
const _CARERr = "CreateAgentRuntimeEndpointResponse";
const _CARR = "CreateAgentRuntimeRequest";
const _CARRr = "CreateAgentRuntimeResponse";
const _CB = "CreateBrowser";
const _CBA = "ConfigurationBundleAction";
const _CBD = "ConfigurationBundleDescription";
const _CBEC = "CodeBasedEvaluatorConfig";
const _CBP = "CreateBrowserProfile";
const _CBPR = "CreateBrowserProfileRequest";
const _CBPRr = "CreateBrowserProfileResponse";
const _CBR = "ConfigurationBundleReference";
const _CBRr = "CreateBrowserRequest";
const _CBRre = "CreateBrowserResponse";
const _CBS = "ConfigurationBundleSummary";
const _CBSL = "ConfigurationBundleSummaryList";
const _CBVS = "ConfigurationBundleVersionSummary";
const _CBVSL = "ConfigurationBundleVersionSummaryList";
const _CC = "ClusteringConfig";
const _CCB = "CreateConfigurationBundle";
const _CCBR = "CreateConfigurationBundleRequest";
const _CCBRr = "CreateConfigurationBundleResponse";
const _CCC = "CustomConsolidationConfiguration";
const _CCCI = "CoinbaseCdpConfigurationInput";
const _CCCIu = "CustomConsolidationConfigurationInput";
const _CCCO = "CoinbaseCdpConfigurationOutput";
const _CCI = "CustomConfigurationInput";
const _CCIR = "CreateCodeInterpreterRequest";
const _CCIRr = "CreateCodeInterpreterResponse";
const _CCIr = "CreateCodeInterpreter";
const _CCL = "ContentConfigurationList";
const _CCM = "ComponentConfigurationMap";
const _CCP = "CreateCapacityProvider";
const _CCPI = "CreateCapacityProviderInput";
const _CCPO = "CreateCapacityProviderOutput";
const _CCPR = "CreateConsentPortalRequest";
const _CCPRr = "CreateConsentPortalResponse";
const _CCPr = "CreateConsentPortal";
const _CCRT = "CoinbaseCdpRotationTargets";
const _CCVT = "CustomClaimValidationType";
const _CCVTu = "CustomClaimValidationsType";
const _CCo = "CodeConfiguration";
const _CCom = "ComponentConfiguration";
const _CComp = "ComputeConfiguration";
const _CCon = "ConnectorConfiguration";
const _CConn = "ConnectorConfigurations";
const _CCons = "ConsolidationConfiguration";
const _CCont = "ContainerConfiguration";
const _CConte = "ContentConfiguration";
const _CD = "CustomDescriptor";
const _CDR = "CreateDatasetRequest";
const _CDRr = "CreateDatasetResponse";
const _CDV = "CreateDatasetVersion";
const _CDVR = "CreateDatasetVersionRequest";
const _CDVRr = "CreateDatasetVersionResponse";
const _CDr = "CreateDataset";
const _CE = "ConflictException";
const _CEC = "CustomExtractionConfiguration";
const _CECI = "CustomExtractionConfigurationInput";
const _CER = "CreateEvaluatorRequest";
const _CERr = "CreateEvaluatorResponse";
const _CEr = "CreateEvaluator";
const _CG = "CreateGateway";
const _CGR = "CreateGatewayRequest";
const _CGRL = "CreateGatewayRateLimit";
const _CGRLR = "CreateGatewayRateLimitRequest";
const _CGRLRr = "CreateGatewayRateLimitResponse";
const _CGRR = "CreateGatewayRuleRequest";
const _CGRRr = "CreateGatewayRuleResponse";
const _CGRr = "CreateGatewayResponse";
const _CGRre = "CreateGatewayRule";
const _CGT = "CreateGatewayTarget";
const _CGTR = "CreateGatewayTargetRequest";
const _CGTRr = "CreateGatewayTargetResponse";
const _CH = "CreateHarness";
const _CHE = "CreateHarnessEndpoint";
const _CHER = "CreateHarnessEndpointRequest";
const _CHERr = "CreateHarnessEndpointResponse";
const _CHR = "CreateHarnessRequest";
const _CHRr = "CreateHarnessResponse";
const _CINC = "CodeInterpreterNetworkConfiguration";
const _CIS = "CodeInterpreterSummary";
const _CISo = "CodeInterpreterSummaries";
const _CJWTAC = "CustomJWTAuthorizerConfiguration";
const _CL = "CertificateLocation";
const _CM = "CreateMemory";
const _CME = "ConcurrentModificationException";
const _CMI = "CreateMemoryInput";
const _CMO = "CreateMemoryOutput";
const _CMSI = "CustomMemoryStrategyInput";
const _CMVT = "ClaimMatchValueType";
const _COCP = "CreateOauth2CredentialProvider";
const _COCPR = "CreateOauth2CredentialProviderRequest";
const _COCPRr = "CreateOauth2CredentialProviderResponse";
const _COEC = "CreateOnlineEvaluationConfig";
const _COECR = "CreateOnlineEvaluationConfigRequest";
const _COECRr = "CreateOnlineEvaluationConfigResponse";
const _COPCI = "CustomOauth2ProviderConfigInput";
const _COPCO = "CustomOauth2ProviderConfigOutput";
const _CP = "CedarPolicy";
const _CPC = "CapacityProviderConfiguration";
const _CPCP = "CreatePaymentCredentialProvider";
const _CPCPR = "CreatePaymentCredentialProviderRequest";
const _CPCPRr = "CreatePaymentCredentialProviderResponse";
const _CPCR = "CreatePaymentConnectorRequest";
const _CPCRr = "CreatePaymentConnectorResponse";
const _CPCr = "CredentialProviderConfiguration";
const _CPCre = "CredentialProviderConfigurations";
const _CPCrea = "CreatePaymentConnector";
const _CPCred = "CredentialsProviderConfigurations";
const _CPCrede = "CredentialsProviderConfiguration";
const _CPE = "CreatePolicyEngine";
const _CPER = "CreatePolicyEngineRequest";
const _CPERr = "CreatePolicyEngineResponse";
const _CPIC = "ConsentPortalIdpConfig";
const _CPL = "CapacityProviderList";
const _CPM = "CreatePaymentManager";
const _CPMR = "CreatePaymentManagerRequest";
const _CPMRr = "CreatePaymentManagerResponse";
const _CPO = "ConnectorParameterOverride";
const _CPOo = "ConnectorParameterOverrides";
const _CPR = "CreatePolicyRequest";
const _CPRr = "CreatePolicyResponse";
const _CPS = "CapacityProviderSummary";
const _CPSo = "ConsentPortalSource";
const _CPSon = "ConsentPortalSummary";
const _CPSons = "ConsentPortalSources";
const _CPSonse = "ConsentPortalSummaries";
const _CPVC = "CapacityProviderVolumeConfiguration";
const _CPr = "CredentialProvider";
const _CPre = "CreatePolicy";
const _CR = "CreateRegistry";
const _CRC = "CredentialRotationConfig";
const _CRCI = "CustomReflectionConfigurationInput";
const _CRCu = "CustomReflectionConfiguration";
const _CRR = "CreateRegistryRequest";
const _CRRR = "CreateRegistryRecordRequest";
const _CRRRr = "CreateRegistryRecordResponse";
const _CRRr = "CreateRegistryResponse";
const _CRRre = "CreateRegistryRecord";
const _CRS = "CapacityReservationSpecification";
const _CRT = "CapacityReservationTarget";
const _CS = "ConnectorSource";
const _CSD = "CategoricalScaleDefinition";
const _CSDa = "CategoricalScaleDefinitions";
const _CTC = "ConnectorTargetConfiguration";
const _CTCu = "CustomTransformConfiguration";
const _CWI = "CreateWorkloadIdentity";
const _CWIR = "CreateWorkloadIdentityRequest";
const _CWIRr = "CreateWorkloadIdentityResponse";
const _CWLIC = "CloudWatchLogsInputConfig";
const _CWOC = "CloudWatchOutputConfig";
const _Ce = "Certificates";
const _Co = "Conditions";
const _Cod = "Code";
const _Con = "Condition";
const _Cont = "Content";
const _D = "Definition";
const _DAKCP = "DeleteApiKeyCredentialProvider";
const _DAKCPR = "DeleteApiKeyCredentialProviderRequest";
const _DAKCPRe = "DeleteApiKeyCredentialProviderResponse";
const _DAKT = "DefaultApiKeyType";
const _DAR = "DeleteAgentRuntime";
const _DARE = "DeleteAgentRuntimeEndpoint";
const _DARER = "DeleteAgentRuntimeEndpointRequest";
const _DARERe = "DeleteAgentRuntimeEndpointResponse";
const _DARR = "DeleteAgentRuntimeRequest";
const _DARRe = "DeleteAgentRuntimeResponse";
const _DB = "DeleteBrowser";
const _DBP = "DeleteBrowserProfile";
const _DBPR = "DeleteBrowserProfileRequest";
const _DBPRe = "DeleteBrowserProfileResponse";
const _DBR = "DeleteBrowserRequest";
const _DBRe = "DeleteBrowserResponse";
const _DCB = "DeleteConfigurationBundle";
const _DCBR = "DeleteConfigurationBundleRequest";
const _DCBRe = "DeleteConfigurationBundleResponse";
const _DCCAKST = "DefaultCoinbaseCdpApiKeySecretType";
const _DCCWST = "DefaultCoinbaseCdpWalletSecretType";
const _DCI = "DeleteCodeInterpreter";
const _DCIR = "DeleteCodeInterpreterRequest";
const _DCIRe = "DeleteCodeInterpreterResponse";
const _DCP = "DeleteCapacityProvider";
const _DCPI = "DeleteCapacityProviderInput";
const _DCPO = "DeleteCapacityProviderOutput";
const _DCPR = "DeleteConsentPortalRequest";
const _DCPRe = "DeleteConsentPortalResponse";
const _DCPe = "DeleteConsentPortal";
const _DCST = "DefaultClientSecretType";
const _DD = "DeleteDataset";
const _DDE = "DeleteDatasetExamples";
const _DDER = "DeleteDatasetExamplesRequest";
const _DDERe = "DeleteDatasetExamplesResponse";
const _DDR = "DeleteDatasetRequest";
const _DDRe = "DeleteDatasetResponse";
const _DE = "DeleteEvaluator";
const _DEC = "DerivedEvaluatorConfig";
const _DEL = "DatasetExampleList";
const _DER = "DeleteEvaluatorRequest";
const _DERe = "DeleteEvaluatorResponse";
const _DF = "DecryptionFailure";
const _DG = "DeleteGateway";
const _DGR = "DeleteGatewayRequest";
const _DGRL = "DeleteGatewayRateLimit";
const _DGRLR = "DeleteGatewayRateLimitRequest";
const _DGRLRe = "DeleteGatewayRateLimitResponse";
const _DGRR = "DeleteGatewayRuleRequest";
const _DGRRe = "DeleteGatewayRuleResponse";
const _DGRe = "DeleteGatewayResponse";
const _DGRel = "DeleteGatewayRule";
const _DGT = "DeleteGatewayTarget";
const _DGTR = "DeleteGatewayTargetRequest";
const _DGTRe = "DeleteGatewayTargetResponse";
const _DH = "DeleteHarness";
const _DHE = "DeleteHarnessEndpoint";
const _DHER = "DeleteHarnessEndpointRequest";
const _DHERe = "DeleteHarnessEndpointResponse";
const _DHR = "DeleteHarnessRequest";
const _DHRe = "DeleteHarnessResponse";
const _DM = "DeleteMemory";
const _DMI = "DeleteMemoryInput";
const _DMO = "DeleteMemoryOutput";
const _DMSI = "DeleteMemoryStrategyInput";
const _DMSL = "DeleteMemoryStrategiesList";
const _DOCP = "DeleteOauth2CredentialProvider";
const _DOCPR = "DeleteOauth2CredentialProviderRequest";
const _DOCPRe = "DeleteOauth2CredentialProviderResponse";
const _DOEC = "DeleteOnlineEvaluationConfig";
const _DOECR = "DeleteOnlineEvaluationConfigRequest";
const _DOECRe = "DeleteOnlineEvaluationConfigResponse";
const _DP = "DeletePolicy";
const _DPC = "DeletePaymentConnector";
const _DPCP = "DeletePaymentCredentialProvider";
const _DPCPR = "DeletePaymentCredentialProviderRequest";
const _DPCPRe = "DeletePaymentCredentialProviderResponse";
const _DPCR = "DeletePaymentConnectorRequest";
const _DPCRe = "DeletePaymentConnectorResponse";
const _DPE = "DeletePolicyEngine";
const _DPER = "DeletePolicyEngineRequest";
const _DPERe = "DeletePolicyEngineResponse";
const _DPM = "DeletePaymentManager";
const _DPMR = "DeletePaymentManagerRequest";
const _DPMRe = "DeletePaymentManagerResponse";
const _DPR = "DeletePolicyRequest";
const _DPRe = "DeletePolicyResponse";
const _DR = "DeleteRegistry";
const _DRP = "DeleteResourcePolicy";
const _DRPR = "DeleteResourcePolicyRequest";
const _DRPRe = "DeleteResourcePolicyResponse";
const _DRR = "DeleteRegistryRequest";
const _DRRR = "DeleteRegistryRecordRequest";
const _DRRRe = "DeleteRegistryRecordResponse";
const _DRRe = "DeleteRegistryResponse";
const _DRRel = "DeleteRegistryRecord";
const _DS = "DatasetSummary";
const _DSC = "DataSourceConfig";
const _DSL = "DatasetSummaryList";
const _DSPAPKT = "DefaultStripePrivyAuthorizationPrivateKeyType";
const _DSPAST = "DefaultStripePrivyAppSecretType";
const _DST = "DataSourceType";
const _DU = "DownloadUrl";
const _DVS = "DatasetVersionSummary";
const _DVSL = "DatasetVersionSummaryList";
const _DWI = "DeleteWorkloadIdentity";
const _DWIR = "DeleteWorkloadIdentityRequest";
const _DWIRe = "DeleteWorkloadIdentityResponse";
const _De = "Description";
const _Des = "Descriptors";
const _EAPC = "EfsAccessPointConfiguration";
const _EBDM = "EphemeralBlockDeviceMapping";
const _EBDML = "EphemeralBlockDeviceMappingList";
const _EC = "Ec2Configuration";
const _ECD = "EvaluationConfigDescription";
const _ECO = "EpisodicConsolidationOverride";
const _ECf = "EfsConfiguration";
const _ECv = "EvaluatorConfig";
const _ECx = "ExtractionConfig";
const _ECxt = "ExtractionConfiguration";
const _ED = "EvaluatorDescription";
const _EEBSVC = "EphemeralEBSVolumeConfiguration";
const _EEO = "EpisodicExtractionOverride";
const _EF = "EncryptionFailure";
const _EI = "EvaluatorInstructions";
const _EL = "EvaluatorList";
const _EMC = "EvaluatorModelConfig";
const _EMSI = "EpisodicMemoryStrategyInput";
const _EN = "EndpointName";
const _EOCCI = "EpisodicOverrideConsolidationConfigurationInput";
const _EOCI = "EpisodicOverrideConfigurationInput";
const _EOECI = "EpisodicOverrideExtractionConfigurationInput";
const _EORCI = "EpisodicOverrideReflectionConfigurationInput";
const _ER = "EvaluatorReference";
const _ERC = "EpisodicReflectionConfiguration";
const _ERCI = "EpisodicReflectionConfigurationInput";
const _ERO = "EpisodicReflectionOverride";
const _ES = "EvaluatorSummary";
const _ESL = "EvaluatorSummaryList";
const _EVC = "EbsVolumeConfiguration";
const _EVM = "EnvironmentVariablesMap";
const _F = "Filter";
const _FC = "FilesystemConfigurations";
const _FCi = "FilesystemConfiguration";
const _FL = "FilterList";
const _FUSC = "FromUrlSynchronizationConfiguration";
const _FV = "FilterValue";
const _Fi = "Finding";
const _Fin = "Findings";
const _GAKCP = "GatewayApiKeyCredentialProvider";
const _GAKCPR = "GetApiKeyCredentialProviderRequest";
const _GAKCPRe = "GetApiKeyCredentialProviderResponse";
const _GAKCPe = "GetApiKeyCredentialProvider";
const _GAR = "GetAgentRuntime";
const _GARE = "GetAgentRuntimeEndpoint";
const _GARER = "GetAgentRuntimeEndpointRequest";
const _GARERe = "GetAgentRuntimeEndpointResponse";
const _GARR = "GetAgentRuntimeRequest";
const _GARRe = "GetAgentRuntimeResponse";
const _GB = "GetBrowser";
const _GBP = "GetBrowserProfile";
const _GBPR = "GetBrowserProfileRequest";
const _GBPRe = "GetBrowserProfileResponse";
const _GBR = "GetBrowserRequest";
const _GBRe = "GetBrowserResponse";
const _GCB = "GetConfigurationBundle";
const _GCBR = "GetConfigurationBundleRequest";
const _GCBRe = "GetConfigurationBundleResponse";
const _GCBV = "GetConfigurationBundleVersion";
const _GCBVR = "GetConfigurationBundleVersionRequest";
const _GCBVRe = "GetConfigurationBundleVersionResponse";
const _GCI = "GetCodeInterpreter";
const _GCIR = "GetCodeInterpreterRequest";
const _GCIRe = "GetCodeInterpreterResponse";
const _GCP = "GetCapacityProvider";
const _GCPI = "GetCapacityProviderInput";
const _GCPO = "GetCapacityProviderOutput";
const _GCPR = "GetConsentPortalRequest";
const _GCPRe = "GetConsentPortalResponse";
const _GCPe = "GetConsentPortal";
const _GD = "GatewayDescription";
const _GDR = "GetDatasetRequest";
const _GDRe = "GetDatasetResponse";
const _GDe = "GetDataset";
const _GE = "GetEvaluator";
const _GER = "GetEvaluatorRequest";
const _GERe = "GetEvaluatorResponse";
const _GG = "GetGateway";
const _GGR = "GetGatewayRequest";
const _GGRL = "GetGatewayRateLimit";
const _GGRLR = "GetGatewayRateLimitRequest";
const _GGRLRe = "GetGatewayRateLimitResponse";
const _GGRR = "GetGatewayRuleRequest";
const _GGRRe = "GetGatewayRuleResponse";
const _GGRe = "GetGatewayResponse";
const _GGRet = "GetGatewayRule";
const _GGT = "GetGatewayTarget";
const _GGTR = "GetGatewayTargetRequest";
const _GGTRe = "GetGatewayTargetResponse";
const _GH = "GetHarness";
const _GHE = "GetHarnessEndpoint";
const _GHER = "GetHarnessEndpointRequest";
const _GHERe = "GetHarnessEndpointResponse";
const _GHR = "GetHarnessRequest";
const _GHRe = "GetHarnessResponse";
const _GIC = "GatewayInterceptorConfiguration";
const _GICa = "GatewayInterceptorConfigurations";
const _GM = "GetMemory";
const _GMI = "GetMemoryInput";
const _GMO = "GetMemoryOutput";
const _GOCP = "GetOauth2CredentialProvider";
const _GOCPR = "GetOauth2CredentialProviderRequest";
const _GOCPRe = "GetOauth2CredentialProviderResponse";
const _GOEC = "GetOnlineEvaluationConfig";
const _GOECR = "GetOnlineEvaluationConfigRequest";
const _GOECRe = "GetOnlineEvaluationConfigResponse";
const _GOPCI = "GithubOauth2ProviderConfigInput";
const _GOPCIo = "GoogleOauth2ProviderConfigInput";
const _GOPCO = "GithubOauth2ProviderConfigOutput";
const _GOPCOo = "GoogleOauth2ProviderConfigOutput";
const _GP = "GetPolicy";
const _GPC = "GatewayProtocolConfiguration";
const _GPCP = "GetPaymentCredentialProvider";
const _GPCPR = "GetPaymentCredentialProviderRequest";
const _GPCPRe = "GetPaymentCredentialProviderResponse";
const _GPCR = "GetPaymentConnectorRequest";
const _GPCRe = "GetPaymentConnectorResponse";
const _GPCe = "GetPaymentConnector";
const _GPE = "GetPolicyEngine";
const _GPEC = "GatewayPolicyEngineConfiguration";
const _GPER = "GetPolicyEngineRequest";
const _GPERe = "GetPolicyEngineResponse";
const _GPES = "GetPolicyEngineSummary";
const _GPESR = "GetPolicyEngineSummaryRequest";
const _GPESRe = "GetPolicyEngineSummaryResponse";
const _GPG = "GetPolicyGeneration";
const _GPGR = "GetPolicyGenerationRequest";
const _GPGRe = "GetPolicyGenerationResponse";
const _GPGS = "GetPolicyGenerationSummary";
const _GPGSR = "GetPolicyGenerationSummaryRequest";
const _GPGSRe = "GetPolicyGenerationSummaryResponse";
const _GPM = "GetPaymentManager";
const _GPMR = "GetPaymentManagerRequest";
const _GPMRe = "GetPaymentManagerResponse";
const _GPR = "GetPolicyRequest";
const _GPRe = "GetPolicyResponse";
const _GPS = "GetPolicySummary";
const _GPSR = "GetPolicySummaryRequest";
const _GPSRe = "GetPolicySummaryResponse";
const _GR = "GatewayRules";
const _GRD = "GatewayRuleDetail";
const _GRL = "GatewayRateLimits";
const _GRLD = "GatewayRateLimitDetail";
const _GRP = "GetResourcePolicy";
const _GRPR = "GetResourcePolicyRequest";
const _GRPRe = "GetResourcePolicyResponse";
const _GRR = "GetRegistryRequest";
const _GRRR = "GetRegistryRecordRequest";
const _GRRRe = "GetRegistryRecordResponse";
const _GRRe = "GetRegistryResponse";
const _GRRet = "GetRegistryRecord";
const _GRe = "GetRegistry";
const _GS = "GatewaySummary";
const _GSa = "GatewaySummaries";
const _GT = "GatewayTarget";
const _GTL = "GatewayTargetList";
const _GTV = "GetTokenVault";
const _GTVR = "GetTokenVaultRequest";
const _GTVRe = "GetTokenVaultResponse";
const _GWI = "GetWorkloadIdentity";
const _GWIR = "GetWorkloadIdentityRequest";
const _GWIRe = "GetWorkloadIdentityResponse";
const _H = "Harness";
const _HACBC = "HarnessAgentCoreBrowserConfig";
const _HACCIC = "HarnessAgentCoreCodeInterpreterConfig";
const _HACGC = "HarnessAgentCoreGatewayConfig";
const _HACMC = "HarnessAgentCoreMemoryConfiguration";
const _HACMRC = "HarnessAgentCoreMemoryRetrievalConfig";
const _HACMRCa = "HarnessAgentCoreMemoryRetrievalConfigs";
const _HACRE = "HarnessAgentCoreRuntimeEnvironment";
const _HACRER = "HarnessAgentCoreRuntimeEnvironmentRequest";
const _HAIH = "HarnessAfterInvocationHook";
const _HASC = "HttpApiSchemaConfiguration";
const _HATCH = "HarnessAfterToolCallHook";
const _HBIH = "HarnessBeforeInvocationHook";
const _HBMC = "HarnessBedrockModelConfig";
const _HBTCH = "HarnessBeforeToolCallHook";
const _HCS = "HttpConnectorSource";
const _HCTC = "HttpConnectorTargetConfiguration";
const _HDMC = "HarnessDisabledMemoryConfiguration";
const _HE = "HarnessEndpoint";
const _HEA = "HarnessEnvironmentArtifact";
const _HELT = "HostingEnvironmentListType";
const _HEP = "HarnessEnvironmentProvider";
const _HEPR = "HarnessEnvironmentProviderRequest";
const _HEa = "HarnessEndpoints";
const _HEo = "HostingEnvironment";
const _HGMC = "HarnessGeminiModelConfig";
const _HGOA = "HarnessGatewayOutboundAuth";
const _HH = "HarnessHooks";
const _HHEBT = "HarnessHookEventBridgeTarget";
const _HHLT = "HarnessHookLambdaTarget";
const _HHM = "HttpHeadersMap";
const _HHST = "HarnessHookSnsTarget";
const _HHT = "HarnessHookTarget";
const _HHa = "HarnessHook";
const _HIFC = "HarnessInlineFunctionConfig";
const _HIFD = "HarnessInlineFunctionDescription";
const _HLLAB = "HarnessLiteLlmApiBase";
const _HLLMC = "HarnessLiteLlmModelConfig";
const _HMC = "HarnessMemoryConfiguration";
const _HMCa = "HarnessModelConfiguration";
const _HMMC = "HarnessManagedMemoryConfiguration";
const _HOAAB = "HarnessOpenAiApiBase";
const _HOAMC = "HarnessOpenAiModelConfig";
const _HRMC = "HarnessRemoteMcpConfig";
const _HRMU = "HarnessRemoteMcpUrl";
const _HS = "HarnessSummary";
const _HSASS = "HarnessSkillAwsSkillsSource";
const _HSC = "HarnessSummarizationConfiguration";
const _HSCB = "HarnessSystemContentBlock";
const _HSGA = "HarnessSkillGitAuth";
const _HSGS = "HarnessSkillGitSource";
const _HSP = "HarnessSystemPrompt";
const _HSSS = "HarnessSkillS3Source";
const _HSWC = "HarnessSlidingWindowConfiguration";
const _HSa = "HarnessSkills";
const _HSar = "HarnessSummaries";
const _HSarn = "HarnessSkill";
const _HT = "HarnessTool";
const _HTC = "HarnessTruncationConfiguration";
const _HTCa = "HarnessToolConfiguration";
const _HTCt = "HttpTargetConfiguration";
const _HTSC = "HarnessTruncationStrategyConfiguration";
const _HTa = "HarnessTools";
const _HVS = "HarnessVersionSummary";
const _HVSa = "HarnessVersionSummaries";
const _I = "Insight";
const _IC = "InferenceConfiguration";
const _ICI = "InvocationConfigurationInput";
const _ICP = "IamCredentialProvider";
const _ICS = "InferenceConnectorSource";
const _ICTC = "InferenceConnectorTargetConfiguration";
const _ICn = "InvocationConfiguration";
const _ICnt = "InterceptorConfiguration";
const _IES = "InlineExamplesSource";
const _IIC = "InterceptorInputConfiguration";
const _IK = "IndexedKey";
const _IKL = "IndexedKeysList";
const _IL = "InsightList";
const _ILC = "InstanceLifecycleConfiguration";
const _IOC = "InferenceOperationConfiguration";
const _IOCn = "InferenceOperationConfigurations";
const _IOPCI = "IncludedOauth2ProviderConfigInput";
const _IOPCO = "IncludedOauth2ProviderConfigOutput";
const _IP = "InlinePayload";
const _IPES = "InterceptorPayloadExclusionSelector";
const _IPESL = "InterceptorPayloadExclusionSelectorList";
const _IPF = "InterceptorPayloadFilter";
const _IPTC = "InferenceProviderTargetConfiguration";
const _IPa = "IamPrincipal";
const _IR = "InstanceRequirements";
const _ISE = "InternalServerException";
const _ITC = "InferenceTargetConfiguration";
const _KC = "KmsConfiguration";
const _KKST = "KmsKeySourceType";
const _KR = "KinesisResource";
const _LAAJEC = "LlmAsAJudgeEvaluatorConfig";
const _LAKCP = "ListApiKeyCredentialProviders";
const _LAKCPR = "ListApiKeyCredentialProvidersRequest";
const _LAKCPRi = "ListApiKeyCredentialProvidersResponse";
const _LAR = "ListAgentRuntimes";
const _LARE = "ListAgentRuntimeEndpoints";
const _LARER = "ListAgentRuntimeEndpointsRequest";
const _LARERi = "ListAgentRuntimeEndpointsResponse";
const _LARR = "ListAgentRuntimesRequest";
const _LARRi = "ListAgentRuntimesResponse";
const _LARV = "ListAgentRuntimeVersions";
const _LARVBCP = "ListAgentRuntimeVersionsByCapacityProvider";
const _LARVBCPI = "ListAgentRuntimeVersionsByCapacityProviderInput";
const _LARVBCPO = "ListAgentRuntimeVersionsByCapacityProviderOutput";
const _LARVR = "ListAgentRuntimeVersionsRequest";
const _LARVRi = "ListAgentRuntimeVersionsResponse";
const _LB = "ListBrowsers";
const _LBP = "ListBrowserProfiles";
const _LBPR = "ListBrowserProfilesRequest";
const _LBPRi = "ListBrowserProfilesResponse";
const _LBR = "ListBrowsersRequest";
const _LBRi = "ListBrowsersResponse";
const _LC = "LifecycleConfiguration";
const _LCB = "ListConfigurationBundles";
const _LCBR = "ListConfigurationBundlesRequest";
const _LCBRi = "ListConfigurationBundlesResponse";
const _LCBV = "ListConfigurationBundleVersions";
const _LCBVR = "ListConfigurationBundleVersionsRequest";
const _LCBVRi = "ListConfigurationBundleVersionsResponse";
const _LCI = "ListCodeInterpreters";
const _LCIR = "ListCodeInterpretersRequest";
const _LCIRi = "ListCodeInterpretersResponse";
const _LCP = "ListCapacityProviders";
const _LCPI = "ListCapacityProvidersInput";
const _LCPO = "ListCapacityProvidersOutput";
const _LCPR = "ListConsentPortalsRequest";
const _LCPRi = "ListConsentPortalsResponse";
const _LCPi = "ListConsentPortals";
const _LD = "ListDatasets";
const _LDE = "ListDatasetExamples";
const _LDER = "ListDatasetExamplesRequest";
const _LDERi = "ListDatasetExamplesResponse";
const _LDR = "ListDatasetsRequest";
const _LDRi = "ListDatasetsResponse";
const _LDV = "ListDatasetVersions";
const _LDVR = "ListDatasetVersionsRequest";
const _LDVRi = "ListDatasetVersionsResponse";
const _LE = "LimitEntry";
const _LEC = "LambdaEvaluatorConfig";
const _LECl = "LlmExtractionConfig";
const _LEI = "LlmExtractionInstruction";
const _LER = "ListEvaluatorsRequest";
const _LERi = "ListEvaluatorsResponse";
const _LEi = "LimitEntries";
const _LEis = "ListEvaluators";
const _LG = "ListGateways";
const _LGR = "ListGatewaysRequest";
const _LGRL = "ListGatewayRateLimits";
const _LGRLR = "ListGatewayRateLimitsRequest";
const _LGRLRi = "ListGatewayRateLimitsResponse";
const _LGRR = "ListGatewayRulesRequest";
const _LGRRi = "ListGatewayRulesResponse";
const _LGRi = "ListGatewaysResponse";
const _LGRis = "ListGatewayRules";
const _LGT = "ListGatewayTargets";
const _LGTR = "ListGatewayTargetsRequest";
const _LGTRi = "ListGatewayTargetsResponse";
const _LH = "ListHarnesses";
const _LHE = "ListHarnessEndpoints";
const _LHER = "ListHarnessEndpointsRequest";
const _LHERi = "ListHarnessEndpointsResponse";
const _LHR = "ListHarnessesRequest";
const _LHRi = "ListHarnessesResponse";
const _LHV = "ListHarnessVersions";
const _LHVR = "ListHarnessVersionsRequest";
const _LHVRi = "ListHarnessVersionsResponse";
const _LIC = "LambdaInterceptorConfiguration";
const _LM = "ListMemories";
const _LMI = "ListMemoriesInput";
const _LMO = "ListMemoriesOutput";
const _LOCP = "ListOauth2CredentialProviders";
const _LOCPR = "ListOauth2CredentialProvidersRequest";
const _LOCPRi = "ListOauth2CredentialProvidersResponse";
const _LOEC = "ListOnlineEvaluationConfigs";
const _LOECR = "ListOnlineEvaluationConfigsRequest";
const _LOECRi = "ListOnlineEvaluationConfigsResponse";
const _LOPCI = "LinkedinOauth2ProviderConfigInput";
const _LOPCO = "LinkedinOauth2ProviderConfigOutput";
const _LP = "LaunchParameters";
const _LPC = "ListPaymentConnectors";
const _LPCP = "ListPaymentCredentialProviders";
const _LPCPR = "ListPaymentCredentialProvidersRequest";
const _LPCPRi = "ListPaymentCredentialProvidersResponse";
const _LPCR = "ListPaymentConnectorsRequest";
const _LPCRi = "ListPaymentConnectorsResponse";
const _LPE = "ListPolicyEngines";
const _LPER = "ListPolicyEnginesRequest";
const _LPERi = "ListPolicyEnginesResponse";
const _LPES = "ListPolicyEngineSummaries";
const _LPESR = "ListPolicyEngineSummariesRequest";
const _LPESRi = "ListPolicyEngineSummariesResponse";
const _LPG = "ListPolicyGenerations";
const _LPGA = "ListPolicyGenerationAssets";
const _LPGAR = "ListPolicyGenerationAssetsRequest";
const _LPGARi = "ListPolicyGenerationAssetsResponse";
const _LPGR = "ListPolicyGenerationsRequest";
const _LPGRi = "ListPolicyGenerationsResponse";
const _LPGS = "ListPolicyGenerationSummaries";
const _LPGSR = "ListPolicyGenerationSummariesRequest";
const _LPGSRi = "ListPolicyGenerationSummariesResponse";
const _LPM = "ListPaymentManagers";
const _LPMR = "ListPaymentManagersRequest";
const _LPMRi = "ListPaymentManagersResponse";
const _LPR = "ListPoliciesRequest";
const _LPRi = "ListPoliciesResponse";
const _LPS = "ListPolicySummaries";
const _LPSR = "ListPolicySummariesRequest";
const _LPSRi = "ListPolicySummariesResponse";
const _LPi = "ListPolicies";
const _LR = "ListRegistries";
const _LRR = "ListRegistriesRequest";
const _LRRR = "ListRegistryRecordsRequest";
const _LRRRi = "ListRegistryRecordsResponse";
const _LRRi = "ListRegistriesResponse";
const _LRRis = "ListRegistryRecords";
const _LS = "LicenseSpecification";
const _LSL = "LicenseSpecificationList";
const _LTC = "LambdaTransformConfiguration";
const _LTFR = "ListTagsForResource";
const _LTFRR = "ListTagsForResourceRequest";
const _LTFRRi = "ListTagsForResourceResponse";
const _LTS = "LaunchTemplateSource";
const _LWI = "ListWorkloadIdentities";
const _LWIR = "ListWorkloadIdentitiesRequest";
const _LWIRi = "ListWorkloadIdentitiesResponse";
const _M = "Memory";
const _MBT = "MessageBasedTrigger";
const _MBTI = "MessageBasedTriggerInput";
const _MC = "MetadataConfiguration";
const _MCC = "ModifyConsolidationConfiguration";
const _MCPGC = "MCPGatewayConfiguration";
const _MD = "McpDescriptor";
const _ME = "ModelEntry";
const _MEC = "ModifyExtractionConfiguration";
const _MEo = "ModelEntries";
const _MI = "McpInstructions";
const _MICI = "ModifyInvocationConfigurationInput";
const _MLTC = "McpLambdaTargetConfiguration";
const _MM = "ModelMapping";
const _MMS = "ModifyMemoryStrategies";
const _MMSI = "ModifyMemoryStrategyInput";
const _MMSL = "ModifyMemoryStrategiesList";
const _MOPCI = "MicrosoftOauth2ProviderConfigInput";
const _MOPCO = "MicrosoftOauth2ProviderConfigOutput";
const _MP = "MatchPaths";
const _MPE = "MatchPrincipalEntries";
const _MPEa = "MatchPrincipalEntry";
const _MPa = "MatchPrincipals";
const _MRC = "ModifyReflectionConfiguration";
const _MRD = "ManagedResourceDetails";
const _MRS = "MemoryRecordSchema";
const _MS = "MemoryStrategy";
const _MSC = "ModifyStrategyConfiguration";
const _MSE = "MetadataSchemaEntry";
const _MSI = "MemoryStrategyInput";
const _MSIL = "MemoryStrategyInputList";
const _MSL = "MemoryStrategyList";
const _MSLe = "MemorySummaryList";
const _MSLet = "MetadataSchemaList";
const _MSMC = "ModifySelfManagedConfiguration";
const _MSTC = "McpServerTargetConfiguration";
const _MSe = "MemorySummary";
const _MTC = "McpTargetConfiguration";
const _MTSC = "McpToolSchemaConfiguration";
const _MVR = "ManagedVpcResource";
const _NC = "NetworkConfiguration";
const _NKE = "NamespaceKeyEntry";
const _NKL = "NamespaceKeysList";
const _NKV = "NamespaceKeyValidation";
const _NSD = "NumericalScaleDefinition";
const _NSDu = "NumericalScaleDefinitions";
const _NV = "NumberValidation";
const _OAAD = "OAuth2AuthorizationData";
const _OACP = "OAuthCredentialProvider";
const _OACPV = "OAuthCustomParametersValue";
const _OACPu = "OAuthCustomParameters";
const _OASM = "Oauth2AuthorizationServerMetadata";
const _OBOTECT = "OnBehalfOfTokenExchangeConfigType";
const _OC = "OutputConfig";
const _OCP = "Oauth2CredentialProviders";
const _OCPI = "Oauth2CredentialProviderItem";
const _OD = "Oauth2Discovery";
const _OECS = "OnlineEvaluationConfigSummary";
const _OECSL = "OnlineEvaluationConfigSummaryList";
const _OPCI = "Oauth2ProviderConfigInput";
const _OPCO = "Oauth2ProviderConfigOutput";
const _OREMC = "OpenResponsesEvaluatorModelConfig";
const _P = "Prompt";
const _PC = "PermissionsConfiguration";
const _PCP = "PaymentCredentialProviders";
const _PCPC = "PaymentCredentialProviderConfiguration";
const _PCPI = "PaymentCredentialProviderItem";
const _PCS = "PaymentConnectorSummary";
const _PCSa = "PaymentConnectorSummaries";
const _PCr = "ProtocolConfiguration";
const _PD = "PolicyDefinition";
const _PE = "PolicyEngine";
const _PEMR = "PrivateEndpointManagedResources";
const _PEO = "PrivateEndpointOverride";
const _PEOr = "PrivateEndpointOverrides";
const _PES = "PolicyEngineSummary";
const _PESL = "PolicyEngineSummaryList";
const _PEo = "PolicyEngines";
const _PEr = "PrivateEndpoint";
const _PG = "PolicyGeneration";
const _PGA = "PolicyGenerationAsset";
const _PGAo = "PolicyGenerationAssets";
const _PGD = "PolicyGenerationDetails";
const _PGS = "PolicyGenerationSummary";
const _PGSL = "PolicyGenerationSummaryList";
const _PGo = "PolicyGenerations";
const _PKJC = "PrivateKeyJwtConfig";
const _PKS = "PrivateKeySource";
const _PMS = "PaymentManagerSummary";
const _PMSa = "PaymentManagerSummaries";
const _PP = "ProviderPrefix";
const _PPCI = "PaymentProviderConfigurationInput";
const _PPCO = "PaymentProviderConfigurationOutput";
const _PRP = "PutResourcePolicy";
const _PRPR = "PutResourcePolicyRequest";
const _PRPRu = "PutResourcePolicyResponse";
const _PS = "PolicyStatement";
const _PSL = "PolicySummaryList";
const _PSo = "PolicySummary";
const _PTC = "PassthroughTargetConfiguration";
const _Po = "Policy";
const _Pol = "Policies";
const _R = "Rule";
const _RC = "RateConfig";
const _RCE = "RetryableConflictException";
const _RCa = "RateConfigs";
const _RCe = "ReasoningConfiguration";
const _RCec = "RecordingConfig";
const _RCef = "ReflectionConfiguration";
const _RHC = "RequestHeaderConfiguration";
const _RL = "ResourceLocation";
const _RLEE = "ResourceLimitExceededException";
const _RMC = "RuntimeMetadataConfiguration";
const _RNFE = "ResourceNotFoundException";
const _RPCC = "RotatePaymentConnectorCredentials";
const _RPCCR = "RotatePaymentConnectorCredentialsRequest";
const _RPCCRo = "RotatePaymentConnectorCredentialsResponse";
const _RRCPC = "RegistryRecordCredentialProviderConfiguration";
const _RRCPCL = "RegistryRecordCredentialProviderConfigurationList";
const _RRCPU = "RegistryRecordCredentialProviderUnion";
const _RRICP = "RegistryRecordIamCredentialProvider";
const _RROACP = "RegistryRecordOAuthCredentialProvider";
const _RRS = "RegistryRecordSummary";
const _RRSL = "RegistryRecordSummaryList";
const _RS = "RegistrySummary";
const _RSL = "RegistrySummaryList";
const _RSa = "RatingScale";
const _RTC = "RuntimeTargetConfiguration";
const _RTTA = "RouteToTargetAction";
const _RVC = "RootVolumeConfiguration";
const _Re = "Resource";
const _S = "Secret";
const _SC = "S3Configuration";
const _SCO = "SemanticConsolidationOverride";
const _SCOu = "SummaryConsolidationOverride";
const _SCa = "SamplingConfig";
const _SCe = "SessionConfig";
const _SCes = "SessionConfiguration";
const _SCt = "StickinessConfiguration";
const _SCtr = "StrategyConfiguration";
const _SCtre = "StreamingConfiguration";
const _SCy = "SynchronizationConfiguration";
const _SD = "SchemaDefinition";
const _SDR = "StreamDeliveryResources";
const _SDRL = "StreamDeliveryResourcesList";
const _SDRt = "StreamDeliveryResource";
const _SDe = "ServerDefinition";
const _SDk = "SkillDefinition";
const _SE = "ServiceException";
const _SEO = "SemanticExtractionOverride";
const _SFAPC = "S3FilesAccessPointConfiguration";
const _SFC = "S3FilesConfiguration";
const _SGT = "SynchronizeGatewayTargets";
const _SGTR = "SynchronizeGatewayTargetsRequest";
const _SGTRy = "SynchronizeGatewayTargetsResponse";
const _SJ = "SensitiveJson";
const _SL = "S3Location";
const _SLV = "StringListValidation";
const _SMB = "SystemManagedBlock";
const _SMC = "SelfManagedConfiguration";
const _SMCI = "SelfManagedConfigurationInput";
const _SMD = "SkillMdDefinition";
const _SML = "SecretsManagerLocation";
const _SMLR = "SelfManagedLatticeResource";
const _SMSI = "SemanticMemoryStrategyInput";
const _SMSIu = "SummaryMemoryStrategyInput";
const _SO = "StaticOverride";
const _SOCCI = "SemanticOverrideConsolidationConfigurationInput";
const _SOCCIu = "SummaryOverrideConsolidationConfigurationInput";
const _SOCI = "SemanticOverrideConfigurationInput";
const _SOCIu = "SummaryOverrideConfigurationInput";
const _SOECI = "SemanticOverrideExtractionConfigurationInput";
const _SOPCI = "SalesforceOauth2ProviderConfigInput";
const _SOPCIl = "SlackOauth2ProviderConfigInput";
const _SOPCO = "SalesforceOauth2ProviderConfigOutput";
const _SOPCOl = "SlackOauth2ProviderConfigOutput";
const _SP = "SchemaProperties";
const _SPCI = "StripePrivyConfigurationInput";
const _SPCO = "StripePrivyConfigurationOutput";
const _SPG = "StartPolicyGeneration";
const _SPGR = "StartPolicyGenerationRequest";
const _SPGRt = "StartPolicyGenerationResponse";
const _SQEE = "ServiceQuotaExceededException";
const _SQP = "StaticQueryParameters";
const _SQPV = "StaticQueryParameterValue";
const _SR = "SecretReference";
const _SRE = "SubscriptionRequiredException";
const _SRRFA = "SubmitRegistryRecordForApproval";
const _SRRFAR = "SubmitRegistryRecordForApprovalRequest";
const _SRRFARu = "SubmitRegistryRecordForApprovalResponse";
const _SRt = "StaticRoute";
const _SS = "S3Source";
const _SSC = "SessionStorageConfiguration";
const _ST = "SensitiveText";
const _STVCMK = "SetTokenVaultCMK";
const _STVCMKR = "SetTokenVaultCMKRequest";
const _STVCMKRe = "SetTokenVaultCMKResponse";
const _SV = "StringValidation";
const _TBT = "TimeBasedTrigger";
const _TBTI = "TimeBasedTriggerInput";
const _TBTIo = "TokenBasedTriggerInput";
const _TBTo = "TokenBasedTrigger";
const _TC = "TargetConfiguration";
const _TCI = "TriggerConditionInput";
const _TCIL = "TriggerConditionInputList";
const _TCL = "TriggerConditionsList";
const _TCr = "TriggerCondition";
const _TD = "TargetDescription";
const _TDo = "ToolDefinition";
const _TDoo = "ToolsDefinition";
const _TDool = "ToolDefinitions";
const _TE = "ThrottledException";
const _TEGTCT = "TokenExchangeGrantTypeConfigType";
const _TEh = "ThrottlingException";
const _TFSC = "ToolsFileSystemConfigurations";
const _TFSCo = "ToolsFileSystemConfiguration";
const _TN = "TargetName";
const _TR = "TagResource";
const _TRR = "TagResourceRequest";
const _TRRa = "TagResourceResponse";
const _TS = "TargetSummary";
const _TSE = "TrafficSplitEntry";
const _TSEr = "TrafficSplitEntries";
const _TSa = "TargetSummaries";
const _TSo = "ToolSchema";
const _TTSE = "TargetTrafficSplitEntry";
const _TTSEa = "TargetTrafficSplitEntries";
const _UAC = "UpdatedApprovalConfiguration";
const _UACp = "UpdatedAuthorizerConfiguration";
const _UAD = "UpdatedA2aDescriptor";
const _UAKCP = "UpdateApiKeyCredentialProvider";
const _UAKCPR = "UpdateApiKeyCredentialProviderRequest";
const _UAKCPRp = "UpdateApiKeyCredentialProviderResponse";
const _UAR = "UpdateAgentRuntime";
const _UARE = "UpdateAgentRuntimeEndpoint";
const _UARER = "UpdateAgentRuntimeEndpointRequest";
const _UARERp = "UpdateAgentRuntimeEndpointResponse";
const _UARR = "UpdateAgentRuntimeRequest";
const _UARRp = "UpdateAgentRuntimeResponse";
const _UASD = "UpdatedAgentSkillsDescriptor";
const _UASDF = "UpdatedAgentSkillsDescriptorFields";
const _UCB = "UpdateConfigurationBundle";
const _UCBR = "UpdateConfigurationBundleRequest";
const _UCBRp = "UpdateConfigurationBundleResponse";
const _UCD = "UpdatedCustomDescriptor";
const _UCP = "UpdateCapacityProvider";
const _UCPI = "UpdateCapacityProviderInput";
const _UCPO = "UpdateCapacityProviderOutput";
const _UCPR = "UpdateConsentPortalRequest";
const _UCPRp = "UpdateConsentPortalResponse";
const _UCPp = "UpdateConsentPortal";
const _UD = "UpdatedDescription";
const _UDE = "UpdateDatasetExamples";
const _UDER = "UpdateDatasetExamplesRequest";
const _UDERp = "UpdateDatasetExamplesResponse";
const _UDR = "UpdateDatasetRequest";
const _UDRp = "UpdateDatasetResponse";
const _UDU = "UpdatedDescriptorsUnion";
const _UDp = "UpdatedDescriptors";
const _UDpd = "UpdateDataset";
const _UE = "UnauthorizedException";
const _UER = "UpdateEvaluatorRequest";
const _UERp = "UpdateEvaluatorResponse";
const _UEp = "UpdateEvaluator";
const _UG = "UpdateGateway";
const _UGR = "UpdateGatewayRequest";
const _UGRL = "UpdateGatewayRateLimit";
const _UGRLR = "UpdateGatewayRateLimitRequest";
const _UGRLRp = "UpdateGatewayRateLimitResponse";
const _UGRR = "UpdateGatewayRuleRequest";
const _UGRRp = "UpdateGatewayRuleResponse";
const _UGRp = "UpdateGatewayResponse";
const _UGRpd = "UpdateGatewayRule";
const _UGT = "UpdateGatewayTarget";
const _UGTR = "UpdateGatewayTargetRequest";
const _UGTRp = "UpdateGatewayTargetResponse";
const _UH = "UpdateHarness";
const _UHE = "UpdateHarnessEndpoint";
const _UHEA = "UpdatedHarnessEnvironmentArtifact";
const _UHER = "UpdateHarnessEndpointRequest";
const _UHERp = "UpdateHarnessEndpointResponse";
const _UHMC = "UpdatedHarnessMemoryConfiguration";
const _UHR = "UpdateHarnessRequest";
const _UHRp = "UpdateHarnessResponse";
const _UM = "UpdateMemory";
const _UMD = "UpdatedMcpDescriptor";
const _UMDF = "UpdatedMcpDescriptorFields";
const _UMI = "UpdateMemoryInput";
const _UMO = "UpdateMemoryOutput";
const _UOCP = "UpdateOauth2CredentialProvider";
const _UOCPR = "UpdateOauth2CredentialProviderRequest";
const _UOCPRp = "UpdateOauth2CredentialProviderResponse";
const _UOEC = "UpdateOnlineEvaluationConfig";
const _UOECR = "UpdateOnlineEvaluationConfigRequest";
const _UOECRp = "UpdateOnlineEvaluationConfigResponse";
const _UP = "UpdatePolicy";
const _UPC = "UpdatePaymentConnector";
const _UPCO = "UserPreferenceConsolidationOverride";
const _UPCP = "UpdatePaymentCredentialProvider";
const _UPCPR = "UpdatePaymentCredentialProviderRequest";
const _UPCPRp = "UpdatePaymentCredentialProviderResponse";
const _UPCR = "UpdatePaymentConnectorRequest";
const _UPCRp = "UpdatePaymentConnectorResponse";
const _UPE = "UpdatePolicyEngine";
const _UPEO = "UserPreferenceExtractionOverride";
const _UPER = "UpdatePolicyEngineRequest";
const _UPERp = "UpdatePolicyEngineResponse";
const _UPM = "UpdatePaymentManager";
const _UPMR = "UpdatePaymentManagerRequest";
const _UPMRp = "UpdatePaymentManagerResponse";
const _UPMSI = "UserPreferenceMemoryStrategyInput";
const _UPOCCI = "UserPreferenceOverrideConsolidationConfigurationInput";
const _UPOCI = "UserPreferenceOverrideConfigurationInput";
const _UPOECI = "UserPreferenceOverrideExtractionConfigurationInput";
const _UPR = "UpdatePolicyRequest";
const _UPRp = "UpdatePolicyResponse";
const _UR = "UntagResource";
const _URR = "UntagResourceRequest";
const _URRR = "UpdateRegistryRecordRequest";
const _URRRp = "UpdateRegistryRecordResponse";
const _URRS = "UpdateRegistryRecordStatus";
const _URRSR = "UpdateRegistryRecordStatusRequest";
const _URRSRp = "UpdateRegistryRecordStatusResponse";
const _URRn = "UntagResourceResponse";
const _URRp = "UpdateRegistryRequest";
const _URRpd = "UpdateRegistryResponse";
const _URRpda = "UpdateRegistryRecord";
const _URp = "UpdateRegistry";
const _USC = "UpdatedSynchronizationConfiguration";
const _USD = "UpdatedServerDefinition";
const _USDp = "UpdatedSkillDefinition";
const _USMD = "UpdatedSkillMdDefinition";
const _UST = "UpdatedSynchronizationType";
const _UTD = "UpdatedToolsDefinition";
const _UWI = "UpdateWorkloadIdentity";
const _UWIR = "UpdateWorkloadIdentityRequest";
const _UWIRp = "UpdateWorkloadIdentityResponse";
const _V = "Validation";
const _VC = "VpcConfig";
const _VCBS = "VersionCreatedBySource";
const _VCL = "VolumeConfigurationList";
const _VCo = "VolumeConfiguration";
const _VCp = "VpcConfiguration";
const _VE = "ValidationException";
const _VEF = "ValidationExceptionField";
const _VEFL = "ValidationExceptionFieldList";
const _VF = "VersionFilter";
const _VLM = "VersionLineageMetadata";
const _WC = "WafConfiguration";
const _WID = "WorkloadIdentityDetails";
const _WIL = "WorkloadIdentityList";
const _WIT = "WorkloadIdentityType";
const _WO = "WeightedOverride";
const _WR = "WeightedRoute";
const _a = "audience";
const _aA = "autoApproval";
const _aAl = "allowedAudience";
const _aB = "apiBase";
const _aC = "agentCard";
const _aCB = "agentCoreBrowser";
const _aCCI = "agentCoreCodeInterpreter";
const _aCG = "agentCoreGateway";
const _aCMC = "agentCoreMemoryConfiguration";
const _aCMV = "authorizingClaimMatchValue";
const _aCRE = "agentCoreRuntimeEnvironment";
const _aCd = "addedCount";
const _aCl = "allowedClients";
const _aCp = "approvalConfiguration";
const _aCu = "authorizerConfiguration";
const _aD = "authorizationData";
const _aE = "authorizationEndpoint";
const _aF = "apiFormat";
const _aG = "apiGateway";
const _aGTC = "apiGatewayToolConfiguration";
const _aHC = "additionalHeaderClaims";
const _aI = "actorId";
const _aIK = "addIndexedKeys";
const _aIT = "allowedInstanceTypes";
const _aIf = "afterInvocation";
const _aIp = "appId";
const _aIu = "authorizationId";
const _aIw = "awsIam";
const _aK = "apiKey";
const _aKA = "apiKeyArn";
const _aKCP = "apiKeyCredentialProvider";
const _aKI = "apiKeyId";
const _aKS = "apiKeySecret";
const _aKSA = "apiKeySecretArn";
const _aKSC = "apiKeySecretConfig";
const _aKSJK = "apiKeySecretJsonKey";
const _aKSS = "apiKeySecretSource";
const _aMRF = "additionalModelRequestFields";
const _aMS = "addMemoryStrategies";
const _aO = "anyOf";
const _aOPC = "atlassianOauth2ProviderConfig";
const _aP = "additionalParams";
const _aPA = "accessPointArn";
const _aPC = "additionalPayloadClaims";
const _aPK = "authorizationPrivateKey";
const _aPKA = "authorizationPrivateKeyArn";
const _aPKC = "authorizationPrivateKeyConfig";
const _aPKJK = "authorizationPrivateKeyJsonKey";
const _aPKS = "authorizationPrivateKeySource";
const _aQP = "allowedQueryParameters";
const _aR = "agentRuntimes";
const _aRA = "agentRuntimeArn";
const _aRAg = "agentRuntimeArtifact";
const _aREA = "agentRuntimeEndpointArn";
const _aRH = "allowedRequestHeaders";
const _aRHl = "allowedResponseHeaders";
const _aRI = "agentRuntimeId";
const _aRN = "agentRuntimeName";
const _aRORU = "allowedResourceOauth2ReturnUrls";
const _aRV = "agentRuntimeVersion";
const _aRg = "agentcoreRuntime";
const _aS = "allowedScopes";
const _aSA = "appSecretArn";
const _aSC = "appSecretConfig";
const _aSJK = "appSecretJsonKey";
const _aSM = "advertisedScopeMapping";
const _aSMu = "authorizationServerMetadata";
const _aSS = "appSecretSource";
const _aSg = "agentSkills";
const _aSp = "appSecret";
const _aSw = "awsSkills";
const _aT = "authorizerType";
const _aTC = "actorTokenContent";
const _aTCf = "afterToolCall";
const _aTP = "appendToPrompt";
const _aTS = "actorTokenScopes";
const _aTl = "allowedTools";
const _aU = "authorizationUrl";
const _aV = "allowedValues";
const _aWC = "allowedWorkloadConfiguration";
const _aa = "a2a";
const _ac = "actions";
const _ar = "arn";
const _au = "auth";
const _b = "bundles";
const _bA = "browserArn";
const _bAu = "bundleArn";
const _bEI = "baseEvaluatorId";
const _bEMC = "bedrockEvaluatorModelConfig";
const _bI = "browserId";
const _bIe = "beforeInvocation";
const _bIu = "bundleId";
const _bMC = "bedrockModelConfig";
const _bN = "bundleName";
const _bNr = "branchName";
const _bOAI = "bucketOwnerAccountId";
const _bS = "browserSigning";
const _bSr = "browserSummaries";
const _bTC = "beforeToolCall";
const _bV = "bundleVersion";
const _bVo = "booleanValue";
const _bu = "bucket";
const _c = "client";
const _cA = "createdAt";
const _cAM = "clientAuthenticationMethod";
const _cAr = "credentialArn";
const _cB = "createdBy";
const _cBN = "createdByName";
const _cBo = "configurationBundle";
const _cBod = "codeBased";
const _cC = "computeConfiguration";
const _cCC = "customConsolidationConfiguration";
const _cCCo = "coinbaseCdpConfiguration";
const _cCDP = "coinbaseCDP";
const _cCl = "clusteringConfig";
const _cCo = "contentConfigurations";
const _cCod = "codeConfiguration";
const _cCon = "containerConfiguration";
const _cCu = "customClaims";
const _cEC = "customExtractionConfiguration";
const _cI = "clientId";
const _cIA = "codeInterpreterArn";
const _cII = "codeInterpreterId";
const _cIS = "codeInterpreterSummaries";
const _cIo = "connectorId";
const _cIom = "compositeIdentifier";
const _cJWTA = "customJWTAuthorizer";
const _cL = "credentialLocation";
const _cM = "commitMessage";
const _cMO = "claimMatchOperator";
const _cMS = "customMemoryStrategy";
const _cMV = "claimMatchValue";
const _cOPC = "customOauth2ProviderConfig";
const _cP = "credentialProvider";
const _cPA = "credentialProviderArn";
const _cPAa = "capacityProviderArn";
const _cPAo = "consentPortalArn";
const _cPC = "capacityProviderConfiguration";
const _cPCr = "credentialProviderConfigurations";
const _cPI = "capacityProviderId";
const _cPIo = "consentPortalId";
const _cPIon = "consentPortalIdentifier";
const _cPN = "credentialParameterName";
const _cPORA = "capacityProviderOperatorRoleArn";
const _cPT = "credentialProviderType";
const _cPV = "credentialProviderVendor";
const _cPVa = "capacityProviderVolume";
const _cPa = "capacityProviders";
const _cPo = "consentPortals";
const _cPr = "credentialPrefix";
const _cPre = "credentialProviders";
const _cPu = "customParameters";
const _cRC = "customReflectionConfiguration";
const _cRI = "capacityReservationId";
const _cRP = "capacityReservationPreference";
const _cRRGA = "capacityReservationResourceGroupArn";
const _cRS = "capacityReservationSpecification";
const _cRT = "capacityReservationTarget";
const _cS = "clientSecret";
const _cSA = "clientSecretArn";
const _cSC = "clientSecretConfig";
const _cSJK = "clientSecretJsonKey";
const _cSS = "clientSecretSource";
const _cT = "clientToken";
const _cTC = "customTransformConfiguration";
const _cTR = "credentialsToRotate";
const _cTr = "createdTime";
const _cU = "containerUri";
const _cUA = "credentialsUpdatedAt";
const _cUa = "callbackUrl";
const _cWC = "cloudWatchConfig";
const _cWL = "cloudWatchLogs";
const _ca = "categorical";
const _ce = "certificates";
const _ced = "cedar";
const _co = "code";
const _com = "components";
const _con = "configuration";
const _cond = "conditions";
const _conf = "configurations";
const _confi = "config";
const _conn = "connections";
const _conne = "connector";
const _cons = "consolidation";
const _cont = "content";
const _cu = "custom";
const _d = "description";
const _dA = "datasetArn";
const _dC = "deletedCount";
const _dI = "datasetId";
const _dK = "dimensionKeys";
const _dMLTP = "disableMcpListToolsPagination";
const _dMM = "deleteManagedMemory";
const _dMS = "deleteMemoryStrategies";
const _dN = "datasetName";
const _dNe = "deviceName";
const _dRU = "defaultReturnUrl";
const _dS = "draftStatus";
const _dSA = "dataStreamArn";
const _dSC = "dataSourceConfig";
const _dT = "descriptorType";
const _dU = "discoveryUrl";
const _dUEA = "downloadUrlExpiresAt";
const _dUo = "downloadUrl";
const _dV = "datasetVersion";
const _dVo = "doubleValue";
const _da = "datasets";
const _de = "definition";
const _der = "derived";
const _des = "descriptors";
const _di = "dimensions";
const _dis = "disabled";
const _do = "domain";
const _e = "error";
const _eA = "evaluatorArn";
const _eAP = "efsAccessPoint";
const _eAn = "environmentArtifact";
const _eB = "eventBridge";
const _eC = "evaluatorConfig";
const _eCI = "ebsCardIndex";
const _eCO = "episodicConsolidationOverride";
const _eCb = "ebsConfiguration";
const _eCc = "ec2Configuration";
const _eCf = "efsConfiguration";
const _eCx = "exampleCount";
const _eCxt = "extractionConfig";
const _eED = "eventExpiryDuration";
const _eEO = "episodicExtractionOverride";
const _eERA = "evaluationExecutionRoleArn";
const _eI = "exampleIds";
const _eIAT = "endpointIpAddressType";
const _eIv = "evaluatorId";
const _eKA = "encryptionKeyArn";
const _eL = "exceptionLevel";
const _eM = "enforcementMode";
const _eMS = "episodicMemoryStrategy";
const _eN = "endpointName";
const _eNv = "evaluatorName";
const _eO = "episodicOverride";
const _eOC = "enableOnCreate";
const _eP = "entryPoint";
const _ePn = "enterprisePolicies";
const _eRA = "executionRoleArn";
const _eRC = "episodicReflectionConfiguration";
const _eRO = "episodicReflectionOverride";
const _eRS = "enableResponseStreaming";
const _eS = "executionStatus";
const _eT = "evaluatorType";
const _eTx = "extractionType";
const _eV = "environmentVariables";
const _eVp = "ephemeralVolumes";
const _eb = "ebs";
const _ef = "effort";
const _en = "entries";
const _ena = "enabled";
const _enc = "encrypted";
const _end = "endpoint";
const _endp = "endpoints";
const _env = "environment";
const _ev = "evaluators";
const _ex = "extraction";
const _exa = "examples";
const _exc = "exclude";
const _f = "frequencies";
const _fC = "filesystemConfigurations";
const _fL = "fieldList";
const _fM = "failureMode";
const _fP = "filterPath";
const _fR = "failureReason";
const _fSA = "fileSystemArn";
const _fSGB = "freeSpaceGiB";
const _fU = "fromUrl";
const _fi = "findings";
const _fie = "field";
const _fil = "filter";
const _filt = "filters";
const _g = "git";
const _gA = "gatewayArn";
const _gI = "gatewayIdentifier";
const _gIa = "gatewayId";
const _gMC = "geminiModelConfig";
const _gOPC = "googleOauth2ProviderConfig";
const _gOPCi = "githubOauth2ProviderConfig";
const _gR = "gatewayRules";
const _gT = "grantType";
const _gU = "gatewayUrl";
const _h = "hooks";
const _hCWS = "historicalContextWindowSize";
const _hE = "httpError";
const _hEo = "hostingEnvironments";
const _hI = "harnessId";
const _hN = "harnessName";
const _hQ = "httpQuery";
const _hV = "harnessVersion";
const _hVa = "harnessVersions";
const _ha = "harness";
const _har = "harnesses";
const _he = "headers";
const _ht = "http";
const _i = "id";
const _iC = "inlineContent";
const _iCP = "iamCredentialProvider";
const _iCd = "idpConfig";
const _iCn = "inferenceConfig";
const _iCnp = "inputConfiguration";
const _iCnt = "interceptorConfigurations";
const _iCnv = "invocationConfiguration";
const _iD = "includedData";
const _iE = "inlineExamples";
const _iF = "inlineFunction";
const _iI = "insightId";
const _iIT = "idleInstanceTimeout";
const _iK = "indexedKeys";
const _iOPC = "includedOauth2ProviderConfig";
const _iP = "interceptionPoints";
const _iPA = "instanceProfileArn";
const _iPa = "iamPrincipal";
const _iPn = "inlinePayload";
const _iR = "instanceRequirements";
const _iRST = "idleRuntimeSessionTimeout";
const _iS = "inputSchema";
const _iST = "idleSessionTimeout";
const _iT = "idempotencyToken";
const _iTCN = "inboundTokenClaimName";
const _iTCVT = "inboundTokenClaimValueType";
const _id = "identifier";
const _in = "insights";
const _inf = "inference";
const _ins = "instructions";
const _int = "interceptor";
const _io = "iops";
const _is = "issuer";
const _it = "items";
const _jK = "jsonKey";
const _k = "key";
const _kC = "kmsConfiguration";
const _kKA = "kmsKeyArn";
const _kKI = "kmsKeyId";
const _kKS = "kmsKeySource";
const _kT = "keyType";
const _ki = "kinesis";
const _l = "location";
const _lA = "lambdaArn";
const _lAAJ = "llmAsAJudge";
const _lC = "lifecycleConfiguration";
const _lCA = "licenseConfigurationArn";
const _lCa = "lambdaConfig";
const _lEC = "llmExtractionConfig";
const _lEI = "llmExtractionInstruction";
const _lFM = "lockedForModification";
const _lGN = "logGroupNames";
const _lGNP = "logGroupNamePrefixes";
const _lGNo = "logGroupName";
const _lLMC = "liteLlmModelConfig";
const _lM = "lineageMetadata";
const _lMD = "lastModifiedDate";
const _lMi = "listingMode";
const _lOPC = "linkedinOauth2ProviderConfig";
const _lP = "launchParameters";
const _lPB = "latestPerBranch";
const _lS = "licenseSpecifications";
const _lSA = "lastSavedAt";
const _lSAa = "lastSynchronizedAt";
const _lSBI = "lastSavedBrowserId";
const _lSBSI = "lastSavedBrowserSessionId";
const _lTIS = "lambdaTimeoutInSeconds";
const _lTS = "launchTemplateSource";
const _lUA = "lastUpdatedAt";
const _lUT = "lastUpdatedTime";
const _lV = "liveVersion";
const _la = "label";
const _lam = "lambda";
const _le = "level";
const _m = "message";
const _mB = "managedBy";
const _mBRA = "managedByResourceArn";
const _mBT = "messageBasedTrigger";
const _mC = "metadataConfiguration";
const _mCe = "messagesCount";
const _mCes = "messageCount";
const _mCo = "modelConfig";
const _mERA = "memoryExecutionRoleArn";
const _mI = "modelId";
const _mIa = "maxIterations";
const _mIax = "maxItems";
const _mIe = "memoryId";
const _mL = "maxLifetime";
const _mM = "modelMapping";
const _mMC = "managedMemoryConfiguration";
const _mMS = "modifyMemoryStrategies";
const _mN = "metricsNamespace";
const _mOPC = "microsoftOauth2ProviderConfig";
const _mOT = "maxOutputTokens";
const _mP = "mountPath";
const _mPa = "matchPrincipals";
const _mPat = "matchPaths";
const _mR = "maxResults";
const _mRS = "memoryRecordSchema";
const _mS = "memoryStrategies";
const _mSI = "memoryStrategyId";
const _mSc = "mcpServer";
const _mSe = "metadataSchema";
const _mT = "maxTokens";
const _mTS = "mcpToolSchema";
const _mV = "minValue";
const _mVR = "managedVpcResource";
const _mVS = "matchValueString";
const _mVSL = "matchValueStringList";
const _mVa = "maxValue";
const _mc = "mcp";
const _me = "methods";
const _mem = "memory";
const _memo = "memories";
const _met = "method";
const _meta = "metadata";
const _mo = "model";
const _mod = "mode";
const _mode = "models";
const _mon = "monitoring";
const _n = "name";
const _nC = "networkConfiguration";
const _nK = "namespaceKeys";
const _nM = "networkMode";
const _nMC = "networkModeConfig";
const _nT = "namespaceTemplates";
const _nTe = "nextToken";
const _nV = "numberValidation";
const _na = "namespaces";
const _no = "none";
const _nu = "numerical";
const _o = "operator";
const _oA = "outboundAuth";
const _oAMC = "openAiModelConfig";
const _oAS = "openApiSchema";
const _oBOTEC = "onBehalfOfTokenExchangeConfig";
const _oC = "outputConfig";
const _oCP = "oauthCredentialProvider";
const _oD = "oauthDiscovery";
const _oEC = "onlineEvaluationConfigs";
const _oECA = "onlineEvaluationConfigArn";
const _oECI = "onlineEvaluationConfigId";
const _oECN = "onlineEvaluationConfigName";
const _oPCI = "oauth2ProviderConfigInput";
const _oPCO = "oauth2ProviderConfigOutput";
const _oS = "operatingSystem";
const _oSu = "outputSchema";
const _oV = "optionalValue";
const _oa = "oauth2";
const _oau = "oauth";
const _op = "operations";
const _p = "path";
const _pA = "profileArn";
const _pAo = "policyArn";
const _pAr = "providerArn";
const _pC = "protocolConfiguration";
const _pCI = "paymentConnectorId";
const _pCIr = "providerConfigurationInput";
const _pCO = "providerConfigurationOutput";
const _pCa = "paymentConnectors";
const _pCe = "permissionsConfiguration";
const _pDBN = "payloadDeliveryBucketName";
const _pE = "privateEndpoint";
const _pEA = "policyEngineArn";
const _pEC = "policyEngineConfiguration";
const _pEI = "policyEngineId";
const _pEMR = "privateEndpointManagedResources";
const _pEO = "privateEndpointOverrides";
const _pEo = "policyEngines";
const _pF = "payloadFilter";
const _pG = "policyGenerations";
const _pGA = "policyGenerationArn";
const _pGAI = "policyGenerationAssetId";
const _pGAo = "policyGenerationAssets";
const _pGI = "policyGenerationId";
const _pGo = "policyGeneration";
const _pI = "profileId";
const _pIo = "policyId";
const _pKJC = "privateKeyJwtConfig";
const _pKS = "privateKeySource";
const _pM = "provisionMode";
const _pMA = "paymentManagerArn";
const _pMI = "paymentManagerId";
const _pMa = "paymentManagers";
const _pN = "productName";
const _pO = "parameterOverrides";
const _pP = "providerPath";
const _pPr = "providerPrefix";
const _pRH = "passRequestHeaders";
const _pRM = "preserveRecentMessages";
const _pS = "profileSummaries";
const _pT = "protocolType";
const _pTr = "propagatedTags";
const _pU = "portalUrl";
const _pV = "parameterValues";
const _pVI = "parentVersionIds";
const _pVl = "platformVersion";
const _pVr = "protocolVersion";
const _pa = "paths";
const _par = "parameters";
const _pas = "passthrough";
const _pe = "period";
const _po = "policy";
const _pol = "policies";
const _pr = "priority";
const _pre = "prefix";
const _pro = "provider";
const _prop = "properties";
const _q = "qualifier";
const _r = "reason";
const _rA = "roleArn";
const _rAA = "resourceAssociationArn";
const _rAI = "restApiId";
const _rAe = "recordArn";
const _rAeg = "registryArn";
const _rAes = "resourceArn";
const _rC = "reflectionConfiguration";
const _rCI = "resourceConfigurationIdentifier";
const _rCe = "retrievalConfig";
const _rD = "resultDestination";
const _rDo = "routingDomain";
const _rE = "runtimeEndpoints";
const _rEMC = "responsesEvaluatorModelConfig";
const _rGA = "resourceGatewayArn";
const _rHA = "requestHeaderAllowlist";
const _rHC = "requestHeaderConfiguration";
const _rI = "ruleId";
const _rIe = "registryId";
const _rIec = "recordId";
const _rL = "rateLimits";
const _rLI = "rateLimitId";
const _rM = "remoteMcp";
const _rMMDSV = "requireMMDSV2";
const _rP = "resourcePriority";
const _rPe = "regexPattern";
const _rR = "registryRecords";
const _rS = "relevanceScore";
const _rSSE = "requireServiceS3Endpoint";
const _rSa = "ratingScale";
const _rT = "responseTypes";
const _rTF = "rawTextFragment";
const _rTT = "routeToTarget";
const _rTa = "rawText";
const _rV = "recordVersion";
const _rVo = "rootVolume";
const _ra = "rate";
const _re = "recording";
const _rea = "reasoning";
const _ref = "reflection";
const _reg = "region";
const _regi = "registries";
const _req = "requests";
const _requ = "required";
const _res = "resource";
const _reso = "resources";
const _ru = "runtime";
const _rul = "rule";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.bedrockagentcorecontrol";
const _sA = "signingAlgorithm";
const _sAe = "secretArn";
const _sC = "synchronizationConfiguration";
const _sCO = "semanticConsolidationOverride";
const _sCOu = "summaryConsolidationOverride";
const _sCa = "samplingConfig";
const _sCe = "sessionConfiguration";
const _sCes = "sessionConfig";
const _sCt = "statusCode";
const _sCti = "stickinessConfiguration";
const _sCtr = "streamingConfiguration";
const _sD = "skillDefinition";
const _sDR = "streamDeliveryResources";
const _sEO = "semanticExtractionOverride";
const _sFAP = "s3FilesAccessPoint";
const _sFC = "s3FilesConfiguration";
const _sG = "securityGroups";
const _sGB = "sizeGiB";
const _sGI = "securityGroupIds";
const _sI = "snapshotId";
const _sIe = "secretId";
const _sIt = "strategyId";
const _sIu = "subnetIds";
const _sKN = "sshKeyName";
const _sL = "s3Location";
const _sLV = "stringListValidation";
const _sM = "skillMd";
const _sMC = "selfManagedConfiguration";
const _sMLR = "selfManagedLatticeResource";
const _sMS = "semanticMemoryStrategy";
const _sMSu = "summaryMemoryStrategy";
const _sMe = "secretsManager";
const _sMm = "smithyModel";
const _sN = "serviceNames";
const _sO = "staticOverride";
const _sOPC = "slackOauth2ProviderConfig";
const _sOPCa = "salesforceOauth2ProviderConfig";
const _sOe = "semanticOverride";
const _sOu = "summaryOverride";
const _sP = "systemPrompt";
const _sPC = "stripePrivyConfiguration";
const _sPa = "samplingPercentage";
const _sPe = "serverProtocol";
const _sPt = "stripePrivy";
const _sQP = "staticQueryParameters";
const _sQPCR = "staticQueryParameterConflictResolution";
const _sR = "statusReason";
const _sRt = "statusReasons";
const _sRta = "staticRoute";
const _sRu = "summaryRatio";
const _sS = "stopSequences";
const _sSP = "summarizationSystemPrompt";
const _sSe = "sessionStorage";
const _sSo = "s3Source";
const _sT = "schemaType";
const _sTIS = "sessionTimeoutInSeconds";
const _sTM = "sessionTimeoutMinutes";
const _sTe = "searchType";
const _sTy = "synchronizationType";
const _sU = "subscriptionUrl";
const _sUr = "s3Uri";
const _sV = "schemaVersion";
const _sVt = "stringValue";
const _sVtr = "stringValidation";
const _sVu = "supportedVersions";
const _sW = "slidingWindow";
const _s_ = "s3";
const _sc = "scopes";
const _sch = "schema";
const _se = "server";
const _sec = "secrets";
const _sep = "separator";
const _ser = "service";
const _sk = "skills";
const _sn = "sns";
const _so = "source";
const _sou = "sources";
const _st = "status";
const _sta = "stage";
const _stat = "statement";
const _str = "strategies";
const _stra = "strategy";
const _stri = "strip";
const _su = "subnets";
const _sum = "summarization";
const _sy = "system";
const _t = "type";
const _tA = "topicArn";
const _tBT = "tokenBasedTrigger";
const _tBTi = "timeBasedTrigger";
const _tC = "targetConfiguration";
const _tCo = "tokenCount";
const _tCr = "triggerConditions";
const _tE = "tokenEndpoint";
const _tEAM = "tokenEndpointAuthMethods";
const _tEGTC = "tokenExchangeGrantTypeConfig";
const _tF = "toolFilters";
const _tI = "targetId";
const _tIL = "targetIdList";
const _tIe = "tenantId";
const _tK = "topK";
const _tKa = "tagKeys";
const _tN = "targetName";
const _tO = "toolOverrides";
const _tP = "topP";
const _tRS = "targetResourceScope";
const _tS = "timeoutSeconds";
const _tSo = "toolSchema";
const _tSr = "triggerSynchronization";
const _tSra = "trafficSplit";
const _tT = "targetType";
const _tV = "targetVersion";
const _tVI = "tokenVaultId";
const _ta = "tags";
const _tar = "target";
const _targ = "targets";
const _te = "temperature";
const _tex = "text";
const _th = "throughput";
const _ti = "timeout";
const _to = "tools";
const _tok = "tokens";
const _tr = "truncation";
const _u = "url";
const _uA = "updatedAt";
const _uC = "updatedCount";
const _uI = "userId";
const _uPCO = "userPreferenceConsolidationOverride";
const _uPEO = "userPreferenceExtractionOverride";
const _uPMS = "userPreferenceMemoryStrategy";
const _uPO = "userPreferenceOverride";
const _ur = "uri";
const _us = "username";
const _v = "visible";
const _vC = "vpcConfig";
const _vCA = "versionCreatedAt";
const _vCp = "vpcConfiguration";
const _vI = "versionId";
const _vIR = "volumeInitializationRate";
const _vIp = "vpcIdentifier";
const _vM = "validationMode";
const _vN = "volumeName";
const _vNi = "virtualName";
const _vS = "volumeSize";
const _vT = "volumeType";
const _va = "value";
const _val = "validation";
const _ve = "version";
const _ver = "versions";
const _vi = "view";
const _vo = "volumes";
const _w = "weight";
const _wAA = "webAclArn";
const _wC = "wafConfiguration";
const _wI = "workloadIdentities";
const _wIA = "workloadIdentityArn";
const _wID = "workloadIdentityDetails";
const _wO = "weightedOverride";
const _wR = "weightedRoute";
const _wS = "walletSecret";
const _wSA = "walletSecretArn";
const _wSC = "walletSecretConfig";
const _wSJK = "walletSecretJsonKey";
const _wSS = "walletSecretSource";
const n0 = "com.amazonaws.bedrockagentcorecontrol";
const _s_registry = new TypeRegistry(_s);
var BedrockAgentCoreControlServiceException$ = [-3, _s, "BedrockAgentCoreControlServiceException", 0, [], []];
_s_registry.registerError(BedrockAgentCoreControlServiceException$, BedrockAgentCoreControlServiceException);
const n0_registry = new TypeRegistry(n0);
var AccessDeniedException$ = [-3, n0, _ADE,
    { [_e]: _c, [_hE]: 403 },
    [_m],
    [0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var ConcurrentModificationException$ = [-3, n0, _CME,
    { [_e]: _c, [_hE]: 409 },
    [_m],
    [0], 1
];
n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
var ConflictException$ = [-3, n0, _CE,
    { [_e]: _c, [_hE]: 409 },
    [_m],
    [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var DecryptionFailure$ = [-3, n0, _DF,
    { [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(DecryptionFailure$, DecryptionFailure);
var EncryptionFailure$ = [-3, n0, _EF,
    { [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(EncryptionFailure$, EncryptionFailure);
var InternalServerException$ = [-3, n0, _ISE,
    { [_e]: _se, [_hE]: 500 },
    [_m],
    [0]
];
n0_registry.registerError(InternalServerException$, InternalServerException);
var ResourceLimitExceededException$ = [-3, n0, _RLEE,
    { [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(ResourceLimitExceededException$, ResourceLimitExceededException);
var ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var RetryableConflictException$ = [-3, n0, _RCE,
    { [_e]: _c, [_hE]: 409 },
    [_m],
    [0], 1
];
n0_registry.registerError(RetryableConflictException$, RetryableConflictException);
var ServiceException$ = [-3, n0, _SE,
    { [_e]: _se, [_hE]: 500 },
    [_m],
    [0]
];
n0_registry.registerError(ServiceException$, ServiceException);
var ServiceQuotaExceededException$ = [-3, n0, _SQEE,
    { [_e]: _c, [_hE]: 402 },
    [_m],
    [0]
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var SubscriptionRequiredException$ = [-3, n0, _SRE,
    { [_e]: _c, [_hE]: 403 },
    [_m, _sU, _pN],
    [0, 0, 0], 1
];
n0_registry.registerError(SubscriptionRequiredException$, SubscriptionRequiredException);
var ThrottledException$ = [-3, n0, _TE,
    { [_e]: _c, [_hE]: 429 },
    [_m],
    [0]
];
n0_registry.registerError(ThrottledException$, ThrottledException);
var ThrottlingException$ = [-3, n0, _TEh,
    { [_e]: _c, [_hE]: 429 },
    [_m],
    [0]
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var UnauthorizedException$ = [-3, n0, _UE,
    { [_e]: _c, [_hE]: 401 },
    [_m],
    [0]
];
n0_registry.registerError(UnauthorizedException$, UnauthorizedException);
var ValidationException$ = [-3, n0, _VE,
    { [_e]: _c, [_hE]: 400 },
    [_m, _r, _fL],
    [0, 0, () => ValidationExceptionFieldList], 2
];
n0_registry.registerError(ValidationException$, ValidationException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var AdditionalClaimValue = [0, n0, _ACV, 8, 0];
var ConfigurationBundleDescription = [0, n0, _CBD, 8, 0];
var DefaultApiKeyType = [0, n0, _DAKT, 8, 0];
var DefaultClientSecretType = [0, n0, _DCST, 8, 0];
var DefaultCoinbaseCdpApiKeySecretType = [0, n0, _DCCAKST, 8, 0];
var DefaultCoinbaseCdpWalletSecretType = [0, n0, _DCCWST, 8, 0];
var DefaultStripePrivyAppSecretType = [0, n0, _DSPAST, 8, 0];
var DefaultStripePrivyAuthorizationPrivateKeyType = [0, n0, _DSPAPKT, 8, 0];
var Definition = [0, n0, _D, 8, 0];
var Description = [0, n0, _De, 8, 0];
var DownloadUrl = [0, n0, _DU, 8, 0];
var EndpointName = [0, n0, _EN, 8, 0];
var EvaluationConfigDescription = [0, n0, _ECD, 8, 0];
var EvaluatorDescription = [0, n0, _ED, 8, 0];
var EvaluatorInstructions = [0, n0, _EI, 8, 0];
var GatewayDescription = [0, n0, _GD, 8, 0];
var HarnessInlineFunctionDescription = [0, n0, _HIFD, 8, 0];
var HarnessLiteLlmApiBase = [0, n0, _HLLAB, 8, 0];
var HarnessOpenAiApiBase = [0, n0, _HOAAB, 8, 0];
var HarnessRemoteMcpUrl = [0, n0, _HRMU, 8, 0];
var InlinePayload = [0, n0, _IP, 8, 0];
var LlmExtractionInstruction = [0, n0, _LEI, 8, 0];
var McpInstructions = [0, n0, _MI, 8, 0];
var OAuthCustomParametersValue = [0, n0, _OACPV, 8, 0];
var Prompt = [0, n0, _P, 8, 0];
var SensitiveJson = [0, n0, _SJ, 8, 15];
var SensitiveText = [0, n0, _ST, 8, 0];
var StaticQueryParameterValue = [0, n0, _SQPV, 8, 0];
var TargetDescription = [0, n0, _TD, 8, 0];
var TargetName = [0, n0, _TN, 8, 0];
var A2aDescriptor$ = [3, n0, _AD,
    0,
    [_aC],
    [() => AgentCardDefinition$]
];
var AddDatasetExamplesRequest$ = [3, n0, _ADER,
    0,
    [_dI, _so, _cT],
    [[0, 1], [() => DataSourceType$, 0], [0, 4]], 2
];
var AddDatasetExamplesResponse$ = [3, n0, _ADERd,
    0,
    [_dA, _dI, _st, _aCd, _uA, _eI],
    [0, 0, 0, 1, 4, 64 | 0], 6
];
var AgentCardDefinition$ = [3, n0, _ACD,
    0,
    [_sV, _iC],
    [0, 0]
];
var AgentRuntime$ = [3, n0, _AR,
    0,
    [_aRA, _aRI, _aRV, _aRN, _d, _lUA, _st],
    [0, 0, 0, 0, [() => Description, 0], 5, 0], 7
];
var AgentRuntimeEndpoint$ = [3, n0, _ARE,
    0,
    [_n, _aREA, _aRA, _st, _i, _cA, _lUA, _lV, _tV, _d],
    [[() => EndpointName, 0], 0, 0, 0, 0, 5, 5, 0, 0, 0], 7
];
var AgentRuntimeVersionSummary$ = [3, n0, _ARVS,
    0,
    [_aRA, _aRV, _st],
    [0, 0, 0], 3
];
var AgentSkillsDescriptor$ = [3, n0, _ASD,
    0,
    [_sM, _sD],
    [() => SkillMdDefinition$, () => SkillDefinition$]
];
var AllowedWorkloadConfiguration$ = [3, n0, _AWC,
    0,
    [_hEo, _wI],
    [() => HostingEnvironmentListType, 64 | 0]
];
var ApiGatewayTargetConfiguration$ = [3, n0, _AGTC,
    0,
    [_rAI, _sta, _aGTC],
    [0, 0, () => ApiGatewayToolConfiguration$], 3
];
var ApiGatewayToolConfiguration$ = [3, n0, _AGTCp,
    0,
    [_tF, _tO],
    [() => ApiGatewayToolFilters, () => ApiGatewayToolOverrides], 1
];
var ApiGatewayToolFilter$ = [3, n0, _AGTF,
    0,
    [_fP, _me],
    [0, 64 | 0], 2
];
var ApiGatewayToolOverride$ = [3, n0, _AGTO,
    0,
    [_n, _p, _met, _d],
    [0, 0, 0, 0], 3
];
var ApiKeyCredentialProviderItem$ = [3, n0, _AKCPI,
    0,
    [_n, _cPA, _cTr, _lUT],
    [0, 0, 4, 4], 4
];
var ApprovalConfiguration$ = [3, n0, _AC,
    0,
    [_aA],
    [2]
];
var AtlassianOauth2ProviderConfigInput$ = [3, n0, _AOPCI,
    0,
    [_cI, _cS, _cSC, _cSS],
    [0, [() => DefaultClientSecretType, 0], () => SecretReference$, 0], 1
];
var AtlassianOauth2ProviderConfigOutput$ = [3, n0, _AOPCO,
    0,
    [_oD, _cI],
    [() => Oauth2Discovery$, 0], 1
];
var AuthorizingClaimMatchValueType$ = [3, n0, _ACMVT,
    0,
    [_cMV, _cMO],
    [() => ClaimMatchValueType$, 0], 2
];
var BatchPutGatewayRateLimitsRequest$ = [3, n0, _BPGRLR,
    0,
    [_gI, _rL, _cT],
    [[0, 1], () => BatchPutLimitEntries, [0, 4]], 2
];
var BatchPutGatewayRateLimitsResponse$ = [3, n0, _BPGRLRa,
    0,
    [_rL],
    [() => GatewayRateLimits], 1
];
var BatchPutLimitEntry$ = [3, n0, _BPLE,
    0,
    [_dK, _en, _rLI, _d],
    [64 | 0, () => LimitEntries, 0, 0], 2
];
var BedrockEvaluatorModelConfig$ = [3, n0, _BEMC,
    0,
    [_mI, _iCn, _aMRF],
    [0, () => InferenceConfiguration$, 15], 1
];
var BrowserEnterprisePolicy$ = [3, n0, _BEP,
    0,
    [_l, _t],
    [() => ResourceLocation$, 0], 1
];
var BrowserNetworkConfiguration$ = [3, n0, _BNC,
    0,
    [_nM, _vC],
    [0, () => VpcConfig$], 1
];
var BrowserProfileSummary$ = [3, n0, _BPS,
    0,
    [_pI, _pA, _n, _st, _cA, _lUA, _d, _lSA, _lSBSI, _lSBI],
    [0, 0, 0, 0, 5, 5, [() => Description, 0], 5, 0, 0], 6
];
var BrowserSigningConfigInput$ = [3, n0, _BSCI,
    0,
    [_ena],
    [2], 1
];
var BrowserSigningConfigOutput$ = [3, n0, _BSCO,
    0,
    [_ena],
    [2], 1
];
var BrowserSummary$ = [3, n0, _BS,
    0,
    [_bI, _bA, _st, _cA, _n, _d, _lUA],
    [0, 0, 0, 5, 0, [() => Description, 0], 5], 4
];
var CapacityProviderConfiguration$ = [3, n0, _CPC,
    0,
    [_cPAa],
    [0], 1
];
var CapacityProviderSummary$ = [3, n0, _CPS,
    0,
    [_cPI, _cPAa, _n, _st, _lUA],
    [0, 0, 0, 0, 4], 5
];
var CapacityProviderVolumeConfiguration$ = [3, n0, _CPVC,
    0,
    [_vN, _mP],
    [0, 0], 2
];
var CapacityReservationSpecification$ = [3, n0, _CRS,
    0,
    [_cRP, _cRT],
    [0, () => CapacityReservationTarget$]
];
var CapacityReservationTarget$ = [3, n0, _CRT,
    0,
    [_cRI, _cRRGA],
    [0, 0]
];
var CategoricalScaleDefinition$ = [3, n0, _CSD,
    0,
    [_de, _la],
    [0, 0], 2
];
var CedarPolicy$ = [3, n0, _CP,
    0,
    [_stat],
    [0], 1
];
var Certificate$ = [3, n0, _C,
    0,
    [_l],
    [() => CertificateLocation$], 1
];
var CloudWatchLogsInputConfig$ = [3, n0, _CWLIC,
    0,
    [_sN, _lGN, _lGNP],
    [64 | 0, 64 | 0, 64 | 0], 1
];
var CloudWatchOutputConfig$ = [3, n0, _CWOC,
    0,
    [_lGNo, _mN, _rD],
    [0, 0, 0]
];
var ClusteringConfig$ = [3, n0, _CC,
    0,
    [_f],
    [64 | 0], 1
];
var CodeConfiguration$ = [3, n0, _CCo,
    0,
    [_co, _ru, _eP],
    [() => Code$, 0, 64 | 0], 3
];
var CodeInterpreterNetworkConfiguration$ = [3, n0, _CINC,
    0,
    [_nM, _vC],
    [0, () => VpcConfig$], 1
];
var CodeInterpreterSummary$ = [3, n0, _CIS,
    0,
    [_cII, _cIA, _st, _cA, _n, _d, _lUA],
    [0, 0, 0, 5, 0, [() => Description, 0], 5], 4
];
var CoinbaseCdpConfigurationInput$ = [3, n0, _CCCI,
    0,
    [_aKI, _aKS, _aKSS, _aKSC, _wS, _wSS, _wSC],
    [0, [() => DefaultCoinbaseCdpApiKeySecretType, 0], 0, () => SecretReference$, [() => DefaultCoinbaseCdpWalletSecretType, 0], 0, () => SecretReference$], 1
];
var CoinbaseCdpConfigurationOutput$ = [3, n0, _CCCO,
    0,
    [_aKI, _aKSA, _wSA, _aKSJK, _aKSS, _wSJK, _wSS],
    [0, () => Secret$, () => Secret$, 0, 0, 0, 0], 3
];
var CoinbaseCdpRotationTargets$ = [3, n0, _CCRT,
    0,
    [_sec],
    [64 | 0], 1
];
var ComponentConfiguration$ = [3, n0, _CCom,
    8,
    [_con],
    [15], 1
];
var ConfigurationBundleReference$ = [3, n0, _CBR,
    0,
    [_bAu, _bV],
    [0, 0], 2
];
var ConfigurationBundleSummary$ = [3, n0, _CBS,
    0,
    [_bAu, _bIu, _bN, _d, _cA],
    [0, 0, 0, [() => ConfigurationBundleDescription, 0], 4], 3
];
var ConfigurationBundleVersionSummary$ = [3, n0, _CBVS,
    0,
    [_bAu, _bIu, _vI, _vCA, _lM],
    [0, 0, 0, 4, () => VersionLineageMetadata$], 4
];
var ConnectorConfiguration$ = [3, n0, _CCon,
    0,
    [_n, _d, _pV, _pO],
    [0, 0, 15, () => ConnectorParameterOverrides], 1
];
var ConnectorParameterOverride$ = [3, n0, _CPO,
    0,
    [_p, _d, _v],
    [0, 0, 2], 1
];
var ConnectorSource$ = [3, n0, _CS,
    0,
    [_cIo, _ve],
    [0, 0], 1
];
var ConnectorTargetConfiguration$ = [3, n0, _CTC,
    0,
    [_so, _ena, _conf],
    [() => ConnectorSource$, 64 | 0, () => ConnectorConfigurations], 1
];
var ConsentPortalIdpConfig$ = [3, n0, _CPIC,
    0,
    [_cPA, _sc, _a],
    [0, 64 | 0, 0], 2
];
var ConsentPortalSource$ = [3, n0, _CPSo,
    0,
    [_id, _t],
    [0, 0], 2
];
var ConsentPortalSummary$ = [3, n0, _CPSon,
    0,
    [_sou, _cPAo, _cPIo, _cA, _n, _st, _uA, _d, _pU],
    [() => ConsentPortalSources, 0, 0, 4, 0, 0, 4, 0, 0], 7
];
var ContainerConfiguration$ = [3, n0, _CCont,
    0,
    [_cU],
    [0], 1
];
var ContentConfiguration$ = [3, n0, _CConte,
    0,
    [_t, _le],
    [0, 0], 1
];
var CreateAgentRuntimeEndpointRequest$ = [3, n0, _CARER,
    0,
    [_aRI, _n, _aRV, _d, _cT, _ta],
    [[0, 1], [() => EndpointName, 0], 0, 0, [0, 4], 128 | 0], 2
];
var CreateAgentRuntimeEndpointResponse$ = [3, n0, _CARERr,
    0,
    [_tV, _aREA, _aRA, _st, _cA, _aRI, _eN],
    [0, 0, 0, 0, 5, 0, [() => EndpointName, 0]], 5
];
var CreateAgentRuntimeRequest$ = [3, n0, _CARR,
    0,
    [_aRN, _aRAg, _rA, _nC, _cT, _d, _aCu, _rHC, _pC, _lC, _eV, _fC, _cPC, _ta, _pVl],
    [0, () => AgentRuntimeArtifact$, 0, () => NetworkConfiguration$, [0, 4], [() => Description, 0], () => AuthorizerConfiguration$, () => RequestHeaderConfiguration$, () => ProtocolConfiguration$, () => LifecycleConfiguration$, [() => EnvironmentVariablesMap, 0], () => FilesystemConfigurations, () => CapacityProviderConfiguration$, 128 | 0, 0], 3
];
var CreateAgentRuntimeResponse$ = [3, n0, _CARRr,
    0,
    [_aRA, _aRI, _aRV, _cA, _st, _wID],
    [0, 0, 0, 5, 0, () => WorkloadIdentityDetails$], 5
];
var CreateApiKeyCredentialProviderRequest$ = [3, n0, _CAKCPR,
    0,
    [_n, _aK, _aKSC, _aKSS, _ta],
    [0, [() => DefaultApiKeyType, 0], () => SecretReference$, 0, 128 | 0], 1
];
var CreateApiKeyCredentialProviderResponse$ = [3, n0, _CAKCPRr,
    0,
    [_aKSA, _n, _cPA, _aKSJK, _aKSS],
    [() => Secret$, 0, 0, 0, 0], 3
];
var CreateBrowserProfileRequest$ = [3, n0, _CBPR,
    0,
    [_n, _d, _cT, _ta],
    [0, [() => Description, 0], [0, 4], 128 | 0], 1
];
var CreateBrowserProfileResponse$ = [3, n0, _CBPRr,
    0,
    [_pI, _pA, _cA, _st],
    [0, 0, 5, 0], 4
];
var CreateBrowserRequest$ = [3, n0, _CBRr,
    0,
    [_n, _nC, _d, _eRA, _re, _bS, _ePn, _ce, _fC, _cT, _ta],
    [0, () => BrowserNetworkConfiguration$, [() => Description, 0], 0, () => RecordingConfig$, () => BrowserSigningConfigInput$, () => BrowserEnterprisePolicies, () => Certificates, () => ToolsFileSystemConfigurations, [0, 4], 128 | 0], 2
];
var CreateBrowserResponse$ = [3, n0, _CBRre,
    0,
    [_bI, _bA, _cA, _st],
    [0, 0, 5, 0], 4
];
var CreateCapacityProviderInput$ = [3, n0, _CCPI,
    0,
    [_n, _pCe, _cC, _d, _cT, _ta],
    [0, () => PermissionsConfiguration$, () => ComputeConfiguration$, [() => Description, 0], [0, 4], 128 | 0], 3
];
var CreateCapacityProviderOutput$ = [3, n0, _CCPO,
    0,
    [_cPI, _cPAa, _n, _st],
    [0, 0, 0, 0], 4
];
var CreateCodeInterpreterRequest$ = [3, n0, _CCIR,
    0,
    [_n, _nC, _d, _eRA, _ce, _fC, _cT, _ta],
    [0, () => CodeInterpreterNetworkConfiguration$, [() => Description, 0], 0, () => Certificates, () => ToolsFileSystemConfigurations, [0, 4], 128 | 0], 2
];
var CreateCodeInterpreterResponse$ = [3, n0, _CCIRr,
    0,
    [_cII, _cIA, _cA, _st],
    [0, 0, 5, 0], 4
];
var CreateConfigurationBundleRequest$ = [3, n0, _CCBR,
    0,
    [_bN, _com, _cT, _d, _bNr, _cM, _cB, _kKA, _ta],
    [0, [() => ComponentConfigurationMap, 0], [0, 4], [() => ConfigurationBundleDescription, 0], 0, 0, () => VersionCreatedBySource$, 0, 128 | 0], 2
];
var CreateConfigurationBundleResponse$ = [3, n0, _CCBRr,
    0,
    [_bAu, _bIu, _vI, _cA],
    [0, 0, 0, 4], 4
];
var CreateConsentPortalRequest$ = [3, n0, _CCPR,
    0,
    [_eRA, _iCd, _n, _sou, _d, _ta],
    [0, () => ConsentPortalIdpConfig$, 0, () => ConsentPortalSources, 0, 128 | 0], 4
];
var CreateConsentPortalResponse$ = [3, n0, _CCPRr,
    0,
    [_sou, _cPAo, _cPIo, _cA, _eRA, _iCd, _n, _st, _uA, _d, _pU, _sR],
    [() => ConsentPortalSources, 0, 0, 4, 0, () => ConsentPortalIdpConfig$, 0, 0, 4, 0, 0, 0], 9
];
var CreateDatasetRequest$ = [3, n0, _CDR,
    0,
    [_dN, _so, _sT, _cT, _d, _kKA, _ta],
    [0, [() => DataSourceType$, 0], 0, [0, 4], 0, 0, 128 | 0], 3
];
var CreateDatasetResponse$ = [3, n0, _CDRr,
    0,
    [_dA, _dI, _st, _cA],
    [0, 0, 0, 4], 4
];
var CreateDatasetVersionRequest$ = [3, n0, _CDVR,
    0,
    [_dI, _cT],
    [[0, 1], [0, 4]], 1
];
var CreateDatasetVersionResponse$ = [3, n0, _CDVRr,
    0,
    [_dA, _dI, _st, _dV, _cA],
    [0, 0, 0, 0, 4], 5
];
var CreateEvaluatorRequest$ = [3, n0, _CER,
    0,
    [_eNv, _eC, _le, _cT, _d, _kKA, _ta],
    [0, [() => EvaluatorConfig$, 0], 0, [0, 4], [() => EvaluatorDescription, 0], 0, 128 | 0], 3
];
var CreateEvaluatorResponse$ = [3, n0, _CERr,
    0,
    [_eA, _eIv, _cA, _st],
    [0, 0, 4, 0], 4
];
var CreateGatewayRateLimitRequest$ = [3, n0, _CGRLR,
    0,
    [_gI, _dK, _en, _cT, _rLI, _d],
    [[0, 1], 64 | 0, () => LimitEntries, [0, 4], 0, 0], 3
];
var CreateGatewayRateLimitResponse$ = [3, n0, _CGRLRr,
    0,
    [_rLI, _gI, _dK, _en, _st, _cA, _uA, _d],
    [0, 0, 64 | 0, () => LimitEntries, 0, 5, 5, 0], 7
];
var CreateGatewayRequest$ = [3, n0, _CGR,
    0,
    [_n, _rA, _aT, _d, _cT, _pT, _pC, _aCu, _kKA, _iCnt, _pEC, _eL, _ta],
    [0, 0, 0, [() => GatewayDescription, 0], [0, 4], 0, [() => GatewayProtocolConfiguration$, 0], () => AuthorizerConfiguration$, 0, () => GatewayInterceptorConfigurations, () => GatewayPolicyEngineConfiguration$, 0, 128 | 0], 3
];
var CreateGatewayResponse$ = [3, n0, _CGRr,
    0,
    [_gA, _gIa, _cA, _uA, _st, _n, _aT, _gU, _sRt, _d, _rA, _pT, _pC, _aCu, _kKA, _cTC, _iCnt, _pEC, _wID, _eL, _wAA, _wC],
    [0, 0, 5, 5, 0, 0, 0, 0, 64 | 0, [() => GatewayDescription, 0], 0, 0, [() => GatewayProtocolConfiguration$, 0], () => AuthorizerConfiguration$, 0, () => CustomTransformConfiguration$, () => GatewayInterceptorConfigurations, () => GatewayPolicyEngineConfiguration$, () => WorkloadIdentityDetails$, 0, 0, () => WafConfiguration$], 7
];
var CreateGatewayRuleRequest$ = [3, n0, _CGRR,
    0,
    [_gI, _pr, _ac, _cT, _cond, _d],
    [[0, 1], 1, [() => Actions, 0], [0, 4], () => Conditions, 0], 3
];
var CreateGatewayRuleResponse$ = [3, n0, _CGRRr,
    0,
    [_rI, _gA, _pr, _ac, _cA, _st, _cond, _d, _sy],
    [0, 0, 1, [() => Actions, 0], 5, 0, () => Conditions, 0, () => SystemManagedBlock$], 6
];
var CreateGatewayTargetRequest$ = [3, n0, _CGTR,
    0,
    [_gI, _tC, _n, _d, _cT, _cPCr, _mC, _pE],
    [[0, 1], [() => TargetConfiguration$, 0], [() => TargetName, 0], [() => TargetDescription, 0], [0, 4], [() => CredentialProviderConfigurations, 0], () => MetadataConfiguration$, () => PrivateEndpoint$], 2
];
var CreateGatewayTargetResponse$ = [3, n0, _CGTRr,
    0,
    [_gA, _tI, _cA, _uA, _st, _n, _tC, _cPCr, _sRt, _d, _lSAa, _mC, _pE, _pEMR, _aD, _pT],
    [0, 0, 5, 5, 0, [() => TargetName, 0], [() => TargetConfiguration$, 0], [() => CredentialProviderConfigurations, 0], 64 | 0, [() => TargetDescription, 0], 5, () => MetadataConfiguration$, () => PrivateEndpoint$, () => PrivateEndpointManagedResources, () => AuthorizationData$, 0], 8
];
var CreateHarnessEndpointRequest$ = [3, n0, _CHER,
    0,
    [_hI, _eN, _tV, _d, _cT, _ta],
    [[0, 1], 0, 0, 0, [0, 4], 128 | 0], 2
];
var CreateHarnessEndpointResponse$ = [3, n0, _CHERr,
    0,
    [_end],
    [() => HarnessEndpoint$], 1
];
var CreateHarnessRequest$ = [3, n0, _CHR,
    0,
    [_hN, _eRA, _cT, _env, _eAn, _eV, _aCu, _mo, _sP, _to, _sk, _aTl, _mem, _tr, _h, _mIa, _mT, _tS, _ta],
    [0, 0, [0, 4], () => HarnessEnvironmentProviderRequest$, () => HarnessEnvironmentArtifact$, [() => EnvironmentVariablesMap, 0], () => AuthorizerConfiguration$, [() => HarnessModelConfiguration$, 0], [() => HarnessSystemPrompt, 0], [() => HarnessTools, 0], () => HarnessSkills, 64 | 0, () => HarnessMemoryConfiguration$, () => HarnessTruncationConfiguration$, () => HarnessHooks, 1, 1, 1, 128 | 0], 2
];
var CreateHarnessResponse$ = [3, n0, _CHRr,
    0,
    [_ha],
    [[() => Harness$, 0]], 1
];
var CreateMemoryInput$ = [3, n0, _CMI,
    0,
    [_n, _eED, _cT, _d, _eKA, _mERA, _mS, _iK, _nK, _sDR, _ta],
    [0, 1, [0, 4], [() => Description, 0], 0, 0, [() => MemoryStrategyInputList, 0], () => IndexedKeysList, () => NamespaceKeysList, () => StreamDeliveryResources$, 128 | 0], 2
];
var CreateMemoryOutput$ = [3, n0, _CMO,
    0,
    [_mem],
    [[() => Memory$, 0]]
];
var CreateOauth2CredentialProviderRequest$ = [3, n0, _COCPR,
    0,
    [_n, _cPV, _oPCI, _ta],
    [0, 0, [() => Oauth2ProviderConfigInput$, 0], 128 | 0], 3
];
var CreateOauth2CredentialProviderResponse$ = [3, n0, _COCPRr,
    0,
    [_cSA, _n, _cPA, _cSJK, _cSS, _cUa, _oPCO, _st],
    [() => Secret$, 0, 0, 0, 0, 0, [() => Oauth2ProviderConfigOutput$, 0], 0], 3
];
var CreateOnlineEvaluationConfigRequest$ = [3, n0, _COECR,
    0,
    [_oECN, _rul, _dSC, _eERA, _eOC, _cT, _d, _ev, _in, _cCl, _oC, _ta],
    [0, () => Rule$, () => DataSourceConfig$, 0, 2, [0, 4], [() => EvaluationConfigDescription, 0], () => EvaluatorList, () => InsightList, () => ClusteringConfig$, () => OutputConfig$, 128 | 0], 5
];
var CreateOnlineEvaluationConfigResponse$ = [3, n0, _COECRr,
    0,
    [_oECA, _oECI, _cA, _st, _eS, _oC, _fR],
    [0, 0, 4, 0, 0, () => OutputConfig$, 0], 5
];
var CreatePaymentConnectorRequest$ = [3, n0, _CPCR,
    0,
    [_pMI, _n, _t, _cPCr, _d, _pM, _cT],
    [[0, 1], 0, 0, () => CredentialsProviderConfigurations, 0, 0, [0, 4]], 4
];
var CreatePaymentConnectorResponse$ = [3, n0, _CPCRr,
    0,
    [_pCI, _pMI, _n, _t, _cPCr, _cA, _st, _aU],
    [0, 0, 0, 0, () => CredentialsProviderConfigurations, 5, 0, 0], 7
];
var CreatePaymentCredentialProviderRequest$ = [3, n0, _CPCPR,
    0,
    [_n, _cPV, _pCIr, _ta],
    [0, 0, [() => PaymentProviderConfigurationInput$, 0], 128 | 0], 3
];
var CreatePaymentCredentialProviderResponse$ = [3, n0, _CPCPRr,
    0,
    [_n, _cPV, _cPA, _pCO],
    [0, 0, 0, () => PaymentProviderConfigurationOutput$], 4
];
var CreatePaymentManagerRequest$ = [3, n0, _CPMR,
    0,
    [_n, _aT, _rA, _d, _aCu, _cT, _ta, _kKA],
    [0, 0, 0, 0, () => AuthorizerConfiguration$, [0, 4], 128 | 0, 0], 3
];
var CreatePaymentManagerResponse$ = [3, n0, _CPMRr,
    0,
    [_pMA, _pMI, _n, _aT, _rA, _cA, _st, _aCu, _wID, _ta, _kKA],
    [0, 0, 0, 0, 0, 5, 0, () => AuthorizerConfiguration$, () => WorkloadIdentityDetails$, 128 | 0, 0], 7
];
var CreatePolicyEngineRequest$ = [3, n0, _CPER,
    0,
    [_n, _d, _cT, _eKA, _ta],
    [0, [() => Description, 0], [0, 4], 0, 128 | 0], 1
];
var CreatePolicyEngineResponse$ = [3, n0, _CPERr,
    0,
    [_pEI, _n, _cA, _uA, _pEA, _st, _sRt, _eKA, _d],
    [0, 0, 5, 5, 0, 0, 64 | 0, 0, [() => Description, 0]], 7
];
var CreatePolicyRequest$ = [3, n0, _CPR,
    0,
    [_n, _de, _pEI, _d, _vM, _eM, _cT],
    [0, () => PolicyDefinition$, [0, 1], [() => Description, 0], 0, 0, [0, 4]], 3
];
var CreatePolicyResponse$ = [3, n0, _CPRr,
    0,
    [_pIo, _n, _pEI, _cA, _uA, _pAo, _st, _de, _sRt, _eM, _d],
    [0, 0, 0, 5, 5, 0, 0, () => PolicyDefinition$, 64 | 0, 0, [() => Description, 0]], 9
];
var CreateRegistryRecordRequest$ = [3, n0, _CRRR,
    0,
    [_rIe, _n, _dT, _d, _des, _rV, _sTy, _sC, _cT],
    [[0, 1], 0, 0, [() => Description, 0], () => Descriptors$, 0, 0, () => SynchronizationConfiguration$, [0, 4]], 3
];
var CreateRegistryRecordResponse$ = [3, n0, _CRRRr,
    0,
    [_rAe, _st],
    [0, 0], 2
];
var CreateRegistryRequest$ = [3, n0, _CRR,
    0,
    [_n, _d, _aT, _aCu, _cT, _aCp],
    [0, [() => Description, 0], 0, () => AuthorizerConfiguration$, [0, 4], () => ApprovalConfiguration$], 1
];
var CreateRegistryResponse$ = [3, n0, _CRRr,
    0,
    [_rAeg],
    [0], 1
];
var CreateWorkloadIdentityRequest$ = [3, n0, _CWIR,
    0,
    [_n, _aRORU, _ta],
    [0, 64 | 0, 128 | 0], 1
];
var CreateWorkloadIdentityResponse$ = [3, n0, _CWIRr,
    0,
    [_n, _wIA, _aRORU],
    [0, 0, 64 | 0], 2
];
var CredentialProviderConfiguration$ = [3, n0, _CPCr,
    0,
    [_cPT, _cP],
    [0, [() => CredentialProvider$, 0]], 1
];
var CustomClaimValidationType$ = [3, n0, _CCVT,
    0,
    [_iTCN, _iTCVT, _aCMV],
    [0, 0, () => AuthorizingClaimMatchValueType$], 3
];
var CustomDescriptor$ = [3, n0, _CD,
    0,
    [_iC],
    [0]
];
var CustomJWTAuthorizerConfiguration$ = [3, n0, _CJWTAC,
    0,
    [_dU, _aAl, _aCl, _aS, _aSM, _cCu, _pE, _pEO, _aWC],
    [0, 64 | 0, 64 | 0, 64 | 0, 128 | 0, () => CustomClaimValidationsType, () => PrivateEndpoint$, () => PrivateEndpointOverrides, () => AllowedWorkloadConfiguration$], 1
];
var CustomMemoryStrategyInput$ = [3, n0, _CMSI,
    0,
    [_n, _d, _na, _nT, _con, _mRS],
    [0, [() => Description, 0], 64 | 0, 64 | 0, [() => CustomConfigurationInput$, 0], [() => MemoryRecordSchema$, 0]], 1
];
var CustomOauth2ProviderConfigInput$ = [3, n0, _COPCI,
    0,
    [_oD, _cI, _cS, _cSC, _cSS, _oBOTEC, _cAM, _pKJC, _pE, _pEO],
    [() => Oauth2Discovery$, 0, [() => DefaultClientSecretType, 0], () => SecretReference$, 0, () => OnBehalfOfTokenExchangeConfigType$, 0, [() => PrivateKeyJwtConfig$, 0], () => PrivateEndpoint$, () => PrivateEndpointOverrides], 1
];
var CustomOauth2ProviderConfigOutput$ = [3, n0, _COPCO,
    0,
    [_oD, _cI, _oBOTEC, _cAM, _pE, _pEO, _pKJC],
    [() => Oauth2Discovery$, 0, () => OnBehalfOfTokenExchangeConfigType$, 0, () => PrivateEndpoint$, () => PrivateEndpointOverrides, [() => PrivateKeyJwtConfig$, 0]], 1
];
var CustomTransformConfiguration$ = [3, n0, _CTCu,
    0,
    [_lam],
    [() => LambdaTransformConfiguration$]
];
var DatasetSummary$ = [3, n0, _DS,
    0,
    [_dA, _dI, _dN, _st, _sT, _eCx, _cA, _uA, _d, _dS],
    [0, 0, 0, 0, 0, 1, 4, 4, 0, 0], 8
];
var DatasetVersionSummary$ = [3, n0, _DVS,
    0,
    [_dV, _eCx, _cA],
    [0, 1, 4], 3
];
var DeleteAgentRuntimeEndpointRequest$ = [3, n0, _DARER,
    0,
    [_aRI, _eN, _cT],
    [[0, 1], [() => EndpointName, 1], [0, { [_hQ]: _cT, [_iT]: 1 }]], 2
];
var DeleteAgentRuntimeEndpointResponse$ = [3, n0, _DARERe,
    0,
    [_st, _aRI, _eN],
    [0, 0, [() => EndpointName, 0]], 1
];
var DeleteAgentRuntimeRequest$ = [3, n0, _DARR,
    0,
    [_aRI, _aRV, _cT],
    [[0, 1], [0, { [_hQ]: _ve }], [0, { [_hQ]: _cT, [_iT]: 1 }]], 1
];
var DeleteAgentRuntimeResponse$ = [3, n0, _DARRe,
    0,
    [_st, _aRI, _aRV],
    [0, 0, 0], 1
];
var DeleteApiKeyCredentialProviderRequest$ = [3, n0, _DAKCPR,
    0,
    [_n],
    [0], 1
];
var DeleteApiKeyCredentialProviderResponse$ = [3, n0, _DAKCPRe,
    0,
    [],
    []
];
var DeleteBrowserProfileRequest$ = [3, n0, _DBPR,
    0,
    [_pI, _cT],
    [[0, 1], [0, { [_hQ]: _cT, [_iT]: 1 }]], 1
];
var DeleteBrowserProfileResponse$ = [3, n0, _DBPRe,
    0,
    [_pI, _pA, _st, _lUA, _lSA],
    [0, 0, 0, 5, 5], 4
];
var DeleteBrowserRequest$ = [3, n0, _DBR,
    0,
    [_bI, _cT],
    [[0, 1], [0, { [_hQ]: _cT, [_iT]: 1 }]], 1
];
var DeleteBrowserResponse$ = [3, n0, _DBRe,
    0,
    [_bI, _st, _lUA],
    [0, 0, 5], 3
];
var DeleteCapacityProviderInput$ = [3, n0, _DCPI,
    0,
    [_cPI, _cT],
    [[0, 1], [0, { [_hQ]: _cT, [_iT]: 1 }]], 1
];
var DeleteCapacityProviderOutput$ = [3, n0, _DCPO,
    0,
    [_cPI, _st],
    [0, 0], 2
];
var DeleteCodeInterpreterRequest$ = [3, n0, _DCIR,
    0,
    [_cII, _cT],
    [[0, 1], [0, { [_hQ]: _cT, [_iT]: 1 }]], 1
];
var DeleteCodeInterpreterResponse$ = [3, n0, _DCIRe,
    0,
    [_cII, _st, _lUA],
    [0, 0, 5], 3
];
var DeleteConfigurationBundleRequest$ = [3, n0, _DCBR,
    0,
    [_bIu],
    [[0, 1]], 1
];
var DeleteConfigurationBundleResponse$ = [3, n0, _DCBRe,
    0,
    [_bIu, _st],
    [0, 0], 2
];
var DeleteConsentPortalRequest$ = [3, n0, _DCPR,
    0,
    [_cPIon],
    [0], 1
];
var DeleteConsentPortalResponse$ = [3, n0, _DCPRe,
    0,
    [],
    []
];
var DeleteDatasetExamplesRequest$ = [3, n0, _DDER,
    0,
    [_dI, _eI, _cT],
    [[0, 1], 64 | 0, [0, 4]], 2
];
var DeleteDatasetExamplesResponse$ = [3, n0, _DDERe,
    0,
    [_dA, _dI, _st, _dC, _uA],
    [0, 0, 0, 1, 4], 5
];
var DeleteDatasetRequest$ = [3, n0, _DDR,
    0,
    [_dI, _dV],
    [[0, 1], [0, { [_hQ]: _dV }]], 1
];
var DeleteDatasetResponse$ = [3, n0, _DDRe,
    0,
    [_dA, _dI, _st, _dV, _uA],
    [0, 0, 0, 0, 4], 5
];
var DeleteEvaluatorRequest$ = [3, n0, _DER,
    0,
    [_eIv],
    [[0, 1]], 1
];
var DeleteEvaluatorResponse$ = [3, n0, _DERe,
    0,
    [_eA, _eIv, _st],
    [0, 0, 0], 3
];
var DeleteGatewayRateLimitRequest$ = [3, n0, _DGRLR,
    0,
    [_gI, _rLI],
    [[0, 1], [0, 1]], 2
];
var DeleteGatewayRateLimitResponse$ = [3, n0, _DGRLRe,
    0,
    [_rLI, _st],
    [0, 0], 2
];
var DeleteGatewayRequest$ = [3, n0, _DGR,
    0,
    [_gI],
    [[0, 1]], 1
];
var DeleteGatewayResponse$ = [3, n0, _DGRe,
    0,
    [_gIa, _st, _sRt],
    [0, 0, 64 | 0], 2
];
var DeleteGatewayRuleRequest$ = [3, n0, _DGRR,
    0,
    [_gI, _rI],
    [[0, 1], [0, 1]], 2
];
var DeleteGatewayRuleResponse$ = [3, n0, _DGRRe,
    0,
    [_rI, _st],
    [0, 0], 2
];
var DeleteGatewayTargetRequest$ = [3, n0, _DGTR,
    0,
    [_gI, _tI],
    [[0, 1], [0, 1]], 2
];
var DeleteGatewayTargetResponse$ = [3, n0, _DGTRe,
    0,
    [_gA, _tI, _st, _sRt],
    [0, 0, 0, 64 | 0], 3
];
var DeleteHarnessEndpointRequest$ = [3, n0, _DHER,
    0,
    [_hI, _eN, _cT],
    [[0, 1], [0, 1], [0, { [_hQ]: _cT, [_iT]: 1 }]], 2
];
var DeleteHarnessEndpointResponse$ = [3, n0, _DHERe,
    0,
    [_end],
    [() => HarnessEndpoint$], 1
];
var DeleteHarnessRequest$ = [3, n0, _DHR,
    0,
    [_hI, _cT, _dMM],
    [[0, 1], [0, { [_hQ]: _cT, [_iT]: 1 }], [2, { [_hQ]: _dMM }]], 1
];
var DeleteHarnessResponse$ = [3, n0, _DHRe,
    0,
    [_ha],
    [[() => Harness$, 0]]
];
var DeleteMemoryInput$ = [3, n0, _DMI,
    0,
    [_mIe, _cT],
    [[0, 1], [0, { [_hQ]: _cT, [_iT]: 1 }]], 1
];
var DeleteMemoryOutput$ = [3, n0, _DMO,
    0,
    [_mIe, _st],
    [0, 0], 1
];
var DeleteMemoryStrategyInput$ = [3, n0, _DMSI,
    0,
    [_mSI],
    [0], 1
];
var DeleteOauth2CredentialProviderRequest$ = [3, n0, _DOCPR,
    0,
    [_n],
    [0], 1
];
var DeleteOauth2CredentialProviderResponse$ = [3, n0, _DOCPRe,
    0,
    [],
    []
];
var DeleteOnlineEvaluationConfigRequest$ = [3, n0, _DOECR,
    0,
    [_oECI],
    [[0, 1]], 1
];
var DeleteOnlineEvaluationConfigResponse$ = [3, n0, _DOECRe,
    0,
    [_oECA, _oECI, _st],
    [0, 0, 0], 3
];
var DeletePaymentConnectorRequest$ = [3, n0, _DPCR,
    0,
    [_pMI, _pCI, _cT],
    [[0, 1], [0, 1], [0, { [_hQ]: _cT, [_iT]: 1 }]], 2
];
var DeletePaymentConnectorResponse$ = [3, n0, _DPCRe,
    0,
    [_st, _pCI],
    [0, 0], 1
];
var DeletePaymentCredentialProviderRequest$ = [3, n0, _DPCPR,
    0,
    [_n],
    [0], 1
];
var DeletePaymentCredentialProviderResponse$ = [3, n0, _DPCPRe,
    0,
    [],
    []
];
var DeletePaymentManagerRequest$ = [3, n0, _DPMR,
    0,
    [_pMI, _cT],
    [[0, 1], [0, { [_hQ]: _cT, [_iT]: 1 }]], 1
];
var DeletePaymentManagerResponse$ = [3, n0, _DPMRe,
    0,
    [_st, _pMI],
    [0, 0], 1
];
var DeletePolicyEngineRequest$ = [3, n0, _DPER,
    0,
    [_pEI],
    [[0, 1]], 1
];
var DeletePolicyEngineResponse$ = [3, n0, _DPERe,
    0,
    [_pEI, _n, _cA, _uA, _pEA, _st, _sRt, _eKA, _d],
    [0, 0, 5, 5, 0, 0, 64 | 0, 0, [() => Description, 0]], 7
];
var DeletePolicyRequest$ = [3, n0, _DPR,
    0,
    [_pEI, _pIo],
    [[0, 1], [0, 1]], 2
];
var DeletePolicyResponse$ = [3, n0, _DPRe,
    0,
    [_pIo, _n, _pEI, _cA, _uA, _pAo, _st, _de, _sRt, _eM, _d],
    [0, 0, 0, 5, 5, 0, 0, () => PolicyDefinition$, 64 | 0, 0, [() => Description, 0]], 9
];
var DeleteRegistryRecordRequest$ = [3, n0, _DRRR,
    0,
    [_rIe, _rIec],
    [[0, 1], [0, 1]], 2
];
var DeleteRegistryRecordResponse$ = [3, n0, _DRRRe,
    0,
    [],
    []
];
var DeleteRegistryRequest$ = [3, n0, _DRR,
    0,
    [_rIe],
    [[0, 1]], 1
];
var DeleteRegistryResponse$ = [3, n0, _DRRe,
    0,
    [_st],
    [0], 1
];
var DeleteResourcePolicyRequest$ = [3, n0, _DRPR,
    0,
    [_rAes],
    [[0, 1]], 1
];
var DeleteResourcePolicyResponse$ = [3, n0, _DRPRe,
    0,
    [],
    []
];
var DeleteWorkloadIdentityRequest$ = [3, n0, _DWIR,
    0,
    [_n],
    [0], 1
];
var DeleteWorkloadIdentityResponse$ = [3, n0, _DWIRe,
    0,
    [],
    []
];
var DerivedEvaluatorConfig$ = [3, n0, _DEC,
    0,
    [_bEI, _mCo],
    [0, () => EvaluatorModelConfig$], 2
];
var Descriptors$ = [3, n0, _Des,
    0,
    [_mc, _aa, _cu, _aSg],
    [() => McpDescriptor$, () => A2aDescriptor$, () => CustomDescriptor$, () => AgentSkillsDescriptor$]
];
var EbsVolumeConfiguration$ = [3, n0, _EVC,
    0,
    [_n, _sGB, _vT, _io, _th, _enc, _kKI, _sI],
    [0, 1, 0, 1, 1, 2, 0, 0], 2
];
var Ec2Configuration$ = [3, n0, _EC,
    0,
    [_lTS, _vCp, _vo, _lC, _rVo],
    [() => LaunchTemplateSource$, () => VpcConfiguration$, () => VolumeConfigurationList, () => InstanceLifecycleConfiguration$, () => RootVolumeConfiguration$], 2
];
var EfsAccessPointConfiguration$ = [3, n0, _EAPC,
    0,
    [_aPA, _mP],
    [0, 0], 2
];
var EfsConfiguration$ = [3, n0, _ECf,
    0,
    [_aPA, _mP, _fSA],
    [0, 0, 0], 3
];
var EphemeralBlockDeviceMapping$ = [3, n0, _EBDM,
    0,
    [_dNe, _vNi, _eb],
    [0, 0, () => EphemeralEBSVolumeConfiguration$]
];
var EphemeralEBSVolumeConfiguration$ = [3, n0, _EEBSVC,
    0,
    [_vT, _io, _th, _enc, _kKI, _sI, _vS, _vIR, _eCI],
    [0, 1, 1, 2, 0, 0, 1, 1, 1]
];
var EpisodicConsolidationOverride$ = [3, n0, _ECO,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var EpisodicExtractionOverride$ = [3, n0, _EEO,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var EpisodicMemoryStrategyInput$ = [3, n0, _EMSI,
    0,
    [_n, _d, _na, _nT, _rC, _mRS],
    [0, [() => Description, 0], 64 | 0, 64 | 0, [() => EpisodicReflectionConfigurationInput$, 0], [() => MemoryRecordSchema$, 0]], 1
];
var EpisodicOverrideConfigurationInput$ = [3, n0, _EOCI,
    0,
    [_ex, _cons, _ref],
    [[() => EpisodicOverrideExtractionConfigurationInput$, 0], [() => EpisodicOverrideConsolidationConfigurationInput$, 0], [() => EpisodicOverrideReflectionConfigurationInput$, 0]]
];
var EpisodicOverrideConsolidationConfigurationInput$ = [3, n0, _EOCCI,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var EpisodicOverrideExtractionConfigurationInput$ = [3, n0, _EOECI,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var EpisodicOverrideReflectionConfigurationInput$ = [3, n0, _EORCI,
    0,
    [_aTP, _mI, _na, _nT, _mRS],
    [[() => Prompt, 0], 0, 64 | 0, 64 | 0, [() => MemoryRecordSchema$, 0]], 2
];
var EpisodicReflectionConfiguration$ = [3, n0, _ERC,
    0,
    [_na, _nT, _mRS],
    [64 | 0, 64 | 0, [() => MemoryRecordSchema$, 0]]
];
var EpisodicReflectionConfigurationInput$ = [3, n0, _ERCI,
    0,
    [_na, _nT, _mRS],
    [64 | 0, 64 | 0, [() => MemoryRecordSchema$, 0]]
];
var EpisodicReflectionOverride$ = [3, n0, _ERO,
    0,
    [_aTP, _mI, _na, _nT, _mRS],
    [[() => Prompt, 0], 0, 64 | 0, 64 | 0, [() => MemoryRecordSchema$, 0]], 2
];
var EvaluatorSummary$ = [3, n0, _ES,
    0,
    [_eA, _eIv, _eNv, _eT, _st, _cA, _uA, _d, _pro, _le, _lFM, _kKA],
    [0, 0, 0, 0, 0, 4, 4, [() => EvaluatorDescription, 0], 0, 0, 2, 0], 7
];
var Filter$ = [3, n0, _F,
    0,
    [_k, _o, _va],
    [0, 0, () => FilterValue$], 3
];
var Finding$ = [3, n0, _Fi,
    0,
    [_t, _d],
    [0, 0]
];
var FromUrlSynchronizationConfiguration$ = [3, n0, _FUSC,
    0,
    [_u, _cPCr],
    [0, () => RegistryRecordCredentialProviderConfigurationList], 1
];
var GatewayApiKeyCredentialProvider$ = [3, n0, _GAKCP,
    0,
    [_pAr, _cPN, _cPr, _cL],
    [0, 0, 0, 0], 1
];
var GatewayInterceptorConfiguration$ = [3, n0, _GIC,
    0,
    [_int, _iP, _iCnp],
    [() => InterceptorConfiguration$, 64 | 0, () => InterceptorInputConfiguration$], 2
];
var GatewayPolicyEngineConfiguration$ = [3, n0, _GPEC,
    0,
    [_ar, _mod],
    [0, 0], 2
];
var GatewayRateLimitDetail$ = [3, n0, _GRLD,
    0,
    [_rLI, _gI, _dK, _en, _st, _cA, _uA, _d],
    [0, 0, 64 | 0, () => LimitEntries, 0, 5, 5, 0], 7
];
var GatewayRuleDetail$ = [3, n0, _GRD,
    0,
    [_rI, _gA, _pr, _ac, _cA, _st, _cond, _d, _sy, _uA],
    [0, 0, 1, [() => Actions, 0], 5, 0, () => Conditions, 0, () => SystemManagedBlock$, 5], 6
];
var GatewaySummary$ = [3, n0, _GS,
    0,
    [_gIa, _n, _st, _cA, _uA, _aT, _d, _pT],
    [0, 0, 0, 5, 5, 0, [() => GatewayDescription, 0], 0], 6
];
var GatewayTarget$ = [3, n0, _GT,
    0,
    [_gA, _tI, _cA, _uA, _st, _n, _tC, _cPCr, _sRt, _d, _lSAa, _mC, _pE, _pEMR, _aD, _pT],
    [0, 0, 5, 5, 0, [() => TargetName, 0], [() => TargetConfiguration$, 0], [() => CredentialProviderConfigurations, 0], 64 | 0, [() => TargetDescription, 0], 5, () => MetadataConfiguration$, () => PrivateEndpoint$, () => PrivateEndpointManagedResources, () => AuthorizationData$, 0], 8
];
var GetAgentRuntimeEndpointRequest$ = [3, n0, _GARER,
    0,
    [_aRI, _eN],
    [[0, 1], [() => EndpointName, 1]], 2
];
var GetAgentRuntimeEndpointResponse$ = [3, n0, _GARERe,
    0,
    [_aREA, _aRA, _st, _cA, _lUA, _n, _i, _lV, _tV, _d, _fR],
    [0, 0, 0, 5, 5, [() => EndpointName, 0], 0, 0, 0, 0, 0], 7
];
var GetAgentRuntimeRequest$ = [3, n0, _GARR,
    0,
    [_aRI, _aRV],
    [[0, 1], [0, { [_hQ]: _ve }]], 1
];
var GetAgentRuntimeResponse$ = [3, n0, _GARRe,
    0,
    [_aRA, _aRN, _aRI, _aRV, _cA, _lUA, _rA, _st, _lC, _nC, _fR, _d, _wID, _aRAg, _pC, _eV, _aCu, _rHC, _mC, _fC, _cPC, _pVl],
    [0, 0, 0, 0, 5, 5, 0, 0, () => LifecycleConfiguration$, () => NetworkConfiguration$, 0, [() => Description, 0], () => WorkloadIdentityDetails$, () => AgentRuntimeArtifact$, () => ProtocolConfiguration$, [() => EnvironmentVariablesMap, 0], () => AuthorizerConfiguration$, () => RequestHeaderConfiguration$, () => RuntimeMetadataConfiguration$, () => FilesystemConfigurations, () => CapacityProviderConfiguration$, 0], 9
];
var GetApiKeyCredentialProviderRequest$ = [3, n0, _GAKCPR,
    0,
    [_n],
    [0], 1
];
var GetApiKeyCredentialProviderResponse$ = [3, n0, _GAKCPRe,
    0,
    [_aKSA, _n, _cPA, _cTr, _lUT, _aKSJK, _aKSS],
    [() => Secret$, 0, 0, 4, 4, 0, 0], 5
];
var GetBrowserProfileRequest$ = [3, n0, _GBPR,
    0,
    [_pI],
    [[0, 1]], 1
];
var GetBrowserProfileResponse$ = [3, n0, _GBPRe,
    0,
    [_pI, _pA, _n, _st, _cA, _lUA, _d, _lSA, _lSBSI, _lSBI],
    [0, 0, 0, 0, 5, 5, [() => Description, 0], 5, 0, 0], 6
];
var GetBrowserRequest$ = [3, n0, _GBR,
    0,
    [_bI],
    [[0, 1]], 1
];
var GetBrowserResponse$ = [3, n0, _GBRe,
    0,
    [_bI, _bA, _n, _nC, _st, _cA, _lUA, _d, _eRA, _re, _bS, _ePn, _ce, _fC, _fR],
    [0, 0, 0, () => BrowserNetworkConfiguration$, 0, 5, 5, [() => Description, 0], 0, () => RecordingConfig$, () => BrowserSigningConfigOutput$, () => BrowserEnterprisePolicies, () => Certificates, () => ToolsFileSystemConfigurations, 0], 7
];
var GetCapacityProviderInput$ = [3, n0, _GCPI,
    0,
    [_cPI],
    [[0, 1]], 1
];
var GetCapacityProviderOutput$ = [3, n0, _GCPO,
    0,
    [_cPI, _cPAa, _n, _st, _pCe, _cC, _cA, _lUA, _d, _sCt, _sR],
    [0, 0, 0, 0, () => PermissionsConfiguration$, () => ComputeConfiguration$, 5, 5, [() => Description, 0], 0, 0], 8
];
var GetCodeInterpreterRequest$ = [3, n0, _GCIR,
    0,
    [_cII],
    [[0, 1]], 1
];
var GetCodeInterpreterResponse$ = [3, n0, _GCIRe,
    0,
    [_cII, _cIA, _n, _nC, _st, _cA, _lUA, _d, _eRA, _ce, _fC, _fR],
    [0, 0, 0, () => CodeInterpreterNetworkConfiguration$, 0, 5, 5, [() => Description, 0], 0, () => Certificates, () => ToolsFileSystemConfigurations, 0], 7
];
var GetConfigurationBundleRequest$ = [3, n0, _GCBR,
    0,
    [_bIu, _bNr],
    [[0, 1], [0, { [_hQ]: _bNr }]], 1
];
var GetConfigurationBundleResponse$ = [3, n0, _GCBRe,
    0,
    [_bAu, _bIu, _bN, _vI, _com, _cA, _uA, _d, _lM, _kKA],
    [0, 0, 0, 0, [() => ComponentConfigurationMap, 0], 4, 4, [() => ConfigurationBundleDescription, 0], () => VersionLineageMetadata$, 0], 7
];
var GetConfigurationBundleVersionRequest$ = [3, n0, _GCBVR,
    0,
    [_bIu, _vI],
    [[0, 1], [0, 1]], 2
];
var GetConfigurationBundleVersionResponse$ = [3, n0, _GCBVRe,
    0,
    [_bAu, _bIu, _bN, _vI, _com, _cA, _vCA, _d, _lM, _kKA],
    [0, 0, 0, 0, [() => ComponentConfigurationMap, 0], 4, 4, [() => ConfigurationBundleDescription, 0], () => VersionLineageMetadata$, 0], 7
];
var GetConsentPortalRequest$ = [3, n0, _GCPR,
    0,
    [_cPIon],
    [0], 1
];
var GetConsentPortalResponse$ = [3, n0, _GCPRe,
    0,
    [_sou, _cPAo, _cPIo, _cA, _eRA, _iCd, _n, _st, _uA, _d, _pU, _sR],
    [() => ConsentPortalSources, 0, 0, 4, 0, () => ConsentPortalIdpConfig$, 0, 0, 4, 0, 0, 0], 9
];
var GetDatasetRequest$ = [3, n0, _GDR,
    0,
    [_dI, _dV],
    [[0, 1], [0, { [_hQ]: _dV }]], 1
];
var GetDatasetResponse$ = [3, n0, _GDRe,
    0,
    [_dA, _dI, _dV, _dN, _st, _sT, _eCx, _cA, _uA, _d, _dS, _fR, _kKA, _dUo, _dUEA, _ta],
    [0, 0, 0, 0, 0, 0, 1, 4, 4, 0, 0, 0, 0, [() => DownloadUrl, 0], 4, 128 | 0], 9
];
var GetEvaluatorRequest$ = [3, n0, _GER,
    0,
    [_eIv, _iD],
    [[0, 1], [0, { [_hQ]: _iD }]], 1
];
var GetEvaluatorResponse$ = [3, n0, _GERe,
    0,
    [_eA, _eIv, _eNv, _eC, _le, _st, _cA, _uA, _d, _eT, _pro, _lFM, _kKA],
    [0, 0, 0, [() => EvaluatorConfig$, 0], 0, 0, 4, 4, [() => EvaluatorDescription, 0], 0, 0, 2, 0], 8
];
var GetGatewayRateLimitRequest$ = [3, n0, _GGRLR,
    0,
    [_gI, _rLI],
    [[0, 1], [0, 1]], 2
];
var GetGatewayRateLimitResponse$ = [3, n0, _GGRLRe,
    0,
    [_rLI, _gI, _dK, _en, _st, _cA, _uA, _d],
    [0, 0, 64 | 0, () => LimitEntries, 0, 5, 5, 0], 7
];
var GetGatewayRequest$ = [3, n0, _GGR,
    0,
    [_gI],
    [[0, 1]], 1
];
var GetGatewayResponse$ = [3, n0, _GGRe,
    0,
    [_gA, _gIa, _cA, _uA, _st, _n, _aT, _gU, _sRt, _d, _rA, _pT, _pC, _aCu, _kKA, _cTC, _iCnt, _pEC, _wID, _eL, _wAA, _wC],
    [0, 0, 5, 5, 0, 0, 0, 0, 64 | 0, [() => GatewayDescription, 0], 0, 0, [() => GatewayProtocolConfiguration$, 0], () => AuthorizerConfiguration$, 0, () => CustomTransformConfiguration$, () => GatewayInterceptorConfigurations, () => GatewayPolicyEngineConfiguration$, () => WorkloadIdentityDetails$, 0, 0, () => WafConfiguration$], 7
];
var GetGatewayRuleRequest$ = [3, n0, _GGRR,
    0,
    [_gI, _rI],
    [[0, 1], [0, 1]], 2
];
var GetGatewayRuleResponse$ = [3, n0, _GGRRe,
    0,
    [_rI, _gA, _pr, _ac, _cA, _st, _cond, _d, _sy, _uA],
    [0, 0, 1, [() => Actions, 0], 5, 0, () => Conditions, 0, () => SystemManagedBlock$, 5], 6
];
var GetGatewayTargetRequest$ = [3, n0, _GGTR,
    0,
    [_gI, _tI],
    [[0, 1], [0, 1]], 2
];
var GetGatewayTargetResponse$ = [3, n0, _GGTRe,
    0,
    [_gA, _tI, _cA, _uA, _st, _n, _tC, _cPCr, _sRt, _d, _lSAa, _mC, _pE, _pEMR, _aD, _pT],
    [0, 0, 5, 5, 0, [() => TargetName, 0], [() => TargetConfiguration$, 0], [() => CredentialProviderConfigurations, 0], 64 | 0, [() => TargetDescription, 0], 5, () => MetadataConfiguration$, () => PrivateEndpoint$, () => PrivateEndpointManagedResources, () => AuthorizationData$, 0], 8
];
var GetHarnessEndpointRequest$ = [3, n0, _GHER,
    0,
    [_hI, _eN],
    [[0, 1], [0, 1]], 2
];
var GetHarnessEndpointResponse$ = [3, n0, _GHERe,
    0,
    [_end],
    [() => HarnessEndpoint$], 1
];
var GetHarnessRequest$ = [3, n0, _GHR,
    0,
    [_hI, _hV],
    [[0, 1], [0, { [_hQ]: _hV }]], 1
];
var GetHarnessResponse$ = [3, n0, _GHRe,
    0,
    [_ha],
    [[() => Harness$, 0]], 1
];
var GetMemoryInput$ = [3, n0, _GMI,
    0,
    [_mIe, _vi],
    [[0, 1], [0, { [_hQ]: _vi }]], 1
];
var GetMemoryOutput$ = [3, n0, _GMO,
    0,
    [_mem],
    [[() => Memory$, 0]], 1
];
var GetOauth2CredentialProviderRequest$ = [3, n0, _GOCPR,
    0,
    [_n],
    [0], 1
];
var GetOauth2CredentialProviderResponse$ = [3, n0, _GOCPRe,
    0,
    [_cSA, _n, _cPA, _cPV, _oPCO, _cTr, _lUT, _cSJK, _cSS, _cUa, _st, _fR],
    [() => Secret$, 0, 0, 0, [() => Oauth2ProviderConfigOutput$, 0], 4, 4, 0, 0, 0, 0, 0], 7
];
var GetOnlineEvaluationConfigRequest$ = [3, n0, _GOECR,
    0,
    [_oECI],
    [[0, 1]], 1
];
var GetOnlineEvaluationConfigResponse$ = [3, n0, _GOECRe,
    0,
    [_oECA, _oECI, _oECN, _rul, _dSC, _st, _eS, _cA, _uA, _d, _ev, _in, _cCl, _oC, _eERA, _fR],
    [0, 0, 0, () => Rule$, () => DataSourceConfig$, 0, 0, 4, 4, [() => EvaluationConfigDescription, 0], () => EvaluatorList, () => InsightList, () => ClusteringConfig$, () => OutputConfig$, 0, 0], 9
];
var GetPaymentConnectorRequest$ = [3, n0, _GPCR,
    0,
    [_pMI, _pCI],
    [[0, 1], [0, 1]], 2
];
var GetPaymentConnectorResponse$ = [3, n0, _GPCRe,
    0,
    [_pCI, _n, _t, _cPCr, _cA, _lUA, _st, _d, _pM, _aU, _cUA],
    [0, 0, 0, () => CredentialsProviderConfigurations, 5, 5, 0, 0, 0, 0, 5], 7
];
var GetPaymentCredentialProviderRequest$ = [3, n0, _GPCPR,
    0,
    [_n],
    [0], 1
];
var GetPaymentCredentialProviderResponse$ = [3, n0, _GPCPRe,
    0,
    [_n, _cPA, _cPV, _pCO, _cTr, _lUT, _ta],
    [0, 0, 0, () => PaymentProviderConfigurationOutput$, 4, 4, 128 | 0], 6
];
var GetPaymentManagerRequest$ = [3, n0, _GPMR,
    0,
    [_pMI],
    [[0, 1]], 1
];
var GetPaymentManagerResponse$ = [3, n0, _GPMRe,
    0,
    [_pMA, _pMI, _n, _aT, _rA, _cA, _lUA, _st, _d, _aCu, _wID, _ta, _kKA],
    [0, 0, 0, 0, 0, 5, 5, 0, 0, () => AuthorizerConfiguration$, () => WorkloadIdentityDetails$, 128 | 0, 0], 8
];
var GetPolicyEngineRequest$ = [3, n0, _GPER,
    0,
    [_pEI],
    [[0, 1]], 1
];
var GetPolicyEngineResponse$ = [3, n0, _GPERe,
    0,
    [_pEI, _n, _cA, _uA, _pEA, _st, _sRt, _eKA, _d],
    [0, 0, 5, 5, 0, 0, 64 | 0, 0, [() => Description, 0]], 7
];
var GetPolicyEngineSummaryRequest$ = [3, n0, _GPESR,
    0,
    [_pEI],
    [[0, 1]], 1
];
var GetPolicyEngineSummaryResponse$ = [3, n0, _GPESRe,
    0,
    [_pEI, _n, _cA, _uA, _pEA, _st, _eKA],
    [0, 0, 5, 5, 0, 0, 0], 6
];
var GetPolicyGenerationRequest$ = [3, n0, _GPGR,
    0,
    [_pGI, _pEI],
    [[0, 1], [0, 1]], 2
];
var GetPolicyGenerationResponse$ = [3, n0, _GPGRe,
    0,
    [_pEI, _pGI, _n, _pGA, _res, _cA, _uA, _st, _sRt, _fi],
    [0, 0, 0, 0, () => Resource$, 5, 5, 0, 64 | 0, 0], 9
];
var GetPolicyGenerationSummaryRequest$ = [3, n0, _GPGSR,
    0,
    [_pGI, _pEI],
    [[0, 1], [0, 1]], 2
];
var GetPolicyGenerationSummaryResponse$ = [3, n0, _GPGSRe,
    0,
    [_pEI, _pGI, _n, _pGA, _res, _cA, _uA, _st, _fi],
    [0, 0, 0, 0, () => Resource$, 5, 5, 0, 0], 8
];
var GetPolicyRequest$ = [3, n0, _GPR,
    0,
    [_pEI, _pIo],
    [[0, 1], [0, 1]], 2
];
var GetPolicyResponse$ = [3, n0, _GPRe,
    0,
    [_pIo, _n, _pEI, _cA, _uA, _pAo, _st, _de, _sRt, _eM, _d],
    [0, 0, 0, 5, 5, 0, 0, () => PolicyDefinition$, 64 | 0, 0, [() => Description, 0]], 9
];
var GetPolicySummaryRequest$ = [3, n0, _GPSR,
    0,
    [_pEI, _pIo],
    [[0, 1], [0, 1]], 2
];
var GetPolicySummaryResponse$ = [3, n0, _GPSRe,
    0,
    [_pIo, _n, _pEI, _cA, _uA, _pAo, _st, _eM],
    [0, 0, 0, 5, 5, 0, 0, 0], 7
];
var GetRegistryRecordRequest$ = [3, n0, _GRRR,
    0,
    [_rIe, _rIec],
    [[0, 1], [0, 1]], 2
];
var GetRegistryRecordResponse$ = [3, n0, _GRRRe,
    0,
    [_rAeg, _rAe, _rIec, _n, _dT, _des, _st, _cA, _uA, _d, _rV, _sR, _sTy, _sC],
    [0, 0, 0, 0, 0, () => Descriptors$, 0, 5, 5, [() => Description, 0], 0, 0, 0, () => SynchronizationConfiguration$], 9
];
var GetRegistryRequest$ = [3, n0, _GRR,
    0,
    [_rIe],
    [[0, 1]], 1
];
var GetRegistryResponse$ = [3, n0, _GRRe,
    0,
    [_n, _rIe, _rAeg, _st, _cA, _uA, _d, _aT, _aCu, _aCp, _sR],
    [0, 0, 0, 0, 5, 5, [() => Description, 0], 0, () => AuthorizerConfiguration$, () => ApprovalConfiguration$, 0], 6
];
var GetResourcePolicyRequest$ = [3, n0, _GRPR,
    0,
    [_rAes],
    [[0, 1]], 1
];
var GetResourcePolicyResponse$ = [3, n0, _GRPRe,
    0,
    [_po],
    [0]
];
var GetTokenVaultRequest$ = [3, n0, _GTVR,
    0,
    [_tVI],
    [0]
];
var GetTokenVaultResponse$ = [3, n0, _GTVRe,
    0,
    [_tVI, _kC, _lMD],
    [0, () => KmsConfiguration$, 4], 3
];
var GetWorkloadIdentityRequest$ = [3, n0, _GWIR,
    0,
    [_n],
    [0], 1
];
var GetWorkloadIdentityResponse$ = [3, n0, _GWIRe,
    0,
    [_n, _wIA, _cTr, _lUT, _aRORU],
    [0, 0, 4, 4, 64 | 0], 4
];
var GithubOauth2ProviderConfigInput$ = [3, n0, _GOPCI,
    0,
    [_cI, _cS, _cSC, _cSS],
    [0, [() => DefaultClientSecretType, 0], () => SecretReference$, 0], 1
];
var GithubOauth2ProviderConfigOutput$ = [3, n0, _GOPCO,
    0,
    [_oD, _cI],
    [() => Oauth2Discovery$, 0], 1
];
var GoogleOauth2ProviderConfigInput$ = [3, n0, _GOPCIo,
    0,
    [_cI, _cS, _cSC, _cSS],
    [0, [() => DefaultClientSecretType, 0], () => SecretReference$, 0], 1
];
var GoogleOauth2ProviderConfigOutput$ = [3, n0, _GOPCOo,
    0,
    [_oD, _cI],
    [() => Oauth2Discovery$, 0], 1
];
var Harness$ = [3, n0, _H,
    0,
    [_hI, _hN, _ar, _st, _eRA, _cA, _uA, _mo, _sP, _to, _sk, _aTl, _tr, _env, _hV, _eAn, _eV, _aCu, _mem, _h, _mIa, _mT, _tS, _fR],
    [0, 0, 0, 0, 0, 5, 5, [() => HarnessModelConfiguration$, 0], [() => HarnessSystemPrompt, 0], [() => HarnessTools, 0], () => HarnessSkills, 64 | 0, () => HarnessTruncationConfiguration$, () => HarnessEnvironmentProvider$, 0, () => HarnessEnvironmentArtifact$, [() => EnvironmentVariablesMap, 0], () => AuthorizerConfiguration$, () => HarnessMemoryConfiguration$, () => HarnessHooks, 1, 1, 1, 0], 14
];
var HarnessAfterInvocationHook$ = [3, n0, _HAIH,
    0,
    [_n, _tar],
    [0, () => HarnessHookTarget$], 2
];
var HarnessAfterToolCallHook$ = [3, n0, _HATCH,
    0,
    [_n, _tar],
    [0, () => HarnessHookTarget$], 2
];
var HarnessAgentCoreBrowserConfig$ = [3, n0, _HACBC,
    0,
    [_bA],
    [0]
];
var HarnessAgentCoreCodeInterpreterConfig$ = [3, n0, _HACCIC,
    0,
    [_cIA],
    [0]
];
var HarnessAgentCoreGatewayConfig$ = [3, n0, _HACGC,
    0,
    [_gA, _oA],
    [0, [() => HarnessGatewayOutboundAuth$, 0]], 1
];
var HarnessAgentCoreMemoryConfiguration$ = [3, n0, _HACMC,
    0,
    [_ar, _aI, _mCe, _rCe],
    [0, 0, 1, () => HarnessAgentCoreMemoryRetrievalConfigs], 1
];
var HarnessAgentCoreMemoryRetrievalConfig$ = [3, n0, _HACMRC,
    0,
    [_tK, _rS, _sIt],
    [1, 1, 0]
];
var HarnessAgentCoreRuntimeEnvironment$ = [3, n0, _HACRE,
    0,
    [_aRA, _aRN, _aRI, _lC, _nC, _fC],
    [0, 0, 0, () => LifecycleConfiguration$, () => NetworkConfiguration$, () => FilesystemConfigurations], 5
];
var HarnessAgentCoreRuntimeEnvironmentRequest$ = [3, n0, _HACRER,
    0,
    [_lC, _nC, _fC],
    [() => LifecycleConfiguration$, () => NetworkConfiguration$, () => FilesystemConfigurations]
];
var HarnessBedrockModelConfig$ = [3, n0, _HBMC,
    0,
    [_mI, _mT, _te, _tP, _aF, _aP],
    [0, 1, 1, 1, 0, 15], 1
];
var HarnessBeforeInvocationHook$ = [3, n0, _HBIH,
    0,
    [_n, _tar],
    [0, () => HarnessHookTarget$], 2
];
var HarnessBeforeToolCallHook$ = [3, n0, _HBTCH,
    0,
    [_n, _tar],
    [0, () => HarnessHookTarget$], 2
];
var HarnessDisabledMemoryConfiguration$ = [3, n0, _HDMC,
    0,
    [],
    []
];
var HarnessEndpoint$ = [3, n0, _HE,
    0,
    [_hI, _hN, _eN, _ar, _st, _cA, _uA, _lV, _tV, _d, _fR],
    [0, 0, 0, 0, 0, 5, 5, 0, 0, 0, 0], 7
];
var HarnessGeminiModelConfig$ = [3, n0, _HGMC,
    0,
    [_mI, _aKA, _mT, _te, _tP, _tK, _aP],
    [0, 0, 1, 1, 1, 1, 15], 2
];
var HarnessHookEventBridgeTarget$ = [3, n0, _HHEBT,
    0,
    [_ar],
    [0], 1
];
var HarnessHookLambdaTarget$ = [3, n0, _HHLT,
    0,
    [_ar, _tS, _fM],
    [0, 1, 0], 1
];
var HarnessHookSnsTarget$ = [3, n0, _HHST,
    0,
    [_ar],
    [0], 1
];
var HarnessInlineFunctionConfig$ = [3, n0, _HIFC,
    0,
    [_d, _iS],
    [[() => HarnessInlineFunctionDescription, 0], [() => SensitiveJson, 0]], 2
];
var HarnessLiteLlmModelConfig$ = [3, n0, _HLLMC,
    0,
    [_mI, _aKA, _aB, _mT, _te, _tP, _aP],
    [0, 0, [() => HarnessLiteLlmApiBase, 0], 1, 1, 1, 15], 1
];
var HarnessManagedMemoryConfiguration$ = [3, n0, _HMMC,
    0,
    [_ar, _str, _eED, _eKA],
    [0, 64 | 0, 1, 0]
];
var HarnessOpenAiModelConfig$ = [3, n0, _HOAMC,
    0,
    [_mI, _aKA, _aB, _mT, _te, _tP, _aF, _aP],
    [0, 0, [() => HarnessOpenAiApiBase, 0], 1, 1, 1, 0, 15], 2
];
var HarnessRemoteMcpConfig$ = [3, n0, _HRMC,
    0,
    [_u, _he],
    [[() => HarnessRemoteMcpUrl, 0], [() => HttpHeadersMap, 0]], 1
];
var HarnessSkillAwsSkillsSource$ = [3, n0, _HSASS,
    0,
    [_pa],
    [64 | 0]
];
var HarnessSkillGitAuth$ = [3, n0, _HSGA,
    0,
    [_cAr, _us],
    [0, 0], 1
];
var HarnessSkillGitSource$ = [3, n0, _HSGS,
    0,
    [_u, _p, _au],
    [0, 0, () => HarnessSkillGitAuth$], 1
];
var HarnessSkillS3Source$ = [3, n0, _HSSS,
    0,
    [_ur],
    [0], 1
];
var HarnessSlidingWindowConfiguration$ = [3, n0, _HSWC,
    0,
    [_mCe],
    [1]
];
var HarnessSummarizationConfiguration$ = [3, n0, _HSC,
    0,
    [_sRu, _pRM, _sSP],
    [1, 1, 0]
];
var HarnessSummary$ = [3, n0, _HS,
    0,
    [_hI, _hN, _ar, _st, _cA, _uA, _hV],
    [0, 0, 0, 0, 5, 5, 0], 6
];
var HarnessTool$ = [3, n0, _HT,
    0,
    [_t, _n, _confi],
    [0, 0, [() => HarnessToolConfiguration$, 0]], 1
];
var HarnessTruncationConfiguration$ = [3, n0, _HTC,
    0,
    [_stra, _confi],
    [0, () => HarnessTruncationStrategyConfiguration$], 1
];
var HarnessVersionSummary$ = [3, n0, _HVS,
    0,
    [_hI, _hN, _ar, _hV, _st, _cA, _uA, _fR],
    [0, 0, 0, 0, 0, 5, 5, 0], 7
];
var HostingEnvironment$ = [3, n0, _HEo,
    0,
    [_ar],
    [0], 1
];
var HttpApiSchemaConfiguration$ = [3, n0, _HASC,
    0,
    [_so],
    [[() => ApiSchemaConfiguration$, 0]], 1
];
var HttpConnectorSource$ = [3, n0, _HCS,
    0,
    [_cIo],
    [0], 1
];
var HttpConnectorTargetConfiguration$ = [3, n0, _HCTC,
    0,
    [_so, _par],
    [() => HttpConnectorSource$, 128 | 0], 1
];
var IamCredentialProvider$ = [3, n0, _ICP,
    0,
    [_ser, _reg],
    [0, 0], 1
];
var IamPrincipal$ = [3, n0, _IPa,
    0,
    [_ar, _o],
    [0, 0], 1
];
var IncludedOauth2ProviderConfigInput$ = [3, n0, _IOPCI,
    0,
    [_cI, _cS, _cSC, _cSS, _is, _aE, _tE],
    [0, [() => DefaultClientSecretType, 0], () => SecretReference$, 0, 0, 0, 0], 1
];
var IncludedOauth2ProviderConfigOutput$ = [3, n0, _IOPCO,
    0,
    [_oD, _cI],
    [() => Oauth2Discovery$, 0], 1
];
var IndexedKey$ = [3, n0, _IK,
    0,
    [_k, _t],
    [0, 0], 2
];
var InferenceConfiguration$ = [3, n0, _IC,
    0,
    [_mT, _te, _tP, _sS],
    [1, 1, 1, 64 | 0]
];
var InferenceConnectorSource$ = [3, n0, _ICS,
    0,
    [_cIo],
    [0], 1
];
var InferenceConnectorTargetConfiguration$ = [3, n0, _ICTC,
    0,
    [_so],
    [() => InferenceConnectorSource$], 1
];
var InferenceOperationConfiguration$ = [3, n0, _IOC,
    0,
    [_p, _pP, _mode],
    [0, 0, () => ModelEntries], 1
];
var InferenceProviderTargetConfiguration$ = [3, n0, _IPTC,
    0,
    [_end, _mM, _op],
    [0, () => ModelMapping$, () => InferenceOperationConfigurations], 1
];
var InlineExamplesSource$ = [3, n0, _IES,
    0,
    [_exa],
    [[() => DatasetExampleList, 0]], 1
];
var Insight$ = [3, n0, _I,
    0,
    [_iI],
    [0], 1
];
var InstanceLifecycleConfiguration$ = [3, n0, _ILC,
    0,
    [_iIT, _mL],
    [1, 1]
];
var InstanceRequirements$ = [3, n0, _IR,
    0,
    [_aIT],
    [64 | 0], 1
];
var InterceptorInputConfiguration$ = [3, n0, _IIC,
    0,
    [_pRH, _pF],
    [2, () => InterceptorPayloadFilter$], 1
];
var InterceptorPayloadFilter$ = [3, n0, _IPF,
    0,
    [_exc],
    [() => InterceptorPayloadExclusionSelectorList], 1
];
var InvocationConfiguration$ = [3, n0, _ICn,
    0,
    [_tA, _pDBN],
    [0, 0], 2
];
var InvocationConfigurationInput$ = [3, n0, _ICI,
    0,
    [_tA, _pDBN],
    [0, 0], 2
];
var KinesisResource$ = [3, n0, _KR,
    0,
    [_dSA, _cCo],
    [0, () => ContentConfigurationList], 2
];
var KmsConfiguration$ = [3, n0, _KC,
    0,
    [_kT, _kKA],
    [0, 0], 1
];
var KmsKeySourceType$ = [3, n0, _KKST,
    0,
    [_kKA],
    [0], 1
];
var LambdaEvaluatorConfig$ = [3, n0, _LEC,
    0,
    [_lA, _lTIS],
    [0, 1], 1
];
var LambdaInterceptorConfiguration$ = [3, n0, _LIC,
    0,
    [_ar],
    [0], 1
];
var LambdaTransformConfiguration$ = [3, n0, _LTC,
    0,
    [_ar],
    [0]
];
var LaunchParameters$ = [3, n0, _LP,
    0,
    [_oS, _iR, _eVp, _mon, _lS, _cRS, _sKN, _iPA, _pTr],
    [0, () => InstanceRequirements$, () => EphemeralBlockDeviceMappingList, 0, () => LicenseSpecificationList, () => CapacityReservationSpecification$, 0, 0, 128 | 0], 2
];
var LicenseSpecification$ = [3, n0, _LS,
    0,
    [_lCA],
    [0], 1
];
var LifecycleConfiguration$ = [3, n0, _LC,
    0,
    [_iRST, _mL],
    [1, 1]
];
var LimitEntry$ = [3, n0, _LE,
    0,
    [_di, _req, _tok, _conn],
    [128 | 0, () => RateConfigs, () => RateConfigs, () => RateConfigs], 1
];
var LinkedinOauth2ProviderConfigInput$ = [3, n0, _LOPCI,
    0,
    [_cI, _cS, _cSC, _cSS],
    [0, [() => DefaultClientSecretType, 0], () => SecretReference$, 0], 1
];
var LinkedinOauth2ProviderConfigOutput$ = [3, n0, _LOPCO,
    0,
    [_oD, _cI],
    [() => Oauth2Discovery$, 0], 1
];
var ListAgentRuntimeEndpointsRequest$ = [3, n0, _LARER,
    0,
    [_aRI, _mR, _nTe],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]], 1
];
var ListAgentRuntimeEndpointsResponse$ = [3, n0, _LARERi,
    0,
    [_rE, _nTe],
    [[() => AgentRuntimeEndpoints, 0], 0], 1
];
var ListAgentRuntimesRequest$ = [3, n0, _LARR,
    0,
    [_mR, _nTe],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]]
];
var ListAgentRuntimesResponse$ = [3, n0, _LARRi,
    0,
    [_aR, _nTe],
    [[() => AgentRuntimes, 0], 0], 1
];
var ListAgentRuntimeVersionsByCapacityProviderInput$ = [3, n0, _LARVBCPI,
    0,
    [_cPI, _mR, _nTe],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]], 1
];
var ListAgentRuntimeVersionsByCapacityProviderOutput$ = [3, n0, _LARVBCPO,
    0,
    [_aR, _nTe],
    [() => AgentRuntimeVersionSummaryList, 0], 1
];
var ListAgentRuntimeVersionsRequest$ = [3, n0, _LARVR,
    0,
    [_aRI, _mR, _nTe],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]], 1
];
var ListAgentRuntimeVersionsResponse$ = [3, n0, _LARVRi,
    0,
    [_aR, _nTe],
    [[() => AgentRuntimes, 0], 0], 1
];
var ListApiKeyCredentialProvidersRequest$ = [3, n0, _LAKCPR,
    0,
    [_nTe, _mR],
    [0, 1]
];
var ListApiKeyCredentialProvidersResponse$ = [3, n0, _LAKCPRi,
    0,
    [_cPre, _nTe],
    [() => ApiKeyCredentialProviders, 0], 1
];
var ListBrowserProfilesRequest$ = [3, n0, _LBPR,
    0,
    [_mR, _nTe, _n],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }], 0]
];
var ListBrowserProfilesResponse$ = [3, n0, _LBPRi,
    0,
    [_pS, _nTe],
    [[() => BrowserProfileSummaries, 0], 0], 1
];
var ListBrowsersRequest$ = [3, n0, _LBR,
    0,
    [_mR, _nTe, _t],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }], [0, { [_hQ]: _t }]]
];
var ListBrowsersResponse$ = [3, n0, _LBRi,
    0,
    [_bSr, _nTe],
    [[() => BrowserSummaries, 0], 0], 1
];
var ListCapacityProvidersInput$ = [3, n0, _LCPI,
    0,
    [_mR, _nTe],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]]
];
var ListCapacityProvidersOutput$ = [3, n0, _LCPO,
    0,
    [_cPa, _nTe],
    [() => CapacityProviderList, 0], 1
];
var ListCodeInterpretersRequest$ = [3, n0, _LCIR,
    0,
    [_mR, _nTe, _t],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }], [0, { [_hQ]: _t }]]
];
var ListCodeInterpretersResponse$ = [3, n0, _LCIRi,
    0,
    [_cIS, _nTe],
    [[() => CodeInterpreterSummaries, 0], 0], 1
];
var ListConfigurationBundlesRequest$ = [3, n0, _LCBR,
    0,
    [_nTe, _mR],
    [[0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }]]
];
var ListConfigurationBundlesResponse$ = [3, n0, _LCBRi,
    0,
    [_b, _nTe],
    [[() => ConfigurationBundleSummaryList, 0], 0], 1
];
var ListConfigurationBundleVersionsRequest$ = [3, n0, _LCBVR,
    0,
    [_bIu, _nTe, _mR, _fil],
    [[0, 1], [0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }], () => VersionFilter$], 1
];
var ListConfigurationBundleVersionsResponse$ = [3, n0, _LCBVRi,
    0,
    [_ver, _nTe],
    [() => ConfigurationBundleVersionSummaryList, 0], 1
];
var ListConsentPortalsRequest$ = [3, n0, _LCPR,
    0,
    [_mR, _nTe],
    [1, 0]
];
var ListConsentPortalsResponse$ = [3, n0, _LCPRi,
    0,
    [_cPo, _nTe],
    [() => ConsentPortalSummaries, 0], 1
];
var ListDatasetExamplesRequest$ = [3, n0, _LDER,
    0,
    [_dI, _dV, _mR, _nTe],
    [[0, 1], [0, { [_hQ]: _dV }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]], 1
];
var ListDatasetExamplesResponse$ = [3, n0, _LDERi,
    0,
    [_dA, _dI, _dV, _exa, _nTe],
    [0, 0, 0, [() => DatasetExampleList, 0], 0], 4
];
var ListDatasetsRequest$ = [3, n0, _LDR,
    0,
    [_nTe, _mR],
    [[0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }]]
];
var ListDatasetsResponse$ = [3, n0, _LDRi,
    0,
    [_da, _nTe],
    [() => DatasetSummaryList, 0], 1
];
var ListDatasetVersionsRequest$ = [3, n0, _LDVR,
    0,
    [_dI, _nTe, _mR],
    [[0, 1], [0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }]], 1
];
var ListDatasetVersionsResponse$ = [3, n0, _LDVRi,
    0,
    [_ver, _nTe],
    [() => DatasetVersionSummaryList, 0], 1
];
var ListEvaluatorsRequest$ = [3, n0, _LER,
    0,
    [_nTe, _mR],
    [[0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }]]
];
var ListEvaluatorsResponse$ = [3, n0, _LERi,
    0,
    [_ev, _nTe],
    [[() => EvaluatorSummaryList, 0], 0], 1
];
var ListGatewayRateLimitsRequest$ = [3, n0, _LGRLR,
    0,
    [_gI, _mR, _nTe],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]], 1
];
var ListGatewayRateLimitsResponse$ = [3, n0, _LGRLRi,
    0,
    [_rL, _nTe],
    [() => GatewayRateLimits, 0], 1
];
var ListGatewayRulesRequest$ = [3, n0, _LGRR,
    0,
    [_gI, _mR, _nTe],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]], 1
];
var ListGatewayRulesResponse$ = [3, n0, _LGRRi,
    0,
    [_gR, _nTe],
    [[() => GatewayRules, 0], 0], 1
];
var ListGatewaysRequest$ = [3, n0, _LGR,
    0,
    [_mR, _nTe],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]]
];
var ListGatewaysResponse$ = [3, n0, _LGRi,
    0,
    [_it, _nTe],
    [[() => GatewaySummaries, 0], 0], 1
];
var ListGatewayTargetsRequest$ = [3, n0, _LGTR,
    0,
    [_gI, _mR, _nTe],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]], 1
];
var ListGatewayTargetsResponse$ = [3, n0, _LGTRi,
    0,
    [_it, _nTe],
    [[() => TargetSummaries, 0], 0], 1
];
var ListHarnessEndpointsRequest$ = [3, n0, _LHER,
    0,
    [_hI, _mR, _nTe],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]], 1
];
var ListHarnessEndpointsResponse$ = [3, n0, _LHERi,
    0,
    [_endp, _nTe],
    [() => HarnessEndpoints, 0], 1
];
var ListHarnessesRequest$ = [3, n0, _LHR,
    0,
    [_mR, _nTe],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]]
];
var ListHarnessesResponse$ = [3, n0, _LHRi,
    0,
    [_har, _nTe],
    [() => HarnessSummaries, 0], 1
];
var ListHarnessVersionsRequest$ = [3, n0, _LHVR,
    0,
    [_hI, _mR, _nTe],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]], 1
];
var ListHarnessVersionsResponse$ = [3, n0, _LHVRi,
    0,
    [_hVa, _nTe],
    [() => HarnessVersionSummaries, 0], 1
];
var ListMemoriesInput$ = [3, n0, _LMI,
    0,
    [_mR, _nTe],
    [1, 0]
];
var ListMemoriesOutput$ = [3, n0, _LMO,
    0,
    [_memo, _nTe],
    [() => MemorySummaryList, 0], 1
];
var ListOauth2CredentialProvidersRequest$ = [3, n0, _LOCPR,
    0,
    [_nTe, _mR],
    [0, 1]
];
var ListOauth2CredentialProvidersResponse$ = [3, n0, _LOCPRi,
    0,
    [_cPre, _nTe],
    [() => Oauth2CredentialProviders, 0], 1
];
var ListOnlineEvaluationConfigsRequest$ = [3, n0, _LOECR,
    0,
    [_nTe, _mR],
    [[0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }]]
];
var ListOnlineEvaluationConfigsResponse$ = [3, n0, _LOECRi,
    0,
    [_oEC, _nTe],
    [[() => OnlineEvaluationConfigSummaryList, 0], 0], 1
];
var ListPaymentConnectorsRequest$ = [3, n0, _LPCR,
    0,
    [_pMI, _mR, _nTe],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]], 1
];
var ListPaymentConnectorsResponse$ = [3, n0, _LPCRi,
    0,
    [_pCa, _nTe],
    [() => PaymentConnectorSummaries, 0], 1
];
var ListPaymentCredentialProvidersRequest$ = [3, n0, _LPCPR,
    0,
    [_nTe, _mR],
    [0, 1]
];
var ListPaymentCredentialProvidersResponse$ = [3, n0, _LPCPRi,
    0,
    [_cPre, _nTe],
    [() => PaymentCredentialProviders, 0], 1
];
var ListPaymentManagersRequest$ = [3, n0, _LPMR,
    0,
    [_mR, _nTe],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }]]
];
var ListPaymentManagersResponse$ = [3, n0, _LPMRi,
    0,
    [_pMa, _nTe],
    [() => PaymentManagerSummaries, 0], 1
];
var ListPoliciesRequest$ = [3, n0, _LPR,
    0,
    [_pEI, _nTe, _mR, _tRS],
    [[0, 1], [0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _tRS }]], 1
];
var ListPoliciesResponse$ = [3, n0, _LPRi,
    0,
    [_pol, _nTe],
    [[() => Policies, 0], 0], 1
];
var ListPolicyEnginesRequest$ = [3, n0, _LPER,
    0,
    [_nTe, _mR],
    [[0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }]]
];
var ListPolicyEnginesResponse$ = [3, n0, _LPERi,
    0,
    [_pEo, _nTe],
    [[() => PolicyEngines, 0], 0], 1
];
var ListPolicyEngineSummariesRequest$ = [3, n0, _LPESR,
    0,
    [_nTe, _mR],
    [[0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }]]
];
var ListPolicyEngineSummariesResponse$ = [3, n0, _LPESRi,
    0,
    [_pEo, _nTe],
    [() => PolicyEngineSummaryList, 0], 1
];
var ListPolicyGenerationAssetsRequest$ = [3, n0, _LPGAR,
    0,
    [_pGI, _pEI, _nTe, _mR],
    [[0, 1], [0, 1], [0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }]], 2
];
var ListPolicyGenerationAssetsResponse$ = [3, n0, _LPGARi,
    0,
    [_pGAo, _nTe],
    [() => PolicyGenerationAssets, 0]
];
var ListPolicyGenerationsRequest$ = [3, n0, _LPGR,
    0,
    [_pEI, _nTe, _mR],
    [[0, 1], [0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }]], 1
];
var ListPolicyGenerationsResponse$ = [3, n0, _LPGRi,
    0,
    [_pG, _nTe],
    [() => PolicyGenerations, 0], 1
];
var ListPolicyGenerationSummariesRequest$ = [3, n0, _LPGSR,
    0,
    [_pEI, _nTe, _mR],
    [[0, 1], [0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }]], 1
];
var ListPolicyGenerationSummariesResponse$ = [3, n0, _LPGSRi,
    0,
    [_pG, _nTe],
    [() => PolicyGenerationSummaryList, 0], 1
];
var ListPolicySummariesRequest$ = [3, n0, _LPSR,
    0,
    [_pEI, _nTe, _mR, _tRS],
    [[0, 1], [0, { [_hQ]: _nTe }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _tRS }]], 1
];
var ListPolicySummariesResponse$ = [3, n0, _LPSRi,
    0,
    [_pol, _nTe],
    [() => PolicySummaryList, 0], 1
];
var ListRegistriesRequest$ = [3, n0, _LRR,
    0,
    [_mR, _nTe, _st, _aT],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }], [0, { [_hQ]: _st }], [0, { [_hQ]: _aT }]]
];
var ListRegistriesResponse$ = [3, n0, _LRRi,
    0,
    [_regi, _nTe],
    [[() => RegistrySummaryList, 0], 0], 1
];
var ListRegistryRecordsRequest$ = [3, n0, _LRRR,
    0,
    [_rIe, _mR, _nTe, _n, _st, _dT],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nTe }], [0, { [_hQ]: _n }], [0, { [_hQ]: _st }], [0, { [_hQ]: _dT }]], 1
];
var ListRegistryRecordsResponse$ = [3, n0, _LRRRi,
    0,
    [_rR, _nTe],
    [[() => RegistryRecordSummaryList, 0], 0], 1
];
var ListTagsForResourceRequest$ = [3, n0, _LTFRR,
    0,
    [_rAes],
    [[0, 1]], 1
];
var ListTagsForResourceResponse$ = [3, n0, _LTFRRi,
    0,
    [_ta],
    [128 | 0]
];
var ListWorkloadIdentitiesRequest$ = [3, n0, _LWIR,
    0,
    [_nTe, _mR],
    [0, 1]
];
var ListWorkloadIdentitiesResponse$ = [3, n0, _LWIRi,
    0,
    [_wI, _nTe],
    [() => WorkloadIdentityList, 0], 1
];
var LlmAsAJudgeEvaluatorConfig$ = [3, n0, _LAAJEC,
    0,
    [_ins, _rSa, _mCo],
    [[() => EvaluatorInstructions, 0], [() => RatingScale$, 0], () => EvaluatorModelConfig$], 3
];
var LlmExtractionConfig$ = [3, n0, _LECl,
    0,
    [_de, _lEI, _val],
    [[() => Definition, 0], [() => LlmExtractionInstruction, 0], () => Validation$], 1
];
var ManagedResourceDetails$ = [3, n0, _MRD,
    0,
    [_do, _rGA, _rAA],
    [0, 0, 0]
];
var ManagedVpcResource$ = [3, n0, _MVR,
    0,
    [_vIp, _sIu, _eIAT, _sGI, _ta, _rDo],
    [0, 64 | 0, 0, 64 | 0, 128 | 0, 0], 3
];
var MatchPaths$ = [3, n0, _MP,
    0,
    [_aO],
    [64 | 0], 1
];
var MatchPrincipals$ = [3, n0, _MPa,
    0,
    [_aO],
    [() => MatchPrincipalEntries], 1
];
var McpDescriptor$ = [3, n0, _MD,
    0,
    [_se, _to],
    [() => ServerDefinition$, () => ToolsDefinition$]
];
var MCPGatewayConfiguration$ = [3, n0, _MCPGC,
    0,
    [_sVu, _ins, _sTe, _sCe, _sCtr, _dMLTP],
    [64 | 0, [() => McpInstructions, 0], 0, () => SessionConfiguration$, () => StreamingConfiguration$, 2]
];
var McpLambdaTargetConfiguration$ = [3, n0, _MLTC,
    0,
    [_lA, _tSo],
    [0, [() => ToolSchema$, 0]], 2
];
var McpServerTargetConfiguration$ = [3, n0, _MSTC,
    0,
    [_end, _mTS, _lMi, _rP],
    [0, [() => McpToolSchemaConfiguration$, 0], 0, 1], 1
];
var Memory$ = [3, n0, _M,
    0,
    [_ar, _i, _n, _eED, _st, _cA, _uA, _d, _eKA, _mERA, _fR, _str, _iK, _nK, _sDR, _mBRA],
    [0, 0, 0, 1, 0, 4, 4, [() => Description, 0], 0, 0, 0, [() => MemoryStrategyList, 0], () => IndexedKeysList, () => NamespaceKeysList, () => StreamDeliveryResources$, 0], 7
];
var MemoryRecordSchema$ = [3, n0, _MRS,
    0,
    [_mSe],
    [[() => MetadataSchemaList, 0]]
];
var MemoryStrategy$ = [3, n0, _MS,
    0,
    [_sIt, _n, _t, _na, _nT, _d, _con, _cA, _uA, _st, _mRS],
    [0, 0, 0, 64 | 0, 64 | 0, [() => Description, 0], [() => StrategyConfiguration$, 0], 4, 4, 0, [() => MemoryRecordSchema$, 0]], 5
];
var MemorySummary$ = [3, n0, _MSe,
    0,
    [_cA, _uA, _ar, _i, _st, _mBRA],
    [4, 4, 0, 0, 0, 0], 2
];
var MessageBasedTrigger$ = [3, n0, _MBT,
    0,
    [_mCes],
    [1]
];
var MessageBasedTriggerInput$ = [3, n0, _MBTI,
    0,
    [_mCes],
    [1]
];
var MetadataConfiguration$ = [3, n0, _MC,
    0,
    [_aRH, _aQP, _aRHl],
    [64 | 0, 64 | 0, 64 | 0]
];
var MetadataSchemaEntry$ = [3, n0, _MSE,
    0,
    [_k, _t, _eTx, _eCxt],
    [0, 0, 0, [() => ExtractionConfig$, 0]], 1
];
var MicrosoftOauth2ProviderConfigInput$ = [3, n0, _MOPCI,
    0,
    [_cI, _cS, _cSC, _cSS, _tIe],
    [0, [() => DefaultClientSecretType, 0], () => SecretReference$, 0, 0], 1
];
var MicrosoftOauth2ProviderConfigOutput$ = [3, n0, _MOPCO,
    0,
    [_oD, _cI],
    [() => Oauth2Discovery$, 0], 1
];
var ModelEntry$ = [3, n0, _ME,
    0,
    [_mo],
    [0], 1
];
var ModelMapping$ = [3, n0, _MM,
    0,
    [_pPr],
    [() => ProviderPrefix$]
];
var ModifyInvocationConfigurationInput$ = [3, n0, _MICI,
    0,
    [_tA, _pDBN],
    [0, 0]
];
var ModifyMemoryStrategies$ = [3, n0, _MMS,
    0,
    [_aMS, _mMS, _dMS],
    [[() => MemoryStrategyInputList, 0], [() => ModifyMemoryStrategiesList, 0], () => DeleteMemoryStrategiesList]
];
var ModifyMemoryStrategyInput$ = [3, n0, _MMSI,
    0,
    [_mSI, _d, _na, _nT, _con, _mRS],
    [0, [() => Description, 0], 64 | 0, 64 | 0, [() => ModifyStrategyConfiguration$, 0], [() => MemoryRecordSchema$, 0]], 1
];
var ModifySelfManagedConfiguration$ = [3, n0, _MSMC,
    0,
    [_tCr, _iCnv, _hCWS],
    [() => TriggerConditionInputList, () => ModifyInvocationConfigurationInput$, 1]
];
var ModifyStrategyConfiguration$ = [3, n0, _MSC,
    0,
    [_ex, _cons, _ref, _sMC],
    [[() => ModifyExtractionConfiguration$, 0], [() => ModifyConsolidationConfiguration$, 0], [() => ModifyReflectionConfiguration$, 0], () => ModifySelfManagedConfiguration$]
];
var NamespaceKeyEntry$ = [3, n0, _NKE,
    0,
    [_k, _val],
    [0, () => NamespaceKeyValidation$], 1
];
var NamespaceKeyValidation$ = [3, n0, _NKV,
    0,
    [_aV, _rPe],
    [64 | 0, 0]
];
var NetworkConfiguration$ = [3, n0, _NC,
    0,
    [_nM, _nMC],
    [0, () => VpcConfig$], 1
];
var NumberValidation$ = [3, n0, _NV,
    0,
    [_mV, _mVa],
    [1, 1]
];
var NumericalScaleDefinition$ = [3, n0, _NSD,
    0,
    [_de, _va, _la],
    [0, 1, 0], 3
];
var OAuth2AuthorizationData$ = [3, n0, _OAAD,
    0,
    [_aU, _uI],
    [0, 0], 1
];
var Oauth2AuthorizationServerMetadata$ = [3, n0, _OASM,
    0,
    [_is, _aE, _tE, _rT, _tEAM],
    [0, 0, 0, 64 | 0, 64 | 0], 3
];
var Oauth2CredentialProviderItem$ = [3, n0, _OCPI,
    0,
    [_n, _cPV, _cPA, _cTr, _lUT],
    [0, 0, 0, 4, 4], 5
];
var OAuthCredentialProvider$ = [3, n0, _OACP,
    0,
    [_pAr, _sc, _cPu, _gT, _dRU],
    [0, 64 | 0, [() => OAuthCustomParameters, 0], 0, 0], 2
];
var OnBehalfOfTokenExchangeConfigType$ = [3, n0, _OBOTECT,
    0,
    [_gT, _tEGTC],
    [0, () => TokenExchangeGrantTypeConfigType$], 1
];
var OnlineEvaluationConfigSummary$ = [3, n0, _OECS,
    0,
    [_oECA, _oECI, _oECN, _st, _eS, _cA, _uA, _d, _fR, _in, _cCl],
    [0, 0, 0, 0, 0, 4, 4, [() => EvaluationConfigDescription, 0], 0, () => InsightList, () => ClusteringConfig$], 7
];
var OpenResponsesEvaluatorModelConfig$ = [3, n0, _OREMC,
    0,
    [_mI, _mOT, _te, _tP, _rea],
    [0, 1, 1, 1, () => ReasoningConfiguration$], 1
];
var OutputConfig$ = [3, n0, _OC,
    0,
    [_cWC],
    [() => CloudWatchOutputConfig$], 1
];
var PassthroughTargetConfiguration$ = [3, n0, _PTC,
    0,
    [_end, _pT, _sch, _sCti, _sQP, _sQPCR],
    [0, 0, [() => HttpApiSchemaConfiguration$, 0], () => StickinessConfiguration$, [() => StaticQueryParameters, 0], 0], 2
];
var PaymentConnectorSummary$ = [3, n0, _PCS,
    0,
    [_pCI, _n, _t, _st, _lUA, _pM],
    [0, 0, 0, 0, 5, 0], 5
];
var PaymentCredentialProviderConfiguration$ = [3, n0, _PCPC,
    0,
    [_cPA],
    [0], 1
];
var PaymentCredentialProviderItem$ = [3, n0, _PCPI,
    0,
    [_n, _cPV, _cPA, _cTr, _lUT],
    [0, 0, 0, 4, 4], 5
];
var PaymentManagerSummary$ = [3, n0, _PMS,
    0,
    [_pMA, _pMI, _n, _aT, _rA, _st, _lUA, _d, _cA, _kKA],
    [0, 0, 0, 0, 0, 0, 5, 0, 5, 0], 7
];
var PermissionsConfiguration$ = [3, n0, _PC,
    0,
    [_cPORA],
    [0], 1
];
var Policy$ = [3, n0, _Po,
    0,
    [_pIo, _n, _pEI, _cA, _uA, _pAo, _st, _de, _sRt, _eM, _d],
    [0, 0, 0, 5, 5, 0, 0, () => PolicyDefinition$, 64 | 0, 0, [() => Description, 0]], 9
];
var PolicyEngine$ = [3, n0, _PE,
    0,
    [_pEI, _n, _cA, _uA, _pEA, _st, _sRt, _eKA, _d],
    [0, 0, 5, 5, 0, 0, 64 | 0, 0, [() => Description, 0]], 7
];
var PolicyEngineSummary$ = [3, n0, _PES,
    0,
    [_pEI, _n, _cA, _uA, _pEA, _st, _eKA],
    [0, 0, 5, 5, 0, 0, 0], 6
];
var PolicyGeneration$ = [3, n0, _PG,
    0,
    [_pEI, _pGI, _n, _pGA, _res, _cA, _uA, _st, _sRt, _fi],
    [0, 0, 0, 0, () => Resource$, 5, 5, 0, 64 | 0, 0], 9
];
var PolicyGenerationAsset$ = [3, n0, _PGA,
    0,
    [_pGAI, _rTF, _fi, _de],
    [0, 0, () => Findings, () => PolicyDefinition$], 3
];
var PolicyGenerationDetails$ = [3, n0, _PGD,
    0,
    [_pGI, _pGAI],
    [0, 0], 2
];
var PolicyGenerationSummary$ = [3, n0, _PGS,
    0,
    [_pEI, _pGI, _n, _pGA, _res, _cA, _uA, _st, _fi],
    [0, 0, 0, 0, () => Resource$, 5, 5, 0, 0], 8
];
var PolicyStatement$ = [3, n0, _PS,
    0,
    [_stat],
    [0], 1
];
var PolicySummary$ = [3, n0, _PSo,
    0,
    [_pIo, _n, _pEI, _cA, _uA, _pAo, _st, _eM],
    [0, 0, 0, 5, 5, 0, 0, 0], 7
];
var PrivateEndpointOverride$ = [3, n0, _PEO,
    0,
    [_do, _pE],
    [0, () => PrivateEndpoint$], 2
];
var PrivateKeyJwtConfig$ = [3, n0, _PKJC,
    0,
    [_pKS, _sA, _aHC, _aPC],
    [() => PrivateKeySource$, 0, [() => AdditionalClaims, 0], [() => AdditionalClaims, 0]]
];
var ProtocolConfiguration$ = [3, n0, _PCr,
    0,
    [_sPe],
    [0], 1
];
var ProviderPrefix$ = [3, n0, _PP,
    0,
    [_stri, _sep],
    [2, 0]
];
var PutResourcePolicyRequest$ = [3, n0, _PRPR,
    0,
    [_rAes, _po],
    [[0, 1], 0], 2
];
var PutResourcePolicyResponse$ = [3, n0, _PRPRu,
    0,
    [_po],
    [0], 1
];
var RateConfig$ = [3, n0, _RC,
    0,
    [_ra, _pe],
    [1, 0], 2
];
var ReasoningConfiguration$ = [3, n0, _RCe,
    0,
    [_ef],
    [0]
];
var RecordingConfig$ = [3, n0, _RCec,
    0,
    [_ena, _sL],
    [2, () => S3Location$]
];
var RegistryRecordCredentialProviderConfiguration$ = [3, n0, _RRCPC,
    0,
    [_cPT, _cP],
    [0, () => RegistryRecordCredentialProviderUnion$], 2
];
var RegistryRecordIamCredentialProvider$ = [3, n0, _RRICP,
    0,
    [_rA, _ser, _reg],
    [0, 0, 0]
];
var RegistryRecordOAuthCredentialProvider$ = [3, n0, _RROACP,
    0,
    [_pAr, _gT, _sc, _cPu],
    [0, 0, 64 | 0, 128 | 0], 1
];
var RegistryRecordSummary$ = [3, n0, _RRS,
    0,
    [_rAeg, _rAe, _rIec, _n, _dT, _rV, _st, _cA, _uA, _d],
    [0, 0, 0, 0, 0, 0, 0, 5, 5, [() => Description, 0]], 9
];
var RegistrySummary$ = [3, n0, _RS,
    0,
    [_n, _rIe, _rAeg, _st, _cA, _uA, _d, _aT, _sR],
    [0, 0, 0, 0, 5, 5, [() => Description, 0], 0, 0], 6
];
var RootVolumeConfiguration$ = [3, n0, _RVC,
    0,
    [_vT, _io, _th, _enc, _kKI, _fSGB],
    [0, 1, 1, 2, 0, 1]
];
var RotatePaymentConnectorCredentialsRequest$ = [3, n0, _RPCCR,
    0,
    [_pMI, _pCI, _cTR, _cT],
    [[0, 1], [0, 1], () => CredentialRotationConfig$, [0, 4]], 3
];
var RotatePaymentConnectorCredentialsResponse$ = [3, n0, _RPCCRo,
    0,
    [_pCI, _pMI, _lUA, _st],
    [0, 0, 5, 0], 4
];
var Rule$ = [3, n0, _R,
    0,
    [_sCa, _filt, _sCes],
    [() => SamplingConfig$, () => FilterList, () => SessionConfig$], 1
];
var RuntimeMetadataConfiguration$ = [3, n0, _RMC,
    0,
    [_rMMDSV],
    [2], 1
];
var RuntimeTargetConfiguration$ = [3, n0, _RTC,
    0,
    [_ar, _q, _sch],
    [0, 0, [() => HttpApiSchemaConfiguration$, 0]], 1
];
var S3Configuration$ = [3, n0, _SC,
    0,
    [_ur, _bOAI],
    [0, 0]
];
var S3FilesAccessPointConfiguration$ = [3, n0, _SFAPC,
    0,
    [_aPA, _mP],
    [0, 0], 2
];
var S3FilesConfiguration$ = [3, n0, _SFC,
    0,
    [_aPA, _mP, _fSA],
    [0, 0, 0], 3
];
var S3Location$ = [3, n0, _SL,
    0,
    [_bu, _pre, _vI],
    [0, 0, 0], 2
];
var S3Source$ = [3, n0, _SS,
    0,
    [_sUr],
    [0], 1
];
var SalesforceOauth2ProviderConfigInput$ = [3, n0, _SOPCI,
    0,
    [_cI, _cS, _cSC, _cSS],
    [0, [() => DefaultClientSecretType, 0], () => SecretReference$, 0], 1
];
var SalesforceOauth2ProviderConfigOutput$ = [3, n0, _SOPCO,
    0,
    [_oD, _cI],
    [() => Oauth2Discovery$, 0], 1
];
var SamplingConfig$ = [3, n0, _SCa,
    0,
    [_sPa],
    [1], 1
];
var SchemaDefinition$ = [3, n0, _SD,
    0,
    [_t, _prop, _requ, _it, _d],
    [0, () => SchemaProperties, 64 | 0, () => SchemaDefinition$, 0], 1
];
var Secret$ = [3, n0, _S,
    0,
    [_sAe],
    [0], 1
];
var SecretReference$ = [3, n0, _SR,
    0,
    [_sIe, _jK],
    [0, 0], 2
];
var SecretsManagerLocation$ = [3, n0, _SML,
    0,
    [_sAe],
    [0], 1
];
var SelfManagedConfiguration$ = [3, n0, _SMC,
    0,
    [_tCr, _iCnv, _hCWS],
    [() => TriggerConditionsList, () => InvocationConfiguration$, 1], 3
];
var SelfManagedConfigurationInput$ = [3, n0, _SMCI,
    0,
    [_iCnv, _tCr, _hCWS],
    [() => InvocationConfigurationInput$, () => TriggerConditionInputList, 1], 1
];
var SemanticConsolidationOverride$ = [3, n0, _SCO,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var SemanticExtractionOverride$ = [3, n0, _SEO,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var SemanticMemoryStrategyInput$ = [3, n0, _SMSI,
    0,
    [_n, _d, _na, _nT, _mRS],
    [0, [() => Description, 0], 64 | 0, 64 | 0, [() => MemoryRecordSchema$, 0]], 1
];
var SemanticOverrideConfigurationInput$ = [3, n0, _SOCI,
    0,
    [_ex, _cons],
    [[() => SemanticOverrideExtractionConfigurationInput$, 0], [() => SemanticOverrideConsolidationConfigurationInput$, 0]]
];
var SemanticOverrideConsolidationConfigurationInput$ = [3, n0, _SOCCI,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var SemanticOverrideExtractionConfigurationInput$ = [3, n0, _SOECI,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var ServerDefinition$ = [3, n0, _SDe,
    0,
    [_sV, _iC],
    [0, 0]
];
var SessionConfig$ = [3, n0, _SCe,
    0,
    [_sTM],
    [1], 1
];
var SessionConfiguration$ = [3, n0, _SCes,
    0,
    [_sTIS],
    [1]
];
var SessionStorageConfiguration$ = [3, n0, _SSC,
    0,
    [_mP],
    [0], 1
];
var SetTokenVaultCMKRequest$ = [3, n0, _STVCMKR,
    0,
    [_kC, _tVI],
    [() => KmsConfiguration$, 0], 1
];
var SetTokenVaultCMKResponse$ = [3, n0, _STVCMKRe,
    0,
    [_tVI, _kC, _lMD],
    [0, () => KmsConfiguration$, 4], 3
];
var SkillDefinition$ = [3, n0, _SDk,
    0,
    [_sV, _iC],
    [0, 0]
];
var SkillMdDefinition$ = [3, n0, _SMD,
    0,
    [_iC],
    [0]
];
var SlackOauth2ProviderConfigInput$ = [3, n0, _SOPCIl,
    0,
    [_cI, _cS, _cSC, _cSS],
    [0, [() => DefaultClientSecretType, 0], () => SecretReference$, 0], 1
];
var SlackOauth2ProviderConfigOutput$ = [3, n0, _SOPCOl,
    0,
    [_oD, _cI],
    [() => Oauth2Discovery$, 0], 1
];
var StartPolicyGenerationRequest$ = [3, n0, _SPGR,
    0,
    [_pEI, _res, _cont, _n, _cT],
    [[0, 1], () => Resource$, () => Content$, 0, [0, 4]], 4
];
var StartPolicyGenerationResponse$ = [3, n0, _SPGRt,
    0,
    [_pEI, _pGI, _n, _pGA, _res, _cA, _uA, _st, _sRt, _fi],
    [0, 0, 0, 0, () => Resource$, 5, 5, 0, 64 | 0, 0], 9
];
var StaticOverride$ = [3, n0, _SO,
    0,
    [_bAu, _bV],
    [0, 0], 2
];
var StaticRoute$ = [3, n0, _SRt,
    0,
    [_tN],
    [[() => TargetName, 0]], 1
];
var StickinessConfiguration$ = [3, n0, _SCt,
    0,
    [_id, _ti, _cIom],
    [0, 1, 64 | 0], 1
];
var StrategyConfiguration$ = [3, n0, _SCtr,
    0,
    [_t, _ex, _cons, _ref, _sMC],
    [0, [() => ExtractionConfiguration$, 0], [() => ConsolidationConfiguration$, 0], [() => ReflectionConfiguration$, 0], () => SelfManagedConfiguration$]
];
var StreamDeliveryResources$ = [3, n0, _SDR,
    0,
    [_reso],
    [() => StreamDeliveryResourcesList], 1
];
var StreamingConfiguration$ = [3, n0, _SCtre,
    0,
    [_eRS],
    [2]
];
var StringListValidation$ = [3, n0, _SLV,
    0,
    [_aV, _mIax],
    [64 | 0, 1]
];
var StringValidation$ = [3, n0, _SV,
    0,
    [_aV],
    [64 | 0], 1
];
var StripePrivyConfigurationInput$ = [3, n0, _SPCI,
    0,
    [_aIp, _aIu, _aSp, _aSS, _aSC, _aPK, _aPKS, _aPKC],
    [0, 0, [() => DefaultStripePrivyAppSecretType, 0], 0, () => SecretReference$, [() => DefaultStripePrivyAuthorizationPrivateKeyType, 0], 0, () => SecretReference$], 2
];
var StripePrivyConfigurationOutput$ = [3, n0, _SPCO,
    0,
    [_aIp, _aSA, _aPKA, _aIu, _aSJK, _aSS, _aPKJK, _aPKS],
    [0, () => Secret$, () => Secret$, 0, 0, 0, 0, 0], 4
];
var SubmitRegistryRecordForApprovalRequest$ = [3, n0, _SRRFAR,
    0,
    [_rIe, _rIec],
    [[0, 1], [0, 1]], 2
];
var SubmitRegistryRecordForApprovalResponse$ = [3, n0, _SRRFARu,
    0,
    [_rAeg, _rAe, _rIec, _st, _uA],
    [0, 0, 0, 0, 5], 5
];
var SummaryConsolidationOverride$ = [3, n0, _SCOu,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var SummaryMemoryStrategyInput$ = [3, n0, _SMSIu,
    0,
    [_n, _d, _na, _nT, _mRS],
    [0, [() => Description, 0], 64 | 0, 64 | 0, [() => MemoryRecordSchema$, 0]], 1
];
var SummaryOverrideConfigurationInput$ = [3, n0, _SOCIu,
    0,
    [_cons],
    [[() => SummaryOverrideConsolidationConfigurationInput$, 0]]
];
var SummaryOverrideConsolidationConfigurationInput$ = [3, n0, _SOCCIu,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var SynchronizationConfiguration$ = [3, n0, _SCy,
    0,
    [_fU],
    [() => FromUrlSynchronizationConfiguration$]
];
var SynchronizeGatewayTargetsRequest$ = [3, n0, _SGTR,
    0,
    [_gI, _tIL],
    [[0, 1], 64 | 0], 2
];
var SynchronizeGatewayTargetsResponse$ = [3, n0, _SGTRy,
    0,
    [_targ],
    [[() => GatewayTargetList, 0]]
];
var SystemManagedBlock$ = [3, n0, _SMB,
    0,
    [_mB],
    [0], 1
];
var TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_rAes, _ta],
    [[0, 1], 128 | 0], 2
];
var TagResourceResponse$ = [3, n0, _TRRa,
    0,
    [],
    []
];
var TargetSummary$ = [3, n0, _TS,
    0,
    [_tI, _n, _st, _cA, _uA, _d, _rP, _lSAa, _aD, _tT, _lMi],
    [0, [() => TargetName, 0], 0, 5, 5, [() => TargetDescription, 0], 1, 5, () => AuthorizationData$, 0, 0], 5
];
var TargetTrafficSplitEntry$ = [3, n0, _TTSE,
    0,
    [_n, _w, _tN, _d, _meta],
    [0, 1, [() => TargetName, 0], 0, 128 | 0], 3
];
var TimeBasedTrigger$ = [3, n0, _TBT,
    0,
    [_iST],
    [1]
];
var TimeBasedTriggerInput$ = [3, n0, _TBTI,
    0,
    [_iST],
    [1]
];
var TokenBasedTrigger$ = [3, n0, _TBTo,
    0,
    [_tCo],
    [1]
];
var TokenBasedTriggerInput$ = [3, n0, _TBTIo,
    0,
    [_tCo],
    [1]
];
var TokenExchangeGrantTypeConfigType$ = [3, n0, _TEGTCT,
    0,
    [_aTC, _aTS],
    [0, 64 | 0], 1
];
var ToolDefinition$ = [3, n0, _TDo,
    8,
    [_n, _d, _iS, _oSu],
    [0, 0, () => SchemaDefinition$, () => SchemaDefinition$], 3
];
var ToolsDefinition$ = [3, n0, _TDoo,
    0,
    [_pVr, _iC],
    [0, 0]
];
var TrafficSplitEntry$ = [3, n0, _TSE,
    0,
    [_n, _w, _cBo, _d, _meta],
    [0, 1, () => ConfigurationBundleReference$, 0, 128 | 0], 3
];
var UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_rAes, _tKa],
    [[0, 1], [64 | 0, { [_hQ]: _tKa }]], 2
];
var UntagResourceResponse$ = [3, n0, _URRn,
    0,
    [],
    []
];
var UpdateAgentRuntimeEndpointRequest$ = [3, n0, _UARER,
    0,
    [_aRI, _eN, _aRV, _d, _cT],
    [[0, 1], [() => EndpointName, 1], 0, 0, [0, 4]], 2
];
var UpdateAgentRuntimeEndpointResponse$ = [3, n0, _UARERp,
    0,
    [_aREA, _aRA, _st, _cA, _lUA, _lV, _tV],
    [0, 0, 0, 5, 5, 0, 0], 5
];
var UpdateAgentRuntimeRequest$ = [3, n0, _UARR,
    0,
    [_aRI, _aRAg, _rA, _nC, _d, _aCu, _rHC, _pC, _lC, _mC, _eV, _fC, _cPC, _pVl, _cT],
    [[0, 1], () => AgentRuntimeArtifact$, 0, () => NetworkConfiguration$, [() => Description, 0], () => AuthorizerConfiguration$, () => RequestHeaderConfiguration$, () => ProtocolConfiguration$, () => LifecycleConfiguration$, () => RuntimeMetadataConfiguration$, [() => EnvironmentVariablesMap, 0], () => FilesystemConfigurations, () => CapacityProviderConfiguration$, 0, [0, 4]], 3
];
var UpdateAgentRuntimeResponse$ = [3, n0, _UARRp,
    0,
    [_aRA, _aRI, _aRV, _cA, _lUA, _st, _wID],
    [0, 0, 0, 5, 5, 0, () => WorkloadIdentityDetails$], 6
];
var UpdateApiKeyCredentialProviderRequest$ = [3, n0, _UAKCPR,
    0,
    [_n, _aK, _aKSC, _aKSS],
    [0, [() => DefaultApiKeyType, 0], () => SecretReference$, 0], 1
];
var UpdateApiKeyCredentialProviderResponse$ = [3, n0, _UAKCPRp,
    0,
    [_aKSA, _n, _cPA, _cTr, _lUT, _aKSJK, _aKSS],
    [() => Secret$, 0, 0, 4, 4, 0, 0], 5
];
var UpdateCapacityProviderInput$ = [3, n0, _UCPI,
    0,
    [_cPI, _d, _cT],
    [[0, 1], [() => UpdatedDescription$, 0], [0, 4]], 1
];
var UpdateCapacityProviderOutput$ = [3, n0, _UCPO,
    0,
    [_cPI, _cPAa, _n, _st, _cA, _lUA],
    [0, 0, 0, 0, 5, 5], 6
];
var UpdateConfigurationBundleRequest$ = [3, n0, _UCBR,
    0,
    [_bIu, _pVI, _cT, _bN, _d, _com, _bNr, _cM, _cB, _kKA],
    [[0, 1], 64 | 0, [0, 4], 0, [() => ConfigurationBundleDescription, 0], [() => ComponentConfigurationMap, 0], 0, 0, () => VersionCreatedBySource$, 0], 2
];
var UpdateConfigurationBundleResponse$ = [3, n0, _UCBRp,
    0,
    [_bAu, _bIu, _vI, _uA],
    [0, 0, 0, 4], 4
];
var UpdateConsentPortalRequest$ = [3, n0, _UCPR,
    0,
    [_cPIon, _eRA, _iCd, _d],
    [0, 0, () => ConsentPortalIdpConfig$, 0], 1
];
var UpdateConsentPortalResponse$ = [3, n0, _UCPRp,
    0,
    [_sou, _cPAo, _cPIo, _cA, _eRA, _iCd, _n, _st, _uA, _d, _pU, _sR],
    [() => ConsentPortalSources, 0, 0, 4, 0, () => ConsentPortalIdpConfig$, 0, 0, 4, 0, 0, 0], 9
];
var UpdatedA2aDescriptor$ = [3, n0, _UAD,
    0,
    [_oV],
    [() => A2aDescriptor$]
];
var UpdatedAgentSkillsDescriptor$ = [3, n0, _UASD,
    0,
    [_oV],
    [() => UpdatedAgentSkillsDescriptorFields$]
];
var UpdatedAgentSkillsDescriptorFields$ = [3, n0, _UASDF,
    0,
    [_sM, _sD],
    [() => UpdatedSkillMdDefinition$, () => UpdatedSkillDefinition$]
];
var UpdatedApprovalConfiguration$ = [3, n0, _UAC,
    0,
    [_oV],
    [() => ApprovalConfiguration$]
];
var UpdateDatasetExamplesRequest$ = [3, n0, _UDER,
    0,
    [_dI, _exa, _cT],
    [[0, 1], [() => DatasetExampleList, 0], [0, 4]], 2
];
var UpdateDatasetExamplesResponse$ = [3, n0, _UDERp,
    0,
    [_dA, _dI, _st, _uC, _uA],
    [0, 0, 0, 1, 4], 5
];
var UpdateDatasetRequest$ = [3, n0, _UDR,
    0,
    [_dI, _cT, _d],
    [[0, 1], [0, 4], 0], 1
];
var UpdateDatasetResponse$ = [3, n0, _UDRp,
    0,
    [_dA, _dI, _uA],
    [0, 0, 4], 3
];
var UpdatedAuthorizerConfiguration$ = [3, n0, _UACp,
    0,
    [_oV],
    [() => AuthorizerConfiguration$]
];
var UpdatedCustomDescriptor$ = [3, n0, _UCD,
    0,
    [_oV],
    [() => CustomDescriptor$]
];
var UpdatedDescription$ = [3, n0, _UD,
    0,
    [_oV],
    [[() => Description, 0]]
];
var UpdatedDescriptors$ = [3, n0, _UDp,
    0,
    [_oV],
    [() => UpdatedDescriptorsUnion$]
];
var UpdatedDescriptorsUnion$ = [3, n0, _UDU,
    0,
    [_mc, _aa, _cu, _aSg],
    [() => UpdatedMcpDescriptor$, () => UpdatedA2aDescriptor$, () => UpdatedCustomDescriptor$, () => UpdatedAgentSkillsDescriptor$]
];
var UpdatedHarnessEnvironmentArtifact$ = [3, n0, _UHEA,
    0,
    [_oV],
    [() => HarnessEnvironmentArtifact$]
];
var UpdatedHarnessMemoryConfiguration$ = [3, n0, _UHMC,
    0,
    [_oV],
    [() => HarnessMemoryConfiguration$]
];
var UpdatedMcpDescriptor$ = [3, n0, _UMD,
    0,
    [_oV],
    [() => UpdatedMcpDescriptorFields$]
];
var UpdatedMcpDescriptorFields$ = [3, n0, _UMDF,
    0,
    [_se, _to],
    [() => UpdatedServerDefinition$, () => UpdatedToolsDefinition$]
];
var UpdatedServerDefinition$ = [3, n0, _USD,
    0,
    [_oV],
    [() => ServerDefinition$]
];
var UpdatedSkillDefinition$ = [3, n0, _USDp,
    0,
    [_oV],
    [() => SkillDefinition$]
];
var UpdatedSkillMdDefinition$ = [3, n0, _USMD,
    0,
    [_oV],
    [() => SkillMdDefinition$]
];
var UpdatedSynchronizationConfiguration$ = [3, n0, _USC,
    0,
    [_oV],
    [() => SynchronizationConfiguration$]
];
var UpdatedSynchronizationType$ = [3, n0, _UST,
    0,
    [_oV],
    [0]
];
var UpdatedToolsDefinition$ = [3, n0, _UTD,
    0,
    [_oV],
    [() => ToolsDefinition$]
];
var UpdateEvaluatorRequest$ = [3, n0, _UER,
    0,
    [_eIv, _cT, _d, _eC, _le, _kKA],
    [[0, 1], [0, 4], [() => EvaluatorDescription, 0], [() => EvaluatorConfig$, 0], 0, 0], 1
];
var UpdateEvaluatorResponse$ = [3, n0, _UERp,
    0,
    [_eA, _eIv, _uA, _st],
    [0, 0, 4, 0], 4
];
var UpdateGatewayRateLimitRequest$ = [3, n0, _UGRLR,
    0,
    [_gI, _rLI, _en, _d],
    [[0, 1], [0, 1], () => LimitEntries, 0], 3
];
var UpdateGatewayRateLimitResponse$ = [3, n0, _UGRLRp,
    0,
    [_rLI, _gI, _dK, _en, _st, _cA, _uA, _d],
    [0, 0, 64 | 0, () => LimitEntries, 0, 5, 5, 0], 7
];
var UpdateGatewayRequest$ = [3, n0, _UGR,
    0,
    [_gI, _n, _rA, _aT, _d, _pT, _pC, _aCu, _kKA, _cTC, _iCnt, _pEC, _eL, _wC],
    [[0, 1], 0, 0, 0, [() => GatewayDescription, 0], 0, [() => GatewayProtocolConfiguration$, 0], () => AuthorizerConfiguration$, 0, () => CustomTransformConfiguration$, () => GatewayInterceptorConfigurations, () => GatewayPolicyEngineConfiguration$, 0, () => WafConfiguration$], 4
];
var UpdateGatewayResponse$ = [3, n0, _UGRp,
    0,
    [_gA, _gIa, _cA, _uA, _st, _n, _aT, _gU, _sRt, _d, _rA, _pT, _pC, _aCu, _kKA, _cTC, _iCnt, _pEC, _wID, _eL, _wAA, _wC],
    [0, 0, 5, 5, 0, 0, 0, 0, 64 | 0, [() => GatewayDescription, 0], 0, 0, [() => GatewayProtocolConfiguration$, 0], () => AuthorizerConfiguration$, 0, () => CustomTransformConfiguration$, () => GatewayInterceptorConfigurations, () => GatewayPolicyEngineConfiguration$, () => WorkloadIdentityDetails$, 0, 0, () => WafConfiguration$], 7
];
var UpdateGatewayRuleRequest$ = [3, n0, _UGRR,
    0,
    [_gI, _rI, _pr, _cond, _ac, _d],
    [[0, 1], [0, 1], 1, () => Conditions, [() => Actions, 0], 0], 2
];
var UpdateGatewayRuleResponse$ = [3, n0, _UGRRp,
    0,
    [_rI, _gA, _pr, _ac, _cA, _st, _cond, _d, _sy, _uA],
    [0, 0, 1, [() => Actions, 0], 5, 0, () => Conditions, 0, () => SystemManagedBlock$, 5], 6
];
var UpdateGatewayTargetRequest$ = [3, n0, _UGTR,
    0,
    [_gI, _tI, _tC, _n, _d, _cPCr, _mC, _pE],
    [[0, 1], [0, 1], [() => TargetConfiguration$, 0], [() => TargetName, 0], [() => TargetDescription, 0], [() => CredentialProviderConfigurations, 0], () => MetadataConfiguration$, () => PrivateEndpoint$], 3
];
var UpdateGatewayTargetResponse$ = [3, n0, _UGTRp,
    0,
    [_gA, _tI, _cA, _uA, _st, _n, _tC, _cPCr, _sRt, _d, _lSAa, _mC, _pE, _pEMR, _aD, _pT],
    [0, 0, 5, 5, 0, [() => TargetName, 0], [() => TargetConfiguration$, 0], [() => CredentialProviderConfigurations, 0], 64 | 0, [() => TargetDescription, 0], 5, () => MetadataConfiguration$, () => PrivateEndpoint$, () => PrivateEndpointManagedResources, () => AuthorizationData$, 0], 8
];
var UpdateHarnessEndpointRequest$ = [3, n0, _UHER,
    0,
    [_hI, _eN, _tV, _d, _cT],
    [[0, 1], [0, 1], 0, 0, [0, 4]], 2
];
var UpdateHarnessEndpointResponse$ = [3, n0, _UHERp,
    0,
    [_end],
    [() => HarnessEndpoint$], 1
];
var UpdateHarnessRequest$ = [3, n0, _UHR,
    0,
    [_hI, _cT, _eRA, _env, _eAn, _eV, _aCu, _mo, _sP, _to, _sk, _aTl, _mem, _tr, _h, _mIa, _mT, _tS],
    [[0, 1], [0, 4], 0, () => HarnessEnvironmentProviderRequest$, () => UpdatedHarnessEnvironmentArtifact$, [() => EnvironmentVariablesMap, 0], () => UpdatedAuthorizerConfiguration$, [() => HarnessModelConfiguration$, 0], [() => HarnessSystemPrompt, 0], [() => HarnessTools, 0], () => HarnessSkills, 64 | 0, () => UpdatedHarnessMemoryConfiguration$, () => HarnessTruncationConfiguration$, () => HarnessHooks, 1, 1, 1], 1
];
var UpdateHarnessResponse$ = [3, n0, _UHRp,
    0,
    [_ha],
    [[() => Harness$, 0]], 1
];
var UpdateMemoryInput$ = [3, n0, _UMI,
    0,
    [_mIe, _cT, _d, _eED, _mERA, _mS, _aIK, _nK, _sDR],
    [[0, 1], [0, 4], [() => Description, 0], 1, 0, [() => ModifyMemoryStrategies$, 0], () => IndexedKeysList, () => NamespaceKeysList, () => StreamDeliveryResources$], 1
];
var UpdateMemoryOutput$ = [3, n0, _UMO,
    0,
    [_mem],
    [[() => Memory$, 0]]
];
var UpdateOauth2CredentialProviderRequest$ = [3, n0, _UOCPR,
    0,
    [_n, _cPV, _oPCI],
    [0, 0, [() => Oauth2ProviderConfigInput$, 0]], 3
];
var UpdateOauth2CredentialProviderResponse$ = [3, n0, _UOCPRp,
    0,
    [_cSA, _n, _cPV, _cPA, _oPCO, _cTr, _lUT, _cSJK, _cSS, _cUa, _st],
    [() => Secret$, 0, 0, 0, [() => Oauth2ProviderConfigOutput$, 0], 4, 4, 0, 0, 0, 0], 7
];
var UpdateOnlineEvaluationConfigRequest$ = [3, n0, _UOECR,
    0,
    [_oECI, _cT, _d, _rul, _dSC, _ev, _in, _cCl, _oC, _eERA, _eS],
    [[0, 1], [0, 4], [() => EvaluationConfigDescription, 0], () => Rule$, () => DataSourceConfig$, () => EvaluatorList, () => InsightList, () => ClusteringConfig$, () => OutputConfig$, 0, 0], 1
];
var UpdateOnlineEvaluationConfigResponse$ = [3, n0, _UOECRp,
    0,
    [_oECA, _oECI, _uA, _st, _eS, _fR],
    [0, 0, 4, 0, 0, 0], 5
];
var UpdatePaymentConnectorRequest$ = [3, n0, _UPCR,
    0,
    [_pMI, _pCI, _d, _t, _cPCr, _cT],
    [[0, 1], [0, 1], 0, 0, () => CredentialsProviderConfigurations, [0, 4]], 2
];
var UpdatePaymentConnectorResponse$ = [3, n0, _UPCRp,
    0,
    [_pCI, _pMI, _n, _t, _cPCr, _lUA, _st, _aU],
    [0, 0, 0, 0, () => CredentialsProviderConfigurations, 5, 0, 0], 7
];
var UpdatePaymentCredentialProviderRequest$ = [3, n0, _UPCPR,
    0,
    [_n, _cPV, _pCIr],
    [0, 0, [() => PaymentProviderConfigurationInput$, 0]], 3
];
var UpdatePaymentCredentialProviderResponse$ = [3, n0, _UPCPRp,
    0,
    [_n, _cPV, _cPA, _pCO, _cTr, _lUT],
    [0, 0, 0, () => PaymentProviderConfigurationOutput$, 4, 4], 6
];
var UpdatePaymentManagerRequest$ = [3, n0, _UPMR,
    0,
    [_pMI, _d, _aT, _aCu, _rA, _cT, _kKA],
    [[0, 1], 0, 0, () => AuthorizerConfiguration$, 0, [0, 4], 0], 1
];
var UpdatePaymentManagerResponse$ = [3, n0, _UPMRp,
    0,
    [_pMA, _pMI, _n, _aT, _rA, _lUA, _st, _wID, _kKA],
    [0, 0, 0, 0, 0, 5, 0, () => WorkloadIdentityDetails$, 0], 7
];
var UpdatePolicyEngineRequest$ = [3, n0, _UPER,
    0,
    [_pEI, _d],
    [[0, 1], [() => UpdatedDescription$, 0]], 1
];
var UpdatePolicyEngineResponse$ = [3, n0, _UPERp,
    0,
    [_pEI, _n, _cA, _uA, _pEA, _st, _sRt, _eKA, _d],
    [0, 0, 5, 5, 0, 0, 64 | 0, 0, [() => Description, 0]], 7
];
var UpdatePolicyRequest$ = [3, n0, _UPR,
    0,
    [_pEI, _pIo, _d, _de, _vM, _eM],
    [[0, 1], [0, 1], [() => UpdatedDescription$, 0], () => PolicyDefinition$, 0, 0], 2
];
var UpdatePolicyResponse$ = [3, n0, _UPRp,
    0,
    [_pIo, _n, _pEI, _cA, _uA, _pAo, _st, _de, _sRt, _eM, _d],
    [0, 0, 0, 5, 5, 0, 0, () => PolicyDefinition$, 64 | 0, 0, [() => Description, 0]], 9
];
var UpdateRegistryRecordRequest$ = [3, n0, _URRR,
    0,
    [_rIe, _rIec, _n, _d, _dT, _des, _rV, _sTy, _sC, _tSr],
    [[0, 1], [0, 1], 0, [() => UpdatedDescription$, 0], 0, () => UpdatedDescriptors$, 0, () => UpdatedSynchronizationType$, () => UpdatedSynchronizationConfiguration$, 2], 2
];
var UpdateRegistryRecordResponse$ = [3, n0, _URRRp,
    0,
    [_rAeg, _rAe, _rIec, _n, _dT, _des, _st, _cA, _uA, _d, _rV, _sR, _sTy, _sC],
    [0, 0, 0, 0, 0, () => Descriptors$, 0, 5, 5, [() => Description, 0], 0, 0, 0, () => SynchronizationConfiguration$], 9
];
var UpdateRegistryRecordStatusRequest$ = [3, n0, _URRSR,
    0,
    [_rIe, _rIec, _st, _sR],
    [[0, 1], [0, 1], 0, 0], 4
];
var UpdateRegistryRecordStatusResponse$ = [3, n0, _URRSRp,
    0,
    [_rAeg, _rAe, _rIec, _st, _sR, _uA],
    [0, 0, 0, 0, 0, 5], 6
];
var UpdateRegistryRequest$ = [3, n0, _URRp,
    0,
    [_rIe, _n, _d, _aCu, _aCp],
    [[0, 1], 0, [() => UpdatedDescription$, 0], () => UpdatedAuthorizerConfiguration$, () => UpdatedApprovalConfiguration$], 1
];
var UpdateRegistryResponse$ = [3, n0, _URRpd,
    0,
    [_n, _rIe, _rAeg, _st, _cA, _uA, _d, _aT, _aCu, _aCp, _sR],
    [0, 0, 0, 0, 5, 5, [() => Description, 0], 0, () => AuthorizerConfiguration$, () => ApprovalConfiguration$, 0], 6
];
var UpdateWorkloadIdentityRequest$ = [3, n0, _UWIR,
    0,
    [_n, _aRORU],
    [0, 64 | 0], 1
];
var UpdateWorkloadIdentityResponse$ = [3, n0, _UWIRp,
    0,
    [_n, _wIA, _cTr, _lUT, _aRORU],
    [0, 0, 4, 4, 64 | 0], 4
];
var UserPreferenceConsolidationOverride$ = [3, n0, _UPCO,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var UserPreferenceExtractionOverride$ = [3, n0, _UPEO,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var UserPreferenceMemoryStrategyInput$ = [3, n0, _UPMSI,
    0,
    [_n, _d, _na, _nT, _mRS],
    [0, [() => Description, 0], 64 | 0, 64 | 0, [() => MemoryRecordSchema$, 0]], 1
];
var UserPreferenceOverrideConfigurationInput$ = [3, n0, _UPOCI,
    0,
    [_ex, _cons],
    [[() => UserPreferenceOverrideExtractionConfigurationInput$, 0], [() => UserPreferenceOverrideConsolidationConfigurationInput$, 0]]
];
var UserPreferenceOverrideConsolidationConfigurationInput$ = [3, n0, _UPOCCI,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var UserPreferenceOverrideExtractionConfigurationInput$ = [3, n0, _UPOECI,
    0,
    [_aTP, _mI],
    [[() => Prompt, 0], 0], 2
];
var ValidationExceptionField$ = [3, n0, _VEF,
    0,
    [_n, _m],
    [0, 0], 2
];
var VersionCreatedBySource$ = [3, n0, _VCBS,
    0,
    [_n, _ar],
    [0, 0], 1
];
var VersionFilter$ = [3, n0, _VF,
    0,
    [_bNr, _cBN, _lPB],
    [0, 0, 2]
];
var VersionLineageMetadata$ = [3, n0, _VLM,
    0,
    [_pVI, _bNr, _cB, _cM],
    [64 | 0, 0, () => VersionCreatedBySource$, 0]
];
var VpcConfig$ = [3, n0, _VC,
    0,
    [_sG, _su, _rSSE],
    [64 | 0, 64 | 0, 2], 2
];
var VpcConfiguration$ = [3, n0, _VCp,
    0,
    [_su, _sG],
    [64 | 0, 64 | 0], 2
];
var WafConfiguration$ = [3, n0, _WC,
    0,
    [_fM],
    [0]
];
var WeightedOverride$ = [3, n0, _WO,
    0,
    [_tSra],
    [() => TrafficSplitEntries], 1
];
var WeightedRoute$ = [3, n0, _WR,
    0,
    [_tSra],
    [[() => TargetTrafficSplitEntries, 0]], 1
];
var WorkloadIdentityDetails$ = [3, n0, _WID,
    0,
    [_wIA],
    [0], 1
];
var WorkloadIdentityType$ = [3, n0, _WIT,
    0,
    [_n, _wIA],
    [0, 0], 2
];
var __Unit = "unit";
var Actions = [1, n0, _A,
    0, [() => Action$,
        0]
];
var AgentRuntimeEndpoints = [1, n0, _AREg,
    0, [() => AgentRuntimeEndpoint$,
        0]
];
var AgentRuntimes = [1, n0, _ARg,
    0, [() => AgentRuntime$,
        0]
];
var AgentRuntimeVersionSummaryList = [1, n0, _ARVSL,
    0, () => AgentRuntimeVersionSummary$
];
var ApiGatewayToolFilters = [1, n0, _AGTFp,
    0, () => ApiGatewayToolFilter$
];
var ApiGatewayToolOverrides = [1, n0, _AGTOp,
    0, () => ApiGatewayToolOverride$
];
var ApiKeyCredentialProviders = [1, n0, _AKCP,
    0, () => ApiKeyCredentialProviderItem$
];
var BatchPutLimitEntries = [1, n0, _BPLEa,
    0, () => BatchPutLimitEntry$
];
var BrowserEnterprisePolicies = [1, n0, _BEPr,
    0, () => BrowserEnterprisePolicy$
];
var BrowserProfileSummaries = [1, n0, _BPSr,
    0, [() => BrowserProfileSummary$,
        0]
];
var BrowserSummaries = [1, n0, _BSr,
    0, [() => BrowserSummary$,
        0]
];
var CapacityProviderList = [1, n0, _CPL,
    0, () => CapacityProviderSummary$
];
var CategoricalScaleDefinitions = [1, n0, _CSDa,
    0, () => CategoricalScaleDefinition$
];
var Certificates = [1, n0, _Ce,
    0, () => Certificate$
];
var CodeInterpreterSummaries = [1, n0, _CISo,
    0, [() => CodeInterpreterSummary$,
        0]
];
var Conditions = [1, n0, _Co,
    0, () => Condition$
];
var ConfigurationBundleSummaryList = [1, n0, _CBSL,
    0, [() => ConfigurationBundleSummary$,
        0]
];
var ConfigurationBundleVersionSummaryList = [1, n0, _CBVSL,
    0, () => ConfigurationBundleVersionSummary$
];
var ConnectorConfigurations = [1, n0, _CConn,
    0, () => ConnectorConfiguration$
];
var ConnectorParameterOverrides = [1, n0, _CPOo,
    0, () => ConnectorParameterOverride$
];
var ConsentPortalSources = [1, n0, _CPSons,
    0, () => ConsentPortalSource$
];
var ConsentPortalSummaries = [1, n0, _CPSonse,
    0, () => ConsentPortalSummary$
];
var ContentConfigurationList = [1, n0, _CCL,
    0, () => ContentConfiguration$
];
var CredentialProviderConfigurations = [1, n0, _CPCre,
    0, [() => CredentialProviderConfiguration$,
        0]
];
var CredentialsProviderConfigurations = [1, n0, _CPCred,
    0, () => CredentialsProviderConfiguration$
];
var CustomClaimValidationsType = [1, n0, _CCVTu,
    0, () => CustomClaimValidationType$
];
var DatasetExampleList = [1, n0, _DEL,
    0, [() => SensitiveJson,
        0]
];
var DatasetSummaryList = [1, n0, _DSL,
    0, () => DatasetSummary$
];
var DatasetVersionSummaryList = [1, n0, _DVSL,
    0, () => DatasetVersionSummary$
];
var DeleteMemoryStrategiesList = [1, n0, _DMSL,
    0, () => DeleteMemoryStrategyInput$
];
var EphemeralBlockDeviceMappingList = [1, n0, _EBDML,
    0, () => EphemeralBlockDeviceMapping$
];
var EvaluatorList = [1, n0, _EL,
    0, () => EvaluatorReference$
];
var EvaluatorSummaryList = [1, n0, _ESL,
    0, [() => EvaluatorSummary$,
        0]
];
var FilesystemConfigurations = [1, n0, _FC,
    0, () => FilesystemConfiguration$
];
var FilterList = [1, n0, _FL,
    0, () => Filter$
];
var Findings = [1, n0, _Fin,
    0, () => Finding$
];
var GatewayInterceptorConfigurations = [1, n0, _GICa,
    0, () => GatewayInterceptorConfiguration$
];
var GatewayRateLimits = [1, n0, _GRL,
    0, () => GatewayRateLimitDetail$
];
var GatewayRules = [1, n0, _GR,
    0, [() => GatewayRuleDetail$,
        0]
];
var GatewaySummaries = [1, n0, _GSa,
    0, [() => GatewaySummary$,
        0]
];
var GatewayTargetList = [1, n0, _GTL,
    0, [() => GatewayTarget$,
        0]
];
var HarnessEndpoints = [1, n0, _HEa,
    0, () => HarnessEndpoint$
];
var HarnessHooks = [1, n0, _HH,
    0, () => HarnessHook$
];
var HarnessSkills = [1, n0, _HSa,
    0, () => HarnessSkill$
];
var HarnessSummaries = [1, n0, _HSar,
    0, () => HarnessSummary$
];
var HarnessSystemPrompt = [1, n0, _HSP,
    0, [() => HarnessSystemContentBlock$,
        0]
];
var HarnessTools = [1, n0, _HTa,
    0, [() => HarnessTool$,
        0]
];
var HarnessVersionSummaries = [1, n0, _HVSa,
    0, () => HarnessVersionSummary$
];
var HostingEnvironmentListType = [1, n0, _HELT,
    0, () => HostingEnvironment$
];
var IndexedKeysList = [1, n0, _IKL,
    0, () => IndexedKey$
];
var InferenceOperationConfigurations = [1, n0, _IOCn,
    0, () => InferenceOperationConfiguration$
];
var InsightList = [1, n0, _IL,
    0, () => Insight$
];
var InterceptorPayloadExclusionSelectorList = [1, n0, _IPESL,
    0, () => InterceptorPayloadExclusionSelector$
];
var LicenseSpecificationList = [1, n0, _LSL,
    0, () => LicenseSpecification$
];
var LimitEntries = [1, n0, _LEi,
    0, () => LimitEntry$
];
var MatchPrincipalEntries = [1, n0, _MPE,
    0, () => MatchPrincipalEntry$
];
var MemoryStrategyInputList = [1, n0, _MSIL,
    0, [() => MemoryStrategyInput$,
        0]
];
var MemoryStrategyList = [1, n0, _MSL,
    0, [() => MemoryStrategy$,
        0]
];
var MemorySummaryList = [1, n0, _MSLe,
    0, () => MemorySummary$
];
var MetadataSchemaList = [1, n0, _MSLet,
    0, [() => MetadataSchemaEntry$,
        0]
];
var ModelEntries = [1, n0, _MEo,
    0, () => ModelEntry$
];
var ModifyMemoryStrategiesList = [1, n0, _MMSL,
    0, [() => ModifyMemoryStrategyInput$,
        0]
];
var NamespaceKeysList = [1, n0, _NKL,
    0, () => NamespaceKeyEntry$
];
var NumericalScaleDefinitions = [1, n0, _NSDu,
    0, () => NumericalScaleDefinition$
];
var Oauth2CredentialProviders = [1, n0, _OCP,
    0, () => Oauth2CredentialProviderItem$
];
var OnlineEvaluationConfigSummaryList = [1, n0, _OECSL,
    0, [() => OnlineEvaluationConfigSummary$,
        0]
];
var PaymentConnectorSummaries = [1, n0, _PCSa,
    0, () => PaymentConnectorSummary$
];
var PaymentCredentialProviders = [1, n0, _PCP,
    0, () => PaymentCredentialProviderItem$
];
var PaymentManagerSummaries = [1, n0, _PMSa,
    0, () => PaymentManagerSummary$
];
var Policies = [1, n0, _Pol,
    0, [() => Policy$,
        0]
];
var PolicyEngines = [1, n0, _PEo,
    0, [() => PolicyEngine$,
        0]
];
var PolicyEngineSummaryList = [1, n0, _PESL,
    0, () => PolicyEngineSummary$
];
var PolicyGenerationAssets = [1, n0, _PGAo,
    0, () => PolicyGenerationAsset$
];
var PolicyGenerations = [1, n0, _PGo,
    0, () => PolicyGeneration$
];
var PolicyGenerationSummaryList = [1, n0, _PGSL,
    0, () => PolicyGenerationSummary$
];
var PolicySummaryList = [1, n0, _PSL,
    0, () => PolicySummary$
];
var PrivateEndpointManagedResources = [1, n0, _PEMR,
    0, () => ManagedResourceDetails$
];
var PrivateEndpointOverrides = [1, n0, _PEOr,
    0, () => PrivateEndpointOverride$
];
var RateConfigs = [1, n0, _RCa,
    0, () => RateConfig$
];
var RegistryRecordCredentialProviderConfigurationList = [1, n0, _RRCPCL,
    0, () => RegistryRecordCredentialProviderConfiguration$
];
var RegistryRecordSummaryList = [1, n0, _RRSL,
    0, [() => RegistryRecordSummary$,
        0]
];
var RegistrySummaryList = [1, n0, _RSL,
    0, [() => RegistrySummary$,
        0]
];
var StreamDeliveryResourcesList = [1, n0, _SDRL,
    0, () => StreamDeliveryResource$
];
var TargetSummaries = [1, n0, _TSa,
    0, [() => TargetSummary$,
        0]
];
var TargetTrafficSplitEntries = [1, n0, _TTSEa,
    0, [() => TargetTrafficSplitEntry$,
        0]
];
var ToolDefinitions = [1, n0, _TDool,
    0, [() => ToolDefinition$,
        0]
];
var ToolsFileSystemConfigurations = [1, n0, _TFSC,
    0, () => ToolsFileSystemConfiguration$
];
var TrafficSplitEntries = [1, n0, _TSEr,
    0, () => TrafficSplitEntry$
];
var TriggerConditionInputList = [1, n0, _TCIL,
    0, () => TriggerConditionInput$
];
var TriggerConditionsList = [1, n0, _TCL,
    0, () => TriggerCondition$
];
var ValidationExceptionFieldList = [1, n0, _VEFL,
    0, () => ValidationExceptionField$
];
var VolumeConfigurationList = [1, n0, _VCL,
    0, () => VolumeConfiguration$
];
var WorkloadIdentityList = [1, n0, _WIL,
    0, () => WorkloadIdentityType$
];
var AdditionalClaims = [2, n0, _ACd,
    0, [0,
        0],
    [() => AdditionalClaimValue,
        0]
];
var ComponentConfigurationMap = [2, n0, _CCM,
    0, [0,
        0],
    [() => ComponentConfiguration$,
        0]
];
var EnvironmentVariablesMap = [2, n0, _EVM,
    8, 0, 0
];
var HarnessAgentCoreMemoryRetrievalConfigs = [2, n0, _HACMRCa,
    0, 0, () => HarnessAgentCoreMemoryRetrievalConfig$
];
var HttpHeadersMap = [2, n0, _HHM,
    8, 0, 0
];
var OAuthCustomParameters = [2, n0, _OACPu,
    0, [0,
        0],
    [() => OAuthCustomParametersValue,
        0]
];
var SchemaProperties = [2, n0, _SP,
    0, 0, () => SchemaDefinition$
];
var StaticQueryParameters = [2, n0, _SQP,
    0, [0,
        0],
    [() => StaticQueryParameterValue,
        0]
];
var Action$ = [4, n0, _Ac,
    0,
    [_cBo, _rTT],
    [() => ConfigurationBundleAction$, [() => RouteToTargetAction$, 0]]
];
var AgentRuntimeArtifact$ = [4, n0, _ARA,
    0,
    [_cCon, _cCod],
    [() => ContainerConfiguration$, () => CodeConfiguration$]
];
var ApiSchemaConfiguration$ = [4, n0, _ASC,
    0,
    [_s_, _iPn],
    [() => S3Configuration$, [() => InlinePayload, 0]]
];
var AuthorizationData$ = [4, n0, _ADu,
    0,
    [_oa],
    [() => OAuth2AuthorizationData$]
];
var AuthorizerConfiguration$ = [4, n0, _ACu,
    0,
    [_cJWTA],
    [() => CustomJWTAuthorizerConfiguration$]
];
var CertificateLocation$ = [4, n0, _CL,
    0,
    [_sMe],
    [() => SecretsManagerLocation$]
];
var ClaimMatchValueType$ = [4, n0, _CMVT,
    0,
    [_mVS, _mVSL],
    [0, 64 | 0]
];
var Code$ = [4, n0, _Cod,
    0,
    [_s_],
    [() => S3Location$]
];
var CodeBasedEvaluatorConfig$ = [4, n0, _CBEC,
    0,
    [_lCa],
    [() => LambdaEvaluatorConfig$]
];
var ComputeConfiguration$ = [4, n0, _CComp,
    0,
    [_eCc],
    [() => Ec2Configuration$]
];
var Condition$ = [4, n0, _Con,
    0,
    [_mPa, _mPat],
    [() => MatchPrincipals$, () => MatchPaths$]
];
var ConfigurationBundleAction$ = [4, n0, _CBA,
    0,
    [_sO, _wO],
    [() => StaticOverride$, () => WeightedOverride$]
];
var ConsolidationConfiguration$ = [4, n0, _CCons,
    0,
    [_cCC],
    [[() => CustomConsolidationConfiguration$, 0]]
];
var Content$ = [4, n0, _Cont,
    0,
    [_rTa],
    [0]
];
var CredentialProvider$ = [4, n0, _CPr,
    0,
    [_oCP, _aKCP, _iCP],
    [[() => OAuthCredentialProvider$, 0], () => GatewayApiKeyCredentialProvider$, () => IamCredentialProvider$]
];
var CredentialRotationConfig$ = [4, n0, _CRC,
    0,
    [_cCDP],
    [() => CoinbaseCdpRotationTargets$]
];
var CredentialsProviderConfiguration$ = [4, n0, _CPCrede,
    0,
    [_cCDP, _sPt],
    [() => PaymentCredentialProviderConfiguration$, () => PaymentCredentialProviderConfiguration$]
];
var CustomConfigurationInput$ = [4, n0, _CCI,
    0,
    [_sOe, _sOu, _uPO, _eO, _sMC],
    [[() => SemanticOverrideConfigurationInput$, 0], [() => SummaryOverrideConfigurationInput$, 0], [() => UserPreferenceOverrideConfigurationInput$, 0], [() => EpisodicOverrideConfigurationInput$, 0], () => SelfManagedConfigurationInput$]
];
var CustomConsolidationConfiguration$ = [4, n0, _CCC,
    0,
    [_sCO, _sCOu, _uPCO, _eCO],
    [[() => SemanticConsolidationOverride$, 0], [() => SummaryConsolidationOverride$, 0], [() => UserPreferenceConsolidationOverride$, 0], [() => EpisodicConsolidationOverride$, 0]]
];
var CustomConsolidationConfigurationInput$ = [4, n0, _CCCIu,
    0,
    [_sCO, _sCOu, _uPCO, _eCO],
    [[() => SemanticOverrideConsolidationConfigurationInput$, 0], [() => SummaryOverrideConsolidationConfigurationInput$, 0], [() => UserPreferenceOverrideConsolidationConfigurationInput$, 0], [() => EpisodicOverrideConsolidationConfigurationInput$, 0]]
];
var CustomExtractionConfiguration$ = [4, n0, _CEC,
    0,
    [_sEO, _uPEO, _eEO],
    [[() => SemanticExtractionOverride$, 0], [() => UserPreferenceExtractionOverride$, 0], [() => EpisodicExtractionOverride$, 0]]
];
var CustomExtractionConfigurationInput$ = [4, n0, _CECI,
    0,
    [_sEO, _uPEO, _eEO],
    [[() => SemanticOverrideExtractionConfigurationInput$, 0], [() => UserPreferenceOverrideExtractionConfigurationInput$, 0], [() => EpisodicOverrideExtractionConfigurationInput$, 0]]
];
var CustomReflectionConfiguration$ = [4, n0, _CRCu,
    0,
    [_eRO],
    [[() => EpisodicReflectionOverride$, 0]]
];
var CustomReflectionConfigurationInput$ = [4, n0, _CRCI,
    0,
    [_eRO],
    [[() => EpisodicOverrideReflectionConfigurationInput$, 0]]
];
var DataSourceConfig$ = [4, n0, _DSC,
    0,
    [_cWL],
    [() => CloudWatchLogsInputConfig$]
];
var DataSourceType$ = [4, n0, _DST,
    0,
    [_iE, _sSo],
    [[() => InlineExamplesSource$, 0], () => S3Source$]
];
var EvaluatorConfig$ = [4, n0, _ECv,
    0,
    [_lAAJ, _cBod, _der],
    [[() => LlmAsAJudgeEvaluatorConfig$, 0], () => CodeBasedEvaluatorConfig$, () => DerivedEvaluatorConfig$]
];
var EvaluatorModelConfig$ = [4, n0, _EMC,
    0,
    [_bEMC, _rEMC],
    [() => BedrockEvaluatorModelConfig$, () => OpenResponsesEvaluatorModelConfig$]
];
var EvaluatorReference$ = [4, n0, _ER,
    0,
    [_eIv],
    [0]
];
var ExtractionConfig$ = [4, n0, _ECx,
    0,
    [_lEC],
    [[() => LlmExtractionConfig$, 0]]
];
var ExtractionConfiguration$ = [4, n0, _ECxt,
    0,
    [_cEC],
    [[() => CustomExtractionConfiguration$, 0]]
];
var FilesystemConfiguration$ = [4, n0, _FCi,
    0,
    [_sSe, _sFAP, _eAP, _cPVa],
    [() => SessionStorageConfiguration$, () => S3FilesAccessPointConfiguration$, () => EfsAccessPointConfiguration$, () => CapacityProviderVolumeConfiguration$]
];
var FilterValue$ = [4, n0, _FV,
    0,
    [_sVt, _dVo, _bVo],
    [0, 1, 2]
];
var GatewayProtocolConfiguration$ = [4, n0, _GPC,
    0,
    [_mc],
    [[() => MCPGatewayConfiguration$, 0]]
];
var HarnessEnvironmentArtifact$ = [4, n0, _HEA,
    0,
    [_cCon],
    [() => ContainerConfiguration$]
];
var HarnessEnvironmentProvider$ = [4, n0, _HEP,
    0,
    [_aCRE],
    [() => HarnessAgentCoreRuntimeEnvironment$]
];
var HarnessEnvironmentProviderRequest$ = [4, n0, _HEPR,
    0,
    [_aCRE],
    [() => HarnessAgentCoreRuntimeEnvironmentRequest$]
];
var HarnessGatewayOutboundAuth$ = [4, n0, _HGOA,
    0,
    [_aIw, _no, _oau],
    [() => __Unit, () => __Unit, [() => OAuthCredentialProvider$, 0]]
];
var HarnessHook$ = [4, n0, _HHa,
    0,
    [_bIe, _aIf, _bTC, _aTCf],
    [() => HarnessBeforeInvocationHook$, () => HarnessAfterInvocationHook$, () => HarnessBeforeToolCallHook$, () => HarnessAfterToolCallHook$]
];
var HarnessHookTarget$ = [4, n0, _HHT,
    0,
    [_lam, _sn, _eB],
    [() => HarnessHookLambdaTarget$, () => HarnessHookSnsTarget$, () => HarnessHookEventBridgeTarget$]
];
var HarnessMemoryConfiguration$ = [4, n0, _HMC,
    0,
    [_aCMC, _mMC, _dis],
    [() => HarnessAgentCoreMemoryConfiguration$, () => HarnessManagedMemoryConfiguration$, () => HarnessDisabledMemoryConfiguration$]
];
var HarnessModelConfiguration$ = [4, n0, _HMCa,
    0,
    [_bMC, _oAMC, _gMC, _lLMC],
    [() => HarnessBedrockModelConfig$, [() => HarnessOpenAiModelConfig$, 0], () => HarnessGeminiModelConfig$, [() => HarnessLiteLlmModelConfig$, 0]]
];
var HarnessSkill$ = [4, n0, _HSarn,
    0,
    [_p, _s_, _g, _aSw],
    [0, () => HarnessSkillS3Source$, () => HarnessSkillGitSource$, () => HarnessSkillAwsSkillsSource$]
];
var HarnessSystemContentBlock$ = [4, n0, _HSCB,
    0,
    [_tex],
    [[() => SensitiveText, 0]]
];
var HarnessToolConfiguration$ = [4, n0, _HTCa,
    0,
    [_rM, _aCB, _aCG, _iF, _aCCI],
    [[() => HarnessRemoteMcpConfig$, 0], () => HarnessAgentCoreBrowserConfig$, [() => HarnessAgentCoreGatewayConfig$, 0], [() => HarnessInlineFunctionConfig$, 0], () => HarnessAgentCoreCodeInterpreterConfig$]
];
var HarnessTruncationStrategyConfiguration$ = [4, n0, _HTSC,
    0,
    [_sW, _sum],
    [() => HarnessSlidingWindowConfiguration$, () => HarnessSummarizationConfiguration$]
];
var HttpTargetConfiguration$ = [4, n0, _HTCt,
    0,
    [_aRg, _pas, _conne],
    [[() => RuntimeTargetConfiguration$, 0], [() => PassthroughTargetConfiguration$, 0], () => HttpConnectorTargetConfiguration$]
];
var InferenceTargetConfiguration$ = [4, n0, _ITC,
    0,
    [_conne, _pro],
    [() => InferenceConnectorTargetConfiguration$, () => InferenceProviderTargetConfiguration$]
];
var InterceptorConfiguration$ = [4, n0, _ICnt,
    0,
    [_lam],
    [() => LambdaInterceptorConfiguration$]
];
var InterceptorPayloadExclusionSelector$ = [4, n0, _IPES,
    0,
    [_fie],
    [0]
];
var LaunchTemplateSource$ = [4, n0, _LTS,
    0,
    [_lP],
    [() => LaunchParameters$]
];
var MatchPrincipalEntry$ = [4, n0, _MPEa,
    0,
    [_iPa],
    [() => IamPrincipal$]
];
var McpTargetConfiguration$ = [4, n0, _MTC,
    0,
    [_oAS, _sMm, _lam, _mSc, _aG, _conne],
    [[() => ApiSchemaConfiguration$, 0], [() => ApiSchemaConfiguration$, 0], [() => McpLambdaTargetConfiguration$, 0], [() => McpServerTargetConfiguration$, 0], () => ApiGatewayTargetConfiguration$, () => ConnectorTargetConfiguration$]
];
var McpToolSchemaConfiguration$ = [4, n0, _MTSC,
    0,
    [_s_, _iPn],
    [() => S3Configuration$, [() => InlinePayload, 0]]
];
var MemoryStrategyInput$ = [4, n0, _MSI,
    0,
    [_sMS, _sMSu, _uPMS, _cMS, _eMS],
    [[() => SemanticMemoryStrategyInput$, 0], [() => SummaryMemoryStrategyInput$, 0], [() => UserPreferenceMemoryStrategyInput$, 0], [() => CustomMemoryStrategyInput$, 0], [() => EpisodicMemoryStrategyInput$, 0]]
];
var ModifyConsolidationConfiguration$ = [4, n0, _MCC,
    0,
    [_cCC],
    [[() => CustomConsolidationConfigurationInput$, 0]]
];
var ModifyExtractionConfiguration$ = [4, n0, _MEC,
    0,
    [_cEC],
    [[() => CustomExtractionConfigurationInput$, 0]]
];
var ModifyReflectionConfiguration$ = [4, n0, _MRC,
    0,
    [_eRC, _cRC],
    [[() => EpisodicReflectionConfigurationInput$, 0], [() => CustomReflectionConfigurationInput$, 0]]
];
var Oauth2Discovery$ = [4, n0, _OD,
    0,
    [_dU, _aSMu],
    [0, () => Oauth2AuthorizationServerMetadata$]
];
var Oauth2ProviderConfigInput$ = [4, n0, _OPCI,
    0,
    [_cOPC, _gOPC, _gOPCi, _sOPC, _sOPCa, _mOPC, _aOPC, _lOPC, _iOPC],
    [[() => CustomOauth2ProviderConfigInput$, 0], [() => GoogleOauth2ProviderConfigInput$, 0], [() => GithubOauth2ProviderConfigInput$, 0], [() => SlackOauth2ProviderConfigInput$, 0], [() => SalesforceOauth2ProviderConfigInput$, 0], [() => MicrosoftOauth2ProviderConfigInput$, 0], [() => AtlassianOauth2ProviderConfigInput$, 0], [() => LinkedinOauth2ProviderConfigInput$, 0], [() => IncludedOauth2ProviderConfigInput$, 0]]
];
var Oauth2ProviderConfigOutput$ = [4, n0, _OPCO,
    0,
    [_cOPC, _gOPC, _gOPCi, _sOPC, _sOPCa, _mOPC, _aOPC, _lOPC, _iOPC],
    [[() => CustomOauth2ProviderConfigOutput$, 0], () => GoogleOauth2ProviderConfigOutput$, () => GithubOauth2ProviderConfigOutput$, () => SlackOauth2ProviderConfigOutput$, () => SalesforceOauth2ProviderConfigOutput$, () => MicrosoftOauth2ProviderConfigOutput$, () => AtlassianOauth2ProviderConfigOutput$, () => LinkedinOauth2ProviderConfigOutput$, () => IncludedOauth2ProviderConfigOutput$]
];
var PaymentProviderConfigurationInput$ = [4, n0, _PPCI,
    0,
    [_cCCo, _sPC],
    [[() => CoinbaseCdpConfigurationInput$, 0], [() => StripePrivyConfigurationInput$, 0]]
];
var PaymentProviderConfigurationOutput$ = [4, n0, _PPCO,
    0,
    [_cCCo, _sPC],
    [() => CoinbaseCdpConfigurationOutput$, () => StripePrivyConfigurationOutput$]
];
var PolicyDefinition$ = [4, n0, _PD,
    0,
    [_ced, _pGo, _po],
    [() => CedarPolicy$, () => PolicyGenerationDetails$, () => PolicyStatement$]
];
var PrivateEndpoint$ = [4, n0, _PEr,
    0,
    [_sMLR, _mVR],
    [() => SelfManagedLatticeResource$, () => ManagedVpcResource$]
];
var PrivateKeySource$ = [4, n0, _PKS,
    0,
    [_kKS],
    [() => KmsKeySourceType$]
];
var RatingScale$ = [4, n0, _RSa,
    8,
    [_nu, _ca],
    [() => NumericalScaleDefinitions, () => CategoricalScaleDefinitions]
];
var ReflectionConfiguration$ = [4, n0, _RCef,
    0,
    [_cRC, _eRC],
    [[() => CustomReflectionConfiguration$, 0], [() => EpisodicReflectionConfiguration$, 0]]
];
var RegistryRecordCredentialProviderUnion$ = [4, n0, _RRCPU,
    0,
    [_oCP, _iCP],
    [() => RegistryRecordOAuthCredentialProvider$, () => RegistryRecordIamCredentialProvider$]
];
var RequestHeaderConfiguration$ = [4, n0, _RHC,
    0,
    [_rHA],
    [64 | 0]
];
var Resource$ = [4, n0, _Re,
    0,
    [_ar],
    [0]
];
var ResourceLocation$ = [4, n0, _RL,
    0,
    [_s_],
    [() => S3Location$]
];
var RouteToTargetAction$ = [4, n0, _RTTA,
    0,
    [_sRta, _wR],
    [[() => StaticRoute$, 0], [() => WeightedRoute$, 0]]
];
var SelfManagedLatticeResource$ = [4, n0, _SMLR,
    0,
    [_rCI],
    [0]
];
var StreamDeliveryResource$ = [4, n0, _SDRt,
    0,
    [_ki],
    [() => KinesisResource$]
];
var TargetConfiguration$ = [4, n0, _TC,
    0,
    [_mc, _ht, _inf],
    [[() => McpTargetConfiguration$, 0], [() => HttpTargetConfiguration$, 0], () => InferenceTargetConfiguration$]
];
var ToolSchema$ = [4, n0, _TSo,
    0,
    [_s_, _iPn],
    [() => S3Configuration$, [() => ToolDefinitions, 0]]
];
var ToolsFileSystemConfiguration$ = [4, n0, _TFSCo,
    0,
    [_sFC, _eCf],
    [() => S3FilesConfiguration$, () => EfsConfiguration$]
];
var TriggerCondition$ = [4, n0, _TCr,
    0,
    [_mBT, _tBT, _tBTi],
    [() => MessageBasedTrigger$, () => TokenBasedTrigger$, () => TimeBasedTrigger$]
];
var TriggerConditionInput$ = [4, n0, _TCI,
    0,
    [_mBT, _tBT, _tBTi],
    [() => MessageBasedTriggerInput$, () => TokenBasedTriggerInput$, () => TimeBasedTriggerInput$]
];
var Validation$ = [4, n0, _V,
    0,
    [_sVtr, _sLV, _nV],
    [() => StringValidation$, () => StringListValidation$, () => NumberValidation$]
];
var VolumeConfiguration$ = [4, n0, _VCo,
    0,
    [_eCb],
    [() => EbsVolumeConfiguration$]
];
var AddDatasetExamples$ = [9, n0, _ADEd,
    { [_ht]: ["POST", "/datasets/{datasetId}/examples/add", 202] }, () => AddDatasetExamplesRequest$, () => AddDatasetExamplesResponse$
];
var BatchPutGatewayRateLimits$ = [9, n0, _BPGRL,
    { [_ht]: ["PUT", "/gateways/{gatewayIdentifier}/rate-limits/batch", 200] }, () => BatchPutGatewayRateLimitsRequest$, () => BatchPutGatewayRateLimitsResponse$
];
var CreateAgentRuntime$ = [9, n0, _CAR,
    { [_ht]: ["PUT", "/runtimes/", 202] }, () => CreateAgentRuntimeRequest$, () => CreateAgentRuntimeResponse$
];
var CreateAgentRuntimeEndpoint$ = [9, n0, _CARE,
    { [_ht]: ["PUT", "/runtimes/{agentRuntimeId}/runtime-endpoints/", 202] }, () => CreateAgentRuntimeEndpointRequest$, () => CreateAgentRuntimeEndpointResponse$
];
var CreateApiKeyCredentialProvider$ = [9, n0, _CAKCP,
    { [_ht]: ["POST", "/identities/CreateApiKeyCredentialProvider", 201] }, () => CreateApiKeyCredentialProviderRequest$, () => CreateApiKeyCredentialProviderResponse$
];
var CreateBrowser$ = [9, n0, _CB,
    { [_ht]: ["PUT", "/browsers", 202] }, () => CreateBrowserRequest$, () => CreateBrowserResponse$
];
var CreateBrowserProfile$ = [9, n0, _CBP,
    { [_ht]: ["PUT", "/browser-profiles", 200] }, () => CreateBrowserProfileRequest$, () => CreateBrowserProfileResponse$
];
var CreateCapacityProvider$ = [9, n0, _CCP,
    { [_ht]: ["PUT", "/capacity-providers", 202] }, () => CreateCapacityProviderInput$, () => CreateCapacityProviderOutput$
];
var CreateCodeInterpreter$ = [9, n0, _CCIr,
    { [_ht]: ["PUT", "/code-interpreters", 202] }, () => CreateCodeInterpreterRequest$, () => CreateCodeInterpreterResponse$
];
var CreateConfigurationBundle$ = [9, n0, _CCB,
    { [_ht]: ["POST", "/configuration-bundles/create", 201] }, () => CreateConfigurationBundleRequest$, () => CreateConfigurationBundleResponse$
];
var CreateConsentPortal$ = [9, n0, _CCPr,
    { [_ht]: ["POST", "/identities/CreateConsentPortal", 202] }, () => CreateConsentPortalRequest$, () => CreateConsentPortalResponse$
];
var CreateDataset$ = [9, n0, _CDr,
    { [_ht]: ["POST", "/datasets", 202] }, () => CreateDatasetRequest$, () => CreateDatasetResponse$
];
var CreateDatasetVersion$ = [9, n0, _CDV,
    { [_ht]: ["POST", "/datasets/{datasetId}/versions", 202] }, () => CreateDatasetVersionRequest$, () => CreateDatasetVersionResponse$
];
var CreateEvaluator$ = [9, n0, _CEr,
    { [_ht]: ["POST", "/evaluators/create", 202] }, () => CreateEvaluatorRequest$, () => CreateEvaluatorResponse$
];
var CreateGateway$ = [9, n0, _CG,
    { [_ht]: ["POST", "/gateways/", 202] }, () => CreateGatewayRequest$, () => CreateGatewayResponse$
];
var CreateGatewayRateLimit$ = [9, n0, _CGRL,
    { [_ht]: ["POST", "/gateways/{gatewayIdentifier}/rate-limits", 201] }, () => CreateGatewayRateLimitRequest$, () => CreateGatewayRateLimitResponse$
];
var CreateGatewayRule$ = [9, n0, _CGRre,
    { [_ht]: ["POST", "/gateways/{gatewayIdentifier}/rules", 202] }, () => CreateGatewayRuleRequest$, () => CreateGatewayRuleResponse$
];
var CreateGatewayTarget$ = [9, n0, _CGT,
    { [_ht]: ["POST", "/gateways/{gatewayIdentifier}/targets/", 202] }, () => CreateGatewayTargetRequest$, () => CreateGatewayTargetResponse$
];
var CreateHarness$ = [9, n0, _CH,
    { [_ht]: ["POST", "/harnesses", 201] }, () => CreateHarnessRequest$, () => CreateHarnessResponse$
];
var CreateHarnessEndpoint$ = [9, n0, _CHE,
    { [_ht]: ["POST", "/harnesses/{harnessId}/endpoints", 201] }, () => CreateHarnessEndpointRequest$, () => CreateHarnessEndpointResponse$
];
var CreateMemory$ = [9, n0, _CM,
    { [_ht]: ["POST", "/memories/create", 202] }, () => CreateMemoryInput$, () => CreateMemoryOutput$
];
var CreateOauth2CredentialProvider$ = [9, n0, _COCP,
    { [_ht]: ["POST", "/identities/CreateOauth2CredentialProvider", 201] }, () => CreateOauth2CredentialProviderRequest$, () => CreateOauth2CredentialProviderResponse$
];
var CreateOnlineEvaluationConfig$ = [9, n0, _COEC,
    { [_ht]: ["POST", "/online-evaluation-configs/create", 202] }, () => CreateOnlineEvaluationConfigRequest$, () => CreateOnlineEvaluationConfigResponse$
];
var CreatePaymentConnector$ = [9, n0, _CPCrea,
    { [_ht]: ["POST", "/payments/managers/{paymentManagerId}/connectors", 202] }, () => CreatePaymentConnectorRequest$, () => CreatePaymentConnectorResponse$
];
var CreatePaymentCredentialProvider$ = [9, n0, _CPCP,
    { [_ht]: ["POST", "/identities/CreatePaymentCredentialProvider", 201] }, () => CreatePaymentCredentialProviderRequest$, () => CreatePaymentCredentialProviderResponse$
];
var CreatePaymentManager$ = [9, n0, _CPM,
    { [_ht]: ["POST", "/payments/managers", 202] }, () => CreatePaymentManagerRequest$, () => CreatePaymentManagerResponse$
];
var CreatePolicy$ = [9, n0, _CPre,
    { [_ht]: ["POST", "/policy-engines/{policyEngineId}/policies", 202] }, () => CreatePolicyRequest$, () => CreatePolicyResponse$
];
var CreatePolicyEngine$ = [9, n0, _CPE,
    { [_ht]: ["POST", "/policy-engines", 202] }, () => CreatePolicyEngineRequest$, () => CreatePolicyEngineResponse$
];
var CreateRegistry$ = [9, n0, _CR,
    { [_ht]: ["POST", "/registries", 202] }, () => CreateRegistryRequest$, () => CreateRegistryResponse$
];
var CreateRegistryRecord$ = [9, n0, _CRRre,
    { [_ht]: ["POST", "/registries/{registryId}/records", 202] }, () => CreateRegistryRecordRequest$, () => CreateRegistryRecordResponse$
];
var CreateWorkloadIdentity$ = [9, n0, _CWI,
    { [_ht]: ["POST", "/identities/CreateWorkloadIdentity", 201] }, () => CreateWorkloadIdentityRequest$, () => CreateWorkloadIdentityResponse$
];
var DeleteAgentRuntime$ = [9, n0, _DAR,
    { [_ht]: ["DELETE", "/runtimes/{agentRuntimeId}/", 202] }, () => DeleteAgentRuntimeRequest$, () => DeleteAgentRuntimeResponse$
];
var DeleteAgentRuntimeEndpoint$ = [9, n0, _DARE,
    { [_ht]: ["DELETE", "/runtimes/{agentRuntimeId}/runtime-endpoints/{endpointName}/", 202] }, () => DeleteAgentRuntimeEndpointRequest$, () => DeleteAgentRuntimeEndpointResponse$
];
var DeleteApiKeyCredentialProvider$ = [9, n0, _DAKCP,
    { [_ht]: ["POST", "/identities/DeleteApiKeyCredentialProvider", 204] }, () => DeleteApiKeyCredentialProviderRequest$, () => DeleteApiKeyCredentialProviderResponse$
];
var DeleteBrowser$ = [9, n0, _DB,
    { [_ht]: ["DELETE", "/browsers/{browserId}", 202] }, () => DeleteBrowserRequest$, () => DeleteBrowserResponse$
];
var DeleteBrowserProfile$ = [9, n0, _DBP,
    { [_ht]: ["DELETE", "/browser-profiles/{profileId}", 200] }, () => DeleteBrowserProfileRequest$, () => DeleteBrowserProfileResponse$
];
var DeleteCapacityProvider$ = [9, n0, _DCP,
    { [_ht]: ["DELETE", "/capacity-providers/{capacityProviderId}", 202] }, () => DeleteCapacityProviderInput$, () => DeleteCapacityProviderOutput$
];
var DeleteCodeInterpreter$ = [9, n0, _DCI,
    { [_ht]: ["DELETE", "/code-interpreters/{codeInterpreterId}", 202] }, () => DeleteCodeInterpreterRequest$, () => DeleteCodeInterpreterResponse$
];
var DeleteConfigurationBundle$ = [9, n0, _DCB,
    { [_ht]: ["DELETE", "/configuration-bundles/{bundleId}", 202] }, () => DeleteConfigurationBundleRequest$, () => DeleteConfigurationBundleResponse$
];
var DeleteConsentPortal$ = [9, n0, _DCPe,
    { [_ht]: ["POST", "/identities/DeleteConsentPortal", 204] }, () => DeleteConsentPortalRequest$, () => DeleteConsentPortalResponse$
];
var DeleteDataset$ = [9, n0, _DD,
    { [_ht]: ["DELETE", "/datasets/{datasetId}", 202] }, () => DeleteDatasetRequest$, () => DeleteDatasetResponse$
];
var DeleteDatasetExamples$ = [9, n0, _DDE,
    { [_ht]: ["POST", "/datasets/{datasetId}/examples/delete", 202] }, () => DeleteDatasetExamplesRequest$, () => DeleteDatasetExamplesResponse$
];
var DeleteEvaluator$ = [9, n0, _DE,
    { [_ht]: ["DELETE", "/evaluators/{evaluatorId}", 202] }, () => DeleteEvaluatorRequest$, () => DeleteEvaluatorResponse$
];
var DeleteGateway$ = [9, n0, _DG,
    { [_ht]: ["DELETE", "/gateways/{gatewayIdentifier}/", 202] }, () => DeleteGatewayRequest$, () => DeleteGatewayResponse$
];
var DeleteGatewayRateLimit$ = [9, n0, _DGRL,
    { [_ht]: ["DELETE", "/gateways/{gatewayIdentifier}/rate-limits/{rateLimitId}", 200] }, () => DeleteGatewayRateLimitRequest$, () => DeleteGatewayRateLimitResponse$
];
var DeleteGatewayRule$ = [9, n0, _DGRel,
    { [_ht]: ["DELETE", "/gateways/{gatewayIdentifier}/rules/{ruleId}", 202] }, () => DeleteGatewayRuleRequest$, () => DeleteGatewayRuleResponse$
];
var DeleteGatewayTarget$ = [9, n0, _DGT,
    { [_ht]: ["DELETE", "/gateways/{gatewayIdentifier}/targets/{targetId}/", 202] }, () => DeleteGatewayTargetRequest$, () => DeleteGatewayTargetResponse$
];
var DeleteHarness$ = [9, n0, _DH,
    { [_ht]: ["DELETE", "/harnesses/{harnessId}", 200] }, () => DeleteHarnessRequest$, () => DeleteHarnessResponse$
];
var DeleteHarnessEndpoint$ = [9, n0, _DHE,
    { [_ht]: ["DELETE", "/harnesses/{harnessId}/endpoints/{endpointName}", 200] }, () => DeleteHarnessEndpointRequest$, () => DeleteHarnessEndpointResponse$
];
var DeleteMemory$ = [9, n0, _DM,
    { [_ht]: ["DELETE", "/memories/{memoryId}/delete", 202] }, () => DeleteMemoryInput$, () => DeleteMemoryOutput$
];
var DeleteOauth2CredentialProvider$ = [9, n0, _DOCP,
    { [_ht]: ["POST", "/identities/DeleteOauth2CredentialProvider", 204] }, () => DeleteOauth2CredentialProviderRequest$, () => DeleteOauth2CredentialProviderResponse$
];
var DeleteOnlineEvaluationConfig$ = [9, n0, _DOEC,
    { [_ht]: ["DELETE", "/online-evaluation-configs/{onlineEvaluationConfigId}", 202] }, () => DeleteOnlineEvaluationConfigRequest$, () => DeleteOnlineEvaluationConfigResponse$
];
var DeletePaymentConnector$ = [9, n0, _DPC,
    { [_ht]: ["DELETE", "/payments/managers/{paymentManagerId}/connectors/{paymentConnectorId}", 202] }, () => DeletePaymentConnectorRequest$, () => DeletePaymentConnectorResponse$
];
var DeletePaymentCredentialProvider$ = [9, n0, _DPCP,
    { [_ht]: ["POST", "/identities/DeletePaymentCredentialProvider", 204] }, () => DeletePaymentCredentialProviderRequest$, () => DeletePaymentCredentialProviderResponse$
];
var DeletePaymentManager$ = [9, n0, _DPM,
    { [_ht]: ["DELETE", "/payments/managers/{paymentManagerId}", 202] }, () => DeletePaymentManagerRequest$, () => DeletePaymentManagerResponse$
];
var DeletePolicy$ = [9, n0, _DP,
    { [_ht]: ["DELETE", "/policy-engines/{policyEngineId}/policies/{policyId}", 202] }, () => DeletePolicyRequest$, () => DeletePolicyResponse$
];
var DeletePolicyEngine$ = [9, n0, _DPE,
    { [_ht]: ["DELETE", "/policy-engines/{policyEngineId}", 202] }, () => DeletePolicyEngineRequest$, () => DeletePolicyEngineResponse$
];
var DeleteRegistry$ = [9, n0, _DR,
    { [_ht]: ["DELETE", "/registries/{registryId}", 202] }, () => DeleteRegistryRequest$, () => DeleteRegistryResponse$
];
var DeleteRegistryRecord$ = [9, n0, _DRRel,
    { [_ht]: ["DELETE", "/registries/{registryId}/records/{recordId}", 200] }, () => DeleteRegistryRecordRequest$, () => DeleteRegistryRecordResponse$
];
var DeleteResourcePolicy$ = [9, n0, _DRP,
    { [_ht]: ["DELETE", "/resourcepolicy/{resourceArn}", 204] }, () => DeleteResourcePolicyRequest$, () => DeleteResourcePolicyResponse$
];
var DeleteWorkloadIdentity$ = [9, n0, _DWI,
    { [_ht]: ["POST", "/identities/DeleteWorkloadIdentity", 204] }, () => DeleteWorkloadIdentityRequest$, () => DeleteWorkloadIdentityResponse$
];
var GetAgentRuntime$ = [9, n0, _GAR,
    { [_ht]: ["GET", "/runtimes/{agentRuntimeId}/", 200] }, () => GetAgentRuntimeRequest$, () => GetAgentRuntimeResponse$
];
var GetAgentRuntimeEndpoint$ = [9, n0, _GARE,
    { [_ht]: ["GET", "/runtimes/{agentRuntimeId}/runtime-endpoints/{endpointName}/", 200] }, () => GetAgentRuntimeEndpointRequest$, () => GetAgentRuntimeEndpointResponse$
];
var GetApiKeyCredentialProvider$ = [9, n0, _GAKCPe,
    { [_ht]: ["POST", "/identities/GetApiKeyCredentialProvider", 200] }, () => GetApiKeyCredentialProviderRequest$, () => GetApiKeyCredentialProviderResponse$
];
var GetBrowser$ = [9, n0, _GB,
    { [_ht]: ["GET", "/browsers/{browserId}", 200] }, () => GetBrowserRequest$, () => GetBrowserResponse$
];
var GetBrowserProfile$ = [9, n0, _GBP,
    { [_ht]: ["GET", "/browser-profiles/{profileId}", 200] }, () => GetBrowserProfileRequest$, () => GetBrowserProfileResponse$
];
var GetCapacityProvider$ = [9, n0, _GCP,
    { [_ht]: ["GET", "/capacity-providers/{capacityProviderId}", 200] }, () => GetCapacityProviderInput$, () => GetCapacityProviderOutput$
];
var GetCodeInterpreter$ = [9, n0, _GCI,
    { [_ht]: ["GET", "/code-interpreters/{codeInterpreterId}", 200] }, () => GetCodeInterpreterRequest$, () => GetCodeInterpreterResponse$
];
var GetConfigurationBundle$ = [9, n0, _GCB,
    { [_ht]: ["GET", "/configuration-bundles/{bundleId}", 200] }, () => GetConfigurationBundleRequest$, () => GetConfigurationBundleResponse$
];
var GetConfigurationBundleVersion$ = [9, n0, _GCBV,
    { [_ht]: ["GET", "/configuration-bundles/{bundleId}/versions/{versionId}", 200] }, () => GetConfigurationBundleVersionRequest$, () => GetConfigurationBundleVersionResponse$
];
var GetConsentPortal$ = [9, n0, _GCPe,
    { [_ht]: ["POST", "/identities/GetConsentPortal", 200] }, () => GetConsentPortalRequest$, () => GetConsentPortalResponse$
];
var GetDataset$ = [9, n0, _GDe,
    { [_ht]: ["GET", "/datasets/{datasetId}", 200] }, () => GetDatasetRequest$, () => GetDatasetResponse$
];
var GetEvaluator$ = [9, n0, _GE,
    { [_ht]: ["GET", "/evaluators/{evaluatorId}", 200] }, () => GetEvaluatorRequest$, () => GetEvaluatorResponse$
];
var GetGateway$ = [9, n0, _GG,
    { [_ht]: ["GET", "/gateways/{gatewayIdentifier}/", 200] }, () => GetGatewayRequest$, () => GetGatewayResponse$
];
var GetGatewayRateLimit$ = [9, n0, _GGRL,
    { [_ht]: ["GET", "/gateways/{gatewayIdentifier}/rate-limits/{rateLimitId}", 200] }, () => GetGatewayRateLimitRequest$, () => GetGatewayRateLimitResponse$
];
var GetGatewayRule$ = [9, n0, _GGRet,
    { [_ht]: ["GET", "/gateways/{gatewayIdentifier}/rules/{ruleId}", 200] }, () => GetGatewayRuleRequest$, () => GetGatewayRuleResponse$
];
var GetGatewayTarget$ = [9, n0, _GGT,
    { [_ht]: ["GET", "/gateways/{gatewayIdentifier}/targets/{targetId}/", 200] }, () => GetGatewayTargetRequest$, () => GetGatewayTargetResponse$
];
var GetHarness$ = [9, n0, _GH,
    { [_ht]: ["GET", "/harnesses/{harnessId}", 200] }, () => GetHarnessRequest$, () => GetHarnessResponse$
];
var GetHarnessEndpoint$ = [9, n0, _GHE,
    { [_ht]: ["GET", "/harnesses/{harnessId}/endpoints/{endpointName}", 200] }, () => GetHarnessEndpointRequest$, () => GetHarnessEndpointResponse$
];
var GetMemory$ = [9, n0, _GM,
    { [_ht]: ["GET", "/memories/{memoryId}/details", 200] }, () => GetMemoryInput$, () => GetMemoryOutput$
];
var GetOauth2CredentialProvider$ = [9, n0, _GOCP,
    { [_ht]: ["POST", "/identities/GetOauth2CredentialProvider", 200] }, () => GetOauth2CredentialProviderRequest$, () => GetOauth2CredentialProviderResponse$
];
var GetOnlineEvaluationConfig$ = [9, n0, _GOEC,
    { [_ht]: ["GET", "/online-evaluation-configs/{onlineEvaluationConfigId}", 200] }, () => GetOnlineEvaluationConfigRequest$, () => GetOnlineEvaluationConfigResponse$
];
var GetPaymentConnector$ = [9, n0, _GPCe,
    { [_ht]: ["GET", "/payments/managers/{paymentManagerId}/connectors/{paymentConnectorId}", 200] }, () => GetPaymentConnectorRequest$, () => GetPaymentConnectorResponse$
];
var GetPaymentCredentialProvider$ = [9, n0, _GPCP,
    { [_ht]: ["POST", "/identities/GetPaymentCredentialProvider", 200] }, () => GetPaymentCredentialProviderRequest$, () => GetPaymentCredentialProviderResponse$
];
var GetPaymentManager$ = [9, n0, _GPM,
    { [_ht]: ["GET", "/payments/managers/{paymentManagerId}", 200] }, () => GetPaymentManagerRequest$, () => GetPaymentManagerResponse$
];
var GetPolicy$ = [9, n0, _GP,
    { [_ht]: ["GET", "/policy-engines/{policyEngineId}/policies/{policyId}", 200] }, () => GetPolicyRequest$, () => GetPolicyResponse$
];
var GetPolicyEngine$ = [9, n0, _GPE,
    { [_ht]: ["GET", "/policy-engines/{policyEngineId}", 200] }, () => GetPolicyEngineRequest$, () => GetPolicyEngineResponse$
];
var GetPolicyEngineSummary$ = [9, n0, _GPES,
    { [_ht]: ["GET", "/policy-engine-summaries/{policyEngineId}", 200] }, () => GetPolicyEngineSummaryRequest$, () => GetPolicyEngineSummaryResponse$
];
var GetPolicyGeneration$ = [9, n0, _GPG,
    { [_ht]: ["GET", "/policy-engines/{policyEngineId}/policy-generations/{policyGenerationId}", 200] }, () => GetPolicyGenerationRequest$, () => GetPolicyGenerationResponse$
];
var GetPolicyGenerationSummary$ = [9, n0, _GPGS,
    { [_ht]: ["GET", "/policy-engines/{policyEngineId}/policy-generation-summaries/{policyGenerationId}", 200] }, () => GetPolicyGenerationSummaryRequest$, () => GetPolicyGenerationSummaryResponse$
];
var GetPolicySummary$ = [9, n0, _GPS,
    { [_ht]: ["GET", "/policy-engines/{policyEngineId}/policy-summaries/{policyId}", 200] }, () => GetPolicySummaryRequest$, () => GetPolicySummaryResponse$
];
var GetRegistry$ = [9, n0, _GRe,
    { [_ht]: ["GET", "/registries/{registryId}", 200] }, () => GetRegistryRequest$, () => GetRegistryResponse$
];
var GetRegistryRecord$ = [9, n0, _GRRet,
    { [_ht]: ["GET", "/registries/{registryId}/records/{recordId}", 200] }, () => GetRegistryRecordRequest$, () => GetRegistryRecordResponse$
];
var GetResourcePolicy$ = [9, n0, _GRP,
    { [_ht]: ["GET", "/resourcepolicy/{resourceArn}", 200] }, () => GetResourcePolicyRequest$, () => GetResourcePolicyResponse$
];
var GetTokenVault$ = [9, n0, _GTV,
    { [_ht]: ["POST", "/identities/get-token-vault", 200] }, () => GetTokenVaultRequest$, () => GetTokenVaultResponse$
];
var GetWorkloadIdentity$ = [9, n0, _GWI,
    { [_ht]: ["POST", "/identities/GetWorkloadIdentity", 200] }, () => GetWorkloadIdentityRequest$, () => GetWorkloadIdentityResponse$
];
var ListAgentRuntimeEndpoints$ = [9, n0, _LARE,
    { [_ht]: ["POST", "/runtimes/{agentRuntimeId}/runtime-endpoints/", 200] }, () => ListAgentRuntimeEndpointsRequest$, () => ListAgentRuntimeEndpointsResponse$
];
var ListAgentRuntimes$ = [9, n0, _LAR,
    { [_ht]: ["POST", "/runtimes/", 200] }, () => ListAgentRuntimesRequest$, () => ListAgentRuntimesResponse$
];
var ListAgentRuntimeVersions$ = [9, n0, _LARV,
    { [_ht]: ["POST", "/runtimes/{agentRuntimeId}/versions/", 200] }, () => ListAgentRuntimeVersionsRequest$, () => ListAgentRuntimeVersionsResponse$
];
var ListAgentRuntimeVersionsByCapacityProvider$ = [9, n0, _LARVBCP,
    { [_ht]: ["POST", "/capacity-providers/{capacityProviderId}/runtime-versions", 200] }, () => ListAgentRuntimeVersionsByCapacityProviderInput$, () => ListAgentRuntimeVersionsByCapacityProviderOutput$
];
var ListApiKeyCredentialProviders$ = [9, n0, _LAKCP,
    { [_ht]: ["POST", "/identities/ListApiKeyCredentialProviders", 200] }, () => ListApiKeyCredentialProvidersRequest$, () => ListApiKeyCredentialProvidersResponse$
];
var ListBrowserProfiles$ = [9, n0, _LBP,
    { [_ht]: ["POST", "/browser-profiles", 200] }, () => ListBrowserProfilesRequest$, () => ListBrowserProfilesResponse$
];
var ListBrowsers$ = [9, n0, _LB,
    { [_ht]: ["POST", "/browsers", 200] }, () => ListBrowsersRequest$, () => ListBrowsersResponse$
];
var ListCapacityProviders$ = [9, n0, _LCP,
    { [_ht]: ["POST", "/capacity-providers", 200] }, () => ListCapacityProvidersInput$, () => ListCapacityProvidersOutput$
];
var ListCodeInterpreters$ = [9, n0, _LCI,
    { [_ht]: ["POST", "/code-interpreters", 200] }, () => ListCodeInterpretersRequest$, () => ListCodeInterpretersResponse$
];
var ListConfigurationBundles$ = [9, n0, _LCB,
    { [_ht]: ["POST", "/configuration-bundles", 200] }, () => ListConfigurationBundlesRequest$, () => ListConfigurationBundlesResponse$
];
var ListConfigurationBundleVersions$ = [9, n0, _LCBV,
    { [_ht]: ["POST", "/configuration-bundles/{bundleId}/versions", 200] }, () => ListConfigurationBundleVersionsRequest$, () => ListConfigurationBundleVersionsResponse$
];
var ListConsentPortals$ = [9, n0, _LCPi,
    { [_ht]: ["POST", "/identities/ListConsentPortals", 200] }, () => ListConsentPortalsRequest$, () => ListConsentPortalsResponse$
];
var ListDatasetExamples$ = [9, n0, _LDE,
    { [_ht]: ["GET", "/datasets/{datasetId}/examples", 200] }, () => ListDatasetExamplesRequest$, () => ListDatasetExamplesResponse$
];
var ListDatasets$ = [9, n0, _LD,
    { [_ht]: ["GET", "/datasets", 200] }, () => ListDatasetsRequest$, () => ListDatasetsResponse$
];
var ListDatasetVersions$ = [9, n0, _LDV,
    { [_ht]: ["GET", "/datasets/{datasetId}/versions", 200] }, () => ListDatasetVersionsRequest$, () => ListDatasetVersionsResponse$
];
var ListEvaluators$ = [9, n0, _LEis,
    { [_ht]: ["POST", "/evaluators", 200] }, () => ListEvaluatorsRequest$, () => ListEvaluatorsResponse$
];
var ListGatewayRateLimits$ = [9, n0, _LGRL,
    { [_ht]: ["GET", "/gateways/{gatewayIdentifier}/rate-limits", 200] }, () => ListGatewayRateLimitsRequest$, () => ListGatewayRateLimitsResponse$
];
var ListGatewayRules$ = [9, n0, _LGRis,
    { [_ht]: ["GET", "/gateways/{gatewayIdentifier}/rules", 200] }, () => ListGatewayRulesRequest$, () => ListGatewayRulesResponse$
];
var ListGateways$ = [9, n0, _LG,
    { [_ht]: ["GET", "/gateways/", 200] }, () => ListGatewaysRequest$, () => ListGatewaysResponse$
];
var ListGatewayTargets$ = [9, n0, _LGT,
    { [_ht]: ["GET", "/gateways/{gatewayIdentifier}/targets/", 200] }, () => ListGatewayTargetsRequest$, () => ListGatewayTargetsResponse$
];
var ListHarnessEndpoints$ = [9, n0, _LHE,
    { [_ht]: ["GET", "/harnesses/{harnessId}/endpoints", 200] }, () => ListHarnessEndpointsRequest$, () => ListHarnessEndpointsResponse$
];
var ListHarnesses$ = [9, n0, _LH,
    { [_ht]: ["GET", "/harnesses", 200] }, () => ListHarnessesRequest$, () => ListHarnessesResponse$
];
var ListHarnessVersions$ = [9, n0, _LHV,
    { [_ht]: ["GET", "/harnesses/{harnessId}/versions", 200] }, () => ListHarnessVersionsRequest$, () => ListHarnessVersionsResponse$
];
var ListMemories$ = [9, n0, _LM,
    { [_ht]: ["POST", "/memories/", 200] }, () => ListMemoriesInput$, () => ListMemoriesOutput$
];
var ListOauth2CredentialProviders$ = [9, n0, _LOCP,
    { [_ht]: ["POST", "/identities/ListOauth2CredentialProviders", 200] }, () => ListOauth2CredentialProvidersRequest$, () => ListOauth2CredentialProvidersResponse$
];
var ListOnlineEvaluationConfigs$ = [9, n0, _LOEC,
    { [_ht]: ["POST", "/online-evaluation-configs", 200] }, () => ListOnlineEvaluationConfigsRequest$, () => ListOnlineEvaluationConfigsResponse$
];
var ListPaymentConnectors$ = [9, n0, _LPC,
    { [_ht]: ["POST", "/payments/managers/{paymentManagerId}/connectors-list", 200] }, () => ListPaymentConnectorsRequest$, () => ListPaymentConnectorsResponse$
];
var ListPaymentCredentialProviders$ = [9, n0, _LPCP,
    { [_ht]: ["POST", "/identities/ListPaymentCredentialProviders", 200] }, () => ListPaymentCredentialProvidersRequest$, () => ListPaymentCredentialProvidersResponse$
];
var ListPaymentManagers$ = [9, n0, _LPM,
    { [_ht]: ["POST", "/payments/managers-list", 200] }, () => ListPaymentManagersRequest$, () => ListPaymentManagersResponse$
];
var ListPolicies$ = [9, n0, _LPi,
    { [_ht]: ["GET", "/policy-engines/{policyEngineId}/policies", 200] }, () => ListPoliciesRequest$, () => ListPoliciesResponse$
];
var ListPolicyEngines$ = [9, n0, _LPE,
    { [_ht]: ["GET", "/policy-engines", 200] }, () => ListPolicyEnginesRequest$, () => ListPolicyEnginesResponse$
];
var ListPolicyEngineSummaries$ = [9, n0, _LPES,
    { [_ht]: ["GET", "/policy-engine-summaries", 200] }, () => ListPolicyEngineSummariesRequest$, () => ListPolicyEngineSummariesResponse$
];
var ListPolicyGenerationAssets$ = [9, n0, _LPGA,
    { [_ht]: ["GET", "/policy-engines/{policyEngineId}/policy-generations/{policyGenerationId}/assets", 200] }, () => ListPolicyGenerationAssetsRequest$, () => ListPolicyGenerationAssetsResponse$
];
var ListPolicyGenerations$ = [9, n0, _LPG,
    { [_ht]: ["GET", "/policy-engines/{policyEngineId}/policy-generations", 200] }, () => ListPolicyGenerationsRequest$, () => ListPolicyGenerationsResponse$
];
var ListPolicyGenerationSummaries$ = [9, n0, _LPGS,
    { [_ht]: ["GET", "/policy-engines/{policyEngineId}/policy-generation-summaries", 200] }, () => ListPolicyGenerationSummariesRequest$, () => ListPolicyGenerationSummariesResponse$
];
var ListPolicySummaries$ = [9, n0, _LPS,
    { [_ht]: ["GET", "/policy-engines/{policyEngineId}/policy-summaries", 200] }, () => ListPolicySummariesRequest$, () => ListPolicySummariesResponse$
];
var ListRegistries$ = [9, n0, _LR,
    { [_ht]: ["GET", "/registries", 200] }, () => ListRegistriesRequest$, () => ListRegistriesResponse$
];
var ListRegistryRecords$ = [9, n0, _LRRis,
    { [_ht]: ["GET", "/registries/{registryId}/records", 200] }, () => ListRegistryRecordsRequest$, () => ListRegistryRecordsResponse$
];
var ListTagsForResource$ = [9, n0, _LTFR,
    { [_ht]: ["GET", "/tags/{resourceArn}", 200] }, () => ListTagsForResourceRequest$, () => ListTagsForResourceResponse$
];
var ListWorkloadIdentities$ = [9, n0, _LWI,
    { [_ht]: ["POST", "/identities/ListWorkloadIdentities", 200] }, () => ListWorkloadIdentitiesRequest$, () => ListWorkloadIdentitiesResponse$
];
var PutResourcePolicy$ = [9, n0, _PRP,
    { [_ht]: ["PUT", "/resourcepolicy/{resourceArn}", 201] }, () => PutResourcePolicyRequest$, () => PutResourcePolicyResponse$
];
var RotatePaymentConnectorCredentials$ = [9, n0, _RPCC,
    { [_ht]: ["POST", "/payments/managers/{paymentManagerId}/connectors/{paymentConnectorId}/rotate-credentials", 202] }, () => RotatePaymentConnectorCredentialsRequest$, () => RotatePaymentConnectorCredentialsResponse$
];
var SetTokenVaultCMK$ = [9, n0, _STVCMK,
    { [_ht]: ["POST", "/identities/set-token-vault-cmk", 200] }, () => SetTokenVaultCMKRequest$, () => SetTokenVaultCMKResponse$
];
var StartPolicyGeneration$ = [9, n0, _SPG,
    { [_ht]: ["POST", "/policy-engines/{policyEngineId}/policy-generations", 202] }, () => StartPolicyGenerationRequest$, () => StartPolicyGenerationResponse$
];
var SubmitRegistryRecordForApproval$ = [9, n0, _SRRFA,
    { [_ht]: ["POST", "/registries/{registryId}/records/{recordId}/submit-for-approval", 202] }, () => SubmitRegistryRecordForApprovalRequest$, () => SubmitRegistryRecordForApprovalResponse$
];
var SynchronizeGatewayTargets$ = [9, n0, _SGT,
    { [_ht]: ["PUT", "/gateways/{gatewayIdentifier}/synchronizeTargets", 202] }, () => SynchronizeGatewayTargetsRequest$, () => SynchronizeGatewayTargetsResponse$
];
var TagResource$ = [9, n0, _TR,
    { [_ht]: ["POST", "/tags/{resourceArn}", 204] }, () => TagResourceRequest$, () => TagResourceResponse$
];
var UntagResource$ = [9, n0, _UR,
    { [_ht]: ["DELETE", "/tags/{resourceArn}", 204] }, () => UntagResourceRequest$, () => UntagResourceResponse$
];
var UpdateAgentRuntime$ = [9, n0, _UAR,
    { [_ht]: ["PUT", "/runtimes/{agentRuntimeId}/", 202] }, () => UpdateAgentRuntimeRequest$, () => UpdateAgentRuntimeResponse$
];
var UpdateAgentRuntimeEndpoint$ = [9, n0, _UARE,
    { [_ht]: ["PUT", "/runtimes/{agentRuntimeId}/runtime-endpoints/{endpointName}/", 202] }, () => UpdateAgentRuntimeEndpointRequest$, () => UpdateAgentRuntimeEndpointResponse$
];
var UpdateApiKeyCredentialProvider$ = [9, n0, _UAKCP,
    { [_ht]: ["POST", "/identities/UpdateApiKeyCredentialProvider", 200] }, () => UpdateApiKeyCredentialProviderRequest$, () => UpdateApiKeyCredentialProviderResponse$
];
var UpdateCapacityProvider$ = [9, n0, _UCP,
    { [_ht]: ["PUT", "/capacity-providers/{capacityProviderId}", 202] }, () => UpdateCapacityProviderInput$, () => UpdateCapacityProviderOutput$
];
var UpdateConfigurationBundle$ = [9, n0, _UCB,
    { [_ht]: ["PUT", "/configuration-bundles/{bundleId}", 200] }, () => UpdateConfigurationBundleRequest$, () => UpdateConfigurationBundleResponse$
];
var UpdateConsentPortal$ = [9, n0, _UCPp,
    { [_ht]: ["POST", "/identities/UpdateConsentPortal", 202] }, () => UpdateConsentPortalRequest$, () => UpdateConsentPortalResponse$
];
var UpdateDataset$ = [9, n0, _UDpd,
    { [_ht]: ["PUT", "/datasets/{datasetId}", 200] }, () => UpdateDatasetRequest$, () => UpdateDatasetResponse$
];
var UpdateDatasetExamples$ = [9, n0, _UDE,
    { [_ht]: ["POST", "/datasets/{datasetId}/examples/update", 202] }, () => UpdateDatasetExamplesRequest$, () => UpdateDatasetExamplesResponse$
];
var UpdateEvaluator$ = [9, n0, _UEp,
    { [_ht]: ["PUT", "/evaluators/{evaluatorId}", 202] }, () => UpdateEvaluatorRequest$, () => UpdateEvaluatorResponse$
];
var UpdateGateway$ = [9, n0, _UG,
    { [_ht]: ["PUT", "/gateways/{gatewayIdentifier}/", 202] }, () => UpdateGatewayRequest$, () => UpdateGatewayResponse$
];
var UpdateGatewayRateLimit$ = [9, n0, _UGRL,
    { [_ht]: ["PATCH", "/gateways/{gatewayIdentifier}/rate-limits/{rateLimitId}", 200] }, () => UpdateGatewayRateLimitRequest$, () => UpdateGatewayRateLimitResponse$
];
var UpdateGatewayRule$ = [9, n0, _UGRpd,
    { [_ht]: ["PATCH", "/gateways/{gatewayIdentifier}/rules/{ruleId}", 202] }, () => UpdateGatewayRuleRequest$, () => UpdateGatewayRuleResponse$
];
var UpdateGatewayTarget$ = [9, n0, _UGT,
    { [_ht]: ["PUT", "/gateways/{gatewayIdentifier}/targets/{targetId}/", 202] }, () => UpdateGatewayTargetRequest$, () => UpdateGatewayTargetResponse$
];
var UpdateHarness$ = [9, n0, _UH,
    { [_ht]: ["PATCH", "/harnesses/{harnessId}", 200] }, () => UpdateHarnessRequest$, () => UpdateHarnessResponse$
];
var UpdateHarnessEndpoint$ = [9, n0, _UHE,
    { [_ht]: ["PATCH", "/harnesses/{harnessId}/endpoints/{endpointName}", 200] }, () => UpdateHarnessEndpointRequest$, () => UpdateHarnessEndpointResponse$
];
var UpdateMemory$ = [9, n0, _UM,
    { [_ht]: ["PUT", "/memories/{memoryId}/update", 202] }, () => UpdateMemoryInput$, () => UpdateMemoryOutput$
];
var UpdateOauth2CredentialProvider$ = [9, n0, _UOCP,
    { [_ht]: ["POST", "/identities/UpdateOauth2CredentialProvider", 200] }, () => UpdateOauth2CredentialProviderRequest$, () => UpdateOauth2CredentialProviderResponse$
];
var UpdateOnlineEvaluationConfig$ = [9, n0, _UOEC,
    { [_ht]: ["PUT", "/online-evaluation-configs/{onlineEvaluationConfigId}", 202] }, () => UpdateOnlineEvaluationConfigRequest$, () => UpdateOnlineEvaluationConfigResponse$
];
var UpdatePaymentConnector$ = [9, n0, _UPC,
    { [_ht]: ["PATCH", "/payments/managers/{paymentManagerId}/connectors/{paymentConnectorId}", 202] }, () => UpdatePaymentConnectorRequest$, () => UpdatePaymentConnectorResponse$
];
var UpdatePaymentCredentialProvider$ = [9, n0, _UPCP,
    { [_ht]: ["POST", "/identities/UpdatePaymentCredentialProvider", 200] }, () => UpdatePaymentCredentialProviderRequest$, () => UpdatePaymentCredentialProviderResponse$
];
var UpdatePaymentManager$ = [9, n0, _UPM,
    { [_ht]: ["PATCH", "/payments/managers/{paymentManagerId}", 202] }, () => UpdatePaymentManagerRequest$, () => UpdatePaymentManagerResponse$
];
var UpdatePolicy$ = [9, n0, _UP,
    { [_ht]: ["PATCH", "/policy-engines/{policyEngineId}/policies/{policyId}", 202] }, () => UpdatePolicyRequest$, () => UpdatePolicyResponse$
];
var UpdatePolicyEngine$ = [9, n0, _UPE,
    { [_ht]: ["PATCH", "/policy-engines/{policyEngineId}", 202] }, () => UpdatePolicyEngineRequest$, () => UpdatePolicyEngineResponse$
];
var UpdateRegistry$ = [9, n0, _URp,
    { [_ht]: ["PATCH", "/registries/{registryId}", 202] }, () => UpdateRegistryRequest$, () => UpdateRegistryResponse$
];
var UpdateRegistryRecord$ = [9, n0, _URRpda,
    { [_ht]: ["PATCH", "/registries/{registryId}/records/{recordId}", 202] }, () => UpdateRegistryRecordRequest$, () => UpdateRegistryRecordResponse$
];
var UpdateRegistryRecordStatus$ = [9, n0, _URRS,
    { [_ht]: ["PATCH", "/registries/{registryId}/records/{recordId}/status", 202] }, () => UpdateRegistryRecordStatusRequest$, () => UpdateRegistryRecordStatusResponse$
];
var UpdateWorkloadIdentity$ = [9, n0, _UWI,
    { [_ht]: ["POST", "/identities/UpdateWorkloadIdentity", 200] }, () => UpdateWorkloadIdentityRequest$, () => UpdateWorkloadIdentityResponse$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2023-06-05",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultBedrockAgentCoreControlHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.bedrockagentcorecontrol",
            errorTypeRegistries,
            version: "2023-06-05",
            serviceTarget: "AmazonBedrockAgentCoreControl",
        },
        serviceId: config?.serviceId ?? "Bedrock AgentCore Control",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class BedrockAgentCoreControlClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultBedrockAgentCoreControlHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

const command = makeBuilder(commonParams, "AmazonBedrockAgentCoreControl", "BedrockAgentCoreControlClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class AddDatasetExamplesCommand extends command(_ep0, _mw0, "AddDatasetExamples", AddDatasetExamples$) {
}

class BatchPutGatewayRateLimitsCommand extends command(_ep0, _mw0, "BatchPutGatewayRateLimits", BatchPutGatewayRateLimits$) {
}

class CreateAgentRuntimeCommand extends command(_ep0, _mw0, "CreateAgentRuntime", CreateAgentRuntime$) {
}

class CreateAgentRuntimeEndpointCommand extends command(_ep0, _mw0, "CreateAgentRuntimeEndpoint", CreateAgentRuntimeEndpoint$) {
}

class CreateApiKeyCredentialProviderCommand extends command(_ep0, _mw0, "CreateApiKeyCredentialProvider", CreateApiKeyCredentialProvider$) {
}

class CreateBrowserCommand extends command(_ep0, _mw0, "CreateBrowser", CreateBrowser$) {
}

class CreateBrowserProfileCommand extends command(_ep0, _mw0, "CreateBrowserProfile", CreateBrowserProfile$) {
}

class CreateCapacityProviderCommand extends command(_ep0, _mw0, "CreateCapacityProvider", CreateCapacityProvider$) {
}

class CreateCodeInterpreterCommand extends command(_ep0, _mw0, "CreateCodeInterpreter", CreateCodeInterpreter$) {
}

class CreateConfigurationBundleCommand extends command(_ep0, _mw0, "CreateConfigurationBundle", CreateConfigurationBundle$) {
}

class CreateConsentPortalCommand extends command(_ep0, _mw0, "CreateConsentPortal", CreateConsentPortal$) {
}

class CreateDatasetCommand extends command(_ep0, _mw0, "CreateDataset", CreateDataset$) {
}

class CreateDatasetVersionCommand extends command(_ep0, _mw0, "CreateDatasetVersion", CreateDatasetVersion$) {
}

class CreateEvaluatorCommand extends command(_ep0, _mw0, "CreateEvaluator", CreateEvaluator$) {
}

class CreateGatewayCommand extends command(_ep0, _mw0, "CreateGateway", CreateGateway$) {
}

class CreateGatewayRateLimitCommand extends command(_ep0, _mw0, "CreateGatewayRateLimit", CreateGatewayRateLimit$) {
}

class CreateGatewayRuleCommand extends command(_ep0, _mw0, "CreateGatewayRule", CreateGatewayRule$) {
}

class CreateGatewayTargetCommand extends command(_ep0, _mw0, "CreateGatewayTarget", CreateGatewayTarget$) {
}

class CreateHarnessCommand extends command(_ep0, _mw0, "CreateHarness", CreateHarness$) {
}

class CreateHarnessEndpointCommand extends command(_ep0, _mw0, "CreateHarnessEndpoint", CreateHarnessEndpoint$) {
}

class CreateMemoryCommand extends command(_ep0, _mw0, "CreateMemory", CreateMemory$) {
}

class CreateOauth2CredentialProviderCommand extends command(_ep0, _mw0, "CreateOauth2CredentialProvider", CreateOauth2CredentialProvider$) {
}

class CreateOnlineEvaluationConfigCommand extends command(_ep0, _mw0, "CreateOnlineEvaluationConfig", CreateOnlineEvaluationConfig$) {
}

class CreatePaymentConnectorCommand extends command(_ep0, _mw0, "CreatePaymentConnector", CreatePaymentConnector$) {
}

class CreatePaymentCredentialProviderCommand extends command(_ep0, _mw0, "CreatePaymentCredentialProvider", CreatePaymentCredentialProvider$) {
}

class CreatePaymentManagerCommand extends command(_ep0, _mw0, "CreatePaymentManager", CreatePaymentManager$) {
}

class CreatePolicyCommand extends command(_ep0, _mw0, "CreatePolicy", CreatePolicy$) {
}

class CreatePolicyEngineCommand extends command(_ep0, _mw0, "CreatePolicyEngine", CreatePolicyEngine$) {
}

class CreateRegistryCommand extends command(_ep0, _mw0, "CreateRegistry", CreateRegistry$) {
}

class CreateRegistryRecordCommand extends command(_ep0, _mw0, "CreateRegistryRecord", CreateRegistryRecord$) {
}

class CreateWorkloadIdentityCommand extends command(_ep0, _mw0, "CreateWorkloadIdentity", CreateWorkloadIdentity$) {
}

class DeleteAgentRuntimeCommand extends command(_ep0, _mw0, "DeleteAgentRuntime", DeleteAgentRuntime$) {
}

class DeleteAgentRuntimeEndpointCommand extends command(_ep0, _mw0, "DeleteAgentRuntimeEndpoint", DeleteAgentRuntimeEndpoint$) {
}

class DeleteApiKeyCredentialProviderCommand extends command(_ep0, _mw0, "DeleteApiKeyCredentialProvider", DeleteApiKeyCredentialProvider$) {
}

class DeleteBrowserCommand extends command(_ep0, _mw0, "DeleteBrowser", DeleteBrowser$) {
}

class DeleteBrowserProfileCommand extends command(_ep0, _mw0, "DeleteBrowserProfile", DeleteBrowserProfile$) {
}

class DeleteCapacityProviderCommand extends command(_ep0, _mw0, "DeleteCapacityProvider", DeleteCapacityProvider$) {
}

class DeleteCodeInterpreterCommand extends command(_ep0, _mw0, "DeleteCodeInterpreter", DeleteCodeInterpreter$) {
}

class DeleteConfigurationBundleCommand extends command(_ep0, _mw0, "DeleteConfigurationBundle", DeleteConfigurationBundle$) {
}

class DeleteConsentPortalCommand extends command(_ep0, _mw0, "DeleteConsentPortal", DeleteConsentPortal$) {
}

class DeleteDatasetCommand extends command(_ep0, _mw0, "DeleteDataset", DeleteDataset$) {
}

class DeleteDatasetExamplesCommand extends command(_ep0, _mw0, "DeleteDatasetExamples", DeleteDatasetExamples$) {
}

class DeleteEvaluatorCommand extends command(_ep0, _mw0, "DeleteEvaluator", DeleteEvaluator$) {
}

class DeleteGatewayCommand extends command(_ep0, _mw0, "DeleteGateway", DeleteGateway$) {
}

class DeleteGatewayRateLimitCommand extends command(_ep0, _mw0, "DeleteGatewayRateLimit", DeleteGatewayRateLimit$) {
}

class DeleteGatewayRuleCommand extends command(_ep0, _mw0, "DeleteGatewayRule", DeleteGatewayRule$) {
}

class DeleteGatewayTargetCommand extends command(_ep0, _mw0, "DeleteGatewayTarget", DeleteGatewayTarget$) {
}

class DeleteHarnessCommand extends command(_ep0, _mw0, "DeleteHarness", DeleteHarness$) {
}

class DeleteHarnessEndpointCommand extends command(_ep0, _mw0, "DeleteHarnessEndpoint", DeleteHarnessEndpoint$) {
}

class DeleteMemoryCommand extends command(_ep0, _mw0, "DeleteMemory", DeleteMemory$) {
}

class DeleteOauth2CredentialProviderCommand extends command(_ep0, _mw0, "DeleteOauth2CredentialProvider", DeleteOauth2CredentialProvider$) {
}

class DeleteOnlineEvaluationConfigCommand extends command(_ep0, _mw0, "DeleteOnlineEvaluationConfig", DeleteOnlineEvaluationConfig$) {
}

class DeletePaymentConnectorCommand extends command(_ep0, _mw0, "DeletePaymentConnector", DeletePaymentConnector$) {
}

class DeletePaymentCredentialProviderCommand extends command(_ep0, _mw0, "DeletePaymentCredentialProvider", DeletePaymentCredentialProvider$) {
}

class DeletePaymentManagerCommand extends command(_ep0, _mw0, "DeletePaymentManager", DeletePaymentManager$) {
}

class DeletePolicyCommand extends command(_ep0, _mw0, "DeletePolicy", DeletePolicy$) {
}

class DeletePolicyEngineCommand extends command(_ep0, _mw0, "DeletePolicyEngine", DeletePolicyEngine$) {
}

class DeleteRegistryCommand extends command(_ep0, _mw0, "DeleteRegistry", DeleteRegistry$) {
}

class DeleteRegistryRecordCommand extends command(_ep0, _mw0, "DeleteRegistryRecord", DeleteRegistryRecord$) {
}

class DeleteResourcePolicyCommand extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
}

class DeleteWorkloadIdentityCommand extends command(_ep0, _mw0, "DeleteWorkloadIdentity", DeleteWorkloadIdentity$) {
}

class GetAgentRuntimeCommand extends command(_ep0, _mw0, "GetAgentRuntime", GetAgentRuntime$) {
}

class GetAgentRuntimeEndpointCommand extends command(_ep0, _mw0, "GetAgentRuntimeEndpoint", GetAgentRuntimeEndpoint$) {
}

class GetApiKeyCredentialProviderCommand extends command(_ep0, _mw0, "GetApiKeyCredentialProvider", GetApiKeyCredentialProvider$) {
}

class GetBrowserCommand extends command(_ep0, _mw0, "GetBrowser", GetBrowser$) {
}

class GetBrowserProfileCommand extends command(_ep0, _mw0, "GetBrowserProfile", GetBrowserProfile$) {
}

class GetCapacityProviderCommand extends command(_ep0, _mw0, "GetCapacityProvider", GetCapacityProvider$) {
}

class GetCodeInterpreterCommand extends command(_ep0, _mw0, "GetCodeInterpreter", GetCodeInterpreter$) {
}

class GetConfigurationBundleCommand extends command(_ep0, _mw0, "GetConfigurationBundle", GetConfigurationBundle$) {
}

class GetConfigurationBundleVersionCommand extends command(_ep0, _mw0, "GetConfigurationBundleVersion", GetConfigurationBundleVersion$) {
}

class GetConsentPortalCommand extends command(_ep0, _mw0, "GetConsentPortal", GetConsentPortal$) {
}

class GetDatasetCommand extends command(_ep0, _mw0, "GetDataset", GetDataset$) {
}

class GetEvaluatorCommand extends command(_ep0, _mw0, "GetEvaluator", GetEvaluator$) {
}

class GetGatewayCommand extends command(_ep0, _mw0, "GetGateway", GetGateway$) {
}

class GetGatewayRateLimitCommand extends command(_ep0, _mw0, "GetGatewayRateLimit", GetGatewayRateLimit$) {
}

class GetGatewayRuleCommand extends command(_ep0, _mw0, "GetGatewayRule", GetGatewayRule$) {
}

class GetGatewayTargetCommand extends command(_ep0, _mw0, "GetGatewayTarget", GetGatewayTarget$) {
}

class GetHarnessCommand extends command(_ep0, _mw0, "GetHarness", GetHarness$) {
}

class GetHarnessEndpointCommand extends command(_ep0, _mw0, "GetHarnessEndpoint", GetHarnessEndpoint$) {
}

class GetMemoryCommand extends command(_ep0, _mw0, "GetMemory", GetMemory$) {
}

class GetOauth2CredentialProviderCommand extends command(_ep0, _mw0, "GetOauth2CredentialProvider", GetOauth2CredentialProvider$) {
}

class GetOnlineEvaluationConfigCommand extends command(_ep0, _mw0, "GetOnlineEvaluationConfig", GetOnlineEvaluationConfig$) {
}

class GetPaymentConnectorCommand extends command(_ep0, _mw0, "GetPaymentConnector", GetPaymentConnector$) {
}

class GetPaymentCredentialProviderCommand extends command(_ep0, _mw0, "GetPaymentCredentialProvider", GetPaymentCredentialProvider$) {
}

class GetPaymentManagerCommand extends command(_ep0, _mw0, "GetPaymentManager", GetPaymentManager$) {
}

class GetPolicyCommand extends command(_ep0, _mw0, "GetPolicy", GetPolicy$) {
}

class GetPolicyEngineCommand extends command(_ep0, _mw0, "GetPolicyEngine", GetPolicyEngine$) {
}

class GetPolicyEngineSummaryCommand extends command(_ep0, _mw0, "GetPolicyEngineSummary", GetPolicyEngineSummary$) {
}

class GetPolicyGenerationCommand extends command(_ep0, _mw0, "GetPolicyGeneration", GetPolicyGeneration$) {
}

class GetPolicyGenerationSummaryCommand extends command(_ep0, _mw0, "GetPolicyGenerationSummary", GetPolicyGenerationSummary$) {
}

class GetPolicySummaryCommand extends command(_ep0, _mw0, "GetPolicySummary", GetPolicySummary$) {
}

class GetRegistryCommand extends command(_ep0, _mw0, "GetRegistry", GetRegistry$) {
}

class GetRegistryRecordCommand extends command(_ep0, _mw0, "GetRegistryRecord", GetRegistryRecord$) {
}

class GetResourcePolicyCommand extends command(_ep0, _mw0, "GetResourcePolicy", GetResourcePolicy$) {
}

class GetTokenVaultCommand extends command(_ep0, _mw0, "GetTokenVault", GetTokenVault$) {
}

class GetWorkloadIdentityCommand extends command(_ep0, _mw0, "GetWorkloadIdentity", GetWorkloadIdentity$) {
}

class ListAgentRuntimeEndpointsCommand extends command(_ep0, _mw0, "ListAgentRuntimeEndpoints", ListAgentRuntimeEndpoints$) {
}

class ListAgentRuntimesCommand extends command(_ep0, _mw0, "ListAgentRuntimes", ListAgentRuntimes$) {
}

class ListAgentRuntimeVersionsByCapacityProviderCommand extends command(_ep0, _mw0, "ListAgentRuntimeVersionsByCapacityProvider", ListAgentRuntimeVersionsByCapacityProvider$) {
}

class ListAgentRuntimeVersionsCommand extends command(_ep0, _mw0, "ListAgentRuntimeVersions", ListAgentRuntimeVersions$) {
}

class ListApiKeyCredentialProvidersCommand extends command(_ep0, _mw0, "ListApiKeyCredentialProviders", ListApiKeyCredentialProviders$) {
}

class ListBrowserProfilesCommand extends command(_ep0, _mw0, "ListBrowserProfiles", ListBrowserProfiles$) {
}

class ListBrowsersCommand extends command(_ep0, _mw0, "ListBrowsers", ListBrowsers$) {
}

class ListCapacityProvidersCommand extends command(_ep0, _mw0, "ListCapacityProviders", ListCapacityProviders$) {
}

class ListCodeInterpretersCommand extends command(_ep0, _mw0, "ListCodeInterpreters", ListCodeInterpreters$) {
}

class ListConfigurationBundlesCommand extends command(_ep0, _mw0, "ListConfigurationBundles", ListConfigurationBundles$) {
}

class ListConfigurationBundleVersionsCommand extends command(_ep0, _mw0, "ListConfigurationBundleVersions", ListConfigurationBundleVersions$) {
}

class ListConsentPortalsCommand extends command(_ep0, _mw0, "ListConsentPortals", ListConsentPortals$) {
}

class ListDatasetExamplesCommand extends command(_ep0, _mw0, "ListDatasetExamples", ListDatasetExamples$) {
}

class ListDatasetsCommand extends command(_ep0, _mw0, "ListDatasets", ListDatasets$) {
}

class ListDatasetVersionsCommand extends command(_ep0, _mw0, "ListDatasetVersions", ListDatasetVersions$) {
}

class ListEvaluatorsCommand extends command(_ep0, _mw0, "ListEvaluators", ListEvaluators$) {
}

class ListGatewayRateLimitsCommand extends command(_ep0, _mw0, "ListGatewayRateLimits", ListGatewayRateLimits$) {
}

class ListGatewayRulesCommand extends command(_ep0, _mw0, "ListGatewayRules", ListGatewayRules$) {
}

class ListGatewaysCommand extends command(_ep0, _mw0, "ListGateways", ListGateways$) {
}

class ListGatewayTargetsCommand extends command(_ep0, _mw0, "ListGatewayTargets", ListGatewayTargets$) {
}

class ListHarnessEndpointsCommand extends command(_ep0, _mw0, "ListHarnessEndpoints", ListHarnessEndpoints$) {
}

class ListHarnessesCommand extends command(_ep0, _mw0, "ListHarnesses", ListHarnesses$) {
}

class ListHarnessVersionsCommand extends command(_ep0, _mw0, "ListHarnessVersions", ListHarnessVersions$) {
}

class ListMemoriesCommand extends command(_ep0, _mw0, "ListMemories", ListMemories$) {
}

class ListOauth2CredentialProvidersCommand extends command(_ep0, _mw0, "ListOauth2CredentialProviders", ListOauth2CredentialProviders$) {
}

class ListOnlineEvaluationConfigsCommand extends command(_ep0, _mw0, "ListOnlineEvaluationConfigs", ListOnlineEvaluationConfigs$) {
}

class ListPaymentConnectorsCommand extends command(_ep0, _mw0, "ListPaymentConnectors", ListPaymentConnectors$) {
}

class ListPaymentCredentialProvidersCommand extends command(_ep0, _mw0, "ListPaymentCredentialProviders", ListPaymentCredentialProviders$) {
}

class ListPaymentManagersCommand extends command(_ep0, _mw0, "ListPaymentManagers", ListPaymentManagers$) {
}

class ListPoliciesCommand extends command(_ep0, _mw0, "ListPolicies", ListPolicies$) {
}

class ListPolicyEnginesCommand extends command(_ep0, _mw0, "ListPolicyEngines", ListPolicyEngines$) {
}

class ListPolicyEngineSummariesCommand extends command(_ep0, _mw0, "ListPolicyEngineSummaries", ListPolicyEngineSummaries$) {
}

class ListPolicyGenerationAssetsCommand extends command(_ep0, _mw0, "ListPolicyGenerationAssets", ListPolicyGenerationAssets$) {
}

class ListPolicyGenerationsCommand extends command(_ep0, _mw0, "ListPolicyGenerations", ListPolicyGenerations$) {
}

class ListPolicyGenerationSummariesCommand extends command(_ep0, _mw0, "ListPolicyGenerationSummaries", ListPolicyGenerationSummaries$) {
}

class ListPolicySummariesCommand extends command(_ep0, _mw0, "ListPolicySummaries", ListPolicySummaries$) {
}

class ListRegistriesCommand extends command(_ep0, _mw0, "ListRegistries", ListRegistries$) {
}

class ListRegistryRecordsCommand extends command(_ep0, _mw0, "ListRegistryRecords", ListRegistryRecords$) {
}

class ListTagsForResourceCommand extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
}

class ListWorkloadIdentitiesCommand extends command(_ep0, _mw0, "ListWorkloadIdentities", ListWorkloadIdentities$) {
}

class PutResourcePolicyCommand extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
}

class RotatePaymentConnectorCredentialsCommand extends command(_ep0, _mw0, "RotatePaymentConnectorCredentials", RotatePaymentConnectorCredentials$) {
}

class SetTokenVaultCMKCommand extends command(_ep0, _mw0, "SetTokenVaultCMK", SetTokenVaultCMK$) {
}

class StartPolicyGenerationCommand extends command(_ep0, _mw0, "StartPolicyGeneration", StartPolicyGeneration$) {
}

class SubmitRegistryRecordForApprovalCommand extends command(_ep0, _mw0, "SubmitRegistryRecordForApproval", SubmitRegistryRecordForApproval$) {
}

class SynchronizeGatewayTargetsCommand extends command(_ep0, _mw0, "SynchronizeGatewayTargets", SynchronizeGatewayTargets$) {
}

class TagResourceCommand extends command(_ep0, _mw0, "TagResource", TagResource$) {
}

class UntagResourceCommand extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
}

class UpdateAgentRuntimeCommand extends command(_ep0, _mw0, "UpdateAgentRuntime", UpdateAgentRuntime$) {
}

class UpdateAgentRuntimeEndpointCommand extends command(_ep0, _mw0, "UpdateAgentRuntimeEndpoint", UpdateAgentRuntimeEndpoint$) {
}

class UpdateApiKeyCredentialProviderCommand extends command(_ep0, _mw0, "UpdateApiKeyCredentialProvider", UpdateApiKeyCredentialProvider$) {
}

class UpdateCapacityProviderCommand extends command(_ep0, _mw0, "UpdateCapacityProvider", UpdateCapacityProvider$) {
}

class UpdateConfigurationBundleCommand extends command(_ep0, _mw0, "UpdateConfigurationBundle", UpdateConfigurationBundle$) {
}

class UpdateConsentPortalCommand extends command(_ep0, _mw0, "UpdateConsentPortal", UpdateConsentPortal$) {
}

class UpdateDatasetCommand extends command(_ep0, _mw0, "UpdateDataset", UpdateDataset$) {
}

class UpdateDatasetExamplesCommand extends command(_ep0, _mw0, "UpdateDatasetExamples", UpdateDatasetExamples$) {
}

class UpdateEvaluatorCommand extends command(_ep0, _mw0, "UpdateEvaluator", UpdateEvaluator$) {
}

class UpdateGatewayCommand extends command(_ep0, _mw0, "UpdateGateway", UpdateGateway$) {
}

class UpdateGatewayRateLimitCommand extends command(_ep0, _mw0, "UpdateGatewayRateLimit", UpdateGatewayRateLimit$) {
}

class UpdateGatewayRuleCommand extends command(_ep0, _mw0, "UpdateGatewayRule", UpdateGatewayRule$) {
}

class UpdateGatewayTargetCommand extends command(_ep0, _mw0, "UpdateGatewayTarget", UpdateGatewayTarget$) {
}

class UpdateHarnessCommand extends command(_ep0, _mw0, "UpdateHarness", UpdateHarness$) {
}

class UpdateHarnessEndpointCommand extends command(_ep0, _mw0, "UpdateHarnessEndpoint", UpdateHarnessEndpoint$) {
}

class UpdateMemoryCommand extends command(_ep0, _mw0, "UpdateMemory", UpdateMemory$) {
}

class UpdateOauth2CredentialProviderCommand extends command(_ep0, _mw0, "UpdateOauth2CredentialProvider", UpdateOauth2CredentialProvider$) {
}

class UpdateOnlineEvaluationConfigCommand extends command(_ep0, _mw0, "UpdateOnlineEvaluationConfig", UpdateOnlineEvaluationConfig$) {
}

class UpdatePaymentConnectorCommand extends command(_ep0, _mw0, "UpdatePaymentConnector", UpdatePaymentConnector$) {
}

class UpdatePaymentCredentialProviderCommand extends command(_ep0, _mw0, "UpdatePaymentCredentialProvider", UpdatePaymentCredentialProvider$) {
}

class UpdatePaymentManagerCommand extends command(_ep0, _mw0, "UpdatePaymentManager", UpdatePaymentManager$) {
}

class UpdatePolicyCommand extends command(_ep0, _mw0, "UpdatePolicy", UpdatePolicy$) {
}

class UpdatePolicyEngineCommand extends command(_ep0, _mw0, "UpdatePolicyEngine", UpdatePolicyEngine$) {
}

class UpdateRegistryCommand extends command(_ep0, _mw0, "UpdateRegistry", UpdateRegistry$) {
}

class UpdateRegistryRecordCommand extends command(_ep0, _mw0, "UpdateRegistryRecord", UpdateRegistryRecord$) {
}

class UpdateRegistryRecordStatusCommand extends command(_ep0, _mw0, "UpdateRegistryRecordStatus", UpdateRegistryRecordStatus$) {
}

class UpdateWorkloadIdentityCommand extends command(_ep0, _mw0, "UpdateWorkloadIdentity", UpdateWorkloadIdentity$) {
}

const paginateListAgentRuntimeEndpoints = createPaginator(BedrockAgentCoreControlClient, ListAgentRuntimeEndpointsCommand, "nextToken", "nextToken", "maxResults");

const paginateListAgentRuntimes = createPaginator(BedrockAgentCoreControlClient, ListAgentRuntimesCommand, "nextToken", "nextToken", "maxResults");

const paginateListAgentRuntimeVersionsByCapacityProvider = createPaginator(BedrockAgentCoreControlClient, ListAgentRuntimeVersionsByCapacityProviderCommand, "nextToken", "nextToken", "maxResults");

const paginateListAgentRuntimeVersions = createPaginator(BedrockAgentCoreControlClient, ListAgentRuntimeVersionsCommand, "nextToken", "nextToken", "maxResults");

const paginateListApiKeyCredentialProviders = createPaginator(BedrockAgentCoreControlClient, ListApiKeyCredentialProvidersCommand, "nextToken", "nextToken", "maxResults");

const paginateListBrowserProfiles = createPaginator(BedrockAgentCoreControlClient, ListBrowserProfilesCommand, "nextToken", "nextToken", "maxResults");

const paginateListBrowsers = createPaginator(BedrockAgentCoreControlClient, ListBrowsersCommand, "nextToken", "nextToken", "maxResults");

const paginateListCapacityProviders = createPaginator(BedrockAgentCoreControlClient, ListCapacityProvidersCommand, "nextToken", "nextToken", "maxResults");

const paginateListCodeInterpreters = createPaginator(BedrockAgentCoreControlClient, ListCodeInterpretersCommand, "nextToken", "nextToken", "maxResults");

const paginateListConfigurationBundles = createPaginator(BedrockAgentCoreControlClient, ListConfigurationBundlesCommand, "nextToken", "nextToken", "maxResults");

const paginateListConfigurationBundleVersions = createPaginator(BedrockAgentCoreControlClient, ListConfigurationBundleVersionsCommand, "nextToken", "nextToken", "maxResults");

const paginateListConsentPortals = createPaginator(BedrockAgentCoreControlClient, ListConsentPortalsCommand, "nextToken", "nextToken", "maxResults");

const paginateListDatasetExamples = createPaginator(BedrockAgentCoreControlClient, ListDatasetExamplesCommand, "nextToken", "nextToken", "maxResults");

const paginateListDatasets = createPaginator(BedrockAgentCoreControlClient, ListDatasetsCommand, "nextToken", "nextToken", "maxResults");

const paginateListDatasetVersions = createPaginator(BedrockAgentCoreControlClient, ListDatasetVersionsCommand, "nextToken", "nextToken", "maxResults");

const paginateListEvaluators = createPaginator(BedrockAgentCoreControlClient, ListEvaluatorsCommand, "nextToken", "nextToken", "maxResults");

const paginateListGatewayRateLimits = createPaginator(BedrockAgentCoreControlClient, ListGatewayRateLimitsCommand, "nextToken", "nextToken", "maxResults");

const paginateListGatewayRules = createPaginator(BedrockAgentCoreControlClient, ListGatewayRulesCommand, "nextToken", "nextToken", "maxResults");

const paginateListGateways = createPaginator(BedrockAgentCoreControlClient, ListGatewaysCommand, "nextToken", "nextToken", "maxResults");

const paginateListGatewayTargets = createPaginator(BedrockAgentCoreControlClient, ListGatewayTargetsCommand, "nextToken", "nextToken", "maxResults");

const paginateListHarnessEndpoints = createPaginator(BedrockAgentCoreControlClient, ListHarnessEndpointsCommand, "nextToken", "nextToken", "maxResults");

const paginateListHarnesses = createPaginator(BedrockAgentCoreControlClient, ListHarnessesCommand, "nextToken", "nextToken", "maxResults");

const paginateListHarnessVersions = createPaginator(BedrockAgentCoreControlClient, ListHarnessVersionsCommand, "nextToken", "nextToken", "maxResults");

const paginateListMemories = createPaginator(BedrockAgentCoreControlClient, ListMemoriesCommand, "nextToken", "nextToken", "maxResults");

const paginateListOauth2CredentialProviders = createPaginator(BedrockAgentCoreControlClient, ListOauth2CredentialProvidersCommand, "nextToken", "nextToken", "maxResults");

const paginateListOnlineEvaluationConfigs = createPaginator(BedrockAgentCoreControlClient, ListOnlineEvaluationConfigsCommand, "nextToken", "nextToken", "maxResults");

const paginateListPaymentConnectors = createPaginator(BedrockAgentCoreControlClient, ListPaymentConnectorsCommand, "nextToken", "nextToken", "maxResults");

const paginateListPaymentCredentialProviders = createPaginator(BedrockAgentCoreControlClient, ListPaymentCredentialProvidersCommand, "nextToken", "nextToken", "maxResults");

const paginateListPaymentManagers = createPaginator(BedrockAgentCoreControlClient, ListPaymentManagersCommand, "nextToken", "nextToken", "maxResults");

const paginateListPolicies = createPaginator(BedrockAgentCoreControlClient, ListPoliciesCommand, "nextToken", "nextToken", "maxResults");

const paginateListPolicyEngines = createPaginator(BedrockAgentCoreControlClient, ListPolicyEnginesCommand, "nextToken", "nextToken", "maxResults");

const paginateListPolicyEngineSummaries = createPaginator(BedrockAgentCoreControlClient, ListPolicyEngineSummariesCommand, "nextToken", "nextToken", "maxResults");

const paginateListPolicyGenerationAssets = createPaginator(BedrockAgentCoreControlClient, ListPolicyGenerationAssetsCommand, "nextToken", "nextToken", "maxResults");

const paginateListPolicyGenerations = createPaginator(BedrockAgentCoreControlClient, ListPolicyGenerationsCommand, "nextToken", "nextToken", "maxResults");

const paginateListPolicyGenerationSummaries = createPaginator(BedrockAgentCoreControlClient, ListPolicyGenerationSummariesCommand, "nextToken", "nextToken", "maxResults");

const paginateListPolicySummaries = createPaginator(BedrockAgentCoreControlClient, ListPolicySummariesCommand, "nextToken", "nextToken", "maxResults");

const paginateListRegistries = createPaginator(BedrockAgentCoreControlClient, ListRegistriesCommand, "nextToken", "nextToken", "maxResults");

const paginateListRegistryRecords = createPaginator(BedrockAgentCoreControlClient, ListRegistryRecordsCommand, "nextToken", "nextToken", "maxResults");

const paginateListWorkloadIdentities = createPaginator(BedrockAgentCoreControlClient, ListWorkloadIdentitiesCommand, "nextToken", "nextToken", "maxResults");

const checkState$5 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetMemoryCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.memory.status;
            };
            if (returnComparator() === "CREATING") {
                return { state: WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.memory.status;
            };
            if (returnComparator() === "ACTIVE") {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.memory.status;
            };
            if (returnComparator() === "FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForMemoryCreated = async (params, input) => {
    const serviceDefaults = { minDelay: 2, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$5);
};
const waitUntilMemoryCreated = async (params, input) => {
    const serviceDefaults = { minDelay: 2, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$5);
    return checkExceptions(result);
};

const checkState$4 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetPolicyCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "ACTIVE") {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "CREATE_FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "UPDATE_FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "DELETE_FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForPolicyActive = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$4);
};
const waitUntilPolicyActive = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$4);
    return checkExceptions(result);
};

const checkState$3 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetPolicyCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "DELETING") {
                return { state: WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "DELETE_FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "ResourceNotFoundException") {
            return { state: WaiterState.SUCCESS, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForPolicyDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 2, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
};
const waitUntilPolicyDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 2, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
    return checkExceptions(result);
};

const checkState$2 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetPolicyEngineCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "ACTIVE") {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "CREATE_FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "UPDATE_FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "DELETE_FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForPolicyEngineActive = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
};
const waitUntilPolicyEngineActive = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
    return checkExceptions(result);
};

const checkState$1 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetPolicyEngineCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "DELETING") {
                return { state: WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "DELETE_FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "ResourceNotFoundException") {
            return { state: WaiterState.SUCCESS, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForPolicyEngineDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 2, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
};
const waitUntilPolicyEngineDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 2, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
    return checkExceptions(result);
};

const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetPolicyGenerationCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "GENERATED") {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "GENERATING") {
                return { state: WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "GENERATE_FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.status;
            };
            if (returnComparator() === "DELETE_FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForPolicyGenerationCompleted = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilPolicyGenerationCompleted = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    return checkExceptions(result);
};

const commands = {
    AddDatasetExamplesCommand,
    BatchPutGatewayRateLimitsCommand,
    CreateAgentRuntimeCommand,
    CreateAgentRuntimeEndpointCommand,
    CreateApiKeyCredentialProviderCommand,
    CreateBrowserCommand,
    CreateBrowserProfileCommand,
    CreateCapacityProviderCommand,
    CreateCodeInterpreterCommand,
    CreateConfigurationBundleCommand,
    CreateConsentPortalCommand,
    CreateDatasetCommand,
    CreateDatasetVersionCommand,
    CreateEvaluatorCommand,
    CreateGatewayCommand,
    CreateGatewayRateLimitCommand,
    CreateGatewayRuleCommand,
    CreateGatewayTargetCommand,
    CreateHarnessCommand,
    CreateHarnessEndpointCommand,
    CreateMemoryCommand,
    CreateOauth2CredentialProviderCommand,
    CreateOnlineEvaluationConfigCommand,
    CreatePaymentConnectorCommand,
    CreatePaymentCredentialProviderCommand,
    CreatePaymentManagerCommand,
    CreatePolicyCommand,
    CreatePolicyEngineCommand,
    CreateRegistryCommand,
    CreateRegistryRecordCommand,
    CreateWorkloadIdentityCommand,
    DeleteAgentRuntimeCommand,
    DeleteAgentRuntimeEndpointCommand,
    DeleteApiKeyCredentialProviderCommand,
    DeleteBrowserCommand,
    DeleteBrowserProfileCommand,
    DeleteCapacityProviderCommand,
    DeleteCodeInterpreterCommand,
    DeleteConfigurationBundleCommand,
    DeleteConsentPortalCommand,
    DeleteDatasetCommand,
    DeleteDatasetExamplesCommand,
    DeleteEvaluatorCommand,
    DeleteGatewayCommand,
    DeleteGatewayRateLimitCommand,
    DeleteGatewayRuleCommand,
    DeleteGatewayTargetCommand,
    DeleteHarnessCommand,
    DeleteHarnessEndpointCommand,
    DeleteMemoryCommand,
    DeleteOauth2CredentialProviderCommand,
    DeleteOnlineEvaluationConfigCommand,
    DeletePaymentConnectorCommand,
    DeletePaymentCredentialProviderCommand,
    DeletePaymentManagerCommand,
    DeletePolicyCommand,
    DeletePolicyEngineCommand,
    DeleteRegistryCommand,
    DeleteRegistryRecordCommand,
    DeleteResourcePolicyCommand,
    DeleteWorkloadIdentityCommand,
    GetAgentRuntimeCommand,
    GetAgentRuntimeEndpointCommand,
    GetApiKeyCredentialProviderCommand,
    GetBrowserCommand,
    GetBrowserProfileCommand,
    GetCapacityProviderCommand,
    GetCodeInterpreterCommand,
    GetConfigurationBundleCommand,
    GetConfigurationBundleVersionCommand,
    GetConsentPortalCommand,
    GetDatasetCommand,
    GetEvaluatorCommand,
    GetGatewayCommand,
    GetGatewayRateLimitCommand,
    GetGatewayRuleCommand,
    GetGatewayTargetCommand,
    GetHarnessCommand,
    GetHarnessEndpointCommand,
    GetMemoryCommand,
    GetOauth2CredentialProviderCommand,
    GetOnlineEvaluationConfigCommand,
    GetPaymentConnectorCommand,
    GetPaymentCredentialProviderCommand,
    GetPaymentManagerCommand,
    GetPolicyCommand,
    GetPolicyEngineCommand,
    GetPolicyEngineSummaryCommand,
    GetPolicyGenerationCommand,
    GetPolicyGenerationSummaryCommand,
    GetPolicySummaryCommand,
    GetRegistryCommand,
    GetRegistryRecordCommand,
    GetResourcePolicyCommand,
    GetTokenVaultCommand,
    GetWorkloadIdentityCommand,
    ListAgentRuntimeEndpointsCommand,
    ListAgentRuntimesCommand,
    ListAgentRuntimeVersionsCommand,
    ListAgentRuntimeVersionsByCapacityProviderCommand,
    ListApiKeyCredentialProvidersCommand,
    ListBrowserProfilesCommand,
    ListBrowsersCommand,
    ListCapacityProvidersCommand,
    ListCodeInterpretersCommand,
    ListConfigurationBundlesCommand,
    ListConfigurationBundleVersionsCommand,
    ListConsentPortalsCommand,
    ListDatasetExamplesCommand,
    ListDatasetsCommand,
    ListDatasetVersionsCommand,
    ListEvaluatorsCommand,
    ListGatewayRateLimitsCommand,
    ListGatewayRulesCommand,
    ListGatewaysCommand,
    ListGatewayTargetsCommand,
    ListHarnessEndpointsCommand,
    ListHarnessesCommand,
    ListHarnessVersionsCommand,
    ListMemoriesCommand,
    ListOauth2CredentialProvidersCommand,
    ListOnlineEvaluationConfigsCommand,
    ListPaymentConnectorsCommand,
    ListPaymentCredentialProvidersCommand,
    ListPaymentManagersCommand,
    ListPoliciesCommand,
    ListPolicyEnginesCommand,
    ListPolicyEngineSummariesCommand,
    ListPolicyGenerationAssetsCommand,
    ListPolicyGenerationsCommand,
    ListPolicyGenerationSummariesCommand,
    ListPolicySummariesCommand,
    ListRegistriesCommand,
    ListRegistryRecordsCommand,
    ListTagsForResourceCommand,
    ListWorkloadIdentitiesCommand,
    PutResourcePolicyCommand,
    RotatePaymentConnectorCredentialsCommand,
    SetTokenVaultCMKCommand,
    StartPolicyGenerationCommand,
    SubmitRegistryRecordForApprovalCommand,
    SynchronizeGatewayTargetsCommand,
    TagResourceCommand,
    UntagResourceCommand,
    UpdateAgentRuntimeCommand,
    UpdateAgentRuntimeEndpointCommand,
    UpdateApiKeyCredentialProviderCommand,
    UpdateCapacityProviderCommand,
    UpdateConfigurationBundleCommand,
    UpdateConsentPortalCommand,
    UpdateDatasetCommand,
    UpdateDatasetExamplesCommand,
    UpdateEvaluatorCommand,
    UpdateGatewayCommand,
    UpdateGatewayRateLimitCommand,
    UpdateGatewayRuleCommand,
    UpdateGatewayTargetCommand,
    UpdateHarnessCommand,
    UpdateHarnessEndpointCommand,
    UpdateMemoryCommand,
    UpdateOauth2CredentialProviderCommand,
    UpdateOnlineEvaluationConfigCommand,
    UpdatePaymentConnectorCommand,
    UpdatePaymentCredentialProviderCommand,
    UpdatePaymentManagerCommand,
    UpdatePolicyCommand,
    UpdatePolicyEngineCommand,
    UpdateRegistryCommand,
    UpdateRegistryRecordCommand,
    UpdateRegistryRecordStatusCommand,
    UpdateWorkloadIdentityCommand,
};
const paginators = {
    paginateListAgentRuntimeEndpoints,
    paginateListAgentRuntimes,
    paginateListAgentRuntimeVersions,
    paginateListAgentRuntimeVersionsByCapacityProvider,
    paginateListApiKeyCredentialProviders,
    paginateListBrowserProfiles,
    paginateListBrowsers,
    paginateListCapacityProviders,
    paginateListCodeInterpreters,
    paginateListConfigurationBundles,
    paginateListConfigurationBundleVersions,
    paginateListConsentPortals,
    paginateListDatasetExamples,
    paginateListDatasets,
    paginateListDatasetVersions,
    paginateListEvaluators,
    paginateListGatewayRateLimits,
    paginateListGatewayRules,
    paginateListGateways,
    paginateListGatewayTargets,
    paginateListHarnessEndpoints,
    paginateListHarnesses,
    paginateListHarnessVersions,
    paginateListMemories,
    paginateListOauth2CredentialProviders,
    paginateListOnlineEvaluationConfigs,
    paginateListPaymentConnectors,
    paginateListPaymentCredentialProviders,
    paginateListPaymentManagers,
    paginateListPolicies,
    paginateListPolicyEngines,
    paginateListPolicyEngineSummaries,
    paginateListPolicyGenerationAssets,
    paginateListPolicyGenerations,
    paginateListPolicyGenerationSummaries,
    paginateListPolicySummaries,
    paginateListRegistries,
    paginateListRegistryRecords,
    paginateListWorkloadIdentities,
};
const waiters = {
    waitUntilMemoryCreated,
    waitUntilPolicyActive,
    waitUntilPolicyDeleted,
    waitUntilPolicyEngineActive,
    waitUntilPolicyEngineDeleted,
    waitUntilPolicyGenerationCompleted,
};
class BedrockAgentCoreControl extends BedrockAgentCoreControlClient {
}
createAggregatedClient(commands, BedrockAgentCoreControl, { paginators, waiters });

const ActorTokenContentType = {
    AWS_IAM_ID_TOKEN_JWT: "AWS_IAM_ID_TOKEN_JWT",
    M2M: "M2M",
    NONE: "NONE",
};
const DatasetStatus = {
    ACTIVE: "ACTIVE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const ValidationExceptionReason = {
    CANNOT_PARSE: "CannotParse",
    FIELD_VALIDATION_FAILED: "FieldValidationFailed",
    IDEMPOTENT_PARAMETER_MISMATCH_EXCEPTION: "IdempotentParameterMismatchException",
    RESOURCE_CONFLICT: "ResourceConflict",
    ROOT_EVENT_IN_OTHER_SESSION: "EventInOtherSession",
};
const AgentRuntimeEndpointStatus = {
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    READY: "READY",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const AgentManagedRuntimeType = {
    NODE_22: "NODE_22",
    PYTHON_3_10: "PYTHON_3_10",
    PYTHON_3_11: "PYTHON_3_11",
    PYTHON_3_12: "PYTHON_3_12",
    PYTHON_3_13: "PYTHON_3_13",
    PYTHON_3_14: "PYTHON_3_14",
};
const ClaimMatchOperatorType = {
    CONTAINS: "CONTAINS",
    CONTAINS_ANY: "CONTAINS_ANY",
    EQUALS: "EQUALS",
};
const InboundTokenClaimValueType = {
    STRING: "STRING",
    STRING_ARRAY: "STRING_ARRAY",
};
const EndpointIpAddressType = {
    IPV4: "IPV4",
    IPV6: "IPV6",
};
const NetworkMode = {
    PUBLIC: "PUBLIC",
    VPC: "VPC",
};
const ServerProtocol = {
    A2A: "A2A",
    AGUI: "AGUI",
    HTTP: "HTTP",
    MCP: "MCP",
};
const AgentRuntimeStatus = {
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    READY: "READY",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const SecretSourceType = {
    EXTERNAL: "EXTERNAL",
    MANAGED: "MANAGED",
};
const BrowserProfileStatus = {
    DELETED: "DELETED",
    DELETING: "DELETING",
    READY: "READY",
    SAVING: "SAVING",
};
const BrowserEnterprisePolicyType = {
    MANAGED: "MANAGED",
    RECOMMENDED: "RECOMMENDED",
};
const BrowserNetworkMode = {
    PUBLIC: "PUBLIC",
    VPC: "VPC",
};
const BrowserStatus = {
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETED: "DELETED",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    READY: "READY",
};
const ResourceType = {
    CUSTOM: "CUSTOM",
    SYSTEM: "SYSTEM",
};
const CapacityReservationPreference = {
    CAPACITY_RESERVATIONS_ONLY: "capacity-reservations-only",
    NONE: "none",
    OPEN: "open",
};
const EbsVolumeType = {
    GP2: "gp2",
    GP3: "gp3",
    IO1: "io1",
    IO2: "io2",
    SC1: "sc1",
    ST1: "st1",
    STANDARD: "standard",
};
const Monitoring = {
    BASIC: "BASIC",
    DETAILED: "DETAILED",
};
const OperatingSystem = {
    LINUX_ARM64: "LINUX_ARM64",
    LINUX_X86_64: "LINUX_X86_64",
};
const CapacityProviderStatus = {
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    READY: "READY",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const CapacityProviderStatusCode = {
    INTERNAL_SERVER_EXCEPTION: "INTERNAL_SERVER_EXCEPTION",
    QUOTA_EXCEEDED: "QUOTA_EXCEEDED",
    THROTTLED: "THROTTLED",
    VALIDATION_ERROR: "VALIDATION_ERROR",
};
const CodeInterpreterNetworkMode = {
    PUBLIC: "PUBLIC",
    SANDBOX: "SANDBOX",
    VPC: "VPC",
};
const CodeInterpreterStatus = {
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETED: "DELETED",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    READY: "READY",
};
const ConfigurationBundleStatus = {
    ACTIVE: "ACTIVE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const ConsentPortalSourceType = {
    AGENTCORE_GATEWAY: "agentcore-gateway",
};
const ConsentPortalStatus = {
    ACTIVE: "ACTIVE",
    CREATING: "CREATING",
    DELETING: "DELETING",
    FAILED: "FAILED",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const DatasetSchemaType = {
    AGENTCORE_EVALUATION_PREDEFINED_V1: "AGENTCORE_EVALUATION_PREDEFINED_V1",
    AGENTCORE_EVALUATION_SIMULATED_V1: "AGENTCORE_EVALUATION_SIMULATED_V1",
    THIRD_PARTY_EVALUATION_V1: "THIRD_PARTY_EVALUATION_V1",
};
const DraftStatus = {
    MODIFIED: "MODIFIED",
    UNMODIFIED: "UNMODIFIED",
};
const EvaluatorLevel = {
    SESSION: "SESSION",
    TOOL_CALL: "TOOL_CALL",
    TRACE: "TRACE",
};
const EvaluatorStatus = {
    ACTIVE: "ACTIVE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETING: "DELETING",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const IncludedData = {
    ALL_DATA: "ALL_DATA",
    METADATA_ONLY: "METADATA_ONLY",
};
const EvaluatorType = {
    BUILTIN: "Builtin",
    CODE: "CustomCode",
    CUSTOM: "Custom",
    CUSTOM_DERIVED: "CustomDerived",
    THIRD_PARTY: "ThirdParty",
};
const Provider = {
    AUTO_EVAL: "AutoEval",
    AWS: "AWS",
    CUSTOM: "Custom",
    DEEP_EVAL: "DeepEval",
};
const Period = {
    MINUTE: "minute",
    SECOND: "second",
};
const GatewayRateLimitStatus = {
    ACTIVE: "ACTIVE",
    CREATING: "CREATING",
    DELETING: "DELETING",
    UPDATING: "UPDATING",
};
const AuthorizerType = {
    AUTHENTICATE_ONLY: "AUTHENTICATE_ONLY",
    AWS_IAM: "AWS_IAM",
    CUSTOM_JWT: "CUSTOM_JWT",
    NONE: "NONE",
};
const ExceptionLevel = {
    DEBUG: "DEBUG",
};
const InterceptorPayloadExclusion = {
    RESPONSE_BODY: "RESPONSE_BODY",
};
const GatewayInterceptionPoint = {
    REQUEST: "REQUEST",
    RESPONSE: "RESPONSE",
};
const GatewayPolicyEngineMode = {
    ENFORCE: "ENFORCE",
    LOG_ONLY: "LOG_ONLY",
};
const SearchType = {
    SEMANTIC: "SEMANTIC",
};
const GatewayProtocolType = {
    MCP: "MCP",
};
const GatewayStatus = {
    CREATING: "CREATING",
    DELETING: "DELETING",
    FAILED: "FAILED",
    READY: "READY",
    UPDATE_UNSUCCESSFUL: "UPDATE_UNSUCCESSFUL",
    UPDATING: "UPDATING",
};
const WafFailureMode = {
    FAIL_CLOSE: "FAIL_CLOSE",
    FAIL_OPEN: "FAIL_OPEN",
};
const PrincipalMatchOperator = {
    StringEquals: "StringEquals",
    StringLike: "StringLike",
};
const GatewayRuleStatus = {
    ACTIVE: "ACTIVE",
    CREATING: "CREATING",
    DELETING: "DELETING",
    UPDATING: "UPDATING",
};
const ApiKeyCredentialLocation = {
    HEADER: "HEADER",
    QUERY_PARAMETER: "QUERY_PARAMETER",
};
const OAuthGrantType = {
    AUTHORIZATION_CODE: "AUTHORIZATION_CODE",
    CLIENT_CREDENTIALS: "CLIENT_CREDENTIALS",
    TOKEN_EXCHANGE: "TOKEN_EXCHANGE",
};
const CredentialProviderType = {
    API_KEY: "API_KEY",
    CALLER_IAM_CREDENTIALS: "CALLER_IAM_CREDENTIALS",
    GATEWAY_IAM_ROLE: "GATEWAY_IAM_ROLE",
    JWT_PASSTHROUGH: "JWT_PASSTHROUGH",
    OAUTH: "OAUTH",
};
const PassthroughProtocolType = {
    A2A: "A2A",
    CUSTOM: "CUSTOM",
    INFERENCE: "INFERENCE",
    MCP: "MCP",
};
const StaticQueryParameterConflictResolution = {
    CLIENT_OVERRIDE: "CLIENT_OVERRIDE",
    STATIC_OVERRIDE: "STATIC_OVERRIDE",
};
const RestApiMethod = {
    DELETE: "DELETE",
    GET: "GET",
    HEAD: "HEAD",
    OPTIONS: "OPTIONS",
    PATCH: "PATCH",
    POST: "POST",
    PUT: "PUT",
};
const SchemaType = {
    ARRAY: "array",
    BOOLEAN: "boolean",
    INTEGER: "integer",
    NUMBER: "number",
    OBJECT: "object",
    STRING: "string",
};
const ListingMode = {
    DEFAULT: "DEFAULT",
    DYNAMIC: "DYNAMIC",
};
const TargetProtocolType = {
    HTTP: "HTTP",
    MCP: "MCP",
};
const TargetStatus = {
    CREATE_PENDING_AUTH: "CREATE_PENDING_AUTH",
    CREATING: "CREATING",
    DELETING: "DELETING",
    FAILED: "FAILED",
    READY: "READY",
    SYNCHRONIZE_PENDING_AUTH: "SYNCHRONIZE_PENDING_AUTH",
    SYNCHRONIZE_UNSUCCESSFUL: "SYNCHRONIZE_UNSUCCESSFUL",
    SYNCHRONIZING: "SYNCHRONIZING",
    UPDATE_PENDING_AUTH: "UPDATE_PENDING_AUTH",
    UPDATE_UNSUCCESSFUL: "UPDATE_UNSUCCESSFUL",
    UPDATING: "UPDATING",
};
const TargetType = {
    AGENTCORE_RUNTIME: "AGENTCORE_RUNTIME",
    API_GATEWAY: "API_GATEWAY",
    CONNECTOR: "CONNECTOR",
    HTTP_CONNECTOR: "HTTP_CONNECTOR",
    LAMBDA: "LAMBDA",
    MCP_SERVER: "MCP_SERVER",
    OPEN_API_SCHEMA: "OPEN_API_SCHEMA",
    PASSTHROUGH: "PASSTHROUGH",
    PROVIDER: "PROVIDER",
    SMITHY_MODEL: "SMITHY_MODEL",
};
const KeyType = {
    CustomerManagedKey: "CustomerManagedKey",
    ServiceManagedKey: "ServiceManagedKey",
};
const HarnessEndpointStatus = {
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    READY: "READY",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const HarnessHookFailureMode = {
    ALLOW: "allow",
    DENY: "deny",
};
const HarnessManagedMemoryStrategyType = {
    EPISODIC: "EPISODIC",
    SEMANTIC: "SEMANTIC",
    SUMMARIZATION: "SUMMARIZATION",
    USER_PREFERENCE: "USER_PREFERENCE",
};
const HarnessBedrockApiFormat = {
    CHAT_COMPLETIONS: "chat_completions",
    CONVERSE_STREAM: "converse_stream",
    RESPONSES: "responses",
};
const HarnessOpenAiApiFormat = {
    CHAT_COMPLETIONS: "chat_completions",
    RESPONSES: "responses",
};
const HarnessToolType = {
    AGENTCORE_BROWSER: "agentcore_browser",
    AGENTCORE_CODE_INTERPRETER: "agentcore_code_interpreter",
    AGENTCORE_GATEWAY: "agentcore_gateway",
    INLINE_FUNCTION: "inline_function",
    REMOTE_MCP: "remote_mcp",
};
const HarnessTruncationStrategy = {
    NONE: "none",
    SLIDING_WINDOW: "sliding_window",
    SUMMARIZATION: "summarization",
};
const HarnessStatus = {
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    READY: "READY",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const MetadataValueType = {
    NUMBER: "NUMBER",
    STRING: "STRING",
    STRINGLIST: "STRINGLIST",
};
const ExtractionType = {
    LLM_INFERRED: "LLM_INFERRED",
    STRICTLY_CONSISTENT: "STRICTLY_CONSISTENT",
};
const ContentLevel = {
    FULL_CONTENT: "FULL_CONTENT",
    METADATA_ONLY: "METADATA_ONLY",
};
const ContentType = {
    MEMORY_RECORDS: "MEMORY_RECORDS",
};
const MemoryStatus = {
    ACTIVE: "ACTIVE",
    CREATING: "CREATING",
    DELETING: "DELETING",
    FAILED: "FAILED",
    UPDATING: "UPDATING",
};
const OverrideType = {
    EPISODIC_OVERRIDE: "EPISODIC_OVERRIDE",
    SELF_MANAGED: "SELF_MANAGED",
    SEMANTIC_OVERRIDE: "SEMANTIC_OVERRIDE",
    SUMMARY_OVERRIDE: "SUMMARY_OVERRIDE",
    USER_PREFERENCE_OVERRIDE: "USER_PREFERENCE_OVERRIDE",
};
const MemoryStrategyStatus = {
    ACTIVE: "ACTIVE",
    CREATING: "CREATING",
    DELETING: "DELETING",
    FAILED: "FAILED",
};
const MemoryStrategyType = {
    CUSTOM: "CUSTOM",
    EPISODIC: "EPISODIC",
    SEMANTIC: "SEMANTIC",
    SUMMARIZATION: "SUMMARIZATION",
    USER_PREFERENCE: "USER_PREFERENCE",
};
const MemoryView = {
    FULL: "full",
    WITHOUT_DECRYPTION: "without_decryption",
};
const CredentialProviderVendorType = {
    AtlassianOauth2: "AtlassianOauth2",
    Auth0Oauth2: "Auth0Oauth2",
    CognitoOauth2: "CognitoOauth2",
    CustomOauth2: "CustomOauth2",
    CyberArkOauth2: "CyberArkOauth2",
    DropboxOauth2: "DropboxOauth2",
    FacebookOauth2: "FacebookOauth2",
    FusionAuthOauth2: "FusionAuthOauth2",
    GithubOauth2: "GithubOauth2",
    GoogleOauth2: "GoogleOauth2",
    HubspotOauth2: "HubspotOauth2",
    LinkedinOauth2: "LinkedinOauth2",
    MicrosoftOauth2: "MicrosoftOauth2",
    NotionOauth2: "NotionOauth2",
    OktaOauth2: "OktaOauth2",
    OneLoginOauth2: "OneLoginOauth2",
    PingOneOauth2: "PingOneOauth2",
    RedditOauth2: "RedditOauth2",
    SalesforceOauth2: "SalesforceOauth2",
    SlackOauth2: "SlackOauth2",
    SpotifyOauth2: "SpotifyOauth2",
    TwitchOauth2: "TwitchOauth2",
    XOauth2: "XOauth2",
    YandexOauth2: "YandexOauth2",
    ZoomOauth2: "ZoomOauth2",
};
const ClientAuthenticationMethodType = {
    AWS_IAM_ID_TOKEN_JWT: "AWS_IAM_ID_TOKEN_JWT",
    CLIENT_SECRET_BASIC: "CLIENT_SECRET_BASIC",
    CLIENT_SECRET_POST: "CLIENT_SECRET_POST",
    PRIVATE_KEY_JWT: "PRIVATE_KEY_JWT",
};
const OnBehalfOfTokenExchangeGrantTypeType = {
    JWT_AUTHORIZATION_GRANT: "JWT_AUTHORIZATION_GRANT",
    TOKEN_EXCHANGE: "TOKEN_EXCHANGE",
};
const SigningAlgorithm = {
    ES256: "ES256",
    PS256: "PS256",
    RS256: "RS256",
};
const Status = {
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    READY: "READY",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const ClusteringFrequency = {
    DAILY: "DAILY",
    MONTHLY: "MONTHLY",
    WEEKLY: "WEEKLY",
};
const ResultDestination = {
    DEDICATED_LOG_GROUP: "DEDICATED_LOG_GROUP",
    SOURCE_LOG_GROUP: "SOURCE_LOG_GROUP",
};
const FilterOperator = {
    CONTAINS: "Contains",
    EQUALS: "Equals",
    GREATER_THAN: "GreaterThan",
    GREATER_THAN_OR_EQUAL: "GreaterThanOrEqual",
    LESS_THAN: "LessThan",
    LESS_THAN_OR_EQUAL: "LessThanOrEqual",
    NOT_CONTAINS: "NotContains",
    NOT_EQUALS: "NotEquals",
};
const OnlineEvaluationExecutionStatus = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const OnlineEvaluationConfigStatus = {
    ACTIVE: "ACTIVE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETING: "DELETING",
    ERROR: "ERROR",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const PaymentCredentialProviderVendorType = {
    CoinbaseCDP: "CoinbaseCDP",
    StripePrivy: "StripePrivy",
};
const PaymentsAuthorizerType = {
    AWS_IAM: "AWS_IAM",
    CUSTOM_JWT: "CUSTOM_JWT",
};
const PaymentManagerStatus = {
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    READY: "READY",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const PaymentConnectorProvisionMode = {
    MANUAL: "MANUAL",
    QUICK_CREATE: "QUICK_CREATE",
};
const PaymentConnectorType = {
    COINBASE_CDP: "CoinbaseCDP",
    STRIPE_PRIVY: "StripePrivy",
};
const PaymentConnectorStatus = {
    AUTHENTICATION_EXPIRED: "AUTHENTICATION_EXPIRED",
    AUTHENTICATION_FAILED: "AUTHENTICATION_FAILED",
    AWS_MARKETPLACE_SUBSCRIPTION_REQUIRED: "AWS_MARKETPLACE_SUBSCRIPTION_REQUIRED",
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    PENDING_AUTHENTICATION: "PENDING_AUTHENTICATION",
    PROVISIONING: "PROVISIONING",
    READY: "READY",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const CoinbaseCdpSecret = {
    API_KEY: "API_KEY",
    WALLET_SECRET: "WALLET_SECRET",
};
const PolicyEngineStatus = {
    ACTIVE: "ACTIVE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const PolicyGenerationStatus = {
    DELETE_FAILED: "DELETE_FAILED",
    GENERATED: "GENERATED",
    GENERATE_FAILED: "GENERATE_FAILED",
    GENERATING: "GENERATING",
};
const FindingType = {
    ALLOW_ALL: "ALLOW_ALL",
    ALLOW_NONE: "ALLOW_NONE",
    DENY_ALL: "DENY_ALL",
    DENY_NONE: "DENY_NONE",
    INVALID: "INVALID",
    NOT_TRANSLATABLE: "NOT_TRANSLATABLE",
    VALID: "VALID",
};
const EnforcementMode = {
    ACTIVE: "ACTIVE",
    LOG_ONLY: "LOG_ONLY",
};
const PolicyValidationMode = {
    FAIL_ON_ANY_FINDINGS: "FAIL_ON_ANY_FINDINGS",
    IGNORE_ALL_FINDINGS: "IGNORE_ALL_FINDINGS",
};
const PolicyStatus = {
    ACTIVE: "ACTIVE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const DescriptorType = {
    A2A: "A2A",
    AGENT_SKILLS: "AGENT_SKILLS",
    CUSTOM: "CUSTOM",
    MCP: "MCP",
};
const RegistryRecordOAuthGrantType = {
    CLIENT_CREDENTIALS: "CLIENT_CREDENTIALS",
};
const RegistryRecordCredentialProviderType = {
    IAM: "IAM",
    OAUTH: "OAUTH",
};
const SynchronizationType = {
    URL: "URL",
};
const RegistryRecordStatus = {
    APPROVED: "APPROVED",
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DEPRECATED: "DEPRECATED",
    DRAFT: "DRAFT",
    PENDING_APPROVAL: "PENDING_APPROVAL",
    REJECTED: "REJECTED",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const RegistryAuthorizerType = {
    AWS_IAM: "AWS_IAM",
    CUSTOM_JWT: "CUSTOM_JWT",
};
const RegistryStatus = {
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    READY: "READY",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};

__webpack_unused_export__ = A2aDescriptor$;
__webpack_unused_export__ = AccessDeniedException;
__webpack_unused_export__ = AccessDeniedException$;
__webpack_unused_export__ = Action$;
__webpack_unused_export__ = ActorTokenContentType;
__webpack_unused_export__ = AddDatasetExamples$;
__webpack_unused_export__ = AddDatasetExamplesCommand;
__webpack_unused_export__ = AddDatasetExamplesRequest$;
__webpack_unused_export__ = AddDatasetExamplesResponse$;
__webpack_unused_export__ = AgentCardDefinition$;
__webpack_unused_export__ = AgentManagedRuntimeType;
__webpack_unused_export__ = AgentRuntime$;
__webpack_unused_export__ = AgentRuntimeArtifact$;
__webpack_unused_export__ = AgentRuntimeEndpoint$;
__webpack_unused_export__ = AgentRuntimeEndpointStatus;
__webpack_unused_export__ = AgentRuntimeStatus;
__webpack_unused_export__ = AgentRuntimeVersionSummary$;
__webpack_unused_export__ = AgentSkillsDescriptor$;
__webpack_unused_export__ = AllowedWorkloadConfiguration$;
__webpack_unused_export__ = ApiGatewayTargetConfiguration$;
__webpack_unused_export__ = ApiGatewayToolConfiguration$;
__webpack_unused_export__ = ApiGatewayToolFilter$;
__webpack_unused_export__ = ApiGatewayToolOverride$;
__webpack_unused_export__ = ApiKeyCredentialLocation;
__webpack_unused_export__ = ApiKeyCredentialProviderItem$;
__webpack_unused_export__ = ApiSchemaConfiguration$;
__webpack_unused_export__ = ApprovalConfiguration$;
__webpack_unused_export__ = AtlassianOauth2ProviderConfigInput$;
__webpack_unused_export__ = AtlassianOauth2ProviderConfigOutput$;
__webpack_unused_export__ = AuthorizationData$;
__webpack_unused_export__ = AuthorizerConfiguration$;
__webpack_unused_export__ = AuthorizerType;
__webpack_unused_export__ = AuthorizingClaimMatchValueType$;
__webpack_unused_export__ = BatchPutGatewayRateLimits$;
__webpack_unused_export__ = BatchPutGatewayRateLimitsCommand;
__webpack_unused_export__ = BatchPutGatewayRateLimitsRequest$;
__webpack_unused_export__ = BatchPutGatewayRateLimitsResponse$;
__webpack_unused_export__ = BatchPutLimitEntry$;
__webpack_unused_export__ = BedrockAgentCoreControl;
exports.zdA = BedrockAgentCoreControlClient;
__webpack_unused_export__ = BedrockAgentCoreControlServiceException;
__webpack_unused_export__ = BedrockAgentCoreControlServiceException$;
__webpack_unused_export__ = BedrockEvaluatorModelConfig$;
__webpack_unused_export__ = BrowserEnterprisePolicy$;
__webpack_unused_export__ = BrowserEnterprisePolicyType;
__webpack_unused_export__ = BrowserNetworkConfiguration$;
__webpack_unused_export__ = BrowserNetworkMode;
__webpack_unused_export__ = BrowserProfileStatus;
__webpack_unused_export__ = BrowserProfileSummary$;
__webpack_unused_export__ = BrowserSigningConfigInput$;
__webpack_unused_export__ = BrowserSigningConfigOutput$;
__webpack_unused_export__ = BrowserStatus;
__webpack_unused_export__ = BrowserSummary$;
__webpack_unused_export__ = CapacityProviderConfiguration$;
__webpack_unused_export__ = CapacityProviderStatus;
__webpack_unused_export__ = CapacityProviderStatusCode;
__webpack_unused_export__ = CapacityProviderSummary$;
__webpack_unused_export__ = CapacityProviderVolumeConfiguration$;
__webpack_unused_export__ = CapacityReservationPreference;
__webpack_unused_export__ = CapacityReservationSpecification$;
__webpack_unused_export__ = CapacityReservationTarget$;
__webpack_unused_export__ = CategoricalScaleDefinition$;
__webpack_unused_export__ = CedarPolicy$;
__webpack_unused_export__ = Certificate$;
__webpack_unused_export__ = CertificateLocation$;
__webpack_unused_export__ = ClaimMatchOperatorType;
__webpack_unused_export__ = ClaimMatchValueType$;
__webpack_unused_export__ = ClientAuthenticationMethodType;
__webpack_unused_export__ = CloudWatchLogsInputConfig$;
__webpack_unused_export__ = CloudWatchOutputConfig$;
__webpack_unused_export__ = ClusteringConfig$;
__webpack_unused_export__ = ClusteringFrequency;
__webpack_unused_export__ = Code$;
__webpack_unused_export__ = CodeBasedEvaluatorConfig$;
__webpack_unused_export__ = CodeConfiguration$;
__webpack_unused_export__ = CodeInterpreterNetworkConfiguration$;
__webpack_unused_export__ = CodeInterpreterNetworkMode;
__webpack_unused_export__ = CodeInterpreterStatus;
__webpack_unused_export__ = CodeInterpreterSummary$;
__webpack_unused_export__ = CoinbaseCdpConfigurationInput$;
__webpack_unused_export__ = CoinbaseCdpConfigurationOutput$;
__webpack_unused_export__ = CoinbaseCdpRotationTargets$;
__webpack_unused_export__ = CoinbaseCdpSecret;
__webpack_unused_export__ = ComponentConfiguration$;
__webpack_unused_export__ = ComputeConfiguration$;
__webpack_unused_export__ = ConcurrentModificationException;
__webpack_unused_export__ = ConcurrentModificationException$;
__webpack_unused_export__ = Condition$;
__webpack_unused_export__ = ConfigurationBundleAction$;
__webpack_unused_export__ = ConfigurationBundleReference$;
__webpack_unused_export__ = ConfigurationBundleStatus;
__webpack_unused_export__ = ConfigurationBundleSummary$;
__webpack_unused_export__ = ConfigurationBundleVersionSummary$;
__webpack_unused_export__ = ConflictException;
__webpack_unused_export__ = ConflictException$;
__webpack_unused_export__ = ConnectorConfiguration$;
__webpack_unused_export__ = ConnectorParameterOverride$;
__webpack_unused_export__ = ConnectorSource$;
__webpack_unused_export__ = ConnectorTargetConfiguration$;
__webpack_unused_export__ = ConsentPortalIdpConfig$;
__webpack_unused_export__ = ConsentPortalSource$;
__webpack_unused_export__ = ConsentPortalSourceType;
__webpack_unused_export__ = ConsentPortalStatus;
__webpack_unused_export__ = ConsentPortalSummary$;
__webpack_unused_export__ = ConsolidationConfiguration$;
__webpack_unused_export__ = ContainerConfiguration$;
__webpack_unused_export__ = Content$;
__webpack_unused_export__ = ContentConfiguration$;
__webpack_unused_export__ = ContentLevel;
__webpack_unused_export__ = ContentType;
__webpack_unused_export__ = CreateAgentRuntime$;
exports.D0S = CreateAgentRuntimeCommand;
__webpack_unused_export__ = CreateAgentRuntimeEndpoint$;
__webpack_unused_export__ = CreateAgentRuntimeEndpointCommand;
__webpack_unused_export__ = CreateAgentRuntimeEndpointRequest$;
__webpack_unused_export__ = CreateAgentRuntimeEndpointResponse$;
__webpack_unused_export__ = CreateAgentRuntimeRequest$;
__webpack_unused_export__ = CreateAgentRuntimeResponse$;
__webpack_unused_export__ = CreateApiKeyCredentialProvider$;
__webpack_unused_export__ = CreateApiKeyCredentialProviderCommand;
__webpack_unused_export__ = CreateApiKeyCredentialProviderRequest$;
__webpack_unused_export__ = CreateApiKeyCredentialProviderResponse$;
__webpack_unused_export__ = CreateBrowser$;
__webpack_unused_export__ = CreateBrowserCommand;
__webpack_unused_export__ = CreateBrowserProfile$;
__webpack_unused_export__ = CreateBrowserProfileCommand;
__webpack_unused_export__ = CreateBrowserProfileRequest$;
__webpack_unused_export__ = CreateBrowserProfileResponse$;
__webpack_unused_export__ = CreateBrowserRequest$;
__webpack_unused_export__ = CreateBrowserResponse$;
__webpack_unused_export__ = CreateCapacityProvider$;
__webpack_unused_export__ = CreateCapacityProviderCommand;
__webpack_unused_export__ = CreateCapacityProviderInput$;
__webpack_unused_export__ = CreateCapacityProviderOutput$;
__webpack_unused_export__ = CreateCodeInterpreter$;
__webpack_unused_export__ = CreateCodeInterpreterCommand;
__webpack_unused_export__ = CreateCodeInterpreterRequest$;
__webpack_unused_export__ = CreateCodeInterpreterResponse$;
__webpack_unused_export__ = CreateConfigurationBundle$;
__webpack_unused_export__ = CreateConfigurationBundleCommand;
__webpack_unused_export__ = CreateConfigurationBundleRequest$;
__webpack_unused_export__ = CreateConfigurationBundleResponse$;
__webpack_unused_export__ = CreateConsentPortal$;
__webpack_unused_export__ = CreateConsentPortalCommand;
__webpack_unused_export__ = CreateConsentPortalRequest$;
__webpack_unused_export__ = CreateConsentPortalResponse$;
__webpack_unused_export__ = CreateDataset$;
__webpack_unused_export__ = CreateDatasetCommand;
__webpack_unused_export__ = CreateDatasetRequest$;
__webpack_unused_export__ = CreateDatasetResponse$;
__webpack_unused_export__ = CreateDatasetVersion$;
__webpack_unused_export__ = CreateDatasetVersionCommand;
__webpack_unused_export__ = CreateDatasetVersionRequest$;
__webpack_unused_export__ = CreateDatasetVersionResponse$;
__webpack_unused_export__ = CreateEvaluator$;
__webpack_unused_export__ = CreateEvaluatorCommand;
__webpack_unused_export__ = CreateEvaluatorRequest$;
__webpack_unused_export__ = CreateEvaluatorResponse$;
__webpack_unused_export__ = CreateGateway$;
__webpack_unused_export__ = CreateGatewayCommand;
__webpack_unused_export__ = CreateGatewayRateLimit$;
__webpack_unused_export__ = CreateGatewayRateLimitCommand;
__webpack_unused_export__ = CreateGatewayRateLimitRequest$;
__webpack_unused_export__ = CreateGatewayRateLimitResponse$;
__webpack_unused_export__ = CreateGatewayRequest$;
__webpack_unused_export__ = CreateGatewayResponse$;
__webpack_unused_export__ = CreateGatewayRule$;
__webpack_unused_export__ = CreateGatewayRuleCommand;
__webpack_unused_export__ = CreateGatewayRuleRequest$;
__webpack_unused_export__ = CreateGatewayRuleResponse$;
__webpack_unused_export__ = CreateGatewayTarget$;
__webpack_unused_export__ = CreateGatewayTargetCommand;
__webpack_unused_export__ = CreateGatewayTargetRequest$;
__webpack_unused_export__ = CreateGatewayTargetResponse$;
__webpack_unused_export__ = CreateHarness$;
__webpack_unused_export__ = CreateHarnessCommand;
__webpack_unused_export__ = CreateHarnessEndpoint$;
__webpack_unused_export__ = CreateHarnessEndpointCommand;
__webpack_unused_export__ = CreateHarnessEndpointRequest$;
__webpack_unused_export__ = CreateHarnessEndpointResponse$;
__webpack_unused_export__ = CreateHarnessRequest$;
__webpack_unused_export__ = CreateHarnessResponse$;
__webpack_unused_export__ = CreateMemory$;
__webpack_unused_export__ = CreateMemoryCommand;
__webpack_unused_export__ = CreateMemoryInput$;
__webpack_unused_export__ = CreateMemoryOutput$;
__webpack_unused_export__ = CreateOauth2CredentialProvider$;
__webpack_unused_export__ = CreateOauth2CredentialProviderCommand;
__webpack_unused_export__ = CreateOauth2CredentialProviderRequest$;
__webpack_unused_export__ = CreateOauth2CredentialProviderResponse$;
__webpack_unused_export__ = CreateOnlineEvaluationConfig$;
__webpack_unused_export__ = CreateOnlineEvaluationConfigCommand;
__webpack_unused_export__ = CreateOnlineEvaluationConfigRequest$;
__webpack_unused_export__ = CreateOnlineEvaluationConfigResponse$;
__webpack_unused_export__ = CreatePaymentConnector$;
__webpack_unused_export__ = CreatePaymentConnectorCommand;
__webpack_unused_export__ = CreatePaymentConnectorRequest$;
__webpack_unused_export__ = CreatePaymentConnectorResponse$;
__webpack_unused_export__ = CreatePaymentCredentialProvider$;
__webpack_unused_export__ = CreatePaymentCredentialProviderCommand;
__webpack_unused_export__ = CreatePaymentCredentialProviderRequest$;
__webpack_unused_export__ = CreatePaymentCredentialProviderResponse$;
__webpack_unused_export__ = CreatePaymentManager$;
__webpack_unused_export__ = CreatePaymentManagerCommand;
__webpack_unused_export__ = CreatePaymentManagerRequest$;
__webpack_unused_export__ = CreatePaymentManagerResponse$;
__webpack_unused_export__ = CreatePolicy$;
__webpack_unused_export__ = CreatePolicyCommand;
__webpack_unused_export__ = CreatePolicyEngine$;
__webpack_unused_export__ = CreatePolicyEngineCommand;
__webpack_unused_export__ = CreatePolicyEngineRequest$;
__webpack_unused_export__ = CreatePolicyEngineResponse$;
__webpack_unused_export__ = CreatePolicyRequest$;
__webpack_unused_export__ = CreatePolicyResponse$;
__webpack_unused_export__ = CreateRegistry$;
__webpack_unused_export__ = CreateRegistryCommand;
__webpack_unused_export__ = CreateRegistryRecord$;
__webpack_unused_export__ = CreateRegistryRecordCommand;
__webpack_unused_export__ = CreateRegistryRecordRequest$;
__webpack_unused_export__ = CreateRegistryRecordResponse$;
__webpack_unused_export__ = CreateRegistryRequest$;
__webpack_unused_export__ = CreateRegistryResponse$;
__webpack_unused_export__ = CreateWorkloadIdentity$;
__webpack_unused_export__ = CreateWorkloadIdentityCommand;
__webpack_unused_export__ = CreateWorkloadIdentityRequest$;
__webpack_unused_export__ = CreateWorkloadIdentityResponse$;
__webpack_unused_export__ = CredentialProvider$;
__webpack_unused_export__ = CredentialProviderConfiguration$;
__webpack_unused_export__ = CredentialProviderType;
__webpack_unused_export__ = CredentialProviderVendorType;
__webpack_unused_export__ = CredentialRotationConfig$;
__webpack_unused_export__ = CredentialsProviderConfiguration$;
__webpack_unused_export__ = CustomClaimValidationType$;
__webpack_unused_export__ = CustomConfigurationInput$;
__webpack_unused_export__ = CustomConsolidationConfiguration$;
__webpack_unused_export__ = CustomConsolidationConfigurationInput$;
__webpack_unused_export__ = CustomDescriptor$;
__webpack_unused_export__ = CustomExtractionConfiguration$;
__webpack_unused_export__ = CustomExtractionConfigurationInput$;
__webpack_unused_export__ = CustomJWTAuthorizerConfiguration$;
__webpack_unused_export__ = CustomMemoryStrategyInput$;
__webpack_unused_export__ = CustomOauth2ProviderConfigInput$;
__webpack_unused_export__ = CustomOauth2ProviderConfigOutput$;
__webpack_unused_export__ = CustomReflectionConfiguration$;
__webpack_unused_export__ = CustomReflectionConfigurationInput$;
__webpack_unused_export__ = CustomTransformConfiguration$;
__webpack_unused_export__ = DataSourceConfig$;
__webpack_unused_export__ = DataSourceType$;
__webpack_unused_export__ = DatasetSchemaType;
__webpack_unused_export__ = DatasetStatus;
__webpack_unused_export__ = DatasetSummary$;
__webpack_unused_export__ = DatasetVersionSummary$;
__webpack_unused_export__ = DecryptionFailure;
__webpack_unused_export__ = DecryptionFailure$;
__webpack_unused_export__ = DeleteAgentRuntime$;
__webpack_unused_export__ = DeleteAgentRuntimeCommand;
__webpack_unused_export__ = DeleteAgentRuntimeEndpoint$;
__webpack_unused_export__ = DeleteAgentRuntimeEndpointCommand;
__webpack_unused_export__ = DeleteAgentRuntimeEndpointRequest$;
__webpack_unused_export__ = DeleteAgentRuntimeEndpointResponse$;
__webpack_unused_export__ = DeleteAgentRuntimeRequest$;
__webpack_unused_export__ = DeleteAgentRuntimeResponse$;
__webpack_unused_export__ = DeleteApiKeyCredentialProvider$;
__webpack_unused_export__ = DeleteApiKeyCredentialProviderCommand;
__webpack_unused_export__ = DeleteApiKeyCredentialProviderRequest$;
__webpack_unused_export__ = DeleteApiKeyCredentialProviderResponse$;
__webpack_unused_export__ = DeleteBrowser$;
__webpack_unused_export__ = DeleteBrowserCommand;
__webpack_unused_export__ = DeleteBrowserProfile$;
__webpack_unused_export__ = DeleteBrowserProfileCommand;
__webpack_unused_export__ = DeleteBrowserProfileRequest$;
__webpack_unused_export__ = DeleteBrowserProfileResponse$;
__webpack_unused_export__ = DeleteBrowserRequest$;
__webpack_unused_export__ = DeleteBrowserResponse$;
__webpack_unused_export__ = DeleteCapacityProvider$;
__webpack_unused_export__ = DeleteCapacityProviderCommand;
__webpack_unused_export__ = DeleteCapacityProviderInput$;
__webpack_unused_export__ = DeleteCapacityProviderOutput$;
__webpack_unused_export__ = DeleteCodeInterpreter$;
__webpack_unused_export__ = DeleteCodeInterpreterCommand;
__webpack_unused_export__ = DeleteCodeInterpreterRequest$;
__webpack_unused_export__ = DeleteCodeInterpreterResponse$;
__webpack_unused_export__ = DeleteConfigurationBundle$;
__webpack_unused_export__ = DeleteConfigurationBundleCommand;
__webpack_unused_export__ = DeleteConfigurationBundleRequest$;
__webpack_unused_export__ = DeleteConfigurationBundleResponse$;
__webpack_unused_export__ = DeleteConsentPortal$;
__webpack_unused_export__ = DeleteConsentPortalCommand;
__webpack_unused_export__ = DeleteConsentPortalRequest$;
__webpack_unused_export__ = DeleteConsentPortalResponse$;
__webpack_unused_export__ = DeleteDataset$;
__webpack_unused_export__ = DeleteDatasetCommand;
__webpack_unused_export__ = DeleteDatasetExamples$;
__webpack_unused_export__ = DeleteDatasetExamplesCommand;
__webpack_unused_export__ = DeleteDatasetExamplesRequest$;
__webpack_unused_export__ = DeleteDatasetExamplesResponse$;
__webpack_unused_export__ = DeleteDatasetRequest$;
__webpack_unused_export__ = DeleteDatasetResponse$;
__webpack_unused_export__ = DeleteEvaluator$;
__webpack_unused_export__ = DeleteEvaluatorCommand;
__webpack_unused_export__ = DeleteEvaluatorRequest$;
__webpack_unused_export__ = DeleteEvaluatorResponse$;
__webpack_unused_export__ = DeleteGateway$;
__webpack_unused_export__ = DeleteGatewayCommand;
__webpack_unused_export__ = DeleteGatewayRateLimit$;
__webpack_unused_export__ = DeleteGatewayRateLimitCommand;
__webpack_unused_export__ = DeleteGatewayRateLimitRequest$;
__webpack_unused_export__ = DeleteGatewayRateLimitResponse$;
__webpack_unused_export__ = DeleteGatewayRequest$;
__webpack_unused_export__ = DeleteGatewayResponse$;
__webpack_unused_export__ = DeleteGatewayRule$;
__webpack_unused_export__ = DeleteGatewayRuleCommand;
__webpack_unused_export__ = DeleteGatewayRuleRequest$;
__webpack_unused_export__ = DeleteGatewayRuleResponse$;
__webpack_unused_export__ = DeleteGatewayTarget$;
__webpack_unused_export__ = DeleteGatewayTargetCommand;
__webpack_unused_export__ = DeleteGatewayTargetRequest$;
__webpack_unused_export__ = DeleteGatewayTargetResponse$;
__webpack_unused_export__ = DeleteHarness$;
__webpack_unused_export__ = DeleteHarnessCommand;
__webpack_unused_export__ = DeleteHarnessEndpoint$;
__webpack_unused_export__ = DeleteHarnessEndpointCommand;
__webpack_unused_export__ = DeleteHarnessEndpointRequest$;
__webpack_unused_export__ = DeleteHarnessEndpointResponse$;
__webpack_unused_export__ = DeleteHarnessRequest$;
__webpack_unused_export__ = DeleteHarnessResponse$;
__webpack_unused_export__ = DeleteMemory$;
__webpack_unused_export__ = DeleteMemoryCommand;
__webpack_unused_export__ = DeleteMemoryInput$;
__webpack_unused_export__ = DeleteMemoryOutput$;
__webpack_unused_export__ = DeleteMemoryStrategyInput$;
__webpack_unused_export__ = DeleteOauth2CredentialProvider$;
__webpack_unused_export__ = DeleteOauth2CredentialProviderCommand;
__webpack_unused_export__ = DeleteOauth2CredentialProviderRequest$;
__webpack_unused_export__ = DeleteOauth2CredentialProviderResponse$;
__webpack_unused_export__ = DeleteOnlineEvaluationConfig$;
__webpack_unused_export__ = DeleteOnlineEvaluationConfigCommand;
__webpack_unused_export__ = DeleteOnlineEvaluationConfigRequest$;
__webpack_unused_export__ = DeleteOnlineEvaluationConfigResponse$;
__webpack_unused_export__ = DeletePaymentConnector$;
__webpack_unused_export__ = DeletePaymentConnectorCommand;
__webpack_unused_export__ = DeletePaymentConnectorRequest$;
__webpack_unused_export__ = DeletePaymentConnectorResponse$;
__webpack_unused_export__ = DeletePaymentCredentialProvider$;
__webpack_unused_export__ = DeletePaymentCredentialProviderCommand;
__webpack_unused_export__ = DeletePaymentCredentialProviderRequest$;
__webpack_unused_export__ = DeletePaymentCredentialProviderResponse$;
__webpack_unused_export__ = DeletePaymentManager$;
__webpack_unused_export__ = DeletePaymentManagerCommand;
__webpack_unused_export__ = DeletePaymentManagerRequest$;
__webpack_unused_export__ = DeletePaymentManagerResponse$;
__webpack_unused_export__ = DeletePolicy$;
__webpack_unused_export__ = DeletePolicyCommand;
__webpack_unused_export__ = DeletePolicyEngine$;
__webpack_unused_export__ = DeletePolicyEngineCommand;
__webpack_unused_export__ = DeletePolicyEngineRequest$;
__webpack_unused_export__ = DeletePolicyEngineResponse$;
__webpack_unused_export__ = DeletePolicyRequest$;
__webpack_unused_export__ = DeletePolicyResponse$;
__webpack_unused_export__ = DeleteRegistry$;
__webpack_unused_export__ = DeleteRegistryCommand;
__webpack_unused_export__ = DeleteRegistryRecord$;
__webpack_unused_export__ = DeleteRegistryRecordCommand;
__webpack_unused_export__ = DeleteRegistryRecordRequest$;
__webpack_unused_export__ = DeleteRegistryRecordResponse$;
__webpack_unused_export__ = DeleteRegistryRequest$;
__webpack_unused_export__ = DeleteRegistryResponse$;
__webpack_unused_export__ = DeleteResourcePolicy$;
__webpack_unused_export__ = DeleteResourcePolicyCommand;
__webpack_unused_export__ = DeleteResourcePolicyRequest$;
__webpack_unused_export__ = DeleteResourcePolicyResponse$;
__webpack_unused_export__ = DeleteWorkloadIdentity$;
__webpack_unused_export__ = DeleteWorkloadIdentityCommand;
__webpack_unused_export__ = DeleteWorkloadIdentityRequest$;
__webpack_unused_export__ = DeleteWorkloadIdentityResponse$;
__webpack_unused_export__ = DerivedEvaluatorConfig$;
__webpack_unused_export__ = DescriptorType;
__webpack_unused_export__ = Descriptors$;
__webpack_unused_export__ = DraftStatus;
__webpack_unused_export__ = EbsVolumeConfiguration$;
__webpack_unused_export__ = EbsVolumeType;
__webpack_unused_export__ = Ec2Configuration$;
__webpack_unused_export__ = EfsAccessPointConfiguration$;
__webpack_unused_export__ = EfsConfiguration$;
__webpack_unused_export__ = EncryptionFailure;
__webpack_unused_export__ = EncryptionFailure$;
__webpack_unused_export__ = EndpointIpAddressType;
__webpack_unused_export__ = EnforcementMode;
__webpack_unused_export__ = EphemeralBlockDeviceMapping$;
__webpack_unused_export__ = EphemeralEBSVolumeConfiguration$;
__webpack_unused_export__ = EpisodicConsolidationOverride$;
__webpack_unused_export__ = EpisodicExtractionOverride$;
__webpack_unused_export__ = EpisodicMemoryStrategyInput$;
__webpack_unused_export__ = EpisodicOverrideConfigurationInput$;
__webpack_unused_export__ = EpisodicOverrideConsolidationConfigurationInput$;
__webpack_unused_export__ = EpisodicOverrideExtractionConfigurationInput$;
__webpack_unused_export__ = EpisodicOverrideReflectionConfigurationInput$;
__webpack_unused_export__ = EpisodicReflectionConfiguration$;
__webpack_unused_export__ = EpisodicReflectionConfigurationInput$;
__webpack_unused_export__ = EpisodicReflectionOverride$;
__webpack_unused_export__ = EvaluatorConfig$;
__webpack_unused_export__ = EvaluatorLevel;
__webpack_unused_export__ = EvaluatorModelConfig$;
__webpack_unused_export__ = EvaluatorReference$;
__webpack_unused_export__ = EvaluatorStatus;
__webpack_unused_export__ = EvaluatorSummary$;
__webpack_unused_export__ = EvaluatorType;
__webpack_unused_export__ = ExceptionLevel;
__webpack_unused_export__ = ExtractionConfig$;
__webpack_unused_export__ = ExtractionConfiguration$;
__webpack_unused_export__ = ExtractionType;
__webpack_unused_export__ = FilesystemConfiguration$;
__webpack_unused_export__ = Filter$;
__webpack_unused_export__ = FilterOperator;
__webpack_unused_export__ = FilterValue$;
__webpack_unused_export__ = Finding$;
__webpack_unused_export__ = FindingType;
__webpack_unused_export__ = FromUrlSynchronizationConfiguration$;
__webpack_unused_export__ = GatewayApiKeyCredentialProvider$;
__webpack_unused_export__ = GatewayInterceptionPoint;
__webpack_unused_export__ = GatewayInterceptorConfiguration$;
__webpack_unused_export__ = GatewayPolicyEngineConfiguration$;
__webpack_unused_export__ = GatewayPolicyEngineMode;
__webpack_unused_export__ = GatewayProtocolConfiguration$;
__webpack_unused_export__ = GatewayProtocolType;
__webpack_unused_export__ = GatewayRateLimitDetail$;
__webpack_unused_export__ = GatewayRateLimitStatus;
__webpack_unused_export__ = GatewayRuleDetail$;
__webpack_unused_export__ = GatewayRuleStatus;
__webpack_unused_export__ = GatewayStatus;
__webpack_unused_export__ = GatewaySummary$;
__webpack_unused_export__ = GatewayTarget$;
__webpack_unused_export__ = GetAgentRuntime$;
exports.lW8 = GetAgentRuntimeCommand;
__webpack_unused_export__ = GetAgentRuntimeEndpoint$;
exports.cKc = GetAgentRuntimeEndpointCommand;
__webpack_unused_export__ = GetAgentRuntimeEndpointRequest$;
__webpack_unused_export__ = GetAgentRuntimeEndpointResponse$;
__webpack_unused_export__ = GetAgentRuntimeRequest$;
__webpack_unused_export__ = GetAgentRuntimeResponse$;
__webpack_unused_export__ = GetApiKeyCredentialProvider$;
__webpack_unused_export__ = GetApiKeyCredentialProviderCommand;
__webpack_unused_export__ = GetApiKeyCredentialProviderRequest$;
__webpack_unused_export__ = GetApiKeyCredentialProviderResponse$;
__webpack_unused_export__ = GetBrowser$;
__webpack_unused_export__ = GetBrowserCommand;
__webpack_unused_export__ = GetBrowserProfile$;
__webpack_unused_export__ = GetBrowserProfileCommand;
__webpack_unused_export__ = GetBrowserProfileRequest$;
__webpack_unused_export__ = GetBrowserProfileResponse$;
__webpack_unused_export__ = GetBrowserRequest$;
__webpack_unused_export__ = GetBrowserResponse$;
__webpack_unused_export__ = GetCapacityProvider$;
__webpack_unused_export__ = GetCapacityProviderCommand;
__webpack_unused_export__ = GetCapacityProviderInput$;
__webpack_unused_export__ = GetCapacityProviderOutput$;
__webpack_unused_export__ = GetCodeInterpreter$;
__webpack_unused_export__ = GetCodeInterpreterCommand;
__webpack_unused_export__ = GetCodeInterpreterRequest$;
__webpack_unused_export__ = GetCodeInterpreterResponse$;
__webpack_unused_export__ = GetConfigurationBundle$;
__webpack_unused_export__ = GetConfigurationBundleCommand;
__webpack_unused_export__ = GetConfigurationBundleRequest$;
__webpack_unused_export__ = GetConfigurationBundleResponse$;
__webpack_unused_export__ = GetConfigurationBundleVersion$;
__webpack_unused_export__ = GetConfigurationBundleVersionCommand;
__webpack_unused_export__ = GetConfigurationBundleVersionRequest$;
__webpack_unused_export__ = GetConfigurationBundleVersionResponse$;
__webpack_unused_export__ = GetConsentPortal$;
__webpack_unused_export__ = GetConsentPortalCommand;
__webpack_unused_export__ = GetConsentPortalRequest$;
__webpack_unused_export__ = GetConsentPortalResponse$;
__webpack_unused_export__ = GetDataset$;
__webpack_unused_export__ = GetDatasetCommand;
__webpack_unused_export__ = GetDatasetRequest$;
__webpack_unused_export__ = GetDatasetResponse$;
__webpack_unused_export__ = GetEvaluator$;
__webpack_unused_export__ = GetEvaluatorCommand;
__webpack_unused_export__ = GetEvaluatorRequest$;
__webpack_unused_export__ = GetEvaluatorResponse$;
__webpack_unused_export__ = GetGateway$;
__webpack_unused_export__ = GetGatewayCommand;
__webpack_unused_export__ = GetGatewayRateLimit$;
__webpack_unused_export__ = GetGatewayRateLimitCommand;
__webpack_unused_export__ = GetGatewayRateLimitRequest$;
__webpack_unused_export__ = GetGatewayRateLimitResponse$;
__webpack_unused_export__ = GetGatewayRequest$;
__webpack_unused_export__ = GetGatewayResponse$;
__webpack_unused_export__ = GetGatewayRule$;
__webpack_unused_export__ = GetGatewayRuleCommand;
__webpack_unused_export__ = GetGatewayRuleRequest$;
__webpack_unused_export__ = GetGatewayRuleResponse$;
__webpack_unused_export__ = GetGatewayTarget$;
__webpack_unused_export__ = GetGatewayTargetCommand;
__webpack_unused_export__ = GetGatewayTargetRequest$;
__webpack_unused_export__ = GetGatewayTargetResponse$;
__webpack_unused_export__ = GetHarness$;
__webpack_unused_export__ = GetHarnessCommand;
__webpack_unused_export__ = GetHarnessEndpoint$;
__webpack_unused_export__ = GetHarnessEndpointCommand;
__webpack_unused_export__ = GetHarnessEndpointRequest$;
__webpack_unused_export__ = GetHarnessEndpointResponse$;
__webpack_unused_export__ = GetHarnessRequest$;
__webpack_unused_export__ = GetHarnessResponse$;
__webpack_unused_export__ = GetMemory$;
__webpack_unused_export__ = GetMemoryCommand;
__webpack_unused_export__ = GetMemoryInput$;
__webpack_unused_export__ = GetMemoryOutput$;
__webpack_unused_export__ = GetOauth2CredentialProvider$;
__webpack_unused_export__ = GetOauth2CredentialProviderCommand;
__webpack_unused_export__ = GetOauth2CredentialProviderRequest$;
__webpack_unused_export__ = GetOauth2CredentialProviderResponse$;
__webpack_unused_export__ = GetOnlineEvaluationConfig$;
__webpack_unused_export__ = GetOnlineEvaluationConfigCommand;
__webpack_unused_export__ = GetOnlineEvaluationConfigRequest$;
__webpack_unused_export__ = GetOnlineEvaluationConfigResponse$;
__webpack_unused_export__ = GetPaymentConnector$;
__webpack_unused_export__ = GetPaymentConnectorCommand;
__webpack_unused_export__ = GetPaymentConnectorRequest$;
__webpack_unused_export__ = GetPaymentConnectorResponse$;
__webpack_unused_export__ = GetPaymentCredentialProvider$;
__webpack_unused_export__ = GetPaymentCredentialProviderCommand;
__webpack_unused_export__ = GetPaymentCredentialProviderRequest$;
__webpack_unused_export__ = GetPaymentCredentialProviderResponse$;
__webpack_unused_export__ = GetPaymentManager$;
__webpack_unused_export__ = GetPaymentManagerCommand;
__webpack_unused_export__ = GetPaymentManagerRequest$;
__webpack_unused_export__ = GetPaymentManagerResponse$;
__webpack_unused_export__ = GetPolicy$;
__webpack_unused_export__ = GetPolicyCommand;
__webpack_unused_export__ = GetPolicyEngine$;
__webpack_unused_export__ = GetPolicyEngineCommand;
__webpack_unused_export__ = GetPolicyEngineRequest$;
__webpack_unused_export__ = GetPolicyEngineResponse$;
__webpack_unused_export__ = GetPolicyEngineSummary$;
__webpack_unused_export__ = GetPolicyEngineSummaryCommand;
__webpack_unused_export__ = GetPolicyEngineSummaryRequest$;
__webpack_unused_export__ = GetPolicyEngineSummaryResponse$;
__webpack_unused_export__ = GetPolicyGeneration$;
__webpack_unused_export__ = GetPolicyGenerationCommand;
__webpack_unused_export__ = GetPolicyGenerationRequest$;
__webpack_unused_export__ = GetPolicyGenerationResponse$;
__webpack_unused_export__ = GetPolicyGenerationSummary$;
__webpack_unused_export__ = GetPolicyGenerationSummaryCommand;
__webpack_unused_export__ = GetPolicyGenerationSummaryRequest$;
__webpack_unused_export__ = GetPolicyGenerationSummaryResponse$;
__webpack_unused_export__ = GetPolicyRequest$;
__webpack_unused_export__ = GetPolicyResponse$;
__webpack_unused_export__ = GetPolicySummary$;
__webpack_unused_export__ = GetPolicySummaryCommand;
__webpack_unused_export__ = GetPolicySummaryRequest$;
__webpack_unused_export__ = GetPolicySummaryResponse$;
__webpack_unused_export__ = GetRegistry$;
__webpack_unused_export__ = GetRegistryCommand;
__webpack_unused_export__ = GetRegistryRecord$;
__webpack_unused_export__ = GetRegistryRecordCommand;
__webpack_unused_export__ = GetRegistryRecordRequest$;
__webpack_unused_export__ = GetRegistryRecordResponse$;
__webpack_unused_export__ = GetRegistryRequest$;
__webpack_unused_export__ = GetRegistryResponse$;
__webpack_unused_export__ = GetResourcePolicy$;
__webpack_unused_export__ = GetResourcePolicyCommand;
__webpack_unused_export__ = GetResourcePolicyRequest$;
__webpack_unused_export__ = GetResourcePolicyResponse$;
__webpack_unused_export__ = GetTokenVault$;
__webpack_unused_export__ = GetTokenVaultCommand;
__webpack_unused_export__ = GetTokenVaultRequest$;
__webpack_unused_export__ = GetTokenVaultResponse$;
__webpack_unused_export__ = GetWorkloadIdentity$;
__webpack_unused_export__ = GetWorkloadIdentityCommand;
__webpack_unused_export__ = GetWorkloadIdentityRequest$;
__webpack_unused_export__ = GetWorkloadIdentityResponse$;
__webpack_unused_export__ = GithubOauth2ProviderConfigInput$;
__webpack_unused_export__ = GithubOauth2ProviderConfigOutput$;
__webpack_unused_export__ = GoogleOauth2ProviderConfigInput$;
__webpack_unused_export__ = GoogleOauth2ProviderConfigOutput$;
__webpack_unused_export__ = Harness$;
__webpack_unused_export__ = HarnessAfterInvocationHook$;
__webpack_unused_export__ = HarnessAfterToolCallHook$;
__webpack_unused_export__ = HarnessAgentCoreBrowserConfig$;
__webpack_unused_export__ = HarnessAgentCoreCodeInterpreterConfig$;
__webpack_unused_export__ = HarnessAgentCoreGatewayConfig$;
__webpack_unused_export__ = HarnessAgentCoreMemoryConfiguration$;
__webpack_unused_export__ = HarnessAgentCoreMemoryRetrievalConfig$;
__webpack_unused_export__ = HarnessAgentCoreRuntimeEnvironment$;
__webpack_unused_export__ = HarnessAgentCoreRuntimeEnvironmentRequest$;
__webpack_unused_export__ = HarnessBedrockApiFormat;
__webpack_unused_export__ = HarnessBedrockModelConfig$;
__webpack_unused_export__ = HarnessBeforeInvocationHook$;
__webpack_unused_export__ = HarnessBeforeToolCallHook$;
__webpack_unused_export__ = HarnessDisabledMemoryConfiguration$;
__webpack_unused_export__ = HarnessEndpoint$;
__webpack_unused_export__ = HarnessEndpointStatus;
__webpack_unused_export__ = HarnessEnvironmentArtifact$;
__webpack_unused_export__ = HarnessEnvironmentProvider$;
__webpack_unused_export__ = HarnessEnvironmentProviderRequest$;
__webpack_unused_export__ = HarnessGatewayOutboundAuth$;
__webpack_unused_export__ = HarnessGeminiModelConfig$;
__webpack_unused_export__ = HarnessHook$;
__webpack_unused_export__ = HarnessHookEventBridgeTarget$;
__webpack_unused_export__ = HarnessHookFailureMode;
__webpack_unused_export__ = HarnessHookLambdaTarget$;
__webpack_unused_export__ = HarnessHookSnsTarget$;
__webpack_unused_export__ = HarnessHookTarget$;
__webpack_unused_export__ = HarnessInlineFunctionConfig$;
__webpack_unused_export__ = HarnessLiteLlmModelConfig$;
__webpack_unused_export__ = HarnessManagedMemoryConfiguration$;
__webpack_unused_export__ = HarnessManagedMemoryStrategyType;
__webpack_unused_export__ = HarnessMemoryConfiguration$;
__webpack_unused_export__ = HarnessModelConfiguration$;
__webpack_unused_export__ = HarnessOpenAiApiFormat;
__webpack_unused_export__ = HarnessOpenAiModelConfig$;
__webpack_unused_export__ = HarnessRemoteMcpConfig$;
__webpack_unused_export__ = HarnessSkill$;
__webpack_unused_export__ = HarnessSkillAwsSkillsSource$;
__webpack_unused_export__ = HarnessSkillGitAuth$;
__webpack_unused_export__ = HarnessSkillGitSource$;
__webpack_unused_export__ = HarnessSkillS3Source$;
__webpack_unused_export__ = HarnessSlidingWindowConfiguration$;
__webpack_unused_export__ = HarnessStatus;
__webpack_unused_export__ = HarnessSummarizationConfiguration$;
__webpack_unused_export__ = HarnessSummary$;
__webpack_unused_export__ = HarnessSystemContentBlock$;
__webpack_unused_export__ = HarnessTool$;
__webpack_unused_export__ = HarnessToolConfiguration$;
__webpack_unused_export__ = HarnessToolType;
__webpack_unused_export__ = HarnessTruncationConfiguration$;
__webpack_unused_export__ = HarnessTruncationStrategy;
__webpack_unused_export__ = HarnessTruncationStrategyConfiguration$;
__webpack_unused_export__ = HarnessVersionSummary$;
__webpack_unused_export__ = HostingEnvironment$;
__webpack_unused_export__ = HttpApiSchemaConfiguration$;
__webpack_unused_export__ = HttpConnectorSource$;
__webpack_unused_export__ = HttpConnectorTargetConfiguration$;
__webpack_unused_export__ = HttpTargetConfiguration$;
__webpack_unused_export__ = IamCredentialProvider$;
__webpack_unused_export__ = IamPrincipal$;
__webpack_unused_export__ = InboundTokenClaimValueType;
__webpack_unused_export__ = IncludedData;
__webpack_unused_export__ = IncludedOauth2ProviderConfigInput$;
__webpack_unused_export__ = IncludedOauth2ProviderConfigOutput$;
__webpack_unused_export__ = IndexedKey$;
__webpack_unused_export__ = InferenceConfiguration$;
__webpack_unused_export__ = InferenceConnectorSource$;
__webpack_unused_export__ = InferenceConnectorTargetConfiguration$;
__webpack_unused_export__ = InferenceOperationConfiguration$;
__webpack_unused_export__ = InferenceProviderTargetConfiguration$;
__webpack_unused_export__ = InferenceTargetConfiguration$;
__webpack_unused_export__ = InlineExamplesSource$;
__webpack_unused_export__ = Insight$;
__webpack_unused_export__ = InstanceLifecycleConfiguration$;
__webpack_unused_export__ = InstanceRequirements$;
__webpack_unused_export__ = InterceptorConfiguration$;
__webpack_unused_export__ = InterceptorInputConfiguration$;
__webpack_unused_export__ = InterceptorPayloadExclusion;
__webpack_unused_export__ = InterceptorPayloadExclusionSelector$;
__webpack_unused_export__ = InterceptorPayloadFilter$;
__webpack_unused_export__ = InternalServerException;
__webpack_unused_export__ = InternalServerException$;
__webpack_unused_export__ = InvocationConfiguration$;
__webpack_unused_export__ = InvocationConfigurationInput$;
__webpack_unused_export__ = KeyType;
__webpack_unused_export__ = KinesisResource$;
__webpack_unused_export__ = KmsConfiguration$;
__webpack_unused_export__ = KmsKeySourceType$;
__webpack_unused_export__ = LambdaEvaluatorConfig$;
__webpack_unused_export__ = LambdaInterceptorConfiguration$;
__webpack_unused_export__ = LambdaTransformConfiguration$;
__webpack_unused_export__ = LaunchParameters$;
__webpack_unused_export__ = LaunchTemplateSource$;
__webpack_unused_export__ = LicenseSpecification$;
__webpack_unused_export__ = LifecycleConfiguration$;
__webpack_unused_export__ = LimitEntry$;
__webpack_unused_export__ = LinkedinOauth2ProviderConfigInput$;
__webpack_unused_export__ = LinkedinOauth2ProviderConfigOutput$;
__webpack_unused_export__ = ListAgentRuntimeEndpoints$;
__webpack_unused_export__ = ListAgentRuntimeEndpointsCommand;
__webpack_unused_export__ = ListAgentRuntimeEndpointsRequest$;
__webpack_unused_export__ = ListAgentRuntimeEndpointsResponse$;
__webpack_unused_export__ = ListAgentRuntimeVersions$;
__webpack_unused_export__ = ListAgentRuntimeVersionsByCapacityProvider$;
__webpack_unused_export__ = ListAgentRuntimeVersionsByCapacityProviderCommand;
__webpack_unused_export__ = ListAgentRuntimeVersionsByCapacityProviderInput$;
__webpack_unused_export__ = ListAgentRuntimeVersionsByCapacityProviderOutput$;
__webpack_unused_export__ = ListAgentRuntimeVersionsCommand;
__webpack_unused_export__ = ListAgentRuntimeVersionsRequest$;
__webpack_unused_export__ = ListAgentRuntimeVersionsResponse$;
__webpack_unused_export__ = ListAgentRuntimes$;
__webpack_unused_export__ = ListAgentRuntimesCommand;
__webpack_unused_export__ = ListAgentRuntimesRequest$;
__webpack_unused_export__ = ListAgentRuntimesResponse$;
__webpack_unused_export__ = ListApiKeyCredentialProviders$;
__webpack_unused_export__ = ListApiKeyCredentialProvidersCommand;
__webpack_unused_export__ = ListApiKeyCredentialProvidersRequest$;
__webpack_unused_export__ = ListApiKeyCredentialProvidersResponse$;
__webpack_unused_export__ = ListBrowserProfiles$;
__webpack_unused_export__ = ListBrowserProfilesCommand;
__webpack_unused_export__ = ListBrowserProfilesRequest$;
__webpack_unused_export__ = ListBrowserProfilesResponse$;
__webpack_unused_export__ = ListBrowsers$;
__webpack_unused_export__ = ListBrowsersCommand;
__webpack_unused_export__ = ListBrowsersRequest$;
__webpack_unused_export__ = ListBrowsersResponse$;
__webpack_unused_export__ = ListCapacityProviders$;
__webpack_unused_export__ = ListCapacityProvidersCommand;
__webpack_unused_export__ = ListCapacityProvidersInput$;
__webpack_unused_export__ = ListCapacityProvidersOutput$;
__webpack_unused_export__ = ListCodeInterpreters$;
__webpack_unused_export__ = ListCodeInterpretersCommand;
__webpack_unused_export__ = ListCodeInterpretersRequest$;
__webpack_unused_export__ = ListCodeInterpretersResponse$;
__webpack_unused_export__ = ListConfigurationBundleVersions$;
__webpack_unused_export__ = ListConfigurationBundleVersionsCommand;
__webpack_unused_export__ = ListConfigurationBundleVersionsRequest$;
__webpack_unused_export__ = ListConfigurationBundleVersionsResponse$;
__webpack_unused_export__ = ListConfigurationBundles$;
__webpack_unused_export__ = ListConfigurationBundlesCommand;
__webpack_unused_export__ = ListConfigurationBundlesRequest$;
__webpack_unused_export__ = ListConfigurationBundlesResponse$;
__webpack_unused_export__ = ListConsentPortals$;
__webpack_unused_export__ = ListConsentPortalsCommand;
__webpack_unused_export__ = ListConsentPortalsRequest$;
__webpack_unused_export__ = ListConsentPortalsResponse$;
__webpack_unused_export__ = ListDatasetExamples$;
__webpack_unused_export__ = ListDatasetExamplesCommand;
__webpack_unused_export__ = ListDatasetExamplesRequest$;
__webpack_unused_export__ = ListDatasetExamplesResponse$;
__webpack_unused_export__ = ListDatasetVersions$;
__webpack_unused_export__ = ListDatasetVersionsCommand;
__webpack_unused_export__ = ListDatasetVersionsRequest$;
__webpack_unused_export__ = ListDatasetVersionsResponse$;
__webpack_unused_export__ = ListDatasets$;
__webpack_unused_export__ = ListDatasetsCommand;
__webpack_unused_export__ = ListDatasetsRequest$;
__webpack_unused_export__ = ListDatasetsResponse$;
__webpack_unused_export__ = ListEvaluators$;
__webpack_unused_export__ = ListEvaluatorsCommand;
__webpack_unused_export__ = ListEvaluatorsRequest$;
__webpack_unused_export__ = ListEvaluatorsResponse$;
__webpack_unused_export__ = ListGatewayRateLimits$;
__webpack_unused_export__ = ListGatewayRateLimitsCommand;
__webpack_unused_export__ = ListGatewayRateLimitsRequest$;
__webpack_unused_export__ = ListGatewayRateLimitsResponse$;
__webpack_unused_export__ = ListGatewayRules$;
__webpack_unused_export__ = ListGatewayRulesCommand;
__webpack_unused_export__ = ListGatewayRulesRequest$;
__webpack_unused_export__ = ListGatewayRulesResponse$;
__webpack_unused_export__ = ListGatewayTargets$;
__webpack_unused_export__ = ListGatewayTargetsCommand;
__webpack_unused_export__ = ListGatewayTargetsRequest$;
__webpack_unused_export__ = ListGatewayTargetsResponse$;
__webpack_unused_export__ = ListGateways$;
__webpack_unused_export__ = ListGatewaysCommand;
__webpack_unused_export__ = ListGatewaysRequest$;
__webpack_unused_export__ = ListGatewaysResponse$;
__webpack_unused_export__ = ListHarnessEndpoints$;
__webpack_unused_export__ = ListHarnessEndpointsCommand;
__webpack_unused_export__ = ListHarnessEndpointsRequest$;
__webpack_unused_export__ = ListHarnessEndpointsResponse$;
__webpack_unused_export__ = ListHarnessVersions$;
__webpack_unused_export__ = ListHarnessVersionsCommand;
__webpack_unused_export__ = ListHarnessVersionsRequest$;
__webpack_unused_export__ = ListHarnessVersionsResponse$;
__webpack_unused_export__ = ListHarnesses$;
__webpack_unused_export__ = ListHarnessesCommand;
__webpack_unused_export__ = ListHarnessesRequest$;
__webpack_unused_export__ = ListHarnessesResponse$;
__webpack_unused_export__ = ListMemories$;
__webpack_unused_export__ = ListMemoriesCommand;
__webpack_unused_export__ = ListMemoriesInput$;
__webpack_unused_export__ = ListMemoriesOutput$;
__webpack_unused_export__ = ListOauth2CredentialProviders$;
__webpack_unused_export__ = ListOauth2CredentialProvidersCommand;
__webpack_unused_export__ = ListOauth2CredentialProvidersRequest$;
__webpack_unused_export__ = ListOauth2CredentialProvidersResponse$;
__webpack_unused_export__ = ListOnlineEvaluationConfigs$;
__webpack_unused_export__ = ListOnlineEvaluationConfigsCommand;
__webpack_unused_export__ = ListOnlineEvaluationConfigsRequest$;
__webpack_unused_export__ = ListOnlineEvaluationConfigsResponse$;
__webpack_unused_export__ = ListPaymentConnectors$;
__webpack_unused_export__ = ListPaymentConnectorsCommand;
__webpack_unused_export__ = ListPaymentConnectorsRequest$;
__webpack_unused_export__ = ListPaymentConnectorsResponse$;
__webpack_unused_export__ = ListPaymentCredentialProviders$;
__webpack_unused_export__ = ListPaymentCredentialProvidersCommand;
__webpack_unused_export__ = ListPaymentCredentialProvidersRequest$;
__webpack_unused_export__ = ListPaymentCredentialProvidersResponse$;
__webpack_unused_export__ = ListPaymentManagers$;
__webpack_unused_export__ = ListPaymentManagersCommand;
__webpack_unused_export__ = ListPaymentManagersRequest$;
__webpack_unused_export__ = ListPaymentManagersResponse$;
__webpack_unused_export__ = ListPolicies$;
__webpack_unused_export__ = ListPoliciesCommand;
__webpack_unused_export__ = ListPoliciesRequest$;
__webpack_unused_export__ = ListPoliciesResponse$;
__webpack_unused_export__ = ListPolicyEngineSummaries$;
__webpack_unused_export__ = ListPolicyEngineSummariesCommand;
__webpack_unused_export__ = ListPolicyEngineSummariesRequest$;
__webpack_unused_export__ = ListPolicyEngineSummariesResponse$;
__webpack_unused_export__ = ListPolicyEngines$;
__webpack_unused_export__ = ListPolicyEnginesCommand;
__webpack_unused_export__ = ListPolicyEnginesRequest$;
__webpack_unused_export__ = ListPolicyEnginesResponse$;
__webpack_unused_export__ = ListPolicyGenerationAssets$;
__webpack_unused_export__ = ListPolicyGenerationAssetsCommand;
__webpack_unused_export__ = ListPolicyGenerationAssetsRequest$;
__webpack_unused_export__ = ListPolicyGenerationAssetsResponse$;
__webpack_unused_export__ = ListPolicyGenerationSummaries$;
__webpack_unused_export__ = ListPolicyGenerationSummariesCommand;
__webpack_unused_export__ = ListPolicyGenerationSummariesRequest$;
__webpack_unused_export__ = ListPolicyGenerationSummariesResponse$;
__webpack_unused_export__ = ListPolicyGenerations$;
__webpack_unused_export__ = ListPolicyGenerationsCommand;
__webpack_unused_export__ = ListPolicyGenerationsRequest$;
__webpack_unused_export__ = ListPolicyGenerationsResponse$;
__webpack_unused_export__ = ListPolicySummaries$;
__webpack_unused_export__ = ListPolicySummariesCommand;
__webpack_unused_export__ = ListPolicySummariesRequest$;
__webpack_unused_export__ = ListPolicySummariesResponse$;
__webpack_unused_export__ = ListRegistries$;
__webpack_unused_export__ = ListRegistriesCommand;
__webpack_unused_export__ = ListRegistriesRequest$;
__webpack_unused_export__ = ListRegistriesResponse$;
__webpack_unused_export__ = ListRegistryRecords$;
__webpack_unused_export__ = ListRegistryRecordsCommand;
__webpack_unused_export__ = ListRegistryRecordsRequest$;
__webpack_unused_export__ = ListRegistryRecordsResponse$;
__webpack_unused_export__ = ListTagsForResource$;
__webpack_unused_export__ = ListTagsForResourceCommand;
__webpack_unused_export__ = ListTagsForResourceRequest$;
__webpack_unused_export__ = ListTagsForResourceResponse$;
__webpack_unused_export__ = ListWorkloadIdentities$;
__webpack_unused_export__ = ListWorkloadIdentitiesCommand;
__webpack_unused_export__ = ListWorkloadIdentitiesRequest$;
__webpack_unused_export__ = ListWorkloadIdentitiesResponse$;
__webpack_unused_export__ = ListingMode;
__webpack_unused_export__ = LlmAsAJudgeEvaluatorConfig$;
__webpack_unused_export__ = LlmExtractionConfig$;
__webpack_unused_export__ = MCPGatewayConfiguration$;
__webpack_unused_export__ = ManagedResourceDetails$;
__webpack_unused_export__ = ManagedVpcResource$;
__webpack_unused_export__ = MatchPaths$;
__webpack_unused_export__ = MatchPrincipalEntry$;
__webpack_unused_export__ = MatchPrincipals$;
__webpack_unused_export__ = McpDescriptor$;
__webpack_unused_export__ = McpLambdaTargetConfiguration$;
__webpack_unused_export__ = McpServerTargetConfiguration$;
__webpack_unused_export__ = McpTargetConfiguration$;
__webpack_unused_export__ = McpToolSchemaConfiguration$;
__webpack_unused_export__ = Memory$;
__webpack_unused_export__ = MemoryRecordSchema$;
__webpack_unused_export__ = MemoryStatus;
__webpack_unused_export__ = MemoryStrategy$;
__webpack_unused_export__ = MemoryStrategyInput$;
__webpack_unused_export__ = MemoryStrategyStatus;
__webpack_unused_export__ = MemoryStrategyType;
__webpack_unused_export__ = MemorySummary$;
__webpack_unused_export__ = MemoryView;
__webpack_unused_export__ = MessageBasedTrigger$;
__webpack_unused_export__ = MessageBasedTriggerInput$;
__webpack_unused_export__ = MetadataConfiguration$;
__webpack_unused_export__ = MetadataSchemaEntry$;
__webpack_unused_export__ = MetadataValueType;
__webpack_unused_export__ = MicrosoftOauth2ProviderConfigInput$;
__webpack_unused_export__ = MicrosoftOauth2ProviderConfigOutput$;
__webpack_unused_export__ = ModelEntry$;
__webpack_unused_export__ = ModelMapping$;
__webpack_unused_export__ = ModifyConsolidationConfiguration$;
__webpack_unused_export__ = ModifyExtractionConfiguration$;
__webpack_unused_export__ = ModifyInvocationConfigurationInput$;
__webpack_unused_export__ = ModifyMemoryStrategies$;
__webpack_unused_export__ = ModifyMemoryStrategyInput$;
__webpack_unused_export__ = ModifyReflectionConfiguration$;
__webpack_unused_export__ = ModifySelfManagedConfiguration$;
__webpack_unused_export__ = ModifyStrategyConfiguration$;
__webpack_unused_export__ = Monitoring;
__webpack_unused_export__ = NamespaceKeyEntry$;
__webpack_unused_export__ = NamespaceKeyValidation$;
__webpack_unused_export__ = NetworkConfiguration$;
__webpack_unused_export__ = NetworkMode;
__webpack_unused_export__ = NumberValidation$;
__webpack_unused_export__ = NumericalScaleDefinition$;
__webpack_unused_export__ = OAuth2AuthorizationData$;
__webpack_unused_export__ = OAuthCredentialProvider$;
__webpack_unused_export__ = OAuthGrantType;
__webpack_unused_export__ = Oauth2AuthorizationServerMetadata$;
__webpack_unused_export__ = Oauth2CredentialProviderItem$;
__webpack_unused_export__ = Oauth2Discovery$;
__webpack_unused_export__ = Oauth2ProviderConfigInput$;
__webpack_unused_export__ = Oauth2ProviderConfigOutput$;
__webpack_unused_export__ = OnBehalfOfTokenExchangeConfigType$;
__webpack_unused_export__ = OnBehalfOfTokenExchangeGrantTypeType;
__webpack_unused_export__ = OnlineEvaluationConfigStatus;
__webpack_unused_export__ = OnlineEvaluationConfigSummary$;
__webpack_unused_export__ = OnlineEvaluationExecutionStatus;
__webpack_unused_export__ = OpenResponsesEvaluatorModelConfig$;
__webpack_unused_export__ = OperatingSystem;
__webpack_unused_export__ = OutputConfig$;
__webpack_unused_export__ = OverrideType;
__webpack_unused_export__ = PassthroughProtocolType;
__webpack_unused_export__ = PassthroughTargetConfiguration$;
__webpack_unused_export__ = PaymentConnectorProvisionMode;
__webpack_unused_export__ = PaymentConnectorStatus;
__webpack_unused_export__ = PaymentConnectorSummary$;
__webpack_unused_export__ = PaymentConnectorType;
__webpack_unused_export__ = PaymentCredentialProviderConfiguration$;
__webpack_unused_export__ = PaymentCredentialProviderItem$;
__webpack_unused_export__ = PaymentCredentialProviderVendorType;
__webpack_unused_export__ = PaymentManagerStatus;
__webpack_unused_export__ = PaymentManagerSummary$;
__webpack_unused_export__ = PaymentProviderConfigurationInput$;
__webpack_unused_export__ = PaymentProviderConfigurationOutput$;
__webpack_unused_export__ = PaymentsAuthorizerType;
__webpack_unused_export__ = Period;
__webpack_unused_export__ = PermissionsConfiguration$;
__webpack_unused_export__ = Policy$;
__webpack_unused_export__ = PolicyDefinition$;
__webpack_unused_export__ = PolicyEngine$;
__webpack_unused_export__ = PolicyEngineStatus;
__webpack_unused_export__ = PolicyEngineSummary$;
__webpack_unused_export__ = PolicyGeneration$;
__webpack_unused_export__ = PolicyGenerationAsset$;
__webpack_unused_export__ = PolicyGenerationDetails$;
__webpack_unused_export__ = PolicyGenerationStatus;
__webpack_unused_export__ = PolicyGenerationSummary$;
__webpack_unused_export__ = PolicyStatement$;
__webpack_unused_export__ = PolicyStatus;
__webpack_unused_export__ = PolicySummary$;
__webpack_unused_export__ = PolicyValidationMode;
__webpack_unused_export__ = PrincipalMatchOperator;
__webpack_unused_export__ = PrivateEndpoint$;
__webpack_unused_export__ = PrivateEndpointOverride$;
__webpack_unused_export__ = PrivateKeyJwtConfig$;
__webpack_unused_export__ = PrivateKeySource$;
__webpack_unused_export__ = ProtocolConfiguration$;
__webpack_unused_export__ = Provider;
__webpack_unused_export__ = ProviderPrefix$;
__webpack_unused_export__ = PutResourcePolicy$;
__webpack_unused_export__ = PutResourcePolicyCommand;
__webpack_unused_export__ = PutResourcePolicyRequest$;
__webpack_unused_export__ = PutResourcePolicyResponse$;
__webpack_unused_export__ = RateConfig$;
__webpack_unused_export__ = RatingScale$;
__webpack_unused_export__ = ReasoningConfiguration$;
__webpack_unused_export__ = RecordingConfig$;
__webpack_unused_export__ = ReflectionConfiguration$;
__webpack_unused_export__ = RegistryAuthorizerType;
__webpack_unused_export__ = RegistryRecordCredentialProviderConfiguration$;
__webpack_unused_export__ = RegistryRecordCredentialProviderType;
__webpack_unused_export__ = RegistryRecordCredentialProviderUnion$;
__webpack_unused_export__ = RegistryRecordIamCredentialProvider$;
__webpack_unused_export__ = RegistryRecordOAuthCredentialProvider$;
__webpack_unused_export__ = RegistryRecordOAuthGrantType;
__webpack_unused_export__ = RegistryRecordStatus;
__webpack_unused_export__ = RegistryRecordSummary$;
__webpack_unused_export__ = RegistryStatus;
__webpack_unused_export__ = RegistrySummary$;
__webpack_unused_export__ = RequestHeaderConfiguration$;
__webpack_unused_export__ = Resource$;
__webpack_unused_export__ = ResourceLimitExceededException;
__webpack_unused_export__ = ResourceLimitExceededException$;
__webpack_unused_export__ = ResourceLocation$;
__webpack_unused_export__ = ResourceNotFoundException;
__webpack_unused_export__ = ResourceNotFoundException$;
__webpack_unused_export__ = ResourceType;
__webpack_unused_export__ = RestApiMethod;
__webpack_unused_export__ = ResultDestination;
__webpack_unused_export__ = RetryableConflictException;
__webpack_unused_export__ = RetryableConflictException$;
__webpack_unused_export__ = RootVolumeConfiguration$;
__webpack_unused_export__ = RotatePaymentConnectorCredentials$;
__webpack_unused_export__ = RotatePaymentConnectorCredentialsCommand;
__webpack_unused_export__ = RotatePaymentConnectorCredentialsRequest$;
__webpack_unused_export__ = RotatePaymentConnectorCredentialsResponse$;
__webpack_unused_export__ = RouteToTargetAction$;
__webpack_unused_export__ = Rule$;
__webpack_unused_export__ = RuntimeMetadataConfiguration$;
__webpack_unused_export__ = RuntimeTargetConfiguration$;
__webpack_unused_export__ = S3Configuration$;
__webpack_unused_export__ = S3FilesAccessPointConfiguration$;
__webpack_unused_export__ = S3FilesConfiguration$;
__webpack_unused_export__ = S3Location$;
__webpack_unused_export__ = S3Source$;
__webpack_unused_export__ = SalesforceOauth2ProviderConfigInput$;
__webpack_unused_export__ = SalesforceOauth2ProviderConfigOutput$;
__webpack_unused_export__ = SamplingConfig$;
__webpack_unused_export__ = SchemaDefinition$;
__webpack_unused_export__ = SchemaType;
__webpack_unused_export__ = SearchType;
__webpack_unused_export__ = Secret$;
__webpack_unused_export__ = SecretReference$;
__webpack_unused_export__ = SecretSourceType;
__webpack_unused_export__ = SecretsManagerLocation$;
__webpack_unused_export__ = SelfManagedConfiguration$;
__webpack_unused_export__ = SelfManagedConfigurationInput$;
__webpack_unused_export__ = SelfManagedLatticeResource$;
__webpack_unused_export__ = SemanticConsolidationOverride$;
__webpack_unused_export__ = SemanticExtractionOverride$;
__webpack_unused_export__ = SemanticMemoryStrategyInput$;
__webpack_unused_export__ = SemanticOverrideConfigurationInput$;
__webpack_unused_export__ = SemanticOverrideConsolidationConfigurationInput$;
__webpack_unused_export__ = SemanticOverrideExtractionConfigurationInput$;
__webpack_unused_export__ = ServerDefinition$;
__webpack_unused_export__ = ServerProtocol;
__webpack_unused_export__ = ServiceException;
__webpack_unused_export__ = ServiceException$;
__webpack_unused_export__ = ServiceQuotaExceededException;
__webpack_unused_export__ = ServiceQuotaExceededException$;
__webpack_unused_export__ = SessionConfig$;
__webpack_unused_export__ = SessionConfiguration$;
__webpack_unused_export__ = SessionStorageConfiguration$;
__webpack_unused_export__ = SetTokenVaultCMK$;
__webpack_unused_export__ = SetTokenVaultCMKCommand;
__webpack_unused_export__ = SetTokenVaultCMKRequest$;
__webpack_unused_export__ = SetTokenVaultCMKResponse$;
__webpack_unused_export__ = SigningAlgorithm;
__webpack_unused_export__ = SkillDefinition$;
__webpack_unused_export__ = SkillMdDefinition$;
__webpack_unused_export__ = SlackOauth2ProviderConfigInput$;
__webpack_unused_export__ = SlackOauth2ProviderConfigOutput$;
__webpack_unused_export__ = StartPolicyGeneration$;
__webpack_unused_export__ = StartPolicyGenerationCommand;
__webpack_unused_export__ = StartPolicyGenerationRequest$;
__webpack_unused_export__ = StartPolicyGenerationResponse$;
__webpack_unused_export__ = StaticOverride$;
__webpack_unused_export__ = StaticQueryParameterConflictResolution;
__webpack_unused_export__ = StaticRoute$;
__webpack_unused_export__ = Status;
__webpack_unused_export__ = StickinessConfiguration$;
__webpack_unused_export__ = StrategyConfiguration$;
__webpack_unused_export__ = StreamDeliveryResource$;
__webpack_unused_export__ = StreamDeliveryResources$;
__webpack_unused_export__ = StreamingConfiguration$;
__webpack_unused_export__ = StringListValidation$;
__webpack_unused_export__ = StringValidation$;
__webpack_unused_export__ = StripePrivyConfigurationInput$;
__webpack_unused_export__ = StripePrivyConfigurationOutput$;
__webpack_unused_export__ = SubmitRegistryRecordForApproval$;
__webpack_unused_export__ = SubmitRegistryRecordForApprovalCommand;
__webpack_unused_export__ = SubmitRegistryRecordForApprovalRequest$;
__webpack_unused_export__ = SubmitRegistryRecordForApprovalResponse$;
__webpack_unused_export__ = SubscriptionRequiredException;
__webpack_unused_export__ = SubscriptionRequiredException$;
__webpack_unused_export__ = SummaryConsolidationOverride$;
__webpack_unused_export__ = SummaryMemoryStrategyInput$;
__webpack_unused_export__ = SummaryOverrideConfigurationInput$;
__webpack_unused_export__ = SummaryOverrideConsolidationConfigurationInput$;
__webpack_unused_export__ = SynchronizationConfiguration$;
__webpack_unused_export__ = SynchronizationType;
__webpack_unused_export__ = SynchronizeGatewayTargets$;
__webpack_unused_export__ = SynchronizeGatewayTargetsCommand;
__webpack_unused_export__ = SynchronizeGatewayTargetsRequest$;
__webpack_unused_export__ = SynchronizeGatewayTargetsResponse$;
__webpack_unused_export__ = SystemManagedBlock$;
__webpack_unused_export__ = TagResource$;
__webpack_unused_export__ = TagResourceCommand;
__webpack_unused_export__ = TagResourceRequest$;
__webpack_unused_export__ = TagResourceResponse$;
__webpack_unused_export__ = TargetConfiguration$;
__webpack_unused_export__ = TargetProtocolType;
__webpack_unused_export__ = TargetStatus;
__webpack_unused_export__ = TargetSummary$;
__webpack_unused_export__ = TargetTrafficSplitEntry$;
__webpack_unused_export__ = TargetType;
__webpack_unused_export__ = ThrottledException;
__webpack_unused_export__ = ThrottledException$;
__webpack_unused_export__ = ThrottlingException;
__webpack_unused_export__ = ThrottlingException$;
__webpack_unused_export__ = TimeBasedTrigger$;
__webpack_unused_export__ = TimeBasedTriggerInput$;
__webpack_unused_export__ = TokenBasedTrigger$;
__webpack_unused_export__ = TokenBasedTriggerInput$;
__webpack_unused_export__ = TokenExchangeGrantTypeConfigType$;
__webpack_unused_export__ = ToolDefinition$;
__webpack_unused_export__ = ToolSchema$;
__webpack_unused_export__ = ToolsDefinition$;
__webpack_unused_export__ = ToolsFileSystemConfiguration$;
__webpack_unused_export__ = TrafficSplitEntry$;
__webpack_unused_export__ = TriggerCondition$;
__webpack_unused_export__ = TriggerConditionInput$;
__webpack_unused_export__ = UnauthorizedException;
__webpack_unused_export__ = UnauthorizedException$;
__webpack_unused_export__ = UntagResource$;
__webpack_unused_export__ = UntagResourceCommand;
__webpack_unused_export__ = UntagResourceRequest$;
__webpack_unused_export__ = UntagResourceResponse$;
__webpack_unused_export__ = UpdateAgentRuntime$;
exports.gVM = UpdateAgentRuntimeCommand;
__webpack_unused_export__ = UpdateAgentRuntimeEndpoint$;
__webpack_unused_export__ = UpdateAgentRuntimeEndpointCommand;
__webpack_unused_export__ = UpdateAgentRuntimeEndpointRequest$;
__webpack_unused_export__ = UpdateAgentRuntimeEndpointResponse$;
__webpack_unused_export__ = UpdateAgentRuntimeRequest$;
__webpack_unused_export__ = UpdateAgentRuntimeResponse$;
__webpack_unused_export__ = UpdateApiKeyCredentialProvider$;
__webpack_unused_export__ = UpdateApiKeyCredentialProviderCommand;
__webpack_unused_export__ = UpdateApiKeyCredentialProviderRequest$;
__webpack_unused_export__ = UpdateApiKeyCredentialProviderResponse$;
__webpack_unused_export__ = UpdateCapacityProvider$;
__webpack_unused_export__ = UpdateCapacityProviderCommand;
__webpack_unused_export__ = UpdateCapacityProviderInput$;
__webpack_unused_export__ = UpdateCapacityProviderOutput$;
__webpack_unused_export__ = UpdateConfigurationBundle$;
__webpack_unused_export__ = UpdateConfigurationBundleCommand;
__webpack_unused_export__ = UpdateConfigurationBundleRequest$;
__webpack_unused_export__ = UpdateConfigurationBundleResponse$;
__webpack_unused_export__ = UpdateConsentPortal$;
__webpack_unused_export__ = UpdateConsentPortalCommand;
__webpack_unused_export__ = UpdateConsentPortalRequest$;
__webpack_unused_export__ = UpdateConsentPortalResponse$;
__webpack_unused_export__ = UpdateDataset$;
__webpack_unused_export__ = UpdateDatasetCommand;
__webpack_unused_export__ = UpdateDatasetExamples$;
__webpack_unused_export__ = UpdateDatasetExamplesCommand;
__webpack_unused_export__ = UpdateDatasetExamplesRequest$;
__webpack_unused_export__ = UpdateDatasetExamplesResponse$;
__webpack_unused_export__ = UpdateDatasetRequest$;
__webpack_unused_export__ = UpdateDatasetResponse$;
__webpack_unused_export__ = UpdateEvaluator$;
__webpack_unused_export__ = UpdateEvaluatorCommand;
__webpack_unused_export__ = UpdateEvaluatorRequest$;
__webpack_unused_export__ = UpdateEvaluatorResponse$;
__webpack_unused_export__ = UpdateGateway$;
__webpack_unused_export__ = UpdateGatewayCommand;
__webpack_unused_export__ = UpdateGatewayRateLimit$;
__webpack_unused_export__ = UpdateGatewayRateLimitCommand;
__webpack_unused_export__ = UpdateGatewayRateLimitRequest$;
__webpack_unused_export__ = UpdateGatewayRateLimitResponse$;
__webpack_unused_export__ = UpdateGatewayRequest$;
__webpack_unused_export__ = UpdateGatewayResponse$;
__webpack_unused_export__ = UpdateGatewayRule$;
__webpack_unused_export__ = UpdateGatewayRuleCommand;
__webpack_unused_export__ = UpdateGatewayRuleRequest$;
__webpack_unused_export__ = UpdateGatewayRuleResponse$;
__webpack_unused_export__ = UpdateGatewayTarget$;
__webpack_unused_export__ = UpdateGatewayTargetCommand;
__webpack_unused_export__ = UpdateGatewayTargetRequest$;
__webpack_unused_export__ = UpdateGatewayTargetResponse$;
__webpack_unused_export__ = UpdateHarness$;
__webpack_unused_export__ = UpdateHarnessCommand;
__webpack_unused_export__ = UpdateHarnessEndpoint$;
__webpack_unused_export__ = UpdateHarnessEndpointCommand;
__webpack_unused_export__ = UpdateHarnessEndpointRequest$;
__webpack_unused_export__ = UpdateHarnessEndpointResponse$;
__webpack_unused_export__ = UpdateHarnessRequest$;
__webpack_unused_export__ = UpdateHarnessResponse$;
__webpack_unused_export__ = UpdateMemory$;
__webpack_unused_export__ = UpdateMemoryCommand;
__webpack_unused_export__ = UpdateMemoryInput$;
__webpack_unused_export__ = UpdateMemoryOutput$;
__webpack_unused_export__ = UpdateOauth2CredentialProvider$;
__webpack_unused_export__ = UpdateOauth2CredentialProviderCommand;
__webpack_unused_export__ = UpdateOauth2CredentialProviderRequest$;
__webpack_unused_export__ = UpdateOauth2CredentialProviderResponse$;
__webpack_unused_export__ = UpdateOnlineEvaluationConfig$;
__webpack_unused_export__ = UpdateOnlineEvaluationConfigCommand;
__webpack_unused_export__ = UpdateOnlineEvaluationConfigRequest$;
__webpack_unused_export__ = UpdateOnlineEvaluationConfigResponse$;
__webpack_unused_export__ = UpdatePaymentConnector$;
__webpack_unused_export__ = UpdatePaymentConnectorCommand;
__webpack_unused_export__ = UpdatePaymentConnectorRequest$;
__webpack_unused_export__ = UpdatePaymentConnectorResponse$;
__webpack_unused_export__ = UpdatePaymentCredentialProvider$;
__webpack_unused_export__ = UpdatePaymentCredentialProviderCommand;
__webpack_unused_export__ = UpdatePaymentCredentialProviderRequest$;
__webpack_unused_export__ = UpdatePaymentCredentialProviderResponse$;
__webpack_unused_export__ = UpdatePaymentManager$;
__webpack_unused_export__ = UpdatePaymentManagerCommand;
__webpack_unused_export__ = UpdatePaymentManagerRequest$;
__webpack_unused_export__ = UpdatePaymentManagerResponse$;
__webpack_unused_export__ = UpdatePolicy$;
__webpack_unused_export__ = UpdatePolicyCommand;
__webpack_unused_export__ = UpdatePolicyEngine$;
__webpack_unused_export__ = UpdatePolicyEngineCommand;
__webpack_unused_export__ = UpdatePolicyEngineRequest$;
__webpack_unused_export__ = UpdatePolicyEngineResponse$;
__webpack_unused_export__ = UpdatePolicyRequest$;
__webpack_unused_export__ = UpdatePolicyResponse$;
__webpack_unused_export__ = UpdateRegistry$;
__webpack_unused_export__ = UpdateRegistryCommand;
__webpack_unused_export__ = UpdateRegistryRecord$;
__webpack_unused_export__ = UpdateRegistryRecordCommand;
__webpack_unused_export__ = UpdateRegistryRecordRequest$;
__webpack_unused_export__ = UpdateRegistryRecordResponse$;
__webpack_unused_export__ = UpdateRegistryRecordStatus$;
__webpack_unused_export__ = UpdateRegistryRecordStatusCommand;
__webpack_unused_export__ = UpdateRegistryRecordStatusRequest$;
__webpack_unused_export__ = UpdateRegistryRecordStatusResponse$;
__webpack_unused_export__ = UpdateRegistryRequest$;
__webpack_unused_export__ = UpdateRegistryResponse$;
__webpack_unused_export__ = UpdateWorkloadIdentity$;
__webpack_unused_export__ = UpdateWorkloadIdentityCommand;
__webpack_unused_export__ = UpdateWorkloadIdentityRequest$;
__webpack_unused_export__ = UpdateWorkloadIdentityResponse$;
__webpack_unused_export__ = UpdatedA2aDescriptor$;
__webpack_unused_export__ = UpdatedAgentSkillsDescriptor$;
__webpack_unused_export__ = UpdatedAgentSkillsDescriptorFields$;
__webpack_unused_export__ = UpdatedApprovalConfiguration$;
__webpack_unused_export__ = UpdatedAuthorizerConfiguration$;
__webpack_unused_export__ = UpdatedCustomDescriptor$;
__webpack_unused_export__ = UpdatedDescription$;
__webpack_unused_export__ = UpdatedDescriptors$;
__webpack_unused_export__ = UpdatedDescriptorsUnion$;
__webpack_unused_export__ = UpdatedHarnessEnvironmentArtifact$;
__webpack_unused_export__ = UpdatedHarnessMemoryConfiguration$;
__webpack_unused_export__ = UpdatedMcpDescriptor$;
__webpack_unused_export__ = UpdatedMcpDescriptorFields$;
__webpack_unused_export__ = UpdatedServerDefinition$;
__webpack_unused_export__ = UpdatedSkillDefinition$;
__webpack_unused_export__ = UpdatedSkillMdDefinition$;
__webpack_unused_export__ = UpdatedSynchronizationConfiguration$;
__webpack_unused_export__ = UpdatedSynchronizationType$;
__webpack_unused_export__ = UpdatedToolsDefinition$;
__webpack_unused_export__ = UserPreferenceConsolidationOverride$;
__webpack_unused_export__ = UserPreferenceExtractionOverride$;
__webpack_unused_export__ = UserPreferenceMemoryStrategyInput$;
__webpack_unused_export__ = UserPreferenceOverrideConfigurationInput$;
__webpack_unused_export__ = UserPreferenceOverrideConsolidationConfigurationInput$;
__webpack_unused_export__ = UserPreferenceOverrideExtractionConfigurationInput$;
__webpack_unused_export__ = Validation$;
exports.drm = ValidationException;
__webpack_unused_export__ = ValidationException$;
__webpack_unused_export__ = ValidationExceptionField$;
__webpack_unused_export__ = ValidationExceptionReason;
__webpack_unused_export__ = VersionCreatedBySource$;
__webpack_unused_export__ = VersionFilter$;
__webpack_unused_export__ = VersionLineageMetadata$;
__webpack_unused_export__ = VolumeConfiguration$;
__webpack_unused_export__ = VpcConfig$;
__webpack_unused_export__ = VpcConfiguration$;
__webpack_unused_export__ = WafConfiguration$;
__webpack_unused_export__ = WafFailureMode;
__webpack_unused_export__ = WeightedOverride$;
__webpack_unused_export__ = WeightedRoute$;
__webpack_unused_export__ = WorkloadIdentityDetails$;
__webpack_unused_export__ = WorkloadIdentityType$;
__webpack_unused_export__ = errorTypeRegistries;
exports.hfN = paginateListAgentRuntimeEndpoints;
exports.KBt = paginateListAgentRuntimeVersions;
__webpack_unused_export__ = paginateListAgentRuntimeVersionsByCapacityProvider;
exports.uoq = paginateListAgentRuntimes;
__webpack_unused_export__ = paginateListApiKeyCredentialProviders;
__webpack_unused_export__ = paginateListBrowserProfiles;
__webpack_unused_export__ = paginateListBrowsers;
__webpack_unused_export__ = paginateListCapacityProviders;
__webpack_unused_export__ = paginateListCodeInterpreters;
__webpack_unused_export__ = paginateListConfigurationBundleVersions;
__webpack_unused_export__ = paginateListConfigurationBundles;
__webpack_unused_export__ = paginateListConsentPortals;
__webpack_unused_export__ = paginateListDatasetExamples;
__webpack_unused_export__ = paginateListDatasetVersions;
__webpack_unused_export__ = paginateListDatasets;
__webpack_unused_export__ = paginateListEvaluators;
__webpack_unused_export__ = paginateListGatewayRateLimits;
__webpack_unused_export__ = paginateListGatewayRules;
__webpack_unused_export__ = paginateListGatewayTargets;
__webpack_unused_export__ = paginateListGateways;
__webpack_unused_export__ = paginateListHarnessEndpoints;
__webpack_unused_export__ = paginateListHarnessVersions;
__webpack_unused_export__ = paginateListHarnesses;
__webpack_unused_export__ = paginateListMemories;
__webpack_unused_export__ = paginateListOauth2CredentialProviders;
__webpack_unused_export__ = paginateListOnlineEvaluationConfigs;
__webpack_unused_export__ = paginateListPaymentConnectors;
__webpack_unused_export__ = paginateListPaymentCredentialProviders;
__webpack_unused_export__ = paginateListPaymentManagers;
__webpack_unused_export__ = paginateListPolicies;
__webpack_unused_export__ = paginateListPolicyEngineSummaries;
__webpack_unused_export__ = paginateListPolicyEngines;
__webpack_unused_export__ = paginateListPolicyGenerationAssets;
__webpack_unused_export__ = paginateListPolicyGenerationSummaries;
__webpack_unused_export__ = paginateListPolicyGenerations;
__webpack_unused_export__ = paginateListPolicySummaries;
__webpack_unused_export__ = paginateListRegistries;
__webpack_unused_export__ = paginateListRegistryRecords;
__webpack_unused_export__ = paginateListWorkloadIdentities;
__webpack_unused_export__ = waitForMemoryCreated;
__webpack_unused_export__ = waitForPolicyActive;
__webpack_unused_export__ = waitForPolicyDeleted;
__webpack_unused_export__ = waitForPolicyEngineActive;
__webpack_unused_export__ = waitForPolicyEngineDeleted;
__webpack_unused_export__ = waitForPolicyGenerationCompleted;
__webpack_unused_export__ = waitUntilMemoryCreated;
__webpack_unused_export__ = waitUntilPolicyActive;
__webpack_unused_export__ = waitUntilPolicyDeleted;
__webpack_unused_export__ = waitUntilPolicyEngineActive;
__webpack_unused_export__ = waitUntilPolicyEngineDeleted;
__webpack_unused_export__ = waitUntilPolicyGenerationCompleted;


/***/ }),

/***/ 3805:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(402);
const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createWaiter, checkExceptions, WaiterState, createAggregatedClient } = __webpack_require__(2658);
const { Command: $Command } = __webpack_require__(2658);
__webpack_unused_export__ = $Command;
__webpack_unused_export__ = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(7291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(2085);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(3422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(3609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(6890);
const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(7523);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(2430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(1279);
const { AwsQueryProtocol } = __webpack_require__(7288);
const { Sha256 } = __webpack_require__(9542);

const defaultCloudFormationHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "cloudformation",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultCloudFormationHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "cloudformation",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1168.0";
var packageInfo = {
	version: version};

const k = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
        ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://cloudformation-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://cloudformation.{Region}.amazonaws.com", i],
        ["https://cloudformation-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://cloudformation.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://cloudformation.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 13, 3,
    1, 4, r + 12,
    2, 5, r + 12,
    3, 8, 6,
    4, 7, r + 11,
    5, r + 9, r + 10,
    4, 11, 9,
    6, 10, r + 8,
    7, r + 6, r + 7,
    5, 12, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 14,
    4, r + 2, r + 3,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

class CloudFormationServiceException extends ServiceException {
    static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.cloudformation#CloudFormationServiceException";
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, CloudFormationServiceException.prototype);
    }
}

class InvalidOperationException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#InvalidOperationException";
    name = "InvalidOperationException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidOperationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidOperationException.prototype);
        this.Message = opts.Message;
    }
}
class OperationNotFoundException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#OperationNotFoundException";
    name = "OperationNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "OperationNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OperationNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class CFNRegistryException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#CFNRegistryException";
    name = "CFNRegistryException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "CFNRegistryException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CFNRegistryException.prototype);
        this.Message = opts.Message;
    }
}
class TypeNotFoundException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#TypeNotFoundException";
    name = "TypeNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TypeNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TypeNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class AlreadyExistsException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#AlreadyExistsException";
    name = "AlreadyExistsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AlreadyExistsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AlreadyExistsException.prototype);
        this.Message = opts.Message;
    }
}
class TypeConfigurationNotFoundException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#TypeConfigurationNotFoundException";
    name = "TypeConfigurationNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TypeConfigurationNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TypeConfigurationNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class TokenAlreadyExistsException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#TokenAlreadyExistsException";
    name = "TokenAlreadyExistsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TokenAlreadyExistsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TokenAlreadyExistsException.prototype);
        this.Message = opts.Message;
    }
}
class ChangeSetNotFoundException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#ChangeSetNotFoundException";
    name = "ChangeSetNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ChangeSetNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ChangeSetNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class InsufficientCapabilitiesException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#InsufficientCapabilitiesException";
    name = "InsufficientCapabilitiesException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InsufficientCapabilitiesException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InsufficientCapabilitiesException.prototype);
        this.Message = opts.Message;
    }
}
class LimitExceededException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#LimitExceededException";
    name = "LimitExceededException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "LimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, LimitExceededException.prototype);
        this.Message = opts.Message;
    }
}
class ConcurrentResourcesLimitExceededException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#ConcurrentResourcesLimitExceededException";
    name = "ConcurrentResourcesLimitExceededException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ConcurrentResourcesLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConcurrentResourcesLimitExceededException.prototype);
        this.Message = opts.Message;
    }
}
class OperationIdAlreadyExistsException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#OperationIdAlreadyExistsException";
    name = "OperationIdAlreadyExistsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "OperationIdAlreadyExistsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OperationIdAlreadyExistsException.prototype);
        this.Message = opts.Message;
    }
}
class OperationInProgressException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#OperationInProgressException";
    name = "OperationInProgressException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "OperationInProgressException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OperationInProgressException.prototype);
        this.Message = opts.Message;
    }
}
class StackSetNotFoundException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#StackSetNotFoundException";
    name = "StackSetNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "StackSetNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, StackSetNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class StaleRequestException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#StaleRequestException";
    name = "StaleRequestException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "StaleRequestException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, StaleRequestException.prototype);
        this.Message = opts.Message;
    }
}
class CreatedButModifiedException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#CreatedButModifiedException";
    name = "CreatedButModifiedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "CreatedButModifiedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CreatedButModifiedException.prototype);
        this.Message = opts.Message;
    }
}
class NameAlreadyExistsException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#NameAlreadyExistsException";
    name = "NameAlreadyExistsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "NameAlreadyExistsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, NameAlreadyExistsException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidChangeSetStatusException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#InvalidChangeSetStatusException";
    name = "InvalidChangeSetStatusException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidChangeSetStatusException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidChangeSetStatusException.prototype);
        this.Message = opts.Message;
    }
}
class GeneratedTemplateNotFoundException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#GeneratedTemplateNotFoundException";
    name = "GeneratedTemplateNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "GeneratedTemplateNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, GeneratedTemplateNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class StackSetNotEmptyException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#StackSetNotEmptyException";
    name = "StackSetNotEmptyException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "StackSetNotEmptyException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, StackSetNotEmptyException.prototype);
        this.Message = opts.Message;
    }
}
class ResourceScanNotFoundException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#ResourceScanNotFoundException";
    name = "ResourceScanNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceScanNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceScanNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class StackInstanceNotFoundException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#StackInstanceNotFoundException";
    name = "StackInstanceNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "StackInstanceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, StackInstanceNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class StackRefactorNotFoundException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#StackRefactorNotFoundException";
    name = "StackRefactorNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "StackRefactorNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, StackRefactorNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class HookResultNotFoundException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#HookResultNotFoundException";
    name = "HookResultNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "HookResultNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, HookResultNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class StackNotFoundException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#StackNotFoundException";
    name = "StackNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "StackNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, StackNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class ResourceScanInProgressException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#ResourceScanInProgressException";
    name = "ResourceScanInProgressException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceScanInProgressException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceScanInProgressException.prototype);
        this.Message = opts.Message;
    }
}
class InvalidStateTransitionException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#InvalidStateTransitionException";
    name = "InvalidStateTransitionException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidStateTransitionException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidStateTransitionException.prototype);
        this.Message = opts.Message;
    }
}
class OperationStatusCheckFailedException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#OperationStatusCheckFailedException";
    name = "OperationStatusCheckFailedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "OperationStatusCheckFailedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OperationStatusCheckFailedException.prototype);
        this.Message = opts.Message;
    }
}
class ResourceScanLimitExceededException extends CloudFormationServiceException {
    static shapeId = "com.amazonaws.cloudformation#ResourceScanLimitExceededException";
    name = "ResourceScanLimitExceededException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ResourceScanLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceScanLimitExceededException.prototype);
        this.Message = opts.Message;
    }
}

const _A = "Arn";
const _AC = "AfterContext";
const _ACT = "AttributeChangeType";
const _AD = "AutoDeployment";
const _AEE = "AlreadyExistsException";
const _AFT = "AccountFilterType";
const _AGR = "AccountGateResult";
const _AL = "AccountLimit";
const _ALL = "AccountLimitList";
const _ALc = "AccountLimits";
const _ALn = "AnnotationList";
const _AN = "AnnotationName";
const _ANl = "AliasName";
const _AOA = "ActivateOrganizationsAccess";
const _AOAI = "ActivateOrganizationsAccessInput";
const _AOAO = "ActivateOrganizationsAccessOutput";
const _AP = "ActualProperties";
const _AR = "AddResources";
const _ARARN = "AdministrationRoleARN";
const _AT = "ActivateType";
const _ATAC = "AcceptTermsAndConditions";
const _ATI = "ActivateTypeInput";
const _ATO = "ActivateTypeOutput";
const _AU = "AutoUpdate";
const _AUc = "AccountsUrl";
const _AV = "ActualValue";
const _AVF = "AfterValueFrom";
const _AVf = "AfterValue";
const _AVl = "AllowedValues";
const _Ac = "Accounts";
const _Acc = "Account";
const _Act = "Action";
const _Acti = "Active";
const _Al = "Alias";
const _An = "Annotation";
const _Ann = "Annotations";
const _At = "Attribute";
const _BC = "BeforeContext";
const _BDTC = "BatchDescribeTypeConfigurations";
const _BDTCE = "BatchDescribeTypeConfigurationsError";
const _BDTCEa = "BatchDescribeTypeConfigurationsErrors";
const _BDTCI = "BatchDescribeTypeConfigurationsInput";
const _BDTCO = "BatchDescribeTypeConfigurationsOutput";
const _BT = "BearerToken";
const _BV = "BeforeValue";
const _BVF = "BeforeValueFrom";
const _C = "Change";
const _CA = "CallAs";
const _CAo = "ConnectionArn";
const _CAon = "ConfigurationAlias";
const _CAonf = "ConfigurationArn";
const _CBME = "CreatedButModifiedException";
const _CCS = "CreateChangeSet";
const _CCSI = "CreateChangeSetInput";
const _CCSO = "CreateChangeSetOutput";
const _CE = "CausingEntity";
const _CFNRE = "CFNRegistryException";
const _CGT = "CreateGeneratedTemplate";
const _CGTI = "CreateGeneratedTemplateInput";
const _CGTO = "CreateGeneratedTemplateOutput";
const _CM = "ConcurrencyMode";
const _COS = "CurrentOperationStatus";
const _CR = "CapabilitiesReason";
const _CRLEE = "ConcurrentResourcesLimitExceededException";
const _CRT = "ClientRequestToken";
const _CS = "ConfigurationSchema";
const _CSH = "ChangeSetHook";
const _CSHRTD = "ChangeSetHookResourceTargetDetails";
const _CSHTD = "ChangeSetHookTargetDetails";
const _CSHh = "ChangeSetHooks";
const _CSI = "ChangeSetId";
const _CSII = "CreateStackInstancesInput";
const _CSIO = "CreateStackInstancesOutput";
const _CSIr = "CreateStackInput";
const _CSIre = "CreateStackInstances";
const _CSN = "ChangeSetName";
const _CSNFE = "ChangeSetNotFoundException";
const _CSO = "CreateStackOutput";
const _CSR = "CreateStackRefactor";
const _CSRI = "CreateStackRefactorInput";
const _CSRO = "CreateStackRefactorOutput";
const _CSS = "ChangeSetSummary";
const _CSSI = "CreateStackSetInput";
const _CSSO = "CreateStackSetOutput";
const _CSSh = "ChangeSetSummaries";
const _CSSr = "CreateStackSet";
const _CST = "ChangeSetType";
const _CSh = "ChangeSource";
const _CSr = "CreateStack";
const _CT = "CreationTime";
const _CTl = "ClientToken";
const _CTr = "CreationTimestamp";
const _CUR = "ContinueUpdateRollback";
const _CURI = "ContinueUpdateRollbackInput";
const _CURO = "ContinueUpdateRollbackOutput";
const _CUS = "CancelUpdateStack";
const _CUSI = "CancelUpdateStackInput";
const _Ca = "Capabilities";
const _Cat = "Category";
const _Ch = "Changes";
const _Co = "Configuration";
const _D = "Description";
const _DAL = "DescribeAccountLimits";
const _DALI = "DescribeAccountLimitsInput";
const _DALO = "DescribeAccountLimitsOutput";
const _DC = "DeploymentConfig";
const _DCS = "DeleteChangeSet";
const _DCSH = "DescribeChangeSetHooks";
const _DCSHI = "DescribeChangeSetHooksInput";
const _DCSHO = "DescribeChangeSetHooksOutput";
const _DCSI = "DeleteChangeSetInput";
const _DCSIe = "DescribeChangeSetInput";
const _DCSO = "DeleteChangeSetOutput";
const _DCSOe = "DescribeChangeSetOutput";
const _DCSe = "DescribeChangeSet";
const _DDS = "DriftDetectionStatus";
const _DDT = "DriftDetectionTimestamp";
const _DE = "DescribeEvents";
const _DEI = "DescribeEventsInput";
const _DEO = "DescribeEventsOutput";
const _DGT = "DeleteGeneratedTemplate";
const _DGTI = "DeleteGeneratedTemplateInput";
const _DGTIe = "DescribeGeneratedTemplateInput";
const _DGTO = "DescribeGeneratedTemplateOutput";
const _DGTe = "DescribeGeneratedTemplate";
const _DI = "DriftInformation";
const _DM = "DeploymentMode";
const _DMe = "DeletionMode";
const _DO = "DependsOn";
const _DOA = "DeactivateOrganizationsAccess";
const _DOAI = "DeactivateOrganizationsAccessInput";
const _DOAIe = "DescribeOrganizationsAccessInput";
const _DOAO = "DeactivateOrganizationsAccessOutput";
const _DOAOe = "DescribeOrganizationsAccessOutput";
const _DOAe = "DescribeOrganizationsAccess";
const _DP = "DeletionPolicy";
const _DPI = "DescribePublisherInput";
const _DPO = "DescribePublisherOutput";
const _DPe = "DescribePublisher";
const _DR = "DisableRollback";
const _DRS = "DescribeResourceScan";
const _DRSI = "DescribeResourceScanInput";
const _DRSO = "DescribeResourceScanOutput";
const _DRe = "DetectionReason";
const _DS = "DetectionStatus";
const _DSD = "DetectStackDrift";
const _DSDDS = "DescribeStackDriftDetectionStatus";
const _DSDDSI = "DescribeStackDriftDetectionStatusInput";
const _DSDDSO = "DescribeStackDriftDetectionStatusOutput";
const _DSDI = "DetectStackDriftInput";
const _DSDO = "DetectStackDriftOutput";
const _DSE = "DescribeStackEvents";
const _DSEI = "DescribeStackEventsInput";
const _DSEO = "DescribeStackEventsOutput";
const _DSI = "DeleteStackInput";
const _DSIC = "DriftedStackInstancesCount";
const _DSII = "DeleteStackInstancesInput";
const _DSIIe = "DescribeStackInstanceInput";
const _DSIO = "DeleteStackInstancesOutput";
const _DSIOe = "DescribeStackInstanceOutput";
const _DSIe = "DescribeStacksInput";
const _DSIel = "DeleteStackInstances";
const _DSIes = "DescribeStackInstance";
const _DSO = "DescribeStacksOutput";
const _DSR = "DetectionStatusReason";
const _DSRC = "DriftedStackResourceCount";
const _DSRD = "DescribeStackResourceDrifts";
const _DSRDI = "DescribeStackResourceDriftsInput";
const _DSRDIe = "DetectStackResourceDriftInput";
const _DSRDO = "DescribeStackResourceDriftsOutput";
const _DSRDOe = "DetectStackResourceDriftOutput";
const _DSRDe = "DetectStackResourceDrift";
const _DSRI = "DescribeStackRefactorInput";
const _DSRIe = "DescribeStackResourceInput";
const _DSRIes = "DescribeStackResourcesInput";
const _DSRO = "DescribeStackRefactorOutput";
const _DSROe = "DescribeStackResourceOutput";
const _DSROes = "DescribeStackResourcesOutput";
const _DSRe = "DescribeStackRefactor";
const _DSRes = "DescribeStackResource";
const _DSResc = "DescribeStackResources";
const _DSRr = "DriftStatusReason";
const _DSS = "DeleteStackSet";
const _DSSD = "DetectStackSetDrift";
const _DSSDI = "DetectStackSetDriftInput";
const _DSSDO = "DetectStackSetDriftOutput";
const _DSSI = "DeleteStackSetInput";
const _DSSIe = "DescribeStackSetInput";
const _DSSO = "DeleteStackSetOutput";
const _DSSOI = "DescribeStackSetOperationInput";
const _DSSOO = "DescribeStackSetOperationOutput";
const _DSSOe = "DescribeStackSetOutput";
const _DSSOes = "DescribeStackSetOperation";
const _DSSe = "DescribeStackSet";
const _DSe = "DeprecatedStatus";
const _DSel = "DeleteStack";
const _DSes = "DescribeStacks";
const _DSet = "DetailedStatus";
const _DSr = "DriftStatus";
const _DT = "DeploymentTargets";
const _DTI = "DeactivateTypeInput";
const _DTIe = "DeregisterTypeInput";
const _DTIes = "DescribeTypeInput";
const _DTO = "DeactivateTypeOutput";
const _DTOe = "DeregisterTypeOutput";
const _DTOes = "DescribeTypeOutput";
const _DTR = "DescribeTypeRegistration";
const _DTRI = "DescribeTypeRegistrationInput";
const _DTRO = "DescribeTypeRegistrationOutput";
const _DTe = "DeclaredTransforms";
const _DTea = "DeactivateType";
const _DTel = "DeletionTime";
const _DTer = "DeregisterType";
const _DTes = "DescribeType";
const _DTi = "DifferenceType";
const _DU = "DocumentationUrl";
const _DV = "DisableValidation";
const _DVI = "DefaultVersionId";
const _DVe = "DefaultValue";
const _De = "Details";
const _Des = "Destination";
const _Det = "Detection";
const _Dr = "Drift";
const _E = "Enabled";
const _EC = "ErrorCode";
const _ECS = "ExecuteChangeSet";
const _ECSI = "ExecuteChangeSetInput";
const _ECSO = "ExecuteChangeSetOutput";
const _EF = "EventFilter";
const _EI = "EventId";
const _EM = "ErrorMessage";
const _EN = "ExportName";
const _EP = "ExpectedProperties";
const _ERA = "ExecutionRoleArn";
const _ERN = "ExecutionRoleName";
const _ES = "ExecutionStatus";
const _ESC = "EnableStackCreation";
const _ESF = "ExecutionStatusFilter";
const _ESI = "ExportingStackId";
const _ESR = "ExecutionStatusReason";
const _ESRI = "ExecuteStackRefactorInput";
const _ESRx = "ExecuteStackRefactor";
const _ET = "EndTime";
const _ETC = "EstimateTemplateCost";
const _ETCI = "EstimateTemplateCostInput";
const _ETCO = "EstimateTemplateCostOutput";
const _ETP = "EnableTerminationProtection";
const _ETn = "EndTimestamp";
const _ETv = "EventType";
const _EV = "ExpectedValue";
const _En = "Entity";
const _Er = "Errors";
const _Ev = "Evaluation";
const _Ex = "Export";
const _Exp = "Exports";
const _F = "Filters";
const _FE = "FailedEvents";
const _FM = "FailureMode";
const _FR = "ForceRollback";
const _FSIC = "FailedStackInstancesCount";
const _FTC = "FailureToleranceCount";
const _FTP = "FailureTolerancePercentage";
const _Fo = "Format";
const _GGT = "GetGeneratedTemplate";
const _GGTI = "GetGeneratedTemplateInput";
const _GGTO = "GetGeneratedTemplateOutput";
const _GHR = "GetHookResult";
const _GHRI = "GetHookResultInput";
const _GHRO = "GetHookResultOutput";
const _GSP = "GetStackPolicy";
const _GSPI = "GetStackPolicyInput";
const _GSPO = "GetStackPolicyOutput";
const _GT = "GetTemplate";
const _GTI = "GeneratedTemplateId";
const _GTIe = "GetTemplateInput";
const _GTN = "GeneratedTemplateName";
const _GTNFE = "GeneratedTemplateNotFoundException";
const _GTO = "GetTemplateOutput";
const _GTS = "GetTemplateSummary";
const _GTSI = "GetTemplateSummaryInput";
const _GTSO = "GetTemplateSummaryOutput";
const _H = "Hooks";
const _HET = "HookExecutionTarget";
const _HFM = "HookFailureMode";
const _HIC = "HookInvocationCount";
const _HII = "HookInvocationId";
const _HIP = "HookInvocationPoint";
const _HR = "HookResults";
const _HRI = "HookResultId";
const _HRNFE = "HookResultNotFoundException";
const _HRS = "HookResultSummary";
const _HRSo = "HookResultSummaries";
const _HS = "HookStatus";
const _HSR = "HookStatusReason";
const _HT = "HookTarget";
const _HTo = "HookType";
const _I = "Id";
const _IA = "IsActivated";
const _IAn = "InvokedAt";
const _ICE = "InsufficientCapabilitiesException";
const _ICSSE = "InvalidChangeSetStatusException";
const _IDC = "IsDefaultConfiguration";
const _IDV = "IsDefaultVersion";
const _IER = "ImportExistingResources";
const _INS = "IncludeNestedStacks";
const _IOE = "InvalidOperationException";
const _IP = "InvocationPoint";
const _IPSIC = "InProgressStackInstancesCount";
const _IPV = "IncludePropertyValues";
const _IPd = "IdentityProvider";
const _ISSIC = "InSyncStackInstancesCount";
const _ISTE = "InvalidStateTransitionException";
const _ISTSS = "ImportStacksToStackSet";
const _ISTSSI = "ImportStacksToStackSetInput";
const _ISTSSO = "ImportStacksToStackSetOutput";
const _Im = "Imports";
const _K = "Key";
const _LC = "LoggingConfig";
const _LCS = "ListChangeSets";
const _LCSI = "ListChangeSetsInput";
const _LCSO = "ListChangeSetsOutput";
const _LCT = "LastCheckTimestamp";
const _LDB = "LogDeliveryBucket";
const _LDCT = "LastDriftCheckTimestamp";
const _LE = "ListExports";
const _LEE = "LimitExceededException";
const _LEI = "ListExportsInput";
const _LEO = "ListExportsOutput";
const _LGN = "LogGroupName";
const _LGT = "ListGeneratedTemplates";
const _LGTI = "ListGeneratedTemplatesInput";
const _LGTO = "ListGeneratedTemplatesOutput";
const _LHR = "ListHookResults";
const _LHRI = "ListHookResultsInput";
const _LHRO = "ListHookResultsOutput";
const _LI = "ListImports";
const _LIH = "LogicalIdHierarchy";
const _LII = "ListImportsInput";
const _LIO = "ListImportsOutput";
const _LO = "LastOperations";
const _LOI = "LastOperationId";
const _LPV = "LatestPublicVersion";
const _LRA = "LogRoleArn";
const _LRD = "LiveResourceDrift";
const _LRI = "LogicalResourceId";
const _LRIo = "LogicalResourceIds";
const _LRS = "ListResourceScans";
const _LRSI = "ListResourceScansInput";
const _LRSO = "ListResourceScansOutput";
const _LRSR = "ListResourceScanResources";
const _LRSRI = "ListResourceScanResourcesInput";
const _LRSRO = "ListResourceScanResourcesOutput";
const _LRSRR = "ListResourceScanRelatedResources";
const _LRSRRI = "ListResourceScanRelatedResourcesInput";
const _LRSRRO = "ListResourceScanRelatedResourcesOutput";
const _LS = "ListStacks";
const _LSI = "ListStacksInput";
const _LSII = "ListStackInstancesInput";
const _LSIO = "ListStackInstancesOutput";
const _LSIRD = "ListStackInstanceResourceDrifts";
const _LSIRDI = "ListStackInstanceResourceDriftsInput";
const _LSIRDO = "ListStackInstanceResourceDriftsOutput";
const _LSIi = "ListStackInstances";
const _LSO = "ListStacksOutput";
const _LSR = "ListStackRefactors";
const _LSRA = "ListStackRefactorActions";
const _LSRAI = "ListStackRefactorActionsInput";
const _LSRAO = "ListStackRefactorActionsOutput";
const _LSRI = "ListStackRefactorsInput";
const _LSRIi = "ListStackResourcesInput";
const _LSRO = "ListStackRefactorsOutput";
const _LSROi = "ListStackResourcesOutput";
const _LSRi = "ListStackResources";
const _LSS = "ListStackSets";
const _LSSADT = "ListStackSetAutoDeploymentTargets";
const _LSSADTI = "ListStackSetAutoDeploymentTargetsInput";
const _LSSADTO = "ListStackSetAutoDeploymentTargetsOutput";
const _LSSI = "ListStackSetsInput";
const _LSSO = "ListStackSetsOutput";
const _LSSOI = "ListStackSetOperationsInput";
const _LSSOO = "ListStackSetOperationsOutput";
const _LSSOR = "ListStackSetOperationResults";
const _LSSORI = "ListStackSetOperationResultsInput";
const _LSSORO = "ListStackSetOperationResultsOutput";
const _LSSOi = "ListStackSetOperations";
const _LT = "ListTypes";
const _LTI = "ListTypesInput";
const _LTO = "ListTypesOutput";
const _LTR = "ListTypeRegistrations";
const _LTRI = "ListTypeRegistrationsInput";
const _LTRO = "ListTypeRegistrationsOutput";
const _LTV = "ListTypeVersions";
const _LTVI = "ListTypeVersionsInput";
const _LTVO = "ListTypeVersionsOutput";
const _LU = "LastUpdated";
const _LUT = "LastUpdatedTime";
const _LUTa = "LastUpdatedTimestamp";
const _M = "Message";
const _MBS = "ManagedByStack";
const _MCC = "MaxConcurrentCount";
const _MCP = "MaxConcurrentPercentage";
const _ME = "ManagedExecution";
const _MI = "ModuleInfo";
const _MR = "MaxResults";
const _MTIM = "MonitoringTimeInMinutes";
const _MV = "MajorVersion";
const _Me = "Metadata";
const _Mo = "Mode";
const _N = "Name";
const _NAEE = "NameAlreadyExistsException";
const _NARN = "NotificationARNs";
const _NE = "NoEcho";
const _NGTN = "NewGeneratedTemplateName";
const _NOR = "NumberOfResources";
const _NT = "NextToken";
const _O = "Output";
const _OE = "OperationEvents";
const _OEp = "OperationEntry";
const _OEpe = "OperationEvent";
const _OF = "OnFailure";
const _OI = "OperationId";
const _OIAEE = "OperationIdAlreadyExistsException";
const _OIPE = "OperationInProgressException";
const _OK = "OutputKey";
const _ONFE = "OperationNotFoundException";
const _OP = "OperationPreferences";
const _ORF = "OperationResultFilter";
const _ORFp = "OperationResultFilters";
const _OS = "OperationStatus";
const _OSCFE = "OperationStatusCheckFailedException";
const _OSF = "OnStackFailure";
const _OT = "OperationType";
const _OTA = "OriginalTypeArn";
const _OTN = "OriginalTypeName";
const _OUI = "OrganizationalUnitIds";
const _OUIr = "OrganizationalUnitId";
const _OV = "OutputValue";
const _Ou = "Outputs";
const _P = "Parameters";
const _PA = "PolicyAction";
const _PC = "PercentageCompleted";
const _PCSI = "ParentChangeSetId";
const _PCa = "ParameterConstraints";
const _PD = "ParameterDeclaration";
const _PDC = "PreviousDeploymentContext";
const _PDa = "ParameterDeclarations";
const _PDr = "PropertyDifference";
const _PDro = "PropertyDifferences";
const _PI = "PublisherId";
const _PIa = "ParentId";
const _PIu = "PublisherIdentity";
const _PK = "ParameterKey";
const _PM = "PermissionModel";
const _PN = "PublisherName";
const _PO = "ParameterOverrides";
const _PP = "PublisherProfile";
const _PPr = "PropertyPath";
const _PRI = "PhysicalResourceId";
const _PRIC = "PhysicalResourceIdContext";
const _PRICKVP = "PhysicalResourceIdContextKeyValuePair";
const _PS = "PublisherStatus";
const _PSr = "ProgressStatus";
const _PT = "ProvisioningType";
const _PTA = "PublicTypeArn";
const _PTI = "PublishTypeInput";
const _PTO = "PublishTypeOutput";
const _PTa = "ParameterType";
const _PTu = "PublishType";
const _PV = "PreviousValue";
const _PVN = "PublicVersionNumber";
const _PVa = "ParameterValue";
const _Pa = "Parameter";
const _Pat = "Path";
const _Pr = "Progress";
const _Pro = "Properties";
const _R = "Resources";
const _RA = "ResourceAction";
const _RAI = "RemoveAliasInput";
const _RAR = "RefreshAllResources";
const _RARN = "RoleARN";
const _RAT = "RequiredActivatedTypes";
const _RATe = "RequiredActivatedType";
const _RAe = "RemoveAlias";
const _RC = "ResourceChange";
const _RCD = "ResourceChangeDetail";
const _RCDe = "ResourceChangeDetails";
const _RCSI = "RootChangeSetId";
const _RCT = "RegionConcurrencyType";
const _RCo = "RollbackConfiguration";
const _RD = "ResourceDefinition";
const _RDIA = "ResourceDriftIgnoredAttributes";
const _RDIAe = "ResourceDriftIgnoredAttribute";
const _RDS = "ResourceDriftStatus";
const _RDe = "ResourceDetail";
const _RDes = "ResourceDefinitions";
const _RDeso = "ResourceDetails";
const _REOC = "RetainExceptOnCreate";
const _RF = "ResourcesFailed";
const _RHP = "RecordHandlerProgress";
const _RHPI = "RecordHandlerProgressInput";
const _RHPO = "RecordHandlerProgressOutput";
const _RI = "ResourceIdentifier";
const _RIS = "ResourceIdentifierSummaries";
const _RISe = "ResourceIdentifierSummary";
const _RIe = "ResourceIdentifiers";
const _RIo = "RootId";
const _RL = "RemediationLink";
const _RLe = "ResourceLocation";
const _RM = "RemediationMessage";
const _RMe = "ResourceMappings";
const _RMes = "ResourceModel";
const _RMeso = "ResourceMapping";
const _RO = "RegionOrder";
const _RP = "ResourceProperties";
const _RPI = "RegisterPublisherInput";
const _RPO = "RegisterPublisherOutput";
const _RPe = "ResourcesProcessing";
const _RPeg = "RegisterPublisher";
const _RPes = "ResourcesPending";
const _RR = "RetainResources";
const _RRe = "ResourcesRead";
const _RRel = "RelatedResources";
const _RRem = "RemoveResources";
const _RReq = "RequiresRecreation";
const _RS = "RetainStacks";
const _RSF = "RegistrationStatusFilter";
const _RSI = "ResourceScanId";
const _RSIPE = "ResourceScanInProgressException";
const _RSIo = "RollbackStackInput";
const _RSLEE = "ResourceScanLimitExceededException";
const _RSNFE = "ResourceScanNotFoundException";
const _RSO = "RollbackStackOutput";
const _RSOAR = "RetainStacksOnAccountRemoval";
const _RSR = "ResourceStatusReason";
const _RSS = "ResourceScanSummaries";
const _RSSe = "ResourceScanSummary";
const _RSe = "ResourcesScanned";
const _RSes = "ResourceStatus";
const _RSeso = "ResourcesSucceeded";
const _RSo = "RollbackStack";
const _RT = "ResourceType";
const _RTD = "ResourceTargetDetails";
const _RTDe = "ResourceTargetDefinition";
const _RTI = "ResourcesToImport";
const _RTIe = "RegisterTypeInput";
const _RTIes = "ResourceToImport";
const _RTL = "RegistrationTokenList";
const _RTO = "RegisterTypeOutput";
const _RTP = "ResourceTypePrefix";
const _RTS = "ResourcesToSkip";
const _RTe = "ResourceTypes";
const _RTeg = "RegistrationToken";
const _RTegi = "RegisterType";
const _RTo = "RollbackTriggers";
const _RTol = "RollbackTrigger";
const _RV = "ResolvedValue";
const _Re = "Regions";
const _Rea = "Reason";
const _Reg = "Region";
const _Rep = "Replacement";
const _Req = "Required";
const _S = "Status";
const _SA = "StagesAvailable";
const _SAI = "SetAliasInput";
const _SAe = "SetAlias";
const _SD = "StackDefinitions";
const _SDDI = "StackDriftDetectionId";
const _SDI = "StackDriftInformation";
const _SDIS = "StackDriftInformationSummary";
const _SDS = "StackDriftStatus";
const _SDt = "StackDefinition";
const _SDta = "StatusDetails";
const _SE = "StackEvents";
const _SEt = "StackEvent";
const _SF = "ScanFilters";
const _SFc = "ScanFilter";
const _SHP = "SchemaHandlerPackage";
const _SI = "StackId";
const _SIA = "StackInstanceAccount";
const _SICS = "StackInstanceComprehensiveStatus";
const _SIF = "StackInstanceFilter";
const _SIFt = "StackInstanceFilters";
const _SINFE = "StackInstanceNotFoundException";
const _SIR = "StackInstanceRegion";
const _SIRDS = "StackInstanceResourceDriftStatuses";
const _SIRDSt = "StackInstanceResourceDriftsSummary";
const _SIRDSta = "StackInstanceResourceDriftsSummaries";
const _SIS = "StackInstanceStatus";
const _SISt = "StackInstanceSummary";
const _SISta = "StackInstanceSummaries";
const _SIU = "StackIdsUrl";
const _SIt = "StackInstance";
const _SIta = "StackIds";
const _SL = "SeverityLevel";
const _SM = "StatusMessage";
const _SMV = "SupportedMajorVersions";
const _SN = "StackName";
const _SNFE = "StackNotFoundException";
const _SPB = "StackPolicyBody";
const _SPDUB = "StackPolicyDuringUpdateBody";
const _SPDUURL = "StackPolicyDuringUpdateURL";
const _SPURL = "StackPolicyURL";
const _SR = "StatusReason";
const _SRA = "StackRefactorActions";
const _SRAt = "StackRefactorAction";
const _SRD = "StackResourceDrifts";
const _SRDI = "StackResourceDriftInformation";
const _SRDIS = "StackResourceDriftInformationSummary";
const _SRDS = "StackResourceDriftStatus";
const _SRDSF = "StackResourceDriftStatusFilters";
const _SRDt = "StackResourceDetail";
const _SRDta = "StackResourceDrift";
const _SRE = "StaleRequestException";
const _SRI = "StackRefactorId";
const _SRIc = "ScannedResourceIdentifier";
const _SRIca = "ScannedResourceIdentifiers";
const _SRIi = "SignalResourceInput";
const _SRNFE = "StackRefactorNotFoundException";
const _SRS = "StackRefactorSummaries";
const _SRSI = "StartResourceScanInput";
const _SRSO = "StartResourceScanOutput";
const _SRSt = "StackResourceSummaries";
const _SRSta = "StackRefactorSummary";
const _SRStac = "StackResourceSummary";
const _SRStar = "StartResourceScan";
const _SRTR = "StackRefactorTagResources";
const _SRc = "ScannedResource";
const _SRca = "ScannedResources";
const _SRi = "SignalResource";
const _SRt = "StackResources";
const _SRta = "StackResource";
const _SS = "StackSet";
const _SSADTS = "StackSetAutoDeploymentTargetSummary";
const _SSADTSt = "StackSetAutoDeploymentTargetSummaries";
const _SSARN = "StackSetARN";
const _SSDDD = "StackSetDriftDetectionDetails";
const _SSF = "StackStatusFilter";
const _SSI = "StackSetId";
const _SSN = "StackSetName";
const _SSNEE = "StackSetNotEmptyException";
const _SSNFE = "StackSetNotFoundException";
const _SSO = "StackSetOperation";
const _SSOP = "StackSetOperationPreferences";
const _SSORS = "StackSetOperationResultSummary";
const _SSORSt = "StackSetOperationResultSummaries";
const _SSOS = "StackSetOperationSummary";
const _SSOSD = "StackSetOperationStatusDetails";
const _SSOSt = "StackSetOperationSummaries";
const _SSP = "SetStackPolicy";
const _SSPI = "SetStackPolicyInput";
const _SSR = "StackStatusReason";
const _SSS = "StackSetSummary";
const _SSSO = "StopStackSetOperation";
const _SSSOI = "StopStackSetOperationInput";
const _SSSOO = "StopStackSetOperationOutput";
const _SSSt = "StackSetSummaries";
const _SSt = "StackSummaries";
const _SSta = "StackStatus";
const _SStac = "StackSummary";
const _ST = "StartTime";
const _STC = "SetTypeConfiguration";
const _STCI = "SetTypeConfigurationInput";
const _STCO = "SetTypeConfigurationOutput";
const _STDV = "SetTypeDefaultVersion";
const _STDVI = "SetTypeDefaultVersionInput";
const _STDVO = "SetTypeDefaultVersionOutput";
const _STF = "ScanTypeFilter";
const _STc = "ScanType";
const _SU = "SourceUrl";
const _Sc = "Schema";
const _Sco = "Scope";
const _So = "Source";
const _St = "Stacks";
const _Sta = "Stack";
const _Su = "Summaries";
const _T = "Type";
const _TA = "TypeArn";
const _TAEE = "TokenAlreadyExistsException";
const _TB = "TemplateBody";
const _TC = "TypeConfigurations";
const _TCA = "TypeConfigurationAlias";
const _TCAy = "TypeConfigurationArn";
const _TCD = "TypeConfigurationDetails";
const _TCDL = "TypeConfigurationDetailsList";
const _TCI = "TypeConfigurationIdentifier";
const _TCIy = "TypeConfigurationIdentifiers";
const _TCNFE = "TypeConfigurationNotFoundException";
const _TCVI = "TypeConfigurationVersionId";
const _TCe = "TemplateConfiguration";
const _TCi = "TimeCreated";
const _TD = "TargetDetails";
const _TDe = "TemplateDescription";
const _TF = "TypeFilters";
const _TH = "TypeHierarchy";
const _TI = "TargetId";
const _TIM = "TimeoutInMinutes";
const _TK = "TagKey";
const _TN = "TypeName";
const _TNA = "TypeNameAlias";
const _TNFE = "TypeNotFoundException";
const _TNP = "TypeNamePrefix";
const _TP = "TemplateParameter";
const _TPe = "TemplateProgress";
const _TPem = "TemplateParameters";
const _TR = "TagResources";
const _TS = "TemplateStage";
const _TSC = "TemplateSummaryConfig";
const _TSIC = "TotalStackInstancesCount";
const _TSe = "TemplateSummary";
const _TSem = "TemplateSummaries";
const _TSy = "TypeSummaries";
const _TSyp = "TypeSummary";
const _TT = "TargetType";
const _TTI = "TestTypeInput";
const _TTN = "TargetTypeName";
const _TTO = "TestTypeOutput";
const _TTS = "TypeTestsStatus";
const _TTSD = "TypeTestsStatusDescription";
const _TTe = "TestType";
const _TURL = "TemplateURL";
const _TURTAW = "TreatUnrecognizedResourceTypesAsWarnings";
const _TV = "TagValue";
const _TVA = "TypeVersionArn";
const _TVI = "TypeVersionId";
const _TVS = "TypeVersionSummaries";
const _TVSy = "TypeVersionSummary";
const _TW = "TotalWarnings";
const _Ta = "Tags";
const _Tag = "Tag";
const _Tar = "Target";
const _Ti = "Timestamp";
const _Ty = "Types";
const _U = "Url";
const _UGT = "UpdateGeneratedTemplate";
const _UGTI = "UpdateGeneratedTemplateInput";
const _UGTO = "UpdateGeneratedTemplateOutput";
const _UI = "UniqueId";
const _UPT = "UsePreviousTemplate";
const _UPV = "UsePreviousValue";
const _UR = "UntagResources";
const _URP = "UpdateReplacePolicy";
const _URT = "UnrecognizedResourceTypes";
const _US = "UpdateStack";
const _USI = "UpdateStackInput";
const _USII = "UpdateStackInstancesInput";
const _USIO = "UpdateStackInstancesOutput";
const _USIp = "UpdateStackInstances";
const _USO = "UpdateStackOutput";
const _USS = "UpdateStackSet";
const _USSI = "UpdateStackSetInput";
const _USSO = "UpdateStackSetOutput";
const _UTC = "UnprocessedTypeConfigurations";
const _UTP = "UpdateTerminationProtection";
const _UTPI = "UpdateTerminationProtectionInput";
const _UTPO = "UpdateTerminationProtectionOutput";
const _V = "Value";
const _VB = "VersionBump";
const _VFM = "ValidationFailureMode";
const _VI = "VersionId";
const _VN = "ValidationName";
const _VP = "ValidationPath";
const _VS = "ValidationStatus";
const _VSR = "ValidationStatusReason";
const _VT = "ValidateTemplate";
const _VTI = "ValidateTemplateInput";
const _VTO = "ValidateTemplateOutput";
const _Va = "Values";
const _Ve = "Version";
const _Vi = "Visibility";
const _W = "Warnings";
const _WD = "WarningDetail";
const _WDa = "WarningDetails";
const _WP = "WarningProperty";
const _WPa = "WarningProperties";
const _aQE = "awsQueryError";
const _c = "client";
const _e = "error";
const _hE = "httpError";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudformation";
const n0 = "com.amazonaws.cloudformation";
const _s_registry = new TypeRegistry(_s);
var CloudFormationServiceException$ = [-3, _s, "CloudFormationServiceException", 0, [], []];
_s_registry.registerError(CloudFormationServiceException$, CloudFormationServiceException);
const n0_registry = new TypeRegistry(n0);
var AlreadyExistsException$ = [-3, n0, _AEE,
    { [_aQE]: [`AlreadyExistsException`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(AlreadyExistsException$, AlreadyExistsException);
var CFNRegistryException$ = [-3, n0, _CFNRE,
    { [_aQE]: [`CFNRegistryException`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(CFNRegistryException$, CFNRegistryException);
var ChangeSetNotFoundException$ = [-3, n0, _CSNFE,
    { [_aQE]: [`ChangeSetNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(ChangeSetNotFoundException$, ChangeSetNotFoundException);
var ConcurrentResourcesLimitExceededException$ = [-3, n0, _CRLEE,
    { [_aQE]: [`ConcurrentResourcesLimitExceeded`, 429], [_e]: _c, [_hE]: 429 },
    [_M],
    [0]
];
n0_registry.registerError(ConcurrentResourcesLimitExceededException$, ConcurrentResourcesLimitExceededException);
var CreatedButModifiedException$ = [-3, n0, _CBME,
    { [_aQE]: [`CreatedButModifiedException`, 409], [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(CreatedButModifiedException$, CreatedButModifiedException);
var GeneratedTemplateNotFoundException$ = [-3, n0, _GTNFE,
    { [_aQE]: [`GeneratedTemplateNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(GeneratedTemplateNotFoundException$, GeneratedTemplateNotFoundException);
var HookResultNotFoundException$ = [-3, n0, _HRNFE,
    { [_aQE]: [`HookResultNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(HookResultNotFoundException$, HookResultNotFoundException);
var InsufficientCapabilitiesException$ = [-3, n0, _ICE,
    { [_aQE]: [`InsufficientCapabilitiesException`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InsufficientCapabilitiesException$, InsufficientCapabilitiesException);
var InvalidChangeSetStatusException$ = [-3, n0, _ICSSE,
    { [_aQE]: [`InvalidChangeSetStatus`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidChangeSetStatusException$, InvalidChangeSetStatusException);
var InvalidOperationException$ = [-3, n0, _IOE,
    { [_aQE]: [`InvalidOperationException`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidOperationException$, InvalidOperationException);
var InvalidStateTransitionException$ = [-3, n0, _ISTE,
    { [_aQE]: [`InvalidStateTransition`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(InvalidStateTransitionException$, InvalidStateTransitionException);
var LimitExceededException$ = [-3, n0, _LEE,
    { [_aQE]: [`LimitExceededException`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var NameAlreadyExistsException$ = [-3, n0, _NAEE,
    { [_aQE]: [`NameAlreadyExistsException`, 409], [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(NameAlreadyExistsException$, NameAlreadyExistsException);
var OperationIdAlreadyExistsException$ = [-3, n0, _OIAEE,
    { [_aQE]: [`OperationIdAlreadyExistsException`, 409], [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(OperationIdAlreadyExistsException$, OperationIdAlreadyExistsException);
var OperationInProgressException$ = [-3, n0, _OIPE,
    { [_aQE]: [`OperationInProgressException`, 409], [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(OperationInProgressException$, OperationInProgressException);
var OperationNotFoundException$ = [-3, n0, _ONFE,
    { [_aQE]: [`OperationNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(OperationNotFoundException$, OperationNotFoundException);
var OperationStatusCheckFailedException$ = [-3, n0, _OSCFE,
    { [_aQE]: [`ConditionalCheckFailed`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(OperationStatusCheckFailedException$, OperationStatusCheckFailedException);
var ResourceScanInProgressException$ = [-3, n0, _RSIPE,
    { [_aQE]: [`ResourceScanInProgress`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ResourceScanInProgressException$, ResourceScanInProgressException);
var ResourceScanLimitExceededException$ = [-3, n0, _RSLEE,
    { [_aQE]: [`ResourceScanLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ResourceScanLimitExceededException$, ResourceScanLimitExceededException);
var ResourceScanNotFoundException$ = [-3, n0, _RSNFE,
    { [_aQE]: [`ResourceScanNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ResourceScanNotFoundException$, ResourceScanNotFoundException);
var StackInstanceNotFoundException$ = [-3, n0, _SINFE,
    { [_aQE]: [`StackInstanceNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(StackInstanceNotFoundException$, StackInstanceNotFoundException);
var StackNotFoundException$ = [-3, n0, _SNFE,
    { [_aQE]: [`StackNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(StackNotFoundException$, StackNotFoundException);
var StackRefactorNotFoundException$ = [-3, n0, _SRNFE,
    { [_aQE]: [`StackRefactorNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(StackRefactorNotFoundException$, StackRefactorNotFoundException);
var StackSetNotEmptyException$ = [-3, n0, _SSNEE,
    { [_aQE]: [`StackSetNotEmptyException`, 409], [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(StackSetNotEmptyException$, StackSetNotEmptyException);
var StackSetNotFoundException$ = [-3, n0, _SSNFE,
    { [_aQE]: [`StackSetNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(StackSetNotFoundException$, StackSetNotFoundException);
var StaleRequestException$ = [-3, n0, _SRE,
    { [_aQE]: [`StaleRequestException`, 409], [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
n0_registry.registerError(StaleRequestException$, StaleRequestException);
var TokenAlreadyExistsException$ = [-3, n0, _TAEE,
    { [_aQE]: [`TokenAlreadyExistsException`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(TokenAlreadyExistsException$, TokenAlreadyExistsException);
var TypeConfigurationNotFoundException$ = [-3, n0, _TCNFE,
    { [_aQE]: [`TypeConfigurationNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(TypeConfigurationNotFoundException$, TypeConfigurationNotFoundException);
var TypeNotFoundException$ = [-3, n0, _TNFE,
    { [_aQE]: [`TypeNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
    [_M],
    [0]
];
n0_registry.registerError(TypeNotFoundException$, TypeNotFoundException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var AccountGateResult$ = [3, n0, _AGR,
    0,
    [_S, _SR],
    [0, 0]
];
var AccountLimit$ = [3, n0, _AL,
    0,
    [_N, _V],
    [0, 1]
];
var ActivateOrganizationsAccessInput$ = [3, n0, _AOAI,
    0,
    [],
    []
];
var ActivateOrganizationsAccessOutput$ = [3, n0, _AOAO,
    0,
    [],
    []
];
var ActivateTypeInput$ = [3, n0, _ATI,
    0,
    [_T, _PTA, _PI, _TN, _TNA, _AU, _LC, _ERA, _VB, _MV],
    [0, 0, 0, 0, 0, 2, () => LoggingConfig$, 0, 0, 1]
];
var ActivateTypeOutput$ = [3, n0, _ATO,
    0,
    [_A],
    [0]
];
var Annotation$ = [3, n0, _An,
    0,
    [_AN, _S, _SM, _RM, _RL, _SL],
    [0, 0, 0, 0, 0, 0]
];
var AutoDeployment$ = [3, n0, _AD,
    0,
    [_E, _RSOAR, _DO],
    [2, 2, 64 | 0]
];
var BatchDescribeTypeConfigurationsError$ = [3, n0, _BDTCE,
    0,
    [_EC, _EM, _TCI],
    [0, 0, () => TypeConfigurationIdentifier$]
];
var BatchDescribeTypeConfigurationsInput$ = [3, n0, _BDTCI,
    0,
    [_TCIy],
    [() => TypeConfigurationIdentifiers], 1
];
var BatchDescribeTypeConfigurationsOutput$ = [3, n0, _BDTCO,
    0,
    [_Er, _UTC, _TC],
    [() => BatchDescribeTypeConfigurationsErrors, () => UnprocessedTypeConfigurations, () => TypeConfigurationDetailsList]
];
var CancelUpdateStackInput$ = [3, n0, _CUSI,
    0,
    [_SN, _CRT],
    [0, 0], 1
];
var Change$ = [3, n0, _C,
    0,
    [_T, _HIC, _RC],
    [0, 1, () => ResourceChange$]
];
var ChangeSetHook$ = [3, n0, _CSH,
    0,
    [_IP, _FM, _TN, _TVI, _TCVI, _TD],
    [0, 0, 0, 0, 0, () => ChangeSetHookTargetDetails$]
];
var ChangeSetHookResourceTargetDetails$ = [3, n0, _CSHRTD,
    0,
    [_LRI, _RT, _RA],
    [0, 0, 0]
];
var ChangeSetHookTargetDetails$ = [3, n0, _CSHTD,
    0,
    [_TT, _RTD],
    [0, () => ChangeSetHookResourceTargetDetails$]
];
var ChangeSetSummary$ = [3, n0, _CSS,
    0,
    [_SI, _SN, _CSI, _CSN, _ES, _S, _SR, _CT, _D, _INS, _PCSI, _RCSI, _IER],
    [0, 0, 0, 0, 0, 0, 0, 4, 0, 2, 0, 0, 2]
];
var ContinueUpdateRollbackInput$ = [3, n0, _CURI,
    0,
    [_SN, _RARN, _RTS, _CRT, _FR],
    [0, 0, 64 | 0, 0, 2], 1
];
var ContinueUpdateRollbackOutput$ = [3, n0, _CURO,
    0,
    [],
    []
];
var CreateChangeSetInput$ = [3, n0, _CCSI,
    0,
    [_SN, _CSN, _TB, _TURL, _UPT, _P, _Ca, _RTe, _RARN, _RCo, _NARN, _Ta, _CTl, _D, _CST, _RTI, _INS, _OSF, _IER, _DM, _DC, _DV],
    [0, 0, 0, 0, 2, () => _Parameters, 64 | 0, 64 | 0, 0, () => RollbackConfiguration$, 64 | 0, () => Tags, 0, 0, 0, () => ResourcesToImport, 2, 0, 2, 0, () => DeploymentConfig$, 2], 2
];
var CreateChangeSetOutput$ = [3, n0, _CCSO,
    0,
    [_I, _SI],
    [0, 0]
];
var CreateGeneratedTemplateInput$ = [3, n0, _CGTI,
    0,
    [_GTN, _R, _SN, _TCe],
    [0, () => ResourceDefinitions, 0, () => TemplateConfiguration$], 1
];
var CreateGeneratedTemplateOutput$ = [3, n0, _CGTO,
    0,
    [_GTI],
    [0]
];
var CreateStackInput$ = [3, n0, _CSIr,
    0,
    [_SN, _TB, _TURL, _P, _DR, _RCo, _TIM, _NARN, _Ca, _RTe, _RARN, _OF, _SPB, _SPURL, _Ta, _CRT, _ETP, _REOC, _DC, _DV],
    [0, 0, 0, () => _Parameters, 2, () => RollbackConfiguration$, 1, 64 | 0, 64 | 0, 64 | 0, 0, 0, 0, 0, () => Tags, 0, 2, 2, () => DeploymentConfig$, 2], 1
];
var CreateStackInstancesInput$ = [3, n0, _CSII,
    0,
    [_SSN, _Re, _Ac, _DT, _PO, _OP, _OI, _CA],
    [0, 64 | 0, 64 | 0, () => DeploymentTargets$, () => _Parameters, () => StackSetOperationPreferences$, [0, 4], 0], 2
];
var CreateStackInstancesOutput$ = [3, n0, _CSIO,
    0,
    [_OI],
    [0]
];
var CreateStackOutput$ = [3, n0, _CSO,
    0,
    [_SI, _OI],
    [0, 0]
];
var CreateStackRefactorInput$ = [3, n0, _CSRI,
    0,
    [_SD, _D, _ESC, _RMe],
    [() => StackDefinitions, 0, 2, () => ResourceMappings], 1
];
var CreateStackRefactorOutput$ = [3, n0, _CSRO,
    0,
    [_SRI],
    [0], 1
];
var CreateStackSetInput$ = [3, n0, _CSSI,
    0,
    [_SSN, _D, _TB, _TURL, _SI, _P, _Ca, _Ta, _ARARN, _ERN, _PM, _AD, _CA, _CRT, _ME],
    [0, 0, 0, 0, 0, () => _Parameters, 64 | 0, () => Tags, 0, 0, 0, () => AutoDeployment$, 0, [0, 4], () => ManagedExecution$], 1
];
var CreateStackSetOutput$ = [3, n0, _CSSO,
    0,
    [_SSI],
    [0]
];
var DeactivateOrganizationsAccessInput$ = [3, n0, _DOAI,
    0,
    [],
    []
];
var DeactivateOrganizationsAccessOutput$ = [3, n0, _DOAO,
    0,
    [],
    []
];
var DeactivateTypeInput$ = [3, n0, _DTI,
    0,
    [_TN, _T, _A],
    [0, 0, 0]
];
var DeactivateTypeOutput$ = [3, n0, _DTO,
    0,
    [],
    []
];
var DeleteChangeSetInput$ = [3, n0, _DCSI,
    0,
    [_CSN, _SN],
    [0, 0], 1
];
var DeleteChangeSetOutput$ = [3, n0, _DCSO,
    0,
    [],
    []
];
var DeleteGeneratedTemplateInput$ = [3, n0, _DGTI,
    0,
    [_GTN],
    [0], 1
];
var DeleteStackInput$ = [3, n0, _DSI,
    0,
    [_SN, _RR, _RARN, _CRT, _DMe, _DC],
    [0, 64 | 0, 0, 0, 0, () => DeploymentConfig$], 1
];
var DeleteStackInstancesInput$ = [3, n0, _DSII,
    0,
    [_SSN, _Re, _RS, _Ac, _DT, _OP, _OI, _CA],
    [0, 64 | 0, 2, 64 | 0, () => DeploymentTargets$, () => StackSetOperationPreferences$, [0, 4], 0], 3
];
var DeleteStackInstancesOutput$ = [3, n0, _DSIO,
    0,
    [_OI],
    [0]
];
var DeleteStackSetInput$ = [3, n0, _DSSI,
    0,
    [_SSN, _CA],
    [0, 0], 1
];
var DeleteStackSetOutput$ = [3, n0, _DSSO,
    0,
    [],
    []
];
var DeploymentConfig$ = [3, n0, _DC,
    0,
    [_Mo, _DR],
    [0, 2]
];
var DeploymentTargets$ = [3, n0, _DT,
    0,
    [_Ac, _AUc, _OUI, _AFT],
    [64 | 0, 0, 64 | 0, 0]
];
var DeregisterTypeInput$ = [3, n0, _DTIe,
    0,
    [_A, _T, _TN, _VI],
    [0, 0, 0, 0]
];
var DeregisterTypeOutput$ = [3, n0, _DTOe,
    0,
    [],
    []
];
var DescribeAccountLimitsInput$ = [3, n0, _DALI,
    0,
    [_NT],
    [0]
];
var DescribeAccountLimitsOutput$ = [3, n0, _DALO,
    0,
    [_ALc, _NT],
    [() => AccountLimitList, 0]
];
var DescribeChangeSetHooksInput$ = [3, n0, _DCSHI,
    0,
    [_CSN, _SN, _NT, _LRI],
    [0, 0, 0, 0], 1
];
var DescribeChangeSetHooksOutput$ = [3, n0, _DCSHO,
    0,
    [_CSI, _CSN, _H, _S, _NT, _SI, _SN],
    [0, 0, () => ChangeSetHooks, 0, 0, 0, 0]
];
var DescribeChangeSetInput$ = [3, n0, _DCSIe,
    0,
    [_CSN, _SN, _NT, _IPV],
    [0, 0, 0, 2], 1
];
var DescribeChangeSetOutput$ = [3, n0, _DCSOe,
    0,
    [_CSN, _CSI, _SI, _SN, _D, _P, _CT, _ES, _S, _SR, _SDS, _NARN, _RCo, _Ca, _Ta, _Ch, _NT, _INS, _PCSI, _RCSI, _OSF, _IER, _DM, _DC],
    [0, 0, 0, 0, 0, () => _Parameters, 4, 0, 0, 0, 0, 64 | 0, () => RollbackConfiguration$, 64 | 0, () => Tags, () => Changes, 0, 2, 0, 0, 0, 2, 0, () => DeploymentConfig$]
];
var DescribeEventsInput$ = [3, n0, _DEI,
    0,
    [_SN, _CSN, _OI, _F, _NT],
    [0, 0, 0, () => EventFilter$, 0]
];
var DescribeEventsOutput$ = [3, n0, _DEO,
    0,
    [_OE, _NT],
    [() => OperationEvents, 0]
];
var DescribeGeneratedTemplateInput$ = [3, n0, _DGTIe,
    0,
    [_GTN],
    [0], 1
];
var DescribeGeneratedTemplateOutput$ = [3, n0, _DGTO,
    0,
    [_GTI, _GTN, _R, _S, _SR, _CT, _LUT, _Pr, _SI, _TCe, _TW],
    [0, 0, () => ResourceDetails, 0, 0, 4, 4, () => TemplateProgress$, 0, () => TemplateConfiguration$, 1]
];
var DescribeOrganizationsAccessInput$ = [3, n0, _DOAIe,
    0,
    [_CA],
    [0]
];
var DescribeOrganizationsAccessOutput$ = [3, n0, _DOAOe,
    0,
    [_S],
    [0]
];
var DescribePublisherInput$ = [3, n0, _DPI,
    0,
    [_PI],
    [0]
];
var DescribePublisherOutput$ = [3, n0, _DPO,
    0,
    [_PI, _PS, _IPd, _PP],
    [0, 0, 0, 0]
];
var DescribeResourceScanInput$ = [3, n0, _DRSI,
    0,
    [_RSI],
    [0], 1
];
var DescribeResourceScanOutput$ = [3, n0, _DRSO,
    0,
    [_RSI, _S, _SR, _ST, _ET, _PC, _RTe, _RSe, _RRe, _SF],
    [0, 0, 0, 4, 4, 1, 64 | 0, 1, 1, () => ScanFilters]
];
var DescribeStackDriftDetectionStatusInput$ = [3, n0, _DSDDSI,
    0,
    [_SDDI],
    [0], 1
];
var DescribeStackDriftDetectionStatusOutput$ = [3, n0, _DSDDSO,
    0,
    [_SI, _SDDI, _DS, _Ti, _SDS, _DSR, _DSRC],
    [0, 0, 0, 4, 0, 0, 1], 4
];
var DescribeStackEventsInput$ = [3, n0, _DSEI,
    0,
    [_SN, _NT],
    [0, 0], 1
];
var DescribeStackEventsOutput$ = [3, n0, _DSEO,
    0,
    [_SE, _NT],
    [() => StackEvents, 0]
];
var DescribeStackInstanceInput$ = [3, n0, _DSIIe,
    0,
    [_SSN, _SIA, _SIR, _CA],
    [0, 0, 0, 0], 3
];
var DescribeStackInstanceOutput$ = [3, n0, _DSIOe,
    0,
    [_SIt],
    [() => StackInstance$]
];
var DescribeStackRefactorInput$ = [3, n0, _DSRI,
    0,
    [_SRI],
    [0], 1
];
var DescribeStackRefactorOutput$ = [3, n0, _DSRO,
    0,
    [_D, _SRI, _SIta, _ES, _ESR, _S, _SR],
    [0, 0, 64 | 0, 0, 0, 0, 0]
];
var DescribeStackResourceDriftsInput$ = [3, n0, _DSRDI,
    0,
    [_SN, _SRDSF, _NT, _MR],
    [0, 64 | 0, 0, 1], 1
];
var DescribeStackResourceDriftsOutput$ = [3, n0, _DSRDO,
    0,
    [_SRD, _NT],
    [() => StackResourceDrifts, 0], 1
];
var DescribeStackResourceInput$ = [3, n0, _DSRIe,
    0,
    [_SN, _LRI],
    [0, 0], 2
];
var DescribeStackResourceOutput$ = [3, n0, _DSROe,
    0,
    [_SRDt],
    [() => StackResourceDetail$]
];
var DescribeStackResourcesInput$ = [3, n0, _DSRIes,
    0,
    [_SN, _LRI, _PRI],
    [0, 0, 0]
];
var DescribeStackResourcesOutput$ = [3, n0, _DSROes,
    0,
    [_SRt],
    [() => StackResources]
];
var DescribeStackSetInput$ = [3, n0, _DSSIe,
    0,
    [_SSN, _CA],
    [0, 0], 1
];
var DescribeStackSetOperationInput$ = [3, n0, _DSSOI,
    0,
    [_SSN, _OI, _CA],
    [0, 0, 0], 2
];
var DescribeStackSetOperationOutput$ = [3, n0, _DSSOO,
    0,
    [_SSO],
    [() => StackSetOperation$]
];
var DescribeStackSetOutput$ = [3, n0, _DSSOe,
    0,
    [_SS],
    [() => StackSet$]
];
var DescribeStacksInput$ = [3, n0, _DSIe,
    0,
    [_SN, _NT],
    [0, 0]
];
var DescribeStacksOutput$ = [3, n0, _DSO,
    0,
    [_St, _NT],
    [() => Stacks, 0]
];
var DescribeTypeInput$ = [3, n0, _DTIes,
    0,
    [_T, _TN, _A, _VI, _PI, _PVN],
    [0, 0, 0, 0, 0, 0]
];
var DescribeTypeOutput$ = [3, n0, _DTOes,
    0,
    [_A, _T, _TN, _DVI, _IDV, _TTS, _TTSD, _D, _Sc, _PT, _DSe, _LC, _RAT, _ERA, _Vi, _SU, _DU, _LU, _TCi, _CS, _PI, _OTN, _OTA, _PVN, _LPV, _IA, _AU],
    [0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, () => LoggingConfig$, () => RequiredActivatedTypes, 0, 0, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 2, 2]
];
var DescribeTypeRegistrationInput$ = [3, n0, _DTRI,
    0,
    [_RTeg],
    [0], 1
];
var DescribeTypeRegistrationOutput$ = [3, n0, _DTRO,
    0,
    [_PSr, _D, _TA, _TVA],
    [0, 0, 0, 0]
];
var DetectStackDriftInput$ = [3, n0, _DSDI,
    0,
    [_SN, _LRIo],
    [0, 64 | 0], 1
];
var DetectStackDriftOutput$ = [3, n0, _DSDO,
    0,
    [_SDDI],
    [0], 1
];
var DetectStackResourceDriftInput$ = [3, n0, _DSRDIe,
    0,
    [_SN, _LRI],
    [0, 0], 2
];
var DetectStackResourceDriftOutput$ = [3, n0, _DSRDOe,
    0,
    [_SRDta],
    [() => StackResourceDrift$], 1
];
var DetectStackSetDriftInput$ = [3, n0, _DSSDI,
    0,
    [_SSN, _OP, _OI, _CA],
    [0, () => StackSetOperationPreferences$, [0, 4], 0], 1
];
var DetectStackSetDriftOutput$ = [3, n0, _DSSDO,
    0,
    [_OI],
    [0]
];
var EstimateTemplateCostInput$ = [3, n0, _ETCI,
    0,
    [_TB, _TURL, _P],
    [0, 0, () => _Parameters]
];
var EstimateTemplateCostOutput$ = [3, n0, _ETCO,
    0,
    [_U],
    [0]
];
var EventFilter$ = [3, n0, _EF,
    0,
    [_FE],
    [2]
];
var ExecuteChangeSetInput$ = [3, n0, _ECSI,
    0,
    [_CSN, _SN, _CRT, _DR, _REOC],
    [0, 0, 0, 2, 2], 1
];
var ExecuteChangeSetOutput$ = [3, n0, _ECSO,
    0,
    [],
    []
];
var ExecuteStackRefactorInput$ = [3, n0, _ESRI,
    0,
    [_SRI],
    [0], 1
];
var Export$ = [3, n0, _Ex,
    0,
    [_ESI, _N, _V],
    [0, 0, 0]
];
var GetGeneratedTemplateInput$ = [3, n0, _GGTI,
    0,
    [_GTN, _Fo],
    [0, 0], 1
];
var GetGeneratedTemplateOutput$ = [3, n0, _GGTO,
    0,
    [_S, _TB],
    [0, 0]
];
var GetHookResultInput$ = [3, n0, _GHRI,
    0,
    [_HRI],
    [0]
];
var GetHookResultOutput$ = [3, n0, _GHRO,
    0,
    [_HRI, _IP, _FM, _TN, _OTN, _TVI, _TCVI, _TA, _S, _HSR, _IAn, _Tar, _Ann],
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, () => HookTarget$, () => AnnotationList]
];
var GetStackPolicyInput$ = [3, n0, _GSPI,
    0,
    [_SN],
    [0], 1
];
var GetStackPolicyOutput$ = [3, n0, _GSPO,
    0,
    [_SPB],
    [0]
];
var GetTemplateInput$ = [3, n0, _GTIe,
    0,
    [_SN, _CSN, _TS],
    [0, 0, 0]
];
var GetTemplateOutput$ = [3, n0, _GTO,
    0,
    [_TB, _SA],
    [0, 64 | 0]
];
var GetTemplateSummaryInput$ = [3, n0, _GTSI,
    0,
    [_TB, _TURL, _SN, _SSN, _CA, _TSC],
    [0, 0, 0, 0, 0, () => TemplateSummaryConfig$]
];
var GetTemplateSummaryOutput$ = [3, n0, _GTSO,
    0,
    [_P, _D, _Ca, _CR, _RTe, _Ve, _Me, _DTe, _RIS, _W],
    [() => ParameterDeclarations, 0, 64 | 0, 0, 64 | 0, 0, 0, 64 | 0, () => ResourceIdentifierSummaries, () => Warnings$]
];
var HookResultSummary$ = [3, n0, _HRS,
    0,
    [_HRI, _IP, _FM, _TN, _TVI, _TCVI, _S, _HSR, _IAn, _TT, _TI, _TA, _HET],
    [0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0]
];
var HookTarget$ = [3, n0, _HT,
    0,
    [_TT, _TTN, _TI, _Act],
    [0, 0, 0, 0], 4
];
var ImportStacksToStackSetInput$ = [3, n0, _ISTSSI,
    0,
    [_SSN, _SIta, _SIU, _OUI, _OP, _OI, _CA],
    [0, 64 | 0, 0, 64 | 0, () => StackSetOperationPreferences$, [0, 4], 0], 1
];
var ImportStacksToStackSetOutput$ = [3, n0, _ISTSSO,
    0,
    [_OI],
    [0]
];
var ListChangeSetsInput$ = [3, n0, _LCSI,
    0,
    [_SN, _NT],
    [0, 0], 1
];
var ListChangeSetsOutput$ = [3, n0, _LCSO,
    0,
    [_Su, _NT],
    [() => ChangeSetSummaries, 0]
];
var ListExportsInput$ = [3, n0, _LEI,
    0,
    [_NT],
    [0]
];
var ListExportsOutput$ = [3, n0, _LEO,
    0,
    [_Exp, _NT],
    [() => Exports, 0]
];
var ListGeneratedTemplatesInput$ = [3, n0, _LGTI,
    0,
    [_NT, _MR],
    [0, 1]
];
var ListGeneratedTemplatesOutput$ = [3, n0, _LGTO,
    0,
    [_Su, _NT],
    [() => TemplateSummaries, 0]
];
var ListHookResultsInput$ = [3, n0, _LHRI,
    0,
    [_TT, _TI, _TA, _S, _NT],
    [0, 0, 0, 0, 0]
];
var ListHookResultsOutput$ = [3, n0, _LHRO,
    0,
    [_TT, _TI, _HR, _NT],
    [0, 0, () => HookResultSummaries, 0]
];
var ListImportsInput$ = [3, n0, _LII,
    0,
    [_EN, _NT],
    [0, 0], 1
];
var ListImportsOutput$ = [3, n0, _LIO,
    0,
    [_Im, _NT],
    [64 | 0, 0]
];
var ListResourceScanRelatedResourcesInput$ = [3, n0, _LRSRRI,
    0,
    [_RSI, _R, _NT, _MR],
    [0, () => ScannedResourceIdentifiers, 0, 1], 2
];
var ListResourceScanRelatedResourcesOutput$ = [3, n0, _LRSRRO,
    0,
    [_RRel, _NT],
    [() => RelatedResources, 0]
];
var ListResourceScanResourcesInput$ = [3, n0, _LRSRI,
    0,
    [_RSI, _RI, _RTP, _TK, _TV, _NT, _MR],
    [0, 0, 0, 0, 0, 0, 1], 1
];
var ListResourceScanResourcesOutput$ = [3, n0, _LRSRO,
    0,
    [_R, _NT],
    [() => ScannedResources, 0]
];
var ListResourceScansInput$ = [3, n0, _LRSI,
    0,
    [_NT, _MR, _STF],
    [0, 1, 0]
];
var ListResourceScansOutput$ = [3, n0, _LRSO,
    0,
    [_RSS, _NT],
    [() => ResourceScanSummaries, 0]
];
var ListStackInstanceResourceDriftsInput$ = [3, n0, _LSIRDI,
    0,
    [_SSN, _SIA, _SIR, _OI, _NT, _MR, _SIRDS, _CA],
    [0, 0, 0, 0, 0, 1, 64 | 0, 0], 4
];
var ListStackInstanceResourceDriftsOutput$ = [3, n0, _LSIRDO,
    0,
    [_Su, _NT],
    [() => StackInstanceResourceDriftsSummaries, 0]
];
var ListStackInstancesInput$ = [3, n0, _LSII,
    0,
    [_SSN, _NT, _MR, _F, _SIA, _SIR, _CA],
    [0, 0, 1, () => StackInstanceFilters, 0, 0, 0], 1
];
var ListStackInstancesOutput$ = [3, n0, _LSIO,
    0,
    [_Su, _NT],
    [() => StackInstanceSummaries, 0]
];
var ListStackRefactorActionsInput$ = [3, n0, _LSRAI,
    0,
    [_SRI, _NT, _MR],
    [0, 0, 1], 1
];
var ListStackRefactorActionsOutput$ = [3, n0, _LSRAO,
    0,
    [_SRA, _NT],
    [() => StackRefactorActions, 0], 1
];
var ListStackRefactorsInput$ = [3, n0, _LSRI,
    0,
    [_ESF, _NT, _MR],
    [64 | 0, 0, 1]
];
var ListStackRefactorsOutput$ = [3, n0, _LSRO,
    0,
    [_SRS, _NT],
    [() => StackRefactorSummaries, 0], 1
];
var ListStackResourcesInput$ = [3, n0, _LSRIi,
    0,
    [_SN, _NT],
    [0, 0], 1
];
var ListStackResourcesOutput$ = [3, n0, _LSROi,
    0,
    [_SRSt, _NT],
    [() => StackResourceSummaries, 0]
];
var ListStackSetAutoDeploymentTargetsInput$ = [3, n0, _LSSADTI,
    0,
    [_SSN, _NT, _MR, _CA],
    [0, 0, 1, 0], 1
];
var ListStackSetAutoDeploymentTargetsOutput$ = [3, n0, _LSSADTO,
    0,
    [_Su, _NT],
    [() => StackSetAutoDeploymentTargetSummaries, 0]
];
var ListStackSetOperationResultsInput$ = [3, n0, _LSSORI,
    0,
    [_SSN, _OI, _NT, _MR, _CA, _F],
    [0, 0, 0, 1, 0, () => OperationResultFilters], 2
];
var ListStackSetOperationResultsOutput$ = [3, n0, _LSSORO,
    0,
    [_Su, _NT],
    [() => StackSetOperationResultSummaries, 0]
];
var ListStackSetOperationsInput$ = [3, n0, _LSSOI,
    0,
    [_SSN, _NT, _MR, _CA],
    [0, 0, 1, 0], 1
];
var ListStackSetOperationsOutput$ = [3, n0, _LSSOO,
    0,
    [_Su, _NT],
    [() => StackSetOperationSummaries, 0]
];
var ListStackSetsInput$ = [3, n0, _LSSI,
    0,
    [_NT, _MR, _S, _CA],
    [0, 1, 0, 0]
];
var ListStackSetsOutput$ = [3, n0, _LSSO,
    0,
    [_Su, _NT],
    [() => StackSetSummaries, 0]
];
var ListStacksInput$ = [3, n0, _LSI,
    0,
    [_NT, _SSF],
    [0, 64 | 0]
];
var ListStacksOutput$ = [3, n0, _LSO,
    0,
    [_SSt, _NT],
    [() => StackSummaries, 0]
];
var ListTypeRegistrationsInput$ = [3, n0, _LTRI,
    0,
    [_T, _TN, _TA, _RSF, _MR, _NT],
    [0, 0, 0, 0, 1, 0]
];
var ListTypeRegistrationsOutput$ = [3, n0, _LTRO,
    0,
    [_RTL, _NT],
    [64 | 0, 0]
];
var ListTypesInput$ = [3, n0, _LTI,
    0,
    [_Vi, _PT, _DSe, _T, _F, _MR, _NT],
    [0, 0, 0, 0, () => TypeFilters$, 1, 0]
];
var ListTypesOutput$ = [3, n0, _LTO,
    0,
    [_TSy, _NT],
    [() => TypeSummaries, 0]
];
var ListTypeVersionsInput$ = [3, n0, _LTVI,
    0,
    [_T, _TN, _A, _MR, _NT, _DSe, _PI],
    [0, 0, 0, 1, 0, 0, 0]
];
var ListTypeVersionsOutput$ = [3, n0, _LTVO,
    0,
    [_TVS, _NT],
    [() => TypeVersionSummaries, 0]
];
var LiveResourceDrift$ = [3, n0, _LRD,
    0,
    [_PV, _AV, _DDT],
    [0, 0, 4]
];
var LoggingConfig$ = [3, n0, _LC,
    0,
    [_LRA, _LGN],
    [0, 0], 2
];
var ManagedExecution$ = [3, n0, _ME,
    0,
    [_Acti],
    [2]
];
var ModuleInfo$ = [3, n0, _MI,
    0,
    [_TH, _LIH],
    [0, 0]
];
var OperationEntry$ = [3, n0, _OEp,
    0,
    [_OT, _OI],
    [0, 0]
];
var OperationEvent$ = [3, n0, _OEpe,
    0,
    [_EI, _SI, _OI, _OT, _OS, _ETv, _LRI, _PRI, _RT, _Ti, _ST, _ET, _RSes, _RSR, _RP, _CRT, _HTo, _HS, _HSR, _HIP, _HFM, _DSet, _VFM, _VN, _VS, _VSR, _VP],
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
];
var OperationResultFilter$ = [3, n0, _ORF,
    0,
    [_N, _Va],
    [0, 0]
];
var Output$ = [3, n0, _O,
    0,
    [_OK, _OV, _D, _EN],
    [0, 0, 0, 0]
];
var Parameter$ = [3, n0, _Pa,
    0,
    [_PK, _PVa, _UPV, _RV],
    [0, 0, 2, 0]
];
var ParameterConstraints$ = [3, n0, _PCa,
    0,
    [_AVl],
    [64 | 0]
];
var ParameterDeclaration$ = [3, n0, _PD,
    0,
    [_PK, _DVe, _PTa, _NE, _D, _PCa],
    [0, 0, 0, 2, 0, () => ParameterConstraints$]
];
var PhysicalResourceIdContextKeyValuePair$ = [3, n0, _PRICKVP,
    0,
    [_K, _V],
    [0, 0], 2
];
var PropertyDifference$ = [3, n0, _PDr,
    0,
    [_PPr, _EV, _AV, _DTi],
    [0, 0, 0, 0], 4
];
var PublishTypeInput$ = [3, n0, _PTI,
    0,
    [_T, _A, _TN, _PVN],
    [0, 0, 0, 0]
];
var PublishTypeOutput$ = [3, n0, _PTO,
    0,
    [_PTA],
    [0]
];
var RecordHandlerProgressInput$ = [3, n0, _RHPI,
    0,
    [_BT, _OS, _COS, _SM, _EC, _RMes, _CRT],
    [0, 0, 0, 0, 0, 0, 0], 2
];
var RecordHandlerProgressOutput$ = [3, n0, _RHPO,
    0,
    [],
    []
];
var RegisterPublisherInput$ = [3, n0, _RPI,
    0,
    [_ATAC, _CAo],
    [2, 0]
];
var RegisterPublisherOutput$ = [3, n0, _RPO,
    0,
    [_PI],
    [0]
];
var RegisterTypeInput$ = [3, n0, _RTIe,
    0,
    [_TN, _SHP, _T, _LC, _ERA, _CRT],
    [0, 0, 0, () => LoggingConfig$, 0, 0], 2
];
var RegisterTypeOutput$ = [3, n0, _RTO,
    0,
    [_RTeg],
    [0]
];
var RemoveAliasInput$ = [3, n0, _RAI,
    0,
    [_ANl],
    [0], 1
];
var RequiredActivatedType$ = [3, n0, _RATe,
    0,
    [_TNA, _OTN, _PI, _SMV],
    [0, 0, 0, 64 | 1]
];
var ResourceChange$ = [3, n0, _RC,
    0,
    [_PA, _Act, _LRI, _PRI, _RT, _Rep, _Sco, _RDS, _RDIA, _De, _CSI, _MI, _BC, _AC, _PDC],
    [0, 0, 0, 0, 0, 0, 64 | 0, 0, () => ResourceDriftIgnoredAttributes, () => ResourceChangeDetails, 0, () => ModuleInfo$, 0, 0, 0]
];
var ResourceChangeDetail$ = [3, n0, _RCD,
    0,
    [_Tar, _Ev, _CSh, _CE],
    [() => ResourceTargetDefinition$, 0, 0, 0]
];
var ResourceDefinition$ = [3, n0, _RD,
    0,
    [_RT, _RI, _LRI],
    [0, 128 | 0, 0], 2
];
var ResourceDetail$ = [3, n0, _RDe,
    0,
    [_RT, _LRI, _RI, _RSes, _RSR, _W],
    [0, 0, 128 | 0, 0, 0, () => WarningDetails]
];
var ResourceDriftIgnoredAttribute$ = [3, n0, _RDIAe,
    0,
    [_Pat, _Rea],
    [0, 0]
];
var ResourceIdentifierSummary$ = [3, n0, _RISe,
    0,
    [_RT, _LRIo, _RIe],
    [0, 64 | 0, 64 | 0]
];
var ResourceLocation$ = [3, n0, _RLe,
    0,
    [_SN, _LRI],
    [0, 0], 2
];
var ResourceMapping$ = [3, n0, _RMeso,
    0,
    [_So, _Des],
    [() => ResourceLocation$, () => ResourceLocation$], 2
];
var ResourceScanSummary$ = [3, n0, _RSSe,
    0,
    [_RSI, _S, _SR, _ST, _ET, _PC, _STc],
    [0, 0, 0, 4, 4, 1, 0]
];
var ResourceTargetDefinition$ = [3, n0, _RTDe,
    0,
    [_At, _N, _RReq, _Pat, _BV, _AVf, _BVF, _AVF, _Dr, _ACT],
    [0, 0, 0, 0, 0, 0, 0, 0, () => LiveResourceDrift$, 0]
];
var ResourceToImport$ = [3, n0, _RTIes,
    0,
    [_RT, _LRI, _RI],
    [0, 0, 128 | 0], 3
];
var RollbackConfiguration$ = [3, n0, _RCo,
    0,
    [_RTo, _MTIM],
    [() => RollbackTriggers, 1]
];
var RollbackStackInput$ = [3, n0, _RSIo,
    0,
    [_SN, _RARN, _CRT, _REOC, _DC],
    [0, 0, 0, 2, () => DeploymentConfig$], 1
];
var RollbackStackOutput$ = [3, n0, _RSO,
    0,
    [_SI, _OI],
    [0, 0]
];
var RollbackTrigger$ = [3, n0, _RTol,
    0,
    [_A, _T],
    [0, 0], 2
];
var ScanFilter$ = [3, n0, _SFc,
    0,
    [_Ty],
    [64 | 0]
];
var ScannedResource$ = [3, n0, _SRc,
    0,
    [_RT, _RI, _MBS],
    [0, 128 | 0, 2]
];
var ScannedResourceIdentifier$ = [3, n0, _SRIc,
    0,
    [_RT, _RI],
    [0, 128 | 0], 2
];
var SetAliasInput$ = [3, n0, _SAI,
    0,
    [_SN, _ANl],
    [0, 0], 2
];
var SetStackPolicyInput$ = [3, n0, _SSPI,
    0,
    [_SN, _SPB, _SPURL],
    [0, 0, 0], 1
];
var SetTypeConfigurationInput$ = [3, n0, _STCI,
    0,
    [_Co, _TA, _CAon, _TN, _T],
    [0, 0, 0, 0, 0], 1
];
var SetTypeConfigurationOutput$ = [3, n0, _STCO,
    0,
    [_CAonf],
    [0]
];
var SetTypeDefaultVersionInput$ = [3, n0, _STDVI,
    0,
    [_A, _T, _TN, _VI],
    [0, 0, 0, 0]
];
var SetTypeDefaultVersionOutput$ = [3, n0, _STDVO,
    0,
    [],
    []
];
var SignalResourceInput$ = [3, n0, _SRIi,
    0,
    [_SN, _LRI, _UI, _S],
    [0, 0, 0, 0], 4
];
var Stack$ = [3, n0, _Sta,
    0,
    [_SN, _CT, _SSta, _SI, _CSI, _D, _P, _DTel, _LUT, _RCo, _SSR, _DR, _DC, _NARN, _TIM, _Ca, _Ou, _RARN, _Ta, _ETP, _PIa, _RIo, _DI, _REOC, _DMe, _DSet, _LO, _ANl],
    [0, 4, 0, 0, 0, 0, () => _Parameters, 4, 4, () => RollbackConfiguration$, 0, 2, () => DeploymentConfig$, 64 | 0, 1, 64 | 0, () => Outputs, 0, () => Tags, 2, 0, 0, () => StackDriftInformation$, 2, 0, 0, () => LastOperations, 0], 3
];
var StackDefinition$ = [3, n0, _SDt,
    0,
    [_SN, _TB, _TURL],
    [0, 0, 0]
];
var StackDriftInformation$ = [3, n0, _SDI,
    0,
    [_SDS, _LCT],
    [0, 4], 1
];
var StackDriftInformationSummary$ = [3, n0, _SDIS,
    0,
    [_SDS, _LCT],
    [0, 4], 1
];
var StackEvent$ = [3, n0, _SEt,
    0,
    [_SI, _EI, _SN, _Ti, _OI, _LRI, _PRI, _RT, _RSes, _RSR, _RP, _CRT, _HTo, _HS, _HSR, _HIP, _HII, _HFM, _DSet],
    [0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 4
];
var StackInstance$ = [3, n0, _SIt,
    0,
    [_SSI, _Reg, _Acc, _SI, _PO, _S, _SIS, _SR, _OUIr, _DSr, _LDCT, _LOI],
    [0, 0, 0, 0, () => _Parameters, 0, () => StackInstanceComprehensiveStatus$, 0, 0, 0, 4, 0]
];
var StackInstanceComprehensiveStatus$ = [3, n0, _SICS,
    0,
    [_DSet],
    [0]
];
var StackInstanceFilter$ = [3, n0, _SIF,
    0,
    [_N, _Va],
    [0, 0]
];
var StackInstanceResourceDriftsSummary$ = [3, n0, _SIRDSt,
    0,
    [_SI, _LRI, _RT, _SRDS, _Ti, _PRI, _PRIC, _PDro],
    [0, 0, 0, 0, 4, 0, () => PhysicalResourceIdContext, () => PropertyDifferences], 5
];
var StackInstanceSummary$ = [3, n0, _SISt,
    0,
    [_SSI, _Reg, _Acc, _SI, _S, _SR, _SIS, _OUIr, _DSr, _LDCT, _LOI],
    [0, 0, 0, 0, 0, 0, () => StackInstanceComprehensiveStatus$, 0, 0, 4, 0]
];
var StackRefactorAction$ = [3, n0, _SRAt,
    0,
    [_Act, _En, _PRI, _RI, _D, _Det, _DRe, _TR, _UR, _RMeso],
    [0, 0, 0, 0, 0, 0, 0, () => StackRefactorTagResources, 64 | 0, () => ResourceMapping$]
];
var StackRefactorSummary$ = [3, n0, _SRSta,
    0,
    [_SRI, _D, _ES, _ESR, _S, _SR],
    [0, 0, 0, 0, 0, 0]
];
var StackResource$ = [3, n0, _SRta,
    0,
    [_LRI, _RT, _Ti, _RSes, _SN, _SI, _PRI, _RSR, _D, _DI, _MI],
    [0, 0, 4, 0, 0, 0, 0, 0, 0, () => StackResourceDriftInformation$, () => ModuleInfo$], 4
];
var StackResourceDetail$ = [3, n0, _SRDt,
    0,
    [_LRI, _RT, _LUTa, _RSes, _SN, _SI, _PRI, _RSR, _D, _Me, _DI, _MI],
    [0, 0, 4, 0, 0, 0, 0, 0, 0, 0, () => StackResourceDriftInformation$, () => ModuleInfo$], 4
];
var StackResourceDrift$ = [3, n0, _SRDta,
    0,
    [_SI, _LRI, _RT, _SRDS, _Ti, _PRI, _PRIC, _EP, _AP, _PDro, _MI, _DSRr],
    [0, 0, 0, 0, 4, 0, () => PhysicalResourceIdContext, 0, 0, () => PropertyDifferences, () => ModuleInfo$, 0], 5
];
var StackResourceDriftInformation$ = [3, n0, _SRDI,
    0,
    [_SRDS, _LCT],
    [0, 4], 1
];
var StackResourceDriftInformationSummary$ = [3, n0, _SRDIS,
    0,
    [_SRDS, _LCT],
    [0, 4], 1
];
var StackResourceSummary$ = [3, n0, _SRStac,
    0,
    [_LRI, _RT, _LUTa, _RSes, _PRI, _RSR, _DI, _MI],
    [0, 0, 4, 0, 0, 0, () => StackResourceDriftInformationSummary$, () => ModuleInfo$], 4
];
var StackSet$ = [3, n0, _SS,
    0,
    [_SSN, _SSI, _D, _S, _TB, _P, _Ca, _Ta, _SSARN, _ARARN, _ERN, _SSDDD, _AD, _PM, _OUI, _ME, _Re],
    [0, 0, 0, 0, 0, () => _Parameters, 64 | 0, () => Tags, 0, 0, 0, () => StackSetDriftDetectionDetails$, () => AutoDeployment$, 0, 64 | 0, () => ManagedExecution$, 64 | 0]
];
var StackSetAutoDeploymentTargetSummary$ = [3, n0, _SSADTS,
    0,
    [_OUIr, _Re],
    [0, 64 | 0]
];
var StackSetDriftDetectionDetails$ = [3, n0, _SSDDD,
    0,
    [_DSr, _DDS, _LDCT, _TSIC, _DSIC, _ISSIC, _IPSIC, _FSIC],
    [0, 0, 4, 1, 1, 1, 1, 1]
];
var StackSetOperation$ = [3, n0, _SSO,
    0,
    [_OI, _SSI, _Act, _S, _OP, _RS, _ARARN, _ERN, _CTr, _ETn, _DT, _SSDDD, _SR, _SDta],
    [0, 0, 0, 0, () => StackSetOperationPreferences$, 2, 0, 0, 4, 4, () => DeploymentTargets$, () => StackSetDriftDetectionDetails$, 0, () => StackSetOperationStatusDetails$]
];
var StackSetOperationPreferences$ = [3, n0, _SSOP,
    0,
    [_RCT, _RO, _FTC, _FTP, _MCC, _MCP, _CM],
    [0, 64 | 0, 1, 1, 1, 1, 0]
];
var StackSetOperationResultSummary$ = [3, n0, _SSORS,
    0,
    [_Acc, _Reg, _S, _SR, _AGR, _OUIr],
    [0, 0, 0, 0, () => AccountGateResult$, 0]
];
var StackSetOperationStatusDetails$ = [3, n0, _SSOSD,
    0,
    [_FSIC],
    [1]
];
var StackSetOperationSummary$ = [3, n0, _SSOS,
    0,
    [_OI, _Act, _S, _CTr, _ETn, _SR, _SDta, _OP],
    [0, 0, 0, 4, 4, 0, () => StackSetOperationStatusDetails$, () => StackSetOperationPreferences$]
];
var StackSetSummary$ = [3, n0, _SSS,
    0,
    [_SSN, _SSI, _D, _S, _AD, _PM, _DSr, _LDCT, _ME],
    [0, 0, 0, 0, () => AutoDeployment$, 0, 0, 4, () => ManagedExecution$]
];
var StackSummary$ = [3, n0, _SStac,
    0,
    [_SN, _CT, _SSta, _SI, _TDe, _LUT, _DTel, _SSR, _PIa, _RIo, _DI, _LO],
    [0, 4, 0, 0, 0, 4, 4, 0, 0, 0, () => StackDriftInformationSummary$, () => LastOperations], 3
];
var StartResourceScanInput$ = [3, n0, _SRSI,
    0,
    [_CRT, _SF],
    [0, () => ScanFilters]
];
var StartResourceScanOutput$ = [3, n0, _SRSO,
    0,
    [_RSI],
    [0]
];
var StopStackSetOperationInput$ = [3, n0, _SSSOI,
    0,
    [_SSN, _OI, _CA],
    [0, 0, 0], 2
];
var StopStackSetOperationOutput$ = [3, n0, _SSSOO,
    0,
    [],
    []
];
var Tag$ = [3, n0, _Tag,
    0,
    [_K, _V],
    [0, 0], 2
];
var TemplateConfiguration$ = [3, n0, _TCe,
    0,
    [_DP, _URP],
    [0, 0]
];
var TemplateParameter$ = [3, n0, _TP,
    0,
    [_PK, _DVe, _NE, _D],
    [0, 0, 2, 0]
];
var TemplateProgress$ = [3, n0, _TPe,
    0,
    [_RSeso, _RF, _RPe, _RPes],
    [1, 1, 1, 1]
];
var TemplateSummary$ = [3, n0, _TSe,
    0,
    [_GTI, _GTN, _S, _SR, _CT, _LUT, _NOR],
    [0, 0, 0, 0, 4, 4, 1]
];
var TemplateSummaryConfig$ = [3, n0, _TSC,
    0,
    [_TURTAW],
    [2]
];
var TestTypeInput$ = [3, n0, _TTI,
    0,
    [_A, _T, _TN, _VI, _LDB],
    [0, 0, 0, 0, 0]
];
var TestTypeOutput$ = [3, n0, _TTO,
    0,
    [_TVA],
    [0]
];
var TypeConfigurationDetails$ = [3, n0, _TCD,
    0,
    [_A, _Al, _Co, _LU, _TA, _TN, _IDC],
    [0, 0, 0, 4, 0, 0, 2]
];
var TypeConfigurationIdentifier$ = [3, n0, _TCI,
    0,
    [_TA, _TCA, _TCAy, _T, _TN],
    [0, 0, 0, 0, 0]
];
var TypeFilters$ = [3, n0, _TF,
    0,
    [_Cat, _PI, _TNP],
    [0, 0, 0]
];
var TypeSummary$ = [3, n0, _TSyp,
    0,
    [_T, _TN, _DVI, _TA, _LU, _D, _PI, _OTN, _PVN, _LPV, _PIu, _PN, _IA],
    [0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 2]
];
var TypeVersionSummary$ = [3, n0, _TVSy,
    0,
    [_T, _TN, _VI, _IDV, _A, _TCi, _D, _PVN],
    [0, 0, 0, 2, 0, 4, 0, 0]
];
var UpdateGeneratedTemplateInput$ = [3, n0, _UGTI,
    0,
    [_GTN, _NGTN, _AR, _RRem, _RAR, _TCe],
    [0, 0, () => ResourceDefinitions, 64 | 0, 2, () => TemplateConfiguration$], 1
];
var UpdateGeneratedTemplateOutput$ = [3, n0, _UGTO,
    0,
    [_GTI],
    [0]
];
var UpdateStackInput$ = [3, n0, _USI,
    0,
    [_SN, _TB, _TURL, _UPT, _SPDUB, _SPDUURL, _P, _Ca, _RTe, _RARN, _RCo, _SPB, _SPURL, _NARN, _Ta, _DR, _CRT, _REOC, _DC, _DV],
    [0, 0, 0, 2, 0, 0, () => _Parameters, 64 | 0, 64 | 0, 0, () => RollbackConfiguration$, 0, 0, 64 | 0, () => Tags, 2, 0, 2, () => DeploymentConfig$, 2], 1
];
var UpdateStackInstancesInput$ = [3, n0, _USII,
    0,
    [_SSN, _Re, _Ac, _DT, _PO, _OP, _OI, _CA],
    [0, 64 | 0, 64 | 0, () => DeploymentTargets$, () => _Parameters, () => StackSetOperationPreferences$, [0, 4], 0], 2
];
var UpdateStackInstancesOutput$ = [3, n0, _USIO,
    0,
    [_OI],
    [0]
];
var UpdateStackOutput$ = [3, n0, _USO,
    0,
    [_SI, _OI],
    [0, 0]
];
var UpdateStackSetInput$ = [3, n0, _USSI,
    0,
    [_SSN, _D, _TB, _TURL, _UPT, _P, _Ca, _Ta, _OP, _ARARN, _ERN, _DT, _PM, _AD, _OI, _Ac, _Re, _CA, _ME],
    [0, 0, 0, 0, 2, () => _Parameters, 64 | 0, () => Tags, () => StackSetOperationPreferences$, 0, 0, () => DeploymentTargets$, 0, () => AutoDeployment$, [0, 4], 64 | 0, 64 | 0, 0, () => ManagedExecution$], 1
];
var UpdateStackSetOutput$ = [3, n0, _USSO,
    0,
    [_OI],
    [0]
];
var UpdateTerminationProtectionInput$ = [3, n0, _UTPI,
    0,
    [_ETP, _SN],
    [2, 0], 2
];
var UpdateTerminationProtectionOutput$ = [3, n0, _UTPO,
    0,
    [_SI],
    [0]
];
var ValidateTemplateInput$ = [3, n0, _VTI,
    0,
    [_TB, _TURL],
    [0, 0]
];
var ValidateTemplateOutput$ = [3, n0, _VTO,
    0,
    [_P, _D, _Ca, _CR, _DTe],
    [() => TemplateParameters, 0, 64 | 0, 0, 64 | 0]
];
var WarningDetail$ = [3, n0, _WD,
    0,
    [_T, _Pro],
    [0, () => WarningProperties]
];
var WarningProperty$ = [3, n0, _WP,
    0,
    [_PPr, _Req, _D],
    [0, 2, 0]
];
var Warnings$ = [3, n0, _W,
    0,
    [_URT],
    [64 | 0]
];
var __Unit = "unit";
var AccountLimitList = [1, n0, _ALL,
    0, () => AccountLimit$
];
var AnnotationList = [1, n0, _ALn,
    0, () => Annotation$
];
var BatchDescribeTypeConfigurationsErrors = [1, n0, _BDTCEa,
    0, () => BatchDescribeTypeConfigurationsError$
];
var Changes = [1, n0, _Ch,
    0, () => Change$
];
var ChangeSetHooks = [1, n0, _CSHh,
    0, () => ChangeSetHook$
];
var ChangeSetSummaries = [1, n0, _CSSh,
    0, () => ChangeSetSummary$
];
var Exports = [1, n0, _Exp,
    0, () => Export$
];
var HookResultSummaries = [1, n0, _HRSo,
    0, () => HookResultSummary$
];
var LastOperations = [1, n0, _LO,
    0, () => OperationEntry$
];
var OperationEvents = [1, n0, _OE,
    0, () => OperationEvent$
];
var OperationResultFilters = [1, n0, _ORFp,
    0, () => OperationResultFilter$
];
var Outputs = [1, n0, _Ou,
    0, () => Output$
];
var ParameterDeclarations = [1, n0, _PDa,
    0, () => ParameterDeclaration$
];
var _Parameters = [1, n0, _P,
    0, () => Parameter$
];
var PhysicalResourceIdContext = [1, n0, _PRIC,
    0, () => PhysicalResourceIdContextKeyValuePair$
];
var PropertyDifferences = [1, n0, _PDro,
    0, () => PropertyDifference$
];
var RelatedResources = [1, n0, _RRel,
    0, () => ScannedResource$
];
var RequiredActivatedTypes = [1, n0, _RAT,
    0, () => RequiredActivatedType$
];
var ResourceChangeDetails = [1, n0, _RCDe,
    0, () => ResourceChangeDetail$
];
var ResourceDefinitions = [1, n0, _RDes,
    0, () => ResourceDefinition$
];
var ResourceDetails = [1, n0, _RDeso,
    0, () => ResourceDetail$
];
var ResourceDriftIgnoredAttributes = [1, n0, _RDIA,
    0, () => ResourceDriftIgnoredAttribute$
];
var ResourceIdentifierSummaries = [1, n0, _RIS,
    0, () => ResourceIdentifierSummary$
];
var ResourceMappings = [1, n0, _RMe,
    0, () => ResourceMapping$
];
var ResourceScanSummaries = [1, n0, _RSS,
    0, () => ResourceScanSummary$
];
var ResourcesToImport = [1, n0, _RTI,
    0, () => ResourceToImport$
];
var RollbackTriggers = [1, n0, _RTo,
    0, () => RollbackTrigger$
];
var ScanFilters = [1, n0, _SF,
    0, () => ScanFilter$
];
var ScannedResourceIdentifiers = [1, n0, _SRIca,
    0, () => ScannedResourceIdentifier$
];
var ScannedResources = [1, n0, _SRca,
    0, () => ScannedResource$
];
var StackDefinitions = [1, n0, _SD,
    0, () => StackDefinition$
];
var StackEvents = [1, n0, _SE,
    0, () => StackEvent$
];
var StackInstanceFilters = [1, n0, _SIFt,
    0, () => StackInstanceFilter$
];
var StackInstanceResourceDriftsSummaries = [1, n0, _SIRDSta,
    0, () => StackInstanceResourceDriftsSummary$
];
var StackInstanceSummaries = [1, n0, _SISta,
    0, () => StackInstanceSummary$
];
var StackRefactorActions = [1, n0, _SRA,
    0, () => StackRefactorAction$
];
var StackRefactorSummaries = [1, n0, _SRS,
    0, () => StackRefactorSummary$
];
var StackRefactorTagResources = [1, n0, _SRTR,
    0, () => Tag$
];
var StackResourceDrifts = [1, n0, _SRD,
    0, () => StackResourceDrift$
];
var StackResources = [1, n0, _SRt,
    0, () => StackResource$
];
var StackResourceSummaries = [1, n0, _SRSt,
    0, () => StackResourceSummary$
];
var Stacks = [1, n0, _St,
    0, () => Stack$
];
var StackSetAutoDeploymentTargetSummaries = [1, n0, _SSADTSt,
    0, () => StackSetAutoDeploymentTargetSummary$
];
var StackSetOperationResultSummaries = [1, n0, _SSORSt,
    0, () => StackSetOperationResultSummary$
];
var StackSetOperationSummaries = [1, n0, _SSOSt,
    0, () => StackSetOperationSummary$
];
var StackSetSummaries = [1, n0, _SSSt,
    0, () => StackSetSummary$
];
var StackSummaries = [1, n0, _SSt,
    0, () => StackSummary$
];
var Tags = [1, n0, _Ta,
    0, () => Tag$
];
var TemplateParameters = [1, n0, _TPem,
    0, () => TemplateParameter$
];
var TemplateSummaries = [1, n0, _TSem,
    0, () => TemplateSummary$
];
var TypeConfigurationDetailsList = [1, n0, _TCDL,
    0, () => TypeConfigurationDetails$
];
var TypeConfigurationIdentifiers = [1, n0, _TCIy,
    0, () => TypeConfigurationIdentifier$
];
var TypeSummaries = [1, n0, _TSy,
    0, () => TypeSummary$
];
var TypeVersionSummaries = [1, n0, _TVS,
    0, () => TypeVersionSummary$
];
var UnprocessedTypeConfigurations = [1, n0, _UTC,
    0, () => TypeConfigurationIdentifier$
];
var WarningDetails = [1, n0, _WDa,
    0, () => WarningDetail$
];
var WarningProperties = [1, n0, _WPa,
    0, () => WarningProperty$
];
var ActivateOrganizationsAccess$ = [9, n0, _AOA,
    0, () => ActivateOrganizationsAccessInput$, () => ActivateOrganizationsAccessOutput$
];
var ActivateType$ = [9, n0, _AT,
    2, () => ActivateTypeInput$, () => ActivateTypeOutput$
];
var BatchDescribeTypeConfigurations$ = [9, n0, _BDTC,
    0, () => BatchDescribeTypeConfigurationsInput$, () => BatchDescribeTypeConfigurationsOutput$
];
var CancelUpdateStack$ = [9, n0, _CUS,
    0, () => CancelUpdateStackInput$, () => __Unit
];
var ContinueUpdateRollback$ = [9, n0, _CUR,
    0, () => ContinueUpdateRollbackInput$, () => ContinueUpdateRollbackOutput$
];
var CreateChangeSet$ = [9, n0, _CCS,
    0, () => CreateChangeSetInput$, () => CreateChangeSetOutput$
];
var CreateGeneratedTemplate$ = [9, n0, _CGT,
    0, () => CreateGeneratedTemplateInput$, () => CreateGeneratedTemplateOutput$
];
var CreateStack$ = [9, n0, _CSr,
    0, () => CreateStackInput$, () => CreateStackOutput$
];
var CreateStackInstances$ = [9, n0, _CSIre,
    0, () => CreateStackInstancesInput$, () => CreateStackInstancesOutput$
];
var CreateStackRefactor$ = [9, n0, _CSR,
    0, () => CreateStackRefactorInput$, () => CreateStackRefactorOutput$
];
var CreateStackSet$ = [9, n0, _CSSr,
    0, () => CreateStackSetInput$, () => CreateStackSetOutput$
];
var DeactivateOrganizationsAccess$ = [9, n0, _DOA,
    0, () => DeactivateOrganizationsAccessInput$, () => DeactivateOrganizationsAccessOutput$
];
var DeactivateType$ = [9, n0, _DTea,
    2, () => DeactivateTypeInput$, () => DeactivateTypeOutput$
];
var DeleteChangeSet$ = [9, n0, _DCS,
    0, () => DeleteChangeSetInput$, () => DeleteChangeSetOutput$
];
var DeleteGeneratedTemplate$ = [9, n0, _DGT,
    0, () => DeleteGeneratedTemplateInput$, () => __Unit
];
var DeleteStack$ = [9, n0, _DSel,
    0, () => DeleteStackInput$, () => __Unit
];
var DeleteStackInstances$ = [9, n0, _DSIel,
    0, () => DeleteStackInstancesInput$, () => DeleteStackInstancesOutput$
];
var DeleteStackSet$ = [9, n0, _DSS,
    0, () => DeleteStackSetInput$, () => DeleteStackSetOutput$
];
var DeregisterType$ = [9, n0, _DTer,
    2, () => DeregisterTypeInput$, () => DeregisterTypeOutput$
];
var DescribeAccountLimits$ = [9, n0, _DAL,
    0, () => DescribeAccountLimitsInput$, () => DescribeAccountLimitsOutput$
];
var DescribeChangeSet$ = [9, n0, _DCSe,
    0, () => DescribeChangeSetInput$, () => DescribeChangeSetOutput$
];
var DescribeChangeSetHooks$ = [9, n0, _DCSH,
    0, () => DescribeChangeSetHooksInput$, () => DescribeChangeSetHooksOutput$
];
var DescribeEvents$ = [9, n0, _DE,
    0, () => DescribeEventsInput$, () => DescribeEventsOutput$
];
var DescribeGeneratedTemplate$ = [9, n0, _DGTe,
    0, () => DescribeGeneratedTemplateInput$, () => DescribeGeneratedTemplateOutput$
];
var DescribeOrganizationsAccess$ = [9, n0, _DOAe,
    0, () => DescribeOrganizationsAccessInput$, () => DescribeOrganizationsAccessOutput$
];
var DescribePublisher$ = [9, n0, _DPe,
    2, () => DescribePublisherInput$, () => DescribePublisherOutput$
];
var DescribeResourceScan$ = [9, n0, _DRS,
    0, () => DescribeResourceScanInput$, () => DescribeResourceScanOutput$
];
var DescribeStackDriftDetectionStatus$ = [9, n0, _DSDDS,
    0, () => DescribeStackDriftDetectionStatusInput$, () => DescribeStackDriftDetectionStatusOutput$
];
var DescribeStackEvents$ = [9, n0, _DSE,
    0, () => DescribeStackEventsInput$, () => DescribeStackEventsOutput$
];
var DescribeStackInstance$ = [9, n0, _DSIes,
    0, () => DescribeStackInstanceInput$, () => DescribeStackInstanceOutput$
];
var DescribeStackRefactor$ = [9, n0, _DSRe,
    0, () => DescribeStackRefactorInput$, () => DescribeStackRefactorOutput$
];
var DescribeStackResource$ = [9, n0, _DSRes,
    0, () => DescribeStackResourceInput$, () => DescribeStackResourceOutput$
];
var DescribeStackResourceDrifts$ = [9, n0, _DSRD,
    0, () => DescribeStackResourceDriftsInput$, () => DescribeStackResourceDriftsOutput$
];
var DescribeStackResources$ = [9, n0, _DSResc,
    0, () => DescribeStackResourcesInput$, () => DescribeStackResourcesOutput$
];
var DescribeStacks$ = [9, n0, _DSes,
    0, () => DescribeStacksInput$, () => DescribeStacksOutput$
];
var DescribeStackSet$ = [9, n0, _DSSe,
    0, () => DescribeStackSetInput$, () => DescribeStackSetOutput$
];
var DescribeStackSetOperation$ = [9, n0, _DSSOes,
    0, () => DescribeStackSetOperationInput$, () => DescribeStackSetOperationOutput$
];
var DescribeType$ = [9, n0, _DTes,
    2, () => DescribeTypeInput$, () => DescribeTypeOutput$
];
var DescribeTypeRegistration$ = [9, n0, _DTR,
    2, () => DescribeTypeRegistrationInput$, () => DescribeTypeRegistrationOutput$
];
var DetectStackDrift$ = [9, n0, _DSD,
    0, () => DetectStackDriftInput$, () => DetectStackDriftOutput$
];
var DetectStackResourceDrift$ = [9, n0, _DSRDe,
    0, () => DetectStackResourceDriftInput$, () => DetectStackResourceDriftOutput$
];
var DetectStackSetDrift$ = [9, n0, _DSSD,
    0, () => DetectStackSetDriftInput$, () => DetectStackSetDriftOutput$
];
var EstimateTemplateCost$ = [9, n0, _ETC,
    0, () => EstimateTemplateCostInput$, () => EstimateTemplateCostOutput$
];
var ExecuteChangeSet$ = [9, n0, _ECS,
    0, () => ExecuteChangeSetInput$, () => ExecuteChangeSetOutput$
];
var ExecuteStackRefactor$ = [9, n0, _ESRx,
    0, () => ExecuteStackRefactorInput$, () => __Unit
];
var GetGeneratedTemplate$ = [9, n0, _GGT,
    0, () => GetGeneratedTemplateInput$, () => GetGeneratedTemplateOutput$
];
var GetHookResult$ = [9, n0, _GHR,
    0, () => GetHookResultInput$, () => GetHookResultOutput$
];
var GetStackPolicy$ = [9, n0, _GSP,
    0, () => GetStackPolicyInput$, () => GetStackPolicyOutput$
];
var GetTemplate$ = [9, n0, _GT,
    0, () => GetTemplateInput$, () => GetTemplateOutput$
];
var GetTemplateSummary$ = [9, n0, _GTS,
    0, () => GetTemplateSummaryInput$, () => GetTemplateSummaryOutput$
];
var ImportStacksToStackSet$ = [9, n0, _ISTSS,
    0, () => ImportStacksToStackSetInput$, () => ImportStacksToStackSetOutput$
];
var ListChangeSets$ = [9, n0, _LCS,
    0, () => ListChangeSetsInput$, () => ListChangeSetsOutput$
];
var ListExports$ = [9, n0, _LE,
    0, () => ListExportsInput$, () => ListExportsOutput$
];
var ListGeneratedTemplates$ = [9, n0, _LGT,
    0, () => ListGeneratedTemplatesInput$, () => ListGeneratedTemplatesOutput$
];
var ListHookResults$ = [9, n0, _LHR,
    0, () => ListHookResultsInput$, () => ListHookResultsOutput$
];
var ListImports$ = [9, n0, _LI,
    0, () => ListImportsInput$, () => ListImportsOutput$
];
var ListResourceScanRelatedResources$ = [9, n0, _LRSRR,
    0, () => ListResourceScanRelatedResourcesInput$, () => ListResourceScanRelatedResourcesOutput$
];
var ListResourceScanResources$ = [9, n0, _LRSR,
    0, () => ListResourceScanResourcesInput$, () => ListResourceScanResourcesOutput$
];
var ListResourceScans$ = [9, n0, _LRS,
    0, () => ListResourceScansInput$, () => ListResourceScansOutput$
];
var ListStackInstanceResourceDrifts$ = [9, n0, _LSIRD,
    0, () => ListStackInstanceResourceDriftsInput$, () => ListStackInstanceResourceDriftsOutput$
];
var ListStackInstances$ = [9, n0, _LSIi,
    0, () => ListStackInstancesInput$, () => ListStackInstancesOutput$
];
var ListStackRefactorActions$ = [9, n0, _LSRA,
    0, () => ListStackRefactorActionsInput$, () => ListStackRefactorActionsOutput$
];
var ListStackRefactors$ = [9, n0, _LSR,
    0, () => ListStackRefactorsInput$, () => ListStackRefactorsOutput$
];
var ListStackResources$ = [9, n0, _LSRi,
    0, () => ListStackResourcesInput$, () => ListStackResourcesOutput$
];
var ListStacks$ = [9, n0, _LS,
    0, () => ListStacksInput$, () => ListStacksOutput$
];
var ListStackSetAutoDeploymentTargets$ = [9, n0, _LSSADT,
    0, () => ListStackSetAutoDeploymentTargetsInput$, () => ListStackSetAutoDeploymentTargetsOutput$
];
var ListStackSetOperationResults$ = [9, n0, _LSSOR,
    0, () => ListStackSetOperationResultsInput$, () => ListStackSetOperationResultsOutput$
];
var ListStackSetOperations$ = [9, n0, _LSSOi,
    0, () => ListStackSetOperationsInput$, () => ListStackSetOperationsOutput$
];
var ListStackSets$ = [9, n0, _LSS,
    0, () => ListStackSetsInput$, () => ListStackSetsOutput$
];
var ListTypeRegistrations$ = [9, n0, _LTR,
    2, () => ListTypeRegistrationsInput$, () => ListTypeRegistrationsOutput$
];
var ListTypes$ = [9, n0, _LT,
    2, () => ListTypesInput$, () => ListTypesOutput$
];
var ListTypeVersions$ = [9, n0, _LTV,
    2, () => ListTypeVersionsInput$, () => ListTypeVersionsOutput$
];
var PublishType$ = [9, n0, _PTu,
    2, () => PublishTypeInput$, () => PublishTypeOutput$
];
var RecordHandlerProgress$ = [9, n0, _RHP,
    2, () => RecordHandlerProgressInput$, () => RecordHandlerProgressOutput$
];
var RegisterPublisher$ = [9, n0, _RPeg,
    2, () => RegisterPublisherInput$, () => RegisterPublisherOutput$
];
var RegisterType$ = [9, n0, _RTegi,
    2, () => RegisterTypeInput$, () => RegisterTypeOutput$
];
var RemoveAlias$ = [9, n0, _RAe,
    0, () => RemoveAliasInput$, () => __Unit
];
var RollbackStack$ = [9, n0, _RSo,
    0, () => RollbackStackInput$, () => RollbackStackOutput$
];
var SetAlias$ = [9, n0, _SAe,
    0, () => SetAliasInput$, () => __Unit
];
var SetStackPolicy$ = [9, n0, _SSP,
    0, () => SetStackPolicyInput$, () => __Unit
];
var SetTypeConfiguration$ = [9, n0, _STC,
    0, () => SetTypeConfigurationInput$, () => SetTypeConfigurationOutput$
];
var SetTypeDefaultVersion$ = [9, n0, _STDV,
    2, () => SetTypeDefaultVersionInput$, () => SetTypeDefaultVersionOutput$
];
var SignalResource$ = [9, n0, _SRi,
    0, () => SignalResourceInput$, () => __Unit
];
var StartResourceScan$ = [9, n0, _SRStar,
    0, () => StartResourceScanInput$, () => StartResourceScanOutput$
];
var StopStackSetOperation$ = [9, n0, _SSSO,
    0, () => StopStackSetOperationInput$, () => StopStackSetOperationOutput$
];
var TestType$ = [9, n0, _TTe,
    2, () => TestTypeInput$, () => TestTypeOutput$
];
var UpdateGeneratedTemplate$ = [9, n0, _UGT,
    0, () => UpdateGeneratedTemplateInput$, () => UpdateGeneratedTemplateOutput$
];
var UpdateStack$ = [9, n0, _US,
    0, () => UpdateStackInput$, () => UpdateStackOutput$
];
var UpdateStackInstances$ = [9, n0, _USIp,
    0, () => UpdateStackInstancesInput$, () => UpdateStackInstancesOutput$
];
var UpdateStackSet$ = [9, n0, _USS,
    0, () => UpdateStackSetInput$, () => UpdateStackSetOutput$
];
var UpdateTerminationProtection$ = [9, n0, _UTP,
    0, () => UpdateTerminationProtectionInput$, () => UpdateTerminationProtectionOutput$
];
var ValidateTemplate$ = [9, n0, _VT,
    0, () => ValidateTemplateInput$, () => ValidateTemplateOutput$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2010-05-15",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCloudFormationHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsQueryProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.cloudformation",
            errorTypeRegistries,
            xmlNamespace: "http://cloudformation.amazonaws.com/doc/2010-05-15/",
            version: "2010-05-15",
            serviceTarget: "CloudFormation",
        },
        serviceId: config?.serviceId ?? "CloudFormation",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 900_000),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class CloudFormationClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultCloudFormationHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

const command = makeBuilder(commonParams, "CloudFormation", "CloudFormationClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class ActivateOrganizationsAccessCommand extends command(_ep0, _mw0, "ActivateOrganizationsAccess", ActivateOrganizationsAccess$) {
}

class ActivateTypeCommand extends command(_ep0, _mw0, "ActivateType", ActivateType$) {
}

class BatchDescribeTypeConfigurationsCommand extends command(_ep0, _mw0, "BatchDescribeTypeConfigurations", BatchDescribeTypeConfigurations$) {
}

class CancelUpdateStackCommand extends command(_ep0, _mw0, "CancelUpdateStack", CancelUpdateStack$) {
}

class ContinueUpdateRollbackCommand extends command(_ep0, _mw0, "ContinueUpdateRollback", ContinueUpdateRollback$) {
}

class CreateChangeSetCommand extends command(_ep0, _mw0, "CreateChangeSet", CreateChangeSet$) {
}

class CreateGeneratedTemplateCommand extends command(_ep0, _mw0, "CreateGeneratedTemplate", CreateGeneratedTemplate$) {
}

class CreateStackCommand extends command(_ep0, _mw0, "CreateStack", CreateStack$) {
}

class CreateStackInstancesCommand extends command(_ep0, _mw0, "CreateStackInstances", CreateStackInstances$) {
}

class CreateStackRefactorCommand extends command(_ep0, _mw0, "CreateStackRefactor", CreateStackRefactor$) {
}

class CreateStackSetCommand extends command(_ep0, _mw0, "CreateStackSet", CreateStackSet$) {
}

class DeactivateOrganizationsAccessCommand extends command(_ep0, _mw0, "DeactivateOrganizationsAccess", DeactivateOrganizationsAccess$) {
}

class DeactivateTypeCommand extends command(_ep0, _mw0, "DeactivateType", DeactivateType$) {
}

class DeleteChangeSetCommand extends command(_ep0, _mw0, "DeleteChangeSet", DeleteChangeSet$) {
}

class DeleteGeneratedTemplateCommand extends command(_ep0, _mw0, "DeleteGeneratedTemplate", DeleteGeneratedTemplate$) {
}

class DeleteStackCommand extends command(_ep0, _mw0, "DeleteStack", DeleteStack$) {
}

class DeleteStackInstancesCommand extends command(_ep0, _mw0, "DeleteStackInstances", DeleteStackInstances$) {
}

class DeleteStackSetCommand extends command(_ep0, _mw0, "DeleteStackSet", DeleteStackSet$) {
}

class DeregisterTypeCommand extends command(_ep0, _mw0, "DeregisterType", DeregisterType$) {
}

class DescribeAccountLimitsCommand extends command(_ep0, _mw0, "DescribeAccountLimits", DescribeAccountLimits$) {
}

class DescribeChangeSetCommand extends command(_ep0, _mw0, "DescribeChangeSet", DescribeChangeSet$) {
}

class DescribeChangeSetHooksCommand extends command(_ep0, _mw0, "DescribeChangeSetHooks", DescribeChangeSetHooks$) {
}

class DescribeEventsCommand extends command(_ep0, _mw0, "DescribeEvents", DescribeEvents$) {
}

class DescribeGeneratedTemplateCommand extends command(_ep0, _mw0, "DescribeGeneratedTemplate", DescribeGeneratedTemplate$) {
}

class DescribeOrganizationsAccessCommand extends command(_ep0, _mw0, "DescribeOrganizationsAccess", DescribeOrganizationsAccess$) {
}

class DescribePublisherCommand extends command(_ep0, _mw0, "DescribePublisher", DescribePublisher$) {
}

class DescribeResourceScanCommand extends command(_ep0, _mw0, "DescribeResourceScan", DescribeResourceScan$) {
}

class DescribeStackDriftDetectionStatusCommand extends command(_ep0, _mw0, "DescribeStackDriftDetectionStatus", DescribeStackDriftDetectionStatus$) {
}

class DescribeStackEventsCommand extends command(_ep0, _mw0, "DescribeStackEvents", DescribeStackEvents$) {
}

class DescribeStackInstanceCommand extends command(_ep0, _mw0, "DescribeStackInstance", DescribeStackInstance$) {
}

class DescribeStackRefactorCommand extends command(_ep0, _mw0, "DescribeStackRefactor", DescribeStackRefactor$) {
}

class DescribeStackResourceCommand extends command(_ep0, _mw0, "DescribeStackResource", DescribeStackResource$) {
}

class DescribeStackResourceDriftsCommand extends command(_ep0, _mw0, "DescribeStackResourceDrifts", DescribeStackResourceDrifts$) {
}

class DescribeStackResourcesCommand extends command(_ep0, _mw0, "DescribeStackResources", DescribeStackResources$) {
}

class DescribeStacksCommand extends command(_ep0, _mw0, "DescribeStacks", DescribeStacks$) {
}

class DescribeStackSetCommand extends command(_ep0, _mw0, "DescribeStackSet", DescribeStackSet$) {
}

class DescribeStackSetOperationCommand extends command(_ep0, _mw0, "DescribeStackSetOperation", DescribeStackSetOperation$) {
}

class DescribeTypeCommand extends command(_ep0, _mw0, "DescribeType", DescribeType$) {
}

class DescribeTypeRegistrationCommand extends command(_ep0, _mw0, "DescribeTypeRegistration", DescribeTypeRegistration$) {
}

class DetectStackDriftCommand extends command(_ep0, _mw0, "DetectStackDrift", DetectStackDrift$) {
}

class DetectStackResourceDriftCommand extends command(_ep0, _mw0, "DetectStackResourceDrift", DetectStackResourceDrift$) {
}

class DetectStackSetDriftCommand extends command(_ep0, _mw0, "DetectStackSetDrift", DetectStackSetDrift$) {
}

class EstimateTemplateCostCommand extends command(_ep0, _mw0, "EstimateTemplateCost", EstimateTemplateCost$) {
}

class ExecuteChangeSetCommand extends command(_ep0, _mw0, "ExecuteChangeSet", ExecuteChangeSet$) {
}

class ExecuteStackRefactorCommand extends command(_ep0, _mw0, "ExecuteStackRefactor", ExecuteStackRefactor$) {
}

class GetGeneratedTemplateCommand extends command(_ep0, _mw0, "GetGeneratedTemplate", GetGeneratedTemplate$) {
}

class GetHookResultCommand extends command(_ep0, _mw0, "GetHookResult", GetHookResult$) {
}

class GetStackPolicyCommand extends command(_ep0, _mw0, "GetStackPolicy", GetStackPolicy$) {
}

class GetTemplateCommand extends command(_ep0, _mw0, "GetTemplate", GetTemplate$) {
}

class GetTemplateSummaryCommand extends command(_ep0, _mw0, "GetTemplateSummary", GetTemplateSummary$) {
}

class ImportStacksToStackSetCommand extends command(_ep0, _mw0, "ImportStacksToStackSet", ImportStacksToStackSet$) {
}

class ListChangeSetsCommand extends command(_ep0, _mw0, "ListChangeSets", ListChangeSets$) {
}

class ListExportsCommand extends command(_ep0, _mw0, "ListExports", ListExports$) {
}

class ListGeneratedTemplatesCommand extends command(_ep0, _mw0, "ListGeneratedTemplates", ListGeneratedTemplates$) {
}

class ListHookResultsCommand extends command(_ep0, _mw0, "ListHookResults", ListHookResults$) {
}

class ListImportsCommand extends command(_ep0, _mw0, "ListImports", ListImports$) {
}

class ListResourceScanRelatedResourcesCommand extends command(_ep0, _mw0, "ListResourceScanRelatedResources", ListResourceScanRelatedResources$) {
}

class ListResourceScanResourcesCommand extends command(_ep0, _mw0, "ListResourceScanResources", ListResourceScanResources$) {
}

class ListResourceScansCommand extends command(_ep0, _mw0, "ListResourceScans", ListResourceScans$) {
}

class ListStackInstanceResourceDriftsCommand extends command(_ep0, _mw0, "ListStackInstanceResourceDrifts", ListStackInstanceResourceDrifts$) {
}

class ListStackInstancesCommand extends command(_ep0, _mw0, "ListStackInstances", ListStackInstances$) {
}

class ListStackRefactorActionsCommand extends command(_ep0, _mw0, "ListStackRefactorActions", ListStackRefactorActions$) {
}

class ListStackRefactorsCommand extends command(_ep0, _mw0, "ListStackRefactors", ListStackRefactors$) {
}

class ListStackResourcesCommand extends command(_ep0, _mw0, "ListStackResources", ListStackResources$) {
}

class ListStacksCommand extends command(_ep0, _mw0, "ListStacks", ListStacks$) {
}

class ListStackSetAutoDeploymentTargetsCommand extends command(_ep0, _mw0, "ListStackSetAutoDeploymentTargets", ListStackSetAutoDeploymentTargets$) {
}

class ListStackSetOperationResultsCommand extends command(_ep0, _mw0, "ListStackSetOperationResults", ListStackSetOperationResults$) {
}

class ListStackSetOperationsCommand extends command(_ep0, _mw0, "ListStackSetOperations", ListStackSetOperations$) {
}

class ListStackSetsCommand extends command(_ep0, _mw0, "ListStackSets", ListStackSets$) {
}

class ListTypeRegistrationsCommand extends command(_ep0, _mw0, "ListTypeRegistrations", ListTypeRegistrations$) {
}

class ListTypesCommand extends command(_ep0, _mw0, "ListTypes", ListTypes$) {
}

class ListTypeVersionsCommand extends command(_ep0, _mw0, "ListTypeVersions", ListTypeVersions$) {
}

class PublishTypeCommand extends command(_ep0, _mw0, "PublishType", PublishType$) {
}

class RecordHandlerProgressCommand extends command(_ep0, _mw0, "RecordHandlerProgress", RecordHandlerProgress$) {
}

class RegisterPublisherCommand extends command(_ep0, _mw0, "RegisterPublisher", RegisterPublisher$) {
}

class RegisterTypeCommand extends command(_ep0, _mw0, "RegisterType", RegisterType$) {
}

class RemoveAliasCommand extends command(_ep0, _mw0, "RemoveAlias", RemoveAlias$) {
}

class RollbackStackCommand extends command(_ep0, _mw0, "RollbackStack", RollbackStack$) {
}

class SetAliasCommand extends command(_ep0, _mw0, "SetAlias", SetAlias$) {
}

class SetStackPolicyCommand extends command(_ep0, _mw0, "SetStackPolicy", SetStackPolicy$) {
}

class SetTypeConfigurationCommand extends command(_ep0, _mw0, "SetTypeConfiguration", SetTypeConfiguration$) {
}

class SetTypeDefaultVersionCommand extends command(_ep0, _mw0, "SetTypeDefaultVersion", SetTypeDefaultVersion$) {
}

class SignalResourceCommand extends command(_ep0, _mw0, "SignalResource", SignalResource$) {
}

class StartResourceScanCommand extends command(_ep0, _mw0, "StartResourceScan", StartResourceScan$) {
}

class StopStackSetOperationCommand extends command(_ep0, _mw0, "StopStackSetOperation", StopStackSetOperation$) {
}

class TestTypeCommand extends command(_ep0, _mw0, "TestType", TestType$) {
}

class UpdateGeneratedTemplateCommand extends command(_ep0, _mw0, "UpdateGeneratedTemplate", UpdateGeneratedTemplate$) {
}

class UpdateStackCommand extends command(_ep0, _mw0, "UpdateStack", UpdateStack$) {
}

class UpdateStackInstancesCommand extends command(_ep0, _mw0, "UpdateStackInstances", UpdateStackInstances$) {
}

class UpdateStackSetCommand extends command(_ep0, _mw0, "UpdateStackSet", UpdateStackSet$) {
}

class UpdateTerminationProtectionCommand extends command(_ep0, _mw0, "UpdateTerminationProtection", UpdateTerminationProtection$) {
}

class ValidateTemplateCommand extends command(_ep0, _mw0, "ValidateTemplate", ValidateTemplate$) {
}

const paginateDescribeAccountLimits = createPaginator(CloudFormationClient, DescribeAccountLimitsCommand, "NextToken", "NextToken", "");

const paginateDescribeChangeSet = createPaginator(CloudFormationClient, DescribeChangeSetCommand, "NextToken", "NextToken", "");

const paginateDescribeEvents = createPaginator(CloudFormationClient, DescribeEventsCommand, "NextToken", "NextToken", "");

const paginateDescribeStackEvents = createPaginator(CloudFormationClient, DescribeStackEventsCommand, "NextToken", "NextToken", "");

const paginateDescribeStackResourceDrifts = createPaginator(CloudFormationClient, DescribeStackResourceDriftsCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeStacks = createPaginator(CloudFormationClient, DescribeStacksCommand, "NextToken", "NextToken", "");

const paginateListChangeSets = createPaginator(CloudFormationClient, ListChangeSetsCommand, "NextToken", "NextToken", "");

const paginateListExports = createPaginator(CloudFormationClient, ListExportsCommand, "NextToken", "NextToken", "");

const paginateListGeneratedTemplates = createPaginator(CloudFormationClient, ListGeneratedTemplatesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListImports = createPaginator(CloudFormationClient, ListImportsCommand, "NextToken", "NextToken", "");

const paginateListResourceScanRelatedResources = createPaginator(CloudFormationClient, ListResourceScanRelatedResourcesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListResourceScanResources = createPaginator(CloudFormationClient, ListResourceScanResourcesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListResourceScans = createPaginator(CloudFormationClient, ListResourceScansCommand, "NextToken", "NextToken", "MaxResults");

const paginateListStackInstances = createPaginator(CloudFormationClient, ListStackInstancesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListStackRefactorActions = createPaginator(CloudFormationClient, ListStackRefactorActionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListStackRefactors = createPaginator(CloudFormationClient, ListStackRefactorsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListStackResources = createPaginator(CloudFormationClient, ListStackResourcesCommand, "NextToken", "NextToken", "");

const paginateListStackSetOperationResults = createPaginator(CloudFormationClient, ListStackSetOperationResultsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListStackSetOperations = createPaginator(CloudFormationClient, ListStackSetOperationsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListStackSets = createPaginator(CloudFormationClient, ListStackSetsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListStacks = createPaginator(CloudFormationClient, ListStacksCommand, "NextToken", "NextToken", "");

const paginateListTypeRegistrations = createPaginator(CloudFormationClient, ListTypeRegistrationsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListTypes = createPaginator(CloudFormationClient, ListTypesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListTypeVersions = createPaginator(CloudFormationClient, ListTypeVersionsCommand, "NextToken", "NextToken", "MaxResults");

const checkState$9 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeChangeSetCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.Status;
            };
            if (returnComparator() === "CREATE_COMPLETE") {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.Status;
            };
            if (returnComparator() === "FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "ValidationError") {
            return { state: WaiterState.FAILURE, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForChangeSetCreateComplete = async (params, input) => {
    const serviceDefaults = { minDelay: 30, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$9);
};
const waitUntilChangeSetCreateComplete = async (params, input) => {
    const serviceDefaults = { minDelay: 30, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$9);
    return checkExceptions(result);
};

const checkState$8 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeStacksCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "CREATE_COMPLETE");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "UPDATE_COMPLETE");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "UPDATE_IN_PROGRESS");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "UPDATE_FAILED");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "UPDATE_ROLLBACK_IN_PROGRESS");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "UPDATE_ROLLBACK_FAILED");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "UPDATE_ROLLBACK_COMPLETE");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "CREATE_FAILED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "DELETE_COMPLETE") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "DELETE_FAILED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "ROLLBACK_FAILED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "ROLLBACK_COMPLETE") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "ValidationError") {
            return { state: WaiterState.FAILURE, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForStackCreateComplete = async (params, input) => {
    const serviceDefaults = { minDelay: 30, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$8);
};
const waitUntilStackCreateComplete = async (params, input) => {
    const serviceDefaults = { minDelay: 30, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$8);
    return checkExceptions(result);
};

const checkState$7 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeStacksCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "DELETE_COMPLETE");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "DELETE_FAILED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "CREATE_FAILED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "ROLLBACK_FAILED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "UPDATE_ROLLBACK_IN_PROGRESS") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "UPDATE_ROLLBACK_FAILED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "UPDATE_ROLLBACK_COMPLETE") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "UPDATE_COMPLETE") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "ValidationError") {
            return { state: WaiterState.SUCCESS, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForStackDeleteComplete = async (params, input) => {
    const serviceDefaults = { minDelay: 30, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$7);
};
const waitUntilStackDeleteComplete = async (params, input) => {
    const serviceDefaults = { minDelay: 30, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$7);
    return checkExceptions(result);
};

const checkState$6 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeStacksCommand(input));
        reason = result;
        return { state: WaiterState.SUCCESS, reason };
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "ValidationError") {
            return { state: WaiterState.RETRY, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForStackExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$6);
};
const waitUntilStackExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$6);
    return checkExceptions(result);
};

const checkState$5 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeStacksCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "IMPORT_COMPLETE");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "ROLLBACK_COMPLETE") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "ROLLBACK_FAILED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "IMPORT_ROLLBACK_IN_PROGRESS") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "IMPORT_ROLLBACK_FAILED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "IMPORT_ROLLBACK_COMPLETE") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "ValidationError") {
            return { state: WaiterState.FAILURE, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForStackImportComplete = async (params, input) => {
    const serviceDefaults = { minDelay: 30, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$5);
};
const waitUntilStackImportComplete = async (params, input) => {
    const serviceDefaults = { minDelay: 30, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$5);
    return checkExceptions(result);
};

const checkState$4 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeStackRefactorCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.Status;
            };
            if (returnComparator() === "CREATE_COMPLETE") {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.Status;
            };
            if (returnComparator() === "CREATE_FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "ValidationError") {
            return { state: WaiterState.FAILURE, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForStackRefactorCreateComplete = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$4);
};
const waitUntilStackRefactorCreateComplete = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$4);
    return checkExceptions(result);
};

const checkState$3 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeStackRefactorCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.ExecutionStatus;
            };
            if (returnComparator() === "EXECUTE_COMPLETE") {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.ExecutionStatus;
            };
            if (returnComparator() === "EXECUTE_FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.ExecutionStatus;
            };
            if (returnComparator() === "ROLLBACK_COMPLETE") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "ValidationError") {
            return { state: WaiterState.FAILURE, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForStackRefactorExecuteComplete = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
};
const waitUntilStackRefactorExecuteComplete = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
    return checkExceptions(result);
};

const checkState$2 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeStacksCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "UPDATE_ROLLBACK_COMPLETE");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "UPDATE_FAILED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "UPDATE_ROLLBACK_FAILED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "DELETE_FAILED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "ValidationError") {
            return { state: WaiterState.FAILURE, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForStackRollbackComplete = async (params, input) => {
    const serviceDefaults = { minDelay: 30, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
};
const waitUntilStackRollbackComplete = async (params, input) => {
    const serviceDefaults = { minDelay: 30, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
    return checkExceptions(result);
};

const checkState$1 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeStacksCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "UPDATE_COMPLETE");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "UPDATE_FAILED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "UPDATE_ROLLBACK_FAILED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Stacks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.StackStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "UPDATE_ROLLBACK_COMPLETE") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "ValidationError") {
            return { state: WaiterState.FAILURE, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForStackUpdateComplete = async (params, input) => {
    const serviceDefaults = { minDelay: 30, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
};
const waitUntilStackUpdateComplete = async (params, input) => {
    const serviceDefaults = { minDelay: 30, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
    return checkExceptions(result);
};

const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeTypeRegistrationCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.ProgressStatus;
            };
            if (returnComparator() === "COMPLETE") {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.ProgressStatus;
            };
            if (returnComparator() === "FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForTypeRegistrationComplete = async (params, input) => {
    const serviceDefaults = { minDelay: 30, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilTypeRegistrationComplete = async (params, input) => {
    const serviceDefaults = { minDelay: 30, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    return checkExceptions(result);
};

const commands = {
    ActivateOrganizationsAccessCommand,
    ActivateTypeCommand,
    BatchDescribeTypeConfigurationsCommand,
    CancelUpdateStackCommand,
    ContinueUpdateRollbackCommand,
    CreateChangeSetCommand,
    CreateGeneratedTemplateCommand,
    CreateStackCommand,
    CreateStackInstancesCommand,
    CreateStackRefactorCommand,
    CreateStackSetCommand,
    DeactivateOrganizationsAccessCommand,
    DeactivateTypeCommand,
    DeleteChangeSetCommand,
    DeleteGeneratedTemplateCommand,
    DeleteStackCommand,
    DeleteStackInstancesCommand,
    DeleteStackSetCommand,
    DeregisterTypeCommand,
    DescribeAccountLimitsCommand,
    DescribeChangeSetCommand,
    DescribeChangeSetHooksCommand,
    DescribeEventsCommand,
    DescribeGeneratedTemplateCommand,
    DescribeOrganizationsAccessCommand,
    DescribePublisherCommand,
    DescribeResourceScanCommand,
    DescribeStackDriftDetectionStatusCommand,
    DescribeStackEventsCommand,
    DescribeStackInstanceCommand,
    DescribeStackRefactorCommand,
    DescribeStackResourceCommand,
    DescribeStackResourceDriftsCommand,
    DescribeStackResourcesCommand,
    DescribeStacksCommand,
    DescribeStackSetCommand,
    DescribeStackSetOperationCommand,
    DescribeTypeCommand,
    DescribeTypeRegistrationCommand,
    DetectStackDriftCommand,
    DetectStackResourceDriftCommand,
    DetectStackSetDriftCommand,
    EstimateTemplateCostCommand,
    ExecuteChangeSetCommand,
    ExecuteStackRefactorCommand,
    GetGeneratedTemplateCommand,
    GetHookResultCommand,
    GetStackPolicyCommand,
    GetTemplateCommand,
    GetTemplateSummaryCommand,
    ImportStacksToStackSetCommand,
    ListChangeSetsCommand,
    ListExportsCommand,
    ListGeneratedTemplatesCommand,
    ListHookResultsCommand,
    ListImportsCommand,
    ListResourceScanRelatedResourcesCommand,
    ListResourceScanResourcesCommand,
    ListResourceScansCommand,
    ListStackInstanceResourceDriftsCommand,
    ListStackInstancesCommand,
    ListStackRefactorActionsCommand,
    ListStackRefactorsCommand,
    ListStackResourcesCommand,
    ListStacksCommand,
    ListStackSetAutoDeploymentTargetsCommand,
    ListStackSetOperationResultsCommand,
    ListStackSetOperationsCommand,
    ListStackSetsCommand,
    ListTypeRegistrationsCommand,
    ListTypesCommand,
    ListTypeVersionsCommand,
    PublishTypeCommand,
    RecordHandlerProgressCommand,
    RegisterPublisherCommand,
    RegisterTypeCommand,
    RemoveAliasCommand,
    RollbackStackCommand,
    SetAliasCommand,
    SetStackPolicyCommand,
    SetTypeConfigurationCommand,
    SetTypeDefaultVersionCommand,
    SignalResourceCommand,
    StartResourceScanCommand,
    StopStackSetOperationCommand,
    TestTypeCommand,
    UpdateGeneratedTemplateCommand,
    UpdateStackCommand,
    UpdateStackInstancesCommand,
    UpdateStackSetCommand,
    UpdateTerminationProtectionCommand,
    ValidateTemplateCommand,
};
const paginators = {
    paginateDescribeAccountLimits,
    paginateDescribeChangeSet,
    paginateDescribeEvents,
    paginateDescribeStackEvents,
    paginateDescribeStackResourceDrifts,
    paginateDescribeStacks,
    paginateListChangeSets,
    paginateListExports,
    paginateListGeneratedTemplates,
    paginateListImports,
    paginateListResourceScanRelatedResources,
    paginateListResourceScanResources,
    paginateListResourceScans,
    paginateListStackInstances,
    paginateListStackRefactorActions,
    paginateListStackRefactors,
    paginateListStackResources,
    paginateListStacks,
    paginateListStackSetOperationResults,
    paginateListStackSetOperations,
    paginateListStackSets,
    paginateListTypeRegistrations,
    paginateListTypes,
    paginateListTypeVersions,
};
const waiters = {
    waitUntilChangeSetCreateComplete,
    waitUntilStackRefactorCreateComplete,
    waitUntilStackRefactorExecuteComplete,
    waitUntilStackCreateComplete,
    waitUntilStackDeleteComplete,
    waitUntilStackExists,
    waitUntilStackImportComplete,
    waitUntilStackRollbackComplete,
    waitUntilStackUpdateComplete,
    waitUntilTypeRegistrationComplete,
};
class CloudFormation extends CloudFormationClient {
}
createAggregatedClient(commands, CloudFormation, { paginators, waiters });

const AccountFilterType = {
    DIFFERENCE: "DIFFERENCE",
    INTERSECTION: "INTERSECTION",
    NONE: "NONE",
    UNION: "UNION",
};
const AccountGateStatus = {
    FAILED: "FAILED",
    SKIPPED: "SKIPPED",
    SUCCEEDED: "SUCCEEDED",
};
const ThirdPartyType = {
    HOOK: "HOOK",
    MODULE: "MODULE",
    RESOURCE: "RESOURCE",
};
const VersionBump = {
    MAJOR: "MAJOR",
    MINOR: "MINOR",
};
const AfterValueFrom = {
    TEMPLATE: "TEMPLATE",
};
const AnnotationSeverityLevel = {
    CRITICAL: "CRITICAL",
    HIGH: "HIGH",
    INFORMATIONAL: "INFORMATIONAL",
    LOW: "LOW",
    MEDIUM: "MEDIUM",
};
const AnnotationStatus = {
    FAILED: "FAILED",
    PASSED: "PASSED",
    SKIPPED: "SKIPPED",
};
const AttributeChangeType = {
    Add: "Add",
    Modify: "Modify",
    Remove: "Remove",
    SyncWithActual: "SyncWithActual",
};
const BeaconStackOperationStatus = {
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
    SUCCEEDED: "SUCCEEDED",
};
const BeforeValueFrom = {
    ACTUAL_STATE: "ACTUAL_STATE",
    PREVIOUS_DEPLOYMENT_STATE: "PREVIOUS_DEPLOYMENT_STATE",
};
const CallAs = {
    DELEGATED_ADMIN: "DELEGATED_ADMIN",
    SELF: "SELF",
};
const Capability = {
    CAPABILITY_AUTO_EXPAND: "CAPABILITY_AUTO_EXPAND",
    CAPABILITY_IAM: "CAPABILITY_IAM",
    CAPABILITY_NAMED_IAM: "CAPABILITY_NAMED_IAM",
};
const Category = {
    ACTIVATED: "ACTIVATED",
    AWS_TYPES: "AWS_TYPES",
    REGISTERED: "REGISTERED",
    THIRD_PARTY: "THIRD_PARTY",
};
const ChangeAction = {
    Add: "Add",
    Dynamic: "Dynamic",
    Import: "Import",
    Modify: "Modify",
    Remove: "Remove",
    SyncWithActual: "SyncWithActual",
};
const ChangeSource = {
    Automatic: "Automatic",
    DirectModification: "DirectModification",
    NoModification: "NoModification",
    ParameterReference: "ParameterReference",
    ResourceAttribute: "ResourceAttribute",
    ResourceReference: "ResourceReference",
};
const EvaluationType = {
    Dynamic: "Dynamic",
    Static: "Static",
};
const ResourceAttribute = {
    CreationPolicy: "CreationPolicy",
    DeletionPolicy: "DeletionPolicy",
    Metadata: "Metadata",
    Properties: "Properties",
    Tags: "Tags",
    UpdatePolicy: "UpdatePolicy",
    UpdateReplacePolicy: "UpdateReplacePolicy",
};
const RequiresRecreation = {
    Always: "Always",
    Conditionally: "Conditionally",
    Never: "Never",
};
const PolicyAction = {
    Delete: "Delete",
    ReplaceAndDelete: "ReplaceAndDelete",
    ReplaceAndRetain: "ReplaceAndRetain",
    ReplaceAndSnapshot: "ReplaceAndSnapshot",
    Retain: "Retain",
    Snapshot: "Snapshot",
};
const Replacement = {
    Conditional: "Conditional",
    False: "False",
    True: "True",
};
const DriftIgnoredReason = {
    MANAGED_BY_AWS: "MANAGED_BY_AWS",
    SENSITIVE_PROPERTY: "SENSITIVE_PROPERTY",
    WRITE_ONLY_PROPERTY: "WRITE_ONLY_PROPERTY",
};
const StackResourceDriftStatus = {
    DELETED: "DELETED",
    IN_SYNC: "IN_SYNC",
    MODIFIED: "MODIFIED",
    NOT_CHECKED: "NOT_CHECKED",
    UNKNOWN: "UNKNOWN",
    UNSUPPORTED: "UNSUPPORTED",
};
const ChangeType = {
    Resource: "Resource",
};
const HookFailureMode = {
    FAIL: "FAIL",
    WARN: "WARN",
};
const HookInvocationPoint = {
    PRE_PROVISION: "PRE_PROVISION",
};
const HookTargetType = {
    RESOURCE: "RESOURCE",
};
const ChangeSetHooksStatus = {
    PLANNED: "PLANNED",
    PLANNING: "PLANNING",
    UNAVAILABLE: "UNAVAILABLE",
};
const ChangeSetStatus = {
    CREATE_COMPLETE: "CREATE_COMPLETE",
    CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
    CREATE_PENDING: "CREATE_PENDING",
    DELETE_COMPLETE: "DELETE_COMPLETE",
    DELETE_FAILED: "DELETE_FAILED",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
    DELETE_PENDING: "DELETE_PENDING",
    FAILED: "FAILED",
};
const ExecutionStatus = {
    AVAILABLE: "AVAILABLE",
    EXECUTE_COMPLETE: "EXECUTE_COMPLETE",
    EXECUTE_FAILED: "EXECUTE_FAILED",
    EXECUTE_IN_PROGRESS: "EXECUTE_IN_PROGRESS",
    OBSOLETE: "OBSOLETE",
    UNAVAILABLE: "UNAVAILABLE",
};
const ChangeSetType = {
    CREATE: "CREATE",
    IMPORT: "IMPORT",
    UPDATE: "UPDATE",
};
const DeploymentConfigMode = {
    EXPRESS: "EXPRESS",
    STANDARD: "STANDARD",
};
const DeploymentMode = {
    REVERT_DRIFT: "REVERT_DRIFT",
};
const OnStackFailure = {
    DELETE: "DELETE",
    DO_NOTHING: "DO_NOTHING",
    ROLLBACK: "ROLLBACK",
};
const GeneratedTemplateDeletionPolicy = {
    DELETE: "DELETE",
    RETAIN: "RETAIN",
};
const GeneratedTemplateUpdateReplacePolicy = {
    DELETE: "DELETE",
    RETAIN: "RETAIN",
};
const OnFailure = {
    DELETE: "DELETE",
    DO_NOTHING: "DO_NOTHING",
    ROLLBACK: "ROLLBACK",
};
const ConcurrencyMode = {
    SOFT_FAILURE_TOLERANCE: "SOFT_FAILURE_TOLERANCE",
    STRICT_FAILURE_TOLERANCE: "STRICT_FAILURE_TOLERANCE",
};
const RegionConcurrencyType = {
    PARALLEL: "PARALLEL",
    SEQUENTIAL: "SEQUENTIAL",
};
const PermissionModels = {
    SELF_MANAGED: "SELF_MANAGED",
    SERVICE_MANAGED: "SERVICE_MANAGED",
};
const DeletionMode = {
    FORCE_DELETE_STACK: "FORCE_DELETE_STACK",
    STANDARD: "STANDARD",
};
const RegistryType = {
    HOOK: "HOOK",
    MODULE: "MODULE",
    RESOURCE: "RESOURCE",
};
const StackDriftStatus = {
    DRIFTED: "DRIFTED",
    IN_SYNC: "IN_SYNC",
    NOT_CHECKED: "NOT_CHECKED",
    UNKNOWN: "UNKNOWN",
};
const DetailedStatus = {
    CONFIGURATION_COMPLETE: "CONFIGURATION_COMPLETE",
    VALIDATION_FAILED: "VALIDATION_FAILED",
};
const EventType = {
    HOOK_INVOCATION_ERROR: "HOOK_INVOCATION_ERROR",
    PROGRESS_EVENT: "PROGRESS_EVENT",
    PROVISIONING_ERROR: "PROVISIONING_ERROR",
    STACK_EVENT: "STACK_EVENT",
    VALIDATION_ERROR: "VALIDATION_ERROR",
};
const HookStatus = {
    HOOK_COMPLETE_FAILED: "HOOK_COMPLETE_FAILED",
    HOOK_COMPLETE_SUCCEEDED: "HOOK_COMPLETE_SUCCEEDED",
    HOOK_FAILED: "HOOK_FAILED",
    HOOK_IN_PROGRESS: "HOOK_IN_PROGRESS",
};
const OperationType = {
    CONTINUE_ROLLBACK: "CONTINUE_ROLLBACK",
    CREATE_CHANGESET: "CREATE_CHANGESET",
    CREATE_STACK: "CREATE_STACK",
    DELETE_STACK: "DELETE_STACK",
    ROLLBACK: "ROLLBACK",
    UPDATE_STACK: "UPDATE_STACK",
};
const ResourceStatus = {
    CREATE_COMPLETE: "CREATE_COMPLETE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
    DELETE_COMPLETE: "DELETE_COMPLETE",
    DELETE_FAILED: "DELETE_FAILED",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
    DELETE_SKIPPED: "DELETE_SKIPPED",
    EXPORT_COMPLETE: "EXPORT_COMPLETE",
    EXPORT_FAILED: "EXPORT_FAILED",
    EXPORT_IN_PROGRESS: "EXPORT_IN_PROGRESS",
    EXPORT_ROLLBACK_COMPLETE: "EXPORT_ROLLBACK_COMPLETE",
    EXPORT_ROLLBACK_FAILED: "EXPORT_ROLLBACK_FAILED",
    EXPORT_ROLLBACK_IN_PROGRESS: "EXPORT_ROLLBACK_IN_PROGRESS",
    IMPORT_COMPLETE: "IMPORT_COMPLETE",
    IMPORT_FAILED: "IMPORT_FAILED",
    IMPORT_IN_PROGRESS: "IMPORT_IN_PROGRESS",
    IMPORT_ROLLBACK_COMPLETE: "IMPORT_ROLLBACK_COMPLETE",
    IMPORT_ROLLBACK_FAILED: "IMPORT_ROLLBACK_FAILED",
    IMPORT_ROLLBACK_IN_PROGRESS: "IMPORT_ROLLBACK_IN_PROGRESS",
    ROLLBACK_COMPLETE: "ROLLBACK_COMPLETE",
    ROLLBACK_FAILED: "ROLLBACK_FAILED",
    ROLLBACK_IN_PROGRESS: "ROLLBACK_IN_PROGRESS",
    UPDATE_COMPLETE: "UPDATE_COMPLETE",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS",
    UPDATE_ROLLBACK_COMPLETE: "UPDATE_ROLLBACK_COMPLETE",
    UPDATE_ROLLBACK_FAILED: "UPDATE_ROLLBACK_FAILED",
    UPDATE_ROLLBACK_IN_PROGRESS: "UPDATE_ROLLBACK_IN_PROGRESS",
};
const ValidationStatus = {
    FAILED: "FAILED",
    SKIPPED: "SKIPPED",
};
const GeneratedTemplateResourceStatus = {
    COMPLETE: "COMPLETE",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
    PENDING: "PENDING",
};
const WarningType = {
    EXCLUDED_PROPERTIES: "EXCLUDED_PROPERTIES",
    EXCLUDED_RESOURCES: "EXCLUDED_RESOURCES",
    MUTUALLY_EXCLUSIVE_PROPERTIES: "MUTUALLY_EXCLUSIVE_PROPERTIES",
    MUTUALLY_EXCLUSIVE_TYPES: "MUTUALLY_EXCLUSIVE_TYPES",
    UNSUPPORTED_PROPERTIES: "UNSUPPORTED_PROPERTIES",
};
const GeneratedTemplateStatus = {
    COMPLETE: "COMPLETE",
    CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
    CREATE_PENDING: "CREATE_PENDING",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
    DELETE_PENDING: "DELETE_PENDING",
    FAILED: "FAILED",
    UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS",
    UPDATE_PENDING: "UPDATE_PENDING",
};
const OrganizationStatus = {
    DISABLED: "DISABLED",
    DISABLED_PERMANENTLY: "DISABLED_PERMANENTLY",
    ENABLED: "ENABLED",
};
const IdentityProvider = {
    AWS_Marketplace: "AWS_Marketplace",
    Bitbucket: "Bitbucket",
    GitHub: "GitHub",
};
const PublisherStatus = {
    UNVERIFIED: "UNVERIFIED",
    VERIFIED: "VERIFIED",
};
const ResourceScanStatus = {
    COMPLETE: "COMPLETE",
    EXPIRED: "EXPIRED",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
};
const StackDriftDetectionStatus = {
    DETECTION_COMPLETE: "DETECTION_COMPLETE",
    DETECTION_FAILED: "DETECTION_FAILED",
    DETECTION_IN_PROGRESS: "DETECTION_IN_PROGRESS",
};
const StackInstanceDetailedStatus = {
    CANCELLED: "CANCELLED",
    FAILED: "FAILED",
    FAILED_IMPORT: "FAILED_IMPORT",
    INOPERABLE: "INOPERABLE",
    PENDING: "PENDING",
    RUNNING: "RUNNING",
    SKIPPED_SUSPENDED_ACCOUNT: "SKIPPED_SUSPENDED_ACCOUNT",
    SUCCEEDED: "SUCCEEDED",
};
const StackInstanceStatus = {
    CURRENT: "CURRENT",
    INOPERABLE: "INOPERABLE",
    OUTDATED: "OUTDATED",
};
const StackRefactorExecutionStatus = {
    AVAILABLE: "AVAILABLE",
    EXECUTE_COMPLETE: "EXECUTE_COMPLETE",
    EXECUTE_FAILED: "EXECUTE_FAILED",
    EXECUTE_IN_PROGRESS: "EXECUTE_IN_PROGRESS",
    OBSOLETE: "OBSOLETE",
    ROLLBACK_COMPLETE: "ROLLBACK_COMPLETE",
    ROLLBACK_FAILED: "ROLLBACK_FAILED",
    ROLLBACK_IN_PROGRESS: "ROLLBACK_IN_PROGRESS",
    UNAVAILABLE: "UNAVAILABLE",
};
const StackRefactorStatus = {
    CREATE_COMPLETE: "CREATE_COMPLETE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
    DELETE_COMPLETE: "DELETE_COMPLETE",
    DELETE_FAILED: "DELETE_FAILED",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
};
const DifferenceType = {
    ADD: "ADD",
    NOT_EQUAL: "NOT_EQUAL",
    REMOVE: "REMOVE",
};
const StackStatus = {
    CREATE_COMPLETE: "CREATE_COMPLETE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
    DELETE_COMPLETE: "DELETE_COMPLETE",
    DELETE_FAILED: "DELETE_FAILED",
    DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
    IMPORT_COMPLETE: "IMPORT_COMPLETE",
    IMPORT_IN_PROGRESS: "IMPORT_IN_PROGRESS",
    IMPORT_ROLLBACK_COMPLETE: "IMPORT_ROLLBACK_COMPLETE",
    IMPORT_ROLLBACK_FAILED: "IMPORT_ROLLBACK_FAILED",
    IMPORT_ROLLBACK_IN_PROGRESS: "IMPORT_ROLLBACK_IN_PROGRESS",
    REVIEW_IN_PROGRESS: "REVIEW_IN_PROGRESS",
    ROLLBACK_COMPLETE: "ROLLBACK_COMPLETE",
    ROLLBACK_FAILED: "ROLLBACK_FAILED",
    ROLLBACK_IN_PROGRESS: "ROLLBACK_IN_PROGRESS",
    UPDATE_COMPLETE: "UPDATE_COMPLETE",
    UPDATE_COMPLETE_CLEANUP_IN_PROGRESS: "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATE_IN_PROGRESS: "UPDATE_IN_PROGRESS",
    UPDATE_ROLLBACK_COMPLETE: "UPDATE_ROLLBACK_COMPLETE",
    UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS: "UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS",
    UPDATE_ROLLBACK_FAILED: "UPDATE_ROLLBACK_FAILED",
    UPDATE_ROLLBACK_IN_PROGRESS: "UPDATE_ROLLBACK_IN_PROGRESS",
};
const StackSetDriftDetectionStatus = {
    COMPLETED: "COMPLETED",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
    PARTIAL_SUCCESS: "PARTIAL_SUCCESS",
    STOPPED: "STOPPED",
};
const StackSetDriftStatus = {
    DRIFTED: "DRIFTED",
    IN_SYNC: "IN_SYNC",
    NOT_CHECKED: "NOT_CHECKED",
};
const StackSetStatus = {
    ACTIVE: "ACTIVE",
    DELETED: "DELETED",
};
const StackSetOperationAction = {
    CREATE: "CREATE",
    DELETE: "DELETE",
    DETECT_DRIFT: "DETECT_DRIFT",
    UPDATE: "UPDATE",
};
const StackSetOperationStatus = {
    FAILED: "FAILED",
    QUEUED: "QUEUED",
    RUNNING: "RUNNING",
    STOPPED: "STOPPED",
    STOPPING: "STOPPING",
    SUCCEEDED: "SUCCEEDED",
};
const DeprecatedStatus = {
    DEPRECATED: "DEPRECATED",
    LIVE: "LIVE",
};
const ProvisioningType = {
    FULLY_MUTABLE: "FULLY_MUTABLE",
    IMMUTABLE: "IMMUTABLE",
    NON_PROVISIONABLE: "NON_PROVISIONABLE",
};
const TypeTestsStatus = {
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
    NOT_TESTED: "NOT_TESTED",
    PASSED: "PASSED",
};
const Visibility = {
    PRIVATE: "PRIVATE",
    PUBLIC: "PUBLIC",
};
const RegistrationStatus = {
    COMPLETE: "COMPLETE",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
};
const TemplateFormat = {
    JSON: "JSON",
    YAML: "YAML",
};
const HookTargetAction = {
    CREATE: "CREATE",
    DELETE: "DELETE",
    IMPORT: "IMPORT",
    UPDATE: "UPDATE",
};
const TemplateStage = {
    Original: "Original",
    Processed: "Processed",
};
const ListHookResultsTargetType = {
    CHANGE_SET: "CHANGE_SET",
    CLOUD_CONTROL: "CLOUD_CONTROL",
    RESOURCE: "RESOURCE",
    STACK: "STACK",
};
const ScanType = {
    FULL: "FULL",
    PARTIAL: "PARTIAL",
};
const StackInstanceFilterName = {
    DETAILED_STATUS: "DETAILED_STATUS",
    DRIFT_STATUS: "DRIFT_STATUS",
    LAST_OPERATION_ID: "LAST_OPERATION_ID",
};
const StackRefactorActionType = {
    CREATE: "CREATE",
    MOVE: "MOVE",
};
const StackRefactorDetection = {
    AUTO: "AUTO",
    MANUAL: "MANUAL",
};
const StackRefactorActionEntity = {
    RESOURCE: "RESOURCE",
    STACK: "STACK",
};
const OperationResultFilterName = {
    OPERATION_RESULT_STATUS: "OPERATION_RESULT_STATUS",
};
const StackSetOperationResultStatus = {
    CANCELLED: "CANCELLED",
    FAILED: "FAILED",
    PENDING: "PENDING",
    RUNNING: "RUNNING",
    SUCCEEDED: "SUCCEEDED",
};
const OperationStatus = {
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
    PENDING: "PENDING",
    SUCCESS: "SUCCESS",
};
const HandlerErrorCode = {
    AccessDenied: "AccessDenied",
    AlreadyExists: "AlreadyExists",
    GeneralServiceException: "GeneralServiceException",
    HandlerInternalFailure: "HandlerInternalFailure",
    InternalFailure: "InternalFailure",
    InvalidCredentials: "InvalidCredentials",
    InvalidRequest: "InvalidRequest",
    InvalidTypeConfiguration: "InvalidTypeConfiguration",
    NetworkFailure: "NetworkFailure",
    NonCompliant: "NonCompliant",
    NotFound: "NotFound",
    NotUpdatable: "NotUpdatable",
    ResourceConflict: "ResourceConflict",
    ServiceInternalError: "ServiceInternalError",
    ServiceLimitExceeded: "ServiceLimitExceeded",
    ServiceTimeout: "NotStabilized",
    Throttling: "Throttling",
    Unknown: "Unknown",
    UnsupportedTarget: "UnsupportedTarget",
};
const ResourceSignalStatus = {
    FAILURE: "FAILURE",
    SUCCESS: "SUCCESS",
};

__webpack_unused_export__ = AccountFilterType;
__webpack_unused_export__ = AccountGateResult$;
__webpack_unused_export__ = AccountGateStatus;
__webpack_unused_export__ = AccountLimit$;
__webpack_unused_export__ = ActivateOrganizationsAccess$;
__webpack_unused_export__ = ActivateOrganizationsAccessCommand;
__webpack_unused_export__ = ActivateOrganizationsAccessInput$;
__webpack_unused_export__ = ActivateOrganizationsAccessOutput$;
__webpack_unused_export__ = ActivateType$;
__webpack_unused_export__ = ActivateTypeCommand;
__webpack_unused_export__ = ActivateTypeInput$;
__webpack_unused_export__ = ActivateTypeOutput$;
__webpack_unused_export__ = AfterValueFrom;
__webpack_unused_export__ = AlreadyExistsException;
__webpack_unused_export__ = AlreadyExistsException$;
__webpack_unused_export__ = Annotation$;
__webpack_unused_export__ = AnnotationSeverityLevel;
__webpack_unused_export__ = AnnotationStatus;
__webpack_unused_export__ = AttributeChangeType;
__webpack_unused_export__ = AutoDeployment$;
__webpack_unused_export__ = BatchDescribeTypeConfigurations$;
__webpack_unused_export__ = BatchDescribeTypeConfigurationsCommand;
__webpack_unused_export__ = BatchDescribeTypeConfigurationsError$;
__webpack_unused_export__ = BatchDescribeTypeConfigurationsInput$;
__webpack_unused_export__ = BatchDescribeTypeConfigurationsOutput$;
__webpack_unused_export__ = BeaconStackOperationStatus;
__webpack_unused_export__ = BeforeValueFrom;
__webpack_unused_export__ = CFNRegistryException;
__webpack_unused_export__ = CFNRegistryException$;
__webpack_unused_export__ = CallAs;
__webpack_unused_export__ = CancelUpdateStack$;
__webpack_unused_export__ = CancelUpdateStackCommand;
__webpack_unused_export__ = CancelUpdateStackInput$;
__webpack_unused_export__ = Capability;
__webpack_unused_export__ = Category;
__webpack_unused_export__ = Change$;
__webpack_unused_export__ = ChangeAction;
__webpack_unused_export__ = ChangeSetHook$;
__webpack_unused_export__ = ChangeSetHookResourceTargetDetails$;
__webpack_unused_export__ = ChangeSetHookTargetDetails$;
__webpack_unused_export__ = ChangeSetHooksStatus;
__webpack_unused_export__ = ChangeSetNotFoundException;
__webpack_unused_export__ = ChangeSetNotFoundException$;
__webpack_unused_export__ = ChangeSetStatus;
__webpack_unused_export__ = ChangeSetSummary$;
__webpack_unused_export__ = ChangeSetType;
__webpack_unused_export__ = ChangeSource;
__webpack_unused_export__ = ChangeType;
__webpack_unused_export__ = CloudFormation;
exports.m1N = CloudFormationClient;
__webpack_unused_export__ = CloudFormationServiceException;
__webpack_unused_export__ = CloudFormationServiceException$;
__webpack_unused_export__ = ConcurrencyMode;
__webpack_unused_export__ = ConcurrentResourcesLimitExceededException;
__webpack_unused_export__ = ConcurrentResourcesLimitExceededException$;
__webpack_unused_export__ = ContinueUpdateRollback$;
__webpack_unused_export__ = ContinueUpdateRollbackCommand;
__webpack_unused_export__ = ContinueUpdateRollbackInput$;
__webpack_unused_export__ = ContinueUpdateRollbackOutput$;
__webpack_unused_export__ = CreateChangeSet$;
__webpack_unused_export__ = CreateChangeSetCommand;
__webpack_unused_export__ = CreateChangeSetInput$;
__webpack_unused_export__ = CreateChangeSetOutput$;
__webpack_unused_export__ = CreateGeneratedTemplate$;
__webpack_unused_export__ = CreateGeneratedTemplateCommand;
__webpack_unused_export__ = CreateGeneratedTemplateInput$;
__webpack_unused_export__ = CreateGeneratedTemplateOutput$;
__webpack_unused_export__ = CreateStack$;
__webpack_unused_export__ = CreateStackCommand;
__webpack_unused_export__ = CreateStackInput$;
__webpack_unused_export__ = CreateStackInstances$;
__webpack_unused_export__ = CreateStackInstancesCommand;
__webpack_unused_export__ = CreateStackInstancesInput$;
__webpack_unused_export__ = CreateStackInstancesOutput$;
__webpack_unused_export__ = CreateStackOutput$;
__webpack_unused_export__ = CreateStackRefactor$;
__webpack_unused_export__ = CreateStackRefactorCommand;
__webpack_unused_export__ = CreateStackRefactorInput$;
__webpack_unused_export__ = CreateStackRefactorOutput$;
__webpack_unused_export__ = CreateStackSet$;
__webpack_unused_export__ = CreateStackSetCommand;
__webpack_unused_export__ = CreateStackSetInput$;
__webpack_unused_export__ = CreateStackSetOutput$;
__webpack_unused_export__ = CreatedButModifiedException;
__webpack_unused_export__ = CreatedButModifiedException$;
__webpack_unused_export__ = DeactivateOrganizationsAccess$;
__webpack_unused_export__ = DeactivateOrganizationsAccessCommand;
__webpack_unused_export__ = DeactivateOrganizationsAccessInput$;
__webpack_unused_export__ = DeactivateOrganizationsAccessOutput$;
__webpack_unused_export__ = DeactivateType$;
__webpack_unused_export__ = DeactivateTypeCommand;
__webpack_unused_export__ = DeactivateTypeInput$;
__webpack_unused_export__ = DeactivateTypeOutput$;
__webpack_unused_export__ = DeleteChangeSet$;
__webpack_unused_export__ = DeleteChangeSetCommand;
__webpack_unused_export__ = DeleteChangeSetInput$;
__webpack_unused_export__ = DeleteChangeSetOutput$;
__webpack_unused_export__ = DeleteGeneratedTemplate$;
__webpack_unused_export__ = DeleteGeneratedTemplateCommand;
__webpack_unused_export__ = DeleteGeneratedTemplateInput$;
__webpack_unused_export__ = DeleteStack$;
__webpack_unused_export__ = DeleteStackCommand;
__webpack_unused_export__ = DeleteStackInput$;
__webpack_unused_export__ = DeleteStackInstances$;
__webpack_unused_export__ = DeleteStackInstancesCommand;
__webpack_unused_export__ = DeleteStackInstancesInput$;
__webpack_unused_export__ = DeleteStackInstancesOutput$;
__webpack_unused_export__ = DeleteStackSet$;
__webpack_unused_export__ = DeleteStackSetCommand;
__webpack_unused_export__ = DeleteStackSetInput$;
__webpack_unused_export__ = DeleteStackSetOutput$;
__webpack_unused_export__ = DeletionMode;
__webpack_unused_export__ = DeploymentConfig$;
__webpack_unused_export__ = DeploymentConfigMode;
__webpack_unused_export__ = DeploymentMode;
__webpack_unused_export__ = DeploymentTargets$;
__webpack_unused_export__ = DeprecatedStatus;
__webpack_unused_export__ = DeregisterType$;
__webpack_unused_export__ = DeregisterTypeCommand;
__webpack_unused_export__ = DeregisterTypeInput$;
__webpack_unused_export__ = DeregisterTypeOutput$;
__webpack_unused_export__ = DescribeAccountLimits$;
__webpack_unused_export__ = DescribeAccountLimitsCommand;
__webpack_unused_export__ = DescribeAccountLimitsInput$;
__webpack_unused_export__ = DescribeAccountLimitsOutput$;
__webpack_unused_export__ = DescribeChangeSet$;
__webpack_unused_export__ = DescribeChangeSetCommand;
__webpack_unused_export__ = DescribeChangeSetHooks$;
__webpack_unused_export__ = DescribeChangeSetHooksCommand;
__webpack_unused_export__ = DescribeChangeSetHooksInput$;
__webpack_unused_export__ = DescribeChangeSetHooksOutput$;
__webpack_unused_export__ = DescribeChangeSetInput$;
__webpack_unused_export__ = DescribeChangeSetOutput$;
__webpack_unused_export__ = DescribeEvents$;
__webpack_unused_export__ = DescribeEventsCommand;
__webpack_unused_export__ = DescribeEventsInput$;
__webpack_unused_export__ = DescribeEventsOutput$;
__webpack_unused_export__ = DescribeGeneratedTemplate$;
__webpack_unused_export__ = DescribeGeneratedTemplateCommand;
__webpack_unused_export__ = DescribeGeneratedTemplateInput$;
__webpack_unused_export__ = DescribeGeneratedTemplateOutput$;
__webpack_unused_export__ = DescribeOrganizationsAccess$;
__webpack_unused_export__ = DescribeOrganizationsAccessCommand;
__webpack_unused_export__ = DescribeOrganizationsAccessInput$;
__webpack_unused_export__ = DescribeOrganizationsAccessOutput$;
__webpack_unused_export__ = DescribePublisher$;
__webpack_unused_export__ = DescribePublisherCommand;
__webpack_unused_export__ = DescribePublisherInput$;
__webpack_unused_export__ = DescribePublisherOutput$;
__webpack_unused_export__ = DescribeResourceScan$;
__webpack_unused_export__ = DescribeResourceScanCommand;
__webpack_unused_export__ = DescribeResourceScanInput$;
__webpack_unused_export__ = DescribeResourceScanOutput$;
__webpack_unused_export__ = DescribeStackDriftDetectionStatus$;
__webpack_unused_export__ = DescribeStackDriftDetectionStatusCommand;
__webpack_unused_export__ = DescribeStackDriftDetectionStatusInput$;
__webpack_unused_export__ = DescribeStackDriftDetectionStatusOutput$;
__webpack_unused_export__ = DescribeStackEvents$;
__webpack_unused_export__ = DescribeStackEventsCommand;
__webpack_unused_export__ = DescribeStackEventsInput$;
__webpack_unused_export__ = DescribeStackEventsOutput$;
__webpack_unused_export__ = DescribeStackInstance$;
__webpack_unused_export__ = DescribeStackInstanceCommand;
__webpack_unused_export__ = DescribeStackInstanceInput$;
__webpack_unused_export__ = DescribeStackInstanceOutput$;
__webpack_unused_export__ = DescribeStackRefactor$;
__webpack_unused_export__ = DescribeStackRefactorCommand;
__webpack_unused_export__ = DescribeStackRefactorInput$;
__webpack_unused_export__ = DescribeStackRefactorOutput$;
__webpack_unused_export__ = DescribeStackResource$;
__webpack_unused_export__ = DescribeStackResourceCommand;
__webpack_unused_export__ = DescribeStackResourceDrifts$;
__webpack_unused_export__ = DescribeStackResourceDriftsCommand;
__webpack_unused_export__ = DescribeStackResourceDriftsInput$;
__webpack_unused_export__ = DescribeStackResourceDriftsOutput$;
__webpack_unused_export__ = DescribeStackResourceInput$;
__webpack_unused_export__ = DescribeStackResourceOutput$;
__webpack_unused_export__ = DescribeStackResources$;
__webpack_unused_export__ = DescribeStackResourcesCommand;
__webpack_unused_export__ = DescribeStackResourcesInput$;
__webpack_unused_export__ = DescribeStackResourcesOutput$;
__webpack_unused_export__ = DescribeStackSet$;
__webpack_unused_export__ = DescribeStackSetCommand;
__webpack_unused_export__ = DescribeStackSetInput$;
__webpack_unused_export__ = DescribeStackSetOperation$;
__webpack_unused_export__ = DescribeStackSetOperationCommand;
__webpack_unused_export__ = DescribeStackSetOperationInput$;
__webpack_unused_export__ = DescribeStackSetOperationOutput$;
__webpack_unused_export__ = DescribeStackSetOutput$;
__webpack_unused_export__ = DescribeStacks$;
exports.Y47 = DescribeStacksCommand;
__webpack_unused_export__ = DescribeStacksInput$;
__webpack_unused_export__ = DescribeStacksOutput$;
__webpack_unused_export__ = DescribeType$;
__webpack_unused_export__ = DescribeTypeCommand;
__webpack_unused_export__ = DescribeTypeInput$;
__webpack_unused_export__ = DescribeTypeOutput$;
__webpack_unused_export__ = DescribeTypeRegistration$;
__webpack_unused_export__ = DescribeTypeRegistrationCommand;
__webpack_unused_export__ = DescribeTypeRegistrationInput$;
__webpack_unused_export__ = DescribeTypeRegistrationOutput$;
__webpack_unused_export__ = DetailedStatus;
__webpack_unused_export__ = DetectStackDrift$;
__webpack_unused_export__ = DetectStackDriftCommand;
__webpack_unused_export__ = DetectStackDriftInput$;
__webpack_unused_export__ = DetectStackDriftOutput$;
__webpack_unused_export__ = DetectStackResourceDrift$;
__webpack_unused_export__ = DetectStackResourceDriftCommand;
__webpack_unused_export__ = DetectStackResourceDriftInput$;
__webpack_unused_export__ = DetectStackResourceDriftOutput$;
__webpack_unused_export__ = DetectStackSetDrift$;
__webpack_unused_export__ = DetectStackSetDriftCommand;
__webpack_unused_export__ = DetectStackSetDriftInput$;
__webpack_unused_export__ = DetectStackSetDriftOutput$;
__webpack_unused_export__ = DifferenceType;
__webpack_unused_export__ = DriftIgnoredReason;
__webpack_unused_export__ = EstimateTemplateCost$;
__webpack_unused_export__ = EstimateTemplateCostCommand;
__webpack_unused_export__ = EstimateTemplateCostInput$;
__webpack_unused_export__ = EstimateTemplateCostOutput$;
__webpack_unused_export__ = EvaluationType;
__webpack_unused_export__ = EventFilter$;
__webpack_unused_export__ = EventType;
__webpack_unused_export__ = ExecuteChangeSet$;
__webpack_unused_export__ = ExecuteChangeSetCommand;
__webpack_unused_export__ = ExecuteChangeSetInput$;
__webpack_unused_export__ = ExecuteChangeSetOutput$;
__webpack_unused_export__ = ExecuteStackRefactor$;
__webpack_unused_export__ = ExecuteStackRefactorCommand;
__webpack_unused_export__ = ExecuteStackRefactorInput$;
__webpack_unused_export__ = ExecutionStatus;
__webpack_unused_export__ = Export$;
__webpack_unused_export__ = GeneratedTemplateDeletionPolicy;
__webpack_unused_export__ = GeneratedTemplateNotFoundException;
__webpack_unused_export__ = GeneratedTemplateNotFoundException$;
__webpack_unused_export__ = GeneratedTemplateResourceStatus;
__webpack_unused_export__ = GeneratedTemplateStatus;
__webpack_unused_export__ = GeneratedTemplateUpdateReplacePolicy;
__webpack_unused_export__ = GetGeneratedTemplate$;
__webpack_unused_export__ = GetGeneratedTemplateCommand;
__webpack_unused_export__ = GetGeneratedTemplateInput$;
__webpack_unused_export__ = GetGeneratedTemplateOutput$;
__webpack_unused_export__ = GetHookResult$;
__webpack_unused_export__ = GetHookResultCommand;
__webpack_unused_export__ = GetHookResultInput$;
__webpack_unused_export__ = GetHookResultOutput$;
__webpack_unused_export__ = GetStackPolicy$;
__webpack_unused_export__ = GetStackPolicyCommand;
__webpack_unused_export__ = GetStackPolicyInput$;
__webpack_unused_export__ = GetStackPolicyOutput$;
__webpack_unused_export__ = GetTemplate$;
__webpack_unused_export__ = GetTemplateCommand;
__webpack_unused_export__ = GetTemplateInput$;
__webpack_unused_export__ = GetTemplateOutput$;
__webpack_unused_export__ = GetTemplateSummary$;
__webpack_unused_export__ = GetTemplateSummaryCommand;
__webpack_unused_export__ = GetTemplateSummaryInput$;
__webpack_unused_export__ = GetTemplateSummaryOutput$;
__webpack_unused_export__ = HandlerErrorCode;
__webpack_unused_export__ = HookFailureMode;
__webpack_unused_export__ = HookInvocationPoint;
__webpack_unused_export__ = HookResultNotFoundException;
__webpack_unused_export__ = HookResultNotFoundException$;
__webpack_unused_export__ = HookResultSummary$;
__webpack_unused_export__ = HookStatus;
__webpack_unused_export__ = HookTarget$;
__webpack_unused_export__ = HookTargetAction;
__webpack_unused_export__ = HookTargetType;
__webpack_unused_export__ = IdentityProvider;
__webpack_unused_export__ = ImportStacksToStackSet$;
__webpack_unused_export__ = ImportStacksToStackSetCommand;
__webpack_unused_export__ = ImportStacksToStackSetInput$;
__webpack_unused_export__ = ImportStacksToStackSetOutput$;
__webpack_unused_export__ = InsufficientCapabilitiesException;
__webpack_unused_export__ = InsufficientCapabilitiesException$;
__webpack_unused_export__ = InvalidChangeSetStatusException;
__webpack_unused_export__ = InvalidChangeSetStatusException$;
__webpack_unused_export__ = InvalidOperationException;
__webpack_unused_export__ = InvalidOperationException$;
__webpack_unused_export__ = InvalidStateTransitionException;
__webpack_unused_export__ = InvalidStateTransitionException$;
__webpack_unused_export__ = LimitExceededException;
__webpack_unused_export__ = LimitExceededException$;
__webpack_unused_export__ = ListChangeSets$;
__webpack_unused_export__ = ListChangeSetsCommand;
__webpack_unused_export__ = ListChangeSetsInput$;
__webpack_unused_export__ = ListChangeSetsOutput$;
__webpack_unused_export__ = ListExports$;
__webpack_unused_export__ = ListExportsCommand;
__webpack_unused_export__ = ListExportsInput$;
__webpack_unused_export__ = ListExportsOutput$;
__webpack_unused_export__ = ListGeneratedTemplates$;
__webpack_unused_export__ = ListGeneratedTemplatesCommand;
__webpack_unused_export__ = ListGeneratedTemplatesInput$;
__webpack_unused_export__ = ListGeneratedTemplatesOutput$;
__webpack_unused_export__ = ListHookResults$;
__webpack_unused_export__ = ListHookResultsCommand;
__webpack_unused_export__ = ListHookResultsInput$;
__webpack_unused_export__ = ListHookResultsOutput$;
__webpack_unused_export__ = ListHookResultsTargetType;
__webpack_unused_export__ = ListImports$;
__webpack_unused_export__ = ListImportsCommand;
__webpack_unused_export__ = ListImportsInput$;
__webpack_unused_export__ = ListImportsOutput$;
__webpack_unused_export__ = ListResourceScanRelatedResources$;
__webpack_unused_export__ = ListResourceScanRelatedResourcesCommand;
__webpack_unused_export__ = ListResourceScanRelatedResourcesInput$;
__webpack_unused_export__ = ListResourceScanRelatedResourcesOutput$;
__webpack_unused_export__ = ListResourceScanResources$;
__webpack_unused_export__ = ListResourceScanResourcesCommand;
__webpack_unused_export__ = ListResourceScanResourcesInput$;
__webpack_unused_export__ = ListResourceScanResourcesOutput$;
__webpack_unused_export__ = ListResourceScans$;
__webpack_unused_export__ = ListResourceScansCommand;
__webpack_unused_export__ = ListResourceScansInput$;
__webpack_unused_export__ = ListResourceScansOutput$;
__webpack_unused_export__ = ListStackInstanceResourceDrifts$;
__webpack_unused_export__ = ListStackInstanceResourceDriftsCommand;
__webpack_unused_export__ = ListStackInstanceResourceDriftsInput$;
__webpack_unused_export__ = ListStackInstanceResourceDriftsOutput$;
__webpack_unused_export__ = ListStackInstances$;
__webpack_unused_export__ = ListStackInstancesCommand;
__webpack_unused_export__ = ListStackInstancesInput$;
__webpack_unused_export__ = ListStackInstancesOutput$;
__webpack_unused_export__ = ListStackRefactorActions$;
__webpack_unused_export__ = ListStackRefactorActionsCommand;
__webpack_unused_export__ = ListStackRefactorActionsInput$;
__webpack_unused_export__ = ListStackRefactorActionsOutput$;
__webpack_unused_export__ = ListStackRefactors$;
__webpack_unused_export__ = ListStackRefactorsCommand;
__webpack_unused_export__ = ListStackRefactorsInput$;
__webpack_unused_export__ = ListStackRefactorsOutput$;
__webpack_unused_export__ = ListStackResources$;
__webpack_unused_export__ = ListStackResourcesCommand;
__webpack_unused_export__ = ListStackResourcesInput$;
__webpack_unused_export__ = ListStackResourcesOutput$;
__webpack_unused_export__ = ListStackSetAutoDeploymentTargets$;
__webpack_unused_export__ = ListStackSetAutoDeploymentTargetsCommand;
__webpack_unused_export__ = ListStackSetAutoDeploymentTargetsInput$;
__webpack_unused_export__ = ListStackSetAutoDeploymentTargetsOutput$;
__webpack_unused_export__ = ListStackSetOperationResults$;
__webpack_unused_export__ = ListStackSetOperationResultsCommand;
__webpack_unused_export__ = ListStackSetOperationResultsInput$;
__webpack_unused_export__ = ListStackSetOperationResultsOutput$;
__webpack_unused_export__ = ListStackSetOperations$;
__webpack_unused_export__ = ListStackSetOperationsCommand;
__webpack_unused_export__ = ListStackSetOperationsInput$;
__webpack_unused_export__ = ListStackSetOperationsOutput$;
__webpack_unused_export__ = ListStackSets$;
__webpack_unused_export__ = ListStackSetsCommand;
__webpack_unused_export__ = ListStackSetsInput$;
__webpack_unused_export__ = ListStackSetsOutput$;
__webpack_unused_export__ = ListStacks$;
__webpack_unused_export__ = ListStacksCommand;
__webpack_unused_export__ = ListStacksInput$;
__webpack_unused_export__ = ListStacksOutput$;
__webpack_unused_export__ = ListTypeRegistrations$;
__webpack_unused_export__ = ListTypeRegistrationsCommand;
__webpack_unused_export__ = ListTypeRegistrationsInput$;
__webpack_unused_export__ = ListTypeRegistrationsOutput$;
__webpack_unused_export__ = ListTypeVersions$;
__webpack_unused_export__ = ListTypeVersionsCommand;
__webpack_unused_export__ = ListTypeVersionsInput$;
__webpack_unused_export__ = ListTypeVersionsOutput$;
__webpack_unused_export__ = ListTypes$;
__webpack_unused_export__ = ListTypesCommand;
__webpack_unused_export__ = ListTypesInput$;
__webpack_unused_export__ = ListTypesOutput$;
__webpack_unused_export__ = LiveResourceDrift$;
__webpack_unused_export__ = LoggingConfig$;
__webpack_unused_export__ = ManagedExecution$;
__webpack_unused_export__ = ModuleInfo$;
__webpack_unused_export__ = NameAlreadyExistsException;
__webpack_unused_export__ = NameAlreadyExistsException$;
__webpack_unused_export__ = OnFailure;
__webpack_unused_export__ = OnStackFailure;
__webpack_unused_export__ = OperationEntry$;
__webpack_unused_export__ = OperationEvent$;
__webpack_unused_export__ = OperationIdAlreadyExistsException;
__webpack_unused_export__ = OperationIdAlreadyExistsException$;
__webpack_unused_export__ = OperationInProgressException;
__webpack_unused_export__ = OperationInProgressException$;
__webpack_unused_export__ = OperationNotFoundException;
__webpack_unused_export__ = OperationNotFoundException$;
__webpack_unused_export__ = OperationResultFilter$;
__webpack_unused_export__ = OperationResultFilterName;
__webpack_unused_export__ = OperationStatus;
__webpack_unused_export__ = OperationStatusCheckFailedException;
__webpack_unused_export__ = OperationStatusCheckFailedException$;
__webpack_unused_export__ = OperationType;
__webpack_unused_export__ = OrganizationStatus;
__webpack_unused_export__ = Output$;
__webpack_unused_export__ = Parameter$;
__webpack_unused_export__ = ParameterConstraints$;
__webpack_unused_export__ = ParameterDeclaration$;
__webpack_unused_export__ = PermissionModels;
__webpack_unused_export__ = PhysicalResourceIdContextKeyValuePair$;
__webpack_unused_export__ = PolicyAction;
__webpack_unused_export__ = PropertyDifference$;
__webpack_unused_export__ = ProvisioningType;
__webpack_unused_export__ = PublishType$;
__webpack_unused_export__ = PublishTypeCommand;
__webpack_unused_export__ = PublishTypeInput$;
__webpack_unused_export__ = PublishTypeOutput$;
__webpack_unused_export__ = PublisherStatus;
__webpack_unused_export__ = RecordHandlerProgress$;
__webpack_unused_export__ = RecordHandlerProgressCommand;
__webpack_unused_export__ = RecordHandlerProgressInput$;
__webpack_unused_export__ = RecordHandlerProgressOutput$;
__webpack_unused_export__ = RegionConcurrencyType;
__webpack_unused_export__ = RegisterPublisher$;
__webpack_unused_export__ = RegisterPublisherCommand;
__webpack_unused_export__ = RegisterPublisherInput$;
__webpack_unused_export__ = RegisterPublisherOutput$;
__webpack_unused_export__ = RegisterType$;
__webpack_unused_export__ = RegisterTypeCommand;
__webpack_unused_export__ = RegisterTypeInput$;
__webpack_unused_export__ = RegisterTypeOutput$;
__webpack_unused_export__ = RegistrationStatus;
__webpack_unused_export__ = RegistryType;
__webpack_unused_export__ = RemoveAlias$;
__webpack_unused_export__ = RemoveAliasCommand;
__webpack_unused_export__ = RemoveAliasInput$;
__webpack_unused_export__ = Replacement;
__webpack_unused_export__ = RequiredActivatedType$;
__webpack_unused_export__ = RequiresRecreation;
__webpack_unused_export__ = ResourceAttribute;
__webpack_unused_export__ = ResourceChange$;
__webpack_unused_export__ = ResourceChangeDetail$;
__webpack_unused_export__ = ResourceDefinition$;
__webpack_unused_export__ = ResourceDetail$;
__webpack_unused_export__ = ResourceDriftIgnoredAttribute$;
__webpack_unused_export__ = ResourceIdentifierSummary$;
__webpack_unused_export__ = ResourceLocation$;
__webpack_unused_export__ = ResourceMapping$;
__webpack_unused_export__ = ResourceScanInProgressException;
__webpack_unused_export__ = ResourceScanInProgressException$;
__webpack_unused_export__ = ResourceScanLimitExceededException;
__webpack_unused_export__ = ResourceScanLimitExceededException$;
__webpack_unused_export__ = ResourceScanNotFoundException;
__webpack_unused_export__ = ResourceScanNotFoundException$;
__webpack_unused_export__ = ResourceScanStatus;
__webpack_unused_export__ = ResourceScanSummary$;
__webpack_unused_export__ = ResourceSignalStatus;
__webpack_unused_export__ = ResourceStatus;
__webpack_unused_export__ = ResourceTargetDefinition$;
__webpack_unused_export__ = ResourceToImport$;
__webpack_unused_export__ = RollbackConfiguration$;
__webpack_unused_export__ = RollbackStack$;
__webpack_unused_export__ = RollbackStackCommand;
__webpack_unused_export__ = RollbackStackInput$;
__webpack_unused_export__ = RollbackStackOutput$;
__webpack_unused_export__ = RollbackTrigger$;
__webpack_unused_export__ = ScanFilter$;
__webpack_unused_export__ = ScanType;
__webpack_unused_export__ = ScannedResource$;
__webpack_unused_export__ = ScannedResourceIdentifier$;
__webpack_unused_export__ = SetAlias$;
__webpack_unused_export__ = SetAliasCommand;
__webpack_unused_export__ = SetAliasInput$;
__webpack_unused_export__ = SetStackPolicy$;
__webpack_unused_export__ = SetStackPolicyCommand;
__webpack_unused_export__ = SetStackPolicyInput$;
__webpack_unused_export__ = SetTypeConfiguration$;
__webpack_unused_export__ = SetTypeConfigurationCommand;
__webpack_unused_export__ = SetTypeConfigurationInput$;
__webpack_unused_export__ = SetTypeConfigurationOutput$;
__webpack_unused_export__ = SetTypeDefaultVersion$;
__webpack_unused_export__ = SetTypeDefaultVersionCommand;
__webpack_unused_export__ = SetTypeDefaultVersionInput$;
__webpack_unused_export__ = SetTypeDefaultVersionOutput$;
__webpack_unused_export__ = SignalResource$;
__webpack_unused_export__ = SignalResourceCommand;
__webpack_unused_export__ = SignalResourceInput$;
__webpack_unused_export__ = Stack$;
__webpack_unused_export__ = StackDefinition$;
__webpack_unused_export__ = StackDriftDetectionStatus;
__webpack_unused_export__ = StackDriftInformation$;
__webpack_unused_export__ = StackDriftInformationSummary$;
__webpack_unused_export__ = StackDriftStatus;
__webpack_unused_export__ = StackEvent$;
__webpack_unused_export__ = StackInstance$;
__webpack_unused_export__ = StackInstanceComprehensiveStatus$;
__webpack_unused_export__ = StackInstanceDetailedStatus;
__webpack_unused_export__ = StackInstanceFilter$;
__webpack_unused_export__ = StackInstanceFilterName;
__webpack_unused_export__ = StackInstanceNotFoundException;
__webpack_unused_export__ = StackInstanceNotFoundException$;
__webpack_unused_export__ = StackInstanceResourceDriftsSummary$;
__webpack_unused_export__ = StackInstanceStatus;
__webpack_unused_export__ = StackInstanceSummary$;
__webpack_unused_export__ = StackNotFoundException;
__webpack_unused_export__ = StackNotFoundException$;
__webpack_unused_export__ = StackRefactorAction$;
__webpack_unused_export__ = StackRefactorActionEntity;
__webpack_unused_export__ = StackRefactorActionType;
__webpack_unused_export__ = StackRefactorDetection;
__webpack_unused_export__ = StackRefactorExecutionStatus;
__webpack_unused_export__ = StackRefactorNotFoundException;
__webpack_unused_export__ = StackRefactorNotFoundException$;
__webpack_unused_export__ = StackRefactorStatus;
__webpack_unused_export__ = StackRefactorSummary$;
__webpack_unused_export__ = StackResource$;
__webpack_unused_export__ = StackResourceDetail$;
__webpack_unused_export__ = StackResourceDrift$;
__webpack_unused_export__ = StackResourceDriftInformation$;
__webpack_unused_export__ = StackResourceDriftInformationSummary$;
__webpack_unused_export__ = StackResourceDriftStatus;
__webpack_unused_export__ = StackResourceSummary$;
__webpack_unused_export__ = StackSet$;
__webpack_unused_export__ = StackSetAutoDeploymentTargetSummary$;
__webpack_unused_export__ = StackSetDriftDetectionDetails$;
__webpack_unused_export__ = StackSetDriftDetectionStatus;
__webpack_unused_export__ = StackSetDriftStatus;
__webpack_unused_export__ = StackSetNotEmptyException;
__webpack_unused_export__ = StackSetNotEmptyException$;
__webpack_unused_export__ = StackSetNotFoundException;
__webpack_unused_export__ = StackSetNotFoundException$;
__webpack_unused_export__ = StackSetOperation$;
__webpack_unused_export__ = StackSetOperationAction;
__webpack_unused_export__ = StackSetOperationPreferences$;
__webpack_unused_export__ = StackSetOperationResultStatus;
__webpack_unused_export__ = StackSetOperationResultSummary$;
__webpack_unused_export__ = StackSetOperationStatus;
__webpack_unused_export__ = StackSetOperationStatusDetails$;
__webpack_unused_export__ = StackSetOperationSummary$;
__webpack_unused_export__ = StackSetStatus;
__webpack_unused_export__ = StackSetSummary$;
__webpack_unused_export__ = StackStatus;
__webpack_unused_export__ = StackSummary$;
__webpack_unused_export__ = StaleRequestException;
__webpack_unused_export__ = StaleRequestException$;
__webpack_unused_export__ = StartResourceScan$;
__webpack_unused_export__ = StartResourceScanCommand;
__webpack_unused_export__ = StartResourceScanInput$;
__webpack_unused_export__ = StartResourceScanOutput$;
__webpack_unused_export__ = StopStackSetOperation$;
__webpack_unused_export__ = StopStackSetOperationCommand;
__webpack_unused_export__ = StopStackSetOperationInput$;
__webpack_unused_export__ = StopStackSetOperationOutput$;
__webpack_unused_export__ = Tag$;
__webpack_unused_export__ = TemplateConfiguration$;
__webpack_unused_export__ = TemplateFormat;
__webpack_unused_export__ = TemplateParameter$;
__webpack_unused_export__ = TemplateProgress$;
__webpack_unused_export__ = TemplateStage;
__webpack_unused_export__ = TemplateSummary$;
__webpack_unused_export__ = TemplateSummaryConfig$;
__webpack_unused_export__ = TestType$;
__webpack_unused_export__ = TestTypeCommand;
__webpack_unused_export__ = TestTypeInput$;
__webpack_unused_export__ = TestTypeOutput$;
__webpack_unused_export__ = ThirdPartyType;
__webpack_unused_export__ = TokenAlreadyExistsException;
__webpack_unused_export__ = TokenAlreadyExistsException$;
__webpack_unused_export__ = TypeConfigurationDetails$;
__webpack_unused_export__ = TypeConfigurationIdentifier$;
__webpack_unused_export__ = TypeConfigurationNotFoundException;
__webpack_unused_export__ = TypeConfigurationNotFoundException$;
__webpack_unused_export__ = TypeFilters$;
__webpack_unused_export__ = TypeNotFoundException;
__webpack_unused_export__ = TypeNotFoundException$;
__webpack_unused_export__ = TypeSummary$;
__webpack_unused_export__ = TypeTestsStatus;
__webpack_unused_export__ = TypeVersionSummary$;
__webpack_unused_export__ = UpdateGeneratedTemplate$;
__webpack_unused_export__ = UpdateGeneratedTemplateCommand;
__webpack_unused_export__ = UpdateGeneratedTemplateInput$;
__webpack_unused_export__ = UpdateGeneratedTemplateOutput$;
__webpack_unused_export__ = UpdateStack$;
__webpack_unused_export__ = UpdateStackCommand;
__webpack_unused_export__ = UpdateStackInput$;
__webpack_unused_export__ = UpdateStackInstances$;
__webpack_unused_export__ = UpdateStackInstancesCommand;
__webpack_unused_export__ = UpdateStackInstancesInput$;
__webpack_unused_export__ = UpdateStackInstancesOutput$;
__webpack_unused_export__ = UpdateStackOutput$;
__webpack_unused_export__ = UpdateStackSet$;
__webpack_unused_export__ = UpdateStackSetCommand;
__webpack_unused_export__ = UpdateStackSetInput$;
__webpack_unused_export__ = UpdateStackSetOutput$;
__webpack_unused_export__ = UpdateTerminationProtection$;
__webpack_unused_export__ = UpdateTerminationProtectionCommand;
__webpack_unused_export__ = UpdateTerminationProtectionInput$;
__webpack_unused_export__ = UpdateTerminationProtectionOutput$;
__webpack_unused_export__ = ValidateTemplate$;
__webpack_unused_export__ = ValidateTemplateCommand;
__webpack_unused_export__ = ValidateTemplateInput$;
__webpack_unused_export__ = ValidateTemplateOutput$;
__webpack_unused_export__ = ValidationStatus;
__webpack_unused_export__ = VersionBump;
__webpack_unused_export__ = Visibility;
__webpack_unused_export__ = WarningDetail$;
__webpack_unused_export__ = WarningProperty$;
__webpack_unused_export__ = WarningType;
__webpack_unused_export__ = Warnings$;
__webpack_unused_export__ = errorTypeRegistries;
__webpack_unused_export__ = paginateDescribeAccountLimits;
__webpack_unused_export__ = paginateDescribeChangeSet;
__webpack_unused_export__ = paginateDescribeEvents;
__webpack_unused_export__ = paginateDescribeStackEvents;
__webpack_unused_export__ = paginateDescribeStackResourceDrifts;
__webpack_unused_export__ = paginateDescribeStacks;
__webpack_unused_export__ = paginateListChangeSets;
__webpack_unused_export__ = paginateListExports;
__webpack_unused_export__ = paginateListGeneratedTemplates;
__webpack_unused_export__ = paginateListImports;
__webpack_unused_export__ = paginateListResourceScanRelatedResources;
__webpack_unused_export__ = paginateListResourceScanResources;
__webpack_unused_export__ = paginateListResourceScans;
__webpack_unused_export__ = paginateListStackInstances;
__webpack_unused_export__ = paginateListStackRefactorActions;
__webpack_unused_export__ = paginateListStackRefactors;
__webpack_unused_export__ = paginateListStackResources;
__webpack_unused_export__ = paginateListStackSetOperationResults;
__webpack_unused_export__ = paginateListStackSetOperations;
__webpack_unused_export__ = paginateListStackSets;
__webpack_unused_export__ = paginateListStacks;
__webpack_unused_export__ = paginateListTypeRegistrations;
__webpack_unused_export__ = paginateListTypeVersions;
__webpack_unused_export__ = paginateListTypes;
__webpack_unused_export__ = waitForChangeSetCreateComplete;
__webpack_unused_export__ = waitForStackCreateComplete;
__webpack_unused_export__ = waitForStackDeleteComplete;
__webpack_unused_export__ = waitForStackExists;
__webpack_unused_export__ = waitForStackImportComplete;
__webpack_unused_export__ = waitForStackRefactorCreateComplete;
__webpack_unused_export__ = waitForStackRefactorExecuteComplete;
__webpack_unused_export__ = waitForStackRollbackComplete;
__webpack_unused_export__ = waitForStackUpdateComplete;
__webpack_unused_export__ = waitForTypeRegistrationComplete;
__webpack_unused_export__ = waitUntilChangeSetCreateComplete;
__webpack_unused_export__ = waitUntilStackCreateComplete;
__webpack_unused_export__ = waitUntilStackDeleteComplete;
__webpack_unused_export__ = waitUntilStackExists;
__webpack_unused_export__ = waitUntilStackImportComplete;
__webpack_unused_export__ = waitUntilStackRefactorCreateComplete;
__webpack_unused_export__ = waitUntilStackRefactorExecuteComplete;
__webpack_unused_export__ = waitUntilStackRollbackComplete;
__webpack_unused_export__ = waitUntilStackUpdateComplete;
__webpack_unused_export__ = waitUntilTypeRegistrationComplete;


/***/ }),

/***/ 1758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ github_context),
  Q: () => (/* binding */ getOctokit)
});

// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(9896);
// EXTERNAL MODULE: external "os"
var external_os_ = __webpack_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/github/lib/context.js


class Context {
    /**
     * Hydrate the context from the environment
     */
    constructor() {
        var _a, _b, _c;
        this.payload = {};
        if (process.env.GITHUB_EVENT_PATH) {
            if ((0,external_fs_.existsSync)(process.env.GITHUB_EVENT_PATH)) {
                this.payload = JSON.parse((0,external_fs_.readFileSync)(process.env.GITHUB_EVENT_PATH, { encoding: 'utf8' }));
            }
            else {
                const path = process.env.GITHUB_EVENT_PATH;
                process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${external_os_.EOL}`);
            }
        }
        this.eventName = process.env.GITHUB_EVENT_NAME;
        this.sha = process.env.GITHUB_SHA;
        this.ref = process.env.GITHUB_REF;
        this.workflow = process.env.GITHUB_WORKFLOW;
        this.action = process.env.GITHUB_ACTION;
        this.actor = process.env.GITHUB_ACTOR;
        this.job = process.env.GITHUB_JOB;
        this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
        this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
        this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
        this.apiUrl = (_a = process.env.GITHUB_API_URL) !== null && _a !== void 0 ? _a : `https://api.github.com`;
        this.serverUrl = (_b = process.env.GITHUB_SERVER_URL) !== null && _b !== void 0 ? _b : `https://github.com`;
        this.graphqlUrl =
            (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
    }
    get issue() {
        const payload = this.payload;
        return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
    }
    get repo() {
        if (process.env.GITHUB_REPOSITORY) {
            const [owner, repo] = process.env.GITHUB_REPOSITORY.split('/');
            return { owner, repo };
        }
        if (this.payload.repository) {
            return {
                owner: this.payload.repository.owner.login,
                repo: this.payload.repository.name
            };
        }
        throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
    }
}
//# sourceMappingURL=context.js.map
// EXTERNAL MODULE: ./node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js
var lib = __webpack_require__(9659);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
;// CONCATENATED MODULE: ./node_modules/@actions/github/lib/internal/utils.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


function getAuthString(token, options) {
    if (!token && !options.auth) {
        throw new Error('Parameter token or opts.auth is required');
    }
    else if (token && options.auth) {
        throw new Error('Parameters token and opts.auth may not both be specified');
    }
    return typeof options.auth === 'string' ? options.auth : `token ${token}`;
}
function getProxyAgent(destinationUrl) {
    const hc = new lib.HttpClient();
    return hc.getAgent(destinationUrl);
}
function getProxyAgentDispatcher(destinationUrl) {
    const hc = new lib.HttpClient();
    return hc.getAgentDispatcher(destinationUrl);
}
function getProxyFetch(destinationUrl) {
    const httpDispatcher = getProxyAgentDispatcher(destinationUrl);
    const proxyFetch = (url, opts) => __awaiter(this, void 0, void 0, function* () {
        return (0,undici.fetch)(url, Object.assign(Object.assign({}, opts), { dispatcher: httpDispatcher }));
    });
    return proxyFetch;
}
function getApiBaseUrl() {
    return process.env['GITHUB_API_URL'] || 'https://api.github.com';
}
function getUserAgentWithOrchestrationId(baseUserAgent) {
    var _a;
    const orchId = (_a = process.env['ACTIONS_ORCHESTRATION_ID']) === null || _a === void 0 ? void 0 : _a.trim();
    if (orchId) {
        const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
        const tag = `actions_orchestration_id/${sanitizedId}`;
        if (baseUserAgent === null || baseUserAgent === void 0 ? void 0 : baseUserAgent.includes(tag))
            return baseUserAgent;
        const ua = baseUserAgent ? `${baseUserAgent} ` : '';
        return `${ua}${tag}`;
    }
    return baseUserAgent;
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/register.js
// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/add.js
// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/remove.js
// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/index.js
// @ts-check





// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Singular() {
  const singularHookName = Symbol("Singular");
  const singularHookState = {
    registry: {},
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

/* harmony default export */ const before_after_hook = ({ Singular, Collection });

;// CONCATENATED MODULE: ./node_modules/@octokit/endpoint/dist-bundle/index.js
// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults(null, DEFAULTS);


;// CONCATENATED MODULE: ./node_modules/content-type/dist/index.js
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Validate a type string against RFC 9110.
 */
function isTypeValid(type, start = 0, end = type.length) {
    let hasSlash = false;
    for (let index = start; index < end; index++) {
        const code = type.charCodeAt(index);
        if (code === 47 /* / */) {
            if (hasSlash || index === start || index >= end - 1)
                return false;
            hasSlash = true;
        }
        else if (!isTokenCode(code)) {
            return false;
        }
    }
    return hasSlash;
}
/**
 * Validate a token against RFC 9110.
 */
function isTokenValid(token, start = 0, end = token.length) {
    if (start >= end)
        return false;
    for (let index = start; index < end; index++) {
        if (!isTokenCode(token.charCodeAt(index)))
            return false;
    }
    return true;
}
/**
 * Check whether a character code belongs to the token production in RFC 9110.
 */
function isTokenCode(code) {
    return (CHAR_MAP[code] & TOKEN_FLAG) !== 0;
}
/**
 * Serialize a parameter value.
 */
function parameterValue(str) {
    const len = str.length;
    if (len === 0)
        return '""';
    let index = 0;
    while (index < len && isTokenCode(str.charCodeAt(index)))
        index++;
    if (index === len)
        return str;
    let result = '"';
    let start = 0;
    while (index < len) {
        const code = str.charCodeAt(index);
        if (code !== HTAB && (code < SP || code === 127 || code > 255)) {
            throw new TypeError(`Invalid parameter value: ${str}`);
        }
        if (code === 34 /* " */ || code === 92 /* \\ */) {
            result += `${str.slice(start, index)}\\`;
            start = index;
        }
        index++;
    }
    return `${result}${str.slice(start)}"`;
}
/**
 * Format an object into a `Content-Type` header.
 */
function format(obj) {
    const { type, parameters } = obj;
    if (!type || !isTypeValid(type)) {
        throw new TypeError(`Invalid type: ${type}`);
    }
    let result = type;
    if (parameters) {
        for (const param of Object.keys(parameters)) {
            if (!isTokenValid(param)) {
                throw new TypeError(`Invalid parameter name: ${param}`);
            }
            result += `; ${param}=${parameterValue(parameters[param])}`;
        }
    }
    return result;
}
/**
 * Parse a `Content-Type` header.
 */
function dist_parse(header, options) {
    const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
    const len = header.length;
    let valueStart = options?.start ?? 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = options?.parameters === false ? COMMA_FLAG : 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/json-with-bigint/json-with-bigint.js
const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";

  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }

  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];
  let level = 0;

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        if (space) chunks.push("\n" + space.repeat(level));

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {
      level--;

      if (!node.first && space) chunks.push("\n" + space.repeat(level));

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" → "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) return replacer(key, val);

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) return replacer(key, val);

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  const hasUserReviver = typeof userReviver === "function";

  if (!hasUserReviver) return value;

  return userReviver(key, value, context);
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    const hasCustomReviver = typeof reviver === "function";

    if (!hasCustomReviver) return value;

    return reviver(key, value, context);
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const hasUserReviver = typeof userReviver === "function";

      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed, reviver);
    }

    throw error;
  }
};



// EXTERNAL MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
var dist_src = __webpack_require__(1015);
;// CONCATENATED MODULE: ./node_modules/@octokit/request/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${dist_bundle_VERSION} ${getUserAgent()}`
  }
};

// pkg/dist-src/fetch-wrapper.js



// pkg/dist-src/is-plain-object.js
function dist_bundle_isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/fetch-wrapper.js

var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = dist_bundle_isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new dist_src/* RequestError */.G(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new dist_src/* RequestError */.G(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new dist_src/* RequestError */.G("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new dist_src/* RequestError */.G(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = dist_parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function dist_bundle_withDefaults(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: dist_bundle_withDefaults.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: dist_bundle_withDefaults.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = dist_bundle_withDefaults(endpoint, defaults_default);

/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/graphql/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/version.js
var graphql_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/with-defaults.js


// pkg/dist-src/graphql.js


// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function graphql_dist_bundle_withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: graphql_dist_bundle_withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
var graphql2 = graphql_dist_bundle_withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${graphql_dist_bundle_VERSION} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return graphql_dist_bundle_withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

/* v8 ignore if -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/auth-token/dist-bundle/index.js
// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/version.js
const version_VERSION = "7.0.8";


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/index.js






const dist_src_noop = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = dist_src_noop;
  }
  if (typeof logger.info !== "function") {
    logger.info = dist_src_noop;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${version_VERSION} ${getUserAgent()}`;
class Octokit {
  static VERSION = version_VERSION;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new before_after_hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
const dist_src_version_VERSION = "17.0.0";

//# sourceMappingURL=version.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
const Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

//# sourceMappingURL=endpoints.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js

const endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
const handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

//# sourceMappingURL=endpoints-to-methods.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js


function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = dist_src_version_VERSION;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = dist_src_version_VERSION;

//# sourceMappingURL=index.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_paginate_rest_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/normalize-paginated-list-response.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}

// pkg/dist-src/iterator.js
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}

// pkg/dist-src/paginate.js
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}

// pkg/dist-src/compose-paginate.js
var composePaginateRest = Object.assign(paginate, {
  iterator
});

// pkg/dist-src/generated/paginating-endpoints.js
var paginatingEndpoints = (/* unused pure expression or super */ null && ([
  "GET /advisories",
  "GET /app/hook/deliveries",
  "GET /app/installation-requests",
  "GET /app/installations",
  "GET /assignments/{assignment_id}/accepted_assignments",
  "GET /classrooms",
  "GET /classrooms/{classroom_id}/assignments",
  "GET /enterprises/{enterprise}/code-security/configurations",
  "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories",
  "GET /enterprises/{enterprise}/dependabot/alerts",
  "GET /enterprises/{enterprise}/teams",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations",
  "GET /events",
  "GET /gists",
  "GET /gists/public",
  "GET /gists/starred",
  "GET /gists/{gist_id}/comments",
  "GET /gists/{gist_id}/commits",
  "GET /gists/{gist_id}/forks",
  "GET /installation/repositories",
  "GET /issues",
  "GET /licenses",
  "GET /marketplace_listing/plans",
  "GET /marketplace_listing/plans/{plan_id}/accounts",
  "GET /marketplace_listing/stubbed/plans",
  "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts",
  "GET /networks/{owner}/{repo}/events",
  "GET /notifications",
  "GET /organizations",
  "GET /organizations/{org}/dependabot/repository-access",
  "GET /orgs/{org}/actions/cache/usage-by-repository",
  "GET /orgs/{org}/actions/hosted-runners",
  "GET /orgs/{org}/actions/permissions/repositories",
  "GET /orgs/{org}/actions/permissions/self-hosted-runners/repositories",
  "GET /orgs/{org}/actions/runner-groups",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners",
  "GET /orgs/{org}/actions/runners",
  "GET /orgs/{org}/actions/secrets",
  "GET /orgs/{org}/actions/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/actions/variables",
  "GET /orgs/{org}/actions/variables/{name}/repositories",
  "GET /orgs/{org}/attestations/repositories",
  "GET /orgs/{org}/attestations/{subject_digest}",
  "GET /orgs/{org}/blocks",
  "GET /orgs/{org}/campaigns",
  "GET /orgs/{org}/code-scanning/alerts",
  "GET /orgs/{org}/code-security/configurations",
  "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories",
  "GET /orgs/{org}/codespaces",
  "GET /orgs/{org}/codespaces/secrets",
  "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/copilot/billing/seats",
  "GET /orgs/{org}/copilot/metrics",
  "GET /orgs/{org}/dependabot/alerts",
  "GET /orgs/{org}/dependabot/secrets",
  "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/events",
  "GET /orgs/{org}/failed_invitations",
  "GET /orgs/{org}/hooks",
  "GET /orgs/{org}/hooks/{hook_id}/deliveries",
  "GET /orgs/{org}/insights/api/route-stats/{actor_type}/{actor_id}",
  "GET /orgs/{org}/insights/api/subject-stats",
  "GET /orgs/{org}/insights/api/user-stats/{user_id}",
  "GET /orgs/{org}/installations",
  "GET /orgs/{org}/invitations",
  "GET /orgs/{org}/invitations/{invitation_id}/teams",
  "GET /orgs/{org}/issues",
  "GET /orgs/{org}/members",
  "GET /orgs/{org}/members/{username}/codespaces",
  "GET /orgs/{org}/migrations",
  "GET /orgs/{org}/migrations/{migration_id}/repositories",
  "GET /orgs/{org}/organization-roles/{role_id}/teams",
  "GET /orgs/{org}/organization-roles/{role_id}/users",
  "GET /orgs/{org}/outside_collaborators",
  "GET /orgs/{org}/packages",
  "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
  "GET /orgs/{org}/personal-access-token-requests",
  "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories",
  "GET /orgs/{org}/personal-access-tokens",
  "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories",
  "GET /orgs/{org}/private-registries",
  "GET /orgs/{org}/projects",
  "GET /orgs/{org}/projectsV2",
  "GET /orgs/{org}/projectsV2/{project_number}/fields",
  "GET /orgs/{org}/projectsV2/{project_number}/items",
  "GET /orgs/{org}/properties/values",
  "GET /orgs/{org}/public_members",
  "GET /orgs/{org}/repos",
  "GET /orgs/{org}/rulesets",
  "GET /orgs/{org}/rulesets/rule-suites",
  "GET /orgs/{org}/rulesets/{ruleset_id}/history",
  "GET /orgs/{org}/secret-scanning/alerts",
  "GET /orgs/{org}/security-advisories",
  "GET /orgs/{org}/settings/immutable-releases/repositories",
  "GET /orgs/{org}/settings/network-configurations",
  "GET /orgs/{org}/team/{team_slug}/copilot/metrics",
  "GET /orgs/{org}/teams",
  "GET /orgs/{org}/teams/{team_slug}/discussions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/invitations",
  "GET /orgs/{org}/teams/{team_slug}/members",
  "GET /orgs/{org}/teams/{team_slug}/projects",
  "GET /orgs/{org}/teams/{team_slug}/repos",
  "GET /orgs/{org}/teams/{team_slug}/teams",
  "GET /projects/{project_id}/collaborators",
  "GET /repos/{owner}/{repo}/actions/artifacts",
  "GET /repos/{owner}/{repo}/actions/caches",
  "GET /repos/{owner}/{repo}/actions/organization-secrets",
  "GET /repos/{owner}/{repo}/actions/organization-variables",
  "GET /repos/{owner}/{repo}/actions/runners",
  "GET /repos/{owner}/{repo}/actions/runs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs",
  "GET /repos/{owner}/{repo}/actions/secrets",
  "GET /repos/{owner}/{repo}/actions/variables",
  "GET /repos/{owner}/{repo}/actions/workflows",
  "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
  "GET /repos/{owner}/{repo}/activity",
  "GET /repos/{owner}/{repo}/assignees",
  "GET /repos/{owner}/{repo}/attestations/{subject_digest}",
  "GET /repos/{owner}/{repo}/branches",
  "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
  "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs",
  "GET /repos/{owner}/{repo}/code-scanning/alerts",
  "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
  "GET /repos/{owner}/{repo}/code-scanning/analyses",
  "GET /repos/{owner}/{repo}/codespaces",
  "GET /repos/{owner}/{repo}/codespaces/devcontainers",
  "GET /repos/{owner}/{repo}/codespaces/secrets",
  "GET /repos/{owner}/{repo}/collaborators",
  "GET /repos/{owner}/{repo}/comments",
  "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/commits",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-suites",
  "GET /repos/{owner}/{repo}/commits/{ref}/status",
  "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
  "GET /repos/{owner}/{repo}/compare/{basehead}",
  "GET /repos/{owner}/{repo}/compare/{base}...{head}",
  "GET /repos/{owner}/{repo}/contributors",
  "GET /repos/{owner}/{repo}/dependabot/alerts",
  "GET /repos/{owner}/{repo}/dependabot/secrets",
  "GET /repos/{owner}/{repo}/deployments",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
  "GET /repos/{owner}/{repo}/environments",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/variables",
  "GET /repos/{owner}/{repo}/events",
  "GET /repos/{owner}/{repo}/forks",
  "GET /repos/{owner}/{repo}/hooks",
  "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries",
  "GET /repos/{owner}/{repo}/invitations",
  "GET /repos/{owner}/{repo}/issues",
  "GET /repos/{owner}/{repo}/issues/comments",
  "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/issues/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/reactions",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline",
  "GET /repos/{owner}/{repo}/keys",
  "GET /repos/{owner}/{repo}/labels",
  "GET /repos/{owner}/{repo}/milestones",
  "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels",
  "GET /repos/{owner}/{repo}/notifications",
  "GET /repos/{owner}/{repo}/pages/builds",
  "GET /repos/{owner}/{repo}/projects",
  "GET /repos/{owner}/{repo}/pulls",
  "GET /repos/{owner}/{repo}/pulls/comments",
  "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments",
  "GET /repos/{owner}/{repo}/releases",
  "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
  "GET /repos/{owner}/{repo}/releases/{release_id}/reactions",
  "GET /repos/{owner}/{repo}/rules/branches/{branch}",
  "GET /repos/{owner}/{repo}/rulesets",
  "GET /repos/{owner}/{repo}/rulesets/rule-suites",
  "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations",
  "GET /repos/{owner}/{repo}/security-advisories",
  "GET /repos/{owner}/{repo}/stargazers",
  "GET /repos/{owner}/{repo}/subscribers",
  "GET /repos/{owner}/{repo}/tags",
  "GET /repos/{owner}/{repo}/teams",
  "GET /repos/{owner}/{repo}/topics",
  "GET /repositories",
  "GET /search/code",
  "GET /search/commits",
  "GET /search/issues",
  "GET /search/labels",
  "GET /search/repositories",
  "GET /search/topics",
  "GET /search/users",
  "GET /teams/{team_id}/discussions",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /teams/{team_id}/discussions/{discussion_number}/reactions",
  "GET /teams/{team_id}/invitations",
  "GET /teams/{team_id}/members",
  "GET /teams/{team_id}/projects",
  "GET /teams/{team_id}/repos",
  "GET /teams/{team_id}/teams",
  "GET /user/blocks",
  "GET /user/codespaces",
  "GET /user/codespaces/secrets",
  "GET /user/emails",
  "GET /user/followers",
  "GET /user/following",
  "GET /user/gpg_keys",
  "GET /user/installations",
  "GET /user/installations/{installation_id}/repositories",
  "GET /user/issues",
  "GET /user/keys",
  "GET /user/marketplace_purchases",
  "GET /user/marketplace_purchases/stubbed",
  "GET /user/memberships/orgs",
  "GET /user/migrations",
  "GET /user/migrations/{migration_id}/repositories",
  "GET /user/orgs",
  "GET /user/packages",
  "GET /user/packages/{package_type}/{package_name}/versions",
  "GET /user/public_emails",
  "GET /user/repos",
  "GET /user/repository_invitations",
  "GET /user/social_accounts",
  "GET /user/ssh_signing_keys",
  "GET /user/starred",
  "GET /user/subscriptions",
  "GET /user/teams",
  "GET /users",
  "GET /users/{username}/attestations/{subject_digest}",
  "GET /users/{username}/events",
  "GET /users/{username}/events/orgs/{org}",
  "GET /users/{username}/events/public",
  "GET /users/{username}/followers",
  "GET /users/{username}/following",
  "GET /users/{username}/gists",
  "GET /users/{username}/gpg_keys",
  "GET /users/{username}/keys",
  "GET /users/{username}/orgs",
  "GET /users/{username}/packages",
  "GET /users/{username}/projects",
  "GET /users/{username}/projectsV2",
  "GET /users/{username}/projectsV2/{project_number}/fields",
  "GET /users/{username}/projectsV2/{project_number}/items",
  "GET /users/{username}/received_events",
  "GET /users/{username}/received_events/public",
  "GET /users/{username}/repos",
  "GET /users/{username}/social_accounts",
  "GET /users/{username}/ssh_signing_keys",
  "GET /users/{username}/starred",
  "GET /users/{username}/subscriptions"
]));

// pkg/dist-src/paginating-endpoints.js
function isPaginatingEndpoint(arg) {
  if (typeof arg === "string") {
    return paginatingEndpoints.includes(arg);
  } else {
    return false;
  }
}

// pkg/dist-src/index.js
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = plugin_paginate_rest_dist_bundle_VERSION;


;// CONCATENATED MODULE: ./node_modules/@actions/github/lib/utils.js


// octokit + plugins



const context = new Context();
const baseUrl = getApiBaseUrl();
const defaults = {
    baseUrl,
    request: {
        agent: getProxyAgent(baseUrl),
        fetch: getProxyFetch(baseUrl)
    }
};
const GitHub = Octokit.plugin(restEndpointMethods, paginateRest).defaults(defaults);

/**
 * Convience function to correctly format Octokit Options to pass into the constructor.
 *
 * @param     token    the repo PAT or GITHUB_TOKEN
 * @param     options  other options to set
 */
function getOctokitOptions(token, options) {
    const opts = Object.assign({}, options || {}); // Shallow clone - don't mutate the object provided by the caller
    // Auth
    const auth = getAuthString(token, opts);
    if (auth) {
        opts.auth = auth;
    }
    // Orchestration ID
    const userAgent = getUserAgentWithOrchestrationId(opts.userAgent);
    if (userAgent) {
        opts.userAgent = userAgent;
    }
    return opts;
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/github/lib/github.js


const github_context = new Context();
/**
 * Returns a hydrated octokit ready to use for GitHub Actions
 *
 * @param     token    the repo PAT or GITHUB_TOKEN
 * @param     options  other options to set
 */
function getOctokit(token, options, ...additionalPlugins) {
    const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
    return new GitHubWithPlugins(getOctokitOptions(token, options));
}
//# sourceMappingURL=github.js.map

/***/ }),

/***/ 1015:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ RequestError)
/* harmony export */ });
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}



/***/ })

};
