export const id = 389;
export const ids = [389];
export const modules = {

/***/ 23389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  th: () => (/* reexport */ LEDGER_FILE),
  ul: () => (/* binding */ artifactLedger)
});

// UNUSED EXPORTS: LEDGER_ARTIFACT, MAX_LEDGER_BYTES, RUN_ARTIFACT_LEDGER_FILE, isLedgerArtifactName, parseLedgerLines

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/ledger/ledger-delta.ts
var ledger_delta = __webpack_require__(71075);
;// CONCATENATED MODULE: ./src/core/ledger/ledger-merge.ts
/** The identity of a record: its canonical line. */
function recordIdentity(record) {
    return JSON.stringify(record);
}
const DAY_MS = 86_400_000;
function timeOf(record) {
    const t = Date.parse(record.time);
    return Number.isNaN(t) ? 0 : t;
}
function uniqueByTime(records) {
    const seen = new Set();
    const out = [];
    for (const record of records) {
        const key = recordIdentity(record);
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(record);
    }
    return out.sort((a, b) => timeOf(a) - timeOf(b));
}
/** One ledger from many, each record once, oldest first. Pass the parts oldest first. */
function mergeLedgers(parts) {
    return {
        verdicts: uniqueByTime(parts.flatMap(p => p.verdicts)),
        outcomes: uniqueByTime(parts.flatMap(p => p.outcomes)),
        future: [...new Set(parts.flatMap(p => p.future))],
        corrupt: parts.reduce((n, p) => n + p.corrupt, 0)
    };
}
/**
 * The ledger without records written more than `days` before `now` (what a
 * snapshot keeps, so it does not grow without end). Lines of a newer format
 * have no time this version can read: they are kept.
 */
function recordsSince(ledger, now, days) {
    const since = now - days * DAY_MS;
    return {
        ...ledger,
        // A time this version cannot read is kept too: nothing says it is old.
        verdicts: ledger.verdicts.filter(r => !(Date.parse(r.time) < since)),
        outcomes: ledger.outcomes.filter(r => !(Date.parse(r.time) < since))
    };
}

// EXTERNAL MODULE: ./src/core/ledger/ledger-record.ts
var ledger_record = __webpack_require__(34544);
;// CONCATENATED MODULE: ./src/core/ledger/ledger-walk.ts
const LEDGER_WINDOW_DAYS = 90;
/** How long past a snapshot's or whole ledger's boundary the walk reads on. */
const OVERLAP_MS = 60 * 60 * 1000;
/** Deltas read in one walk that make the run upload a snapshot. */
const COMPACT_AFTER = 20;
const LEDGER_READ_CAPS = { artifacts: 100, bytes: 64 * 1024 * 1024 };
const ledger_walk_DAY_MS = 86_400_000;
/** The days of ledger a run reads: the default window, or a longer patterns period. */
function ledgerWindowDays(periodDays = 0) {
    return Math.max(LEDGER_WINDOW_DAYS, Math.ceil(periodDays));
}
function startWalk() {
    return { read: 0, deltas: 0, bytes: 0, coveredBefore: -Infinity, newest: -Infinity };
}
function createdMs(artifact) {
    const t = Date.parse(artifact.createdAt);
    return Number.isNaN(t) ? Infinity : t;
}
/** Read the next artifact of the listing (newest first), or stop, and why. */
function nextStep(walk, artifact, limits) {
    const created = createdMs(artifact);
    if (created < walk.coveredBefore)
        return { read: false, stop: 'covered' };
    if (created < limits.now - limits.windowDays * ledger_walk_DAY_MS)
        return { read: false, stop: 'window' };
    if (walk.read >= limits.maxArtifacts)
        return { read: false, stop: 'artifacts' };
    if (walk.bytes + artifact.size > limits.maxBytes)
        return { read: false, stop: 'bytes' };
    return { read: true };
}
/** The walk after a ledger file of `kind` and `bytes` was read from the artifact. */
function afterRead(walk, artifact, file) {
    const created = createdMs(artifact);
    const boundary = file.kind.kind === 'snapshot'
        ? Date.parse(file.kind.through)
        : file.kind.kind === 'whole' && Number.isFinite(created)
            ? created - OVERLAP_MS
            : -Infinity;
    return {
        read: walk.read + 1,
        deltas: walk.deltas + (file.kind.kind === 'delta' ? 1 : 0),
        bytes: walk.bytes + file.bytes,
        coveredBefore: Math.max(walk.coveredBefore, Number.isNaN(boundary) ? -Infinity : boundary),
        newest: Math.max(walk.newest, Number.isFinite(created) ? created : -Infinity)
    };
}
/** A stop that may have left records unread. */
function isCapped(stop) {
    return stop === 'artifacts' || stop === 'bytes' || stop === 'pages';
}
/**
 * The `through` of the snapshot this run uploads, or undefined when it
 * uploads a delta: too few deltas read to be worth it, or a capped walk.
 * An artifact still uploading when the run listed them can be older than the
 * newest it read: OVERLAP_MS before that is claimed, no more.
 */
