/**
 * Wrong usage of the cluster commands is refused before anything is rendered or sent: exit 2
 * and what to do. No cluster is needed for these.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { configMap, project } from './helpers.js';

describe('cluster commands: usage errors', () => {
  const dir = project({
    'deployment.yaml': 'deployments:\n  - path: app\n',
    'app/cm.yaml': [configMap('x')],
  });
  const nowhere = { KUBECONFIG: '/nonexistent/kubeconfig' };

  it.each([
    [
      ['deploy', '-y', '--readiness-timeout', '5 minutes'],
      '--readiness-timeout must be a duration such as 30s, 5m or 1h, got "5 minutes"',
    ],
    [
      ['deploy', '-y', '-o', 'xml'],
      '-o/--output-format must be FORMAT or FORMAT=FILE with FORMAT one of text, json, yaml, markdown, got "xml"',
    ],
    [['deploy', '-y', '-o', 'json='], '-o json= needs a file name after "="'],
    [
      ['deploy'],
      'deploy asks for confirmation before it changes the cluster, but there is no terminal to ask on: pass -y (--yes)',
    ],
    [['prune'], 'prune asks for confirmation'],
    [['validate', '--wait', 'forever'], '--wait must be a duration'],
    [['diff', '-t', 'a', '-t', 'b'], 'a diff against the cluster compares one target at a time'],
  ])('%j', async (args, message) => {
    const r = await runCli([...args, '--project-dir', dir, '-a', 'ns=x'], { env: nowhere });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('--dry-run needs no confirmation; a missing kubeconfig is reported in the result, nothing applied', async () => {
    const r = await runCli(
      ['deploy', '--dry-run', '--project-dir', dir, '-a', 'ns=x', '-o', 'json'],
      { env: nowhere },
    );
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout);
    expect(result.errors[0].message).toContain(
      'cannot connect to a Kubernetes cluster: none of the files in KUBECONFIG exist',
    );
    expect(result.summary).toMatchObject({ notApplied: 1, errors: 1 });
  });

  it('--help lists the kluctl flags', async () => {
    const r = await runCli(['deploy', '--help']);
    expect(r.code).toBe(0);
    for (const flag of [
      '--abort-on-error',
      '--dry-run',
      '--no-wait',
      '--readiness-timeout',
      '--force-apply',
      '--replace-on-error',
      '--force-replace-on-error',
      '--prune',
      '-y, --yes',
      '-o, --output-format',
    ])
      expect(r.stdout).toContain(flag);
  });
});
