export const id = 475;
export const ids = [475];
export const modules = {

/***/ 52583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ parseLedgerLine),
/* harmony export */   e: () => (/* binding */ parseLedgerText)
/* harmony export */ });
/* harmony import */ var _ledger_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34544);
/* harmony import */ var _outcome_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93067);
// Reading one JSON line of the ledger, which holds two kinds of record:
// classify's verdicts (ledger-record.ts, no `kind`) and the fixing actions'
// outcomes (outcome-record.ts, `kind: 'outcome'`). A line that is neither is
// corrupt and counted; a line of a newer version is kept as `future` and
// ignored by this version's readers, so an older ci-medic never drops what a
// newer one wrote.


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
/** JSON Lines text → records by kind; blank lines are ignored. */
function parseLedgerText(text) {
    const out = { verdicts: [], outcomes: [], future: [], corrupt: 0 };
    for (const line of text.split('\n')) {
        if (!line.trim())
            continue;
        const parsed = parseLedgerLine(line);
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

/***/ 79992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  th: () => (/* binding */ LEDGER_FILE),
  ul: () => (/* binding */ artifactLedger)
});

// UNUSED EXPORTS: LEDGER_ARTIFACT, MAX_LEDGER_BYTES, RUN_ARTIFACT_LEDGER_FILE, isLedgerArtifactName, parseLedgerLines

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/core/ledger/artifact-trust.ts
/**
 * Why an artifact of this run is not trusted; undefined when it is.
 * `anyWorkflow`: a ci-medic action's own run artifact, read from every workflow.
 */
function untrustedBecause(run, trust, { anyWorkflow = false } = {}) {
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
    if (!anyWorkflow && run.workflowId !== trust.workflowId) {
        return `run ${run.id} is of another workflow (id ${run.workflowId}, not ${trust.workflowId})`;
    }
    return undefined;
}
const RUN_ARTIFACT = /^ci-medic-(?:classify|autofix|self-heal)-(\d+)-\d+(?:-.+)?$/;
/** The run id a ci-medic action's own artifact name carries; undefined for any other name. */
function runIdOfRunArtifact(name) {
    const id = RUN_ARTIFACT.exec(name)?.[1];
    return id === undefined ? undefined : Number(id);
}

// EXTERNAL MODULE: ./src/core/ledger/ledger-line.ts
var ledger_line = __webpack_require__(52583);
// EXTERNAL MODULE: ./src/core/ledger/ledger-record.ts
var ledger_record = __webpack_require__(34544);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
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

// EXTERNAL MODULE: ./src/edges/ledger/store.ts
var store = __webpack_require__(2731);
;// CONCATENATED MODULE: ./src/edges/github/artifact-ledger.ts
// The ledger kept as a workflow artifact (`ledger: artifact`): the newest
// trusted ledger artifact of the repository is read through the REST API,
// and the updated ledger is written as JSON Lines to a file that the run's
// own artifact carries (actions/artifact-step.ts uploads it as
// `ci-medic-<action>-<run id>-<attempt>`, with `ledger/ledger.jsonl` inside;
// a `ci-medic-ledger` artifact with `ledger.jsonl` at its root, from a manual
// upload step, is read too). Any run can upload an artifact of such a name, a
// fork's pull request too: only one uploaded by a default-branch run of this
// repository is read (a ci-medic action's own artifact from any workflow, so
// classify, autofix and self-heal share one ledger; `ci-medic-ledger` from
// this workflow only: core/ledger/artifact-trust.ts), and what it unzips to
// is capped. A trusted run artifact without a ledger in it
// (ledger: issue, or nothing recorded) is passed over for the next one.







