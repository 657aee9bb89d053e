export const id = 282;
export const ids = [282];
export const modules = {

/***/ 79248:
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
;// CONCATENATED MODULE: ./lib/images/regex.js
/**
 * Compiles a Go (RE2) regular expression as a JavaScript one: a leading `(?i)`/`(?s)`/`(?m)`
 * becomes a flag and `(?P<name>…)` a named group; the rest of the syntax the two share.
 * Throws with the engine's message when the pattern is invalid.
 */
function compileGoRegex(pattern, anchored) {
    let body = pattern;
    let flags = '';
    const lead = /^\(\?([a-zA-Z]+)\)/.exec(body);
    if (lead) {
        for (const f of lead[1]) {
            if (!'ims'.includes(f))
                throw new Error(`flag "${f}" is not supported`);
            if (!flags.includes(f))
                flags += f;
        }
        body = body.slice(lead[0].length);
    }
    body = body.replace(/\(\?P</g, '(?<');
    return new RegExp(anchored ? `^(?:${body})$` : body, flags);
}

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
                re = compileGoRegex(expr, false);
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

;// CONCATENATED MODULE: ./lib/images/loose-version.js
const HEAD = /^v?(\d+(?:\.\d+)*)?(.*)$/s;
function parseLooseVersion(v) {
    const m = HEAD.exec(v);
    const nums = m[1] ? m[1].split('.').map((n) => BigInt(n)) : [0n];
    const rest = m[2];
    const suffix = [];
    // Split like Python's re.split with a capturing group: tokens and the text between them.
    for (const part of rest.split(/(\d+|[a-zA-Z]+|\.)/)) {
        if (part === '' || part === '.')
            continue;
        suffix.push(/^\d+$/.test(part) ? BigInt(part) : part);
    }
    return { nums, suffix, hasSuffix: rest !== '' };
}
const cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function compareLists(a, b) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (typeof x !== typeof y)
            return typeof x === 'string' ? -1 : 1;
        const c = cmp(x, y);
        if (c !== 0)
            return c;
    }
    return cmp(a.length, b.length);
}
/** Negative when a < b, positive when a > b, 0 when they are the same version. */
function compareLooseVersions(a, b) {
    const x = parseLooseVersion(a);
    const y = parseLooseVersion(b);
    const n = compareLists(x.nums, y.nums);
    if (n !== 0)
        return n;
    if (x.hasSuffix !== y.hasSuffix)
        return x.hasSuffix ? -1 : 1;
    return compareLists(x.suffix, y.suffix);
}

;// CONCATENATED MODULE: ./lib/images/version-filter.js



const SEMVER_HEAD = /^v?(\d+(?:\.\d+)*)?/;
function version_filter_semver(allowNoNums) {
    return {
        text: `semver(allow_no_nums=${allowNoNums ? 'True' : 'False'})`,
        reject: (tag) => allowNoNums || SEMVER_HEAD.exec(tag)?.[1] ? undefined : 'not starting with a number',
        compare: compareLooseVersions,
    };
}
function number() {
    const asInt = (s) => BigInt(s);
    return {
        text: 'number()',
        reject: (tag) => (/^[0-9]+$/.test(tag) ? undefined : 'not a plain number'),
        compare: (a, b) => {
            const x = asInt(a);
            const y = asInt(b);
            return x < y ? -1 : x > y ? 1 : 0;
        },
    };
}
function regex(pattern) {
    const re = compileGoRegex(pattern, true);
    return {
        text: `regex(${JSON.stringify(pattern)})`,
        reject: (tag) => (re.test(tag) ? undefined : `not matching regex "${pattern}"`),
        compare: compareLooseVersions,
    };
}
function prefix(p, suffix) {
    return {
        text: `prefix(${JSON.stringify(p)}, suffix=${suffix.text})`,
        reject: (tag) => {
            if (!tag.startsWith(p))
                return `without prefix ${JSON.stringify(p)}`;
            const r = suffix.reject(tag.slice(p.length));
            return r === undefined ? undefined : `with prefix ${JSON.stringify(p)} but the rest ${r}`;
        },
        compare: (a, b) => suffix.compare(a.slice(p.length), b.slice(p.length)),
    };
}
class FilterSyntaxError extends Error {
    pos;
    constructor(message, pos) {
        super(message);
        this.pos = pos;
    }
}
function tokenize(src) {
    const out = [];
    let i = 0;
    while (i < src.length) {
        const c = src[i];
        if (/\s/.test(c)) {
            i++;
        }
        else if (/[A-Za-z_]/.test(c)) {
            const m = /^[A-Za-z_]\w*/.exec(src.slice(i));
            out.push({ kind: 'ident', text: m[0], pos: i });
            i += m[0].length;
        }
        else if (/[0-9]/.test(c)) {
            const m = /^[0-9.]+/.exec(src.slice(i));
            out.push({ kind: 'number', text: m[0], pos: i });
            i += m[0].length;
        }
        else if (c === '"' || c === "'") {
            const start = i++;
            let text = '';
            while (i < src.length && src[i] !== c) {
                if (src[i] === '\\' && i + 1 < src.length) {
                    const e = src[i + 1];
                    // Python keeps unknown escapes (\d, \w, …) as written, which regexes rely on.
                    const known = {
                        n: '\n',
                        t: '\t',
                        '\\': '\\',
                        "'": "'",
                        '"': '"',
                    };
                    text += known[e] ?? `\\${e}`;
                    i += 2;
                }
                else {
                    text += src[i++];
                }
            }
            if (i >= src.length)
                throw new FilterSyntaxError('unterminated string', start);
            i++;
            out.push({ kind: 'string', text, pos: start });
        }
        else if ('(),='.includes(c)) {
            out.push({ kind: 'punct', text: c, pos: i++ });
        }
        else {
            throw new FilterSyntaxError(`unexpected character "${c}"`, i);
        }
    }
    out.push({ kind: 'end', text: '', pos: src.length });
    return out;
}
function parseCall(tokens, at) {
    const name = tokens[at.i];
    if (name.kind !== 'ident')
        throw new FilterSyntaxError('expected a filter name such as semver()', name.pos);
    at.i++;
    if (tokens[at.i].text !== '(')
        throw new FilterSyntaxError(`expected "(" after ${name.text}`, tokens[at.i].pos);
    at.i++;
    const call = { kind: 'call', name: name.text, pos: name.pos, args: [] };
    while (tokens[at.i].text !== ')') {
        if (call.args.length > 0) {
            if (tokens[at.i].text !== ',')
                throw new FilterSyntaxError('expected "," or ")"', tokens[at.i].pos);
            at.i++;
        }
        const t = tokens[at.i];
        let argName;
        if (t.kind === 'ident' && tokens[at.i + 1].text === '=') {
            argName = t.text;
            at.i += 2;
        }
        const v = tokens[at.i];
        let value;
        if (v.kind === 'ident' && tokens[at.i + 1].text === '(')
            value = parseCall(tokens, at);
        else if (v.kind === 'ident' || v.kind === 'string' || v.kind === 'number') {
            value = { kind: v.kind, text: v.text, pos: v.pos };
            at.i++;
        }
        else
            throw new FilterSyntaxError('expected a value', v.pos);
        call.args.push({ name: argName, value, pos: t.pos });
    }
    at.i++;
    return call;
}
const FILTERS = {
    semver: [{ name: 'allow_no_nums', type: 'bool' }],
    prefix: [
        { name: 'prefix', type: 'string', required: true },
        { name: 'suffix', type: 'filter' },
    ],
    number: [],
    regex: [{ name: 'pattern', type: 'string', required: true }],
};
function bindArgs(call) {
    const params = FILTERS[call.name];
    if (!params) {
        const guess = (0,errors/* nearest */.pA)(call.name, Object.keys(FILTERS));
        throw new FilterSyntaxError(`unknown filter ${call.name}()${guess ? ` (did you mean ${guess}()?)` : ''}; filters are semver(), prefix(), number() and regex()`, call.pos);
    }
    const bound = new Map();
    let seenNamed = false;
    call.args.forEach((a, i) => {
        let p;
        if (a.name === undefined) {
            if (seenNamed)
                throw new FilterSyntaxError('positional argument after a named one', a.pos);
            p = params[i];
            if (!p) {
                throw new FilterSyntaxError(`${call.name}() takes ${params.length === 0 ? 'no arguments' : `at most ${params.length} argument${params.length > 1 ? 's' : ''}`}`, a.pos);
            }
        }
        else {
            seenNamed = true;
            p = params.find((x) => x.name === a.name);
            if (!p) {
                const guess = (0,errors/* nearest */.pA)(a.name, params.map((x) => x.name));
                throw new FilterSyntaxError(params.length === 0
                    ? `${call.name}() takes no arguments`
                    : `${call.name}() has no argument "${a.name}"${guess ? ` (did you mean ${guess}?)` : ''}`, a.pos);
            }
        }
        if (bound.has(p.name))
            throw new FilterSyntaxError(`argument "${p.name}" given twice`, a.pos);
        bound.set(p.name, a.value);
    });
    for (const p of params) {
        if (p.required && !bound.has(p.name))
            throw new FilterSyntaxError(`${call.name}() needs the argument "${p.name}"`, call.pos);
    }
    return bound;
}
function build(call) {
    const args = bindArgs(call);
    const str = (name) => {
        const v = args.get(name);
        if (v.kind !== 'string')
            throw new FilterSyntaxError(`"${name}" must be a quoted string`, v.pos);
        return v.text;
    };
    switch (call.name) {
        case 'semver': {
            const v = args.get('allow_no_nums');
            if (v === undefined)
                return version_filter_semver(false);
            if (v.kind === 'ident' && /^(true|t)$/i.test(v.text))
                return version_filter_semver(true);
            if (v.kind === 'ident' && /^(false|f)$/i.test(v.text))
                return version_filter_semver(false);
            throw new FilterSyntaxError('"allow_no_nums" must be True or False', v.pos);
        }
        case 'number':
            return number();
        case 'regex': {
            const pattern = str('pattern');
            if (pattern === '')
                throw new FilterSyntaxError('the regex pattern is empty', call.pos);
            try {
                return regex(pattern);
            }
            catch (err) {
                throw new FilterSyntaxError(`invalid regex: ${err.message}`, call.pos);
            }
        }
        case 'prefix': {
            const p = str('prefix');
            const s = args.get('suffix');
            if (s === undefined)
                return prefix(p, version_filter_semver(false));
            if (s.kind === 'call')
                return prefix(p, build(s));
            if (s.kind === 'string') {
                // The render layer passes nested filters as strings: suffix="number()".
                try {
                    return prefix(p, parseFilterText(s.text));
                }
                catch (err) {
                    throw new FilterSyntaxError(`suffix ${JSON.stringify(s.text)} is not a filter: ${err.message}`, s.pos);
                }
            }
            throw new FilterSyntaxError('"suffix" must be a filter such as number()', s.pos);
        }
    }
    throw new FilterSyntaxError(`unknown filter ${call.name}()`, call.pos);
}
function parseFilterText(text) {
    const tokens = tokenize(text);
    const at = { i: 0 };
    const call = parseCall(tokens, at);
    if (tokens[at.i].kind !== 'end')
        throw new FilterSyntaxError('unexpected text after the filter', tokens[at.i].pos);
    return build(call);
}
/** The filter kluctl uses when get_image() has no second argument. */
const DEFAULT_FILTER = 'semver()';
/**
 * Parses a filter as written in a template (`prefix('master-', suffix=number())`) or as the
 * render layer records it (`prefix("master-", suffix="number()")`).
 */
