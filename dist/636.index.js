export const id = 636;
export const ids = [636];
export const modules = {

/***/ 70636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHub: () => (/* binding */ createGitHub)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86120);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86856);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99661);
/* harmony import */ var _util_log_safe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43446);
/**
 * The GitHub client every action uses: octokit from @actions/github with the throttling and
 * retry plugins, pointed at GITHUB_API_URL (github.com, GHE.com or GitHub Enterprise Server).
 */






// Log lines name branches, files and URLs; warnings and debug lines are command data,
// which @actions/core escapes.
const actionsLog = {
    info: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq((0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_2__/* .logSafe */ .sN)(line)),
    warning: _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e,
    debug: _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .debug */ .Yz,
};
// A Bottleneck group that runs jobs at once; the throttling plugin only calls key().schedule().
const unpaced = { key: () => ({ schedule: (_opts, job) => job() }) };
function createGitHub(options) {
    const token = options.token?.trim();
    if (!token) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('No GitHub token: shipshape needs one to talk to GitHub.', {}, 'Set the `github-token` input (its default is `${{ github.token }}`) and give the job the ' +
            'permissions it needs in its `permissions:` block (see docs/github.md).');
    }
    // In a workflow the runner masks the token in every later log line; elsewhere the
    // `::add-mask::` command would just print it.
    if (process.env.GITHUB_ACTIONS === 'true')
        _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setSecret */ .Pq(token);
    const apiUrl = resolveApiUrl(options.apiUrl ?? process.env.GITHUB_API_URL);
    const log = options.log ?? actionsLog;
    const maxRetries = options.maxRetries ?? 3;
    const secondMs = options.secondMs ?? 1000;
    const paced = options.paceWrites ?? true;
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl: apiUrl,
        log: { debug: () => { }, info: () => { }, warn: log.warning, error: log.warning },
        throttle: {
            retryAfterBaseValue: secondMs,
            ...(paced ? {} : { write: unpaced, notifications: unpaced }),
            onSecondaryRateLimit: (retryAfter, request, _o, retryCount) => {
                if (retryCount >= maxRetries)
                    return false;
                log.warning(`GitHub secondary rate limit on ${request.method} ${request.url}: waiting ${retryAfter} s as ` +
                    `GitHub asks (retry ${retryCount + 1} of ${maxRetries}).`);
                return true;
            },
            onRateLimit: (retryAfter, request, _o, retryCount) => {
                // Waiting out an exhausted hourly quota would hold the runner for up to an hour.
                if (retryCount >= maxRetries || retryAfter > 60)
                    return false;
                log.warning(`GitHub rate limit on ${request.method} ${request.url}: waiting ${retryAfter} s until it resets.`);
                return true;
            },
        },
        // 5xx and network errors; rate limits (403/429) are the throttling plugin's, which honours retry-after.
        retry: {
            retries: maxRetries,
            retryAfterBaseValue: secondMs,
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        },
    }, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__/* .retry */ .L);
    const redact = options.redact;
    if (redact)
        octokit.hook.before('request', (request) => scrubRequest(request, redact));
    return { octokit, log, maxRetries, secondMs };
}
// Request options that say where a request goes, not what it carries.
const ROUTING = new Set(['method', 'url', 'baseUrl', 'headers', 'request', 'mediaType']);
function scrubValue(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((v) => scrubValue(v, redact));
    if (typeof value === 'object' && value !== null)
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValue(v, redact)]));
    return value;
}
function scrubRequest(request, redact) {
    for (const key of Object.keys(request))
        if (!ROUTING.has(key))
            request[key] = scrubValue(request[key], redact);
}
function resolveApiUrl(raw) {
    const url = raw?.trim() || 'https://api.github.com';
    try {
        const parsed = new URL(url);
        if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
            throw new Error('not http(s)');
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`GITHUB_API_URL is not a URL: ${JSON.stringify(url)}`, {}, 'On GitHub Enterprise Server it looks like https://HOST/api/v3; the runner sets it, so unset any override.');
    }
    return url.replace(/\/+$/, '');
}


/***/ })

};
