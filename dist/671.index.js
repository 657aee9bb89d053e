export const id = 671;
export const ids = [671];
export const modules = {

/***/ 71671:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  diffReportBodies: () => (/* binding */ diffReportBodies),
  runDiff: () => (/* binding */ runDiff)
});

// EXTERNAL MODULE: ./lib/node_modules/@actions/core/lib/core.js + 3 modules
var core = __webpack_require__(86120);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/diff/index.js + 2 modules
var diff = __webpack_require__(77376);
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

// EXTERNAL MODULE: ./lib/util/markdown.js
var markdown = __webpack_require__(46607);
// EXTERNAL MODULE: ./lib/actions/runner-secrets.js + 1 modules
var runner_secrets = __webpack_require__(1926);
;// CONCATENATED MODULE: ./lib/actions/diff-result-file.js
/**
 * Reads a diff result (toStableJson) written by another run. In the fork-safe pattern the
 * file comes from a pull request's untrusted code, so its shape is checked field by field
 * before anything of it reaches a comment.
 */


const CHANGES = ['new', 'changed', 'deleted', 'orphan'];
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

// EXTERNAL MODULE: ./lib/github/comments.js
var comments = __webpack_require__(88325);
// EXTERNAL MODULE: ./lib/github/context.js
var context = __webpack_require__(88120);
;// CONCATENATED MODULE: ./lib/github/labels.js

/**
 * Puts `label` on the issue or pull request when `present`, takes it off otherwise; reads
 * the labels first, so a run that changes nothing writes nothing. Adding a label the
 * repository does not have creates it (GitHub's rule), which needs `issues: write`.
 */
async function setLabel(gh, repo, issueNumber, label, present) {
    const where = `${repo.owner}/${repo.repo}#${issueNumber}`;
    const labels = await (0,github_errors/* withGitHubErrors */.Vo)({ what: `reading the labels of ${where}`, permission: 'pull-requests: read' }, () => gh.octokit.paginate(gh.octokit.rest.issues.listLabelsOnIssue, {
        ...repo,
        issue_number: issueNumber,
        per_page: 100,
    }));
    // GitHub compares label names without regard to case.
    const has = labels.some((l) => l.name.toLowerCase() === label.toLowerCase());
    if (has === present)
        return 'unchanged';
    if (present) {
        await (0,github_errors/* withGitHubErrors */.Vo)({
            what: `adding the label ${label} to ${where}`,
            permission: 'pull-requests: write (and issues: write when the label is new)',
        }, () => gh.octokit.rest.issues.addLabels({ ...repo, issue_number: issueNumber, labels: [label] }));
        gh.log.info(`Labelled ${where} ${label}.`);
        return 'added';
    }
    try {
        await gh.octokit.rest.issues.removeLabel({ ...repo, issue_number: issueNumber, name: label });
    }
    catch (err) {
        // Removed by someone else since we read the labels: the label is off, as wanted.
        if ((0,github_errors/* statusOf */.c2)(err) !== 404)
            return (0,github_errors/* withGitHubErrors */.Vo)({ what: `removing the label ${label} from ${where}`, permission: 'pull-requests: write' }, () => Promise.reject(err));
    }
    gh.log.info(`Removed the label ${label} from ${where}.`);
    return 'removed';
}

// EXTERNAL MODULE: ./lib/actions/inputs.js
var inputs = __webpack_require__(39922);
;// CONCATENATED MODULE: ./lib/actions/diff-comment.js
/**
 * What the diff action does on the pull request: the comment (when, how, under which key),
 * its footer, and the label that says the pull request changes the rendered objects.
 */








