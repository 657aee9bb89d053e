import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeyPaths } from '../../src/render/cache/key-paths.js';

describe('cache key paths', () => {
  const paths = new KeyPaths([
    { id: '', dir: '/work/repo' },
    { id: 'https://example.com/lib.git@abc', dir: '/tmp/clone' },
  ]);

  it('name a file by its source, so two checkouts of one repository name it alike', () => {
    const key = paths.key('/work/repo/app/cm.yaml');
    expect(key).toBe('\0app/cm.yaml');
    expect(new KeyPaths([{ id: '', dir: '/tmp/base' }]).abs(key)).toBe(
      path.join('/tmp/base', 'app/cm.yaml'),
    );
    expect(paths.abs(paths.key('/tmp/clone/x/y.j2'))).toBe('/tmp/clone/x/y.j2');
  });

  it('never lead out of their source, whatever a stored manifest says', () => {
    expect(paths.abs('\0../../etc/passwd')).toBeUndefined();
    expect(paths.abs('\0app/../../secret')).toBeUndefined();
    expect(paths.abs('unknown-source\0a.yaml')).toBeUndefined();
  });
});
