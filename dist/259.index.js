export const id = 259;
export const ids = [259];
export const modules = {

/***/ 69259:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HELM_GROUP_BY: () => (/* binding */ HELM_GROUP_BY),
  runHelmUpdateAction: () => (/* binding */ runHelmUpdateAction)
});

// EXTERNAL MODULE: ./lib/node_modules/@actions/core/lib/core.js + 3 modules
var core = __webpack_require__(86120);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/diff/compare.js + 5 modules
var compare = __webpack_require__(53680);
// EXTERNAL MODULE: ./lib/diff/git-worktree.js
var git_worktree = __webpack_require__(22673);
// EXTERNAL MODULE: ./lib/diff/model.js
var model = __webpack_require__(22726);
// EXTERNAL MODULE: ./lib/github/context.js
var context = __webpack_require__(88120);
// EXTERNAL MODULE: ./lib/github/pulls.js + 3 modules
var pulls = __webpack_require__(47064);
// EXTERNAL MODULE: ./lib/helm/chart-sources.js + 2 modules
var chart_sources = __webpack_require__(17959);
// EXTERNAL MODULE: ./lib/helm/layout.js
var layout = __webpack_require__(41248);
// EXTERNAL MODULE: ./lib/helm/pull.js
var pull = __webpack_require__(35645);
// EXTERNAL MODULE: ./lib/helm/update.js
var update = __webpack_require__(51119);
;// CONCATENATED MODULE: ./lib/helm/update-changes.js
/**
 * The files a set of chart updates changes, without touching the checkout: each
 * helm-chart.yaml with its new version (format-preserving), the new version's chart files in
 * `.helm-charts` (pulled into a scratch directory), and the files of versions no
 * helm-chart.yaml uses any more, deleted. This is what `helm-update --upgrade` followed by
 * `helm-pull` would change, for just these updates; the helm-update action commits it.
 */





function filesUnder(dir) {
    const out = [];
    const walk = (d) => {
        for (const e of (0,external_node_fs_.readdirSync)(d, { withFileTypes: true })) {
            const p = external_node_path_.join(d, e.name);
            if (e.isDirectory())
                walk(p);
            else if (e.isFile() || e.isSymbolicLink())
                out.push(p);
        }
    };
    if ((0,external_node_fs_.existsSync)(dir))
        walk(dir);
    return out.sort();
}
/** Vendored versions per chart, given each release's version. */
function vendored(charts, versionOf) {
    const out = new Map();
    for (const c of charts) {
        if (c.kind === 'local' || c.skipPrePull)
            continue;
        const e = out.get((0,layout/* chartKey */.w4)(c)) ?? { chart: c, versions: new Set() };
        e.versions.add(versionOf(c));
        out.set((0,layout/* chartKey */.w4)(c), e);
    }
    return out;
}
async function chartUpdateChanges(opts) {
    const { root, projectDir } = opts;
    const repoPath = (p) => external_node_path_.relative(root, p).split(external_node_path_.sep).join('/');
    const chartsRoot = external_node_path_.join(projectDir, layout/* HELM_CHARTS_DIR */.H2);
    const { charts } = (0,pull/* loadChartFiles */.IW)(projectDir);
    const byFile = new Map(opts.updates.map((u) => [external_node_path_.join(projectDir, ...u.file.split('/')), u]));
    const changes = [];
    for (const [file, u] of byFile) {
        const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        changes.push({
            path: repoPath(file),
            content: (0,update/* editChartVersion */.x2)(text, file, u, u.path.split('.')),
        });
    }
    const newVersion = (c) => {
        const u = byFile.get(c.file);
        if (!u)
            return (0,layout/* versionDirName */.Xv)(c);
        return c.kind === 'git'
            ? (0,layout/* versionDirName */.Xv)({ ...c, git: { ...c.git, ref: { tag: u.latest } } })
            : u.latest;
    };
    const before = vendored(charts, layout/* versionDirName */.Xv);
    const after = vendored(charts, newVersion);
    const added = [];
    const removed = [];
    for (const [key, { chart, versions }] of after) {
        for (const v of versions) {
            if (before.get(key)?.versions.has(v))
                continue;
            const dest = (0,layout/* pulledChartDir */.Eh)(chartsRoot, chart, v);
            if ((0,external_node_fs_.existsSync)(external_node_path_.join(dest, 'Chart.yaml')))
                continue;
            const src = await (0,pull/* pullToScratch */.jo)(chart, v, opts.sources);
            for (const f of filesUnder(src))
                changes.push({
                    path: repoPath(external_node_path_.join(dest, external_node_path_.relative(src, f))),
                    content: (0,external_node_fs_.readFileSync)(f),
                });
            added.push(repoPath(dest));
        }
    }
    for (const [key, { chart, versions }] of before) {
        for (const v of versions) {
            if (after.get(key)?.versions.has(v))
                continue;
            const dir = (0,layout/* pulledChartDir */.Eh)(chartsRoot, chart, v);
            const files = filesUnder(dir);
            if (!files.length)
                continue;
            for (const f of files)
                changes.push({ path: repoPath(f), content: null });
            removed.push(repoPath(dir));
        }
    }
    return { changes, added, removed };
}

