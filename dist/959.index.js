export const id = 959;
export const ids = [959];
export const modules = {

/***/ 17959:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Iu: () => (/* binding */ chartSource),
  vc: () => (/* binding */ openChartSources)
});

// UNUSED EXPORTS: newestFirst

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/registry/client.js + 2 modules
var client = __webpack_require__(31517);
// EXTERNAL MODULE: ./lib/registry/http.js
var registry_http = __webpack_require__(69127);
// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __webpack_require__(9758);
// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/util/one-line.js
var one_line = __webpack_require__(13551);
// EXTERNAL MODULE: ./lib/util/project-boundary.js
var project_boundary = __webpack_require__(93948);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./lib/helm/archive.js
/**
 * Unpacks a chart archive (`.tgz`) as `helm pull --untar` does, so the files in
 * `.helm-charts` are the ones kluctl would write: the top directory of the archive is
 * dropped, every entry becomes a regular file (mode 0644, directories 0755) holding the
 * entry's bytes with a UTF-8 byte order mark removed, and paths are checked the way Helm
 * checks them.
 *
 * An archive comes from a repository, i.e. from a stranger. Nothing in it can write outside
 * the target directory (absolute paths, `..`, drive letters are refused before anything is
 * written), links and device entries never become links or devices (Helm writes them as
 * empty files, and so does this), and the sizes are bounded: the compressed archive by the
 * caller, the unpacked chart and each file here.
 */






const DEFAULT_ARCHIVE_LIMITS = {
    maxTotalBytes: 100 * 1024 * 1024,
    maxFileBytes: 5 * 1024 * 1024,
    maxFiles: 10_000,
};
const BLOCK = 512;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
function cString(buf, start, len) {
    const slice = buf.subarray(start, start + len);
    const nul = slice.indexOf(0);
    return slice.subarray(0, nul < 0 ? slice.length : nul).toString('utf8');
}
/** A tar number: octal text, or base-256 when the first byte has its high bit set. */
function tarNumber(buf, start, len) {
    const field = buf.subarray(start, start + len);
    if (field[0] & 0x80) {
        let n = 0;
        for (let i = 1; i < field.length; i++)
            n = n * 256 + field[i];
        return n;
    }
    const text = cString(buf, start, len).trim();
    return text ? parseInt(text, 8) : 0;
}
/** PAX records: `<len> <key>=<value>\n` each. */
function paxRecords(data) {
    const out = {};
    let pos = 0;
    while (pos < data.length) {
        const space = data.indexOf(0x20, pos);
        if (space < 0)
            break;
        const len = Number(data.subarray(pos, space).toString());
        if (!Number.isInteger(len) || len <= 0 || pos + len > data.length)
            break;
        const record = data.subarray(space + 1, pos + len - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (eq > 0)
            out[record.slice(0, eq)] = record.slice(eq + 1);
        pos += len;
    }
    return out;
}
function invalid(what, message) {
    return new errors/* UserError */.yo(`the chart archive of ${what} is not valid: ${message}`, {}, 'the repository serves a broken or malicious archive; report it to the chart maintainers');
}
/**
 * The files of a gzipped tar chart archive, in archive order, paths checked as Helm's
 * LoadArchiveFiles checks them. `what` names the chart in errors.
 */
function readChartArchive(gz, what, limits = DEFAULT_ARCHIVE_LIMITS) {
    let tar;
    try {
        // The tar stream carries headers and padding on top of the files.
        tar = (0,external_node_zlib_.gunzipSync)(gz, { maxOutputLength: limits.maxTotalBytes + limits.maxFiles * 2 * BLOCK });
    }
    catch (err) {
        if (err.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError)
            throw invalid(what, `it unpacks to more than ${limits.maxTotalBytes / 1024 / 1024} MiB`);
        throw invalid(what, 'it is not a gzip file');
    }
    const files = [];
    let total = 0;
    let pos = 0;
    let longName;
    let pax = {};
    while (pos + BLOCK <= tar.length) {
        const header = tar.subarray(pos, pos + BLOCK);
        if (header.every((b) => b === 0))
            break;
        const size = tarNumber(header, 124, 12);
        const type = String.fromCharCode(header[156] || 0x30);
        const magic = cString(header, 257, 6);
        const prefix = magic.startsWith('ustar') ? cString(header, 345, 155) : '';
        let name = cString(header, 0, 100);
        if (prefix)
            name = `${prefix}/${name}`;
        const dataStart = pos + BLOCK;
        if (!Number.isSafeInteger(size) || size < 0 || dataStart + size > tar.length)
            throw invalid(what, 'an entry is cut off');
        const data = tar.subarray(dataStart, dataStart + size);
        pos = dataStart + Math.ceil(size / BLOCK) * BLOCK;
        if (type === 'x') {
            pax = paxRecords(data);
            continue;
        }
        if (type === 'g')
            continue; // global PAX headers are ignored, as Helm does
        if (type === 'L') {
            longName = cString(data, 0, data.length);
            continue;
        }
        if (type === 'K')
            continue; // a long link target: links are never made
        if (pax.path !== undefined)
            name = pax.path;
        else if (longName !== undefined)
            name = longName;
        pax = {};
        longName = undefined;
        if (type === '5' || name.endsWith('/'))
            continue;
        // Regular files carry their bytes; links, devices and FIFOs carry none (Helm writes an empty file).
        const isRegular = type === '0' || type === '7' || header[156] === 0;
        const body = isRegular ? data : Buffer.alloc(0);
        const rel = chartPath(name, what);
        if (body.length > limits.maxFileBytes)
            throw invalid(what, `${rel} is larger than ${limits.maxFileBytes / 1024 / 1024} MiB`);
        total += body.length;
        if (total > limits.maxTotalBytes)
            throw invalid(what, `it unpacks to more than ${limits.maxTotalBytes / 1024 / 1024} MiB`);
        if (files.length >= limits.maxFiles)
            throw invalid(what, `it has more than ${limits.maxFiles} files`);
        const bytes = body.subarray(0, 3).equals(UTF8_BOM) ? body.subarray(3) : body;
        files.push({ name: rel, data: Buffer.from(bytes) });
    }
    if (files.length === 0)
        throw invalid(what, 'it holds no files');
    return files;
}
/** The path of an entry inside the chart: its top directory dropped, checked for escapes. */
function chartPath(entry, what) {
    const delimiter = entry.includes('\\') ? '\\' : '/';
    const parts = entry.split(delimiter);
    if (parts[0] === 'Chart.yaml')
        throw invalid(what, 'Chart.yaml is not inside the chart directory');
    const joined = parts.slice(1).join('/');
    if (joined.startsWith('/'))
        throw invalid(what, `${entry} is an absolute path`);
    const clean = external_node_path_.posix.normalize(joined).replace(/\/+$/, '');
    if (clean === '.' || clean === '')
        throw invalid(what, `${entry} is outside the chart directory`);
    if (clean.startsWith('..'))
        throw invalid(what, `${entry} points outside the chart directory`);
    if (/^[a-zA-Z]:\//.test(clean))
        throw invalid(what, `${entry} is a drive path`);
    return clean;
}
/** The chart name in the archive's Chart.yaml. */
function archiveChartName(files, what) {
    const chartYaml = files.find((f) => f.name === 'Chart.yaml');
    if (!chartYaml)
        throw invalid(what, 'it has no Chart.yaml');
    let meta;
    try {
        meta = (0,dist.parse)(chartYaml.data.toString('utf8'), { maxAliasCount: 100 });
    }
    catch {
        throw invalid(what, 'its Chart.yaml is not valid YAML');
    }
    const name = meta?.name;
    if (typeof name !== 'string' || !name)
        throw invalid(what, 'its Chart.yaml has no name');
    return name;
}
/** Writes the files under `dir` (which should be new and empty). */
function writeChartFiles(dir, files, what) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o755 });
    for (const f of files) {
        const out = external_node_path_.join(dir, ...f.name.split('/'));
        // chartPath() refused every escape; this is the second lock.
        if (!(0,project_boundary/* isInside */.FK)(dir, out) || out === dir)
            throw invalid(what, `${f.name} points outside the chart directory`);
        try {
            (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(out), { recursive: true, mode: 0o755 });
            (0,external_node_fs_.writeFileSync)(out, f.data, { mode: 0o644 });
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOTDIR' || code === 'EISDIR' || code === 'EEXIST')
                throw invalid(what, `${f.name} is both a file and a directory`);
            throw err;
        }
    }
}

// EXTERNAL MODULE: ./lib/helm/credentials.js
var credentials = __webpack_require__(38782);
// EXTERNAL MODULE: ./lib/helm/layout.js
var layout = __webpack_require__(41248);
// EXTERNAL MODULE: ./lib/util/merge.js
var merge = __webpack_require__(45536);
;// CONCATENATED MODULE: ./lib/helm/repo-index.js
/**
 * A chart repository's index.yaml: per chart, its versions with their download URLs and
 * digests. Real indexes are large (tens of MB for the big public repositories) and a general
 * YAML parser takes seconds on them, so the layout `helm repo index` writes (and every common
 * repository server copies) is read line by line, picking out only `version`, `urls` and
 * `digest`; anything this reader is not sure about (tabs, anchors, flow or multi-line values
 * in those fields, another layout) makes it give up, and the index is parsed as YAML instead.
 * Both give the same result (test/helm/repo-index.test.ts).
 */


