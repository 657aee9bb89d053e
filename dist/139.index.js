export const id = 139;
export const ids = [139];
export const modules = {

/***/ 71139:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   clusterDiffFailure: () => (/* binding */ clusterDiffFailure),
/* harmony export */   diffAgainstCluster: () => (/* binding */ diffAgainstCluster)
/* harmony export */ });
/* unused harmony export targetDiffOf */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86120);
/* harmony import */ var _deploy_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69525);
/* harmony import */ var _project_kluctl_project_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84702);
/* harmony import */ var _project_target_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98020);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99661);
/**
 * `against: cluster` of the diff action: each target compared with its cluster (a deploy
 * with every request dry-run, deploy/), as the same DiffResult the base diff reports, so
 * the comment and the job summary read alike; orphan objects are listed as well.
 */





/** One target's command result as the diff's model. */
function targetDiffOf(r) {
    const objects = r.objects.flatMap((o) => o.change
        ? [
            {
                group: o.group,
                apiVersion: o.apiVersion,
                kind: o.kind,
                namespace: o.namespace,
                name: o.name,
                change: o.change,
                ...(o.changes ? { changes: o.changes } : {}),
                ...(o.diff !== undefined ? { diff: o.diff } : {}),
            },
        ]
        : []);
    const problems = r.errors.length
        ? `${r.errors.length} error(s), the first: ${r.errors[0].kind ? `${r.errors[0].kind} ${r.errors[0].name}: ` : ''}${r.errors[0].message}`
        : undefined;
    return {
        target: r.target,
        ...(problems ? { note: problems } : {}),
        summary: {
            new: r.summary.new,
            changed: r.summary.changed,
            deleted: r.summary.deleted,
            unchanged: r.summary.unchanged,
            orphan: r.summary.orphan,
        },
        objects,
    };
}
/**
 * Diffs each target (`targets`, default every target) against its cluster, one after the
 * other. The cluster comes from KUBECONFIG (or ~/.kube/config) and the target's context.
 * Fails after the report when a target had errors, naming them.
 */
async function diffAgainstCluster(render, targets) {
    const project = await (0,_project_kluctl_project_js__WEBPACK_IMPORTED_MODULE_1__/* .loadKluctlProject */ .l)(render.projectDir);
    const results = [];
    for (const target of (0,_project_target_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseTargets */ .u)(project, targets)) {
        results.push(await _actions_core__WEBPACK_IMPORTED_MODULE_4__/* .group */ .Os(`diff ${target ?? 'project'} against the cluster`, () => (0,_deploy_index_js__WEBPACK_IMPORTED_MODULE_0__/* .diffCommand */ .Ft)({ render: { ...render, target }, log: render.log })));
    }
    const contexts = [...new Set(results.map((r) => r.context).filter(Boolean))];
    const diffs = results.map(targetDiffOf);
    const result = {
        base: {
            ref: `cluster${contexts.length ? ` (context ${contexts.join(', ')})` : ''}`,
            commit: 'dry-run',
        },
        hasChanges: diffs.some((t) => t.summary.new + t.summary.changed + t.summary.deleted + (t.summary.orphan ?? 0) > 0),
        targets: diffs,
    };
    const failed = results
        .filter((r) => r.errors.length)
        .map((r) => `${r.target ?? 'project'}: ${r.errors.map((e) => `${e.kind ? `${e.kind} ${e.namespace ? `${e.namespace}/` : ''}${e.name}: ` : ''}${e.message}`).join('; ')}`);
    return { result, failed };
}
/** The step's failure for targets whose diff had errors (after the report is published). */
function clusterDiffFailure(failed) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the diff against the cluster failed for ${failed.length} target(s):\n${failed.join('\n')}`, {}, 'the job summary shows what could be compared; check the credentials (KUBECONFIG) and the errors above');
}


/***/ })

};
