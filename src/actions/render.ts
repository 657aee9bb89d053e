import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { renderProject } from '../render/index.js';
import { optionalInput } from './inputs.js';
import { renderInputs } from './render-inputs.js';

/** `command: render`: renders one target and writes all objects to a YAML file. */
export async function runRender(workspace: string): Promise<void> {
  const target = optionalInput('target');
  const result = await core.group(`render ${target ?? 'project'}`, () =>
    renderProject({ ...renderInputs(workspace), target }),
  );
  const file = path.resolve(
    workspace,
    optionalInput('output-file') ??
      path.join(
        process.env.RUNNER_TEMP ?? tmpdir(),
        `shipshape-render-${target ?? 'default'}.yaml`,
      ),
  );
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, result.objects.map((o) => `---\n${stringify(o, { lineWidth: 0 })}`).join(''));
  core.setOutput('objects-file', file);
  core.setOutput('object-count', String(result.objects.length));

  const rows = result.items
    .filter((i) => i.dir !== undefined)
    .map((i) => [i.dir as string, i.tags.join(', '), String(i.objects.length)]);
  await core.summary
    .addHeading(`shipshape render${target ? `: ${target}` : ''}`, 3)
    .addTable([
      [
        { data: 'item', header: true },
        { data: 'tags', header: true },
        { data: 'objects', header: true },
      ],
      ...rows,
    ])
    .addRaw(
      `${result.objects.length} objects written to \`${path.relative(workspace, file) || file}\``,
      true,
    )
    .write();
}
