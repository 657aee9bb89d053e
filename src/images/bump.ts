import path from 'node:path';
import pLimit from 'p-limit';
import type { FixedImage } from './types.js';
import type { RegistryClient, TagList } from '../registry/client.js';
import type { RequestCounter } from '../registry/http.js';
import {
  parseImageReference,
  repositoryKey,
  withTag,
  type ImageReference,
} from '../registry/reference.js';
import type { SeenImage } from './types.js';
import { formatError, UserError } from '../util/errors.js';
import { readYamlFile, type YamlPath } from '../util/yaml.js';
import { decideTag, type Explanation } from './decide.js';
import { fluxPolicy } from './flux-policy.js';
import { scanFluxWorkloads } from './flux-workloads.js';
import { kluctlPolicy, type TagPolicy } from './policy.js';
import { DEFAULT_FILTER } from './version-filter.js';
import { editYamlFile, formatPath, type ScalarEdit } from './yaml-edit.js';

/** The images one rendered target asked for (`RenderResult.images`). */
export interface TargetImages {
  /** Undefined for a project without targets. */
  target?: string;
  images: readonly SeenImage[];
}

export interface ImageBumpOptions {
  projectDir: string;
  renders: readonly TargetImages[];
  registry: RegistryClient;
  /** Report only; write nothing. */
  dryRun?: boolean;
  /** Also bump Flux-v1-annotated workloads found under the project (default true). */
  flux?: boolean;
  /** Images checked at the same time (default 8; each registry host has its own limit too). */
  concurrency?: number;
  log?: (line: string) => void;
}

/** Where a pinned reference lives and what it is. */
interface Location {
  kind: 'fixed-image' | 'flux';
  /** Relative to the project when inside it, else absolute. */
  file: string;
  line?: number;
  path: string;
  targets?: string[];
  workload?: string;
  container?: string;
}

export interface BumpUpdate extends Location {
  /** The repository as written, without tag or digest. */
  image: string;
  current: string;
  latest: string;
  filter: string;
  /** Full references before and after. */
  from: string;
  to: string;
  /** Manifest digest of the new tag. */
  digest: string;
  explanation: Explanation;
  /** Registry requests made for this image. */
  requests: number;
}

export interface BumpUnchanged extends Location {
  image: string;
  current: string;
  filter: string;
  explanation: Explanation;
}

export interface BumpSkip extends Partial<Location> {
  image: string;
  current?: string;
  reason: string;
  latest?: string;
  filter?: string;
  explanation?: Explanation;
}

export interface BumpError extends Partial<Location> {
  image?: string;
  target?: string;
  error: string;
  hint?: string;
}

export interface ImageBumpReport {
  updates: BumpUpdate[];
  upToDate: BumpUnchanged[];
  skipped: BumpSkip[];
  errors: BumpError[];
}

interface Site {
  loc: Location;
  absFile: string;
  docIndex: number;
  yamlPath: YamlPath;
  value: string;
  filter: string;
}

const ORIGIN: Record<FixedImage['origin'], string> = {
  target: "target's images",
  file: 'fixed-images file',
  vars: 'images variable',
  cli: '-F',
};

/** Canonical filter text, so `semver()` and `semver(allow_no_nums=False)` count as one. */
function canonicalFilter(f: string): string {
  try {
    return kluctlPolicy(f).text;
  } catch {
    return f;
  }
}

