export const id = 939;
export const ids = [939];
export const modules = {

/***/ 75442:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rk: () => (/* binding */ realpathOrSelf),
/* harmony export */   bv: () => (/* binding */ setPullRequestOutputs),
/* harmony export */   lD: () => (/* binding */ branchKind),
/* harmony export */   sH: () => (/* binding */ baseBranch),
/* harmony export */   uD: () => (/* binding */ decorationInputs),
/* harmony export */   xj: () => (/* binding */ declinedUpdates)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(86120);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9452);
/* harmony import */ var _github_pulls_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47064);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(99661);
/* harmony import */ var _util_log_safe_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(43446);
/* harmony import */ var _bump_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(51887);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(39922);
/**
 * What the bump commands (image-bump, helm-update) share about their pull requests: the
 * base branch and the checkout, the branch names of a step, the inputs that decorate a pull
 * request, and the `pull-requests-json` output.
 */










function realpathOrSelf(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(p);
    }
    catch {
        return p;
    }
}
/**
 * The base-branch input (default: the repository's default branch). The edits are made to
 * the checked-out files, so the checkout must be that branch's head, or the pull request
 * would also carry whatever differs between the two.
 */
async function baseBranch(gh, repo, head) {
    const full = `${repo.owner}/${repo.repo}`;
    const read = { what: `reading ${full}`, permission: 'contents: read' };
    const base = _actions_core__WEBPACK_IMPORTED_MODULE_9__/* .getInput */ .V4('base-branch') ||
        (await (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .withGitHubErrors */ .Vo)(read, () => gh.octokit.rest.repos.get({ ...repo }))).data
            .default_branch;
    const { data } = await (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .withGitHubErrors */ .Vo)({ ...read, what: `reading branch ${base} of ${full} (the base-branch input)` }, () => gh.octokit.rest.git.getRef({ ...repo, ref: `heads/${base}` }));
    if (data.object.sha !== head)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`the checkout is at ${head.slice(0, 12)}, but ${base} is at ${data.object.sha.slice(0, 12)}`, {}, `check out ${base} (actions/checkout with ref: ${base}) or set base-branch to the branch that is checked out; if ${base} just moved, run again`);
    return base;
}
/**
 * The kind part of a step's branch names (see pullRequestBranch): `<command>`,
 * `<command>-<dir>` for a project below the repository root, and `…--<selection>` for a
 * step that renders only some targets or tags, so two steps never share (and so never
 * close) each other's branches. The selection is the sorted target names, or a hash of the
 * whole selection when tags are given or the names are long.
 */
function branchKind(command, root, projectDir, selection) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(root, projectDir).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
    const kind = dir ? `${command}-${dir}` : command;
    if (!selection)
        return kind;
    const { targets, includeTags, excludeTags } = selection;
    if (!targets.length && !includeTags.length && !excludeTags.length)
        return kind;
    const names = [...new Set(targets)].sort().join('.');
    const readable = !includeTags.length && !excludeTags.length && names.length <= 40;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify([[...targets].sort(), [...includeTags].sort(), [...excludeTags].sort()]))
        .digest('hex')
        .slice(0, 10);
    return `${kind}--${readable ? names : `sel-${hash}`}`;
}
function decorationInputs() {
    return {
        labels: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .listInput */ .dt)('labels'),
        reviewers: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .listInput */ .dt)('reviewers'),
        teamReviewers: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .listInput */ .dt)('team-reviewers'),
        assignees: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .listInput */ .dt)('assignees'),
        draft: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .boolInput */ .Hm)('draft', false),
        branchPrefix: (0,_github_pulls_js__WEBPACK_IMPORTED_MODULE_4__/* .checkBranchPrefix */ .x$)(_actions_core__WEBPACK_IMPORTED_MODULE_9__/* .getInput */ .V4('branch-prefix') || 'shipshape/'),
    };
}
/**
 * The `pull-requests` (open ones' numbers) and `pull-requests-json` outputs: the results of
 * a run by group, and the pull requests it closed as stale.
 */
function setPullRequestOutputs(results, closed) {
    const records = [...closed];
    for (const [group, r] of results)
        if (r.number !== undefined && r.url)
            records.push({
                number: r.number,
                url: r.url,
                operation: r.outcome,
                branch: r.branch,
                ...(r.commit ? { headSha: r.commit } : {}),
                group,
            });
    const open = [...results.values()].flatMap((r) => r.number !== undefined && r.outcome !== 'closed' ? [r.number] : []);
    _actions_core__WEBPACK_IMPORTED_MODULE_9__/* .setOutput */ .uH('pull-requests', JSON.stringify(open));
    _actions_core__WEBPACK_IMPORTED_MODULE_9__/* .setOutput */ .uH('pull-requests-json', JSON.stringify(records.sort((a, b) => a.number - b.number)));
}
/**
 * The updates whose new version a closed pull request of their group's branch declined
 * (see declinedProposals). Each branch is asked once; its first run after a pull request was
 * closed tells that pull request how to undo.
 */
async function declinedUpdates(target, updates, branchOf, proposalOf) {
    const byBranch = new Map();
    const out = new Map();
    for (const u of updates) {
        const branch = branchOf(u);
        if (!byBranch.has(branch))
            byBranch.set(branch, (0,_github_pulls_js__WEBPACK_IMPORTED_MODULE_4__/* .declinedProposals */ .Ie)(target.gh, { repo: target.repo, branch, declinedComment: _bump_text_js__WEBPACK_IMPORTED_MODULE_7__/* .declinedComment */ .KY }));
        const { name, version } = proposalOf(u);
        const found = (await byBranch.get(branch)).find((d) => d.name === name && d.version === version);
        if (found) {
            out.set(u, found);
            _actions_core__WEBPACK_IMPORTED_MODULE_9__/* .info */ .pq((0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_6__/* .logSafe */ .sN)(`${name} ${version}: declined in ${found.url}`));
        }
    }
    return out;
}


