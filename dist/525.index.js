export const id = 525;
export const ids = [525];
export const modules = {

/***/ 12659:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/** Go's duration syntax, as kluctl's flags and annotations take it: `90s`, `5m`, `1h30m`, `250ms`. */
const UNITS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
};
/** Milliseconds, or undefined when `text` is not a duration. A bare `0` is zero. */
function parseDuration(text) {
    const t = text.trim();
    if (t === '0')
        return 0;
    const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/y;
    let total = 0;
    let i = 0;
    let matched = false;
    while (i < t.length) {
        re.lastIndex = i;
        const m = re.exec(t);
        if (!m)
            return undefined;
        total += Number(m[1]) * UNITS[m[2]];
        i = re.lastIndex;
        matched = true;
    }
    return matched ? total : undefined;
}
/** `1m5s`, `250ms`: for messages. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    const s = Math.round(ms / 1000);
    if (s < 60)
        return `${s}s`;
    const m = Math.floor(s / 60);
    return s % 60 ? `${m}m${s % 60}s` : `${m}m`;
}


/***/ }),

/***/ 69525:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HS: () => (/* reexport */ render_markdown/* REPORT_LEVELS */.HS),
  x3: () => (/* reexport */ deleteCommand),
  Jp: () => (/* reexport */ deployCommand),
  Ft: () => (/* reexport */ diffCommand),
  E9: () => (/* reexport */ duration/* parseDuration */.E),
  En: () => (/* reexport */ pruneCommand),
  H4: () => (/* reexport */ render_text/* renderResultText */.H4),
  K6: () => (/* reexport */ result/* resultChanged */.K6),
  rt: () => (/* reexport */ render_markdown/* resultMarkdownBodies */.rt),
  hV: () => (/* reexport */ result/* resultToJson */.hV),
  g5: () => (/* reexport */ render_text/* summaryText */.g5),
  Md: () => (/* reexport */ validateCommand)
});

// UNUSED EXPORTS: COMMANDS, DEFAULT_ENGINE_OPTIONS, formatDuration, renderResultMarkdown, resultToYaml

// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./lib/cluster/index.js + 6 modules
var lib_cluster = __webpack_require__(98965);
// EXTERNAL MODULE: ./lib/render/index.js + 70 modules
var lib_render = __webpack_require__(1206);
// EXTERNAL MODULE: ./lib/sources/index.js + 1 modules
var sources = __webpack_require__(91200);
// EXTERNAL MODULE: ./lib/util/k8s.js
var k8s = __webpack_require__(63896);
// EXTERNAL MODULE: ./lib/diff/json-path.js
var json_path = __webpack_require__(63449);
// EXTERNAL MODULE: ./lib/diff/values.js
var values = __webpack_require__(36745);
// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
;// CONCATENATED MODULE: ./lib/deploy/managed-fields.js
/**
 * Server-side apply's field ownership (`metadata.managedFields`, format FieldsV1), read the
 * way the API server writes it: which manager owns which field, field paths in the form 409
 * conflicts name them (`.spec.template.spec.containers[name="app"].image`), where such a
 * path is in an object, and whether applying a manifest again would change anything.
 */

/** A FieldsV1 key (`f:name`, `k:{"name":"app"}`, `v:"x"`, `i:0`) as a path element; undefined if unknown. */
function parsePathElement(key) {
    const type = key.slice(0, 2);
    const rest = key.slice(2);
    try {
        switch (type) {
            case 'f:':
                return { field: rest };
            case 'k:': {
                const obj = JSON.parse(rest);
                return {
                    key: Object.keys(obj)
                        .sort()
                        .map((k) => [k, obj[k]]),
                };
            }
            case 'v:':
                return { value: JSON.parse(rest) };
            case 'i:':
                return { index: Number(rest) };
            default:
                return undefined;
        }
    }
    catch {
        return undefined;
    }
}
/** FieldsV1 as a tree; keys a future server version might add are left out, as the server does. */
function parseFieldsV1(fields) {
    const node = { member: false, children: new Map() };
    for (const [key, value] of Object.entries(fields)) {
        if (key === '.') {
            node.member = true;
            continue;
        }
        const pe = parsePathElement(key);
        if (!pe || !(0,values/* isMap */.jh)(value))
            continue;
        const child = parseFieldsV1(value);
        if (child.children.size === 0)
            child.member = true;
        node.children.set(key, { pe, node: child });
    }
    return node;
}
/** A value as structured-merge-diff prints it (`"text"`, `80`, `true`). */
function valueString(v) {
    if (v === null || v === undefined)
        return 'null';
    if (typeof v === 'string')
        return JSON.stringify(v);
    if (Array.isArray(v))
        return `[${v.map(valueString).join(',')}]`;
    if ((0,values/* isMap */.jh)(v))
        return Object.keys(v)
            .sort()
            .map((k) => `${k}=${valueString(v[k])}`)
            .join('');
    return String(v);
}
function pathElementString(pe) {
    if ('field' in pe)
        return `.${pe.field}`;
    if ('key' in pe)
        return `[${pe.key.map(([k, v]) => `${k}=${valueString(v)}`).join(',')}]`;
    if ('value' in pe)
        return `[=${valueString(pe.value)}]`;
    return `[${pe.index}]`;
}
/** `.spec.template.spec.containers[name="app"].image`: how 409 conflicts name a field. */
const pathString = (path) => path.map(pathElementString).join('');
/** Every owned field path of a tree (depth first). */
function memberPaths(node, prefix = []) {
    const out = [];
    for (const { pe, node: child } of node.children.values()) {
        const path = [...prefix, pe];
        if (child.member)
            out.push(path);
        out.push(...memberPaths(child, path));
    }
    return out;
}
function managedFieldsOf(obj) {
    const mf = obj?.metadata?.managedFields;
    return Array.isArray(mf) ? mf : [];
}
/** For every owned field (by its printed path): the paths and the managers owning it. */
function ownersByField(obj) {
    const out = new Map();
    for (const entry of managedFieldsOf(obj)) {
        if (!(0,values/* isMap */.jh)(entry.fieldsV1) || typeof entry.manager !== 'string')
            continue;
        for (const path of memberPaths(parseFieldsV1(entry.fieldsV1))) {
            const s = pathString(path);
            let owners = out.get(s);
            if (!owners)
                out.set(s, (owners = { paths: [], managers: [] }));
            if (!owners.paths.some((p) => pathString(p) === s && (0,values/* jsonEqual */.Zm)(p, path)))
                owners.paths.push(path);
            owners.managers.push(entry.manager);
        }
    }
    return out;
}
function elementMatches(item, pe, index) {
    if ('key' in pe)
        return (0,values/* isMap */.jh)(item) && pe.key.every(([k, v]) => Object.hasOwn(item, k) && (0,values/* jsonEqual */.Zm)(item[k], v));
    if ('value' in pe)
        return (0,values/* jsonEqual */.Zm)(item, pe.value);
    if ('index' in pe)
        return pe.index === index;
    return false;
}
/**
 * Where `path` is in `obj` as map keys and list indexes (`['spec', 'containers', 0, 'image']`),
 * or undefined when the object does not have it.
 */
function locatePath(obj, path) {
    const keys = [];
    let cur = obj;
    for (const pe of path) {
        if ('field' in pe) {
            if (!(0,values/* isMap */.jh)(cur) || !Object.hasOwn(cur, pe.field))
                return undefined;
            keys.push(pe.field);
            cur = cur[pe.field];
        }
        else {
            if (!Array.isArray(cur))
                return undefined;
            const i = cur.findIndex((item, idx) => elementMatches(item, pe, idx));
            if (i < 0)
                return undefined;
            keys.push(i);
            cur = cur[i];
        }
    }
    return keys;
}
function valueAt(obj, keys) {
    let cur = obj;
    for (const k of keys)
        cur = cur?.[k];
    return cur;
}
/** Fields of the manifest that are not part of the field set (identity). */
function fieldSetOfManifest(obj) {
    const { apiVersion: _a, kind: _k, ...rest } = obj;
    if ((0,values/* isMap */.jh)(rest.metadata)) {
        const { name: _n, namespace: _ns, ...md } = rest.metadata;
        if (Object.keys(md).length)
            rest.metadata = md;
        else
            delete rest.metadata;
    }
    return rest;
}
/** Fields holding resource quantities, which the server stores in canonical form ("0.5" → "500m"). */
const QUANTITY_PARENTS = new Set([
    'limits',
    'requests',
    'hard',
    'capacity',
    'default',
    'defaultRequest',
    'max',
    'min',
    'maxLimitRequestRatio',
]);
const SUFFIX = {
    // [base, exponent]
    n: [10, -9],
    u: [10, -6],
    m: [10, -3],
    '': [10, 0],
    k: [10, 3],
    M: [10, 6],
    G: [10, 9],
    T: [10, 12],
    P: [10, 15],
    E: [10, 18],
    Ki: [2, 10],
    Mi: [2, 20],
    Gi: [2, 30],
    Ti: [2, 40],
    Pi: [2, 50],
    Ei: [2, 60],
};
/** A quantity as an exact fraction [numerator, denominator] of BigInts, or undefined. */
function quantity(v) {
    const text = typeof v === 'number' ? String(v) : v;
    if (typeof text !== 'string')
        return undefined;
    const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:([eE])([+-]?\d+)|(n|u|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei))?$/.exec(text);
    if (!m || (m[2] === '' && (m[3] ?? '') === ''))
        return undefined;
    let num = BigInt(`${m[1]}${m[2] || '0'}${m[3] ?? ''}`);
    let den = 10n ** BigInt((m[3] ?? '').length);
    const [base, exp] = m[4] ? [10, Number(m[5])] : SUFFIX[m[6] ?? ''];
    if (exp >= 0)
        num *= BigInt(base) ** BigInt(exp);
    else
        den *= BigInt(base) ** BigInt(-exp);
    return [num, den];
}
function sameQuantity(a, b) {
    const x = quantity(a);
    const y = quantity(b);
    return !!x && !!y && x[0] * y[1] === y[0] * x[1];
}
/**
 * The manifest value `v` (under key `key` of the map `container`) is what the server has
 * (`live`) and exactly what `node` owns.
 */
function sameAsOwned(v, node, live, key = '', container = '') {
    if (v === null || v === undefined)
        return false;
    if (node.children.size === 0)
        return (0,values/* jsonEqual */.Zm)(v, live) || (QUANTITY_PARENTS.has(container) && sameQuantity(v, live));
    if ((0,values/* isMap */.jh)(v)) {
        if (!(0,values/* isMap */.jh)(live))
            return false;
        const fields = [...node.children.values()];
        const keys = Object.keys(v);
        if (fields.length !== keys.length)
            return false;
        for (const { pe, node: child } of fields) {
            if (!('field' in pe) || !Object.hasOwn(v, pe.field) || !Object.hasOwn(live, pe.field))
                return false;
            if (!sameAsOwned(v[pe.field], child, live[pe.field], pe.field, key))
                return false;
        }
        return true;
    }
    if (Array.isArray(v)) {
        if (!Array.isArray(live))
            return false;
        const entries = [...node.children.values()];
        if (entries.length !== v.length)
            return false;
        const used = new Set();
        for (const item of v) {
            // The element's entry in the owned set, and the element on the server, by key or value.
            const matching = entries
                .map((e, i) => ({ e, i }))
                .filter(({ e }) => ('key' in e.pe || 'value' in e.pe) && elementMatches(item, e.pe, -1));
            if (matching.length !== 1 || used.has(matching[0].i))
                return false;
            used.add(matching[0].i);
            const { pe, node: child } = matching[0].e;
            const liveItems = live.filter((l) => elementMatches(l, pe, -1));
            if (liveItems.length !== 1)
                return false;
            if ('value' in pe)
                continue;
            if (!sameAsOwned(item, child, liveItems[0], key, container))
                return false;
        }
        return true;
    }
    return false;
}
/**
 * Whether server-side applying `manifest` as `fieldManager` would leave `live` exactly as it
 * is: the manager's last apply owns exactly the manifest's fields (so no field would be
 * released) and every one of them has the manifest's value on the server. Anything this
 * cannot tell for sure (another API version, atomic values the server rewrote, nulls) counts
 * as a change, so the caller applies.
 */
function applyChangesNothing(manifest, live, fieldManager = 'kluctl') {
    if (!live || live.metadata?.deletionTimestamp)
        return false;
    const entries = managedFieldsOf(live).filter((e) => e.manager === fieldManager && e.operation === 'Apply' && !e.subresource);
    if (entries.length !== 1)
        return false;
    const [entry] = entries;
    if (entry.apiVersion !== manifest.apiVersion || !(0,values/* isMap */.jh)(entry.fieldsV1))
        return false;
    return sameAsOwned(fieldSetOfManifest(manifest), parseFieldsV1(entry.fieldsV1), liveView(manifest, live));
}
/**
 * The live object as the manifest sees it: a Secret's `stringData` is stored as base64 in
 * `data` (and owned as `stringData`), so the values it would write are shown there.
 */
