/**
 * Helm charts inside rendered items, as kluctl renders them: every helm-chart.yaml of an
 * item's rendered directory (at any depth) is read after templating, its chart found
 * (vendored in `.helm-charts`, local inside the project, or pulled on demand for
 * skipPrePull), rendered with `helm template` (helm/template.ts) and written to the
 * chart's `output` file, which the directory's kustomization must list.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findYamlFileSync } from '../project/find-file.js';
import { UserError } from '../util/errors.js';
import { isPlainObject, type PlainObject } from '../util/merge.js';
import { ProjectBoundary } from '../util/project-boundary.js';
import { parseYaml } from '../util/yaml.js';
import { parseRawChartYaml, readChartConfig, type HelmChartConfig } from '../helm/chart-config.js';
import { helmScratchDir, materializeChart } from '../helm/chart-files.js';
import { openChartSources, type ChartSourceContext } from '../helm/chart-sources.js';
import type { HelmCredentialFlags } from '../helm/credentials.js';
import { droppedHookNote } from '../helm/hooks.js';
import { HELM_CHARTS_DIR, isChartFile, pulledChartDir, versionDirName } from '../helm/layout.js';
import { pullToScratch } from '../helm/pull.js';
import { helmTemplate, renderedChartFile } from '../helm/template.js';
import type { RenderedTree } from './template-dir.js';

/** helm-chart.yaml files of a rendered item directory, relative to it, sorted. */
export function chartFilesIn(renderDir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    )) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), r);
      else if (e.isFile() && isChartFile(e.name)) out.push(r);
    }
  };
  walk(renderDir, '');
  return out;
}

export interface HelmRenderSetup {
  /** The kluctl project's root: `.helm-charts` is here. */
  projectRoot: string;
  boundary: ProjectBoundary;
  env: Record<string, string | undefined>;
  /** kluctl's `--kubernetes-version`: `.Capabilities.KubeVersion` (default v1.20.0). */
  kubeVersion?: string;
  credentialFlags?: HelmCredentialFlags;
  log: (line: string) => void;
}

export interface HelmItem {
  /** The item's directory in the project. */
  sourceDir: string;
  /** Its rendered copy. */
  renderDir: string;
  /** Item name for messages (its directory relative to the project). */
  name: string;
}

/** What rendering an item's charts read, for the render cache (cache/deps.ts). */
export interface ChartReads {
  /** A chart directory of the project (vendored or local) and its content hash. */
  chart(dir: string, hash: string): void;
  /** A chart pulled from its repository while rendering: nothing names its content. */
  volatile(what: string): void;
}

/** Renders the Helm charts of items; holds the clients on-demand pulls need, until close(). */
export class HelmItemRenderer {
  private sources?: ReturnType<typeof openChartSources>;
  private readonly charts = new Map<string, { dir: string; hash: string }>();
  // A chart is often rendered by many items from the same files (one per namespace or
  // tenant): what those files say is read once per text. Only what was read without error
  // is kept, so each item still gets its own error, naming its own file.
  private readonly configs = new Map<string, HelmChartConfig>();
  private readonly kustomizationResources = new Map<string, string[]>();
  private readonly pulledVersions = new Map<string, string | undefined>();

  constructor(private readonly setup: HelmRenderSetup) {}

  async close(): Promise<void> {
    if (!this.sources) return;
    const s = await this.sources.catch(() => undefined);
    await s?.close();
  }

  private sourceContext(): Promise<ChartSourceContext> {
    this.sources ??= openChartSources(this.setup.env, this.setup.credentialFlags, this.setup.log);
    return this.sources;
  }

