export const id = 173;
export const ids = [173];
export const modules = {

/***/ 3173:
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
var alert_issues = __webpack_require__(1983);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/ledger/ledger-record.ts
var ledger_record = __webpack_require__(4544);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/edges/files/zip-reader.ts
// Reads the entries of a zip archive held in memory (artifact downloads are
// zips). Only what artifacts use: stored and deflated entries, no zip64.

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
function readZipEntries(zip) {
    const entries = new Map();
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
        const nameLength = zip.readUInt16LE(offset + 28);
        const extraLength = zip.readUInt16LE(offset + 30);
        const commentLength = zip.readUInt16LE(offset + 32);
        const localOffset = zip.readUInt32LE(offset + 42);
        const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
        offset += 46 + nameLength + extraLength + commentLength;
        if (name.endsWith('/'))
            continue;
        if (zip.readUInt32LE(localOffset) !== LOCAL)
            throw new Error(`corrupt zip entry ${name}`);
        const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
        const data = zip.subarray(dataStart, dataStart + compressedSize);
        if (method === 0)
            entries.set(name, Buffer.from(data));
        else if (method === 8)
            entries.set(name, (0,external_node_zlib_.inflateRawSync)(data));
        else
            throw new Error(`zip entry ${name} uses unsupported compression method ${method}`);
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/edges/github/artifact-ledger.ts
// The ledger kept as a workflow artifact (`ledger: artifact`): the newest
// `ci-medic-ledger` artifact of the repository is read through the REST API,
// and the updated ledger is written as JSON Lines to a file that a following
// actions/upload-artifact step uploads under the same name. (Uploading from
// inside the action would need the runner-internal results service.)




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
function artifactLedger(client, repo, outputPath) {
    let records;
    async function load() {
        if (records)
            return records;
        records = [];
        if (!client)
            return records;
        const { data } = await client.rest.actions.listArtifactsForRepo({
            ...repo,
            name: LEDGER_ARTIFACT,
            per_page: 20
        });
        const newest = data.artifacts
            .filter(a => !a.expired)
            .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? ''))[0];
        if (!newest)
            return records;
        const download = await client.rest.actions.downloadArtifact({
            ...repo,
            artifact_id: newest.id,
            archive_format: 'zip'
        });
        const entries = readZipEntries(Buffer.from(download.data));
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
var bot_identity = __webpack_require__(8980);
// EXTERNAL MODULE: ./src/edges/github/client.ts + 25 modules
var github_client = __webpack_require__(2293);
// EXTERNAL MODULE: ./src/edges/github/issue-ledger.ts + 1 modules
var issue_ledger = __webpack_require__(7936);
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
var workflow_runs = __webpack_require__(1942);
;// CONCATENATED MODULE: ./src/actions/classify/github-side.ts
// Everything classify does through the GitHub API, in one module that is
// loaded only when a token is given: classifying a local log with no token
// never loads octokit (less start-up time and memory on large logs).









/***/ })

};
