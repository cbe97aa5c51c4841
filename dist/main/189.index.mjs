export const id = 189;
export const ids = [189];
export const modules = {

/***/ 70925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ID: () => (/* binding */ isGitHubApiError),
/* harmony export */   Lg: () => (/* binding */ toGitHubError),
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   Up: () => (/* binding */ missingPermission),
/* harmony export */   dZ: () => (/* binding */ describeGitHubError)
/* harmony export */ });
/* unused harmony exports permissionNeeded, messageOfBody */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _http_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66737);
// GitHub's error answers as one typed error. createGitHubClient converts
// every failed request (after plugin-retry and plugin-throttling had their
// turn) into a GitHubApiError, or a NetworkError when no answer came, so
// every caller can name the permission a request needs, tell a 404 from an
// outage, and keep reading `status` (statusOf) as before.
// No octokit value imports: the run wrapper loads this module at start-up.


/** A GitHub REST answer with a 4xx or 5xx status. `status` is a number, so statusOf keeps working. */
class GitHubApiError extends Error {
    name = 'GitHubApiError';
    status;
    kind;
    method;
    url;
    /** The path with its values and without the query, e.g. `/repos/acme/widgets/pulls`. */
    path;
    /** The route template when octokit knew one (`/repos/{owner}/{repo}/pulls`), else `path`. */
    route;
    /** GitHub's own message (with its `errors` details), one line. */
    githubMessage;
    documentationUrl;
    /** The workflow permission the request needs, e.g. `pull-requests: write`; undefined when none can grant it. */
    needs;
    /** What to do about it: the sentence after the colon of `message`. */
    hint;
    /** octokit's request (token redacted) and response, for callers that read them as before. */
    request;
    response;
    constructor(init) {
        const method = init.method.toUpperCase();
        const path = pathOf(init.url);
        const route = init.route ? pathOf(init.route) : path;
        const githubMessage = messageOfBody(init.data);
        const kind = kindOf(init.status, githubMessage, init.headers ?? {});
        const needs = permissionNeeded(method, route);
        const hint = hintFor(kind, needs, githubMessage);
        const said = `${init.status}: ${githubMessage || 'no message'}`;
        const opening = kind === 'auth' || kind === 'permission'
            ? `GitHub refused ${method} ${path} (${said})`
            : `GitHub answered ${init.status} to ${method} ${path} (${githubMessage || 'no message'})`;
        super(hint ? `${opening}: ${hint}` : `${opening}.`, { cause: init.cause });
        this.status = init.status;
        this.kind = kind;
        this.method = method;
        this.url = init.url;
        this.path = path;
        this.route = route;
        this.githubMessage = githubMessage;
        this.documentationUrl = documentationUrlOf(init.data);
        this.needs = needs;
        this.hint = hint;
        this.request = init.cause?.request;
        this.response = {
            status: init.status,
            url: init.url,
            headers: init.headers ?? {},
            data: init.data
        };
    }
}
function isGitHubApiError(error) {
    return error instanceof GitHubApiError;
}
// ---------------------------------------------------------------- permissions
const REPO = String.raw `^/repos/[^/]+/[^/]+`;
/**
 * THE table: which workflow permission a REST route needs (`read` for GET
 * and HEAD, `write` otherwise). Routes are matched on their path, template
 * (`{owner}`) or filled in alike; the first row that matches wins.
 */
