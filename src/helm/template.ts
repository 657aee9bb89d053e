/**
 * Rendering a chart: `helm template` with what kluctl passes to Helm's install action in its
 * offline render (release name, namespace, values, CRDs included unless skipCRDs, test hooks
 * left out, kluctl's offline kube version and API versions), then the output read the way
 * kluctl reads it (YAML 1.1 through sigs.k8s.io/yaml: `yes` is true, `0777` is 511, a later
 * duplicate key wins) and, when helm-chart.yaml names a namespace, every object marked with
 * `kluctl.io/helm-install-namespace` as kluctl marks it.
 *
 * One helm process per distinct chart + values + release: the same inputs in one run (or in
 * several renders of one process, e.g. base and head of a diff, or every target) reuse the
 * first result.
 *
 * helm runs like kustomize does (render/kustomize.ts): with none of our environment (no
 * token, no PATH, no Helm configuration or plugins of the user), every HTTP request sent to a
 * closed port, and bounded in time and memory.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';
import path from 'node:path';
import { parseAllDocuments, type ToJSOptions } from 'yaml';
import { UserError } from '../util/errors.js';
import {
  DEFAULT_TOOL_LIMITS,
  findOnPath,
  goErrorText,
  outOfMemory,
  runIsolated,
  type ToolFailure,
  type ToolLimits,
} from '../util/isolated-tool.js';
import { isPlainObject, type PlainObject } from '../util/merge.js';
import { OFFLINE_API_VERSIONS, OFFLINE_KUBE_VERSION } from './capabilities.js';
import { helmScratchDir } from './chart-files.js';

export const INSTALL_NAMESPACE_ANNOTATION = 'kluctl.io/helm-install-namespace';

export interface HelmTemplateJob {
  /** The chart directory helm reads (a private copy, see chart-files.ts). */
  chartDir: string;
  /** Identifies the chart's content. */
  chartHash: string;
  releaseName: string;
  namespace?: string;
  /** The rendered helm-values.yaml. */
  valuesFile?: string;
  skipCRDs: boolean;
  /** `--kubernetes-version`; default kluctl's offline v1.20.0. */
  kubeVersion?: string;
  /** For messages. */
  chartName: string;
  item: string;
  file: string;
}

export type HelmLimits = ToolLimits;
export const DEFAULT_HELM_LIMITS: HelmLimits = DEFAULT_TOOL_LIMITS;

// Where helm was found, by PATH: every Helm item asks, and a search of a long PATH is a
// failed access() per directory.
const foundHelm = new Map<string, string>();

/** The helm binary on the PATH, or a UserError saying how to get one. */
export function findHelm(env: Record<string, string | undefined> = process.env): string {
  const known = foundHelm.get(env.PATH ?? '');
  if (known) return known;
  const helm = findOnPath('helm', env);
  if (helm) {
    foundHelm.set(env.PATH ?? '', helm);
    return helm;
  }
  throw new UserError(
    'the helm binary was not found on the PATH; it is needed to render Helm charts',
    {},
    "install Helm 3 (https://helm.sh/docs/intro/install/; GitHub's hosted runners have it) and put it on the PATH, or exclude the Helm items (-E <tag>)",
  );
}

/**
 * helm's own directories, in its (empty) home: no configuration or plugins of the user.
 * GOGC=400: a `helm template` process lives ~40 ms, a quarter of it in garbage collections of
 * its start-up (measured: 45 -> 33 ms of CPU per process, the same peak memory on `helm
 * create` charts); a large chart's memory stays bounded by the isolated run's GOMEMLIMIT.
 * (kustomize gains nothing from it: its time is its own algorithm, and it holds more.)
 */
function helmEnv(home: string): Record<string, string> {
  return {
    GOGC: '400',
    HOME: home,
    HELM_CACHE_HOME: path.join(home, 'cache'),
    HELM_CONFIG_HOME: path.join(home, 'config'),
    HELM_DATA_HOME: path.join(home, 'data'),
    HELM_PLUGINS: path.join(home, 'plugins'),
    KUBECONFIG: path.join(home, 'no-kubeconfig'),
  };
}

function helmError(
  job: HelmTemplateJob,
  failure: ToolFailure,
  limits = DEFAULT_HELM_LIMITS,
): UserError {
  const what = `chart ${job.chartName} (release ${job.releaseName}) of item ${job.item}`;
  if (outOfMemory(failure))
    return new UserError(
      `helm template of ${what} needed more than ${Math.round(limits.memoryBytes / 1024 ** 2)} MB and was stopped`,
      { file: job.file },
      'check the chart and its values',
    );
  if (failure.stopped === 'timeout')
    return new UserError(
      `helm template of ${what} took longer than ${limits.timeoutMs / 1000} s and was stopped`,
      { file: job.file },
      'check the chart and its values',
    );
  // Paths of our private copy mean nothing to the user.
  const text = goErrorText(failure).split(job.chartDir).join(job.chartName);
  return new UserError(
    `helm template failed for ${what}: ${text}`,
    { file: job.file },
    "fix helm-values.yaml (or the chart); the message above is helm's",
  );
}

// helm's home: empty, shared by every helm process (template writes nothing there).
let helmHome: string | undefined;

