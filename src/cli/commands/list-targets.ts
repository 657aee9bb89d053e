import path from 'node:path';
import { loadKluctlProject } from '../../project/kluctl-project.js';
import { logSafe, logSafeJson } from '../../util/log-safe.js';
import { str } from '../args.js';
import type { Command } from '../command.js';
import { outputFlag, outputFormat, projectFlags } from '../flags.js';

const FORMATS = ['text', 'json'] as const;

export const listTargetsCommand: Command = {
  name: 'list-targets',
  summary: 'List the targets of .kluctl.yaml (for a GitHub Actions matrix: -o json)',
  details: [
    '-o json prints a JSON list of the names, e.g. ["prod","staging"], for',
    'matrix: { target: ${{ fromJSON(...) }} }. A project without targets lists none',
    '(text: nothing, json: []) and says so on stderr.',
  ].join('\n'),
  flags: [projectFlags.find((f) => f.name === 'project-dir')!, outputFlag(FORMATS, 'text')],
  async run(args, io) {
    const format = outputFormat(args, FORMATS, 'text');
    const dir = path.resolve(io.cwd, str(args, 'project-dir') ?? '.');
    // In the order of .kluctl.yaml, the order the other commands go through them.
    const names = (await loadKluctlProject(dir)).targets.map((t) => t.name);
    // Target names are the project's: no workflow commands on stdout.
    if (format === 'json') io.stdout(`${logSafeJson(JSON.stringify(names))}\n`);
    else io.stdout(names.map((n) => `${logSafe(n)}\n`).join(''));
    if (names.length === 0) io.stderr('the project defines no targets\n');
    return 0;
  },
};
