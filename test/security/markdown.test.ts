import { describe, expect, it } from 'vitest';
import {
  commitMessage,
  jobSummary,
  pullRequestBody,
  pullRequestTitle,
} from '../../src/actions/bump-text.js';
import {
  MARKDOWN_LEVELS,
  diffObjects,
  renderMarkdown,
  type DiffResult,
} from '../../src/diff/index.js';
import type { BumpError, BumpSkip, BumpUpdate } from '../../src/images/bump.js';
import type { K8sObject } from '../../src/util/k8s.js';
import { writeProject } from '../support/project.js';
import { runActionFromSource } from './action-from-source.js';
import {
  ALL_HOSTILE,
  HOSTILE,
  cmarkAvailable,
  linkTargets,
  liveElements,
  liveReferences,
  liveText,
  structure,
  toHtml,
} from './markdown-oracle.js';

if (!cmarkAvailable)
  console.warn('cmark is not installed (scripts/install-test-deps.sh): markdown probes skipped');

// The links shipshape itself makes: registry pages of images, pull requests of a run.
const OUR_LINKS =
  /^https:\/\/(hub\.docker\.com|ghcr\.io|quay\.io|gallery\.ecr\.aws|github\.example)\//;

/** Everything a reader must not get from the hostile strings, as a list to show on failure. */
function harm(markdown: string): string[] {
  const html = toHtml(markdown);
  return [
    ...liveElements(html),
    ...liveReferences(liveText(html)),
    ...linkTargets(html).filter((href) => !OUR_LINKS.test(href)),
  ];
}

/**
 * Table rows: GFM splits a row at every pipe that is not backslash-escaped (a backslash
 * escapes the character after it, so `\\|` is an escaped backslash and a split) before it
 * looks at code spans, so a row must have exactly as many cells as its header.
 */
function tableProblems(markdown: string): string[] {
  const problems: string[] = [];
  let width: number | undefined;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      width = undefined;
      continue;
    }
    const cells = line.replace(/\\./g, '').split('|').length - 2;
    width ??= cells;
    if (cells !== width) problems.push(`${cells} cells instead of ${width}: ${line}`);
  }
  return problems;
}

const deployment = (replicas: number): K8sObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop' },
  spec: { replicas },
});

/** A diff where every name a pull request controls is `names[i]`, next to one real change. */
function diffWith(names: readonly string[], ref: string): DiffResult {
  const cm = (name: string, data: Record<string, string>, extra: Partial<K8sObject> = {}) =>
    ({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name, namespace: 'shop' },
      data,
      ...extra,
    }) as K8sObject;
  const base: K8sObject[] = [deployment(1)];
  const head: K8sObject[] = [deployment(5)];
  names.forEach((n, i) => {
    head.push(cm(`new-${i}-${n}`, {}));
    base.push(cm(`gone-${i}`, {}, { metadata: { name: `gone-${i}`, namespace: n } }));
    base.push({
      apiVersion: 'example.com/v1',
      kind: n,
      metadata: { name: `changed-${i}` },
      data: { [n]: 'a' },
    });
    head.push({
      apiVersion: 'example.com/v1',
      kind: n,
      metadata: { name: `changed-${i}` },
      data: { [n]: 'b' },
    });
  });
  const prod = { target: names[0], ...diffObjects(base, head) };
  return {
    base: { ref, commit: '0123456789abcdef0123456789abcdef01234567' },
    hasChanges: true,
    targets: [
      prod,
      {
        target: names[1],
        note: `target ${names[1]} does not exist at ${ref}; every object is new`,
        ...diffObjects([], head),
      },
    ],
  };
}

const benign = HOSTILE.map((_, i) => `benign${i}`);

describe.skipIf(!cmarkAvailable)('markdown injection: the diff comment and summary', () => {
  const hostile = diffWith(HOSTILE, ALL_HOSTILE);
  const plain = diffWith(benign, 'main');

  it.each(MARKDOWN_LEVELS)(
    'at level %s no hostile name makes a link, image, mention, raw HTML or extra structure',
    (level) => {
      const md = renderMarkdown(hostile, level);
      expect(harm(md)).toEqual([]);
      expect(tableProblems(md)).toEqual([]);
      // The same document as with harmless names: nothing opened, closed or hidden.
      expect(structure(toHtml(md))).toEqual(structure(toHtml(renderMarkdown(plain, level))));
    },
  );

  it('keeps the real change visible next to the hostile ones', () => {
    const full = toHtml(renderMarkdown(hostile, 'full'));
    expect(full).toMatch(
      /<pre><code class="language-diff">[^<]*- {2}replicas: 1\n\+ {2}replicas: 5\n/,
    );
    expect(full).toContain('<code>shop/web</code>');
    const summary = toHtml(renderMarkdown(hostile, 'summary'));
    expect(summary).toContain('<code>shop/web</code>: <code>spec.replicas</code>');
  });

  it('shows a hostile name as its own text, on one line', () => {
    const md = renderMarkdown(diffWith(['a\n\n# b', '@x'], 'main'), 'list');
    const html = toHtml(md);
    expect(html).toContain('<code>shop/new-0-a\\n\\n# b</code>');
    expect(html).not.toContain('<h1>');
  });
});

