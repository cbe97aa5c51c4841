export const id = 554;
export const ids = [554,613];
export const modules = {

/***/ 18554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LEDGER_FILE: () => (/* reexport */ artifact_ledger/* LEDGER_FILE */.th),
  artifactLedger: () => (/* reexport */ artifact_ledger/* artifactLedger */.ul),
  compareCommits: () => (/* reexport */ compareCommits),
  createGitHubClient: () => (/* reexport */ github_client/* createGitHubClient */.LX),
  describeCompareError: () => (/* reexport */ describeCompareError),
  dispatchWorkflow: () => (/* reexport */ dispatchWorkflow),
  filesChangedSince: () => (/* reexport */ filesChangedSince),
  findRetryLabels: () => (/* reexport */ retry_label.findRetryLabels),
  getWorkflowRun: () => (/* reexport */ workflow_runs/* getWorkflowRun */.pH),
  issueLedger: () => (/* reexport */ issue_ledger/* issueLedger */.v),
  listFailedJobs: () => (/* reexport */ workflow_runs/* listFailedJobs */.uQ),
  otherRunFailedOnCommit: () => (/* reexport */ workflow_runs/* otherRunFailedOnCommit */.be),
  raiseAlert: () => (/* reexport */ alert_issues/* raiseAlert */.Jl),
  repositoryTree: () => (/* reexport */ repositoryTree),
  rerunFailedJobs: () => (/* reexport */ rerunFailedJobs),
  resolveBotLogin: () => (/* reexport */ bot_identity.resolveBotLogin),
  streamJobLog: () => (/* reexport */ workflow_runs/* streamJobLog */.ur)
});

// EXTERNAL MODULE: ./src/edges/github/alert-issues.ts
var alert_issues = __webpack_require__(31983);
// EXTERNAL MODULE: ./src/edges/github/artifact-ledger.ts + 6 modules
var artifact_ledger = __webpack_require__(23389);
// EXTERNAL MODULE: ./src/edges/github/bot-identity.ts
var bot_identity = __webpack_require__(88980);
// EXTERNAL MODULE: ./src/edges/github/client.ts
var github_client = __webpack_require__(36521);
// EXTERNAL MODULE: ./src/edges/github/errors.ts
var errors = __webpack_require__(70925);
// EXTERNAL MODULE: ./src/edges/github/http-status.ts
var http_status = __webpack_require__(66737);
;// CONCATENATED MODULE: ./src/edges/github/compare.ts


/** GitHub lists at most this many files in one comparison. */
const COMPARE_FILE_CAP = 300;
/**
 * How `head` differs from `base` (from their merge base), in one request: the
 * status, the commit count, and the files (the first page holds them all, up to
 * GitHub's cap). Errors are thrown (a 404 for an unknown commit).
 */
async function compareCommits(client, repo, base, head) {
    const { data } = await client.rest.repos.compareCommitsWithBasehead({
        ...repo,
        basehead: `${base}...${head}`,
        per_page: 1
    });
    const files = (data.files ?? []).map(f => ({
        filename: f.filename,
        status: f.status,
        ...(f.previous_filename ? { previous: f.previous_filename } : {})
    }));
    return {
        status: data.status,
        totalCommits: data.total_commits,
        behindBy: data.behind_by,
        files,
        complete: files.length < COMPARE_FILE_CAP
    };
}
/**
 * The files changed from `base` to `head`, or undefined when GitHub cannot
 * compare them (an unknown commit: force-pushed away, or another repository's;
 * no common ancestor). Other errors are thrown.
 */
async function filesChangedSince(client, repo, base, head) {
    try {
        const data = await compareCommits(client, repo, base, head);
        if (data.status === 'behind' || data.status === 'identical')
            return { files: [], complete: true };
        const files = data.files.flatMap(f => (f.previous ? [f.filename, f.previous] : [f.filename]));
        return { files, complete: data.complete };
    }
    catch (error) {
        if ((0,http_status/* statusOf */.c)(error) === 404)
            return undefined;
        throw error;
    }
}
/** Why a comparison failed, in words that name the fix. */
function describeCompareError(error) {
    const status = (0,http_status/* statusOf */.c)(error);
    if (status === 404)
        return 'GitHub answered 404: a commit is gone (force-pushed away) or the token cannot see it';
    if (status === 410)
        return 'GitHub answered 410: the comparison is no longer available';
    return (0,errors/* describeGitHubError */.dZ)(error, 'contents: read');
}

// EXTERNAL MODULE: ./src/edges/github/issue-ledger.ts + 1 modules
var issue_ledger = __webpack_require__(67936);
;// CONCATENATED MODULE: ./src/edges/github/repo-tree.ts
/** The repository's files at `ref` (a commit SHA or a branch). Errors are thrown. */
async function repositoryTree(client, repo, ref) {
    const { data } = await client.rest.git.getTree({ ...repo, tree_sha: ref, recursive: 'true' });
    return {
        paths: data.tree.flatMap(e => (e.type === 'blob' && e.path ? [e.path] : [])),
        truncated: data.truncated
    };
}

// EXTERNAL MODULE: ./src/edges/github/retry-label.ts
var retry_label = __webpack_require__(4613);
;// CONCATENATED MODULE: ./src/edges/github/run-control.ts
// Acting on a run: rerunning its failed jobs, and dispatching the autofix
// workflow. Both need `actions: write`.