const WHEN = {
    true: 'always',
    yes: 'always',
    '1': 'always',
    false: 'never',
    no: 'never',
    '0': 'never',
    'changes-only': 'changes-only',
};
function commentSettings() {
    const raw = core/* getInput */.V4('comment').trim().toLowerCase() || 'true';
    const when = Object.hasOwn(WHEN, raw) ? WHEN[raw] : undefined;
    if (!when)
        throw new errors/* UserError */.yo(`input comment must be true, false or changes-only, got "${raw}"`, {}, 'changes-only posts nothing while the pull request changes nothing, and says so on a comment it posted earlier');
    return {
        when,
        mode: (0,inputs/* choiceInput */.ij)('comment-mode', [...comments/* COMMENT_MODES */.p8, 'delete'], 'update'),
        key: (0,inputs/* optionalInput */.$m)('comment-key')?.trim(),
        title: (0,inputs/* optionalInput */.$m)('title')?.trim(),
        label: (0,inputs/* optionalInput */.$m)('label')?.trim(),
    };
}
/** Whether the run needs a token and a pull request at all. */
const touchesPullRequest = (s) => s.when !== 'never' || !!s.label;
/**
 * The comment's key: `comment-key` when given, else the project directory and the target
 * selection, so several diff steps in one workflow keep a comment each and a re-run finds
 * its own.
 */
function commentKey(workspace, projectDir, targets, name) {
    const dir = external_node_path_.relative(workspace, projectDir).split(external_node_path_.sep).join('/');
    const names = targets.length ? targets : ['*'];
    return {
        action: 'diff',
        command: 'diff',
        targets: names.map((t) => (dir ? `${dir}/${t}` : t)),
        ...(name ? { name } : {}),
    };
}
/** The commit the report is for and the run that made it; not compared (see upsertStickyComment). */
function commentFooter(headSha, runUrl = (0,context/* workflowRunUrl */.C)()) {
    const parts = [
        ...(headSha ? [`shipshape diff of ${(0,markdown/* code */.aY)(headSha.slice(0, 12))}`] : ['shipshape diff']),
        ...(runUrl ? [`[workflow run](${runUrl})`] : []),
    ];
    return `<sub>${parts.join(' · ')}</sub>`;
}
/**
 * Comments (by the settings) and sets the label; returns the comment's URL, or undefined
 * when there is none.
 */
