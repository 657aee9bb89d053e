export const id = 821;
export const ids = [821];
export const modules = {

/***/ 73821:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runImageBumpAction: () => (/* binding */ runImageBumpAction)
});

// EXTERNAL MODULE: ./lib/node_modules/@actions/core/lib/core.js + 3 modules
var core = __webpack_require__(86120);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/github/context.js
var context = __webpack_require__(88120);
// EXTERNAL MODULE: ./lib/github/pulls.js + 3 modules
var pulls = __webpack_require__(47064);
// EXTERNAL MODULE: ./lib/images/bump.js + 2 modules
var bump = __webpack_require__(38355);
// EXTERNAL MODULE: ./lib/registry/client.js + 2 modules
var client = __webpack_require__(31517);
// EXTERNAL MODULE: ./lib/registry/credentials.js + 2 modules
var registry_credentials = __webpack_require__(54620);
// EXTERNAL MODULE: ./lib/render/index.js + 70 modules
var lib_render = __webpack_require__(1206);
// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/util/log-safe.js
var log_safe = __webpack_require__(43446);
// EXTERNAL MODULE: ./lib/util/markdown.js
var markdown = __webpack_require__(46607);
// EXTERNAL MODULE: ./lib/util/one-line.js
var one_line = __webpack_require__(13551);
// EXTERNAL MODULE: ./lib/actions/bump-pulls.js
var bump_pulls = __webpack_require__(75442);
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

// EXTERNAL MODULE: ./lib/actions/bump-text.js
var bump_text = __webpack_require__(51887);
;// CONCATENATED MODULE: ./lib/actions/bump-templates.js
/**
 * The `title` and `commit-message` templates of bump pull requests, e.g.
 * `chore(deps): bump {image} to {to}` for semantic commits. A template is the workflow's
 * text; the values filled in come from the project and a registry, so each is kept on one
 * line and cannot mention anyone or reference an issue (a commit message saying
 * `fixes #12` closes issue 12 when merged).
 */



