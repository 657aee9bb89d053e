export const id = 428;
export const ids = [428];
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

/***/ 40205:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pruneCommand: () => (/* binding */ pruneCommand),
/* harmony export */   removeCommand: () => (/* binding */ removeCommand)
/* harmony export */ });
/* harmony import */ var _deploy_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69525);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92453);
/* harmony import */ var _cluster_flags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98914);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2529);




const removeFlags = [
    ...(0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .renderFlags */ .GY)(),
    ..._cluster_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .accessFlags */ .yT,
    _cluster_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .yesFlag */ .Mi,
    _cluster_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .dryRunFlag */ .n1,
    { name: 'no-wait', kind: 'bool', help: "don't wait until deleted objects are gone" },
    _cluster_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .outputFormatFlag */ .vj,
    _cluster_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .shortOutputFlag */ .ki,
];
/** prune and delete: the same flags and output, different objects. */
function removeCommand(name, summary, details) {
    return {
        name,
        summary,
        details: [
            ...details,
            '',
            "Objects are found by the discriminator label (the target's, or --discriminator) and deleted",
            'only when kluctl manages them (its field manager owns fields, no owner references, or',
            "kluctl.io/force-managed), not with kluctl.io/skip-delete (or Helm's resource-policy: keep),",
            'nor with kluctl.io/skip-delete-if-tags while -I/-E tags select. Namespaces go first.',
            'Without -y the objects are listed and you are asked first (needs a terminal).',
        ].join('\n'),
        flags: removeFlags,
        async run(args, io) {
            const outputs = (0,_cluster_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .resultOutputs */ .wg)((0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(args, 'output-format'), io);
            const confirm = (0,_cluster_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .confirmation */ .EL)(args, io, name, (p) => `Do you really want to delete ${p.summary.deleted} object(s)?`);
            const render = (0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .renderOptions */ .Dx)(args, io);
            const run = name === 'prune' ? _deploy_index_js__WEBPACK_IMPORTED_MODULE_0__/* .pruneCommand */ .En : _deploy_index_js__WEBPACK_IMPORTED_MODULE_0__/* .deleteCommand */ .x3;
            const result = await run({
                render,
                access: (0,_cluster_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .clusterAccess */ .V$)(args, io),
                log: render.log,
                confirm,
                dryRun: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(args, 'dry-run'),
                noWait: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(args, 'no-wait'),
            });
            (0,_cluster_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .writeResult */ .Zk)(result, outputs, io, { short: (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc)(args, 'short-output') });
            return (0,_cluster_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .resultExitCode */ .Fg)(result);
        },
    };
}
const pruneCommand = removeCommand('prune', "Delete orphan objects: on the cluster with the target's discriminator, no longer rendered", [
    'Renders the target, lists the objects on the cluster carrying its discriminator and deletes',
    'those that are no longer rendered (the orphans deploy and diff report).',
]);


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


/***/ })

};
