import {
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { TemplateEngine, TemplateScope, Vars } from '../templating/engine.js';
import { UserError } from '../util/errors.js';
import type { ProjectBoundary } from '../util/project-boundary.js';
import { checkAliasExpansion } from '../util/yaml.js';
import type { TemplateIgnore } from './templateignore.js';

export interface TemplateDirJob {
  sourceDir: string;
  targetDir: string;
  vars: Vars;
  scope: TemplateScope;
  /** Directories rendered by other items; their own item renders them. */
  skipDirs: ReadonlySet<string>;
  /** SOPS: the content of a rendered file, decrypted when it is encrypted (render/sources.ts). */
  decrypt?: (file: string, content: Buffer, display: string) => Buffer;
}

function isBinary(buf: Buffer): boolean {
  return buf.subarray(0, 8000).includes(0);
}

/**
 * Renders every file of an item directory into the render directory. Helm chart directories
 * (holding Chart.yaml), `.git` and files matched by `.templateignore` are copied unrendered:
 * their `{{ }}` belongs to other template languages. The render directory only ever holds
 * regular files: a symlink is replaced by what it points to, after checking that this is
 * inside the project's boundary, so nothing that reads the render directory later
 * (kustomize, helm) can be led outside the project.
 */
export function renderTemplateDir(
  engine: TemplateEngine,
  ignore: TemplateIgnore,
  boundary: ProjectBoundary,
  job: TemplateDirJob,
): void {
  // Real paths of the directories being walked: a link back to one of them is a loop.
  const open = new Set<string>();
  const walk = (src: string, dst: string, render: boolean) => {
    const real = realpathSync(src);
    if (open.has(real))
      throw new UserError(
        `${engine.displayName(src)} is a symbolic link back to a directory that contains it`,
        { file: src },
        'remove the link: it would make the directory infinitely deep',
      );
    open.add(real);
    mkdirSync(dst, { recursive: true });
    for (const entry of readdirSync(src, { withFileTypes: true })) {
      const from = path.join(src, entry.name);
      const to = path.join(dst, entry.name);
      if (entry.name === '.git') continue;
      if (entry.isSymbolicLink()) boundary.check(from, 'file');
      const kind = entry.isSymbolicLink() ? statSync(from) : entry;
      if (kind.isDirectory()) {
        if (job.skipDirs.has(from)) continue;
        walk(from, to, render && !readdirSync(from).includes('Chart.yaml'));
      } else if (kind.isFile()) {
        if (entry.name === '.templateignore' && render) continue;
        const buf = readFileSync(from);
        const binary = isBinary(buf);
        // Like kluctl, a file without `{` cannot be a template and is copied byte for byte
        // (rendering would drop its final newline and turn CRLF into LF).
        const verbatim = !render || binary || !buf.includes(0x7b) || ignore.ignores(from);
        const text = verbatim ? buf : engine.renderFile(from, job.vars, job.scope);
        if (!binary && /\.ya?ml$/i.test(entry.name))
          checkAliasExpansion(text.toString(), engine.displayName(from));
        writeFileSync(
          to,
          job.decrypt ? job.decrypt(to, Buffer.from(text), engine.displayName(from)) : text,
        );
      }
    }
    open.delete(real);
  };
  walk(job.sourceDir, job.targetDir, true);
}
