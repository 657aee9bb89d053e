export const id = 212;
export const ids = [212];
export const modules = {

/***/ 98914:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ confirmation),
/* harmony export */   Fg: () => (/* binding */ resultExitCode),
/* harmony export */   Mi: () => (/* binding */ yesFlag),
/* harmony export */   V$: () => (/* binding */ clusterAccess),
/* harmony export */   Zk: () => (/* binding */ writeResult),
/* harmony export */   h5: () => (/* binding */ durationFlag),
/* harmony export */   ki: () => (/* binding */ shortOutputFlag),
/* harmony export */   n1: () => (/* binding */ dryRunFlag),
/* harmony export */   vj: () => (/* binding */ outputFormatFlag),
/* harmony export */   wg: () => (/* binding */ resultOutputs),
/* harmony export */   yT: () => (/* binding */ accessFlags)
/* harmony export */ });
/* unused harmony export OUTPUT_FORMATS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _deploy_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12659);
/* harmony import */ var _deploy_render_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64625);
/* harmony import */ var _deploy_render_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47811);
/* harmony import */ var _deploy_result_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80790);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(99661);
/* harmony import */ var _util_log_safe_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(43446);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(92453);
/**
 * Flags and output of the commands that talk to a cluster (deploy, diff against the cluster,
 * prune, delete, validate): kluctl's names, plus `--kubeconfig`.
 */









