export const id = 759;
export const ids = [759];
export const modules = {

/***/ 8759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LEDGER_FILE: () => (/* reexport */ LEDGER_FILE),
  artifactLedger: () => (/* reexport */ artifactLedger),
  createGitHubClient: () => (/* reexport */ github_client/* createGitHubClient */.LX),
  dispatchWorkflow: () => (/* reexport */ dispatchWorkflow),
  getWorkflowRun: () => (/* reexport */ workflow_runs/* getWorkflowRun */.pH),
  issueLedger: () => (/* reexport */ issue_ledger/* issueLedger */.v),
  listFailedJobs: () => (/* reexport */ workflow_runs/* listFailedJobs */.uQ),
  raiseAlert: () => (/* reexport */ alert_issues/* raiseAlert */.J),
  rerunFailedJobs: () => (/* reexport */ rerunFailedJobs),
  resolveBotLogin: () => (/* reexport */ bot_identity/* resolveBotLogin */.l),
  streamJobLog: () => (/* reexport */ workflow_runs/* streamJobLog */.ur)
});

// EXTERNAL MODULE: ./src/edges/github/alert-issues.ts
var alert_issues = __webpack_require__(9464);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/core/ledger/artifact-trust.ts
// Which `ci-medic-ledger` artifacts classify may read. Any run can upload an
// artifact of that name, a fork's pull request included, and the newest one
// would otherwise decide what classify calls flaky. Only a run of the
// workflow classify itself runs in, on this repository's default branch, by
// an event other than a pull request's, is trusted: that run executed the
// default branch's own workflow and wrote the ledger with ci-medic. Pure:
// the run's facts in, a reason out.
/** Why an artifact of this run is not trusted; undefined when it is. */
function untrustedBecause(run, trust) {
    if (run.event.startsWith('pull_request'))
        return `run ${run.id} ran for a ${run.event} event`;
    if (run.repositoryId !== null && run.repositoryId !== trust.repositoryId) {
        return `run ${run.id} belongs to another repository`;
    }
    if (run.headRepositoryId !== trust.repositoryId) {
        return `run ${run.id} ran on another repository's commit (a fork)`;
    }
    if (run.headBranch !== trust.defaultBranch) {
        return `run ${run.id} ran on ${run.headBranch === null ? 'no branch' : `branch ${run.headBranch}`}, not ${trust.defaultBranch}`;
    }
    if (run.workflowId !== trust.workflowId) {
        return `run ${run.id} is of another workflow (id ${run.workflowId}, not ${trust.workflowId})`;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/core/ledger/ledger-record.ts
var ledger_record = __webpack_require__(3507);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/edges/files/zip-reader.ts
// Reads the entries of a zip archive held in memory (artifact downloads are
// zips). Only what artifacts use: stored and deflated entries, no zip64.
// An archive is untrusted input: what it unzips to is capped (a few KB of
// deflate can stand for gigabytes), and inflating stops at the cap instead
// of finishing and then measuring.

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** An archive that unzips to more than the cap allows. */
class ZipTooLargeError extends Error {
    entry;
    maxBytes;
    constructor(entry, maxBytes) {
        super(`zip entry ${entry} unzips to more than ${formatBytes(maxBytes)}, the most read`);
        this.entry = entry;
        this.maxBytes = maxBytes;
        this.name = 'ZipTooLargeError';
    }
}
function formatBytes(n) {
    if (n >= 1024 * 1024 && n % (1024 * 1024) === 0)
        return `${n / (1024 * 1024)} MiB`;
    if (n >= 1024 && n % 1024 === 0)
        return `${n / 1024} KiB`;
    return `${n} bytes`;
}
function readZipEntries(zip, limits) {
    const entries = new Map();
    let left = limits.maxBytes;
    let eocd = -1;
    for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
        if (zip.readUInt32LE(i) === EOCD) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw new Error('not a zip archive (no end-of-central-directory record)');
    const count = zip.readUInt16LE(eocd + 10);
    let offset = zip.readUInt32LE(eocd + 16);
    for (let n = 0; n < count; n++) {
        if (zip.readUInt32LE(offset) !== CENTRAL)
            throw new Error('corrupt zip central directory');
        const method = zip.readUInt16LE(offset + 10);
        const compressedSize = zip.readUInt32LE(offset + 20);
        const declaredSize = zip.readUInt32LE(offset + 24);
        const nameLength = zip.readUInt16LE(offset + 28);
        const extraLength = zip.readUInt16LE(offset + 30);
        const commentLength = zip.readUInt16LE(offset + 32);
        const localOffset = zip.readUInt32LE(offset + 42);
        const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
        offset += 46 + nameLength + extraLength + commentLength;
        if (name.endsWith('/'))
            continue;
        if (limits.only && !limits.only.includes(name))
            continue;
        // The declared size is the archive's word, so it only refuses early; the inflate below enforces.
        if (declaredSize > left)
            throw new ZipTooLargeError(name, limits.maxBytes);
        if (zip.readUInt32LE(localOffset) !== LOCAL)
            throw new Error(`corrupt zip entry ${name}`);
        const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
        const data = zip.subarray(dataStart, dataStart + compressedSize);
        let bytes;
        if (method === 0)
            bytes = Buffer.from(data);
        else if (method === 8)
            bytes = inflateCapped(data, left, name, limits.maxBytes);
        else
            throw new Error(`zip entry ${name} uses unsupported compression method ${method}`);
        if (bytes.length > left)
            throw new ZipTooLargeError(name, limits.maxBytes);
        left -= bytes.length;
        entries.set(name, bytes);
    }
    return entries;
}
/** Inflates at most `left` bytes: zlib stops producing output past it, chunk by chunk. */
function inflateCapped(data, left, name, maxBytes) {
    try {
        return (0,external_node_zlib_.inflateRawSync)(data, { maxOutputLength: Math.max(1, left) });
    }
    catch (error) {
        if (error.code === 'ERR_BUFFER_TOO_LARGE') {
            throw new ZipTooLargeError(name, maxBytes);
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/edges/github/artifact-ledger.ts
// The ledger kept as a workflow artifact (`ledger: artifact`): the newest
// trusted `ci-medic-ledger` artifact of the repository is read through the
// REST API, and the updated ledger is written as JSON Lines to a file that a
// following actions/upload-artifact step uploads under the same name.
// (Uploading from inside the action would need the runner-internal results
// service.) Any run can upload an artifact of that name, a fork's pull
// request too: only one uploaded by a run of classify's own workflow on the
// default branch is read (core/ledger/artifact-trust.ts), and what it unzips
// to is capped.





const LEDGER_ARTIFACT = 'ci-medic-ledger';
const LEDGER_FILE = 'ledger.jsonl';
function parseLedgerLines(text) {
    const records = [];
    for (const line of text.split('\n')) {
        if (!line.trim())
            continue;
        try {
            const parsed = ledger_record/* ledgerRecordSchema */.sQ.safeParse(JSON.parse(line));
            if (parsed.success)
                records.push(parsed.data);
        }
        catch {
            // a damaged line is skipped; the rest of the ledger still counts
        }
    }
    return records;
}
/** The most a ledger artifact may weigh, zipped or unzipped. */
const MAX_LEDGER_BYTES = 32 * 1024 * 1024;
/** Pages of 100 artifacts looked through for a trusted one (a flood of untrusted ones ends the search). */
const MAX_ARTIFACT_PAGES = 5;
function artifactLedger(client, repo, outputPath, options) {
    const maxBytes = options.maxBytes ?? MAX_LEDGER_BYTES;
    let records;
    /** This repository, its default branch, and the workflow of the current run. */
    async function trust(api) {
        if (!options.currentRunId) {
            throw new Error('cannot tell which workflow this run belongs to (GITHUB_RUN_ID is not set), so no ledger artifact is trusted');
        }
        const [{ data: repository }, { data: current }] = await Promise.all([
            api.rest.repos.get({ ...repo }),
            api.rest.actions.getWorkflowRun({ ...repo, run_id: options.currentRunId })
        ]);
        return {
            repositoryId: repository.id,
            defaultBranch: repository.default_branch,
            workflowId: current.workflow_id
        };
    }
    /** The newest artifact a trusted run uploaded, or undefined. */
    async function newestTrusted(api) {
        const trusted = await trust(api);
        const runs = new Map();
        const passedOver = [];
        for (let page = 1; page <= MAX_ARTIFACT_PAGES; page++) {
            const { data } = await api.rest.actions.listArtifactsForRepo({
                ...repo,
                name: LEDGER_ARTIFACT,
                per_page: 100,
                page
            });
            const candidates = data.artifacts
                .filter(a => !a.expired && a.name === LEDGER_ARTIFACT)
                .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? ''));
            for (const artifact of candidates) {
                const why = await whyNot(api, artifact, trusted, runs);
                if (why === undefined) {
                    report(passedOver);
                    return artifact;
                }
                passedOver.push(`artifact ${artifact.id}: ${why}`);
            }
            if (data.artifacts.length < 100)
                break;
        }
        report(passedOver);
        return undefined;
    }
    async function whyNot(api, artifact, trusted, runs) {
        const run = artifact.workflow_run;
        if (!run?.id)
            return 'GitHub names no run that uploaded it';
        // What the listing already says rules most out without another request.
        const listed = untrustedBecause({
            id: run.id,
            event: '',
            workflowId: trusted.workflowId,
            headBranch: run.head_branch ?? null,
            headRepositoryId: run.head_repository_id ?? null,
            repositoryId: run.repository_id ?? null
        }, trusted);
        if (listed !== undefined)
            return listed;
        if (!runs.has(run.id)) {
            const { data } = await api.rest.actions.getWorkflowRun({ ...repo, run_id: run.id });
            runs.set(run.id, untrustedBecause({
                id: data.id,
                event: data.event,
                workflowId: data.workflow_id,
                headBranch: data.head_branch,
                headRepositoryId: data.head_repository?.id ?? null,
                repositoryId: data.repository?.id ?? null
            }, trusted));
        }
        return runs.get(run.id);
    }
    function report(passedOver) {
        if (passedOver.length === 0)
            return;
        options.logger?.info(`Ledger: passed over ${passedOver.length} ${LEDGER_ARTIFACT} artifact(s) not uploaded by this workflow on the default branch: ${passedOver.slice(0, 5).join('; ')}${passedOver.length > 5 ? '; …' : ''}`);
    }
    async function load() {
        if (records)
            return records;
        records = [];
        if (!client)
            return records;
        const newest = await newestTrusted(client);
        if (!newest)
            return records;
        const tooLarge = () => new Error(`The ${LEDGER_ARTIFACT} artifact ${newest.id} holds more than ${formatBytes(maxBytes)}, the most ci-medic reads (a zip bomb, or a ledger grown past the cap); it was not read, and the ledger starts again from this run.`);
        if (newest.size_in_bytes > maxBytes)
            throw tooLarge();
        const download = await client.rest.actions.downloadArtifact({
            ...repo,
            artifact_id: newest.id,
            archive_format: 'zip'
        });
        const zip = Buffer.from(download.data);
        if (zip.length > maxBytes)
            throw tooLarge();
        let entries;
        try {
            entries = readZipEntries(zip, { maxBytes, only: [LEDGER_FILE] });
        }
        catch (error) {
            if (error instanceof ZipTooLargeError)
                throw tooLarge();
            throw error;
        }
        const file = entries.get(LEDGER_FILE);
        if (file)
            records = parseLedgerLines(file.toString('utf8'));
        return records;
    }
    return {
        read: load,
        async append(record) {
            const all = [...(await load().catch(() => [])), record];
            records = all;
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(outputPath), { recursive: true });
            await (0,promises_.writeFile)(outputPath, all.map(r => JSON.stringify(r)).join('\n') + '\n');
            return { location: outputPath };
        }
    };
}

// EXTERNAL MODULE: ./src/edges/github/bot-identity.ts
var bot_identity = __webpack_require__(6527);
// EXTERNAL MODULE: ./src/edges/github/client.ts
var github_client = __webpack_require__(5722);
// EXTERNAL MODULE: ./src/edges/github/issue-ledger.ts + 1 modules
var issue_ledger = __webpack_require__(5382);
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
async function dispatchWorkflow(client, repo, workflow, ref, inputs) {
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
var workflow_runs = __webpack_require__(303);
;// CONCATENATED MODULE: ./src/actions/classify/github-side.ts
// Everything classify does through the GitHub API, in one module that is
// loaded only when a token is given: classifying a local log with no token
// never loads octokit (less start-up time and memory on large logs).









/***/ }),

/***/ 9464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ raiseAlert)
/* harmony export */ });
/* unused harmony export ALERT_LABEL */
const ALERT_LABEL = 'ci-medic';
const markerOf = (fingerprint) => `<!-- ci-medic:alert fingerprint=${fingerprint} -->`;
const COUNT = /<!-- ci-medic:occurrences=(\d+) -->/;
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
        const body = `${marker}\n<!-- ci-medic:occurrences=1 -->\n${alert.details}`;
        const { data } = await client.rest.issues.create({
            ...repo,
            title: alert.title,
            body,
            labels: [ALERT_LABEL]
        });
        return { action: 'opened', number: data.number, url: data.html_url, occurrences: 1 };
    }
    const occurrences = Number(COUNT.exec(existing.body ?? '')?.[1] ?? '1') + 1;
    const body = (existing.body ?? '').replace(COUNT, `<!-- ci-medic:occurrences=${occurrences} -->`);
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