function liveView(manifest, live) {
    if (manifest.apiVersion !== 'v1' || manifest.kind !== 'Secret' || !(0,values/* isMap */.jh)(manifest.stringData))
        return live;
    const data = (0,values/* isMap */.jh)(live.data) ? live.data : {};
    const stringData = {};
    for (const [k, v] of Object.entries(manifest.stringData))
        if (typeof v === 'string' && data[k] === Buffer.from(v, 'utf8').toString('base64'))
            stringData[k] = v;
    return { ...live, stringData };
}

;// CONCATENATED MODULE: ./lib/deploy/conflicts.js
/**
 * kluctl's automatic resolution of server-side apply conflicts: the "don't overwrite value,
 * give up management claim" method. For every field another manager owns (a 409's causes),
 * the field is dropped from the manifest, so the retried apply leaves the other manager's
 * value alone, and a warning says the field was lost; unless the field is force-applied
 * (annotations, conflictResolution rules, or a manager people use by hand: kubectl, kluctl,
 * rancher, k9s), or its conflict is ignored (dropped without a warning).
 */





/** Managers whose fields kluctl takes over: they are people editing by hand, not controllers. */
const OVERWRITE_ALLOWED = [
    /^kluctl$/,
    /^kluctl-.*$/,
    /^kubectl$/,
    /^kubectl-.*$/,
    /^rancher$/,
    /^k9s$/,
];
const FORCE_FIELD = /^kluctl\.io\/force-apply-field(-\d*)?$/;
const FORCE_MANAGER = /^kluctl\.io\/force-apply-manager(-\d*)?$/;
const IGNORE_FIELD = /^kluctl\.io\/ignore-conflicts-field(-\d*)?$/;
const IGNORE_MANAGER = /^kluctl\.io\/ignore-conflicts-manager(-\d*)?$/;
function regex(text, where) {
    try {
        return new RegExp(text);
    }
    catch (e) {
        throw new errors/* UserError */.yo(`${where}: invalid regular expression "${text}": ${e.message}`, {}, 'fix the regular expression');
    }
}
function path(text, where) {
    try {
        return (0,json_path/* parseJsonPath */.Hf)(text);
    }
    catch (e) {
        throw new errors/* UserError */.yo(`${where}: invalid JSON path "${text}": ${e.message}`, {}, 'use dotted keys, [N], ["key"] and * (e.g. webhooks[*].clientConfig.caBundle)');
    }
}
/** The project's conflictResolution rules, compiled once per deploy. */
function compileConflictRules(rules) {
    return rules.map((r) => {
        const where = 'conflictResolution rule';
        return {
            group: r.group,
            kind: r.kind,
            namespace: r.namespace,
            name: r.name,
            fieldPaths: (r.fieldPath ?? []).map((p) => path(p, where)),
            fieldPathRegexes: (r.fieldPathRegex ?? []).map((p) => regex(p, where)),
            managers: r.manager !== undefined ? [regex(r.manager, where)] : [],
            action: r.action,
        };
    });
}
/** The object's own rules; force-apply first, so its ignore annotations win (as in kluctl). */
function annotationRules(obj) {
    const annotations = (obj.metadata?.annotations ?? {});
    const values = (re) => Object.keys(annotations)
        .filter((k) => re.test(k) && typeof annotations[k] === 'string')
        .sort()
        .map((k) => ({ key: k, value: annotations[k] }));
    const where = (key) => `${(0,k8s/* refString */.nw)((0,k8s/* refOf */.H8)(obj))}: annotation ${key}`;
    const rule = (action, r) => ({
        fieldPaths: [],
        fieldPathRegexes: [],
        managers: [],
        action,
        ...r,
    });
    const out = [];
    for (const action of ['force-apply', 'ignore']) {
        const force = action === 'force-apply';
        if ((0,k8s/* annotationTrue */.YT)(obj, force ? 'kluctl.io/force-apply' : 'kluctl.io/ignore-conflicts'))
            out.push(rule(action, { all: true }));
        for (const { key, value } of values(force ? FORCE_MANAGER : IGNORE_MANAGER))
            out.push(rule(action, { managers: [regex(value, where(key))] }));
        for (const { key, value } of values(force ? FORCE_FIELD : IGNORE_FIELD))
            out.push(rule(action, { fieldPaths: [path(value, where(key))] }));
    }
    return out;
}
function pathMatches(pattern, keys) {
    return (pattern.length === keys.length &&
        pattern.every((seg, i) => seg === json_path/* WILDCARD */.bs || String(seg) === String(keys[i])));
}
/** The last rule that matches a field decides (kluctl's order). */
function actionFor(rules, obj, keyPaths, managers) {
    const ref = (0,k8s/* refOf */.H8)(obj);
    let action;
    for (const r of rules) {
        if (r.group !== undefined && r.group !== ref.group)
            continue;
        if (r.kind !== undefined && r.kind !== ref.kind)
            continue;
        if (r.namespace !== undefined && r.namespace !== ref.namespace)
            continue;
        if (r.name !== undefined && r.name !== ref.name)
            continue;
        const hit = r.all ||
            keyPaths.some((kp) => r.fieldPaths.some((p) => pathMatches(p, kp)) ||
                r.fieldPathRegexes.some((re) => re.test((0,json_path/* formatJsonPath */.pB)(kp)))) ||
            r.managers.some((re) => managers.some((m) => re.test(m)));
        if (hit)
            action = r.action;
    }
    return action;
}
function deleteAt(obj, keys) {
    const parent = valueAt(obj, keys.slice(0, -1));
    const last = keys[keys.length - 1];
    if (Array.isArray(parent) && typeof last === 'number')
        parent.splice(last, 1);
    else if (parent && typeof parent === 'object')
        delete parent[last];
}
/**
 * Resolves the conflicts of a failed apply of `manifest` against `live` (the object on the
 * server, with its managedFields). Throws a UserError when a conflict cannot be mapped to a
 * field (the caller reports it for this object).
 */
function resolveConflicts(manifest, live, conflicts, projectRules) {
    const owners = ownersByField(live);
    const rules = [...projectRules, ...annotationRules(manifest)];
    const out = structuredClone(manifest);
    const drop = [];
    const lost = [];
    const label = (0,k8s/* refString */.nw)((0,k8s/* refOf */.H8)(manifest));
    for (const c of conflicts) {
        const fail = (why) => {
            throw new errors/* UserError */.yo(`${label}: cannot resolve the conflict on ${c.field} with "${c.manager}": ${why}`, {}, 'force the apply (kluctl.io/force-apply-field annotation, a conflictResolution rule or --force-apply), or remove the field from the manifest');
        };
        const owned = owners.get(c.field);
        if (!owned)
            fail("the field is not in the object's managedFields");
        if (owned.paths.length !== 1)
            fail('the field path is ambiguous');
        const [p] = owned.paths;
        const localKeys = locatePath(manifest, p);
        if (!localKeys)
            fail('the manifest does not have the field');
        const remoteKeys = locatePath(live, p) ?? fail('the object on the server does not have the field');
        const action = actionFor(rules, manifest, [localKeys, remoteKeys], owned.managers);
        const ignore = action === 'ignore';
        const overwrite = !ignore &&
            (action === 'force-apply' ||
                owned.managers.some((m) => OVERWRITE_ALLOWED.some((re) => re.test(m))));
        if (overwrite)
            continue;
        drop.push(localKeys);
        if (!ignore && !(0,values/* jsonEqual */.Zm)(valueAt(manifest, localKeys), valueAt(live, remoteKeys)))
            lost.push({ field: c.field, manager: c.manager, message: c.message });
    }
    // Deepest and last first, so removing list elements does not shift paths still to remove.
    drop.sort((a, b) => {
        for (let i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] === b[i])
                continue;
            return typeof a[i] === 'number' && typeof b[i] === 'number'
                ? b[i] - a[i]
                : String(b[i]).localeCompare(String(a[i]));
        }
        return b.length - a.length;
    });
    for (const keys of drop)
        deleteAt(out, keys);
    return { manifest: out, lost };
}

// EXTERNAL MODULE: ./lib/deploy/duration.js
var duration = __webpack_require__(12659);
// EXTERNAL MODULE: ./lib/helm/hooks.js
var hooks = __webpack_require__(40596);
;// CONCATENATED MODULE: ./lib/deploy/hooks.js
/**
 * Hooks (docs/kluctl/deployments/hooks.md): objects annotated `kluctl.io/hook` are not applied
 * with their item's other objects but before or after them, on the item's initial deployment
 * (none of its objects exists yet) or on upgrades, in `kluctl.io/hook-weight` order, deleted
 * according to `kluctl.io/hook-delete-policy`, and waited for unless `kluctl.io/hook-wait` is
 * false. Helm's hook annotations map onto them as kluctl maps them.
 */



const HOOK_TYPES = [
    'pre-deploy',
    'post-deploy',
    'pre-deploy-initial',
    'post-deploy-initial',
    'pre-deploy-upgrade',
    'post-deploy-upgrade',
];
const DELETE_POLICIES = ['before-hook-creation', 'hook-succeeded', 'hook-failed'];
// Delete and rollback hooks are not run; like kluctl, they are accepted without a warning.
const HELM_HOOKS = [
    ...Object.keys(hooks/* HELM_TO_KLUCTL_HOOK */.RZ),
    'pre-delete',
    'post-delete',
    'pre-rollback',
    'post-rollback',
];
const HELM_TO_KLUCTL = {
    ...hooks/* HELM_TO_KLUCTL_HOOK */.RZ,
    // Hooks of types that never run: such an object is not deployed at all.
    'pre-delete': 'pre-delete',
    'post-delete': 'post-delete',
};
const set = (obj, name) => new Set(((0,k8s/* getAnnotation */.gw)(obj, name) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean));
/** The object's hook, or undefined when it is not one; problems with its annotations are reported. */
function hookOf(obj, problems) {
    if ((0,k8s/* annotationTrue */.YT)(obj, 'kluctl.io/delete'))
        return undefined;
    const types = set(obj, 'kluctl.io/hook');
    for (const t of types)
        if (!HOOK_TYPES.includes(t))
            problems.errors.push(`unsupported kluctl.io/hook '${t}' (supported: ${HOOK_TYPES.join(', ')})`);
    for (const h of set(obj, 'helm.sh/hook')) {
        if (!HELM_HOOKS.includes(h))
            problems.warnings.push(`unsupported helm.sh/hook '${h}'`);
        if (HELM_TO_KLUCTL[h])
            types.add(HELM_TO_KLUCTL[h]);
    }
    const weightText = (0,k8s/* getAnnotation */.gw)(obj, 'kluctl.io/hook-weight') ?? (0,k8s/* getAnnotation */.gw)(obj, 'helm.sh/hook-weight') ?? '0';
    let weight = Number(weightText.trim());
    if (!/^[+-]?\d+$/.test(weightText.trim())) {
        problems.errors.push(`failed to parse hook weight "${weightText}": not an integer`);
        weight = 0;
    }
    const deletePolicies = set(obj, 'kluctl.io/hook-delete-policy');
    for (const p of set(obj, 'helm.sh/hook-delete-policy'))
        deletePolicies.add(p);
    if (deletePolicies.size === 0)
        deletePolicies.add('before-hook-creation');
    for (const p of deletePolicies)
        if (!DELETE_POLICIES.includes(p))
            problems.errors.push(`unsupported kluctl.io/hook-delete-policy '${p}' (supported: ${DELETE_POLICIES.join(', ')})`);
    const waitText = (0,k8s/* getAnnotation */.gw)(obj, 'kluctl.io/hook-wait');
    let wait = true;
    if (waitText !== undefined) {
        const v = waitText.trim().toLowerCase();
        if (['true', '1', 't', 'yes'].includes(v))
            wait = true;
        else if (['false', '0', 'f', 'no'].includes(v))
            wait = false;
        else
            problems.errors.push(`kluctl.io/hook-wait must be true or false, got "${waitText}"`);
    }
    let timeoutMs;
    const timeoutText = (0,k8s/* getAnnotation */.gw)(obj, 'kluctl.io/hook-timeout');
    if (timeoutText !== undefined) {
        timeoutMs = (0,duration/* parseDuration */.E)(timeoutText);
        if (timeoutMs === undefined)
            problems.errors.push(`failed to parse kluctl.io/hook-timeout "${timeoutText}" (use 30s, 5m, 1h)`);
    }
    if (types.size === 0)
        return undefined;
    return { object: obj, types, weight, deletePolicies, wait, timeoutMs };
}
/** The hooks of `types` among `hooks`, in weight order (stable). */
function hooksFor(hooks, types) {
    return hooks.filter((h) => types.some((t) => h.types.has(t))).sort((a, b) => a.weight - b.weight);
}
/** Whether the hook stays on the cluster after a successful run (validate checks those). */
const isPersistentHook = (h) => [...h.deletePolicies].every((p) => p === 'before-hook-creation' || p === 'hook-failed');

