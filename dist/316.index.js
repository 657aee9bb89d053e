export const id = 316;
export const ids = [316];
export const modules = {

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
        doc = await (0,_util_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .readYamlFile */ .kv)(file);
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
    const doc = await (0,_util_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .readYamlFile */ .kv)(file);
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
            discriminator: o.discriminator ?? root.discriminator,
            values: o,
        };
    });
    return { dir, file, discriminator: root.discriminator, targets, args };
}


/***/ }),

/***/ 4813:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* reexport safe */ _util_project_boundary_js__WEBPACK_IMPORTED_MODULE_2__.FK),
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   nz: () => (/* binding */ findInSearchDirs),
/* harmony export */   wd: () => (/* binding */ isDirectory)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _util_project_boundary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93948);



/**
 * A path from a project file (path, include, vars file): resolved against `baseDir` and
 * checked, as written and through symlinks, against the project's boundary.
 */
function resolveInside(boundary, baseDir, rel, what, loc) {
    return boundary.check(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(baseDir, rel), what, loc, rel);
}
function isDirectory(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * kluctl's template search: the first of `searchDirs` holding `name`. A candidate that
 * exists but leads outside the boundary is an error, not a miss, so a link cannot make a
 * later directory's file win silently.
 */
function findInSearchDirs(boundary, searchDirs, name, what, loc) {
    for (const dir of searchDirs) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir, name);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
            continue;
        boundary.check(candidate, what, loc);
        if (boundary.isFile(candidate))
            return candidate;
    }
    return undefined;
}


/***/ }),

/***/ 58828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ chooseTargets),
  b: () => (/* binding */ resolveTarget)
});

// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/util/merge.js
var merge = __webpack_require__(45536);
// EXTERNAL MODULE: ./lib/images/fixed-images.js
var fixed_images = __webpack_require__(28235);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/util/yaml.js
var yaml = __webpack_require__(9925);
;// CONCATENATED MODULE: ./lib/project/args.js





const ARG_PATTERN = /^[a-zA-Z0-9_./-]*=/;
/**
 * `-a name=value`: the value is YAML (`-a d=true` is a boolean, `-a "e='true'"` a string),
 * `a.b=v` sets a nested value, `@file` reads the value from a file and `\@` escapes it.
 */
async function parseArgFlags(flags, cwd) {
    let out = {};
    for (const flag of flags) {
        if (!ARG_PATTERN.test(flag))
            throw new errors/* UsageError */.eb(`-a/--arg must be NAME=VALUE, got "${flag}"`);
        const eq = flag.indexOf('=');
        const name = flag.slice(0, eq);
        let raw = flag.slice(eq + 1);
        if (raw.startsWith('@')) {
            const file = new URL(raw.slice(1), `file://${cwd}/`).pathname;
            try {
                raw = await (0,promises_.readFile)(file, 'utf8');
            }
            catch {
                throw new errors/* UsageError */.eb(`-a ${name}: cannot read ${raw.slice(1)}`);
            }
        }
        else if (raw.startsWith('\\@')) {
            raw = raw.slice(1);
        }
        let value;
        try {
            value = (0,dist.parse)(raw);
        }
        catch (err) {
            throw new errors/* UsageError */.eb(`-a ${name}: value is not valid YAML: ${err.message.split('\n')[0]}`);
        }
        const nested = {};
        (0,merge/* setPath */.SO)(nested, name.split('.'), value ?? null);
        out = (0,merge/* deepMerge */.$N)(out, nested);
    }
    return out;
}
/** `--args-from-file`: a YAML mapping whose keys are arguments. */
async function loadArgsFile(file) {
    const doc = await (0,yaml/* readYamlFile */.kv)(file).catch((err) => {
        if (err.code === 'ENOENT')
            throw new errors/* UsageError */.eb(`--args-from-file: ${file} not found`);
        throw err;
    });
    if (!(0,merge/* isPlainObject */.Qd)(doc.value))
        throw new errors/* UserError */.yo('arguments file must be a mapping', { file });
    return doc.value;
}
/** Defaults underneath, then the given args; fails on a required argument that is missing. */
function applyArgDefaults(specs, given, where) {
    let defaults = {};
    for (const spec of specs) {
        if (!spec.hasDefault)
            continue;
        const d = {};
        (0,merge/* setPath */.SO)(d, [spec.name], structuredClone(spec.default));
        defaults = (0,merge/* deepMerge */.$N)(defaults, d);
    }
    const args = (0,merge/* deepMerge */.$N)(defaults, given);
    for (const spec of specs) {
        if (!spec.hasDefault && !(0,merge/* getPath */.Yn)(args, spec.name.split('.')).found) {
            throw new errors/* UserError */.yo(`required argument "${spec.name}" not set`, { file: where }, `pass it with -a ${spec.name}=VALUE or set it in the target's args`);
        }
    }
    return args;
}

;// CONCATENATED MODULE: ./lib/project/target.js




/**
 * The targets a multi-target command (diff, image-bump) works on: the ones asked for (each
 * must exist), else every target; `[undefined]` for a project without targets.
 */
function chooseTargets(project, wanted) {
    const names = project.targets.map((t) => t.name);
    if (names.length === 0) {
        if (wanted.length)
            throw new errors/* UsageError */.eb(`-t ${wanted[0]}: the project defines no targets; omit -t`);
        return [undefined];
    }
    if (wanted.length === 0)
        return names;
    for (const w of wanted) {
        if (names.includes(w))
            continue;
        const guess = (0,errors/* nearest */.pA)(w, names);
        throw new errors/* UsageError */.eb(`unknown target "${w}"${guess ? ` (did you mean "${guess}"?)` : ''}; known targets: ${names.join(', ')}`);
    }
    return [...new Set(wanted)];
}
function selectTarget(project, name) {
    const names = project.targets.map((t) => t.name);
    if (project.targets.length === 0) {
        if (name !== undefined)
            throw new errors/* UsageError */.eb(`-t ${name}: the project defines no targets; omit -t`);
        return undefined;
    }
    if (name === undefined)
        throw new errors/* UsageError */.eb(`the project defines targets; choose one with -t (${names.join(', ')})`);
    const t = project.targets.find((x) => x.name === name);
    if (!t)
        throw new errors/* UsageError */.eb(`unknown target "${name}"; known targets: ${names.join(', ')}`);
    return t;
}
/** Renders every string leaf of `value`; returns the result and whether anything changed. */
function renderLeaves(value, render) {
    if (typeof value === 'string') {
        const out = render(value);
        return { value: out, changed: out !== value };
    }
    if (Array.isArray(value)) {
        let changed = false;
        const out = value.map((v) => {
            const r = renderLeaves(v, render);
            changed ||= r.changed;
            return r.value;
        });
        return { value: out, changed };
    }
    if ((0,merge/* isPlainObject */.Qd)(value)) {
        let changed = false;
        const out = (0,merge/* newMap */.dg)();
        for (const [k, v] of Object.entries(value)) {
            const r = renderLeaves(v, render);
            changed ||= r.changed;
            out[k] = r.value;
        }
        return { value: out, changed };
    }
    return { value, changed: false };
}
/**
 * Selects the target and computes `args`. Target values may reference `target` and `args`
 * themselves, so they are rendered repeatedly until they stop changing (at most 10 rounds,
 * as kluctl does).
 */
async function resolveTarget(project, req, engine) {
    const selected = selectTarget(project, req.target);
    let external = {};
    for (const f of req.argsFiles ?? [])
        external = (0,merge/* deepMerge */.$N)(external, await loadArgsFile(f));
    external = (0,merge/* deepMerge */.$N)(external, await parseArgFlags(req.args ?? [], req.cwd));
    const where = project.file ?? project.dir;
    const computeArgs = (targetValues) => applyArgDefaults(project.args, (0,merge/* deepMerge */.$N)((0,merge/* isPlainObject */.Qd)(targetValues.args) ? targetValues.args : {}, external), where);
    // As in kluctl: the no-name target is renamed before it is rendered (its discriminator
    // sees the new name); a named target was rendered under its own name, then renamed.
    let values = selected
        ? { ...selected.values, discriminator: selected.discriminator }
        : { name: req.targetNameOverride ?? '', discriminator: project.discriminator };
    if (values.discriminator === undefined)
        delete values.discriminator;
    let args = computeArgs(values);
    const file = project.file ? project.file.slice(project.dir.length + 1) : '.kluctl.yaml';
    let lastError;
    for (let round = 0; round < 10; round++) {
        try {
            const r = renderLeaves(values, (s) => s.includes('{') ? engine.renderString(s, { target: values, args }, file) : s);
            values = r.value;
            args = computeArgs(values);
            lastError = undefined;
            if (!r.changed)
                break;
        }
        catch (err) {
            lastError = err;
        }
    }
    if (lastError)
        throw lastError;
    if (selected && req.targetNameOverride !== undefined)
        values = { ...values, name: req.targetNameOverride };
    let target;
    let images = [];
    if (selected) {
        const index = project.targets.indexOf(selected);
        // Re-parse the rendered images so templated resultImages are resolved, keeping their source.
        images = project.file
            ? (0,fixed_images/* parseFixedImages */.Ir)({ file: project.file, value: null, positionOf: () => undefined }, values.images, ['targets', index, 'images'], 'target')
            : [];
        target = {
            ...selected,
            values,
            args: (0,merge/* isPlainObject */.Qd)(values.args) ? values.args : {},
            images,
            context: values.context,
        };
    }
    const discriminator = req.discriminator ?? values.discriminator;
    return { target, targetVars: values, args, discriminator, images };
}


/***/ }),

/***/ 81431:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* reexport */ renderImageUses),
  C: () => (/* reexport */ renderProject)
});