function parseVersionFilter(text) {
    try {
        return parseFilterText(text);
    }
    catch (err) {
        if (!(err instanceof FilterSyntaxError))
            throw err;
        throw new errors/* UserError */.yo(`invalid version filter ${JSON.stringify(text)} at column ${err.pos + 1}: ${err.message}`, {}, 'use semver(), semver(allow_no_nums=True), prefix("p", suffix=number()), number() or regex("...")');
    }
}

;// CONCATENATED MODULE: ./lib/images/policy.js

/** A kluctl `latest_version` filter as a policy; the pinned tag is ranked when it passes. */
function kluctlPolicy(filterText) {
    const f = parseVersionFilter(filterText);
    return {
        text: f.text,
        order: 'version',
        reject: (t) => f.reject(t),
        compare: (a, b) => f.compare(a, b),
        comparable: (t) => f.reject(t) === undefined,
    };
}

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
        return kluctlPolicy(f).text;
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
            const filter = canonicalFilter(s.latestVersion ?? DEFAULT_FILTER);
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
            const policy = site.loc.kind === 'flux' ? fluxPolicy(site.filter) : kluctlPolicy(site.filter);
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

/***/ 40164:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ decideTag),
/* harmony export */   a: () => (/* binding */ explanationParts)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99661);

/** The explanation as short phrases (CLI and pull-request bodies join them their own way). */
function explanationParts(x) {
    const parts = [`${x.candidates} of ${x.tags} tag${x.tags === 1 ? '' : 's'} are candidates`];
    for (const r of x.rejected)
        parts.push(`${r.count} ${r.rule}`);
    if (x.cosignTagsIgnored)
        parts.push(`${x.cosignTagsIgnored} cosign tags ignored`);
    if (x.invalidTagsIgnored)
        parts.push(`${x.invalidTagsIgnored} invalid tag name${x.invalidTagsIgnored === 1 ? '' : 's'} rejected`);
    if (x.truncated)
        parts.push(`only the first ${x.pages} pages of tags were read`);
    return parts;
}
/**
 * Picks the newest candidate under a policy and compares it with the pinned tag: a pick
 * older than what is pinned is reported (`newer-pinned`), never applied.
 */