class NotSimple extends Error {
}
const LOOKS_TYPED = /^(?:[-+]?(?:\d[\d_]*)?(?:\.\d*)?(?:[eE][-+]?\d+)?|0x[0-9a-fA-F_]+|0o?[0-7_]+|true|false|yes|no|on|off|y|n|null|~)$/i;
/** A plain or simply quoted string scalar; throws NotSimple for anything else. */
function scalar(raw) {
    const v = raw.replace(/\s+#.*$/, '').trim();
    if (v.startsWith('"')) {
        if (!/^"(?:[^"\\]|\\.)*"$/.test(v))
            throw new NotSimple();
        return JSON.parse(v);
    }
    if (v.startsWith("'")) {
        if (!/^'(?:[^']|'')*'$/.test(v))
            throw new NotSimple();
        return v.slice(1, -1).replace(/''/g, "'");
    }
    // Empty, typed (a number, a boolean, null) or special: the YAML parser decides.
    if (v === '' || /^[&*!|>[{@`%,]/.test(v) || /: |\s#/.test(v) || LOOKS_TYPED.test(v))
        throw new NotSimple();
    return v;
}
const indentOf = (line) => line.length - line.trimStart().length;
function fastParse(text) {
    if (text.includes('\t'))
        throw new NotSimple();
    const lines = text.split(/\r?\n/);
    if (lines.slice(1).some((l) => /^(---|\.\.\.)(\s|$)/.test(l)))
        throw new NotSimple();
    const start = lines.findIndex((l) => /^entries:\s*$/.test(l));
    if (start < 0)
        throw new NotSimple();
    const out = new Map();
    let chart;
    let entry;
    let keyIndent = -1; // where an entry's keys are
    let inUrls = false;
    const finish = () => {
        if (entry) {
            if (!entry.version)
                throw new NotSimple();
            chart.push(entry);
        }
        entry = undefined;
        inUrls = false;
    };
    /** `key: value` at an entry's key column. */
    const keyLine = (text) => {
        inUrls = false;
        const m = /^([A-Za-z][\w-]*):(?:\s+(.*))?$/.exec(text);
        if (!m) {
            if (/^["'?]/.test(text))
                throw new NotSimple();
            return;
        }
        const [, key, value] = m;
        if (key === 'version')
            entry.version = scalar(value ?? '');
        else if (key === 'digest')
            entry.digest = scalar(value ?? '');
        else if (key === 'urls') {
            const v = (value ?? '').trim();
            if (v === '[]')
                return;
            if (v !== '')
                throw new NotSimple();
            inUrls = true;
        }
    };
    for (let i = start + 1; i < lines.length; i++) {
        const line = lines[i];
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        const indent = indentOf(line);
        if (indent === 0)
            break; // the next top-level key: the entries are done
        if (indent === 2 && !trimmed.startsWith('-')) {
            // A chart: `  name:` with its list below, or `  name: []`.
            finish();
            const m = /^([^\s:'"#&*!][^:#]*?):\s*(\[\])?\s*$/.exec(trimmed);
            if (!m)
                throw new NotSimple();
            if (out.has(m[1]))
                throw new NotSimple();
            chart = [];
            out.set(m[1], chart);
            keyIndent = -1;
            continue;
        }
        if (!chart)
            throw new NotSimple();
        const dash = trimmed === '-' || trimmed.startsWith('- ');
        if (dash && (keyIndent < 0 || indent + 2 === keyIndent)) {
            // A new entry, `- key: value`: its keys are two columns to the right of the dash.
            finish();
            keyIndent = indent + 2;
            entry = { version: '', urls: [] };
            const first = trimmed.slice(1).trim();
            if (first)
                keyLine(first);
            continue;
        }
        if (!entry || indent < keyIndent)
            throw new NotSimple();
        if (indent === keyIndent && !dash)
            keyLine(trimmed);
        else if (inUrls) {
            // URL items sit at the key column (sigs.k8s.io/yaml's style) or two to the right.
            if (dash && (indent === keyIndent || indent === keyIndent + 2))
                entry.urls.push(scalar(trimmed.slice(1)));
            else
                throw new NotSimple();
        }
        // Anything else is inside a field this reader does not need.
    }
    finish();
    return out;
}
/** The fast reader alone: undefined when it is not sure (exported for tests). */
function readIndexLines(text) {
    try {
        return fastParse(text);
    }
    catch (err) {
        if (err instanceof NotSimple)
            return undefined;
        throw err;
    }
}
/** The entries of a parsed index document. */
function fromDocument(doc) {
    if (!(0,merge/* isPlainObject */.Qd)(doc) || !(0,merge/* isPlainObject */.Qd)(doc.entries))
        return undefined;
    const out = new Map();
    for (const [name, list] of Object.entries(doc.entries)) {
        if (!Array.isArray(list))
            continue;
        out.set(name, list.filter(merge/* isPlainObject */.Qd).flatMap((e) => e.version === undefined || e.version === null
            ? []
            : [
                {
                    version: String(e.version),
                    urls: Array.isArray(e.urls)
                        ? e.urls.filter((u) => typeof u === 'string')
                        : [],
                    digest: typeof e.digest === 'string' ? e.digest : undefined,
                },
            ]));
    }
    return out;
}
/** The entries of an index (YAML, or JSON as some servers send); undefined when it is none. */
function parseRepoIndex(text) {
    const body = text.replace(/^\uFEFF/, '');
    if (body.trimStart().startsWith('{')) {
        try {
            return fromDocument(JSON.parse(body));
        }
        catch {
            return undefined;
        }
    }
    try {
        return fastParse(body);
    }
    catch (err) {
        if (!(err instanceof NotSimple))
            throw err;
    }
    try {
        return fromDocument((0,dist.parse)(body, { maxAliasCount: 1000, uniqueKeys: false }));
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./lib/helm/semver.js
var semver = __webpack_require__(93218);
;// CONCATENATED MODULE: ./lib/helm/chart-sources.js
/**
 * Where charts come from, without the helm binary: an HTTP(S) chart repository (its
 * `index.yaml`, then the chart archive it lists), an OCI registry (the chart's manifest and
 * content layer, through registry/), or a git repository (through `git`). Each source can
 * list the versions it offers and pull one version into a new directory, unpacked the way
 * `helm pull --untar` unpacks it.
 *
 * Everything a source sends is untrusted: index and archives are size-limited, archive
 * digests are checked when the index or manifest gives one, archives are unpacked safely
 * (archive.ts), and a git checkout is copied file by file without following links out of it.
 */

















const MAX_INDEX_BYTES = 100 * 1024 * 1024;
const MAX_ARCHIVE_BYTES = 50 * 1024 * 1024;
function chartSource(chart, ctx) {
    switch (chart.kind) {
        case 'repo':
            return new HttpRepoSource(chart, ctx);
        case 'oci':
            return new OciSource(chart, ctx);
        case 'git':
            return new GitSource(chart, ctx);
        default:
            throw new Error('local charts have no source to pull from');
    }
}
/** Versions, newest first, for "what exists" lists in errors. */
function newestFirst(versions, limit = 10) {
    const parsed = versions.map((v) => ({ v, s: (0,semver/* parseChartVersion */.gd)(v) }));
    parsed.sort((a, b) => (a.s && b.s ? (0,semver/* compareChartVersions */.ZK)(b.s, a.s) : a.s ? -1 : b.s ? 1 : 0));
    const shown = parsed.slice(0, limit).map((p) => p.v);
    return shown.length
        ? `${shown.join(', ')}${versions.length > limit ? ` and ${versions.length - limit} more` : ''}`
        : 'none';
}
/** Checks the unpacked chart against what helm-chart.yaml asked for, then writes it. */
function writePulled(chart, files, dest, version, what) {
    const name = archiveChartName(files, what);
    if (name !== chart.chartName)
        throw new errors/* UserError */.yo(`${what}: the archive holds the chart "${name}", not "${chart.chartName}"`, { file: chart.file }, 'check chartName (or the last part of the OCI URL)');
    const meta = (0,dist.parse)(files.find((f) => f.name === 'Chart.yaml').data.toString('utf8'));
    const chartYamlVersion = meta?.version === undefined ? undefined : String(meta.version);
    if (chart.kind !== 'git' && chartYamlVersion !== version)
        throw new errors/* UserError */.yo(`${what}: the archive holds version ${chartYamlVersion ?? '(none)'} of the chart, not ${version}`, { file: chart.file }, 'the repository serves a wrong archive for this version; report it to the chart maintainers');
    writeChartFiles(dest, files, what);
    return { version, chartYamlVersion };
}
/** The `Authorization` header for repository credentials, when they have a user name. */
function basicAuth(auth) {
    if (!auth?.username && !auth?.password)
        return {};
    return {
        authorization: `Basic ${Buffer.from(`${auth.username ?? ''}:${auth.password ?? ''}`).toString('base64')}`,
    };
}
function transportOf(auth) {
    return {
        insecureSkipTlsVerify: auth?.insecureSkipTlsVerify,
        caFile: auth?.caFile,
        certFile: auth?.certFile,
        keyFile: auth?.keyFile,
    };
}
class HttpRepoSource {
    chart;
    ctx;
    repo;
    auth;
    constructor(chart, ctx) {
        this.chart = chart;
        this.ctx = ctx;
        this.repo = chart.repo.replace(/\/+$/, '');
        this.auth = ctx.repoCredentials.find(this.repo);
    }
    describe() {
        return `${this.chart.chartName} from ${this.repo}`;
    }
    async get(url, withAuth, what) {
        let res;
        try {
            res = await this.ctx.http.send({
                url,
                method: 'GET',
                headers: withAuth ? basicAuth(this.auth) : {},
                transport: transportOf(this.auth),
            });
        }
        catch (err) {
            if (err instanceof registry_http/* NetworkError */.Dr) {
                const tls = err.isTlsVerification;
                throw new errors/* UserError */.yo(tls
                    ? `TLS verification of the chart repository ${url.origin} failed (${err.code})`
                    : `cannot reach the chart repository ${url.origin} ${err.message.replace(/^cannot reach registry [^ ]+ /, '')}`, { file: this.chart.file }, tls
                    ? `trust its CA with KLUCTL_HELM_HOST=${url.host} and KLUCTL_HELM_CA_FILE (or --helm-ca-file=${url.host}=FILE)`
                    : 'check the repo URL in helm-chart.yaml and your network');
            }
            throw err;
        }
        if (res.status === 401 || res.status === 403) {
            await res.body?.cancel();
            throw new errors/* UserError */.yo(this.auth
                ? `the chart repository ${url.origin} ${res.status === 401 ? 'rejected' : 'denied access with'} the credentials from ${this.auth.source} while ${what}`
                : `the chart repository ${url.origin} requires credentials (HTTP ${res.status}) while ${what}, and none were found for ${this.repo}`, { file: this.chart.file }, this.auth
                ? 'check that they are current and may read this repository'
                : `set KLUCTL_HELM_HOST=${url.host} with KLUCTL_HELM_USERNAME and KLUCTL_HELM_PASSWORD, pass --helm-creds=${url.host}=USER:PASSWORD, or run helm repo add with --username/--password`);
        }
        return res;
    }
    index() {
        const indexes = (this.ctx.indexes ??= new Map());
        let p = indexes.get(this.repo);
        if (!p) {
            p = this.fetchIndex();
            indexes.set(this.repo, p);
            p.catch(() => indexes.delete(this.repo));
        }
        return p;
    }
    async fetchIndex() {
        const url = new URL(`${this.repo}/index.yaml`);
        const res = await this.get(url, true, 'reading index.yaml');
        if (res.status === 404) {
            await res.body?.cancel();
            throw new errors/* UserError */.yo(`${this.repo} has no index.yaml (HTTP 404): it is not a Helm chart repository`, { file: this.chart.file }, 'check the repo URL in helm-chart.yaml (for an OCI registry write oci://...)');
        }
        if (res.status !== 200) {
            await res.body?.cancel();
            throw new errors/* UserError */.yo(`reading ${url.href} failed with HTTP ${res.status}`, { file: this.chart.file }, 'check the repo URL and try again later');
        }
        const bytes = await (0,registry_http/* readLimited */.tk)(res, MAX_INDEX_BYTES, `the index of ${this.repo}`);
        const entries = parseRepoIndex(bytes.toString('utf8'));
        if (!entries)
            throw new errors/* UserError */.yo(`the index.yaml of ${this.repo} is not a Helm repository index`, { file: this.chart.file }, 'check the repo URL in helm-chart.yaml');
        return { entries };
    }
    async entries() {
        const index = await this.index();
        const list = index.entries.get(this.chart.chartName);
        if (!list || list.length === 0) {
            const names = [...index.entries.keys()].sort();
            throw new errors/* UserError */.yo(`chart "${this.chart.chartName}" not found in ${this.repo} (it has ${names.length ? names.slice(0, 20).join(', ') + (names.length > 20 ? `, … ${names.length - 20} more` : '') : 'no charts'})`, { file: this.chart.file }, 'check chartName in helm-chart.yaml');
        }
        return list;
    }
    async listVersions() {
        return (await this.entries()).map((e) => e.version);
    }
    async pull(version, dest) {
        const list = await this.entries();
        const entry = findIndexEntry(list, version);
        const what = `${this.chart.chartName} ${version} from ${this.repo}`;
        if (!entry)
            throw new errors/* UserError */.yo(`version ${version} of chart ${this.chart.chartName} not found in ${this.repo} (it has ${newestFirst(list.map((e) => e.version))})`, { file: this.chart.file }, 'fix chartVersion in helm-chart.yaml');
        if (!entry.urls.length)
            throw new errors/* UserError */.yo(`${what}: the index lists no download URL`, { file: this.chart.file });
        let url;
        try {
            url = new URL(entry.urls[0], `${this.repo}/`);
        }
        catch {
            throw new errors/* UserError */.yo(`${what}: the index lists an invalid download URL`, {
                file: this.chart.file,
            });
        }
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            throw new errors/* UserError */.yo(`${what}: the index lists a download URL that is not http(s)`, {
                file: this.chart.file,
            });
        if (url.username || url.password)
            throw new errors/* UserError */.yo(`${what}: the index lists a download URL with credentials in it; not using it`, {
                file: this.chart.file,
            });
        const repoUrl = new URL(this.repo);
        // As Helm: credentials go to the repository's own host only, unless pass-credentials is set.
        const sameHost = url.protocol === repoUrl.protocol && url.host === repoUrl.host;
        const res = await this.get(url, sameHost || this.auth?.passCredentialsAll === true, `downloading ${this.chart.chartName} ${version}`);
        if (res.status !== 200) {
            await res.body?.cancel();
            throw new errors/* UserError */.yo(`downloading ${what} failed with HTTP ${res.status}`, {
                file: this.chart.file,
            });
        }
        const archive = await (0,registry_http/* readLimited */.tk)(res, MAX_ARCHIVE_BYTES, `the archive of ${what}`);
        if (entry.digest && /^[a-f0-9]{64}$/i.test(entry.digest)) {
            const got = (0,external_node_crypto_.createHash)('sha256').update(archive).digest('hex');
            if (got !== entry.digest.toLowerCase())
                throw new errors/* UserError */.yo(`${what}: the archive does not match the digest in index.yaml`, { file: this.chart.file }, 'the repository is inconsistent (or the download was tampered with); try again later or report it');
        }
        return writePulled(this.chart, readChartArchive(archive, what), dest, version, what);
    }
}
/** Helm's IndexFile.Get: the exact version string first, then the newest matching it as a constraint. */
function findIndexEntry(list, version) {
    const exact = list.find((e) => e.version === version);
    if (exact)
        return exact;
    let constraint;
    try {
        constraint = (0,semver/* parseConstraint */.FJ)(version);
    }
    catch {
        return undefined;
    }
    const candidates = list
        .map((e) => ({ e, v: (0,semver/* parseChartVersion */.gd)(e.version) }))
        .filter((x) => x.v && (0,semver/* satisfies */.ib)(x.v, constraint))
        .sort((a, b) => (0,semver/* compareChartVersions */.ZK)(b.v, a.v));
    return candidates[0]?.e;
}
const HELM_CONFIG_TYPE = 'application/vnd.cncf.helm.config.v1+json';
const CHART_LAYER_TYPES = [
    'application/vnd.cncf.helm.chart.content.v1.tar+gzip',
    'application/tar+gzip',
];
class OciSource {
    chart;
    ctx;
    ref;
    constructor(chart, ctx) {
        this.chart = chart;
        this.ctx = ctx;
        const name = chart.repo.slice('oci://'.length).replace(/\/+$/, '');
        try {
            this.ref = (0,reference/* parseImageReference */.o_)(name);
        }
        catch (err) {
            throw new errors/* UserError */.yo(`invalid OCI chart URL ${chart.repo}: ${err.message}`, { file: chart.file }, 'write it as oci://host/path/chart-name (lower case, no tag)');
        }
        if (this.ref.tag || this.ref.digest)
            throw new errors/* UserError */.yo(`the OCI chart URL ${chart.repo} must not carry a tag or digest`, { file: chart.file }, 'put the version into chartVersion');
    }
    describe() {
        return this.chart.repo;
    }
    locate(err) {
        if (err instanceof errors/* UserError */.yo && !err.file)
            throw new errors/* UserError */.yo(err.message, { file: this.chart.file }, err.hint, { cause: err });
        throw err;
    }
    async listVersions() {
        try {
            // Helm stores `+` of a version as `_` in the tag.
            return (await this.ctx.registry.listTags(this.ref)).tags.map((t) => t.replace(/_/g, '+'));
        }
        catch (err) {
            this.locate(err);
        }
    }
    async pull(version, dest) {
        const what = `${this.chart.repo} ${version}`;
        const tag = version.replace(/\+/g, '_');
        let manifest;
        try {
            manifest = await this.ctx.registry.manifest(this.ref, tag, [
                'application/vnd.oci.image.manifest.v1+json',
            ]);
        }
        catch (err) {
            if (err instanceof errors/* UserError */.yo && /tag ".*" not found/.test(err.message)) {
                const versions = await this.listVersions().catch(() => undefined);
                throw new errors/* UserError */.yo(`version ${version} of ${this.chart.repo} not found${versions ? ` (it has ${newestFirst(versions)})` : ''}`, { file: this.chart.file }, 'fix chartVersion in helm-chart.yaml');
            }
            this.locate(err);
        }
        const body = manifest.body;
        const config = body.config;
        const layers = (Array.isArray(body.layers) ? body.layers : []);
        const layer = layers.find((l) => CHART_LAYER_TYPES.includes(String(l?.mediaType)));
        if (config?.mediaType !== HELM_CONFIG_TYPE || !layer || typeof layer.digest !== 'string')
            throw new errors/* UserError */.yo(`${what} is not a Helm chart (its manifest has no chart content layer)`, { file: this.chart.file }, 'check the repo URL: it must name a chart pushed with helm push');
        let archive;
        try {
            archive = await this.ctx.registry.blob(this.ref, layer.digest, MAX_ARCHIVE_BYTES);
        }
        catch (err) {
            this.locate(err);
        }
        return writePulled(this.chart, readChartArchive(archive, what), dest, version, what);
    }
}
const GIT_TIMEOUT_MS = 5 * 60_000;
/** git with nothing from the project able to choose a transport that runs commands or reads local files. */
function runGit(args, env, cwd) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', args, {
            cwd,
            timeout: GIT_TIMEOUT_MS,
            killSignal: 'SIGKILL',
            maxBuffer: 64 * 1024 * 1024,
            env: {
                PATH: env.PATH,
                HOME: env.HOME,
                // Credential helpers and ssh keys of the user may be needed; nothing else is passed.
                SSH_AUTH_SOCK: env.SSH_AUTH_SOCK,
                GIT_SSH_COMMAND: env.GIT_SSH_COMMAND,
                GIT_TERMINAL_PROMPT: '0',
                GIT_ALLOW_PROTOCOL: 'https:http:ssh:git',
                GIT_CONFIG_NOSYSTEM: '1',
                LANG: 'C',
            },
        }, (err, stdout, stderr) => {
            if (err) {
                const e = err;
                const why = e.code === 'ENOENT'
                    ? 'git is not installed'
                    : e.killed
                        ? 'git took too long'
                        : (0,one_line/* oneLine */.T)(stderr.trim() || e.message).slice(0, 500);
                reject(new Error(why));
            }
            else
                resolve(stdout);
        });
    });
}
const MAX_GIT_CHART_BYTES = 100 * 1024 * 1024;
/** Copies a checked-out chart, regular files only; a link must stay inside the checkout. */
function copyCheckout(root, from, to, what) {
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    let total = 0;
    const open = new Set();
    const walk = (src, dst) => {
        const real = (0,external_node_fs_.realpathSync)(src);
        if (open.has(real))
            throw new errors/* UserError */.yo(`${what}: ${external_node_path_.relative(root, src)} is a symbolic link loop`);
        open.add(real);
        (0,external_node_fs_.mkdirSync)(dst, { recursive: true, mode: 0o755 });
        for (const name of (0,external_node_fs_.readdirSync)(src)) {
            if (name === '.git')
                continue;
            const s = external_node_path_.join(src, name);
            const d = external_node_path_.join(dst, name);
            let st = (0,external_node_fs_.lstatSync)(s);
            if (st.isSymbolicLink()) {
                let real;
                try {
                    real = (0,external_node_fs_.realpathSync)(s);
                }
                catch {
                    throw new errors/* UserError */.yo(`${what}: ${external_node_path_.relative(root, s)} is a broken symbolic link`);
                }
                if (!(0,project_boundary/* isInside */.FK)(realRoot, real))
                    throw new errors/* UserError */.yo(`${what}: ${external_node_path_.relative(root, s)} is a symbolic link out of the repository; not following it`);
                st = (0,external_node_fs_.statSync)(s);
            }
            if (st.isDirectory())
                walk(s, d);
            else if (st.isFile()) {
                total += st.size;
                if (total > MAX_GIT_CHART_BYTES)
                    throw new errors/* UserError */.yo(`${what}: the chart is larger than 100 MiB`);
                (0,external_node_fs_.writeFileSync)(d, (0,external_node_fs_.readFileSync)(s), { mode: 0o644 });
            }
        }
        open.delete(real);
    };
    walk(from, to);
}
function refFromVersion(version) {
    if (version.startsWith('refs/tags/'))
        return { tag: version.slice('refs/tags/'.length) };
    if (version.startsWith('refs/heads/'))
        return { branch: version.slice('refs/heads/'.length) };
    if (version.startsWith('commit/'))
        return { commit: version.slice('commit/'.length) };
    return { tag: version };
}
class GitSource {
    chart;
    ctx;
    url;
    constructor(chart, ctx) {
        this.chart = chart;
        this.ctx = ctx;
        const raw = chart.git.url;
        const u = (0,layout/* gitUrl */.WU)(raw);
        if (!['https:', 'http:', 'ssh:', 'git:'].includes(u.protocol))
            throw new errors/* UserError */.yo(`git URL ${raw} uses ${u.protocol.slice(0, -1)}, which charts may not use`, { file: chart.file }, 'use an https://, ssh:// or git:// URL (a project may not read repositories of the machine it runs on)');
        if (raw.startsWith('-'))
            throw new errors/* UserError */.yo(`invalid git URL ${raw}`, { file: chart.file });
        this.url = raw;
    }
    describe() {
        return `${this.chart.chartName} from ${this.url}`;
    }
    fail(doing, err) {
        throw new errors/* UserError */.yo(`${doing} ${this.url} failed: ${err.message}`, { file: this.chart.file }, 'check git.url and git.ref in helm-chart.yaml, and that git can reach the repository (credentials come from your git configuration)');
    }
    async listVersions() {
        let out;
        try {
            out = await runGit(['ls-remote', '--tags', '--refs', '--', this.url], this.ctx.env);
        }
        catch (err) {
            this.fail('listing the tags of', err);
        }
        return out
            .split('\n')
            .map((l) => /\trefs\/tags\/(.+)$/.exec(l)?.[1])
            .filter((t) => !!t);
    }
    async pull(version, dest) {
        const ref = refFromVersion(version);
        const work = (0,external_node_fs_.mkdtempSync)(external_node_path_.join((0,external_node_os_.tmpdir)(), 'shipshape-git-chart-'));
        try {
            try {
                if (ref.commit) {
                    await runGit(['clone', '--quiet', '--no-checkout', '--', this.url, work], this.ctx.env);
                    await runGit(['-c', 'advice.detachedHead=false', 'checkout', '--quiet', ref.commit], this.ctx.env, work);
                }
                else {
                    const name = (ref.tag ?? ref.branch);
                    if (name.startsWith('-'))
                        throw new Error(`invalid ref ${name}`);
                    await runGit(['clone', '--quiet', '--depth', '1', '--branch', name, '--', this.url, work], this.ctx.env);
                }
            }
            catch (err) {
                this.fail(`checking out ${(0,layout/* gitRefPath */.hJ)(ref)} of`, err);
            }
            const commit = (await runGit(['rev-parse', 'HEAD'], this.ctx.env, work)).trim();
            const subDir = this.chart.git.subDir;
            const from = external_node_path_.join(work, ...subDir.split('/').filter(Boolean));
            const what = `${this.chart.chartName} (${(0,layout/* gitRefPath */.hJ)(ref)} of ${this.url})`;
            if (!(0,project_boundary/* isInside */.FK)(work, from) || !(0,external_node_fs_.statSync)(from, { throwIfNoEntry: false })?.isDirectory())
                throw new errors/* UserError */.yo(`${what}: subDir ${subDir || '.'} does not exist`, { file: this.chart.file }, 'fix git.subDir');
            if (!(0,external_node_fs_.statSync)(external_node_path_.join(from, 'Chart.yaml'), { throwIfNoEntry: false })?.isFile())
                throw new errors/* UserError */.yo(`${what}: ${subDir || 'the repository root'} holds no Chart.yaml`, { file: this.chart.file }, 'point git.subDir at the chart directory');
            copyCheckout(work, from, dest, what);
            (0,external_node_fs_.writeFileSync)(external_node_path_.join(dest, '.git-info.yaml'), (0,dist.stringify)({ url: this.url, ref, commit }));
            const meta = (0,dist.parse)((0,external_node_fs_.readFileSync)(external_node_path_.join(dest, 'Chart.yaml'), 'utf8'));
            return {
                version,
                chartYamlVersion: meta?.version === undefined ? undefined : String(meta.version),
            };
        }
        finally {
            (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
        }
    }
}
/** The clients chart sources need, with credentials from the environment and flags; close() when done. */
async function openChartSources(env, flags = {}, log, 
/** Told every secret in use (passwords, tokens fetched at run time), e.g. to mask it. */
onSecret) {
    const repoCredentials = credentials/* HelmRepoCredentials */.$$.load(env, flags);
    for (const s of repoCredentials.secrets())
        onSecret?.(s);
    const ociCredentials = await (0,credentials/* loadOciCredentials */.oF)(env, flags);
    const registry = new client/* RegistryClient */.b({ credentials: ociCredentials, onSecret });
    const http = new registry_http/* HttpClient */.Qq();
    return {
        http,
        registry,
        repoCredentials,
        env,
        log,
        warnings: [...repoCredentials.warnings, ...ociCredentials.warnings],
        close: async () => {
            await Promise.all([http.close(), registry.close()]);
        },
    };
}


/***/ }),

/***/ 38782:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ HelmRepoCredentials),
/* harmony export */   oF: () => (/* binding */ loadOciCredentials)
/* harmony export */ });
/* unused harmony exports pathGlob, helmConfigHome, helmRepositoryConfig, helmRegistryConfig */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38815);
/* harmony import */ var _registry_credentials_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54620);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(99661);
/* harmony import */ var _util_merge_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(45536);
/**
 * Credentials for chart sources, found as kluctl finds them. For HTTP(S) chart
 * repositories, in this order: the `--helm-*` flags, the `KLUCTL_HELM_[<n>_]*` variables
 * (matched by host and, with PATH, a glob on the URL path), then the Helm CLI's
 * repositories.yaml (`helm repo add`, matched by URL). For OCI charts: the `--registry-*`
 * flags, `KLUCTL_REGISTRY_*`, docker's config.json and the Helm CLI's registry config
 * (`helm registry login`), through the registry client's credential lookup.
 *
 * Values never appear in messages: only where a credential came from.
 */







/**
 * A glob as kluctl compiles it (gobwas/glob with `/` as separator): `*` and `?` stay within
 * one path segment, `**` crosses segments, `{a,b}` and `[...]` as usual.
 */
function pathGlob(pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*') {
            if (pattern[i + 1] === '*') {
                re += '.*';
                i++;
            }
            else
                re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else if (c === '{') {
            const end = pattern.indexOf('}', i);
            if (end < 0)
                re += '\\{';
            else {
                re += `(?:${pattern
                    .slice(i + 1, end)
                    .split(',')
                    .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
                    .join('|')})`;
                i = end;
            }
        }
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 1);
            if (end < 0)
                re += '\\[';
            else {
                re += `[${pattern
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else
            re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
function parseBool(v) {
    if (v === undefined || v === '')
        return undefined;
    if (/^(1|t|true|yes|on)$/i.test(v))
        return true;
    if (/^(0|f|false|no|off)$/i.test(v))
        return false;
    return undefined;
}
const HELM_KEYS = [
    'HOST',
    'PATH',
    'USERNAME',
    'PASSWORD',
    'INSECURE_SKIP_TLS_VERIFY',
    'PASS_CREDENTIALS_ALL',
    'CERT_FILE',
    'KEY_FILE',
    'CA_FILE',
    'CREDENTIALS_ID',
];
/** `KLUCTL_HELM_<KEY>` and `KLUCTL_HELM_<n>_<KEY>` sets, unindexed first, then by index. */
function envEntries(env, warnings) {
    const prefix = 'KLUCTL_HELM_';
    const defaultInsecure = parseBool(env.KLUCTL_HELM_DEFAULT_INSECURE_SKIP_TLS_VERIFY) ?? false;
    const sets = new Map();
    for (const [name, value] of Object.entries(env)) {
        if (!name.startsWith(prefix) || value === undefined)
            continue;
        const rest = name.slice(prefix.length);
        if (rest === 'DEFAULT_INSECURE_SKIP_TLS_VERIFY')
            continue;
        const m = /^(?:(\d+)_)?(.+)$/.exec(rest);
        if (!HELM_KEYS.includes(m[2])) {
            warnings.push(`unknown variable ${name}`);
            continue;
        }
        const set = sets.get(m[1] ?? '') ?? {};
        set[m[2]] = value;
        sets.set(m[1] ?? '', set);
    }
    const order = [...sets.keys()].sort((a, b) => a === '' ? -1 : b === '' ? 1 : Number(a) - Number(b));
    const out = [];
    for (const index of order) {
        const s = sets.get(index);
        const source = index === '' ? 'KLUCTL_HELM_*' : `KLUCTL_HELM_${index}_*`;
        if (!s.HOST) {
            if (s.CREDENTIALS_ID)
                warnings.push(`${source}: CREDENTIALS_ID is deprecated and not supported; set HOST`);
            else
                warnings.push(`${source} has no HOST; the set is ignored`);
            continue;
        }
        out.push({
            host: s.HOST.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, ''),
            pathGlob: s.PATH ? pathGlob(s.PATH.replace(/^\/+/, '')) : undefined,
            username: s.USERNAME,
            password: s.PASSWORD,
            insecureSkipTlsVerify: parseBool(s.INSECURE_SKIP_TLS_VERIFY) ?? defaultInsecure,
            passCredentialsAll: parseBool(s.PASS_CREDENTIALS_ALL) ?? false,
            certFile: s.CERT_FILE,
            keyFile: s.KEY_FILE,
            caFile: s.CA_FILE,
            source,
        });
    }
    return out;
}
/** `<host>[/<path glob>]=<value>` flag values into entries, one per key, in order of appearance. */
function flagEntries(flags) {
    const byKey = new Map();
    const entry = (value, flag, expectValue) => {
        const eq = value.indexOf('=');
        if (expectValue && eq < 0)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--${flag} must be <host>[/<path>]=<value>, got no "=" (the credentialsId form is not supported)`);
        const key = eq < 0 ? value : value.slice(0, eq);
        let e = byKey.get(key);
        if (!e) {
            const slash = key.indexOf('/');
            e = {
                host: slash < 0 ? key : key.slice(0, slash),
                pathGlob: slash < 0 ? undefined : pathGlob(key.slice(slash + 1)),
                source: `--helm-* flags for ${key}`,
            };
            byKey.set(key, e);
        }
        return [e, eq < 0 ? '' : value.slice(eq + 1)];
    };
    for (const v of flags.helmUsername ?? []) {
        const [e, val] = entry(v, 'helm-username', true);
        e.username = val;
    }
    for (const v of flags.helmPassword ?? []) {
        const [e, val] = entry(v, 'helm-password', true);
        e.password = val;
    }
    for (const v of flags.helmKeyFile ?? []) {
        const [e, val] = entry(v, 'helm-key-file', true);
        e.keyFile = val;
    }
    for (const v of flags.helmCertFile ?? []) {
        const [e, val] = entry(v, 'helm-cert-file', true);
        e.certFile = val;
    }
    for (const v of flags.helmCaFile ?? []) {
        const [e, val] = entry(v, 'helm-ca-file', true);
        e.caFile = val;
    }
    for (const v of flags.helmInsecureSkipTlsVerify ?? [])
        entry(v, 'helm-insecure-skip-tls-verify', false)[0].insecureSkipTlsVerify = true;
    for (const v of flags.helmCreds ?? []) {
        const [e, val] = entry(v, 'helm-creds', true);
        const colon = val.indexOf(':');
        if (colon < 0)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('--helm-creds must be <host>[/<path>]=<username>:<password>');
        e.username = val.slice(0, colon);
        e.password = val.slice(colon + 1);
    }
    return [...byKey.values()];
}
/** The Helm CLI's directories, as `helm env` reports them on Linux. */
function helmConfigHome(env) {
    return (env.HELM_CONFIG_HOME ||
        node_path__WEBPACK_IMPORTED_MODULE_2__.join(env.XDG_CONFIG_HOME || node_path__WEBPACK_IMPORTED_MODULE_2__.join(env.HOME || node_os__WEBPACK_IMPORTED_MODULE_1__.homedir(), '.config'), 'helm'));
}
function helmRepositoryConfig(env) {
    return env.HELM_REPOSITORY_CONFIG || node_path__WEBPACK_IMPORTED_MODULE_2__.join(helmConfigHome(env), 'repositories.yaml');
}
function helmRegistryConfig(env) {
    return env.HELM_REGISTRY_CONFIG || node_path__WEBPACK_IMPORTED_MODULE_2__.join(helmConfigHome(env), 'registry', 'config.json');
}
/** Repositories added with `helm repo add` (missing or unreadable file: none). */
function helmRepoFileEntries(file) {
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_3__.parse)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'), { maxAliasCount: 100 });
    }
    catch {
        return [];
    }
    const list = (0,_util_merge_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Qd)(doc) && Array.isArray(doc.repositories) ? doc.repositories : [];
    return list.filter(_util_merge_js__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Qd).flatMap((r) => {
        if (typeof r.url !== 'string')
            return [];
        const s = (k) => (typeof r[k] === 'string' && r[k] ? r[k] : undefined);
        return [
            {
                url: r.url.replace(/\/+$/, ''),
                username: s('username'),
                password: s('password'),
                certFile: s('certFile'),
                keyFile: s('keyFile'),
                caFile: s('caFile'),
                insecureSkipTlsVerify: r.insecure_skip_tls_verify === true,
                passCredentialsAll: r.pass_credentials_all === true,
                source: `${file} (repository ${typeof r.name === 'string' ? r.name : r.url})`,
            },
        ];
    });
}
/** Credentials for HTTP(S) chart repositories. */
class HelmRepoCredentials {
    entries;
    repoFile;
    warnings;
    constructor(entries, repoFile, 
    /** Warnings about the environment (never values). */
    warnings) {
        this.entries = entries;
        this.repoFile = repoFile;
        this.warnings = warnings;
    }
    static load(env, flags = {}) {
        const warnings = [];
        const entries = [...flagEntries(flags), ...envEntries(env, warnings)];
        return new HelmRepoCredentials(entries, helmRepoFileEntries(helmRepositoryConfig(env)), warnings);
    }
    static none() {
        return new HelmRepoCredentials([], [], []);
    }
    /** Every secret value, so callers can scrub them from server messages. */
    secrets() {
        return [...this.entries, ...this.repoFile].flatMap((e) => (e.password ? [e.password] : []));
    }
    /** What to use for a repository URL, or undefined for anonymous access. */
    find(repoUrl) {
        const u = new URL(repoUrl);
        const urlPath = decodeURIComponent(u.pathname).replace(/^\/+/, '');
        for (const e of this.entries) {
            if (e.host.toLowerCase() !== u.host.toLowerCase())
                continue;
            if (e.pathGlob && !e.pathGlob.test(urlPath))
                continue;
            const { host: _h, pathGlob: _p, ...auth } = e;
            return auth;
        }
        const wanted = repoUrl.replace(/\/+$/, '');
        const fromFile = this.repoFile.find((r) => r.url === wanted);
        if (fromFile) {
            const { url: _u, ...auth } = fromFile;
            return auth;
        }
        return undefined;
    }
}
/** `--registry-*` flags as registry credential sets (they win over the environment's). */
function registryFlagSets(flags) {
    const byKey = new Map();
    const set = (value, flag, expectValue) => {
        const eq = value.indexOf('=');
        if (expectValue && eq < 0)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--${flag} must be <registry>[/<repo>]=<value>`);
        const key = eq < 0 ? value : value.slice(0, eq);
        let s = byKey.get(key);
        if (!s) {
            const slash = key.indexOf('/');
            s = {
                host: slash < 0 ? key : key.slice(0, slash),
                repository: slash < 0 ? undefined : key.slice(slash + 1),
                source: `--registry-* flags for ${key}`,
            };
            byKey.set(key, s);
        }
        return [s, eq < 0 ? '' : value.slice(eq + 1)];
    };
    const assign = (list, flag, apply) => {
        for (const v of list ?? []) {
            const [s, val] = set(v, flag, true);
            apply(s, val);
        }
    };
    assign(flags.registryUsername, 'registry-username', (s, v) => (s.username = v));
    assign(flags.registryPassword, 'registry-password', (s, v) => (s.password = v));
    assign(flags.registryIdentityToken, 'registry-identity-token', (s, v) => (s.identityToken = v));
    assign(flags.registryToken, 'registry-token', (s, v) => (s.registryToken = v));
    assign(flags.registryCreds, 'registry-creds', (s, v) => {
        const colon = v.indexOf(':');
        if (colon < 0)
            s.registryToken = v;
        else {
            s.username = v.slice(0, colon);
            s.password = v.slice(colon + 1);
        }
    });
    assign(flags.registryKeyFile, 'registry-key-file', (s, v) => (s.keyFile = v));
    assign(flags.registryCertFile, 'registry-cert-file', (s, v) => (s.certFile = v));
    assign(flags.registryCaFile, 'registry-ca-file', (s, v) => (s.caFile = v));
    for (const v of flags.registryPlainHttp ?? [])
        set(v, 'registry-plain-http', false)[0].plainHttp = true;
    for (const v of flags.registryInsecureSkipTlsVerify ?? [])
        set(v, 'registry-insecure-skip-tls-verify', false)[0].insecureSkipTlsVerify = true;
    return [...byKey.values()];
}
/** Credentials for OCI charts: flags, KLUCTL_REGISTRY_*, docker's config, Helm's registry config. */
async function loadOciCredentials(env, flags = {}) {
    try {
        return await _registry_credentials_js__WEBPACK_IMPORTED_MODULE_4__.RegistryCredentials.load(env, {
            extraSets: registryFlagSets(flags),
            extraConfigFiles: [helmRegistryConfig(env)],
        });
    }
    catch (err) {
        if (err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo || err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb)
            throw err;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`cannot read registry credentials: ${err.message}`);
    }
}


/***/ }),

/***/ 41248:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eh: () => (/* binding */ pulledChartDir),
/* harmony export */   H2: () => (/* binding */ HELM_CHARTS_DIR),
/* harmony export */   Jk: () => (/* binding */ isChartFile),
/* harmony export */   WU: () => (/* binding */ gitUrl),
/* harmony export */   Xv: () => (/* binding */ versionDirName),
/* harmony export */   hJ: () => (/* binding */ gitRefPath),
/* harmony export */   w4: () => (/* binding */ chartKey)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99661);
/* harmony import */ var _util_project_boundary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93948);
/**
 * Where a pulled chart lives in `.helm-charts`, exactly as kluctl lays it out, so that a
 * repository vendored by kluctl renders here unchanged and the other way round:
 *
 *   https://charts.example.com/stable + redis 1.2.3 → https_charts.example.com/stable/redis/1.2.3
 *   http://127.0.0.1:8080 + demo 0.1.0            → http_8080_127.0.0.1/demo/0.1.0
 *   oci://ghcr.io/org/charts/app 2.0.0            → oci_ghcr.io/org/charts/app/2.0.0
 *   git https://github.com/org/repo subDir charts/app, tag v1.0.0
 *                                                 → git_https_github.com/org/repo/charts/app/refs/tags/v1.0.0
 *
 * Host and path are lower-cased; a port other than the scheme's default is added to the
 * scheme part (OCI always names a port it has).
 */