async function rerunFailedJobs(client, repo, runId) {
    await client.rest.actions.reRunWorkflowFailedJobs({ ...repo, run_id: runId });
}
/**
 * Dispatches a workflow, asking for the new run's id. Servers that do not know
 * `return_run_details` (older GHES) reject it with 422; then it is sent without.
 */
async function dispatchWorkflow(client, repo, { workflow, ref, inputs }) {
    const route = 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches';
    try {
        const response = await client.request(route, {
            ...repo,
            workflow_id: workflow,
            ref,
            inputs,
            return_run_details: true
        });
        const data = (response.data ?? {});
        return { runId: data.workflow_run_id, htmlUrl: data.html_url };
    }
    catch (error) {
        if ((0,github_client/* statusOf */.c2)(error) !== 422 || !/return_run_details/.test(String(error.message)))
            throw error;
        await client.request(route, { ...repo, workflow_id: workflow, ref, inputs });
        return {};
    }
}

// EXTERNAL MODULE: ./src/edges/github/workflow-runs.ts
var workflow_runs = __webpack_require__(51942);
;// CONCATENATED MODULE: ./src/actions/classify/github-side.ts
// Everything classify does through the GitHub API, in one module that is
// loaded only when a token is given: classifying a local log with no token
// never loads octokit (less start-up time and memory on large logs).












/***/ }),

/***/ 71075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iH: () => (/* binding */ headerLine),
/* harmony export */   k5: () => (/* binding */ parseLedgerHeader),
/* harmony export */   oH: () => (/* binding */ ledgerFileKind)
/* harmony export */ });
// What a ledger file in a ci-medic run artifact holds, told by its first
// line. Each run uploads only the records it added (a delta), so two runs at
// the same time never overwrite each other's records; the reader merges the
// artifacts. Now and then a run that read many deltas uploads a snapshot
// instead: every record it read plus its own, with `through`, the time
// before which every trusted ledger artifact is in it, so later readers stop
// there. A file with no header is a whole ledger as ci-medic wrote it before
// deltas (or a manual `ci-medic-ledger`). The header carries `v: 2`, so a
// reader from before deltas keeps it as a line of a newer format and ignores
// it; this version skips it wherever it appears (lines.ts).
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/;
/** The header a line is, or undefined for any other line. */
function parseLedgerHeader(line) {
    if (!line.includes('"ledger-'))
        return undefined;
    let value;
    try {
        value = JSON.parse(line);
    }
    catch {
        return undefined;
    }
    if (typeof value !== 'object' || value === null)
        return undefined;
    const { v, kind, time, through } = value;
    if (v !== 2 || typeof time !== 'string')
        return undefined;
    if (kind === 'ledger-delta')
        return { v, kind, time };
    if (kind === 'ledger-snapshot' && typeof through === 'string' && ISO.test(through))
        return { v, kind, time, through };
    return undefined;
}
/** What a ledger file's text is, from its first non-blank line. */
function ledgerFileKind(text) {
    const first = /^\s*(.*)$/m.exec(text)?.[1] ?? '';
    const header = parseLedgerHeader(first);
    if (header?.kind === 'ledger-delta')
        return { kind: 'delta' };
    if (header?.kind === 'ledger-snapshot')
        return { kind: 'snapshot', through: header.through };
    return { kind: 'whole' };
}
function headerLine(header) {
    return JSON.stringify(header);
}


/***/ }),

/***/ 52583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ parseLedgerLine),
/* harmony export */   e: () => (/* binding */ parseLedgerText)
/* harmony export */ });
/* harmony import */ var _ledger_delta_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71075);
/* harmony import */ var _ledger_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34544);
/* harmony import */ var _outcome_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93067);
// Reading one JSON line of the ledger, which holds two kinds of record:
// classify's verdicts (ledger-record.ts, no `kind`) and the fixing actions'
// outcomes (outcome-record.ts, `kind: 'outcome'`). A line that is neither is
// corrupt and counted; a line of a newer version is kept as `future` and
// ignored by this version's readers, so an older ci-medic never drops what a
// newer one wrote. The header line of a delta or snapshot file (v 2,
// ledger-delta.ts) is neither: parseLedgerText leaves it out.



function parseLedgerLine(line) {
    let value;
    try {
        value = JSON.parse(line);
    }
    catch {
        return { kind: 'corrupt' };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return { kind: 'corrupt' };
    const v = value.v;
    if (typeof v === 'number' && Number.isInteger(v) && v > 1)
        return { kind: 'future', raw: line };
    if (value.kind === 'outcome') {
        const parsed = _outcome_record_js__WEBPACK_IMPORTED_MODULE_1__/* .outcomeRecordSchema */ .Xr.safeParse(value);
        return parsed.success ? { kind: 'outcome', record: parsed.data } : { kind: 'corrupt' };
    }
    const parsed = _ledger_record_js__WEBPACK_IMPORTED_MODULE_0__/* .ledgerRecordSchema */ .sQ.safeParse(value);
    return parsed.success ? { kind: 'verdict', record: parsed.data } : { kind: 'corrupt' };
}
/** JSON Lines text \u2192 records by kind; blank lines and delta/snapshot headers are ignored. */
function parseLedgerText(text) {
    const out = { verdicts: [], outcomes: [], future: [], corrupt: 0 };
    for (const line of text.split('\n')) {
        if (!line.trim())
            continue;
        const parsed = parseLedgerLine(line);
        if (parsed.kind === 'future' && (0,_ledger_delta_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLedgerHeader */ .k5)(line))
            continue;
        if (parsed.kind === 'verdict')
            out.verdicts.push(parsed.record);
        else if (parsed.kind === 'outcome')
            out.outcomes.push(parsed.record);
        else if (parsed.kind === 'future')
            out.future.push(parsed.raw);
        else
            out.corrupt += 1;
    }
    return out;
}


/***/ }),

