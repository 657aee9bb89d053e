export const id = 707;
export const ids = [707];
export const modules = {

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

/***/ 63707:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRender: () => (/* binding */ runRender)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(86120);
/* harmony import */ var _runner_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1926);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38815);
/* harmony import */ var _render_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1206);
/* harmony import */ var _util_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46607);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(39922);
/* harmony import */ var _render_inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(16545);










/** `command: render`: renders one target and writes all objects to a YAML file. */
async function runRender(workspace) {
    const target = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .optionalInput */ .$m)('target');
    const result = await _actions_core__WEBPACK_IMPORTED_MODULE_9__/* .group */ .Os(`render ${target ?? 'project'}`, () => (0,_render_index_js__WEBPACK_IMPORTED_MODULE_5__/* .renderProject */ .CX)({ ...(0,_render_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .renderInputs */ .E)(workspace), target }));
    const file = node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(workspace, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .optionalInput */ .$m)('output-file') ??
        node_path__WEBPACK_IMPORTED_MODULE_3__.join(process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), `shipshape-render-${target ?? 'default'}.yaml`));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(file, result.objects.map((o) => `---\n${(0,yaml__WEBPACK_IMPORTED_MODULE_4__.stringify)(o, { lineWidth: 0 })}`).join(''));
    _actions_core__WEBPACK_IMPORTED_MODULE_9__/* .setOutput */ .uH('objects-file', file);
    _actions_core__WEBPACK_IMPORTED_MODULE_9__/* .setOutput */ .uH('object-count', String(result.objects.length));
    // Target, item directories and tags are the project's: markdown through util/markdown
    // (core.summary's helpers put text into HTML as it is).
    const rows = result.items
        .filter((i) => i.dir !== undefined)
        .map((i) => `| ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .cell */ .Hn)((0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY)(i.dir))} | ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .cell */ .Hn)(i.tags.map(_util_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY).join(', '))} | ${i.objects.length} |`);
    await (0,_runner_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .writeSummary */ .Sy)([
        [
            `### shipshape render${target ? `: ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY)(target)}` : ''}`,
            '',
            '| item | tags | objects |',
            '|---|---|--:|',
            ...rows,
            '',
            `${result.objects.length} objects written to ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY)(node_path__WEBPACK_IMPORTED_MODULE_3__.relative(workspace, file) || file)}`,
            '',
        ].join('\n'),
    ]);
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