const PERMISSION_TABLE = [
    { path: new RegExp(`${REPO}/commits/[^/]+/(check-runs|check-suites)(/|$)`), permission: 'checks' },
    { path: new RegExp(`${REPO}/commits/[^/]+/status(es)?(/|$)`), permission: 'statuses' },
    { path: new RegExp(`${REPO}/(check-runs|check-suites)(/|$)`), permission: 'checks' },
    { path: new RegExp(`${REPO}/statuses(/|$)`), permission: 'statuses' },
    { path: new RegExp(`${REPO}/pulls(/|$)`), permission: 'pull-requests' },
    { path: new RegExp(`${REPO}/(issues|labels|milestones)(/|$)`), permission: 'issues' },
    { path: new RegExp(`${REPO}/actions(/|$)`), permission: 'actions' },
    { path: new RegExp(`${REPO}/deployments(/|$)`), permission: 'deployments' },
    {
        path: new RegExp(`${REPO}/(contents|git|branches|commits|compare|merges|releases|tarball|zipball|readme)(/|$)`),
        permission: 'contents'
    },
    { path: new RegExp(`${REPO}/?$`), permission: 'metadata', readOnly: true }
];
/**
 * The workflow permission `method route` needs, e.g. `pull-requests: write`
 * for `POST /repos/{owner}/{repo}/pulls`; undefined for routes no workflow
 * permission grants (`GET /user`). GitHub Enterprise's `/api/v3` prefix and
 * absolute URLs are fine.
 */
function permissionNeeded(method, route) {
    const path = pathOf(route);
    const row = PERMISSION_TABLE.find(r => r.path.test(path));
    if (!row)
        return undefined;
    const read = row.readOnly || ['GET', 'HEAD'].includes(method.toUpperCase());
    return `${row.permission}: ${read ? 'read' : 'write'}`;
}
/** `https://ghe.example/api/v3/repos/o/r/pulls?x=1` \u2192 `/repos/o/r/pulls`. */
function pathOf(url) {
    const path = url
        .replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]+/i, '')
        .replace(/[?#].*$/, '')
        .replace(/^\/api\/v3(?=\/)/, '');
    return path.startsWith('/') ? path : `/${path}`;
}
// ---------------------------------------------------------------- messages
const ACTIONS_CANNOT_CREATE_PRS = 'allow it under Settings \u2192 Actions \u2192 General \u2192 Workflow permissions \u2192 "Allow GitHub Actions to create and approve pull requests", or pass a GitHub App or personal access token.';
function kindOf(status, message, headers) {
    if (status === 429)
        return 'rate-limit';
    if (status === 403 &&
        (String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(message)))
        return 'rate-limit';
    if (status === 401)
        return 'auth';
    if (status === 403)
        return 'permission';
    if (status === 404)
        return 'not-found';
    if (status === 422)
        return 'validation';
    if (status >= 500)
        return 'server';
    return 'other';
}
function hintFor(kind, needs, message) {
    switch (kind) {
        case 'auth':
            return 'the token was not accepted (missing, expired or revoked): check the github-token input.';
        case 'permission':
            if (/not permitted to create or approve pull requests/i.test(message))
                return ACTIONS_CANNOT_CREATE_PRS;
            return needs
                ? `the token needs '${needs}'. Add it under permissions: in the workflow.`
                : 'the token may not do this: check its permissions and the repository settings.';
        case 'not-found':
            return `it does not exist, or the token cannot see it${needs ? ` (seeing it takes '${needs}')` : ''}.`;
        case 'rate-limit':
            return "GitHub's rate limit was reached and the wait would be too long: try again later.";
        case 'server':
            return 'GitHub had a problem answering: try again later.';
        default:
            return '';
    }
}
/** GitHub's `message` plus the messages of its `errors`, on one line (HTML pages flattened and cut). */
function messageOfBody(data) {
    if (data && typeof data === 'object' && !Array.isArray(data)) {
        const { message, errors } = data;
        const details = Array.isArray(errors)
            ? errors.map(e => e && typeof e === 'object' && 'message' in e
                ? String(e.message)
                : typeof e === 'string'
                    ? e
                    : JSON.stringify(e))
            : [];
        const text = [typeof message === 'string' ? message : '', ...details].filter(Boolean).join(': ');
        return oneLine(text);
    }
    if (typeof data === 'string')
        return oneLine(data.replace(/<[^>]*>/g, ' '));
    return '';
}
function oneLine(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 300 ? `${line.slice(0, 299)}\u2026` : line;
}
function documentationUrlOf(data) {
    const url = data?.documentation_url;
    return typeof url === 'string' ? url : undefined;
}
function isOctokitRequestError(error) {
    const request = error?.request;
    return (typeof (0,_http_status_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c)(error) === 'number' &&
        typeof request?.method === 'string' &&
        typeof request.url === 'string');
}
/**
 * A failed octokit request as a GitHubApiError (an answer with status \u2265 400)
 * or a NetworkError (no answer), naming GITHUB_API_URL; anything else, and
 * errors already converted, are returned unchanged. `route` is the request's
 * options as octokit's hooks see them (method and route template).
 */
function toGitHubError(error, route) {
    if (error instanceof GitHubApiError || error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkError */ .Dr)
        return error;
    if (!isOctokitRequestError(error))
        return error;
    const { request, response } = error;
    if (!response) {
        return ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toNetworkError */ .Ur)(error, { service: 'GitHub API', url: request.url, input: 'GITHUB_API_URL' }) ??
            error);
    }
    if (response.status < 400)
        return error;
    return new GitHubApiError({
        status: response.status,
        method: request.method,
        url: request.url,
        route: route?.url,
        data: response.data,
        headers: response.headers,
        cause: error
    });
}
/**
 * One line for a warning about a failed GitHub request: the permission to
 * add (401/403), what a 404 means, that GitHub or the network failed, or the
 * message. `needs` names the permission when the error does not know it
 * (an error from elsewhere with a 401/403 status).
 */
