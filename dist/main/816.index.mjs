export const id = 816;
export const ids = [816];
export const modules = {

/***/ 56869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ld: () => (/* binding */ FLAKY_EVIDENCE_RULE),
/* harmony export */   Vu: () => (/* binding */ NONDETERMINISTIC_RULE),
/* harmony export */   fE: () => (/* binding */ flakeSignalOf),
/* harmony export */   fy: () => (/* binding */ withFlakeEvidence),
/* harmony export */   oc: () => (/* binding */ passedOnRetry)
/* harmony export */ });
/* unused harmony exports NONDETERMINISTIC_CONFIDENCE, nondeterminism, describeFlake */
/** The rule of a test failure whose tests all show strong flake evidence. */
const FLAKY_EVIDENCE_RULE = 'root.flaky-evidence';
/** The rule of a test failure whose tests all show some (weak) flake evidence. */
const NONDETERMINISTIC_RULE = 'root.test-nondeterministic';
/** The confidence of a nondeterministic test failure: below classify's dispatch threshold (0.5). */
const NONDETERMINISTIC_CONFIDENCE = 0.45;
const LOOK_AHEAD = 30;
const BLOCK_LINES = 60;
/** How far from a failure its other blocks are looked for, and how many are read. */
const NEAR_LINES = 300;
const MAX_SEGMENTS = 4;
const MAX_TEXT = 200;
/** A comparison assertion failed (jest/vitest, chai, pytest, hamcrest, testify, gtest's EXPECT_LT wordings). */
const COMPARISON = /\bto be (?:less than|greater than|below|above|at most|at least|within)\b|\.toBeLessThan(?:OrEqual)?\(|\.toBeGreaterThan(?:OrEqual)?\(|\bassert .{1,80}? [<>]=? ?[\d.]+\b|\bassert [\d.e+-]+ [<>]=? [\w.]+|\b[Ee]xpected: [<>]=? [\d.]+|\bshould be (?:less|greater|lower|higher) than\b|\b(?:less|greater) than or equal to\b|"[\d.e+-]+" is not (?:less|greater) than "[\d.e+-]+"|\bwas (?:not )?(?:less|greater) than\b|\bExpected: \(.{1,80}?\) [<>]=? \(.{1,80}?\), actual:/i;
/** A measured time: the quantity a comparison is about (words, not a runner's test duration). */
const DURATION = /(?<!Time )(?:\b|_)(?:elapsed\w*|duration\w*|latency|took|wall ?clock|time\.Since|currentTimeMillis|nanoTime|Stopwatch|timing|time_?taken|timeTaken|runtime_?ms)\b|\btime\.(?:time|monotonic|perf_counter)\(|\b(?:Date|performance)\.now\(|\b(?:less|greater) than [\d.]+ ?(?:ms|milliseconds|seconds)\b/i;
/** Waiting for a condition that did not come in time. */
const WAIT_TIMEOUT = /\btimed out waiting for\b|\bTimed out \d+ ?ms waiting for\b|\bwaiting for .{1,80}? timed out\b|\bCondition never satisfied\b|\bwas not fulfilled within\b|\bConditionTimeoutException\b|\bTimeoutError: Waiting for\b|\bWaiter encountered a terminal failure state/i;
/** A refused connection, and a local address: a server the test started was not (yet) there. */
const REFUSED = /\bconnection refused\b|\bECONNREFUSED\b|\bConnectionRefusedError\b|\bactively refused\b/i;
const LOCALHOST = /\blocalhost\b|\b127\.0\.0\.1\b|\[::1\]|\b0\.0\.0\.0\b/;
/** Race detectors (Go's -race, ThreadSanitizer, the Go testing package's own line). */
const RACE = /\bWARNING: DATA RACE\b|\bThreadSanitizer: data race\b|\brace detected during execution of test\b|\bWARNING: ThreadSanitizer\b/;
/** A failing test's own marker, so a later pass line is matched only against this test. */
const PASS_LINE = /^\s*(?:(?:[\u2713\u2714\u221A]|ok|PASS|PASSED)\s+(?:\d+\s+)?|--- PASS: |=== PASS |\[\s*(?:OK|PASSED)\s*\]\s+)(.+?)\s*$|^\s*(\S+::\S+)\s+PASSED\b/;
/** A line that starts another test's block of output (pytest, jest/vitest, mocha, Go, gtest). */
const BLOCK_START = /^\s*(?:_{3,} .+ _{3,}$|={3,} .+ ={3,}$|(?:FAIL|\u00D7|\u2715|\u2716|\u25CF)\s|--- FAIL: |=== RUN |\d+\) \S|\u23AF{3,}|\[\s*(?:FAILED|RUN)\s*\])/;
/**
 * The flake evidence of one test failure: the same test passing later in its window, else the
 * words of its own output (its message and the lines after it, and every block of the window
 * that starts with a line naming the test, each up to the next test's block).
 */
function flakeSignalOf(failure, lines, index) {
    // Playwright's failures are named `[project] title`; its lines put the file between them.
    const leaf = failure.test
        ?.split(' > ')
        .pop()
        ?.replace(/^\[[^\]]+\]\s+/, '')
        .trim();
    const named = leaf && leaf.length >= 3 ? leaf : undefined;
    const project = /^\[[^\]]+\]/.exec(failure.test?.split(' > ').pop() ?? '')?.[0] ?? '';
    const retried = named ? passedLater(named, project, lines, index) : undefined;
    if (retried)
        return retried;
    const segments = [[failure.message, ...blockFrom(lines, index, named)]];
    // The test's other blocks near it (a summary line far from its details: pytest's FAILED
    // line under its section), bounded so a window of thousands of failures stays linear.
    const from = Math.max(0, index - NEAR_LINES);
    const to = Math.min(lines.length, index + NEAR_LINES);
    for (let i = from; named && i < to && segments.length < MAX_SEGMENTS; i++)
        if (i !== index && namesTest(lines[i], named))
            segments.push(blockFrom(lines, i, named));
    let weak;
    for (const own of segments) {
        const found = nondeterminism(own);
        if (found?.strong)
            return found;
        weak ??= found;
    }
    return weak;
}
/**
 * The line names this test, not a longer one (`works` is not named by `works with timing`):
 * the name ends the line or is followed by a runner's decoration (` (0.08s)`, ` ____`, ` \u2500\u2500\u2500`).
 */
function namesTest(line, leaf) {
    for (let at = line.indexOf(leaf); at >= 0; at = line.indexOf(leaf, at + 1)) {
        const before = at === 0 ? ' ' : line[at - 1];
        const after = line.slice(at + leaf.length);
        if (/[\s\u203A>:/.\]_=-]/.test(before) && /^(?:\s*$|\s+[([_\u2500=-]|:)/.test(after))
            return true;
    }
    return false;
}
/** Lines from `start` up to the next block of another test (capped). */
function blockFrom(lines, start, leaf) {
    const end = Math.min(lines.length, start + BLOCK_LINES);
    let i = start + 1;
    while (i < end && !(BLOCK_START.test(lines[i]) && !(leaf && lines[i].includes(leaf))))
        i++;
    return lines.slice(start, i);
}
/** The same test printed as passed after its failure (a retry, a rerun, another -count run). */
function passedLater(leaf, project, lines, index) {
    const end = Math.min(lines.length, index + LOOK_AHEAD);
    for (let i = index + 1; i < end; i++) {
        const line = lines[i];
        if (!line.includes(leaf) || !line.includes(project))
            continue;
        const m = PASS_LINE.exec(line);
        if (!m)
            continue;
        const name = (m[1] ?? m[2] ?? '').replace(/\s*\((?:retry|repeat)[^)]*\)|\s*\([\d.]+ ?m?s\)/g, '');
        if (endsWithName(name, leaf))
            return signal('passed-on-retry', true, line);
    }
    return undefined;
}
/** `name` is the test, or ends with it after a separator (`\u203A`, `>`, `::`, `/`, `.`, `]`). */
function endsWithName(name, leaf) {
    const trimmed = name.replace(/\s+\d+(?:\.\d+)?\s*m?s$/, '').trim();
    if (trimmed === leaf)
        return true;
    if (!trimmed.endsWith(leaf))
        return false;
    return /[\u203A>:/.\]]$/.test(trimmed.slice(0, -leaf.length).trimEnd());
}
/** Words of nondeterminism in a failure's own output, strongest first. */
function nondeterminism(own) {
    const text = own.join('\n');
    const comparison = COMPARISON.exec(text);
    if (comparison && DURATION.test(text))
        return signal('timing', true, lineOf(own, COMPARISON));
    const race = lineOf(own, RACE);
    if (race)
        return signal('race', false, race);
    const wait = lineOf(own, WAIT_TIMEOUT);
    if (wait)
        return signal('wait-timeout', false, wait);
    const refused = lineOf(own, REFUSED);
    if (refused && LOCALHOST.test(text))
        return signal('localhost-refused', false, refused);
    const order = orderOnlyDiff(own);
    if (order)
        return signal('ordering', false, order);
    return undefined;
}
/**
 * A diff whose removed and added lines are the same lines in another order (jest/vitest's
 * `- Expected` / `+ Received` blocks, pytest's `-`/`+` full diff): an equality that holds up
 * to order.
 */
