export const id = 737;
export const ids = [737];
export const modules = {

/***/ 36737:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commentKey: () => (/* binding */ commentKey),
  diffReportBodies: () => (/* binding */ diffReportBodies),
  runDiff: () => (/* binding */ runDiff)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/diff/index.js + 15 modules
var diff = __webpack_require__(3529);
// EXTERNAL MODULE: ./lib/github/comments.js
var comments = __webpack_require__(88325);
// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/github/errors.js
var github_errors = __webpack_require__(9452);
;// CONCATENATED MODULE: ./lib/github/workflow-run.js
/** What a `workflow_run` workflow needs to comment on the pull request another run computed. */


/**
 * The pull request a `workflow_run` commenter should comment on: `number` comes from an
 * artifact the untrusted `pull_request` run wrote, so it counts only while that pull
 * request's head is the commit the run computed on. Otherwise (a newer push, or a number
 * pointing elsewhere) undefined, with a warning.
 */
async function pullRequestAtHead(gh, repo, number, headSha) {
    const n = typeof number === 'string' ? Number(number.trim()) : number;
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n <= 0) {
        throw new errors/* UserError */.yo(`Not a pull-request number: ${JSON.stringify(number)}`, {}, 'Pass the number the pull_request run saved.');
    }
    const { data } = await (0,github_errors/* withGitHubErrors */.Vo)({
        what: `reading pull request #${n} of ${repo.owner}/${repo.repo}`,
        permission: 'pull-requests: read',
    }, () => gh.octokit.rest.pulls.get({ ...repo, pull_number: n }));
    if (data.head.sha !== headSha) {
        gh.log.warning(`Pull request #${n} is at ${data.head.sha}, not at ${headSha} where the diff was computed: not commenting ` +
            '(a newer run will).');
        return undefined;
    }
    return { number: n, url: data.html_url, base: data.base.ref };
}

// EXTERNAL MODULE: ./lib/actions/runner-secrets.js + 1 modules
var runner_secrets = __webpack_require__(1926);
// EXTERNAL MODULE: ./lib/util/markdown.js
var markdown = __webpack_require__(46607);
;// CONCATENATED MODULE: ./lib/actions/diff-result-file.js
/**
 * Reads a diff result (toStableJson) written by another run. In the fork-safe pattern the
 * file comes from a pull request's untrusted code, so its shape is checked field by field
 * before anything of it reaches a comment.
 */


const CHANGES = ['new', 'changed', 'deleted'];
const FIELD_CHANGES = ['insert', 'delete', 'update'];
const COUNTS = ['new', 'changed', 'deleted', 'unchanged'];
class Invalid extends Error {
}
const fail = (at, what) => {
    throw new Invalid(`${at} must be ${what}`);
};
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v, at) => {
    if (typeof v !== 'string')
        fail(at, 'a string');
};
const optStr = (v, at) => {
    if (v !== undefined)
        str(v, at);
};
const oneOf = (values) => (v, at) => {
    if (typeof v !== 'string' || !values.includes(v))
        fail(at, `one of ${values.join(', ')}`);
};
const count = (v, at) => {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
        fail(at, 'a count');
};
const fields = (spec) => (v, at) => {
    if (!isObject(v))
        fail(at, 'an object');
    for (const [key, check] of Object.entries(spec))
        check(v[key], `${at}.${key}`);
};
const listOf = (check, optional = false) => (v, at) => {
    if (optional && v === undefined)
        return;
    if (!Array.isArray(v))
        fail(at, 'a list');
    v.forEach((x, i) => check(x, `${at}[${i}]`));
};
const checkResult = fields({
    base: fields({ ref: str, commit: str }),
    hasChanges: (v, at) => {
        if (typeof v !== 'boolean')
            fail(at, 'true or false');
    },
    targets: listOf(fields({
        target: (v, at) => {
            if (v !== null)
                str(v, at);
        },
        note: optStr,
        summary: fields(Object.fromEntries(COUNTS.map((c) => [c, count]))),
        objects: listOf(fields({
            group: str,
            apiVersion: str,
            kind: str,
            namespace: str,
            name: str,
            change: oneOf(CHANGES),
            changes: listOf(fields({ path: str, type: oneOf(FIELD_CHANGES) }), true),
            diff: optStr,
        })),
    })),
});
function readDiffResult(file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        throw new errors/* UserError */.yo(`cannot read the diff result: ${err.code ?? err.message}`, { file }, 'pass the result-json file of a diff run (in the fork-safe pattern: download its artifact first)');
    }
    try {
        const value = JSON.parse(text);
        checkResult(value, 'result');
        return value;
    }
    catch (err) {
        if (!(err instanceof Invalid || err instanceof SyntaxError))
            throw err;
        throw new errors/* UserError */.yo(`not a diff result: ${err.message}`, { file }, 'pass the result-json output of the diff action, unchanged');
    }
}

;// CONCATENATED MODULE: ./lib/actions/event.js
/** The event that started the workflow run (the JSON file at GITHUB_EVENT_PATH). */