function snapshotThrough(walk, stop) {
    if (walk.deltas < COMPACT_AFTER || isCapped(stop) || !Number.isFinite(walk.newest))
        return undefined;
    return new Date(walk.newest - OVERLAP_MS).toISOString();
}
function sizeText(bytes) {
    if (bytes >= 1024 * 1024)
        return `${Math.round(bytes / (1024 * 1024))} MiB`;
    return bytes >= 1024 ? `${Math.round(bytes / 1024)} KiB` : `${bytes} bytes`;
}
/** The one line a capped walk is told in; undefined when nothing capped it. */
function cappedNote(walk, stop, limits, pages) {
    if (!isCapped(stop))
        return undefined;
    const cap = stop === 'artifacts'
        ? `${limits.maxArtifacts} ledger artifacts`
        : stop === 'bytes'
            ? `${sizeText(limits.maxBytes)} of ledger`
            : `${pages * 100} listed artifacts`;
    return `The ledger was read from the newest ${walk.read} ledger artifact(s) only: the cap of ${cap} was reached before the window or a snapshot was. Older records were not read, and this run uploads only its own records (no snapshot).`;
}

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

;// CONCATENATED MODULE: ./src/edges/ledger/ledger-artifacts.ts
// The GitHub side of the artifact ledger (edges/github/artifact-ledger.ts):
// listing this repository's ledger artifacts newest first, page by page, as
// far as the reader asks; telling whether the run that uploaded one is
// trusted (core/ledger/artifact-trust.ts); and downloading one ledger file,
// capped (a zip's few KB can unzip to gigabytes).


const LEDGER_ARTIFACT = 'ci-medic-ledger';
const LEDGER_FILE = 'ledger.jsonl';
/** Where the ledger is inside a run's own artifact (the ledger folder under ci-medic's report folder). */
const RUN_ARTIFACT_LEDGER_FILE = `ledger/${LEDGER_FILE}`;
/** The most a ledger artifact may weigh, zipped or unzipped. */
const MAX_LEDGER_BYTES = 32 * 1024 * 1024;
/** Pages of 100 artifacts listed at most (ledger or not): 2,000 artifacts. */
const MAX_ARTIFACT_PAGES = 20;
/** A name a ledger may be under: the manual upload's, or a run's own artifact. */
function isLedgerArtifactName(name) {
    return name === LEDGER_ARTIFACT || runIdOfRunArtifact(name) !== undefined;
}
/** This repository, its default branch, and the workflow of the current run. */
async function ledgerTrust(api, repo, currentRunId) {
    if (!currentRunId) {
        throw new Error('cannot tell which workflow this run belongs to (GITHUB_RUN_ID is not set), so no ledger artifact is trusted');
    }
    const [{ data: repository }, { data: current }] = await Promise.all([
        api.rest.repos.get({ ...repo }),
        api.rest.actions.getWorkflowRun({ ...repo, run_id: currentRunId })
    ]);
    return {
        repositoryId: repository.id,
        defaultBranch: repository.default_branch,
        workflowId: current.workflow_id
    };
}
/**
 * The unexpired artifacts under a ledger name, newest first; a page is
 * fetched only when the reader wants more than the ones before it.
 */
async function* ledgerArtifacts(api, repo, state) {
    for (let page = 1;; page++) {
        if (page > MAX_ARTIFACT_PAGES) {
            state.pagesCapped = true;
            return;
        }
        // Unfiltered: run artifacts carry the run in their names, and GitHub filters by exact name only.
        const { data } = await api.rest.actions.listArtifactsForRepo({ ...repo, per_page: 100, page });
        state.pages = page;
        yield* data.artifacts
            .filter(a => !a.expired && isLedgerArtifactName(a.name))
            .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? ''));
        if (data.artifacts.length < 100)
            return;
    }
}
/** Why an artifact is not trusted (undefined when it is); each uploading run is asked about once. */
function trustChecker(api, repo, trusted) {
    const runs = new Map();
    return async (artifact) => {
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
    };
}
/** An artifact over the cap, zipped or unzipped. */
class LedgerTooLargeError extends Error {
    maxBytes;
    name = 'LedgerTooLargeError';
    constructor(artifact, maxBytes) {
        super(`The ${artifact.name} artifact ${artifact.id} holds more than ${formatBytes(maxBytes)}, the most ci-medic reads (a zip bomb, or a ledger grown past the cap); it was not read, the rest of the ledger was.`);
        this.maxBytes = maxBytes;
    }
}
/** The ledger file's text in an artifact, or undefined when it holds none; at most `maxBytes`. */
async function ledgerFileIn(api, repo, artifact, maxBytes) {
    if (artifact.size_in_bytes > maxBytes)
        throw new LedgerTooLargeError(artifact, maxBytes);
    const download = await api.rest.actions.downloadArtifact({
        ...repo,
        artifact_id: artifact.id,
        archive_format: 'zip'
    });
    const zip = Buffer.from(download.data);
    if (zip.length > maxBytes)
        throw new LedgerTooLargeError(artifact, maxBytes);
    let entries;
    try {
        entries = readZipEntries(zip, { maxBytes, only: [LEDGER_FILE, RUN_ARTIFACT_LEDGER_FILE] });
    }
    catch (error) {
        if (error instanceof ZipTooLargeError)
            throw new LedgerTooLargeError(artifact, maxBytes);
        throw error;
    }
    const file = entries.get(LEDGER_FILE) ?? entries.get(RUN_ARTIFACT_LEDGER_FILE);
    return file?.toString('utf8');
}

