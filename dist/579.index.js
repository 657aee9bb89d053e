export const id = 579;
export const ids = [579];
export const modules = {

/***/ 50063:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
;// CONCATENATED MODULE: ./lib/cli/args.js

/** `--fixed-image` → `KLUCTL_FIXED_IMAGE`: kluctl's name for a flag given by environment. */
const envName = (flag) => `KLUCTL_${flag.toUpperCase().replace(/-/g, '_')}`;
/**
 * Values of a flag given by environment, as kluctl reads them: `KLUCTL_<FLAG>` first, then
 * `KLUCTL_<FLAG>_<n>` in the order of n (so a CI pipeline can pass several `-a`).
 */
function envValues(env, flag) {
    const base = envName(flag);
    const indexed = Object.keys(env)
        .map((k) => ({ k, m: new RegExp(`^${base}_(\\d+)$`).exec(k) }))
        .filter((e) => e.m)
        .sort((a, b) => Number(a.m[1]) - Number(b.m[1]))
        .map((e) => env[e.k]);
    const plain = Object.hasOwn(env, base) && env[base] !== undefined ? [env[base]] : [];
    return [...plain, ...indexed];
}
/**
 * Parses a command line. Flags not given on it are taken from the environment as kluctl
 * does (`KLUCTL_DRY_RUN=true`, `KLUCTL_ARG_0=name=value`); repeatable flags get the
 * environment's values first and the command line's after them.
 */
function parseArgs(argv, specs, env = {}) {
    const byName = new Map(specs.map((s) => [s.name, s]));
    const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short, s]));
    const values = {};
    const positionals = [];
    const set = (spec, value, flag) => {
        if (spec.kind === 'bool') {
            if (value !== undefined && !['true', 'false'].includes(value)) {
                throw new errors/* UsageError */.eb(`${flag} takes no value (or =true/=false), got "${value}"`);
            }
            values[spec.name] = value !== 'false';
            return;
        }
        if (value === undefined)
            throw new errors/* UsageError */.eb(`${flag} needs a value`);
        if (spec.kind === 'list')
            values[spec.name] = [...(values[spec.name] ?? []), value];
        else
            values[spec.name] = value;
    };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        let spec;
        let inline;
        let flag = arg;
        if (arg.startsWith('--')) {
            const eq = arg.indexOf('=');
            const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
            inline = eq < 0 ? undefined : arg.slice(eq + 1);
            flag = `--${name}`;
            spec = byName.get(name);
            if (!spec) {
                const guess = (0,errors/* nearest */.pA)(name, [...byName.keys()]);
                throw new errors/* UsageError */.eb(`unknown flag ${flag}${guess ? ` (did you mean --${guess}?)` : ''}`);
            }
        }
        else if (arg.startsWith('-') && arg.length > 1) {
            flag = arg.slice(0, 2);
            spec = byShort.get(arg.slice(1, 2));
            if (!spec)
                throw new errors/* UsageError */.eb(`unknown flag ${flag}`);
            if (arg.length > 2)
                inline = arg[2] === '=' ? arg.slice(3) : arg.slice(2);
        }
        else {
            positionals.push(arg);
            continue;
        }
        if (spec.kind !== 'bool' && inline === undefined) {
            if (i + 1 >= argv.length)
                throw new errors/* UsageError */.eb(`${flag} needs a value`);
            inline = argv[++i];
        }
        set(spec, inline, flag);
    }
    for (const spec of specs) {
        if (spec.skipEnv)
            continue;
        const fromEnv = envValues(env, spec.name);
        if (fromEnv.length === 0)
            continue;
        if (spec.kind === 'list') {
            values[spec.name] = [...fromEnv, ...(values[spec.name] ?? [])];
        }
        else if (values[spec.name] === undefined) {
            // Booleans as Go's strconv.ParseBool reads them (kluctl's parser).
            const normal = (v) => spec.kind !== 'bool'
                ? v
                : /^(1|t|true)$/i.test(v)
                    ? 'true'
                    : /^(0|f|false)$/i.test(v)
                        ? 'false'
                        : v;
            for (const v of fromEnv)
                set(spec, normal(v), envName(spec.name));
        }
    }
    return { values, positionals };
}
function formatFlags(specs) {
    const rows = specs.map((s) => {
        const names = `${s.short ? `-${s.short}, ` : '    '}--${s.name}${s.kind === 'bool' ? '' : ` ${s.metavar ?? 'VALUE'}`}`;
        return [names, s.help + (s.kind === 'list' ? ' (repeatable)' : '')];
    });
    const width = Math.max(...rows.map((r) => r[0].length)) + 2;
    return rows.map(([a, b]) => `  ${a.padEnd(width)}${b}`).join('\n');
}
const str = (p, name) => p.values[name];
const list = (p, name) => p.values[name] ?? [];
const bool = (p, name) => p.values[name] === true;

// EXTERNAL MODULE: ./lib/deploy/index.js + 11 modules
var deploy = __webpack_require__(69525);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/deploy/duration.js
var duration = __webpack_require__(12659);
// EXTERNAL MODULE: ./lib/deploy/render-markdown.js
var render_markdown = __webpack_require__(64625);
// EXTERNAL MODULE: ./lib/deploy/render-text.js
var render_text = __webpack_require__(47811);
// EXTERNAL MODULE: ./lib/deploy/result.js
var deploy_result = __webpack_require__(80790);
// EXTERNAL MODULE: ./lib/util/log-safe.js
var log_safe = __webpack_require__(43446);
;// CONCATENATED MODULE: ./lib/cli/cluster-flags.js
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
    const kubeconfig = str(p, 'kubeconfig');
    return {
        kubeconfig: kubeconfig ? external_node_path_.resolve(io.cwd, kubeconfig) : undefined,
        context: str(p, 'context'),
        env: io.env,
    };
}
/** `-o json`, `-o yaml=result.yaml` (repeatable); checked before anything runs. */
function resultOutputs(values, io) {
    const outs = values.map((v) => {
        const eq = v.indexOf('=');
        const format = (eq < 0 ? v : v.slice(0, eq));
        if (!OUTPUT_FORMATS.includes(format))
            throw new errors/* UsageError */.eb(`-o/--output-format must be FORMAT or FORMAT=FILE with FORMAT one of ${OUTPUT_FORMATS.join(', ')}, got "${v}"`);
        const file = eq < 0 ? undefined : v.slice(eq + 1);
        if (file === '')
            throw new errors/* UsageError */.eb(`-o ${format}= needs a file name after "="`);
        return { format, ...(file ? { file: external_node_path_.resolve(io.cwd, file) } : {}) };
    });
    return outs.length ? outs : [{ format: 'text' }];
}
function durationFlag(p, name, dflt) {
    const v = str(p, name);
    if (v === undefined)
        return dflt;
    const ms = (0,duration/* parseDuration */.E)(v);
    if (ms === undefined)
        throw new errors/* UsageError */.eb(`--${name} must be a duration such as 30s, 5m or 1h, got "${v}"`);
    return ms;
}
/**
 * Prints or writes the result in every requested format. What goes to stdout is made safe
 * for a GitHub Actions log; files get the data as it is.
 */