function describeGitHubError(error, needs) {
    if (error instanceof GitHubApiError || error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkError */ .Dr)
        return error.message;
    const status = (0,_http_status_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c)(error);
    if ((status === 401 || status === 403) && needs)
        return `the token lacks '${needs}' (GitHub answered ${status}). Add it under permissions: in the workflow.`;
    if (status === 404)
        return 'GitHub answered 404 (the token may not see this repository, or the resource does not exist).';
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
}
/** The permission a failed request needs, when it was a GitHub refusal (401/403). */
function missingPermission(error) {
    return error instanceof GitHubApiError && error.kind === 'permission' ? error.needs : undefined;
}


/***/ }),

/***/ 66737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ statusOf)
/* harmony export */ });
/** The HTTP status of an octokit (or any HTTP) error, if it has one. */
function statusOf(error) {
    if (error && typeof error === 'object' && 'status' in error) {
        const status = error.status;
        return typeof status === 'number' ? status : undefined;
    }
    return undefined;
}


/***/ }),

/***/ 73093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HS: () => (/* binding */ detailText),
/* harmony export */   I$: () => (/* binding */ errorFor),
/* harmony export */   Oh: () => (/* binding */ SentryAuthError),
/* harmony export */   PZ: () => (/* binding */ SentryPermissionError),
/* harmony export */   TY: () => (/* binding */ SentryRateLimitError),
/* harmony export */   dw: () => (/* binding */ SentryNotFoundError),
/* harmony export */   el: () => (/* binding */ sentryScopeMissing),
/* harmony export */   qC: () => (/* binding */ SentryApiError)
/* harmony export */ });
/* unused harmony exports sentryErrorKind, SentryQueryError, isSentryError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
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
class SentryAuthError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    info;
    kind = 'auth';
    constructor(message, info) {
        super(message);
        this.info = info;
    }
}
/** 403: the token kind or its scopes do not allow the request. */
class SentryPermissionError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
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
class SentryNotFoundError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
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
class SentryQueryError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    info;
    kind = 'bad-request';
    constructor(message, info) {
        super(message);
        this.info = info;
    }
}
/** 429s beyond the retry budget or a wait longer than allowed. */
class SentryRateLimitError extends SentryApiError {
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


/***/ }),

/***/ 40484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ loggerFrom)
/* harmony export */ });
/* harmony import */ var _inert_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94326);

/** A Logger over an @actions/core module (passed in: classify loads core late, see action-inputs.ts). */
function loggerFrom(core) {
    return {
        debug: message => core.debug((0,_inert_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(message)),
        info: message => core.info((0,_inert_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(message)),
        warning: message => core.warning(message),
        error: message => core.error(message)
    };
}


/***/ }),