/** Turns render results into one site per pinned entry (entries reused across targets merge). */
function fixedImageSites(
  projectDir: string,
  renders: readonly TargetImages[],
  report: ImageBumpReport,
): Site[] {
  const sites = new Map<
    string,
    Site & { filters: Map<string, string[]>; origin: FixedImage['origin'] }
  >();
  const skipped = new Map<string, BumpSkip>();
  for (const r of renders) {
    const target = r.target ?? '(no target)';
    for (const s of r.images) {
      const fi = s.fixedImage;
      if (!fi || !fi.source) {
        const reason = fi
          ? 'pinned on the command line (-F)'
          : 'not pinned: no fixed image matches it';
        const key = `${s.image}\n${reason}`;
        const entry = skipped.get(key) ?? { image: s.image, reason, targets: [] };
        if (!entry.targets?.includes(target)) entry.targets?.push(target);
        skipped.set(key, entry);
        continue;
      }
      const yamlPath = [...fi.source.path, 'resultImage'];
      const key = JSON.stringify([fi.source.file, yamlPath]);
      let site = sites.get(key);
      if (!site) {
        site = {
          loc: {
            kind: 'fixed-image',
            file: displayPath(projectDir, fi.source.file),
            path: formatPath(yamlPath),
            targets: [],
          },
          absFile: fi.source.file,
          docIndex: 0,
          yamlPath,
          value: fi.resultImage,
          filter: '',
          filters: new Map(),
          origin: fi.origin,
        };
        sites.set(key, site);
      }
      if (!site.loc.targets?.includes(target)) site.loc.targets?.push(target);
      const filter = canonicalFilter(s.latestVersion ?? DEFAULT_FILTER);
      site.filters.set(filter, [...(site.filters.get(filter) ?? []), `${target}: ${s.deployment}`]);
    }
  }
  report.skipped.push(...skipped.values());
  const out: Site[] = [];
  for (const site of sites.values()) {
    if (site.filters.size > 1) {
      const uses = [...site.filters].map(([f, w]) => `${f} (${w.join(', ')})`).join(' vs ');
      report.errors.push({
        ...site.loc,
        image: site.value,
        error: `the ${ORIGIN[site.origin]} entry is used with different version filters: ${uses}`,
        hint: 'use one filter for this image, or pin each use with its own entry (namespace/deployment/container fields)',
      });
      continue;
    }
    site.filter = [...site.filters.keys()][0];
    out.push(site);
  }
  return out;
}