/***/ }),

/***/ 51887:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jx: () => (/* binding */ bumpSubject),
/* harmony export */   KY: () => (/* binding */ declinedComment),
/* harmony export */   NF: () => (/* binding */ pullRequestBody),
/* harmony export */   df: () => (/* binding */ commitMessage),
/* harmony export */   kc: () => (/* binding */ errorText),
/* harmony export */   sp: () => (/* binding */ jobSummary)
/* harmony export */ });
/* unused harmony exports registryPage, pullRequestTitle, updatesTable */
/* harmony import */ var _images_decide_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40164);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9758);
/* harmony import */ var _util_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46607);
/* harmony import */ var _util_one_line_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13551);




/** The web page of an image's repository on the registries that have one. */
function registryPage(image) {
    let ref;
    try {
        ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageReference */ .o_)(image);
    }
    catch {
        return undefined;
    }
    const repo = ref.repository;
    switch (ref.domain) {
        case 'docker.io':
            return repo.startsWith('library/')
                ? `https://hub.docker.com/_/${repo.slice('library/'.length)}`
                : `https://hub.docker.com/r/${repo}`;
        case 'ghcr.io':
            return `https://ghcr.io/${repo}`;
        case 'quay.io':
            return `https://quay.io/repository/${repo}`;
        case 'public.ecr.aws':
            return `https://gallery.ecr.aws/${repo}`;
        default:
            return undefined;
    }
}
const tag = (t) => (t ? (0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(t) : '(no tag)');
const plural = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
/**
 * What a group bumps, as the default title says it after "Bump": `nginx from 1.25.3 to
 * 1.27.2`, `nginx to 1.27.2` (several pins, one new tag), `nginx (2 pins)`, `3 images`,
 * `3 images in deploy/images.yaml`.
 */
function bumpSubject(updates, file) {
    const images = [...new Set(updates.map((u) => u.image))];
    if (images.length !== 1)
        return `${plural(images.length, 'image')}${file ? ` in ${file}` : ''}`;
    const [u] = updates;
    const latest = new Set(updates.map((x) => x.latest));
    const current = new Set(updates.map((x) => x.current));
    if (latest.size === 1 && current.size === 1)
        return `${u.image} from ${u.current || '(no tag)'} to ${u.latest}`;
    if (latest.size === 1)
        return `${u.image} to ${u.latest}`;
    return `${u.image} (${plural(updates.length, 'pin')})`;
}
/** One line of plain text: GitHub shows a title as it is, and git reads trailers from lines. */
function pullRequestTitle(updates, file) {
    return oneLine(`Bump ${bumpSubject(updates, file)}`);
}
/** Where the pin lives: file and line, plus the targets or the Flux workload using it. */
function pinnedIn(u) {
    const at = (0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(u.line ? `${u.file}:${u.line}` : u.file);
    if (u.kind === 'flux')
        return `${at} (${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(u.workload ?? '')}, container ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(u.container ?? '')})`;
    const targets = (u.targets ?? []).filter((t) => t !== '(no target)');
    return targets.length ? `${at} (${targets.map(_util_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY).join(', ')})` : at;
}
/** One table row per update: image (linked to its registry page when known), from, to, filter, where. */
function updatesTable(updates, extra) {
    const head = ['image', 'from', 'to', 'filter', 'pinned in', ...(extra ? ['pull request'] : [])];
    const rows = updates.map((u) => {
        const page = registryPage(u.image);
        const image = page ? `[${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(u.image)}](${page})` : (0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(u.image);
        const cells = [image, tag(u.current), tag(u.latest), (0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(u.filter), pinnedIn(u)];
        return `| ${[...cells, ...(extra ? [extra(u)] : [])].map(_util_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn).join(' | ')} |`;
    });
    return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows].join('\n');
}
function explanation(u) {
    const parts = [...(0,_images_decide_js__WEBPACK_IMPORTED_MODULE_0__/* .explanationParts */ .a)(u.explanation), u.explanation.why];
    return `- ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(u.image)} ${tag(u.latest)}: ${parts.map(_util_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq).join('; ')}`;
}
function pullRequestBody(updates, opts) {
    const run = opts.runUrl ? `[shipshape image-bump](${opts.runUrl})` : 'shipshape image-bump';
    return [
        `Bumps ${updates.length === 1 ? 'this pinned image' : 'these pinned images'} to the newest tag ${updates.length === 1 ? 'its' : 'their'} version filter allows.`,
        '',
        updatesTable(updates),
        '',
        '<details>',
        '<summary>How the tags were chosen</summary>',
        '',
        ...updates.map(explanation),
        '',
        '</details>',
        '',
        '---',
        '',
        `_Opened by ${run}. Every run rebuilds the branch ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(opts.branch)} on ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(opts.base)} and updates this pull request; commits pushed to the branch are replaced. It is closed when ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(opts.base)} has these versions by other means. Closing it without merging declines ${updates.length === 1 ? 'this version' : 'these versions'}: shipshape will not propose ${updates.length === 1 ? 'it' : 'them'} again, only newer ones._`,
        '',
    ].join('\n');
}
/**
 * Posted on a bump pull request closed without merging, the first time a run finds it:
 * what is declined now and how to take that back.
 */
function declinedComment(declined) {
    return [
        `Closed without merging, so shipshape will not propose ${declined.map((d) => `${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(d.name)} ${tag(d.version)}`).join(', ')} again; a newer tag it will.`,
        '',
        'Changed your mind? Reopen this pull request (the next run takes it over again), or delete the last line of its description (`<!-- shipshape:declined … -->`): the next run then proposes these versions again.',
        '',
    ].join('\n');
}
function commitMessage(title, updates) {
    const lines = updates.map((u) => (0,_util_one_line_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .T)(`- ${u.image}: ${u.current || '(no tag)'} -> ${u.latest} (${u.filter}) in ${u.file}${u.line ? `:${u.line}` : ''}`));
    return `${(0,_util_one_line_js__WEBPACK_IMPORTED_MODULE_3__/* .oneLine */ .T)(title)}\n\n${lines.join('\n')}\n`;
}
/** An engine error as one line of text (the step's failure message lists them). */
function errorText(e) {
    const subject = e.image ?? (e.target ? `target ${e.target}` : 'image-bump');
    const where = e.file ? ` (${e.file}${e.line ? `:${e.line}` : ''})` : '';
    return `${subject}${where}: ${e.error}${e.hint ? ` (hint: ${e.hint})` : ''}`;
}
function jobSummary(s) {
    const out = [`### shipshape image-bump${s.dryRun ? ' (dry run)' : ''}`, ''];
    if (s.updates.length)
        out.push(updatesTable(s.updates, s.pullRequest), '');
    else
        out.push('No image needs bumping.', '');
    out.push(`${s.upToDate} up to date, ${s.skipped.length} skipped, ${s.errors.length} failed.`, '');
    if (s.skipped.length) {
        out.push('**Skipped**', '');
        for (const k of s.skipped)
            out.push(`- ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(k.image)}${k.file ? ` (${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(k.file)})` : ''}: ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(k.reason)}`);
        out.push('');
    }
    if (s.errors.length)
        out.push('**Errors**', '', ...s.errors.map((e) => `- ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(errorText(e))}`), '');
    return out.join('\n');
}


/***/ }),

/***/ 47064:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x$: () => (/* binding */ checkBranchPrefix),
  BI: () => (/* binding */ closeStalePullRequests),
  Ie: () => (/* binding */ declinedProposals),
  Vl: () => (/* binding */ pullRequestBranch),
  AC: () => (/* binding */ syncPullRequest)
});

