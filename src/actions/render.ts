import * as core from '@actions/core';
import { writeSummary } from './runner-secrets.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { renderProject } from '../render/index.js';
import { cell, code } from '../util/markdown.js';
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

  // Target, item directories and tags are the project's: markdown through util/markdown
  // (core.summary's helpers put text into HTML as it is).
  const rows = result.items
    .filter((i) => i.dir !== undefined)
    .map(
      (i) =>
        `| ${cell(code(i.dir as string))} | ${cell(i.tags.map(code).join(', '))} | ${i.objects.length} |`,
    );
  await writeSummary([
    [
      `### shipshape render${target ? `: ${code(target)}` : ''}`,
      '',
      '| item | tags | objects |',
      '|---|---|--:|',
      ...rows,
      '',
      `${result.objects.length} objects written to ${code(path.relative(workspace, file) || file)}`,
      '',
    ].join('\n'),
  ]);
}
