import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChartArchive, writeChartFiles } from '../../src/helm/archive.js';
import { openChartSources } from '../../src/helm/chart-sources.js';
import { helmPull } from '../../src/helm/pull.js';
import { UserError } from '../../src/util/errors.js';
import { toolUnavailable } from '../support/tools.js';
import { scratch, startChartRepo, type ChartRepoServer } from './support/helm.js';

interface Entry {
  name: string;
  data?: string | Buffer;
  type?: '0' | '2' | '1' | '5' | '3';
  linkname?: string;
  /** Write a PAX header carrying the name (for long names). */
  pax?: boolean;
}

/** A ustar archive built by hand, so that entries no tool would write can be tested. */
function tar(entries: Entry[]): Buffer {
  const blocks: Buffer[] = [];
  const header = (name: string, size: number, type: string, linkname = '') => {
    const h = Buffer.alloc(512);
    h.write(name.slice(0, 100), 0, 'utf8');
    h.write('0000644\0', 100);
    h.write('0000000\0', 108);
    h.write('0000000\0', 116);
    h.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
    h.write('00000000000\0', 136);
    h.write('        ', 148);
    h.write(type, 156);
    h.write(linkname, 157);
    h.write('ustar\0', 257);
    h.write('00', 263);
    let sum = 0;
    for (const b of h) sum += b;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    return h;
  };
  const body = (data: Buffer) =>
    Buffer.concat([data, Buffer.alloc((512 - (data.length % 512)) % 512)]);
  for (const e of entries) {
    const data = Buffer.from(e.data ?? '');
    if (e.pax) {
      const rec = ` path=${e.name}\n`;
      let len = rec.length + 2;
      if (`${len}${rec}`.length !== len) len++;
      const pax = Buffer.from(`${len}${rec}`);
      blocks.push(header('PaxHeader', pax.length, 'x'), body(pax));
    }
    blocks.push(
      header(
        e.pax ? 'short' : e.name,
        e.type === '2' || e.type === '1' ? 0 : data.length,
        e.type ?? '0',
        e.linkname,
      ),
    );
    if (e.type !== '2' && e.type !== '1' && data.length) blocks.push(body(data));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

const chartYaml = 'apiVersion: v2\nname: demo\nversion: 1.0.0\n';
const errorOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as UserError).message;
  }
  throw new Error('expected an error');
};

describe('chart archives are unpacked as helm pull --untar does, and safely', () => {
  it('drops the top directory, strips a UTF-8 BOM, reads PAX long names', () => {
    const long = `demo/templates/${'x'.repeat(120)}.yaml`;
    const files = readChartArchive(
      tar([
        { name: 'demo/', type: '5' },
        { name: 'demo/Chart.yaml', data: chartYaml },
        {
          name: 'demo/values.yaml',
          data: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a: 1\n')]),
        },
        { name: long, data: 'kind: ConfigMap\n', pax: true },
      ]),
      'demo',
    );
    expect(files.map((f) => [f.name, f.data.toString()])).toEqual([
      ['Chart.yaml', chartYaml],
      ['values.yaml', 'a: 1\n'],
      [long.slice('demo/'.length), 'kind: ConfigMap\n'],
    ]);
  });

  it.each([
    [
      'a path out of the chart',
      [{ name: 'demo/../../evil', data: 'x' }],
      'demo/../../evil points outside the chart directory',
    ],
    [
      'an absolute path',
      [{ name: 'demo//etc/passwd', data: 'x' }],
      'demo//etc/passwd is an absolute path',
    ],
    [
      'a Windows path out of the chart',
      [{ name: 'demo\\..\\..\\evil', data: 'x' }],
      'demo\\..\\..\\evil points outside the chart directory',
    ],
    [
      'Chart.yaml at the top',
      [{ name: 'Chart.yaml', data: chartYaml }],
      'Chart.yaml is not inside the chart directory',
    ],
  ] as const)('refuses %s before writing anything', (_what, entries, message) => {
    expect(errorOf(() => readChartArchive(tar([...entries]), 'demo 1.0.0'))).toBe(
      `the chart archive of demo 1.0.0 is not valid: ${message}`,
    );
  });

  it('writes links and devices as empty regular files, never as links', () => {
    const dir = scratch('links');
    const files = readChartArchive(
      tar([
        { name: 'demo/Chart.yaml', data: chartYaml },
        { name: 'demo/templates/passwd', type: '2', linkname: '/etc/passwd' },
        { name: 'demo/templates/hard', type: '1', linkname: 'demo/Chart.yaml' },
      ]),
      'demo',
    );
    writeChartFiles(dir, files, 'demo');
    expect(readFileSync(path.join(dir, 'templates/passwd'), 'utf8')).toBe('');
    expect(readFileSync(path.join(dir, 'templates/hard'), 'utf8')).toBe('');
  });

  it('bounds the unpacked size, each file and the number of files', () => {
    const big = Buffer.alloc(2 * 1024 * 1024, 'a');
    const limits = { maxTotalBytes: 3 * 1024 * 1024, maxFileBytes: 1024 * 1024, maxFiles: 3 };
    expect(
      errorOf(() =>
        readChartArchive(
          tar([
            { name: 'demo/Chart.yaml', data: chartYaml },
            { name: 'demo/big', data: big },
          ]),
          'd',
          limits,
        ),
      ),
    ).toBe('the chart archive of d is not valid: big is larger than 1 MiB');
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024));
    expect(errorOf(() => readChartArchive(bomb, 'd', limits))).toMatch(
      /it unpacks to more than 3 MiB/,
    );
    const many = Array.from({ length: 5 }, (_, i) => ({ name: `demo/f${i}`, data: 'x' }));
    expect(errorOf(() => readChartArchive(tar(many), 'd', limits))).toBe(
      'the chart archive of d is not valid: it has more than 3 files',
    );
    expect(errorOf(() => readChartArchive(Buffer.from('not gzip'), 'd'))).toBe(
      'the chart archive of d is not valid: it is not a gzip file',
    );
  });
});

