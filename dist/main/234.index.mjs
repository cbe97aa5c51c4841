export const id = 234;
export const ids = [234];
export const modules = {

/***/ 80234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SELF_HEAL_FAILURE_OUTPUTS: () => (/* reexport */ failure_outputs/* SELF_HEAL_FAILURE_OUTPUTS */.aL),
  runSelfHeal: () => (/* binding */ runSelfHeal),
  selfHeal: () => (/* binding */ selfHeal)
});

// EXTERNAL MODULE: ./src/core/self-heal/index.ts + 7 modules
var self_heal = __webpack_require__(91470);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/engine/workspace-checks.ts
var workspace_checks = __webpack_require__(66465);
// EXTERNAL MODULE: ./src/actions/artifact-step.ts
var artifact_step = __webpack_require__(70596);
// EXTERNAL MODULE: ./src/edges/github/bot-identity.ts
var bot_identity = __webpack_require__(88980);
// EXTERNAL MODULE: ./src/edges/github/tracking-issue.ts
var tracking_issue = __webpack_require__(23521);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 5 modules
var schemas = __webpack_require__(42047);
;// CONCATENATED MODULE: ./src/core/self-heal/types.ts
// The Sentry shapes self-heal reads (a structural subset of the web API's
// payloads, reference \u00A72.1 and \u00A72.3) and the domain model it turns them into.
// Payload fields are optional or nullable where Sentry may omit them; the
// domain model has Sentry's types straightened out (`count` is a number).
function toCount(value) {
    const n = typeof value === 'number' ? value : Number.parseInt(value ?? '', 10);
    return Number.isFinite(n) && n >= 0 ? n : 0;
}
/** The domain issue from a list (or details) payload. */
function toErrorIssue(payload) {
    const metadata = payload.metadata ?? {};
    const hourly = (payload.stats?.['24h'] ?? []).filter((b) => Array.isArray(b) && typeof b[0] === 'number' && typeof b[1] === 'number');
    const title = payload.title;
    const colon = title.indexOf(': ');
    return {
        id: String(payload.id),
        shortId: payload.shortId,
        title,
        culprit: payload.culprit ?? null,
        permalink: payload.permalink ?? null,
        level: payload.level ?? 'error',
        status: payload.status ?? 'unresolved',
        substatus: payload.substatus ?? null,
        isUnhandled: payload.isUnhandled === true,
        platform: payload.platform ?? 'other',
        project: { id: payload.project?.id ?? '', slug: payload.project?.slug ?? '' },
        count: toCount(payload.count),
        userCount: toCount(payload.userCount),
        firstSeen: payload.firstSeen ?? null,
        lastSeen: payload.lastSeen ?? null,
        hourly,
        exceptionType: metadata.type ?? (colon > 0 ? title.slice(0, colon) : 'Error'),
        exceptionValue: metadata.value ?? (colon > 0 ? title.slice(colon + 2) : title),
        inAppFrameMix: metadata.in_app_frame_mix ?? undefined
    };
}

