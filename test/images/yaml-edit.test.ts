import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editYamlFile, editYamlText } from '../../src/images/yaml-edit.js';
import { writeProject } from '../support/project.js';
import { changedLines, commitAll } from './git.js';

const FILE = `# pinned images, edited by image-bump
images:
  - image: reg.example.com/a   # unquoted
    resultImage: reg.example.com/a:1.0.0   # keep me
  - image: reg.example.com/b
    resultImage: 'reg.example.com/b:1.0.0'
  - {image: reg.example.com/c, resultImage: "reg.example.com/c:1.0.0" }
  - image: reg.example.com/d
    resultImage:   "reg.example.com/d:1.0.0"    # odd spacing
`;

describe('format-preserving YAML edits', () => {
  it('changes only the bumped scalars, as git sees it', async () => {
    const dir = writeProject({ 'fixed.yaml': FILE });
    commitAll(dir);
    const file = path.join(dir, 'fixed.yaml');
    const failures = await editYamlFile(file, [
      {
        docIndex: 0,
        path: ['images', 0, 'resultImage'],
        expected: 'reg.example.com/a:1.0.0',
        value: 'reg.example.com/a:1.2.0',
      },
      {
        docIndex: 0,
        path: ['images', 1, 'resultImage'],
        expected: 'reg.example.com/b:1.0.0',
        value: "reg.example.com/b:it's",
      },
      {
        docIndex: 0,
        path: ['images', 2, 'resultImage'],
        expected: 'reg.example.com/c:1.0.0',
        value: 'reg.example.com/c:2.0.0',
      },
    ]);
    expect(failures).toEqual([]);
    expect(changedLines(dir)).toEqual({
      removed: [
        '    resultImage: reg.example.com/a:1.0.0   # keep me',
        "    resultImage: 'reg.example.com/b:1.0.0'",
        '  - {image: reg.example.com/c, resultImage: "reg.example.com/c:1.0.0" }',
      ],
      added: [
        '    resultImage: reg.example.com/a:1.2.0   # keep me',
        "    resultImage: 'reg.example.com/b:it''s'",
        '  - {image: reg.example.com/c, resultImage: "reg.example.com/c:2.0.0" }',
      ],
    });
  });

  it('keeps CRLF line endings and edits the right document of a stream', () => {
    const text = 'a: 1\r\n---\r\nkind: Deployment\r\nimage: x/y:1 # c\r\n---\r\nimage: x/y:1\r\n';
    const out = editYamlText(text, 'f.yaml', [
      { docIndex: 1, path: ['image'], expected: 'x/y:1', value: 'x/y:2' },
    ]);
    expect(out.failures).toEqual([]);
    expect(out.text).toBe(
      'a: 1\r\n---\r\nkind: Deployment\r\nimage: x/y:2 # c\r\n---\r\nimage: x/y:1\r\n',
    );
  });

  it('quotes a plain value only when plain text would change its meaning', () => {
    const out = editYamlText('v: x/y:1\n', 'f.yaml', [
      { docIndex: 0, path: ['v'], expected: 'x/y:1', value: 'x/y:2 #3' },
    ]);
    expect(out.text).toBe('v: "x/y:2 #3"\n');
  });

  it('refuses values that are not what was rendered (templates), naming file and line', () => {
    const text = 'images:\n  - image: a\n    resultImage: "{{ registry }}/a:1"\n';
    const out = editYamlText(text, 'vars.yaml', [
      { docIndex: 0, path: ['images', 0, 'resultImage'], expected: 'r.io/a:1', value: 'r.io/a:2' },
    ]);
    expect(out.text).toBe(text);
    expect(out.failures[0].error.format()).toMatch(
      /^vars\.yaml:3:18: cannot edit: the value at images\[0\]\.resultImage is "\{\{ registry \}\}\/a:1"/,
    );
  });

  it('refuses multi-line scalars and missing paths, and still makes the other edits', () => {
    const text = 'a: >\n  x/y:1\nb: x/y:1\n';
    const out = editYamlText(text, 'f.yaml', [
      { docIndex: 0, path: ['a'], expected: 'x/y:1\n', value: 'x/y:2' },
      { docIndex: 0, path: ['nope'], expected: 'x', value: 'y' },
      { docIndex: 0, path: ['b'], expected: 'x/y:1', value: 'x/y:2' },
    ]);
    expect(out.failures.map((f) => f.error.message)).toEqual([
      'cannot edit: the value at a is a multi-line scalar',
      'cannot edit: no value at nope',
    ]);
    expect(out.text).toBe('a: >\n  x/y:1\nb: x/y:2\n');
  });

  it('writes nothing when the file is not valid YAML', async () => {
    const dir = writeProject({ 'bad.yaml': 'images: [\n  {{ x }}\n' });
    const file = path.join(dir, 'bad.yaml');
    const failures = await editYamlFile(file, [
      { docIndex: 0, path: ['images', 0], expected: 'a', value: 'b' },
    ]);
    expect(failures[0].error.message).toMatch(/not valid YAML/);
    expect(readFileSync(file, 'utf8')).toBe('images: [\n  {{ x }}\n');
  });

  it('dry-run leaves the file untouched', async () => {
    const dir = writeProject({ 'f.yaml': 'v: x/y:1\n' });
    const file = path.join(dir, 'f.yaml');
    await editYamlFile(file, [{ docIndex: 0, path: ['v'], expected: 'x/y:1', value: 'x/y:2' }], {
      dryRun: true,
    });
    expect(readFileSync(file, 'utf8')).toBe('v: x/y:1\n');
  });
});