// EXTERNAL MODULE: ./src/core/ledger/ledger-line.ts
var ledger_line = __webpack_require__(52583);
// EXTERNAL MODULE: ./src/edges/github/http-status.ts
var http_status = __webpack_require__(66737);
;// CONCATENATED MODULE: ./src/edges/ledger/ledger-read-back.ts
// Reading the ledger back from workflow artifacts (`ledger: artifact`): the
// repository's trusted ledger artifacts are listed newest first, page by page;
// the walk (core/ledger/ledger-walk.ts) says how far back to read (a snapshot,
// the window, or a cap); each artifact's ledger file is downloaded and parsed,
// and the parts are merged (core/ledger/ledger-merge.ts). What is written is
// edges/github/artifact-ledger.ts.






const listedOf = (a) => ({
    createdAt: a.created_at ?? '',
    size: a.size_in_bytes
});
/** Statuses of a download whose artifact expired or was deleted after it was listed. */
const GONE = new Set([404, 410]);
/** What is left of a read's byte cap does not hold the next artifact. */
const READ_FULL = Symbol('read full');
/** Walks the trusted ledger artifacts newest first and merges what it read. */
async function readBack(ctx) {
    const { api, repo, options } = ctx;
    const whyNot = trustChecker(api, repo, await ledgerTrust(api, repo, options.currentRunId));
    const caps = options.readCaps ?? LEDGER_READ_CAPS;
    const limits = {
        now: ctx.now(),
        windowDays: ctx.windowDays,
        maxArtifacts: caps.artifacts,
        maxBytes: caps.bytes
    };
    const listing = { pagesCapped: false, pages: 0 };
    const parts = [];
    const passedOver = [];
    let walk = startWalk();
    let stop;
    for await (const artifact of ledgerArtifacts(api, repo, listing)) {
        const step = nextStep(walk, listedOf(artifact), limits);
        if (!step.read) {
            stop = step.stop;
            break;
        }
        const why = await whyNot(artifact);
        if (why !== undefined) {
            passedOver.push(`artifact ${artifact.id}: ${why}`);
            continue;
        }
        const text = await readOne(ctx, artifact, Math.min(ctx.perArtifact, limits.maxBytes - walk.bytes));
        if (text === READ_FULL) {
            stop = 'bytes';
            break;
        }
        if (text === undefined)
            continue;
        parts.push((0,ledger_line/* parseLedgerText */.e)(text));
        walk = afterRead(walk, listedOf(artifact), {
            kind: (0,ledger_delta/* ledgerFileKind */.oH)(text),
            bytes: Buffer.byteLength(text)
        });
    }
    if (stop === undefined && listing.pagesCapped)
        stop = 'pages';
    reportPassedOver(options.logger, passedOver);
    const capped = cappedNote(walk, stop, limits, listing.pages);
    if (capped)
        options.logger?.warning(capped);
    // A skipped artifact's records are not in this run's reading: a snapshot would hide them.
    const through = ctx.skipped.length ? undefined : snapshotThrough(walk, stop);
    return { ledger: mergeLedgers(parts.reverse()), through };
}
/**
 * The ledger file's text in one artifact (undefined when it holds none, is
 * gone, or is over the cap on one artifact: one warning, and the rest is
 * read), or READ_FULL when it is over what is left of the read's cap.
 */
