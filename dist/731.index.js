export const id = 731;
export const ids = [731];
export const modules = {

/***/ 12731:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   helmUpdateCommand: () => (/* binding */ helmUpdateCommand)
/* harmony export */ });
/* harmony import */ var _helm_update_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51119);
/* harmony import */ var _util_log_safe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43446);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92453);
/* harmony import */ var _helm_flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32486);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2529);





function printText(r, io) {
    const where = (u) => `${u.file}${u.line ? `:${u.line}` : ''}`;
    const lines = [];
    for (const u of r.updates) {
        lines.push(`${r.upgrade ? 'updated' : 'update available'} ${u.chart} ${u.current} -> ${u.latest}  ${where(u)}${u.constraint ? `  [${u.constraint}]` : ''}`);
        lines.push(`  ${(0,_helm_update_js__WEBPACK_IMPORTED_MODULE_0__/* .explanationText */ .jY)(u)}`);
    }
    for (const u of r.upToDate)
        lines.push(`up to date ${u.chart} ${u.current}  ${where(u)}  (${u.explanation.why})`);
    for (const s of r.skipped)
        lines.push(`skipped ${s.chart} (${s.file}): ${s.reason}`);
    if (r.pull)
        for (const p of r.pull.pulled)
            lines.push(`pulled ${p.chart} ${p.version} into ${p.dir}`);
    if (r.pull)
        for (const p of r.pull.removed)
            lines.push(`removed ${p.chart} ${p.version} (${p.dir})`);
    for (const e of r.errors) {
        lines.push(`error${e.chart ? ` ${e.chart}` : ''}${e.file ? ` ${e.file}${e.line ? `:${e.line}` : ''}` : ''}: ${e.error}`);
        if (e.hint)
            lines.push(`  hint: ${e.hint}`);
    }
    lines.push(`${r.updates.length} ${r.upgrade ? 'updated' : 'to update'}, ${r.upToDate.length} up to date, ${r.skipped.length} skipped, ${r.errors.length} error${r.errors.length === 1 ? '' : 's'}`);
    io.stdout((0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .logSafe */ .sN)(`${lines.join('\n')}\n`));
}
const helmUpdateCommand = {
    name: 'helm-update',
    summary: 'Find newer Helm chart versions allowed by updateConstraints (and apply them)',
    details: [
        'For every helm-chart.yaml without skipUpdate, lists the versions the chart source offers',
        '(index.yaml, OCI tags, semver git tags), keeps those updateConstraints allows (Masterminds',
        'semver as Helm uses it; without a constraint no pre-releases), and reports the newest,',
        'never a downgrade. --upgrade writes it into chartVersion (only that value changes) and pulls',
        'the new version into .helm-charts, removing the old one. Exit code 1 when any chart failed.',
    ].join('\n'),
    flags: [
        {
            name: 'project-dir',
            kind: 'string',
            metavar: 'DIR',
            help: 'project root (holding .kluctl.yaml; default: current directory)',
        },
        {
            name: 'upgrade',
            kind: 'bool',
            help: 'write the new versions into helm-chart.yaml and pull them',
        },
        ..._helm_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .helmCredentialFlags */ .pT,
        (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .outputFlag */ .Y0)(['text', 'json'], 'text'),
    ],
    run: (args, io) => (0,_helm_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .runChartCommand */ .lB)(args, io, ({ projectDir, sources, log }) => (0,_helm_update_js__WEBPACK_IMPORTED_MODULE_0__/* .helmUpdate */ .Gu)({ projectDir, sources, upgrade: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc)(args, 'upgrade'), log }), printText),
};


/***/ }),

/***/ 2529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ outputFormat),
/* harmony export */   Dx: () => (/* binding */ renderOptions),
/* harmony export */   FI: () => (/* binding */ projectFlags),
/* harmony export */   GY: () => (/* binding */ renderFlags),
/* harmony export */   Y0: () => (/* binding */ outputFlag)
/* harmony export */ });
/* unused harmony exports cacheFlags, imageFlags, inclusionFlags */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99661);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92453);
/* harmony import */ var _helm_flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32486);




