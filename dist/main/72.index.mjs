export const id = 72;
export const ids = [72];
export const modules = {

/***/ 36521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   c2: () => (/* reexport safe */ _http_status_js__WEBPACK_IMPORTED_MODULE_4__.c)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70925);
/* harmony import */ var _http_status_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66737);
// The GitHub REST client every action uses: @actions/github's octokit (which
// honours GITHUB_API_URL) with retries for 5xx and GitHub's recommended
// throttling for primary and secondary rate limits. Every request that still
// fails after them rejects with a GitHubApiError (an answer \u2265 400, with the
// permission it needs) or a NetworkError (no answer): see ./errors.ts.




function createGitHubClient(options) {
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const client = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl: options.apiUrl,
        userAgent: 'ci-medic',
        retry: { retries: options.retries ?? 3, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
        throttle: {
            enabled: options.pace ?? true,
            onRateLimit: retryUnlessTooLong('rate limit reached', options.logger, maxWait),
            onSecondaryRateLimit: retryUnlessTooLong('secondary rate limit', options.logger, maxWait)
        }
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
    // Registered after the plugins, so this hook is the outermost: plugin-retry
    // and plugin-throttling see octokit's own RequestError (and retry 5xx,
    // network errors and rate limits as before); callers get the typed error.
    client.hook.error('request', (error, requestOptions) => {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toGitHubError */ .Lg)(error, requestOptions);
    });
    return client;
}
/** Retry a rate-limited request twice, unless GitHub asks for a longer wait than we allow. */
function retryUnlessTooLong(what, logger, maxWaitSeconds) {
    return (retryAfter, request, _octokit, retryCount) => {
        logger.warning(`GitHub ${what} on ${request.method} ${request.url}; retrying in ${retryAfter}s.`);
        return retryCount < 2 && retryAfter <= maxWaitSeconds;
    };
}




/***/ }),

/***/ 3072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeGreenRunError: () => (/* binding */ describeGreenRunError),
/* harmony export */   jobNamed: () => (/* binding */ jobNamed),
/* harmony export */   lastGreenRun: () => (/* binding */ lastGreenRun),
/* harmony export */   streamJobLog: () => (/* reexport safe */ _workflow_runs_js__WEBPACK_IMPORTED_MODULE_2__.ur)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36521);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70925);
/* harmony import */ var _workflow_runs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51942);
// The last green run of a workflow on a branch, and the log of its job with a
// given name: what a failing run is compared with. Three requests at most (the
// run, its jobs, the log); the log is streamed like any job log.



/** Successful runs looked at for one older than the failed run (a run classified late may have newer ones). */
const LOOK_AT = 10;
/** The newest successful run of the workflow on the branch before the failed one; undefined if none. */
async function lastGreenRun(client, repo, run) {
    const { data } = await client.rest.actions.listWorkflowRuns({
        ...repo,
        workflow_id: run.workflowId,
        branch: run.headBranch,
        status: 'success',
        per_page: LOOK_AT
    });
    // Run ids grow with time: an older run's id is smaller.
    const green = data.workflow_runs.find(r => r.id < run.id && r.conclusion === 'success');
    return (green && {
        id: green.id,
        runNumber: green.run_number,
        headSha: green.head_sha,
        htmlUrl: green.html_url
    });
}
/** The id of the run's job named `name` (one page of 100 jobs of the latest attempt). */
async function jobNamed(client, repo, runId, name) {
    const { data } = await client.rest.actions.listJobsForWorkflowRun({
        ...repo,
        run_id: runId,
        filter: 'latest',
        per_page: 100
    });
    return data.jobs.find(j => j.name === name)?.id;
}

/** Why a read of the green run failed, in words that name the fix. */
function describeGreenRunError(error) {
    // A log read's error names 'run-id' (workflow-runs.ts): the status under it says more here.
    const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(error) ?? (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c2)(error instanceof Error ? error.cause : undefined);
    if (status === 403 || status === 401)
        return `the token lacks 'actions: read' (GitHub answered ${status}). Add it under permissions: in the workflow.`;
    if (status === 410)
        return 'its logs have expired on GitHub (410)';
    if (status === 404)
        return 'GitHub answered 404 (the run, job or log is gone, or the token cannot see it)';
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeGitHubError */ .dZ)(error, 'actions: read');
}


/***/ }),

