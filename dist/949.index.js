export const id = 949;
export const ids = [949];
export const modules = {

/***/ 53680:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ diffObjectPair),
  w: () => (/* binding */ diffObjects)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/util/k8s.js
var k8s = __webpack_require__(63896);
// EXTERNAL MODULE: ./lib/diff/json-path.js
var json_path = __webpack_require__(63449);
// EXTERNAL MODULE: ./lib/diff/values.js
var values = __webpack_require__(36745);
;// CONCATENATED MODULE: ./lib/diff/field-changes.js


/**
 * The changed fields between two versions of an object, in key order. A field present on
 * one side only is one change with its whole value; lists compare element by element.
 */
function fieldChanges(base, head) {
    const out = [];
    walk(base, head, [], out);
    return out;
}
function walk(a, b, keys, out) {
    const at = (k) => [...keys, k];
    if ((0,values/* isMap */.jh)(a) && (0,values/* isMap */.jh)(b)) {
        for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
            if (!Object.hasOwn(b, k))
                out.push({ path: (0,json_path/* formatJsonPath */.pB)(at(k)), type: 'delete', before: a[k] });
            else if (!Object.hasOwn(a, k))
                out.push({ path: (0,json_path/* formatJsonPath */.pB)(at(k)), type: 'insert', after: b[k] });
            else
                walk(a[k], b[k], at(k), out);
        }
    }
    else if (Array.isArray(a) && Array.isArray(b)) {
        const common = Math.min(a.length, b.length);
        for (let i = 0; i < common; i++)
            walk(a[i], b[i], at(i), out);
        for (let i = common; i < a.length; i++)
            out.push({ path: (0,json_path/* formatJsonPath */.pB)(at(i)), type: 'delete', before: a[i] });
        for (let i = common; i < b.length; i++)
            out.push({ path: (0,json_path/* formatJsonPath */.pB)(at(i)), type: 'insert', after: b[i] });
    }
    else if (a !== b) {
        out.push({ path: (0,json_path/* formatJsonPath */.pB)(keys), type: 'update', before: a, after: b });
    }
}

// EXTERNAL MODULE: ./lib/diff/ignore.js
var ignore = __webpack_require__(95245);
;// CONCATENATED MODULE: ./lib/diff/normalize.js

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
/** Fields the API server or tooling fills in; they say nothing about what a change does. */
const SERVER_METADATA = [
    'managedFields',
    'creationTimestamp',
    'generation',
    'resourceVersion',
    'selfLink',
    'uid',
];
/** kubectl's last-applied copy holds the whole object, Secret data included: drop it wherever it is. */
function dropLastApplied(v) {
    if (Array.isArray(v))
        v.forEach(dropLastApplied);
    else if ((0,values/* isMap */.jh)(v)) {
        delete v[LAST_APPLIED];
        Object.values(v).forEach(dropLastApplied);
    }
}
function dropIfEmpty(parent, key) {
    const v = parent[key];
    if (v === null || ((0,values/* isMap */.jh)(v) && Object.keys(v).length === 0))
        delete parent[key];
}
/** `labels: {}` and `annotations: {}` say the same as none (also after ignore rules emptied them). */
function dropEmptyMetadata(o) {
    if (!(0,values/* isMap */.jh)(o.metadata))
        return;
    dropIfEmpty(o.metadata, 'labels');
    dropIfEmpty(o.metadata, 'annotations');
}
/**
 * A copy of `obj` without noise: server-managed metadata, `status`, kubectl's
 * last-applied annotation, and empty maps whose absence means the same
 * (`labels: {}`, `annotations: {}`, `data: {}` of a ConfigMap/Secret).
 */
function normalizeObject(obj) {
    const o = structuredClone(obj);
    dropLastApplied(o);
    delete o.status;
    if ((0,values/* isMap */.jh)(o.metadata))
        for (const f of SERVER_METADATA)
            delete o.metadata[f];
    dropEmptyMetadata(o);
    if (o.kind === 'ConfigMap' || o.kind === 'Secret') {
        dropIfEmpty(o, 'data');
        dropIfEmpty(o, 'binaryData');
        dropIfEmpty(o, 'stringData');
    }
    return o;
}
/** Objects of a `…List` kind stand for their items. */
function flattenLists(objects) {
    return objects.flatMap((o) => typeof o.kind === 'string' && o.kind.endsWith('List') && Array.isArray(o.items)
        ? flattenLists(o.items)
        : [o]);
}

;// CONCATENATED MODULE: ./lib/diff/secrets.js

const MASK = '*****';
/** Shown on the head side when a masked value differs from the base. */
const MASK_CHANGED = '***** (changed)';
const SECRET_FIELDS = ['data', 'stringData'];
const isSecret = (ref) => ref.group === '' && ref.kind === 'Secret';
/**
 * Replaces the values of a Secret's `data`/`stringData` in both versions (in place) so no
 * value reaches any output, while a diff of the masked pair still shows which keys were
 * added, removed or changed: a changed value becomes `***** (changed)` on the head side.
 */
