export const id = 587;
export const ids = [587];
export const modules = {

/***/ 41554:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listTargetsCommand: () => (/* binding */ listTargetsCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _project_kluctl_project_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84702);
/* harmony import */ var _util_log_safe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43446);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92453);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2529);





const FORMATS = ['text', 'json'];
const listTargetsCommand = {
    name: 'list-targets',
    summary: 'List the targets of .kluctl.yaml (for a GitHub Actions matrix: -o json)',
    details: [
        '-o json prints a JSON list of the names, e.g. ["prod","staging"], for',
        'matrix: { target: ${{ fromJSON(...) }} }. A project without targets lists none',
        '(text: nothing, json: []) and says so on stderr.',
    ].join('\n'),
    flags: [_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .projectFlags */ .FI.find((f) => f.name === 'project-dir'), (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .outputFlag */ .Y0)(FORMATS, 'text')],
    async run(args, io) {
        const format = (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .outputFormat */ .B$)(args, FORMATS, 'text');
        const dir = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd, (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(args, 'project-dir') ?? '.');
        // In the order of .kluctl.yaml, the order the other commands go through them.
        const names = (await (0,_project_kluctl_project_js__WEBPACK_IMPORTED_MODULE_1__/* .loadKluctlProject */ .l)(dir)).targets.map((t) => t.name);
        // Target names are the project's: no workflow commands on stdout.
        if (format === 'json')
            io.stdout(`${(0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_2__/* .logSafeJson */ .C5)(JSON.stringify(names))}\n`);
        else
            io.stdout(names.map((n) => `${(0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_2__/* .logSafe */ .sN)(n)}\n`).join(''));
        if (names.length === 0)
            io.stderr('the project defines no targets\n');
        return 0;
    },
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

/***/ 28235:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ir: () => (/* binding */ parseFixedImages),
/* harmony export */   TH: () => (/* binding */ findFixedImage),
/* harmony export */   hO: () => (/* binding */ loadFixedImagesFile),
/* harmony export */   nL: () => (/* binding */ parseFixedImageArg)
/* harmony export */ });
/* harmony import */ var _util_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(861);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99661);
/* harmony import */ var _util_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9925);



const FIELDS = {
    image: 'string',
    imageRegex: 'string',
    resultImage: 'string',
    namespace: 'string',
    deployment: 'string',
    container: 'string',
    // Written by list-images for information; ignored when resolving.
    latestVersion: 'string',
    deployedImage: 'any',
    registryImage: 'any',
    versionFilter: 'any',
    chosen: 'any',
    why: 'any',
    deployTags: 'any',
    deploymentDir: 'any',
    object: 'any',
};
/** Parses a fixed-images list (the same format everywhere: file, target, `images` var). */
function parseFixedImages(doc, list, path, origin) {
    const schema = new _util_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .Schema */ .S(doc);
    return schema.list(list, path, 'images').map((entry, i) => {
        const p = [...path, i];
        const e = schema.object(entry, p, 'fixed image', FIELDS, ['resultImage']);
        if (e.image === undefined && e.imageRegex === undefined) {
            throw schema.error(p, 'fixed image needs "image" or "imageRegex"');
        }
        if (typeof e.imageRegex === 'string') {
            try {
                new RegExp(e.imageRegex);
            }
            catch (err) {
                throw schema.error([...p, 'imageRegex'], `invalid imageRegex: ${err.message}`);
            }
        }
        const fi = {
            resultImage: e.resultImage,
            origin,
            source: { file: doc.file, path: p },
        };
        for (const k of ['image', 'imageRegex', 'namespace', 'deployment', 'container']) {
            if (typeof e[k] === 'string')
                fi[k] = e[k];
        }
        return fi;
    });
}
/** A `--fixed-images-file`: a mapping with one `images` list. */
async function loadFixedImagesFile(file) {
    let doc;
    try {
        doc = await (0,_util_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .readYamlFile */ .kv)(file, file, { kluctl: true });
    }
    catch (err) {
        if (err.code === 'ENOENT') {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('fixed images file not found', { file }, 'check the --fixed-images-file path');
        }
        throw err;
    }
    const schema = new _util_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .Schema */ .S(doc);
    const root = schema.object(doc.value ?? {}, [], 'fixed images file', { images: 'list' });
    return parseFixedImages(doc, root.images, ['images'], 'file');
}
/**
 * `-F image[:namespace[:Kind/name[:container]]]=result`. A registry port (`host:5000/x`)
 * belongs to the image, not to the namespace.
 */
