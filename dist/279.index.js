export const id = 279;
export const ids = [279];
export const modules = {

/***/ 41279:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99661);


// Loaded on demand, so that starting one action does not load the code of the others.
const commands = {
    render: async () => (await Promise.all(/* import() */[__webpack_require__.e(638), __webpack_require__.e(515), __webpack_require__.e(707)]).then(__webpack_require__.bind(__webpack_require__, 63707))).runRender,
    diff: async () => (await Promise.all(/* import() */[__webpack_require__.e(638), __webpack_require__.e(515), __webpack_require__.e(529), __webpack_require__.e(947), __webpack_require__.e(737)]).then(__webpack_require__.bind(__webpack_require__, 36737))).runDiff,
    'image-bump': async () => (await Promise.all(/* import() */[__webpack_require__.e(638), __webpack_require__.e(33), __webpack_require__.e(515), __webpack_require__.e(399), __webpack_require__.e(947), __webpack_require__.e(262)]).then(__webpack_require__.bind(__webpack_require__, 13262))).runImageBumpAction,
};
/**
 * Entry of every action (see scripts/bundle.mjs): the root action dispatches on its
 * `command` input, each action under actions/ runs its own command.
 */
async function runAction(name) {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    try {
        const command = name === 'action' ? _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('command', { required: true }) : name;
        const load = Object.hasOwn(commands, command) ? commands[command] : undefined;
        if (!load)
            throw new Error(`unknown command "${command}"; use one of ${Object.keys(commands).join(', ')}`);
        await (await load())(workspace);
    }
    catch (err) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatError */ .Wk)(err, workspace));
    }
}


/***/ }),

/***/ 99661:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wk: () => (/* binding */ formatError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   pA: () => (/* binding */ nearest),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export editDistance */
class UserError extends Error {
    file;
    line;
    col;
    hint;
    constructor(message, loc = {}, hint, options) {
        super(message, options);
        this.name = 'UserError';
        this.file = loc.file;
        this.line = loc.line;
        this.col = loc.col;
        this.hint = hint;
    }
    /** `file:line:col: message` followed by the hint; files inside `cwd` are shown relative. */
    format(cwd) {
        let where = '';
        if (this.file) {
            where = cwd && this.file.startsWith(`${cwd}/`) ? this.file.slice(cwd.length + 1) : this.file;
            if (this.line)
                where += `:${this.line}`;
            if (this.line && this.col)
                where += `:${this.col}`;
            where += ': ';
        }
        return where + this.message + (this.hint ? `\n  hint: ${this.hint}` : '');
    }
}
/** Wrong command-line usage: exit code 2. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
function formatError(err, cwd) {
    if (err instanceof UserError)
        return err.format(cwd);
    if (err instanceof Error)
        return err.message;
    return String(err);
}
/** Levenshtein distance, for "did you mean" hints. */
function editDistance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}
function nearest(name, candidates) {
    let best;
    let bestDist = Infinity;
    for (const c of candidates) {
        const d = editDistance(name.toLowerCase(), c.toLowerCase());
        if (d < bestDist) {
            best = c;
            bestDist = d;
        }
    }
    return bestDist <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}


/***/ })

};
