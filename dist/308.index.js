export const id = 308;
export const ids = [308];
export const modules = {

/***/ 97308:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $X: () => (/* binding */ OciFetcher),
  _Z: () => (/* binding */ parseOciRef),
  Xi: () => (/* binding */ pushArtifact)
});

// UNUSED EXPORTS: KLUCTL_CONFIG, KLUCTL_CONTENT, packProject, parseOciUrl

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __webpack_require__(9758);
// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/util/ignore-file.js
var ignore_file = __webpack_require__(42031);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./lib/sources/tar.js
/**
 * tar.gz for OCI artifacts in kluctl's format: extraction of untrusted archives (regular
 * files and directories only, every name checked, sizes bounded) and creation of archives
 * kluctl can include (`shipshape oci push`).
 */




const DEFAULT_LIMITS = { maxBytes: 512 << 20, maxEntries: 200_000 };
const BLOCK = 512;
function field(header, start, len) {
    const raw = header.subarray(start, start + len);
    const nul = raw.indexOf(0);
    return raw.subarray(0, nul < 0 ? len : nul).toString('utf8');
}
function octal(header, start, len) {
    const raw = header.subarray(start, start + len);
    if (raw[0] & 0x80) {
        // base-256 (GNU): big-endian, first byte's top bit set
        let n = raw[0] & 0x7f;
        for (let i = 1; i < len; i++)
            n = n * 256 + raw[i];
        return n;
    }
    const text = field(header, start, len).trim();
    return text ? parseInt(text, 8) : 0;
}
function parsePax(data) {
    const out = {};
    let pos = 0;
    while (pos < data.length) {
        const sp = data.indexOf(0x20, pos);
        if (sp < 0)
            break;
        const len = Number(data.toString('ascii', pos, sp));
        if (!Number.isInteger(len) || len <= 0 || pos + len > data.length)
            break;
        const record = data.toString('utf8', sp + 1, pos + len - 1);
        const eq = record.indexOf('=');
        if (eq > 0)
            out[record.slice(0, eq)] = record.slice(eq + 1);
        pos += len;
    }
    return out;
}
/** A name from an archive as a safe relative path, or undefined for the archive root. */
function safeName(name, what) {
    if (name.includes('\0') || name.includes('\\'))
        throw new errors/* UserError */.yo(`${what}: the archive has an invalid file name`);
    const parts = name.split('/').filter((p) => p !== '' && p !== '.');
    if (name.startsWith('/') || parts.includes('..'))
        throw new errors/* UserError */.yo(`${what}: the archive has a path that leaves its directory ("${name.slice(0, 200)}")`, {}, 'the artifact is not safe to extract; push it again with kluctl or shipshape oci push');
    return parts.length ? parts.join('/') : undefined;
}
/**
 * Extracts a tar.gz into `dest` (which must exist and be empty). Symbolic and hard links,
 * devices and FIFOs are skipped (kluctl skips links too); absolute names and `..` refused.
 */
