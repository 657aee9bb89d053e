export const id = 660;
export const ids = [660];
export const modules = {

/***/ 42279:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runListTargets: () => (/* binding */ runListTargets)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _project_kluctl_project_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84702);
/* harmony import */ var _util_log_safe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43446);




/**
 * `command: list-targets`: the project's targets as a JSON list (output `targets`), for a
 * `matrix` that diffs or deploys each target in a job of its own.
 */
async function runListTargets(workspace) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace, _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('project-dir') || '.');
    const names = (await (0,_project_kluctl_project_js__WEBPACK_IMPORTED_MODULE_2__/* .loadKluctlProject */ .l)(dir)).targets.map((t) => t.name);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('targets', JSON.stringify(names));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('count', String(names.length));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(names.length
        ? (0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_3__/* .logSafe */ .sN)(`${names.length} target(s): ${names.join(', ')}`)
        : 'The project defines no targets: the list is empty.');
}


/***/ })

};
