export const id = 445;
export const ids = [445];
export const modules = {

/***/ 8970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $L: () => (/* binding */ createModelClient),
/* harmony export */   Fs: () => (/* binding */ usageOf),
/* harmony export */   f9: () => (/* binding */ describeModelError)
/* harmony export */ });
/* unused harmony exports addUsage, NO_USAGE, costOfModel, DEFAULT_ANTHROPIC_BASE_URL, modelNetworkError */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7766);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _models_catalog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4765);
// The Anthropic Messages API client: the real SDK, pointed at api.anthropic.com
// or at a compatible endpoint (`anthropic-base-url`), with the SDK's own
// retries and backoff for 429/529/5xx. Failures to reach it name the host
// and the anthropic-base-url input (modelNetworkError, describeModelError).




function createModelClient(options) {
    return new _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_3__/* .Anthropic */ .N({
        apiKey: options.apiKey,
        ...(options.baseUrl ? { baseURL: options.baseUrl } : {}),
        ...(options.logger ? { logger: sdkLogger(options.logger) } : {}),
        maxRetries: options.maxRetries ?? 3,
        timeout: options.timeoutMs ?? 120_000
    });
}
/** The SDK's console-shaped logger over ours (its errors are not the step's: warnings). */
function sdkLogger(logger) {
    const line = (write) => (...args) => write((0,node_util__WEBPACK_IMPORTED_MODULE_0__.format)(...args));
    return {
        error: line(message => logger.warning(message)),
        warn: line(message => logger.warning(message)),
        info: line(message => logger.info(message)),
        debug: line(message => logger.debug(message))
    };
}
/** Usage of one response in our own terms (missing cache fields count as 0). */
function usageOf(usage) {
    return {
        inputTokens: usage.input_tokens ?? 0,
        outputTokens: usage.output_tokens ?? 0,
        cacheCreationInputTokens: usage.cache_creation_input_tokens ?? 0,
        cacheReadInputTokens: usage.cache_read_input_tokens ?? 0
    };
}
function addUsage(a, b) {
    return {
        inputTokens: a.inputTokens + b.inputTokens,
        outputTokens: a.outputTokens + b.outputTokens,
        cacheCreationInputTokens: a.cacheCreationInputTokens + b.cacheCreationInputTokens,
        cacheReadInputTokens: a.cacheReadInputTokens + b.cacheReadInputTokens
    };
}
const NO_USAGE = {
    inputTokens: 0,
    outputTokens: 0,
    cacheCreationInputTokens: 0,
    cacheReadInputTokens: 0
};
function costOfModel(model, usage, overrides = {}) {
    return costOf(usage, priceOf(model, overrides));
}
/** The Messages API's origin when `anthropic-base-url` is empty. */
const DEFAULT_ANTHROPIC_BASE_URL = 'https://api.anthropic.com';
/**
 * A failure to reach the model at all (connection refused, DNS, timeout,
 * the SDK's APIConnectionError / APIConnectionTimeoutError) as a NetworkError
 * naming `baseUrl` ('' = the SDK's default) and the anthropic-base-url input;
 * undefined for an HTTP answer or anything else.
 */
function modelNetworkError(error, baseUrl = '') {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NetworkError */ .Dr)
        return error;
    const failure = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .findNetworkFailure */ .Ct)(error) ??
        (error instanceof _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_3__/* .Anthropic */ .N.APIConnectionError
            ? { code: undefined, detail: error.message, host: undefined }
            : undefined);
    if (!failure)
        return undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NetworkError */ .Dr({
        service: 'Anthropic API',
        url: baseUrl || DEFAULT_ANTHROPIC_BASE_URL,
        input: 'anthropic-base-url',
        failure,
        cause: error
    });
}
/**
 * A one-line description of an API failure, without the request body or the
 * key, to go after a colon (no capital, no final period). A network failure
 * names the host of `baseUrl` ('' = api.anthropic.com) and anthropic-base-url.
 */
function describeModelError(error, baseUrl = '') {
    const network = modelNetworkError(error, baseUrl);
    if (network) {
        const why = network.code ?? network.detail;
        return `the model API at ${network.host} could not be reached (${why}): check anthropic-base-url and the runner's network`;
    }
    if (error instanceof _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_3__/* .Anthropic */ .N.APIError) {
        const type = error.error?.error?.type;
        return `the model API answered ${error.status ?? 'no status'}${type ? ` (${type})` : ''}`;
    }
    if (error instanceof Error)
        return `the model API could not be reached: ${error.message}`;
    return 'the model API failed';
}


/***/ }),

/***/ 5445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   askSecondOpinion: () => (/* binding */ askSecondOpinion)
/* harmony export */ });
/* harmony import */ var _core_classify_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1726);
/* harmony import */ var _anthropic_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8970);
// A second opinion from a small model when the rules are unsure. The log
// excerpt goes in fenced and labelled as untrusted data; only a valid JSON
// answer within the taxonomy is considered, and a confident rule is never
// overridden (mergeSecondOpinion decides). Failures of the API are warnings.


/**
 * `logTail` is the end of the logs, for when no failure was recognised and
 * there is no excerpt to show.
 */
async function askSecondOpinion(classification, logTail, settings, logger) {
    const client = (0,_anthropic_client_js__WEBPACK_IMPORTED_MODULE_1__/* .createModelClient */ .$L)({
        apiKey: settings.anthropicApiKey,
        baseUrl: settings.anthropicBaseUrl,
        maxRetries: 2,
        logger
    });
    const excerpts = classification.failures.slice(0, 5).map(f => f.excerpt || f.message);
    const excerpt = (excerpts.length ? excerpts : [logTail]).join('\n---\n');
    const prompt = (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_0__/* .buildSecondOpinionPrompt */ .rf)(classification, excerpt);
    try {
        const message = await client.messages.create({
            model: settings.model,
            max_tokens: 400,
            system: prompt.system,
            messages: [{ role: 'user', content: prompt.user }]
        });
        const text = message.content.map(block => (block.type === 'text' ? block.text : '')).join('');
        const opinion = (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSecondOpinion */ .c2)(text);
        const merged = opinion ? (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeSecondOpinion */ .Hq)(classification, opinion) : classification;
        const used = merged !== classification && merged.category !== classification.category;
        return {
            classification: merged,
            report: {
                model: settings.model,
                verdict: opinion
                    ? `${opinion.category} (${opinion.confidence.toFixed(2)}): ${opinion.reason}`
                    : 'no valid answer (ignored)',
                used,
                inputTokens: message.usage.input_tokens,
                outputTokens: message.usage.output_tokens
            }
        };
    }
    catch (error) {
        const why = (0,_anthropic_client_js__WEBPACK_IMPORTED_MODULE_1__/* .describeModelError */ .f9)(error, settings.anthropicBaseUrl);
        logger.warning(`No second opinion: ${why}. The rules' verdict stands.`);
        return {
            classification,
            report: {
                model: settings.model,
                verdict: `unavailable (${why})`,
                used: false,
                inputTokens: 0,
                outputTokens: 0
            }
        };
    }
}


/***/ })

};
