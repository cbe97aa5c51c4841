export const id = 429;
export const ids = [429,833];
export const modules = {

/***/ 47833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseReport: () => (/* binding */ parseReport)
});

// UNUSED EXPORTS: detectReportFormat, looksLikeReport

// EXTERNAL MODULE: ./src/core/classify/paths.ts
var paths = __webpack_require__(84014);
// EXTERNAL MODULE: ./src/core/classify/scanner.ts + 17 modules
var scanner = __webpack_require__(73640);
;// CONCATENATED MODULE: ./src/core/classify/reports/json-reports.ts
function isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function stripAnsi(s) {
    // eslint-disable-next-line no-control-regex
    return s.replace(/\u001b\[[0-9;]*m/g, '');
}
/** vitest and jest share the jest JSON shape: testResults[].assertionResults[]. */
function parseJestJson(doc, relativize) {
    const drafts = [];
    let tests = 0;
    for (const file of Array.isArray(doc.testResults) ? doc.testResults : []) {
        if (!isObj(file))
            continue;
        const name = str(file.name) ?? str(file.testFilePath) ?? '';
        const assertions = Array.isArray(file.assertionResults)
            ? file.assertionResults
            : Array.isArray(file.testResults)
                ? file.testResults
                : [];
        let failedHere = 0;
        for (const a of assertions) {
            if (!isObj(a))
                continue;
            tests++;
            if (a.status !== 'failed')
                continue;
            failedHere++;
            const messages = Array.isArray(a.failureMessages)
                ? a.failureMessages.filter((m) => typeof m === 'string')
                : [];
            const first = stripAnsi(messages[0] ?? 'Test failed');
            const loc = isObj(a.location) ? a.location : undefined;
            const ancestors = Array.isArray(a.ancestorTitles)
                ? a.ancestorTitles.filter((t) => typeof t === 'string')
                : [];
            const title = str(a.title) ?? str(a.fullName) ?? '(unnamed test)';
            const at = new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+):(\\d+)`).exec(first);
            drafts.push({
                category: 'test_fail',
                tool: 'jest-json',
                rule: 'jest-json.failed',
                confidence: 0.9,
                message: first.split('\n')[0],
                excerpt: first.slice(0, 2000),
                file: relativize(name),
                test: [...ancestors, title].join(' > '),
                ...(typeof loc?.line === 'number'
                    ? { line: loc.line, column: typeof loc.column === 'number' ? loc.column : undefined }
                    : at
                        ? { line: Number(at[1]), column: Number(at[2]) }
                        : {})
            });
        }
        if (failedHere === 0 && file.status === 'failed') {
            const message = stripAnsi(str(file.message) ?? 'Test file failed to run');
            drafts.push({
                category: 'test_fail',
                tool: 'jest-json',
                rule: 'jest-json.suite-failed',
                confidence: 0.8,
                message: message.trim().split('\n')[0] ?? message,
                excerpt: message.slice(0, 2000),
                file: relativize(name)
            });
        }
    }
    return { drafts, tests };
}
/** eslint -f json: [{filePath, messages: [{ruleId, severity, message, line, column}]}]. */
function parseEslintJson(doc, relativize) {
    const drafts = [];
    for (const file of doc) {
        if (!isObj(file) || !Array.isArray(file.messages))
            continue;
        for (const m of file.messages) {
            if (!isObj(m) || m.severity !== 2)
                continue;
            const message = str(m.message) ?? 'Lint error';
            const fatal = m.fatal === true;
            drafts.push({
                category: fatal ? 'compile_error' : 'lint_error',
                tool: 'eslint',
                rule: fatal ? 'eslint-json.parsing-error' : 'eslint-json.error',
                confidence: fatal ? 0.75 : 0.9,
                message,
                excerpt: message,
                file: relativize(str(file.filePath) ?? ''),
                ...(typeof m.line === 'number' ? { line: m.line } : {}),
                ...(typeof m.column === 'number' ? { column: m.column } : {}),
                ...(str(m.ruleId) ? { errorCode: str(m.ruleId) } : {})
            });
        }
    }
    return { drafts, tests: 0 };
}
/** go test -json: one event per line; failed tests with their output. */
function parseGoJson(content, relativize) {
    const drafts = [];
    const outputs = new Map();
    let tests = 0;
    let bad = 0;
    const failedTests = new Set();
    for (const line of content.split('\n')) {
        if (!line.startsWith('{'))
            continue;
        let ev;
        try {
            ev = JSON.parse(line);
        }
        catch {
            bad++;
            continue;
        }
        const key = `${ev.Package ?? ''}\u0000${ev.Test ?? ''}`;
        if (ev.Action === 'output' && ev.Output !== undefined) {
            const list = outputs.get(key) ?? [];
            if (list.length < 50)
                list.push(ev.Output.replace(/\n$/, ''));
            outputs.set(key, list);
        }
        else if ((ev.Action === 'pass' || ev.Action === 'fail') && ev.Test) {
            tests++;
            if (ev.Action === 'fail')
                failedTests.add(ev.Test);
            if (ev.Action !== 'fail')
                continue;
            const outs = outputs.get(key) ?? [];
            const loc = outs.map(o => /^\s+([\w./-]+\.go):(\d+): (.*)$/.exec(o)).find(x => x);
            drafts.push({
                category: 'test_fail',
                tool: 'go',
                rule: 'go-json.fail',
                confidence: 0.9,
                message: loc?.[3] ?? 'Test failed',
                excerpt: outs.join('\n').slice(0, 2000),
                test: ev.Test.replace(/\//g, ' > '),
                errorCode: ev.Package,
                ...(loc ? { file: relativize(loc[1]), line: Number(loc[2]) } : {})
            });
        }
        else if (ev.Action === 'fail' && !ev.Test) {
            const outs = outputs.get(key) ?? [];
            const build = outs.find(o => /\[build failed\]|\.go:\d+:\d+: /.test(o));
            if (build)
                drafts.push({
                    category: 'compile_error',
                    tool: 'go',
                    rule: 'go-json.build-failed',
                    confidence: 0.8,
                    message: build.trim(),
                    excerpt: outs.join('\n').slice(0, 2000),
                    errorCode: ev.Package
                });
        }
    }
    // Parents fail because a subtest did: keep the subtests.
    const kept = drafts.filter(d => !d.test || ![...failedTests].some(t => t.startsWith(`${d.test?.replace(/ > /g, '/')}/`)));
    return {
        drafts: kept,
        tests,
        ...(bad > 0 && tests === 0 ? { error: 'Not valid go test -json output.' } : {})
    };
}

// EXTERNAL MODULE: ./src/core/classify/reports/detect.ts
var detect = __webpack_require__(65411);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(41143);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(75824);
;// CONCATENATED MODULE: ./src/core/classify/reports/junit.ts
// JUnit XML from any producer (surefire, pytest, jest-junit, vitest, go-junit-report,
// dotnet trx-to-junit, gradle\u2026), read with a real XML parser.

const parser = new XMLParser/* default */.A({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    textNodeName: '#text',
    isArray: name => ['testsuite', 'testcase', 'failure', 'error', 'property'].includes(name),
    processEntities: true,
    htmlEntities: true,
    parseTagValue: false,
    parseAttributeValue: false
});
function asArray(v) {
    if (v === undefined || v === null)
        return [];
    return (Array.isArray(v) ? v : [v]).filter((x) => typeof x === 'object' && x !== null);
}
function junit_text(node) {
    if (node === undefined)
        return '';
    if (typeof node === 'string')
        return node;
    const t = node['#text'];
    return typeof t === 'string' ? t : '';
}
function attr(node, name) {
    const v = node[`@${name}`];
    return typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
}
const LOCATION = /(?:^|[\s(])((?:[A-Za-z]:)?[\w./\\-]+\.(?:[cm]?[jt]sx?|py|go|rs|java|kt|rb|cs|php|swift|scala)):(\d+)/;
function walkSuites(node, out, depth = 0) {
    if (depth > 20)
        return;
    for (const suite of asArray(node.testsuite)) {
        out.push(suite);
        walkSuites(suite, out, depth + 1);
    }
}
function parseJunit(content, relativize) {
    const valid = fxp/* XMLValidator */.iI.validate(content);
    const error = valid === true ? undefined : `Malformed JUnit XML (line ${valid.err.line}): ${valid.err.msg}`;
    let doc;
    try {
        doc = parser.parse(content);
    }
    catch (e) {
        return {
            drafts: [],
            tests: 0,
            error: error ?? `Malformed JUnit XML: ${e instanceof Error ? e.message : String(e)}`
        };
    }
    const suites = [];
    const root = asArray(doc.testsuites)[0];
    if (root)
        walkSuites(root, suites);
    walkSuites(doc, suites);
    const drafts = [];
    let tests = 0;
    for (const suite of suites) {
        const suiteFile = attr(suite, 'file') ?? attr(suite, 'filepath');
        for (const tc of asArray(suite.testcase)) {
            tests++;
            const problems = [
                ...asArray(tc.failure).map(n => ['failure', n]),
                ...asArray(tc.error).map(n => ['error', n])
            ];
            if (problems.length === 0)
                continue;
            const [kind, node] = problems[0];
            const body = junit_text(node).trim();
            const message = (attr(node, 'message') ??
                body.split('\n').find(l => l.trim()) ??
                `Test ${kind}`).trim();
            const type = attr(node, 'type');
            const file = attr(tc, 'file') ?? suiteFile;
            const loc = LOCATION.exec(body);
            const classname = attr(tc, 'classname');
            const name = attr(tc, 'name') ?? '(unnamed test)';
            const fromClass = !file &&
                classname &&
                /^[\w.$]+$/.test(classname) &&
                classname.includes('.') &&
                !/\.py$/.test(classname);
            const resolvedFile = file ?? (loc ? loc[1] : undefined);
            drafts.push({
                category: 'test_fail',
                tool: 'junit',
                rule: kind === 'failure' ? 'junit.failure' : 'junit.error',
                confidence: 0.9,
                message: type && !message.startsWith(type) ? `${type}: ${message}` : message,
                excerpt: body.slice(0, 2000),
                test: classname && classname !== resolvedFile ? `${classname} > ${name}` : name,
                ...(resolvedFile ? { file: relativize(resolvedFile) } : fromClass ? {} : {}),
                ...(attr(tc, 'line')
                    ? { line: Number(attr(tc, 'line')) }
                    : loc && resolvedFile && loc[1].endsWith(resolvedFile.replace(/^\.\//, ''))
                        ? { line: Number(loc[2]) }
                        : {})
            });
        }
    }
    if (!error && tests === 0 && suites.length === 0)
        return { drafts, tests, error: 'No <testsuite> or <testcase> elements: not a JUnit report.' };
    return { drafts, tests, ...(error ? { error } : {}) };
}

;// CONCATENATED MODULE: ./src/core/classify/reports/index.ts
// parseReport: a structured test or lint report in, failures out. The format is
// detected from the content (the file name is only a hint). Never throws.






/** Parse a report file's content. Binary, empty or malformed input gives a result with `error`, never a throw. */
function parseReport(content, fileName = '', options = {}) {
    const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    const r = parseBare(content, fileName, options);
    const signals = { exitCodes: [], errorMarkers: [], failedSteps: [] };
    const stats = {
        bytes,
        candidateLines: 0,
        regions: 0,
        failuresFound: r.failures.length,
        failuresDropped: 0
    };
    if (r.format === 'binary')
        stats.binary = true;
    const failures = fileName ? r.failures.map(f => ({ ...f, source: fileName })) : r.failures;
    return { ...r, failures, signals, stats, ...(fileName ? { source: fileName } : {}) };
}
function parseBare(content, fileName, options) {
    const text = typeof content === 'string' ? content : content.toString('utf8');
    const roots = [...(options.roots ?? []), ...(options.workspace ? [options.workspace] : [])];
    const relativize = (0,paths/* makeRelativizer */.O)(roots);
    const format = (0,detect/* detectReportFormat */.f)(text, fileName);
    const done = (r) => ({
        format,
        failures: r.drafts.map(d => (0,scanner/* toFailure */.w2)(d, roots)),
        tests: r.tests,
        ...(r.error ? { error: r.error } : {})
    });
    try {
        switch (format) {
            case 'empty':
                return { format, failures: [], tests: 0, error: `${fileName || 'The report'} is empty.` };
            case 'binary':
                return {
                    format,
                    failures: [],
                    tests: 0,
                    error: `${fileName || 'The report'} is binary data, not a test or lint report.`
                };
            case 'junit':
                return done(parseJunit(text, relativize));
            case 'go-test-json':
                return done(parseGoJson(text, relativize));
            case 'eslint-json':
            case 'jest-json': {
                let doc;
                try {
                    doc = JSON.parse(text);
                }
                catch (e) {
                    return {
                        format,
                        failures: [],
                        tests: 0,
                        error: `Malformed JSON report: ${e instanceof Error ? e.message : String(e)}`
                    };
                }
                if (format === 'eslint-json')
                    return Array.isArray(doc)
                        ? done(parseEslintJson(doc, relativize))
                        : { format, failures: [], tests: 0, error: 'An eslint JSON report must be an array.' };
                return typeof doc === 'object' && doc !== null && !Array.isArray(doc)
                    ? done(parseJestJson(doc, relativize))
                    : { format, failures: [], tests: 0, error: 'A jest/vitest JSON report must be an object.' };
            }
            default:
                return {
                    format: 'unknown',
                    failures: [],
                    tests: 0,
                    error: `${fileName || 'The file'} is not a report format classify reads (JUnit XML, jest/vitest JSON, go test -json, eslint JSON); read it as a log instead.`
                };
        }
    }
    catch (e) {
        return {
            format,
            failures: [],
            tests: 0,
            error: `Could not read ${fileName || 'the report'}: ${e instanceof Error ? e.message : String(e)}`
        };
    }
}


/***/ }),

/***/ 17429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  askSecondOpinion: () => (/* binding */ askSecondOpinion)
});

// EXTERNAL MODULE: ./src/core/classify/learned/index.ts + 2 modules
var learned = __webpack_require__(62796);
// EXTERNAL MODULE: ./src/core/classify/rules.ts
var rules = __webpack_require__(22857);
// EXTERNAL MODULE: ./src/core/classify/scanner.ts + 17 modules
var scanner = __webpack_require__(73640);
// EXTERNAL MODULE: ./src/core/classify/normalize.ts
var normalize = __webpack_require__(31637);
// EXTERNAL MODULE: ./src/core/classify/fingerprint.ts + 5 modules
var fingerprint = __webpack_require__(42507);
// EXTERNAL MODULE: ./src/core/classify/parsers/signatures.ts + 5 modules
var signatures = __webpack_require__(19573);
// EXTERNAL MODULE: ./src/core/classify/combine.ts
var combine = __webpack_require__(74203);
// EXTERNAL MODULE: ./src/core/classify/reports/index.ts + 2 modules
var reports = __webpack_require__(47833);
// EXTERNAL MODULE: ./src/core/classify/second-opinion.ts
var second_opinion = __webpack_require__(13451);
;// CONCATENATED MODULE: ./src/core/classify/index.ts
// Public API of classify's pure core: logs and reports in, failures and a verdict out.
// No @actions/* imports: strings, buffers and streams only.














/** Scan and classify a streamed log. */
async function classifyLog(source, options = {}) {
    const r = await scanLog(source, options);
    return classify(r.failures, r.signals, r.stats, options.maxFailures);
}
/** Scan and classify a log already in memory. */
function classifyText(text, options = {}) {
    const r = scanText(text, options);
    return classify(r.failures, r.signals, r.stats, options.maxFailures);
}
/**
 * Scan and classify a streamed log; where the rules are weak, the evidence model reads what
 * the scanner kept (its chunk is loaded only then).
 */
async function classifyLogWithModel(source, options = {}) {
    const r = await scanLog(source, options);
    return refineWithModel(classify(r.failures, r.signals, r.stats, options.maxFailures), evidenceText([r]));
}
/**
 * Scan and classify a text in memory; where the rules are weak, the evidence model reads the
 * text itself (its chunk is loaded only then).
 */
async function classifyTextWithModel(text, options = {}) {
    const c = classifyText(text, options);
    return refineWithModel(c, modelText(typeof text === 'string' ? text : text.toString('utf8')));
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/@anthropic-ai/sdk/client.mjs + 226 modules
var client = __webpack_require__(7766);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/models/catalog.ts
var catalog = __webpack_require__(94765);
;// CONCATENATED MODULE: ./src/edges/model/anthropic-client.ts
// The Anthropic Messages API client: the real SDK, pointed at api.anthropic.com
// or at a compatible endpoint (`anthropic-base-url`), with the SDK's own
// retries and backoff for 429/529/5xx. Failures to reach it name the host
// and the anthropic-base-url input (modelNetworkError, describeModelError).




/** The client's timeout for a request when nothing says otherwise (a short classify request). */
const DEFAULT_REQUEST_TIMEOUT_MS = 120_000;
function createModelClient(options) {
    return new client/* Anthropic */.N({
        apiKey: options.apiKey,
        ...(options.baseUrl ? { baseURL: options.baseUrl } : {}),
        ...(options.logger ? { logger: sdkLogger(options.logger) } : {}),
        maxRetries: options.maxRetries ?? 3,
        timeout: options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS
    });
}
/** The slowest output rate the SDK plans a non-streaming request for (`calculateNonstreamingTimeout`). */
const SLOWEST_OUTPUT_TOKENS_PER_HOUR = 128_000;
/**
 * The timeout of one non-streaming request that may generate `maxTokens`:
 * the client's own (`baseMs`), or as long as generating them can take at the
 * slowest rate, whichever is longer. A shorter timeout cuts off a long answer
 * that is still coming, and the SDK then retries it, paying for each try.
 */
function requestTimeoutMs(maxTokens, baseMs = DEFAULT_REQUEST_TIMEOUT_MS) {
    return Math.max(baseMs, Math.ceil((3_600_000 * maxTokens) / SLOWEST_OUTPUT_TOKENS_PER_HOUR));
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
    const prompt = (0,second_opinion/* buildSecondOpinionPrompt */.rf)(classification, (0,second_opinion/* secondOpinionExcerpt */.A)(classification, logTail));
    try {
        const message = await client.messages.create({
            model: settings.model,
            max_tokens: 400,
            system: prompt.system,
            messages: [{ role: 'user', content: prompt.user }]
        });
        const text = message.content.map(block => (block.type === 'text' ? block.text : '')).join('');
        const opinion = (0,second_opinion/* parseSecondOpinion */.c2)(text);
        const merged = opinion ? (0,second_opinion/* mergeSecondOpinion */.Hq)(classification, opinion) : classification;
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
