export const id = 947;
export const ids = [947];
export const modules = {

/***/ 16571:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ baseRefToUse),
/* harmony export */   o: () => (/* binding */ checkoutOf)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99661);
/** The few questions the actions ask the workspace's git clone. */


function git(cwd, args) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['-C', cwd, ...args], (err, stdout) => resolve(err ? undefined : stdout.trim()));
    });
}
const commitExists = async (cwd, ref) => (await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])) !== undefined;
/**
 * The ref to compare with for branch `ref` in the clone holding `dir`. actions/checkout
 * leaves the base branch only as `origin/<branch>` (a pull request's checkout is detached),
 * and a local branch of that name may be stale on a reused runner, so the remote-tracking
 * branch wins when `preferRemote`; otherwise it is the fallback for a name that does not
 * resolve. A ref that resolves neither way is returned as given, for the diff to report.
 */
async function baseRefToUse(dir, ref, preferRemote) {
    const remote = `origin/${ref}`;
    if (preferRemote && (await commitExists(dir, remote)))
        return remote;
    if (await commitExists(dir, ref))
        return ref;
    if (await commitExists(dir, remote))
        return remote;
    return ref;
}
/** The top directory and the checked-out commit of the clone holding `dir`. */
async function checkoutOf(dir) {
    const root = await git(dir, ['rev-parse', '--show-toplevel']);
    const head = root && (await git(dir, ['rev-parse', 'HEAD']));
    if (!root || !head)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${dir} is not in a git checkout`, {}, 'check out the repository first (actions/checkout)');
    return { root, head };
}


/***/ }),

/***/ 9080:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ gitHubFromInputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88120);


/**
 * The client for the `github-token` input and the repository the workflow runs in. Octokit
 * is loaded here, on first use, not when an action starts: a diff without a comment never
 * needs it (the actions import the light modules of github/ directly, not its index).
 */
async function gitHubFromInputs() {
    const { createGitHub } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(636)]).then(__webpack_require__.bind(__webpack_require__, 70636));
    const gh = createGitHub({ token: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('github-token') });
    return { gh, repo: (0,_github_context_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepo */ .E)() };
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
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99661);


/** A multi-line (or comma-separated) input as a list; blank lines and `#` comments ignored. */
function listInput(name) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name)
        .split(/\r?\n/)
        .flatMap((line) => (line.includes('=') ? [line] : line.split(',')))
        .map((s) => s.trim())
        .filter((s) => s && !s.startsWith('#'));
}
function optionalInput(name) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name) || undefined;
}
function boolInput(name, dflt) {
    const v = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim().toLowerCase();
    if (!v)
        return dflt;
    if (['true', 'yes', '1'].includes(v))
        return true;
    if (['false', 'no', '0'].includes(v))
        return false;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input ${name} must be true or false, got "${v}"`);
}
/** An input that must be one of `choices`; `dflt` when empty. */
function choiceInput(name, choices, dflt) {
    const v = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim();
    if (!v)
        return dflt;
    if (choices.includes(v))
        return v;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input ${name} must be one of ${choices.join(', ')}, got "${v}"`);
}


/***/ }),

/***/ 47974:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OF: () => (/* binding */ fenced),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code)
/* harmony export */ });
/** Markdown pieces for comments and pull-request bodies whose text comes from elsewhere. */
const longestRun = (text, ch) => Math.max(0, ...(text.match(new RegExp(`\\${ch}+`, 'g')) ?? []).map((r) => r.length));
/** Inline code that backticks inside `text` cannot close. */
function code(text) {
    const ticks = '`'.repeat(longestRun(text, '`') + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${text}${pad}${ticks}`;
}
/** A fenced block longer than any backtick run inside, so its content cannot close it. */
function fenced(lang, text) {
    const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
    return `${fence}${lang}\n${text.endsWith('\n') ? text : `${text}\n`}${fence}`;
}
/** Plain text in markdown: characters markdown would read as syntax are escaped. */
function escapeText(text) {
    return text.replace(/[\\`*_[\]<>|~#]/g, '\\$&');
}


/***/ }),

/***/ 16545:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ renderInputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39922);



/**
 * The project, image and inclusion inputs every rendering action shares (project-dir, args,
 * fixed-images, fixed-images-files, include-tags, exclude-tags), paths relative to the
 * workspace; progress goes to the log.
 */
function renderInputs(workspace) {
    return {
        projectDir: node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace, _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('project-dir') || '.'),
        args: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)('args'),
        fixedImages: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)('fixed-images'),
        fixedImagesFiles: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)('fixed-images-files').map((f) => node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace, f)),
        includeTags: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)('include-tags'),
        excludeTags: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)('exclude-tags'),
        cwd: workspace,
        log: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line),
    };
}


/***/ }),

/***/ 88325:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W$: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony exports stickyMarker, fitCommentBody */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88120);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9452);
/* harmony import */ var _markdown_fit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29888);