function orderOnlyDiff(own) {
    const minus = [];
    const plus = [];
    for (const line of own) {
        const m = /^\s*([-+])\s{1,3}(\S.*?)\s*,?\s*$/.exec(line);
        if (!m || /^[-+]\s*(?:Expected|Received)\b/.test(line.trim()))
            continue;
        (m[1] === '-' ? minus : plus).push(m[2].replace(/,$/, ''));
    }
    if (minus.length === 0 || minus.length !== plus.length)
        return undefined;
    if ([...minus].sort().join('\n') !== [...plus].sort().join('\n'))
        return undefined;
    return `the expected and received values hold the same lines in another order`;
}
function lineOf(lines, re) {
    for (const line of lines)
        if (re.test(line))
            return line;
    return '';
}
function signal(kind, strong, text) {
    return { kind, strong, text: text.trim().slice(0, MAX_TEXT) };
}
/**
 * The failures that failed and then passed on a retry in the same run (a retry plugin's
 * named flaky report, Playwright's `(retry #1)` pass): flaky by the run's own evidence.
 */
var passedOnRetry = (function passedOnRetry(failures) {
    return failures.filter(f => f.flake?.kind === 'passed-on-retry' && f.flake.strong);
});
const KIND_WORDS = {
    'passed-on-retry': 'passed later in the same run',
    timing: 'its assertion compares a measured time',
    'wait-timeout': 'it timed out waiting for a condition',
    'localhost-refused': 'a local server refused the connection',
    race: 'a race detector reported a data race',
    ordering: 'the values differ only in order'
};
/** Plain words for a signal, for a verdict's reason. */
function describeFlake(s) {
    return `${KIND_WORDS[s.kind]} (${s.text})`;
}
/**
 * A test failure whose failing tests all show flake evidence: strong everywhere makes it
 * transient (a rerun); any weak evidence keeps it a test failure below the dispatch
 * threshold. Other verdicts, and test failures where one test shows none, are unchanged.
 */
var withFlakeEvidence = (function withFlakeEvidence(v) {
    if (v.rule !== 'root.test')
        return v;
    const tests = v.roots.filter(f => f.category === 'test_fail' && f.rule !== 'test.summary');
    if (tests.length === 0 || tests.some(f => !f.flake))
        return v;
    const signals = tests.map(f => f.flake);
    const first = signals.find(s => !s.strong) ?? signals[0];
    if (signals.every(s => s.strong))
        return {
            ...v,
            category: 'transient',
            rule: FLAKY_EVIDENCE_RULE,
            reason: `${v.reason} Every failing test shows it is flaky: ${describeFlake(first)}; a rerun is likely to pass.`,
            confidence: 0.6
        };
    const confidence = Math.min(NONDETERMINISTIC_CONFIDENCE, ...tests.map(f => f.confidence));
    return {
        ...v,
        rule: NONDETERMINISTIC_RULE,
        reason: `${v.reason} The output points to nondeterminism: ${describeFlake(first)}; the test may be flaky, so this is not sure enough to autofix.`,
        confidence
    };
});


/***/ }),

/***/ 44608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OY: () => (/* binding */ describeEntry),
/* harmony export */   z9: () => (/* binding */ RunJournal)
/* harmony export */ });
/* unused harmony export JOURNAL_CODES */
// The run journal: what one run of an action did, what it skipped and why,
// and what it could not do (with the permission or setting that would allow
// it). Every action writes its outcome here as it goes; the step outputs, the
// job summary, the report JSON and the ledger's `actions` are all rendered
// from it once, so they can never disagree.
/**
 * What a journal entry is about, as a closed set of codes: the ledger stores
 * these, never prose. Add a code here before using it.
 */