const unavailable = toolUnavailable('helm');
if (unavailable) console.warn(`skipping the malicious repository test: ${unavailable}`);

describe.skipIf(unavailable)('a malicious chart repository', () => {
  let repo: ChartRepoServer;
  let evil: Buffer;
  beforeAll(async () => {
    const dir = scratch('evil-repo');
    evil = tar([
      { name: 'demo/Chart.yaml', data: chartYaml },
      { name: 'demo/../../../../../../tmp/shipshape-escaped', data: 'pwned' },
    ]);
    writeFileSync(path.join(dir, 'demo-1.0.0.tgz'), evil);
    // helm repo index refuses such an archive: the index is written by hand.
    const digest = createHash('sha256').update(evil).digest('hex');
    writeFileSync(
      path.join(dir, 'index.yaml'),
      `apiVersion: v1\nentries:\n  demo:\n    - name: demo\n      version: 1.0.0\n      urls: [demo-1.0.0.tgz]\n      digest: ${digest}\n`,
    );
    repo = await startChartRepo(dir, { ownIndex: true });
  });
  afterAll(() => repo?.stop());

  it('cannot make helm-pull write outside .helm-charts, and leaves nothing half-pulled', async () => {
    const project = scratch('evil-project');
    writeFileSync(path.join(project, '.kluctl.yaml'), '');
    mkdirSync(path.join(project, 'a'));
    writeFileSync(
      path.join(project, 'a/helm-chart.yaml'),
      `helmChart:\n  repo: ${repo.url}\n  chartName: demo\n  chartVersion: 1.0.0\n  releaseName: a\n`,
    );
    const sources = await openChartSources({ HOME: scratch('home') });
    const report = await helmPull({ projectDir: project, sources }).finally(() => sources.close());
    expect(report.errors.map((e) => e.error)).toEqual([
      `the chart archive of demo 1.0.0 from ${repo.url} is not valid: demo/../../../../../../tmp/shipshape-escaped points outside the chart directory`,
    ]);
    expect(existsSync('/tmp/shipshape-escaped')).toBe(false);
    expect(readdirSync(path.join(project, '.helm-charts'))).toEqual([]);
  });

  it('cannot swap the archive the index describes (digest checked)', async () => {
    const index = readFileSync(path.join(repo.dir, 'index.yaml'), 'utf8');
    expect(index).toContain(createHash('sha256').update(evil).digest('hex'));
    writeFileSync(
      path.join(repo.dir, 'demo-1.0.0.tgz'),
      tar([{ name: 'demo/Chart.yaml', data: chartYaml }]),
    );
    const project = scratch('swap');
    writeFileSync(path.join(project, '.kluctl.yaml'), '');
    mkdirSync(path.join(project, 'a'));
    writeFileSync(
      path.join(project, 'a/helm-chart.yaml'),
      `helmChart:\n  repo: ${repo.url}\n  chartName: demo\n  chartVersion: 1.0.0\n  releaseName: a\n`,
    );
    const sources = await openChartSources({ HOME: scratch('home') });
    const report = await helmPull({ projectDir: project, sources }).finally(() => sources.close());
    expect(report.errors[0].error).toBe(
      `demo 1.0.0 from ${repo.url}: the archive does not match the digest in index.yaml`,
    );
  });
});
