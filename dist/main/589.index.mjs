export const id = 589;
export const ids = [589];
export const modules = {

/***/ 3598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ei: () => (/* binding */ reportDir),
/* harmony export */   XB: () => (/* binding */ uploadClassifyFiles),
/* harmony export */   Zn: () => (/* binding */ uploadFiles)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _artifact_step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70596);
// classify's files as the run's workflow artifact (../artifact-step.ts): the
// report JSON and, with `ledger: artifact`, the ledger it wrote (read back by
// the next run: edges/github/artifact-ledger.ts), whichever of them exist.
// mode: patterns uploads its metrics.json and its report (the patterns
// output and what the run did) the same way.


/** `classifiedRunId`: the run the report is about (its file is named for it). */
var uploadClassifyFiles = (async function uploadClassifyFiles(deps, classifiedRunId) {
    const dir = reportDir(deps);
    await uploadFiles(deps, [
        (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, `classify-report-${classifiedRunId ?? deps.context.runId}.json`),
        (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'ledger', 'ledger.jsonl')
    ]);
});
/** ci-medic's folder under RUNNER_TEMP: the artifact's paths start here. */
var reportDir = (function reportDir(deps) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(deps.context.tempDir, 'ci-medic');
});
/** Those of `files` (under reportDir) that exist, as this run's artifact (mode: patterns: metrics.json and its report). */
var uploadFiles = (async function uploadFiles(deps, files) {
    await (0,_artifact_step_js__WEBPACK_IMPORTED_MODULE_1__/* .uploadRunFiles */ .SO)({
        action: 'classify',
        settings: deps.settings,
        context: deps.context,
        io: deps.io,
        rootDirectory: reportDir(deps),
        files
    });
});


/***/ }),

/***/ 10155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ couldNot)
/* harmony export */ });
/* harmony import */ var _edges_github_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70925);
/* harmony import */ var _edges_github_http_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66737);


/** `what` is the thing attempted, e.g. "Write the ledger". */
function couldNot(journal, code, what, failure) {
    const { error, permission } = failure;
    journal.couldNot(code, `${what}: ${(0,_edges_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeGitHubError */ .dZ)(error, permission)}`, permissionOf(error, permission));
}
/** The permission to add, only when the request was refused for want of one. */
function permissionOf(error, expected) {
    if ((0,_edges_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isGitHubApiError */ .ID)(error))
        return (0,_edges_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .missingPermission */ .Up)(error);
    const status = (0,_edges_github_http_status_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c)(error);
    return status === 401 || status === 403 ? expected : undefined;
}


/***/ }),

/***/ 31589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CLASSIFY_FAILURE_OUTPUTS: () => (/* reexport */ failure_outputs/* CLASSIFY_FAILURE_OUTPUTS */.r),
  classify: (() => (/* binding */ run_classify)),
  runClassify: () => (/* binding */ runClassify)
});

// EXTERNAL MODULE: ./src/core/journal.ts
var core_journal = __webpack_require__(44608);
// EXTERNAL MODULE: ./src/core/classify/code-change.ts
var code_change = __webpack_require__(20862);
// EXTERNAL MODULE: ./src/core/classify/flake-evidence.ts
var flake_evidence = __webpack_require__(56869);
// EXTERNAL MODULE: ./src/core/report/markdown.ts
var markdown = __webpack_require__(34201);
;// CONCATENATED MODULE: ./src/core/report/classify-summary.ts
// The job summary of a classify run: verdict, next action and why, what was
// done and what could not be done (with the permission that would allow it),
// and a table of the failures. The summary, the report JSON and the one-line
// summary are all rendered from one ClassifyOutcome, whose `journal` is the
// run journal's entries (core/journal.ts).




const MAX_ROWS = 30;
var classify_summary_location = (function classify_summary_location(f) {
    if (!f.file)
        return '';
    return f.line ? `${f.file}:${f.line}` : f.file;
});
/** One line for the `summary` output and the log. */
var oneLineSummary = (function oneLineSummary(o) {
    const { classification: c, decision: d } = o;
    if (c.failures.length === 0)
        return `No failure recognised in ${o.sources.length} log(s): ${d.action}.`;
    const root = c.failures[0];
    const where = classify_summary_location(root);
    const what = root.test ?? root.errorCode ?? (0,markdown/* truncate */.xv)(root.message.replace(/\s+/g, ' '), 80);
    return `${c.category} (${c.confidence.toFixed(2)}): ${c.failures.length} failure(s), first ${where ? `${where} ` : ''}${what} \u2192 ${d.action}`;
});
/** The journal as a person reads it: what was done, and what could not be (with what it needs). */
var doneAndNotDone = (function doneAndNotDone(o) {
    return {
        done: o.journal.filter(e => e.kind === 'done').map(e => e.text),
        notDone: o.journal.filter(e => e.kind === 'could-not').map(core_journal/* describeEntry */.OY)
    };
});
/**
 * The JSON report at `report-path`: the outcome, with the journal both as the
 * plain `done` / `notDone` lists earlier versions wrote and as coded entries.
 */
var classifyReport = (function classifyReport(o) {
    return {
        version: 1,
        classification: o.classification,
        decision: o.decision,
        sources: o.sources,
        run: o.run,
        ...doneAndNotDone(o),
        secondOpinion: o.secondOpinion,
        drift: o.drift,
        journal: o.journal
    };
});
var renderClassifySummary = (function renderClassifySummary(o) {
    const { classification: c, decision: d } = o;
    const lines = [`## ci-medic classify: \`${c.category}\``, ''];
    if (o.run) {
        lines.push(`**Run**: [${(0,markdown/* cell */.Hn)(o.run.workflow)} #${o.run.id}](${o.run.url}) attempt ${o.run.attempt}, on \`${(0,markdown/* cell */.Hn)(o.run.branch)}\` at \`${o.run.sha.slice(0, 7)}\``);
    }
    lines.push(`**Logs read**: ${o.sources.map(s => `\`${(0,markdown/* cell */.Hn)(s, 80)}\``).join(', ') || 'none'}`, `**Verdict**: \`${c.category}\`, confidence ${c.confidence.toFixed(2)}, by rule \`${(0,markdown/* cell */.Hn)(c.rule)}\`: ${(0,markdown/* cell */.Hn)(c.reason, 400)}`, `**Next action**: **${d.action}**: ${(0,markdown/* cell */.Hn)(d.reason, 400)}`, `**Fingerprint**: \`${c.fingerprint}\``);
    if (o.secondOpinion) {
        const s = o.secondOpinion;
        lines.push(`**Second opinion** (${(0,markdown/* cell */.Hn)(s.model)}, ${s.inputTokens} input / ${s.outputTokens} output tokens): ${(0,markdown/* cell */.Hn)(s.verdict, 300)}${s.used ? '' : ' (not used)'}`);
    }
    lines.push('');
    const { done, notDone } = doneAndNotDone(o);
    if (done.length)
        lines.push('**Done**', '', ...done.map(x => `- ${x}`), '');
    if (notDone.length)
        lines.push('**Could not do**', '', ...notDone.map(x => `- ${x}`), '');
    lines.push(...driftSection(o.drift), ...retriedSection(c));
    if (c.failures.length) {
        lines.push(`### Failures (${c.failures.length}${c.stats.failuresDropped ? ` shown, ${c.stats.failuresDropped} more not kept` : ''})`, '');
        const rows = c.failures
            .slice(0, MAX_ROWS)
            .map(f => [
            `\`${f.category}\``,
            (0,markdown/* cell */.Hn)(classify_summary_location(f), 80),
            (0,markdown/* cell */.Hn)(f.test, 100),
            (0,markdown/* cell */.Hn)(f.errorCode, 40),
            (0,markdown/* cell */.Hn)(f.message, 200)
        ]);
        lines.push((0,markdown/* table */.tp)(['category', 'file:line', 'test', 'code', 'message'], rows));
        if (c.failures.length > MAX_ROWS)
            lines.push('', `\u2026and ${c.failures.length - MAX_ROWS} more in the JSON report.`);
        const root = c.failures[0];
        if (root.excerpt) {
            lines.push('', '<details><summary>Log excerpt of the first root-cause failure (untrusted text)</summary>', '', (0,markdown/* fence */.EU)((0,markdown/* truncate */.xv)(root.excerpt, 4000)), '', '</details>');
        }
    }
    lines.push('');
    return lines.join('\n');
});
const MAX_RETRIED = 10;
/** "Passed on a retry": the tests the run's own retries showed flaky (the ledger counts them). */
var retriedSection = (function retriedSection(c) {
    const retried = (0,flake_evidence/* passedOnRetry */.oc)(c.failures);
    if (!retried.length)
        return [];
    const items = retried
        .slice(0, MAX_RETRIED)
        .map(f => `- \`${(0,markdown/* cell */.Hn)(f.test ?? f.message, 120)}\`${f.file ? ` in \`${(0,markdown/* cell */.Hn)(classify_summary_location(f), 80)}\`` : ''}`);
    const more = retried.length > MAX_RETRIED ? [`- \u2026and ${retried.length - MAX_RETRIED} more`] : [];
    return [
        `**Passed on a retry** (flaky; the ledger records them as known flakes): ${retried.length}`,
        '',
        ...items,
        ...more,
        ''
    ];
});
const MAX_DRIFT_ROWS = 20;
/** "Changed since the last green run (#N, sha)": the versions that moved, then the tools only this run has. */
var driftSection = (function driftSection(report) {
    if (!report)
        return [];
    const { changed, added } = report.drift;
    const { green } = report;
    const title = `### Changed since the last green run ([#${green.runNumber}](${green.url}), \`${green.sha.slice(0, 7)}\`; job \`${(0,markdown/* cell */.Hn)(report.job, 80)}\`)`;
    if (!changed.length && !added.length)
        return [title, '', 'No tool or package version the logs state changed.', ''];
    const rows = [...changed, ...added]
        .slice(0, MAX_DRIFT_ROWS)
        .map(ch => [
        (0,markdown/* cell */.Hn)(ch.name, 80),
        ch.kind,
        (0,markdown/* cell */.Hn)(ch.before.join(', '), 80) || 'not stated',
        (0,markdown/* cell */.Hn)(ch.after.join(', '), 80)
    ]);
    const more = changed.length + added.length - rows.length;
    return [
        title,
        '',
        (0,markdown/* table */.tp)(['name', 'kind', 'last green run', 'this run'], rows),
        ...(more > 0 ? ['', `\u2026and ${more} more in the JSON report.`] : []),
        ...codeLines(report),
        ''
    ];
});
/** What the repository's commits changed between the two runs: is the drift all that changed? */
function codeLines({ code, codeNotCompared }) {
    if (code) {
        const pure = code.pure ? ' **Pure drift**: the changed versions are all that changed.' : '';
        return [
            '',
            `**The repository between the two runs**: ${(0,markdown/* cell */.Hn)((0,code_change/* describeCodeChange */.JI)(code), 600)}.${pure}`
        ];
    }
    return codeNotCompared
        ? ['', `**The repository between the two runs**: not compared (${(0,markdown/* cell */.Hn)(codeNotCompared, 300)}).`]
        : [];
}