function writeResult(result, outputs, io, opts = {}) {
    for (const o of outputs) {
        const text = o.format === 'json'
            ? (0,deploy_result/* resultToJson */.hV)(result)
            : o.format === 'yaml'
                ? (0,deploy_result/* resultToYaml */.OF)(result)
                : o.format === 'markdown'
                    ? (0,render_markdown/* renderResultMarkdown */.Js)(result)
                    : (0,render_text/* renderResultText */.H4)(result, opts);
        if (o.file) {
            (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(o.file), { recursive: true });
            (0,external_node_fs_.writeFileSync)(o.file, text);
        }
        else if (o.format === 'json')
            io.stdout((0,log_safe/* logSafeJson */.C5)(text));
        else if (o.format === 'yaml')
            io.stdout((0,log_safe/* logSafeYaml */.NJ)(JSON.parse((0,deploy_result/* resultToJson */.hV)(result))));
        else
            io.stdout((0,log_safe/* logSafe */.sN)(text));
    }
}
/** Exit code of a cluster command: 1 when anything failed (validate: when not ready). */
const resultExitCode = (r) => r.errors.length > 0 || (r.command === 'validate' && !r.ready) ? 1 : 0;
/**
 * The confirmation kluctl asks for before changing a cluster, or undefined with -y / a dry
 * run. Without a terminal to ask on, -y is required.
 */
function confirmation(p, io, command, question) {
    if (bool(p, 'yes') || bool(p, 'dry-run'))
        return undefined;
    const ask = io.confirm;
    if (!ask)
        throw new errors/* UsageError */.eb(`${command} asks for confirmation before it changes the cluster, but there is no terminal to ask on: pass -y (--yes)`);
    return async (preview) => {
        io.stderr((0,render_text/* renderResultText */.H4)(preview, {
            short: list(p, 'output-format').length > 0 || bool(p, 'short-output'),
        }));
        return ask(question(preview));
    };
}

// EXTERNAL MODULE: ./lib/helm/chart-sources.js + 2 modules
var chart_sources = __webpack_require__(17959);
;// CONCATENATED MODULE: ./lib/cli/helm-flags.js





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
        helmUsername: list(p, 'helm-username'),
        helmPassword: list(p, 'helm-password'),
        helmCreds: list(p, 'helm-creds'),
        helmKeyFile: list(p, 'helm-key-file'),
        helmCertFile: list(p, 'helm-cert-file'),
        helmCaFile: list(p, 'helm-ca-file'),
        helmInsecureSkipTlsVerify: list(p, 'helm-insecure-skip-tls-verify'),
        registryUsername: list(p, 'registry-username'),
        registryPassword: list(p, 'registry-password'),
        registryCreds: list(p, 'registry-creds'),
        registryIdentityToken: list(p, 'registry-identity-token'),
        registryToken: list(p, 'registry-token'),
        registryKeyFile: list(p, 'registry-key-file'),
        registryCertFile: list(p, 'registry-cert-file'),
        registryCaFile: list(p, 'registry-ca-file'),
        registryPlainHttp: list(p, 'registry-plain-http'),
        registryInsecureSkipTlsVerify: list(p, 'registry-insecure-skip-tls-verify'),
    };
}
/**
 * The run of a command that works on every chart of a project (helm-pull, helm-update):
 * chart sources opened with the credential flags and closed afterwards, the report printed
 * as JSON or text; exit code 1 when any chart failed.
 */
async function runChartCommand(args, io, work, printText) {
    const format = outputFormat(args, ['text', 'json'], 'text');
    const sources = await (0,chart_sources/* openChartSources */.vc)(io.env, helmCredentialOptions(args));
    for (const w of sources.warnings)
        io.stderr(`warning: ${w}\n`);
    let report;
    try {
        report = await work({
            projectDir: external_node_path_.resolve(io.cwd, str(args, 'project-dir') ?? '.'),
            sources,
            log: (line) => io.stderr(`${line}\n`),
        });
    }
    finally {
        await sources.close();
    }
    if (format === 'json')
        io.stdout((0,log_safe/* logSafeJson */.C5)(`${JSON.stringify(report, null, 2)}\n`));
    else
        printText(report, io);
    return report.errors.length ? 1 : 0;
}

;// CONCATENATED MODULE: ./lib/cli/flags.js




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
    return [...project, ...imageFlags, ...inclusionFlags, ...cacheFlags, ...helmCredentialFlags];
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
    const v = (str(p, 'output') ?? dflt);
    if (!formats.includes(v))
        throw new errors/* UsageError */.eb(`-o/--output must be one of ${formats.join(', ')}, got "${v}"`);
    return v;
}
/** Every file/dir flag is relative to the working directory, as in kluctl. */
function renderOptions(p, io) {
    const abs = (f) => external_node_path_.resolve(io.cwd, f);
    return {
        projectDir: abs(str(p, 'project-dir') ?? '.'),
        // Multi-target commands read -t themselves (see renderFlags).
        target: typeof p.values.target === 'string' ? p.values.target : undefined,
        targetNameOverride: str(p, 'target-name-override'),
        args: list(p, 'arg'),
        argsFiles: list(p, 'args-from-file').map(abs),
        discriminator: str(p, 'discriminator'),
        fixedImages: list(p, 'fixed-image'),
        fixedImagesFiles: list(p, 'fixed-images-file').map(abs),
        includeTags: list(p, 'include-tag'),
        excludeTags: list(p, 'exclude-tag'),
        includeDeploymentDirs: list(p, 'include-deployment-dir'),
        excludeDeploymentDirs: list(p, 'exclude-deployment-dir'),
        cwd: io.cwd,
        env: io.env,
        allowEnv: list(p, 'allow-env'),
        log: (line) => io.stderr(`${line}\n`),
        helmCredentials: helmCredentialOptions(p),
        updateImages: bool(p, 'update-images'),
        cacheDir: str(p, 'cache-dir') === undefined ? undefined : abs(str(p, 'cache-dir')),
    };
}

