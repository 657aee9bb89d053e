export const id = 335;
export const ids = [335];
export const modules = {

/***/ 28073:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g7: () => (/* binding */ ReportedFailure),
  fz: () => (/* binding */ annotate),
  Zw: () => (/* binding */ problemOf),
  xV: () => (/* binding */ reportFailure)
});

// EXTERNAL MODULE: ./lib/node_modules/@actions/core/lib/core.js + 3 modules
var core = __webpack_require__(86120);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./lib/github/annotations.js
/**
 * Errors where users look: an annotation with a file and line is shown by GitHub on that
 * line of the pull request's "Files changed" and in the run's summary, while a failure
 * message is one blob in the log. One annotation per problem.
 */



/**
 * `core.error` for each problem, with `file` relative to the repository root `root` (GitHub
 * matches annotations to the repository's paths, not the runner's). `redact` is applied to
 * every text.
 */
function annotateErrors(problems, root, redact = (t) => t) {
    for (const p of problems) {
        const file = p.file && root ? repositoryPath(p.file, root) : undefined;
        core/* error */.z3(redact(p.message), {
            title: redact(p.title),
            ...(file
                ? {
                    file,
                    ...(p.line ? { startLine: p.line } : {}),
                    ...(p.line && p.col ? { startColumn: p.col } : {}),
                }
                : {}),
        });
    }
}
/** `file` relative to `root` with `/`, when it is an existing file inside `root`. */
function repositoryPath(file, root) {
    if (!external_node_path_.isAbsolute(file) || !(0,external_node_fs_.existsSync)(file))
        return undefined;
    const rel = external_node_path_.relative(root, file);
    if (!rel || rel.startsWith('..') || external_node_path_.isAbsolute(rel))
        return undefined;
    return rel.split(external_node_path_.sep).join('/');
}

// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/actions/git.js
var git = __webpack_require__(16571);
// EXTERNAL MODULE: ./lib/actions/runner-secrets.js + 1 modules
var runner_secrets = __webpack_require__(1926);
;// CONCATENATED MODULE: ./lib/actions/failure.js
/** How an action's failure reaches the user: annotations on the files at fault where there are any. */







/**
 * Thrown by a command that has already annotated each of its problems (image-bump's failed
 * images): the step fails with its message in the log, and no further annotation repeats them.
 */
class ReportedFailure extends Error {
}
/**
 * A UserError as an annotation: the message and hint, at its file and line. A relative file
 * is looked for in each of `dirs` in turn (template errors name files relative to the
 * project); one found nowhere is left in the message only.
 */
function problemOf(err, title, ...dirs) {
    const candidates = err.file ? dirs.map((d) => external_node_path_.resolve(d, err.file)) : [];
    return {
        title,
        message: err.message + (err.hint ? `\nhint: ${err.hint}` : ''),
        file: candidates.find((f) => (0,external_node_fs_.existsSync)(f)) ?? candidates[0],
        line: err.line,
        col: err.col,
    };
}
/** Annotations for a list of problems, relative to the repository holding `dir`. */
async function annotate(problems, dir) {
    annotateErrors(problems, await (0,git/* repoRootOf */.SE)(dir), runner_secrets/* redactRunnerSecrets */.dr);
}
/**
 * Fails the step for `err` when it can do better than a plain failure message: an error
 * about a file becomes an annotation on it. Returns false for every other error.
 */
async function reportFailure(err, command, workspace) {
    if (err instanceof ReportedFailure) {
        core/* info */.pq((0,runner_secrets/* redactRunnerSecrets */.dr)(err.message));
        process.exitCode = core/* ExitCode */.yU.Failure;
        return true;
    }
    if (!(err instanceof errors/* UserError */.yo) || !err.file)
        return false;
    const projectDir = external_node_path_.resolve(workspace, core/* getInput */.V4('project-dir') || '.');
    const problem = problemOf(err, `shipshape ${command}`, projectDir, workspace);
    await annotate([problem], external_node_path_.dirname(problem.file));
    process.exitCode = core/* ExitCode */.yU.Failure;
    return true;
}


/***/ }),

