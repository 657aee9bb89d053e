import { parseVersionFilter } from './version-filter.js';

/** How tags are admitted and ordered for one pinned image (kluctl filter or Flux pattern). */
export interface TagPolicy {
  /** As reported: `semver(allow_no_nums=False)`, `semver:~1`, `glob:*`. */
  text: string;
  /** Undefined when the tag is a candidate; else why not (an explanation line). */
  reject(tag: string): string | undefined;
  /** `version`: ordered by compare(); `created`: by the image's creation time. */
  order: 'version' | 'created';
  compare?(a: string, b: string): number;
  /** Whether the pinned tag can be ranked against candidates (for never-downgrade). */
  comparable(tag: string): boolean;
}

/** A kluctl `latest_version` filter as a policy; the pinned tag is ranked when it passes. */
export function kluctlPolicy(filterText: string): TagPolicy {
  const f = parseVersionFilter(filterText);
  return {
    text: f.text,
    order: 'version',
    reject: (t) => f.reject(t),
    compare: (a, b) => f.compare(a, b),
    comparable: (t) => f.reject(t) === undefined,
  };
}
