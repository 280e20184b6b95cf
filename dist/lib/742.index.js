export const id = 742;
export const ids = [742];
export const modules = {

/***/ 6742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rollbackSummary: () => (/* binding */ rollbackSummary)
/* harmony export */ });
/* unused harmony export rollbackDiagram */
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6706);
/* harmony import */ var _diagram_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7881);
/* harmony import */ var _endpoint_moves_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(328);
/** rollback's job summary: the moves table, how the version was chosen, and the diagram. */



function rollbackDiagram(result) {
    const input = {
        before: result.before,
        after: result.after,
        versions: [result.version, ...(result.previousVersion ? [result.previousVersion] : [])],
        notes: { [result.endpoint]: result.outcome === 'unchanged' ? 'already serving' : result.outcome === 'failed' ? 'rollback failed' : `rolled back${result.reason ? `: ${result.reason}` : ''}` },
    };
    if (result.outcome === 'succeeded' && result.previousVersion) {
        input.rejected = [{ endpoint: result.endpoint, version: result.previousVersion, note: 'was serving' }];
        input.bad = [result.previousVersion];
        input.good = [result.version];
    }
    return (0,_diagram_js__WEBPACK_IMPORTED_MODULE_0__/* .endpointDiagram */ .t)(input);
}
function rollbackSummary(result) {
    const lines = [
        `- Version chosen ${result.chosenBy === 'input' ? 'by the input "to-version"' : result.chosenBy === 'resumed' ? 'by an earlier attempt of this run (finished now)' : 'from the ledger: the last good version this endpoint served'}` +
            `${result.skipped.length ? `, skipping rolled-back version(s) ${result.skipped.join(', ')}` : ''}.`,
    ];
    if (result.reason)
        lines.push(`- Reason: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeCell */ .kq)(result.reason)}`);
    if (result.ledger)
        lines.push(`- Recorded in the ledger (SSM ${result.ledger.tier} tier).`);
    return [(0,_endpoint_moves_js__WEBPACK_IMPORTED_MODULE_1__/* .movesTable */ .b)(result), `**${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeCell */ .kq)(result.headline)}**`, lines.join('\n'), `### Versions and endpoints\n\n${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mermaid */ .a4)(rollbackDiagram(result))}`];
}


/***/ })

};
