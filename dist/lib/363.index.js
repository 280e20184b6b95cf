export const id = 363;
export const ids = [363];
export const modules = {

/***/ 4363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   httpStatus: () => (/* binding */ httpStatus)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9436);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4225);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4038);



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
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}
/** The HTTP status of an Octokit RequestError, or undefined for anything else. */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}


/***/ })

};
