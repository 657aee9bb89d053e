export const id = 789;
export const ids = [789];
export const modules = {

/***/ 92453:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ parseArgs),
/* harmony export */   dg: () => (/* binding */ formatFlags),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   p_: () => (/* binding */ list)
/* harmony export */ });
/* unused harmony export envName */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99661);

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
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${flag} takes no value (or =true/=false), got "${value}"`);
            }
            values[spec.name] = value !== 'false';
            return;
        }
        if (value === undefined)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${flag} needs a value`);
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
                const guess = (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .nearest */ .pA)(name, [...byName.keys()]);
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unknown flag ${flag}${guess ? ` (did you mean --${guess}?)` : ''}`);
            }
        }
        else if (arg.startsWith('-') && arg.length > 1) {
            flag = arg.slice(0, 2);
            spec = byShort.get(arg.slice(1, 2));
            if (!spec)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unknown flag ${flag}`);
            if (arg.length > 2)
                inline = arg[2] === '=' ? arg.slice(3) : arg.slice(2);
        }
        else {
            positionals.push(arg);
            continue;
        }
        if (spec.kind !== 'bool' && inline === undefined) {
            if (i + 1 >= argv.length)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${flag} needs a value`);
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


/***/ }),

/***/ 99789:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./lib/cli/args.js
var args = __webpack_require__(92453);
;// CONCATENATED MODULE: ./lib/cli/commands/index.js
/**
 * Every CLI command by name, in the order `shipshape --help` lists them. Each is loaded on
 * first use, so that running one command does not load the code of the others (see
 * bench/action-cold-start.ts).
 */
const loaders = {
    render: async () => (await Promise.all(/* import() */[__webpack_require__.e(404), __webpack_require__.e(959), __webpack_require__.e(645), __webpack_require__.e(308), __webpack_require__.e(206), __webpack_require__.e(212), __webpack_require__.e(375)]).then(__webpack_require__.bind(__webpack_require__, 7375))).renderCommand,
    diff: async () => (await Promise.all(/* import() */[__webpack_require__.e(404), __webpack_require__.e(959), __webpack_require__.e(645), __webpack_require__.e(308), __webpack_require__.e(206), __webpack_require__.e(949), __webpack_require__.e(525), __webpack_require__.e(834)]).then(__webpack_require__.bind(__webpack_require__, 52782))).diffCommand,
    'list-images': async () => (await Promise.all(/* import() */[__webpack_require__.e(404), __webpack_require__.e(959), __webpack_require__.e(645), __webpack_require__.e(308), __webpack_require__.e(206), __webpack_require__.e(212), __webpack_require__.e(576)]).then(__webpack_require__.bind(__webpack_require__, 29576))).listImagesCommand,
    'list-targets': async () => (await Promise.all(/* import() */[__webpack_require__.e(959), __webpack_require__.e(587)]).then(__webpack_require__.bind(__webpack_require__, 41554))).listTargetsCommand,
    'image-bump': async () => (await Promise.all(/* import() */[__webpack_require__.e(404), __webpack_require__.e(88), __webpack_require__.e(959), __webpack_require__.e(645), __webpack_require__.e(308), __webpack_require__.e(206), __webpack_require__.e(413)]).then(__webpack_require__.bind(__webpack_require__, 22765))).imageBumpCommand,
    'helm-pull': async () => (await Promise.all(/* import() */[__webpack_require__.e(959), __webpack_require__.e(645), __webpack_require__.e(250)]).then(__webpack_require__.bind(__webpack_require__, 92961))).helmPullCommand,
    'helm-update': async () => (await Promise.all(/* import() */[__webpack_require__.e(959), __webpack_require__.e(645), __webpack_require__.e(731)]).then(__webpack_require__.bind(__webpack_require__, 12731))).helmUpdateCommand,
    deploy: async () => (await Promise.all(/* import() */[__webpack_require__.e(404), __webpack_require__.e(959), __webpack_require__.e(645), __webpack_require__.e(308), __webpack_require__.e(206), __webpack_require__.e(949), __webpack_require__.e(525), __webpack_require__.e(281)]).then(__webpack_require__.bind(__webpack_require__, 54462))).deployCommand,
    prune: async () => (await Promise.all(/* import() */[__webpack_require__.e(404), __webpack_require__.e(959), __webpack_require__.e(645), __webpack_require__.e(308), __webpack_require__.e(206), __webpack_require__.e(949), __webpack_require__.e(525), __webpack_require__.e(428)]).then(__webpack_require__.bind(__webpack_require__, 40205))).pruneCommand,
    delete: async () => (await Promise.all(/* import() */[__webpack_require__.e(404), __webpack_require__.e(959), __webpack_require__.e(645), __webpack_require__.e(308), __webpack_require__.e(206), __webpack_require__.e(949), __webpack_require__.e(525), __webpack_require__.e(149)]).then(__webpack_require__.bind(__webpack_require__, 80466))).deleteCommand,
    validate: async () => (await Promise.all(/* import() */[__webpack_require__.e(404), __webpack_require__.e(959), __webpack_require__.e(645), __webpack_require__.e(308), __webpack_require__.e(206), __webpack_require__.e(949), __webpack_require__.e(525), __webpack_require__.e(530)]).then(__webpack_require__.bind(__webpack_require__, 20295))).validateCommand,
    oci: async () => (await Promise.all(/* import() */[__webpack_require__.e(959), __webpack_require__.e(308), __webpack_require__.e(337)]).then(__webpack_require__.bind(__webpack_require__, 65760))).ociCommand,
};
/** The command called `name`, or undefined when there is none. */
async function loadCommand(name) {
    return Object.hasOwn(loaders, name) ? loaders[name]() : undefined;
}
/** Every command, in the order of the help. */
function loadCommands() {
    return Promise.all(Object.values(loaders).map((load) => load()));
}

// EXTERNAL MODULE: external "node:readline/promises"
var promises_ = __webpack_require__(26848);
;// CONCATENATED MODULE: ./lib/cli/io.js

async function askOnTerminal(question) {
    const rl = (0,promises_.createInterface)({ input: process.stdin, output: process.stderr });
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

// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/util/log-safe.js
var log_safe = __webpack_require__(43446);
// EXTERNAL MODULE: ./lib/util/sensitive.js
var sensitive = __webpack_require__(33928);
;// CONCATENATED MODULE: ./lib/version.js
/** Kept in step with package.json by the release process (checked by a test). */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./lib/cli/main.js







async function usage() {
    const commands = await loadCommands();
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
    return `Usage: shipshape ${c.name} [flags]\n\n${c.summary}\n\nFlags:\n${(0,args/* formatFlags */.dg)(c.flags)}\n${c.details ? `\n${c.details}\n` : ''}`;
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
        io.stdout(await usage());
        return name ? 0 : 2;
    }
    if (name === '--version' || name === 'version') {
        io.stdout(`shipshape ${VERSION}\n`);
        return 0;
    }
    const command = await loadCommand(name);
    if (!command) {
        io.stderr(`error: unknown command "${name}"\n\n${await usage()}`);
        return 2;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        io.stdout(commandHelp(command));
        return 0;
    }
    try {
        return await command.run((0,args/* parseArgs */.Zy)(rest, command.flags, io.env), io);
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
