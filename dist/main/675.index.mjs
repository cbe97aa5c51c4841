export const id = 675;
export const ids = [675];
export const modules = {

/***/ 94675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publish: () => (/* binding */ publish),
  runPublish: () => (/* binding */ runPublish)
});

// EXTERNAL MODULE: ./src/core/fixing/index.ts + 9 modules
var fixing = __webpack_require__(24227);
// EXTERNAL MODULE: ./src/core/feature/report.ts
var report = __webpack_require__(50826);
// EXTERNAL MODULE: ./src/core/report/markdown.ts
var markdown = __webpack_require__(34201);
;// CONCATENATED MODULE: ./src/core/proposal/inert.ts
// What the publish job writes on GitHub from a proposal (PR titles and
// bodies, alert issues, the tracking issue's report) passes through
// inertReferences again: the fixing job made it inert, but the publish job
// does not trust the fixing job. Inert text stays as it was (the function is
// idempotent); only what a tampered proposal slipped in changes.

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * `text` with no #N, GH-N, URL or @mention GitHub would act on, except the
 * exact links in `keep` (the publish job's own run page, which it builds
 * itself), restored only where they end, so no path can be appended to them.
 */
function inertForPublish(text, keep = []) {
    let out = (0,markdown/* inertReferences */.xe)(text);
    for (const url of keep) {
        const inert = (0,markdown/* inertReferences */.xe)(url);
        if (inert === url)
            continue;
        out = out.replace(new RegExp(`${escapeRegExp(inert)}(?![\\w/.?#%&=+~-])`, 'g'), () => url);
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/ledger/heal-outcome-of.ts
var heal_outcome_of = __webpack_require__(80026);
// EXTERNAL MODULE: ./src/edges/github/pull-requests.ts
var pull_requests = __webpack_require__(39680);
// EXTERNAL MODULE: ./src/edges/workspace/index.ts + 9 modules
var workspace = __webpack_require__(17628);
// EXTERNAL MODULE: ./src/engine/push-branch.ts
var push_branch = __webpack_require__(69073);
// EXTERNAL MODULE: ./src/engine/review-requests.ts + 4 modules
var review_requests = __webpack_require__(5396);
// EXTERNAL MODULE: ./src/engine/workspace-checks.ts
var workspace_checks = __webpack_require__(66465);
// EXTERNAL MODULE: ./src/edges/github/client.ts
var client = __webpack_require__(36521);
// EXTERNAL MODULE: ./src/runtime/action-inputs.ts + 1 modules
var action_inputs = __webpack_require__(38173);
// EXTERNAL MODULE: ./src/runtime/action-io.ts
var action_io = __webpack_require__(34229);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/settings/fields.ts
var fields = __webpack_require__(20764);
// EXTERNAL MODULE: ./src/settings/shared-fields.ts
var shared_fields = __webpack_require__(32924);
// EXTERNAL MODULE: ./src/settings/common-fields.ts
var common_fields = __webpack_require__(63192);
;// CONCATENATED MODULE: ./src/settings/publish-settings.ts
// The publish command's inputs: where the proposal is, and the write token.




const publishFields = {
    'proposal-path': (0,fields/* requiredText */.$4)('${{ runner.temp }}/proposal'),
    'github-token': (0,fields/* secret */.rJ)('${{ github.token }}'),
    // The fixing job's ledger issue: the outcome records its proposal carries are appended there.
    'ledger-issue-title': common_fields/* ledgerIssueTitleField */.NE,
    // The fixing job's review inputs belong here: the publish job opens the PRs.
    ...(0,shared_fields/* reviewFields */.Mt)()
};
function readPublishSettings(source, onSecret) {
    const v = (0,fields/* readFields */.qU)(publishFields, source, onSecret);
    if (v['github-token'] === '')
        throw new errors/* ConfigurationError */.j1("Input 'github-token' is empty, and publish needs it to push the branch and open the pull request. Example: github-token: ${{ github.token }} (with permissions contents: write, pull-requests: write).");
    return {
        proposalPath: v['proposal-path'],
        githubToken: v['github-token'],
        review: {
            reviewers: v.reviewers,
            teamReviewers: v['team-reviewers'],
            requestCodeowners: v['request-codeowners']
        },
        ledgerIssueTitle: v['ledger-issue-title']
    };
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

// EXTERNAL MODULE: ./src/core/proposal/proposal-ledger.ts
var proposal_ledger = __webpack_require__(74778);
// EXTERNAL MODULE: ./src/edges/github/bot-identity.ts
var bot_identity = __webpack_require__(88980);
// EXTERNAL MODULE: ./src/edges/github/errors.ts
var github_errors = __webpack_require__(70925);
// EXTERNAL MODULE: ./src/edges/github/issue-ledger.ts + 1 modules
var issue_ledger = __webpack_require__(67936);
;// CONCATENATED MODULE: ./src/actions/publish/ledger.ts
// The fixing job's outcome records (publish: separate-job with ledger: issue): that job holds no
// write token, so it hands its records over in the proposal (ledger.jsonl, checked in verify.ts
// as records of its own run only) and this job, which holds the write token, appends them to the
// ledger issue, after the PRs, with the PR each proposed fix went to. A record already in the
// ledger (a re-run of this job) is not appended again. A ledger that cannot be written is a
// warning naming the permission, never a failed publish: the PRs are out already. What became of
// the records is one line of the job summary (ledgerLine).




async function appendOutcomes(deps, records, prOf) {
    const { logger } = deps.io;
    if (!records?.length)
        return { kind: 'no-records' };
    const title = deps.settings.ledgerIssueTitle;
    const count = records.length;
    try {
        const store = (0,issue_ledger/* issueLedger */.v)(deps.client, deps.repo, title, await (0,bot_identity.resolveBotLogin)(deps.client));
        const fresh = (0,proposal_ledger/* notYetIn */.Pg)((await store.read()).outcomes, (0,proposal_ledger/* withPublishedPr */.bE)(records, prOf));
        if (fresh.length === 0) {
            logger.info(`The proposal's ${count} outcome record(s) are in the ledger already.`);
            return { kind: 'already', count, title };
        }
        const { location } = await store.append(fresh);
        logger.info(`Appended the fixing job's ${fresh.length} outcome record(s) to the ledger: ${location}.`);
        return { kind: 'appended', count: fresh.length, title, location };
    }
    catch (error) {
        const reason = (0,github_errors/* describeGitHubError */.dZ)(error, 'issues: write');
        logger.warning(`The fixing job's outcome records could not be written to the ledger issue '${title}' (${reason}).`);
        return { kind: 'failed', count, title, reason };
    }
}
/** The job summary's line about the ledger. */
function ledgerLine(done) {
    switch (done.kind) {
        case 'no-records':
            return 'Ledger: nothing appended: the proposal carries no outcome records (the fixing job puts them there only with `ledger: issue` and `publish: separate-job`; any other ledger it writes itself).';
        case 'appended':
            return `Ledger: appended the fixing job's ${done.count} outcome record(s) to the ledger issue '${done.title}': ${done.location}.`;
        case 'already':
            return `Ledger: nothing appended: the proposal's ${done.count} outcome record(s) are in the ledger issue '${done.title}' already.`;
        case 'failed':
            return `Ledger: not appended: the fixing job's ${done.count} outcome record(s) could not be written to the ledger issue '${done.title}' (${done.reason}).`;
    }
}

// EXTERNAL MODULE: ./src/core/self-heal/index.ts + 7 modules
var self_heal = __webpack_require__(91470);
// EXTERNAL MODULE: ./src/edges/github/alert-issues.ts
var alert_issues = __webpack_require__(31983);
// EXTERNAL MODULE: ./src/edges/github/tracking-issue.ts
var tracking_issue = __webpack_require__(23521);
// EXTERNAL MODULE: ./src/engine/heal-pull-request.ts + 1 modules
var heal_pull_request = __webpack_require__(26253);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/proposal/proposal.ts
var proposal_proposal = __webpack_require__(44130);
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
    const outcomes = await readOutcomes(dir, proposal);
    if (!proposal.branches.length)
        return { proposal, ...outcomes };
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
    return { proposal, bundle, ...outcomes };
}
/** The proposal's ledger file, when the fixing job wrote one: its own run's outcome records only. */
async function readOutcomes(dir, proposal) {
    const file = (0,external_node_path_.join)(dir, proposal_ledger/* PROPOSAL_LEDGER_FILE */.SK);
    const size = await (0,promises_.stat)(file).then(s => s.size, () => -1);
    if (size < 0)
        return {};
    if (size > proposal_ledger/* MAX_PROPOSAL_LEDGER_BYTES */.G)
        throw refused(`${proposal_ledger/* PROPOSAL_LEDGER_FILE */.SK} is ${size} bytes, more than the ${proposal_ledger/* MAX_PROPOSAL_LEDGER_BYTES */.G} a publish accepts`);
    const checked = (0,proposal_ledger/* checkProposalLedger */.Ko)(await (0,promises_.readFile)(file, 'utf8'), proposal);
    if (!checked.ok)
        throw refused(checked.reason);
    return { outcomes: checked.records };
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

;// CONCATENATED MODULE: ./src/actions/publish/self-heal.ts
// Publishing a self-heal proposal (kind: self-heal): the state is read from
// the tracking issue here, never taken from the proposal; every fix branch is
// checked (verify.ts) before any is pushed; then each is pushed with
// self-heal's lease (the head the state recorded) under the daily cap, its
// PR opened or updated, the alert issues raised once per run, and the state
// and the run's report written back. Every text from the proposal passes
// through inertForPublish. No repository code, no model, no Sentry.












async function publishSelfHeal(deps, read, base, withScratch) {
    const job = await startJob(deps, read, base);
    const fixes = read.proposal.branches.length
        ? await withScratch(async (scratch) => {
            await requireBase(scratch, read.proposal);
            // Every branch passes the checks before any is pushed.
            for (const branch of read.proposal.branches)
                await checkBranch(scratch, read, branch);
            const done = [];
            for (const branch of read.proposal.branches)
                done.push(await publishFixBranch(job, scratch, branch, done));
            return done;
        })
        : [];
    const alerts = await raiseAlerts(job, fixes);
    const trackingUrl = await writeState(job);
    const failed = fixes.find(f => f.action === 'failed');
    if (failed)
        throw new errors/* ConfigurationError */.j1(`${failed.branch} was checked but could not be published: ${failed.note}. The tracking issue records what was published.`);
    return { fixes, alerts, trackingUrl };
}
async function startJob(deps, read, base) {
    const { client, repo, context } = deps;
    const selfHeal = read.proposal.selfHeal;
    const runUrl = `${context.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${context.runId}`;
    const inert = (text) => inertForPublish(text, [runUrl]);
    const botLogin = await (0,bot_identity.resolveBotLogin)(client);
    const tracking = (0,tracking_issue/* trackingIssue */.T)(client, repo, inert(selfHeal.trackingIssueTitle), botLogin);
    let state;
    try {
        state = await tracking.read();
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`The proposal was refused: the self-heal state in the issue '${selfHeal.trackingIssueTitle}' could not be read (${(0,github_errors/* describeGitHubError */.dZ)(error, 'issues: read')}), and without it the publish job could open duplicate PRs or push over a branch someone else committed on. Nothing was pushed.`);
    }
    let counted;
    try {
        counted = { count: await (0,heal_pull_request/* healPullsToday */.m)({ client, repo }, botLogin, Date.now()) };
    }
    catch (error) {
        counted = { count: 0, error: (0,github_errors/* describeGitHubError */.dZ)(error, 'pull-requests: read') };
    }
    state = (0,self_heal/* applyFixUpdates */.e0)(state, selfHeal.fixUpdates);
    const runId = String(context.runId);
    return { deps, read, base, botLogin, tracking, state, counted, runId, inert };
}
/** Pushes one checked branch (lease: the head the state recorded) and opens or updates its PR. */
async function publishFixBranch(job, scratch, branch, earlier) {
    const { deps, base } = job;
    const github = { client: deps.client, repo: deps.repo };
    const open = await (0,pull_requests/* findOpenPullRequest */.aF)(github.client, github.repo, branch.branch, base);
    if (!open) {
        const opened = earlier.filter(f => f.action === 'created').length;
        const overCap = (0,self_heal/* dailyCapReason */.QY)(job.counted, opened, job.read.proposal.selfHeal.maxPrsPerDay);
        if (overCap)
            return { proposed: branch.branch, branch: branch.branch, action: 'skipped', note: overCap };
    }
    try {
        const pushed = await (0,push_branch/* pushOwnedFrom */.iL)(scratch, {
            head: branch.head,
            branch: branch.branch,
            action: 'publish',
            lastPushed: (0,self_heal/* lastPushedTo */.Vk)(job.state, branch.branch),
            runId: deps.context.runId
        });
        const title = job.inert(branch.title);
        const { pr, diverted } = await (0,heal_pull_request/* openHealPullRequest */.z)(github, pushed, { base, title, body: job.inert(branch.body), draft: branch.draft, labels: branch.labels }, deps.io.logger);
        await (0,review_requests/* requestReviews */.l)({ ...github, number: pr.number }, { settings: deps.settings.review, root: deps.context.workspace, files: branch.files }, deps.io.logger);
        const sentry = branch.sentry;
        job.state = (0,self_heal/* openFixRecord */.J0)(job.state, {
            ...sentry,
            title,
            branch: pushed.branch,
            head: pushed.sha,
            prNumber: pr.number,
            prUrl: pr.url,
            openedAt: new Date().toISOString()
        });
        return {
            proposed: branch.branch,
            branch: pushed.branch,
            prUrl: pr.url,
            prNumber: pr.number,
            action: pr.action,
            ...(diverted ? { note: diverted } : {})
        };
    }
    catch (error) {
        return {
            proposed: branch.branch,
            branch: branch.branch,
            action: 'failed',
            note: (0,github_errors/* describeGitHubError */.dZ)(error, 'contents: write')
        };
    }
}
/** The proposal's alert issues, each once per workflow run; a P0 alert links its group's PR. */
async function raiseAlerts(job, fixes) {
    const { deps } = job;
    const raised = [];
    for (const alert of job.read.proposal.selfHeal.alerts) {
        const known = (0,self_heal/* alertRaisedBy */.UN)(job.state, alert.key, job.runId);
        if (known) {
            raised.push({ key: alert.key, url: known.url, action: 'unchanged' });
            continue;
        }
        const result = await (0,alert_issues/* raiseAlert */.Jl)(deps.client, deps.repo, job.botLogin, alertContent(job, alert, fixes));
        deps.io.logger.info(`Alert issue ${result.url} (${result.action}).`);
        raised.push({ key: alert.key, url: result.url, action: result.action });
        job.state = (0,self_heal/* recordAlert */.w0)(job.state, {
            issueId: alert.key,
            number: result.number,
            url: result.url,
            runId: job.runId
        });
    }
    return raised;
}
function alertContent(job, alert, fixes) {
    const pr = fixes.find(f => f.prUrl && f.proposed === alert.branch);
    // The PR's URL is GitHub's own answer to this job, so it stays a link.
    const link = pr?.prUrl ? `\n\n- Fix PR (opened by the publish job): ${pr.prUrl}` : '';
    return {
        fingerprint: alert.fingerprint,
        title: job.inert(alert.title),
        details: `${job.inert(alert.details)}${link}`,
        occurrence: job.inert(alert.occurrence)
    };
}
/** The state (read here, with the proposal's checks of earlier fixes and this publish) and the run's report. */
async function writeState(job) {
    const state = (0,self_heal/* pruneHealState */.mb)(job.state, Date.now());
    const issue = await job.tracking.write(state, (0,self_heal/* renderTrackingSummary */.YR)(state.fixes));
    const report = job.read.proposal.selfHeal.report;
    if (report)
        await job.tracking.comment(job.runId, job.inert(report));
    return issue.url;
}

;// CONCATENATED MODULE: ./src/actions/publish/run.ts
// The publish command (publish: separate-job, second job): takes the
// proposal autofix or self-heal wrote in the fixing job of this same run,
// re-checks it (verify.ts), then pushes the commits from a scratch
// repository to the repository's own URL with the lease rules (never over
// commits ci-medic did not push) and opens or updates the PR, or closes a
// stale PR when the proposal asks for it; a self-heal proposal also raises
// its alert issues and writes the tracking issue (self-heal.ts). Text from
// the proposal goes on GitHub only through inertForPublish. It runs no
// repository code and no model.













async function publish(inputs) {
    await runPublish(await runnerDeps(inputs));
}
async function runPublish(deps) {
    const { io } = deps;
    const read = await io.group('Read the proposal', () => readProposal(deps));
    const base = read.proposal.base.branch || (await (0,workspace_checks/* defaultBranch */.OR)(deps.client, deps.repo));
    if (read.proposal.kind === 'self-heal')
        return publishHealProposal(deps, read, base);
    const published = await io.group('Check and publish', () => withScratch(deps, async (scratch) => {
        await requireBase(scratch, read.proposal);
        const branch = read.proposal.branches[0];
        if (branch)
            return publishBranch(deps, scratch, { read, branch, base });
        return closeIfAsked(deps, read.proposal, base);
    }));
    const ledger = await io.group('Write the ledger', () => appendOutcomes(deps, read.outcomes, () => ({ url: published.prUrl, action: published.action })));
    io.setOutputs({
        'pr-url': published.prUrl,
        'pr-number': published.prNumber ? String(published.prNumber) : '',
        branch: published.branch,
        'pr-urls': JSON.stringify(published.prUrl ? [published.prUrl] : [])
    });
    await io.writeSummary(summaryOf(read.proposal, published, ledgerLine(ledger)));
    return published;
}
async function publishHealProposal(deps, read, base) {
    const done = await deps.io.group('Check and publish the self-heal proposal', () => publishSelfHeal(deps, read, base, use => withScratch(deps, use)));
    const ledger = await deps.io.group('Write the ledger', () => appendOutcomes(deps, read.outcomes, healPrOf(read, done)));
    const first = done.fixes.find(f => f.prUrl);
    const published = {
        branch: first?.branch ?? '',
        prUrl: first?.prUrl ?? '',
        prNumber: first?.prNumber ?? 0,
        action: first ? first.action : 'none'
    };
    deps.io.setOutputs({
        'pr-url': published.prUrl,
        'pr-number': published.prNumber ? String(published.prNumber) : '',
        branch: published.branch,
        'pr-urls': JSON.stringify(done.fixes.flatMap(f => (f.prUrl ? [f.prUrl] : [])))
    });
    await deps.io.writeSummary(healSummaryOf(read.proposal, done, ledgerLine(ledger)));
    return published;
}
/** The PR of a self-heal outcome: its group's branch, as this job published it. */
function healPrOf(read, done) {
    return r => {
        const branch = read.proposal.branches.find(b => b.sentry && (0,heal_outcome_of/* sentryFingerprint */.aX)(b.sentry.group) === r.fingerprint);
        const fix = branch && done.fixes.find(f => f.proposed === branch.branch);
        if (!fix?.prUrl || fix.action === 'skipped' || fix.action === 'failed')
            return undefined;
        return { url: fix.prUrl, action: fix.action };
    };
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
    // The fixing job made its text inert; the publish job does not trust it to have.
    const runUrl = `${deps.context.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${deps.context.runId}`;
    // A feature build's PR refers to its issue: that one reference, rebuilt from the branch name, stays live.
    const reference = (0,report/* featureReference */.aP)(branch.branch);
    const inertBody = inertForPublish(branch.body, [runUrl, ...(reference ? [reference] : [])]);
    const body = diverted ? `> ${diverted}\n\n${inertBody}` : inertBody;
    const pr = await (0,pull_requests/* upsertPullRequest */._b)(client, repo, {
        head: pushed.branch,
        base,
        title: inertForPublish(branch.title, [runUrl]),
        body: (0,fixing/* withPushedMarker */.oi)(body, pushed.sha),
        draft: branch.draft,
        labels: branch.labels
    }, io.logger);
    await (0,review_requests/* requestReviews */.l)({ client, repo, number: pr.number }, { settings: deps.settings.review, root: deps.context.workspace, files: branch.files }, io.logger);
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
    const closed = await (0,pull_requests/* closeStalePullRequest */.k$)(deps.client, deps.repo, { head: close.branch, base, comment: close.comment }, deps.io.logger);
    return closed.closed ? { ...none, prNumber: closed.number ?? 0, action: 'closed' } : none;
}
function summaryOf(proposal, published, ledger) {
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
    lines.push('', ledger);
    return `${lines.join('\n')}\n`;
}
function healSummaryOf(proposal, done, ledger) {
    const from = `run ${proposal.runId} (attempt ${proposal.runAttempt})`;
    const lines = [`## ci-medic publish`, '', `Checked the self-heal proposal of ${from}.`, ''];
    for (const fix of done.fixes)
        lines.push(`- ${fix.branch}: ${fix.prUrl ? `PR ${fix.prUrl} (${fix.action})` : fix.action}${fix.note ? ` \u2014 ${fix.note}` : ''}`);
    if (!done.fixes.length)
        lines.push('- No fix branch to push.');
    for (const alert of done.alerts)
        lines.push(`- Alert issue ${alert.url} (${alert.action})`);
    lines.push(`- State and report: ${done.trackingUrl}`);
    lines.push(`- ${ledger}`);
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 50826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aP: () => (/* binding */ featureReference),
/* harmony export */   fs: () => (/* binding */ renderFeatureReport),
/* harmony export */   kT: () => (/* binding */ refusalComment),
/* harmony export */   sK: () => (/* binding */ featureBranchName)
/* harmony export */ });
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34201);