// EXTERNAL MODULE: ./lib/project/kluctl-project.js
var kluctl_project = __webpack_require__(84702);
// EXTERNAL MODULE: ./lib/project/target.js
var target = __webpack_require__(98020);
// EXTERNAL MODULE: ./lib/render/index.js + 70 modules
var lib_render = __webpack_require__(1206);
// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/util/log-safe.js
var log_safe = __webpack_require__(43446);
// EXTERNAL MODULE: ./lib/util/markdown.js
var markdown = __webpack_require__(46607);
// EXTERNAL MODULE: ./lib/actions/bump-pulls.js
var bump_pulls = __webpack_require__(75442);
// EXTERNAL MODULE: ./lib/actions/failure.js + 1 modules
var failure = __webpack_require__(28073);
// EXTERNAL MODULE: ./lib/actions/git.js
var git = __webpack_require__(16571);
// EXTERNAL MODULE: ./lib/actions/github.js
var actions_github = __webpack_require__(9080);
// EXTERNAL MODULE: ./lib/diff/render-markdown.js
var render_markdown = __webpack_require__(66637);
// EXTERNAL MODULE: ./lib/util/one-line.js
var one_line = __webpack_require__(13551);
;// CONCATENATED MODULE: ./lib/actions/helm-update-text.js