/***/ 34544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sQ: () => (/* binding */ ledgerRecordSchema),
/* harmony export */   xT: () => (/* reexport safe */ _record_history_js__WEBPACK_IMPORTED_MODULE_2__.xT)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42047);
/* harmony import */ var _classify_retry_links_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64812);
/* harmony import */ var _record_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52889);
// One line of the failure ledger: what classify saw on one run, and what it
// did about it. Later runs read these back: classify's next-action decision
// (a fingerprint that passed on a rerun of the same commit is a flake: alert,
// not autofix; one that passed on a retry in a run of the same code, its
// `passedOnRetry`: rerun) and autofix's known-flake gate (flaky or transient history:
// skipped, never "fixed"). Records stay in the tracking issue or artifact
// longer than the code that wrote them, so every field is kept even when
// empty and the format is versioned (`v`). Nothing else reads them yet: there
// is no pattern analysis over the ledger.


const ledgerRecordSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    v: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
    /** ISO time the record was written. */
    time: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    runAttempt: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    workflow: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** `.github/workflows/ci.yml` */
    workflowPath: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** Names of the failed jobs that were read. */
    jobs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    sha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    branch: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    category: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    confidence: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    fingerprint: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    nextAction: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['rerun', 'autofix', 'alert', 'none']),
    /** What was actually done: `rerun-requested`, `autofix-dispatched`, `alert-opened`, `alert-updated`, `rerun-passed`\u2026 */
    actions: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    /** Filled in when a rerun of this run finished: did the failure go away? */
    outcome: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['rerun-passed', 'rerun-failed', '']).default(''),
    failureCount: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    /** The rule that decided the category. */
    rule: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /**
     * The fingerprints of the run's failures (the run's own fingerprint is
     * another hash): what autofix, which works per failure, matches a flake
     * mark against. Absent in records written before it existed.
     */
    failureFingerprints: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).max(100).optional(),
    /**
     * The fingerprints of the failures that passed on a retry in the same run (jest's
     * retryTimes, rspec-retry, pytest-rerunfailures, surefire's reruns, Playwright's retries):
     * flaky whatever the run's verdict. Absent in records written before it existed.
     */
    passedOnRetry: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).max(100).optional(),
    /**
     * Link key \u2192 fingerprint of the run's test failures that have a second name (an rspec
     * example's location, `rspec:spec/x_spec.rb:14`: classify/retry-links.ts), so a retry pass
     * of the same test on the same commit, named only by that key, gets the failure's stable
     * fingerprint. Absent in records written before it existed, and when no failure has one.
     */
    failureLinks: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(_classify_retry_links_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LINK_KEY */ .MY), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(100))
        .refine(links => Object.keys(links).length <= 100, 'at most 100 links')
        .optional(),
    /** The link keys of the run's tests that passed on a retry (as failureLinks). Absent likewise. */
    retriedLinks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(_classify_retry_links_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LINK_KEY */ .MY)).max(100).optional(),
    /** The event that started the run (`push`, `pull_request`\u2026). Absent in records written before it existed. */
    event: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional()
});
// What the records say about a fingerprint's history (no zod: classify's decision reads them at start-up).



/***/ }),

/***/ 93067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ RESOLUTIONS),
/* harmony export */   TW: () => (/* binding */ OUTCOME_ACTIONS),
/* harmony export */   Xr: () => (/* binding */ outcomeRecordSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42047);
// One line of the ledger written by a fixing action (autofix or self-heal):
// what happened to one failure (autofix) or one error group (self-heal) it
// handled. classify's verdict records (ledger-record.ts) say what failed;
// these say what was done about it, so later runs can learn from them: the
// weekly pattern analysis (what fixed a pattern, what did not), the rule that
// a fingerprint is not attempted a third time after two failed fixes, and the
// metrics (fix rate, attempts, cost per verified fix).
//
// `kind: 'outcome'` tells them apart from verdict records, which carry no
// `kind`. The format is versioned (`v`); a reader keeps records of a future
// version and ignores them (see ledger-line.ts).