function maskSecretPair(base, head) {
    for (const field of SECRET_FIELDS) {
        const b = base[field];
        const h = head[field];
        if ((0,values/* isMap */.jh)(h)) {
            for (const k of Object.keys(h)) {
                const changed = (0,values/* isMap */.jh)(b) && Object.hasOwn(b, k) && !(0,values/* jsonEqual */.Zm)(b[k], h[k]);
                h[k] = changed ? MASK_CHANGED : MASK;
            }
        }
        else if (h !== undefined) {
            head[field] = b !== undefined && !(0,values/* jsonEqual */.Zm)(b, h) ? MASK_CHANGED : MASK;
        }
        if ((0,values/* isMap */.jh)(b))
            for (const k of Object.keys(b))
                b[k] = MASK;
        else if (b !== undefined)
            base[field] = MASK;
    }
}

;// CONCATENATED MODULE: ./lib/diff/line-diff.js
/**
 * Line diff: Myers' O(ND) algorithm in its linear-space form (recursive middle snake),
 * so a large rewritten ConfigMap needs memory proportional to its length, not D².
 * The result is a shortest edit script.
 */
/** A shortest edit script turning `a` into `b`; deletions come before insertions in a block. */
function diffLines(a, b) {
    // Compare small integers instead of strings.
    const ids = new Map();
    const id = (s) => {
        let v = ids.get(s);
        if (v === undefined)
            ids.set(s, (v = ids.size));
        return v;
    };
    const x = Int32Array.from(a, id);
    const y = Int32Array.from(b, id);
    const deleted = new Uint8Array(x.length);
    const inserted = new Uint8Array(y.length);
    // A line that occurs on one side only is changed in every shortest script; leaving such
    // lines out before the search keeps rewrites (few common lines) linear instead of O(N·D).
    const inX = new Uint8Array(ids.size);
    const inY = new Uint8Array(ids.size);
    x.forEach((v) => (inX[v] = 1));
    y.forEach((v) => (inY[v] = 1));
    const xs = compact(x, inY, deleted);
    const ys = compact(y, inX, inserted);
    const dx = new Uint8Array(xs.length);
    const dy = new Uint8Array(ys.length);
    compare(Int32Array.from(xs, (i) => x[i]), Int32Array.from(ys, (j) => y[j]), 0, xs.length, 0, ys.length, dx, dy);
    xs.forEach((i, c) => (deleted[i] = dx[c]));
    ys.forEach((j, c) => (inserted[j] = dy[c]));
    const out = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (i < a.length && deleted[i])
            out.push({ op: '-', line: a[i++] });
        else if (j < b.length && inserted[j])
            out.push({ op: '+', line: b[j++] });
        else {
            out.push({ op: ' ', line: a[i] });
            i++;
            j++;
        }
    }
    return out;
}
/** Indexes of the lines of `seq` that occur in the other sequence; marks the others changed. */
function compact(seq, inOther, changed) {
    const kept = [];
    seq.forEach((v, i) => {
        if (inOther[v])
            kept.push(i);
        else
            changed[i] = 1;
    });
    return kept;
}
/** Marks the lines of x[xlo,xhi) deleted and y[ylo,yhi) inserted that a shortest script needs. */
function compare(x, y, xlo, xhi, ylo, yhi, deleted, inserted) {
    while (xlo < xhi && ylo < yhi && x[xlo] === y[ylo]) {
        xlo++;
        ylo++;
    }
    while (xlo < xhi && ylo < yhi && x[xhi - 1] === y[yhi - 1]) {
        xhi--;
        yhi--;
    }
    if (xlo === xhi) {
        inserted.fill(1, ylo, yhi);
    }
    else if (ylo === yhi) {
        deleted.fill(1, xlo, xhi);
    }
    else {
        const [sx, sy, ex, ey] = middleSnake(x, y, xlo, xhi, ylo, yhi);
        compare(x, y, xlo, sx, ylo, sy, deleted, inserted);
        compare(x, y, ex, xhi, ey, yhi, deleted, inserted);
    }
}
/**
 * Myers' middle snake of x[xlo,xhi) vs y[ylo,yhi): runs the forward and the reverse search
 * until they overlap and returns the snake where they met as [startX, startY, endX, endY]
 * (absolute indexes). The halves before and after it each need about half the edits.
 */