/** GitHub's limit for an issue comment or pull-request body, in characters. */
const COMMENT_LIMIT = 65_536;
/** `<!-- shipshape:diff:diff:prod,staging -->`; targets sorted, so their order does not matter. */
function stickyMarker(key) {
    const part = (s) => s.replace(/[^\w.\-/]/g, (c) => encodeURIComponent(c));
    const targets = [...new Set(key.targets)].sort().map(part).join(',');
    return `<!-- shipshape:${part(key.action)}:${part(key.command)}:${targets} -->`;
}
/** Creates the comment, or edits the one with the same marker; leaves it alone when unchanged. */
async function upsertStickyComment(gh, options) {
    const { repo, issueNumber } = options;
    const where = `${repo.owner}/${repo.repo}#${issueNumber}`;
    const marker = stickyMarker(options.key);
    const fitted = fitCommentBody(options.bodies, options.runUrl ?? (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .workflowRunUrl */ .C)(), marker.length + 1);
    const body = `${marker}\n${fitted.body}`;
    const shape = { level: fitted.level, truncated: fitted.truncated };
    const existing = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withGitHubErrors */ .Vo)({ what: `reading the comments of ${where}`, permission: 'pull-requests: read' }, () => findComment(gh, options, marker));
    if (existing && normalise(existing.body ?? '') === normalise(body)) {
        gh.log.info(`Comment ${existing.html_url} is up to date.`);
        return { id: existing.id, url: existing.html_url, outcome: 'unchanged', ...shape };
    }
    if (existing) {
        const { data } = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withGitHubErrors */ .Vo)({ what: `updating comment ${existing.id} on ${where}`, permission: 'pull-requests: write' }, () => gh.octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body }));
        gh.log.info(`Updated comment ${data.html_url}`);
        return { id: data.id, url: data.html_url, outcome: 'updated', ...shape };
    }
    const { data } = await (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withGitHubErrors */ .Vo)({ what: `commenting on ${where}`, permission: 'pull-requests: write' }, () => gh.octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body }));
    gh.log.info(`Created comment ${data.html_url}`);
    return { id: data.id, url: data.html_url, outcome: 'created', ...shape };
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
async function findComment(gh, options, marker) {
    const pages = gh.octokit.paginate.iterator(gh.octokit.rest.issues.listComments, {
        ...options.repo,
        issue_number: options.issueNumber,
        per_page: 100,
    });
    for await (const { data } of pages) {
        // The marker must open the body: a reply quoting our comment carries it further down.
        const found = data.find((c) => c.body?.startsWith(marker));
        if (found)
            return found;
    }
    return undefined;
}
const normalise = (text) => text.replace(/\r\n/g, '\n');


/***/ }),

/***/ 88120:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ workflowRunUrl),
/* harmony export */   E: () => (/* binding */ parseRepo)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99661);
/** What the runner tells a step about where it runs (GITHUB_* variables). */

/** Link to the running workflow run, or undefined outside GitHub Actions. */
function workflowRunUrl(env = process.env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
    if (!server || !repository || !runId)
        return undefined;
    return `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}`;
}
/** `owner/repo` from GITHUB_REPOSITORY (or the value given). */
function parseRepo(fullName = process.env.GITHUB_REPOSITORY) {
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(fullName?.trim() ?? '');
    if (!match) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Not a repository name: ${JSON.stringify(fullName ?? '')}`, {}, 'Expected owner/name, as in GITHUB_REPOSITORY.');
    }
    return { owner: match[1], repo: match[2] };
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

/***/ 29888:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ fitMarkdown),
/* harmony export */   FA: () => (/* binding */ countChars),
/* harmony export */   k0: () => (/* binding */ countUtf8Bytes)
/* harmony export */ });
/* unused harmony export truncateMarkdown */
/**
 * Fitting markdown into GitHub's size limits (65,536 characters per comment or pull-request
 * body, 1 MiB per job summary): the caller offers the same report at decreasing detail; the
 * first that fits wins, and as a last resort the least detailed one is cut at a line
 * boundary, closing any code fence or <details> element the cut would leave open.
 */
const countChars = (text) => text.length;
const countUtf8Bytes = (text) => Buffer.byteLength(text, 'utf8');
function fitMarkdown(levels, options) {
    if (levels.length === 0)
        throw new Error('fitMarkdown: no body given');
    for (let level = 0; level < levels.length; level++) {
        const body = level === 0 ? levels[0] : appendNote(levels[level], options.degradedNote);
        if (options.measure(body) <= options.limit)
            return { body, level, truncated: false };
    }
    const level = levels.length - 1;
    const note = '\n\n' + (level === 0 ? '' : options.degradedNote + '\n\n') + options.truncatedNote;
    const body = truncateMarkdown(levels[level], options.limit - options.measure(note), options.measure) + note;
    return { body, level, truncated: true };
}
function appendNote(body, note) {
    return note ? `${body}\n\n${note}` : body;
}
/**
 * The longest prefix of whole lines that, with the closers of whatever it leaves open,
 * fits `limit`. A line of code inside a fence may be cut part-way (code cannot break the
 * markup around it); other lines are kept whole or dropped.
 */
function truncateMarkdown(text, limit, measure) {
    const lines = text.split('\n');
    const scanner = new BlockScanner();
    const kept = [];
    let size = 0;
    for (const line of lines) {
        const separator = kept.length ? 1 : 0;
        const after = scanner.copy();
        after.feed(line);
        if (size + separator + measure(line) + measure(after.closers()) <= limit) {
            kept.push(line);
            size += separator + measure(line);
            scanner.feed(line);
            continue;
        }
        const room = limit - size - separator - measure(scanner.closers());
        const inCode = scanner.inFence() && after.inFence();
        if (inCode || kept.length === 0) {
            const part = prefixWithin(line, room, measure, !inCode);
            if (part)
                kept.push(part);
        }
        break;
    }
    return kept.join('\n') + scanner.closers();
}
/** Longest prefix of `line` measuring at most `room`, never splitting a surrogate pair. */
function prefixWithin(line, room, measure, atSpace) {
    let end = 0;
    let size = 0;
    for (const ch of line) {
        const s = measure(ch);
        if (size + s > room)
            break;
        size += s;
        end += ch.length;
    }
    let part = line.slice(0, end);
    if (atSpace && end < line.length) {
        const space = part.lastIndexOf(' ');
        if (space > 0)
            part = part.slice(0, space);
    }
    return part;
}
/**
 * Tracks the blocks a cut could leave open: a fenced code block (``` or ~~~, CommonMark
 * rules for opening and closing) and nested <details> elements outside code. Fences are
 * recognised at any indentation, since reports nest them in list items.
 */