const accessFlags = [
    {
        name: 'context',
        kind: 'string',
        metavar: 'NAME',
        help: "kubeconfig context to use instead of the target's",
    },
    {
        name: 'kubeconfig',
        kind: 'string',
        metavar: 'FILE',
        help: 'kubeconfig file (default: $KUBECONFIG, then ~/.kube/config)',
    },
];
const OUTPUT_FORMATS = ['text', 'json', 'yaml', 'markdown'];
const outputFormatFlag = {
    name: 'output-format',
    short: 'o',
    kind: 'list',
    metavar: 'FORMAT[=FILE]',
    help: `result as ${OUTPUT_FORMATS.join('|')} on stdout, or written to FILE (default text)`,
};
const shortOutputFlag = {
    name: 'short-output',
    kind: 'bool',
    help: 'text output: only the names of changed objects, no diffs',
};
const yesFlag = {
    name: 'yes',
    short: 'y',
    kind: 'bool',
    help: "don't ask for confirmation",
};
const dryRunFlag = {
    name: 'dry-run',
    kind: 'bool',
    help: 'send every request with dryRun=All: nothing is changed',
};
function clusterAccess(p, io) {
    const kubeconfig = (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(p, 'kubeconfig');
    return {
        kubeconfig: kubeconfig ? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, kubeconfig) : undefined,
        context: (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(p, 'context'),
        env: io.env,
    };
}
/** `-o json`, `-o yaml=result.yaml` (repeatable); checked before anything runs. */
function resultOutputs(values, io) {
    const outs = values.map((v) => {
        const eq = v.indexOf('=');
        const format = (eq < 0 ? v : v.slice(0, eq));
        if (!OUTPUT_FORMATS.includes(format))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`-o/--output-format must be FORMAT or FORMAT=FILE with FORMAT one of ${OUTPUT_FORMATS.join(', ')}, got "${v}"`);
        const file = eq < 0 ? undefined : v.slice(eq + 1);
        if (file === '')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`-o ${format}= needs a file name after "="`);
        return { format, ...(file ? { file: node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, file) } : {}) };
    });
    return outs.length ? outs : [{ format: 'text' }];
}
function durationFlag(p, name, dflt) {
    const v = (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .str */ .gx)(p, name);
    if (v === undefined)
        return dflt;
    const ms = (0,_deploy_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E)(v);
    if (ms === undefined)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--${name} must be a duration such as 30s, 5m or 1h, got "${v}"`);
    return ms;
}
/**
 * Prints or writes the result in every requested format. What goes to stdout is made safe
 * for a GitHub Actions log; files get the data as it is.
 */
function writeResult(result, outputs, io, opts = {}) {
    for (const o of outputs) {
        const text = o.format === 'json'
            ? (0,_deploy_result_js__WEBPACK_IMPORTED_MODULE_5__/* .resultToJson */ .hV)(result)
            : o.format === 'yaml'
                ? (0,_deploy_result_js__WEBPACK_IMPORTED_MODULE_5__/* .resultToYaml */ .OF)(result)
                : o.format === 'markdown'
                    ? (0,_deploy_render_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .renderResultMarkdown */ .Js)(result)
                    : (0,_deploy_render_text_js__WEBPACK_IMPORTED_MODULE_4__/* .renderResultText */ .H4)(result, opts);
        if (o.file) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(o.file), { recursive: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(o.file, text);
        }
        else if (o.format === 'json')
            io.stdout((0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_7__/* .logSafeJson */ .C5)(text));
        else if (o.format === 'yaml')
            io.stdout((0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_7__/* .logSafeYaml */ .NJ)(JSON.parse((0,_deploy_result_js__WEBPACK_IMPORTED_MODULE_5__/* .resultToJson */ .hV)(result))));
        else
            io.stdout((0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_7__/* .logSafe */ .sN)(text));
    }
}
/** Exit code of a cluster command: 1 when anything failed (validate: when not ready). */
const resultExitCode = (r) => r.errors.length > 0 || (r.command === 'validate' && !r.ready) ? 1 : 0;
/**
 * The confirmation kluctl asks for before changing a cluster, or undefined with -y / a dry
 * run. Without a terminal to ask on, -y is required.
 */
function confirmation(p, io, command, question) {
    if ((0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .bool */ .lc)(p, 'yes') || (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .bool */ .lc)(p, 'dry-run'))
        return undefined;
    const ask = io.confirm;
    if (!ask)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`${command} asks for confirmation before it changes the cluster, but there is no terminal to ask on: pass -y (--yes)`);
    return async (preview) => {
        io.stderr((0,_deploy_render_text_js__WEBPACK_IMPORTED_MODULE_4__/* .renderResultText */ .H4)(preview, {
            short: (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .list */ .p_)(p, 'output-format').length > 0 || (0,_args_js__WEBPACK_IMPORTED_MODULE_8__/* .bool */ .lc)(p, 'short-output'),
        }));
        return ask(question(preview));
    };
}


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

/***/ 53019:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ renderClusterFlags),
/* harmony export */   T: () => (/* binding */ applyRenderCluster)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _sources_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91200);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92453);
/* harmony import */ var _cluster_flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98914);
/**
 * render and list-images reach a cluster only when asked (--kubeconfig / --context): then
 * clusterConfigMap/clusterSecret vars sources are read and deployed images reused. Without,
 * they never contact one (a pull request's render must not), and such sources fail clearly.
 */




const renderClusterFlags = [
    ..._cluster_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .accessFlags */ .yT.map((f) => ({
        ...f,
        help: `${f.help}; with it, cluster vars sources are read and deployed images reused (otherwise no cluster is contacted)`,
    })),
];
function applyRenderCluster(opts, args, io) {
    const kubeconfig = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(args, 'kubeconfig');
    const context = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(args, 'context');
    if ((0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc)(args, 'offline-kubernetes') || (!kubeconfig && !context))
        return;
    opts.cluster = (0,_sources_index_js__WEBPACK_IMPORTED_MODULE_1__/* .clusterConnector */ .s)({
        kubeconfig: kubeconfig ? node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd, kubeconfig) : undefined,
        context,
    });
}


/***/ }),

/***/ 12659:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/** Go's duration syntax, as kluctl's flags and annotations take it: `90s`, `5m`, `1h30m`, `250ms`. */
const UNITS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
};
/** Milliseconds, or undefined when `text` is not a duration. A bare `0` is zero. */
function parseDuration(text) {
    const t = text.trim();
    if (t === '0')
        return 0;
    const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/y;
    let total = 0;
    let i = 0;
    let matched = false;
    while (i < t.length) {
        re.lastIndex = i;
        const m = re.exec(t);
        if (!m)
            return undefined;
        total += Number(m[1]) * UNITS[m[2]];
        i = re.lastIndex;
        matched = true;
    }
    return matched ? total : undefined;
}
/** `1m5s`, `250ms`: for messages. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    const s = Math.round(ms / 1000);
    if (s < 60)
        return `${s}s`;
    const m = Math.floor(s / 60);
    return s % 60 ? `${m}m${s % 60}s` : `${m}m`;
}


/***/ }),

/***/ 64625:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HS: () => (/* binding */ REPORT_LEVELS),
/* harmony export */   Js: () => (/* binding */ renderResultMarkdown),
/* harmony export */   rt: () => (/* binding */ resultMarkdownBodies)
/* harmony export */ });
/* harmony import */ var _util_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46607);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12659);
/* harmony import */ var _render_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47811);
/**
 * A command result as GitHub-flavoured markdown (the deploy action's job summary), at
 * decreasing detail so that a size limit can take the first level that fits. Every name and
 * message goes through util/markdown.ts.
 */



const REPORT_LEVELS = ['full', 'summary', 'list', 'counts'];
const objectName = (o) => o.namespace ? `${o.namespace}/${o.name}` : String(o.name);
const line = (o) => `- ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(o.kind)} ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(objectName(o))}`;
function byKind(objects) {
    const m = new Map();
    for (const o of objects)
        m.set(o.kind, [...(m.get(o.kind) ?? []), objectName(o)]);
    return [...m].map(([kind, names]) => `- ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(kind)} (${names.length}): ${names.map(_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY).join(', ')}`);
}
function section(title, objects, level, detail) {
    if (!objects.length || level === 'counts')
        return [];
    const lines = level === 'list' ? byKind(objects) : objects.map((o) => (detail ? detail(o) : line(o)));
    return [`**${title}**`, '', lines.join(detail && level === 'full' ? '\n\n' : '\n'), ''];
}
function changed(o, level) {
    const n = o.changes?.length ?? 0;
    const fields = `${n} field${n === 1 ? '' : 's'}`;
    if (level === 'full')
        return `<details>\n<summary>${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlCode */ .h8)(o.kind)} ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlCode */ .h8)(objectName(o))} (${fields})</summary>\n\n${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fenced */ .OF)('diff', o.diff ?? '')}\n\n</details>`;
    return `${line(o)}: ${(o.changes ?? []).map((c) => (0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(c.path)).join(', ')}`;
}
function messages(title, list, level) {
    if (!list.length)
        return [];
    const max = level === 'full' ? Infinity : level === 'summary' ? 50 : 10;
    const shown = list
        .slice(0, max)
        .map((m) => `- ${m.kind ? `${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(m.kind)} ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(objectName(m))}: ` : ''}${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(m.message)}`);
    if (list.length > shown.length)
        shown.push(`- … and ${list.length - shown.length} more`);
    return [`**${title}**`, '', ...shown, ''];
}
function itemsTable(r, level) {
    if (!r.items?.length || level === 'counts')
        return [];
    const rows = r.items.map((i) => `| ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)((0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(i.dir ?? `<${i.type}>`))} | ${i.status} | ${i.applied} | ${i.unchanged} | ${i.hooks} | ${i.deleted} | ${i.failed} | ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(i.durationMs)} |`);
    return [
        '<details>',
        `<summary>Items (${r.items.length})</summary>`,
        '',
        '| item | status | applied | unchanged | hooks | deleted | failed | time |',
        '|---|---|--:|--:|--:|--:|--:|--:|',
        ...rows,
        '',
        '</details>',
        '',
    ];
}
function renderResultMarkdown(r, level = 'full') {
    const verb = r.command === 'diff' ? 'Changes against the cluster' : `shipshape ${r.command}`;
    const target = r.target === null ? 'project' : `target ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(r.target)}`;
    const out = [
        `### ${verb}: ${target}${r.dryRun && r.command !== 'diff' ? ' (dry run)' : ''}`,
        '',
        `Context ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(r.context || '(default)')}${r.discriminator ? `, discriminator ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(r.discriminator)}` : ''}. ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)((0,_render_text_js__WEBPACK_IMPORTED_MODULE_2__/* .summaryText */ .g5)(r))}`,
        '',
    ];
    const of = (pred) => r.objects.filter(pred);
    out.push(...section('New', of((o) => o.change === 'new'), level));
    out.push(...section('Changed', of((o) => o.change === 'changed'), level, (o) => changed(o, level)));
    out.push(...section('Deleted', of((o) => o.change === 'deleted'), level));
    out.push(...section('Hooks applied', of((o) => !!o.hook && o.status === 'applied'), level));
    out.push(...section('Orphan (not rendered any more; prune deletes them)', of((o) => o.change === 'orphan'), level));
    out.push(...section('Failed', of((o) => o.status === 'failed'), level));
    out.push(...section('Not applied', of((o) => o.status === 'not-applied'), level));
    if (r.command === 'validate')
        out.push(`**Ready:** ${r.ready ? 'yes' : 'no'}`, '');
    out.push(...messages('Errors', r.errors, level));
    out.push(...messages('Warnings', r.warnings, level));
    out.push(...itemsTable(r, level));
    return out.join('\n');
}
/** Every level, most detailed first (for writeJobSummary). */
const resultMarkdownBodies = (r) => REPORT_LEVELS.map((level) => renderResultMarkdown(r, level));


