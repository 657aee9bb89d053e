/**
 * An item's rendered files, kept in memory and written to its render directory only once
 * something reads that directory: kustomize building the item, helm reading its values,
 * another item naming the directory, or a render directory that is kept. Most items are
 * built without kustomize (direct-build.ts); writing their files only to remove them again
 * was a twentieth of a render. Until then, what kustomize's preparation reads of the
 * directory (its kustomization, its files, whether an entry exists) is answered from memory,
 * exactly as the directory would answer once written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findYamlFileSync } from '../project/find-file.js';
import { UserError } from '../util/errors.js';

const KUSTOMIZATION_FILE = /^(kustomization\.ya?ml|Kustomization)$/;

export class RenderedFiles {
  private written = false;

  /**
   * `dirs` and the keys of `files`: paths inside `dir`, '/'-separated ('' is `dir`); the
   * files' content as it is to be written.
   */
  constructor(
    readonly dir: string,
    private readonly dirs: readonly string[],
    private readonly files: ReadonlyMap<string, Buffer | string>,
  ) {}

  /** Writes the directory (once); from then on it is read from disk. */
  write(): void {
    if (this.written) return;
    for (const d of this.dirs) mkdirSync(path.join(this.dir, d), { recursive: true });
    for (const [rel, content] of this.files) writeFileSync(path.join(this.dir, rel), content);
    this.written = true;
  }

  /** `name.yaml` or `name.yml` at the top of the directory (both is an error, as in kluctl). */
  findYaml(name: string): string | undefined {
    if (this.written) return findYamlFileSync(this.dir, name);
    const [yaml, yml] = [`${name}.yaml`, `${name}.yml`];
    if (this.files.has(yaml) && this.files.has(yml))
      throw new UserError(
        `both ${yaml} and ${yml} exist`,
        { file: path.join(this.dir, yml) },
        'keep only one of them',
      );
    const found = this.files.has(yaml) ? yaml : this.files.has(yml) ? yml : undefined;
    return found && path.join(this.dir, found);
  }

  readText(file: string): string {
    const rel = this.written ? undefined : this.relative(file);
    const mine = rel === undefined ? undefined : this.files.get(rel);
    return mine === undefined ? readFileSync(file, 'utf8') : mine.toString();
  }

  /** Whether a file or directory exists (elsewhere than in this directory: on disk). */
  exists(p: string): boolean {
    const rel = this.written ? undefined : this.relative(p);
    if (rel !== undefined && (this.files.has(rel) || this.dirs.includes(rel))) return true;
    return existsSync(p);
  }

  /**
   * The files a generated kustomization lists, sorted as kustomize's directory walk gives
   * them; `recursive` also those in subdirectories. A recursive item's directory is read
   * from disk (it is written first): it holds the rendered items nested in it too.
   */
  listFiles(recursive: boolean): string[] {
    if (recursive) {
      this.write();
      return listOnDisk(this.dir);
    }
    if (this.written) return listOnDisk(this.dir, false);
    return [...this.files.keys()].filter((rel) => !rel.includes('/')).sort(byName);
  }

  /** Every kustomization file in the directory, except in the subdirectories `skip` accepts. */
  kustomizationFiles(skip: (dir: string) => boolean): string[] {
    if (!this.written)
      return [...this.files.keys()]
        .filter((rel) => KUSTOMIZATION_FILE.test(path.posix.basename(rel)))
        .map((rel) => path.join(this.dir, rel));
    const out: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) {
          if (!skip(p)) walk(p);
        } else if (e.isFile() && KUSTOMIZATION_FILE.test(e.name)) out.push(p);
      }
    };
    walk(this.dir);
    return out;
  }

  /** `p` inside the directory ('/'-separated), or undefined. */
  private relative(p: string): string | undefined {
    const rel = path.relative(this.dir, p);
    if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return undefined;
    return rel.split(path.sep).join('/');
  }
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function listOnDisk(dir: string, recursive = true): string[] {
  const out: string[] = [];
  const walk = (d: string, prefix: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      byName(a.name, b.name),
    )) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!recursive || e.name === '.git') continue;
        if (/^kustomization\.ya?ml$/i.test(e.name)) continue;
        walk(path.join(d, e.name), rel);
      } else if (e.isFile()) {
        if (recursive && prefix && /^kustomization\.ya?ml$/.test(e.name)) {
          throw new UserError(
            `recursive: true cannot be used when ${rel} exists`,
            {},
            'remove the nested kustomization or drop recursive: true',
          );
        }
        out.push(rel);
      }
    }
  };
  walk(dir, '');
  return out;
}
