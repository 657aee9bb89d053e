import { describe, expect, it } from 'vitest';
import { parseRawChartYaml, readChartConfig } from '../../src/helm/chart-config.js';
import { pulledChartDir } from '../../src/helm/layout.js';
import { UserError } from '../../src/util/errors.js';

const FILE = '/p/app/helm-chart.yaml';
const read = (text: string, rendered = true) =>
  readChartConfig(parseRawChartYaml(text, FILE), { rendered });

/** file:line: message + hint, as the CLI prints it. */
function failure(text: string, rendered = true): string {
  try {
    read(text, rendered);
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as UserError).format();
  }
  throw new Error('expected an error');
}

describe('helm-chart.yaml', () => {
  it('reads every field kluctl documents, with its defaults', () => {
    expect(
      read(
        'helmChart:\n  repo: https://charts.example.com/stable\n  chartName: redis\n  chartVersion: 12.1.1\n  updateConstraints: ~12.1.0\n  releaseName: cache\n  namespace: "{{ ns }}"\n',
      ),
    ).toEqual({
      file: FILE,
      kind: 'repo',
      repo: 'https://charts.example.com/stable',
      chartName: 'redis',
      chartVersion: '12.1.1',
      updateConstraints: '~12.1.0',
      releaseName: 'cache',
      namespace: '{{ ns }}',
      output: 'helm-rendered.yaml',
      skipCRDs: false,
      skipUpdate: false,
      skipPrePull: false,
      credentialsId: undefined,
    });
    expect(
      read(
        'helmChart:\n  repo: oci://ghcr.io/org/charts/pepper\n  chartVersion: 1.2.3\n  releaseName: p\n',
      ),
    ).toMatchObject({
      kind: 'oci',
      chartName: 'pepper',
    });
    expect(
      read(
        'helmChart:\n  path: ../charts/local\n  releaseName: l\n  output: out.yaml\n  skipCRDs: true\n',
      ),
    ).toMatchObject({
      kind: 'local',
      path: '../charts/local',
      output: 'out.yaml',
      skipCRDs: true,
    });
    expect(
      read(
        'helmChart:\n  git:\n    url: https://github.com/org/mono.git\n    ref:\n      tag: v1.2.0\n    subDir: charts/app\n  releaseName: g\n',
      ),
    ).toMatchObject({
      kind: 'git',
      chartName: 'app',
      chartVersion: 'v1.2.0',
      git: { url: 'https://github.com/org/mono.git', ref: { tag: 'v1.2.0' }, subDir: 'charts/app' },
    });
  });

  it.each([
    [
      'an unknown field, with the nearest name',
      'helmChart:\n  repo: https://x\n  chartName: a\n  chartVerison: 1.0.0\n  releaseName: r\n',
      `${FILE}:4:3: unknown field "chartVerison" in helmChart\n  hint: did you mean "chartVersion"?`,
    ],
    ['no releaseName', 'helmChart:\n  path: chart\n', `${FILE}:1:1: helmChart needs "releaseName"`],
    [
      'no source',
      'helmChart:\n  releaseName: r\n',
      `${FILE}:1:1: helmChart needs one of repo, path or git\n  hint: add repo (with chartName and chartVersion), path (a chart inside the project) or git`,
    ],
    [
      'two sources',
      'helmChart:\n  repo: https://x\n  path: c\n  releaseName: r\n',
      `${FILE}:3:3: helmChart can have only one of repo, path and git (found repo, path)\n  hint: remove path`,
    ],
    [
      'chartVersion with path',
      'helmChart:\n  path: c\n  chartVersion: 1.0.0\n  releaseName: r\n',
      `${FILE}:3:3: chartVersion can not be used with path (a local chart has its own name and version in Chart.yaml)\n  hint: remove chartVersion, or use repo/git instead of path`,
    ],
    [
      'updateConstraints with path',
      'helmChart:\n  path: c\n  updateConstraints: ~1\n  releaseName: r\n',
      `${FILE}:3:3: updateConstraints can not be used with path (a local chart has its own name and version in Chart.yaml)\n  hint: remove updateConstraints, or use repo/git instead of path`,
    ],
    [
      'an absolute path',
      'helmChart:\n  path: /etc\n  releaseName: r\n',
      `${FILE}:2:3: path "/etc" is absolute\n  hint: write it relative to the directory of helm-chart.yaml; the chart must be inside the project`,
    ],
    [
      'chartName with OCI',
      'helmChart:\n  repo: oci://r.io/c/pepper\n  chartName: pepper\n  chartVersion: 1.0.0\n  releaseName: r\n',
      `${FILE}:3:3: chartName can not be used with an oci:// repo: the chart is the last part of the URL\n  hint: remove chartName, and end repo with the chart's name (oci://host/path/pepper)`,
    ],
    [
      'no chartName with HTTP',
      'helmChart:\n  repo: https://x\n  chartVersion: 1.0.0\n  releaseName: r\n',
      `${FILE}:1:1: helmChart with an http(s) repo needs chartName\n  hint: add chartName: the name of the chart in the repository`,
    ],
    [
      'no chartVersion',
      'helmChart:\n  repo: https://x\n  chartName: a\n  releaseName: r\n',
      `${FILE}:1:1: helmChart with repo needs chartVersion\n  hint: add chartVersion: the chart version to pull (shipshape helm-update lists the available ones)`,
    ],
    [
      'a version that is not semver',
      'helmChart:\n  repo: https://x\n  chartName: a\n  chartVersion: latest\n  releaseName: r\n',
      `${FILE}:4:3: chartVersion "latest" is not a semantic version\n  hint: write a version such as 1.2.3`,
    ],
    [
      'an unquoted number as version',
      'helmChart:\n  repo: https://x\n  chartName: a\n  chartVersion: 1.10\n  releaseName: r\n',
      `${FILE}:4:3: helmChart.chartVersion must be a string`,
    ],
    [
      'bad constraints',
      'helmChart:\n  repo: https://x\n  chartName: a\n  chartVersion: 1.0.0\n  updateConstraints: "~> one"\n  releaseName: r\n',
      `${FILE}:5:3: invalid updateConstraints "~> one": improper constraint: ~> one\n  hint: use the Masterminds semver syntax, e.g. ~1.2.0, ^2, >=1.0.0 <2.0.0`,
    ],
    [
      'an unsupported scheme',
      'helmChart:\n  repo: ftp://x/charts\n  chartName: a\n  chartVersion: 1.0.0\n  releaseName: r\n',
      `${FILE}:2:3: repo "ftp://x/charts" has the unsupported scheme ftp\n  hint: use an http(s):// chart repository or an oci:// chart`,
    ],
    [
      'credentials in the URL',
      'helmChart:\n  repo: https://u:p@x/charts\n  chartName: a\n  chartVersion: 1.0.0\n  releaseName: r\n',
      `${FILE}:2:3: repo must not contain credentials\n  hint: remove them from the URL; pass credentials with KLUCTL_HELM_* variables, --helm-* flags or helm repo add`,
    ],
    [
      'an output outside the directory',
      'helmChart:\n  path: c\n  releaseName: r\n  output: ../x.yaml\n',
      `${FILE}:4:3: output "../x.yaml" must be a file name inside the directory of helm-chart.yaml\n  hint: use a relative file name such as helm-rendered.yaml`,
    ],
    [
      'a git ref with two kinds',
      'helmChart:\n  git:\n    url: https://g/x\n    ref:\n      tag: v1\n      branch: main\n  releaseName: r\n',
      `${FILE}:4:5: git.ref needs exactly one of branch, tag or commit\n  hint: e.g. ref: {tag: v1.2.3}`,
    ],
    [
      'chartVersion with git',
      'helmChart:\n  git:\n    url: https://g/x\n  chartVersion: 1.0.0\n  releaseName: r\n',
      `${FILE}:4:3: chartVersion can not be used with git: the git ref is the version\n  hint: pin the version with git.ref.tag (or branch / commit) and remove chartVersion`,
    ],
  ])('refuses %s, naming file, line and fix', (_what, text, message) => {
    expect(failure(text)).toBe(message);
  });

  it('must be plain YAML before rendering: no template statements, quoted expressions', () => {
    expect(failure('helmChart:\n  path: c\n{% if x %}\n  releaseName: a\n{% endif %}\n')).toBe(
      `${FILE}:3: helm-chart.yaml must stay plain YAML: it uses a template statement ({% ... %} or {# ... #})\n  hint: helm-pull reads helm-chart.yaml without a target, so it cannot render it: keep control structures out (put conditions in helm-values.yaml or in deployment.yaml \`when\`), and quote values that contain {{ }} expressions`,
    );
    expect(
      failure('helmChart:\n  path: c\n  releaseName: a\n  namespace: {{ target.name }}\n'),
    ).toMatch(
      /^\/p\/app\/helm-chart\.yaml:4:\d+: .*\n {2}hint: quote values that contain \{\{ \}\} expressions, e\.g\. namespace: "\{\{ target\.name \}\}"$/,
    );
  });

  it('helm-pull reads it unrendered: what it pulls may not be a template', () => {
    expect(
      failure(
        'helmChart:\n  repo: https://x\n  chartName: "{{ name }}"\n  chartVersion: 1.0.0\n  releaseName: r\n',
        false,
      ),
    ).toBe(
      `${FILE}:3:3: chartName contains a template expression, but helm-pull and helm-update read helm-chart.yaml without rendering it\n  hint: write chartName as a plain value`,
    );
  });

  it('a chart name cannot lead the pulled chart out of .helm-charts', () => {
    expect(
      failure(
        'helmChart:\n  repo: https://x/a\n  chartName: ..\n  chartVersion: 1.0.0\n  releaseName: r\n',
      ),
    ).toBe(
      `${FILE}:3:3: chartName ".." is not a chart name\n  hint: write the name as listed in the repository index`,
    );
    // The layout refuses it too (second lock).
    const chart = {
      ...read(
        'helmChart:\n  repo: https://x/a\n  chartName: a\n  chartVersion: 1.0.0\n  releaseName: r\n',
      ),
      chartName: '..',
    };
    expect(() => pulledChartDir('/p/.helm-charts', chart, '1.0.0')).toThrow(
      'leads outside .helm-charts',
    );
  });
});
