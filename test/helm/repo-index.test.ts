import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseRepoIndex, readIndexLines } from '../../src/helm/repo-index.js';
import { toolUnavailable } from '../support/tools.js';
import { helm, packageChart, scratch } from './support/helm.js';

/** What a full YAML parse of the index says (the reference). */
function reference(text: string) {
  const doc = parse(text, { uniqueKeys: false }) as {
    entries: Record<string, Record<string, unknown>[]>;
  };
  return new Map(
    Object.entries(doc.entries).map(([name, list]) => [
      name,
      list.map((e) => ({
        version: String(e.version),
        urls: (e.urls as string[] | undefined) ?? [],
        digest: typeof e.digest === 'string' ? e.digest : undefined,
      })),
    ]),
  );
}

const unavailable = toolUnavailable('helm');
if (unavailable) console.warn(`skipping the helm repo index comparison: ${unavailable}`);

describe.skipIf(unavailable)('index.yaml as `helm repo index` writes it', () => {
  let text: string;
  beforeAll(async () => {
    const dir = scratch('index');
    await packageChart(dir, { name: 'alpha', version: '1.0.0' });
    await packageChart(dir, { name: 'alpha', version: '1.1.0-rc.1' });
    await packageChart(dir, {
      name: 'beta',
      version: '2.0.0',
      files: {
        'Chart.yaml': [
          'apiVersion: v2',
          'name: beta',
          'version: 2.0.0',
          'description: |',
          '  A chart whose description has lines like',
          '  version: 9.9.9',
          '  - urls',
          'maintainers:',
          '  - name: someone',
          '    email: a@example.com',
          'sources:',
          '  - https://example.com/src',
          'annotations:',
          '  category: "x: y"',
          'keywords: [a, b]',
          '',
        ].join('\n'),
      },
    });
    await helm(['repo', 'index', dir, '--url', 'https://charts.example.com/stable']);
    text = readFileSync(path.join(dir, 'index.yaml'), 'utf8');
    writeFileSync(path.join(dir, 'copy.yaml'), text);
  });

  it('reads versions, URLs and digests the same as a YAML parser, without one', () => {
    const got = parseRepoIndex(text);
    expect(readIndexLines(text)).toEqual(got); // the fast reader took it
    expect(got).toEqual(reference(text));
    expect(got?.get('beta')).toEqual([
      expect.objectContaining({
        version: '2.0.0',
        urls: ['https://charts.example.com/stable/beta-2.0.0.tgz'],
      }),
    ]);
  });
});

describe('index.yaml in other shapes', () => {
  const cases: Record<string, string> = {
    'four-space lists and quoted values': [
      'apiVersion: v1',
      'entries:',
      '  app:',
      '    - name: app',
      "      version: '1.2.3'",
      '      urls:',
      '        - "https://x/app-1.2.3.tgz"',
      '      digest: "abc"',
      '    - name: app',
      '      version: 1.2.4 # newest',
      '      urls: []',
      '  empty: []',
      'generated: "2024-01-01T00:00:00Z"',
      '',
    ].join('\n'),
    'a version that YAML reads as a number': [
      'entries:',
      '  app:',
      '  - version: 1.10',
      '    urls:',
      '    - app.tgz',
      '',
    ].join('\n'),
    'anchors and aliases': [
      'entries:',
      '  app:',
      '  - &e',
      '    version: 1.0.0',
      '    urls: [a.tgz]',
      '',
    ].join('\n'),
    'flow style urls': [
      'entries:',
      '  app:',
      '  - version: 1.0.0',
      '    urls: [a.tgz, b.tgz]',
      '',
    ].join('\n'),
    'CRLF line ends and a comment': [
      '# an index',
      'apiVersion: v1',
      'entries:',
      '  app:',
      '  - version: 2.0.0',
      '    urls:',
      '    - a.tgz',
      '',
    ].join('\r\n'),
    'a multi-line version': [
      'entries:',
      '  app:',
      '  - version:',
      '      3.0.0',
      '    urls:',
      '    - a.tgz',
      '',
    ].join('\n'),
  };
  it.each(Object.entries(cases))('%s: same as a YAML parser', (_name, text) => {
    expect(parseRepoIndex(text)).toEqual(reference(text));
  });

  it('reads JSON indexes, and says when a document is no index', () => {
    expect(
      parseRepoIndex(
        '{"apiVersion":"v1","entries":{"a":[{"version":"1.0.0","urls":["a.tgz"]}]}}',
      )?.get('a'),
    ).toEqual([{ version: '1.0.0', urls: ['a.tgz'], digest: undefined }]);
    expect(parseRepoIndex('<html>not found</html>')).toBeUndefined();
    expect(parseRepoIndex('apiVersion: v1\n')).toBeUndefined();
  });
});