/** The branch a feature build's PR comes from: one per issue, updated by a rebuild. */
function featureBranchName(issueNumber) {
    return `ci-medic/feature-${issueNumber}`;
}
/**
 * The one reference the publish job keeps live in a feature build's PR body
 * (`Refs #N`, which links the issue and never closes it), rebuilt from the
 * branch name; undefined for any other branch.
 */
function featureReference(branch) {
    const issue = /^ci-medic\/feature-(\d{1,9})$/.exec(branch)?.[1];
    return issue ? `Refs #${issue}` : undefined;
}
const VERDICT = {
    built: 'built, verified',
    'not-built': 'not built',
    stopped: 'stopped (budget or model)',
    reverted: 'reverted at integration'
};
function planSection(input) {
    const { plan } = input;
    const lines = ['## Plan', '', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fence */ .EU)(plan.summary)];
    if (input.replanned?.length)
        lines.push('', `The first plan was refused and re-planned: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inertReferences */ .xe)(input.replanned.join('; ')), 600)}`);
    if (input.oneStream)
        lines.push('', `Run as one stream: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inertReferences */ .xe)(input.oneStream), 600)}`);
    lines.push('', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['stream', 'owns', 'criteria', 'goal'], plan.streams.map(s => [
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(s.id),
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(s.owns.join(', '), 300),
        s.criteria.join(', '),
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inertReferences */ .xe)(s.goal), 300)
    ])));
    return lines;
}
function contractSection(plan) {
    if (plan.contracts.length === 0)
        return ['## Contract', '', 'The plan wrote no contract files.'];
    return [
        '## Contract',
        '',
        'Written and committed before the streams started; no stream may change them.',
        ...plan.contracts.flatMap(c => [
            '',
            `\`${c.path.replace(/`/g, "'")}\`: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inertReferences */ .xe)(c.purpose), 300)}`,
            '',
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fence */ .EU)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(c.content, 6000), 'ts')
        ])
    ];
}
function streamSection(streams) {
    return [
        '## Streams',
        '',
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['stream', 'result', 'attempts', 'files', 'time'], streams.map(s => [
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(s.id),
            VERDICT[s.verdict],
            String(s.attempts),
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(s.files.join(', '), 300),
            `${s.seconds} s`
        ])),
        ...streams.flatMap(s => s.note ? ['', `**${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(s.id)}**:`, (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fence */ .EU)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(s.note, 1500))] : [])
    ];
}
function metricsSection(input) {
    const m = input.metrics;
    const t = input.totals;
    return [
        '## Metrics',
        '',
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['metric', 'value'], [
            ['wall clock', `${m.wallSeconds} s`],
            [
                input.fanout
                    ? 'streams (one matrix job each, in parallel)'
                    : 'streams (one after another in this job)',
                String(m.streams)
            ],
            ['serial estimate (the streams added up)', `${m.serialSeconds} s`],
            [
                'integration failures found / fixed',
                `${m.integrationFailuresFound} / ${m.integrationFailuresFixed}`
            ],
            ['contract changes after the plan', String(m.contractChanges)],
            ['model', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(input.model)],
            ['tokens in / out', `${t.inputTokens} / ${t.outputTokens}`],
            ['cost', `$${t.costUsd.toFixed(4)}`]
        ]),
        '',
        '## Checks after integration (clean checkout)',
        '',
        input.checks.length
            ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['command', 'failures'], input.checks.map(c => [(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(c.command), String(c.failures)]))
            : 'No checks were found.'
    ];
}
function renderFeatureReport(input) {
    const built = input.streams.filter(s => s.verdict === 'built').length;
    return [
        `Refs #${input.issue.number}`,
        '',
        `ci-medic built ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inertReferences */ .xe)(input.issue.title), 200)} from the issue: ${built} of ${input.streams.length} stream(s) built and verified.`,
        '',
        '## Acceptance criteria (from the issue)',
        '',
        ...input.criteria.map((c, i) => `${i + 1}. ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inertReferences */ .xe)(c.text), 300)}`),
        '',
        ...planSection(input),
        '',
        ...contractSection(input.plan),
        '',
        ...streamSection(input.streams),
        '',
        ...(input.fanout ? [input.fanout, ''] : []),
        ...metricsSection(input)
    ].join('\n');
}
/** The comment on an issue whose build was refused at the gate. */
function refusalComment(issueNumber, reason) {
    return `ci-medic did not build #${issueNumber}: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inertReferences */ .xe)(reason)}.\n\nNo branch was pushed and no pull request was opened.`;
}


/***/ })

};
