export const id = 912;
export const ids = [912];
export const modules = {

/***/ 8912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AUTOFIX_FAILURE_OUTPUTS: () => (/* reexport */ failure_outputs/* AUTOFIX_FAILURE_OUTPUTS */.zL),
  autofix: () => (/* binding */ run_autofix)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/core/autofix/index.ts + 6 modules
var autofix = __webpack_require__(4468);
// EXTERNAL MODULE: ./src/core/classify/index.ts + 5 modules
var classify = __webpack_require__(1726);
// EXTERNAL MODULE: ./src/core/ledger/ledger-record.ts
var ledger_record = __webpack_require__(4544);
// EXTERNAL MODULE: ./src/core/report/markdown.ts
var markdown = __webpack_require__(4201);
// EXTERNAL MODULE: ./src/edges/github/bot-identity.ts
var bot_identity = __webpack_require__(8980);
// EXTERNAL MODULE: ./src/edges/github/client.ts
var github_client = __webpack_require__(6521);
// EXTERNAL MODULE: ./src/edges/github/issue-ledger.ts + 1 modules
var issue_ledger = __webpack_require__(7936);
// EXTERNAL MODULE: ./src/edges/github/workflow-runs.ts
var workflow_runs = __webpack_require__(1942);
// EXTERNAL MODULE: ./src/edges/model/anthropic-client.ts
var anthropic_client = __webpack_require__(8970);
// EXTERNAL MODULE: ./src/edges/workspace/index.ts + 4 modules
var workspace = __webpack_require__(542);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/runtime/action-inputs.ts + 1 modules
var action_inputs = __webpack_require__(8173);
// EXTERNAL MODULE: ./src/runtime/outputs.ts
var runtime_outputs = __webpack_require__(8506);
// EXTERNAL MODULE: ./src/runtime/actions-logger.ts
var actions_logger = __webpack_require__(484);
// EXTERNAL MODULE: ./src/settings/autofix-settings.ts
var autofix_settings = __webpack_require__(2569);
// EXTERNAL MODULE: ./src/actions/shared/decision-log.ts
var decision_log = __webpack_require__(8268);
// EXTERNAL MODULE: ./src/actions/shared/workspace-checks.ts
var workspace_checks = __webpack_require__(8784);
// EXTERNAL MODULE: ./src/actions/autofix/fix-loop.ts
var fix_loop = __webpack_require__(5476);
// EXTERNAL MODULE: ./src/edges/github/pull-requests.ts
var pull_requests = __webpack_require__(9680);
// EXTERNAL MODULE: ./src/actions/shared/push-branch.ts
var push_branch = __webpack_require__(2578);
;// CONCATENATED MODULE: ./src/actions/autofix/publish.ts


function branchName(settings, now) {
    const suffix = settings.fingerprint || now.toISOString().slice(0, 10);
    return `${settings.branchPrefix}${suffix}`.replace(/[^\w./-]+/g, '-');
}
async function publish(request) {
    const { client, repo, git, settings, branch, base, logger, log } = request;
    if (!request.hasFixes) {
        const closed = await (0,pull_requests/* closeStalePullRequest */.k$)(client, repo, branch, base, 'ci-medic autofix ran again and found nothing left to fix on this branch’s failure, so this PR is closed.', logger);
        if (closed.closed)
            log.record('published', { action: 'closed', number: closed.number });
        return {
            branch: '',
            prUrl: '',
            prNumber: closed.number ?? 0,
            action: closed.closed ? 'closed' : 'none'
        };
    }
    const expected = await (0,push_branch/* pushWithLease */.V)(git, branch, settings.githubToken, 'autofix');
    log.record('published', { branch, replaced: expected });
    const pr = await (0,pull_requests/* upsertPullRequest */._b)(client, repo, {
        head: branch,
        base,
        title: request.title,
        body: request.body,
        draft: settings.draft,
        labels: settings.labels
    }, logger);
    log.record('published', { action: pr.action, number: pr.number, url: pr.url });
    return { branch, prUrl: pr.url, prNumber: pr.number, action: pr.action };
}

// EXTERNAL MODULE: ./src/actions/failure-outputs.ts
var failure_outputs = __webpack_require__(6978);
;// CONCATENATED MODULE: ./src/actions/autofix/run.ts
// autofix: run the checks, fix failures one by one (deterministic fixers,
// then the model), keep only verified fixes, and end with one honest PR and
// a report. Outputs are set on every exit path.























const logger = (0,actions_logger/* loggerFrom */.x)(core);
async function run_autofix(inputs) {
    const context = (0,action_inputs/* runnerContext */.cE)();
    const settings = (0,autofix_settings/* readAutofixSettings */.gX)(inputs, action_inputs/* maskSecret */.$l);
    const startedAt = Date.now();
    const reportDir = (0,external_node_path_.join)(context.tempDir, 'ci-medic');
    await (0,promises_.mkdir)(reportDir, { recursive: true });
    const log = (0,decision_log/* createDecisionLog */.P)((0,external_node_path_.join)(reportDir, 'autofix-decisions.jsonl'));
    const secrets = [settings.githubToken, settings.anthropicApiKey].filter(Boolean);
    const repo = { owner: context.owner, repo: context.repo };
    // Preconditions: a clean git checkout
    const git = (0,workspace/* createGitWorkspace */.sb)(context.workspace, { secrets });
    await (0,workspace_checks/* requireCleanCheckout */.pw)(git, 'autofix');
    // The project and its checks
    const project = await (0,workspace_checks/* detectChecks */.P4)(context.workspace, settings, reportDir);
    log.record('detected', { ...project });
    logger.info(`Checks: ${[project.testCommand, project.lintCommand, project.typecheckCommand].filter(Boolean).join(' | ')}`);
    // The ledger's known flakes (read-only; skipped in a dry run or without the API)
    const client = settings.githubToken
        ? (0,github_client/* createGitHubClient */.L)({ token: settings.githubToken, apiUrl: context.apiUrl, logger })
        : undefined;
    const notes = [];
    /** Context for the report (not warnings). */
    const facts = [];
    let knownFlakes = new Set();
    if (settings.dryRun || !client) {
        notes.push('The ledger was not read (dry run or no token): known flakes are not skipped.');
    }
    else {
        try {
            const ledger = (0,issue_ledger/* issueLedger */.v)(client, repo, settings.ledgerIssueTitle, await (0,bot_identity/* resolveBotLogin */.l)(client));
            knownFlakes = (0,ledger_record/* flakyFingerprints */.xT)(await ledger.read());
        }
        catch (error) {
            notes.push(`The ledger could not be read (${(0,errors/* errorMessage */.gJ)(error)}): known flakes are not skipped.`);
        }
    }
    // The failed run classify dispatched us for: named in the report, so a reviewer can compare.
    if (settings.runId && client) {
        try {
            const run = await (0,workflow_runs/* getWorkflowRun */.pH)(client, repo, settings.runId);
            const head = await git.head();
            facts.push(`Dispatched for the failed run [${run.name} #${run.id}](${run.htmlUrl})${settings.fingerprint ? ` (failure fingerprint \`${settings.fingerprint}\`)` : ''}${head && run.headSha && head !== run.headSha
                ? `; that run tested ${run.headSha.slice(0, 7)}, this checkout is ${head.slice(0, 7)}`
                : ''}.`);
        }
        catch (error) {
            notes.push(`The failed run ${settings.runId} could not be read (${(0,errors/* errorMessage */.gJ)(error)}).`);
        }
    }
    else if (settings.runId) {
        facts.push(`Dispatched for the failed run ${settings.runId}.`);
    }
    const budget = new autofix/* BudgetTracker */.ak((0,autofix/* budgetLimitsOf */.D9)(settings), { now: () => Date.now() });
    const runner = (0,workspace/* createCommandRunner */._m)({ secrets, parentEnv: process.env });
    const model = settings.anthropicApiKey
        ? (0,anthropic_client/* createModelClient */.$L)({
            apiKey: settings.anthropicApiKey,
            baseUrl: settings.anthropicBaseUrl,
            maxRetries: 3
        })
        : undefined;
    if (!model)
        notes.push('No anthropic-api-key: only the deterministic fixers ran; the model tiers are not-evaluated.');
    const loop = await (0,fix_loop/* fixLoop */.yV)({
        settings,
        project,
        runner,
        git,
        budget,
        log,
        model,
        knownFlakes,
        secrets,
        repoFiles: await (0,workspace_checks/* listRepoFiles */.c$)(context.workspace),
        readFile: path => (0,promises_.readFile)((0,external_node_path_.join)(context.workspace, path), 'utf8').catch(() => undefined)
    });
    const outcome = (0,autofix/* computeOutcome */.Sf)({ results: loop.results, budgetStop: loop.budgetStop });
    const totals = budget.totals();
    // Publish
    let publication = { branch: '', prUrl: '', prNumber: 0, action: 'none' };
    let publishError;
    const branch = branchName(settings, new Date(startedAt));
    if (settings.dryRun) {
        notes.push(loop.fixes.length
            ? `Dry run: would push ${loop.fixes.length} verified commit(s) to ${branch} and open a PR.`
            : 'Dry run: nothing to push.');
    }
    const body = renderBody(outcome, loop, totals, facts, notes, settings, project);
    if (settings.dryRun) {
        // nothing leaves the runner
    }
    else if (client && (loop.fixes.length > 0 || settings.fingerprint)) {
        const base = settings.baseBranch || (await (0,workspace_checks/* defaultBranch */.OR)(client, repo));
        try {
            publication = await publish({
                client,
                repo,
                git,
                settings,
                branch,
                base,
                title: `fix: ${outcome.fixedCount} failing check${outcome.fixedCount === 1 ? '' : 's'} (ci-medic autofix)`,
                body,
                hasFixes: loop.fixes.length > 0,
                logger,
                log
            });
        }
        catch (error) {
            // The verified work and the report are kept; the step still fails, with the reason.
            publishError = error;
            notes.push(`Nothing was published: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    // Report
    const reportPath = (0,external_node_path_.join)(reportDir, 'autofix-report.json');
    await (0,promises_.writeFile)(reportPath, JSON.stringify({
        version: 1,
        outcome,
        results: loop.results,
        fixes: loop.fixes,
        totals,
        project,
        publication,
        notes
    }, null, 2));
    const outputs = {
        ...(0,autofix/* outcomeOutputs */.nS)(outcome),
        'pr-url': publication.prUrl,
        'pr-number': publication.prNumber ? String(publication.prNumber) : '',
        branch: publication.branch,
        'input-tokens': String(totals.inputTokens),
        'output-tokens': String(totals.outputTokens),
        'cache-read-tokens': String(totals.cacheReadTokens),
        'cost-usd': totals.costUsd.toFixed(4),
        'report-path': reportPath
    };
    (0,runtime_outputs/* setOutputs */.n)(core, outputs);
    for (const note of notes)
        logger.warning(note);
    if (log.lost)
        logger.warning(`${log.lost} decision log entries could not be written to ${log.path}.`);
    const seconds = Math.round((Date.now() - startedAt) / 1000);
    await core.summary
        .addRaw(`## ci-medic autofix: ${outcome.outcome}\n\n${outcome.summary.replace(/\.$/, '')}, in ${seconds}s.${publication.prUrl ? ` PR: ${publication.prUrl} (${publication.action}).` : ''}\n\n${renderBody(outcome, loop, totals, facts, notes, settings, project)}\n`)
        .write();
    logger.info(outcome.summary);
    if (outcome.outcome === 'budget-exceeded') {
        // The marker classify recognises, so a later classification of this run says budget_exceeded.
        logger.warning(`${classify/* BUDGET_MARKER */.JB}: ${loop.budgetStop ?? 'a per-failure budget ran out'}`);
    }
    if (publishError !== undefined)
        throw publishError;
}
function renderBody(outcome, loop, totals, facts, notes, settings, project) {
    const checks = loop.baseline
        .map(r => `\`${(0,markdown/* cell */.Hn)(r.command, 120)}\`: ${r.failures.length ? `${r.failures.length} failure(s)` : 'passed'}`)
        .join(', ');
    return [
        ...facts.map(f => `${f}\n`),
        `**${outcome.summary.replace(/\.$/, '')}.** Every fix below was verified by ci-medic in code: the affected test, then the full checks (${checks || 'none'}). Changes that broke anything, touched protected paths or weakened tests were reverted.`,
        '',
        (0,autofix/* renderReportTable */.nJ)(loop.results),
        '',
        `**Model use**: ${totals.inputTokens} input tokens (${totals.cacheReadTokens} from cache), ${totals.outputTokens} output tokens, $${totals.costUsd.toFixed(4)} (model ${(0,markdown/* cell */.Hn)(settings.model)}, escalation ${(0,markdown/* cell */.Hn)(settings.escalationModel)}).`,
        `**Project**: ${(0,markdown/* cell */.Hn)(project.reasons.join('; '), 600)}`,
        ...(notes.length ? ['', ...notes.map(n => `- ${(0,markdown/* cell */.Hn)(n, 400)}`)] : []),
        '',
        '_Checks on a pull request opened with the workflow token may wait for a maintainer to approve them before they run._'
    ].join('\n');
}


/***/ }),

/***/ 4544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HX: () => (/* binding */ isKnownFlake),
/* harmony export */   sQ: () => (/* binding */ ledgerRecordSchema),
/* harmony export */   xT: () => (/* binding */ flakyFingerprints)
/* harmony export */ });
/* unused harmony export recordOfRun */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(104);
// One line of the failure ledger: what classify saw on one run, and what it
// did about it. The weekly pattern analysis reads these, so every field is
// kept even when empty, and the format is versioned.

const ledgerRecordSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    v: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1),
    /** ISO time the record was written. */
    time: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    runId: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    runAttempt: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    workflow: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** `.github/workflows/ci.yml` */
    workflowPath: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Names of the failed jobs that were read. */
    jobs: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
    sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    branch: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    category: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    confidence: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    fingerprint: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    nextAction: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['rerun', 'autofix', 'alert', 'none']),
    /** What was actually done: `rerun-requested`, `autofix-dispatched`, `alert-opened`, `alert-updated`, `rerun-passed`… */
    actions: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
    /** Filled in when a rerun of this run finished: did the failure go away? */
    outcome: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['rerun-passed', 'rerun-failed', '']).default(''),
    failureCount: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    /** The rule that decided the category. */
    rule: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
});
/**
 * A fingerprint is flaky on a commit when a rerun of a run that failed with it
 * passed: fixing it would "fix" nothing, so it is alerted instead.
 */
function isKnownFlake(records, fingerprint, sha) {
    return records.some(r => r.fingerprint === fingerprint && r.outcome === 'rerun-passed' && (sha === '' || r.sha === sha));
}
/** Any flaky or transient history for a fingerprint, on any commit (autofix's known-flake gate). */
function flakyFingerprints(records) {
    return new Set(records
        .filter(r => r.outcome === 'rerun-passed' || r.category === 'transient')
        .map(r => r.fingerprint));
}
/** The record of an earlier attempt of the same run, if classify saw one. */
function recordOfRun(records, runId) {
    return records.filter(r => r.runId === runId).sort((a, b) => b.runAttempt - a.runAttempt)[0];
}


