// The single bundle behind dist/: the CLI and every action import from here.
export { main as cli } from './cli/main.js';
export { runAction } from './actions/index.js';