function parseFixedImageArg(arg) {
    const eq = arg.indexOf('=');
    if (eq <= 0 || eq === arg.length - 1) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`-F/--fixed-image must be IMAGE[:NAMESPACE[:KIND/NAME[:CONTAINER]]]=RESULT, got "${arg}"`);
    }
    const parts = arg.slice(0, eq).split(':');
    if (parts.length > 1 && /^\d+(\/|$)/.test(parts[1]))
        parts.splice(0, 2, `${parts[0]}:${parts[1]}`);
    if (parts.length > 4)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`-F/--fixed-image has too many ":" parts: "${arg}"`);
    const [image, namespace, deployment, container] = parts;
    const fi = { image, resultImage: arg.slice(eq + 1), origin: 'cli' };
    if (namespace)
        fi.namespace = namespace;
    if (deployment)
        fi.deployment = deployment;
    if (container)
        fi.container = container;
    return fi;
}
function matchesUse(fi, use) {
    if (fi.image !== undefined && fi.image !== use.image)
        return false;
    if (fi.imageRegex !== undefined && !new RegExp(fi.imageRegex).test(use.image))
        return false;
    if (fi.namespace !== undefined && fi.namespace !== use.namespace)
        return false;
    if (fi.deployment !== undefined && fi.deployment !== use.deployment)
        return false;
    if (fi.container !== undefined && fi.container !== use.container)
        return false;
    return true;
}
/**
 * kluctl's lookup: the last matching entry of the fixed list (target images, files, -F)
 * wins; the `images` variable is consulted only when that list has no match.
 */
function findFixedImage(use, fixed, fromVars) {
    for (const list of [fixed, fromVars]) {
        for (let i = list.length - 1; i >= 0; i--)
            if (matchesUse(list[i], use))
                return list[i];
    }
    return undefined;
}


/***/ }),

/***/ 35109:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ findYamlFileSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99661);



/** Finds `name.yaml` or `name.yml` (kluctl accepts both; having both is ambiguous). */
function findYamlFileSync(dir, name) {
    const yaml = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, `${name}.yaml`);
    const yml = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, `${name}.yml`);
    const a = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(yaml);
    const b = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(yml);
    if (a && b)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`both ${name}.yaml and ${name}.yml exist`, { file: yml }, 'keep only one of them');
    return a ? yaml : b ? yml : undefined;
}


/***/ }),

/***/ 84702:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ loadKluctlProject)
/* harmony export */ });
/* harmony import */ var _images_fixed_images_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28235);
/* harmony import */ var _util_merge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45536);
/* harmony import */ var _util_yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9925);
/* harmony import */ var _find_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35109);
/* harmony import */ var _util_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(861);





