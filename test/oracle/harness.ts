/**
 * Differential harness: runs real kluctl (the oracle) and shipshape on the same project,
 * target, arguments and flags, and compares what they print.
 *
 * Both outputs are parsed with the same YAML parser, the objects sorted canonically
 * (apiVersion, kind, namespace, name) and serialised the same way (keys sorted, one
 * document per object). That form must be identical byte for byte. Only the serialisation
 * is normalised (key order, document separators, list indentation, object order): every
 * field, label and annotation either tool adds is kept, so anything one adds and the other
 * does not shows up as a difference.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse, parseAllDocuments, stringify, visit } from 'yaml';
import { main } from '../../src/cli/main.js';
import { kluctlEnv, toolPath, toolUnavailable } from '../support/tools.js';

export const REPO = path.resolve(import.meta.dirname, '../..');
export const ORACLE_FIXTURES = path.join(REPO, 'test/fixtures/oracle');

/** One invocation of both tools on a project. */
export interface OracleCase {
  /** Unique within the project; defaults to the target name or "default". */
  name?: string;
  target?: string;
  /** `-a` values (`name=value`). */
  args?: string[];
  /** `-F` values. */
  fixedImages?: string[];
  /** `--fixed-images-file`, relative to the working directory (the copied fixture root). */
  fixedImagesFiles?: string[];
  includeTags?: string[];
  excludeTags?: string[];
  /** Any other flags, passed verbatim to both tools. */
  flags?: string[];
  /** Extra environment variables for both tools. */
  env?: Record<string, string>;
  /** Both tools must fail. */
  fail?: boolean;
  /** Also compare `list-images` (default: when a project file calls get_image). */
  listImages?: boolean;
  /** kluctl is killed after this long (default 180 s) and counts as failed. */
  timeoutSeconds?: number;
}

/** A project on disk and the cases run on it. */
export interface OracleProject {
  /** Stable id: the fixture's path (e.g. `oracle/vars-merge-order`, `examples/shop`). */
  id: string;
  /** What the project pins (one line). */
  description: string;
  /** Directory copied into a fresh temp dir before running. */
  source: string;
  /** Where the source is copied inside the temp dir (default: its root). */
  placeAt?: string;
  /** Further directories copied over the first, in order (a pull request's head files). */
  overlays?: string[];
  /** Paths (relative to the copy) deleted after the overlays. */
  remove?: string[];
  /** The project directory inside the copy (default "."). */
  projectDir?: string;
  /** Make the copy a git repository (kluctl resolves some paths against the git root). */
  git?: boolean;
  cases: OracleCase[];
}

export interface ToolRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CaseOutcome {
  id: string;
  project: OracleProject;
  case: OracleCase;
  command: Command;
  /** What kluctl ran (shipshape ran the same, see runCase). */
  argv: string[];
  kluctl: ToolRun;
  shipshape: ToolRun;
}

/** Why kluctl cannot run here (the suite is skipped with this reason), or undefined. */
export const kluctlMissing = toolUnavailable('kluctl');
if (kluctlMissing) console.warn(`oracle tests skipped: ${kluctlMissing}`);

export const caseName = (c: OracleCase) => c.name ?? c.target ?? 'default';
export const caseId = (p: OracleProject, c: OracleCase) => `${p.id}#${caseName(c)}`;

/** The flags both tools get for a case (after the command name). */
export function caseFlags(projectDir: string, c: OracleCase): string[] {
  const flags = ['--project-dir', projectDir];
  if (c.target) flags.push('-t', c.target);
  for (const a of c.args ?? []) flags.push('-a', a);
  for (const f of c.fixedImages ?? []) flags.push('-F', f);
  for (const f of c.fixedImagesFiles ?? []) flags.push('--fixed-images-file', f);
  for (const t of c.includeTags ?? []) flags.push('-I', t);
  for (const t of c.excludeTags ?? []) flags.push('-E', t);
  return [...flags, ...(c.flags ?? [])];
}

// ---- running the tools ----

/** kluctl processes at once per test file (vitest runs files in parallel forks). */
const CONCURRENCY = Number(process.env.ORACLE_CONCURRENCY ?? 2);
const limit = pLimit(CONCURRENCY);

