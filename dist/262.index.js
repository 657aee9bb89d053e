export const id = 262;
export const ids = [262];
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

/***/ 13262:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runImageBumpAction: () => (/* binding */ runImageBumpAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/github/context.js
var context = __webpack_require__(88120);
// EXTERNAL MODULE: ./lib/github/errors.js
var errors = __webpack_require__(9452);
// EXTERNAL MODULE: ./lib/util/errors.js
var util_errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/util/markdown.js
var markdown = __webpack_require__(46607);
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
            throw (0,errors/* explainGitHubError */.Pm)(err, op);
        withoutMutation.add(gh);
        gh.log.info('This GitHub has no createCommitOnBranch mutation; committing through the git data API.');
        return undefined;
    }
}
function lacksMutation(err) {
    if ((0,errors/* statusOf */.c2)(err) === 404)
        return true;
    return ((0,errors/* isGraphqlError */._4)(err) &&
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
        await (0,errors/* withGitHubErrors */.Vo)(op(`uploading ${file.path}`), () => git.createBlob({ ...repo, content: file.content.toString('base64'), encoding: 'base64' }));
    }
    const tree = await (0,errors/* withGitHubErrors */.Vo)(op('writing a tree'), () => git.createTree({
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
    const commit = await (0,errors/* withGitHubErrors */.Vo)(op('writing a commit'), () => git.createCommit({ ...repo, message, tree: tree.data.sha, parents: [parent] }));
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
        if ((0,errors/* statusOf */.c2)(err) === 404)
            return undefined;
        throw (0,errors/* explainGitHubError */.Pm)(err, {
            what: `reading branch ${branch} of ${repo.owner}/${repo.repo}`,
            permission: 'contents: read',
        });
    }
}
/** True when `head` is one commit on `baseSha` whose tree is the plan's. */
async function holdsPlan(gh, repo, head, baseSha, plan) {
    const { data } = await (0,errors/* withGitHubErrors */.Vo)({ what: `reading commit ${head} of ${repo.owner}/${repo.repo}`, permission: 'contents: read' }, () => gh.octokit.rest.git.getCommit({ ...repo, commit_sha: head }));
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
        await (0,errors/* withGitHubErrors */.Vo)(op, () => gh.octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha }));
    }
    else {
        await (0,errors/* withGitHubErrors */.Vo)(op, () => gh.octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true }));
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
        const { data } = await (0,errors/* withGitHubErrors */.Vo)({ what: `reading tree ${sha} of ${repo.owner}/${repo.repo}`, permission: 'contents: read' }, () => gh.octokit.rest.git.getTree({ ...repo, tree_sha: sha }));
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
            throw new util_errors/* UserError */.yo(`Cannot write ${change.path}: it is a directory in the repository.`);
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
        throw new util_errors/* UserError */.yo(`Cannot write ${change.path}: ${name} is a file in the repository, not a directory.`);
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
        throw new util_errors/* UserError */.yo(`Not a file path inside the repository: ${JSON.stringify(path)}`);
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