// UNUSED EXPORTS: withProposals

// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/util/markdown.js
var markdown = __webpack_require__(46607);
// EXTERNAL MODULE: ./lib/github/errors.js
var github_errors = __webpack_require__(9452);
;// CONCATENATED MODULE: ./lib/github/commits.js

const CONTENTS_WRITE = 'contents: write';
const CREATE_COMMIT = `
mutation ShipshapeCommit($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) {
    commit { oid }
  }
}`;
// Servers found without the mutation (older GitHub Enterprise Server), so we ask once per client.
const withoutMutation = new WeakSet();
function canCommitOnBranch(gh) {
    return !withoutMutation.has(gh);
}
/**
 * Commits `plan` on `branch`, which must point at `parent` (the mutation checks it).
 * Returns undefined when the server has no such mutation.
 */
async function commitOnBranch(gh, repo, branch, parent, message, plan) {
    const [headline, ...rest] = message.split('\n');
    const input = {
        branch: { repositoryNameWithOwner: `${repo.owner}/${repo.repo}`, branchName: branch },
        expectedHeadOid: parent,
        message: { headline, body: rest.join('\n').trim() },
        fileChanges: {
            additions: plan.files
                .filter((f) => f.content !== null)
                .map((f) => ({ path: f.path, contents: f.content.toString('base64') })),
            deletions: plan.files.filter((f) => f.content === null).map((f) => ({ path: f.path })),
        },
    };
    const op = {
        what: `committing to ${branch} in ${repo.owner}/${repo.repo}`,
        permission: CONTENTS_WRITE,
    };
    try {
        const result = await gh.octokit.graphql(CREATE_COMMIT, {
            input,
        });
        return result.createCommitOnBranch.commit.oid;
    }
    catch (err) {
        if (!lacksMutation(err))
            throw (0,github_errors/* explainGitHubError */.Pm)(err, op);
        withoutMutation.add(gh);
        gh.log.info('This GitHub has no createCommitOnBranch mutation; committing through the git data API.');
        return undefined;
    }
}
function lacksMutation(err) {
    if ((0,github_errors/* statusOf */.c2)(err) === 404)
        return true;
    return ((0,github_errors/* isGraphqlError */._4)(err) &&
        err.errors.some((e) => e.extensions?.code === 'undefinedField' ||
            /doesn't exist on type 'Mutation'/.test(e.message)));
}
/** Writes the plan as a commit object with parent `parent` (no branch moves); returns its id. */
async function commitWithGitData(gh, repo, parent, message, plan) {
    const git = gh.octokit.rest.git;
    const op = (what) => ({
        what: `${what} in ${repo.owner}/${repo.repo}`,
        permission: CONTENTS_WRITE,
    });
    for (const file of plan.files) {
        if (file.content === null)
            continue;
        await (0,github_errors/* withGitHubErrors */.Vo)(op(`uploading ${file.path}`), () => git.createBlob({ ...repo, content: file.content.toString('base64'), encoding: 'base64' }));
    }
    const tree = await (0,github_errors/* withGitHubErrors */.Vo)(op('writing a tree'), () => git.createTree({
        ...repo,
        base_tree: plan.baseTree,
        tree: plan.files.map((f) => ({
            path: f.path,
            mode: f.mode,
            type: 'blob',
            sha: f.content === null ? null : f.sha,
        })),
    }));
    // No author or committer: GitHub then signs the commit for an App token.
    const commit = await (0,github_errors/* withGitHubErrors */.Vo)(op('writing a commit'), () => git.createCommit({ ...repo, message, tree: tree.data.sha, parents: [parent] }));
    return commit.data.sha;
}

;// CONCATENATED MODULE: ./lib/github/branches.js


/** Commit a branch points at, or undefined when there is no such branch. */
async function branchHead(gh, repo, branch) {
    try {
        const { data } = await gh.octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
        return data.object.sha;
    }
    catch (err) {
        if ((0,github_errors/* statusOf */.c2)(err) === 404)
            return undefined;
        throw (0,github_errors/* explainGitHubError */.Pm)(err, {
            what: `reading branch ${branch} of ${repo.owner}/${repo.repo}`,
            permission: 'contents: read',
        });
    }
}
/** True when `head` is one commit on `baseSha` whose tree is the plan's. */
async function holdsPlan(gh, repo, head, baseSha, plan) {
    const { data } = await (0,github_errors/* withGitHubErrors */.Vo)({ what: `reading commit ${head} of ${repo.owner}/${repo.repo}`, permission: 'contents: read' }, () => gh.octokit.rest.git.getCommit({ ...repo, commit_sha: head }));
    return (data.tree.sha === plan.tree && data.parents.length === 1 && data.parents[0].sha === baseSha);
}
/**
 * Points `branch` at a new commit: the plan on top of `baseSha`. createCommitOnBranch only
 * appends to a branch, so it needs the branch at `baseSha` first; that is safe only while no
 * pull request is open from it, since GitHub closes a pull request whose head becomes part
 * of its base. With a pull request open, the git data API moves the branch in one step.
 */
async function writeBranch(gh, repo, branch, head, baseSha, message, plan, pullRequestOpen) {
    if (!pullRequestOpen && canCommitOnBranch(gh)) {
        await moveBranch(gh, repo, branch, head, baseSha);
        head = baseSha;
        const sha = await commitOnBranch(gh, repo, branch, baseSha, message, plan);
        if (sha)
            return sha;
    }
    const sha = await commitWithGitData(gh, repo, baseSha, message, plan);
    await moveBranch(gh, repo, branch, head, sha);
    return sha;
}
/** Creates the branch at `sha`, or force-moves it there from `from`. */
async function moveBranch(gh, repo, branch, from, sha) {
    const op = {
        what: `pointing branch ${branch} at ${sha} in ${repo.owner}/${repo.repo}`,
        permission: 'contents: write',
    };
    if (from === sha)
        return;
    if (from === undefined) {
        await (0,github_errors/* withGitHubErrors */.Vo)(op, () => gh.octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha }));
    }
    else {
        await (0,github_errors/* withGitHubErrors */.Vo)(op, () => gh.octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true }));
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/github/git-objects.js
/**
 * Git object ids computed locally, so that comparing a wanted change with what a branch
 * holds costs a few tree listings instead of downloading files: a blob id is the SHA-1 of
 * `blob <size>\0<bytes>`, a tree id that of its sorted entries (git's object format).
 */