const plural = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
/** A readable source: the repository URL, or the git URL. */
const source = (u) => u.source;
function pullRequestTitle(updates, file) {
    const charts = [...new Set(updates.map((u) => `${u.chart}\n${u.source}`))];
    const [u] = updates;
    const latest = new Set(updates.map((x) => x.latest));
    const current = new Set(updates.map((x) => x.current));
    if (charts.length === 1 && latest.size === 1 && current.size === 1)
        return (0,one_line/* oneLine */.T)(`Update Helm chart ${u.chart} from ${u.current} to ${u.latest}${file ? ` in ${file}` : ''}`);
    if (charts.length === 1 && latest.size === 1)
        return (0,one_line/* oneLine */.T)(`Update Helm chart ${u.chart} to ${u.latest}`);
    return (0,one_line/* oneLine */.T)(`Update ${plural(charts.length, 'Helm chart')}${file ? ` in ${file}` : ''}`);
}
function updatesTable(updates, extra) {
    const head = [
        'chart',
        'from',
        'to',
        'constraint',
        'helm-chart.yaml',
        ...(extra ? ['pull request'] : []),
    ];
    const rows = updates.map((u) => {
        const cells = [
            `${(0,markdown/* code */.aY)(u.chart)} (${(0,markdown/* code */.aY)(source(u))})`,
            (0,markdown/* code */.aY)(u.current),
            (0,markdown/* code */.aY)(u.latest),
            u.constraint ? (0,markdown/* code */.aY)(u.constraint) : '(none)',
            (0,markdown/* code */.aY)(u.line ? `${u.file}:${u.line}` : u.file),
            ...(extra ? [extra(u)] : []),
        ];
        return `| ${cells.map(markdown/* cell */.Hn).join(' | ')} |`;
    });
    return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows].join('\n');
}
/** GitHub's limit is 65,536 characters; the rendered diff gets what the rest leaves. */
const BODY_BUDGET = 60_000;
function pullRequestBody(updates, opts) {
    const run = opts.runUrl ? `[shipshape helm-update](${opts.runUrl})` : 'shipshape helm-update';
    const one = updates.length === 1;
    const head = [
        `Updates ${one ? 'this Helm chart' : 'these Helm charts'} to the newest version ${one ? 'its' : 'their'} updateConstraints allow${one ? 's' : ''}.`,
        '',
        updatesTable(updates),
        '',
        '<details>',
        '<summary>How the versions were chosen</summary>',
        '',
        ...updates.map((u) => `- ${(0,markdown/* code */.aY)(u.chart)} ${(0,markdown/* code */.aY)(u.latest)}: ${(0,markdown/* text */.Qq)((0,update/* explanationText */.jY)(u))}`),
        '',
        '</details>',
        '',
    ];
    const vendored = [];
    if (opts.vendored.added.length || opts.vendored.removed.length) {
        vendored.push(`The vendored chart files change too: ${[
            ...opts.vendored.added.map((d) => `added ${(0,markdown/* code */.aY)(d)}`),
            ...opts.vendored.removed.map((d) => `removed ${(0,markdown/* code */.aY)(d)}`),
        ].join(', ')}.`, '');
    }
    const foot = [
        '---',
        '',
        `_Opened by ${run}. Every run rebuilds the branch ${(0,markdown/* code */.aY)(opts.branch)} on ${(0,markdown/* code */.aY)(opts.base)} and updates this pull request; commits pushed to the branch are replaced. It is closed when ${(0,markdown/* code */.aY)(opts.base)} has these versions by other means. Closing it without merging declines ${one ? 'this version' : 'these versions'}: shipshape will not propose ${one ? 'it' : 'them'} again, only newer ones._`,
        '',
    ];
    const effect = ['### What changes in the rendered objects', ''];
    for (const f of opts.effect.failures)
        effect.push(`> ${(0,markdown/* text */.Qq)(`${f.target === null ? 'The project' : `Target ${f.target}`} could not be rendered ${f.side === 'before' ? 'before' : 'after'} the update: ${f.error}`)}`, '');
    if (opts.effect.result) {
        const fixed = [...head, ...vendored, ...effect, ...foot].join('\n').length;
        const { markdown } = (0,render_markdown/* renderMarkdownWithin */.TQ)(opts.effect.result, BODY_BUDGET - fixed, {
            title: '',
            noChangesNote: 'The update changes no rendered object.',
            omittedNote: '_Details were left out to fit the pull request; the job summary of the run has them._',
        });
        effect.push(markdown.replace(/^\n+/, ''), '');
    }
    return [...head, ...vendored, ...effect, ...foot].join('\n');
}
function commitMessage(title, updates) {
    const lines = updates.map((u) => (0,one_line/* oneLine */.T)(`- ${u.chart} (${u.source}): ${u.current} -> ${u.latest}${u.constraint ? ` (${u.constraint})` : ''} in ${u.file}${u.line ? `:${u.line}` : ''}`));
    return `${(0,one_line/* oneLine */.T)(title)}\n\n${lines.join('\n')}\n`;
}
function errorText(e) {
    const subject = e.chart ?? 'helm-update';
    const where = e.file ? ` (${e.file}${e.line ? `:${e.line}` : ''})` : '';
    return `${subject}${where}: ${e.error}${e.hint ? ` (hint: ${e.hint})` : ''}`;
}
function jobSummary(s) {
    const out = [`### shipshape helm-update${s.dryRun ? ' (dry run)' : ''}`, ''];
    if (s.updates.length)
        out.push(updatesTable(s.updates, s.pullRequest), '');
    else
        out.push('No Helm chart needs updating.', '');
    out.push(`${s.upToDate} up to date, ${s.skipped.length} skipped, ${s.errors.length} failed.`, '');
    if (s.skipped.length) {
        out.push('**Skipped**', '');
        for (const k of s.skipped)
            out.push(`- ${(0,markdown/* code */.aY)(k.chart)} (${(0,markdown/* code */.aY)(k.file)}): ${(0,markdown/* text */.Qq)(k.reason)}`);
        out.push('');
    }
    if (s.errors.length)
        out.push('**Errors**', '', ...s.errors.map((e) => `- ${(0,markdown/* text */.Qq)(errorText(e))}`), '');
    out.push(...s.effects);
    return out.join('\n');
}

