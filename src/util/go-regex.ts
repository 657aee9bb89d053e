/**
 * Compiles a Go (RE2) regular expression as a JavaScript one: a leading `(?i)`/`(?s)`/`(?m)`
 * becomes a flag and `(?P<name>…)` a named group; the rest of the syntax the two share.
 * Throws with the engine's message when the pattern is invalid.
 */
export function compileGoRegex(pattern: string, anchored: boolean): RegExp {
  let body = pattern;
  let flags = '';
  const lead = /^\(\?([a-zA-Z]+)\)/.exec(body);
  if (lead) {
    for (const f of lead[1]) {
      if (!'ims'.includes(f)) throw new Error(`flag "${f}" is not supported`);
      if (!flags.includes(f)) flags += f;
    }
    body = body.slice(lead[0].length);
  }
  body = body.replace(/\(\?P</g, '(?<');
  return new RegExp(anchored ? `^(?:${body})$` : body, flags);
}