// EXTERNAL MODULE: ./src/edges/sentry/errors.ts
var sentry_errors = __webpack_require__(73093);
;// CONCATENATED MODULE: ./src/edges/sentry/link-header.ts
// Sentry's `Link` header (reference \u00A72.8): always a previous and a next
// link, each `<url>; rel="\u2026"; results="true|false"; cursor="\u2026"`. The next
// link is present on the last page too, with results="false".
/** Parses an RFC 8288 Link header; commas inside `<\u2026>` or quotes do not split. */
function parseLinkHeader(header) {
    if (!header)
        return [];
    const entries = [];
    let i = 0;
    const n = header.length;
    while (i < n) {
        const open = header.indexOf('<', i);
        if (open < 0)
            break;
        const close = header.indexOf('>', open + 1);
        if (close < 0)
            break;
        const url = header.slice(open + 1, close).trim();
        const params = {};
        i = close + 1;
        // parameters until the next top-level comma
        for (;;) {
            while (i < n && /\s/.test(header[i]))
                i += 1;
            if (i >= n)
                break;
            if (header[i] === ',') {
                i += 1;
                break;
            }
            if (header[i] !== ';') {
                i += 1;
                continue;
            }
            i += 1;
            while (i < n && /\s/.test(header[i]))
                i += 1;
            let name = '';
            while (i < n && !/[\s=;,]/.test(header[i]))
                name += header[i++];
            while (i < n && /\s/.test(header[i]))
                i += 1;
            let value = '';
            if (header[i] === '=') {
                i += 1;
                while (i < n && /\s/.test(header[i]))
                    i += 1;
                if (header[i] === '"') {
                    i += 1;
                    while (i < n && header[i] !== '"') {
                        if (header[i] === '\\' && i + 1 < n)
                            i += 1;
                        value += header[i++];
                    }
                    i += 1;
                }
                else {
                    while (i < n && !/[\s;,]/.test(header[i]))
                        value += header[i++];
                }
            }
            if (name)
                params[name.toLowerCase()] = value;
        }
        entries.push({ url, params });
    }
    return entries;
}
/** The next page's cursor, or undefined when `rel="next"` is absent or has `results="false"`. */
function nextCursor(header) {
    const next = parseLinkHeader(header).find(e => (e.params.rel ?? '').split(/\s+/).includes('next'));
    if (!next || next.params.results === 'false')
        return undefined;
    if (next.params.cursor)
        return next.params.cursor;
    try {
        return new URL(next.url).searchParams.get('cursor') ?? undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/edges/sentry/transport.ts
// One Sentry web API request, and every page of a list, on the global fetch.
// Pagination follows the Link header's next cursor until results="false".
// Rate limits: a 429 waits until X-Sentry-Rate-Limit-Reset (epoch seconds;
// Sentry sends no Retry-After, a proxy might, and then it is honoured too), a
// response with X-Sentry-Rate-Limit-Remaining: 0 delays the next request until
// the reset; self-hosted sends none of these headers and gets plain bounded
// backoff. Errors become typed errors naming the fix (./errors.ts); no answer
// at all, after the retries, is a NetworkError naming the Sentry host and
// sentry-url.



/** Requests to one Sentry host, sharing the rate limit's "not before" between them. */
class SentryTransport {
    options;
    /** Epoch ms before which no request is sent (Remaining hit 0). */
    notBefore = 0;
    constructor(options) {
        this.options = options;
    }
    /** The answer to one request, after the retries and rate-limit waits; throws a typed error. */
    async request(spec) {
        for (let attempt = 0;; attempt += 1) {
            const outcome = await this.attempt(spec, attempt);
            if ('answer' in outcome)
                return outcome.answer;
            await this.wait(outcome.retry);
        }
    }
    /** Every page of a list endpoint, following the Link header's next cursor. */
    async paginate(spec) {
        const { maxPages, logger } = this.options;
        const items = [];
        const seen = new Set();
        let cursor;
        for (let page = 0; page < maxPages; page += 1) {
            const query = new URLSearchParams(spec.query);
            if (cursor)
                query.set('cursor', cursor);
            const { body, headers } = await this.request({ ...spec, query });
            items.push(...listBody(spec, body));
            cursor = nextCursor(headers.get('link'));
            if (!cursor || seen.has(cursor))
                return items;
            seen.add(cursor);
        }
        logger.warning(`Sentry ${spec.path}: stopped after ${maxPages} pages (${items.length} items); the rest is not read.`);
        return items;
    }
    /** One try: the answer, or the wait before the next try; throws once the retries are spent. */
    async attempt(spec, attempt) {
        await this.waitForRemaining(spec);
        const response = await this.send(spec, attempt);
        if ('failed' in response)
            return { retry: networkRetry(spec, response.failed, attempt) };
        const { text, body } = await readBody(response);
        const headers = response.headers;
        const info = {
            method: spec.method,
            path: spec.path,
            status: response.status,
            detail: response.ok ? '' : (0,sentry_errors/* detailText */.HS)(body, text)
        };
        const reset = resetMs(headers);
        if (headers.get('x-sentry-rate-limit-remaining') === '0' && reset !== undefined) {
            this.notBefore = reset;
        }
        if (response.status === 429)
            return { retry: this.rateLimitRetry(info, headers, attempt) };
        if (response.status >= 500)
            return { retry: serverErrorRetry(info, attempt, this.options) };
        if (response.ok || spec.accept?.includes(response.status))
            return { answer: { status: response.status, body, headers } };
        throw (0,sentry_errors/* errorFor */.I$)(info, { ...spec.ctx, token: this.options.token, baseUrl: this.options.origin });
    }
    /** Waits out a Remaining: 0 of an earlier answer. */
    async waitForRemaining(spec) {
        const before = this.notBefore - this.options.now();
        if (before > 0) {
            await this.wait({
                ms: before,
                why: 'rate limit reached (X-Sentry-Rate-Limit-Remaining: 0)',
                info: { method: spec.method, path: spec.path, status: 0, detail: '' }
            });
        }
        this.notBefore = 0;
    }
    /** The fetch's response, or why no answer came when a retry is left. */
    async send(spec, attempt) {
        const { origin, token, logger, maxRetries } = this.options;
        const qs = spec.query?.toString();
        logger.debug(`Sentry ${spec.method} ${spec.path}${qs ? `?${qs}` : ''}`);
        try {
            return await fetch(`${origin}/api/0${spec.path}${qs ? `?${qs}` : ''}`, {
                method: spec.method,
                headers: {
                    Authorization: `Bearer ${token}`,
                    Accept: 'application/json',
                    'User-Agent': 'ci-medic',
                    ...(spec.body === undefined ? {} : { 'Content-Type': 'application/json' })
                },
                body: spec.body === undefined ? undefined : JSON.stringify(spec.body)
            });
        }
        catch (error) {
            if (attempt >= maxRetries)
                throw sentryNetworkError(error, origin);
            return { failed: error };
        }
    }
    /** A 429's wait: until the reset or the Retry-After, whichever is later, else backoff. */
    rateLimitRetry(info, headers, attempt) {
        if (attempt >= this.options.maxRetries) {
            throw new sentry_errors/* SentryRateLimitError */.TY(`Sentry kept answering 429 (${info.detail}) to ${info.method} ${info.path} after ${attempt} retries.`, info);
        }
        this.notBefore = 0;
        return { ...rateLimitDelay(headers, this.options.now(), attempt + 1), info };
    }
    async wait({ ms, why, info }) {
        const { maxWaitMs, logger, sleep } = this.options;
        if (ms > maxWaitMs) {
            throw new sentry_errors/* SentryRateLimitError */.TY(`Sentry asks to wait ${Math.ceil(ms / 1000)}s (${why}) before ${info.method} ${info.path}, longer than the ${maxWaitMs / 1000}s ci-medic waits. Run later, or lower the number of projects/issues read.`, info);
        }
        logger.warning(`Sentry ${why} on ${info.method} ${info.path}: waiting ${Math.ceil(ms / 1000)}s.`);
        await sleep(ms);
    }
}
/** The wait (backoff) after a fetch that got no answer. */
function networkRetry(spec, error, attempt) {
    return {
        ms: backoff(attempt + 1),
        why: 'network error',
        info: { method: spec.method, path: spec.path, status: 0, detail: String(error) }
    };
}
/** A 5xx's wait (backoff), or the error once the retries are spent. */
function serverErrorRetry(info, attempt, options) {
    if (attempt >= options.maxRetries) {
        throw new sentry_errors/* SentryApiError */.qC(`Sentry answered ${info.status} (${info.detail || 'no detail'}) to ${info.method} ${info.path} after ${attempt} retries.`, info);
    }
    return { ms: backoff(attempt + 1), why: `server error ${info.status}`, info };
}
/** How long a 429 asks to wait (retry number `retry`, from 1), and which header said so. */
function rateLimitDelay(headers, now, retry) {
    const reset = resetMs(headers);
    const fromReset = reset === undefined ? undefined : reset - now;
    const fromRetryAfter = retryAfterMs(headers.get('retry-after'), now);
    if (fromReset === undefined && fromRetryAfter === undefined) {
        return { ms: backoff(retry), why: 'rate limit (429 without reset headers)' };
    }
    const ms = Math.max(fromReset ?? 0, fromRetryAfter ?? 0);
    return {
        ms: ms <= 0 ? 1000 : ms,
        why: fromRetryAfter !== undefined && (fromReset === undefined || fromRetryAfter > fromReset)
            ? 'rate limit (Retry-After)'
            : 'rate limit (429 until X-Sentry-Rate-Limit-Reset)'
    };
}
/** The body's text and its JSON (undefined when empty or not JSON). */
async function readBody(response) {
    const text = await response.text();
    if (!text)
        return { text, body: undefined };
    try {
        return { text, body: JSON.parse(text) };
    }
    catch {
        return { text, body: undefined };
    }
}
/** A list endpoint's items; a body that is not a list is a server error. */
function listBody(spec, body) {
    if (Array.isArray(body))
        return body;
    throw new sentry_errors/* SentryApiError */.qC(`Sentry answered ${spec.method} ${spec.path} with a non-list body.`, {
        method: spec.method,
        path: spec.path,
        status: 200,
        detail: 'not a JSON array'
    });
}
function retryAfterMs(value, now) {
    if (!value)
        return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
function resetMs(headers) {
    const reset = Number(headers.get('x-sentry-rate-limit-reset') ?? '');
    return headers.has('x-sentry-rate-limit-reset') && Number.isFinite(reset)
        ? reset * 1000
        : undefined;
}
/** A fetch that got no answer from Sentry, naming its host and the sentry-url input. */
function sentryNetworkError(error, origin) {
    // fetch rejects only when no answer came; a failure without a known code is one too.
    const failure = (0,errors/* findNetworkFailure */.Ct)(error) ?? {
        code: undefined,
        detail: error instanceof Error ? error.message : String(error),
        host: undefined
    };
    return new errors/* NetworkError */.Dr({
        service: 'Sentry API',
        url: origin,
        input: 'sentry-url',
        failure,
        cause: error
    });
}
/** 1 s, 2 s, 4 s \u2026 capped at 30 s. */
function backoff(attempt) {
    return Math.min(30_000, 1000 * 2 ** (attempt - 1));
}

;// CONCATENATED MODULE: ./src/edges/sentry/client.ts
// The Sentry web API client self-heal uses (sentry.io, region hosts and
// self-hosted alike). Org-scoped endpoints only (reference \u00A70); the requests,
// pagination, rate-limit waits and typed errors are ./transport.ts.




// ---------------------------------------------------------------- schemas
const idString = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).transform(String);
const bucket = schemas/* tuple */.PVZ([schemas/* number */.aig(), schemas/* number */.aig()]);
const issueSchema = schemas/* object */.Ikc({
    id: idString,
    shortId: schemas/* string */.YjP(),
    title: schemas/* string */.YjP(),
    culprit: schemas/* string */.YjP().nullish(),
    permalink: schemas/* string */.YjP().nullish(),
    level: schemas/* string */.YjP().nullish(),
    status: schemas/* string */.YjP().nullish(),
    substatus: schemas/* string */.YjP().nullish(),
    isUnhandled: schemas/* boolean */.zMY().nullish(),
    platform: schemas/* string */.YjP().nullish(),
    project: schemas/* object */.Ikc({ id: idString, slug: schemas/* string */.YjP() }).nullish(),
    metadata: schemas/* object */.Ikc({
        type: schemas/* string */.YjP().nullish(),
        value: schemas/* string */.YjP().nullish(),
        filename: schemas/* string */.YjP().nullish(),
        function: schemas/* string */.YjP().nullish(),
        in_app_frame_mix: schemas/* string */.YjP().nullish()
    })
        .nullish(),
    count: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).nullish(),
    userCount: schemas/* number */.aig().nullish(),
    firstSeen: schemas/* string */.YjP().nullish(),
    lastSeen: schemas/* string */.YjP().nullish(),
    stats: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(bucket).nullish()).nullish(),
    firstRelease: schemas/* object */.Ikc({ version: schemas/* string */.YjP() }).nullish(),
    lastRelease: schemas/* object */.Ikc({ version: schemas/* string */.YjP() }).nullish()
});
const eventSchema = schemas/* looseObject */._H3({
    eventID: schemas/* string */.YjP().optional(),
    entries: schemas/* array */.YOg(schemas/* looseObject */._H3({ type: schemas/* string */.YjP() })).nullish()
});
const releaseSchema = schemas/* object */.Ikc({
    version: schemas/* string */.YjP(),
    dateCreated: schemas/* string */.YjP(),
    dateReleased: schemas/* string */.YjP().nullish(),
    lastDeploy: schemas/* object */.Ikc({ environment: schemas/* string */.YjP(), dateFinished: schemas/* string */.YjP() }).nullish(),
    firstEvent: schemas/* string */.YjP().nullish(),
    lastEvent: schemas/* string */.YjP().nullish()
});
const simpleEventSchema = schemas/* object */.Ikc({
    eventID: schemas/* string */.YjP(),
    dateCreated: schemas/* string */.YjP(),
    tags: schemas/* array */.YOg(schemas/* object */.Ikc({ key: schemas/* string */.YjP(), value: schemas/* string */.YjP() })).nullish()
});
/** `https://sentry.io/`, `https://sentry.io/api/0/` \u2192 `https://sentry.io`. */
function apiOrigin(baseUrl) {
    return baseUrl
        .trim()
        .replace(/\/+$/, '')
        .replace(/\/api\/0$/, '');
}
const seg = encodeURIComponent;
const issueCtx = (org) => ({ resource: 'issue', org, scope: 'event:read' });
function createSentryClient(options) {
    const origin = apiOrigin(options.baseUrl);
    const now = options.now ?? (() => Date.now());
    const api = new SentryTransport({
        origin,
        token: options.token,
        logger: options.logger,
        sleep: options.sleep ?? ((ms) => new Promise(r => setTimeout(r, ms))),
        now,
        maxRetries: options.maxRetries ?? 5,
        maxWaitMs: (options.maxWaitSeconds ?? 120) * 1000,
        maxPages: options.maxPages ?? 100
    });
    const notFound = { token: options.token, baseUrl: origin };
    return {
        baseUrl: origin,
        listUnresolvedIssues: q => listUnresolvedIssues(api, q, options.logger),
        getIssue: (org, id) => getIssue(api, org, id),
        latestEvent: (org, id, environment) => latestEvent(api, { org, id, environment }, { ...notFound, org }),
        resolveIssue: (org, id, statusDetails) => resolveIssue(api, org, id, statusDetails),
        addNote: (org, id, text) => addNote(api, org, id, text),
        getRelease: (org, version) => getRelease(api, org, version),
        listReleases: (org, project) => listReleases(api, org, project),
        listIssueEvents: (org, id, opts = {}) => listIssueEvents(api, { org, id, ...opts }, now)
    };
}
async function listUnresolvedIssues(api, q, logger) {
    const query = new URLSearchParams();
    const projects = q.projects.filter(p => p.trim() !== '');
    for (const p of projects.length ? projects : ['-1'])
        query.append('project', p.trim());
    if (q.environment)
        query.append('environment', q.environment);
    const extra = q.query?.trim();
    query.set('query', extra ? `is:unresolved ${extra}` : 'is:unresolved');
    query.set('statsPeriod', q.period);
    query.set('groupStatsPeriod', '24h');
    query.set('sort', 'freq');
    query.set('limit', '100');
    const raw = await api.paginate({
        method: 'GET',
        path: `/organizations/${seg(q.org)}/issues/`,
        query,
        ctx: { resource: 'organization', org: q.org, scope: 'event:read' }
    });
    return issuesOf(raw, logger);
}
/** The issues of a list answer, each once; an item that is not an issue is skipped with a warning. */
function issuesOf(raw, logger) {
    const issues = [];
    const ids = new Set();
    for (const item of raw) {
        const parsed = issueSchema.safeParse(item);
        if (!parsed.success) {
            logger.warning(`Sentry issue list: skipped an item that is not an issue (${parsed.error.issues[0]?.message ?? 'invalid'}).`);
            continue;
        }
        if (ids.has(parsed.data.id))
            continue;
        ids.add(parsed.data.id);
        issues.push(toErrorIssue(parsed.data));
    }
    return issues;
}
async function getIssue(api, org, id) {
    const { body } = await api.request({
        method: 'GET',
        path: `/organizations/${seg(org)}/issues/${seg(id)}/`,
        ctx: issueCtx(org)
    });
    const parsed = issueSchema.parse(body);
    return {
        ...toErrorIssue(parsed),
        firstRelease: parsed.firstRelease?.version ?? null,
        lastRelease: parsed.lastRelease?.version ?? null
    };
}
/** The latest event with a stack trace, else the recommended one, else the latest without one. */
async function latestEvent(api, q, errorCtx) {
    const latest = await issueEvent(api, q, 'latest');
    if (latest && hasStackTrace(latest))
        return latest;
    const recommended = await issueEvent(api, q, 'recommended');
    if (recommended && (hasStackTrace(recommended) || !latest))
        return recommended;
    if (latest)
        return latest;
    const path = `/organizations/${q.org}/issues/${q.id}/events/latest/`;
    throw (0,sentry_errors/* errorFor */.I$)({ method: 'GET', path, status: 404, detail: 'no latest or recommended event' }, { resource: 'event', scope: 'event:read', ...errorCtx });
}
/** One of an issue's named events; undefined when there is none or it is not an event. */
async function issueEvent(api, { org, id, environment }, which) {
    const query = new URLSearchParams();
    if (environment)
        query.append('environment', environment);
    const { status, body } = await api.request({
        method: 'GET',
        path: `/organizations/${seg(org)}/issues/${seg(id)}/events/${which}/`,
        query,
        ctx: { resource: 'event', org, scope: 'event:read' },
        accept: [404]
    });
    if (status === 404)
        return undefined;
    const parsed = eventSchema.safeParse(body);
    return parsed.success ? parsed.data : undefined;
}
async function resolveIssue(api, org, id, statusDetails) {
    const { body } = await api.request({
        method: 'PUT',
        path: `/organizations/${seg(org)}/issues/${seg(id)}/`,
        body: { status: 'resolved', statusDetails },
        ctx: { resource: 'issue', org, scope: 'event:write' }
    });
    const b = (body ?? {});
    return {
        status: typeof b.status === 'string' ? b.status : 'resolved',
        statusDetails: b.statusDetails && typeof b.statusDetails === 'object'
            ? b.statusDetails
            : {}
    };
}
async function addNote(api, org, id, text) {
    const { body } = await api.request({
        method: 'POST',
        path: `/organizations/${seg(org)}/issues/${seg(id)}/notes/`,
        body: { text },
        ctx: { resource: 'issue', org, scope: 'event:write' },
        accept: [400]
    });
    const b = (body ?? {});
    if (typeof b.id === 'string')
        return { posted: true, id: b.id };
    const detail = (0,sentry_errors/* detailText */.HS)(body);
    if (/already posted/i.test(detail))
        return { posted: false, id: undefined };
    throw new sentry_errors/* SentryApiError */.qC(`Sentry refused the note on issue ${id}: ${detail}.`, {
        method: 'POST',
        path: `/organizations/${org}/issues/${id}/notes/`,
        status: 400,
        detail
    });
}
async function getRelease(api, org, version) {
    const { status, body } = await api.request({
        method: 'GET',
        path: `/organizations/${seg(org)}/releases/${seg(version)}/`,
        ctx: { resource: 'release', org, scope: 'project:read' },
        accept: [404]
    });
    if (status === 404)
        return undefined;
    return releaseOf(body);
}
async function listReleases(api, org, project) {
    const query = new URLSearchParams({ per_page: '100' });
    query.append('project', project);
    const { body } = await api.request({
        method: 'GET',
        path: `/organizations/${seg(org)}/releases/`,
        query,
        ctx: { resource: 'release', org, scope: 'project:read' }
    });
    return (Array.isArray(body) ? body : []).flatMap(item => releaseOf(item) ?? []);
}
async function listIssueEvents(api, q, now) {
    const query = new URLSearchParams();
    if (q.start) {
        query.set('start', q.start);
        query.set('end', new Date(now() + 60_000).toISOString());
    }
    if (q.query)
        query.set('query', q.query);
    if (q.environment)
        query.append('environment', q.environment);
    query.set('per_page', '100');
    const raw = await api.paginate({
        method: 'GET',
        path: `/organizations/${seg(q.org)}/issues/${seg(q.id)}/events/`,
        query,
        ctx: issueCtx(q.org)
    });
    return raw.flatMap(item => eventSummaryOf(item) ?? []);
}
function eventSummaryOf(item) {
    const parsed = simpleEventSchema.safeParse(item);
    if (!parsed.success)
        return undefined;
    const tag = (k) => parsed.data.tags?.find(t => t.key === k)?.value;
    return {
        eventID: parsed.data.eventID,
        dateCreated: parsed.data.dateCreated,
        release: tag('release'),
        environment: tag('environment')
    };
}
function releaseOf(body) {
    const parsed = releaseSchema.safeParse(body);
    if (!parsed.success)
        return undefined;
    const r = parsed.data;
    return {
        version: r.version,
        dateCreated: r.dateCreated,
        dateReleased: r.dateReleased ?? null,
        lastDeploy: r.lastDeploy ?? null,
        firstEvent: r.firstEvent ?? null,
        lastEvent: r.lastEvent ?? null
    };
}
/** Whether an event's exception carries any frame. */
function hasStackTrace(event) {
    for (const entry of event.entries ?? []) {
        if (entry.type !== 'exception')
            continue;
        const values = entry.data?.values;
        if (values?.some(v => (v.stacktrace?.frames?.length ?? 0) > 0))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/edges/sentry/index.ts




// EXTERNAL MODULE: ./src/core/self-heal/error-context.ts
var error_context = __webpack_require__(54663);
// EXTERNAL MODULE: ./src/models/catalog.ts
var catalog = __webpack_require__(94765);
// EXTERNAL MODULE: ./src/settings/fields.ts
var fields = __webpack_require__(20764);
// EXTERNAL MODULE: ./src/settings/fixing-settings.ts
var fixing_settings = __webpack_require__(34668);
// EXTERNAL MODULE: ./src/settings/ledger-fields.ts
var ledger_fields = __webpack_require__(77328);
// EXTERNAL MODULE: ./src/settings/shared-fields.ts
var shared_fields = __webpack_require__(32924);
;// CONCATENATED MODULE: ./src/settings/self-heal-settings.ts








const severityRulesSchema = schemas/* array */.YOg(schemas/* object */.Ikc({
    /** Conditions, all of which must hold (SeverityRule in core/self-heal/severity.ts). */
    when: schemas/* object */.Ikc({
        level: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
        unhandled: schemas/* boolean */.zMY().optional(),
        minUsers: schemas/* number */.aig().optional(),
        minEventsPerHour: schemas/* number */.aig().optional(),
        titleMatches: schemas/* string */.YjP().optional(),
        substatus: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
        context: schemas/* array */.YOg(schemas/* enum */.k5n(error_context/* ERROR_CONTEXTS */.et)).optional(),
        mechanism: schemas/* string */.YjP().optional(),
        minStatus: schemas/* number */.aig().optional(),
        transactionMatches: schemas/* string */.YjP().optional()
    })
        .strict(),
    severity: schemas/* enum */.k5n(['P0', 'P1', 'P2'])
}));
const selfHealFields = {
    'sentry-url': (0,fields/* url */.OZ)('https://de.sentry.io', 'https://sentry.io'),
    'sentry-token': (0,fields/* secret */.rJ)('${{ secrets.SENTRY_TOKEN }}', true),
    'sentry-org': (0,fields/* requiredText */.$4)('my-org'),
    'sentry-project': (0,fields/* list */.p_)('web-api', ''),
    environment: (0,fields/* text */.Qq)('production', ''),
    period: (0,fields/* matching */.wC)(/^\d+[smhdw]$/, 'must be a Sentry period like 24h, 7d or 90m', '14d', '24h'),
    mode: (0,fields/* oneOf */.yL)(['triage', 'fix'], 'fix'),
    'max-fixes': (0,fields/* int */.Wh)(5, 1, 50),
    'max-prs-per-day': (0,fields/* int */.Wh)(5, 1, 500),
    'time-budget-minutes': (0,fields/* int */.Wh)(30, 1, 360),
    'rate-guard-per-hour': (0,fields/* int */.Wh)(100, 1, 100_000_000),
    'min-events': (0,fields/* int */.Wh)(2, 1, 100_000_000),
    'exclude-paths': (0,fields/* list */.p_)('src/vendor/**, **/generated/**', ''),
    'path-mappings': (0,fields/* lines */.Mn)('/app/dist/=src/\nwebpack://web/=packages/web/', ''),
    'severity-rules': (0,fields/* json */.Pq)(severityRulesSchema, '[{"when": {"context": ["request"], "transactionMatches": "^POST /api/checkout"}, "severity": "P0"}]'),
    'resolve-on-verify': (0,fields/* bool */.lc)(true),
    'verify-soak-hours': (0,fields/* int */.Wh)(24, 1, 24 * 30),
    ...(0,shared_fields/* modelFields */.D0)(catalog/* DEFAULT_MODELS */.$b.fix),
    ...shared_fields/* fixLoopFields */.ZX,
    labels: (0,fields/* list */.p_)('auto-fix, sentry', 'auto-fix, sentry'),
    'sentry-notes': (0,fields/* bool */.lc)(true),
    'tracking-issue-title': (0,fields/* text */.Qq)('Production errors fixed by ci-medic', 'ci-medic self-heal: Sentry fixes'),
    publish: (0,fields/* oneOf */.yL)(['same-job', 'separate-job'], 'same-job'),
    ...ledger_fields/* ledgerFields */.Xx,
    'retry-fingerprints': ledger_fields/* retryFingerprintsField */.Mx,
    ...shared_fields/* githubFields */.bA
};
function readSelfHealSettings(source, onSecret) {
    const v = (0,fields/* readFields */.qU)(selfHealFields, source, onSecret);
    // A proposal needs no token: the publish job pushes it and writes the issues.
    if (v.mode === 'fix' && v.publish === 'same-job')
        (0,fixing_settings/* requireTokenUnlessDryRun */.tc)(v['github-token'], v['dry-run'], 'self-heal');
    return {
        ...(0,fixing_settings/* fixLoopSettingsOf */.QS)(v),
        sentryUrl: v['sentry-url'],
        sentryToken: v['sentry-token'],
        sentryOrg: v['sentry-org'],
        sentryProjects: v['sentry-project'],
        environment: v.environment,
        period: v.period,
        mode: v.mode,
        maxFixes: v['max-fixes'],
        maxPrsPerDay: v['max-prs-per-day'],
        rateGuardPerHour: v['rate-guard-per-hour'],
        minEvents: v['min-events'],
        excludePaths: v['exclude-paths'],
        pathMappings: v['path-mappings'].map(parsePathMapping),
        severityRules: v['severity-rules'],
        resolveOnVerify: v['resolve-on-verify'],
        verifySoakHours: v['verify-soak-hours'],
        sentryNotes: v['sentry-notes'],
        trackingIssueTitle: v['tracking-issue-title'],
        publish: v.publish,
        ...(0,ledger_fields/* ledgerSettingsOf */.kZ)(v),
        retryFingerprints: v['retry-fingerprints']
    };
}
function parsePathMapping(line) {
    const at = line.indexOf('=');
    if (at <= 0) {
        throw new errors/* ConfigurationError */.j1(`Input 'path-mappings' line '${line}' must be 'frame-prefix=repo-path'. Example: path-mappings: /app/dist/=src/`);
    }
    return { from: line.slice(0, at).trim(), to: line.slice(at + 1).trim() };
}

// EXTERNAL MODULE: ./src/actions/fixing-run-deps.ts + 2 modules
var fixing_run_deps = __webpack_require__(27862);
;// CONCATENATED MODULE: ./src/actions/self-heal/deps.ts





/** The runner's deps: inputs, context and environment of this step. */
async function runnerDeps(inputs, cancel) {
    return buildSelfHealDeps(await (0,fixing_run_deps/* runnerBuildOptions */.Z8)(readSelfHealSettings, inputs, cancel));
}
async function buildSelfHealDeps(options) {
    const { settings, context, io } = options;
    const secrets = [settings.githubToken, settings.anthropicApiKey, settings.sentryToken].filter(Boolean);
    const { github, model } = (0,fixing_run_deps/* fixingClients */.y2)(options);
    return {
        ...(await (0,fixing_run_deps/* buildFixingRunDeps */.$H)(options, { secrets, decisionLog: 'self-heal-decisions.jsonl' })),
        settings,
        context,
        io,
        sentry: createSentryClient({
            baseUrl: settings.sentryUrl,
            token: settings.sentryToken,
            logger: io.logger
        }),
        github: github ? await gitHubSide(github, settings) : undefined,
        model
    };
}
async function gitHubSide({ client, repo }, settings) {
    const botLogin = await (0,bot_identity.resolveBotLogin)(client);
    return {
        client,
        repo,
        botLogin,
        tracking: (0,tracking_issue/* trackingIssue */.T)(client, repo, settings.trackingIssueTitle, botLogin)
    };
}

// EXTERNAL MODULE: ./src/core/fixing/index.ts + 9 modules
var fixing = __webpack_require__(24227);
// EXTERNAL MODULE: ./src/edges/github/pull-requests.ts
var pull_requests = __webpack_require__(39680);
// EXTERNAL MODULE: ./src/engine/checks.ts
var checks = __webpack_require__(79677);
// EXTERNAL MODULE: ./src/actions/learnings.ts
var actions_learnings = __webpack_require__(81964);
// EXTERNAL MODULE: ./src/core/fixing/change-verdict.ts
var change_verdict = __webpack_require__(96937);
// EXTERNAL MODULE: ./src/core/fixing/labels.ts
var labels = __webpack_require__(74174);
// EXTERNAL MODULE: ./src/core/fixing/source-text.ts
var source_text = __webpack_require__(73910);
// EXTERNAL MODULE: ./src/core/self-heal/reproduction.ts
var reproduction = __webpack_require__(64205);
;// CONCATENATED MODULE: ./src/core/self-heal/fix-verdict.ts




/** Whether this failure's text shows the production error (its type and message). */
function showsProductionError(failure, error) {
    const output = `${failure.message}\n${failure.excerpt}`;
    return (0,reproduction/* reproductionVerdict */.O)({ passed: false, output }, error.exceptionType, error.exceptionValue)
        .reproduced;
}
/**
 * `narrowed`: the reproduction command ran that test alone, and it passed
 * (the caller checked). Otherwise the full checks alone say whether it passes.
 */
function judgeHealFix(baseline, after, change) {
    const { subject, narrowed } = change;
    const testFile = (0,source_text/* normalizePath */.Fd)(subject.testFile);
    const ofTest = (f) => f.file !== undefined && (0,source_text/* normalizePath */.Fd)(f.file) === testFile;
    const fresh = new Set((0,change_verdict/* newFailures */.gy)(baseline, after));
    const isSubject = (f) => ofTest(f) || (fresh.has(f) && showsProductionError(f, subject));
    const { broken, stillThere } = (0,change_verdict/* judgeChange */.sx)(baseline, after, isSubject);
    if (broken.length)
        return { ok: false, why: `it broke ${fix_verdict_labels(broken)}` };
    if (stillThere.some(ofTest)) {
        const failing = stillThere.filter(ofTest);
        return { ok: false, why: `the reproduction test still fails (${fix_verdict_labels(failing)})` };
    }
    if (stillThere.length) {
        return {
            ok: false,
            why: `the full checks still show the production error (${fix_verdict_labels(stillThere)})`
        };
    }
    if (narrowed) {
        return {
            ok: true,
            why: 'the reproduction test passes and the full checks show nothing new, on clean checkouts of the change'
        };
    }
    const opaque = after.find(change_verdict/* isOpaqueTestRun */.xr);
    if (opaque) {
        return {
            ok: false,
            why: `the test runner cannot run one file, and the full test run (${opaque.message}) shows no failure that can be read, so whether the reproduction test passes cannot be told`
        };
    }
    return {
        ok: true,
        why: 'the full checks on a clean checkout of the change no longer show the reproduction test or the production error, and show nothing new'
    };
}
/**
 * Why a reproduction cannot be judged when the runner cannot run one file
 * (its command is the whole suite), from the base commit's failures; undefined
 * when it can. Either the suite already fails with the production error (a new
 * test's failure cannot be told apart), or it fails without a failure that can
 * be read (whether a fix makes the new test pass could never be told).
 */
function unnarrowedBlocker(baseline, error) {
    if (baseline.some(f => showsProductionError(f, error))) {
        return `the test runner cannot run one file, and the full suite already fails with ${error.exceptionType} on the base commit, so a new test's failure cannot be told apart`;
    }
    const opaque = baseline.find(change_verdict/* isOpaqueTestRun */.xr);
    if (opaque) {
        return `the test runner cannot run one file, and the full suite already fails on the base commit without a failure that can be read (${opaque.message}), so whether a fix makes the new test pass could never be told`;
    }
    return undefined;
}
function fix_verdict_labels(failures) {
    return failures.slice(0, 3).map(labels/* failureLabel */.Zu).join('; ');
}

// EXTERNAL MODULE: ./src/core/fixing/limits.ts
var limits = __webpack_require__(29729);
// EXTERNAL MODULE: ./src/core/self-heal/prompts.ts
var prompts = __webpack_require__(47300);
// EXTERNAL MODULE: ./src/core/self-heal/pull-request.ts
var pull_request = __webpack_require__(89056);
// EXTERNAL MODULE: ./src/edges/workspace/index.ts + 9 modules
var workspace = __webpack_require__(17628);
// EXTERNAL MODULE: ./src/engine/attempt-loop.ts + 1 modules
var attempt_loop = __webpack_require__(15236);
// EXTERNAL MODULE: ./src/engine/commit-identity.ts
var commit_identity = __webpack_require__(82884);
// EXTERNAL MODULE: ./src/engine/verify-steps.ts
var verify_steps = __webpack_require__(26087);
;// CONCATENATED MODULE: ./src/actions/self-heal/heal-loop.ts












async function healGroup(all, c) {
    const lead = c.members[0];
    const branch = (0,pull_request/* healBranch */.bu)(lead.shortId);
    // A group's fingerprint in the ledger is `sentry:<group id>`; it has no CI category.
    const subject = { fingerprints: [`sentry:${c.group.id}`, c.group.id], files: c.group.files };
    const shown = (0,actions_learnings/* learningsFor */.$)(all.learnings ?? [], subject, all.log, c.group.id);
    const deps = { ...all, shown };
    const learnings = shown.length ? { learnings: shown.map(l => l.path) } : {};
    const result = (verdict, reason, extra = {}) => ({
        group: c.group.id,
        lead: lead.shortId,
        shortIds: c.members.map(m => m.shortId),
        verdict,
        reason,
        branch,
        ...learnings,
        ...extra
    });
    // Where the checkout was: a group that ends without a fix goes back there and leaves no branch.
    const back = { branch: await deps.git.currentBranch(), sha: deps.baseSha };
    await deps.git.createBranch(branch, deps.baseSha);
    const start = await deps.git.snapshot();
    const abandon = async () => {
        await deps.git.restore(start);
        await deps.git.dropBranch(branch, back);
    };
    try {
        const repro = await (0,attempt_loop/* attemptLoop */.c)(deps, stageSpec(deps, c, 'reproduce'));
        if (repro.kind !== 'verified') {
            await abandon();
            return repro.kind === 'stopped'
                ? result(repro.verdict, repro.reason, { runBudgetStop: repro.runBudgetStop })
                : result('not-reproduced', `could not reproduce it: ${repro.reason}`);
        }
        const { testFile, output: failingOutput } = repro.value;
        const fix = await (0,attempt_loop/* attemptLoop */.c)(deps, stageSpec(deps, c, 'fix', repro.value));
        if (fix.kind !== 'verified') {
            await abandon();
            return fix.kind === 'stopped'
                ? result(fix.verdict, fix.reason, { testFile, runBudgetStop: fix.runBudgetStop })
                : result('not-fixed', `reproduced by ${testFile}, but no fix passed verification: ${fix.reason}`, { testFile, failingOutput });
        }
        const head = await commitHeal(deps, c, { testFile, fix });
        return result('fixed', `reproduced by ${testFile}; fixed in ${fix.files.join(', ')}`, {
            head,
            testFile,
            fixFiles: fix.files,
            failingOutput,
            reproductionNote: repro.note,
            fixNote: fix.note,
            model: fix.model
        });
    }
    catch (error) {
        // Nothing unverified may stay in the workspace, whatever went wrong (nor an empty branch).
        await deps.git.restore(start);
        await deps.git.dropBranch(branch, back).catch(() => undefined);
        throw error;
    }
}
/** Two commits: the test first (it documents the bug), then the fix; returns the fix's sha. */
async function commitHeal(deps, c, done) {
    const lead = c.members[0];
    const ids = c.members.map(m => m.shortId).join(', ');
    await deps.git.commit(`test: reproduce Sentry ${(0,fixing/* commitSafe */.XV)(ids)}\n\nci-medic self-heal: this test failed with ${(0,fixing/* commitSafe */.XV)(lead.exceptionType)} before the fix.`, [done.testFile], commit_identity/* BOT_AUTHOR */.G);
    const where = c.group.topFrame?.function ?? c.group.topFrame?.file ?? 'the application';
    const sha = await deps.git.commit(`fix: ${(0,fixing/* commitSafe */.XV)(`${lead.exceptionType} in ${where}`)}\n\nci-medic self-heal (${done.fix.model}), verified: the reproduction test passes and the full checks show nothing new.\n\n${(0,pull_request/* sentryFixesLines */.Yj)(c.members).join('\n')}`, done.fix.files, commit_identity/* BOT_AUTHOR */.G);
    deps.log.record('committed', {
        key: c.group.id,
        sha,
        files: [done.testFile, ...done.fix.files]
    });
    return sha;
}
function stageSpec(deps, c, stage, reproduction) {
    const common = {
        key: c.group.id,
        stage,
        files: [...c.group.files, ...(reproduction ? [reproduction.testFile] : [])],
        buildPrompt: ({ files, previous }) => (0,prompts/* buildHealPrompt */.Bt)({
            stage,
            case: c,
            files,
            repoFiles: deps.repoFiles,
            protectedPaths: deps.settings.protectedPaths,
            maxFilesChanged: deps.settings.maxFilesChanged,
            tools: (0,workspace/* toolDefinitions */.$I)(),
            reproduction,
            previousAttempts: previous,
            learnings: deps.shown
        })
    };
    if (!reproduction) {
        return {
            ...common,
            testCommand: tools => testRunFor(deps.project, tools.writtenFiles().find(fixing/* isTestFile */.hl) ?? '').command,
            nothingToRun: 'No test file written yet: write the reproduction test first.',
            verify: diff => verifyReproduction(deps, c, diff)
        };
    }
    return {
        ...common,
        testCommand: () => reproduction.command,
        verify: diff => verifyHealFix(deps, c, { diff, reproduction })
    };
}
/** A reproduction: only new test files, and running them fails with the production error. */
async function verifyReproduction(deps, c, diff) {
    const lead = c.members[0];
    const shape = (0,reproduction/* checkReproductionDiff */.w)(diff);
    if (!shape.ok)
        return { ok: false, why: shape.reason ?? 'not a reproduction test' };
    const testFile = shape.testFiles[0];
    const { command, narrowed } = testRunFor(deps.project, testFile);
    const blocked = narrowed ? undefined : unnarrowedBlocker(deps.baseline, lead);
    if (blocked)
        return { ok: false, why: blocked };
    // On a clean checkout of the test: a file git ignores cannot make it fail the right way.
    const at = { key: c.group.id, stage: 'reproduce' };
    const run = await (0,verify_steps/* onCleanCheckout */.hq)(deps, at, (0,fixing/* pathsOf */.wG)(diff), async (root) => {
        const result = await deps.runner.run(command, { cwd: root, timeoutMs: (0,attempt_loop/* commandTimeout */.b)(deps) });
        return { ...result, output: `${result.stdout}\n${result.stderr}`.split(`${root}/`).join('') };
    });
    const output = run.output;
    const verdict = (0,reproduction/* reproductionVerdict */.O)({ passed: run.exitCode === 0 && !run.timedOut, output }, lead.exceptionType, lead.exceptionValue);
    deps.log.record('check', {
        key: c.group.id,
        stage: 'reproduce',
        command,
        exitCode: run.exitCode,
        reproduced: verdict.reproduced
    });
    if (!verdict.reproduced) {
        return {
            ok: false,
            why: verdict.reason,
            feedback: `${verdict.reason}.\n${output.slice(-limits/* FEEDBACK_TAIL */.fl)}`
        };
    }
    return {
        ok: true,
        why: verdict.reason,
        value: { testFile, command, narrowed, output: output.slice(-limits/* REPRODUCTION_OUTPUT_TAIL */.IR) }
    };
}
/**
 * A fix: no test touched, the reproduction test passes, the full checks show
 * nothing new, on clean checkouts of the change. When the runner cannot run
 * one file, the reproduction command is the whole suite: its exit code would
 * also count every test that already fails on the base commit, so no fix
 * could ever pass it; the full checks' parsed failures alone judge the fix
 * (judgeHealFix).
 */
async function verifyHealFix(deps, c, change) {
    const { diff, reproduction } = change;
    const touchedTests = diff.filter(d => (0,fixing/* isTestFile */.hl)(d.path) || d.path === reproduction.testFile);
    if (touchedTests.length) {
        return {
            ok: false,
            why: `the fix may not change tests (${touchedTests.map(d => d.path).join(', ')})`
        };
    }
    const at = { key: c.group.id, stage: 'fix' };
    // Judged on clean checkouts of the test and the fix only (see verify-steps.ts), one
    // per run, so nothing one run writes is there for the next; the model's own runs
    // were in the workspace.
    const paths = [reproduction.testFile, ...(0,fixing/* pathsOf */.wG)(diff)];
    if (reproduction.narrowed) {
        const test = { command: reproduction.command, what: 'the reproduction test' };
        const clean = await (0,verify_steps/* onCleanCheckout */.hq)(deps, at, paths, root => (0,verify_steps/* mustPass */.Nk)(deps, at, { ...test, root }));
        if (clean)
            return { ...clean, feedback: `${verify_steps/* CLEAN_CHECKOUT_NOTE */.gf}\n${clean.feedback}` };
    }
    const full = await (0,verify_steps/* onCleanCheckout */.hq)(deps, at, paths, root => (0,verify_steps/* fullChecks */.bv)(deps, deps.project, c.group.id, root));
    const lead = c.members[0];
    const verdict = judgeHealFix(deps.baseline, (0,checks/* failuresOf */.dJ)(full), {
        subject: {
            testFile: reproduction.testFile,
            exceptionType: lead.exceptionType,
            exceptionValue: lead.exceptionValue
        },
        narrowed: reproduction.narrowed
    });
    if (verdict.ok)
        return { ok: true, why: verdict.why, value: null };
    // The checks' output first and the verdict last: the next prompt keeps the end of it.
    const tails = full
        .filter(r => r.failures.length)
        .map(r => `$ ${r.command}\n${(0,checks/* outputTail */.ci)(r, limits/* FEEDBACK_TAIL_PER_CHECK */.Gh)}\n`);
    return {
        ok: false,
        why: verdict.why,
        feedback: `${tails.join('')}Reverted: ${verdict.why} (the full checks ran on a clean checkout of the change: only committed files count, nothing git ignores).`
    };
}
/** The command that runs just this test file (the full test command when the runner cannot narrow). */
function testRunFor(project, file) {
    if (!file)
        return { command: '', narrowed: false };
    const narrowed = (0,fixing/* affectedTestCommand */.Im)(project, { file });
    return narrowed
        ? { command: narrowed, narrowed: true }
        : { command: project.testCommand, narrowed: false };
}
/** The checks a verified fix passed, for the PR body. */
function checkNames(project) {
    return (0,checks/* commandsOf */.Kf)(project).map(c => c.command);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/ledger/heal-outcome-of.ts
var heal_outcome_of = __webpack_require__(80026);
// EXTERNAL MODULE: ./src/core/ledger/outcome-of.ts
var outcome_of = __webpack_require__(91535);
// EXTERNAL MODULE: ./src/actions/fixing-ledger.ts + 1 modules
var fixing_ledger = __webpack_require__(73661);
;// CONCATENATED MODULE: ./src/actions/self-heal/ledger-step.ts
// self-heal and the ledger: read before healing (a group autofix or
// self-heal failed to fix twice is not attempted a third time, unless a
// commit since touched its files, a learning about it changed,
// retry-fingerprints names it, or a writer put the ci-medic:retry label on
// its P0 alert issue; that label comes off after the attempt), written
// after (one outcome record per group handled, and one per earlier fix whose
// check settled: the error stopped, verified; it came back, regressed).
// Only in fix mode; a dry run reads but writes nothing, and a cancelled run
// skips the write (the step is skipped once cancelled).





async function readTheLedger(deps, run) {
    const { settings, io } = deps;
    const startSha = (await deps.git.head()) ?? '';
    run.ledger = { failedTwice: new Map(), startSha };
    if (settings.ledger === 'none' || (settings.ledger === 'issue' && !deps.github))
        return;
    const store = await (0,fixing_ledger/* openRunLedger */.fC)(deps).catch((error) => {
        run.journal.couldNot('ledger-read', `The ledger could not be opened (${(0,errors/* errorMessage */.gJ)(error)}).`);
        return undefined;
    });
    if (!store)
        return;
    const ledger = await (0,fixing_ledger/* readFixingLedger */.FE)(store, settings.ledger, run.journal, io.logger);
    // An issue ledger that cannot be read is not written either (it would start a second page).
    if (!ledger && settings.ledger === 'issue')
        return;
    const gate = ledger
        ? await (0,fixing_ledger/* failedTwiceGate */.$W)({
            ...(0,fixing_ledger/* gateInputOfRun */.sD)(deps),
            outcomes: ledger.outcomes.filter(o => (0,heal_outcome_of/* isSentryFingerprint */.As)(o.fingerprint)),
            retryLabels: aboutGroups((0,fixing_ledger/* retryLabelsVia */.Sv)(deps.github)),
            journal: run.journal
        })
        : undefined;
    run.ledger = {
        store,
        failedTwice: gate?.skip ?? new Map(),
        startSha,
        retried: gate?.retried ?? []
    };
}
/** A P0 alert is about `sentry-p0-<group>`; its label asks to retry the group's ledger fingerprint, `sentry:<group>`. */
function aboutGroups(find) {
    if (!find)
        return undefined;
    return async () => {
        const found = await find();
        const asks = found.asks.map(ask => ({
            ...ask,
            fingerprints: ask.fingerprints.flatMap(f => {
                const group = /^sentry-p0-(.+)$/.exec(f)?.[1];
                return group ? [f, (0,heal_outcome_of/* sentryFingerprint */.aX)(group)] : [f];
            })
        }));
        return { ...found, asks };
    };
}
/** Why a group is not attempted: it failed twice before (undefined when it may be attempted). */
function failedTwiceBefore(run, groupId) {
    return run.ledger?.failedTwice.get((0,heal_outcome_of/* sentryFingerprint */.aX)(groupId));
}
async function writeTheLedger(deps, run) {
    const store = run.ledger?.store;
    if (!store)
        return;
    const records = await outcomeRecords(deps, run);
    if (deps.settings.dryRun) {
        deps.io.logger.info(`Dry run: ${records.length} outcome record(s) not written to the ledger.`);
        return;
    }
    // publish: separate-job: this job holds no write token, so the records go into the proposal
    // (written after this step: propose.ts), and the publish job appends them to the ledger issue.
    if (deps.settings.publish === 'separate-job' && deps.settings.ledger === 'issue') {
        run.journal.fact('ledger-written', fixing_ledger/* PROPOSED_LEDGER_NOTE */.ut);
        run.proposedOutcomes = records;
        return;
    }
    await (0,fixing_ledger/* writeOutcomes */.t4)(store, records, deps.settings.ledger, {
        journal: run.journal,
        logger: deps.io.logger
    });
    // A ci-medic:retry label asked for one more try: it was made, so the label comes off.
    if (deps.settings.publish === 'separate-job')
        return;
    const attempted = run.results.filter(r => ['fixed', 'not-fixed', 'not-reproduced'].includes(r.verdict));
    await (0,fixing_ledger/* releaseRetryLabels */.Lg)(deps.github, run.ledger?.retried ?? [], new Set(attempted.map(r => (0,heal_outcome_of/* sentryFingerprint */.aX)(r.group))), deps.io.logger);
}
async function outcomeRecords(deps, run) {
    const text = await (0,promises_.readFile)(deps.log.path, 'utf8').catch(() => '');
    const facts = (0,outcome_of/* factsByKey */.cb)(text.split('\n').flatMap(line => {
        try {
            return line.trim() ? [JSON.parse(line)] : [];
        }
        catch {
            return [];
        }
    }));
    const base = {
        time: new Date(deps.clock()).toISOString(),
        runId: deps.context.runId,
        runAttempt: deps.context.runAttempt,
        sha: run.ledger?.startSha ?? ''
    };
    const groups = new Map(run.triage.groups.map(g => [g.id, g]));
    const handled = run.results.flatMap(result => {
        const group = groups.get(result.group);
        const usage = deps.budget.failureTotals(result.group);
        const record = (0,heal_outcome_of/* outcomeOfGroup */.bh)({
            result,
            run: base,
            title: group ? `${group.exceptionType}: ${group.message}` : '',
            files: group?.files ?? [],
            attempts: facts.get(result.group)?.attempts ?? 0,
            tokens: usage.inputTokens + usage.outputTokens,
            costUsd: usage.costUsd,
            seconds: facts.get(result.group)?.seconds ?? 0,
            failedTwice: failedTwiceBefore(run, result.group) !== undefined
        });
        return record ? [record] : [];
    });
    const settled = run.checks.flatMap(check => {
        const fix = run.state.fixes.find(f => f.prNumber === check.prNumber);
        const record = fix && (0,heal_outcome_of/* outcomeOfFixCheck */.Dw)(check, fix, base);
        return record ? [record] : [];
    });
    return [...settled, ...handled];
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/proposal/proposal.ts
var proposal_proposal = __webpack_require__(44130);
// EXTERNAL MODULE: ./src/engine/tokenless-scratch.ts
var tokenless_scratch = __webpack_require__(93881);
// EXTERNAL MODULE: ./src/engine/heal-pull-request.ts + 1 modules
var heal_pull_request = __webpack_require__(26253);
// EXTERNAL MODULE: ./src/engine/push-branch.ts
var push_branch = __webpack_require__(69073);
// EXTERNAL MODULE: ./src/engine/review-requests.ts + 4 modules
var review_requests = __webpack_require__(5396);
// EXTERNAL MODULE: ./src/edges/github/errors.ts
var github_errors = __webpack_require__(70925);
// EXTERNAL MODULE: ./src/core/journal.ts
var journal = __webpack_require__(44608);
;// CONCATENATED MODULE: ./src/actions/self-heal/run-state.ts



function startRun(deps) {
    return {
        journal: new journal/* RunJournal */.z9(),
        now: deps.clock(),
        fixMode: deps.settings.mode === 'fix',
        state: { ...self_heal/* EMPTY_STATE */.Wk, fixes: [] },
        stateRead: false,
        checks: [],
        tracked: undefined,
        candidates: [],
        triage: { issues: [], groups: [], alerts: [] },
        alerts: [],
        results: [],
        report: '',
        proposed: { fixes: [], alerts: [] }
    };
}
/** Records the cancellation once: the journal says what stopped and what was kept. */
function noteCancelled(deps, run) {
    if (run.cancelled !== undefined)
        return;
    run.cancelled = (0,errors/* cancelReason */.zw)(deps.cancel).message;
    run.journal.skipped('cancelled', `The run was ${run.cancelled}: the change being verified was reverted, and nothing more was pushed or written.`);
    deps.log.record('cancelled', { reason: run.cancelled });
}
/** Fix mode, a GitHub token, not a dry run, and publish: same-job: the run may write to GitHub. */
function writes(deps, run) {
    return proposesOrWrites(deps, run) && deps.settings.publish === 'same-job' && !!deps.github;
}
/** Fix mode, publish: separate-job, not a dry run: GitHub's writes go into the proposal instead. */
function proposes(deps, run) {
    return proposesOrWrites(deps, run) && deps.settings.publish === 'separate-job';
}
function proposesOrWrites(deps, run) {
    return run.fixMode && !deps.settings.dryRun;
}
function runUrlOf(context) {
    return `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`;
}

;// CONCATENATED MODULE: ./src/actions/self-heal/publish.ts
// Publishing one verified group: push `fix/sentry-<id>` with a lease, open
// (or update) its PR, remember it in the state, and note the PR on each of
// the group's Sentry issues. A dry run (or no github-token) says what it
// would have done. A refused push or PR is kept as the run's publishError:
// the verified work stays on the local branch, and nothing else is published.








async function publishFix(deps, run, fix) {
    const { settings, github } = deps;
    const { healed } = fix;
    const title = (0,self_heal/* healTitle */.x3)(fix.case);
    if (settings.dryRun || !github) {
        run.journal.fact('dry-run', `${healed.branch} stays on the runner: "${title}" was not opened.`);
        return {
            ...healed,
            prAction: 'none',
            reason: `${healed.reason}; dry run: would push ${healed.branch} and open "${title}"`
        };
    }
    try {
        const pushed = await pushFix(deps, run, healed);
        const instead = pushed.diverted
            ? ` (instead of ${healed.branch}, which has commits ci-medic did not push)`
            : '';
        run.journal.done('branch-pushed', `Pushed ${pushed.branch}${instead}.`);
        const { pr } = await (0,heal_pull_request/* openHealPullRequest */.z)(github, pushed, {
            base: fix.base,
            title,
            body: prBody(deps, fix),
            draft: settings.draft,
            labels: settings.labels
        }, deps.io.logger);
        const published = { ...fix, healed: { ...healed, branch: pushed.branch, head: pushed.sha } };
        recordPublished(deps, run, published, pr);
        const files = [healed.testFile ?? '', ...(healed.fixFiles ?? [])].filter(Boolean);
        const review = { settings: settings.review, root: deps.git.root, files };
        await (0,review_requests/* requestReviews */.l)({ ...github, number: pr.number }, review, deps.io.logger);
        if (pr.action === 'created' && settings.sentryNotes)
            await noteOnSentry(deps, run, fix, pr);
        return { ...published.healed, prUrl: pr.url, prNumber: pr.number, prAction: pr.action };
    }
    catch (error) {
        run.publishError = error;
        return {
            ...healed,
            verdict: 'not-fixed',
            reason: `${healed.reason}, verified, but not published: ${(0,github_errors/* describeGitHubError */.dZ)(error, 'contents: write')}`
        };
    }
}
/** Pushes the group's branch, leased on the sha the state says self-heal pushed there last. */
function pushFix(deps, run, healed) {
    const { settings, github } = deps;
    return (0,push_branch/* pushOwned */.kK)({
        target: { serverUrl: deps.context.serverUrl, ...github.repo },
        token: settings.githubToken,
        parentEnv: deps.parentEnv,
        secrets: deps.secrets,
        source: deps.git.root,
        sourceRef: `refs/heads/${healed.branch}`,
        head: healed.head ?? '',
        branch: healed.branch,
        action: 'self-heal',
        tempDir: deps.context.tempDir,
        lastPushed: (0,self_heal/* lastPushedTo */.Vk)(run.state, healed.branch),
        runId: deps.context.runId
    });
}
function prBody(deps, fix) {
    const { healed } = fix;
    return (0,self_heal/* healBody */.H8)({
        case: fix.case,
        testFile: healed.testFile ?? '',
        failingOutput: healed.failingOutput ?? '',
        fixFiles: healed.fixFiles ?? [],
        reproductionNote: healed.reproductionNote ?? '',
        fixNote: healed.fixNote ?? '',
        model: healed.model ?? deps.settings.model,
        checks: fix.checks,
        runUrl: runUrlOf(deps.context)
    });
}
/** The decision log, the journal and the state (so the next run knows the group has a PR). */
function recordPublished(deps, run, fix, pr) {
    const { case: c, healed } = fix;
    deps.log.record('published', {
        group: c.group.id,
        action: pr.action,
        number: pr.number,
        url: pr.url
    });
    if (pr.action !== 'unchanged')
        run.journal.done(pr.action === 'created' ? 'pr-opened' : 'pr-updated', `PR #${pr.number}: ${pr.url}.`);
    run.state = (0,self_heal/* openFixRecord */.J0)(run.state, {
        group: c.group.id,
        lead: healed.lead,
        issueIds: c.members.map(m => m.id),
        shortIds: c.members.map(m => m.shortId),
        title: (0,self_heal/* healTitle */.x3)(c),
        branch: healed.branch,
        head: healed.head,
        prNumber: pr.number,
        prUrl: pr.url,
        testFile: healed.testFile,
        projectId: c.members[0].projectId || undefined,
        openedAt: new Date(deps.clock()).toISOString()
    });
}
async function noteOnSentry(deps, run, fix, pr) {
    for (const m of fix.case.members) {
        try {
            await deps.sentry.addNote(deps.settings.sentryOrg, m.id, `ci-medic self-heal reproduced this error with a failing test and opened a verified fix: ${pr.url} (PR #${pr.number}). Once it is merged and deployed, a later run checks that the error stopped and resolves this issue.`);
            run.journal.done('sentry-noted', `Noted PR #${pr.number} on ${m.shortId}.`);
        }
        catch (error) {
            run.journal.couldNot('sentry-noted', `No note was added to Sentry issue ${m.shortId} (${(0,errors/* errorMessage */.gJ)(error)}).`, (0,sentry_errors/* sentryScopeMissing */.el)(error, 'event:write'));
        }
    }
}

;// CONCATENATED MODULE: ./src/actions/self-heal/propose.ts
// publish: separate-job. This job holds no write token: each verified group
// stays on its local fix/sentry-* branch, and at the end of the run one
// proposal under RUNNER_TEMP (proposal.json and fixes.bundle with one branch
// per group, src/core/proposal/) carries the PRs, the alert issues and the
// tracking issue's update to the publish command of a later job of the same
// run, which re-checks all of it, then pushes and writes on GitHub.









/** Keeps a verified group for the proposal: its branch is pushed, and its PR opened, by the publish job. */
function proposeFix(deps, run, fix, baseSha) {
    const { healed } = fix;
    const title = (0,self_heal/* healTitle */.x3)(fix.case);
    run.proposed.fixes.push({
        result: healed,
        base: fix.base,
        baseSha,
        title,
        body: prBody(deps, fix),
        issueIds: fix.case.members.map(m => m.id),
        ...(fix.case.members[0]?.projectId ? { projectId: fix.case.members[0].projectId } : {})
    });
    run.journal.fact('publish', `${healed.branch} is proposed: the publish job pushes it and opens "${title}".`);
    if (deps.settings.sentryNotes && run.proposed.fixes.length === 1)
        run.journal.fact('sentry-noted', 'No note links the PRs on Sentry: the publish job opens them and holds no Sentry token.');
    return {
        ...healed,
        prAction: 'none',
        reason: `${healed.reason}; proposed to the publish job, which pushes ${healed.branch} and opens its PR`
    };
}
/** The "Write the proposal" step: the files, the proposal-path output and a line in the summary. */
async function writeHealProposal(deps, run) {
    try {
        const dir = await writeProposalFiles(deps, run);
        run.proposalPath = dir;
        if (run.proposedOutcomes?.length)
            await (0,fixing_ledger/* proposeOutcomes */.qO)(dir, run.proposedOutcomes, {
                journal: run.journal,
                logger: deps.io.logger
            });
        const { fixes, alerts } = run.proposed;
        const what = `${fixes.length} fix branch(es), ${alerts.length} alert issue(s) and the tracking issue's update`;
        run.journal.done('publish', `Wrote the proposal for the publish job (${what}) to ${dir}.`);
        deps.io.setOutputs({ 'proposal-path': dir });
        await deps.io.writeSummary(`\n**Proposal written** (publish: separate-job): ${what}. This job pushed nothing and wrote nothing on GitHub; the publish job checks the proposal again, then pushes the branches and opens the PRs and issues.\n`);
    }
    catch (error) {
        run.journal.couldNot('publish', `No proposal was written: ${(0,errors/* errorMessage */.gJ)(error)}`);
        run.publishError = error;
    }
}
async function writeProposalFiles(deps, run) {
    const { context, settings } = deps;
    const dir = (0,external_node_path_.join)(context.tempDir, 'ci-medic', 'proposal');
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    await (0,promises_.mkdir)(dir, { recursive: true });
    const fixes = run.proposed.fixes;
    const baseSha = fixes[0]?.baseSha ?? (await deps.git.head()) ?? '';
    if (fixes.length)
        await bundleFixes(deps, fixes, (0,external_node_path_.join)(dir, proposal_proposal/* BUNDLE_FILE */.Ij));
    const proposal = {
        version: 1,
        action: 'self-heal',
        kind: 'self-heal',
        repository: { owner: context.owner, repo: context.repo },
        runId: context.runId,
        runAttempt: context.runAttempt,
        workflow: context.workflow,
        base: { branch: fixes[0]?.base ?? settings.baseBranch, sha: baseSha },
        branches: fixes.map(f => proposedBranch(deps, f)),
        selfHeal: {
            trackingIssueTitle: settings.trackingIssueTitle,
            maxPrsPerDay: settings.maxPrsPerDay,
            // Within the proposal's caps: GitHub would cut them anyway.
            alerts: run.proposed.alerts.map(a => ({ ...a, details: (0,pull_requests/* capBody */.vE)(a.details, 60_000) })),
            // Only a state this job read says anything about earlier fixes.
            fixUpdates: run.stateRead ? (0,self_heal/* fixUpdatesOf */.Vf)(run.state) : [],
            report: (0,pull_requests/* capBody */.vE)(run.report)
        }
    };
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, proposal_proposal/* PROPOSAL_FILE */.G7), `${JSON.stringify(proposal, null, 2)}\n`);
    return dir;
}
function proposedBranch(deps, fix) {
    const { result } = fix;
    const testFile = result.testFile;
    return {
        branch: result.branch,
        head: result.head,
        title: fix.title,
        body: (0,pull_requests/* capBody */.vE)(fix.body),
        draft: deps.settings.draft,
        labels: deps.settings.labels,
        files: [...new Set([...(testFile ? [testFile] : []), ...(result.fixFiles ?? [])])].sort(),
        sentry: {
            group: result.group,
            lead: result.lead,
            issueIds: fix.issueIds,
            shortIds: result.shortIds,
            ...(testFile ? { testFile } : {}),
            ...(fix.projectId ? { projectId: fix.projectId } : {})
        }
    };
}
/** One `git bundle` of every group's branch (base..head), made in a scratch repository. */
async function bundleFixes(deps, fixes, path) {
    const scratch = await (0,tokenless_scratch/* tokenlessScratchRepo */.z)(deps);
    try {
        for (const { result } of fixes) {
            const fetched = await scratch.fetchRef(deps.git.root, `refs/heads/${result.branch}`);
            if (fetched !== result.head)
                throw new errors/* ConfigurationError */.j1(`${result.branch} is at ${fetched.slice(0, 12)}, not at the commit self-heal verified (${result.head?.slice(0, 12)}): something moved it after verification, so no proposal was written.`);
        }
        await scratch.bundleBranches(path, fixes[0].baseSha, fixes.map(f => ({ branch: f.result.branch, sha: f.result.head })));
    }
    finally {
        await scratch.dispose();
    }
}

;// CONCATENATED MODULE: ./src/actions/self-heal/heal-step.ts












/** The groups to fix, each with its members (best first) and the lead's latest event. */
function casesToHeal(result, candidates) {
    const byId = new Map(result.issues.map(i => [i.id, i]));
    const events = new Map(candidates.map(c => [c.issue.id, c.event]));
    return result.groups
        .filter(g => g.decision === 'fix')
        .map(group => {
        const members = group.issueIds
            .flatMap(id => byId.get(id) ?? [])
            .filter(m => m.decision === 'fix')
            .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
        return { group, members, event: events.get(members[0].id) };
    });
}
async function healAll(deps, run) {
    const cases = casesToHeal(run.triage, run.candidates);
    if (cases.length === 0)
        return;
    if (!deps.model) {
        run.journal.skipped('model', 'No anthropic-api-key: nothing was reproduced or fixed (self-heal has no deterministic fixers).');
        run.results.push(...cases.map(c => (0,self_heal/* groupResult */.xC)(c, 'not-evaluated', 'no anthropic-api-key')));
        return;
    }
    // publish: same-job holds the write token here: without a sandbox the model's code is not run, unless sandbox: off.
    const withheld = (0,fixing/* modelWithheld */.LF)({
        sandboxSetting: deps.settings.sandbox,
        sandboxMode: deps.sandbox.mode,
        publish: deps.settings.publish
    });
    if (withheld) {
        run.journal.skipped('model', `Nothing was reproduced or fixed: ${withheld}.`);
        deps.io.logger.warning(`The model did not run: ${withheld}.`);
        run.results.push(...cases.map(c => (0,self_heal/* groupResult */.xC)(c, 'not-evaluated', withheld)));
        return;
    }
    // Over the daily cap already: no group is attempted, so the checks need not run either.
    const overCap = overDailyCap(deps, run);
    if (overCap) {
        run.results.push(...cases.map(c => (0,self_heal/* groupResult */.xC)(c, 'skipped', overCap)));
        return;
    }
    try {
        await healCases(deps, run, cases, deps.model);
    }
    catch (error) {
        if (!(0,errors/* isCancelledError */.wm)(error))
            throw error;
        // The group being healed was restored to its start (healGroup); the rest are not attempted.
        noteCancelled(deps, run);
        const done = new Set(run.results.map(r => r.group));
        for (const c of cases)
            if (!done.has(c.group.id))
                run.results.push((0,self_heal/* groupResult */.xC)(c, 'not-evaluated', `the run was ${run.cancelled} before it was healed`));
    }
}
/** Rejects with a CancelledError when the run is cancelled (the workspace restored first). */
async function healCases(deps, run, cases, model) {
    const healing = await deps.io.group('Run the checks on the base commit', () => prepare(deps, run, model()));
    for (const c of cases) {
        (0,errors/* throwIfCancelled */.dZ)(deps.cancel);
        const skip = notNow(deps, run, healing, c);
        if (skip) {
            run.results.push((0,self_heal/* groupResult */.xC)(c, skip.verdict, skip.reason));
            continue;
        }
        const shortIds = c.members.map(m => m.shortId).join(', ');
        await deps.io.group(`Heal ${shortIds}`, () => healCase(deps, run, healing, c));
    }
}
/** Why a group is not attempted in this run, if it is not. */
function notNow(deps, run, healing, c) {
    const { maxFixes } = deps.settings;
    const failedTwice = failedTwiceBefore(run, c.group.id);
    if (failedTwice)
        return { verdict: 'skipped', reason: failedTwice };
    if (healing.attempted >= maxFixes)
        return { verdict: 'skipped', reason: `over max-fixes (${maxFixes}): not attempted in this run` };
    if (healing.runStop)
        return { verdict: 'budget-exceeded', reason: healing.runStop };
    if (run.publishError !== undefined)
        return { verdict: 'skipped', reason: 'not attempted: publishing failed earlier in this run' };
    const overCap = overDailyCap(deps, run);
    if (overCap)
        return { verdict: 'skipped', reason: overCap };
    return undefined;
}
/**
 * Why no further PR may be opened today, if so: the PRs of the last 24 hours
 * (counted before the run) and those this run opened (or, in a dry run,
 * would have opened) reach max-prs-per-day.
 */
function overDailyCap(deps, run) {
    const thisRun = run.results.filter(r => r.verdict === 'fixed' && r.prAction !== 'updated').length;
    const reason = (0,self_heal/* dailyCapReason */.QY)(run.prsToday, thisRun, deps.settings.maxPrsPerDay);
    if (!reason || reason.startsWith('not attempted'))
        return reason;
    if (!run.journal.entries.some(e => e.code === 'daily-cap'))
        run.journal.skipped('daily-cap', `Groups over the daily cap were not attempted: ${reason}.`);
    return reason;
}
/** The checks on the base commit (what already fails is not ours to fix, nor to make worse). */
async function prepare(deps, run, model) {
    const { settings, git, github, log, runner } = deps;
    const project = await (0,workspace_checks/* detectChecks */.P4)(deps.context.workspace, settings, deps.reportDir);
    log.record('detected', { ...project });
    const timeoutMs = deps.budget.commandTimeoutMs(settings.commandTimeoutMinutes * 60_000);
    const baselineRuns = await (0,checks/* runChecks */.JT)({ runner, root: git.root, project, timeoutMs });
    for (const r of baselineRuns)
        log.record('check', {
            step: 'baseline',
            command: r.command,
            exitCode: r.result.exitCode,
            failures: r.failures.length
        });
    const baseline = (0,checks/* failuresOf */.dJ)(baselineRuns);
    if (baseline.length) {
        run.journal.couldNot('checks-run', `The checks already fail on the base commit (${baseline.length} failure(s)); fixes were verified to add no new failure.`);
    }
    else
        run.journal.done('checks-run', 'The checks pass on the base commit.');
    const baseSha = (await git.head()) ?? 'HEAD';
    const base = github
        ? settings.baseBranch || (await (0,workspace_checks/* defaultBranch */.OR)(github.client, github.repo))
        : settings.baseBranch;
    const heal = {
        settings,
        project,
        runner,
        git,
        budget: deps.budget,
        log,
        model,
        secrets: deps.secrets,
        cancel: deps.cancel,
        repoFiles: (0,workspace_checks/* mapFiles */.qM)(run.tracked ?? []),
        baseline,
        baseSha,
        learnings: await (0,actions_learnings/* readTheLearnings */.p)(git.root, settings.learningsPath, deps.io.logger)
    };
    return { heal, base, attempted: 0 };
}
async function healCase(deps, run, healing, c) {
    // A PR left open by a run whose state was lost: never a second one.
    const open = deps.github
        ? await (0,pull_requests/* findOpenPullRequest */.aF)(deps.github.client, deps.github.repo, (0,self_heal/* healBranch */.bu)(c.members[0].shortId), healing.base).catch(() => undefined)
        : undefined;
    if (open) {
        const reason = `PR #${open.number} is already open for it`;
        run.results.push({ ...(0,self_heal/* groupResult */.xC)(c, 'skipped', reason), prUrl: open.url, prNumber: open.number });
        return;
    }
    healing.attempted += 1;
    deps.io.logger.info(`Healing ${c.members.map(m => m.shortId).join(', ')}: ${c.group.exceptionType}: ${c.group.message}`);
    const healed = await healGroup(healing.heal, c);
    if (healed.runBudgetStop)
        healing.runStop = healed.runBudgetStop;
    if (healed.verdict !== 'fixed') {
        run.results.push(healed);
        return;
    }
    run.journal.done('fixes-verified', `Reproduced and fixed ${healed.shortIds.join(', ')}.`);
    const verified = {
        case: c,
        healed,
        base: healing.base,
        checks: checkNames(healing.heal.project)
    };
    run.results.push(proposes(deps, run)
        ? proposeFix(deps, run, verified, healing.heal.baseSha)
        : await publishFix(deps, run, verified));
}

// EXTERNAL MODULE: ./src/core/report/markdown.ts
var markdown = __webpack_require__(34201);
;// CONCATENATED MODULE: ./src/core/self-heal/p0-link.ts
// The fix PR of a P0 group links its alert issue. The PR is opened before
// the alert (the alert links the PR, so it is raised after the heal), so the
// link is a comment on the PR rather than a line of its body: a body line
// would be dropped each time a later run rewrites the body, and put back by
// the alert step, an update and a notification per run. A hidden marker
// makes the comment once-only; `#N` makes GitHub show the PR on the alert
// issue's timeline too.

function p0PullLink(input) {
    const marker = `<!-- ci-medic:p0-alert #${input.alertNumber} -->`;
    const ids = (0,markdown/* inertReferences */.xe)(input.shortIds
        .join(', ')
        .replace(/[\r\n`]/g, ' ')
        .slice(0, 200));
    return {
        marker,
        body: [
            marker,
            `**P0**: ci-medic self-heal rated this error (Sentry ${ids}) P0, so a human was alerted as well: #${input.alertNumber}.`
        ].join('\n')
    };
}

// EXTERNAL MODULE: ./src/edges/github/alert-issues.ts
var alert_issues = __webpack_require__(31983);
// EXTERNAL MODULE: ./src/edges/github/pull-comments.ts
var pull_comments = __webpack_require__(38696);
;// CONCATENATED MODULE: ./src/actions/self-heal/p0-alerts.ts
// P0 = fix + alert: after the heal step, each P0 group (a crash, data loss
// or an auth bypass) gets an alert issue for a human, the same
// one-issue-per-key alert issue as rate storms, linking the fix PR this run
// opened or saying why there is none. A re-run of the same workflow run
// raises nothing new; a later run comments on the same issue. Groups already
// alerted as rate storms are left to that alert. A dry run says what it
// would have raised.






/** The P0 groups that are not rate storms (those have their alert already), members best first. */
function p0Groups(run) {
    const byId = new Map(run.triage.issues.map(i => [i.id, i]));
    return run.triage.groups
        .filter(g => g.severity === 'P0' && g.decision !== 'alert')
        .map(group => ({
        group,
        members: group.issueIds
            .flatMap(id => byId.get(id) ?? [])
            .filter(m => m.severity === 'P0')
            .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    }));
}
async function raiseP0Alerts(deps, run) {
    const runId = String(deps.context.runId);
    for (const p0 of p0Groups(run)) {
        const shortIds = p0.members.map(m => m.shortId).join(', ');
        const content = (0,self_heal/* p0Alert */.dq)({
            ...p0,
            result: run.results.find(r => r.group === p0.group.id),
            org: deps.settings.sentryOrg,
            runId,
            runUrl: runUrlOf(deps.context),
            dryRun: deps.settings.dryRun
        });
        const key = (0,self_heal/* p0AlertKey */.qu)(p0.group.id);
        if (proposes(deps, run)) {
            // The publish job opens it, and links the PR it opens for the group's branch.
            const result = run.results.find(r => r.group === p0.group.id);
            const branch = result?.verdict === 'fixed' ? result.branch : undefined;
            if (!(0,self_heal/* alertRaisedBy */.UN)(run.state, key, runId))
                run.proposed.alerts.push({ key, ...content, ...(branch ? { branch } : {}) });
            run.journal.fact('publish', `The P0 alert issue for ${shortIds} is proposed to the publish job.`);
            continue;
        }
        if (!writes(deps, run)) {
            run.journal.fact('dry-run', `Would open (or comment on) the P0 alert issue for ${shortIds}.`);
            continue;
        }
        const known = (0,self_heal/* alertRaisedBy */.UN)(run.state, key, runId);
        if (known) {
            run.alerts.push({ shortId: shortIds, url: known.url, action: 'unchanged' });
            await linkFromPull(deps, run, p0, known.number);
            continue;
        }
        try {
            const github = deps.github;
            const raised = await (0,alert_issues/* raiseAlert */.Jl)(github.client, github.repo, github.botLogin, content);
            run.journal.done(`alert-${raised.action}`, `P0 alert issue for ${shortIds}: ${raised.url}.`);
            run.alerts.push({ shortId: shortIds, url: raised.url, action: raised.action });
            run.state = (0,self_heal/* recordAlert */.w0)(run.state, {
                issueId: key,
                number: raised.number,
                url: raised.url,
                runId
            });
            await linkFromPull(deps, run, p0, raised.number);
        }
        catch (error) {
            run.journal.couldNot('alert-opened', `The P0 alert issue for ${shortIds} could not be written (${(0,github_errors/* describeGitHubError */.dZ)(error, 'issues: write')}).`, (0,github_errors/* missingPermission */.Up)(error));
        }
    }
}
/** The group's fix PR (opened or updated by this run) links its alert issue, once (core/self-heal/p0-link.ts). */
async function linkFromPull(deps, run, p0, alertNumber) {
    const pr = run.results.find(r => r.group === p0.group.id)?.prNumber;
    if (pr === undefined)
        return;
    const github = deps.github;
    const link = p0PullLink({ alertNumber, shortIds: p0.members.map(m => m.shortId) });
    try {
        const done = await (0,pull_comments/* commentOnce */.Z)(github.client, github.repo, pr, {
            ...link,
            author: github.botLogin
        });
        if (done === 'commented')
            deps.io.logger.info(`PR #${pr} links the P0 alert #${alertNumber}.`);
    }
    catch (error) {
        run.journal.couldNot('alert-opened', `PR #${pr} could not be linked to its P0 alert #${alertNumber} (${(0,github_errors/* describeGitHubError */.dZ)(error, 'pull-requests: write')}).`, (0,github_errors/* missingPermission */.Up)(error));
    }
}

;// CONCATENATED MODULE: ./src/actions/self-heal/report-step.ts
// The report, rendered once from what the run knows and its journal: the
// incident report (job summary, and later the tracking-issue comment), the
// JSON report at report-path, and the step outputs.



async function report(deps, run) {
    const { settings } = deps;
    const totals = deps.budget.totals();
    const notes = (0,self_heal/* journalNotes */.r9)(run.journal.entries);
    const fixSections = run.fixMode
        ? (0,self_heal/* renderHealSections */.Zp)({
            results: run.results,
            checks: run.checks,
            alerts: run.alerts,
            usage: totals,
            model: settings.model,
            escalationModel: settings.escalationModel,
            dryRun: settings.dryRun
        })
        : [];
    run.report = (0,self_heal/* renderIncidentReport */.Z)({
        result: run.triage,
        org: settings.sentryOrg,
        period: settings.period,
        mode: settings.mode,
        rateGuardPerHour: settings.rateGuardPerHour,
        extraSections: [...fixSections, ...sandboxSection(deps, run), ...(0,self_heal/* renderNotes */.IE)(notes)]
    });
    const reportPath = (0,external_node_path_.join)(deps.reportDir, 'self-heal-report.json');
    const entries = (0,self_heal/* triageOutput */.oN)(run.triage);
    const json = {
        version: 1,
        mode: settings.mode,
        triage: entries,
        groups: run.triage.groups,
        results: run.results,
        checks: run.checks,
        alerts: run.alerts,
        totals,
        notes,
        journal: run.journal.entries
    };
    await (0,promises_.writeFile)(reportPath, JSON.stringify(json, null, 2));
    deps.io.setOutputs({
        ...outputs(run, { entries, totals, reportPath }),
        sandbox: deps.sandbox.mode
    });
    await deps.io.writeSummary(run.report);
}
/** In fix mode, a line saying the repository's commands ran without a sandbox, when they did. */
function sandboxSection(deps, run) {
    if (!run.fixMode || deps.sandbox.mode !== 'none')
        return [];
    return [
        `**Sandbox: none.** The repository's commands ran as plain child processes (${deps.sandbox.reason}), where their code could read ci-medic's tokens. See the \`sandbox\` input.`
    ];
}
/**
 * The step outputs. `fixed-count` counts verified fixes, so in a dry run it
 * includes fixes that got no PR.
 */
function outputs(run, { entries, totals, reportPath }) {
    const prUrls = run.results.flatMap(r => (r.prUrl ? [r.prUrl] : []));
    return {
        triage: JSON.stringify(entries),
        'fixed-count': String(run.results.filter(r => r.verdict === 'fixed').length),
        'pr-urls': JSON.stringify(prUrls),
        alerts: JSON.stringify(run.alerts.map(a => a.url)),
        outcome: (0,self_heal/* healOutcome */.LH)(run.fixMode ? 'fix' : 'triage', run.results, run.cancelled !== undefined),
        'input-tokens': String(totals.inputTokens),
        'output-tokens': String(totals.outputTokens),
        'cache-read-tokens': String(totals.cacheReadTokens),
        'cost-usd': totals.costUsd.toFixed(4),
        'report-path': reportPath,
        // Set by the "Write the proposal" step (publish: separate-job).
        'proposal-path': ''
    };
}

// EXTERNAL MODULE: ./src/core/self-heal/heal-state.ts
var heal_state = __webpack_require__(35777);
;// CONCATENATED MODULE: ./src/core/self-heal/verification.ts
// After a fix is merged: did the error stop? Events that arrive after the
// merge count against the fix, except those from a release that was already
// running before the merge (the old deployment, still serving until the fix
// is deployed). When nothing counts against it for the soak period \u2014 counted
// from the deploy of the first release after the merge when the project uses
// releases, else from the merge \u2014 the fix is verified; when something does,
// it regressed. Pure: the caller fetches the events and releases.
function assessFix(input) {
    const merged = Date.parse(input.mergedAt);
    const at = (e) => Date.parse(e.dateCreated);
    const before = input.events.filter(e => at(e) < merged);
    const after = input.events.filter(e => at(e) >= merged);
    const oldReleases = new Set(before.flatMap(e => (e.release ? [e.release] : [])));
    const counted = after.filter(e => !e.release || !oldReleases.has(e.release));
    const old = after.length - counted.length;
    const releases = [...new Set(counted.flatMap(e => (e.release ? [e.release] : [])))].sort();
    const hours = Math.max(0, (input.now - merged) / 3_600_000);
    const deployed = typeof input.deploy === 'object' ? Date.parse(input.deploy.at) : merged;
    const soaked = Math.max(0, (input.now - deployed) / 3_600_000);
    const since = typeof input.deploy === 'object'
        ? `since release ${input.deploy.release} was deployed`
        : 'since the fix was merged';
    const soakText = soaked < 10 ? soaked.toFixed(1) : String(Math.round(soaked));
    const oldText = old
        ? ` (${old} event(s) from release(s) deployed before the merge were not counted)`
        : '';
    const quiet = (status, summary) => ({
        status,
        eventsAfterFix: 0,
        releasesAfterFix: [],
        oldReleaseEvents: old,
        hoursSinceMerge: hours,
        summary
    });
    if (counted.length > 0) {
        return {
            status: 'regressed',
            eventsAfterFix: counted.length,
            releasesAfterFix: releases,
            oldReleaseEvents: old,
            hoursSinceMerge: hours,
            summary: `${counted.length} event(s) arrived after the fix was merged${releases.length ? `, from release ${releases.join(', ')}` : ''}: the error did not stop${oldText}.`
        };
    }
    if (input.deploy === 'pending') {
        return quiet('soaking', `Merged, but no release was created since the merge: waiting for the fix to be deployed${oldText}.`);
    }
    if (soaked >= input.soakHours) {
        return quiet('verified', `No new events in the ${soakText} h ${since} (soak ${input.soakHours} h)${oldText}.`);
    }
    return quiet('soaking', `No new events yet, ${soakText} h of the ${input.soakHours} h soak ${since}${oldText}.`);
}

;// CONCATENATED MODULE: ./src/actions/self-heal/verify-fixes.ts





/** Before the events before the merge that tell old releases apart. */
const LOOKBACK_MS = 24 * 3_600_000;
async function verifyEarlierFixes(deps, state) {
    let next = state;
    const checks = [];
    for (const record of state.fixes) {
        if (record.status !== 'open' && record.status !== 'merged')
            continue;
        // 1. Was the PR merged or closed?
        const pr = record.status === 'open' ? await readPullRequest(deps, record) : { record };
        // 2. Merged: did the error stop?
        const { status, mergedAt } = pr.record;
        const fix = status === 'merged' && mergedAt ? await checkMerged(deps, record, pr.record) : undefined;
        for (const step of [pr, fix])
            if (step?.check)
                checks.push(step.check);
        const current = (fix ?? pr).record;
        if (current !== record)
            next = (0,heal_state/* updateFixRecord */.eD)(next, record.prNumber, current);
    }
    if (checks.length)
        deps.journal.done('earlier-fixes-checked', `Checked ${checks.length} earlier fix(es).`);
    return { state: next, checks };
}
async function readPullRequest(deps, record) {
    const settledAt = new Date(deps.now).toISOString();
    try {
        const { data } = await deps.client.rest.pulls.get({ ...deps.repo, pull_number: record.prNumber });
        if (data.merged_at)
            return { record: { ...record, status: 'merged', mergedAt: data.merged_at } };
        if (data.state !== 'closed')
            return { record };
        return {
            record: { ...record, status: 'closed', settledAt },
            check: check(record, 'closed', 'the PR was closed without merging; these issues may be fixed again', [])
        };
    }
    catch (error) {
        if ((0,github_errors/* isGitHubApiError */.ID)(error) && error.kind === 'not-found') {
            return {
                record: { ...record, status: 'closed', settledAt },
                check: check(record, 'closed', 'the PR no longer exists', [])
            };
        }
        deps.journal.couldNot('earlier-fixes-checked', `PR #${record.prNumber} could not be read (${(0,github_errors/* describeGitHubError */.dZ)(error, 'pull-requests: read')}); it is checked again next run.`, (0,github_errors/* missingPermission */.Up)(error));
        return { record };
    }
}
/**
 * A merged fix: its issues' events since shortly before the merge, judged by
 * assessFix. `was` is the record as this run found it (its status is the
 * check's "was"), `record` the same after step 1 (merged).
 */
async function checkMerged(deps, was, record) {
    const mergedMs = Date.parse(record.mergedAt);
    const settledAt = new Date(deps.now).toISOString();
    try {
        const events = [];
        for (const id of record.issueIds) {
            events.push(...(await deps.sentry.listIssueEvents(deps.settings.sentryOrg, id, {
                start: new Date(mergedMs - LOOKBACK_MS).toISOString(),
                environment: deps.settings.environment || undefined
            })));
        }
        const deploy = await fixDeploy(deps, record);
        const current = typeof deploy === 'object' ? { ...record, release: deploy.release } : record;
        const verdict = assessFix({
            mergedAt: new Date(mergedMs).toISOString(),
            deploy,
            events,
            now: deps.now,
            soakHours: deps.settings.verifySoakHours
        });
        if (verdict.status === 'regressed') {
            const { eventsAfterFix, releasesAfterFix } = verdict;
            return {
                record: { ...current, status: 'regressed', settledAt, eventsAfterFix, releasesAfterFix },
                check: check(was, 'regressed', verdict.summary, [])
            };
        }
        if (verdict.status !== 'verified')
            return { record: current, check: check(was, 'merged', verdict.summary, []) };
        const resolved = await resolveAll(deps, current);
        return {
            record: { ...current, status: 'verified', settledAt, resolved: resolved.length > 0 },
            check: check(was, 'verified', `${verdict.summary}${resolvedNote(deps, resolved)}`, resolved)
        };
    }
    catch (error) {
        if (error instanceof sentry_errors/* SentryAuthError */.Oh || error instanceof sentry_errors/* SentryPermissionError */.PZ)
            throw error;
        deps.journal.couldNot('earlier-fixes-checked', `The events of ${record.shortIds.join(', ')} could not be read (${(0,errors/* errorMessage */.gJ)(error)}); the fix is checked again next run.`);
        return { record, check: check(was, 'merged', `not checked: ${(0,errors/* errorMessage */.gJ)(error)}`, []) };
    }
}
function resolvedNote(deps, resolved) {
    if (resolved.length)
        return ` Resolved in Sentry: ${resolved.join(', ')}.`;
    return deps.settings.resolveOnVerify
        ? ''
        : ' (resolve-on-verify is off: the Sentry issues were left as they are.)';
}
/**
 * The release that shipped the fix: the first one created after the merge in
 * the lead issue's project. `pending` when the project has releases but none
 * since; undefined when it has none or they cannot be read (the soak then
 * counts from the merge).
 */
async function fixDeploy(deps, record) {
    if (!record.projectId || !record.mergedAt)
        return undefined;
    let releases;
    try {
        releases = await deps.sentry.listReleases(deps.settings.sentryOrg, record.projectId);
    }
    catch (error) {
        deps.journal.couldNot('earlier-fixes-checked', `The releases of Sentry project ${record.projectId} could not be read (${(0,errors/* errorMessage */.gJ)(error)}); the soak counts from the merge.`, (0,sentry_errors/* sentryScopeMissing */.el)(error, 'project:read'));
        return undefined;
    }
    if (releases.length === 0)
        return undefined;
    const merged = Date.parse(record.mergedAt);
    const after = releases
        .filter(r => Date.parse(r.dateCreated) >= merged)
        .sort((a, b) => Date.parse(a.dateCreated) - Date.parse(b.dateCreated))[0];
    if (!after)
        return 'pending';
    return {
        release: after.version,
        at: after.lastDeploy?.dateFinished ?? after.dateReleased ?? after.dateCreated
    };
}
async function resolveAll(deps, record) {
    if (!deps.settings.resolveOnVerify || deps.settings.dryRun)
        return [];
    const resolved = [];
    for (const [i, id] of record.issueIds.entries()) {
        try {
            await resolveVerified(deps, id, record.release);
            resolved.push(record.shortIds[i] ?? id);
        }
        catch (error) {
            deps.journal.couldNot('sentry-resolved', `Sentry issue ${record.shortIds[i] ?? id} could not be resolved (${(0,errors/* errorMessage */.gJ)(error)}); resolve it by hand.`, (0,sentry_errors/* sentryScopeMissing */.el)(error, 'event:write'));
        }
    }
    if (resolved.length)
        deps.journal.done('sentry-resolved', `Resolved ${resolved.join(', ')} in Sentry.`);
    return resolved;
}
/**
 * Resolved in the release that shipped the fix (else the latest, which after
 * the soak carries it), so Sentry reopens the issue (regressed) on an event
 * from that release or a newer one, while stragglers from older deployments
 * do not. A project without releases cannot resolve by release (Sentry
 * answers 400): then a plain resolve, which any new event reopens.
 */
async function resolveVerified(deps, id, release) {
    try {
        await deps.sentry.resolveIssue(deps.settings.sentryOrg, id, { inRelease: release ?? 'latest' });
    }
    catch (error) {
        if (!(error instanceof sentry_errors/* SentryApiError */.qC) || error.kind !== 'bad-request')
            throw error;
        await deps.sentry.resolveIssue(deps.settings.sentryOrg, id, {});
    }
}
function check(record, now, detail, resolved) {
    return {
        prNumber: record.prNumber,
        prUrl: record.prUrl,
        shortIds: record.shortIds,
        was: record.status,
        now,
        detail,
        resolved
    };
}

;// CONCATENATED MODULE: ./src/actions/self-heal/state-steps.ts
// The steps around the tracking issue: read the state (which groups have
// PRs, and what became of them), check the earlier fixes against Sentry, and
// at the end write the state and this run's report back.





async function readState(deps, run) {
    const { github, settings } = deps;
    if (!github) {
        run.journal.skipped('state-read', 'No github-token: earlier fixes are not checked and not excluded.');
        return;
    }
    try {
        run.state = await github.tracking.read();
        run.stateRead = true;
        run.journal.done('state-read', `Read the state in '${settings.trackingIssueTitle}': ${run.state.fixes.length} fix(es).`);
    }
    catch (error) {
        const why = `The self-heal state in the issue '${settings.trackingIssueTitle}' could not be read (${(0,github_errors/* describeGitHubError */.dZ)(error, 'issues: read')})`;
        // separate-job: the publish job reads the state itself before it opens anything.
        if (run.fixMode && !settings.dryRun && settings.publish === 'same-job') {
            throw new errors/* ConfigurationError */.j1(`${why}. Without it self-heal could open duplicate PRs, so it stops: give the token 'issues: read' (and 'issues: write'), or repair the state block (or remove the ci-medic-self-heal label from that issue to start with empty state).`);
        }
        run.journal.couldNot('state-read', `${why}: earlier fixes are not checked and not excluded.`, (0,github_errors/* missingPermission */.Up)(error));
    }
    if (!run.fixMode && run.state.fixes.length) {
        run.journal.skipped('earlier-fixes-checked', 'Triage mode: earlier fixes were not checked (that happens in fix mode).');
    }
    if (run.fixMode)
        await countPrsToday(deps, run);
}
/**
 * The daily cap's count: the fix/sentry-* PRs this token opened in the last
 * 24 hours, open, merged or closed (GitHub is the record, not the state: a
 * lost state must not lift the cap). Not counted, nothing is opened.
 */
async function countPrsToday(deps, run) {
    const { github } = deps;
    if (!github)
        return;
    try {
        const count = await (0,heal_pull_request/* healPullsToday */.m)(github, github.botLogin, run.now);
        run.prsToday = { count };
        deps.io.logger.info(`${count} self-heal PR(s) opened in the last 24 hours (max-prs-per-day ${deps.settings.maxPrsPerDay}).`);
    }
    catch (error) {
        const why = (0,github_errors/* describeGitHubError */.dZ)(error, 'pull-requests: read');
        // A dry run opens nothing, so it goes on uncapped, as does a proposal (the publish job
        // counts again before it opens anything); a real run opens nothing it cannot count.
        const dry = deps.settings.dryRun || deps.settings.publish === 'separate-job';
        run.prsToday = dry ? undefined : { count: 0, error: why };
        run.journal.couldNot('daily-cap', `The self-heal PRs of the last 24 hours could not be counted (${why}), so ${dry ? (deps.settings.dryRun ? 'this dry run ignores max-prs-per-day' : 'the publish job counts them again before it opens a PR') : 'no PR is opened in this run (max-prs-per-day)'}.`, (0,github_errors/* missingPermission */.Up)(error));
    }
}
/** Earlier fixes are checked in fix mode, against a state that was read. */
function checksEarlierFixes(deps, run) {
    return run.fixMode && deps.github !== undefined && run.stateRead;
}
/** After deploy: did earlier fixes stop their errors? */
async function checkEarlierFixes(deps, run) {
    const github = deps.github;
    const verified = await verifyEarlierFixes({
        client: github.client,
        repo: github.repo,
        sentry: deps.sentry,
        settings: deps.settings,
        journal: run.journal,
        now: run.now
    }, run.state);
    run.state = verified.state;
    run.checks = verified.checks;
}
/** The state and this run's report, in the tracking issue (never in triage mode or a dry run). */
async function writeTrackingIssue(deps, run) {
    const github = deps.github;
    try {
        run.state = (0,self_heal/* pruneHealState */.mb)(run.state, run.now);
        const issue = await github.tracking.write(run.state, (0,self_heal/* renderTrackingSummary */.YR)(run.state.fixes));
        run.journal.done('state-written', `Wrote the state to ${issue.url}.`);
        const comment = await github.tracking.comment(String(deps.context.runId), run.report);
        run.journal.done('report-commented', `Incident report: ${comment.url} (${comment.action}).`);
        deps.io.logger.info(`Incident report: ${comment.url} (${comment.action}).`);
    }
    catch (error) {
        run.journal.couldNot('state-written', `The tracking issue could not be written (${(0,github_errors/* describeGitHubError */.dZ)(error, 'issues: write')}): the next run may not know about this run's PRs.`, (0,github_errors/* missingPermission */.Up)(error));
    }
}

;// CONCATENATED MODULE: ./src/actions/self-heal/read-errors.ts


/** Events fetched at once: enough to be quick, few enough for Sentry's concurrency limit. */
const EVENT_CONCURRENCY = 4;
async function readCandidates(deps) {
    const { sentry, settings } = deps;
    const issues = await sentry.listUnresolvedIssues({
        org: settings.sentryOrg,
        projects: settings.sentryProjects,
        environment: settings.environment || undefined,
        period: settings.period
    });
    const read = `${issues.length} unresolved Sentry issue(s) in the last ${settings.period}.`;
    deps.logger.info(read);
    deps.journal.done('sentry-read', read);
    const candidates = [];
    for (let i = 0; i < issues.length; i += EVENT_CONCURRENCY) {
        const batch = issues.slice(i, i + EVENT_CONCURRENCY);
        candidates.push(...(await Promise.all(batch.map(issue => withLatestEvent(deps, issue)))));
    }
    return candidates;
}
async function withLatestEvent(deps, issue) {
    const { settings } = deps;
    try {
        return {
            issue,
            event: await deps.sentry.latestEvent(settings.sentryOrg, issue.id, settings.environment || undefined)
        };
    }
    catch (error) {
        // A missing event is this issue's problem; a token or organization problem is everyone's.
        const missingEvent = error instanceof sentry_errors/* SentryNotFoundError */.dw && error.resource === 'event';
        if (error instanceof errors/* ConfigurationError */.j1 && !missingEvent)
            throw error;
        deps.journal.couldNot('sentry-read', `The latest event of ${issue.shortId} could not be read (${(0,errors/* errorMessage */.gJ)(error)}); it is triaged without frames.`);
        return { issue };
    }
}

;// CONCATENATED MODULE: ./src/actions/self-heal/triage-steps.ts
// Reading and triage (every unresolved Sentry issue and its latest event,
// mapped onto the repository's files, grouped and decided), then alerts for
// a human on rate storms, once per workflow run.






async function readAndTriage(deps, run) {
    const { settings } = deps;
    run.tracked = await (0,workspace/* listTrackedFiles */.sp)(deps.context.workspace);
    if (!run.tracked) {
        run.journal.couldNot('frames-mapped', 'The workspace is not a git checkout, so frames are not mapped to repository files.');
    }
    run.candidates = await readCandidates({
        sentry: deps.sentry,
        settings,
        logger: deps.io.logger,
        journal: run.journal
    });
    run.triage = (0,self_heal/* triage */.NA)(run.candidates, (0,self_heal/* triageOptionsFrom */.zN)(settings, {
        now: run.now,
        repoFiles: run.tracked,
        alreadyHandled: (0,self_heal/* alreadyHandledFrom */.Rz)(run.state),
        handledGroups: (0,self_heal/* handledGroupsFrom */.TN)(run.state)
    }));
    // New Sentry issues of a bug that already has a fix join that fix's record.
    run.state = (0,self_heal/* attachToKnownGroups */.cl)(run.state, run.triage.issues);
}
async function raiseAlerts(deps, run) {
    const runId = String(deps.context.runId);
    for (const issue of run.triage.alerts) {
        if (proposes(deps, run)) {
            proposeStormAlert(deps, run, issue);
            continue;
        }
        let raised;
        try {
            raised = await raiseStormAlert(deps, run, issue);
        }
        catch (error) {
            run.journal.couldNot('alert-opened', `The alert issue for ${issue.shortId} could not be written (${(0,github_errors/* describeGitHubError */.dZ)(error, 'issues: write')}).`, (0,github_errors/* missingPermission */.Up)(error));
            continue;
        }
        run.alerts.push({ shortId: issue.shortId, url: raised.url, action: raised.action });
        const { number, url } = raised;
        run.state = (0,self_heal/* recordAlert */.w0)(run.state, { issueId: issue.id, number, url, runId });
    }
}
/** publish: separate-job: the publish job raises it (and a re-run of this run raises nothing new). */
function proposeStormAlert(deps, run, issue) {
    const runId = String(deps.context.runId);
    if ((0,self_heal/* alertRaisedBy */.UN)(run.state, issue.id, runId))
        return;
    const content = (0,self_heal/* stormAlert */.aA)({
        issue,
        org: deps.settings.sentryOrg,
        runId,
        runUrl: runUrlOf(deps.context)
    });
    run.proposed.alerts.push({ key: issue.id, ...content });
    run.journal.fact('publish', `The alert issue for ${issue.shortId} is proposed to the publish job.`);
}
/** One alert issue per storming Sentry issue; a re-run of the same workflow run raises nothing new. */
async function raiseStormAlert(deps, run, issue) {
    const github = deps.github;
    const runId = String(deps.context.runId);
    const known = (0,self_heal/* alertRaisedBy */.UN)(run.state, issue.id, runId);
    if (known)
        return { url: known.url, number: known.number, action: 'unchanged' };
    const raised = await (0,alert_issues/* raiseAlert */.Jl)(github.client, github.repo, github.botLogin, (0,self_heal/* stormAlert */.aA)({ issue, org: deps.settings.sentryOrg, runId, runUrl: runUrlOf(deps.context) }));
    run.journal.done(`alert-${raised.action}`, `Alert issue for ${issue.shortId}: ${raised.url}.`);
    return raised;
}

// EXTERNAL MODULE: ./src/actions/failure-outputs.ts
var failure_outputs = __webpack_require__(66978);
;// CONCATENATED MODULE: ./src/actions/self-heal/run.ts
// self-heal: read unresolved Sentry errors, triage and group them; in fix
// mode also check the fixes of earlier runs (merged? did the error stop?),
// raise alerts for rate storms, and for each group to fix: reproduce it with
// a failing test, fix it, verify both in code, and open `fix/sentry-<id>`.
// State lives in a tracking issue; the report goes to the job summary and a
// comment on that issue. With publish: separate-job this job writes nothing
// to GitHub: the branches, PRs, alert issues and state update go into a
// proposal (propose.ts) for the publish command of a later job.
//
// The run is a pipeline of named steps, each in its own log group, all
// writing one journal (run-state.ts); the report, outputs and summary are
// rendered once from it (report-step.ts), and its skips and could-nots are
// the run's warnings, logged once at the end (only the could-nots when a
// step fails: the error is what matters then).















/** The action on a runner: deps from this step's inputs and environment. */
async function selfHeal(inputs, cancel) {
    await runSelfHeal(await runnerDeps(inputs, cancel));
}
/**
 * One self-heal run on the given deps. Outputs are set once the report is
 * rendered; a publishing failure is thrown only after the report, outputs,
 * summary and tracking issue are written, so they are kept.
 */
async function runSelfHeal(deps) {
    const run = startRun(deps);
    const warn = (lines) => lines.forEach(line => deps.io.logger.warning(line));
    try {
        await pipeline(deps, run);
    }
    catch (error) {
        // A run that stops early says what went wrong on the way; its skips no longer matter.
        warn(run.journal.warnings());
        throw error;
    }
    warn((0,self_heal/* journalNotes */.r9)(run.journal.entries));
    if (!deps.cancel.aborted)
        await (0,artifact_step/* uploadFixingRunFiles */.RS)('self-heal', deps);
    // A cancelled run fails as cancelled, after its report (run-wrapper.ts words it).
    if (run.cancelled !== undefined)
        throw (0,errors/* cancelReason */.zw)(deps.cancel);
    if (run.publishError !== undefined)
        throw run.publishError;
}
async function pipeline(deps, run) {
    const { io } = deps;
    // Once cancelled, every step is skipped but the report.
    const step = async (name, body) => {
        if (deps.cancel.aborted)
            noteCancelled(deps, run);
        else
            await io.group(name, () => body(deps, run));
    };
    // Nothing is read from Sentry or the state before the checkout is known to be clean.
    if (run.fixMode)
        await step('Preconditions', d => (0,workspace_checks/* requireCleanCheckout */.pw)(d.git, 'self-heal'));
    await step('Read the self-heal state', readState);
    if (checksEarlierFixes(deps, run))
        await step('Check earlier fixes', checkEarlierFixes);
    await step('Read and triage Sentry errors', readAndTriage);
    const alerting = writes(deps, run) || proposes(deps, run);
    if (alerting && run.triage.alerts.length)
        await step('Raise alerts', raiseAlerts);
    // Before any check runs: the ledger's failed fixes, and git's word on commits since.
    if (run.fixMode)
        await step('Read the ledger', readTheLedger);
    // One log group per error group (and one for the checks on the base commit).
    if (run.fixMode && !deps.cancel.aborted)
        await healAll(deps, run);
    if (deps.cancel.aborted)
        noteCancelled(deps, run);
    // P0 = fix + alert: after the heal, so the alert links the fix PR (skipped once cancelled).
    if (run.fixMode && p0Groups(run).length)
        await step('Raise P0 alerts', raiseP0Alerts);
    if (run.fixMode && run.ledger?.store)
        await step('Write the ledger', writeTheLedger);
    await io.group('Report', () => report(deps, run));
    if (writes(deps, run) && run.stateRead)
        await step('Write the tracking issue', writeTrackingIssue);
    // publish: separate-job: the PRs, alert issues and state go to the publish job instead.
    if (proposes(deps, run))
        await step('Write the proposal', writeHealProposal);
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


/***/ })

};
