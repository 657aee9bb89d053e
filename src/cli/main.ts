import { formatFlags, parseArgs } from './args.js';
import type { Command } from './command.js';
import { loadCommand, loadCommands } from './commands/index.js';
import { processIo, type CliIo } from './io.js';
import { UsageError, UserError, formatError } from '../util/errors.js';
import { logSafe } from '../util/log-safe.js';
import { redactSensitive } from '../util/sensitive.js';
import { VERSION } from '../version.js';

async function usage(): Promise<string> {
  const commands = await loadCommands();
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    'Usage: shipshape <command> [flags]',
    '',
    'Runs kluctl deployment projects: render, diff, deploy, bump images and Helm charts.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Run "shipshape <command> --help" for the flags of a command.',
    '',
  ].join('\n');
}

function commandHelp(c: Command): string {
  return `Usage: shipshape ${c.name} [flags]\n\n${c.summary}\n\nFlags:\n${formatFlags(c.flags)}\n${c.details ? `\n${c.details}\n` : ''}`;
}

/**
 * Runs one CLI invocation and returns its exit code (0 ok, 1 failure, 2 usage). Everything
 * on stderr (progress, warnings, errors) carries names and messages from the project or a
 * registry, so it goes through logSafe: in a GitHub Actions step none of it is a command.
 */
export async function main(argv: readonly string[], given: CliIo = processIo()): Promise<number> {
  const io: CliIo = { ...given, stderr: (text) => given.stderr(logSafe(text)) };
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(await usage());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === 'version') {
    io.stdout(`shipshape ${VERSION}\n`);
    return 0;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.stderr(`error: unknown command "${name}"\n\n${await usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(commandHelp(command));
    return 0;
  }
  try {
    return await command.run(parseArgs(rest, command.flags, io.env), io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`error: ${err.message}\nRun "shipshape ${name} --help" for usage.\n`);
      return 2;
    }
    // decrypted values and Secrets read while rendering never reach an error message
    io.stderr(`error: ${redactSensitive(formatError(err, io.cwd))}\n`);
    if (!(err instanceof UserError) && err instanceof Error && io.env.SHIPSHAPE_DEBUG)
      io.stderr(`${err.stack}\n`);
    return 1;
  }
}
