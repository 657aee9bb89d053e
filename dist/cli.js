#!/usr/bin/env node
import { enableCompileCache } from './compile-cache.js';

enableCompileCache();
const shipshape = await import('./index.js');
process.exitCode = await shipshape.cli(process.argv.slice(2));
