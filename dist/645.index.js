export const id = 645;
export const ids = [645];
export const modules = {

/***/ 45703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ readChartConfig),
/* harmony export */   FO: () => (/* binding */ parseRawChartYaml)
/* harmony export */ });
/* unused harmony exports DEFAULT_OUTPUT, isOciUrl */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99661);
/* harmony import */ var _util_merge_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(45536);
/* harmony import */ var _util_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(861);
/* harmony import */ var _util_yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9925);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93218);
/**
 * `helm-chart.yaml`: where a chart comes from, which version, and how it is rendered.
 * kluctl's Helm integration docs are the spec, kluctl the oracle; the `git` source is the
 * one later kluctl versions added. Every problem names the file, the line and the fix.
 */






const DEFAULT_OUTPUT = 'helm-rendered.yaml';
const FIELDS = {
    repo: 'string',
    path: 'string',
    git: 'map',
    credentialsId: 'string',
    chartName: 'string',
    chartVersion: 'string',
    updateConstraints: 'string',
    releaseName: 'string',
    namespace: 'string',
    output: 'string',
    skipCRDs: 'boolean',
    skipUpdate: 'boolean',
    skipPrePull: 'boolean',
};
const GIT_FIELDS = { url: 'string', ref: 'any', subDir: 'string' };
const REF_FIELDS = { branch: 'string', tag: 'string', commit: 'string' };
const isOciUrl = (repo) => repo.startsWith('oci://');
/** The name a git chart goes by: its subDir's last part, else the repository's. */
function gitChartName(git) {
    const base = (p) => p.replace(/\/+$/, '').split('/').pop() ?? '';
    if (git.subDir)
        return base(git.subDir);
    return base(git.url.replace(/\.git\/?$/, '').replace(/^[^:/]+@[^:]+:/, '/'));
}
function scalarText(v) {
    if (v === undefined || v === null)
        return undefined;
    return String(v);
}
const TEMPLATE_STATEMENT = /\{%|\{#/;
/**
 * Refuses a helm-chart.yaml that is not plain YAML before rendering: `helm-pull` reads it
 * without a target, so it cannot render it (kluctl's documented limitation).
 */
function parseRawChartYaml(text, file) {
    const m = TEMPLATE_STATEMENT.exec(text);
    if (m) {
        const line = text.slice(0, m.index).split('\n').length;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('helm-chart.yaml must stay plain YAML: it uses a template statement ({% ... %} or {# ... #})', { file, line }, 'helm-pull reads helm-chart.yaml without a target, so it cannot render it: keep control structures out (put conditions in helm-values.yaml or in deployment.yaml `when`), and quote values that contain {{ }} expressions');
    }
    try {
        return (0,_util_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYaml */ .hN)(text, file);
    }
    catch (err) {
        if (err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${err.message} (helm-chart.yaml must be valid YAML before it is rendered)`, { file, line: err.line, col: err.col }, 'quote values that contain {{ }} expressions, e.g. namespace: "{{ target.name }}"');
        throw err;
    }
}
/**
 * Reads a parsed helm-chart.yaml. `rendered` says whether templates were rendered; when
 * not (helm-pull, helm-update), fields that decide what to pull may not contain `{{`.
 */
function readChartConfig(doc, opts) {
    const schema = new _util_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .Schema */ .S(doc);
    const top = schema.object(doc.value ?? {}, [], 'helm-chart.yaml', { helmChart: 'map' }, [
        'helmChart',
    ]);
    const at = ['helmChart'];
    // `namespace: {{ x }}` is a YAML mapping, not a template: say how to write it.
    if ((0,_util_merge_js__WEBPACK_IMPORTED_MODULE_5__/* .isPlainObject */ .Qd)(top.helmChart))
        for (const [k, type] of Object.entries(FIELDS)) {
            const v = top.helmChart[k];
            if (type === 'string' && ((0,_util_merge_js__WEBPACK_IMPORTED_MODULE_5__/* .isPlainObject */ .Qd)(v) || Array.isArray(v)))
                throw schema.error([...at, k], `helmChart.${k} must be a string`, `quote values that contain {{ }} expressions, e.g. ${k}: "{{ target.name }}"`);
        }
    const c = schema.object(top.helmChart, at, 'helmChart', FIELDS, ['releaseName']);
    const err = (field, message, hint) => schema.error(field ? [...at, field] : at, message, hint);
    const str = (k) => scalarText(c[k]);
    const sources = ['repo', 'path', 'git'].filter((k) => c[k] !== undefined && c[k] !== null && c[k] !== '');
    if (sources.length === 0)
        throw err(undefined, 'helmChart needs one of repo, path or git', 'add repo (with chartName and chartVersion), path (a chart inside the project) or git');
    if (sources.length > 1)
        throw err(sources[1], `helmChart can have only one of repo, path and git (found ${sources.join(', ')})`, `remove ${sources.slice(1).join(' and ')}`);
    if (!opts.rendered) {
        for (const k of ['repo', 'path', 'chartName', 'chartVersion']) {
            if (str(k)?.includes('{{'))
                throw err(k, `${k} contains a template expression, but helm-pull and helm-update read helm-chart.yaml without rendering it`, `write ${k} as a plain value`);
        }
    }
    const releaseName = str('releaseName');
    const output = str('output') ?? DEFAULT_OUTPUT;
    if (node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(output) || output.split(/[/\\]/).includes('..') || output === '')
        throw err('output', `output "${output}" must be a file name inside the directory of helm-chart.yaml`, 'use a relative file name such as helm-rendered.yaml');
    const base = {
        file: doc.file,
        releaseName,
        namespace: str('namespace'),
        output,
        skipCRDs: c.skipCRDs === true,
        skipUpdate: c.skipUpdate === true,
        skipPrePull: c.skipPrePull === true,
        credentialsId: str('credentialsId'),
        updateConstraints: str('updateConstraints'),
    };
    if (base.updateConstraints !== undefined) {
        try {
            (0,_semver_js__WEBPACK_IMPORTED_MODULE_4__/* .parseConstraint */ .FJ)(base.updateConstraints);
        }
        catch (e) {
            throw err('updateConstraints', `invalid updateConstraints "${base.updateConstraints}": ${e.message}`, 'use the Masterminds semver syntax, e.g. ~1.2.0, ^2, >=1.0.0 <2.0.0');
        }
    }
    const chartVersion = str('chartVersion');
    if (sources[0] === 'path') {
        for (const k of ['chartName', 'chartVersion', 'updateConstraints']) {
            if (c[k] !== undefined && c[k] !== null)
                throw err(k, `${k} can not be used with path (a local chart has its own name and version in Chart.yaml)`, `remove ${k}, or use repo/git instead of path`);
        }
        const p = str('path');
        if (node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(p))
            throw err('path', `path "${p}" is absolute`, 'write it relative to the directory of helm-chart.yaml; the chart must be inside the project');
        return { ...base, kind: 'local', path: p, chartName: node_path__WEBPACK_IMPORTED_MODULE_0__.basename(p) };
    }
    if (sources[0] === 'git') {
        const git = readGit(schema, c.git);
        if (c.chartName !== undefined && c.chartName !== null)
            throw err('chartName', 'chartName can not be used with git: the chart is named by git.subDir (or the repository)', 'remove chartName');
        if (chartVersion !== undefined)
            throw err('chartVersion', 'chartVersion can not be used with git: the git ref is the version', 'pin the version with git.ref.tag (or branch / commit) and remove chartVersion');
        const name = gitChartName(git);
        if (!/[a-zA-Z_-]/.test(name))
            throw err('git', `cannot tell the chart's name from the git source "${git.url}"${git.subDir ? ` (subDir ${git.subDir})` : ''}`, 'point subDir at the chart directory');
        const ref = git.ref;
        return {
            ...base,
            kind: 'git',
            git,
            chartName: name,
            chartVersion: ref ? (ref.tag ?? ref.branch ?? ref.commit) : undefined,
        };
    }
    const repo = str('repo').trim();
    let url;
    try {
        url = new URL(repo);
    }
    catch {
        throw err('repo', `repo "${repo}" is not a URL`, 'write the repository URL, e.g. https://charts.example.com or oci://registry.example.com/charts/name');
    }
    if (!['http:', 'https:', 'oci:'].includes(url.protocol))
        throw err('repo', `repo "${repo}" has the unsupported scheme ${url.protocol.slice(0, -1)}`, 'use an http(s):// chart repository or an oci:// chart');
    if (url.username || url.password)
        throw err('repo', 'repo must not contain credentials', 'remove them from the URL; pass credentials with KLUCTL_HELM_* variables, --helm-* flags or helm repo add');
    if (chartVersion === undefined)
        throw err(undefined, 'helmChart with repo needs chartVersion', 'add chartVersion: the chart version to pull (shipshape helm-update lists the available ones)');
    if (!(0,_semver_js__WEBPACK_IMPORTED_MODULE_4__/* .parseChartVersion */ .gd)(chartVersion))
        throw err('chartVersion', `chartVersion "${chartVersion}" is not a semantic version`, 'write a version such as 1.2.3');
    if (isOciUrl(repo)) {
        if (c.chartName !== undefined && c.chartName !== null)
            throw err('chartName', 'chartName can not be used with an oci:// repo: the chart is the last part of the URL', `remove chartName, and end repo with the chart's name (oci://host/path/${String(c.chartName)})`);
        const name = repo.replace(/\/+$/, '').split('/').pop() ?? '';
        if (!/[a-zA-Z_-]/.test(name) || url.pathname.replace(/\/+$/, '') === '')
            throw err('repo', `invalid OCI chart URL "${repo}"`, 'write it as oci://host/path/chart-name');
        return { ...base, kind: 'oci', repo, chartName: name, chartVersion };
    }
    const chartName = str('chartName');
    if (!chartName)
        throw err(undefined, 'helmChart with an http(s) repo needs chartName', 'add chartName: the name of the chart in the repository');
    if (chartName.includes('/') || chartName === '.' || chartName === '..')
        throw err('chartName', `chartName "${chartName}" is not a chart name`, 'write the name as listed in the repository index');
    return { ...base, kind: 'repo', repo, chartName, chartVersion };
}
function readGit(schema, value) {
    const at = ['helmChart', 'git'];
    const g = schema.object(value, at, 'helmChart.git', GIT_FIELDS, ['url']);
    const url = String(g.url);
    let ref;
    if (typeof g.ref === 'string') {
        // The older string form names a branch or tag; tags are what helm-update can bump.
        ref = g.ref.startsWith('refs/tags/')
            ? { tag: g.ref.slice('refs/tags/'.length) }
            : { branch: g.ref.replace(/^refs\/heads\//, '') };
    }
    else if (g.ref !== undefined && g.ref !== null) {
        if (!(0,_util_merge_js__WEBPACK_IMPORTED_MODULE_5__/* .isPlainObject */ .Qd)(g.ref))
            throw schema.error([...at, 'ref'], 'git.ref must be a mapping with one of branch, tag or commit');
        const r = schema.object(g.ref, [...at, 'ref'], 'git.ref', REF_FIELDS);
        const set = Object.keys(r).filter((k) => r[k] !== undefined && r[k] !== null && r[k] !== '');
        if (set.length !== 1)
            throw schema.error([...at, 'ref'], 'git.ref needs exactly one of branch, tag or commit', 'e.g. ref: {tag: v1.2.3}');
        ref = { [set[0]]: String(r[set[0]]) };
        if (ref.commit && !/^[0-9a-f]{7,64}$/i.test(ref.commit))
            throw schema.error([...at, 'ref', 'commit'], `git.ref.commit "${ref.commit}" is not a commit id`, 'write the full hexadecimal commit id');
    }
    const subDir = g.subDir === undefined || g.subDir === null ? '' : String(g.subDir).replace(/^\/+|\/+$/g, '');
    if (subDir.split('/').includes('..') || node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(String(g.subDir ?? '')))
        throw schema.error([...at, 'subDir'], `git.subDir "${String(g.subDir)}" must be a path inside the repository`, 'write it relative to the repository root, without ..');
    return { url, ref, subDir };
}


/***/ }),

/***/ 64842:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ib: () => (/* binding */ helmScratchDir),
/* harmony export */   hV: () => (/* binding */ chartDigest),
/* harmony export */   m5: () => (/* binding */ materializeChart)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99661);
/* harmony import */ var _util_scratch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71474);
/**
 * The chart directory `helm template` reads. Helm follows symbolic links inside a chart
 * directory, and `.Files.Get` would then read whatever they point at; a vendored or local
 * chart comes from the project, so a chart holding any link (or anything else but
 * directories and regular files) is copied first: regular files only, every link checked
 * against the project's boundary and replaced by what it points to. Other charts are read
 * where they are. Either way the chart's content hash identifies it for the
 * one-helm-process-per-chart cache.
 *
 * Copies live in one directory per process, named by that hash, so a chart used by many
 * items (or by both sides of a diff) is copied once, and a copy outlives any one render
 * that uses it. The directory is removed when the process exits.
 */






const MAX_CHART_BYTES = 100 * 1024 * 1024;
const MAX_CHART_FILES = 10_000;
let root;
/** This process's scratch directory for Helm work (chart copies, on-demand pulls). */
function helmScratchDir() {
    if (!root) {
        const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_3__.join((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'shipshape-helm-'));
        root = dir;
        process.once('exit', () => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true }));
        (0,_util_scratch_js__WEBPACK_IMPORTED_MODULE_5__/* .removeIfInterrupted */ .Qf)(dir);
    }
    return root;
}
/**
 * Every regular file of a chart directory, links resolved inside `boundary`; `plain` when
 * the directory holds nothing but directories and regular files.
 */
function readChartDir(src, boundary, what) {
    const out = [];
    let plain = true;
    let bytes = 0;
    const open = new Set();
    const walk = (from, rel) => {
        const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(from);
        if (open.has(real))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${what}: ${rel || '.'} is a symbolic link loop`, { file: from });
        open.add(real);
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(from).sort()) {
            const s = node_path__WEBPACK_IMPORTED_MODULE_3__.join(from, name);
            const r = rel ? `${rel}/${name}` : name;
            let st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(s);
            if (st.isSymbolicLink()) {
                boundary.check(s, `file of chart ${what}`);
                st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(s);
                plain = false;
            }
            if (st.isDirectory())
                walk(s, r);
            else if (st.isFile()) {
                bytes += st.size;
                if (out.length >= MAX_CHART_FILES || bytes > MAX_CHART_BYTES)
                    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`chart ${what} is too large (more than ${MAX_CHART_FILES} files or ${MAX_CHART_BYTES / 1024 / 1024} MiB)`, { file: src }, 'use a smaller chart');
                out.push({ rel: r, data: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(s) });
            }
            else
                plain = false; // a FIFO or device: helm must not open it
        }
        open.delete(real);
    };
    walk(src, '');
    return { files: out, plain };
}
function digestOf(files) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const f of files)
        hash.update(`${f.rel}\0${f.data.length}\0`).update(f.data);
    return hash.digest('hex');
}
/** The hash materializeChart gives chart `src`, without copying it. */
function chartDigest(src, boundary, what) {
    return digestOf(readChartDir(src, boundary, what).files);
}
/**
 * The directory helm may read for chart `src` (inside `boundary`), and the hash of the
 * chart's content. A chart of directories and regular files only is read where it is;
 * any other is copied with its links replaced by what they point to.
 */
function materializeChart(src, boundary, what) {
    const { files, plain } = readChartDir(src, boundary, what);
    const digest = digestOf(files);
    if (plain)
        return { dir: src, hash: digest };
    // Named like the chart: helm's messages name the directory.
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3__.join(helmScratchDir(), 'charts', digest.slice(0, 32), node_path__WEBPACK_IMPORTED_MODULE_3__.basename(src));
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(dir)) {
        const staging = `${dir}.${process.pid}.${Math.random().toString(36).slice(2)}`;
        for (const f of files) {
            const out = node_path__WEBPACK_IMPORTED_MODULE_3__.join(staging, ...f.rel.split('/'));
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(out), { recursive: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(out, f.data);
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(staging, { recursive: true });
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(staging, dir);
        }
        catch {
            // Another render made the same copy first.
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(staging, { recursive: true, force: true });
        }
    }
    return { dir, hash: digest };
}


/***/ }),

/***/ 35645:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IW: () => (/* binding */ loadChartFiles),
/* harmony export */   K$: () => (/* binding */ helmPull),
/* harmony export */   jo: () => (/* binding */ pullToScratch),
/* harmony export */   y2: () => (/* binding */ checkProjectRoot)
/* harmony export */ });
/* unused harmony exports findChartFiles, checkNoLinks, pullVersion */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(70370);
/* harmony import */ var _project_find_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35109);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99661);
/* harmony import */ var _util_project_boundary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(93948);
/* harmony import */ var _chart_config_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(45703);
/* harmony import */ var _chart_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(64842);
/* harmony import */ var _chart_sources_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(17959);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(41248);
/**
 * `helm-pull`: every chart a project's helm-chart.yaml files name, pulled into
 * `.helm-charts` in kluctl's layout (layout.ts). A version already there is not fetched
 * again; versions of a chart that no helm-chart.yaml asks for any more are removed, as
 * kluctl does. Each version is pulled into a staging directory inside `.helm-charts` and
 * moved into place only when complete, so a failure never leaves half a chart behind.
 */











const SKIP_DIRS = new Set(['.git', _layout_js__WEBPACK_IMPORTED_MODULE_9__/* .HELM_CHARTS_DIR */ .H2, 'node_modules']);
/** Every helm-chart.yaml / .yml below `dir` (not in .git, .helm-charts or chart directories), sorted. */
function findChartFiles(dir) {
    const out = [];
    const walk = (d) => {
        const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(d, { withFileTypes: true });
        // A chart's own files are the chart's, not the project's.
        if (d !== dir && entries.some((e) => e.name === 'Chart.yaml'))
            return;
        for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            if (e.isDirectory()) {
                if (!SKIP_DIRS.has(e.name))
                    walk(node_path__WEBPACK_IMPORTED_MODULE_2__.join(d, e.name));
            }
            else if (e.isFile() && (0,_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .isChartFile */ .Jk)(e.name))
                out.push(node_path__WEBPACK_IMPORTED_MODULE_2__.join(d, e.name));
        }
    };
    walk(dir);
    return out;
}
/** The project root helm-pull and helm-update work on: it must hold .kluctl.yaml or deployment.yaml. */
function checkProjectRoot(projectDir) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(projectDir);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(root))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`project directory ${projectDir} does not exist`, {}, 'pass --project-dir');
    if (!(0,_project_find_file_js__WEBPACK_IMPORTED_MODULE_3__/* .findYamlFileSync */ .i)(root, '.kluctl') && !(0,_project_find_file_js__WEBPACK_IMPORTED_MODULE_3__/* .findYamlFileSync */ .i)(root, 'deployment'))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${root} is not the root of a kluctl project (no .kluctl.yaml or deployment.yaml)`, {}, 'run it in the project root or pass --project-dir: .helm-charts lives next to .kluctl.yaml');
    return root;
}
/** Reads every helm-chart.yaml unrendered (as kluctl's helm-pull does); bad files become errors. */
function loadChartFiles(root) {
    const charts = [];
    const errors = [];
    for (const file of findChartFiles(root)) {
        try {
            charts.push((0,_chart_config_js__WEBPACK_IMPORTED_MODULE_6__/* .readChartConfig */ .$H)((0,_chart_config_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRawChartYaml */ .FO)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8'), file), { rendered: false }));
        }
        catch (err) {
            if (!(err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo))
                throw err;
            errors.push({ file: err.file ?? file, line: err.line, error: err.message, hint: err.hint });
        }
    }
    return { charts, errors };
}
/** Refuses `.helm-charts` paths that go through a symbolic link (they could lead anywhere). */
function checkNoLinks(chartsRoot, dir) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(chartsRoot), dir).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep);
    let p = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(chartsRoot);
    for (const part of rel) {
        p = node_path__WEBPACK_IMPORTED_MODULE_2__.join(p, part);
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(p);
        }
        catch {
            return;
        }
        if (st.isSymbolicLink())
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${node_path__WEBPACK_IMPORTED_MODULE_2__.relative(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(chartsRoot), p)} is a symbolic link; pulled charts are only written to real directories`, {}, `remove the link from ${_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .HELM_CHARTS_DIR */ .H2}`);
    }
}
/** Pulls one version of a chart into `target` through a staging directory. */
async function pullVersion(chart, version, chartsRoot, target, sources) {
    checkNoLinks(chartsRoot, target);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(chartsRoot, { recursive: true });
    const staging = node_path__WEBPACK_IMPORTED_MODULE_2__.join(chartsRoot, `.shipshape-staging-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
    try {
        const dest = node_path__WEBPACK_IMPORTED_MODULE_2__.join(staging, 'chart');
        await (0,_chart_sources_js__WEBPACK_IMPORTED_MODULE_8__/* .chartSource */ .Iu)(chart, sources).pull(version, dest);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(target, { recursive: true, force: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(target), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(dest, target);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(staging, { recursive: true, force: true });
    }
}
// Versions pulled outside a project (skipPrePull renders, helm-update plans), once per process.
const scratchPulls = new Map();
/** A version pulled into this process's scratch directory (once); its directory. */
function pullToScratch(chart, version, sources) {
    const key = `${(0,_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .chartKey */ .w4)(chart)}\n${version}`;
    let p = scratchPulls.get(key);
    if (!p) {
        p = (async () => {
            const root = node_path__WEBPACK_IMPORTED_MODULE_2__.join((0,_chart_files_js__WEBPACK_IMPORTED_MODULE_7__/* .helmScratchDir */ .Ib)(), 'pulled');
            const target = (0,_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .pulledChartDir */ .Eh)(root, chart, version);
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(target, 'Chart.yaml')))
                await pullVersion(chart, version, root, target, sources);
            return target;
        })();
        scratchPulls.set(key, p);
        p.catch(() => scratchPulls.delete(key));
    }
    return p;
}
/** Version directories below a chart's directory: those holding Chart.yaml (or, for repo/OCI charts, every directory as kluctl sees it). */
function existingVersions(chartDir, chart) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(chartDir))
        return [];
    if (chart.kind !== 'git')
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(chartDir, { withFileTypes: true })
            .filter((e) => e.isDirectory())
            .map((e) => e.name);
    const out = [];
    const walk = (d, rel) => {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(d, 'Chart.yaml')))
            return void out.push(rel.join('/'));
        for (const e of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(d, { withFileTypes: true }))
            if (e.isDirectory())
                walk(node_path__WEBPACK_IMPORTED_MODULE_2__.join(d, e.name), [...rel, e.name]);
    };
    for (const top of ['refs', 'commit', 'HEAD'])
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(chartDir, top)))
            walk(node_path__WEBPACK_IMPORTED_MODULE_2__.join(chartDir, top), [top]);
    return out;
}
async function helmPull(opts) {
    const root = checkProjectRoot(opts.projectDir);
    const log = opts.log ?? (() => undefined);
    const chartsRoot = node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, _layout_js__WEBPACK_IMPORTED_MODULE_9__/* .HELM_CHARTS_DIR */ .H2);
    const rel = (p) => node_path__WEBPACK_IMPORTED_MODULE_2__.relative(root, p).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
    const { charts, errors } = loadChartFiles(root);
    const report = { pulled: [], upToDate: [], removed: [], skipped: [], errors };
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(chartsRoot) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(chartsRoot).isSymbolicLink())
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .HELM_CHARTS_DIR */ .H2} is a symbolic link`, {}, 'make it a real directory');
    // Staging directories of an interrupted run.
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(chartsRoot))
        for (const e of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(chartsRoot))
            if (e.startsWith('.shipshape-staging-'))
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(chartsRoot, e), { recursive: true, force: true });
    const byChart = new Map();
    for (const c of charts) {
        if (c.kind === 'local') {
            report.skipped.push({ chart: c.chartName, file: rel(c.file), reason: 'local chart (path)' });
            continue;
        }
        const entry = byChart.get((0,_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .chartKey */ .w4)(c)) ?? { chart: c, versions: new Set() };
        byChart.set((0,_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .chartKey */ .w4)(c), entry);
        if (c.skipPrePull)
            report.skipped.push({
                chart: c.chartName,
                file: rel(c.file),
                reason: 'skipPrePull: pulled when rendering',
            });
        else
            entry.versions.add((0,_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .versionDirName */ .Xv)(c));
    }
    const chartDirs = [...byChart.values()].map((e) => (0,_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .pulledChartDir */ .Eh)(chartsRoot, e.chart));
    const limit = (0,p_limit__WEBPACK_IMPORTED_MODULE_10__/* ["default"] */ .A)(opts.concurrency ?? 4);
    const tasks = [];
    for (const { chart, versions } of byChart.values()) {
        const chartDir = (0,_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .pulledChartDir */ .Eh)(chartsRoot, chart);
        const source = chart.kind === 'git' ? chart.git?.url : chart.repo;
        for (const v of existingVersions(chartDir, chart)) {
            const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.join(chartDir, ...v.split('/'));
            // Another chart's directory below this one is not a version of this chart.
            if (versions.has(v) || chartDirs.some((d) => d !== chartDir && (0,_util_project_boundary_js__WEBPACK_IMPORTED_MODULE_5__/* .isInside */ .FK)(dir, d)))
                continue;
            checkNoLinks(chartsRoot, dir);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
            report.removed.push({ chart: chart.chartName, source, version: v, dir: rel(dir) });
            log(`${chart.chartName}: removed version ${v}, which no helm-chart.yaml uses any more`);
        }
        for (const version of [...versions].sort()) {
            const dir = (0,_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .pulledChartDir */ .Eh)(chartsRoot, chart, version);
            const entry = { chart: chart.chartName, source, version, dir: rel(dir) };
            if (!opts.force && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'Chart.yaml'))) {
                report.upToDate.push(entry);
                continue;
            }
            tasks.push(limit(async () => {
                const started = Date.now();
                try {
                    await pullVersion(chart, version, chartsRoot, dir, opts.sources);
                    report.pulled.push(entry);
                    log(`${chart.chartName}: pulled ${version} into ${entry.dir} (${Date.now() - started} ms)`);
                }
                catch (err) {
                    if (!(err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo))
                        throw err;
                    report.errors.push({
                        chart: chart.chartName,
                        file: err.file,
                        line: err.line,
                        error: err.message,
                        hint: err.hint,
                    });
                }
            }));
        }
    }
    await Promise.all(tasks);
    const byDir = (a, b) => a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0;
    report.pulled.sort(byDir);
    report.upToDate.sort(byDir);
    report.removed.sort(byDir);
    return report;
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

/***/ 71474:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GA: () => (/* binding */ scratchDir),
/* harmony export */   Qf: () => (/* binding */ removeIfInterrupted),
/* harmony export */   q1: () => (/* binding */ cleanUpIfInterrupted)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/**
 * Where renders do their scratch work (render directories, the base checkout of a diff):
 * thousands of small files written once, read by kustomize and removed again. A memory file
 * system makes that several times faster where creating files on disk is slow (0.4 ms a file
 * on some virtual machines), so /dev/shm is used when it has room to spare; `TMPDIR`, when
 * set, always wins. Directories are made with mkdtemp (private to the user) either way.
 */


const SHM = '/dev/shm';
/** Far more than a render writes; a container's 64 MB /dev/shm is not used. */
const MIN_FREE_BYTES = 1024 ** 3;
let chosen;
function scratchDir() {
    return (chosen ??= process.env.TMPDIR || !roomy(SHM) ? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)() : SHM);
}
function roomy(dir) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(dir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
        const s = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statfsSync)(dir);
        return s.bavail * s.bsize >= MIN_FREE_BYTES;
    }
    catch {
        return false;
    }
}
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const pending = new Set();
let listening = false;
/**
 * Runs `cleanup` (synchronously) if the process is interrupted before the returned function
 * is called: by SIGINT (Ctrl-C; a cancelled workflow run, e.g. a newer push to the pull
 * request), SIGTERM or SIGHUP. What a run keeps in scratch (a diff's base checkout, render
 * directories, clones) would otherwise stay there, in memory when that is /dev/shm, until
 * the machine restarts, and a diff's base worktree would stay registered in the user's
 * repository. The process then dies of the signal, as it would have without this.
 */
function cleanUpIfInterrupted(cleanup) {
    pending.add(cleanup);
    if (!listening) {
        listening = true;
        for (const s of SIGNALS)
            process.on(s, interrupted);
    }
    return () => pending.delete(cleanup);
}
/** A scratch directory removed if the process is interrupted (see cleanUpIfInterrupted). */
function removeIfInterrupted(dir) {
    return cleanUpIfInterrupted(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true }));
}
function interrupted(signal) {
    for (const s of SIGNALS)
        process.removeListener(s, interrupted);
    listening = false;
    for (const cleanup of [...pending]) {
        try {
            cleanup();
        }
        catch {
            // the process is going away: what cannot be removed stays, the rest goes
        }
    }
    pending.clear();
    process.kill(process.pid, signal);
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