export function runKluctl(
  argv: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutSeconds = 180,
): Promise<ToolRun> {
  return limit(
    () =>
      new Promise<ToolRun>((resolve, reject) => {
        const child = spawn(toolPath('kluctl'), argv, {
          cwd,
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        let killed = false;
        const timer = setTimeout(() => {
          killed = true;
          child.kill('SIGKILL');
        }, timeoutSeconds * 1000);
        child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        child.on('error', reject);
        child.on('close', (code) => {
          clearTimeout(timer);
          if (killed) stderr += `\nkilled after ${timeoutSeconds} s: kluctl did not finish\n`;
          resolve({ code: killed ? 124 : (code ?? 1), stdout, stderr });
        });
      }),
  );
}

/** shipshape's CLI in-process, with exactly the environment kluctl gets. */
export async function runShipshape(
  argv: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<ToolRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: { ...env },
    cwd,
  });
  return { code, stdout, stderr };
}

function projectUsesGetImage(dir: string, root = dir): boolean {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== '.git' && projectUsesGetImage(p, root)) return true;
    } else if (
      e.isFile() &&
      path.relative(root, p) !== 'case.yaml' &&
      statSync(p).size < 1 << 20 &&
      readFileSync(p, 'utf8').includes('get_image')
    )
      return true;
  }
  return false;
}

/** Copies a project into `work` and makes it a git repository when asked. */
export function materialise(project: OracleProject, work: string): string {
  const root = mkdtempSync(path.join(work, `${project.id.replace(/[^a-z0-9]+/gi, '-')}-`));
  const dest = path.join(root, project.placeAt ?? '.');
  for (const src of [project.source, ...(project.overlays ?? [])])
    cpSync(src, dest, {
      recursive: true,
      filter: (s) => path.relative(src, s) !== 'case.yaml',
    });
  for (const r of project.remove ?? [])
    rmSync(path.join(dest, r), { recursive: true, force: true });
  if (project.git) {
    const env = {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'oracle',
      GIT_AUTHOR_EMAIL: 'oracle@example.com',
      GIT_COMMITTER_NAME: 'oracle',
      GIT_COMMITTER_EMAIL: 'oracle@example.com',
    };
    for (const args of [
      ['init', '--quiet', '--initial-branch=main'],
      ['add', '-A'],
      ['commit', '--quiet', '-m', 'fixture'],
    ]) {
      const r = spawnSyncChecked('git', args, root, env);
      if (r) throw new Error(`git ${args.join(' ')}: ${r}`);
    }
  }
  return root;
}

function spawnSyncChecked(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8' });
  return r.status === 0 ? undefined : `${r.stderr}${r.error?.message ?? ''}`;
}

/** Whether a project's files call images.get_image (then list-images is compared too). */
export function wantsListImages(p: OracleProject, c: OracleCase): boolean {
  return (
    c.listImages ??
    (!c.fail && [p.source, ...(p.overlays ?? [])].some((d) => projectUsesGetImage(d)))
  );
}

export type Command = 'render' | 'list-images';

/** Runs one command of a case with both tools. */
export async function runCase(
  project: OracleProject,
  c: OracleCase,
  command: Command,
  root: string,
  home: string,
): Promise<CaseOutcome> {
  const flags = caseFlags(project.projectDir ?? '.', c);
  const env = { ...kluctlEnv(home), ...c.env };
  const argv =
    command === 'render'
      ? ['render', '--offline-kubernetes', '--print-all', ...flags]
      : ['list-images', '--offline-kubernetes', ...flags];
  // shipshape never contacts a cluster; whether its list-images accepts
  // --offline-kubernetes is pinned on its own in divergences.test.ts.
  const shipArgv = command === 'render' ? argv : argv.filter((a) => a !== '--offline-kubernetes');
  const [kluctl, shipshape] = await Promise.all([
    runKluctl(argv, root, env, c.timeoutSeconds),
    runShipshape(shipArgv, root, env),
  ]);
  return { id: outcomeId(project, c, command), project, case: c, command, argv, kluctl, shipshape };
}

export const outcomeId = (p: OracleProject, c: OracleCase, command: Command) =>
  command === 'render' ? caseId(p, c) : `${caseId(p, c)} list-images`;

// ---- canonical form ----

type Obj = Record<string, unknown>;