const PROJECT_FIELDS = {
    discriminator: 'string',
    targets: 'list',
    args: 'list',
    // Accepted for compatibility with kluctl projects; shipshape has no AWS/SOPS integration.
    aws: 'map',
    secretsConfig: 'map',
};
const TARGET_FIELDS = {
    name: 'string',
    context: 'string',
    args: 'map',
    images: 'list',
    discriminator: 'string',
    aws: 'map',
    sealingConfig: 'map',
};
/** Loads `.kluctl.yaml`; a project without one has no targets and no declared args. */
async function loadKluctlProject(dir) {
    const file = (0,_find_file_js__WEBPACK_IMPORTED_MODULE_2__/* .findYamlFileSync */ .i)(dir, '.kluctl');
    if (!file)
        return { dir, targets: [], args: [] };
    const doc = await (0,_util_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .readYamlFile */ .kv)(file, file, { kluctl: true });
    const schema = new _util_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .Schema */ .S(doc);
    const root = schema.object(doc.value ?? {}, [], '.kluctl.yaml', PROJECT_FIELDS);
    const args = schema.list(root.args, ['args'], 'args').map((a, i) => {
        const o = schema.object(a, ['args', i], 'argument', { name: 'string', default: 'any' }, [
            'name',
        ]);
        return { name: o.name, hasDefault: 'default' in o, default: o.default };
    });
    const seen = new Set();
    const targets = schema.list(root.targets, ['targets'], 'targets').map((t, i) => {
        const o = schema.object(t, ['targets', i], 'target', TARGET_FIELDS, ['name']);
        const name = o.name;
        if (seen.has(name))
            throw schema.error(['targets', i, 'name'], `duplicate target "${name}"`, 'target names must be unique');
        seen.add(name);
        return {
            name,
            context: o.context,
            args: (0,_util_merge_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(o.args) ? o.args : {},
            images: (0,_images_fixed_images_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFixedImages */ .Ir)(doc, o.images, ['targets', i, 'images'], 'target'),
            // An empty discriminator falls back to the project's, as in kluctl.
            discriminator: o.discriminator || root.discriminator,
            values: o,
        };
    });
    return {
        dir,
        file,
        discriminator: root.discriminator,
        aws: (0,_util_merge_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(root.aws) ? root.aws : undefined,
        targets,
        args,
    };
}


/***/ }),

/***/ 861:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ Schema),
/* harmony export */   z: () => (/* binding */ toStringMap)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99661);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45536);


