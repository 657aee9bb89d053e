import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TemplateEngine, TemplateScope, Vars } from '../templating/engine.js';
import type { TemplateIgnore } from './templateignore.js';

export interface TemplateDirJob {
  sourceDir: string;
  targetDir: string;
  vars: Vars;
  scope: TemplateScope;
  /** Directories rendered by other items; their own item renders them. */
  skipDirs: ReadonlySet<string>;
}

function isBinary(buf: Buffer): boolean {
  return buf.subarray(0, 8000).includes(0);
}

/**
 * Renders every file of an item directory into the render directory. Helm chart directories
 * (holding Chart.yaml), `.git` and files matched by `.templateignore` are copied unrendered:
 * their `{{ }}` belongs to other template languages.
 */
export function renderTemplateDir(
  engine: TemplateEngine,
  ignore: TemplateIgnore,
  job: TemplateDirJob,
): void {
  const walk = (src: string, dst: string) => {
    mkdirSync(dst, { recursive: true });
    for (const entry of readdirSync(src, { withFileTypes: true })) {
      const from = path.join(src, entry.name);
      const to = path.join(dst, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === '.git' || job.skipDirs.has(from)) continue;
        const entries = readdirSync(from);
        if (entries.includes('Chart.yaml')) cpSync(from, to, { recursive: true });
        else walk(from, to);
      } else if (entry.isFile()) {
        if (entry.name === '.templateignore') continue;
        const buf = readFileSync(from);
        if (isBinary(buf) || ignore.ignores(from)) copyFileSync(from, to);
        else writeFileSync(to, engine.renderFile(from, job.vars, job.scope));
      }
    }
  };
  walk(job.sourceDir, job.targetDir);
}
