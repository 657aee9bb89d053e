export const id = 206;
export const ids = [206];
export const modules = {

/***/ 98965:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b1: () => (/* reexport */ ApplyConflictError),
  W3: () => (/* reexport */ KubeApiError),
  r_: () => (/* reexport */ UnknownKindError),
  bp: () => (/* reexport */ connectCluster)
});

// UNUSED EXPORTS: Cluster, hasCondition

// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/util/k8s.js
var k8s = __webpack_require__(63896);
;// CONCATENATED MODULE: ./lib/cluster/errors.js
/**
 * Errors from the Kubernetes API, parsed from its `Status` bodies into messages that say what
 * was attempted and what to do. Messages only ever quote the server's message and the target's
 * identity, never a request body (which may hold Secret data).
 */

class KubeApiError extends errors/* UserError */.yo {
    code;
    reason;
    status;
    constructor(message, hint, status, code) {
        super(message, {}, hint);
        this.name = 'KubeApiError';
        this.status = status;
        this.code = code;
        this.reason = status.reason ?? '';
    }
}
/** The cluster does not serve the kind (yet): its CustomResourceDefinition is missing or not established. */
class UnknownKindError extends errors/* UserError */.yo {
    apiVersion;
    kind;
    constructor(message, hint, apiVersion, kind) {
        super(message, {}, hint);
        this.apiVersion = apiVersion;
        this.kind = kind;
        this.name = 'UnknownKindError';
    }
}
class ApplyConflictError extends KubeApiError {
    conflicts;
    constructor(message, hint, status, conflicts) {
        super(message, hint, status, 409);
        this.name = 'ApplyConflictError';
        this.conflicts = conflicts;
    }
}
function parseConflicts(status) {
    return (status.details?.causes ?? [])
        .filter((c) => c.type === 'FieldManagerConflict' || c.reason === 'FieldManagerConflict')
        .map((c) => {
        const m = /conflict with "((?:[^"\\]|\\.)*)"/.exec(c.message ?? '');
        return {
            manager: m ? JSON.parse(`"${m[1]}"`) : '',
            field: c.field ?? '',
            message: c.message ?? '',
        };
    });
}
/**
 * 403 comes from authorization (`User "x" cannot patch resource ...`) or from admission: most often
 * NamespaceLifecycle refusing new objects in a namespace being deleted, where more RBAC would
 * not help.
 */
function forbiddenHint(serverSays, op, at) {
    const terminating = /unable to create new content in namespace (\S+) because it is being terminated/.exec(serverSays);
    if (terminating)
        return `namespace "${terminating[1]}" is being deleted: wait until it is gone, then ${op.verb} again (or use another namespace)`;
    if (/\bUser "[^"]*" cannot /.test(serverSays))
        return `grant the user of context "${at.context}" RBAC permission to ${op.verb} this resource, or use a context that has it`;
    return 'the cluster refused the request (an admission policy or webhook): see its message';
}
/** The error for a failed request: `status` is the parsed body (or one made from the status line). */
function errorFromStatus(status, code, op, at) {
    const serverSays = status.message || `${code} ${status.reason ?? ''}`.trim();
    switch (code) {
        case 401:
            return new KubeApiError(`the Kubernetes API server at ${at.server} rejected the credentials of context "${at.context}" (401 Unauthorized) while trying to ${op.verb} ${op.target}`, "the token or client certificate is expired or invalid: refresh the credentials in your kubeconfig (for cloud clusters, re-run the provider's get-credentials command) or choose another context", status, code);
        case 403:
            return new KubeApiError(`not allowed to ${op.verb} ${op.target} (403 Forbidden): ${serverSays}`, forbiddenHint(serverSays, op, at), status, code);
        case 409: {
            const conflicts = parseConflicts(status);
            if (conflicts.length > 0) {
                const fields = conflicts.map((c) => `${c.field} (owned by "${c.manager}")`).join(', ');
                return new ApplyConflictError(`server-side apply of ${op.target} conflicts with fields managed by others: ${fields}`, 'remove these fields from the manifest, change them to the values in the cluster, or force the apply to take ownership', status, conflicts);
            }
            return new KubeApiError(`cannot ${op.verb} ${op.target}: ${serverSays}`, undefined, status, code);
        }
        case 422:
            return new KubeApiError(`${op.target} is invalid: ${serverSays}`, 'fix the manifest: the API server rejected the fields listed above', status, code);
        default:
            return new KubeApiError(`cannot ${op.verb} ${op.target}: ${serverSays} (${code}${status.reason ? ` ${status.reason}` : ''})`, undefined, status, code);
    }
}

;// CONCATENATED MODULE: ./lib/cluster/discovery.js
/**
 * API discovery: which resource serves a kind, and whether it is namespaced. Loaded once
 * (aggregated discovery, two requests; older servers fall back to one request per group
 * version) and refreshed when a kind is missing, so CRDs that appear later are found.
 */



const AGGREGATED = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json';
const key = (group, version, kind) => `${group}/${version}/${kind}`;
/**
 * A kind still missing after a reload is not reloaded for again within this time, so 2,000
 * objects of an uninstalled CRD cost one reload, while a CRD that appears later is found.
 */
const MISS_TTL_MS = 1000;
class Discovery {
    transport;
    describe;
    byKey = new Map();
    loadedOnce = false;
    inflight;
    /** When each missing kind was last looked for with a reload: at most one reload per kind per MISS_TTL_MS. */
    misses = new Map();
    constructor(transport, describe) {
        this.transport = transport;
        this.describe = describe;
    }
    /** All resources the cluster serves. */
    async resources() {
        await this.ensureLoaded();
        return [...this.byKey.values()];
    }
    /** The resource serving `kind` in `apiVersion`, or undefined (after one reload). */
    async find(apiVersion, kind) {
        await this.ensureLoaded();
        const { group, version } = (0,k8s/* splitApiVersion */.Np)(apiVersion);
        const k = key(group, version, kind);
        const hit = this.byKey.get(k);
        if (hit || Date.now() - (this.misses.get(k) ?? -Infinity) < MISS_TTL_MS)
            return hit;
        await this.refresh();
        this.misses.set(k, Date.now());
        return this.byKey.get(k);
    }
    /** Like find, but an unknown kind is a UserError naming it and what the cluster does serve. */
    async resolve(apiVersion, kind) {
        if (!apiVersion || !kind) {
            throw new errors/* UserError */.yo(`an object without ${apiVersion ? 'kind' : 'apiVersion'} cannot be sent to the cluster`, {}, 'every manifest needs apiVersion and kind');
        }
        const info = await this.find(apiVersion, kind);
        if (info)
            return info;
        const { group } = (0,k8s/* splitApiVersion */.Np)(apiVersion);
        const all = [...this.byKey.values()];
        const sameKind = all
            .filter((r) => r.kind === kind)
            .map((r) => (r.group ? `${r.group}/${r.version}` : r.version));
        const hint = sameKind.length
            ? `the cluster serves ${kind} as ${sameKind.join(', ')}: fix the apiVersion`
            : all.some((r) => r.group === group) || group === ''
                ? `check the kind's spelling`
                : `install the CustomResourceDefinition for ${group} first, or check the apiVersion`;
        throw new UnknownKindError(`kind "${kind}" of apiVersion "${apiVersion}" is not known to ${this.describe}`, hint, apiVersion, kind);
    }
    /** Forgets which kinds were missing, e.g. after applying a CustomResourceDefinition. */
    forgetMisses() {
        this.misses.clear();
    }
    /** Reloads everything; concurrent callers share one reload. */
    refresh() {
        this.inflight ??= (async () => {
            try {
                await this.load();
                this.loadedOnce = true;
            }
            finally {
                this.inflight = undefined;
            }
        })();
        return this.inflight;
    }
    async ensureLoaded() {
        if (!this.loadedOnce)
            await this.refresh();
    }
    async load() {
        const op = (target) => ({ verb: 'discover', target });
        const [core, groups] = await Promise.all([
            this.transport.send({ method: 'GET', path: '/api', accept: AGGREGATED }, op('the core API')),
            this.transport.send({ method: 'GET', path: '/apis', accept: AGGREGATED }, op('the API groups')),
        ]);
        const found = [];
        for (const res of [core, groups]) {
            if (res.contentType.includes('as=APIGroupDiscoveryList'))
                found.push(...fromAggregated(res.body));
        }
        const legacy = [];
        if (!core.contentType.includes('as=APIGroupDiscoveryList')) {
            core.body.versions?.forEach((v, i) => legacy.push({ group: '', version: v, path: `/api/${v}`, preferred: i === 0 }));
        }
        if (!groups.contentType.includes('as=APIGroupDiscoveryList')) {
            for (const g of groups.body.groups ?? []) {
                const preferred = g.preferredVersion?.version;
                g.versions?.forEach((v, i) => {
                    legacy.push({
                        group: String(g.name),
                        version: v.version,
                        path: `/apis/${String(g.name)}/${v.version}`,
                        preferred: preferred ? v.version === preferred : i === 0,
                    });
                });
            }
        }
        const lists = await Promise.all(legacy.map(async (gv) => {
            const res = await this.transport.send({ method: 'GET', path: gv.path }, op(`${gv.path}`));
            const resources = res.body.resources ?? [];
            return resources
                .filter((r) => !r.name.includes('/'))
                .map((r) => ({
                group: gv.group,
                version: gv.version,
                kind: r.kind,
                resource: r.name,
                namespaced: r.namespaced,
                verbs: r.verbs ?? [],
                preferred: gv.preferred,
                subresources: resources
                    .filter((s) => s.name.startsWith(`${r.name}/`))
                    .map((s) => s.name.slice(r.name.length + 1)),
            }));
        }));
        found.push(...lists.flat());
        this.byKey = new Map(found.map((r) => [key(r.group, r.version, r.kind), r]));
    }
}
function fromAggregated(list) {
    const out = [];
    for (const g of list.items ?? []) {
        const group = g.metadata?.name ?? '';
        // Versions come in order of preference: the first is the preferred one.
        (g.versions ?? []).forEach((v, i) => {
            for (const r of v.resources ?? []) {
                out.push({
                    group,
                    version: v.version,
                    kind: r.responseKind?.kind ?? '',
                    resource: r.resource,
                    namespaced: r.scope === 'Namespaced',
                    verbs: r.verbs ?? [],
                    preferred: i === 0,
                    subresources: (r.subresources ?? []).flatMap((sr) => sr.subresource ? [sr.subresource] : []),
                });
            }
        });
    }
    return out;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./lib/cluster/kubeconfig.js
/**
 * Which cluster to talk to, and as whom: kubeconfig files (an explicit path, the KUBECONFIG
 * list, ~/.kube/config) or the in-cluster service account, then the context. Parsing and
 * credentials (tokens, client certificates, exec plugins, auth providers) are
 * @kubernetes/client-node's; choosing and explaining is ours.
 */




const SERVICE_ACCOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';
const hintFiles = "pass a kubeconfig file (--kubeconfig), set KUBECONFIG, create ~/.kube/config (e.g. with your cloud's get-credentials command), or run inside a cluster with a service account";
function readable(file, explicit) {
    if (!(0,external_node_fs_.existsSync)(file)) {
        if (explicit)
            throw new errors/* UserError */.yo(`kubeconfig ${file} does not exist`, { file }, hintFiles);
        return false;
    }
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.R_OK);
        return true;
    }
    catch (e) {
        throw new errors/* UserError */.yo(`cannot read kubeconfig ${file}: ${e.message}`, { file }, 'check the file permissions');
    }
}
async function loadFile(file) {
    const { KubeConfig } = await __webpack_require__.e(/* import() */ 172).then(__webpack_require__.bind(__webpack_require__, 62172));
    const kc = new KubeConfig();
    try {
        kc.loadFromFile(file);
    }
    catch (e) {
        const code = e.code;
        if (code)
            throw new errors/* UserError */.yo(`cannot read kubeconfig ${file}: ${e.message}`, { file }, 'point --kubeconfig/KUBECONFIG at a readable file');
        const msg = e.message.split('\n')[0];
        // js-yaml reports positions as "(line:column)".
        const line = /\((\d+):\d+\)/.exec(msg)?.[1];
        throw new errors/* UserError */.yo(`kubeconfig ${file} is not valid: ${msg}`, { file, line: line ? Number(line) : undefined }, 'fix the file or point --kubeconfig/KUBECONFIG at a valid one');
    }
    return kc;
}
/** Merges like kubectl: for clusters, users and contexts the first file defining a name wins, and so does the first current-context. */
async function merge(files) {
    const { KubeConfig } = await __webpack_require__.e(/* import() */ 172).then(__webpack_require__.bind(__webpack_require__, 62172));
    const loaded = await Promise.all(files.map(loadFile));
    const firstByName = (lists) => {
        const seen = new Map();
        for (const list of lists)
            for (const item of list ?? [])
                if (!seen.has(item.name))
                    seen.set(item.name, item);
        return [...seen.values()];
    };
    const kc = new KubeConfig();
    kc.loadFromOptions({
        clusters: firstByName(loaded.map((k) => k.clusters)),
        users: firstByName(loaded.map((k) => k.users)),
        contexts: firstByName(loaded.map((k) => k.contexts)),
        currentContext: loaded.map((k) => k.currentContext).find((c) => !!c) ?? '',
    });
    return kc;
}
async function inCluster(env) {
    if (!env.KUBERNETES_SERVICE_HOST || !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(SERVICE_ACCOUNT, 'token')))
        return undefined;
    const { KubeConfig } = await __webpack_require__.e(/* import() */ 172).then(__webpack_require__.bind(__webpack_require__, 62172));
    const kc = new KubeConfig();
    kc.loadFromCluster();
    return kc;
}
async function loadKubeconfig(opts = {}, env = process.env) {
    const explicit = opts.kubeconfig !== undefined;
    const listed = (opts.kubeconfig ?? env.KUBECONFIG ?? '').split(external_node_path_.delimiter).filter((f) => f !== '');
    // Like kubectl, files in KUBECONFIG that do not exist are skipped; an explicit path must exist.
    let files = listed.filter((f) => readable(f, explicit));
    if (listed.length === 0) {
        const home = (0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), '.kube', 'config');
        files = readable(home, false) ? [home] : [];
    }
    let kc;
    let source;
    if (files.length > 0) {
        kc = await merge(files);
        source = `kubeconfig ${files.join(external_node_path_.delimiter)}`;
    }
    else {
        kc = await inCluster(env);
        source = 'the in-cluster service account';
        if (!kc) {
            const why = listed.length > 0
                ? `none of the files in KUBECONFIG exist (${listed.join(external_node_path_.delimiter)})`
                : 'no kubeconfig found';
            throw new errors/* UserError */.yo(`cannot connect to a Kubernetes cluster: ${why}`, {}, hintFiles);
        }
    }
    const known = kc.getContexts().map((c) => c.name);
    const wanted = opts.context || kc.getCurrentContext();
    if (!wanted) {
        throw new errors/* UserError */.yo(`${source} has no current-context`, { file: files[0] }, known.length
            ? `choose one with --context: ${known.join(', ')}`
            : 'add a context to the kubeconfig');
    }
    const ctx = kc.getContextObject(wanted);
    if (!ctx) {
        const guess = (0,errors/* nearest */.pA)(wanted, known);
        throw new errors/* UserError */.yo(`context "${wanted}" is not in ${source}`, { file: files[0] }, `${guess ? `did you mean "${guess}"? ` : ''}known contexts: ${known.join(', ') || '(none)'}`);
    }
    kc.setCurrentContext(wanted);
    const cluster = kc.getCluster(ctx.cluster);
    if (!cluster) {
        throw new errors/* UserError */.yo(`context "${wanted}" refers to cluster "${ctx.cluster}", which is not in ${source}`, { file: files[0] }, 'add the cluster entry or fix the context');
    }
    if (ctx.user && !kc.getUser(ctx.user)) {
        throw new errors/* UserError */.yo(`context "${wanted}" refers to user "${ctx.user}", which is not in ${source}`, { file: files[0] }, 'add the user entry or fix the context');
    }
    if (cluster.server.startsWith('http:') && !cluster.skipTLSVerify) {
        // Plain HTTP (e.g. `kubectl proxy`) has no TLS to verify, but client-node refuses it
        // unless told to skip verification.
        kc.loadFromOptions({
            clusters: kc.clusters.map((c) => c.name === cluster.name ? { ...c, skipTLSVerify: true } : c),
            users: kc.users,
            contexts: kc.contexts,
            currentContext: wanted,
        });
    }
    return {
        kc,
        context: wanted,
        server: cluster.server.replace(/\/+$/, ''),
        namespace: ctx.namespace || 'default',
        source,
    };
}

// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./lib/util/undici.js
var util_undici = __webpack_require__(65522);
;// CONCATENATED MODULE: ./lib/cluster/transport.js




/** `299 - "text"` (RFC 7234 warn-code, agent, quoted text) → `text`. */
function parseWarnings(header) {
    if (header === undefined)
        return [];
    const out = [];
    for (const h of Array.isArray(header) ? header : [header]) {
        const re = /\d{3}\s+\S+\s+"((?:[^"\\]|\\.)*)"/g;
        let m;
        let found = false;
        while ((m = re.exec(h))) {
            out.push(m[1].replace(/\\(.)/g, '$1'));
            found = true;
        }
        if (!found && h.trim())
            out.push(h.trim());
    }
    return out;
}
/** Failures worth another attempt: the connection, not the request, went wrong. */
const RETRYABLE_NETWORK = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_CLOSED',
]);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function networkCode(e) {
    let cur = e;
    for (let i = 0; i < 4 && cur; i++) {
        const code = cur.code;
        if (typeof code === 'string')
            return code;
        cur = cur.cause;
    }
    return undefined;
}
class Transport {
    kc;
    endpoint;
    dispatcher;
    tlsKey;
    limit;
    retry;
    timeoutMs;
    userAgent;
    constructor(kc, endpoint, opts = {}) {
        this.kc = kc;
        this.endpoint = endpoint;
        this.limit = (0,p_limit/* default */.A)(opts.concurrency ?? 16);
        this.retry = { attempts: 5, baseDelayMs: 250, maxDelayMs: 10_000, ...opts.retry };
        this.timeoutMs = opts.timeoutMs ?? 60_000;
        this.userAgent = opts.userAgent ?? 'shipshape';
    }
    /** Headers and TLS material for the current context, as client-node computes them. */
    async credentials() {
        const opts = {
            headers: {},
        };
        try {
            await this.kc.applyToHTTPSOptions(opts);
        }
        catch (e) {
            throw new errors/* UserError */.yo(`cannot get credentials for context "${this.endpoint.context}": ${e.message}`, {}, 'check the user entry of the context (exec plugin installed and working, token file readable)');
        }
        const headers = {};
        for (const [k, v] of Object.entries(opts.headers))
            headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
        if (opts.auth)
            headers.authorization = `Basic ${Buffer.from(opts.auth).toString('base64')}`;
        const { ca, cert, key, rejectUnauthorized, servername } = opts;
        return { headers, tls: { ca, cert, key, rejectUnauthorized, servername } };
    }
    /** One undici dispatcher per distinct TLS material (exec plugins may rotate client certificates). */
    dispatcherFor(tls, { Agent, ProxyAgent }) {
        const key = JSON.stringify([
            tls.ca?.toString('base64'),
            tls.cert?.toString('base64'),
            tls.key?.length,
            tls.rejectUnauthorized,
            tls.servername,
        ]);
        if (this.dispatcher && key === this.tlsKey)
            return this.dispatcher;
        void this.dispatcher?.close();
        const connect = {
            ca: tls.ca,
            cert: tls.cert,
            key: tls.key,
            rejectUnauthorized: tls.rejectUnauthorized ?? true,
            servername: tls.servername,
        };
        const proxy = this.kc.getCurrentCluster()?.proxyUrl;
        if (proxy && !/^https?:/.test(proxy)) {
            throw new errors/* UserError */.yo(`the proxy-url ${proxy} of context "${this.endpoint.context}" is not supported`, {}, 'use an http:// or https:// proxy');
        }
        this.dispatcher = proxy
            ? new ProxyAgent({ uri: proxy, requestTls: connect })
            : new Agent({ connect });
        this.tlsKey = key;
        return this.dispatcher;
    }
    url(path, query = {}) {
        const q = new URLSearchParams();
        for (const [k, v] of Object.entries(query))
            if (v !== undefined)
                q.set(k, v);
        const qs = q.toString();
        return `${this.endpoint.server}${path}${qs ? `?${qs}` : ''}`;
    }
    /** A request with retries; errors become KubeApiError (HTTP) or UserError (unreachable). */
    async send(req, op) {
        for (let attempt = 1;; attempt++) {
            let retryAfterMs;
            try {
                const res = await this.limit(() => this.once(req));
                if (res.status < 400)
                    return res;
                const retryable = res.status === 429 || res.status >= 500;
                if (!retryable || attempt >= this.retry.attempts) {
                    throw errorFromStatus(asStatus(res), res.status, op, this.endpoint);
                }
                retryAfterMs = res.retryAfterMs;
            }
            catch (e) {
                if (e instanceof errors/* UserError */.yo)
                    throw e;
                const code = networkCode(e);
                if (!code || !RETRYABLE_NETWORK.has(code) || attempt >= this.retry.attempts)
                    throw this.unreachable(e, code);
            }
            const backoff = this.retry.baseDelayMs * 2 ** (attempt - 1) * (0.8 + Math.random() * 0.4);
            await sleep(Math.min(retryAfterMs ?? backoff, this.retry.maxDelayMs));
        }
    }
    async once(req) {
        const { headers, tls } = await this.credentials();
        const undici = await (0,util_undici/* loadUndici */.b)();
        const res = await undici.request(this.url(req.path, req.query), {
            method: req.method,
            dispatcher: this.dispatcherFor(tls, undici),
            headers: {
                ...headers,
                accept: req.accept ?? 'application/json',
                'user-agent': this.userAgent,
                ...(req.body !== undefined
                    ? { 'content-type': req.contentType ?? 'application/json' }
                    : {}),
            },
            body: req.body !== undefined ? JSON.stringify(req.body) : undefined,
            headersTimeout: this.timeoutMs,
            bodyTimeout: this.timeoutMs,
        });
        const text = await res.body.text();
        const contentType = String(res.headers['content-type'] ?? '');
        let body = text;
        if (contentType.includes('json') && text !== '') {
            try {
                body = JSON.parse(text);
            }
            catch {
                body = text;
            }
        }
        const ra = Number(res.headers['retry-after']);
        const warnings = parseWarnings(res.headers.warning);
        return {
            status: res.statusCode,
            contentType,
            body,
            ...(warnings.length ? { warnings } : {}),
            retryAfterMs: Number.isFinite(ra) && ra >= 0 ? ra * 1000 : undefined,
        };
    }
    /** A streaming GET (watch): the body as it arrives; not counted against the concurrency limit. */
    async stream(path, query, signal, op) {
        let res;
        try {
            const { headers, tls } = await this.credentials();
            const undici = await (0,util_undici/* loadUndici */.b)();
            res = await undici.request(this.url(path, query), {
                method: 'GET',
                dispatcher: this.dispatcherFor(tls, undici),
                headers: { ...headers, accept: 'application/json', 'user-agent': this.userAgent },
                signal,
                headersTimeout: this.timeoutMs,
                bodyTimeout: 0,
            });
        }
        catch (e) {
            if (e instanceof errors/* UserError */.yo || signal.aborted)
                throw e;
            throw this.unreachable(e, networkCode(e));
        }
        if (res.statusCode >= 400) {
            const text = await res.body.text();
            let status = {};
            try {
                status = JSON.parse(text);
            }
            catch {
                status = { message: text };
            }
            throw errorFromStatus(status, res.statusCode, op, this.endpoint);
        }
        return res.body;
    }
    unreachable(e, code) {
        const detail = code ? `${code}: ${e.message}` : e.message;
        const tlsProblem = /certificate|self.signed|CERT_|SSL|TLS/i.test(detail);
        return new errors/* UserError */.yo(`cannot reach the Kubernetes API server at ${this.endpoint.server} (context "${this.endpoint.context}"): ${detail}`, {}, tlsProblem
            ? 'the server certificate is not trusted: check certificate-authority(-data) of the cluster entry in the kubeconfig'
            : 'check that the cluster is running and that the server address in the kubeconfig is reachable from here', { cause: e });
    }
    async close() {
        await this.dispatcher?.close();
        this.dispatcher = undefined;
    }
}
function asStatus(res) {
    if (typeof res.body === 'object' &&
        res.body !== null &&
        res.body.kind === 'Status')
        return res.body;
    return {
        // Plain-text answers (a 429 from the server's rate limiting) end with a newline.
        message: typeof res.body === 'string' && res.body.trim() ? res.body.trim().slice(0, 300) : undefined,
        code: res.status,
    };
}

;// CONCATENATED MODULE: ./lib/cluster/watch.js
/** The events of a watch response body, as they arrive. */
async function* watchEvents(body) {
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of body) {
        buffer += decoder.decode(chunk, { stream: true });
        let nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
            const line = buffer.slice(0, nl).trim();
            buffer = buffer.slice(nl + 1);
            if (line)
                yield JSON.parse(line);
        }
    }
    if (buffer.trim())
        yield JSON.parse(buffer);
}
/** Whether `obj` has a condition `type` with `status` (default "True"). */
function hasCondition(obj, type, status = 'True') {
    const conditions = obj?.status?.conditions;
    return (Array.isArray(conditions) && conditions.some((c) => c.type === type && c.status === status));
}

;// CONCATENATED MODULE: ./lib/cluster/cluster.js
/**
 * A connection to one cluster: get, list, server-side apply (optionally dry-run), delete,
 * watch and wait. Objects are plain JSON (K8sObject) in and out.
 */






const CRD_KIND = 'CustomResourceDefinition';
const enc = encodeURIComponent;
class Cluster {
    transport;
    context;
    server;
    namespace;
    discovery;
    constructor(transport, 
    /** The kubeconfig context in use. */
    context, server, 
    /** Namespace for namespaced objects that name none. */
    namespace) {
        this.transport = transport;
        this.context = context;
        this.server = server;
        this.namespace = namespace;
        this.discovery = new Discovery(transport, `the cluster of context "${context}"`);
    }
    /** The server's version (`/version`). */
    async version() {
        const res = await this.transport.send({ method: 'GET', path: '/version' }, { verb: 'get', target: 'the server version' });
        return res.body;
    }
    /** Resolves the target's resource; `verb` names the operation in errors from discovery. */
    async locate(target, verb) {
        let apiVersion;
        let kind;
        let namespace;
        let name;
        if (typeof target.apiVersion === 'string' || target.metadata) {
            const o = target;
            apiVersion = o.apiVersion ?? '';
            kind = o.kind ?? '';
            namespace = typeof o.metadata?.namespace === 'string' ? o.metadata.namespace : '';
            name = typeof o.metadata?.name === 'string' ? o.metadata.name : '';
        }
        else {
            const r = target;
            apiVersion = r.group ? `${r.group}/${r.version}` : r.version;
            ({ kind, namespace, name } = r);
        }
        const info = await this.resolve(apiVersion, kind, verb, `${kind} ${namespace ? `${namespace}/` : ''}${name}`);
        if (!name)
            throw new errors/* UserError */.yo(`a ${kind} without metadata.name cannot be sent to the cluster`, {}, 'give the object a name');
        const ns = info.namespaced ? namespace || this.namespace : undefined;
        return { info, namespace: ns, name, label: `${kind} ${ns ? `${ns}/` : ''}${name}` };
    }
    /** Discovery, with 401/403 explained in terms of what the caller was doing. */
    async resolve(apiVersion, kind, verb, target) {
        try {
            return await this.discovery.resolve(apiVersion, kind);
        }
        catch (e) {
            if (e instanceof KubeApiError && (e.code === 401 || e.code === 403)) {
                throw errorFromStatus(e.status, e.code, { verb, target }, { server: this.server, context: this.context });
            }
            throw e;
        }
    }
    path(info, namespace, name) {
        const base = info.group ? `/apis/${info.group}/${info.version}` : `/api/${info.version}`;
        const ns = info.namespaced && namespace !== undefined ? `/namespaces/${enc(namespace)}` : '';
        return `${base}${ns}/${info.resource}${name !== undefined ? `/${enc(name)}` : ''}`;
    }
    /** The object as stored, or undefined if it does not exist. */
    async get(target) {
        const { info, namespace, name, label } = await this.locate(target, 'get');
        try {
            const res = await this.transport.send({ method: 'GET', path: this.path(info, namespace, name) }, { verb: 'get', target: label });
            return res.body;
        }
        catch (e) {
            if (e instanceof KubeApiError && e.code === 404)
                return undefined;
            throw e;
        }
    }
    /** Every object of a kind matching the options, following `continue` across pages. */
    async list(type, opts = {}) {
        const info = await this.resolve(type.apiVersion, type.kind, 'list', type.kind);
        return this.listResource(info, opts.namespace, opts);
    }
    async listResource(info, namespace, opts) {
        const apiVersion = info.group ? `${info.group}/${info.version}` : info.version;
        const items = [];
        let cont;
        let resourceVersion = '';
        const label = `${info.resource}${info.group ? `.${info.group}` : ''}${namespace ? ` in namespace "${namespace}"` : ''}`;
        do {
            const res = await this.transport.send({
                method: 'GET',
                path: this.path(info, info.namespaced ? namespace : undefined),
                query: {
                    labelSelector: opts.labelSelector,
                    fieldSelector: opts.fieldSelector,
                    limit: String(opts.pageSize ?? 500),
                    continue: cont,
                },
            }, { verb: 'list', target: label });
            const list = res.body;
            // Items of built-in lists carry no apiVersion/kind; callers get complete objects.
            for (const item of list.items ?? [])
                items.push({ apiVersion, kind: info.kind, ...item });
            cont = list.metadata?.continue || undefined;
            resourceVersion = list.metadata?.resourceVersion ?? resourceVersion;
        } while (cont);
        return { items, resourceVersion };
    }
    /**
     * Server-side apply (PATCH application/apply-patch+yaml). Returns the object as the server
     * stored it (or, with dryRun, would store it). Conflicts throw ApplyConflictError.
     */
    async apply(obj, opts = {}) {
        const { info, namespace, name, label } = await this.locate(obj, opts.dryRun ? 'dry-run apply' : 'apply');
        const metadata = { ...obj.metadata };
        if (info.namespaced)
            metadata.namespace = namespace;
        else
            delete metadata.namespace;
        const res = await this.transport.send({
            method: 'PATCH',
            path: this.path(info, namespace, name),
            query: {
                fieldManager: opts.fieldManager ?? 'kluctl',
                force: opts.force ? 'true' : undefined,
                dryRun: opts.dryRun ? 'All' : undefined,
            },
            body: { ...obj, metadata },
            contentType: 'application/apply-patch+yaml',
        }, { verb: opts.dryRun ? 'dry-run apply' : 'apply', target: label });
        if (res.warnings)
            opts.warnings?.push(...res.warnings);
        if (info.kind === CRD_KIND && !opts.dryRun)
            this.discovery.forgetMisses();
        return res.body;
    }
    /**
     * Replaces the object (PUT, an update by field manager `kluctl`): every field not in `obj`
     * is dropped, whoever owned it. Without `metadata.resourceVersion` the update is
     * unconditional. Returns the object as stored (or, with dryRun, as it would be).
     */
    async replace(obj, opts = {}) {
        const verb = opts.dryRun ? 'dry-run replace' : 'replace';
        const { info, namespace, name, label } = await this.locate(obj, verb);
        const metadata = { ...obj.metadata };
        if (info.namespaced)
            metadata.namespace = namespace;
        else
            delete metadata.namespace;
        const res = await this.transport.send({
            method: 'PUT',
            path: this.path(info, namespace, name),
            query: {
                fieldManager: opts.fieldManager ?? 'kluctl',
                dryRun: opts.dryRun ? 'All' : undefined,
            },
            body: { ...obj, metadata },
        }, { verb, target: label });
        if (res.warnings)
            opts.warnings?.push(...res.warnings);
        if (info.kind === CRD_KIND && !opts.dryRun)
            this.discovery.forgetMisses();
        return res.body;
    }
    /**
     * Names of the objects of a kind in a namespace (or of a cluster-scoped kind), read as
     * metadata only: what exists, without transferring the objects.
     */
    async listNames(type, opts = {}) {
        const info = await this.resolve(type.apiVersion, type.kind, 'list', type.kind);
        const names = new Set();
        let cont;
        do {
            const res = await this.transport.send({
                method: 'GET',
                path: this.path(info, info.namespaced ? opts.namespace : undefined),
                query: { limit: '500', continue: cont },
                accept: 'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json',
            }, { verb: 'list', target: `${info.resource}${info.group ? `.${info.group}` : ''}` });
            const list = res.body;
            for (const item of list.items ?? [])
                if (item.metadata?.name)
                    names.add(item.metadata.name);
            cont = list.metadata?.continue || undefined;
        } while (cont);
        return names;
    }
    async delete(target, opts = {}) {
        const { info, namespace, name, label } = await this.locate(target, 'delete');
        try {
            const res = await this.transport.send({
                method: 'DELETE',
                path: this.path(info, namespace, name),
                // With a body the API server reads every option from it and ignores the query, so
                // dryRun must be in the body; it is in the query too, so that proxies and audit
                // logs see a dry run for what it is.
                query: { dryRun: opts.dryRun ? 'All' : undefined },
                body: {
                    apiVersion: 'v1',
                    kind: 'DeleteOptions',
                    propagationPolicy: opts.propagationPolicy ?? 'Background',
                    ...(opts.dryRun ? { dryRun: ['All'] } : {}),
                },
            }, { verb: 'delete', target: label });
            if (res.warnings)
                opts.warnings?.push(...res.warnings);
            const body = res.body;
            // Gone at once: a Status (or, for Pods and ServiceAccounts, the last state of the object);
            // still finalizing: the object with its deletionTimestamp.
            if (body.kind === 'Status')
                return { outcome: 'deleted' };
            const pending = !!body.metadata
                ?.deletionTimestamp;
            return { outcome: pending ? 'terminating' : 'deleted', object: body };
        }
        catch (e) {
            if (e instanceof KubeApiError && e.code === 404)
                return { outcome: 'not-found' };
            throw e;
        }
    }
    /** Events for objects of a kind, until the server ends the watch or `signal` aborts. */
    async *watch(type, opts = {}) {
        const info = await this.resolve(type.apiVersion, type.kind, 'watch', type.kind);
        yield* this.watchResource(info, opts.namespace, opts);
    }
    async *watchResource(info, namespace, opts) {
        const ac = new AbortController();
        const onAbort = () => ac.abort();
        opts.signal?.addEventListener('abort', onAbort);
        try {
            const body = await this.transport.stream(this.path(info, info.namespaced ? namespace : undefined), {
                watch: 'true',
                allowWatchBookmarks: 'true',
                resourceVersion: opts.resourceVersion,
                labelSelector: opts.labelSelector,
                fieldSelector: opts.fieldSelector,
                timeoutSeconds: opts.timeoutSeconds !== undefined ? String(opts.timeoutSeconds) : undefined,
            }, ac.signal, { verb: 'watch', target: `${info.resource}${info.group ? `.${info.group}` : ''}` });
            yield* watchEvents(body);
        }
        catch (e) {
            // Aborting (the caller's signal, or a wait that is done or out of time) ends the watch quietly.
            if (!ac.signal.aborted)
                throw e;
        }
        finally {
            opts.signal?.removeEventListener('abort', onAbort);
            ac.abort();
        }
    }
    /**
     * Waits until `predicate` holds for the object (undefined = it does not exist), listing once
     * and then following a watch, re-listing when the watch ends. Returns the object that matched.
     */
    async waitFor(target, predicate, opts = {}) {
        const { info, namespace, name, label } = await this.locate(target, 'watch');
        const timeoutMs = opts.timeoutMs ?? 300_000;
        const deadline = Date.now() + timeoutMs;
        const fieldSelector = `metadata.name=${name}`;
        while (!opts.signal?.aborted) {
            const { items, resourceVersion } = await this.listResource(info, namespace, {
                fieldSelector,
            });
            let current = items[0];
            if (predicate(current))
                return current;
            const remaining = deadline - Date.now();
            if (remaining <= 0)
                break;
            const ac = new AbortController();
            const timer = setTimeout(() => ac.abort(), remaining);
            const onAbort = () => ac.abort();
            opts.signal?.addEventListener('abort', onAbort);
            try {
                const events = this.watchResource(info, namespace, {
                    fieldSelector,
                    resourceVersion,
                    signal: ac.signal,
                    timeoutSeconds: Math.ceil(remaining / 1000),
                });
                for await (const ev of events) {
                    // ERROR (e.g. 410 Gone: the version is too old) means: list again.
                    if (ev.type === 'ERROR')
                        break;
                    if (ev.type === 'BOOKMARK')
                        continue;
                    current = ev.type === 'DELETED' ? undefined : ev.object;
                    if (predicate(current))
                        return current;
                }
            }
            finally {
                clearTimeout(timer);
                opts.signal?.removeEventListener('abort', onAbort);
            }
            if (Date.now() >= deadline)
                break;
        }
        if (opts.signal?.aborted)
            throw new errors/* UserError */.yo(`stopped waiting for ${label} to ${opts.description ?? 'reach the expected state'}`);
        throw new errors/* UserError */.yo(`timed out after ${Math.round(timeoutMs / 1000)}s waiting for ${label} to ${opts.description ?? 'reach the expected state'}`, {}, 'check the object and its events in the cluster (kubectl describe), or allow more time');
    }
    /** Waits until the object is gone. */
    async waitForDeletion(target, opts = {}) {
        await this.waitFor(target, (o) => o === undefined, { description: 'be deleted', ...opts });
    }
    /** Closes the connections. */
    async close() {
        await this.transport.close();
    }
}
/** Reads the kubeconfig (or in-cluster config) and returns a Cluster; no request is made yet. */
async function connectCluster(opts = {}) {
    const cfg = await loadKubeconfig(opts, opts.env ?? process.env);
    const transport = new Transport(cfg.kc, { server: cfg.server, context: cfg.context }, opts);
    return new Cluster(transport, cfg.context, cfg.server, cfg.namespace);
}