const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
function blobSha(content) {
    const bytes = toBuffer(content);
    return gitHash('blob', bytes);
}
function treeSha(entries) {
    // Git sorts entries by name bytes, a tree's name as if it ended in '/'.
    const key = (name, e) => Buffer.from(e.type === 'tree' ? `${name}/` : name);
    const sorted = [...entries].sort(([a, ea], [b, eb]) => Buffer.compare(key(a, ea), key(b, eb)));
    const body = Buffer.concat(sorted.flatMap(([name, e]) => [
        Buffer.from(`${e.mode.replace(/^0+/, '')} ${name}\0`),
        Buffer.from(e.sha, 'hex'),
    ]));
    return gitHash('tree', body);
}
function gitHash(type, body) {
    return (0,external_node_crypto_.createHash)('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex');
}
function toBuffer(content) {
    return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
}
/** Applies `changes` to `baseTree` on paper, listing only the directories on their paths. */
async function planTree(gh, repo, baseTree, changes) {
    const list = async (sha) => {
        const { data } = await (0,github_errors/* withGitHubErrors */.Vo)({ what: `reading tree ${sha} of ${repo.owner}/${repo.repo}`, permission: 'contents: read' }, () => gh.octokit.rest.git.getTree({ ...repo, tree_sha: sha }));
        const entries = new Map();
        for (const e of data.tree) {
            if (e.path && e.mode && e.sha)
                entries.set(e.path, { mode: e.mode, type: e.type, sha: e.sha });
        }
        return { entries, children: new Map() };
    };
    const root = await list(baseTree);
    const files = [];
    for (const change of dedupe(changes)) {
        const segments = splitPath(change.path);
        const name = segments.pop();
        let dir = root;
        for (const segment of segments) {
            dir = await subdir(dir, segment, change, list);
            if (!dir)
                break;
        }
        const existing = dir?.entries.get(name);
        if (existing?.type === 'tree') {
            throw new errors/* UserError */.yo(`Cannot write ${change.path}: it is a directory in the repository.`);
        }
        if (change.content === null) {
            if (!dir || !existing)
                continue;
            dir.entries.delete(name);
            files.push({
                path: segments.concat(name).join('/'),
                mode: existing.mode,
                sha: existing.sha,
                content: null,
            });
            continue;
        }
        const content = toBuffer(change.content);
        const sha = blobSha(content);
        if (existing?.sha === sha)
            continue;
        const mode = existing?.mode ?? '100644';
        dir.entries.set(name, { mode, type: 'blob', sha });
        files.push({ path: segments.concat(name).join('/'), mode, sha, content });
    }
    return { baseTree, tree: hashDir(root) ?? EMPTY_TREE, files };
}
/** The directory `name` in `dir`, listed on first use; made when a write needs it. */
async function subdir(dir, name, change, list) {
    let child = dir.children.get(name);
    if (child)
        return child;
    const entry = dir.entries.get(name);
    if (entry && entry.type !== 'tree') {
        throw new errors/* UserError */.yo(`Cannot write ${change.path}: ${name} is a file in the repository, not a directory.`);
    }
    if (!entry && change.content === null)
        return undefined;
    child = entry ? await list(entry.sha) : { entries: new Map(), children: new Map() };
    dir.children.set(name, child);
    return child;
}
/** Tree id of `dir` after the changes; undefined when it ends up empty (git keeps no empty trees). */
function hashDir(dir) {
    for (const [name, child] of dir.children) {
        const sha = hashDir(child);
        if (sha)
            dir.entries.set(name, { mode: '040000', type: 'tree', sha });
        else
            dir.entries.delete(name);
    }
    return dir.entries.size ? treeSha(dir.entries) : undefined;
}
function splitPath(path) {
    const segments = path.replace(/^\.?\//, '').split('/');
    if (segments.some((s) => s === '' || s === '.' || s === '..' || s === '.git')) {
        throw new errors/* UserError */.yo(`Not a file path inside the repository: ${JSON.stringify(path)}`);
    }
    return segments;
}
/** The last change of each path wins. */
function dedupe(changes) {
    const byPath = new Map();
    for (const c of changes)
        byPath.set(splitPath(c.path).join('/'), c);
    return [...byPath.values()];
}

// EXTERNAL MODULE: ./lib/github/markdown-fit.js
var markdown_fit = __webpack_require__(29888);
// EXTERNAL MODULE: ./lib/github/comments.js
var comments = __webpack_require__(88325);
;// CONCATENATED MODULE: ./lib/github/pulls.js
/**
 * Pull requests for bumps: one deterministic branch per group holding exactly one commit on
 * top of the base branch, one open pull request per branch, updated in place on every run
 * and closed once the base branch has the change by other means.
 */







/**
 * `shipshape/<kind>/<group>` (or `<prefix><kind>/<group>`), with kind and group reduced to
 * characters safe in a branch name. A prefix is used as given: check it with
 * checkBranchPrefix().
 */
function pullRequestBranch(kind, group, prefix = 'shipshape/') {
    const safe = (s) => s
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/^[-.]+|[-.]+$/g, '')
        .replace(/\.lock$/, '-lock')
        .slice(0, 100) || 'all';
    return `${prefix}${safe(kind)}/${safe(group)}`;
}
/**
 * A branch prefix (the `branch-prefix` input) as git and GitHub take it: what
 * `git check-ref-format` refuses is refused here, naming the rule.
 */
