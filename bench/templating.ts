// Benchmark for issue 3: a 200-line manifest template rendered 1000 times from one
// Environment, on plain nunjucks and on shipshape's Jinja2 compatibility layer.
// The layer must cost at most 1.5x plain nunjucks and must not recompile per render.
// Run: npm exec -- tsx bench/templating.ts [renders]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nunjucks from 'nunjucks';
import { JinjaEnvironment } from '../src/templating/environment.js';
import { TemplateEngine } from '../src/templating/index.js';

const RENDERS = Number(process.argv[2] ?? 1000);

/** A manifest template in the subset both engines render the same way. */
function manifestTemplate(): string {
  const lines: string[] = [];
  for (let c = 0; c < 8; c++) {
    lines.push(
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      `  name: {{ app.name }}-c${c}`,
      '  namespace: {{ namespace | default("default") }}',
      '  labels:',
      '{% for l in labels %}',
      '    {{ l.key }}: "{{ l.value | lower }}"',
      '{% endfor %}',
      'spec:',
      '  replicas: {{ replicas[env] }}',
      '  template:',
      '    spec:',
      '      containers:',
      `      - name: {{ app.name | replace("-", "_") }}-${c}`,
      '        image: "{{ images[' + c + ' % 3].repo }}:{{ images[' + c + ' % 3].tag }}"',
      '        env:',
      '{% for e in app.env %}',
      '        - name: {{ e.name | upper }}',
      '          value: "{{ e.value }}"',
      '{% endfor %}',
      '        ports:',
      '{% for p in app.ports %}{% if p.enabled %}',
    );
    lines.push(
      '        - containerPort: {{ p.port + ' +
        c +
        ' }}  # {{ loop.index }}/{{ app.ports | length }}',
    );
    lines.push('{% endif %}{% endfor %}');
  }
  while (lines.length < 200) lines.push('# {{ app.name }} {{ env }}');
  return lines.slice(0, 200).join('\n') + '\n';
}

const vars = {
  env: 'prod',
  namespace: 'apps',
  app: {
    name: 'web-api',
    env: Array.from({ length: 6 }, (_, i) => ({ name: `var_${i}`, value: `value-${i}` })),
    ports: [
      { port: 8080, enabled: true },
      { port: 9090, enabled: true },
      { port: 7070, enabled: false },
    ],
  },
  labels: [
    { key: 'app', value: 'Web' },
    { key: 'tier', value: 'Backend' },
    { key: 'team', value: 'Core' },
  ],
  replicas: { prod: 3, dev: 1 },
  images: [
    { repo: 'registry.example.com/web', tag: '1.2.3' },
    { repo: 'registry.example.com/sidecar', tag: '0.9' },
    { repo: 'registry.example.com/proxy', tag: '2.0' },
  ],
};

const ROUNDS = 7;

/** Median of ROUNDS timed runs of RENDERS renders each (the machine is shared: medians are steadier). */
function time(fn: () => string): { ms: number; out: string } {
  let out = '';
  for (let i = 0; i < 50; i++) out = fn(); // warm-up
  const rounds: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < RENDERS; i++) out = fn();
    rounds.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  rounds.sort((a, b) => a - b);
  return { ms: rounds[Math.floor(ROUNDS / 2)], out };
}

const dir = mkdtempSync(path.join(tmpdir(), 'shipshape-bench-tpl-'));
try {
  const file = path.join(dir, 'manifest.yaml');
  const source = manifestTemplate();
  writeFileSync(file, source);

  const plainEnv = new nunjucks.Environment(new nunjucks.FileSystemLoader(dir), {
    autoescape: false,
  });
  const plainTemplate = plainEnv.getTemplate('manifest.yaml', true);
  const plain = time(() => plainTemplate.render(vars));

  let compilations = 0;
  const compile = JinjaEnvironment.prototype.compile;
  JinjaEnvironment.prototype.compile = function (...args: Parameters<typeof compile>) {
    compilations++;
    return compile.apply(this, args);
  };
  const engine = new TemplateEngine(dir);
  const jinja = time(() => engine.renderFile(file, vars, { searchDirs: [dir] }));

  const perPlain = plain.ms / RENDERS;
  const perJinja = jinja.ms / RENDERS;
  console.log(
    `template: ${source.split('\n').length - 1} lines, output ${jinja.out.length} bytes, ${RENDERS} renders (median of ${ROUNDS} rounds)`,
  );
  console.log(
    `plain nunjucks:          ${plain.ms.toFixed(1)} ms total, ${(perPlain * 1000).toFixed(1)} µs/render`,
  );
  console.log(
    `Jinja2 compatibility:    ${jinja.ms.toFixed(1)} ms total, ${(perJinja * 1000).toFixed(1)} µs/render`,
  );
  console.log(`cost ratio:              ${(perJinja / perPlain).toFixed(2)}x (budget 1.5x)`);
  console.log(`compilations:            ${compilations} for ${ROUNDS * RENDERS + 50} renders`);
  // Jinja2 drops the template's final newline; nunjucks keeps it
  console.log(`same output as nunjucks: ${jinja.out === plain.out.replace(/\n$/, '')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