const JOURNAL_CODES = (/* unused pure expression or super */ null && ([
    // classify
    'rerun-requested',
    'rerun-recorded',
    'autofix-dispatched',
    'alert-opened',
    'alert-updated',
    'alert-reopened',
    'ledger-read',
    'ledger-written',
    'logs-read',
    'second-opinion',
    // autofix and self-heal
    'checks-run',
    'fixes-verified',
    'pr-opened',
    'pr-updated',
    'pr-closed',
    'branch-pushed',
    'dry-run',
    'known-flakes',
    'model',
    'state-read',
    'state-written',
    'report-commented',
    'earlier-fixes-checked',
    'sentry-read',
    'sentry-noted',
    'sentry-resolved',
    'frames-mapped',
    'run-context',
    'publish',
    'cancelled',
    'daily-cap',
    'baseline-cache'
]));
class RunJournal {
    #entries = [];
    /** Something this run did. */
    done(code, text) {
        this.#entries.push({ kind: 'done', code, text });
    }
    /** Something this run chose not to do, and why (a dry run, no key, nothing to do). */
    skipped(code, text) {
        this.#entries.push({ kind: 'skipped', code, text });
    }
    /** Something this run tried and could not do; `needs` names what would allow it. */
    couldNot(code, text, needs) {
        this.#entries.push({ kind: 'could-not', code, text, ...(needs ? { needs } : {}) });
    }
    /** Context for a reader of the report (not a warning). */
    fact(code, text) {
        this.#entries.push({ kind: 'fact', code, text });
    }
    get entries() {
        return this.#entries;
    }
    of(kind) {
        return this.#entries.filter(e => e.kind === kind);
    }
    /** The codes of what was done, each once, in order: the ledger's `actions`. */
    doneCodes() {
        return [...new Set(this.of('done').map(e => e.code))];
    }
    /** What a person should be warned about: could-not entries, and skips that lose something. */
    warnings() {
        return this.of('could-not').map(describeEntry);
    }
}
/** One line for a person: the text, and what would allow it when that is known. */
function describeEntry(entry) {
    if (!entry.needs || entry.text.includes(entry.needs))
        return entry.text;
    return `${entry.text.replace(/\.$/, '')} (needs ${entry.needs}).`;
}


/***/ }),

/***/ 52889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HX: () => (/* binding */ isKnownFlake),
/* harmony export */   IW: () => (/* binding */ failuresPassedOnCommit),
/* harmony export */   xT: () => (/* binding */ flakyFingerprints)
/* harmony export */ });
/* unused harmony export recordOfRun */
/* harmony import */ var _classify_flake_evidence_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56869);
// What the ledger says about a fingerprint's history: known flakes and an
// earlier attempt of the same run. Apart from the record schema
// (ledger-record.ts), so that classify's decision, which loads at start-up,
// does not load zod with it (the outcome type below is erased).

/**
 * autofix's own evidence (flaky-check.ts in core/autofix): a failure it skipped
 * as a known flake, because the ledger said so or because it passed when
 * re-run unchanged on that commit.
 */
function isFlakyOutcome(o) {
    return o.source === 'autofix' && o.actions.includes('skipped-known-flake');
}
/**
 * A fingerprint is flaky on a commit when it failed and passed on that
 * commit: a rerun of its run passed, another run of its workflow passed
 * (classify's `rerun-passed` records), or autofix saw it pass when re-run
 * unchanged (its outcome records). Fixing it would "fix" nothing, so it is
 * alerted instead.
 */
var isKnownFlake = (function isKnownFlake(records, fingerprint, sha, outcomes = []) {
    const onCommit = (r) => sha === '' || r.sha === sha;
    return (records.some(r => r.outcome === 'rerun-passed' && marks(r, fingerprint) && onCommit(r)) ||
        outcomes.some(o => o.fingerprint === fingerprint && isFlakyOutcome(o) && onCommit(o)));
});
/** A verdict's run fingerprint, or one of its failures' (autofix's fingerprints are per failure). */
function marks(r, fingerprint) {
    return r.fingerprint === fingerprint || (r.failureFingerprints?.includes(fingerprint) ?? false);
}
/**
 * A record whose failures are flaky one by one: they passed on the commit (`rerun-passed`), or
 * their own log showed it (a pass of the same test later in the run, a timing assertion:
 * classify's in-log flake rules).
 */
function flakyFailures(r) {
    return r.outcome === 'rerun-passed' || r.rule === 'root.flaky' || r.rule === _classify_flake_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .FLAKY_EVIDENCE_RULE */ .Ld;
}
/**
 * Any flaky or transient history for a fingerprint, on any commit (autofix's known-flake gate):
 * including a failure that passed on a retry inside a run that failed for another reason.
 */
function flakyFingerprints(records, outcomes = []) {
    return new Set([
        ...records
            .filter(r => r.outcome === 'rerun-passed' || r.category === 'transient')
            .map(r => r.fingerprint),
        ...records.filter(flakyFailures).flatMap(r => r.failureFingerprints ?? []),
        ...records.flatMap(r => r.passedOnRetry ?? []),
        ...outcomes.filter(isFlakyOutcome).map(o => o.fingerprint)
    ]);
}
/** The record of an earlier attempt of the same run, if classify saw one. */
function recordOfRun(records, runId) {
    return records.filter(r => r.runId === runId).sort((a, b) => b.runAttempt - a.runAttempt)[0];
}
/**
 * Events whose runs test a merge of the head commit into the base branch, not
 * the commit alone: two such runs (or one of them and a push) on the same head
 * sha may have tested different code, so only another attempt of the same run
 * tells a flake there.
 */
const MERGE_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);
/** Whether two runs on one head sha tested the same code: both known events that test the commit itself. */
function sameCodeTested(failedEvent, passedEvent) {
    return (failedEvent !== undefined &&
        failedEvent !== '' &&
        passedEvent !== '' &&
        !MERGE_EVENTS.has(failedEvent) &&
        !MERGE_EVENTS.has(passedEvent));
}
/**
 * The failures a passing run shows to be flaky, one verdict per fingerprint
 * (the newest): those classify recorded on the same commit for an earlier
 * attempt of this run, or for another run of the same workflow (a re-push, a
 * dispatch, a schedule, the push and pull_request runs of one commit).
 * Fingerprints the ledger already marks flaky on that commit are left out,
 * so classifying the passing run again records nothing twice.
 */
function failuresPassedOnCommit(records, run) {
    if (!run.sha)
        return [];
    const failedHere = (r) => r.outcome === '' &&
        r.fingerprint !== '' &&
        r.sha === run.sha &&
        (r.runId === run.id
            ? r.runAttempt < run.attempt
            : r.workflowPath === run.path && run.path !== '' && sameCodeTested(r.event, run.event));
    const newest = new Map();
    for (const r of records.filter(failedHere)) {
        const seen = newest.get(r.fingerprint);
        if (!seen || seen.time <= r.time)
            newest.set(r.fingerprint, r);
    }
    return [...newest.values()].filter(r => !isKnownFlake(records, r.fingerprint, run.sha));
}