/** Every placeholder, with what it stands for (the README lists these). */
const TEMPLATE_FIELDS = {
    subject: 'what the default title says after "Bump", e.g. "nginx from 1.25.3 to 1.27.2" or "3 images"',
    image: 'the image, or "N images" for a group of several',
    from: 'the current tag, or "their current tags" when they differ',
    to: 'the new tag, or "their newest tags" when they differ',
    tag: 'the same as {to}',
    count: 'how many images the pull request bumps',
    group: 'the group: the image, the file or "all" (see group-by)',
    dir: 'the project directory in the repository ("." at the root)',
};
const DEFAULT_TITLE = 'Bump {subject}';
const PLACEHOLDER = /\{\{|\}\}|\{([^{}]*)\}/g;
/** Checks a template before any work: one line, known placeholders, braces closed. */
function parseBumpTemplate(input, text) {
    const fail = (problem) => new errors/* UserError */.yo(`input ${input}: ${problem}`, {}, `placeholders are ${Object.keys(TEMPLATE_FIELDS)
        .map((f) => `{${f}}`)
        .join(', ')}; write {{ and }} for braces`);
    if (/[\r\n]/.test(text))
        throw fail('must be one line (the body lists the updates)');
    for (const m of text.matchAll(PLACEHOLDER)) {
        if (m[1] !== undefined && !Object.hasOwn(TEMPLATE_FIELDS, m[1]))
            throw fail(`unknown placeholder {${m[1]}}`);
    }
    const rest = text.replace(PLACEHOLDER, '');
    if (/[{}]/.test(rest))
        throw fail('has a brace that opens or closes no placeholder');
    if (!text.trim())
        throw fail('is empty');
    return { input, text };
}
/** Outside text on one line, with mentions and issue references broken by a zero-width space. */
const plain = (value) => (0,one_line/* oneLine */.T)(value).replace(/[@#]/g, '$&\u200b');
function fillTemplate(t, data) {
    return t.text.replace(PLACEHOLDER, (m, field) => field === undefined ? m[0] : plain(data[field]));
}
/** The values of a group's placeholders. */
function templateData(updates, group, dir) {
    const one = (values) => (new Set(values).size === 1 ? values[0] : undefined);
    const images = [...new Set(updates.map((u) => u.image))];
    const to = one(updates.map((u) => u.latest)) ?? 'their newest tags';
    const current = one(updates.map((u) => u.current));
    return {
        subject: (0,bump_text/* bumpSubject */.Jx)(updates, group.file),
        image: images.length === 1 ? images[0] : `${images.length} images`,
        from: current === undefined ? 'their current tags' : current || '(no tag)',
        to,
        tag: to,
        count: String(images.length),
        group: group.key,
        dir: dir || '.',
    };
}

// EXTERNAL MODULE: ./lib/actions/failure.js + 1 modules
var failure = __webpack_require__(28073);
// EXTERNAL MODULE: ./lib/actions/git.js
var git = __webpack_require__(16571);
// EXTERNAL MODULE: ./lib/actions/github.js
var actions_github = __webpack_require__(9080);
// EXTERNAL MODULE: ./lib/actions/inputs.js
var actions_inputs = __webpack_require__(39922);
// EXTERNAL MODULE: ./lib/actions/render-inputs.js
var render_inputs = __webpack_require__(16545);
// EXTERNAL MODULE: ./lib/actions/runner-secrets.js + 1 modules
var runner_secrets = __webpack_require__(1926);
;// CONCATENATED MODULE: ./lib/actions/image-bump.js






















function pullRequestInputs() {
    const title = parseBumpTemplate('title', core/* getInput */.V4('title') || DEFAULT_TITLE);
    const commitMessage = core/* getInput */.V4('commit-message');
    return {
        ...(0,bump_pulls/* decorationInputs */.uD)(),
        groupBy: (0,actions_inputs/* choiceInput */.ij)('group-by', GROUP_BY, 'image'),
        title,
        commitMessage: commitMessage
            ? parseBumpTemplate('commit-message', commitMessage)
            : { ...title, input: 'commit-message' },
    };
}
/**
 * `command: image-bump`: finds the newest allowed tag of every pinned image (the engine in
 * images/, run without writing) and opens or updates one pull request per group with
 * exactly those edits, made through GitHub's API on top of the base branch. Versions a
 * closed pull request declined are not proposed again (see declinedProposals).
 */
async function runImageBumpAction(workspace) {
    const inputs = pullRequestInputs();
    const dryRun = (0,actions_inputs/* boolInput */.Hm)('dry-run', false);
    const render = (0,render_inputs/* renderInputs */.E)(workspace);
    const targets = (0,actions_inputs/* listInput */.dt)('targets');
    const projectDir = (0,bump_pulls/* realpathOrSelf */.Rk)(render.projectDir);
    const checkout = await (0,git/* checkoutOf */.o5)(projectDir);
    // Before any work: a missing token or a wrong checkout should not cost a registry scan first.
    let github;
    if (!dryRun) {
        const { gh, repo } = await (0,actions_github/* gitHubFromInputs */.V)();
        github = { gh, repo, base: await (0,bump_pulls/* baseBranch */.sH)(gh, repo, checkout.head) };
    }
    const { renders, errors: renderErrors } = await core/* group */.Os('render', () => (0,lib_render/* renderImageUses */.mp)(render, targets));
    const errors = [...renderErrors];
    const report = await core/* group */.Os('check registries', () => checkRegistries(projectDir, renders));
    const inRepo = (e) => ({
        ...e,
        file: e.file && (repoPath(e.file, projectDir, checkout.root) ?? e.file),
    });
    errors.push(...report.errors.map(inRepo));
    report.skipped = report.skipped.map(inRepo);
    const found = report.updates.map((u) => inRepository(u, projectDir, checkout.root));
    const kind = (0,bump_pulls/* branchKind */.lD)('image-bump', checkout.root, projectDir, {
        targets,
        includeTags: render.includeTags ?? [],
        excludeTags: render.excludeTags ?? [],
    });
    const branchOf = (key) => (0,pulls/* pullRequestBranch */.Vl)(kind, key, inputs.branchPrefix);
    const declined = github
        ? await core/* group */.Os('declined versions', () => (0,bump_pulls/* declinedUpdates */.xj)(github, found, (u) => branchOf(groupKey(u, inputs.groupBy)), (u) => ({ name: u.image, version: u.latest })))
        : new Map();
    const updates = found.filter((u) => !declined.has(u));
    for (const [u, d] of declined)
        report.skipped.push({
            image: u.image,
            current: u.current,
            latest: u.latest,
            file: u.file,
            line: u.line,
            reason: `${u.latest} was declined in #${d.number} (closed without merging); reopen it to undo`,
        });
    const groups = await planGroups(updates, inputs.groupBy, checkout.root);
    core/* setOutput */.uH('updated-count', String(updates.length));
    const closed = [];
    const results = github
        ? await syncPullRequests(github, groups, {
            ...inputs,
            branchOf,
            dir: external_node_path_.relative(checkout.root, projectDir).split(external_node_path_.sep).join('/'),
            // A group missing because its image failed this time is not stale.
            closeStale: errors.length === 0,
            onClosed: (r) => closed.push({ ...r, operation: 'closed' }),
        })
        : new Map();
    (0,bump_pulls/* setPullRequestOutputs */.bv)(results, closed);
    const pullRequest = (u) => {
        const r = results.get(groupKey(u, inputs.groupBy));
        if (!r)
            return dryRun ? 'not opened (dry run)' : '';
        return r.url ? `[#${r.number}](${r.url}) ${r.outcome}` : r.outcome;
    };
    await (0,runner_secrets/* writeSummary */.Sy)([
        (0,bump_text/* jobSummary */.sp)({
            dryRun,
            updates: groups.flatMap((g) => g.updates),
            pullRequest,
            upToDate: report.upToDate.length,
            skipped: report.skipped,
            errors,
        }),
    ]);
    if (errors.length) {
        // One annotation per failed image, on the line that pins it.
        await (0,failure/* annotate */.fz)(errors.map((e) => ({
            title: `shipshape image-bump: ${e.image ?? (e.target ? `target ${e.target}` : 'render')}`,
            message: e.error + (e.hint ? `\nhint: ${e.hint}` : ''),
            file: e.file && external_node_path_.resolve(checkout.root, e.file),
            line: e.line,
        })), checkout.root);
        throw new failure/* ReportedFailure */.g7(`image-bump finished with ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${errors.map((e) => `- ${(0,bump_text/* errorText */.kc)(e)}`).join('\n')}${updates.length ? '\nThe other images were handled (see the job summary).' : ''}`);
    }
    if (updates.length === 0 && declined.size === 0)
        core/* info */.pq('Every pinned image is up to date: no pull request needed.');
}
/** One pull request per group, opened or updated; with `closeStale`, those of vanished groups closed. */
async function syncPullRequests(target, groups, opts) {
    const { gh, repo, base } = target;
    const results = new Map();
    for (const group of groups) {
        const branch = opts.branchOf(group.key);
        const data = templateData(group.updates, { key: group.key, file: opts.groupBy === 'file' ? group.key : undefined }, opts.dir);
        const title = (0,one_line/* oneLine */.T)(fillTemplate(opts.title, data));
        const result = await (0,pulls/* syncPullRequest */.AC)(gh, {
            repo,
            base,
            branch,
            title,
            body: (0,bump_text/* pullRequestBody */.NF)(group.updates, { branch, base, runUrl: (0,context/* workflowRunUrl */.C)() }),
            commitMessage: (0,bump_text/* commitMessage */.df)(fillTemplate(opts.commitMessage, data), group.updates),
            changes: group.changes,
            labels: opts.labels,
            reviewers: opts.reviewers,
            teamReviewers: opts.teamReviewers,
            assignees: opts.assignees,
            draft: opts.draft,
            proposals: group.updates.map((u) => ({ name: u.image, version: u.latest })),
        });
        results.set(group.key, result);
        for (const w of result.warnings)
            core/* warning */.$e(w);
    }
    if (opts.closeStale) {
        // Every branch of this kind starts like this (the group is the last part).
        const prefix = opts.branchOf('all').replace(/all$/, '');
        const closed = await (0,pulls/* closeStalePullRequests */.BI)(gh, {
            repo,
            branchPrefix: prefix,
            keep: groups.map((g) => opts.branchOf(g.key)),
            comment: `Closed by shipshape image-bump: nothing in this pull request needs bumping on ${(0,markdown/* code */.aY)(base)} any more.`,
            onClosed: opts.onClosed,
        });
        if (closed.length)
            core/* info */.pq(`Closed stale pull requests: ${closed.map((n) => `#${n}`).join(', ')}`);
    }
    return results;
}
/** The engine in dry run: the workspace stays as checked out; the pull requests carry the edits. */
async function checkRegistries(projectDir, renders) {
    const credentials = await registry_credentials.RegistryCredentials.load(process.env);
    for (const w of credentials.warnings)
        core/* warning */.$e(w);
    // Tokens a token server hands out are secrets like the passwords: the runner masks them.
    const registry = new client/* RegistryClient */.b({ credentials, onSecret: core/* setSecret */.Pq });
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
        throw new errors/* UserError */.yo(`${u.file} pins ${u.image} but is outside the repository, so no pull request can change it`, { file: u.file, line: u.line }, 'keep fixed-images files inside the repository');
    return { ...u, file };
}


/***/ }),

/***/ 38355:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ runImageBump)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __webpack_require__(9758);
// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/util/yaml.js
var yaml = __webpack_require__(9925);
// EXTERNAL MODULE: ./lib/images/decide.js
var decide = __webpack_require__(40164);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
// EXTERNAL MODULE: ./lib/registry/wildcard.js
var wildcard = __webpack_require__(18389);
// EXTERNAL MODULE: ./lib/util/go-regex.js
var go_regex = __webpack_require__(38138);
;// CONCATENATED MODULE: ./lib/images/flux-policy.js




