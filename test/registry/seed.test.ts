import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRegistryProxy, type RegistryProxy } from '../support/registry/proxy.js';
import {
  registryUnavailable,
  startRegistry,
  type RegistryInstance,
} from '../support/registry/registry.js';
import { RegistrySeeder } from '../support/registry/seed.js';

const unavailable = registryUnavailable();

// The seeder is how every registry test gets its images; pushing many tags at once used to
// fail now and then with DIGEST_INVALID (see RegistrySeeder.uploads).
describe.skipIf(unavailable)('RegistrySeeder', () => {
  let registry: RegistryInstance;
  let proxy: RegistryProxy;

  beforeAll(async () => {
    registry = await startRegistry();
    // Held answers make every push start its layer upload before any has finished.
    proxy = await startRegistryProxy(registry.url, { delayMs: 100 });
  });
  afterAll(async () => {
    await proxy?.stop();
    await registry?.stop();
  });

  it('uploads a layer shared by tags pushed at the same time once', async () => {
    const tags = Array.from({ length: 16 }, (_, i) => `1.0.${i}`);
    await new RegistrySeeder({ url: proxy.url }).push(
      tags.map((tag) => ({ repository: 'team/app', tag })),
      16,
    );
    const uploads = proxy.log.filter(
      (r) => r.method === 'POST' && /\/blobs\/uploads\/$/.test(r.path),
    );
    // One layer for the repository, one config per tag.
    expect(uploads).toHaveLength(1 + tags.length);
    const res = await fetch(`${registry.url}/v2/team/app/tags/list`);
    expect(((await res.json()) as { tags: string[] }).tags.sort()).toEqual([...tags].sort());
  });
});