function displayPath(projectDir: string, file: string): string {
  const rel = path.relative(projectDir, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}

/** Line numbers for fixed-image sites, read once per file (best effort: templated files may not parse). */
async function addLines(sites: Site[]): Promise<void> {
  const byFile = new Map<string, Site[]>();
  for (const s of sites)
    if (s.loc.kind === 'fixed-image') byFile.set(s.absFile, [...(byFile.get(s.absFile) ?? []), s]);
  await Promise.all(
    [...byFile].map(async ([file, list]) => {
      try {
        const doc = await readYamlFile(file);
        for (const s of list) s.loc.line = doc.positionOf(s.yamlPath)?.line;
      } catch {
        // the edit step reports unreadable files
      }
    }),
  );
}

/** `{ image, current }` of a reference, or the text as is when it does not parse. */
function splitImage(value: string): { image: string; current?: string } {
  try {
    const ref = parseImageReference(value);
    return ref.tag ? { image: ref.name, current: ref.tag } : { image: ref.name };
  } catch {
    return { image: value };
  }
}

function errorEntry(loc: Partial<Location>, image: string | undefined, err: unknown): BumpError {
  const e: BumpError = { ...loc, error: err instanceof UserError ? err.message : formatError(err) };
  if (image !== undefined) e.image = image;
  if (err instanceof UserError && err.hint) e.hint = err.hint;
  if (err instanceof UserError && err.file && !loc.file) {
    e.file = err.file;
    e.line = err.line;
  }
  return e;
}

/**
 * image-bump's engine: for each pinned image (fixed-image entries that won in some target,
 * Flux-automated containers) ask the registry for tags, pick the newest allowed one, never
 * go back to an older one, and edit the pinned value in place. One image's failure is
 * reported and does not stop the others.
 */
export async function runImageBump(opts: ImageBumpOptions): Promise<ImageBumpReport> {
  const report: ImageBumpReport = { updates: [], upToDate: [], skipped: [], errors: [] };
  const log = opts.log ?? (() => undefined);
  const sites = fixedImageSites(opts.projectDir, opts.renders, report);
  if (opts.flux !== false) {
    const scan = await scanFluxWorkloads(opts.projectDir);
    for (const c of scan.containers) {
      sites.push({
        loc: {
          kind: 'flux',
          file: displayPath(opts.projectDir, c.file),
          line: c.line,
          path: formatPath(c.path),
          workload: c.workload,
          container: c.container,
        },
        absFile: c.file,
        docIndex: c.docIndex,
        yamlPath: c.path,
        value: c.image,
        filter: c.pattern,
      });
    }
    for (const s of scan.skipped) {
      report.skipped.push({
        kind: 'flux',
        file: displayPath(opts.projectDir, s.file),
        line: s.line,
        workload: s.workload,
        container: s.container,
        ...splitImage(s.image),
        reason: s.reason,
      });
    }
    for (const e of scan.errors) report.errors.push(errorEntry({ kind: 'flux' }, undefined, e));
  }
  await addLines(sites);
  log(`checking ${sites.length} pinned image${sites.length === 1 ? '' : 's'}`);

  const listings = new Map<string, Promise<TagList>>();
  const listTags = (ref: ImageReference, counter: RequestCounter) => {
    const key = `${ref.registry}/${ref.repository}`;
    let p = listings.get(key);
    if (!p) {
      p = opts.registry.listTags(ref, counter);
      listings.set(key, p);
    }
    return p;
  };

  const edits: { site: Site; update: BumpUpdate }[] = [];
  const limit = pLimit(opts.concurrency ?? 8);
  await Promise.all(
    sites.map((site) =>
      limit(async () => {
        let image: string | undefined;
        try {
          const ref = parseImageReference(site.value);
          image = ref.name;
          if (!ref.tag && ref.digest) {
            report.skipped.push({
              ...site.loc,
              image,
              reason: 'pinned by digest only: no tag to compare',
            });
            return;
          }
          const policy: TagPolicy =
            site.loc.kind === 'flux' ? fluxPolicy(site.filter) : kluctlPolicy(site.filter);
          const counter: RequestCounter = { requests: 0 };
          const listing = await listTags(ref, counter);
          const d = await decideTag(policy, listing, ref.tag, (tag) =>
            opts.registry.imageCreated(ref, tag, counter),
          );
          const current = ref.tag ?? '';
          if (d.verdict === 'up-to-date') {
            report.upToDate.push({
              ...site.loc,
              image,
              current,
              filter: policy.text,
              explanation: d.explanation,
            });
          } else if (d.verdict === 'newer-pinned') {
            report.skipped.push({
              ...site.loc,
              image,
              current,
              latest: d.latest,
              filter: policy.text,
              reason: `the pinned tag is newer than the newest candidate ${d.latest}; not downgrading`,
              explanation: d.explanation,
            });
          } else {
            const digest = await opts.registry.manifestDigest(ref, d.latest, counter);
            const update: BumpUpdate = {
              ...site.loc,
              image,
              current,
              latest: d.latest,
              filter: policy.text,
              from: site.value,
              to: withTag(ref, d.latest, digest),
              digest,
              explanation: d.explanation,
              requests: counter.requests,
            };
            edits.push({ site, update });
            log(`${repositoryKey(ref)}: ${current || '(no tag)'} -> ${d.latest}`);
          }
        } catch (err) {
          report.errors.push(errorEntry(site.loc, image ?? site.value, err));
        }
      }),
    ),
  );

  // One read-modify-write per file; an edit that cannot be made becomes that image's error.
  const byFile = new Map<string, { site: Site; update: BumpUpdate }[]>();
  for (const e of edits) byFile.set(e.site.absFile, [...(byFile.get(e.site.absFile) ?? []), e]);
  for (const [file, list] of byFile) {
    const scalarEdits: ScalarEdit[] = list.map(({ site, update }) => ({
      docIndex: site.docIndex,
      path: site.yamlPath,
      expected: site.value,
      value: update.to,
    }));
    try {
      const failures = await editYamlFile(file, scalarEdits, {
        dryRun: opts.dryRun,
        displayName: list[0].site.loc.file,
      });
      const failed = new Map(failures.map((f) => [f.edit, f.error]));
      list.forEach((e, i) => {
        const err = failed.get(scalarEdits[i]);
        if (err) report.errors.push(errorEntry(e.site.loc, e.update.image, err));
        else report.updates.push(e.update);
      });
    } catch (err) {
      for (const e of list) report.errors.push(errorEntry(e.site.loc, e.update.image, err));
    }
  }

  const order = (a: Partial<Location>, b: Partial<Location>) =>
    (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0);
  report.updates.sort(order);
  report.upToDate.sort(order);
  report.skipped.sort(order);
  report.errors.sort(order);
  return report;
}