/***/ 16571:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SE: () => (/* binding */ repoRootOf),
/* harmony export */   fC: () => (/* binding */ baseRefToUse),
/* harmony export */   o5: () => (/* binding */ checkoutOf)
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
/** The top directory of the clone holding `dir`; undefined outside one. */
function repoRootOf(dir) {
    return git(dir, ['rev-parse', '--show-toplevel']);
}
/** The top directory and the checked-out commit of the clone holding `dir`. */
async function checkoutOf(dir) {
    const root = await repoRootOf(dir);
    const head = root && (await git(dir, ['rev-parse', 'HEAD']));
    if (!root || !head)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${dir} is not in a git checkout`, {}, 'check out the repository first (actions/checkout)');
    return { root, head };
}


/***/ }),

/***/ 9335:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./lib/node_modules/@actions/core/lib/core.js + 3 modules
var core = __webpack_require__(86120);
// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/actions/failure.js + 1 modules
var failure = __webpack_require__(28073);
;// CONCATENATED MODULE: ./lib/actions/command-inputs.js
/**
 * The inputs each command reads. The root action declares the inputs of every command, so
 * the runner would happily pass `target:` to `command: diff`, which reads `targets` and
 * would silently diff every target: a command refuses every input it does not read,
 * naming it and the inputs it takes. The actions under actions/ declare exactly their
 * command's inputs (test/actions/inputs.test.ts keeps the action.yml files in step), and
 * the runner passes an input it does not know on with a warning only, so they check too.
 */

/** What decides the rendered objects: every rendering command reads these. */
const RENDER = [
    'project-dir',
    'args',
    'fixed-images',
    'fixed-images-files',
    'include-tags',
    'exclude-tags',
    'allow-env',
    'cache-dir',
];
/** What shapes the pull requests of the bump commands (image-bump, helm-update). */
const BUMP_PULL_REQUESTS = [
    'targets',
    'group-by',
    'labels',
    'base-branch',
    'github-token',
    'dry-run',
    'branch-prefix',
    'reviewers',
    'team-reviewers',
    'assignees',
    'draft',
];
const COMMAND_INPUTS = {
    render: [...RENDER, 'target', 'output-file'],
    diff: [
        ...RENDER,
        'targets',
        'against',
        'base-ref',
        'comment',
        'comment-mode',
        'comment-key',
        'title',
        'label',
        'github-token',
        'comment-from',
        'pull-request',
    ],
    'image-bump': [...RENDER, ...BUMP_PULL_REQUESTS, 'title', 'commit-message'],
    'helm-update': [...RENDER, ...BUMP_PULL_REQUESTS],
    'list-targets': ['project-dir'],
    ...clusterCommandInputs(),
};
/** deploy, prune, delete, validate: the target's cluster, and what each command does there. */
function clusterCommandInputs() {
    const cluster = [...RENDER, 'targets', 'kubeconfig', 'context', 'discriminator'];
    return {
        deploy: [
            ...cluster,
            'dry-run',
            'prune',
            'wait',
            'readiness-timeout',
            'abort-on-error',
            'force-apply',
            'replace-on-error',
            'force-replace-on-error',
        ],
        prune: [...cluster, 'dry-run', 'wait'],
        delete: [...cluster, 'dry-run', 'wait'],
        validate: [...cluster, 'wait', 'readiness-timeout'],
    };
}
/**
 * Inputs the runner sets whatever the step says: `command` selects the command, and
 * `github-token` has a default (`${{ github.token }}`) in every action.yml.
 */
const ALWAYS_SET = ['command', 'github-token'];
/** The inputs a step gave (INPUT_* variables that are not empty), by their names in action.yml. */
function givenInputs(env) {
    return Object.entries(env)
        .filter(([name, value]) => name.startsWith('INPUT_') && value?.trim())
        .map(([name]) => name.slice('INPUT_'.length).toLowerCase());
}
/** Fails on the first given input `command` does not read, saying what it takes instead. */
function checkInputs(command, env) {
    const takes = COMMAND_INPUTS[command] ?? [];
    for (const input of givenInputs(env).sort()) {
        if (takes.includes(input) || ALWAYS_SET.includes(input))
            continue;
        const others = Object.keys(COMMAND_INPUTS).filter((c) => COMMAND_INPUTS[c].includes(input));
        const guess = (0,errors/* nearest */.pA)(input, takes);
        const elsewhere = others.length ? ` (${input} is an input of ${others.join(', ')})` : '';
        throw new errors/* UserError */.yo(`${command} does not use the input ${input}${elsewhere}; its inputs are ${takes.join(', ')}`, {}, guess ? `did you mean ${guess}?` : `remove ${input} from the step's with:`);
    }
}