// NAMESPACE OBJECT: ./lib/templating/runtime/ops.js
var ops_namespaceObject = {};
__webpack_require__.r(ops_namespaceObject);
__webpack_require__.d(ops_namespaceObject, {
  add: () => (add),
  compareChain: () => (compareChain),
  concat: () => (concat),
  contains: () => (contains),
  div: () => (div),
  eq: () => (eq),
  floordiv: () => (floordiv),
  ge: () => (ge),
  gt: () => (gt),
  le: () => (le),
  lt: () => (lt),
  mod: () => (mod),
  mul: () => (mul),
  ne: () => (ne),
  neg: () => (neg),
  pos: () => (pos),
  pow: () => (pow),
  sub: () => (sub)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/images/fixed-images.js
var fixed_images = __webpack_require__(28235);
// EXTERNAL MODULE: ./lib/util/errors.js
var util_errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/util/merge.js
var merge = __webpack_require__(45536);
// EXTERNAL MODULE: ./lib/util/yaml.js
var yaml = __webpack_require__(9925);
// EXTERNAL MODULE: ./lib/project/find-file.js
var find_file = __webpack_require__(35109);
// EXTERNAL MODULE: ./lib/project/paths.js
var paths = __webpack_require__(4813);
// EXTERNAL MODULE: ./lib/util/schema.js
var util_schema = __webpack_require__(861);
;// CONCATENATED MODULE: ./lib/project/vars.js







const SOURCE_FIELDS = {
    values: 'map',
    file: 'string',
    systemEnvVars: 'map',
    ignoreMissing: 'boolean',
    noOverride: 'boolean',
    when: 'string',
    sensitive: 'boolean',
    targetPath: 'string',
    multidoc: 'boolean',
};
const SUPPORTED = ['values', 'file', 'systemEnvVars'];
// kluctl sources shipshape cannot read (they need a cluster, a cloud or a remote repository):
// recognised, so the error says so instead of "unknown field".
const UNSUPPORTED = [
    'git',
    'gitFiles',
    'clusterConfigMap',
    'clusterSecret',
    'clusterObject',
    'http',
    'awsSecretsManager',
    'gcpSecretManager',
    'vault',
    'azureKeyVault',
];
const ALL_FIELDS = {
    ...SOURCE_FIELDS,
    ...Object.fromEntries(UNSUPPORTED.map((k) => [k, 'any'])),
};
function renderStrings(value, render) {
    if (typeof value === 'string')
        return value.includes('{') ? render(value) : value;
    if (Array.isArray(value))
        return value.map((v) => renderStrings(v, render));
    if ((0,merge/* isPlainObject */.Qd)(value))
        return (0,merge/* newMap */.dg)(Object.entries(value).map(([k, v]) => [k, renderStrings(v, render)]));
    return value;
}
function envVars(spec, env, ignoreMissing, error) {
    const out = (0,merge/* newMap */.dg)();
    const walk = (v, keys) => {
        if (Array.isArray(v))
            return v.forEach((x, i) => walk(x, [...keys, i]));
        if ((0,merge/* isPlainObject */.Qd)(v))
            return Object.entries(v).forEach(([k, x]) => walk(x, [...keys, k]));
        if (typeof v !== 'string')
            throw error(`systemEnvVars: the value at ${keys.join('.')} must be an environment variable name`);
        const colon = v.indexOf(':');
        const name = colon < 0 ? v : v.slice(0, colon);
        const read = env.read(name);
        if (read.refused)
            throw error(`systemEnvVars: environment variable ${name} may hold a secret of the runner and cannot be read`, `if the project really needs it, allow it by name: --allow-env ${name} (CLI) or the action's allow-env input`);
        let raw = read.value;
        if (raw === undefined) {
            if (colon < 0) {
                if (ignoreMissing)
                    return;
                throw error(`environment variable ${name} is not set (needed for ${keys.join('.')})`);
            }
            // An empty default means the empty string, not null.
            raw = v.slice(colon + 1) || '""';
        }
        let parsed;
        try {
            parsed = (0,dist.parse)(raw);
        }
        catch {
            parsed = raw;
        }
        (0,merge/* setPath */.SO)(out, keys, parsed ?? null);
    };
    walk(spec, []);
    return out;
}
/**
 * Loads a `vars` list (deployment project or item) into a copy of `ctx`. Each source sees the
 * variables loaded before it; string values of the source are rendered first (as kluctl does),
 * so a source can use earlier variables and have a `when`.
 */
function loadVars(ctx, doc, listPath, list, scope, venv) {
    const schema = new util_schema/* Schema */.S(doc);
    let cur = { vars: ctx.vars, imagesSource: ctx.imagesSource };
    const displayFile = external_node_path_.basename(doc.file);
    schema.list(list, listPath, 'vars').forEach((raw, i) => {
        const at = [...listPath, i];
        const fields = schema.object(raw, at, 'vars source', ALL_FIELDS);
        const unsupported = UNSUPPORTED.find((k) => k in fields);
        if (unsupported) {
            throw schema.error([...at, unsupported], `vars source "${unsupported}" is not supported by shipshape`, `use ${SUPPORTED.join(', ')} (or render the values into a file)`);
        }
        const types = SUPPORTED.filter((k) => k in fields);
        if (types.length !== 1)
            throw schema.error(at, `a vars source needs exactly one of ${SUPPORTED.join(', ')}`);
        const error = (msg, hint) => schema.error(at, msg, hint);
        const context = venv.templateContext(cur.vars);
        const source = renderStrings(fields, (s) => venv.engine.renderString(s, context, `${displayFile} (vars[${i}])`, scope));
        if (source.when !== undefined &&
            source.when !== '' &&
            !venv.engine.evaluate(String(source.when), context, displayFile))
            return;
        const ignoreMissing = source.ignoreMissing === true;
        if (source.multidoc === true && !source.targetPath)
            throw error('multidoc vars sources need targetPath');
        let value;
        let imagesSource;
        if (source.values !== undefined) {
            value = source.values;
            imagesSource = { file: doc.file, path: [...at, 'values'] };
        }
        else if (source.file !== undefined) {
            const name = String(source.file);
            const file = (0,paths/* findInSearchDirs */.nz)(venv.boundary, scope.searchDirs, name, 'vars file', {
                file: doc.file,
                line: doc.positionOf([...at, 'file'])?.line,
            });
            if (!file) {
                if (ignoreMissing)
                    return;
                throw schema.error([...at, 'file'], `vars file "${name}" not found`, 'the path is relative to the deployment.yaml directory (or a parent project directory)');
            }
            const text = venv.engine.renderFile(file, context, scope);
            value =
                source.multidoc === true
                    ? (0,yaml/* parseYamlStream */.b8)(text, file)
                    : ((0,yaml/* parseYaml */.hN)(text, file, { firstDocument: true }).value ?? {});
            imagesSource = { file, path: [] };
        }
        else {
            value = envVars(source.systemEnvVars, venv.env, ignoreMissing, error);
        }
        let newVars;
        if (source.targetPath) {
            const keys = String(source.targetPath).split('.');
            if (keys.some((k) => k === '' || /[[\]*]/.test(k)))
                throw error(`targetPath "${source.targetPath}" must be a simple dotted path`);
            newVars = (0,merge/* newMap */.dg)();
            (0,merge/* setPath */.SO)(newVars, keys, value);
            if (imagesSource)
                imagesSource = keys[0] === 'images' && keys.length === 1 ? imagesSource : undefined;
        }
        else {
            if (!(0,merge/* isPlainObject */.Qd)(value))
                throw error('the variables must be a mapping (or set targetPath)');
            newVars = value;
            if (imagesSource)
                imagesSource = { ...imagesSource, path: [...imagesSource.path, 'images'] };
        }
        const setsImages = Object.hasOwn(newVars, 'images');
        if (source.noOverride === true) {
            const had = Object.hasOwn(cur.vars, 'images');
            cur = {
                vars: (0,merge/* deepMerge */.$N)(newVars, cur.vars),
                imagesSource: had ? cur.imagesSource : setsImages ? imagesSource : cur.imagesSource,
            };
        }
        else {
            cur = {
                vars: (0,merge/* deepMerge */.$N)(cur.vars, newVars),
                imagesSource: setsImages ? imagesSource : cur.imagesSource,
            };
        }
    });
    return cur;
}

;// CONCATENATED MODULE: ./lib/project/deployment.js








const PROJECT_FIELDS = {
    deployments: 'list',
    vars: 'list',
    commonLabels: 'stringMap',
    commonAnnotations: 'stringMap',
    overrideNamespace: 'string',
    tags: 'stringList',
    ignoreForDiff: 'list',
    conflictResolution: 'list',
    when: 'string',
    templateExcludes: 'stringList',
};
const ITEM_FIELDS = {
    path: 'string',
    include: 'string',
    git: 'any',
    oci: 'any',
    barrier: 'boolean',
    message: 'string',
    deleteObjects: 'list',
    waitReadinessObjects: 'list',
    vars: 'list',
    when: 'string',
    tags: 'stringList',
    alwaysDeploy: 'boolean',
    skipDeleteIfTags: 'boolean',
    onlyRender: 'boolean',
    waitReadiness: 'boolean',
    recursive: 'boolean',
    passVars: 'boolean',
    args: 'map',
};
const SELECTOR_FIELDS = {
    group: 'string',
    kind: 'string',
    name: 'string',
    namespace: 'string',
};
const RULE_FIELDS = { fieldPath: 'any', fieldPathRegex: 'any', ...SELECTOR_FIELDS };
const unique = (xs) => [...new Set(xs)];
const rel = (root, p) => external_node_path_.relative(root, p).split(external_node_path_.sep).join('/') || '.';
function selectors(schema, list, at, what) {
    return schema
        .list(list, at, what)
        .map((s, i) => schema.object(s, [...at, i], what, SELECTOR_FIELDS));
}
function asStringList(v) {
    if (v === undefined || v === null)
        return undefined;
    return Array.isArray(v) ? v.map(String) : [String(v)];
}
function rules(schema, list, at, what, extra = {}) {
    return schema.list(list, at, what).map((r, i) => {
        const o = schema.object(r, [...at, i], what, { ...RULE_FIELDS, ...extra });
        const out = {
            ...o,
            fieldPath: asStringList(o.fieldPath),
            fieldPathRegex: asStringList(o.fieldPathRegex),
        };
        for (const re of out.fieldPathRegex ?? []) {
            try {
                new RegExp(re);
            }
            catch (err) {
                throw schema.error([...at, i, 'fieldPathRegex'], `invalid regex: ${err.message}`);
            }
        }
        return out;
    });
}
function loadProject(l, dir, ctx, parent, includeTags, chain) {
    const searchDirs = [dir, ...(parent?.searchDirs ?? [])];
    const file = (0,find_file/* findYamlFileSync */.i)(dir, 'deployment');
    let doc;
    if (!file) {
        if (parent) {
            const hint = (0,find_file/* findYamlFileSync */.i)(dir, 'kustomization')
                ? 'use "path:" for a kustomize directory, "include:" is for deployment projects'
                : 'add a deployment.yaml or fix the include path';
            throw new util_errors/* UserError */.yo(`included directory ${rel(l.root, dir)} has no deployment.yaml`, { file: parent.file ?? dir }, hint);
        }
        // A root without deployment.yaml is a single kustomize item.
        doc = {
            file: external_node_path_.join(dir, 'deployment.yaml'),
            value: { deployments: [{ path: '.' }] },
            positionOf: () => undefined,
        };
    }
    else {
        const text = l.engine.renderFile(file, l.venv.templateContext(ctx.vars), { searchDirs });
        doc = (0,yaml/* parseYaml */.hN)(text, file);
    }
    const schema = new util_schema/* Schema */.S(doc);
    const cfg = schema.object(doc.value ?? {}, [], 'deployment.yaml', PROJECT_FIELDS);
    if (!parent && cfg.when !== undefined)
        throw schema.error(['when'], 'the root deployment project can not have "when"', 'move the condition to the items');
    if (parent &&
        cfg.when &&
        !l.engine.evaluate(String(cfg.when), l.venv.templateContext(ctx.vars), rel(l.root, file ?? dir)))
        return [];
    const projectVars = loadVars(ctx, doc, ['vars'], cfg.vars, { searchDirs }, l.venv);
    const overrideNamespace = cfg.overrideNamespace ?? parent?.overrideNamespace;
    const project = {
        dir,
        file,
        parent,
        includeTags,
        searchDirs,
        vars: projectVars,
        tags: unique([
            ...(cfg.tags ?? []).map(String),
            ...includeTags,
            ...(parent?.tags ?? []),
        ]),
        commonLabels: { ...parent?.commonLabels, ...(0,util_schema/* toStringMap */.z)(cfg.commonLabels) },
        commonAnnotations: { ...parent?.commonAnnotations, ...(0,util_schema/* toStringMap */.z)(cfg.commonAnnotations) },
        overrideNamespace,
        ignoreForDiff: rules(schema, cfg.ignoreForDiff, ['ignoreForDiff'], 'ignoreForDiff rule'),
        conflictResolution: rules(schema, cfg.conflictResolution, ['conflictResolution'], 'conflictResolution rule', { manager: 'string', action: 'string' }).map((r, i) => {
            if (r.action !== 'ignore' && r.action !== 'force-apply')
                throw schema.error(['conflictResolution', i], 'conflictResolution action must be "ignore" or "force-apply"');
            return r;
        }),
    };
    l.projects.push(project);
    const out = [];
    schema.list(cfg.deployments, ['deployments'], 'deployments').forEach((raw, i) => {
        const at = ['deployments', i];
        const item = schema.object(raw, at, 'deployment item', ITEM_FIELDS);
        const pos = doc.positionOf(at);
        const where = { file: doc.file, line: pos?.line };
        const kinds = ['path', 'include', 'git', 'oci'].filter((k) => item[k] !== undefined);
        if (kinds.length > 1)
            throw schema.error(at, `a deployment item can have only one of path, include, git, oci (found ${kinds.join(', ')})`);
        if (kinds.length === 0 && !item.barrier && !item.deleteObjects && !item.waitReadinessObjects) {
            throw schema.error(at, 'a deployment item needs path, include, barrier, deleteObjects or waitReadinessObjects');
        }
        if (item.when &&
            !l.engine.evaluate(String(item.when), l.venv.templateContext(projectVars.vars), rel(l.root, doc.file)))
            return;
        if (item.git !== undefined || item.oci !== undefined) {
            throw schema.error([...at, kinds[0]], `${kinds[0]} includes are not supported by shipshape yet`, 'vendor the project into this repository and use "include:"');
        }
        const target = (item.path ?? item.include);
        const defaultTag = target ? external_node_path_.basename(target) : '';
        const ownTags = item.tags
            ? item.tags.map(String)
            : defaultTag && defaultTag !== '.' && defaultTag !== '..'
                ? [defaultTag]
                : [];
        const common = {
            barrier: item.barrier === true,
            message: item.message,
            where,
        };
        if (item.include !== undefined) {
            const incDir = (0,paths/* resolveInside */.LI)(l.boundary, dir, String(item.include), 'include', where);
            if (!(0,paths/* isDirectory */.wd)(incDir))
                throw schema.error([...at, 'include'], `include directory "${item.include}" does not exist`);
            if (chain.includes(incDir)) {
                const cycle = [...chain.slice(chain.indexOf(incDir)), incDir]
                    .map((d) => rel(l.root, d))
                    .join(' -> ');
                throw schema.error([...at, 'include'], `include cycle: ${cycle}`, 'remove one of the includes in the cycle');
            }
            const childCtx = loadVars(projectVars, doc, [...at, 'vars'], item.vars, { searchDirs }, l.venv);
            out.push(...loadProject(l, incDir, childCtx, project, ownTags, [...chain, incDir]));
            if (common.barrier)
                out.push(plan(project, projectVars, project.tags, { ...common, where }));
            return;
        }
        let itemDir;
        if (item.path !== undefined) {
            itemDir = (0,paths/* resolveInside */.LI)(l.boundary, dir, String(item.path), 'path', where);
            if (!(0,paths/* isDirectory */.wd)(itemDir))
                throw schema.error([...at, 'path'], `deployment directory "${item.path}" does not exist or is not a directory`);
        }
        const renderIndex = itemDir ? (l.dirUses.get(itemDir) ?? 0) : 0;
        if (itemDir)
            l.dirUses.set(itemDir, renderIndex + 1);
        const itemVars = loadVars(projectVars, doc, [...at, 'vars'], item.vars, { searchDirs }, l.venv);
        out.push({
            ...plan(project, itemVars, unique([...project.tags, ...ownTags]), common),
            dir: itemDir,
            renderIndex,
            waitReadiness: item.waitReadiness === true,
            waitReadinessObjects: selectors(schema, item.waitReadinessObjects, [...at, 'waitReadinessObjects'], 'waitReadinessObjects entry'),
            deleteObjects: selectors(schema, item.deleteObjects, [...at, 'deleteObjects'], 'deleteObjects entry'),
            alwaysDeploy: item.alwaysDeploy === true,
            skipDeleteIfTags: item.skipDeleteIfTags === true,
            onlyRender: item.onlyRender === true,
            recursive: item.recursive === true,
        });
    });
    return out;
}
function plan(project, vars, tags, common) {
    return {
        project,
        renderIndex: 0,
        vars,
        tags,
        ...common,
        waitReadiness: false,
        waitReadinessObjects: [],
        deleteObjects: [],
        alwaysDeploy: false,
        skipDeleteIfTags: false,
        onlyRender: false,
        recursive: false,
    };
}
/** Loads the deployment.yaml tree below `root` with the target's variables. */
function loadDeploymentTree(root, baseVars, engine, venv) {
    const l = {
        root,
        boundary: venv.boundary,
        engine,
        venv,
        projects: [],
        dirUses: new Map(),
    };
    const items = loadProject(l, root, { vars: (0,merge/* deepMerge */.$N)({}, baseVars) }, undefined, [], [root]);
    return { root: l.projects[0], projects: l.projects, items };
}

// EXTERNAL MODULE: ./lib/project/env-access.js
var env_access = __webpack_require__(63257);
// EXTERNAL MODULE: ./lib/project/kluctl-project.js
var kluctl_project = __webpack_require__(84702);
// EXTERNAL MODULE: ./lib/project/target.js + 1 modules
var target = __webpack_require__(58828);
// EXTERNAL MODULE: ./node_modules/nunjucks/index.js
var nunjucks = __webpack_require__(18115);
;// CONCATENATED MODULE: ./lib/templating/nunjucks-internals.js
/**
 * Typed handles on the parts of nunjucks the compatibility layer extends: its tokenizer
 * (template text and tag scanning, whitespace control), parser (statement framework),
 * compiler (code emission) and Environment. @types/nunjucks only covers the public API.
 */

const internals = nunjucks;
const lexer = internals.lexer;
const nodes = internals.nodes;
const ParserBase = internals.parser.Parser;
const CompilerBase = internals.compiler.Compiler;
const TokenizerBase = Object.getPrototypeOf(lexer.lex('')).constructor;
const T = {
    STRING: lexer.TOKEN_STRING,
    WHITESPACE: lexer.TOKEN_WHITESPACE,
    DATA: lexer.TOKEN_DATA,
    BLOCK_START: lexer.TOKEN_BLOCK_START,
    BLOCK_END: lexer.TOKEN_BLOCK_END,
    VARIABLE_START: lexer.TOKEN_VARIABLE_START,
    VARIABLE_END: lexer.TOKEN_VARIABLE_END,
    COMMENT: lexer.TOKEN_COMMENT,
    LEFT_PAREN: lexer.TOKEN_LEFT_PAREN,
    RIGHT_PAREN: lexer.TOKEN_RIGHT_PAREN,
    LEFT_BRACKET: lexer.TOKEN_LEFT_BRACKET,
    RIGHT_BRACKET: lexer.TOKEN_RIGHT_BRACKET,
    LEFT_CURLY: lexer.TOKEN_LEFT_CURLY,
    RIGHT_CURLY: lexer.TOKEN_RIGHT_CURLY,
    OPERATOR: lexer.TOKEN_OPERATOR,
    COMMA: lexer.TOKEN_COMMA,
    COLON: lexer.TOKEN_COLON,
    TILDE: lexer.TOKEN_TILDE,
    PIPE: lexer.TOKEN_PIPE,
    INT: lexer.TOKEN_INT,
    FLOAT: lexer.TOKEN_FLOAT,
    SYMBOL: lexer.TOKEN_SYMBOL,
};

;// CONCATENATED MODULE: ./lib/templating/errors.js

/**
 * An error raised while compiling or rendering a template. `pyType` is the name Jinja2 gives
 * the same failure (UndefinedError, TypeError, TemplateSyntaxError, ...), so messages read like
 * kluctl's. The location is filled in by the innermost template that sees the error.
 */
class TemplateError extends Error {
    pyType;
    file;
    line;
    /** what the user can do about it, when it depends on more than the error type */
    hint;
    constructor(pyType, message, options) {
        super(message, options);
        this.pyType = pyType;
        this.name = pyType;
        this.hint = options?.hint;
    }
}
const undefinedError = (message) => new TemplateError('UndefinedError', message);
const typeError = (message) => new TemplateError('TypeError', message);
const valueError = (message) => new TemplateError('ValueError', message);
const keyError = (message) => new TemplateError('KeyError', message);
const indexError = (message) => new TemplateError('IndexError', message);
const runtimeError = (message) => new TemplateError('TemplateRuntimeError', message);
const HINTS = {
    UndefinedError: 'define the variable (vars, args, target) or guard it with "is defined" or "| default(...)"',
    TemplateSyntaxError: 'fix the template syntax (Jinja2 3.1)',
    TemplateNotFound: 'include/import names are searched in the item directory, then each parent deployment directory; prefix with ./ for a path relative to the current template',
    RecursionError: 'something calls itself without end or nests too deeply: add a condition that stops the recursive macro, loop, include or render, or nest the data less deeply',
};
/**
 * V8's stack overflow. Nothing here may call into JavaScript: this runs at the deepest
 * frame, and an overflow while classifying would replace the error (e.g. with a regular
 * expression's own "Stack overflow").
 */
function isStackOverflow(err) {
    return err instanceof RangeError && err.message === 'Maximum call stack size exceeded';
}
function recursionError(cause) {
    return new TemplateError('RecursionError', 'maximum recursion depth exceeded', { cause });
}
// What V8 throws when a string or array would outgrow what it can hold: the limits in
// limits.ts stop templates long before, this names the failure should one be missed.
const JS_SIZE_ERRORS = new Set(['Invalid string length', 'Invalid array length']);
function fromJavaScript(err) {
    if (isStackOverflow(err))
        return recursionError(err);
    if (err instanceof RangeError && JS_SIZE_ERRORS.has(err.message)) {
        return new TemplateError('LimitError', 'a value outgrew the largest string or list JavaScript can hold', {
            cause: err,
            hint: 'look for a loop, repetition or width that builds far more text or items than intended',
        });
    }
    if (err instanceof util_errors/* UserError */.yo) {
        return new TemplateError(err.name === 'UserError' ? 'TemplateError' : err.name, err.message, {
            cause: err,
        });
    }
    const msg = err instanceof Error ? err.message : String(err);
    return new TemplateError('TemplateError', msg, { cause: err });
}
/** Attaches a location to an error that has none yet (the innermost template wins). */
function locate(err, file, line) {
    const e = err instanceof TemplateError ? err : fromJavaScript(err);
    if (e.file === undefined && e.line === undefined) {
        e.file = file;
        e.line = line;
    }
    return e;
}
/** The error every caller of the engine sees: a UserError naming file and line. */
function toUserError(err, file) {
    if (err instanceof util_errors/* UserError */.yo && !(err.cause instanceof TemplateError)) {
        return err.file ? err : new util_errors/* UserError */.yo(err.message, { file }, err.hint, { cause: err });
    }
    const e = err instanceof TemplateError ? err : locate(err, file, 0);
    const cause = e.cause instanceof util_errors/* UserError */.yo ? e.cause : undefined;
    const hint = cause?.hint ?? e.hint ?? HINTS[e.pyType];
    const prefix = e.pyType === 'TemplateError' ? '' : `${e.pyType}: `;
    return new util_errors/* UserError */.yo(`${prefix}${e.message}`, { file: e.file ?? file, line: e.line || undefined }, hint, { cause: err });
}

;// CONCATENATED MODULE: ./lib/templating/python/values.js
/**
 * Python's value model on JavaScript values, as Jinja2 templates see it:
 * None = null, bool = boolean, int = integral number, float = non-integral number or
 * PyFloat (an integral float such as `6/2`, which Python prints as `3.0`), str = string,
 * list = Array, tuple = PyTuple, dict = plain object with string keys.
 */

/** A float whose value happens to be integral: JavaScript numbers cannot tell 3.0 from 3. */
class PyFloat {
    value;
    constructor(value) {
        this.value = value;
    }
}
/** Wraps the result of a float operation so that integral values keep printing as floats. */
function pyFloat(n) {
    return Number.isInteger(n) ? new PyFloat(n) : n;
}
/** A Python tuple: an array that prints as `(a, b)` and never equals a list. */
class PyTuple extends Array {
    static get [Symbol.species]() {
        return Array;
    }
}
/** What the groupby filter yields: a (grouper, list) tuple with named members. */
class GroupTuple extends PyTuple {
}
function tuple(items) {
    const t = new PyTuple();
    for (const item of items)
        t.push(item);
    return t;
}
/** `dict.keys()`, `.values()`, `.items()`: iterable lists that print like Python's views. */
class DictView extends Array {
    kind = 'keys';
    static get [Symbol.species]() {
        return Array;
    }
}
function dictView(kind, items) {
    const v = new DictView();
    v.kind = kind;
    for (const item of items)
        v.push(item);
    return v;
}
/** `range(...)`: a list of ints that prints as `range(0, 3)`. */
class PyRange extends Array {
    bounds = [0, 0, 1];
    static get [Symbol.species]() {
        return Array;
    }
}
/**
 * Jinja2's StrictUndefined: a lookup that found nothing. Any use other than `is defined`,
 * `default` or passing it along raises an UndefinedError with this message.
 */
class Undefined {
    message;
    constructor(message) {
        this.message = message;
    }
    fail() {
        throw undefinedError(this.message);
    }
    /** str(), bool() and iter(): strict undefined values raise. */
    str() {
        return this.fail();
    }
    bool() {
        return this.fail();
    }
    iter() {
        return this.fail();
    }
}
/**
 * Jinja2's plain Undefined, which the engine uses for `a if cond` without an else: prints
 * as '', is false and iterates as empty; anything else raises as a strict one does.
 */
class SoftUndefined extends Undefined {
    str() {
        return '';
    }
    bool() {
        return false;
    }
    iter() {
        return [];
    }
}
function undefinedVar(name) {
    return new Undefined(`'${name}' is undefined`);
}
/** Jinja2's message for a missing attribute or item of `obj`. */
function missing(obj, name) {
    if (typeof name !== 'string') {
        return new Undefined(`${objectTypeRepr(obj)} has no element ${reprKey(name)}`);
    }
    return new Undefined(`'${objectTypeRepr(obj)}' has no attribute '${name}'`);
}
function reprKey(k) {
    if (typeof k === 'number')
        return String(k);
    if (typeof k === 'boolean')
        return k ? 'True' : 'False';
    if (k === null)
        return 'None';
    return String(k);
}
// Jinja2's own classes print with their module, as Python's object_type_repr does.
const QUALIFIED = {
    Namespace: 'jinja2.utils.Namespace',
    Cycler: 'jinja2.utils.Cycler',
    LoopContext: 'jinja2.runtime.LoopContext',
    Macro: 'jinja2.runtime.Macro',
    TemplateModule: 'jinja2.runtime.TemplateModule',
};
function objectTypeRepr(obj) {
    if (obj === null || obj === undefined)
        return 'None';
    const name = typeName(obj);
    return `${QUALIFIED[name] ?? name} object`;
}
/** A namespace() object: the one kind of object `{% set ns.x = ... %}` may assign to. */
class Namespace {
    attrs = Object.create(null);
}
/** Plain data objects: from the variables (Object.prototype) or built by templates (null). */
function isDict(v) {
    if (typeof v !== 'object' || v === null || v === Object.prototype)
        return false;
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
}
/**
 * Writes a dict key as an own data property: the one way template data is written. On a
 * dict from the variables, `d['__proto__'] = v` would call Object.prototype's setter and
 * replace the dict's prototype instead of storing a key, and reading the key back would
 * give Object.prototype itself, open to writes.
 */
function setKey(d, key, value) {
    if (key === '__proto__') {
        Object.defineProperty(d, key, { value, writable: true, enumerable: true, configurable: true });
    }
    else
        d[key] = value;
}
function isInt(v) {
    return typeof v === 'number' && Number.isInteger(v);
}
function isFloat(v) {
    return v instanceof PyFloat || (typeof v === 'number' && !Number.isInteger(v));
}
/** int, float or bool: what Python arithmetic accepts. */
function isNumeric(v) {
    return typeof v === 'number' || typeof v === 'boolean' || v instanceof PyFloat;
}
/** The numeric value of an int, float or bool. */
function num(v) {
    if (typeof v === 'number')
        return v;
    if (v instanceof PyFloat)
        return v.value;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (v instanceof Undefined)
        v.fail();
    throw typeError(`must be real number, not ${typeName(v)}`);
}
/** Python's `type(v).__name__`. */
function typeName(v) {
    if (v === null || v === undefined)
        return 'NoneType';
    switch (typeof v) {
        case 'boolean':
            return 'bool';
        case 'number':
            return Number.isInteger(v) ? 'int' : 'float';
        case 'string':
            return 'str';
        case 'function':
            return 'function';
    }
    if (v instanceof PyFloat)
        return 'float';
    if (v instanceof PyTuple)
        return 'tuple';
    if (v instanceof DictView)
        return `dict_${v.kind}`;
    if (v instanceof PyRange)
        return 'range';
    if (Array.isArray(v))
        return 'list';
    if (v instanceof Undefined)
        return 'StrictUndefined';
    if (v instanceof Namespace)
        return 'Namespace';
    if (isDict(v))
        return 'dict';
    const ctor = v.constructor;
    return typeof ctor === 'function' && ctor.name ? ctor.name : 'object';
}
/** A Python-style operator method (`__add__`, `__lt__`, ...) of a runtime object, if it has one. */
function dunder(obj, name) {
    if (obj === null || typeof obj !== 'object')
        return undefined;
    const fn = obj[name];
    return typeof fn === 'function' && !isDict(obj)
        ? fn.bind(obj)
        : undefined;
}
/** Python truthiness; an undefined value raises. */
function truthy(v) {
    switch (typeof v) {
        case 'boolean':
            return v;
        case 'string':
            return v.length > 0;
        case 'number':
            return v !== 0;
        case 'undefined':
            return false;
        case 'function':
            return true;
    }
    if (v === null)
        return false;
    if (Array.isArray(v))
        return v.length > 0;
    if (v instanceof Undefined)
        return v.bool();
    if (v instanceof PyFloat)
        return v.value !== 0;
    if (isDict(v)) {
        for (const _ in v)
            return true;
        return false;
    }
    return true;
}
/** Python `==`. */
function pyEq(a, b) {
    if (a === b)
        return true;
    if (a instanceof Undefined)
        a.fail();
    if (b instanceof Undefined)
        b.fail();
    if (isNumeric(a) && isNumeric(b))
        return num(a) === num(b);
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
        return false;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a instanceof PyTuple !== b instanceof PyTuple)
            return false;
        if (a.length !== b.length)
            return false;
        for (let i = 0; i < a.length; i++)
            if (!pyEq(a[i], b[i]))
                return false;
        return true;
    }
    if (isDict(a) && isDict(b)) {
        const ka = Object.keys(a);
        if (ka.length !== Object.keys(b).length)
            return false;
        for (const k of ka)
            if (!Object.hasOwn(b, k) || !pyEq(a[k], b[k]))
                return false;
        return true;
    }
    const eq = dunder(a, '__eq__');
    return eq ? !!eq(b) : false;
}
/** Python ordering (`<`): numbers, strings, and lists/tuples element-wise. */
function pyLt(a, b, op = '<') {
    if (typeof a === 'number' && typeof b === 'number')
        return a < b;
    if (typeof a === 'string' && typeof b === 'string')
        return a < b;
    if (a instanceof Undefined)
        a.fail();
    if (b instanceof Undefined)
        b.fail();
    if (isNumeric(a) && isNumeric(b))
        return num(a) < num(b);
    if (Array.isArray(a) &&
        Array.isArray(b) &&
        a instanceof PyTuple === b instanceof PyTuple &&
        !(a instanceof DictView)) {
        const n = Math.min(a.length, b.length);
        for (let i = 0; i < n; i++) {
            if (!pyEq(a[i], b[i]))
                return pyLt(a[i], b[i], op);
        }
        return a.length < b.length;
    }
    const lt = dunder(a, '__lt__');
    if (lt)
        return !!lt(b);
    throw typeError(`'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}
function pyCompare(a, b) {
    if (pyLt(a, b))
        return -1;
    if (pyLt(b, a))
        return 1;
    return 0;
}
/** Python `len()`, counting code points for strings. */
function pyLen(v) {
    if (typeof v === 'string')
        return strLen(v);
    if (Array.isArray(v))
        return v.length;
    if (isDict(v))
        return Object.keys(v).length;
    if (v instanceof Undefined)
        return v.iter().length;
    throw typeError(`object of type '${typeName(v)}' has no len()`);
}
const SURROGATE = /[\uD800-\uDFFF]/;
/** True when a string needs code-point (not UTF-16 unit) handling. */
function hasAstral(s) {
    return SURROGATE.test(s);
}
function strLen(s) {
    return hasAstral(s) ? Array.from(s).length : s.length;
}
/** The characters of a string as Python sees them (code points). */
function chars(s) {
    return Array.from(s);
}
/** Python `iter()`: the items a for loop or a filter walks over. */
function pyIter(v) {
    if (Array.isArray(v))
        return v;
    if (typeof v === 'string')
        return chars(v);
    if (v instanceof Undefined)
        return v.iter();
    if (isDict(v))
        return Object.keys(v);
    if (v !== null && typeof v === 'object' && Symbol.iterator in v) {
        return Array.from(v);
    }
    throw typeError(`'${typeName(v)}' object is not iterable`);
}
/** Coerces a dict key the way a JavaScript object stores it. */
function dictKey(k) {
    if (typeof k === 'string')
        return k;
    if (k instanceof Undefined)
        k.fail();
    if (typeof k === 'number' || typeof k === 'boolean' || k === null || k instanceof PyFloat) {
        return pyKeyString(k);
    }
    throw typeError(`unhashable type: '${typeName(k)}'`);
}
function pyKeyString(k) {
    if (k === null)
        return 'None';
    if (typeof k === 'boolean')
        return k ? 'True' : 'False';
    return String(num(k));
}
/** A new dict (null prototype: keys such as `__proto__` stay plain data). */
function newDict() {
    return Object.create(null);
}

;// CONCATENATED MODULE: ./lib/templating/limits.js
/**
 * What one render of a project's templates may consume. A pull request's templates are
 * rendered by the diff action, so a template must not be able to exhaust the runner's memory
 * or stack: past a limit the render fails with a LimitError (or RecursionError) naming the
 * limit, the template and the line, where Node would otherwise crash or throw a bare
 * JavaScript RangeError. Every value is far above what real projects use.
 */


/**
 * Characters in one template's output or in one string value: 32 Mi. The largest real
 * manifests are CRD bundles of a few MB (a 5 MB file is legitimate), so this is over six
 * times that, while several strings of this size still fit Node's default heap.
 */
const MAX_TEXT = 32 * 1024 * 1024;
/**
 * Items in one list a template builds (range, `*`, `+`, append, extend, insert): 10 M.
 * Real templates build lists of images, hosts or replicas; a list of 10 M numbers already
 * takes about 80 MB.
 */
const MAX_LIST = 10_000_000;
/**
 * Nodes that copying shared structure adds: YAML aliases expanded by from_yaml, and a list
 * or dict used several times inside a value that merge_dict or load_template deep-copies:
 * 1 M. A "billion laughs" document adds 10^9 from a few hundred bytes; real files reuse a
 * defaults block a few dozen times.
 */
const MAX_SHARED_EXPANSION = 1_000_000;
/**
 * Nested template calls (macros, `caller()`, recursive loops, include/import/extends,
 * render, load_template): 500. Jinja2 stops a self-calling macro after about 250 levels
 * (Python's 1000 frames); real templates nest a handful. 500 levels use under half of
 * V8's default stack, which leaves room for deeply nested data.
 */
const MAX_DEPTH = 500;
/**
 * String templates (`render`, values of .kluctl.yaml) kept compiled, and their source
 * characters: 5000 and 16 Mi. The cache saves recompiling the same short strings; past
 * either bound it starts over, so a loop rendering distinct large strings cannot keep
 * every one of them.
 */
const MAX_CACHED_TEMPLATES = 5000;
const MAX_CACHED_SOURCE = 16 * 1024 * 1024;
const MIB = 1024 * 1024;
const TEXT_HINT = `strings and output a template builds are limited to ${MAX_TEXT / MIB} MiB: check the counts and widths of repetitions, padding and formats, and loops that run longer than intended; split very large output across several files`;
function limitError(message, hint) {
    return new TemplateError('LimitError', message, { hint });
}
function textLimit(what) {
    return limitError(`${what} exceeds the limit of ${MAX_TEXT} characters (${MAX_TEXT / MIB} MiB)`, TEXT_HINT);
}
/** Before building a string of `length` characters (repetition, padding, joins). */
function checkText(length) {
    if (length > MAX_TEXT)
        throw textLimit(`a string of ${length} characters`);
}
/** A template's output grew past the limit (compiled code checks after every append). */
function outputTooLong() {
    throw textLimit('the output');
}
/** Before building a list of `length` items. */
function checkList(length) {
    if (length > MAX_LIST) {
        throw limitError(`a list of ${length} items exceeds the limit of ${MAX_LIST} items`, `lists a template builds (range, *, +, append, extend, batch, slice) are limited to ${MAX_LIST} items: check the counts, and loops that run longer than intended`);
    }
}
/** `parts.join(sep)`, refused before joining when the result would be too long. */
function joinText(parts, sep) {
    let length = sep.length * Math.max(parts.length - 1, 0);
    for (const p of parts)
        length += p.length;
    checkText(length);
    return parts.join(sep);
}
/** Text written piece by piece (repr, JSON), failing as soon as it passes the limit. */
class BoundedText {
    // joined every few thousand pieces: an array of millions of tiny strings would take
    // several times the memory of the text itself
    chunks = [];
    parts = [];
    length = 0;
    write(s) {
        this.length += s.length;
        if (this.length > MAX_TEXT)
            throw textLimit('the text of a value');
        this.parts.push(s);
        if (this.parts.length === 4096) {
            this.chunks.push(this.parts.join(''));
            this.parts = [];
        }
    }
    toString() {
        return this.chunks.join('') + this.parts.join('');
    }
}
/** The nodes (lists, dicts and the values in them) a fully expanded copy of `v` has. */
function expandedSize(v, sizes, distinct) {
    const children = Array.isArray(v) ? v : isDict(v) ? Object.values(v) : undefined;
    if (!children)
        return 1;
    const known = sizes.get(v);
    if (known !== undefined)
        return known;
    // a value inside itself counts once here: copying it fails with a RecursionError anyway
    sizes.set(v, 1);
    distinct.nodes += 1;
    let size = 1;
    for (const c of children) {
        const isContainer = Array.isArray(c) || isDict(c);
        if (!isContainer)
            distinct.nodes += 1;
        // saturate: 2^40 leaves are as refused as 2^60, and stay exact integers
        size = Math.min(size + expandedSize(c, sizes, distinct), Number.MAX_SAFE_INTEGER);
    }
    sizes.set(v, size);
    return size;
}
/**
 * Refuses a value whose lists and dicts, copied at every place they are used (as YAML
 * aliases are by a full copy, and as kluctl's copy_dict copies), make more than
 * MAX_SHARED_EXPANSION nodes beyond the value's own. `what` starts the message.
 */
function checkSharedExpansion(v, what, hint) {
    const distinct = { nodes: 0 };
    const expanded = expandedSize(v, new Map(), distinct);
    if (expanded - Math.max(distinct.nodes, 1) > MAX_SHARED_EXPANSION) {
        throw limitError(`${what} to more than ${MAX_SHARED_EXPANSION} nodes`, hint);
    }
}

;// CONCATENATED MODULE: ./lib/templating/compiler.js



const BINOPS = {
    '+': 'add',
    '-': 'sub',
    '*': 'mul',
    '/': 'div',
    '//': 'floordiv',
    '%': 'mod',
    '**': 'pow',
};
const COMPARES = {
    '==': 'eq',
    '!=': 'ne',
    '<': 'lt',
    '>': 'gt',
    '<=': 'le',
    '>=': 'ge',
};
const q = (s) => JSON.stringify(s);
/** Every Name read anywhere below a node (not crossing into nested macros). */
function namesUsed(n, out = new Set()) {
    if (Array.isArray(n)) {
        for (const c of n)
            namesUsed(c, out);
    }
    else if (n && typeof n === 'object') {
        const node = n;
        if (node.typename === 'Name')
            out.add(node.name);
        if (node.typename === 'Macro')
            return out;
        for (const [k, v] of Object.entries(node))
            if (k !== 'typename')
                namesUsed(v, out);
    }
    return out;
}
class JinjaCompiler extends CompilerBase {
    opts;
    out = 'output';
    fn = { declAt: 0, temps: [], loops: 0 };
    blocks = [];
    consts = [];
    constructor(opts) {
        super(opts.displayName, false);
        this.opts = opts;
    }
    error(msg, at) {
        const e = new TemplateError('TemplateSyntaxError', msg);
        e.line = at.lineno + 1;
        throw e;
    }
    temp() {
        const id = this._tmpid();
        this.fn.temps.push(id);
        return id;
    }
    line(code) {
        this._emitLine(code);
    }
    at(n) {
        this.line(`lineno = ${n.lineno + 1};`);
    }
    /** Compiles a whole template into module source. */
    compileTemplate(root) {
        this.line(`var NAME = ${q(this.opts.displayName)};`);
        const constsAt = this.codebuf.length;
        this.beginFunction('function root(env, context, frame) {');
        this.line('runtime.addBlocks(context, BLOCKS);');
        this.statements(root.children);
        this.line('if (context.parentTemplate) output = runtime.renderParent(env, context, output);');
        this.endFunction();
        for (const b of this.blocks)
            this.line(b);
        this.line(`var BLOCKS = {${this.blockNames.map((n) => `${q(n)}: b_${n}`).join(', ')}};`);
        this.line('return { root: root, blocks: BLOCKS };');
        this.codebuf.splice(constsAt, 0, ...this.consts);
        return this.getCode();
    }
    blockNames = [];
    beginFunction(header, block) {
        const saved = this.fn;
        this.line(header);
        this.line('var lineno = 0, output = "";');
        this.fn = { declAt: this.codebuf.length, temps: [], loops: 0, block };
        // outside the try: a call past the limit fails at the caller's line
        this.line('runtime.enter(context.state);');
        this.line('try {');
        return saved;
    }
    endFunction(saved, closer = '}') {
        this.line('} catch (e) { throw runtime.locate(e, NAME, lineno); } finally { runtime.leave(context.state); }');
        this.line('return output;');
        this.line(closer);
        if (this.fn.temps.length)
            this.codebuf.splice(this.fn.declAt, 0, `var ${this.fn.temps.join(', ')};\n`);
        if (saved)
            this.fn = saved;
    }
    /** Appends to the current output, failing once it passes the output limit. */
    append(code) {
        this.line(`if ((${this.out} += ${code}).length > ${MAX_TEXT}) runtime.outputTooLong();`);
    }
    // ---- statements ----
    statements(list) {
        for (const s of list)
            this.statement(s);
    }
    statement(s) {
        switch (s.typename) {
            case 'Output':
                return this.output(s);
            case 'If':
                return this.ifStmt(s);
            case 'For':
                return this.forStmt(s);
            case 'Assign':
                return this.assign(s);
            case 'AssignBlock':
                return this.assignBlock(s);
            case 'Macro':
                return this.macroDef(s);
            case 'CallBlock':
                return this.callBlock(s);
            case 'FilterBlock':
                return this.filterBlock(s);
            case 'With':
                return this.withStmt(s);
            case 'Include':
                return this.include(s);
            case 'Import':
                return this.importStmt(s);
            case 'FromImport':
                return this.fromImport(s);
            case 'Extends':
                return this.extendsStmt(s);
            case 'Block':
                return this.block(s);
            case 'Break':
            case 'Continue':
                if (!this.fn.loops)
                    this.error(`'${s.typename.toLowerCase()}' outside of a loop`, s);
                return this.line(s.typename === 'Break' ? 'break;' : 'continue;');
            case 'NodeList':
                return this.statements(s.children);
        }
        this.error(`cannot compile ${s.typename}`, s);
    }
    output(s) {
        for (const child of s.children) {
            if (child.typename === 'TemplateData') {
                const text = child.value;
                if (text)
                    this.append(q(text));
            }
            else {
                this.at(child);
                this.append(`runtime.str(${this.expr(child)})`);
            }
        }
    }
    ifStmt(s) {
        this.at(s);
        this.line(`if (${this.cond(s.cond)}) {`);
        this.statements(s.body.children);
        const alt = s.else_;
        if (alt) {
            this.line('} else {');
            if (alt.typename === 'If')
                this.ifStmt(alt);
            else
                this.statements(alt.children);
        }
        this.line('}');
    }
    /** Binds a loop or assignment target (a name or nested tuple of names) to a JS value. */
    bind(target, value, how) {
        if (target.typename === 'Name') {
            this.line(how(target.name, value));
            return;
        }
        if (target.typename !== 'Tuple')
            this.error(`can't assign to ${target.typename}`, target);
        const t = this.temp();
        this.line(`${t} = runtime.unpack(${value}, ${target.items.length});`);
        target.items.forEach((item, i) => this.bind(item, `${t}[${i}]`, how));
    }
    forStmt(s) {
        this.at(s);
        const outer = this.temp();
        this.line(`${outer} = frame;`);
        const usesLoop = namesUsed(s.body).has('loop') || s.recursive;
        const setVar = (n, v) => `frame.vars[${q(n)}] = ${v};`;
        const emitLoop = (itemsExpr, depth, recurse) => {
            const items = this.temp();
            this.line(`${items} = runtime.iter(${itemsExpr});`);
            if (s.test) {
                const src = this.temp();
                const j = this.temp();
                this.line(`${src} = ${items}; ${items} = [];`);
                this.line(`for (${j} = 0; ${j} < ${src}.length; ${j}++) {`);
                this.line(`frame = new runtime.Frame(${outer}, "loop");`);
                this.bind(s.target, `${src}[${j}]`, setVar);
                this.line(`if (${this.cond(s.test)}) ${items}.push(${src}[${j}]);`);
                this.line('}');
            }
            const loop = usesLoop ? this.temp() : '';
            if (usesLoop)
                this.line(`${loop} = new runtime.LoopContext(${items}, ${depth}, ${recurse});`);
            const i = this.temp();
            // Jinja2 runs `else` unless an iteration reached the end of the body (break skips it)
            const completed = s.else_ ? this.temp() : '';
            if (s.else_)
                this.line(`${completed} = false;`);
            this.line(`for (${i} = 0; ${i} < ${items}.length; ${i}++) {`);
            this.line(`frame = new runtime.Frame(${outer}, "loop");`);
            if (usesLoop)
                this.line(`${loop}.index0 = ${i}; frame.vars.loop = ${loop};`);
            this.bind(s.target, `${items}[${i}]`, setVar);
            this.fn.loops++;
            this.statements(s.body.children);
            this.fn.loops--;
            if (s.else_)
                this.line(`${completed} = true;`);
            this.line('}');
            if (s.else_) {
                this.line(`if (!${completed}) {`);
                this.line(`frame = new runtime.Frame(${outer}, "loop");`);
                this.statements(s.else_.children);
                this.line('}');
            }
            this.line(`frame = ${outer};`);
        };
        if (!s.recursive) {
            emitLoop(this.expr(s.iter), '0', 'undefined');
            return;
        }
        const rec = this.temp();
        const saved = this.beginFunction(`${rec} = function (input, depth) { var frame = ${outer};`);
        emitLoop('input', 'depth', rec);
        this.endFunction(saved, '};');
        this.append(`${rec}(${this.expr(s.iter)}, 0)`);
    }
    assign(s) {
        this.at(s);
        this.store(s.target, this.expr(s.node));
    }
    /** `set` of a name, a tuple of names or `ns.attr` (both the inline and the block form). */
    store(target, value) {
        if (target.typename === 'NSRef') {
            this.line(`runtime.setattr(runtime.lookup(context, frame, ${q(target.name)}), ${q(target.attr)}, ${value});`);
            return;
        }
        const t = this.temp();
        this.line(`${t} = ${value};`);
        this.bind(target, t, (n, v) => `runtime.assign(context, frame, ${q(n)}, ${v});`);
    }
    /** Compiles a body into a fresh string variable and returns its name. */
    capture(body) {
        const buf = this.temp();
        const saved = this.out;
        this.line(`${buf} = "";`);
        this.out = buf;
        this.statements(body.children);
        this.out = saved;
        return buf;
    }
    assignBlock(s) {
        this.at(s);
        const buf = this.capture(s.body);
        this.store(s.target, s.filter ? this.filterExpr(s.filter, buf) : buf);
    }
    /** Emits a Macro object for a macro or call-block body and returns its variable. */
    macro(s) {
        const used = namesUsed(s.body);
        for (const d of s.defaults)
            namesUsed(d, used);
        const withDefaults = s.params.slice(s.params.length - s.defaults.length);
        const spec = {
            name: s.name,
            params: s.params,
            defaults: withDefaults,
            catchVarargs: used.has('varargs'),
            catchKwargs: used.has('kwargs'),
            catchCaller: used.has('caller'),
        };
        const id = this.temp();
        const savedOut = this.out;
        this.out = 'output';
        const saved = this.beginFunction(`${id} = new runtime.Macro(${JSON.stringify(spec)}, frame, function (frame) {`);
        this.at(s);
        withDefaults.forEach((p, i) => {
            this.line(`if (frame.vars[${q(p)}] === runtime.MISSING) frame.vars[${q(p)}] = ${this.expr(s.defaults[i])};`);
        });
        this.statements(s.body.children);
        this.endFunction(saved, '});');
        this.out = savedOut;
        return id;
    }
    macroDef(s) {
        this.at(s);
        const id = this.macro(s);
        this.line(`runtime.assign(context, frame, ${q(s.name)}, ${id});`);
    }
    callBlock(s) {
        this.at(s);
        const caller = this.macro(s);
        const call = s.call;
        const fn = this.expr(call.node);
        this.at(s);
        this.append(`runtime.str(${this.callExpr(fn, call, [['caller', caller]])})`);
    }
    filterBlock(s) {
        this.at(s);
        const outer = this.temp();
        this.line(`${outer} = frame; frame = new runtime.Frame(${outer}, "with");`);
        const buf = this.capture(s.body);
        this.line(`frame = ${outer};`);
        this.at(s);
        this.append(`runtime.str(${this.filterExpr(s.filter, buf)})`);
    }
    withStmt(s) {
        this.at(s);
        const outer = this.temp();
        const values = s.values.map((v) => {
            const t = this.temp();
            this.line(`${t} = ${this.expr(v)};`);
            return t;
        });
        this.line(`${outer} = frame; frame = new runtime.Frame(${outer}, "with");`);
        s.targets.forEach((target, i) => this.bind(target, values[i], (n, v) => `frame.vars[${q(n)}] = ${v};`));
        this.statements(s.body.children);
        this.line(`frame = ${outer};`);
    }
    include(s) {
        this.at(s);
        this.append(`runtime.include(env, context, frame, ${this.expr(s.template)}, ${s.ignoreMissing}, ${s.withContext})`);
    }
    importStmt(s) {
        this.at(s);
        this.line(`runtime.assign(context, frame, ${q(s.target)}, runtime.importModule(env, context, frame, ${this.expr(s.template)}, ${s.withContext}), true);`);
    }
    fromImport(s) {
        this.at(s);
        const mod = this.temp();
        this.line(`${mod} = runtime.importModule(env, context, frame, ${this.expr(s.template)}, ${s.withContext});`);
        for (const [name, alias] of s.names) {
            this.line(`runtime.assign(context, frame, ${q(alias)}, runtime.moduleGet(${mod}, ${q(name)}, ${s.lineno + 1}, NAME), true);`);
        }
    }
    extendsStmt(s) {
        this.at(s);
        this.line(`runtime.extend(env, context, ${this.expr(s.template)}, output.length);`);
    }
    block(s) {
        if (this.blockNames.includes(s.name))
            this.error(`block '${s.name}' defined twice`, s);
        this.blockNames.push(s.name);
        // the block body becomes its own function, emitted after root
        const start = this.codebuf.length;
        const savedOut = this.out;
        this.out = 'output';
        const saved = this.beginFunction(`function b_${s.name}(env, context, frame, depth) {`, s.name);
        this.line(`frame = new runtime.Frame(${s.scoped ? 'frame' : 'context.root'}, "block");`);
        this.statements(s.body.children);
        this.endFunction(saved);
        this.out = savedOut;
        this.blocks.push(this.codebuf.splice(start).join(''));
        this.at(s);
        this.line('if (!context.parentTemplate) {');
        this.append(`runtime.renderBlock(env, context, frame, ${q(s.name)})`);
        this.line('}');
    }
    // ---- expressions ----
    /** A JavaScript boolean expression for a condition. */
    cond(e) {
        switch (e.typename) {
            case 'Not':
                return `!(${this.cond(e.node)})`;
            case 'And':
                return `(${this.cond(e.left)} && ${this.cond(e.right)})`;
            case 'Or':
                return `(${this.cond(e.left)} || ${this.cond(e.right)})`;
            case 'Compare':
            case 'Test':
                return this.expr(e);
            case 'Const':
                if (typeof e.value === 'boolean')
                    return String(e.value);
        }
        return `runtime.truthy(${this.expr(e)})`;
    }
    expr(e) {
        switch (e.typename) {
            case 'Const':
                return this.constant(e);
            case 'Name':
                if (e.name === 'super' && this.fn.block) {
                    return `runtime.blockSuper(env, context, frame, ${q(this.fn.block)}, depth)`;
                }
                return `runtime.lookup(context, frame, ${q(e.name)})`;
            case 'Tuple':
                return `runtime.tuple([${e.items.map((i) => this.expr(i)).join(', ')}])`;
            case 'List':
                return `[${e.items.map((i) => this.expr(i)).join(', ')}]`;
            case 'Dict':
                return `runtime.dict([${e.pairs.map(([k, v]) => `${this.expr(k)}, ${this.expr(v)}`).join(', ')}])`;
            case 'Getattr':
                return `runtime.getattr(${this.expr(e.node)}, ${q(e.attr)})`;
            case 'Getitem':
                if (e.arg.typename === 'Slice') {
                    const part = (p) => (p ? this.expr(p) : 'null');
                    return `runtime.slice(${this.expr(e.node)}, ${part(e.arg.start)}, ${part(e.arg.stop)}, ${part(e.arg.step)})`;
                }
                return `runtime.getitem(${this.expr(e.node)}, ${this.expr(e.arg)})`;
            case 'Call':
                return this.callExpr(this.expr(e.node), e);
            case 'Filter':
                return this.filterExpr(e, null);
            case 'Test':
                return this.testExpr(e);
            case 'CondExpr': {
                const alt = e.expr2 ? this.expr(e.expr2) : 'runtime.condUndefined()';
                return `(${this.cond(e.test)} ? ${this.expr(e.expr1)} : ${alt})`;
            }
            case 'And':
            case 'Or': {
                const t = this.temp();
                const left = `(${t} = ${this.expr(e.left)}, runtime.truthy(${t}))`;
                return e.typename === 'And'
                    ? `(${left} ? ${this.expr(e.right)} : ${t})`
                    : `(${left} ? ${t} : ${this.expr(e.right)})`;
            }
            case 'Not':
                return `!(${this.cond(e.node)})`;
            case 'BinOp':
                return `runtime.${BINOPS[e.op]}(${this.expr(e.left)}, ${this.expr(e.right)})`;
            case 'Unary':
                return `runtime.${e.op === '-' ? 'neg' : 'pos'}(${this.expr(e.node)})`;
            case 'Concat':
                return e.nodes.map((n) => this.expr(n)).reduce((a, b) => `runtime.concat(${a}, ${b})`);
            case 'Compare':
                return this.compare(e);
            case 'NSRef':
                return `runtime.getattr(runtime.lookup(context, frame, ${q(e.name)}), ${q(e.attr)})`;
            case 'Slice':
                return this.error('slice outside of a subscript', e);
        }
    }
    constant(e) {
        const v = e.value;
        if (typeof v === 'string')
            return q(v);
        if (typeof v === 'number') {
            if (e.isFloat && Number.isInteger(v)) {
                const id = `c_${this.consts.length}`;
                this.consts.push(`var ${id} = new runtime.PyFloat(${v});\n`);
                return id;
            }
            return Number.isFinite(v) ? String(v) : v > 0 ? 'Infinity' : '-Infinity';
        }
        return String(v);
    }
    compare(e) {
        if (e.ops.length === 1) {
            const [op, right] = e.ops[0];
            const l = this.expr(e.expr);
            const r = this.expr(right);
            if (op === 'in')
                return `runtime.contains(${r}, ${l})`;
            if (op === 'notin')
                return `!runtime.contains(${r}, ${l})`;
            return `runtime.${COMPARES[op]}(${l}, ${r})`;
        }
        const rest = e.ops.flatMap(([op, x]) => [q(op), this.expr(x)]);
        return `runtime.compareChain(${this.expr(e.expr)}, [${rest.join(', ')}])`;
    }
    /** Call arguments; `first` is an extra leading positional argument (a filter's input). */
    args(a, extra = [], first) {
        const positional = a.args.map((x) => this.expr(x));
        if (first !== undefined)
            positional.unshift(first);
        const args = `[${positional.join(', ')}]`;
        const pairs = [...a.kwargs.map(([k, v]) => [k, this.expr(v)]), ...extra];
        const kwargs = pairs.length
            ? `{${pairs.map(([k, v]) => `[${q(k)}]: ${v}`).join(', ')}}`
            : 'null';
        if (a.dynArgs || a.dynKwargs) {
            const dynArgs = a.dynArgs ? this.expr(a.dynArgs) : 'null';
            const dynKwargs = a.dynKwargs ? this.expr(a.dynKwargs) : 'null';
            return {
                args: `runtime.spreadArgs(${args}, ${dynArgs})`,
                kwargs: `runtime.spreadKwargs(${kwargs}, ${dynKwargs})`,
                dyn: true,
            };
        }
        return { args, kwargs, dyn: false };
    }
    callExpr(fn, c, extra = []) {
        const { args, kwargs } = this.args(c, extra);
        return `runtime.call(context, frame, ${fn}, ${args}, ${kwargs})`;
    }
    /** A filter chain; `input` replaces the innermost value (filter blocks, block set). */
    filterExpr(f, input) {
        if (!this.opts.hasFilter(f.name))
            this.error(`No filter named '${f.name}'.`, f);
        const value = f.node === null
            ? (input ?? 'null')
            : f.node.typename === 'Filter'
                ? this.filterExpr(f.node, input)
                : this.expr(f.node);
        const { args, kwargs } = this.args(f, [], value);
        return `runtime.filter(context, frame, ${q(f.name)}, ${args}, ${kwargs})`;
    }
    testExpr(t) {
        if (!this.opts.hasTest(t.name))
            this.error(`No test named '${t.name}'.`, t);
        const { args, kwargs } = this.args(t, [], this.expr(t.node));
        return `runtime.test(context, frame, ${q(t.name)}, ${args}, ${kwargs})`;
    }
}

;// CONCATENATED MODULE: ./lib/templating/html-entities.js
/** The HTML entities Python's html.unescape resolves in practice for striptags and slugify. */
const NAMED = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: '\xa0',
};
/** Decodes named (`&amp;`), decimal (`&#38;`) and hex (`&#x26;`) entities; unknown ones stay. */
function unescapeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ent) => {
        if (ent[0] !== '#')
            return NAMED[ent] ?? whole;
        return String.fromCodePoint(ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : Number(ent.slice(1)));
    });
}

;// CONCATENATED MODULE: ./lib/templating/python/callable.js
/**
 * Python calling convention for functions implemented in JavaScript (filters, tests, globals,
 * str/list/dict methods): positional and keyword arguments are bound to a declared signature,
 * with Python's errors for a wrong call.
 */


const PY_CALL = Symbol('jinja.call');
function isPyCallable(v) {
    return (typeof v === 'object' || typeof v === 'function') && v !== null && PY_CALL in v;
}
function failOnUndefined(values) {
    for (const v of values)
        if (v instanceof Undefined && !(v instanceof SoftUndefined))
            v.fail();
}
function pyFunction(name, params, impl, opts = {}) {
    const names = params.map((p) => (typeof p === 'string' ? p : p[0]));
    const required = params.filter((p) => typeof p === 'string').length;
    const bind = (args, kwargs) => {
        // fast path: every parameter passed positionally, nothing else
        if (!kwargs && args.length === names.length && !opts.varargs && !opts.varkw) {
            if (!opts.undefinedOk)
                failOnUndefined(args);
            return args;
        }
        if (!kwargs && args.length >= required && args.length <= names.length && !opts.varkw) {
            const bound = args.slice();
            for (let i = args.length; i < names.length; i++)
                bound.push(params[i][1]);
            if (!opts.undefinedOk)
                failOnUndefined(bound);
            if (opts.varargs)
                bound.push([]);
            return bound;
        }
        return bindSlow(args, kwargs);
    };
    const bindSlow = (args, kwargs) => {
        const bound = new Array(names.length);
        const given = new Array(names.length).fill(false);
        let rest = [];
        const n = Math.min(args.length, names.length);
        for (let i = 0; i < n; i++) {
            bound[i] = args[i];
            given[i] = true;
        }
        if (args.length > names.length) {
            if (!opts.varargs) {
                throw typeError(`${name}() takes ${names.length === 1 ? '1 positional argument' : `at most ${names.length} arguments`} (${args.length} given)`);
            }
            rest = args.slice(names.length);
        }
        let extra;
        if (kwargs) {
            for (const key of Object.keys(kwargs)) {
                const idx = names.indexOf(key);
                if (idx >= 0) {
                    if (given[idx])
                        throw typeError(`${name}() got multiple values for argument '${key}'`);
                    bound[idx] = kwargs[key];
                    given[idx] = true;
                }
                else if (opts.varkw) {
                    extra ??= Object.create(null);
                    extra[key] = kwargs[key];
                }
                else {
                    throw typeError(`${name}() got an unexpected keyword argument '${key}'`);
                }
            }
        }
        for (let i = 0; i < names.length; i++) {
            if (given[i])
                continue;
            const p = params[i];
            if (typeof p === 'string') {
                throw typeError(`${name}() missing 1 required positional argument: '${p}'`);
            }
            bound[i] = p[1];
        }
        if (!opts.undefinedOk) {
            failOnUndefined(bound);
            failOnUndefined(rest);
            if (extra)
                failOnUndefined(Object.values(extra));
        }
        if (opts.varargs)
            bound.push(rest);
        if (opts.varkw)
            bound.push(extra ?? Object.create(null));
        return bound;
    };
    const fn = ((...args) => impl.apply(NO_SITE, bind(args, null)));
    fn[PY_CALL] = (args, kwargs, site) => impl.apply(site, bind(args, kwargs));
    Object.defineProperty(fn, 'pyName', { value: name });
    return fn;
}
const NO_SITE = { context: undefined, frame: undefined };
/** `obj.method` as a value: calling it passes `obj` as the first argument. */
class BoundMethod {
    fn;
    self;
    name;
    constructor(fn, self, name) {
        this.fn = fn;
        this.self = self;
        this.name = name;
    }
    [PY_CALL](args, kwargs, site) {
        return this.fn[PY_CALL]([this.self, ...args], kwargs, site);
    }
    __str__() {
        return `<built-in method ${this.name}>`;
    }
}
/** Calls any callable value with Python arguments. */
/**
 * Calls a plain JavaScript function handed in with the variables (e.g. images.get_image):
 * keyword arguments arrive as one trailing object; undefined arguments raise first.
 */
function callForeign(fn, args, kwargs) {
    failOnUndefined(args);
    if (!kwargs || !Object.keys(kwargs).length)
        return fn(...args);
    failOnUndefined(Object.values(kwargs));
    return fn(...args, { ...kwargs });
}

;// CONCATENATED MODULE: ./lib/templating/python/numfmt.js
/**
 * Decimal formatting of floats exactly as Python does it: from the exact binary value,
 * rounding half to even. (JavaScript's toFixed/toPrecision round exact ties up instead,
 * so `'%.1f' % 0.25` would give 0.3 where Python gives 0.2.)
 */
