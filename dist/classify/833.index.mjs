export const id = 833;
export const ids = [833];
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


/***/ })

};