function checkBranchPrefix(prefix) {
    // Control characters are exactly what git refuses here.
    // eslint-disable-next-line no-control-regex
    const forbidden = /[\x00-\x20\x7f~^:?*[\\]/;
    const problem = prefix === ''
        ? 'it is empty'
        : forbidden.test(prefix)
            ? 'it contains a space, a control character or one of ~ ^ : ? * [ \\'
            : /\.\.|@\{|\/\/|\/\.|^\.|^\/|\.lock\//.test(prefix)
                ? 'it contains "..", "@{", "//", a part starting with "." or ending in ".lock", or starts with "/"'
                : undefined;
    if (problem)
        throw new errors/* UserError */.yo(`branch-prefix "${prefix}" cannot start a branch name: ${problem}`, {}, 'use letters, digits, "-", "_", "." and "/" (e.g. deps/ or shipshape-)');
    return prefix;
}
/** Makes the branch and its pull request match `spec`: opens, updates or closes it. */
function syncPullRequest(gh, spec) {
    return sync(gh, spec, false);
}
async function sync(gh, spec, raced) {
    const { repo, branch } = spec;
    const full = `${repo.owner}/${repo.repo}`;
    const op = (what, permission = 'pull-requests: write') => ({
        what: `${what} in ${full}`,
        permission,
    });
    const base = spec.base ?? (await defaultBranch(gh, repo));
    const baseSha = await branchHead(gh, repo, base);
    if (!baseSha) {
        throw new errors/* UserError */.yo(`The base branch ${base} does not exist in ${full}.`, {}, 'Check the base-branch input.');
    }
    const baseCommit = await (0,github_errors/* withGitHubErrors */.Vo)(op(`reading commit ${baseSha}`, 'contents: read'), () => gh.octokit.rest.git.getCommit({ ...repo, commit_sha: baseSha }));
    const plan = await planTree(gh, repo, baseCommit.data.tree.sha, spec.changes);
    const open = await findOpenPullRequest(gh, repo, branch);
    const result = { branch, base, warnings: [] };
    if (plan.files.length === 0) {
        if (!open)
            return { ...result, outcome: 'nothing' };
        await closeWithComment(gh, repo, open.number, branch, spec.closeComment ??
            `${(0,markdown/* code */.aY)(base)} already has the change of this pull request, so shipshape closes it.`, open.body);
        return { ...result, outcome: 'closed', number: open.number, url: open.html_url };
    }
    const head = await branchHead(gh, repo, branch);
    const current = head !== undefined && (await holdsPlan(gh, repo, head, baseSha, plan));
    const commit = current
        ? head
        : await writeBranch(gh, repo, branch, head, baseSha, spec.commitMessage, plan, !!open);
    const body = withProposals(fitPullRequestBody(spec.body), spec.proposals);
    if (open) {
        const edits = {
            ...(open.title !== spec.title ? { title: spec.title } : {}),
            ...((open.body ?? '') !== body ? { body } : {}),
            ...(open.base.ref !== base ? { base } : {}),
        };
        if (Object.keys(edits).length) {
            await (0,github_errors/* withGitHubErrors */.Vo)(op(`updating pull request #${open.number}`), () => gh.octokit.rest.pulls.update({ ...repo, pull_number: open.number, ...edits }));
        }
        const outcome = current && !Object.keys(edits).length ? 'unchanged' : 'updated';
        gh.log.info(`Pull request ${open.html_url}: ${outcome}.`);
        return { ...result, outcome, number: open.number, url: open.html_url, commit };
    }
    const created = await createPullRequest(gh, repo, {
        base,
        branch,
        title: spec.title,
        body,
        draft: spec.draft,
    });
    if (created.existing) {
        // A run racing us opened it between our lookup and our request: take it over, once.
        if (raced)
            throw new errors/* UserError */.yo(`GitHub says a pull request from ${branch} exists in ${full}, but lists none open.`);
        return sync(gh, spec, true);
    }
    const warnings = await decorate(gh, repo, created.number, spec);
    gh.log.info(`Opened pull request ${created.url}`);
    return {
        ...result,
        warnings,
        outcome: 'created',
        number: created.number,
        url: created.url,
        commit,
    };
}
/** Closes open pull requests from our branches that no group produces any more; returns their numbers. */
async function closeStalePullRequests(gh, options) {
    const { repo } = options;
    const full = `${repo.owner}/${repo.repo}`;
    const pulls = await (0,github_errors/* withGitHubErrors */.Vo)({ what: `listing pull requests of ${full}`, permission: 'pull-requests: read' }, () => gh.octokit.paginate(gh.octokit.rest.pulls.list, { ...repo, state: 'open', per_page: 100 }));
    const stale = pulls.filter((p) => p.head.repo?.full_name === full &&
        p.head.ref.startsWith(options.branchPrefix) &&
        !options.keep.includes(p.head.ref));
    for (const pull of stale) {
        await closeWithComment(gh, repo, pull.number, pull.head.ref, options.comment, pull.body);
        options.onClosed?.({
            number: pull.number,
            url: pull.html_url,
            branch: pull.head.ref,
            headSha: pull.head.sha,
        });
    }
    return stale.map((p) => p.number);
}
/** GitHub's limit applies to pull-request bodies too. */
function fitPullRequestBody(body) {
    return (0,markdown_fit/* fitMarkdown */.DJ)([body], {
        limit: comments/* COMMENT_LIMIT */.W$,
        measure: markdown_fit/* countChars */.FA,
        degradedNote: '',
        truncatedNote: "_… cut at GitHub's limit of 65,536 characters; the commit holds every change._",
    }).body;
}
async function defaultBranch(gh, repo) {
    const { data } = await (0,github_errors/* withGitHubErrors */.Vo)({ what: `reading repository ${repo.owner}/${repo.repo}`, permission: 'contents: read' }, () => gh.octokit.rest.repos.get({ ...repo }));
    return data.default_branch;
}
async function findOpenPullRequest(gh, repo, branch) {
    const { data } = await (0,github_errors/* withGitHubErrors */.Vo)({
        what: `looking for a pull request from ${branch} in ${repo.owner}/${repo.repo}`,
        permission: 'pull-requests: read',
    }, () => gh.octokit.rest.pulls.list({
        ...repo,
        head: `${repo.owner}:${branch}`,
        state: 'open',
        per_page: 100,
    }));
    return data[0];
}
async function createPullRequest(gh, repo, pr) {
    try {
        const { data } = await gh.octokit.rest.pulls.create({
            ...repo,
            base: pr.base,
            head: pr.branch,
            title: pr.title,
            body: pr.body,
            ...(pr.draft ? { draft: true } : {}),
        });
        return { existing: false, number: data.number, url: data.html_url };
    }
    catch (err) {
        if ((0,github_errors/* statusOf */.c2)(err) === 422 &&
            /A pull request already exists/i.test(String(err.message))) {
            return { existing: true };
        }
        throw (0,github_errors/* explainGitHubError */.Pm)(err, {
            what: `opening a pull request from ${pr.branch} into ${pr.base} in ${repo.owner}/${repo.repo}`,
            permission: 'pull-requests: write',
        });
    }
}
/**
 * Comments and closes. The proposals line goes in the same edit: a pull request shipshape
 * closes itself (the base has the change, the group is gone) declines nothing.
 */
async function closeWithComment(gh, repo, number, branch, comment, body) {
    const op = (what, permission = 'pull-requests: write') => ({
        what: `${what} in ${repo.owner}/${repo.repo}`,
        permission,
    });
    await (0,github_errors/* withGitHubErrors */.Vo)(op(`commenting on #${number}`), () => gh.octokit.rest.issues.createComment({ ...repo, issue_number: number, body: comment }));
    const unmarked = body && withoutProposals(body);
    await (0,github_errors/* withGitHubErrors */.Vo)(op(`closing #${number}`), () => gh.octokit.rest.pulls.update({
        ...repo,
        pull_number: number,
        state: 'closed',
        ...(unmarked !== body ? { body: unmarked ?? '' } : {}),
    }));
    try {
        await gh.octokit.rest.git.deleteRef({ ...repo, ref: `heads/${branch}` });
    }
    catch (err) {
        // Already gone (deleted by hand, or by the "delete head branches" setting): fine.
        if ((0,github_errors/* statusOf */.c2)(err) !== 422 && (0,github_errors/* statusOf */.c2)(err) !== 404) {
            throw (0,github_errors/* explainGitHubError */.Pm)(err, op(`deleting branch ${branch}`, 'contents: write'));
        }
    }
    gh.log.info(`Closed pull request #${number} and deleted ${branch}.`);
}
/**
 * Labels and reviewers, after the pull request exists. Right after creation GitHub may not
 * find the new pull request yet (404): those attempts are retried. Refusals (a reviewer who
 * is not a collaborator) become warnings, since the pull request itself is fine.
 */
async function decorate(gh, repo, number, spec) {
    const warnings = [];
    const attempt = async (op, call) => {
        for (let tries = 0;; tries++) {
            try {
                await call();
                return;
            }
            catch (err) {
                if (((0,github_errors/* statusOf */.c2)(err) === 404 || (0,github_errors/* statusOf */.c2)(err) === 409) && tries < gh.maxRetries) {
                    await new Promise((r) => setTimeout(r, gh.secondMs * (tries + 1)));
                    continue;
                }
                const error = (0,github_errors/* explainGitHubError */.Pm)(err, op);
                const hint = error instanceof errors/* UserError */.yo && error.hint ? ` (${error.hint})` : '';
                warnings.push(error.message + hint);
                gh.log.warning(error.message + hint);
                return;
            }
        }
    };
    const where = `#${number} in ${repo.owner}/${repo.repo}`;
    if (spec.labels?.length) {
        await attempt({ what: `labelling ${where}`, permission: 'pull-requests: write' }, () => gh.octokit.rest.issues.addLabels({
            ...repo,
            issue_number: number,
            labels: [...spec.labels],
        }));
    }
    if (spec.assignees?.length) {
        await attempt({ what: `assigning ${where}`, permission: 'pull-requests: write' }, async () => {
            const { data } = await gh.octokit.rest.issues.addAssignees({
                ...repo,
                issue_number: number,
                assignees: [...spec.assignees],
            });
            // GitHub leaves out, without an error, whoever cannot be assigned.
            const assigned = new Set((data.assignees ?? []).map((a) => a.login.toLowerCase()));
            const left = spec.assignees.filter((a) => !assigned.has(a.toLowerCase()));
            if (left.length) {
                const message = `GitHub did not assign ${left.join(', ')} to ${where}: only people with access to the repository can be assigned.`;
                warnings.push(message);
                gh.log.warning(message);
            }
        });
    }
    if (spec.reviewers?.length || spec.teamReviewers?.length) {
        await attempt({ what: `requesting reviews on ${where}`, permission: 'pull-requests: write' }, () => gh.octokit.rest.pulls.requestReviewers({
            ...repo,
            pull_number: number,
            reviewers: [...(spec.reviewers ?? [])],
            team_reviewers: [...(spec.teamReviewers ?? [])],
        }));
    }
    return warnings;
}
const MARKER = /\n*<!-- shipshape:(proposes|declined) ([^\n]*?) -->\n?$/;
// Names and versions are the project's and a registry's: every character that could end the
// HTML comment or the list is encoded.
const encodePart = (s) => s.replace(/[^\w.\-/:]/g, (c) => encodeURIComponent(c));
/** A pull request's body with the hidden line that records what it proposes. */
function withProposals(body, proposals) {
    return proposals?.length ? body.trimEnd() + proposalsMarker('proposes', proposals) : body;
}
function proposalsMarker(kind, proposals) {
    if (!proposals?.length)
        return '';
    const items = proposals.map((p) => `${encodePart(p.name)}@${encodePart(p.version)}`);
    return `\n\n<!-- shipshape:${kind} ${items.join(' ')} -->\n`;
}
function parseProposals(body) {
    const m = MARKER.exec(body ?? '');
    if (!m)
        return undefined;
    const proposals = [];
    for (const item of m[2].split(' ')) {
        const at = item.lastIndexOf('@');
        if (at <= 0)
            continue;
        try {
            proposals.push({
                name: decodeURIComponent(item.slice(0, at)),
                version: decodeURIComponent(item.slice(at + 1)),
            });
        }
        catch {
            // Edited by hand into something that does not decode: not a proposal.
        }
    }
    return { kind: m[1], proposals };
}
function withoutProposals(body) {
    return body.replace(MARKER, '\n');
}
/**
 * What the closed, unmerged pull requests from `branch` proposed: the versions not to propose
 * again. A pull request found so for the first time gets `declinedComment`, and its hidden
 * line is marked as told (an edit of the closed pull request's body).
 */
async function declinedProposals(gh, options) {
    const { repo, branch } = options;
    const full = `${repo.owner}/${repo.repo}`;
    const closed = await (0,github_errors/* withGitHubErrors */.Vo)({
        what: `looking for closed pull requests from ${branch} in ${full}`,
        permission: 'pull-requests: read',
    }, () => gh.octokit.paginate(gh.octokit.rest.pulls.list, {
        ...repo,
        head: `${repo.owner}:${branch}`,
        state: 'closed',
        per_page: 100,
    }));
    const out = [];
    for (const pull of closed) {
        if (pull.merged_at || pull.head.repo?.full_name !== full)
            continue;
        const marked = parseProposals(pull.body);
        if (!marked?.proposals.length)
            continue;
        if (marked.kind === 'proposes') {
            const op = (what) => ({
                what: `${what} #${pull.number} in ${full}`,
                permission: 'pull-requests: write',
            });
            await (0,github_errors/* withGitHubErrors */.Vo)(op('commenting on the declined pull request'), () => gh.octokit.rest.issues.createComment({
                ...repo,
                issue_number: pull.number,
                body: options.declinedComment(marked.proposals),
            }));
            await (0,github_errors/* withGitHubErrors */.Vo)(op('marking the declined pull request'), () => gh.octokit.rest.pulls.update({
                ...repo,
                pull_number: pull.number,
                body: withoutProposals(pull.body ?? '').trimEnd() +
                    proposalsMarker('declined', marked.proposals),
            }));
            gh.log.info(`Pull request ${pull.html_url} was closed without merging: its versions are declined.`);
        }
        out.push(...marked.proposals.map((p) => ({ ...p, number: pull.number, url: pull.html_url })));
    }
    return out;
}


/***/ }),

