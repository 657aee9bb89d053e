export const id = 372;
export const ids = [372];
export const modules = {

/***/ 21437:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  clusterCommandAction: () => (/* binding */ clusterCommandAction),
  runDeleteAction: () => (/* binding */ runDeleteAction),
  runDeployAction: () => (/* binding */ runDeployAction),
  runPruneAction: () => (/* binding */ runPruneAction),
  runValidateAction: () => (/* binding */ runValidateAction)
});

// EXTERNAL MODULE: ./lib/node_modules/@actions/core/lib/core.js + 3 modules
var core = __webpack_require__(86120);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/deploy/index.js + 11 modules
var deploy = __webpack_require__(69525);
// EXTERNAL MODULE: ./lib/project/kluctl-project.js
var kluctl_project = __webpack_require__(84702);
// EXTERNAL MODULE: ./lib/project/target.js
var target = __webpack_require__(98020);
// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/util/log-safe.js
var log_safe = __webpack_require__(43446);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/actions/inputs.js
var inputs = __webpack_require__(39922);
// EXTERNAL MODULE: ./lib/actions/runner-secrets.js + 1 modules
var runner_secrets = __webpack_require__(1926);
;// CONCATENATED MODULE: ./lib/actions/cluster-inputs.js
/**
 * Where the cluster commands of the actions find their cluster: the `kubeconfig` input (the
 * file's content, usually from a secret) or the runner's KUBECONFIG (set by the cloud's
 * login actions), then ~/.kube/config. The content is masked in the log, and every token,
 * key and password in it is redacted from everything the action publishes.
 */









/** Keys of a kubeconfig whose values are credentials. */
const SECRET_KEYS = new Set([
    'token',
    'password',
    'client-key-data',
    'client-certificate-data',
    'id-token',
    'refresh-token',
    'access-token',
    'client-secret',
    'idp-certificate-authority-data',
]);
/** Every credential in a parsed kubeconfig (exec plugins' env values included). */
function credentials(v, key = '', out = []) {
    if (typeof v === 'string') {
        if (SECRET_KEYS.has(key))
            out.push(v);
    }
    else if (Array.isArray(v)) {
        for (const x of v)
            credentials(x, key === 'env' ? 'env' : '', out);
    }
    else if (v && typeof v === 'object') {
        const o = v;
        // exec: env: [{name, value}]
        if (key === 'env' && typeof o.value === 'string')
            out.push(o.value);
        for (const [k, x] of Object.entries(o))
            credentials(x, k, out);
    }
    return out;
}
function mask(value) {
    core/* setSecret */.Pq(value);
    (0,runner_secrets/* addRunnerSecret */.gs)(value);
}
/** The kubeconfig and context to use; a `kubeconfig` input is written to a private file. */
function clusterAccessFromInputs() {
    const content = core/* getInput */.V4('kubeconfig');
    const context = (0,inputs/* optionalInput */.$m)('context');
    if (!content.trim())
        return { context };
    // The whole text, each line long enough to mean something, and each credential on its own
    // (the runner masks a multi-line value only as a whole).
    mask(content);
    for (const line of content.split(/\r?\n/))
        if (line.trim().length >= 16)
            mask(line.trim());
    try {
        for (const c of credentials((0,dist.parse)(content)))
            mask(c);
    }
    catch {
        // Not YAML: connecting fails with a clear error; the lines are masked already.
    }
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'shipshape-kube-'));
    const file = external_node_path_.join(dir, 'kubeconfig');
    (0,external_node_fs_.writeFileSync)(file, content, { mode: 0o600 });
    (0,external_node_fs_.chmodSync)(file, 0o600);
    return { kubeconfig: file, context };
}
/** A duration input (`5m`, `30s`); `dflt` when empty. */
function durationInput(name, dflt) {
    const v = core/* getInput */.V4(name).trim();
    if (!v)
        return dflt;
    const ms = (0,deploy/* parseDuration */.E9)(v);
    if (ms === undefined)
        throw new errors/* UserError */.yo(`input ${name} must be a duration such as 30s, 5m or 1h, got "${v}"`);
    return ms;
}

// EXTERNAL MODULE: ./lib/actions/render-inputs.js
var render_inputs = __webpack_require__(16545);
;// CONCATENATED MODULE: ./lib/actions/deploy.js
/**
 * `command: deploy | prune | delete | validate` (actions/deploy runs deploy): each target of
 * the project against its cluster, as the CLI does with -y. The job summary holds the report
 * and per-item timings; `result-json` the results (docs/deploy.md); `changed` and `errors`
 * say how it went. The step fails when any target had an error (validate: was not ready).
 */













/**
 * The targets to work on: the `targets` input, else the project's only target (or the
 * project without targets). Deploying every target of a project by default would be a
 * surprise, so several targets must be named.
 */