async function decideTag(policy, listing, current, createdOf) {
    const rejected = new Map();
    const candidates = [];
    for (const tag of listing.tags) {
        const rule = policy.reject(tag);
        if (rule === undefined) {
            candidates.push(tag);
            continue;
        }
        const r = rejected.get(rule) ?? { rule, count: 0, examples: [] };
        r.count++;
        if (r.examples.length < 3)
            r.examples.push(tag);
        rejected.set(rule, r);
    }
    const base = {
        tags: listing.tags.length,
        cosignTagsIgnored: listing.cosignTags,
        invalidTagsIgnored: listing.invalidTags,
        pages: listing.pages,
        truncated: listing.truncated,
        rejected: [...rejected.values()].sort((a, b) => b.count - a.count),
        candidates: candidates.length,
    };
    if (candidates.length === 0) {
        const summary = [
            ...base.rejected.map((r) => `${r.count} ${r.rule}`),
            ...(listing.invalidTags ? [`${listing.invalidTags} invalid tag names rejected`] : []),
        ].join(', ');
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`no tag passes ${policy.text}: ${listing.tags.length} tag${listing.tags.length === 1 ? '' : 's'} listed${summary ? ` (${summary})` : ''}`, {}, 'check the filter against the tags the registry has');
    }
    const created = new Map();
    const timeOf = (tag) => {
        let p = created.get(tag);
        if (!p) {
            p = createdOf(tag);
            created.set(tag, p);
        }
        return p;
    };
    const ms = async (tag) => (await timeOf(tag))?.getTime() ?? 0;
    const textDesc = (a, b) => (a < b ? 1 : a > b ? -1 : 0);
    let pick;
    let why;
    if (policy.order === 'version') {
        const cmp = policy.compare;
        // Ties (the same version written twice) go to the larger text, so the result never
        // depends on the registry's order.
        pick = candidates.reduce((best, t) => {
            const c = cmp(t, best);
            return c > 0 || (c === 0 && t > best) ? t : best;
        });
        why = `highest version of ${candidates.length} candidate${candidates.length === 1 ? '' : 's'}`;
    }
    else if (candidates.length === 1) {
        pick = candidates[0];
        why = 'the only candidate';
    }
    else {
        const times = await Promise.all(candidates.map(async (t) => [t, await ms(t)]));
        times.sort((a, b) => b[1] - a[1] || textDesc(a[0], b[0]));
        pick = times[0][0];
        why = `newest image (created ${new Date(times[0][1]).toISOString()}) of ${candidates.length} candidates`;
    }
    const explanation = (extra = '') => ({ ...base, pick, why: why + extra });
    if (current === pick)
        return { verdict: 'up-to-date', latest: pick, explanation: explanation() };
    if (current === undefined || !policy.comparable(current)) {
        const note = current === undefined ? '' : `; the pinned tag "${current}" does not pass ${policy.text}`;
        return { verdict: 'update', latest: pick, explanation: explanation(note) };
    }
    let c;
    if (policy.order === 'version') {
        c = policy.compare(pick, current);
    }
    else {
        const pinned = await timeOf(current).catch(() => undefined);
        if (pinned === undefined) {
            return {
                verdict: 'update',
                latest: pick,
                explanation: explanation(`; the pinned tag "${current}" has no creation time to compare`),
            };
        }
        c = (await ms(pick)) - pinned.getTime();
    }
    if (c > 0)
        return { verdict: 'update', latest: pick, explanation: explanation() };
    if (c === 0)
        return {
            verdict: 'up-to-date',
            latest: pick,
            explanation: explanation(`; the same as "${current}"`),
        };
    return {
        verdict: 'newer-pinned',
        latest: pick,
        explanation: explanation(`; the pinned "${current}" is newer, so it stays`),
    };
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

/***/ 43043:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ RegistryClient)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/util/one-line.js
var one_line = __webpack_require__(13551);
;// CONCATENATED MODULE: ./lib/registry/challenge.js
const TOKEN = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;
const SPACE = /[ \t]*/y;
/**
 * Parses every challenge of a `WWW-Authenticate` value, including several in one header
 * (`Bearer realm="…",service="…", Basic realm="…"`) and quoted values containing commas.
 */
function parseChallenges(header) {
    const out = [];
    let i = 0;
    const skip = (re) => {
        re.lastIndex = i;
        const m = re.exec(header);
        if (m)
            i += m[0].length;
        return m?.[0];
    };
    const skipSpaceAndCommas = () => {
        while (i < header.length && /[\s,]/.test(header[i]))
            i++;
    };
    let current;
    while (i < header.length) {
        skipSpaceAndCommas();
        const start = i;
        const token = skip(TOKEN);
        if (!token) {
            i++; // junk: skip a character
            continue;
        }
        skip(SPACE);
        if (header[i] === '=' && current && header[i + 1] !== '=') {
            i++;
            skip(SPACE);
            let value = '';
            if (header[i] === '"') {
                i++;
                while (i < header.length && header[i] !== '"') {
                    if (header[i] === '\\' && i + 1 < header.length)
                        i++;
                    value += header[i++];
                }
                i++;
            }
            else {
                value = skip(TOKEN) ?? '';
            }
            current.params[token.toLowerCase()] = value;
            continue;
        }
        if (current && i > start && header[i] === '=') {
            // token68 (`Negotiate abc==`): not used by registries; keep the raw text.
            while (header[i] === '=')
                i++;
            continue;
        }
        current = { scheme: token.toLowerCase(), params: {} };
        out.push(current);
    }
    return out;
}

// EXTERNAL MODULE: ./lib/registry/credentials.js + 2 modules
var credentials = __webpack_require__(54620);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(24371);
;// CONCATENATED MODULE: ./lib/registry/http.js




/** A network-level failure (no HTTP answer), with the system error code when there is one. */
class NetworkError extends errors/* UserError */.yo {
    host;
    code;
    constructor(host, code, message, hint) {
        super(message, {}, hint);
        this.host = host;
        this.code = code;
    }
    get isTlsVerification() {
        return /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME/.test(this.code);
    }
}
const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);
const RETRY_CODES = new Set([
    'ECONNRESET',
    'EPIPE',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'TimeoutError',
]);
function errorCode(err) {
    let e = err;
    for (let i = 0; i < 4 && e; i++) {
        const x = e;
        if (typeof x.code === 'string')
            return x.code;
        if (x.name === 'TimeoutError')
            return 'TimeoutError';
        e = x.cause;
    }
    return 'UNKNOWN';
}
function networkError(url, err) {
    const code = errorCode(err);
    const host = url.host;
    if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME/.test(code)) {
        return new NetworkError(host, code, `TLS verification of ${host} failed (${code})`, 'trust its CA with KLUCTL_REGISTRY_HOST + KLUCTL_REGISTRY_CA_FILE, or (not recommended) KLUCTL_REGISTRY_INSECURE_SKIP_TLS_VERIFY=true');
    }
    const what = code === 'ECONNREFUSED'
        ? 'connection refused'
        : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
            ? 'host not found'
            : code === 'TimeoutError'
                ? 'timed out'
                : code;
    return new NetworkError(host, code, `cannot reach registry ${host} (${what})`, 'check the registry host of the image and your network; for a plain-HTTP registry set KLUCTL_REGISTRY_HOST and KLUCTL_REGISTRY_PLAIN_HTTP=true');
}
/** `Retry-After`: delta seconds or an HTTP date; undefined when absent or unparsable. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\s*\d+\s*$/.test(value))
        return Number(value) * 1000;
    const t = Date.parse(value);
    return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}
/**
 * fetch with what registries need: TLS settings per host, a concurrency limit per host,
 * retries with backoff for 429/5xx/resets and `Retry-After` up to a ceiling.
 */
