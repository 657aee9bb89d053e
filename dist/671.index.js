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
// EXTERNAL MODULE: ./lib/render/index.js + 70 modules
var render = __webpack_require__(1206);
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
    // Two git processes at once, and the head's project read while they run; not being in a
    // repository is the error to report first.
    const [top, base, head] = await Promise.allSettled([
        (0,git_worktree/* repoRoot */.jv)(env, headDir),
        (0,git_worktree/* resolveCommit */.WL)(env, headDir, opts.baseRef),
        onSide('head', () => (0,kluctl_project/* loadKluctlProject */.l)(headDir)),
    ]);
    if (top.status === 'rejected')
        throw top.reason;
    if (base.status === 'rejected')
        throw base.reason;
    if (head.status === 'rejected')
        throw head.reason;
    const root = realpath(top.value);
    const commit = base.value;
    const headProject = head.value;
    const targets = (0,target/* chooseTargets */.u)(headProject, opts.targets ?? []).map((t) => t ?? null);
    // Base and head share the cache: an item the pull request did not change renders once.
    const cache = opts.render.cache ?? (0,render/* openRenderCache */.Re)(opts.render, true);
    try {
        return await (0,git_worktree/* withWorktree */._u)(env, root, commit, (tree, release) => diffInWorktree(opts, { headDir, root, commit, targets, tree, release, cache, log }));
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
    for (const [i, target] of targets.entries()) {
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
        // git removes the checkout while the last target's objects are compared.
        if (i === targets.length - 1)
            run.release();
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









/***/ })

};
