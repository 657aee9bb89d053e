export const id = 634;
export const ids = [634];
export const modules = {

/***/ 56112:
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

// EXTERNAL MODULE: ./lib/diff/index.js + 15 modules
var diff = __webpack_require__(3529);
// EXTERNAL MODULE: ./lib/util/log-safe.js
var log_safe = __webpack_require__(43446);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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
    return [...project, ...imageFlags, ...inclusionFlags];
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
    };
}

;// CONCATENATED MODULE: ./lib/cli/commands/diff.js





const FORMATS = ['text', 'json', 'markdown'];
/** Exit code of `--exit-code` when something changed (like `git diff --exit-code`, but 3: 1 is failure). */
const EXIT_CHANGES = 3;
const diffCommand = {
    name: 'diff',
    summary: 'Show what a change does to the rendered objects, compared with a git ref',
    details: [
        'Renders the project in the working tree (head) and at --against-ref (base, in a temporary',
        'git worktree) for each target and lists the new, changed and deleted objects with their',
        'changed fields and a YAML diff. Secret values are masked; ignoreForDiff rules and the',
        'kluctl.io/ignore-diff* annotations of the head apply.',
        '',
        'Without -t every target of the project is compared. A line on stderr says whether',
        'anything changed. Exit codes: 0 done (changes or not), 1 failure, 2 usage error,',
        `${EXIT_CHANGES} changes found (only with --exit-code).`,
    ].join('\n'),
    flags: [
        ...renderFlags('target to compare (default: every target)'),
        {
            name: 'against-ref',
            kind: 'string',
            metavar: 'REF',
            help: 'git branch, tag or commit to compare with (required)',
        },
        outputFlag(FORMATS, 'text'),
        {
            name: 'exit-code',
            kind: 'bool',
            help: `exit with ${EXIT_CHANGES} when anything changed`,
        },
    ],
    async run(args, io) {
        const format = outputFormat(args, FORMATS, 'text');
        const baseRef = str(args, 'against-ref');
        if (!baseRef)
            throw new errors/* UsageError */.eb('--against-ref REF is required (the branch, tag or commit to compare with)');
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

// EXTERNAL MODULE: ./lib/images/bump.js + 6 modules
var bump = __webpack_require__(79248);
// EXTERNAL MODULE: ./lib/images/decide.js
var decide = __webpack_require__(40164);
// EXTERNAL MODULE: ./lib/registry/client.js + 3 modules
var client = __webpack_require__(43043);
// EXTERNAL MODULE: ./lib/registry/credentials.js + 2 modules
var registry_credentials = __webpack_require__(54620);
// EXTERNAL MODULE: ./lib/render/index.js + 48 modules
var render = __webpack_require__(81431);
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
        const { renders, errors: renderErrors } = await (0,render/* renderImageUses */.m)(base, list(args, 'target'));
        const credentials = await registry_credentials/* RegistryCredentials */.U.load(io.env);
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
            printText(report, dryRun, io);
        return report.errors.length > 0 ? 1 : 0;
    },
};

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./lib/cli/commands/list-images.js








/** The formats other commands take with -o. */
const FORMAT_NAMES = ['yaml', 'json', 'text', 'markdown'];
/** A fixed-images file that pins what the project uses (kluctl's list-images format). */
function imagesDocument(seen, simple) {
    const entries = seen.map((s) => simple
        ? { image: s.image, resultImage: s.resultImage }
        : {
            image: s.image,
            resultImage: s.resultImage,
            latestVersion: s.latestVersion,
            namespace: s.namespace || undefined,
            deployment: s.deployment,
            container: s.container || undefined,
            deploymentDir: s.deploymentDir,
            deployTags: s.tags,
        });
    const unique = new Map(entries.map((e) => [JSON.stringify(e), e]));
    const images = [...unique.values()].sort((a, b) => a.image < b.image ? -1 : a.image > b.image ? 1 : 0);
    return {
        images: images.map((e) => Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined))),
    };
}
const listImagesCommand = {
    name: 'list-images',
    summary: 'List every images.get_image() use as a fixed-images file',
    details: 'Images without a fixed version are listed without resultImage and reported on stderr.',
    flags: [
        ...renderFlags(),
        { name: 'simple', kind: 'bool', help: 'only image and resultImage' },
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
        const result = await (0,render/* renderProject */.C)(renderOptions(args, io), { allowUnresolvedImages: true });
        const doc = imagesDocument(result.images, bool(args, 'simple'));
        const unresolved = [
            ...new Set(result.images.filter((i) => !i.resultImage).map((i) => i.image)),
        ];
        if (unresolved.length)
            io.stderr(`warning: no fixed version for ${unresolved.join(', ')}\n`);
        // Files get the YAML as is; on stdout it must not carry workflow commands.
        if (outputs.length === 0)
            io.stdout((0,log_safe/* logSafeYaml */.NJ)(doc));
        else {
            const text = (0,dist.stringify)(doc);
            for (const f of outputs)
                await (0,promises_.writeFile)(external_node_path_.resolve(io.cwd, f), text);
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
            name: 'offline-kubernetes',
            kind: 'bool',
            help: 'accepted for kluctl compatibility; rendering never contacts a cluster',
        },
    ],
    async run(args, io) {
        const format = outputFormat(args, ['yaml', 'json'], 'yaml');
        const printAll = bool(args, 'print-all');
        const opts = renderOptions(args, io);
        const outputDir = str(args, 'render-output-dir');
        if (outputDir)
            opts.renderOutputDir = external_node_path_.resolve(io.cwd, outputDir);
        const result = await (0,render/* renderProject */.C)(opts, { keepRenderDir: !printAll && format !== 'json' });
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

;// CONCATENATED MODULE: ./lib/cli/commands/index.js




/** Every CLI command, in the order `shipshape --help` lists them. */
const commands = [
    renderCommand,
    diffCommand,
    listImagesCommand,
    imageBumpCommand,
];

;// CONCATENATED MODULE: ./lib/cli/io.js
const processIo = () => ({
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
});

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
        io.stderr(`error: ${(0,errors/* formatError */.Wk)(err, io.cwd)}\n`);
        if (!(err instanceof errors/* UserError */.yo) && err instanceof Error && io.env.SHIPSHAPE_DEBUG)
            io.stderr(`${err.stack}\n`);
        return 1;
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


/***/ })

};