;// CONCATENATED MODULE: ./lib/cli/commands/prune.js




const removeFlags = [
    ...renderFlags(),
    ...accessFlags,
    yesFlag,
    dryRunFlag,
    { name: 'no-wait', kind: 'bool', help: "don't wait until deleted objects are gone" },
    outputFormatFlag,
    shortOutputFlag,
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
            const outputs = resultOutputs(list(args, 'output-format'), io);
            const confirm = confirmation(args, io, name, (p) => `Do you really want to delete ${p.summary.deleted} object(s)?`);
            const render = renderOptions(args, io);
            const run = name === 'prune' ? deploy/* pruneCommand */.En : deploy/* deleteCommand */.x3;
            const result = await run({
                render,
                access: clusterAccess(args, io),
                log: render.log,
                confirm,
                dryRun: bool(args, 'dry-run'),
                noWait: bool(args, 'no-wait'),
            });
            writeResult(result, outputs, io, { short: bool(args, 'short-output') });
            return resultExitCode(result);
        },
    };
}
const pruneCommand = removeCommand('prune', "Delete orphan objects: on the cluster with the target's discriminator, no longer rendered", [
    'Renders the target, lists the objects on the cluster carrying its discriminator and deletes',
    'those that are no longer rendered (the orphans deploy and diff report).',
]);

;// CONCATENATED MODULE: ./lib/cli/commands/delete.js

const deleteCommand = removeCommand('delete', 'Delete a target (or the parts -I/-E select) from its cluster', [
    "Deletes every object on the cluster carrying the target's discriminator, whether it is still",
    "rendered or not. -I/-E and the deployment-dir flags select by the objects' tags and item",
    'directory.',
]);

;// CONCATENATED MODULE: ./lib/cli/commands/deploy.js




const deployCommand = {
    name: 'deploy',
    summary: 'Deploy a target to its cluster (server-side apply, hooks, readiness, deletes)',
    details: [
        'Renders the target and applies every object with server-side apply (field manager',
        '"kluctl"), item by item as kluctl does: items in parallel, barriers wait for everything',
        'before them, deleteObjects and kluctl.io/delete objects are deleted, hooks run before and',
        'after their item, waitReadiness waits. Conflicts with other field managers are resolved',
        'as kluctl resolves them (a warning per field left to the other manager). Objects that',
        'would not change are not sent. Prints what changed, and the orphan objects.',
        '',
        'Without -y, a dry run shows what would change and asks first (needs a terminal).',
        'Exit codes: 0 done, 1 any object failed (the rest is still deployed unless',
        '--abort-on-error), 2 usage error.',
    ].join('\n'),
    flags: [
        ...renderFlags(),
        ...accessFlags,
        yesFlag,
        dryRunFlag,
        {
            name: 'abort-on-error',
            kind: 'bool',
            help: 'stop at the first error instead of deploying the rest',
        },
        {
            name: 'no-wait',
            kind: 'bool',
            help: "don't wait for readiness (objects, hooks) or deletions",
        },
        {
            name: 'readiness-timeout',
            kind: 'string',
            metavar: 'DURATION',
            help: 'how long to wait for each object to become ready (default 5m)',
        },
        {
            name: 'force-apply',
            kind: 'bool',
            help: 'on conflicts take every field over ("overwrite value, become sole manager")',
        },
        { name: 'replace-on-error', kind: 'bool', help: 'when applying an object fails, replace it' },
        {
            name: 'force-replace-on-error',
            kind: 'bool',
            help: 'as --replace-on-error, and when that fails, delete and re-create the object',
        },
        { name: 'prune', kind: 'bool', help: 'afterwards delete orphan objects (see prune)' },
        outputFormatFlag,
        shortOutputFlag,
    ],
    async run(args, io) {
        const outputs = resultOutputs(list(args, 'output-format'), io);
        const readinessTimeoutMs = durationFlag(args, 'readiness-timeout', 5 * 60_000);
        const confirm = confirmation(args, io, 'deploy', (p) => p.errors.length
            ? 'The diff resulted in errors, do you still want to proceed?'
            : 'The diff succeeded, do you want to proceed?');
        const render = renderOptions(args, io);
        const result = await (0,deploy/* deployCommand */.Jp)({
            render,
            access: clusterAccess(args, io),
            log: render.log,
            confirm,
            prune: bool(args, 'prune'),
            engine: {
                dryRun: bool(args, 'dry-run'),
                abortOnError: bool(args, 'abort-on-error'),
                noWait: bool(args, 'no-wait'),
                readinessTimeoutMs,
                forceApply: bool(args, 'force-apply'),
                replaceOnError: bool(args, 'replace-on-error'),
                forceReplaceOnError: bool(args, 'force-replace-on-error'),
            },
        });
        writeResult(result, outputs, io, { short: bool(args, 'short-output') });
        return resultExitCode(result);
    },
};

// EXTERNAL MODULE: ./lib/diff/index.js + 2 modules
var diff = __webpack_require__(77376);
;// CONCATENATED MODULE: ./lib/cli/commands/diff-cluster.js
/**
 * `shipshape diff` without --against-ref: what a deploy would change on the target's cluster
 * (every apply and delete dry-run), plus the orphan objects.
 */





