import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TemplateEngine, pyFunction } from '../../src/templating/index.js';
import { UserError } from '../../src/util/errors.js';

let root: string;
let item: string;
const write = (rel: string, content: string | Buffer) => {
  const p = path.join(root, rel);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, content);
  return p;
};

/** A project: root/ (project root), root/apps/ (deployment project), root/apps/web/ (item). */
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'shipshape-tpl-'));
  item = path.join(root, 'apps', 'web');
  write('root-only.j2', 'from-root');
  write('shared.j2', 'shared-root');
  write('apps/shared.j2', 'shared-apps');
  write('apps/web/shared.j2', 'shared-item');
  write('apps/helper.j2', 'helper-apps {% include "shared.j2" %}');
  write('apps/web/sub/a.j2', 'a[{% include "./b.j2" %}]');
  write('apps/web/sub/b.j2', 'sub-b');
  write('apps/web/b.j2', 'item-b');
  write('apps/web/sub/up.j2', '{% include "../b.j2" %}');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const scope = () => ({ searchDirs: [item, path.join(root, 'apps'), root] });

function renderItem(
  rel: string,
  content: string,
  vars: Record<string, unknown> = {},
  engine = new TemplateEngine(root),
) {
  return engine.renderFile(write(path.join('apps/web', rel), content), vars, scope());
}

function error(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('expected an error');
}

describe('StrictUndefined errors name the variable, the file and the line', () => {
  const positions: [string, string][] = [
    ['output', 'x\n{{ nope }}'],
    ['if', 'x\n{% if nope %}y{% endif %}'],
    ['for', 'x\n{% for i in nope %}{% endfor %}'],
    ['concat', "x\n{{ 'a' ~ nope }}"],
    ['call argument', "x\n{{ 'abc'.startswith(nope) }}"],
    ['attribute', 'x\n{{ nope.attr }}'],
    ['filter input', 'x\n{{ nope | upper }}'],
  ];
  for (const [where, template] of positions) {
    it(`in ${where}`, () => {
      const e = error(() => renderItem(`undef-${where.replace(' ', '-')}.yaml`, template));
      expect(e.file).toBe(`apps/web/undef-${where.replace(' ', '-')}.yaml`);
      expect(e.line).toBe(2);
      expect(e.message).toContain('nope');
      expect(e.format()).toMatch(/^apps\/web\/undef-.*\.yaml:2: /);
    });
  }

  it('in an included file: that file and its line', () => {
    write('apps/web/inc-bad.j2', 'ok\nok\n{{ missing_in_include }}\n');
    const e = error(() => renderItem('includer.yaml', 'a\n{% include "inc-bad.j2" %}'));
    expect(e.file).toBe('apps/web/inc-bad.j2');
    expect(e.line).toBe(3);
    expect(e.message).toBe("UndefinedError: 'missing_in_include' is undefined");
    expect(e.hint).toMatch(/is defined/);
  });

  it('in a macro imported from another file: the macro file', () => {
    write('apps/web/macros.j2', '{% macro m() %}\n{{ undefined_in_macro }}\n{% endmacro %}');
    const e = error(() =>
      renderItem('uses-macro.yaml', '{% import "macros.j2" as x %}\n\n{{ x.m() }}'),
    );
    expect(e.file).toBe('apps/web/macros.j2');
    expect(e.line).toBe(2);
  });

  it('a missing attribute names the object type and attribute', () => {
    const e = error(() => renderItem('attr.yaml', '{{ d.missing }}', { d: { a: 1 } }));
    expect(e.message).toBe("UndefinedError: 'dict object' has no attribute 'missing'");
  });

  it('is defined, default and get_var keep working', () => {
    const out = renderItem(
      'ok.yaml',
      "{{ nope is defined }} {{ nope | default('d') }} {{ get_var('nope.x', 'g') }}",
    );
    expect(out).toBe('False d g');
  });

  it('a syntax error names the file and line', () => {
    const e = error(() => renderItem('syntax.yaml', 'a\nb\n{% if %}'));
    expect(e.file).toBe('apps/web/syntax.yaml');
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/^TemplateSyntaxError: /);
  });

  it('raise() aborts with the given message', () => {
    const e = error(() => renderItem('raise.yaml', "{{ raise('replicas must be set') }}"));
    expect(e.message).toBe('replicas must be set');
    expect(e.file).toBe('apps/web/raise.yaml');
  });
});

