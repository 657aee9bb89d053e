/**
 * Every step in README.md and docs/ that uses shipshape gives only inputs its command reads
 * (src/actions/command-inputs.ts), so an example cannot show an input the action would
 * refuse (see "inputs a command does not use" in test/actions/diff-action.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMAND_INPUTS } from '../../src/actions/command-inputs.js';

const root = path.resolve(import.meta.dirname, '../..');
const USES = /^shipshape-dev\/shipshape(?:\/actions\/([\w-]+))?@/;

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

/** The steps of a YAML block: a workflow's jobs' steps, or a bare list of steps. */
function stepsOf(doc: unknown): Step[] {
  if (Array.isArray(doc)) return doc as Step[];
  const jobs = (doc as { jobs?: Record<string, { steps?: Step[] }> } | null)?.jobs;
  return Object.values(jobs ?? {}).flatMap((j) => j.steps ?? []);
}

function shipshapeSteps(): [string, Step][] {
  const files = [
    'README.md',
    ...readdirSync(path.join(root, 'docs'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md'))
      .map((f) => path.join('docs', f)),
  ];
  const out: [string, Step][] = [];
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const m of text.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)) {
      const line = text.slice(0, m.index).split('\n').length;
      for (const step of stepsOf(parse(m[1])))
        if (typeof step?.uses === 'string' && USES.test(step.uses))
          out.push([`${file}:${line} ${step.uses}`, step]);
    }
  }
  return out;
}

const steps = shipshapeSteps();

describe('shipshape steps in README.md and docs/', () => {
  it('there are some', () => {
    expect(steps.length).toBeGreaterThan(5);
  });

  it.each(steps)('%s gives only inputs its command reads', (_name, step) => {
    const inputs = Object.keys(step.with ?? {});
    const command = USES.exec(step.uses!)![1] ?? String(step.with?.command);
    expect(Object.keys(COMMAND_INPUTS)).toContain(command);
    const allowed = new Set([...COMMAND_INPUTS[command], 'command', 'github-token']);
    expect(inputs.filter((i) => !allowed.has(i))).toEqual([]);
  });
});