function exactDecimal(x) {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, Math.abs(x));
    const hi = view.getUint32(0);
    const lo = view.getUint32(4);
    const biased = (hi >>> 20) & 0x7ff;
    let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
    let exp2;
    if (biased === 0)
        exp2 = -1074;
    else {
        mant |= 1n << 52n;
        exp2 = biased - 1075;
    }
    if (exp2 >= 0)
        return { digits: (mant << BigInt(exp2)).toString(), scale: 0 };
    return { digits: (mant * 5n ** BigInt(-exp2)).toString(), scale: -exp2 };
}
/** Rounds |x| half-to-even to `frac` fractional digits (negative: to tens, hundreds...). */
function roundDecimal(d, frac) {
    let digits = d.digits;
    if (digits.length <= d.scale)
        digits = '0'.repeat(d.scale - digits.length + 1) + digits;
    const keep = digits.length - d.scale + frac;
    if (keep >= digits.length)
        return { digits: digits + '0'.repeat(keep - digits.length), scale: frac };
    if (keep < 0)
        return { digits: '0', scale: frac };
    const kept = digits.slice(0, keep) || '0';
    const rest = digits.slice(keep);
    let up = false;
    if (rest[0] > '5')
        up = true;
    else if (rest[0] === '5') {
        up = /[1-9]/.test(rest.slice(1)) || Number(kept[kept.length - 1]) % 2 === 1;
    }
    const n = up ? BigInt(kept) + 1n : BigInt(kept);
    return { digits: n.toString(), scale: frac };
}
function withPoint(d) {
    if (d.scale <= 0)
        return d.digits + '0'.repeat(-d.scale);
    const digits = d.digits.padStart(d.scale + 1, '0');
    return `${digits.slice(0, digits.length - d.scale)}.${digits.slice(digits.length - d.scale)}`;
}
/** Python `round(x, ndigits)` on a float. */
function roundHalfEven(x, ndigits) {
    if (!Number.isFinite(x))
        return x;
    const r = roundDecimal(exactDecimal(x), ndigits);
    const v = Number(withPoint(r));
    return x < 0 ? -v : v;
}
/** `%.{prec}f` without sign. */
function fixedDigits(x, prec) {
    return withPoint(roundDecimal(exactDecimal(x), prec));
}
/** `%.{prec}e` without sign: mantissa and exponent. */
function sciParts(x, prec) {
    if (x === 0)
        return { mant: prec > 0 ? `0.${'0'.repeat(prec)}` : '0', exp: 0 };
    const d = exactDecimal(x);
    const stripped = d.digits.replace(/^0+/, '');
    let exp = stripped.length - d.scale - 1;
    let r = roundDecimal(d, prec - exp);
    if (r.digits.length > prec + 1) {
        exp += 1;
        r = roundDecimal(d, prec - exp);
    }
    const digits = r.digits.padStart(prec + 1, '0');
    return { mant: prec > 0 ? `${digits[0]}.${digits.slice(1)}` : digits[0], exp };
}
function expSuffix(exp, upper) {
    return `${upper ? 'E' : 'e'}${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}
function sciDigits(x, prec, upper = false) {
    const { mant, exp } = sciParts(x, prec);
    return mant + expSuffix(exp, upper);
}
/** `%g` without sign; `alt` keeps trailing zeros (the `#` flag). */
function generalDigits(x, prec, alt = false, upper = false) {
    const p = prec === 0 ? 1 : prec;
    if (x === 0)
        return alt ? `0.${'0'.repeat(p - 1)}` : '0';
    const { exp } = sciParts(x, p - 1);
    let s;
    if (exp >= -4 && exp < p)
        s = fixedDigits(x, p - 1 - exp);
    else
        s = sciDigits(x, p - 1, upper);
    if (alt)
        return s;
    const [m, e] = s.split(/(?=[eE])/);
    const trimmed = m.includes('.') ? m.replace(/0+$/, '').replace(/\.$/, '') : m;
    return trimmed + (e ?? '');
}
function nonFinite(x, upper) {
    if (Number.isNaN(x))
        return upper ? 'NAN' : 'nan';
    if (!Number.isFinite(x))
        return upper ? 'INF' : 'inf';
    return undefined;
}

;// CONCATENATED MODULE: ./lib/templating/python/repr.js
/** Python's `str()` and `repr()` of template values: what `{{ value }}` prints. */


/** Python `str(value)`: `None`, `True`, `3.0`, `[1, 'a']`, `{'k': 'v'}`. */
function toPythonString(v) {
    switch (typeof v) {
        case 'string':
            return v;
        case 'number':
            return Number.isInteger(v) ? intStr(v) : floatRepr(v);
        case 'boolean':
            return v ? 'True' : 'False';
        case 'undefined':
            return 'None';
    }
    if (v === null)
        return 'None';
    if (v instanceof Undefined)
        return v.str();
    return pyRepr(v);
}
/** Python `repr(value)`; the text of a value that expands past MAX_TEXT is refused. */
function pyRepr(v) {
    if (typeof v === 'string')
        return strRepr(v);
    const out = new BoundedText();
    reprInto(v, out);
    return out.toString();
}
function reprInto(v, out) {
    switch (typeof v) {
        case 'string':
            return out.write(strRepr(v));
        case 'number':
        case 'boolean':
        case 'undefined':
            return out.write(toPythonString(v));
        case 'function':
            return out.write(`<function ${v.name || '<lambda>'}>`);
    }
    if (v === null)
        return out.write('None');
    if (v instanceof PyFloat)
        return out.write(floatRepr(v.value));
    if (v instanceof PyRange) {
        const [start, stop, step] = v.bounds;
        return out.write(step === 1 ? `range(${start}, ${stop})` : `range(${start}, ${stop}, ${step})`);
    }
    if (v instanceof DictView)
        return items(v, `dict_${v.kind}([`, '])', out);
    if (v instanceof GroupTuple) {
        out.write('_GroupTuple(grouper=');
        reprInto(v[0], out);
        out.write(', list=');
        reprInto(v[1], out);
        return out.write(')');
    }
    if (v instanceof PyTuple)
        return items(v, '(', v.length === 1 ? ',)' : ')', out);
    if (Array.isArray(v))
        return items(v, '[', ']', out);
    if (v instanceof Undefined)
        return out.write('Undefined');
    if (v instanceof Namespace) {
        out.write('<Namespace ');
        dictInto(v.attrs, out);
        return out.write('>');
    }
    if (isDict(v))
        return dictInto(v, out);
    if (v instanceof Date)
        return out.write(v.toISOString());
    const custom = v.__str__;
    if (typeof custom === 'function')
        return out.write(custom.call(v));
    out.write(`<${typeName(v)} object>`);
}
function items(list, open, close, out) {
    out.write(open);
    list.forEach((x, i) => {
        if (i)
            out.write(', ');
        reprInto(x, out);
    });
    out.write(close);
}
function dictInto(d, out) {
    out.write('{');
    Object.keys(d).forEach((k, i) => {
        out.write(i ? `, ${strRepr(k)}: ` : `${strRepr(k)}: `);
        reprInto(d[k], out);
    });
    out.write('}');
}
/** Python ints print every digit, where JavaScript would switch to exponent notation. */
function intStr(n) {
    return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
}
/**
 * Python's float repr: the shortest digits that round-trip (as JavaScript), in fixed
 * notation for exponents -4..15 and `1e+16` style outside, always with a `.0` when integral.
 */
function floatRepr(x) {
    if (Number.isNaN(x))
        return 'nan';
    if (x === Infinity)
        return 'inf';
    if (x === -Infinity)
        return '-inf';
    if (x === 0)
        return Object.is(x, -0) ? '-0.0' : '0.0';
    const [mant, expPart] = x.toExponential().split('e');
    const exp = Number(expPart);
    const neg = mant.startsWith('-');
    const digits = mant.replace('-', '').replace('.', '');
    const sign = neg ? '-' : '';
    if (exp < -4 || exp >= 16) {
        const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
        const e = Math.abs(exp).toString().padStart(2, '0');
        return `${sign}${m}e${exp < 0 ? '-' : '+'}${e}`;
    }
    if (exp < 0)
        return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
    const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
    const frac = digits.slice(exp + 1);
    return `${sign}${intPart}.${frac || '0'}`;
}
// Characters Python's str.isprintable() rejects (other than the ASCII space).
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
/** Python's repr of a str: single quotes unless the text holds ' and no ". */
function strRepr(s) {
    const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
    let out = quote;
    for (const ch of s) {
        switch (ch) {
            case '\\':
                out += '\\\\';
                continue;
            case '\n':
                out += '\\n';
                continue;
            case '\r':
                out += '\\r';
                continue;
            case '\t':
                out += '\\t';
                continue;
            case quote:
                out += `\\${quote}`;
                continue;
        }
        if (ch !== ' ' && NON_PRINTABLE.test(ch)) {
            const cp = ch.codePointAt(0) ?? 0;
            if (cp < 0x100)
                out += `\\x${cp.toString(16).padStart(2, '0')}`;
            else if (cp < 0x10000)
                out += `\\u${cp.toString(16).padStart(4, '0')}`;
            else
                out += `\\U${cp.toString(16).padStart(8, '0')}`;
        }
        else {
            out += ch;
        }
    }
    return out + quote;
}

;// CONCATENATED MODULE: ./lib/templating/python/format.js
/** Python string formatting: `"%s" % x`, `"{}".format(x)` and the format-spec mini-language. */





const SPEC_RE = /^(?:(.)?([<>=^]))?([+\- ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su;
function parseSpec(spec) {
    const m = SPEC_RE.exec(spec);
    if (!m)
        throw valueError('Invalid format specifier');
    // widths pad and precisions add zeros: both are string lengths
    checkText(Number(m[7] ?? 0));
    checkText(Number(m[9] ?? 0));
    return {
        fill: m[1] ?? (m[6] && !m[2] ? '0' : ' '),
        align: m[2] ?? (m[6] ? '=' : ''),
        sign: m[3] ?? '-',
        alt: !!m[5],
        zero: !!m[6],
        width: m[7] ? Number(m[7]) : 0,
        grouping: m[8] ?? '',
        precision: m[9] !== undefined ? Number(m[9]) : undefined,
        type: m[10] ?? '',
    };
}
function group(intPart, sep, size) {
    if (!sep)
        return intPart;
    let out = '';
    for (let i = intPart.length; i > 0; i -= size) {
        const start = Math.max(0, i - size);
        out = intPart.slice(start, i) + (out ? sep + out : '');
    }
    return out;
}
function pad(body, sign, spec, defaultAlign) {
    const total = [...sign].length + [...body].length;
    if (spec.width <= total)
        return sign + body;
    const n = spec.width - total;
    const fill = spec.fill;
    switch (spec.align || defaultAlign) {
        case '<':
            return sign + body + fill.repeat(n);
        case '^': {
            const left = Math.floor(n / 2);
            return fill.repeat(left) + sign + body + fill.repeat(n - left);
        }
        case '=':
            return sign + fill.repeat(n) + body;
        default:
            return fill.repeat(n) + sign + body;
    }
}
function signOf(neg, spec) {
    if (neg)
        return '-';
    return spec.sign === '-' ? '' : spec.sign;
}
function formatInt(n, spec) {
    const neg = n < 0;
    const abs = Math.abs(n);
    let body;
    let prefix = '';
    switch (spec.type) {
        case 'b':
            body = abs.toString(2);
            prefix = spec.alt ? '0b' : '';
            break;
        case 'o':
            body = abs.toString(8);
            prefix = spec.alt ? '0o' : '';
            break;
        case 'x':
        case 'X':
            body = abs.toString(16);
            prefix = spec.alt ? '0x' : '';
            if (spec.type === 'X') {
                body = body.toUpperCase();
                prefix = prefix.toUpperCase();
            }
            break;
        case 'c':
            return pad(String.fromCodePoint(n), '', spec, '<');
        default:
            body = intStr(abs);
    }
    const size = spec.type === '' || spec.type === 'd' || spec.type === 'n' ? 3 : 4;
    body = group(body, spec.grouping, size);
    if (spec.align === '=' && spec.fill === '0' && spec.grouping) {
        // zero padding also gets grouped: emulate by widening the digits first
        const width = spec.width - signOf(neg, spec).length - prefix.length;
        while (body.length < width)
            body = group(('0' + body).replace(/[,_]/g, ''), spec.grouping, size);
    }
    return pad(body, signOf(neg, spec) + prefix, spec, '>');
}
function formatFloat(x, spec) {
    const neg = x < 0 || Object.is(x, -0);
    const abs = Math.abs(x);
    const upper = spec.type === 'E' || spec.type === 'F' || spec.type === 'G';
    let body = nonFinite(abs, upper);
    if (body === undefined) {
        const prec = spec.precision;
        switch (spec.type) {
            case 'e':
            case 'E':
                body = sciDigits(abs, prec ?? 6, upper);
                break;
            case 'f':
            case 'F':
                body = fixedDigits(abs, prec ?? 6);
                break;
            case '%':
                body = fixedDigits(abs * 100, prec ?? 6) + '%';
                break;
            case 'g':
            case 'G':
            case 'n':
                body = generalDigits(abs, prec ?? 6, spec.alt, upper);
                break;
            default:
                if (prec === undefined)
                    body = floatRepr(abs);
                else {
                    body = generalDigits(abs, prec, spec.alt);
                    if (!/[.e]/.test(body))
                        body += '.0';
                }
        }
        if (spec.alt && !body.includes('.') && !/[eE%]/.test(body))
            body += '.';
        if (spec.grouping) {
            const [i, ...rest] = body.split(/(?=[.eE%])/);
            body = group(i, spec.grouping, 3) + rest.join('');
        }
    }
    return pad(body, signOf(neg, spec), spec, '>');
}
/** format(value, spec): the mini-language used by str.format. */
function formatValue(value, specText) {
    if (value instanceof Undefined)
        value.fail();
    if (specText === '')
        return toPythonString(value);
    const spec = parseSpec(specText);
    if (typeof value === 'string') {
        if (spec.type && spec.type !== 's') {
            throw valueError(`Unknown format code '${spec.type}' for object of type 'str'`);
        }
        const chars = [...value];
        const s = spec.precision !== undefined ? chars.slice(0, spec.precision).join('') : value;
        return pad(s, '', spec, '<');
    }
    if (typeof value === 'boolean' && spec.type === '')
        return pad(value ? 'True' : 'False', '', spec, '<');
    if (isNumeric(value)) {
        const n = num(value);
        if (!isFloat(value) && 'bcdoxXn'.includes(spec.type || 'd'))
            return formatInt(n, spec);
        if (isFloat(value) && 'bcdoxX'.includes(spec.type) && spec.type !== '') {
            throw valueError(`Unknown format code '${spec.type}' for object of type 'float'`);
        }
        if (!isFloat(value) && spec.type === '')
            return formatInt(n, spec);
        return formatFloat(n, spec);
    }
    throw typeError(`unsupported format string passed to ${typeName(value)}.__format__`);
}
// ---- printf-style: "%s" % value ----
const PERCENT_RE = /%(?:\(([^)]*)\))?([#0\- +]*)(\*|\d+)?(?:\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])?/g;
function asciiRepr(v) {
    return pyRepr(v).replace(/[^\p{ASCII}]/gu, (ch) => {
        const cp = ch.codePointAt(0) ?? 0;
        if (cp < 0x100)
            return `\\x${cp.toString(16).padStart(2, '0')}`;
        if (cp < 0x10000)
            return `\\u${cp.toString(16).padStart(4, '0')}`;
        return `\\U${cp.toString(16).padStart(8, '0')}`;
    });
}
function percentOne(value, flags, width, prec, type) {
    if (value instanceof Undefined && type !== 'r' && type !== 'a')
        value.fail();
    const left = flags.includes('-');
    const spec = {
        fill: flags.includes('0') && !left && !'srac'.includes(type) ? '0' : ' ',
        align: left ? '<' : flags.includes('0') && !'srac'.includes(type) ? '=' : '>',
        sign: flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '-',
        alt: flags.includes('#'),
        zero: false,
        width,
        grouping: '',
        precision: prec,
        type: '',
    };
    switch (type) {
        case 's':
        case 'r':
        case 'a': {
            let s = type === 's' ? toPythonString(value) : type === 'r' ? pyRepr(value) : asciiRepr(value);
            if (prec !== undefined)
                s = [...s].slice(0, prec).join('');
            return pad(s, '', spec, '>');
        }
        case 'c': {
            let s;
            if (typeof value === 'string' && [...value].length === 1)
                s = value;
            else if (typeof value === 'number' && Number.isInteger(value))
                s = String.fromCodePoint(value);
            else
                throw typeError('%c requires int or char');
            return pad(s, '', spec, '>');
        }
        case 'd':
        case 'i':
        case 'u': {
            if (!isNumeric(value)) {
                throw typeError(`%${type} format: a real number is required, not ${typeName(value)}`);
            }
            const n = Math.trunc(num(value));
            const body = intStr(Math.abs(n));
            const digits = prec !== undefined ? body.padStart(prec, '0') : body;
            return pad(digits, signOf(n < 0, spec), spec, '>');
        }
        case 'o':
        case 'x':
        case 'X': {
            if (!(typeof value === 'number' && Number.isInteger(value)) && typeof value !== 'boolean') {
                throw typeError(`%${type} format: an integer is required, not ${typeName(value)}`);
            }
            const n = num(value);
            let body = Math.abs(n).toString(type === 'o' ? 8 : 16);
            if (type === 'X')
                body = body.toUpperCase();
            if (prec !== undefined)
                body = body.padStart(prec, '0');
            const prefix = spec.alt ? (type === 'o' ? '0o' : type === 'x' ? '0x' : '0X') : '';
            return pad(body, signOf(n < 0, spec) + prefix, spec, '>');
        }
        default: {
            if (typeof value === 'string' || !isNumeric(value)) {
                throw typeError(`must be real number, not ${typeName(value)}`);
            }
            spec.type = type === 'F' ? 'F' : type;
            spec.precision = prec ?? 6;
            return formatFloat(num(value), spec);
        }
    }
}
/** Python `fmt % args`. */
function percentFormat(fmt, args) {
    const positional = args instanceof PyTuple ? [...args] : [args];
    const mapping = isDict(args) ? args : undefined;
    let next = 0;
    let usedMapping = false;
    const take = () => {
        if (next >= positional.length)
            throw typeError('not enough arguments for format string');
        return positional[next++];
    };
    const out = fmt.replace(PERCENT_RE, (whole, key, flags, width, prec, type) => {
        if (type === undefined)
            throw valueError(`unsupported format character at index ${fmt.indexOf(whole)}`);
        if (type === '%' && whole === '%%')
            return '%';
        let value;
        const w = width === '*' ? num(take()) : width ? Number(width) : 0;
        const p = prec === '*' ? num(take()) : prec !== undefined ? Number(prec) : undefined;
        checkText(Math.abs(w));
        checkText(p ?? 0);
        if (type === '%')
            return '%';
        if (key !== undefined) {
            if (!mapping)
                throw typeError('format requires a mapping');
            if (!Object.hasOwn(mapping, key))
                throw keyError(`'${key}'`);
            usedMapping = true;
            value = mapping[key];
        }
        else
            value = take();
        return percentOne(value, flags, w, p, type);
    });
    if (!usedMapping && !mapping && next < positional.length) {
        throw typeError('not all arguments converted during string formatting');
    }
    return out;
}
/** Python `fmt.format(*args, **kwargs)`; `get` resolves `.attr` and `[key]` parts. */
function strFormat(fmt, args, kwargs, get) {
    let auto = 0;
    let out = '';
    let i = 0;
    while (i < fmt.length) {
        const ch = fmt[i];
        if (ch === '{' && fmt[i + 1] === '{') {
            out += '{';
            i += 2;
            continue;
        }
        if (ch === '}' && fmt[i + 1] === '}') {
            out += '}';
            i += 2;
            continue;
        }
        if (ch === '}')
            throw valueError("Single '}' encountered in format string");
        if (ch !== '{') {
            out += ch;
            i++;
            continue;
        }
        let depth = 1;
        let j = i + 1;
        while (j < fmt.length && depth > 0) {
            if (fmt[j] === '{')
                depth++;
            else if (fmt[j] === '}')
                depth--;
            j++;
        }
        if (depth > 0)
            throw valueError("expected '}' before end of string");
        const field = fmt.slice(i + 1, j - 1);
        i = j;
        const m = /^([^.[!:]*)((?:\.[^.[!:]+|\[[^\]]*\])*)(?:!([rsa]))?(?::(.*))?$/s.exec(field);
        if (!m)
            throw valueError('unexpected format field');
        const [, name, path, conv, rawSpec] = m;
        let value;
        if (name === '')
            value = args[auto++];
        else if (/^\d+$/.test(name))
            value = args[Number(name)];
        else {
            if (!Object.hasOwn(kwargs, name))
                throw keyError(`'${name}'`);
            value = kwargs[name];
        }
        if (value === undefined)
            throw indexError('Replacement index out of range');
        for (const part of path.match(/\.[^.[]+|\[[^\]]*\]/g) ?? []) {
            if (part.startsWith('.'))
                value = get(value, part.slice(1));
            else {
                const k = part.slice(1, -1);
                value = get(value, /^\d+$/.test(k) ? Number(k) : k);
            }
        }
        if (conv === 'r')
            value = pyRepr(value);
        else if (conv === 's')
            value = toPythonString(value);
        else if (conv === 'a')
            value = asciiRepr(value);
        const spec = (rawSpec ?? '').replace(/\{([^}]*)\}/g, (_w, inner) => toPythonString(inner === '' ? args[auto++] : /^\d+$/.test(inner) ? args[Number(inner)] : kwargs[inner]));
        out += formatValue(value, spec);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/templating/python/methods.js
/**
 * The Python methods templates call on values: `s.split()`, `s.replace(a, b)`,
 * `list.append(x)`, `d.items()`, `d.get(k, default)`, ...
 */






/** The characters str.isspace() accepts (what strip() and split() remove). */
const PY_WHITESPACE = '\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
const WS_CLASS = `[${PY_WHITESPACE.replace(/[\]\\^-]/g, '\\$&')}]`;
const WS_RUN = new RegExp(`${WS_CLASS}+`, 'u');
// The line boundaries of Python's str.splitlines(), control characters included.
// eslint-disable-next-line no-control-regex
const LINE_BREAK = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/;
function table(defs) {
    const t = Object.create(null);
    for (const [name, [params, impl]] of Object.entries(defs)) {
        t[name] = pyFunction(name, ['self', ...params], impl);
    }
    return t;
}
function str(v, what) {
    if (typeof v !== 'string')
        throw typeError(`${what} must be str, not ${typeName(v)}`);
    return v;
}
/** Code-point slice of s (Python indexes count code points). */
function cpSlice(s, start, end) {
    if (start == null && end == null)
        return { sub: s, offset: 0 };
    const cs = hasAstral(s) ? chars(s) : null;
    const len = cs ? cs.length : s.length;
    const norm = (v, dflt) => {
        if (v == null)
            return dflt;
        let n = num(v);
        if (n < 0)
            n = Math.max(0, n + len);
        return Math.min(n, len);
    };
    const a = norm(start, 0);
    const b = norm(end, len);
    if (b <= a)
        return { sub: '', offset: a };
    return { sub: cs ? cs.slice(a, b).join('') : s.slice(a, b), offset: a };
}
function cpIndex(s, unitIndex) {
    return unitIndex < 0 || !hasAstral(s) ? unitIndex : chars(s.slice(0, unitIndex)).length;
}
function find(s, sub, start, end, last) {
    const needle = str(sub, 'substring');
    const { sub: hay, offset } = cpSlice(s, start, end);
    const i = last ? hay.lastIndexOf(needle) : hay.indexOf(needle);
    return i < 0 ? -1 : cpIndex(hay, i) + offset;
}
function count(s, sub, start, end) {
    const needle = str(sub, 'substring');
    const { sub: hay } = cpSlice(s, start, end);
    if (needle === '')
        return chars(hay).length + 1;
    let n = 0;
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length))
        n++;
    return n;
}
function affixMatch(s, affix, start, end, atEnd) {
    const { sub } = cpSlice(s, start, end);
    const options = affix instanceof PyTuple ? [...affix] : [affix];
    return options.some((a) => {
        const t = str(a, atEnd ? 'endswith arg' : 'startswith arg');
        return atEnd ? sub.endsWith(t) : sub.startsWith(t);
    });
}
function pySplit(s, sep, maxsplit) {
    let max = maxsplit == null ? -1 : num(maxsplit);
    if (sep === null || sep === undefined) {
        const out = [];
        let rest = s.replace(new RegExp(`^${WS_CLASS}+`, 'u'), '');
        while (rest !== '') {
            if (max === 0) {
                out.push(rest);
                break;
            }
            const m = WS_RUN.exec(rest);
            if (!m) {
                out.push(rest);
                break;
            }
            out.push(rest.slice(0, m.index));
            rest = rest.slice(m.index + m[0].length);
            max--;
        }
        return out;
    }
    const d = str(sep, 'separator');
    if (d === '')
        throw valueError('empty separator');
    const parts = s.split(d);
    if (max < 0 || parts.length <= max + 1)
        return parts;
    return [...parts.slice(0, max), parts.slice(max).join(d)];
}
function rsplit(s, sep, maxsplit) {
    const max = maxsplit == null ? -1 : num(maxsplit);
    if (max < 0)
        return pySplit(s, sep, -1);
    const rev = (x) => chars(x).reverse().join('');
    const revSep = sep == null ? sep : rev(str(sep, 'separator'));
    return pySplit(rev(s), revSep, max).map(rev).reverse();
}
function splitlines(s, keepends = false) {
    const out = [];
    let rest = s;
    while (rest !== '') {
        const m = LINE_BREAK.exec(rest);
        if (!m) {
            out.push(rest);
            break;
        }
        out.push(rest.slice(0, keepends ? m.index + m[0].length : m.index));
        rest = rest.slice(m.index + m[0].length);
    }
    return out;
}
function pyStrip(s, charsArg, left, right) {
    const set = charsArg == null ? PY_WHITESPACE : str(charsArg, 'strip arg');
    const cs = chars(s);
    let a = 0;
    let b = cs.length;
    if (left)
        while (a < b && set.includes(cs[a]))
            a++;
    if (right)
        while (b > a && set.includes(cs[b - 1]))
            b--;
    return cs.slice(a, b).join('');
}
const isCased = (ch) => ch.toLowerCase() !== ch.toUpperCase();
/** Python str.title(): a letter after a non-letter is upper-cased, the rest lower-cased. */
function pyTitle(s) {
    let out = '';
    let prevCased = false;
    for (const ch of s) {
        if (isCased(ch)) {
            out += prevCased ? ch.toLowerCase() : ch.toUpperCase();
            prevCased = true;
        }
        else {
            out += ch;
            prevCased = false;
        }
    }
    return out;
}
function pyCapitalize(s) {
    const cs = chars(s);
    if (cs.length === 0)
        return '';
    return cs[0].toUpperCase() + cs.slice(1).join('').toLowerCase();
}
/** Python str.center(): the odd extra pad goes left only when the width is odd. */
function pyCenter(s, width, fill = ' ') {
    const w = num(width);
    const len = chars(s).length;
    const f = str(fill, 'fill character');
    if (w <= len)
        return s;
    checkText(w);
    const padding = w - len;
    const left = Math.floor(padding / 2) + (padding & w & 1);
    return f.repeat(left) + s + f.repeat(padding - left);
}
function just(s, width, fill, left) {
    const w = num(width);
    const n = w - chars(s).length;
    if (n <= 0)
        return s;
    checkText(w);
    const f = str(fill, 'fill character').repeat(n);
    return left ? s + f : f + s;
}
function pyReplace(s, old, rep, countArg = -1) {
    const o = str(old, 'replace() argument 1');
    const r = str(rep, 'replace() argument 2');
    let max = countArg == null ? -1 : num(countArg);
    if (max < 0) {
        // r before every character and at the end: '' becomes r, 'ab' becomes r a r b r
        if (o === '')
            return joinText(['', ...chars(s), ''], r);
        return joinText(s.split(o), r);
    }
    if (o === '') {
        const cs = chars(s);
        checkText(s.length + Math.min(max, cs.length + 1) * r.length);
        let out = '';
        for (let i = 0; i <= cs.length; i++) {
            if (max > 0) {
                out += r;
                max--;
            }
            if (i < cs.length)
                out += cs[i];
        }
        return out;
    }
    const parts = s.split(o);
    if (parts.length - 1 <= max)
        return joinText(parts, r);
    return joinText(parts.slice(0, max + 1), r) + o + parts.slice(max + 1).join(o);
}
function strJoin(sep, items) {
    const parts = pyIter(items).map((x, i) => {
        if (typeof x !== 'string') {
            throw typeError(`sequence item ${i}: expected str instance, ${typeName(x)} found`);
        }
        return x;
    });
    return joinText(parts, sep);
}
const is = (re) => (s) => s.length > 0 && re.test(s);
const STR_METHODS = table({
    upper: [[], (s) => s.toUpperCase()],
    lower: [[], (s) => s.toLowerCase()],
    casefold: [[], (s) => s.toLowerCase()],
    swapcase: [
        [],
        (s) => chars(s)
            .map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()))
            .join(''),
    ],
    title: [[], pyTitle],
    capitalize: [[], pyCapitalize],
    strip: [[['chars', null]], (s, c) => pyStrip(s, c, true, true)],
    lstrip: [[['chars', null]], (s, c) => pyStrip(s, c, true, false)],
    rstrip: [[['chars', null]], (s, c) => pyStrip(s, c, false, true)],
    split: [
        [
            ['sep', null],
            ['maxsplit', -1],
        ],
        pySplit,
    ],
    rsplit: [
        [
            ['sep', null],
            ['maxsplit', -1],
        ],
        rsplit,
    ],
    splitlines: [[['keepends', false]], (s, k) => splitlines(s, !!k)],
    replace: [['old', 'new', ['count', -1]], pyReplace],
    startswith: [
        ['prefix', ['start', null], ['end', null]],
        (s, p, a, b) => affixMatch(s, p, a, b, false),
    ],
    endswith: [
        ['suffix', ['start', null], ['end', null]],
        (s, p, a, b) => affixMatch(s, p, a, b, true),
    ],
    find: [
        ['sub', ['start', null], ['end', null]],
        (s, x, a, b) => find(s, x, a, b, false),
    ],
    rfind: [
        ['sub', ['start', null], ['end', null]],
        (s, x, a, b) => find(s, x, a, b, true),
    ],
    index: [
        ['sub', ['start', null], ['end', null]],
        (s, x, a, b) => {
            const i = find(s, x, a, b, false);
            if (i < 0)
                throw valueError('substring not found');
            return i;
        },
    ],
    rindex: [
        ['sub', ['start', null], ['end', null]],
        (s, x, a, b) => {
            const i = find(s, x, a, b, true);
            if (i < 0)
                throw valueError('substring not found');
            return i;
        },
    ],
    count: [['sub', ['start', null], ['end', null]], count],
    center: [['width', ['fillchar', ' ']], pyCenter],
    ljust: [['width', ['fillchar', ' ']], (s, w, f) => just(s, w, f, true)],
    rjust: [
        ['width', ['fillchar', ' ']],
        (s, w, f) => just(s, w, f, false),
    ],
    zfill: [
        ['width'],
        (s, w) => {
            const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
            const body = sign ? s.slice(1) : s;
            const n = num(w) - chars(s).length;
            if (n > 0)
                checkText(num(w));
            return n > 0 ? sign + '0'.repeat(n) + body : s;
        },
    ],
    join: [['iterable'], strJoin],
    partition: [
        ['sep'],
        (s, sep) => {
            const d = str(sep, 'separator');
            const i = s.indexOf(d);
            return i < 0 ? tuple([s, '', '']) : tuple([s.slice(0, i), d, s.slice(i + d.length)]);
        },
    ],
    rpartition: [
        ['sep'],
        (s, sep) => {
            const d = str(sep, 'separator');
            const i = s.lastIndexOf(d);
            return i < 0 ? tuple(['', '', s]) : tuple([s.slice(0, i), d, s.slice(i + d.length)]);
        },
    ],
    removeprefix: [
        ['prefix'],
        (s, p) => (s.startsWith(str(p, 'prefix')) ? s.slice(p.length) : s),
    ],
    removesuffix: [
        ['suffix'],
        (s, p) => {
            const x = str(p, 'suffix');
            return x && s.endsWith(x) ? s.slice(0, s.length - x.length) : s;
        },
    ],
    isalnum: [[], is(/^[\p{L}\p{N}]+$/u)],
    isalpha: [[], is(/^\p{L}+$/u)],
    isdigit: [[], is(/^\p{Nd}+$/u)],
    isdecimal: [[], is(/^\p{Nd}+$/u)],
    isnumeric: [[], is(/^\p{N}+$/u)],
    isspace: [[], is(new RegExp(`^${WS_CLASS}+$`, 'u'))],
    islower: [[], (s) => chars(s).some(isCased) && s === s.toLowerCase()],
    isupper: [[], (s) => chars(s).some(isCased) && s === s.toUpperCase()],
    istitle: [[], (s) => chars(s).some(isCased) && pyTitle(s) === s],
});
function strFormatMethod(getter) {
    return pyFunction('format', ['self'], (self, args, kwargs) => strFormat(self, args, kwargs, getter), { varargs: true, varkw: true });
}
function listIndex(list, i) {
    if (!isInt(i) && typeof i !== 'boolean') {
        throw typeError(`'${typeName(i)}' object cannot be interpreted as an integer`);
    }
    const n = num(i);
    return n < 0 ? n + list.length : n;
}
const LIST_METHODS = table({
    append: [
        ['object'],
        (l, x) => {
            checkList(l.length + 1);
            l.push(x);
            return null;
        },
    ],
    extend: [
        ['iterable'],
        (l, x) => {
            const items = pyIter(x);
            const n = items.length;
            checkList(l.length + n);
            // by index: l.extend(l) adds each item once, and no spread of a huge list onto the stack
            for (let i = 0; i < n; i++)
                l.push(items[i]);
            return null;
        },
    ],
    insert: [
        ['index', 'object'],
        (l, i, x) => {
            checkList(l.length + 1);
            const at = Math.max(0, Math.min(listIndex(l, i), l.length));
            l.splice(at, 0, x);
            return null;
        },
    ],
    pop: [
        [['index', -1]],
        (l, i) => {
            if (l.length === 0)
                throw indexError('pop from empty list');
            const at = listIndex(l, i);
            if (at < 0 || at >= l.length)
                throw indexError('pop index out of range');
            return l.splice(at, 1)[0];
        },
    ],
    remove: [
        ['value'],
        (l, x) => {
            const at = l.findIndex((y) => pyEq(y, x));
            if (at < 0)
                throw valueError('list.remove(x): x not in list');
            l.splice(at, 1);
            return null;
        },
    ],
    index: [
        ['value'],
        (l, x) => {
            const at = l.findIndex((y) => pyEq(y, x));
            if (at < 0)
                throw valueError(`${pyRepr(x)} is not in list`);
            return at;
        },
    ],
    count: [['value'], (l, x) => l.filter((y) => pyEq(y, x)).length],
    reverse: [
        [],
        (l) => {
            l.reverse();
            return null;
        },
    ],
    sort: [
        [['reverse', false]],
        (l, rev) => {
            l.sort(pyCompare);
            if (rev)
                l.reverse();
            return null;
        },
    ],
    copy: [[], (l) => [...l]],
    clear: [
        [],
        (l) => {
            l.length = 0;
            return null;
        },
    ],
});
const TUPLE_METHODS = table({
    index: [
        ['value'],
        (l, x) => {
            const at = l.findIndex((y) => pyEq(y, x));
            if (at < 0)
                throw valueError('tuple.index(x): x not in tuple');
            return at;
        },
    ],
    count: [['value'], (l, x) => l.filter((y) => pyEq(y, x)).length],
});
const NO_DEFAULT = Symbol('no default');
/** dict.update (also what dict(...) does to a new dict). */
function dictUpdate(d, other, kwargs) {
    if (isDict(other)) {
        for (const k of Object.keys(other))
            setKey(d, k, other[k]);
    }
    else if (other != null) {
        for (const pair of pyIter(other)) {
            const kv = pyIter(pair);
            if (kv.length !== 2) {
                throw valueError(`dictionary update sequence element has length ${kv.length}; 2 is required`);
            }
            setKey(d, dictKey(kv[0]), kv[1]);
        }
    }
    for (const k of Object.keys(kwargs))
        setKey(d, k, kwargs[k]);
    return null;
}
const DICT_METHODS = Object.assign(table({
    keys: [[], (d) => dictView('keys', Object.keys(d))],
    values: [[], (d) => dictView('values', Object.values(d))],
    items: [
        [],
        (d) => dictView('items', Object.keys(d).map((k) => tuple([k, d[k]]))),
    ],
    get: [
        ['key', ['default', null]],
        (d, k, dflt) => {
            const key = dictKey(k);
            return Object.hasOwn(d, key) ? d[key] : dflt;
        },
    ],
    pop: [
        ['key', ['default', NO_DEFAULT]],
        (d, k, dflt) => {
            const key = dictKey(k);
            if (Object.hasOwn(d, key)) {
                const v = d[key];
                delete d[key];
                return v;
            }
            if (dflt === NO_DEFAULT)
                throw keyError(pyRepr(k));
            return dflt;
        },
    ],
    setdefault: [
        ['key', ['default', null]],
        (d, k, dflt) => {
            const key = dictKey(k);
            if (!Object.hasOwn(d, key))
                setKey(d, key, dflt);
            return d[key];
        },
    ],
    copy: [[], (d) => Object.assign(Object.create(null), d)],
    clear: [
        [],
        (d) => {
            for (const k of Object.keys(d))
                delete d[k];
            return null;
        },
    ],
    popitem: [
        [],
        (d) => {
            const keys = Object.keys(d);
            if (!keys.length)
                throw keyError("'popitem(): dictionary is empty'");
            const k = keys[keys.length - 1];
            const v = d[k];
            delete d[k];
            return tuple([k, v]);
        },
    ],
}), {
    update: pyFunction('update', ['self', ['other', null]], dictUpdate, { varkw: true }),
});

;// CONCATENATED MODULE: ./lib/templating/runtime/access.js
/**
 * Attribute (`obj.name`) and item (`obj[key]`, `obj[a:b]`) access with Jinja2's rules:
 * `.name` prefers a method (so `d.items` is dict.items), `[key]` prefers data (so
 * `list["items"]` on a Kubernetes List is the data). A miss is a StrictUndefined.
 *
 * Safety: templates are project code, but they must not reach the JavaScript runtime
 * (`''.constructor.constructor('code')()` is nunjucks' known escape). Plain data is read
 * through own properties only, and `constructor`, `__proto__` and `prototype` are refused
 * everywhere.
 */




const BLOCKED = new Set(['constructor', '__proto__', 'prototype']);
function refuse(name) {
    throw new TemplateError('SecurityError', `access to '${name}' is refused: templates cannot reach the JavaScript runtime`);
}
function hasMembers(v) {
    return typeof v.member === 'function';
}
const FORMAT = strFormatMethod((obj, key) => typeof key === 'number' ? getitem(obj, key) : getattr(obj, key));
function method(table, self, name) {
    if (name === 'format' && typeof self === 'string')
        return new BoundMethod(FORMAT, self, name);
    return name in table ? new BoundMethod(table[name], self, name) : undefined;
}
/**
 * A member of a JavaScript object handed in by the caller (e.g. `images`): own properties
 * and class methods, never what Object.prototype or Function.prototype provide.
 */
function foreignMember(obj, name) {
    for (let o = obj; o && o !== Object.prototype && o !== Function.prototype; o = Object.getPrototypeOf(o)) {
        if (Object.hasOwn(o, name)) {
            const v = Reflect.get(obj, name);
            return typeof v === 'function' && !isPyCallable(v) ? v.bind(obj) : v;
        }
    }
    return undefined;
}
/** `obj.name` */
function getattr(obj, name) {
    if (BLOCKED.has(name))
        refuse(name);
    if (isDict(obj)) {
        // a method wins over a data key of the same name (d.items is dict.items)
        if (name in DICT_METHODS)
            return new BoundMethod(DICT_METHODS[name], obj, name);
        return Object.hasOwn(obj, name) ? obj[name] : missing(obj, name);
    }
    if (typeof obj === 'string')
        return method(STR_METHODS, obj, name) ?? missing(obj, name);
    if (obj instanceof GroupTuple && (name === 'grouper' || name === 'list')) {
        return obj[name === 'grouper' ? 0 : 1];
    }
    if (Array.isArray(obj)) {
        return (method(obj instanceof PyTuple ? TUPLE_METHODS : LIST_METHODS, obj, name) ?? missing(obj, name));
    }
    if (obj instanceof Undefined)
        obj.fail();
    if (obj === null || obj === undefined || typeof obj !== 'object')
        return missing(obj, name);
    if (obj instanceof Namespace)
        return name in obj.attrs ? obj.attrs[name] : missing(obj, name);
    if (hasMembers(obj))
        return obj.member(name);
    const v = foreignMember(obj, name);
    return v === undefined ? missing(obj, name) : v;
}
/**
 * Whether a dict has a non-string key. Data from vars (JSON/YAML objects) only has string
 * keys, as in kluctl; dicts built by templates or from_yaml (null prototype) may have had
 * int keys, which JavaScript stores as strings.
 */
function hasKey(obj, key) {
    if (typeof key === 'string')
        return Object.hasOwn(obj, key);
    if (Object.getPrototypeOf(obj) !== null)
        return false;
    if (typeof key !== 'number' &&
        typeof key !== 'boolean' &&
        key !== null &&
        !(key instanceof PyFloat))
        return false;
    return Object.hasOwn(obj, dictKey(key));
}
function indexOf(len, key) {
    if (typeof key === 'boolean')
        return key ? 1 : 0;
    if (typeof key !== 'number' || !Number.isInteger(key))
        return undefined;
    const i = key < 0 ? key + len : key;
    return i >= 0 && i < len ? i : undefined;
}
/** `obj[key]` */
function getitem(obj, key) {
    if (typeof key === 'string' && BLOCKED.has(key))
        refuse(key);
    if (key instanceof Undefined)
        key.fail();
    if (Array.isArray(obj)) {
        const i = indexOf(obj.length, key);
        if (i !== undefined)
            return obj[i];
        return typeof key === 'string' ? getattr(obj, key) : missing(obj, key);
    }
    if (isDict(obj)) {
        if (typeof key === 'string') {
            if (Object.hasOwn(obj, key))
                return obj[key];
            return getattr(obj, key);
        }
        if (hasKey(obj, key))
            return obj[dictKey(key)];
        return missing(obj, key);
    }
    if (typeof obj === 'string') {
        if (typeof key === 'string')
            return getattr(obj, key);
        const cs = hasAstral(obj) ? chars(obj) : obj;
        const i = indexOf(cs.length, key);
        return i !== undefined ? cs[i] : missing(obj, key);
    }
    if (obj instanceof Undefined)
        obj.fail();
    if (typeof key === 'string')
        return getattr(obj, key);
    return missing(obj, key);
}
/** Python's slice.indices(len): normalised start, stop and step. */
function sliceBounds(len, start, stop, step) {
    const st = step == null ? 1 : num(step);
    if (st === 0)
        throw new TemplateError('ValueError', 'slice step cannot be zero');
    const norm = (v, dflt, lo, hi) => {
        if (v == null)
            return dflt;
        let n = num(v);
        if (n < 0)
            n += len;
        return Math.min(Math.max(n, lo), hi);
    };
    if (st > 0)
        return [norm(start, 0, 0, len), norm(stop, len, 0, len), st];
    return [norm(start, len - 1, -1, len - 1), norm(stop, -1, -1, len - 1), st];
}
function sliceIndices(len, start, stop, step) {
    const [a, b, st] = sliceBounds(len, start, stop, step);
    const out = [];
    for (let i = a; st > 0 ? i < b : i > b; i += st)
        out.push(i);
    return out;
}
/** `obj[start:stop:step]` */
function slice(obj, start, stop, step) {
    for (const v of [obj, start, stop, step])
        if (v instanceof Undefined)
            v.fail();
    if (typeof obj === 'string') {
        if (step == null && !hasAstral(obj)) {
            const idx = sliceIndices(obj.length, start, stop, 1);
            return idx.length ? obj.slice(idx[0], idx[idx.length - 1] + 1) : '';
        }
        const cs = chars(obj);
        return sliceIndices(cs.length, start, stop, step)
            .map((i) => cs[i])
            .join('');
    }
    if (obj instanceof PyRange) {
        // a slice of a range is a range
        const [a, b, st] = sliceBounds(obj.length, start, stop, step);
        const [r0, , rs] = obj.bounds;
        const r = new PyRange();
        r.bounds = [r0 + a * rs, r0 + b * rs, rs * st];
        for (const i of sliceIndices(obj.length, start, stop, step))
            r.push(obj[i]);
        return r;
    }
    if (Array.isArray(obj)) {
        const items = sliceIndices(obj.length, start, stop, step).map((i) => obj[i]);
        return obj instanceof PyTuple ? tuple(items) : items;
    }
    throw typeError(`'${typeName(obj)}' object is not subscriptable`);
}
/** `{% set ns.attr = value %}` */
function setattr(obj, name, value) {
    if (BLOCKED.has(name))
        refuse(name);
    if (obj instanceof Undefined)
        obj.fail();
    if (!(obj instanceof Namespace)) {
        throw new TemplateError('TemplateRuntimeError', 'cannot assign attribute on non-namespace object');
    }
    obj.attrs[name] = value;
}

;// CONCATENATED MODULE: ./lib/templating/runtime/ops.js
/** Python operators as Jinja2 evaluates them: `+ - * / // % ** ~ == < in`. */






const zeroDivision = (msg) => new TemplateError('ZeroDivisionError', msg);
function operandError(op, a, b) {
    return typeError(`unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`);
}
function failUndefined(a, b) {
    if (a instanceof Undefined)
        a.fail();
    if (b instanceof Undefined)
        b.fail();
}
/** Arithmetic on two numbers: the result is a float when either operand is one. */
const DUNDERS = { '+': '__add__', '-': '__sub__' };
function arith(a, b, op, f) {
    if (!isNumeric(a) || !isNumeric(b)) {
        const method = DUNDERS[op] && dunder(a, DUNDERS[op]);
        if (method)
            return method(b);
        failUndefined(a, b);
        throw operandError(op, a, b);
    }
    const r = f(num(a), num(b));
    return isFloat(a) || isFloat(b) ? pyFloat(r) : r;
}
function add(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        const r = a + b;
        return Number.isInteger(r) && !(Number.isInteger(a) && Number.isInteger(b))
            ? new PyFloat(r)
            : r;
    }
    if (typeof a === 'string') {
        if (typeof b === 'string') {
            checkText(a.length + b.length);
            return a + b;
        }
        failUndefined(a, b);
        throw typeError(`can only concatenate str (not "${typeName(b)}") to str`);
    }
    if (Array.isArray(a)) {
        const kind = a instanceof PyTuple ? 'tuple' : 'list';
        if (Array.isArray(b) && b instanceof PyTuple === (kind === 'tuple')) {
            checkList(a.length + b.length);
            return kind === 'tuple' ? tuple([...a, ...b]) : [...a, ...b];
        }
        failUndefined(a, b);
        throw typeError(`can only concatenate ${kind} (not "${typeName(b)}") to ${kind}`);
    }
    return arith(a, b, '+', (x, y) => x + y);
}
function sub(a, b) {
    return arith(a, b, '-', (x, y) => x - y);
}
function repeat(seq, times) {
    const n = Math.max(0, num(times));
    if (typeof seq === 'string') {
        if (seq === '')
            return '';
        checkText(seq.length * n);
        return seq.repeat(n);
    }
    const items = seq;
    // an empty list repeated 10**12 times is empty, without looping 10**12 times
    const out = [];
    if (items.length) {
        checkList(items.length * n);
        for (let i = 0; i < n; i++)
            for (const x of items)
                out.push(x);
    }
    return seq instanceof PyTuple ? tuple(out) : out;
}
const isIntLike = (v) => typeof v === 'boolean' || (typeof v === 'number' && Number.isInteger(v));
function mul(a, b) {
    if ((typeof a === 'string' || Array.isArray(a)) && isIntLike(b))
        return repeat(a, b);
    if ((typeof b === 'string' || Array.isArray(b)) && isIntLike(a))
        return repeat(b, a);
    if ((typeof a === 'string' || Array.isArray(a)) && isNumeric(b)) {
        throw typeError(`can't multiply sequence by non-int of type '${typeName(b)}'`);
    }
    return arith(a, b, '*', (x, y) => x * y);
}
function div(a, b) {
    if (isNumeric(a) && isNumeric(b) && num(b) === 0)
        throw zeroDivision('division by zero');
    const r = arith(a, b, '/', (x, y) => x / y);
    return typeof r === 'number' ? pyFloat(r) : r;
}
function floordiv(a, b) {
    if (isNumeric(a) && isNumeric(b) && num(b) === 0) {
        throw zeroDivision(isFloat(a) || isFloat(b)
            ? 'float floor division by zero'
            : 'integer division or modulo by zero');
    }
    return arith(a, b, '//', (x, y) => Math.floor(x / y));
}
function mod(a, b) {
    if (typeof a === 'string')
        return percentFormat(a, b);
    if (isNumeric(a) && isNumeric(b) && num(b) === 0) {
        throw zeroDivision(isFloat(a) || isFloat(b) ? 'float modulo' : 'integer modulo by zero');
    }
    return arith(a, b, '%', (x, y) => {
        const r = x % y;
        return r !== 0 && r < 0 !== y < 0 ? r + y : r;
    });
}
function pow(a, b) {
    if (isNumeric(a) && isNumeric(b) && num(a) === 0 && num(b) < 0) {
        throw zeroDivision('0.0 cannot be raised to a negative power');
    }
    const r = arith(a, b, '** or pow()', (x, y) => x ** y);
    // int ** negative int is a float in Python
    return typeof r === 'number' && Number.isInteger(r) && num(b) < 0 ? new PyFloat(r) : r;
}
function neg(a) {
    if (typeof a === 'number')
        return -a;
    if (a instanceof PyFloat)
        return new PyFloat(-a.value);
    if (typeof a === 'boolean')
        return a ? -1 : 0;
    if (a instanceof Undefined)
        a.fail();
    throw typeError(`bad operand type for unary -: '${typeName(a)}'`);
}
function pos(a) {
    if (typeof a === 'number' || a instanceof PyFloat)
        return a;
    if (typeof a === 'boolean')
        return a ? 1 : 0;
    if (a instanceof Undefined)
        a.fail();
    throw typeError(`bad operand type for unary +: '${typeName(a)}'`);
}
/** `a ~ b`: both sides as strings. */
function concat(a, b) {
    const left = typeof a === 'string' ? a : toPythonString(a);
    const right = typeof b === 'string' ? b : toPythonString(b);
    checkText(left.length + right.length);
    return left + right;
}
function eq(a, b) {
    return a === b ? !(a instanceof Undefined) || a.fail() : pyEq(a, b);
}
function ne(a, b) {
    return !eq(a, b);
}
function lt(a, b) {
    return pyLt(a, b, '<');
}
function gt(a, b) {
    return pyLt(b, a, '>');
}
function le(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a <= b;
    if (typeof a === 'string' && typeof b === 'string')
        return a <= b;
    return pyLt(a, b, '<=') || pyEq(a, b);
}
function ge(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a >= b;
    if (typeof a === 'string' && typeof b === 'string')
        return a >= b;
    return pyLt(b, a, '>=') || pyEq(a, b);
}
/** `item in container`. */
function contains(container, item) {
    if (typeof container === 'string') {
        if (typeof item !== 'string') {
            if (item instanceof Undefined)
                item.fail();
            throw typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
        }
        return container.includes(item);
    }
    if (Array.isArray(container))
        return container.some((x) => pyEq(x, item));
    if (isDict(container)) {
        if (item instanceof Undefined)
            item.fail();
        return hasKey(container, item);
    }
    if (container instanceof Undefined)
        container.fail();
    throw typeError(`argument of type '${typeName(container)}' is not iterable`);
}
const COMPARE = {
    '==': eq,
    '!=': ne,
    '<': lt,
    '>': gt,
    '<=': le,
    '>=': ge,
    in: (a, b) => contains(b, a),
    notin: (a, b) => !contains(b, a),
};
/** A chained comparison `a < b < c`: each operand is evaluated once, left to right. */
function compareChain(first, rest) {
    let left = first;
    for (let i = 0; i < rest.length; i += 2) {
        const right = rest[i + 1];
        if (!COMPARE[rest[i]](left, right))
            return false;
        left = right;
    }
    return true;
}

;// CONCATENATED MODULE: ./lib/templating/json.js
/** Python's json.dumps: `, ` and `: ` separators, ASCII-only output, floats as Python prints them. */




function jsonString(s) {
    let out = '"';
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        const ch = s[i];
        if (ch === '"')
            out += '\\"';
        else if (ch === '\\')
            out += '\\\\';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (ch === '\b')
            out += '\\b';
        else if (ch === '\f')
            out += '\\f';
        else if (c < 0x20 || c > 0x7e)
            out += `\\u${c.toString(16).padStart(4, '0')}`;
        else
            out += ch;
    }
    return out + '"';
}
function jsonNumber(n) {
    if (Number.isNaN(n))
        return 'NaN';
    if (n === Infinity)
        return 'Infinity';
    if (n === -Infinity)
        return '-Infinity';
    return Number.isInteger(n) ? intStr(n) : floatRepr(n);
}
function jsonDumps(value, opts = {}) {
    const indent = opts.indent;
    const itemSep = indent === undefined ? ', ' : ',';
    const out = new BoundedText();
    const newline = (level) => {
        if (indent === undefined)
            return '';
        checkText(indent * level);
        return '\n' + ' '.repeat(indent * level);
    };
    /** Writes a list or dict; when indenting, each item starts on its own line. */
    const container = (l, r, n, level, item) => {
        out.write(l);
        if (!n)
            return out.write(r);
        const pad = newline(level + 1);
        for (let i = 0; i < n; i++) {
            out.write(i ? itemSep + pad : pad);
            item(i);
        }
        out.write(newline(level) + r);
    };
    const enc = (v, level) => {
        if (v === null || v === undefined)
            return out.write('null');
        if (v === true)
            return out.write('true');
        if (v === false)
            return out.write('false');
        if (typeof v === 'string')
            return out.write(jsonString(v));
        if (typeof v === 'number')
            return out.write(jsonNumber(v));
        if (v instanceof PyFloat)
            return out.write(floatRepr(v.value).replace(/^inf$/, 'Infinity'));
        if (v instanceof Undefined)
            v.fail();
        if (Array.isArray(v))
            return container('[', ']', v.length, level, (i) => enc(v[i], level + 1));
        if (isDict(v)) {
            const keys = Object.keys(v);
            if (opts.sortKeys)
                keys.sort();
            return container('{', '}', keys.length, level, (i) => {
                out.write(`${jsonString(keys[i])}: `);
                enc(v[keys[i]], level + 1);
            });
        }
        throw typeError(`Object of type ${typeName(v)} is not JSON serializable`);
    };
    enc(value, 0);
    return out.toString();
}

