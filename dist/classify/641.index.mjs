export const id = 641;
export const ids = [641];
export const modules = {

/***/ 32641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareWithLastGreen: () => (/* binding */ compareWithLastGreen),
  withDrift: () => (/* binding */ withDrift)
});

// EXTERNAL MODULE: ./src/core/classify/code-change.ts
var code_change = __webpack_require__(20862);
// EXTERNAL MODULE: ./src/core/classify/failure-files.ts
var failure_files = __webpack_require__(87922);
// EXTERNAL MODULE: ./src/core/classify/second-opinion.ts
var second_opinion = __webpack_require__(13451);
// EXTERNAL MODULE: ./src/core/classify/types.ts
var types = __webpack_require__(1467);
;// CONCATENATED MODULE: ./src/core/classify/version-drift.ts
// What changed between the last green run's tool versions and the failing
// run's, and what that says about the verdict: a failure that names a tool or
// package whose version moved, while the rules are unsure (or saw only its
// symptom: a missing dependency, a compile error, a failed test), is raised to
// `contract_violation`: the world changed under the workflow, not its code.




const MAX_LISTED = 50;
function versionDrift(before, after) {
    const changed = [];
    const added = [];
    for (const [name, now] of Object.entries(after.tools)) {
        const then = before.tools[name];
        const change = {
            name,
            kind: now.kind,
            before: then?.versions ?? [],
            after: now.versions,
            line: now.line
        };
        if (!then) {
            if (!before.truncated && added.length < MAX_LISTED)
                added.push(change);
        }
        else if (!sameSet(then.versions, now.versions) && changed.length < MAX_LISTED) {
            changed.push(change);
        }
    }
    return { changed, added };
}
function sameSet(a, b) {
    return a.length === b.length && a.every(v => b.includes(v));
}
/** `black 24.1.0 \u2192 24.2.0` */
function describeChange(c) {
    const before = c.before.join(', ') || 'not stated';
    return `${c.name} ${before} \u2192 ${c.after.join(', ')}`;
}
/**
 * Names so common in failure text that their mention says nothing: `npm ERR!`,
 * `node:internal`, a Python traceback's `python3.12` path, `go: \u2026`.
 */
const GENERIC = new Set(['node', 'npm', 'yarn', 'pnpm', 'python', 'pypy', 'go', 'cargo', 'java']);
/** The words a failure would name the change by (`org.foo:bar` is named `bar`). */
function mentionTerm(name) {
    const term = name.split(':').pop() ?? name;
    return term.length >= 3 && !GENERIC.has(term) ? term : undefined;
}
function version_drift_escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** The changes of packages and tools the text names as a whole word (a Python name also with `_`). */
function mentionedChanges(drift, text) {
    const lower = text.toLowerCase();
    return drift.changed.filter(c => {
        if (c.kind !== 'package' && c.kind !== 'tool')
            return false;
        const term = mentionTerm(c.name);
        if (!term)
            return false;
        const spelled = [...new Set([term, term.replace(/-/g, '_')])].map(version_drift_escape).join('|');
        return new RegExp(`(?<![\\w@./-])(?:${spelled})(?![\\w:-])`).test(lower);
    });
}
/** Verdicts a drifted name may replace even when confident: symptoms of a changed dependency. */
const SYMPTOMS = new Set([
    'dependency_missing',
    'compile_error',
    'test_fail',
    'unknown'
]);
/** Never replaced: the failure is elsewhere (the runner, the network, the budget, the workflow). */
const ELSEWHERE = new Set([
    'transient',
    'timeout',
    'resource_exhausted',
    'budget_exceeded',
    'orchestration_error',
    'contract_violation'
]);
/** The drift candidate's confidence when the repository's code was not compared: suspected, not proven. */
const DRIFT_CONFIDENCE = 0.6;
/** Nothing in the repository changed but documentation: the drift is all that changed. */
const PURE_DRIFT_CONFIDENCE = 0.7;
/** The repository's code changed too, in files the failure does not name. */
const CODE_CHANGED_CONFIDENCE = 0.5;
/** A manifest, lockfile or workflow changed (the version moved with the repository), or a file the failure names. */
const OWN_CHANGE_CONFIDENCE = 0.4;
/** The repository's own change explains the failure as well as the drift does. */
function ownChange(code) {
    return !!code && (code.manifests.length > 0 || code.named.length > 0);
}
function driftConfidence(code) {
    if (!code)
        return DRIFT_CONFIDENCE;
    if (code.pure)
        return PURE_DRIFT_CONFIDENCE;
    return ownChange(code) ? OWN_CHANGE_CONFIDENCE : CODE_CHANGED_CONFIDENCE;
}
/** What the comparison of the two commits adds to the reason. */
function codeSentence(code) {
    if (!code)
        return '';
    if (code.pure)
        return ` Pure drift: ${(0,code_change/* describeCodeChange */.JI)(code)}.`;
    return ` Not pure drift: ${(0,code_change/* describeCodeChange */.JI)(code)}; the confidence is lower.`;
}
/**
 * `contract_violation` when the failure names a drifted package or tool and the verdict is
 * unsure or a symptom of it; undefined when the drift says nothing about this failure.
 */
