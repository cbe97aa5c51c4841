export const id = 982;
export const ids = [982];
export const modules = {

/***/ 73661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ut: () => (/* binding */ PROPOSED_LEDGER_NOTE),
  $W: () => (/* binding */ failedTwiceGate),
  sD: () => (/* binding */ gateInputOfRun),
  fC: () => (/* binding */ openRunLedger),
  qO: () => (/* binding */ proposeOutcomes),
  FE: () => (/* binding */ readFixingLedger),
  Lg: () => (/* binding */ releaseRetryLabels),
  Sv: () => (/* binding */ retryLabelsVia),
  t4: () => (/* binding */ writeOutcomes)
});

// UNUSED EXPORTS: emptyLedger, ledgerNeeds

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/ledger/retry-policy.ts
var retry_policy = __webpack_require__(28070);
// EXTERNAL MODULE: ./src/edges/github/errors.ts
var errors = __webpack_require__(70925);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/core/proposal/proposal-ledger.ts
var proposal_ledger = __webpack_require__(74778);
// EXTERNAL MODULE: ./src/edges/github/artifact-ledger.ts + 6 modules
var artifact_ledger = __webpack_require__(23389);
// EXTERNAL MODULE: ./src/edges/github/bot-identity.ts
var bot_identity = __webpack_require__(88980);
// EXTERNAL MODULE: ./src/edges/github/issue-ledger.ts + 1 modules
var issue_ledger = __webpack_require__(67936);
// EXTERNAL MODULE: ./src/edges/ledger/file-ledger.ts
var file_ledger = __webpack_require__(10182);
;// CONCATENATED MODULE: ./src/edges/ledger/open-ledger.ts
// The ledger store the fixing actions (autofix, self-heal) use, as their
// `ledger` input asks: the tracking issue (only the token's own comments are
// trusted), the workflow artifact (read back from the newest trusted one,
// written for upload), a local file, or none.





/** Where `ledger: artifact` writes the ledger for upload (as classify does). */
function artifactLedgerFile(tempDir) {
    return (0,external_node_path_.join)(tempDir, 'ci-medic', 'ledger', artifact_ledger/* LEDGER_FILE */.th);
}
/** The store, or undefined when there is none to use (`none`, or `issue`/`artifact` with no token). */
async function openLedger(place, context) {
    const { github } = context;
    switch (place.ledger) {
        case 'file':
            return (0,file_ledger.fileLedger)((0,external_node_path_.resolve)(context.workspace, place.ledgerPath));
        case 'artifact':
            return (0,artifact_ledger/* artifactLedger */.ul)(github?.client, github?.repo ?? { owner: '', repo: '' }, artifactLedgerFile(context.tempDir), { currentRunId: context.runId, logger: context.logger });
        case 'issue':
            if (!github)
                return undefined;
            return (0,issue_ledger/* issueLedger */.v)(github.client, github.repo, place.ledgerIssueTitle, await (0,bot_identity.resolveBotLogin)(github.client));
        default:
            return undefined;
    }
}

// EXTERNAL MODULE: ./src/edges/ledger/store.ts
var ledger_store = __webpack_require__(2731);
// EXTERNAL MODULE: ./src/edges/workspace/git-workspace.ts + 5 modules
var git_workspace = __webpack_require__(30323);
// EXTERNAL MODULE: ./src/edges/workspace/learnings-reader.ts
var learnings_reader = __webpack_require__(98211);
;// CONCATENATED MODULE: ./src/actions/fixing-ledger.ts
// The ledger as both fixing actions (autofix, self-heal) use it: read once
// before fixing (known flakes, and the outcomes behind "never the same failed
// fix a third time"), written once at the end (one outcome record per failure
// or group handled). A ledger that cannot be read or written is a journal
// entry naming what is missing, never a failed run.










/** What a failed read or write of this kind of ledger lacks. */
function ledgerNeeds(kind, write) {
    if (kind === 'file')
        return 'ledger-path';
    if (kind === 'artifact')
        return 'actions: read';
    return write ? 'issues: write' : 'issues: read';
}
/** Reads the ledger into the journal; an unreadable one is an empty ledger and a could-not entry. */
async function readFixingLedger(store, kind, journal, logger) {
    try {
        const ledger = await store.read();
        const corrupt = (0,ledger_store/* corruptWarning */.Od)(ledger, kind);
        if (corrupt)
            logger.warning(corrupt);
        return ledger;
    }
    catch (error) {
        const needs = ledgerNeeds(kind, false);
        journal.couldNot('ledger-read', `The ledger could not be read (${(0,errors/* describeGitHubError */.dZ)(error, needs)}): known flakes and failed fixes are not skipped.`, (0,errors/* missingPermission */.Up)(error) ?? (kind === 'file' ? needs : undefined));
        return undefined;
    }
}

/** Where a fixing job with publish: separate-job and ledger: issue puts its outcome records (it holds no write token). */
const PROPOSED_LEDGER_NOTE = `Outcome records go to the ledger issue through the publish job: with publish: separate-job this job has no write token, so it puts them in the proposal (${proposal_ledger/* PROPOSAL_LEDGER_FILE */.SK}), and the publish job appends them after it publishes.`;
/**
 * publish: separate-job with ledger: issue: the records go into the proposal directory, for the
 * publish job to append to the ledger issue (src/actions/publish/ledger.ts). A file that cannot
 * be written is a could-not entry, like a ledger that cannot be written.
 */
async function proposeOutcomes(proposalPath, records, to) {
    const file = (0,external_node_path_.join)(proposalPath, proposal_ledger/* PROPOSAL_LEDGER_FILE */.SK);
    try {
        await (0,promises_.writeFile)(file, records.map(r => `${JSON.stringify(r)}\n`).join(''));
        to.logger.info(`Put ${records.length} outcome record(s) in the proposal (${file}): the publish job appends them to the ledger issue.`);
    }
    catch (error) {
        to.journal.couldNot('ledger-written', `The outcome records could not be put in the proposal for the publish job (${(0,src_errors/* errorMessage */.gJ)(error)}).`);
    }
}
/** The ledger store the run's settings name (undefined: none to use); rejects when it cannot be opened. */
async function openRunLedger(run) {
    const { context } = run;
    return openLedger(run.settings, {
        github: run.github,
        workspace: context.workspace,
        tempDir: context.tempDir,
        runId: context.runId,
        logger: run.io.logger
    });
}
/** The gate's input that comes from the run itself; the caller adds the outcomes and the retry labels. */
function gateInputOfRun(run) {
    const { settings, context } = run;
    return {
        retry: settings.retryFingerprints,
        workspace: context.workspace,
        serverUrl: context.serverUrl,
        repository: `${context.owner}/${context.repo}`,
        logger: run.io.logger,
        learningsPath: settings.learningsPath
    };
}
/**
 * Fingerprints not to attempt in this run, each with the reason and links to
 * the runs whose fixes failed. A blocked fingerprint is let through when a
 * commit since its last failed fix touched its files (git in the checkout,
 * read before any check runs), a learning about it changed, retry-fingerprints
 * names it, or a person with write access labelled its alert ci-medic:retry
 * after the last failed fix.
 */