const clusterDiffFlags = [
    ...accessFlags,
    {
        name: 'output-format',
        kind: 'list',
        metavar: 'FORMAT[=FILE]',
        help: 'against the cluster: text|json|yaml|markdown, on stdout or written to FILE (as -o)',
    },
    { name: 'short-output', kind: 'bool', help: 'text output: only the names of changed objects' },
    {
        name: 'force-apply',
        kind: 'bool',
        help: 'against the cluster: resolve conflicts by taking every field over',
    },
    {
        name: 'replace-on-error',
        kind: 'bool',
        help: 'against the cluster: try a replace when an apply fails',
    },
    {
        name: 'force-replace-on-error',
        kind: 'bool',
        help: 'against the cluster: as --replace-on-error, then delete and re-create',
    },
    { name: 'ignore-tags', kind: 'bool', help: 'ignore changes of kluctl.io/tag-N labels' },
    { name: 'ignore-labels', kind: 'bool', help: 'ignore changes of labels' },
    { name: 'ignore-annotations', kind: 'bool', help: 'ignore changes of annotations' },
];
/** Runs the cluster diff; returns the exit code (`changesExit` when something would change and --exit-code). */
async function runClusterDiff(args, io, changesExit) {
    const targets = list(args, 'target');
    if (targets.length > 1)
        throw new errors/* UsageError */.eb('a diff against the cluster compares one target at a time: pass a single -t (or --against-ref REF to compare with a git ref)');
    const outputs = resultOutputs([
        ...list(args, 'output-format'),
        ...(str(args, 'output') ? [str(args, 'output')] : []),
    ], io);
    const extra = [];
    if (bool(args, 'ignore-tags'))
        extra.push({ fieldPathRegex: ['metadata\\.labels\\["kluctl\\.io/tag-.*"\\]'] });
    if (bool(args, 'ignore-labels'))
        extra.push({ fieldPath: ['metadata.labels.*'] });
    if (bool(args, 'ignore-annotations'))
        extra.push({ fieldPath: ['metadata.annotations.*'] });
    const render = { ...renderOptions(args, io), target: targets[0] };
    const result = await (0,deploy/* diffCommand */.Ft)({
        render,
        access: clusterAccess(args, io),
        log: render.log,
        extraIgnoreForDiff: extra,
        engine: {
            forceApply: bool(args, 'force-apply'),
            replaceOnError: bool(args, 'replace-on-error'),
            forceReplaceOnError: bool(args, 'force-replace-on-error'),
        },
    });
    writeResult(result, outputs, io, { short: bool(args, 'short-output') });
    io.stderr((0,deploy/* resultChanged */.K6)(result) || result.summary.orphan
        ? `changes on the cluster: ${result.summary.new} new, ${result.summary.changed} changed, ${result.summary.deleted} deleted, ${result.summary.orphan} orphan\n`
        : 'no changes on the cluster\n');
    const code = resultExitCode(result);
    if (code)
        return code;
    return (0,deploy/* resultChanged */.K6)(result) && bool(args, 'exit-code') ? changesExit : 0;
}

;// CONCATENATED MODULE: ./lib/cli/commands/diff.js





const FORMATS = ['text', 'json', 'markdown'];
/** Exit code of `--exit-code` when something changed (like `git diff --exit-code`, but 3: 1 is failure). */
const EXIT_CHANGES = 3;
const diffCommand = {
    name: 'diff',
    summary: 'Show what a change does: compared with a git ref, or with the cluster',
    details: [
        'Renders the project in the working tree (head) and at --against-ref (base, in a temporary',
        'git worktree) for each target and lists the new, changed and deleted objects with their',
        'changed fields and a YAML diff. Secret values are masked; ignoreForDiff rules and the',
        'kluctl.io/ignore-diff* annotations of the head apply.',
        '',
        'Without -t every target of the project is compared. A line on stderr says whether',
        'anything changed. Exit codes: 0 done (changes or not), 1 failure, 2 usage error,',
        `${EXIT_CHANGES} changes found (only with --exit-code).`,
        '',
        'Without --against-ref, one target is compared with its cluster: every object is applied',
        'with a server-side dry run and the answer compared with the object on the cluster',
        '(normalised the same way; kluctl.io/diff-name picks the youngest object of that name),',
        'deleteObjects / kluctl.io/delete show as deleted, and objects on the cluster with the',
        "target's discriminator that are no longer rendered as orphans. -o takes text, json, yaml",
        'or markdown, optionally =FILE (repeat --output-format for several).',
    ].join('\n'),
    flags: [
        ...renderFlags('target to compare (default: every target)'),
        {
            name: 'against-ref',
            kind: 'string',
            metavar: 'REF',
            help: 'git branch, tag or commit to compare with (omitted: compare with the cluster)',
        },
        { ...outputFlag([...FORMATS, 'yaml'], 'text'), metavar: 'FORMAT[=FILE]' },
        {
            name: 'exit-code',
            kind: 'bool',
            help: `exit with ${EXIT_CHANGES} when anything changed`,
        },
        ...clusterDiffFlags,
    ],
    async run(args, io) {
        const baseRef = str(args, 'against-ref');
        if (!baseRef)
            return runClusterDiff(args, io, EXIT_CHANGES);
        const format = outputFormat(args, FORMATS, 'text');
        const { target: _, renderOutputDir: __, ...render } = renderOptions(args, io);
        const result = await (0,diff/* diffAgainstRef */.iz)({
            render,
            targets: list(args, 'target'),
            baseRef,
        });
        // The reports show the project's names and diffs: none of it may be a workflow command.
        io.stdout(format === 'json'
            ? (0,log_safe/* logSafeJson */.C5)((0,diff/* toStableJson */.t_)(result))
            : (0,log_safe/* logSafe */.sN)(format === 'text' ? (0,diff/* renderText */.S5)(result) : (0,diff/* renderMarkdown */.Gc)(result)));
        const changed = result.targets.filter((t) => (0,diff/* summaryHasChanges */.Sf)(t.summary));
        io.stderr(result.hasChanges
            ? `changes in ${changed.length} of ${result.targets.length} target(s)\n`
            : `no changes in ${result.targets.length} target(s)\n`);
        return result.hasChanges && bool(args, 'exit-code') ? EXIT_CHANGES : 0;
    },
};

// EXTERNAL MODULE: ./lib/helm/pull.js
var pull = __webpack_require__(35645);
;// CONCATENATED MODULE: ./lib/cli/commands/helm-pull.js





