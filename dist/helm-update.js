import { runAction } from './index.js';

await runAction("helm-update");