// EXTERNAL MODULE: ./lib/actions/inputs.js
var inputs = __webpack_require__(39922);
// EXTERNAL MODULE: ./lib/actions/render-inputs.js
var render_inputs = __webpack_require__(16545);
// EXTERNAL MODULE: ./lib/actions/runner-secrets.js + 1 modules
var runner_secrets = __webpack_require__(1926);
;// CONCATENATED MODULE: ./lib/actions/helm-update.js

























const HELM_GROUP_BY = ['chart', 'file', 'all'];
const chartId = (u) => `${u.chart}@${u.source.replace(/^[a-z]+:\/\//, '')}`;
function groupKey(u, by) {
    return by === 'chart' ? chartId(u) : by === 'file' ? u.file : 'all';
}
function realpathOrSelf(p) {
    try {
        return (0,external_node_fs_.realpathSync)(p);
    }
    catch {
        return p;
    }
}
/**
 * `command: helm-update`: finds the newest allowed version of every chart (the engine in
 * helm/, run without writing) and opens or updates one pull request per group with the
 * edited helm-chart.yaml files and the re-vendored charts, made through GitHub's API on top
 * of the base branch. Each pull request's body shows, per target, what the update changes
 * in the rendered objects. Versions a closed pull request declined are not proposed again.
 */