// EXTERNAL MODULE: ./lib/render/inclusion.js
var render_inclusion = __webpack_require__(11590);
;// CONCATENATED MODULE: ./lib/deploy/orphans.js



/** Resource names, API groups or kinds, in the order kluctl deletes them; `null`: the rest. */
const DELETE_ORDER = [
    ['Namespace'],
    [
        'monitoring.coreos.com',
        'kafka.strimzi.io',
        'zookeeper.pravega.io',
        'elasticsearch.k8s.elastic.co',
        'cert-manager.io',
        'bitnami.com',
        'acid.zalan.do',
    ],
    ['Deployment', 'StatefulSet', 'DaemonSet', 'Service', 'Ingress'],
    null,
];
function isSkipDelete(obj) {
    return ((0,k8s/* annotationTrue */.YT)(obj, 'kluctl.io/skip-delete') ||
        (0,k8s/* getAnnotation */.gw)(obj, 'helm.sh/resource-policy') === 'keep');
}
function isManagedByKluctl(obj) {
    if ((0,k8s/* annotationTrue */.YT)(obj, 'kluctl.io/force-managed'))
        return true;
    const owners = obj.metadata?.ownerReferences;
    if (Array.isArray(owners) && owners.length)
        return false;
    return managedFieldsOf(obj).some((m) => m.manager === 'kluctl');
}
/** Tags (labels kluctl.io/tag-N) and item directory of an object on the cluster. */
function inclusionEntries(obj) {
    const labels = (obj.metadata?.labels ?? {});
    const tags = Object.keys(labels)
        .filter((k) => /^kluctl\.io\/tag-\d+$/.test(k) && typeof labels[k] === 'string')
        .map((k) => labels[k]);
    return { tags, dir: (0,k8s/* getAnnotation */.gw)(obj, 'kluctl.io/deployment-item-dir') };
}
/** The objects to delete, in deletion order. */
async function objectsForDelete(cluster, onCluster, selection) {
    const inclusion = new render_inclusion/* Inclusion */.v(selection.inclusion);
    const tagsSelect = (selection.inclusion.includeTags?.length ?? 0) +
        (selection.inclusion.excludeTags?.length ?? 0) >
        0;
    const excluded = new Set((selection.exclude ?? []).map(k8s/* refKey */.XF));
    const resources = (await cluster.discovery.resources()).filter((r) => r.preferred);
    const candidates = onCluster.filter((o) => {
        const { tags, dir } = inclusionEntries(o);
        if (!inclusion.matches(tags, dir))
            return false;
        if (isSkipDelete(o) || !isManagedByKluctl(o))
            return false;
        if (excluded.has((0,k8s/* refKey */.XF)((0,k8s/* refOf */.H8)(o))))
            return false;
        if (tagsSelect && (0,k8s/* annotationTrue */.YT)(o, 'kluctl.io/skip-delete-if-tags'))
            return false;
        return true;
    });
    const out = [];
    const taken = new Set();
    for (const filter of DELETE_ORDER) {
        const matches = (r) => filter === null || filter.some((f) => r.resource === f || r.group === f || r.kind === f);
        const kinds = new Set(resources.filter(matches).map((r) => `${r.group}/${r.kind}`));
        for (const o of candidates) {
            const ref = (0,k8s/* refOf */.H8)(o);
            const key = (0,k8s/* refKey */.XF)(ref);
            if (taken.has(key) || !kinds.has(`${ref.group}/${ref.kind}`))
                continue;
            taken.add(key);
            out.push(o);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./lib/helm/template.js + 1 modules
var template = __webpack_require__(70213);
;// CONCATENATED MODULE: ./lib/deploy/prepare.js



/** group/Kind → namespaced, from the CustomResourceDefinitions among the rendered objects. */
function scopesFromCrds(objects) {
    const out = new Map();
    for (const o of objects) {
        const ref = (0,k8s/* refOf */.H8)(o);
        if (ref.group !== 'apiextensions.k8s.io' || ref.kind !== 'CustomResourceDefinition')
            continue;
        const spec = o.spec;
        if (spec?.scope && spec.group && spec.names?.kind)
            out.set(`${spec.group}/${spec.names.kind}`, spec.scope === 'Namespaced');
    }
    return out;
}
/** Sets or removes metadata.namespace as the kind's scope requires (in place). */
async function fixNamespaces(cluster, objects) {
    const fromCrds = scopesFromCrds(objects);
    const known = new Map();
    for (const o of objects) {
        const ref = (0,k8s/* refOf */.H8)(o);
        const md = (o.metadata ??= {});
        let def = 'default';
        const annotations = md.annotations;
        if (annotations && typeof annotations[template/* INSTALL_NAMESPACE_ANNOTATION */.OG] === 'string') {
            def = annotations[template/* INSTALL_NAMESPACE_ANNOTATION */.OG];
            delete annotations[template/* INSTALL_NAMESPACE_ANNOTATION */.OG];
        }
        const typeKey = `${ref.group}/${ref.kind}`;
        let namespaced = fromCrds.get(typeKey);
        if (namespaced === undefined) {
            const vk = `${String(o.apiVersion)}/${ref.kind}`;
            if (!known.has(vk)) {
                const info = await cluster.discovery
                    .find(String(o.apiVersion ?? ''), ref.kind)
                    .catch(() => undefined);
                known.set(vk, info?.namespaced);
            }
            namespaced = known.get(vk);
        }
        if (namespaced === undefined)
            continue;
        if (!namespaced && md.namespace)
            delete md.namespace;
        else if (namespaced && !md.namespace)
            md.namespace = def;
    }
}
const at = (o, ...keys) => keys.reduce((cur, k) => ((0,values/* isMap */.jh)(cur) ? cur[k] : undefined), o);
function fixPorts(ports) {
    if (!Array.isArray(ports))
        return;
    for (const p of ports)
        if ((0,values/* isMap */.jh)(p) && !Object.hasOwn(p, 'protocol'))
            p.protocol = 'TCP';
}
function cpuAsString(resources) {
    if (!(0,values/* isMap */.jh)(resources))
        return;
    if (Object.hasOwn(resources, 'cpu') &&
        typeof resources.cpu !== 'string' &&
        resources.cpu !== null)
        resources.cpu = String(resources.cpu);
}
/**
 * A copy with the fields kluctl fills in before every apply: `protocol: TCP` on ports of pod
 * templates and of Services, and CPU quantities of pod templates and LimitRanges as strings.
 */
function fixForPatch(obj) {
    const o = structuredClone(obj);
    const containers = at(o, 'spec', 'template', 'spec', 'containers');
    if (Array.isArray(containers)) {
        for (const c of containers) {
            fixPorts(at(c, 'ports'));
            cpuAsString(at(c, 'resources', 'limits'));
            cpuAsString(at(c, 'resources', 'requests'));
        }
    }
    fixPorts(at(o, 'spec', 'ports'));
    const limits = at(o, 'spec', 'limits');
    if (Array.isArray(limits))
        for (const l of limits) {
            cpuAsString(l.default);
            cpuAsString(l.defaultRequest);
        }
    return o;
}

;// CONCATENATED MODULE: ./lib/deploy/readiness.js
/**
 * Readiness of an object on the cluster, per kind as kluctl defines it
 * (docs/kluctl/deployments/readiness.md and kluctl's validation), with `kluctl.io/is-ready`
 * and `kluctl.io/validate-ignore` overrides. Used by waits (deploy, hooks) and by validate.
 */

const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Stops the kind-specific checks once a needed field is missing (kluctl's raise). */
class Stop extends Error {
}
function readinessOf(obj, ctx = {}) {
    const r = { ready: true, errors: [], notReady: [], warnings: [], results: [] };
    if ((0,k8s/* annotationTrue */.YT)(obj, 'kluctl.io/validate-ignore'))
        return r;
    const annotations = (obj.metadata?.annotations ?? {});
    for (const key of Object.keys(annotations).sort())
        if (key.startsWith('validate-result.kluctl.io/') && typeof annotations[key] === 'string')
            r.results.push({ annotation: key, message: annotations[key] });
    const notReady = (why) => {
        r.ready = false;
        r.notReady.push(why);
    };
    const error = (why) => {
        r.ready = false;
        r.errors.push(why);
    };
    const isReady = (0,k8s/* getAnnotation */.gw)(obj, 'kluctl.io/is-ready');
    if (isReady !== undefined) {
        if (!['true', '1', 'yes'].includes(isReady.toLowerCase()))
            notReady('kluctl.io/is-ready annotation is set to false');
        return r;
    }
    const status = obj.status;
    if (!isObj(status)) {
        if (ctx.statusRequired === false)
            return r;
        if (ctx.statusRequired === undefined) {
            r.warnings.push('cannot tell whether a status is expected for this kind');
            return r;
        }
        // Operators that declare a status but never write one (kluctl's 15 s allowance).
        const created = Date.parse(String(obj.metadata?.creationTimestamp ?? ''));
        if ((0,k8s/* refOf */.H8)(obj).group !== '' && !BUILT_IN_GROUPS.has((0,k8s/* refOf */.H8)(obj).group))
            if (Number.isFinite(created) && (ctx.now ?? Date.now()) - created > 15_000)
                return r;
        notReady('no status available yet');
        return r;
    }
    const conditions = (type) => Array.isArray(status.conditions)
        ? status.conditions.filter((c) => isObj(c) && c.type === type)
        : [];
    const condition = (type, missing, stop = false) => {
        const found = conditions(type);
        if (found.length === 0) {
            missing?.(`${type} condition not in status`);
            if (stop)
                throw new Stop();
            return {};
        }
        if (found.length > 1)
            error(`${type} condition found more than once`);
        return found[0];
    };
    const int = (field) => {
        const v = status[field];
        if (typeof v !== 'number') {
            notReady(`${field} field not in status or empty`);
            throw new Stop();
        }
        return v;
    };
    const spec = (isObj(obj.spec) ? obj.spec : {});
    const nested = (o, ...keys) => keys.reduce((cur, k) => (isObj(cur) ? cur[k] : undefined), o);
    const generation = obj.metadata?.generation;
    if (typeof status.observedGeneration === 'number' && status.observedGeneration !== generation) {
        notReady('waiting for reconciliation (status.observedGeneration is behind)');
        return r;
    }
    const { group, kind } = (0,k8s/* refOf */.H8)(obj);
    try {
        switch (`${group}/${kind}`) {
            case '/Pod': {
                for (const cs of Array.isArray(status.containerStatuses) ? status.containerStatuses : [])
                    if (nested(cs, 'state', 'terminated', 'reason') === 'Error')
                        error(`container ${String(nested(cs, 'name'))} exited with error`);
                const c = condition('Ready', notReady);
                if (c.status === 'False' && c.reason === 'PodCompleted')
                    break;
                notReady('not ready');
                break;
            }
            case 'batch/Job': {
                const failed = condition('Failed');
                if (failed.status === 'True')
                    error(failed.message || 'Failed');
                else {
                    const complete = condition('Complete');
                    if (complete.status !== 'True')
                        notReady(complete.message || 'not completed');
                }
                break;
            }
            case 'apps/Deployment': {
                const replicas = spec.replicas;
                if (typeof replicas === 'number' && replicas !== 0) {
                    const ready = int('readyReplicas');
                    const want = int('replicas');
                    if (ready < want)
                        notReady(`readyReplicas (${ready}) is less than replicas (${want})`);
                }
                break;
            }
            case '/PersistentVolumeClaim':
                if (status.phase === undefined) {
                    notReady('phase field not in status or empty');
                    break;
                }
                if (status.phase !== 'Bound')
                    notReady('volume is not bound');
                break;
            case '/Service': {
                const type = spec.type;
                if (type === 'ExternalName')
                    break;
                if (!spec.clusterIP)
                    error('Service does not have a cluster IP');
                else if (type === 'LoadBalancer') {
                    const externalIPs = spec.externalIPs;
                    const ingress = nested(status, 'loadBalancer', 'ingress');
                    if (!(Array.isArray(externalIPs) && externalIPs.length) &&
                        !(Array.isArray(ingress) && ingress.length))
                        notReady('the load balancer has no ingress yet');
                }
                break;
            }
            case 'apps/DaemonSet': {
                if (nested(spec, 'updateStrategy', 'type') !== 'RollingUpdate')
                    break;
                const updated = int('updatedNumberScheduled');
                const desired = int('desiredNumberScheduled');
                if (updated !== desired) {
                    notReady(`${updated} out of ${desired} expected pods have been scheduled`);
                    break;
                }
                const maxUnavailable = intOrPercent(nested(spec, 'updateStrategy', 'maxUnavailable') ?? 1, desired);
                const expected = desired - maxUnavailable;
                const numberReady = int('numberReady');
                if (numberReady < expected)
                    notReady(`${numberReady} out of ${expected} expected pods are ready`);
                break;
            }
            case 'apiextensions.k8s.io/CustomResourceDefinition': {
                if (condition('Established').status === 'True')
                    break;
                if (condition('NamesAccepted', notReady, true).status !== 'False')
                    notReady('the CRD is not established yet');
                break;
            }
            case 'apps/StatefulSet': {
                if (nested(spec, 'updateStrategy', 'type') !== 'RollingUpdate')
                    break;
                const partition = Number(nested(spec, 'updateStrategy', 'rollingUpdate', 'partition') ?? 0);
                const replicas = typeof spec.replicas === 'number' ? spec.replicas : 1;
                if (replicas === 0)
                    break;
                const updated = int('updatedReplicas');
                const expected = replicas - partition;
                if (updated !== expected) {
                    notReady(`${updated} out of ${expected} expected pods have been updated`);
                    break;
                }
                const ready = int('readyReplicas');
                if (ready !== replicas)
                    notReady(`${ready} out of ${replicas} expected pods are ready`);
                break;
            }
            case 'apiregistration.k8s.io/APIService': {
                const c = condition('Available', notReady, true);
                if (c.status !== 'True')
                    notReady(c.message || 'the API service is not available');
                break;
            }
            case 'cluster.x-k8s.io/MachineDeployment': {
                for (const type of ['Ready', 'Available']) {
                    const c = condition(type, notReady, true);
                    if (c.status !== 'True')
                        notReady(c.message || 'not ready');
                }
                const ready = int('readyReplicas');
                const want = int('replicas');
                if (ready < want)
                    notReady(`readyReplicas (${ready}) is less than replicas (${want})`);
                const unavailable = status.unavailableReplicas;
                if (typeof unavailable === 'number' && unavailable !== 0)
                    notReady(`unavailableReplicas (${unavailable}) != 0`);
                break;
            }
            default: {
                // Any other kind: a Ready condition, where the object has one, must be True.
                const ready = conditions('Ready');
                if (ready.length === 1 && ready[0].status !== 'True')
                    notReady(ready[0].message || `Ready condition is ${ready[0].status ?? 'unset'}`);
            }
        }
    }
    catch (e) {
        if (!(e instanceof Stop))
            throw e;
    }
    return r;
}
/** API groups of Kubernetes itself: their status fields are filled in by the control plane. */
const BUILT_IN_GROUPS = new Set([
    'apps',
    'batch',
    'autoscaling',
    'policy',
    'networking.k8s.io',
    'storage.k8s.io',
    'apiextensions.k8s.io',
    'apiregistration.k8s.io',
    'certificates.k8s.io',
    'coordination.k8s.io',
    'discovery.k8s.io',
    'flowcontrol.apiserver.k8s.io',
    'admissionregistration.k8s.io',
    'resource.k8s.io',
]);
function intOrPercent(v, total) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'string') {
        const n = Number.parseInt(v.replace('%', ''), 10);
        if (Number.isNaN(n))
            return total;
        return v.includes('%') ? Math.floor((n * total) / 100) : n;
    }
    return total;
}
/** One line for progress and errors: the first reason it is not ready. */
function notReadyReason(r) {
    return r.errors[0] ?? r.notReady[0] ?? 'not ready';
}

;// CONCATENATED MODULE: ./lib/deploy/engine.js
/**
 * Deploying the rendered items to a cluster as kluctl does: items in parallel (at most
 * `itemParallelism` at once), a barrier waiting for everything before it, and per item: its
 * deletions (`deleteObjects`, `kluctl.io/delete`), its pre-deploy hooks, its objects by
 * server-side apply (field manager `kluctl`, conflicts resolved as kluctl resolves them),
 * readiness waits, its post-deploy hooks. Namespaces and CustomResourceDefinitions go first,
 * before any item, so objects in other items that need them find them. Every failure is
 * recorded for its object and the rest goes on, unless `abortOnError`.
 *
 * An object whose last apply by `kluctl` owns exactly its fields, all with the rendered
 * values, is not sent again: the apply would change nothing (managed-fields.ts).
 */











const DEFAULT_ENGINE_OPTIONS = {
    dryRun: false,
    forceApply: false,
    replaceOnError: false,
    forceReplaceOnError: false,
    abortOnError: false,
    noWait: false,
    readinessTimeoutMs: 5 * 60_000,
    itemParallelism: 8,
    objectParallelism: 4,
    log: () => { },
};
function itemType(item) {
    if (item.dir !== undefined)
        return 'path';
    if (item.deleteObjects.length)
        return 'deleteObjects';
    if (item.waitReadinessObjects.length)
        return 'waitReadinessObjects';
    return 'barrier';
}
/** How an item is named in logs and reports: its directory, or what it does. */
function itemLabel(item) {
    if (item.dir !== undefined)
        return item.dir;
    const type = itemType(item);
    return type === 'path'
        ? '.'
        : `<${type === 'deleteObjects' ? 'delete' : type === 'waitReadinessObjects' ? 'wait' : 'barrier'}>`;
}
const CRD = { group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition' };
const isCrd = (ref) => ref.group === CRD.group && ref.kind === CRD.kind;
const isNamespace = (ref) => ref.group === '' && ref.kind === 'Namespace';
/** The message of an error for a report: its text and hint, on one line. */
function errorText(e) {
    if (e instanceof errors/* UserError */.yo)
        return `${e.message}${e.hint ? ` (${e.hint})` : ''}`;
    return (0,errors/* formatError */.Wk)(e);
}
/** Replaces every occurrence of `from` (as a whole string value or key) in `v` by `to`. */
function renameDeep(v, from, to) {
    if (typeof v === 'string')
        return v === from ? to : v;
    if (Array.isArray(v))
        return v.map((x) => renameDeep(x, from, to));
    if (v && typeof v === 'object')
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k === from ? to : k, renameDeep(x, from, to)]));
    return v;
}
const randomSuffix = () => Math.random().toString(36).slice(2, 10);
class Engine {
    cluster;
    remote;
    messages;
    opts;
    conflictRules;
    /** Every rendered object this command dealt with, in the order they were met. */
    records = [];
    byKey = new Map();
    /** Objects deleted by deleteObjects, `kluctl.io/delete` and forced replaces (hooks not included). */
    deleted = new Map();
    items = [];
    aborted = false;
    /** Namespaces applied by this command (a dry run pretends objects in them can be applied). */
    appliedNamespaces = new Set();
    /** `group/Kind` of the CustomResourceDefinitions applied by this command. */
    appliedKinds = new Set();
    constructor(cluster, remote, messages, opts, conflictRules) {
        this.cluster = cluster;
        this.remote = remote;
        this.messages = messages;
        this.opts = opts;
        this.conflictRules = conflictRules;
    }
    get wasAborted() {
        return this.aborted;
    }
    fail(ref, message, item) {
        this.messages.error(ref, message, item);
        if (this.opts.abortOnError)
            this.aborted = true;
    }
    record(obj, item, hook) {
        const ref = (0,k8s/* refOf */.H8)(obj);
        const key = (0,k8s/* refKey */.XF)(ref);
        const rec = { ref, key, item, hook, rendered: obj, status: 'not-applied' };
        this.records.push(rec);
        this.byKey.set(key, rec);
        return rec;
    }
    /** Deploys the items; what happened is in records, deleted, items and the messages. */
    async run(items) {
        const plans = new Map();
        for (const item of items.filter((i) => !i.onlyRender)) {
            const label = itemLabel(item);
            const plan = { label, hooks: new Map(), records: new Map() };
            // Every object gets its record first, so objects never reached show as not applied.
            for (const obj of item.objects) {
                const found = { errors: [], warnings: [] };
                const hook = hookOf(obj, found);
                for (const e of found.errors)
                    this.fail((0,k8s/* refOf */.H8)(obj), e, label);
                for (const w of found.warnings)
                    this.messages.warning((0,k8s/* refOf */.H8)(obj), w, label);
                if (hook)
                    plan.hooks.set(obj, hook);
                else if (!(0,k8s/* annotationTrue */.YT)(obj, 'kluctl.io/delete'))
                    plan.records.set(obj, this.record(obj, label, false));
            }
            plans.set(item, plan);
        }
        await this.applyNamespacesAndCrds([...plans.values()]);
        const itemLimit = (0,p_limit/* default */.A)(Math.max(1, this.opts.itemParallelism));
        const running = [];
        for (const [item, plan] of plans) {
            const slot = this.items.length;
            this.items.push(this.itemResult(item, plan, 'not-run', 0));
            running.push(itemLimit(() => this.runItem(item, plan, slot)));
            if (item.barrier) {
                if (item.message)
                    this.opts.log(`waiting on barrier: ${item.message}`);
                await Promise.all(running);
            }
        }
        await Promise.all(running);
    }
    itemResult(item, plan, status, durationMs) {
        const mine = [...plan.records.values()];
        const hooks = this.records.filter((r) => r.hook && r.item === plan.label);
        return {
            ...(item.dir !== undefined ? { dir: item.dir } : {}),
            type: itemType(item),
            tags: item.tags,
            status,
            objects: item.objects.length,
            applied: mine.filter((r) => r.status === 'applied').length,
            unchanged: mine.filter((r) => r.status === 'unchanged').length,
            failed: [...mine, ...hooks].filter((r) => r.status === 'failed').length,
            hooks: hooks.filter((r) => r.status === 'applied').length,
            deleted: [...this.deleted.values()].filter((d) => d.item === plan.label).length,
            durationMs,
        };
    }
    /**
     * Namespaces and CustomResourceDefinitions of every item, before any item: objects in
     * parallel items (or in hooks) may need them. A CRD's kinds become usable once it is
     * established, which is waited for (also with noWait: the objects need it).
     */
    async applyNamespacesAndCrds(plans) {
        const first = new Map();
        for (const plan of plans)
            for (const rec of plan.records.values())
                if (isNamespace(rec.ref) || isCrd(rec.ref))
                    first.set(rec.key, rec);
        if (!first.size)
            return;
        this.opts.log(`applying ${first.size} namespace(s) and CustomResourceDefinition(s) first`);
        const limit = (0,p_limit/* default */.A)(16);
        const apply = (recs) => Promise.all(recs.map((r) => limit(() => (this.aborted ? false : this.applyObject(r, false, false)))));
        await apply([...first.values()].filter((r) => isNamespace(r.ref)));
        await apply([...first.values()].filter((r) => isCrd(r.ref)));
        const crds = [...first.values()].filter((r) => isCrd(r.ref) && r.status === 'applied');
        if (!crds.length || this.opts.dryRun)
            return;
        await Promise.all(crds.map((r) => this.waitReady(r.ref, this.opts.readinessTimeoutMs, r.item)));
        await this.cluster.discovery.refresh();
    }
    /** kluctl's order within an item: deletions, pre hooks, objects, readiness waits, post hooks. */
    async runItem(item, plan, slot) {
        const { label } = plan;
        const started = Date.now();
        if (this.aborted) {
            this.items[slot] = this.itemResult(item, plan, 'aborted', 0);
            return;
        }
        const toDelete = new Map();
        for (const sel of item.deleteObjects)
            for (const ref of await this.refsFor(sel, 'delete', label))
                toDelete.set((0,k8s/* refKey */.XF)(ref), ref);
        for (const obj of item.objects)
            if ((0,k8s/* annotationTrue */.YT)(obj, 'kluctl.io/delete'))
                toDelete.set((0,k8s/* refKey */.XF)((0,k8s/* refOf */.H8)(obj)), (0,k8s/* refOf */.H8)(obj));
        const hooks = [...plan.hooks.values()];
        const initial = !item.objects.some((o) => this.remote.has((0,k8s/* refOf */.H8)(o)));
        const pre = hooksFor(hooks, initial ? ['pre-deploy-initial', 'pre-deploy'] : ['pre-deploy-upgrade', 'pre-deploy']);
        const post = hooksFor(hooks, initial ? ['post-deploy-initial', 'post-deploy'] : ['post-deploy-upgrade', 'post-deploy']);
        if (toDelete.size) {
            this.opts.log(`${label}: deleting ${toDelete.size} object(s)`);
            for (const ref of toDelete.values())
                await this.deleteObject(ref, false, label);
        }
        await this.runHooks(pre, label);
        const toApply = [...plan.records.values()].filter((r) => r.status === 'not-applied');
        if (toApply.length) {
            const limit = (0,p_limit/* default */.A)(Math.max(1, this.opts.objectParallelism));
            await Promise.all(toApply.map((r) => limit(() => (this.aborted ? false : this.applyObject(r, false, false)))));
        }
        const toWait = new Map();
        for (const sel of item.waitReadinessObjects)
            for (const ref of await this.refsFor(sel, 'wait for', label))
                toWait.set((0,k8s/* refKey */.XF)(ref), ref);
        for (const [obj, rec] of plan.records)
            if ((item.waitReadiness || (0,k8s/* annotationTrue */.YT)(obj, 'kluctl.io/wait-readiness')) &&
                (rec.status === 'applied' || rec.status === 'unchanged'))
                toWait.set(rec.key, rec.ref);
        if (!this.opts.noWait)
            for (const ref of toWait.values()) {
                if (this.aborted)
                    break;
                await this.waitReady(ref, this.opts.readinessTimeoutMs, label);
            }
        if (!this.aborted)
            await this.runHooks(post, label);
        const failed = this.messages.errors.some((e) => e.item === label);
        const status = failed ? 'failed' : this.aborted ? 'aborted' : 'done';
        const result = this.itemResult(item, plan, status, Date.now() - started);
        this.items[slot] = result;
        if (item.dir !== undefined || result.deleted || toWait.size)
            this.opts.log(`${label}: ${result.applied} applied, ${result.unchanged} unchanged${result.hooks ? `, ${result.hooks} hook(s)` : ''}${result.deleted ? `, ${result.deleted} deleted` : ''}${result.failed ? `, ${result.failed} failed` : ''} (${(0,duration/* formatDuration */.a)(result.durationMs)})`);
    }
    /** The objects a deleteObjects / waitReadinessObjects entry names: every kind matching its group and kind. */
    async refsFor(sel, what, item) {
        let resources;
        try {
            resources = (await this.cluster.discovery.resources()).filter((r) => r.preferred &&
                (sel.group === undefined || r.group === sel.group) &&
                (sel.kind === undefined || r.kind === sel.kind));
        }
        catch (e) {
            this.fail(undefined, errorText(e), item);
            return [];
        }
        const name = `${sel.namespace ? `${sel.namespace}/` : ''}${sel.name ?? ''}`;
        if (!resources.length) {
            this.fail(undefined, `cannot ${what} ${name}: the cluster serves no kind matching ${[sel.group !== undefined && `group "${sel.group}"`, sel.kind && `kind "${sel.kind}"`].filter(Boolean).join(' and ') || 'the entry'}`, item);
            return [];
        }
        return resources.map((r) => ({
            group: r.group,
            version: r.version,
            kind: r.kind,
            namespace: r.namespaced ? (sel.namespace ?? 'default') : '',
            name: sel.name ?? '',
        }));
    }
    async runHooks(hooks, item) {
        if (!hooks.length || this.aborted)
            return;
        const before = hooks.filter((h) => h.deletePolicies.has('before-hook-creation'));
        if (before.length)
            this.opts.log(`${item}: deleting ${before.length} hook(s) before running them`);
        for (const h of before)
            await this.deleteObject((0,k8s/* refOf */.H8)(h.object), true, item);
        this.opts.log(`${item}: applying ${hooks.length} hook(s)`);
        const outcome = new Map();
        for (const h of hooks) {
            if (this.aborted)
                return;
            const rec = this.record(h.object, item, true);
            const ok = await this.applyObject(rec, true, h.deletePolicies.has('before-hook-creation'));
            if (!ok || !h.wait || this.opts.noWait)
                continue;
            outcome.set(h, await this.waitReady(rec.ref, h.timeoutMs ?? this.opts.readinessTimeoutMs, item));
        }
        const after = [...hooks].reverse().filter((h) => {
            const ready = outcome.get(h);
            if (ready === undefined)
                return false;
            return ready ? h.deletePolicies.has('hook-succeeded') : h.deletePolicies.has('hook-failed');
        });
        if (after.length)
            this.opts.log(`${item}: deleting ${after.length} hook(s) after running them`);
        for (const h of after)
            await this.deleteObject((0,k8s/* refOf */.H8)(h.object), true, item);
    }
    /** Applies one object; false when it failed (the error is recorded). */
    async applyObject(rec, hook, replaced) {
        const { ref } = rec;
        const manifest = fixForPatch(rec.rendered);
        const live = this.remote.get(ref);
        if (!hook && applyChangesNothing(manifest, live)) {
            rec.applied = live;
            rec.status = 'unchanged';
            return true;
        }
        const warnings = [];
        try {
            const result = await this.sendApply(manifest, ref, replaced && !!live, warnings);
            return this.applied(rec, result);
        }
        catch (e) {
            if (e instanceof lib_cluster/* UnknownKindError */.r_ && this.appliedKinds.has(`${ref.group}/${ref.kind}`)) {
                if (this.opts.dryRun) {
                    this.messages.warning(ref, 'its CustomResourceDefinition is only applied in this dry run, so the object could not be tried; it is not certain that it will apply', rec.item);
                    return this.applied(rec, manifest);
                }
                try {
                    await this.cluster.discovery.refresh();
                    return this.applied(rec, await this.cluster.apply(manifest, { warnings }));
                }
                catch (e2) {
                    return this.failed(rec, e2);
                }
            }
            if (e instanceof lib_cluster/* ApplyConflictError */.b1)
                return this.retryWithConflicts(rec, manifest, e, warnings);
            if (e instanceof lib_cluster/* KubeApiError */.W3)
                return this.retryWithReplace(rec, manifest, live, e, warnings);
            return this.failed(rec, e);
        }
        finally {
            for (const w of warnings)
                this.messages.warning(ref, w, rec.item);
        }
    }
    /**
     * The apply itself. A dry run cannot apply into a namespace that this run only pretended to
     * create, nor re-create an object it only pretended to delete: it applies a copy under a
     * temporary name (in `default`) and names the answer back, as kluctl does.
     */
    async sendApply(manifest, ref, recreated, warnings, force = false) {
        const dryRun = this.opts.dryRun;
        const nsPretended = dryRun &&
            ref.namespace !== '' &&
            this.remote.namespaces !== undefined &&
            !this.remote.namespaces.has(ref.namespace) &&
            this.appliedNamespaces.has(ref.namespace);
        if (dryRun && (recreated || nsPretended)) {
            const tmp = `${ref.name}-${randomSuffix()}`.slice(0, 253);
            const copy = structuredClone(manifest);
            copy.metadata = {
                ...copy.metadata,
                name: tmp,
                ...(nsPretended ? { namespace: 'default' } : {}),
            };
            const result = await this.cluster.apply(copy, { dryRun, warnings, force });
            const back = renameDeep(result, tmp, ref.name);
            if (ref.namespace)
                back.metadata = { ...back.metadata, namespace: ref.namespace };
            return back;
        }
        return this.cluster.apply(manifest, { dryRun, warnings, force });
    }
    applied(rec, result) {
        rec.applied = result;
        rec.status = 'applied';
        if (isNamespace(rec.ref))
            this.appliedNamespaces.add(rec.ref.name);
        if (isCrd(rec.ref)) {
            const spec = result.spec;
            if (spec?.group && spec.names?.kind)
                this.appliedKinds.add(`${spec.group}/${spec.names.kind}`);
        }
        return true;
    }
    failed(rec, e) {
        rec.status = 'failed';
        this.fail(rec.ref, errorText(e), rec.item);
        return false;
    }
    /** kluctl's conflict resolution against the object as it is now, then a forced apply. */
    async retryWithConflicts(rec, manifest, conflict, warnings) {
        try {
            const live = await this.cluster.get(rec.ref);
            if (!live)
                return this.failed(rec, conflict);
            let resolved = manifest;
            if (!this.opts.forceApply) {
                const r = resolveConflicts(manifest, live, conflict.conflicts, this.conflictRules);
                resolved = r.manifest;
                for (const lost of r.lost)
                    this.messages.warning(rec.ref, `${lost.message}. Not updating field '${lost.field}' as we lost field ownership`, rec.item);
            }
            return this.applied(rec, await this.sendApply(resolved, rec.ref, false, warnings, true));
        }
        catch (e) {
            // Resolved or forced and still failing: better to stop here than to replace.
            return this.failed(rec, e);
        }
    }
    async retryWithReplace(rec, manifest, live, error, warnings) {
        const o = this.opts;
        if ((!o.replaceOnError && !o.forceReplaceOnError) || !live)
            return this.failed(rec, error);
        this.messages.warning(rec.ref, `applying failed (${error.message}); retrying with replace instead of apply`, rec.item);
        try {
            return this.applied(rec, await this.cluster.replace(manifest, { dryRun: o.dryRun, warnings }));
        }
        catch (e) {
            if (!o.forceReplaceOnError)
                return this.failed(rec, e);
            if (isSkipDelete(manifest) || isSkipDelete(live)) {
                this.messages.warning(rec.ref, 'skipped the forced replace: the object has kluctl.io/skip-delete', rec.item);
                return this.failed(rec, e);
            }
            this.messages.warning(rec.ref, `replacing failed (${errorText(e)}); retrying by deleting and re-creating the object`, rec.item);
            if (!(await this.deleteObject(rec.ref, rec.hook, rec.item))) {
                rec.status = 'failed';
                return false;
            }
            try {
                return this.applied(rec, await this.sendApply(manifest, rec.ref, true, warnings));
            }
            catch (e2) {
                return this.failed(rec, e2);
            }
        }
    }
    /** Records an object as deleted by other means (with its namespace). */
    markDeleted(ref, item) {
        this.deleted.set((0,k8s/* refKey */.XF)(ref), { ref, ...(item !== undefined ? { item } : {}) });
    }
    /** Deletes an object (waiting until it is gone unless noWait); false when there was nothing to delete or it failed. */
    async deleteObject(ref, hook, item) {
        const warnings = [];
        const key = (0,k8s/* refKey */.XF)(ref);
        try {
            const res = await this.cluster.delete(ref, { dryRun: this.opts.dryRun, warnings });
            if (res.outcome === 'not-found') {
                // A dry run pretends objects it applied exist, so deleting them must pretend too.
                if (!(this.opts.dryRun && this.byKey.get(key)?.applied && !this.remote.has(ref)))
                    return false;
            }
            else if (res.outcome === 'terminating' && !this.opts.dryRun && !this.opts.noWait) {
                await this.cluster.waitForDeletion(ref, { timeoutMs: this.opts.readinessTimeoutMs });
            }
            if (!hook)
                this.deleted.set(key, { ref, ...(item !== undefined ? { item } : {}) });
            return true;
        }
        catch (e) {
            if (e instanceof lib_cluster/* UnknownKindError */.r_)
                return false;
            this.fail(ref, errorText(e), item);
            return false;
        }
        finally {
            for (const w of warnings)
                this.messages.warning(ref, w, item);
        }
    }
    /**
     * Waits until the object is ready (readiness.ts), following a watch; logs what it waits for
     * and why it is not ready yet, again every 10 s. False (and an error) on failure, timeout,
     * or when the object disappears.
     */
    async waitReady(ref, timeoutMs, item) {
        if (this.opts.dryRun)
            return true;
        const label = (0,k8s/* refString */.nw)(ref);
        let statusRequired;
        try {
            const info = await this.cluster.discovery.resolve(ref.group ? `${ref.group}/${ref.version}` : ref.version, ref.kind);
            statusRequired = info.subresources.includes('status');
        }
        catch (e) {
            this.fail(ref, errorText(e), item);
            return false;
        }
        const started = Date.now();
        let last;
        let gone = false;
        let logged = false;
        const progress = setInterval(() => {
            if (last)
                this.opts.log(`still waiting for ${label} (${(0,duration/* formatDuration */.a)(Date.now() - started)}): ${notReadyReason(last)}`);
        }, 10_000);
        try {
            await this.cluster.waitFor(ref, (o) => {
                if (!o) {
                    gone = true;
                    return true;
                }
                last = readinessOf(o, { statusRequired });
                if (!last.ready && !logged && last.errors.length === 0) {
                    logged = true;
                    this.opts.log(`waiting for ${label} to become ready: ${notReadyReason(last)}`);
                }
                return last.ready || last.errors.length > 0;
            }, { timeoutMs, description: 'become ready' });
        }
        catch (e) {
            const why = last ? `: ${notReadyReason(last)}` : '';
            this.fail(ref, e instanceof errors/* UserError */.yo && /^timed out/.test(e.message)
                ? `timed out after ${(0,duration/* formatDuration */.a)(timeoutMs)} waiting for readiness${why}`
                : errorText(e), item);
            return false;
        }
        finally {
            clearInterval(progress);
        }
        if (gone) {
            this.fail(ref, 'disappeared while waiting for it to become ready', item);
            return false;
        }
        for (const w of last?.warnings ?? [])
            this.messages.warning(ref, w, item);
        if (last && last.errors.length) {
            for (const e of last.errors)
                this.fail(ref, e, item);
            return false;
        }
        if (logged)
            this.opts.log(`${label} is ready (${(0,duration/* formatDuration */.a)(Date.now() - started)})`);
        return true;
    }
}