function extractTarGz(data, dest, what, limits = DEFAULT_LIMITS) {
    let tar;
    try {
        tar = (0,external_node_zlib_.gunzipSync)(data, { maxOutputLength: limits.maxBytes + BLOCK * 4 });
    }
    catch (err) {
        const tooBig = err.code === 'ERR_BUFFER_TOO_LARGE' ||
            /too large|maxOutputLength/i.test(err.message);
        throw new errors/* UserError */.yo(tooBig
            ? `${what}: the artifact unpacks to more than ${limits.maxBytes >> 20} MiB`
            : `${what}: the artifact's content is not gzip-compressed tar`);
    }
    let pos = 0;
    let entries = 0;
    let pax = {};
    let longName;
    while (pos + BLOCK <= tar.length) {
        const header = tar.subarray(pos, pos + BLOCK);
        if (header.every((b) => b === 0))
            break;
        const sum = header.reduce((acc, b, i) => acc + (i >= 148 && i < 156 ? 32 : b), 0);
        if (sum !== octal(header, 148, 8))
            throw new errors/* UserError */.yo(`${what}: the artifact's tar archive is corrupt (header checksum)`);
        const type = String.fromCharCode(header[156] || 0x30);
        const size = pax.size !== undefined ? Number(pax.size) : octal(header, 124, 12);
        if (!Number.isSafeInteger(size) || size < 0)
            throw new errors/* UserError */.yo(`${what}: the artifact's tar archive is corrupt (size)`);
        const body = tar.subarray(pos + BLOCK, pos + BLOCK + size);
        if (body.length !== size)
            throw new errors/* UserError */.yo(`${what}: the artifact's tar archive is truncated`);
        pos += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
        if (type === 'x') {
            pax = parsePax(body);
            continue;
        }
        if (type === 'g')
            continue;
        if (type === 'L') {
            longName = body.toString('utf8').replace(/\0+$/, '');
            continue;
        }
        if (++entries > limits.maxEntries)
            throw new errors/* UserError */.yo(`${what}: the artifact has more than ${limits.maxEntries} entries`);
        const prefix = field(header, 345, 155);
        const name = pax.path ??
            longName ??
            (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
        pax = {};
        longName = undefined;
        const rel = safeName(name, what);
        if (type !== '0' && type !== '5' && type !== '7')
            continue; // links, devices, FIFOs
        if (rel === undefined)
            continue;
        const target = external_node_path_.join(dest, ...rel.split('/'));
        if (type === '5') {
            (0,external_node_fs_.mkdirSync)(target, { recursive: true });
        }
        else {
            (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(target), { recursive: true });
            const mode = octal(header, 100, 8) & 0o111 ? 0o755 : 0o644;
            (0,external_node_fs_.writeFileSync)(target, body, { mode, flag: 'wx' });
        }
    }
    return entries;
}
function header(name, size, mode, type) {
    const h = Buffer.alloc(BLOCK);
    h.write(name, 0, 100, 'utf8');
    h.write(`${mode.toString(8).padStart(7, '0')}\0`, 100, 'ascii');
    h.write('0000000\0', 108, 'ascii');
    h.write('0000000\0', 116, 'ascii');
    h.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'ascii');
    h.write('00000000000\0', 136, 'ascii');
    h.fill(0x20, 148, 156);
    h.write(type, 156, 'ascii');
    h.write('ustar\0', 257, 'ascii');
    h.write('00', 263, 'ascii');
    const sum = h.reduce((a, b) => a + b, 0);
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
    return h;
}
function pad(data) {
    const rest = data.length % BLOCK;
    return rest ? [data, Buffer.alloc(BLOCK - rest)] : [data];
}
/** A tar archive (uncompressed) of `entries`, in order; long names get a PAX header. */
function createTar(entries) {
    const out = [];
    for (const e of entries) {
        const name = e.data === undefined ? `${e.name}/` : e.name;
        if (Buffer.byteLength(name) > 100) {
            const record = (len) => `${len} path=${name}\n`;
            let len = Buffer.byteLength(record(0));
            while (Buffer.byteLength(record(len)) !== len)
                len = Buffer.byteLength(record(len));
            const paxData = Buffer.from(record(len));
            out.push(header('PaxHeader', paxData.length, 0o644, 'x'), ...pad(paxData));
        }
        const short = Buffer.from(name).subarray(0, 100).toString('utf8');
        if (e.data === undefined)
            out.push(header(short, 0, e.mode, '5'));
        else
            out.push(header(short, e.data.length, e.mode, '0'), ...pad(e.data));
    }
    out.push(Buffer.alloc(BLOCK * 2));
    return Buffer.concat(out);
}
const gzip = (data) => (0,external_node_zlib_.gzipSync)(data);

