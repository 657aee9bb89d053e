export const id = 375;
export const ids = [375];
export const modules = {

/***/ 7375:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderCommand: () => (/* binding */ renderCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/render/index.js + 70 modules
var render = __webpack_require__(1206);
// EXTERNAL MODULE: ./lib/cli/args.js
var cli_args = __webpack_require__(92453);
// EXTERNAL MODULE: ./lib/cli/flags.js
var flags = __webpack_require__(2529);
// EXTERNAL MODULE: ./lib/cli/render-cluster.js
var render_cluster = __webpack_require__(53019);
// EXTERNAL MODULE: ./lib/util/log-safe.js
var log_safe = __webpack_require__(43446);
;// CONCATENATED MODULE: ./lib/cli/render-output.js

function yamlPrinter(write) {
    return {
        start() { },
        item(item) {
            const docs = item.objects.map((o) => `---\n${(0,log_safe/* logSafeYaml */.NJ)(o, { lineWidth: 0 })}`);
            if (docs.length)
                write(docs.join(''));
        },
        end() { },
    };
}
/** `text` (JSON over several lines) indented to sit `depth` levels deep. */
const indent = (text, depth) => text.replace(/\n/g, `\n${'  '.repeat(depth)}`);
function jsonPrinter(write) {
    let items = 0;
    return {
        start(target) {
            const head = target === undefined ? '' : `\n  "target": ${indent(JSON.stringify(target, null, 2), 1)},`;
            write((0,log_safe/* logSafeJson */.C5)(`{${head}\n  "items": [`));
        },
        item(item) {
            const sep = items++ === 0 ? '' : ',';
            write((0,log_safe/* logSafeJson */.C5)(`${sep}\n    ${indent(JSON.stringify(item, null, 2), 2)}`));
        },
        end(images) {
            const list = images.map(({ fixedImage: _, ...i }) => i);
            const close = items === 0 ? ']' : '\n  ]';
            write((0,log_safe/* logSafeJson */.C5)(`${close},\n  "images": ${indent(JSON.stringify(list, null, 2), 1)}\n}\n`));
        },
    };
}

;// CONCATENATED MODULE: ./lib/cli/commands/render.js






const renderCommand = {
    name: 'render',
    summary: 'Render a target into a directory, or print all objects',
    details: [
        'Without --print-all or -o json, the render directory is kept and its path printed.',
        'The render directory holds each item rendered, its kustomization and .rendered.yml.',
    ].join('\n'),
    flags: [
        ...(0,flags/* renderFlags */.GY)(),
        { name: 'print-all', kind: 'bool', help: 'print all objects as multi-document YAML on stdout' },
        {
            name: 'render-output-dir',
            kind: 'string',
            metavar: 'DIR',
            help: 'write the render directory here (replaced only when rendering succeeds)',
        },
        (0,flags/* outputFlag */.Y0)(['yaml', 'json'], 'yaml'),
        {
            name: 'render-output-secrets',
            kind: 'bool',
            help: 'keep decrypted SOPS values and Secrets from the cluster in --render-output-dir (default: replaced by ***)',
        },
        {
            name: 'offline-kubernetes',
            kind: 'bool',
            help: 'never contact a cluster (the default unless --kubeconfig or --context is given)',
        },
        ...render_cluster/* renderClusterFlags */.E,
        {
            name: 'kubernetes-version',
            kind: 'string',
            metavar: 'VERSION',
            help: 'the Kubernetes version Helm charts see as .Capabilities.KubeVersion (default v1.20.0, as kluctl offline)',
        },
    ],
    async run(args, io) {
        const format = (0,flags/* outputFormat */.B$)(args, ['yaml', 'json'], 'yaml');
        const printAll = (0,cli_args/* bool */.lc)(args, 'print-all');
        const opts = (0,flags/* renderOptions */.Dx)(args, io);
        (0,render_cluster/* applyRenderCluster */.T)(opts, args, io);
        opts.renderOutputSecrets = (0,cli_args/* bool */.lc)(args, 'render-output-secrets');
        opts.kubernetesVersion = (0,cli_args/* str */.gx)(args, 'kubernetes-version');
        const outputDir = (0,cli_args/* str */.gx)(args, 'render-output-dir');
        if (outputDir)
            opts.renderOutputDir = external_node_path_.resolve(io.cwd, outputDir);
        // Printed as the items are done, so memory stays flat with the project's size.
        const printer = format === 'json' ? jsonPrinter(io.stdout) : printAll ? yamlPrinter(io.stdout) : undefined;
        const result = await (0,render/* renderProject */.CX)(opts, { keepRenderDir: !printer, sink: printer });
        if (printer)
            printer.end(result.images);
        else {
            io.stderr(`rendered into ${result.renderDir}\n`);
            io.stdout(`${result.renderDir}\n`);
        }
        return 0;
    },
};


/***/ })

};
