import * as core from '@actions/core';
import path from 'node:path';
import { loadKluctlProject } from '../project/kluctl-project.js';
import { logSafe } from '../util/log-safe.js';

/**
 * `command: list-targets`: the project's targets as a JSON list (output `targets`), for a
 * `matrix` that diffs or deploys each target in a job of its own.
 */
export async function runListTargets(workspace: string): Promise<void> {
  const dir = path.resolve(workspace, core.getInput('project-dir') || '.');
  const names = (await loadKluctlProject(dir)).targets.map((t) => t.name);
  core.setOutput('targets', JSON.stringify(names));
  core.setOutput('count', String(names.length));
  core.info(
    names.length
      ? logSafe(`${names.length} target(s): ${names.join(', ')}`)
      : 'The project defines no targets: the list is empty.',
  );
}