async function failedTwiceGate(input) {
    const override = (0,retry_policy/* retryOverrideOf */.sl)(input.retry);
    const out = { skip: new Map(), retried: [] };
    const docsAbout = learningsAbout(input);
    const asksFor = retryAsksOf(input);
    for (const history of (0,retry_policy/* blockedFingerprints */.OD)(input.outcomes).values()) {
        const filesTouched = await (0,git_workspace/* touchedSince */.nT)(input.workspace, history.last.sha, history.files).catch(() => 'unknown');
        const docs = await docsAbout(history.fingerprint);
        const learningChanged = (await (0,git_workspace/* touchedSince */.nT)(input.workspace, history.last.sha, docs).catch(() => false)) === true;
        const retryAsk = filesTouched === true || learningChanged ? undefined : await asksFor(history);
        const decision = (0,retry_policy/* retryDecision */.PQ)(history, { override, filesTouched, learningChanged, retryAsk });
        if (decision.attempt) {
            input.logger.info(`Failed fixes of ${history.fingerprint} before, tried again: ${decision.because}.`);
            if (decision.ask) {
                out.retried.push({ fingerprint: history.fingerprint, ask: decision.ask });
                input.journal?.fact('ledger-read', `\`${history.fingerprint}\` failed twice before and is tried again: ${decision.because}.`);
            }
            continue;
        }
        const links = (0,retry_policy/* runLinks */.$E)(input.serverUrl, input.repository, decision.runIds);
        out.skip.set(history.fingerprint, (0,retry_policy/* failedTwiceReason */.Go)(links, decision.reason));
    }
    return out;
}
/**
 * The retry label for a blocked fingerprint, the labels read once and only
 * when asked; labels that cannot be read (or do not count) are a warning.
 */
function retryAsksOf(input) {
    let labels;
    const read = async (find) => {
        try {
            const found = await find();
            for (const why of found.ignored)
                input.logger.warning(`Not a retry: ${why}.`);
            return found.asks;
        }
        catch (error) {
            input.logger.warning(`The ci-medic:retry labels could not be read (${(0,errors/* describeGitHubError */.dZ)(error, 'issues: read')}): only a commit, a learning or retry-fingerprints lifts a failed-twice skip.`);
            return [];
        }
    };
    return async (history) => {
        if (!input.retryLabels)
            return undefined;
        labels ??= read(input.retryLabels);
        return (0,retry_policy/* retryAskFor */.fx)(history, await labels, input.dispatchedFor);
    };
}
/** Reads the ci-medic:retry labels through this token (loaded only when a fingerprint is blocked). */
function retryLabelsVia(github) {
    if (!github)
        return undefined;
    return async () => {
        const [{ findRetryLabels }, { resolveBotLogin }] = await Promise.all([
            __webpack_require__.e(/* import() */ 613).then(__webpack_require__.bind(__webpack_require__, 4613)),
            Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 88980))
        ]);
        return findRetryLabels(github.client, github.repo, await resolveBotLogin(github.client));
    };
}
/**
 * After the attempt: takes the ci-medic:retry label off the alerts whose
 * fingerprints this run attempted (one more try, not forever). A dry run
 * leaves them; a refusal is one warning per label.
 */
async function releaseRetryLabels(github, retried, attempted, logger) {
    if (!github)
        return;
    const issues = new Map(retried.filter(r => attempted.has(r.fingerprint)).map(r => [r.ask.issue, r.ask]));
    if (issues.size === 0)
        return;
    const { removeRetryLabel } = await __webpack_require__.e(/* import() */ 613).then(__webpack_require__.bind(__webpack_require__, 4613));
    for (const ask of issues.values()) {
        const refused = await removeRetryLabel(github.client, github.repo, ask.issue).catch((error) => (0,src_errors/* errorMessage */.gJ)(error));
        if (refused)
            logger.warning(refused);
        else
            logger.info(`Took the ci-medic:retry label off #${ask.issue} (${(0,retry_policy/* retryAskedText */.QT)(ask)}).`);
    }
}
/**
 * The tracked pattern docs (learnings-path) whose front matter names a
 * fingerprint (a self-heal group's with or without its `sentry:` prefix),
 * read once and only when a fingerprint is blocked. A doc added or edited in a
 * commit since the last failed fix is the "new signal" that lifts the block.
 */
function learningsAbout(input) {
    let docs;
    return async (fingerprint) => {
        if (!input.learningsPath)
            return [];
        docs ??= (0,learnings_reader/* readLearnings */.U)(input.workspace, input.learningsPath).then(read => read.docs, () => []);
        const bare = fingerprint.replace(/^sentry:/, '');
        return (await docs)
            .filter(d => d.fingerprints.some(f => f === fingerprint || f === bare))
            .map(d => d.path);
    };
}
/**
 * Appends the records. Where they went is a log line (the report is rendered
 * before this step, at publishing); a failure is a could-not entry, so the
 * run's warnings name what would allow it.
 */
async function writeOutcomes(store, records, kind, to) {
    const { journal, logger } = to;
    if (records.length === 0) {
        logger.info('No outcome record to write: no failure was handled.');
        return;
    }
    try {
        const { location } = await store.append(records);
        const upload = kind === 'artifact' ? ": upload it with actions/upload-artifact as 'ci-medic-ledger'" : '';
        logger.info(`Wrote ${records.length} outcome record(s) to the ledger: ${location}${upload}.`);
    }
    catch (error) {
        const needs = ledgerNeeds(kind, true);
        journal.couldNot('ledger-written', `The outcome records could not be written to the ledger (${(0,errors/* describeGitHubError */.dZ)(error, needs)}).`, (0,errors/* missingPermission */.Up)(error) ?? needs);
    }
}


/***/ }),

/***/ 27862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $H: () => (/* binding */ buildFixingRunDeps),
  y2: () => (/* binding */ fixingClients),
  Z8: () => (/* binding */ runnerBuildOptions)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/fixing/index.ts + 9 modules
var fixing = __webpack_require__(24227);
// EXTERNAL MODULE: ./src/edges/github/client.ts
var client = __webpack_require__(36521);
// EXTERNAL MODULE: ./src/edges/model/anthropic-client.ts
var anthropic_client = __webpack_require__(98970);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 5 modules
var schemas = __webpack_require__(42047);
;// CONCATENATED MODULE: ./src/engine/decision-log.ts
// The decision log: one JSON line per routing, attempt, escalation, revert,
// guard rejection and budget stop, with its reason, in one schema for both
// fixing actions. Writing it never throws: a log that cannot be written must
// not end the run.



