import { UserError } from '../util/errors.js';
import type { TagPolicy } from './policy.js';

/** What was looked at and why the pick won: shown in text output and in `-o json`. */
export interface Explanation {
  /** Tags the registry listed (cosign tags and invalid tags not counted). */
  tags: number;
  cosignTagsIgnored: number;
  /** Names the registry listed that are not valid tags (OCI grammar): never candidates, never shown. */
  invalidTagsIgnored: number;
  pages: number;
  /** The page cap was reached: the registry has more tags than were read. */
  truncated: boolean;
  /** Each rule with how many tags it rejected (and a few of them). */
  rejected: { rule: string; count: number; examples: string[] }[];
  candidates: number;
  pick: string;
  why: string;
}

/** The explanation as short phrases (CLI and pull-request bodies join them their own way). */
export function explanationParts(x: Explanation): string[] {
  const parts = [`${x.candidates} of ${x.tags} tag${x.tags === 1 ? '' : 's'} are candidates`];
  for (const r of x.rejected) parts.push(`${r.count} ${r.rule}`);
  if (x.cosignTagsIgnored) parts.push(`${x.cosignTagsIgnored} cosign tags ignored`);
  if (x.invalidTagsIgnored)
    parts.push(
      `${x.invalidTagsIgnored} invalid tag name${x.invalidTagsIgnored === 1 ? '' : 's'} rejected`,
    );
  if (x.truncated) parts.push(`only the first ${x.pages} pages of tags were read`);
  return parts;
}

export type Verdict = 'update' | 'up-to-date' | 'newer-pinned';

export interface Decision {
  verdict: Verdict;
  latest: string;
  explanation: Explanation;
}

export interface TagListing {
  tags: string[];
  cosignTags: number;
  invalidTags: number;
  pages: number;
  truncated: boolean;
}

/**
 * Picks the newest candidate under a policy and compares it with the pinned tag: a pick
 * older than what is pinned is reported (`newer-pinned`), never applied.
 */
export async function decideTag(
  policy: TagPolicy,
  listing: TagListing,
  current: string | undefined,
  createdOf: (tag: string) => Promise<Date | undefined>,
): Promise<Decision> {
  const rejected = new Map<string, { rule: string; count: number; examples: string[] }>();
  const candidates: string[] = [];
  for (const tag of listing.tags) {
    const rule = policy.reject(tag);
    if (rule === undefined) {
      candidates.push(tag);
      continue;
    }
    const r = rejected.get(rule) ?? { rule, count: 0, examples: [] };
    r.count++;
    if (r.examples.length < 3) r.examples.push(tag);
    rejected.set(rule, r);
  }
  const base = {
    tags: listing.tags.length,
    cosignTagsIgnored: listing.cosignTags,
    invalidTagsIgnored: listing.invalidTags,
    pages: listing.pages,
    truncated: listing.truncated,
    rejected: [...rejected.values()].sort((a, b) => b.count - a.count),
    candidates: candidates.length,
  };
  if (candidates.length === 0) {
    const summary = [
      ...base.rejected.map((r) => `${r.count} ${r.rule}`),
      ...(listing.invalidTags ? [`${listing.invalidTags} invalid tag names rejected`] : []),
    ].join(', ');
    throw new UserError(
      `no tag passes ${policy.text}: ${listing.tags.length} tag${listing.tags.length === 1 ? '' : 's'} listed${summary ? ` (${summary})` : ''}`,
      {},
      'check the filter against the tags the registry has',
    );
  }

  const created = new Map<string, Promise<Date | undefined>>();
  const timeOf = (tag: string) => {
    let p = created.get(tag);
    if (!p) {
      p = createdOf(tag);
      created.set(tag, p);
    }
    return p;
  };
  const ms = async (tag: string) => (await timeOf(tag))?.getTime() ?? 0;
  const textDesc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

  let pick: string;
  let why: string;
  if (policy.order === 'version') {
    const cmp = policy.compare as (a: string, b: string) => number;
    // Ties (the same version written twice) go to the larger text, so the result never
    // depends on the registry's order.
    pick = candidates.reduce((best, t) => {
      const c = cmp(t, best);
      return c > 0 || (c === 0 && t > best) ? t : best;
    });
    why = `highest version of ${candidates.length} candidate${candidates.length === 1 ? '' : 's'}`;
  } else if (candidates.length === 1) {
    pick = candidates[0];
    why = 'the only candidate';
  } else {
    const times = await Promise.all(candidates.map(async (t) => [t, await ms(t)] as const));
    times.sort((a, b) => b[1] - a[1] || textDesc(a[0], b[0]));
    pick = times[0][0];
    why = `newest image (created ${new Date(times[0][1]).toISOString()}) of ${candidates.length} candidates`;
  }

  const explanation = (extra = ''): Explanation => ({ ...base, pick, why: why + extra });
  if (current === pick) return { verdict: 'up-to-date', latest: pick, explanation: explanation() };
  if (current === undefined || !policy.comparable(current)) {
    const note =
      current === undefined ? '' : `; the pinned tag "${current}" does not pass ${policy.text}`;
    return { verdict: 'update', latest: pick, explanation: explanation(note) };
  }
  let c: number;
  if (policy.order === 'version') {
    c = (policy.compare as (a: string, b: string) => number)(pick, current);
  } else {
    const pinned = await timeOf(current).catch(() => undefined);
    if (pinned === undefined) {
      return {
        verdict: 'update',
        latest: pick,
        explanation: explanation(`; the pinned tag "${current}" has no creation time to compare`),
      };
    }
    c = (await ms(pick)) - pinned.getTime();
  }
  if (c > 0) return { verdict: 'update', latest: pick, explanation: explanation() };
  if (c === 0)
    return {
      verdict: 'up-to-date',
      latest: pick,
      explanation: explanation(`; the same as "${current}"`),
    };
  return {
    verdict: 'newer-pinned',
    latest: pick,
    explanation: explanation(`; the pinned "${current}" is newer, so it stays`),
  };
}