const HELM_CHARTS_DIR = '.helm-charts';
/** Whether a file name is an item's Helm chart declaration (kluctl matches it case-blind). */
const isChartFile = (name) => /^helm-chart\.ya?ml$/i.test(name);
/** A git URL in URL form: scp-like `user@host:path` becomes `ssh://user@host/path`. */
function gitUrl(text) {
    const scp = /^([^@/:]+@)?([^/:]+):(?!\/\/)(.+)$/.exec(text);
    const candidate = scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text)
        ? `ssh://${scp[1] ?? ''}${scp[2]}/${scp[3]}`
        : text;
    try {
        return new URL(candidate);
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`"${text}" is not a git URL`, {}, 'write an https:// or ssh:// URL (or git@host:path)');
    }
}
/** `refs/tags/<tag>`, `refs/heads/<branch>` or `commit/<id>`: the version part of a git chart's directory. */
function gitRefPath(ref) {
    if (!ref)
        return 'HEAD';
    if (ref.tag)
        return `refs/tags/${ref.tag}`;
    if (ref.branch)
        return `refs/heads/${ref.branch}`;
    return `commit/${ref.commit.toLowerCase()}`;
}
function registryPrefix(repo) {
    const u = new URL(repo);
    const scheme = u.protocol.slice(0, -1);
    let port = u.port;
    if ((scheme === 'http' && port === '80') || (scheme === 'https' && port === '443'))
        port = '';
    const host = u.hostname.toLowerCase();
    const first = `${scheme}${port ? `_${port}` : ''}_${host}`;
    const segments = decodeURIComponent(u.pathname).toLowerCase().split('/').filter(Boolean);
    return [first, ...segments];
}
function gitPrefix(git) {
    const u = gitUrl(git.url);
    const scheme = u.protocol.slice(0, -1).toLowerCase();
    const first = `git_${scheme}${u.port ? `_${u.port}` : ''}_${u.hostname.toLowerCase()}`;
    const repoPath = decodeURIComponent(u.pathname)
        .replace(/\/+$/, '')
        .replace(/\.git$/, '')
        .toLowerCase();
    return [
        first,
        ...repoPath.split('/').filter(Boolean),
        ...git.subDir.toLowerCase().split('/').filter(Boolean),
    ];
}
/**
 * The directory holding every pulled version of a chart (`version` omitted) or one version.
 * Throws when a URL would lead outside `.helm-charts` (a path with `..`).
 */