;// CONCATENATED MODULE: ./lib/templating/filters.js
/** Jinja2 3.1's built-in filters, with their keyword arguments and Python semantics. */












const filterArgumentError = (msg) => new TemplateError('FilterArgumentError', msg);
const filters_str = (v) => toPythonString(v);
const envOf = (site) => site.context.state.env;
/** `attribute` arguments: "a.b.0" walks items/attributes (integers index). */
function attrGetter(attribute, postprocess, dflt = null) {
    const parts = typeof attribute === 'string'
        ? attribute.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))
        : [attribute];
    return (item) => {
        let v = item;
        for (const p of parts) {
            v = getitem(v, p);
            if (dflt !== null && v instanceof Undefined)
                v = dflt;
        }
        return postprocess ? postprocess(v) : v;
    };
}
function multiAttrGetter(attribute, postprocess) {
    const getters = (typeof attribute === 'string' ? attribute.split(',') : [attribute]).map((a) => attrGetter(a, postprocess));
    return (item) => getters.map((g) => g(item));
}
const ignoreCase = (v) => (typeof v === 'string' ? v.toLowerCase() : v);
function sortKeyed(items, key, reverse) {
    const decorated = items.map((v) => [key(v), v]);
    decorated.sort((a, b) => pyCompare(a[0], b[0]));
    if (truthy(reverse)) {
        // Python's sort(reverse=True) keeps equal items in their original order
        decorated.reverse();
        stableReverseTies(decorated);
    }
    return decorated.map(([, v]) => v);
}
function stableReverseTies(d) {
    let i = 0;
    while (i < d.length) {
        let j = i + 1;
        while (j < d.length && pyCompare(d[i][0], d[j][0]) === 0)
            j++;
        const run = d.slice(i, j).reverse();
        d.splice(i, run.length, ...run);
        i = j;
    }
}
function htmlEscape(v) {
    return filters_str(v)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&#34;')
        .replace(/'/g, '&#39;');
}
/** Python int(text, base): whitespace, sign and underscores allowed. */
function parseIntText(text, base) {
    let t = pyStrip(text, null, true, true);
    let sign = 1;
    if (t[0] === '+' || t[0] === '-') {
        if (t[0] === '-')
            sign = -1;
        t = t.slice(1);
    }
    let b = base;
    const prefix = /^0([bBoOxX])/.exec(t);
    if (prefix) {
        const pb = { b: 2, o: 8, x: 16 }[prefix[1].toLowerCase()];
        if (b === 0 || b === pb) {
            b = pb;
            t = t.slice(2).replace(/^_/, '');
        }
    }
    if (b === 0)
        b = 10;
    if (!/^[0-9a-zA-Z]+(_[0-9a-zA-Z]+)*$/.test(t))
        return undefined;
    const digits = t.replace(/_/g, '').toLowerCase();
    for (const c of digits)
        if (parseInt(c, 36) >= b)
            return undefined;
    return sign * parseInt(digits, b);
}
/** Python float(text). */
function parseFloatText(text) {
    const t = pyStrip(text, null, true, true).replace(/(?<=\d)_(?=\d)/g, '');
    if (/^[+-]?(inf|infinity)$/i.test(t))
        return t.startsWith('-') ? -Infinity : Infinity;
    if (/^[+-]?nan$/i.test(t))
        return NaN;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t))
        return undefined;
    return Number(t);
}
function toInt(value, dflt, base) {
    if (typeof value === 'string') {
        const i = parseIntText(value, num(base));
        if (i !== undefined)
            return i;
        const f = parseFloatText(value);
        return f !== undefined && Number.isFinite(f) ? Math.trunc(f) : dflt;
    }
    if (isNumeric(value)) {
        const n = num(value);
        return Number.isFinite(n) ? Math.trunc(n) : dflt;
    }
    return dflt;
}
function toFloat(value, dflt) {
    if (typeof value === 'string') {
        const f = parseFloatText(value);
        return f === undefined ? dflt : pyFloat(f);
    }
    if (isNumeric(value))
        return pyFloat(num(value));
    return dflt;
}
function indent(s, width, first, blank) {
    if (typeof width !== 'string')
        checkText(num(width));
    const ind = typeof width === 'string' ? width : ' '.repeat(num(width));
    const text = `${filters_str(s)}\n`;
    let rv;
    if (truthy(blank))
        rv = joinText(splitlines(text), `\n${ind}`);
    else {
        const lines = splitlines(text);
        const rest = lines.slice(1).map((l) => (l ? ind + l : l));
        rv = joinText([lines[0] ?? '', ...rest], '\n');
    }
    return truthy(first) ? ind + rv : rv;
}
function truncate(s, length, killwords, end, leeway) {
    const text = chars(filters_str(s));
    const len = num(length);
    const e = filters_str(end);
    const lee = leeway === null ? 5 : num(leeway);
    if (len < chars(e).length)
        throw new TemplateError('AssertionError', `expected length >= ${chars(e).length}, got ${len}`);
    if (text.length <= len + lee)
        return text.join('');
    if (truthy(killwords))
        return text.slice(0, len - chars(e).length).join('') + e;
    const head = text.slice(0, len - chars(e).length).join('');
    const cut = head.lastIndexOf(' ');
    return (cut < 0 ? head : head.slice(0, cut)) + e;
}
function round(value, precision, method) {
    if (method !== 'common' && method !== 'ceil' && method !== 'floor') {
        throw filterArgumentError('method must be common, ceil or floor');
    }
    const p = num(precision);
    if (!isNumeric(value))
        throw typeError(`type ${typeName(value)} doesn't define __round__ method`);
    const x = num(value);
    if (method === 'common') {
        // round(int, n) stays an int; round(float, n) is a float
        if (!isFloat(value))
            return p >= 0 ? x : roundHalfEven(x, p);
        return pyFloat(roundHalfEven(x, p));
    }
    const f = method === 'ceil' ? Math.ceil : Math.floor;
    return pyFloat(f(x * 10 ** p) / 10 ** p);
}
function minMax(value, caseSensitive, attribute, which) {
    const items = pyIter(value);
    if (!items.length)
        return new Undefined(`No aggregated item, sequence was empty.`);
    const post = truthy(caseSensitive) ? undefined : ignoreCase;
    const key = attribute !== null ? attrGetter(attribute, post) : (v) => (post ? post(v) : v);
    let best = items[0];
    let bestKey = key(best);
    for (const item of items.slice(1)) {
        const k = key(item);
        const c = pyCompare(k, bestKey);
        if ((which === 'min' && c < 0) || (which === 'max' && c > 0)) {
            best = item;
            bestKey = k;
        }
    }
    return best;
}
/** Python sets and dict keys only take hashable values (not lists or dicts). */
function requireHashable(v) {
    if ((Array.isArray(v) && !(v instanceof PyTuple)) || isDict(v)) {
        throw typeError(`unhashable type: '${typeName(v)}'`);
    }
    if (v instanceof PyTuple)
        v.forEach(requireHashable);
}
function filters_unique(value, caseSensitive, attribute) {
    const post = truthy(caseSensitive) ? undefined : ignoreCase;
    const key = attribute !== null ? attrGetter(attribute, post) : (v) => (post ? post(v) : v);
    const seen = [];
    const out = [];
    for (const item of pyIter(value)) {
        const k = key(item);
        requireHashable(k);
        if (!seen.some((s) => pyEq(s, k))) {
            seen.push(k);
            out.push(item);
        }
    }
    return out;
}
function groupby(value, attribute, dflt, caseSensitive) {
    const key = attrGetter(attribute, truthy(caseSensitive) ? undefined : ignoreCase, dflt);
    const sorted = sortKeyed(pyIter(value), key, false);
    const groups = [];
    for (const item of sorted) {
        const k = key(item);
        const last = groups[groups.length - 1];
        if (last && pyEq(last[2], k))
            last[1].push(item);
        else {
            const g = new GroupTuple();
            g.push(k, [item]);
            groups.push(g);
            g[2] = k;
        }
    }
    const display = truthy(caseSensitive) ? undefined : attrGetter(attribute, undefined, dflt);
    for (const g of groups) {
        g.length = 2;
        if (display)
            g[0] = display(g[1][0]);
    }
    return groups;
}
/** select/reject/selectattr/rejectattr */
function selectOrReject(site, value, args, lookupAttr, keep) {
    let getter = (v) => v;
    let rest = args;
    if (lookupAttr) {
        if (!rest.length)
            throw typeError('Missing parameter for attribute name');
        getter = attrGetter(rest[0]);
        rest = rest.slice(1);
    }
    let check = truthy;
    if (rest.length) {
        const name = rest[0];
        const testArgs = rest.slice(1);
        const tests = envOf(site).tests;
        if (typeof name !== 'string' || !Object.hasOwn(tests, name))
            throw new TemplateError('TemplateRuntimeError', `No test named '${String(name)}'.`);
        check = (v) => truthy(tests[name][PY_CALL]([v, ...testArgs], null, site));
    }
    return pyIter(value).filter((item) => check(getter(item)) === keep);
}
function map(value, args, kwargs) {
    const items = pyIter(value);
    if (!args.length && 'attribute' in kwargs) {
        const { attribute, default: dflt = null, ...extra } = kwargs;
        const unknownKey = Object.keys(extra)[0];
        if (unknownKey)
            throw filterArgumentError(`Unexpected keyword argument '${unknownKey}'`);
        return items.map(attrGetter(attribute, undefined, dflt));
    }
    if (!args.length)
        throw filterArgumentError('map requires a filter argument');
    const [name, ...rest] = args;
    const filters = envOf(this).filters;
    if (typeof name !== 'string' || !Object.hasOwn(filters, name)) {
        throw new TemplateError('TemplateRuntimeError', `No filter named '${String(name)}'.`);
    }
    return items.map((item) => filters[name][PY_CALL]([item, ...rest], kwargs, this));
}
function batch(value, linecount, fill) {
    const n = num(linecount);
    if (fill !== null)
        checkList(n);
    const out = [];
    let tmp = [];
    for (const item of pyIter(value)) {
        if (tmp.length === n) {
            out.push(tmp);
            tmp = [];
        }
        tmp.push(item);
    }
    if (tmp.length) {
        if (fill !== null && tmp.length < n)
            while (tmp.length < n)
                tmp.push(fill);
        out.push(tmp);
    }
    return out;
}
function sliceFilter(value, slices, fill) {
    const seq = pyIter(value);
    const n = num(slices);
    checkList(n);
    const per = Math.floor(seq.length / n);
    const extra = seq.length % n;
    let offset = 0;
    const out = [];
    for (let i = 0; i < n; i++) {
        const start = offset + i * per;
        if (i < extra)
            offset++;
        const end = offset + (i + 1) * per;
        const tmp = seq.slice(start, end);
        if (fill !== null && i >= extra)
            tmp.push(fill);
        out.push(tmp);
    }
    return out;
}
function filesizeformat(value, binary) {
    const bytes = num(toFloat(value, 0.0));
    const base = truthy(binary) ? 1024 : 1000;
    const prefixes = truthy(binary)
        ? ['KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB']
        : ['kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
    if (bytes === 1)
        return '1 Byte';
    if (bytes < base)
        return `${Math.trunc(bytes)} Bytes`;
    let unit = base;
    let prefix = prefixes[0];
    for (let i = 0; i < prefixes.length; i++) {
        unit = base ** (i + 2);
        prefix = prefixes[i];
        if (bytes < unit)
            break;
    }
    return `${fixedDigits((base * bytes) / unit, 1)} ${prefix}`;
}
function urlQuote(v, forQs) {
    const s = typeof v === 'string' ? v : filters_str(v);
    const safe = forQs ? '' : '/';
    let out = '';
    for (const byte of Buffer.from(s, 'utf8')) {
        const ch = String.fromCharCode(byte);
        out +=
            /[A-Za-z0-9_.\-~]/.test(ch) || safe.includes(ch)
                ? ch
                : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return forQs ? out.replace(/%20/g, '+') : out;
}
function urlencode(value) {
    if (typeof value === 'string')
        return urlQuote(value, false);
    const pairs = isDict(value)
        ? Object.entries(value)
        : pyIter(value).map((p) => pyIter(p));
    return pairs.map(([k, v]) => `${urlQuote(k, true)}=${urlQuote(v, true)}`).join('&');
}
function striptags(value) {
    const s = filters_str(value)
        .replace(/<!--.*?-->/gs, '')
        .replace(/<.*?>/gs, '');
    const collapsed = s
        .split(new RegExp(`[${PY_WHITESPACE}]+`))
        .filter(Boolean)
        .join(' ');
    return unescapeEntities(collapsed);
}
/** textwrap.wrap as Jinja2's wordwrap calls it (no tab expansion, whitespace kept). */
function wrapLine(line, width, breakLong, breakHyphens) {
    const chunkRe = breakHyphens ? /\s+|[^\s-]*\w+-(?=\w)|\S+?(?:-+(?=\w)|(?=\s)|$)/g : /\s+|\S+/g;
    const chunks = (line.match(chunkRe) ?? []).filter((c) => c !== '');
    chunks.reverse();
    const lines = [];
    while (chunks.length) {
        const cur = [];
        let len = 0;
        if (lines.length && /^\s+$/.test(chunks[chunks.length - 1]))
            chunks.pop();
        while (chunks.length) {
            const l = chars(chunks[chunks.length - 1]).length;
            if (len + l <= width) {
                cur.push(chunks.pop());
                len += l;
            }
            else
                break;
        }
        if (chunks.length && chars(chunks[chunks.length - 1]).length > width) {
            const space = Math.max(width - len, 1);
            if (breakLong) {
                const c = chars(chunks.pop());
                cur.push(c.slice(0, space).join(''));
                chunks.push(c.slice(space).join(''));
            }
            else if (!cur.length)
                cur.push(chunks.pop());
        }
        if (cur.length && /^\s+$/.test(cur[cur.length - 1]))
            cur.pop();
        if (cur.length)
            lines.push(cur.join(''));
    }
    return lines;
}
function wordwrap(s, width, breakLong, wrapstring, breakHyphens) {
    const sep = wrapstring === null ? '\n' : filters_str(wrapstring);
    const lines = splitlines(filters_str(s)).map((line) => joinText(wrapLine(line, num(width), truthy(breakLong), truthy(breakHyphens)), sep));
    return joinText(lines, sep);
}
function xmlattr(d, autospace) {
    if (!isDict(d))
        throw typeError('xmlattr requires a mapping');
    const parts = [];
    for (const [k, v] of Object.entries(d)) {
        if (v === null || v instanceof Undefined)
            continue;
        if (/[\s/>=]/.test(k))
            throw valueError(`Invalid character in attribute name: ${pyRepr(k)}`);
        parts.push(`${htmlEscape(k)}="${htmlEscape(v)}"`);
    }
    const rv = parts.join(' ');
    return truthy(autospace) && rv ? ` ${rv}` : rv;
}
/** Jinja2's title filter: capitalises after whitespace, `-`, and opening brackets. */
function title(s) {
    return filters_str(s)
        .split(/([-\s({[<]+)/)
        .filter(Boolean)
        .map((item) => {
        const cs = chars(item);
        return cs[0].toUpperCase() + cs.slice(1).join('').toLowerCase();
    })
        .join('');
}
function sum(iterable, attribute, start) {
    const items = pyIter(iterable);
    const values = attribute !== null ? items.map(attrGetter(attribute)) : items;
    let total = start;
    for (const v of values) {
        if (typeof v === 'string' || typeof total === 'string') {
            throw typeError(`unsupported operand type(s) for +: '${typeName(total)}' and '${typeName(v)}'`);
        }
        total = add(total, v);
    }
    return total;
}
function reverse(value) {
    if (typeof value === 'string')
        return chars(value).reverse().join('');
    return [...pyIter(value)].reverse();
}
function first(seq) {
    const items = pyIter(seq);
    return items.length ? items[0] : new Undefined('No first item, sequence was empty.');
}
function last(seq) {
    const items = pyIter(seq);
    return items.length
        ? items[items.length - 1]
        : new Undefined('No last item, sequence was empty.');
}
function dictsort(value, caseSensitive, by, rev) {
    if (!isDict(value))
        throw typeError(`'${typeName(value)}' object has no attribute 'items'`);
    const pos = by === 'key' ? 0 : by === 'value' ? 1 : -1;
    if (pos < 0)
        throw filterArgumentError('You can only sort by either "key" or "value"');
    const items = Object.keys(value).map((k) => tuple([k, value[k]]));
    const key = (t) => {
        const v = t[pos];
        return truthy(caseSensitive) ? v : ignoreCase(v);
    };
    return sortKeyed(items, key, rev);
}
function sort(value, rev, caseSensitive, attribute) {
    const post = truthy(caseSensitive) ? undefined : ignoreCase;
    const key = attribute !== null ? multiAttrGetter(attribute, post) : (v) => (post ? post(v) : v);
    const k = attribute !== null && !String(attribute).includes(',')
        ? (v) => key(v)[0]
        : key;
    return sortKeyed([...pyIter(value)], k, rev);
}
function formatFilter(value, args, kwargs) {
    const hasKw = Object.keys(kwargs).length > 0;
    if (args.length && hasKw)
        throw filterArgumentError("can't handle positional and keyword arguments at the same time");
    return percentFormat(filters_str(value), hasKw ? Object.assign(newDict(), kwargs) : tuple(args));
}
function tojson(value, indentArg) {
    const json = jsonDumps(value, {
        sortKeys: true,
        indent: indentArg === null ? undefined : num(indentArg),
    });
    return json
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/'/g, '\\u0027');
}
const F = (name, params, impl, opts) => [name, pyFunction(name, params, impl, opts)];
function builtinFilters() {
    const length = pyFunction('length', ['obj'], (v) => pyLen(v));
    const dflt = pyFunction('default', ['value', ['default_value', ''], ['boolean', false]], (v, d, b) => v instanceof Undefined || (truthy(b) && !truthy(v)) ? d : v, { undefinedOk: true });
    const escape = pyFunction('escape', ['s'], htmlEscape);
    const list = [
        F('abs', ['x'], (x) => {
            if (!isNumeric(x))
                throw typeError(`bad operand type for abs(): '${typeName(x)}'`);
            return x instanceof PyFloat ? new PyFloat(Math.abs(x.value)) : Math.abs(num(x));
        }),
        F('attr', ['obj', 'name'], (obj, name) => {
            // attribute only: a dict's data keys are not attributes
            const n = filters_str(name);
            if (isDict(obj) && !(getattr(newDict(), n) instanceof BoundMethod))
                return missing(obj, n);
            return getattr(obj, n);
        }),
        F('batch', ['value', 'linecount', ['fill_with', null]], batch),
        F('capitalize', ['s'], (s) => pyCapitalize(filters_str(s))),
        F('center', ['value', ['width', 80]], (v, w) => pyCenter(filters_str(v), w)),
        ['count', length],
        ['d', dflt],
        ['default', dflt],
        F('dictsort', ['value', ['case_sensitive', false], ['by', 'key'], ['reverse', false]], dictsort),
        ['e', escape],
        ['escape', escape],
        F('filesizeformat', ['value', ['binary', false]], filesizeformat),
        F('first', ['seq'], first),
        F('float', ['value', ['default', new PyFloat(0)]], toFloat),
        F('forceescape', ['value'], htmlEscape),
        F('format', ['value'], formatFilter, { varargs: true, varkw: true }),
        F('groupby', ['value', 'attribute', ['default', null], ['case_sensitive', false]], groupby),
        F('indent', ['s', ['width', 4], ['first', false], ['blank', false]], indent),
        F('int', ['value', ['default', 0], ['base', 10]], toInt),
        F('items', ['value'], (v) => {
            if (v instanceof Undefined)
                return [];
            if (!isDict(v))
                throw typeError('Can only get item pairs from a mapping.');
            return Object.keys(v).map((k) => tuple([k, v[k]]));
        }, { undefinedOk: true }),
        F('join', ['value', ['d', ''], ['attribute', null]], (v, d, a) => {
            const items = pyIter(v);
            return joinText((a !== null ? items.map(attrGetter(a)) : items).map(filters_str), filters_str(d));
        }),
        F('last', ['seq'], last),
        ['length', length],
        F('list', ['value'], (v) => [...pyIter(v)]),
        F('lower', ['s'], (s) => filters_str(s).toLowerCase()),
        F('map', ['value'], map, { varargs: true, varkw: true }),
        F('max', ['value', ['case_sensitive', false], ['attribute', null]], (v, c, a) => minMax(v, c, a, 'max')),
        F('min', ['value', ['case_sensitive', false], ['attribute', null]], (v, c, a) => minMax(v, c, a, 'min')),
        F('pprint', ['value'], (v) => pyRepr(v)),
        F('random', ['seq'], (seq) => {
            const items = pyIter(seq);
            if (!items.length)
                throw new TemplateError('IndexError', 'Cannot choose from an empty sequence');
            return items[Math.floor(Math.random() * items.length)];
        }),
        F('reject', ['value'], function (v, args) {
            return selectOrReject(this, v, args, false, false);
        }, { varargs: true }),
        F('rejectattr', ['value'], function (v, args) {
            return selectOrReject(this, v, args, true, false);
        }, { varargs: true }),
        F('replace', ['s', 'old', 'new', ['count', null]], (s, o, n, c) => pyReplace(filters_str(s), filters_str(o), filters_str(n), c === null ? -1 : c)),
        F('reverse', ['value'], reverse),
        F('round', ['value', ['precision', 0], ['method', 'common']], round),
        F('safe', ['value'], (v) => filters_str(v)),
        F('select', ['value'], function (v, args) {
            return selectOrReject(this, v, args, false, true);
        }, { varargs: true }),
        F('selectattr', ['value'], function (v, args) {
            return selectOrReject(this, v, args, true, true);
        }, { varargs: true }),
        F('slice', ['value', 'slices', ['fill_with', null]], sliceFilter),
        F('sort', ['value', ['reverse', false], ['case_sensitive', false], ['attribute', null]], sort),
        F('string', ['value'], (v) => filters_str(v)),
        F('striptags', ['value'], striptags),
        F('sum', ['iterable', ['attribute', null], ['start', 0]], sum),
        F('title', ['s'], title),
        F('tojson', ['value', ['indent', null]], tojson),
        F('trim', ['value', ['chars', null]], (v, c) => pyStrip(filters_str(v), c, true, true)),
        F('truncate', ['s', ['length', 255], ['killwords', false], ['end', '...'], ['leeway', null]], truncate),
        F('unique', ['value', ['case_sensitive', false], ['attribute', null]], filters_unique),
        F('upper', ['s'], (s) => filters_str(s).toUpperCase()),
        F('urlencode', ['value'], urlencode),
        F('wordcount', ['s'], (s) => (filters_str(s).match(/[\p{L}\p{N}_]+/gu) ?? []).length),
        F('wordwrap', [
            's',
            ['width', 79],
            ['break_long_words', true],
            ['wrapstring', null],
            ['break_on_hyphens', true],
        ], wordwrap),
        F('xmlattr', ['d', ['autospace', true]], xmlattr),
    ];
    return Object.assign(Object.create(null), Object.fromEntries(list));
}

;// CONCATENATED MODULE: ./lib/templating/globals.js
/** Jinja2's default globals: range, dict, namespace, cycler, joiner. */





function intArg(v) {
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v === 'number' && Number.isInteger(v))
        return v;
    if (v instanceof Undefined)
        v.fail();
    throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}
function range(args) {
    if (args.length < 1 || args.length > 3) {
        throw typeError(`range expected at most 3 arguments, got ${args.length}`);
    }
    const [start, stop, step] = args.length === 1
        ? [0, intArg(args[0]), 1]
        : [intArg(args[0]), intArg(args[1]), args.length === 3 ? intArg(args[2]) : 1];
    if (step === 0)
        throw valueError('range() arg 3 must not be zero');
    checkList(Math.max(0, Math.ceil((stop - start) / step)));
    const r = new PyRange();
    r.bounds = [start, stop, step];
    for (let i = start; step > 0 ? i < stop : i > stop; i += step)
        r.push(i);
    return r;
}
/** Python dict(mapping_or_pairs, **kwargs). */
function dict(args, kwargs) {
    const d = newDict();
    if (args.length > 1)
        throw typeError(`dict expected at most 1 argument, got ${args.length}`);
    dictUpdate(d, args[0], kwargs);
    return d;
}
class Cycler {
    items;
    pos = 0;
    constructor(items) {
        this.items = items;
    }
    next = pyFunction('next', [], () => {
        const v = this.items[this.pos];
        this.pos = (this.pos + 1) % this.items.length;
        return v;
    });
    reset = pyFunction('reset', [], () => {
        this.pos = 0;
        return null;
    });
    member(name) {
        if (name === 'current')
            return this.items[this.pos];
        if (name === 'next' || name === '__next__')
            return this.next;
        if (name === 'reset')
            return this.reset;
        if (name === 'items')
            return this.items;
        return missing(this, name);
    }
}
function builtinGlobals() {
    return Object.assign(Object.create(null), {
        range: pyFunction('range', [], range, { varargs: true }),
        dict: pyFunction('dict', [], dict, { varargs: true, varkw: true }),
        namespace: pyFunction('namespace', [], (args, kwargs) => {
            const ns = new Namespace();
            Object.assign(ns.attrs, dict(args, kwargs));
            return ns;
        }, { varargs: true, varkw: true }),
        cycler: pyFunction('cycler', [], (items) => {
            if (!items.length)
                throw new Error('at least one item has to be provided');
            return new Cycler(items);
        }, { varargs: true }),
        joiner: pyFunction('joiner', [['sep', ', ']], (sep) => {
            let used = false;
            return pyFunction('joiner', [], () => {
                if (!used) {
                    used = true;
                    return '';
                }
                return sep;
            });
        }),
    });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/templating/pyyaml.js
/**
 * YAML output byte-identical to kluctl's `to_yaml`: PyYAML's `yaml.dump` with the safe dumper,
 * insertion-ordered keys, block style, width 80, ASCII-only (non-ASCII is escaped in double
 * quotes), multi-line strings as `|` blocks and numeric strings single-quoted. Repeated
 * lists/dicts get `&id001` anchors, as PyYAML writes them.
 */





/** Lists and tuples are YAML sequences; dict views and ranges cannot be represented (as in PyYAML). */
const isList = (v) => Array.isArray(v) && !(v instanceof DictView) && !(v instanceof PyRange);
const BREAKS = '\n\x85\u2028\u2029';
const BLANK = '\0 \t\r\n\x85\u2028\u2029';
const WIDTH = 80;
const INDENT = 2;
// YAML 1.1 implicit types: a plain scalar matching one of these is not read back as a string.
const IMPLICIT = [
    ['bool', /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/],
    [
        'float',
        /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
    ],
    [
        'int',
        /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
    ],
    ['merge', /^(?:<<)$/],
    ['null', /^(?:~|null|Null|NULL|)$/],
    [
        'timestamp',
        /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/,
    ],
    ['value', /^(?:=)$/],
];
const FIRST_CHARS = {
    bool: 'yYnNtTfFoO',
    float: '-+0123456789.',
    int: '-+0123456789',
    merge: '<',
    null: '~nN',
    timestamp: '0123456789',
    value: '=',
};
/** Would a plain scalar with this text read back as a string? (Python's `$` also matches before a final newline.) */
function resolvesAsString(text) {
    const first = text === '' ? '' : text[0];
    const probe = text.endsWith('\n') ? text.slice(0, -1) : text;
    for (const [tag, re] of IMPLICIT) {
        const chars = FIRST_CHARS[tag];
        const applies = first === '' ? tag === 'null' : chars.includes(first);
        if (applies && (re.test(text) || re.test(probe)))
            return false;
    }
    return true;
}
/** Which scalar styles can represent this text (PyYAML's rules). */
function analyze(text) {
    if (!text) {
        return {
            empty: true,
            multiline: false,
            allowFlowPlain: false,
            allowBlockPlain: true,
            allowSingle: true,
            allowBlock: false,
        };
    }
    const cs = Array.from(text);
    let blockInd = false;
    let flowInd = false;
    let lineBreaks = false;
    let special = false;
    let leadingSpace = false;
    let leadingBreak = false;
    let trailingSpace = false;
    let trailingBreak = false;
    let breakSpace = false;
    let spaceBreak = false;
    if (text.startsWith('---') || text.startsWith('...'))
        blockInd = flowInd = true;
    let precededByWs = true;
    let followedByWs = cs.length === 1 || BLANK.includes(cs[1]);
    let prevSpace = false;
    let prevBreak = false;
    for (let i = 0; i < cs.length; i++) {
        const ch = cs[i];
        if (i === 0) {
            if ('#,[]{}&*!|>\'"%@`'.includes(ch))
                flowInd = blockInd = true;
            if (ch === '?' || ch === ':') {
                flowInd = true;
                if (followedByWs)
                    blockInd = true;
            }
            if (ch === '-' && followedByWs)
                flowInd = blockInd = true;
        }
        else {
            if (',?[]{}'.includes(ch))
                flowInd = true;
            if (ch === ':') {
                flowInd = true;
                if (followedByWs)
                    blockInd = true;
            }
            if (ch === '#' && precededByWs)
                flowInd = blockInd = true;
        }
        if (BREAKS.includes(ch))
            lineBreaks = true;
        if (!(ch === '\n' || (ch >= ' ' && ch <= '~')))
            special = true;
        if (ch === ' ') {
            if (i === 0)
                leadingSpace = true;
            if (i === cs.length - 1)
                trailingSpace = true;
            if (prevBreak)
                breakSpace = true;
            prevSpace = true;
            prevBreak = false;
        }
        else if (BREAKS.includes(ch)) {
            if (i === 0)
                leadingBreak = true;
            if (i === cs.length - 1)
                trailingBreak = true;
            if (prevSpace)
                spaceBreak = true;
            prevSpace = false;
            prevBreak = true;
        }
        else {
            prevSpace = prevBreak = false;
        }
        precededByWs = BLANK.includes(ch);
        followedByWs = i + 2 >= cs.length || BLANK.includes(cs[i + 2]);
    }
    const a = {
        empty: false,
        multiline: lineBreaks,
        allowFlowPlain: true,
        allowBlockPlain: true,
        allowSingle: true,
        allowBlock: true,
    };
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak)
        a.allowFlowPlain = a.allowBlockPlain = false;
    if (trailingSpace)
        a.allowBlock = false;
    if (breakSpace)
        a.allowFlowPlain = a.allowBlockPlain = a.allowSingle = false;
    if (spaceBreak || special)
        a.allowFlowPlain = a.allowBlockPlain = a.allowSingle = a.allowBlock = false;
    if (lineBreaks)
        a.allowFlowPlain = a.allowBlockPlain = false;
    if (flowInd)
        a.allowFlowPlain = false;
    if (blockInd)
        a.allowBlockPlain = false;
    return a;
}
const ESCAPES = {
    '\0': '0',
    '\x07': 'a',
    '\x08': 'b',
    '\t': 't',
    '\n': 'n',
    '\x0b': 'v',
    '\x0c': 'f',
    '\r': 'r',
    '\x1b': 'e',
    '"': '"',
    '\\': '\\',
    '\x85': 'N',
    '\xa0': '_',
    '\u2028': 'L',
    '\u2029': 'P',
};
class Writer {
    out = '';
    column = 0;
    whitespace = true;
    indention = true;
    openEnded = false;
    indent = null;
    indents = [];
    anchors;
    emitted = new Set();
    constructor(anchors) {
        this.anchors = anchors;
    }
    write(data) {
        this.out += data;
        // escapes and indentation can make the YAML many times longer than the value's text
        checkText(this.out.length);
        this.column += Array.from(data).length;
    }
    indicator(ind, needWs, whitespace = false, indention = false) {
        this.write(this.whitespace || !needWs ? ind : ` ${ind}`);
        this.whitespace = whitespace;
        this.indention = this.indention && indention;
        this.openEnded = false;
    }
    lineBreak(ch = '\n') {
        this.whitespace = true;
        this.indention = true;
        this.out += ch;
        this.column = 0;
    }
    writeIndent() {
        const indent = this.indent ?? 0;
        if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace))
            this.lineBreak();
        if (this.column < indent) {
            this.whitespace = true;
            this.write(' '.repeat(indent - this.column));
        }
    }
    increaseIndent(flow, indentless = false) {
        this.indents.push(this.indent);
        if (this.indent === null)
            this.indent = flow ? INDENT : 0;
        else if (!indentless)
            this.indent += INDENT;
    }
    popIndent() {
        this.indent = this.indents.pop() ?? null;
    }
    node(value, ctx) {
        if (value !== null && typeof value === 'object' && this.anchors.has(value)) {
            const anchor = this.anchors.get(value);
            if (this.emitted.has(value)) {
                this.indicator(`*${anchor}`, true);
                return;
            }
            this.emitted.add(value);
            this.indicator(`&${anchor}`, true);
        }
        if (isList(value))
            return this.sequence(value, !!ctx.mapping);
        if (isDict(value))
            return this.mapping(value);
        this.increaseIndent(true);
        this.scalar(represent(value), !!ctx.root, !!ctx.simpleKey);
        this.popIndent();
    }
    sequence(items, mappingContext) {
        if (!items.length) {
            this.indicator('[', true, true);
            this.indicator(']', false);
            return;
        }
        this.increaseIndent(false, mappingContext && !this.indention);
        for (const item of items) {
            this.writeIndent();
            this.indicator('-', true, false, true);
            this.node(item, {});
        }
        this.popIndent();
    }
    mapping(d) {
        const keys = Object.keys(d);
        if (!keys.length) {
            this.indicator('{', true, true);
            this.indicator('}', false);
            return;
        }
        this.increaseIndent(false);
        for (const key of keys) {
            this.writeIndent();
            const a = analyze(key);
            if (Array.from(key).length < 128 && !a.empty && !a.multiline) {
                this.node(key, { mapping: true, simpleKey: true });
                this.indicator(':', false);
            }
            else {
                this.indicator('?', true, false, true);
                this.node(key, { mapping: true });
                this.writeIndent();
                this.indicator(':', true, false, true);
            }
            this.node(d[key], { mapping: true });
        }
        this.popIndent();
    }
    scalar(s, root, simpleKey) {
        const a = analyze(s.text);
        const implicitPlain = !s.isString || resolvesAsString(s.text);
        let style = '"';
        if (!s.style && implicitPlain && !(simpleKey && (a.empty || a.multiline)) && a.allowBlockPlain)
            style = '';
        else if (s.style === '|' && !simpleKey && a.allowBlock)
            style = '|';
        else if ((!s.style || s.style === "'") && a.allowSingle && !(simpleKey && a.multiline))
            style = "'";
        const split = !simpleKey;
        if (style === '')
            this.plain(s.text, split, root);
        else if (style === "'")
            this.singleQuoted(s.text, split);
        else if (style === '|')
            this.literal(s.text);
        else
            this.doubleQuoted(s.text, split);
    }
    plain(text, split, root) {
        if (root)
            this.openEnded = true;
        if (!text)
            return;
        if (!this.whitespace)
            this.write(' ');
        this.whitespace = false;
        this.indention = false;
        this.folded(text, split, false);
    }
    /** Writes plain or single-quoted text, folding at single spaces past the width. */
    folded(text, split, quoted) {
        const cs = Array.from(text);
        let spaces = false;
        let breaks = false;
        let start = 0;
        for (let end = 0; end <= cs.length; end++) {
            const ch = end < cs.length ? cs[end] : null;
            if (spaces) {
                if (ch !== ' ') {
                    const fold = start + 1 === end &&
                        this.column > WIDTH &&
                        split &&
                        (!quoted || (start !== 0 && end !== cs.length));
                    if (fold) {
                        this.writeIndent();
                        if (!quoted)
                            this.whitespace = this.indention = false;
                    }
                    else
                        this.write(cs.slice(start, end).join(''));
                    start = end;
                }
            }
            else if (breaks) {
                if (ch === null || !BREAKS.includes(ch)) {
                    if (cs[start] === '\n')
                        this.lineBreak();
                    for (const br of cs.slice(start, end))
                        this.lineBreak(br);
                    this.writeIndent();
                    if (!quoted)
                        this.whitespace = this.indention = false;
                    start = end;
                }
            }
            else if (ch === null || ch === ' ' || BREAKS.includes(ch) || (quoted && ch === "'")) {
                if (start < end)
                    this.write(cs.slice(start, end).join(''));
                start = end;
            }
            if (quoted && ch === "'") {
                this.write("''");
                start = end + 1;
            }
            if (ch !== null) {
                spaces = ch === ' ';
                breaks = BREAKS.includes(ch);
            }
        }
    }
    singleQuoted(text, split) {
        this.indicator("'", true);
        this.folded(text, split, true);
        this.indicator("'", false);
    }
    doubleQuoted(text, split) {
        this.indicator('"', true);
        const cs = Array.from(text);
        let start = 0;
        for (let end = 0; end <= cs.length; end++) {
            const ch = end < cs.length ? cs[end] : null;
            if (ch === null || '"\\\x85\u2028\u2029\ufeff'.includes(ch) || !(ch >= ' ' && ch <= '~')) {
                if (start < end) {
                    this.write(cs.slice(start, end).join(''));
                    start = end;
                }
                if (ch !== null) {
                    const cp = ch.codePointAt(0);
                    let data;
                    if (ch in ESCAPES)
                        data = `\\${ESCAPES[ch]}`;
                    else if (cp <= 0xff)
                        data = `\\x${cp.toString(16).toUpperCase().padStart(2, '0')}`;
                    else if (cp <= 0xffff)
                        data = `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
                    else
                        data = `\\U${cp.toString(16).toUpperCase().padStart(8, '0')}`;
                    this.write(data);
                    start = end + 1;
                }
            }
            if (end > 0 &&
                end < cs.length - 1 &&
                (ch === ' ' || start >= end) &&
                this.column + (end - start) > WIDTH &&
                split) {
                this.write(`${cs.slice(start, end).join('')}\\`);
                if (start < end)
                    start = end;
                this.writeIndent();
                this.whitespace = this.indention = false;
                if (cs[start] === ' ')
                    this.write('\\');
            }
        }
        this.indicator('"', false);
    }
    literal(text) {
        const cs = Array.from(text);
        let hints = '';
        if (BREAKS.includes(cs[0]) || cs[0] === ' ')
            hints += String(INDENT);
        if (!BREAKS.includes(cs[cs.length - 1]))
            hints += '-';
        else if (cs.length === 1 || BREAKS.includes(cs[cs.length - 2]))
            hints += '+';
        this.indicator(`|${hints}`, true);
        if (hints.endsWith('+'))
            this.openEnded = true;
        this.lineBreak();
        let breaks = true;
        let start = 0;
        for (let end = 0; end <= cs.length; end++) {
            const ch = end < cs.length ? cs[end] : null;
            if (breaks) {
                if (ch === null || !BREAKS.includes(ch)) {
                    for (const br of cs.slice(start, end))
                        this.lineBreak(br);
                    if (ch !== null)
                        this.writeIndent();
                    start = end;
                }
            }
            else if (ch === null || BREAKS.includes(ch)) {
                this.write(cs.slice(start, end).join(''));
                if (ch === null)
                    this.lineBreak();
                start = end;
            }
            if (ch !== null)
                breaks = BREAKS.includes(ch);
        }
    }
}
/** kluctl's representer: how each value becomes a scalar. */
function represent(v) {
    if (v === null || v === undefined)
        return { text: 'null', style: '', isString: false };
    if (typeof v === 'boolean')
        return { text: v ? 'true' : 'false', style: '', isString: false };
    if (typeof v === 'number' || v instanceof PyFloat) {
        const n = typeof v === 'number' ? v : v.value;
        if (typeof v === 'number' && Number.isInteger(v))
            return { text: intStr(v), style: '', isString: false };
        let text;
        if (Number.isNaN(n))
            text = '.nan';
        else if (n === Infinity)
            text = '.inf';
        else if (n === -Infinity)
            text = '-.inf';
        else {
            text = floatRepr(n).toLowerCase();
            if (!text.includes('.') && text.includes('e'))
                text = text.replace('e', '.0e');
        }
        return { text, style: '', isString: false };
    }
    if (typeof v === 'string') {
        if (splitlines(v).length > 1)
            return { text: v, style: '|', isString: true };
        if (/^\p{N}+$/u.test(v))
            return { text: v, style: "'", isString: true };
        return { text: v, style: '', isString: true };
    }
    throw new TemplateError('RepresenterError', `cannot represent an object: ${pyRepr(v)}`);
}
/**
 * Lists and dicts that occur more than once get anchors, numbered as PyYAML's serializer
 * numbers them: in the order of their second occurrence in a depth-first walk.
 */
function findAnchors(root) {
    const seen = new Set();
    const anchors = new Map();
    const walk = (v) => {
        if (!isList(v) && !isDict(v))
            return;
        if (seen.has(v)) {
            if (!anchors.has(v))
                anchors.set(v, `id${String(anchors.size + 1).padStart(3, '0')}`);
            return;
        }
        seen.add(v);
        for (const child of isList(v) ? v : Object.values(v))
            walk(child);
    };
    walk(root);
    return anchors;
}
/** `yaml.dump(value, Dumper=kluctl's MultilineStrDumper, sort_keys=False)` */
function pyyamlDump(value) {
    const w = new Writer(findAnchors(value));
    w.node(value, { root: true });
    w.indent = null;
    w.writeIndent();
    if (w.openEnded) {
        w.out += '...';
        w.column += 3;
        w.lineBreak();
    }
    return w.out;
}

;// CONCATENATED MODULE: ./lib/templating/pyyaml-load.js
/**
 * `from_yaml`: YAML parsed the way PyYAML's safe loader does (YAML 1.1 scalars: `yes`/`on`
 * are booleans, `010` is octal, `1e3` stays a string, `1.0` is a float, `<<` merges, a
 * repeated key keeps its last value). The `yaml` package provides the syntax; scalar
 * resolution follows PyYAML.
 *
 * An alias is the very list or dict its anchor names, as in PyYAML, so loading takes the
 * document's size; documents whose aliases would expand beyond MAX_SHARED_EXPANSION nodes
 * (alias bombs) are refused, since anything that walks them (printing, to_json, a deep
 * copy) would expand them.
 */




const RESOLVERS = [
    [
        'bool',
        /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
        'yYnNtTfFoO',
    ],
    [
        'float',
        /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
        '-+0123456789.',
    ],
    [
        'int',
        /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
        '-+0123456789',
    ],
    ['merge', /^(?:<<)$/, '<'],
    ['null', /^(?:~|null|Null|NULL|)$/, '~nN'],
    [
        'timestamp',
        /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/,
        '0123456789',
    ],
];
function resolvePlain(text) {
    for (const [tag, re, first] of RESOLVERS) {
        if ((text === '' ? tag === 'null' : first.includes(text[0])) && re.test(text))
            return tag;
    }
    return 'str';
}
function sexagesimal(text) {
    return text.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
}
function constructInt(raw) {
    let t = raw.replace(/_/g, '');
    let sign = 1;
    if (t[0] === '-' || t[0] === '+') {
        if (t[0] === '-')
            sign = -1;
        t = t.slice(1);
    }
    if (t === '0')
        return 0;
    if (t.startsWith('0b'))
        return sign * parseInt(t.slice(2), 2);
    if (t.startsWith('0x'))
        return sign * parseInt(t.slice(2), 16);
    if (t.startsWith('0'))
        return sign * parseInt(t, 8);
    if (t.includes(':'))
        return sign * sexagesimal(t);
    return sign * Number(t);
}
function constructFloat(raw) {
    let t = raw.replace(/_/g, '').toLowerCase();
    let sign = 1;
    if (t[0] === '-' || t[0] === '+') {
        if (t[0] === '-')
            sign = -1;
        t = t.slice(1);
    }
    if (t === '.inf')
        return sign * Infinity;
    if (t === '.nan')
        return NaN;
    if (t.includes(':'))
        return pyFloat(sign * sexagesimal(t));
    return pyFloat(sign * Number(t));
}
/** A YAML timestamp, printed as Python prints a date or datetime. */
class PyDate {
    text;
    constructor(text) {
        this.text = text;
    }
    __str__() {
        return this.text;
    }
}
function constructTimestamp(raw) {
    const m = /^(\d{4})-(\d\d?)-(\d\d?)(?:(?:[Tt]|[ \t]+)(\d\d?):(\d\d):(\d\d)(?:\.(\d*))?(?:[ \t]*(Z|[-+]\d\d?(?::\d\d)?))?)?$/.exec(raw);
    if (!m)
        return new PyDate(raw);
    const p2 = (s) => s.padStart(2, '0');
    const date = `${m[1]}-${p2(m[2])}-${p2(m[3])}`;
    if (m[4] === undefined)
        return new PyDate(date);
    let time = `${p2(m[4])}:${m[5]}:${m[6]}`;
    if (m[7])
        time += `.${m[7].slice(0, 6).padEnd(6, '0')}`;
    let tz = '';
    if (m[8] === 'Z')
        tz = '+00:00';
    else if (m[8]) {
        const [h, min = '00'] = m[8].slice(1).split(':');
        tz = `${m[8][0]}${p2(h)}:${min}`;
    }
    return new PyDate(`${date} ${time}${tz}`);
}
function construct(node, c) {
    if (node === null)
        return null;
    if ((0,dist.isAlias)(node)) {
        const target = c.anchors.get(node.source);
        if (!target)
            throw new TemplateError('ComposerError', `found undefined alias '${node.source}'`);
        return c.built.has(target) ? c.built.get(target) : construct(target, c);
    }
    if (node.anchor)
        c.anchors.set(node.anchor, node);
    if ((0,dist.isScalar)(node)) {
        const raw = String(node.source ?? node.value ?? '');
        const tag = node.tag;
        let kind = tag
            ? tag.replace(/^tag:yaml\.org,2002:|^!!/, '')
            : node.type === 'PLAIN'
                ? resolvePlain(raw)
                : 'str';
        if (kind === 'merge')
            kind = 'str';
        switch (kind) {
            case 'bool':
                return /^(yes|true|on)$/i.test(raw);
            case 'int':
                return constructInt(raw);
            case 'float':
                return constructFloat(raw);
            case 'null':
                return null;
            case 'timestamp':
                return constructTimestamp(raw);
            default:
                return typeof node.value === 'string' ? node.value : raw;
        }
    }
    if ((0,dist.isSeq)(node)) {
        const list = [];
        c.built.set(node, list);
        for (const item of node.items)
            list.push(construct(item, c));
        return list;
    }
    if ((0,dist.isMap)(node)) {
        const d = newDict();
        c.built.set(node, d);
        const merged = [];
        for (const pair of node.items) {
            const keyNode = pair.key;
            if ((0,dist.isScalar)(keyNode) && keyNode.type === 'PLAIN' && String(keyNode.source) === '<<') {
                merged.push(...mergeSources(construct(pair.value, c)));
                continue;
            }
            const key = construct(keyNode, c);
            if (key !== null && typeof key === 'object') {
                throw new TemplateError('ConstructorError', 'found unhashable key while constructing a mapping');
            }
            setKey(d, dictKey(key), construct(pair.value, c));
        }
        if (!merged.length)
            return d;
        // keys of the mapping itself win, then the first merged mapping over later ones
        const out = newDict();
        for (const m of [...merged.reverse(), d])
            for (const k of Object.keys(m))
                setKey(out, k, m[k]);
        return out;
    }
    return null;
}
/** The mappings a `<<` key merges: one mapping or a list of them, as PyYAML requires. */
function mergeSources(v) {
    const list = Array.isArray(v) ? v : [v];
    for (const m of list) {
        if (!isDict(m)) {
            throw new TemplateError('ConstructorError', `expected a mapping or list of mappings for merging, but found ${typeName(m)}`);
        }
    }
    return list;
}
/** `yaml.load(text, Loader=SafeLoader)` */
function pyyamlLoad(text) {
    // uniqueKeys off: PyYAML keeps a repeated key's last value (and the check is quadratic)
    const docs = dist.parseAllDocuments(text, {
        schema: 'failsafe',
        keepSourceTokens: false,
        uniqueKeys: false,
    });
    if (!Array.isArray(docs))
        throw new TemplateError('ParserError', 'could not parse YAML');
    if (docs.length > 1)
        throw new TemplateError('ComposerError', 'expected a single document in the stream');
    const doc = docs[0];
    if (!doc)
        return null;
    if (doc.errors.length) {
        // the parser reports its own stack overflow (deep nesting) as a syntax error
        const overflow = doc.errors.find((e) => e.message.startsWith('Maximum call stack size exceeded'));
        if (overflow)
            throw recursionError(overflow);
        throw new TemplateError('YAMLError', doc.errors[0].message);
    }
    const value = construct(doc.contents, { anchors: new Map(), built: new Map() });
    checkSharedExpansion(value, "from_yaml: the document's aliases expand", 'each alias stands for a copy of its anchored value wherever the data is written out; a document whose aliases nest aliases (a "billion laughs" bomb) is refused: anchor smaller values or repeat them fewer times');
    return value;
}

;// CONCATENATED MODULE: ./lib/templating/slugify.js
/**
 * The `slugify` filter with python-slugify's defaults: quotes removed, text transliterated
 * to ASCII, HTML entities decoded, lower-cased, anything but letters, digits and `-` collapsed
 * to single dashes, no leading/trailing dash. Transliteration covers Latin scripts (accents
 * stripped, ß → ss, æ → ae, ...); other scripts are dropped where python-slugify would
 * romanise them (see docs/templating.md).
 */



const LATIN = {
    ß: 'ss',
    æ: 'ae',
    Æ: 'AE',
    ø: 'o',
    Ø: 'O',
    œ: 'oe',
    Œ: 'OE',
    đ: 'd',
    Đ: 'D',
    ł: 'l',
    Ł: 'L',
    þ: 'th',
    Þ: 'Th',
    ð: 'd',
    Ð: 'D',
    ı: 'i',
    ħ: 'h',
    Ħ: 'H',
    '\u2018': "'",
    '\u2019': "'",
    '\u201c': '"',
    '\u201d': '"',
    '\u2013': '-',
    '\u2014': '-',
};
function transliterate(s) {
    return s
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/[^\p{ASCII}]/gu, (ch) => LATIN[ch] ?? '');
}
function slugify(input, kw) {
    const separator = kw.separator === undefined ? '-' : String(kw.separator);
    const lowercase = kw.lowercase === undefined ? true : truthy(kw.lowercase);
    const maxLength = kw.max_length === undefined ? 0 : num(kw.max_length);
    const allowUnicode = kw.allow_unicode !== undefined && truthy(kw.allow_unicode);
    for (const k of Object.keys(kw)) {
        if (![
            'separator',
            'lowercase',
            'max_length',
            'allow_unicode',
            'stopwords',
            'replacements',
            'regex_pattern',
            'word_boundary',
        ].includes(k)) {
            throw typeError(`slugify() got an unexpected keyword argument '${k}'`);
        }
    }
    let text = input;
    for (const pair of kw.replacements === undefined ? [] : pyIter(kw.replacements)) {
        const [from, to] = pyIter(pair);
        text = text.split(from).join(to);
    }
    text = text.replace(/'+/g, '-');
    text = allowUnicode ? text.normalize('NFKC') : transliterate(text);
    text = unescapeEntities(text);
    text = allowUnicode ? text.normalize('NFKC') : transliterate(text);
    if (lowercase)
        text = text.toLowerCase();
    text = text.replace(/'+/g, '');
    text = text.replace(/(?<=\d),(?=\d)/g, '');
    const disallowed = kw.regex_pattern !== undefined
        ? new RegExp(String(kw.regex_pattern), 'gu')
        : allowUnicode
            ? /[^\p{L}\p{N}-]+/gu
            : /[^-a-zA-Z0-9]+/g;
    text = text.replace(disallowed, '-');
    text = text.replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '');
    const stopwords = kw.stopwords === undefined ? [] : pyIter(kw.stopwords);
    if (stopwords.length) {
        const stop = new Set(stopwords.map((w) => (lowercase ? w.toLowerCase() : w)));
        text = text
            .split('-')
            .filter((w) => !stop.has(w))
            .join('-');
    }
    if (maxLength > 0) {
        text = text.slice(0, maxLength).replace(/^-+|-+$/g, '');
    }
    return separator === '-' ? text : text.split('-').join(separator);
}

;// CONCATENATED MODULE: ./lib/templating/time.js
/**
 * kluctl's `time` global: `time.now()`, `time.utcnow()`, `time.parse_iso(s)` and the
 * `time.second`/`minute`/`hour` deltas (in microseconds). Values print as Python's
 * `datetime.isoformat()`; naive times carry no offset, `as_timezone()` makes them aware.
 */



const MICROS_PER_MS = 1000;
/** Wall-clock fields of an instant in a time zone (or the machine's local zone). */
function wallClock(epochMs, timeZone) {
    const parts = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
    }).formatToParts(new Date(epochMs));
    const get = (t) => Number(parts.find((p) => p.type === t)?.value);
    const wallMs = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) +
        (((epochMs % 1000) + 1000) % 1000);
    return { wallMs, offsetMin: Math.round((wallMs - epochMs) / 60000) };
}
class SimpleTime {
    wallMicros;
    offsetMin;
    /**
     * @param wallMicros the wall-clock time as microseconds since 1970 (read as if it were UTC)
     * @param offsetMin the UTC offset for aware times, null for naive ones
     */
    constructor(wallMicros, offsetMin) {
        this.wallMicros = wallMicros;
        this.offsetMin = offsetMin;
    }
    static now() {
        const now = Date.now();
        return new SimpleTime(wallClock(now).wallMs * MICROS_PER_MS, null);
    }
    static utcnow() {
        return new SimpleTime(Date.now() * MICROS_PER_MS, null);
    }
    /** Python's datetime.fromisoformat. */
    static parseIso(s) {
        if (typeof s !== 'string')
            throw typeError('fromisoformat: argument must be str');
        const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,6})\d*)?)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?)?$/.exec(s);
        if (!m)
            throw valueError(`Invalid isoformat string: '${s}'`);
        const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '', tz] = m;
        const wallMs = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec));
        const micros = wallMs * MICROS_PER_MS + Number(frac.padEnd(6, '0') || 0);
        let offset = null;
        if (tz === 'Z')
            offset = 0;
        else if (tz) {
            const digits = tz.slice(1).replace(/:/g, '');
            offset =
                (tz[0] === '-' ? -1 : 1) *
                    (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0));
        }
        return new SimpleTime(micros, offset);
    }
    /** The instant in UTC microseconds; naive times are taken as local time, as Python does. */
    utcMicros() {
        if (this.offsetMin !== null)
            return this.wallMicros - this.offsetMin * 60_000_000;
        const approx = this.wallMicros / MICROS_PER_MS;
        const { offsetMin } = wallClock(approx);
        return this.wallMicros - offsetMin * 60_000_000;
    }
    fields() {
        return new Date(Math.floor(this.wallMicros / MICROS_PER_MS));
    }
    member(name) {
        const f = this.fields();
        switch (name) {
            case 'as_timezone':
                return pyFunction('as_timezone', ['tz'], (tz) => {
                    const utc = this.utcMicros();
                    const { wallMs, offsetMin } = wallClock(Math.floor(utc / MICROS_PER_MS), String(tz));
                    return new SimpleTime(wallMs * MICROS_PER_MS + (utc % MICROS_PER_MS), offsetMin);
                });
            case 'weekday':
                return pyFunction('weekday', [], () => (f.getUTCDay() + 6) % 7);
            case 'hour':
                return pyFunction('hour', [], () => f.getUTCHours());
            case 'minute':
                return pyFunction('minute', [], () => f.getUTCMinutes());
            case 'second':
                return pyFunction('second', [], () => f.getUTCSeconds());
            case 'nanosecond':
                return pyFunction('nanosecond', [], () => (((this.wallMicros % 1_000_000) + 1_000_000) % 1_000_000) * 1000);
        }
        return missing(this, name);
    }
    __add__(delta) {
        if (!isNumeric(delta))
            throw typeError('a time delta (in microseconds) is required');
        return new SimpleTime(this.wallMicros + num(delta), this.offsetMin);
    }
    __sub__(delta) {
        return this.__add__(-num(delta));
    }
    __lt__(other) {
        if (!(other instanceof SimpleTime))
            throw valueError('value is not a SimpleTime');
        return this.compareKey() < other.compareKey();
    }
    __eq__(other) {
        if (!(other instanceof SimpleTime))
            throw valueError('value is not a SimpleTime');
        return this.compareKey() === other.compareKey();
    }
    compareKey() {
        return this.offsetMin === null ? this.wallMicros : this.utcMicros();
    }
    /** datetime.isoformat() */
    __str__() {
        const f = this.fields();
        const p = (n, w = 2) => String(n).padStart(w, '0');
        let s = `${p(f.getUTCFullYear(), 4)}-${p(f.getUTCMonth() + 1)}-${p(f.getUTCDate())}T${p(f.getUTCHours())}:${p(f.getUTCMinutes())}:${p(f.getUTCSeconds())}`;
        const micros = ((this.wallMicros % 1_000_000) + 1_000_000) % 1_000_000;
        if (micros)
            s += `.${p(micros, 6)}`;
        if (this.offsetMin !== null) {
            const o = Math.abs(this.offsetMin);
            s += `${this.offsetMin < 0 ? '-' : '+'}${p(Math.floor(o / 60))}:${p(o % 60)}`;
        }
        return s;
    }
}
function timeGlobal() {
    return Object.assign(newDict(), {
        now: pyFunction('now', [], () => SimpleTime.now()),
        utcnow: pyFunction('utcnow', [], () => SimpleTime.utcnow()),
        parse_iso: pyFunction('parse_iso', ['s'], (s) => SimpleTime.parseIso(s)),
        second: 1_000_000,
        minute: 60_000_000,
        hour: 3_600_000_000,
    });
}