;// CONCATENATED MODULE: ./lib/cluster/index.js
/**
 * Kubernetes access for diff --against cluster and deploy. See docs/cluster.md.
 */





/***/ }),

/***/ 40596:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q8: () => (/* binding */ droppedHookNote),
/* harmony export */   RZ: () => (/* binding */ HELM_TO_KLUCTL_HOOK)
/* harmony export */ });
/* unused harmony export helmHookMapping */
/* harmony import */ var _util_merge_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45536);
/**
 * Helm hooks as kluctl hooks (kluctl's docs, "Helm hooks"): a chart's `helm.sh/hook`
 * annotation maps to kluctl's hook phases; delete, rollback and test hooks have no kluctl
 * phase and are not run, which the render notes per object. `helm.sh/hook-weight` and
 * `helm.sh/hook-delete-policy` serve when the kluctl annotations are absent.
 */

const HELM_TO_KLUCTL_HOOK = {
    'pre-install': 'pre-deploy-initial',
    'post-install': 'post-deploy-initial',
    'pre-upgrade': 'pre-deploy-upgrade',
    'post-upgrade': 'post-deploy-upgrade',
};
const DROPPED = new Set([
    'pre-delete',
    'post-delete',
    'pre-rollback',
    'post-rollback',
    'test',
    'test-success',
    'test-failure',
]);
const list = (v) => typeof v === 'string'
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
/** The kluctl hook meaning of an object's Helm hook annotations; undefined when it has none. */
function helmHookMapping(obj) {
    const md = (0,_util_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(obj) && (0,_util_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(obj.metadata) ? obj.metadata : undefined;
    const ann = md && (0,_util_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(md.annotations) ? md.annotations : undefined;
    const helm = list(ann?.['helm.sh/hook']);
    if (!helm.length)
        return undefined;
    const hooks = [];
    const dropped = [];
    const unknown = [];
    for (const h of helm) {
        if (HELM_TO_KLUCTL_HOOK[h])
            hooks.push(HELM_TO_KLUCTL_HOOK[h]);
        else if (DROPPED.has(h))
            dropped.push(h);
        else
            unknown.push(h);
    }
    const weight = Number(ann?.['helm.sh/hook-weight'] ?? 0);
    const deletePolicies = list(ann?.['helm.sh/hook-delete-policy']);
    return {
        hooks: [...new Set(hooks)],
        dropped,
        unknown,
        weight: Number.isInteger(weight) ? weight : 0,
        deletePolicies: deletePolicies.length ? deletePolicies : ['before-hook-creation'],
    };
}
/** A one-line note for objects with Helm hooks that are not run; undefined when there are none. */
function droppedHookNote(obj, name) {
    const m = helmHookMapping(obj);
    if (!m || (m.dropped.length === 0 && m.unknown.length === 0))
        return undefined;
    const parts = [];
    if (m.dropped.length)
        parts.push(`Helm hook${m.dropped.length > 1 ? 's' : ''} ${m.dropped.join(', ')} ${m.dropped.length > 1 ? 'have' : 'has'} no kluctl equivalent and ${m.dropped.length > 1 ? 'are' : 'is'} not run`);
    if (m.unknown.length)
        parts.push(`unknown Helm hook ${m.unknown.join(', ')} is ignored`);
    const rest = m.hooks.length ? `; it runs as ${m.hooks.join(', ')}` : '';
    return `${name}: ${parts.join('; ')}${rest}`;
}


/***/ }),

/***/ 70213:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OG: () => (/* binding */ INSTALL_NAMESPACE_ANNOTATION),
  MI: () => (/* binding */ findHelm),
  Zp: () => (/* binding */ helmTemplate),
  ij: () => (/* binding */ renderedChartFile)
});

// UNUSED EXPORTS: DEFAULT_HELM_LIMITS, parseHelmOutput

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/util/isolated-tool.js
var isolated_tool = __webpack_require__(88808);
// EXTERNAL MODULE: ./lib/util/merge.js
var merge = __webpack_require__(45536);
;// CONCATENATED MODULE: ./lib/helm/capabilities.js
/**
 * What a chart sees as the cluster when kluctl renders offline (`kluctl render
 * --offline-kubernetes`, and every render shipshape does): `.Capabilities.KubeVersion` is
 * Helm's built-in default v1.20.0, and `.Capabilities.APIVersions` the API group versions
 * client-go knows in the kluctl release that is the oracle (2.22.1: client-go 0.28). Both
 * were read from kluctl itself, by rendering a chart that prints them
 * (test/helm/render-oracle.test.ts checks they still agree).
 *
 * `helm template` is told both explicitly: an official helm release sets its default kube
 * version to its own client-go version, and its API version list differs per release. The
 * list is added to helm's own (helm has no way to remove versions), so API versions a newer
 * helm knows and kluctl 2.22.1 does not still answer true to `.Capabilities.APIVersions.Has`.
 */
const OFFLINE_KUBE_VERSION = 'v1.20.0';
const OFFLINE_API_VERSIONS = [
    'v1',
    'admissionregistration.k8s.io/v1',
    'admissionregistration.k8s.io/v1alpha1',
    'admissionregistration.k8s.io/v1beta1',
    'internal.apiserver.k8s.io/v1alpha1',
    'apps/v1',
    'apps/v1beta1',
    'apps/v1beta2',
    'authentication.k8s.io/v1',
    'authentication.k8s.io/v1alpha1',
    'authentication.k8s.io/v1beta1',
    'authorization.k8s.io/v1',
    'authorization.k8s.io/v1beta1',
    'autoscaling/v1',
    'autoscaling/v2',
    'autoscaling/v2beta1',
    'autoscaling/v2beta2',
    'batch/v1',
    'batch/v1beta1',
    'certificates.k8s.io/v1',
    'certificates.k8s.io/v1beta1',
    'certificates.k8s.io/v1alpha1',
    'coordination.k8s.io/v1beta1',
    'coordination.k8s.io/v1',
    'discovery.k8s.io/v1',
    'discovery.k8s.io/v1beta1',
    'events.k8s.io/v1',
    'events.k8s.io/v1beta1',
    'extensions/v1beta1',
    'flowcontrol.apiserver.k8s.io/v1alpha1',
    'flowcontrol.apiserver.k8s.io/v1beta1',
    'flowcontrol.apiserver.k8s.io/v1beta2',
    'flowcontrol.apiserver.k8s.io/v1beta3',
    'networking.k8s.io/v1',
    'networking.k8s.io/v1alpha1',
    'networking.k8s.io/v1beta1',
    'node.k8s.io/v1',
    'node.k8s.io/v1alpha1',
    'node.k8s.io/v1beta1',
    'policy/v1',
    'policy/v1beta1',
    'rbac.authorization.k8s.io/v1',
    'rbac.authorization.k8s.io/v1beta1',
    'rbac.authorization.k8s.io/v1alpha1',
    'resource.k8s.io/v1alpha2',
    'scheduling.k8s.io/v1alpha1',
    'scheduling.k8s.io/v1beta1',
    'scheduling.k8s.io/v1',
    'storage.k8s.io/v1beta1',
    'storage.k8s.io/v1',
    'storage.k8s.io/v1alpha1',
    'apiextensions.k8s.io/v1beta1',
    'apiextensions.k8s.io/v1',
];

// EXTERNAL MODULE: ./lib/helm/chart-files.js
var chart_files = __webpack_require__(64842);
;// CONCATENATED MODULE: ./lib/helm/template.js
/**
 * Rendering a chart: `helm template` with what kluctl passes to Helm's install action in its
 * offline render (release name, namespace, values, CRDs included unless skipCRDs, test hooks
 * left out, kluctl's offline kube version and API versions), then the output read the way
 * kluctl reads it (YAML 1.1 through sigs.k8s.io/yaml: `yes` is true, `0777` is 511, a later
 * duplicate key wins) and, when helm-chart.yaml names a namespace, every object marked with
 * `kluctl.io/helm-install-namespace` as kluctl marks it.
 *
 * One helm process per distinct chart + values + release: the same inputs in one run (or in
 * several renders of one process, e.g. base and head of a diff, or every target) reuse the
 * first result.
 *
 * helm runs like kustomize does (render/kustomize.ts): with none of our environment (no
 * token, no PATH, no Helm configuration or plugins of the user), every HTTP request sent to a
 * closed port, and bounded in time and memory.
 */











const INSTALL_NAMESPACE_ANNOTATION = 'kluctl.io/helm-install-namespace';
const DEFAULT_HELM_LIMITS = isolated_tool/* DEFAULT_TOOL_LIMITS */.gi;
// Where helm was found, by PATH: every Helm item asks, and a search of a long PATH is a
// failed access() per directory.
const foundHelm = new Map();
/** The helm binary on the PATH, or a UserError saying how to get one. */
function findHelm(env = process.env) {
    const known = foundHelm.get(env.PATH ?? '');
    if (known)
        return known;
    const helm = (0,isolated_tool/* findOnPath */.aY)('helm', env);
    if (helm) {
        foundHelm.set(env.PATH ?? '', helm);
        return helm;
    }
    throw new errors/* UserError */.yo('the helm binary was not found on the PATH; it is needed to render Helm charts', {}, "install Helm 3 (https://helm.sh/docs/intro/install/; GitHub's hosted runners have it) and put it on the PATH, or exclude the Helm items (-E <tag>)");
}
/**
 * helm's own directories, in its (empty) home: no configuration or plugins of the user.
 * GOGC=400: a `helm template` process lives ~40 ms, a quarter of it in garbage collections of
 * its start-up (measured: 45 -> 33 ms of CPU per process, the same peak memory on `helm
 * create` charts); a large chart's memory stays bounded by the isolated run's GOMEMLIMIT.
 * (kustomize gains nothing from it: its time is its own algorithm, and it holds more.)
 */
function helmEnv(home) {
    return {
        GOGC: '400',
        HOME: home,
        HELM_CACHE_HOME: external_node_path_.join(home, 'cache'),
        HELM_CONFIG_HOME: external_node_path_.join(home, 'config'),
        HELM_DATA_HOME: external_node_path_.join(home, 'data'),
        HELM_PLUGINS: external_node_path_.join(home, 'plugins'),
        KUBECONFIG: external_node_path_.join(home, 'no-kubeconfig'),
    };
}
function helmError(job, failure, limits = DEFAULT_HELM_LIMITS) {
    const what = `chart ${job.chartName} (release ${job.releaseName}) of item ${job.item}`;
    if ((0,isolated_tool/* outOfMemory */.v7)(failure))
        return new errors/* UserError */.yo(`helm template of ${what} needed more than ${Math.round(limits.memoryBytes / 1024 ** 2)} MB and was stopped`, { file: job.file }, 'check the chart and its values');
    if (failure.stopped === 'timeout')
        return new errors/* UserError */.yo(`helm template of ${what} took longer than ${limits.timeoutMs / 1000} s and was stopped`, { file: job.file }, 'check the chart and its values');
    // Paths of our private copy mean nothing to the user.
    const text = (0,isolated_tool/* goErrorText */.SG)(failure).split(job.chartDir).join(job.chartName);
    return new errors/* UserError */.yo(`helm template failed for ${what}: ${text}`, { file: job.file }, "fix helm-values.yaml (or the chart); the message above is helm's");
}
// helm's home: empty, shared by every helm process (template writes nothing there).
let helmHome;
async function runHelm(helm, args, job, limits) {
    helmHome ??= (0,external_node_fs_.mkdtempSync)(external_node_path_.join((0,chart_files/* helmScratchDir */.Ib)(), 'home-'));
    try {
        return await (0,isolated_tool/* runIsolated */.Tr)(helm, args, { env: helmEnv(helmHome), limits });
    }
    catch (failure) {
        throw helmError(job, failure, limits);
    }
}
// YAML 1.1 as yaml.v2 (inside sigs.k8s.io/yaml) reads it: booleans yes/no/on/off/y/n, octal
// 0777, merge keys; no timestamps, binary, sets or sexagesimal numbers.
const DROPPED_TAGS = new Set([
    'tag:yaml.org,2002:timestamp',
    'tag:yaml.org,2002:binary',
    'tag:yaml.org,2002:set',
    'tag:yaml.org,2002:omap',
    'tag:yaml.org,2002:pairs',
]);
const MAX_ALIAS_COUNT = 1000;
/** helm's output as kluctl reads it: one mapping per non-empty document. */
function parseHelmOutput(text, what, file) {
    const docs = (0,dist.parseAllDocuments)(text, {
        version: '1.1',
        merge: true,
        uniqueKeys: false,
        customTags: (tags) => tags.filter((t) => {
            const tag = t;
            return !DROPPED_TAGS.has(tag.tag ?? '') && tag.format !== 'TIME';
        }),
    });
    const out = [];
    for (const doc of Array.isArray(docs) ? docs : [docs]) {
        if (doc.errors.length)
            throw new errors/* UserError */.yo(`${what}: helm produced invalid YAML: ${doc.errors[0].message.split('\n')[0]}`, { file }, 'check the chart templates');
        let value;
        try {
            value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        }
        catch {
            throw new errors/* UserError */.yo(`${what}: helm's output expands YAML aliases too much`, { file });
        }
        if (value === null || value === undefined)
            continue;
        if (!(0,merge/* isPlainObject */.Qd)(value))
            throw new errors/* UserError */.yo(`${what}: a document helm rendered is not a mapping (yaml object is not a map)`, { file }, 'check the chart templates');
        // Through JSON, as sigs.k8s.io/yaml converts: keys become strings, numbers float64.
        out.push(JSON.parse(JSON.stringify(value)));
    }
    return out;
}
/**
 * The output file the item's kustomization lists: one JSON document per object (JSON is
 * YAML, and nothing in it can be read back as another type), each with the install
 * namespace annotation when a namespace is set; and the documents it holds.
 */
function renderedChartFile(objects, namespace, header) {
    const documents = objects.map((o) => {
        if (namespace === undefined)
            return o;
        const copy = structuredClone(o);
        const md = ((0,merge/* isPlainObject */.Qd)(copy.metadata) ? copy.metadata : (copy.metadata = {}));
        const ann = ((0,merge/* isPlainObject */.Qd)(md.annotations) ? md.annotations : (md.annotations = {}));
        ann[INSTALL_NAMESPACE_ANNOTATION] = namespace;
        return copy;
    });
    // One comment line whatever the names in it hold (a line break would start YAML).
    const comment = header.replace(/[^\x20-\x7e]+/g, ' ');
    const text = `# ${comment}\n${documents.map((d) => JSON.stringify(d)).join('\n---\n')}\n`;
    return { text, documents };
}
const cache = new Map();
// helm is mostly CPU while it starts and renders, but not all of it: two processes per core
// keep the cores busy (one per core left them idle a third of the time).
const processes = (0,p_limit/* default */.A)((0,external_node_os_.availableParallelism)() * 2);
const CACHE_LIMIT = 256;
function cacheKey(helm, job, values) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([
        helm,
        job.chartHash,
        values,
        job.releaseName,
        job.namespace ?? null,
        job.skipCRDs,
        job.kubeVersion ?? OFFLINE_KUBE_VERSION,
    ]))
        .digest('hex');
}
/** The objects `helm template` renders for a job (shared by every job with the same inputs). */
async function helmTemplate(job, opts = {}) {
    const helm = findHelm(opts.env ?? process.env);
    const values = job.valuesFile ? (0,external_node_fs_.readFileSync)(job.valuesFile, 'utf8') : '';
    const key = cacheKey(helm, job, values);
    let p = cache.get(key);
    if (!p) {
        const args = [
            'template',
            job.releaseName,
            job.chartDir,
            '--namespace',
            job.namespace ?? 'default',
            job.skipCRDs ? '--skip-crds' : '--include-crds',
            '--skip-tests',
            '--kube-version',
            job.kubeVersion ?? OFFLINE_KUBE_VERSION,
            '--api-versions',
            OFFLINE_API_VERSIONS.join(','),
        ];
        if (job.valuesFile)
            args.push('--values', job.valuesFile);
        const what = `chart ${job.chartName} (release ${job.releaseName}) of item ${job.item}`;
        p = processes(() => runHelm(helm, args, job, opts.limits ?? DEFAULT_HELM_LIMITS)).then((out) => parseHelmOutput(out, what, job.file));
        cache.set(key, p);
        p.catch(() => cache.delete(key));
        if (cache.size > CACHE_LIMIT)
            cache.delete(cache.keys().next().value);
    }
    return p;
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

/***/ 77834:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ kluctlPolicy)
/* harmony export */ });
/* harmony import */ var _version_filter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11022);

/** A kluctl `latest_version` filter as a policy; the pinned tag is ranked when it passes. */
function kluctlPolicy(filterText) {
    const f = (0,_version_filter_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersionFilter */ .y)(filterText);
    return {
        text: f.text,
        order: 'version',
        reject: (t) => f.reject(t),
        compare: (a, b) => f.compare(a, b),
        comparable: (t) => f.reject(t) === undefined,
    };
}


/***/ }),

/***/ 11022:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ DEFAULT_FILTER),
  y: () => (/* binding */ parseVersionFilter)
});

// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
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

// EXTERNAL MODULE: ./lib/util/go-regex.js
var go_regex = __webpack_require__(38138);
;// CONCATENATED MODULE: ./lib/images/version-filter.js



const SEMVER_HEAD = /^v?(\d+(?:\.\d+)*)?/;
function semver(allowNoNums) {
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
    const re = (0,go_regex/* compileGoRegex */.l)(pattern, true);
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
                return semver(false);
            if (v.kind === 'ident' && /^(true|t)$/i.test(v.text))
                return semver(true);
            if (v.kind === 'ident' && /^(false|f)$/i.test(v.text))
                return semver(false);
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
                return prefix(p, semver(false));
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


/***/ }),

/***/ 15652:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PS: () => (/* binding */ parseArgFlags),
/* harmony export */   Sf: () => (/* binding */ loadArgsFile),
/* harmony export */   lb: () => (/* binding */ applyArgDefaults)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99661);
/* harmony import */ var _util_merge_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45536);
/* harmony import */ var _util_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9925);




const ARG_PATTERN = /^[a-zA-Z0-9_./-]*=/;
/**
 * `-a name=value`: the value is YAML (`-a d=true` is a boolean, `-a "e='true'"` a string),
 * `a.b=v` sets a nested value, `@file` reads the value from a file and `\@` escapes it.
 */
async function parseArgFlags(flags, cwd) {
    let out = {};
    for (const flag of flags) {
        if (!ARG_PATTERN.test(flag))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`-a/--arg must be NAME=VALUE, got "${flag}"`);
        const eq = flag.indexOf('=');
        const name = flag.slice(0, eq);
        let raw = flag.slice(eq + 1);
        if (raw.startsWith('@')) {
            const file = new URL(raw.slice(1), `file://${cwd}/`).pathname;
            try {
                raw = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
            }
            catch {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`-a ${name}: cannot read ${raw.slice(1)}`);
            }
        }
        else if (raw.startsWith('\\@')) {
            raw = raw.slice(1);
        }
        let value;
        try {
            value = (0,_util_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseKluctlValue */ .ec)(raw);
        }
        catch (err) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`-a ${name}: value is not valid YAML: ${err.message.split('\n')[0]}`);
        }
        const nested = {};
        (0,_util_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .setPath */ .SO)(nested, name.split('.'), value ?? null);
        out = (0,_util_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .deepMerge */ .$N)(out, nested);
    }
    return out;
}
/** `--args-from-file`: a YAML mapping whose keys are arguments. */
async function loadArgsFile(file) {
    const doc = await (0,_util_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .readYamlFile */ .kv)(file, file, { kluctl: true }).catch((err) => {
        if (err.code === 'ENOENT')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--args-from-file: ${file} not found`);
        throw err;
    });
    if (!(0,_util_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(doc.value))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('arguments file must be a mapping', { file });
    return doc.value;
}
/** Defaults underneath, then the given args; fails on a required argument that is missing. */
function applyArgDefaults(specs, given, where) {
    let defaults = {};
    for (const spec of specs) {
        if (!spec.hasDefault)
            continue;
        const d = {};
        (0,_util_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .setPath */ .SO)(d, [spec.name], structuredClone(spec.default));
        defaults = (0,_util_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .deepMerge */ .$N)(defaults, d);
    }
    const args = (0,_util_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .deepMerge */ .$N)(defaults, given);
    for (const spec of specs) {
        if (!spec.hasDefault && !(0,_util_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .getPath */ .Yn)(args, spec.name.split('.')).found) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`required argument "${spec.name}" not set`, { file: where }, `pass it with -a ${spec.name}=VALUE or set it in the target's args`);
        }
    }
    return args;
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

/***/ 98020:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ resolveTarget),
/* harmony export */   u: () => (/* binding */ chooseTargets)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99661);
/* harmony import */ var _util_merge_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45536);
/* harmony import */ var _images_fixed_images_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28235);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15652);




/**
 * The targets a multi-target command (diff, image-bump) works on: the ones asked for (each
 * must exist), else every target; `[undefined]` for a project without targets.
 */
function chooseTargets(project, wanted) {
    const names = project.targets.map((t) => t.name);
    if (names.length === 0) {
        if (wanted.length)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`-t ${wanted[0]}: the project defines no targets; omit -t`);
        return [undefined];
    }
    if (wanted.length === 0)
        return names;
    for (const w of wanted) {
        if (names.includes(w))
            continue;
        const guess = (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .nearest */ .pA)(w, names);
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unknown target "${w}"${guess ? ` (did you mean "${guess}"?)` : ''}; known targets: ${names.join(', ')}`);
    }
    return [...new Set(wanted)];
}
function selectTarget(project, name) {
    const names = project.targets.map((t) => t.name);
    if (project.targets.length === 0) {
        if (name !== undefined)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`-t ${name}: the project defines no targets; omit -t`);
        return undefined;
    }
    // Without -t, kluctl renders the no-name target even when the project defines targets.
    if (name === undefined)
        return undefined;
    const t = project.targets.find((x) => x.name === name);
    if (!t)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unknown target "${name}"; known targets: ${names.join(', ')}`);
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
    if ((0,_util_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(value)) {
        let changed = false;
        const out = (0,_util_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .newMap */ .dg)();
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
    // kluctl merges the args files over the -a arguments: a file wins.
    let external = await (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseArgFlags */ .PS)(req.args ?? [], req.cwd);
    for (const f of req.argsFiles ?? [])
        external = (0,_util_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .deepMerge */ .$N)(external, await (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .loadArgsFile */ .Sf)(f));
    const where = project.file ?? project.dir;
    const computeArgs = (targetValues) => (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .applyArgDefaults */ .lb)(project.args, (0,_util_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .deepMerge */ .$N)((0,_util_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(targetValues.args) ? targetValues.args : {}, external), where);
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
            const r = renderLeaves(values, (s) => s.includes('{')
                ? engine.renderString(s, (0,_util_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .withSortedKeys */ .q8)({ target: values, args }), file)
                : s);
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
            ? (0,_images_fixed_images_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFixedImages */ .Ir)({ file: project.file, value: null, positionOf: () => undefined }, values.images, ['targets', index, 'images'], 'target')
            : [];
        target = {
            ...selected,
            values,
            args: (0,_util_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(values.args) ? values.args : {},
            images,
            context: values.context,
        };
    }
    const discriminator = req.discriminator ?? values.discriminator;
    const context = req.clusterContext ?? '';
    const targetVars = selected
        ? { ...values, aws: targetAws(values.aws, project.aws), context }
        : { ...values, context };
    return { target, targetVars, args, discriminator, images };
}
/**
 * What templates see as `target.aws`: the target's settings, each missing one taken from the
 * project's (kluctl's rule), `{}` when neither has any.
 */
function targetAws(own, project) {
    if (!(0,_util_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(own))
        return project ? { ...project } : {};
    const out = { ...own };
    for (const k of ['profile', 'serviceAccount'])
        if (out[k] === undefined && project?.[k] !== undefined)
            out[k] = project[k];
    return out;
}


/***/ }),

/***/ 11590:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ Inclusion)
/* harmony export */ });
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


/***/ }),

/***/ 1206:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Re: () => (/* reexport */ openRenderCache),
  mp: () => (/* reexport */ renderImageUses),
  CX: () => (/* reexport */ renderProject)
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
// EXTERNAL MODULE: ./lib/images/fixed-images.js
var fixed_images = __webpack_require__(28235);
// EXTERNAL MODULE: ./lib/util/errors.js
var util_errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/util/merge.js
var merge = __webpack_require__(45536);
// EXTERNAL MODULE: ./lib/util/yaml.js
var util_yaml = __webpack_require__(9925);
// EXTERNAL MODULE: ./lib/project/find-file.js
var find_file = __webpack_require__(35109);
// EXTERNAL MODULE: ./lib/project/paths.js
var paths = __webpack_require__(4813);
// EXTERNAL MODULE: ./lib/util/schema.js
var util_schema = __webpack_require__(861);
// EXTERNAL MODULE: ./lib/sops/index.js + 5 modules
var sops = __webpack_require__(22693);
// EXTERNAL MODULE: ./lib/project/env-access.js
var env_access = __webpack_require__(63257);
;// CONCATENATED MODULE: ./lib/sources/cluster-vars.js

async function clusterVarValue(cluster, kind, spec, ignoreMissing, loc) {
    let obj;
    const ref = `${kind} ${spec.namespace}/${spec.name ?? JSON.stringify(spec.labels)}`;
    if (spec.name) {
        obj = await cluster.get({
            apiVersion: 'v1',
            kind,
            metadata: { name: spec.name, namespace: spec.namespace },
        });
        if (!obj) {
            if (ignoreMissing)
                return undefined;
            throw new util_errors/* UserError */.yo(`${kind} ${spec.namespace}/${spec.name} not found on the cluster`, loc, 'it must exist before the project is rendered (set ignoreMissing to allow it not to)');
        }
    }
    else {
        const selector = Object.entries(spec.labels ?? {})
            .map(([k, v]) => `${k}=${v}`)
            .join(',');
        const { items } = await cluster.list({ apiVersion: 'v1', kind }, { namespace: spec.namespace, labelSelector: selector });
        if (items.length === 0) {
            if (ignoreMissing)
                return undefined;
            throw new util_errors/* UserError */.yo(`no ${kind} found in namespace ${spec.namespace} with labels ${selector}`, loc);
        }
        if (items.length > 1)
            throw new util_errors/* UserError */.yo(`found more than one ${kind} in namespace ${spec.namespace} with labels ${selector}`, loc);
        obj = items[0];
    }
    const data = (obj.data ?? {});
    if (!Object.hasOwn(data, spec.key)) {
        const meta = (obj.metadata ?? {});
        throw new util_errors/* UserError */.yo(`key ${spec.key} not found in ${kind} ${meta.namespace}/${meta.name} on the cluster`, loc, `keys there: ${Object.keys(data).join(', ') || 'none'}`);
    }
    const raw = data[spec.key];
    if (typeof raw !== 'string')
        throw new util_errors/* UserError */.yo(`${ref}: key ${spec.key} is not a string`, loc);
    if (kind === 'ConfigMap')
        return raw;
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(raw))
        throw new util_errors/* UserError */.yo(`${ref}: key ${spec.key} is not base64`, loc);
    return Buffer.from(raw, 'base64').toString('utf8');
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./lib/util/undici.js
var undici = __webpack_require__(65522);
;// CONCATENATED MODULE: ./lib/sources/cloud-vars.js
/**
 * The cloud secret stores as vars sources, each through its provider's official SDK, loaded
 * only when a project uses one (dynamic import, never bundled): AWS Secrets Manager
 * (@aws-sdk/client-secrets-manager), Google Secret Manager (@google-cloud/secret-manager),
 * Azure Key Vault (@azure/keyvault-secrets + @azure/identity). HashiCorp Vault has no
 * official JavaScript SDK: its HTTP API (what kluctl's Go client calls) is used directly.
 *
 * Each returns the secret's text (a YAML/JSON document), or undefined when the secret does
 * not exist. The runner's credentials go only to the provider's own endpoints: a Vault or
 * Key Vault address from the project must be one the user trusts (docs/security.md).
 */







/** Loads an optional SDK: from shipshape's own modules, else from the working directory's. */
async function loadSdk(name, cwd, what, loc) {
    const spec = name;
    try {
        return (await import(/* webpackIgnore: true */ spec));
    }
    catch {
        try {
            const resolved = (0,external_node_module_.createRequire)(external_node_path_.join(cwd, 'package.json')).resolve(name);
            return (await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(resolved).href));
        }
        catch {
            throw new util_errors/* UserError */.yo(`${what} needs the npm package ${name}, which is not installed`, loc, `install it where shipshape or the project runs: npm install ${name}`);
        }
    }
}
const cloudError = (what, err, loc, hint) => new util_errors/* UserError */.yo(`${what}: ${(err?.message ?? String(err)).split('\n')[0].slice(0, 300)}`, loc, hint);
/** Hosts the user allows credentials to go to (SHIPSHAPE_TRUSTED_HOSTS, comma-separated). */
function trusted(env) {
    return new Set((env.SHIPSHAPE_TRUSTED_HOSTS ?? '')
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean));
}
/** Whether the environment configures AWS itself (then it wins over a source's profile). */
const awsEnvConfigured = (env) => Boolean(env.AWS_PROFILE ||
    (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) ||
    env.AWS_WEB_IDENTITY_TOKEN_FILE);
/** Whether a profile is defined in the shared config or credentials file. */
function awsProfileExists(profile, env) {
    const home = env.HOME || (0,external_node_os_.homedir)();
    const files = [
        [
            env.AWS_CONFIG_FILE || external_node_path_.join(home, '.aws', 'config'),
            profile === 'default'
                ? /^\[\s*(?:profile\s+)?default\s*\]/m
                : /^\[\s*profile\s+(\S+?)\s*\]/gm,
        ],
        [
            env.AWS_SHARED_CREDENTIALS_FILE || external_node_path_.join(home, '.aws', 'credentials'),
            /^\[\s*(\S+?)\s*\]/gm,
        ],
    ];
    return files.some(([file, section]) => {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch {
            return false;
        }
        if (!section.global)
            return section.test(text);
        return [...text.matchAll(section)].some((m) => m[1] === profile);
    });
}
/**
 * GetSecretValue as kluctl does it: the region from `region` or the ARN; the credentials from
 * the SDK's default chain, where an environment that configures AWS (AWS_PROFILE, access
 * keys, web identity) wins over the source's `profile`, and a `profile` that is not defined
 * on this machine falls back to the default chain with a warning. Endpoint overrides are
 * the SDK's own (AWS_ENDPOINT_URL_SECRETS_MANAGER, AWS_ENDPOINT_URL, `endpoint_url`).
 */
async function awsSecret(spec, env, cwd, loc, log) {
    let region = spec.region;
    if (!region) {
        const arn = /^arn:aws[a-z-]*:secretsmanager:([a-z0-9-]+):\d+:secret:.+$/.exec(spec.secretName);
        if (!arn)
            throw new util_errors/* UserError */.yo('awsSecretsManager: when omitting the AWS region, the secret name must be a valid ARN', loc);
        region = arn[1];
    }
    if (!/^[a-z0-9-]+$/.test(region))
        throw new util_errors/* UserError */.yo(`awsSecretsManager: "${region}" is not an AWS region`, loc);
    const sdk = await loadSdk('@aws-sdk/client-secrets-manager', cwd, 'awsSecretsManager vars', loc);
    let profile;
    if (spec.profile && !awsEnvConfigured(env)) {
        if (awsProfileExists(spec.profile, env))
            profile = spec.profile;
        else
            log?.(`warning: the AWS profile ${spec.profile} is not defined on this machine (${loc.file}); using the default AWS credentials`);
    }
    const client = new sdk.SecretsManagerClient({ region, ...(profile ? { profile } : {}) });
    try {
        const out = await client.send(new sdk.GetSecretValueCommand({ SecretId: spec.secretName }));
        return out.SecretString ?? Buffer.from(out.SecretBinary ?? []).toString('utf8');
    }
    catch (err) {
        if (err.name === 'ResourceNotFoundException')
            return undefined;
        throw cloudError(`getting secret ${spec.secretName} from AWS Secrets Manager failed`, err, loc, 'check the secret name, the region and your AWS credentials');
    }
    finally {
        client.destroy();
    }
}
async function gcpSecret(secretName, cwd, loc) {
    if (!/^projects\/[^/]+\/secrets\/[^/]+\/versions\/[^/]+$/.test(secretName))
        throw new util_errors/* UserError */.yo(`gcpSecretManager: secretName "${secretName}" must be projects/<project>/secrets/<secret>/versions/<version>`, loc);
    const sdk = await loadSdk('@google-cloud/secret-manager', cwd, 'gcpSecretManager vars', loc);
    const client = new sdk.SecretManagerServiceClient();
    try {
        const [res] = await client.accessSecretVersion({ name: secretName });
        const data = res.payload?.data;
        return typeof data === 'string' ? data : Buffer.from(data ?? []).toString('utf8');
    }
    catch (err) {
        if (/NOT_FOUND|NotFound|code 5\b|^5 /.test(String(err?.message ?? err)) ||
            err.code === 5)
            return undefined;
        throw cloudError('failed to access secret version', err, loc, 'check the secret name and your Google credentials (Application Default Credentials)');
    }
    finally {
        await client.close().catch(() => undefined);
    }
}
const AZURE_VAULT_DOMAINS = [
    'vault.azure.net',
    'vault.azure.cn',
    'vault.usgovcloudapi.net',
    'vault.microsoftazure.de',
];
async function azureSecret(spec, env, cwd, loc) {
    let host;
    try {
        host = new URL(spec.vaultUri).hostname.toLowerCase();
    }
    catch {
        throw new util_errors/* UserError */.yo(`azureKeyVault: vaultUri "${spec.vaultUri}" is not a URL`, loc);
    }
    if (!AZURE_VAULT_DOMAINS.some((d) => host.endsWith(`.${d}`)) && !trusted(env).has(host))
        throw new util_errors/* UserError */.yo(`azureKeyVault: ${host} is not an Azure Key Vault host; your Azure credentials are not sent there`, loc, `if it is yours, allow it: SHIPSHAPE_TRUSTED_HOSTS=${host}`);
    const sdk = await loadSdk('@azure/keyvault-secrets', cwd, 'azureKeyVault vars', loc);
    const credential = new (await loadSdk('@azure/identity', cwd, 'azureKeyVault vars', loc)).DefaultAzureCredential();
    const client = new sdk.SecretClient(spec.vaultUri, credential);
    try {
        const s = await client.getSecret(spec.secretName);
        return s.value || undefined;
    }
    catch (err) {
        if (err.statusCode === 404)
            return undefined;
        throw cloudError(`failed to get the secret ${spec.secretName}`, err, loc, 'check the vault, the secret name and your Azure credentials (az login or AZURE_* variables)');
    }
}
// ---- HashiCorp Vault ----
/**
 * `GET <address>/v1/<path>` with VAULT_TOKEN, as kluctl's Vault client reads a secret; the
 * `data` of the answer (KV v2's inner data) as JSON. The token goes only to the Vault the
 * runner is configured for (VAULT_ADDR) or a host the user trusts.
 */
async function vaultSecret(spec, env, loc) {
    let url;
    try {
        url = new URL(`${spec.address.replace(/\/+$/, '')}/v1/${spec.path.replace(/^\/+/, '')}`);
    }
    catch {
        throw new util_errors/* UserError */.yo(`vault: address "${spec.address}" is not a URL`, loc);
    }
    const host = url.hostname.toLowerCase();
    let configured;
    try {
        configured = env.VAULT_ADDR ? new URL(env.VAULT_ADDR).hostname.toLowerCase() : undefined;
    }
    catch {
        configured = undefined;
    }
    const token = env.VAULT_TOKEN;
    if (token && host !== configured && !trusted(env).has(host))
        throw new util_errors/* UserError */.yo(`vault: the project asks ${host}, which is not the Vault this machine uses (VAULT_ADDR); VAULT_TOKEN is not sent there`, loc, `if ${host} is yours, set VAULT_ADDR to it or allow it: SHIPSHAPE_TRUSTED_HOSTS=${host}`);
    const headers = {};
    if (token)
        headers['x-vault-token'] = token;
    if (env.VAULT_NAMESPACE)
        headers['x-vault-namespace'] = env.VAULT_NAMESPACE;
    const { fetch } = await (0,undici/* loadUndici */.b)();
    let res;
    try {
        res = await fetch(url, { headers, signal: AbortSignal.timeout(15_000), redirect: 'error' });
    }
    catch (err) {
        throw cloudError('reading from vault failed', err.cause ?? err, loc);
    }
    if (res.status === 404) {
        await res.body?.cancel();
        return undefined;
    }
    if (res.status !== 200) {
        await res.body?.cancel();
        throw new util_errors/* UserError */.yo(`reading from vault failed: HTTP ${res.status} for ${url.origin}${url.pathname}`, loc, 'check the path and VAULT_TOKEN');
    }
    const body = (await res.json().catch(() => undefined));
    if (!body?.data)
        return undefined;
    return JSON.stringify(body.data.data ?? null);
}

// EXTERNAL MODULE: external "node:dns"
var external_node_dns_ = __webpack_require__(40610);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./lib/util/net-address.js
var net_address = __webpack_require__(18346);
;// CONCATENATED MODULE: ./lib/sources/http-vars.js
/**
 * The `http` vars source: one request (method, body, headers from the project), the answer
 * read as YAML/JSON, optionally narrowed with a JSON path. The project chooses the URL, so:
 * nothing of the runner's is sent (no credentials, cookies or netrc; kluctl's interactive
 * credential prompt does not exist here), answers are bounded in size and time, and
 * addresses a project could otherwise not reach from a runner — loopback, link-local (the
 * cloud metadata services), private networks — are refused unless the user allows them
 * (SHIPSHAPE_HTTP_VARS_ALLOW: `private` or a list of host names). See docs/security.md.
 */





