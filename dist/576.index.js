export const id = 576;
export const ids = [576];
export const modules = {

/***/ 29576:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   imagesDocument: () => (/* binding */ imagesDocument),
/* harmony export */   listImagesCommand: () => (/* binding */ listImagesCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _render_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1206);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99661);
/* harmony import */ var _util_log_safe_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43446);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(92453);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2529);
/* harmony import */ var _render_cluster_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(53019);









/** The formats other commands take with -o. */
const FORMAT_NAMES = ['yaml', 'json', 'text', 'markdown'];
/**
 * A fixed-images file that pins what the project uses, in kluctl's list-images format
 * (every field of an entry, empty namespace and container included; duplicates once).
 */
function imagesDocument(seen, simple) {
    const entries = seen.map((s) => simple
        ? { image: s.image, resultImage: s.resultImage }
        : {
            container: s.container,
            deployTags: [...s.tags],
            deployment: s.deployment,
            deploymentDir: s.deploymentDir,
            image: s.image,
            namespace: s.namespace,
            // kluctl leaves the empty group and namespace out of `object` (but prints
            // `namespace: ""` above).
            object: Object.fromEntries(Object.entries(s.object).filter(([, v]) => v !== '')),
            resultImage: s.resultImage,
            // Only for get_image() without a fixed image: what the registry and cluster said.
            ...(s.dynamic
                ? {
                    versionFilter: s.dynamic.versionFilter,
                    registryImage: s.dynamic.registryImage,
                    deployedImage: s.dynamic.deployedImage,
                    chosen: s.dynamic.chosen,
                    why: s.dynamic.why,
                }
                : {}),
        });
    const unique = new Map(entries.map((e) => [JSON.stringify(e), e]));
    const images = [...unique.values()].sort((a, b) => a.image < b.image ? -1 : a.image > b.image ? 1 : 0);
    return { images };
}
const listImagesCommand = {
    name: 'list-images',
    summary: 'List every images.get_image() use as a fixed-images file',
    details: "Every image must have a fixed version, as for render (kluctl fails the same way); the latest_version filters are image-bump's to use.",
    flags: [
        ...(0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .renderFlags */ .GY)(),
        { name: 'simple', kind: 'bool', help: 'only image and resultImage' },
        {
            name: 'offline-kubernetes',
            kind: 'bool',
            help: 'never contact a cluster (the default unless --kubeconfig or --context is given)',
        },
        ..._render_cluster_js__WEBPACK_IMPORTED_MODULE_8__/* .renderClusterFlags */ .E,
        {
            name: 'output',
            short: 'o',
            kind: 'list',
            metavar: 'FILE',
            help: 'write to FILE instead of stdout',
        },
    ],
    async run(args, io) {
        const outputs = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .list */ .p_)(args, 'output');
        // kluctl's -o here is a file, while every other command takes a format with -o: a bare
        // format name is surely meant as one, and writing a file called `json` would be a
        // silent surprise.
        const format = outputs.find((f) => FORMAT_NAMES.includes(f));
        if (format !== undefined)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`list-images writes YAML; -o/--output names the file to write it to, and "${format}" is a format name (to write a file of that name, pass -o ./${format})`);
        const opts = (0,_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .renderOptions */ .Dx)(args, io);
        (0,_render_cluster_js__WEBPACK_IMPORTED_MODULE_8__/* .applyRenderCluster */ .T)(opts, args, io);
        const result = await (0,_render_index_js__WEBPACK_IMPORTED_MODULE_3__/* .renderProject */ .CX)(opts, { allowUnresolvedImages: false });
        const doc = imagesDocument(result.images, (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .bool */ .lc)(args, 'simple'));
        // Files get the YAML as is; on stdout it must not carry workflow commands.
        if (outputs.length === 0)
            io.stdout((0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_5__/* .logSafeYaml */ .NJ)(doc));
        else {
            const text = (0,yaml__WEBPACK_IMPORTED_MODULE_2__.stringify)(doc, { aliasDuplicateObjects: false });
            for (const f of outputs)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, f), text);
        }
        return 0;
    },
};


/***/ })

};