async function publishOnPullRequest(target, settings, report) {
    const { gh, repo, issueNumber } = target;
    const url = await comment(target, settings, report);
    if (settings.label)
        await setLabel(gh, repo, issueNumber, settings.label, report.hasChanges);
    return url;
}
async function comment(target, settings, report) {
    if (settings.when === 'never')
        return undefined;
    const { gh, repo, issueNumber, key } = target;
    if (settings.mode === 'delete') {
        const n = await (0,comments/* deleteStickyComments */.Z5)(gh, { repo, issueNumber, key });
        core/* info */.pq(n ? `Deleted ${n} comment(s).` : 'No comment to delete.');
        return undefined;
    }
    const options = {
        repo,
        issueNumber,
        key,
        mode: settings.mode,
        footer: commentFooter(target.headSha),
    };
    if (settings.when === 'changes-only' && !report.hasChanges) {
        const posted = await (0,comments/* updateStickyComment */.OS)(gh, { ...options, bodies: report.goneBodies });
        if (!posted)
            core/* info */.pq('No changes and no earlier comment: nothing to post (comment: changes-only).');
        return posted?.url;
    }
    return (await (0,comments/* upsertStickyComment */.qD)(gh, { ...options, bodies: report.bodies })).url;
}
/** A failure report goes where the diff would have gone (whatever `changes-only` says). */
async function commentFailure(target, settings, body) {
    if (settings.when === 'never' || settings.mode === 'delete')
        return;
    const { gh, repo, issueNumber, key } = target;
    await (0,comments/* upsertStickyComment */.qD)(gh, {
        repo,
        issueNumber,
        key,
        bodies: [body],
        mode: settings.mode,
        footer: commentFooter(target.headSha),
    });
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

// EXTERNAL MODULE: ./lib/actions/failure.js + 1 modules
var failure = __webpack_require__(28073);
// EXTERNAL MODULE: ./lib/actions/git.js
var git = __webpack_require__(16571);
// EXTERNAL MODULE: ./lib/actions/github.js
var github = __webpack_require__(9080);
// EXTERNAL MODULE: ./lib/actions/render-inputs.js
var render_inputs = __webpack_require__(16545);
;// CONCATENATED MODULE: ./lib/actions/diff.js

















/**
 * `command: diff`: renders the project at the pull request's head and base and reports what
 * changes, as a comment on the pull request (see diff-comment.ts) and in the job summary.
 * With `comment-from` it only posts a result computed by another run (the fork-safe
 * `workflow_run` pattern).
 */
async function runDiff(workspace) {
    const settings = commentSettings();
    const commentFrom = (0,inputs/* optionalInput */.$m)('comment-from');
    if (commentFrom)
        return commentFromFile(workspace, external_node_path_.resolve(workspace, commentFrom), settings);
    const against = (0,inputs/* choiceInput */.ij)('against', ['base', 'cluster'], 'base');
    if (against === 'cluster')
        return runDiffAgainstCluster(workspace, settings);
    if ((0,inputs/* optionalInput */.$m)('pull-request'))
        throw new errors/* UserError */.yo('the pull-request input is only used with comment-from', {}, 'a diff comments on the pull request of its pull_request event; remove pull-request');
    const event = readEvent();
    const pr = eventPullRequest(event);
    const givenBase = (0,inputs/* optionalInput */.$m)('base-ref');
    if (!givenBase && !pr?.baseRef)
        throw new errors/* UserError */.yo(`there is no base to compare with: this run's event (${event.name || 'none'}) is not a pull request`, {}, 'run the diff on pull_request, or set base-ref to the branch, tag or commit to compare with');
    const render = (0,render_inputs/* renderInputs */.E)(workspace);
    const targets = (0,inputs/* listInput */.dt)('targets');
    let target;
    if (touchesPullRequest(settings)) {
        if (!pr)
            throw new errors/* UserError */.yo(`there is no pull request to comment on: this run's event (${event.name || 'none'}) is not a pull request`, {}, 'set comment: false and leave label empty (the report still goes to the job summary and result-json)');
        // Before rendering: a missing token should not cost a render first.
        const { gh, repo } = await (0,github/* gitHubFromInputs */.V)();
        const key = commentKey(workspace, render.projectDir, targets, settings.key);
        const headSha = pr.headSha || (await (0,git/* checkoutOf */.o5)(render.projectDir)).head;
        target = { gh, repo, issueNumber: pr.number, key, headSha };
    }
    const baseRef = await (0,git/* baseRefToUse */.fC)(render.projectDir, givenBase ?? pr.baseRef, !givenBase);
    let result;
    try {
        result = await core/* group */.Os(`diff against ${baseRef}`, () => (0,diff/* diffAgainstRef */.iz)({ render, targets, baseRef }));
    }
    catch (err) {
        if (!(err instanceof diff/* RenderSideError */.oZ))
            throw err;
        await reportRenderFailure(err, workspace, target, settings);
        // Template errors name files relative to the project; one of the base side names its
        // ref (`origin/main:web/config.yaml`), which is no file of the checkout.
        await (0,failure/* annotate */.fz)([(0,failure/* problemOf */.Zw)(err, 'shipshape diff', render.projectDir)], render.projectDir);
        throw new failure/* ReportedFailure */.g7(err.format(workspace));
    }
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'shipshape-diff-'));
    const file = external_node_path_.join(dir, 'result.json');
    (0,external_node_fs_.writeFileSync)(file, (0,runner_secrets/* redactRunnerSecrets */.dr)((0,diff/* toStableJson */.t_)(result)));
    core/* setOutput */.uH('result-json', file);
    await publish(result, settings, target, dir);
}
/**
 * `against: cluster`: each target compared with its cluster (diff-cluster.ts), reported like
 * a base diff: the comment on the pull request (when there is one) and the job summary.
 */