const DECISION_KINDS = [
    'detected',
    'check',
    'plan',
    'learnings',
    'skip',
    'tier0',
    'attempt',
    'escalate',
    'guard-rejected',
    'reverted',
    'verified',
    'committed',
    'budget-stop',
    'not-evaluated',
    'published',
    'cancelled',
    'error',
    'baseline-cache'
];
/**
 * One line of the log. `key` names what it is about (a failure's fingerprint,
 * a self-heal group id, `tier 0`); the rest depends on the kind.
 */
const decisionEntrySchema = schemas/* object */.Ikc({
    time: schemas/* string */.YjP(),
    kind: schemas/* enum */.k5n(DECISION_KINDS),
    key: schemas/* string */.YjP().optional(),
    stage: schemas/* string */.YjP().optional(),
    attempt: schemas/* number */.aig().optional(),
    model: schemas/* string */.YjP().optional(),
    reason: schemas/* string */.YjP().optional()
})
    .loose();
function createDecisionLog(path, now = () => new Date()) {
    let lost = 0;
    let ready = false;
    return {
        path,
        get lost() {
            return lost;
        },
        record(kind, details) {
            try {
                if (!ready) {
                    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
                    ready = true;
                }
                (0,external_node_fs_.appendFileSync)(path, `${JSON.stringify({ time: now().toISOString(), kind, ...details })}\n`);
            }
            catch {
                lost += 1;
            }
        }
    };
}
/** Reads a decision log back (tests, benchmarks): each line checked against the schema. */
function parseDecisionLog(text) {
    return text
        .split('\n')
        .filter(line => line.trim() !== '')
        .map(line => decisionEntrySchema.parse(JSON.parse(line)));
}

// EXTERNAL MODULE: ./src/runtime/action-inputs.ts + 1 modules
var action_inputs = __webpack_require__(38173);
// EXTERNAL MODULE: ./src/runtime/action-io.ts
var action_io = __webpack_require__(34229);
// EXTERNAL MODULE: ./src/runtime/cancellation.ts
var cancellation = __webpack_require__(59685);
// EXTERNAL MODULE: ./src/edges/workspace/index.ts + 9 modules
var workspace = __webpack_require__(17628);
;// CONCATENATED MODULE: ./src/actions/sandboxed-runner.ts
// The command runner autofix and self-heal hand the repository's commands
// to: in the sandbox their settings ask for (edges/workspace/sandbox.ts),
// detected once, before any of those commands runs.


/**
 * Throws a ConfigurationError when the settings require a sandbox and none
 * works here. The workspace's installed dependencies (node_modules,
 * virtualenvs) are read-only in it: snapshots and the clean checkout a fix is
 * verified on (which links them in) do not see them, so a test run that
 * rewrote the test runner there could otherwise make any fix pass.
 */
async function sandboxedRunner(input) {
    const sandbox = await (0,workspace/* detectSandbox */.fd)({
        setting: input.settings.sandbox,
        network: input.settings.checkNetwork,
        workspace: input.workspace,
        env: input.parentEnv,
        readOnly: [
            ...ownBundles(process.argv[1]),
            ...(await (0,workspace/* dependencyDirectories */.f)(input.workspace)).map(rel => (0,external_node_path_.join)(input.workspace, rel))
        ]
    });
    const runner = (0,workspace/* createCommandRunner */._m)({
        secrets: input.secrets.filter(Boolean),
        parentEnv: input.parentEnv,
        sandbox,
        cancel: input.cancel
    });
    return { runner, sandbox };
}
/**
 * ci-medic's own dist/ when it runs from a bundle (dist/<action>/index.mjs):
 * it loads chunks from there lazily (the model SDK's), after checks have run,
 * and on a runner the action's checkout belongs to the same user as the
 * checks, so they could otherwise rewrite code ci-medic is about to load.
 */
function ownBundles(main) {
    return main && /[\\/]dist[\\/][^\\/]+[\\/]index\.mjs$/.test(main) ? [(0,external_node_path_.dirname)((0,external_node_path_.dirname)(main))] : [];
}
/** The log line (a warning when the commands run unsandboxed). */
function sandboxLogLine(sandbox) {
    if (sandbox.mode !== 'none')
        return {
            warning: false,
            text: `The repository's commands run in a sandbox (${sandbox.mode}, ${sandbox.strategy}).`
        };
    return {
        warning: true,
        text: `The repository's commands run without a sandbox (${sandbox.reason}): their code could read ci-medic's tokens from /proc. See the sandbox input.`
    };
}
/**
 * The workspace's git and the sandboxed runner, in that order (git pins its
 * own binary and config before any of the repository's commands runs), with
 * the sandbox said in the log: a warning when the commands run without one.
 */
async function workspaceTools(input) {
    const git = (0,workspace/* createGitWorkspace */.sb)(input.workspace, {
        secrets: input.secrets,
        parentEnv: input.parentEnv
    });
    const { runner, sandbox } = await sandboxedRunner(input);
    const line = sandboxLogLine(sandbox);
    if (line.warning)
        input.logger.warning(line.text);
    else
        input.logger.info(line.text);
    return { git, runner, sandbox };
}

;// CONCATENATED MODULE: ./src/actions/fixing-run-deps.ts
// The part of each fixing action's deps (autofix, self-heal) built the same
// way from its settings and the workflow context: the report folder, the
// workspace's git and sandboxed runner, the decision log, the budget, and the
// GitHub and model clients. Each action's deps.ts adds its own edges.










/** On a runner: the inputs as `read` takes them, the GITHUB_* context, this step's ActionIO and process.env. */
async function runnerBuildOptions(read, inputs, cancel) {
    const context = (0,action_inputs/* runnerContext */.cE)();
    const settings = read(inputs, action_inputs/* maskSecret */.$l);
    const io = await (0,action_io/* runnerIO */.$)();
    return { settings, context, io, parentEnv: process.env, cancel };
}
/** The deps both fixing actions run with; the budget counts from here. */
async function buildFixingRunDeps(options, names) {
    const { settings, context, io, parentEnv } = options;
    const clock = options.clock ?? (() => Date.now());
    const cancel = options.cancel ?? (0,cancellation/* neverCancelled */.YX)();
    const budget = new fixing/* BudgetTracker */.ak((0,fixing/* budgetLimitsOf */.D9)(settings), { now: clock });
    const reportDir = (0,external_node_path_.join)(context.tempDir, 'ci-medic');
    await (0,promises_.mkdir)(reportDir, { recursive: true });
    const { secrets } = names;
    const { git, runner, sandbox } = await workspaceTools({
        settings,
        workspace: context.workspace,
        secrets,
        parentEnv,
        cancel,
        logger: io.logger
    });
    return {
        git,
        runner,
        sandbox,
        log: createDecisionLog((0,external_node_path_.join)(reportDir, names.decisionLog)),
        budget,
        clock,
        reportDir,
        secrets,
        cancel,
        parentEnv
    };
}
function fixingClients(options) {
    const { settings, context, io } = options;
    const { githubToken, anthropicApiKey, anthropicBaseUrl } = settings;
    return {
        github: githubToken
            ? {
                client: (0,client/* createGitHubClient */.LX)({
                    token: githubToken,
                    apiUrl: context.apiUrl,
                    logger: io.logger,
                    pace: options.pace
                }),
                repo: { owner: context.owner, repo: context.repo }
            }
            : undefined,
        model: anthropicApiKey
            ? () => (0,anthropic_client/* createModelClient */.$L)({
                apiKey: anthropicApiKey,
                baseUrl: anthropicBaseUrl,
                logger: io.logger,
                maxRetries: 3
            })
            : undefined
    };
}


