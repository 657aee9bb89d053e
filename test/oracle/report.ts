/** Optional machine-readable summary of a run (ORACLE_REPORT=dir): one JSON file per test file. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { verdict, type CaseOutcome } from './harness.js';

export function reportTo(name: string): ((outcomes: CaseOutcome[]) => void) | undefined {
  const dir = process.env.ORACLE_REPORT;
  if (!dir) return undefined;
  return (outcomes) => {
    mkdirSync(dir, { recursive: true });
    const rows = outcomes.map((o) => ({
      id: o.id,
      argv: o.argv,
      verdict: verdict(o),
      kluctl: o.kluctl,
      shipshape: o.shipshape,
    }));
    writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(rows, null, 2));
  };
}