describe('template search path', () => {
  it('looks in the item directory, then each parent project directory up to the root', () => {
    expect(renderItem('s1.yaml', '{% include "shared.j2" %}')).toBe('shared-item');
    expect(renderItem('s2.yaml', '{% include "root-only.j2" %}')).toBe('from-root');
    expect(renderItem('s3.yaml', '{% include "helper.j2" %}')).toBe('helper-apps shared-item');
  });

  it('resolves ./ and ../ against the including template', () => {
    expect(renderItem('s4.yaml', '{% include "sub/a.j2" %}')).toBe('a[sub-b]');
    expect(renderItem('s5.yaml', '{% include "sub/up.j2" %}')).toBe('item-b');
    expect(renderItem('s6.yaml', "{{ load_template('./sub/b.j2') }}")).toBe('sub-b');
  });

  it('says what was searched when a template is missing', () => {
    const e = error(() => renderItem('s7.yaml', '{% include "nowhere.j2" %}'));
    expect(e.message).toContain('nowhere.j2');
    expect(e.message).toContain('searched: apps/web, apps, .');
  });

  it('loads nothing outside the project root', () => {
    const outside = path.join(path.dirname(root), `outside-${path.basename(root)}.j2`);
    writeFileSync(outside, 'SECRET');
    try {
      const rel = path.relative(item, outside);
      for (const t of [
        `{% include "./${rel}" %}`,
        `{% include "${outside}" %}`,
        `{{ load_template("./${rel}") }}`,
        `{{ load_base64("${outside}") }}`,
        '{% include "../../../../../../../../etc/hostname" %}',
      ]) {
        const e = error(() => renderItem('escape.yaml', t));
        expect(e.message).not.toContain('SECRET');
        expect(e.message).toMatch(/TemplateNotFound/);
      }
    } finally {
      rmSync(outside);
    }
  });
});