/***/ }),

/***/ 47811:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H4: () => (/* binding */ renderResultText),
/* harmony export */   g5: () => (/* binding */ summaryText)
/* harmony export */ });
/* unused harmony export headline */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12659);
/** A command result for a terminal (the CLI's default output, kluctl's text format in spirit). */

const indent = (text, by) => text
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n');
const name = (o) => `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}`;
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function summaryText(r) {
    const s = r.summary;
    const parts = r.command === 'validate'
        ? [r.ready ? 'ready' : 'not ready']
        : [
            `${s.new} new`,
            `${s.changed} changed`,
            `${s.deleted} deleted`,
            `${s.unchanged} unchanged`,
            `${plural(s.orphan, 'orphan')}`,
            ...(s.hooks ? [plural(s.hooks, 'hook')] : []),
            ...(s.failed ? [`${s.failed} failed`] : []),
            ...(s.notApplied ? [`${s.notApplied} not applied`] : []),
        ];
    return `${parts.join(', ')}; ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')} (${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(r.durationMs)})`;
}
function headline(r) {
    const what = r.target === null ? 'the project' : `target ${r.target}`;
    const disc = r.discriminator ? `, discriminator ${r.discriminator}` : '';
    const ctx = r.context ? ` in context "${r.context}"` : '';
    return `${r.command} of ${what}${disc}${ctx}${r.dryRun && r.command !== 'diff' ? ' (dry run: nothing was changed)' : ''}`;
}
function messages(title, list) {
    if (!list.length)
        return [];
    return [`${title}:`, ...list.map((m) => `  ${m.kind ? `${name(m)}: ` : ''}${m.message}`), ''];
}
function section(title, sign, objects, detail = () => []) {
    if (!objects.length)
        return [];
    return [`${title}:`, ...objects.flatMap((o) => [`  ${sign} ${name(o)}`, ...detail(o)]), ''];
}
/** The report; `short` leaves out the diffs (kluctl's --short-output). */
function renderResultText(r, opts = {}) {
    const out = [headline(r), ''];
    const of = (pred) => r.objects.filter(pred);
    const deleting = r.command === 'delete' || r.command === 'prune';
    out.push(...section('New objects', '+', of((o) => o.change === 'new')));
    out.push(...section('Changed objects', '~', of((o) => o.change === 'changed'), (o) => [
        ...(o.comparedWith
            ? [`      compared with ${o.kind} ${o.comparedWith} (kluctl.io/diff-name)`]
            : []),
        ...(opts.short
            ? []
            : [
                ...(o.changes ?? []).map((c) => `      ${c.type.padEnd(6)} ${c.path}`),
                ...(o.diff ? [indent(o.diff.trimEnd(), '      ')] : []),
            ]),
    ]));
    out.push(...section(deleting && r.dryRun ? 'Would be deleted' : 'Deleted objects', '-', of((o) => o.change === 'deleted')));
    out.push(...section('Applied hooks', '*', of((o) => !!o.hook && o.status === 'applied')));
    out.push(...section(deleting
        ? 'Not deleted'
        : 'Orphan objects (on the cluster, no longer rendered; shipshape prune deletes them)', '?', of((o) => o.change === 'orphan')));
    out.push(...section('Failed', '!', of((o) => o.status === 'failed')));
    out.push(...section('Not applied', '.', of((o) => o.status === 'not-applied')));
    if (r.items?.length && r.command !== 'diff') {
        const rows = r.items.map((i) => {
            const label = i.dir ?? `<${i.type}>`;
            const counts = [
                `${i.applied} applied`,
                `${i.unchanged} unchanged`,
                ...(i.hooks ? [plural(i.hooks, 'hook')] : []),
                ...(i.deleted ? [`${i.deleted} deleted`] : []),
                ...(i.failed ? [`${i.failed} failed`] : []),
            ].join(', ');
            return { label, status: i.status, counts, time: (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(i.durationMs) };
        });
        const w = Math.max(...rows.map((x) => x.label.length));
        out.push('Items:', ...rows.map((x) => `  ${x.label.padEnd(w)}  ${x.status.padEnd(8)} ${x.counts}  ${x.time}`), '');
    }
    if (r.command === 'validate') {
        out.push(`Ready: ${r.ready ? 'yes' : 'no'}`, '');
        if (r.results?.length)
            out.push('Results:', ...r.results.map((x) => `  ${name(x)}: ${x.annotation}: ${x.message}`), '');
    }
    out.push(...messages('Warnings', r.warnings));
    out.push(...messages('Errors', r.errors));
    out.push(`Summary: ${summaryText(r)}`, '');
    return out.join('\n');
}


/***/ }),