;// CONCATENATED MODULE: ./lib/templating/kluctl.js
/**
 * kluctl's filters and globals (its go-jinja2 extension), with the same results:
 * to_yaml, to_json, from_yaml, render, sha256, slugify, b64encode, b64decode;
 * load_template, load_sha256, load_base64, load_latest_git_commit, get_var, merge_dict,
 * update_dict, raise, debug_print, render and time.
 */














const ctx = (site) => site.context;
const kluctl_frame = (site) => site.frame;
const host = (site) => ctx(site).state.env;
function kluctl_text(v, what) {
    if (v instanceof Undefined)
        v.fail();
    if (typeof v !== 'string')
        throw typeError(`${what} must be a string, not ${pyRepr(v)}`);
    return v;
}
function sha256(s, len) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(s).digest('hex');
    return len === null ? hash : hash.slice(0, num(len));
}
/**
 * kluctl's copy_dict: dicts and lists are copied all the way down, other values shared. A
 * list or dict used in several places becomes several copies, as in kluctl, so a value
 * that copying would blow up is refused; `what` names it in the error.
 */
function deepCopy(v, what) {
    checkSharedExpansion(v, `${what} expands`, 'a list or dict used in several places is copied at each place, as kluctl copies it: do not build values that hold the same large list or dict many times');
    const copy = (x) => {
        if (isDict(x)) {
            const out = newDict();
            for (const k of Object.keys(x))
                setKey(out, k, copy(x[k]));
            return out;
        }
        return Array.isArray(x) ? x.map(copy) : x;
    };
    return copy(v);
}
/** kluctl's merge_dict: b is merged into (a copy of) a, dicts recursively, anything else replaced. */
function mergeDict(a, b, clone = true, copyName = 'merge_dict: a copy of the first argument') {
    if (a instanceof Undefined)
        a.fail();
    if (b instanceof Undefined)
        b.fail();
    const target = (clone ? deepCopy(a ?? newDict(), copyName) : (a ?? newDict()));
    if (!isDict(target))
        throw typeError(`merge_dict expects dicts, got ${pyRepr(a)}`);
    if (b === null)
        return target;
    if (!isDict(b))
        throw typeError(`merge_dict expects dicts, got ${pyRepr(b)}`);
    for (const key of Object.keys(b)) {
        if (Object.hasOwn(target, key) && isDict(target[key]) && isDict(b[key]))
            mergeDict(target[key], b[key], false);
        else
            setKey(target, key, b[key]);
    }
    return target;
}
function parsePath(p) {
    const steps = [];
    let rest = p.trim();
    if (rest.startsWith('$'))
        rest = rest.slice(1);
    const fail = () => {
        throw new TemplateError('TemplateError', `Invalid json path '${p}'`);
    };
    let first = true;
    while (rest) {
        let m;
        if ((m = /^\[\s*(-?\d+)\s*\]/.exec(rest)))
            steps.push({ index: Number(m[1]) });
        else if ((m = /^\[\s*'([^']*)'\s*\]|^\[\s*"([^"]*)"\s*\]/.exec(rest)))
            steps.push({ field: m[1] ?? m[2] });
        else if ((m = /^\[\s*\*\s*\]/.exec(rest)))
            steps.push({ wildcard: true });
        else if ((m = (first ? /^\.?([A-Za-z_@*][\w@*-]*)/ : /^\.([A-Za-z_@*][\w@*-]*)/).exec(rest))) {
            steps.push(m[1] === '*' ? { wildcard: true } : { field: m[1] });
        }
        else
            fail();
        rest = rest.slice(m[0].length);
        first = false;
    }
    if (!steps.length)
        fail();
    return steps;
}
function globMatch(pattern, s) {
    const re = new RegExp(`^${pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`, 's');
    return re.test(s);
}
const NOT_FOUND = Symbol('not found');
function resolvePath(site, p) {
    const steps = parsePath(p);
    const [head, ...tail] = steps;
    let current;
    if ('field' in head && !head.field.includes('*')) {
        const v = ctx(site).getVisible(kluctl_frame(site), head.field);
        current = v === undefined ? [] : [v];
    }
    else {
        const all = ctx(site).getAll(kluctl_frame(site));
        current = step([all], head);
    }
    for (const s of tail)
        current = step(current, s);
    if (current.length > 1)
        throw new TemplateError('TemplateError', 'Only simple jsonpath supported in get_dict_value');
    return current.length ? current[0] : NOT_FOUND;
}
function step(values, s) {
    const out = [];
    for (const v of values) {
        if ('index' in s) {
            if (Array.isArray(v)) {
                const i = s.index < 0 ? s.index + v.length : s.index;
                if (i >= 0 && i < v.length)
                    out.push(v[i]);
            }
        }
        else if ('wildcard' in s) {
            if (Array.isArray(v))
                out.push(...v);
            else if (isDict(v))
                out.push(...Object.values(v));
        }
        else if (isDict(v)) {
            if (s.field.includes('*')) {
                for (const k of Object.keys(v))
                    if (globMatch(s.field, k))
                        out.push(v[k]);
            }
            else if (Object.hasOwn(v, s.field))
                out.push(v[s.field]);
        }
    }
    return out;
}
function getVar(paths, dflt) {
    const list = Array.isArray(paths) ? paths : [paths];
    for (const p of list) {
        const v = resolvePath(this, kluctl_text(p, 'get_var path'));
        if (v !== NOT_FOUND)
            return v;
    }
    return dflt;
}
function render(source) {
    return host(this).renderSource(kluctl_text(source, 'render argument'), ctx(this).getAll(kluctl_frame(this)), ctx(this));
}
function loadTemplate(site, name, kwargs) {
    const vars = mergeDict(ctx(site).getAll(kluctl_frame(site)), kwargs, true, 'load_template: a copy of the variables');
    return host(site).renderNamed(kluctl_text(name, 'template name'), vars, ctx(site));
}
function loadBase64(name, width) {
    const file = host(this).resolveFile(kluctl_text(name, 'file name'), ctx(this));
    const b64 = (0,external_node_fs_.readFileSync)(file).toString('base64');
    if (width === null || !truthy(width))
        return b64;
    const w = num(width);
    const lines = [];
    for (let i = 0; i < b64.length; i += w)
        lines.push(b64.slice(i, i + w));
    return lines.join('\n');
}
function loadLatestGitCommit(name, shaLen) {
    const file = host(this).resolveFile(kluctl_text(name, 'file name'), ctx(this));
    let sha;
    try {
        sha = (0,external_node_child_process_.execFileSync)('git', ['log', '-1', '--format=%H', '--', external_node_path_.basename(file)], {
            cwd: external_node_path_.dirname(file),
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'pipe'],
        }).trim();
    }
    catch (e) {
        throw new TemplateError('TemplateError', `no git repository found for ${kluctl_text(name, 'file name')}`, { cause: e });
    }
    if (!sha)
        throw new TemplateError('TemplateError', `No commits found for path: ${kluctl_text(name, 'file name')}`);
    return shaLen === null || !truthy(shaLen) ? sha : sha.slice(0, num(shaLen));
}
function b64decode(s) {
    const t = kluctl_text(s, 'b64decode input');
    const clean = t.replace(/[^A-Za-z0-9+/=]/g, '');
    if (clean.replace(/=+$/, '').length % 4 === 1 ||
        (clean.includes('=') && clean.length % 4 !== 0)) {
        throw new TemplateError('Error', 'Incorrect padding');
    }
    const bytes = Buffer.from(clean, 'base64');
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
function kluctlFilters() {
    const renderFn = pyFunction('render', ['string'], render);
    return Object.assign(newDict(), {
        to_yaml: pyFunction('to_yaml', ['obj'], (v) => pyyamlDump(v)),
        to_json: pyFunction('to_json', ['obj'], (v) => jsonDumps(v)),
        from_yaml: pyFunction('from_yaml', ['s'], (s) => pyyamlLoad(kluctl_text(s, 'from_yaml input'))),
        render: renderFn,
        sha256: pyFunction('sha256', ['s', ['digest_len', null]], (s, len) => sha256(kluctl_text(s, 'sha256 input'), len)),
        slugify: pyFunction('slugify', ['s'], (s, kw) => slugify(toPythonString(s), kw), { varkw: true }),
        b64encode: pyFunction('b64encode', ['string'], (s) => Buffer.from(kluctl_text(s, 'b64encode input'), 'utf8').toString('base64')),
        b64decode: pyFunction('b64decode', ['string'], b64decode),
    });
}
function kluctlGlobals() {
    return Object.assign(newDict(), {
        load_template: pyFunction('load_template', ['path'], function (name, kw) {
            return loadTemplate(this, name, kw);
        }, { varkw: true }),
        load_sha256: pyFunction('load_sha256', ['path', ['digest_len', null]], function (name, len) {
            // a template hashing itself: the nested call returns a placeholder
            if (ctx(this).getVisible(kluctl_frame(this), '__calc_sha256__') !== undefined)
                return '__self_sha256__';
            return sha256(loadTemplate(this, name, { __calc_sha256__: true }), len);
        }),
        load_base64: pyFunction('load_base64', ['path', ['width', null]], loadBase64),
        load_latest_git_commit: pyFunction('load_latest_git_commit', ['path', ['sha_len', null]], loadLatestGitCommit),
        get_var: pyFunction('get_var', ['path', ['default', null]], getVar),
        merge_dict: pyFunction('merge_dict', ['d1', 'd2'], (a, b) => mergeDict(a, b)),
        update_dict: pyFunction('update_dict', ['d1', 'd2'], (a, b) => {
            mergeDict(a, b, false);
            return '';
        }),
        raise: pyFunction('raise', ['msg'], (msg) => {
            throw new TemplateError('TemplateError', toPythonString(msg));
        }),
        debug_print: pyFunction('debug_print', ['msg'], (msg) => {
            process.stderr.write(`debug_print: ${toPythonString(msg)}\n`);
            return '';
        }),
        render: pyFunction('render', ['string'], render),
        time: timeGlobal(),
    });
}

;// CONCATENATED MODULE: ./lib/templating/lexer.js
/**
 * Jinja2's lexical rules on nunjucks' tokenizer: Python string literals (with their escapes),
 * Python numbers (`1_000`, `0x1f`, `1e3`), nested braces inside `{{ }}`, and template text
 * where a stray `#}` is plain text.
 */

/** Jinja2 normalises newlines and drops one trailing newline of every template source. */
function prepareSource(src) {
    const normalized = src.includes('\r') ? src.replace(/\r\n?/g, '\n') : src;
    return normalized.endsWith('\n') ? normalized.slice(0, -1) : normalized;
}
const WHITESPACE = /\s+/y;
const STRING = /'([^'\\]*(?:\\.[^'\\]*)*)'|"([^"\\]*(?:\\.[^"\\]*)*)"/sy;
const FLOAT = /(?:\d+_)*\d+(?:(?:\.(?:\d+_)*\d+)?e[+-]?(?:\d+_)*\d+|\.(?:\d+_)*\d+)/iy;
const INTEGER = /0b(?:_?[01])+|0o(?:_?[0-7])+|0x(?:_?[\da-f])+|[1-9](?:_?\d)*|0(?:_?0)*/iy;
const NAME = /[\p{L}_][\p{L}\p{N}_]*/uy;
const OPERATOR = /\*\*|\/\/|==|!=|<=|>=|[-+*/%~[\](){}<>=.:|,;]/y;
const BRACKET_TYPES = {
    '(': T.LEFT_PAREN,
    ')': T.RIGHT_PAREN,
    '[': T.LEFT_BRACKET,
    ']': T.RIGHT_BRACKET,
    '{': T.LEFT_CURLY,
    '}': T.RIGHT_CURLY,
    ',': T.COMMA,
    ':': T.COLON,
    '~': T.TILDE,
    '|': T.PIPE,
};
const SIMPLE_ESCAPES = {
    '\\': '\\',
    "'": "'",
    '"': '"',
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    '\n': '',
};
/** Python's unicode-escape decoding of a string literal's body. */
function decodePythonString(body) {
    if (!body.includes('\\'))
        return body;
    return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[\s\S])/g, (whole, esc) => {
        if (esc in SIMPLE_ESCAPES)
            return SIMPLE_ESCAPES[esc];
        if (/^[xuU]/.test(esc) && esc.length > 1)
            return String.fromCodePoint(parseInt(esc.slice(1), 16));
        if (/^[0-7]+$/.test(esc))
            return String.fromCodePoint(parseInt(esc, 8));
        return whole;
    });
}
function parseInteger(text) {
    const t = text.replace(/_/g, '').toLowerCase();
    if (t.startsWith('0b'))
        return parseInt(t.slice(2), 2);
    if (t.startsWith('0o'))
        return parseInt(t.slice(2), 8);
    if (t.startsWith('0x'))
        return parseInt(t.slice(2), 16);
    return Number(t);
}
class JinjaTokenizer extends TokenizerBase {
    /** open brackets inside the current tag: `}}` only ends a tag outside them */
    depth = 0;
    constructor(src, opts) {
        super(src, opts);
    }
    match(re) {
        re.lastIndex = this.index;
        const m = re.exec(this.str);
        return m ? m[0] : null;
    }
    token(type, value, lineno, colno) {
        this.forwardN(value.length);
        return { type, value, lineno, colno };
    }
    nextToken() {
        if (this.isFinished())
            return null;
        const { lineno, colno } = this;
        return this.in_code ? this.codeToken(lineno, colno) : this.textToken(lineno, colno);
    }
    textToken(lineno, colno) {
        const { str, index } = this;
        const tags = this.tags;
        for (const [start, type] of [
            [tags.BLOCK_START, T.BLOCK_START],
            [tags.VARIABLE_START, T.VARIABLE_START],
        ]) {
            if (str.startsWith(start, index)) {
                this.in_code = true;
                this.depth = 0;
                const value = str[index + start.length] === '-' ? `${start}-` : start;
                return this.token(type, value, lineno, colno);
            }
        }
        if (str.startsWith(tags.COMMENT_START, index)) {
            const end = str.indexOf(tags.COMMENT_END, index + tags.COMMENT_START.length);
            if (end < 0)
                throw new Error('unexpected end of template: missing end of comment tag');
            return this.token(T.COMMENT, str.slice(index, end + tags.COMMENT_END.length), lineno, colno);
        }
        let end = this.len;
        for (const start of [tags.BLOCK_START, tags.VARIABLE_START, tags.COMMENT_START]) {
            const i = str.indexOf(start, index);
            if (i >= 0 && i < end)
                end = i;
        }
        return this.token(T.DATA, str.slice(index, end), lineno, colno);
    }
    codeToken(lineno, colno) {
        const ws = this.match(WHITESPACE);
        if (ws)
            return this.token(T.WHITESPACE, ws, lineno, colno);
        if (this.depth === 0) {
            for (const [end, type] of [
                [this.tags.BLOCK_END, T.BLOCK_END],
                [this.tags.VARIABLE_END, T.VARIABLE_END],
            ]) {
                const value = this.str.startsWith(`-${end}`, this.index)
                    ? `-${end}`
                    : this.str.startsWith(end, this.index)
                        ? end
                        : null;
                if (value) {
                    this.in_code = false;
                    const tok = this.token(type, value, lineno, colno);
                    if (type === T.BLOCK_END && this.trimBlocks && this.current() === '\n')
                        this.forward();
                    return tok;
                }
            }
        }
        const str = this.match(STRING);
        if (str !== null) {
            const tok = this.token(T.STRING, str, lineno, colno);
            tok.value = decodePythonString(str.slice(1, -1));
            return tok;
        }
        if (this.str[this.index - 1] !== '.') {
            const f = this.match(FLOAT);
            if (f !== null) {
                const tok = this.token(T.FLOAT, f, lineno, colno);
                tok.num = Number(f.replace(/_/g, ''));
                return tok;
            }
        }
        const i = this.match(INTEGER);
        if (i !== null) {
            const tok = this.token(T.INT, i, lineno, colno);
            tok.num = parseInteger(i);
            return tok;
        }
        const name = this.match(NAME);
        if (name !== null)
            return this.token(T.SYMBOL, name, lineno, colno);
        const op = this.match(OPERATOR);
        if (op !== null) {
            if (op === '(' || op === '[' || op === '{')
                this.depth++;
            else if (op === ')' || op === ']' || op === '}')
                this.depth = Math.max(0, this.depth - 1);
            return this.token(BRACKET_TYPES[op] ?? T.OPERATOR, op, lineno, colno);
        }
        throw Object.assign(new Error(`unexpected char '${this.current()}' at ${this.index}`), {
            lineno: lineno + 1,
        });
    }
}

// EXTERNAL MODULE: ./lib/util/project-boundary.js
var project_boundary = __webpack_require__(93948);
;// CONCATENATED MODULE: ./lib/templating/loader.js
/**
 * Template name resolution, kluctl's rules: `./x` and `../x` are relative to the including
 * template; any other name is looked up in the search directories in order (the item
 * directory, then each parent deployment directory up to the project root). Names cannot
 * climb with `..` inside a search directory, and nothing outside the project's boundary
 * loads, through a symlink neither (see util/project-boundary.ts).
 */




class ProjectLoader {
    root;
    cache = new Map();
    bounds;
    constructor(root) {
        this.root = root;
    }
    // Found on first use: finding it walks up the directories looking for the git repository.
    get boundary() {
        return (this.bounds ??= project_boundary/* ProjectBoundary */.oT.forProject(this.root));
    }
    /**
     * The absolute file for `name`, as seen from the template at `fromPath` ('' for a string
     * template); throws TemplateNotFound (a TemplateError) naming what was searched.
     */
    resolve(name, fromPath, searchDirs) {
        const key = `${fromPath}\0${searchDirs.join('\0')}\0${name}`;
        const hit = this.cache.get(key);
        if (hit)
            return hit;
        const found = this.find(name.replace(/\\/g, '/'), fromPath, searchDirs);
        this.cache.set(key, found);
        return found;
    }
    find(name, fromPath, searchDirs) {
        if ((name.startsWith('./') || name.startsWith('../')) && fromPath) {
            return this.checked(external_node_path_.resolve(external_node_path_.dirname(fromPath), name), name);
        }
        if (external_node_path_.isAbsolute(name))
            return this.checked(external_node_path_.normalize(name), name);
        const pieces = name.split('/').filter((p) => p && p !== '.');
        if (pieces.includes('..') || !pieces.length)
            throw this.notFound(name, searchDirs);
        for (const dir of searchDirs) {
            const candidate = external_node_path_.join(dir, ...pieces);
            if (!(0,external_node_fs_.existsSync)(candidate))
                continue;
            this.assertReadable(candidate, name);
            if (this.boundary.isFile(candidate))
                return candidate;
        }
        throw this.notFound(name, searchDirs);
    }
    checked(abs, name) {
        this.assertReadable(abs, name);
        if (!this.boundary.isFile(abs))
            throw new TemplateError('TemplateNotFound', name);
        return abs;
    }
    assertReadable(abs, name) {
        const verdict = this.boundary.verdict(abs);
        if (verdict !== 'ok') {
            const why = {
                outside: 'outside the project',
                'link-outside': 'a symbolic link leading outside the project',
                'git-dir': 'inside a .git directory',
            }[verdict];
            throw new TemplateError('TemplateNotFound', `${name} (${why}; templates can only load files of the project)`);
        }
    }
    notFound(name, searchDirs) {
        const where = searchDirs.map((d) => external_node_path_.relative(this.root, d) || '.').join(', ');
        return new TemplateError('TemplateNotFound', `${name} (searched: ${where || 'no directories'})`);
    }
}

;// CONCATENATED MODULE: ./lib/templating/nodes.js
/** Creates a node of the given type at a token's position. */
function node(typename, at, fields) {
    return { typename, lineno: at.lineno, colno: at.colno, ...fields };
}

;// CONCATENATED MODULE: ./lib/templating/parser.js
/**
 * Jinja2 3.1's grammar on nunjucks' parser: tuples, slices, `is` tests without parentheses,
 * filter and call keyword arguments, chained comparisons, `for ... if ... recursive`,
 * `break`/`continue` (kluctl enables loopcontrols), `set ns.attr`, block `set` with filters,
 * `with`, `call` with caller arguments and import/include context modifiers.
 * nunjucks provides the token stream, template-text handling and whitespace control.
 */




const END_TYPES = new Set([T.VARIABLE_END, T.BLOCK_END, T.RIGHT_PAREN]);
const TEST_ARG_TYPES = new Set([
    T.SYMBOL,
    T.STRING,
    T.INT,
    T.FLOAT,
    T.LEFT_PAREN,
    T.LEFT_BRACKET,
    T.LEFT_CURLY,
]);
const COMPARE_OPS = new Set(['==', '!=', '<', '>', '<=', '>=']);
const nameIs = (...names) => (tok) => tok.type === T.SYMBOL && names.includes(tok.value);
class JinjaParser extends ParserBase {
    /** pushed-back tokens, last one next (the base parser allows only one) */
    pending = [];
    constructor(src) {
        super(new JinjaTokenizer(src));
    }
    // ---- token stream ----
    nextToken(withWhitespace) {
        if (this.pending.length)
            return this.pending.pop() ?? null;
        let tok = this.tokens.nextToken();
        if (!withWhitespace)
            while (tok && tok.type === T.WHITESPACE)
                tok = this.tokens.nextToken();
        return tok;
    }
    peekToken() {
        if (this.pending.length)
            return this.pending[this.pending.length - 1];
        const tok = this.nextToken();
        this.pending.push(tok);
        return tok;
    }
    pushToken(tok) {
        this.pending.push(tok);
    }
    fail(msg, lineno) {
        const e = new TemplateError('TemplateSyntaxError', msg);
        e.line = (lineno ?? this.peekToken()?.lineno ?? 0) + 1;
        throw e;
    }
    peekIs(type, value) {
        const tok = this.peekToken();
        return !!tok && tok.type === type && (value === undefined || tok.value === value);
    }
    describe(tok) {
        if (!tok)
            return 'end of template';
        if (tok.type === T.BLOCK_END)
            return 'end of statement block';
        if (tok.type === T.VARIABLE_END)
            return 'end of print statement';
        return `'${tok.value}'`;
    }
    expectType(type, what) {
        const tok = this.nextToken();
        if (!tok || tok.type !== type)
            this.fail(`expected ${what}, got ${this.describe(tok)}`, tok?.lineno);
        return tok;
    }
    expectName(value) {
        const tok = this.nextToken();
        if (!tok || tok.type !== T.SYMBOL || (value !== undefined && tok.value !== value)) {
            this.fail(`expected ${value ? `'${value}'` : 'name'}, got ${this.describe(tok)}`, tok?.lineno);
        }
        return tok;
    }
    skipOp(op) {
        return this.skipValue(T.OPERATOR, op);
    }
    // ---- template structure ----
    parseNodes() {
        const buf = [];
        const tags = this.tokens.tags;
        let tok;
        while ((tok = this.nextToken())) {
            if (tok.type === T.DATA) {
                let data = tok.value;
                const next = this.peekToken();
                const nextVal = next?.value ?? '';
                if (this.dropLeadingWhitespace) {
                    data = data.replace(/^\s*/, '');
                    this.dropLeadingWhitespace = false;
                }
                if (next &&
                    ((next.type === T.BLOCK_START && nextVal.endsWith('-')) ||
                        (next.type === T.VARIABLE_START &&
                            nextVal.charAt(tags.VARIABLE_START.length) === '-') ||
                        (next.type === T.COMMENT && nextVal.charAt(tags.COMMENT_START.length) === '-'))) {
                    data = data.replace(/\s*$/, '');
                }
                buf.push(new nodes.Output(tok.lineno, tok.colno, [
                    new nodes.TemplateData(tok.lineno, tok.colno, data),
                ]));
            }
            else if (tok.type === T.BLOCK_START) {
                this.dropLeadingWhitespace = false;
                const n = this.parseStatement();
                if (!n)
                    break;
                buf.push(n);
            }
            else if (tok.type === T.VARIABLE_START) {
                const e = this.parseTuple();
                this.dropLeadingWhitespace = false;
                const end = this.nextToken();
                if (!end || end.type !== T.VARIABLE_END) {
                    this.fail(`expected token 'end of print statement', got ${this.describe(end)}`, end?.lineno);
                }
                this.dropLeadingWhitespace = end.value.startsWith('-');
                buf.push(new nodes.Output(tok.lineno, tok.colno, [e]));
            }
            else if (tok.type === T.COMMENT) {
                this.dropLeadingWhitespace =
                    tok.value.charAt(tok.value.length - tags.COMMENT_END.length - 1) === '-';
            }
            else {
                this.fail(`unexpected ${this.describe(tok)}`, tok.lineno);
            }
        }
        return buf;
    }
    body(...endTags) {
        const list = this.parseUntilBlocks(...endTags);
        if (!this.peekToken()) {
            this.fail(`Unexpected end of template. Jinja was looking for the following tags: ${endTags.map((t) => `'${t}'`).join(' or ')}.`);
        }
        return list;
    }
    /** Consumes `{% end... %}` after a body. */
    endTag() {
        this.advanceAfterBlockEnd();
    }
    parseStatement() {
        const tok = this.peekToken();
        if (!tok || tok.type !== T.SYMBOL)
            this.fail('tag name expected', tok?.lineno);
        if (this.breakOnBlocks?.includes(tok.value))
            return null;
        switch (tok.value) {
            case 'raw':
                return this.parseRaw();
            case 'if':
                return this.parseIf();
            case 'for':
                return this.parseFor();
            case 'set':
                return this.parseSet();
            case 'macro':
                return this.parseMacro();
            case 'call':
                return this.parseCallBlock();
            case 'filter':
                return this.parseFilterBlock();
            case 'with':
                return this.parseWith();
            case 'include':
                return this.parseInclude();
            case 'import':
                return this.parseImport();
            case 'from':
                return this.parseFromImport();
            case 'extends':
                return this.parseExtends();
            case 'block':
                return this.parseBlock();
            case 'break':
            case 'continue': {
                this.nextToken();
                this.advanceAfterBlockEnd(tok.value);
                return node(tok.value === 'break' ? 'Break' : 'Continue', tok, {});
            }
        }
        return this.fail(`Encountered unknown tag '${tok.value}'.`, tok.lineno);
    }
    /** `{% raw %}...{% endraw %}`, honouring `-` whitespace control on both tags. */
    parseRaw() {
        const tok = this.expectName('raw');
        this.advanceAfterBlockEnd('raw');
        const tz = this.tokens;
        const re = /(\{%-?)\s*endraw\s*(-?%\})/g;
        re.lastIndex = tz.index;
        const m = re.exec(tz.str);
        if (!m)
            this.fail('Missing end of raw directive', tok.lineno);
        let text = tz.str.slice(tz.index, m.index);
        if (this.dropLeadingWhitespace)
            text = text.replace(/^\s*/, '');
        if (m[1].endsWith('-'))
            text = text.replace(/\s*$/, '');
        tz.forwardN(m.index + m[0].length - tz.index);
        tz.in_code = false;
        this.dropLeadingWhitespace = m[2].startsWith('-');
        return new nodes.Output(tok.lineno, tok.colno, [
            new nodes.TemplateData(tok.lineno, tok.colno, text),
        ]);
    }
    parseFor() {
        const tok = this.expectName('for');
        const target = this.parseAssignTarget([nameIs('in')]);
        this.expectName('in');
        const iter = this.parseTuple(false, false, [nameIs('recursive')]);
        const test = this.skipSymbol('if') ? this.parseExpression() : null;
        const recursive = this.skipSymbol('recursive');
        this.advanceAfterBlockEnd('for');
        const body = this.body('endfor', 'else');
        let else_ = null;
        if (this.skipSymbol('else')) {
            this.advanceAfterBlockEnd('else');
            else_ = this.body('endfor');
        }
        this.endTag();
        return node('For', tok, { target, iter, test, recursive, body, else_ });
    }
    parseSet() {
        const tok = this.expectName('set');
        const target = this.parseAssignTarget([], true);
        if (this.skipOp('=')) {
            const value = this.parseTuple();
            this.advanceAfterBlockEnd('set');
            return node('Assign', tok, { target, node: value });
        }
        const filter = this.peekIs(T.PIPE) ? this.parseFilter(null) : null;
        this.advanceAfterBlockEnd('set');
        const body = this.body('endset');
        this.endTag();
        return node('AssignBlock', tok, { target, filter, body });
    }
    parseSignature() {
        const params = [];
        const defaults = [];
        this.expectType(T.LEFT_PAREN, "'('");
        while (!this.skip(T.RIGHT_PAREN)) {
            if (params.length)
                this.expectType(T.COMMA, "','");
            const name = this.expectName();
            if (this.skipOp('='))
                defaults.push(this.parseExpression());
            else if (defaults.length)
                this.fail('non-default argument follows default argument', name.lineno);
            params.push(name.value);
        }
        return { params, defaults };
    }
    parseMacro() {
        const tok = this.expectName('macro');
        const name = this.expectName().value;
        const { params, defaults } = this.parseSignature();
        this.advanceAfterBlockEnd('macro');
        const body = this.body('endmacro');
        this.endTag();
        return node('Macro', tok, { name, params, defaults, body });
    }
    parseCallBlock() {
        const tok = this.expectName('call');
        const sig = this.peekIs(T.LEFT_PAREN) ? this.parseSignature() : { params: [], defaults: [] };
        const call = this.parseExpression();
        if (call.typename !== 'Call')
            this.fail('expected call', tok.lineno);
        this.advanceAfterBlockEnd('call');
        const body = this.body('endcall');
        this.endTag();
        return node('CallBlock', tok, {
            name: 'caller',
            ...sig,
            body,
            call,
        });
    }
    parseFilterBlock() {
        const tok = this.expectName('filter');
        const filter = this.parseFilter(null, true);
        this.advanceAfterBlockEnd('filter');
        const body = this.body('endfilter');
        this.endTag();
        return node('FilterBlock', tok, { filter, body });
    }
    parseWith() {
        const tok = this.expectName('with');
        const targets = [];
        const values = [];
        while (!this.peekIs(T.BLOCK_END)) {
            if (targets.length)
                this.expectType(T.COMMA, "','");
            targets.push(this.parseAssignTarget([]));
            this.expectType(T.OPERATOR, "'='");
            values.push(this.parseExpression());
        }
        this.advanceAfterBlockEnd('with');
        const body = this.body('endwith');
        this.endTag();
        return node('With', tok, { targets, values, body });
    }
    parseContext(dflt) {
        const tok = this.peekToken();
        if (tok?.type === T.SYMBOL && (tok.value === 'with' || tok.value === 'without')) {
            this.nextToken();
            if (this.peekIs(T.SYMBOL, 'context')) {
                this.nextToken();
                return tok.value === 'with';
            }
            this.pushToken(tok);
        }
        return dflt;
    }
    parseInclude() {
        const tok = this.expectName('include');
        const template = this.parseExpression();
        let ignoreMissing = false;
        if (this.peekIs(T.SYMBOL, 'ignore')) {
            const ignore = this.nextToken();
            if (this.peekIs(T.SYMBOL, 'missing')) {
                this.nextToken();
                ignoreMissing = true;
            }
            else
                this.pushToken(ignore);
        }
        const withContext = this.parseContext(true);
        this.advanceAfterBlockEnd('include');
        return node('Include', tok, { template, ignoreMissing, withContext });
    }
    parseImport() {
        const tok = this.expectName('import');
        const template = this.parseExpression();
        this.expectName('as');
        const target = this.expectName().value;
        const withContext = this.parseContext(false);
        this.advanceAfterBlockEnd('import');
        return node('Import', tok, { template, target, withContext });
    }
    parseFromImport() {
        const tok = this.expectName('from');
        const template = this.parseExpression();
        this.expectName('import');
        const names = [];
        let withContext = false;
        for (;;) {
            if (names.length)
                this.expectType(T.COMMA, "','");
            if (this.peekIs(T.SYMBOL, 'with') || this.peekIs(T.SYMBOL, 'without')) {
                const before = this.peekToken();
                withContext = this.parseContext(false);
                if (this.peekToken() !== before)
                    break;
            }
            const name = this.expectName();
            if (name.value.startsWith('_')) {
                this.fail('names starting with an underline can not be imported', name.lineno);
            }
            const alias = this.skipSymbol('as') ? this.expectName().value : name.value;
            names.push([name.value, alias]);
            if (!this.peekIs(T.COMMA)) {
                withContext = this.parseContext(false);
                break;
            }
        }
        this.advanceAfterBlockEnd('from');
        return node('FromImport', tok, { template, names, withContext });
    }
    parseExtends() {
        const tok = this.expectName('extends');
        const template = this.parseExpression();
        this.advanceAfterBlockEnd('extends');
        return node('Extends', tok, { template });
    }
    parseBlock() {
        const tok = this.expectName('block');
        const name = this.expectName().value;
        const scoped = this.skipSymbol('scoped');
        const required = this.skipSymbol('required');
        this.advanceAfterBlockEnd('block');
        const body = this.body('endblock');
        this.expectName('endblock');
        if (this.peekIs(T.SYMBOL)) {
            const end = this.expectName();
            if (end.value !== name)
                this.fail(`'${name}' expected, got '${end.value}'`, end.lineno);
        }
        this.advanceAfterBlockEnd('endblock');
        return node('Block', tok, { name, scoped, required, body });
    }
    // ---- expressions ----
    /** An assignment target: a name, a tuple of names, or `ns.attr` (set only). */
    parseAssignTarget(extraEnd, withNamespace = false) {
        const first = this.peekToken();
        if (withNamespace && first?.type === T.SYMBOL) {
            this.nextToken();
            if (this.peekIs(T.OPERATOR, '.')) {
                this.nextToken();
                const attr = this.expectName().value;
                return node('NSRef', first, { name: first.value, attr });
            }
            this.pushToken(first);
        }
        const target = this.parseTuple(true, true, extraEnd);
        const check = (t) => {
            if (t.typename === 'Name')
                return;
            if (t.typename === 'Tuple')
                return t.items.forEach(check);
            this.fail(`can't assign to '${t.typename}'`, t.lineno);
        };
        check(target);
        return target;
    }
    parseExpression(withCondexpr = true) {
        return withCondexpr ? this.parseCondexpr() : this.parseOr();
    }
    /** Comma-separated expressions: a tuple when there is a comma. */
    parseTuple(simplified = false, withCondexpr = true, extraEnd = [], explicitParens = false) {
        const start = this.peekToken() ?? { lineno: 0, colno: 0 };
        const items = [];
        let isTuple = false;
        for (;;) {
            if (items.length)
                this.expectType(T.COMMA, "','");
            const tok = this.peekToken();
            if (!tok || END_TYPES.has(tok.type) || extraEnd.some((r) => r(tok)))
                break;
            items.push(simplified ? this.parsePrimary() : this.parseExpression(withCondexpr));
            if (this.peekIs(T.COMMA))
                isTuple = true;
            else
                break;
        }
        if (!isTuple) {
            if (items.length)
                return items[0];
            if (!explicitParens)
                this.fail(`Expected an expression, got ${this.describe(this.peekToken())}`);
        }
        return node('Tuple', start, { items });
    }
    parseCondexpr() {
        let expr1 = this.parseOr();
        while (this.skipSymbol('if')) {
            const test = this.parseOr();
            const expr2 = this.skipSymbol('else') ? this.parseCondexpr() : null;
            expr1 = node('CondExpr', expr1, { test, expr1, expr2 });
        }
        return expr1;
    }
    parseOr() {
        let left = this.parseAnd();
        while (this.skipSymbol('or'))
            left = node('Or', left, { left, right: this.parseAnd() });
        return left;
    }
    parseAnd() {
        let left = this.parseNot();
        while (this.skipSymbol('and'))
            left = node('And', left, { left, right: this.parseNot() });
        return left;
    }
    parseNot() {
        const tok = this.peekToken();
        if (this.skipSymbol('not'))
            return node('Not', tok, { node: this.parseNot() });
        return this.parseCompare();
    }
    parseCompare() {
        const expr = this.parseMath1();
        const ops = [];
        for (;;) {
            const tok = this.nextToken();
            if (tok && tok.type === T.OPERATOR && COMPARE_OPS.has(tok.value)) {
                ops.push([tok.value, this.parseMath1()]);
            }
            else if (tok && tok.type === T.SYMBOL && tok.value === 'in') {
                ops.push(['in', this.parseMath1()]);
            }
            else if (tok &&
                tok.type === T.SYMBOL &&
                tok.value === 'not' &&
                this.peekIs(T.SYMBOL, 'in')) {
                this.nextToken();
                ops.push(['notin', this.parseMath1()]);
            }
            else {
                this.pushToken(tok);
                break;
            }
        }
        return ops.length ? node('Compare', expr, { expr, ops }) : expr;
    }
    binary(next, ops) {
        let left = next();
        for (;;) {
            const tok = this.peekToken();
            if (!tok || tok.type !== T.OPERATOR || !ops.includes(tok.value))
                return left;
            this.nextToken();
            const right = next();
            left = node('BinOp', tok, { op: tok.value, left, right });
        }
    }
    parseMath1() {
        return this.binary(() => this.parseConcat(), ['+', '-']);
    }
    parseConcat() {
        const first = this.parseMath2();
        const items = [first];
        while (this.skip(T.TILDE))
            items.push(this.parseMath2());
        return items.length === 1 ? first : node('Concat', first, { nodes: items });
    }
    parseMath2() {
        return this.binary(() => this.parsePow(), ['*', '/', '//', '%']);
    }
    parsePow() {
        return this.binary(() => this.parseUnary(), ['**']);
    }
    parseUnary(withFilter = true) {
        const tok = this.peekToken();
        let expr;
        if (tok?.type === T.OPERATOR && (tok.value === '-' || tok.value === '+')) {
            this.nextToken();
            expr = node('Unary', tok, { op: tok.value, node: this.parseUnary(false) });
        }
        else {
            expr = this.parsePrimary();
        }
        expr = this.parsePostfix(expr);
        return withFilter ? this.parseFilterExpr(expr) : expr;
    }
    parsePrimary() {
        const tok = this.nextToken();
        if (!tok)
            return this.fail('unexpected end of template');
        switch (tok.type) {
            case T.SYMBOL:
                if (tok.value === 'true' || tok.value === 'True')
                    return node('Const', tok, { value: true });
                if (tok.value === 'false' || tok.value === 'False')
                    return node('Const', tok, { value: false });
                if (tok.value === 'none' || tok.value === 'None')
                    return node('Const', tok, { value: null });
                return node('Name', tok, { name: tok.value });
            case T.STRING: {
                let value = tok.value;
                while (this.peekIs(T.STRING))
                    value += this.nextToken().value;
                return node('Const', tok, { value });
            }
            case T.INT:
                return node('Const', tok, { value: tok.num });
            case T.FLOAT:
                return node('Const', tok, { value: tok.num, isFloat: true });
            case T.LEFT_PAREN: {
                const inner = this.parseTuple(false, true, [], true);
                this.expectType(T.RIGHT_PAREN, "')'");
                return inner;
            }
            case T.LEFT_BRACKET:
                return this.parseList(tok);
            case T.LEFT_CURLY:
                return this.parseDict(tok);
        }
        return this.fail(`unexpected ${this.describe(tok)}`, tok.lineno);
    }
    parseList(start) {
        const items = [];
        while (!this.peekIs(T.RIGHT_BRACKET)) {
            if (items.length)
                this.expectType(T.COMMA, "','");
            if (this.peekIs(T.RIGHT_BRACKET))
                break;
            items.push(this.parseExpression());
        }
        this.expectType(T.RIGHT_BRACKET, "']'");
        return node('List', start, { items });
    }
    parseDict(start) {
        const pairs = [];
        while (!this.peekIs(T.RIGHT_CURLY)) {
            if (pairs.length)
                this.expectType(T.COMMA, "','");
            if (this.peekIs(T.RIGHT_CURLY))
                break;
            const key = this.parseExpression();
            this.expectType(T.COLON, "':'");
            pairs.push([key, this.parseExpression()]);
        }
        this.expectType(T.RIGHT_CURLY, "'}'");
        return node('Dict', start, { pairs });
    }
    parsePostfix(expr) {
        for (;;) {
            const tok = this.peekToken();
            if (tok?.type === T.OPERATOR && tok.value === '.')
                expr = this.parseSubscript(expr);
            else if (tok?.type === T.LEFT_BRACKET)
                expr = this.parseSubscript(expr);
            else if (tok?.type === T.LEFT_PAREN)
                expr = this.parseCall(expr);
            else
                return expr;
        }
    }
    parseFilterExpr(expr) {
        for (;;) {
            const tok = this.peekToken();
            if (tok?.type === T.PIPE)
                expr = this.parseFilter(expr);
            else if (tok?.type === T.SYMBOL && tok.value === 'is')
                expr = this.parseTest(expr);
            else if (tok?.type === T.LEFT_PAREN)
                expr = this.parseCall(expr);
            else
                return expr;
        }
    }
    parseSubscript(target) {
        const tok = this.nextToken();
        if (tok.type === T.OPERATOR) {
            const attr = this.nextToken();
            if (attr?.type === T.SYMBOL)
                return node('Getattr', tok, { node: target, attr: attr.value });
            if (attr?.type === T.INT) {
                return node('Getitem', tok, {
                    node: target,
                    arg: node('Const', attr, { value: attr.num }),
                });
            }
            return this.fail('expected name or number', attr?.lineno);
        }
        const args = [];
        while (!this.peekIs(T.RIGHT_BRACKET)) {
            if (args.length)
                this.expectType(T.COMMA, "','");
            args.push(this.parseSubscribed());
        }
        this.expectType(T.RIGHT_BRACKET, "']'");
        const arg = args.length === 1 ? args[0] : node('Tuple', tok, { items: args });
        return node('Getitem', tok, { node: target, arg });
    }
    parseSubscribed() {
        const start = this.peekToken();
        const parts = [];
        if (this.skip(T.COLON))
            parts.push(null);
        else {
            const e = this.parseExpression();
            if (!this.skip(T.COLON))
                return e;
            parts.push(e);
        }
        const stop = () => this.peekIs(T.RIGHT_BRACKET) || this.peekIs(T.COMMA);
        if (this.peekIs(T.COLON) || stop())
            parts.push(null);
        else
            parts.push(this.parseExpression());
        if (this.skip(T.COLON))
            parts.push(stop() ? null : this.parseExpression());
        else
            parts.push(null);
        return node('Slice', start, { start: parts[0], stop: parts[1], step: parts[2] });
    }
    parseCallArgs() {
        const open = this.expectType(T.LEFT_PAREN, "'('");
        const out = { args: [], kwargs: [], dynArgs: null, dynKwargs: null };
        const ensure = (ok) => {
            if (!ok)
                this.fail('invalid syntax for function call expression', open.lineno);
        };
        let requireComma = false;
        while (!this.peekIs(T.RIGHT_PAREN)) {
            if (requireComma) {
                this.expectType(T.COMMA, "','");
                if (this.peekIs(T.RIGHT_PAREN))
                    break;
            }
            if (this.skipOp('*')) {
                ensure(out.dynArgs === null && out.dynKwargs === null);
                out.dynArgs = this.parseExpression();
            }
            else if (this.skipOp('**')) {
                ensure(out.dynKwargs === null);
                out.dynKwargs = this.parseExpression();
            }
            else {
                const tok = this.nextToken();
                if (tok?.type === T.SYMBOL && this.peekIs(T.OPERATOR, '=')) {
                    this.nextToken();
                    ensure(out.dynKwargs === null);
                    out.kwargs.push([tok.value, this.parseExpression()]);
                }
                else {
                    this.pushToken(tok);
                    ensure(out.dynArgs === null && out.dynKwargs === null && out.kwargs.length === 0);
                    out.args.push(this.parseExpression());
                }
            }
            requireComma = true;
        }
        this.expectType(T.RIGHT_PAREN, "')'");
        return out;
    }
    parseCall(target) {
        const tok = this.peekToken();
        return node('Call', tok, { node: target, ...this.parseCallArgs() });
    }
    dottedName() {
        const tok = this.expectName();
        let name = tok.value;
        while (this.skipOp('.'))
            name += `.${this.expectName().value}`;
        return { ...tok, value: name };
    }
    parseFilter(input, startInline = false) {
        let expr = input;
        while (startInline || this.skip(T.PIPE)) {
            startInline = false;
            const tok = this.dottedName();
            const args = this.peekIs(T.LEFT_PAREN)
                ? this.parseCallArgs()
                : { args: [], kwargs: [], dynArgs: null, dynKwargs: null };
            expr = node('Filter', tok, { node: expr, name: tok.value, ...args });
        }
        return expr;
    }
    parseTest(target) {
        const isTok = this.nextToken();
        const negated = this.skipSymbol('not');
        const name = this.dottedName();
        let args = { args: [], kwargs: [], dynArgs: null, dynKwargs: null };
        const tok = this.peekToken();
        if (tok?.type === T.LEFT_PAREN)
            args = this.parseCallArgs();
        else if (tok &&
            TEST_ARG_TYPES.has(tok.type) &&
            !(tok.type === T.SYMBOL && ['else', 'or', 'and'].includes(tok.value))) {
            if (tok.type === T.SYMBOL && tok.value === 'is')
                this.fail('You cannot chain multiple tests with is');
            args.args = [this.parsePostfix(this.parsePrimary())];
        }
        const test = node('Test', isTok, { node: target, name: name.value, ...args });
        return negated ? node('Not', isTok, { node: test }) : test;
    }
}
/** Parses a template source (already passed through prepareSource) into a tree. */
function parseTemplate(src) {
    return new JinjaParser(src).parseAsRoot();
}

;// CONCATENATED MODULE: ./lib/templating/runtime/loop.js
/** The `loop` variable of a for loop, with Jinja2's members. */



const NO_CHANGE = Symbol('none yet');
class LoopContext {
    items;
    depth0;
    recurse;
    index0 = -1;
    lastChanged = NO_CHANGE;
    constructor(items, depth0, 
    /** set for `recursive` loops: `loop(children)` renders the body again one level deeper */
    recurse) {
        this.items = items;
        this.depth0 = depth0;
        this.recurse = recurse;
    }
    cycle = pyFunction('cycle', [], (args) => {
        if (!args.length)
            throw typeError('no items for cycling given');
        return args[this.index0 % args.length];
    }, { varargs: true });
    changed = pyFunction('changed', [], (args) => {
        if (this.lastChanged !== NO_CHANGE && pyEq(this.lastChanged, args))
            return false;
        this.lastChanged = args;
        return true;
    }, { varargs: true });
    member(name) {
        const i = this.index0;
        const len = this.items.length;
        switch (name) {
            case 'index':
                return i + 1;
            case 'index0':
                return i;
            case 'revindex':
                return len - i;
            case 'revindex0':
                return len - i - 1;
            case 'first':
                return i === 0;
            case 'last':
                return i === len - 1;
            case 'length':
                return len;
            case 'depth':
                return this.depth0 + 1;
            case 'depth0':
                return this.depth0;
            case 'previtem':
                return i > 0 ? this.items[i - 1] : new Undefined('there is no previous item');
            case 'nextitem':
                return i < len - 1 ? this.items[i + 1] : new Undefined('there is no next item');
            case 'cycle':
                return this.cycle;
            case 'changed':
                return this.changed;
        }
        return missing(this, name);
    }
    [PY_CALL](args, _kwargs) {
        if (!this.recurse) {
            throw typeError("The loop must have the 'recursive' marker to be called recursively.");
        }
        return this.recurse(args[0], this.depth0 + 1);
    }
    __str__() {
        return `<LoopContext ${this.index0 + 1}/${this.items.length}>`;
    }
}

;// CONCATENATED MODULE: ./lib/templating/runtime/scope.js
/**
 * Variable scopes with Jinja2's rules:
 * - each template execution has a RenderContext: `vars` are its top-level assignments
 *   (what `import` exports), `parent` everything it can read from outside (the render's
 *   variables, or the includer's variables and locals);
 * - each for-loop iteration, macro call and `with` block gets a Frame whose assignments
 *   never leak out (`{% set %}` inside a loop is loop-scoped; use namespace() to carry
 *   values out);
 * - `if` and `filter` blocks do not create scopes.
 */



class Frame {
    parent;
    kind;
    vars = Object.create(null);
    /** Names assigned with `set` in this loop iteration: what context functions see (kluctl's get_var workaround). */
    sets;
    constructor(parent, kind) {
        this.parent = parent;
        this.kind = kind;
    }
}
/** Every compiled function starts here: past MAX_DEPTH nested calls, a RecursionError. */
function enter(state) {
    if (state.depth >= MAX_DEPTH)
        throw recursionError();
    state.depth++;
}
function leave(state) {
    state.depth--;
}
/** Per-template-execution state; compiled code receives it as `context`. */
class RenderContext {
    state;
    path;
    displayName;
    parent;
    root;
    envGlobals;
    exported = new Set();
    /** blocks by name, child-most first (template inheritance) */
    blocks = new Map();
    parentTemplate = null;
    /** output length when `{% extends %}` ran: later top-level output is dropped */
    extendedAt = 0;
    constructor(state, 
    /** absolute path of the running template ('' for strings) */
    path, 
    /** name used in error messages */
    displayName, parent, root, envGlobals) {
        this.state = state;
        this.path = path;
        this.displayName = displayName;
        this.parent = parent;
        this.root = root;
        this.envGlobals = envGlobals;
    }
    get vars() {
        return this.root.vars;
    }
    /** Context.resolve: top-level vars, then outside variables, then environment globals. */
    resolve(name) {
        if (name in this.root.vars)
            return this.root.vars[name];
        if (name in this.parent)
            return this.parent[name];
        if (name in this.envGlobals)
            return this.envGlobals[name];
        return undefinedVar(name);
    }
    /** Jinja2's `context.get_all()`, plus the set-variables of the caller's loop iteration. */
    getAll(frame) {
        const all = Object.assign(Object.create(null), this.envGlobals, this.parent, this.root.vars);
        const sets = callerSets(frame);
        return sets ? Object.assign(all, sets) : all;
    }
    /** One variable as `context.get_all()[name]` would give it (undefined when absent). */
    getVisible(frame, name) {
        const sets = callerSets(frame);
        if (sets && name in sets)
            return sets[name];
        if (name in this.root.vars)
            return this.root.vars[name];
        if (name in this.parent)
            return this.parent[name];
        if (name in this.envGlobals)
            return this.envGlobals[name];
        return undefined;
    }
    /** All variables the code at `frame` can read: what `include` passes on (Jinja2 passes locals too). */
    flatten(frame) {
        const chain = [];
        for (let f = frame; f; f = f.parent)
            chain.push(f);
        const all = Object.assign(Object.create(null), this.parent, this.root.vars);
        for (let i = chain.length - 1; i >= 0; i--)
            Object.assign(all, chain[i].vars);
        return all;
    }
}
/** The innermost loop (or block) iteration's `set` variables, unless a macro is in between. */
function callerSets(frame) {
    for (let f = frame; f; f = f.parent) {
        if (f.kind === 'loop' || f.kind === 'block')
            return f.sets;
        if (f.kind !== 'with')
            return undefined;
    }
    return undefined;
}
/** Name lookup from compiled code: locals (innermost first), then the context. */
function lookup(context, frame, name) {
    for (let f = frame; f; f = f.parent) {
        const v = f.vars[name];
        if (v !== undefined)
            return v;
    }
    const outside = context.parent[name];
    if (outside !== undefined)
        return outside;
    const global = context.envGlobals[name];
    return global !== undefined ? global : undefinedVar(name);
}
/** `{% set name = value %}` */
function scope_assign(context, frame, name, value) {
    frame.vars[name] = value;
    if (frame.kind === 'loop' || frame.kind === 'block')
        (frame.sets ??= Object.create(null))[name] = value;
    else if (frame.kind === 'template' && frame === context.root && !name.startsWith('_')) {
        context.exported.add(name);
    }
}

;// CONCATENATED MODULE: ./lib/templating/runtime/macro.js
/** Macros and `{% call %}` callers, with Jinja2's argument rules. */




/** Marks a parameter the caller did not pass; the compiled body then evaluates its default. */
const MISSING = Symbol('missing');
class Macro {
    spec;
    defFrame;
    body;
    constructor(spec, 
    /** the frame the macro was defined in: its body reads outer variables through it */
    defFrame, body) {
        this.spec = spec;
        this.defFrame = defFrame;
        this.body = body;
    }
    get name() {
        return this.spec.name;
    }
    [PY_CALL](args, kwargs, _site) {
        const { name, params, defaults, catchVarargs, catchKwargs, catchCaller } = this.spec;
        const frame = new Frame(this.defFrame, 'macro');
        const rest = kwargs ? Object.assign(newDict(), kwargs) : newDict();
        const n = params.length;
        for (let i = 0; i < n; i++) {
            const p = params[i];
            let v;
            if (i < args.length)
                v = args[i];
            else if (Object.hasOwn(rest, p)) {
                v = rest[p];
                delete rest[p];
            }
            else if (defaults.includes(p))
                v = MISSING;
            else
                v = new Undefined(`parameter '${p}' was not provided`);
            frame.vars[p] = v;
        }
        if (catchCaller) {
            frame.vars.caller = Object.hasOwn(rest, 'caller')
                ? rest.caller
                : new Undefined('No caller defined');
            delete rest.caller;
        }
        if (catchKwargs)
            frame.vars.kwargs = rest;
        else {
            const extra = Object.keys(rest);
            if (extra.length) {
                if (extra[0] === 'caller') {
                    throw typeError(`macro '${name}' was invoked with two values for the special caller argument. This is most likely a bug.`);
                }
                throw typeError(`macro '${name}' takes no keyword argument '${extra[0]}'`);
            }
        }
        if (catchVarargs)
            frame.vars.varargs = tuple(args.slice(n));
        else if (args.length > n) {
            throw typeError(`macro '${name}' takes not more than ${n} argument(s)`);
        }
        return this.body(frame);
    }
    __str__() {
        return `<Macro '${this.spec.name}'>`;
    }
}

;// CONCATENATED MODULE: ./lib/templating/runtime/templates.js
/** include, import, extends and blocks: templates using other templates. */





const notFound = (name) => new TemplateError('TemplateNotFound', name);
function loadFirst(env, context, names) {
    const list = Array.isArray(names) ? names : [names];
    let last;
    for (const n of list) {
        if (n instanceof Undefined)
            n.fail();
        if (typeof n !== 'string')
            throw runtimeError(`template name must be a string, not ${typeof n}`);
        try {
            return env.loadTemplate(n, context);
        }
        catch (e) {
            if (!(e instanceof TemplateError && e.pyType === 'TemplateNotFound'))
                throw e;
            last = e;
        }
    }
    if (list.length > 1) {
        throw notFound(`none of the templates given were found: ${list.map((n) => `'${n}'`).join(', ')}`);
    }
    if (last)
        throw last;
    return undefined;
}
/** `{% include name [ignore missing] [with|without context] %}` */
function include(env, context, frame, name, ignoreMissing, withContext) {
    let template;
    try {
        template = loadFirst(env, context, name);
    }
    catch (e) {
        if (ignoreMissing && e instanceof TemplateError && e.pyType === 'TemplateNotFound')
            return '';
        throw e;
    }
    if (!template)
        return '';
    const parent = withContext ? context.flatten(frame) : context.state.globals;
    return env.execute(template, context, parent)[1];
}
/** What `{% import %}` binds: the template's exported top-level names. */
class TemplateModule {
    name;
    exports;
    body;
    constructor(name, exports, body) {
        this.name = name;
        this.exports = exports;
        this.body = body;
    }
    member(name) {
        return Object.hasOwn(this.exports, name) ? this.exports[name] : missing(this, name);
    }
    __str__() {
        return this.body;
    }
}
/** `{% import name as m %}` and `{% from name import ... %}` */
function importModule(env, context, frame, name, withContext) {
    const template = loadFirst(env, context, name);
    const modules = context.state.modules;
    if (!withContext && modules.has(template.path))
        return modules.get(template.path);
    const parent = withContext ? context.flatten(frame) : context.state.globals;
    const [ctx, body] = env.execute(template, context, parent);
    const exports = Object.create(null);
    for (const n of ctx.exported)
        exports[n] = ctx.vars[n];
    const mod = new TemplateModule(String(name), exports, body);
    if (!withContext)
        modules.set(template.path, mod);
    return mod;
}
function moduleGet(mod, name, lineno, from) {
    if (Object.hasOwn(mod.exports, name))
        return mod.exports[name];
    return new Undefined(`the template '${mod.name}' (imported on line ${lineno} in '${from}') does not export the requested name '${name}'`);
}
/** `{% extends name %}` */
function extend(env, context, name, outputLength) {
    if (context.parentTemplate)
        throw runtimeError('extended multiple times');
    context.parentTemplate = loadFirst(env, context, name);
    context.extendedAt = outputLength;
}
/** After a child template ran: its parent renders, with the child's blocks taking precedence. */
function renderParent(env, context, output) {
    const parent = context.parentTemplate;
    context.parentTemplate = null;
    const out = output.slice(0, context.extendedAt) + parent.root(env, context, context.root);
    if (out.length > MAX_TEXT)
        outputTooLong();
    return out;
}
function addBlocks(context, blocks) {
    for (const [name, fn] of Object.entries(blocks)) {
        const list = context.blocks.get(name);
        if (list)
            list.push(fn);
        else
            context.blocks.set(name, [fn]);
    }
}
function renderBlock(env, context, frame, name) {
    const fns = context.blocks.get(name);
    return fns[0](env, context, frame, 0);
}
/** `super()` inside a block: renders the same block of the parent template. */
function blockSuper(env, context, frame, name, depth) {
    const fns = context.blocks.get(name) ?? [];
    if (depth + 1 >= fns.length) {
        return new Undefined(`there is no parent block called '${name}'.`);
    }
    const callable = {
        [PY_CALL]: () => fns[depth + 1](env, context, frame, depth + 1),
    };
    return callable;
}

;// CONCATENATED MODULE: ./lib/templating/runtime/index.js
/**
 * The `runtime` object compiled templates call into. Everything here follows Python/Jinja2
 * semantics; see ops.ts, access.ts, scope.ts for the details.
 */











function runtime_str(v) {
    return typeof v === 'string' ? v : toPythonString(v);
}
function call(context, frame, fn, args, kwargs) {
    if (isPyCallable(fn)) {
        const r = fn[PY_CALL](args, kwargs, { context, frame });
        return r === undefined ? null : r;
    }
    if (typeof fn === 'function') {
        const r = callForeign(fn, args, kwargs);
        return r === undefined ? null : r;
    }
    if (fn instanceof Undefined)
        fn.fail();
    throw typeError(`'${typeName(fn)}' object is not callable`);
}
/** A filter call; `args` starts with the filtered value. */
function filter(context, frame, name, args, kwargs) {
    const env = context.state.env;
    return env.filters[name][PY_CALL](args, kwargs, { context, frame });
}
/** A test; `args` starts with the tested value. */
function test(context, frame, name, args, kwargs) {
    const env = context.state.env;
    return truthy(env.tests[name][PY_CALL](args, kwargs, { context, frame }));
}
/** Unpacks `a, b = value` (also loop targets): exactly n items. */
function unpack(value, n) {
    const items = pyIter(value);
    if (items.length < n)
        throw valueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
    if (items.length > n)
        throw valueError(`too many values to unpack (expected ${n})`);
    return items;
}
/** A dict literal: keys and values interleaved. */
function runtime_dict(kv) {
    const d = newDict();
    for (let i = 0; i < kv.length; i += 2)
        setKey(d, dictKey(kv[i]), kv[i + 1]);
    return d;
}
function spreadArgs(args, dyn) {
    return dyn === null ? args : [...args, ...pyIter(dyn)];
}
function spreadKwargs(kwargs, dyn) {
    if (dyn === null)
        return kwargs;
    if (dyn instanceof Undefined)
        dyn.fail();
    if (!isDict(dyn))
        throw typeError(`argument after ** must be a mapping, not ${typeName(dyn)}`);
    return Object.assign(newDict(), kwargs ?? {}, dyn);
}
function condUndefined() {
    return new SoftUndefined('the inline if-expression evaluated to false and no else section was defined.');
}
const runtime = {
    // values
    PyFloat: PyFloat,
    MISSING: MISSING,
    Frame: Frame,
    LoopContext: LoopContext,
    Macro: Macro,
    str: runtime_str,
    truthy: truthy,
    tuple: tuple,
    dict: runtime_dict,
    iter: pyIter,
    unpack,
    condUndefined,
    // names and members
    lookup: lookup,
    assign: (context, frame, name, value, local = false) => local ? void (frame.vars[name] = value) : scope_assign(context, frame, name, value),
    getattr: getattr,
    getitem: getitem,
    setattr: setattr,
    slice: slice,
    // operators
    ...ops_namespaceObject,
    // calls
    call,
    filter,
    test,
    spreadArgs,
    spreadKwargs,
    // templates
    include: include,
    importModule: importModule,
    moduleGet: moduleGet,
    extend: extend,
    renderParent: renderParent,
    addBlocks: addBlocks,
    renderBlock: renderBlock,
    blockSuper: blockSuper,
    locate: locate,
    // limits
    enter: enter,
    leave: leave,
    outputTooLong: outputTooLong,
};


;// CONCATENATED MODULE: ./lib/templating/tests.js
/** Jinja2 3.1's built-in tests (`x is defined`, `x is divisibleby 3`, ...). */




const tests_envOf = (site) => site.context.state.env;
const tests_isInt = (v) => typeof v === 'number' && Number.isInteger(v);
function sequence(v) {
    return typeof v === 'string' || Array.isArray(v) || isDict(v);
}
function iterable(v) {
    if (v instanceof Undefined) {
        v.iter(); // a strict undefined raises, as in Jinja2
        return true;
    }
    try {
        pyIter(v);
        return true;
    }
    catch {
        return false;
    }
}
/** str.islower()/isupper(): has a cased character and is unchanged by the conversion. */
function casedAs(v, convert) {
    const s = toPythonString(v);
    return [...s].some((c) => c.toLowerCase() !== c.toUpperCase()) && convert(s) === s;
}
// Tests see undefined values (`x is defined`); those that compute with them raise.
const tests_T = (name, params, impl) => [name, pyFunction(name, params, impl, { undefinedOk: true })];
function builtinTests() {
    const cmp = (name, f) => tests_T(name, ['a', 'b'], f);
    const list = [
        tests_T('boolean', ['value'], (v) => v === true || v === false),
        tests_T('callable', ['obj'], (v) => typeof v === 'function' || isPyCallable(v)),
        tests_T('defined', ['value'], (v) => !(v instanceof Undefined)),
        tests_T('divisibleby', ['value', 'num'], (v, n) => num(mod(v, n)) === 0),
        cmp('eq', eq),
        cmp('==', eq),
        cmp('equalto', eq),
        tests_T('escaped', ['value'], () => false),
        tests_T('even', ['value'], (v) => num(mod(v, 2)) === 0),
        tests_T('false', ['value'], (v) => v === false),
        tests_T('filter', ['value'], function (v) {
            return typeof v === 'string' && Object.hasOwn(tests_envOf(this).filters, v);
        }),
        tests_T('float', ['value'], (v) => isFloat(v)),
        cmp('ge', ge),
        cmp('>=', ge),
        cmp('gt', gt),
        cmp('>', gt),
        cmp('greaterthan', gt),
        tests_T('in', ['value', 'seq'], (v, seq) => contains(seq, v)),
        tests_T('integer', ['value'], (v) => tests_isInt(v)),
        tests_T('iterable', ['value'], iterable),
        cmp('le', le),
        cmp('<=', le),
        tests_T('lower', ['value'], (v) => casedAs(v, (s) => s.toLowerCase())),
        cmp('lt', lt),
        cmp('<', lt),
        cmp('lessthan', lt),
        tests_T('mapping', ['value'], (v) => isDict(v)),
        cmp('ne', ne),
        cmp('!=', ne),
        tests_T('none', ['value'], (v) => v === null),
        tests_T('number', ['value'], (v) => isNumeric(v)),
        tests_T('odd', ['value'], (v) => num(mod(v, 2)) === 1),
        tests_T('sameas', ['value', 'other'], (v, o) => v === o),
        tests_T('sequence', ['value'], sequence),
        tests_T('string', ['value'], (v) => typeof v === 'string'),
        tests_T('test', ['value'], function (v) {
            return typeof v === 'string' && Object.hasOwn(tests_envOf(this).tests, v);
        }),
        tests_T('true', ['value'], (v) => v === true),
        tests_T('undefined', ['value'], (v) => v instanceof Undefined),
        tests_T('upper', ['value'], (v) => casedAs(v, (s) => s.toUpperCase())),
    ];
    return Object.assign(Object.create(null), Object.fromEntries(list));
}

;// CONCATENATED MODULE: ./lib/templating/environment.js
/**
 * One nunjucks Environment per project render, configured as kluctl configures Jinja2:
 * StrictUndefined, no autoescaping, loopcontrols, Jinja2's filters/tests/globals plus kluctl's.
 * Templates are compiled once (files by absolute path, strings by source) and then only run.
 */















class JinjaEnvironment extends nunjucks.Environment {
    projectRoot;
    displayName;
    loader;
    files = new Map();
    strings = new Map();
    stringsSource = 0;
    constructor(projectRoot, displayName) {
        super([], { autoescape: false });
        this.projectRoot = projectRoot;
        this.displayName = displayName;
        this.loader = new ProjectLoader(projectRoot);
        this.filters = Object.assign(builtinFilters(), kluctlFilters());
        this.tests = builtinTests();
        this.globals = Object.assign(newDict(), builtinGlobals(), kluctlGlobals());
    }
    /** Compiles template source; syntax errors name the template and line. */
    compile(source, displayName, path) {
        try {
            const tree = parseTemplate(prepareSource(source));
            const code = new JinjaCompiler({
                displayName,
                hasFilter: (n) => Object.hasOwn(this.filters, n),
                hasTest: (n) => Object.hasOwn(this.tests, n),
            }).compileTemplate(tree);
            const factory = new Function('runtime', code);
            return { path, displayName, ...factory(runtime) };
        }
        catch (err) {
            // the parser recurses per nesting level: thousands of nested parentheses overflow the stack
            if (isStackOverflow(err))
                throw locate(recursionError(err), displayName, 0);
            if (err instanceof TemplateError || !(err instanceof Error))
                throw locate(err, displayName, 0);
            // the tokenizer reports positions on the error object
            const line = err.lineno ?? 0;
            throw locate(new TemplateError('TemplateSyntaxError', err.message, { cause: err }), displayName, line);
        }
    }
    fileTemplate(abs) {
        let t = this.files.get(abs);
        if (!t) {
            const name = this.displayName(abs);
            let source;
            try {
                source = (0,external_node_fs_.readFileSync)(abs, 'utf8');
            }
            catch (e) {
                throw locate(new TemplateError('TemplateNotFound', name, { cause: e }), name, 0);
            }
            t = this.compile(source, name, abs);
            this.files.set(abs, t);
        }
        return t;
    }
    stringTemplate(source, displayName, path = '') {
        const key = `${displayName}\0${path}\0${source}`;
        let t = this.strings.get(key);
        if (!t) {
            if (this.strings.size >= MAX_CACHED_TEMPLATES ||
                this.stringsSource + key.length > MAX_CACHED_SOURCE) {
                this.strings.clear();
                this.stringsSource = 0;
            }
            t = this.compile(source, displayName, path);
            this.strings.set(key, t);
            this.stringsSource += key.length;
        }
        return t;
    }
    newState(vars, searchDirs) {
        const globals = Object.assign(newDict(), vars);
        return { env: this, globals, searchDirs, modules: new Map(), depth: 0 };
    }
    /** Runs a template: a fresh context whose outside variables are `parent`. */
    run(template, state, parent) {
        const root = new Frame(null, 'template');
        const context = new RenderContext(state, template.path, template.displayName, parent, root, this.globals);
        return [context, template.root(this, context, root)];
    }
    // ---- TemplateLoader (include, import, extends) ----
    loadTemplate(name, from) {
        return this.fileTemplate(this.loader.resolve(name, from.path, from.state.searchDirs));
    }
    execute(template, from, parent) {
        return this.run(template, from.state, parent);
    }
    // ---- KluctlHost (render, load_template, load_sha256, load_base64) ----
    renderSource(source, vars, from) {
        // a render inside a render keeps the name: errors name the file the text came from
        const name = from.displayName.endsWith(' (render)')
            ? from.displayName
            : `${from.displayName} (render)`;
        const t = this.stringTemplate(source, name);
        return this.run(t, from.state, vars)[1];
    }
    renderNamed(name, vars, from) {
        return this.run(this.loadTemplate(name, from), from.state, vars)[1];
    }
    resolveFile(name, from) {
        return this.loader.resolve(name, from.path, from.state.searchDirs);
    }
}

;// CONCATENATED MODULE: ./lib/templating/engine.js



/**
 * Renders kluctl templates with Jinja2 3.1 semantics on nunjucks. One engine per project
 * render: every template is compiled once and cached by absolute path.
 * Errors are UserErrors naming the template (relative to the project root) and the line.
 */
class TemplateEngine {
    projectRoot;
    env;
    constructor(projectRoot) {
        this.projectRoot = projectRoot;
        this.env = new JinjaEnvironment(projectRoot, (f) => this.displayName(f));
    }
    /** Renders a file of the project (absolute path). */
    renderFile(file, vars, scope) {
        try {
            const state = this.env.newState(vars, scope.searchDirs);
            return this.env.run(this.env.fileTemplate(file), state, state.globals)[1];
        }
        catch (err) {
            throw toUserError(err, this.displayName(file));
        }
    }
    /** Renders a string that did not come from a file (e.g. a value in .kluctl.yaml). */
    renderString(source, vars, name, scope = { searchDirs: [] }) {
        try {
            const state = this.env.newState(vars, scope.searchDirs);
            return this.env.run(this.env.stringTemplate(source, name), state, state.globals)[1];
        }
        catch (err) {
            throw toUserError(err, name);
        }
    }
    /** Evaluates a kluctl `when` condition with Python truthiness. */
    evaluate(expr, vars, name) {
        const out = this.renderString(`{% if ${expr} %}True{% else %}False{% endif %}`, vars, name);
        return out === 'True';
    }
    displayName(file) {
        return external_node_path_.relative(this.projectRoot, file) || file;
    }
}

;// CONCATENATED MODULE: ./lib/templating/index.js
/** Templating: kluctl's Jinja2 templates rendered on nunjucks with Jinja2 3.1 semantics. */







// EXTERNAL MODULE: ./lib/util/k8s.js
var k8s = __webpack_require__(63896);
;// CONCATENATED MODULE: ./lib/render/images.js





// The object an image ends up in (namespace, Kind/name, container) is known only after
// kustomize, so get_image() leaves a token in the template output that is resolved later.
const TOKEN = /__shipshape_get_image_(\d+)__/g;
const pyBool = (v) => (v ? 'True' : 'False');
const quote = (v) => JSON.stringify(String(v));
/**
 * kluctl's `version.*` helpers build the filter string given to get_image's second argument,
 * e.g. `version.prefix("master-", suffix=version.number())` → `prefix("master-", suffix="number()")`.
 */
const versionHelpers = {
    semver: pyFunction('semver', [['allow_no_nums', false]], (allowNoNums) => `semver(allow_no_nums=${pyBool(allowNoNums)})`),
    prefix: pyFunction('prefix', ['prefix', ['suffix', null]], (prefix, suffix) => suffix === null || suffix === undefined
        ? `prefix(${quote(prefix)})`
        : `prefix(${quote(prefix)}, suffix=${quote(suffix)})`),
    number: pyFunction('number', [], () => 'number()'),
    regex: pyFunction('regex', ['regex'], (r) => `regex(${quote(r)})`),
};
/** Hands out get_image() tokens during templating and resolves them in rendered objects. */
class ImagePlaceholders {
    calls = [];
    seen = [];
    /** The `images` object templates see. */
    templateObject = {
        get_image: pyFunction('get_image', ['image', ['latest_version', null]], (image, latest) => {
            if (typeof image !== 'string' || image === '')
                throw new Error('images.get_image() needs an image name');
            this.calls.push({
                image,
                latestVersion: latest === undefined || latest === null ? undefined : String(latest),
            });
            return `__shipshape_get_image_${this.calls.length - 1}__`;
        }),
    };
    /** Replaces every token in `obj` with the fixed image that wins for its use. */
    resolve(obj, ctx) {
        const ref = (0,k8s/* refOf */.H8)(obj);
        const deployment = `${ref.kind}/${ref.name}`;
        const visit = (node, parent) => {
            if (typeof node === 'string') {
                if (!node.includes('__shipshape_get_image_'))
                    return node;
                const container = parent && typeof parent.name === 'string' ? parent.name : '';
                return node.replace(TOKEN, (_, n) => {
                    const call = this.calls[Number(n)];
                    const use = { image: call.image, namespace: ref.namespace, deployment, container };
                    const fi = (0,fixed_images/* findFixedImage */.TH)(use, ctx.fixed, ctx.fromVars);
                    this.seen.push({
                        ...use,
                        latestVersion: call.latestVersion,
                        resultImage: fi?.resultImage,
                        fixedImage: fi,
                        deploymentDir: ctx.deploymentDir,
                        tags: ctx.tags,
                    });
                    if (!fi) {
                        if (ctx.allowUnresolved)
                            return call.image;
                        throw new util_errors/* UserError */.yo(`failed to find fixed image for ${call.image} (${(0,k8s/* refString */.nw)(ref)}${container ? `, container ${container}` : ''}, item ${ctx.deploymentDir})`, {}, `pin it with -F ${call.image}=${call.image}:<tag>, a --fixed-images-file, the target's "images" or an "images" variable`);
                    }
                    return fi.resultImage;
                });
            }
            if (Array.isArray(node)) {
                node.forEach((v, i) => (node[i] = visit(v, undefined)));
                return node;
            }
            if ((0,merge/* isPlainObject */.Qd)(node)) {
                for (const [k, v] of Object.entries(node))
                    node[k] = visit(v, node);
                return node;
            }
            return node;
        };
        visit(obj, undefined);
    }
}

;// CONCATENATED MODULE: ./lib/render/inclusion.js
const normDir = (d) => d.replace(/^\.\//, '').replace(/\/+$/, '') || '.';
class Inclusion {
    includes;
    excludes;
    constructor(flags) {
        this.includes = new Set([
            ...(flags.includeTags ?? []).map((t) => `tag:${t}`),
            ...(flags.includeDeploymentDirs ?? []).map((d) => `dir:${normDir(d)}`),
        ]);
        this.excludes = new Set([
            ...(flags.excludeTags ?? []).map((t) => `tag:${t}`),
            ...(flags.excludeDeploymentDirs ?? []).map((d) => `dir:${normDir(d)}`),
        ]);
    }
    get active() {
        return this.includes.size > 0 || this.excludes.size > 0;
    }
    /** An exclude match always wins; with includes given, one of them must match. */
    matches(tags, dir) {
        if (!this.active)
            return true;
        const entries = [...tags.map((t) => `tag:${t}`), ...(dir !== undefined ? [`dir:${dir}`] : [])];
        if (entries.some((e) => this.excludes.has(e)))
            return false;
        return this.includes.size === 0 || entries.some((e) => this.includes.has(e));
    }
}

;// CONCATENATED MODULE: ./lib/render/kustomize.js





const DEFAULT_KUSTOMIZE_LIMITS = {
    timeoutMs: 5 * 60_000,
    memoryBytes: 2 * 1024 ** 3,
};
function onPath(name, env) {
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter)) {
        if (!dir)
            continue;
        const p = external_node_path_.join(dir, name);
        try {
            (0,external_node_fs_.accessSync)(p, external_node_fs_.constants.X_OK);
            return p;
        }
        catch {
            // keep looking
        }
    }
    return undefined;
}
/** `kustomize` when it is on the PATH, else `kubectl kustomize`. */
function findKustomize(env = process.env) {
    // No --load-restrictor flag: kustomize's default keeps every file a kustomization reads
    // inside that kustomization's directory (directories such as ../base stay allowed).
    const kustomize = onPath('kustomize', env);
    if (kustomize)
        return { command: kustomize, args: (dir) => ['build', dir] };
    const kubectl = onPath('kubectl', env);
    if (kubectl)
        return { command: kubectl, args: (dir) => ['kustomize', dir] };
    throw new util_errors/* UserError */.yo('neither kustomize nor kubectl was found on the PATH', {}, 'install kustomize (or kubectl, which includes it)');
}
/**
 * The environment kustomize runs in: none of ours (it may hold the job's token), no PATH
 * (so no `git` for remote bases), and every HTTP request sent to a closed local port (remote
 * files are refused before the build; this is the second lock).
 */