function middleSnake(x, y, xlo, xhi, ylo, yhi) {
    const n = xhi - xlo;
    const m = yhi - ylo;
    const delta = n - m;
    const odd = (delta & 1) !== 0;
    const max = Math.ceil((n + m) / 2);
    const off = max + 1;
    // vf[k]: furthest x on diagonal k = x - y of a forward path; vr[k]: the same for the
    // reverse search, in reversed coordinates (xr = n - x, yr = m - y, kr = delta - k).
    const vf = new Int32Array(2 * off + 1).fill(-1);
    const vr = new Int32Array(2 * off + 1).fill(-1);
    vf[off + 1] = 0;
    vr[off + 1] = 0;
    // Diagonals whose paths left the grid are not extended again (trimmed from the range).
    let fStart = 0;
    let fEnd = 0;
    let rStart = 0;
    let rEnd = 0;
    for (let d = 0; d <= max; d++) {
        for (let k = -d + fStart; k <= d - fEnd; k += 2) {
            let px = k === -d || (k !== d && vf[off + k - 1] < vf[off + k + 1])
                ? vf[off + k + 1]
                : vf[off + k - 1] + 1;
            let py = px - k;
            const sx = px;
            const sy = py;
            while (px < n && py < m && x[xlo + px] === y[ylo + py]) {
                px++;
                py++;
            }
            vf[off + k] = px;
            if (px > n)
                fEnd += 2;
            else if (py > m)
                fStart += 2;
            else if (odd) {
                const kr = delta - k;
                if (kr >= -(d - 1) && kr <= d - 1 && vr[off + kr] >= 0 && px >= n - vr[off + kr])
                    return [xlo + sx, ylo + sy, xlo + px, ylo + py];
            }
        }
        for (let kr = -d + rStart; kr <= d - rEnd; kr += 2) {
            let px = kr === -d || (kr !== d && vr[off + kr - 1] < vr[off + kr + 1])
                ? vr[off + kr + 1]
                : vr[off + kr - 1] + 1;
            let py = px - kr;
            const sx = px;
            const sy = py;
            while (px < n && py < m && x[xhi - 1 - px] === y[yhi - 1 - py]) {
                px++;
                py++;
            }
            vr[off + kr] = px;
            if (px > n)
                rEnd += 2;
            else if (py > m)
                rStart += 2;
            else if (!odd) {
                const k = delta - kr;
                if (k >= -d && k <= d && vf[off + k] >= 0 && px >= n - vf[off + k])
                    // The reverse snake ran from (n - sx, m - sy) back to (n - px, m - py).
                    return [xhi - px, yhi - py, xhi - sx, yhi - sy];
            }
        }
    }
    throw new Error('middle snake not found'); // unreachable: D never exceeds (n + m) / 2
}

;// CONCATENATED MODULE: ./lib/diff/unified-diff.js