/***/ 80790:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ emptySummary),
/* harmony export */   FV: () => (/* binding */ resultMessage),
/* harmony export */   K6: () => (/* binding */ resultChanged),
/* harmony export */   OF: () => (/* binding */ resultToYaml),
/* harmony export */   RX: () => (/* binding */ compareResultRefs),
/* harmony export */   d8: () => (/* binding */ resultRef),
/* harmony export */   hV: () => (/* binding */ resultToJson)
/* harmony export */ });
/* unused harmony exports COMMANDS, toRef */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _diff_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36745);
/**
 * The result of deploy, diff (against the cluster), prune, delete and validate: what changed
 * (or would), per object and per item, with every error and warning. Printed by `-o json` /
 * `-o yaml`, written by the deploy action as `result-json`; the schema is documented in
 * docs/deploy.md and only grows. Keys are sorted, objects ordered by group, kind, namespace
 * and name, so the same outcome gives the same bytes (apart from times).
 */



const COMMANDS = (/* unused pure expression or super */ null && (['deploy', 'diff', 'prune', 'delete', 'validate']));
const emptySummary = () => ({
    new: 0,
    changed: 0,
    unchanged: 0,
    deleted: 0,
    orphan: 0,
    hooks: 0,
    applied: 0,
    failed: 0,
    notApplied: 0,
    errors: 0,
    warnings: 0,
});
function resultRef(ref, apiVersion) {
    return {
        group: ref.group,
        apiVersion: apiVersion ?? (ref.group ? `${ref.group}/${ref.version}` : ref.version),
        kind: ref.kind,
        namespace: ref.namespace,
        name: ref.name,
    };
}
function toRef(r) {
    const { group, version } = splitApiVersion(r.apiVersion);
    return { group, version, kind: r.kind, namespace: r.namespace, name: r.name };
}
function resultMessage(m) {
    return {
        ...(m.ref ? resultRef(m.ref) : {}),
        ...(m.item !== undefined ? { item: m.item } : {}),
        message: m.message,
    };
}
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const compareResultRefs = (a, b) => compareText(a.group, b.group) ||
    compareText(a.kind, b.kind) ||
    compareText(a.namespace, b.namespace) ||
    compareText(a.name, b.name);