/***/ }),

/***/ 34201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EU: () => (/* binding */ fence),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   xe: () => (/* binding */ inertReferences),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
// Markdown helpers for text that came from logs, tests or users: it is shown,
// never interpreted (no HTML, no table breaks, no mentions, bounded length).
var truncate = (function truncate(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
});
/** One table cell: a single line, pipes and HTML escaped, @mentions defused. */
var cell = (function cell(text, max = 160) {
    if (text === undefined || text === '')
        return '';
    return truncate(String(text).replace(/\s+/g, ' ').trim(), max)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/@(?=\w)/g, '@\u200b');
});
/**
 * Untrusted text where GitHub acts on references (a PR title or body, an
 * issue): no `#12`, `owner/repo#12`, `GH-12` or issue URL that a closing
 * keyword before it (`Closes #12`) would close on merge, or that would
 * cross-reference the issue, and no `@mention`. A zero-width space after `#`,
 * `@`, `GH-` and `://` breaks each, and the text reads the same.
 */
function inertReferences(text) {
    return text
        .replace(/([#@])(?=[\p{L}\p{N}_])/gu, '$1\u200b')
        .replace(/\b(GH-)(?=\d)/gi, '$1\u200b')
        .replace(/:\/\//g, ':/\u200b/')
        .replace(/\b(www)\./gi, '$1\u200b.');
}
/** A fenced block that the content cannot close early. */
var fence = (function fence(text, info = 'text') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(m => m[0].length));
    const ticks = '`'.repeat(longest + 1);
    return `${ticks}${info}\n${text}\n${ticks}`;
});
var table = (function table(header, rows) {
    return [
        `| ${header.join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows.map(r => `| ${r.join(' | ')} |`)
    ].join('\n');
});


/***/ }),

/***/ 70925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ID: () => (/* binding */ isGitHubApiError),
/* harmony export */   Lg: () => (/* binding */ toGitHubError),
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   Up: () => (/* binding */ missingPermission),
/* harmony export */   dZ: () => (/* binding */ describeGitHubError)
/* harmony export */ });
/* unused harmony exports permissionNeeded, messageOfBody */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _http_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66737);
// GitHub's error answers as one typed error. createGitHubClient converts
// every failed request (after plugin-retry and plugin-throttling had their
// turn) into a GitHubApiError, or a NetworkError when no answer came, so
// every caller can name the permission a request needs, tell a 404 from an
// outage, and keep reading `status` (statusOf) as before.
// No octokit value imports: the run wrapper loads this module at start-up.


/** A GitHub REST answer with a 4xx or 5xx status. `status` is a number, so statusOf keeps working. */
class GitHubApiError extends Error {
    name = 'GitHubApiError';
    status;
    kind;
    method;
    url;
    /** The path with its values and without the query, e.g. `/repos/acme/widgets/pulls`. */
    path;
    /** The route template when octokit knew one (`/repos/{owner}/{repo}/pulls`), else `path`. */
    route;
    /** GitHub's own message (with its `errors` details), one line. */
    githubMessage;
    documentationUrl;
    /** The workflow permission the request needs, e.g. `pull-requests: write`; undefined when none can grant it. */
    needs;
    /** What to do about it: the sentence after the colon of `message`. */
    hint;
    /** octokit's request (token redacted) and response, for callers that read them as before. */
    request;
    response;
    constructor(init) {
        const method = init.method.toUpperCase();
        const path = pathOf(init.url);
        const route = init.route ? pathOf(init.route) : path;
        const githubMessage = messageOfBody(init.data);
        const kind = kindOf(init.status, githubMessage, init.headers ?? {});
        const needs = permissionNeeded(method, route);
        const hint = hintFor(kind, needs, githubMessage);
        const said = `${init.status}: ${githubMessage || 'no message'}`;
        const opening = kind === 'auth' || kind === 'permission'
            ? `GitHub refused ${method} ${path} (${said})`
            : `GitHub answered ${init.status} to ${method} ${path} (${githubMessage || 'no message'})`;
        super(hint ? `${opening}: ${hint}` : `${opening}.`, { cause: init.cause });
        this.status = init.status;
        this.kind = kind;
        this.method = method;
        this.url = init.url;
        this.path = path;
        this.route = route;
        this.githubMessage = githubMessage;
        this.documentationUrl = documentationUrlOf(init.data);
        this.needs = needs;
        this.hint = hint;
        this.request = init.cause?.request;
        this.response = {
            status: init.status,
            url: init.url,
            headers: init.headers ?? {},
            data: init.data
        };
    }
}
function isGitHubApiError(error) {
    return error instanceof GitHubApiError;
}
// ---------------------------------------------------------------- permissions
const REPO = String.raw `^/repos/[^/]+/[^/]+`;
/**
 * THE table: which workflow permission a REST route needs (`read` for GET
 * and HEAD, `write` otherwise). Routes are matched on their path, template
 * (`{owner}`) or filled in alike; the first row that matches wins.
 */
const PERMISSION_TABLE = [
    { path: new RegExp(`${REPO}/commits/[^/]+/(check-runs|check-suites)(/|$)`), permission: 'checks' },
    { path: new RegExp(`${REPO}/commits/[^/]+/status(es)?(/|$)`), permission: 'statuses' },
    { path: new RegExp(`${REPO}/(check-runs|check-suites)(/|$)`), permission: 'checks' },
    { path: new RegExp(`${REPO}/statuses(/|$)`), permission: 'statuses' },
    { path: new RegExp(`${REPO}/pulls(/|$)`), permission: 'pull-requests' },
    { path: new RegExp(`${REPO}/(issues|labels|milestones)(/|$)`), permission: 'issues' },
    { path: new RegExp(`${REPO}/actions(/|$)`), permission: 'actions' },
    { path: new RegExp(`${REPO}/deployments(/|$)`), permission: 'deployments' },
    {
        path: new RegExp(`${REPO}/(contents|git|branches|commits|compare|merges|releases|tarball|zipball|readme)(/|$)`),
        permission: 'contents'
    },
    { path: new RegExp(`${REPO}/?$`), permission: 'metadata', readOnly: true }
];
/**
 * The workflow permission `method route` needs, e.g. `pull-requests: write`
 * for `POST /repos/{owner}/{repo}/pulls`; undefined for routes no workflow
 * permission grants (`GET /user`). GitHub Enterprise's `/api/v3` prefix and
 * absolute URLs are fine.
 */
function permissionNeeded(method, route) {
    const path = pathOf(route);
    const row = PERMISSION_TABLE.find(r => r.path.test(path));
    if (!row)
        return undefined;
    const read = row.readOnly || ['GET', 'HEAD'].includes(method.toUpperCase());
    return `${row.permission}: ${read ? 'read' : 'write'}`;
}
/** `https://ghe.example/api/v3/repos/o/r/pulls?x=1` \u2192 `/repos/o/r/pulls`. */
function pathOf(url) {
    const path = url
        .replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]+/i, '')
        .replace(/[?#].*$/, '')
        .replace(/^\/api\/v3(?=\/)/, '');
    return path.startsWith('/') ? path : `/${path}`;
}
// ---------------------------------------------------------------- messages
const ACTIONS_CANNOT_CREATE_PRS = 'allow it under Settings \u2192 Actions \u2192 General \u2192 Workflow permissions \u2192 "Allow GitHub Actions to create and approve pull requests", or pass a GitHub App or personal access token.';
function kindOf(status, message, headers) {
    if (status === 429)
        return 'rate-limit';
    if (status === 403 &&
        (String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(message)))
        return 'rate-limit';
    if (status === 401)
        return 'auth';
    if (status === 403)
        return 'permission';
    if (status === 404)
        return 'not-found';
    if (status === 422)
        return 'validation';
    if (status >= 500)
        return 'server';
    return 'other';
}
function hintFor(kind, needs, message) {
    switch (kind) {
        case 'auth':
            return 'the token was not accepted (missing, expired or revoked): check the github-token input.';
        case 'permission':
            if (/not permitted to create or approve pull requests/i.test(message))
                return ACTIONS_CANNOT_CREATE_PRS;
            return needs
                ? `the token needs '${needs}'. Add it under permissions: in the workflow.`
                : 'the token may not do this: check its permissions and the repository settings.';
        case 'not-found':
            return `it does not exist, or the token cannot see it${needs ? ` (seeing it takes '${needs}')` : ''}.`;
        case 'rate-limit':
            return "GitHub's rate limit was reached and the wait would be too long: try again later.";
        case 'server':
            return 'GitHub had a problem answering: try again later.';
        default:
            return '';
    }
}
/** GitHub's `message` plus the messages of its `errors`, on one line (HTML pages flattened and cut). */
function messageOfBody(data) {
    if (data && typeof data === 'object' && !Array.isArray(data)) {
        const { message, errors } = data;
        const details = Array.isArray(errors)
            ? errors.map(e => e && typeof e === 'object' && 'message' in e
                ? String(e.message)
                : typeof e === 'string'
                    ? e
                    : JSON.stringify(e))
            : [];
        const text = [typeof message === 'string' ? message : '', ...details].filter(Boolean).join(': ');
        return oneLine(text);
    }
    if (typeof data === 'string')
        return oneLine(data.replace(/<[^>]*>/g, ' '));
    return '';
}
function oneLine(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 300 ? `${line.slice(0, 299)}\u2026` : line;
}
function documentationUrlOf(data) {
    const url = data?.documentation_url;
    return typeof url === 'string' ? url : undefined;
}
function isOctokitRequestError(error) {
    const request = error?.request;
    return (typeof (0,_http_status_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c)(error) === 'number' &&
        typeof request?.method === 'string' &&
        typeof request.url === 'string');
}
/**
 * A failed octokit request as a GitHubApiError (an answer with status \u2265 400)
 * or a NetworkError (no answer), naming GITHUB_API_URL; anything else, and
 * errors already converted, are returned unchanged. `route` is the request's
 * options as octokit's hooks see them (method and route template).
 */
function toGitHubError(error, route) {
    if (error instanceof GitHubApiError || error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkError */ .Dr)
        return error;
    if (!isOctokitRequestError(error))
        return error;
    const { request, response } = error;
    if (!response) {
        return ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toNetworkError */ .Ur)(error, { service: 'GitHub API', url: request.url, input: 'GITHUB_API_URL' }) ??
            error);
    }
    if (response.status < 400)
        return error;
    return new GitHubApiError({
        status: response.status,
        method: request.method,
        url: request.url,
        route: route?.url,
        data: response.data,
        headers: response.headers,
        cause: error
    });
}
/**
 * One line for a warning about a failed GitHub request: the permission to
 * add (401/403), what a 404 means, that GitHub or the network failed, or the
 * message. `needs` names the permission when the error does not know it
 * (an error from elsewhere with a 401/403 status).
 */
function describeGitHubError(error, needs) {
    if (error instanceof GitHubApiError || error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkError */ .Dr)
        return error.message;
    const status = (0,_http_status_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c)(error);
    if ((status === 401 || status === 403) && needs)
        return `the token lacks '${needs}' (GitHub answered ${status}). Add it under permissions: in the workflow.`;
    if (status === 404)
        return 'GitHub answered 404 (the token may not see this repository, or the resource does not exist).';
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
}
/** The permission a failed request needs, when it was a GitHub refusal (401/403). */
function missingPermission(error) {
    return error instanceof GitHubApiError && error.kind === 'permission' ? error.needs : undefined;
}


/***/ }),

/***/ 66737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ statusOf)
/* harmony export */ });
/** The HTTP status of an octokit (or any HTTP) error, if it has one. */
function statusOf(error) {
    if (error && typeof error === 'object' && 'status' in error) {
        const status = error.status;
        return typeof status === 'number' ? status : undefined;
    }
    return undefined;
}