/** Lines with their terminators, so a missing final newline is a difference too. */
const splitLines = (text) => (text === '' ? [] : text.split(/(?<=\n)/));
const range = (start, count) => count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`;
function formatLine(e) {
    return e.line.endsWith('\n')
        ? `${e.op}${e.line}`
        : `${e.op}${e.line}\n\\ No newline at end of file\n`;
}
/** `diff -u` of two texts; '' when they are equal. */
function unifiedDiff(before, after, opts = {}) {
    const context = opts.context ?? 3;
    const edits = diffLines(splitLines(before), splitLines(after));
    // 1-based line numbers each edit has (or would have) on either side.
    const aNo = [];
    const bNo = [];
    let a = 1;
    let b = 1;
    for (const e of edits) {
        aNo.push(a);
        bNo.push(b);
        if (e.op !== '+')
            a++;
        if (e.op !== '-')
            b++;
    }
    const changed = edits.flatMap((e, i) => (e.op === ' ' ? [] : [i]));
    if (changed.length === 0)
        return '';
    let out = opts.fromFile !== undefined
        ? `--- ${opts.fromFile}\n+++ ${opts.toFile ?? opts.fromFile}\n`
        : '';
    let c = 0;
    while (c < changed.length) {
        // Changes closer than 2×context lines share a hunk.
        let last = c;
        while (last + 1 < changed.length && changed[last + 1] - changed[last] - 1 <= 2 * context)
            last++;
        const from = Math.max(0, changed[c] - context);
        const to = Math.min(edits.length, changed[last] + context + 1);
        const hunk = edits.slice(from, to);
        const aCount = hunk.filter((e) => e.op !== '+').length;
        const bCount = hunk.filter((e) => e.op !== '-').length;
        out += `@@ -${range(aNo[from], aCount)} +${range(bNo[from], bCount)} @@\n`;
        out += hunk.map(formatLine).join('');
        c = last + 1;
    }
    return out;
}

// EXTERNAL MODULE: ./lib/util/plain-yaml.js
var plain_yaml = __webpack_require__(84074);
;// CONCATENATED MODULE: ./lib/diff/compare.js










/** apiVersion, kind and metadata first, every map sorted below: stable, readable YAML. */
function diffYaml(obj) {
    const { apiVersion, kind, metadata, ...rest } = (0,values/* sortedKeys */.Mf)(obj);
    const ordered = { apiVersion, kind, metadata, ...rest };
    return (0,plain_yaml/* plainYaml */.g)(ordered) ?? (0,dist.stringify)(ordered, { lineWidth: 0 });
}
function byRef(objects) {
    const out = new Map();
    for (const obj of flattenLists(objects)) {
        const ref = (0,k8s/* refOf */.H8)(obj);
        out.set((0,k8s/* refKey */.XF)(ref), { ref, obj });
    }
    return out;
}
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const compareRefs = (a, b) => compareText(a.group, b.group) ||
    compareText(a.kind, b.kind) ||
    compareText(a.namespace, b.namespace) ||
    compareText(a.name, b.name);
const identity = (ref, obj) => ({
    group: ref.group,
    apiVersion: String(obj.apiVersion ?? ''),
    kind: ref.kind,
    namespace: ref.namespace,
    name: ref.name,
});
/**
 * The changes of one object present on both sides, after normalisation, ignore rules and
 * Secret masking; undefined when nothing is left that differs. The head's annotations and
 * the head's rules decide what is ignored (the head is what would be deployed).
 */
function changedObject(ref, base, head, rules) {
    if ((0,ignore/* ignoresWholeObject */.od)(head))
        return undefined;
    // Equal objects stay equal through everything below: most objects of a diff are unchanged.
    if ((0,external_node_util_.isDeepStrictEqual)(base, head))
        return undefined;
    const b = normalizeObject(base);
    const h = normalizeObject(head);
    const own = (0,ignore/* annotationRule */.U2)(head, ref);
    const matching = [...rules.filter((r) => (0,ignore/* ruleMatches */.W)(r, ref)), ...(own ? [own] : [])];
    (0,ignore/* applyIgnoreRules */.Kq)(b, matching);
    (0,ignore/* applyIgnoreRules */.Kq)(h, matching);
    dropEmptyMetadata(b);
    dropEmptyMetadata(h);
    if (isSecret(ref))
        maskSecretPair(b, h);
    const changes = fieldChanges(b, h);
    if (changes.length === 0)
        return undefined;
    return {
        ...identity(ref, head),
        change: 'changed',
        changes,
        diff: unifiedDiff(diffYaml(b), diffYaml(h)),
    };
}
/**
 * The changes between two versions of one object (e.g. as it is on a cluster and as applied
 * there), normalised, with `rules` (compileIgnoreRules) and the head's ignore annotations
 * applied and Secret values masked; undefined when nothing differs.
 */
function diffObjectPair(base, head, rules) {
    return changedObject((0,k8s/* refOf */.H8)(head), base, head, rules);
}
/**
 * Compares the objects of one target at the base with those at the head, object by object
 * (matched by group, kind, namespace and name; the API version may differ).
 */
function diffObjects(base, head, ignoreForDiff = []) {
    const rules = (0,ignore/* compileIgnoreRules */.nS)(ignoreForDiff);
    const before = byRef(base);
    const after = byRef(head);
    const summary = { new: 0, changed: 0, deleted: 0, unchanged: 0 };
    const objects = [];
    for (const [key, { ref, obj }] of after) {
        const old = before.get(key);
        const diff = old
            ? changedObject(ref, old.obj, obj, rules)
            : { ...identity(ref, obj), change: 'new' };
        if (diff)
            objects.push({ ref, diff });
        summary[diff ? diff.change : 'unchanged']++;
    }
    for (const [key, { ref, obj }] of before) {
        if (after.has(key))
            continue;
        objects.push({ ref, diff: { ...identity(ref, obj), change: 'deleted' } });
        summary.deleted++;
    }
    objects.sort((x, y) => compareRefs(x.ref, y.ref));
    return { summary, objects: objects.map((o) => o.diff) };
}


/***/ }),

/***/ 97186:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ shortCommit),
/* harmony export */   Hd: () => (/* binding */ objectName),
/* harmony export */   W3: () => (/* binding */ fieldCount),
/* harmony export */   WN: () => (/* binding */ countsText),
/* harmony export */   je: () => (/* binding */ targetName)
/* harmony export */ });
const objectName = (o) => (o.namespace ? `${o.namespace}/${o.name}` : o.name);
const targetName = (t) => t.target ?? '(no targets)';
const countsText = (s) => `${s.new} new, ${s.changed} changed, ${s.deleted} deleted, ${s.unchanged} unchanged`;
const shortCommit = (commit) => commit.slice(0, 12);
const fieldCount = (o) => {
    const n = o.changes?.length ?? 0;
    return `${n} field${n === 1 ? '' : 's'}`;
};


/***/ }),

/***/ 22673:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   _u: () => (/* binding */ withWorktree),
/* harmony export */   jv: () => (/* binding */ repoRoot)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99661);
/* harmony import */ var _util_scratch_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71474);





class GitError extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
    }
}
function git(env, cwd, args) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['-C', cwd, ...args], { env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
            if (!err)
                return resolve(stdout.trim());
            if (err.code === 'ENOENT')
                return reject(new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('git is not installed', {}, 'install git and put it on PATH'));
            reject(new GitError(stderr.trim() || err.message, err.code ?? undefined));
        });
    });
}
/** The top directory of the git repository holding `dir`. */
async function repoRoot(env, dir) {
    try {
        return await git(env, dir, ['rev-parse', '--show-toplevel']);
    }
    catch (err) {
        if (err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo)
            throw err;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${dir} is not inside a git repository, so there is no base to compare with`, {}, 'run the diff in a git checkout of the project (actions/checkout in a workflow)');
    }
}
/**
 * The commit `ref` names in the repository holding `root`; a UserError saying how to get it
 * when the clone lacks it.
 */