class HttpClient {
    /** All requests sent, retries included. */
    requests = 0;
    agents = new Map();
    limits = new Map();
    o;
    constructor(opts = {}) {
        this.o = {
            sleep: opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
            maxAttempts: opts.maxAttempts ?? 4,
            backoffMs: opts.backoffMs ?? 250,
            retryAfterCeilingMs: opts.retryAfterCeilingMs ?? 60_000,
            perHostConcurrency: opts.perHostConcurrency ?? 6,
            timeoutMs: opts.timeoutMs ?? 30_000,
            userAgent: opts.userAgent ?? 'shipshape',
        };
    }
    agent(t) {
        const key = JSON.stringify([t.insecureSkipTlsVerify, t.caFile, t.certFile, t.keyFile]);
        let agent = this.agents.get(key);
        if (!agent) {
            const read = (file, what) => {
                if (!file)
                    return undefined;
                try {
                    return (0,external_node_fs_.readFileSync)(file);
                }
                catch (err) {
                    throw new errors/* UserError */.yo(`cannot read the registry ${what} file: ${err.code}`, { file }, `fix KLUCTL_REGISTRY_${what.toUpperCase()}_FILE`);
                }
            };
            agent = new undici/* Agent */.g6({
                connect: {
                    rejectUnauthorized: !t.insecureSkipTlsVerify,
                    ca: read(t.caFile, 'ca'),
                    cert: read(t.certFile, 'cert'),
                    key: read(t.keyFile, 'key'),
                },
            });
            this.agents.set(key, agent);
        }
        return agent;
    }
    limit(host) {
        let l = this.limits.get(host);
        if (!l) {
            l = (0,p_limit/* default */.A)(this.o.perHostConcurrency);
            this.limits.set(host, l);
        }
        return l;
    }
    /** Sends a request; the caller reads or cancels the body of what comes back. */
    async send(req) {
        const dispatcher = this.agent(req.transport);
        for (let attempt = 1;; attempt++) {
            this.requests++;
            if (req.counter)
                req.counter.requests++;
            let res;
            try {
                res = await this.limit(req.url.host)(() => (0,undici/* fetch */.hd)(req.url, {
                    method: req.method,
                    headers: { 'user-agent': this.o.userAgent, ...req.headers },
                    body: req.body,
                    dispatcher,
                    redirect: 'follow',
                    signal: AbortSignal.timeout(this.o.timeoutMs),
                }));
            }
            catch (err) {
                const code = errorCode(err);
                if (!req.noRetry && RETRY_CODES.has(code) && attempt < this.o.maxAttempts) {
                    await this.o.sleep(this.backoff(attempt));
                    continue;
                }
                throw networkError(req.url, err);
            }
            if (!RETRY_STATUS.has(res.status) || attempt >= this.o.maxAttempts)
                return res;
            const retryAfter = parseRetryAfter(res.headers.get('retry-after'));
            await res.body?.cancel();
            if (retryAfter !== undefined && retryAfter > this.o.retryAfterCeilingMs) {
                throw new errors/* UserError */.yo(`${req.url.host} is rate limiting (HTTP ${res.status}) and asks to wait ${Math.ceil(retryAfter / 1000)} s, longer than the ${this.o.retryAfterCeilingMs / 1000} s this run waits`, {}, 'run again later, or authenticate to get a higher rate limit');
            }
            await this.o.sleep(retryAfter ?? this.backoff(attempt));
        }
    }
    backoff(attempt) {
        return this.o.backoffMs * 2 ** (attempt - 1);
    }
    async close() {
        await Promise.all([...this.agents.values()].map((a) => a.close()));
        this.agents.clear();
    }
}

// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __webpack_require__(9758);
// EXTERNAL MODULE: ./lib/util/secret-redactor.js
var secret_redactor = __webpack_require__(41667);
;// CONCATENATED MODULE: ./lib/registry/tags.js
/**
 * Tags cosign stores signatures, attestations and SBOMs under (`sha256-<hex>.sig`, `.att`,
 * `.sbom`): never versions of the image.
 */