function pulledChartDir(chartsRoot, chart, version) {
    let parts;
    if (chart.kind === 'git')
        parts = gitPrefix(chart.git);
    else if (chart.kind === 'repo' || chart.kind === 'oci') {
        parts = registryPrefix(chart.repo);
        if (chart.kind === 'repo')
            parts.push(chart.chartName);
    }
    else
        throw new Error('local charts are not pulled');
    if (version !== undefined)
        parts.push(...(chart.kind === 'git' ? version.split('/') : [version]));
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0__.join(chartsRoot, ...parts);
    if (!(0,_util_project_boundary_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(chartsRoot, dir) ||
        dir === chartsRoot ||
        parts.some((p) => p === '..' || p === '.'))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the chart source of ${chart.chartName} leads outside ${HELM_CHARTS_DIR}`, { file: chart.file }, 'remove ".." from the repository URL, chart name, git subDir or version');
    return dir;
}
/** The version directory name of a chart: chartVersion, or the git ref's path. */
function versionDirName(chart) {
    if (chart.kind === 'git')
        return gitRefPath(chart.git?.ref);
    return chart.chartVersion;
}
/** Charts that pull the same thing share one entry: repo + name (kluctl's key), or git URL + subDir. */
function chartKey(chart) {
    if (chart.kind === 'git')
        return `git ${chart.git?.url} ${chart.git?.subDir}`;
    return `${chart.repo} / ${chart.chartName}`;
}


/***/ }),

/***/ 93218:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FJ: () => (/* binding */ parseConstraint),
/* harmony export */   ZK: () => (/* binding */ compareChartVersions),
/* harmony export */   gd: () => (/* binding */ parseChartVersion),
/* harmony export */   ib: () => (/* binding */ satisfies)
/* harmony export */ });
/**
 * Chart versions and update constraints as Helm and kluctl read them: the Masterminds
 * semver v3 rules (github.com/Masterminds/semver), which differ from npm's. Versions parse
 * leniently (`v1.2`, `1` are 1.2.0 and 1.0.0); constraints know `~ ~> ^ = != > < >= <= =>
 * =<`, wildcards (`1.2.x`, `*`), hyphen ranges (`1 - 2`), AND by space or comma and OR by
 * `||`. A pre-release version only satisfies a constraint atom that has a pre-release
 * itself (`~1.2.0-0`).
 */
const NUM = '0123456789';
const ALLOWED = /^[0-9A-Za-z-]+$/;
const VERSION_RE = /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;
const onlyDigits = (s) => s.length > 0 && [...s].every((c) => NUM.includes(c));
function validPrerelease(pre) {
    return pre
        .split('.')
        .every((p) => (onlyDigits(p) ? !(p.length > 1 && p[0] === '0') : ALLOWED.test(p)));
}
/** A version the way Masterminds' NewVersion reads it, or undefined. */
function parseChartVersion(text) {
    const m = VERSION_RE.exec(text);
    if (!m)
        return undefined;
    const n = (s) => (s ? Number(s.replace(/^\./, '')) : 0);
    const parts = [n(m[1]), n(m[2]), n(m[3])];
    // Go parses into uint64; beyond JavaScript's safe integers comparisons would be wrong.
    if (parts.some((p) => !Number.isSafeInteger(p)))
        return undefined;
    const pre = m[5] ?? '';
    if (pre && !validPrerelease(pre))
        return undefined;
    return { major: parts[0], minor: parts[1], patch: parts[2], pre, original: text };
}
function comparePrePart(s, o) {
    if (s === o)
        return 0;
    if (s === '')
        return o !== '' ? -1 : 1;
    if (o === '')
        return 1;
    const sn = onlyDigits(s);
    const on = onlyDigits(o);
    if (!sn && !on)
        return s > o ? 1 : -1;
    if (!on)
        return -1; // a number sorts before a string
    if (!sn)
        return 1;
    return BigInt(s) > BigInt(o) ? 1 : -1;
}
function comparePrerelease(a, b) {
    const as = a.split('.');
    const bs = b.split('.');
    for (let i = 0; i < Math.max(as.length, bs.length); i++) {
        const d = comparePrePart(as[i] ?? '', bs[i] ?? '');
        if (d !== 0)
            return d;
    }
    return 0;
}
/** -1, 0 or 1; build metadata is ignored, as semver says. */
function compareChartVersions(a, b) {
    for (const k of ['major', 'minor', 'patch']) {
        if (a[k] !== b[k])
            return a[k] < b[k] ? -1 : 1;
    }
    if (a.pre === b.pre)
        return 0;
    if (a.pre === '')
        return 1;
    if (b.pre === '')
        return -1;
    return comparePrerelease(a.pre, b.pre);
}
const CV = String.raw `v?([0-9|x|X|\*]+)(\.[0-9|x|X|\*]+)?(\.[0-9|x|X|\*]+)?(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?`;
const OPS = String.raw `=||!=|>|<|>=|=>|<=|=<|~|~>|\^`;
const CV_BARE = CV.replace(/\((?!\?)/g, '(?:');
const ATOM_RE = new RegExp(String.raw `^\s*(${OPS})\s*(${CV})\s*$`);
const FIND_RE = new RegExp(String.raw `(${OPS})\s*(${CV_BARE})`, 'g');
const VALID_RE = new RegExp(String.raw `^(\s*(?:${OPS})\s*(?:${CV_BARE})\s*)((?:\s+|,\s*)(?:${OPS})\s*(?:${CV_BARE})\s*)*$`);
const RANGE_RE = new RegExp(String.raw `\s*(${CV_BARE})\s+-\s+(${CV_BARE})\s*`, 'g');
const isX = (s) => s === 'x' || s === 'X' || s === '*';
function parseAtom(text) {
    if (text === '') {
        return {
            op: '',
            con: { major: 0, minor: 0, patch: 0, pre: '', original: '0.0.0' },
            text,
            dirty: true,
            minorDirty: false,
            patchDirty: false,
        };
    }
    const m = ATOM_RE.exec(text);
    if (!m)
        throw new Error(`improper constraint: ${text}`);
    const [, op, written, major, minorPart, patchPart, pre] = m;
    const minor = minorPart?.slice(1);
    const patch = patchPart?.slice(1);
    const suffix = pre ?? '';
    let ver;
    let dirty = false;
    let minorDirty = false;
    let patchDirty = false;
    if (isX(major) || !major) {
        ver = `0.0.0${suffix}`;
        dirty = true;
    }
    else if (isX(minor) || !minor) {
        ver = `${major}.0.0${suffix}`;
        dirty = minorDirty = true;
    }
    else if (isX(patch) || !patch) {
        ver = `${major}.${minor}.0${suffix}`;
        dirty = patchDirty = true;
    }
    else {
        ver = `${major}.${minor}.${patch}${suffix}`;
    }
    const con = parseChartVersion(ver);
    if (!con)
        throw new Error(`improper constraint: ${text}`);
    return { op: (op ?? ''), con, text: written ?? '', dirty, minorDirty, patchDirty };
}
const lt = (a, b) => compareChartVersions(a, b) < 0;
function tilde(v, c) {
    if (lt(v, c.con))
        return false;
    if (c.con.major === 0 && c.con.minor === 0 && c.con.patch === 0 && !c.minorDirty && !c.patchDirty)
        return true;
    if (v.major !== c.con.major)
        return false;
    return v.minor === c.con.minor || c.minorDirty;
}
function caret(v, c) {
    if (lt(v, c.con))
        return false;
    if (c.con.major > 0 || c.minorDirty)
        return v.major === c.con.major;
    if (v.major > 0)
        return false;
    if (c.con.minor > 0 || c.patchDirty)
        return v.minor === c.con.minor;
    if (v.minor > 0)
        return false;
    return v.patch === c.con.patch;
}
function notEqual(v, c) {
    if (c.dirty) {
        if (c.con.major !== v.major)
            return true;
        if (c.con.minor !== v.minor && !c.minorDirty)
            return true;
        if (c.minorDirty)
            return false;
        if (c.con.patch !== v.patch && !c.patchDirty)
            return true;
        if (c.patchDirty) {
            if (v.pre !== '' || c.con.pre !== '')
                return comparePrerelease(v.pre, c.con.pre) !== 0;
            return false;
        }
    }
    return compareChartVersions(v, c.con) !== 0;
}
function greater(v, c) {
    if (!c.dirty)
        return compareChartVersions(v, c.con) > 0;
    if (v.major !== c.con.major)
        return v.major > c.con.major;
    if (c.minorDirty)
        return false;
    if (c.patchDirty)
        return v.minor > c.con.minor;
    return compareChartVersions(v, c.con) > 0;
}
function lessOrEqual(v, c) {
    if (!c.dirty)
        return compareChartVersions(v, c.con) <= 0;
    if (v.major > c.con.major)
        return false;
    return !(v.major === c.con.major && v.minor > c.con.minor && !c.minorDirty);
}
function check(v, c) {
    // Pre-releases only match atoms that ask for them (Masterminds issue 21); != included
    // when it has a wildcard.
    if (v.pre !== '' && c.con.pre === '' && (c.op !== '!=' || c.dirty))
        return false;
    switch (c.op) {
        case '':
        case '=':
            return c.dirty ? tilde(v, c) : compareChartVersions(v, c.con) === 0;
        case '!=':
            return notEqual(v, c);
        case '>':
            return greater(v, c);
        case '<':
            return compareChartVersions(v, c.con) < 0;
        case '>=':
        case '=>':
            return compareChartVersions(v, c.con) >= 0;
        case '<=':
        case '=<':
            return lessOrEqual(v, c);
        case '~':
        case '~>':
            return tilde(v, c);
        case '^':
            return caret(v, c);
    }
}
/** Parses a constraint; throws an Error with Masterminds' wording when it is not one. */
function parseConstraint(text) {
    const rewritten = text.replace(RANGE_RE, (_m, a, b) => `>= ${a}, <= ${b} `);
    const groups = rewritten.split('||').map((part) => {
        if (!VALID_RE.test(part))
            throw new Error(`improper constraint: ${part}`);
        const found = part.match(FIND_RE) ?? [part];
        return found.map(parseAtom);
    });
    return {
        text,
        groups,
        allowsPrereleases: groups.some((g) => g.some((a) => a.con.pre !== '')),
    };
}
function satisfies(v, c) {
    return c.groups.some((and) => and.every((atom) => check(v, atom)));
}


/***/ }),

/***/ 31517:
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
// EXTERNAL MODULE: ./lib/registry/http.js
var http = __webpack_require__(69127);
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
    onSecret;
    constructor(opts = {}) {
        this.http = new http/* HttpClient */.Qq(opts);
        this.credentials = opts.credentials ?? credentials.RegistryCredentials.none();
        this.maxPages = opts.maxPages ?? 100;
        this.pageSize = opts.pageSize ?? 1000;
        this.onSecret = opts.onSecret ?? (() => undefined);
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
    /**
     * The manifest of a tag, parsed, with its digest (sha256 of the bytes received). For
     * artifacts such as Helm charts: `accept` names the manifest types wanted.
     */
    async manifest(ref, tag, accept, counter) {
        // A registered digest is asked for as is (and the answer checked against it).
        if (!(0,reference/* isRegisteredDigest */.Xx)(tag))
            checkTag(ref, tag);
        const host = await this.host(ref, counter);
        const url = new URL(`${host.base}/v2/${ref.repository}/manifests/${tag}`);
        const res = await this.request(ref, url, 'GET', { accept: accept.join(', ') }, counter);
        if (res.status === 404) {
            await res.body?.cancel();
            throw this.tagNotFound(ref, tag);
        }
        if (res.status !== 200)
            throw await this.failure(ref, res, `reading the manifest of ${tag}`);
        const bytes = await (0,http/* readLimited */.tk)(res, MAX_MANIFEST_BYTES, `${(0,reference/* repositoryKey */.Kq)(ref)}:${tag}: the manifest`);
        let body;
        try {
            body = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            body = undefined;
        }
        if (!body || typeof body !== 'object' || Array.isArray(body))
            throw new errors/* UserError */.yo(`${(0,reference/* repositoryKey */.Kq)(ref)}:${tag}: the registry sent a manifest that is not JSON`);
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
        if ((0,reference/* isRegisteredDigest */.Xx)(tag) && tag.startsWith('sha256:') && tag !== digest)
            throw new errors/* UserError */.yo(`${(0,reference/* repositoryKey */.Kq)(ref)}@${tag}: the manifest the registry sent does not match the digest asked for`, {}, 'report this to the registry operator');
        return { digest, body: body };
    }
    /** A blob, at most `maxBytes` long and checked against its (registered) digest. */
    async blob(ref, digest, maxBytes, counter) {
        if (!(0,reference/* isRegisteredDigest */.Xx)(digest))
            throw new errors/* UserError */.yo(`${(0,reference/* repositoryKey */.Kq)(ref)}: refusing to fetch a blob by the invalid digest "${digest}"`, {}, 'report this to the registry operator');
        const host = await this.host(ref, counter);
        const url = new URL(`${host.base}/v2/${ref.repository}/blobs/${digest}`);
        const res = await this.request(ref, url, 'GET', {}, counter);
        if (res.status !== 200)
            throw await this.failure(ref, res, `reading blob ${digest}`);
        const bytes = await (0,http/* readLimited */.tk)(res, maxBytes, `${(0,reference/* repositoryKey */.Kq)(ref)}: blob ${digest}`);
        const [algorithm, hex] = digest.split(':');
        if ((0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('hex') !== hex)
            throw new errors/* UserError */.yo(`${(0,reference/* repositoryKey */.Kq)(ref)}: the blob the registry sent does not match its digest ${digest}`, {}, 'report this to the registry operator');
        return bytes;
    }
    // ---- pushing (shipshape oci push) ----
    /** Uploads a blob unless the repository has it (monolithic upload); returns its digest. */
    async pushBlob(ref, bytes, counter) {
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
        const host = await this.host(ref, counter);
        const base = `${host.base}/v2/${ref.repository}/blobs`;
        const head = await this.request(ref, new URL(`${base}/${digest}`), 'HEAD', {}, counter, {});
        await head.body?.cancel();
        if (head.status === 200)
            return digest;
        const start = await this.request(ref, new URL(`${base}/uploads/`), 'POST', {}, counter, {});
        await start.body?.cancel();
        const location = start.headers.get('location');
        if (start.status !== 202 || !location)
            throw new errors/* UserError */.yo(`${(0,reference/* repositoryKey */.Kq)(ref)}: starting a blob upload failed with HTTP ${start.status}`);
        const url = new URL(location, `${host.base}/`);
        if (url.origin !== new URL(host.base).origin)
            throw new errors/* UserError */.yo(`${(0,reference/* repositoryKey */.Kq)(ref)}: the registry sent an upload location on another host; not following it`);
        url.searchParams.set('digest', digest);
        const put = await this.request(ref, url, 'PUT', { 'content-type': 'application/octet-stream' }, counter, { body: bytes });
        if (put.status !== 201)
            throw await this.failure(ref, put, `uploading blob ${digest}`);
        await put.body?.cancel();
        return digest;
    }
    /** Puts a manifest under a tag; returns its digest. */
    async pushManifest(ref, tag, mediaType, bytes, counter) {
        checkTag(ref, tag);
        const host = await this.host(ref, counter);
        const url = new URL(`${host.base}/v2/${ref.repository}/manifests/${tag}`);
        const res = await this.request(ref, url, 'PUT', { 'content-type': mediaType }, counter, {
            body: bytes,
        });
        if (res.status !== 201)
            throw await this.failure(ref, res, `putting the manifest of ${tag}`);
        await res.body?.cancel();
        return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
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
                if (err instanceof http/* NetworkError */.Dr && err.isTlsVerification)
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
                    for (const secret of [a.password, a.identityToken, a.registryToken])
                        if (secret)
                            this.onSecret(secret);
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
    async authorization(ref, host, counter, fresh, actions = 'pull') {
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
        const scope = `repository:${ref.repository}:${actions}`;
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
        this.onSecret(value);
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
    async request(ref, url, method, headers, counter, push) {
        const host = await this.host(ref, counter);
        for (let attempt = 0;; attempt++) {
            const authorization = await this.authorization(ref, host, counter, attempt > 0, push ? 'pull,push' : 'pull');
            const res = await this.http.send({
                url,
                method,
                headers: authorization ? { ...headers, authorization } : headers,
                body: push?.body,
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
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
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

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RegistryCredentials: () => (/* binding */ RegistryCredentials)
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
        return DockerConfig.loadFile(external_node_path_.join(dir, 'config.json'), env, runHelper);
    }
    /** A file in docker's config.json format (Helm's registry config is one); missing is empty. */
    static async loadFile(file, env, runHelper = runCredentialHelper) {
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
    dockers;
    warnings;
    constructor(sets, defaultTlsVerify, dockers, 
    /** Warnings about the environment (never values). */
    warnings) {
        this.sets = sets;
        this.defaultTlsVerify = defaultTlsVerify;
        this.dockers = dockers;
        this.warnings = warnings;
    }
    /**
     * `extraSets` (e.g. from command-line flags) come before the environment's sets;
     * `extraConfigFiles` (e.g. Helm's registry config) are asked after the docker config.
     */
    static async load(env, opts = {}) {
        const cfg = readEnvRegistryConfig(env);
        const dockers = opts.dockerConfig === false ? [] : [await DockerConfig.load(env, opts.runHelper)];
        for (const file of opts.extraConfigFiles ?? [])
            dockers.push(await DockerConfig.loadFile(file, env, opts.runHelper));
        return new RegistryCredentials([...(opts.extraSets ?? []), ...cfg.sets], cfg.defaultTlsVerify, dockers, cfg.warnings);
    }
    /** No credentials and default TLS: for tests and anonymous use. */
    static none() {
        return new RegistryCredentials([], true, [], []);
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
        for (const docker of this.dockers) {
            const found = await docker.lookup(domain);
            if (found)
                return found;
        }
        return undefined;
    }
}


/***/ }),

/***/ 69127:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ NetworkError),
/* harmony export */   Qq: () => (/* binding */ HttpClient),
/* harmony export */   tk: () => (/* binding */ readLimited)
/* harmony export */ });
/* unused harmony exports proxySettings, parseRetryAfter */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70370);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99661);
/* harmony import */ var _util_net_address_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18346);
/* harmony import */ var _util_undici_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65522);





const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;
/**
 * The proxy settings every HTTP client honours (curl, docker, Go): `https_proxy` /
 * `HTTPS_PROXY` for https, `http_proxy` / `HTTP_PROXY` for http (and for https when no
 * HTTPS proxy is set, as undici and Node do), `no_proxy` / `NO_PROXY` (host names, domain
 * suffixes, `host:port`, `*`). Lower case wins, as in curl. Undefined without a proxy.
 */
function proxySettings(env) {
    const read = (name) => env[name.toLowerCase()] || env[name] || undefined;
    const httpProxy = read('HTTP_PROXY');
    const httpsProxy = read('HTTPS_PROXY');
    if (!httpProxy && !httpsProxy)
        return undefined;
    return { httpProxy, httpsProxy, noProxy: read('NO_PROXY') ?? '' };
}
/** A network-level failure (no HTTP answer), with the system error code when there is one. */
class NetworkError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
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
    proxy;
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
        this.proxy = proxySettings(opts.env ?? process.env);
        this.isInternalHost = opts.isInternalHost;
    }
    isInternalHost;
    agent(t, { Agent, EnvHttpProxyAgent }) {
        const key = JSON.stringify([t.insecureSkipTlsVerify, t.caFile, t.certFile, t.keyFile]);
        let agent = this.agents.get(key);
        if (!agent) {
            const read = (file, what) => {
                if (!file)
                    return undefined;
                try {
                    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file);
                }
                catch (err) {
                    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cannot read the registry ${what} file: ${err.code}`, { file }, `fix KLUCTL_REGISTRY_${what.toUpperCase()}_FILE`);
                }
            };
            const tls = {
                rejectUnauthorized: !t.insecureSkipTlsVerify,
                ca: read(t.caFile, 'ca'),
                cert: read(t.certFile, 'cert'),
                key: read(t.keyFile, 'key'),
            };
            // Through a proxy the registry's TLS runs inside the CONNECT tunnel (requestTls).
            agent = this.proxy
                ? new EnvHttpProxyAgent({ ...this.proxy, connect: tls, requestTls: tls })
                : new Agent({ connect: tls });
            this.agents.set(key, agent);
        }
        return agent;
    }
    limit(host) {
        let l = this.limits.get(host);
        if (!l) {
            l = (0,p_limit__WEBPACK_IMPORTED_MODULE_3__/* ["default"] */ .A)(this.o.perHostConcurrency);
            this.limits.set(host, l);
        }
        return l;
    }
    /** Sends a request; the caller reads or cancels the body of what comes back. */
    async send(req) {
        const undici = await (0,_util_undici_js__WEBPACK_IMPORTED_MODULE_4__/* .loadUndici */ .b)();
        const dispatcher = this.agent(req.transport, undici);
        for (let attempt = 1;; attempt++) {
            this.requests++;
            if (req.counter)
                req.counter.requests++;
            let res;
            try {
                res = await this.limit(req.url.host)(() => this.fetchFollowing(req, dispatcher, undici.fetch));
            }
            catch (err) {
                if (err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo)
                    throw err;
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
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${req.url.host} is rate limiting (HTTP ${res.status}) and asks to wait ${Math.ceil(retryAfter / 1000)} s, longer than the ${this.o.retryAfterCeilingMs / 1000} s this run waits`, {}, 'run again later, or authenticate to get a higher rate limit');
            }
            await this.o.sleep(retryAfter ?? this.backoff(attempt));
        }
    }
    /**
     * One request, following redirects ourselves (registries send blobs to storage hosts) so
     * that the registry cannot send us where it chooses: never from HTTPS to plain HTTP, never
     * from a public address to an internal one (loopback, link-local metadata services, private
     * networks), and the Authorization header never to another origin.
     */
    async fetchFollowing(req, dispatcher, fetch) {
        let url = req.url;
        let method = req.method;
        let body = req.body;
        let headers = { 'user-agent': this.o.userAgent, ...req.headers };
        const fromInternal = await this.internal(req.url.hostname);
        for (let hops = 0;; hops++) {
            const res = await fetch(url, {
                method,
                headers,
                body,
                dispatcher,
                redirect: 'manual',
                signal: AbortSignal.timeout(this.o.timeoutMs),
            });
            const location = REDIRECTS.has(res.status) ? res.headers.get('location') : null;
            if (!location)
                return res;
            await res.body?.cancel();
            const next = new URL(location, url);
            const refuse = (why) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${req.url.host} redirected ${req.method} ${req.url.pathname} ${why}; not following it`, {}, 'check the registry address; a registry should not send clients there');
            if (hops >= MAX_REDIRECTS)
                throw refuse(`more than ${MAX_REDIRECTS} times`);
            if (next.protocol !== 'https:' && next.protocol !== 'http:')
                throw refuse(`to a ${next.protocol} URL`);
            if (url.protocol === 'https:' && next.protocol === 'http:')
                throw refuse('to plain HTTP');
            if (!fromInternal && (await this.internal(next.hostname)))
                throw refuse(`to an internal address (${next.hostname})`);
            if (next.origin !== url.origin)
                headers = Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'authorization'));
            if (res.status === 303) {
                method = 'GET';
                body = undefined;
            }
            url = next;
        }
    }
    // One lookup per host and client: a tag listing makes hundreds of requests to one host.
    internalHosts = new Map();
    internal(host) {
        let p = this.internalHosts.get(host);
        if (!p) {
            p = (this.isInternalHost ?? _util_net_address_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvesInternal */ .D)(host);
            this.internalHosts.set(host, p);
        }
        return p;
    }
    backoff(attempt) {
        return this.o.backoffMs * 2 ** (attempt - 1);
    }
    async close() {
        await Promise.all([...this.agents.values()].map((a) => a.close()));
        this.agents.clear();
    }
}
/** A response body of at most `max` bytes; a longer one is cut off with an error. */
async function readLimited(res, max, what) {
    const length = Number(res.headers.get('content-length'));
    if (Number.isFinite(length) && length > max) {
        await res.body?.cancel();
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what} is larger than ${Math.round(max / 1024 / 1024)} MiB; not reading it`);
    }
    const chunks = [];
    let size = 0;
    if (res.body) {
        for await (const chunk of res.body) {
            size += chunk.length;
            if (size > max) {
                await res.body.cancel().catch(() => undefined);
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${what} is larger than ${Math.round(max / 1024 / 1024)} MiB; not reading it`);
            }
            chunks.push(Buffer.from(chunk));
        }
    }
    return Buffer.concat(chunks);
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


