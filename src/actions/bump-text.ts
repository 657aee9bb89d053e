/**
 * What a bump pull request says: title, body and commit message list exactly the updates it
 * carries. Update `file`s are paths in the repository.
 */
import type { BumpUpdate } from '../images/bump.js';
import { explanationParts } from '../images/decide.js';
import { parseImageReference } from '../registry/reference.js';
import { code, escapeText } from './markdown.js';

/** The web page of an image's repository on the registries that have one. */
export function registryPage(image: string): string | undefined {
  let ref;
  try {
    ref = parseImageReference(image);
  } catch {
    return undefined;
  }
  const repo = ref.repository;
  switch (ref.domain) {
    case 'docker.io':
      return repo.startsWith('library/')
        ? `https://hub.docker.com/_/${repo.slice('library/'.length)}`
        : `https://hub.docker.com/r/${repo}`;
    case 'ghcr.io':
      return `https://ghcr.io/${repo}`;
    case 'quay.io':
      return `https://quay.io/repository/${repo}`;
    case 'public.ecr.aws':
      return `https://gallery.ecr.aws/${repo}`;
    default:
      return undefined;
  }
}

const tag = (t: string) => (t ? code(t) : '(no tag)');
const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

export function pullRequestTitle(updates: readonly BumpUpdate[], file?: string): string {
  const images = [...new Set(updates.map((u) => u.image))];
  if (images.length === 1) {
    const [u] = updates;
    const latest = new Set(updates.map((x) => x.latest));
    const current = new Set(updates.map((x) => x.current));
    if (latest.size === 1 && current.size === 1)
      return `Bump ${u.image} from ${u.current || '(no tag)'} to ${u.latest}`;
    if (latest.size === 1) return `Bump ${u.image} to ${u.latest}`;
    return `Bump ${u.image} (${plural(updates.length, 'pin')})`;
  }
  return `Bump ${plural(images.length, 'image')}${file ? ` in ${file}` : ''}`;
}

/** Where the pin lives: file and line, plus the targets or the Flux workload using it. */
function pinnedIn(u: BumpUpdate): string {
  const at = code(u.line ? `${u.file}:${u.line}` : u.file);
  if (u.kind === 'flux')
    return `${at} (${code(u.workload ?? '')}, container ${code(u.container ?? '')})`;
  const targets = (u.targets ?? []).filter((t) => t !== '(no target)');
  return targets.length ? `${at} (${targets.map(code).join(', ')})` : at;
}

// A `|` ends a table cell even inside a code span unless escaped.
const cell = (s: string) => s.replace(/\|/g, '\\|');

/** One table row per update: image (linked to its registry page when known), from, to, filter, where. */
export function updatesTable(
  updates: readonly BumpUpdate[],
  extra?: (u: BumpUpdate) => string,
): string {
  const head = ['image', 'from', 'to', 'filter', 'pinned in', ...(extra ? ['pull request'] : [])];
  const rows = updates.map((u) => {
    const page = registryPage(u.image);
    const image = page ? `[${code(u.image)}](${page})` : code(u.image);
    const cells = [image, tag(u.current), tag(u.latest), code(u.filter), pinnedIn(u)];
    return `| ${[...cells, ...(extra ? [extra(u)] : [])].map(cell).join(' | ')} |`;
  });
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows].join('\n');
}

function explanation(u: BumpUpdate): string {
  const parts = [...explanationParts(u.explanation), u.explanation.why];
  return `- ${code(u.image)} ${tag(u.latest)}: ${parts.map(escapeText).join('; ')}`;
}

export interface BodyOptions {
  branch: string;
  base: string;
  /** The workflow run that made the pull request. */
  runUrl?: string;
}

export function pullRequestBody(updates: readonly BumpUpdate[], opts: BodyOptions): string {
  const run = opts.runUrl ? `[shipshape image-bump](${opts.runUrl})` : 'shipshape image-bump';
  return [
    `Bumps ${updates.length === 1 ? 'this pinned image' : 'these pinned images'} to the newest tag ${updates.length === 1 ? 'its' : 'their'} version filter allows.`,
    '',
    updatesTable(updates),
    '',
    '<details>',
    '<summary>How the tags were chosen</summary>',
    '',
    ...updates.map(explanation),
    '',
    '</details>',
    '',
    '---',
    '',
    `_Opened by ${run}. Every run rebuilds the branch ${code(opts.branch)} on ${code(opts.base)} and updates this pull request; commits pushed to the branch are replaced. It is closed when ${code(opts.base)} has these versions by other means._`,
    '',
  ].join('\n');
}

export function commitMessage(title: string, updates: readonly BumpUpdate[]): string {
  const lines = updates.map(
    (u) =>
      `- ${u.image}: ${u.current || '(no tag)'} -> ${u.latest} (${u.filter}) in ${u.file}${u.line ? `:${u.line}` : ''}`,
  );
  return `${title}\n\n${lines.join('\n')}\n`;
}