function isCosignTag(tag) {
    return /^sha256-[0-9a-f]{64}\.(sig|att|sbom)$/.test(tag);
}
/** The `rel="next"` target of a `Link` header, if any (RFC 8288). */
function nextLink(header) {
    if (!header)
        return undefined;
    for (const part of header.split(/,(?=\s*<)/)) {
        const m = /^\s*<([^>]*)>(.*)$/.exec(part);
        if (m && /;\s*rel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?\s*(;|$)/i.test(m[2]))
            return m[1];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/registry/client.js









const MANIFEST_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');
const LOOPBACK = /^(localhost|127(\.\d+){3}|\[::1\])(:\d+)?$/;
/**
 * A client for the OCI distribution API: tags (paginated), manifest digests, image creation
 * times. Authentication follows each registry's `WWW-Authenticate` challenge; tokens are
 * cached per scope. Nothing it throws or returns contains a credential.
 *
 * A registry is a stranger: every string it sends is checked before use. Tag names must be
 * OCI tags (others are counted, never returned), digests registered ones, next-page links
 * stay on the registry's origin, a token realm is an http(s) URL without credentials and
 * gets credentials over plain HTTP only where the user allowed plain HTTP, and its error
 * texts reach messages on one line, scrubbed of secrets.
 */
class RegistryClient {
    http;
    credentials;
    redactor = new secret_redactor/* SecretRedactor */.p();
    hosts = new Map();
    tokens = new Map();
    auths = new Map();
    configs = new Map();
    maxPages;
    pageSize;
    constructor(opts = {}) {
        this.http = new HttpClient(opts);
        this.credentials = opts.credentials ?? credentials/* RegistryCredentials */.U.none();
        this.maxPages = opts.maxPages ?? 100;
        this.pageSize = opts.pageSize ?? 1000;
    }
    close() {
        return this.http.close();
    }
    /** All tags of a repository, following `Link` pagination on the same origin only. */
    async listTags(ref, counter) {
        const host = await this.host(ref, counter);
        const seen = new Set();
        const tags = [];
        let cosignTags = 0;
        let invalidTags = 0;
        let url = new URL(`${host.base}/v2/${ref.repository}/tags/list?n=${this.pageSize}`);
        const visited = new Set();
        for (let pages = 1;; pages++) {
            visited.add(url.href);
            let res = await this.request(ref, url, 'GET', {}, counter);
            if (pages === 1 && res.status === 400) {
                // Some registries refuse a large `n`: ask again with their default page size.
                await res.body?.cancel();
                url = new URL(`${host.base}/v2/${ref.repository}/tags/list`);
                res = await this.request(ref, url, 'GET', {}, counter);
            }
            if (res.status === 404)
                throw await this.notFound(ref, res);
            if (res.status !== 200)
                throw await this.failure(ref, res, 'listing tags');
            const body = (await res.json().catch(() => undefined));
            if (!body || (body.tags !== null && body.tags !== undefined && !Array.isArray(body.tags))) {
                throw new errors/* UserError */.yo(`${(0,reference/* repositoryKey */.Kq)(ref)}: the registry's tag list is not valid JSON`);
            }
            for (const t of (body.tags ?? [])) {
                if (!(0,reference/* isValidTag */.r_)(t)) {
                    invalidTags++;
                    continue;
                }
                if (seen.has(t))
                    continue;
                seen.add(t);
                if (isCosignTag(t))
                    cosignTags++;
                else
                    tags.push(t);
            }
            const link = nextLink(res.headers.get('link'));
            if (!link)
                return { tags, cosignTags, invalidTags, pages, truncated: false };
            const next = new URL(link, url);
            if (next.origin !== url.origin) {
                throw new errors/* UserError */.yo(`${(0,reference/* repositoryKey */.Kq)(ref)}: the registry's next tag page is on another host (${next.origin}); not following it`, {}, 'a registry must paginate on its own origin; report this to the registry operator');
            }
            if (next.username || next.password) {
                throw new errors/* UserError */.yo(`${(0,reference/* repositoryKey */.Kq)(ref)}: the registry's next tag page link carries credentials; not following it`, {}, 'report this to the registry operator');
            }
            if (visited.has(next.href)) {
                throw new errors/* UserError */.yo(`${(0,reference/* repositoryKey */.Kq)(ref)}: the registry's tag pages loop back on themselves`);
            }
            if (pages >= this.maxPages)
                return { tags, cosignTags, invalidTags, pages, truncated: true };
            url = next;
        }
    }
    /** The manifest digest of a tag, by HEAD (falls back to GET when HEAD gives no digest). */
    async manifestDigest(ref, tag, counter) {
        checkTag(ref, tag);
        const host = await this.host(ref, counter);
        const url = new URL(`${host.base}/v2/${ref.repository}/manifests/${tag}`);
        const head = await this.request(ref, url, 'HEAD', { accept: MANIFEST_TYPES }, counter);
        await head.body?.cancel();
        if (head.status === 404)
            throw this.tagNotFound(ref, tag);
        if (head.status !== 200)
            throw await this.failure(ref, head, `reading the manifest of ${tag}`);
        const digest = head.headers.get('docker-content-digest');
        if (digest !== null) {
            if ((0,reference/* isRegisteredDigest */.Xx)(digest))
                return digest;
            throw new errors/* UserError */.yo(`${(0,reference/* repositoryKey */.Kq)(ref)}:${tag}: the registry sent a manifest digest that is not valid (expected sha256:<64 hex digits> or sha512:<128>)`, {}, 'report this to the registry operator');
        }
        const res = await this.request(ref, url, 'GET', { accept: MANIFEST_TYPES }, counter);
        if (res.status !== 200)
            throw await this.failure(ref, res, `reading the manifest of ${tag}`);
        const body = Buffer.from(await res.arrayBuffer());
        return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex')}`;
    }
    /**
     * When the image behind a tag was built: the image config's `created`. For an index the
     * linux/amd64 image (or the first) is used. Undefined when the config has no time.
     */
    async imageCreated(ref, tag, counter) {
        checkTag(ref, tag);
        const host = await this.host(ref, counter);
        const manifestUrl = (r) => new URL(`${host.base}/v2/${ref.repository}/manifests/${r}`);
        // Digests from a manifest go into request paths: only registered ones are followed.
        const digestIn = (value) => {
            if (value === undefined)
                return undefined;
            if ((0,reference/* isRegisteredDigest */.Xx)(value))
                return value;
            throw new errors/* UserError */.yo(`${(0,reference/* repositoryKey */.Kq)(ref)}:${tag}: the manifest the registry sent refers to an image by a name that is not a valid digest`, {}, 'report this to the registry operator');
        };
        let manifest = await this.getJson(ref, manifestUrl(tag), counter, tag);
        if (Array.isArray(manifest.manifests)) {
            const list = manifest.manifests;
            const pick = list.find((m) => m?.platform?.os === 'linux' && m?.platform?.architecture === 'amd64') ??
                list[0];
            const digest = digestIn(pick?.digest);
            if (!digest)
                return undefined;
            manifest = await this.getJson(ref, manifestUrl(digest), counter, tag);
        }
        const configDigest = digestIn(manifest.config?.digest);
        if (!configDigest)
            return undefined;
        const key = `${(0,reference/* repositoryKey */.Kq)(ref)}@${configDigest}`;
        let p = this.configs.get(key);
        if (!p) {
            p = this.getJson(ref, new URL(`${host.base}/v2/${ref.repository}/blobs/${configDigest}`), counter, tag).then((config) => {
                const t = typeof config.created === 'string' ? new Date(config.created) : undefined;
                return t && !Number.isNaN(t.getTime()) ? t : undefined;
            });
            this.configs.set(key, p);
        }
        return p;
    }
    async getJson(ref, url, counter, tag) {
        const res = await this.request(ref, url, 'GET', { accept: MANIFEST_TYPES }, counter);
        if (res.status === 404) {
            await res.body?.cancel();
            throw this.tagNotFound(ref, tag);
        }
        if (res.status !== 200)
            throw await this.failure(ref, res, `reading the image of ${tag}`);
        const body = (await res.json().catch(() => undefined));
        if (!body || typeof body !== 'object')
            throw new errors/* UserError */.yo(`${(0,reference/* repositoryKey */.Kq)(ref)}:${tag}: the registry sent invalid JSON`);
        return body;
    }
    /** Scheme and auth challenge of a registry, found once per host by `GET /v2/`. */
    host(ref, counter) {
        let p = this.hosts.get(ref.registry);
        if (!p) {
            p = this.discover(ref, counter);
            this.hosts.set(ref.registry, p);
            p.catch(() => this.hosts.delete(ref.registry));
        }
        return p;
    }
    async discover(ref, counter) {
        const transport = this.credentials.transportFor(ref.domain, ref.repository);
        const explicitTls = transport.caFile ||
            transport.certFile ||
            transport.keyFile ||
            transport.insecureSkipTlsVerify;
        const schemes = transport.plainHttp
            ? ['http']
            : LOOPBACK.test(ref.registry) && !explicitTls
                ? ['https', 'http'] // like docker: local registries may speak plain HTTP
                : ['https'];
        let firstError;
        for (const [i, scheme] of schemes.entries()) {
            const base = `${scheme}://${ref.registry}`;
            try {
                const res = await this.http.send({
                    url: new URL(`${base}/v2/`),
                    method: 'GET',
                    transport,
                    counter,
                    noRetry: i < schemes.length - 1,
                });
                await res.body?.cancel();
                const challenge = pickChallenge(res.headers.get('www-authenticate'));
                return { base, transport, challenge: res.status === 401 ? challenge : undefined };
            }
            catch (err) {
                firstError ??= err;
                if (err instanceof NetworkError && err.isTlsVerification)
                    throw err;
            }
        }
        throw firstError;
    }
    authFor(ref) {
        const key = (0,reference/* repositoryKey */.Kq)(ref);
        let p = this.auths.get(key);
        if (!p) {
            p = this.credentials.authFor(ref.domain, ref.repository).then((a) => {
                if (a) {
                    this.redactor.add(a.password, a.identityToken, a.registryToken);
                    if (a.username && a.password !== undefined)
                        this.redactor.addBasic(a.username, a.password);
                }
                return a;
            });
            this.auths.set(key, p);
        }
        return p;
    }
    /** The Authorization header for a repository request, fetching a token when needed. */
    async authorization(ref, host, counter, fresh) {
        const auth = await this.authFor(ref);
        if (auth?.registryToken)
            return `Bearer ${auth.registryToken}`;
        const ch = host.challenge;
        if (!ch)
            return undefined;
        if (ch.scheme === 'basic') {
            if (!auth?.username || auth.password === undefined)
                return undefined;
            return `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
        }
        if (ch.scheme !== 'bearer' || !ch.params.realm)
            return undefined;
        const scope = `repository:${ref.repository}:pull`;
        const key = JSON.stringify([ch.params.realm, ch.params.service, scope, auth?.source]);
        let p = this.tokens.get(key);
        if (p && !fresh) {
            const t = await p.catch(() => undefined);
            if (t && t.expires > Date.now())
                return `Bearer ${t.value}`;
        }
        p = this.fetchToken(ref, host, ch, scope, auth, counter);
        this.tokens.set(key, p);
        p.catch(() => this.tokens.delete(key));
        return `Bearer ${(await p).value}`;
    }
    async fetchToken(ref, host, ch, scope, auth, counter) {
        const realm = this.tokenRealm(ref, host, ch, auth);
        let res;
        if (auth?.identityToken) {
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: auth.identityToken,
                client_id: 'shipshape',
                scope,
            });
            if (ch.params.service)
                form.set('service', ch.params.service);
            res = await this.http.send({
                url: realm,
                method: 'POST',
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: form.toString(),
                transport: host.transport,
                counter,
            });
        }
        else {
            const url = new URL(realm);
            if (ch.params.service)
                url.searchParams.set('service', ch.params.service);
            url.searchParams.set('scope', scope);
            const headers = {};
            if (auth?.username && auth.password !== undefined) {
                headers.authorization = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
            }
            res = await this.http.send({
                url,
                method: 'GET',
                headers,
                transport: host.transport,
                counter,
            });
        }
        if (res.status === 401 || res.status === 403) {
            await res.body?.cancel();
            throw this.authError(ref, auth);
        }
        if (res.status !== 200)
            throw await this.failure(ref, res, 'getting a token');
        const body = (await res.json().catch(() => ({})));
        const value = body.token ?? body.access_token;
        if (typeof value !== 'string' || !value)
            throw new errors/* UserError */.yo(`${ref.registry}: the token server answered without a token`);
        this.redactor.add(value);
        // It goes into an Authorization header as is: visible ASCII only (RFC 6750 is stricter).
        if (!/^[\x21-\x7e]+$/.test(value))
            throw new errors/* UserError */.yo(`${ref.registry}: the token server answered with an invalid token`);
        // Expire a little early; registries default to 60 s when expires_in is missing.
        const ttl = typeof body.expires_in === 'number' && Number.isFinite(body.expires_in)
            ? body.expires_in
            : 60;
        return { value, expires: Date.now() + Math.max(0, ttl - 10) * 1000 };
    }
    /**
     * The token realm of a challenge, checked: an http(s) URL without credentials in it, and
     * a service name without control characters (it goes into the request as is). A realm on
     * plain HTTP gets credentials only when the user chose plain HTTP for it: the registry is
     * itself plain HTTP on the same host name, or a KLUCTL_REGISTRY_* set with PLAIN_HTTP
     * names the realm's host. Otherwise an HTTPS registry (or any other host) could have the
     * password sent in clear text. docker and kluctl (go-containerregistry) send it anyway;
     * INSECURE_SKIP_TLS_VERIFY only relaxes certificate checks and allows no plain HTTP.
     */
    tokenRealm(ref, host, ch, auth) {
        let realm;
        try {
            realm = new URL(ch.params.realm);
        }
        catch {
            // reported below
        }
        if (!realm ||
            (realm.protocol !== 'https:' && realm.protocol !== 'http:') ||
            realm.username ||
            realm.password) {
            throw new errors/* UserError */.yo(`${ref.registry} sent an auth challenge with an invalid token realm (it must be an http(s) URL without credentials)`, {}, 'report this to the registry operator');
        }
        const service = ch.params.service;
        if (service !== undefined && (service.length > 256 || (0,one_line/* oneLine */.T)(service) !== service)) {
            throw new errors/* UserError */.yo(`${ref.registry} sent an auth challenge with an invalid service name`, {}, 'report this to the registry operator');
        }
        const sendsSecret = !!(auth?.identityToken || (auth?.username && auth.password !== undefined));
        const registry = new URL(host.base);
        const plainAllowed = (registry.protocol === 'http:' && registry.hostname === realm.hostname) ||
            this.credentials.transportFor(realm.host).plainHttp === true;
        if (sendsSecret && realm.protocol === 'http:' && !plainAllowed) {
            throw new errors/* UserError */.yo(`${ref.registry}: its token server ${realm.origin} is plain HTTP; the credentials from ${auth?.source} are not sent there in clear text`, {}, `if that server is on a network you trust, allow plain HTTP for it: KLUCTL_REGISTRY_<n>_HOST=${realm.host} with KLUCTL_REGISTRY_<n>_PLAIN_HTTP=true (INSECURE_SKIP_TLS_VERIFY does not allow plain HTTP)`);
        }
        return realm;
    }
    /** A request on a repository with auth; one retry after a 401 with a new challenge. */
    async request(ref, url, method, headers, counter) {
        const host = await this.host(ref, counter);
        for (let attempt = 0;; attempt++) {
            const authorization = await this.authorization(ref, host, counter, attempt > 0);
            const res = await this.http.send({
                url,
                method,
                headers: authorization ? { ...headers, authorization } : headers,
                transport: host.transport,
                counter,
            });
            if (res.status !== 401) {
                if (res.status === 403) {
                    await res.body?.cancel();
                    throw this.authError(ref, await this.authFor(ref), true);
                }
                return res;
            }
            await res.body?.cancel();
            const challenge = pickChallenge(res.headers.get('www-authenticate'));
            if (attempt > 0 || !challenge)
                throw this.authError(ref, await this.authFor(ref));
            host.challenge = challenge;
        }
    }
    authError(ref, auth, forbidden = false) {
        const repo = (0,reference/* repositoryKey */.Kq)(ref);
        if (!auth) {
            return new errors/* UserError */.yo(`${repo}: the registry requires authentication and no credentials were found for ${ref.domain}`, {}, `log in (docker login ${ref.domain}) or set KLUCTL_REGISTRY_HOST=${ref.domain} with KLUCTL_REGISTRY_USERNAME and KLUCTL_REGISTRY_PASSWORD`);
        }
        return new errors/* UserError */.yo(`${repo}: ${forbidden ? 'access denied with' : 'the registry rejected'} the credentials from ${auth.source}`, {}, 'check that they are current and may pull this repository');
    }
    async notFound(ref, res) {
        await res.body?.cancel();
        return new errors/* UserError */.yo(`${(0,reference/* repositoryKey */.Kq)(ref)}: repository not found on ${ref.domain}`, {}, 'check the image name (and that your credentials may see it)');
    }
    tagNotFound(ref, tag) {
        return new errors/* UserError */.yo(`${(0,reference/* repositoryKey */.Kq)(ref)}: tag "${tag}" not found`);
    }
    /**
     * An unexpected status, with the registry's own error messages: on one line, at most 300
     * characters, scrubbed of secrets, or left out when scrubbing cannot be sure.
     */
    async failure(ref, res, doing) {
        let detail = '';
        try {
            const text = (await res.text()).slice(0, 2000);
            try {
                const j = JSON.parse(text);
                detail = (Array.isArray(j.errors) ? j.errors : [])
                    .map((e) => [e?.code, e?.message].filter((x) => typeof x === 'string' && x).join(': '))
                    .join('; ');
            }
            catch {
                detail = text.split('\n')[0];
            }
        }
        catch {
            // body unreadable: the status says enough
        }
        // Scrubbed before it is cut, so that no part of a secret survives at the cut.
        const scrubbed = detail && this.redactor.redact(detail);
        const shown = scrubbed === undefined
            ? `(the registry's message is left out: a credential in use is shorter than ${secret_redactor/* MIN_LENGTH */.G} characters, too short to scrub from it)`
            : (0,one_line/* oneLine */.T)(scrubbed).slice(0, 300);
        const rate = res.status === 429 ? ' (rate limited)' : '';
        return new errors/* UserError */.yo(`${(0,reference/* repositoryKey */.Kq)(ref)}: ${doing} failed with HTTP ${res.status}${rate}${shown ? `: ${shown}` : ''}`);
    }
}
/** Bearer wins over Basic when a registry offers both; other schemes are not supported. */
function pickChallenge(header) {
    if (!header)
        return undefined;
    const all = parseChallenges(header);
    return all.find((c) => c.scheme === 'bearer') ?? all.find((c) => c.scheme === 'basic');
}
/** A name asked for as a tag goes into a request path: only OCI tags do. */
function checkTag(ref, tag) {
    if (!(0,reference/* isValidTag */.r_)(tag))
        throw new errors/* UserError */.yo(`${(0,reference/* repositoryKey */.Kq)(ref)}: the name asked for is not a valid tag (OCI grammar [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}); nothing was requested`);
}


/***/ }),

/***/ 54620:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ RegistryCredentials)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __webpack_require__(9758);
;// CONCATENATED MODULE: ./lib/registry/docker-config.js






/** Docker's key for Docker Hub in config.json and for credential helpers. */
const HUB_SERVER = 'https://index.docker.io/v1/';
/** `https://host:port/v1/` → `host:port`; Docker Hub's names collapse to `docker.io`. */
function normalizeServer(server) {
    const host = server
        .replace(/^[a-z]+:\/\//i, '')
        .split('/')[0]
        .toLowerCase();
    return (0,reference/* isDockerHub */.gr)(host) ? 'docker.io' : host;
}
/**
 * Runs `docker-credential-<name> get` with the server URL on stdin. "not found" (non-zero
 * exit mentioning it) means no credentials; any other failure is an error without output
 * (helpers may echo secrets on failure).
 */
const runCredentialHelper = (helper, server, env) => new Promise((resolve, reject) => {
    const bin = `docker-credential-${helper}`;
    const child = (0,external_node_child_process_.spawn)(bin, ['get'], {
        env: env,
        stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.on('data', (d) => (out += d.toString()));
    child.stderr.on('data', (d) => (err += d.toString()));
    child.on('error', (e) => {
        clearTimeout(timer);
        reject(new errors/* UserError */.yo(`credential helper ${bin} ${e.code === 'ENOENT' ? 'is not on the PATH' : `failed to start (${e.code})`}`, {}, 'install it, or remove it from credHelpers/credsStore in the docker config'));
    });
    child.on('close', (code) => {
        clearTimeout(timer);
        if (code !== 0) {
            if (/not found/i.test(out + err))
                return resolve(undefined);
            return reject(new errors/* UserError */.yo(`credential helper ${bin} failed for ${server} (exit code ${code})`, {}, `run "echo ${server} | ${bin} get" to see why`));
        }
        try {
            resolve(JSON.parse(out));
        }
        catch {
            reject(new errors/* UserError */.yo(`credential helper ${bin} printed something that is not JSON`));
        }
    });
    child.stdin.end(server);
});
/** `~/.docker/config.json` (or `$DOCKER_CONFIG/config.json`): auths, credHelpers, credsStore. */
class DockerConfig {
    file;
    config;
    env;
    runHelper;
    helperCache = new Map();
    constructor(file, config, env, runHelper) {
        this.file = file;
        this.config = config;
        this.env = env;
        this.runHelper = runHelper;
    }
    static async load(env, runHelper = runCredentialHelper) {
        const dir = env.DOCKER_CONFIG || external_node_path_.join(env.HOME || external_node_os_.homedir(), '.docker');
        const file = external_node_path_.join(dir, 'config.json');
        let config = {};
        try {
            config = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                throw new errors/* UserError */.yo(`cannot read docker config: ${err.name === 'SyntaxError' ? 'invalid JSON' : err.message}`, { file }, 'fix the file or point DOCKER_CONFIG at another directory');
            }
        }
        return new DockerConfig(file, config, env, runHelper);
    }
    /** Credentials for a registry host (`docker.io` for Docker Hub), or undefined. */
    async lookup(host) {
        const key = normalizeServer(host);
        const helper = Object.entries(this.config.credHelpers ?? {}).find(([k]) => normalizeServer(k) === key)?.[1] ?? this.config.credsStore;
        if (helper) {
            const fromHelper = await this.fromHelper(helper, key);
            if (fromHelper)
                return fromHelper;
        }
        for (const [server, entry] of Object.entries(this.config.auths ?? {})) {
            if (normalizeServer(server) !== key)
                continue;
            const found = this.fromEntry(entry);
            if (found)
                return found;
        }
        return undefined;
    }
    fromEntry(e) {
        const source = `${this.file} auths`;
        if (e.identitytoken)
            return { identityToken: e.identitytoken, username: e.username, source };
        if (e.registrytoken)
            return { registryToken: e.registrytoken, source };
        if (e.auth) {
            const decoded = Buffer.from(e.auth, 'base64').toString();
            const i = decoded.indexOf(':');
            if (i > 0)
                return { username: decoded.slice(0, i), password: decoded.slice(i + 1), source };
        }
        if (e.username && e.password)
            return { username: e.username, password: e.password, source };
        return undefined;
    }
    fromHelper(helper, key) {
        const cacheKey = `${helper}\n${key}`;
        let p = this.helperCache.get(cacheKey);
        if (!p) {
            const server = key === 'docker.io' ? HUB_SERVER : key;
            p = this.runHelper(helper, server, this.env).then((r) => {
                if (!r?.Secret)
                    return undefined;
                const source = `docker-credential-${helper}`;
                // Docker's convention: the user name "<token>" marks an identity token.
                if (r.Username === '<token>')
                    return { identityToken: r.Secret, source };
                return { username: r.Username, password: r.Secret, source };
            });
            this.helperCache.set(cacheKey, p);
        }
        return p;
    }
}

;// CONCATENATED MODULE: ./lib/registry/env-config.js

const PREFIX = 'KLUCTL_REGISTRY_';
const KEYS = [
    'HOST',
    'REPOSITORY',
    'USERNAME',
    'PASSWORD',
    'IDENTITY_TOKEN',
    'TOKEN',
    'INSECURE_SKIP_TLS_VERIFY',
    'PLAIN_HTTP',
    'CERT_FILE',
    'KEY_FILE',
    'CA_FILE',
    'TLSVERIFY',
];
function parseBool(v) {
    if (/^(1|t|true|yes|on)$/i.test(v))
        return true;
    if (/^(0|f|false|no|off)$/i.test(v))
        return false;
    return undefined;
}
/**
 * Reads kluctl's registry variables: an unindexed set `KLUCTL_REGISTRY_<KEY>` and indexed
 * sets `KLUCTL_REGISTRY_<n>_<KEY>`, in that order (unindexed first, then by index).
 */
function readEnvRegistryConfig(env) {
    const warnings = [];
    const raw = new Map();
    let defaultTlsVerify = true;
    for (const [name, value] of Object.entries(env)) {
        if (!name.startsWith(PREFIX) || value === undefined)
            continue;
        const rest = name.slice(PREFIX.length);
        if (rest === 'DEFAULT_TLSVERIFY') {
            const b = parseBool(value);
            if (b === undefined)
                warnings.push(`${name} is not a boolean; TLS verification stays on`);
            else
                defaultTlsVerify = b;
            continue;
        }
        const m = /^(?:(\d+)_)?(.+)$/.exec(rest);
        const index = m[1] ?? '';
        const key = m[2];
        if (!KEYS.includes(key)) {
            const guess = (0,errors/* nearest */.pA)(m[2], KEYS);
            warnings.push(`unknown variable ${name}${guess ? ` (did you mean ${guess}?)` : ''}`);
            continue;
        }
        const set = raw.get(index) ?? {};
        set[key] = value;
        raw.set(index, set);
    }
    const order = [...raw.keys()].sort((a, b) => a === '' ? -1 : b === '' ? 1 : Number(a) - Number(b));
    const sets = [];
    for (const index of order) {
        const r = raw.get(index);
        const source = index === '' ? 'KLUCTL_REGISTRY_*' : `KLUCTL_REGISTRY_${index}_*`;
        const bool = (key) => {
            const v = r[key];
            if (v === undefined || v === '')
                return undefined;
            const b = parseBool(v);
            if (b === undefined)
                warnings.push(`${source.replace('*', key)} is not a boolean; ignored`);
            return b;
        };
        const set = { source };
        if (r.HOST)
            set.host = r.HOST.replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, '');
        if (r.REPOSITORY)
            set.repository = r.REPOSITORY.replace(/^\/+|\/+$/g, '');
        if (r.USERNAME)
            set.username = r.USERNAME;
        if (r.PASSWORD)
            set.password = r.PASSWORD;
        if (r.IDENTITY_TOKEN)
            set.identityToken = r.IDENTITY_TOKEN;
        if (r.TOKEN)
            set.registryToken = r.TOKEN;
        if (r.CA_FILE)
            set.caFile = r.CA_FILE;
        if (r.CERT_FILE)
            set.certFile = r.CERT_FILE;
        if (r.KEY_FILE)
            set.keyFile = r.KEY_FILE;
        const plain = bool('PLAIN_HTTP');
        if (plain !== undefined)
            set.plainHttp = plain;
        // The seed's TLSVERIFY (true = verify) and the newer INSECURE_SKIP_TLS_VERIFY say the same.
        const verify = bool('TLSVERIFY');
        const skip = bool('INSECURE_SKIP_TLS_VERIFY');
        if (skip !== undefined)
            set.insecureSkipTlsVerify = skip;
        else if (verify !== undefined)
            set.insecureSkipTlsVerify = !verify;
        if (!set.host && !set.repository) {
            warnings.push(`${source} has no HOST or REPOSITORY; the set is ignored`);
            continue;
        }
        sets.push(set);
    }
    return { sets, defaultTlsVerify, warnings };
}

// EXTERNAL MODULE: ./lib/registry/wildcard.js
var wildcard = __webpack_require__(18389);
;// CONCATENATED MODULE: ./lib/registry/credentials.js




/**
 * Where credentials and TLS settings for a repository come from: the KLUCTL_REGISTRY_*
 * sets first (a set naming a repository beats one naming only a host, then by order),
 * then the docker config (credHelpers, credsStore, auths), as kluctl does.
 */
class RegistryCredentials {
    sets;
    defaultTlsVerify;
    docker;
    warnings;
    constructor(sets, defaultTlsVerify, docker, 
    /** Warnings about the environment (never values). */
    warnings) {
        this.sets = sets;
        this.defaultTlsVerify = defaultTlsVerify;
        this.docker = docker;
        this.warnings = warnings;
    }
    static async load(env, opts = {}) {
        const cfg = readEnvRegistryConfig(env);
        const docker = opts.dockerConfig === false ? undefined : await DockerConfig.load(env, opts.runHelper);
        return new RegistryCredentials(cfg.sets, cfg.defaultTlsVerify, docker, cfg.warnings);
    }
    /** No credentials and default TLS: for tests and anonymous use. */
    static none() {
        return new RegistryCredentials([], true, undefined, []);
    }
    matching(domain, repository) {
        const hostMatches = (pattern) => (0,reference/* isDockerHub */.gr)(pattern) ? domain === reference/* DOCKER_HUB */.Xb : (0,wildcard/* wildcardRegExp */.w)(pattern, 'i').test(domain);
        const repoMatches = (pattern) => {
            const re = (0,wildcard/* wildcardRegExp */.w)(pattern);
            return (re.test(repository) ||
                (domain === reference/* DOCKER_HUB */.Xb && repository.startsWith('library/') && re.test(repository.slice(8))));
        };
        const score = (s) => (s.repository ? 2 : 0) + (s.host ? 1 : 0);
        return this.sets
            .filter((s) => (!s.host || hostMatches(s.host)) && (!s.repository || repoMatches(s.repository)))
            .sort((a, b) => score(b) - score(a));
    }
    /** TLS/plain-HTTP settings for a host (and repository, when sets name one). */
    transportFor(domain, repository = '') {
        const set = this.matching(domain, repository)[0];
        const out = { insecureSkipTlsVerify: !this.defaultTlsVerify };
        if (!set)
            return out;
        for (const k of [
            'plainHttp',
            'insecureSkipTlsVerify',
            'caFile',
            'certFile',
            'keyFile',
        ]) {
            if (set[k] !== undefined)
                out[k] = set[k];
        }
        return out;
    }
    /** Credentials for a repository, or undefined for anonymous access. */
    async authFor(domain, repository) {
        const set = this.matching(domain, repository).find((s) => s.username || s.password || s.identityToken || s.registryToken);
        if (set) {
            const { username, password, identityToken, registryToken, source } = set;
            return { username, password, identityToken, registryToken, source };
        }
        return this.docker?.lookup(domain);
    }
}


/***/ }),

