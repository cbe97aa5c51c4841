export const id = 396;
export const ids = [396];
export const modules = {

/***/ 3396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publish: () => (/* binding */ publish),
  runPublish: () => (/* binding */ runPublish)
});

// EXTERNAL MODULE: ./src/core/fixing/index.ts + 12 modules
var fixing = __webpack_require__(8519);
// EXTERNAL MODULE: ./src/edges/github/pull-requests.ts
var pull_requests = __webpack_require__(3237);
// EXTERNAL MODULE: ./src/edges/workspace/index.ts + 6 modules
var workspace = __webpack_require__(1188);
// EXTERNAL MODULE: ./src/engine/push-branch.ts
var push_branch = __webpack_require__(2908);
// EXTERNAL MODULE: ./src/engine/workspace-checks.ts
var workspace_checks = __webpack_require__(6538);
// EXTERNAL MODULE: ./src/edges/github/client.ts
var client = __webpack_require__(5722);
// EXTERNAL MODULE: ./src/runtime/action-inputs.ts + 1 modules
var action_inputs = __webpack_require__(5764);
// EXTERNAL MODULE: ./src/runtime/action-io.ts
var action_io = __webpack_require__(6430);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(4533);
// EXTERNAL MODULE: ./src/settings/fields.ts
var fields = __webpack_require__(1031);
;// CONCATENATED MODULE: ./src/settings/publish-settings.ts
// The publish command's inputs: where the proposal is, and the write token.


const publishFields = {
    'proposal-path': (0,fields/* requiredText */.$4)('${{ runner.temp }}/proposal'),
    'github-token': (0,fields/* secret */.rJ)('${{ github.token }}')
};
function readPublishSettings(source, onSecret) {
    const v = (0,fields/* readFields */.qU)(publishFields, source, onSecret);
    if (v['github-token'] === '')
        throw new errors/* ConfigurationError */.j1("Input 'github-token' is empty, and publish needs it to push the branch and open the pull request. Example: github-token: ${{ github.token }} (with permissions contents: write, pull-requests: write).");
    return { proposalPath: v['proposal-path'], githubToken: v['github-token'] };
}

;// CONCATENATED MODULE: ./src/actions/publish/deps.ts
// Everything a publish run works with: the only code of publish that reads
// the environment. No workspace, no command runner, no model: publish runs
// no repository code, only its own git (a scratch repository) and the API.