const MAX_BYTES = 16 << 20;
const TIMEOUT_MS = 30_000;
function allowList(env) {
    const items = (env.SHIPSHAPE_HTTP_VARS_ALLOW ?? '')
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean);
    return { all: items.includes('private'), hosts: new Set(items) };
}
/** GET (or the given method) `spec.url`; the body of a 2xx answer, or undefined for a 404 when allowed. */
async function httpVarsRequest(spec, env, ignoreMissing, loc) {
    let url;
    try {
        url = new URL(spec.url);
    }
    catch {
        throw new util_errors/* UserError */.yo(`http vars source: "${spec.url}" is not a URL`, loc);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new util_errors/* UserError */.yo(`http vars source: only http and https URLs are allowed, not ${url.protocol}`, loc);
    if (url.username || url.password)
        throw new util_errors/* UserError */.yo('http vars source: credentials in the URL are not allowed', loc, 'send a header instead');
    const shown = `${url.origin}${url.pathname}`;
    const allow = allowList(env);
    const hostAllowed = allow.all || allow.hosts.has(url.hostname.toLowerCase());
    let refused;
    // Every connection (redirects included) is checked where it is made: the address the
    // name resolves to is the one connected to, so DNS cannot be changed between the two.
    const lookup = (hostname, options, callback) => {
        (0,external_node_dns_.lookup)(hostname, { ...options, all: true }, (err, addresses) => {
            if (err)
                return callback(err, []);
            const list = addresses;
            const bad = list.find((a) => (0,net_address/* isInternalAddress */.K)(a.address));
            if (bad && !hostAllowed && !allow.hosts.has(hostname.toLowerCase())) {
                refused = `${hostname} (${bad.address})`;
                const e = new Error('refused internal address');
                e.code = 'ESHIPSHAPEREFUSED';
                return callback(e, []);
            }
            if (options.all)
                callback(null, list);
            else
                callback(null, list[0].address, list[0].family);
        });
    };
    if ((0,external_node_net_.isIP)(url.hostname.replace(/^\[|\]$/g, '')) &&
        (0,net_address/* isInternalAddress */.K)(url.hostname.replace(/^\[|\]$/g, '')) &&
        !hostAllowed)
        refused = url.hostname;
    if (refused)
        throw refusedError(refused, loc);
    const { Agent, fetch } = await (0,undici/* loadUndici */.b)();
    const agent = new Agent({ connect: { lookup } });
    try {
        let res;
        try {
            res = await fetch(url, {
                method: spec.method ?? 'GET',
                body: spec.body,
                headers: spec.headers,
                dispatcher: agent,
                redirect: 'follow',
                signal: AbortSignal.timeout(TIMEOUT_MS),
            });
        }
        catch (err) {
            if (refused)
                throw refusedError(refused, loc);
            const cause = err.cause;
            throw new util_errors/* UserError */.yo(`http vars source: request to ${shown} failed: ${cause?.code ?? cause?.message ?? err.message}`, loc);
        }
        if (res.status === 404 && ignoreMissing) {
            await res.body?.cancel();
            return undefined;
        }
        if (res.status < 200 || res.status >= 300) {
            await res.body?.cancel();
            throw new util_errors/* UserError */.yo(`http vars source: request to ${shown} failed with status code ${res.status}`, loc);
        }
        const reader = res.body?.getReader();
        const chunks = [];
        let total = 0;
        for (;;) {
            const r = await reader?.read();
            if (!r || r.done)
                break;
            total += r.value.length;
            if (total > MAX_BYTES) {
                await reader?.cancel();
                throw new util_errors/* UserError */.yo(`http vars source: the answer of ${shown} is bigger than ${MAX_BYTES >> 20} MiB`, loc);
            }
            chunks.push(r.value);
        }
        return Buffer.concat(chunks).toString('utf8');
    }
    finally {
        await agent.close();
    }
}
function refusedError(what, loc) {
    return new util_errors/* UserError */.yo(`http vars source: ${what} is an internal address (loopback, link-local or private network); a project may not make the runner call it`, loc, 'if the project may, allow it: SHIPSHAPE_HTTP_VARS_ALLOW=<host name> (or =private for all internal addresses)');
}
/**
 * kluctl's JSON path subset: `$`, `.key`, `['key']`, `["key"]`, `[n]`, `[*]`/`.*`; the first
 * match, or undefined.
 */
function jsonPathFirst(value, expr) {
    const m = /^\$/.exec(expr);
    if (!m)
        throw new Error(`JSON path "${expr}" must start with $`);
    const steps = [];
    const re = /\.([A-Za-z0-9_-]+|\*)|\[(\d+|\*)\]|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\]/y;
    re.lastIndex = 1;
    while (re.lastIndex < expr.length) {
        const start = re.lastIndex;
        const s = re.exec(expr);
        if (!s || s.index !== start)
            throw new Error(`JSON path "${expr}" is not supported (at ${expr.slice(start)})`);
        if (s[1] !== undefined)
            steps.push(s[1] === '*' ? '*' : s[1]);
        else if (s[2] !== undefined)
            steps.push(s[2] === '*' ? '*' : Number(s[2]));
        else
            steps.push((s[3] ?? s[4]).replace(/\\(.)/g, '$1'));
    }
    const walk = (v, i) => {
        if (i === steps.length)
            return { found: true, value: v };
        const step = steps[i];
        if (step === '*') {
            const children = Array.isArray(v) ? v : v && typeof v === 'object' ? Object.values(v) : [];
            for (const c of children) {
                const r = walk(c, i + 1);
                if (r.found)
                    return r;
            }
            return { found: false };
        }
        if (typeof step === 'number')
            return Array.isArray(v) && step < v.length ? walk(v[step], i + 1) : { found: false };
        return v && typeof v === 'object' && !Array.isArray(v) && Object.hasOwn(v, step)
            ? walk(v[step], i + 1)
            : { found: false };
    };
    return walk(value, 0);
}

// EXTERNAL MODULE: ./lib/util/project-boundary.js
var project_boundary = __webpack_require__(93948);
// EXTERNAL MODULE: ./lib/sources/git-url.js
var git_url = __webpack_require__(40642);
;// CONCATENATED MODULE: ./lib/project/git-checkout.js

/**
 * The checkout a project's `git:` spec (a git include, a git vars source) names: its url
 * and ref parsed (an invalid ref is an error at `at.ref`), the commit fetched once per run.
 */
async function checkoutGitSpec(sources, spec, schema, at, where) {
    const url = (0,git_url/* parseGitUrl */.RA)(String(spec.url), where);
    let ref;
    try {
        ref = (0,git_url/* parseGitRef */.TL)(spec.ref);
    }
    catch (err) {
        throw schema.error([...at, 'ref'], err.message);
    }
    const checkout = await sources.git.checkout(url, ref, where);
    return { url, checkout, label: `git:${url.display}` };
}

;// CONCATENATED MODULE: ./lib/project/vars-remote.js
/**
 * The vars sources that read from elsewhere (kluctl's variable-sources page): git,
 * clusterConfigMap, clusterSecret, http, awsSecretsManager, gcpSecretManager, azureKeyVault
 * and vault. Each gives the variables (or, with targetPath, a value) for vars.ts to merge.
 */











const REMOTE_SOURCES = [
    'git',
    'clusterConfigMap',
    'clusterSecret',
    'http',
    'awsSecretsManager',
    'gcpSecretManager',
    'azureKeyVault',
    'vault',
];
const FIELDS = {
    git: { url: 'string', ref: 'any', path: 'string' },
    cluster: {
        name: 'string',
        labels: 'stringMap',
        namespace: 'string',
        key: 'string',
        targetPath: 'string',
        optional: 'boolean',
    },
    http: {
        url: 'string',
        method: 'string',
        body: 'string',
        headers: 'stringMap',
        jsonPath: 'string',
    },
    awsSecretsManager: { secretName: 'string', region: 'string', profile: 'string' },
    gcpSecretManager: { secretName: 'string' },
    azureKeyVault: { vaultUri: 'string', secretName: 'string' },
    vault: { address: 'string', path: 'string' },
};
const REQUIRED = {
    git: ['url', 'path'],
    cluster: ['namespace', 'key'],
    http: ['url'],
    awsSecretsManager: ['secretName'],
    gcpSecretManager: ['secretName'],
    azureKeyVault: ['vaultUri', 'secretName'],
    vault: ['address', 'path'],
};
function needSources(venv, type, loc) {
    if (!venv.sources)
        throw new util_errors/* UserError */.yo(`vars source "${type}" cannot be used here`, loc);
    return venv.sources;
}
/** Strings of length ≥ 6 in a value, reported as secrets. */
function reportSecrets(value, report) {
    if (!report)
        return;
    const walk = (v) => {
        if (typeof v === 'string') {
            if (v.length >= 6)
                report(v);
        }
        else if (Array.isArray(v))
            v.forEach(walk);
        else if ((0,merge/* isPlainObject */.Qd)(v))
            Object.values(v).forEach(walk);
    };
    walk(value);
}
/** A YAML text that was rendered as a template (cluster values, cloud secrets), parsed. */
function renderedYaml(text, ctx, name) {
    const rendered = text.includes('{')
        ? ctx.venv.engine.renderString(text, ctx.context, `${ctx.displayFile} (${name})`)
        : text;
    return (0,util_yaml/* parseYaml */.hN)(rendered, `${ctx.loc.file} (${name})`, { firstDocument: true, kluctl: true })
        .value;
}
/**
 * Loads one remote vars source; undefined when it is missing and ignoreMissing allows that.
 */
async function loadRemoteVars(type, source, ignoreMissing, ctx) {
    const { schema, at, loc, venv } = ctx;
    const fieldsKey = type === 'clusterConfigMap' || type === 'clusterSecret' ? 'cluster' : type;
    const spec = schema.object(source[type], [...at, type], `${type} vars source`, FIELDS[fieldsKey], REQUIRED[fieldsKey]);
    const where = { file: loc.file, line: loc.line };
    switch (type) {
        case 'git': {
            const sources = needSources(venv, type, where);
            const { url, checkout, label } = await checkoutGitSpec(sources, spec, schema, [...at, 'git'], where);
            venv.engine.addSourceRoot(checkout.dir, label);
            const rel = String(spec.path);
            const file = (0,paths/* findInSearchDirs */.nz)(project_boundary/* ProjectBoundary */.oT.exactly(checkout.dir), [checkout.dir], rel, 'git vars file', where);
            if (!file) {
                if (ignoreMissing)
                    return undefined;
                throw schema.error([...at, 'git', 'path'], `${rel} not found in ${url.display}`, 'the path is relative to the repository root');
            }
            const text = venv.engine.renderFile(file, ctx.context, { searchDirs: [checkout.dir] });
            const parsed = parseVarsText(text, file, `${label}/${external_node_path_.relative(checkout.dir, file)}`, false, venv, where);
            return { value: parsed.value, sensitive: parsed.decrypted };
        }
        case 'clusterConfigMap':
        case 'clusterSecret': {
            const sources = needSources(venv, type, where);
            if (!spec.name === !spec.labels ||
                (spec.labels && !Object.keys(spec.labels).length))
                throw schema.error([...at, type], `${type}: exactly one of name or labels must be set`);
            const kind = type === 'clusterConfigMap' ? 'ConfigMap' : 'Secret';
            const cluster = await sources.cluster(venv.clusterContext, `vars source ${type} (${ctx.displayFile})`);
            const raw = await clusterVarValue(cluster, kind, {
                name: spec.name,
                labels: spec.labels,
                namespace: String(spec.namespace),
                key: String(spec.key),
            }, ignoreMissing || spec.optional === true, where);
            if (raw === undefined)
                return undefined;
            if (kind === 'Secret')
                venv.onSecret?.(raw);
            const parsed = renderedYaml(raw, ctx, `${type} ${spec.namespace}/${spec.name ?? 'by labels'}`);
            if (kind === 'Secret')
                reportSecrets(parsed, venv.onSecret);
            if (!spec.targetPath && !(0,merge/* isPlainObject */.Qd)(parsed))
                throw new util_errors/* UserError */.yo(`failed to load vars from ${kind} ${spec.namespace}/${spec.name ?? '(by labels)'} and key ${spec.key}: value is not a YAML dictionary`, where, 'set targetPath to put a simple value into a variable');
            return {
                value: parsed,
                sensitive: true,
                targetPath: spec.targetPath,
            };
        }
        case 'http': {
            const body = await httpVarsRequest({
                url: String(spec.url),
                method: spec.method,
                body: spec.body,
                headers: spec.headers,
            }, venv.sources?.opts.env ?? {}, ignoreMissing, where);
            if (body === undefined)
                return undefined;
            let doc;
            try {
                doc = (0,util_yaml/* parseYaml */.hN)(body, `http vars ${spec.url}`, { firstDocument: true, kluctl: true }).value;
            }
            catch {
                throw new util_errors/* UserError */.yo(`http vars source: the answer of ${spec.url} is not YAML or JSON`, where);
            }
            if (spec.jsonPath !== undefined) {
                let found;
                try {
                    found = jsonPathFirst(doc, String(spec.jsonPath));
                }
                catch (err) {
                    throw schema.error([...at, 'http', 'jsonPath'], err.message);
                }
                if (!found.found)
                    throw new util_errors/* UserError */.yo(`${spec.jsonPath} not found in result from http request ${spec.url}`, where);
                // kluctl wants a string holding YAML there; an object (as its docs show) is taken as is.
                doc =
                    typeof found.value === 'string'
                        ? (0,util_yaml/* parseYaml */.hN)(found.value, `http vars ${spec.url}`, { firstDocument: true, kluctl: true })
                            .value
                        : found.value;
            }
            if (!(0,merge/* isPlainObject */.Qd)(doc))
                throw new util_errors/* UserError */.yo(`result of http request ${spec.url} is not an object`, where, 'point the URL (or jsonPath) at a YAML/JSON mapping');
            // a service's answer may be anything, credentials included
            return { value: doc, sensitive: true };
        }
        default: {
            const env = venv.sources?.opts.env ?? {};
            const cwd = venv.sources?.opts.cwd ?? process.cwd();
            let text;
            if (type === 'awsSecretsManager')
                text = await awsSecret({
                    secretName: String(spec.secretName),
                    region: spec.region,
                    profile: spec.profile,
                }, env, cwd, where, venv.sources?.opts.log);
            else if (type === 'gcpSecretManager')
                text = await gcpSecret(String(spec.secretName), cwd, where);
            else if (type === 'azureKeyVault')
                text = await azureSecret({ vaultUri: String(spec.vaultUri), secretName: String(spec.secretName) }, env, cwd, where);
            else
                text = await vaultSecret({ address: String(spec.address), path: String(spec.path) }, env, where);
            if (text === undefined) {
                if (ignoreMissing)
                    return undefined;
                const name = type === 'azureKeyVault'
                    ? `${spec.secretName} in ${spec.vaultUri}`
                    : String(spec.secretName ?? spec.path);
                throw new util_errors/* UserError */.yo(`${type}: the secret ${name} was not found`, where, 'check the name (and region or vault), or set ignoreMissing: true');
            }
            venv.onSecret?.(text);
            const parsed = renderedYaml(text, ctx, type);
            reportSecrets(parsed, venv.onSecret);
            // as in kluctl: with targetPath any value (a plain string secret) goes there
            if (source.targetPath)
                return { value: parsed, sensitive: true };
            if (parsed === null || parsed === undefined)
                return { value: {}, sensitive: true };
            if (!(0,merge/* isPlainObject */.Qd)(parsed))
                throw new util_errors/* UserError */.yo(`${type}: the secret is not a YAML or JSON mapping`, where, 'store the variables as a YAML/JSON document, or set targetPath to put the value into one variable');
            return { value: parsed, sensitive: true };
        }
    }
}

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
const LOCAL = ['values', 'file', 'systemEnvVars'];
const SUPPORTED = [...LOCAL, ...REMOTE_SOURCES];
// Recognised so the error names them, not "unknown field": sources of newer kluctl releases.
const UNSUPPORTED = ['gitFiles', 'clusterObject'];
const ALL_FIELDS = {
    ...SOURCE_FIELDS,
    ...Object.fromEntries([...REMOTE_SOURCES, ...UNSUPPORTED].map((k) => [k, 'any'])),
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
/** The variables `systemEnvVars` reads; `sensitive` when one is named like a secret. */
function envVars(spec, env, ignoreMissing, error) {
    const out = (0,merge/* newMap */.dg)();
    let sensitive = false;
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
        sensitive ||= read.value !== undefined && (0,env_access/* isSecretName */.e)(name);
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
            parsed = (0,util_yaml/* parseKluctlValue */.ec)(raw);
        }
        catch {
            parsed = raw;
        }
        (0,merge/* setPath */.SO)(out, keys, parsed ?? null);
    };
    walk(spec, []);
    return { value: out, sensitive };
}
/** Parses a rendered vars file's text: SOPS-decrypted first when it is encrypted. */
function parseVarsText(text, file, display, multidoc, venv, loc) {
    const format = /\.json$/i.test(file) ? 'json' : 'yaml';
    const decrypted = venv.sources?.sops.decryptDocuments(text, format, display, loc);
    if (decrypted) {
        const docs = decrypted.map(sops/* toData */.OY);
        return { value: multidoc ? docs : (docs[0] ?? {}), decrypted: true };
    }
    const value = multidoc
        ? (0,util_yaml/* parseYamlStream */.b8)(text, file, { kluctl: true })
        : ((0,util_yaml/* parseYaml */.hN)(text, file, { firstDocument: true, kluctl: true }).value ?? {});
    return { value, decrypted: false };
}
/**
 * Loads a `vars` list (deployment project or item) into a copy of `ctx`. Each source sees the
 * variables loaded before it; string values of the source are rendered first (as kluctl does),
 * so a source can use earlier variables and have a `when`.
 */
async function loadVars(ctx, doc, listPath, list, scope, venv, boundary = venv.boundary) {
    const schema = new util_schema/* Schema */.S(doc);
    let cur = {
        vars: ctx.vars,
        imagesSource: ctx.imagesSource,
        sensitive: ctx.sensitive,
    };
    const displayFile = external_node_path_.basename(doc.file);
    for (const [i, raw] of schema.list(list, listPath, 'vars').entries()) {
        const at = [...listPath, i];
        const fields = schema.object(raw, at, 'vars source', ALL_FIELDS);
        const unsupported = UNSUPPORTED.find((k) => k in fields);
        if (unsupported) {
            throw schema.error([...at, unsupported], `vars source "${unsupported}" is not supported by shipshape (nor by kluctl 2.22)`, `use ${SUPPORTED.join(', ')}`);
        }
        const types = SUPPORTED.filter((k) => k in fields);
        if (types.length === 0)
            throw schema.error(at, `unknown vars source type: a vars source needs one of ${SUPPORTED.join(', ')}`);
        if (types.length !== 1)
            throw schema.error(at, `more than one vars source type (${types.join(', ')}) in one entry`);
        const error = (msg, hint) => schema.error(at, msg, hint);
        const context = venv.templateContext(cur.vars);
        const source = renderStrings(fields, (s) => venv.engine.renderString(s, context, `${displayFile} (vars[${i}])`, scope));
        if (source.when !== undefined &&
            source.when !== '' &&
            !venv.engine.evaluate(String(source.when), context, displayFile))
            continue;
        const ignoreMissing = source.ignoreMissing === true;
        if (source.multidoc === true && !source.targetPath)
            throw error('multidoc vars sources need targetPath');
        let value;
        let imagesSource;
        let sensitive = source.sensitive === true;
        const loc = { file: doc.file, line: doc.positionOf(at)?.line };
        if (types[0] !== 'values' && types[0] !== 'file' && types[0] !== 'systemEnvVars') {
            const remote = await loadRemoteVars(types[0], source, ignoreMissing, { schema, at, loc, context, venv, displayFile });
            if (remote === undefined)
                continue;
            value = remote.value;
            sensitive ||= remote.sensitive;
            imagesSource = remote.imagesSource;
            if (remote.targetPath)
                source.targetPath = remote.targetPath;
        }
        else if (source.values !== undefined) {
            value = source.values;
            imagesSource = { file: doc.file, path: [...at, 'values'] };
        }
        else if (source.file !== undefined) {
            const name = String(source.file);
            const file = (0,paths/* findInSearchDirs */.nz)(boundary, scope.searchDirs, name, 'vars file', {
                file: doc.file,
                line: doc.positionOf([...at, 'file'])?.line,
            });
            if (!file) {
                if (ignoreMissing)
                    continue;
                throw schema.error([...at, 'file'], `vars file "${name}" not found`, 'the path is relative to the deployment.yaml directory (or a parent project directory)');
            }
            const text = venv.engine.renderFile(file, context, scope);
            const parsed = parseVarsText(text, file, venv.engine.displayName(file), source.multidoc === true, venv, loc);
            value = parsed.value;
            sensitive ||= parsed.decrypted;
            imagesSource = { file, path: [] };
        }
        else {
            const read = envVars(source.systemEnvVars, venv.env, ignoreMissing, error);
            value = read.value;
            sensitive ||= read.sensitive;
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
                sensitive: cur.sensitive || sensitive,
            };
        }
        else {
            cur = {
                vars: (0,merge/* deepMerge */.$N)(cur.vars, newVars),
                imagesSource: setsImages ? imagesSource : cur.imagesSource,
                sensitive: cur.sensitive || sensitive,
            };
        }
    }
    return cur;
}

// EXTERNAL MODULE: ./lib/sources/oci.js + 1 modules
var oci = __webpack_require__(97308);
// EXTERNAL MODULE: ./lib/project/args.js
var args = __webpack_require__(15652);
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
const LIBRARY_FIELDS = { args: 'list' };
/** `.kluctl-library.yaml` of an included directory: its args, or undefined when it has none. */
async function libraryArgs(dir) {
    const file = (0,find_file/* findYamlFileSync */.i)(dir, '.kluctl-library');
    if (!file)
        return undefined;
    const doc = await (0,util_yaml/* readYamlFile */.kv)(file, file, { kluctl: true });
    const schema = new util_schema/* Schema */.S(doc);
    const root = schema.object(doc.value ?? {}, [], '.kluctl-library.yaml', LIBRARY_FIELDS);
    const specs = schema.list(root.args, ['args'], 'args').map((a, i) => {
        const o = schema.object(a, ['args', i], 'argument', { name: 'string', default: 'any' }, [
            'name',
        ]);
        return { name: o.name, hasDefault: 'default' in o, default: o.default };
    });
    return { specs, file };
}
function fetchedSource(l, dir, label, id) {
    let src = l.sources.get(dir);
    if (!src) {
        src = {
            root: dir,
            boundary: project_boundary/* ProjectBoundary */.oT.exactly(dir),
            renderPrefix: external_node_path_.join('.shipshape-sources', String(l.sources.size + 1)),
            label,
            id,
        };
        l.sources.set(dir, src);
        l.engine.addSourceRoot(dir, label);
    }
    return src;
}
/** A deployment item's `git:` (a url, or url/ref/subDir). */
function gitIncludeSpec(schema, git, at) {
    return typeof git === 'string'
        ? { url: git }
        : schema.object(git, [...at, 'git'], 'git include', { url: 'string', ref: 'any', subDir: 'string' }, ['url']);
}
/**
 * Starts fetching the git includes of a deployment list at once (each fetch is git
 * processes and network), so the loop over the items, which takes them one by one, mostly
 * finds them fetched (checkouts are fetched once per run). An include whose `when` is false
 * is not fetched; whatever fails here is left to the loop, which reports it in order.
 */
