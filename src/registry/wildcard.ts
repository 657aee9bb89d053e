/** `*` matches any run of characters (also `/`); everything else is literal. Anchored. */
export function wildcardRegExp(pattern: string, flags = ''): RegExp {
  const body = pattern
    .split('*')
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, flags);
}