/** What became of one failure or group. Closed: readers count these. */
const RESOLUTIONS = [
    /** A verified fix was committed (and pushed or proposed): `pr`/`commit` say where. */
    'fixed',
    /** Tried and not fixed: `reason` says why (the model gave up, every attempt failed verification\u2026). */
    'not-fixed',
    /** A fix was made and then reverted (it broke something or a guard refused it). */
    'reverted',
    /** Not attempted on purpose: a known flake, a protected path, failed twice before, over a cap. */
    'skipped',
    /** A budget (tokens, dollars, minutes, attempts) stopped it. */
    'budget',
    /** The fix made other checks fail and was not kept. */
    'regressed',
    /** A later run confirmed an earlier fix: the test passes / the Sentry error stopped. */
    'verified'
];
/** What a fixing run did for one failure. Closed set of codes, never prose. */
const OUTCOME_ACTIONS = [
    'tier0-fixer',
    'model-fix',
    'reproduced',
    'verified-affected',
    'verified-full',
    'reverted',
    'pushed',
    'proposed',
    'pr-opened',
    'pr-updated',
    'alert-opened',
    'skipped-known-flake',
    'skipped-failed-twice',
    'skipped-protected',
    'skipped-cap'
];
const outcomeRecordSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    v: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1),
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('outcome'),
    /** ISO time the record was written. */
    time: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Which action wrote it. */
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['autofix', 'self-heal']),
    runId: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    runAttempt: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    /** The commit the fixing run started from. */
    sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** The same fingerprint classify computes for a CI failure; `sentry:<groupKey>` for a self-heal group. */
    fingerprint: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    category: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Test/error identity for people: a test name, a Sentry issue short id. */
    title: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Repository files the failure points at, or the fix changed. */
    files: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
    /** The check command that showed the failure (empty for self-heal). */
    command: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    resolution: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(RESOLUTIONS),
    /** Why, for anything but `fixed`/`verified`: one sentence, untrusted text already made inert. */
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    actions: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(OUTCOME_ACTIONS)),
    /** Model attempts spent on it (0 for a tier-0 fix or a skip). */
    attempts: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    tokens: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    costUsd: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    /** Wall-clock seconds spent on it. */
    seconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    /** The PR that carries the fix, when one exists. */
    pr: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** The verified fix commit, when one exists. */
    commit: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Links to the learnings (docs/patterns/*.md) that were in the prompt. */
    learnings: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())
});


/***/ }),

/***/ 31983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jl: () => (/* binding */ raiseAlert),
/* harmony export */   We: () => (/* binding */ ALERT_LABEL),
/* harmony export */   hq: () => (/* binding */ alertFingerprintsOf)
/* harmony export */ });
const ALERT_LABEL = 'ci-medic';
const markerOf = (fingerprint) => `<!-- ci-medic:alert fingerprint=${fingerprint} -->`;
const COUNT = /<!-- ci-medic:occurrences=(\d+) -->/;
const FAILURES = /<!-- ci-medic:failures=([0-9A-Za-z:,_-]*) -->\n?/;
const failuresMarker = (failures = []) => failures.length ? `<!-- ci-medic:failures=${failures.join(',')} -->\n` : '';
/** The fingerprints an alert issue's body is about: the alert's own, then its failures'. */
function alertFingerprintsOf(body) {
    const own = /<!-- ci-medic:alert fingerprint=([0-9A-Za-z:_-]+) -->/.exec(body)?.[1];
    if (!own)
        return [];
    const failures = FAILURES.exec(body)?.[1]?.split(',').filter(Boolean) ?? [];
    return [...new Set([own, ...failures])];
}
async function raiseAlert(client, repo, botLogin, alert) {
    const marker = markerOf(alert.fingerprint);
    const issues = await client.paginate(client.rest.issues.listForRepo, {
        ...repo,
        state: 'all',
        labels: ALERT_LABEL,
        per_page: 100
    });
    const existing = issues.find(i => !i.pull_request && i.user?.login === botLogin && (i.body ?? '').includes(marker));
    if (!existing) {
        const body = `${marker}\n<!-- ci-medic:occurrences=1 -->\n${failuresMarker(alert.failures)}${alert.details}`;
        const { data } = await client.rest.issues.create({
            ...repo,
            title: alert.title,
            body,
            labels: [ALERT_LABEL]
        });
        return { action: 'opened', number: data.number, url: data.html_url, occurrences: 1 };
    }
    const occurrences = Number(COUNT.exec(existing.body ?? '')?.[1] ?? '1') + 1;
    const counted = (existing.body ?? '').replace(COUNT, `<!-- ci-medic:occurrences=${occurrences} -->`);
    // The failures' marker follows the latest occurrence (older issues gain one).
    const body = FAILURES.test(counted)
        ? counted.replace(FAILURES, failuresMarker(alert.failures))
        : counted.replace(/(<!-- ci-medic:occurrences=\d+ -->\n)/, `$1${failuresMarker(alert.failures)}`);
    const reopen = existing.state === 'closed';
    await client.rest.issues.update({
        ...repo,
        issue_number: existing.number,
        body: COUNT.test(existing.body ?? '')
            ? body
            : `${marker}\n<!-- ci-medic:occurrences=${occurrences} -->\n${existing.body ?? ''}`,
        ...(reopen ? { state: 'open' } : {})
    });
    await client.rest.issues.createComment({
        ...repo,
        issue_number: existing.number,
        body: `${alert.occurrence} (occurrence ${occurrences}).`
    });
    return {
        action: reopen ? 'reopened' : 'updated',
        number: existing.number,
        url: existing.html_url,
        occurrences
    };
}


/***/ }),

/***/ 88980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ACTIONS_BOT_LOGIN: () => (/* binding */ ACTIONS_BOT_LOGIN),
/* harmony export */   resolveBotLogin: () => (/* binding */ resolveBotLogin)
/* harmony export */ });
/** The login of the workflow token's bot, the author of everything GITHUB_TOKEN writes. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/**
 * The login the token writes as: a PAT's user (GET /user); else GraphQL's
 * `viewer`, which names an installation token's bot (a GitHub App's
 * `<app-slug>[bot]`; GitHub refuses GET /user to installation tokens); else
 * the Actions bot, the author of what GITHUB_TOKEN writes.
 */