// EXTERNAL MODULE: ./lib/actions/runner-secrets.js + 1 modules
var runner_secrets = __webpack_require__(1926);
// EXTERNAL MODULE: ./lib/util/sensitive.js
var sensitive = __webpack_require__(33928);
;// CONCATENATED MODULE: ./lib/actions/index.js






// Loaded on demand, so that starting one action does not load the code of the others.
const commands = {
    render: async () => (await Promise.all(/* import() */[__webpack_require__.e(404), __webpack_require__.e(815), __webpack_require__.e(959), __webpack_require__.e(645), __webpack_require__.e(308), __webpack_require__.e(206), __webpack_require__.e(707)]).then(__webpack_require__.bind(__webpack_require__, 63707))).runRender,
    diff: async () => (await Promise.all(/* import() */[__webpack_require__.e(404), __webpack_require__.e(815), __webpack_require__.e(959), __webpack_require__.e(645), __webpack_require__.e(308), __webpack_require__.e(206), __webpack_require__.e(949), __webpack_require__.e(316), __webpack_require__.e(671)]).then(__webpack_require__.bind(__webpack_require__, 71671))).runDiff,
    'image-bump': async () => (await Promise.all(/* import() */[__webpack_require__.e(404), __webpack_require__.e(815), __webpack_require__.e(88), __webpack_require__.e(959), __webpack_require__.e(645), __webpack_require__.e(308), __webpack_require__.e(206), __webpack_require__.e(316), __webpack_require__.e(939), __webpack_require__.e(821)]).then(__webpack_require__.bind(__webpack_require__, 73821))).runImageBumpAction,
    'helm-update': async () => (await Promise.all(/* import() */[__webpack_require__.e(404), __webpack_require__.e(815), __webpack_require__.e(959), __webpack_require__.e(645), __webpack_require__.e(308), __webpack_require__.e(206), __webpack_require__.e(949), __webpack_require__.e(316), __webpack_require__.e(939), __webpack_require__.e(259)]).then(__webpack_require__.bind(__webpack_require__, 69259))).runHelmUpdateAction,
    'list-targets': async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(660)]).then(__webpack_require__.bind(__webpack_require__, 64660))).runListTargets,
    deploy: async () => (await Promise.all(/* import() */[__webpack_require__.e(404), __webpack_require__.e(815), __webpack_require__.e(959), __webpack_require__.e(645), __webpack_require__.e(308), __webpack_require__.e(206), __webpack_require__.e(949), __webpack_require__.e(525), __webpack_require__.e(372)]).then(__webpack_require__.bind(__webpack_require__, 21437))).runDeployAction,
    prune: async () => (await Promise.all(/* import() */[__webpack_require__.e(404), __webpack_require__.e(815), __webpack_require__.e(959), __webpack_require__.e(645), __webpack_require__.e(308), __webpack_require__.e(206), __webpack_require__.e(949), __webpack_require__.e(525), __webpack_require__.e(372)]).then(__webpack_require__.bind(__webpack_require__, 21437))).runPruneAction,
    delete: async () => (await Promise.all(/* import() */[__webpack_require__.e(404), __webpack_require__.e(815), __webpack_require__.e(959), __webpack_require__.e(645), __webpack_require__.e(308), __webpack_require__.e(206), __webpack_require__.e(949), __webpack_require__.e(525), __webpack_require__.e(372)]).then(__webpack_require__.bind(__webpack_require__, 21437))).runDeleteAction,
    validate: async () => (await Promise.all(/* import() */[__webpack_require__.e(404), __webpack_require__.e(815), __webpack_require__.e(959), __webpack_require__.e(645), __webpack_require__.e(308), __webpack_require__.e(206), __webpack_require__.e(949), __webpack_require__.e(525), __webpack_require__.e(372)]).then(__webpack_require__.bind(__webpack_require__, 21437))).runValidateAction,
};
/**
 * Entry of every action (see scripts/bundle.mjs): the root action dispatches on its
 * `command` input, each action under actions/ runs its own command.
 */