// EXTERNAL MODULE: ./src/actions/classify/could-not.ts
var could_not = __webpack_require__(10155);
;// CONCATENATED MODULE: ./src/actions/classify/act.ts


var act = (async function act(deps, outcome, journal) {
    const { settings } = deps;
    const { decision, run } = outcome;
    if (!decision.act)
        return;
    const gh = await deps.github();
    if (!gh)
        return;
    if (!settings.logPath && run) {
        if (decision.action === 'rerun')
            await rerun(gh, run, journal);
        else if (decision.action === 'autofix') {
            const { fingerprint } = outcome.classification;
            await dispatchAutofix(gh, { workflow: settings.dispatchAutofix, run, fingerprint }, journal);
        }
        else if (decision.action === 'alert')
            await act_alert(gh, outcome, journal);
    }
    else if (decision.action === 'alert' && settings.ledger !== 'none') {
        // A local log with a token: there is no run to rerun, but a person can be told.
        await act_alert(gh, outcome, journal);
    }
});
async function rerun(gh, run, journal) {
    try {
        await gh.api.rerunFailedJobs(gh.client, gh.repo, run.id);
        journal.done('rerun-requested', `Rerun of the failed jobs of run ${run.id} requested.`);
    }
    catch (error) {
        (0,could_not/* couldNot */.N)(journal, 'rerun-requested', 'Rerun the failed jobs', {
            error,
            permission: 'actions: write'
        });
    }
}
/**
 * Dispatches the autofix workflow (its file from the default branch), with
 * the run id and fingerprint; for a failure on another branch of this
 * repository (a pull request's), also that branch and the failed commit, so
 * autofix checks out what failed and its PR goes into that branch.
 */
async function dispatchAutofix(gh, { workflow, run, fingerprint }, journal) {
    let onBranch = false;
    try {
        const { data } = await gh.client.rest.repos.get({ ...gh.repo });
        onBranch = run.branch !== '' && run.branch !== data.default_branch;
        const dispatched = await gh.api.dispatchWorkflow(gh.client, gh.repo, {
            workflow,
            ref: data.default_branch,
            inputs: {
                'run-id': String(run.id),
                fingerprint,
                ...(onBranch ? { 'base-branch': run.branch, 'head-sha': run.sha } : {})
            }
        });
        const target = onBranch ? ` to fix ${run.branch} at ${run.sha.slice(0, 7)}` : '';
        journal.done('autofix-dispatched', `Dispatched ${workflow} on ${data.default_branch}${target}${dispatched.htmlUrl ? `: ${dispatched.htmlUrl}` : ''}.`);
    }
    catch (error) {
        // GitHub refuses inputs the workflow does not declare (422 "Unexpected inputs provided").
        const inputs = onBranch
            ? ' for a pull request branch (its workflow_dispatch must declare the inputs base-branch and head-sha, as the example workflow does)'
            : '';
        (0,could_not/* couldNot */.N)(journal, 'autofix-dispatched', `Dispatch ${workflow}${inputs}`, {
            error,
            permission: 'actions: write'
        });
    }
}
const ALERT_CODES = {
    opened: 'alert-opened',
    updated: 'alert-updated',
    reopened: 'alert-reopened'
};
async function act_alert(gh, { classification, decision, run, drift }, journal) {
    const where = run ? `${run.workflow} #${run.id}` : 'a local log';
    // The issue shows the verdict, what changed since the last green run and the failures, not this run's journal.
    const details = renderClassifySummary({
        classification,
        decision,
        sources: [],
        run,
        journal: [],
        drift
    });
    try {
        const result = await gh.api.raiseAlert(gh.client, gh.repo, await gh.botLogin(), {
            fingerprint: classification.fingerprint,
            title: `ci-medic: ${classification.category} in ${run?.workflow ?? 'CI'} (${classification.fingerprint.slice(0, 8)})`,
            details,
            failures: [...new Set(classification.failures.map(f => f.fingerprint))],
            occurrence: `Seen again in ${run ? `[${where}](${run.url})` : where}`
        });
        journal.done(ALERT_CODES[result.action], `Alert issue #${result.number} ${result.action} (occurrence ${result.occurrences}): ${result.url}`);
    }
    catch (error) {
        (0,could_not/* couldNot */.N)(journal, 'alert-opened', 'Open or update the alert issue', {
            error,
            permission: 'issues: write'
        });
    }
}

// EXTERNAL MODULE: ./src/actions/classify/artifact.ts
var artifact = __webpack_require__(3598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/runtime/action-inputs.ts + 1 modules
var action_inputs = __webpack_require__(38173);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/edges/files/light-fs.ts
var light_fs = __webpack_require__(90248);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/runtime/inert-text.ts
var inert_text = __webpack_require__(94326);
// EXTERNAL MODULE: ./src/runtime/outputs.ts
var outputs = __webpack_require__(18506);
// EXTERNAL MODULE: ./src/runtime/stdout.ts
var stdout = __webpack_require__(15505);
;// CONCATENATED MODULE: ./src/runtime/command-io.ts
// The runner's ActionIO written straight to the runner's channels, without
// @actions/core: workflow commands on stdout (`::name key=value,\u2026::data`),
// outputs appended to the GITHUB_OUTPUT file as `name<<delimiter` blocks, and
// the job summary appended to the GITHUB_STEP_SUMMARY file. Loading
// @actions/core costs a step about 150 ms of CPU and 30 MB (its OIDC client
// pulls in the HTTP stack), which is most of classify's start-up on a local
// log; what classify says needs none of it. The bytes written are the ones
// runnerIO (over @actions/core) writes for the same calls, escaping included
// (test/security/workflow-commands.test.ts runs both and compares).
//
// Escaping: a command's data has %, CR and LF escaped, and its property
// values also : and ,, so no text can end the command's line or add a
// property; an output's delimiter is random and refused if the value holds it.






var escapeData = (function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
});
var escapeProperty = (function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
});
/** One workflow command line; properties with an empty value are left out. */
var workflowCommand = (function workflowCommand(name, properties, data) {
    const keys = Object.keys(properties);
    const set = keys
        .filter(k => properties[k])
        .map(k => `${k}=${escapeProperty(String(properties[k]))}`);
    return `::${name}${keys.length > 0 ? ` ${set.join(',')}` : ''}::${escapeData(data)}`;
});
var issue = (function issue(name, properties, data) {
    (0,stdout/* writeStdout */.j)(workflowCommand(name, properties, data) + external_node_os_.EOL);
});
/** The annotation properties in the order and under the names the runner reads. */
var annotationProperties = (function annotationProperties(place) {
    if (Object.keys(place).length === 0)
        return {};
    return {
        title: place.title === undefined ? undefined : (0,inert_text/* oneLine */.TN)(place.title),
        file: place.file === undefined ? undefined : (0,inert_text/* oneLine */.TN)(place.file),
        line: place.startLine,
        endLine: undefined,
        col: place.startColumn,
        endColumn: undefined
    };
});
/**
 * A random (version 4) UUID, as node:crypto's randomUUID gives, read from /dev/urandom where
 * there is one: loading node:crypto for it cost classify's start-up some 20 M instructions
 * (#11). Elsewhere (Windows) node:crypto's.
 */
