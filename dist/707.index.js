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
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99661);


/** A multi-line (or comma-separated) input as a list; blank lines and `#` comments ignored. */
function listInput(name) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name)
        .split(/\r?\n/)
        .flatMap((line) => (line.includes('=') ? [line] : line.split(',')))
        .map((s) => s.trim())
        .filter((s) => s && !s.startsWith('#'));
}
function optionalInput(name) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name) || undefined;
}
function boolInput(name, dflt) {
    const v = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim().toLowerCase();
    if (!v)
        return dflt;
    if (['true', 'yes', '1'].includes(v))
        return true;
    if (['false', 'no', '0'].includes(v))
        return false;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input ${name} must be true or false, got "${v}"`);
}
/** An input that must be one of `choices`; `dflt` when empty. */
function choiceInput(name, choices, dflt) {
    const v = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim();
    if (!v)
        return dflt;
    if (choices.includes(v))
        return v;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input ${name} must be one of ${choices.join(', ')}, got "${v}"`);
}


/***/ }),

/***/ 16545:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ renderInputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _util_log_safe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43446);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39922);




/**
 * The project, image, inclusion and cache inputs every rendering action shares (project-dir,
 * args, fixed-images, fixed-images-files, include-tags, exclude-tags, allow-env, cache-dir),
 * paths relative to the workspace; progress goes to the log.
 */
function renderInputs(workspace) {
    const cacheDir = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('cache-dir');
    return {
        projectDir: node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace, _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('project-dir') || '.'),
        args: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .listInput */ .dt)('args'),
        fixedImages: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .listInput */ .dt)('fixed-images'),
        fixedImagesFiles: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .listInput */ .dt)('fixed-images-files').map((f) => node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace, f)),
        includeTags: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .listInput */ .dt)('include-tags'),
        excludeTags: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .listInput */ .dt)('exclude-tags'),
        allowEnv: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .listInput */ .dt)('allow-env'),
        cacheDir: cacheDir ? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace, cacheDir) : undefined,
        cwd: workspace,
        log: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_2__/* .logSafe */ .sN)(line)),
    };
}


/***/ }),

/***/ 63707:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRender: () => (/* binding */ runRender)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _runner_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1926);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38815);
/* harmony import */ var _render_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(19340);
/* harmony import */ var _util_markdown_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(46607);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(39922);
/* harmony import */ var _render_inputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(16545);










/** `command: render`: renders one target and writes all objects to a YAML file. */
async function runRender(workspace) {
    const target = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .optionalInput */ .$m)('target');
    const result = await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(`render ${target ?? 'project'}`, () => (0,_render_index_js__WEBPACK_IMPORTED_MODULE_6__/* .renderProject */ .CX)({ ...(0,_render_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .renderInputs */ .E)(workspace), target }));
    const file = node_path__WEBPACK_IMPORTED_MODULE_4__.resolve(workspace, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .optionalInput */ .$m)('output-file') ??
        node_path__WEBPACK_IMPORTED_MODULE_4__.join(process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), `shipshape-render-${target ?? 'default'}.yaml`));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_4__.dirname(file), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(file, result.objects.map((o) => `---\n${(0,yaml__WEBPACK_IMPORTED_MODULE_5__.stringify)(o, { lineWidth: 0 })}`).join(''));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('objects-file', file);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('object-count', String(result.objects.length));
    // Target, item directories and tags are the project's: markdown through util/markdown
    // (core.summary's helpers put text into HTML as it is).
    const rows = result.items
        .filter((i) => i.dir !== undefined)
        .map((i) => `| ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .cell */ .Hn)((0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .code */ .aY)(i.dir))} | ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .cell */ .Hn)(i.tags.map(_util_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .code */ .aY).join(', '))} | ${i.objects.length} |`);
    await (0,_runner_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .writeSummary */ .Sy)([
        [
            `### shipshape render${target ? `: ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .code */ .aY)(target)}` : ''}`,
            '',
            '| item | tags | objects |',
            '|---|---|--:|',
            ...rows,
            '',
            `${result.objects.length} objects written to ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .code */ .aY)(node_path__WEBPACK_IMPORTED_MODULE_4__.relative(workspace, file) || file)}`,
            '',
        ].join('\n'),
    ]);
}


/***/ })

};
