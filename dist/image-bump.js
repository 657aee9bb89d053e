import { enableCompileCache } from './compile-cache.js';

enableCompileCache();
const shipshape = await import('./index.js');
await shipshape.runAction("image-bump");
