/**
 * What an image bump says: the pull request's title, body and commit message list exactly
 * the updates it carries, and the job summary reports the whole run. Update `file`s are
 * paths in the repository. Images, tags, files, filters and messages come from the project
 * or a registry: markdown gets them through util/markdown, plain text through oneLine.
 */
import type { BumpError, BumpSkip, BumpUpdate } from '../images/bump.js';
import { explanationParts } from '../images/decide.js';
import { parseImageReference } from '../registry/reference.js';
import { cell, code, text } from '../util/markdown.js';
import { oneLine } from '../util/one-line.js';

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

/**
 * What a group bumps, as the default title says it after "Bump": `nginx from 1.25.3 to
 * 1.27.2`, `nginx to 1.27.2` (several pins, one new tag), `nginx (2 pins)`, `3 images`,
 * `3 images in deploy/images.yaml`.
 */
export function bumpSubject(updates: readonly BumpUpdate[], file?: string): string {
  const images = [...new Set(updates.map((u) => u.image))];
  if (images.length !== 1) return `${plural(images.length, 'image')}${file ? ` in ${file}` : ''}`;
  const [u] = updates;
  const latest = new Set(updates.map((x) => x.latest));
  const current = new Set(updates.map((x) => x.current));
  if (latest.size === 1 && current.size === 1)
    return `${u.image} from ${u.current || '(no tag)'} to ${u.latest}`;
  if (latest.size === 1) return `${u.image} to ${u.latest}`;
  return `${u.image} (${plural(updates.length, 'pin')})`;
}

/** One line of plain text: GitHub shows a title as it is, and git reads trailers from lines. */
export function pullRequestTitle(updates: readonly BumpUpdate[], file?: string): string {
  return oneLine(`Bump ${bumpSubject(updates, file)}`);
}

/** Where the pin lives: file and line, plus the targets or the Flux workload using it. */
function pinnedIn(u: BumpUpdate): string {
  const at = code(u.line ? `${u.file}:${u.line}` : u.file);
  if (u.kind === 'flux')
    return `${at} (${code(u.workload ?? '')}, container ${code(u.container ?? '')})`;
  const targets = (u.targets ?? []).filter((t) => t !== '(no target)');
  return targets.length ? `${at} (${targets.map(code).join(', ')})` : at;
}

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
  return `- ${code(u.image)} ${tag(u.latest)}: ${parts.map(text).join('; ')}`;
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
    `_Opened by ${run}. Every run rebuilds the branch ${code(opts.branch)} on ${code(opts.base)} and updates this pull request; commits pushed to the branch are replaced. It is closed when ${code(opts.base)} has these versions by other means. Closing it without merging declines ${updates.length === 1 ? 'this version' : 'these versions'}: shipshape will not propose ${updates.length === 1 ? 'it' : 'them'} again, only newer ones._`,
    '',
  ].join('\n');
}

/**
 * Posted on a bump pull request closed without merging, the first time a run finds it:
 * what is declined now and how to take that back.
 */
export function declinedComment(declined: readonly { name: string; version: string }[]): string {
  return [
    `Closed without merging, so shipshape will not propose ${declined.map((d) => `${code(d.name)} ${tag(d.version)}`).join(', ')} again; a newer tag it will.`,
    '',
    'Changed your mind? Reopen this pull request (the next run takes it over again), or delete the last line of its description (`<!-- shipshape:declined … -->`): the next run then proposes these versions again.',
    '',
  ].join('\n');
}

export function commitMessage(title: string, updates: readonly BumpUpdate[]): string {
  const lines = updates.map((u) =>
    oneLine(
      `- ${u.image}: ${u.current || '(no tag)'} -> ${u.latest} (${u.filter}) in ${u.file}${u.line ? `:${u.line}` : ''}`,
    ),
  );
  return `${oneLine(title)}\n\n${lines.join('\n')}\n`;
}

/** An engine error as one line of text (the step's failure message lists them). */
export function errorText(e: BumpError): string {
  const subject = e.image ?? (e.target ? `target ${e.target}` : 'image-bump');
  const where = e.file ? ` (${e.file}${e.line ? `:${e.line}` : ''})` : '';
  return `${subject}${where}: ${e.error}${e.hint ? ` (hint: ${e.hint})` : ''}`;
}

export interface JobSummaryInput {
  dryRun: boolean;
  /** The updates of every group. */
  updates: readonly BumpUpdate[];
  /** The pull-request cell of an update (markdown made by the caller). */
  pullRequest: (u: BumpUpdate) => string;
  upToDate: number;
  skipped: readonly BumpSkip[];
  errors: readonly BumpError[];
}

export function jobSummary(s: JobSummaryInput): string {
  const out = [`### shipshape image-bump${s.dryRun ? ' (dry run)' : ''}`, ''];
  if (s.updates.length) out.push(updatesTable(s.updates, s.pullRequest), '');
  else out.push('No image needs bumping.', '');
  out.push(`${s.upToDate} up to date, ${s.skipped.length} skipped, ${s.errors.length} failed.`, '');
  if (s.skipped.length) {
    out.push('**Skipped**', '');
    for (const k of s.skipped)
      out.push(`- ${code(k.image)}${k.file ? ` (${code(k.file)})` : ''}: ${text(k.reason)}`);
    out.push('');
  }
  if (s.errors.length)
    out.push('**Errors**', '', ...s.errors.map((e) => `- ${text(errorText(e))}`), '');
  return out.join('\n');
}