function readEvent(env = process.env) {
    const name = env.GITHUB_EVENT_NAME ?? '';
    const file = env.GITHUB_EVENT_PATH;
    if (!file)
        return { name, payload: {} };
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        // Outside GitHub Actions the variable may point nowhere; act as if there were no event.
        return { name, payload: {} };
    }
    try {
        const payload = JSON.parse(text);
        return { name, payload: isRecord(payload) ? payload : {} };
    }
    catch (err) {
        throw new errors/* UserError */.yo(`the event file is not JSON: ${err.message}`, { file });
    }
}
function eventPullRequest(event) {
    const pr = event.payload.pull_request;
    if (!isRecord(pr) || typeof pr.number !== 'number')
        return undefined;
    const base = isRecord(pr.base) ? pr.base : {};
    const head = isRecord(pr.head) ? pr.head : {};
    return {
        number: pr.number,
        baseRef: typeof base.ref === 'string' ? base.ref : '',
        headSha: typeof head.sha === 'string' ? head.sha : '',
    };
}
/** `head_sha` of a `workflow_run` event: the commit the finished run worked on. */
function workflowRunHeadSha(event) {
    const run = event.payload.workflow_run;
    return isRecord(run) && typeof run.head_sha === 'string' ? run.head_sha : undefined;
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// EXTERNAL MODULE: ./lib/actions/git.js
var git = __webpack_require__(16571);
// EXTERNAL MODULE: ./lib/actions/github.js
var github = __webpack_require__(9080);
// EXTERNAL MODULE: ./lib/actions/inputs.js
var inputs = __webpack_require__(39922);
// EXTERNAL MODULE: ./lib/actions/render-inputs.js
var render_inputs = __webpack_require__(16545);
;// CONCATENATED MODULE: ./lib/actions/diff.js
















/**
 * `command: diff`: renders the project at the pull request's head and base and reports what
 * changes, as a sticky comment and in the job summary. With `comment-from` it only posts a
 * result computed by another run (the fork-safe `workflow_run` pattern).
 */
async function runDiff(workspace) {
    const commentFrom = (0,inputs/* optionalInput */.$m)('comment-from');
    if (commentFrom)
        return commentFromFile(workspace, external_node_path_.resolve(workspace, commentFrom));
    const against = (0,inputs/* choiceInput */.ij)('against', ['base', 'cluster'], 'base');
    if (against === 'cluster')
        throw new errors/* UserError */.yo('against: cluster is not supported yet', {}, 'use against: base (renders the base and the head of the pull request; needs no cluster)');
    if ((0,inputs/* optionalInput */.$m)('pull-request'))
        throw new errors/* UserError */.yo('the pull-request input is only used with comment-from', {}, 'a diff comments on the pull request of its pull_request event; remove pull-request');
    const event = readEvent();
    const pr = eventPullRequest(event);
    const givenBase = (0,inputs/* optionalInput */.$m)('base-ref');
    if (!givenBase && !pr?.baseRef)
        throw new errors/* UserError */.yo(`there is no base to compare with: this run's event (${event.name || 'none'}) is not a pull request`, {}, 'run the diff on pull_request, or set base-ref to the branch, tag or commit to compare with');
    const render = (0,render_inputs/* renderInputs */.E)(workspace);
    const targets = (0,inputs/* listInput */.dt)('targets');
    let comment;
    if ((0,inputs/* boolInput */.Hm)('comment', true)) {
        if (!pr)
            throw new errors/* UserError */.yo(`there is no pull request to comment on: this run's event (${event.name || 'none'}) is not a pull request`, {}, 'set comment: false (the report still goes to the job summary and result-json)');
        // Before rendering: a missing token should not cost a render first.
        const { gh, repo } = await (0,github/* gitHubFromInputs */.V)();
        const key = commentKey(workspace, render.projectDir, targets);
        comment = { gh, repo, issueNumber: pr.number, key };
    }
    const baseRef = await (0,git/* baseRefToUse */.f)(render.projectDir, givenBase ?? pr.baseRef, !givenBase);
    let result;
    try {
        result = await core/* group */.Os(`diff against ${baseRef}`, () => (0,diff/* diffAgainstRef */.iz)({ render, targets, baseRef }));
    }
    catch (err) {
        if (err instanceof diff/* RenderSideError */.oZ)
            await reportFailure(err, workspace, comment);
        throw err;
    }
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'shipshape-diff-'));
    const file = external_node_path_.join(dir, 'result.json');
    (0,external_node_fs_.writeFileSync)(file, (0,runner_secrets/* redactRunnerSecrets */.d)((0,diff/* toStableJson */.t_)(result)));
    core/* setOutput */.uH('result-json', file);
    await publish(result, comment);
}
/** The fork-safe commenter: posts a result another run computed, if its pull request is still there. */
async function commentFromFile(workspace, file) {
    const result = readDiffResult(file);
    const number = (0,inputs/* optionalInput */.$m)('pull-request');
    if (!number)
        throw new errors/* UserError */.yo('comment-from needs pull-request: the number of the pull request the result belongs to', {}, 'save github.event.pull_request.number next to the result in the pull_request run and pass it here');
    const event = readEvent();
    const headSha = workflowRunHeadSha(event) ?? eventPullRequest(event)?.headSha;
    if (!headSha)
        throw new errors/* UserError */.yo(`comment-from runs in a workflow_run workflow, which says which commit the result is for; this run's event is ${event.name || 'none'}`, {}, 'trigger the commenting workflow with on: workflow_run (see the fork-safe pattern in the README)');
    core/* setOutput */.uH('result-json', file);
    const { gh, repo } = await (0,github/* gitHubFromInputs */.V)();
    const pr = await pullRequestAtHead(gh, repo, number, headSha);
    const projectDir = external_node_path_.resolve(workspace, core/* getInput */.V4('project-dir') || '.');
    const key = commentKey(workspace, projectDir, (0,inputs/* listInput */.dt)('targets'));
    await publish(result, pr && { gh, repo, issueNumber: pr.number, key });
}
/**
 * The sticky comment's key: one comment per project directory and target selection, so
 * several diff steps in one workflow keep a comment each and a re-run finds its own.
 */