/***/ }),

/***/ 7936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ issueLedger)
});

// UNUSED EXPORTS: LEDGER_LABEL

// EXTERNAL MODULE: ./src/core/ledger/ledger-record.ts
var ledger_record = __webpack_require__(4544);
;// CONCATENATED MODULE: ./src/core/ledger/ledger-comment.ts
// The ledger as it is kept in a tracking issue: each comment holds a page of
// records as JSON Lines inside a hidden HTML comment, with a short table for
// people above it. A page is closed before GitHub's 65,536-character limit.

const LEDGER_MARKER = '<!-- ci-medic:ledger v1 -->';
const RECORDS_START = '<!-- ci-medic:records';
const RECORDS_END = '-->';
/** Below GitHub's 65,536 limit with room for the table. */
const MAX_COMMENT_CHARS = 60_000;
const TABLE_ROWS = 15;
/** JSON that cannot end an HTML comment early: `--` never appears outside strings, so escape it inside them. */
function encodeRecord(record) {
    return JSON.stringify(record).replace(/--/g, '-\\u002d').replace(/>/g, '\\u003e');
}
function renderLedgerComment(records) {
    const recent = records.slice(-TABLE_ROWS).reverse();
    const rows = recent.map(r => `| ${r.time.slice(0, 16).replace('T', ' ')} | ${r.workflow.replace(/\|/g, '\\|')} #${r.runId} (attempt ${r.runAttempt}) | \`${r.category}\` | \`${r.fingerprint}\` | ${r.nextAction} | ${r.actions.join(', ') || '—'}${r.outcome ? ` (${r.outcome})` : ''} |`);
    return [
        LEDGER_MARKER,
        `**ci-medic failure ledger**: ${records.length} record${records.length === 1 ? '' : 's'} on this page, newest first.`,
        '',
        '| time (UTC) | run | category | fingerprint | next action | done |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows,
        '',
        RECORDS_START,
        ...records.map(encodeRecord),
        RECORDS_END,
        ''
    ].join('\n');
}
function parseLedgerComment(body) {
    if (!body.startsWith(LEDGER_MARKER))
        return undefined;
    const start = body.indexOf(RECORDS_START);
    if (start < 0)
        return { records: [], rejected: 0 };
    const end = body.indexOf(RECORDS_END, start + RECORDS_START.length);
    const block = body.slice(start + RECORDS_START.length, end < 0 ? undefined : end);
    const records = [];
    let rejected = 0;
    for (const line of block.split('\n')) {
        if (!line.trim())
            continue;
        try {
            const parsed = ledger_record/* ledgerRecordSchema */.sQ.safeParse(JSON.parse(line));
            if (parsed.success)
                records.push(parsed.data);
            else
                rejected += 1;
        }
        catch {
            rejected += 1;
        }
    }
    return { records, rejected };
}
/** Whether a page with these records still fits in one comment. */
function fitsInOneComment(records) {
    return renderLedgerComment(records).length <= MAX_COMMENT_CHARS;
}