/***/ 26189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   failureMessage: () => (/* binding */ failureMessage),
/* harmony export */   reportFailure: () => (/* binding */ reportFailure)
/* harmony export */ });
/* harmony import */ var _edges_github_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70925);
/* harmony import */ var _edges_sentry_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73093);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _actions_logger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40484);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18506);
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
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isConfigurationError */ .p0)(error))
        return `${lead}: ${error.message}`;
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isCancelledError */ .wm)(error))
        return `${lead}: ${error.message}; the change being verified was reverted, and the report says what was kept.`;
    if (error instanceof _edges_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .OS && error.kind !== 'validation' && error.kind !== 'other')
        return `${lead}: ${error.message}`;
    const network = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .networkErrorIn */ .kk)(error);
    if (network)
        return `${lead}: ${network.message}`;
    if (error instanceof _edges_sentry_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SentryApiError */ .qC && error.kind in SENTRY_TRY_LATER)
        return `${lead}: ${error.message.replace(/\.+$/, '')}: ${SENTRY_TRY_LATER[error.kind]}`;
    return (`${lead} failed unexpectedly: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error).replace(/\.+$/, '')}. ` +
        'This is a bug in ci-medic, not in your configuration: please report it, ' +
        'with the stack trace from a run with debug logging enabled.');
}
/** The failure outputs the run did not set, the failure line, and the stack to the debug log. */
function reportFailure(core, command, error, failureOutputs = {}) {
    const missing = Object.entries(failureOutputs).filter(([name]) => !(0,_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .outputWasSet */ .lx)(name));
    (0,_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutputs */ .n0)(core, Object.fromEntries(missing));
    // An ::error:: command: @actions/core escapes the message onto its one line.
    core.setFailed(failureMessage(command, error));
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isConfigurationError */ .p0)(error) || (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isCancelledError */ .wm)(error))
        return;
    // The stack starts with the error's message, which may quote untrusted text.
    if (error instanceof Error && error.stack)
        (0,_actions_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .loggerFrom */ .x)(core).debug(error.stack);
}


/***/ }),

/***/ 94326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   tJ: () => (/* binding */ inert)
/* harmony export */ });
/* unused harmony export INERT_MARKER */
// Untrusted text (test names, log lines, Sentry exception types and messages,
// model output) on its way to the runner's log. The runner reads a step's
// stdout and stderr line by line and runs every line that parses as a
// workflow command (actions/runner: ProcessInvoker reads with .NET
// StreamReader.ReadLine, OutputManager hands each line to ActionCommand):
//
// - lines end at LF, CR or CRLF: a lone CR starts a new line too;
// - v2 form `::name props::data`: after TrimStart (.NET's Char.IsWhiteSpace:
//   tab, VT, FF, NEL, NBSP, the Unicode spaces, U+2028/U+2029) the line
//   starts with `::`;
// - v1 form `##[name props]data`: `##[` ANYWHERE in the line, not only at
//   its start ("build ##[error]x" is an error annotation);
// - the runner compares with the current culture (ICU), which skips
//   "ignorable" characters (controls, soft hyphen, zero-width characters)
//   when it looks for `::` and `##[`.
//
// `inert` neutralises both forms per line, with changes a reader can see:
// a line whose start could be read as `::` gets the marker `> ` in front
// (nothing is trimmed before a `>`), and every `##[` becomes `# #[` (a real
// space: not whitespace the parser trims, not a character collation
// ignores). Every other character is kept, so the log still says what the
// test or the exception said. Both checks are deliberately wider than the
// runner: they also treat NEL, U+2028 and U+2029 as line ends and skip
// ignorable characters, so a parser a little more lenient than today's
// still finds no command.
//
// The other way, `::stop-commands::<token>` \u2026 `::<token>::` around every
// untrusted block, was not chosen: it adds two lines to each log line, it
// depends on the token staying secret and unguessable, and its failure mode
// (a token the text contains, a write interleaved from elsewhere while
// commands are off) silently swallows ci-medic's own commands.
//
// Workflow-command data (warning, error, notice, debug, group names) is
// escaped by @actions/core (%, CR, LF as %25, %0D, %0A; properties also : and
// ,), so it stays on its command's one line whatever it contains.
/** What a neutralised line starts with. */
const INERT_MARKER = '> ';
/** Characters collation may skip where the runner looks for `::` or `##[`. */
const IGNORABLE = String.raw `[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]`;
const LINE_BREAK = /(\r\n|\r|\n|\u0085|\u2028|\u2029)/;
// The two expressions are made on first use, and run only where they can match: building
// the Unicode property classes costs V8 a few ms of CPU (ICU), each time an expression with
// them is parsed, which classify's start-up on a local log would pay for nothing.
/** A line start the runner's TrimStart plus a lenient `::` match could read as a v2 command. */
let v2Start;
let v1Prefix;
/**
 * Whether the line may start, after whitespace and ignorable characters, with `:`. A
 * printable ASCII character other than `:` first is neither, so such a line never does.
 */