const LENIENT = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
/** Parses a tag the way Flux v1's semver library did: `1`, `1.0`, `v1.0.3` are versions. */
function parseLenientSemver(tag) {
    const m = LENIENT.exec(tag);
    if (!m)
        return undefined;
    const n = (s) => BigInt(s ?? '0').toString();
    const text = `${n(m[1])}.${n(m[2])}.${n(m[3])}${m[4] ? `-${m[4]}` : ''}${m[5] ? `+${m[5]}` : ''}`;
    return semver.parse(text) ?? undefined;
}
/** Masterminds constraint syntax (`>=1.0, <2`, `=>`) in npm range syntax. */
function toNpmRange(constraint) {
    if (constraint.includes('!='))
        throw new Error('"!=" constraints are not supported');
    const npm = constraint.replace(/,/g, ' ').replace(/=>/g, '>=').replace(/=</g, '<=').trim();
    if (npm === '')
        throw new Error('the constraint is empty');
    return new semver.Range(npm);
}
function invalid(pattern, why) {
    return new errors/* UserError */.yo(`invalid Flux tag pattern ${JSON.stringify(pattern)}: ${why}`, {}, 'use glob:<pattern> (* wildcards), semver:<constraint> (e.g. semver:~1.2) or regex:<expression>');
}
const LATEST = 'latest';
const excludesLatest = '"latest" (only glob:latest picks it)';
/**
 * A Flux v1 `fluxcd.io/tag.<container>` pattern: `glob:` (the default when no prefix),
 * `semver:` or `regex:`/`regexp:`. An invalid pattern is an error, never "match everything".
 */
