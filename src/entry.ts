// The single bundle behind dist/: the CLI and every action import from here. Each surface
// loads its code on first use (the bundler splits dynamic imports into chunks), so the CLI
// does not parse the GitHub Actions toolkit and an action does not parse the CLI: see
// bench/action-cold-start.ts.
import type { CliIo } from './cli/io.js';

export async function cli(argv: readonly string[], io?: CliIo): Promise<number> {
  const { main } = await import('./cli/main.js');
  return main(argv, io);
}

export async function runAction(name: string): Promise<void> {
  const actions = await import('./actions/index.js');
  return actions.runAction(name);
}
