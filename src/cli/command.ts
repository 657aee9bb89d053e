import type { FlagSpec, ParsedArgs } from './args.js';
import type { CliIo } from './io.js';

export interface Command {
  name: string;
  summary: string;
  /** Extra help text after the flag list. */
  details?: string;
  flags: readonly FlagSpec[];
  /** Returns the exit code: 0 ok, 1 failure (usage errors throw UsageError → 2). */
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}