async function runHelmUpdateAction(workspace) {
    const groupBy = (0,inputs/* choiceInput */.ij)('group-by', HELM_GROUP_BY, 'chart');
    const dryRun = (0,inputs/* boolInput */.Hm)('dry-run', false);
    const labels = (0,inputs/* listInput */.dt)('labels');
    const branchPrefix = (0,pulls/* checkBranchPrefix */.x$)(core/* getInput */.V4('branch-prefix') || 'shipshape/');
    // Each update renders the project again: what no update changed renders once.
    const render = (0,render_inputs/* renderInputs */.E)(workspace);
    render.cache = (0,lib_render/* openRenderCache */.Re)(render, true);
    const projectDir = realpathOrSelf(render.projectDir);
    const checkout = await (0,git/* checkoutOf */.o5)(projectDir);
    let github;
    if (!dryRun) {
        const { gh, repo } = await (0,actions_github/* gitHubFromInputs */.V)();
        github = { gh, repo, base: await (0,bump_pulls/* baseBranch */.sH)(gh, repo, checkout.head) };
    }
    const inProject = (file) => external_node_path_.relative(checkout.root, external_node_path_.join(projectDir, file)).split(external_node_path_.sep).join('/');
    // Passwords and tokens the chart sources use are masked in the log, like the job token.
    const sources = await (0,chart_sources/* openChartSources */.vc)(process.env, {}, (line) => core/* info */.pq((0,log_safe/* logSafe */.sN)(line)), core/* setSecret */.Pq);
    for (const w of sources.warnings)
        core/* warning */.$e(w);
    try {
        const report = await core/* group */.Os('check chart versions', () => (0,update/* helmUpdate */.Gu)({ projectDir, sources, upgrade: false, log: (line) => core/* info */.pq((0,log_safe/* logSafe */.sN)(line)) }));
        const errors = report.errors.map((e) => ({
            ...e,
            file: e.file && inProject(external_node_path_.relative(projectDir, external_node_path_.resolve(projectDir, e.file))),
        }));
        const kind = (() => {
            const dir = external_node_path_.relative(checkout.root, projectDir).split(external_node_path_.sep).join('/');
            return dir ? `helm-update-${dir}` : 'helm-update';
        })();
        const branchOf = (key) => (0,pulls/* pullRequestBranch */.Vl)(kind, key, branchPrefix);
        const declined = github
            ? await (0,bump_pulls/* declinedUpdates */.xj)(github, report.updates, (u) => branchOf(groupKey(u, groupBy)), (u) => ({ name: chartId(u), version: u.latest }))
            : new Map();
        const skipped = [...report.skipped];
        for (const [u, d] of declined)
            skipped.push({
                chart: u.chart,
                file: u.file,
                reason: `${u.latest} was declined in #${d.number} (closed without merging); reopen it to undo`,
            });
        const updates = report.updates.filter((u) => !declined.has(u));
        core/* setOutput */.uH('updated-count', String(updates.length));
        const groups = new Map();
        for (const u of updates) {
            const k = groupKey(u, groupBy);
            groups.set(k, { key: k, updates: [...(groups.get(k)?.updates ?? []), u] });
        }
        const targets = (0,target/* chooseTargets */.u)(await (0,kluctl_project/* loadKluctlProject */.l)(projectDir), (0,inputs/* listInput */.dt)('targets')).map((t) => t ?? null);
        const before = new Map();
        const renderAt = (dir, target) => (0,lib_render/* renderProject */.CX)({
            ...render,
            projectDir: dir,
            target: target ?? undefined,
            log: () => undefined,
        }).then((r) => ({
            objects: r.objects,
            rules: r.ignoreForDiff,
        }));
        const results = new Map();
        const effects = [];
        for (const group of [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : 1))) {
            const planned = await core/* group */.Os(`changes of ${group.key}`, () => chartUpdateChanges({ root: checkout.root, projectDir, updates: group.updates, sources }));
            const effect = await core/* group */.Os(`rendered effect of ${group.key}`, () => renderedEffect(checkout, projectDir, planned, targets, before, renderAt));
            const prUpdates = group.updates.map((u) => ({ ...u, file: inProject(u.file) }));
            const title = pullRequestTitle(prUpdates, groupBy === 'file' ? inProject(group.key) : undefined);
            const branch = branchOf(group.key);
            if (effect.result)
                effects.push(`#### ${(0,markdown/* code */.aY)(title)}`, '', ...effectLines(effect.result), '');
            if (!github)
                continue;
            const result = await (0,pulls/* syncPullRequest */.AC)(github.gh, {
                repo: github.repo,
                base: github.base,
                branch,
                title,
                body: pullRequestBody(prUpdates, {
                    branch,
                    base: github.base,
                    runUrl: (0,context/* workflowRunUrl */.C)(),
                    vendored: planned,
                    effect,
                }),
                commitMessage: commitMessage(title, prUpdates),
                changes: planned.changes,
                labels,
                reviewers: (0,inputs/* listInput */.dt)('reviewers'),
                teamReviewers: (0,inputs/* listInput */.dt)('team-reviewers'),
                assignees: (0,inputs/* listInput */.dt)('assignees'),
                draft: (0,inputs/* boolInput */.Hm)('draft', false),
                proposals: group.updates.map((u) => ({ name: chartId(u), version: u.latest })),
            });
            results.set(group.key, result);
            for (const w of result.warnings)
                core/* warning */.$e(w);
        }
        if (github && errors.length === 0) {
            const closed = await (0,pulls/* closeStalePullRequests */.BI)(github.gh, {
                repo: github.repo,
                branchPrefix: branchOf('all').replace(/all$/, ''),
                keep: [...groups.keys()].map(branchOf),
                comment: `Closed by shipshape helm-update: nothing in this pull request needs updating on ${(0,markdown/* code */.aY)(github.base)} any more.`,
            });
            if (closed.length)
                core/* info */.pq(`Closed stale pull requests: ${closed.map((n) => `#${n}`).join(', ')}`);
        }
        (0,bump_pulls/* setPullRequestOutputs */.bv)(results, []);
        const rows = [];
        const cells = new Map();
        for (const group of groups.values()) {
            const r = results.get(group.key);
            for (const u of group.updates) {
                const row = { ...u, file: inProject(u.file) };
                rows.push(row);
                cells.set(row, !r
                    ? dryRun
                        ? 'not opened (dry run)'
                        : ''
                    : r.url
                        ? `[#${r.number}](${r.url}) ${r.outcome}`
                        : r.outcome);
            }
        }
        await (0,runner_secrets/* writeSummary */.Sy)([
            jobSummary({
                dryRun,
                updates: rows,
                pullRequest: (u) => cells.get(u) ?? '',
                upToDate: report.upToDate.length,
                skipped: skipped.map((s) => ({ ...s, file: inProject(s.file) })),
                errors,
                effects: effects.length ? ['### What changes in the rendered objects', '', ...effects] : [],
            }),
        ]);
        if (errors.length) {
            await (0,failure/* annotate */.fz)(errors.map((e) => ({
                title: `shipshape helm-update${e.chart ? `: ${e.chart}` : ''}`,
                message: e.error + (e.hint ? `\nhint: ${e.hint}` : ''),
                file: e.file && external_node_path_.resolve(checkout.root, e.file),
                line: e.line,
            })), checkout.root);
            throw new failure/* ReportedFailure */.g7(`helm-update finished with ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${errors.map((e) => `- ${errorText(e)}`).join('\n')}${updates.length ? '\nThe other charts were handled (see the job summary).' : ''}`);
        }
        if (updates.length === 0)
            core/* info */.pq('Every Helm chart is up to date: no pull request needed.');
    }
    finally {
        await sources.close();
        await render.cache?.close();
    }
}
/** Per target, the objects before (the checkout) and after (a worktree with the group's changes). */
async function renderedEffect(checkout, projectDir, planned, targets, before, renderAt) {
    const failures = [];
    const diffs = [];
    await (0,git_worktree/* withWorktree */._u)(process.env, checkout.root, checkout.head, async (ready) => {
        const tree = await ready;
        for (const c of planned.changes) {
            const file = external_node_path_.join(tree, ...c.path.split('/'));
            if (c.content === null)
                (0,external_node_fs_.rmSync)(file, { force: true });
            else {
                (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(file), { recursive: true });
                (0,external_node_fs_.writeFileSync)(file, c.content);
            }
        }
        const treeProject = external_node_path_.join(tree, external_node_path_.relative(checkout.root, projectDir));
        for (const target of targets) {
            let old;
            try {
                let p = before.get(target);
                if (!p) {
                    p = renderAt(projectDir, target).then((r) => r.objects);
                    before.set(target, p);
                }
                old = await p;
            }
            catch (err) {
                failures.push({ target, side: 'before', error: (0,errors/* formatError */.Wk)(err, checkout.root) });
                continue;
            }
            try {
                const after = await renderAt(treeProject, target);
                diffs.push({ target, ...(0,compare/* diffObjects */.w)(old, after.objects, after.rules) });
            }
            catch (err) {
                failures.push({
                    target,
                    side: 'after',
                    error: (0,errors/* formatError */.Wk)(err, tree).split(tree).join('.'),
                });
            }
        }
    });
    if (!diffs.length)
        return { failures };
    const result = {
        base: { ref: 'current versions', commit: checkout.head },
        hasChanges: diffs.some((t) => (0,model/* summaryHasChanges */.S)(t.summary)),
        targets: diffs,
    };
    return { result, failures };
}
function effectLines(result) {
    return result.targets.map((t) => `- ${t.target === null ? 'project' : (0,markdown/* code */.aY)(t.target)}: ${t.summary.new} new, ${t.summary.changed} changed, ${t.summary.deleted} deleted, ${t.summary.unchanged} unchanged`);
}