async function resolveCommit(env, root, ref) {
    try {
        return await git(env, root, [
            'rev-parse',
            '--verify',
            '--quiet',
            '--end-of-options',
            `${ref}^{commit}`,
        ]);
    }
    catch (err) {
        if (!(err instanceof GitError))
            throw err;
        const shallow = (await git(env, root, ['rev-parse', '--is-shallow-repository']).catch(() => '')) === 'true';
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`base ref "${ref}" does not exist in ${root}${shallow ? ' (a shallow clone)' : ''}`, {}, `pass a branch, tag or commit that exists; fetch it first if needed (git fetch origin ${ref}, or actions/checkout with fetch-depth: 0)`);
    }
}
/**
 * Runs `fn` with a temporary detached worktree of `commit` and removes the worktree
 * afterwards, also when `fn` fails. git writes the worktree while `fn` runs (checking out
 * a large project takes as long as rendering much of it): `fn` awaits the directory where
 * it needs it, and may call `release` once it has read everything it needs, so the
 * removal runs while it finishes its work.
 */
async function withWorktree(env, root, commit, fn) {
    const parent = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join((0,_util_scratch_js__WEBPACK_IMPORTED_MODULE_4__/* .scratchDir */ .GA)(), 'shipshape-base-'));
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.join(parent, 'tree');
    const forget = (0,_util_scratch_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanUpIfInterrupted */ .q1)(() => {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(parent, { recursive: true, force: true });
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['-C', root, 'worktree', 'prune'], { env, stdio: 'ignore' });
    });
    let written = false;
    const added = git(env, root, ['worktree', 'add', '--detach', '--quiet', dir, commit]).then(() => {
        written = true;
        return dir;
    });
    // Handled here as well, so a failure fn does not wait for is no unhandled rejection.
    const done = added.catch(() => undefined);
    const remove = async () => {
        const removed = await git(env, root, ['worktree', 'remove', '--force', dir]).then(() => true, () => false);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(parent, { recursive: true, force: true });
        // The directory is gone; let git forget the entry if `remove` could not.
        if (!removed)
            await git(env, root, ['worktree', 'prune']).catch(() => undefined);
    };
    let removal;
    const release = () => {
        // Never remove the worktree while git is still writing it. Once it is written, git
        // starts removing it at once, not after the caller's next synchronous stretch of work.
        removal ??= written ? remove() : done.then(remove);
    };
    try {
        return await fn(added, release);
    }
    finally {
        release();
        await removal;
        forget();
    }
}


/***/ }),

/***/ 95245:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kq: () => (/* binding */ applyIgnoreRules),
/* harmony export */   U2: () => (/* binding */ annotationRule),
/* harmony export */   W: () => (/* binding */ ruleMatches),
/* harmony export */   nS: () => (/* binding */ compileIgnoreRules),
/* harmony export */   od: () => (/* binding */ ignoresWholeObject)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99661);
/* harmony import */ var _util_k8s_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63896);
/* harmony import */ var _json_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63449);