var randomUUID = (function randomUUID() {
    const bytes = Buffer.alloc(16);
    try {
        const fd = (0,external_node_fs_.openSync)('/dev/urandom', 'r');
        try {
            if ((0,external_node_fs_.readSync)(fd, bytes, 0, 16, null) !== 16)
                throw new Error('short read');
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch {
        return process.getBuiltinModule('node:crypto').randomUUID();
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
});
var setOutput = (function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT || '';
    if (!file) {
        (0,stdout/* writeStdout */.j)(external_node_os_.EOL);
        issue('set-output', { name }, value);
        return;
    }
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
});
var appendSummary = (async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    try {
        await (0,light_fs/* access */.T_)(file, light_fs/* constants */.AA.R_OK | light_fs/* constants */.AA.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await (0,light_fs/* appendFile */.dl)(file, markdown, { encoding: 'utf8' });
});
const logger = {
    debug: message => issue('debug', {}, (0,inert_text/* inert */.tJ)(message)),
    info: (message => (0,stdout/* writeStdout */.j)((0,inert_text/* inert */.tJ)(message) + external_node_os_.EOL)),
    warning: message => issue('warning', {}, message),
    error: message => issue('error', {}, message)
};
/** The runner's ActionIO, written directly (no @actions/core). */
var commandIO = (function commandIO() {
    return {
        logger,
        async group(name, body) {
            issue('group', {}, (0,inert_text/* oneLine */.TN)(name));
            try {
                return await body();
            }
            finally {
                issue('endgroup', {}, '');
            }
        },
        setOutputs: (values => (0,outputs/* setOutputs */.n0)({ setOutput }, values)),
        writeSummary: appendSummary,
        annotate: ((message, place) => issue('error', annotationProperties(place), message)),
        notice: (message => issue('notice', {}, message))
    };
});

// EXTERNAL MODULE: ./src/models/catalog.ts
var catalog = __webpack_require__(94765);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/settings/fields.ts
var fields = __webpack_require__(20764);
// EXTERNAL MODULE: ./src/settings/common-fields.ts
var common_fields = __webpack_require__(63192);
// EXTERNAL MODULE: ./src/settings/ledger-fields.ts
var ledger_fields = __webpack_require__(77328);
;// CONCATENATED MODULE: ./src/settings/classify-settings.ts





const classifyFields = {
    'log-path': (0,fields/* text */.Qq)('test-results/**/*.xml', ''),
    'run-id': (0,common_fields/* runId */.Vz)(),
    ...common_fields/* githubFields */.bA,
    ...(0,common_fields/* modelFields */.D0)(catalog/* DEFAULT_MODELS */.$b.classify),
    'rerun-transient': (0,fields/* bool */.lc)(true),
    'dispatch-autofix': (0,fields/* matching */.wC)(/^([\w.-]+\.ya?ml|\d+)$/, 'must be a workflow file name (like autofix.yml) or a workflow id, or empty to turn dispatch off', 'ci-medic-autofix.yml'),
    ...ledger_fields/* ledgerFields */.Xx,
    ...common_fields/* artifactFields */.Uq,
    // mode: patterns (the weekly learnings) and what it reads and writes.
    mode: (0,fields/* oneOf */.yL)(['classify', 'patterns'], 'classify'),
    'period-days': (0,fields/* int */.Wh)(7, 1, 366),
    'min-occurrences': (0,fields/* int */.Wh)(2, 0, 10_000),
    'patterns-path': (0,fields/* matching */.wC)(/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[\w./-]+$/, 'must be a directory inside the repository, like docs/patterns', 'docs/patterns', 'docs/patterns'),
    // The URL of an incoming webhook carries its credential: masked like a token.
    'webhook-url': { ...(0,fields/* url */.OZ)('https://hooks.slack.com/services/T000/B000/XXXX', ''), secret: true },
    'learnings-issue-title': (0,fields/* text */.Qq)('CI learnings', 'ci-medic learnings')
};
var readClassifySettings = (function readClassifySettings(source, context, onSecret) {
    const v = (0,fields/* readFields */.qU)(classifyFields, source, onSecret);
    const eventRun = workflowRunIdOf(context.event);
    const runId = v['run-id'] ?? eventRun ?? context.runId;
    const patterns = v.mode === 'patterns';
    if (!patterns && !v['log-path'] && !runId) {
        throw new errors/* ConfigurationError */.j1("Nothing to classify: give 'log-path' (a log or report file or glob) or 'run-id', or run on a workflow_run event.");
    }
    if (!patterns && !v['log-path'] && !v['github-token']) {
        throw new errors/* ConfigurationError */.j1(`Input 'github-token' is empty, and classify needs it to read the job logs of run ${runId}. Example: github-token: \${{ github.token }} (with permissions actions: read), or give 'log-path' to classify local files.`);
    }
    return {
        logPath: v['log-path'],
        runId,
        githubToken: v['github-token'],
        anthropicApiKey: v['anthropic-api-key'],
        anthropicBaseUrl: v['anthropic-base-url'],
        model: v.model,
        rerunTransient: v['rerun-transient'],
        dispatchAutofix: v['dispatch-autofix'],
        ...(0,ledger_fields/* ledgerSettingsOf */.kZ)(v),
        uploadArtifacts: v['upload-artifacts'],
        artifactRetentionDays: v['artifact-retention-days'],
        mode: v.mode,
        periodDays: v['period-days'],
        minOccurrences: v['min-occurrences'],
        patternsPath: v['patterns-path'].replace(/\/+$/, ''),
        webhookUrl: v['webhook-url'],
        learningsIssueTitle: v['learnings-issue-title']
    };
});
var workflowRunIdOf = (function workflowRunIdOf(event) {
    const run = event.workflow_run;
    if (run && typeof run === 'object' && typeof run.id === 'number') {
        return run.id;
    }
    return undefined;
});

;// CONCATENATED MODULE: ./src/actions/classify/deps.ts
// What classify's steps work with, built in one place: the settings, the
// workflow context, the runner IO, the GitHub side, the ledger and the
// second opinion. `runnerDeps` is the only code of classify that reads the
// environment; tests build the same object with `classifyDeps`, pointed at
// the loopback fakes.




/**
 * The runner's deps: inputs, the GITHUB_* environment and the runner's channels, written
 * directly (command-io.ts): classify never loads @actions/core and its HTTP stack unless it
 * fails (the wrapper's failure report), so a local log is scanned in the memory it needs.
 */
var runnerDeps = (async function runnerDeps(inputs) {
    const context = (0,action_inputs/* runnerContext */.cE)();
    const settings = readClassifySettings(inputs, context, action_inputs/* maskSecret */.$l);
    return classifyDeps({ settings, context, io: commandIO() });
});
var classifyDeps = (function classifyDeps(options) {
    const { settings, context, io } = options;
    const github = once(async () => {
        if (!settings.githubToken)
            return undefined;
        const api = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(913), __webpack_require__.e(47), __webpack_require__.e(389), __webpack_require__.e(554)]).then(__webpack_require__.bind(__webpack_require__, 18554));
        const client = api.createGitHubClient({
            ...options.client,
            token: settings.githubToken,
            apiUrl: context.apiUrl,
            logger: io.logger
        });
        const botLogin = once(() => api.resolveBotLogin(client));
        return { api, client, repo: { owner: context.owner, repo: context.repo }, botLogin };
    });
    const ledger = once(async () => {
        if (settings.ledger === 'none')
            return undefined;
        if (settings.ledger === 'file') {
            // The ledger's reader (and its record schemas) load only when a ledger is kept.
            const { fileLedger } = await Promise.all(/* import() */[__webpack_require__.e(47), __webpack_require__.e(182)]).then(__webpack_require__.bind(__webpack_require__, 10182));
            return fileLedger((0,external_node_path_.resolve)(context.workspace, settings.ledgerPath));
        }
        const gh = await github();
        if (settings.ledger === 'artifact') {
            const api = gh?.api ?? (await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(913), __webpack_require__.e(47), __webpack_require__.e(389), __webpack_require__.e(554)]).then(__webpack_require__.bind(__webpack_require__, 18554)));
            const file = (0,external_node_path_.join)(context.tempDir, 'ci-medic', 'ledger', api.LEDGER_FILE);
            return api.artifactLedger(gh?.client, { owner: context.owner, repo: context.repo }, file, {
                currentRunId: context.runId,
                logger: io.logger,
                periodDays: settings.periodDays
            });
        }
        if (settings.ledger === 'issue' && gh)
            return gh.api.issueLedger(gh.client, gh.repo, settings.ledgerIssueTitle, await gh.botLogin());
        return undefined;
    });
    const secondOpinion = settings.anthropicApiKey
        ? async (classification, logTail) => {
            const { askSecondOpinion } = await Promise.all(/* import() */[__webpack_require__.e(780), __webpack_require__.e(766), __webpack_require__.e(703), __webpack_require__.e(445)]).then(__webpack_require__.bind(__webpack_require__, 85445));
            return askSecondOpinion(classification, logTail, settings, io.logger);
        }
        : undefined;
    const parentEnv = options.parentEnv ?? process.env;
    return { settings, context, io, github, ledger, secondOpinion, parentEnv };
});
var once = (function once(make) {
    let made;
    return (() => (made ??= make()));
});

// EXTERNAL MODULE: ./src/core/ledger/record-history.ts
var record_history = __webpack_require__(52889);
// EXTERNAL MODULE: ./src/edges/ledger/store.ts
var ledger_store = __webpack_require__(2731);
;// CONCATENATED MODULE: ./src/actions/classify/ledger.ts
// The failure ledger: read before deciding (a known flake is alerted, not
// autofixed), written after acting, and told when a rerun passed. A ledger
// that cannot be read or written is a warning naming the permission, never a
// lost classification.