const describe = {
    string: 'a string',
    boolean: 'true or false',
    list: 'a list',
    map: 'a mapping',
    stringList: 'a list of strings',
    stringMap: 'a mapping of strings',
    scalar: 'a string, number or boolean',
    any: 'a value',
};
function isScalar(v) {
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}
function matches(type, v) {
    switch (type) {
        case 'string':
            return typeof v === 'string';
        case 'boolean':
            return typeof v === 'boolean';
        case 'list':
            return Array.isArray(v);
        case 'map':
            return (0,_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(v);
        case 'stringList':
            return Array.isArray(v) && v.every(isScalar);
        case 'stringMap':
            return (0,_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(v) && Object.values(v).every((x) => isScalar(x) || x === null);
        case 'scalar':
            return isScalar(v);
        case 'any':
            return true;
    }
}
const pathText = (path) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
/** Validates mappings of a YAML document and reports problems at their line. */
class Schema {
    doc;
    constructor(doc) {
        this.doc = doc;
    }
    error(path, message, hint) {
        const pos = this.doc.positionOf(path);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(message, { file: this.doc.file, line: pos?.line, col: pos?.col }, hint);
    }
    /**
     * Checks that `value` at `path` is a mapping whose keys are all in `fields` with the given
     * types and that `required` keys are present; unknown keys fail with the nearest valid name.
     */
    object(value, path, what, fields, required = []) {
        if (!(0,_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(value))
            throw this.error(path, `${what} must be a mapping`);
        for (const [key, v] of Object.entries(value)) {
            const type = fields[key];
            if (!type) {
                const guess = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .nearest */ .pA)(key, Object.keys(fields));
                throw this.error([...path, key], `unknown field "${key}" in ${what}`, guess ? `did you mean "${guess}"?` : `allowed fields: ${Object.keys(fields).join(', ')}`);
            }
            if (v !== null && !matches(type, v))
                throw this.error([...path, key], `${pathText([...path, key])} must be ${describe[type]}`);
        }
        for (const key of required) {
            if (value[key] === undefined || value[key] === null)
                throw this.error(path, `${what} needs "${key}"`);
        }
        return value;
    }
    list(value, path, what) {
        if (value === undefined || value === null)
            return [];
        if (!Array.isArray(value))
            throw this.error(path, `${what} must be a list`);
        return value;
    }
}
/** Label/annotation maps: YAML scalars become strings, as Kubernetes needs. */
function toStringMap(v) {
    if (!(0,_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(v))
        return (0,_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .newMap */ .dg)();
    return (0,_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .newMap */ .dg)(Object.entries(v).map(([k, x]) => [k, x === null ? '' : String(x)]));
}


/***/ }),

/***/ 9925:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gd: () => (/* binding */ checkAliasExpansion),
/* harmony export */   b8: () => (/* binding */ parseYamlStream),
/* harmony export */   ec: () => (/* binding */ parseKluctlValue),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   iT: () => (/* binding */ parseYamlForEdit),
/* harmony export */   kv: () => (/* binding */ readYamlFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99661);



const pathKey = (path) => JSON.stringify(path);
/**
 * Where each value of the document is, by path. Also the duplicate-key check: the yaml
 * library's own (`uniqueKeys`) compares each key with every earlier one, which made a
 * 50,000-key ConfigMap take a minute; a set per map does the same in linear time.
 */
function indexPositions(root, lc, file) {
    const positions = new Map();
    const at = (offset) => {
        if (offset === undefined)
            return undefined;
        const p = lc.linePos(offset);
        return { line: p.line, col: p.col };
    };
    const walk = (node, path) => {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__.isMap)(node)) {
            const seen = new Set();
            for (const pair of node.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__.isPair)(pair))
                    continue;
                if (pair.key !== null && !(0,yaml__WEBPACK_IMPORTED_MODULE_1__.isScalar)(pair.key) && !(0,yaml__WEBPACK_IMPORTED_MODULE_1__.isAlias)(pair.key)) {
                    const at = lc.linePos(pair.key.range?.[0] ?? 0);
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('invalid map key: a key must be a plain value, not a mapping or a list', { file, line: at.line, col: at.col }, 'a `{{ ... }}` expression must be quoted where YAML would read its braces as a mapping');
                }
                const key = (0,yaml__WEBPACK_IMPORTED_MODULE_1__.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key);
                const p = [...path, key];
                const pos = at(pair.key?.range?.[0]);
                if (seen.has(key) && !(key === '<<' && (0,yaml__WEBPACK_IMPORTED_MODULE_1__.isScalar)(pair.key)))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`invalid YAML: map keys must be unique ("${key}" appears twice)`, { file, line: pos?.line, col: pos?.col }, 'remove or rename one of the two keys');
                seen.add(key);
                if (pos)
                    positions.set(pathKey(p), pos);
                walk(pair.value, p);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__.isSeq)(node)) {
            node.items.forEach((item, i) => {
                const p = [...path, i];
                const pos = at(item?.range?.[0]);
                if (pos)
                    positions.set(pathKey(p), pos);
                walk(item, p);
            });
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__.isAlias)(node)) {
            // Aliased content is located at its anchor; the alias position is good enough.
        }
    };
    const rootPos = at(root?.range?.[0]);
    if (rootPos)
        positions.set(pathKey([]), rootPos);
    walk(root, []);
    return positions;
}
function locate(positions) {
    return (path) => {
        for (let n = path.length; n >= 0; n--) {
            const p = positions.get(pathKey(path.slice(0, n)));
            if (p)
                return p;
        }
        return undefined;
    };
}
function yamlError(file, err) {
    const pos = err.linePos?.[0];
    const firstLine = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`invalid YAML: ${firstLine}`, { file, line: pos?.line, col: pos?.col }, 'fix the YAML syntax at that position');
}
/**
 * How many times aliases may be expanded in one document. A "billion laughs" document is a
 * few lines that expand to gigabytes; real manifests use a handful of aliases.
 */