async function resolveBotLogin(client) {
    try {
        const { data } = await client.rest.users.getAuthenticated();
        return data.login;
    }
    catch {
        // An installation token: ask GraphQL.
    }
    try {
        const data = await client.graphql(VIEWER);
        const login = data.viewer?.login;
        if (typeof login === 'string' && login !== '')
            return login;
    }
    catch {
        // GraphQL unreachable or refused: the workflow token's bot, as before.
    }
    return ACTIONS_BOT_LOGIN;
}
const VIEWER = 'query ciMedicViewer { viewer { login } }';


/***/ }),

/***/ 36521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   c2: () => (/* reexport safe */ _http_status_js__WEBPACK_IMPORTED_MODULE_4__.c)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70925);
/* harmony import */ var _http_status_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66737);
// The GitHub REST client every action uses: @actions/github's octokit (which
// honours GITHUB_API_URL) with retries for 5xx and GitHub's recommended
// throttling for primary and secondary rate limits. Every request that still
// fails after them rejects with a GitHubApiError (an answer \u2265 400, with the
// permission it needs) or a NetworkError (no answer): see ./errors.ts.




function createGitHubClient(options) {
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const client = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl: options.apiUrl,
        userAgent: 'ci-medic',
        retry: { retries: options.retries ?? 3, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
        throttle: {
            enabled: options.pace ?? true,
            onRateLimit: retryUnlessTooLong('rate limit reached', options.logger, maxWait),
            onSecondaryRateLimit: retryUnlessTooLong('secondary rate limit', options.logger, maxWait)
        }
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
    // Registered after the plugins, so this hook is the outermost: plugin-retry
    // and plugin-throttling see octokit's own RequestError (and retry 5xx,
    // network errors and rate limits as before); callers get the typed error.
    client.hook.error('request', (error, requestOptions) => {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toGitHubError */ .Lg)(error, requestOptions);
    });
    return client;
}
/** Retry a rate-limited request twice, unless GitHub asks for a longer wait than we allow. */
function retryUnlessTooLong(what, logger, maxWaitSeconds) {
    return (retryAfter, request, _octokit, retryCount) => {
        logger.warning(`GitHub ${what} on ${request.method} ${request.url}; retrying in ${retryAfter}s.`);
        return retryCount < 2 && retryAfter <= maxWaitSeconds;
    };
}




/***/ }),

/***/ 67936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ issueLedger)
});

// UNUSED EXPORTS: LEDGER_LABEL

// EXTERNAL MODULE: ./src/core/ledger/ledger-line.ts
var ledger_line = __webpack_require__(52583);
;// CONCATENATED MODULE: ./src/core/ledger/ledger-comment.ts

const LEDGER_MARKER = '<!-- ci-medic:ledger v1 -->';
const RECORDS_START = '<!-- ci-medic:records';
const RECORDS_END = '-->';
/** Below GitHub's 65,536 limit with room for the table. */
const MAX_COMMENT_CHARS = 60_000;
const TABLE_ROWS = 15;
/**
 * JSON that cannot end an HTML comment early: `--` and `>` never appear
 * outside strings in JSON, so escaping them in the text escapes them inside
 * strings only (a future line's raw text included).
 */
function encodeLine(json) {
    return json.replace(/--/g, '-\\u002d').replace(/>/g, '\\u003e');
}
function verdictRow(r) {
    return {
        time: r.time,
        text: `| ${r.time.slice(0, 16).replace('T', ' ')} | ${r.workflow.replace(/\|/g, '\\|')} #${r.runId} (attempt ${r.runAttempt}) | \`${r.category}\` | \`${r.fingerprint}\` | ${r.nextAction} | ${r.actions.join(', ') || '\u2014'}${r.outcome ? ` (${r.outcome})` : ''} |`
    };
}
function outcomeRow(r) {
    return {
        time: r.time,
        text: `| ${r.time.slice(0, 16).replace('T', ' ')} | ${r.source} #${r.runId} (attempt ${r.runAttempt}) | \`${r.category.replace(/[|`]/g, '')}\` | \`${r.fingerprint.replace(/[|`]/g, '')}\` | outcome: ${r.resolution} | ${r.actions.join(', ') || '\u2014'} |`
    };
}
function renderLedgerComment(records, extras = {}) {
    const outcomes = extras.outcomes ?? [];
    const future = extras.future ?? [];
    const count = records.length + outcomes.length + future.length;
    const recent = [...records.map(verdictRow), ...outcomes.map(outcomeRow)]
        .sort((a, b) => b.time.localeCompare(a.time))
        .slice(0, TABLE_ROWS);
    return [
        LEDGER_MARKER,
        `**ci-medic failure ledger**: ${count} record${count === 1 ? '' : 's'} on this page, newest first.`,
        '',
        '| time (UTC) | run | category | fingerprint | next action | done |',
        '| --- | --- | --- | --- | --- | --- |',
        ...recent.map(r => r.text),
        '',
        RECORDS_START,
        ...records.map(r => encodeLine(JSON.stringify(r))),
        ...outcomes.map(r => encodeLine(JSON.stringify(r))),
        ...future.map(encodeLine),
        RECORDS_END,
        ''
    ].join('\n');
}
function parseLedgerComment(body) {
    if (!body.startsWith(LEDGER_MARKER))
        return undefined;
    const start = body.indexOf(RECORDS_START);
    const page = { records: [], outcomes: [], future: [], rejected: 0 };
    if (start < 0)
        return page;
    const end = body.indexOf(RECORDS_END, start + RECORDS_START.length);
    const block = body.slice(start + RECORDS_START.length, end < 0 ? undefined : end);
    for (const line of block.split('\n')) {
        if (!line.trim())
            continue;
        const parsed = (0,ledger_line/* parseLedgerLine */.D)(line);
        if (parsed.kind === 'verdict')
            page.records.push(parsed.record);
        else if (parsed.kind === 'outcome')
            page.outcomes.push(parsed.record);
        else if (parsed.kind === 'future')
            page.future.push(parsed.raw);
        else
            page.rejected += 1;
    }
    return page;
}
/** Whether a page with these records still fits in one comment. */
function fitsInOneComment(records, extras = {}) {
    return renderLedgerComment(records, extras).length <= MAX_COMMENT_CHARS;
}

