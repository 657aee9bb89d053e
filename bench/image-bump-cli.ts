// The CLI from source, for bench/image-bump.ts to time as a separate process.
import { main } from '../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