function printText(r, io) {
    const lines = [];
    for (const p of r.pulled)
        lines.push(`pulled ${p.chart} ${p.version} into ${p.dir}`);
    for (const p of r.removed)
        lines.push(`removed ${p.chart} ${p.version} (${p.dir}): no helm-chart.yaml uses it`);
    for (const s of r.skipped)
        lines.push(`skipped ${s.chart} (${s.file}): ${s.reason}`);
    for (const e of r.errors) {
        lines.push(`error ${e.chart ?? ''}${e.file ? ` ${e.file}${e.line ? `:${e.line}` : ''}` : ''}: ${e.error}`.replace('error  ', 'error '));
        if (e.hint)
            lines.push(`  hint: ${e.hint}`);
    }
    lines.push(`${r.pulled.length} pulled, ${r.upToDate.length} already pulled, ${r.removed.length} removed, ${r.skipped.length} skipped, ${r.errors.length} error${r.errors.length === 1 ? '' : 's'}`);
    io.stdout((0,log_safe/* logSafe */.sN)(`${lines.join('\n')}\n`));
}
const helmPullCommand = {
    name: 'helm-pull',
    summary: 'Pull every Helm chart of the project into .helm-charts (kluctl layout)',
    details: [
        'Finds every helm-chart.yaml (read without rendering, so it must be plain YAML), pulls each',
        'chart version into .helm-charts/<source>/<chart>/<version> as kluctl does, leaves versions',
        'already there alone and removes versions no helm-chart.yaml uses any more. Charts with',
        'skipPrePull: true and local charts (path) are skipped. No helm binary is needed.',
        'Credentials: KLUCTL_HELM_*, helm repo add, KLUCTL_REGISTRY_*, docker/helm registry login,',
        'and the flags above (see docs/helm.md).',
    ].join('\n'),
    flags: [
        {
            name: 'project-dir',
            kind: 'string',
            metavar: 'DIR',
            help: 'project root (holding .kluctl.yaml; default: current directory)',
        },
        { name: 'force', kind: 'bool', help: 'pull every version again, also those already pulled' },
        ...helmCredentialFlags,
        outputFlag(['text', 'json'], 'text'),
    ],
    run: (args, io) => runChartCommand(args, io, ({ projectDir, sources, log }) => (0,pull/* helmPull */.K$)({ projectDir, sources, force: bool(args, 'force'), log }), printText),
};

// EXTERNAL MODULE: ./lib/helm/update.js
var update = __webpack_require__(51119);
;// CONCATENATED MODULE: ./lib/cli/commands/helm-update.js





function helm_update_printText(r, io) {
    const where = (u) => `${u.file}${u.line ? `:${u.line}` : ''}`;
    const lines = [];
    for (const u of r.updates) {
        lines.push(`${r.upgrade ? 'updated' : 'update available'} ${u.chart} ${u.current} -> ${u.latest}  ${where(u)}${u.constraint ? `  [${u.constraint}]` : ''}`);
        lines.push(`  ${(0,update/* explanationText */.jY)(u)}`);
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
    io.stdout((0,log_safe/* logSafe */.sN)(`${lines.join('\n')}\n`));
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
        ...helmCredentialFlags,
        outputFlag(['text', 'json'], 'text'),
    ],
    run: (args, io) => runChartCommand(args, io, ({ projectDir, sources, log }) => (0,update/* helmUpdate */.Gu)({ projectDir, sources, upgrade: bool(args, 'upgrade'), log }), helm_update_printText),
};

// EXTERNAL MODULE: ./lib/images/bump.js + 2 modules
var bump = __webpack_require__(38355);
// EXTERNAL MODULE: ./lib/images/decide.js
var decide = __webpack_require__(40164);
// EXTERNAL MODULE: ./lib/registry/client.js + 2 modules
var client = __webpack_require__(31517);
// EXTERNAL MODULE: ./lib/helm/credentials.js
var helm_credentials = __webpack_require__(38782);
// EXTERNAL MODULE: ./lib/render/index.js + 68 modules
var render = __webpack_require__(19340);
;// CONCATENATED MODULE: ./lib/cli/commands/image-bump.js








const flags = [
    ...renderFlags('target to bump (default: every target of the project)'),
    { name: 'dry-run', kind: 'bool', help: 'only report what would change; write nothing' },
    { name: 'no-flux', kind: 'bool', help: 'ignore Flux v1 annotated workloads' },
    outputFlag(['text', 'json'], 'text'),
];
const where = (e) => e.file ? `${e.file}${e.line ? `:${e.line}` : ''}` : '';
function explain(x) {
    return `${(0,decide/* explanationParts */.a)(x).join('; ')}; picked ${x.pick}: ${x.why}`;
}
function image_bump_printText(report, dryRun, io) {
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
    io.stdout((0,log_safe/* logSafe */.sN)(`${lines.join('\n')}\n`));
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
        const format = outputFormat(args, ['text', 'json'], 'text');
        const dryRun = bool(args, 'dry-run');
        const base = renderOptions(args, io);
        const { renders, errors: renderErrors } = await (0,render/* renderImageUses */.mp)(base, list(args, 'target'));
        // --registry-* flags and Helm's registry config count for images too.
        const credentials = await (0,helm_credentials/* loadOciCredentials */.oF)(io.env, base.helmCredentials);
        for (const w of credentials.warnings)
            io.stderr(`warning: ${w}\n`);
        const registry = new client/* RegistryClient */.b({ credentials });
        let report;
        try {
            report = await (0,bump/* runImageBump */.x)({
                projectDir: base.projectDir,
                renders,
                registry,
                dryRun,
                flux: !bool(args, 'no-flux'),
                log: base.log,
            });
        }
        finally {
            await registry.close();
        }
        report.errors.unshift(...renderErrors);
        if (format === 'json')
            io.stdout((0,log_safe/* logSafeJson */.C5)(`${JSON.stringify({ dryRun, ...report }, null, 2)}\n`));
        else
            image_bump_printText(report, dryRun, io);
        return report.errors.length > 0 ? 1 : 0;
    },
};

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/sources/index.js + 1 modules
var sources = __webpack_require__(91200);
;// CONCATENATED MODULE: ./lib/cli/render-cluster.js
/**
 * render and list-images reach a cluster only when asked (--kubeconfig / --context): then
 * clusterConfigMap/clusterSecret vars sources are read and deployed images reused. Without,
 * they never contact one (a pull request's render must not), and such sources fail clearly.
 */




const renderClusterFlags = [
    ...accessFlags.map((f) => ({
        ...f,
        help: `${f.help}; with it, cluster vars sources are read and deployed images reused (otherwise no cluster is contacted)`,
    })),
];
function applyRenderCluster(opts, args, io) {
    const kubeconfig = str(args, 'kubeconfig');
    const context = str(args, 'context');
    if (bool(args, 'offline-kubernetes') || (!kubeconfig && !context))
        return;
    opts.cluster = (0,sources/* clusterConnector */.s)({
        kubeconfig: kubeconfig ? external_node_path_.resolve(io.cwd, kubeconfig) : undefined,
        context,
    });
}

;// CONCATENATED MODULE: ./lib/cli/commands/list-images.js