const meta = (o: Obj) => (o.metadata ?? {}) as Obj;
const sortKey = (o: Obj) =>
  [o.apiVersion, o.kind, meta(o).namespace, meta(o).name]
    .map((x) => String(x ?? ''))
    .join('\u0000');

/** Parses multi-document YAML, failing loudly on a syntax error. */
export function parseDocs(text: string): unknown[] {
  return parseAllDocuments(text).flatMap((d) => {
    if (d.errors.length) throw new Error(`unparsable output: ${d.errors[0].message}`);
    const v: unknown = d.toJS();
    return v === null || v === undefined ? [] : [v];
  });
}

/** One serialisation for both tools: keys sorted, no line folding. */
export const serialise = (v: unknown) =>
  stringify(v, { sortMapEntries: true, lineWidth: 0, aliasDuplicateObjects: false });

/** `--print-all` output in canonical form: objects sorted by apiVersion/kind/namespace/name. */
export function canonicalObjects(text: string): string {
  const objs = parseDocs(text) as Obj[];
  objs.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
  return objs.map((o) => `---\n${serialise(o)}`).join('');
}

/**
 * `list-images` output in canonical form. Both tools sort by image; kluctl's sort is not
 * stable, so entries of one image are put in a fixed order here.
 */
export function canonicalImages(text: string): string {
  const doc = parse(text) as { images?: Obj[] } | null;
  const images = (doc?.images ?? []).map((i) => ({
    i,
    key: `${String(i.image ?? i.imageRegex)}\u0000${serialise(i)}`,
  }));
  images.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return serialise({ ...doc, images: images.map((x) => x.i) });
}

/** The object ids in the order a tool printed them (apiVersion kind namespace/name). */
export function printOrder(text: string): string[] {
  return (parseDocs(text) as Obj[]).map(
    (o) =>
      `${String(o.apiVersion)} ${String(o.kind)} ${String(meta(o).namespace ?? '')}/${String(meta(o).name)}`,
  );
}

// ---- comparison ----

export type Verdict =
  { same: true; note?: string } | { same: false; what: string; kluctl: string; shipshape: string };

const tail = (s: string, n = 15) => s.trim().split('\n').slice(-n).join('\n');

/** A tool's error without its progress lines, on one line. */
function errorLine(stderr: string): string {
  const progress =
    /^(Failed to detect git project root|Loading kluctl project|Rendering |Building kustomize|Postprocessing|Writing rendered|rendering \d+ item)/;
  return stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !progress.test(l))
    .join(' | ')
    .slice(0, 400);
}

/** YAML aliases in a tool's output (a serialisation artefact kluctl never prints). */
function hasAliases(text: string): boolean {
  let found = false;
  for (const d of parseAllDocuments(text))
    visit(d, {
      Alias() {
        found = true;
        return visit.BREAK;
      },
    });
  return found;
}

/** Compares the two runs of a case: canonical output, or both failing when `fail` is set. */
export function verdict(o: CaseOutcome): Verdict {
  const { kluctl: k, shipshape: s, command } = o;
  const canonical = command === 'render' ? canonicalObjects : canonicalImages;
  const kOk = k.code === 0;
  const sOk = s.code === 0;
  const msg = (r: ToolRun) => `exit ${r.code}\n${tail(r.stderr)}`;
  if (o.case.fail) {
    if (!kOk && !sOk)
      return {
        same: true,
        note: `${o.id}: both fail\n  kluctl:    ${errorLine(k.stderr)}\n  shipshape: ${errorLine(s.stderr)}`,
      };
    return {
      same: false,
      what: `${command}: expected both to fail`,
      kluctl: kOk ? `succeeded:\n${k.stdout}` : msg(k),
      shipshape: sOk ? `succeeded:\n${s.stdout}` : msg(s),
    };
  }
  if (!kOk || !sOk)
    return {
      same: false,
      what: `${command}: ${!kOk && !sOk ? 'both failed' : !kOk ? 'kluctl failed' : 'shipshape failed'}`,
      kluctl: kOk ? safe(canonical, k.stdout) : msg(k),
      shipshape: sOk ? safe(canonical, s.stdout) : msg(s),
    };
  const kc = safe(canonical, k.stdout);
  const sc = safe(canonical, s.stdout);
  if (kc !== sc) return { same: false, what: command, kluctl: kc, shipshape: sc };
  if (hasAliases(s.stdout) !== hasAliases(k.stdout))
    return {
      same: false,
      what: `${command}: YAML anchors/aliases in the output`,
      kluctl: k.stdout,
      shipshape: s.stdout,
    };
  return { same: true };
}