/***/ }),

/***/ 81964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ learningsFor),
/* harmony export */   p: () => (/* binding */ readTheLearnings)
/* harmony export */ });
/* harmony import */ var _core_fixing_learnings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69151);
/* harmony import */ var _edges_workspace_learnings_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98211);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
// The learnings both fixing actions give the model: the pattern docs of the
// checkout read once per run (edges/workspace/learnings-reader.ts), then per
// failure or group the few that concern it (core/fixing/learnings.ts),
// recorded in the decision log so a reader can tell what the model was shown.



/** The valid pattern docs under `folder`; a doc that is not one is a debug note, never a failure. */
async function readTheLearnings(root, folder, logger) {
    try {
        const { docs, ignored } = await (0,_edges_workspace_learnings_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .readLearnings */ .U)(root, folder);
        for (const { path, reason } of ignored)
            logger.debug(`Learnings: ${path} left out: ${reason}.`);
        if (docs.length || ignored.length)
            logger.info(`Learnings: ${docs.length} pattern doc(s) under ${folder}.`);
        return docs;
    }
    catch (error) {
        // Learnings help; a run without them still fixes.
        logger.warning(`The learnings under ${folder} could not be read (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}).`);
        return [];
    }
}
/** The docs for one failure or group, logged as a `learnings` decision when there are any. */
function learningsFor(docs, subject, log, key) {
    const picked = (0,_core_fixing_learnings_js__WEBPACK_IMPORTED_MODULE_0__/* .selectLearnings */ .CU)(docs, subject);
    if (picked.length)
        log.record('learnings', { key, docs: picked.map(l => ({ path: l.path, match: l.match })) });
    return picked;
}


/***/ }),

/***/ 96937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gy: () => (/* binding */ newFailures),
/* harmony export */   sx: () => (/* binding */ judgeChange),
/* harmony export */   u_: () => (/* binding */ OPAQUE_CHECK_RULE),
/* harmony export */   xr: () => (/* binding */ isOpaqueTestRun)
/* harmony export */ });
/** The rule of a failed check whose output nothing could parse (see src/engine/checks.ts). */
const OPAQUE_CHECK_RULE = 'autofix.opaque-check';
/** Fingerprints present after a change that were not there before it: regressions. */
function newFailures(before, after) {
    const known = new Set(before.map(f => f.fingerprint));
    return after.filter(f => !known.has(f.fingerprint));
}
/** `before` and `after`: the failures of the full checks; `isSubject`: the ones the change is for. */
function judgeChange(before, after, isSubject) {
    return {
        broken: newFailures(before, after).filter(f => !isSubject(f)),
        stillThere: after.filter(isSubject)
    };
}
/** A failed test run that nothing could parse (or that timed out): which tests failed is unknown. */
function isOpaqueTestRun(failure) {
    return failure.rule === OPAQUE_CHECK_RULE && failure.tool === 'test';
}


/***/ }),

/***/ 29729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ MODEL_NOTE_CHARS),
/* harmony export */   Cb: () => (/* binding */ MAX_OUTPUT_TOKENS),
/* harmony export */   GW: () => (/* binding */ TOOL_OUTPUT_TAIL),
/* harmony export */   Gh: () => (/* binding */ FEEDBACK_TAIL_PER_CHECK),
/* harmony export */   IR: () => (/* binding */ REPRODUCTION_OUTPUT_TAIL),
/* harmony export */   KA: () => (/* binding */ CHECK_OUTPUT_TAIL),
/* harmony export */   Mu: () => (/* binding */ ATTEMPT_TIME_RESERVE_MS),
/* harmony export */   OV: () => (/* binding */ MAX_TURNS),
/* harmony export */   PB: () => (/* binding */ FILES_IN_PROMPT),
/* harmony export */   TW: () => (/* binding */ THINKING_BUDGET),
/* harmony export */   fl: () => (/* binding */ FEEDBACK_TAIL)
/* harmony export */ });
// The fix engine's fixed limits, each with one home and a name that says
// what it bounds. The budgets a user sets (tokens, cost, minutes, attempts,
// files) are settings; these are the engine's own.
/** Tool round trips in one model session before it is cut off. */
const MAX_TURNS = 30;
/** max_tokens of one model call (raised when thinking is on: see THINKING_BUDGET). */
const MAX_OUTPUT_TOKENS = 8192;
/** budget_tokens of extended thinking on the escalation attempt. */
const THINKING_BUDGET = 4096;
/** An attempt is started only with this much of the time budget left. */
const ATTEMPT_TIME_RESERVE_MS = 60_000;
/** Files of a failure's stack trace (or a group's frames) shown in the prompt. */
const FILES_IN_PROMPT = 6;
/** What run_affected_test shows the model of a failing run: the output's tail. */
const TOOL_OUTPUT_TAIL = 6000;
/** What the model is told of a failing run when an attempt is rejected. */
const FEEDBACK_TAIL = 3000;
/** Per failing check, when the full checks reject an attempt. */
const FEEDBACK_TAIL_PER_CHECK = 2000;
/** The model's last words kept when it changed nothing. */
const MODEL_NOTE_CHARS = 500;
/** A failing check nothing could parse keeps this much of its output as the excerpt. */
const CHECK_OUTPUT_TAIL = 16 * 1024;
/** A reproduction test's failing output kept for the PR body. */
const REPRODUCTION_OUTPUT_TAIL = 6000;


/***/ }),

/***/ 38696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ commentOnce)
/* harmony export */ });
/** Posts `body` on issue or PR `number` unless a comment by `author` already carries `marker`. */
async function commentOnce(client, repo, number, comment) {
    const comments = await client.paginate(client.rest.issues.listComments, {
        ...repo,
        issue_number: number,
        per_page: 100
    });
    if (comments.some(c => c.user?.login === comment.author && (c.body ?? '').includes(comment.marker)))
        return 'present';
    await client.rest.issues.createComment({ ...repo, issue_number: number, body: comment.body });
    return 'commented';
}


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
/* harmony import */ var _core_ledger_ledger_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52583);
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


/***/ }),

/***/ 98211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ readLearnings)
/* harmony export */ });
/* harmony import */ var _core_fixing_learnings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69151);
/* harmony import */ var _core_fixing_source_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73910);
/* harmony import */ var _git_workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30323);
/* harmony import */ var _workspace_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24768);
// Reading the learnings (pattern docs, docs/patterns/*.md) from the checkout.
// Only files git tracks count: the docs steer the model, and nothing git
// ignores (a build output, a file a check wrote) may influence a run. Read
// the way the model's tools read: confined to the workspace, regular files
// only, size-capped. A doc that cannot be read or parsed is left out with a
// note; it never fails the run.