function mayStartWithColon(line) {
    const c = line.charCodeAt(0);
    return !(c > 0x20 && c < 0x7f && c !== 0x3a);
}
/** `text` with no line the runner would read as a workflow command; lines and words kept. */
function inert(text) {
    if (!text.includes(':') && !text.includes('#'))
        return text;
    return text
        .split(LINE_BREAK)
        .map((part, i) => (i % 2 === 1 ? part : inertLine(part)))
        .join('');
}
function inertLine(line) {
    // `##[` needs a `#` (and a `[`); a v2 command a `:` where mayStartWithColon looks.
    const safe = line.includes('#')
        ? line.replace((v1Prefix ??= new RegExp(String.raw `#${IGNORABLE}*#${IGNORABLE}*\[`, 'gu')), '# #[')
        : line;
    if (!mayStartWithColon(safe))
        return safe;
    v2Start ??= new RegExp(String.raw `^(?:\s|${IGNORABLE})*:${IGNORABLE}*:`, 'u');
    return v2Start.test(safe) ? INERT_MARKER + safe : safe;
}
/** Each run of line breaks (CR, LF, NEL, U+2028, U+2029, VT, FF) as one space: for one-line values. */
function oneLine(text) {
    return text.replace(/[\r\n\v\f\u0085\u2028\u2029]+/g, ' ');
}


/***/ }),

/***/ 18506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lx: () => (/* binding */ outputWasSet),
/* harmony export */   n0: () => (/* binding */ setOutputs)
/* harmony export */ });
/* unused harmony exports MULTI_LINE_OUTPUTS, outputValue */
/* harmony import */ var _inert_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94326);
// Step outputs, remembered as they are set: when a step fails late (a push
// refused after the work was done), the outputs it already reported (the
// triage, the tokens spent) stay, and only the missing ones get their
// failure values.
//
// Every output is one line except the JSON ones below: `summary` carries a
// test name or an error message, and a workflow that reads it line by line
// (or pastes it into a one-line context) must not get a second line from
// the failing code. A new output is one line unless it is named here.
// Multi-line values are safe on the runner's side: @actions/core writes each
// output to GITHUB_OUTPUT as `name<<ghadelimiter_<random UUID>` \u2026 delimiter,
// and refuses a value that contains its delimiter.

/** Outputs that hold JSON (and so may be laid out on several lines). */
const MULTI_LINE_OUTPUTS = new Set([
    'failures',
    'triage',
    'pr-urls',
    'alerts'
]);
const written = new Set();
/** The value as the output carries it: one line, unless the output is JSON. */
function outputValue(name, value) {
    return MULTI_LINE_OUTPUTS.has(name) ? value : (0,_inert_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(value);
}
function setOutputs(core, values) {
    for (const [name, value] of Object.entries(values)) {
        core.setOutput(name, outputValue(name, value));
        written.add(name);
    }
}
/** Whether this step already set the output. */
function outputWasSet(name) {
    return written.has(name);
}


/***/ })

};
