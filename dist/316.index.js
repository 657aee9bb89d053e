export const id = 316;
export const ids = [316];
export const modules = {

/***/ 9080:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ gitHubFromInputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86120);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88120);
/* harmony import */ var _runner_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1926);



/**
 * The client for the `github-token` input and the repository the workflow runs in. Octokit
 * is loaded here, on first use, not when an action starts: a diff without a comment never
 * needs it (the actions import the light modules of github/ directly, not its index).
 */
async function gitHubFromInputs() {
    const { createGitHub } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(636)]).then(__webpack_require__.bind(__webpack_require__, 70636));
    const gh = createGitHub({ token: _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4('github-token'), redact: _runner_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactRunnerSecrets */ .dr });
    return { gh, repo: (0,_github_context_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRepo */ .E)() };
}


/***/ }),

/***/ 39922:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ optionalInput),
/* harmony export */   Hm: () => (/* binding */ boolInput),
/* harmony export */   dt: () => (/* binding */ listInput),
/* harmony export */   ij: () => (/* binding */ choiceInput)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86120);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99661);


/** A multi-line (or comma-separated) input as a list; blank lines and `#` comments ignored. */
function listInput(name) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4(name)
        .split(/\r?\n/)
        .flatMap((line) => (line.includes('=') ? [line] : line.split(',')))
        .map((s) => s.trim())
        .filter((s) => s && !s.startsWith('#'));
}
function optionalInput(name) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4(name) || undefined;
}
function boolInput(name, dflt) {
    const v = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4(name).trim().toLowerCase();
    if (!v)
        return dflt;
    if (['true', 'yes', '1'].includes(v))
        return true;
    if (['false', 'no', '0'].includes(v))
        return false;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`input ${name} must be true or false, got "${v}"`);
}
/** An input that must be one of `choices`; `dflt` when empty. */
function choiceInput(name, choices, dflt) {
    const v = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4(name).trim();
    if (!v)
        return dflt;
    if (choices.includes(v))
        return v;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`input ${name} must be one of ${choices.join(', ')}, got "${v}"`);
}


/***/ }),

/***/ 16545:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ renderInputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86120);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _util_log_safe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43446);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39922);




/**
 * The project, image, inclusion and cache inputs every rendering action shares (project-dir,
 * args, fixed-images, fixed-images-files, include-tags, exclude-tags, allow-env, cache-dir),
 * paths relative to the workspace; progress goes to the log.
 */
function renderInputs(workspace) {
    const cacheDir = _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .getInput */ .V4('cache-dir');
    return {
        projectDir: node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(workspace, _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .getInput */ .V4('project-dir') || '.'),
        args: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)('args'),
        fixedImages: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)('fixed-images'),
        fixedImagesFiles: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)('fixed-images-files').map((f) => node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(workspace, f)),
        includeTags: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)('include-tags'),
        excludeTags: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)('exclude-tags'),
        allowEnv: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)('allow-env'),
        cacheDir: cacheDir ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(workspace, cacheDir) : undefined,
        cwd: workspace,
        log: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq((0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .logSafe */ .sN)(line)),
    };
}


/***/ }),

/***/ 88325:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ updateStickyComment),
/* harmony export */   W$: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   Z5: () => (/* binding */ deleteStickyComments),
/* harmony export */   p8: () => (/* binding */ COMMENT_MODES),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony exports stickyMarker, stickyCommentBody, fitCommentBody */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88120);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9452);
/* harmony import */ var _markdown_fit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29888);



/** GitHub's limit for an issue comment or pull-request body, in characters. */
const COMMENT_LIMIT = 65_536;
/**
 * How a changed report reaches the pull request: `update` edits the comment in place,
 * `recreate` deletes it and posts the report as a new comment at the bottom of the
 * conversation (which notifies), `new` posts a new comment and leaves the earlier ones.
 */
const COMMENT_MODES = ['update', 'recreate', 'new'];
/**
 * `<!-- shipshape:diff:diff:prod,staging -->`; targets sorted, so their order does not
 * matter. With a name: `<!-- shipshape:diff:diff:key:NAME -->` (every `:` of a target is
 * encoded, so no target set reads the same).
 */
