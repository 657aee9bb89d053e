import { existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../util/errors.js';

/** Finds `name.yaml` or `name.yml` (kluctl accepts both; having both is ambiguous). */
export function findYamlFileSync(dir: string, name: string): string | undefined {
  const yaml = path.join(dir, `${name}.yaml`);
  const yml = path.join(dir, `${name}.yml`);
  const a = existsSync(yaml);
  const b = existsSync(yml);
  if (a && b)
    throw new UserError(
      `both ${name}.yaml and ${name}.yml exist`,
      { file: yml },
      'keep only one of them',
    );
  return a ? yaml : b ? yml : undefined;
}