/***/ 51942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   be: () => (/* binding */ otherRunFailedOnCommit),
/* harmony export */   pH: () => (/* binding */ getWorkflowRun),
/* harmony export */   uQ: () => (/* binding */ listFailedJobs),
/* harmony export */   ur: () => (/* binding */ streamJobLog)
/* harmony export */ });
/* unused harmony export explainReadError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36521);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70925);
// Reading a workflow run: the run itself, its failed jobs, and their logs as
// streams (a job log can be large; it is never held whole in memory here).



async function getWorkflowRun(client, repo, runId) {
    try {
        const { data } = await client.rest.actions.getWorkflowRun({ ...repo, run_id: runId });
        return {
            id: data.id,
            name: data.name ?? '',
            path: data.path,
            workflowId: data.workflow_id ?? 0,
            headBranch: data.head_branch ?? '',
            headSha: data.head_sha,
            headRepository: data.head_repository?.full_name ?? '',
            runAttempt: data.run_attempt ?? 1,
            event: data.event,
            status: data.status ?? '',
            conclusion: data.conclusion ?? '',
            htmlUrl: data.html_url
        };
    }
    catch (error) {
        throw explainReadError(error, `workflow run ${runId} of ${repo.owner}/${repo.repo}`);
    }
}
/** Jobs of the run's latest attempt that failed (or timed out); successful jobs are never read. */
async function listFailedJobs(client, repo, runId) {
    try {
        const jobs = await client.paginate(client.rest.actions.listJobsForWorkflowRun, {
            ...repo,
            run_id: runId,
            filter: 'latest',
            per_page: 100
        });
        const failed = jobs.filter(j => j.conclusion === 'failure' || j.conclusion === 'timed_out');
        // A cancelled job is read only when nothing failed outright (then the cancellation is the story).
        const chosen = failed.length ? failed : jobs.filter(j => j.conclusion === 'cancelled');
        return chosen.map(j => ({
            id: j.id,
            name: j.name,
            conclusion: j.conclusion ?? '',
            htmlUrl: j.html_url ?? '',
            failedSteps: (j.steps ?? []).filter(s => s.conclusion === 'failure').map(s => s.name)
        }));
    }
    catch (error) {
        throw explainReadError(error, `the jobs of run ${runId}`);
    }
}
/** Conclusions of a finished run that are not a failure. */
const PASSED = new Set(['success', 'skipped', 'neutral']);
/**
 * Whether another run of the same workflow file failed on this commit (its
 * latest attempt). One request for the newest 100 runs on the commit: how a
 * passing run knows, before reading the ledger, that there is nothing to learn.
 */
async function otherRunFailedOnCommit(client, repo, run) {
    try {
        const { data } = await client.rest.actions.listWorkflowRunsForRepo({
            ...repo,
            head_sha: run.headSha,
            per_page: 100
        });
        return data.workflow_runs.some(r => r.id !== run.id &&
            r.path === run.path &&
            r.status === 'completed' &&
            !PASSED.has(r.conclusion ?? ''));
    }
    catch (error) {
        throw explainReadError(error, `the runs of commit ${run.headSha}`);
    }
}
/**
 * Streams one job's log. GitHub answers the log request with a 302 to a
 * short-lived download URL; the redirect is taken by hand so the body can be
 * streamed instead of buffered by octokit.
 */
async function streamJobLog(client, repo, jobId) {
    let location;
    try {
        const response = await client.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', {
            ...repo,
            job_id: jobId,
            request: { redirect: 'manual' }
        });
        location = response.headers.location;
        if (!location) {
            // Some servers answer with the text itself.
            const text = typeof response.data === 'string' ? response.data : String(response.data ?? '');
            return (async function* () {
                yield new TextEncoder().encode(text);
            })();
        }
    }
    catch (error) {
        throw explainReadError(error, `the log of job ${jobId}`);
    }
    const download = await fetch(location).catch((error) => {
        // The log lives on GitHub's storage host, not on GITHUB_API_URL: name that host.
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toNetworkError */ .Ur)(error, { service: 'GitHub API', url: location }) ?? error;
    });
    if (!download.ok || !download.body) {
        throw new Error(`downloading the log of job ${jobId} failed: HTTP ${download.status}`);
    }
    return download.body;
}
/** Turns API errors on reads into messages that name the permission or the id to check. */
function explainReadError(error, what) {
    const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error);
    // A rate limit or an outage is not the run id's fault nor a missing permission.
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubApiError */ .OS && (error.kind === 'rate-limit' || error.kind === 'server'))
        return error;
    if (status === 404) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub says ${what} does not exist (404). Check 'run-id', and that the token can see this repository.`, { cause: error });
    }
    if (status === 403 || status === 401) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub refused to show ${what} (${status}): the token needs 'actions: read' (add it under permissions: in the workflow).`, { cause: error });
    }
    return error instanceof Error ? error : new Error(String(error));
}


/***/ }),

/***/ 86856:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ throttling)
/* harmony export */ });
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63251);
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;



/***/ })

};