class BlockScanner {
    fence;
    details = 0;
    copy() {
        const other = new BlockScanner();
        other.fence = this.fence;
        other.details = this.details;
        return other;
    }
    inFence() {
        return this.fence !== undefined;
    }
    feed(line) {
        if (this.fence) {
            const close = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
            if (close && close[1][0] === this.fence.char && close[1].length >= this.fence.length)
                this.fence = undefined;
            return;
        }
        const open = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(line);
        // A backtick fence's info string cannot contain backticks (that is inline code).
        if (open && !(open[2][0] === '`' && open[3].includes('`'))) {
            this.fence = { char: open[2][0], length: open[2].length, indent: open[1] };
            return;
        }
        const markup = line.replace(/(`+)[^`]*?\1/g, '');
        const opened = markup.match(/<details[\s>]/gi)?.length ?? 0;
        const closed = markup.match(/<\/details\s*>/gi)?.length ?? 0;
        this.details = Math.max(0, this.details + opened - closed);
    }
    /** What closes the open blocks, innermost first, each on its own line. */
    closers() {
        const parts = [];
        // At the opening's indentation, so a fence in a list item closes inside that item.
        if (this.fence)
            parts.push(this.fence.indent + this.fence.char.repeat(this.fence.length));
        for (let i = 0; i < this.details; i++)
            parts.push('</details>');
        return parts.length ? '\n' + parts.join('\n') : '';
    }
}


/***/ }),

/***/ 65671:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ writeJobSummary)
/* harmony export */ });
/* unused harmony export SUMMARY_LIMIT_BYTES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96421);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88120);
/* harmony import */ var _markdown_fit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29888);
/** The job summary (GITHUB_STEP_SUMMARY): markdown shown on the run's page, at most 1 MiB per step. */




const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/**
 * Appends the most detailed of `bodies` that fits what is left of the step's 1 MiB
 * (earlier writes of the same step count), cutting the last one safely if none does.
 */
async function writeJobSummary(bodies, options = {}) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return { written: false, level: 0, truncated: false, bytes: 0 };
    const used = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file).then((s) => s.size, () => 0);
    const runUrl = options.runUrl ?? (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .workflowRunUrl */ .C)();
    const artifacts = runUrl ? `[workflow run](${runUrl})` : 'workflow run';
    const fitted = (0,_markdown_fit_js__WEBPACK_IMPORTED_MODULE_3__/* .fitMarkdown */ .DJ)(bodies, {
        // The trailing newline addRaw(…, true) adds.
        limit: SUMMARY_LIMIT_BYTES - used - 1,
        measure: _markdown_fit_js__WEBPACK_IMPORTED_MODULE_3__/* .countUtf8Bytes */ .k0,
        degradedNote: '_The full report is larger than a job summary allows (1 MiB); this is a shorter form._',
        truncatedNote: `_… cut at the job-summary limit of 1 MiB; see the step's log and outputs in the ${artifacts}._`,
    });
    await _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .summary */ .z.addRaw(fitted.body, true).write();
    return {
        written: true,
        level: fitted.level,
        truncated: fitted.truncated,
        bytes: (0,_markdown_fit_js__WEBPACK_IMPORTED_MODULE_3__/* .countUtf8Bytes */ .k0)(fitted.body) + 1,
    };
}


/***/ })

};