/** A pattern doc is a few KB; anything far bigger is not one, and is not read. */
const MAX_DOC_BYTES = 256 * 1024;
/** The most docs looked at (a folder of thousands is not a set of learnings). */
const MAX_DOCS = 500;
/** The tracked `*.md` files directly in `folder` (relative to `root`), parsed. */
async function readLearnings(root, folder) {
    const dir = (0,_core_fixing_source_text_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePath */ .Fd)(folder)
        .replace(/^\.\/+/, '')
        .replace(/\/+$/, '');
    const tracked = (await (0,_git_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .listTrackedFiles */ .sp)(root)) ?? [];
    const paths = tracked
        .filter(p => p.endsWith('.md') && parentOf(p) === dir)
        .sort()
        .slice(0, MAX_DOCS);
    const out = { docs: [], ignored: [] };
    for (const path of paths) {
        let text;
        try {
            text = (await (0,_workspace_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularFile */ .XF)((0,_workspace_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInWorkspace */ .z1)(root, path), path, MAX_DOC_BYTES)).toString('utf8');
        }
        catch (error) {
            out.ignored.push({ path, reason: error instanceof Error ? error.message : String(error) });
            continue;
        }
        const parsed = (0,_core_fixing_learnings_js__WEBPACK_IMPORTED_MODULE_0__/* .parseLearning */ .I8)(path, text);
        if (parsed.ok)
            out.docs.push(parsed.doc);
        else
            out.ignored.push({ path, reason: parsed.reason });
    }
    return out;
}
function parentOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}


/***/ }),

/***/ 15236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ attemptLoop),
  b: () => (/* binding */ commandTimeout)
});

// EXTERNAL MODULE: ./src/core/fixing/index.ts + 9 modules
var fixing = __webpack_require__(24227);
// EXTERNAL MODULE: ./src/core/fixing/limits.ts
var limits = __webpack_require__(29729);
// EXTERNAL MODULE: ./src/edges/model/anthropic-client.ts
var anthropic_client = __webpack_require__(98970);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/engine/fixer-tools.ts
var fixer_tools = __webpack_require__(93856);
// EXTERNAL MODULE: ./src/engine/model-session.ts
var model_session = __webpack_require__(19502);
// EXTERNAL MODULE: ./src/edges/workspace/workspace-paths.ts
var workspace_paths = __webpack_require__(24768);
;// CONCATENATED MODULE: ./src/engine/prompt-files.ts

/** The largest file a prompt shows (the prompt trims it further); a bigger one is left out. */
const MAX_PROMPT_FILE_BYTES = 1024 * 1024;
async function readPromptFiles(root, paths, options) {
    const files = await Promise.all(paths.map(async (path) => {
        if ((0,workspace_paths/* isProtected */.bz)(path, options.protectedPaths))
            return undefined;
        try {
            // Never a FIFO or device: reading one would wait forever.
            const bytes = await (0,workspace_paths/* readRegularFile */.XF)((0,workspace_paths/* resolveInWorkspace */.z1)(root, path), path, MAX_PROMPT_FILE_BYTES);
            const content = bytes.toString('utf8');
            return content === '' ? undefined : { path, content };
        }
        catch {
            return undefined;
        }
    }));
    return files.filter((f) => f !== undefined);
}

;// CONCATENATED MODULE: ./src/engine/attempt-loop.ts