function isolatedEnv(limits) {
    const unreachable = 'http://127.0.0.1:9';
    return {
        PATH: '',
        HOME: (0,external_node_os_.tmpdir)(),
        TMPDIR: (0,external_node_os_.tmpdir)(),
        LANG: 'C',
        HTTP_PROXY: unreachable,
        HTTPS_PROXY: unreachable,
        NO_PROXY: '',
        GOMEMLIMIT: String(Math.floor(limits.memoryBytes * 0.8)),
    };
}
/** Resident memory of a process in bytes, where the OS tells (Linux); undefined elsewhere. */
function residentBytes(pid) {
    try {
        const m = /^VmRSS:\s+(\d+) kB/m.exec((0,external_node_fs_.readFileSync)(`/proc/${pid}/status`, 'utf8'));
        return m ? Number(m[1]) * 1024 : undefined;
    }
    catch {
        return undefined;
    }
}
const MAX_ERROR_CHARS = 2000;
/** kustomize's message without Go's stack dumps, short enough for a comment. */
function errorText(stderr, fallback) {
    const text = (stderr || fallback).trim().replace(/^Error: /, '');
    const cut = text.search(/\n(goroutine \d+ \[|runtime stack:|\[signal )/);
    const head = cut >= 0 ? text.slice(0, cut) : text;
    return head.length > MAX_ERROR_CHARS ? `${head.slice(0, MAX_ERROR_CHARS)}…` : head;
}
function buildError(itemName, stderr, err, reason, limits) {
    if (reason === 'memory' || /fatal error: runtime: out of memory/.test(stderr))
        return new util_errors/* UserError */.yo(`kustomize build of ${itemName} needed more than ${Math.round(limits.memoryBytes / 1024 ** 2)} MB and was stopped`, {}, 'a manifest probably expands YAML aliases (&anchor / *alias) enormously: remove them');
    if (reason === 'timeout')
        return new util_errors/* UserError */.yo(`kustomize build of ${itemName} took longer than ${limits.timeoutMs / 1000} s and was stopped`, {}, 'make the kustomization smaller, or split the item');
    const message = errorText(stderr, err.message);
    const hint = /security; file .* is not in or below/.test(message)
        ? 'a kustomization may only read files inside its own directory: move the file there, or make its directory a kustomization and list that directory'
        : 'fix the kustomization (or the manifests it lists) of this item';
    return new util_errors/* UserError */.yo(`kustomize build failed for ${itemName}: ${message}`, {}, hint);
}
/** Runs `kustomize build` on a rendered item directory and returns the YAML stream. */
function kustomizeBuild(tool, dir, itemName, limits = DEFAULT_KUSTOMIZE_LIMITS) {
    return new Promise((resolve, reject) => {
        let stopped;
        const child = (0,external_node_child_process_.execFile)(tool.command, tool.args(dir), { maxBuffer: 512 * 1024 * 1024, env: isolatedEnv(limits), killSignal: 'SIGKILL' }, (err, stdout, stderr) => {
            clearInterval(watch);
            clearTimeout(timer);
            if (!err && !stopped)
                return resolve(stdout);
            reject(buildError(itemName, stderr, err ?? new Error('stopped'), stopped, limits));
        });
        const stop = (why) => {
            stopped ??= why;
            child.kill('SIGKILL');
        };
        const timer = setTimeout(() => stop('timeout'), limits.timeoutMs);
        const watch = setInterval(() => {
            const rss = child.pid ? residentBytes(child.pid) : undefined;
            if (rss !== undefined && rss > limits.memoryBytes)
                stop('memory');
        }, 100);
    });
}

// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
;// CONCATENATED MODULE: ./lib/render/kustomize-batch.js






// Marks which item an object came from in a batched build; removed before anyone sees it.
const ITEM_LABEL = 'shipshape.internal/item';
const BATCH_SIZE = 25;
function takeItemLabel(obj) {
    const md = obj.metadata;
    const id = Number(md.labels?.[ITEM_LABEL]);
    if (md.labels) {
        delete md.labels[ITEM_LABEL];
        if (Object.keys(md.labels).length === 0)
            delete md.labels;
    }
    return id;
}
/**
 * Builds items with kustomize. Starting kustomize costs about as much as building one
 * typical item, so items are built in batches: a generated kustomization lists each item
 * (through a wrapper that labels its objects with the item's number) and one kustomize run
 * builds them all. Each item is still its own kustomization, so namespaces, patches and
 * generators apply exactly as in a build of the item alone, and the output order of each
 * item is kept. When a batch fails (an item's error, or two items defining the same object),
 * its items are built one by one, so every error names its item.
 */
async function buildItems(tool, workDir, jobs, concurrency) {
    const limit = (0,p_limit/* default */.A)(concurrency);
    const results = new Array(jobs.length);
    const single = async (i) => {
        results[i] = (0,yaml/* parseYamlStream */.b8)(await kustomizeBuild(tool, jobs[i].dir, jobs[i].name), external_node_path_.join(jobs[i].dir, 'kustomization.yaml'));
    };
    const batchable = jobs.map((j, i) => (j.batchable ? i : -1)).filter((i) => i >= 0);
    const batches = [];
    const size = Math.max(1, Math.min(BATCH_SIZE, Math.ceil(batchable.length / concurrency)));
    for (let i = 0; i < batchable.length; i += size)
        batches.push(batchable.slice(i, i + size));
    const fallback = [];
    const batch = async (members, n) => {
        if (members.length === 1)
            return single(members[0]);
        const root = external_node_path_.join(workDir, `batch-${n}`);
        for (const i of members) {
            const wrapper = external_node_path_.join(root, String(i));
            (0,external_node_fs_.mkdirSync)(wrapper, { recursive: true });
            const resource = external_node_path_.relative(wrapper, jobs[i].dir).split(external_node_path_.sep).join('/');
            (0,external_node_fs_.writeFileSync)(external_node_path_.join(wrapper, 'kustomization.yaml'), (0,dist.stringify)({ resources: [resource], labels: [{ pairs: { [ITEM_LABEL]: String(i) } }] }));
        }
        (0,external_node_fs_.writeFileSync)(external_node_path_.join(root, 'kustomization.yaml'), (0,dist.stringify)({ resources: members.map(String) }));
        let objects;
        try {
            objects = (0,yaml/* parseYamlStream */.b8)(await kustomizeBuild(tool, root, 'batch'), external_node_path_.join(root, 'kustomization.yaml'));
        }
        catch {
            fallback.push(...members);
            return;
        }
        for (const i of members)
            results[i] = [];
        for (const o of objects)
            results[takeItemLabel(o)].push(o);
    };
    const settle = async (tasks) => {
        const failed = (await Promise.allSettled(tasks)).find((r) => r.status === 'rejected');
        if (failed)
            throw failed.reason;
    };
    try {
        await settle([
            ...batches.map((members, n) => limit(() => batch(members, n))),
            ...jobs.flatMap((j, i) => (j.batchable ? [] : [limit(() => single(i))])),
        ]);
        // Items of failed batches, one by one and in item order, so the first error reported is the first item's.
        fallback.sort((a, b) => a - b);
        await settle(fallback.map((i) => limit(() => single(i))));
    }
    finally {
        (0,external_node_fs_.rmSync)(workDir, { recursive: true, force: true });
    }
    return results;
}

;// CONCATENATED MODULE: ./lib/render/kustomization-check.js
/**
 * What shipshape checks in the rendered kustomizations before kustomize sees them. kustomize
 * fetches a resource, patch or generator file given as a URL (and clones a git URL) on its
 * own; a project is untrusted, so that would let a pull request make the runner send
 * requests anywhere, loopback services of a self-hosted runner included. Every path-valued
 * field is therefore checked here, and kustomize also runs without network (kustomize.ts).
 */





const KUSTOMIZATION_FILE = /^(kustomization\.ya?ml|Kustomization)$/;
/** Keys whose values are paths (or lists of paths) wherever they appear in a kustomization. */
const PATH_KEYS = new Set([
    'resources',
    'bases',
    'components',
    'crds',
    'configurations',
    'generators',
    'transformers',
    'validators',
    'patchesStrategicMerge',
    'path',
    'files',
    'envs',
    'env',
    'chartHome',
    'valuesFile',
    'additionalValuesFiles',
]);
/** Entries kustomize must find on disk (it would otherwise try them as remote repositories). */
const LOCAL_ENTRIES = ['resources', 'bases', 'components'];
/** Entries that may name further files holding plugin configurations with paths of their own. */
const CONFIG_ENTRIES = ['generators', 'transformers', 'validators'];
const REMOTE = /^[a-z][a-z0-9+.-]*:\/\/|^git@|^(github\.com|gitlab\.com|bitbucket\.org)\//i;
function pathsIn(value, out) {
    if (Array.isArray(value))
        return value.forEach((v) => pathsIn(v, out));
    if (!(0,merge/* isPlainObject */.Qd)(value))
        return;
    for (const [k, v] of Object.entries(value)) {
        if (PATH_KEYS.has(k)) {
            for (const s of Array.isArray(v) ? v : [v]) {
                if (typeof s !== 'string')
                    continue;
                // configMapGenerator files: `key=path`
                out.push(k === 'files' && s.includes('=') ? s.slice(s.indexOf('=') + 1) : s);
            }
        }
        pathsIn(v, out);
    }
}
function readYamlMapping(file) {
    const value = (0,yaml/* parseYaml */.hN)((0,external_node_fs_.readFileSync)(file, 'utf8'), file).value;
    return (0,merge/* isPlainObject */.Qd)(value) ? value : {};
}
function checkFile(file, shown, ky) {
    const dir = external_node_path_.dirname(file);
    const paths = [];
    pathsIn(ky, paths);
    for (const p of paths) {
        if (REMOTE.test(p.trim()))
            throw new util_errors/* UserError */.yo(`${shown} refers to the remote location "${p}"`, { file: shown }, 'shipshape never fetches remote kustomize resources: vendor the files into the project');
    }
    const entries = (keys) => keys.flatMap((key) => {
        const list = ky[key];
        return Array.isArray(list)
            ? list.filter((e) => typeof e === 'string').map((e) => ({ key, e }))
            : [];
    });
    for (const { key, e } of entries(LOCAL_ENTRIES)) {
        if (!(0,external_node_fs_.existsSync)(external_node_path_.resolve(dir, e)))
            throw new util_errors/* UserError */.yo(`${shown}: ${key} entry "${e}" does not exist`, { file: shown }, 'fix the path (relative to the kustomization); remote resources are not fetched');
    }
    for (const { e } of entries(CONFIG_ENTRIES)) {
        const f = external_node_path_.resolve(dir, e);
        if (/\.ya?ml$/i.test(f) && (0,external_node_fs_.existsSync)(f))
            checkFile(f, shown, readYamlMapping(f));
    }
}
/**
 * Checks every kustomization under `renderRoot`; `display` turns a rendered file into the
 * name the user knows (its project path).
 */
function checkKustomizations(renderRoot, display) {
    const walk = (dir) => {
        for (const e of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
            const p = external_node_path_.join(dir, e.name);
            if (e.isDirectory())
                walk(p);
            else if (e.isFile() && KUSTOMIZATION_FILE.test(e.name))
                checkFile(p, display(p), readYamlMapping(p));
        }
    };
    walk(renderRoot);
}

;// CONCATENATED MODULE: ./lib/render/kustomization.js







const isYaml = (name) => /\.ya?ml$/i.test(name);
const isHelmFile = (name) => /^helm-(values|chart)\.ya?ml$/i.test(name);
function listFiles(dir, recursive) {
    const out = [];
    const walk = (d, prefix) => {
        for (const e of (0,external_node_fs_.readdirSync)(d, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
            const rel = prefix ? `${prefix}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (!recursive || e.name === '.git')
                    continue;
                if (/^kustomization\.ya?ml$/i.test(e.name))
                    continue;
                walk(external_node_path_.join(d, e.name), rel);
            }
            else if (e.isFile()) {
                if (recursive && prefix && /^kustomization\.ya?ml$/.test(e.name)) {
                    throw new util_errors/* UserError */.yo(`recursive: true cannot be used when ${rel} exists`, {}, 'remove the nested kustomization or drop recursive: true');
                }
                out.push(rel);
            }
        }
    };
    walk(dir, '');
    return out;
}
/**
 * Makes sure a rendered item directory has a kustomization: the user's own, or one listing
 * its YAML files (sorted, helm files excluded). Sets `namespace` from overrideNamespace when
 * the kustomization has none, so kustomize applies it to namespaced kinds only.
 */
function prepareKustomization(dir, opts) {
    const existing = (0,find_file/* findYamlFileSync */.i)(dir, 'kustomization');
    let ky;
    let file = existing ?? external_node_path_.join(dir, 'kustomization.yaml');
    if (existing) {
        if (opts.recursive)
            throw new util_errors/* UserError */.yo(`recursive: true cannot be used when ${opts.itemName} has a kustomization`, { file: existing });
        const parsed = (0,yaml/* parseYaml */.hN)((0,external_node_fs_.readFileSync)(existing, 'utf8'), existing).value ?? {};
        if (!(0,merge/* isPlainObject */.Qd)(parsed))
            throw new util_errors/* UserError */.yo('kustomization must be a mapping', { file: existing });
        ky = parsed;
    }
    else {
        const resources = listFiles(dir, opts.recursive).filter((f) => isYaml(f) && !isHelmFile(external_node_path_.basename(f)));
        ky = { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources };
        file = external_node_path_.join(dir, 'kustomization.yaml');
    }
    let changed = !existing;
    if (opts.overrideNamespace !== undefined &&
        (ky.namespace === undefined || ky.namespace === null || ky.namespace === '')) {
        ky.namespace = opts.overrideNamespace;
        changed = true;
    }
    if (changed)
        (0,external_node_fs_.writeFileSync)(file, (0,dist.stringify)(ky));
    const annotations = (0,merge/* isPlainObject */.Qd)(ky.metadata) && (0,merge/* isPlainObject */.Qd)(ky.metadata.annotations)
        ? ky.metadata.annotations
        : {};
    const flag = (name) => ['true', 'True', '1', 'yes'].includes(String(annotations[name]));
    return {
        barrier: flag('kluctl.io/barrier'),
        waitReadiness: flag('kluctl.io/wait-readiness'),
        // Both only take effect at the top of a build.
        batchable: ky.sortOptions === undefined && ky.buildMetadata === undefined,
    };
}

;// CONCATENATED MODULE: ./lib/render/output-dir.js
/**
 * `--render-output-dir`: the finished render replaces the directory, so the directory must
 * be one that can be replaced without loss. Refused: a directory that holds the project (or
 * the working directory) or is one of their ancestors, one holding a `.git`, and a
 * non-empty directory that an earlier render did not write (it has no marker file).
 */




/** Written into every render directory, so a later render knows it may replace it. */
const RENDER_MARKER = '.shipshape-render';
function real(p) {
    // The deepest existing ancestor decides where a not-yet-existing path really is.
    const missing = [];
    let cur = external_node_path_.resolve(p);
    while (!(0,external_node_fs_.existsSync)(cur) && external_node_path_.dirname(cur) !== cur) {
        missing.unshift(external_node_path_.basename(cur));
        cur = external_node_path_.dirname(cur);
    }
    return external_node_path_.join((0,external_node_fs_.realpathSync)(cur), ...missing);
}
function checkRenderOutputDir(dest, protect) {
    const target = real(dest);
    const refuse = (why) => new util_errors/* UserError */.yo(`--render-output-dir ${dest} ${why}`, {}, 'choose a new or empty directory, or one an earlier render wrote (it holds .shipshape-render)');
    for (const p of protect) {
        if ((0,project_boundary/* isInside */.FK)(target, real(p)))
            throw refuse(`contains ${p}; it would be deleted`);
    }
    if (!(0,external_node_fs_.existsSync)(target))
        return;
    const entries = (0,external_node_fs_.readdirSync)(target);
    if (entries.includes('.git'))
        throw refuse('holds a .git directory; it would be deleted');
    if (entries.length > 0 && !entries.includes(RENDER_MARKER))
        throw refuse('is not empty and was not written by shipshape; it would be deleted');
}
/** Replaces `dest` with the finished render directory `from` (checked by checkRenderOutputDir). */
function moveIntoPlace(from, dest) {
    (0,external_node_fs_.writeFileSync)(external_node_path_.join(from, RENDER_MARKER), '');
    const old = `${dest}.old-${process.pid}`;
    if ((0,external_node_fs_.existsSync)(dest))
        (0,external_node_fs_.renameSync)(dest, old);
    (0,external_node_fs_.renameSync)(from, dest);
    (0,external_node_fs_.rmSync)(old, { recursive: true, force: true });
}

;// CONCATENATED MODULE: ./lib/render/postprocess.js

const postprocess_isList = (o) => typeof o.kind === 'string' && o.kind.endsWith('List') && Array.isArray(o.items);
/**
 * kluctl's post-processing: objects annotated `kluctl.io/ignore` are dropped, then common
 * labels/annotations (including kluctl's own) are set on every object and List item.
 */
function postprocessObjects(objects, opts) {
    const handle = (o) => {
        Object.assign((0,k8s/* labelsOf */.PC)(o), opts.labels);
        Object.assign((0,k8s/* annotationsOf */.Ih)(o), opts.annotations);
        opts.each(o);
    };
    const kept = objects.filter((o) => !(0,k8s/* annotationTrue */.YT)(o, 'kluctl.io/ignore'));
    for (const o of kept) {
        handle(o);
        if (postprocess_isList(o)) {
            o.items = o.items.filter((i) => !(0,k8s/* annotationTrue */.YT)(i, 'kluctl.io/ignore'));
            o.items.forEach(handle);
        }
    }
    return kept;
}

;// CONCATENATED MODULE: ./lib/render/template-dir.js




function isBinary(buf) {
    return buf.subarray(0, 8000).includes(0);
}
/**
 * Renders every file of an item directory into the render directory. Helm chart directories
 * (holding Chart.yaml), `.git` and files matched by `.templateignore` are copied unrendered:
 * their `{{ }}` belongs to other template languages. The render directory only ever holds
 * regular files: a symlink is replaced by what it points to, after checking that this is
 * inside the project's boundary, so nothing that reads the render directory later
 * (kustomize, helm) can be led outside the project.
 */
function renderTemplateDir(engine, ignore, boundary, job) {
    // Real paths of the directories being walked: a link back to one of them is a loop.
    const open = new Set();
    const walk = (src, dst, render) => {
        const real = (0,external_node_fs_.realpathSync)(src);
        if (open.has(real))
            throw new util_errors/* UserError */.yo(`${engine.displayName(src)} is a symbolic link back to a directory that contains it`, { file: src }, 'remove the link: it would make the directory infinitely deep');
        open.add(real);
        (0,external_node_fs_.mkdirSync)(dst, { recursive: true });
        for (const entry of (0,external_node_fs_.readdirSync)(src, { withFileTypes: true })) {
            const from = external_node_path_.join(src, entry.name);
            const to = external_node_path_.join(dst, entry.name);
            if (entry.name === '.git')
                continue;
            if (entry.isSymbolicLink())
                boundary.check(from, 'file');
            const kind = entry.isSymbolicLink() ? (0,external_node_fs_.statSync)(from) : entry;
            if (kind.isDirectory()) {
                if (job.skipDirs.has(from))
                    continue;
                walk(from, to, render && !(0,external_node_fs_.readdirSync)(from).includes('Chart.yaml'));
            }
            else if (kind.isFile()) {
                if (entry.name === '.templateignore' && render)
                    continue;
                const buf = (0,external_node_fs_.readFileSync)(from);
                const binary = isBinary(buf);
                const text = !render || binary || ignore.ignores(from)
                    ? buf
                    : engine.renderFile(from, job.vars, job.scope);
                if (!binary && /\.ya?ml$/i.test(entry.name))
                    (0,yaml/* checkAliasExpansion */.Gd)(text.toString(), engine.displayName(from));
                (0,external_node_fs_.writeFileSync)(to, text);
            }
        }
        open.delete(real);
    };
    walk(job.sourceDir, job.targetDir, true);
}

;// CONCATENATED MODULE: ./lib/render/templateignore.js


function globToRegex(glob, anchored) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                // "**/" matches any number of directories, a trailing "**" everything below.
                const slash = glob[i + 2] === '/';
                re += slash ? '(?:.*/)?' : '.*';
                i += slash ? 2 : 1;
            }
            else {
                re += '[^/]*';
            }
        }
        else if (c === '?')
            re += '[^/]';
        else if (c === '[') {
            const end = glob.indexOf(']', i + 1);
            if (end < 0)
                re += '\\[';
            else {
                re += `[${glob
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else if (c === '\\' && i + 1 < glob.length)
            re += `\\${glob[++i]}`;
        else
            re += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(anchored ? `^${re}$` : `(?:^|/)${re}$`);
}
function parse(base, text) {
    const rules = [];
    for (let line of text.split(/\r?\n/)) {
        if (!line.trim() || line.startsWith('#'))
            continue;
        line = line.replace(/(?<!\\)\s+$/, '');
        const negate = line.startsWith('!');
        if (negate)
            line = line.slice(1);
        const dirOnly = line.endsWith('/');
        if (dirOnly)
            line = line.slice(0, -1);
        // A slash at the start or in the middle anchors the pattern to the file's directory.
        const anchored = line.includes('/');
        if (line.startsWith('/'))
            line = line.slice(1);
        rules.push({ base, regex: globToRegex(line, anchored), negate, dirOnly });
    }
    return rules;
}
/**
 * `.templateignore` files (gitignore syntax) beside a file or in any parent directory up to
 * the project root exclude files from templating; matching files are copied unrendered.
 */
class TemplateIgnore {
    root;
    cache = new Map();
    constructor(root) {
        this.root = root;
    }
    rulesFor(dir) {
        let rules = this.cache.get(dir);
        if (rules)
            return rules;
        const parent = dir === this.root || !dir.startsWith(this.root) ? [] : this.rulesFor(external_node_path_.dirname(dir));
        let own = [];
        try {
            own = parse(dir, (0,external_node_fs_.readFileSync)(external_node_path_.join(dir, '.templateignore'), 'utf8'));
        }
        catch {
            // no .templateignore here
        }
        rules = [...parent, ...own];
        this.cache.set(dir, rules);
        return rules;
    }
    /** Whether `file` (absolute) or one of its parent directories is ignored. */
    ignores(file) {
        const rules = this.rulesFor(external_node_path_.dirname(file));
        let ignored = false;
        for (const rule of rules) {
            const rel = external_node_path_.relative(rule.base, file).split(external_node_path_.sep).join('/');
            // Test the file and each parent directory below the rule's base.
            const parts = rel.split('/');
            for (let n = 1; n <= parts.length; n++) {
                const isDir = n < parts.length;
                if (rule.dirOnly && !isDir)
                    continue;
                if (rule.regex.test(parts.slice(0, n).join('/'))) {
                    ignored = !rule.negate;
                    break;
                }
            }
        }
        return ignored;
    }
}

;// CONCATENATED MODULE: ./lib/render/project.js
























const toPosix = (p) => p.split(external_node_path_.sep).join('/');
/** The `images` variable as fixed images, remembering where the list lives. */
function imagesFromVars(vars) {
    const list = vars.vars.images;
    if (list === undefined || list === null)
        return [];
    const source = vars.imagesSource ?? { file: '(vars)', path: ['images'] };
    return (0,fixed_images/* parseFixedImages */.Ir)({ file: source.file, value: null, positionOf: () => undefined }, list, source.path, 'vars');
}
/** Renders an item's templates and readies its kustomization (synchronous CPU work). */
function prepareItem(rc, item) {
    const dir = item.dir;
    const relDir = toPosix(external_node_path_.relative(rc.root, dir)) || '.';
    const renderDir = external_node_path_.join(rc.renderRoot, item.renderIndex ? `${relDir}-${item.renderIndex}` : relDir);
    const skipDirs = new Set([...rc.itemDirs].filter((d) => d !== dir && (0,paths/* isInside */.FK)(dir, d)));
    renderTemplateDir(rc.engine, rc.ignore, rc.boundary, {
        sourceDir: dir,
        targetDir: renderDir,
        // Templates may mutate data (update_dict, list.append): each item gets its own copy, as in kluctl.
        vars: rc.templateContext(structuredClone(item.vars.vars)),
        scope: { searchDirs: [dir, ...item.project.searchDirs] },
        skipDirs,
    });
    if (item.onlyRender)
        return { item, relDir, renderDir, batchable: false };
    const helmChart = (0,find_file/* findYamlFileSync */.i)(renderDir, 'helm-chart');
    if (helmChart) {
        throw new util_errors/* UserError */.yo('Helm charts are not supported by this version of shipshape', { file: external_node_path_.join(dir, external_node_path_.basename(helmChart)) }, `exclude the item (e.g. -E ${item.tags[item.tags.length - 1] ?? relDir}) or render it elsewhere`);
    }
    const prepared = prepareKustomization(renderDir, {
        overrideNamespace: item.project.overrideNamespace,
        recursive: item.recursive,
        itemName: relDir,
    });
    item.barrier ||= prepared.barrier;
    item.waitReadiness ||= prepared.waitReadiness;
    return { item, relDir, renderDir, batchable: prepared.batchable };
}
/** kluctl's labels, annotations and image resolution on the objects kustomize built. */
function finishItem(rc, { item, relDir, renderDir }, built) {
    const labels = { ...item.project.commonLabels };
    if (rc.discriminator)
        labels['kluctl.io/discriminator'] = rc.discriminator;
    item.tags.forEach((t, i) => (labels[`kluctl.io/tag-${i}`] = t));
    const annotations = {
        ...item.project.commonAnnotations,
        'kluctl.io/deployment-item-dir': relDir,
    };
    if (item.skipDeleteIfTags)
        annotations['kluctl.io/skip-delete-if-tags'] = 'true';
    const imageCtx = {
        fixed: rc.fixed,
        fromVars: imagesFromVars(item.vars),
        deploymentDir: relDir,
        tags: item.tags,
        allowUnresolved: rc.allowUnresolvedImages,
    };
    const objects = postprocessObjects(built, {
        labels,
        annotations,
        each: (o) => rc.placeholders.resolve(o, imageCtx),
    });
    if (rc.keepsRenderDir) {
        (0,external_node_fs_.writeFileSync)(external_node_path_.join(renderDir, '.rendered.yml'), objects.map((o) => (0,dist.stringify)(o)).join('---\n'));
    }
    return objects;
}
function toRenderedItem(root, item, objects) {
    return {
        dir: item.dir ? toPosix(external_node_path_.relative(root, item.dir)) || '.' : undefined,
        tags: item.tags,
        barrier: item.barrier,
        message: item.message,
        waitReadiness: item.waitReadiness,
        waitReadinessObjects: item.waitReadinessObjects,
        deleteObjects: item.deleteObjects,
        alwaysDeploy: item.alwaysDeploy,
        skipDeleteIfTags: item.skipDeleteIfTags,
        onlyRender: item.onlyRender,
        objects,
    };
}
/**
 * Renders a kluctl project for one target: loads .kluctl.yaml and the deployment.yaml tree,
 * renders each selected item's templates, builds it with kustomize (items in parallel,
 * bounded by the cores) and post-processes the objects as kluctl does.
 */
async function renderProject(opts, extras = {}) {
    const root = external_node_path_.resolve(opts.projectDir);
    if (!(0,paths/* isDirectory */.wd)(root))
        throw new util_errors/* UserError */.yo(`project directory ${opts.projectDir} does not exist`, {}, 'pass --project-dir pointing at the directory with .kluctl.yaml / deployment.yaml');
    const log = opts.log ?? (() => { });
    const engine = new TemplateEngine(root);
    const boundary = project_boundary/* ProjectBoundary */.oT.forProject(root);
    const project = await (0,kluctl_project/* loadKluctlProject */.l)(root);
    const resolved = await (0,target/* resolveTarget */.b)(project, {
        target: opts.target,
        args: opts.args,
        argsFiles: opts.argsFiles,
        discriminator: opts.discriminator,
        targetNameOverride: opts.targetNameOverride,
        cwd: opts.cwd ?? process.cwd(),
    }, engine);
    const fixed = [...resolved.images];
    for (const f of opts.fixedImagesFiles ?? [])
        fixed.push(...(await (0,fixed_images/* loadFixedImagesFile */.hO)(f)));
    fixed.push(...(opts.fixedImages ?? []).map(fixed_images/* parseFixedImageArg */.nL));
    const placeholders = new ImagePlaceholders();
    // Templates see `images` as the get_image() object; the `images` variable stays in the
    // vars for fixed-image lookup.
    const templateContext = (vars) => ({
        ...vars,
        images: placeholders.templateObject,
        version: versionHelpers,
    });
    const tree = loadDeploymentTree(root, { target: resolved.targetVars, args: resolved.args }, engine, {
        engine,
        boundary,
        env: (0,env_access/* envAccess */.C)(opts.env ?? process.env, opts.allowEnv),
        templateContext,
    });
    const inclusion = new Inclusion(opts);
    const selected = tree.items.filter((i) => i.onlyRender ||
        i.alwaysDeploy ||
        i.barrier ||
        inclusion.matches(i.tags, i.dir ? toPosix(external_node_path_.relative(root, i.dir)) || '.' : undefined));
    const pathItems = selected.filter((i) => i.dir !== undefined);
    log(`rendering ${pathItems.length} item(s)${resolved.target ? ` for target ${resolved.target.name}` : ''}`);
    if (opts.renderOutputDir)
        checkRenderOutputDir(external_node_path_.resolve(opts.renderOutputDir), [root, opts.cwd ?? process.cwd()]);
    const outParent = opts.renderOutputDir
        ? external_node_path_.dirname(external_node_path_.resolve(opts.renderOutputDir))
        : (0,external_node_os_.tmpdir)();
    (0,external_node_fs_.mkdirSync)(outParent, { recursive: true });
    const renderRoot = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(outParent, '.shipshape-render-'));
    const rc = {
        root,
        boundary,
        renderRoot,
        engine,
        ignore: new TemplateIgnore(root),
        kustomize: findKustomize(),
        placeholders,
        fixed,
        discriminator: resolved.discriminator,
        allowUnresolvedImages: extras.allowUnresolvedImages ?? false,
        keepsRenderDir: Boolean(opts.renderOutputDir) || (extras.keepRenderDir ?? false),
        templateContext,
        itemDirs: new Set(pathItems.map((i) => i.dir)),
    };
    const started = Date.now();
    let items;
    try {
        // All templates first: a kustomization may use another item's rendered directory.
        const prepared = pathItems.map((item) => prepareItem(rc, item));
        const toBuild = prepared.filter((p) => !p.item.onlyRender);
        checkKustomizations(renderRoot, (f) => toPosix(external_node_path_.relative(renderRoot, f)));
        const built = await buildItems(rc.kustomize, external_node_path_.join(renderRoot, '.shipshape-batches'), toBuild.map((p) => ({
            dir: p.renderDir,
            name: p.relDir,
            batchable: p.batchable && extras.batchKustomize !== false,
        })), (0,external_node_os_.availableParallelism)());
        const objectsByItem = new Map(toBuild.map((p, i) => [p.item, finishItem(rc, p, built[i])]));
        items = selected.map((item) => toRenderedItem(root, item, objectsByItem.get(item) ?? []));
    }
    catch (err) {
        (0,external_node_fs_.rmSync)(renderRoot, { recursive: true, force: true });
        throw err;
    }
    const objects = items.flatMap((i) => i.objects);
    log(`rendered ${objects.length} object(s) in ${Date.now() - started} ms`);
    let renderDir;
    if (opts.renderOutputDir) {
        renderDir = external_node_path_.resolve(opts.renderOutputDir);
        moveIntoPlace(renderRoot, renderDir);
    }
    else if (extras.keepRenderDir) {
        renderDir = renderRoot;
    }
    else {
        (0,external_node_fs_.rmSync)(renderRoot, { recursive: true, force: true });
    }
    return {
        projectDir: root,
        target: resolved.target
            ? {
                name: resolved.target.name,
                context: resolved.target.context,
                discriminator: resolved.discriminator,
            }
            : undefined,
        items,
        objects,
        images: placeholders.seen,
        ignoreForDiff: tree.projects.flatMap((p) => p.ignoreForDiff),
        conflictResolution: tree.projects.flatMap((p) => p.conflictResolution),
        renderDir,
    };
}

;// CONCATENATED MODULE: ./lib/render/image-uses.js




/**
 * Renders each chosen target (default: all) and collects its images.get_image() uses, for
 * image-bump. A target that fails to render is reported and the others go on; wrong usage
 * (an unknown target) stops everything.
 */
async function renderImageUses(render, wanted) {
    const targets = (0,target/* chooseTargets */.u)(await (0,kluctl_project/* loadKluctlProject */.l)(render.projectDir), wanted);
    const renders = [];
    const errors = [];
    for (const target of targets) {
        try {
            const result = await renderProject({ ...render, target }, { allowUnresolvedImages: true });
            renders.push({ target, images: result.images });
        }
        catch (err) {
            if (err instanceof util_errors/* UsageError */.eb)
                throw err;
            errors.push({
                target: target ?? '(no target)',
                error: `rendering failed: ${(0,util_errors/* formatError */.Wk)(err, render.cwd)}`,
            });
        }
    }
    return { renders, errors };
}

;// CONCATENATED MODULE: ./lib/render/index.js




/***/ }),

/***/ 63896:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H8: () => (/* binding */ refOf),
/* harmony export */   Ih: () => (/* binding */ annotationsOf),
/* harmony export */   PC: () => (/* binding */ labelsOf),
/* harmony export */   XF: () => (/* binding */ refKey),
/* harmony export */   YT: () => (/* binding */ annotationTrue),
/* harmony export */   gw: () => (/* binding */ getAnnotation),
/* harmony export */   nw: () => (/* binding */ refString)
/* harmony export */ });
/* unused harmony exports splitApiVersion, metadataOf */
function splitApiVersion(apiVersion) {
    const v = apiVersion ?? '';
    const i = v.indexOf('/');
    return i < 0 ? { group: '', version: v } : { group: v.slice(0, i), version: v.slice(i + 1) };
}
function metadataOf(obj) {
    if (typeof obj.metadata !== 'object' || obj.metadata === null)
        obj.metadata = {};
    return obj.metadata;
}
function refOf(obj) {
    const { group, version } = splitApiVersion(obj.apiVersion);
    const md = (obj.metadata ?? {});
    return {
        group,
        version,
        kind: String(obj.kind ?? ''),
        namespace: typeof md.namespace === 'string' ? md.namespace : '',
        name: typeof md.name === 'string' ? md.name : '',
    };
}
/** Identity of an object regardless of API version: group/Kind/namespace/name. */
function refKey(ref) {
    return `${ref.group}/${ref.kind}/${ref.namespace}/${ref.name}`;
}
/** Human form used in messages: `Kind ns/name` or `Kind name`. */
function refString(ref) {
    return `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`;
}
function stringMap(obj, field) {
    const md = metadataOf(obj);
    if (typeof md[field] !== 'object' || md[field] === null)
        md[field] = {};
    return md[field];
}
const labelsOf = (obj) => stringMap(obj, 'labels');
const annotationsOf = (obj) => stringMap(obj, 'annotations');
function getAnnotation(obj, name) {
    const a = obj.metadata?.annotations;
    const v = a?.[name];
    return typeof v === 'string' ? v : undefined;
}
/** kluctl reads boolean annotations leniently ("true", "True", "1"). */
function annotationTrue(obj, name) {
    const v = getAnnotation(obj, name);
    return v !== undefined && ['true', '1', 'yes'].includes(v.toLowerCase());
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
    const doc = new yaml__WEBPACK_IMPORTED_MODULE_0__.Document(value);
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
/* harmony export */   dg: () => (/* binding */ newMap)
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


/***/ }),

/***/ 13551:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ oneLine)
/* harmony export */ });
/**
 * Text from a project or a registry shown where one line is expected (a code span, a table
 * cell, a commit-message line, a pull-request title): every control, format and line-
 * separator character is written as an escape, so the text cannot start a new line, end a
 * block, forge a trailer, or reorder and hide itself (bidirectional overrides, zero-width
 * characters). Everything else is kept as is.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function oneLine(text) {
    return text.replace(INVISIBLE, (c) => {
        const named = NAMED[c];
        if (named)
            return named;
        const hex = c.codePointAt(0).toString(16).padStart(4, '0');
        return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex}`;
    });
}


/***/ }),