/** How many failure fingerprints a verdict keeps (a page of the issue ledger holds about 60 KB). */
const MAX_FAILURE_FINGERPRINTS = 20;
/** Where the settings keep the ledger, for its messages. */
function ledgerWhere(settings) {
    if (settings.ledger === 'file')
        return settings.ledgerPath;
    return settings.ledger === 'issue' ? `issue '${settings.ledgerIssueTitle}'` : 'artifact';
}
/** What a failed read or write of this kind of ledger lacks. */
function permissionFor(kind) {
    if (kind === 'file')
        return { read: 'ledger-path', write: 'ledger-path' };
    if (kind === 'artifact')
        return { read: 'actions: read', write: 'actions: read' };
    return { read: 'issues: read', write: 'issues: write' };
}
var readLedger = (async function readLedger(deps, journal) {
    const { settings } = deps;
    if (settings.ledger === 'issue' && !settings.githubToken) {
        journal.couldNot('ledger-read', "Keep the ledger: no 'github-token' was given.", 'github-token');
        return { records: [], outcomes: [] };
    }
    const store = await deps.ledger();
    if (!store)
        return { records: [], outcomes: [] };
    try {
        const parsed = await store.read();
        const corrupt = (0,ledger_store/* corruptWarning */.Od)(parsed, ledgerWhere(settings));
        if (corrupt)
            deps.io.logger.warning(corrupt);
        return { store, records: parsed.verdicts, outcomes: parsed.outcomes };
    }
    catch (error) {
        const permission = permissionFor(settings.ledger).read;
        (0,could_not/* couldNot */.N)(journal, 'ledger-read', 'Read the ledger', { error, permission });
        // An issue ledger that cannot be read is not written either (it would start a second page).
        return { store: settings.ledger === 'issue' ? undefined : store, records: [], outcomes: [] };
    }
});
/** Appends this run's record; its `actions` are the codes of what the journal says was done. */
var writeLedger = (async function writeLedger(deps, ledger, outcome, journal) {
    if (!ledger.store)
        return;
    try {
        const record = ledgerRecordOf(deps, outcome, journal);
        const { location } = await ledger.store.append([record]);
        journal.done('ledger-written', deps.settings.ledger !== 'artifact'
            ? `Ledger updated: ${location}`
            : deps.settings.uploadArtifacts
                ? `Ledger written to ${location}: this run's artifact carries it to the next run.`
                : `Ledger written to ${location}: upload it with actions/upload-artifact as 'ci-medic-ledger' (upload-artifacts is false).`);
    }
    catch (error) {
        (0,could_not/* couldNot */.N)(journal, 'ledger-written', 'Write the ledger', {
            error,
            permission: permissionFor(deps.settings.ledger).write
        });
    }
});
function ledgerRecordOf({ context }, { classification, decision, run, sources }, journal) {
    return {
        v: 1,
        time: new Date().toISOString(),
        runId: run?.id ?? context.runId,
        runAttempt: run?.attempt ?? context.runAttempt,
        workflow: run?.workflow ?? context.workflow,
        workflowPath: run?.path ?? '',
        jobs: sources,
        sha: run?.sha ?? context.sha,
        branch: run?.branch ?? '',
        category: classification.category,
        confidence: classification.confidence,
        fingerprint: classification.fingerprint,
        nextAction: decision.action,
        actions: journal.doneCodes(),
        outcome: '',
        failureCount: classification.failures.length,
        rule: classification.rule,
        event: run?.event ?? context.eventName,
        failureFingerprints: [...new Set(classification.failures.map(f => f.fingerprint))].slice(0, MAX_FAILURE_FINGERPRINTS),
        passedOnRetry: [
            ...new Set((0,flake_evidence/* passedOnRetry */.oc)(classification.failures).map(f => f.fingerprint))
        ].slice(0, MAX_FAILURE_FINGERPRINTS)
    };
}
/**
 * A run that passed: a failure the ledger holds for the same commit, from an
 * earlier attempt of this run or another run of the same workflow, did not
 * reproduce there, so it is flaky; the ledger marks it once. A first attempt
 * with no other failed run of its workflow on the commit stops after one
 * request, without reading the ledger. Returns what to tell the person.
 */
async function recordPassingRun(deps, run, journal) {
    const passed = `Run ${run.id} passed${run.runAttempt > 1 ? ` on attempt ${run.runAttempt}` : ''}: nothing to classify.`;
    if (run.runAttempt < 2 && !(await otherRunFailed(deps, run)))
        return `${passed} No other run of ${run.path || run.name} failed on commit ${run.headSha.slice(0, 7)}.`;
    const store = await deps.ledger();
    if (!store)
        return passed;
    try {
        const flaky = (0,record_history/* failuresPassedOnCommit */.IW)((await store.read()).verdicts, {
            id: run.id,
            attempt: run.runAttempt,
            path: run.path,
            sha: run.headSha,
            event: run.event
        });
        if (flaky.length === 0)
            return passed;
        const time = new Date().toISOString();
        await store.append(flaky.map(r => flakeRecord(r, run, time)));
        const note = `${passed} ${flaky.map(r => flakeNote(r, run)).join(' ')} The ledger now marks ${flaky.length === 1 ? 'it' : 'them'} flaky on this commit: a human is alerted instead of autofix.`;
        journal.done('rerun-recorded', note);
        return note;
    }
    catch (error) {
        (0,could_not/* couldNot */.N)(journal, 'rerun-recorded', "Could not record the passing run's outcome in the ledger", {
            error,
            permission: permissionFor(deps.settings.ledger).write
        });
        return passed;
    }
}
/** Whether another run of the workflow failed on the commit; true when GitHub cannot say (the ledger decides). */
async function otherRunFailed(deps, run) {
    const gh = await deps.github();
    if (!gh)
        return true;
    try {
        return await gh.api.otherRunFailedOnCommit(gh.client, gh.repo, run);
    }
    catch (error) {
        deps.io.logger.debug(`The runs of commit ${run.headSha} could not be listed: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return true;
    }
}
/** The failure's verdict, marked: an earlier attempt of this run keeps the passing attempt, as before. */
function flakeRecord(failed, run, time) {
    const attempt = failed.runId === run.id ? run.runAttempt : failed.runAttempt;
    return { ...failed, time, runAttempt: attempt, actions: [], outcome: 'rerun-passed' };
}
function flakeNote(failed, run) {
    const what = `The failure \`${failed.fingerprint}\` (${failed.category})`;
    return failed.runId === run.id
        ? `${what} of attempt ${failed.runAttempt} went away on the rerun.`
        : `${what} of run ${failed.runId} on the same commit (${run.headSha.slice(0, 7)}) did not happen in this ${run.event || 'workflow'} run.`;
}

// EXTERNAL MODULE: ./src/core/classify/reports/detect.ts
var detect = __webpack_require__(65411);
// EXTERNAL MODULE: ./src/core/classify/scanner.ts + 16 modules
var classify_scanner = __webpack_require__(88868);
;// CONCATENATED MODULE: ./src/edges/logs/local-logs.ts
// Local log and report files named by the `log-path` input: one or more
// globs (comma or newline separated), relative to the workspace.



/**
 * Characters that make a pattern a glob (fs.glob's syntax, escapes included). A pattern
 * without them names one path, which is looked up directly: fs.glob and its matcher are
 * Node code compiled on first use, a cost every run on a plain log path would pay.
 */
const GLOB_SYNTAX = /[*?[\]{}()!+@\\]/;
async function* matches(absolute) {
    // fs/promises (and its glob) loads only for a pattern: see light-fs.ts.
    if (GLOB_SYNTAX.test(absolute))
        yield* (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23))).glob(absolute);
    else
        yield absolute;
}
var resolveLogFiles = (async function resolveLogFiles(patterns, workspace) {
    const list = patterns
        .split(/[\n,]/)
        .map(p => p.trim())
        .filter(Boolean);
    const found = new Map();
    for (const pattern of list) {
        const absolute = (0,external_node_path_.isAbsolute)(pattern) ? pattern : (0,external_node_path_.resolve)(workspace, pattern);
        for await (const match of matches(absolute)) {
            const path = (0,external_node_path_.resolve)(match);
            const info = await (0,light_fs/* stat */.dJ)(path).catch(() => undefined);
            if (!info?.isFile())
                continue;
            found.set(path, { path, name: (0,external_node_path_.relative)(workspace, path) || path, size: info.size });
        }
    }
    if (found.size === 0) {
        throw new errors/* ConfigurationError */.j1(`Input 'log-path' (${list.join(', ')}) matched no files under ${workspace}. Check the path, and that the step that writes the log or report ran before classify (use if: always() or failure() on classify's step).`);
    }
    return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
});

// EXTERNAL MODULE: ./src/core/classify/rules.ts
var rules = __webpack_require__(22857);
;// CONCATENATED MODULE: ./src/edges/logs/scan-file.ts
// Scanning local log files: the one place classify reads a file itself. The
// scanner (core) gets the bytes; this edge owns the file handle and the read
// buffers, so the core stays free of I/O.



/** Bytes per file read; the scanner splits them into its own chunks. */
const READ = 256 * 1024;
/**
 * Scan a log file with two reused read buffers: no garbage Buffers, so peak RSS stays
 * flat however large the file is (use this rather than a read stream for local files).
 * The next read runs on the thread pool while the current buffer is scanned, so the
 * scan never waits for the disk (a read per chunk, awaited in turn, left the main
 * thread idle a third of the time). The first read, and the read after a short one (the
 * end of the file, as a rule), run on the main thread: a log of one chunk is read without
 * a round trip through the thread pool, nor starting its threads (#11).
 */
var scanFile = (async function scanFile(path, options = {}) {
    const scanner = new classify_scanner/* LogScanner */.LD(options);
    const handle = await (0,light_fs/* open */.ho)(path, 'r');
    let pending;
    try {
        const buffers = [Buffer.allocUnsafe(READ), Buffer.allocUnsafe(READ)];
        let position = 0;
        let current = 0;
        pending = handle.readNow(buffers[current], 0, READ, position);
        for (;;) {
            const { bytesRead } = await pending;
            pending = undefined;
            if (bytesRead === 0)
                break;
            position += bytesRead;
            const filled = buffers[current];
            current ^= 1;
            const read = bytesRead < READ ? handle.readNow : handle.read;
            pending = read(buffers[current], 0, READ, position);
            scanner.push(filled.subarray(0, bytesRead));
        }
    }
    finally {
        // A read still in flight (the scan threw) must end before the file is closed.
        if (pending)
            await pending.catch(() => undefined);
        await handle.close();
    }
    return scanner.finish();
});
/** Scan and classify a local log file (reused read buffers: flat memory). */
async function classifyFile(path, options = {}) {
    const r = await scanFile(path, options);
    return classify(r.failures, r.signals, r.stats, options.maxFailures);
}

;// CONCATENATED MODULE: ./src/actions/classify/read-sources.ts
// Step 1, read: local log and report files (log-path), or the failed jobs'
// logs of a workflow run through the API. Logs are streamed through the
// scanner, never held whole in memory.