/** Whether the command changed (or, dry, would change) objects on the cluster; running hooks alone does not count. */
const resultChanged = (r) => r.summary.new + r.summary.changed + r.summary.deleted > 0;
function resultToJson(result) {
    return `${JSON.stringify((0,_diff_values_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedKeys */ .Mf)(result), null, 2)}\n`;
}
function resultToYaml(result) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__.stringify)((0,_diff_values_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedKeys */ .Mf)(result), { lineWidth: 0 });
}


/***/ }),

/***/ 36745:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mf: () => (/* binding */ sortedKeys),
/* harmony export */   Zm: () => (/* binding */ jsonEqual),
/* harmony export */   jh: () => (/* binding */ isMap)
/* harmony export */ });
/** Helpers for plain JSON values (parsed YAML). */
const isMap = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Deep equality of plain JSON values; map key order does not matter. */
function jsonEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length)
        return false;
    const ra = a;
    const rb = b;
    return ka.every((k) => Object.hasOwn(rb, k) && jsonEqual(ra[k], rb[k]));
}
/** A copy with map keys sorted at every level, for output that does not depend on input order. */
function sortedKeys(v) {
    if (Array.isArray(v))
        return v.map(sortedKeys);
    if (!isMap(v))
        return v;
    const out = {};
    for (const k of Object.keys(v).sort())
        out[k] = sortedKeys(v[k]);
    return out;
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