;// CONCATENATED MODULE: ./lib/sources/oci.js
/**
 * OCI includes in kluctl's artifact format (`kluctl oci push`): an OCI image manifest whose
 * config has the media type application/vnd.io.kluctl.config.v1+json and whose first layer
 * is the project as tar.gz (application/vnd.io.kluctl.content.v1.tar+gzip). Pulled once per
 * url and ref in a run and unpacked into the run's cache directory; `pushArtifact` makes
 * artifacts kluctl can include.
 */








const KLUCTL_CONFIG = 'application/vnd.io.kluctl.config.v1+json';
const KLUCTL_CONTENT = 'application/vnd.io.kluctl.content.v1.tar+gzip';
// Flux's source artifacts have the same layout; kluctl includes them too.
const FLUX_CONFIG = 'application/vnd.cncf.flux.config.v1+json';
const FLUX_CONTENT = 'application/vnd.cncf.flux.content.v1.tar+gzip';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
/** The compressed content layer may not be bigger than this. */
const MAX_LAYER_BYTES = 256 << 20;
/** `oci://host/repository` (no tag or digest: those go into `ref`). */
function parseOciUrl(url, loc = {}) {
    if (!url.startsWith('oci://'))
        throw new errors/* UserError */.yo(`OCI url "${url}" must start with oci://`, loc, 'write oci://<registry>/<repository>');
    let ref;
    try {
        ref = (0,reference/* parseImageReference */.o_)(url.slice('oci://'.length));
    }
    catch (err) {
        throw new errors/* UserError */.yo(`OCI url "${url}" is not valid: ${err.message}`, loc);
    }
    if (ref.tag || ref.digest)
        throw new errors/* UserError */.yo(`OCI url "${url}" must not contain a tag or digest`, loc, 'put it into ref: {tag: …} or ref: {digest: …}');
    return ref;
}
function parseOciRef(value) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'object' || Array.isArray(value))
        throw new Error('ref must be a mapping with tag or digest');
    const o = value;
    for (const k of Object.keys(o))
        if (k !== 'tag' && k !== 'digest')
            throw new Error(`ref has an unknown field "${k}"`);
    const out = {};
    if (o.tag !== undefined && o.tag !== '')
        out.tag = String(o.tag);
    if (o.digest !== undefined && o.digest !== '') {
        out.digest = String(o.digest);
        if (!/^sha256:[0-9a-f]{64}$/.test(out.digest))
            throw new Error(`digest "${out.digest}" is not a sha256 digest`);
    }
    return out;
}
class OciFetcher {
    registry;
    cacheDir;
    log;
    /** Artifacts pulled (one per url and ref), for benchmarks and tests. */
    pulls = 0;
    byRef = new Map();
    byDigest = new Map();
    constructor(registry, cacheDir, log) {
        this.registry = registry;
        this.cacheDir = cacheDir;
        this.log = log;
    }
    pull(url, ref, loc = {}) {
        const image = parseOciUrl(url, loc);
        const key = `${(0,reference/* repositoryKey */.Kq)(image)}#${ref?.digest ?? ''}#${ref?.tag ?? 'latest'}`;
        let p = this.byRef.get(key);
        if (!p) {
            p = this.doPull(url, image, ref, loc);
            this.byRef.set(key, p);
        }
        return p;
    }
    async doPull(url, image, ref, loc) {
        const reference = ref?.digest ?? ref?.tag ?? 'latest';
        const what = `${url}${ref?.digest ? `@${ref.digest}` : `:${reference}`}`;
        this.log?.(`pulling ${what}`);
        this.pulls++;
        const registry = await this.registry();
        let manifest;
        try {
            manifest = await registry.manifest(image, reference, [OCI_MANIFEST, DOCKER_MANIFEST]);
        }
        catch (err) {
            throw new errors/* UserError */.yo(`pulling ${what} failed: ${err.message}`, loc, 'check the url and ref, and the registry credentials (KLUCTL_REGISTRY_*, docker login)');
        }
        const body = manifest.body;
        const configType = body.config?.mediaType;
        const layer = body.layers?.[0];
        const kluctlFormat = (configType === KLUCTL_CONFIG && layer?.mediaType === KLUCTL_CONTENT) ||
            (configType === FLUX_CONFIG && layer?.mediaType === FLUX_CONTENT);
        if (!kluctlFormat || typeof layer?.digest !== 'string')
            throw new errors/* UserError */.yo(`${what} is not a kluctl project artifact (config ${String(configType ?? (body.manifests ? 'none: an image index' : 'none'))}, content ${String(layer?.mediaType ?? 'none')})`, loc, `push the project with "kluctl oci push" or "shipshape oci push" (config ${KLUCTL_CONFIG})`);
        if (typeof layer.size === 'number' && layer.size > MAX_LAYER_BYTES)
            throw new errors/* UserError */.yo(`${what}: the artifact is bigger than ${MAX_LAYER_BYTES >> 20} MiB`, loc);
        const dir = await this.extract(registry, image, layer.digest, what, loc);
        return { dir, digest: manifest.digest, url };
    }
    extract(registry, image, digest, what, loc) {
        let p = this.byDigest.get(digest);
        if (!p) {
            p = (async () => {
                let data;
                try {
                    data = await registry.blob(image, digest, MAX_LAYER_BYTES);
                }
                catch (err) {
                    throw new errors/* UserError */.yo(`pulling ${what} failed: ${err.message}`, loc);
                }
                const dir = external_node_path_.join(this.cacheDir, 'oci', digest.replace(':', '-'));
                (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
                extractTarGz(data, dir, what);
                return dir;
            })();
            this.byDigest.set(digest, p);
        }
        return p;
    }
}
// ---- pushing ----
/** The project as kluctl packs it: every regular file and directory, minus .git and .gitignore'd paths. */
function packProject(dir) {
    const gitignore = new ignore_file/* IgnoreFiles */.I(dir, '.gitignore');
    const entries = [];
    const walk = (abs, rel) => {
        const list = (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
        for (const e of list) {
            // kluctl packs regular files and directories only (no links, no .git)
            if (e.name === '.git' || e.isSymbolicLink())
                continue;
            const p = external_node_path_.join(abs, e.name);
            const r = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (gitignore.ignores(p, true))
                    continue;
                entries.push({ name: r, mode: (0,external_node_fs_.statSync)(p).mode & 0o777 });
                walk(p, r);
            }
            else if (e.isFile()) {
                if (gitignore.ignores(p))
                    continue;
                entries.push({ name: r, mode: (0,external_node_fs_.statSync)(p).mode & 0o777, data: (0,external_node_fs_.readFileSync)(p) });
            }
        }
    };
    walk(dir, '');
    return createTar(entries);
}
function gitInfo(dir, env) {
    const run = (args) => {
        try {
            return (0,external_node_child_process_.execFileSync)('git', ['-C', dir, ...args], {
                env: { PATH: env.PATH, HOME: env.HOME, GIT_CONFIG_NOSYSTEM: '1', LANG: 'C' },
                stdio: ['ignore', 'pipe', 'ignore'],
                encoding: 'utf8',
            }).trim();
        }
        catch {
            return undefined;
        }
    };
    const commit = run(['rev-parse', 'HEAD']);
    if (!commit)
        return {};
    const branch = run(['symbolic-ref', '--short', '-q', 'HEAD']);
    const remote = run(['remote', 'get-url', 'origin']);
    return {
        url: remote?.replace(/^([a-z+]+:\/\/)[^@/]*@/i, '$1'),
        commit,
        ref: branch ? { branch } : undefined,
        dirty: Boolean(run(['status', '--porcelain'])),
    };
}
/**
 * Pushes `projectDir` as a kluctl artifact to `oci://host/repository:tag` (tag default
 * `latest`), with kluctl's annotations (created, source, revision, git info).
 */
async function pushArtifact(registry, url, projectDir, opts = {}) {
    if (!url.startsWith('oci://'))
        throw new errors/* UserError */.yo(`--url must be oci://<registry>/<repository>[:tag], got "${url}"`);
    let image;
    try {
        image = (0,reference/* parseImageReference */.o_)(url.slice('oci://'.length));
    }
    catch (err) {
        throw new errors/* UserError */.yo(`--url ${url} is not valid: ${err.message}`);
    }
    if (image.digest)
        throw new errors/* UserError */.yo('--url must not contain a digest; give a tag (or none for latest)');
    const tag = image.tag ?? 'latest';
    const tar = packProject(projectDir);
    const layer = gzip(tar);
    const diffId = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(tar).digest('hex')}`;
    const created = (opts.now ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z');
    const config = Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: [{ created: '0001-01-01T00:00:00Z' }],
        os: '',
        rootfs: { type: 'layers', diff_ids: [diffId] },
        config: {},
    }));
    const info = gitInfo(projectDir, opts.env ?? process.env);
    const annotations = {
        'org.opencontainers.image.created': created,
        'org.opencontainers.image.source': info.url ?? '',
        'org.opencontainers.image.revision': info.commit ?? '',
        ...opts.annotations,
        // kluctl parses this when it includes the artifact: an empty url would fail there
        'io.kluctl.image.git_info': JSON.stringify({
            ...(info.url ? { url: info.url } : {}),
            ...(info.ref ? { ref: info.ref } : {}),
            commit: info.commit ?? '',
            dirty: info.dirty ?? false,
        }),
    };
    const layerDigest = await registry.pushBlob(image, layer);
    const configDigest = await registry.pushBlob(image, config);
    const manifest = Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: KLUCTL_CONFIG, size: config.length, digest: configDigest },
        layers: [{ mediaType: KLUCTL_CONTENT, size: layer.length, digest: layerDigest }],
        annotations,
    }));
    const digest = await registry.pushManifest(image, tag, OCI_MANIFEST, manifest);
    return {
        url: `oci://${image.name}@${digest}`,
        repository: image.name,
        tag,
        digest,
    };
}