async function runHelm(
  helm: string,
  args: string[],
  job: HelmTemplateJob,
  limits: HelmLimits,
): Promise<string> {
  helmHome ??= mkdtempSync(path.join(helmScratchDir(), 'home-'));
  try {
    return await runIsolated(helm, args, { env: helmEnv(helmHome), limits });
  } catch (failure) {
    throw helmError(job, failure as ToolFailure, limits);
  }
}

// YAML 1.1 as yaml.v2 (inside sigs.k8s.io/yaml) reads it: booleans yes/no/on/off/y/n, octal
// 0777, merge keys; no timestamps, binary, sets or sexagesimal numbers.
const DROPPED_TAGS = new Set([
  'tag:yaml.org,2002:timestamp',
  'tag:yaml.org,2002:binary',
  'tag:yaml.org,2002:set',
  'tag:yaml.org,2002:omap',
  'tag:yaml.org,2002:pairs',
]);

const MAX_ALIAS_COUNT = 1000;

/** helm's output as kluctl reads it: one mapping per non-empty document. */
export function parseHelmOutput(text: string, what: string, file: string): PlainObject[] {
  const docs = parseAllDocuments(text, {
    version: '1.1',
    merge: true,
    uniqueKeys: false,
    customTags: (tags) =>
      tags.filter((t) => {
        const tag = t as { tag?: string; format?: string };
        return !DROPPED_TAGS.has(tag.tag ?? '') && tag.format !== 'TIME';
      }),
  });
  const out: PlainObject[] = [];
  for (const doc of Array.isArray(docs) ? docs : [docs]) {
    if (doc.errors.length)
      throw new UserError(
        `${what}: helm produced invalid YAML: ${doc.errors[0].message.split('\n')[0]}`,
        { file },
        'check the chart templates',
      );
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT } as ToJSOptions);
    } catch {
      throw new UserError(`${what}: helm's output expands YAML aliases too much`, { file });
    }
    if (value === null || value === undefined) continue;
    if (!isPlainObject(value))
      throw new UserError(
        `${what}: a document helm rendered is not a mapping (yaml object is not a map)`,
        { file },
        'check the chart templates',
      );
    // Through JSON, as sigs.k8s.io/yaml converts: keys become strings, numbers float64.
    out.push(JSON.parse(JSON.stringify(value)) as PlainObject);
  }
  return out;
}

/**
 * The output file the item's kustomization lists: one JSON document per object (JSON is
 * YAML, and nothing in it can be read back as another type), each with the install
 * namespace annotation when a namespace is set; and the documents it holds.
 */
export function renderedChartFile(
  objects: readonly PlainObject[],
  namespace: string | undefined,
  header: string,
): { text: string; documents: PlainObject[] } {
  const documents = objects.map((o) => {
    if (namespace === undefined) return o;
    const copy = structuredClone(o);
    const md = (isPlainObject(copy.metadata) ? copy.metadata : (copy.metadata = {})) as PlainObject;
    const ann = (
      isPlainObject(md.annotations) ? md.annotations : (md.annotations = {})
    ) as PlainObject;
    ann[INSTALL_NAMESPACE_ANNOTATION] = namespace;
    return copy;
  });
  // One comment line whatever the names in it hold (a line break would start YAML).
  const comment = header.replace(/[^\x20-\x7e]+/g, ' ');
  const text = `# ${comment}\n${documents.map((d) => JSON.stringify(d)).join('\n---\n')}\n`;
  return { text, documents };
}

const cache = new Map<string, Promise<PlainObject[]>>();
// helm is mostly CPU while it starts and renders, but not all of it: two processes per core
// keep the cores busy (one per core left them idle a third of the time).
const processes = pLimit(availableParallelism() * 2);
const CACHE_LIMIT = 256;

function cacheKey(helm: string, job: HelmTemplateJob, values: string): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        helm,
        job.chartHash,
        values,
        job.releaseName,
        job.namespace ?? null,
        job.skipCRDs,
        job.kubeVersion ?? OFFLINE_KUBE_VERSION,
      ]),
    )
    .digest('hex');
}

/** The objects `helm template` renders for a job (shared by every job with the same inputs). */
export async function helmTemplate(
  job: HelmTemplateJob,
  opts: { env?: Record<string, string | undefined>; limits?: HelmLimits } = {},
): Promise<PlainObject[]> {
  const helm = findHelm(opts.env ?? process.env);
  const values = job.valuesFile ? readFileSync(job.valuesFile, 'utf8') : '';
  const key = cacheKey(helm, job, values);
  let p = cache.get(key);
  if (!p) {
    const args = [
      'template',
      job.releaseName,
      job.chartDir,
      '--namespace',
      job.namespace ?? 'default',
      job.skipCRDs ? '--skip-crds' : '--include-crds',
      '--skip-tests',
      '--kube-version',
      job.kubeVersion ?? OFFLINE_KUBE_VERSION,
      '--api-versions',
      OFFLINE_API_VERSIONS.join(','),
    ];
    if (job.valuesFile) args.push('--values', job.valuesFile);
    const what = `chart ${job.chartName} (release ${job.releaseName}) of item ${job.item}`;
    p = processes(() => runHelm(helm, args, job, opts.limits ?? DEFAULT_HELM_LIMITS)).then((out) =>
      parseHelmOutput(out, what, job.file),
    );
    cache.set(key, p);
    p.catch(() => cache.delete(key));
    if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  }
  return p;
}
