// Renders the README's examples with the actions' own code, from the test fixtures:
// - docs/examples/diff-comment.md: the comment actions/diff posts for the pull request in
//   test/fixtures/actions/diff (rendered base vs head in a throw-away git repository);
// - docs/examples/image-bump-pull-request.md: title and body of the pull request
//   actions/image-bump opens for the updates in test/fixtures/actions/image-bump/report.json.
// Both are also copied into README.md between their BEGIN/END markers.
// Run: npm exec -- tsx scripts/readme-examples.ts [--check]   (--check: exit 1 if out of date)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commitMessage, pullRequestBody, pullRequestTitle } from '../src/actions/bump-text.js';
import { commentFooter, commentKey } from '../src/actions/diff-comment.js';
import { diffReportBodies } from '../src/actions/diff.js';
import { diffAgainstRef } from '../src/diff/index.js';
import { pullRequestBranch, stickyCommentBody, withProposals } from '../src/github/index.js';
import type { BumpUpdate } from '../src/images/bump.js';
import { diffPullRequest, FIXTURES } from '../test/actions/fixture-repo.js';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'docs/examples');
const RUN_URL = 'https://github.com/acme/shop/actions/runs/10234567890';
const HEAD_SHA = '8d3f0c2b9a61e4f7c05b2d9e8a7f6c5b4d3e2f1a';

/** The diff fixture as a git repository: main holds the base, the working tree the pull request. */
async function diffComment(): Promise<string> {
  const repo = mkdtempSync(path.join(tmpdir(), 'shipshape-readme-'));
  try {
    const { base, head } = diffPullRequest();
    const write = (files: Record<string, string | null>) => {
      for (const [rel, content] of Object.entries(files)) {
        const file = path.join(repo, rel);
        if (content === null) rmSync(file);
        else {
          mkdirSync(path.dirname(file), { recursive: true });
          writeFileSync(file, content);
        }
      }
    };
    // Fixed identity and dates: the same fixture gives the same commit, so the same bytes.
    const date = '2026-01-15T09:30:00Z';
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 'Octo Cat',
      GIT_AUTHOR_EMAIL: 'octocat@example.com',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_NAME: 'Octo Cat',
      GIT_COMMITTER_EMAIL: 'octocat@example.com',
      GIT_COMMITTER_DATE: date,
    };
    const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { env });
    git('init', '--quiet', '--initial-branch', 'main');
    write(base);
    git('add', '.');
    git('commit', '--quiet', '-m', 'Shop deployment');
    write(head);

    const projectDir = path.join(repo, 'deploy');
    const result = await diffAgainstRef({
      render: {
        projectDir,
        fixedImagesFiles: [path.join(repo, 'deploy/images.yaml')],
        cwd: repo,
      },
      targets: ['prod'],
      baseRef: 'main',
    });
    return stickyCommentBody({
      key: commentKey(repo, projectDir, ['prod']),
      bodies: diffReportBodies(result),
      runUrl: RUN_URL,
      // The pull request's head commit, as the event names it.
      footer: commentFooter(HEAD_SHA, RUN_URL),
    }).body;
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

function bumpPullRequest(): string {
  const report = JSON.parse(
    readFileSync(path.join(FIXTURES, 'image-bump/report.json'), 'utf8'),
  ) as { updates: BumpUpdate[] };
  const branch = pullRequestBranch('image-bump-deploy', 'all');
  const title = pullRequestTitle(report.updates);
  const body = withProposals(
    pullRequestBody(report.updates, { branch, base: 'main', runUrl: RUN_URL }),
    report.updates.map((u) => ({ name: u.image, version: u.latest })),
  );
  return [
    `<!-- title: ${title} -->`,
    `<!-- branch: ${branch}; commit message:`,
    commitMessage(title, report.updates).trimEnd(),
    '-->',
    body,
  ].join('\n');
}

const files = {
  'diff-comment.md': await diffComment(),
  'image-bump-pull-request.md': bumpPullRequest(),
};
// README.md shows each example between `<!-- BEGIN docs/examples/NAME -->` and `<!-- END … -->`.
const readmeFile = path.join(root, 'README.md');
let readme = readFileSync(readmeFile, 'utf8');
for (const [name, text] of Object.entries(files)) {
  const begin = `<!-- BEGIN docs/examples/${name} -->\n`;
  const end = `<!-- END docs/examples/${name} -->`;
  const from = readme.indexOf(begin);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${begin.trim()} … ${end} section`);
  readme = `${readme.slice(0, from + begin.length)}${text.endsWith('\n') ? text : `${text}\n`}${readme.slice(to)}`;
}

const check = process.argv.includes('--check');
let stale = 0;
for (const [name, text] of Object.entries({ ...files, '../../README.md': readme })) {
  const file = path.join(out, name);
  let old: string | undefined;
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    old = undefined;
  }
  if (old === text) continue;
  if (check) {
    console.error(`${path.relative(root, file)} is out of date: run scripts/readme-examples.ts`);
    stale++;
  } else {
    mkdirSync(out, { recursive: true });
    writeFileSync(file, text);
    console.log(`wrote ${path.relative(root, file)}`);
  }
}
process.exitCode = stale ? 1 : 0;