/***/ }),

/***/ 2731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hg: () => (/* binding */ emptyLedger),
/* harmony export */   L2: () => (/* binding */ isOutcome),
/* harmony export */   Od: () => (/* binding */ corruptWarning),
/* harmony export */   lm: () => (/* binding */ withRecords),
/* harmony export */   vF: () => (/* binding */ ledgerJsonLines)
/* harmony export */ });
function emptyLedger() {
    return { verdicts: [], outcomes: [], future: [], corrupt: 0 };
}
function isOutcome(record) {
    return record.kind === 'outcome';
}
/** The ledger with records appended (what a store that rewrites keeps: future lines too). */
function withRecords(ledger, records) {
    return {
        verdicts: [...ledger.verdicts, ...records.filter((r) => !isOutcome(r))],
        outcomes: [...ledger.outcomes, ...records.filter(isOutcome)],
        future: [...ledger.future],
        corrupt: ledger.corrupt
    };
}
/** JSON Lines of a whole ledger: verdicts, outcomes, then the future lines verbatim. */
function ledgerJsonLines(ledger) {
    const lines = [
        ...ledger.verdicts.map(r => JSON.stringify(r)),
        ...ledger.outcomes.map(r => JSON.stringify(r)),
        ...ledger.future
    ];
    return lines.length ? `${lines.join('\n')}\n` : '';
}
/** The one warning for corrupt lines, or undefined when there were none. */
function corruptWarning(ledger, where) {
    if (ledger.corrupt === 0)
        return undefined;
    return `The ledger (${where}) has ${ledger.corrupt} line(s) that are not valid records: they were skipped, the rest was read.`;
}


