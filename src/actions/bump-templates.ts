/**
 * The `title` and `commit-message` templates of bump pull requests, e.g.
 * `chore(deps): bump {image} to {to}` for semantic commits. A template is the workflow's
 * text; the values filled in come from the project and a registry, so each is kept on one
 * line and cannot mention anyone or reference an issue (a commit message saying
 * `fixes #12` closes issue 12 when merged).
 */
import { UserError } from '../util/errors.js';
import { oneLine } from '../util/one-line.js';
import type { BumpUpdate } from '../images/bump.js';
import { bumpSubject } from './bump-text.js';

/** Every placeholder, with what it stands for (the README lists these). */
export const TEMPLATE_FIELDS = {
  subject:
    'what the default title says after "Bump", e.g. "nginx from 1.25.3 to 1.27.2" or "3 images"',
  image: 'the image, or "N images" for a group of several',
  from: 'the current tag, or "their current tags" when they differ',
  to: 'the new tag, or "their newest tags" when they differ',
  tag: 'the same as {to}',
  count: 'how many images the pull request bumps',
  group: 'the group: the image, the file or "all" (see group-by)',
  dir: 'the project directory in the repository ("." at the root)',
} as const;
export type TemplateField = keyof typeof TEMPLATE_FIELDS;

export const DEFAULT_TITLE = 'Bump {subject}';

export interface BumpTemplate {
  input: string;
  text: string;
}

const PLACEHOLDER = /\{\{|\}\}|\{([^{}]*)\}/g;

/** Checks a template before any work: one line, known placeholders, braces closed. */
export function parseBumpTemplate(input: string, text: string): BumpTemplate {
  const fail = (problem: string) =>
    new UserError(
      `input ${input}: ${problem}`,
      {},
      `placeholders are ${Object.keys(TEMPLATE_FIELDS)
        .map((f) => `{${f}}`)
        .join(', ')}; write {{ and }} for braces`,
    );
  if (/[\r\n]/.test(text)) throw fail('must be one line (the body lists the updates)');
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m[1] !== undefined && !Object.hasOwn(TEMPLATE_FIELDS, m[1]))
      throw fail(`unknown placeholder {${m[1]}}`);
  }
  const rest = text.replace(PLACEHOLDER, '');
  if (/[{}]/.test(rest)) throw fail('has a brace that opens or closes no placeholder');
  if (!text.trim()) throw fail('is empty');
  return { input, text };
}

/** Outside text on one line, with mentions and issue references broken by a zero-width space. */
const plain = (value: string) => oneLine(value).replace(/[@#]/g, '$&\u200b');

export function fillTemplate(t: BumpTemplate, data: Record<TemplateField, string>): string {
  return t.text.replace(PLACEHOLDER, (m, field: string | undefined) =>
    field === undefined ? m[0] : plain(data[field as TemplateField]),
  );
}

/** The values of a group's placeholders. */
export function templateData(
  updates: readonly BumpUpdate[],
  group: { key: string; file?: string },
  dir: string,
): Record<TemplateField, string> {
  const one = <T>(values: T[]) => (new Set(values).size === 1 ? values[0] : undefined);
  const images = [...new Set(updates.map((u) => u.image))];
  const to = one(updates.map((u) => u.latest)) ?? 'their newest tags';
  const current = one(updates.map((u) => u.current));
  return {
    subject: bumpSubject(updates, group.file),
    image: images.length === 1 ? images[0] : `${images.length} images`,
    from: current === undefined ? 'their current tags' : current || '(no tag)',
    to,
    tag: to,
    count: String(images.length),
    group: group.key,
    dir: dir || '.',
  };
}