function driftVerdict(c, ctx) {
    if (ELSEWHERE.has(c.category))
        return undefined;
    if (!SYMPTOMS.has(c.category) && c.confidence >= second_opinion/* CONFIDENT_RULE */.GZ)
        return undefined;
    const named = mentionedChanges(ctx.drift, ctx.failureText);
    if (named.length === 0)
        return undefined;
    // A confident verdict stands when the repository's own change explains it as well.
    if (c.category !== 'unknown' && c.confidence >= second_opinion/* CONFIDENT_RULE */.GZ && ownChange(ctx.code))
        return undefined;
    const changes = named.slice(0, 3).map(describeChange).join('; ');
    return {
        ...c,
        category: 'contract_violation',
        confidence: driftConfidence(ctx.code),
        rule: types/* VERSION_DRIFT_RULE */.sA,
        reason: `The failure names ${named.length === 1 ? 'a package or tool' : 'packages or tools'} whose version changed since the last green run ${ctx.greenRun} (${changes}): a new release likely broke the workflow.${codeSentence(ctx.code)} The rules said ${c.category} (${c.confidence.toFixed(2)} by ${c.rule}): ${c.reason}`
    };
}
/** `#41 (abc1234)` */
function greenRunLabel(green) {
    return `#${green.runNumber} (${green.sha.slice(0, 7)})`;
}

;// CONCATENATED MODULE: ./src/actions/classify/drift.ts
// Step 3b, compare with the last green run: the same workflow's newest
// successful run on the same branch, the log of its job with the failed job's
// name, and the tool versions both logs state; when a version moved, what the
// repository's own commits changed between the two (GitHub's compare API: is
// it pure drift?). Only for a workflow run read through the API (never a local
// log); four requests at most, and anything GitHub refuses is one warning
// naming the cause, never a failed classify.



/** The failures' own text searched for drifted names (bounded). */
const MAX_FAILURE_TEXT = 64 * 1024;
async function compareWithLastGreen(deps, sources, classification) {
    const { run, versions } = sources;
    const job = Object.keys(versions ?? {})[0];
    if (deps.settings.logPath || !run || !versions || job === undefined)
        return undefined;
    const { logger } = deps.io;
    if (!run.headBranch || !run.workflowId) {
        logger.info('The run names no branch or workflow: there is no last green run to compare with.');
        return undefined;
    }
    const gh = await deps.github();
    if (!gh)
        return undefined;
    const edge = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(913), __webpack_require__.e(72)]).then(__webpack_require__.bind(__webpack_require__, 3072));
    const { readVersions } = await __webpack_require__.e(/* import() */ 963).then(__webpack_require__.bind(__webpack_require__, 71963));
    try {
        const green = await edge.lastGreenRun(gh.client, gh.repo, run);
        if (!green) {
            logger.info(`No green run of this workflow on ${run.headBranch} to compare with.`);
            return undefined;
        }
        const jobId = await edge.jobNamed(gh.client, gh.repo, green.id, job);
        if (jobId === undefined) {
            logger.info(`The last green run #${green.runNumber} has no job named '${job}' to compare with.`);
            return undefined;
        }
        const before = await readVersions(await edge.streamJobLog(gh.client, gh.repo, jobId));
        const drift = versionDrift(before, versions[job]);
        const report = {
            green: { id: green.id, runNumber: green.runNumber, sha: green.headSha, url: green.htmlUrl },
            job,
            drift
        };
        logger.info(`Compared '${job}' with the last green run ${greenRunLabel(report.green)}: ${drift.changed.length} version(s) changed, ${drift.added.length} new.`);
        if (drift.changed.length)
            await compareCode(deps, gh, report, { run, classification });
        return report;
    }
    catch (error) {
        logger.warning(`The last green run could not be compared with this one (${edge.describeGreenRunError(error)}); classify goes on without it.`);
        return undefined;
    }
}
/** Commit ids only go into an API path. */
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/**
 * What the repository's commits changed from the green run's commit to the failed one
 * (one request; none for the same commit), into `report.code`; a refusal is one warning.
 */
async function compareCode(deps, gh, report, failed) {
    const { logger } = deps.io;
    const [base, head] = [report.green.sha, failed.run.headSha];
    if (!SHA.test(base) || !SHA.test(head))
        return;
    if (base === head) {
        report.code = (0,code_change/* sameCommit */.Kd)(head);
    }
    else {
        try {
            const comparison = await gh.api.compareCommits(gh.client, gh.repo, base, head);
            const named = (0,failure_files/* repositoryFilesOf */.hA)(failed.classification.failures);
            report.code = (0,code_change/* codeChange */.sp)(comparison, { base, head }, named);
        }
        catch (error) {
            report.codeNotCompared = gh.api.describeCompareError(error);
            logger.warning(`The repository's commits between the green run's ${base.slice(0, 7)} and this run's ${head.slice(0, 7)} could not be compared (${report.codeNotCompared}); the changed versions are reported without it.`);
            return;
        }
    }
    logger.info(`Between the two commits: ${(0,code_change/* describeCodeChange */.JI)(report.code)}.`);
}
/** The verdict, raised to contract_violation when the failure names a drifted tool (version-drift.ts). */
function withDrift(deps, classification, sources, report) {
    if (!report?.drift.changed.length)
        return classification;
    const raised = driftVerdict(classification, {
        drift: report.drift,
        failureText: failureText(classification, sources),
        greenRun: greenRunLabel(report.green),
        code: report.code
    });
    if (!raised)
        return classification;
    deps.io.logger.info(`contract_violation suspected: ${raised.reason}`);
    return raised;
}
/** Lines of an excerpt that only state what was installed: naming a package there is no failure's doing. */
const INSTALL_LINE = /Successfully installed|Requirement already satisfied|Collecting |Downloading|Downloaded|Compiling |Installed package|Found in cache/;
function failureText(c, sources) {
    const excerpt = (text) => text
        .split('\n')
        .filter(line => !INSTALL_LINE.test(line))
        .join('\n');
    const parts = [
        ...c.failures.flatMap(f => [f.message, f.test ?? '', f.step ?? '', excerpt(f.excerpt)]),
        ...sources.scans.flatMap(s => s.signals.errorMarkers)
    ];
    return parts.join('\n').slice(0, MAX_FAILURE_TEXT);
}


/***/ })

};
