import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runActionEntry, type ActionRun } from '../support/action.js';
import { startGitHubServer, type GitHubServer } from '../support/github-server/index.js';
import {
  registryUnavailable,
  startRegistry,
  type RegistryInstance,
} from '../support/registry/registry.js';
import { RegistrySeeder } from '../support/registry/seed.js';
import { FIXTURES, readTree } from './fixture-repo.js';
import { checkout, git, runnerEnv } from './helpers.js';

const unavailable = registryUnavailable();
if (unavailable) console.warn(`skipping the image-bump action tests: ${unavailable}`);

let server: GitHubServer;
let registry: RegistryInstance;
let seeder: RegistrySeeder;
let token: string;
let repoCount = 0;

// Suites run at the same time (most of a run is spent in GitHub's write pacing), so each
// one that pushes new tags has registry repositories of its own (`evolving/…`,
// `declining/…`); the others use `fixed/…`.
const TAGS = {
  'team/web': ['1.4.2', '1.5.0-rc1', '1.5.0'],
  'team/worker': ['2.0.0', '2.1.0'],
  'team/proxy': ['1.0.0'],
  'team/cron': ['2.0.0', '2.3.0', '3.0.0'],
};

/** The fixture repository with REGISTRY replaced by `<test registry>/<namespace>`. */
function repoFiles(
  namespace: 'fixed' | 'evolving' | 'declining',
  edit: (text: string) => string = (t) => t,
): Record<string, string> {
  const files = readTree(path.join(FIXTURES, 'image-bump/repo'));
  const prefix = `${registry.host}/${namespace}`;
  return Object.fromEntries(
    Object.entries(files).map(([p, text]) => [p, edit(text.replaceAll('REGISTRY', prefix))]),
  );
}

/** A fresh repository in the stand-in and its checkout at main. */
async function freshRepo(files: Record<string, string>) {
  const full = `acme/bump-${++repoCount}`;
  const repo = await server.createRepo(full, { files, collaborators: ['alice'] });
  repo.teams.add('platform');
  return { full, workspace: checkout(server, full, 'main') };
}

function bump(full: string, workspace: string, inputs: Record<string, string> = {}) {
  return runActionEntry(
    'image-bump',
    {
      'project-dir': 'deploy',
      'fixed-images-files': 'deploy/images.yaml',
      labels: 'dependencies',
      'github-token': token,
      ...inputs,
    },
    { ...runnerEnv(server, full, workspace), GITHUB_EVENT_NAME: 'schedule' },
  );
}

const errorLine = (run: ActionRun) => run.stdout.split('\n').find((l) => l.startsWith('::error::'));
const open = (full: string) => server.pullRequests(full).filter((p) => p.state === 'open');
const fileAt = (full: string, branch: string, file: string) =>
  git(server.repo(full).git.dir, 'show', `${branch}:${file}`);
/** Requests that changed something in one repository (REST paths, GraphQL mutations naming it). */
const writesTo = (full: string) =>
  server
    .writes()
    .filter(
      (r) => r.path.startsWith(`/repos/${full}/`) || JSON.stringify(r.body).includes(`"${full}"`),
    );
const branchOf = (image: string, ns = 'evolving', prefix = 'shipshape/') =>
  `${prefix}image-bump-deploy/${registry.host.replace(':', '-')}-${ns}-team-${image}`;

/** Someone closing or reopening a pull request on GitHub (the REST call the web page makes). */
async function setState(full: string, number: number, state: 'open' | 'closed') {
  const res = await fetch(`${server.url}/repos/${full}/pulls/${number}`, {
    method: 'PATCH',
    headers: { authorization: `token ${person}`, 'content-type': 'application/json' },
    body: JSON.stringify({ state }),
  });
  expect(res.status, await res.text()).toBe(200);
}
let person: string;