/***/ }),

/***/ 51119:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ helmUpdate),
/* harmony export */   jY: () => (/* binding */ explanationText),
/* harmony export */   x2: () => (/* binding */ editChartVersion)
/* harmony export */ });
/* unused harmony exports decideChartVersion, versionPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(70370);
/* harmony import */ var _images_yaml_edit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57544);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99661);
/* harmony import */ var _util_yaml_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9925);
/* harmony import */ var _chart_sources_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17959);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41248);
/* harmony import */ var _pull_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(35645);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(93218);
/**
 * `helm-update`: for each chart without skipUpdate, the versions its source offers (index
 * entries, OCI tags, semver git tags), those `updateConstraints` allows (Masterminds
 * semantics: pre-releases only when the constraint has one; none at all without a
 * constraint), the newest of them, never a downgrade. With `upgrade`, chartVersion (or the
 * git tag) is edited in place, format-preserving, and the vendored charts are pulled again.
 */










/** The newest version of `available` that the constraint allows, compared with `current`. */
function decideChartVersion(available, current, constraint) {
    const c = constraint === undefined ? undefined : (0,_semver_js__WEBPACK_IMPORTED_MODULE_8__/* .parseConstraint */ .FJ)(constraint);
    const x = {
        seen: available.length,
        notSemver: 0,
        prereleases: 0,
        outsideConstraint: 0,
        why: '',
    };
    let best;
    for (const text of available) {
        const v = (0,_semver_js__WEBPACK_IMPORTED_MODULE_8__/* .parseChartVersion */ .gd)(text);
        if (!v) {
            x.notSemver++;
            continue;
        }
        if (!c) {
            if (v.pre) {
                x.prereleases++;
                continue;
            }
        }
        else if (!(0,_semver_js__WEBPACK_IMPORTED_MODULE_8__/* .satisfies */ .ib)(v, c)) {
            x.outsideConstraint++;
            continue;
        }
        // Equal precedence: the later one wins, as kluctl's stable sort does.
        if (!best || (0,_semver_js__WEBPACK_IMPORTED_MODULE_8__/* .compareChartVersions */ .ZK)(v, best.v) >= 0)
            best = { text, v };
    }
    const rule = constraint === undefined
        ? 'no updateConstraints (pre-releases excluded)'
        : `updateConstraints "${constraint}"`;
    if (!best) {
        x.why =
            constraint === undefined
                ? 'no version found'
                : `no version found that satisfies constraints '${constraint}'`;
        return { kind: 'none-allowed', explanation: x };
    }
    x.newestAllowed = best.text;
    const cur = (0,_semver_js__WEBPACK_IMPORTED_MODULE_8__/* .parseChartVersion */ .gd)(current);
    const cmp = cur ? (0,_semver_js__WEBPACK_IMPORTED_MODULE_8__/* .compareChartVersions */ .ZK)(best.v, cur) : 1;
    if (best.text === current || cmp === 0) {
        x.why = `${current} is the newest version ${rule} allows`;
        return { kind: 'up-to-date', latest: current, explanation: x };
    }
    if (cmp < 0) {
        x.why = `the newest version ${rule} allows is ${best.text}, older than ${current}: never downgraded`;
        return { kind: 'up-to-date', latest: current, explanation: x };
    }
    x.why = `${best.text} is the newest of ${x.seen} versions that ${rule} allows`;
    return { kind: 'update', latest: best.text, explanation: x };
}
/** What was seen and left out, then why: `12 versions seen; 3 outside ~1.2.0: 1.2.9 is the newest …`. */
function explanationText(u) {
    const x = u.explanation;
    const plural = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
    const parts = [`${plural(x.seen, 'version')} seen`];
    if (x.notSemver)
        parts.push(`${x.notSemver} not semantic versions`);
    if (x.prereleases)
        parts.push(`${plural(x.prereleases, 'pre-release')} left out (no updateConstraints)`);
    if (x.outsideConstraint)
        parts.push(`${x.outsideConstraint} outside ${u.constraint}`);
    return `${parts.join('; ')}: ${x.why}`;
}
/** Where a chart's version is written: chartVersion, or the git ref's tag. */
function versionPath(chart, doc) {
    if (chart.kind !== 'git')
        return ['helmChart', 'chartVersion'];
    const ref = doc?.helmChart?.git?.ref;
    return typeof ref === 'string' ? ['helmChart', 'git', 'ref'] : ['helmChart', 'git', 'ref', 'tag'];
}
/** The text of a helm-chart.yaml with the chart's version replaced, everything else byte for byte. */
function editChartVersion(text, file, u, yamlPath) {
    const git = u.kind === 'git' && yamlPath.length === 3;
    const edit = {
        docIndex: 0,
        path: yamlPath,
        // The string form of a git ref may carry refs/tags/.
        expected: git && text.includes(`refs/tags/${u.current}`) ? `refs/tags/${u.current}` : u.current,
        value: git && text.includes(`refs/tags/${u.current}`) ? `refs/tags/${u.latest}` : u.latest,
    };
    const result = (0,_images_yaml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .editYamlText */ .hk)(text, file, [edit]);
    if (result.failures.length)
        throw result.failures[0].error;
    return result.text;
}
const pathText = (p) => p.join('.');
async function helmUpdate(opts) {
    const root = (0,_pull_js__WEBPACK_IMPORTED_MODULE_7__/* .checkProjectRoot */ .y2)(opts.projectDir);
    const log = opts.log ?? (() => undefined);
    const rel = (p) => node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, p).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    const { charts, errors } = (0,_pull_js__WEBPACK_IMPORTED_MODULE_7__/* .loadChartFiles */ .IW)(root);
    const report = {
        upgrade: !!opts.upgrade,
        updates: [],
        upToDate: [],
        skipped: [],
        errors,
    };
    const wanted = [];
    for (const c of charts) {
        if (c.kind === 'local')
            report.skipped.push({
                chart: c.chartName,
                file: rel(c.file),
                reason: 'local chart (path): versioned with the project',
            });
        else if (c.skipUpdate)
            report.skipped.push({ chart: c.chartName, file: rel(c.file), reason: 'skipUpdate: true' });
        else if (c.kind === 'git' && !c.git?.ref?.tag)
            report.skipped.push({
                chart: c.chartName,
                file: rel(c.file),
                reason: `pinned to ${c.git?.ref?.branch ? `branch ${c.git.ref.branch}` : c.git?.ref?.commit ? `commit ${c.git.ref.commit}` : 'the default branch'}; only tags are updated`,
            });
        else
            wanted.push(c);
    }
    // Versions once per chart source, in parallel.
    const limit = (0,p_limit__WEBPACK_IMPORTED_MODULE_9__/* ["default"] */ .A)(opts.concurrency ?? 8);
    const versions = new Map();
    for (const c of wanted) {
        if (versions.has((0,_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .chartKey */ .w4)(c)))
            continue;
        const p = limit(() => (0,_chart_sources_js__WEBPACK_IMPORTED_MODULE_5__/* .chartSource */ .Iu)(c, opts.sources).listVersions());
        p.catch(() => undefined);
        versions.set((0,_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .chartKey */ .w4)(c), p);
    }
    for (const c of wanted) {
        const file = rel(c.file);
        const source = c.kind === 'git' ? c.git?.url : c.repo;
        let available;
        try {
            available = await versions.get((0,_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .chartKey */ .w4)(c));
        }
        catch (err) {
            if (!(err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo))
                throw err;
            report.errors.push({ chart: c.chartName, file, error: err.message, hint: err.hint });
            continue;
        }
        const current = c.chartVersion;
        const decision = decideChartVersion(available, current, c.updateConstraints);
        const doc = (0,_util_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYaml */ .hN)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(c.file, 'utf8'), c.file);
        const yamlPath = versionPath(c, doc.value);
        const entry = {
            chart: c.chartName,
            source,
            kind: c.kind,
            file,
            line: doc.positionOf(yamlPath)?.line,
            path: pathText(yamlPath),
            current,
            latest: decision.kind === 'none-allowed' ? current : decision.latest,
            constraint: c.updateConstraints,
            releaseName: c.releaseName,
            skipPrePull: c.skipPrePull,
            explanation: decision.explanation,
        };
        if (decision.kind === 'none-allowed') {
            report.errors.push({
                chart: c.chartName,
                file,
                line: doc.positionOf(['helmChart', 'updateConstraints'])?.line ?? entry.line,
                error: `${c.chartName}: ${decision.explanation.why} (the source offers ${available.length} version${available.length === 1 ? '' : 's'})`,
                hint: 'widen updateConstraints in helm-chart.yaml',
            });
            continue;
        }
        if (decision.kind === 'update') {
            report.updates.push(entry);
            log(`${file}: chart ${c.chartName} ${current} -> ${decision.latest} (${decision.explanation.why})`);
        }
        else
            report.upToDate.push(entry);
    }
    if (opts.upgrade && report.updates.length) {
        for (const u of report.updates) {
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, ...u.file.split('/'));
            const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(abs, 'utf8');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(abs, editChartVersion(text, abs, u, u.path.split('.')));
            log(`${u.file}: chartVersion set to ${u.latest}`);
        }
        report.pull = await (0,_pull_js__WEBPACK_IMPORTED_MODULE_7__/* .helmPull */ .K$)({ projectDir: root, sources: opts.sources, log });
        report.errors.push(...report.pull.errors);
    }
    return report;
}


/***/ })

};
