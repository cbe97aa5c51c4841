export const id = 182;
export const ids = [182];
export const modules = {

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

/***/ 62127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ parseLedgerLine),
  e: () => (/* binding */ parseLedgerText)
});

// EXTERNAL MODULE: ./src/core/ledger/ledger-delta.ts
var ledger_delta = __webpack_require__(71075);
// EXTERNAL MODULE: ./src/core/ledger/ledger-record.ts
var ledger_record = __webpack_require__(34544);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/core/ledger/outcome-record.ts
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
const outcomeRecordSchema = schemas/* object */.Ikc({
    v: schemas/* literal */.euz(1),
    kind: schemas/* literal */.euz('outcome'),
    /** ISO time the record was written. */
    time: schemas/* string */.YjP(),
    /** Which action wrote it. */
    source: schemas/* enum */.k5n(['autofix', 'self-heal']),
    runId: schemas/* number */.aig(),
    runAttempt: schemas/* number */.aig(),
    /** The commit the fixing run started from. */
    sha: schemas/* string */.YjP(),
    /** The same fingerprint classify computes for a CI failure; `sentry:<groupKey>` for a self-heal group. */
    fingerprint: schemas/* string */.YjP(),
    category: schemas/* string */.YjP(),
    /** Test/error identity for people: a test name, a Sentry issue short id. */
    title: schemas/* string */.YjP(),
    /** Repository files the failure points at, or the fix changed. */
    files: schemas/* array */.YOg(schemas/* string */.YjP()),
    /** The check command that showed the failure (empty for self-heal). */
    command: schemas/* string */.YjP(),
    resolution: schemas/* enum */.k5n(RESOLUTIONS),
    /** Why, for anything but `fixed`/`verified`: one sentence, untrusted text already made inert. */
    reason: schemas/* string */.YjP(),
    actions: schemas/* array */.YOg(schemas/* enum */.k5n(OUTCOME_ACTIONS)),
    /** Model attempts spent on it (0 for a tier-0 fix or a skip). */
    attempts: schemas/* number */.aig(),
    tokens: schemas/* number */.aig(),
    costUsd: schemas/* number */.aig(),
    /** Wall-clock seconds spent on it. */
    seconds: schemas/* number */.aig(),
    /** The PR that carries the fix, when one exists. */
    pr: schemas/* string */.YjP(),
    /** The verified fix commit, when one exists. */
    commit: schemas/* string */.YjP(),
    /** Links to the learnings (docs/patterns/*.md) that were in the prompt. */
    learnings: schemas/* array */.YOg(schemas/* string */.YjP())
});

;// CONCATENATED MODULE: ./src/core/ledger/ledger-line.ts
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
        const parsed = outcomeRecordSchema.safeParse(value);
        return parsed.success ? { kind: 'outcome', record: parsed.data } : { kind: 'corrupt' };
    }
    const parsed = ledger_record/* ledgerRecordSchema */.sQ.safeParse(value);
    return parsed.success ? { kind: 'verdict', record: parsed.data } : { kind: 'corrupt' };
}
/** JSON Lines text \u2192 records by kind; blank lines and delta/snapshot headers are ignored. */
function parseLedgerText(text) {
    const out = { verdicts: [], outcomes: [], future: [], corrupt: 0 };
    for (const line of text.split('\n')) {
        if (!line.trim())
            continue;
        const parsed = parseLedgerLine(line);
        if (parsed.kind === 'future' && (0,ledger_delta/* parseLedgerHeader */.k5)(line))
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
/* harmony export */   sQ: () => (/* binding */ ledgerRecordSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
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

/***/ 10182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fileLedger: () => (/* binding */ fileLedger)
/* harmony export */ });
/* unused harmony export LedgerFileError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_ledger_ledger_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62127);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2731);
// The ledger as a local JSON Lines file (`ledger: file` with `ledger-path`):
// read whole, appended to, never rewritten, so corrupt lines and lines of a
// future version stay exactly as they were. A file that does not exist yet
// is an empty ledger (the first run, or no artifact downloaded yet); one that
// cannot be read or written is one LedgerFileError naming the path, the cause
// and the fix.




class LedgerFileError extends Error {
    name = 'LedgerFileError';
}
function codeOf(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
function fileLedger(path) {
    return {
        async read() {
            let text;
            try {
                text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
            }
            catch (error) {
                if (codeOf(error) === 'ENOENT')
                    return (0,_store_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyLedger */ .Hg)();
                throw new LedgerFileError(`The ledger file ${path} could not be read (${codeOf(error)}): give 'ledger-path' a readable JSON Lines file, or a path where none exists yet.`);
            }
            return (0,_core_ledger_ledger_line_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLedgerText */ .e)(text);
        },
        async append(records) {
            const text = records.map(r => `${JSON.stringify(r)}\n`).join('');
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
                // A file that does not end in a newline (written by hand) still gets whole lines.
                const before = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8').catch(() => '');
                const sep = before && !before.endsWith('\n') ? '\n' : '';
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(path, sep + text);
            }
            catch (error) {
                throw new LedgerFileError(`The ledger file ${path} could not be written (${codeOf(error)}): give 'ledger-path' a writable path (for example under \${{ runner.temp }}).`);
            }
            return { location: path };
        }
    };
}


/***/ })

};