/** Structured reports are parsed whole; larger files are scanned as logs. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
var readSources = (async function readSources(deps) {
    const { settings, context, io } = deps;
    if (settings.logPath)
        return readLocalLogs(settings.logPath, context);
    const gh = await deps.github();
    // readClassifySettings asks for a token whenever there is no log-path.
    if (!gh)
        throw new errors/* ConfigurationError */.j1("Input 'github-token' is needed to read the job logs.");
    return readRunLogs(gh, settings.runId, repositoryRoots(context), io.logger);
});
var readLocalLogs = (async function readLocalLogs(logPath, context) {
    const files = await resolveLogFiles(logPath, context.workspace);
    const roots = repositoryRoots(context);
    const scans = [];
    for (const file of files) {
        if (file.size <= MAX_REPORT_BYTES) {
            const head = await readHead(file.path);
            if ((0,detect/* looksLikeReport */.Q)(head, file.name)) {
                // The report parsers (and the XML parser) load only when a report is given.
                const { parseReport } = await Promise.all(/* import() */[__webpack_require__.e(780), __webpack_require__.e(833)]).then(__webpack_require__.bind(__webpack_require__, 47833));
                scans.push(parseReport(await (0,light_fs/* readFile */.TA)(file.path), file.name, { workspace: context.workspace, roots }));
                continue;
            }
        }
        scans.push(await scanFile(file.path, { workspace: context.workspace, roots, source: file.name }));
    }
    return { scans, names: files.map(f => f.name) };
});
var readHead = (async function readHead(path) {
    const handle = await (0,light_fs/* open */.ho)(path, 'r');
    try {
        const buffer = Buffer.alloc(4096);
        const { bytesRead } = await handle.readNow(buffer, 0, buffer.length, 0);
        return buffer.subarray(0, bytesRead).toString('utf8');
    }
    finally {
        await handle.close();
    }
});
async function readRunLogs(gh, runId, roots, logger) {
    const run = await gh.api.getWorkflowRun(gh.client, gh.repo, runId);
    if (run.conclusion === 'success')
        return { scans: [], names: [], run };
    const jobs = await gh.api.listFailedJobs(gh.client, gh.repo, run.id);
    if (jobs.length === 0)
        logger.warning(`Run ${run.id} has no failed jobs to read (its conclusion is '${run.conclusion || run.status}').`);
    // Read beside the scanner, for the comparison with the last green run (loaded on this path only).
    const { teeVersions } = await __webpack_require__.e(/* import() */ 963).then(__webpack_require__.bind(__webpack_require__, 71963));
    const scans = [];
    const versions = {};
    for (const job of jobs) {
        const tee = teeVersions(await gh.api.streamJobLog(gh.client, gh.repo, job.id));
        scans.push(await (0,classify_scanner/* scanLog */.Or)(tee.stream, { roots, source: job.name }));
        versions[job.name] ??= tee.result();
    }
    return { scans, names: jobs.map(j => j.name), run, versions };
}
/** Where logs of this repository were checked out on common runners. */
var repositoryRoots = (function repositoryRoots(context) {
    return [
        context.workspace,
        `/home/runner/work/${context.repo}/${context.repo}`,
        `/github/workspace`,
        `D:\\a\\${context.repo}\\${context.repo}`
    ];
});

;// CONCATENATED MODULE: ./src/actions/classify/report.ts
// What classify tells the runner, all rendered from one ClassifyOutcome (the
// classification, the decision and the run journal): the step outputs (set
// before anything is written to GitHub), the JSON report, the warnings, the
// annotations and the job summary.




const MAX_ANNOTATIONS = 10;
function runFacts(run) {
    return {
        id: run.id,
        attempt: run.runAttempt,
        url: run.htmlUrl,
        workflow: run.name,
        path: run.path,
        branch: run.headBranch,
        sha: run.headSha,
        event: run.event
    };
}
/** Step 6: the report file and the outputs, before classify acts on anything. */
var setClassifyOutputs = (async function setClassifyOutputs({ io, context }, outcome) {
    const { classification, decision } = outcome;
    io.setOutputs({
        category: classification.category,
        confidence: classification.confidence.toFixed(2),
        fingerprint: classification.fingerprint,
        'next-action': decision.action,
        failures: JSON.stringify(classification.failures),
        summary: oneLineSummary(outcome),
        'report-path': await writeReport(context.tempDir, context.runId, outcome)
    });
    io.logger.info(oneLineSummary(outcome));
});
/** Step 9: warnings, annotations, the final report file and the job summary. */
var reportClassification = (async function reportClassification({ io, context }, outcome, journal) {
    for (const line of journal.warnings())
        io.logger.warning(line);
    annotate(io, outcome.classification);
    await writeReport(context.tempDir, context.runId, outcome);
    await io.writeSummary(renderClassifySummary(outcome));
});
/** The report of a run that passed on a rerun: one line, as output, log line and summary. */
async function reportRerun({ io }, note, journal) {
    for (const line of journal.warnings())
        io.logger.warning(line);
    io.setOutputs({ summary: note });
    io.logger.info(note);
    await io.writeSummary(`<h2>ci-medic classify</h2>${external_node_os_.EOL}${note}${external_node_os_.EOL}`);
}
var annotate = (function annotate(io, classification) {
    const located = classification.failures.filter(f => f.file).slice(0, MAX_ANNOTATIONS);
    for (const f of located) {
        io.annotate(f.message.split('\n')[0] ?? f.message, {
            title: `${f.category}${f.test ? `: ${f.test}` : f.errorCode ? ` ${f.errorCode}` : ''}`,
            file: f.file,
            startLine: f.line,
            startColumn: f.line ? f.column : undefined
        });
    }
});
/** Writes the JSON report (the same path each time: the outputs name it before the end). */
var writeReport = (async function writeReport(tempDir, runId, outcome) {
    const dir = (0,external_node_path_.join)(tempDir, 'ci-medic');
    await (0,light_fs/* mkdir */.Ck)(dir, { recursive: true });
    const path = (0,external_node_path_.join)(dir, `classify-report-${outcome.run?.id ?? runId}.json`);
    await (0,light_fs/* writeFile */._h)(path, JSON.stringify(classifyReport(outcome), null, 2));
    return path;
});

// EXTERNAL MODULE: ./src/core/classify/combine.ts
var combine = __webpack_require__(74203);
;// CONCATENATED MODULE: ./src/core/classify/jvm-frames.ts
// A JVM stack frame names its source file without a directory: `at com.acme.billing.Invoice
// .lines(Invoice.java:42)`. The package says where the file sits below a source root
// (`com/acme/billing/Invoice.java`), not which root (`src/main/java`, a module's, a library's
// jar): whether it is the repository's own file is for the repository's tree to say. These
// are the suffixes to look for there, and the lookup, both pure; the edge fetches the tree.
/** `at [module/]package.Class[$Inner].method(File.ext:line)`: the package, then the file. */
const FRAME = /\bat\s+(?:[\w.$-]*\/{1,2})?((?:[a-z_][\w]*\.)+)[A-Za-z_$][\w$]*(?:\.[\w$<>-]+)+\(([\w$-]+\.(?:java|kt|scala|groovy)):\d+\)/g;
/** Packages of the platform, its test runners and build tools: never the repository's. */
const PLATFORM = /^(?:java|javax|jdk|sun|com\.sun|kotlin|kotlinx|scala|groovy|org\.junit|junit|org\.testng|org\.gradle|worker\.org\.gradle|org\.apache\.maven|org\.codehaus\.groovy)\./;
/** Frames looked up at most (the first ones: nearest the failure). */
const MAX_FRAMES = 40;
/** The source-root-relative paths the JVM frames in `text` name (`com/acme/billing/Invoice.java`), in order. */
function jvmFrameSources(text) {
    const out = [];
    for (const m of text.matchAll(FRAME)) {
        const pkg = m[1];
        if (PLATFORM.test(pkg))
            continue;
        const path = `${pkg.replace(/\./g, '/')}${m[2]}`;
        if (!out.includes(path))
            out.push(path);
        if (out.length >= MAX_FRAMES)
            break;
    }
    return out;
}
/**
 * The repository's files the frames name: for each source path, the files of the tree that end
 * with it (`src/main/java/com/acme/billing/Invoice.java`), in the frames' order.
 */
function filesOfFrames(sources, tree) {
    // A tree holds up to 100,000 paths: index them by file name once, not per frame.
    const byName = new Map();
    for (const path of tree) {
        const name = path.slice(path.lastIndexOf('/') + 1);
        const list = byName.get(name);
        if (list)
            list.push(path);
        else
            byName.set(name, [path]);
    }
    const out = new Set();
    for (const source of sources) {
        const tail = `/${source}`;
        for (const path of byName.get(source.slice(source.lastIndexOf('/') + 1)) ?? [])
            if (path === source || path.endsWith(tail))
                out.add(path);
    }
    return [...out];
}

// EXTERNAL MODULE: ./src/core/classify/second-opinion.ts
var second_opinion = __webpack_require__(13451);
// EXTERNAL MODULE: ./src/core/classify/types.ts
var types = __webpack_require__(1467);
// EXTERNAL MODULE: ./src/core/classify/failure-files.ts
var failure_files = __webpack_require__(87922);
;// CONCATENATED MODULE: ./src/core/decide/contract-gate.ts
// A broken contract (a package's or tool's new release no longer provides
// what unchanged code uses) goes to autofix only when autofix has something of
// the repository to adapt: a file the failure names that is the repository's
// own, not the package's. Without one, the only change in reach is a pin of
// the old version, and whether to pin or to wait for a fix is a person's call.
// A JVM stack trace names its files without their directories: the edge looks
// the frames up in the repository's tree (frameSourcesOf, then jvm-frames.ts's
// filesOfFrames), and the files found there count as the repository's.


const MAX_NAMED = 3;
/** The repository files a contract_violation verdict's breaks name (its other failures when none is a break). */
function adaptableFiles(classification) {
    return (0,failure_files/* repositoryFilesOf */.hA)(breaksOf(classification));
}
function breaksOf(classification) {
    const breaks = classification.failures.filter(f => f.category === 'contract_violation');
    return breaks.length ? breaks : classification.failures;
}
/**
 * The JVM frames to look up in the repository's tree (source-root-relative paths): only for a
 * contract_violation that names no repository file otherwise.
 */
