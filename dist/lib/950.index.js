export const id = 950;
export const ids = [950];
export const modules = {

/***/ 5950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderInfraResults: () => (/* binding */ renderInfraResults)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6706);

const ACTIONS = {
    created: 'created',
    recreated: 'deleted (ROLLBACK_COMPLETE) and created',
    updated: 'updated',
    unchanged: 'no change',
    given: 'given by hand, exists',
};
/** The job summary's infrastructure section: one row per concern, then each stack's resource changes. */
function renderInfraResults(results) {
    if (results.length === 0)
        return 'Infrastructure: nothing done.';
    const rows = results.map((result) => [result.concern, result.key, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .raw */ .lS)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(result.name)), ACTIONS[result.action], result.changes.length]);
    const sections = [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Concern', 'Key', 'Stack or value', 'Result', 'Resource changes'], rows)];
    for (const result of results.filter((r) => r.changes.length > 0)) {
        sections.push(`Changes to ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(result.name)}:\n\n${result.changes.map((change) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(change)}`).join('\n')}`);
    }
    return sections.join('\n\n');
}


/***/ })

};
