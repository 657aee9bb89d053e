import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { TemplateEngine, TemplateReads, TemplateScope, Vars } from '../templating/engine.js';
import { contentDigest } from '../templating/reads.js';
import { UserError } from '../util/errors.js';
import type { PlainObject } from '../util/merge.js';
import type { ProjectBoundary } from '../util/project-boundary.js';
import { checkAliasExpansion } from '../util/yaml.js';
import { RenderedFiles } from './rendered-files.js';
import type { TemplateIgnore } from './templateignore.js';

/** One file of an item directory, as read for rendering. */
export interface ItemFile {
  /** Path inside the item directory, '/'-separated. */
  rel: string;
  /** The file in the project (a link already replaced by what it points to). */
  source: string;
  content: Buffer;
  /** sha256 of the content. */
  digest: string;
  /** Rendered as a template; otherwise copied byte for byte. */
  template: boolean;
}

/** Everything rendering an item directory reads of it: its directories and files. */
export interface ItemTree {
  dirs: string[];
  files: ItemFile[];
}

function isBinary(buf: Buffer): boolean {
  return buf.subarray(0, 8000).includes(0);
}

/**
 * Reads an item directory the way rendering walks it. Helm chart directories (holding
 * Chart.yaml), `.git` and files matched by `.templateignore` are copied unrendered: their
 * `{{ }}` belongs to other template languages. Links are replaced by what they point to,
 * after checking that this is inside the project's boundary, so nothing that reads the
 * render directory later (kustomize, helm) can be led outside the project. `skipDirs`:
 * directories of other items, which render them themselves.
 */
export function readItemTree(
  engine: TemplateEngine,
  ignore: TemplateIgnore,
  boundary: ProjectBoundary,
  sourceDir: string,
  skipDirs: ReadonlySet<string>,
): ItemTree {
  const tree: ItemTree = { dirs: [], files: [] };
  // Real paths of the directories being walked: a link back to one of them is a loop.
  const open = new Set<string>();
  const walk = (src: string, rel: string, render: boolean) => {
    // The system's realpath: Node's own walks every component with lstat.
    const real = realpathSync.native(src);
    if (open.has(real))
      throw new UserError(
        `${engine.displayName(src)} is a symbolic link back to a directory that contains it`,
        { file: src },
        'remove the link: it would make the directory infinitely deep',
      );
    open.add(real);
    tree.dirs.push(rel);
    for (const entry of readdirSync(src, { withFileTypes: true })) {
      const from = path.join(src, entry.name);
      const to = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.name === '.git') continue;
      if (entry.isSymbolicLink()) boundary.check(from, 'file');
      const kind = entry.isSymbolicLink() ? statSync(from) : entry;
      if (kind.isDirectory()) {
        if (skipDirs.has(from)) continue;
        walk(from, to, render && !readdirSync(from).includes('Chart.yaml'));
      } else if (kind.isFile()) {
        if (entry.name === '.templateignore' && render) continue;
        const content = readFileSync(from);
        // Like kluctl, a file without `{` cannot be a template and is copied byte for byte
        // (rendering would drop its final newline and turn CRLF into LF).
        const template =
          render && !isBinary(content) && content.includes(0x7b) && !ignore.ignores(from);
        tree.files.push({
          rel: to,
          source: from,
          content,
          digest: contentDigest(content),
          template,
        });
      }
    }
    open.delete(real);
  };
  walk(sourceDir, '', true);
  return tree;
}

export interface RenderTreeJob {
  targetDir: string;
  vars: Vars;
  scope: TemplateScope;
  /** SOPS: the content of a rendered file, decrypted when it is encrypted (render/sources.ts). */
  decrypt?: (file: string, content: Buffer, display: string) => Buffer;
  /** Told what the templates read besides the tree and the variables. */
  reads?: TemplateReads;
}

/**
 * What rendering made: the files (not yet written), their size, for sizing kustomize
 * batches, and the YAML files' text, for building without kustomize (direct-build.ts).
 */
export interface RenderedTree {
  files: RenderedFiles;
  /** YAML documents in the manifests (kustomize's objects, roughly). */
  documents: number;
  bytes: number;
  /** By path inside the item directory ('/'-separated). */
  yaml: Map<string, string>;
  /**
   * Manifests written from objects (Helm's output, as JSON documents), by path: the objects
   * their text holds, so a direct build need not read it back.
   */
  objects: Map<string, readonly PlainObject[]>;
}

const MANIFEST = /\.ya?ml$/i;
const NOT_A_MANIFEST = /^(kustomization|helm-values|helm-chart)\.ya?ml$/i;

/** Renders an item directory read by readItemTree, for the render directory `job.targetDir`. */
export function renderItemTree(
  engine: TemplateEngine,
  tree: ItemTree,
  job: RenderTreeJob,
): RenderedTree {
  const contents = new Map<string, Buffer | string>();
  const rendered: RenderedTree = {
    files: new RenderedFiles(job.targetDir, tree.dirs, contents),
    documents: 0,
    bytes: 0,
    yaml: new Map(),
    objects: new Map(),
  };
  for (const f of tree.files) {
    const display = engine.displayName(f.source);
    const text = f.template
      ? engine.renderFile(f.source, job.vars, job.scope, {
          source: { text: f.content.toString('utf8'), digest: f.digest },
          reads: job.reads,
        })
      : f.content;
    const yaml = MANIFEST.test(f.rel) && !isBinary(f.content);
    if (yaml) checkAliasExpansion(text.toString(), display);
    const to = path.join(job.targetDir, f.rel);
    const out = job.decrypt ? job.decrypt(to, Buffer.from(text), display) : text;
    contents.set(f.rel, out);
    if (!yaml) continue;
    const written = out.toString();
    rendered.yaml.set(f.rel, written);
    if (!NOT_A_MANIFEST.test(path.posix.basename(f.rel))) {
      rendered.bytes += out.length;
      rendered.documents += countDocuments(written);
    }
  }
  return rendered;
}

/** Documents holding something other than comments. */
function countDocuments(text: string): number {
  return text.split(/^---.*$/m).filter((doc) => /^[ \t]*[^\s#]/m.test(doc)).length;
}
