export const id = 68;
export const ids = [68];
export const modules = {

/***/ 4068:
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


/***/ })

};
