/**
 * Runs once before the test files: every real component must be installed at its pinned
 * version, or the run stops here, saying which tool and how to install it, instead of
 * failing half the suite later. SHIPSHAPE_ALLOW_MISSING_TOOLS=1 lets a run go on without
 * them (the tests that need a missing tool print why and skip; .ci/run fails on skips).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { MOTO_PYTHON, toolPath, toolUnavailable, VERSIONS, type GoTool } from './tools.js';

const run = promisify(execFile);

/** Each tool is run (`cmd`, else the tool itself) and must print its pinned version. */
const CHECKS: { tool: GoTool; cmd?: string; args: string[]; want: string }[] = [
  { tool: 'helm', args: ['version', '--short'], want: VERSIONS.HELM_VERSION },
  {
    tool: 'sops',
    args: ['--version', '--disable-version-check'],
    want: VERSIONS.SOPS_VERSION.slice(1),
  },
  { tool: 'kluctl', args: ['version'], want: VERSIONS.KLUCTL_VERSION.slice(1) },
  { tool: 'kube-apiserver', args: ['--version'], want: VERSIONS.KUBERNETES_VERSION },
  { tool: 'etcd', args: ['--version'], want: VERSIONS.ETCD_VERSION.slice(1) },
  // moto_server has no --version: its Python names the installed moto
  {
    tool: 'moto_server',
    cmd: MOTO_PYTHON,
    args: ['-c', 'import moto; print(moto.__version__)'],
    want: VERSIONS.MOTO_VERSION,
  },
];
const SYSTEM_TOOLS = ['docker-registry', 'htpasswd', 'cmark', 'age', 'cc'] as const;

async function problem(check: (typeof CHECKS)[number]): Promise<string | undefined> {
  const missing = toolUnavailable(check.tool);
  if (missing) return missing;
  try {
    const { stdout, stderr } = await run(check.cmd ?? toolPath(check.tool), check.args, {
      env: { ...process.env, KLUCTL_NO_UPDATE_CHECK: 'true' },
    });
    if (!`${stdout}${stderr}`.includes(check.want))
      return `${check.tool} is not version ${check.want} (it says: ${stdout.trim().split('\n')[0]}): run scripts/install-test-deps.sh`;
  } catch (err) {
    return `${check.tool} does not run (${(err as Error).message.split('\n')[0]}): run scripts/install-test-deps.sh`;
  }
  return undefined;
}

export default async function setup(): Promise<void> {
  const problems = [
    ...SYSTEM_TOOLS.map((t) => toolUnavailable(t)),
    ...(await Promise.all(CHECKS.map(problem))),
  ].filter((p): p is string => p !== undefined);
  if (problems.length === 0) return;
  const text = [
    'Real components are missing (ARCHITECTURE.md, "Real components in tests"):',
    ...problems.map((p) => `  - ${p}`),
  ].join('\n');
  if (process.env.SHIPSHAPE_ALLOW_MISSING_TOOLS === '1') {
    console.warn(`${text}\nSHIPSHAPE_ALLOW_MISSING_TOOLS=1: the tests that need them are skipped.`);
    return;
  }
  throw new Error(
    `${text}\nInstall them with: bash scripts/install-test-deps.sh (npm test runs it first)`,
  );
}