async function runDiffAgainstCluster(workspace, settings) {
    for (const input of ['base-ref', 'pull-request'])
        if ((0,inputs/* optionalInput */.$m)(input))
            throw new errors/* UserError */.yo(`the ${input} input is not used with against: cluster`, {}, `remove ${input}`);
    const render = (0,render_inputs/* renderInputs */.E)(workspace);
    const targets = (0,inputs/* listInput */.dt)('targets');
    const pr = eventPullRequest(readEvent());
    let target;
    if (touchesPullRequest(settings) && pr) {
        const { gh, repo } = await (0,github/* gitHubFromInputs */.V)();
        const key = commentKey(workspace, render.projectDir, targets, settings.key ?? 'cluster');
        target = { gh, repo, issueNumber: pr.number, key, headSha: pr.headSha || undefined };
    }
    const { diffAgainstCluster, clusterDiffFailure } = await Promise.all(/* import() */[__webpack_require__.e(525), __webpack_require__.e(139)]).then(__webpack_require__.bind(__webpack_require__, 71139));
    const { result, failed } = await diffAgainstCluster(render, targets);
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'shipshape-diff-'));
    const file = external_node_path_.join(dir, 'result.json');
    (0,external_node_fs_.writeFileSync)(file, (0,runner_secrets/* redactRunnerSecrets */.dr)((0,diff/* toStableJson */.t_)(result)));
    core/* setOutput */.uH('result-json', file);
    await publish(result, settings, target, dir);
    if (failed.length)
        throw clusterDiffFailure(failed);
}
/** The fork-safe commenter: posts a result another run computed, if its pull request is still there. */
async function commentFromFile(workspace, file, settings) {
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
    const key = commentKey(workspace, projectDir, (0,inputs/* listInput */.dt)('targets'), settings.key);
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'shipshape-diff-'));
    await publish(result, settings, pr && { gh, repo, issueNumber: pr.number, key, headSha }, dir);
}
/** The heading of every report: the `title` input, or what was compared with. */
function heading(result, title) {
    const against = `${(0,markdown/* code */.aY)(result.base.ref)} (${(0,markdown/* code */.aY)(result.base.commit.slice(0, 12))})`;
    return title
        ? `### ${(0,markdown/* text */.Qq)(title)}\n\nRendered changes against ${against}.`
        : `### Rendered changes against ${against}`;
}
/** The report at every level of detail; the comment and the job summary take the first that fits. */
function diffReportBodies(result, title) {
    return diff/* MARKDOWN_LEVELS */.ev.map((level) => (0,diff/* renderMarkdown */.Gc)(result, level, { omittedNote: '', title: heading(result, title) }));
}
/** What a `changes-only` comment says once a later push made its changes go away. */
function goneBodies(result, title) {
    return [
        (0,diff/* renderMarkdown */.Gc)(result, 'counts', {
            title: heading(result, title),
            noChangesNote: 'No changes any more: the rendered objects of this pull request are the same as those of its base.',
        }),
    ];
}
const orphans = (s) => s.orphan ?? 0;
async function publish(result, settings, target, dir) {
    const bodies = diffReportBodies(result, settings.title);
    const markdown = external_node_path_.join(dir, 'report.md');
    (0,external_node_fs_.writeFileSync)(markdown, (0,runner_secrets/* redactRunnerSecrets */.dr)(bodies[0]));
    const total = (count) => String(result.targets.reduce((n, t) => n + count(t.summary), 0));
    core/* setOutput */.uH('has-changes', String(result.hasChanges));
    core/* setOutput */.uH('new', total((s) => s.new));
    core/* setOutput */.uH('changed', total((s) => s.changed));
    core/* setOutput */.uH('deleted', total((s) => s.deleted));
    core/* setOutput */.uH('orphan', total(orphans));
    core/* setOutput */.uH('markdown-file', markdown);
    await (0,runner_secrets/* writeSummary */.Sy)(bodies);
    if (target) {
        const url = await publishOnPullRequest(target, settings, {
            hasChanges: result.hasChanges,
            bodies,
            goneBodies: goneBodies(result, settings.title),
        });
        if (url)
            core/* setOutput */.uH('comment-url', url);
    }
    const changed = result.targets.filter((t) => (0,diff/* summaryHasChanges */.Sf)(t.summary)).length;
    core/* info */.pq(result.hasChanges
        ? `changes in ${changed} of ${result.targets.length} target(s)`
        : `no changes in ${result.targets.length} target(s)`);
}
/** A side that does not render: the comment and the summary say which and why; the step fails. */
async function reportRenderFailure(err, workspace, target, settings) {
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
    await (0,runner_secrets/* writeSummary */.Sy)([body]);
    if (!target)
        return;
    try {
        await commentFailure(target, settings, body);
    }
    catch (postErr) {
        // The render error is what the step fails with; a failed comment is secondary.
        core/* warning */.$e(`could not comment on the failure: ${postErr.message}`);
    }
}


