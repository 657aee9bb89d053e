export const id = 660;
export const ids = [660];
export const modules = {

/***/ 64660:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runListTargets: () => (/* binding */ runListTargets)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86120);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _project_kluctl_project_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84702);
/* harmony import */ var _util_log_safe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43446);




/**
 * `command: list-targets`: the project's targets as a JSON list (output `targets`), for a
 * `matrix` that diffs or deploys each target in a job of its own.
 */
async function runListTargets(workspace) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(workspace, _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .getInput */ .V4('project-dir') || '.');
    const names = (await (0,_project_kluctl_project_js__WEBPACK_IMPORTED_MODULE_1__/* .loadKluctlProject */ .l)(dir)).targets.map((t) => t.name);
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('targets', JSON.stringify(names));
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('count', String(names.length));
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(names.length
        ? (0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_2__/* .logSafe */ .sN)(`${names.length} target(s): ${names.join(', ')}`)
        : 'The project defines no targets: the list is empty.');
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


/***/ })

};