/** The time one command may take now: the setting, capped by the time budget left. */
function commandTimeout(engine) {
    return engine.budget.commandTimeoutMs(engine.settings.commandTimeoutMinutes * 60_000);
}
const GUARD_FEEDBACK = "Rejected by ci-medic's guards";
/** Rejects with a CancelledError when the run is cancelled, after restoring the attempt's snapshot. */
async function attemptLoop(engine, spec) {
    const max = engine.settings.maxAttemptsPerFailure;
    const previous = [];
    let reason = 'no attempt was made';
    for (let attempt = 1; attempt <= max; attempt++) {
        const escalated = attempt === max && max > 1;
        const model = escalated ? engine.settings.escalationModel : engine.settings.model;
        const at = { key: spec.key, stage: spec.stage, attempt, model };
        (0,errors/* throwIfCancelled */.dZ)(engine.cancel);
        if (escalated)
            engine.log.record('escalate', at);
        engine.log.record('attempt', { ...at, escalated });
        if (!engine.budget.hasTimeFor(limits/* ATTEMPT_TIME_RESERVE_MS */.Mu)) {
            const why = 'time budget reached: work stopped before the job timeout';
            engine.log.record('budget-stop', { ...at, reason: why });
            return {
                kind: 'stopped',
                verdict: 'budget-exceeded',
                reason: why,
                attempt: attempt - 1,
                escalated,
                runBudgetStop: why
            };
        }
        const snapshot = await engine.git.snapshot();
        try {
            const result = await oneAttempt(engine, spec, { attempt, model, escalated, previous, snapshot });
            if (result.kind !== 'rejected')
                return result;
            reason = result.why;
        }
        catch (error) {
            // Nothing unverified may stay in the workspace, whatever went wrong.
            await engine.git.restore(snapshot);
            if ((0,errors/* isCancelledError */.wm)(error))
                engine.log.record('cancelled', {
                    ...at,
                    reason: `${error.message}: the attempt was reverted`
                });
            throw error;
        }
    }
    return { kind: 'exhausted', attempts: max, reason, previous };
}
async function oneAttempt(engine, spec, state) {
    const { attempt, model, escalated, previous, snapshot } = state;
    const at = { key: spec.key, stage: spec.stage, attempt, model };
    const session = await modelSession(engine, spec, state);
    if (session.kind !== 'session')
        return session;
    (0,errors/* throwIfCancelled */.dZ)(engine.cancel);
    const diff = await engine.git.diff(snapshot);
    if (diff.length === 0) {
        const note = session.result.message.slice(0, limits/* MODEL_NOTE_CHARS */.$7);
        engine.log.record('reverted', { ...at, reason: 'the model changed nothing', note });
        previous.push({
            summary: 'changed nothing',
            outcome: `No file was changed. The model said: ${note}`
        });
        return { kind: 'rejected', why: 'the model changed nothing' };
    }
    const tried = `changed ${(0,fixing/* pathsOf */.wG)(diff).join(', ')}`;
    const guard = (0,fixing/* checkDiff */.SS)(diff, {
        protectedPaths: engine.settings.protectedPaths,
        maxFilesChanged: engine.settings.maxFilesChanged,
        checkScripts: engine.project.checkScripts
    });
    if (!guard.ok) {
        const why = (0,fixing/* describeVerdict */.XZ)(guard);
        engine.log.record('guard-rejected', { ...at, violations: guard.violations });
        await revert(engine, snapshot, { ...at, reason: why });
        // A guard rejection is explained once; the same lesson is not repeated.
        if (!previous.some(p => p.outcome.startsWith(GUARD_FEEDBACK)))
            previous.push({ summary: tried, outcome: `${GUARD_FEEDBACK}: ${why}` });
        return { kind: 'rejected', why: `rejected by ci-medic's guards: ${why}` };
    }
    const verdict = await spec.verify(diff);
    // A verdict reached while the run was being cancelled is not trusted (its commands were killed).
    (0,errors/* throwIfCancelled */.dZ)(engine.cancel);
    if (!verdict.ok) {
        await revert(engine, snapshot, { ...at, reason: verdict.why });
        previous.push({ summary: tried, outcome: verdict.feedback ?? `Rejected: ${verdict.why}` });
        return { kind: 'rejected', why: verdict.why };
    }
    const paths = (0,fixing/* pathsOf */.wG)(diff);
    engine.log.record('verified', { ...at, files: paths, reason: verdict.why });
    return {
        kind: 'verified',
        attempt,
        model,
        escalated,
        files: paths,
        note: session.result.message,
        why: verdict.why,
        value: verdict.value
    };
}
/** The model's turn: the prompt and the tools, under the budgets. A stop restores the workspace. */
async function modelSession(engine, spec, state) {
    const { attempt, model, escalated, previous, snapshot } = state;
    const at = { key: spec.key, stage: spec.stage, attempt, model };
    const files = await readPromptFiles(engine.git.root, spec.files.slice(0, limits/* FILES_IN_PROMPT */.PB), {
        protectedPaths: engine.settings.protectedPaths
    });
    const prompt = spec.buildPrompt({ files, previous });
    const tools = (0,fixer_tools/* fixerTools */.U)({
        root: engine.git.root,
        protectedPaths: engine.settings.protectedPaths,
        secrets: engine.secrets,
        runner: engine.runner,
        timeoutMs: () => commandTimeout(engine),
        testCommand: spec.testCommand,
        nothingToRun: spec.nothingToRun,
        ignoredPaths: paths => engine.git.ignored(paths),
        refuseWrite: spec.refuseWrite,
        onRun: (command, exitCode, timedOut) => engine.log.record('check', { ...at, by: 'model', command, exitCode, timedOut })
    });
    let result;
    try {
        result = await (0,model_session/* runSession */.I)({ client: engine.model, tools, budget: engine.budget, log: engine.log, cancel: engine.cancel }, {
            model,
            thinking: escalated,
            prompt,
            tools: prompt.tools,
            failureKey: spec.key,
            maxTurns: limits/* MAX_TURNS */.OV,
            maxTokens: limits/* MAX_OUTPUT_TOKENS */.Cb
        });
    }
    catch (error) {
        await engine.git.restore(snapshot);
        if (engine.cancel?.aborted)
            throw (0,errors/* cancelReason */.zw)(engine.cancel);
        const reason = (0,anthropic_client/* describeModelError */.f9)(error, engine.settings.anthropicBaseUrl);
        engine.log.record('not-evaluated', { ...at, reason });
        return { kind: 'stopped', verdict: 'not-evaluated', reason, attempt, escalated };
    }
    if (result.stop === 'budget') {
        await engine.git.restore(snapshot);
        return {
            kind: 'stopped',
            verdict: 'budget-exceeded',
            reason: result.message,
            attempt,
            escalated,
            runBudgetStop: engine.budget.runStopped() ? result.message : undefined
        };
    }
    return { kind: 'session', result };
}
async function revert(engine, snapshot, details) {
    await engine.git.restore(snapshot);
    engine.log.record('reverted', details);
}


/***/ }),

/***/ 79677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JT: () => (/* binding */ runChecks),
/* harmony export */   Kf: () => (/* binding */ commandsOf),
/* harmony export */   ci: () => (/* binding */ outputTail),
/* harmony export */   dJ: () => (/* binding */ failuresOf),
/* harmony export */   gy: () => (/* reexport safe */ _core_fixing_change_verdict_js__WEBPACK_IMPORTED_MODULE_3__.gy),
/* harmony export */   k_: () => (/* binding */ runCheck)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_classify_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34154);
/* harmony import */ var _core_fixing_change_verdict_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96937);
/* harmony import */ var _core_fixing_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29729);
// Running the repository's checks (tests, lint, typecheck) and turning their
// output into failures with classify's parsers: the same code, not a copy.
// A failing check whose output no parser understands is still one failure.




function commandsOf(project) {
    const all = [
        { check: 'typecheck', command: project.typecheckCommand },
        { check: 'lint', command: project.lintCommand },
        { check: 'test', command: project.testCommand }
    ];
    return all.filter(c => c.command !== '');
}
async function runCheck(ctx, check, command) {
    const reportPath = check === 'test' ? ctx.project.reporter.path : undefined;
    if (reportPath)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(reportPath, { force: true });
    const result = await ctx.runner.run(command, { cwd: ctx.root, timeoutMs: ctx.timeoutMs });
    const passed = result.exitCode === 0 && !result.timedOut;
    if (passed)
        return { check, command, result, failures: [] };
    const output = `${result.stdout}\n${result.stderr}`;
    let failures = [];
    if (reportPath) {
        const report = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(reportPath).catch(() => undefined);
        if (report && report.length > 0) {
            failures = (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReport */ .MM)(report, reportPath, { workspace: ctx.root }).failures;
        }
    }
    if (failures.length === 0)
        failures = (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_1__/* .scanText */ .Ff)(output, { workspace: ctx.root, source: check }).failures;
    if (check !== 'test') {
        // Lint and typecheck failures belong to their check, whatever the parser thought of the words.
        failures = failures.filter(f => f.category !== 'test_fail');
    }
    if (failures.length === 0 || result.timedOut)
        failures.push(opaqueFailure(check, command, result));
    return { check, command, result, failures };
}
async function runChecks(ctx) {
    const runs = [];
    for (const { check, command } of commandsOf(ctx.project))
        runs.push(await runCheck(ctx, check, command));
    return runs;
}
/** A failed check nothing could parse: the command and the tail of its output. */
function opaqueFailure(check, command, result) {
    const tail = `${result.stdout}\n${result.stderr}`.slice(-_core_fixing_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECK_OUTPUT_TAIL */ .KA);
    const message = result.timedOut
        ? `${command} did not finish within its timeout and was stopped`
        : `${command} failed with exit code ${result.exitCode ?? result.signal ?? 'unknown'}`;
    const category = result.timedOut
        ? 'timeout'
        : check === 'typecheck'
            ? 'compile_error'
            : check === 'lint'
                ? 'lint_error'
                : 'unknown';
    return {
        category,
        message,
        excerpt: tail,
        fingerprint: (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_1__/* .failureFingerprint */ .hX)({ category, message: `${check}: ${command}` }),
        rule: _core_fixing_change_verdict_js__WEBPACK_IMPORTED_MODULE_3__/* .OPAQUE_CHECK_RULE */ .u_,
        confidence: 0.3,
        tool: check
    };
}
/** The failures of all checks, each once (by fingerprint). */
function failuresOf(runs) {
    const seen = new Map();
    for (const run of runs)
        for (const f of run.failures)
            if (!seen.has(f.fingerprint))
                seen.set(f.fingerprint, f);
    return [...seen.values()];
}