async function readOne(ctx, artifact, room) {
    const logger = ctx.options.logger;
    try {
        return await ledgerFileIn(ctx.api, ctx.repo, artifact, room);
    }
    catch (error) {
        // Gone since it was listed (expired, deleted): the others still count.
        if (GONE.has((0,http_status/* statusOf */.c)(error) ?? 0)) {
            ctx.skipped.push(artifact.id);
            logger?.info(`Ledger: artifact ${artifact.id} is gone since it was listed; read on.`);
            return undefined;
        }
        if (!(error instanceof LedgerTooLargeError))
            throw error;
        if (room < ctx.perArtifact)
            return READ_FULL;
        ctx.skipped.push(artifact.id);
        logger?.warning(error.message);
        return undefined;
    }
}
function reportPassedOver(logger, passedOver) {
    if (passedOver.length === 0)
        return;
    logger?.info(`Ledger: passed over ${passedOver.length} ${LEDGER_ARTIFACT} artifact(s) not uploaded by a default-branch run of this repository (a ci-medic-ledger one: of this workflow): ${passedOver.slice(0, 5).join('; ')}${passedOver.length > 5 ? '; \u2026' : ''}`);
}

// EXTERNAL MODULE: ./src/edges/ledger/store.ts
var store = __webpack_require__(2731);
;// CONCATENATED MODULE: ./src/edges/github/artifact-ledger.ts
// The ledger kept as workflow artifacts (`ledger: artifact`): each run writes
// only the records it added (a delta, or now and then a snapshot: see
// core/ledger/ledger-delta.ts) as JSON Lines to a file that the run's own
// artifact carries (actions/artifact-step.ts uploads it as
// `ci-medic-<action>-<run id>-<attempt>`, with `ledger/ledger.jsonl` inside),
// so two runs at the same time never drop each other's records. Reading
// lists the repository's trusted ledger artifacts through the REST API,
// newest first, page by page, downloads those the walk asks for
// (core/ledger/ledger-walk.ts: back to a snapshot, the window, or a cap) and
// merges them (core/ledger/ledger-merge.ts: each record once, by time). A
// `ci-medic-ledger` artifact with `ledger.jsonl` at its root, from a manual
// upload step, and the whole ledgers runs wrote before deltas, are read and
// merged too. Any run can upload an artifact of such a name, a
// fork's pull request too: only one uploaded by a default-branch run of this
// repository is read (a ci-medic action's own artifact from any workflow, so
// classify, autofix and self-heal share one ledger; `ci-medic-ledger` from
// this workflow only: core/ledger/artifact-trust.ts), and what it unzips to
// is capped. A trusted run artifact without a ledger in it
// (ledger: issue, or nothing recorded) is passed over for the next one.
//
// Listing, trust and download are edges/ledger/ledger-artifacts.ts, the walk
// that reads back is edges/ledger/ledger-read-back.ts; this is the store: what
// a run reads (once) and what it writes.










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
function artifactLedger(client, repo, outputPath, options) {
    const now = options.now ?? Date.now;
    const windowDays = ledgerWindowDays(options.periodDays);
    const perArtifact = options.maxBytes ?? MAX_LEDGER_BYTES;
    let loading;
    /** The records this run appended: all it uploads (its delta), or added to a snapshot. */
    const added = [];
    /** Trusted artifacts this read could not read (over the cap on one artifact, or gone). */
    const skipped = [];
    function load() {
        loading ??= client
            ? readBack({ api: client, repo, options, windowDays, perArtifact, skipped, now }).catch((error) => {
                // A read that failed is an empty ledger from then on (and never a snapshot).
                loading = Promise.resolve({ ledger: (0,store/* emptyLedger */.Hg)() });
                throw error;
            })
            : Promise.resolve({ ledger: (0,store/* emptyLedger */.Hg)() });
        return loading;
    }
    /** The file this run uploads: its delta, or a snapshot when the walk read many deltas. */
    function fileText(base) {
        const time = new Date(now()).toISOString();
        const mine = (0,store/* withRecords */.lm)((0,store/* emptyLedger */.Hg)(), added);
        if (!base?.through)
            return (0,ledger_delta/* headerLine */.iH)({ v: 2, kind: 'ledger-delta', time }) + '\n' + (0,store/* ledgerJsonLines */.vF)(mine);
        const all = recordsSince(mergeLedgers([base.ledger, mine]), now(), windowDays);
        const header = (0,ledger_delta/* headerLine */.iH)({ v: 2, kind: 'ledger-snapshot', time, through: base.through });
        return `${header}\n${(0,store/* ledgerJsonLines */.vF)({ ...all, corrupt: 0 })}`;
    }
    return {
        async read() {
            return (0,store/* withRecords */.lm)((await load()).ledger, added);
        },
        async append(records) {
            added.push(...records);
            const base = await load().catch(() => undefined);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(outputPath), { recursive: true });
            await (0,promises_.writeFile)(outputPath, fileText(base));
            return { location: outputPath };
        }
    };
}


/***/ })

};
