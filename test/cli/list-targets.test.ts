import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { writeProject } from '../support/project.js';

const project = writeProject({
  '.kluctl.yaml': 'targets:\n  - name: prod\n  - name: staging\n  - name: "::warning::x"\n',
  'deployment.yaml': 'deployments: []\n',
});

describe('shipshape list-targets', () => {
  it('-o json prints the target names as a JSON list, in the order of .kluctl.yaml', async () => {
    const r = await runCli(['list-targets', '--project-dir', project, '-o', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(['prod', 'staging', '::warning::x']);
  });

  it('prints one name per line by default, none of them a workflow command', async () => {
    const r = await runCli(['list-targets', '--project-dir', project]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('prod\nstaging\n%3A%3Awarning::x\n');
  });

  it('lists nothing, and says so, for a project without targets', async () => {
    const bare = writeProject({ 'deployment.yaml': 'deployments: []\n' });
    const r = await runCli(['list-targets', '--project-dir', bare, '-o', 'json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('[]\n');
    expect(r.stderr).toBe('the project defines no targets\n');
  });

  it('names the file and line of a broken .kluctl.yaml', async () => {
    const broken = writeProject({ '.kluctl.yaml': 'targets:\n  - nmae: prod\n' });
    const r = await runCli(['list-targets', '--project-dir', broken]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\.kluctl\.yaml:2.*nmae/);
  });
});