/***/ }),

/***/ 18346:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ resolvesInternal),
/* harmony export */   K: () => (/* binding */ isInternalAddress)
/* harmony export */ });
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71553);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77030);
/**
 * Which addresses a host on the internet should not be able to make us call: loopback,
 * link-local (where the cloud metadata services answer), private networks, unique-local,
 * multicast and unspecified addresses. Used where a stranger chooses a URL (http vars
 * sources) or where a server chooses where we go next (a registry's redirect).
 */


function ipv4Blocked(ip) {
    const [a, b] = ip.split('.').map(Number);
    return (a === 0 ||
        a === 10 ||
        a === 127 ||
        (a === 169 && b === 254) ||
        (a === 172 && b >= 16 && b <= 31) ||
        (a === 192 && b === 168) ||
        (a === 100 && b >= 64 && b <= 127) ||
        a >= 224);
}
/** Loopback, link-local, private, unique-local, multicast and unspecified addresses. */
function isInternalAddress(ip) {
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(ip) === 4)
        return ipv4Blocked(ip);
    const v6 = ip.toLowerCase();
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(v6);
    if (mapped)
        return ipv4Blocked(mapped[1]);
    return v6 === '::' || v6 === '::1' || /^fe[89ab]/.test(v6) || /^f[cd]/.test(v6) || /^ff/.test(v6);
}
/** Whether `host` (a name or an address) resolves to an internal address; unresolvable: false. */
async function resolvesInternal(host) {
    const bare = host.replace(/^\[|\]$/g, '');
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(bare))
        return isInternalAddress(bare);
    try {
        const addresses = await (0,node_dns_promises__WEBPACK_IMPORTED_MODULE_0__.lookup)(bare, { all: true });
        return addresses.some((a) => isInternalAddress(a.address));
    }
    catch {
        return false;
    }
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

/***/ 65522:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ loadUndici)
/* harmony export */ });
let loading;
function loadUndici() {
    return (loading ??= __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 24371, 19)));
}


/***/ })

};