describe('safety: templates cannot reach the JavaScript runtime', () => {
  const payloads = [
    "{{ ''.constructor.constructor('return process')() }}",
    "{{ ''['constructor'] }}",
    '{{ range.constructor }}',
    '{{ d.__proto__ }}',
    "{{ d['__proto__'] }}",
    '{{ d.constructor }}',
    '{{ [].constructor }}',
    '{{ loop_helper.prototype }}',
    '{% for x in [1] %}{{ loop.constructor }}{% endfor %}',
    '{{ images.constructor }}',
    '{{ images.get_image.constructor }}',
    '{% set ns = namespace() %}{% set ns.__proto__ = 1 %}',
    "{{ cycler('a').constructor }}",
  ];
  for (const p of payloads) {
    it(`refuses ${p}`, () => {
      const e = error(() =>
        renderItem('unsafe.yaml', p, {
          d: { a: 1 },
          images: { get_image: () => 'x' },
          loop_helper: () => 1,
        }),
      );
      expect(e.message).toMatch(/refused|has no attribute|is undefined/);
      expect(e.message).not.toMatch(/\[object|function|process/);
    });
  }

  it('still reads data through its own keys only', () => {
    expect(
      renderItem('safe.yaml', "{{ d.toString is defined }} {{ d['hasOwnProperty'] is defined }}", {
        d: {},
      }),
    ).toBe('False False');
  });
});

describe('compiling', () => {
  it('compiles each file once per engine and reuses it', () => {
    const engine = new TemplateEngine(root);
    const file = write('apps/web/cached.yaml', 'v1 {{ x }}');
    expect(engine.renderFile(file, { x: 1 }, scope())).toBe('v1 1');
    writeFileSync(file, 'v2 {{ x }}');
    expect(engine.renderFile(file, { x: 2 }, scope())).toBe('v1 2');
    expect(new TemplateEngine(root).renderFile(file, { x: 3 }, scope())).toBe('v2 3');
  });

  it('renders many items from one engine with their own variables', () => {
    const engine = new TemplateEngine(root);
    const file = write('apps/web/many.yaml', '{% set local = name %}{{ local }}');
    const outs = Array.from({ length: 50 }, (_, i) =>
      engine.renderFile(file, { name: `n${i}` }, scope()),
    );
    expect(outs[0]).toBe('n0');
    expect(outs[49]).toBe('n49');
  });

  it('templates that differ only in text, constants and lines keep their own when they share code', () => {
    // Same statements, different text, string and number constants, line numbers and file:
    // the compiled code is shared, every value still belongs to its template.
    const engine = new TemplateEngine(root);
    const shape = (name: string, pad: string, s: string, n: number, f: string) =>
      `${name}:${pad}{{ x ~ "${s}" }} {{ x | length + ${n} }} {{ ${f} }} {{ nope if x == "${s}" else "" }}`;
    const a = write('apps/web/shape-a.yaml', shape('a', ' ', 'one', 1, '1.0'));
    const b = write('apps/web/shape-b.yaml', shape('b', '\n\n\n', 'two', 20, '2.0'));
    expect(engine.renderFile(a, { x: 'xy' }, scope())).toBe('a: xyone 3 1.0 ');
    expect(engine.renderFile(b, { x: 'xy' }, scope())).toBe('b:\n\n\nxytwo 22 2.0 ');
    expect(engine.renderFile(a, { x: 'zz' }, scope())).toBe('a: zzone 3 1.0 ');
    // the undefined name fails at its own file and line
    const ea = error(() => engine.renderFile(a, { x: 'one' }, scope()));
    const eb = error(() => engine.renderFile(b, { x: 'two' }, scope()));
    expect([ea.file, ea.line]).toEqual(['apps/web/shape-a.yaml', 1]);
    expect([eb.file, eb.line]).toEqual(['apps/web/shape-b.yaml', 4]);
  });
});

describe('values from the render layer', () => {
  it('calls images.get_image as a plain function or a class method, with keyword arguments', () => {
    class Images {
      calls: unknown[][] = [];
      get_image(image: string, opts?: unknown) {
        this.calls.push([image, opts]);
        return `${image}:1.0`;
      }
    }
    const images = new Images();
    const out = renderItem(
      'img.yaml',
      "{{ images.get_image('nginx') }} {{ images.get_image('app', latest_version='semver') }}",
      {
        images,
      },
    );
    expect(out).toBe('nginx:1.0 app:1.0');
    expect(images.calls[1]).toEqual(['app', { latest_version: 'semver' }]);
    expect(
      renderItem('img2.yaml', "{{ images.get_image('x') }}", {
        images: { get_image: (i: string) => `${i}@plain` },
      }),
    ).toBe('x@plain');
  });

  it('binds keyword arguments by name for functions declared with pyFunction', () => {
    const getImage = pyFunction(
      'get_image',
      ['image', ['latest_version', null]],
      (i: unknown, v: unknown) => `${i}|${v}`,
    );
    expect(
      renderItem('img3.yaml', "{{ images.get_image('a', latest_version='x') }}", {
        images: { get_image: getImage },
      }),
    ).toBe('a|x');
  });
});

describe('evaluate (deployment item `when`)', () => {
  const engine = new TemplateEngine(root);
  it('uses Python truthiness', () => {
    expect(engine.evaluate('[]', {}, 'd.yaml')).toBe(false);
    expect(engine.evaluate("'x'", {}, 'd.yaml')).toBe(true);
    expect(engine.evaluate('args.n > 2', { args: { n: 3 } }, 'd.yaml')).toBe(true);
    expect(engine.evaluate("args.env in ['prod']", { args: { env: 'dev' } }, 'd.yaml')).toBe(false);
  });
  it('fails on an undefined variable, naming it and the file', () => {
    const e = error(() => engine.evaluate('args.missing == 1', { args: {} }, 'deployment.yaml'));
    expect(e.file).toBe('deployment.yaml');
    expect(e.message).toContain("no attribute 'missing'");
  });
});

describe('kluctl file functions', () => {
  it('load_base64 encodes binary files and wraps at the given width', () => {
    const bytes = randomBytes(100);
    write('apps/web/bin.dat', bytes);
    expect(renderItem('b64.yaml', "{{ load_base64('bin.dat') }}")).toBe(bytes.toString('base64'));
    const wrapped = renderItem('b64w.yaml', "{{ load_base64('bin.dat', 20) }}");
    expect(wrapped.split('\n').every((l) => l.length <= 20)).toBe(true);
    expect(wrapped.replace(/\n/g, '')).toBe(bytes.toString('base64'));
  });

  it('load_latest_git_commit returns the last commit touching the file', () => {
    const repo = mkdtempSync(path.join(os.tmpdir(), 'shipshape-git-'));
    try {
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', ...args], {
          cwd: repo,
          encoding: 'utf8',
        }).trim();
      git('init', '-q');
      writeFileSync(path.join(repo, 'f.txt'), '1');
      git('add', '.');
      git('commit', '-qm', 'one');
      const sha = git('rev-parse', 'HEAD');
      writeFileSync(path.join(repo, 'other.txt'), '2');
      git('add', '.');
      git('commit', '-qm', 'two');
      const engine = new TemplateEngine(repo);
      const main = path.join(repo, 'main.yaml');
      writeFileSync(
        main,
        "{{ load_latest_git_commit('f.txt') }} {{ load_latest_git_commit('f.txt', 7) }}",
      );
      expect(engine.renderFile(main, {}, { searchDirs: [repo] })).toBe(`${sha} ${sha.slice(0, 7)}`);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('debug_print writes to stderr and renders nothing', () => {
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(renderItem('dbg.yaml', "a{{ debug_print({'k': 1}) }}b")).toBe('ab');
      expect(spy).toHaveBeenCalledWith("debug_print: {'k': 1}\n");
    } finally {
      spy.mockRestore();
    }
  });
});

describe('time', () => {
  const r = (t: string) => new TemplateEngine(root).renderString(t, {}, 'time.j2');
  it('parses ISO times and prints them as Python isoformat', () => {
    expect(
      r(
        "{{ time.parse_iso('2022-10-01T10:00') }} {{ time.parse_iso('2022-10-01T10:00').weekday() }}",
      ),
    ).toBe('2022-10-01T10:00:00 5');
    expect(
      r(
        "{{ time.parse_iso('2024-01-01T00:00:00.5') }} {{ time.parse_iso('2022-10-01T10:00:00Z') }}",
      ),
    ).toBe('2024-01-01T00:00:00.500000 2022-10-01T10:00:00+00:00');
  });
  it('converts time zones', () => {
    const t = "time.parse_iso('2022-10-01T10:00:00+02:00')";
    expect(r(`{{ ${t}.as_timezone('UTC') }} {{ ${t}.as_timezone('America/New_York') }}`)).toBe(
      '2022-10-01T08:00:00+00:00 2022-10-01T04:00:00-04:00',
    );
  });
  it('adds deltas and compares', () => {
    expect(r("{{ time.parse_iso('2024-01-01T00:00') + time.hour * 2 }}")).toBe(
      '2024-01-01T02:00:00',
    );
    expect(r("{{ time.parse_iso('2024-01-01T00:00') - time.minute }}")).toBe('2023-12-31T23:59:00');
    expect(r("{{ time.parse_iso('2022-01-01') < time.parse_iso('2023-01-01') }}")).toBe('True');
    expect(
      r(
        "{{ time.parse_iso('2022-01-01T10:00').hour() }}:{{ time.parse_iso('2022-01-01T10:07:09').minute() }}",
      ),
    ).toBe('10:7');
  });
  it('now() and utcnow() print the current time', () => {
    const iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?$/;
    expect(r('{{ time.now() }}')).toMatch(iso);
    const utc = r('{{ time.utcnow() }}');
    expect(utc).toMatch(iso);
    expect(Math.abs(Date.parse(`${utc}Z`) - Date.now())).toBeLessThan(60_000);
  });
});

describe('slugify (python-slugify defaults)', () => {
  const vectors: [string, string][] = [
    ['This is a test ---', 'this-is-a-test'],
    ["C'est déjà l'été.", 'c-est-deja-l-ete'],
    ['Nín hǎo. Wǒ shì zhōng guó rén', 'nin-hao-wo-shi-zhong-guo-ren'],
    ['jaja---lol-méméméoo--a', 'jaja-lol-mememeoo-a'],
    ['10 | 20 %', '10-20'],
    ['i love 🦄', 'i-love'],
    ['My App_Name.v2', 'my-app-name-v2'],
    ['1,000 items', '1000-items'],
  ];
  for (const [input, slug] of vectors) {
    it(`${input} → ${slug}`, () => {
      expect(
        new TemplateEngine(root).renderString('{{ s | slugify }}', { s: input }, 'slug.j2'),
      ).toBe(slug);
    });
  }
  it('accepts separator and max_length', () => {
    expect(
      new TemplateEngine(root).renderString(
        "{{ 'Hello World Again' | slugify(separator='_', max_length=11) }}",
        {},
        's.j2',
      ),
    ).toBe('hello_world');
  });
});