;// CONCATENATED MODULE: ./lib/deploy/messages.js
/** Errors and warnings of a command, each about one object (or none), without duplicates. */

class Messages {
    log;
    errors = [];
    warnings = [];
    seen = new Set();
    constructor(log = () => { }) {
        this.log = log;
    }
    push(list, kind, ref, message, item) {
        const key = `${kind}\u0000${ref ? (0,k8s/* refKey */.XF)(ref) : ''}\u0000${message}`;
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        list.push({ ...(ref ? { ref } : {}), ...(item !== undefined ? { item } : {}), message });
        this.log(`${kind}: ${ref ? `${(0,k8s/* refString */.nw)(ref)}: ` : ''}${message}`);
    }
    error(ref, message, item) {
        this.push(this.errors, 'error', ref, message, item);
    }
    warning(ref, message, item) {
        this.push(this.warnings, 'warning', ref, message, item);
    }
    hasError(ref) {
        const k = (0,k8s/* refKey */.XF)(ref);
        return this.errors.some((e) => e.ref && (0,k8s/* refKey */.XF)(e.ref) === k);
    }
}

;// CONCATENATED MODULE: ./lib/deploy/remote.js
/**
 * What is on the cluster before a command changes anything: every object carrying the
 * target's discriminator label (one list per kind the cluster serves), and the rendered
 * objects that exist without it. Objects are keyed by group, kind, namespace and name, so a
 * rendered `apps/v1` Deployment finds its object whatever version it was listed in.
 */