async function runnerDeps(inputs) {
    const context = (0,action_inputs/* runnerContext */.cE)();
    const settings = readPublishSettings(inputs, action_inputs/* maskSecret */.$l);
    const io = await (0,action_io/* runnerIO */.$)();
    return buildPublishDeps({ settings, context, io, parentEnv: process.env });
}
function buildPublishDeps(options) {
    const { settings, context, io } = options;
    return {
        settings,
        context,
        io,
        client: (0,client/* createGitHubClient */.LX)({
            token: settings.githubToken,
            apiUrl: context.apiUrl,
            logger: io.logger,
            pace: options.pace
        }),
        repo: { owner: context.owner, repo: context.repo },
        parentEnv: options.parentEnv,
        secrets: [settings.githubToken]
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/proposal/proposal.ts
var proposal_proposal = __webpack_require__(3515);
;// CONCATENATED MODULE: ./src/actions/publish/verify.ts
// What publish checks before it pushes anything, each refusal one
// ConfigurationError naming the cause: the proposal is valid and comes from
// this very workflow run of this repository; the bundle is within the size
// cap and holds exactly the proposed branches on the recorded base, which
// the repository has; every commit's diff passes the diff guards with all of
// .github/** protected, and changes only the files the proposal lists.





const refused = (why) => new errors/* ConfigurationError */.j1(`The proposal was refused: ${why}. Nothing was pushed.`);
/** Reads proposal.json and the bundle's header, and checks them against this run. */
async function readProposal(deps) {
    const dir = deps.settings.proposalPath;
    let json;
    try {
        json = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, proposal_proposal/* PROPOSAL_FILE */.G7), 'utf8'));
    }
    catch (error) {
        throw refused(`${(0,external_node_path_.join)(dir, proposal_proposal/* PROPOSAL_FILE */.G7)} could not be read as JSON (${(0,errors/* errorMessage */.gJ)(error)}); check that proposal-path is where actions/download-artifact put the fixing job's proposal`);
    }
    const { owner, repo, runId } = deps.context;
    const checked = (0,proposal_proposal/* checkProposal */.RO)(json, { owner, repo, runId });
    if (!checked.ok)
        throw refused(checked.reason);
    const { proposal } = checked;
    if (!proposal.branches.length)
        return { proposal };
    const bundle = (0,external_node_path_.join)(dir, proposal_proposal/* BUNDLE_FILE */.Ij);
    const size = await (0,promises_.stat)(bundle).then(s => s.size, () => -1);
    if (size < 0)
        throw refused(`${bundle} is missing`);
    if (size > proposal_proposal/* MAX_BUNDLE_BYTES */.Me)
        throw refused(`the bundle is ${size} bytes, more than the ${proposal_proposal/* MAX_BUNDLE_BYTES */.Me} a publish accepts`);
    const head = await (0,promises_.readFile)(bundle).then(b => b.subarray(0, 64 * 1024).toString('latin1'));
    const header = (0,proposal_proposal/* parseBundleHeader */.FQ)(head);
    if (!header)
        throw refused(`${bundle} is not a git bundle`);
    const mismatch = (0,proposal_proposal/* bundleMismatch */.fL)(header, proposal);
    if (mismatch)
        throw refused(mismatch);
    return { proposal, bundle };
}
/** The base commit must be on the repository: fetched into the scratch repository from there. */
async function requireBase(scratch, proposal) {
    if (!(await scratch.fetchRemoteCommit(proposal.base.sha)))
        throw refused(`the base commit ${proposal.base.sha.slice(0, 12)} is not on ${scratch.url}, so the commits cannot be applied to it`);
}
/** Fetches one branch from the bundle and checks each of its commits. */
async function checkBranch(scratch, read, branch) {
    const { proposal } = read;
    let fetched;
    try {
        fetched = await scratch.fetchRef(read.bundle, `refs/heads/${branch.branch}`);
    }
    catch (error) {
        throw refused(`the bundle could not be read (${(0,errors/* errorMessage */.gJ)(error).split('\n')[0]})`);
    }
    if (fetched !== branch.head)
        throw refused(`the bundle holds ${fetched.slice(0, 12)} for ${branch.branch}, not ${branch.head.slice(0, 12)}`);
    const commits = await scratch.commitsBetween(proposal.base.sha, branch.head);
    if (!commits.length)
        throw refused(`${branch.branch} holds no commit on top of the base`);
    const listed = new Set(branch.files);
    for (const sha of commits) {
        const changes = await scratch.commitChanges(sha);
        const verdict = (0,fixing/* checkDiff */.SS)(changes, {
            protectedPaths: proposal_proposal/* PUBLISH_PROTECTED */.nh,
            maxFilesChanged: proposal_proposal/* MAX_PROPOSAL_FILES */.gV
        });
        if (!verdict.ok)
            throw refused(`commit ${sha.slice(0, 12)} fails the diff guards (${verdict.violations.map(v => v.message).join('; ')})`);
        const unlisted = changes.map(c => c.path).filter(p => !listed.has(p));
        if (unlisted.length)
            throw refused(`commit ${sha.slice(0, 12)} changes ${unlisted[0]}, which the proposal does not list`);
    }
}

;// CONCATENATED MODULE: ./src/actions/publish/run.ts
// The publish command (publish: separate-job, second job): takes the
// proposal autofix wrote in the fixing job of this same run, re-checks it
// (verify.ts), then pushes the commits from a scratch repository to the
// repository's own URL with autofix's lease rules (never over commits
// ci-medic did not push) and opens or updates the PR, or closes a stale PR
// when the proposal asks for it. It runs no repository code and no model.







