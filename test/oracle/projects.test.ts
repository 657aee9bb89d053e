import { describe } from 'vitest';
import { kluctlMissing, oracleSuite } from './harness.js';
import { isDivergence } from './divergences.js';
import { oracleProjects } from './projects.js';
import { reportTo } from './report.js';

// The small projects under test/fixtures/oracle/, each pinning one documented behaviour.
describe.skipIf(kluctlMissing)('kluctl oracle: behaviour projects', () => {
  oracleSuite(oracleProjects, (id) => !isDivergence(id), reportTo('projects'));
});