/** The formats other commands take with -o. */
const FORMAT_NAMES = ['yaml', 'json', 'text', 'markdown'];
/**
 * A fixed-images file that pins what the project uses, in kluctl's list-images format
 * (every field of an entry, empty namespace and container included; duplicates once).
 */
function imagesDocument(seen, simple) {
    const entries = seen.map((s) => simple
        ? { image: s.image, resultImage: s.resultImage }
        : {
            container: s.container,
            deployTags: [...s.tags],
            deployment: s.deployment,
            deploymentDir: s.deploymentDir,
            image: s.image,
            namespace: s.namespace,
            // kluctl leaves the empty group and namespace out of `object` (but prints
            // `namespace: ""` above).
            object: Object.fromEntries(Object.entries(s.object).filter(([, v]) => v !== '')),
            resultImage: s.resultImage,
            // Only for get_image() without a fixed image: what the registry and cluster said.
            ...(s.dynamic
                ? {
                    versionFilter: s.dynamic.versionFilter,
                    registryImage: s.dynamic.registryImage,
                    deployedImage: s.dynamic.deployedImage,
                    chosen: s.dynamic.chosen,
                    why: s.dynamic.why,
                }
                : {}),
        });
    const unique = new Map(entries.map((e) => [JSON.stringify(e), e]));
    const images = [...unique.values()].sort((a, b) => a.image < b.image ? -1 : a.image > b.image ? 1 : 0);
    return { images };
}
const listImagesCommand = {
    name: 'list-images',
    summary: 'List every images.get_image() use as a fixed-images file',
    details: "Every image must have a fixed version, as for render (kluctl fails the same way); the latest_version filters are image-bump's to use.",
    flags: [
        ...renderFlags(),
        { name: 'simple', kind: 'bool', help: 'only image and resultImage' },
        {
            name: 'offline-kubernetes',
            kind: 'bool',
            help: 'never contact a cluster (the default unless --kubeconfig or --context is given)',
        },
        ...renderClusterFlags,
        {
            name: 'output',
            short: 'o',
            kind: 'list',
            metavar: 'FILE',
            help: 'write to FILE instead of stdout',
        },
    ],
    async run(args, io) {
        const outputs = list(args, 'output');
        // kluctl's -o here is a file, while every other command takes a format with -o: a bare
        // format name is surely meant as one, and writing a file called `json` would be a
        // silent surprise.
        const format = outputs.find((f) => FORMAT_NAMES.includes(f));
        if (format !== undefined)
            throw new errors/* UsageError */.eb(`list-images writes YAML; -o/--output names the file to write it to, and "${format}" is a format name (to write a file of that name, pass -o ./${format})`);
        const opts = renderOptions(args, io);
        applyRenderCluster(opts, args, io);
        const result = await (0,render/* renderProject */.CX)(opts, { allowUnresolvedImages: false });
        const doc = imagesDocument(result.images, bool(args, 'simple'));
        // Files get the YAML as is; on stdout it must not carry workflow commands.
        if (outputs.length === 0)
            io.stdout((0,log_safe/* logSafeYaml */.NJ)(doc));
        else {
            const text = (0,dist.stringify)(doc, { aliasDuplicateObjects: false });
            for (const f of outputs)
                await (0,promises_.writeFile)(external_node_path_.resolve(io.cwd, f), text);
        }
        return 0;
    },
};

// EXTERNAL MODULE: ./lib/project/kluctl-project.js
var kluctl_project = __webpack_require__(84702);
;// CONCATENATED MODULE: ./lib/cli/commands/list-targets.js





const list_targets_FORMATS = ['text', 'json'];
const listTargetsCommand = {
    name: 'list-targets',
    summary: 'List the targets of .kluctl.yaml (for a GitHub Actions matrix: -o json)',
    details: [
        '-o json prints a JSON list of the names, e.g. ["prod","staging"], for',
        'matrix: { target: ${{ fromJSON(...) }} }. A project without targets lists none',
        '(text: nothing, json: []) and says so on stderr.',
    ].join('\n'),
    flags: [projectFlags.find((f) => f.name === 'project-dir'), outputFlag(list_targets_FORMATS, 'text')],
    async run(args, io) {
        const format = outputFormat(args, list_targets_FORMATS, 'text');
        const dir = external_node_path_.resolve(io.cwd, str(args, 'project-dir') ?? '.');
        // In the order of .kluctl.yaml, the order the other commands go through them.
        const names = (await (0,kluctl_project/* loadKluctlProject */.l)(dir)).targets.map((t) => t.name);
        // Target names are the project's: no workflow commands on stdout.
        if (format === 'json')
            io.stdout(`${(0,log_safe/* logSafeJson */.C5)(JSON.stringify(names))}\n`);
        else
            io.stdout(names.map((n) => `${(0,log_safe/* logSafe */.sN)(n)}\n`).join(''));
        if (names.length === 0)
            io.stderr('the project defines no targets\n');
        return 0;
    },
};

// EXTERNAL MODULE: ./lib/sources/oci.js + 1 modules
var oci = __webpack_require__(97308);
;// CONCATENATED MODULE: ./lib/cli/commands/oci.js