/***/ 57544:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hk: () => (/* binding */ editYamlText),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   mm: () => (/* binding */ editYamlFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38815);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99661);





function render(value, style) {
    if (style === yaml__WEBPACK_IMPORTED_MODULE_3__.Scalar.QUOTE_SINGLE)
        return `'${value.replace(/'/g, "''")}'`;
    if (style === yaml__WEBPACK_IMPORTED_MODULE_3__.Scalar.QUOTE_DOUBLE)
        return JSON.stringify(value);
    return value;
}
function splice(text, plans, forceQuotes) {
    let out = text;
    for (const p of [...plans].sort((a, b) => b.start - a.start)) {
        const style = forceQuotes && p.style === yaml__WEBPACK_IMPORTED_MODULE_3__.Scalar.PLAIN ? yaml__WEBPACK_IMPORTED_MODULE_3__.Scalar.QUOTE_DOUBLE : p.style;
        out = out.slice(0, p.start) + render(p.edit.value, style) + out.slice(p.end);
    }
    return out;
}
const parseDocs = (text, lineCounter) => (0,yaml__WEBPACK_IMPORTED_MODULE_3__.parseAllDocuments)(text, { lineCounter, keepSourceTokens: false });
/**
 * Replaces scalars in YAML text by splicing only their bytes: quoting style, comments, key
 * order, line endings and every other byte stay as they were. Each edit is checked (the
 * node exists, is a single-line string scalar, holds the expected value); edits that fail
 * are returned and left out, the others are made. The result is re-parsed to prove that
 * only the intended values changed.
 */
