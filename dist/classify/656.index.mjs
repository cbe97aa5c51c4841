export const id = 656;
export const ids = [656];
export const modules = {

/***/ 6656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  askSecondOpinion: () => (/* binding */ askSecondOpinion)
});

// EXTERNAL MODULE: ./src/core/classify/index.ts + 35 modules
var classify = __webpack_require__(256);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/@anthropic-ai/sdk/client.mjs + 226 modules
var client = __webpack_require__(7766);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/models/catalog.ts
var catalog = __webpack_require__(4765);
;// CONCATENATED MODULE: ./src/edges/model/anthropic-client.ts
// The Anthropic Messages API client: the real SDK, pointed at api.anthropic.com
// or at a compatible endpoint (`anthropic-base-url`), with the SDK's own
// retries and backoff for 429/529/5xx. Failures to reach it name the host
// and the anthropic-base-url input (modelNetworkError, describeModelError).




function createModelClient(options) {
    return new client/* Anthropic */.N({
        apiKey: options.apiKey,
        ...(options.baseUrl ? { baseURL: options.baseUrl } : {}),
        ...(options.logger ? { logger: sdkLogger(options.logger) } : {}),
        maxRetries: options.maxRetries ?? 3,
        timeout: options.timeoutMs ?? 120_000
    });
}
/** The SDK's console-shaped logger over ours (its errors are not the step's: warnings). */
function sdkLogger(logger) {
    const line = (write) => (...args) => write((0,external_node_util_.format)(...args));
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
    if (error instanceof errors/* NetworkError */.Dr)
        return error;
    const failure = (0,errors/* findNetworkFailure */.Ct)(error) ??
        (error instanceof client/* Anthropic */.N.APIConnectionError
            ? { code: undefined, detail: error.message, host: undefined }
            : undefined);
    if (!failure)
        return undefined;
    return new errors/* NetworkError */.Dr({
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
    if (error instanceof client/* Anthropic */.N.APIError) {
        const type = error.error?.error?.type;
        return `the model API answered ${error.status ?? 'no status'}${type ? ` (${type})` : ''}`;
    }
    if (error instanceof Error)
        return `the model API could not be reached: ${error.message}`;
    return 'the model API failed';
}

;// CONCATENATED MODULE: ./src/edges/model/second-opinion.ts
// A second opinion from a small model when the rules are unsure. The log
// excerpt goes in fenced and labelled as untrusted data; only a valid JSON
// answer within the taxonomy is considered, and a confident rule is never
// overridden (mergeSecondOpinion decides). Failures of the API are warnings.


/**
 * `logTail` is the end of the logs, for when no failure was recognised and
 * there is no excerpt to show.
 */
async function askSecondOpinion(classification, logTail, settings, logger) {
    const client = createModelClient({
        apiKey: settings.anthropicApiKey,
        baseUrl: settings.anthropicBaseUrl,
        maxRetries: 2,
        logger
    });
    const excerpts = classification.failures.slice(0, 5).map(f => f.excerpt || f.message);
    const excerpt = (excerpts.length ? excerpts : [logTail]).join('\n---\n');
    const prompt = (0,classify/* buildSecondOpinionPrompt */.rf)(classification, excerpt);
    try {
        const message = await client.messages.create({
            model: settings.model,
            max_tokens: 400,
            system: prompt.system,
            messages: [{ role: 'user', content: prompt.user }]
        });
        const text = message.content.map(block => (block.type === 'text' ? block.text : '')).join('');
        const opinion = (0,classify/* parseSecondOpinion */.c2)(text);
        const merged = opinion ? (0,classify/* mergeSecondOpinion */.Hq)(classification, opinion) : classification;
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
        const why = describeModelError(error, settings.anthropicBaseUrl);
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