// kluctl's flag names, so commands and muscle memory carry over.
const projectFlags = [
    {
        name: 'project-dir',
        kind: 'string',
        metavar: 'DIR',
        help: 'project directory (default: current directory)',
    },
    {
        name: 'target',
        short: 't',
        kind: 'string',
        metavar: 'NAME',
        help: 'target to render (required when the project defines targets)',
    },
    {
        name: 'target-name-override',
        short: 'T',
        kind: 'string',
        metavar: 'NAME',
        help: 'rename the target (the one chosen with -t, or the no-name target) to NAME',
    },
    {
        name: 'arg',
        short: 'a',
        kind: 'list',
        metavar: 'NAME=VALUE',
        help: 'deployment argument; VALUE is YAML, a.b=v nests, @file reads a file',
    },
    {
        name: 'args-from-file',
        kind: 'list',
        metavar: 'FILE',
        help: 'YAML file whose top-level keys become arguments',
    },
    {
        name: 'discriminator',
        kind: 'string',
        metavar: 'TEXT',
        help: "override the target's discriminator",
    },
    {
        name: 'allow-env',
        kind: 'list',
        metavar: 'NAME',
        help: 'let systemEnvVars read this variable although its name says it is a secret (NAME or PREFIX_*)',
    },
];
/** The render cache (src/render/cache). */
const cacheFlags = [
    {
        name: 'cache-dir',
        kind: 'string',
        metavar: 'DIR',
        help: 'keep what kustomize built for each item here and reuse it in later runs when nothing the item reads changed (new or empty directory, or one an earlier run made)',
    },
];
const imageFlags = [
    {
        name: 'fixed-image',
        short: 'F',
        kind: 'list',
        metavar: 'IMAGE[:NS[:KIND/NAME[:CONTAINER]]]=RESULT',
        help: 'pin an image',
    },
    {
        name: 'fixed-images-file',
        kind: 'list',
        metavar: 'FILE',
        help: 'YAML file with an `images` list of fixed images',
    },
    {
        name: 'update-images',
        short: 'u',
        kind: 'bool',
        help: 'get_image() without a fixed image takes the newest registry tag even when the object is deployed (with -I: only for those items)',
    },
];
const inclusionFlags = [
    {
        name: 'include-tag',
        short: 'I',
        kind: 'list',
        metavar: 'TAG',
        help: 'only items with this tag',
    },
    {
        name: 'exclude-tag',
        short: 'E',
        kind: 'list',
        metavar: 'TAG',
        help: 'skip items with this tag',
    },
    {
        name: 'include-deployment-dir',
        kind: 'list',
        metavar: 'DIR',
        help: 'only the item in this directory (relative to the project)',
    },
    {
        name: 'exclude-deployment-dir',
        kind: 'list',
        metavar: 'DIR',
        help: 'skip the item in this directory',
    },
];
/**
 * Every flag of a command that renders a project. With `multiTarget` (the help text for
 * -t), -t may be repeated and defaults to every target.
 */
function renderFlags(multiTarget) {
    const project = multiTarget
        ? projectFlags.map((f) => f.name === 'target' ? { ...f, kind: 'list', help: multiTarget } : f)
        : projectFlags;
    return [...project, ...imageFlags, ...inclusionFlags, ...cacheFlags, ..._helm_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .helmCredentialFlags */ .pT];
}
function outputFlag(formats, dflt) {
    return {
        name: 'output',
        short: 'o',
        kind: 'string',
        metavar: formats.join('|'),
        help: `output format (default ${dflt})`,
    };
}
function outputFormat(p, formats, dflt) {
    const v = ((0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(p, 'output') ?? dflt);
    if (!formats.includes(v))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`-o/--output must be one of ${formats.join(', ')}, got "${v}"`);
    return v;
}
/** Every file/dir flag is relative to the working directory, as in kluctl. */
function renderOptions(p, io) {
    const abs = (f) => node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd, f);
    return {
        projectDir: abs((0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(p, 'project-dir') ?? '.'),
        // Multi-target commands read -t themselves (see renderFlags).
        target: typeof p.values.target === 'string' ? p.values.target : undefined,
        targetNameOverride: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(p, 'target-name-override'),
        args: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(p, 'arg'),
        argsFiles: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(p, 'args-from-file').map(abs),
        discriminator: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(p, 'discriminator'),
        fixedImages: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(p, 'fixed-image'),
        fixedImagesFiles: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(p, 'fixed-images-file').map(abs),
        includeTags: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(p, 'include-tag'),
        excludeTags: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(p, 'exclude-tag'),
        includeDeploymentDirs: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(p, 'include-deployment-dir'),
        excludeDeploymentDirs: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(p, 'exclude-deployment-dir'),
        cwd: io.cwd,
        env: io.env,
        allowEnv: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(p, 'allow-env'),
        log: (line) => io.stderr(`${line}\n`),
        helmCredentials: (0,_helm_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .helmCredentialOptions */ .gi)(p),
        updateImages: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc)(p, 'update-images'),
        cacheDir: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(p, 'cache-dir') === undefined ? undefined : abs((0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(p, 'cache-dir')),
    };
}


/***/ }),