function stickyMarker(key) {
    const part = (s) => s.replace(/[^\w.\-/]/g, (c) => encodeURIComponent(c));
    const targets = key.name !== undefined
        ? `key:${part(key.name)}`
        : [...new Set(key.targets)].sort().map(part).join(',');
    return `<!-- shipshape:${part(key.action)}:${part(key.command)}:${targets} -->`;
}
// The line that separates the report from the footer, so that comparing leaves the footer out.
const FOOTER_MARKER = '<!-- shipshape:footer -->';
/** The comment's whole body: marker, the most detailed report that fits, footer. */
function stickyCommentBody(options) {
    const marker = stickyMarker(options.key);
    const footer = options.footer ? `\n\n${FOOTER_MARKER}\n${options.footer}` : '';
    const fitted = fitCommentBody(options.bodies, options.runUrl ?? (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .workflowRunUrl */ .C)(), marker.length + 1 + footer.length);
    return {
        body: `${marker}\n${footer ? fitted.body.trimEnd() : fitted.body}${footer}`,
        level: fitted.level,
        truncated: fitted.truncated,
    };
}
/** The report part of a comment body: line endings normalised, footer left out. */
const reportOf = (body) => {
    const text = body.replace(/\r\n/g, '\n');
    const at = text.indexOf(`\n\n${FOOTER_MARKER}\n`);
    return at < 0 ? text : text.slice(0, at);
};
/**
 * Posts the report as the comment with this key: creates it, or (by `mode`) edits, replaces
 * or adds to the one there is; leaves it alone when its report is the same.
 */
async function upsertStickyComment(gh, options) {
    const existing = await findStickyComments(gh, options);
    return post(gh, options, existing);
}
/**
 * Like upsertStickyComment, but only where the comment exists already: undefined (nothing
 * written) when there is none. For news that only matters to someone who saw the comment,
 * such as "the changes are gone".
 */
async function updateStickyComment(gh, options) {
    const existing = await findStickyComments(gh, options);
    return existing.length ? post(gh, options, existing) : undefined;
}
/** Deletes every comment with this key; returns how many there were. */
async function deleteStickyComments(gh, options) {
    const existing = await findStickyComments(gh, options);
    for (const c of existing)
        await deleteComment(gh, options, c.id);
    return existing.length;
}
async function post(gh, options, existing) {
    const { repo, issueNumber } = options;
    const where = `${repo.owner}/${repo.repo}#${issueNumber}`;
    const mode = options.mode ?? 'update';
    const { body, level, truncated } = stickyCommentBody(options);
    const shape = { level, truncated };
    const latest = existing.at(-1);
    if (latest && reportOf(latest.body ?? '') === reportOf(body)) {
        gh.log.info(`Comment ${latest.html_url} is up to date.`);
        return { id: latest.id, url: latest.html_url, outcome: 'unchanged', ...shape };
    }
    if (latest && mode === 'update') {
        const { data } = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withGitHubErrors */ .Vo)({ what: `updating comment ${latest.id} on ${where}`, permission: 'pull-requests: write' }, () => gh.octokit.rest.issues.updateComment({ ...repo, comment_id: latest.id, body }));
        gh.log.info(`Updated comment ${data.html_url}`);
        return { id: data.id, url: data.html_url, outcome: 'updated', ...shape };
    }
    if (mode === 'recreate')
        for (const c of existing)
            await deleteComment(gh, options, c.id);
    const { data } = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withGitHubErrors */ .Vo)({ what: `commenting on ${where}`, permission: 'pull-requests: write' }, () => gh.octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body }));
    gh.log.info(`Created comment ${data.html_url}`);
    const outcome = mode === 'recreate' && existing.length ? 'recreated' : 'created';
    return { id: data.id, url: data.html_url, outcome, ...shape };
}
async function deleteComment(gh, options, id) {
    const { repo, issueNumber } = options;
    await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withGitHubErrors */ .Vo)({
        what: `deleting comment ${id} on ${repo.owner}/${repo.repo}#${issueNumber}`,
        permission: 'pull-requests: write',
    }, () => gh.octokit.rest.issues.deleteComment({ ...repo, comment_id: id }));
    gh.log.info(`Deleted comment ${id} on ${repo.owner}/${repo.repo}#${issueNumber}.`);
}
/** The body (without marker) that fits a comment next to `reserved` characters. */
function fitCommentBody(bodies, runUrl, reserved = 0) {
    const run = runUrl ? `[workflow run](${runUrl})` : 'workflow run';
    return (0,_markdown_fit_js__WEBPACK_IMPORTED_MODULE_2__/* .fitMarkdown */ .DJ)(bodies, {
        limit: COMMENT_LIMIT - reserved,
        measure: _markdown_fit_js__WEBPACK_IMPORTED_MODULE_2__/* .countChars */ .FA,
        degradedNote: `_The full report is longer than a GitHub comment allows; it is in the job summary of the ${run}._`,
        truncatedNote: `_… cut at GitHub's limit of 65,536 characters. The full report is in the job summary of the ${run}._`,
    });
}
/** Every comment with the key's marker, oldest first. */
async function findStickyComments(gh, options) {
    const { repo, issueNumber } = options;
    const marker = stickyMarker(options.key);
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withGitHubErrors */ .Vo)({
        what: `reading the comments of ${repo.owner}/${repo.repo}#${issueNumber}`,
        permission: 'pull-requests: read',
    }, async () => {
        const found = [];
        const pages = gh.octokit.paginate.iterator(gh.octokit.rest.issues.listComments, {
            ...repo,
            issue_number: issueNumber,
            per_page: 100,
        });
        // The marker must open the body: a reply quoting our comment carries it further down.
        for await (const { data } of pages)
            found.push(...data.filter((c) => c.body?.startsWith(`${marker}\n`)));
        return found;
    });
}