const ociCommand = {
    name: 'oci',
    summary: 'oci push: push the project as an OCI artifact that kluctl and shipshape can include',
    details: [
        'Usage: shipshape oci push --url oci://REGISTRY/REPOSITORY[:TAG] [--project-dir DIR]',
        '',
        'Packs the project directory the way `kluctl oci push` does (every file and directory except',
        ".git and what .gitignore files exclude, no symbolic links) and pushes it in kluctl's artifact",
        'format (config application/vnd.io.kluctl.config.v1+json, content',
        'application/vnd.io.kluctl.content.v1.tar+gzip). Include it with `oci: {url, ref: {tag|digest}}`.',
        'Credentials: KLUCTL_REGISTRY_* variables, --registry-* flags, docker login.',
    ].join('\n'),
    flags: [
        {
            name: 'project-dir',
            kind: 'string',
            metavar: 'DIR',
            help: 'project directory (default: current directory)',
        },
        {
            name: 'url',
            kind: 'string',
            metavar: 'oci://REGISTRY/REPOSITORY[:TAG]',
            help: 'where to push (required; tag default latest)',
        },
        {
            name: 'annotation',
            kind: 'list',
            metavar: 'KEY=VALUE',
            help: 'an OCI annotation for the manifest',
        },
        {
            name: 'output',
            short: 'o',
            kind: 'string',
            metavar: 'json|yaml',
            help: 'print url, repository, tag and digest in this format',
        },
        ...helmCredentialFlags.filter((f) => f.name.startsWith('registry-')),
    ],
    async run(args, io) {
        const [sub, ...rest] = args.positionals;
        if (sub !== 'push' || rest.length)
            throw new errors/* UsageError */.eb('the oci command has one subcommand: oci push --url oci://…');
        const url = str(args, 'url');
        if (!url)
            throw new errors/* UsageError */.eb('oci push needs --url oci://REGISTRY/REPOSITORY[:TAG]');
        const output = str(args, 'output');
        if (output !== undefined && output !== 'json' && output !== 'yaml')
            throw new errors/* UsageError */.eb(`-o/--output must be json or yaml, got "${output}"`);
        const annotations = {};
        for (const a of list(args, 'annotation')) {
            const kv = a.split('=');
            if (kv.length !== 2)
                throw new errors/* UsageError */.eb(`invalid annotation ${a}, must be in the format key=value`);
            annotations[kv[0]] = kv[1];
        }
        const dir = external_node_path_.resolve(io.cwd, str(args, 'project-dir') ?? '.');
        const credentials = await (0,helm_credentials/* loadOciCredentials */.oF)(io.env, helmCredentialOptions(args));
        const registry = new client/* RegistryClient */.b({ credentials, env: io.env });
        try {
            const result = await (0,oci/* pushArtifact */.Xi)(registry, url, dir, { annotations, env: io.env });
            if (output === 'json')
                io.stdout((0,log_safe/* logSafeJson */.C5)(`${JSON.stringify(result, null, 2)}\n`));
            else if (output === 'yaml')
                io.stdout((0,log_safe/* logSafeYaml */.NJ)(result));
            else
                io.stderr(`artifact successfully pushed to ${result.url}\n`);
            if (!output)
                io.stdout(`${result.url}\n`);
        }
        finally {
            await registry.close();
        }
        return 0;
    },
};

;// CONCATENATED MODULE: ./lib/cli/commands/render.js






const renderCommand = {
    name: 'render',
    summary: 'Render a target into a directory, or print all objects',
    details: [
        'Without --print-all or -o json, the render directory is kept and its path printed.',
        'The render directory holds each item rendered, its kustomization and .rendered.yml.',
    ].join('\n'),
    flags: [
        ...renderFlags(),
        { name: 'print-all', kind: 'bool', help: 'print all objects as multi-document YAML on stdout' },
        {
            name: 'render-output-dir',
            kind: 'string',
            metavar: 'DIR',
            help: 'write the render directory here (replaced only when rendering succeeds)',
        },
        outputFlag(['yaml', 'json'], 'yaml'),
        {
            name: 'render-output-secrets',
            kind: 'bool',
            help: 'keep decrypted SOPS values and Secrets from the cluster in --render-output-dir (default: replaced by ***)',
        },
        {
            name: 'offline-kubernetes',
            kind: 'bool',
            help: 'never contact a cluster (the default unless --kubeconfig or --context is given)',
        },
        ...renderClusterFlags,
        {
            name: 'kubernetes-version',
            kind: 'string',
            metavar: 'VERSION',
            help: 'the Kubernetes version Helm charts see as .Capabilities.KubeVersion (default v1.20.0, as kluctl offline)',
        },
    ],
    async run(args, io) {
        const format = outputFormat(args, ['yaml', 'json'], 'yaml');
        const printAll = bool(args, 'print-all');
        const opts = renderOptions(args, io);
        applyRenderCluster(opts, args, io);
        opts.renderOutputSecrets = bool(args, 'render-output-secrets');
        opts.kubernetesVersion = str(args, 'kubernetes-version');
        const outputDir = str(args, 'render-output-dir');
        if (outputDir)
            opts.renderOutputDir = external_node_path_.resolve(io.cwd, outputDir);
        const result = await (0,render/* renderProject */.CX)(opts, { keepRenderDir: !printAll && format !== 'json' });
        if (format === 'json') {
            const { items, images, target } = result;
            io.stdout((0,log_safe/* logSafeJson */.C5)(`${JSON.stringify({ target, items, images: images.map(({ fixedImage: _, ...i }) => i) }, null, 2)}\n`));
        }
        else if (printAll) {
            io.stdout(result.objects.map((o) => `---\n${(0,log_safe/* logSafeYaml */.NJ)(o, { lineWidth: 0 })}`).join(''));
        }
        else {
            io.stderr(`rendered into ${result.renderDir}\n`);
            io.stdout(`${result.renderDir}\n`);
        }
        return 0;
    },
};

;// CONCATENATED MODULE: ./lib/cli/commands/validate.js




const validateCommand = {
    name: 'validate',
    summary: 'Check that every rendered object is on the cluster and ready',
    details: [
        'Readiness per kind as kluctl defines it (Deployments, StatefulSets, DaemonSets, Jobs, Pods,',
        'PVCs, LoadBalancer Services, CRDs, APIServices, a Ready condition), with kluctl.io/is-ready',
        'and kluctl.io/validate-ignore; validate-result.kluctl.io/* annotations are reported.',
        'Objects marked kluctl.io/delete must be gone. Exit code 1 when not ready.',
    ].join('\n'),
    flags: [
        ...renderFlags(),
        ...accessFlags,
        {
            name: 'wait',
            kind: 'string',
            metavar: 'DURATION',
            help: 'keep validating for this long until everything is ready',
        },
        {
            name: 'sleep',
            kind: 'string',
            metavar: 'DURATION',
            help: 'time between validation attempts (default 5s)',
        },
        { name: 'warnings-as-errors', kind: 'bool', help: 'warnings make validation fail' },
        outputFormatFlag,
    ],
    async run(args, io) {
        const outputs = resultOutputs(list(args, 'output-format'), io);
        const waitMs = durationFlag(args, 'wait', 0);
        const sleepMs = durationFlag(args, 'sleep', 5000);
        const render = renderOptions(args, io);
        const result = await (0,deploy/* validateCommand */.Md)({
            render,
            access: clusterAccess(args, io),
            log: render.log,
            waitMs,
            sleepMs,
            warningsAsErrors: bool(args, 'warnings-as-errors'),
        });
        writeResult(result, outputs, io);
        return resultExitCode(result);
    },
};

;// CONCATENATED MODULE: ./lib/cli/commands/index.js