var frameSourcesOf = (function frameSourcesOf(classification) {
    if (classification.category !== 'contract_violation' || adaptableFiles(classification).length)
        return [];
    return jvmFrameSources(breaksOf(classification)
        .map(f => `${f.message}\n${f.excerpt}`)
        .join('\n'));
});
/**
 * Undefined unless the verdict is contract_violation (from the rules, not the drift comparison).
 * `frameFiles`: the repository files its JVM frames were found to be (none looked up: empty).
 */
var contractGate = (function contractGate(classification, frameFiles = []) {
    if (classification.category !== 'contract_violation')
        return undefined;
    const own = adaptableFiles(classification);
    const files = own.length ? own : [...frameFiles];
    const rule = classification.failures.find(f => f.category === 'contract_violation')?.rule ??
        classification.rule;
    const what = `A package or tool no longer provides what the code uses (${rule})`;
    if (files.length === 0)
        return {
            files,
            reason: `${what}, and the failure names no file of the repository to adapt (only the package's own code, or no location at all): autofix could only pin the old version, and whether to pin or to adapt is a person's call, so a human looks at it.`
        };
    const named = files.slice(0, MAX_NAMED).join(', ');
    const more = files.length > MAX_NAMED ? ` and ${files.length - MAX_NAMED} more` : '';
    return { files, reason: `${what}; the repository's ${named}${more} can be adapted to it` };
});

// EXTERNAL MODULE: ./src/core/ledger/retry-policy.ts
var retry_policy = __webpack_require__(28070);
;// CONCATENATED MODULE: ./src/core/decide/next-action.ts
// What classify does about a failed run, decided from the classification,
// the run, the settings and the ledger. Every decision carries its reason in
// plain words, for the job summary and the ledger.





/** Fixable by a change in the repository. */
const FIXABLE = new Set([
    'compile_error',
    'test_fail',
    'lint_error',
    'contract_violation',
    'dependency_missing'
]);
/**
 * The workflow's file name from a run's `path`: `.github/workflows/ci.yml`, or
 * the full form the REST description shows (`octocat/octo-repo/.github/workflows/ci.yml@main`).
 */
var workflowFileOf = (function workflowFileOf(path) {
    return (path.split('@')[0] ?? '').split('/').pop() ?? '';
});
/** Branches ci-medic itself pushes: their failures are never sent back to autofix. */
const OWN_BRANCH_PREFIXES = ['ci-medic/', 'fix/sentry-'];
/** A dependency problem the repository can fix (lockfile, manifest), not the registry or the machine. */
function isRepoDependencyProblem(classification) {
    return classification.failures.some(f => f.category === 'dependency_missing' &&
        /lockfile|lock file|package-lock|in sync|outdated_lockfile|YN0028|Cannot find module|ERR_MODULE_NOT_FOUND|No module named|TS2307|unresolved import|could not resolve|ERESOLVE|peer/i.test(`${f.errorCode ?? ''} ${f.rule} ${f.message}`));
}
/**
 * The failed fixes that stop autofix for this classification: its run
 * fingerprint's, or those of every one of its failures (autofix would skip
 * them all). The block is lifted by a commit since the last failed fix that
 * touched the files (classify asks GitHub's compare API: RetryLifts.touched),
 * a person dispatching autofix with retry-fingerprints, or the
 * ci-medic:retry label on the alert issue (retryAskOf).
 */
var failedTwice = (function failedTwice(classification, outcomes) {
    if (outcomes.length === 0)
        return undefined;
    const blocked = (0,retry_policy/* blockedFingerprints */.OD)(outcomes);
    const run = blocked.get(classification.fingerprint);
    if (run)
        return [run];
    const prints = [...new Set(classification.failures.map(f => f.fingerprint))];
    const each = prints.map(p => blocked.get(p));
    if (prints.length === 0 || each.some(h => h === undefined))
        return undefined;
    return each;
});
/**
 * A person's ci-medic:retry label that lifts every failed-twice block of this
 * classification: on its alert (or one about the failures), put on after the
 * last failed fix of each.
 */
function retryAskOf(classification, failed, asks) {
    const each = failed.map(h => (0,retry_policy/* retryAskFor */.fx)(h, asks, classification.fingerprint));
    return each.every(a => a !== undefined) ? each[0] : undefined;
}
/** The files a commit touched since each block's last failed fix, when every block has some. */
function touchedByCommits(failed, touched) {
    const each = failed.map(h => touched?.get(h.fingerprint) ?? []);
    return each.every(files => files.length > 0) ? [...new Set(each.flat())].sort() : undefined;
}
var failedTwiceDecision = (function failedTwiceDecision(classification, settings, outcomes, lifts) {
    const failed = failedTwice(classification, outcomes);
    if (!failed)
        return undefined;
    const dispatch = settings.dispatchAutofix;
    const ask = dispatch ? retryAskOf(classification, failed, lifts.asks ?? []) : undefined;
    const files = dispatch ? touchedByCommits(failed, lifts.touched) : undefined;
    if (ask || files) {
        const why = ask
            ? (0,retry_policy/* retryAskedText */.QT)(ask)
            : `a commit since the last failed fix touched ${files.join(', ')}`;
        return {
            action: 'autofix',
            act: true,
            reason: `autofix failed to fix this twice already, but ${why}: ${dispatch} is dispatched for one more try.`
        };
    }
    const runs = [...new Set(failed.flatMap(h => h.failed.map(o => o.runId)))];
    return {
        action: 'alert',
        act: true,
        reason: `autofix failed to fix this twice already (runs ${runs.join(', ')}): it is not tried a third time, so a human looks at it. Put the ci-medic:retry label on the alert issue (or dispatch autofix with retry-fingerprints) to try again.`
    };
});
var decideNextAction = (function decideNextAction(classification, run, settings, history = { ledger: [] }) {
    const { ledger, outcomes = [], lifts = {}, frameFiles = [] } = history;
    const { category } = classification;
    if (classification.failures.length === 0 && category === 'unknown') {
        return {
            action: 'none',
            act: false,
            reason: 'No failure could be recognised in the logs, so there is nothing to act on.'
        };
    }
    const workflowFile = workflowFileOf(run.workflowPath);
    const ownBranch = OWN_BRANCH_PREFIXES.find(p => run.headBranch.startsWith(p));
    const isAutofixRun = settings.dispatchAutofix !== '' && workflowFile === settings.dispatchAutofix;
    if (category === 'transient') {
        if (!settings.rerunTransient) {
            return {
                action: 'alert',
                act: true,
                reason: 'The failure looks transient, and rerun-transient is off: a human decides.'
            };
        }
        if (run.runAttempt > 1) {
            return {
                action: 'alert',
                act: true,
                reason: `The failure looks transient but this is attempt ${run.runAttempt}: it was rerun once already and failed again, so it is not retried blindly.`
            };
        }
        return {
            action: 'rerun',
            act: true,
            reason: 'The failure looks transient (network, registry or runner trouble): the failed jobs are rerun once.'
        };
    }
    if (classification.rule === types/* VERSION_DRIFT_RULE */.sA) {
        // A contract break is fixed by a pin or a person, not by rewriting the repository's code.
        return {
            action: 'alert',
            act: true,
            reason: 'A tool or package the failure names changed version since the last green run: a new release likely broke the workflow (the verdict says whether the repository changed too). autofix is not dispatched for that; a human decides whether to pin the old version or adapt.'
        };
    }
    const fixable = FIXABLE.has(category) &&
        (category !== 'dependency_missing' || isRepoDependencyProblem(classification));
    if (fixable)
        return fixableDecision(classification, run, settings, {
            ledger,
            outcomes,
            lifts,
            frameFiles,
            recursion: isAutofixRun ? 'autofix-run' : ownBranch ? 'own-branch' : undefined
        });
    const why = {
        timeout: 'The job ran out of time; a fix needs a human to decide what is slow.',
        resource_exhausted: 'The job ran out of memory or disk; that is a runner or workload problem.',
        orchestration_error: 'The workflow itself is misconfigured (permissions, secrets, git or action references).',
        budget_exceeded: "ci-medic's own budget ran out.",
        dependency_missing: 'A dependency could not be installed, and nothing in the repository points at the fix.',
        unknown: 'No rule recognised the failure with confidence.',
        compile_error: '',
        test_fail: '',
        lint_error: '',
        contract_violation: '',
        transient: ''
    };
    return {
        action: 'alert',
        act: true,
        reason: `${why[category] || 'A human decides.'} An alert issue tracks it.`
    };
});
/** Below this confidence (an evidence or step-hint guess, no recognised failure) autofix is not dispatched. */
const DISPATCH_MIN_CONFIDENCE = 0.5;
/**
 * Flaky on this commit: the run's fingerprint passed there (classify's
 * records), or every one of its failures did (autofix's records are per failure).
 */