const FIELD_ANNOTATION = /^kluctl\.io\/ignore-diff-field(-\d*)?$/;
const REGEX_ANNOTATION = /^kluctl\.io\/ignore-diff-field-regex(-\d*)?$/;
/** `kluctl.io/ignore-diff: "true"`: the object's changes are not shown at all. */
const ignoresWholeObject = (obj) => (0,_util_k8s_js__WEBPACK_IMPORTED_MODULE_2__/* .annotationTrue */ .YT)(obj, 'kluctl.io/ignore-diff');
function parsePath(text, where, fix) {
    try {
        return (0,_json_path_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonPath */ .Hf)(text);
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: invalid JSON path "${text}": ${err.message}`, {}, `${fix}; supported: dotted keys, [N], ["key"] and the * wildcard (e.g. spec.template.spec.containers[*].image)`);
    }
}
function compileRegex(text, where, fix) {
    try {
        return new RegExp(text);
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where}: invalid regular expression "${text}": ${err.message}`, {}, fix);
    }
}
/** Compiles the project's ignoreForDiff rules; a malformed fieldPath is a UserError. */
function compileIgnoreRules(rules) {
    const fix = 'fix the fieldPath of this ignoreForDiff rule in deployment.yaml';
    return rules.map((r) => {
        const sel = [
            r.group !== undefined && `group ${r.group}`,
            r.kind && `kind ${r.kind}`,
            r.namespace && `namespace ${r.namespace}`,
            r.name && `name ${r.name}`,
        ]
            .filter(Boolean)
            .join(', ');
        const where = `ignoreForDiff rule${sel ? ` (${sel})` : ''}`;
        return {
            group: r.group,
            kind: r.kind,
            namespace: r.namespace,
            name: r.name,
            fieldPaths: (r.fieldPath ?? []).map((p) => parsePath(p, where, fix)),
            fieldPathRegexes: (r.fieldPathRegex ?? []).map((p) => compileRegex(p, where, fix)),
        };
    });
}
/** The `kluctl.io/ignore-diff-field[-regex][-N]` annotations of `obj` as a rule for it alone. */
function annotationRule(obj, ref) {
    const annotations = (obj.metadata?.annotations ?? {});
    const rule = { fieldPaths: [], fieldPathRegexes: [] };
    const dir = (0,_util_k8s_js__WEBPACK_IMPORTED_MODULE_2__/* .getAnnotation */ .gw)(obj, 'kluctl.io/deployment-item-dir');
    for (const key of Object.keys(annotations).sort()) {
        const value = annotations[key];
        if (typeof value !== 'string')
            continue;
        const where = `${(0,_util_k8s_js__WEBPACK_IMPORTED_MODULE_2__/* .refString */ .nw)(ref)}: annotation ${key}`;
        const fix = `fix the annotation in the manifest${dir ? ` under ${dir}` : ''}`;
        if (REGEX_ANNOTATION.test(key))
            rule.fieldPathRegexes.push(compileRegex(value, where, fix));
        else if (FIELD_ANNOTATION.test(key))
            rule.fieldPaths.push(parsePath(value, where, fix));
    }
    return rule.fieldPaths.length || rule.fieldPathRegexes.length ? rule : undefined;
}
/** A rule applies when every selector it sets equals the object's (group without version). */
function ruleMatches(rule, ref) {
    return ((rule.group === undefined || rule.group === ref.group) &&
        (rule.kind === undefined || rule.kind === ref.kind) &&
        (rule.namespace === undefined || rule.namespace === ref.namespace) &&
        (rule.name === undefined || rule.name === ref.name));
}
/** Removes the fields the rules ignore from `obj` (in place). */
function applyIgnoreRules(obj, rules) {
    for (const rule of rules) {
        for (const p of rule.fieldPaths)
            (0,_json_path_js__WEBPACK_IMPORTED_MODULE_1__/* .deleteJsonPath */ .Zr)(obj, p);
        if (rule.fieldPathRegexes.length === 0)
            continue;
        const doomed = [];
        (0,_json_path_js__WEBPACK_IMPORTED_MODULE_1__/* .forEachLeaf */ .FU)(obj, (keys) => {
            const jp = (0,_json_path_js__WEBPACK_IMPORTED_MODULE_1__/* .formatJsonPath */ .pB)(keys);
            if (rule.fieldPathRegexes.some((re) => re.test(jp)))
                doomed.push([...keys]);
        });
        // Last first, so removing a list element does not shift the ones still to remove.
        for (const keys of doomed.reverse())
            (0,_json_path_js__WEBPACK_IMPORTED_MODULE_1__/* .deleteJsonPath */ .Zr)(obj, keys);
    }
}


/***/ }),

/***/ 63449:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FU: () => (/* binding */ forEachLeaf),
/* harmony export */   Hf: () => (/* binding */ parseJsonPath),
/* harmony export */   Zr: () => (/* binding */ deleteJsonPath),
/* harmony export */   bs: () => (/* binding */ WILDCARD),
/* harmony export */   pB: () => (/* binding */ formatJsonPath)
/* harmony export */ });
/**
 * JSON paths the way kluctl prints and matches them.
 *
 * Printing: `spec.template.spec.containers[0].image`; keys that are not identifiers are
 * bracketed (`metadata.labels["app.kubernetes.io/name"]`, a leading `$` when the first key
 * is bracketed). fieldPathRegex rules match against this string, so it must be stable.
 *
 * Parsing: the simple paths ignoreForDiff rules use — dotted keys, `[N]`, quoted keys and
 * the `*` wildcard. Recursive descent and filters are not supported (an error says so).
 */
