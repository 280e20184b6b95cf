export const id = 146;
export const ids = [146,363];
export const modules = {

/***/ 4146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_COMMENT_LENGTH: () => (/* binding */ MAX_COMMENT_LENGTH),
/* harmony export */   commentBody: () => (/* binding */ commentBody),
/* harmony export */   pullRequestsForCommit: () => (/* binding */ pullRequestsForCommit),
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2091);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4363);


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
        const status = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_1__.httpStatus)(error);
        if (status === 403 || status === 404)
            return { action: 'refused', status, message: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error) };
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


/***/ }),

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