function fluxPolicy(pattern) {
    const colon = pattern.indexOf(':');
    const type = colon < 0 ? 'glob' : pattern.slice(0, colon);
    const expr = colon < 0 ? pattern : pattern.slice(colon + 1);
    switch (type) {
        case 'glob': {
            const re = (0,wildcard/* wildcardRegExp */.w)(expr);
            const onlyLatest = expr === LATEST;
            return {
                text: `glob:${expr}`,
                order: 'created',
                reject: (tag) => tag === LATEST && !onlyLatest
                    ? excludesLatest
                    : re.test(tag)
                        ? undefined
                        : `not matching glob ${JSON.stringify(expr)}`,
                comparable: () => true,
            };
        }
        case 'semver': {
            let range;
            try {
                range = toNpmRange(expr);
            }
            catch (err) {
                throw invalid(pattern, err.message);
            }
            return {
                text: `semver:${expr}`,
                order: 'version',
                reject: (tag) => {
                    const v = parseLenientSemver(tag);
                    if (!v)
                        return 'not a semantic version';
                    return range.test(v) ? undefined : `outside ${expr}`;
                },
                compare: (a, b) => compareFluxSemver(a, b),
                comparable: (tag) => parseLenientSemver(tag) !== undefined,
            };
        }
        case 'regex':
        case 'regexp': {
            let re;
            try {
                re = (0,go_regex/* compileGoRegex */.l)(expr, false);
            }
            catch (err) {
                throw invalid(pattern, err.message);
            }
            return {
                text: `${type}:${expr}`,
                order: 'created',
                reject: (tag) => tag === LATEST ? excludesLatest : re.test(tag) ? undefined : `not matching ${expr}`,
                comparable: () => true,
            };
        }
        default:
            throw invalid(pattern, `unknown type "${type}"`);
    }
}
/**
 * Flux v1's semver order, ascending: by version; the same version written differently
 * (`1.10` vs `1.10.0`) by tag text; tags that are not versions sort below all versions.
 */
