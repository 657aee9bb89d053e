import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pullRequestTitle, registryPage, updatesTable } from '../../src/actions/bump-text.js';
import type { BumpUpdate } from '../../src/images/bump.js';
import { FIXTURES } from './fixture-repo.js';

const [web, nginx, exporter] = (
  JSON.parse(readFileSync(path.join(FIXTURES, 'image-bump/report.json'), 'utf8')) as {
    updates: BumpUpdate[];
  }
).updates;

describe('registryPage', () => {
  it('links the registries that have a page per repository', () => {
    expect(registryPage('nginx')).toBe('https://hub.docker.com/_/nginx');
    expect(registryPage('docker.io/library/redis')).toBe('https://hub.docker.com/_/redis');
    expect(registryPage('bitnami/postgresql')).toBe('https://hub.docker.com/r/bitnami/postgresql');
    expect(registryPage('index.docker.io/grafana/grafana')).toBe(
      'https://hub.docker.com/r/grafana/grafana',
    );
    expect(registryPage('ghcr.io/acme/shop-web')).toBe('https://ghcr.io/acme/shop-web');
    expect(registryPage('quay.io/prometheus/node-exporter')).toBe(
      'https://quay.io/repository/prometheus/node-exporter',
    );
    expect(registryPage('public.ecr.aws/nginx/nginx')).toBe('https://gallery.ecr.aws/nginx/nginx');
  });

  it('gives none for registries without a known page, or a name that does not parse', () => {
    expect(registryPage('registry.example.com:5000/team/app')).toBeUndefined();
    expect(registryPage('Not An Image')).toBeUndefined();
  });
});

describe('pullRequestTitle', () => {
  it('names image, from and to for one update', () => {
    expect(pullRequestTitle([web])).toBe('Bump ghcr.io/acme/shop-web from 1.4.2 to 1.5.0');
  });

  it('summarises several pins of one image, and several images', () => {
    const otherPin = { ...web, current: '1.3.0', file: 'deploy/prod-images.yaml' };
    expect(pullRequestTitle([web, otherPin])).toBe('Bump ghcr.io/acme/shop-web to 1.5.0');
    expect(pullRequestTitle([web, { ...otherPin, latest: '1.3.9' }])).toBe(
      'Bump ghcr.io/acme/shop-web (2 pins)',
    );
    expect(pullRequestTitle([web, nginx, exporter])).toBe('Bump 3 images');
    expect(pullRequestTitle([web, nginx], 'deploy/images.yaml')).toBe(
      'Bump 2 images in deploy/images.yaml',
    );
  });
});

describe('updatesTable', () => {
  it('keeps a | in a filter inside its cell', () => {
    const table = updatesTable([{ ...nginx, filter: 'regex("^(1|2)\\.\\d+$")' }]);
    const row = table.split('\n')[2];
    expect(row).toContain('`regex("^(1\\|2)\\.\\d+$")`');
    // Five cells: the escaped pipe does not start another one.
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(5);
  });
});