const DISCRIMINATOR_LABEL = 'kluctl.io/discriminator';
const apiVersionOf = (info) => info.group ? `${info.group}/${info.version}` : info.version;
class RemoteObjects {
    byKey = new Map();
    /** Names of the namespaces that exist, when asked for. */
    namespaces;
    /** Kinds listed by discriminator, so everything of theirs carrying it is in `byDiscriminator`. */
    listed = new Set();
    /** Objects found by the discriminator label. */
    byDiscriminator = [];
    get(ref) {
        return this.byKey.get((0,k8s/* refKey */.XF)(ref));
    }
    has(ref) {
        return this.byKey.has((0,k8s/* refKey */.XF)(ref));
    }
    all() {
        return [...this.byKey.values()];
    }
    /** Forget an object (deleted by this command). */
    forget(ref) {
        this.byKey.delete((0,k8s/* refKey */.XF)(ref));
    }
    add(obj) {
        this.byKey.set((0,k8s/* refKey */.XF)((0,k8s/* refOf */.H8)(obj)), obj);
    }
    static async load(cluster, opts) {
        const r = new RemoteObjects();
        const started = Date.now();
        const localKinds = new Set((opts.local ?? []).map((o) => `${(0,k8s/* refOf */.H8)(o).group}/${o.kind}`));
        if (opts.discriminator) {
            const resources = (await cluster.discovery.resources()).filter((info) => info.preferred &&
                info.verbs.includes('list') &&
                (!opts.onlyLocalKinds || localKinds.has(`${info.group}/${info.kind}`)));
            let denied = 0;
            await Promise.all(resources.map(async (info) => {
                try {
                    const { items } = await cluster.list({ apiVersion: apiVersionOf(info), kind: info.kind }, { labelSelector: `${DISCRIMINATOR_LABEL}=${opts.discriminator}` });
                    r.listed.add(`${info.group}/${info.kind}`);
                    for (const item of items) {
                        r.add(item);
                        r.byDiscriminator.push(item);
                    }
                }
                catch (e) {
                    if (e instanceof lib_cluster/* KubeApiError */.W3 && e.code === 404)
                        return;
                    if (e instanceof lib_cluster/* KubeApiError */.W3 && (e.code === 403 || e.code === 401)) {
                        denied++;
                        return;
                    }
                    opts.messages.warning(undefined, `listing ${info.kind} objects failed: ${(0,errors/* formatError */.Wk)(e)}`);
                }
            }));
            if (denied)
                opts.messages.warning(undefined, `not allowed to list ${denied} kind(s) by the discriminator label: orphan objects of these kinds are not found`);
        }
        if (opts.local?.length)
            await r.loadMissing(cluster, opts.local, opts.messages);
        if (opts.namespaces) {
            try {
                r.namespaces = await cluster.listNames({ apiVersion: 'v1', kind: 'Namespace' });
            }
            catch (e) {
                opts.messages.warning(undefined, `listing namespaces failed: ${(0,errors/* formatError */.Wk)(e)}`);
            }
        }
        opts.log?.(`found ${r.byKey.size} object(s) on the cluster${opts.discriminator ? ` (discriminator ${opts.discriminator})` : ''} in ${Date.now() - started} ms`);
        return r;
    }
    /**
     * Rendered objects not found by the discriminator may still exist (deployed by something
     * else, or under another discriminator): one metadata-only list per kind and namespace says
     * which do, and only those are read.
     */
    async loadMissing(cluster, local, messages) {
        const groups = new Map();
        for (const obj of local) {
            const ref = (0,k8s/* refOf */.H8)(obj);
            if (this.has(ref))
                continue;
            const key = `${obj.apiVersion}/${ref.kind}/${ref.namespace}`;
            let g = groups.get(key);
            if (!g)
                groups.set(key, (g = {
                    apiVersion: String(obj.apiVersion),
                    kind: ref.kind,
                    namespace: ref.namespace,
                    refs: [],
                }));
            if (!g.refs.some((x) => x.name === ref.name))
                g.refs.push(ref);
        }
        const getOne = async (ref) => {
            try {
                const obj = await cluster.get(ref);
                if (obj)
                    this.add(obj);
            }
            catch (e) {
                // A kind the cluster does not know yet (its CRD comes with this deploy) does not exist.
                if (e instanceof lib_cluster/* KubeApiError */.W3 && (e.code === 403 || e.code === 401)) {
                    messages.warning(ref, `not allowed to read the object on the cluster: ${(0,errors/* formatError */.Wk)(e)}`);
                    return;
                }
                if (!(e instanceof lib_cluster/* KubeApiError */.W3))
                    return;
                messages.warning(ref, `reading the object on the cluster failed: ${(0,errors/* formatError */.Wk)(e)}`);
            }
        };
        await Promise.all([...groups.values()].map(async (g) => {
            // Everything of this kind with the discriminator was listed: a lookup is only needed
            // when the kind exists at all in that namespace.
            let names;
            try {
                names = await cluster.listNames({ apiVersion: g.apiVersion, kind: g.kind }, { namespace: g.namespace || undefined });
            }
            catch (e) {
                if (!(e instanceof lib_cluster/* KubeApiError */.W3))
                    return; // unknown kind: nothing of it exists
                names = undefined; // not allowed to list: read one by one
            }
            await Promise.all(g.refs.filter((ref) => !names || names.has(ref.name)).map(getOne));
        }));
    }
}

