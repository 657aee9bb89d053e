import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseAllDocuments, type Document } from 'yaml';
import { isPlainObject } from '../util/merge.js';
import { UserError } from '../util/errors.js';
import type { YamlPath } from '../util/yaml.js';

const AUTOMATED = 'fluxcd.io/automated';
const LOCKED = 'fluxcd.io/locked';
const TAG_PREFIX = 'fluxcd.io/tag.';
/** Flux 1.x also read `filter.fluxcd.io/<container>`. */
const FILTER_PREFIX = 'filter.fluxcd.io/';

/** A container image in a Flux-v1-automated workload, with where its `image:` lives. */
export interface FluxContainer {
  file: string;
  docIndex: number;
  /** YAML path of the container's `image` value. */
  path: YamlPath;
  line: number;
  /** `Kind/name` */
  workload: string;
  container: string;
  image: string;
  /** The container's tag pattern; `glob:*` when the workload does not set one. */
  pattern: string;
}

export interface FluxSkip {
  file: string;
  line: number;
  workload: string;
  container: string;
  image: string;
  reason: string;
}

export interface FluxScan {
  containers: FluxContainer[];
  skipped: FluxSkip[];
  errors: UserError[];
}

/** Directories never scanned: VCS data, vendored charts, dependencies. */
const SKIP_DIRS = new Set(['.git', '.helm-charts', 'node_modules']);

async function yamlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) await walk(p);
      } else if (e.isFile() && /\.ya?ml$/i.test(e.name)) {
        out.push(p);
      }
    }
  };
  await walk(dir);
  return out.sort();
}

/** Every `containers`/`initContainers` list under `spec`, with its path. */
function containerLists(
  node: unknown,
  p: (string | number)[],
  out: { path: (string | number)[]; list: unknown[] }[],
) {
  if (Array.isArray(node)) {
    node.forEach((v, i) => containerLists(v, [...p, i], out));
  } else if (isPlainObject(node)) {
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'containers' || k === 'initContainers') && Array.isArray(v))
        out.push({ path: [...p, k], list: v });
      else containerLists(v, [...p, k], out);
    }
  }
}

function scanDocument(
  file: string,
  docIndex: number,
  doc: Document,
  lc: LineCounter,
  scan: FluxScan,
) {
  const obj = doc.toJS({ maxAliasCount: -1 }) as unknown;
  if (!isPlainObject(obj) || !isPlainObject(obj.metadata)) return;
  const annotations = isPlainObject(obj.metadata.annotations) ? obj.metadata.annotations : {};
  if (String(annotations[AUTOMATED]) !== 'true') return;
  const workload = `${String(obj.kind)}/${String(obj.metadata.name)}`;
  const locked = String(annotations[LOCKED]) === 'true';
  const lists: { path: (string | number)[]; list: unknown[] }[] = [];
  containerLists(obj.spec, ['spec'], lists);
  for (const { path: listPath, list } of lists) {
    list.forEach((c, i) => {
      if (!isPlainObject(c) || typeof c.name !== 'string' || typeof c.image !== 'string') return;
      const p = [...listPath, i, 'image'];
      const node = doc.getIn(p, true) as { range?: [number, number, number] } | undefined;
      const line = node?.range ? lc.linePos(node.range[0]).line : 0;
      const base = { file, line, workload, container: c.name, image: c.image };
      // Templated images (images.get_image) are bumped through their fixed-image entry.
      if (/\{\{|\{%/.test(c.image)) return;
      if (locked) {
        scan.skipped.push({ ...base, reason: `${LOCKED} is "true"` });
        return;
      }
      const pattern =
        annotations[TAG_PREFIX + c.name] ?? annotations[FILTER_PREFIX + c.name] ?? 'glob:*';
      scan.containers.push({ ...base, docIndex, path: p, pattern: String(pattern) });
    });
  }
}

/**
 * Finds workloads automated the Flux v1 way (`fluxcd.io/automated: "true"`) in the YAML
 * files under a project. Locked workloads are reported as skipped; files that do not parse
 * are errors only when they mention the annotation (templates often are not YAML).
 */
export async function scanFluxWorkloads(projectDir: string): Promise<FluxScan> {
  const scan: FluxScan = { containers: [], skipped: [], errors: [] };
  for (const file of await yamlFiles(projectDir)) {
    const text = await readFile(file, 'utf8');
    if (!text.includes(AUTOMATED)) continue;
    const lc = new LineCounter();
    const docs = parseAllDocuments(text, { lineCounter: lc });
    const bad = docs.find((d) => d.errors.length > 0);
    if (bad) {
      const e = bad.errors[0];
      scan.errors.push(
        new UserError(
          `cannot read Flux annotations: invalid YAML (${e.message.split('\n')[0]})`,
          { file, line: e.linePos?.[0].line },
          'fix the YAML; templated manifests cannot be automated the Flux v1 way',
        ),
      );
      continue;
    }
    docs.forEach((doc, i) => {
      if (isMap(doc.contents) || isSeq(doc.contents)) scanDocument(file, i, doc, lc, scan);
    });
  }
  return scan;
}