// EXTERNAL MODULE: ./src/edges/ledger/store.ts
var store = __webpack_require__(2731);
// EXTERNAL MODULE: ./src/edges/github/own-issues.ts
var own_issues = __webpack_require__(89077);
;// CONCATENATED MODULE: ./src/edges/github/issue-ledger.ts
// The failure ledger kept in a tracking issue's comments (see
// core/ledger/ledger-comment.ts for the format). Reads trust only comments
// written by ci-medic's own login (./own-issues.ts); writes update the newest
// page until it is full, then start a new one. A page holds verdicts and
// outcomes, and keeps the lines of a future version when it is rewritten.



const LEDGER_LABEL = 'ci-medic-ledger';
function render(page) {
    return renderLedgerComment(page.records, page);
}
function fits(page, record) {
    const more = (0,store/* isOutcome */.L2)(record)
        ? { outcomes: [...page.outcomes, record], future: page.future }
        : { outcomes: page.outcomes, future: page.future };
    return fitsInOneComment((0,store/* isOutcome */.L2)(record) ? page.records : [...page.records, record], more);
}
function add(page, record) {
    if ((0,store/* isOutcome */.L2)(record))
        page.outcomes.push(record);
    else
        page.records.push(record);
}
/** Adds the records from `start` on while they fit; the index of the first one left. */
function fill(page, records, start) {
    let i = start;
    while (i < records.length && fits(page, records[i]))
        add(page, records[i++]);
    return i;
}
function issueLedger(client, repo, title, botLogin) {
    const ledger = {
        client,
        repo,
        botLogin,
        title,
        number: undefined,
        url: '',
        pages: undefined,
        corrupt: 0
    };
    return {
        async read() {
            const loaded = await loadPages(ledger);
            return {
                verdicts: loaded.flatMap(p => p.records),
                outcomes: loaded.flatMap(p => p.outcomes),
                future: loaded.flatMap(p => p.future),
                corrupt: ledger.corrupt
            };
        },
        append: records => appendRecords(ledger, records)
    };
}
async function findIssue(ledger) {
    if (ledger.number)
        return ledger.number;
    const found = (await (0,own_issues/* ownLabelledIssues */.sv)(ledger, LEDGER_LABEL)).find(i => i.title === ledger.title);
    if (found) {
        ledger.number = found.number;
        ledger.url = found.html_url;
    }
    return ledger.number;
}
/** The pages: ci-medic's own ledger comments, in order. */
async function loadPages(ledger) {
    if (ledger.pages)
        return ledger.pages;
    const number = await findIssue(ledger);
    if (!number)
        return (ledger.pages = []);
    const comments = await (0,own_issues/* ownMarkedComments */.$R)(ledger, number, LEDGER_MARKER);
    const pages = (ledger.pages = []);
    for (const comment of comments) {
        const parsed = parseLedgerComment(comment.body ?? '');
        if (!parsed)
            continue;
        const { records, outcomes, future, rejected } = parsed;
        ledger.corrupt += rejected;
        pages.push({ commentId: comment.id, records, outcomes, future });
    }
    return pages;
}
async function ensureIssue(ledger) {
    const found = await findIssue(ledger);
    if (found)
        return found;
    const { client, repo, title, botLogin } = ledger;
    const { data } = await client.rest.issues.create({
        ...repo,
        title,
        labels: [LEDGER_LABEL],
        body: [
            'This issue is the failure ledger of [ci-medic](https://github.com/ci-medic/ci-medic):',
            'one record per classified run and per failure autofix or self-heal handled, kept in the comments below (records are JSON Lines inside a hidden block).',
            'Keep it open; ci-medic reads it to tell flaky failures from real ones, and not to try a failed fix a third time. Only comments written by',
            `\`${botLogin}\` are read.`
        ].join(' ')
    });
    ledger.url = data.html_url;
    return (ledger.number = data.number);
}
async function appendRecords(ledger, records) {
    const { client, repo } = ledger;
    const loaded = await loadPages(ledger);
    const number = await ensureIssue(ledger);
    // The newest page takes what fits; the rest go to new pages, one comment each.
    const last = loaded[loaded.length - 1];
    let i = 0;
    if (last) {
        i = fill(last, records, 0);
        if (i > 0)
            await client.rest.issues.updateComment({
                ...repo,
                comment_id: last.commentId,
                body: render(last)
            });
    }
    while (i < records.length) {
        const page = { records: [], outcomes: [], future: [] };
        add(page, records[i++]);
        i = fill(page, records, i);
        const { data } = await client.rest.issues.createComment({
            ...repo,
            issue_number: number,
            body: render(page)
        });
        loaded.push({ commentId: data.id, ...page });
    }
    return { location: ledger.url };
}


