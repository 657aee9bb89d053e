import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SUMMARY_LIMIT_BYTES, writeJobSummary } from '../../src/github/index.js';

let dir: string;
let file: string;

// One file, emptied before each test: @actions/core keeps the path it first saw, as a step does.
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'summary-'));
  file = path.join(dir, 'step-summary.md');
});
afterAll(() => rm(dir, { recursive: true, force: true }));
beforeEach(async () => {
  await writeFile(file, '');
  vi.stubEnv('GITHUB_STEP_SUMMARY', file);
  return () => vi.unstubAllEnvs();
});

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const RUN = 'https://github.com/acme/web/actions/runs/7';

describe('writeJobSummary', () => {
  it('writes the full report when it fits', async () => {
    const result = await writeJobSummary([
      '## Diff\n\n| target | changed |\n|---|---|\n| prod | 3 |',
    ]);
    expect(result).toEqual({ written: true, level: 0, truncated: false, bytes: 53 });
    expect(await readFile(file, 'utf8')).toBe(
      '## Diff\n\n| target | changed |\n|---|---|\n| prod | 3 |\n',
    );
  });

  it('steps down when the full report is over 1 MiB, counting what the step already wrote', async () => {
    await writeFile(file, 'x'.repeat(600_000));
    const full = '# full\n' + 'ä'.repeat(300_000); // 600,007 bytes: fits alone, not after 600,000
    const result = await writeJobSummary([full, '# counts\n3 changed'], { runUrl: RUN });
    expect(result).toMatchObject({ level: 1, truncated: false });
    expect((await readFile(file, 'utf8')).slice(600_000)).toBe(
      '# counts\n3 changed\n\n_The full report is larger than a job summary allows (1 MiB); this is a shorter form._\n',
    );
  });

  it('cuts safely, in UTF-8 bytes, when nothing fits', async () => {
    const block =
      '<details><summary>Deployment/app</summary>\n\n```diff\n' +
      '+ 名前: 値😀\n'.repeat(100_000) +
      '```\n</details>\n';
    const result = await writeJobSummary([block + block, block], { runUrl: RUN });
    expect(result).toMatchObject({ written: true, level: 1, truncated: true });
    const written = await readFile(file, 'utf8');
    expect(bytes(written)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(bytes(written)).toBeGreaterThan(SUMMARY_LIMIT_BYTES - 300);
    expect(written).toMatch(
      /\n```\n<\/details>\n\n_The full report is larger[^\n]*\n\n_… cut at the job-summary limit of 1 MiB; see the step's log and outputs in the \[workflow run\]\(https:\/\/github\.com\/acme\/web\/actions\/runs\/7\)\._\n$/,
    );
  });

  it('writes nothing outside GitHub Actions', async () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    expect(await writeJobSummary(['report'])).toEqual({
      written: false,
      level: 0,
      truncated: false,
      bytes: 0,
    });
  });
});
