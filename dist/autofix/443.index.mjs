export const id = 443;
export const ids = [443];
export const modules = {

/***/ 81443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  failureMessage: () => (/* binding */ failureMessage),
  reportFailure: () => (/* binding */ reportFailure)
});

// EXTERNAL MODULE: ./src/edges/github/errors.ts
var errors = __webpack_require__(70925);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/edges/sentry/errors.ts
// Sentry's error answers (reference \u00A72.10) as typed errors whose message
// names the fix. `detail` is a string or an object `{code, message, extra}`;
// validation errors are field maps (`{"statusDetails": {"inRelease": [...]}}`).
// An answer is classified once, by status (sentryErrorKind); every error
// carries that `kind`. 401/403/404 and a bad issue query are the user's
// configuration (ConfigurationError subclasses); 429s, 5xx and other 400s are
// SentryApiErrors. No answer at all is a NetworkError (src/errors.ts).

const INTEGRATION_HELP = 'Create an Internal Integration token in Sentry (Settings \u2192 Developer Settings \u2192 Custom Integrations \u2192 Create New Integration \u2192 Internal Integration) with Issue & Event: Read (event:read), or Read & Write (event:write) to resolve issues and add notes, and store it as the sentry-token secret';
/**
 * THE classification of a Sentry answer: 401 auth, 403 permission, 404
 * not-found, 429 rate-limit, any other 4xx bad-request, 5xx (and an answer
 * that is not what the endpoint promises, e.g. a 200 without a list) server.
 */
function sentryErrorKind(status) {
    if (status === 401)
        return 'auth';
    if (status === 403)
        return 'permission';
    if (status === 404)
        return 'not-found';
    if (status === 429)
        return 'rate-limit';
    if (status >= 400 && status < 500)
        return 'bad-request';
    return 'server';
}
/** Any Sentry API error that is not the user's configuration (5xx, exhausted retries, 400s). */
class SentryApiError extends Error {
    info;
    name = 'SentryApiError';
    kind;
    constructor(message, info) {
        super(message);
        this.info = info;
        this.kind = sentryErrorKind(info.status);
    }
}
/** 401: the token is missing, wrong, expired, or belongs to another organization. */
class SentryAuthError extends src_errors/* ConfigurationError */.j1 {
    info;
    kind = 'auth';
    constructor(message, info) {
        super(message);
        this.info = info;
    }
}
/** 403: the token kind or its scopes do not allow the request. */
class SentryPermissionError extends src_errors/* ConfigurationError */.j1 {
    info;
    orgToken;
    kind = 'permission';
    constructor(message, info, orgToken) {
        super(message);
        this.info = info;
        this.orgToken = orgToken;
    }
}
/** 404: the organization, issue, event or release does not exist or is not visible to the token. */
class SentryNotFoundError extends src_errors/* ConfigurationError */.j1 {
    info;
    resource;
    kind = 'not-found';
    constructor(message, info, resource) {
        super(message);
        this.info = info;
        this.resource = resource;
    }
}
/** 400 on the issue list: a project or query the organization does not have. */
class SentryQueryError extends src_errors/* ConfigurationError */.j1 {
    info;
    kind = 'bad-request';
    constructor(message, info) {
        super(message);
        this.info = info;
    }
}
/** 429s beyond the retry budget or a wait longer than allowed. */
class SentryRateLimitError extends (/* unused pure expression or super */ null && (SentryApiError)) {
    name = 'SentryRateLimitError';
    kind = 'rate-limit';
}
function isSentryError(error) {
    return (error instanceof SentryApiError ||
        error instanceof SentryAuthError ||
        error instanceof SentryPermissionError ||
        error instanceof SentryNotFoundError ||
        error instanceof SentryQueryError);
}
/** Flattens `detail` (string or object) or field errors into one line. */
function detailText(body, raw = '') {
    if (body && typeof body === 'object' && !Array.isArray(body)) {
        const record = body;
        if ('detail' in record) {
            const d = record.detail;
            if (typeof d === 'string')
                return d;
            if (d && typeof d === 'object') {
                const o = d;
                const message = typeof o.message === 'string' ? o.message : JSON.stringify(d);
                const code = typeof o.code === 'string' ? ` (${o.code})` : '';
                const extra = o.extra && typeof o.extra === 'object' ? o.extra : {};
                const login = typeof extra.loginUrl === 'string' ? `; log in at ${extra.loginUrl}` : '';
                return `${message}${code}${login}`;
            }
            return String(d);
        }
        return fieldErrors(record).join('; ') || JSON.stringify(body);
    }
    const text = raw
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return text.length > 200 ? `${text.slice(0, 199)}\u2026` : text;
}
function fieldErrors(value, prefix = '') {
    if (Array.isArray(value))
        return [`${prefix}: ${value.map(String).join(' ')}`];
    if (value && typeof value === 'object') {
        return Object.entries(value).flatMap(([k, v]) => fieldErrors(v, prefix ? `${prefix}.${k}` : k));
    }
    return [`${prefix}: ${String(value)}`];
}
/**
 * The typed error for a non-2xx answer, by its kind (sentryErrorKind): the
 * ConfigurationError subclasses for 401, 403, 404 and a bad issue query, a
 * SentryRateLimitError for 429, a SentryApiError for the rest.
 */
