export const id = 220;
export const ids = [220];
export const modules = {

/***/ 9220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RETRY_LABEL: () => (/* binding */ RETRY_LABEL),
  findRetryLabels: () => (/* binding */ findRetryLabels),
  removeRetryLabel: () => (/* binding */ removeRetryLabel)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/edges/github/alert-issues.ts
const ALERT_LABEL = 'ci-medic';
const markerOf = (fingerprint) => `<!-- ci-medic:alert fingerprint=${fingerprint} -->`;
const COUNT = /<!-- ci-medic:occurrences=(\d+) -->/;
const FAILURES = /<!-- ci-medic:failures=([0-9A-Za-z:,_-]*) -->\n?/;
const failuresMarker = (failures = []) => failures.length ? `<!-- ci-medic:failures=${failures.join(',')} -->\n` : '';
/** The fingerprints an alert issue's body is about: the alert's own, then its failures'. */
function alertFingerprintsOf(body) {
    const own = /<!-- ci-medic:alert fingerprint=([0-9A-Za-z:_-]+) -->/.exec(body)?.[1];
    if (!own)
        return [];
    const failures = FAILURES.exec(body)?.[1]?.split(',').filter(Boolean) ?? [];
    return [...new Set([own, ...failures])];
}
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
        const body = `${marker}\n<!-- ci-medic:occurrences=1 -->\n${failuresMarker(alert.failures)}${alert.details}`;
        const { data } = await client.rest.issues.create({
            ...repo,
            title: alert.title,
            body,
            labels: [ALERT_LABEL]
        });
        return { action: 'opened', number: data.number, url: data.html_url, occurrences: 1 };
    }
    const occurrences = Number(COUNT.exec(existing.body ?? '')?.[1] ?? '1') + 1;
    const counted = (existing.body ?? '').replace(COUNT, `<!-- ci-medic:occurrences=${occurrences} -->`);
    // The failures' marker follows the latest occurrence (older issues gain one).
    const body = FAILURES.test(counted)
        ? counted.replace(FAILURES, failuresMarker(alert.failures))
        : counted.replace(/(<!-- ci-medic:occurrences=\d+ -->\n)/, `$1${failuresMarker(alert.failures)}`);
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

// EXTERNAL MODULE: ./src/edges/github/http-status.ts
var http_status = __webpack_require__(66737);
;// CONCATENATED MODULE: ./src/edges/github/retry-label.ts



const RETRY_LABEL = 'ci-medic:retry';
/** Roles (legacy `permission` names) that may ask for a retry. */
const MAY_ASK = new Set(['admin', 'write']);
/** The retry labels on ci-medic's alert issues, each with who put it on and when. */
async function findRetryLabels(client, repo, botLogin) {
    const issues = await client.paginate(client.rest.issues.listForRepo, {
        ...repo,
        state: 'all',
        labels: `${ALERT_LABEL},${RETRY_LABEL}`,
        per_page: 100
    });
    const out = { asks: [], ignored: [] };
    for (const issue of issues) {
        const author = issue.user;
        const ours = author?.login === botLogin || author?.type === 'Bot';
        const fingerprints = alertFingerprintsOf(issue.body ?? '');
        if (issue.pull_request || !ours || fingerprints.length === 0)
            continue;
        const labelled = await lastLabelled(client, repo, issue.number);
        if (!labelled)
            continue;
        if (!(await mayWrite(client, repo, labelled.by))) {
            out.ignored.push(`the ${RETRY_LABEL} label on #${issue.number} was put on by @${labelled.by}, who has no write access to the repository`);
            continue;
        }
        out.asks.push({ fingerprints, issue: issue.number, ...labelled });
    }
    return out;
}
/** Who put the retry label on last, and when. */
async function lastLabelled(client, repo, issueNumber) {
    const events = await client.paginate(client.rest.issues.listEvents, {
        ...repo,
        issue_number: issueNumber,
        per_page: 100
    });
    const labelled = events.filter(e => e.event === 'labeled' &&
        'label' in e &&
        e.label.name.toLowerCase() === RETRY_LABEL &&
        e.actor?.login);
    const last = labelled.at(-1);
    return last?.actor ? { by: last.actor.login, at: last.created_at } : undefined;
}
async function mayWrite(client, repo, login) {
    try {
        const { data } = await client.rest.repos.getCollaboratorPermissionLevel({
            ...repo,
            username: login
        });
        return MAY_ASK.has(data.permission);
    }
    catch (error) {
        // 404: not a collaborator at all.
        if ((0,http_status/* statusOf */.c)(error) === 404)
            return false;
        throw error;
    }
}
/**
 * Takes the label off after the attempt. Already gone (404) is fine; any
 * other refusal is returned as plain words for one warning.
 */
async function removeRetryLabel(client, repo, issueNumber) {
    try {
        await client.rest.issues.removeLabel({ ...repo, issue_number: issueNumber, name: RETRY_LABEL });
        return undefined;
    }
    catch (error) {
        const status = (0,http_status/* statusOf */.c)(error);
        if (status === 404)
            return undefined;
        const why = status === 403 ? "GitHub answered 403: the token lacks 'issues: write'" : (0,errors/* errorMessage */.gJ)(error);
        return `The ${RETRY_LABEL} label could not be taken off #${issueNumber} (${why}); take it off by hand (this attempt spent it).`;
    }
}


/***/ })

};
