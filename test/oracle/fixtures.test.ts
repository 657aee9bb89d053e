import { describe } from 'vitest';
import { kluctlMissing, oracleSuite } from './harness.js';
import { isDivergence } from './divergences.js';
import { repoProjects, repoProjectsInGit } from './projects.js';
import { reportTo } from './report.js';

// The repository's own kluctl projects and examples, rendered by kluctl and by shipshape.
describe.skipIf(kluctlMissing)('kluctl oracle: repository fixtures and examples', () => {
  oracleSuite(
    [...repoProjects, ...repoProjectsInGit],
    (id) => !isDivergence(id),
    reportTo('fixtures'),
  );
});