async function runAction(name) {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    // decrypted SOPS values, cluster Secrets, cloud secrets: masked in every log line
    (0,sensitive/* onSensitive */.yG)((v) => core/* setSecret */.Pq(v));
    let command = name;
    try {
        if (name === 'action')
            command = core/* getInput */.V4('command', { required: true });
        const load = Object.hasOwn(commands, command) ? commands[command] : undefined;
        if (!load)
            throw new Error(`unknown command "${command}"; use one of ${Object.keys(commands).join(', ')}`);
        checkInputs(command, process.env);
        await (await load())(workspace);
    }
    catch (err) {
        // An error about a file is an annotation on that file (reportFailure); others fail the
        // step with their message.
        if (!(await (0,failure/* reportFailure */.xV)(err, command, workspace)))
            core/* setFailed */.C1((0,runner_secrets/* redactRunnerSecrets */.dr)((0,errors/* formatError */.Wk)(err, workspace)));
    }
}


/***/ }),

/***/ 1926:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gs: () => (/* binding */ addRunnerSecret),
  dr: () => (/* binding */ redactRunnerSecrets),
  Sy: () => (/* binding */ writeSummary)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./lib/node_modules/@actions/core/lib/summary.js
var summary = __webpack_require__(39362);
// EXTERNAL MODULE: ./lib/github/context.js
var context = __webpack_require__(88120);
// EXTERNAL MODULE: ./lib/github/markdown-fit.js
var markdown_fit = __webpack_require__(29888);
;// CONCATENATED MODULE: ./lib/github/summary.js
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
    const used = await (0,promises_.stat)(file).then((s) => s.size, () => 0);
    const runUrl = options.runUrl ?? (0,context/* workflowRunUrl */.C)();
    const artifacts = runUrl ? `[workflow run](${runUrl})` : 'workflow run';
    const fitted = (0,markdown_fit/* fitMarkdown */.DJ)(bodies, {
        // The trailing newline addRaw(…, true) adds.
        limit: SUMMARY_LIMIT_BYTES - used - 1,
        measure: markdown_fit/* countUtf8Bytes */.k0,
        degradedNote: '_The full report is larger than a job summary allows (1 MiB); this is a shorter form._',
        truncatedNote: `_… cut at the job-summary limit of 1 MiB; see the step's log and outputs in the ${artifacts}._`,
    });
    await summary/* summary */.z.addRaw(fitted.body, true).write();
    return {
        written: true,
        level: fitted.level,
        truncated: fitted.truncated,
        bytes: (0,markdown_fit/* countUtf8Bytes */.k0)(fitted.body) + 1,
    };
}

// EXTERNAL MODULE: ./lib/project/env-access.js
var env_access = __webpack_require__(63257);
// EXTERNAL MODULE: ./lib/util/secret-redactor.js
var secret_redactor = __webpack_require__(41667);
// EXTERNAL MODULE: ./lib/util/sensitive.js
var sensitive = __webpack_require__(33928);
;// CONCATENATED MODULE: ./lib/actions/runner-secrets.js
/**
 * The last line of defence for what an action publishes. The render cannot read the
 * runner's secrets (project/env-access.ts, util/project-boundary.ts), but a comment, a job
 * summary, an output or a pull request must not carry one even if some other path let it
 * through: every text an action hands to GitHub passes this redactor, which knows the
 * values (and their encoded forms) of the job token and of every variable whose name marks
 * a secret.
 */




// Shorter values (`true`, `1`) are not secrets worth scrubbing and would mangle ordinary text.
const MIN_SECRET = 8;
let redactor;
function build(env) {
    const r = new secret_redactor/* SecretRedactor */.p();
    for (const [name, value] of Object.entries(env))
        if (value && value.length >= MIN_SECRET && (0,env_access/* isSecretName */.e)(name))
            r.add(value);
    return r;
}
/** Secrets the action itself came to know (a kubeconfig's tokens and keys), redacted like the runner's. */
function addRunnerSecret(...values) {
    redactor ??= build(process.env);
    for (const v of values)
        if (v && v.length >= MIN_SECRET)
            redactor.add(v);
}
/** `text` with every runner secret replaced by `***`. */
function redactRunnerSecrets(text) {
    redactor ??= build(process.env);
    // Only secrets shorter than MIN_SECRET make redact() give up, and none are added.
    // Values learned while rendering (SOPS, cluster Secrets, cloud stores) go too.
    return (0,sensitive/* redactSensitive */.Qr)(redactor.redact(text) ?? text);
}
/** The job summary of an action, redacted (see writeJobSummary). */
function writeSummary(bodies) {
    return writeJobSummary(bodies.map(redactRunnerSecrets));
}


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