function prefetchGitIncludes(l, schema, deployments, doc, vars) {
    const sources = l.venv.sources;
    if (!sources)
        return;
    deployments.forEach((raw, i) => {
        if (!(0,merge/* isPlainObject */.Qd)(raw) || raw.git === undefined)
            return;
        const at = ['deployments', i];
        try {
            const when = raw.when;
            if (when &&
                !l.engine.evaluate(String(when), l.venv.templateContext(vars), rel(l.root, doc.file)))
                return;
            const spec = gitIncludeSpec(schema, raw.git, at);
            const where = { file: doc.file, line: doc.positionOf(at)?.line };
            checkoutGitSpec(sources, spec, schema, [...at, 'git'], where).catch(() => undefined);
        }
        catch {
            // reported by the loop
        }
    });
}
/** `subDir` of a git or OCI include, inside the fetched tree. */
function subDirOf(root, subDir, error) {
    const rel = subDir === undefined || subDir === null ? '' : String(subDir);
    // eslint-disable-next-line no-control-regex -- control characters are what is refused
    if (/[\\:*?"<>|\x00-\x1f]/.test(rel) || rel.split('/').includes('..') || rel.startsWith('/'))
        throw error(`'${rel}' is not valid subdirectory path`);
    const dir = external_node_path_.join(root, ...rel.split('/').filter(Boolean));
    if (!(0,project_boundary/* isInside */.FK)(root, dir) || !(0,paths/* isDirectory */.wd)(dir))
        throw error(`subDir "${rel}" does not exist`);
    return dir;
}
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
async function loadProject(l, dir, source, ctx, parent, includeTags, chain) {
    // Templates are searched for in this project and its parents of the same source only.
    const searchDirs = [dir, ...(parent && parent.source === source ? parent.searchDirs : [])];
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
        doc = (0,util_yaml/* parseYaml */.hN)(text, file, { kluctl: true });
    }
    const schema = new util_schema/* Schema */.S(doc);
    const cfg = schema.object(doc.value ?? {}, [], 'deployment.yaml', PROJECT_FIELDS);
    if (!parent && cfg.when !== undefined)
        throw schema.error(['when'], 'the root deployment project can not have "when"', 'move the condition to the items');
    if (parent &&
        cfg.when &&
        !l.engine.evaluate(String(cfg.when), l.venv.templateContext(ctx.vars), rel(l.root, file ?? dir)))
        return [];
    const projectVars = await loadVars(ctx, doc, ['vars'], cfg.vars, { searchDirs }, l.venv, source.boundary);
    const overrideNamespace = cfg.overrideNamespace ?? parent?.overrideNamespace;
    const project = {
        dir,
        source,
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
    const deployments = schema.list(cfg.deployments, ['deployments'], 'deployments');
    prefetchGitIncludes(l, schema, deployments, doc, projectVars.vars);
    for (const [i, raw] of deployments.entries()) {
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
        const isInclude = kinds[0] === 'include' || kinds[0] === 'git' || kinds[0] === 'oci';
        if (item.args !== undefined && !isInclude)
            throw schema.error([...at, 'args'], 'args are only allowed when another project is included (via include, git or oci)');
        if (item.passVars !== undefined && !isInclude)
            throw schema.error([...at, 'passVars'], 'passVars is only allowed when another project is included (via include, git or oci)');
        if (item.when &&
            !l.engine.evaluate(String(item.when), l.venv.templateContext(projectVars.vars), rel(l.root, doc.file)))
            continue;
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
        if (isInclude) {
            let incDir;
            let incSource = source;
            let key;
            if (item.include !== undefined) {
                incDir = (0,paths/* resolveInside */.LI)(source.boundary, dir, String(item.include), 'include', where);
                if (!(0,paths/* isDirectory */.wd)(incDir))
                    throw schema.error([...at, 'include'], `include directory "${item.include}" does not exist`);
                key = incDir;
            }
            else {
                const sources = l.venv.sources;
                if (!sources)
                    throw schema.error([...at, kinds[0]], `${kinds[0]} includes cannot be used here`);
                let fetched;
                if (item.git !== undefined) {
                    const spec = gitIncludeSpec(schema, item.git, at);
                    const { url, checkout: co, label, } = await checkoutGitSpec(sources, spec, schema, [...at, 'git'], where);
                    incSource = fetchedSource(l, co.dir, label, `${url.key}@${co.commit}`);
                    incDir = subDirOf(co.dir, spec.subDir, (m) => schema.error([...at, 'git', 'subDir'], `${label}: ${m}`));
                    fetched = { dir: incDir, label, key: `${url.key}@${co.commit}` };
                }
                else {
                    const spec = schema.object(item.oci, [...at, 'oci'], 'oci include', { url: 'string', ref: 'any', subDir: 'string' }, ['url']);
                    let ref;
                    try {
                        ref = (0,oci/* parseOciRef */._Z)(spec.ref);
                    }
                    catch (err) {
                        throw schema.error([...at, 'oci', 'ref'], err.message);
                    }
                    const art = await sources.oci.pull(String(spec.url), ref, where);
                    const label = String(spec.url);
                    incSource = fetchedSource(l, art.dir, label, `${spec.url}@${art.digest}`);
                    incDir = subDirOf(art.dir, spec.subDir, (m) => schema.error([...at, 'oci', 'subDir'], `${label}: ${m}`));
                    fetched = { dir: incDir, label, key: `${spec.url}@${art.digest}` };
                }
                key = `${fetched.key}/${external_node_path_.relative(incSource.root, incDir)}`;
            }
            if (chain.includes(key)) {
                const cycle = [...chain.slice(chain.indexOf(key)), key]
                    .map((d) => (external_node_path_.isAbsolute(d) ? rel(l.root, d) : d))
                    .join(' -> ');
                throw schema.error([...at, kinds[0]], `include cycle: ${cycle}`, 'remove one of the includes in the cycle');
            }
            // A library project (.kluctl-library.yaml) gets only its args (and, with passVars,
            // the includer's variables); any other project gets every variable.
            const library = await libraryArgs(incDir);
            let baseCtx = projectVars;
            if (library) {
                const vars = item.passVars === true ? (0,merge/* deepMerge */.$N)({}, projectVars.vars) : {};
                delete vars.args;
                const given = (0,merge/* deepMerge */.$N)({}, item.args ?? {});
                vars.args = (0,args/* applyArgDefaults */.lb)(library.specs, given, library.file);
                baseCtx = {
                    vars,
                    imagesSource: item.passVars === true ? projectVars.imagesSource : undefined,
                    // its args are rendered from the includer's variables
                    sensitive: projectVars.sensitive,
                };
            }
            const childCtx = await loadVars(baseCtx, doc, [...at, 'vars'], item.vars, { searchDirs }, l.venv, source.boundary);
            out.push(...(await loadProject(l, incDir, incSource, childCtx, project, ownTags, [...chain, key])));
            if (common.barrier)
                out.push(plan(project, projectVars, project.tags, { ...common, where }));
            continue;
        }
        let itemDir;
        if (item.path !== undefined) {
            itemDir = (0,paths/* resolveInside */.LI)(source.boundary, dir, String(item.path), 'path', where);
            if (!(0,paths/* isDirectory */.wd)(itemDir))
                throw schema.error([...at, 'path'], `deployment directory "${item.path}" does not exist or is not a directory`);
        }
        const renderIndex = itemDir ? (l.dirUses.get(itemDir) ?? 0) : 0;
        if (itemDir)
            l.dirUses.set(itemDir, renderIndex + 1);
        const itemVars = await loadVars(projectVars, doc, [...at, 'vars'], item.vars, { searchDirs }, l.venv, source.boundary);
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
    }
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
async function loadDeploymentTree(root, baseVars, engine, venv) {
    const l = {
        root,
        engine,
        venv,
        projects: [],
        dirUses: new Map(),
        sources: new Map(),
    };
    const source = {
        root: venv.boundary.root,
        boundary: venv.boundary,
        renderPrefix: '',
        id: '',
    };
    const items = await loadProject(l, root, source, { vars: (0,merge/* deepMerge */.$N)({}, baseVars) }, undefined, [], [root]);
    return { root: l.projects[0], projects: l.projects, items };
}

// EXTERNAL MODULE: ./lib/project/kluctl-project.js
var kluctl_project = __webpack_require__(84702);
// EXTERNAL MODULE: ./lib/project/target.js
var project_target = __webpack_require__(98020);
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
/**
 * Compiled template code kept for other templates of the same shape (environment.ts), by
 * the size of its source: a project whose manifests all differ in shape gains nothing from
 * keeping it, so this stays small.
 */
const MAX_SHARED_CODE = 2 * 1024 * 1024;
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
    literals = [];
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
    /** A value of this template, read from `L` (see the module comment). */
    literal(v) {
        return `L[${this.literals.push(v) - 1}]`;
    }
    at(n) {
        this.line(`lineno = ${this.literal(n.lineno + 1)};`);
    }
    /** Compiles a whole template into module source. */
    compileTemplate(root) {
        this.line(`var NAME = ${this.literal(this.opts.displayName)};`);
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
        return { code: this.getCode(), literals: this.literals };
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
                    this.append(this.literal(text));
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
            this.line(`runtime.assign(context, frame, ${q(alias)}, runtime.moduleGet(${mod}, ${q(name)}, ${this.literal(s.lineno + 1)}, NAME), true);`);
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
            return this.literal(v);
        if (typeof v === 'number') {
            if (e.isFloat && Number.isInteger(v)) {
                const id = `c_${this.consts.length}`;
                this.consts.push(`var ${id} = new runtime.PyFloat(${this.literal(v)});\n`);
                return id;
            }
            return this.literal(v);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/templating/reads.js
/**
 * What a template render reads besides the variables it is given, told to whoever keeps its
 * output for later (render/cache): every name looked up (include, import, extends,
 * load_template, load_sha256, load_base64) with the file found and the digest of what was
 * read from it, and every use of something a later render would not reproduce (the clock,
 * chance, git history, a debug print). A cache that knows all of this can tell whether a
 * later render would read the same, without rendering.
 *
 * Rendering a template is synchronous from start to end, so the reads of one render are
 * collected by making its recorder the active one for that call (`recordingReads`): no
 * filter or global needs to be handed the recorder, and none can forget to use it.
 */

let active;
/** Runs `fn` (a synchronous render) with `reads` told everything it reads. */
function recordingReads(reads, fn) {
    const outer = active;
    active = reads;
    try {
        return fn();
    }
    finally {
        active = outer;
    }
}
function readLookup(name, fromPath, searchDirs, file, digest) {
    active?.lookup(name, fromPath, searchDirs, file, digest);
}
function readVolatile(what) {
    active?.volatile(what);
}
/** The digest reads report for a file's content. */
function contentDigest(content) {
    // One call, no Hash object: every file of every item is digested, cache hit or not.
    return (0,external_node_crypto_.hash)('sha256', content, 'hex');
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
            readVolatile('random');
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
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
        now: pyFunction('now', [], () => {
            readVolatile('time.now');
            return SimpleTime.now();
        }),
        utcnow: pyFunction('utcnow', [], () => {
            readVolatile('time.utcnow');
            return SimpleTime.utcnow();
        }),
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
    const b64 = host(this).readFile(kluctl_text(name, 'file name'), ctx(this)).toString('base64');
    if (width === null || !truthy(width))
        return b64;
    const w = num(width);
    const lines = [];
    for (let i = 0; i < b64.length; i += w)
        lines.push(b64.slice(i, i + w));
    return lines.join('\n');
}
function loadLatestGitCommit(name, shaLen) {
    readVolatile('load_latest_git_commit');
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
            // a render taken from a cache would not print
            readVolatile('debug_print');
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
    /** Fetched sources (git/OCI includes, git vars): each is a boundary of its own. */
    sources = [];
    constructor(root) {
        this.root = root;
    }
    // Found on first use: finding it walks up the directories looking for the git repository.
    get projectBoundary() {
        return (this.bounds ??= project_boundary/* ProjectBoundary */.oT.forProject(this.root));
    }
    /** Registers a fetched source: templates in it load only from it (never from the parent). */
    addSource(dir) {
        if (!this.sources.some((s) => s.dir === dir))
            this.sources.push({ dir, boundary: project_boundary/* ProjectBoundary */.oT.exactly(dir) });
    }
    /** The boundary of the source `p` belongs to (a fetched one, else the project's). */
    boundaryOf(p) {
        for (const s of this.sources)
            if ((0,project_boundary/* isInside */.FK)(s.dir, p))
                return s.boundary;
        return this.projectBoundary;
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
        // A name is looked up in the source of the template asking (or of the search dirs).
        const own = this.boundaryOf(fromPath || searchDirs[0] || this.root);
        if ((name.startsWith('./') || name.startsWith('../')) && fromPath) {
            return this.checked(own, external_node_path_.resolve(external_node_path_.dirname(fromPath), name), name);
        }
        if (external_node_path_.isAbsolute(name))
            return this.checked(own, external_node_path_.normalize(name), name);
        const pieces = name.split('/').filter((p) => p && p !== '.');
        if (pieces.includes('..') || !pieces.length)
            throw this.notFound(name, searchDirs);
        for (const dir of searchDirs) {
            const candidate = external_node_path_.join(dir, ...pieces);
            if (!(0,external_node_fs_.existsSync)(candidate))
                continue;
            const boundary = this.boundaryOf(dir);
            this.assertReadable(boundary, candidate, name);
            if (boundary.isFile(candidate))
                return candidate;
        }
        throw this.notFound(name, searchDirs);
    }
    checked(boundary, abs, name) {
        this.assertReadable(boundary, abs, name);
        if (!boundary.isFile(abs))
            throw new TemplateError('TemplateNotFound', name);
        return abs;
    }
    assertReadable(boundary, abs, name) {
        const verdict = boundary.verdict(abs);
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
















/**
 * JavaScript functions of compiled templates by their code. Templates that differ only in
 * their text and constants share their code (compiler.ts), so most manifests of a project
 * are compiled by JavaScript once and then run as warm code. The code depends on nothing
 * else (not on the project or the run), so this lives as long as the process; bounded: past
 * the limit (by the size of the code) it starts over.
 */
const factories = new Map();
let factoriesSource = 0;
function factoryOf(code) {
    let factory = factories.get(code);
    if (!factory) {
        if (factoriesSource + code.length > MAX_SHARED_CODE) {
            factories.clear();
            factoriesSource = 0;
        }
        factory = new Function('runtime', 'L', code);
        factories.set(code, factory);
        factoriesSource += code.length;
    }
    return factory;
}
class JinjaEnvironment extends nunjucks.Environment {
    projectRoot;
    displayName;
    loader;
    /** Compiled files by absolute path, with the digest of the source they were compiled from. */
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
            const { code, literals } = new JinjaCompiler({
                displayName,
                hasFilter: (n) => Object.hasOwn(this.filters, n),
                hasTest: (n) => Object.hasOwn(this.tests, n),
            }).compileTemplate(tree);
            return { path, displayName, ...factoryOf(code)(runtime, literals) };
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
    /**
     * The compiled template of a file, read once per render. `source`: the content the caller
     * already read, with the digest of its bytes (reads.ts: what a cache is told was rendered).
     */
    fileTemplate(abs, source) {
        return this.compiledFile(abs, source).template;
    }
    /**
     * The compiled template of a file rendered once (an item's manifest): compiled without
     * being kept, unless something included it before. Keeping every manifest of a project
     * would make memory grow with the project for templates nothing renders again.
     */
    onceTemplate(abs, source) {
        const t = this.files.get(abs);
        if (t && t.digest === source.digest)
            return t.template;
        return this.compile(source.text, this.displayName(abs), abs);
    }
    compiledFile(abs, given) {
        let t = this.files.get(abs);
        if (!t || (given && given.digest !== t.digest)) {
            const name = this.displayName(abs);
            let source = given;
            if (!source) {
                let content;
                try {
                    content = (0,external_node_fs_.readFileSync)(abs);
                }
                catch (e) {
                    throw locate(new TemplateError('TemplateNotFound', name, { cause: e }), name, 0);
                }
                source = { text: content.toString('utf8'), digest: contentDigest(content) };
            }
            t = { template: this.compile(source.text, name, abs), digest: source.digest };
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
        const file = this.lookup(name, from);
        const { template, digest } = this.compiledFile(file);
        readLookup(name, from.path, from.state.searchDirs, file, digest);
        return template;
    }
    /** TemplateEngine.lookupFile. */
    lookupFile(name, fromPath, searchDirs) {
        let file;
        try {
            file = this.loader.resolve(name, fromPath, searchDirs);
        }
        catch (e) {
            if (e instanceof TemplateError && e.pyType === 'TemplateNotFound')
                return undefined;
            throw e;
        }
        return { file, digest: contentDigest((0,external_node_fs_.readFileSync)(file)) };
    }
    /** Where `name` is, as seen from the running template; a name not found is a read too. */
    lookup(name, from) {
        try {
            return this.loader.resolve(name, from.path, from.state.searchDirs);
        }
        catch (e) {
            readLookup(name, from.path, from.state.searchDirs, undefined, undefined);
            throw e;
        }
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
    readFile(name, from) {
        const file = this.lookup(name, from);
        const content = (0,external_node_fs_.readFileSync)(file);
        readLookup(name, from.path, from.state.searchDirs, file, contentDigest(content));
        return content;
    }
    resolveFile(name, from) {
        return this.lookup(name, from);
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
    /**
     * Renders a file of the project (absolute path). `source`: its content as the caller read
     * it; `reads` is told every other file the render reads (see reads.ts).
     */
    renderFile(file, vars, scope, opts = {}) {
        try {
            return recordingReads(opts.reads, () => {
                const state = this.env.newState(vars, scope.searchDirs);
                // A file the caller read itself is an item's manifest, rendered once.
                const template = opts.source
                    ? this.env.onceTemplate(file, opts.source)
                    : this.env.fileTemplate(file);
                return this.env.run(template, state, state.globals)[1];
            });
        }
        catch (err) {
            throw toUserError(err, this.displayName(file));
        }
    }
    /**
     * Looks `name` up as an include in `searchDirs` would find it from the template at
     * `fromPath` (''): the file and the digest of its content, or undefined when there is none.
     * A cache asks this to know whether a render would read what an earlier one read.
     */
    lookupFile(name, fromPath, searchDirs) {
        return this.env.lookupFile(name, fromPath, searchDirs);
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
    sourceRoots = [];
    /**
     * A directory fetched from elsewhere (a git or OCI include, a git vars source): its
     * templates may load only its own files, and messages name them `label/path`.
     */
    addSourceRoot(dir, label) {
        if (this.sourceRoots.some((s) => s.dir === dir))
            return;
        this.sourceRoots.push({ dir, label });
        this.env.loader.addSource(dir);
    }
    displayName(file) {
        for (const s of this.sourceRoots) {
            const rel = external_node_path_.relative(s.dir, file);
            if (!rel.startsWith('..') && !external_node_path_.isAbsolute(rel))
                return `${s.label}/${rel || '.'}`;
        }
        return external_node_path_.relative(this.projectRoot, file) || file;
    }
}

// EXTERNAL MODULE: ./lib/util/scratch.js
var scratch = __webpack_require__(71474);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
;// CONCATENATED MODULE: ./lib/render/cache/digest.js
/**
 * Digests for cache keys. Every part is written with its kind and length, so two different
 * inputs can never hash alike by running into each other ("ab" + "c" vs "a" + "bc"), and
 * values are encoded by type (the number 1, the string "1" and `true` differ).
 */

/** A value a digest cannot describe exactly (a function, a class instance): not cacheable. */
class NotDigestible extends Error {
}
class Digest {
    parts = [];
    /** A named string part. */
    text(name, value) {
        this.parts.push(`${name.length}:${name}${value.length}:${value}`);
        return this;
    }
    /** A named part of plain data (what YAML, JSON and kluctl's variables hold). */
    value(name, value) {
        const out = [];
        encode(value, out);
        return this.text(name, out.join(''));
    }
    hex() {
        return (0,external_node_crypto_.createHash)('sha256').update(this.parts.join('')).digest('hex');
    }
}
function encode(v, out) {
    if (v === null)
        out.push('n');
    else if (v === undefined)
        out.push('u');
    else if (typeof v === 'boolean')
        out.push(v ? 't' : 'f');
    else if (typeof v === 'number')
        out.push(`d${Object.is(v, -0) ? '-0' : String(v)};`);
    else if (typeof v === 'bigint')
        out.push(`b${String(v)};`);
    else if (typeof v === 'string')
        out.push(`s${v.length}:`, v);
    else if (Array.isArray(v)) {
        out.push(`[${v.length}:`);
        for (const x of v)
            encode(x, out);
    }
    else if (typeof v === 'object' && isPlain(v)) {
        const keys = Object.keys(v);
        out.push(`{${keys.length}:`);
        for (const k of keys) {
            out.push(`${k.length}:`, k);
            encode(v[k], out);
        }
    }
    else
        throw new NotDigestible(`${typeof v} ${Object.prototype.toString.call(v)}`);
}
function isPlain(v) {
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
}

;// CONCATENATED MODULE: ./lib/render/cache/deps.js

const lookupValue = (paths, found) => found ? `${paths.key(found.file)}@${found.digest}` : 'not found';
async function readDep(dep, r) {
    switch (dep.kind) {
        case 'lookup': {
            const from = r.paths.abs(dep.from);
            const search = dep.search.map((s) => r.paths.abs(s));
            if (from === undefined || search.some((s) => s === undefined))
                return undefined;
            return lookupValue(r.paths, r.lookupFile(dep.name, from, search));
        }
        case 'chart': {
            const dir = r.paths.abs(dep.dir);
            return dir === undefined ? undefined : r.chartDigest(dir);
        }
        case 'helm':
            return r.helmIdentity();
        case 'kustomize':
            return r.kustomizeIdentity();
    }
}
/** The deps one render read, with their values, in the order it read them. */
class DepRecorder {
    paths;
    values = new Map();
    /** What made the render impossible to reuse, if anything. */
    volatileReason;
    constructor(paths) {
        this.paths = paths;
    }
    add(dep, value) {
        const id = JSON.stringify(dep);
        if (!this.values.has(id))
            this.values.set(id, { dep, value });
    }
    lookup(name, fromPath, searchDirs, file, digest) {
        const dep = {
            kind: 'lookup',
            name,
            from: this.paths.key(fromPath),
            search: searchDirs.map((d) => this.paths.key(d)),
        };
        this.add(dep, lookupValue(this.paths, file && digest ? { file, digest } : undefined));
    }
    /** A chart directory of the project and its content hash (render/helm-items.ts). */
    chart(dir, hash) {
        this.add({ kind: 'chart', dir: this.paths.key(dir) }, hash);
    }
    volatile(what) {
        this.volatileReason ??= what;
    }
    get deps() {
        return [...this.values.values()].map((v) => v.dep);
    }
    /** The key of what was rendered: the input key and every dep with its value. */
    key(inputKey) {
        return fullKey(inputKey, [...this.values.values()].map((v) => v.value), this.deps);
    }
}
/** An item's cache key: its input key and, in order, each dep it read and what it read. */
function fullKey(inputKey, values, deps) {
    const d = new Digest().text('inputs', inputKey);
    deps.forEach((dep, i) => d.text('dep', JSON.stringify(dep)).text('value', values[i]));
    return d.hex();
}
/** The key a render would have now, given the deps an earlier render with the same inputs read. */
async function currentKey(inputKey, deps, reader) {
    const values = [];
    for (const dep of deps) {
        const v = await readDep(dep, reader);
        if (v === undefined)
            return undefined;
        values.push(v);
    }
    return fullKey(inputKey, values, deps);
}
/** Whether a manifest read from disk is a list of deps this code knows. */
function isDepList(v) {
    const str = (x) => typeof x === 'string';
    return (Array.isArray(v) &&
        v.every((d) => {
            if (!d || typeof d !== 'object')
                return false;
            switch (d.kind) {
                case 'lookup':
                    return str(d.name) && str(d.from) && Array.isArray(d.search) && d.search.every(str);
                case 'chart':
                    return str(d.dir);
                case 'helm':
                case 'kustomize':
                    return true;
                default:
                    return false;
            }
        }));
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./lib/render/cache/disk.js
/**
 * The persistent layer of the render cache: a directory (`--cache-dir`) that runs share.
 *
 * - Only a directory this code made is used: it holds `shipshape-cache.json`. Anything else
 *   (someone's files, another tool's cache, another layout) is left alone with a warning.
 * - Every file is written under a temporary name and renamed into place, so runs sharing
 *   the directory (in parallel too) see each file complete or not at all.
 * - Every file names what it holds and carries its checksum; one that does not match what
 *   was asked for is ignored with a warning (and rewritten when the item is rendered again).
 * - A run writes its own scope only (scope.ts); entries no run used for a week are removed,
 *   in every scope.
 */




const MARKER = 'shipshape-cache.json';
const MARKER_CONTENT = { format: 'shipshape-render-cache', version: 1 };
const MANIFEST_FORMAT = 'shipshape-manifest/1';
const ITEM_FORMAT = 'shipshape-item/1';
const DAY_MS = 24 * 3600 * 1000;
/** Entries not used for this long are removed by the runs that may write them. */
const UNUSED_MS = 7 * DAY_MS;
const disk_sha256 = (b) => (0,external_node_crypto_.createHash)('sha256').update(b).digest('hex');
function isOurs(dir, warn) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir);
    }
    catch (err) {
        if (err.code !== 'ENOENT') {
            warn(`cache directory ${dir} cannot be read (${err.message}): not used`);
            return false;
        }
        entries = [];
    }
    if (entries.includes(MARKER)) {
        let marker;
        try {
            marker = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_.join(dir, MARKER), 'utf8'));
        }
        catch {
            marker = undefined;
        }
        if (JSON.stringify(marker) === JSON.stringify(MARKER_CONTENT))
            return true;
        warn(`cache directory ${dir} was written by another version of shipshape (its ${MARKER} differs): not used; delete it or choose another --cache-dir`);
        return false;
    }
    // The temporary marker of a run making this directory at the same time (seen between its
    // write and its rename), or of one stopped in between, is ours: counting it as a foreign
    // file would turn a new cache directory down, for that run or for good.
    if (entries.some((e) => !e.startsWith(`.${MARKER}.`))) {
        warn(`cache directory ${dir} is not a shipshape cache (it has files but no ${MARKER}): not used; choose an empty or new directory for --cache-dir`);
        return false;
    }
    try {
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        const tmp = external_node_path_.join(dir, `.${MARKER}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
        (0,external_node_fs_.writeFileSync)(tmp, `${JSON.stringify(MARKER_CONTENT)}\n`);
        (0,external_node_fs_.renameSync)(tmp, external_node_path_.join(dir, MARKER));
        return true;
    }
    catch (err) {
        warn(`cache directory ${dir} cannot be written (${err.message}): not used`);
        return false;
    }
}
class DiskCache {
    dir;
    scopes;
    warn;
    pending = new Set();
    used = new Set();
    corrupt = [];
    constructor(dir, scopes, warn) {
        this.dir = dir;
        this.scopes = scopes;
        this.warn = warn;
    }
    /** The cache in `dir`, or undefined (with a warning) when `dir` is not one to use. */
    static open(dir, scopes, warn) {
        const abs = external_node_path_.resolve(dir);
        return isOurs(abs, warn) ? new DiskCache(abs, scopes, warn) : undefined;
    }
    file(scope, kind, name) {
        return external_node_path_.join(this.dir, scope, kind, name.slice(0, 2), name);
    }
    /** The deps recorded for an input key, as JSON (deps.ts checks them). */
    readManifest(inputKey) {
        for (const scope of this.scopes.read) {
            const file = this.file(scope, 'manifests', `${inputKey}.json`);
            const text = this.read(file, scope);
            if (text === undefined)
                continue;
            try {
                const m = JSON.parse(text.toString('utf8'));
                if (m.format === MANIFEST_FORMAT && m.inputKey === inputKey)
                    return m.deps;
            }
            catch {
                // reported below
            }
            this.corrupt.push(file);
        }
        return undefined;
    }
    /** The payload stored for a key, when a file holds it whole. */
    readItem(key) {
        for (const scope of this.scopes.read) {
            const file = this.file(scope, 'items', key);
            const data = this.read(file, scope);
            if (data === undefined)
                continue;
            const nl = data.indexOf(0x0a);
            try {
                const head = JSON.parse(data.subarray(0, nl).toString('utf8'));
                const payload = data.subarray(nl + 1);
                if (nl > 0 &&
                    head.format === ITEM_FORMAT &&
                    head.key === key &&
                    head.bytes === payload.length &&
                    head.sha256 === disk_sha256(payload))
                    return payload;
            }
            catch {
                // reported below
            }
            this.corrupt.push(file);
        }
        return undefined;
    }
    /** Reports a payload that passed its checksum but does not decode: it is not used again. */
    rejectItem(key) {
        this.corrupt.push(this.file(this.scopes.write, 'items', key));
    }
    read(file, scope) {
        let data;
        try {
            data = (0,external_node_fs_.readFileSync)(file);
        }
        catch {
            return undefined;
        }
        if (scope === this.scopes.write)
            this.used.add(file);
        return data;
    }
    writeManifest(inputKey, deps) {
        const body = JSON.stringify({ format: MANIFEST_FORMAT, inputKey, deps });
        this.write(this.file(this.scopes.write, 'manifests', `${inputKey}.json`), body);
    }
    writeItem(key, payload) {
        const head = JSON.stringify({
            format: ITEM_FORMAT,
            key,
            bytes: payload.length,
            sha256: disk_sha256(payload),
        });
        this.write(this.file(this.scopes.write, 'items', key), Buffer.concat([Buffer.from(`${head}\n`), payload]));
    }
    /** Writes in the background (the render goes on); close() waits for them. */
    write(file, data) {
        this.used.add(file);
        const tmpDir = external_node_path_.join(this.dir, this.scopes.write, '.tmp');
        const tmp = external_node_path_.join(tmpDir, `${process.pid}-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`);
        const p = (async () => {
            try {
                await (0,promises_.mkdir)(tmpDir, { recursive: true });
                await (0,promises_.mkdir)(external_node_path_.dirname(file), { recursive: true });
                await (0,promises_.writeFile)(tmp, data);
                await (0,promises_.rename)(tmp, file);
            }
            catch (err) {
                await (0,promises_.rm)(tmp, { force: true });
                this.warn(`cache: could not write ${file} (${err.message})`);
            }
        })();
        this.pending.add(p);
        void p.finally(() => this.pending.delete(p));
    }
    /** Waits for the writes, keeps what this run used and removes what no run used for a week. */
    async close() {
        await Promise.all(this.pending);
        if (this.corrupt.length)
            this.warn(`cache: ${this.corrupt.length} file(s) in ${this.dir} did not hold what their name says (e.g. ${external_node_path_.relative(this.dir, this.corrupt[0])}) and were not used; they are rewritten when rendered again (delete the directory if this repeats)`);
        const now = Date.now();
        const stale = now - UNUSED_MS;
        const touches = [];
        const walk = (d) => {
            let entries;
            try {
                entries = (0,external_node_fs_.readdirSync)(d, { withFileTypes: true });
            }
            catch {
                return;
            }
            for (const e of entries) {
                const p = external_node_path_.join(d, e.name);
                if (e.isDirectory()) {
                    walk(p);
                    continue;
                }
                let mtime;
                try {
                    mtime = (0,external_node_fs_.statSync)(p).mtimeMs;
                }
                catch {
                    continue; // removed by another run
                }
                if (this.used.has(p)) {
                    if (mtime < now - DAY_MS)
                        touches.push((0,promises_.utimes)(p, now / 1000, now / 1000).catch(() => { }));
                }
                else if (mtime < stale)
                    (0,external_node_fs_.rmSync)(p, { force: true });
            }
        };
        // Every scope: the scope of a closed pull request or a deleted branch has no run of its
        // own left to clean it. Only what no run used for a week goes.
        let scopes = [];
        try {
            scopes = (0,external_node_fs_.readdirSync)(this.dir, { withFileTypes: true })
                .filter((e) => e.isDirectory())
                .map((e) => e.name);
        }
        catch {
            // the directory went away: nothing to clean
        }
        for (const scope of scopes)
            for (const kind of ['manifests', 'items', '.tmp'])
                walk(external_node_path_.join(this.dir, scope, kind));
        await Promise.all(touches);
    }
}

;// CONCATENATED MODULE: ./lib/render/cache/scope.js
/**
 * Which part of a persistent cache directory a run may write, and which parts it may read.
 * A run writes only its own scope and reads its own and the default branch's. Only a run of
 * the default branch started by a trusted event writes the default branch's scope, so a pull
 * request (which renders whatever its author wrote) can never put an entry where a run of the
 * default branch (which deploys) would read it. Outside GitHub Actions there is one scope.
 */


/** The scope of the default branch's trusted runs. */
const DEFAULT_BRANCH_SCOPE = 'default-branch';
/** Events whose runs execute what is on the branch, started by someone with write access. */
const TRUSTED_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch', 'repository_dispatch']);
function eventPayload(env) {
    try {
        const v = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH ?? '', 'utf8'));
        return v && typeof v === 'object' ? v : {};
    }
    catch {
        return {};
    }
}
function cacheScopes(env) {
    if (env.GITHUB_ACTIONS !== 'true')
        return { write: 'local', read: ['local'] };
    const event = env.GITHUB_EVENT_NAME ?? '';
    const ref = env.GITHUB_REF ?? '';
    const payload = eventPayload(env);
    const repository = payload.repository;
    const defaultBranch = repository?.default_branch;
    const trusted = TRUSTED_EVENTS.has(event) &&
        typeof defaultBranch === 'string' &&
        ref === `refs/heads/${defaultBranch}`;
    if (trusted)
        return { write: DEFAULT_BRANCH_SCOPE, read: [DEFAULT_BRANCH_SCOPE] };
    // Every other run has a scope of its own: its event, ref and pull request.
    const pull = payload.pull_request?.number;
    const own = `run-${(0,external_node_crypto_.createHash)('sha256')
        .update(`${env.GITHUB_REPOSITORY ?? ''}\0${event}\0${ref}\0${String(pull ?? '')}`)
        .digest('hex')
        .slice(0, 16)}`;
    return { write: own, read: [own, DEFAULT_BRANCH_SCOPE] };
}

;// CONCATENATED MODULE: ./lib/render/cache/index.js
/**
 * The render cache: what kustomize built for an item (before kluctl's post-processing),
 * found again by a key that covers everything that can change it.
 *
 * An item's *input key* digests what is known before rendering: its files, the variables
 * its templates see, the tools and the code (item-keys.ts). Under the input key the cache
 * keeps the list of what the last render read besides (deps.ts: templates found by name,
 * Helm charts, other items' directories). The *key* of a build is the input key plus each of
 * those deps with the value read; a lookup re-reads the deps and uses a build only when all
 * are the same, which is exactly when rendering would read the same. A wrong hit would need
 * a read nobody recorded: templates report their reads themselves (templating/reads.ts),
 * and a render that reads what cannot be recorded (the clock, chance, git history, a chart
 * pulled from the network) is never cached.
 *
 * Layers: memory (the renders of one run: a diff's base and head, several targets) and a
 * directory shared by runs (disk.ts). What comes from a secret is kept in memory only.
 */




function isPlainData(v, depth = 0) {
    if (depth > 200)
        return false;
    if (v === null || ['string', 'number', 'boolean'].includes(typeof v))
        return true;
    if (Array.isArray(v))
        return v.every((x) => isPlainData(x, depth + 1));
    if (typeof v !== 'object')
        return false;
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null)
        return false;
    return Object.values(v).every((x) => isPlainData(x, depth + 1));
}
function isBuild(v) {
    const b = v;
    return (typeof v === 'object' &&
        v !== null &&
        typeof b.barrier === 'boolean' &&
        typeof b.waitReadiness === 'boolean' &&
        Array.isArray(b.objects) &&
        b.objects.every((o) => typeof o === 'object' && o !== null && !Array.isArray(o)) &&
        isPlainData(b.objects));
}
class RenderCache {
    opts;
    manifests = new Map();
    builds = new Map();
    disk;
    /** Items taken from the cache and items rendered, over the renders using this cache. */
    counts = { reused: 0, rendered: 0 };
    constructor(opts) {
        this.opts = opts;
        if (opts.dir)
            this.disk = DiskCache.open(opts.dir, cacheScopes(opts.env), opts.warn);
    }
    /** What the last render with these inputs read besides them. */
    manifest(inputKey) {
        const known = this.manifests.get(inputKey);
        if (known)
            return known;
        const deps = this.disk?.readManifest(inputKey);
        return isDepList(deps) ? deps : undefined;
    }
    get(key) {
        const mine = this.builds.get(key);
        // what this process wrote itself needs no checking
        if (mine)
            return (0,external_node_v8_.deserialize)(mine);
        const stored = this.disk?.readItem(key);
        if (!stored)
            return undefined;
        let build;
        try {
            build = (0,external_node_v8_.deserialize)(stored);
        }
        catch {
            build = undefined;
        }
        if (isBuild(build))
            return build;
        this.disk?.rejectItem(key);
        return undefined;
    }
    /**
     * Keeps a build; `persist` false (it holds something secret) keeps it in memory only. The
     * build is copied: the caller goes on changing its objects.
     */
    put(inputKey, deps, key, build, persist) {
        if (!this.opts.memory && !(persist && this.disk))
            return;
        const payload = (0,external_node_v8_.serialize)(build);
        if (this.opts.memory) {
            this.manifests.set(inputKey, deps);
            this.builds.set(key, payload);
        }
        if (persist && this.disk) {
            this.disk.writeManifest(inputKey, deps);
            this.disk.writeItem(key, payload);
        }
    }
    async close() {
        await this.disk?.close();
    }
}

;// CONCATENATED MODULE: ./lib/render/cache/key-paths.js
/**
 * Paths as cache keys name them: relative to the source they belong to (the user's
 * repository, or a fetched git/OCI source named by url and commit/digest), so the base and
 * the head of a diff (two checkouts) and later runs (other temporary directories) name the
 * same file alike. A path outside every source keeps its absolute name.
 */


class KeyPaths {
    roots;
    constructor(roots) {
        // The innermost root names a path: a fetched source may sit inside the user's directory.
        this.roots = [...roots].sort((a, b) => b.dir.length - a.dir.length);
    }
    key(abs) {
        if (!abs)
            return '';
        for (const r of this.roots)
            if ((0,project_boundary/* isInside */.FK)(r.dir, abs))
                return `${r.id}\0${external_node_path_.relative(r.dir, abs).split(external_node_path_.sep).join('/')}`;
        return abs;
    }
    /** The path a key names in this render; undefined when its source is not part of it. */
    abs(key) {
        if (!key)
            return '';
        const sep = key.indexOf('\0');
        if (sep < 0)
            return key;
        const root = this.roots.find((r) => r.id === key.slice(0, sep));
        const parts = key
            .slice(sep + 1)
            .split('/')
            .filter(Boolean);
        // key() never writes `..`: a key holding one did not come from here, and must not lead
        // out of its source.
        if (!root || parts.some((p) => p === '..'))
            return undefined;
        return external_node_path_.join(root.dir, ...parts);
    }
}

;// CONCATENATED MODULE: ./lib/render/context.js

const toPosix = (p) => p.split(external_node_path_.sep).join('/');
/**
 * An item directory as kluctl names it (the `kluctl.io/deployment-item-dir` annotation,
 * `--include-deployment-dir`, the render directory's layout): relative to the root of the
 * source, the git repository the project lives in, else the project directory.
 */
const sourceRelative = (item, dir) => toPosix(external_node_path_.relative(item.project.source.root, dir)) || '.';

// EXTERNAL MODULE: ./lib/util/k8s.js
var k8s = __webpack_require__(63896);
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

;// CONCATENATED MODULE: ./lib/render/finish.js
/** After kustomize: kluctl's post-processing of an item's objects, and the item as rendered. */






/** The `images` variable as fixed images, remembering where the list lives. */
function imagesFromVars(vars) {
    const list = vars.vars.images;
    if (list === undefined || list === null)
        return [];
    const source = vars.imagesSource ?? { file: '(vars)', path: ['images'] };
    return (0,fixed_images/* parseFixedImages */.Ir)({ file: source.file, value: null, positionOf: () => undefined }, list, source.path, 'vars');
}
function imageContext(rc, item, relDir) {
    return {
        fixed: rc.fixed,
        fromVars: imagesFromVars(item.vars),
        deploymentDir: relDir,
        tags: item.tags,
        allowUnresolved: rc.allowUnresolvedImages,
        updateImages: rc.updateImages(item),
    };
}
/** kluctl's labels, annotations and image resolution on the objects kustomize built. */
async function finishItem(rc, item, dirs, built) {
    const labels = { ...item.project.commonLabels };
    if (rc.discriminator)
        labels['kluctl.io/discriminator'] = rc.discriminator;
    item.tags.forEach((t, i) => (labels[`kluctl.io/tag-${i}`] = t));
    const annotations = {
        ...item.project.commonAnnotations,
        'kluctl.io/deployment-item-dir': dirs.relDir,
    };
    if (item.skipDeleteIfTags)
        annotations['kluctl.io/skip-delete-if-tags'] = 'true';
    const imageCtx = imageContext(rc, item, dirs.relDir);
    await rc.placeholders.prefetch([{ objects: built, ctx: imageCtx }]);
    const objects = postprocessObjects(built, {
        labels,
        annotations,
        each: (o) => rc.placeholders.resolve(o, imageCtx),
    });
    if (rc.keepsRenderDir) {
        (0,external_node_fs_.writeFileSync)(external_node_path_.join(dirs.renderDir, '.rendered.yml'), objects.map((o) => (0,dist.stringify)(o)).join('---\n'));
    }
    return objects;
}
function toRenderedItem(item, objects) {
    return {
        dir: item.dir ? sourceRelative(item, item.dir) : undefined,
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

;// CONCATENATED MODULE: ./lib/templating/index.js
/** Templating: kluctl's Jinja2 templates rendered on nunjucks with Jinja2 3.1 semantics. */







;// CONCATENATED MODULE: ./lib/render/images.js





// The object an image ends up in (namespace, Kind/name, container) is known only after
// kustomize, so get_image() leaves a token in the template output that is resolved later.
// The token holds the call itself (hex of its JSON): kustomize output taken from the render
// cache resolves without the render that made it.
const TOKEN = /__shipshape_get_image_([0-9a-f]+)__/g;
const tokenOf = (call) => `__shipshape_get_image_${Buffer.from(JSON.stringify([call.image, call.latestVersion ?? null])).toString('hex')}__`;
function callOf(hex) {
    const [image, latestVersion] = JSON.parse(Buffer.from(hex, 'hex').toString('utf8'));
    return latestVersion === null ? { image } : { image, latestVersion };
}
const pyBool = (v) => (v ? 'True' : 'False');
// kluctl formats with Python's "%s": no escaping, so `regex("^1\.")` keeps its backslash once.
const quote = (v) => `"${String(v)}"`;
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
/** Every get_image token in an object: its call, where it is, and the container around it. */
function tokensIn(obj) {
    const out = [];
    // One path, grown and shrunk as the walk goes, copied only where a token is: every
    // string of every object is visited, and few hold one.
    const path = [];
    const visit = (node, parent) => {
        if (typeof node === 'string') {
            if (!node.includes('__shipshape_get_image_'))
                return;
            const container = parent && typeof parent.name === 'string' ? parent.name : '';
            for (const m of node.matchAll(TOKEN))
                out.push({ hex: m[1], path: [...path], container, whole: m[0] === node });
        }
        else if (Array.isArray(node)) {
            node.forEach((v, i) => {
                path.push(i);
                visit(v, undefined);
                path.pop();
            });
        }
        else if ((0,merge/* isPlainObject */.Qd)(node)) {
            for (const [k, v] of Object.entries(node)) {
                path.push(k);
                visit(v, node);
                path.pop();
            }
        }
    };
    visit(obj, undefined);
    return out;
}
/** Hands out get_image() tokens during templating and resolves them in rendered objects. */
class ImagePlaceholders {
    dynamic;
    seen = [];
    /** Dynamic choices by object and path (after prefetch). */
    choices = new Map();
    /** `dynamic`: registry lookups (and deployed images) for images without a fixed one. */
    constructor(dynamic) {
        this.dynamic = dynamic;
    }
    /**
     * Looks up, for every use without a fixed image, the registry's newest tag and the deployed
     * image (in parallel, once per image and filter / per object), so resolve() can use them.
     */
    async prefetch(items) {
        if (!this.dynamic)
            return;
        const uses = [];
        for (const { objects, ctx } of items) {
            for (const obj of objects) {
                // Tokens resolve in the object kustomize returned (a List's items included).
                const r = (0,k8s/* refOf */.H8)(obj);
                for (const t of tokensIn(obj)) {
                    const call = callOf(t.hex);
                    const use = {
                        image: call.image,
                        namespace: r.namespace,
                        deployment: `${r.kind}/${r.name}`,
                        container: t.container,
                    };
                    if ((0,fixed_images/* findFixedImage */.TH)(use, ctx.fixed, ctx.fromVars))
                        continue;
                    uses.push({
                        use: {
                            image: call.image,
                            latestVersion: call.latestVersion,
                            object: obj,
                            path: t.path,
                            wholeValue: t.whole,
                            update: ctx.updateImages === true,
                        },
                        key: JSON.stringify([t.hex, t.path]),
                    });
                }
            }
        }
        if (!uses.length)
            return;
        const found = await this.dynamic.prefetch(uses.map((u) => u.use));
        for (const u of uses) {
            let m = this.choices.get(u.use.object);
            if (!m)
                this.choices.set(u.use.object, (m = new Map()));
            m.set(u.key, found.get(u.use));
        }
    }
    /** The `images` object templates see. */
    templateObject = {
        get_image: pyFunction('get_image', ['image', ['latest_version', null]], (image, latest) => {
            if (typeof image !== 'string' || image === '')
                throw new Error('images.get_image() needs an image name');
            return tokenOf({
                image,
                latestVersion: latest === undefined || latest === null ? undefined : String(latest),
            });
        }),
    };
    /** Replaces every token in `obj` with the fixed image that wins for its use. */
    resolve(obj, ctx) {
        const ref = (0,k8s/* refOf */.H8)(obj);
        const deployment = `${ref.kind}/${ref.name}`;
        const dynamicFor = this.choices.get(obj);
        // One path for the walk (see tokensIn); only a string holding a token is replaced.
        const path = [];
        const visit = (node, parent) => {
            if (typeof node === 'string') {
                if (!node.includes('__shipshape_get_image_'))
                    return node;
                const container = parent && typeof parent.name === 'string' ? parent.name : '';
                return node.replace(TOKEN, (_, hex) => {
                    const call = callOf(hex);
                    const use = { image: call.image, namespace: ref.namespace, deployment, container };
                    const fi = (0,fixed_images/* findFixedImage */.TH)(use, ctx.fixed, ctx.fromVars);
                    const dyn = fi ? undefined : dynamicFor?.get(JSON.stringify([hex, path]));
                    const resultImage = fi?.resultImage ?? dyn?.resultImage;
                    this.seen.push({
                        ...use,
                        latestVersion: call.latestVersion,
                        resultImage,
                        fixedImage: fi,
                        dynamic: dyn
                            ? {
                                versionFilter: dyn.versionFilter,
                                registryImage: dyn.registryImage,
                                deployedImage: dyn.deployedImage,
                                chosen: dyn.chosen,
                                why: dyn.why,
                            }
                            : undefined,
                        deploymentDir: ctx.deploymentDir,
                        tags: ctx.tags,
                        object: {
                            group: ref.group,
                            version: ref.version,
                            kind: ref.kind,
                            name: ref.name,
                            namespace: ref.namespace,
                        },
                    });
                    if (!resultImage) {
                        if (ctx.allowUnresolved)
                            return call.image;
                        throw new util_errors/* UserError */.yo(`failed to find fixed image for ${call.image} (${(0,k8s/* refString */.nw)(ref)}${container ? `, container ${container}` : ''}, item ${ctx.deploymentDir})${dyn?.error ? `, and the registry lookup failed: ${dyn.error}` : ''}`, {}, `pin it with -F ${call.image}=${call.image}:<tag>, a --fixed-images-file, the target's "images" or an "images" variable`);
                    }
                    return resultImage;
                });
            }
            if (Array.isArray(node)) {
                node.forEach((v, i) => {
                    path.push(i);
                    const out = visit(v, undefined);
                    if (out !== v)
                        node[i] = out;
                    path.pop();
                });
                return node;
            }
            if ((0,merge/* isPlainObject */.Qd)(node)) {
                for (const [k, v] of Object.entries(node)) {
                    path.push(k);
                    const out = visit(v, node);
                    if (out !== v)
                        node[k] = out;
                    path.pop();
                }
                return node;
            }
            return node;
        };
        visit(obj, undefined);
    }
}

// EXTERNAL MODULE: ./lib/helm/credentials.js
var credentials = __webpack_require__(38782);
// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __webpack_require__(9758);
// EXTERNAL MODULE: ./lib/images/decide.js
var decide = __webpack_require__(40164);
// EXTERNAL MODULE: ./lib/images/policy.js
var images_policy = __webpack_require__(77834);
// EXTERNAL MODULE: ./lib/images/version-filter.js + 1 modules
var version_filter = __webpack_require__(11022);
;// CONCATENATED MODULE: ./lib/images/dynamic.js





class DynamicImages {
    opts;
    latest = new Map();
    deployed = new Map();
    constructor(opts) {
        this.opts = opts;
    }
    filterOf(latestVersion) {
        return latestVersion ?? version_filter/* DEFAULT_FILTER */.$;
    }
    /** The newest admitted tag, listed once per image and filter. */
    newest(image, filter) {
        const key = `${image}\0${filter}`;
        let p = this.latest.get(key);
        if (!p) {
            p = (async () => {
                let policy;
                try {
                    policy = (0,images_policy/* kluctlPolicy */.S)(filter);
                }
                catch (err) {
                    throw new util_errors/* UserError */.yo(`images.get_image("${image}"): invalid latest_version ${filter}: ${err.message}`);
                }
                try {
                    const ref = (0,reference/* parseImageReference */.o_)(image);
                    const registry = await this.opts.registry();
                    const listing = await registry.listTags(ref);
                    const d = await (0,decide/* decideTag */.B)(policy, listing, undefined, async () => undefined);
                    return { image: `${image}:${d.latest}` };
                }
                catch (err) {
                    return { error: err.message };
                }
            })();
            this.latest.set(key, p);
        }
        return p;
    }
    deployedObj(obj) {
        const get = this.opts.deployedObject;
        if (!get)
            return Promise.resolve(undefined);
        const md = (obj.metadata ?? {});
        const key = `${String(obj.apiVersion)}/${String(obj.kind)}/${md.namespace ?? ''}/${md.name ?? ''}`;
        let p = this.deployed.get(key);
        if (!p) {
            p = get(obj);
            this.deployed.set(key, p);
        }
        return p;
    }
    /** Looks up what a use needs (registry and deployed object); call resolve afterwards. */
    async prefetch(uses) {
        const out = new Map();
        await Promise.all(uses.map(async (u) => {
            const filter = this.filterOf(u.latestVersion);
            const versionFilter = kluctlPolicyText(filter);
            const [latest, live] = await Promise.all([
                this.newest(u.image, filter),
                u.wholeValue ? this.deployedObj(u.object) : Promise.resolve(undefined),
            ]);
            let deployedImage;
            if (live) {
                let v = live;
                for (const k of u.path)
                    v =
                        v && typeof v === 'object' ? v[k] : undefined;
                if (typeof v === 'string' && v)
                    deployedImage = v;
            }
            if (deployedImage && !u.update) {
                out.set(u, {
                    versionFilter,
                    registryImage: latest.image,
                    deployedImage,
                    chosen: 'deployed',
                    why: 'the object is deployed with this image (-u/--update-images takes the newest)',
                    resultImage: deployedImage,
                });
                return;
            }
            out.set(u, {
                versionFilter,
                registryImage: latest.image,
                deployedImage,
                chosen: 'registry',
                why: latest.image
                    ? deployedImage
                        ? `--update-images: the newest tag ${versionFilter} admits`
                        : `not deployed yet: the newest tag ${versionFilter} admits`
                    : `the registry lookup failed: ${latest.error}`,
                resultImage: latest.image,
                error: latest.error,
            });
        }));
        return out;
    }
}
function kluctlPolicyText(filter) {
    try {
        return (0,images_policy/* kluctlPolicy */.S)(filter).text;
    }
    catch {
        return filter;
    }
}

// EXTERNAL MODULE: ./lib/sources/index.js + 1 modules
var lib_sources = __webpack_require__(91200);
// EXTERNAL MODULE: ./lib/util/sensitive.js
var sensitive = __webpack_require__(33928);
;// CONCATENATED MODULE: ./lib/render/sources.js
/**
 * What a render needs from src/sources: the run's Sources (git/OCI includes, remote vars,
 * SOPS), the SOPS hook for rendered item files, dynamic images, and the protection of a
 * kept render directory (decrypted values never stay in it unless asked).
 */






/** The run's sources: the caller's (shared across targets) or a new one closed after the render. */
function openRenderSources(opts, targetContext) {
    const onSecret = (v) => {
        (0,sensitive/* addSensitive */.kx)(v);
        opts.onSecret?.(v);
    };
    const own = !opts.sources;
    const sources = opts.sources ??
        new lib_sources/* Sources */.j({
            env: opts.env ?? process.env,
            cwd: opts.cwd ?? process.cwd(),
            log: opts.log,
            onSecret,
            // the --registry-* flags count for OCI includes and dynamic images too
            registryCredentials: () => (0,credentials/* loadOciCredentials */.oF)(opts.env ?? process.env, opts.helmCredentials),
            cluster: opts.cluster,
            offlineReason: opts.cluster
                ? undefined
                : 'render does not connect to one (pass --kubeconfig or --context)',
        });
    const decrypted = new Map();
    const decrypt = (file, content, display) => {
        const out = sources.sops.maybeDecrypt(content, file, display);
        if (out !== content)
            decrypted.set(file, content);
        return out;
    };
    const dynamic = opts.dynamicImages === false
        ? undefined
        : new DynamicImages({
            registry: () => sources.registry(),
            deployedObject: sources.online
                ? async (obj) => {
                    const cluster = await sources.cluster(targetContext(), 'looking up deployed images');
                    return cluster.get(obj).catch(() => undefined);
                }
                : undefined,
        });
    return {
        sources,
        decrypt,
        decrypted,
        dynamic,
        close: () => (own ? sources.close() : Promise.resolve()),
    };
}
/**
 * A render directory that outlives the render must not hold decrypted values: SOPS files go
 * back to their encrypted form and every sensitive value in a rendered file is replaced by
 * `***` — unless the user asked to keep them (--render-output-secrets).
 */
function protectRenderDir(dir, restore, keepSecrets) {
    if (keepSecrets)
        return;
    for (const [file, original] of restore)
        (0,external_node_fs_.writeFileSync)(file, original);
    if (!(0,sensitive/* hasSensitive */.PF)())
        return;
    const walk = (d) => {
        for (const e of (0,external_node_fs_.readdirSync)(d, { withFileTypes: true })) {
            const p = external_node_path_.join(d, e.name);
            if (e.isDirectory())
                walk(p);
            else if (e.isFile() && !restore.has(p) && (0,external_node_fs_.statSync)(p).size < 64 << 20) {
                const text = (0,external_node_fs_.readFileSync)(p, 'utf8');
                const scrubbed = (0,sensitive/* redactSensitive */.Qr)(text);
                if (scrubbed !== text)
                    (0,external_node_fs_.writeFileSync)(p, scrubbed);
            }
        }
    };
    walk(dir);
}

// EXTERNAL MODULE: ./lib/render/inclusion.js
var render_inclusion = __webpack_require__(11590);
// EXTERNAL MODULE: ./lib/util/isolated-tool.js
var isolated_tool = __webpack_require__(88808);
;// CONCATENATED MODULE: ./lib/render/kustomize.js


/** `kustomize` when it is on the PATH, else `kubectl kustomize`. */
function findKustomize(env = process.env) {
    // No --load-restrictor flag: kustomize's default keeps every file a kustomization reads
    // inside that kustomization's directory (directories such as ../base stay allowed).
    const kustomize = (0,isolated_tool/* findOnPath */.aY)('kustomize', env);
    if (kustomize)
        return { command: kustomize, args: (dir) => ['build', dir], versionArgs: ['version'] };
    const kubectl = (0,isolated_tool/* findOnPath */.aY)('kubectl', env);
    if (kubectl)
        return {
            command: kubectl,
            args: (dir) => ['kustomize', dir],
            versionArgs: ['version', '--client'],
        };
    throw new util_errors/* UserError */.yo('neither kustomize nor kubectl was found on the PATH', {}, 'install kustomize (or kubectl, which includes it)');
}
function buildError(itemName, failure, limits) {
    if ((0,isolated_tool/* outOfMemory */.v7)(failure))
        return new util_errors/* UserError */.yo(`kustomize build of ${itemName} needed more than ${Math.round(limits.memoryBytes / 1024 ** 2)} MB and was stopped`, {}, 'a manifest probably expands YAML aliases (&anchor / *alias) enormously: remove them');
    if (failure.stopped === 'timeout')
        return new util_errors/* UserError */.yo(`kustomize build of ${itemName} took longer than ${limits.timeoutMs / 1000} s and was stopped`, {}, 'make the kustomization smaller, or split the item');
    const message = (0,isolated_tool/* goErrorText */.SG)(failure);
    const hint = /security; file .* is not in or below/.test(message)
        ? 'a kustomization may only read files inside its own directory: move the file there, or make its directory a kustomization and list that directory'
        : 'fix the kustomization (or the manifests it lists) of this item';
    return new util_errors/* UserError */.yo(`kustomize build failed for ${itemName}: ${message}`, {}, hint);
}
/** Runs `kustomize build` on a rendered item directory (isolated, bounded) and returns the YAML stream. */
async function kustomizeBuild(tool, dir, itemName, limits = isolated_tool/* DEFAULT_TOOL_LIMITS */.gi) {
    try {
        return await (0,isolated_tool/* runIsolated */.Tr)(tool.command, tool.args(dir), { limits });
    }
    catch (failure) {
        throw buildError(itemName, failure, limits);
    }
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

// EXTERNAL MODULE: ./lib/helm/chart-files.js
var chart_files = __webpack_require__(64842);
// EXTERNAL MODULE: ./lib/helm/layout.js
var layout = __webpack_require__(41248);
// EXTERNAL MODULE: ./lib/helm/template.js + 1 modules
var template = __webpack_require__(70213);
;// CONCATENATED MODULE: ./lib/render/cache/tool-version.js


const versions = new Map();
/**
 * What a tool (kustomize, kubectl, helm) says its version is, asked once per process: part
 * of the key of everything cached from its output. Undefined when it does not say (then
 * nothing it builds is cached).
 */
function toolVersion(command, args) {
    const id = [command, ...args].join('\0');
    let v = versions.get(id);
    if (!v) {
        v = (0,isolated_tool/* runIsolated */.Tr)(command, args).then((out) => `${external_node_path_.basename(command)} ${out.trim()}`, () => undefined);
        versions.set(id, v);
    }
    return v;
}

// EXTERNAL MODULE: ./lib/helm/chart-config.js
var chart_config = __webpack_require__(45703);
// EXTERNAL MODULE: ./lib/helm/chart-sources.js + 2 modules
var chart_sources = __webpack_require__(17959);
// EXTERNAL MODULE: ./lib/helm/hooks.js
var hooks = __webpack_require__(40596);
// EXTERNAL MODULE: ./lib/helm/pull.js
var pull = __webpack_require__(35645);
;// CONCATENATED MODULE: ./lib/render/helm-items.js
/**
 * Helm charts inside rendered items, as kluctl renders them: every helm-chart.yaml of an
 * item's rendered directory (at any depth) is read after templating, its chart found
 * (vendored in `.helm-charts`, local inside the project, or pulled on demand for
 * skipPrePull), rendered with `helm template` (helm/template.ts) and written to the
 * chart's `output` file, which the directory's kustomization must list.
 */














/** helm-chart.yaml files of a rendered item directory, relative to it, sorted. */
function chartFilesIn(renderDir) {
    const out = [];
    const walk = (d, rel) => {
        for (const e of (0,external_node_fs_.readdirSync)(d, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
            const r = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory())
                walk(external_node_path_.join(d, e.name), r);
            else if (e.isFile() && (0,layout/* isChartFile */.Jk)(e.name))
                out.push(r);
        }
    };
    walk(renderDir, '');
    return out;
}
/** Renders the Helm charts of items; holds the clients on-demand pulls need, until close(). */
class HelmItemRenderer {
    setup;
    sources;
    charts = new Map();
    // A chart is often rendered by many items from the same files (one per namespace or
    // tenant): what those files say is read once per text. Only what was read without error
    // is kept, so each item still gets its own error, naming its own file.
    configs = new Map();
    kustomizationResources = new Map();
    pulledVersions = new Map();
    constructor(setup) {
        this.setup = setup;
    }
    async close() {
        if (!this.sources)
            return;
        const s = await this.sources.catch(() => undefined);
        await s?.close();
    }
    sourceContext() {
        this.sources ??= (0,chart_sources/* openChartSources */.vc)(this.setup.env, this.setup.credentialFlags, this.setup.log);
        return this.sources;
    }
    /**
     * Renders every helm-chart.yaml of the item into its output file; the size of what it
     * wrote, and each output file's text by its path inside the item directory.
     */
    async renderItem(item, reads) {
        const out = {
            documents: 0,
            bytes: 0,
            yaml: new Map(),
            objects: new Map(),
        };
        for (const rel of chartFilesIn(item.renderDir)) {
            const chart = await this.renderChart(item, rel, reads);
            out.documents += chart.documents.length;
            out.bytes += chart.text.length;
            out.yaml.set(chart.output, chart.text);
            out.objects.set(chart.output, chart.documents);
        }
        return out;
    }
    async renderChart(item, rel, reads) {
        const sourceFile = external_node_path_.join(item.sourceDir, ...rel.split('/'));
        const renderedFile = external_node_path_.join(item.renderDir, ...rel.split('/'));
        const dir = external_node_path_.dirname(renderedFile);
        const config = this.chartConfig(sourceFile, renderedFile);
        const where = external_node_path_.posix.join(item.name, external_node_path_.posix.dirname(rel));
        const kustomization = (0,find_file/* findYamlFileSync */.i)(dir, 'kustomization');
        if (kustomization) {
            const text = (0,external_node_fs_.readFileSync)(kustomization, 'utf8');
            let resources = this.kustomizationResources.get(text);
            if (!resources) {
                const ky = (0,util_yaml/* parseYaml */.hN)(text, kustomization).value;
                resources =
                    (0,merge/* isPlainObject */.Qd)(ky) && Array.isArray(ky.resources) ? ky.resources.map(String) : [];
                this.kustomizationResources.set(text, resources);
            }
            if (!resources.includes(config.output))
                throw new util_errors/* UserError */.yo(`${where}/${external_node_path_.basename(kustomization)} does not include the rendered helm chart: ${config.output}`, { file: external_node_path_.join(external_node_path_.dirname(sourceFile), external_node_path_.basename(kustomization)) }, `add "${config.output}" to its resources (or set output in helm-chart.yaml to the file it lists)`);
        }
        const chartDir = await this.chartDir(config, external_node_path_.dirname(sourceFile));
        const { dir: copy, hash } = this.materialized(chartDir, config.chartName);
        if (chartDir.startsWith((0,chart_files/* helmScratchDir */.Ib)()))
            reads?.volatile(`chart ${config.chartName} pulled`);
        else
            reads?.chart(chartDir, hash);
        const values = (0,find_file/* findYamlFileSync */.i)(dir, 'helm-values');
        if (values && /^sops:/m.test((0,external_node_fs_.readFileSync)(values, 'utf8')))
            throw new util_errors/* UserError */.yo('helm-values.yaml is encrypted with SOPS, which shipshape cannot decrypt yet', { file: external_node_path_.join(external_node_path_.dirname(sourceFile), external_node_path_.basename(values)) }, 'keep secrets out of helm-values.yaml for now (e.g. in a SOPS-encrypted Secret manifest of the item)');
        const started = Date.now();
        const objects = await (0,template/* helmTemplate */.Zp)({
            chartDir: copy,
            chartHash: hash,
            releaseName: config.releaseName,
            namespace: config.namespace,
            valuesFile: values,
            skipCRDs: config.skipCRDs,
            kubeVersion: this.setup.kubeVersion,
            chartName: config.chartName,
            item: where,
            file: sourceFile,
        }, { env: this.setup.env });
        for (const o of objects) {
            const md = ((0,merge/* isPlainObject */.Qd)(o.metadata) ? o.metadata : {});
            const note = (0,hooks/* droppedHookNote */.Q8)(o, `${String(o.kind)} ${String(md.name)}`);
            if (note)
                this.setup.log(`${where}: ${note}`);
        }
        const output = external_node_path_.join(dir, config.output);
        (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(output), { recursive: true });
        const { text, documents } = (0,template/* renderedChartFile */.ij)(objects, config.namespace, `rendered by shipshape: helm template ${config.releaseName} ${config.chartName} ${config.chartVersion ?? ''}`.trim());
        (0,external_node_fs_.writeFileSync)(output, text);
        this.setup.log(`${where}: rendered chart ${config.chartName} (${objects.length} objects, ${Date.now() - started} ms)`);
        return {
            documents,
            output: external_node_path_.relative(item.renderDir, output).split(external_node_path_.sep).join('/'),
            text,
        };
    }
    /** An item's helm-chart.yaml, as written (`sourceFile`) and as rendered. */
    chartConfig(sourceFile, renderedFile) {
        const raw = (0,external_node_fs_.existsSync)(sourceFile) ? (0,external_node_fs_.readFileSync)(sourceFile, 'utf8') : undefined;
        const rendered = (0,external_node_fs_.readFileSync)(renderedFile, 'utf8');
        const key = `${raw ?? ''}\0${rendered}`;
        const known = this.configs.get(key);
        if (known)
            return { ...known, file: sourceFile };
        // kluctl's limitation, checked here too: the file must be YAML before it is rendered.
        if (raw !== undefined)
            (0,chart_config/* parseRawChartYaml */.FO)(raw, sourceFile);
        const config = (0,chart_config/* readChartConfig */.$H)((0,util_yaml/* parseYaml */.hN)(rendered, sourceFile), { rendered: true });
        this.configs.set(key, config);
        return config;
    }
    /** A chart read (and hashed, and copied where needed) once per render, however many items use it. */
    materialized(chartDir, chartName) {
        let m = this.charts.get(chartDir);
        if (!m) {
            m = (0,chart_files/* materializeChart */.m5)(chartDir, this.chartBoundary(chartDir), chartName);
            this.charts.set(chartDir, m);
        }
        return m;
    }
    /** Links inside a vendored or local chart must stay inside the project. */
    chartBoundary(chartDir) {
        return chartDir.startsWith((0,chart_files/* helmScratchDir */.Ib)())
            ? project_boundary/* ProjectBoundary */.oT.exactly(chartDir)
            : this.setup.boundary;
    }
    /** The version a pulled chart's Chart.yaml says. */
    pulledVersion(chartYaml) {
        if (!this.pulledVersions.has(chartYaml)) {
            const meta = (0,util_yaml/* parseYaml */.hN)((0,external_node_fs_.readFileSync)(chartYaml, 'utf8'), chartYaml).value;
            this.pulledVersions.set(chartYaml, (0,merge/* isPlainObject */.Qd)(meta) && meta.version !== undefined ? String(meta.version) : undefined);
        }
        return this.pulledVersions.get(chartYaml);
    }
    /** The chart's directory: local (inside the project), vendored, or pulled on demand. */
    async chartDir(config, configDir) {
        const { boundary, projectRoot } = this.setup;
        if (config.kind === 'local') {
            const dir = boundary.check(external_node_path_.resolve(configDir, config.path), 'Helm chart path', { file: config.file }, config.path);
            if (!(0,external_node_fs_.existsSync)(external_node_path_.join(dir, 'Chart.yaml')))
                throw new util_errors/* UserError */.yo(`chart path "${config.path}" holds no Chart.yaml`, { file: config.file }, 'point path at a chart directory inside the project');
            return dir;
        }
        const chartsRoot = external_node_path_.join(projectRoot, layout/* HELM_CHARTS_DIR */.H2);
        const version = (0,layout/* versionDirName */.Xv)(config);
        const vendored = (0,layout/* pulledChartDir */.Eh)(chartsRoot, config, version);
        const relVendored = external_node_path_.relative(projectRoot, vendored).split(external_node_path_.sep).join('/');
        const chartYaml = external_node_path_.join(vendored, 'Chart.yaml');
        if ((0,external_node_fs_.existsSync)(chartYaml)) {
            boundary.check(vendored, 'pulled chart', { file: config.file });
            if (config.kind !== 'git') {
                const have = this.pulledVersion(chartYaml);
                if (have !== config.chartVersion)
                    throw new util_errors/* UserError */.yo(`the chart pulled into ${relVendored} is version ${have ?? '(none)'}, not ${config.chartVersion}`, { file: config.file }, 'run shipshape helm-pull (it pulls the version helm-chart.yaml asks for)');
            }
            return vendored;
        }
        if (!config.skipPrePull)
            throw new util_errors/* UserError */.yo(`Helm chart ${config.chartName} ${version} has not been pulled (expected in ${relVendored})`, { file: config.file }, 'run "shipshape helm-pull" (or kluctl helm-pull) in the project and commit .helm-charts, or set skipPrePull: true to pull it when rendering');
        return this.pullOnDemand(config, version);
    }
    async pullOnDemand(config, version) {
        this.setup.log(`pulling chart ${config.chartName} ${version} (skipPrePull)`);
        return (0,pull/* pullToScratch */.jo)(config, version, await this.sourceContext());
    }
}

;// CONCATENATED MODULE: ./lib/render/cache/build-id.js
function buildId() {
  return "bundle-607087350fcfd13d07f4e8b5731defffe85ab956b8ba1814f7e0812cbb0b59ce";
}

;// CONCATENATED MODULE: ./lib/render/item-key.js


/** The input key, or undefined when the variables hold something no digest describes. */
function itemInputKey(inputs) {
    const d = new Digest()
        .text('code', buildId())
        // the engine that runs templates and our code
        .text('node', process.version.split('.')[0])
        .value('overrideNamespace', inputs.overrideNamespace ?? null)
        .value('recursive', inputs.recursive)
        .value('onlyRender', inputs.onlyRender);
    for (const dir of inputs.searchDirs)
        d.text('searchDir', dir);
    const byPath = (a, b) => (a.rel < b.rel ? -1 : 1);
    for (const dir of [...inputs.tree.dirs].sort())
        d.text('dir', dir);
    for (const f of [...inputs.tree.files].sort(byPath))
        d.text('file', f.rel).value('template', f.template).text('digest', f.digest);
    const data = Object.fromEntries(Object.entries(inputs.vars).filter(([k]) => !inputs.code.includes(k)));
    try {
        d.value('vars', data);
    }
    catch (err) {
        if (err instanceof NotDigestible)
            return undefined;
        throw err;
    }
    return d.hex();
}

;// CONCATENATED MODULE: ./lib/render/kustomization-check.js
/**
 * What shipshape checks in the rendered kustomizations before kustomize sees them. kustomize
 * fetches a resource, patch or generator file given as a URL (and clones a git URL) on its
 * own; a project is untrusted, so that would let a pull request make the runner send
 * requests anywhere, loopback services of a self-hosted runner included. Every path-valued
 * field is therefore checked here, and kustomize also runs without network (kustomize.ts).
 */




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
function readYamlMapping(files, file) {
    const value = (0,util_yaml/* parseYaml */.hN)(files.readText(file), file).value;
    return (0,merge/* isPlainObject */.Qd)(value) ? value : {};
}
function readFile(file, shown, ky, refs) {
    const dir = external_node_path_.dirname(file);
    const paths = [];
    pathsIn(ky, paths);
    for (const p of paths) {
        if (REMOTE.test(p.trim()))
            throw new util_errors/* UserError */.yo(`${shown} refers to the remote location "${p}"`, { file: shown }, 'shipshape never fetches remote kustomize resources: vendor the files into the project');
        refs.paths.push(external_node_path_.resolve(dir, p));
    }
    const entries = (keys) => keys.flatMap((key) => {
        const list = ky[key];
        return Array.isArray(list)
            ? list.filter((e) => typeof e === 'string').map((e) => ({ key, e }))
            : [];
    });
    for (const { key, e } of entries(LOCAL_ENTRIES))
        refs.local.push({ shown, key, entry: e, abs: external_node_path_.resolve(dir, e) });
    for (const { e } of entries(CONFIG_ENTRIES)) {
        const f = external_node_path_.resolve(dir, e);
        if (/\.ya?ml$/i.test(f) && refs.files.exists(f))
            readFile(f, shown, readYamlMapping(refs.files, f), refs);
    }
}
/**
 * Checks every kustomization in a rendered item directory for remote locations and returns
 * what they name. `skip`: directories inside it that belong to other items; `display` turns
 * a rendered file into the name the user knows (its project path); `known`: a kustomization
 * already read (the item's own, as prepareKustomization made it, written or not).
 */
function kustomizationRefs(files, skip, display, known) {
    const refs = { paths: [], local: [], files };
    // The item's own may not be written yet (PreparedKustomization.write).
    if (known)
        readFile(known.file, display(known.file), known.value, refs);
    for (const f of files.kustomizationFiles(skip))
        if (f !== known?.file)
            readFile(f, display(f), readYamlMapping(files, f), refs);
    return refs;
}
/** Fails on an entry kustomize would not find on disk (it would try it as a remote repository). */
function checkLocalEntries(refs) {
    for (const { shown, key, entry, abs } of refs.local) {
        if (!refs.files.exists(abs))
            throw new util_errors/* UserError */.yo(`${shown}: ${key} entry "${entry}" does not exist`, { file: shown }, 'fix the path (relative to the kustomization); remote resources are not fetched');
    }
}

;// CONCATENATED MODULE: ./lib/render/direct-build.js
/**
 * Builds an item without running kustomize when kustomize could only hand its manifests
 * back: the kustomization lists manifest files and perhaps a namespace, nothing else. That
 * is most items (every item without a kustomization of its own gets such a generated one),
 * and a kustomize process is most of what rendering them costs.
 *
 * What kustomize does to such manifests, and so what this does (test/render/direct-build
 * compares both on the real kustomize): the documents in list order (`fifo`), empty ones
 * dropped; every map's keys sorted as Go's YAML writer sorts them (kustomize passes objects
 * through Go maps); scalars read as Go reads them; and the namespace set on namespaced
 * objects.
 *
 * Anything else falls back to kustomize, which is always right: a value Go's YAML reads
 * differently from YAML 1.2 (`012`, `1_000`, `True`, timestamps, a float in exponent form),
 * anchors, aliases, tags and merge keys, an object kustomize would refuse or change (no
 * name, a List, an empty annotations map it drops, two objects with one identity), a kind
 * whose namespace reaches further than metadata.namespace (RoleBinding subjects, webhook
 * services) or whose scope kustomize knows better. Falling back costs time, never fidelity.
 */




const KUSTOMIZATION_KEYS = new Set(['apiVersion', 'kind', 'metadata', 'resources', 'namespace']);
/**
 * The plan for a kustomization as the user wrote it (or as generated), when kustomize would
 * do nothing with it but read its resources; `overrideNamespace` applies when it has none.
 */
function directPlan(ky, overrideNamespace) {
    if (Object.keys(ky).some((k) => !KUSTOMIZATION_KEYS.has(k)))
        return undefined;
    if (ky.apiVersion !== undefined && ky.apiVersion !== 'kustomize.config.k8s.io/v1beta1')
        return undefined;
    if (ky.kind !== undefined && ky.kind !== 'Kustomization')
        return undefined;
    const resources = ky.resources ?? [];
    if (!Array.isArray(resources) || !resources.every((r) => typeof r === 'string'))
        return undefined;
    const own = ky.namespace;
    if (own !== undefined && own !== null && typeof own !== 'string')
        return undefined;
    const namespace = own || overrideNamespace || undefined;
    return { resources, namespace };
}
// Plain scalars Go's YAML reader (behind kustomize) resolves as YAML 1.2's core schema does.
const SAFE_INT = /^-?(0|[1-9][0-9]{0,14})$/;
const SAFE_FLOAT = /^-?(0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/;
// A digit-led string of only these characters might be a number somewhere (0x1F, 1_000, 1e3, 1:30).
const NUMBER_LIKE = /^[-+0-9._:eExXoObB]*$/;
const TIMESTAMP_LIKE = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/;
/**
 * A plain string both readers take as that string. (`yes`, `on`, `y`: YAML 1.1's booleans
 * are strings to Go's reader too; `True` and `Null` are not strings to YAML 1.2.)
 */
function safePlainString(s) {
    if (/^[A-Za-z_/$]|^-+[A-Za-z]/.test(s))
        return true;
    return /^[0-9]/.test(s) && !NUMBER_LIKE.test(s) && !TIMESTAMP_LIKE.test(s);
}
// Go's YAML reader refuses a key whose ':' is more than 1024 characters after its start
// (kustomize: "did not find expected ',' or '}'"); the yaml library reads it.
const MAX_KEY_SOURCE = 1000;
/** Thrown inside the walk when kustomize must decide; never leaves this module. */
class NotDirect extends Error {
}
// Besides tab and line feed, printable characters only: other controls, NEL, the Unicode line
// separators and BOM survive Go's writer and the reading of its output differently; an
// unpaired surrogate (a JSON-style escape) is an error to Go's reader.
const UNUSUAL = /[^\t\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]/u;
function scalarValue(node, key, r) {
    if (node.tag || node.anchor)
        throw new NotDirect();
    const v = node.value;
    if (typeof v === 'string' && UNUSUAL.test(v))
        throw new NotDirect();
    // Folding around more-indented lines differs between the two readers; a block scalar at
    // the very end of a text without a final line break too.
    if (node.type === 'BLOCK_FOLDED')
        throw new NotDirect();
    if (node.type === 'BLOCK_LITERAL' && (node.range?.[1] ?? Infinity) >= r.openEnd)
        throw new NotDirect();
    if (node.type !== 'PLAIN') {
        if (typeof v !== 'string')
            throw new NotDirect();
        return v;
    }
    const src = String(node.source ?? '');
    if (key && typeof v !== 'string')
        throw new NotDirect();
    if (v === null) {
        if (src === '' || src === '~' || src === 'null')
            return null;
    }
    else if (typeof v === 'boolean') {
        if (src === 'true' || src === 'false')
            return v;
    }
    else if (typeof v === 'number') {
        // -0 would print as such; Go writes 0.
        if ((SAFE_INT.test(src) || SAFE_FLOAT.test(src)) && !Object.is(v, -0))
            return v;
    }
    else if (typeof v === 'string' && v === src && safePlainString(v))
        return v;
    throw new NotDirect();
}
const isLetter = (c) => c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : /\p{L}/u.test(String.fromCodePoint(c));
const isDigit = (c) => c < 128 ? c >= 48 && c <= 57 : /\p{Nd}/u.test(String.fromCodePoint(c));
const codePoints = (s) => Array.from(s, (c) => c.codePointAt(0));
/**
 * Whether key `a` comes before `b` in kustomize's output, whose keys Go's yaml.v2 writer
 * orders "naturally": at the first difference, two letters by code point, a non-letter
 * before a letter, and otherwise runs of digits by their number (`x9` before `x10`).
 */
function keyBefore(ar, br) {
    for (let i = 0; i < ar.length && i < br.length; i++) {
        if (ar[i] === br[i])
            continue;
        const al = isLetter(ar[i]);
        const bl = isLetter(br[i]);
        if (al && bl)
            return ar[i] < br[i];
        if (al || bl)
            return bl;
        let an = 0;
        let bn = 0;
        if (ar[i] === 48 || br[i] === 48) {
            for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--)
                if (ar[j] !== 48) {
                    an = bn = 1;
                    break;
                }
        }
        let ai = i;
        let bi = i;
        for (; ai < ar.length && isDigit(ar[ai]); ai++)
            an = an * 10 + ar[ai] - 48;
        for (; bi < br.length && isDigit(br[bi]); bi++)
            bn = bn * 10 + br[bi] - 48;
        // Go counts in 64 bits; past 2^53 this count would not be exact.
        if (!Number.isSafeInteger(an) || !Number.isSafeInteger(bn))
            throw new NotDirect();
        if (an !== bn)
            return an < bn;
        if (ai !== bi)
            return ai < bi;
        return ar[i] < br[i];
    }
    return ar.length < br.length;
}
/** Entries in kustomize's key order. */
function sortedEntries(entries) {
    if (entries.length < 2)
        return entries;
    const keyed = entries.map((e) => ({ e, cp: codePoints(e[0]) }));
    keyed.sort((a, b) => (keyBefore(a.cp, b.cp) ? -1 : keyBefore(b.cp, a.cp) ? 1 : 0));
    return keyed.map((k) => k.e);
}
function value(node, r) {
    if ((0,dist.isScalar)(node))
        return scalarValue(node, false, r);
    if ((0,dist.isAlias)(node) || node?.anchor)
        throw new NotDirect();
    if ((0,dist.isSeq)(node)) {
        if (node.tag)
            throw new NotDirect();
        return node.items.map((item) => value(item, r));
    }
    if ((0,dist.isMap)(node)) {
        if (node.tag)
            throw new NotDirect();
        const entries = [];
        const seen = new Set();
        for (const pair of node.items) {
            if (!(0,dist.isPair)(pair) || !(0,dist.isScalar)(pair.key))
                throw new NotDirect();
            const [start, end] = pair.key.range ?? [0, Infinity];
            if (end - start > MAX_KEY_SOURCE)
                throw new NotDirect();
            const key = scalarValue(pair.key, true, r);
            // A repeated key is an error kustomize words; `__proto__` stays with the reader that
            // already handles it (the one kustomize's output goes through).
            if (seen.has(key) || key === '__proto__')
                throw new NotDirect();
            seen.add(key);
            entries.push([key, pair.value === null ? null : value(pair.value, r)]);
        }
        return Object.fromEntries(sortedEntries(entries));
    }
    if (node === null)
        return null;
    throw new NotDirect();
}
/** The documents of a manifest as kustomize's output would read, or undefined. */
function readManifest(text) {
    // A directive could switch the YAML version; an undecodable byte reads differently in Go.
    if (/^%/m.test(text) || text.includes('\ufffd'))
        return undefined;
    const out = [];
    const r = { openEnd: text.endsWith('\n') ? Infinity : text.length };
    try {
        for (const doc of new dist.Composer({ uniqueKeys: false }).compose(new dist.Parser().parse(text))) {
            if (doc.errors.length > 0)
                return undefined;
            const v = value(doc.contents, r);
            if (v === null)
                continue;
            if (!(0,merge/* isPlainObject */.Qd)(v))
                return undefined;
            out.push(v);
        }
    }
    catch (err) {
        if (err instanceof NotDirect)
            return undefined;
        throw err;
    }
    return out;
}
/**
 * The objects of a manifest written as JSON documents (`JSON.stringify` of each; Helm's
 * output, helm/template.ts), as readManifest would read that text: the same rules applied
 * to what the text holds, without parsing it. JSON leaves the reader no choice but for
 * numbers, which are checked as the text has them.
 */
function readWrittenObjects(docs) {
    const json = (v) => {
        if (typeof v === 'string') {
            if (UNUSUAL.test(v) || v.includes('\ufffd'))
                throw new NotDirect();
            return v;
        }
        if (typeof v === 'number') {
            const src = JSON.stringify(v);
            if (src === 'null')
                return null;
            if (!SAFE_INT.test(src) && !SAFE_FLOAT.test(src))
                throw new NotDirect();
            return Number(src);
        }
        if (v === null || typeof v === 'boolean')
            return v;
        if (Array.isArray(v))
            return v.map(json);
        if (!(0,merge/* isPlainObject */.Qd)(v))
            throw new NotDirect();
        const entries = [];
        for (const [key, item] of Object.entries(v)) {
            if (key === '__proto__' || JSON.stringify(key).length > MAX_KEY_SOURCE)
                throw new NotDirect();
            json(key);
            if (item !== undefined)
                entries.push([key, json(item)]);
        }
        return Object.fromEntries(sortedEntries(entries));
    };
    try {
        return docs.map((d) => json(d));
    }
    catch (err) {
        if (err instanceof NotDirect)
            return undefined;
        throw err;
    }
}
// Kinds whose namespace kustomize sets elsewhere too, or whose name is the namespace.
const NAMESPACE_REACHES_FURTHER = new Set([
    'Namespace',
    'RoleBinding',
    'ClusterRoleBinding',
    'APIService',
    'CustomResourceDefinition',
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
]);
/** Kubernetes' own namespaced kinds, by group, that only carry metadata.namespace. */
const NAMESPACED = {
    '': new Set([
        'ConfigMap',
        'Endpoints',
        'LimitRange',
        'PersistentVolumeClaim',
        'Pod',
        'PodTemplate',
        'ReplicationController',
        'ResourceQuota',
        'Secret',
        'Service',
        'ServiceAccount',
    ]),
    apps: new Set(['ControllerRevision', 'DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet']),
    autoscaling: new Set(['HorizontalPodAutoscaler']),
    batch: new Set(['CronJob', 'Job']),
    policy: new Set(['PodDisruptionBudget']),
    'coordination.k8s.io': new Set(['Lease']),
    'discovery.k8s.io': new Set(['EndpointSlice']),
    'networking.k8s.io': new Set(['Ingress', 'NetworkPolicy']),
    'rbac.authorization.k8s.io': new Set(['Role']),
};
/**
 * Whether kustomize sets only metadata.namespace on the kind: Kubernetes' namespaced kinds
 * listed above, and custom resources (a group with a dot outside k8s.io), which kustomize,
 * knowing no schema for them, takes as namespaced.
 */
function takesNamespace(group, kind) {
    if (NAMESPACE_REACHES_FURTHER.has(kind))
        return false;
    if (NAMESPACED[group])
        return NAMESPACED[group].has(kind);
    return group.includes('.') && !/(^|\.)k8s\.io$/.test(group);
}
const nonEmptyString = (v) => typeof v === 'string' && v !== '';
/** The object as kustomize outputs it, or undefined when kustomize must decide. */
function directObject(obj, namespace) {
    const { apiVersion, kind, metadata } = obj;
    if (!nonEmptyString(apiVersion) || !nonEmptyString(kind) || kind.endsWith('List'))
        return undefined;
    if (!(0,merge/* isPlainObject */.Qd)(metadata) || !nonEmptyString(metadata.name))
        return undefined;
    if (metadata.namespace !== undefined && typeof metadata.namespace !== 'string')
        return undefined;
    for (const field of ['labels', 'annotations']) {
        const m = metadata[field];
        if (m === undefined)
            continue;
        if (!(0,merge/* isPlainObject */.Qd)(m) || !Object.values(m).every((v) => typeof v === 'string'))
            return undefined;
        // kustomize drops an empty annotations map, and keeps its own annotations to itself.
        if (field === 'annotations' && Object.keys(m).length === 0)
            return undefined;
        if (Object.keys(m).some((k) => /config\.kubernetes\.io|kustomize/.test(k)))
            return undefined;
    }
    if (namespace === undefined)
        return obj;
    if (!takesNamespace((0,k8s/* splitApiVersion */.Np)(apiVersion).group, kind))
        return undefined;
    const md = Object.fromEntries(sortedEntries(Object.entries({ ...metadata, namespace })));
    return { ...obj, metadata: md };
}
/**
 * The objects kustomize would build from the plan, or undefined when kustomize must build
 * the item. `manifests`: the item's rendered YAML files by path inside the item directory;
 * `written`: the objects of those written as JSON documents (RenderedTree.objects).
 */
function buildDirect(plan, manifests, written = new Map()) {
    const objects = [];
    const ids = new Set();
    const listed = new Set();
    for (const entry of plan.resources) {
        const rel = external_node_path_.posix.normalize(entry);
        if (listed.has(rel) || rel.startsWith('../') || external_node_path_.posix.isAbsolute(rel))
            return undefined;
        listed.add(rel);
        if (/(^|\/)kustomization\.ya?ml$/i.test(rel))
            return undefined;
        const text = manifests.get(rel);
        if (text === undefined)
            return undefined;
        const known = written.get(rel);
        const docs = known ? readWrittenObjects(known) : readManifest(text);
        if (!docs)
            return undefined;
        for (const doc of docs) {
            const obj = directObject(doc, plan.namespace);
            if (!obj)
                return undefined;
            const id = (0,k8s/* refKey */.XF)((0,k8s/* refOf */.H8)(obj));
            // kustomize refuses two objects with one identity, in its own words.
            if (ids.has(id))
                return undefined;
            ids.add(id);
            objects.push(obj);
        }
    }
    return objects;
}

;// CONCATENATED MODULE: ./lib/render/kustomization.js







const isYaml = (name) => /\.ya?ml$/i.test(name);
const isHelmFile = (name) => /^helm-(values|chart)\.ya?ml$/i.test(name);
/**
 * Makes sure a rendered item directory has a kustomization: the user's own, or one listing
 * its YAML files (sorted, helm files excluded). Sets `namespace` from overrideNamespace when
 * the kustomization has none, so kustomize applies it to namespaced kinds only.
 */
function prepareKustomization(files, opts) {
    const existing = files.findYaml('kustomization');
    let ky;
    // Edits go through the document, so every scalar keeps the form the user wrote: kustomize
    // reads `"yes"` and `yes` differently.
    let doc;
    const file = existing ?? external_node_path_.join(files.dir, 'kustomization.yaml');
    if (existing) {
        if (opts.recursive)
            throw new util_errors/* UserError */.yo(`recursive: true cannot be used when ${opts.itemName} has a kustomization`, { file: existing });
        const located = (0,util_yaml/* parseYamlForEdit */.iT)(files.readText(existing), existing);
        const parsed = located.value ?? {};
        if (!(0,merge/* isPlainObject */.Qd)(parsed))
            throw new util_errors/* UserError */.yo('kustomization must be a mapping', { file: existing });
        ky = parsed;
        doc = located.document;
    }
    else {
        const resources = files
            .listFiles(opts.recursive)
            .filter((f) => isYaml(f) && !isHelmFile(external_node_path_.basename(f)));
        ky = { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources };
        doc = new dist.Document(ky);
    }
    const direct = directPlan(ky, opts.overrideNamespace);
    let changed = !existing;
    if (opts.overrideNamespace !== undefined &&
        (ky.namespace === undefined || ky.namespace === null || ky.namespace === '')) {
        doc.set('namespace', opts.overrideNamespace);
        changed = true;
    }
    // kluctl keeps the order kustomize reads the objects in (its files in order, generated
    // objects last), where the kustomize CLI would sort them by kind (its "legacy" order).
    const ownSortOptions = ky.sortOptions !== undefined;
    if (!ownSortOptions) {
        doc.set('sortOptions', { order: 'fifo' });
        changed = true;
    }
    let pending = changed;
    const write = () => {
        if (pending)
            (0,external_node_fs_.writeFileSync)(file, doc.toString());
        pending = false;
    };
    const annotations = (0,merge/* isPlainObject */.Qd)(ky.metadata) && (0,merge/* isPlainObject */.Qd)(ky.metadata.annotations)
        ? ky.metadata.annotations
        : {};
    const flag = (name) => ['true', 'True', '1', 'yes'].includes(String(annotations[name]));
    return {
        barrier: flag('kluctl.io/barrier'),
        waitReadiness: flag('kluctl.io/wait-readiness'),
        // Both only take effect at the top of a build (a batch's top orders fifo too).
        batchable: !ownSortOptions && ky.buildMetadata === undefined,
        direct,
        kustomization: { file, value: ky },
        write,
    };
}

// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
;// CONCATENATED MODULE: ./lib/render/kustomize-batch.js






const DEFAULT_BOUNDS = {
    items: 40,
    documents: 400,
    bytes: 2 * 1024 * 1024,
    startDocuments: 100,
};
// Marks which item an object came from in a batched build; removed before anyone sees it.
const ITEM_LABEL = 'shipshape.internal/item';
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
 * Builds items with kustomize while the items after them are still being rendered. Items
 * are built in batches: a generated kustomization lists each item (through a wrapper that
 * labels its objects with the item's number) and one kustomize run builds them all. Each
 * item is still its own kustomization, so namespaces, patches and generators apply exactly
 * as in a build of the item alone, and the output order of each item is kept. When a batch
 * fails (an item's error, or two items defining the same object), its items are built one
 * by one, so every error names its item.
 */
class KustomizeBatcher {
    tool;
    workDir;
    concurrency;
    bounds;
    limit;
    pending = [];
    pendingDocuments = 0;
    pendingBytes = 0;
    batches = 0;
    jobs = 0;
    constructor(tool, workDir, concurrency, bounds = DEFAULT_BOUNDS) {
        this.tool = tool;
        this.workDir = workDir;
        this.concurrency = concurrency;
        this.bounds = bounds;
        this.limit = (0,p_limit/* default */.A)(concurrency);
    }
    /** Builds an item; resolves with its objects in kustomize's order. */
    build(job) {
        return new Promise((resolve, reject) => {
            const q = { job, resolve, reject };
            if (!job.batchable) {
                void this.limit(() => this.single(q));
                return;
            }
            const b = this.bounds;
            if (this.pending.length > 0 &&
                (this.pending.length + 1 > b.items ||
                    this.pendingDocuments + job.documents > b.documents ||
                    this.pendingBytes + job.bytes > b.bytes))
                this.dispatch(this.take());
            this.pending.push(q);
            this.pendingDocuments += job.documents;
            this.pendingBytes += job.bytes;
            const idle = this.limit.activeCount + this.limit.pendingCount < this.concurrency;
            if (idle && this.pendingDocuments >= b.startDocuments)
                this.dispatch(this.take());
        });
    }
    /** No more items are coming: builds what waits, spread over the idle kustomize runs. */
    flush() {
        const rest = this.take();
        const idle = Math.max(1, this.concurrency - this.limit.activeCount - this.limit.pendingCount);
        const parts = Math.min(idle, rest.length, Math.ceil(this.docs(rest) / this.bounds.startDocuments));
        const size = Math.ceil(rest.length / Math.max(1, parts));
        for (let i = 0; i < rest.length; i += size)
            this.dispatch(rest.slice(i, i + size));
    }
    close() {
        (0,external_node_fs_.rmSync)(this.workDir, { recursive: true, force: true });
    }
    docs(qs) {
        return qs.reduce((n, q) => n + q.job.documents, 0);
    }
    take() {
        const out = this.pending;
        this.pending = [];
        this.pendingDocuments = 0;
        this.pendingBytes = 0;
        return out;
    }
    dispatch(members) {
        if (members.length === 0)
            return;
        if (members.length === 1) {
            void this.limit(() => this.single(members[0]));
            return;
        }
        const n = this.batches++;
        void this.limit(() => this.batch(members, n));
    }
    async single(q) {
        try {
            q.resolve((0,util_yaml/* parseYamlStream */.b8)(await kustomizeBuild(this.tool, q.job.dir, q.job.name), external_node_path_.join(q.job.dir, 'kustomization.yaml')));
        }
        catch (err) {
            q.reject(err);
        }
    }
    async batch(members, n) {
        const root = external_node_path_.join(this.workDir, `batch-${n}`);
        const first = this.jobs;
        this.jobs += members.length;
        members.forEach((q, i) => {
            const wrapper = external_node_path_.join(root, String(first + i));
            (0,external_node_fs_.mkdirSync)(wrapper, { recursive: true });
            const resource = external_node_path_.relative(wrapper, q.job.dir).split(external_node_path_.sep).join('/');
            (0,external_node_fs_.writeFileSync)(external_node_path_.join(wrapper, 'kustomization.yaml'), (0,dist.stringify)({
                resources: [resource],
                labels: [{ pairs: { [ITEM_LABEL]: String(first + i) } }],
            }));
        });
        (0,external_node_fs_.writeFileSync)(external_node_path_.join(root, 'kustomization.yaml'), (0,dist.stringify)({
            resources: members.map((_, i) => String(first + i)),
            sortOptions: { order: 'fifo' },
        }));
        let objects;
        try {
            objects = (0,util_yaml/* parseYamlStream */.b8)(await kustomizeBuild(this.tool, root, 'batch'), external_node_path_.join(root, 'kustomization.yaml'));
        }
        catch {
            // One by one, so each error names its item.
            for (const q of members)
                void this.limit(() => this.single(q));
            return;
        }
        finally {
            (0,external_node_fs_.rmSync)(root, { recursive: true, force: true });
        }
        const out = members.map(() => []);
        for (const o of objects)
            out[takeItemLabel(o) - first].push(o);
        members.forEach((q, i) => q.resolve(out[i]));
    }
}

;// CONCATENATED MODULE: ./lib/render/rendered-files.js
/**
 * An item's rendered files, kept in memory and written to its render directory only once
 * something reads that directory: kustomize building the item, helm reading its values,
 * another item naming the directory, or a render directory that is kept. Most items are
 * built without kustomize (direct-build.ts); writing their files only to remove them again
 * was a twentieth of a render. Until then, what kustomize's preparation reads of the
 * directory (its kustomization, its files, whether an entry exists) is answered from memory,
 * exactly as the directory would answer once written.
 */




const KUSTOMIZATION_FILE = /^(kustomization\.ya?ml|Kustomization)$/;
class RenderedFiles {
    dir;
    dirs;
    files;
    written = false;
    /**
     * `dirs` and the keys of `files`: paths inside `dir`, '/'-separated ('' is `dir`); the
     * files' content as it is to be written.
     */
    constructor(dir, dirs, files) {
        this.dir = dir;
        this.dirs = dirs;
        this.files = files;
    }
    /** Writes the directory (once); from then on it is read from disk. */
    write() {
        if (this.written)
            return;
        for (const d of this.dirs)
            (0,external_node_fs_.mkdirSync)(external_node_path_.join(this.dir, d), { recursive: true });
        for (const [rel, content] of this.files)
            (0,external_node_fs_.writeFileSync)(external_node_path_.join(this.dir, rel), content);
        this.written = true;
    }
    /** `name.yaml` or `name.yml` at the top of the directory (both is an error, as in kluctl). */
    findYaml(name) {
        if (this.written)
            return (0,find_file/* findYamlFileSync */.i)(this.dir, name);
        const [yaml, yml] = [`${name}.yaml`, `${name}.yml`];
        if (this.files.has(yaml) && this.files.has(yml))
            throw new util_errors/* UserError */.yo(`both ${yaml} and ${yml} exist`, { file: external_node_path_.join(this.dir, yml) }, 'keep only one of them');
        const found = this.files.has(yaml) ? yaml : this.files.has(yml) ? yml : undefined;
        return found && external_node_path_.join(this.dir, found);
    }
    readText(file) {
        const rel = this.written ? undefined : this.relative(file);
        const mine = rel === undefined ? undefined : this.files.get(rel);
        return mine === undefined ? (0,external_node_fs_.readFileSync)(file, 'utf8') : mine.toString();
    }
    /** Whether a file or directory exists (elsewhere than in this directory: on disk). */
    exists(p) {
        const rel = this.written ? undefined : this.relative(p);
        if (rel !== undefined && (this.files.has(rel) || this.dirs.includes(rel)))
            return true;
        return (0,external_node_fs_.existsSync)(p);
    }
    /**
     * The files a generated kustomization lists, sorted as kustomize's directory walk gives
     * them; `recursive` also those in subdirectories. A recursive item's directory is read
     * from disk (it is written first): it holds the rendered items nested in it too.
     */
    listFiles(recursive) {
        if (recursive) {
            this.write();
            return listOnDisk(this.dir);
        }
        if (this.written)
            return listOnDisk(this.dir, false);
        return [...this.files.keys()].filter((rel) => !rel.includes('/')).sort(byName);
    }
    /** Every kustomization file in the directory, except in the subdirectories `skip` accepts. */
    kustomizationFiles(skip) {
        if (!this.written)
            return [...this.files.keys()]
                .filter((rel) => KUSTOMIZATION_FILE.test(external_node_path_.posix.basename(rel)))
                .map((rel) => external_node_path_.join(this.dir, rel));
        const out = [];
        const walk = (d) => {
            for (const e of (0,external_node_fs_.readdirSync)(d, { withFileTypes: true })) {
                const p = external_node_path_.join(d, e.name);
                if (e.isDirectory()) {
                    if (!skip(p))
                        walk(p);
                }
                else if (e.isFile() && KUSTOMIZATION_FILE.test(e.name))
                    out.push(p);
            }
        };
        walk(this.dir);
        return out;
    }
    /** `p` inside the directory ('/'-separated), or undefined. */
    relative(p) {
        const rel = external_node_path_.relative(this.dir, p);
        if (rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || external_node_path_.isAbsolute(rel))
            return undefined;
        return rel.split(external_node_path_.sep).join('/');
    }
}
const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function listOnDisk(dir, recursive = true) {
    const out = [];
    const walk = (d, prefix) => {
        for (const e of (0,external_node_fs_.readdirSync)(d, { withFileTypes: true }).sort((a, b) => byName(a.name, b.name))) {
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

;// CONCATENATED MODULE: ./lib/render/template-dir.js






function isBinary(buf) {
    return buf.subarray(0, 8000).includes(0);
}
/**
 * Reads an item directory the way rendering walks it. Helm chart directories (holding
 * Chart.yaml), `.git` and files matched by `.templateignore` are copied unrendered: their
 * `{{ }}` belongs to other template languages. Links are replaced by what they point to,
 * after checking that this is inside the project's boundary, so nothing that reads the
 * render directory later (kustomize, helm) can be led outside the project. `skipDirs`:
 * directories of other items, which render them themselves.
 */
function readItemTree(engine, ignore, boundary, sourceDir, skipDirs) {
    const tree = { dirs: [], files: [] };
    // Real paths of the directories being walked: a link back to one of them is a loop.
    const open = new Set();
    const walk = (src, rel, render) => {
        // The system's realpath: Node's own walks every component with lstat.
        const real = external_node_fs_.realpathSync.native(src);
        if (open.has(real))
            throw new util_errors/* UserError */.yo(`${engine.displayName(src)} is a symbolic link back to a directory that contains it`, { file: src }, 'remove the link: it would make the directory infinitely deep');
        open.add(real);
        tree.dirs.push(rel);
        for (const entry of (0,external_node_fs_.readdirSync)(src, { withFileTypes: true })) {
            const from = external_node_path_.join(src, entry.name);
            const to = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.name === '.git')
                continue;
            if (entry.isSymbolicLink())
                boundary.check(from, 'file');
            const kind = entry.isSymbolicLink() ? (0,external_node_fs_.statSync)(from) : entry;
            if (kind.isDirectory()) {
                if (skipDirs.has(from))
                    continue;
                walk(from, to, render && !(0,external_node_fs_.readdirSync)(from).includes('Chart.yaml'));
            }
            else if (kind.isFile()) {
                if (entry.name === '.templateignore' && render)
                    continue;
                const content = (0,external_node_fs_.readFileSync)(from);
                // Like kluctl, a file without `{` cannot be a template and is copied byte for byte
                // (rendering would drop its final newline and turn CRLF into LF).
                const template = render && !isBinary(content) && content.includes(0x7b) && !ignore.ignores(from);
                tree.files.push({
                    rel: to,
                    source: from,
                    content,
                    digest: contentDigest(content),
                    template,
                });
            }
        }
        open.delete(real);
    };
    walk(sourceDir, '', true);
    return tree;
}
const MANIFEST = /\.ya?ml$/i;
const NOT_A_MANIFEST = /^(kustomization|helm-values|helm-chart)\.ya?ml$/i;
/** Renders an item directory read by readItemTree, for the render directory `job.targetDir`. */
function renderItemTree(engine, tree, job) {
    const contents = new Map();
    const rendered = {
        files: new RenderedFiles(job.targetDir, tree.dirs, contents),
        documents: 0,
        bytes: 0,
        yaml: new Map(),
        objects: new Map(),
    };
    for (const f of tree.files) {
        const display = engine.displayName(f.source);
        const text = f.template
            ? engine.renderFile(f.source, job.vars, job.scope, {
                source: { text: f.content.toString('utf8'), digest: f.digest },
                reads: job.reads,
            })
            : f.content;
        const yaml = MANIFEST.test(f.rel) && !isBinary(f.content);
        if (yaml)
            (0,util_yaml/* checkAliasExpansion */.Gd)(text.toString(), display);
        const to = external_node_path_.join(job.targetDir, f.rel);
        const out = job.decrypt ? job.decrypt(to, Buffer.from(text), display) : text;
        contents.set(f.rel, out);
        if (!yaml)
            continue;
        const written = out.toString();
        rendered.yaml.set(f.rel, written);
        if (!NOT_A_MANIFEST.test(external_node_path_.posix.basename(f.rel))) {
            rendered.bytes += out.length;
            rendered.documents += countDocuments(written);
        }
    }
    return rendered;
}
/** Documents holding something other than comments. */
function countDocuments(text) {
    return text.split(/^---.*$/m).filter((doc) => /^[ \t]*[^\s#]/m.test(doc)).length;
}

;// CONCATENATED MODULE: ./lib/render/pipeline.js
/**
 * Renders the items of one target as a pipeline: the items are templated one after the
 * other (templating is CPU work in this process) while kustomize builds the items before
 * them in batches (kustomize-batch.ts), and each item is post-processed and handed on, in
 * deployment order, as soon as it and every item before it are done, so a consumer that
 * streams keeps only a few items in memory.
 *
 * Before an item is templated, the render cache (cache/index.ts) is asked for what
 * kustomize built from the same inputs; a hit skips templating and kustomize.
 *
 * A kustomization may list another item's rendered directory (an `onlyRender` component,
 * `../base`): that item is templated before kustomize runs, whether or not it came from the
 * cache. Such an item's objects depend on the other item's rendering, so it is not cached.
 */
















const NOT_BUILT = {
    barrier: false,
    waitReadiness: false,
    batchable: false,
    write: () => undefined,
};
/** Why an item was not rendered: an item before it failed. */
class Stopped extends Error {
    constructor() {
        super('not rendered: an item before it failed');
    }
}
// Promise.withResolvers, which Node 20 (where dist/ runs too) does not have.
function deferred() {
    const d = {};
    d.promise = new Promise((resolve, reject) => Object.assign(d, { resolve, reject }));
    return d;
}
const noop = () => undefined;
/** Stands in for an item's result once the consumer took it. */
const CONSUMED = deferred();
CONSUMED.resolve(undefined);
/** Writes an item's render directory (rendered-files.ts), with the kustomization kustomize reads. */
function writeItem(t) {
    t.rendered.files.write();
    t.prepared.write();
}
/** Whether objects hold Secret data, which a persistent cache never keeps. */
function holdsSecrets(objects) {
    return objects.some((o) => (o.kind === 'Secret' && (o.data !== undefined || o.stringData !== undefined)) ||
        (Array.isArray(o.items) && holdsSecrets(o.items)));
}
/** Whether objects hold a value this process learned is secret (a decrypted value, say). */
function mentionsSecrets(objects) {
    if (!(0,sensitive/* hasSensitive */.PF)())
        return false;
    const text = JSON.stringify(objects);
    return (0,sensitive/* redactSensitive */.Qr)(text) !== text;
}
class ItemPipeline {
    rc;
    opts;
    runs;
    byRenderDir = new Map();
    batcher;
    helm;
    stopped = false;
    /** Items taken from the cache. */
    reused = 0;
    /** Items kustomize built (the others it would only have read: direct-build.ts). */
    kustomized = 0;
    constructor(rc, items, opts) {
        this.rc = rc;
        this.opts = opts;
        this.runs = items.map((item) => {
            const dir = item.dir;
            const relDir = sourceRelative(item, dir);
            const renderDir = external_node_path_.join(rc.renderRoot, item.project.source.renderPrefix, item.renderIndex ? `${relDir}-${item.renderIndex}` : relDir);
            return { item, relDir, renderDir };
        });
        for (const r of this.runs)
            this.byRenderDir.set(r.renderDir, r);
        this.batcher = new KustomizeBatcher(rc.kustomize, external_node_path_.join(rc.renderRoot, '.shipshape-batches'), opts.concurrency);
    }
    /**
     * Renders every item; `done` is called for each, in order, with its finished objects
     * (undefined for onlyRender items). The first failure in item order is thrown, once the
     * work already started has ended.
     */
    async run(done) {
        const results = this.runs.map(() => deferred());
        const queued = this.runs.map(() => deferred());
        // What waits for the items to end holds no objects: `results` lets go of each item's
        // once `done` has it, so memory does not grow with the project.
        const ended = results.map((r) => r.promise.then(noop, noop));
        const producer = (async () => {
            for (const [i, run] of this.runs.entries()) {
                if (this.stopped) {
                    results[i].reject(new Stopped());
                    queued[i].resolve();
                    continue;
                }
                this.complete(run, queued[i].resolve).then(results[i].resolve, (err) => {
                    this.stopped = true;
                    queued[i].resolve();
                    results[i].reject(err);
                });
                // let kustomize's output in while the next item is templated
                await new Promise((resolve) => setImmediate(resolve));
            }
            // Nothing more can be queued: what waits for a batch is built. Even after a failure:
            // the items before the failed one must end, so the error thrown is the first real one.
            await Promise.all(queued.map((q) => q.promise));
            this.batcher.flush();
        })();
        let failure;
        try {
            for (const [i, run] of this.runs.entries()) {
                const objects = await results[i].promise.catch((err) => {
                    failure ??= err;
                });
                if (failure !== undefined)
                    break;
                results[i] = CONSUMED;
                done(run.item, objects ?? undefined);
            }
        }
        catch (err) {
            failure ??= err;
        }
        finally {
            this.stopped ||= failure !== undefined;
            await producer;
            await Promise.all(ended);
            await this.helm?.close();
            this.batcher.close();
        }
        if (failure !== undefined)
            throw failure;
    }
    /** One item, from the cache or rendered and built; `queued` once it needs no more templating. */
    async complete(run, queued) {
        let build;
        try {
            const look = await this.lookup(run);
            if (look.hit) {
                queued();
                this.reused++;
                build = look.hit;
            }
            else
                build = await this.render(run, look, queued);
        }
        finally {
            queued();
        }
        // Its variables and cached objects are not needed again (an item that names this one's
        // directory looks it up anew).
        run.lookup = undefined;
        run.item.barrier ||= build.barrier;
        run.item.waitReadiness ||= build.waitReadiness;
        if (run.item.onlyRender)
            return undefined;
        return finishItem(this.rc, run.item, run, build.objects);
    }
    /** Templates and builds an item, and keeps what kustomize built in the cache. */
    async render(run, look, queued) {
        const t = await this.templated(run);
        await this.materializeReferenced(run, t.refs);
        let objects = [];
        const direct = !run.item.onlyRender && t.prepared.direct && this.opts.direct
            ? buildDirect(t.prepared.direct, t.rendered.yaml, t.rendered.objects)
            : undefined;
        t.rendered.yaml.clear();
        t.rendered.objects.clear();
        if (direct)
            objects = direct;
        else if (!run.item.onlyRender) {
            this.kustomized++;
            writeItem(t);
            const building = this.batcher.build({
                dir: run.renderDir,
                name: run.relDir,
                batchable: t.prepared.batchable && this.opts.batch,
                documents: t.rendered.documents,
                bytes: t.rendered.bytes,
            });
            queued();
            // Only a cache needs to know which kustomize built it (asked while it builds).
            const identity = this.rc.cache && this.kustomizeIdentity();
            objects = await building;
            if (identity) {
                const version = await identity;
                if (version)
                    t.recorder.add({ kind: 'kustomize' }, version);
                else
                    t.recorder.volatile('kustomize did not say its version');
            }
        }
        const build = {
            objects,
            barrier: t.prepared.barrier,
            waitReadiness: t.prepared.waitReadiness,
        };
        const cache = this.rc.cache;
        if (cache && look.inputKey && !t.recorder.volatileReason) {
            const persist = !run.item.vars.sensitive && !t.decrypted && !holdsSecrets(objects);
            cache.put(look.inputKey, t.recorder.deps, t.recorder.key(look.inputKey), build, persist && !mentionsSecrets(objects));
        }
        // Its rendered files are let go, so memory does not grow with the project: an item that
        // names this one's directory later templates it anew, as it does an item taken from the
        // cache, and gets the same files. One that read the clock or chance keeps them.
        if (!t.recorder.volatileReason)
            run.templated = undefined;
        return build;
    }
    /** The item's variables and input key, and what the cache holds for it. */
    lookup(run) {
        return (run.lookup ??= (async () => {
            const rc = this.rc;
            const dir = run.item.dir;
            const tree = this.readTree(run);
            const vars = rc.templateContext(run.item.vars.vars);
            if (!rc.cache)
                return { vars, tree };
            const inputKey = itemInputKey({
                tree,
                vars,
                code: rc.templateCode,
                searchDirs: [dir, ...run.item.project.searchDirs].map((d) => rc.keyPaths.key(d)),
                overrideNamespace: run.item.project.overrideNamespace,
                recursive: run.item.recursive,
                onlyRender: run.item.onlyRender === true,
            });
            if (!inputKey)
                return { vars, tree };
            const deps = rc.cache.manifest(inputKey);
            const key = deps && (await currentKey(inputKey, deps, this.depReader()));
            const hit = key ? rc.cache.get(key) : undefined;
            return hit ? { vars, inputKey, hit } : { vars, inputKey, tree };
        })());
    }
    /** Renders the item's templates and Helm charts and readies its kustomization. */
    templated(run) {
        return (run.templated ??= (async () => {
            const rc = this.rc;
            const look = await this.lookup(run);
            const dir = run.item.dir;
            const tree = look.tree ?? this.readTree(run);
            look.tree = undefined;
            const recorder = new DepRecorder(rc.keyPaths);
            let decrypted = false;
            const rendered = renderItemTree(rc.engine, tree, {
                targetDir: run.renderDir,
                vars: look.vars,
                scope: { searchDirs: [dir, ...run.item.project.searchDirs] },
                decrypt: (file, content, display) => {
                    const out = rc.sources.decrypt(file, content, display);
                    decrypted ||= out !== content;
                    return out;
                },
                reads: recorder,
            });
            if (tree.files.some((f) => (0,layout/* isChartFile */.Jk)(external_node_path_.posix.basename(f.rel)))) {
                // helm reads the chart's values and settings from the render directory
                rendered.files.write();
                this.helm ??= new HelmItemRenderer(rc.helm);
                const charts = await this.helm.renderItem({ sourceDir: dir, renderDir: run.renderDir, name: run.relDir }, recorder);
                rendered.documents += charts.documents;
                rendered.bytes += charts.bytes;
                for (const [rel, text] of charts.yaml)
                    rendered.yaml.set(rel, text);
                for (const [rel, docs] of charts.objects)
                    rendered.objects.set(rel, docs);
                // Only a cache needs to know which helm rendered (and `helm version` is a process).
                if (rc.cache) {
                    const identity = await this.helmIdentity();
                    if (identity)
                        recorder.add({ kind: 'helm' }, identity);
                    else
                        recorder.volatile('helm did not say its version');
                }
            }
            const prepared = run.item.onlyRender
                ? NOT_BUILT
                : prepareKustomization(rendered.files, {
                    overrideNamespace: run.item.project.overrideNamespace,
                    recursive: run.item.recursive,
                    itemName: run.relDir,
                });
            // A kept render directory is read by the user: every item, as kustomize reads it.
            if (rc.keepsRenderDir)
                writeItem({ rendered, prepared });
            const refs = kustomizationRefs(rendered.files, (d) => this.ownerOf(d) !== run, (f) => toPosix(external_node_path_.relative(rc.renderRoot, f)), prepared.kustomization);
            for (const p of refs.paths)
                if (this.ownerOf(p) !== run)
                    recorder.volatile(`${toPosix(external_node_path_.relative(rc.renderRoot, p))} is not its own`);
            return { recorder, rendered, prepared, decrypted, refs };
        })());
    }
    /**
     * Templates every item whose directory the kustomizations name (and, in turn, those their
     * kustomizations name), so kustomize finds them: an item from the cache has none yet.
     */
    async materializeReferenced(run, refs) {
        const seen = new Set([run]);
        const all = [refs];
        for (let i = 0; i < all.length; i++) {
            for (const p of all[i].paths) {
                const owner = this.ownerOf(p);
                if (!owner || seen.has(owner))
                    continue;
                seen.add(owner);
                const templated = await this.templated(owner);
                // kustomize reads the directory this item names, and its kustomization in it
                writeItem(templated);
                all.push(templated.refs);
            }
        }
        all.forEach(checkLocalEntries);
    }
    /** The item's files (a cache key needs them, then templating: read once for both). */
    readTree(run) {
        const dir = run.item.dir;
        const { engine, ignore } = this.rc;
        return readItemTree(engine, ignore, run.item.project.source.boundary, dir, this.nestedItemDirs(dir));
    }
    /**
     * The other items' directories inside `dir`: their files are theirs, not this item's.
     * Item directories are absolute and normalised, so a prefix test is exact (and a project of
     * many items does not pay path.relative for every pair).
     */
    nestedItemDirs(dir) {
        const prefix = dir.endsWith(external_node_path_.sep) ? dir : `${dir}${external_node_path_.sep}`;
        return new Set([...this.rc.itemDirs].filter((d) => d.startsWith(prefix)));
    }
    /** The item whose rendered directory holds `p` (the innermost). */
    ownerOf(p) {
        for (let d = p; d.length >= this.rc.renderRoot.length; d = external_node_path_.dirname(d)) {
            const owner = this.byRenderDir.get(d);
            if (owner)
                return owner;
            if (external_node_path_.dirname(d) === d)
                break;
        }
        return undefined;
    }
    kustomizeIdentity() {
        const { command, versionArgs } = this.rc.kustomize;
        return toolVersion(command, versionArgs);
    }
    helmIdentity() {
        const { env, kubeVersion } = this.rc.helm;
        let helm;
        try {
            helm = (0,template/* findHelm */.MI)(env);
        }
        catch {
            return Promise.resolve(undefined);
        }
        return toolVersion(helm, ['version']).then((v) => v && `${v}\0kube-version ${kubeVersion ?? ''}`);
    }
    depReader() {
        const rc = this.rc;
        return {
            paths: rc.keyPaths,
            lookupFile: (name, from, search) => rc.engine.lookupFile(name, from, search),
            chartDigest: (dir) => {
                try {
                    return (0,chart_files/* chartDigest */.hV)(dir, rc.boundary, dir);
                }
                catch {
                    return 'unreadable';
                }
            },
            helmIdentity: () => this.helmIdentity(),
            kustomizeIdentity: () => this.kustomizeIdentity(),
        };
    }
}

// EXTERNAL MODULE: ./lib/util/ignore-file.js
var ignore_file = __webpack_require__(42031);
;// CONCATENATED MODULE: ./lib/render/templateignore.js

/**
 * `.templateignore` files (gitignore syntax) beside a file or in any parent directory up to
 * the project root exclude files from templating; matching files are copied unrendered.
 */
class TemplateIgnore extends ignore_file/* IgnoreFiles */.I {
    constructor(root) {
        super(root, '.templateignore');
    }
}

;// CONCATENATED MODULE: ./lib/render/project.js

























/**
 * Renders a kluctl project for one target: loads .kluctl.yaml and the deployment.yaml tree,
 * renders each selected item's templates, builds it with kustomize (items in parallel,
 * bounded by the cores) and post-processes the objects as kluctl does.
 */
async function renderProject(opts, extras = {}) {
    const context = {};
    const rs = openRenderSources(opts, () => context.target);
    // A render of its own keeps nothing in memory for others; a shared cache is the caller's.
    const cache = opts.cache ?? openRenderCache(opts, false);
    try {
        return await renderWithSources(opts, extras, rs, context, cache);
    }
    finally {
        await rs.close();
        if (!opts.cache)
            await cache?.close();
    }
}
/**
 * The cache for renders of one run: in memory (`memory`: for the run's other renders) and
 * in `opts.cacheDir` when given; undefined when neither.
 */
function openRenderCache(opts, memory) {
    if (!memory && !opts.cacheDir)
        return undefined;
    const log = opts.log ?? (() => undefined);
    return new RenderCache({
        dir: opts.cacheDir,
        memory,
        env: opts.env ?? process.env,
        warn: (m) => log(`warning: ${m}`),
    });
}
async function renderWithSources(opts, extras, rs, context, cache) {
    const root = external_node_path_.resolve(opts.projectDir);
    if (!(0,paths/* isDirectory */.wd)(root))
        throw new util_errors/* UserError */.yo(`project directory ${opts.projectDir} does not exist`, {}, 'pass --project-dir pointing at the directory with .kluctl.yaml / deployment.yaml');
    const log = opts.log ?? (() => { });
    const engine = new TemplateEngine(root);
    const boundary = project_boundary/* ProjectBoundary */.oT.forProject(root);
    const project = await (0,kluctl_project/* loadKluctlProject */.l)(root);
    const resolved = await (0,project_target/* resolveTarget */.b)(project, {
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
    context.target = resolved.target?.context;
    const placeholders = new ImagePlaceholders(rs.dynamic);
    // Templates see `images` as the get_image() object; the `images` variable stays in the
    // vars for fixed-image lookup. Each render gets its own copy (templates may mutate data:
    // update_dict, list.append), with keys sorted as kluctl's Go maps give them.
    const templateContext = (vars) => ({
        ...(0,merge/* withSortedKeys */.q8)(vars),
        images: placeholders.templateObject,
        version: versionHelpers,
    });
    const tree = await loadDeploymentTree(root, { target: resolved.targetVars, args: resolved.args }, engine, {
        engine,
        boundary,
        env: (0,env_access/* envAccess */.C)(opts.env ?? process.env, opts.allowEnv),
        templateContext,
        sources: rs.sources,
        clusterContext: resolved.target?.context,
        onSecret: (v) => rs.sources.opts.onSecret?.(v),
    });
    const inclusion = new render_inclusion/* Inclusion */.v(opts);
    const selected = tree.items.filter((i) => i.onlyRender ||
        i.alwaysDeploy ||
        i.barrier ||
        inclusion.matches(i.tags, i.dir ? sourceRelative(i, i.dir) : undefined));
    const pathItems = selected.filter((i) => i.dir !== undefined);
    log(`rendering ${pathItems.length} item(s)${resolved.target ? ` for target ${resolved.target.name}` : ''}`);
    const target = resolved.target
        ? {
            name: resolved.target.name,
            context: resolved.target.context,
            discriminator: resolved.discriminator,
        }
        : undefined;
    extras.sink?.start(target);
    if (opts.renderOutputDir)
        checkRenderOutputDir(external_node_path_.resolve(opts.renderOutputDir), [root, opts.cwd ?? process.cwd()]);
    const outParent = opts.renderOutputDir
        ? external_node_path_.dirname(external_node_path_.resolve(opts.renderOutputDir))
        : (0,scratch/* scratchDir */.GA)();
    (0,external_node_fs_.mkdirSync)(outParent, { recursive: true });
    const renderRoot = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(outParent, '.shipshape-render-'));
    const forget = (0,scratch/* removeIfInterrupted */.Qf)(renderRoot);
    const keepsRenderDir = Boolean(opts.renderOutputDir) || (extras.keepRenderDir ?? false);
    const sources = new Map(tree.projects.map((p) => [p.source.root, p.source]));
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
        keepsRenderDir,
        templateContext,
        templateCode: ['images', 'version'],
        itemDirs: new Set(pathItems.map((i) => i.dir)),
        sources: rs,
        updateImages: (i) => opts.updateImages === true &&
            inclusion.matches(i.tags, i.dir ? sourceRelative(i, i.dir) : undefined),
        helm: {
            projectRoot: root,
            boundary,
            env: opts.env ?? process.env,
            kubeVersion: opts.kubernetesVersion,
            credentialFlags: opts.helmCredentials,
            log,
        },
        // A kept render directory must hold every item, so nothing is taken from the cache.
        cache: keepsRenderDir ? undefined : cache,
        keyPaths: new KeyPaths([...sources.values()].map((s) => ({ id: s.id, dir: s.root }))),
        log,
    };
    if (keepsRenderDir && cache)
        log('the render directory is kept, so every item is rendered: the cache is not used');
    const started = Date.now();
    const items = [];
    let objectCount = 0;
    let next = 0;
    // Items without a directory (barriers, deletes) go out in their place between the others.
    const emit = (upTo, item) => {
        for (; next < upTo; next++)
            if (selected[next].dir === undefined)
                handOver(toRenderedItem(selected[next], []));
        if (item) {
            next++;
            handOver(item);
        }
    };
    const handOver = (item) => {
        objectCount += item.objects.length;
        if (extras.sink)
            extras.sink.item(item);
        else
            items.push(item);
    };
    const pipeline = new ItemPipeline(rc, pathItems, {
        concurrency: (0,external_node_os_.availableParallelism)(),
        batch: extras.batchKustomize !== false,
        direct: extras.directBuild !== false,
    });
    try {
        const position = new Map(selected.map((item, i) => [item, i]));
        await pipeline.run((item, objects) => emit(position.get(item), toRenderedItem(item, objects ?? [])));
        emit(selected.length);
    }
    catch (err) {
        (0,external_node_fs_.rmSync)(renderRoot, { recursive: true, force: true });
        forget();
        throw err;
    }
    const reused = rc.cache
        ? ` (${pipeline.reused} of ${pathItems.length} item(s) from the cache)`
        : '';
    // Most items need no kustomize run (direct-build.ts); saying how many did explains a slow render.
    log(`rendered ${objectCount} object(s) in ${Date.now() - started} ms${reused}; kustomize ran for ${pipeline.kustomized} item(s)`);
    let renderDir;
    if (rc.keepsRenderDir)
        protectRenderDir(renderRoot, rs.decrypted, opts.renderOutputSecrets === true);
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
    // moved, handed to the caller (who keeps it) or removed
    forget();
    return {
        projectDir: root,
        target,
        items,
        objects: items.flatMap((i) => i.objects),
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
    const targets = (0,project_target/* chooseTargets */.u)(await (0,kluctl_project/* loadKluctlProject */.l)(render.projectDir), wanted);
    const renders = [];
    const errors = [];
    // Targets often share items: each renders once.
    const cache = render.cache ?? openRenderCache(render, targets.length > 1);
    try {
        for (const target of targets) {
            try {
                const result = await renderProject({ ...render, target, cache }, { allowUnresolvedImages: true });
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
    }
    finally {
        if (!render.cache)
            await cache?.close();
    }
    return { renders, errors };
}

;// CONCATENATED MODULE: ./lib/render/index.js




/***/ }),

/***/ 22693:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ip: () => (/* binding */ SopsDecryptor),
  OY: () => (/* binding */ toData)
});

// UNUSED EXPORTS: emitJson, emitYaml, formatForPath, looksEncrypted, mayBeSops

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/util/isolated-tool.js
var isolated_tool = __webpack_require__(88808);
// EXTERNAL MODULE: ./lib/util/merge.js
var merge = __webpack_require__(45536);
// EXTERNAL MODULE: ./lib/util/one-line.js
var one_line = __webpack_require__(13551);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/sops/age.js
/**
 * age decryption (C2SP age v1) with node:crypto: X25519 recipients, the header MAC and the
 * STREAM payload. Enough for SOPS data keys, which are small age files (usually armored);
 * other recipient types (scrypt, ssh, plugins) are reported as not supported so the caller
 * can hand the file to the `sops` binary.
 */

const INTRO = 'age-encryption.org/v1';
const X25519_INFO = 'age-encryption.org/v1/X25519';
const CHUNK = 64 * 1024;
const TAG = 16;
// The PKCS#8 / SPKI wrappers of a raw 32-byte X25519 key (RFC 8410).
const PKCS8_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');
class AgeError extends Error {
    noMatch;
    constructor(message, 
    /** The file is fine but no identity given can open it. */
    noMatch = false) {
        super(message);
        this.noMatch = noMatch;
        this.name = 'AgeError';
    }
}
// ---- bech32 (BIP 173), which age uses for keys without the 90-character limit ----
const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
function polymod(values) {
    let chk = 1;
    for (const v of values) {
        const top = chk >>> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ v;
        for (let i = 0; i < 5; i++)
            if ((top >>> i) & 1)
                chk ^= GENERATORS[i];
    }
    return chk >>> 0;
}
const hrpExpand = (hrp) => [
    ...[...hrp].map((c) => c.charCodeAt(0) >> 5),
    0,
    ...[...hrp].map((c) => c.charCodeAt(0) & 31),
];
function convertBits(data, from, to, pad) {
    let acc = 0;
    let bits = 0;
    const out = [];
    const max = (1 << to) - 1;
    for (const v of data) {
        acc = (acc << from) | v;
        bits += from;
        while (bits >= to) {
            bits -= to;
            out.push((acc >> bits) & max);
        }
    }
    if (pad) {
        if (bits > 0)
            out.push((acc << (to - bits)) & max);
    }
    else if (bits >= from || ((acc << (to - bits)) & max) !== 0) {
        throw new AgeError('invalid bech32 padding');
    }
    return out;
}
function bech32Decode(text) {
    if (text !== text.toLowerCase() && text !== text.toUpperCase())
        throw new AgeError('mixed-case bech32 string');
    const s = text.toLowerCase();
    const sep = s.lastIndexOf('1');
    if (sep < 1 || sep + 7 > s.length)
        throw new AgeError('malformed bech32 string');
    const hrp = s.slice(0, sep);
    const values = [];
    for (const c of s.slice(sep + 1)) {
        const v = CHARSET.indexOf(c);
        if (v < 0)
            throw new AgeError('invalid bech32 character');
        values.push(v);
    }
    if (polymod([...hrpExpand(hrp), ...values]) !== 1)
        throw new AgeError('invalid bech32 checksum');
    return { hrp, data: Buffer.from(convertBits(values.slice(0, -6), 5, 8, false)) };
}
function bech32Encode(hrp, data) {
    const values = convertBits([...data], 8, 5, true);
    const chk = polymod([...hrpExpand(hrp), ...values, 0, 0, 0, 0, 0, 0]) ^ 1;
    const checksum = Array.from({ length: 6 }, (_, i) => (chk >>> (5 * (5 - i))) & 31);
    return `${hrp}1${[...values, ...checksum].map((v) => CHARSET[v]).join('')}`;
}
// ---- identities ----
function parseIdentity(text) {
    const { hrp, data } = bech32Decode(text.trim());
    if (hrp !== 'age-secret-key-' || data.length !== 32)
        throw new AgeError('not an age X25519 identity (AGE-SECRET-KEY-1…)');
    const privateKey = (0,external_node_crypto_.createPrivateKey)({
        key: Buffer.concat([PKCS8_PREFIX, data]),
        format: 'der',
        type: 'pkcs8',
    });
    const spki = (0,external_node_crypto_.createPublicKey)(privateKey).export({ type: 'spki', format: 'der' });
    const publicKey = Buffer.from(spki.subarray(spki.length - 32));
    return { privateKey, publicKey, recipient: bech32Encode('age', publicKey) };
}
/**
 * The X25519 identities of an identity file or of SOPS_AGE_KEY: one per line (several per
 * line, separated by spaces or commas, where `multiplePerLine`), `#` comments and blank
 * lines ignored. Other kinds of identity (plugins, SSH keys) are counted, not parsed.
 */
function parseIdentities(text, multiplePerLine = false) {
    const identities = [];
    let unsupported = 0;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        for (const word of multiplePerLine ? line.split(/[\s,]+/).filter(Boolean) : [line]) {
            if (word.toUpperCase().startsWith('AGE-SECRET-KEY-1'))
                identities.push(parseIdentity(word));
            else
                unsupported++;
        }
    }
    return { identities, unsupported };
}
// ---- the file format ----
/** An armored file's binary content (`-----BEGIN AGE ENCRYPTED FILE-----`), or the input. */
function unarmor(input) {
    const text = input.toString('latin1').trim();
    const begin = '-----BEGIN AGE ENCRYPTED FILE-----';
    const end = '-----END AGE ENCRYPTED FILE-----';
    if (!text.startsWith(begin))
        return input;
    if (!text.endsWith(end))
        throw new AgeError('armored age file without its end line');
    const body = text.slice(begin.length, -end.length).replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body))
        throw new AgeError('invalid base64 in armored age file');
    return Buffer.from(body, 'base64');
}
function b64NoPad(s, what) {
    if (!/^[A-Za-z0-9+/]*$/.test(s))
        throw new AgeError(`invalid base64 in ${what}`);
    return Buffer.from(s, 'base64');
}
function readLine(buf, pos) {
    const nl = buf.indexOf(0x0a, pos);
    if (nl < 0)
        throw new AgeError('truncated age header');
    return { line: buf.toString('latin1', pos, nl), next: nl + 1 };
}
function parseHeader(buf) {
    let { line, next } = readLine(buf, 0);
    if (line !== INTRO)
        throw new AgeError('not an age file (unknown version line)');
    const stanzas = [];
    for (;;) {
        const start = next;
        ({ line, next } = readLine(buf, next));
        if (line.startsWith('---')) {
            if (!line.startsWith('--- '))
                throw new AgeError('malformed age header MAC line');
            const mac = b64NoPad(line.slice(4), 'the header MAC');
            if (mac.length !== 32)
                throw new AgeError('malformed age header MAC');
            return {
                stanzas,
                mac,
                macInput: buf.subarray(0, start + 3),
                payload: buf.subarray(next),
            };
        }
        if (!line.startsWith('-> '))
            throw new AgeError('malformed age stanza');
        const [type, ...args] = line.slice(3).split(' ');
        if (!type)
            throw new AgeError('age stanza without a type');
        const parts = [];
        for (;;) {
            ({ line, next } = readLine(buf, next));
            if (line.length > 64)
                throw new AgeError('age stanza body line too long');
            parts.push(b64NoPad(line, 'a stanza body'));
            if (line.length < 64)
                break;
        }
        stanzas.push({ type, args, body: Buffer.concat(parts) });
    }
}
const hkdf = (ikm, salt, info) => Buffer.from((0,external_node_crypto_.hkdfSync)('sha256', ikm, salt, info, 32));
function chachaOpen(key, nonce, sealed) {
    if (sealed.length < TAG)
        return undefined;
    try {
        const d = (0,external_node_crypto_.createDecipheriv)('chacha20-poly1305', key, nonce, { authTagLength: TAG });
        d.setAuthTag(sealed.subarray(sealed.length - TAG));
        return Buffer.concat([d.update(sealed.subarray(0, sealed.length - TAG)), d.final()]);
    }
    catch {
        return undefined;
    }
}
function unwrapX25519(stanza, id) {
    if (stanza.args.length !== 1)
        throw new AgeError('malformed X25519 stanza');
    const share = b64NoPad(stanza.args[0], 'an X25519 share');
    if (share.length !== 32 || stanza.body.length !== 32)
        throw new AgeError('malformed X25519 stanza');
    const shared = (0,external_node_crypto_.diffieHellman)({
        privateKey: id.privateKey,
        publicKey: (0,external_node_crypto_.createPublicKey)({
            key: Buffer.concat([SPKI_PREFIX, share]),
            format: 'der',
            type: 'spki',
        }),
    });
    if (shared.every((b) => b === 0))
        throw new AgeError('X25519 share is a low-order point');
    const key = hkdf(shared, Buffer.concat([share, id.publicKey]), X25519_INFO);
    return chachaOpen(key, Buffer.alloc(12), stanza.body);
}
/**
 * Decrypts an age file (binary or armored) with X25519 identities. Throws AgeError with
 * `noMatch` when the file is addressed to none of them, naming the recipient types it has.
 */
function ageDecrypt(input, identities) {
    const { stanzas, mac, macInput, payload } = parseHeader(unarmor(input));
    let fileKey;
    for (const s of stanzas) {
        if (s.type !== 'X25519')
            continue;
        for (const id of identities) {
            fileKey = unwrapX25519(s, id);
            if (fileKey)
                break;
        }
        if (fileKey)
            break;
    }
    if (!fileKey) {
        const types = [...new Set(stanzas.map((s) => s.type))].join(', ');
        throw new AgeError(`none of the age identities opens it (its recipients: ${types})`, true);
    }
    if (fileKey.length !== 16)
        throw new AgeError('invalid age file key');
    const expected = (0,external_node_crypto_.createHmac)('sha256', hkdf(fileKey, Buffer.alloc(0), 'header'))
        .update(macInput)
        .digest();
    if (!(0,external_node_crypto_.timingSafeEqual)(expected, mac))
        throw new AgeError('age header MAC mismatch');
    if (payload.length < 16)
        throw new AgeError('truncated age payload');
    const key = hkdf(fileKey, payload.subarray(0, 16), 'payload');
    const body = payload.subarray(16);
    const out = [];
    const sealedChunk = CHUNK + TAG;
    for (let pos = 0, counter = 0;; counter++) {
        const last = body.length - pos <= sealedChunk;
        const chunk = body.subarray(pos, last ? body.length : pos + sealedChunk);
        const nonce = Buffer.alloc(12);
        nonce.writeUIntBE(counter, 5, 6);
        nonce[11] = last ? 1 : 0;
        const plain = chachaOpen(key, nonce, chunk);
        if (!plain)
            throw new AgeError('age payload authentication failed');
        if (last && plain.length === 0 && counter > 0)
            throw new AgeError('empty last age chunk');
        out.push(plain);
        if (last)
            return Buffer.concat(out);
        pos += sealedChunk;
    }
}

// EXTERNAL MODULE: ./lib/util/go-regex.js
var go_regex = __webpack_require__(38138);
;// CONCATENATED MODULE: ./lib/sops/tree.js
/**
 * The document model SOPS computes its MAC over: maps with their keys in file order,
 * sequences, and typed scalars as Go's yaml.v3 (YAML) or encoding/json (JSON) decode them
 * into interface{} values. Key order matters (the MAC covers it), so no JavaScript objects
 * here: integer-like keys would be reordered.
 */

class TreeError extends Error {
}
// ---- Go's number and time formatting (strconv, time) ----
/** strconv.FormatFloat(f, 'f', -1, 64): the shortest digits that round-trip, never an exponent. */
function formatFloatF(f) {
    if (Number.isNaN(f))
        return 'NaN';
    if (f === Infinity)
        return '+Inf';
    if (f === -Infinity)
        return '-Inf';
    const s = String(f);
    const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
    if (!m)
        return Object.is(f, -0) ? '-0' : s;
    const [, sign, lead, frac = '', expText] = m;
    const digits = lead + frac;
    const exp = Number(expText);
    const point = 1 + exp;
    if (point <= 0)
        return `${sign}0.${'0'.repeat(-point)}${digits}`;
    if (point >= digits.length)
        return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
    return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
const TIMESTAMP = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d+)?(Z|[+-]\d{2}:\d{2}))|(?: (\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d+)?))?$/;
/** yaml.v3's timestamp resolution, as time.MarshalText prints it; undefined when it is no timestamp. */
function parseGoTimestamp(text) {
    const m = TIMESTAMP.exec(text);
    if (!m)
        return undefined;
    const [, y, mo, d] = m;
    const hh = m[4] ?? m[9] ?? '0';
    const mi = m[5] ?? m[10] ?? '0';
    const ss = m[6] ?? m[11] ?? '0';
    const frac = (m[7] ?? m[12] ?? '').slice(1);
    const zone = m[8] ?? 'Z';
    const nums = [Number(mo), Number(d), Number(hh), Number(mi), Number(ss)];
    const days = new Date(Date.UTC(Number(y), nums[0], 0)).getUTCDate();
    if (nums[0] < 1 || nums[0] > 12 || nums[1] < 1 || nums[1] > days)
        return undefined;
    if (nums[2] > 23 || nums[3] > 59 || nums[4] > 59)
        return undefined;
    const pad = (n) => String(n).padStart(2, '0');
    const fraction = frac.slice(0, 9).replace(/0+$/, '');
    const offset = zone === 'Z' || zone === '+00:00' || zone === '-00:00' ? 'Z' : zone;
    return `${y}-${pad(nums[0])}-${pad(nums[1])}T${pad(nums[2])}:${pad(nums[3])}:${pad(nums[4])}${fraction ? `.${fraction}` : ''}${offset}`;
}
// ---- YAML: yaml.v3's resolution of plain scalars ----
const BOOLS = {
    true: true,
    True: true,
    TRUE: true,
    false: false,
    False: false,
    FALSE: false,
};
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const SPECIAL_FLOATS = {
    '.nan': NaN,
    '.NaN': NaN,
    '.NAN': NaN,
    '.inf': Infinity,
    '.Inf': Infinity,
    '.INF': Infinity,
    '+.inf': Infinity,
    '+.Inf': Infinity,
    '+.INF': Infinity,
    '-.inf': -Infinity,
    '-.Inf': -Infinity,
    '-.INF': -Infinity,
};
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;
/** Go's strconv.ParseInt(s, 0, 64) / ParseUint: sign, then 0x / 0o / 0b / leading-0 octal prefixes. */
function goParseInt(s) {
    const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
    if (!m)
        return undefined;
    const body = m[2];
    let n;
    if (/^0[oO]/.test(body))
        n = BigInt(`0o${body.slice(2)}`);
    else if (/^0[0-7]+$/.test(body))
        n = BigInt(`0o${body.slice(1)}`);
    else
        n = BigInt(body);
    if (m[1] === '-')
        n = -n;
    if (n < INT64_MIN || n > UINT64_MAX)
        return undefined;
    return n;
}
function resolvePlain(text) {
    if (Object.hasOwn(BOOLS, text))
        return { kind: 'bool', value: BOOLS[text] };
    if (NULLS.has(text))
        return { kind: 'null' };
    if (Object.hasOwn(SPECIAL_FLOATS, text))
        return { kind: 'float', value: SPECIAL_FLOATS[text] };
    const c = text[0];
    if (c === '.') {
        const f = Number(text);
        if (/^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(text) && !Number.isNaN(f))
            return { kind: 'float', value: f };
        return { kind: 'str', value: text };
    }
    if (/[-+0-9]/.test(c ?? '')) {
        const ts = parseGoTimestamp(text);
        if (ts !== undefined)
            return { kind: 'time', value: ts };
        const plain = text.replace(/_/g, '');
        const n = goParseInt(plain);
        if (n !== undefined)
            return { kind: 'int', value: n };
        if (YAML_FLOAT.test(plain))
            return { kind: 'float', value: Number(plain) };
        const bin = /^(-?)0b([01]+)$/.exec(plain);
        if (bin)
            return { kind: 'int', value: (bin[1] ? -1n : 1n) * BigInt(`0b${bin[2]}`) };
        const oct = /^(-?)0o([0-7]+)$/.exec(plain);
        if (oct)
            return { kind: 'int', value: (oct[1] ? -1n : 1n) * BigInt(`0o${oct[2]}`) };
    }
    return { kind: 'str', value: text };
}
const shortTag = (tag) => tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
function yamlScalar(node) {
    if (!(0,dist.isScalar)(node))
        throw new TreeError('unexpected YAML node');
    const tag = node.tag ? shortTag(node.tag) : '';
    const plain = node.type === 'PLAIN';
    const text = plain && typeof node.source === 'string' ? node.source : String(node.value ?? '');
    if (tag === '!!str' || (!plain && tag === ''))
        return { kind: 'str', value: text };
    if (tag === '!!binary')
        return { kind: 'str', value: Buffer.from(text, 'base64').toString('latin1') };
    if (tag === '' || ['!!bool', '!!int', '!!float', '!!null', '!!timestamp'].includes(tag)) {
        const leaf = resolvePlain(text);
        if (tag === '!!float' && leaf.kind === 'int')
            return { kind: 'float', value: Number(leaf.value) };
        return leaf;
    }
    return { kind: 'str', value: text };
}
const MAX_NODES = 1_000_000;
function fromYaml(node, doc, depth, budget = { left: MAX_NODES }) {
    if (depth > 1000)
        throw new TreeError('YAML nesting too deep');
    // aliases are expanded: a "billion laughs" document must not be
    if (--budget.left < 0)
        throw new TreeError('YAML document too large (aliases expand too often)');
    if (node === null)
        return { kind: 'null' };
    if ((0,dist.isAlias)(node))
        return fromYaml(node.resolve(doc), doc, depth + 1, budget);
    if ((0,dist.isMap)(node)) {
        const items = [];
        for (const pair of node.items) {
            const key = pair.key;
            const k = key === null ? { kind: 'null' } : fromYaml(key, doc, depth + 1, budget);
            if (k.kind !== 'str')
                throw new TreeError(`only string keys are supported (found a ${k.kind} key)`);
            items.push([k.value, fromYaml(pair.value, doc, depth + 1, budget)]);
        }
        return { kind: 'map', items };
    }
    if ((0,dist.isSeq)(node))
        return {
            kind: 'seq',
            items: node.items.map((i) => fromYaml(i, doc, depth + 1, budget)),
        };
    return yamlScalar(node);
}
/** The documents of a YAML stream; each must be a mapping (or empty, then it is left out). */
function parseYamlTree(text) {
    const docs = (0,dist.parseAllDocuments)(text, { uniqueKeys: true });
    const out = [];
    for (const doc of Array.isArray(docs) ? docs : [docs]) {
        if (doc.errors.length)
            throw new TreeError(doc.errors[0].message.split('\n')[0]);
        const root = fromYaml(doc.contents, doc, 0);
        if (root.kind === 'null')
            continue;
        if (root.kind !== 'map')
            throw new TreeError('a YAML document that is not a mapping');
        out.push(root);
    }
    return out;
}
// ---- JSON: encoding/json with UseNumber (integers that fit int64 stay integers) ----
function parseJsonTree(text) {
    let pos = 0;
    const fail = (what) => {
        throw new TreeError(`invalid JSON at offset ${pos}: ${what}`);
    };
    const ws = () => {
        while (pos < text.length && ' \t\n\r'.includes(text[pos]))
            pos++;
    };
    const str = () => {
        // eslint-disable-next-line no-control-regex -- JSON strings may not hold control characters
        const m = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/.exec(text.slice(pos));
        if (!m)
            fail('bad string');
        pos += m[0].length;
        return JSON.parse(m[0]);
    };
    const value = (depth) => {
        if (depth > 1000)
            fail('nesting too deep');
        ws();
        const c = text[pos];
        if (c === '{') {
            pos++;
            const items = [];
            ws();
            if (text[pos] === '}') {
                pos++;
                return { kind: 'map', items };
            }
            for (;;) {
                ws();
                if (text[pos] !== '"')
                    fail('expected a key');
                const k = str();
                ws();
                if (text[pos++] !== ':')
                    fail('expected ":"');
                items.push([k, value(depth + 1)]);
                ws();
                const n = text[pos++];
                if (n === '}')
                    return { kind: 'map', items };
                if (n !== ',')
                    fail('expected "," or "}"');
            }
        }
        if (c === '[') {
            pos++;
            const items = [];
            ws();
            if (text[pos] === ']') {
                pos++;
                return { kind: 'seq', items };
            }
            for (;;) {
                items.push(value(depth + 1));
                ws();
                const n = text[pos++];
                if (n === ']')
                    return { kind: 'seq', items };
                if (n !== ',')
                    fail('expected "," or "]"');
            }
        }
        if (c === '"')
            return { kind: 'str', value: str() };
        for (const [word, leaf] of [
            ['true', { kind: 'bool', value: true }],
            ['false', { kind: 'bool', value: false }],
            ['null', { kind: 'null' }],
        ]) {
            if (text.startsWith(word, pos)) {
                pos += word.length;
                return leaf;
            }
        }
        const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(text.slice(pos));
        if (!m)
            fail('unexpected character');
        pos += m[0].length;
        if (!m[2] && !m[3]) {
            const n = BigInt(m[0]);
            if (n >= INT64_MIN && n < 2n ** 63n)
                return { kind: 'int', value: n };
        }
        return { kind: 'float', value: Number(m[0]) };
    };
    const root = value(0);
    ws();
    if (pos !== text.length)
        fail('trailing data');
    if (root.kind !== 'map')
        throw new TreeError('a JSON file whose top level is not an object');
    return root;
}
/** sops' ToBytes: the bytes a value contributes to the MAC. */
function leafBytes(leaf) {
    switch (leaf.kind) {
        case 'str':
            return Buffer.from(leaf.value, 'utf8');
        case 'int':
            return Buffer.from(leaf.value.toString());
        case 'float':
            return Buffer.from(formatFloatF(leaf.value));
        case 'bool':
            return Buffer.from(leaf.value ? 'True' : 'False');
        case 'time':
            return Buffer.from(leaf.value);
        case 'bytes':
            return leaf.value;
        case 'null':
            return Buffer.alloc(0);
    }
}

;// CONCATENATED MODULE: ./lib/sops/document.js
/**
 * A SOPS-encrypted YAML or JSON document: its metadata, the walk that decrypts every value
 * (AES-256-GCM with the value's path as additional data) and the MAC check, following the
 * SOPS file format (getsops/sops docs and stores). The data key comes from ./keys.ts.
 */



class SopsFormatError extends Error {
}
const KEY_TYPES = {
    age: { id: ['recipient'] },
    pgp: { id: ['fp'] },
    kms: { id: ['arn'] },
    gcp_kms: { id: ['resource_id'] },
    azure_kv: { id: ['vault_url', 'name'], address: 'vault_url' },
    hc_vault: { id: ['vault_address', 'engine_path', 'key_name'], address: 'vault_address' },
    hckms: { id: ['key_id'] },
};
const get = (m, key) => m.items.find(([k]) => k === key)?.[1];
function str(m, key) {
    const v = get(m, key);
    if (v === undefined || v.kind === 'null')
        return undefined;
    if (v.kind === 'str' || v.kind === 'time')
        return v.value;
    if (v.kind === 'int')
        return v.value.toString();
    if (v.kind === 'bool')
        return String(v.value);
    throw new SopsFormatError(`sops metadata field "${key}" must be a string`);
}
function keysOf(m) {
    const out = [];
    for (const [type, spec] of Object.entries(KEY_TYPES)) {
        const list = get(m, type);
        if (list === undefined || list.kind === 'null')
            continue;
        if (list.kind !== 'seq')
            throw new SopsFormatError(`sops metadata "${type}" must be a list`);
        for (const entry of list.items) {
            if (entry.kind !== 'map')
                throw new SopsFormatError(`sops metadata "${type}" entries must be mappings`);
            out.push({
                type,
                id: spec.id
                    .map((f) => str(entry, f) ?? '')
                    .filter(Boolean)
                    .join('/'),
                enc: str(entry, 'enc') ?? '',
                address: spec.address ? str(entry, spec.address) : undefined,
            });
        }
    }
    return out;
}
/** Removes the `sops` key from every document and returns the metadata of the first. */
function extractMetadata(docs) {
    let meta;
    docs.forEach((doc, i) => {
        const idx = doc.items.findIndex(([k]) => k === 'sops');
        if (idx < 0)
            return;
        const [, value] = doc.items[idx];
        doc.items.splice(idx, 1);
        if (i === 0) {
            if (value.kind !== 'map')
                throw new SopsFormatError('the "sops" entry is not a mapping');
            meta = value;
        }
    });
    if (!meta)
        return undefined;
    const m = meta;
    const mac = str(m, 'mac');
    const lastModified = str(m, 'lastmodified');
    if (mac === undefined || lastModified === undefined)
        throw new SopsFormatError('sops metadata without "mac" or "lastmodified"');
    let keyGroups;
    const groups = get(m, 'key_groups');
    if (groups && groups.kind === 'seq' && groups.items.length) {
        keyGroups = groups.items.map((g) => {
            if (g.kind !== 'map')
                throw new SopsFormatError('sops key_groups entries must be mappings');
            return keysOf(g);
        });
    }
    else {
        keyGroups = [keysOf(m)];
    }
    const threshold = get(m, 'shamir_threshold');
    const macOnly = get(m, 'mac_only_encrypted');
    return {
        lastModified,
        mac,
        version: str(m, 'version'),
        keyGroups,
        shamirThreshold: threshold?.kind === 'int' ? Number(threshold.value) : keyGroups.length,
        unencryptedSuffix: str(m, 'unencrypted_suffix'),
        encryptedSuffix: str(m, 'encrypted_suffix'),
        unencryptedRegex: str(m, 'unencrypted_regex'),
        encryptedRegex: str(m, 'encrypted_regex'),
        unencryptedCommentRegex: str(m, 'unencrypted_comment_regex'),
        encryptedCommentRegex: str(m, 'encrypted_comment_regex'),
        macOnlyEncrypted: macOnly?.kind === 'bool' && macOnly.value,
    };
}
// ---- values ----
const ENC = /^ENC\[AES256_GCM,data:(.+),iv:(.+),tag:(.+),type:(.+)\]/;
const looksEncrypted = (v) => ENC.test(v);
const GO_BOOL = {
    '1': true,
    t: true,
    T: true,
    TRUE: true,
    true: true,
    True: true,
    '0': false,
    f: false,
    F: false,
    FALSE: false,
    false: false,
    False: false,
};
/** Decrypts one `ENC[…]` value; throws with `what` (never the value) on failure. */
function decryptValue(text, key, additionalData) {
    const m = ENC.exec(text);
    if (!m)
        throw new SopsFormatError('a value that should be encrypted is not in SOPS format');
    const [, data, iv, tag, type] = m;
    const b64 = (s) => {
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s))
            throw new SopsFormatError('invalid base64 in an encrypted value');
        return Buffer.from(s, 'base64');
    };
    const nonce = b64(iv);
    const authTag = b64(tag);
    if (nonce.length === 0 || authTag.length !== 16)
        throw new SopsFormatError('invalid IV or tag in an encrypted value');
    let plain;
    try {
        const d = (0,external_node_crypto_.createDecipheriv)('aes-256-gcm', key, nonce);
        d.setAAD(Buffer.from(additionalData, 'utf8'));
        d.setAuthTag(authTag);
        plain = Buffer.concat([d.update(b64(data)), d.final()]);
    }
    catch {
        throw new SopsFormatError('a value could not be decrypted (wrong data key, or the value or its path was changed)');
    }
    const s = plain.toString('utf8');
    switch (type) {
        case 'str':
            return { kind: 'str', value: s };
        case 'comment':
            // sops stores comments inside sequences as encrypted items of this type
            return { kind: 'comment' };
        case 'int':
            if (!/^[+-]?\d+$/.test(s))
                throw new SopsFormatError('an encrypted int is not a number');
            return { kind: 'int', value: BigInt(s) };
        case 'float': {
            const f = Number(s);
            if (s.trim() === '' || (Number.isNaN(f) && !/^[+-]?nan$/i.test(s)))
                throw new SopsFormatError('an encrypted float is not a number');
            return { kind: 'float', value: f };
        }
        case 'bool':
            if (!Object.hasOwn(GO_BOOL, s))
                throw new SopsFormatError('an encrypted bool is not a boolean');
            return { kind: 'bool', value: GO_BOOL[s] };
        case 'bytes':
            return { kind: 'bytes', value: plain };
        case 'time': {
            const t = parseGoTimestamp(s);
            if (t === undefined)
                throw new SopsFormatError('an encrypted time is not a timestamp');
            return { kind: 'time', value: t };
        }
        default:
            throw new SopsFormatError(`unknown encrypted value type "${type}"`);
    }
}
function regexMatcher(pattern) {
    if (!pattern)
        return undefined;
    // Go's regexp.Match: unanchored.
    const re = (0,go_regex/* compileGoRegex */.l)(pattern, false);
    return (s) => re.test(s);
}
/** sops' rule for whether the value at `path` (map keys only) is encrypted. */
function encryptionRule(meta) {
    const unRe = regexMatcher(meta.unencryptedRegex);
    const enRe = regexMatcher(meta.encryptedRegex);
    const byComments = Boolean(meta.unencryptedCommentRegex || meta.encryptedCommentRegex);
    return (path, value) => {
        // Comments are not in this model: with comment rules, a value is encrypted when it is
        // in SOPS form (sops writes it so); the MAC still covers every value.
        if (byComments)
            return value !== undefined && looksEncrypted(value);
        let encrypted = true;
        if (meta.unencryptedSuffix && path.some((p) => p.endsWith(meta.unencryptedSuffix)))
            encrypted = false;
        if (meta.encryptedSuffix)
            encrypted = path.some((p) => p.endsWith(meta.encryptedSuffix));
        if (unRe && path.some(unRe))
            encrypted = false;
        if (enRe)
            encrypted = path.some(enRe);
        return encrypted;
    };
}
const MAC_ONLY_ENCRYPTED_INIT = Buffer.from('8a3fd2ad54ce66527b1034f3d147be0b0b975b3bf44f72c6fdadec8176f27d69', 'hex');
/** time.Time.Format(time.RFC3339) of the metadata's lastmodified, the MAC's additional data. */
function rfc3339(text) {
    const t = parseGoTimestamp(text.replace(/^(\d{4}-\d{2}-\d{2})t/, '$1T'));
    if (t === undefined)
        throw new SopsFormatError('sops metadata "lastmodified" is not a timestamp');
    return t.replace(/\.\d+(?=Z|[+-])/, '');
}
/**
 * Decrypts `docs` (metadata already extracted) in place with the data key and checks the
 * MAC. Throws SopsFormatError on tampering (MAC mismatch) or malformed values.
 */
function decryptTree(docs, meta, dataKey) {
    const shouldEncrypt = encryptionRule(meta);
    const hash = (0,external_node_crypto_.createHash)('sha512');
    if (meta.macOnlyEncrypted)
        hash.update(MAC_ONLY_ENCRYPTED_INIT);
    const secrets = [];
    const walk = (node, path) => {
        if (node.kind === 'map') {
            node.items = node.items.map(([k, v]) => [k, walk(v, [...path, k]) ?? { kind: 'null' }]);
            return node;
        }
        if (node.kind === 'seq') {
            node.items = node.items.flatMap((v) => walk(v, path) ?? []);
            return node;
        }
        if (node.kind === 'null')
            return node;
        const text = node.kind === 'str' ? node.value : undefined;
        const encrypted = shouldEncrypt(path, text);
        let leaf = node;
        if (encrypted) {
            if (text === undefined)
                throw new SopsFormatError(`the value at ${path.join('.')} should be encrypted but is a ${node.kind}`);
            // sops leaves empty values empty
            if (text !== '') {
                const plain = decryptValue(text, dataKey, `${path.join(':')}:`);
                if (plain.kind === 'comment')
                    return undefined;
                leaf = plain;
                if (leaf.kind === 'str')
                    secrets.push(leaf.value);
                else if (leaf.kind !== 'bytes')
                    secrets.push(leafBytes(leaf).toString());
            }
        }
        if (!meta.macOnlyEncrypted || encrypted)
            hash.update(leafBytes(leaf));
        return leaf;
    };
    for (const doc of docs)
        walk(doc, []);
    const computed = hash.digest('hex').toUpperCase();
    let stored;
    try {
        stored = decryptValue(meta.mac, dataKey, rfc3339(meta.lastModified));
    }
    catch {
        throw new SopsFormatError('the MAC could not be decrypted: the file was changed after it was encrypted (or its lastmodified)');
    }
    if (stored.kind !== 'str' || stored.value !== computed)
        throw new SopsFormatError('MAC mismatch: the file was changed after it was encrypted');
    return { docs, secrets };
}

;// CONCATENATED MODULE: ./lib/sops/keys.js
/**
 * Where SOPS finds age keys, read the way sops reads them: SOPS_AGE_KEY (several keys per
 * line allowed), SOPS_AGE_KEY_FILE, SOPS_AGE_KEY_CMD, and the default keys file
 * (`$XDG_CONFIG_HOME/sops/age/keys.txt`, else `~/.config/sops/age/keys.txt`; on macOS
 * `~/Library/Application Support/sops/age/keys.txt` unless XDG_CONFIG_HOME is set).
 * SSH keys (SOPS_AGE_SSH_PRIVATE_KEY_FILE, ~/.ssh/id_ed25519, id_rsa) are left to the
 * `sops` binary.
 */




function configDir(env) {
    if (env.XDG_CONFIG_HOME)
        return env.XDG_CONFIG_HOME;
    if (!env.HOME)
        return undefined;
    return process.platform === 'darwin'
        ? external_node_path_.join(env.HOME, 'Library', 'Application Support')
        : external_node_path_.join(env.HOME, '.config');
}
function loadAgeKeyring(env, cwd) {
    const ring = {
        identities: [],
        sources: [],
        looked: [],
        problems: [],
        sshKeys: false,
        unsupported: 0,
    };
    const add = (where, text, multiple) => {
        try {
            const { identities, unsupported } = parseIdentities(text, multiple);
            ring.unsupported += unsupported;
            if (identities.length) {
                ring.identities.push(...identities);
                ring.sources.push(where);
            }
            else if (!unsupported)
                ring.looked.push(where);
        }
        catch (err) {
            ring.problems.push(`${where}: ${err instanceof AgeError ? err.message : 'not an age identity'}`);
        }
    };
    if (env.SOPS_AGE_KEY !== undefined)
        add('SOPS_AGE_KEY', env.SOPS_AGE_KEY, true);
    else
        ring.looked.push('SOPS_AGE_KEY');
    if (env.SOPS_AGE_KEY_FILE !== undefined) {
        const file = external_node_path_.resolve(cwd, env.SOPS_AGE_KEY_FILE);
        try {
            add(`SOPS_AGE_KEY_FILE (${env.SOPS_AGE_KEY_FILE})`, (0,external_node_fs_.readFileSync)(file, 'utf8'), false);
        }
        catch {
            ring.problems.push(`SOPS_AGE_KEY_FILE: cannot read ${env.SOPS_AGE_KEY_FILE}`);
        }
    }
    else
        ring.looked.push('SOPS_AGE_KEY_FILE');
    if (env.SOPS_AGE_KEY_CMD) {
        const [cmd, ...args] = env.SOPS_AGE_KEY_CMD.split(/\s+/).filter(Boolean);
        try {
            const out = (0,external_node_child_process_.execFileSync)(cmd, args, {
                env: env,
                cwd,
                stdio: ['ignore', 'pipe', 'ignore'],
                timeout: 60_000,
                encoding: 'utf8',
            });
            add('SOPS_AGE_KEY_CMD', out, false);
        }
        catch {
            ring.problems.push('SOPS_AGE_KEY_CMD: the command failed');
        }
    }
    const dir = configDir(env);
    if (dir) {
        const file = external_node_path_.join(dir, 'sops', 'age', 'keys.txt');
        if ((0,external_node_fs_.existsSync)(file)) {
            try {
                add(file, (0,external_node_fs_.readFileSync)(file, 'utf8'), false);
            }
            catch {
                ring.problems.push(`${file}: cannot be read`);
            }
        }
        else
            ring.looked.push(file);
    }
    ring.sshKeys =
        env.SOPS_AGE_SSH_PRIVATE_KEY_FILE !== undefined ||
            env.SOPS_AGE_SSH_PRIVATE_KEY_CMD !== undefined ||
            (!!env.HOME &&
                ((0,external_node_fs_.existsSync)(external_node_path_.join(env.HOME, '.ssh', 'id_ed25519')) ||
                    (0,external_node_fs_.existsSync)(external_node_path_.join(env.HOME, '.ssh', 'id_rsa'))));
    return ring;
}

;// CONCATENATED MODULE: ./lib/sops/shamir.js
/**
 * Shamir's secret sharing over GF(2^8) (Rijndael's field), as SOPS splits a data key among
 * key groups: each part is the shares of every byte followed by the part's x coordinate.
 */
function mult(a, b) {
    let acc = 0;
    for (let i = 7; i >= 0; i--) {
        acc = ((acc << 1) ^ (acc & 0x80 ? 0x1b : 0)) & 0xff;
        if ((b >> i) & 1)
            acc ^= a;
    }
    return acc;
}
function inverse(a) {
    // a^254 = a^-1 in GF(2^8)
    let result = 1;
    let base = a;
    for (let e = 254; e > 0; e >>= 1) {
        if (e & 1)
            result = mult(result, base);
        base = mult(base, base);
    }
    return result;
}
/** The secret from `parts` (at least the threshold of them). */
function combineShares(parts) {
    if (parts.length < 2)
        throw new Error('less than two parts cannot be used to reconstruct the secret');
    const len = parts[0].length;
    if (len < 2 || parts.some((p) => p.length !== len))
        throw new Error('invalid key parts');
    const xs = parts.map((p) => p[len - 1]);
    if (new Set(xs).size !== xs.length)
        throw new Error('duplicate key part');
    const secret = Buffer.alloc(len - 1);
    for (let idx = 0; idx < len - 1; idx++) {
        let result = 0;
        for (let i = 0; i < parts.length; i++) {
            let basis = 1;
            for (let j = 0; j < parts.length; j++) {
                if (i === j)
                    continue;
                // (0 - x_j) / (x_i - x_j); subtraction is XOR
                basis = mult(basis, mult(xs[j], inverse(xs[i] ^ xs[j])));
            }
            result ^= mult(parts[i][idx], basis);
        }
        secret[idx] = result;
    }
    return secret;
}

;// CONCATENATED MODULE: ./lib/sops/index.js
/**
 * SOPS decryption of manifests and vars files, as kluctl does it: a YAML, JSON, dotenv or
 * INI file (by its name) that has SOPS metadata is decrypted before use; other files are
 * used as they are. age keys decrypt natively; files whose data key needs another key type
 * (PGP, cloud KMS, Vault) are handed to the `sops` binary when it is on the PATH. The MAC is
 * always verified. Decrypted values are reported through `onSecret` and never appear in an
 * error.
 */














/** sops' (and kluctl's) format of a file, from its name. */
function formatForPath(file) {
    const ext = external_node_path_.extname(file).toLowerCase();
    if (ext === '.yaml' || ext === '.yml')
        return 'yaml';
    if (ext === '.json')
        return 'json';
    if (ext === '.env')
        return 'dotenv';
    if (ext === '.ini')
        return 'ini';
    return 'binary';
}
/** The marker kluctl looks for before trying to decrypt (its IsMaybeSopsFile). */
const mayBeSops = (content) => (typeof content === 'string' ? content : content.toString('latin1')).includes('sops');
const KEY_NAMES = {
    age: 'age',
    pgp: 'PGP',
    kms: 'AWS KMS',
    gcp_kms: 'GCP KMS',
    azure_kv: 'Azure Key Vault',
    hc_vault: 'HashiCorp Vault',
    hckms: 'Huawei Cloud KMS',
};
function describeKeys(meta) {
    const byType = new Map();
    for (const k of meta.keyGroups.flat()) {
        const list = byType.get(k.type) ?? [];
        if (k.id && !list.includes(k.id))
            list.push(k.id);
        byType.set(k.type, list);
    }
    return [...byType]
        .map(([t, ids]) => `${KEY_NAMES[t] ?? t}${ids.length ? ` (${ids.join(', ')})` : ''}`)
        .join(', ');
}
/** Decrypts SOPS files; one per render (keys are read once, on first use). */
class SopsDecryptor {
    opts;
    keyring;
    binary;
    /** Hosts a file may name for Vault / Azure Key Vault keys (SHIPSHAPE_SOPS_TRUSTED_HOSTS). */
    trustedHosts;
    constructor(opts) {
        this.opts = opts;
        this.binary =
            opts.sopsBinary === false ? undefined : (opts.sopsBinary ?? (0,isolated_tool/* findOnPath */.aY)('sops', opts.env));
        this.trustedHosts = new Set((opts.env.SHIPSHAPE_SOPS_TRUSTED_HOSTS ?? '')
            .split(',')
            .map((s) => s.trim().toLowerCase())
            .filter(Boolean));
    }
    /**
     * The decrypted documents of a YAML/JSON SOPS file, or undefined when `text` is not one
     * (no `sops` metadata, or not parseable: then it is used as it is, as kluctl does).
     */
    decryptDocuments(text, format, display, loc = {}) {
        if (!mayBeSops(text))
            return undefined;
        let docs;
        let meta;
        try {
            docs = format === 'yaml' ? parseYamlTree(text) : [parseJsonTree(text)];
            meta = extractMetadata(docs);
        }
        catch (err) {
            if (err instanceof TreeError)
                return undefined;
            throw this.error(display, loc, err.message);
        }
        if (!meta)
            return undefined;
        const key = this.dataKey(meta, display, loc);
        if (key === 'binary') {
            const out = this.runBinary(text, format, display, loc);
            const plain = format === 'yaml' ? parseYamlTree(out) : [parseJsonTree(out)];
            this.reportSecrets(docs, plain);
            return plain;
        }
        try {
            const { docs: decrypted, secrets } = decryptTree(docs, meta, key);
            for (const s of secrets)
                this.opts.onSecret?.(s);
            return decrypted;
        }
        catch (err) {
            if (err instanceof SopsFormatError)
                throw this.error(display, loc, err.message, 'restore the file from version control, or decrypt, fix and re-encrypt it with sops');
            throw err;
        }
    }
    /**
     * A file's content with its values decrypted, in the same format (YAML/JSON re-written,
     * dotenv/INI through the `sops` binary); the content itself when it is not SOPS-encrypted.
     */
    maybeDecrypt(content, file, display) {
        const format = formatForPath(file);
        if (format === 'binary' || !mayBeSops(content))
            return content;
        const text = content.toString('utf8');
        if (format === 'dotenv' || format === 'ini') {
            const marker = format === 'dotenv' ? 'sops_mac=ENC[' : '[sops]';
            if (!text.includes(marker))
                return content;
            return Buffer.from(this.runBinary(text, format, display, { file }));
        }
        const docs = this.decryptDocuments(text, format, display, { file });
        if (!docs)
            return content;
        return Buffer.from(format === 'yaml' ? emitYaml(docs) : `${emitJson(docs[0])}\n`);
    }
    keys() {
        return (this.keyring ??= loadAgeKeyring(this.opts.env, this.opts.cwd));
    }
    /** The data key, or 'binary' when only the `sops` binary can get it. */
    dataKey(meta, display, loc) {
        const ring = meta.keyGroups.flat().some((k) => k.type === 'age') ? this.keys() : undefined;
        const parts = [];
        const problems = [];
        for (const group of meta.keyGroups) {
            const part = this.groupPart(group, ring, problems);
            if (part)
                parts.push(part);
        }
        const groups = meta.keyGroups.length;
        if (groups <= 1 && parts.length === 1)
            return parts[0];
        if (groups > 1 && parts.length >= Math.max(meta.shamirThreshold, 1)) {
            try {
                return combineShares(parts);
            }
            catch (err) {
                throw this.error(display, loc, `cannot combine its key groups: ${err.message}`);
            }
        }
        const others = meta.keyGroups.flat().filter((k) => k.type !== 'age');
        const binaryMayHelp = others.length > 0 || (ring?.sshKeys ?? false) || (ring?.unsupported ?? 0) > 0;
        if (binaryMayHelp && this.binary) {
            this.checkKeyHosts(others, display, loc);
            return 'binary';
        }
        const needs = describeKeys(meta);
        const tried = ring
            ? ring.sources.length
                ? `the age keys from ${ring.sources.join(', ')} are not among its recipients`
                : `no age key was found (looked in ${ring.looked.join(', ')})`
            : '';
        const hints = [
            ring && !ring.sources.length
                ? 'give the age key with SOPS_AGE_KEY_FILE=<file> or SOPS_AGE_KEY=<key> (or put it into ~/.config/sops/age/keys.txt)'
                : ring
                    ? 'use the age key of one of its recipients'
                    : '',
            others.length && !this.binary
                ? `${[...new Set(others.map((k) => KEY_NAMES[k.type] ?? k.type))].join(' and ')} keys need the sops binary on the PATH (and its credentials)`
                : '',
        ].filter(Boolean);
        throw this.error(display, loc, `cannot decrypt this SOPS file: it is encrypted for ${needs}${tried ? `; ${tried}` : ''}${problems.length ? ` (${problems.join('; ')})` : ''}${ring?.problems.length ? ` (${ring.problems.join('; ')})` : ''}`, hints.join('; ') || undefined);
    }
    groupPart(group, ring, problems) {
        if (!ring?.identities.length)
            return undefined;
        for (const key of group) {
            if (key.type !== 'age')
                continue;
            try {
                return ageDecrypt(Buffer.from(key.enc, 'utf8'), ring.identities);
            }
            catch (err) {
                if (err instanceof AgeError && !err.noMatch)
                    problems.push(`age: ${err.message}`);
            }
        }
        return undefined;
    }
    /**
     * A file names the Vault or Azure Key Vault it wants to be asked: the `sops` binary would
     * send the runner's token there. Only hosts the user trusts are asked.
     */
    checkKeyHosts(keys, display, loc) {
        for (const k of keys) {
            if (!k.address)
                continue;
            let host;
            try {
                host = new URL(k.address).hostname.toLowerCase();
            }
            catch {
                throw this.error(display, loc, `its ${KEY_NAMES[k.type]} key has an invalid address`);
            }
            if (!this.trustedHosts.has(host))
                throw this.error(display, loc, `its ${KEY_NAMES[k.type]} key names ${host}; decrypting would send your ${KEY_NAMES[k.type]} credentials there`, `if ${host} is yours, allow it: SHIPSHAPE_SOPS_TRUSTED_HOSTS=${host}`);
        }
    }
    runBinary(text, format, display, loc) {
        if (!this.binary)
            throw this.error(display, loc, `${format} SOPS files need the sops binary on the PATH`);
        const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join((0,external_node_os_.tmpdir)(), 'shipshape-sops-'));
        try {
            const file = external_node_path_.join(dir, `input.${format === 'dotenv' ? 'env' : format}`);
            (0,external_node_fs_.writeFileSync)(file, text, { mode: 0o600 });
            const type = format === 'binary' ? 'yaml' : format;
            return (0,external_node_child_process_.execFileSync)(this.binary, ['--decrypt', '--input-type', type, '--output-type', type, file], {
                env: this.opts.env,
                cwd: this.opts.cwd,
                encoding: 'utf8',
                stdio: ['ignore', 'pipe', 'pipe'],
                timeout: 120_000,
                maxBuffer: 64 << 20,
            });
        }
        catch (err) {
            const stderr = err.stderr ?? '';
            const line = (0,one_line/* oneLine */.T)(stderr
                .split('\n')
                .filter((l) => l.trim())
                .slice(-3)
                .join(' ')).slice(0, 400);
            throw this.error(display, loc, `the sops binary could not decrypt it${line ? `: ${line}` : ''}`);
        }
        finally {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
    }
    /** Values the `sops` binary decrypted: those that were encrypted in the input. */
    reportSecrets(encrypted, plain) {
        const report = this.opts.onSecret;
        if (!report)
            return;
        const walk = (e, p) => {
            if (p.kind === 'map')
                for (const [k, v] of p.items)
                    walk(e?.kind === 'map' ? e.items.find(([ek]) => ek === k)?.[1] : undefined, v);
            else if (p.kind === 'seq')
                p.items.forEach((v, i) => walk(e?.kind === 'seq' ? e.items[i] : undefined, v));
            else if ((!e || (e.kind === 'str' && looksEncrypted(e.value))) && p.kind !== 'null')
                report(p.kind === 'str' || p.kind === 'time'
                    ? p.value
                    : String(p.kind === 'bytes' ? p.value.toString() : p.value));
        };
        plain.forEach((d, i) => walk(encrypted[i], d));
    }
    error(display, loc, message, hint) {
        return new errors/* UserError */.yo(`${display}: ${message}`, loc, hint);
    }
}
// ---- turning a decrypted tree back into data and text ----
/** Plain data (maps without prototype), as the rest of shipshape holds YAML. */
function toData(node) {
    switch (node.kind) {
        case 'map':
            return (0,merge/* newMap */.dg)(node.items.map(([k, v]) => [k, toData(v)]));
        case 'seq':
            return node.items.map(toData);
        case 'int':
            return Number(node.value);
        case 'bytes':
            return node.value.toString('utf8');
        case 'null':
            return null;
        default:
            return node.value;
    }
}
function yamlNode(node, doc) {
    switch (node.kind) {
        case 'map': {
            const m = new dist.YAMLMap(doc.schema);
            for (const [k, v] of node.items)
                m.items.push(new dist.Pair(new dist.Scalar(k), yamlNode(v, doc)));
            return m;
        }
        case 'seq': {
            const s = new dist.YAMLSeq(doc.schema);
            for (const v of node.items)
                s.items.push(yamlNode(v, doc));
            return s;
        }
        case 'int':
            return new dist.Scalar(Number.isSafeInteger(Number(node.value)) ? Number(node.value) : node.value);
        case 'bytes':
            return new dist.Scalar(node.value.toString('utf8'));
        case 'null':
            return new dist.Scalar(null);
        default:
            return new dist.Scalar(node.value);
    }
}
/**
 * YAML that reads back as the same values under YAML 1.1 and 1.2 alike (kluctl reads vars
 * files as YAML 1.1, kustomize manifests as 1.2): strings such as `yes` or `0755` are quoted.
 */
function emitYaml(docs) {
    return docs
        .map((d) => {
        const doc = new dist.Document(null, { version: '1.1' });
        doc.contents = yamlNode(d, doc);
        return doc.toString({ lineWidth: 0, directives: false });
    })
        .join('---\n');
}
function emitJson(node) {
    switch (node.kind) {
        case 'map':
            return `{${node.items.map(([k, v]) => `${JSON.stringify(k)}:${emitJson(v)}`).join(',')}}`;
        case 'seq':
            return `[${node.items.map(emitJson).join(',')}]`;
        case 'int':
            return node.value.toString();
        case 'float':
            return Number.isFinite(node.value) ? JSON.stringify(node.value) : 'null';
        case 'bytes':
            return JSON.stringify(node.value.toString('utf8'));
        case 'null':
            return 'null';
        default:
            return JSON.stringify(node.value);
    }
}



/***/ }),

