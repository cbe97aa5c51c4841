export const id = 189;
export const ids = [189];
export const modules = {

/***/ 26189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   failureMessage: () => (/* binding */ failureMessage),
/* harmony export */   reportFailure: () => (/* binding */ reportFailure)
/* harmony export */ });
/* harmony import */ var _edges_github_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70925);
/* harmony import */ var _edges_sentry_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73093);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _actions_logger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40484);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18506);
// How a failed step ends: the one line it fails with and the outputs it did not set.
// Loaded by the run wrapper only when a run fails, as @actions/core is: a run that
// succeeds never compiles this, nor the Sentry errors it tells apart (#11).





/** Sentry answers that are nobody's mistake: the step can simply run again later. */
const SENTRY_TRY_LATER = {
    server: 'Sentry had a problem answering; try again later.',
    'rate-limit': "Sentry's rate limit held for longer than ci-medic waits; try again later."
};
/**
 * The one line a failed step ends with. Pure: the error decides, nothing
 * else. Only what is left (no configuration, no refusal, no outage, no
 * unreachable host) is called a bug.
 */
function failureMessage(command, error) {
    const lead = `ci-medic ${command}`;
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isConfigurationError */ .p0)(error))
        return `${lead}: ${error.message}`;
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isCancelledError */ .wm)(error))
        return `${lead}: ${error.message}; the change being verified was reverted, and the report says what was kept.`;
    if (error instanceof _edges_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .OS && error.kind !== 'validation' && error.kind !== 'other')
        return `${lead}: ${error.message}`;
    const network = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .networkErrorIn */ .kk)(error);
    if (network)
        return `${lead}: ${network.message}`;
    if (error instanceof _edges_sentry_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SentryApiError */ .qC && error.kind in SENTRY_TRY_LATER)
        return `${lead}: ${error.message.replace(/\.+$/, '')}: ${SENTRY_TRY_LATER[error.kind]}`;
    return (`${lead} failed unexpectedly: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error).replace(/\.+$/, '')}. ` +
        'This is a bug in ci-medic, not in your configuration: please report it, ' +
        'with the stack trace from a run with debug logging enabled.');
}
/** The failure outputs the run did not set, the failure line, and the stack to the debug log. */
function reportFailure(core, command, error, failureOutputs = {}) {
    const missing = Object.entries(failureOutputs).filter(([name]) => !(0,_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .outputWasSet */ .lx)(name));
    (0,_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutputs */ .n0)(core, Object.fromEntries(missing));
    // An ::error:: command: @actions/core escapes the message onto its one line.
    core.setFailed(failureMessage(command, error));
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isConfigurationError */ .p0)(error) || (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isCancelledError */ .wm)(error))
        return;
    // The stack starts with the error's message, which may quote untrusted text.
    if (error instanceof Error && error.stack)
        (0,_actions_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .loggerFrom */ .x)(core).debug(error.stack);
}


/***/ })

};