const LEDGER_ARTIFACT = 'ci-medic-ledger';
const LEDGER_FILE = 'ledger.jsonl';
/** Where the ledger is inside a run's own artifact (the ledger folder under ci-medic's report folder). */
const RUN_ARTIFACT_LEDGER_FILE = `ledger/${LEDGER_FILE}`;
/** A name a ledger may be under: the manual upload's, or a run's own artifact. */
function isLedgerArtifactName(name) {
    return name === LEDGER_ARTIFACT || runIdOfRunArtifact(name) !== undefined;
}
function parseLedgerLines(text) {
    const records = [];
    for (const line of text.split('\n')) {
        if (!line.trim())
            continue;
        try {
            const parsed = ledgerRecordSchema.safeParse(JSON.parse(line));
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
/** Trusted artifacts downloaded in search of one that holds a ledger. */
const MAX_DOWNLOADS = 5;
function artifactLedger(client, repo, outputPath, options) {
    const maxBytes = options.maxBytes ?? MAX_LEDGER_BYTES;
    let ledger;
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
    /** The artifacts trusted runs uploaded under a ledger name, newest first. */
    async function* trustedNewestFirst(api) {
        const trusted = await trust(api);
        const runs = new Map();
        const passedOver = [];
        for (let page = 1; page <= MAX_ARTIFACT_PAGES; page++) {
            // Unfiltered: run artifacts carry the run in their names, and GitHub filters by exact name only.
            const { data } = await api.rest.actions.listArtifactsForRepo({ ...repo, per_page: 100, page });
            const candidates = data.artifacts
                .filter(a => !a.expired && isLedgerArtifactName(a.name))
                .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? ''));
            for (const artifact of candidates) {
                const why = await whyNot(api, artifact, trusted, runs);
                if (why !== undefined) {
                    passedOver.push(`artifact ${artifact.id}: ${why}`);
                    continue;
                }
                report(passedOver.splice(0));
                yield artifact;
            }
            if (data.artifacts.length < 100)
                break;
        }
        report(passedOver);
    }
    async function whyNot(api, artifact, trusted, runs) {
        const run = artifact.workflow_run;
        if (!run?.id)
            return 'GitHub names no run that uploaded it';
        // A ci-medic action names its artifact after its own run: any other uploader copied the name.
        const named = runIdOfRunArtifact(artifact.name);
        if (named !== undefined && named !== run.id)
            return `its name says run ${named}, but run ${run.id} uploaded it`;
        const anyWorkflow = named !== undefined;
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
        let facts = runs.get(run.id);
        if (!facts) {
            const { data } = await api.rest.actions.getWorkflowRun({ ...repo, run_id: run.id });
            facts = {
                id: data.id,
                event: data.event,
                workflowId: data.workflow_id,
                headBranch: data.head_branch,
                headRepositoryId: data.head_repository?.id ?? null,
                repositoryId: data.repository?.id ?? null
            };
            runs.set(run.id, facts);
        }
        return untrustedBecause(facts, trusted, { anyWorkflow });
    }
    function report(passedOver) {
        if (passedOver.length === 0)
            return;
        options.logger?.info(`Ledger: passed over ${passedOver.length} ${LEDGER_ARTIFACT} artifact(s) not uploaded by a default-branch run of this repository (a ci-medic-ledger one: of this workflow): ${passedOver.slice(0, 5).join('; ')}${passedOver.length > 5 ? '; …' : ''}`);
    }
    async function load() {
        if (ledger)
            return ledger;
        ledger = (0,store/* emptyLedger */.Hg)();
        if (!client)
            return ledger;
        let downloads = 0;
        for await (const artifact of trustedNewestFirst(client)) {
            const found = await ledgerIn(client, artifact);
            if (found)
                return (ledger = found);
            if (++downloads >= MAX_DOWNLOADS)
                break;
        }
        return ledger;
    }
    /** The ledger records in an artifact, or undefined when it holds no ledger file. */
    async function ledgerIn(api, artifact) {
        const tooLarge = () => new Error(`The ${artifact.name} artifact ${artifact.id} holds more than ${formatBytes(maxBytes)}, the most ci-medic reads (a zip bomb, or a ledger grown past the cap); it was not read, and the ledger starts again from this run.`);
        if (artifact.size_in_bytes > maxBytes)
            throw tooLarge();
        const download = await api.rest.actions.downloadArtifact({
            ...repo,
            artifact_id: artifact.id,
            archive_format: 'zip'
        });
        const zip = Buffer.from(download.data);
        if (zip.length > maxBytes)
            throw tooLarge();
        let entries;
        try {
            entries = readZipEntries(zip, { maxBytes, only: [LEDGER_FILE, RUN_ARTIFACT_LEDGER_FILE] });
        }
        catch (error) {
            if (error instanceof ZipTooLargeError)
                throw tooLarge();
            throw error;
        }
        const file = entries.get(LEDGER_FILE) ?? entries.get(RUN_ARTIFACT_LEDGER_FILE);
        return file ? (0,ledger_line/* parseLedgerText */.e)(file.toString('utf8')) : undefined;
    }
    return {
        read: load,
        async append(records) {
            // The whole ledger is rewritten for the upload: future lines verbatim, corrupt ones dropped.
            ledger = (0,store/* withRecords */.lm)(await load().catch(() => (0,store/* emptyLedger */.Hg)()), records);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(outputPath), { recursive: true });
            await (0,promises_.writeFile)(outputPath, (0,store/* ledgerJsonLines */.vF)(ledger));
            return { location: outputPath };
        }
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
        text: `| ${r.time.slice(0, 16).replace('T', ' ')} | ${r.workflow.replace(/\|/g, '\\|')} #${r.runId} (attempt ${r.runAttempt}) | \`${r.category}\` | \`${r.fingerprint}\` | ${r.nextAction} | ${r.actions.join(', ') || '—'}${r.outcome ? ` (${r.outcome})` : ''} |`
    };
}
function outcomeRow(r) {
    return {
        time: r.time,
        text: `| ${r.time.slice(0, 16).replace('T', ' ')} | ${r.source} #${r.runId} (attempt ${r.runAttempt}) | \`${r.category.replace(/[|`]/g, '')}\` | \`${r.fingerprint.replace(/[|`]/g, '')}\` | outcome: ${r.resolution} | ${r.actions.join(', ') || '—'} |`
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
;// CONCATENATED MODULE: ./src/edges/github/issue-ledger.ts
// The failure ledger kept in a tracking issue's comments (see
// core/ledger/ledger-comment.ts for the format). Reads trust only comments
// written by ci-medic's own login; writes update the newest page until it is
// full, then start a new one. A page holds verdicts and outcomes, and keeps
// the lines of a future version when it is rewritten.


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
function issueLedger(client, repo, title, botLogin) {
    let issueNumber;
    let issueUrl = '';
    let pages;
    let corrupt = 0;
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
            if (!parsed)
                continue;
            const { records, outcomes, future, rejected } = parsed;
            corrupt += rejected;
            pages.push({ commentId: comment.id, records, outcomes, future });
        }
        return pages;
    }
    async function ensureIssue() {
        const found = await findIssue();
        if (found)
            return found;
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
        issueUrl = data.html_url;
        return (issueNumber = data.number);
    }
    return {
        async read() {
            const loaded = await loadPages();
            return {
                verdicts: loaded.flatMap(p => p.records),
                outcomes: loaded.flatMap(p => p.outcomes),
                future: loaded.flatMap(p => p.future),
                corrupt
            };
        },
        async append(records) {
            const loaded = await loadPages();
            const number = await ensureIssue();
            // The newest page takes what fits; the rest go to new pages, one comment each.
            const last = loaded[loaded.length - 1];
            let i = 0;
            if (last) {
                while (i < records.length && fits(last, records[i]))
                    add(last, records[i++]);
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
                while (i < records.length && fits(page, records[i]))
                    add(page, records[i++]);
                const { data } = await client.rest.issues.createComment({
                    ...repo,
                    issue_number: number,
                    body: render(page)
                });
                loaded.push({ commentId: data.id, ...page });
            }
            return { location: issueUrl };
        }
    };
}


/***/ })

};