/***/ }),

/***/ 94765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ DEFAULT_MODELS),
/* harmony export */   Kw: () => (/* binding */ thinkingFor),
/* harmony export */   UN: () => (/* binding */ withCacheRates),
/* harmony export */   ho: () => (/* binding */ costOf),
/* harmony export */   xx: () => (/* binding */ priceOf)
/* harmony export */ });
// The one place that names Claude models and what they cost.
// Defaults are ids the installed @anthropic-ai/sdk lists as current (its
// `Model` type) and does not warn about as deprecated; a test checks both.
// Every model input can override them, and `model-prices` can override prices.
const DEFAULT_MODELS = {
    /** classify's second opinion: small and cheap. */
    classify: 'claude-haiku-5-5',
    /** autofix and self-heal: a strong coding model. */
    fix: 'claude-sonnet-5-5',
    /** the last attempt on a hard failure, with extended thinking. */
    escalation: 'claude-opus-5-5'
};
/**
 * List prices in USD per million tokens by model family. Cache writes cost
 * 1.25x input and cache reads 0.1x input, as Anthropic prices prompt caching.
 * A model id matches the longest family prefix; an unknown id uses the most
 * expensive family, so budgets err on the safe side.
 */
const FAMILY_PRICES = {
    'claude-haiku': { input: 1, output: 5 },
    'claude-sonnet': { input: 3, output: 15 },
    'claude-opus': { input: 5, output: 25 },
    'claude-fable': { input: 5, output: 25 },
    'claude-mythos': { input: 25, output: 125 }
};
const FALLBACK_FAMILY = 'claude-mythos';
function withCacheRates(price) {
    return {
        input: price.input,
        output: price.output,
        cacheWrite: price.input * 1.25,
        cacheRead: price.input * 0.1
    };
}
/** The price of a model id, from overrides first, then the family table. */
function priceOf(model, overrides = {}) {
    const exact = overrides[model];
    if (exact)
        return exact;
    const family = Object.keys(FAMILY_PRICES)
        .filter(prefix => model.startsWith(prefix))
        .sort((a, b) => b.length - a.length)[0];
    return withCacheRates(FAMILY_PRICES[family ?? FALLBACK_FAMILY]);
}
/** The cost in USD of one response's usage. */
function costOf(usage, price) {
    return ((usage.inputTokens * price.input +
        usage.outputTokens * price.output +
        usage.cacheCreationInputTokens * price.cacheWrite +
        usage.cacheReadInputTokens * price.cacheRead) /
        1_000_000);
}
/**
 * Models that take extended thinking only as a fixed budget (`type: enabled`):
 * Claude 3.x and the 4, 4.1 and 4.5 families. Later models decide how much to
 * think (`type: adaptive`): the fixed budget is deprecated from 4.6 and refused
 * from Opus 4.7, so an id not listed here (an unknown, newer one too) is asked
 * adaptively.
 */
const BUDGET_THINKING_MODELS = /^claude-(?:3-|(?:opus|sonnet|haiku)-4(?:-[015])?(?:-\d{8})?$)/;
/** How to ask `model` for extended thinking, with `budgetTokens` where the model needs a budget. */
function thinkingFor(model, budgetTokens) {
    return BUDGET_THINKING_MODELS.test(model)
        ? { type: 'enabled', budget_tokens: budgetTokens }
        : { type: 'adaptive' };
}


/***/ }),

/***/ 94326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   tJ: () => (/* binding */ inert)
/* harmony export */ });
/* unused harmony export INERT_MARKER */
// Untrusted text (test names, log lines, Sentry exception types and messages,
// model output) on its way to the runner's log. The runner reads a step's
// stdout and stderr line by line and runs every line that parses as a
// workflow command (actions/runner: ProcessInvoker reads with .NET
// StreamReader.ReadLine, OutputManager hands each line to ActionCommand):
//
// - lines end at LF, CR or CRLF: a lone CR starts a new line too;
// - v2 form `::name props::data`: after TrimStart (.NET's Char.IsWhiteSpace:
//   tab, VT, FF, NEL, NBSP, the Unicode spaces, U+2028/U+2029) the line
//   starts with `::`;
// - v1 form `##[name props]data`: `##[` ANYWHERE in the line, not only at
//   its start ("build ##[error]x" is an error annotation);
// - the runner compares with the current culture (ICU), which skips
//   "ignorable" characters (controls, soft hyphen, zero-width characters)
//   when it looks for `::` and `##[`.
//
// `inert` neutralises both forms per line, with changes a reader can see:
// a line whose start could be read as `::` gets the marker `> ` in front
// (nothing is trimmed before a `>`), and every `##[` becomes `# #[` (a real
// space: not whitespace the parser trims, not a character collation
// ignores). Every other character is kept, so the log still says what the
// test or the exception said. Both checks are deliberately wider than the
// runner: they also treat NEL, U+2028 and U+2029 as line ends and skip
// ignorable characters, so a parser a little more lenient than today's
// still finds no command.
//
// The other way, `::stop-commands::<token>` \u2026 `::<token>::` around every
// untrusted block, was not chosen: it adds two lines to each log line, it
// depends on the token staying secret and unguessable, and its failure mode
// (a token the text contains, a write interleaved from elsewhere while
// commands are off) silently swallows ci-medic's own commands.
//
// Workflow-command data (warning, error, notice, debug, group names) is
// escaped by @actions/core (%, CR, LF as %25, %0D, %0A; properties also : and
// ,), so it stays on its command's one line whatever it contains.
/** What a neutralised line starts with. */
const INERT_MARKER = '> ';
/** Characters collation may skip where the runner looks for `::` or `##[`. */
const IGNORABLE = String.raw `[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]`;
const LINE_BREAK = /(\r\n|\r|\n|\u0085|\u2028|\u2029)/;
// The two expressions are made on first use, and run only where they can match: building
// the Unicode property classes costs V8 a few ms of CPU (ICU), each time an expression with
// them is parsed, which classify's start-up on a local log would pay for nothing.
/** A line start the runner's TrimStart plus a lenient `::` match could read as a v2 command. */
let v2Start;
let v1Prefix;
/**
 * Whether the line may start, after whitespace and ignorable characters, with `:`. A
 * printable ASCII character other than `:` first is neither, so such a line never does.
 */