/** `*`: every key of a map or every element of a list. */
const WILDCARD = Symbol('wildcard');
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
function formatJsonPath(keys) {
    let out = '';
    for (const k of keys) {
        if (typeof k === 'number')
            out += `[${k}]`;
        else if (IDENTIFIER.test(k))
            out += out ? `.${k}` : k;
        else
            out += `${out ? '' : '$'}${k.includes('"') ? `['${k}']` : `["${k}"]`}`;
    }
    return out || '$';
}
/** Parses a fieldPath; throws an Error whose message says what is wrong (callers add where). */
function parseJsonPath(text) {
    const segs = [];
    let i = 0;
    const fail = (why) => {
        throw new Error(`${why} at position ${i + 1}`);
    };
    if (text.startsWith('$'))
        i = 1;
    let first = true;
    while (i < text.length) {
        const c = text[i];
        if (c === '[') {
            segs.push(readBracket());
        }
        else {
            if (c === '.') {
                if (text[i + 1] === '.')
                    fail('recursive descent (..) is not supported');
                i++;
            }
            else if (!first) {
                fail(`expected "." or "["`);
            }
            let j = i;
            while (j < text.length && text[j] !== '.' && text[j] !== '[')
                j++;
            const name = text.slice(i, j);
            if (!name)
                fail('empty key');
            segs.push(name === '*' ? WILDCARD : name);
            i = j;
        }
        first = false;
    }
    if (segs.length === 0)
        throw new Error('the path is empty');
    return segs;
    function bracketIndex(inner) {
        if (inner === '*')
            return WILDCARD;
        if (/^\d+$/.test(inner))
            return Number(inner);
        if (inner.startsWith('?') || inner.startsWith('('))
            fail('filter expressions are not supported');
        return fail(`"[${inner}]" is not an index, "*" or a quoted key`);
    }
    function readBracket() {
        i++; // [
        const c = text[i];
        let seg;
        if (c === '"' || c === "'") {
            let s = '';
            i++;
            while (i < text.length && text[i] !== c) {
                if (text[i] === '\\' && i + 1 < text.length)
                    i++;
                s += text[i++];
            }
            if (i >= text.length)
                fail('unterminated quoted key');
            i++; // closing quote
            seg = s;
        }
        else {
            const close = text.indexOf(']', i);
            if (close < 0)
                fail('missing "]"');
            seg = bracketIndex(text.slice(i, close).trim());
            i = close;
        }
        if (text[i] !== ']')
            fail('missing "]"');
        i++;
        return seg;
    }
}
const isContainer = (v) => typeof v === 'object' && v !== null;
/** The children of `node` that `seg` selects, as keys. */
function selectKeys(node, seg) {
    if (Array.isArray(node)) {
        if (seg === WILDCARD)
            return node.map((_, i) => i);
        return typeof seg === 'number' && seg < node.length ? [seg] : [];
    }
    if (seg === WILDCARD)
        return Object.keys(node);
    return typeof seg === 'string' && Object.hasOwn(node, seg) ? [seg] : [];
}
function removeKeys(node, keys) {
    if (Array.isArray(node)) {
        // Descending, so earlier indexes stay valid while splicing.
        for (const k of [...keys].sort((a, b) => b - a))
            node.splice(k, 1);
    }
    else {
        for (const k of keys)
            delete node[k];
    }
}
/** Removes every field `path` selects from `root` (in place). */
function deleteJsonPath(root, path) {
    if (!isContainer(root) || path.length === 0)
        return;
    const [seg, ...rest] = path;
    const keys = selectKeys(root, seg);
    if (rest.length === 0) {
        removeKeys(root, keys);
        return;
    }
    for (const k of keys)
        deleteJsonPath(root[k], rest);
}
/** Calls `fn` with the key path of every leaf (scalar) under `root`, depth first. */
function forEachLeaf(root, fn, keys = []) {
    if (!isContainer(root)) {
        fn(keys);
        return;
    }
    const entries = Array.isArray(root)
        ? root.map((v, i) => [i, v])
        : Object.entries(root);
    for (const [k, v] of entries) {
        keys.push(k);
        forEachLeaf(v, fn, keys);
        keys.pop();
    }
}


/***/ }),

/***/ 22726:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ summaryHasChanges),
/* harmony export */   t: () => (/* binding */ toStableJson)
/* harmony export */ });
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36745);

const summaryHasChanges = (s) => s.new + s.changed + s.deleted > 0;
/** The result as JSON with sorted keys: the same result always gives the same bytes. */
function toStableJson(result) {
    return `${JSON.stringify((0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedKeys */ .Mf)(result), null, 2)}\n`;
}


/***/ }),

/***/ 66637:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   TQ: () => (/* binding */ renderMarkdownWithin),
/* harmony export */   ev: () => (/* binding */ MARKDOWN_LEVELS)
/* harmony export */ });
/* harmony import */ var _util_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46607);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97186);


/**
 * Decreasing detail, so a caller with a size limit (a GitHub comment holds 65,536
 * characters) can take the first level that fits:
 * - full: every changed object in a collapsed `<details>` with its diff;
 * - summary: every changed object with the paths of its changed fields;
 * - list: the names of the new, changed and deleted objects, per kind;
 * - counts: a table of counts per target.
 * With more than one target, every level opens with the table of counts.
 * Every level is complete markdown on its own: fences and `<details>` are always closed.
 */