/** Every CLI command, in the order `shipshape --help` lists them. */
const commands = [
    renderCommand,
    diffCommand,
    listImagesCommand,
    listTargetsCommand,
    imageBumpCommand,
    helmPullCommand,
    helmUpdateCommand,
    deployCommand,
    pruneCommand,
    deleteCommand,
    validateCommand,
    ociCommand,
];

// EXTERNAL MODULE: external "node:readline/promises"
var external_node_readline_promises_ = __webpack_require__(26848);
;// CONCATENATED MODULE: ./lib/cli/io.js

async function askOnTerminal(question) {
    const rl = (0,external_node_readline_promises_.createInterface)({ input: process.stdin, output: process.stderr });
    try {
        for (;;) {
            const answer = (await rl.question(`${question} (y/N) `)).trim().toLowerCase();
            if (['y', 'yes'].includes(answer))
                return true;
            if (['', 'n', 'no'].includes(answer))
                return false;
            process.stderr.write('Please type yes or no and then press enter!\n');
        }
    }
    finally {
        rl.close();
    }
}
const processIo = () => ({
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    confirm: process.stdin.isTTY ? askOnTerminal : undefined,
});

// EXTERNAL MODULE: ./lib/util/sensitive.js
var sensitive = __webpack_require__(33928);
;// CONCATENATED MODULE: ./lib/version.js
/** Kept in step with package.json by the release process (checked by a test). */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./lib/cli/main.js







function usage() {
    const width = Math.max(...commands.map((c) => c.name.length)) + 2;
    return [
        'Usage: shipshape <command> [flags]',
        '',
        'Runs kluctl deployment projects: render, diff, deploy, bump images and Helm charts.',
        '',
        'Commands:',
        ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
        '',
        'Run "shipshape <command> --help" for the flags of a command.',
        '',
    ].join('\n');
}
function commandHelp(c) {
    return `Usage: shipshape ${c.name} [flags]\n\n${c.summary}\n\nFlags:\n${formatFlags(c.flags)}\n${c.details ? `\n${c.details}\n` : ''}`;
}
/**
 * Runs one CLI invocation and returns its exit code (0 ok, 1 failure, 2 usage). Everything
 * on stderr (progress, warnings, errors) carries names and messages from the project or a
 * registry, so it goes through logSafe: in a GitHub Actions step none of it is a command.
 */
async function main(argv, given = processIo()) {
    const io = { ...given, stderr: (text) => given.stderr((0,log_safe/* logSafe */.sN)(text)) };
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(usage());
        return name ? 0 : 2;
    }
    if (name === '--version' || name === 'version') {
        io.stdout(`shipshape ${VERSION}\n`);
        return 0;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) {
        io.stderr(`error: unknown command "${name}"\n\n${usage()}`);
        return 2;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        io.stdout(commandHelp(command));
        return 0;
    }
    try {
        return await command.run(parseArgs(rest, command.flags, io.env), io);
    }
    catch (err) {
        if (err instanceof errors/* UsageError */.eb) {
            io.stderr(`error: ${err.message}\nRun "shipshape ${name} --help" for usage.\n`);
            return 2;
        }
        // decrypted values and Secrets read while rendering never reach an error message
        io.stderr(`error: ${(0,sensitive/* redactSensitive */.Qr)((0,errors/* formatError */.Wk)(err, io.cwd))}\n`);
        if (!(err instanceof errors/* UserError */.yo) && err instanceof Error && io.env.SHIPSHAPE_DEBUG)
            io.stderr(`${err.stack}\n`);
        return 1;
    }
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
// EXTERNAL MODULE: ./lib/render/index.js + 68 modules
var render = __webpack_require__(19340);
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
    const root = realpath(await (0,git_worktree/* repoRoot */.jv)(env, headDir));
    const commit = await (0,git_worktree/* resolveCommit */.WL)(env, root, opts.baseRef);
    const headProject = await onSide('head', () => (0,kluctl_project/* loadKluctlProject */.l)(headDir));
    const targets = (0,target/* chooseTargets */.u)(headProject, opts.targets ?? []).map((t) => t ?? null);
    // Base and head share the cache: an item the pull request did not change renders once.
    const cache = opts.render.cache ?? (0,render/* openRenderCache */.Re)(opts.render, true);
    try {
        return await (0,git_worktree/* withWorktree */._u)(env, root, commit, (tree) => diffInWorktree(opts, { headDir, root, commit, targets, tree, cache, log }));
    }
    finally {
        if (!opts.render.cache)
            await cache?.close();
    }
}
async function diffInWorktree(opts, run) {
    const { headDir, root, commit, targets, tree, cache, log } = run;
    const base = { ref: opts.baseRef, tree };
    // Where a path of the head checkout is in the base checkout.
    const toBase = (p) => {
        const real = realpath(p);
        return (0,paths/* isInside */.FK)(root, real) ? external_node_path_.join(tree, external_node_path_.relative(root, real)) : p;
    };
    const baseDir = toBase(headDir);
    const baseProject = (0,paths/* isDirectory */.wd)(baseDir)
        ? await onSide('base', () => (0,kluctl_project/* loadKluctlProject */.l)(baseDir), base)
        : undefined;
    const baseCwd = opts.render.cwd && toBase(opts.render.cwd);
    const results = [];
    for (const target of targets) {
        const started = Date.now();
        const label = target ?? 'project';
        const side = baseSideOf(baseProject, target, base.ref);
        log(`${label}: rendering ${side.render ? `base (${base.ref}) and ` : ''}head`);
        const logAs = (s) => (line) => log(`${label} [${s}] ${line}`);
        const headOpts = {
            ...opts.render,
            projectDir: headDir,
            target: target ?? undefined,
            log: logAs('head'),
            cache,
        };
        const baseOpts = {
            ...headOpts,
            projectDir: baseDir,
            argsFiles: opts.render.argsFiles?.map(toBase),
            fixedImagesFiles: opts.render.fixedImagesFiles?.map(toBase),
            cwd: baseCwd && (0,paths/* isDirectory */.wd)(baseCwd) ? baseCwd : opts.render.cwd,
            log: logAs('base'),
        };
        // One after the other: the second finds what the first built in the cache, and each
        // keeps every core busy on its own.
        const baseRender = await settled(side.render ? (0,render/* renderProject */.CX)(baseOpts) : Promise.resolve(undefined));
        const headRender = await settled((0,render/* renderProject */.CX)(headOpts));
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
        base: { ref: base.ref, commit },
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