async function publish(inputs) {
    await runPublish(await runnerDeps(inputs));
}
async function runPublish(deps) {
    const { io } = deps;
    const read = await io.group('Read the proposal', () => readProposal(deps));
    const base = read.proposal.base.branch || (await (0,workspace_checks/* defaultBranch */.OR)(deps.client, deps.repo));
    const published = await io.group('Check and publish', () => withScratch(deps, async (scratch) => {
        await requireBase(scratch, read.proposal);
        const branch = read.proposal.branches[0];
        if (branch)
            return publishBranch(deps, scratch, { read, branch, base });
        return closeIfAsked(deps, read.proposal, base);
    }));
    io.setOutputs({
        'pr-url': published.prUrl,
        'pr-number': published.prNumber ? String(published.prNumber) : '',
        branch: published.branch
    });
    await io.writeSummary(summaryOf(read.proposal, published));
    return published;
}
async function withScratch(deps, use) {
    const scratch = await (0,workspace/* createScratchRepo */.Pr)({
        target: { serverUrl: deps.context.serverUrl, ...deps.repo },
        token: deps.settings.githubToken,
        parentEnv: deps.parentEnv,
        secrets: deps.secrets,
        tempDir: deps.context.tempDir
    });
    try {
        return await use(scratch);
    }
    finally {
        await scratch.dispose();
    }
}
async function publishBranch(deps, scratch, job) {
    const { client, repo, io } = deps;
    const { branch, base } = job;
    await checkBranch(scratch, job.read, branch);
    const open = await (0,pull_requests/* findOpenPullRequest */.aF)(client, repo, branch.branch, base);
    const pushed = await (0,push_branch/* pushOwnedFrom */.iL)(scratch, {
        head: branch.head,
        branch: branch.branch,
        action: 'publish',
        lastPushed: (0,fixing/* readPushedMarker */.SL)(open?.body),
        runId: deps.context.runId
    });
    const diverted = pushed.diverted
        ? (0,fixing/* divertedNote */.Yp)(branch.branch, pushed.diverted.theirs, pushed.branch)
        : undefined;
    if (diverted)
        io.logger.warning(diverted);
    else
        io.logger.info(`Pushed ${pushed.branch} (${pushed.action}).`);
    const body = diverted ? `> ${diverted}\n\n${branch.body}` : branch.body;
    const pr = await (0,pull_requests/* upsertPullRequest */._b)(client, repo, {
        head: pushed.branch,
        base,
        title: branch.title,
        body: (0,fixing/* withPushedMarker */.oi)(body, pushed.sha),
        draft: branch.draft,
        labels: branch.labels
    }, io.logger);
    return {
        branch: pushed.branch,
        prUrl: pr.url,
        prNumber: pr.number,
        action: pr.action,
        ...(diverted ? { diverted } : {})
    };
}
async function closeIfAsked(deps, proposal, base) {
    const none = { branch: '', prUrl: '', prNumber: 0, action: 'none' };
    const close = proposal.closeStale;
    if (!close) {
        deps.io.logger.info('The proposal holds no commits and asks for nothing: nothing to publish.');
        return none;
    }
    const closed = await (0,pull_requests/* closeStalePullRequest */.k$)(deps.client, deps.repo, close.branch, base, close.comment, deps.io.logger);
    return closed.closed ? { ...none, prNumber: closed.number ?? 0, action: 'closed' } : none;
}
function summaryOf(proposal, published) {
    const from = `run ${proposal.runId} (attempt ${proposal.runAttempt})`;
    const lines = [`## ci-medic publish`, ''];
    if (published.action === 'none')
        lines.push(`Nothing to publish from ${from}.`);
    else if (published.action === 'closed')
        lines.push(`Closed PR #${published.prNumber}: the checks of ${from} passed, nothing left to fix.`);
    else
        lines.push(`Checked the proposal of ${from} and pushed ${published.branch}: PR ${published.prUrl} (${published.action}).`);
    if (published.diverted)
        lines.push('', `> ${published.diverted}`);
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 3515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FQ: () => (/* binding */ parseBundleHeader),
/* harmony export */   G7: () => (/* binding */ PROPOSAL_FILE),
/* harmony export */   Ij: () => (/* binding */ BUNDLE_FILE),
/* harmony export */   Me: () => (/* binding */ MAX_BUNDLE_BYTES),
/* harmony export */   RO: () => (/* binding */ checkProposal),
/* harmony export */   fL: () => (/* binding */ bundleMismatch),
/* harmony export */   gV: () => (/* binding */ MAX_PROPOSAL_FILES),
/* harmony export */   nh: () => (/* binding */ PUBLISH_PROTECTED)
/* harmony export */ });
/* unused harmony export proposalSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1586);
// A proposal: what autofix's fixing job (publish: separate-job, a read-only
// token) hands to the publish job of the same workflow run, which holds the
// write token, runs no repository code and no model, and re-checks all of it
// before it pushes. proposal.json is this schema; fixes.bundle holds the
// commits (`git bundle` of base..head). Pure: schema, caps and the checks
// that need no git.

const PROPOSAL_FILE = 'proposal.json';
const BUNDLE_FILE = 'fixes.bundle';
/** The publish job refuses a bundle larger than this. */
const MAX_BUNDLE_BYTES = 20 * 1024 * 1024;
/** The publish job refuses a proposal changing more files than this (all branches together). */
const MAX_PROPOSAL_FILES = 100;
/** Every path under these is protected in the publish job, whatever the fixing job's settings said. */
const PUBLISH_PROTECTED = ['.github/**'];
const sha = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/, 'a full commit sha');
const branchName = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .min(1)
    .max(200)
    .regex(/^[\w.-]+(\/[\w.-]+)*$/, 'a branch name (letters, digits, . _ - and /)')
    .refine(b => !b.includes('..') && !b.endsWith('.lock') && !b.startsWith('-'), 'a valid branch');
const branchSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    branch: branchName,
    head: sha,
    title: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(256),
    body: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(200_000),
    draft: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    labels: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(50)).max(20),
    files: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(4096)).max(10_000)
});
const proposalSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1),
    action: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('autofix'),
    repository: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ owner: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), repo: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1) }),
    runId: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive(),
    runAttempt: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive(),
    workflow: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    base: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        /** Empty: the publish job uses the repository's default branch. */
        branch: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        sha
    }),
    branches: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(branchSchema).max(1),
    /** Asked only after the checks ran and passed (a verified nothing-to-fix). */
    closeStale: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ branch: branchName, comment: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(2_000) }).optional()
});
/**
 * The proposal in `json`, checked against the schema and the run it must
 * come from. Returns the proposal, or the one reason it is refused.
 */
function checkProposal(json, run) {
    const parsed = proposalSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return {
            ok: false,
            reason: `${PROPOSAL_FILE} is not a ci-medic proposal (${issue ? `${issue.path.join('.') || 'root'}: ${issue.message}` : 'invalid'})`
        };
    }
    const proposal = parsed.data;
    const { owner, repo } = proposal.repository;
    if (`${owner}/${repo}`.toLowerCase() !== `${run.owner}/${run.repo}`.toLowerCase())
        return {
            ok: false,
            reason: `the proposal is for ${owner}/${repo}, but this workflow runs in ${run.owner}/${run.repo}`
        };
    if (proposal.runId !== run.runId)
        return {
            ok: false,
            reason: `the proposal comes from run ${proposal.runId}, not from this workflow run (${run.runId}); the fixing job and the publish job must be two jobs of one run`
        };
    const files = new Set(proposal.branches.flatMap(b => b.files));
    if (files.size > MAX_PROPOSAL_FILES)
        return {
            ok: false,
            reason: `the proposal changes ${files.size} files, more than the ${MAX_PROPOSAL_FILES} a publish accepts`
        };
    return { ok: true, proposal };
}
/** Parses a bundle's header (the text before the pack); null when it is not a git bundle. */
function parseBundleHeader(text) {
    const lines = text.split('\n');
    if (!/^# v[23] git bundle$/.test(lines[0] ?? ''))
        return null;
    const header = { prerequisites: [], refs: [] };
    for (const line of lines.slice(1)) {
        if (line === '')
            return header;
        if (line.startsWith('@'))
            continue; // v3 capabilities
        const prerequisite = /^-([0-9a-f]{40,64})(?: .*)?$/.exec(line);
        if (prerequisite) {
            header.prerequisites.push(prerequisite[1]);
            continue;
        }
        const ref = /^([0-9a-f]{40,64}) (\S+)$/.exec(line);
        if (!ref)
            return null;
        header.refs.push({ sha: ref[1], ref: ref[2] });
    }
    return null;
}
/** Why the bundle does not hold exactly the proposal's commits on its base, or undefined when it does. */
function bundleMismatch(header, proposal) {
    const base = proposal.base.sha;
    if (header.prerequisites.length !== 1 || header.prerequisites[0] !== base)
        return `the bundle is not based on the recorded base commit ${base.slice(0, 12)} (it needs ${header.prerequisites.map(p => p.slice(0, 12)).join(', ') || 'nothing'})`;
    const wanted = proposal.branches.map(b => `${b.head} refs/heads/${b.branch}`).sort();
    const held = header.refs.map(r => `${r.sha} ${r.ref}`).sort();
    if (wanted.join('\n') !== held.join('\n'))
        return `the bundle's branches (${held.join(', ') || 'none'}) are not the proposal's (${wanted.join(', ') || 'none'})`;
    return undefined;
}


/***/ })

};