/***/ }),

/***/ 42031:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ IgnoreFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/**
 * Ignore files in gitignore syntax (`.gitignore`, kluctl's `.templateignore`): the rules of the
 * file beside a path and of every parent directory up to a root, later rules winning, `!`
 * negating, a trailing `/` for directories only, a slash at the start or in the middle
 * anchoring the pattern to the file's directory.
 */


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
class IgnoreFiles {
    root;
    fileName;
    cache = new Map();
    /** `fileName` files (e.g. `.gitignore`) in `root` and below it. */
    constructor(root, fileName) {
        this.root = root;
        this.fileName = fileName;
    }
    rulesFor(dir) {
        let rules = this.cache.get(dir);
        if (rules)
            return rules;
        const parent = dir === this.root || !dir.startsWith(this.root) ? [] : this.rulesFor(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir));
        let own = [];
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, this.fileName);
        // Most directories have none: asking first is cheaper than a failed read.
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
            try {
                own = parse(dir, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
            }
            catch {
                // unreadable (a directory of that name, say): no rules
            }
        }
        rules = [...parent, ...own];
        this.cache.set(dir, rules);
        return rules;
    }
    /** Whether `file` (absolute; a directory when `isDir`) or one of its parent directories is ignored. */
    ignores(file, isDir = false) {
        const rules = this.rulesFor(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file));
        let ignored = false;
        for (const rule of rules) {
            const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(rule.base, file).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
            // Test the path and each parent directory below the rule's base.
            const parts = rel.split('/');
            for (let n = 1; n <= parts.length; n++) {
                const dir = n < parts.length || isDir;
                if (rule.dirOnly && !dir)
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


/***/ })

};