/***/ }),

/***/ 89077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ ownMarkedComments),
/* harmony export */   dJ: () => (/* binding */ upsertOwnComment),
/* harmony export */   sv: () => (/* binding */ ownLabelledIssues),
/* harmony export */   xU: () => (/* binding */ writeOwnComment)
/* harmony export */ });
/** The issues (open or closed, never pull requests) with `label` that the token's login opened, in the API's order. */
async function ownLabelledIssues(site, label) {
    const { client, repo, botLogin } = site;
    const issues = await client.paginate(client.rest.issues.listForRepo, {
        ...repo,
        state: 'all',
        labels: label,
        per_page: 100
    });
    return issues.filter(i => !i.pull_request && i.user?.login === botLogin);
}
/** The token's login's comments on an issue whose body starts with `marker`, oldest first. */
async function ownMarkedComments(site, issueNumber, marker) {
    const { client, repo, botLogin } = site;
    const comments = await client.paginate(client.rest.issues.listComments, {
        ...repo,
        issue_number: issueNumber,
        per_page: 100
    });
    return comments.filter(c => c.user?.login === botLogin && (c.body ?? '').startsWith(marker));
}
/** Rewrites ci-medic's own comment `existingId` when there is one, else comments on the issue. */
async function writeOwnComment(site, issueNumber, existingId, body) {
    const { client, repo } = site;
    if (existingId !== undefined) {
        const { data } = await client.rest.issues.updateComment({
            ...repo,
            comment_id: existingId,
            body
        });
        return { id: existingId, url: data.html_url, action: 'updated' };
    }
    const { data } = await client.rest.issues.createComment({
        ...repo,
        issue_number: issueNumber,
        body
    });
    return { id: data.id, url: data.html_url, action: 'created' };
}
/** ci-medic's one comment starting with `marker` (`body` starts with it too), rewritten, or created. */
async function upsertOwnComment(site, issueNumber, marker, body) {
    const [existing] = await ownMarkedComments(site, issueNumber, marker);
    const { url, action } = await writeOwnComment(site, issueNumber, existing?.id, body);
    return { url, action };
}


/***/ }),

/***/ 4613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RETRY_LABEL: () => (/* binding */ RETRY_LABEL),
/* harmony export */   findRetryLabels: () => (/* binding */ findRetryLabels),
/* harmony export */   removeRetryLabel: () => (/* binding */ removeRetryLabel)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _alert_issues_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31983);
/* harmony import */ var _http_status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66737);



const RETRY_LABEL = 'ci-medic:retry';
/** Roles (legacy `permission` names) that may ask for a retry. */
const MAY_ASK = new Set(['admin', 'write']);
/** The retry labels on ci-medic's alert issues, each with who put it on and when. */
async function findRetryLabels(client, repo, botLogin) {
    const issues = await client.paginate(client.rest.issues.listForRepo, {
        ...repo,
        state: 'all',
        labels: `${_alert_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .ALERT_LABEL */ .We},${RETRY_LABEL}`,
        per_page: 100
    });
    const out = { asks: [], ignored: [] };
    for (const issue of issues) {
        const author = issue.user;
        const ours = author?.login === botLogin || author?.type === 'Bot';
        const fingerprints = (0,_alert_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .alertFingerprintsOf */ .hq)(issue.body ?? '');
        if (issue.pull_request || !ours || fingerprints.length === 0)
            continue;
        const labelled = await lastLabelled(client, repo, issue.number);
        if (!labelled)
            continue;
        if (!(await mayWrite(client, repo, labelled.by))) {
            out.ignored.push(`the ${RETRY_LABEL} label on #${issue.number} was put on by @${labelled.by}, who has no write access to the repository`);
            continue;
        }
        out.asks.push({ fingerprints, issue: issue.number, ...labelled });
    }
    return out;
}
/** Who put the retry label on last, and when. */
async function lastLabelled(client, repo, issueNumber) {
    const events = await client.paginate(client.rest.issues.listEvents, {
        ...repo,
        issue_number: issueNumber,
        per_page: 100
    });
    const labelled = events.filter(e => e.event === 'labeled' &&
        'label' in e &&
        e.label.name.toLowerCase() === RETRY_LABEL &&
        e.actor?.login);
    const last = labelled.at(-1);
    return last?.actor ? { by: last.actor.login, at: last.created_at } : undefined;
}
async function mayWrite(client, repo, login) {
    try {
        const { data } = await client.rest.repos.getCollaboratorPermissionLevel({
            ...repo,
            username: login
        });
        return MAY_ASK.has(data.permission);
    }
    catch (error) {
        // 404: not a collaborator at all.
        if ((0,_http_status_js__WEBPACK_IMPORTED_MODULE_2__/* .statusOf */ .c)(error) === 404)
            return false;
        throw error;
    }
}
/**
 * Takes the label off after the attempt. Already gone (404) is fine; any
 * other refusal is returned as plain words for one warning.
 */