/***/ 93948:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   oT: () => (/* binding */ ProjectBoundary)
/* harmony export */ });
/* unused harmony export findGitRoot */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99661);
/**
 * The one place that decides whether a project may read a path. A project (and so a pull
 * request) names files in includes, item paths, vars files and templates; checking the
 * text of such a path is not enough, because a committed symlink can point anywhere. Every
 * path is therefore checked twice: as written (no `..` out of the boundary) and as the file
 * system resolves it (its real path must be inside the boundary's real path too).
 *
 * The boundary is the git repository the project lives in (kluctl lets a project in a
 * sub-directory include `../base` of the same repository), else the project directory.
 * Nothing under a `.git` directory is ever readable: it holds the checkout's credentials
 * (actions/checkout persists the job token in .git/config).
 */



function isInside(root, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel));
}
function realpathOrUndefined(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p);
    }
    catch {
        return undefined;
    }
}
/** The nearest directory at or above `dir` holding `.git` (a directory, or a worktree's file). */
function findGitRoot(dir) {
    for (let d = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir);; d = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(d, '.git')))
            return d;
        if (node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(d) === d)
            return undefined;
    }
}
class ProjectBoundary {
    root;
    realRoot;
    constructor(root) {
        this.root = root;
        this.realRoot = realpathOrUndefined(root) ?? root;
    }
    /** The boundary for a project directory: its git repository, else the directory itself. */
    static forProject(projectDir) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(projectDir);
        return new ProjectBoundary(findGitRoot(dir) ?? dir);
    }
    /** A boundary that is exactly `dir` (a checked-out include, a rendered directory). */
    static exactly(dir) {
        return new ProjectBoundary(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir));
    }
    /** Why `p` (absolute) may not be read, or 'ok'. A path that does not exist is judged by its text. */
    verdict(p) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(p);
        if (!isInside(this.root, abs))
            return 'outside';
        if (this.inGitDir(this.root, abs))
            return 'git-dir';
        const real = realpathOrUndefined(abs);
        if (real === undefined)
            return 'ok';
        if (!isInside(this.realRoot, real))
            return 'link-outside';
        if (this.inGitDir(this.realRoot, real))
            return 'git-dir';
        return 'ok';
    }
    contains(p) {
        return this.verdict(p) === 'ok';
    }
    /** `p` itself when it may be read; otherwise a UserError saying why and what to do. */
    check(p, what, loc = {}, written) {
        const verdict = this.verdict(p);
        if (verdict === 'ok')
            return node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(p);
        const shown = written ?? this.display(p);
        if (verdict === 'git-dir')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${what} "${shown}" is inside a .git directory`, loc, 'projects cannot read git metadata; point to a file of the working tree');
        if (verdict === 'link-outside')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${what} "${shown}" is a symbolic link (or inside one) that leads outside the ${this.rootName()}`, loc, `replace the link with the file itself, or point it at a file inside ${this.root}`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${what} "${shown}" is outside the ${this.rootName()}`, loc, `paths must point inside ${this.root}`);
    }
    /** Whether `p` resolves to a directory that may be read. */
    isDirectory(p) {
        return this.contains(p) && statKind(p) === 'dir';
    }
    /** Whether `p` resolves to a regular file that may be read. */
    isFile(p) {
        return this.contains(p) && statKind(p) === 'file';
    }
    display(p) {
        return node_path__WEBPACK_IMPORTED_MODULE_1__.relative(this.root, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(p)) || '.';
    }
    rootName() {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.root, '.git')) ? 'git repository' : 'project';
    }
    inGitDir(root, p) {
        return node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, p).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).includes('.git');
    }
}
function statKind(p) {
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p);
        return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : undefined;
    }
    catch {
        return undefined;
    }
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
/* harmony export */   hN: () => (/* binding */ parseYaml),
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
/**
 * Parses one YAML document; syntax errors name file:line:col. With `firstDocument`, a
 * stream of several documents is accepted and only the first is used (kluctl's reading of a
 * vars file).
 */
function parseYaml(text, file, opts = {}) {
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_1__.LineCounter();
    const options = { lineCounter: lc, prettyErrors: true, uniqueKeys: false };
    const doc = opts.firstDocument
        ? ([(0,yaml__WEBPACK_IMPORTED_MODULE_1__.parseAllDocuments)(text, options)].flat()[0] ?? (0,yaml__WEBPACK_IMPORTED_MODULE_1__.parseDocument)('', options))
        : (0,yaml__WEBPACK_IMPORTED_MODULE_1__.parseDocument)(text, options);
    if (doc.errors.length > 0)
        throw yamlError(file, doc.errors[0]);
    const positions = indexPositions(doc.contents, lc, file);
    return { file, value: toValue(doc, file), positionOf: locate(positions) };
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
async function readYamlFile(file, displayName = file) {
    return parseYaml(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'), displayName);
}
/** Parses a multi-document stream (e.g. kustomize output); empty documents are skipped. */
function parseYamlStream(text, file) {
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_1__.parseAllDocuments)(text, { prettyErrors: true, uniqueKeys: false });
    const out = [];
    for (const doc of Array.isArray(docs) ? docs : [docs]) {
        if (doc.errors.length > 0)
            throw yamlError(file, doc.errors[0]);
        const v = toValue(doc, file);
        if (v !== null && v !== undefined)
            out.push(v);
    }
    return out;
}


/***/ })

};