/***/ }),

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

/***/ 77376:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ev: () => (/* reexport */ render_markdown/* MARKDOWN_LEVELS */.ev),
  oZ: () => (/* reexport */ RenderSideError),
  nS: () => (/* reexport */ ignore/* compileIgnoreRules */.nS),
  iz: () => (/* reexport */ diffAgainstRef),
  fd: () => (/* reexport */ compare/* diffObjectPair */.f),
  Gc: () => (/* reexport */ render_markdown/* renderMarkdown */.Gc),
  S5: () => (/* reexport */ renderText),
  Sf: () => (/* reexport */ model/* summaryHasChanges */.S),
  t_: () => (/* reexport */ model/* toStableJson */.t)
});

// UNUSED EXPORTS: diffObjects, renderMarkdownWithin, unifiedDiff

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/project/kluctl-project.js
var kluctl_project = __webpack_require__(84702);
// EXTERNAL MODULE: ./lib/project/target.js
var target = __webpack_require__(98020);
// EXTERNAL MODULE: ./lib/project/paths.js
var paths = __webpack_require__(4813);
// EXTERNAL MODULE: ./lib/render/index.js + 69 modules
var render = __webpack_require__(80296);
// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/diff/compare.js + 5 modules
var compare = __webpack_require__(53680);
// EXTERNAL MODULE: ./lib/diff/describe.js
var describe = __webpack_require__(97186);
// EXTERNAL MODULE: ./lib/diff/git-worktree.js
var git_worktree = __webpack_require__(22673);
// EXTERNAL MODULE: ./lib/diff/model.js
var model = __webpack_require__(22726);
;// CONCATENATED MODULE: ./lib/diff/base-vs-head.js











/** Rendering one side failed; says which side, which target and why. */
class RenderSideError extends errors/* UserError */.yo {
    side;
    target;
    constructor(side, target, message, loc, hint, cause) {
        super(message, loc, hint, { cause });
        this.side = side;
        this.target = target;
        this.name = 'RenderSideError';
    }
}
function baseSideOf(baseProject, target, ref) {
    if (!baseProject)
        return {
            render: false,
            note: `the project directory does not exist at ${ref}; every object is new`,
        };
    if (target === null && baseProject.targets.length > 0)
        return {
            render: false,
            note: `the project at ${ref} defines targets and this one defines none; every object is new`,
        };
    if (target !== null && !baseProject.targets.some((t) => t.name === target))
        return {
            render: false,
            note: `target ${target} does not exist at ${ref}; every object is new`,
        };
    return { render: true };
}
const realpath = (p) => {
    try {
        return (0,external_node_fs_.realpathSync)(p);
    }
    catch {
        return external_node_path_.resolve(p);
    }
};
/**
 * Renders the project of the working tree (head) and of `baseRef` (base, in a temporary
 * worktree) for each target and compares them object by object.
 *
 * Files given as flags that live inside the repository (fixed-images files, args files,
 * the working directory for `-a name=@file`) are read from the base checkout for the base
 * side, so a change to them shows up in the diff. A target or project directory that does
 * not exist at the base is compared with nothing (every object new), with a note.
 */