const MAX_ALIAS_COUNT = 1000;
function toValue(doc, file) {
    try {
        return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (err) {
        if (/alias count/i.test(err.message))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`YAML aliases expand too much (more than ${MAX_ALIAS_COUNT} expansions)`, { file }, 'remove the nested &anchor / *alias references; write the values out instead');
        throw err;
    }
}
/** `0o17`: Go's yaml.v2 reads it as octal (strconv's prefix), YAML 1.1 itself does not. */
const GO_OCTAL = {
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    default: true,
    test: /^[-+]?0o[0-7_]+$/,
    resolve: (src) => {
        const sign = src.startsWith('-') ? -1 : 1;
        return sign * parseInt(src.replace(/^[-+]?0o/, '').replace(/_/g, ''), 8);
    },
};
const KLUCTL_DIALECT = {
    version: '1.1',
    customTags: (tags) => [
        ...tags.filter((t) => !(typeof t === 'object' &&
            (t.format === 'TIME' || t.tag === 'tag:yaml.org,2002:timestamp'))),
        GO_OCTAL,
    ],
};
const dialect = (opts) => (opts.kluctl ? KLUCTL_DIALECT : {});
/** A scalar or flow value as kluctl reads it (`-a name=VALUE`, systemEnvVars). */
function parseKluctlValue(text) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_1__.parse)(text, KLUCTL_DIALECT);
}
/**
 * Parses one YAML document; syntax errors name file:line:col.
 */
function parseYaml(text, file, opts = {}) {
    const { document: _, ...located } = parseLocated(text, file, opts);
    return located;
}
function parseLocated(text, file, opts) {
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_1__.LineCounter();
    const options = {
        lineCounter: lc,
        prettyErrors: true,
        uniqueKeys: false,
        ...dialect(opts),
    };
    const doc = opts.firstDocument
        ? ([(0,yaml__WEBPACK_IMPORTED_MODULE_1__.parseAllDocuments)(text, options)].flat()[0] ?? (0,yaml__WEBPACK_IMPORTED_MODULE_1__.parseDocument)('', options))
        : (0,yaml__WEBPACK_IMPORTED_MODULE_1__.parseDocument)(text, options);
    if (doc.errors.length > 0)
        throw yamlError(file, doc.errors[0]);
    const positions = indexPositions(doc.contents, lc, file);
    return { file, value: toValue(doc, file), positionOf: locate(positions), document: doc };
}
/**
 * Parses one YAML document as parseYaml does, and returns the document too, for edits that
 * keep every scalar as written (one parse for reading and editing).
 */
function parseYamlForEdit(text, file) {
    return parseLocated(text, file, {});
}
/**
 * Refuses a YAML stream whose aliases would expand beyond the limit, before a tool without
 * such a limit (kustomize) reads it. Cheap for the usual file without anchors.
 */
function checkAliasExpansion(text, file) {
    if (!/(^|[\s[{,:-])&[^\s]/m.test(text) || !text.includes('*'))
        return;
    for (const doc of (0,yaml__WEBPACK_IMPORTED_MODULE_1__.parseAllDocuments)(text, { uniqueKeys: false })) {
        // Syntax errors are kustomize's to report, with its own message.
        if (doc.errors.length === 0)
            toValue(doc, file);
    }
}
async function readYamlFile(file, displayName = file, opts = {}) {
    return parseYaml(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'), displayName, opts);
}
/**
 * Parses a multi-document stream (e.g. kustomize output); empty documents are skipped.
 * Documents are composed and converted one at a time, so a long stream is never held whole
 * as YAML documents (that would be several times the text in memory).
 */
function parseYamlStream(text, file, opts = {}) {
    const composer = new yaml__WEBPACK_IMPORTED_MODULE_1__.Composer({ uniqueKeys: false, ...dialect(opts) });
    const out = [];
    for (const doc of composer.compose(new yaml__WEBPACK_IMPORTED_MODULE_1__.Parser().parse(text))) {
        // Parsed again whole for the error's line and column: only on the error's path.
        if (doc.errors.length > 0)
            throw streamError(text, file, opts);
        const v = toValue(doc, file);
        if (v !== null && v !== undefined)
            out.push(v);
    }
    return out;
}
function streamError(text, file, opts) {
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_1__.parseAllDocuments)(text, { prettyErrors: true, uniqueKeys: false, ...dialect(opts) });
    const failed = (Array.isArray(docs) ? docs : [docs]).find((d) => d.errors.length > 0);
    return yamlError(file, failed?.errors[0]);
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