const MARKDOWN_LEVELS = ['full', 'summary', 'list', 'counts'];
const objectLine = (o) => `${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(o.kind)} ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)((0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .objectName */ .Hd)(o))}`;
/** One line per kind with the names: the list level stays short for thousands of objects. */
function namesByKind(objects) {
    const byKind = new Map();
    for (const o of objects) {
        const names = byKind.get(o.kind) ?? [];
        names.push((0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .objectName */ .Hd)(o));
        byKind.set(o.kind, names);
    }
    return [...byKind].map(([kind, names]) => `- ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(kind)} (${names.length}): ${names.map(_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY).join(', ')}`);
}
function changedObject(o, level) {
    if (level === 'full') {
        const summary = `<summary>${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlCode */ .h8)(o.kind)} ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlCode */ .h8)((0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .objectName */ .Hd)(o))} (${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldCount */ .W3)(o)})</summary>`;
        return `<details>\n${summary}\n\n${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fenced */ .OF)('diff', o.diff ?? '')}\n\n</details>`;
    }
    return `- ${objectLine(o)}: ${(o.changes ?? []).map((c) => (0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(c.path)).join(', ')}`;
}
function section(title, lines, join = '\n') {
    return lines.length ? [`**${title}**`, '', lines.join(join), ''] : [];
}
function targetSection(t, level) {
    const title = t.target === null ? 'Project' : `Target ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(t.target)}`;
    const out = [`#### ${title}: ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .countsText */ .WN)(t.summary)}`, ''];
    if (t.note)
        out.push(`> ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(t.note)}`, '');
    const of = (change) => t.objects.filter((o) => o.change === change);
    if (level === 'list') {
        out.push(...section('New', namesByKind(of('new'))));
        out.push(...section('Deleted', namesByKind(of('deleted'))));
        out.push(...section('Changed', namesByKind(of('changed'))));
        out.push(...section('Orphan (no longer rendered)', namesByKind(of('orphan'))));
        return out;
    }
    const lines = (objects) => objects.map((o) => `- ${objectLine(o)}`);
    out.push(...section('New', lines(of('new'))));
    out.push(...section('Deleted', lines(of('deleted'))));
    const changed = of('changed').map((o) => changedObject(o, level));
    out.push(...section('Changed', changed, level === 'full' ? '\n\n' : '\n'));
    out.push(...section('Orphan (no longer rendered)', lines(of('orphan'))));
    return out;
}
/**
 * Orphans (objects on the cluster that no target renders) exist only in a diff against a
 * cluster: the column shows when a summary counts them.
 */
const orphansOf = (s) => s.orphan;
/** The totals of every target: the first thing a reader of a long report needs. */
function countsTable(result) {
    const orphans = result.targets.some((t) => orphansOf(t.summary) !== undefined);
    const columns = ['new', 'changed', 'deleted', ...(orphans ? ['orphan'] : []), 'unchanged'];
    return [
        `| target | ${columns.join(' | ')} |`,
        `|---|${columns.map(() => '--:').join('|')}|`,
        ...result.targets.map((t) => {
            const s = t.summary;
            const counts = [s.new, s.changed, s.deleted, ...(orphans ? [orphansOf(s) ?? 0] : [])];
            return `| ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(t.target === null ? (0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .targetName */ .je)(t) : (0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(t.target))} | ${[...counts, s.unchanged].join(' | ')} |`;
        }),
        '',
    ];
}
/** The result as GitHub-flavoured markdown at one level of detail. */
function renderMarkdown(result, level = 'full', opts = {}) {
    const title = opts.title ??
        `### Rendered changes against ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(result.base.ref)} (${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)((0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .shortCommit */ .Ax)(result.base.commit))})`;
    const out = [title, ''];
    if (!result.hasChanges)
        out.push(opts.noChangesNote ?? 'No changes.', '');
    if (level === 'counts' || !result.hasChanges)
        out.push(...countsTable(result));
    else {
        // Several targets: their totals first, then each target's details.
        if (result.targets.length > 1)
            out.push(...countsTable(result));
        for (const t of result.targets)
            out.push(...targetSection(t, level));
    }
    const omitted = opts.omittedNote ?? '_Details were left out to keep this short._';
    if (level !== 'full' && result.hasChanges && omitted)
        out.push(omitted, '');
    return out.join('\n');
}
/**
 * The most detailed level whose markdown is at most `maxChars` long; the counts level
 * when none fits (`fits` false), since a caller must post something.
 */
function renderMarkdownWithin(result, maxChars, opts = {}) {
    let markdown = '';
    for (const level of MARKDOWN_LEVELS) {
        markdown = renderMarkdown(result, level, opts);
        if (markdown.length <= maxChars)
            return { level, markdown, fits: true };
    }
    return { level: 'counts', markdown, fits: false };
}


/***/ }),

/***/ 36745:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mf: () => (/* binding */ sortedKeys),
/* harmony export */   Zm: () => (/* binding */ jsonEqual),
/* harmony export */   jh: () => (/* binding */ isMap)
/* harmony export */ });
/** Helpers for plain JSON values (parsed YAML). */
const isMap = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Deep equality of plain JSON values; map key order does not matter. */
function jsonEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length)
        return false;
    const ra = a;
    const rb = b;
    return ka.every((k) => Object.hasOwn(rb, k) && jsonEqual(ra[k], rb[k]));
}
/** A copy with map keys sorted at every level, for output that does not depend on input order. */
function sortedKeys(v) {
    if (Array.isArray(v))
        return v.map(sortedKeys);
    if (!isMap(v))
        return v;
    const out = {};
    for (const k of Object.keys(v).sort())
        out[k] = sortedKeys(v[k]);
    return out;
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


/***/ })

};