function compareFluxSemver(a, b) {
    const x = parseLenientSemver(a);
    const y = parseLenientSemver(b);
    if (x && !y)
        return 1;
    if (!x && y)
        return -1;
    // Non-versions among themselves: descending text ranks "aaa" above "bbb", as Flux listed them.
    if (!x || !y)
        return a < b ? 1 : a > b ? -1 : 0;
    return semver.compare(x, y) || (a < b ? -1 : a > b ? 1 : 0);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/util/merge.js
var merge = __webpack_require__(45536);
;// CONCATENATED MODULE: ./lib/images/flux-workloads.js





const AUTOMATED = 'fluxcd.io/automated';
const LOCKED = 'fluxcd.io/locked';
const TAG_PREFIX = 'fluxcd.io/tag.';
/** Flux 1.x also read `filter.fluxcd.io/<container>`. */
const FILTER_PREFIX = 'filter.fluxcd.io/';
/** Directories never scanned: VCS data, vendored charts, dependencies. */
const SKIP_DIRS = new Set(['.git', '.helm-charts', 'node_modules']);
async function yamlFiles(dir) {
    const out = [];
    const walk = async (d) => {
        for (const e of await (0,promises_.readdir)(d, { withFileTypes: true })) {
            const p = external_node_path_.join(d, e.name);
            if (e.isDirectory()) {
                if (!SKIP_DIRS.has(e.name))
                    await walk(p);
            }
            else if (e.isFile() && /\.ya?ml$/i.test(e.name)) {
                out.push(p);
            }
        }
    };
    await walk(dir);
    return out.sort();
}
/** Every `containers`/`initContainers` list under `spec`, with its path. */
function containerLists(node, p, out) {
    if (Array.isArray(node)) {
        node.forEach((v, i) => containerLists(v, [...p, i], out));
    }
    else if ((0,merge/* isPlainObject */.Qd)(node)) {
        for (const [k, v] of Object.entries(node)) {
            if ((k === 'containers' || k === 'initContainers') && Array.isArray(v))
                out.push({ path: [...p, k], list: v });
            else
                containerLists(v, [...p, k], out);
        }
    }
}
function scanDocument(file, docIndex, doc, lc, scan) {
    const obj = doc.toJS({ maxAliasCount: -1 });
    if (!(0,merge/* isPlainObject */.Qd)(obj) || !(0,merge/* isPlainObject */.Qd)(obj.metadata))
        return;
    const annotations = (0,merge/* isPlainObject */.Qd)(obj.metadata.annotations) ? obj.metadata.annotations : {};
    if (String(annotations[AUTOMATED]) !== 'true')
        return;
    const workload = `${String(obj.kind)}/${String(obj.metadata.name)}`;
    const locked = String(annotations[LOCKED]) === 'true';
    const lists = [];
    containerLists(obj.spec, ['spec'], lists);
    for (const { path: listPath, list } of lists) {
        list.forEach((c, i) => {
            if (!(0,merge/* isPlainObject */.Qd)(c) || typeof c.name !== 'string' || typeof c.image !== 'string')
                return;
            const p = [...listPath, i, 'image'];
            const node = doc.getIn(p, true);
            const line = node?.range ? lc.linePos(node.range[0]).line : 0;
            const base = { file, line, workload, container: c.name, image: c.image };
            // Templated images (images.get_image) are bumped through their fixed-image entry.
            if (/\{\{|\{%/.test(c.image))
                return;
            if (locked) {
                scan.skipped.push({ ...base, reason: `${LOCKED} is "true"` });
                return;
            }
            const pattern = annotations[TAG_PREFIX + c.name] ?? annotations[FILTER_PREFIX + c.name] ?? 'glob:*';
            scan.containers.push({ ...base, docIndex, path: p, pattern: String(pattern) });
        });
    }
}
/**
 * Finds workloads automated the Flux v1 way (`fluxcd.io/automated: "true"`) in the YAML
 * files under a project. Locked workloads are reported as skipped; files that do not parse
 * are errors only when they mention the annotation (templates often are not YAML).
 */
async function scanFluxWorkloads(projectDir) {
    const scan = { containers: [], skipped: [], errors: [] };
    for (const file of await yamlFiles(projectDir)) {
        const text = await (0,promises_.readFile)(file, 'utf8');
        if (!text.includes(AUTOMATED))
            continue;
        const lc = new dist.LineCounter();
        const docs = (0,dist.parseAllDocuments)(text, { lineCounter: lc });
        const bad = docs.find((d) => d.errors.length > 0);
        if (bad) {
            const e = bad.errors[0];
            scan.errors.push(new errors/* UserError */.yo(`cannot read Flux annotations: invalid YAML (${e.message.split('\n')[0]})`, { file, line: e.linePos?.[0].line }, 'fix the YAML; templated manifests cannot be automated the Flux v1 way'));
            continue;
        }
        docs.forEach((doc, i) => {
            if ((0,dist.isMap)(doc.contents) || (0,dist.isSeq)(doc.contents))
                scanDocument(file, i, doc, lc, scan);
        });
    }
    return scan;
}

// EXTERNAL MODULE: ./lib/images/policy.js
var images_policy = __webpack_require__(77834);
// EXTERNAL MODULE: ./lib/images/version-filter.js + 1 modules
var version_filter = __webpack_require__(11022);
// EXTERNAL MODULE: ./lib/images/yaml-edit.js
var yaml_edit = __webpack_require__(57544);
;// CONCATENATED MODULE: ./lib/images/bump.js











const ORIGIN = {
    target: "target's images",
    file: 'fixed-images file',
    vars: 'images variable',
    cli: '-F',
};
/** Canonical filter text, so `semver()` and `semver(allow_no_nums=False)` count as one. */
function canonicalFilter(f) {
    try {
        return (0,images_policy/* kluctlPolicy */.S)(f).text;
    }
    catch {
        return f;
    }
}
/** Turns render results into one site per pinned entry (entries reused across targets merge). */
function fixedImageSites(projectDir, renders, report) {
    const sites = new Map();
    const skipped = new Map();
    for (const r of renders) {
        const target = r.target ?? '(no target)';
        for (const s of r.images) {
            const fi = s.fixedImage;
            if (!fi || !fi.source) {
                const reason = fi
                    ? 'pinned on the command line (-F)'
                    : 'not pinned: no fixed image matches it';
                const key = `${s.image}\n${reason}`;
                const entry = skipped.get(key) ?? { image: s.image, reason, targets: [] };
                if (!entry.targets?.includes(target))
                    entry.targets?.push(target);
                skipped.set(key, entry);
                continue;
            }
            const yamlPath = [...fi.source.path, 'resultImage'];
            const key = JSON.stringify([fi.source.file, yamlPath]);
            let site = sites.get(key);
            if (!site) {
                site = {
                    loc: {
                        kind: 'fixed-image',
                        file: displayPath(projectDir, fi.source.file),
                        path: (0,yaml_edit/* formatPath */.jV)(yamlPath),
                        targets: [],
                    },
                    absFile: fi.source.file,
                    docIndex: 0,
                    yamlPath,
                    value: fi.resultImage,
                    filter: '',
                    filters: new Map(),
                    origin: fi.origin,
                };
                sites.set(key, site);
            }
            if (!site.loc.targets?.includes(target))
                site.loc.targets?.push(target);
            const filter = canonicalFilter(s.latestVersion ?? version_filter/* DEFAULT_FILTER */.$);
            site.filters.set(filter, [...(site.filters.get(filter) ?? []), `${target}: ${s.deployment}`]);
        }
    }
    report.skipped.push(...skipped.values());
    const out = [];
    for (const site of sites.values()) {
        if (site.filters.size > 1) {
            const uses = [...site.filters].map(([f, w]) => `${f} (${w.join(', ')})`).join(' vs ');
            report.errors.push({
                ...site.loc,
                image: site.value,
                error: `the ${ORIGIN[site.origin]} entry is used with different version filters: ${uses}`,
                hint: 'use one filter for this image, or pin each use with its own entry (namespace/deployment/container fields)',
            });
            continue;
        }
        site.filter = [...site.filters.keys()][0];
        out.push(site);
    }
    return out;
}
function displayPath(projectDir, file) {
    const rel = external_node_path_.relative(projectDir, file);
    return rel.startsWith('..') || external_node_path_.isAbsolute(rel) ? file : rel;
}
/** Line numbers for fixed-image sites, read once per file (best effort: templated files may not parse). */
async function addLines(sites) {
    const byFile = new Map();
    for (const s of sites)
        if (s.loc.kind === 'fixed-image')
            byFile.set(s.absFile, [...(byFile.get(s.absFile) ?? []), s]);
    await Promise.all([...byFile].map(async ([file, list]) => {
        try {
            const doc = await (0,yaml/* readYamlFile */.kv)(file);
            for (const s of list)
                s.loc.line = doc.positionOf(s.yamlPath)?.line;
        }
        catch {
            // the edit step reports unreadable files
        }
    }));
}
/** `{ image, current }` of a reference, or the text as is when it does not parse. */
function splitImage(value) {
    try {
        const ref = (0,reference/* parseImageReference */.o_)(value);
        return ref.tag ? { image: ref.name, current: ref.tag } : { image: ref.name };
    }
    catch {
        return { image: value };
    }
}
function errorEntry(loc, image, err) {
    const e = { ...loc, error: err instanceof errors/* UserError */.yo ? err.message : (0,errors/* formatError */.Wk)(err) };
    if (image !== undefined)
        e.image = image;
    if (err instanceof errors/* UserError */.yo && err.hint)
        e.hint = err.hint;
    if (err instanceof errors/* UserError */.yo && err.file && !loc.file) {
        e.file = err.file;
        e.line = err.line;
    }
    return e;
}
/**
 * image-bump's engine: for each pinned image (fixed-image entries that won in some target,
 * Flux-automated containers) ask the registry for tags, pick the newest allowed one, never
 * go back to an older one, and edit the pinned value in place. One image's failure is
 * reported and does not stop the others.
 */
async function runImageBump(opts) {
    const report = { updates: [], upToDate: [], skipped: [], errors: [] };
    const log = opts.log ?? (() => undefined);
    const sites = fixedImageSites(opts.projectDir, opts.renders, report);
    if (opts.flux !== false) {
        const scan = await scanFluxWorkloads(opts.projectDir);
        for (const c of scan.containers) {
            sites.push({
                loc: {
                    kind: 'flux',
                    file: displayPath(opts.projectDir, c.file),
                    line: c.line,
                    path: (0,yaml_edit/* formatPath */.jV)(c.path),
                    workload: c.workload,
                    container: c.container,
                },
                absFile: c.file,
                docIndex: c.docIndex,
                yamlPath: c.path,
                value: c.image,
                filter: c.pattern,
            });
        }
        for (const s of scan.skipped) {
            report.skipped.push({
                kind: 'flux',
                file: displayPath(opts.projectDir, s.file),
                line: s.line,
                workload: s.workload,
                container: s.container,
                ...splitImage(s.image),
                reason: s.reason,
            });
        }
        for (const e of scan.errors)
            report.errors.push(errorEntry({ kind: 'flux' }, undefined, e));
    }
    await addLines(sites);
    log(`checking ${sites.length} pinned image${sites.length === 1 ? '' : 's'}`);
    const listings = new Map();
    const listTags = (ref, counter) => {
        const key = `${ref.registry}/${ref.repository}`;
        let p = listings.get(key);
        if (!p) {
            p = opts.registry.listTags(ref, counter);
            listings.set(key, p);
        }
        return p;
    };
    const edits = [];
    const limit = (0,p_limit/* default */.A)(opts.concurrency ?? 8);
    await Promise.all(sites.map((site) => limit(async () => {
        let image;
        try {
            const ref = (0,reference/* parseImageReference */.o_)(site.value);
            image = ref.name;
            if (!ref.tag && ref.digest) {
                report.skipped.push({
                    ...site.loc,
                    image,
                    reason: 'pinned by digest only: no tag to compare',
                });
                return;
            }
            const policy = site.loc.kind === 'flux' ? fluxPolicy(site.filter) : (0,images_policy/* kluctlPolicy */.S)(site.filter);
            const counter = { requests: 0 };
            const listing = await listTags(ref, counter);
            const d = await (0,decide/* decideTag */.B)(policy, listing, ref.tag, (tag) => opts.registry.imageCreated(ref, tag, counter));
            const current = ref.tag ?? '';
            if (d.verdict === 'up-to-date') {
                report.upToDate.push({
                    ...site.loc,
                    image,
                    current,
                    filter: policy.text,
                    explanation: d.explanation,
                });
            }
            else if (d.verdict === 'newer-pinned') {
                report.skipped.push({
                    ...site.loc,
                    image,
                    current,
                    latest: d.latest,
                    filter: policy.text,
                    reason: `the pinned tag is newer than the newest candidate ${d.latest}; not downgrading`,
                    explanation: d.explanation,
                });
            }
            else {
                const digest = await opts.registry.manifestDigest(ref, d.latest, counter);
                const update = {
                    ...site.loc,
                    image,
                    current,
                    latest: d.latest,
                    filter: policy.text,
                    from: site.value,
                    to: (0,reference/* withTag */.Rd)(ref, d.latest, digest),
                    digest,
                    explanation: d.explanation,
                    requests: counter.requests,
                };
                edits.push({ site, update });
                log(`${(0,reference/* repositoryKey */.Kq)(ref)}: ${current || '(no tag)'} -> ${d.latest}`);
            }
        }
        catch (err) {
            report.errors.push(errorEntry(site.loc, image ?? site.value, err));
        }
    })));
    // One read-modify-write per file; an edit that cannot be made becomes that image's error.
    const byFile = new Map();
    for (const e of edits)
        byFile.set(e.site.absFile, [...(byFile.get(e.site.absFile) ?? []), e]);
    for (const [file, list] of byFile) {
        const scalarEdits = list.map(({ site, update }) => ({
            docIndex: site.docIndex,
            path: site.yamlPath,
            expected: site.value,
            value: update.to,
        }));
        try {
            const failures = await (0,yaml_edit/* editYamlFile */.mm)(file, scalarEdits, {
                dryRun: opts.dryRun,
                displayName: list[0].site.loc.file,
            });
            const failed = new Map(failures.map((f) => [f.edit, f.error]));
            list.forEach((e, i) => {
                const err = failed.get(scalarEdits[i]);
                if (err)
                    report.errors.push(errorEntry(e.site.loc, e.update.image, err));
                else
                    report.updates.push(e.update);
            });
        }
        catch (err) {
            for (const e of list)
                report.errors.push(errorEntry(e.site.loc, e.update.image, err));
        }
    }
    const order = (a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0);
    report.updates.sort(order);
    report.upToDate.sort(order);
    report.skipped.sort(order);
    report.errors.sort(order);
    return report;
}


/***/ }),

/***/ 46607:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   OF: () => (/* binding */ fenced),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   h8: () => (/* binding */ htmlCode)
/* harmony export */ });
/* harmony import */ var _one_line_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13551);
/**
 * Markdown for every comment, job summary and pull-request body. Names, paths, tags and
 * messages in them come from a project or a registry, so each goes through one of these:
 * it then reads as its own text, on one line, and cannot end the code span, table cell or
 * element it is in, open HTML, or become a link, image or mention.
 */

