import semver from 'semver';
import { wildcardRegExp } from '../registry/wildcard.js';
import { UserError } from '../util/errors.js';
import { compileGoRegex } from '../util/go-regex.js';
import type { TagPolicy } from './policy.js';

const LENIENT =
  /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

/** Parses a tag the way Flux v1's semver library did: `1`, `1.0`, `v1.0.3` are versions. */
export function parseLenientSemver(tag: string): semver.SemVer | undefined {
  const m = LENIENT.exec(tag);
  if (!m) return undefined;
  const n = (s: string | undefined) => BigInt(s ?? '0').toString();
  const text = `${n(m[1])}.${n(m[2])}.${n(m[3])}${m[4] ? `-${m[4]}` : ''}${m[5] ? `+${m[5]}` : ''}`;
  return semver.parse(text) ?? undefined;
}

/** Masterminds constraint syntax (`>=1.0, <2`, `=>`) in npm range syntax. */
function toNpmRange(constraint: string): semver.Range {
  if (constraint.includes('!=')) throw new Error('"!=" constraints are not supported');
  const npm = constraint.replace(/,/g, ' ').replace(/=>/g, '>=').replace(/=</g, '<=').trim();
  if (npm === '') throw new Error('the constraint is empty');
  return new semver.Range(npm);
}

function invalid(pattern: string, why: string): UserError {
  return new UserError(
    `invalid Flux tag pattern ${JSON.stringify(pattern)}: ${why}`,
    {},
    'use glob:<pattern> (* wildcards), semver:<constraint> (e.g. semver:~1.2) or regex:<expression>',
  );
}

const LATEST = 'latest';
const excludesLatest = '"latest" (only glob:latest picks it)';

/**
 * A Flux v1 `fluxcd.io/tag.<container>` pattern: `glob:` (the default when no prefix),
 * `semver:` or `regex:`/`regexp:`. An invalid pattern is an error, never "match everything".
 */
export function fluxPolicy(pattern: string): TagPolicy {
  const colon = pattern.indexOf(':');
  const type = colon < 0 ? 'glob' : pattern.slice(0, colon);
  const expr = colon < 0 ? pattern : pattern.slice(colon + 1);
  switch (type) {
    case 'glob': {
      const re = wildcardRegExp(expr);
      const onlyLatest = expr === LATEST;
      return {
        text: `glob:${expr}`,
        order: 'created',
        reject: (tag) =>
          tag === LATEST && !onlyLatest
            ? excludesLatest
            : re.test(tag)
              ? undefined
              : `not matching glob ${JSON.stringify(expr)}`,
        comparable: () => true,
      };
    }
    case 'semver': {
      let range: semver.Range;
      try {
        range = toNpmRange(expr);
      } catch (err) {
        throw invalid(pattern, (err as Error).message);
      }
      return {
        text: `semver:${expr}`,
        order: 'version',
        reject: (tag) => {
          const v = parseLenientSemver(tag);
          if (!v) return 'not a semantic version';
          return range.test(v) ? undefined : `outside ${expr}`;
        },
        compare: (a, b) => compareFluxSemver(a, b),
        comparable: (tag) => parseLenientSemver(tag) !== undefined,
      };
    }
    case 'regex':
    case 'regexp': {
      let re: RegExp;
      try {
        re = compileGoRegex(expr, false);
      } catch (err) {
        throw invalid(pattern, (err as Error).message);
      }
      return {
        text: `${type}:${expr}`,
        order: 'created',
        reject: (tag) =>
          tag === LATEST ? excludesLatest : re.test(tag) ? undefined : `not matching ${expr}`,
        comparable: () => true,
      };
    }
    default:
      throw invalid(pattern, `unknown type "${type}"`);
  }
}

/**
 * Flux v1's semver order, ascending: by version; the same version written differently
 * (`1.10` vs `1.10.0`) by tag text; tags that are not versions sort below all versions.
 */
export function compareFluxSemver(a: string, b: string): number {
  const x = parseLenientSemver(a);
  const y = parseLenientSemver(b);
  if (x && !y) return 1;
  if (!x && y) return -1;
  // Non-versions among themselves: descending text ranks "aaa" above "bbb", as Flux listed them.
  if (!x || !y) return a < b ? 1 : a > b ? -1 : 0;
  return semver.compare(x, y) || (a < b ? -1 : a > b ? 1 : 0);
}