async function removeRetryLabel(client, repo, issueNumber) {
    try {
        await client.rest.issues.removeLabel({ ...repo, issue_number: issueNumber, name: RETRY_LABEL });
        return undefined;
    }
    catch (error) {
        const status = (0,_http_status_js__WEBPACK_IMPORTED_MODULE_2__/* .statusOf */ .c)(error);
        if (status === 404)
            return undefined;
        const why = status === 403 ? "GitHub answered 403: the token lacks 'issues: write'" : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
        return `The ${RETRY_LABEL} label could not be taken off #${issueNumber} (${why}); take it off by hand (this attempt spent it).`;
    }
}


/***/ }),

/***/ 51942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   be: () => (/* binding */ otherRunFailedOnCommit),
/* harmony export */   pH: () => (/* binding */ getWorkflowRun),
/* harmony export */   uQ: () => (/* binding */ listFailedJobs),
/* harmony export */   ur: () => (/* binding */ streamJobLog)
/* harmony export */ });
/* unused harmony export explainReadError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36521);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70925);
// Reading a workflow run: the run itself, its failed jobs, and their logs as
// streams (a job log can be large; it is never held whole in memory here).



async function getWorkflowRun(client, repo, runId) {
    try {
        const { data } = await client.rest.actions.getWorkflowRun({ ...repo, run_id: runId });
        return {
            id: data.id,
            name: data.name ?? '',
            path: data.path,
            workflowId: data.workflow_id ?? 0,
            headBranch: data.head_branch ?? '',
            headSha: data.head_sha,
            headRepository: data.head_repository?.full_name ?? '',
            runAttempt: data.run_attempt ?? 1,
            event: data.event,
            status: data.status ?? '',
            conclusion: data.conclusion ?? '',
            htmlUrl: data.html_url
        };
    }
    catch (error) {
        throw explainReadError(error, `workflow run ${runId} of ${repo.owner}/${repo.repo}`);
    }
}
/** Jobs of the run's latest attempt that failed (or timed out); successful jobs are never read. */
async function listFailedJobs(client, repo, runId) {
    try {
        const jobs = await client.paginate(client.rest.actions.listJobsForWorkflowRun, {
            ...repo,
            run_id: runId,
            filter: 'latest',
            per_page: 100
        });
        const failed = jobs.filter(j => j.conclusion === 'failure' || j.conclusion === 'timed_out');
        // A cancelled job is read only when nothing failed outright (then the cancellation is the story).
        const chosen = failed.length ? failed : jobs.filter(j => j.conclusion === 'cancelled');
        return chosen.map(j => ({
            id: j.id,
            name: j.name,
            conclusion: j.conclusion ?? '',
            htmlUrl: j.html_url ?? '',
            failedSteps: (j.steps ?? []).filter(s => s.conclusion === 'failure').map(s => s.name)
        }));
    }
    catch (error) {
        throw explainReadError(error, `the jobs of run ${runId}`);
    }
}
/** Conclusions of a finished run that are not a failure. */
const PASSED = new Set(['success', 'skipped', 'neutral']);
/**
 * Whether another run of the same workflow file failed on this commit (its
 * latest attempt). One request for the newest 100 runs on the commit: how a
 * passing run knows, before reading the ledger, that there is nothing to learn.
 */
async function otherRunFailedOnCommit(client, repo, run) {
    try {
        const { data } = await client.rest.actions.listWorkflowRunsForRepo({
            ...repo,
            head_sha: run.headSha,
            per_page: 100
        });
        return data.workflow_runs.some(r => r.id !== run.id &&
            r.path === run.path &&
            r.status === 'completed' &&
            !PASSED.has(r.conclusion ?? ''));
    }
    catch (error) {
        throw explainReadError(error, `the runs of commit ${run.headSha}`);
    }
}
/**
 * Streams one job's log. GitHub answers the log request with a 302 to a
 * short-lived download URL; the redirect is taken by hand so the body can be
 * streamed instead of buffered by octokit.
 */
async function streamJobLog(client, repo, jobId) {
    let location;
    try {
        const response = await client.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', {
            ...repo,
            job_id: jobId,
            request: { redirect: 'manual' }
        });
        location = response.headers.location;
        if (!location) {
            // Some servers answer with the text itself.
            const text = typeof response.data === 'string' ? response.data : String(response.data ?? '');
            return (async function* () {
                yield new TextEncoder().encode(text);
            })();
        }
    }
    catch (error) {
        throw explainReadError(error, `the log of job ${jobId}`);
    }
    const download = await fetch(location).catch((error) => {
        // The log lives on GitHub's storage host, not on GITHUB_API_URL: name that host.
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toNetworkError */ .Ur)(error, { service: 'GitHub API', url: location }) ?? error;
    });
    if (!download.ok || !download.body) {
        throw new Error(`downloading the log of job ${jobId} failed: HTTP ${download.status}`);
    }
    return download.body;
}
/** Turns API errors on reads into messages that name the permission or the id to check. */
function explainReadError(error, what) {
    const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error);
    // A rate limit or an outage is not the run id's fault nor a missing permission.
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubApiError */ .OS && (error.kind === 'rate-limit' || error.kind === 'server'))
        return error;
    if (status === 404) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub says ${what} does not exist (404). Check 'run-id', and that the token can see this repository.`, { cause: error });
    }
    if (status === 403 || status === 401) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub refused to show ${what} (${status}): the token needs 'actions: read' (add it under permissions: in the workflow).`, { cause: error });
    }
    return error instanceof Error ? error : new Error(String(error));
}


/***/ }),

/***/ 86856:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ throttling)
/* harmony export */ });
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63251);
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;



/***/ })

};