;// CONCATENATED MODULE: ./src/edges/github/issue-ledger.ts
// The failure ledger kept in a tracking issue's comments (see
// core/ledger/ledger-comment.ts for the format). Reads trust only comments
// written by ci-medic's own login; writes update the newest page until it is
// full, then start a new one.

const LEDGER_LABEL = 'ci-medic-ledger';
function issueLedger(client, repo, title, botLogin) {
    let issueNumber;
    let issueUrl = '';
    let pages;
    async function findIssue() {
        if (issueNumber)
            return issueNumber;
        const issues = await client.paginate(client.rest.issues.listForRepo, {
            ...repo,
            state: 'all',
            labels: LEDGER_LABEL,
            per_page: 100
        });
        const found = issues.find(i => i.title === title && !i.pull_request && i.user?.login === botLogin);
        if (found) {
            issueNumber = found.number;
            issueUrl = found.html_url;
        }
        return issueNumber;
    }
    async function loadPages() {
        if (pages)
            return pages;
        const number = await findIssue();
        if (!number)
            return (pages = []);
        const comments = await client.paginate(client.rest.issues.listComments, {
            ...repo,
            issue_number: number,
            per_page: 100
        });
        pages = [];
        for (const comment of comments) {
            if (comment.user?.login !== botLogin || !comment.body?.startsWith(LEDGER_MARKER))
                continue;
            const parsed = parseLedgerComment(comment.body);
            if (parsed)
                pages.push({ commentId: comment.id, records: parsed.records });
        }
        return pages;
    }
    return {
        async read() {
            return (await loadPages()).flatMap(p => p.records);
        },
        async append(record) {
            const loaded = await loadPages();
            let number = await findIssue();
            if (!number) {
                const { data } = await client.rest.issues.create({
                    ...repo,
                    title,
                    labels: [LEDGER_LABEL],
                    body: [
                        'This issue is the failure ledger of [ci-medic](https://github.com/ci-medic/ci-medic) classify:',
                        'one record per classified run, kept in the comments below (records are JSON Lines inside a hidden block).',
                        'Keep it open; ci-medic reads it to tell flaky failures from real ones. Only comments written by',
                        `\`${botLogin}\` are read.`
                    ].join(' ')
                });
                number = issueNumber = data.number;
                issueUrl = data.html_url;
            }
            const last = loaded[loaded.length - 1];
            if (last && fitsInOneComment([...last.records, record])) {
                last.records.push(record);
                await client.rest.issues.updateComment({
                    ...repo,
                    comment_id: last.commentId,
                    body: renderLedgerComment(last.records)
                });
            }
            else {
                const { data } = await client.rest.issues.createComment({
                    ...repo,
                    issue_number: number,
                    body: renderLedgerComment([record])
                });
                loaded.push({ commentId: data.id, records: [record] });
            }
            return { location: issueUrl };
        }
    };
}