/***/ 32486:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gi: () => (/* binding */ helmCredentialOptions),
/* harmony export */   lB: () => (/* binding */ runChartCommand),
/* harmony export */   pT: () => (/* binding */ helmCredentialFlags)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _helm_chart_sources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17959);
/* harmony import */ var _util_log_safe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43446);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92453);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2529);





// kluctl's Helm and registry credential flags. Like kluctl (skipenv), they are never read
// from KLUCTL_* variables: KLUCTL_HELM_USERNAME and friends are credential sets of their own.
const helm = (name, metavar, help) => ({
    name,
    kind: 'list',
    metavar,
    help,
    skipEnv: true,
});
const helmCredentialFlags = [
    helm('helm-username', 'HOST[/PATH]=USER', 'user name for a Helm chart repository'),
    helm('helm-password', 'HOST[/PATH]=PASSWORD', 'password for a Helm chart repository'),
    helm('helm-creds', 'HOST[/PATH]=USER:PASSWORD', 'user name and password for a Helm chart repository'),
    helm('helm-key-file', 'HOST[/PATH]=FILE', 'client key for a Helm chart repository'),
    helm('helm-cert-file', 'HOST[/PATH]=FILE', 'client certificate for a Helm chart repository'),
    helm('helm-ca-file', 'HOST[/PATH]=FILE', 'CA bundle for a Helm chart repository'),
    helm('helm-insecure-skip-tls-verify', 'HOST[/PATH]', 'skip TLS verification for a Helm chart repository'),
    helm('registry-username', 'REGISTRY[/REPO]=USER', 'user name for an OCI registry'),
    helm('registry-password', 'REGISTRY[/REPO]=PASSWORD', 'password for an OCI registry'),
    helm('registry-creds', 'REGISTRY[/REPO]=USER:PASSWORD|TOKEN', 'credentials for an OCI registry'),
    helm('registry-identity-token', 'REGISTRY[/REPO]=TOKEN', 'identity (refresh) token for an OCI registry'),
    helm('registry-token', 'REGISTRY[/REPO]=TOKEN', 'bearer token for an OCI registry'),
    helm('registry-key-file', 'REGISTRY[/REPO]=FILE', 'client key for an OCI registry'),
    helm('registry-cert-file', 'REGISTRY[/REPO]=FILE', 'client certificate for an OCI registry'),
    helm('registry-ca-file', 'REGISTRY[/REPO]=FILE', 'CA bundle for an OCI registry'),
    helm('registry-plain-http', 'REGISTRY[/REPO]', 'use plain HTTP for an OCI registry'),
    helm('registry-insecure-skip-tls-verify', 'REGISTRY[/REPO]', 'skip TLS verification for an OCI registry'),
];
function helmCredentialOptions(p) {
    return {
        helmUsername: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'helm-username'),
        helmPassword: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'helm-password'),
        helmCreds: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'helm-creds'),
        helmKeyFile: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'helm-key-file'),
        helmCertFile: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'helm-cert-file'),
        helmCaFile: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'helm-ca-file'),
        helmInsecureSkipTlsVerify: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'helm-insecure-skip-tls-verify'),
        registryUsername: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'registry-username'),
        registryPassword: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'registry-password'),
        registryCreds: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'registry-creds'),
        registryIdentityToken: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'registry-identity-token'),
        registryToken: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'registry-token'),
        registryKeyFile: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'registry-key-file'),
        registryCertFile: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'registry-cert-file'),
        registryCaFile: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'registry-ca-file'),
        registryPlainHttp: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'registry-plain-http'),
        registryInsecureSkipTlsVerify: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'registry-insecure-skip-tls-verify'),
    };
}
/**
 * The run of a command that works on every chart of a project (helm-pull, helm-update):
 * chart sources opened with the credential flags and closed afterwards, the report printed
 * as JSON or text; exit code 1 when any chart failed.
 */
async function runChartCommand(args, io, work, printText) {
    const format = (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .outputFormat */ .B$)(args, ['text', 'json'], 'text');
    const sources = await (0,_helm_chart_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .openChartSources */ .vc)(io.env, helmCredentialOptions(args));
    for (const w of sources.warnings)
        io.stderr(`warning: ${w}\n`);
    let report;
    try {
        report = await work({
            projectDir: node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd, (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(args, 'project-dir') ?? '.'),
            sources,
            log: (line) => io.stderr(`${line}\n`),
        });
    }
    finally {
        await sources.close();
    }
    if (format === 'json')
        io.stdout((0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_2__/* .logSafeJson */ .C5)(`${JSON.stringify(report, null, 2)}\n`));
    else
        printText(report, io);
    return report.errors.length ? 1 : 0;
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


/***/ }),

/***/ 70370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ pLimit)
});

// UNUSED EXPORTS: limitFunction

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}


/***/ })

};