function commentKey(workspace, projectDir, targets) {
    const dir = external_node_path_.relative(workspace, projectDir).split(external_node_path_.sep).join('/');
    const names = targets.length ? targets : ['*'];
    return { action: 'diff', command: 'diff', targets: names.map((t) => (dir ? `${dir}/${t}` : t)) };
}
/** The report at every level of detail; the comment and the job summary take the first that fits. */
function diffReportBodies(result) {
    return diff/* MARKDOWN_LEVELS */.ev.map((level) => (0,diff/* renderMarkdown */.Gc)(result, level, { omittedNote: '' }));
}
async function publish(result, comment) {
    const bodies = diffReportBodies(result);
    core/* setOutput */.uH('has-changes', String(result.hasChanges));
    await (0,runner_secrets/* writeSummary */.S)(bodies);
    if (comment) {
        const posted = await (0,comments/* upsertStickyComment */.qD)(comment.gh, { ...comment, bodies });
        core/* setOutput */.uH('comment-url', posted.url);
    }
    const changed = result.targets.filter((t) => (0,diff/* summaryHasChanges */.Sf)(t.summary)).length;
    core/* info */.pq(result.hasChanges
        ? `changes in ${changed} of ${result.targets.length} target(s)`
        : `no changes in ${result.targets.length} target(s)`);
}
/** A side that does not render: the comment and the summary say which and why; the step fails. */
async function reportFailure(err, workspace, comment) {
    const what = err.side === 'head'
        ? "This pull request's version of the project does not render"
        : 'The base of this pull request does not render';
    const body = [
        `### shipshape diff failed${err.target ? ` for target ${(0,markdown/* code */.aY)(err.target)}` : ''}`,
        '',
        `${what}, so there is no diff to show. Fix the error and push again:`,
        '',
        (0,markdown/* fenced */.OF)('text', err.format(workspace)),
        '',
    ].join('\n');
    await (0,runner_secrets/* writeSummary */.S)([body]);
    if (!comment)
        return;
    try {
        await (0,comments/* upsertStickyComment */.qD)(comment.gh, { ...comment, bodies: [body] });
    }
    catch (postErr) {
        // The render error is what the step fails with; a failed comment is secondary.
        core/* warning */.$e(`could not comment on the failure: ${postErr.message}`);
    }
}


/***/ }),

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
/* harmony import */ var _runner_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1926);



/**
 * The client for the `github-token` input and the repository the workflow runs in. Octokit
 * is loaded here, on first use, not when an action starts: a diff without a comment never
 * needs it (the actions import the light modules of github/ directly, not its index).
 */
async function gitHubFromInputs() {
    const { createGitHub } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(636)]).then(__webpack_require__.bind(__webpack_require__, 70636));
    const gh = createGitHub({ token: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('github-token'), redact: _runner_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redactRunnerSecrets */ .d });
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

/***/ 16545:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ renderInputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _util_log_safe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43446);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39922);




/**
 * The project, image and inclusion inputs every rendering action shares (project-dir, args,
 * fixed-images, fixed-images-files, include-tags, exclude-tags, allow-env), paths relative to the
 * workspace; progress goes to the log.
 */
function renderInputs(workspace) {
    return {
        projectDir: node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace, _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('project-dir') || '.'),
        args: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .listInput */ .dt)('args'),
        fixedImages: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .listInput */ .dt)('fixed-images'),
        fixedImagesFiles: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .listInput */ .dt)('fixed-images-files').map((f) => node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace, f)),
        includeTags: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .listInput */ .dt)('include-tags'),
        excludeTags: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .listInput */ .dt)('exclude-tags'),
        allowEnv: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .listInput */ .dt)('allow-env'),
        cwd: workspace,
        log: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_2__/* .logSafe */ .sN)(line)),
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


/***/ })

};