function safe(canonical: (t: string) => string, text: string): string {
  try {
    return canonical(text);
  } catch (err) {
    return `${String(err)}\n${text}`;
  }
}

/** A difference kept on purpose: still there, and shipshape's side succeeds. */
export function expectKeptDifference(o: CaseOutcome): void {
  expect(verdict(o).same, `${o.id} now matches kluctl: take it off KEPT`).toBe(false);
  expect(o.shipshape.code, `${o.id}: shipshape failed\n${o.shipshape.stderr}`).toBe(0);
}

/** Passes when the outcome is `same`; otherwise shows kluctl's and shipshape's side by side. */
export function expectSame(o: CaseOutcome): void {
  const v = verdict(o);
  if (v.same) {
    if (v.note) console.log(v.note);
    return;
  }
  // toEqual on labelled objects gives a readable diff with both tools named.
  expect(
    { case: o.id, what: v.what, output: v.shipshape },
    `shipshape differs from kluctl: ${o.argv.join(' ')}`,
  ).toEqual({ case: o.id, what: v.what, output: v.kluctl });
}

// ---- loading cases ----

interface CaseFile {
  description: string;
  projectDir?: string;
  git?: boolean;
  cases?: OracleCase[];
}

/** Every project under test/fixtures/oracle/<name>/ with its case.yaml. */
export function loadOracleProjects(): OracleProject[] {
  return readdirSync(ORACLE_FIXTURES, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(ORACLE_FIXTURES, e.name, 'case.yaml')))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const dir = path.join(ORACLE_FIXTURES, name);
      const cf = parse(readFileSync(path.join(dir, 'case.yaml'), 'utf8')) as CaseFile;
      if (!cf?.description) throw new Error(`${dir}/case.yaml: description is required`);
      return {
        id: `oracle/${name}`,
        description: cf.description,
        source: dir,
        projectDir: cf.projectDir,
        git: cf.git,
        cases: cf.cases?.length ? cf.cases : [{}],
      };
    });
}

// ---- suites ----

export interface SuiteEntry {
  id: string;
  project: OracleProject;
  case: OracleCase;
  command: Command;
}

/** Every (case, command) of `projects`: render always, list-images when images are used. */
export function suiteEntries(projects: OracleProject[]): SuiteEntry[] {
  return projects.flatMap((p) =>
    p.cases.flatMap((c) =>
      (wantsListImages(p, c) ? (['render', 'list-images'] as const) : (['render'] as const)).map(
        (command) => ({ id: outcomeId(p, c, command), project: p, case: c, command }),
      ),
    ),
  );
}

/**
 * Registers one vitest test per entry of `projects` that `select` keeps. All of them start in
 * beforeAll, with at most ORACLE_CONCURRENCY kluctl processes at a time.
 */
export function oracleSuite(
  projects: OracleProject[],
  select: (id: string) => boolean,
  onOutcomes?: (outcomes: CaseOutcome[]) => void,
  check: (o: CaseOutcome) => void = expectSame,
): void {
  const entries = suiteEntries(projects).filter((e) => select(e.id));
  const work = mkdtempSync(path.join(tmpdir(), 'shipshape-oracle-'));
  const home = path.join(work, 'home');
  mkdirSync(home);
  const pending = new Map<string, Promise<CaseOutcome>>();
  beforeAll(() => {
    const roots = new Map<OracleProject, string>();
    for (const e of entries) {
      if (!roots.has(e.project)) roots.set(e.project, materialise(e.project, work));
      const promise = runCase(e.project, e.case, e.command, roots.get(e.project)!, home);
      promise.catch(() => {}); // awaited by its test
      pending.set(e.id, promise);
    }
  });
  afterAll(async () => {
    const settled = await Promise.allSettled(pending.values());
    onOutcomes?.(settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : [])));
    rmSync(work, { recursive: true, force: true });
  });
  for (const e of entries)
    it(
      `${e.id}${e.case.fail ? ' (both fail)' : ''}: ${e.project.description}`,
      { timeout: 900_000 },
      async () => check(await pending.get(e.id)!),
    );
}
