export const id = 845;
export const ids = [845];
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


/***/ })

};