  /**
   * Renders every helm-chart.yaml of the item into its output file; the size of what it
   * wrote, and each output file's text by its path inside the item directory.
   */
  async renderItem(item: HelmItem, reads?: ChartReads): Promise<Omit<RenderedTree, 'files'>> {
    const out: Omit<RenderedTree, 'files'> = {
      documents: 0,
      bytes: 0,
      yaml: new Map(),
      objects: new Map(),
    };
    for (const rel of chartFilesIn(item.renderDir)) {
      const chart = await this.renderChart(item, rel, reads);
      out.documents += chart.documents.length;
      out.bytes += chart.text.length;
      out.yaml.set(chart.output, chart.text);
      out.objects.set(chart.output, chart.documents);
    }
    return out;
  }

  private async renderChart(
    item: HelmItem,
    rel: string,
    reads?: ChartReads,
  ): Promise<{ documents: readonly PlainObject[]; output: string; text: string }> {
    const sourceFile = path.join(item.sourceDir, ...rel.split('/'));
    const renderedFile = path.join(item.renderDir, ...rel.split('/'));
    const dir = path.dirname(renderedFile);
    const config = this.chartConfig(sourceFile, renderedFile);
    const where = path.posix.join(item.name, path.posix.dirname(rel));

    const kustomization = findYamlFileSync(dir, 'kustomization');
    if (kustomization) {
      const text = readFileSync(kustomization, 'utf8');
      let resources = this.kustomizationResources.get(text);
      if (!resources) {
        const ky = parseYaml(text, kustomization).value;
        resources =
          isPlainObject(ky) && Array.isArray(ky.resources) ? ky.resources.map(String) : [];
        this.kustomizationResources.set(text, resources);
      }
      if (!resources.includes(config.output))
        throw new UserError(
          `${where}/${path.basename(kustomization)} does not include the rendered helm chart: ${config.output}`,
          { file: path.join(path.dirname(sourceFile), path.basename(kustomization)) },
          `add "${config.output}" to its resources (or set output in helm-chart.yaml to the file it lists)`,
        );
    }

    const chartDir = await this.chartDir(config, path.dirname(sourceFile));
    const { dir: copy, hash } = this.materialized(chartDir, config.chartName);
    if (chartDir.startsWith(helmScratchDir())) reads?.volatile(`chart ${config.chartName} pulled`);
    else reads?.chart(chartDir, hash);
    const values = findYamlFileSync(dir, 'helm-values');
    if (values && /^sops:/m.test(readFileSync(values, 'utf8')))
      throw new UserError(
        'helm-values.yaml is encrypted with SOPS, which shipshape cannot decrypt yet',
        { file: path.join(path.dirname(sourceFile), path.basename(values)) },
        'keep secrets out of helm-values.yaml for now (e.g. in a SOPS-encrypted Secret manifest of the item)',
      );
    const started = Date.now();
    const objects = await helmTemplate(
      {
        chartDir: copy,
        chartHash: hash,
        releaseName: config.releaseName,
        namespace: config.namespace,
        valuesFile: values,
        skipCRDs: config.skipCRDs,
        kubeVersion: this.setup.kubeVersion,
        chartName: config.chartName,
        item: where,
        file: sourceFile,
      },
      { env: this.setup.env },
    );
    for (const o of objects) {
      const md = (isPlainObject(o.metadata) ? o.metadata : {}) as Record<string, unknown>;
      const note = droppedHookNote(o, `${String(o.kind)} ${String(md.name)}`);
      if (note) this.setup.log(`${where}: ${note}`);
    }
    const output = path.join(dir, config.output);
    mkdirSync(path.dirname(output), { recursive: true });
    const { text, documents } = renderedChartFile(
      objects,
      config.namespace,
      `rendered by shipshape: helm template ${config.releaseName} ${config.chartName} ${config.chartVersion ?? ''}`.trim(),
    );
    writeFileSync(output, text);
    this.setup.log(
      `${where}: rendered chart ${config.chartName} (${objects.length} objects, ${Date.now() - started} ms)`,
    );
    return {
      documents,
      output: path.relative(item.renderDir, output).split(path.sep).join('/'),
      text,
    };
  }

