/**
 * Real Jinja2 3.1, configured as kluctl configures it (scripts/record-jinja2.py's render_case),
 * for tests that compare what the engine renders with what Jinja2 renders.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const RECORDER = path.resolve(import.meta.dirname, '../../scripts/record-jinja2.py');

export interface Jinja2Case {
  template: string;
  vars?: Record<string, unknown>;
  /** other files next to the template, by name */
  files?: Record<string, string>;
}

export type Jinja2Result = { out: string } | { error: { type: string; message: string } };

/** Why live Jinja2 cannot run here, or undefined when it can. */
export function jinja2Unavailable(): string | undefined {
  try {
    execFileSync(
      'python3',
      ['-c', 'import jinja2, yaml; assert jinja2.__version__.startswith("3.1")'],
      { stdio: 'pipe' },
    );
    return undefined;
  } catch (e) {
    return `python3 with jinja2 3.1 and PyYAML is not available (${(e as Error).message.split('\n')[0]})`;
  }
}

const RUNNER = `
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location('recorder', sys.argv[1])
recorder = importlib.util.module_from_spec(spec)
spec.loader.exec_module(recorder)
cases = json.load(sys.stdin)
print(json.dumps([recorder.render_case(str(i), c) for i, c in enumerate(cases)]))
`;

/** Renders every case in one python process; main.j2 is the template's file name. */
export function renderWithJinja2(cases: readonly Jinja2Case[]): Jinja2Result[] {
  const out = execFileSync('python3', ['-c', RUNNER, RECORDER], {
    input: JSON.stringify(cases),
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  // render_case also returns the variables (after the render mutated them): not a result
  return (JSON.parse(out) as (Jinja2Result & { vars?: unknown })[]).map(
    ({ vars: _vars, ...r }) => r,
  );
}