/***/ 40642:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RA: () => (/* binding */ parseGitUrl),
/* harmony export */   Ro: () => (/* binding */ describeRef),
/* harmony export */   TL: () => (/* binding */ parseGitRef)
/* harmony export */ });
/* unused harmony export redactUrl */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99661);
/**
 * Git URLs as a project names them (git includes, git vars sources): https, http, ssh,
 * git (the git daemon) and scp-like `user@host:path`. Local paths and file:// are refused,
 * as in kluctl (a project may not read repositories of the machine it runs on), and so is
 * anything git would read as an option or a transport helper (`-…`, `ext::`).
 */

const SCP = /^([A-Za-z0-9._~-]+@)?([A-Za-z0-9.-]+):(?!\/\/)(.+)$/;
function parseGitUrl(raw, loc = {}) {
    const bad = (why) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`git URL "${redactUrl(raw)}" ${why}`, loc, 'use an https://, ssh://, git:// or user@host:path URL');
    const text = raw.trim();
    if (!text || text.startsWith('-') || /\s/.test(text))
        throw bad('is not valid');
    let u;
    const scp = SCP.exec(text);
    if (scp && !text.includes('://')) {
        u = new URL(`ssh://${scp[1] ?? ''}${scp[2]}/${scp[3].replace(/^\/+/, '')}`);
    }
    else {
        try {
            u = new URL(text);
        }
        catch {
            throw bad('is not valid (a project may not use local paths)');
        }
    }
    let protocol = u.protocol.slice(0, -1).toLowerCase();
    if (protocol === 'git+ssh' || protocol === 'ssh+git')
        protocol = 'ssh';
    if (!['https', 'http', 'ssh', 'git'].includes(protocol))
        throw bad(`uses ${protocol}://, which a project may not use`);
    const host = u.hostname.toLowerCase();
    if (!host || host.startsWith('-'))
        throw bad('has no valid host');
    const repoPath = decodeURIComponent(u.pathname).replace(/^\/+/, '');
    if (!repoPath || repoPath.startsWith('-'))
        throw bad('has no repository path');
    const url = protocol === 'ssh'
        ? `ssh://${u.username ? `${u.username}@` : ''}${u.host}/${repoPath}`
        : u.toString();
    const defaultPort = { https: '443', http: '80', ssh: '22', git: '9418' }[protocol];
    const port = u.port && u.port !== defaultPort ? `:${u.port}` : '';
    const keyPath = repoPath
        .toLowerCase()
        .replace(/\/+$/, '')
        .replace(/\.git$/, '');
    return {
        raw,
        url,
        protocol: protocol,
        host,
        path: repoPath,
        key: `${protocol === 'http' ? 'https' : protocol}://${host}${port}/${keyPath}`,
        display: redactUrl(url),
    };
}
/** A URL with its password (or token in the user part) replaced by `***`. */
function redactUrl(text) {
    return text.replace(/^([a-z+]+:\/\/)([^@/]*)@/i, (_, scheme, user) => {
        const name = user.split(':')[0];
        return user.includes(':') ? `${scheme}${name}:***@` : `${scheme}${user}@`;
    });
}
function describeRef(ref) {
    if (!ref)
        return 'the default branch';
    if (ref.branch)
        return `branch ${ref.branch}`;
    if (ref.tag)
        return `tag ${ref.tag}`;
    if (ref.commit)
        return `commit ${ref.commit}`;
    return `ref ${ref.ref}`;
}
/** Parses `ref:` of a git include or vars source; throws a message for the caller's error. */
function parseGitRef(value) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'string') {
        if (!value)
            return undefined;
        checkRefName(value);
        return { ref: value };
    }
    if (typeof value !== 'object' || Array.isArray(value))
        throw new Error('ref must be a mapping with branch, tag or commit');
    const o = value;
    for (const k of Object.keys(o))
        if (!['branch', 'tag', 'commit'].includes(k))
            throw new Error(`ref has an unknown field "${k}"`);
    const set = ['branch', 'tag', 'commit'].filter((k) => o[k] !== undefined && o[k] !== '');
    if (set.length === 0)
        throw new Error('either branch, tag or commit must be set');
    if (set.length > 1)
        throw new Error('only one of the ref fields can be set');
    const v = String(o[set[0]]);
    if (set[0] === 'commit') {
        if (!/^[0-9a-fA-F]{4,64}$/.test(v))
            throw new Error(`commit "${v}" is not a commit hash`);
    }
    else
        checkRefName(v);
    return { [set[0]]: v };
}
function checkRefName(name) {
    // git check-ref-format's rules, enough that nothing reads as an option or a refspec
    if (name.startsWith('-') ||
        // eslint-disable-next-line no-control-regex -- git refuses control characters in ref names
        /[\s~^:?*[\\\x00-\x1f\x7f]|\.\.|@\{|\/\/|^\/|\/$|\.lock$|\.$/.test(name))
        throw new Error(`"${name}" is not a valid git ref name`);
}


/***/ }),