/***/ 63257:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ envAccess),
/* harmony export */   e: () => (/* binding */ isSecretName)
/* harmony export */ });
/**
 * Which environment variables a project may read through `systemEnvVars`. A pull request
 * writes the project, and whatever it reads can end up in a comment, so the runner's
 * secrets are off limits unless the workflow names them: the job token (`GITHUB_TOKEN`, and
 * every action input, which arrives as `INPUT_<NAME>`), the runner's own `ACTIONS_*`
 * credentials, and any variable whose name says it holds a secret (a workflow's `env:` is
 * the usual way secrets reach a step).
 */
/** Whole families of the runner's variables: the action inputs and the runner's own. */
const RUNNER_FAMILIES = [/^INPUT_/i, /^ACTIONS_/i];
/** Names that say the value is a secret. */
const SECRET_NAMES = [
    /^(GITHUB|GH|GH_ENTERPRISE|GITHUB_ENTERPRISE)_TOKEN$/i,
    /^KUBECONFIG$/i,
    /^SOPS_/i,
    /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|PRIVATE_?KEY|API_?KEY|ACCESS_?KEY|(^|_)AUTH($|_)/i,
];
/** Whether a variable's name marks its value as a secret (the job token input included). */
const isSecretName = (name) => SECRET_NAMES.some((re) => re.test(name));
/** A workflow's allow list entry: an exact name or a glob with `*` (`MY_APP_*`). */
function matcher(pattern) {
    if (!pattern.includes('*'))
        return (name) => name === pattern;
    const re = new RegExp(`^${pattern
        .split('*')
        .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`);
    return (name) => re.test(name);
}
function envAccess(env, allow = []) {
    const allowed = allow
        .map((a) => a.trim())
        .filter(Boolean)
        .map(matcher);
    return {
        read(name) {
            const isAllowed = allowed.some((m) => m(name));
            if (!isAllowed && (isSecretName(name) || RUNNER_FAMILIES.some((re) => re.test(name))))
                return { refused: true };
            return { value: Object.hasOwn(env, name) ? env[name] : undefined, refused: false };
        },
    };
}


/***/ }),

/***/ 99661:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wk: () => (/* binding */ formatError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   pA: () => (/* binding */ nearest),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export editDistance */
class UserError extends Error {
    file;
    line;
    col;
    hint;
    constructor(message, loc = {}, hint, options) {
        super(message, options);
        this.name = 'UserError';
        this.file = loc.file;
        this.line = loc.line;
        this.col = loc.col;
        this.hint = hint;
    }
    /** `file:line:col: message` followed by the hint; files inside `cwd` are shown relative. */
    format(cwd) {
        let where = '';
        if (this.file) {
            where = cwd && this.file.startsWith(`${cwd}/`) ? this.file.slice(cwd.length + 1) : this.file;
            if (this.line)
                where += `:${this.line}`;
            if (this.line && this.col)
                where += `:${this.col}`;
            where += ': ';
        }
        return where + this.message + (this.hint ? `\n  hint: ${this.hint}` : '');
    }
}
/** Wrong command-line usage: exit code 2. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
function formatError(err, cwd) {
    if (err instanceof UserError)
        return err.format(cwd);
    if (err instanceof Error)
        return err.message;
    return String(err);
}
/** Levenshtein distance, for "did you mean" hints. */
function editDistance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}
function nearest(name, candidates) {
    let best;
    let bestDist = Infinity;
    for (const c of candidates) {
        const d = editDistance(name.toLowerCase(), c.toLowerCase());
        if (d < bestDist) {
            best = c;
            bestDist = d;
        }
    }
    return bestDist <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}


/***/ }),

/***/ 41667:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ MIN_LENGTH),
/* harmony export */   p: () => (/* binding */ SecretRedactor)
/* harmony export */ });
/**
 * Secrets this process has seen (passwords, identity and registry tokens, tokens fetched at
 * run time), so that text coming from a server can be scrubbed before it reaches an error
 * message or a log line. A server may echo a secret as it received it or re-encoded, so
 * every form it could take is searched for, ignoring case: as is, URL- and form-encoded,
 * JSON-escaped, hex, and base64 (standard and URL alphabets, with and without padding, and
 * inside a longer base64 text at any of the three byte alignments); for Basic auth also the
 * base64 of `user:password`, which is the header itself.
 *
 * A secret shorter than MIN_LENGTH cannot be searched for without scrubbing ordinary text,
 * so once one is in use redact() scrubs nothing and says so: the caller then leaves the
 * server's text out instead.
 */