function outputTail(run, bytes = _core_fixing_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECK_OUTPUT_TAIL */ .KA) {
    return `${run.result.stdout}\n${run.result.stderr}`.slice(-bytes);
}


/***/ }),

/***/ 82884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ BOT_AUTHOR)
/* harmony export */ });
const BOT_AUTHOR = {
    name: 'ci-medic[bot]',
    email: 'ci-medic@users.noreply.github.com'
};


/***/ }),

/***/ 93856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ fixerTools)
/* harmony export */ });
/* harmony import */ var _core_fixing_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29729);
/* harmony import */ var _edges_workspace_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17628);
// The model's workspace tools as both fixing actions give them: confined to
// the checkout, blind to protected paths and secrets, writing only files git
// sees (tracked, or new and not ignored) and never dependencies, and with
// run_affected_test running the one command that tells whether the change
// works (its output tail goes back to the model).


function fixerTools(options) {
    const tools = (0,_edges_workspace_index_js__WEBPACK_IMPORTED_MODULE_0__/* .createModelTools */ .Jo)({
        root: options.root,
        protectedGlobs: [...options.protectedPaths],
        secrets: [...options.secrets],
        maxReadBytes: 64 * 1024,
        maxListEntries: 400,
        ignoredPaths: options.ignoredPaths,
        refuseWrite: options.refuseWrite,
        runAffectedTest: async () => {
            const command = options.testCommand(tools);
            if (!command)
                return options.nothingToRun ?? 'There is no test to run.';
            const run = await options.runner.run(command, {
                cwd: options.root,
                timeoutMs: options.timeoutMs()
            });
            options.onRun?.(command, run.exitCode, run.timedOut);
            return run.exitCode === 0 && !run.timedOut
                ? `PASSED: ${command}`
                : `FAILED (exit ${run.exitCode ?? run.signal}${run.timedOut ? ', timed out' : ''}): ${command}\n${`${run.stdout}\n${run.stderr}`.slice(-_core_fixing_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_OUTPUT_TAIL */ .GW)}`;
        }
    });
    return tools;
}


/***/ }),

/***/ 19502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ runSession)
/* harmony export */ });
/* unused harmony export MAX_RETRY_OUTPUT_TOKENS */
/* harmony import */ var _core_fixing_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24227);
/* harmony import */ var _core_fixing_limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29729);
/* harmony import */ var _models_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94765);
/* harmony import */ var _edges_model_anthropic_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98970);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);





function estimateTokens(value) {
    return Math.ceil(JSON.stringify(value).length / 4);
}
/**
 * The most output tokens a request may ask for after an answer was cut at
 * max_tokens (twice the usual; within what the SDK sends without streaming).
 */
const MAX_RETRY_OUTPUT_TOKENS = 16_384;
/** The model's text, and that it was cut off when it was. */
function lastWords(response, maxTokens) {
    const text = response.content
        .map(b => (b.type === 'text' ? b.text : ''))
        .join('')
        .trim();
    if (response.stop_reason !== 'max_tokens')
        return text;
    const cut = `(the answer was cut at max_tokens (${maxTokens} output tokens))`;
    return text ? `${text} ${cut}` : cut;
}
/** Rejects with a CancelledError when the run is cancelled, whatever the session was doing. */
async function runSession(parts, request) {
    const { client, tools, budget, log, cancel } = parts;
    const messages = [...request.prompt.messages];
    let maxTokens = request.thinking
        ? Math.max(request.maxTokens, _core_fixing_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .THINKING_BUDGET */ .TW + 4096)
        : request.maxTokens;
    let toolCalls = 0;
    for (let turn = 0; turn < request.maxTurns; turn++) {
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .throwIfCancelled */ .dZ)(cancel);
        const estimatedInputTokens = estimateTokens([request.prompt.system, request.tools, messages]);
        const afford = budget.canAffordNextCall({
            failureKey: request.failureKey,
            estimatedInputTokens,
            maxOutputTokens: maxTokens,
            model: request.model
        });
        if (!afford.ok) {
            log.record('budget-stop', {
                failure: request.failureKey,
                reason: afford.reason,
                message: afford.message
            });
            return { stop: 'budget', message: afford.message, toolCalls };
        }
        const response = await client.messages
            .create({
            model: request.model,
            max_tokens: maxTokens,
            system: request.prompt.system,
            tools: request.tools,
            messages: (0,_core_fixing_index_js__WEBPACK_IMPORTED_MODULE_0__/* .withConversationBreakpoint */ .lM)(messages),
            ...(request.thinking ? { thinking: (0,_models_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .thinkingFor */ .Kw)(request.model, _core_fixing_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .THINKING_BUDGET */ .TW) } : {})
        }, {
            timeout: (0,_edges_model_anthropic_client_js__WEBPACK_IMPORTED_MODULE_2__/* .requestTimeoutMs */ .Hl)(maxTokens, client.timeout),
            ...(cancel ? { signal: cancel } : {})
        })
            .catch((error) => {
            // The SDK's abort error says nothing about why: the cancellation does.
            throw cancel?.aborted ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .cancelReason */ .zw)(cancel) : error;
        });
        budget.record((0,_edges_model_anthropic_client_js__WEBPACK_IMPORTED_MODULE_2__/* .usageOf */ .Fs)(response.usage), request.model, request.failureKey);
        if (response.stop_reason === 'max_tokens' && maxTokens < MAX_RETRY_OUTPUT_TOKENS) {
            // Cut off mid-answer, a tool call in it incomplete: asked again with room, as the API advises.
            maxTokens = Math.min(MAX_RETRY_OUTPUT_TOKENS, maxTokens * 2);
            continue;
        }
        messages.push({ role: 'assistant', content: response.content });
        const uses = response.content.filter((b) => b.type === 'tool_use');
        if (response.stop_reason !== 'tool_use' || uses.length === 0) {
            return { stop: 'done', message: lastWords(response, maxTokens), toolCalls };
        }
        const results = [];
        for (const use of uses) {
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .throwIfCancelled */ .dZ)(cancel);
            toolCalls += 1;
            const result = await tools.dispatchTool(use.name, use.input);
            results.push({
                type: 'tool_result',
                tool_use_id: use.id,
                content: result.text,
                is_error: result.isError
            });
        }
        messages.push({ role: 'user', content: results });
    }
    return { stop: 'turns', message: `stopped after ${request.maxTurns} tool rounds`, toolCalls };
}


/***/ }),

