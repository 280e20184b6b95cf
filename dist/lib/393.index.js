export const id = 393;
export const ids = [393,845];
export const modules = {

/***/ 4845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkAccount: () => (/* binding */ checkAccount)
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


/***/ }),

/***/ 5393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkEnvironments: () => (/* binding */ checkEnvironments),
/* harmony export */   selectEnvironments: () => (/* binding */ selectEnvironments)
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
        const identity = await (0,_identity_js__WEBPACK_IMPORTED_MODULE_1__.checkAccount)(stsFor(environment.region), { ...environment, account_id: undefined });
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
        await (0,_identity_js__WEBPACK_IMPORTED_MODULE_1__.checkAccount)(stsFor(first.environment.region), first.environment);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`No environment could be checked: ${results.map((r) => ('skipped' in r ? r.skipped : '')).join('; ')}.`);
    }
    return results;
}


/***/ })

};