var knownFlake = (function knownFlake(classification, sha, ledger, outcomes) {
    if ((0,record_history/* isKnownFlake */.HX)(ledger, classification.fingerprint, sha, outcomes))
        return true;
    const prints = [...new Set(classification.failures.map(f => f.fingerprint))];
    return prints.length > 0 && prints.every(p => (0,record_history/* isKnownFlake */.HX)(ledger, p, sha, outcomes));
});
/** A failure the repository can fix: autofix, unless a guard, the ledger or a guess says otherwise. */
var fixableDecision = (function fixableDecision(classification, run, settings, history) {
    const { ledger, outcomes, lifts } = history;
    const { category, confidence } = classification;
    const workflowFile = workflowFileOf(run.workflowPath);
    if (history.recursion) {
        return {
            action: 'none',
            act: false,
            reason: history.recursion === 'autofix-run'
                ? `This is a run of the autofix workflow (${workflowFile}) itself: it is not sent back to autofix (recursion guard).`
                : `This run is on ci-medic's own branch (${run.headBranch}): it is not sent back to autofix (recursion guard).`
        };
    }
    if (run.fork) {
        return {
            action: 'alert',
            act: true,
            reason: `The failure is on a branch of the fork ${run.fork}: autofix never runs for a fork (ci-medic cannot push there, and would run code this repository did not write), so a human is told instead.`
        };
    }
    if (confidence < DISPATCH_MIN_CONFIDENCE && classification.rule === flake_evidence/* NONDETERMINISTIC_RULE */.Vu) {
        return {
            action: 'alert',
            act: true,
            reason: `The tests failed, but their output points to a flaky test (confidence ${confidence.toFixed(2)} by ${classification.rule}): autofix is not dispatched for a failure that may not be in the code, so a human looks at it.`
        };
    }
    if (confidence < DISPATCH_MIN_CONFIDENCE) {
        return {
            action: 'alert',
            act: true,
            reason: `The failure looks like ${category}, but only as a guess (confidence ${confidence.toFixed(2)} by ${classification.rule}: ${classification.failures.length ? 'only weak evidence was recognised' : 'no failure was recognised in the output'}); below ${DISPATCH_MIN_CONFIDENCE} autofix is not dispatched, so a human looks at it.`
        };
    }
    const contract = contractGate(classification, history.frameFiles);
    if (contract && contract.files.length === 0)
        return { action: 'alert', act: true, reason: contract.reason };
    if (knownFlake(classification, run.sha, ledger, outcomes)) {
        return {
            action: 'alert',
            act: true,
            reason: 'The ledger shows this failure passing on the same commit (a rerun, another run of the workflow, or autofix re-running it unchanged): it is flaky, so a human looks at it instead of autofix.'
        };
    }
    const failed = failedTwiceDecision(classification, settings, outcomes, lifts);
    if (failed)
        return failed;
    const fixable = contract ? contract.reason : 'The failure can be fixed in the repository';
    if (!settings.dispatchAutofix) {
        return {
            action: 'autofix',
            act: false,
            reason: `${fixable}. Set dispatch-autofix to start the autofix workflow automatically.`
        };
    }
    return {
        action: 'autofix',
        act: true,
        reason: `${fixable}: ${settings.dispatchAutofix} is dispatched with the run id and fingerprint.`
    };
});

// EXTERNAL MODULE: ./src/edges/github/errors.ts
var github_errors = __webpack_require__(70925);
;// CONCATENATED MODULE: ./src/actions/classify/verdict.ts
// The verdict: the rules' classification of what was read (with the evidence
// model where the rules are weak), a second opinion from Claude when the rules
// are unsure, then the next action, decided
// from the classification, the run, the settings and the ledger.






var classifySources = (async function classifySources({ io }, sources) {
    const classification = await (0,combine/* classifyFailuresWithModel */.n)(sources.scans);
    io.logger.info(`${classification.category} (${classification.confidence.toFixed(2)}) by rule ${classification.rule}: ${classification.failures.length} failure(s) in ${sources.names.length} log(s).`);
    return classification;
});
/** Asks the model only when the rules are unsure and there is something to show it. */
var secondOpinion = (async function secondOpinion(deps, classification, sources) {
    // What the scanner kept beyond its findings: the bounded evidence window (the first windows
    // nothing recognised and the log's end) where there is one, else the last lines.
    const logTail = sources.scans
        .map(scan => scan.evidence ?? scan.tail ?? '')
        .filter(Boolean)
        .join('\n---\n');
    const somethingToShow = classification.failures.length > 0 || logTail.trim() !== '';
    if (!deps.secondOpinion || !(0,second_opinion/* needsSecondOpinion */.gn)(classification) || !somethingToShow)
        return { classification };
    const opinion = await deps.secondOpinion(classification, logTail);
    deps.io.logger.info(`Second opinion (${opinion.report.model}): ${opinion.report.verdict}`);
    return { classification: opinion.classification, secondOpinion: opinion.report };
});
var decide = (async function decide(deps, classification, sources, ledger) {
    const { settings, context, io } = deps;
    const { run } = sources;
    const sha = run?.headSha ?? context.sha;
    const decision = decideNextAction(classification, {
        runAttempt: run?.runAttempt ?? context.runAttempt,
        workflowPath: run?.path ?? '',
        headBranch: run?.headBranch ?? context.ref.replace(/^refs\/heads\//, ''),
        sha,
        fork: forkOf(run?.headRepository ?? '', `${context.owner}/${context.repo}`)
    }, settings, {
        ledger: ledger.records,
        outcomes: ledger.outcomes,
        lifts: await retryLifts(deps, classification, ledger.outcomes, sha),
        frameFiles: await jvmFrameFiles(deps, classification, sha)
    });
    io.logger.info(`Next action: ${decision.action}: ${decision.reason}`);
    return decision;
});
/**
 * The repository's files among a contract break's JVM frames (`Invoice.java:42` below
 * `com.acme.billing`), looked up in the commit's tree: one request, only for a
 * contract_violation that names no repository file otherwise. Without a token, or when the
 * tree cannot be read, none: the break is alerted, and the log says why.
 */
var jvmFrameFiles = (async function jvmFrameFiles(deps, classification, sha) {
    const sources = frameSourcesOf(classification);
    if (sources.length === 0)
        return [];
    const { logger } = deps.io;
    const named = sources.slice(0, 3).join(', ') + (sources.length > 3 ? ', \u2026' : '');
    const gh = await deps.github();
    if (!gh) {
        logger.info(`The contract break's stack names ${named}; without a github-token the repository's tree cannot be read to tell whether they are its own files.`);
        return [];
    }
    try {
        const tree = await gh.api.repositoryTree(gh.client, gh.repo, sha);
        const files = filesOfFrames(sources, tree.paths);
        const partly = tree.truncated ? ' (GitHub listed only part of the tree)' : '';
        logger.info(files.length
            ? `The contract break's stack names the repository's ${files.join(', ')}${partly}.`
            : `The contract break's stack names ${named}: none is a file of the repository at ${sha.slice(0, 7)}${partly}.`);
        return files;
    }
    catch (error) {
        logger.warning(`The repository's tree could not be read to find the files of the contract break's stack (${(0,github_errors/* describeGitHubError */.dZ)(error, 'contents: read')}); it is alerted instead.`);
        return [];
    }
});
/**
 * What may lift a failed-twice block, looked for only when autofix would be
 * dispatched but for two failed fixes: first a commit since each block's last
 * failed fix that touched its files (GitHub's compare API: classify has no
 * checkout), else the ci-medic:retry labels on alert issues (one more try, if a
 * person with write access asked). What cannot be read is a warning, and the
 * alert stands.
 */
var retryLifts = (async function retryLifts(deps, classification, outcomes, headSha) {
    const failed = deps.settings.dispatchAutofix ? failedTwice(classification, outcomes) : undefined;
    if (!failed)
        return {};
    const gh = await deps.github();
    if (!gh)
        return {};
    const touched = await touchedSince(deps, gh, failed, headSha);
    if (failed.every(h => touched.get(h.fingerprint)?.length))
        return { touched };
    try {
        const found = await gh.api.findRetryLabels(gh.client, gh.repo, await gh.botLogin());
        for (const why of found.ignored)
            deps.io.logger.warning(`Not a retry: ${why}.`);
        return { asks: found.asks, touched };
    }
    catch (error) {
        deps.io.logger.warning(`The ci-medic:retry labels could not be read (${(0,github_errors/* describeGitHubError */.dZ)(error, 'issues: read')}).`);
        return { touched };
    }
});
/** Per blocked fingerprint, its files changed between its last failed fix's commit and the run's. */
async function touchedSince(deps, gh, failed, headSha) {
    const out = new Map();
    if (!headSha)
        return out;
    const changed = new Map();
    for (const history of failed) {
        const base = history.last.sha;
        // A commit id or nothing: the ledger's text goes into an API path only as a sha.
        if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(base) || history.files.length === 0)
            continue;
        if (!changed.has(base)) {
            try {
                const since = await gh.api.filesChangedSince(gh.client, gh.repo, base, headSha);
                if (since === undefined)
                    deps.io.logger.info(`Commits since ${base.slice(0, 12)} (the last failed fix of ${history.fingerprint}) cannot be compared on GitHub: only a label or retry-fingerprints lifts its block.`);
                changed.set(base, since && new Set(since.files));
            }
            catch (error) {
                deps.io.logger.warning(`The commits since the last failed fix could not be compared (${(0,github_errors/* describeGitHubError */.dZ)(error, 'contents: read')}).`);
                changed.set(base, undefined);
            }
        }
        const files = changed.get(base);
        const hit = history.files.filter(f => files?.has(f));
        if (hit.length)
            out.set(history.fingerprint, hit);
    }
    return out;
}
/** The fork a run's branch lives in, or '' when it is this repository (GitHub compares names case-insensitively). */
var forkOf = (function forkOf(headRepository, repository) {
    return headRepository && headRepository.toLowerCase() !== repository.toLowerCase()
        ? headRepository
        : '';
});

// EXTERNAL MODULE: ./src/actions/failure-outputs.ts
var failure_outputs = __webpack_require__(66978);
;// CONCATENATED MODULE: ./src/actions/classify/run.ts
// classify: read the failed run's logs (or local files), find the failures,
// decide the root cause and the next action, and act on it. Outputs are set
// before anything is written to GitHub, and a failed write is a warning that
// names what is missing, never a lost classification.
//
// Each step below is a named function run inside its own log group; they all
// write to one run journal, from which the outputs, the job summary, the
// report JSON and the ledger record's `actions` are rendered.









