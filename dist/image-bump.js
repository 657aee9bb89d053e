import { runAction } from './index.js';

await runAction("image-bump");