const MIN_LENGTH = 4;
// A base64 fragment shorter than this (from a shifted alignment) matches too much text.
const MIN_FRAGMENT = 6;
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function base64Forms(bytes) {
    const std = bytes.toString('base64');
    return [std, std.replace(/=+$/, ''), bytes.toString('base64url')];
}
/** The characters of base64(prefix + secret) that depend on the secret's bytes alone. */
function shiftedBase64(bytes) {
    const out = [];
    for (const shift of [0, 1, 2]) {
        const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
        const start = Math.ceil((8 * shift) / 6);
        const end = Math.floor((8 * (shift + bytes.length)) / 6);
        const core = encoded.slice(start, end);
        if (core.length >= MIN_FRAGMENT)
            out.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return out;
}
function formsOf(secret) {
    const bytes = Buffer.from(secret, 'utf8');
    return [
        secret,
        encodeURIComponent(secret),
        new URLSearchParams({ s: secret }).toString().slice(2),
        JSON.stringify(secret).slice(1, -1),
        bytes.toString('hex'),
        ...base64Forms(bytes),
        ...shiftedBase64(bytes),
    ];
}
class SecretRedactor {
    forms = new Set();
    pattern;
    tooShort = false;
    /** Passwords and tokens. */
    add(...values) {
        for (const v of values) {
            if (!v)
                continue;
            if (v.length < MIN_LENGTH)
                this.tooShort = true;
            else
                for (const f of formsOf(v))
                    this.remember(f);
        }
    }
    /** The pair Basic auth sends; its password is added on its own as well. */
    addBasic(username, password) {
        this.add(password);
        for (const f of base64Forms(Buffer.from(`${username}:${password}`, 'utf8')))
            this.remember(f);
    }
    /** `text` with every form of every secret replaced by `***`; undefined when that cannot be sure. */
    redact(text) {
        if (this.tooShort)
            return undefined;
        if (!this.forms.size)
            return text;
        this.pattern ??= new RegExp([...this.forms]
            .sort((a, b) => b.length - a.length)
            .map(escapeRegExp)
            .join('|'), 'gi');
        return text.replace(this.pattern, '***');
    }
    remember(form) {
        if (form.length < MIN_LENGTH || this.forms.has(form))
            return;
        this.forms.add(form);
        this.pattern = undefined;
    }
}


/***/ }),

/***/ 33928:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PF: () => (/* binding */ hasSensitive),
/* harmony export */   Qr: () => (/* binding */ redactSensitive),
/* harmony export */   kx: () => (/* binding */ addSensitive),
/* harmony export */   yG: () => (/* binding */ onSensitive)
/* harmony export */ });
/* unused harmony export MIN_SENSITIVE */
/* harmony import */ var _secret_redactor_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41667);
/**
 * Values this process learned are secret while rendering: SOPS-decrypted values, Secrets
 * read from the cluster, cloud secret store contents, passwords in use. Every surface that
 * prints or publishes text (the CLI's errors, the actions' outputs) scrubs them, and
 * listeners (the actions: core.setSecret) are told each one as it is learned.
 */

/** Shorter values are not scrubbed: they would mangle ordinary text ("true", "80"). */
const MIN_SENSITIVE = 6;
const redactor = new _secret_redactor_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretRedactor */ .p();
const known = new Set();
const listeners = [];
function addSensitive(value) {
    if (typeof value !== 'string' || value.length < MIN_SENSITIVE || known.has(value))
        return;
    known.add(value);
    redactor.add(value);
    // a multi-line value (a key, a certificate) is also masked line by line
    for (const line of value.split('\n'))
        if (line.trim().length >= MIN_SENSITIVE && line !== value)
            addSensitive(line.trim());
    for (const l of listeners)
        l(value);
}
/** Called with every sensitive value, including those learned before. */
function onSensitive(listener) {
    listeners.push(listener);
    for (const v of known)
        listener(v);
}
/** `text` with every sensitive value (and its encodings) replaced by `***`. */
function redactSensitive(text) {
    return known.size ? (redactor.redact(text) ?? text) : text;
}
function hasSensitive() {
    return known.size > 0;
}


/***/ })

};