/***/ }),

/***/ 9452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pm: () => (/* binding */ explainGitHubError),
/* harmony export */   Vo: () => (/* binding */ withGitHubErrors),
/* harmony export */   _4: () => (/* binding */ isGraphqlError),
/* harmony export */   c2: () => (/* binding */ statusOf)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99661);
/**
 * GitHub's errors turned into messages a workflow author can act on. The messages carry
 * what was being done, GitHub's own words and the fix; never the token (octokit redacts it
 * from the request it keeps, and nothing here reads headers that carry it).
 */

/** Runs `fn`, turning a GitHub error into a UserError that says what to do. */
async function withGitHubErrors(op, fn) {
    try {
        return await fn();
    }
    catch (err) {
        throw explainGitHubError(err, op);
    }
}
const FORK_HINT = 'On `pull_request` events from forks GITHUB_TOKEN is read-only whatever `permissions:` says: ' +
    'compute in the `pull_request` workflow and write from a `workflow_run` workflow (docs/github.md).';
function explainGitHubError(err, op) {
    if (err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
        return err;
    if (isGraphqlError(err))
        return explainGraphql(err, op);
    if (!isHttpError(err))
        return err instanceof Error ? err : new Error(String(err));
    const status = err.status;
    const said = githubMessage(err);
    const headers = err.response?.headers ?? {};
    const fail = (message, hint) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(message, {}, hint, { cause: err });
    if (!err.response) {
        return fail(`Could not reach GitHub while ${op.what}: ${said}.`, 'Check the network and GITHUB_API_URL (on GitHub Enterprise Server: https://HOST/api/v3).');
    }
    if (status === 401) {
        return fail(`GitHub rejected the token while ${op.what} (401 ${said}).`, 'The token is invalid or expired: pass `github-token: ${{ github.token }}` or a current ' +
            'GitHub App / personal access token.');
    }
    if ((status === 403 || status === 429) && /secondary rate limit/i.test(said)) {
        return fail(`GitHub's secondary rate limit stopped ${op.what}, also after the retries GitHub asked for.`, 'Re-run the job in a few minutes. If it recurs, let fewer shipshape jobs run at once ' +
            '(`concurrency:` in the workflow) or make fewer groups.');
    }
    if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0') {
        const reset = Number(headers['x-ratelimit-reset']);
        const when = reset ? ` until ${new Date(reset * 1000).toISOString()}` : '';
        return fail(`GitHub's API rate limit for this token is used up${when}; stopped ${op.what}.`, 'Re-run after the reset, or use a token with its own quota (a GitHub App token).');
    }
    if (status === 403 && /not permitted to create or approve pull requests/i.test(said)) {
        return fail(`GitHub refused ${op.what}: ${said}`, 'Allow it under Settings → Actions → General → "Allow GitHub Actions to create and approve ' +
            'pull requests" (organisation and repository), or pass a GitHub App token as `github-token`.');
    }
    if (status === 403) {
        return fail(`GitHub refused ${op.what} (403 ${said}).`, `The token lacks a permission: add \`${op.permission}\` to the job's \`permissions:\` block. ` +
            FORK_HINT);
    }
    if (status === 404) {
        return fail(`GitHub answered 404 Not Found while ${op.what}.`, 'Check the repository, branch or number. GitHub also answers 404 when the token cannot see ' +
            'the repository: GITHUB_TOKEN reaches only the repository running the workflow.');
    }
    if (status === 422) {
        return fail(`GitHub rejected ${op.what} (422 ${said}).`, 'GitHub names the invalid part above.');
    }
    if (status >= 500) {
        return fail(`GitHub failed while ${op.what} (${status} ${said}), also on retry.`, 'GitHub is having trouble (https://www.githubstatus.com): re-run the job later.');
    }
    return fail(`GitHub answered ${status} while ${op.what}: ${said}`, "See GitHub's message above.");
}
function explainGraphql(err, op) {
    const first = err.errors[0];
    const said = err.errors.map((e) => e.message).join('; ');
    const fail = (message, hint) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(message, {}, hint, { cause: err });
    switch (first?.type) {
        case 'FORBIDDEN':
            return fail(`GitHub refused ${op.what} (${said}).`, `The token lacks a permission: add \`${op.permission}\` to the job's \`permissions:\` block. ` +
                FORK_HINT);
        case 'NOT_FOUND':
            return fail(`GitHub could not find what ${op.what} needs: ${said}`, 'Check the repository and branch names.');
        case 'STALE_DATA':
            return fail(`The branch moved while ${op.what} (${said}).`, 'Another run or person pushed to it at the same time. Re-run the job; a `concurrency:` group ' +
                'in the workflow keeps runs from overlapping.');
        case 'RATE_LIMITED':
            return fail(`GitHub's GraphQL rate limit stopped ${op.what}.`, 'Re-run the job after the limit resets (at most an hour).');
        default:
            return fail(`GitHub rejected ${op.what}: ${said}`, "See GitHub's message above.");
    }
}
/** GitHub's message with the details of a validation error, without its documentation link. */
function githubMessage(err) {
    const data = err.response?.data;
    if (!data?.message)
        return err.message;
    const details = (data.errors ?? []).map((e) => typeof e === 'string'
        ? e
        : (e.message ?? [e.resource, e.field, e.code].filter(Boolean).join(' ')));
    return details.length ? `${data.message}: ${details.join('; ')}` : data.message;
}
function isHttpError(err) {
    return err instanceof Error && typeof err.status === 'number';
}
function isGraphqlError(err) {
    return err instanceof Error && Array.isArray(err.errors);
}
/** HTTP status of an octokit error, or undefined for anything else. */
function statusOf(err) {
    return isHttpError(err) ? err.status : undefined;
}


