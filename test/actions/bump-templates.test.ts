import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TITLE,
  fillTemplate,
  parseBumpTemplate,
  templateData,
} from '../../src/actions/bump-templates.js';
import { pullRequestTitle } from '../../src/actions/bump-text.js';
import type { BumpUpdate } from '../../src/images/bump.js';
import { UserError } from '../../src/util/errors.js';
import { FIXTURES } from './fixture-repo.js';

const updates = (
  JSON.parse(readFileSync(path.join(FIXTURES, 'image-bump/report.json'), 'utf8')) as {
    updates: BumpUpdate[];
  }
).updates;
const [web] = updates;

const fill = (template: string, group: BumpUpdate[], key = 'all', file?: string) =>
  fillTemplate(parseBumpTemplate('title', template), templateData(group, { key, file }, 'deploy'));

describe('title and commit-message templates', () => {
  it('the default title is the title shipshape always gave', () => {
    expect(fill(DEFAULT_TITLE, [web], web.image)).toBe(pullRequestTitle([web]));
    expect(fill(DEFAULT_TITLE, updates)).toBe(pullRequestTitle(updates));
    expect(fill(DEFAULT_TITLE, updates, 'deploy/images.yaml', 'deploy/images.yaml')).toBe(
      pullRequestTitle(updates, 'deploy/images.yaml'),
    );
  });

  it('fills semantic-commit titles for one image and for a group', () => {
    const t = 'chore(deps): bump {image} from {from} to {to} in {dir}';
    expect(fill(t, [web], web.image)).toBe(
      'chore(deps): bump ghcr.io/acme/shop-web from 1.4.2 to 1.5.0 in deploy',
    );
    expect(fill(t, updates)).toBe(
      'chore(deps): bump 3 images from their current tags to their newest tags in deploy',
    );
    expect(fill('deps: {count} in {group} ({tag}) {{literal}}', [web], web.image)).toBe(
      'deps: 1 in ghcr.io/acme/shop-web (1.5.0) {literal}',
    );
  });

  it('keeps outside text on one line, unable to mention anyone or close an issue', () => {
    const hostile = {
      ...web,
      image: 'evil.io/fixes #12 @octocat',
      latest: '2.0\nSigned-off-by: x',
    };
    const title = fill('bump {image} to {to}', [hostile], hostile.image);
    expect(title).toBe('bump evil.io/fixes #\u200b12 @\u200boctocat to 2.0\\nSigned-off-by: x');
    expect(title).not.toContain('\n');
  });

  it.each([
    ['bump {image} to {version}', 'unknown placeholder {version}'],
    ['bump {image', 'has a brace that opens or closes no placeholder'],
    ['bump\n{image}', 'must be one line'],
    ['  ', 'is empty'],
  ])('refuses %j: %s', (template, problem) => {
    expect(() => parseBumpTemplate('title', template)).toThrow(UserError);
    expect(() => parseBumpTemplate('title', template)).toThrow(`input title: ${problem}`);
  });
});