/** classify on a runner: deps from the inputs and the GITHUB_* environment. */
var run_classify = (async function run_classify(inputs) {
    await runClassify(await runnerDeps(inputs));
});
var runClassify = (async function runClassify(deps) {
    // The weekly learnings: a chunk of its own, loaded only when asked for (classify's start-up is benchmarked).
    if (deps.settings.mode === 'patterns')
        return (await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(913), __webpack_require__.e(47), __webpack_require__.e(750), __webpack_require__.e(516), __webpack_require__.e(25)]).then(__webpack_require__.bind(__webpack_require__, 76025))).runPatterns(deps);
    const { io } = deps;
    const journal = new core_journal/* RunJournal */.z9();
    const sources = await io.group('Read the logs', (() => readSources(deps)));
    const { run } = sources;
    if (run?.conclusion === 'success') {
        const note = await io.group('Record the passing run', () => recordPassingRun(deps, run, journal));
        await io.group('Report', () => reportRerun(deps, note, journal));
        await (0,artifact/* uploadClassifyFiles */.XB)(deps, run.id);
        return;
    }
    const rules = await io.group('Classify', (async () => classifySources(deps, sources)));
    const ledger = await io.group('Read the ledger', (() => readLedger(deps, journal)));
    const { classification: opined, secondOpinion: opinion } = await io.group('Second opinion', (() => secondOpinion(deps, rules, sources)));
    // A workflow run only: the comparison's code loads here, never for a local log.
    const drift = run ? await __webpack_require__.e(/* import() */ 641).then(__webpack_require__.bind(__webpack_require__, 32641)) : undefined;
    const driftReport = drift &&
        (await io.group('Compare with the last green run', () => drift.compareWithLastGreen(deps, sources, opined)));
    const classification = drift ? drift.withDrift(deps, opined, sources, driftReport) : opined;
    const decision = await io.group('Decide', (async () => decide(deps, classification, sources, ledger)));
    const outcome = {
        classification,
        decision,
        sources: sources.names,
        run: run && runFacts(run),
        journal: journal.entries, // the journal's own list: later steps' entries show in the report
        drift: driftReport,
        secondOpinion: opinion
    };
    await io.group('Set the outputs', (() => setClassifyOutputs(deps, outcome)));
    await io.group('Act', (() => act(deps, outcome, journal)));
    await io.group('Write the ledger', (() => writeLedger(deps, ledger, outcome, journal)));
    await io.group('Report', (() => reportClassification(deps, outcome, journal)));
    await (0,artifact/* uploadClassifyFiles */.XB)(deps, run?.id);
});


/***/ }),

/***/ 20862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JI: () => (/* binding */ describeCodeChange),
/* harmony export */   Kd: () => (/* binding */ sameCommit),
/* harmony export */   sp: () => (/* binding */ codeChange)
/* harmony export */ });
/* unused harmony export isManifest */
// What the repository's own commits changed between the last green run and a
// failed one, as the compare API lists it: a failure that names a package
// whose version moved is pure drift (a new release broke unchanged code) only
// when nothing in the repository changed but documentation. A changed
// manifest, lockfile or workflow means the version moved with the
// repository's own change; a changed file the failure names is a competing
// explanation; any other code change is said, and weakens the drift verdict.
/** Files that decide which versions get installed, or which tools run. */
const MANIFEST = /^(?:package(?:-lock)?\.json|npm-shrinkwrap\.json|yarn\.lock|\.yarnrc(?:\.yml)?|pnpm-lock\.yaml|pnpm-workspace\.yaml|bun\.lockb?|\.npmrc|\.nvmrc|\.node-version|requirements[\w.-]*\.(?:txt|in)|constraints[\w.-]*\.txt|pyproject\.toml|poetry\.lock|uv\.lock|pdm\.lock|Pipfile(?:\.lock)?|setup\.(?:py|cfg)|environment\.ya?ml|\.python-version|tox\.ini|Cargo\.(?:toml|lock)|rust-toolchain(?:\.toml)?|go\.(?:mod|sum|work)|Gemfile(?:\.lock)?|[\w.-]+\.gemspec|\.ruby-version|pom\.xml|(?:build|settings)\.gradle(?:\.kts)?|gradle(?:-wrapper)?\.properties|gradle\.lockfile|libs\.versions\.toml|composer\.(?:json|lock)|[\w.-]+\.csproj|packages\.lock\.json|Directory\.(?:Packages|Build)\.props|global\.json|pubspec\.(?:yaml|lock)|mix\.(?:exs|lock)|\.tool-versions|Dockerfile|[\w.-]+\.dockerfile|\.terraform\.lock\.hcl)$/i;
const DOCS = /(?:^|\/)docs?\/|\.(?:md|markdown|rst|adoc)$|(?:^|\/)(?:LICEN[CS]E|COPYING|AUTHORS|CHANGELOG|CHANGES)(?:\.\w+)?$/i;
const MAX_LISTED = 20;
function isManifest(path) {
    return (MANIFEST.test(path.split('/').pop() ?? '') || /^\.github\/(?:workflows|actions)\//.test(path));
}
/** The comparison, sorted into what it says about the drift; `named`: the files the failure names. */
function codeChange(comparison, commits, named) {
    const paths = [
        ...new Set(comparison.files.flatMap(f => (f.previous ? [f.filename, f.previous] : [f.filename])))
    ];
    const manifests = paths.filter(isManifest);
    const rest = paths.filter(p => !isManifest(p));
    const docs = rest.filter(p => DOCS.test(p));
    const hit = rest.filter(p => named.includes(p));
    const code = rest.filter(p => !DOCS.test(p) && !named.includes(p));
    const descends = comparison.status === 'ahead' || comparison.status === 'identical';
    return {
        ...commits,
        status: comparison.status,
        commits: comparison.totalCommits,
        files: comparison.files.length,
        complete: comparison.complete,
        manifests: manifests.slice(0, MAX_LISTED),
        named: hit.slice(0, MAX_LISTED),
        code: code.slice(0, MAX_LISTED),
        docs: docs.length,
        pure: descends && comparison.complete && manifests.length + hit.length + code.length === 0
    };
}
/** The same commit: nothing in the repository changed, without asking GitHub. */
function sameCommit(sha) {
    return {
        base: sha,
        head: sha,
        status: 'identical',
        commits: 0,
        files: 0,
        complete: true,
        manifests: [],
        named: [],
        code: [],
        docs: 0,
        pure: true
    };
}
const MAX_INCLUDED = 4;
/** `nothing in the repository changed\u2026` or `code also changed: 3 files in 2 commits, including \u2026`. */
function describeCodeChange(c) {
    const span = `${c.base.slice(0, 7)}\u2026${c.head.slice(0, 7)}`;
    if (c.status === 'identical' || (c.pure && c.files === 0))
        return `nothing in the repository changed between the two commits (${span})`;
    const apart = c.status === 'behind' || c.status === 'diverged';
    const lacks = `the failed commit does not descend from the green one (${c.status}, ${span}), so the green run tested code this one lacks`;
    if (apart && c.files === 0)
        return lacks;
    if (c.pure)
        return `only documentation changed in the repository between the two commits (${span}: ${c.docs} file(s))`;
    const included = [
        ...c.manifests.map(p => `${p} (a dependency or toolchain file)`),
        ...c.named.map(p => `${p} (named by the failure)`),
        ...c.code
    ].slice(0, MAX_INCLUDED);
    const files = `${c.files}${c.complete ? '' : '+'} file(s) in ${c.commits} commit(s)`;
    return `code also changed: ${files}${included.length ? `, including ${included.join(', ')}` : ''}${apart ? `; ${lacks}` : ''}`;
}


/***/ }),

/***/ 87922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ filesInText),
/* harmony export */   hA: () => (/* binding */ repositoryFilesOf)
/* harmony export */ });
/* unused harmony export isLibraryPath */
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84014);
// The repository's own files a failure names: its location, and the code files
// in its message and excerpt (stack frames, tracebacks), without library frames
// (node_modules, site-packages, vendor, a toolchain's own sources) or paths
// outside the checkout. autofix lists them to the model; classify's decision
// asks whether a broken contract names any file the repository could adapt.

const CODE_FILE = /(?:[\w@.+-]+\/)*[\w@.+-]+\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs|vue|svelte|py|go|rs|java|kt|rb|cs|php|swift|scala)\b/g;
/** Directories of installed packages and toolchains: their files are not the repository's. */
const LIBRARY_DIR = /(?:^|\/)(?:node_modules|site-packages|dist-packages|vendor|\.venv|venv|\.cargo|rustc|go\/pkg\/mod)\//;
function normalize(path) {
    return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}
/** An installed package's or a toolchain's file, not the repository's. */
function isLibraryPath(path) {
    return LIBRARY_DIR.test(normalize(path));
}
/** Repository-relative code files in a text (stack traces, messages), in order, without library frames. */
function filesInText(text) {
    const out = [];
    const relative = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .stripRoots */ .i)(text.replace(/file:\/\//g, ''));
    for (const m of relative.matchAll(CODE_FILE)) {
        // Skip absolute paths (outside the repository) and URLs.
        if (relative[m.index - 1] === '/')
            continue;
        const p = normalize(m[0]);
        if (isLibraryPath(p))
            continue;
        if (/^(?:node:|internal\/)/.test(p) || p.startsWith('.'))
            continue;
        if (!out.includes(p))
            out.push(p);
    }
    return out;
}
/**
 * A JVM stack frame names its file without a directory (`(Configuration.java:1357)`), the
 * library's as much as the repository's: no proof of either.
 */
const JVM_FRAME = /^[\w$]+\.(?:java|kt|scala)$/;
/**
 * The repository files the failures name, in order: their locations (a relative path
 * outside any library directory), then the code files in their messages and excerpts.
 */
function repositoryFilesOf(failures) {
    const out = new Set();
    for (const f of failures) {
        const file = f.file ? normalize(f.file) : '';
        if (file && !/^(?:\/|[A-Za-z]:\/)/.test(file) && !isLibraryPath(file))
            out.add(file);
    }
    for (const f of failures)
        for (const p of filesInText(`${f.message}\n${f.excerpt}`))
            if (!JVM_FRAME.test(p))
                out.add(p);
    return [...out];
}


/***/ })

};