/***/ }),

/***/ 43446:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ logSafeJson),
/* harmony export */   NJ: () => (/* binding */ logSafeYaml),
/* harmony export */   sN: () => (/* binding */ logSafe)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _plain_yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84074);
/**
 * Output for stdout and stderr, where GitHub's runner reads every line of a step's output
 * for workflow commands: `::name props::data` at the start of a line (after whitespace) and
 * the older `##[name props]data` anywhere in one; it splits lines at CR as well as LF. A
 * name, path or message from a project or a registry could otherwise add annotations, set
 * outputs, mask the log or switch command processing off.
 *
 * Everything the CLI and the actions write goes through one of these before it is written:
 * logSafe for text (the CLI's stderr and text reports, the actions' log lines), and for
 * the CLI's data formats logSafeJson and logSafeYaml, which keep the data exactly. Text
 * given to core.warning/error/setFailed or core.group is command data, which @actions/core
 * escapes itself (`%`, CR, LF).
 */


// .NET's Char.IsWhiteSpace, which the runner trims with, also counts NEL (U+0085).
const COMMAND_START = /^([\s\u0085]*)::/;
/**
 * A line that cannot be read as a command is kept byte for byte; a line that could is
 * written in the escaped form the runner uses for command data (`%25`, `%0D`, and `%3A` for
 * the colons, `%5B` for the bracket), which stays readable and is no command.
 */