/** `shipshape/<kind>/<group>`, with the group reduced to characters safe in a branch name. */
function pullRequestBranch(kind, group) {
    const safe = (s) => s
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/^[-.]+|[-.]+$/g, '')
        .replace(/\.lock$/, '-lock')
        .slice(0, 100) || 'all';
    return `shipshape/${safe(kind)}/${safe(group)}`;
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
        throw new util_errors/* UserError */.yo(`The base branch ${base} does not exist in ${full}.`, {}, 'Check the base-branch input.');
    }
    const baseCommit = await (0,errors/* withGitHubErrors */.Vo)(op(`reading commit ${baseSha}`, 'contents: read'), () => gh.octokit.rest.git.getCommit({ ...repo, commit_sha: baseSha }));
    const plan = await planTree(gh, repo, baseCommit.data.tree.sha, spec.changes);
    const open = await findOpenPullRequest(gh, repo, branch);
    const result = { branch, base, warnings: [] };
    if (plan.files.length === 0) {
        if (!open)
            return { ...result, outcome: 'nothing' };
        await closeWithComment(gh, repo, open.number, branch, spec.closeComment ??
            `${(0,markdown/* code */.aY)(base)} already has the change of this pull request, so shipshape closes it.`);
        return { ...result, outcome: 'closed', number: open.number, url: open.html_url };
    }
    const head = await branchHead(gh, repo, branch);
    const current = head !== undefined && (await holdsPlan(gh, repo, head, baseSha, plan));
    const commit = current
        ? head
        : await writeBranch(gh, repo, branch, head, baseSha, spec.commitMessage, plan, !!open);
    const body = fitPullRequestBody(spec.body);
    if (open) {
        const edits = {
            ...(open.title !== spec.title ? { title: spec.title } : {}),
            ...((open.body ?? '') !== body ? { body } : {}),
            ...(open.base.ref !== base ? { base } : {}),
        };
        if (Object.keys(edits).length) {
            await (0,errors/* withGitHubErrors */.Vo)(op(`updating pull request #${open.number}`), () => gh.octokit.rest.pulls.update({ ...repo, pull_number: open.number, ...edits }));
        }
        const outcome = current && !Object.keys(edits).length ? 'unchanged' : 'updated';
        gh.log.info(`Pull request ${open.html_url}: ${outcome}.`);
        return { ...result, outcome, number: open.number, url: open.html_url, commit };
    }
    const created = await createPullRequest(gh, repo, { base, branch, title: spec.title, body });
    if (created.existing) {
        // A run racing us opened it between our lookup and our request: take it over, once.
        if (raced)
            throw new util_errors/* UserError */.yo(`GitHub says a pull request from ${branch} exists in ${full}, but lists none open.`);
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
    const pulls = await (0,errors/* withGitHubErrors */.Vo)({ what: `listing pull requests of ${full}`, permission: 'pull-requests: read' }, () => gh.octokit.paginate(gh.octokit.rest.pulls.list, { ...repo, state: 'open', per_page: 100 }));
    const stale = pulls.filter((p) => p.head.repo?.full_name === full &&
        p.head.ref.startsWith(options.branchPrefix) &&
        !options.keep.includes(p.head.ref));
    for (const pull of stale)
        await closeWithComment(gh, repo, pull.number, pull.head.ref, options.comment);
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
    const { data } = await (0,errors/* withGitHubErrors */.Vo)({ what: `reading repository ${repo.owner}/${repo.repo}`, permission: 'contents: read' }, () => gh.octokit.rest.repos.get({ ...repo }));
    return data.default_branch;
}
async function findOpenPullRequest(gh, repo, branch) {
    const { data } = await (0,errors/* withGitHubErrors */.Vo)({
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
        });
        return { existing: false, number: data.number, url: data.html_url };
    }
    catch (err) {
        if ((0,errors/* statusOf */.c2)(err) === 422 &&
            /A pull request already exists/i.test(String(err.message))) {
            return { existing: true };
        }
        throw (0,errors/* explainGitHubError */.Pm)(err, {
            what: `opening a pull request from ${pr.branch} into ${pr.base} in ${repo.owner}/${repo.repo}`,
            permission: 'pull-requests: write',
        });
    }
}
async function closeWithComment(gh, repo, number, branch, comment) {
    const op = (what, permission = 'pull-requests: write') => ({
        what: `${what} in ${repo.owner}/${repo.repo}`,
        permission,
    });
    await (0,errors/* withGitHubErrors */.Vo)(op(`commenting on #${number}`), () => gh.octokit.rest.issues.createComment({ ...repo, issue_number: number, body: comment }));
    await (0,errors/* withGitHubErrors */.Vo)(op(`closing #${number}`), () => gh.octokit.rest.pulls.update({ ...repo, pull_number: number, state: 'closed' }));
    try {
        await gh.octokit.rest.git.deleteRef({ ...repo, ref: `heads/${branch}` });
    }
    catch (err) {
        // Already gone (deleted by hand, or by the "delete head branches" setting): fine.
        if ((0,errors/* statusOf */.c2)(err) !== 422 && (0,errors/* statusOf */.c2)(err) !== 404) {
            throw (0,errors/* explainGitHubError */.Pm)(err, op(`deleting branch ${branch}`, 'contents: write'));
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
                if (((0,errors/* statusOf */.c2)(err) === 404 || (0,errors/* statusOf */.c2)(err) === 409) && tries < gh.maxRetries) {
                    await new Promise((r) => setTimeout(r, gh.secondMs * (tries + 1)));
                    continue;
                }
                const error = (0,errors/* explainGitHubError */.Pm)(err, op);
                const hint = error instanceof util_errors/* UserError */.yo && error.hint ? ` (${error.hint})` : '';
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

// EXTERNAL MODULE: ./lib/images/bump.js + 6 modules
var bump = __webpack_require__(79248);
// EXTERNAL MODULE: ./lib/registry/client.js + 3 modules
var client = __webpack_require__(43043);
// EXTERNAL MODULE: ./lib/registry/credentials.js + 2 modules
var registry_credentials = __webpack_require__(54620);
// EXTERNAL MODULE: ./lib/render/index.js + 48 modules
var lib_render = __webpack_require__(81431);
// EXTERNAL MODULE: ./lib/actions/runner-secrets.js + 1 modules
var runner_secrets = __webpack_require__(1926);
// EXTERNAL MODULE: ./lib/util/log-safe.js
var log_safe = __webpack_require__(43446);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/images/yaml-edit.js
var yaml_edit = __webpack_require__(57544);
;// CONCATENATED MODULE: ./lib/actions/bump-groups.js
/**
 * Splits the updates of an image-bump run into pull-request groups and computes, per group,
 * the files as they are with exactly that group's edits: a file holding pins of two images
 * grouped by image gets a different version in each group's pull request.
 */




const GROUP_BY = ['image', 'file', 'all'];
function groupKey(u, by) {
    return by === 'image' ? u.image : by === 'file' ? u.file : 'all';
}
/**
 * The groups of `updates` (whose `file`s are relative to `repoRoot`), sorted by key. Each
 * file is read from `repoRoot` as it was when the engine checked it (the engine ran in dry
 * run) and edited with the yaml-edit module the engine uses, so each group's content is what
 * the engine would have written for those updates alone.
 */
async function planGroups(updates, by, repoRoot) {
    const groups = new Map();
    for (const u of updates)
        groups.set(groupKey(u, by), [...(groups.get(groupKey(u, by)) ?? []), u]);
    const texts = new Map();
    const read = (file) => {
        if (!texts.has(file))
            texts.set(file, (0,promises_.readFile)(external_node_path_.join(repoRoot, file), 'utf8'));
        return texts.get(file);
    };
    const out = [];
    for (const key of [...groups.keys()].sort()) {
        const list = groups.get(key);
        const byFile = new Map();
        for (const u of list)
            byFile.set(u.file, [...(byFile.get(u.file) ?? []), u]);
        const changes = [];
        for (const [file, fileUpdates] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
            const text = await read(file);
            const edits = fileUpdates.map((u) => scalarEdit(text, u));
            const result = (0,yaml_edit/* editYamlText */.hk)(text, file, edits);
            // The engine made these very edits a moment ago; failing now means the file changed.
            if (result.failures.length)
                throw result.failures[0].error;
            changes.push({ path: file, content: result.text });
        }
        out.push({ key, updates: list, changes });
    }
    return out;
}
/** The edit for an update: the scalar at its path whose value is the pinned reference. */
function scalarEdit(text, u) {
    const docs = (0,dist.parseAllDocuments)(text);
    for (let docIndex = 0; docIndex < docs.length; docIndex++) {
        const found = findScalar(docs[docIndex].contents, [], u);
        if (found)
            return { docIndex, path: found, expected: u.from, value: u.to };
    }
    // editYamlText reports a missing value with the file and path.
    return { docIndex: 0, path: [u.path], expected: u.from, value: u.to };
}
function findScalar(node, at, u) {
    if ((0,dist.isScalar)(node))
        return node.value === u.from && (0,yaml_edit/* formatPath */.jV)(at) === u.path ? at : undefined;
    if ((0,dist.isMap)(node)) {
        for (const pair of node.items) {
            const key = (0,dist.isScalar)(pair.key) ? pair.key.value : pair.key;
            if (typeof key !== 'string' && typeof key !== 'number')
                continue;
            const found = findScalar(pair.value, [...at, key], u);
            if (found)
                return found;
        }
    }
    if ((0,dist.isSeq)(node)) {
        for (let i = 0; i < node.items.length; i++) {
            const found = findScalar(node.items[i], [...at, i], u);
            if (found)
                return found;
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./lib/images/decide.js
var decide = __webpack_require__(40164);
// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __webpack_require__(9758);
// EXTERNAL MODULE: ./lib/util/one-line.js
var one_line = __webpack_require__(13551);
;// CONCATENATED MODULE: ./lib/actions/bump-text.js




/** The web page of an image's repository on the registries that have one. */
function registryPage(image) {
    let ref;
    try {
        ref = (0,reference/* parseImageReference */.o_)(image);
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
const tag = (t) => (t ? (0,markdown/* code */.aY)(t) : '(no tag)');
const plural = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
/** One line of plain text: GitHub shows a title as it is, and git reads trailers from lines. */
function pullRequestTitle(updates, file) {
    const images = [...new Set(updates.map((u) => u.image))];
    let title = `Bump ${plural(images.length, 'image')}${file ? ` in ${file}` : ''}`;
    if (images.length === 1) {
        const [u] = updates;
        const latest = new Set(updates.map((x) => x.latest));
        const current = new Set(updates.map((x) => x.current));
        if (latest.size === 1 && current.size === 1)
            title = `Bump ${u.image} from ${u.current || '(no tag)'} to ${u.latest}`;
        else if (latest.size === 1)
            title = `Bump ${u.image} to ${u.latest}`;
        else
            title = `Bump ${u.image} (${plural(updates.length, 'pin')})`;
    }
    return (0,one_line/* oneLine */.T)(title);
}
/** Where the pin lives: file and line, plus the targets or the Flux workload using it. */
function pinnedIn(u) {
    const at = (0,markdown/* code */.aY)(u.line ? `${u.file}:${u.line}` : u.file);
    if (u.kind === 'flux')
        return `${at} (${(0,markdown/* code */.aY)(u.workload ?? '')}, container ${(0,markdown/* code */.aY)(u.container ?? '')})`;
    const targets = (u.targets ?? []).filter((t) => t !== '(no target)');
    return targets.length ? `${at} (${targets.map(markdown/* code */.aY).join(', ')})` : at;
}
/** One table row per update: image (linked to its registry page when known), from, to, filter, where. */
function updatesTable(updates, extra) {
    const head = ['image', 'from', 'to', 'filter', 'pinned in', ...(extra ? ['pull request'] : [])];
    const rows = updates.map((u) => {
        const page = registryPage(u.image);
        const image = page ? `[${(0,markdown/* code */.aY)(u.image)}](${page})` : (0,markdown/* code */.aY)(u.image);
        const cells = [image, tag(u.current), tag(u.latest), (0,markdown/* code */.aY)(u.filter), pinnedIn(u)];
        return `| ${[...cells, ...(extra ? [extra(u)] : [])].map(markdown/* cell */.Hn).join(' | ')} |`;
    });
    return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows].join('\n');
}
function explanation(u) {
    const parts = [...(0,decide/* explanationParts */.a)(u.explanation), u.explanation.why];
    return `- ${(0,markdown/* code */.aY)(u.image)} ${tag(u.latest)}: ${parts.map(markdown/* text */.Qq).join('; ')}`;
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
        `_Opened by ${run}. Every run rebuilds the branch ${(0,markdown/* code */.aY)(opts.branch)} on ${(0,markdown/* code */.aY)(opts.base)} and updates this pull request; commits pushed to the branch are replaced. It is closed when ${(0,markdown/* code */.aY)(opts.base)} has these versions by other means._`,
        '',
    ].join('\n');
}
function commitMessage(title, updates) {
    const lines = updates.map((u) => (0,one_line/* oneLine */.T)(`- ${u.image}: ${u.current || '(no tag)'} -> ${u.latest} (${u.filter}) in ${u.file}${u.line ? `:${u.line}` : ''}`));
    return `${(0,one_line/* oneLine */.T)(title)}\n\n${lines.join('\n')}\n`;
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
            out.push(`- ${(0,markdown/* code */.aY)(k.image)}${k.file ? ` (${(0,markdown/* code */.aY)(k.file)})` : ''}: ${(0,markdown/* text */.Qq)(k.reason)}`);
        out.push('');
    }
    if (s.errors.length)
        out.push('**Errors**', '', ...s.errors.map((e) => `- ${(0,markdown/* text */.Qq)(errorText(e))}`), '');
    return out.join('\n');
}

// EXTERNAL MODULE: ./lib/actions/git.js
var git = __webpack_require__(16571);
// EXTERNAL MODULE: ./lib/actions/github.js
var actions_github = __webpack_require__(9080);
// EXTERNAL MODULE: ./lib/actions/inputs.js
var inputs = __webpack_require__(39922);
// EXTERNAL MODULE: ./lib/actions/render-inputs.js
var render_inputs = __webpack_require__(16545);
;// CONCATENATED MODULE: ./lib/actions/image-bump.js




















/**
 * `command: image-bump`: finds the newest allowed tag of every pinned image (the engine in
 * images/, run without writing) and opens or updates one pull request per group with
 * exactly those edits, made through GitHub's API on top of the base branch.
 */
async function runImageBumpAction(workspace) {
    const groupBy = (0,inputs/* choiceInput */.ij)('group-by', GROUP_BY, 'image');
    const dryRun = (0,inputs/* boolInput */.Hm)('dry-run', false);
    const labels = (0,inputs/* listInput */.dt)('labels');
    const render = (0,render_inputs/* renderInputs */.E)(workspace);
    const projectDir = realpathOrSelf(render.projectDir);
    const checkout = await (0,git/* checkoutOf */.o)(projectDir);
    // Before any work: a missing token or a wrong checkout should not cost a registry scan first.
    let github;
    if (!dryRun) {
        const { gh, repo } = await (0,actions_github/* gitHubFromInputs */.V)();
        github = { gh, repo, base: await baseBranch(gh, repo, checkout.head) };
    }
    const { renders, errors: renderErrors } = await core/* group */.Os('render', () => (0,lib_render/* renderImageUses */.m)(render, (0,inputs/* listInput */.dt)('targets')));
    const errors = [...renderErrors];
    const report = await core/* group */.Os('check registries', () => checkRegistries(projectDir, renders));
    const inRepo = (e) => ({
        ...e,
        file: e.file && (repoPath(e.file, projectDir, checkout.root) ?? e.file),
    });
    errors.push(...report.errors.map(inRepo));
    report.skipped = report.skipped.map(inRepo);
    const updates = report.updates.map((u) => inRepository(u, projectDir, checkout.root));
    const groups = await planGroups(updates, groupBy, checkout.root);
    core/* setOutput */.uH('updated-count', String(updates.length));
    const results = github
        ? await syncPullRequests(github, groups, {
            kind: bumpKind(checkout.root, projectDir),
            groupBy,
            labels,
            // A group missing because its image failed this time is not stale.
            closeStale: errors.length === 0,
        })
        : new Map();
    const numbers = [...results.values()].flatMap((r) => r.number !== undefined && r.outcome !== 'closed' ? [r.number] : []);
    core/* setOutput */.uH('pull-requests', JSON.stringify(numbers));
    const pullRequest = (u) => {
        const r = results.get(groupKey(u, groupBy));
        if (!r)
            return dryRun ? 'not opened (dry run)' : '';
        return r.url ? `[#${r.number}](${r.url}) ${r.outcome}` : r.outcome;
    };
    await (0,runner_secrets/* writeSummary */.S)([
        jobSummary({
            dryRun,
            updates: groups.flatMap((g) => g.updates),
            pullRequest,
            upToDate: report.upToDate.length,
            skipped: report.skipped,
            errors,
        }),
    ]);
    if (errors.length)
        throw new util_errors/* UserError */.yo(`image-bump finished with ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${errors.map((e) => `- ${errorText(e)}`).join('\n')}`, {}, updates.length ? 'the other images were handled (see the job summary)' : undefined);
    if (updates.length === 0)
        core/* info */.pq('Every pinned image is up to date: no pull request needed.');
}
/** One pull request per group, opened or updated; with `closeStale`, those of vanished groups closed. */
async function syncPullRequests(target, groups, opts) {
    const { gh, repo, base } = target;
    const results = new Map();
    for (const group of groups) {
        const branch = pullRequestBranch(opts.kind, group.key);
        const title = pullRequestTitle(group.updates, opts.groupBy === 'file' ? group.key : undefined);
        const result = await syncPullRequest(gh, {
            repo,
            base,
            branch,
            title,
            body: pullRequestBody(group.updates, { branch, base, runUrl: (0,context/* workflowRunUrl */.C)() }),
            commitMessage: commitMessage(title, group.updates),
            changes: group.changes,
            labels: opts.labels,
        });
        results.set(group.key, result);
        for (const w of result.warnings)
            core/* warning */.$e(w);
    }
    if (opts.closeStale) {
        // Every branch of this kind starts like this (the group is the last part).
        const prefix = pullRequestBranch(opts.kind, 'all').replace(/all$/, '');
        const closed = await closeStalePullRequests(gh, {
            repo,
            branchPrefix: prefix,
            keep: groups.map((g) => pullRequestBranch(opts.kind, g.key)),
            comment: `Closed by shipshape image-bump: nothing in this pull request needs bumping on ${(0,markdown/* code */.aY)(base)} any more.`,
        });
        if (closed.length)
            core/* info */.pq(`Closed stale pull requests: ${closed.map((n) => `#${n}`).join(', ')}`);
    }
    return results;
}
function realpathOrSelf(p) {
    try {
        return (0,external_node_fs_.realpathSync)(p);
    }
    catch {
        return p;
    }
}
/** The engine in dry run: the workspace stays as checked out; the pull requests carry the edits. */
async function checkRegistries(projectDir, renders) {
    const credentials = await registry_credentials/* RegistryCredentials */.U.load(process.env);
    for (const w of credentials.warnings)
        core/* warning */.$e(w);
    const registry = new client/* RegistryClient */.b({ credentials });
    try {
        return await (0,bump/* runImageBump */.x)({
            projectDir,
            renders,
            registry,
            dryRun: true,
            log: (line) => core/* info */.pq((0,log_safe/* logSafe */.sN)(line)),
        });
    }
    finally {
        await registry.close();
    }
}
/** `file` of an engine entry (relative to the project) relative to the repository instead. */
function repoPath(file, projectDir, root) {
    const rel = external_node_path_.relative(root, external_node_path_.resolve(projectDir, file));
    return rel.startsWith('..') || external_node_path_.isAbsolute(rel) ? undefined : rel.split(external_node_path_.sep).join('/');
}
/** The update with `file` relative to the repository, as the pull request names it. */
function inRepository(u, projectDir, root) {
    const file = repoPath(u.file, projectDir, root);
    if (file === undefined)
        throw new util_errors/* UserError */.yo(`${u.file} pins ${u.image} but is outside the repository, so no pull request can change it`, { file: u.file, line: u.line }, 'keep fixed-images files inside the repository');
    return { ...u, file };
}
/** `image-bump`, or `image-bump-<dir>` for a project below the repository root, so two projects' branches never mix. */
function bumpKind(root, projectDir) {
    const dir = external_node_path_.relative(root, projectDir).split(external_node_path_.sep).join('/');
    return dir ? `image-bump-${dir}` : 'image-bump';
}
/**
 * The base-branch input (default: the repository's default branch). The edits are made to
 * the checked-out files, so the checkout must be that branch's head, or the pull request
 * would also carry whatever differs between the two.
 */
async function baseBranch(gh, repo, head) {
    const full = `${repo.owner}/${repo.repo}`;
    const read = { what: `reading ${full}`, permission: 'contents: read' };
    const base = core/* getInput */.V4('base-branch') ||
        (await (0,errors/* withGitHubErrors */.Vo)(read, () => gh.octokit.rest.repos.get({ ...repo }))).data
            .default_branch;
    const { data } = await (0,errors/* withGitHubErrors */.Vo)({ ...read, what: `reading branch ${base} of ${full} (the base-branch input)` }, () => gh.octokit.rest.git.getRef({ ...repo, ref: `heads/${base}` }));
    if (data.object.sha !== head)
        throw new util_errors/* UserError */.yo(`the checkout is at ${head.slice(0, 12)}, but ${base} is at ${data.object.sha.slice(0, 12)}`, {}, `check out ${base} (actions/checkout with ref: ${base}) or set base-branch to the branch that is checked out; if ${base} just moved, run again`);
    return base;
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