const update = (over: Partial<BumpUpdate>): BumpUpdate => ({
  kind: 'fixed-image',
  file: 'deploy/images.yaml',
  line: 4,
  path: 'images[0].resultImage',
  targets: ['prod'],
  image: 'ghcr.io/acme/web',
  current: '1.0.0',
  latest: '1.1.0',
  filter: 'semver(allow_no_nums=False)',
  from: 'ghcr.io/acme/web:1.0.0',
  to: 'ghcr.io/acme/web:1.1.0',
  digest: `sha256:${'a'.repeat(64)}`,
  explanation: {
    tags: 3,
    cosignTagsIgnored: 0,
    invalidTagsIgnored: 0,
    pages: 1,
    truncated: false,
    rejected: [],
    candidates: 3,
    pick: '1.1.0',
    why: 'highest version of 3 candidates',
  },
  requests: 2,
  ...over,
});

/** Updates whose every project- or registry-provided field is `s`. */
const hostileUpdates = (s: string): BumpUpdate[] => [
  update({ file: s, filter: s, targets: [s, 'prod'] }),
  update({
    kind: 'flux',
    image: s,
    current: s,
    latest: s,
    file: `flux/${s}.yaml`,
    workload: s,
    container: s,
    filter: `glob:${s}`,
    explanation: {
      ...update({}).explanation,
      rejected: [{ rule: s, count: 2, examples: [s] }],
      why: s,
    },
  }),
];

// Not an image reference either, so it gets no registry-page link the hostile strings lack.
const BENIGN = 'benign text';

describe.skipIf(!cmarkAvailable)('markdown injection: bump pull requests and job summary', () => {
  const body = (s: string) =>
    pullRequestBody(hostileUpdates(s), { branch: 'shipshape/image-bump/all', base: s });

  it.each(HOSTILE.map((s) => [JSON.stringify(s), s]))(
    'the pull-request body stays as built with %s',
    (_, s) => {
      expect(harm(body(s))).toEqual([]);
      expect(tableProblems(body(s))).toEqual([]);
      expect(structure(toHtml(body(s)))).toEqual(structure(toHtml(body(BENIGN))));
    },
  );

  it('the pull-request body with every hostile string at once', () => {
    expect(harm(body(ALL_HOSTILE))).toEqual([]);
    expect(structure(toHtml(body(ALL_HOSTILE)))).toEqual(structure(toHtml(body(BENIGN))));
  });

  it('title and commit message keep one line per thing, so no trailer can be forged', () => {
    const s = 'evil\n\nSigned-off-by: Mallory <m@evil.example>\r\nCo-authored-by: x';
    const updates = hostileUpdates(s);
    const title = pullRequestTitle([updates[1]]);
    expect(title).not.toMatch(/[\r\n\u2028\u2029]/);
    const message = commitMessage(pullRequestTitle(updates, s), updates);
    const lines = message.trimEnd().split('\n');
    expect(lines).toHaveLength(2 + updates.length);
    expect(lines.filter((l) => /^[A-Za-z-]+: /.test(l))).toEqual([]);
    // No control character but the line breaks between the lines.
    expect(message).not.toMatch(/[^\P{Cc}\n]|[\u2028\u2029]/u);
  });

  it('the job summary of a run with hostile updates, skips and errors', () => {
    const summary = (s: string) => {
      const skipped: BumpSkip[] = [{ image: s, file: s, reason: s }];
      const errors: BumpError[] = [
        { image: s, file: s, line: 3, error: `registry said: ${s}`, hint: s },
        { target: s, error: s },
      ];
      return jobSummary({
        dryRun: false,
        updates: hostileUpdates(s),
        pullRequest: () => '[#7](https://github.example/acme/app/pull/7) created',
        upToDate: 1,
        skipped,
        errors,
      });
    };
    for (const s of [...HOSTILE, ALL_HOSTILE]) {
      const md = summary(s);
      expect(harm(md), s).toEqual([]);
      expect(tableProblems(md), s).toEqual([]);
      expect(structure(toHtml(md)), s).toEqual(structure(toHtml(summary(BENIGN))));
    }
  });
});

describe.skipIf(!cmarkAvailable)('markdown injection: the render action’s job summary', () => {
  const dir = 'app <img src=x onerror=alert(1)> @octocat #1 |x| [l](https://evil.example)';
  const project = (target: string, item: string) =>
    writeProject({
      '.kluctl.yaml': `targets:\n  - name: ${JSON.stringify(target)}\n`,
      'deployment.yaml': `deployments:\n  - path: ${JSON.stringify(item)}\n`,
      [`${item}/cm.yaml`]: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n',
    });
  const summaryOf = async (target: string, item: string) => {
    const run = await runActionFromSource(
      'render',
      { 'project-dir': '.', target },
      { GITHUB_WORKSPACE: project(target, item) },
    );
    expect(run.code, run.stdout).toBe(0);
    return run.summary;
  };

  it('names a hostile target and item directory without links, HTML or extra structure', async () => {
    const [hostile, plain] = await Promise.all([
      summaryOf(ALL_HOSTILE.replace('\u0000', ''), dir), // no NUL in an environment variable
      summaryOf('prod', 'app'),
    ]);
    expect(harm(hostile)).toEqual([]);
    expect(tableProblems(hostile)).toEqual([]);
    expect(structure(toHtml(hostile))).toEqual(structure(toHtml(plain)));
  });
});