async function diffAgainstRef(opts) {
    const log = opts.render.log ?? (() => undefined);
    const headDir = realpath(opts.render.projectDir);
    if (!(0,paths/* isDirectory */.wd)(headDir))
        throw new errors/* UserError */.yo(`project directory ${opts.render.projectDir} does not exist`, {}, 'pass --project-dir pointing at the directory with .kluctl.yaml / deployment.yaml');
    const env = opts.render.env ?? process.env;
    const root = realpath(await (0,git_worktree/* repoRoot */.jv)(env, headDir));
    const commit = await (0,git_worktree/* resolveCommit */.WL)(env, root, opts.baseRef);
    const headProject = await onSide('head', () => (0,kluctl_project/* loadKluctlProject */.l)(headDir));
    const targets = (0,target/* chooseTargets */.u)(headProject, opts.targets ?? []).map((t) => t ?? null);
    // Base and head share the cache: an item the pull request did not change renders once.
    const cache = opts.render.cache ?? (0,render/* openRenderCache */.Re)(opts.render, true);
    try {
        return await (0,git_worktree/* withWorktree */._u)(env, root, commit, (tree) => diffInWorktree(opts, { headDir, root, commit, targets, tree, cache, log }));
    }
    finally {
        if (!opts.render.cache)
            await cache?.close();
    }
}
async function diffInWorktree(opts, run) {
    const { headDir, root, commit, targets, cache, log } = run;
    // The base checkout, once git has written it (the head renders meanwhile).
    let checkout;
    const baseCheckout = () => (checkout ??= run.tree.then(async (tree) => {
        const base = { ref: opts.baseRef, tree };
        // Where a path of the head checkout is in the base checkout.
        const toBase = (p) => {
            const real = realpath(p);
            return (0,paths/* isInside */.FK)(root, real) ? external_node_path_.join(tree, external_node_path_.relative(root, real)) : p;
        };
        const baseDir = toBase(headDir);
        const project = (0,paths/* isDirectory */.wd)(baseDir)
            ? await onSide('base', () => (0,kluctl_project/* loadKluctlProject */.l)(baseDir), base)
            : undefined;
        return { base, toBase, project };
    }));
    const results = [];
    for (const target of targets) {
        const started = Date.now();
        const label = target ?? 'project';
        log(`${label}: rendering head`);
        const logAs = (s) => (line) => log(`${label} [${s}] ${line}`);
        const headOpts = {
            ...opts.render,
            projectDir: headDir,
            target: target ?? undefined,
            log: logAs('head'),
            cache,
        };
        // One after the other: the second finds what the first built in the cache, and each
        // keeps every core busy on its own.
        const headRender = await settled((0,render/* renderProject */.CX)(headOpts));
        const { base, toBase, project: baseProject } = await baseCheckout();
        const side = baseSideOf(baseProject, target, base.ref);
        if (side.render)
            log(`${label}: rendering base (${base.ref})`);
        const baseCwd = opts.render.cwd && toBase(opts.render.cwd);
        const baseOpts = {
            ...headOpts,
            projectDir: toBase(headDir),
            argsFiles: opts.render.argsFiles?.map(toBase),
            fixedImagesFiles: opts.render.fixedImagesFiles?.map(toBase),
            cwd: baseCwd && (0,paths/* isDirectory */.wd)(baseCwd) ? baseCwd : opts.render.cwd,
            log: logAs('base'),
        };
        const baseRender = await settled(side.render ? (0,render/* renderProject */.CX)(baseOpts) : Promise.resolve(undefined));
        if (headRender.status === 'rejected') {
            if (headRender.reason instanceof errors/* UsageError */.eb)
                throw headRender.reason;
            const both = baseRender.status === 'rejected';
            throw sideError('head', target, headRender.reason, undefined, both);
        }
        if (baseRender.status === 'rejected')
            throw sideError('base', target, baseRender.reason, base);
        const { objects, ignoreForDiff } = headRender.value;
        const diff = (0,compare/* diffObjects */.w)(baseRender.value?.objects ?? [], objects, ignoreForDiff);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        log(`${label}: ${(0,describe/* countsText */.WN)(diff.summary)} (${seconds} s)`);
        results.push({ target, ...(side.render ? {} : { note: side.note }), ...diff });
    }
    return {
        base: { ref: opts.baseRef, commit },
        hasChanges: results.some((t) => (0,model/* summaryHasChanges */.S)(t.summary)),
        targets: results,
    };
}
function settled(p) {
    return p.then((value) => ({ status: 'fulfilled', value }), (reason) => ({ status: 'rejected', reason }));
}
/** Runs a step of one side; its failure becomes a RenderSideError (head usage errors stay). */
async function onSide(side, fn, base) {
    try {
        return await fn();
    }
    catch (err) {
        if (side === 'head' && err instanceof errors/* UsageError */.eb)
            throw err;
        throw sideError(side, null, err, base);
    }
}
/** Wraps a render failure; paths inside the base checkout read as `ref:path`. */
function sideError(side, target, err, base, otherFailedToo = false) {
    const ue = err instanceof errors/* UserError */.yo ? err : undefined;
    const inBase = (s) => base
        ? s
            .split(`${base.tree}${external_node_path_.sep}`)
            .join(`${base.ref}:`)
            .split(base.tree)
            .join(`${base.ref}:.`)
        : s;
    const where = side === 'base' ? `the base (${base?.ref})` : 'the head (working tree)';
    const why = inBase(ue ? ue.message : (0,errors/* formatError */.Wk)(err));
    const message = `rendering ${where}${target ? ` of target ${target}` : ''} failed: ${why}${otherFailedToo ? ' (the base failed too)' : ''}`;
    return new RenderSideError(side, target, message, { file: ue?.file && inBase(ue.file), line: ue?.line, col: ue?.col }, ue?.hint && inBase(ue.hint), err);
}