var mayStartWithColon = (function mayStartWithColon(line) {
    const c = line.charCodeAt(0);
    return !(c > 0x20 && c < 0x7f && c !== 0x3a);
});
/** `text` with no line the runner would read as a workflow command; lines and words kept. */
var inert = (function inert(text) {
    if (!text.includes(':') && !text.includes('#'))
        return text;
    return text
        .split(LINE_BREAK)
        .map((part, i) => (i % 2 === 1 ? part : inertLine(part)))
        .join('');
});
var inertLine = (function inertLine(line) {
    // `##[` needs a `#` (and a `[`); a v2 command a `:` where mayStartWithColon looks.
    const safe = line.includes('#')
        ? line.replace((v1Prefix ??= new RegExp(String.raw `#${IGNORABLE}*#${IGNORABLE}*\[`, 'gu')), '# #[')
        : line;
    if (!mayStartWithColon(safe))
        return safe;
    v2Start ??= new RegExp(String.raw `^(?:\s|${IGNORABLE})*:${IGNORABLE}*:`, 'u');
    return v2Start.test(safe) ? INERT_MARKER + safe : safe;
});
/** Each run of line breaks (CR, LF, NEL, U+2028, U+2029, VT, FF) as one space: for one-line values. */
var oneLine = (function oneLine(text) {
    return text.replace(/[\r\n\v\f\u0085\u2028\u2029]+/g, ' ');
});


/***/ }),

/***/ 18506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lx: () => (/* binding */ outputWasSet),
/* harmony export */   n0: () => (/* binding */ setOutputs)
/* harmony export */ });
/* unused harmony exports MULTI_LINE_OUTPUTS, outputValue */
/* harmony import */ var _inert_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94326);
// Step outputs, remembered as they are set: when a step fails late (a push
// refused after the work was done), the outputs it already reported (the
// triage, the tokens spent) stay, and only the missing ones get their
// failure values.
//
// Every output is one line except the JSON ones below: `summary` carries a
// test name or an error message, and a workflow that reads it line by line
// (or pastes it into a one-line context) must not get a second line from
// the failing code. A new output is one line unless it is named here.
// Multi-line values are safe on the runner's side: @actions/core writes each
// output to GITHUB_OUTPUT as `name<<ghadelimiter_<random UUID>` \u2026 delimiter,
// and refuses a value that contains its delimiter.

/** Outputs that hold JSON (and so may be laid out on several lines). */
const MULTI_LINE_OUTPUTS = new Set([
    'failures',
    'triage',
    'pr-urls',
    'alerts'
]);
const written = new Set();
/** The value as the output carries it: one line, unless the output is JSON. */
var outputValue = (function outputValue(name, value) {
    return MULTI_LINE_OUTPUTS.has(name) ? value : (0,_inert_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(value);
});
var setOutputs = (function setOutputs(core, values) {
    for (const [name, value] of Object.entries(values)) {
        core.setOutput(name, outputValue(name, value));
        written.add(name);
    }
});
/** Whether this step already set the output. */
function outputWasSet(name) {
    return written.has(name);
}


/***/ }),

/***/ 63192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D0: () => (/* binding */ modelFields),
/* harmony export */   NE: () => (/* binding */ ledgerIssueTitleField),
/* harmony export */   Uq: () => (/* binding */ artifactFields),
/* harmony export */   Vz: () => (/* binding */ runId),
/* harmony export */   bA: () => (/* binding */ githubFields)
/* harmony export */ });
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20764);
// Input fields every action shares (the run id, the tokens, the model), apart from the
// fix loop's budgets and guards (shared-fields.ts): classify reads only these, and its
// start-up does not build the schemas of the fix loop's nineteen fields it never reads.

/** A workflow run id: '' for "not given". */
var runId = (function runId() {
    return {
        schema: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .schemaOf */ .pP)(v => {
            if (v === '')
                return undefined;
            if (!/^\d{1,16}$/.test(v) || Number(v) <= 0)
                (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .invalid */ .Gq)('must be a workflow run id (a positive number)');
            return Number(v);
        }),
        example: '1234567890'
    };
});
/** The tracking issue that holds classify's failure ledger (autofix reads it for known flakes). */
const ledgerIssueTitleField = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)('CI failure ledger', 'ci-medic failure ledger');
const githubFields = {
    'github-token': (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .secret */ .rJ)('${{ github.token }}')
};
var modelFields = (function modelFields(defaultModel) {
    return {
        'anthropic-api-key': (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .secret */ .rJ)('${{ secrets.ANTHROPIC_API_KEY }}'),
        'anthropic-base-url': (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ)('https://llm-gateway.example.com', ''),
        model: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(defaultModel, defaultModel)
    };
});
/** Days an uploaded artifact is kept: '' = the repository's setting (0 here), else 1\u201390. */
var retentionDays = (function retentionDays() {
    return {
        schema: (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .schemaOf */ .pP)(v => {
            if (v.trim() === '')
                return 0;
            const days = Number(v);
            if (!/^\d{1,2}$/.test(v.trim()) || days < 1 || days > 90)
                (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .invalid */ .Gq)("must be a whole number of days from 1 to 90, or empty for the repository's setting");
            return days;
        }),
        example: '14',
        default: ''
    };
});
/**
 * The run's own workflow artifact (report JSON, decision log, ledger files),
 * uploaded with the runtime token the runner gives JavaScript actions.
 */
const artifactFields = {
    'upload-artifacts': (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(true),
    'artifact-retention-days': retentionDays()
};


/***/ }),