async function targetsToUse(projectDir) {
    const given = (0,inputs/* listInput */.dt)('targets');
    const project = await (0,kluctl_project/* loadKluctlProject */.l)(projectDir);
    if (given.length)
        return (0,target/* chooseTargets */.u)(project, given);
    if (project.targets.length > 1)
        throw new errors/* UserError */.yo(`the project defines ${project.targets.length} targets (${project.targets.map((t) => t.name).join(', ')}): say which with the targets input`, {}, 'set targets: to the target(s) this step deploys; one step per target (with a concurrency group) keeps deploys of a target in order');
    return [project.targets[0]?.name];
}
async function runOne(command, workspace, target, access) {
    const render = { ...(0,render_inputs/* renderInputs */.E)(workspace), target };
    const discriminator = (0,inputs/* optionalInput */.$m)('discriminator');
    if (discriminator)
        render.discriminator = discriminator;
    const wait = (0,inputs/* boolInput */.Hm)('wait', true);
    const readinessTimeoutMs = durationInput('readiness-timeout', 5 * 60_000);
    const base = { render, access, log: render.log };
    switch (command) {
        case 'deploy':
            return (0,deploy/* deployCommand */.Jp)({
                ...base,
                prune: (0,inputs/* boolInput */.Hm)('prune', false),
                engine: {
                    dryRun: (0,inputs/* boolInput */.Hm)('dry-run', false),
                    noWait: !wait,
                    readinessTimeoutMs,
                    abortOnError: (0,inputs/* boolInput */.Hm)('abort-on-error', false),
                    forceApply: (0,inputs/* boolInput */.Hm)('force-apply', false),
                    replaceOnError: (0,inputs/* boolInput */.Hm)('replace-on-error', false),
                    forceReplaceOnError: (0,inputs/* boolInput */.Hm)('force-replace-on-error', false),
                },
            });
        case 'prune':
        case 'delete':
            return (command === 'prune' ? deploy/* pruneCommand */.En : deploy/* deleteCommand */.x3)({
                ...base,
                dryRun: (0,inputs/* boolInput */.Hm)('dry-run', false),
                noWait: !wait,
            });
        case 'validate':
            return (0,deploy/* validateCommand */.Md)({ ...base, waitMs: wait ? readinessTimeoutMs : 0, sleepMs: 5000 });
    }
}
/** The job summary: every target's report, at the most detail that fits. */
function summaryBodies(results) {
    const perTarget = results.map(deploy/* resultMarkdownBodies */.rt);
    return deploy/* REPORT_LEVELS */.HS.map((_, level) => perTarget.map((bodies) => bodies[level]).join('\n---\n\n'));
}
const messageText = (m) => `${m.kind ? `${m.kind} ${m.namespace ? `${m.namespace}/` : ''}${m.name}: ` : ''}${m.message}`;
const failedResult = (r) => r.errors.length > 0 || (r.command === 'validate' && !r.ready);
function clusterCommandAction(command) {
    return async (workspace) => {
        const projectDir = (0,render_inputs/* renderInputs */.E)(workspace).projectDir;
        const access = clusterAccessFromInputs();
        const targets = await targetsToUse(projectDir);
        const results = [];
        for (const target of targets) {
            const result = await core/* group */.Os(`${command} ${target ?? 'project'}`, () => runOne(command, workspace, target, access));
            core/* info */.pq((0,log_safe/* logSafe */.sN)((0,deploy/* renderResultText */.H4)(result, { short: true })));
            results.push(result);
        }
        const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), `shipshape-${command}-`));
        const file = external_node_path_.join(dir, 'result.json');
        const out = { command, results };
        (0,external_node_fs_.writeFileSync)(file, (0,runner_secrets/* redactRunnerSecrets */.dr)((0,deploy/* resultToJson */.hV)(out)));
        core/* setOutput */.uH('result-json', file);
        core/* setOutput */.uH('changed', String(results.some(deploy/* resultChanged */.K6)));
        core/* setOutput */.uH('errors', String(results.reduce((n, r) => n + r.errors.length, 0)));
        await (0,runner_secrets/* writeSummary */.Sy)(summaryBodies(results));
        const failed = results.filter(failedResult);
        if (failed.length)
            throw new errors/* UserError */.yo(failed
                .map((r) => `${command} of ${r.target ?? 'the project'} failed: ${r.errors[0] ? messageText(r.errors[0]) : 'not ready'}${r.errors.length > 1 ? ` (and ${r.errors.length - 1} more error(s))` : ''}; ${(0,deploy/* summaryText */.g5)(r)}`)
                .join('\n'), {}, 'the job summary and result-json list every object, error and warning');
    };
}
const runDeployAction = clusterCommandAction('deploy');
const runPruneAction = clusterCommandAction('prune');
const runDeleteAction = clusterCommandAction('delete');
const runValidateAction = clusterCommandAction('validate');


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