function editYamlText(text, file, edits) {
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_3__.LineCounter();
    const docs = parseDocs(text, lc);
    const failures = [];
    const fail = (edit, message, offset, hint) => {
        const pos = offset === undefined ? undefined : lc.linePos(offset);
        failures.push({
            edit,
            error: new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(message, { file, line: pos?.line, col: pos?.col }, hint),
        });
    };
    const syntax = docs.find((d) => d.errors.length > 0);
    if (syntax) {
        for (const e of edits)
            fail(e, `cannot edit: the file is not valid YAML (${syntax.errors[0].message.split('\n')[0]})`, undefined, 'fix the YAML, or edit the value by hand if the file is a template');
        return { text, failures };
    }
    const plans = [];
    for (const edit of edits) {
        const doc = docs[edit.docIndex];
        const node = doc?.getIn(edit.path, true);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_3__.isScalar)(node) || !node.range) {
            fail(edit, `cannot edit: no value at ${formatPath(edit.path)}`, doc?.range?.[0]);
            continue;
        }
        const start = node.range[0];
        if (node.value !== edit.expected) {
            fail(edit, `cannot edit: the value at ${formatPath(edit.path)} is ${JSON.stringify(String(node.value))}, not ${JSON.stringify(edit.expected)} (is it templated?)`, start, 'edit the value by hand, or move the pinned image into a plain (untemplated) YAML file');
            continue;
        }
        const style = node.type ?? yaml__WEBPACK_IMPORTED_MODULE_3__.Scalar.PLAIN;
        const original = text.slice(start, node.range[1]);
        if ((style !== yaml__WEBPACK_IMPORTED_MODULE_3__.Scalar.PLAIN && style !== yaml__WEBPACK_IMPORTED_MODULE_3__.Scalar.QUOTE_SINGLE && style !== yaml__WEBPACK_IMPORTED_MODULE_3__.Scalar.QUOTE_DOUBLE) ||
            /[\r\n]/.test(original)) {
            fail(edit, `cannot edit: the value at ${formatPath(edit.path)} is a multi-line scalar`, start, 'write it on one line');
            continue;
        }
        if (plans.some((p) => p.start === start))
            continue; // the same scalar reached twice
        plans.push({ edit, start, end: node.range[1], style });
    }
    if (plans.length === 0)
        return { text, failures };
    // What the documents must hold afterwards: the originals with exactly these values set.
    const expectedDocs = parseDocs(text);
    for (const p of plans)
        expectedDocs[p.edit.docIndex].setIn(p.edit.path, p.edit.value);
    const want = expectedDocs.map((d) => d.toJS({ maxAliasCount: -1 }));
    for (const forceQuotes of [false, true]) {
        const out = splice(text, plans, forceQuotes);
        const got = parseDocs(out);
        if (got.length === want.length &&
            got.every((d, i) => d.errors.length === 0 && (0,node_util__WEBPACK_IMPORTED_MODULE_2__.isDeepStrictEqual)(d.toJS({ maxAliasCount: -1 }), want[i]))) {
            return { text: out, failures };
        }
    }
    for (const p of plans)
        fail(p.edit, 'cannot edit: replacing the value would change other content', p.start, 'edit the value by hand');
    return { text, failures };
}
/** Applies edits to a file (written atomically, mode kept); returns the edits that failed. */
async function editYamlFile(file, edits, opts = {}) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    const result = editYamlText(text, opts.displayName ?? file, edits);
    if (!opts.dryRun && result.text !== text) {
        const tmp = `${file}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, result.text, { mode: (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file)).mode });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
        }
        catch (err) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(tmp).catch(() => undefined);
            throw err;
        }
    }
    return result.failures;
}
/** `images[2].resultImage` */
function formatPath(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}


/***/ })

};