/***/ 6527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ resolveBotLogin)
/* harmony export */ });
/* unused harmony export ACTIONS_BOT_LOGIN */
/** The login of the workflow token's bot, the author of everything GITHUB_TOKEN writes. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/**
 * The login the token writes as: a PAT's user, else (GITHUB_TOKEN and app
 * tokens cannot call GET /user) the Actions bot.
 */
async function resolveBotLogin(client) {
    try {
        const { data } = await client.rest.users.getAuthenticated();
        return data.login;
    }
    catch {
        return ACTIONS_BOT_LOGIN;
    }
}


/***/ }),

/***/ 5722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   c2: () => (/* reexport safe */ _http_status_js__WEBPACK_IMPORTED_MODULE_4__.c)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9436);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4225);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4038);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5114);
/* harmony import */ var _http_status_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9860);
// The GitHub REST client every action uses: @actions/github's octokit (which
// honours GITHUB_API_URL) with retries for 5xx and GitHub's recommended
// throttling for primary and secondary rate limits. Every request that still
// fails after them rejects with a GitHubApiError (an answer ≥ 400, with the
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

/***/ 5382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ issueLedger)
});

// UNUSED EXPORTS: LEDGER_LABEL

// EXTERNAL MODULE: ./src/core/ledger/ledger-record.ts
var ledger_record = __webpack_require__(3507);
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

/***/ 303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pH: () => (/* binding */ getWorkflowRun),
/* harmony export */   uQ: () => (/* binding */ listFailedJobs),
/* harmony export */   ur: () => (/* binding */ streamJobLog)
/* harmony export */ });
/* unused harmony export explainReadError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4533);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5722);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5114);
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
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub says ${what} does not exist (404). Check 'run-id', and that the token can see this repository.`);
    }
    if (status === 403 || status === 401) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub refused to show ${what} (${status}): the token needs 'actions: read' (add it under permissions: in the workflow).`);
    }
    return error instanceof Error ? error : new Error(String(error));
}


/***/ })

};