function logSafe(text) {
    return text
        .split('\n')
        .map((line) => {
        // CRLF is one line break; any other CR would start a line of its own for the runner.
        const crlf = line.endsWith('\r');
        const body = crlf ? line.slice(0, -1) : line;
        if (!COMMAND_START.test(body) && !body.includes('##[') && !body.includes('\r'))
            return line;
        const escaped = body
            .replace(/%/g, '%25')
            .replace(/\r/g, '%0D')
            .replace(COMMAND_START, '$1%3A%3A')
            .replace(/##\[/g, '##%5B');
        return crlf ? `${escaped}\r` : escaped;
    })
        .join('\n');
}
/**
 * JSON text with every `##[` written as `##\u005b`: the same data for any JSON reader, and no
 * legacy command for the runner. JSON needs nothing else: no line of it starts with `::`
 * (each starts with a bracket, a brace, a quote or a value), and `##[` can only be inside a
 * string, where the escape means the same character.
 */
function logSafeJson(json) {
    return json.replace(/##\[/g, '##\\u005b');
}
// A string that, printed in block or plain style or folded at a space, could put a command
// at the start of a line.
const RISKY_STRING = /(?:^|[\s\u0085])::|##\[|\r/;
/**
 * `value` as YAML that any YAML reader reads as the same data, with no workflow command in
 * it: a string that could print a line starting with `::` (or holding `##[` or a CR) is
 * written double-quoted on one line (line breaks as `\n`), with `[` escaped as `\x5B` after
 * `##`. Without such a string the YAML is what `yaml` prints anyway.
 */
function logSafeYaml(value, options = {}) {
    // The common case printed directly (a plain string never holds `::`, `##[` or a CR).
    if (options.lineWidth === 0 && Object.keys(options).length === 1) {
        const plain = (0,_plain_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .plainYaml */ .g)(value);
        if (plain !== undefined)
            return plain;
    }
    // No anchors and aliases: a reader of our output should not need to resolve them.
    const doc = new yaml__WEBPACK_IMPORTED_MODULE_0__.Document(value, { aliasDuplicateObjects: false });
    let risky = false;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__.visit)(doc, {
        Scalar(_, node) {
            if (typeof node.value === 'string' && RISKY_STRING.test(node.value)) {
                node.type = 'QUOTE_DOUBLE';
                risky = true;
            }
        },
    });
    // Unfolded and with JSON's escapes, so a quoted string stays on its one line; only then
    // is every `##[` inside one.
    const text = doc.toString(risky ? { ...options, lineWidth: 0, doubleQuotedAsJSON: true } : options);
    return risky ? text.replace(/##\[/g, '##\\x5B') : text;
}


/***/ }),

/***/ 45536:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ deepMerge),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   SO: () => (/* binding */ setPath),
/* harmony export */   Yn: () => (/* binding */ getPath),
/* harmony export */   dg: () => (/* binding */ newMap),
/* harmony export */   q8: () => (/* binding */ withSortedKeys)
/* harmony export */ });
/* unused harmony exports put, ownValue, toSafeData */
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** A map without a prototype, optionally filled from entries. */
function newMap(entries) {
    const out = Object.create(null);
    if (entries)
        for (const [k, v] of entries)
            out[k] = v;
    return out;
}
/** Writes an own entry, even on an ordinary object and even for the key `__proto__`. */
function put(obj, key, value) {
    Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}
/** The own value at `key`, never an inherited one. */
const ownValue = (obj, key) => Object.hasOwn(obj, key) ? obj[key] : undefined;
/** A deep copy whose maps have no prototype (lists and scalars copied as they are). */
function toSafeData(value) {
    if (Array.isArray(value))
        return value.map(toSafeData);
    if (!isPlainObject(value))
        return value;
    const proto = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null)
        return newMap(Object.entries(value).map(([k, v]) => [k, toSafeData(v)]));
    return value;
}
/**
 * kluctl's merge: maps merge recursively, lists and scalars from `src` replace what `dst`
 * had. Returns a new map; neither input is modified.
 */
function deepMerge(dst, src) {
    const out = newMap(Object.entries(dst));
    for (const [k, v] of Object.entries(src)) {
        const cur = ownValue(out, k);
        out[k] = isPlainObject(cur) && isPlainObject(v) ? deepMerge(cur, v) : toSafeData(v);
    }
    return out;
}
/**
 * Sets `value` at a path of map keys and list indexes (`a.b=c` style), creating maps (or
 * lists, before a numeric index) on the way.
 */
function setPath(obj, path, value) {
    let cur = obj;
    path.forEach((seg, i) => {
        if (i === path.length - 1) {
            put(cur, seg, value);
            return;
        }
        const next = Object.hasOwn(cur, seg) ? cur[seg] : undefined;
        if (typeof next === 'object' && next !== null) {
            cur = next;
        }
        else {
            const made = (typeof path[i + 1] === 'number' ? [] : newMap());
            put(cur, seg, made);
            cur = made;
        }
    });
}
function getPath(obj, path) {
    let cur = obj;
    for (const seg of path) {
        if (!isPlainObject(cur) || !Object.hasOwn(cur, seg))
            return { found: false };
        cur = cur[seg];
    }
    return { found: true, value: cur };
}
/**
 * A deep copy whose maps list their keys sorted. kluctl hands every variable to Jinja2
 * through Go maps and JSON, so templates iterating a dict from the variables (`items()`,
 * `to_yaml`, `for k in d`) see its keys in sorted order, whatever the YAML order was.
 */