// EXTERNAL MODULE: ./lib/diff/index.js + 2 modules
var diff = __webpack_require__(77376);
// EXTERNAL MODULE: ./lib/deploy/result.js
var result = __webpack_require__(80790);
;// CONCATENATED MODULE: ./lib/deploy/report.js
/**
 * The command result (result.ts) from what a command did: rendered objects compared with
 * what was on the cluster before (normalised like the base diff: ignoreForDiff,
 * `kluctl.io/ignore-diff*`, Secret values masked; `kluctl.io/diff-name` compares with the
 * youngest object of that name), deletions, orphans, items, errors and warnings.
 */



/** The object's identity for diffs: its `kluctl.io/diff-name`, if any, instead of its name. */
function diffKey(obj) {
    const ref = (0,k8s/* refOf */.H8)(obj);
    return (0,k8s/* refKey */.XF)({ ...ref, name: (0,k8s/* getAnnotation */.gw)(obj, 'kluctl.io/diff-name') ?? ref.name });
}
/** Per diff identity, the youngest object on the cluster (ties: the greater name, as kluctl). */
function youngestByDiffKey(remote) {
    const out = new Map();
    const created = (o) => Date.parse(String(o.metadata?.creationTimestamp ?? '')) || 0;
    for (const o of remote?.all() ?? []) {
        const key = diffKey(o);
        const old = out.get(key);
        if (!old ||
            created(o) > created(old) ||
            (created(o) === created(old) && String(o.metadata?.name) > String(old.metadata?.name)))
            out.set(key, o);
    }
    return out;
}
function buildReport(input) {
    const summary = (0,result/* emptySummary */.CB)();
    const objects = [];
    const rules = (0,diff/* compileIgnoreRules */.nS)(input.ignoreForDiff ?? []);
    const youngest = youngestByDiffKey(input.remote);
    const apiVersionOf = (o, ref) => typeof o?.apiVersion === 'string' ? o.apiVersion : (0,result/* resultRef */.d8)(ref).apiVersion;
    for (const rec of input.records ?? []) {
        const base = {
            ...(0,result/* resultRef */.d8)(rec.ref, apiVersionOf(rec.rendered, rec.ref)),
            item: rec.item,
            status: rec.status,
            ...(rec.hook ? { hook: true } : {}),
        };
        if (rec.status === 'failed' || rec.status === 'not-applied') {
            if (rec.status === 'failed')
                summary.failed++;
            else
                summary.notApplied++;
            objects.push(base);
            continue;
        }
        if (rec.status === 'applied')
            summary.applied++;
        if (rec.hook)
            summary.hooks++;
        const applied = rec.applied ?? rec.rendered;
        const before = youngest.get(diffKey(rec.rendered));
        const d = before ? (0,diff/* diffObjectPair */.fd)(before, applied, rules) : undefined;
        const existed = input.remote?.has(rec.ref) ?? false;
        if (d) {
            summary.changed++;
            const comparedWith = before && String(before.metadata?.name) !== rec.ref.name;
            objects.push({
                ...base,
                change: 'changed',
                ...(comparedWith ? { comparedWith: String(before.metadata?.name) } : {}),
                changes: d.changes,
                diff: d.diff,
            });
        }
        else if (!existed && !rec.hook) {
            summary.new++;
            objects.push({ ...base, change: 'new' });
        }
        else if (rec.hook) {
            objects.push(base);
        }
        else {
            summary.unchanged++;
        }
    }
    for (const d of input.deleted ?? []) {
        summary.deleted++;
        const live = input.remote?.get(d.ref);
        objects.push({
            ...(0,result/* resultRef */.d8)(d.ref, typeof live?.apiVersion === 'string' ? live.apiVersion : undefined),
            change: 'deleted',
            status: 'deleted',
            ...(d.item !== undefined ? { item: d.item } : {}),
        });
    }
    for (const o of input.orphans ?? []) {
        summary.orphan++;
        objects.push({ ...(0,result/* resultRef */.d8)((0,k8s/* refOf */.H8)(o), String(o.apiVersion)), change: 'orphan' });
    }
    objects.sort(result/* compareResultRefs */.RX);
    summary.errors = input.messages.errors.length;
    summary.warnings = input.messages.warnings.length;
    const now = Date.now();
    return {
        command: input.command,
        target: input.target,
        discriminator: input.discriminator,
        context: input.context,
        dryRun: input.dryRun,
        startedAt: new Date(input.started).toISOString(),
        durationMs: now - input.started,
        summary,
        objects,
        ...(input.items ? { items: input.items } : {}),
        errors: input.messages.errors.map(result/* resultMessage */.FV),
        warnings: input.messages.warnings.map(result/* resultMessage */.FV),
    };
}

;// CONCATENATED MODULE: ./lib/deploy/commands.js
/**
 * kluctl's cluster commands on a rendered target: deploy, diff (against the cluster), prune,
 * delete and validate. Each renders the project, connects to the target's context, reads
 * what is on the cluster and returns a CommandResult (result.ts); a failure after rendering
 * is reported in the result (with everything not applied), not thrown.
 */