/***/ }),

/***/ 1942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pH: () => (/* binding */ getWorkflowRun),
/* harmony export */   uQ: () => (/* binding */ listFailedJobs),
/* harmony export */   ur: () => (/* binding */ streamJobLog)
/* harmony export */ });
/* unused harmony export explainReadError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6521);
// Reading a workflow run: the run itself, its failed jobs, and their logs as
// streams (a job log can be large; it is never held whole in memory here).


async function getWorkflowRun(client, repo, runId) {
    try {
        const { data } = await client.rest.actions.getWorkflowRun({ ...repo, run_id: runId });
        return {
            id: data.id,
            name: data.name ?? '',
            path: data.path,
            headBranch: data.head_branch ?? '',
            headSha: data.head_sha,
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
    const download = await fetch(location);
    if (!download.ok || !download.body) {
        throw new Error(`downloading the log of job ${jobId} failed: HTTP ${download.status}`);
    }
    return download.body;
}
/** Turns API errors on reads into messages that name the permission or the id to check. */
function explainReadError(error, what) {
    const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c)(error);
    if (status === 404) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`GitHub says ${what} does not exist (404). Check 'run-id', and that the token can see this repository.`);
    }
    if (status === 403 || status === 401) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`GitHub refused to show ${what} (${status}): the token needs 'actions: read' (add it under permissions: in the workflow).`);
    }
    return error instanceof Error ? error : new Error(String(error));
}


/***/ })

};