function withSortedKeys(value) {
    if (Array.isArray(value))
        return value.map(withSortedKeys);
    if (!isPlainObject(value))
        return value;
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null)
        return value;
    return newMap(Object.keys(value)
        .sort()
        .map((k) => [k, withSortedKeys(value[k])]));
}


/***/ }),

/***/ 84074:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ plainYaml)
/* harmony export */ });
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45536);
/**
 * YAML for plain data (what JSON can hold) exactly as the `yaml` library prints it with
 * `lineWidth: 0`, for the common case only, several times faster: printing every object of
 * a render went through the library's document model and took an eighth of the render.
 *
 * The common case is data whose strings print plain or, when they would read as another
 * type (`"1"`, `"true"`), in double quotes without escapes; whose numbers are integers.
 * Anything else (multi-line or unusual strings, floats, undefined) returns undefined, and
 * the library prints it. test/util/plain-yaml.test.ts compares both on every case.
 */

// A string the library prints plain: no indicator first, no `: ` / ` #`, no quotes or
// escapes, nothing at its ends it would protect with quotes.
const PLAIN = /^[A-Za-z0-9_./$(][A-Za-z0-9_./$@=+,;()~^-]*(?:[ :][A-Za-z0-9_./$@=+,;()~^-]+)*$/;
// Keys of the usual form (`app.kubernetes.io/name`), which print as values do.
const KEY = /^[A-Za-z0-9_./$-]+$/;
// Strings YAML 1.2's core schema reads as null, booleans or numbers: printed in quotes.
const OTHER_TYPE = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
class NotPlain extends Error {
}
function scalar(v) {
    if (v === null)
        return 'null';
    if (typeof v === 'boolean')
        return String(v);
    if (typeof v === 'number') {
        if (!Number.isSafeInteger(v) || Object.is(v, -0))
            throw new NotPlain();
        return String(v);
    }
    if (typeof v === 'string') {
        if (!PLAIN.test(v))
            throw new NotPlain();
        return OTHER_TYPE.test(v) ? `"${v}"` : v;
    }
    throw new NotPlain();
}
/**
 * One object reached twice: the library would write an anchor and an alias (or a copy, as
 * asked); both are left to it.
 */
function once(v, seen) {
    if (seen.has(v))
        throw new NotPlain();
    seen.add(v);
}
/** Lines of a map's pairs at `indent`. */
function map(obj, indent, out, seen) {
    once(obj, seen);
    for (const key of Object.keys(obj)) {
        if (!KEY.test(key))
            throw new NotPlain();
        const k = scalar(key);
        const v = obj[key];
        if (Array.isArray(v)) {
            if (v.length === 0)
                out.push(`${indent}${k}: []`);
            else {
                out.push(`${indent}${k}:`);
                seq(v, `${indent}  `, out, seen);
            }
        }
        else if ((0,_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(v)) {
            if (Object.keys(v).length === 0)
                out.push(`${indent}${k}: {}`);
            else {
                out.push(`${indent}${k}:`);
                map(v, `${indent}  `, out, seen);
            }
        }
        else
            out.push(`${indent}${k}: ${scalar(v)}`);
    }
}
/** Lines of a sequence's items at `indent`; a collection item starts on the dash's line. */
function seq(list, indent, out, seen) {
    once(list, seen);
    for (const v of list) {
        if (!isCollection(v)) {
            out.push(`${indent}- ${Array.isArray(v) ? '[]' : (0,_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(v) ? '{}' : scalar(v)}`);
            continue;
        }
        const first = out.length;
        if (Array.isArray(v))
            seq(v, `${indent}  `, out, seen);
        else
            map(v, `${indent}  `, out, seen);
        out[first] = `${indent}- ${out[first].slice(indent.length + 2)}`;
    }
}
const isCollection = (v) => (Array.isArray(v) && v.length > 0) || ((0,_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(v) && Object.keys(v).length > 0);
/** `value` (a mapping) as the yaml library prints it with lineWidth 0, or undefined. */
function plainYaml(value) {
    if (!(0,_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(value))
        return undefined;
    if (Object.keys(value).length === 0)
        return '{}\n';
    const out = [];
    try {
        map(value, '', out, new Set());
    }
    catch (err) {
        if (err instanceof NotPlain)
            return undefined;
        throw err;
    }
    return `${out.join('\n')}\n`;
}


/***/ })

};
