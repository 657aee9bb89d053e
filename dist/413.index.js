export const id = 413;
export const ids = [413];
export const modules = {

/***/ 22765:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   imageBumpCommand: () => (/* binding */ imageBumpCommand)
/* harmony export */ });
/* harmony import */ var _images_bump_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38355);
/* harmony import */ var _images_decide_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40164);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31517);
/* harmony import */ var _helm_credentials_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38782);
/* harmony import */ var _render_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1206);
/* harmony import */ var _util_log_safe_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43446);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(92453);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2529);








const flags = [
    ...(0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .renderFlags */ .GY)('target to bump (default: every target of the project)'),
    { name: 'dry-run', kind: 'bool', help: 'only report what would change; write nothing' },
    { name: 'no-flux', kind: 'bool', help: 'ignore Flux v1 annotated workloads' },
    (0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .outputFlag */ .Y0)(['text', 'json'], 'text'),
];
const where = (e) => e.file ? `${e.file}${e.line ? `:${e.line}` : ''}` : '';
function explain(x) {
    return `${(0,_images_decide_js__WEBPACK_IMPORTED_MODULE_1__/* .explanationParts */ .a)(x).join('; ')}; picked ${x.pick}: ${x.why}`;
}
function printText(report, dryRun, io) {
    const lines = [];
    for (const u of report.updates) {
        lines.push(`${dryRun ? 'would update' : 'updated'} ${u.image} ${u.current || '(no tag)'} -> ${u.latest}  ${where(u)}  [${u.filter}]`);
        lines.push(`  ${explain(u.explanation)}`);
    }
    for (const u of report.upToDate)
        lines.push(`up to date ${u.image}:${u.current}  ${where(u)}  [${u.filter}]`);
    for (const s of report.skipped)
        lines.push(`skipped ${s.image}${s.current ? `:${s.current}` : ''}  ${where(s)}  ${s.reason}`);
    for (const e of report.errors) {
        const subject = e.image ?? (e.target ? `target ${e.target}` : '');
        lines.push(`error ${subject}${where(e) ? `  ${where(e)}` : ''}: ${e.error}`);
        if (e.hint)
            lines.push(`  hint: ${e.hint}`);
    }
    const n = (k, what) => `${k} ${what}`;
    lines.push([
        n(report.updates.length, dryRun ? 'to update' : 'updated'),
        n(report.upToDate.length, 'up to date'),
        n(report.skipped.length, 'skipped'),
        n(report.errors.length, report.errors.length === 1 ? 'error' : 'errors'),
    ].join(', '));
    io.stdout((0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_5__/* .logSafe */ .sN)(`${lines.join('\n')}\n`));
}
const imageBumpCommand = {
    name: 'image-bump',
    summary: 'Move pinned images to the newest tag their version filter allows',
    details: [
        'Renders each target, asks the registries for tags and edits the fixed-image entries that',
        'pin what get_image() returns (fixed-images files, target images, images variables), plus',
        'the image of containers in Flux v1 automated workloads. Never downgrades. Exit code 1 when',
        'any image failed; the others are still bumped. Registry credentials: ~/.docker/config.json',
        '(DOCKER_CONFIG) and KLUCTL_REGISTRY_* variables (see docs/image-bump.md).',
    ].join('\n'),
    flags,
    async run(args, io) {
        const format = (0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .outputFormat */ .B$)(args, ['text', 'json'], 'text');
        const dryRun = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .bool */ .lc)(args, 'dry-run');
        const base = (0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .renderOptions */ .Dx)(args, io);
        const { renders, errors: renderErrors } = await (0,_render_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderImageUses */ .mp)(base, (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .list */ .p_)(args, 'target'));
        // --registry-* flags and Helm's registry config count for images too.
        const credentials = await (0,_helm_credentials_js__WEBPACK_IMPORTED_MODULE_3__/* .loadOciCredentials */ .oF)(io.env, base.helmCredentials);
        for (const w of credentials.warnings)
            io.stderr(`warning: ${w}\n`);
        const registry = new _registry_client_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryClient */ .b({ credentials });
        let report;
        try {
            report = await (0,_images_bump_js__WEBPACK_IMPORTED_MODULE_0__/* .runImageBump */ .x)({
                projectDir: base.projectDir,
                renders,
                registry,
                dryRun,
                flux: !(0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .bool */ .lc)(args, 'no-flux'),
                log: base.log,
            });
        }
        finally {
            await registry.close();
        }
        report.errors.unshift(...renderErrors);
        if (format === 'json')
            io.stdout((0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_5__/* .logSafeJson */ .C5)(`${JSON.stringify({ dryRun, ...report }, null, 2)}\n`));
        else
            printText(report, dryRun, io);
        return report.errors.length > 0 ? 1 : 0;
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