/** The discriminator: the target's, else the one every rendered object is labelled with. */
function discriminatorOf(render, override) {
    if (override)
        return override;
    if (render.target?.discriminator)
        return render.target.discriminator;
    for (const o of render.objects) {
        const v = o.metadata?.labels?.[DISCRIMINATOR_LABEL];
        if (typeof v === 'string' && v)
            return v;
    }
    return null;
}
async function openSession(opts, discriminator) {
    const started = Date.now();
    const log = opts.log ?? (() => { });
    const render = await (0,lib_render/* renderProject */.CX)({
        ...opts.render,
        log: opts.render.log ?? log,
        // cluster vars sources and deployed images (issue 13) read the same cluster
        cluster: opts.render.cluster ?? (0,sources/* clusterConnector */.s)(opts.access ?? {}),
    });
    const messages = new Messages(log);
    const s = {
        render,
        target: render.target?.name ?? null,
        discriminator: discriminatorOf(render, discriminator ?? opts.render.discriminator),
        local: render.items.filter((i) => !i.onlyRender).flatMap((i) => i.objects),
        context: opts.access?.context ?? render.target?.context ?? '',
        messages,
        started,
    };
    try {
        s.cluster = await (0,lib_cluster/* connectCluster */.bp)({
            kubeconfig: opts.access?.kubeconfig,
            context: opts.access?.context ?? render.target?.context,
            env: opts.access?.env,
            retry: opts.access?.retry,
            concurrency: opts.access?.concurrency,
        });
        s.context = s.cluster.context;
        await fixNamespaces(s.cluster, s.local);
    }
    catch (e) {
        messages.error(undefined, errorText(e));
        await s.cluster?.close();
        s.cluster = undefined;
    }
    return s;
}
/** A result for a command that could not reach the point of changing anything. */
function failedEarly(s, command, dryRun) {
    const objects = s.local
        .filter((o) => !(0,k8s/* annotationTrue */.YT)(o, 'kluctl.io/delete'))
        .map((o) => ({ ...(0,result/* resultRef */.d8)((0,k8s/* refOf */.H8)(o), String(o.apiVersion)), status: 'not-applied' }))
        .sort(result/* compareResultRefs */.RX);
    return {
        command,
        target: s.target,
        discriminator: s.discriminator,
        context: s.context,
        dryRun,
        startedAt: new Date(s.started).toISOString(),
        durationMs: Date.now() - s.started,
        summary: {
            ...(0,result/* emptySummary */.CB)(),
            notApplied: command === 'deploy' || command === 'diff' ? objects.length : 0,
            errors: s.messages.errors.length,
            warnings: s.messages.warnings.length,
        },
        objects: command === 'deploy' || command === 'diff' ? objects : [],
        errors: s.messages.errors.map(result/* resultMessage */.FV),
        warnings: s.messages.warnings.map(result/* resultMessage */.FV),
    };
}
const inclusionOf = (r) => ({
    includeTags: r.includeTags,
    excludeTags: r.excludeTags,
    includeDeploymentDirs: r.includeDeploymentDirs,
    excludeDeploymentDirs: r.excludeDeploymentDirs,
});
async function loadRemote(s, cluster, opts, log) {
    try {
        return await RemoteObjects.load(cluster, {
            discriminator: s.discriminator ?? undefined,
            local: opts.local ? s.local : undefined,
            namespaces: opts.namespaces,
            onlyLocalKinds: opts.onlyLocalKinds,
            messages: s.messages,
            log,
        });
    }
    catch (e) {
        s.messages.error(undefined, errorText(e));
        return undefined;
    }
}
/** deploy, and diff (a deploy with every request dry-run). */
async function applyCommand(command, opts) {
    const log = opts.log ?? (() => { });
    const engineOpts = {
        ...DEFAULT_ENGINE_OPTIONS,
        ...opts.engine,
        ...(command === 'diff' ? { dryRun: true } : {}),
        log,
    };
    const s = await openSession(opts);
    const cluster = s.cluster;
    if (!cluster)
        return failedEarly(s, command, engineOpts.dryRun);
    try {
        if (!s.discriminator)
            s.messages.warning(undefined, 'no discriminator configured: orphan objects cannot be found');
        const remote = await loadRemote(s, cluster, { local: true, namespaces: engineOpts.dryRun || !!opts.confirm }, log);
        if (!remote)
            return failedEarly(s, command, engineOpts.dryRun);
        const rules = compileConflictRules(s.render.conflictResolution);
        const orphansOf = () => s.discriminator
            ? objectsForDelete(cluster, remote.byDiscriminator, {
                inclusion: inclusionOf(opts.render),
                exclude: s.local.map(k8s/* refOf */.H8),
            })
            : Promise.resolve([]);
        if (opts.confirm && !engineOpts.dryRun) {
            // kluctl's deploy without --yes: show what would change, then ask.
            const previewMessages = new Messages(() => { });
            const preview = new Engine(cluster, remote, previewMessages, { ...engineOpts, dryRun: true, log: () => { } }, rules);
            await preview.run(s.render.items);
            const report = buildReport({
                command: 'diff',
                target: s.target,
                discriminator: s.discriminator,
                context: s.context,
                dryRun: true,
                started: s.started,
                records: preview.records,
                deleted: preview.deleted.values(),
                orphans: await orphansOf(),
                items: preview.items,
                remote,
                ignoreForDiff: [...s.render.ignoreForDiff, ...(opts.extraIgnoreForDiff ?? [])],
                messages: previewMessages,
            });
            if (!(await opts.confirm(report))) {
                s.messages.error(undefined, 'aborted: the deployment was not confirmed');
                return failedEarly(s, command, false);
            }
        }
        const engine = new Engine(cluster, remote, s.messages, engineOpts, rules);
        await engine.run(s.render.items);
        // Objects this deploy deleted (deleteObjects, kluctl.io/delete) are no orphans any more.
        let orphans = (await orphansOf()).filter((o) => !engine.deleted.has((0,k8s/* refKey */.XF)((0,k8s/* refOf */.H8)(o))));
        if (opts.prune && command === 'deploy') {
            if (!s.discriminator)
                s.messages.error(undefined, 'pruning without a discriminator is not supported');
            else if (!engine.wasAborted) {
                const gone = await deleteMany(engine, orphans.map(k8s/* refOf */.H8), log);
                orphans = orphans.filter((o) => !gone.has(keyOf((0,k8s/* refOf */.H8)(o))));
            }
        }
        return buildReport({
            command,
            target: s.target,
            discriminator: s.discriminator,
            context: s.context,
            dryRun: engineOpts.dryRun,
            started: s.started,
            records: engine.records,
            deleted: engine.deleted.values(),
            orphans,
            items: engine.items,
            remote,
            ignoreForDiff: [...s.render.ignoreForDiff, ...(opts.extraIgnoreForDiff ?? [])],
            messages: s.messages,
        });
    }
    finally {
        await cluster.close();
    }
}
const keyOf = (r) => `${r.group}/${r.kind}/${r.namespace}/${r.name}`;
const commands_isNamespace = (r) => r.group === '' && r.kind === 'Namespace';
/**
 * Deletes objects as kluctl does: namespaces first, then the rest, 8 at a time; objects in a
 * deleted namespace go with it (reported as deleted, not deleted one by one). Returns the
 * keys of what was deleted.
 */
async function deleteMany(engine, refs, log) {
    const gone = new Set();
    if (!refs.length)
        return gone;
    log(`deleting ${refs.length} object(s)`);
    const limit = (0,p_limit/* default */.A)(8);
    const run = (list) => Promise.all(list.map((r) => limit(async () => {
        if (await engine.deleteObject(r, false))
            gone.add(keyOf(r));
    })));
    const namespaces = refs.filter(commands_isNamespace);
    await run(namespaces);
    const deletedNs = new Set(namespaces.filter((r) => gone.has(keyOf(r))).map((r) => r.name));
    const rest = refs.filter((r) => !commands_isNamespace(r));
    for (const r of rest.filter((r) => r.namespace && deletedNs.has(r.namespace))) {
        engine.markDeleted(r);
        gone.add(keyOf(r));
    }
    await run(rest.filter((r) => !(r.namespace && deletedNs.has(r.namespace))));
    return gone;
}
function deployCommand(opts) {
    return applyCommand('deploy', opts);
}
/** What a deploy would change: every apply and delete dry-run, plus the orphan objects. */
function diffCommand(opts) {
    return applyCommand('diff', opts);
}
/** prune (orphans: carrying the discriminator, no longer rendered) and delete (everything with the discriminator). */
async function removeCommand(command, opts) {
    const log = opts.log ?? (() => { });
    const dryRun = opts.dryRun ?? false;
    const s = await openSession(opts, opts.discriminator);
    const cluster = s.cluster;
    if (!cluster)
        return failedEarly(s, command, dryRun);
    try {
        if (!s.discriminator) {
            s.messages.error(undefined, `${command === 'prune' ? 'pruning' : 'deletion'} without a discriminator is not supported: set discriminator in .kluctl.yaml (or pass --discriminator)`);
            return failedEarly(s, command, dryRun);
        }
        const remote = await loadRemote(s, cluster, { local: false, namespaces: false }, log);
        if (!remote)
            return failedEarly(s, command, dryRun);
        const doomed = await objectsForDelete(cluster, remote.byDiscriminator, {
            inclusion: inclusionOf(opts.render),
            exclude: command === 'prune' ? s.local.map(k8s/* refOf */.H8) : [],
        });
        const engine = new Engine(cluster, remote, s.messages, {
            ...DEFAULT_ENGINE_OPTIONS,
            dryRun,
            noWait: opts.noWait ?? false,
            readinessTimeoutMs: opts.deletionTimeoutMs ?? DEFAULT_ENGINE_OPTIONS.readinessTimeoutMs,
            log,
        }, []);
        const report = (deletedRefs) => buildReport({
            command,
            target: s.target,
            discriminator: s.discriminator,
            context: s.context,
            dryRun,
            started: s.started,
            deleted: [...engine.deleted.values()],
            orphans: doomed.filter((o) => !deletedRefs.has(keyOf((0,k8s/* refOf */.H8)(o)))),
            remote,
            messages: s.messages,
        });
        if (opts.confirm && doomed.length && !dryRun) {
            const preview = report(new Set());
            // What would be deleted, as deletions.
            preview.objects = preview.objects.map((o) => ({ ...o, change: 'deleted' }));
            preview.summary = { ...preview.summary, deleted: preview.summary.orphan, orphan: 0 };
            if (!(await opts.confirm(preview))) {
                s.messages.error(undefined, `aborted: the ${command} was not confirmed`);
                return report(new Set());
            }
        }
        const gone = await deleteMany(engine, doomed.map(k8s/* refOf */.H8), log);
        return report(gone);
    }
    finally {
        await cluster.close();
    }
}
function pruneCommand(opts) {
    return removeCommand('prune', opts);
}
function deleteCommand(opts) {
    return removeCommand('delete', opts);
}
/**
 * validate: every rendered object (not hooks that delete themselves) must exist on the
 * cluster and be ready; `kluctl.io/delete` objects must be gone. With waitMs, validates
 * again every sleepMs until ready or out of time.
 */
async function validateCommand(opts) {
    const log = opts.log ?? (() => { });
    const s = await openSession(opts);
    const cluster = s.cluster;
    if (!cluster)
        return { ...failedEarly(s, 'validate', false), ready: false, results: [] };
    try {
        const deadline = Date.now() + (opts.waitMs ?? 0);
        for (let attempt = 1;; attempt++) {
            const messages = new Messages(attempt === 1 ? log : () => { });
            const result = await validateOnce(s, cluster, messages, opts.warningsAsErrors ?? false);
            if (result.ready || Date.now() + (opts.sleepMs ?? 5000) > deadline) {
                if (attempt > 1)
                    for (const e of messages.errors)
                        log(`error: ${e.message}`);
                return result;
            }
            log(`not ready yet (${result.summary.errors} problem(s)); validating again in ${Math.round((opts.sleepMs ?? 5000) / 1000)}s`);
            await new Promise((r) => setTimeout(r, opts.sleepMs ?? 5000));
        }
    }
    finally {
        await cluster.close();
    }
}
async function validateOnce(s, cluster, messages, warningsAsErrors) {
    const started = Date.now();
    const sessionMessages = s.messages;
    const remote = await loadRemote({ ...s, messages }, cluster, {
        local: true,
        namespaces: false,
        onlyLocalKinds: true,
    });
    const results = [];
    let ready = true;
    if (!remote)
        ready = false;
    const resources = new Map();
    for (const obj of remote ? s.local : []) {
        const ref = (0,k8s/* refOf */.H8)(obj);
        if ((0,k8s/* annotationTrue */.YT)(obj, 'kluctl.io/delete')) {
            if (remote.has(ref)) {
                messages.error(ref, 'the object is marked for deletion (kluctl.io/delete) but still exists on the cluster');
                ready = false;
            }
            continue;
        }
        const hook = hookOf(obj, { errors: [], warnings: [] });
        if (hook && !isPersistentHook(hook))
            continue;
        const live = remote.get(ref);
        if (!live) {
            messages.error(ref, 'object not found on the cluster');
            ready = false;
            continue;
        }
        const typeKey = `${String(obj.apiVersion)}/${ref.kind}`;
        if (!resources.has(typeKey)) {
            const info = await cluster.discovery
                .find(String(obj.apiVersion), ref.kind)
                .catch(() => undefined);
            resources.set(typeKey, info ? info.subresources.includes('status') : undefined);
        }
        const r = readinessOf(live, { statusRequired: resources.get(typeKey) });
        if (!r.ready)
            ready = false;
        for (const e of [...r.errors, ...r.notReady])
            messages.error(ref, e);
        for (const w of r.warnings)
            messages.warning(ref, w);
        for (const res of r.results)
            results.push({ ...(0,result/* resultRef */.d8)(ref, String(live.apiVersion)), ...res });
    }
    if (warningsAsErrors && messages.warnings.length)
        ready = false;
    if (messages.errors.length)
        ready = false;
    const all = new Messages();
    for (const m of [...sessionMessages.errors])
        all.error(m.ref, m.message, m.item);
    for (const m of messages.errors)
        all.error(m.ref, m.message, m.item);
    for (const m of [...sessionMessages.warnings, ...messages.warnings])
        all.warning(m.ref, m.message, m.item);
    const report = buildReport({
        command: 'validate',
        target: s.target,
        discriminator: s.discriminator,
        context: s.context,
        dryRun: false,
        started: Math.min(started, s.started),
        messages: all,
    });
    return { ...report, ready, results: results.sort(result/* compareResultRefs */.RX) };
}