/***/ 91200:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ Sources),
  s: () => (/* binding */ clusterConnector)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/cluster/index.js + 6 modules
var cluster = __webpack_require__(98965);
// EXTERNAL MODULE: ./lib/registry/client.js + 2 modules
var client = __webpack_require__(31517);
// EXTERNAL MODULE: ./lib/sops/index.js + 5 modules
var sops = __webpack_require__(22693);
// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/util/scratch.js
var scratch = __webpack_require__(71474);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./lib/util/project-boundary.js
var project_boundary = __webpack_require__(93948);
// EXTERNAL MODULE: ./lib/util/one-line.js
var one_line = __webpack_require__(13551);
// EXTERNAL MODULE: ./lib/util/secret-redactor.js
var secret_redactor = __webpack_require__(41667);
// EXTERNAL MODULE: ./lib/sources/git-url.js
var git_url = __webpack_require__(40642);
;// CONCATENATED MODULE: ./lib/sources/git.js
/**
 * Git repositories a project pulls in (git includes, git vars sources): fetched once per
 * repository and ref in a run, checked out once per commit, into the run's cache directory
 * (never into the user's tree).
 *
 * git runs with a scrubbed environment (PATH, HOME for the user's git and ssh configuration,
 * the ssh agent, proxies; nothing else of the runner's), no hooks, no system configuration,
 * only the https, http, ssh and git protocols, and never prompts. Credentials come from the
 * user's git configuration (credential helpers, ~/.git-credentials, ssh keys) and from
 * kluctl's KLUCTL_GIT_* variables; they never appear in a message.
 */