beforeAll(async () => {
  if (unavailable) return;
  server = await startGitHubServer();
  token = server.issueToken();
  person = server.issueToken({ login: 'alice' });
  registry = await startRegistry();
  seeder = new RegistrySeeder({ url: registry.url });
  await seeder.push(
    ['fixed', 'evolving', 'declining'].flatMap((ns) =>
      Object.entries(TAGS).flatMap(([repo, tags]) =>
        tags.map((tag) => ({ repository: `${ns}/${repo}`, tag })),
      ),
    ),
  );
});
afterAll(async () => {
  await server?.close();
  await registry?.stop();
});

describe.skipIf(unavailable).concurrent('actions/image-bump (bundled dist/image-bump.js)', () => {
  // Concurrent with the other suites; its own runs build on each other, in order.
  describe('one repository over several runs', () => {
    let full: string;
    let workspace: string;
    let first: ActionRun;
    let numbers: number[];
    let reg: string;

    beforeAll(async () => {
      reg = `${registry.host}/evolving`;
      ({ full, workspace } = await freshRepo(repoFiles('evolving')));
      first = await bump(full, workspace);
      numbers = JSON.parse(first.outputs['pull-requests'] ?? '[]');
    });

    it.sequential('opens one pull request per image, each with exactly its own edit', () => {
      expect(first.code, first.stdout).toBe(0);
      expect(first.outputs['updated-count']).toBe('2');
      expect(open(full).map((p) => [p.number, p.pull!.head, p.labels])).toEqual([
        [numbers[0], branchOf('web'), ['dependencies']],
        [numbers[1], branchOf('worker'), ['dependencies']],
      ]);
      const original = repoFiles('evolving')['deploy/images.yaml'];
      expect(fileAt(full, branchOf('web'), 'deploy/images.yaml')).toBe(
        original.replace(`${reg}/team/web:1.4.2`, `${reg}/team/web:1.5.0`).trimEnd(),
      );
      expect(fileAt(full, branchOf('worker'), 'deploy/images.yaml')).toBe(
        original.replace(`${reg}/team/worker:2.0.0`, `${reg}/team/worker:2.1.0`).trimEnd(),
      );
      // One commit on main, made through the API and so verified.
      const dir = server.repo(full).git.dir;
      expect(git(dir, 'rev-parse', `${branchOf('web')}^`)).toBe(git(dir, 'rev-parse', 'main'));
      expect(server.verification(full, git(dir, 'rev-parse', branchOf('web')))).toBe('valid');
      // The workspace is left as checked out.
      expect(git(workspace, 'status', '--porcelain')).toBe('');
    });

    it.sequential('says in title, body and commit exactly what changed', () => {
      const web = open(full).find((p) => p.number === numbers[0])!;
      expect(web.title).toBe(`Bump ${reg}/team/web from 1.4.2 to 1.5.0`);
      expect(web.body).toContain(
        `| \`${reg}/team/web\` | \`1.4.2\` | \`1.5.0\` | \`semver(allow_no_nums=False)\` | \`deploy/images.yaml:4\` (\`prod\`) |`,
      );
      expect(web.body).not.toContain('team/worker');
      expect(web.body).toContain(
        `- \`${reg}/team/web\` \`1.5.0\`: 3 of 3 tags are candidates; highest version of 3 candidates`,
      );
      const dir = server.repo(full).git.dir;
      expect(git(dir, 'log', '-1', '--format=%B', branchOf('web'))).toBe(
        `Bump ${reg}/team/web from 1.4.2 to 1.5.0\n\n- ${reg}/team/web: 1.4.2 -> 1.5.0 (semver(allow_no_nums=False)) in deploy/images.yaml:4`,
      );
    });

    it.sequential('never prints the token except to mask it', () => {
      const lines = first.stdout.split('\n').filter((l) => l.includes(token));
      expect(lines).toEqual([`::add-mask::${token}`]);
      expect(first.summary).not.toContain(token);
    });

    it.sequential('reports every update with its pull request in the job summary', () => {
      expect(first.summary).toContain('### shipshape image-bump');
      expect(first.summary).toContain(
        `[#${numbers[0]}](${server.url}/${full}/pull/${numbers[0]}) created`,
      );
      expect(first.summary).toContain('1 up to date, 0 skipped, 0 failed.');
    });

    it.sequential('changes nothing when run again with nothing new', async () => {
      const writes = writesTo(full).length;
      const again = await bump(full, workspace);
      expect(again.code, again.stdout).toBe(0);
      expect(JSON.parse(again.outputs['pull-requests'])).toEqual(numbers);
      expect(writesTo(full)).toHaveLength(writes);
      expect(server.pullRequests(full)).toHaveLength(2);
    });

    it.sequential('updates the open pull request in place when a newer tag appears', async () => {
      await seeder.push([{ repository: 'evolving/team/web', tag: '1.6.0' }]);
      const run = await bump(full, workspace);
      expect(run.code, run.stdout).toBe(0);
      expect(server.pullRequests(full)).toHaveLength(2);
      const web = open(full).find((p) => p.number === numbers[0])!;
      expect(web.title).toBe(`Bump ${reg}/team/web from 1.4.2 to 1.6.0`);
      expect(fileAt(full, branchOf('web'), 'deploy/images.yaml')).toContain(
        `resultImage: ${reg}/team/web:1.6.0 # storefront`,
      );
      expect(run.summary).toContain(
        `[#${numbers[0]}](${server.url}/${full}/pull/${numbers[0]}) updated`,
      );
    });

    it.sequential(
      'closes the pull request of an image main has bumped by other means',
      async () => {
        const images = repoFiles('evolving')['deploy/images.yaml'];
        await server.push(full, 'main', {
          'deploy/images.yaml': images.replace(
            `${reg}/team/worker:2.0.0`,
            `${reg}/team/worker:2.1.0`,
          ),
        });
        git(workspace, 'pull', '--quiet', '--ff-only');
        const run = await bump(full, workspace);
        expect(run.code, run.stdout).toBe(0);
        expect(JSON.parse(run.outputs['pull-requests'])).toEqual([numbers[0]]);
        expect(open(full).map((p) => p.number)).toEqual([numbers[0]]);
        const worker = server.pullRequests(full).find((p) => p.number === numbers[1])!;
        expect(worker.state).toBe('closed');
        expect(server.comments(full, numbers[1]).at(-1)!.body).toContain(
          'nothing in this pull request needs bumping on `main` any more',
        );
        // The web pull request is rebuilt on the new main: it keeps the worker's new pin.
        const dir = server.repo(full).git.dir;
        expect(git(dir, 'rev-parse', `${branchOf('web')}^`)).toBe(git(dir, 'rev-parse', 'main'));
        expect(fileAt(full, branchOf('web'), 'deploy/images.yaml')).toContain(
          `${reg}/team/worker:2.1.0`,
        );
      },
    );
  });

  describe('pull requests that behave like Renovate and Dependabot', () => {
    let full: string;
    let workspace: string;
    let reg: string;
    let first: ActionRun;
    const INPUTS = {
      'branch-prefix': 'deps/',
      title: 'chore(deps): bump {image} to {to}',
      'commit-message': 'chore(deps): bump {image} from {from} to {to}',
      reviewers: 'alice',
      'team-reviewers': 'platform',
      assignees: 'alice, mallory',
      draft: 'true',
    };
    const webBranch = () => branchOf('web', 'declining', 'deps/');
    const pullOf = (branch: string) => open(full).find((p) => p.pull!.head === branch);
    const bumpAgain = () => bump(full, workspace, INPUTS);

    beforeAll(async () => {
      reg = `${registry.host}/declining`;
      ({ full, workspace } = await freshRepo(repoFiles('declining')));
      first = await bumpAgain();
    });

    it.sequential('opens drafts with templated titles, reviewers, teams and assignees', () => {
      expect(first.code, first.stdout).toBe(0);
      const web = pullOf(webBranch())!;
      expect(web.title).toBe(`chore(deps): bump ${reg}/team/web to 1.5.0`);
      expect(web.pull!.draft).toBe(true);
      expect(web.pull!.requestedReviewers).toEqual(['alice']);
      expect(web.pull!.requestedTeams).toEqual(['platform']);
      expect(web.assignees).toEqual(['alice']);
      expect(first.stdout).toMatch(/::warning::GitHub did not assign mallory to #\d+/);
      expect(git(server.repo(full).git.dir, 'log', '-1', '--format=%s', webBranch())).toBe(
        `chore(deps): bump ${reg}/team/web from 1.4.2 to 1.5.0`,
      );
    });

    it.sequential('says per pull request what it did, as JSON', () => {
      const dir = server.repo(full).git.dir;
      const records = JSON.parse(first.outputs['pull-requests-json']);
      const web = pullOf(webBranch())!;
      expect(records).toContainEqual({
        number: web.number,
        url: `${server.url}/${full}/pull/${web.number}`,
        operation: 'created',
        branch: webBranch(),
        headSha: git(dir, 'rev-parse', webBranch()),
        group: `${reg}/team/web`,
      });
      expect(records).toHaveLength(2);
    });

    it.sequential(
      'does not propose a version again once its pull request was closed unmerged',
      async () => {
        const web = pullOf(webBranch())!;
        await setState(full, web.number, 'closed');
        const run = await bumpAgain();
        expect(run.code, run.stdout).toBe(0);
        expect(pullOf(webBranch())).toBeUndefined();
        expect(open(full)).toHaveLength(1); // the worker's
        const records = JSON.parse(run.outputs['pull-requests-json']) as { number: number }[];
        expect(records.map((r) => r.number)).not.toContain(web.number);
        // The job summary's text is escaped markdown.
        expect(run.summary).toContain(`was declined in \\#&#8203;${web.number}`);
        // The closed pull request is told once how to undo.
        const [told] = server.comments(full, web.number);
        expect(told.body).toContain(`will not propose \`${reg}/team/web\` \`1.5.0\` again`);
        expect(told.body).toContain('Reopen this pull request');
        expect(server.repo(full).issues.get(web.number)!.body).toMatch(
          /<!-- shipshape:declined [^ ]+team\/web@1\.5\.0 -->\n$/,
        );
        const writes = writesTo(full).length;
        const again = await bumpAgain();
        expect(again.code, again.stdout).toBe(0);
        expect(writesTo(full)).toHaveLength(writes);
      },
    );

    it.sequential('takes a reopened pull request over again', async () => {
      const closed = server.pullRequests(full).find((p) => p.pull!.head === webBranch())!;
      await setState(full, closed.number, 'open');
      const run = await bumpAgain();
      expect(run.code, run.stdout).toBe(0);
      expect(pullOf(webBranch())?.number).toBe(closed.number);
      expect(server.repo(full).issues.get(closed.number)!.body).toMatch(
        /<!-- shipshape:proposes [^ ]+team\/web@1\.5\.0 -->\n$/,
      );
    });

    it.sequential('proposes a newer version than the one declined', async () => {
      const declined = pullOf(webBranch())!;
      await setState(full, declined.number, 'closed');
      await bumpAgain();
      expect(pullOf(webBranch())).toBeUndefined();
      await seeder.push([{ repository: 'declining/team/web', tag: '1.6.0' }]);
      const run = await bumpAgain();
      expect(run.code, run.stdout).toBe(0);
      const newer = pullOf(webBranch())!;
      expect(newer.number).not.toBe(declined.number);
      expect(newer.title).toBe(`chore(deps): bump ${reg}/team/web to 1.6.0`);
    });
  });

  describe('two steps with different targets', () => {
    it("keep pull requests of their own and never close each other's", async () => {
      const files = repoFiles('fixed');
      const { full, workspace } = await freshRepo({
        ...files,
        'deploy/.kluctl.yaml': 'targets:\n  - name: prod\n  - name: staging\n',
      });
      const prod = await bump(full, workspace, { targets: 'prod' });
      const staging = await bump(full, workspace, { targets: 'staging' });
      const prodAgain = await bump(full, workspace, { targets: 'prod' });
      for (const run of [prod, staging, prodAgain]) expect(run.code, run.stdout).toBe(0);
      const heads = open(full).map((p) => p.pull!.head.replace(/\/[^/]*-fixed-team-/, '/'));
      expect(heads.sort()).toEqual([
        'shipshape/image-bump-deploy--prod/web',
        'shipshape/image-bump-deploy--prod/worker',
        'shipshape/image-bump-deploy--staging/web',
        'shipshape/image-bump-deploy--staging/worker',
      ]);
    });
  });

  describe('grouping, dry run, nothing to do', () => {
    it('puts every update into one pull request with group-by: all', async () => {
      const { full, workspace } = await freshRepo(repoFiles('fixed'));
      const run = await bump(full, workspace, { 'group-by': 'all' });
      expect(run.code, run.stdout).toBe(0);
      expect(open(full)).toHaveLength(1);
      const [pr] = open(full);
      expect(pr.pull!.head).toBe('shipshape/image-bump-deploy/all');
      expect(pr.title).toBe('Bump 2 images');
      const reg = `${registry.host}/fixed`;
      const original = repoFiles('fixed')['deploy/images.yaml'];
      expect(fileAt(full, pr.pull!.head, 'deploy/images.yaml')).toBe(
        original
          .replace(`${reg}/team/web:1.4.2`, `${reg}/team/web:1.5.0`)
          .replace(`${reg}/team/worker:2.0.0`, `${reg}/team/worker:2.1.0`)
          .trimEnd(),
      );
    });

    it('makes one pull request per file with group-by: file, Flux workloads included', async () => {
      const reg = `${registry.host}/fixed`;
      const cron = `apiVersion: v1
kind: ConfigMap
metadata:
  name: cron-settings
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: cron
  annotations:
    fluxcd.io/automated: "true"
    fluxcd.io/tag.cron: semver:~2
spec:
  template:
    spec:
      containers:
        - name: cron
          image: ${reg}/team/cron:2.0.0
`;
      const { full, workspace } = await freshRepo({
        ...repoFiles('fixed'),
        'deploy/legacy/cron.yaml': cron,
      });
      const run = await bump(full, workspace, { 'group-by': 'file' });
      expect(run.code, run.stdout).toBe(0);
      expect(open(full).map((p) => [p.pull!.head, p.title])).toEqual([
        ['shipshape/image-bump-deploy/deploy-images.yaml', 'Bump 2 images in deploy/images.yaml'],
        [
          'shipshape/image-bump-deploy/deploy-legacy-cron.yaml',
          `Bump ${reg}/team/cron from 2.0.0 to 2.3.0`,
        ],
      ]);
      const flux = open(full)[1];
      expect(fileAt(full, flux.pull!.head, 'deploy/legacy/cron.yaml')).toBe(
        cron.replace('cron:2.0.0', 'cron:2.3.0').trimEnd(),
      );
      expect(flux.body).toContain(
        '| `semver:~2` | `deploy/legacy/cron.yaml:18` (`Deployment/cron`, container `cron`) |',
      );
    });

    it('only reports with dry-run: no token needed, nothing written', async () => {
      const { full, workspace } = await freshRepo(repoFiles('fixed'));
      const run = await bump(full, workspace, { 'dry-run': 'true', 'github-token': '' });
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs['updated-count']).toBe('2');
      expect(run.outputs['pull-requests']).toBe('[]');
      expect(run.summary).toContain('### shipshape image-bump (dry run)');
      expect(run.summary).toContain('not opened (dry run)');
      expect(writesTo(full)).toEqual([]);
      expect(git(workspace, 'status', '--porcelain')).toBe('');
    });

    it('runs the same from the root action with command: image-bump', async () => {
      const { full, workspace } = await freshRepo(repoFiles('fixed'));
      const run = await runActionEntry(
        'action',
        {
          command: 'image-bump',
          'project-dir': 'deploy',
          'fixed-images-files': 'deploy/images.yaml',
          'dry-run': 'true',
        },
        runnerEnv(server, full, workspace),
      );
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs['updated-count']).toBe('2');
    });

    it('succeeds without a pull request when every image is up to date', async () => {
      const reg = `${registry.host}/fixed`;
      const { full, workspace } = await freshRepo(
        repoFiles('fixed', (t) =>
          t
            .replace(`${reg}/team/web:1.4.2`, `${reg}/team/web:1.5.0`)
            .replace(`${reg}/team/worker:2.0.0`, `${reg}/team/worker:2.1.0`),
        ),
      );
      const run = await bump(full, workspace);
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs['updated-count']).toBe('0');
      expect(run.outputs['pull-requests']).toBe('[]');
      expect(server.pullRequests(full)).toEqual([]);
      expect(run.stdout).toContain('Every pinned image is up to date: no pull request needed.');
    });
  });

  describe('bad input', () => {
    it('bumps the other images, then fails naming the one that could not be checked', async () => {
      const { full, workspace } = await freshRepo(
        repoFiles('fixed', (t) => t.replaceAll('team/proxy', 'team/nonexistent')),
      );
      const run = await bump(full, workspace, { 'group-by': 'all' });
      expect(run.code).toBe(1);
      expect(open(full).map((p) => p.title)).toEqual(['Bump 2 images']);
      // One annotation per failed image, on the line that pins it.
      const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
      expect(annotations).toHaveLength(1);
      expect(annotations[0]).toMatch(
        new RegExp(
          // Property values are escaped (`:` as %3A) in the workflow command.
          `^::error title=shipshape image-bump%3A ${registry.host.replace(':', '%3A')}/fixed/team/nonexistent,file=deploy/images.yaml,line=8::.*not found`,
        ),
      );
      expect(run.stdout).toContain('image-bump finished with 1 error:');
      expect(run.stdout).toMatch(/team\/nonexistent \(deploy\/images\.yaml:8\): .*not found/);
    });

    it('refuses a template with an unknown placeholder before any work', async () => {
      const { full, workspace } = await freshRepo(repoFiles('fixed'));
      const run = await bump(full, workspace, { title: 'bump {image} to {version}' });
      expect(run.code).toBe(1);
      expect(errorLine(run)).toContain('input title: unknown placeholder {version}');
      expect(run.stdout).toContain(
        '{subject}, {image}, {from}, {to}, {tag}, {count}, {group}, {dir}',
      );
      expect(run.stdout).not.toContain('::group::render');
    });

    it('rejects an unknown group-by', async () => {
      const { full, workspace } = await freshRepo(repoFiles('fixed'));
      const run = await bump(full, workspace, { 'group-by': 'team' });
      expect(run.code).toBe(1);
      expect(errorLine(run)).toContain(
        'input group-by must be one of image, file, all, got "team"',
      );
    });

    it('needs a token unless it is a dry run', async () => {
      const { full, workspace } = await freshRepo(repoFiles('fixed'));
      const run = await bump(full, workspace, { 'github-token': '' });
      expect(run.code).toBe(1);
      expect(errorLine(run)).toContain('No GitHub token');
      expect(run.stdout).not.toContain('::group::render');
    });

    it('refuses to build pull requests from a checkout that is not the base branch head', async () => {
      const { full, workspace } = await freshRepo(repoFiles('fixed'));
      await server.push(full, 'main', { 'README.md': 'moved on\n' });
      const run = await bump(full, workspace);
      expect(run.code).toBe(1);
      expect(errorLine(run)).toMatch(
        /the checkout is at [0-9a-f]{12}, but main is at [0-9a-f]{12}/,
      );
      expect(server.pullRequests(full)).toEqual([]);
    });
  });
});