/***/ 93881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ tokenlessScratchRepo)
/* harmony export */ });
/* harmony import */ var _edges_workspace_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17628);
// A scratch repository with no token (src/edges/workspace/scratch-push.ts):
// where the fixing actions move verified commits between the workspace and
// bundle files (a proposal's bundle, the replay of one), never to push.

async function tokenlessScratchRepo(run) {
    const { context } = run;
    return (0,_edges_workspace_index_js__WEBPACK_IMPORTED_MODULE_0__/* .createScratchRepo */ .Pr)({
        target: { serverUrl: context.serverUrl, owner: context.owner, repo: context.repo },
        token: '',
        parentEnv: run.parentEnv,
        secrets: run.secrets,
        tempDir: context.tempDir
    });
}


/***/ }),

/***/ 26087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nk: () => (/* binding */ mustPass),
/* harmony export */   bv: () => (/* binding */ fullChecks),
/* harmony export */   gf: () => (/* binding */ CLEAN_CHECKOUT_NOTE),
/* harmony export */   hq: () => (/* binding */ onCleanCheckout)
/* harmony export */ });
/* harmony import */ var _core_fixing_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29729);
/* harmony import */ var _attempt_loop_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15236);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79677);



/**
 * Runs `command` (in `root`, default the workspace); a rejection naming
 * `what` when it fails, undefined when it passes.
 */
async function mustPass(engine, at, test) {
    const run = await engine.runner.run(test.command, {
        cwd: test.root ?? engine.git.root,
        timeoutMs: (0,_attempt_loop_js__WEBPACK_IMPORTED_MODULE_0__/* .commandTimeout */ .b)(engine)
    });
    engine.log.record('check', {
        ...at,
        ...(test.root ? { checkout: 'clean' } : {}),
        command: test.command,
        exitCode: run.exitCode,
        timedOut: run.timedOut
    });
    if (run.exitCode === 0 && !run.timedOut)
        return undefined;
    const output = `${run.stdout}\n${run.stderr}`;
    return {
        ok: false,
        why: `${test.what} still fails`,
        feedback: `${test.what[0]?.toUpperCase()}${test.what.slice(1)} still fails:\n${output.slice(-_core_fixing_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .FEEDBACK_TAIL */ .fl)}`
    };
}
/** The project's full checks (typecheck, lint, test) in `root` (default the workspace), each run logged. */
async function fullChecks(engine, project, key, root) {
    const runs = await (0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .runChecks */ .JT)({
        runner: engine.runner,
        root: root ?? engine.git.root,
        project,
        timeoutMs: (0,_attempt_loop_js__WEBPACK_IMPORTED_MODULE_0__/* .commandTimeout */ .b)(engine)
    });
    for (const r of runs)
        engine.log.record('check', {
            key,
            stage: 'verify',
            ...(root ? { checkout: 'clean' } : {}),
            command: r.command,
            exitCode: r.result.exitCode,
            timedOut: r.result.timedOut,
            failures: r.failures.length
        });
    return runs;
}
/**
 * Runs `check` on a clean checkout of HEAD plus `paths` (the change as it
 * would be committed; see GitWorkspace.cleanCheckout), removed afterwards.
 */
async function onCleanCheckout(engine, at, paths, check) {
    const checkout = await engine.git.cleanCheckout(paths);
    engine.log.record('check', {
        ...at,
        checkout: 'clean',
        commit: checkout.commit,
        linked: [...checkout.linked]
    });
    try {
        return await check(checkout.root);
    }
    finally {
        await checkout.dispose();
    }
}
/** What the model is told when a check fails on the clean checkout of its change. */
const CLEAN_CHECKOUT_NOTE = 'This ran on a clean checkout of the change (the changed files on top of the last commit, with the installed dependencies), not in the workspace: only committed files count. If it passed for you, something git ignores or does not track, written by you or by a test run, made it pass there.';


/***/ }),

/***/ 34668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QS: () => (/* binding */ fixLoopSettingsOf),
/* harmony export */   tc: () => (/* binding */ requireTokenUnlessDryRun)
/* harmony export */ });
/* unused harmony export requireSandboxForNetwork */
/* harmony import */ var _core_fixing_protected_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96026);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _shared_fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32924);
// The settings both fixing actions share (model, budgets, guards, check
// commands, PR options), read from the inputs defined once in
// shared-fields.ts. autofix and self-heal extend them with their own.



/** Opening a PR needs a token; a dry run writes nothing to GitHub. */
function requireTokenUnlessDryRun(token, dryRun, command) {
    if (token === '' && !dryRun) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input 'github-token' is empty, and ${command} needs it to push a branch and open a pull request. Example: github-token: \${{ github.token }} (with permissions contents: write, pull-requests: write), or set dry-run: true.`);
    }
}
/** Only the sandbox can take the network away from the checks. */
function requireSandboxForNetwork(sandbox, checkNetwork) {
    if (sandbox === 'off' && checkNetwork === 'none') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("Input 'check-network' is 'none', but input 'sandbox' is 'off': only the sandbox can take the network away from the checks. Set sandbox: auto (or required), or check-network: allow.");
    }
}
/** Maps the shared fix-loop inputs (read with any action's fields) into settings. */
function fixLoopSettingsOf(v) {
    requireSandboxForNetwork(v.sandbox, v['check-network']);
    return {
        anthropicApiKey: v['anthropic-api-key'],
        anthropicBaseUrl: v['anthropic-base-url'],
        model: v.model,
        escalationModel: v['escalation-model'],
        maxAttemptsPerFailure: v['max-attempts-per-failure'],
        maxInputTokens: v['max-input-tokens'],
        maxCostUsd: v['max-cost-usd'],
        maxInputTokensPerFailure: v['max-input-tokens-per-failure'],
        maxCostUsdPerFailure: v['max-cost-usd-per-failure'],
        maxFilesChanged: v['max-files-changed'],
        protectedPaths: (0,_core_fixing_protected_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .effectiveProtectedPaths */ .eu)(v['protected-paths'], v['protected-paths-override']),
        modelPrices: (0,_shared_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizePrices */ .ur)(v['model-prices']),
        testCommand: v['test-command'],
        lintCommand: v['lint-command'],
        typecheckCommand: v['typecheck-command'],
        commandTimeoutMinutes: v['command-timeout-minutes'],
        sandbox: v.sandbox,
        checkNetwork: v['check-network'],
        timeBudgetMinutes: v['time-budget-minutes'],
        baseBranch: v['base-branch'],
        draft: v.draft,
        labels: v.labels,
        review: {
            reviewers: v.reviewers,
            teamReviewers: v['team-reviewers'],
            requestCodeowners: v['request-codeowners']
        },
        dryRun: v['dry-run'],
        githubToken: v['github-token'],
        learningsPath: v['learnings-path'],
        uploadArtifacts: v['upload-artifacts'],
        artifactRetentionDays: v['artifact-retention-days']
    };
}


/***/ })

};