// EXTERNAL MODULE: ./lib/diff/ignore.js
var ignore = __webpack_require__(95245);
;// CONCATENATED MODULE: ./lib/diff/render-text.js

const SIGN = { new: '+', changed: '~', deleted: '-', orphan: '?' };
const indent = (text, by) => text
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n');
/** The result for a terminal: per target the counts, each object and, when changed, its diff. */
function renderText(result) {
    const out = [`Diff against ${result.base.ref} (${(0,describe/* shortCommit */.Ax)(result.base.commit)})`, ''];
    for (const t of result.targets) {
        out.push(`Target ${(0,describe/* targetName */.je)(t)}: ${(0,describe/* countsText */.WN)(t.summary)}`);
        if (t.note)
            out.push(`  note: ${t.note}`);
        for (const o of t.objects) {
            out.push(`  ${SIGN[o.change]} ${o.kind} ${(0,describe/* objectName */.Hd)(o)}`);
            for (const c of o.changes ?? [])
                out.push(`      ${c.type.padEnd(6)} ${c.path}`);
            if (o.diff)
                out.push(indent(o.diff.trimEnd(), '      '));
        }
        out.push('');
    }
    return out.join('\n');
}

// EXTERNAL MODULE: ./lib/diff/render-markdown.js
var render_markdown = __webpack_require__(66637);
;// CONCATENATED MODULE: ./lib/diff/index.js









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


/***/ })

};
