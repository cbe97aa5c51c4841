export const id = 445;
export const ids = [445];
export const modules = {

/***/ 85445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   askSecondOpinion: () => (/* binding */ askSecondOpinion)
/* harmony export */ });
/* harmony import */ var _core_classify_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34154);
/* harmony import */ var _anthropic_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98970);
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
    const prompt = (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_0__/* .buildSecondOpinionPrompt */ .rf)(classification, (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_0__/* .secondOpinionExcerpt */ .A)(classification, logTail));
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