/***/ 9758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kq: () => (/* binding */ repositoryKey),
/* harmony export */   Rd: () => (/* binding */ withTag),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   Xx: () => (/* binding */ isRegisteredDigest),
/* harmony export */   gr: () => (/* binding */ isDockerHub),
/* harmony export */   o_: () => (/* binding */ parseImageReference),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* unused harmony export DOCKER_HUB_API */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99661);

const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_API = 'registry-1.docker.io';
const HUB_ALIASES = new Set([DOCKER_HUB, 'index.docker.io', DOCKER_HUB_API]);
// The distribution reference grammar (reference.go's documented regexps).
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN = /^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\[[0-9a-fA-F:.]+\])(?::[0-9]+)?$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
// The algorithms the OCI image spec registers, each with its exact encoding.
const REGISTERED_DIGEST = /^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
/**
 * A tag in the OCI grammar. Tag names from a registry are checked with it before anything
 * else sees them: they end up in request paths, files, titles and commit messages.
 */
function isValidTag(tag) {
    return typeof tag === 'string' && TAG.test(tag);
}
/**
 * A digest a registry sent (header, manifest, index), before it goes into a request path
 * or a file. Stricter than the reference grammar a user's `@digest` is read with: only the
 * registered algorithms, in their exact lower-case hex form.
 */