// EXTERNAL MODULE: ./lib/deploy/render-markdown.js
var render_markdown = __webpack_require__(64625);
// EXTERNAL MODULE: ./lib/deploy/render-text.js
var render_text = __webpack_require__(47811);
;// CONCATENATED MODULE: ./lib/deploy/index.js
/**
 * kluctl's cluster commands: deploy, diff against the cluster, prune, delete, validate, and
 * their result. See docs/deploy.md.
 */








/***/ }),

/***/ 64625:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HS: () => (/* binding */ REPORT_LEVELS),
/* harmony export */   Js: () => (/* binding */ renderResultMarkdown),
/* harmony export */   rt: () => (/* binding */ resultMarkdownBodies)
/* harmony export */ });
/* harmony import */ var _util_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46607);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12659);
/* harmony import */ var _render_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47811);
/**
 * A command result as GitHub-flavoured markdown (the deploy action's job summary), at
 * decreasing detail so that a size limit can take the first level that fits. Every name and
 * message goes through util/markdown.ts.
 */



const REPORT_LEVELS = ['full', 'summary', 'list', 'counts'];
const objectName = (o) => o.namespace ? `${o.namespace}/${o.name}` : String(o.name);
const line = (o) => `- ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(o.kind)} ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(objectName(o))}`;
function byKind(objects) {
    const m = new Map();
    for (const o of objects)
        m.set(o.kind, [...(m.get(o.kind) ?? []), objectName(o)]);
    return [...m].map(([kind, names]) => `- ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(kind)} (${names.length}): ${names.map(_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY).join(', ')}`);
}
function section(title, objects, level, detail) {
    if (!objects.length || level === 'counts')
        return [];
    const lines = level === 'list' ? byKind(objects) : objects.map((o) => (detail ? detail(o) : line(o)));
    return [`**${title}**`, '', lines.join(detail && level === 'full' ? '\n\n' : '\n'), ''];
}
function changed(o, level) {
    const n = o.changes?.length ?? 0;
    const fields = `${n} field${n === 1 ? '' : 's'}`;
    if (level === 'full')
        return `<details>\n<summary>${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlCode */ .h8)(o.kind)} ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlCode */ .h8)(objectName(o))} (${fields})</summary>\n\n${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .fenced */ .OF)('diff', o.diff ?? '')}\n\n</details>`;
    return `${line(o)}: ${(o.changes ?? []).map((c) => (0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(c.path)).join(', ')}`;
}
function messages(title, list, level) {
    if (!list.length)
        return [];
    const max = level === 'full' ? Infinity : level === 'summary' ? 50 : 10;
    const shown = list
        .slice(0, max)
        .map((m) => `- ${m.kind ? `${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(m.kind)} ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(objectName(m))}: ` : ''}${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(m.message)}`);
    if (list.length > shown.length)
        shown.push(`- … and ${list.length - shown.length} more`);
    return [`**${title}**`, '', ...shown, ''];
}
function itemsTable(r, level) {
    if (!r.items?.length || level === 'counts')
        return [];
    const rows = r.items.map((i) => `| ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)((0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(i.dir ?? `<${i.type}>`))} | ${i.status} | ${i.applied} | ${i.unchanged} | ${i.hooks} | ${i.deleted} | ${i.failed} | ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(i.durationMs)} |`);
    return [
        '<details>',
        `<summary>Items (${r.items.length})</summary>`,
        '',
        '| item | status | applied | unchanged | hooks | deleted | failed | time |',
        '|---|---|--:|--:|--:|--:|--:|--:|',
        ...rows,
        '',
        '</details>',
        '',
    ];
}
function renderResultMarkdown(r, level = 'full') {
    const verb = r.command === 'diff' ? 'Changes against the cluster' : `shipshape ${r.command}`;
    const target = r.target === null ? 'project' : `target ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(r.target)}`;
    const out = [
        `### ${verb}: ${target}${r.dryRun && r.command !== 'diff' ? ' (dry run)' : ''}`,
        '',
        `Context ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(r.context || '(default)')}${r.discriminator ? `, discriminator ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(r.discriminator)}` : ''}. ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)((0,_render_text_js__WEBPACK_IMPORTED_MODULE_2__/* .summaryText */ .g5)(r))}`,
        '',
    ];
    const of = (pred) => r.objects.filter(pred);
    out.push(...section('New', of((o) => o.change === 'new'), level));
    out.push(...section('Changed', of((o) => o.change === 'changed'), level, (o) => changed(o, level)));
    out.push(...section('Deleted', of((o) => o.change === 'deleted'), level));
    out.push(...section('Hooks applied', of((o) => !!o.hook && o.status === 'applied'), level));
    out.push(...section('Orphan (not rendered any more; prune deletes them)', of((o) => o.change === 'orphan'), level));
    out.push(...section('Failed', of((o) => o.status === 'failed'), level));
    out.push(...section('Not applied', of((o) => o.status === 'not-applied'), level));
    if (r.command === 'validate')
        out.push(`**Ready:** ${r.ready ? 'yes' : 'no'}`, '');
    out.push(...messages('Errors', r.errors, level));
    out.push(...messages('Warnings', r.warnings, level));
    out.push(...itemsTable(r, level));
    return out.join('\n');
}
/** Every level, most detailed first (for writeJobSummary). */
const resultMarkdownBodies = (r) => REPORT_LEVELS.map((level) => renderResultMarkdown(r, level));


/***/ }),

/***/ 47811:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H4: () => (/* binding */ renderResultText),
/* harmony export */   g5: () => (/* binding */ summaryText)
/* harmony export */ });
/* unused harmony export headline */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12659);
/** A command result for a terminal (the CLI's default output, kluctl's text format in spirit). */

const indent = (text, by) => text
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n');
const name = (o) => `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}`;
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function summaryText(r) {
    const s = r.summary;
    const parts = r.command === 'validate'
        ? [r.ready ? 'ready' : 'not ready']
        : [
            `${s.new} new`,
            `${s.changed} changed`,
            `${s.deleted} deleted`,
            `${s.unchanged} unchanged`,
            `${plural(s.orphan, 'orphan')}`,
            ...(s.hooks ? [plural(s.hooks, 'hook')] : []),
            ...(s.failed ? [`${s.failed} failed`] : []),
            ...(s.notApplied ? [`${s.notApplied} not applied`] : []),
        ];
    return `${parts.join(', ')}; ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')} (${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(r.durationMs)})`;
}
function headline(r) {
    const what = r.target === null ? 'the project' : `target ${r.target}`;
    const disc = r.discriminator ? `, discriminator ${r.discriminator}` : '';
    const ctx = r.context ? ` in context "${r.context}"` : '';
    return `${r.command} of ${what}${disc}${ctx}${r.dryRun && r.command !== 'diff' ? ' (dry run: nothing was changed)' : ''}`;
}
function messages(title, list) {
    if (!list.length)
        return [];
    return [`${title}:`, ...list.map((m) => `  ${m.kind ? `${name(m)}: ` : ''}${m.message}`), ''];
}
function section(title, sign, objects, detail = () => []) {
    if (!objects.length)
        return [];
    return [`${title}:`, ...objects.flatMap((o) => [`  ${sign} ${name(o)}`, ...detail(o)]), ''];
}
/** The report; `short` leaves out the diffs (kluctl's --short-output). */
function renderResultText(r, opts = {}) {
    const out = [headline(r), ''];
    const of = (pred) => r.objects.filter(pred);
    const deleting = r.command === 'delete' || r.command === 'prune';
    out.push(...section('New objects', '+', of((o) => o.change === 'new')));
    out.push(...section('Changed objects', '~', of((o) => o.change === 'changed'), (o) => [
        ...(o.comparedWith
            ? [`      compared with ${o.kind} ${o.comparedWith} (kluctl.io/diff-name)`]
            : []),
        ...(opts.short
            ? []
            : [
                ...(o.changes ?? []).map((c) => `      ${c.type.padEnd(6)} ${c.path}`),
                ...(o.diff ? [indent(o.diff.trimEnd(), '      ')] : []),
            ]),
    ]));
    out.push(...section(deleting && r.dryRun ? 'Would be deleted' : 'Deleted objects', '-', of((o) => o.change === 'deleted')));
    out.push(...section('Applied hooks', '*', of((o) => !!o.hook && o.status === 'applied')));
    out.push(...section(deleting
        ? 'Not deleted'
        : 'Orphan objects (on the cluster, no longer rendered; shipshape prune deletes them)', '?', of((o) => o.change === 'orphan')));
    out.push(...section('Failed', '!', of((o) => o.status === 'failed')));
    out.push(...section('Not applied', '.', of((o) => o.status === 'not-applied')));
    if (r.items?.length && r.command !== 'diff') {
        const rows = r.items.map((i) => {
            const label = i.dir ?? `<${i.type}>`;
            const counts = [
                `${i.applied} applied`,
                `${i.unchanged} unchanged`,
                ...(i.hooks ? [plural(i.hooks, 'hook')] : []),
                ...(i.deleted ? [`${i.deleted} deleted`] : []),
                ...(i.failed ? [`${i.failed} failed`] : []),
            ].join(', ');
            return { label, status: i.status, counts, time: (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(i.durationMs) };
        });
        const w = Math.max(...rows.map((x) => x.label.length));
        out.push('Items:', ...rows.map((x) => `  ${x.label.padEnd(w)}  ${x.status.padEnd(8)} ${x.counts}  ${x.time}`), '');
    }
    if (r.command === 'validate') {
        out.push(`Ready: ${r.ready ? 'yes' : 'no'}`, '');
        if (r.results?.length)
            out.push('Results:', ...r.results.map((x) => `  ${name(x)}: ${x.annotation}: ${x.message}`), '');
    }
    out.push(...messages('Warnings', r.warnings));
    out.push(...messages('Errors', r.errors));
    out.push(`Summary: ${summaryText(r)}`, '');
    return out.join('\n');
}


/***/ }),

/***/ 80790:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ emptySummary),
/* harmony export */   FV: () => (/* binding */ resultMessage),
/* harmony export */   K6: () => (/* binding */ resultChanged),
/* harmony export */   OF: () => (/* binding */ resultToYaml),
/* harmony export */   RX: () => (/* binding */ compareResultRefs),
/* harmony export */   d8: () => (/* binding */ resultRef),
/* harmony export */   hV: () => (/* binding */ resultToJson)
/* harmony export */ });
/* unused harmony exports COMMANDS, toRef */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _diff_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36745);
/**
 * The result of deploy, diff (against the cluster), prune, delete and validate: what changed
 * (or would), per object and per item, with every error and warning. Printed by `-o json` /
 * `-o yaml`, written by the deploy action as `result-json`; the schema is documented in
 * docs/deploy.md and only grows. Keys are sorted, objects ordered by group, kind, namespace
 * and name, so the same outcome gives the same bytes (apart from times).
 */



const COMMANDS = (/* unused pure expression or super */ null && (['deploy', 'diff', 'prune', 'delete', 'validate']));
const emptySummary = () => ({
    new: 0,
    changed: 0,
    unchanged: 0,
    deleted: 0,
    orphan: 0,
    hooks: 0,
    applied: 0,
    failed: 0,
    notApplied: 0,
    errors: 0,
    warnings: 0,
});
function resultRef(ref, apiVersion) {
    return {
        group: ref.group,
        apiVersion: apiVersion ?? (ref.group ? `${ref.group}/${ref.version}` : ref.version),
        kind: ref.kind,
        namespace: ref.namespace,
        name: ref.name,
    };
}
function toRef(r) {
    const { group, version } = splitApiVersion(r.apiVersion);
    return { group, version, kind: r.kind, namespace: r.namespace, name: r.name };
}
function resultMessage(m) {
    return {
        ...(m.ref ? resultRef(m.ref) : {}),
        ...(m.item !== undefined ? { item: m.item } : {}),
        message: m.message,
    };
}
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const compareResultRefs = (a, b) => compareText(a.group, b.group) ||
    compareText(a.kind, b.kind) ||
    compareText(a.namespace, b.namespace) ||
    compareText(a.name, b.name);
/** Whether the command changed (or, dry, would change) objects on the cluster; running hooks alone does not count. */
const resultChanged = (r) => r.summary.new + r.summary.changed + r.summary.deleted > 0;
function resultToJson(result) {
    return `${JSON.stringify((0,_diff_values_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedKeys */ .Mf)(result), null, 2)}\n`;
}
function resultToYaml(result) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__.stringify)((0,_diff_values_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedKeys */ .Mf)(result), { lineWidth: 0 });
}


/***/ })

};