function errorFor(info, ctx) {
    const said = `Sentry answered ${info.status} (${info.detail || 'no detail'}) to ${info.method} ${info.path}`;
    switch (sentryErrorKind(info.status)) {
        case 'auth':
            return new SentryAuthError(`${said}. ${authFix(info, ctx)}`, info);
        case 'permission':
            return permissionError(said, info, ctx);
        case 'not-found':
            return new SentryNotFoundError(`${said}. ${notFoundFix(ctx)}`, info, ctx.resource);
        case 'bad-request':
            return queryError(said, info, ctx) ?? new SentryApiError(`${said}.`, info);
        case 'rate-limit':
            return new SentryRateLimitError(`${said}.`, info);
        case 'server':
            return new SentryApiError(`${said}.`, info);
    }
}
function authFix(info, ctx) {
    const d = info.detail.toLowerCase();
    if (d.includes('expired'))
        return 'The token has expired: create a new one. ' + INTEGRATION_HELP;
    if (d.includes('organization access'))
        return `The token belongs to another organization than sentry-org '${ctx.org ?? ''}': check sentry-org, or create the token in that organization.`;
    if (d.includes('sso'))
        return `The organization requires SSO for user tokens. ${INTEGRATION_HELP}; integration tokens are not subject to SSO.`;
    if (d.includes('credentials were not provided'))
        return `No token was sent: set sentry-token. ${INTEGRATION_HELP}.`;
    return `The token is wrong, revoked, or for another Sentry (check sentry-url '${ctx.baseUrl}'). ${INTEGRATION_HELP}.`;
}
function permissionError(said, info, ctx) {
    if (ctx.token.startsWith('sntrys_')) {
        return new SentryPermissionError(`${said}. sentry-token is an organization auth token (sntrys_\u2026), which can only upload releases and source maps and cannot read issues. ${INTEGRATION_HELP}.`, info, true);
    }
    const note = /note/i.test(info.detail)
        ? ' Notes need a token that acts as a user: an Internal Integration token (it acts as its proxy user) or a user token, not an organization token.'
        : '';
    const grant = ctx.scope === 'event:write'
        ? 'Issue & Event: Read & Write (event:write)'
        : ctx.scope === 'project:read'
            ? 'Project: Read (project:read)'
            : 'Issue & Event: Read (event:read)';
    return new SentryPermissionError(`${said}. The token lacks the ${ctx.scope} scope or access to this project.${note} In Sentry, open Settings \u2192 Developer Settings \u2192 Custom Integrations \u2192 your integration \u2192 Permissions and grant ${grant}.`, info, false);
}
function notFoundFix(ctx) {
    switch (ctx.resource) {
        case 'organization':
            return `Check sentry-org '${ctx.org ?? ''}' (the slug in https://sentry.io/organizations/<slug>/ or https://<slug>.sentry.io) and sentry-url '${ctx.baseUrl}' (the organization's region, e.g. https://de.sentry.io, or your self-hosted origin), and that the token belongs to that organization.`;
        case 'issue':
            return `The issue does not exist in organization '${ctx.org ?? ''}' (deleted or merged?), or sentry-org is wrong.`;
        case 'event':
            return `The issue has no readable event (its events may have aged out of retention), or the issue or organization '${ctx.org ?? ''}' does not exist.`;
        case 'release':
            return 'No release with that version exists in the organization.';
    }
}
/** A 400 that names a project or period the user chose, else undefined. */
function queryError(said, info, ctx) {
    if (info.status !== 400)
        return undefined;
    if (/project/i.test(info.detail) && /do not exist|not actively selected/i.test(info.detail)) {
        return new SentryQueryError(`${said}. Check sentry-project: use project slugs or ids of organization '${ctx.org ?? ''}' that the token can access.`, info);
    }
    if (/stats_?period|date range/i.test(info.detail)) {
        return new SentryQueryError(`${said}. Check period: a Sentry period like 24h, 7d, at most 90d.`, info);
    }
    return undefined;
}
/**
 * The scope to name as missing when a Sentry request was refused for want of
 * it (403), else undefined: a 5xx or a timeout is not fixed by a new scope,
 * so a warning names one only when the answer said so.
 */