/***/ 20764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ requiredText),
/* harmony export */   Gq: () => (/* binding */ invalid),
/* harmony export */   Mn: () => (/* binding */ lines),
/* harmony export */   OZ: () => (/* binding */ url),
/* harmony export */   Pq: () => (/* binding */ json),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   Wh: () => (/* binding */ int),
/* harmony export */   _: () => (/* binding */ decimal),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   pP: () => (/* binding */ schemaOf),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   qU: () => (/* binding */ readFields),
/* harmony export */   rJ: () => (/* binding */ secret),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   wC: () => (/* binding */ matching),
/* harmony export */   yL: () => (/* binding */ oneOf),
/* harmony export */   yr: () => (/* binding */ optionalInt)
/* harmony export */ });
/* unused harmony export optional */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** A field's problem, thrown by `invalid` inside a schemaOf check. */
class FieldProblem {
    message;
    constructor(message) {
        this.message = message;
    }
}
/** Ends a schemaOf check: the value is refused with this one-line problem. */
function invalid(message) {
    throw new FieldProblem(message);
}
/** A field schema from a check that returns the value or calls `invalid`. */
var schemaOf = (function schemaOf(check) {
    return {
        safeParse(value) {
            try {
                return { success: true, data: check(value) };
            }
            catch (error) {
                if (!(error instanceof FieldProblem))
                    throw error;
                return { success: false, error: { issues: [{ message: error.message }] } };
            }
        }
    };
});
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** Plain text; '' stays ''. */
var text = (function text(example, defaultValue) {
    return { schema: schemaOf(v => v), example, default: defaultValue };
});
const given = (v) => (v === '' ? invalid('is required') : v);
/** Text that must be given (no default). */
function requiredText(example) {
    return { schema: schemaOf(given), example, required: true };
}
/** A secret (token, key): masked as soon as it is read. Optional unless `required`. */
var secret = (function secret(example, required = false) {
    return {
        schema: schemaOf(required ? given : (v => v)),
        example,
        secret: true,
        required
    };
});
/** `true` or `false`, as the runner's getBooleanInput accepts them. */
var bool = (function bool(defaultValue) {
    return {
        schema: schemaOf(v => TRUE.includes(v) ? true : FALSE.includes(v) ? false : invalid('must be true or false')),
        example: String(!defaultValue),
        default: String(defaultValue)
    };
});
/** `n` when it is a finite number in [min, max]; the messages are the ones zod gave. */
var inRange = (function inRange(n, min, max) {
    if (!Number.isFinite(n))
        invalid(`Invalid input: expected number, received ${n}`);
    if (n < min)
        invalid(`must be at least ${min}`);
    if (n > max)
        invalid(`must be at most ${max}`);
    return n;
});
/** A whole number in [min, max]. */
var int = (function int(defaultValue, min, max) {
    return {
        schema: schemaOf(v => /^-?\d+$/.test(v)
            ? inRange(Number(v), min, max)
            : invalid(`must be a whole number from ${min} to ${max}`)),
        example: String(defaultValue ?? min),
        default: defaultValue === undefined ? undefined : String(defaultValue)
    };
});
/** A decimal number in [min, max]. */
function decimal(defaultValue, min, max) {
    return {
        schema: schemaOf(v => /^\d+(\.\d+)?$/.test(v)
            ? inRange(Number(v), min, max)
            : invalid(`must be a number from ${min} to ${max}`)),
        example: String(defaultValue ?? min),
        default: defaultValue === undefined ? undefined : String(defaultValue)
    };
}
/** '' means "not given" (undefined); anything else must pass `field`. */
function optional(field, example) {
    return {
        schema: schemaOf(v => {
            if (v === '')
                return undefined;
            const parsed = field.schema.safeParse(v);
            if (parsed.success)
                return parsed.data;
            return invalid(parsed.error.issues[0]?.message ?? 'is not valid');
        }),
        example
    };
}
/** An optional whole number: '' means "no limit" (undefined). */
function optionalInt(min, max, example) {
    return optional(int(undefined, min, max), example);
}
/** One of a fixed set of words. */
var oneOf = (function oneOf(values, defaultValue) {
    return {
        schema: schemaOf(v => values.includes(v)
            ? v
            : invalid(`must be one of ${values.join(', ')}`)),
        example: values.find(v => v !== defaultValue) ?? defaultValue,
        default: defaultValue
    };
});
/** A list: one item per line or separated by commas; blanks dropped. */
var list = (function list(example, defaultValue) {
    return {
        schema: schemaOf(splitList),
        example,
        default: defaultValue
    };
});
/** A list with one item per line only (items may contain commas, e.g. shell commands). */
function lines(example, defaultValue) {
    return {
        schema: schemaOf(v => v
            .split(/\r?\n/)
            .map(s => s.trim())
            .filter(s => s !== '')),
        example,
        default: defaultValue
    };
}
/** An http(s) URL without a trailing slash; '' allowed when optional. */
var url = (function url(example, defaultValue) {
    return {
        schema: schemaOf(v => {
            if (v === '')
                return '';
            let parsed;
            try {
                parsed = new URL(v);
            }
            catch {
                return invalid('must be an http(s) URL');
            }
            if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
                invalid('must be an http(s) URL');
            return v.replace(/\/+$/, '');
        }),
        example,
        default: defaultValue
    };
});
/** A JSON value checked against a (zod) schema ('' means the default). */
function json(schema, example, defaultValue = '') {
    return {
        schema: schemaOf(v => {
            if (v === '')
                return undefined;
            let value;
            try {
                value = JSON.parse(v);
            }
            catch {
                return invalid('must be valid JSON');
            }
            const parsed = schema.safeParse(value);
            if (parsed.success)
                return parsed.data;
            const issue = parsed.error.issues[0];
            const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
            return invalid(`is not valid${where}: ${issue?.message ?? 'unknown problem'}`);
        }),
        example,
        default: defaultValue
    };
}
function splitList(value) {
    return value
        .split(/[\n,]/)
        .map(s => s.trim())
        .filter(s => s !== '');
}
/**
 * Reads every field once. `onSecret` sees each non-empty secret before any
 * validation can fail, so it is masked before anything could print it.
 */
var readFields = (function readFields(fields, source, onSecret) {
    const raw = {};
    for (const [name, field] of Object.entries(fields)) {
        const value = source.get(name);
        if (field.secret && value !== '')
            onSecret(value);
        raw[name] = value;
    }
    const values = {};
    for (const [name, field] of Object.entries(fields)) {
        let value = raw[name] ?? '';
        if (value === '' && field.default !== undefined)
            value = field.default;
        if (value === '' && field.required) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' is required and was not supplied. Example: ${name}: ${field.example}`);
        }
        const parsed = field.schema.safeParse(value);
        if (!parsed.success) {
            const problem = parsed.error.issues[0]?.message ?? 'is not valid';
            const shown = field.secret ? '' : `, got '${truncate(value, 80)}'`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' ${problem}${shown}. Example: ${name}: ${field.example}`);
        }
        values[name] = parsed.data;
    }
    return values;
});
function truncate(value, max) {
    const oneLine = value.replace(/\s+/g, ' ');
    return oneLine.length > max ? `${oneLine.slice(0, max - 1)}\u2026` : oneLine;
}
/** Text that is empty or matches `pattern`. */
var matching = (function matching(pattern, message, example, defaultValue = '') {
    return {
        schema: schemaOf(v => (v === '' || pattern.test(v) ? v : invalid(message))),
        example,
        default: defaultValue
    };
});


/***/ })

};
