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
// EXTERNAL MODULE: ./lib/github/summary.js
var summary = __webpack_require__(65671);
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
// EXTERNAL MODULE: ./lib/actions/markdown.js
var markdown = __webpack_require__(47974);
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
    (0,external_node_fs_.writeFileSync)(file, (0,diff/* toStableJson */.t_)(result));
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
    await (0,summary/* writeJobSummary */.j)(bodies);
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
    await (0,summary/* writeJobSummary */.j)([body]);
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


/***/ })

};