function sentryScopeMissing(error, scope) {
    return isSentryError(error) && error.kind === 'permission' ? scope : undefined;
}

// EXTERNAL MODULE: ./src/runtime/actions-logger.ts
var actions_logger = __webpack_require__(40484);
// EXTERNAL MODULE: ./src/runtime/outputs.ts
var outputs = __webpack_require__(18506);
;// CONCATENATED MODULE: ./src/runtime/failure-report.ts
// How a failed step ends: the one line it fails with and the outputs it did not set.
// Loaded by the run wrapper only when a run fails, as @actions/core is: a run that
// succeeds never compiles this, nor the Sentry errors it tells apart (#11).





/** Sentry answers that are nobody's mistake: the step can simply run again later. */
const SENTRY_TRY_LATER = {
    server: 'Sentry had a problem answering; try again later.',
    'rate-limit': "Sentry's rate limit held for longer than ci-medic waits; try again later."
};
/**
 * The one line a failed step ends with. Pure: the error decides, nothing
 * else. Only what is left (no configuration, no refusal, no outage, no
 * unreachable host) is called a bug.
 */
function failureMessage(command, error) {
    const lead = `ci-medic ${command}`;
    if ((0,src_errors/* isConfigurationError */.p0)(error))
        return `${lead}: ${error.message}`;
    if ((0,src_errors/* isCancelledError */.wm)(error))
        return `${lead}: ${error.message}; the change being verified was reverted, and the report says what was kept.`;
    if (error instanceof errors/* GitHubApiError */.OS && error.kind !== 'validation' && error.kind !== 'other')
        return `${lead}: ${error.message}`;
    const network = (0,src_errors/* networkErrorIn */.kk)(error);
    if (network)
        return `${lead}: ${network.message}`;
    if (error instanceof SentryApiError && error.kind in SENTRY_TRY_LATER)
        return `${lead}: ${error.message.replace(/\.+$/, '')}: ${SENTRY_TRY_LATER[error.kind]}`;
    return (`${lead} failed unexpectedly: ${(0,src_errors/* errorMessage */.gJ)(error).replace(/\.+$/, '')}. ` +
        'This is a bug in ci-medic, not in your configuration: please report it, ' +
        'with the stack trace from a run with debug logging enabled.');
}
/** The failure outputs the run did not set, the failure line, and the stack to the debug log. */
function reportFailure(core, command, error, failureOutputs = {}) {
    const missing = Object.entries(failureOutputs).filter(([name]) => !(0,outputs/* outputWasSet */.lx)(name));
    (0,outputs/* setOutputs */.n0)(core, Object.fromEntries(missing));
    // An ::error:: command: @actions/core escapes the message onto its one line.
    core.setFailed(failureMessage(command, error));
    if ((0,src_errors/* isConfigurationError */.p0)(error) || (0,src_errors/* isCancelledError */.wm)(error))
        return;
    // The stack starts with the error's message, which may quote untrusted text.
    if (error instanceof Error && error.stack)
        (0,actions_logger/* loggerFrom */.x)(core).debug(error.stack);
}


/***/ })

};