  /** An item's helm-chart.yaml, as written (`sourceFile`) and as rendered. */
  private chartConfig(sourceFile: string, renderedFile: string): HelmChartConfig {
    const raw = existsSync(sourceFile) ? readFileSync(sourceFile, 'utf8') : undefined;
    const rendered = readFileSync(renderedFile, 'utf8');
    const key = `${raw ?? ''}\0${rendered}`;
    const known = this.configs.get(key);
    if (known) return { ...known, file: sourceFile };
    // kluctl's limitation, checked here too: the file must be YAML before it is rendered.
    if (raw !== undefined) parseRawChartYaml(raw, sourceFile);
    const config = readChartConfig(parseYaml(rendered, sourceFile), { rendered: true });
    this.configs.set(key, config);
    return config;
  }

  /** A chart read (and hashed, and copied where needed) once per render, however many items use it. */
  private materialized(chartDir: string, chartName: string): { dir: string; hash: string } {
    let m = this.charts.get(chartDir);
    if (!m) {
      m = materializeChart(chartDir, this.chartBoundary(chartDir), chartName);
      this.charts.set(chartDir, m);
    }
    return m;
  }

  /** Links inside a vendored or local chart must stay inside the project. */
  private chartBoundary(chartDir: string): ProjectBoundary {
    return chartDir.startsWith(helmScratchDir())
      ? ProjectBoundary.exactly(chartDir)
      : this.setup.boundary;
  }

  /** The version a pulled chart's Chart.yaml says. */
  private pulledVersion(chartYaml: string): string | undefined {
    if (!this.pulledVersions.has(chartYaml)) {
      const meta = parseYaml(readFileSync(chartYaml, 'utf8'), chartYaml).value;
      this.pulledVersions.set(
        chartYaml,
        isPlainObject(meta) && meta.version !== undefined ? String(meta.version) : undefined,
      );
    }
    return this.pulledVersions.get(chartYaml);
  }

  /** The chart's directory: local (inside the project), vendored, or pulled on demand. */
  private async chartDir(config: HelmChartConfig, configDir: string): Promise<string> {
    const { boundary, projectRoot } = this.setup;
    if (config.kind === 'local') {
      const dir = boundary.check(
        path.resolve(configDir, config.path as string),
        'Helm chart path',
        { file: config.file },
        config.path,
      );
      if (!existsSync(path.join(dir, 'Chart.yaml')))
        throw new UserError(
          `chart path "${config.path}" holds no Chart.yaml`,
          { file: config.file },
          'point path at a chart directory inside the project',
        );
      return dir;
    }
    const chartsRoot = path.join(projectRoot, HELM_CHARTS_DIR);
    const version = versionDirName(config);
    const vendored = pulledChartDir(chartsRoot, config, version);
    const relVendored = path.relative(projectRoot, vendored).split(path.sep).join('/');
    const chartYaml = path.join(vendored, 'Chart.yaml');
    if (existsSync(chartYaml)) {
      boundary.check(vendored, 'pulled chart', { file: config.file });
      if (config.kind !== 'git') {
        const have = this.pulledVersion(chartYaml);
        if (have !== config.chartVersion)
          throw new UserError(
            `the chart pulled into ${relVendored} is version ${have ?? '(none)'}, not ${config.chartVersion}`,
            { file: config.file },
            'run shipshape helm-pull (it pulls the version helm-chart.yaml asks for)',
          );
      }
      return vendored;
    }
    if (!config.skipPrePull)
      throw new UserError(
        `Helm chart ${config.chartName} ${version} has not been pulled (expected in ${relVendored})`,
        { file: config.file },
        'run "shipshape helm-pull" (or kluctl helm-pull) in the project and commit .helm-charts, or set skipPrePull: true to pull it when rendering',
      );
    return this.pullOnDemand(config, version);
  }

  private async pullOnDemand(config: HelmChartConfig, version: string): Promise<string> {
    this.setup.log(`pulling chart ${config.chartName} ${version} (skipPrePull)`);
    return pullToScratch(config, version, await this.sourceContext());
  }
}