const TIMEOUT_MS = 10 * 60_000;
/** A checked-out tree bigger than this is refused (a project is small; this is a runaway). */
const MAX_TREE_BYTES = 1 << 30;
const MAX_TREE_ENTRIES = 200_000;
const GIT_KEYS = ['HOST', 'PATH', 'PATH_PREFIX', 'USERNAME', 'PASSWORD', 'SSH_KEY', 'CA_BUNDLE'];
/** A glob over `/`-separated paths: `*` within a segment, `**` across segments. */
function pathGlob(pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            re += '.*';
            i++;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
function readGitAuthSets(env) {
    const raw = new Map();
    for (const [name, value] of Object.entries(env)) {
        const m = /^KLUCTL_GIT_(?:(\d+)_)?([A-Z_]+)$/.exec(name);
        if (!m || value === undefined || !GIT_KEYS.includes(m[2]))
            continue;
        const set = raw.get(m[1] ?? '') ?? {};
        set[m[2]] = value;
        raw.set(m[1] ?? '', set);
    }
    const order = [...raw.keys()].sort((a, b) => a === '' ? -1 : b === '' ? 1 : Number(a) - Number(b));
    const sets = [];
    for (const k of order) {
        const r = raw.get(k);
        if (!r.HOST)
            continue;
        const glob = r.PATH ?? (r.PATH_PREFIX !== undefined ? `${r.PATH_PREFIX}**` : undefined);
        sets.push({
            host: r.HOST.toLowerCase(),
            path: glob ? pathGlob(glob.replace(/^\/+/, '')) : undefined,
            username: r.USERNAME,
            password: r.PASSWORD,
            sshKey: r.SSH_KEY,
            caBundle: r.CA_BUNDLE,
        });
    }
    return sets;
}
function hostOf(url) {
    const u = new URL(url.url);
    const defaultPort = { https: '443', http: '80', ssh: '22', git: '9418' }[url.protocol];
    return u.port && u.port !== defaultPort ? `${url.host}:${u.port}` : url.host;
}
class GitFetcher {
    opts;
    /** Fetches made (one per repository and ref), for benchmarks and tests. */
    fetches = 0;
    checkouts = new Map();
    repos = new Map();
    trees = new Map();
    /** Operations on one bare repository run one after another (git locks). */
    queues = new Map();
    auth;
    redactor = new secret_redactor/* SecretRedactor */.p();
    counter = 0;
    constructor(opts) {
        this.opts = opts;
        this.auth = readGitAuthSets(opts.env);
        for (const s of this.auth) {
            this.redactor.add(s.password);
            if (s.password)
                opts.onSecret?.(s.password);
        }
    }
    /** The tree of `url` at `ref` (default: the remote's HEAD), fetched once per run. */
    checkout(url, ref, loc = {}) {
        const key = `${url.key}#${JSON.stringify(ref ?? {})}`;
        let p = this.checkouts.get(key);
        if (!p) {
            p = this.doCheckout(url, ref, loc);
            this.checkouts.set(key, p);
        }
        return p;
    }
    async doCheckout(url, ref, loc) {
        const gitDir = await this.repo(url);
        const local = `refs/shipshape/${++this.counter}`;
        const what = `${(0,git_url/* describeRef */.Ro)(ref)} of ${url.display}`;
        const remote = ref?.branch
            ? `refs/heads/${ref.branch}`
            : ref?.tag
                ? `refs/tags/${ref.tag}`
                : ref?.commit
                    ? ref.commit
                    : (ref?.ref ?? 'HEAD');
        this.opts.log?.(`fetching ${what}`);
        const commit = await this.queued(url.key, async () => {
            this.fetches++;
            try {
                await this.git(url, gitDir, [
                    'fetch',
                    '--quiet',
                    '--no-tags',
                    '--depth',
                    '1',
                    'origin',
                    `+${remote}:${local}`,
                ]);
            }
            catch (err) {
                if (!ref?.commit)
                    throw this.fetchError(err, what, loc);
                // Servers that do not serve unadvertised commits: fetch everything and look for it.
                try {
                    await this.git(url, gitDir, [
                        'fetch',
                        '--quiet',
                        'origin',
                        '+refs/heads/*:refs/shipshape-all/heads/*',
                        '+refs/tags/*:refs/shipshape-all/tags/*',
                    ]);
                    await this.git(url, gitDir, ['update-ref', local, ref.commit]);
                }
                catch (err2) {
                    throw this.fetchError(err2, what, loc);
                }
            }
            const sha = (!ref?.tag && !ref?.ref && !ref?.commit && branchHead(gitDir, local)) ||
                (await this.git(url, gitDir, [
                    'rev-parse',
                    '--verify',
                    '--quiet',
                    `${local}^{commit}`,
                ]).catch(() => undefined))?.stdout.trim();
            if (!sha)
                throw new errors/* UserError */.yo(`${what} is not a commit`, loc, 'check the ref');
            if (ref?.commit && !sha.toLowerCase().startsWith(ref.commit.toLowerCase()))
                throw new errors/* UserError */.yo(`${what} was not found`, loc, 'check the commit hash');
            return sha;
        });
        const dir = await this.tree(url, gitDir, commit, what, loc);
        return { dir, commit, url, ref };
    }
    fetchError(err, what, loc) {
        const detail = err.message;
        const unknownRef = /couldn't find remote ref|not our ref|no such remote ref|unadvertised object/i.test(detail);
        return new errors/* UserError */.yo(unknownRef ? `${what} does not exist` : `fetching ${what} failed: ${detail}`, loc, unknownRef
            ? 'check the branch, tag or commit in "ref"'
            : 'check the URL and that this machine can reach it; credentials come from your git configuration or KLUCTL_GIT_* variables');
    }
    repo(url) {
        let p = this.repos.get(url.key);
        if (!p) {
            p = (async () => {
                const dir = external_node_path_.join(this.opts.cacheDir, 'git', `repo-${this.repos.size}`);
                (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
                // `origin` is set for each command (git()), one process less than `remote add`.
                await this.git(url, dir, ['init', '--quiet', '--bare']);
                return dir;
            })();
            this.repos.set(url.key, p);
        }
        return p;
    }
    /** The working tree of a commit, checked out once: size-checked, no links that leave it. */
    tree(url, gitDir, commit, what, loc) {
        let p = this.trees.get(commit);
        if (!p) {
            p = this.queued(url.key, async () => {
                const listing = await this.git(url, gitDir, ['ls-tree', '-r', '-l', '-z', commit]);
                let bytes = 0;
                let entries = 0;
                for (const line of listing.stdout.split('\0')) {
                    if (!line)
                        continue;
                    entries++;
                    const size = Number(line.split(/\s+/)[3]);
                    if (Number.isFinite(size))
                        bytes += size;
                }
                if (bytes > MAX_TREE_BYTES || entries > MAX_TREE_ENTRIES)
                    throw new errors/* UserError */.yo(`${what} is too big to include (${entries} files, ${Math.round(bytes / 2 ** 20)} MiB; at most ${MAX_TREE_ENTRIES} files and ${MAX_TREE_BYTES / 2 ** 20} MiB)`, loc, 'include a smaller repository');
                const dir = external_node_path_.join(this.opts.cacheDir, 'checkouts', commit);
                (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
                const index = external_node_path_.join(this.opts.cacheDir, 'git', `index-${commit}`);
                const env = { GIT_INDEX_FILE: index };
                // Reads the commit into a scratch index and writes its files, in one process.
                await this.git(url, gitDir, ['--work-tree', dir, 'read-tree', '--reset', '-u', commit], env);
                (0,external_node_fs_.rmSync)(index, { force: true });
                removeLinksOut(dir);
                return dir;
            });
            this.trees.set(commit, p);
        }
        return p;
    }
    queued(key, fn) {
        const prev = this.queues.get(key) ?? Promise.resolve();
        const next = prev.catch(() => undefined).then(fn);
        this.queues.set(key, next);
        return next;
    }
    /** Runs git with the scrubbed environment and the credentials for `url`. */
    git(url, gitDir, args, extraEnv = {}) {
        const env = this.opts.env;
        const config = [
            ['core.hooksPath', '/dev/null'],
            ['core.fsmonitor', 'false'],
            ['protocol.allow', 'never'],
            ['protocol.https.allow', 'always'],
            ['protocol.http.allow', 'always'],
            ['protocol.ssh.allow', 'always'],
            ['protocol.git.allow', 'always'],
            ['advice.detachedHead', 'false'],
            ['remote.origin.url', url.url],
        ];
        const childEnv = {
            PATH: env.PATH,
            HOME: env.HOME,
            SSH_AUTH_SOCK: env.SSH_AUTH_SOCK,
            GIT_SSH_COMMAND: env.GIT_SSH_COMMAND,
            HTTPS_PROXY: env.HTTPS_PROXY ?? env.https_proxy,
            HTTP_PROXY: env.HTTP_PROXY ?? env.http_proxy,
            NO_PROXY: env.NO_PROXY ?? env.no_proxy,
            GIT_TERMINAL_PROMPT: '0',
            GIT_ASKPASS: 'true',
            SSH_ASKPASS: 'true',
            GIT_CONFIG_NOSYSTEM: '1',
            GIT_DIR: gitDir,
            LANG: 'C',
            LC_ALL: 'C',
            ...extraEnv,
        };
        const set = this.authFor(url);
        if (set?.caBundle)
            config.push(['http.sslCAInfo', set.caBundle]);
        if (set && (url.protocol === 'https' || url.protocol === 'http') && set.password) {
            const scope = `${url.protocol}://${hostOf(url)}`;
            config.push([`credential.${scope}.helper`, '']);
            config.push([
                `credential.${scope}.helper`,
                `!f() { test "$1" = get && printf 'username=%s\\npassword=%s\\n' "$SHIPSHAPE_GIT_USERNAME" "$SHIPSHAPE_GIT_PASSWORD"; }; f`,
            ]);
            childEnv.SHIPSHAPE_GIT_USERNAME = set.username;
            childEnv.SHIPSHAPE_GIT_PASSWORD = set.password;
        }
        if (set?.sshKey && url.protocol === 'ssh') {
            const strict = /^(1|true|yes)$/i.test(env.KLUCTL_SSH_DISABLE_STRICT_HOST_KEY_CHECKING ?? '')
                ? ' -o StrictHostKeyChecking=no'
                : '';
            childEnv.GIT_SSH_COMMAND = `ssh -i '${set.sshKey.replace(/'/g, `'\\''`)}' -o IdentitiesOnly=yes -o BatchMode=yes${strict}`;
        }
        childEnv.GIT_CONFIG_COUNT = String(config.length);
        config.forEach(([k, v], i) => {
            childEnv[`GIT_CONFIG_KEY_${i}`] = k;
            childEnv[`GIT_CONFIG_VALUE_${i}`] = v;
        });
        return new Promise((resolve, reject) => {
            (0,external_node_child_process_.execFile)('git', args, {
                env: Object.fromEntries(Object.entries(childEnv).filter(([, v]) => v !== undefined)),
                timeout: TIMEOUT_MS,
                killSignal: 'SIGKILL',
                maxBuffer: 256 << 20,
            }, (err, stdout, stderr) => {
                if (!err)
                    return resolve({ stdout });
                const e = err;
                const text = e.code === 'ENOENT'
                    ? 'git is not installed'
                    : e.killed
                        ? `git took longer than ${TIMEOUT_MS / 60_000} minutes`
                        : stderr.trim().split('\n').slice(-3).join(' ') || e.message;
                const scrubbed = this.redactor.redact(text) ?? '(git output left out: it may hold a credential)';
                reject(new Error((0,one_line/* oneLine */.T)(scrubbed.replace(/(\w+:\/\/)[^@/\s]*:[^@/\s]*@/g, '$1***@')).slice(0, 500)));
            });
        });
    }
    authFor(url) {
        const host = hostOf(url);
        const user = new URL(url.url).username;
        for (const s of this.auth) {
            if (s.host === '*' ? url.protocol !== 'ssh' : s.host !== host)
                continue;
            if (s.path && !s.path.test(url.path))
                continue;
            if (!s.username || (user && s.username !== '*' && s.username !== user))
                continue;
            if (url.protocol === 'ssh' ? !s.sshKey : !s.password)
                continue;
            return s;
        }
        return undefined;
    }
}
/**
 * The commit a branch (or the remote's HEAD) just fetched into `local` names, read from the
 * loose ref fetch wrote: a process less than rev-parse. A tag, a ref that may be one, or an
 * object id (which may name a tag object) take rev-parse, which peels them to the commit,
 * as does a ref that is not a loose file.
 */
function branchHead(gitDir, local) {
    try {
        const sha = (0,external_node_fs_.readFileSync)(external_node_path_.join(gitDir, ...local.split('/')), 'utf8').trim();
        return /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(sha) ? sha : undefined;
    }
    catch {
        return undefined;
    }
}
/** Removes symbolic links whose target is outside `root` (or missing), so nothing leads out. */
function removeLinksOut(root) {
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const walk = (dir) => {
        for (const e of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
            const p = external_node_path_.join(dir, e.name);
            if (e.isSymbolicLink()) {
                let target;
                try {
                    target = (0,external_node_fs_.realpathSync)(p);
                }
                catch {
                    target = undefined;
                }
                if (!target || !(0,project_boundary/* isInside */.FK)(realRoot, target))
                    (0,external_node_fs_.rmSync)(p, { force: true });
                else if (external_node_path_.isAbsolute((0,external_node_fs_.readlinkSync)(p)))
                    (0,external_node_fs_.rmSync)(p, { force: true });
            }
            else if (e.isDirectory() && !(0,external_node_fs_.lstatSync)(p).isSymbolicLink())
                walk(p);
        }
    };
    walk(root);
}

// EXTERNAL MODULE: ./lib/sources/oci.js + 1 modules
var oci = __webpack_require__(97308);
;// CONCATENATED MODULE: ./lib/sources/index.js
/**
 * What a project pulls in from elsewhere during one run: git and OCI includes, library
 * projects, and the git / cluster / http / cloud vars sources, plus SOPS decryption of what
 * it reads. Everything is fetched once per run and cached in a private temp directory that
 * close() removes; nothing is written into the user's tree.
 */










/** A connector for kubeconfig access settings (kubeconfig file, context chosen by the user). */
function clusterConnector(access) {
    return (targetContext) => (0,cluster/* connectCluster */.bp)({
        kubeconfig: access.kubeconfig,
        context: access.context ?? targetContext,
        retry: access.retry,
        concurrency: access.concurrency,
    });
}
class Sources {
    opts;
    git;
    oci;
    sops;
    cacheDir;
    registryClient;
    registryPromise;
    clusters = new Map();
    forgetCacheDir;
    constructor(opts) {
        this.opts = opts;
        this.cacheDir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join((0,external_node_os_.tmpdir)(), 'shipshape-sources-'));
        this.forgetCacheDir = (0,scratch/* removeIfInterrupted */.Qf)(this.cacheDir);
        this.git = new GitFetcher({
            env: opts.env,
            cacheDir: this.cacheDir,
            log: opts.log,
            onSecret: opts.onSecret,
        });
        this.oci = new oci/* OciFetcher */.$X(() => this.registry(), this.cacheDir, opts.log);
        this.sops = new sops/* SopsDecryptor */.ip({ env: opts.env, cwd: opts.cwd, onSecret: opts.onSecret });
    }
    /** The registry client, created on first use (credentials are read once). */
    async registry() {
        this.registryPromise ??= (async () => {
            const credentials = this.opts.registryCredentials
                ? await this.opts.registryCredentials()
                : await (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 54620))).RegistryCredentials.load(this.opts.env);
            this.registryClient = new client/* RegistryClient */.b({
                credentials,
                env: this.opts.env,
                onSecret: this.opts.onSecret,
            });
            return this.registryClient;
        })();
        return this.registryPromise;
    }
    /** The cluster of `context`, connected once; a UserError when this run has none. */
    cluster(context, what) {
        const connect = this.opts.cluster;
        if (!connect)
            return Promise.reject(new errors/* UserError */.yo(`${what} needs a cluster, and ${this.opts.offlineReason ?? 'this command does not connect to one'}`, {}, 'use a command that talks to the cluster (deploy, diff against the cluster), or pass --kubeconfig/--context to render'));
        const key = context ?? '';
        let p = this.clusters.get(key);
        if (!p) {
            p = connect(context);
            this.clusters.set(key, p);
        }
        return p;
    }
    /** Whether a cluster can be asked (deployed images are only looked up then). */
    get online() {
        return this.opts.cluster !== undefined;
    }
    /** Counters for benchmarks and tests. */
    stats() {
        return {
            gitFetches: this.git.fetches,
            ociPulls: this.oci.pulls,
            registryRequests: this.registryClient?.http.requests ?? 0,
        };
    }
    async close() {
        await this.registryClient?.close();
        for (const p of this.clusters.values())
            await p.then((c) => c.close()).catch(() => undefined);
        (0,external_node_fs_.rmSync)(this.cacheDir, { recursive: true, force: true });
        this.forgetCacheDir();
    }
}


/***/ }),

/***/ 38138:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ compileGoRegex)
/* harmony export */ });
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


/***/ }),

/***/ 88808:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SG: () => (/* binding */ goErrorText),
/* harmony export */   Tr: () => (/* binding */ runIsolated),
/* harmony export */   aY: () => (/* binding */ findOnPath),
/* harmony export */   gi: () => (/* binding */ DEFAULT_TOOL_LIMITS),
/* harmony export */   v7: () => (/* binding */ outOfMemory)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/**
 * Running the Go tools that read a project (kustomize, helm). The project is untrusted, so
 * each run is isolated: none of our environment (it may hold the job's token), no PATH (no
 * `git` for remote bases, no plugins), every HTTP request sent to a closed local port
 * (remote references are refused before a tool runs; this is the second lock), and bounded
 * in time and memory, because a manifest can make a tool expand YAML aliases until the
 * machine runs out of memory, or simply take forever.
 */




/** Far above what a real build needs (the largest projects we measured: seconds, a few hundred MB). */
const DEFAULT_TOOL_LIMITS = {
    timeoutMs: 5 * 60_000,
    memoryBytes: 2 * 1024 ** 3,
};
/** The executable `name` in one of the PATH directories of `env`. */
function findOnPath(name, env = process.env) {
    for (const dir of (env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_3__.delimiter)) {
        if (!dir)
            continue;
        const p = node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, name);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(p, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
            return p;
        }
        catch {
            // keep looking
        }
    }
    return undefined;
}
function isolatedEnv(extra, limits) {
    const unreachable = 'http://127.0.0.1:9';
    return {
        PATH: '',
        HOME: (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(),
        TMPDIR: (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(),
        LANG: 'C',
        HTTP_PROXY: unreachable,
        HTTPS_PROXY: unreachable,
        NO_PROXY: '',
        GOMEMLIMIT: String(Math.floor(limits.memoryBytes * 0.8)),
        ...extra,
    };
}
/** Resident memory of a process in bytes, where the OS tells (Linux); undefined elsewhere. */
function residentBytes(pid) {
    try {
        const m = /^VmRSS:\s+(\d+) kB/m.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/status`, 'utf8'));
        return m ? Number(m[1]) * 1024 : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Runs `command` isolated and bounded; resolves with its stdout, rejects with a ToolFailure.
 * `env` adds to the isolated environment (a tool's own home directories).
 */
function runIsolated(command, args, opts = {}) {
    const limits = opts.limits ?? DEFAULT_TOOL_LIMITS;
    return new Promise((resolve, reject) => {
        let stopped;
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(command, args, {
            maxBuffer: 512 * 1024 * 1024,
            env: isolatedEnv(opts.env ?? {}, limits),
            killSignal: 'SIGKILL',
        }, (err, stdout, stderr) => {
            clearInterval(watch);
            clearTimeout(timer);
            if (!err && !stopped)
                return resolve(stdout);
            const failure = { stderr, error: err ?? new Error('stopped'), stopped };
            reject(failure);
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
const MAX_ERROR_CHARS = 2000;
/** A Go tool's message without its stack dumps, short enough for a comment. */
function goErrorText(failure) {
    const text = (failure.stderr || failure.error.message).trim().replace(/^Error: /, '');
    const cut = text.search(/\n(goroutine \d+ \[|runtime stack:|\[signal )/);
    const head = cut >= 0 ? text.slice(0, cut) : text;
    return head.length > MAX_ERROR_CHARS ? `${head.slice(0, MAX_ERROR_CHARS)}…` : head;
}
/** Whether the Go runtime ran out of memory, or we stopped it at the memory limit. */
const outOfMemory = (f) => f.stopped === 'memory' || /fatal error: runtime: out of memory/.test(f.stderr);


/***/ }),

/***/ 63896:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H8: () => (/* binding */ refOf),
/* harmony export */   Ih: () => (/* binding */ annotationsOf),
/* harmony export */   Np: () => (/* binding */ splitApiVersion),
/* harmony export */   PC: () => (/* binding */ labelsOf),
/* harmony export */   XF: () => (/* binding */ refKey),
/* harmony export */   YT: () => (/* binding */ annotationTrue),
/* harmony export */   gw: () => (/* binding */ getAnnotation),
/* harmony export */   nw: () => (/* binding */ refString)
/* harmony export */ });
/* unused harmony export metadataOf */
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


/***/ })

};