const longestRun = (text, ch) => {
    let best = 0;
    let run = 0;
    for (const c of text) {
        run = c === ch ? run + 1 : 0;
        if (run > best)
            best = run;
    }
    return best;
};
/**
 * Inline code, the form for any single name or value. Inside a code span nothing is markup
 * (no HTML, links, mentions or emphasis); what could still end it is handled here: line
 * breaks (oneLine) and backticks (a fence longer than any run inside).
 */
function code(text) {
    const t = (0,_one_line_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .T)(text);
    const ticks = '`'.repeat(longestRun(t, '`') + 1);
    // A backtick at either end would merge with the fence, and CommonMark strips one space
    // from each end when both have one: a pad on both sides keeps the text exact.
    const pad = t === '' || /^[` ]|[` ]$/.test(t) ? ' ' : '';
    return `${ticks}${pad}${t}${pad}${ticks}`;
}
/** A fenced block longer than any backtick run inside, so its content cannot close it. */
function fenced(lang, text) {
    const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
    return `${fence}${lang}\n${text.endsWith('\n') ? text : `${text}\n`}${fence}`;
}
/** `<code>` for raw-HTML contexts such as `<summary>`, where markdown is not read. */
function htmlCode(text) {
    const escaped = (0,_one_line_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .T)(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
    return `<code>${escaped}</code>`;
}
// U+200B as an entity (visible in the source): GitHub finds mentions, issue references and
// bare links in the rendered text, and a zero-width space after `@`, `#`, `://` or `www`
// is enough to stop it, without changing what a reader sees.
const BREAK = '&#8203;';
/**
 * Prose that contains outside text (messages, reasons): one line, every character markdown
 * gives a meaning escaped, and the autolinks GitHub adds after rendering broken up.
 */
function text(s) {
    return (0,_one_line_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .T)(s)
        .replace(/[\\`*_{}[\]()#+\-.!|~<>&$^=]/g, '\\$&')
        .replace(/@/g, `@${BREAK}`)
        .replace(/\\#/g, `\\#${BREAK}`)
        .replace(/:\/\//g, `:${BREAK}//`)
        .replace(/\b(www|gh)(?=\\[.-])/gi, `$1${BREAK}`);
}
/**
 * A table cell's markdown: every pipe escaped, since GFM splits a row at pipes before it
 * reads code spans. A pipe is escaped when an odd number of backslashes precede it, so one
 * that text() or the source already escaped is left as it is.
 */
function cell(markdown) {
    return markdown.replace(/(\\*)\|/g, (m, bs) => (bs.length % 2 ? m : `${bs}\\|`));
}


/***/ })

};
