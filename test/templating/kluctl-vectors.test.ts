/**
 * kluctl's own test vectors for its Jinja2 additions (copied from the shared conformance
 * suite into test/fixtures/templating/templating.yaml).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { TemplateEngine } from '../../src/templating/index.js';
import { FIXTURES } from './corpus.js';

interface Vectors {
  cases: { template: string; vars?: Record<string, unknown>; out?: string; error?: string }[];
  args: { arg: string; template: string; out: string }[];
  when: { when: string; args: Record<string, unknown>; deployed: boolean }[];
}

const vectors = YAML.parse(readFileSync(path.join(FIXTURES, 'templating.yaml'), 'utf8')) as Vectors;
const engine = new TemplateEngine(FIXTURES);

describe('kluctl template vectors', () => {
  for (const c of vectors.cases) {
    it(`${c.template} ${c.error ? 'fails' : `→ ${c.out}`}`, () => {
      const render = () => engine.renderString(c.template, c.vars ?? {}, 'vector.j2');
      if (c.error) expect(render).toThrow(c.error);
      else expect(render()).toBe(c.out);
    });
  }

  for (const a of vectors.args) {
    it(`-a ${a.arg}: ${a.template} → ${a.out}`, () => {
      // kluctl parses `-a name=value` values as YAML
      const eq = a.arg.indexOf('=');
      const args = { [a.arg.slice(0, eq)]: YAML.parse(a.arg.slice(eq + 1)) };
      expect(engine.renderString(a.template, { args }, 'args.j2')).toBe(a.out);
    });
  }

  for (const w of vectors.when) {
    it(`when "${w.when}" → ${w.deployed ? 'deployed' : 'skipped'}`, () => {
      const deployed =
        w.when === '' || engine.evaluate(w.when, { args: w.args }, 'deployment.yaml');
      expect(deployed).toBe(w.deployed);
    });
  }
});