function isRegisteredDigest(digest) {
    return typeof digest === 'string' && REGISTERED_DIGEST.test(digest);
}
/** True for the names Docker Hub is known by (`docker.io`, `index.docker.io`, …). */
function isDockerHub(host) {
    return HUB_ALIASES.has(host.toLowerCase());
}
function invalid(text, why) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`invalid image reference "${text}": ${why}`, {}, 'write it as [HOST[:PORT]/]NAME[:TAG][@sha256:DIGEST], with a lower-case name');
}
/** Parses an image reference the way docker does (first segment is a host if it has `.`/`:` or is localhost). */
function parseImageReference(text) {
    if (text === '' || text.trim() !== text)
        throw invalid(text, 'empty or surrounded by spaces');
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw invalid(text, `"${digest}" is not a digest`);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw invalid(text, `"${tag}" is not a valid tag`);
    }
    const name = rest;
    const slash = name.indexOf('/');
    const first = slash < 0 ? '' : name.slice(0, slash);
    const hasDomain = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
    let domain = hasDomain ? first : DOCKER_HUB;
    let path = hasDomain ? name.slice(slash + 1) : name;
    if (hasDomain && !DOMAIN.test(domain))
        throw invalid(text, `"${domain}" is not a host name`);
    if (isDockerHub(domain)) {
        domain = DOCKER_HUB;
        if (!path.includes('/'))
            path = `library/${path}`;
    }
    for (const c of path.split('/')) {
        if (!COMPONENT.test(c))
            throw invalid(text, c === '' ? 'empty path segment' : `"${c}" is not a valid name segment`);
    }
    return {
        text,
        name,
        domain,
        registry: domain === DOCKER_HUB ? DOCKER_HUB_API : domain,
        repository: path,
        tag,
        digest,
    };
}
/**
 * The same reference with another tag (and digest), keeping the name as the user wrote it.
 * The digest is kept only when a new one is given: an old digest would contradict the tag.
 */
function withTag(ref, tag, digest) {
    return `${ref.name}:${tag}${digest && ref.digest ? `@${digest}` : ''}`;
}
/** `host/repository` as the registry knows it, for messages and credential matching. */
function repositoryKey(ref) {
    return `${ref.domain}/${ref.repository}`;
}


/***/ }),

/***/ 18389:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ wildcardRegExp)
/* harmony export */ });
/** `*` matches any run of characters (also `/`); everything else is literal. Anchored. */
function wildcardRegExp(pattern, flags = '') {
    const body = pattern
        .split('*')
        .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
    return new RegExp(`^${body}$`, flags);
}


/***/ })

};
