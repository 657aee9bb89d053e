/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* reexport */ main),
  C: () => (/* reexport */ runAction)
});

;// CONCATENATED MODULE: ./lib/cli/main.js
async function main(argv) {
    process.stdout.write(`shipshape ${argv.join(' ')}\n`);
    return 0;
}

;// CONCATENATED MODULE: ./lib/actions/index.js
/** Entry of every action: dispatches on the action's name (see scripts/bundle.mjs). */
async function runAction(name) {
    throw new Error(`unknown action ${name}`);
}

;// CONCATENATED MODULE: ./lib/entry.js
// The single bundle behind dist/: the CLI and every action import from here.



var __webpack_exports__cli = __webpack_exports__.x;
var __webpack_exports__runAction = __webpack_exports__.C;
export { __webpack_exports__cli as cli, __webpack_exports__runAction as runAction };
